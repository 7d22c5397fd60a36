"""Golden tests of checks/reachability.py: SitePages built by hand, expected verdicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ppid_audit.checking import Check, load_checks, run_checks
from ppid_audit.models import Fetch, FetchKind, Result, Site, SitePages, Status
from ppid_audit.page import parse_page

FIXTURES = Path(__file__).parent / "fixtures"
T0 = dt.datetime(2026, 11, 25, 2, 0, tzinfo=dt.timezone.utc)
HOME = "https://ppid.contohkab.go.id/"


@pytest.fixture(scope="module")
def checks() -> dict[str, Check]:
    found = load_checks(entry_points=False)
    return {c.id: c for c in found if c.id.startswith("reach.")}


def site(start_url: str = HOME) -> Site:
    return Site(id="64.01", name="PPID Kabupaten Contoh", level="kabupaten", role="utama", parent=None, start_url=start_url)


def fetch(url: str, kind: FetchKind = FetchKind.PAGE, status: int | None = 200, **kw: object) -> Fetch:
    kw.setdefault("content_type", "text/html" if kind == FetchKind.PAGE else "application/pdf")
    kw.setdefault("size", 1000)
    return Fetch(url=url, kind=kind, site_id="64.01", status=status, fetched_at=T0, **kw)  # type: ignore[arg-type]


def pages_of(start: Fetch | None, fetches: list[Fetch], *, start_url: str = HOME, auditable: bool = True,
             reason: str | None = None, html: dict[str, str] | None = None) -> SitePages:
    pages = tuple(parse_page(f, html[f.url].encode()) for f in fetches if html and f.url in html)
    return SitePages(site=site(start_url), started_at=T0, finished_at=T0, start=start, auditable=auditable,
                     reason=reason, pages=pages, fetches=tuple(fetches))


def run(check: Check, sp: SitePages) -> Result:
    (outcome,) = run_checks([check], sp.site, sp)
    assert len(outcome.results) == 1
    return outcome.results[0]


def test_three_checks_are_declared(checks: dict[str, Check]) -> None:
    assert set(checks) == {"reach.https", "reach.internal_links", "reach.documents"}
    assert checks["reach.https"].indicator == "pengembangan_website" and checks["reach.https"].severity == "high"
    assert not checks["reach.https"].needs_auditable
    assert checks["reach.internal_links"].severity == "medium"
    assert checks["reach.documents"].indicator == "penyediaan_informasi"


# --------------------------------------------------------------------------- reach.https


def test_https_pass(checks: dict[str, Check]) -> None:
    start = fetch(HOME)
    r = run(checks["reach.https"], pages_of(start, [start]))
    assert r.status == Status.PASS and r.evidence[0].url == HOME and r.evidence[0].http_status == 200
    assert r.message and r.message_en


def test_https_bad_certificate_on_https_start(checks: dict[str, Check]) -> None:
    start = fetch(HOME, status=None, error="tls", error_detail="certificate has expired")
    r = run(checks["reach.https"], pages_of(start, [start]))
    assert r.status == Status.FAIL and "Sertifikat" in r.message and "expired" in r.message


def test_https_bad_certificate_on_probe(checks: dict[str, Check]) -> None:
    start = fetch("http://ppid.contohkab.go.id/")
    probe = fetch(HOME, FetchKind.PROBE, status=None, error="tls", error_detail="unable to get local issuer certificate")
    r = run(checks["reach.https"], pages_of(start, [start, probe], start_url="http://ppid.contohkab.go.id/"))
    assert r.status == Status.FAIL and "intermediate" in r.message
    assert r.evidence[0].note == "tls"


def test_https_not_offered(checks: dict[str, Check]) -> None:
    start = fetch("http://ppid.contohkab.go.id/")
    probe = fetch(HOME, FetchKind.PROBE, status=None, error="connect", error_detail="connection refused")
    r = run(checks["reach.https"], pages_of(start, [start, probe], start_url="http://ppid.contohkab.go.id/"))
    assert r.status == Status.FAIL and "tidak menyediakan HTTPS" in r.message
    assert [e.note for e in r.evidence] == ["start (http)", "https probe"]


def test_https_probe_redirects_back_to_http(checks: dict[str, Check]) -> None:
    start = fetch("http://ppid.contohkab.go.id/")
    probe = fetch(HOME, FetchKind.PROBE, final_url="http://ppid.contohkab.go.id/")
    r = run(checks["reach.https"], pages_of(start, [start, probe], start_url="http://ppid.contohkab.go.id/"))
    assert r.status == Status.FAIL


def test_https_no_probe_recorded(checks: dict[str, Check]) -> None:
    start = fetch("http://ppid.contohkab.go.id/")
    r = run(checks["reach.https"], pages_of(start, [start], start_url="http://ppid.contohkab.go.id/"))
    assert r.status == Status.FAIL and "HTTP" in r.message


def test_https_works_but_registry_is_http(checks: dict[str, Check]) -> None:
    start = fetch("http://ppid.contohkab.go.id/")
    probe = fetch(HOME, FetchKind.PROBE)
    r = run(checks["reach.https"], pages_of(start, [start, probe], start_url="http://ppid.contohkab.go.id/"))
    assert r.status == Status.WARN and "Perbarui alamat" in r.message
    assert r.evidence[0].url == HOME


def test_http_start_redirected_to_https_warns(checks: dict[str, Check]) -> None:
    start = fetch("http://ppid.contohkab.go.id/", final_url=HOME)
    r = run(checks["reach.https"], pages_of(start, [start], start_url="http://ppid.contohkab.go.id/"))
    assert r.status == Status.WARN and "dialihkan otomatis" in r.message


def test_https_downgrades_to_http(checks: dict[str, Check]) -> None:
    start = fetch(HOME, final_url="http://ppid.contohkab.go.id/")
    r = run(checks["reach.https"], pages_of(start, [start]))
    assert r.status == Status.WARN


def test_https_unauditable_site_fails_with_reason(checks: dict[str, Check]) -> None:
    start = fetch(HOME, status=None, error="dns")
    r = run(checks["reach.https"], pages_of(start, [start], auditable=False, reason="nama domain tidak ditemukan"))
    assert r.status == Status.FAIL
    assert r.message.startswith("Situs tidak dapat diaudit: nama domain tidak ditemukan")
    never = run(checks["reach.https"], pages_of(None, [], auditable=False, reason="belum dicoba"))
    assert never.status == Status.FAIL and never.evidence == ()


# --------------------------------------------------------------------------- reach.internal_links

NAV_HTML = (FIXTURES / "home_with_links.html").read_text(encoding="utf-8")


def crawl(n_ok: int, broken: list[Fetch], extra: list[Fetch] = ()) -> SitePages:  # type: ignore[assignment]
    start = fetch(HOME)
    ok = [fetch(f"{HOME}halaman/{i}", referrer=HOME) for i in range(n_ok)]
    return pages_of(start, [start, *ok, *broken, *extra], html={HOME: NAV_HTML})


def test_internal_links_pass(checks: dict[str, Check]) -> None:
    skipped = [fetch(f"{HOME}admin/", status=None, error="robots"), fetch(f"{HOME}kalender?bulan=9", status=None, error="trap")]
    r = run(checks["reach.internal_links"], crawl(10, [], skipped))
    assert r.status == Status.PASS and r.value == 0.0 and "11 diperiksa" in r.message


def test_internal_links_warn_below_five_percent(checks: dict[str, Check]) -> None:
    broken = [fetch(f"{HOME}sop-penetapan-pemutakhiran.html", status=404, referrer=HOME)]
    r = run(checks["reach.internal_links"], crawl(30, broken))
    assert r.status == Status.WARN
    assert r.value == pytest.approx(1 / 32)
    (ev,) = r.evidence
    assert ev.url == f"{HOME}sop-penetapan-pemutakhiran.html" and ev.http_status == 404
    assert ev.snippet == "SOP Penetapan dan Pemuktahiran DIP"  # anchor text on the referring page
    assert HOME in ev.note and "HTTP 404" in ev.note


def test_internal_links_fail_and_evidence_cap(checks: dict[str, Check]) -> None:
    broken = [fetch(f"{HOME}rusak/{i}", status=500, referrer=HOME) for i in range(25)]
    broken.append(fetch(f"{HOME}lambat", status=None, error="timeout", referrer=f"{HOME}halaman/1"))
    r = run(checks["reach.internal_links"], crawl(5, broken))
    assert r.status == Status.FAIL
    assert len(r.evidence) == 20
    assert "26 dari 32" in r.message


def test_internal_links_timeout_is_broken(checks: dict[str, Check]) -> None:
    broken = [fetch(f"{HOME}profil-ppid/", status=None, error="timeout", referrer=HOME)]
    r = run(checks["reach.internal_links"], crawl(2, broken))
    assert r.status == Status.FAIL
    assert r.evidence[0].snippet == "Profil PPID" and "batas waktu" in r.evidence[0].note


def test_internal_links_oversized_page_is_not_a_broken_link(checks: dict[str, Check]) -> None:
    # a 5 MB+ listing or a gzip bomb answered 200; the crawler cut it at the size limit
    big = [fetch(f"{HOME}arsip/semua", status=200, error="too_large", truncated=True, referrer=HOME)]
    r = run(checks["reach.internal_links"], crawl(3, [], big))
    assert r.status == Status.PASS and "4 diperiksa" in r.message


def test_internal_links_ignore_documents_and_external(checks: dict[str, Check]) -> None:
    others = [fetch(f"{HOME}a.pdf", FetchKind.DOCUMENT, status=404), fetch("https://lapor.go.id/", FetchKind.EXTERNAL, status=503)]
    assert run(checks["reach.internal_links"], crawl(3, [], others)).status == Status.PASS


def test_internal_links_not_run_on_unauditable_site(checks: dict[str, Check]) -> None:
    sp = pages_of(None, [], auditable=False, reason="server mati")
    assert run(checks["reach.internal_links"], sp).status == Status.NOT_APPLICABLE


# --------------------------------------------------------------------------- reach.documents

DOC = f"{HOME}upload/DIP%20Tahun%202024.pdf"


def test_documents_not_applicable_without_documents(checks: dict[str, Check]) -> None:
    start = fetch(HOME)
    sp = pages_of(start, [start], html={HOME: "<p>Tidak ada dokumen</p><a href='/profil'>Profil</a>"})
    r = run(checks["reach.documents"], sp)
    assert r.status == Status.NOT_APPLICABLE and r.message == "Situs tidak menautkan dokumen"


def test_documents_linked_but_not_checked(checks: dict[str, Check]) -> None:
    start = fetch(HOME)
    sp = pages_of(start, [start], html={HOME: '<a href="/upload/DIP Tahun 2024.pdf">DIP</a>'})
    r = run(checks["reach.documents"], sp)
    assert r.status == Status.NOT_APPLICABLE and "tidak diperiksa" in r.message


def test_documents_pass(checks: dict[str, Check]) -> None:
    docs = [fetch(DOC, FetchKind.DOCUMENT, referrer=HOME), fetch(f"{HOME}f.docx", FetchKind.DOCUMENT, method="HEAD", size=0, declared_size=5000,
            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    r = run(checks["reach.documents"], crawl(1, [], docs))
    assert r.status == Status.PASS and "2 diperiksa" in r.message


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        (fetch(DOC, FetchKind.DOCUMENT, status=404, referrer=HOME), "HTTP 404"),
        (fetch(DOC, FetchKind.DOCUMENT, status=None, error="connect", referrer=HOME), "tidak dapat dihubungi"),
        (fetch(DOC, FetchKind.DOCUMENT, size=0, declared_size=0, referrer=HOME), "kosong"),
        (fetch(DOC, FetchKind.DOCUMENT, method="HEAD", size=0, declared_size=0, referrer=HOME), "kosong"),
        (fetch(DOC, FetchKind.DOCUMENT, content_type="text/html", referrer=HOME), "halaman HTML"),
    ],
)
def test_documents_each_kind_of_breakage(checks: dict[str, Check], bad: Fetch, why: str) -> None:
    r = run(checks["reach.documents"], crawl(1, [], [bad]))
    assert r.status == Status.FAIL and r.value == 1.0
    (ev,) = r.evidence
    assert why in ev.note and ev.snippet == "DIP Tahun 2024"


def test_documents_html_without_extension_is_fine(checks: dict[str, Check]) -> None:
    detail = fetch(f"{HOME}front/dokumen/detail/17", FetchKind.DOCUMENT, content_type="text/html")
    assert run(checks["reach.documents"], crawl(1, [], [detail])).status == Status.PASS


def test_documents_warn_below_five_percent(checks: dict[str, Check]) -> None:
    docs = [fetch(f"{HOME}upload/{i}.pdf", FetchKind.DOCUMENT) for i in range(25)]
    docs.append(fetch(DOC, FetchKind.DOCUMENT, status=404, referrer=HOME))
    r = run(checks["reach.documents"], crawl(1, [], docs))
    assert r.status == Status.WARN and r.value == pytest.approx(1 / 26)


def test_documents_budget_not_judged_and_last_attempt_wins(checks: dict[str, Check]) -> None:
    docs = [
        fetch(f"{HOME}late.pdf", FetchKind.DOCUMENT, status=None, error="budget"),
        fetch(DOC, FetchKind.DOCUMENT, status=503),
        fetch(DOC, FetchKind.DOCUMENT, status=200),
    ]
    r = run(checks["reach.documents"], crawl(1, [], docs))
    assert r.status == Status.PASS and "1 diperiksa" in r.message

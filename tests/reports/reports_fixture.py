"""A small store over three runs, written through StoreWriter with hand-made outcomes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ppid_audit.checking import Check, CheckOutcome
from ppid_audit.models import Evidence, Fetch, FetchKind, Result, Severity, Site, SitePages, Status
from ppid_audit.scoring import Weights
from ppid_audit.store.db import open_engine
from ppid_audit.store.writer import FetchRow, SiteDone, StoreWriter

HOSTILE = "<script>alert(1)</script>"
T0 = dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.timezone.utc)


def mk_check(cid: str, indicator: str, severity: Severity, title: str | None = None) -> Check:
    return Check(id=cid, title=title or f"Judul {cid}", title_en=f"Title {cid}", indicator=indicator,
                 severity=severity, func=lambda s, p: [])


HTTPS = mk_check("web.https", "pengembangan_website", Severity.HIGH)
BERKALA = mk_check("info.berkala", "penyediaan_informasi", Severity.MEDIUM)
FORM = mk_check("layanan.form", "pelayanan_informasi", Severity.CRITICAL)
SERTA = mk_check("umum.serta_merta", "pengumuman_informasi", Severity.LOW)
CHECKS = (HTTPS, BERKALA, FORM, SERTA)

SITES = {
    "64": Site(id="64", name="Provinsi Kalimantan Timur", level="provinsi", role="utama", parent=None,
               start_url="https://ppid.kaltimprov.go.id/", province="Kalimantan Timur"),
    "64.72": Site(id="64.72", name="Kota Samarinda", level="kota", role="utama", parent="64",
                  start_url="https://ppid.samarindakota.go.id/", province="Kalimantan Timur"),
    "64.71": Site(id="64.71", name=HOSTILE, level="kota", role="utama", parent="64",
                  start_url="https://ppid.balikpapan.go.id/", province="Kalimantan Timur"),
    "64.02": Site(id="64.02", name="Kabupaten Kutai Kartanegara", level="kabupaten", role="utama", parent="64",
                  start_url="https://ppid.kukarkab.go.id/", province="Kalimantan Timur"),
}


def fetch(site: Site, url: str, kind: FetchKind = FetchKind.PAGE, status: int | None = 200, error: str | None = None) -> Fetch:
    return Fetch(url=url, final_url=url if error is None else None, kind=kind, site_id=site.id, status=status,
                 error=error, fetched_at=T0, digest="sha256:ab", content_type="application/pdf" if kind == FetchKind.DOCUMENT else "text/html")


def r(status: Status, item: str = "", msg: str = "", url: str = "https://x.go.id/") -> Result:
    return Result(status=status, item=item, message=msg or f"pesan {status}", message_en=msg or f"message {status}",
                  evidence=(Evidence(url=url, fetched_at=T0, http_status=200, snippet="Informasi Berkala"),))


def done(run_id: int, site: Site, statuses: dict[Check, list[Result]] | None, docs: tuple[str, ...] = ()) -> list[Any]:
    start = fetch(site, site.start_url, status=None if statuses is None else 200, error="dns" if statuses is None else None)
    doc_fetches = tuple(fetch(site, u, FetchKind.DOCUMENT) for u in docs)
    pages = SitePages(site=site, started_at=T0, finished_at=T0, start=start, auditable=statuses is not None,
                      reason=None if statuses is not None else "dns: nama host tidak ditemukan",
                      fetches=(start, *doc_fetches))
    if statuses is None:
        outcomes = tuple(CheckOutcome(c, (Result(status=Status.NOT_APPLICABLE, message="Situs tidak dapat diaudit"),)) for c in CHECKS)
    else:
        outcomes = tuple(CheckOutcome(c, tuple(rs)) for c, rs in statuses.items())
    return [*(FetchRow(run_id, f) for f in (start, *doc_fetches)), SiteDone(run_id, pages, outcomes)]


P, F, W, NA, E = Status.PASS, Status.FAIL, Status.WARN, Status.NOT_APPLICABLE, Status.ERROR

# run -> site -> outcomes (None: could not be audited)
PLAN: dict[int, dict[str, Any]] = {
    1: {
        "64": {HTTPS: [r(P)], BERKALA: [r(P, "current"), r(P, "profil")], FORM: [r(P)], SERTA: [r(P)]},
        "64.72": {HTTPS: [r(F)], BERKALA: [r(P, "current"), r(F, "profil")], FORM: [r(P)], SERTA: [r(W)]},
        "64.71": {HTTPS: [r(P)], BERKALA: [r(F, "current"), r(P, "profil")], FORM: [r(F)], SERTA: [r(P)]},
        "64.02": {HTTPS: [r(P)], BERKALA: [r(P, "current"), r(P, "profil")], FORM: [r(P)], SERTA: [r(P)]},
    },
    2: {
        "64": {HTTPS: [r(P)], BERKALA: [r(P, "current"), r(P, "profil")], FORM: [r(P)], SERTA: [r(P)]},
        "64.72": {HTTPS: [r(F)], BERKALA: [r(F, "current"), r(F, "profil")], FORM: [r(P)], SERTA: [r(W)]},
        "64.71": {HTTPS: [r(P)], BERKALA: [r(F, "current"), r(P, "profil")], FORM: [r(F)], SERTA: [r(P)]},
        "64.02": None,
    },
    3: {
        "64": {HTTPS: [r(P)], BERKALA: [r(P, "current"), r(P, "profil")], FORM: [r(F, msg="=HYPERLINK(\"http://evil\")")], SERTA: [r(P)]},
        "64.72": {HTTPS: [r(P)], BERKALA: [r(F, "current"), r(F, "profil")], FORM: [r(P)], SERTA: [r(W)]},
        "64.71": {HTTPS: [r(P)], BERKALA: [r(F, "current"), r(P, "profil")], FORM: [r(F)], SERTA: [r(P)]},
        "64.02": {HTTPS: [r(P)], BERKALA: [r(P, "current"), r(P, "profil")], FORM: [r(P)], SERTA: [r(P)]},
    },
}
DOCS = {
    1: {"64": ("https://ppid.kaltimprov.go.id/dip-2025.pdf",)},
    2: {"64": ("https://ppid.kaltimprov.go.id/dip-2025.pdf",)},
    3: {"64": ("https://ppid.kaltimprov.go.id/dip-2025.pdf", "https://ppid.kaltimprov.go.id/lk-2026.pdf")},
}
DATES = {1: dt.date(2026, 10, 1), 2: dt.date(2026, 11, 24), 3: dt.date(2026, 11, 25)}


def build(db: Path) -> Engine:
    engine = open_engine(db)
    w = StoreWriter(engine, Weights())
    for n in (1, 2, 3):
        run_id = w.start_run(audit_date=DATES[n], sites=list(SITES.values()), registry_name="Kaltim")
        assert run_id == n
        items: list[Any] = []
        for sid, plan in PLAN[n].items():
            items += done(run_id, SITES[sid], plan, DOCS.get(n, {}).get(sid, ()))
        w.write_batch(items)
        w.finish_run(run_id)
    return engine



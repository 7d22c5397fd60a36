"""Reachability: HTTPS on the home page, broken internal links, broken documents.

Decisions:

* ``reach.https`` judges the start fetch and the crawler's PROBE of
  ``https://host/`` (made when the registry's start URL is plain http).  A
  start URL that redirects from http to https counts as HTTPS offered.
* A fetch is *broken* when it has a transport error or an HTTP status >= 400.
  Fetches never made on purpose are not judged: errors "robots" (disallowed),
  "trap" (a crawler trap skipped) and "budget" (site deadline reached).
* A document is also broken when it is empty (0 bytes read by a GET, or
  ``Content-Length: 0`` on a HEAD) or when a URL ending in a document
  extension (.pdf, .docx...) answers with an HTML page (an error or login
  page served in place of the file).
* pass: nothing broken; warn: less than 5 % broken; fail: 5 % or more.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from ppid_audit import Evidence, Fetch, FetchFailure, FetchKind, Result, Severity, Site, SitePages, Status, check
from ppid_audit.errors import CheckNotApplicable
from ppid_audit.urls import is_document_url

WARN_BELOW = 0.05
MAX_EVIDENCE = 20
NOT_JUDGED = frozenset(f for f in FetchFailure if f.chosen)  # robots, trap, budget
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_ERRORS_ID = {
    "dns": "nama domain tidak ditemukan (DNS)",
    "connect": "server tidak dapat dihubungi",
    "tls": "sertifikat HTTPS tidak valid",
    "timeout": "server tidak merespons (batas waktu habis)",
    "too_large": "berkas melebihi batas ukuran",
    "redirect_loop": "pengalihan berulang tanpa akhir",
    "too_many_redirects": "terlalu banyak pengalihan",
    "private_address": "alamat mengarah ke jaringan privat",
    "protocol": "respons HTTP rusak",
    "decode": "isi respons tidak dapat dibaca",
    "bad_encoding": "kompresi isi tidak dikenal atau rusak",
    "other": "kesalahan lain",
}
_ERRORS_EN = {
    "dns": "domain name not found (DNS)",
    "connect": "the server cannot be reached",
    "tls": "invalid HTTPS certificate",
    "timeout": "the server does not answer (timed out)",
    "too_large": "the file exceeds the size limit",
    "redirect_loop": "endless redirect loop",
    "too_many_redirects": "too many redirects",
    "private_address": "the address points into a private network",
    "protocol": "broken HTTP response",
    "decode": "the response cannot be read",
    "other": "another error",
}


def _final(fetch: Fetch) -> str:
    return fetch.final_url or fetch.url


def _scheme(url: str) -> str:
    return urlsplit(url).scheme.lower()


def _why(fetch: Fetch) -> tuple[str, str]:
    """Why a fetch failed, in Indonesian and English.

    The crawler's ``error_detail`` is written in Indonesian, so only the
    Indonesian text carries it; the evidence keeps it for both.
    """
    if fetch.error:
        detail = f" ({fetch.error_detail})" if fetch.error_detail else ""
        return _ERRORS_ID.get(fetch.error, fetch.error) + detail[:200], _ERRORS_EN.get(fetch.error, fetch.error)
    return f"HTTP {fetch.status}", f"HTTP {fetch.status}"


# --------------------------------------------------------------------------- reach.https


@check(
    id="reach.https",
    title="Beranda dapat diakses melalui HTTPS dengan sertifikat yang valid",
    title_en="Home page reachable over HTTPS with a valid certificate",
    indicator="pengembangan_website",
    severity=Severity.HIGH,
    regulation="Perki 1/2021 (pengembangan website); praktik keamanan situs pemerintah",
    needs_auditable=False,
)
def https(site: Site, pages: SitePages) -> Result:
    """The home page answers over HTTPS with a certificate Python trusts."""
    start = pages.start
    if not pages.auditable or start is None:
        reason = pages.reason or "tidak terjangkau"
        return Result(
            status=Status.FAIL,
            message=f"Situs tidak dapat diaudit: {reason}. Pastikan alamat situs di registri benar dan server dapat diakses.",
            message_en=(
                f"Site could not be audited: {pages.reason_en or 'unreachable'}. "
                "Check the registry address and that the server is reachable."
            ),
            evidence=(Evidence.of(start, note="start"),) if start is not None else (),
        )
    probe = next((f for f in pages.fetches if f.kind == FetchKind.PROBE), None)
    if _scheme(site.start_url) == "https":
        return _https_start(start)
    # The registry names an http URL.
    if start.ok and _scheme(_final(start)) == "https":
        return _registry_outdated(site, start, "dialihkan otomatis ke HTTPS", "redirects to HTTPS")
    if probe is not None:
        if probe.error is FetchFailure.TLS:
            return _bad_certificate(probe)
        if probe.ok and _scheme(_final(probe)) == "https":
            return _registry_outdated(site, probe, "HTTPS tersedia", "HTTPS is available")
        why_id, why_en = _why(probe) if not probe.ok else ("dialihkan kembali ke HTTP", "redirects back to HTTP")
        return Result(
            status=Status.FAIL,
            message=(
                f"Situs tidak menyediakan HTTPS ({why_id}). Pasang sertifikat TLS (misalnya Let's Encrypt) "
                "dan alihkan semua alamat http:// ke https://."
            ),
            message_en=f"The site offers no working HTTPS ({why_en}). Install a TLS certificate and redirect http:// to https://.",
            evidence=(Evidence.of(start, note="start (http)"), Evidence.of(probe, note="https probe")),
        )
    return Result(
        status=Status.FAIL,
        message="Situs hanya dapat diakses melalui HTTP tanpa enkripsi. Pasang sertifikat TLS dan alihkan ke https://.",
        message_en="The site is served over plain HTTP only. Install a TLS certificate and redirect to https://.",
        evidence=(Evidence.of(start, note="start (http); no https probe recorded"),),
    )


def _https_start(start: Fetch) -> Result:
    if start.error is FetchFailure.TLS:
        return _bad_certificate(start)
    if start.ok and _scheme(_final(start)) == "https":
        return Result(
            status=Status.PASS,
            message="Beranda dapat diakses melalui HTTPS dengan sertifikat yang valid.",
            message_en="The home page is served over HTTPS with a valid certificate.",
            evidence=(Evidence.of(start),),
        )
    if start.ok:
        return Result(
            status=Status.WARN,
            message=f"Alamat HTTPS dialihkan ke HTTP tanpa enkripsi ({_final(start)}). Hapus pengalihan ke http://.",
            message_en=f"The HTTPS address redirects to plain HTTP ({_final(start)}). Remove the redirect to http://.",
            evidence=(Evidence.of(start),),
        )
    why_id, why_en = _why(start)
    return Result(
        status=Status.FAIL,
        message=f"Beranda tidak dapat dibuka melalui HTTPS ({why_id}). Periksa server web dan sertifikatnya.",
        message_en=f"The home page cannot be opened over HTTPS ({why_en}). Check the web server and its certificate.",
        evidence=(Evidence.of(start),),
    )


def _bad_certificate(fetch: Fetch) -> Result:
    detail = f" ({fetch.error_detail})" if fetch.error_detail else ""
    return Result(
        status=Status.FAIL,
        message=(
            f"Sertifikat HTTPS tidak valid{detail[:200]}. Perbarui sertifikat, pastikan nama domain cocok "
            "dan sertakan sertifikat perantara (intermediate) pada konfigurasi server."
        ),
        message_en=(
            "The HTTPS certificate is invalid. Renew it, make sure it matches the host name "
            "and that the server sends the intermediate certificates."
        ),
        evidence=(Evidence.of(fetch, note="tls"),),
    )


def _registry_outdated(site: Site, fetch: Fetch, how_id: str, how_en: str) -> Result:
    return Result(
        status=Status.WARN,
        message=(
            f"HTTPS berfungsi ({how_id}), tetapi alamat yang terdaftar masih http:// ({site.start_url}). "
            "Perbarui alamat situs di daftar PPID menjadi https://."
        ),
        message_en=f"HTTPS works ({how_en}) but the registered address is still http:// ({site.start_url}); update the registry.",
        evidence=(Evidence.of(fetch),),
    )


# --------------------------------------------------------------------------- broken links


def _anchor_text(pages: SitePages, fetch: Fetch) -> str:
    """The text of the link to ``fetch.url`` on its referring page, if found."""
    if not fetch.referrer:
        return ""
    page = pages.page(fetch.referrer)
    if page is None:
        return ""
    want = {fetch.url, fetch.url.rstrip("/")}
    for link in page.links:
        if link.url in want or link.url.rstrip("/") in want:
            return link.text
    return ""


def _unique(fetches: Iterable[Fetch]) -> list[Fetch]:
    seen: dict[str, Fetch] = {}
    for f in fetches:
        seen[f.url] = f  # the last attempt of a URL wins
    return list(seen.values())


def _evidence(pages: SitePages, broken: Sequence[tuple[Fetch, str]]) -> tuple[Evidence, ...]:
    out = []
    for fetch, why in broken[:MAX_EVIDENCE]:
        text = _anchor_text(pages, fetch)
        note = why + (f"; dirujuk dari {fetch.referrer}" if fetch.referrer else "")
        out.append(Evidence.of(fetch, snippet=text, note=note))
    return tuple(out)


def _verdict(
    pages: SitePages, total: int, broken: list[tuple[Fetch, str]], what_id: str, what_en: str, fix_id: str
) -> Result:
    rate = len(broken) / total if total else 0.0
    if not broken:
        return Result(
            status=Status.PASS,
            message=f"Tidak ada {what_id} yang rusak ({total} diperiksa).",
            message_en=f"No broken {what_en} ({total} checked).",
            value=0.0,
        )
    status = Status.WARN if rate < WARN_BELOW else Status.FAIL
    sample = ", ".join(f.url for f, _ in broken[:3])
    return Result(
        status=status,
        message=f"{len(broken)} dari {total} {what_id} rusak ({rate:.0%}), antara lain {sample}. {fix_id}",
        message_en=f"{len(broken)} of {total} {what_en} are broken ({rate:.0%}), e.g. {sample}.",
        evidence=_evidence(pages, broken),
        value=rate,
    )


@check(
    id="reach.internal_links",
    title="Tautan internal tidak rusak",
    title_en="No broken internal links",
    indicator="pengembangan_website",
    severity=Severity.MEDIUM,
    regulation="Perki 1/2021 (pengembangan website)",
)
def internal_links(site: Site, pages: SitePages) -> Result:
    """In-scope pages answer without an error status or a transport error."""
    # a page cut at the size limit (a huge listing, a gzip bomb) answered: too big is not a broken link
    judged = [f for f in _unique(pages.fetches) if f.kind == FetchKind.PAGE and f.error not in NOT_JUDGED | {FetchFailure.TOO_LARGE}]
    broken = [(f, _why(f)[0]) for f in judged if f.error is not None or (f.status or 0) >= 400]
    return _verdict(
        pages,
        len(judged),
        broken,
        "halaman internal",
        "internal pages",
        "Perbaiki atau hapus tautan menu dan halaman yang mengarah ke halaman tersebut.",
    )


def _document_problem(fetch: Fetch) -> str | None:
    if fetch.error is not None or (fetch.status or 0) >= 400:
        return _why(fetch)[0]
    if fetch.status is None:
        return None
    if fetch.method.upper() == "HEAD":
        if fetch.declared_size == 0:
            return "berkas kosong (0 byte)"
    elif fetch.size == 0 and not fetch.declared_size:
        return "berkas kosong (0 byte)"
    ctype = (fetch.content_type or "").split(";")[0].strip().lower()
    if ctype in HTML_TYPES and is_document_url(fetch.url):
        return f"tautan dokumen berisi halaman HTML ({ctype}), bukan berkas dokumen"
    return None


@check(
    id="reach.documents",
    title="Dokumen yang ditautkan dapat diunduh",
    title_en="Linked documents can be downloaded",
    indicator="penyediaan_informasi",
    severity=Severity.HIGH,
    regulation="UU 14/2008 pasal 9; Perki 1/2021 (penyediaan informasi publik)",
)
def documents(site: Site, pages: SitePages) -> Result:
    """Linked documents (PDF, DOC(X), XLS(X)...) exist, are not empty and are files."""
    judged = [f for f in _unique(pages.fetches) if f.kind == FetchKind.DOCUMENT and f.error not in NOT_JUDGED]
    if not judged:
        linked = any(is_document_url(link.url) for p in pages.pages for link in p.links)
        if linked:
            raise CheckNotApplicable(
                "Tautan dokumen ada tetapi tidak diperiksa (pemeriksaan dokumen dimatikan)",
                "Document links exist but were not checked (document checks are turned off)",
            )
        raise CheckNotApplicable("Situs tidak menautkan dokumen", "The site links to no documents")
    broken = []
    for f in judged:
        why = _document_problem(f)
        if why is not None:
            broken.append((f, why))
    return _verdict(
        pages,
        len(judged),
        broken,
        "dokumen",
        "documents",
        "Unggah ulang berkas yang hilang atau kosong dan perbarui tautannya agar masyarakat dapat mengunduh dokumen.",
    )

"""Conditional requests: validators from the previous crawl are sent, a 304 reuses the stored response."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

import httpx

from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.models import Fetch, FetchKind, Page, SitePages, StoredResponse, Validators

from .conftest import make_site
from .servers import Req, Resp, html, serving

LM = "Tue, 03 Nov 2026 08:00:00 GMT"
T0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


@dataclass
class Previous:
    """An in-memory ``PreviousPages``: what a first crawl fetched."""

    pages: dict[str, tuple[Validators, StoredResponse]]
    loads: list[str] = field(default_factory=list)
    missing: bool = False  # load() finds nothing (the archive is gone)

    @property
    def validators(self) -> Mapping[str, Validators]:
        return {u: v for u, (v, _) in self.pages.items()}

    def load(self, url: str) -> StoredResponse | None:
        self.loads.append(url)
        return None if self.missing else self.pages[url][1]


def _handler(big: bytes = b"") -> tuple[list[Req], object]:
    seen: list[Req] = []

    def handler(req: Req) -> Resp:
        seen.append(req)
        if req.path == "/":  # a strong ETag
            if req.headers.get("if-none-match") == '"beranda-1"':
                return Resp(304, headers=[("ETag", '"beranda-1"'), ("Cache-Control", "max-age=60")])
            return html('<title>Beranda</title><a href="/profil">Profil</a> <a href="/berita">Berita</a>'
                        ' <a href="/arsip">Arsip</a>', headers=[("ETag", '"beranda-1"')])
        if req.path == "/profil":  # Last-Modified only
            if req.headers.get("if-modified-since") == LM:
                return Resp(304)
            return html("<h1>Profil PPID</h1><p>Diperbarui 3 November 2026</p>", headers=[("Last-Modified", LM)])
        if req.path == "/berita":  # no validator: always fetched in full
            return html("<h1>Berita</h1>")
        if req.path == "/arsip":
            if req.headers.get("if-none-match") == '"arsip-1"':
                return Resp(304, headers=[("ETag", '"arsip-1"')])
            async def chunks() -> AsyncIterator[bytes]:  # chunked, no Content-Length: cut while read
                yield big

            return Resp(headers=[("Content-Type", "text/html"), ("ETag", '"arsip-1"')], stream=chunks)
        return Resp(404)

    return seen, handler


async def _crawl(url: str, previous: Previous | None = None, **settings: object) -> tuple[SitePages, dict[str, bytes]]:
    bodies: dict[str, bytes] = {}

    async def on_fetch(fetch: Fetch, page: Page | None, body: bytes | None) -> None:
        if page is not None and body is not None:
            bodies[fetch.url] = body

    async with Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(url, **settings), fetcher, on_fetch=on_fetch, previous=previous)
    return sp, bodies


def _remember(sp: SitePages, bodies: dict[str, bytes]) -> Previous:
    out = {}
    for p in sp.pages:
        h = httpx.Headers(list(p.fetch.headers))
        v = Validators(etag=h.get("etag"), last_modified=h.get("last-modified"))
        if v.etag or v.last_modified:
            out[p.fetch.url] = (v, StoredResponse(200, p.fetch.headers, bodies[p.fetch.url],
                                                  declared_size=p.fetch.declared_size, truncated=p.fetch.truncated,
                                                  error=p.fetch.error, error_detail=p.fetch.error_detail))
    return Previous(out)


def _pages(sp: SitePages) -> list[Page]:
    """The pages by URL, without what differs between two fetches of one response (time, revalidation)."""
    out = []
    for page in sorted(sp.pages, key=lambda p: p.url):
        f = dataclasses.replace(page.fetch, fetched_at=T0, elapsed=0.0, revalidated=False, headers=())
        out.append(dataclasses.replace(page, fetch=f))
    return out


async def test_a_304_reuses_the_stored_page_exactly_as_a_200() -> None:
    big = b"<html><body>" + b"<p>arsip dokumen</p>" * 400 + b"</body></html>"
    seen, handler = _handler(big)
    async with serving(handler) as srv:  # type: ignore[arg-type]
        first, bodies = await _crawl(srv.url("/"), max_body_bytes=4000)
        previous = _remember(first, bodies)
        seen.clear()
        second, bodies2 = await _crawl(srv.url("/"), previous, max_body_bytes=4000)
    by_path = {r.path: r for r in seen}
    assert by_path["/"].headers.get("if-none-match") == '"beranda-1"'
    assert by_path["/profil"].headers.get("if-modified-since") == LM
    assert "if-none-match" not in by_path["/berita"].headers and "if-modified-since" not in by_path["/berita"].headers
    assert sorted(previous.loads) == sorted(srv.url(p) for p in ("/", "/profil", "/arsip"))
    assert _pages(first) == _pages(second)
    assert bodies2 == bodies  # the stored body goes to on_fetch (the store writer archives it again)
    again = {p.url.removeprefix(srv.url("")): p.fetch for p in second.pages}
    assert again["/"].revalidated and again["/profil"].revalidated and not again["/berita"].revalidated
    assert again["/"].status == 200 and again["/"].digest == first.start.digest  # type: ignore[union-attr]
    # the 304's headers update the stored ones; the stored representation's own stay
    h = httpx.Headers(list(again["/"].headers))
    assert h["cache-control"] == "max-age=60" and h["content-type"].startswith("text/html")
    assert again["/profil"].last_modified == LM
    # a body cut at the cap last time is reused cut, with the same record
    assert again["/arsip"].truncated and again["/arsip"].error == "too_large" and again["/arsip"].size == 4000
    assert second.start is not None and second.start.ok and second.auditable


async def test_a_304_without_a_stored_copy_is_fetched_again_in_full() -> None:
    seen, handler = _handler()
    async with serving(handler) as srv:  # type: ignore[arg-type]
        first, bodies = await _crawl(srv.url("/"))
        previous = _remember(first, bodies)
        previous.missing = True
        seen.clear()
        second, bodies2 = await _crawl(srv.url("/"), previous)
    home = [r for r in seen if r.path == "/"]
    assert [("if-none-match" in r.headers) for r in home] == [True, False]  # conditional, then unconditional
    assert bodies2 == bodies and not any(p.fetch.revalidated for p in second.pages)
    assert _pages(first) == _pages(second)
    assert all(f.status != 304 for f in second.fetches if f.kind is FetchKind.PAGE)


def _side_handler() -> tuple[list[Req], object]:
    """robots.txt (a rule and a sitemap), sitemap.xml and a small document, each with an ETag it honours."""
    seen: list[Req] = []
    robots = b"User-agent: *\nDisallow: /rahasia\nSitemap: /sitemap.xml\n"
    sitemap = b'<?xml version="1.0"?><urlset><url><loc>/dari-peta</loc></url></urlset>'
    pdf = b"%PDF-1.4 daftar informasi publik " + b"x" * 3000

    def tagged(req: Req, tag: str, ctype: str, body: bytes) -> Resp:
        if req.headers.get("if-none-match") == tag:
            return Resp(304, headers=[("ETag", tag)])
        return Resp(headers=[("Content-Type", ctype), ("ETag", tag)], body=body if req.method != "HEAD" else b"")

    def handler(req: Req) -> Resp:
        seen.append(req)
        if req.path == "/robots.txt":
            return tagged(req, '"r1"', "text/plain", robots)
        if req.path == "/sitemap.xml":
            return tagged(req, '"s1"', "application/xml", sitemap)
        if req.path == "/dip.pdf":
            resp = tagged(req, '"d1"', "application/pdf", pdf)
            if req.method == "HEAD":
                resp.headers.append(("Content-Length", str(len(pdf))))
            return resp
        if req.path == "/":
            return html('<a href="/rahasia">Rahasia</a> <a href="/dip.pdf">DIP</a>')
        if req.path == "/dari-peta":
            return html("<h1>Dari peta situs</h1>")
        return Resp(404)

    return seen, handler


def _remember_all(sp: SitePages, bodies: dict[str, bytes]) -> Previous:
    """Every response read whole in the first crawl (pages, robots.txt, sitemaps, documents), as the archive has it."""
    out = {}
    for f in sp.fetches:
        h = httpx.Headers(list(f.headers))
        v = Validators(etag=h.get("etag"), last_modified=h.get("last-modified"))
        body = bodies.get(f.final_url or f.url)
        if (v.etag or v.last_modified) and body is not None and f.status == 200 and f.method == "GET":
            out[f.final_url or f.url] = (v, StoredResponse(200, f.headers, body, declared_size=f.declared_size))
    return Previous(out)


async def test_robots_sitemaps_and_small_documents_are_revalidated_too() -> None:
    seen, handler = _side_handler()
    got: list[dict[str, bytes]] = [{}, {}]

    async def crawl(url: str, previous: Previous | None, n: int) -> SitePages:
        async def on_fetch(fetch: Fetch, page: Page | None, body: bytes | None) -> None:
            if body is not None:
                got[n][fetch.final_url or fetch.url] = body  # what the store writer archives

        async with Fetcher(allow_loopback=True) as fetcher:
            site = make_site(url, obey_robots=True, use_sitemap=True)
            return await crawl_site(site, fetcher, on_fetch=on_fetch, previous=previous)

    async with serving(handler) as srv:  # type: ignore[arg-type]
        first = await crawl(srv.url("/"), None, 0)
        assert {srv.url(p) for p in ("/robots.txt", "/sitemap.xml", "/dip.pdf")} <= set(got[0])
        previous = _remember_all(first, got[0])
        seen.clear()
        second = await crawl(srv.url("/"), previous, 1)
    sent = {(r.method, r.path): r.headers for r in seen}
    for path, tag in (("/robots.txt", '"r1"'), ("/sitemap.xml", '"s1"'), ("/dip.pdf", '"d1"')):
        assert sent[("GET", path)].get("if-none-match") == tag, path
    assert got[1] == got[0]  # the stored bodies go to the archive again: the next night is conditional too
    by_url = {f.url.removeprefix(srv.url("")): f for f in second.fetches}
    for path in ("/robots.txt", "/sitemap.xml", "/dip.pdf"):
        f = by_url[path]
        assert f.revalidated and f.status == 200, path
        before = next(x for x in first.fetches if x.url == f.url and x.method == "GET")
        assert f.digest == before.digest and f.size == before.size
    assert second.robots_txt == first.robots_txt and "Disallow: /rahasia" in (second.robots_txt or "")
    assert by_url["/rahasia"].error == "robots" and ("GET", "/rahasia") not in sent  # its rules still hold after a 304
    assert "/dari-peta" in {p.url.removeprefix(srv.url("")) for p in second.pages}  # the sitemap is still read

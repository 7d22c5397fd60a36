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

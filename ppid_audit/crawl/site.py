"""crawl_site: visit one PPID site breadth-first and return its ``SitePages``.

One nursery per site: a coordinator hands jobs from the ``Frontier`` to a
few workers through an unbuffered channel; each worker fetches, parses
(inline: parsing is cheap CPU) and records.  Every recorded Fetch is passed
to ``on_fetch`` in order; if ``on_fetch`` raises, the crawl stops with it.
The whole site runs inside ``move_on_after(site_deadline)``: when it fires,
``budget_exhausted`` is set and every request cut short is recorded with
error ``budget``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html import escape
from collections.abc import Awaitable, Callable
from urllib.parse import quote, urlsplit, urlunsplit

import trio

from ..memory import release_free_memory
from ..models import Fetch, FetchFailure, FetchKind, Page, RenderInfo, Site, SitePages, pack_page, utcnow
from ..urls import Scope, dedupe_key, is_document_url, normalise, origin, route_of
from .browser import Renderer, RenderFailure
from .fetch import HTML_TYPES, Fetcher, Response
from .frontier import Frontier, Job
from .revalidate import PreviousPages, fetch_conditional
from .sitemap import MAX_SITEMAP_BYTES, MAX_SITEMAP_FILES, MAX_SITEMAP_URLS, parse_sitemap

__all__ = ["OnFetch", "crawl_site", "unauditable_reason"]

# on_fetch(fetch, page, body): every fetch in order, with its parsed page and the body read (HTML pages only)
OnFetch = Callable[[Fetch, Page | None, bytes | None], Awaitable[None]]
MAX_RENDERS = 25  # pages of one site rendered in the browser at most

_REASONS = {  # fetch error -> (Indonesian, English)
    "dns": ("DNS gagal: host tidak ditemukan", "DNS failed: host not found"),
    "connect": ("koneksi ditolak", "connection refused"),
    "timeout": ("batas waktu habis", "timed out"),
    "tls": ("sertifikat TLS tidak valid", "invalid TLS certificate"),
    "private_address": ("alamat jaringan privat diblokir", "private network address blocked"),
    "robots": ("halaman awal dilarang robots.txt", "start page disallowed by robots.txt"),
    "redirect_loop": ("pengalihan berputar-putar", "redirect loop"),
    "too_many_redirects": ("terlalu banyak pengalihan", "too many redirects"),
    "protocol": ("respons HTTP rusak", "broken HTTP response"),
    "too_large": ("halaman awal terlalu besar", "start page too large"),
    "bad_encoding": ("kompresi halaman awal tidak dikenal atau rusak", "start page compression unknown or corrupt"),
    "budget": ("batas waktu situs habis", "site time budget used up"),
}
INVALID_START_URL = ("URL awal tidak sah", "invalid start URL")


def unauditable_reason(fetch: Fetch | None, lang: str = "id") -> str | None:
    """Why a start fetch gives no auditable HTML page (``lang`` "id" or "en"), or None when it does."""
    en = lang == "en"
    if fetch is None:
        return _REASONS["budget"][en]
    if fetch.error is not None and not (fetch.error is FetchFailure.TOO_LARGE and fetch.truncated):
        known = _REASONS.get(fetch.error)
        if known:
            return known[en]
        return f"could not fetch the start page ({fetch.error})" if en else f"gagal mengambil halaman awal ({fetch.error})"
    if fetch.status is None or fetch.status >= 400:
        return f"start page returned HTTP {fetch.status}" if en else f"halaman awal mengembalikan HTTP {fetch.status}"
    if fetch.status >= 300:
        return (f"start page redirects nowhere (HTTP {fetch.status})" if en
                else f"halaman awal dialihkan tanpa tujuan (HTTP {fetch.status})")
    if not _is_html(fetch):
        return f"start page is not HTML ({fetch.content_type})" if en else f"halaman awal bukan HTML ({fetch.content_type})"
    return None


def _is_html(fetch: Fetch) -> bool:
    return fetch.content_type is None or fetch.content_type in HTML_TYPES


def _parse(resp: Response) -> Page:
    from ..page import parse_page  # imported late: the page model is built beside the crawler

    page = parse_page(resp.fetch, resp.body or b"", content_type_header=resp.content_type_header)
    enc, source = page.encoding, page.encoding_source
    if page.fetch.encoding is None and enc:  # record the charset that won on the fetch itself
        fetch = dataclasses.replace(page.fetch, encoding=enc, encoding_source=source or None)
        page = dataclasses.replace(page, fetch=fetch)
    return page


#: A body at least this big is parsed in a worker thread: a multi-megabyte page (a huge listing cut at the
#: body cap) takes seconds of CPU to parse, and on the event loop that stalls every other site's requests
#: until their read timeouts fire, so healthy pages are recorded as timed out (reach.internal_links).
PARSE_IN_THREAD_BYTES = 512 * 1024


_BIG_PARSES: trio.lowlevel.RunVar[trio.CapacityLimiter] = trio.lowlevel.RunVar("ppid_audit_big_parses")


def _big_parses() -> trio.CapacityLimiter:
    """One big page parsed at a time in a run: each builds a tree of up to ~50 MB (page.MAX_PARSE_CHARS), and
    hundreds of sites in flight met several at once (the politeness run's memory spikes)."""
    try:
        return _BIG_PARSES.get()
    except LookupError:
        limiter = trio.CapacityLimiter(1)
        _BIG_PARSES.set(limiter)
        return limiter


async def _parse_off_loop(resp: Response) -> Page:
    """``_parse``, in a worker thread for a big body (the event loop keeps serving the other requests)."""
    if len(resp.body or b"") >= PARSE_IN_THREAD_BYTES:
        page = await trio.to_thread.run_sync(_parse, resp, limiter=_big_parses())
        # its parse tree (tens of MB for a big listing) is freed now; give those pages back to the OS
        # instead of keeping the high-water mark for the rest of the run
        release_free_memory()
        return page
    return _parse(resp)


def _rendered_page(page: Page, reason: str, url: str, html: str, info: RenderInfo, left: bool = False) -> Page:
    """The rendered DOM through the same page model, kept on the original fetch (marked ``rendered``).

    The rendered DOM is what a visitor sees, so it is judged like any static
    page (``js_only`` False) even when it still looks unbuilt, provided that
    is the site's doing: its own scripts or data answered with HTTP errors and
    the browser was refused nothing the page needed.  When the DOM still needs
    a browser for a reason of ours (a script or data request refused or not
    answered, menus the browser could not open), the page stays ``js_only``
    with ``render.error == "incomplete"`` and a plain ``detail``.  A page whose script sent the browser off
    the site (``left``) is complete: its redirect is a link in the DOM.
    """
    from ..page import has_skeleton, parse_html

    fetch = dataclasses.replace(page.fetch, rendered=reason)
    new = parse_html(dataclasses.replace(fetch, final_url=url), html)
    if left and new.js_reason == "js_redirect":
        new = dataclasses.replace(new, js_only=False)
    if not new.js_only and info.failed and has_skeleton(html):  # its data refused on our side: still loading
        new = dataclasses.replace(new, js_only=True, js_reason="loader")
    if new.js_only:
        if info.broken and not info.failed:
            new = dataclasses.replace(new, js_only=False)
        else:
            info = dataclasses.replace(info, error="incomplete", detail=_incomplete_detail(new.js_reason, info))
    return dataclasses.replace(new, fetch=fetch, render=info)


def view_url(url: str, path: tuple[str, ...]) -> str:
    """The stable address of a view of a single-page app reached by pressing ``path``: the page's URL and a
    fragment naming the buttons ('https://x.go.id/#Informasi/Berkala'); evidence then says where it is."""
    # (a page that is a client-side route, '/#/ppid', keeps its route: its views are not the app root's)
    base = url if route_of(url) else url.partition("#")[0]
    return base + "#" + "/".join(quote(p.replace("/", " "), safe=" &") for p in path).replace(" ", "%20")


def _view_html(html: str, path: tuple[str, ...]) -> str:
    """A view's DOM with the buttons pressed to reach it as its breadcrumb (first in the body: a visitor's path)."""
    crumb = ('<nav aria-label="breadcrumb" data-ppid-audit="view-path"><ol class="breadcrumb">'
             + "".join(f"<li>{escape(p)}</li>" for p in path) + "</ol></nav>")
    m = re.search(r"<body[^>]*>", html, re.I)
    return html[:m.end()] + crumb + html[m.end():] if m else crumb + html


def _view_pages(page: Page, reason: str, views: tuple[tuple[tuple[str, ...], str], ...], info: RenderInfo) -> list[Page]:
    """The other views of a rendered single-page app (``Rendered.states``), each a page of its own under
    ``view_url``, parsed and judged like the page itself (same fetch, marked rendered)."""
    out = []
    for path, html in views:
        url = view_url(page.url, path)
        view = _rendered_page(page, reason, url, _view_html(html, path), info)
        out.append(dataclasses.replace(view, url=url, fetch=dataclasses.replace(view.fetch, final_url=url)))
    return out


def _incomplete_detail(reason: str | None, info: RenderInfo) -> str:
    """Why a rendered page still needs a browser, in words for the verdict."""
    if info.failed:
        return f"{info.failed} permintaan skrip/data halaman ditolak atau tidak terjawab oleh auditor"
    if reason == "script_menu":
        return "menu dropdown halaman tidak dapat dibuka oleh peramban auditor"
    return "skrip halaman tidak menyusun isinya di peramban auditor"


class _Crawl:
    def __init__(self, site: Site, fetcher: Fetcher, on_fetch: OnFetch | None, renderer: Renderer | None = None,
                 previous: PreviousPages | None = None, pack: bool = False) -> None:
        self.site = site
        self.pack = pack  # keep each page pickled (SitePages.packed_pages) instead of as objects
        self.packed: list[bytes] = []
        self.first_page_fetch: Fetch | None = None
        self.previous = previous
        self.fetcher = fetcher
        self.on_fetch = on_fetch
        self.renderer = renderer
        self.renders = 0
        self._menus_rendered: set[tuple[str, ...]] = set()
        self._views: tuple[tuple[tuple[str, ...], str], ...] = ()  # the last render's other views (Rendered.states)
        self.frontier = Frontier(site)
        self.fetches: list[Fetch] = []
        self.pages: list[Page] = []
        self.start: Fetch | None = None
        self.start_final: str | None = None
        self.reason: str | None = None
        self.cut: list[Job] = []
        self.inflight = 0
        self._wake = trio.Event()
        self._record_lock = trio.Lock()
        self._fetched_keys: set[str] = set()

    async def record(self, fetch: Fetch | None, page: Page | None = None, body: bytes | None = None) -> None:
        """Append a fetch (after any robots.txt fetch made for it) and stream it out."""
        async with self._record_lock:
            items: list[tuple[Fetch, Page | None, bytes | None]] = [  # robots.txt, with its body for the archive
                (f, None, self.fetcher.take_body(self.site.id, f.url)) for f in self.fetcher.take_extra(self.site.id)
            ]
            if fetch is not None:
                items.append((fetch, page, body))
            for f, p, b in items:
                # the response headers go to the archive with on_fetch below; a packed run's site keeps its
                # fetches until its checks ran, which never read them (~1 KB a fetch, ~35 MB with 500 sites in flight)
                kept = dataclasses.replace(f, headers=()) if self.pack and f.headers else f
                self.fetches.append(kept)
                if p is not None:
                    if self.first_page_fetch is None:
                        self.first_page_fetch = kept if p.fetch is f else p.fetch
                    if self.pack:
                        self.packed.append(pack_page(p, len(self.fetches) - 1 if p.fetch is f else None))
                    else:
                        self.pages.append(p)
                if self.on_fetch is not None:
                    await self.on_fetch(f, p, b)

    async def get_page(self, url: str, depth: int = 0, referrer: str | None = None) -> Response:
        """GET a page, conditionally when the previous run archived it (a 304 reuses the stored response)."""
        return await fetch_conditional(self.fetcher, url, self.previous, site=self.site, kind=FetchKind.PAGE,
                                       depth=depth, referrer=referrer)

    # ------------------------------------------------------------------ start

    async def fetch_start(self) -> Response | None:
        url = normalise(self.site.start_url)
        if url is None:
            self.reason = INVALID_START_URL[0]
            return None
        resp = await self.get_page(url)
        self.frontier.pages_started = 1
        self.frontier.mark_seen(url)
        if resp.fetch.error is FetchFailure.TLS and url.startswith("https://"):
            await self.record(resp.fetch)  # the certificate failure stays on record
            twin = "http://" + url.removeprefix("https://")
            alt = await self.fetcher.fetch(twin, site=self.site, kind=FetchKind.PAGE)
            if unauditable_reason(alt.fetch) is None:
                resp = alt
            else:
                await self.record(alt.fetch)
        self.start = resp.fetch
        self.reason = unauditable_reason(resp.fetch)
        if self.reason is not None:
            if resp.fetch not in self.fetches:
                await self.record(resp.fetch)
            return None
        return resp

    async def probe_https(self, url: str) -> None:
        p = urlsplit(url)
        resp = await self.fetcher.fetch(
            urlunsplit(("https", p.netloc, "/", "", "")), site=self.site, kind=FetchKind.PROBE, quiet=True
        )
        await self.record(resp.fetch)

    # ------------------------------------------------------------------ pages

    async def handle_page(self, resp: Response, job: Job) -> None:
        fetch = resp.fetch
        final = fetch.final_url or fetch.url
        html = resp.body is not None and _is_html(fetch) and fetch.kind is FetchKind.PAGE
        if not html or fetch.status is None or fetch.status >= 400 or not self.frontier.in_scope(final):
            await self.record(fetch, None, resp.body)
            return
        if final != fetch.url:
            self.frontier.mark_seen(final)
        key = dedupe_key(final)
        if key in self._fetched_keys:  # two links redirecting to one page: parse it once
            await self.record(fetch, None, resp.body)
            return
        self._fetched_keys.add(key)
        try:
            page = await _parse_off_loop(resp)
        except Exception as exc:  # a page-model bug must not end the site's crawl
            detail = f"halaman tidak dapat diurai: {type(exc).__name__}: {str(exc)[:150]}"
            await self.record(dataclasses.replace(fetch, error=FetchFailure.OTHER, error_detail=detail))
            return
        views: list[Page] = []
        if page.js_only and self.renderer is not None:
            # a start page may move to another host by script (its new home); any other page that sends
            # the visitor off the site links there
            page, views = await self.render_views(resp, page, stay_in=None if job.depth == 0 else self.frontier.scope)
            if page.url != final:  # a script redirect: the browser ended elsewhere
                final = page.url
                if job.depth == 0 and not self.frontier.in_scope(final):
                    self.frontier.add_host(final)  # the start page moved there, as with an HTTP redirect
                self.frontier.mark_seen(final)
                self._fetched_keys.add(dedupe_key(final))
        await self.record(page.fetch, page, resp.body)
        if views:  # a single-page app's other views: pages for the checks (not fetches: nothing was requested)
            async with self._record_lock:
                if self.pack:
                    self.packed.extend(pack_page(v) for v in views)
                else:
                    self.pages.extend(views)
        # HTML fragments that the page's scripts load (a navbar filled by
        # fetch('/komponen/navbar.html')) are part of the page: queue them at
        # the same depth so a JavaScript-built menu is still crawled (a rendered page has them already).
        for url in () if page.fetch.rendered else page.js_fetch_urls:
            normalized = normalise(url)
            if normalized and self.frontier.in_scope(normalized) and not is_document_url(normalized):
                trap = self.frontier.add_page(normalized, depth=job.depth, referrer=final)
                if trap is not None:
                    await self.record(trap)
        if job.depth >= self.site.settings.max_depth:
            return
        for link in [lk for p in (page, *views) for lk in p.links]:
            trap = self.frontier.add_link(link.url, depth=job.depth + 1, referrer=final)
            if trap is not None:
                await self.record(trap)
        self._wake.set()

    async def render_views(self, resp: Response, page: Page, stay_in: Scope | None = None) -> tuple[Page, list[Page]]:
        """``render`` and the other views the browser reached on the same URL (a single-page app's buttons)."""
        self._views = ()
        rendered = await self.render(resp, page, stay_in)
        views, self._views = self._views, ()
        if not views or rendered.render is None or rendered.render.error not in (None, "incomplete"):
            return rendered, []
        return rendered, _view_pages(rendered, rendered.fetch.rendered or "script_menu", views, rendered.render)

    async def render(self, resp: Response, page: Page, stay_in: Scope | None = None) -> Page:
        """``page`` rendered in the browser when it needs one (else as it was, the reason in its meta)."""
        assert self.renderer is not None
        reason = page.js_reason or "script_menu"
        if reason == "script_menu":
            # one page shows what a script-built menu holds; its siblings load the same menu
            menu = tuple(sorted(page.js_fetch_urls))
            if menu in self._menus_rendered:  # that menu was rendered on a sibling: this page is readable as it is
                return dataclasses.replace(page, js_only=False)
            self._menus_rendered.add(menu)
        if self.renders >= MAX_RENDERS:
            return dataclasses.replace(page, render=RenderInfo(error="budget", detail=f"lebih dari {MAX_RENDERS} halaman dirender"))
        self.renders += 1
        out = await self.renderer.render(resp, self.site, stay_in)
        if isinstance(out, RenderFailure):
            return dataclasses.replace(page, render=RenderInfo(error=out.kind, detail=out.detail))
        info = RenderInfo(seconds=round(out.elapsed, 3), requests=out.requests, blocked=out.blocked,
                          failed=out.failed, broken=out.broken)
        self._views = out.states
        return _rendered_page(page, reason, out.url, out.html, info, left=bool(out.left))

    async def run_sitemaps(self, start: str) -> None:
        state = self.fetcher.robots_state(start)
        queue = [normalise(u, origin(start) + "/") for u in (state.sitemaps() if state else [])]
        todo = [u for u in queue if u] or [origin(start) + "/sitemap.xml"]
        done: set[str] = set()
        taken = 0
        while todo and len(done) < MAX_SITEMAP_FILES and taken < MAX_SITEMAP_URLS:
            url = todo.pop(0)
            if url in done:
                continue
            done.add(url)
            resp = await fetch_conditional(self.fetcher, url, self.previous, site=self.site, kind=FetchKind.SITEMAP,
                                           max_bytes=MAX_SITEMAP_BYTES)
            await self.record(resp.fetch, None, resp.body)  # archived with its body: the next night asks for it conditionally
            if resp.body is None or not resp.fetch.ok:
                continue
            locs, is_index = parse_sitemap(resp.body)
            for loc in locs:
                n = normalise(loc, url)
                if n is None:
                    continue
                if is_index:
                    todo.append(n)
                elif taken < MAX_SITEMAP_URLS and self.frontier.in_scope(n):
                    taken += 1
                    trap = self.frontier.add_link(n, depth=1, referrer=url)
                    if trap is not None:
                        await self.record(trap)
            self._wake.set()

    # ------------------------------------------------------------------ workers

    async def process(self, job: Job) -> None:
        if job.kind is FetchKind.PAGE:
            resp = await self.get_page(job.url, job.depth, job.referrer)
            await self.handle_page(resp, job)
        else:
            fetch = await self.fetcher.check_link(job.url, site=self.site, kind=job.kind, referrer=job.referrer)
            body = self.fetcher.take_body(self.site.id, fetch.url)  # a small document read whole, for the archive
            await self.record(fetch if fetch.depth == job.depth else dataclasses.replace(fetch, depth=job.depth),
                              None, body)

    async def worker(self, jobs: trio.MemoryReceiveChannel[Job]) -> None:
        async with jobs:
            async for job in jobs:
                try:
                    await self.process(job)
                except trio.Cancelled:
                    self.cut.append(job)  # recorded as "budget" if the site deadline fired
                    raise
                finally:
                    self.inflight -= 1
                    self._wake.set()

    async def coordinate(self, jobs: trio.MemorySendChannel[Job]) -> None:
        async with jobs:
            while True:
                job = self.frontier.next()
                if job is None:
                    if self.inflight == 0:
                        return
                    self._wake = trio.Event()
                    await self._wake.wait()
                    continue
                self.inflight += 1
                await jobs.send(job)

    async def run(self) -> None:
        s = self.site.settings
        start = await self.fetch_start()
        if start is None:
            return
        final = start.fetch.final_url or start.fetch.url
        self.start_final = final
        if not self.frontier.in_scope(final):
            self.frontier.add_host(final)
        self.inflight = 1  # the start page and the sitemap count as work in flight
        workers = min(8, max(2, 2 * s.per_host_concurrency))
        async with trio.open_nursery() as nursery:
            send, receive = trio.open_memory_channel[Job](0)
            for _ in range(workers):
                nursery.start_soon(self.worker, receive.clone())
            receive.close()
            nursery.start_soon(self.coordinate, send)
            if self.site.start_url.strip().lower().startswith("http://"):
                self.inflight += 1
                nursery.start_soon(self._counted, self.probe_https(start.fetch.url))
            if s.use_sitemap:
                self.inflight += 1
                nursery.start_soon(self._counted, self.run_sitemaps(final))
            try:
                await self.handle_page(start, Job(start.fetch.url, FetchKind.PAGE, 0, None))
                first = self.first_page_fetch
                if first is not None and first.url == start.fetch.url:
                    self.start = first  # with the charset the page model found
            finally:
                self.inflight -= 1
                self._wake.set()

    async def _counted(self, work: Awaitable[None]) -> None:
        try:
            await work
        finally:
            self.inflight -= 1
            self._wake.set()


async def crawl_site(
    site: Site,
    fetcher: Fetcher,
    *,
    on_fetch: OnFetch | None = None,
    audit_date: dt.date | None = None,
    renderer: Renderer | None = None,
    previous: PreviousPages | None = None,
    pack: bool = False,
) -> SitePages:
    """Crawl ``site`` with ``fetcher`` (entered) and return everything it produced.

    With a ``renderer`` (entered), pages the page model marks ``js_only`` are
    rendered in headless Chromium and the rendered DOM replaces them (their
    fetch says ``rendered`` and why); its links are followed like any other.

    With ``previous`` (the previous run's pages, ``revalidate.PreviousPages``),
    pages are requested conditionally and a ``304`` reuses the stored response.

    With ``pack``, each page is pickled as soon as it is recorded and the
    result holds them in ``packed_pages`` (``SitePages.unpacked()``; the checks
    unpack): a crawl of hundreds of sites at once keeps kilobytes per page
    waiting for its checks instead of tens of kilobytes of objects.

    Never raises for a broken site (that is data); raises whatever ``on_fetch``
    raises, and lets cancellation through.
    """
    crawl = _Crawl(site, fetcher, on_fetch, renderer, previous, pack)
    started = utcnow()
    if previous is not None:  # robots.txt and link checks are made by the Fetcher: it asks for them conditionally too
        fetcher.previous[site.id] = previous
    try:
        with trio.move_on_after(site.settings.site_deadline) as deadline:
            await crawl.run()
    finally:
        fetcher.previous.pop(site.id, None)
    budget = deadline.cancelled_caught
    if budget:
        with trio.move_on_after(5, shield=True):
            for job in crawl.cut:
                await crawl.record(
                    Fetch(
                        url=job.url,
                        kind=job.kind,
                        site_id=site.id,
                        fetched_at=utcnow(),
                        depth=job.depth,
                        referrer=job.referrer,
                        error=FetchFailure.BUDGET,
                        error_detail="batas waktu situs habis sebelum permintaan selesai",
                    )
                )
            start_url = normalise(site.start_url)
            if crawl.start is None and crawl.reason is None and start_url is not None:
                crawl.start = Fetch(
                    url=start_url,
                    kind=FetchKind.PAGE,
                    site_id=site.id,
                    fetched_at=utcnow(),
                    error=FetchFailure.BUDGET,
                    error_detail="batas waktu situs habis sebelum halaman awal selesai",
                )
                crawl.reason = unauditable_reason(crawl.start)
                await crawl.record(crawl.start)
    await crawl.record(None)  # robots.txt fetches not yet handed out
    state = fetcher.robots_state(crawl.start_final or site.start_url)
    return SitePages(
        site=site,
        started_at=started,
        finished_at=utcnow(),
        start=crawl.start,
        auditable=crawl.reason is None and crawl.start is not None,
        reason=crawl.reason,
        reason_en=(
            None if crawl.reason is None
            else unauditable_reason(crawl.start, "en") if crawl.start is not None
            else INVALID_START_URL[1]
        ),
        pages=tuple(crawl.pages),
        packed_pages=tuple(crawl.packed),
        fetches=tuple(crawl.fetches),
        robots_txt=state.text if state else None,
        budget_exhausted=budget or crawl.frontier.capped,
        audit_date=audit_date,
    )

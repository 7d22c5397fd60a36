"""Audit real-world fixtures as the audit really runs: served on loopback, crawled, rendered where needed.

Each fixture of ``tests/realworld/sites`` is served by the farm's HTTP server
on its own loopback address under the host name ``<slug>.example.go.id``
(resolved to that address by an offline resolver that fails every other
name, so nothing leaves the machine).  Its ``[pages]`` are served as HTML,
its ``[assets]`` (scripts, JSON, fragments, CSS) with their content types,
``/sitemap.xml`` lists the pages (so a page no link reaches is still found,
as a real crawl finds it), a static page (``/x.html``) is sent for any query
as a static server sends it, and every other path is a 404.  The crawl has
the audit's own page budget (200, as ``sites.toml``).

``crawl_site`` then crawls it with the audit's own settings shape and, when
Chromium and Playwright are there, a ``Renderer``: pages are rendered exactly
when the page model says a browser is needed (``Page.js_only``), the same
decision the audit makes.  The result is reduced to what the fixture holds
(the pages of ``[pages]`` and fragments of ``[assets]``; 404s of pages the
fixture leaves out, robots.txt and the sitemap are dropped), so the label
policy "judged on the pages included only" holds as in the static bench.

Without a browser, a ``script_built`` fixture is not crawled: its labels
judge what a browser shows, so it is reported as skipped (``Skipped``).
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape

import trio

from ..crawl import Fetcher, crawl_site
from ..crawl.browser import Renderer, browser_status
from ..crawl.netsafe import DnsFailed, Resolver
from ..farm.http import App, FarmRequest, FarmResponse
from ..farm.server import FarmServer
from ..models import CrawlSettings, FetchKind, Site, SitePages
from ..urls import normalise

if TYPE_CHECKING:
    from .realworld import Fixture

__all__ = ["Skipped", "asset_type", "browser_problem", "crawl_fixtures", "fixture_address", "fixture_host"]

FIRST_ADDRESS = (127, 0, 77)  # fixture i is served on 127.0.77.(i+1), then 127.0.78.x ... (fixture_address)
SETTINGS = CrawlSettings(
    max_pages=200, max_depth=5, per_host_concurrency=2, delay=0.0, connect_timeout=2.0, read_timeout=5.0,
    request_deadline=10.0, site_deadline=120.0, retries=0, obey_robots=True, use_sitemap=True,
    check_documents=False, check_external=False, max_link_checks=0,  # the static bench follows no link either
)
_TYPES = {".js": "application/javascript", ".mjs": "application/javascript", ".json": "application/json",
          ".css": "text/css", ".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".xml": "application/xml"}
_CACHE: dict[tuple[str, bool], SitePages] = {}
WORKERS = 3  # fixtures crawled at once, each with its own browser


@dataclass(frozen=True)
class Skipped:
    """A fixture the bench could not audit as it really runs, and why."""

    slug: str
    reason: str


def asset_type(name: str) -> str:
    """The content type an asset file is served with, from its extension."""
    suffix = Path(name).suffix.lower()
    return _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def fixture_address(i: int) -> str:
    """The loopback address of the ``i``-th fixture: 127.0.77.1 to 127.0.77.250, then on into 127.0.78.x (250 a block,
    never a .0 or .255), so a corpus of any size has an address for every site."""
    a, b, c = FIRST_ADDRESS
    return f"{a}.{b}.{c + i // 250}.{i % 250 + 1}"


def fixture_host(fx: "Fixture") -> str:
    """The host name a fixture is served under (``<slug>.example.go.id``)."""
    return f"{fx.slug}.example.go.id"


def browser_problem() -> str | None:
    """Why pages cannot be rendered here (Chromium or Playwright missing), or None."""
    return browser_status()["problem"]


def _digest(fx: "Fixture") -> str:
    h = hashlib.sha256()
    for _, name in (*fx.pages, *((p, f) for p, f, _ in fx.assets)):
        h.update(name.encode() + b"\0" + (fx.folder / name).read_bytes())
    h.update(repr((fx.pages, fx.assets)).encode())
    return f"{fx.folder}:{h.hexdigest()}"


def _key(target: str) -> str:
    """A request target as the crawl writes it (``urls.normalise``: query parameters sorted, ...)."""
    key = (normalise("http://h" + (target if target.startswith("/") else "/" + target)) or "http://h/")[len("http://h"):]
    return unquote(key) or "/"  # '(public)' and '%28public%29' are one path


def _routes(fx: "Fixture") -> tuple[dict[str, tuple[str, bytes]], dict[str, tuple[str, bytes]]]:
    """(pages, assets): normalised request target -> (content type, body)."""
    pages = {_key(path): ("text/html; charset=utf-8", (fx.folder / name).read_bytes()) for path, name in fx.pages}
    assets = {_key(path): (ctype, (fx.folder / name).read_bytes()) for path, name, ctype in fx.assets}
    return pages, assets


def _sitemap(fx: "Fixture", base: str) -> bytes:
    urls = "".join(f"<url><loc>{escape(base + p)}</loc></url>" for p, _ in fx.pages)
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>').encode()


def _app(fx: "Fixture") -> App:
    """The fixture as a farm ``App``: pages, assets, a sitemap of the pages, 404 for the rest."""
    pages, assets = _routes(fx)

    async def app(req: FarmRequest) -> FarmResponse:
        key = _key(req.target)
        # a page only at its exact URL; an asset also with any query (a DataTables request adds its own)
        path = _key(urlsplit(req.target).path or "/")
        hit = pages.get(key) or assets.get(key) or assets.get(path) or (pages.get(path) if _static(path) else None)
        if hit is None and req.target == "/sitemap.xml":
            hit = ("application/xml", _sitemap(fx, f"http://{fixture_host(fx)}:{req.port}"))
        if hit is None:
            return FarmResponse(404, [("Content-Type", "text/html")], b"<h1>404 Not Found</h1>")
        ctype, body = hit
        return FarmResponse(200, [("Content-Type", ctype)], body)
    return app


class _OfflineResolver(Resolver):
    """Resolves the fixtures' host names to their loopback addresses and fails every other name."""

    def __init__(self, hosts: dict[str, str]) -> None:
        super().__init__(allow_loopback=True)
        self.hosts = hosts

    async def _lookup(self, host: str) -> list[str] | Exception:
        addr = self.hosts.get(host)
        return [addr] if addr else DnsFailed(f"{host}: luar jaringan bench (offline)")


def _static(path: str) -> bool:
    """A page that is a static file (``/x.html``): a static server sends it whatever the query says."""
    return path.lower().endswith((".html", ".htm"))


def _held(url: str, ours: set[str]) -> bool:
    """Whether the fixture holds ``url``: one of its pages, a client-side route of one ('/#/ppid': the server
    sends the page, its script draws the route), or a query of a static one."""
    if url in ours or ("#" in url and url.partition("#")[0] in ours):
        return True
    parts = urlsplit(url)
    return bool(parts.query) and _static(parts.path) and f"{parts.scheme}://{parts.netloc}{_key(parts.path)}" in ours


def _ours(fx: "Fixture", origin: str) -> set[str]:
    """The absolute URLs of what the fixture holds as pages: its pages and HTML fragments."""
    served = [p for p, _ in fx.pages] + [p for p, _, t in fx.assets if t.startswith("text/html")]
    return {origin + _key(p) for p in served} | {normalise(origin + p) or "" for p in served}


def _keep(fx: "Fixture", sp: SitePages, origin: str, extra: Sequence[SitePages] = ()) -> SitePages:
    """Only what the fixture holds: its pages and HTML fragments (the start page first), fetched 200."""
    ours = _ours(fx, origin)
    fetches = [f for f in sp.fetches if f.kind is FetchKind.PAGE and f.status == 200
               and (_held(f.url, ours) or _held(f.final_url, ours))]
    pages = [p for p in sp.pages if _held(p.url, ours) or _held(p.fetch.url, ours)]
    for more in extra:  # pages the crawl did not reach (a trap cut, a link the fixture lacks): crawled alone
        have = {p.fetch.url for p in pages}
        pages += [p for p in more.pages if (_held(p.url, ours) or _held(p.fetch.url, ours)) and p.fetch.url not in have]
        fetches += [f for f in more.fetches if f.kind is FetchKind.PAGE and f.status == 200
                    and _held(f.url, ours) and f.url not in {g.url for g in fetches}]
    return replace(sp, fetches=tuple(fetches), pages=tuple(pages), audit_date=fx.audit_date)


async def _crawl_all(fixtures: Sequence["Fixture"], browser: bool, out: dict[str, SitePages],
                     workers: int = 1) -> None:
    server = FarmServer()
    hosts: dict[str, str] = {}
    for i, fx in enumerate(fixtures):
        addr = fixture_address(i)
        hosts[fixture_host(fx)] = addr
        server.add_site(addr, _app(fx), http=True)
    async with trio.open_nursery() as nursery:
        await server.start(nursery)
        try:
            fetcher = Fetcher(allow_loopback=True)
            fetcher.resolver = _OfflineResolver(hosts)
            send, receive = trio.open_memory_channel["Fixture"](len(fixtures))
            for fx in fixtures:
                send.send_nowait(fx)
            send.close()

            async def worker() -> None:
                # one browser per worker: a Renderer renders one page at a time, and most of a
                # script-built page's time is the page's own waits (settling, menus opening)
                async with Renderer(fetcher) as renderer:
                    async for fx in receive:
                        out[fx.slug] = await _crawl_one(fx, fetcher, renderer if browser else None,
                                                        f"http://{fixture_host(fx)}:{server.http_port}")

            async with fetcher, trio.open_nursery() as crawlers:
                for _ in range(max(1, min(workers, len(fixtures)))):
                    crawlers.start_soon(worker)
        finally:
            server.stop()


async def _crawl_one(fx: "Fixture", fetcher: Fetcher, renderer: Renderer | None, origin: str) -> SitePages:
    """One fixture crawled from its first page; pages the crawl did not reach are crawled alone."""

    async def crawl(start: str, settings: CrawlSettings) -> SitePages:
        site = Site(id=fx.slug, name=fx.name, level=fx.level, role="utama", parent=None,  # type: ignore[arg-type]
                    start_url=origin + start, settings=settings)
        return await crawl_site(site, fetcher, audit_date=fx.audit_date, renderer=renderer)

    sp = await crawl(fx.pages[0][0], SETTINGS)
    reached = {p.fetch.url for p in sp.pages} | {p.url for p in sp.pages}
    alone = replace(SETTINGS, max_pages=1, use_sitemap=False)
    extra = [await crawl(path, alone) for path, _ in fx.pages[1:] if origin + _key(path) not in reached]
    return _keep(fx, sp, origin, extra)


def crawl_fixtures(fixtures: Sequence["Fixture"], *, workers: int = WORKERS) -> dict[str, SitePages | Skipped]:
    """Each fixture's ``SitePages`` from a real crawl (browser where needed), or why it was skipped.

    ``workers`` fixtures are crawled at once, each with its own browser.  Crawls
    are cached for the process (keyed by the fixture's files), so scoring
    the same fixtures again only reruns the checks.
    """
    problem = browser_problem()
    browser = problem is None
    result: dict[str, SitePages | Skipped] = {}
    todo: list["Fixture"] = []
    keys: dict[str, tuple[str, bool]] = {}
    for fx in fixtures:
        if fx.script_built and not browser:
            result[fx.slug] = Skipped(fx.slug, f"script-built, no browser here: {problem}")
            continue
        keys[fx.slug] = (_digest(fx), browser)
        if keys[fx.slug] in _CACHE:
            result[fx.slug] = _CACHE[keys[fx.slug]]
        else:
            todo.append(fx)
    if todo:
        crawled: dict[str, SitePages] = {}
        trio.run(_crawl_all, todo, browser, crawled, workers)
        for slug, sp in crawled.items():
            _CACHE[keys[slug]] = sp
            result[slug] = sp
    return {fx.slug: result[fx.slug] for fx in fixtures}

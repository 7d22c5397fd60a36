"""A JavaScript-only farm site, audited through the browser, gets the verdicts of its static twin."""

from __future__ import annotations

import datetime as dt

import trio

from ppid_audit.checking import load_checks, run_checks
from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.crawl.browser import Renderer
from ppid_audit.farm import farm_defaults
from ppid_audit.farm.jsapp import static_twin
from ppid_audit.farm.server import FarmServer
from ppid_audit.farm.sites import SimSite, generate_farm
from ppid_audit.models import CrawlSettings, Site, SitePages

BASE = dt.date(2026, 11, 25)
PAGES = 30


def _site(sim: SimSite, port: int) -> Site:
    s = sim.spec
    base = f"http://{s.host}:{port}"
    return Site(id=s.id, name=s.name, level=s.level, role=s.role, parent=s.parent, start_url=base + s.start_path,
                scope=(f"{s.host}:{port}{s.prefix}",) if s.prefix else (), province=s.id[:2],
                settings=CrawlSettings(**{**farm_defaults(PAGES), "max_pages": 500}))  # type: ignore[arg-type]  # whole site


def _verdicts(site: Site, sp: SitePages) -> dict[tuple[str, str], str]:
    return {(o.check.id, r.item): str(r.status) for o in run_checks(load_checks(), site, sp) for r in o.results}


def _pair() -> tuple[SimSite, SimSite]:
    farm = generate_farm(12, 5, pages=PAGES, base_date=BASE)
    js = next(s for s in farm if s.spec.js_app)
    js.spec.https = "none"  # both plain http: the comparison is about the page, not TLS
    twin = SimSite(static_twin(js.spec, host="127.0.9.9", id=js.spec.id + ".twin"))
    return js, twin


def test_the_farm_has_a_javascript_only_site_marked_in_the_truth() -> None:
    js, twin = _pair()
    assert js.truth()["javascript_only"] and js.truth()["static_twin_of"] is None
    assert not twin.truth()["javascript_only"] and twin.truth()["static_twin_of"] == js.id
    assert [f.kind for f in js.spec.faults if f.kind == "js_app"] == ["js_app"]


async def test_javascript_only_site_gets_the_verdicts_of_its_static_twin(chromium: str) -> None:
    js, twin = _pair()
    server = FarmServer()
    for sim in (js, twin):
        server.add_site(sim.host, sim.app, http=True)
    async with trio.open_nursery() as nursery:
        await server.start(nursery)
        try:
            sites = {sim.id: _site(sim, server.http_port) for sim in (js, twin)}
            async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
                static_js = await crawl_site(sites[js.id], fetcher, audit_date=BASE)
                rendered_js = await crawl_site(sites[js.id], fetcher, renderer=renderer, audit_date=BASE)
                plain_twin = await crawl_site(sites[twin.id], fetcher, renderer=renderer, audit_date=BASE)
        finally:
            server.stop()
    # the static crawl sees one empty page; through the browser, the whole site
    assert len(static_js.pages) == 1 and static_js.pages[0].js_reason == "loader"
    home = rendered_js.pages[0]
    assert home.fetch.rendered == "loader" and home.nav_links
    assert renderer.rendered == 1  # only the home page needed the browser; the twin none
    assert not any(p.fetch.rendered for p in plain_twin.pages)
    assert {p.url.split("/", 3)[3] for p in rendered_js.pages} == {p.url.split("/", 3)[3] for p in plain_twin.pages}
    want = _verdicts(sites[twin.id], plain_twin)
    assert _verdicts(sites[js.id], rendered_js) == want
    assert _verdicts(sites[js.id], static_js) != want  # the comparison can fail

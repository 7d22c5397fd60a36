"""Rendering JavaScript-built pages through the crawl, the browser's requests answered by the Fetcher."""

from __future__ import annotations

import os
import signal

import trio

from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.crawl.browser import Renderer, RenderFailure
from ppid_audit.models import FetchKind

from crawl.conftest import make_site  # tests/crawl/
from crawl.servers import Req, Resp, html, serving

APP = """<!doctype html><html><head><title>PPID</title></head><body><div id="app"></div>
<img src="/logo.png"><script src="https://www.googletagmanager.com/gtag/js"></script>
<script>fetch('/api/menu.json').then(r => r.json()).then(d => {
  document.getElementById('app').innerHTML = d.items.map(i => '<a href="' + i[1] + '">' + i[0] + '</a>').join(' ');
});</script></body></html>"""
MENU = b'{"items": [["Informasi Berkala", "/berkala"], ["Profil PPID", "/profil"]]}'
REDIRECT = "<html><head><title>x</title><script>window.location.href = '/beranda';</script></head><body></body></html>"


def handler(req: Req) -> Resp:
    if req.path == "/":
        return html(APP)
    if req.path == "/api/menu.json":
        return Resp(headers=[("Content-Type", "application/json")], body=MENU)
    if req.path == "/pindah":
        return html(REDIRECT)
    if req.path == "/beranda":
        return html('<h1>Beranda</h1><nav><a href="/berkala">Berkala</a></nav>')
    if req.path in ("/berkala", "/profil"):
        return html(f"<h1>{req.path}</h1><p>isi</p>")
    if req.path == "/lambat":
        return html("<div id='app'></div><script>fetch('/api/lambat').then(r => r.text())</script>")
    if req.path == "/macet":  # the page's script never yields: the renderer hangs
        return html("<div id='app'></div><script>setTimeout(function () { for (;;) {} }, 0)</script>")
    if req.path == "/api/lambat":
        return Resp(hang=True)
    return Resp(404)


async def test_script_built_menu_is_rendered_and_followed(chromium: str) -> None:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            sp = await crawl_site(site, fetcher, renderer=renderer)
    home = sp.pages[0]
    assert home.fetch.rendered == "loader"
    assert [link.text for link in home.links] == ["Informasi Berkala", "Profil PPID"]
    assert {p.url.rsplit("/", 1)[1] for p in sp.pages} == {"", "berkala", "profil"}
    # the browser's requests went through our server via the Fetcher: JSON yes, image and tracker never
    paths = [r.path for r in server.requests]
    assert paths.count("/api/menu.json") == 1 and paths.count("/") == 1
    assert "/logo.png" not in paths
    assert home.render is not None and home.render.error is None
    assert home.render.requests == 1 and home.render.blocked >= 2
    assert renderer.rendered == 1


async def test_script_redirect_is_followed(chromium: str) -> None:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/pindah")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            sp = await crawl_site(site, fetcher, renderer=renderer)
    start = sp.pages[0]
    assert start.fetch.rendered == "js_redirect"
    assert start.url.endswith("/beranda") and start.headings[0].text == "Beranda"
    assert any(p.url.endswith("/berkala") for p in sp.pages)


async def test_private_address_guard_applies_to_the_browser(chromium: str) -> None:
    # allow_loopback=False: the Fetcher refuses the JSON the script wants, so the menu stays empty
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher:
            resp = await fetcher.fetch(site.start_url, site=site, kind=FetchKind.PAGE)
        async with Fetcher(allow_loopback=False) as guarded, Renderer(guarded, executable=chromium) as renderer:
            out = await renderer.render(resp, site)
    assert not isinstance(out, RenderFailure)
    assert 'href="/berkala"' not in out.html
    assert [r.path for r in server.requests] == ["/"]


async def test_hanging_request_is_cut_at_the_page_deadline(chromium: str) -> None:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", request_deadline=30.0)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium, page_deadline=2.0) as renderer:
            slow = await fetcher.fetch(site.start_url + "lambat", site=site, kind=FetchKind.PAGE)
            with trio.fail_after(30):  # the launch (up to ~3 s here) is not part of the page's 2 s
                out = await renderer.render(slow, site)
    assert not isinstance(out, RenderFailure) and out.elapsed < 4.0
    assert out.requests == 1


async def test_hung_browser_is_killed_and_restarted(chromium: str) -> None:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium, page_deadline=2.0) as renderer:
            hung = await fetcher.fetch(site.start_url + "macet", site=site, kind=FetchKind.PAGE)
            with trio.fail_after(30):
                out = await renderer.render(hung, site)
            assert isinstance(out, RenderFailure) and out.kind == "timeout"
            home = await fetcher.fetch(site.start_url, site=site, kind=FetchKind.PAGE)
            with trio.fail_after(30):
                again = await renderer.render(home, site)
    assert not isinstance(again, RenderFailure) and 'href="/berkala"' in again.html


async def test_browser_killed_mid_render_is_restarted(chromium: str) -> None:
    async def killer(renderer: Renderer) -> None:
        while not renderer.connected:
            await trio.sleep(0.05)
        await trio.sleep(0.5)  # the page waits for its JSON (3 s)
        assert renderer.pid is not None
        os.killpg(renderer.pid, signal.SIGKILL)

    def slow_handler(req: Req) -> Resp:
        if req.path == "/api/menu.json":
            return Resp(headers=[("Content-Type", "application/json")], body=MENU, delay=3.0)
        return handler(req)

    async with serving(slow_handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium, page_deadline=20.0) as renderer:
            home = await fetcher.fetch(site.start_url, site=site, kind=FetchKind.PAGE)
            with trio.fail_after(20):
                async with trio.open_nursery() as nursery:
                    nursery.start_soon(killer, renderer)
                    out = await renderer.render(home, site)
            assert isinstance(out, RenderFailure) and out.kind in ("crash", "error")
            with trio.fail_after(30):
                again = await renderer.render(home, site)
    assert not isinstance(again, RenderFailure) and 'href="/berkala"' in again.html
    assert renderer.restarts == 1


async def test_missing_browser_is_reported_not_raised() -> None:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable="/nonexistent/chromium") as renderer:
            assert not renderer.available
            sp = await crawl_site(site, fetcher, renderer=renderer)
    home = sp.pages[0]
    assert home.js_only and home.fetch.rendered is None
    assert home.render is not None and home.render.error == "browser_missing"


async def test_missing_browser_verdicts_are_auditor_errors_not_site_faults() -> None:
    from ppid_audit.checking import load_checks, run_checks
    from ppid_audit.models import Status

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable="/nonexistent/chromium") as renderer:
            sp = await crawl_site(site, fetcher, renderer=renderer)
    outcomes = run_checks(load_checks(), site, sp)
    results = [r for o in outcomes for r in o.results]
    missing = [r for r in results if "ppid-audit doctor" in r.message]
    assert missing and all(r.status is Status.ERROR for r in missing)
    assert not [r for r in results if r.status is Status.WARN and "perlu peramban" in r.message]


async def test_robots_txt_applies_to_the_browser(chromium: str) -> None:
    def robots_handler(req: Req) -> Resp:
        if req.path == "/robots.txt":
            return Resp(body=b"User-agent: *\nDisallow: /api/\n")
        return handler(req)

    async with serving(robots_handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", obey_robots=True)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            sp = await crawl_site(site, fetcher, renderer=renderer)
    home = sp.pages[0]
    assert home.fetch.rendered == "loader" and not home.links
    assert "/api/menu.json" not in [r.path for r in server.requests]


async def test_start_page_script_redirect_to_another_host_moves_the_site(chromium: str) -> None:
    async with serving(handler, host="127.0.0.2") as other:
        target = f"http://127.0.0.2:{other.port}/beranda"

        def start_handler(req: Req) -> Resp:
            return html(f"<html><head><title>x</title><script>location.replace('{target}');</script></head><body></body></html>")

        async with serving(start_handler) as server:
            site = make_site(f"http://127.0.0.1:{server.port}/")
            # loopback endpoints are reachable only when registered (a public host would simply be fetched)
            async with Fetcher(allow_loopback=True, registered=[target]) as fetcher, \
                    Renderer(fetcher, executable=chromium) as renderer:
                sp = await crawl_site(site, fetcher, renderer=renderer)
    assert sp.pages[0].fetch.rendered == "js_redirect" and sp.pages[0].url == target
    assert any(p.url == f"http://127.0.0.2:{other.port}/berkala" for p in sp.pages)  # crawled as a page of the site


async def test_inner_page_script_redirect_off_the_site_is_a_link_not_a_page(chromium: str) -> None:
    """/lapor whose script sends the visitor to SP4N LAPOR! while it loads: the page keeps its document and
    shows https://lapor.go.id/ as a link; lapor.go.id is not fetched as a page, no error page is recorded and
    the render does not wait for a "load" that never comes."""
    leaving = ("<html><head><title>Mengarahkan ke LAPOR!</title></head><body><h1>Mengarahkan ke LAPOR!</h1>"
               "<script>window.location.href = 'https://lapor.go.id/';</script></body></html>")

    def site_handler(req: Req) -> Resp:
        if req.path == "/":
            return html('<h1>Beranda</h1><nav><a href="/lapor">Lapor</a><a href="/berkala">Berkala</a></nav>')
        if req.path == "/lapor":
            return html(leaving)
        if req.path == "/berkala":
            return html("<h1>Berkala</h1><p>isi</p>")
        return Resp(404)

    async with serving(site_handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(30):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    lapor = next(p for p in sp.pages if p.url.endswith("/lapor"))
    assert lapor.fetch.rendered == "js_redirect" and lapor.render is not None and lapor.render.error is None
    assert "https://lapor.go.id/" in [link.url for link in lapor.links]
    assert lapor.render.seconds < 15
    assert all(p.url.startswith("http://127.0.0.1") for p in sp.pages)  # no chrome-error:// page
    # lapor.go.id is link-checked as any external link is, never fetched or rendered as a page of the site
    assert not any("lapor.go.id" in f.url and f.kind is FetchKind.PAGE for f in sp.fetches)


async def test_politeness_delay_applies_to_the_browser(chromium: str) -> None:
    seen: list[tuple[str, float]] = []
    page = ('<div id="app"></div><script src="/a.js"></script><script src="/b.js"></script>'
            "<script>fetch('/api/menu.json').then(r => r.json()).then(d => { document.getElementById('app').textContent = 'ok'; });</script>")

    def timed(req: Req) -> Resp:
        seen.append((req.path, trio.current_time()))
        if req.path.endswith(".js"):
            return Resp(headers=[("Content-Type", "text/javascript")], body=b"var x = 1;")
        return html(page) if req.path == "/" else handler(req)

    async with serving(timed) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", delay=0.6)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            resp = await fetcher.fetch(site.start_url, site=site, kind=FetchKind.PAGE)
            out = await renderer.render(resp, site)
    assert not isinstance(out, RenderFailure) and out.requests == 3
    times = [t for _, t in seen]
    assert [p for p, _ in seen][1:] == ["/a.js", "/b.js", "/api/menu.json"]
    assert all(b - a >= 0.25 for a, b in zip(times, times[1:]))  # the host's delay, jittered 0.5-1.5x

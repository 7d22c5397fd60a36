"""crawl_site end to end against loopback sites."""

from __future__ import annotations

import gzip
import ssl

import pytest
import trio
import trio.testing
import trustme

from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.models import Fetch, FetchKind, Page

from .conftest import make_site
from .servers import Req, Resp, html, serving


def _links(*paths: str) -> str:
    return "".join(f'<a href="{p}">{p}</a>' for p in paths)


async def test_small_site_pages_documents_external_and_robots(autojump_clock: trio.testing.MockClock) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/robots.txt":
            return Resp(body=b"User-agent: *\nDisallow: /admin\nSitemap: /peta.xml\n")
        if req.path == "/peta.xml":
            return Resp(headers=[("Content-Type", "application/xml")], body=b"<urlset><url><loc>/dari-sitemap</loc></url></urlset>")
        if req.path == "/":
            return html(_links("/profil", "/admin/rahasia", "/dok/DIP Tahun 2024.pdf", "/dok/hilang.pdf",
                               "mailto:ppid@x.go.id", "https://lapor.go.id/", "/profil#visi", "/profil?utm_source=wa"))
        if req.path == "/dok/DIP%20Tahun%202024.pdf":
            return Resp(headers=[("Content-Type", "application/pdf")], body=b"%PDF-1.4 ...")
        if req.path in ("/profil", "/dari-sitemap"):
            return html(_links("/", "/kontak"))
        if req.path == "/kontak":
            return html("<p>Kontak</p>")
        return Resp(404)

    seen: list[tuple[Fetch, Page | None]] = []

    async def on_fetch(fetch: Fetch, page: Page | None, body: bytes | None) -> None:
        seen.append((fetch, page))

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url("/"), obey_robots=True, use_sitemap=True, delay=1.0)
        # lapor.go.id must not be contacted from a test: pin it to a private address (blocked, never sent)
        fetcher.resolver.cache["lapor.go.id"] = ["10.0.0.5"]
        sp = await crawl_site(site, fetcher, on_fetch=on_fetch)
    assert sp.auditable and sp.reason is None and sp.start is not None and sp.start.ok
    assert "/admin/rahasia" not in srv.paths and srv.paths.count("/robots.txt") == 1
    page_urls = sorted(p.url.removeprefix(srv.url("")) for p in sp.pages)
    assert page_urls == ["/", "/dari-sitemap", "/kontak", "/profil"]
    by_url = {f.url.removeprefix(srv.url("")): f for f in sp.fetches}
    assert by_url["/admin/rahasia"].error == "robots"
    assert by_url["/dok/DIP%20Tahun%202024.pdf"].kind is FetchKind.DOCUMENT
    # HEAD first; a document this small (declared under archive_document_bytes) is then read whole for the archive
    assert by_url["/dok/DIP%20Tahun%202024.pdf"].status == 200 and by_url["/dok/DIP%20Tahun%202024.pdf"].method == "GET"
    assert by_url["/dok/hilang.pdf"].status == 404
    assert sp.fetch("https://lapor.go.id/").kind is FetchKind.EXTERNAL  # type: ignore[union-attr]
    assert sp.fetch("https://lapor.go.id/").error == "private_address"  # type: ignore[union-attr]
    assert srv.paths.count("/profil") == 1  # fragment and tracking variants are the same page
    assert sp.robots_txt is not None and "Disallow" in sp.robots_txt
    assert [f for f, _ in seen] == list(sp.fetches)  # streamed in order, every one
    assert [p for _, p in seen if p is not None] == list(sp.pages)
    assert sp.fetches[0].kind is FetchKind.ROBOTS


async def test_a_packed_crawl_holds_bytes_and_gives_back_the_same_pages(
        autojump_clock: trio.testing.MockClock) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/":
            return html("<title>Beranda</title>" + _links("/profil", "/dip", "/dok/a.pdf"))
        if req.path == "/dok/a.pdf":
            return Resp(headers=[("Content-Type", "application/pdf")], body=b"%PDF-1.4 ...")
        return html(f"<h1>{req.path}</h1>" + _links("/", "/kontak"))

    streamed: list[Page] = []

    async def on_fetch(fetch: Fetch, page: Page | None, body: bytes | None) -> None:
        if page is not None:
            assert page.fetch is fetch
            streamed.append(page)

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/")), fetcher, on_fetch=on_fetch, pack=True)
    assert sp.pages == () and len(sp.packed_pages) == sp.page_count == len(streamed) == 4
    assert all(isinstance(b, bytes) for b in sp.packed_pages)
    full = sp.unpacked()
    assert full.packed_pages == () and full.pages == tuple(streamed)  # same pages, same order
    assert all(any(p.fetch is f for f in full.fetches) for p in full.pages)  # each page's fetch is the recorded one
    assert full.start is full.pages[0].fetch and full.page(srv.url("/profil")) is not None


async def test_per_host_concurrency_during_crawl(autojump_clock: trio.testing.MockClock) -> None:
    async def handler(req: Req) -> Resp:
        await trio.sleep(0.05)
        if req.path == "/":
            return html(_links(*[f"/hal/{i}" for i in range(20)]))
        return html("<p>isi</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/"), per_host_concurrency=2), fetcher)
    assert len(sp.pages) == 21 and srv.max_active == 2


async def test_thousand_page_site_capped_at_max_pages(autojump_clock: trio.testing.MockClock) -> None:
    def handler(req: Req) -> Resp:
        n = int(req.path.strip("/").split("-")[-1] or 0) if req.path != "/" else 0
        return html(_links(*[f"/artikel-{n * 10 + k}" for k in range(1, 11) if n * 10 + k < 1000]))

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/"), max_pages=30, max_depth=10), fetcher)
    assert len(srv.requests) == 30 and len(sp.pages) == 30
    assert sp.budget_exhausted
    depths = [p.fetch.depth for p in sp.pages]
    assert depths == sorted(depths)  # breadth-first


async def test_calendar_trap_cut_once(autojump_clock: trio.testing.MockClock) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/agenda":
            b = int(req.query.get("bulan", ["1"])[0])
            t = int(req.query.get("tahun", ["2024"])[0])
            nxt = (b % 12 + 1, t + (b == 12))
            prv = ((b - 2) % 12 + 1, t - (b == 1))
            return html(_links(f"/agenda?bulan={nxt[0]}&tahun={nxt[1]}", f"/agenda?bulan={prv[0]}&tahun={prv[1]}"))
        return html(_links("/agenda?bulan=6&tahun=2024"))

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/"), max_pages=500, max_depth=1000), fetcher)
    traps = [f for f in sp.fetches if f.error == "trap"]
    assert len(traps) == 1 and traps[0].kind is FetchKind.PAGE and "/agenda?" in traps[0].url
    assert sum(1 for p in srv.paths if p.startswith("/agenda")) == 20
    assert traps[0].url not in {srv.url(p) for p in srv.paths}


async def test_hanging_page_does_not_stop_the_crawl(autojump_clock: trio.testing.MockClock) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/macet":
            return Resp(hang=True)
        if req.path == "/":
            return html(_links("/macet", "/a", "/b"))
        return html("<p>ok</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/"), request_deadline=20.0), fetcher)
    assert sp.fetch(srv.url("/macet")).error == "timeout"  # type: ignore[union-attr]
    assert {p.url for p in sp.pages} == {srv.url("/"), srv.url("/a"), srv.url("/b")}


async def test_cp1252_page_declared_utf8_still_yields_links() -> None:
    body = "<html><body><p>Informasi Publik – ‘Berkala’ é</p><a href='/informasi-berkala'>Berkala</a></body></html>"

    def handler(req: Req) -> Resp:
        if req.path == "/":
            return Resp(headers=[("Content-Type", "text/html; charset=utf-8")], body=body.encode("cp1252"))
        return html("<p>berkala</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/")), fetcher)
    assert srv.url("/informasi-berkala") in {p.url for p in sp.pages}
    assert sp.pages[0].fetch.encoding is not None


async def test_gzip_page_is_parsed(autojump_clock: trio.testing.MockClock) -> None:
    page = gzip.compress(b"<html><body><a href='/dip'>DIP</a></body></html>")

    def handler(req: Req) -> Resp:
        if req.path == "/":
            return Resp(headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body=page)
        return html("<p>dip</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/")), fetcher)
    assert [p.url for p in sp.pages] == [srv.url("/"), srv.url("/dip")]


async def test_start_refused_is_not_auditable() -> None:
    sock = trio.socket.socket()
    await sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    async with Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(f"http://127.0.0.1:{port}/"), fetcher)
    assert not sp.auditable and sp.reason == "koneksi ditolak"
    assert sp.start is not None and sp.start.error == "connect" and sp.pages == ()


async def test_start_404_and_non_html_are_not_auditable(autojump_clock: trio.testing.MockClock) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/pdf":
            return Resp(headers=[("Content-Type", "application/pdf")], body=b"%PDF")
        return Resp(404, headers=[("Content-Type", "text/html")], body=b"<p>tidak ada</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        gone = await crawl_site(make_site(srv.url("/")), fetcher)
        pdf = await crawl_site(make_site(srv.url("/pdf")), fetcher)
    assert not gone.auditable and gone.reason == "halaman awal mengembalikan HTTP 404"
    assert not pdf.auditable and "bukan HTML" in (pdf.reason or "")


async def test_site_deadline_sets_budget_exhausted(autojump_clock: trio.testing.MockClock) -> None:
    async def handler(req: Req) -> Resp:
        if req.path == "/":
            return html(_links(*[f"/p{i}" for i in range(50)]))
        await trio.sleep(10)
        return html("<p>lambat</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        sp = await crawl_site(make_site(srv.url("/"), site_deadline=25.0, request_deadline=60.0), fetcher)
    assert sp.auditable and sp.budget_exhausted
    cut = [f for f in sp.fetches if f.error == "budget"]
    assert 2 <= len(cut) <= 4  # jobs the workers held: two requests in flight, two waiting for a slot
    assert not {f.url for f in cut} & {p.url for p in sp.pages}
    assert (sp.finished_at - sp.started_at).total_seconds() < 5  # virtual time: no real waiting


async def test_on_fetch_error_stops_the_crawl(autojump_clock: trio.testing.MockClock) -> None:
    class Boom(Exception):
        pass

    calls = 0

    async def on_fetch(fetch: Fetch, page: Page | None, body: bytes | None) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise Boom

    async with serving(lambda req: html(_links(*[f"/p{i}" for i in range(40)]))) as srv:
        async with Fetcher(allow_loopback=True) as fetcher:
            with pytest.RaisesGroup(Boom, flatten_subgroups=True, allow_unwrapped=True):
                await crawl_site(make_site(srv.url("/")), fetcher, on_fetch=on_fetch)
    assert len(srv.requests) < 10


async def test_http_start_probes_https_and_https_tls_failure_falls_back_to_http(tmp_path) -> None:  # type: ignore[no-untyped-def]
    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    async with serving(lambda req: html("<p>tls</p>"), ssl_context=ctx) as tls_srv:
        async with serving(lambda req: html(_links("/a")), host="127.0.0.1") as plain:
            async with Fetcher(allow_loopback=True) as fetcher:
                # the https twin of the plain server's URL: same host and port, but TLS fails there
                https_start = plain.url("/").replace("http://", "https://")
                sp = await crawl_site(make_site(https_start), fetcher)
                bad_cert = await crawl_site(make_site(tls_srv.url("/")), fetcher)
                probed = await crawl_site(make_site(plain.url("/")), fetcher)
    assert sp.auditable and sp.start is not None and sp.start.url == plain.url("/")
    assert sp.fetch(https_start) is not None and sp.fetch(https_start).error in ("tls", "protocol", "connect")  # type: ignore[union-attr]
    assert not bad_cert.auditable and bad_cert.reason == "sertifikat TLS tidak valid"
    probes = [f for f in probed.fetches if f.kind is FetchKind.PROBE]
    assert len(probes) == 1 and probes[0].url.startswith("https://127.0.0.1:") and probes[0].error is not None


async def test_javascript_loaded_menu_fragment_is_crawled(autojump_clock: trio.testing.MockClock) -> None:
    """A navbar filled by fetch('/komponen/navbar.html') is followed as a plain URL."""

    def handler(req: Req) -> Resp:
        if req.path == "/":
            return html('<nav id="navbar-placeholder"></nav><script>fetch("/komponen/navbar.html")'
                        '.then(r => r.text()).then(t => document.getElementById("navbar-placeholder").innerHTML = t)</script>')
        if req.path == "/komponen/navbar.html":
            return html('<ul><li><a href="/informasi-berkala">Informasi Berkala</a></li></ul>')
        if req.path == "/informasi-berkala":
            return html("<h1>Informasi Berkala</h1>")
        return Resp(404)

    async with serving(handler) as server:
        async with Fetcher(allow_loopback=True) as fetcher:
            result = await crawl_site(make_site(server.url("/"), delay=0.0), fetcher)
    urls = {p.url.split(str(server.port))[-1] for p in result.pages}
    assert "/komponen/navbar.html" in urls and "/informasi-berkala" in urls


async def test_script_links_are_crawled_and_checked_like_anchors(autojump_clock: trio.testing.MockClock) -> None:
    """A menu of <span onclick="location.href=...">, a row that previews its PDF and a card that window.open()s
    an outside address: pages are crawled, documents and external links checked, as for <a href>."""

    def handler(req: Req) -> Resp:
        if req.path == "/":
            return html("<nav><ul><li><span onclick=\"location.href='/informasi-publik'\">Informasi Publik</span></li></ul></nav>"
                        "<div onclick=\"window.open('https://lapor.go.id/', '_blank')\">SP4N LAPOR!</div>")
        if req.path == "/informasi-publik":
            return html("<table><tr onclick=\"showPreview('/dok/DIP 2024.pdf', 'DIP 2024.pdf', this, '.pdf')\"><td>DIP 2024</td></tr>"
                        "<tr onclick=\"showPreview('/dok/hilang.pdf', 'hilang.pdf', this, '.pdf')\"><td>Hilang</td></tr></table>")
        if req.path == "/dok/DIP%202024.pdf":
            return Resp(headers=[("Content-Type", "application/pdf")], body=b"%PDF-1.4 ...")
        return Resp(404)

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        fetcher.resolver.cache["lapor.go.id"] = ["10.0.0.5"]  # never contacted from a test
        sp = await crawl_site(make_site(srv.url("/"), delay=0.0), fetcher)
    assert sorted(p.url.removeprefix(srv.url("")) for p in sp.pages) == ["/", "/informasi-publik"]
    by_url = {f.url.removeprefix(srv.url("")): f for f in sp.fetches}
    assert by_url["/dok/DIP%202024.pdf"].kind is FetchKind.DOCUMENT and by_url["/dok/DIP%202024.pdf"].status == 200
    assert by_url["/dok/hilang.pdf"].kind is FetchKind.DOCUMENT and by_url["/dok/hilang.pdf"].status == 404
    assert sp.fetch("https://lapor.go.id/").kind is FetchKind.EXTERNAL  # type: ignore[union-attr]

"""The Fetcher against real loopback servers: redirects, timeouts, caps, retries, TLS, safety."""

from __future__ import annotations

import gzip
import ssl

import pytest
import trio
import trustme

from ppid_audit.crawl import Fetcher
from ppid_audit.crawl.netsafe import DnsFailed
from ppid_audit.models import FetchFailure, FetchKind

from .conftest import make_site
from .servers import Req, Resp, html, serving


async def test_redirect_chain_recorded() -> None:
    def handler(req: Req) -> Resp:
        hops = {"/a": "/b", "/b": "c", "/c": "/final"}
        if req.path in hops:
            return Resp(301 if req.path == "/a" else 302, headers=[("Location", hops[req.path])])
        return html("<p>akhir</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        fetch, body = await fetcher.get(srv.url("/a"), site=make_site(srv.url()), kind=FetchKind.PAGE)
    assert fetch.ok and body is not None and b"akhir" in body
    assert [(r.url, r.status) for r in fetch.redirects] == [
        (srv.url("/a"), 301), (srv.url("/b"), 302), (srv.url("/c"), 302)
    ]
    assert fetch.final_url == srv.url("/final") and fetch.url == srv.url("/a")
    assert fetch.content_type == "text/html" and fetch.digest and fetch.digest.startswith("sha256:")


async def test_redirect_loop_and_too_many() -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/robots.txt":
            return Resp(404)
        if req.path == "/loop1":
            return Resp(302, headers=[("Location", "/loop2")])
        if req.path == "/loop2":
            return Resp(302, headers=[("Location", "/loop1")])
        n = int(req.query.get("n", ["0"])[0])
        return Resp(302, headers=[("Location", f"/more?n={n + 1}")])

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url(), max_redirects=5)
        with trio.fail_after(10):
            loop, body = await fetcher.get(srv.url("/loop1"), site=site, kind=FetchKind.PAGE)
            many, _ = await fetcher.get(srv.url("/more"), site=site, kind=FetchKind.PAGE)
    assert loop.error == "redirect_loop" and body is None and len(loop.redirects) == 2
    assert many.error == "too_many_redirects" and len(many.redirects) == 6
    assert len(srv.requests) == 2 + 6  # every hop, nothing more


async def test_hanging_page_times_out(autojump_clock: trio.testing.MockClock) -> None:
    async with serving(lambda req: Resp(hang=True)) as srv, Fetcher(allow_loopback=True) as fetcher:
        fetch, body = await fetcher.get(srv.url("/"), site=make_site(srv.url(), request_deadline=5.0), kind=FetchKind.PAGE)
    assert fetch.error == "timeout" and body is None


async def test_trickling_body_times_out_at_request_deadline(autojump_clock: trio.testing.MockClock) -> None:
    async def trickle():  # type: ignore[no-untyped-def]
        for _ in range(10_000):
            yield b"x"
            await trio.sleep(1.0)  # one byte a second: no per-read timeout ever fires

    async with serving(lambda req: Resp(headers=[("Content-Type", "text/html")], stream=trickle)) as srv:
        async with Fetcher(allow_loopback=True) as fetcher:
            site = make_site(srv.url(), request_deadline=30.0, read_timeout=5.0)
            start = trio.current_time()
            fetch, _ = await fetcher.get(srv.url("/"), site=site, kind=FetchKind.PAGE)
            took = trio.current_time() - start
    assert fetch.error == "timeout" and fetch.status == 200
    assert 29.0 <= took <= 31.0


async def test_size_caps_declared_undeclared_and_gzip_bomb() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)  # ~50 KB on the wire, 50 MB inflated

    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(100):
            yield b"<p>" + b"a" * 10_000 + b"</p>"

    def handler(req: Req) -> Resp:
        if req.path == "/declared":
            return Resp(raw=b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999999\r\n\r\n<p>hi</p>")
        if req.path == "/chunked":
            return Resp(headers=[("Content-Type", "text/html")], stream=chunks)
        return Resp(headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body=bomb)

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url(), max_body_bytes=100_000)
        declared, body = await fetcher.get(srv.url("/declared"), site=site, kind=FetchKind.PAGE)
        chunked, cbody = await fetcher.get(srv.url("/chunked"), site=site, kind=FetchKind.PAGE)
        bombed, bbody = await fetcher.get(srv.url("/bomb"), site=site, kind=FetchKind.PAGE)
    assert declared.error == "too_large" and declared.declared_size == 99999999 and declared.size == 0 and body is None
    assert chunked.error == "too_large" and chunked.truncated and chunked.size == 100_000
    assert cbody is not None and len(cbody) == 100_000
    assert bombed.error == "too_large" and bombed.truncated and bombed.size == 100_000
    assert bbody == b"\0" * 100_000


async def test_retry_on_503_honours_retry_after(autojump_clock: trio.testing.MockClock) -> None:
    times: list[float] = []

    def handler(req: Req) -> Resp:
        times.append(trio.current_time())
        if len(times) < 3:
            return Resp(503, headers=[("Retry-After", "7")])
        return html("<p>ok</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        fetch, _ = await fetcher.get(srv.url("/"), site=make_site(srv.url(), retries=2), kind=FetchKind.PAGE)
    assert fetch.status == 200 and len(times) == 3
    assert [round(b - a) for a, b in zip(times, times[1:])] == [7, 7]


async def test_retry_after_too_long_records_the_503(autojump_clock: trio.testing.MockClock) -> None:
    async with serving(lambda req: Resp(503, headers=[("Retry-After", "3600")])) as srv:
        async with Fetcher(allow_loopback=True) as fetcher:
            site = make_site(srv.url(), retries=3, max_retry_after=60)
            fetch, _ = await fetcher.get(srv.url("/"), site=site, kind=FetchKind.PAGE)
    assert fetch.status == 503 and fetch.error is None and len(srv.requests) == 1


async def test_retry_on_dropped_connection_with_backoff(autojump_clock: trio.testing.MockClock) -> None:
    calls: list[float] = []

    def handler(req: Req) -> Resp:
        calls.append(trio.current_time())
        return Resp(drop=True) if len(calls) < 2 else html("<p>ok</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        fetch, _ = await fetcher.get(srv.url("/"), site=make_site(srv.url(), retries=2), kind=FetchKind.PAGE)
    assert fetch.ok and len(calls) == 2 and 0.5 <= calls[1] - calls[0] <= 1.5


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _server_ctx(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


async def test_tls_untrusted_then_trusted_with_ca_bundle(ca: trustme.CA, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    async with serving(lambda req: html("<p>aman</p>"), ssl_context=_server_ctx(ca)) as srv:
        site = make_site(srv.url())
        async with Fetcher(allow_loopback=True) as fetcher:
            bad, body = await fetcher.get(srv.url("/"), site=site, kind=FetchKind.PAGE)
        async with Fetcher(allow_loopback=True, ca_bundle=bundle) as fetcher:
            good, _ = await fetcher.get(srv.url("/"), site=site, kind=FetchKind.PAGE)
    assert bad.error == "tls" and body is None and "sertifikat" in (bad.error_detail or "")
    assert good.ok


async def test_private_addresses_never_contacted() -> None:
    async with serving(lambda req: html("<p>x</p>")) as srv:
        site = make_site(srv.url())
        async with Fetcher(allow_loopback=True) as fetcher:
            # a name that "resolves" to a private address (seeded: no real DNS in tests)
            fetcher.resolver.cache["intranet.example.go.id"] = ["10.0.0.5"]
            literal, _ = await fetcher.get("http://10.0.0.5/", site=site, kind=FetchKind.PAGE)
            named = await fetcher.check_link("http://intranet.example.go.id/", site=site, kind=FetchKind.EXTERNAL)
            for url in ["http://192.168.1.1/", "http://169.254.169.254/latest", "http://[fe80::1]/", "http://100.64.0.1/", "http://0.0.0.0/"]:
                f, _ = await fetcher.get(url, site=site, kind=FetchKind.EXTERNAL)
                assert f.error == "private_address", url
        async with Fetcher(allow_loopback=False) as strict:
            loop, _ = await strict.get(srv.url("/"), site=site, kind=FetchKind.PAGE)
    assert literal.error == "private_address" and literal.status is None
    assert named.error == "private_address"
    assert loop.error == "private_address"
    assert srv.requests == []


async def test_redirect_to_private_address_blocked() -> None:
    async with serving(lambda req: Resp(302, headers=[("Location", "http://10.0.0.5/admin")])) as srv:
        async with Fetcher(allow_loopback=True) as fetcher:
            f, _ = await fetcher.get(srv.url("/"), site=make_site(srv.url()), kind=FetchKind.PAGE)
    assert f.error == "private_address" and f.final_url == "http://10.0.0.5/admin" and len(f.redirects) == 1


async def test_dns_failure_and_refused_connection() -> None:
    listener = trio.socket.socket()
    await listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    site = make_site(f"http://127.0.0.1:{port}/")
    async with Fetcher(allow_loopback=True) as fetcher:
        fetcher.resolver.cache["tidak-ada.example.go.id"] = DnsFailed("tidak-ada.example.go.id: not known")
        dns, _ = await fetcher.get("http://tidak-ada.example.go.id/", site=site, kind=FetchKind.PAGE)
        refused, _ = await fetcher.get(site.start_url, site=site, kind=FetchKind.PAGE)
    assert dns.error == "dns"
    assert refused.error == "connect" and refused.error_detail


async def test_check_link_head_404_and_head_refused_fallback() -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/robots.txt":
            return Resp(404)
        if req.path == "/hilang.pdf":
            return Resp(404)
        if req.method == "HEAD":
            return Resp(405)
        assert req.headers.get("range") == "bytes=0-1023"
        return Resp(206, headers=[("Content-Type", "application/pdf"), ("Content-Range", "bytes 0-1023/2048000")], body=b"%PDF" + b"x" * 1020)

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url())
        missing = await fetcher.check_link(srv.url("/hilang.pdf"), site=site, kind=FetchKind.DOCUMENT)
        ranged = await fetcher.check_link(srv.url("/dip.pdf"), site=site, kind=FetchKind.DOCUMENT)
        again = await fetcher.check_link(srv.url("/dip.pdf"), site=site, kind=FetchKind.DOCUMENT)
    assert missing.status == 404 and missing.method == "HEAD" and missing.kind is FetchKind.DOCUMENT
    assert ranged.status == 206 and ranged.method == "GET" and ranged.declared_size == 2048000
    assert ranged.content_type == "application/pdf" and ranged.error is None
    assert again.status == 206
    assert [(r.method, r.path) for r in srv.requests] == [("HEAD", "/hilang.pdf"), ("HEAD", "/dip.pdf"), ("GET", "/dip.pdf")]


async def test_robots_5xx_allows_all_and_disallow_is_respected() -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/robots.txt":
            return Resp(503) if req.host == "127.0.0.1" else Resp(200, body=b"User-agent: *\nDisallow: /rahasia\n")
        return html("<p>ok</p>")

    async with serving(handler) as down, serving(handler, host="127.0.0.2") as up:
        async with Fetcher(allow_loopback=True) as fetcher:
            site_down, site_up = make_site(down.url(), obey_robots=True), make_site(up.url(), obey_robots=True)
            a, _ = await fetcher.get(down.url("/rahasia"), site=site_down, kind=FetchKind.PAGE)
            b, _ = await fetcher.get(up.url("/rahasia/x"), site=site_up, kind=FetchKind.PAGE)
            c, _ = await fetcher.get(up.url("/boleh"), site=site_up, kind=FetchKind.PAGE)
            extra = fetcher.take_extra("64.72")
    assert a.ok and b.error == "robots" and c.ok
    assert "/rahasia/x" not in up.paths and up.paths.count("/robots.txt") == 1
    assert sorted(f.status or 0 for f in extra) == [200, 503] and all(f.kind is FetchKind.ROBOTS for f in extra)
    note = next(f for f in extra if f.status == 503)
    assert note.error is None and "semua diizinkan" in (note.error_detail or "")


async def test_connections_go_to_the_pinned_addresses() -> None:
    # "ppid.contoh.go.id" does not exist in real DNS: reaching the server proves httpx
    # connects to the address our resolver checked, not to what it would look up itself.
    async with serving(lambda req: html("<p>terpin</p>")) as srv, Fetcher(allow_loopback=True) as fetcher:
        fetcher.resolver.cache["ppid.contoh.go.id"] = ["127.0.0.1"]
        url = f"http://ppid.contoh.go.id:{srv.port}/"
        fetch, body = await fetcher.get(url, site=make_site(url), kind=FetchKind.PAGE)
    assert fetch.ok and body is not None and b"terpin" in body
    assert srv.requests[0].headers["host"] == f"ppid.contoh.go.id:{srv.port}"


async def test_loopback_only_reaches_the_registered_sites() -> None:
    async with (
        serving(lambda req: html("<p>situs</p>")) as site_srv,
        serving(lambda req: html("<p>terdaftar</p>"), host="127.0.0.2") as other_site,
        serving(lambda req: html("<p>panel admin</p>")) as hostile_target,
    ):
        site = make_site(site_srv.url())
        async with Fetcher(allow_loopback=True, registered=[site_srv.url(), other_site.url()]) as fetcher:
            own, _ = await fetcher.get(site_srv.url("/a"), site=site, kind=FetchKind.PAGE)
            registered = await fetcher.check_link(other_site.url("/b"), site=site, kind=FetchKind.EXTERNAL)
            hostile = await fetcher.check_link(hostile_target.url("/admin"), site=site, kind=FetchKind.EXTERNAL)
            by_name = await fetcher.check_link(
                f"http://localhost:{hostile_target.port}/", site=site, kind=FetchKind.EXTERNAL
            )
    assert own.ok and registered.error is None and registered.status == 200
    assert hostile.error is FetchFailure.PRIVATE_ADDRESS and "127.0.0.1" in (hostile.error_detail or "")
    assert by_name.error is FetchFailure.PRIVATE_ADDRESS
    assert hostile_target.requests == []


async def test_a_redirect_to_an_unregistered_loopback_port_is_refused() -> None:
    async with serving(lambda req: html("<p>x</p>")) as target:
        async with serving(lambda req: Resp(302, headers=[("Location", target.url("/"))])) as srv:
            async with Fetcher(allow_loopback=True) as fetcher:  # only the fetched site is registered
                f, _ = await fetcher.get(srv.url("/"), site=make_site(srv.url()), kind=FetchKind.PAGE)
    assert f.error is FetchFailure.PRIVATE_ADDRESS and len(f.redirects) == 1 and target.requests == []

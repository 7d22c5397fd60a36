"""HostPools: one connection pool per origin, idle pools closed (regressions of the crawl benchmark)."""

from __future__ import annotations

import ast
import ssl
from pathlib import Path

import httpcore
import httpx
import pytest
import trio

import ppid_audit.crawl
from ppid_audit.crawl import Fetcher
from ppid_audit.crawl.netsafe import AddressBlocked
from ppid_audit.crawl.transport import HostPools, map_exceptions
from ppid_audit.models import FetchFailure, FetchKind

from .conftest import make_site
from .servers import Req, Resp, html, serving


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_each_origin_gets_its_own_pool_and_keeps_its_connection() -> None:
    async with (
        serving(lambda req: html("<p>a</p>"), host="127.0.0.1") as a,
        serving(lambda req: html("<p>b</p>"), host="127.0.0.2") as b,
        Fetcher(allow_loopback=True) as fetcher,
    ):
        for srv in (a, b, a, b, a, b):
            fetch, _ = await fetcher.get(srv.url("/"), site=make_site(srv.url()), kind=FetchKind.PAGE)
            assert fetch.ok, fetch
        assert fetcher.transport is not None
        assert fetcher.transport.open_pools == 2
        assert fetcher.transport.connections() == 2
        transport = fetcher.transport
    assert a.connections == 1 and b.connections == 1  # keep-alive within each host's pool
    assert transport.open_pools == 0 and transport.pools_closed == 2  # closed with the Fetcher


async def test_idle_pools_are_closed_but_busy_ones_kept() -> None:
    clock = FakeClock()
    transport = HostPools(ssl_context=ssl.create_default_context(), keepalive_expiry=5.0, sweep_every=1.0, clock=clock)
    big = "<p>" + "x" * 200_000 + "</p>"
    async with (
        serving(lambda req: html("<p>a</p>"), host="127.0.0.1") as a,
        serving(lambda req: html(big), host="127.0.0.2") as b,
        serving(lambda req: html("<p>c</p>"), host="127.0.0.3") as c,
        httpx.AsyncClient(transport=transport) as client,
    ):
        assert (await client.get(a.url("/"))).status_code == 200
        async with client.stream("GET", b.url("/")) as streaming:  # body not read yet: busy
            clock.now += 6.0
            assert (await client.get(c.url("/"))).status_code == 200
            assert transport.open_pools == 2  # a's idle pool closed, b's busy one kept
            assert transport.pools_closed == 1
            await streaming.aread()
        clock.now += 0.5
        assert (await client.get(c.url("/"))).status_code == 200
        assert transport.open_pools == 2  # swept at most once a second and b used 0.5 s ago
        clock.now += 6.0
        assert await transport.sweep() == 2
        assert transport.open_pools == 0 and transport.connections() == 0
        assert (await client.get(a.url("/x"))).status_code == 200  # a closed pool reopens on demand
        assert transport.pools_opened == 4
        with trio.fail_after(5):
            while a.connections < 2:  # the swept pool's socket was closed: a new one was needed
                await trio.sleep(0.01)


def test_httpcore_exceptions_become_the_matching_httpx_ones() -> None:
    request = httpx.Request("GET", "http://ppid.contoh.go.id/")
    cases = [
        (httpcore.ConnectTimeout("t"), httpx.ConnectTimeout),
        (httpcore.ReadTimeout("t"), httpx.ReadTimeout),
        (httpcore.PoolTimeout("t"), httpx.PoolTimeout),
        (httpcore.ConnectError("refused"), httpx.ConnectError),
        (httpcore.ReadError("reset"), httpx.ReadError),
        (httpcore.RemoteProtocolError("bad"), httpx.RemoteProtocolError),
        (httpcore.LocalProtocolError("bad"), httpx.LocalProtocolError),
        (httpcore.UnsupportedProtocol("ftp"), httpx.UnsupportedProtocol),
    ]
    for source, target in cases:
        with pytest.raises(httpx.TransportError) as caught:
            with map_exceptions(request):
                raise source
        assert type(caught.value) is target and caught.value.__cause__ is source
        assert caught.value.request is request
    blocked = AddressBlocked("10.0.0.5 adalah alamat jaringan privat/khusus")
    with pytest.raises(AddressBlocked):  # our own errors pass through unchanged
        with map_exceptions(request):
            raise blocked
    assert blocked.kind is FetchFailure.PRIVATE_ADDRESS


def _private_uses(path: Path) -> list[str]:
    """Attribute accesses ``x._name`` where ``x`` is not ``self``: someone else's internals."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                out.append(f"{path.name}:{node.lineno}: .{node.attr}")
    return out


def test_the_network_layer_uses_only_public_httpx_and_httpcore_apis() -> None:
    crawl = Path(ppid_audit.crawl.__file__).parent
    assert [use for f in sorted(crawl.glob("*.py")) for use in _private_uses(f)] == []
    for module in (httpx, httpcore):  # every name we take from them is in their public __all__
        used = set()
        for f in crawl.glob("*.py"):
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == module.__name__:
                    used.add(node.attr)
        assert used and used <= set(module.__all__), used - set(module.__all__)


async def test_bodiless_answers_and_small_redirects_keep_their_connection() -> None:
    """A HEAD, a 304 and a small redirect are read to their end, so the next request reuses the connection."""

    def handler(req: Req) -> Resp:
        if req.path == "/lama":
            return Resp(301, headers=[("Location", "/baru")], body=b"<a href=/baru>moved</a>")
        if req.path == "/besar-pindah":  # a redirect with a big body: not worth reading, the connection goes
            return Resp(302, headers=[("Location", "/baru")], body=b"x" * 100_000)
        if req.headers.get("if-none-match") == '"v1"':
            return Resp(304, headers=[("ETag", '"v1"')])
        return Resp(200, headers=[("Content-Type", "application/pdf"), ("Content-Length", "9000000")]) if req.method == "HEAD" \
            else html("<p>baru</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url())
        for name in ("a.pdf", "b.pdf", "c.pdf"):
            checked = await fetcher.check_link(srv.url("/" + name), site=site, kind=FetchKind.DOCUMENT)
            assert checked.status == 200 and checked.method == "HEAD"
        moved, body = await fetcher.get(srv.url("/lama"), site=site, kind=FetchKind.PAGE)
        assert moved.status == 200 and moved.final_url == srv.url("/baru") and body and b"baru" in body
        same = await fetcher.fetch(srv.url("/baru"), site=site, kind=FetchKind.PAGE, headers={"If-None-Match": '"v1"'})
        assert same.fetch.status == 304
        assert srv.connections == 1  # five requests, one connection
        big, _ = await fetcher.get(srv.url("/besar-pindah"), site=site, kind=FetchKind.PAGE)
        assert big.status == 200 and big.redirects[0].status == 302
    assert srv.connections == 2

"""HostPools: one connection pool per origin, idle pools closed (regressions of the crawl benchmark)."""

from __future__ import annotations

import ssl

import httpx
import trio

from ppid_audit.crawl import Fetcher
from ppid_audit.crawl.transport import HostPools
from ppid_audit.models import FetchKind

from .conftest import make_site
from .servers import html, serving


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

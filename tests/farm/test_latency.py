"""The farm's latency option and the counters that prove a crawler's per-host limits."""

from __future__ import annotations

import math

import httpx
import pytest
import trio
import trio.testing

from ppid_audit.farm.http import FarmRequest, FarmResponse
from ppid_audit.farm.latency import Latency, parse_latency
from ppid_audit.farm.server import FarmServer

A, B = "127.0.78.1", "127.0.78.2"


async def page(request: FarmRequest) -> FarmResponse:
    return FarmResponse(headers=[("Content-Type", "text/plain")], body=b"ok")


def test_parse_latency() -> None:
    assert parse_latency("100-800") == Latency(0.1, 0.8)
    assert parse_latency(" 250 ms", seed=3) == Latency(0.25, 0.25, 3)
    assert parse_latency("100-800").label() == "100-800"
    for bad in ("", "fast", "800-100", "-5", "1-2-3"):
        with pytest.raises(ValueError):
            parse_latency(bad)


def test_latency_is_uniform_in_range_and_fixed_per_seed_and_url() -> None:
    lat = Latency(0.1, 0.8, seed=1)
    delays = [lat.of(A, "GET", f"/p{i}") for i in range(2000)]
    assert all(0.1 <= d <= 0.8 for d in delays)
    assert abs(sum(delays) / len(delays) - 0.45) < 0.02  # uniform: the mean is the middle
    assert min(delays) < 0.12 and max(delays) > 0.78
    assert delays == [lat.of(A, "GET", f"/p{i}") for i in range(2000)]  # same seed and URL: same delay
    assert Latency(0.1, 0.8, seed=2).of(A, "GET", "/p1") != lat.of(A, "GET", "/p1")
    assert lat.of(B, "GET", "/p1") != lat.of(A, "GET", "/p1")
    assert Latency(0.3, 0.3).of(A, "GET", "/") == 0.3


async def _serve(server: FarmServer, nursery: trio.Nursery) -> None:
    for host in (A, B):
        server.add_site(host, page)
    await server.start(nursery)


async def test_slow_answers_overlap_the_server_is_not_the_bottleneck(
        autojump_clock: trio.testing.MockClock) -> None:
    server = FarmServer(latency=Latency(0.5, 0.5))
    async with trio.open_nursery() as nursery, httpx.AsyncClient(trust_env=False) as http:
        await _serve(server, nursery)
        start = trio.current_time()
        async with trio.open_nursery() as clients:
            for i in range(40):
                clients.start_soon(http.get, server.url(A if i % 2 else B, f"/p{i}"))
        elapsed = trio.current_time() - start
        server.stop()
    assert 0.5 <= elapsed < 1.0  # 40 answers of 0.5 s each, all waiting at once (20 s one after another)
    assert server.stats(A).max_concurrent == 20 and server.stats(A).requests == 20
    assert server.stats(A).latency_s == pytest.approx(10.0)
    assert server.stats(A).busy_s >= 10.0


async def test_counters_prove_concurrency_and_spacing(autojump_clock: trio.testing.MockClock) -> None:
    server = FarmServer()
    async with trio.open_nursery() as nursery, httpx.AsyncClient(trust_env=False) as http:
        await _serve(server, nursery)
        for i in range(5):  # A: one request every 0.3 s
            await http.get(server.url(A, f"/p{i}"))
            await trio.sleep(0.3)
        async with trio.open_nursery() as burst:  # B: three at once
            for i in range(3):
                burst.start_soon(http.get, server.url(B, f"/p{i}"))
        server.stop()
    a, b = server.stats(A), server.stats(B)
    assert a.requests == 5 and a.max_concurrent == 1
    assert 0.299 <= a.min_gap < 0.35 and a.mean_gap() == pytest.approx(a.min_gap, abs=0.02)
    assert a.within(concurrency=1, min_gap=0.3) and not a.within(concurrency=1, min_gap=0.5)
    assert len(a.gaps()) == 4 and a.max_in_window(1.0) == 4 and a.max_in_window(0.25) == 1
    assert b.max_concurrent == 3 and b.min_gap < 0.01
    assert not b.within(concurrency=2, min_gap=0.0) and not b.within(concurrency=3, min_gap=0.1)
    server.reset_stats()
    assert a.min_gap == math.inf and a.mean_gap() is None and a.busy_s == 0.0 and a.starts == []

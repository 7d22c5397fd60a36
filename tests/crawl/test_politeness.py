"""Concurrency bounds, pacing, AutoThrottle, and the httpx pool-leak regression."""

from __future__ import annotations

import random

import pytest
import trio
import trio.testing

from ppid_audit.crawl import Fetcher
from ppid_audit.crawl.politeness import HostGate
from ppid_audit.models import FetchKind

from .conftest import make_site
from .servers import Req, Resp, html, serving


async def _slow(req: Req) -> Resp:
    await trio.sleep(0.05)
    return html("<p>lambat</p>")


async def test_per_host_concurrency_never_exceeded(autojump_clock: trio.testing.MockClock) -> None:
    async with serving(_slow) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url(), per_host_concurrency=2)
        results = []

        async def one(i: int) -> None:
            f, _ = await fetcher.get(srv.url(f"/p{i}"), site=site, kind=FetchKind.PAGE)
            results.append(f)

        async with trio.open_nursery() as n:
            for i in range(20):
                n.start_soon(one, i)
    assert len(srv.requests) == 20 and all(f.ok for f in results)
    assert srv.max_active == 2


async def test_host_key_ignores_port(autojump_clock: trio.testing.MockClock) -> None:
    async with serving(_slow) as a, serving(_slow) as b:
        async with Fetcher(allow_loopback=True, registered=[a.url(), b.url()]) as fetcher:
            site = make_site(a.url(), per_host_concurrency=1)
            async with trio.open_nursery() as n:
                for i in range(6):
                    srv = a if i % 2 else b
                    n.start_soon(lambda u: fetcher.get(u, site=site, kind=FetchKind.PAGE), srv.url(f"/{i}"))
    # one slot for host 127.0.0.1, whatever the port: never both servers busy at once
    assert a.max_active == 1 and b.max_active == 1
    assert len(a.requests) + len(b.requests) == 6


async def test_global_limit_across_hosts(autojump_clock: trio.testing.MockClock) -> None:
    state = {"active": 0, "max": 0}

    async def handler(req: Req) -> Resp:
        state["active"] += 1
        state["max"] = max(state["max"], state["active"])
        try:
            await trio.sleep(0.05)
        finally:
            state["active"] -= 1
        return html("<p>x</p>")

    async with serving(handler, host="127.0.0.2") as s2, serving(handler, host="127.0.0.3") as s3, serving(
        handler, host="127.0.0.4"
    ) as s4:
        async with Fetcher(allow_loopback=True, max_connections=3) as fetcher:
            async with trio.open_nursery() as n:
                for srv in (s2, s3, s4):
                    site = make_site(srv.url(), per_host_concurrency=2)
                    for i in range(8):
                        n.start_soon(lambda u, s: fetcher.get(u, site=s, kind=FetchKind.PAGE), srv.url(f"/{i}"), site)
    assert state["max"] == 3
    assert max(s.max_active for s in (s2, s3, s4)) <= 2


async def test_delay_between_starts_is_jittered(autojump_clock: trio.testing.MockClock) -> None:
    starts: list[float] = []

    def handler(req: Req) -> Resp:
        starts.append(trio.current_time())
        return html("<p>x</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url(), per_host_concurrency=2, delay=2.0)
        async with trio.open_nursery() as n:
            for i in range(8):
                n.start_soon(lambda u: fetcher.get(u, site=site, kind=FetchKind.PAGE), srv.url(f"/{i}"))
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(gaps) == 7
    assert all(0.99 <= g <= 3.01 for g in gaps), gaps
    assert len({round(g, 3) for g in gaps}) > 1  # jittered, not a fixed beat


def test_autothrottle_raises_toward_latency_and_never_lowers_on_errors() -> None:
    gate = HostGate("x", concurrency=2, delay=1.0, rng=random.Random(1))
    gate.feedback(8.0, ok=True)  # target 4 s
    assert gate.delay == 4.0
    gate.feedback(0.1, ok=False)  # a fast error must not speed us up
    assert gate.delay == 4.0
    gate.feedback(0.1, ok=True)
    assert 1.0 <= gate.delay < 4.0
    for _ in range(50):
        gate.feedback(0.01, ok=True)
    assert gate.delay == 1.0  # never below the configured delay
    gate.raise_floor(5.0)  # robots.txt Crawl-delay
    gate.feedback(0.01, ok=True)
    assert gate.delay == 5.0


async def test_pool_does_not_leak_when_requests_are_cancelled() -> None:
    """Regression for httpcore #1093: churn of cancelled requests, then a normal one."""

    async def handler(req: Req) -> Resp:
        if req.path == "/fast":
            return html("<p>cepat</p>")
        await trio.sleep(0.03)
        return html("<p>lambat</p>")

    rng = random.Random(7)
    async with serving(handler) as srv, Fetcher(allow_loopback=True, max_connections=5) as fetcher:
        site = make_site(srv.url(), per_host_concurrency=50)

        deadline = trio.current_time() + 2.5  # about 1.5 s of this churn leaks all 5 slots of a bounded pool

        async def churn() -> None:
            for _ in range(300):
                if trio.current_time() > deadline:
                    return
                with trio.move_on_after(rng.uniform(0.001, 0.030)):
                    await fetcher.get(srv.url("/slow"), site=site, kind=FetchKind.PAGE)

        async with trio.open_nursery() as n:
            for _ in range(20):
                n.start_soon(churn)
        with trio.fail_after(5):  # a leaked pool never answers (PoolTimeout or a hang)
            fetch, body = await fetcher.get(srv.url("/fast"), site=site, kind=FetchKind.PAGE)
    assert fetch.ok and body is not None and b"cepat" in body, fetch


async def test_spacing_counts_from_the_real_start_after_a_wait_for_a_connection(
        autojump_clock: trio.testing.MockClock) -> None:
    """A request that waited for a global slot must not reach the host right before the next one."""
    global_limiter = trio.CapacityLimiter(1)
    gate = HostGate("a.go.id", concurrency=2, delay=1.0, rng=random.Random(1))
    starts: list[float] = []

    async def other_host() -> None:  # holds the only connection for 3 s
        async with global_limiter:
            await trio.sleep(3)

    async def request() -> None:
        async with gate.slot(global_limiter):
            starts.append(trio.current_time())

    async with trio.open_nursery() as n:
        n.start_soon(other_host)
        await trio.testing.wait_all_tasks_blocked()
        for _ in range(3):
            n.start_soon(request)
    assert starts[0] == pytest.approx(3.0)  # waited for the connection
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(gaps) == 2 and all(g >= 0.5 for g in gaps)  # the jittered delay's floor, from the real start


async def test_spacing_counts_from_the_real_send_when_the_send_was_late(
        autojump_clock: trio.testing.MockClock) -> None:
    """A request whose send came late (its task ran late: an event-loop stall, a slow connect) must not
    go out together with the next one: the next start counts from the previous request's real send."""
    gate = HostGate("a.go.id", concurrency=2, delay=1.0, rng=random.Random(1))  # first jitter 0.63
    sends: list[float] = []

    async def request(late: float) -> None:
        async with gate.slot() as turn:
            await trio.sleep(late)  # between its turn and its first byte on the wire
            turn.sent()
            sends.append(trio.current_time())

    async with trio.open_nursery() as n:
        n.start_soon(request, 0.9)
        await trio.testing.wait_all_tasks_blocked()
        n.start_soon(request, 0.0)
        await trio.testing.wait_all_tasks_blocked()
        n.start_soon(request, 0.0)
    assert sends[0] == pytest.approx(0.9)
    gaps = [b - a for a, b in zip(sends, sends[1:])]
    assert len(gaps) == 2 and all(g >= 0.5 for g in gaps), gaps


async def test_fetcher_reports_when_each_request_goes_out(autojump_clock: trio.testing.MockClock) -> None:
    """The fetcher tells the host's gate when the request headers are written (httpcore's trace)."""
    async with serving(_slow) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url(), per_host_concurrency=1, delay=0.5)
        for i in range(2):
            f, _ = await fetcher.get(srv.url(f"/p{i}"), site=site, kind=FetchKind.PAGE)
            assert f.ok
        turn = fetcher.politeness.gate("127.0.0.1", concurrency=1, delay=0.5).last_turn
    assert turn is not None and turn.sent_at is not None

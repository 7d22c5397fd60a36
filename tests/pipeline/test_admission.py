"""``Admission``: when the next site of a run may start."""

from __future__ import annotations

import trio
import trio.testing

from ppid_audit.admission import Admission


def _admission(in_use: list[int], **kw: object) -> Admission:
    args: dict = {"max_sites": 3, "max_connections": 10, "connections_in_use": lambda: in_use[0], **kw}
    return Admission(**args)


async def test_room_needs_free_connections_sites_backlog_and_cpu() -> None:
    in_use = [0]
    adm = _admission(in_use, max_waiting_bytes=1000)
    adm.site_running(await adm.wait_for_room(2))
    assert adm.active == 1 and adm.has_room(2)
    in_use[0] = 9  # one connection left, the next site wants two
    assert not adm.has_room(2) and adm.has_room(1)
    in_use[0] = 0
    adm.checks_started(600), adm.checks_started(600)
    assert not adm.has_room(2)  # two crawled sites hold 1,200 bytes of pages waiting for their checks
    assert adm.backlog == 2 and adm.peak_waiting_bytes == 1200
    adm.checks_finished(600)
    assert adm.has_room(2) and adm.waiting_bytes == 600
    adm.lag = 0.5  # the event loop is late: no CPU for another site
    assert not adm.has_room(2)
    adm.lag = 0.0
    await adm.wait_for_room(2)
    await adm.wait_for_room(2)
    assert adm.active == 3 and not adm.has_room(2)  # max_sites
    assert adm.peak_active == 3


async def test_a_site_always_starts_when_none_is_in_flight() -> None:
    in_use = [10]
    adm = _admission(in_use, max_waiting_bytes=0)
    adm.lag = 9.0
    adm.checks_started(10)
    with trio.fail_after(1):
        await adm.wait_for_room(2)
    assert adm.active == 1


async def test_waiting_dispatcher_wakes_when_a_site_finishes() -> None:
    in_use = [0]
    adm = _admission(in_use, max_sites=1)
    await adm.wait_for_room(2)
    started = trio.Event()

    async def dispatcher() -> None:
        await adm.wait_for_room(2)
        started.set()

    async with trio.open_nursery() as nursery:
        nursery.start_soon(dispatcher)
        await trio.testing.wait_all_tasks_blocked()
        assert not started.is_set()
        adm.site_finished()
        with trio.fail_after(1):
            await started.wait()
    assert adm.active == 1


async def test_started_sites_hold_their_connections_until_their_first_response() -> None:
    in_use = [0]  # the limiter sees nothing yet: no started site has made a request
    adm = _admission(in_use, max_sites=100)
    held = [await adm.wait_for_room(2) for _ in range(5)]
    assert held == [2] * 5 and adm.reserved == 10 and not adm.has_room(2)  # no burst of 100 starts
    adm.site_running(held[0])  # its first response: now the limiter counts what it really holds
    in_use[0] = 1
    assert adm.has_room(1) and not adm.has_room(2)
    adm.site_finished(held[1])  # ended before any response: its reservation goes too
    assert adm.reserved == 6 and adm.active == 4 and adm.has_room(2)


async def test_many_small_crawled_sites_may_wait_for_their_checks_while_crawling_goes_on() -> None:
    """The bound is the bytes waiting, not the number of sites: a slow check worker with a queue of
    small sites does not stop the crawler (it did with a bound of 2 x workers sites)."""
    in_use = [0]
    adm = _admission(in_use, max_sites=100, max_waiting_bytes=10_000)
    adm.site_running(await adm.wait_for_room(2))
    for _ in range(20):
        adm.checks_started(400)
    assert adm.backlog == 20 and adm.has_room(2)
    adm.checks_started(2_500)  # 10,500 bytes wait: the next site waits for the workers
    assert not adm.has_room(2)

"""When the next site of a run may start: as many in flight as the connections and the CPU allow.

A polite crawl is slow per site (one host, ``per_host_concurrency`` requests, ``delay`` between them),
so a night's run needs hundreds of sites in flight, each at its own pace.  A fixed number of sites in
parallel is either too few (connections idle) or too many: a site started while the run has no free
connection or no CPU left only waits, and its ``site_deadline`` (wall time) runs out while it waits.
``Admission`` starts the next site when

* fewer than ``max_sites`` are in flight (``sites_in_parallel``: a bound on memory, each site holds its
  pages until its checks ran);
* the run's connection limiter has room for the new site's ``per_host_concurrency`` requests;
* the crawled sites waiting for their checks hold fewer than ``max_waiting_bytes`` of packed pages (a
  bound on memory by bytes, not by sites: while the check workers catch up the crawler keeps crawling,
  and a site of 20 small pages weighs less than one of 200 large ones);
* the event loop is not lagging (``max_lag`` seconds, an average): the crawler's own CPU keeps up.

With nothing in flight a site always starts, so a run always progresses.  A site just started holds no
connection yet (its task has not run), so until its first response comes back (``site_running``) its
``per_host_concurrency`` connections count as taken: the run ramps up by its connection budget instead of
starting every site in one burst of DNS lookups, TLS handshakes and robots.txt requests.
"""

from __future__ import annotations

from collections.abc import Callable

import trio

__all__ = ["MAX_WAITING_BYTES", "Admission"]

TICK = 0.05  # seconds between two lag samples and two admission re-checks
# Packed pages of crawled sites waiting for their checks: ~6 KB a farm page, 20-60 KB a real one, so
# some 1,000-10,000 pages; past it the crawler waits for the check workers instead of piling up pages.
MAX_WAITING_BYTES = 64 * 2**20


class Admission:
    """Gatekeeper of the sites of one run (one dispatcher calls ``wait_for_room``)."""

    def __init__(
        self,
        *,
        max_sites: int,
        max_connections: int,
        connections_in_use: Callable[[], int],
        max_waiting_bytes: int | None = None,
        max_lag: float = 0.25,
    ) -> None:
        self.max_sites = max(1, max_sites)
        self.max_connections = max(1, max_connections)
        self.connections_in_use = connections_in_use
        self.max_waiting_bytes = max_waiting_bytes
        self.max_lag = max_lag
        self.active = 0  # sites started and not finished
        self.backlog = 0  # sites crawled and waiting for (or in) their checks
        self.waiting_bytes = 0  # what those sites hold (their packed pages)
        self.peak_waiting_bytes = 0
        self.lag = 0.0  # moving average of the event loop's lateness, seconds
        self.peak_active = 0
        self.reserved = 0  # connections counted for started sites that have no response yet
        self._changed = trio.Event()

    def has_room(self, need: int) -> bool:
        """Whether a site needing ``need`` connections may start now."""
        if self.active == 0:
            return True
        if self.active >= self.max_sites or self.lag > self.max_lag:
            return False
        if self.max_waiting_bytes is not None and self.waiting_bytes > self.max_waiting_bytes:
            return False
        in_use = self.connections_in_use() + self.reserved
        return in_use + min(need, self.max_connections) <= self.max_connections

    async def wait_for_room(self, need: int) -> int:
        """Wait until a site needing ``need`` connections may start, and count it as started.

        Returns the connections reserved for it: pass them to ``site_running`` at its first response
        and, if that never came, to ``site_finished``."""
        while not self.has_room(need):
            with trio.move_on_after(TICK):
                await self._changed.wait()
        self.active += 1
        self.peak_active = max(self.peak_active, self.active)
        held = min(need, self.max_connections)
        self.reserved += held
        return held

    def site_running(self, reserved: int) -> None:
        """A started site got its first response: its connections are now counted by the limiter."""
        self.reserved -= reserved
        self._wake()

    def site_finished(self, reserved: int = 0) -> None:
        """A site started by ``wait_for_room`` ended (however it ended); ``reserved``: what it still held."""
        self.active -= 1
        self.reserved -= reserved
        self._wake()

    def checks_started(self, nbytes: int = 0) -> None:
        """A crawled site holding ``nbytes`` of pages waits for its checks."""
        self.backlog += 1
        self.waiting_bytes += nbytes
        self.peak_waiting_bytes = max(self.peak_waiting_bytes, self.waiting_bytes)

    def checks_finished(self, nbytes: int = 0) -> None:
        """That site's checks ended: its ``nbytes`` are let go."""
        self.backlog -= 1
        self.waiting_bytes -= nbytes
        self._wake()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = trio.Event()

    async def watch_lag(self) -> None:
        """Sample how late the event loop wakes up (run it in the run's nursery; never returns)."""
        while True:
            start = trio.current_time()
            await trio.sleep(TICK)
            late = max(0.0, trio.current_time() - start - TICK)
            self.lag = 0.8 * self.lag + 0.2 * late

"""One small httpcore pool per origin, instead of one shared pool for the whole run.

httpcore's ``AsyncConnectionPool`` scans every connection it holds (and every
queued request) on each request and each response close.  A run that keeps
hundreds of hosts' keep-alive connections in one pool pays that scan on every
request: measured at 500 hosts the shared pool fell to a fraction of the
per-host rate (see docs/benchmarks.md).  ``HostPools`` routes each request to
the pool of its (scheme, host, port), so each scan sees only one host's few
connections, and idle pools are closed after ``keepalive_expiry`` (httpcore
only expires a pool's connections when that pool is used again, so the pools
of finished sites would otherwise keep their sockets open until the run ends).

As before, pools have no connection limit of their own: the Fetcher's
limiters bound concurrency and nothing ever queues inside httpcore (#1093).
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass

import httpcore
import httpx
import trio

__all__ = ["HostPools"]

Origin = tuple[str, str, int]


@dataclass
class _Entry:
    transport: httpx.AsyncHTTPTransport
    pool: httpcore.AsyncConnectionPool
    last_used: float
    active: int = 0  # requests sent through it whose handle_async_request has not returned


def _idle(entry: _Entry) -> bool:
    """No request in flight and no connection busy (a streamed body still being read)."""
    pool = entry.pool
    if entry.active or getattr(pool, "_requests", None):
        return False
    return all(conn.is_idle() or conn.is_closed() for conn in pool.connections)


class HostPools(httpx.AsyncBaseTransport):
    """An httpx transport holding one connection pool per origin; idle pools are closed."""

    def __init__(
        self,
        *,
        ssl_context: ssl.SSLContext,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
        keepalive_per_host: int = 4,
        keepalive_expiry: float = 5.0,
        sweep_every: float = 1.0,
        clock: Callable[[], float] = trio.current_time,
    ) -> None:
        self._ssl = ssl_context
        self._backend = network_backend
        self._keepalive = max(1, keepalive_per_host)
        self._expiry = keepalive_expiry
        self._sweep_every = sweep_every
        self._clock = clock
        self._pools: dict[Origin, _Entry] = {}
        self._next_sweep = -float("inf")
        self.pools_opened = 0
        self.pools_closed = 0

    @property
    def open_pools(self) -> int:
        """How many per-origin pools exist now."""
        return len(self._pools)

    def connections(self) -> int:
        """How many connections all pools hold now (open or opening)."""
        return sum(len(e.pool.connections) for e in self._pools.values())

    def _entry(self, key: Origin, now: float) -> _Entry:
        entry = self._pools.get(key)
        if entry is None:
            pool = httpcore.AsyncConnectionPool(
                ssl_context=self._ssl,
                max_connections=None,  # never queue in httpcore: our limiters bound concurrency
                max_keepalive_connections=self._keepalive,
                keepalive_expiry=self._expiry,
                network_backend=self._backend,
            )
            transport = httpx.AsyncHTTPTransport(verify=self._ssl, trust_env=False)
            transport._pool = pool  # httpx maps httpcore's exceptions to its own around this pool
            entry = _Entry(transport, pool, now)
            self._pools[key] = entry
            self.pools_opened += 1
        return entry

    async def sweep(self, *, force: bool = False) -> int:
        """Close the pools idle for longer than ``keepalive_expiry``; return how many."""
        now = self._clock()
        if not force and now < self._next_sweep:
            return 0
        self._next_sweep = now + self._sweep_every
        stale = [k for k, e in self._pools.items() if now - e.last_used >= self._expiry and _idle(e)]
        closing = [self._pools.pop(k) for k in stale]
        if closing:
            with trio.CancelScope(shield=True), trio.move_on_after(2):
                for entry in closing:
                    await entry.pool.aclose()
        self.pools_closed += len(closing)
        return len(closing)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the pool of its origin."""
        url = request.url
        port = url.port or (443 if url.scheme == "https" else 80)
        key: Origin = (url.scheme, url.host, port)
        now = self._clock()
        entry = self._entry(key, now)
        entry.last_used = now
        entry.active += 1
        try:
            await self.sweep()
            return await entry.transport.handle_async_request(request)
        finally:
            entry.active -= 1
            entry.last_used = self._clock()

    async def aclose(self) -> None:
        """Close every pool."""
        entries, self._pools = list(self._pools.values()), {}
        for entry in entries:
            await entry.pool.aclose()
        self.pools_closed += len(entries)

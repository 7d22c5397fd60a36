"""One small httpcore pool per origin, built only from httpx's and httpcore's public APIs.

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

Everything here is public API: ``httpx.AsyncBaseTransport`` and
``httpx.AsyncByteStream`` on one side, ``httpcore.AsyncConnectionPool``,
``httpcore.Request`` and the ``network_backend`` argument on the other.
httpx's own mapping of httpcore exceptions is private, so ``map_exceptions``
below is ours.  Whether a pool is busy is tracked here (requests in flight and
response bodies not yet closed), not read from httpcore's internals.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

import httpcore
import httpx
import trio

__all__ = ["HostPools", "map_exceptions"]

Origin = tuple[str, str, int]

# httpcore exception -> httpx exception; the most specific match wins.
_EXCEPTIONS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextlib.contextmanager
def map_exceptions(request: httpx.Request) -> Iterator[None]:
    """Re-raise httpcore's exceptions as the matching httpx ones (others pass unchanged)."""
    try:
        yield
    except Exception as exc:
        for source, target in _EXCEPTIONS:  # ordered from specific to general
            if isinstance(exc, source):
                raise target(str(exc) or type(exc).__name__, request=request) from exc
        raise


@dataclass
class _Entry:
    pool: httpcore.AsyncConnectionPool
    last_used: float
    active: int = 0  # requests sent through it whose handle_async_request has not returned
    open_bodies: int = 0  # responses returned whose body stream is not closed yet


class _Body(httpx.AsyncByteStream):
    """A response body from httpcore: exceptions mapped, the pool's busy count kept."""

    def __init__(self, stream: httpcore.Response, request: httpx.Request, entry: _Entry) -> None:
        self._response = stream
        self._request = request
        self._entry: _Entry | None = entry
        entry.open_bodies += 1

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with map_exceptions(self._request):
            async for part in self._response.aiter_stream():
                yield part

    async def aclose(self) -> None:
        entry, self._entry = self._entry, None
        try:
            with map_exceptions(self._request):
                await self._response.aclose()
        finally:
            if entry is not None:
                entry.open_bodies -= 1


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
        shared: bool = False,
    ) -> None:
        """``shared``: one pool for every origin (the former design, kept for the benchmark's A/B)."""
        self._shared = shared
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
            entry = _Entry(pool, now)
            self._pools[key] = entry
            self.pools_opened += 1
        return entry

    async def sweep(self, *, force: bool = False) -> int:
        """Close the pools idle for longer than ``keepalive_expiry``; return how many."""
        now = self._clock()
        if not force and now < self._next_sweep:
            return 0
        self._next_sweep = now + self._sweep_every
        stale = [
            k
            for k, e in self._pools.items()
            if now - e.last_used >= self._expiry and not e.active and not e.open_bodies
        ]
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
        key: Origin = ("*", "*", 0) if self._shared else (url.scheme, url.host, port)
        now = self._clock()
        entry = self._entry(key, now)
        entry.last_used = now
        entry.active += 1
        try:
            await self.sweep()
            if not isinstance(request.stream, httpx.AsyncByteStream):  # pragma: no cover - a sync body
                raise httpx.UnsupportedProtocol("a synchronous request body on an async transport", request=request)
            core_request = httpcore.Request(
                method=request.method,
                url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
            with map_exceptions(request):
                core = await entry.pool.handle_async_request(core_request)
            return httpx.Response(
                status_code=core.status,
                headers=core.headers,
                stream=_Body(core, request, entry),
                extensions=core.extensions,
            )
        finally:
            entry.active -= 1
            entry.last_used = self._clock()

    async def aclose(self) -> None:
        """Close every pool."""
        entries, self._pools = list(self._pools.values()), {}
        for entry in entries:
            await entry.pool.aclose()
        self.pools_closed += len(entries)

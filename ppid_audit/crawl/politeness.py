"""Per-host politeness: a concurrency limiter, a start-to-start delay, AutoThrottle.

The key of a host is ``urls.host_key``: its name or IP address, never the
port nor a ``www.`` prefix: two sites on one server share a gate, and
``www.x.go.id`` is ``x.go.id``.  A gate is created by the first request to a host
with that site's settings; external hosts get the same treatment.

AutoThrottle follows Scrapy's rule: the target delay is the observed latency
divided by the per-host concurrency; the new delay is the mean of the old one
and the target, never below the configured delay (nor a robots.txt
``Crawl-delay``) and never above ``MAX_DELAY``; an error response or a
transport failure may raise the delay but never lowers it.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import trio

from ..urls import host_key

__all__ = ["HostGate", "Politeness", "Turn", "MAX_DELAY"]

MAX_DELAY = 60.0  # seconds; AutoThrottle never waits longer between two starts
MAX_CRAWL_DELAY = 30.0  # a robots.txt Crawl-delay above this is capped


class Turn:
    """One request's turn on its host: ``sent()`` when its request really goes out on the wire."""

    __slots__ = ("gate", "jitter", "sent_at", "settled")

    def __init__(self, gate: "HostGate", jitter: float) -> None:
        self.gate = gate
        self.jitter = jitter
        self.sent_at: float | None = None
        self.settled = trio.Event()  # set once sent, or once the request ended without being sent

    def sent(self) -> None:
        """The request's first byte is being written now: the next start on the host counts from here."""
        if self.sent_at is None:
            self.sent_at = trio.current_time()
            self.gate.space_from(self)
        self.settled.set()


class HostGate:
    """Concurrency and pacing of the requests to one host."""

    def __init__(self, host: str, *, concurrency: int, delay: float, rng: random.Random) -> None:
        self.host = host
        self.limiter = trio.CapacityLimiter(max(1, concurrency))
        self.concurrency = max(1, concurrency)
        self.min_delay = max(0.0, delay)
        self.delay = self.min_delay
        self._rng = rng
        self._next_start = -float("inf")
        self._lock = trio.Lock()
        self.last_turn: Turn | None = None
        self.requests = 0

    def raise_floor(self, delay: float) -> None:
        """Raise the minimum delay (robots.txt ``Crawl-delay``), never lower it."""
        delay = min(max(0.0, delay), MAX_CRAWL_DELAY)
        if delay > self.min_delay:
            self.min_delay = delay
            self.delay = max(self.delay, delay)

    def space_from(self, turn: Turn) -> None:
        """The next start on this host comes the turn's jittered delay after its send (never earlier than set)."""
        self._next_start = max(self._next_start, turn.sent_at + self.delay * turn.jitter)  # type: ignore[operator]

    @asynccontextmanager
    async def slot(self, global_limiter: trio.CapacityLimiter | None = None) -> AsyncIterator[Turn]:
        """Hold one of the host's slots, then one of ``global_limiter``'s; starts are spaced by the
        (jittered) delay, counted from when the previous request really went out: after its global
        slot, and from ``Turn.sent()`` when the caller reports it (the fetcher does, from httpcore's
        trace of the request headers).  A request that waited for a connection, or whose task the
        event loop ran late (a stall: seconds of parsing), does not reach the host right before the
        next one: the next waits for the previous one's send, then for the delay from it."""
        acquired = False
        turn: Turn | None = None
        async with self.limiter:
            try:
                async with self._lock:  # one request of this host takes its turn at a time
                    last = self.last_turn
                    if last is not None and self.delay > 0:
                        await last.settled.wait()  # its send time sets our earliest start
                    now = trio.current_time()
                    if self._next_start > now:
                        await trio.sleep(self._next_start - now)
                    if global_limiter is not None:
                        await global_limiter.acquire()
                        acquired = True
                    jitter = self._rng.uniform(0.5, 1.5) if self.delay > 0 else 0.0
                    turn = self.last_turn = Turn(self, jitter)
                    self._next_start = trio.current_time() + self.delay * jitter  # until it reports its send
                    self.requests += 1
                yield turn
            finally:
                if turn is not None:
                    turn.settled.set()
                if acquired:
                    assert global_limiter is not None
                    global_limiter.release()

    def feedback(self, latency: float, *, ok: bool) -> None:
        """AutoThrottle: adapt the delay to the latency of a finished request."""
        target = latency / self.concurrency
        new = (self.delay + target) / 2.0
        new = max(target, new)
        new = min(max(new, self.min_delay), MAX_DELAY)
        if not ok and new <= self.delay:
            return
        self.delay = new


class Politeness:
    """The gates of every host seen in a run, plus the run-wide connection limiter."""

    def __init__(self, max_connections: int, *, seed: int | None = None) -> None:
        self.global_limiter = trio.CapacityLimiter(max(1, max_connections))
        self._gates: dict[str, HostGate] = {}
        self._rng = random.Random(seed)

    def gate(self, host: str, *, concurrency: int, delay: float) -> HostGate:
        """The gate of ``host``, created with these settings on first use."""
        key = host_key(host)
        gate = self._gates.get(key)
        if gate is None:
            gate = HostGate(key, concurrency=concurrency, delay=delay, rng=self._rng)
            self._gates[key] = gate
        return gate

    def jitter(self, low: float = 0.5, high: float = 1.5) -> float:
        """A random factor for backoffs."""
        return self._rng.uniform(low, high)

    @asynccontextmanager
    async def slot(self, host: str, *, concurrency: int, delay: float) -> AsyncIterator[Turn]:
        """Hold a host slot, then a global slot (always in that order: no deadlock); the ``Turn``'s
        ``gate`` is the host's, its ``sent()`` says when the request went out."""
        gate = self.gate(host, concurrency=concurrency, delay=delay)
        async with gate.slot(self.global_limiter) as turn:
            yield turn

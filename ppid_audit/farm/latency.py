"""Realistic response latency for the loopback farm: each answer waits a while, as over the internet.

``Latency(0.1, 0.8, seed=1)`` delays every response by a time drawn uniformly from 100-800 ms,
deterministic from the seed and the request (method, host, target): the same farm answers the same URL
after the same delay, run after run.  The server waits with ``trio.sleep`` before the status line, so a
thousand slow answers in flight cost the farm nothing but timers.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

__all__ = ["Latency", "parse_latency"]

_SPEC = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*(?:ms)?\s*$")


@dataclass(frozen=True)
class Latency:
    """Uniform response delay in ``[low, high]`` seconds, deterministic per (seed, request)."""

    low: float
    high: float
    seed: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError(f"latency range must satisfy 0 <= low <= high, not {self.low}-{self.high}")

    @property
    def mean(self) -> float:
        """The mean delay in seconds."""
        return (self.low + self.high) / 2

    def of(self, host: str, method: str, target: str) -> float:
        """The delay in seconds of this request."""
        if self.high == self.low:
            return self.low
        key = f"{self.seed}\0{method}\0{host}\0{target}".encode("utf-8", "surrogateescape")
        fraction = int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") / 2**64
        return self.low + (self.high - self.low) * fraction

    def label(self) -> str:
        """The range in milliseconds as it is written on the command line (``100-800``)."""
        return f"{self.low * 1000:g}-{self.high * 1000:g}"


def parse_latency(text: str, *, seed: int = 0) -> Latency:
    """``"100-800"`` (milliseconds, uniform) or ``"250"`` (fixed) as a ``Latency``; ValueError if malformed."""
    match = _SPEC.match(text)
    if match is None:
        raise ValueError(f"latency must be milliseconds as LOW-HIGH or N (e.g. 100-800), not {text!r}")
    low = float(match.group(1))
    high = float(match.group(2)) if match.group(2) is not None else low
    if high < low:
        raise ValueError(f"latency range {text!r}: the high end is below the low end")
    return Latency(low / 1000, high / 1000, seed)

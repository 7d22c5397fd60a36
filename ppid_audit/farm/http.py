"""The contract between the farm's HTTP server and its simulated sites.

A simulated site is an ``App``: an async function from a ``FarmRequest`` to a
``FarmResponse``.  The server (``server.py``) speaks HTTP/1.1 (h11 on trio
sockets, optionally TLS), one listening address per site, and knows nothing
about PPID content; the generator (``sites.py``) knows nothing about sockets.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

__all__ = ["App", "FarmRequest", "FarmResponse"]


@dataclass(frozen=True)
class FarmRequest:
    method: str  # "GET", "HEAD", ...
    target: str  # raw request target: path and query ("/ppid/dip?tahun=2024")
    headers: dict[str, str]  # lower-case names
    host: str  # the address the connection was accepted on ("127.0.1.7")
    port: int
    tls: bool


@dataclass
class FarmResponse:
    """What to send back, including the misbehaviours real servers show.

    * ``body`` is sent with a Content-Length (the server answers ``Range``
      requests on it with 206 and HEAD without a body);
    * ``stream`` (a zero-argument function returning an async iterator of
      chunks) is sent chunked, for huge or trickled bodies;
    * ``delay`` seconds pass before the status line (slow server);
    * ``hang`` never answers (the server waits until the client goes away);
    * ``drop`` closes the connection without an answer.
    """

    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    stream: Callable[[], AsyncIterator[bytes]] | None = None
    delay: float = 0.0
    hang: bool = False
    drop: bool = False


App = Callable[[FarmRequest], Awaitable[FarmResponse]]

"""Loopback test servers for the crawler: h11 on trio sockets, optionally TLS.

A handler maps a ``Req`` to a ``Resp``; the server records every request and
the highest number of requests it was serving at once.  ``Resp`` can also
misbehave: delay, hang, trickle a body, drop the connection, or send raw
bytes that are not valid HTTP.
"""

from __future__ import annotations

import inspect
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import h11
import trio

__all__ = ["Req", "Resp", "Server", "serving", "html"]


@dataclass(frozen=True)
class Req:
    method: str
    target: str
    headers: dict[str, str]
    host: str
    port: int

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query)


@dataclass
class Resp:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    stream: Callable[[], AsyncIterator[bytes]] | None = None  # sent chunked
    delay: float = 0.0  # before the status line
    hang: bool = False  # never answer
    drop: bool = False  # close without answering
    raw: bytes | None = None  # written as is, then the connection closes


Handler = Callable[[Req], "Resp | Awaitable[Resp]"]


def html(body: str, *, status: int = 200, charset: str = "utf-8", headers: list[tuple[str, str]] | None = None) -> Resp:
    """An HTML response; ``body`` is wrapped in a minimal document unless it has one."""
    doc = body if "<html" in body.lower() else f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>"
    return Resp(
        status=status,
        headers=[("Content-Type", f"text/html; charset={charset}"), *(headers or [])],
        body=doc.encode(charset if charset != "utf-8" else "utf-8", errors="replace"),
    )


class Server:
    """One listening address; ``url(path)`` builds URLs to it."""

    def __init__(self, handler: Handler, *, host: str = "127.0.0.1", ssl_context: ssl.SSLContext | None = None) -> None:
        self.handler = handler
        self.host = host
        self.ssl_context = ssl_context
        self.port = 0
        self.requests: list[Req] = []
        self.active = 0
        self.max_active = 0
        self.connections = 0

    @property
    def paths(self) -> list[str]:
        return [r.target for r in self.requests]

    def url(self, path: str = "/") -> str:
        scheme = "https" if self.ssl_context else "http"
        return f"{scheme}://{self.host}:{self.port}{path}"

    async def start(self, nursery: trio.Nursery) -> None:
        listeners: list[trio.abc.Listener[trio.abc.Stream]] = list(
            await trio.open_tcp_listeners(0, host=self.host)
        )
        self.port = listeners[0].socket.getsockname()[1]  # type: ignore[attr-defined]
        if self.ssl_context is not None:
            listeners = [trio.SSLListener(lst, self.ssl_context, https_compatible=True) for lst in listeners]
        await nursery.start(trio.serve_listeners, self._connection, listeners)

    async def _connection(self, stream: trio.abc.Stream) -> None:
        self.connections += 1
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                req = await self._read_request(conn, stream)
                if req is None:
                    return
                self.requests.append(req)
                self.active += 1
                self.max_active = max(self.max_active, self.active)
                try:
                    keep = await self._respond(conn, stream, req)
                finally:
                    self.active -= 1
                if not keep or conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                    return
                conn.start_next_cycle()
        except (trio.BrokenResourceError, trio.ClosedResourceError, h11.ProtocolError, ssl.SSLError, OSError):
            return
        finally:
            with trio.move_on_after(1, shield=True):
                await stream.aclose()

    async def _read_request(self, conn: h11.Connection, stream: trio.abc.Stream) -> Req | None:
        request: h11.Request | None = None
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                data = await stream.receive_some(65536)
                conn.receive_data(data)
                if not data and request is None:
                    return None
                continue
            if isinstance(event, h11.Request):
                request = event
            elif isinstance(event, h11.EndOfMessage) and request is not None:
                headers = {k.decode().lower(): v.decode("latin-1") for k, v in request.headers}
                return Req(request.method.decode(), request.target.decode("latin-1"), headers, self.host, self.port)
            elif isinstance(event, h11.ConnectionClosed):
                return None

    async def _respond(self, conn: h11.Connection, stream: trio.abc.Stream, req: Req) -> bool:
        result = self.handler(req)
        resp: Resp = await result if inspect.isawaitable(result) else result  # type: ignore[assignment]
        if resp.delay:
            await trio.sleep(resp.delay)
        if resp.hang:
            await trio.sleep_forever()
        if resp.drop:
            return False
        if resp.raw is not None:
            await stream.send_all(resp.raw)
            return False
        headers = list(resp.headers)
        names = {k.lower() for k, _ in headers}
        if resp.stream is not None:
            if "transfer-encoding" not in names and "content-length" not in names:
                headers.append(("Transfer-Encoding", "chunked"))
        elif "content-length" not in names:
            headers.append(("Content-Length", str(len(resp.body))))
        await stream.send_all(conn.send(h11.Response(status_code=resp.status, headers=headers)) or b"")
        if req.method != "HEAD":
            if resp.stream is not None:
                async for chunk in resp.stream():
                    if chunk:
                        await stream.send_all(conn.send(h11.Data(data=chunk)) or b"")
            elif resp.body:
                await stream.send_all(conn.send(h11.Data(data=resp.body)) or b"")
        await stream.send_all(conn.send(h11.EndOfMessage()) or b"")
        return True


@asynccontextmanager
async def serving(
    handler: Handler, *, host: str = "127.0.0.1", ssl_context: ssl.SSLContext | None = None
) -> AsyncIterator[Server]:
    """Run a server for the duration of the block; every hanging handler is cancelled after it."""
    async with trio.open_nursery() as nursery:
        server = Server(handler, host=host, ssl_context=ssl_context)
        await server.start(nursery)
        try:
            yield server
        finally:
            nursery.cancel_scope.cancel()

"""The loopback farm's HTTP server: many simulated sites, one process.

Every site gets its own loopback address (127.0.x.y) so that crawlers, which
count politeness per host, see distinct hosts.  All sites share one HTTP port
and one HTTPS port, chosen at start.  Each connection is an ``h11.Connection``
on a trio stream (wrapped in ``trio.SSLStream`` for TLS sites); the server
turns a site's ``FarmResponse`` into bytes, including its misbehaviours
(``delay``, ``hang``, ``drop``, trickled ``stream`` bodies).

Per-host ``HostStats`` count requests, the peak number in flight and the
shortest time between two request starts, which prove a crawler never
exceeded its per-host concurrency limit nor its start-to-start delay
(``HostStats.within``), and the bytes sent (heads and bodies).

``FarmServer(latency=Latency(0.1, 0.8, seed))`` answers every request after a
delay drawn from that range, deterministic per request (``latency.py``): an
async sleep, so the server is never the bottleneck.

Conditional GET (RFC 9110 section 13): every 200 with a whole body carries a
strong ``ETag`` (a hash of the body) unless the app set one (a streamed body
has only the validators its app sets); ``If-None-Match``
matching it, or else ``If-Modified-Since`` not older than the app's
``Last-Modified`` (documents carry one; HTML pages do not, since a
Last-Modified header is date evidence for the checks), is answered
``304 Not Modified`` without a body.

    async with serve_farm_apps([("127.0.1.1", app, None)]) as farm:
        url = farm.url("127.0.1.1", "/")
"""

from __future__ import annotations

import collections
import contextlib
import errno
import hashlib
import logging
import math
import re
import resource
import ssl
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from functools import partial
from typing import Any

import h11
import trio

from ppid_audit.farm.http import App, FarmRequest, FarmResponse
from ppid_audit.farm.latency import Latency

__all__ = ["FarmServer", "HostStats", "SiteConfig", "serve_farm_apps"]

log = logging.getLogger(__name__)

SERVER_NAME = "ppid-farm/1.0"
IDLE_TIMEOUT = 30.0  # seconds a keep-alive connection may wait for its next request
HANDSHAKE_TIMEOUT = 10.0
HANG_LIMIT = 3600.0  # a hung response gives up after this long even if the client stays
MAX_HEAD_SIZE = 64 * 1024
RECEIVE_SIZE = 64 * 1024
PORT_ATTEMPTS = 50
_BACKLOG = 0xFFFF  # the kernel clamps this to net.core.somaxconn
_NO_BODY_STATUS = frozenset({204, 304})
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})
_RANGE_RE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


@dataclass
class HostStats:
    """What one simulated host has seen since the last reset."""

    requests: int = 0  # requests answered or attempted on this host
    max_concurrent: int = 0  # highest number of requests in flight at once
    current: int = 0  # requests in flight now
    paths: collections.Counter[str] = field(default_factory=collections.Counter)
    methods: collections.Counter[str] = field(default_factory=collections.Counter)
    connections: int = 0  # connections accepted (TLS ones before the handshake)
    tls_failures: int = 0  # TLS handshakes that failed (client rejected the certificate, ...)
    errors: int = 0  # app exceptions (answered 500 when still possible)
    bytes_sent: int = 0  # response bytes written: status lines, headers and bodies
    body_bytes: int = 0  # body bytes written (what a conditional request saves)
    not_modified: int = 0  # conditional requests answered 304
    first_start: float | None = None  # trio clock of the first request received since the last reset
    last_start: float | None = None  # ... and of the latest one
    min_gap: float = math.inf  # shortest time between two consecutive request starts, seconds
    latency_s: float = 0.0  # injected latency summed over the requests (``FarmServer(latency=)``)
    busy_s: float = 0.0  # request-seconds in flight: from receipt to the last byte sent, summed
    starts: list[float] = field(default_factory=list)  # trio clock of every request received, in order

    def gaps(self) -> list[float]:
        """The times between consecutive request starts, in order."""
        return [b - a for a, b in zip(self.starts, self.starts[1:])]

    def max_in_window(self, seconds: float) -> int:
        """The most requests that started within any ``seconds``-long window."""
        best, first = 0, 0
        for last, t in enumerate(self.starts):
            while t - self.starts[first] >= seconds:
                first += 1
            best = max(best, last - first + 1)
        return best

    def mean_gap(self) -> float | None:
        """The mean time between two consecutive request starts (None below two requests)."""
        if self.requests < 2 or self.first_start is None or self.last_start is None:
            return None
        return (self.last_start - self.first_start) / (self.requests - 1)

    def within(self, *, concurrency: int, min_gap: float, slack: float = 0.005) -> bool:
        """Whether this host never saw more than ``concurrency`` requests at once, nor two starts closer
        than ``min_gap`` seconds (less ``slack`` for the loopback's own timing noise)."""
        return self.max_concurrent <= concurrency and self.min_gap >= min_gap - slack


@dataclass(frozen=True)
class SiteConfig:
    """One simulated site as the server sees it."""

    host: str
    app: App
    http: bool = True
    tls: ssl.SSLContext | None = None


class _DateCache:
    """The RFC 7231 ``Date`` value, recomputed at most once a second."""

    def __init__(self) -> None:
        self._second = -1
        self._value = b""

    def value(self) -> bytes:
        now = int(time.time())
        if now != self._second:
            self._second = now
            self._value = formatdate(now, usegmt=True).encode("ascii")
        return self._value


class FarmServer:
    """Serves many ``App`` sites, each on its own loopback address.

    Add sites with ``add_site`` before ``start``; afterwards ``http_port`` and
    ``https_port`` hold the shared ports and ``stats(host)`` the counters.
    """

    def __init__(self, *, idle_timeout: float = IDLE_TIMEOUT, hang_limit: float = HANG_LIMIT,
                 latency: Latency | None = None) -> None:
        self._sites: dict[str, SiteConfig] = {}
        self._stats: dict[str, HostStats] = {}
        self._dates = _DateCache()
        self._scope: trio.CancelScope | None = None
        self._bound: tuple[dict[str, trio.socket.SocketType], dict[str, trio.socket.SocketType]] | None = None
        self.idle_timeout = idle_timeout
        self.hang_limit = hang_limit
        self.latency = latency
        self.http_port: int = 0
        self.https_port: int | None = None
        self.current_connections = 0
        self.peak_connections = 0

    # -- configuration -------------------------------------------------------

    def add_site(self, host: str, app: App, *, http: bool = True, tls: ssl.SSLContext | None = None) -> None:
        """Register ``app`` on loopback address ``host`` (plain HTTP and/or TLS)."""
        if self._scope is not None:
            raise RuntimeError("add_site() after start()")
        if host in self._sites:
            raise ValueError(f"host {host} already has a site: sites must not share an address")
        if not http and tls is None:
            raise ValueError(f"site {host} serves neither HTTP nor HTTPS")
        self._sites[host] = SiteConfig(host, app, http, tls)
        self._stats[host] = HostStats()

    @property
    def hosts(self) -> list[str]:
        """The registered addresses, in the order they were added."""
        return list(self._sites)

    def url(self, host: str, path: str = "/", *, tls: bool = False) -> str:
        """The URL of ``path`` on ``host`` (after ``start``)."""
        if tls:
            if self.https_port is None:
                raise ValueError("no TLS site is served")
            return f"https://{host}:{self.https_port}{path}"
        return f"http://{host}:{self.http_port}{path}"

    # -- statistics ----------------------------------------------------------

    def stats(self, host: str) -> HostStats:
        """The live counters of ``host`` (KeyError for an unknown host)."""
        return self._stats[host]

    def reset_stats(self) -> None:
        """Zero every counter except the requests in flight now."""
        for stats in self._stats.values():
            stats.requests = stats.connections = stats.tls_failures = stats.errors = 0
            stats.bytes_sent = stats.body_bytes = stats.not_modified = 0
            stats.max_concurrent = stats.current
            stats.first_start = stats.last_start = None
            stats.min_gap, stats.latency_s, stats.busy_s = math.inf, 0.0, 0.0
            stats.starts.clear()
            stats.paths.clear()
            stats.methods.clear()

    @property
    def total_requests(self) -> int:
        """Requests received on all hosts since the last reset."""
        return sum(s.requests for s in self._stats.values())

    # -- life cycle ----------------------------------------------------------

    async def bind(self, *, http_port: int = 0, https_port: int = 0) -> None:
        """Bind every site's address (``start`` does this if not done yet).

        A port of 0 means "choose one": ports are tried until every address
        binds.  An explicit port that cannot be bound raises ``OSError``.
        """
        if self._bound is not None or self._scope is not None:
            raise RuntimeError("FarmServer already bound")
        if not self._sites:
            raise ValueError("no site added")
        _raise_nofile_limit()
        plain = [s.host for s in self._sites.values() if s.http]
        secure = [s.host for s in self._sites.values() if s.tls is not None]
        http_socks: dict[str, trio.socket.SocketType] = {}
        https_socks: dict[str, trio.socket.SocketType] = {}
        try:
            if plain:
                self.http_port, http_socks = await _bind_all(plain, http_port)
            if secure:
                self.https_port, https_socks = await _bind_all(secure, https_port)
        except BaseException:
            for sock in [*http_socks.values(), *https_socks.values()]:
                sock.close()
            raise
        self._bound = (http_socks, https_socks)

    async def start(self, nursery: trio.Nursery, *, http_port: int = 0, https_port: int = 0) -> None:
        """Bind (unless ``bind`` ran) and serve in ``nursery`` until ``stop()``."""
        if self._bound is None:
            await self.bind(http_port=http_port, https_port=https_port)
        assert self._bound is not None
        http_socks, https_socks = self._bound
        self._bound = None
        self._scope = trio.CancelScope()
        await nursery.start(self._serve, http_socks, https_socks)
        log.info("farm serving %d sites (http port %s, https port %s)",
                 len(self._sites), self.http_port or "-", self.https_port)

    def stop(self) -> None:
        """Close every listener and connection."""
        if self._scope is not None:
            self._scope.cancel()

    async def _serve(
        self,
        http_socks: dict[str, trio.socket.SocketType],
        https_socks: dict[str, trio.socket.SocketType],
        *,
        task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED,
    ) -> None:
        assert self._scope is not None
        with self._scope:
            async with trio.open_nursery() as nursery:
                for host, sock in http_socks.items():
                    listener: trio.abc.Listener[Any] = trio.SocketListener(sock)
                    handler = partial(self._connection, self._sites[host], False)
                    await nursery.start(partial(trio.serve_listeners, handler, [listener], handler_nursery=nursery))
                for host, sock in https_socks.items():
                    site = self._sites[host]
                    assert site.tls is not None
                    listener = trio.SSLListener(trio.SocketListener(sock), site.tls, https_compatible=True)
                    handler = partial(self._connection, site, True)
                    await nursery.start(partial(trio.serve_listeners, handler, [listener], handler_nursery=nursery))
                task_status.started()

    # -- one connection ------------------------------------------------------

    async def _connection(self, site: SiteConfig, tls: bool, stream: trio.abc.Stream) -> None:
        stats = self._stats[site.host]
        stats.connections += 1
        self.current_connections += 1
        if self.current_connections > self.peak_connections:
            self.peak_connections = self.current_connections
        try:
            if tls:
                assert isinstance(stream, trio.SSLStream)
                try:
                    with trio.fail_after(HANDSHAKE_TIMEOUT):
                        await stream.do_handshake()
                except (trio.BrokenResourceError, trio.TooSlowError, ssl.SSLError, OSError) as exc:
                    stats.tls_failures += 1
                    log.debug("TLS handshake failed on %s: %r", site.host, exc)
                    return
            await self._serve_connection(site, tls, stream)
        except (trio.BrokenResourceError, trio.ClosedResourceError, ConnectionError):
            pass  # the client went away mid-response
        except Exception:
            # Never let one connection take the server down (bad app headers, ...).
            log.exception("farm connection on %s failed", site.host)
        finally:
            self.current_connections -= 1
            await trio.aclose_forcefully(stream)

    async def _serve_connection(self, site: SiteConfig, tls: bool, stream: trio.abc.Stream) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD_SIZE)
        port = (self.https_port or 0) if tls else self.http_port
        # One scope per connection whose deadline is armed only while waiting
        # for the client (cheaper than a move_on_after per receive).
        with trio.CancelScope() as idle:
            await self._serve_requests(site, tls, port, conn, stream, idle)

    async def _serve_requests(self, site: SiteConfig, tls: bool, port: int, conn: h11.Connection,
                              stream: trio.abc.Stream, idle: trio.CancelScope) -> None:
        while True:
            try:
                event = await self._next_event(conn, stream, idle)
                if not isinstance(event, h11.Request):
                    return  # idle timeout, EOF, or the client closed
                request = FarmRequest(
                    method=event.method.decode("ascii", "replace"),
                    target=event.target.decode("latin-1"),
                    headers={k.decode("latin-1"): v.decode("latin-1") for k, v in event.headers},
                    host=site.host,
                    port=port,
                    tls=tls,
                )
                # Drain (and discard) a request body before answering.
                while True:
                    body_event = await self._next_event(conn, stream, idle)
                    if type(body_event) is h11.ConnectionClosed:
                        return
                    if type(body_event) is h11.EndOfMessage:
                        break
            except h11.RemoteProtocolError as exc:
                await self._send_error(conn, stream, exc.error_status_hint)
                return
            keep_going = await self._exchange(site, request, conn, stream)
            if not keep_going or conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                return
            conn.start_next_cycle()

    async def _next_event(self, conn: h11.Connection, stream: trio.abc.Stream, idle: trio.CancelScope) -> Any:
        """The next h11 event; ``idle`` is cancelled if the client stays silent too long."""
        while True:
            event = conn.next_event()
            if event is not h11.NEED_DATA:
                return event
            idle.deadline = trio.current_time() + self.idle_timeout
            data = await stream.receive_some(RECEIVE_SIZE)
            idle.deadline = math.inf
            conn.receive_data(data if type(data) is bytes else bytes(data))

    async def _exchange(self, site: SiteConfig, request: FarmRequest, conn: h11.Connection,
                        stream: trio.abc.Stream) -> bool:
        """Answer one request; False means close the connection."""
        stats = self._stats[site.host]
        now = trio.current_time()
        if stats.last_start is not None:
            stats.min_gap = min(stats.min_gap, now - stats.last_start)
        else:
            stats.first_start = now
        stats.last_start = now
        stats.starts.append(now)
        stats.requests += 1
        stats.paths[request.target] += 1
        stats.methods[request.method] += 1
        stats.current += 1
        if stats.current > stats.max_concurrent:
            stats.max_concurrent = stats.current
        try:
            try:
                response = await site.app(request)
            except Exception:
                stats.errors += 1
                log.exception("farm app for %s failed on %s %s", site.host, request.method, request.target)
                response = FarmResponse(status=500, headers=[("Content-Type", "text/plain")],
                                        body=b"Internal Server Error\n")
            delay = response.delay
            if self.latency is not None:
                injected = self.latency.of(site.host, request.method, request.target)
                stats.latency_s += injected
                delay += injected
            if delay > 0:
                await trio.sleep(delay)
            if response.drop:
                return False
            if response.hang:
                await self._hang(stream)
                return False
            await self._send_response(site, request, response, conn, stream)
            return True
        finally:
            stats.current -= 1
            stats.busy_s += trio.current_time() - now

    async def _hang(self, stream: trio.abc.Stream) -> None:
        """Wait without answering until the client disconnects."""
        with trio.move_on_after(self.hang_limit):
            with contextlib.suppress(trio.BrokenResourceError, trio.ClosedResourceError, ConnectionError):
                while await stream.receive_some(RECEIVE_SIZE):
                    pass

    def _head(self, status: int, app_headers: list[tuple[str, str]],
              extra: list[tuple[bytes, bytes]]) -> h11.Response:
        headers: list[tuple[bytes, bytes]] = []
        has_date = has_server = False
        for name, value in app_headers:
            lower = name.lower()
            if lower in _FRAMING_HEADERS:
                continue
            has_date = has_date or lower == "date"
            has_server = has_server or lower == "server"
            headers.append((name.encode("latin-1"), value.encode("latin-1")))
        if not has_date:
            headers.append((b"Date", self._dates.value()))
        if not has_server:
            headers.append((b"Server", SERVER_NAME.encode("ascii")))
        headers.extend(extra)
        return h11.Response(status_code=status, headers=headers)

    async def _send_response(self, site: SiteConfig, request: FarmRequest, response: FarmResponse,
                             conn: h11.Connection, stream: trio.abc.Stream) -> None:
        status = response.status
        no_body = status in _NO_BODY_STATUS or status < 200
        extra: list[tuple[bytes, bytes]] = []
        app_headers = response.headers
        stats = self._stats[site.host]
        if status == 200 and request.method in ("GET", "HEAD"):
            etag = _header(app_headers, "etag")
            if etag is None and response.stream is None:
                etag = _strong_etag(response.body)
                extra.append((b"ETag", etag.encode("ascii")))
            if _not_modified(request.headers, etag, _header(app_headers, "last-modified")):
                stats.not_modified += 1
                status, no_body = 304, True
                app_headers = [(k, v) for k, v in app_headers if k.lower() in _KEPT_ON_304]
        if response.stream is not None and not no_body:
            head = conn.send(self._head(status, response.headers, []))
            self._stats[site.host].bytes_sent += len(head or b"")
            await stream.send_all(head)
            if request.method != "HEAD":
                await self._send_stream(site, request, response, conn, stream)
            await stream.send_all(conn.send(h11.EndOfMessage()))
            return
        body = b"" if no_body else response.body
        range_header = request.headers.get("range")
        if range_header is not None and status == 200 and request.method == "GET" and not no_body:
            span = _parse_range(range_header, len(body))
            if span is None:
                pass  # malformed or multi-range: ignore it and send the whole body
            elif span == (-1, -1):
                status, body = 416, b""
                extra.append((b"Content-Range", f"bytes */{len(response.body)}".encode()))
            else:
                first, last = span
                status, body = 206, body[first:last + 1]
                extra.append((b"Content-Range", f"bytes {first}-{last}/{len(response.body)}".encode()))
        if not no_body:
            extra.append((b"Content-Length", str(len(body)).encode()))
        head = conn.send(self._head(status, app_headers, extra))
        sent = 0 if request.method == "HEAD" else len(body)
        stats.bytes_sent += len(head or b"") + sent
        stats.body_bytes += sent
        if request.method == "HEAD" or not body:
            await stream.send_all(head + conn.send(h11.EndOfMessage()))
        elif len(body) <= 16384:
            await stream.send_all(head + conn.send(h11.Data(data=body)) + conn.send(h11.EndOfMessage()))
        else:
            await stream.send_all(head)
            for piece in conn.send_with_data_passthrough(h11.Data(data=body)) or []:
                await stream.send_all(piece)
            await stream.send_all(conn.send(h11.EndOfMessage()))

    async def _send_stream(self, site: SiteConfig, request: FarmRequest, response: FarmResponse,
                           conn: h11.Connection, stream: trio.abc.Stream) -> None:
        assert response.stream is not None
        chunks = response.stream()
        stats = self._stats[site.host]
        try:
            async for chunk in chunks:
                if chunk:
                    stats.bytes_sent += len(chunk)
                    stats.body_bytes += len(chunk)
                    for piece in conn.send_with_data_passthrough(h11.Data(data=chunk)) or []:
                        await stream.send_all(piece)
        except (trio.BrokenResourceError, trio.ClosedResourceError, ConnectionError):
            raise
        except Exception:
            self._stats[site.host].errors += 1
            log.exception("farm stream for %s failed on %s", site.host, request.target)
            raise trio.ClosedResourceError("stream failed mid-body") from None
        finally:
            aclose = getattr(chunks, "aclose", None)
            if aclose is not None:
                with trio.CancelScope(shield=True), contextlib.suppress(Exception):
                    await aclose()

    async def _send_error(self, conn: h11.Connection, stream: trio.abc.Stream, status: int) -> None:
        """Answer a malformed request (400, 431, ...) and let the caller close."""
        if conn.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
            return
        body = f"{status} Bad Request\n".encode()
        head = self._head(status, [("Content-Type", "text/plain"), ("Connection", "close")],
                          [(b"Content-Length", str(len(body)).encode())])
        with contextlib.suppress(h11.LocalProtocolError, trio.BrokenResourceError,
                                 trio.ClosedResourceError, ConnectionError):
            await stream.send_all(conn.send(head) + conn.send(h11.Data(data=body)) + conn.send(h11.EndOfMessage()))


_KEPT_ON_304 = frozenset({"etag", "last-modified", "cache-control", "expires", "vary", "content-location", "date"})


def _header(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    """The first value of header ``name`` (lower case) among an app's headers."""
    return next((v for k, v in headers if k.lower() == name), None)


def _strong_etag(body: bytes) -> str:
    """A strong validator: the same bytes, the same tag."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _not_modified(request: dict[str, str], etag: str | None, last_modified: str | None) -> bool:
    """Whether a GET/HEAD's preconditions say the client's copy is current (RFC 9110 13.2.2).

    ``If-None-Match`` (weak comparison) decides when present; otherwise
    ``If-Modified-Since`` against ``last_modified``.
    """
    inm = request.get("if-none-match")
    if inm is not None:
        tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
        return "*" in tags or (etag is not None and etag.removeprefix("W/") in tags)
    ims = request.get("if-modified-since")
    if ims is None or last_modified is None:
        return False
    try:
        return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(ims)
    except (TypeError, ValueError):
        return False


def _parse_range(value: str, size: int) -> tuple[int, int] | None:
    """A single ``bytes=a-b`` range as inclusive (first, last).

    Returns None for a header to ignore (malformed, several ranges) and
    (-1, -1) for an unsatisfiable range.
    """
    match = _RANGE_RE.match(value)
    if match is None:
        return None
    start, end = match.group(1), match.group(2)
    if not start:
        if not end:
            return None
        suffix = int(end)
        if suffix == 0 or size == 0:
            return (-1, -1)
        return (max(0, size - suffix), size - 1)
    first = int(start)
    last = int(end) if end else size - 1
    if end and last < first:
        return None  # invalid per RFC 9110: ignore
    if first >= size:
        return (-1, -1)
    return (first, min(last, size - 1))


async def _bind_all(hosts: list[str], port: int) -> tuple[int, dict[str, trio.socket.SocketType]]:
    """Listening sockets for every host on one shared port (0: try until one fits)."""
    attempts = 1 if port else PORT_ATTEMPTS
    last_error: OSError | None = None
    for _ in range(attempts):
        socks: dict[str, trio.socket.SocketType] = {}
        chosen = port
        try:
            for host in hosts:
                sock = trio.socket.socket(trio.socket.AF_INET, trio.socket.SOCK_STREAM)
                socks[host] = sock
                sock.setsockopt(trio.socket.SOL_SOCKET, trio.socket.SO_REUSEADDR, 1)
                await sock.bind((host, chosen))
                sock.listen(_BACKLOG)
                if chosen == 0:
                    chosen = sock.getsockname()[1]
            return chosen, socks
        except OSError as exc:
            for sock in socks.values():
                sock.close()
            if port or exc.errno != errno.EADDRINUSE:
                raise
            last_error = exc
    raise OSError(errno.EADDRINUSE, f"no free port for all {len(hosts)} addresses") from last_error


def _raise_nofile_limit() -> None:
    """Raise the soft open-files limit to the hard limit (thousands of sockets)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        target = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


@contextlib.asynccontextmanager
async def serve_farm_apps(
    sites: Sequence[tuple[str, App, ssl.SSLContext | None]],
    *,
    http_port: int = 0,
    https_port: int = 0,
) -> AsyncIterator[FarmServer]:
    """Serve ``(host, app, tls_context)`` sites for the duration of the block.

    Every site is served over plain HTTP, and also over HTTPS when it has a
    TLS context.  Everything is closed when the block exits.
    """
    server = FarmServer()
    for host, app, tls in sites:
        server.add_site(host, app, tls=tls)
    await server.bind(http_port=http_port, https_port=https_port)  # errors stay plain OSErrors
    async with trio.open_nursery() as nursery:
        await server.start(nursery)
        try:
            yield server
        finally:
            server.stop()

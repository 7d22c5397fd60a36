"""The Fetcher: one httpx client per run, polite, safe, and returning data, not exceptions.

Every request goes: network-safety check (our own DNS, cached) -> robots.txt
of the origin (pages, sitemaps, documents) -> host slot (concurrency, delay)
-> global slot -> ``trio.fail_after(request_deadline)`` around a streamed
request with a byte cap.  Redirects are followed here, hop by hop, each hop
checked again.  Requests never wait inside httpx's pool: our limiters bound
concurrency and the per-origin pools (``transport.HostPools``) have no limit of
their own (httpcore bug #1093).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import ssl
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit

import httpx
import trio

from ..models import DEFAULT_USER_AGENT, Fetch, FetchFailure, FetchKind, Redirect, Site, utcnow
from ..urls import is_document_type, is_document_url, normalise, origin, route_of
from .decoding import ACCEPT_ENCODING
from .netsafe import PinnedBackend, Resolver
from .politeness import Politeness
from ..errors import FetchError
from .reading import classify_error, declared_size, media_type, parse_retry_after, read_capped
from .revalidate import PreviousPages, fetch_conditional
from .robots import MAX_ROBOTS_BYTES, RobotsState
from .transport import HostPools

__all__ = ["Fetcher", "Response"]

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 503})
HEAD_REFUSED = frozenset({400, 403, 405, 406, 500, 501})  # HEAD answered by these: try a ranged GET
LINK_CHECK_BYTES = 64 * 1024  # a link check reads at most this much of a body
UNREAD_BODY_BYTES = 16 * 1024  # a redirect's body up to this size is read (and dropped) to keep its connection
UNREAD_BODY_SECONDS = 1.0  # ... for at most this long
BACKOFF_BASE = 1.0  # seconds, doubled per attempt, jittered
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
_ROBOTS_KINDS = frozenset({FetchKind.PAGE, FetchKind.SITEMAP, FetchKind.DOCUMENT})
# httpcore trace event: the request's headers are written. Not ".started": between it and the write the TLS
# stream yields to the event loop, and a loop busy parsing wrote the request up to a second later than that
# time said, so the host's next start, spaced from it, could reach the host right after it (the 500-site
# politeness run on a loaded machine: 71 starts closer than half the delay)
_SENDING = "http11.send_request_headers.complete"
KEEPALIVE_PER_HOST = 4  # idle connections kept per origin
KEEPALIVE_EXPIRY = 5.0  # seconds an idle connection (and an idle origin's pool) is kept


@dataclass
class Response:
    """A finished fetch with its body and the raw Content-Type header (for charset)."""

    fetch: Fetch
    body: bytes | None
    content_type_header: str | None = None


@dataclass
class _Raw:
    status: int | None = None
    headers: httpx.Headers | None = None
    body: bytes | None = None
    truncated: bool = False
    error: FetchFailure | None = None
    detail: str | None = None
    read_body: bool = False
    kind: FetchKind | None = None
    elapsed: float = 0.0  # seconds on the wire: request sent to last byte read


async def _finish_unread(resp: httpx.Response, method: str) -> None:
    """Read to its end a response whose body we do not want, when that is (nearly) free.

    httpcore keeps a connection for the next request only when the response
    was read to its end; a HEAD, a 304 or a 204 has no body and a redirect
    usually a tiny one, so reading them keeps the connection (no new TCP and
    TLS handshake for the next request, the costliest part of a link check).
    A bigger or undeclared body is left unread and its connection closed.
    """
    if method != "HEAD" and resp.status_code not in (204, 304):
        length = resp.headers.get("content-length", "")
        if not length.isdigit() or int(length) > UNREAD_BODY_BYTES:
            return
    with trio.move_on_after(UNREAD_BODY_SECONDS):
        try:
            async for _ in resp.aiter_raw():
                pass
        except httpx.HTTPError:
            pass  # the connection is dropped, as it would have been unread; the answer stands


class Fetcher:
    """Owns the run's single ``httpx.AsyncClient``, DNS cache, host gates and robots cache."""

    def __init__(
        self,
        *,
        max_connections: int = 32,
        ca_bundle: str | os.PathLike[str] | None = None,
        allow_loopback: bool = False,
        user_agent: str = DEFAULT_USER_AGENT,
        registered: Iterable[str] = (),
    ) -> None:
        """``registered``: start URLs of the run's sites, the only loopback endpoints
        reachable with ``allow_loopback`` (each site fetched through is added too)."""
        self.max_connections = max(1, max_connections)
        self.ca_bundle = ca_bundle
        self.allow_loopback = allow_loopback
        self.user_agent = user_agent
        self.resolver = Resolver(allow_loopback=allow_loopback)
        for start_url in registered:
            self.resolver.register(start_url)
        self._registered_sites: set[str] = set()
        self.politeness = Politeness(self.max_connections)
        self._client: httpx.AsyncClient | None = None
        self.transport: HostPools | None = None
        self._robots: dict[str, RobotsState] = {}
        self._checked: dict[str, tuple[trio.Event, list[Fetch]]] = {}
        self._document_bodies: dict[tuple[str, str], bytes] = {}  # robots.txt, small documents read whole: until recorded
        self.previous: dict[str, PreviousPages] = {}  # site id -> the previous run's archived responses (while crawled)
        self._extra: dict[str, list[Fetch]] = {}

    # ------------------------------------------------------------------ lifecycle

    def _ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        if self.ca_bundle is not None:
            ctx.load_verify_locations(cafile=os.fspath(self.ca_bundle))
        return ctx

    async def __aenter__(self) -> "Fetcher":
        # One small pool per origin (httpcore scans a pool's connections on every
        # request), pinned to the addresses our resolver checked (no DNS rebinding).
        # Requests never wait inside httpx's pools: our limiters bound concurrency.
        ctx = self._ssl_context()
        self.transport = HostPools(
            ssl_context=ctx,
            network_backend=PinnedBackend(self.resolver),
            keepalive_per_host=KEEPALIVE_PER_HOST,
            keepalive_expiry=KEEPALIVE_EXPIRY,
        )
        self._client = httpx.AsyncClient(
            transport=self.transport, trust_env=False, follow_redirects=False, headers={"Accept": ACCEPT}
        )
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        client, self._client = self._client, None
        if client is not None:
            with trio.move_on_after(5, shield=True):
                await client.aclose()

    # ------------------------------------------------------------------ public API

    async def get(
        self,
        url: str,
        *,
        site: Site,
        kind: FetchKind,
        depth: int = 0,
        referrer: str | None = None,
        max_bytes: int | None = None,
    ) -> tuple[Fetch, bytes | None]:
        """GET ``url`` for ``site``: the recorded Fetch and the body read (None on failure)."""
        r = await self.fetch(url, site=site, kind=kind, depth=depth, referrer=referrer, max_bytes=max_bytes)
        return r.fetch, r.body

    async def check_link(self, url: str, *, site: Site, kind: FetchKind, referrer: str | None = None) -> Fetch:
        """Check that a linked document or external URL is reachable (HEAD, then ranged GET).

        Each URL is requested once per run; later calls get the first outcome.
        """
        key = normalise(url) or url
        entry = self._checked.get(key)
        if entry is not None:
            await entry[0].wait()
            first = entry[1][0]
            return dataclasses.replace(first, site_id=site.id, referrer=referrer, kind=kind)
        done: tuple[trio.Event, list[Fetch]] = (trio.Event(), [])
        self._checked[key] = done
        try:
            result = await self._check(url, site=site, kind=kind, referrer=referrer)
        except BaseException:
            del self._checked[key]
            done[0].set()
            raise
        done[1].append(result)
        done[0].set()
        return result

    def take_body(self, site_id: str, url: str) -> bytes | None:
        """The body of a robots.txt or of a small checked document read whole (``archive_document_bytes``),
        kept for the page archive and handed out once."""
        return self._document_bodies.pop((site_id, url), None)

    def take_extra(self, site_id: str) -> list[Fetch]:
        """Fetches made on the side for a site (robots.txt), not yet handed out."""
        return self._extra.pop(site_id, [])

    def robots_state(self, url: str) -> RobotsState | None:
        """The robots.txt state of the origin of ``url``, if it was fetched."""
        return self._robots.get(origin(url))

    async def robots_for(self, url: str, site: Site) -> RobotsState:
        """Fetch (once per run) and return the robots.txt of the origin of ``url``."""
        org = origin(url)
        state = self._robots.get(org)
        if state is not None and state.done:  # the common case: no lock, no new state object
            return state
        if state is None:
            state = self._robots[org] = RobotsState()
        async with state.lock:
            if not state.done:
                r = await fetch_conditional(self, org + "/robots.txt", self.previous.get(site.id), site=site,
                                            kind=FetchKind.ROBOTS, max_bytes=MAX_ROBOTS_BYTES)
                state.load(r.fetch, r.body)
                if r.body is not None:
                    self._document_bodies[(site.id, r.fetch.url)] = r.body
                noted = r.fetch
                if state.note and (noted.error is None or noted.truncated):  # allowed, or cut: the note says so
                    noted = dataclasses.replace(noted, error_detail=state.note)
                self._extra.setdefault(site.id, []).append(noted)
                delay = state.crawl_delay(self._ua(site))
                host = urlsplit(org).hostname or ""
                if delay:
                    self.politeness.gate(
                        host, concurrency=site.settings.per_host_concurrency, delay=site.settings.delay
                    ).raise_floor(delay)
        return state

    # ------------------------------------------------------------------ one URL, redirects followed

    def _ua(self, site: Site) -> str:
        return site.settings.user_agent or self.user_agent

    async def fetch(
        self,
        url: str,
        *,
        site: Site,
        kind: FetchKind,
        depth: int = 0,
        referrer: str | None = None,
        max_bytes: int | None = None,
        method: str = "GET",
        headers: dict[str, str] | None = None,
        quiet: bool = False,
    ) -> Response:
        """Request ``url`` following redirects; every outcome is a ``Response``.

        ``quiet`` (link checks, the https probe): read at most ``LINK_CHECK_BYTES``
        and stop there without a ``too_large`` error.
        """
        if site.start_url not in self._registered_sites:
            self._registered_sites.add(site.start_url)
            self.resolver.register(site.start_url)
        settings = site.settings
        started = utcnow()
        wire = 0.0  # time spent in requests, summed over redirect hops (slot waits excluded)
        cap = settings.max_body_bytes if max_bytes is None else min(max_bytes, settings.max_body_bytes)
        if quiet:
            cap = min(cap, LINK_CHECK_BYTES)
        start = normalise(url) or url
        current = start
        redirects: list[Redirect] = []
        seen = {current}
        raw = _Raw()

        def done(raw: _Raw, final: str) -> Response:
            hdrs = raw.headers if raw.headers is not None else httpx.Headers()
            body = raw.body if raw.read_body else None
            fetch = Fetch(
                url=start,
                kind=raw.kind or kind,
                site_id=site.id,
                final_url=final,
                method=method,
                status=raw.status,
                redirects=tuple(redirects),
                content_type=media_type(hdrs.get("content-type")),
                declared_size=declared_size(hdrs) if raw.headers is not None else None,
                size=len(raw.body or b""),
                digest=("sha256:" + hashlib.sha256(raw.body or b"").hexdigest()) if raw.read_body else None,
                last_modified=hdrs.get("last-modified"),
                elapsed=round(wire + raw.elapsed, 4),
                fetched_at=started,
                depth=depth,
                referrer=referrer,
                error=raw.error,
                error_detail=raw.detail,
                truncated=raw.truncated,
                headers=tuple(hdrs.multi_items()) if raw.headers is not None else (),
            )
            return Response(fetch, body if raw.error is None or raw.truncated else None, hdrs.get("content-type"))

        while True:
            blocked = await self._precheck(current, site, kind)
            if blocked is not None:
                return done(_Raw(error=blocked[0], detail=blocked[1]), current)
            raw = await self._with_retries(method, current, site, kind, cap, headers or {}, quiet)
            location = raw.headers.get("location") if raw.headers is not None else None
            if raw.error is not None or raw.status not in REDIRECT_CODES or not location:
                return done(raw, current)
            target = normalise(location, current)
            if target is None:  # a redirect to mailto: or garbage: record the response as is
                return done(raw, current)
            if route_of(current) and not route_of(target):
                target += route_of(current)  # a browser keeps the client-side route across a redirect
            redirects.append(Redirect(current, raw.status or 0))
            wire += raw.elapsed
            if target in seen:
                return done(_Raw(error=FetchFailure.REDIRECT_LOOP, detail=f"pengalihan berulang ke {target}"), target)
            if len(redirects) > settings.max_redirects:
                return done(
                    _Raw(error=FetchFailure.TOO_MANY_REDIRECTS, detail=f"lebih dari {settings.max_redirects} pengalihan"),
                    target,
                )
            seen.add(target)
            current = target
            if raw.status == 303 and method != "HEAD":
                method = "GET"

    async def _precheck(self, url: str, site: Site, kind: FetchKind) -> tuple[FetchFailure, str] | None:
        """Network safety, then robots.txt: an error kind and detail when ``url`` must not be requested."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return FetchFailure.OTHER, f"URL tidak didukung: {url[:200]}"
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return FetchFailure.OTHER, f"port tidak sah: {url[:200]}"
        try:
            await self.resolver.resolve(parts.hostname, port)
        except FetchError as exc:  # AddressBlocked, DnsFailed
            return exc.kind, str(exc)
        if kind in _ROBOTS_KINDS and site.settings.obey_robots:
            state = await self.robots_for(url, site)
            if not state.allowed(url, self._ua(site)):
                return FetchFailure.ROBOTS, "dilarang oleh robots.txt"
        return None

    async def _with_retries(
        self, method: str, url: str, site: Site, kind: FetchKind, cap: int, headers: dict[str, str], quiet: bool
    ) -> _Raw:
        settings = site.settings
        attempt = 0
        while True:
            raw = await self._once(method, url, site, kind, cap, headers, quiet)
            retry_status = raw.error is None and raw.status in RETRY_STATUSES
            retry_conn = raw.error is FetchFailure.CONNECT or (raw.error is FetchFailure.PROTOCOL and raw.status is None)
            if attempt >= settings.retries or not (retry_status or retry_conn):
                return raw
            wait = BACKOFF_BASE * (2**attempt) * self.politeness.jitter()
            if retry_status and raw.headers is not None:
                after = parse_retry_after(raw.headers.get("retry-after"))
                if after is not None:
                    if after > settings.max_retry_after:
                        return raw  # the server asks for longer than we wait: record its answer
                    wait = max(after, 0.0)
            attempt += 1
            await trio.sleep(wait)

    async def _once(
        self, method: str, url: str, site: Site, kind: FetchKind, cap: int, headers: dict[str, str], quiet: bool
    ) -> _Raw:
        client = self._client
        if client is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        s = site.settings
        host = urlsplit(url).hostname or ""
        timeout = httpx.Timeout(connect=s.connect_timeout, read=s.read_timeout, write=s.read_timeout, pool=5.0)
        req_headers = {"User-Agent": self._ua(site), "Accept-Encoding": ACCEPT_ENCODING, **headers}
        raw = _Raw()
        latency: float | None = None
        async with self.politeness.slot(host, concurrency=s.per_host_concurrency, delay=s.delay) as turn:
            gate = turn.gate
            t0 = trio.current_time()

            async def trace(event: str, info: object) -> None:  # httpcore's trace extension (public API)
                if event == _SENDING:
                    turn.sent()  # the host's next request is spaced from now, however late the loop ran us

            try:
                with trio.fail_after(s.request_deadline):
                    async with client.stream(method, url, headers=req_headers, timeout=timeout,
                                             extensions={"trace": trace}) as resp:
                        latency = trio.current_time() - t0
                        raw.status, raw.headers = resp.status_code, resp.headers
                        ctype = media_type(resp.headers.get("content-type"))
                        if kind is FetchKind.PAGE and is_document_type(ctype):
                            raw.kind = FetchKind.DOCUMENT
                        if not self._wants_body(method, kind, resp.status_code, ctype, url):
                            await _finish_unread(resp, method)
                            return raw
                        size = declared_size(resp.headers) if "content-range" not in resp.headers else None
                        if size is not None and size > cap and not quiet and kind is not FetchKind.ROBOTS:
                            raw.error = FetchFailure.TOO_LARGE
                            raw.detail = f"Content-Length {size} melebihi batas {cap} byte"
                            return raw
                        body = await read_capped(resp, cap, quiet=quiet)
                        raw.body, raw.truncated, raw.read_body = body.data, body.truncated, True
                        raw.error, raw.detail = body.error, body.detail
            except Exception as exc:  # a broken site is data: every failure becomes an error kind
                raw.error, raw.detail = classify_error(exc)
                if raw.error is FetchFailure.TIMEOUT and raw.status is not None:
                    raw.detail = "batas waktu habis saat membaca isi"
            finally:
                raw.elapsed = trio.current_time() - t0
                if latency is not None:  # AutoThrottle learns from responses, not from failures
                    gate.feedback(latency, ok=raw.error is None and (raw.status or 0) < 400)
        return raw

    @staticmethod
    def _wants_body(method: str, kind: FetchKind, status: int, ctype: str | None, url: str) -> bool:
        if method == "HEAD" or status in REDIRECT_CODES or status == 304:  # a 304 has no body (RFC 9110)
            return False
        if kind is FetchKind.PAGE:
            return ctype is None or ctype in HTML_TYPES or ctype.endswith("+xml") or ctype == "text/plain"
        return True

    # ------------------------------------------------------------------ link checks

    async def _check(self, url: str, *, site: Site, kind: FetchKind, referrer: str | None) -> Fetch:
        head = await self.fetch(url, site=site, kind=kind, referrer=referrer, method="HEAD", quiet=True)
        f = head.fetch
        if f.error is not None and f.error not in (FetchFailure.PROTOCOL, FetchFailure.CONNECT):
            return f
        lies = (
            f.error is None
            and f.status is not None
            and 200 <= f.status < 300
            and is_document_url(f.final_url or url)
            and (f.content_type in HTML_TYPES or f.declared_size == 0)
        )
        if f.error is None and f.status not in HEAD_REFUSED and not lies:
            small = site.settings.archive_document_bytes
            if (kind is FetchKind.DOCUMENT and f.ok and f.declared_size is not None and 0 < f.declared_size <= small):
                # a small document: read it whole so the page archive keeps it as evidence
                whole = await fetch_conditional(self, url, self.previous.get(site.id), site=site, kind=kind,
                                                referrer=referrer, max_bytes=small)
                if whole.fetch.ok and whole.body is not None and not whole.fetch.truncated:
                    self._document_bodies[(site.id, whole.fetch.url)] = whole.body
                    return whole.fetch
            return f
        ranged = await self.fetch(
            url,
            site=site,
            kind=kind,
            referrer=referrer,
            max_bytes=LINK_CHECK_BYTES,
            headers={"Range": "bytes=0-1023"},
            quiet=True,
        )
        return ranged.fetch

"""Network safety: resolve host names ourselves and refuse non-public addresses.

Every host name is resolved once per run (``trio.socket.getaddrinfo``) and
every address it resolves to is checked; a literal IP is checked directly.
Private, shared (100.64/10), link-local, multicast, reserved and unspecified
addresses are always refused.  Loopback only when the run allows it (the
farm), and then only the endpoints of the run's registered sites: the
(host, port) of each start URL (both 80 and 443 when it names no port), so a
farm page linking to ``http://127.0.0.1:9999/`` is refused like any other.

The same cache pins the connection: ``PinnedBackend`` is the httpcore network
backend of the run's transport and connects to the checked addresses only, so
a DNS answer that changes between the check and the connect (rebinding)
cannot reach a private address.
"""

from __future__ import annotations

import ipaddress
import socket
import typing
from urllib.parse import urlsplit

import httpcore
import trio

from ..errors import FetchError
from ..models import FetchFailure

__all__ = ["AddressBlocked", "DnsFailed", "PinnedBackend", "Resolver", "address_problem"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressBlocked(FetchError):
    """The host resolves to an address we must never connect to."""

    kind = FetchFailure.PRIVATE_ADDRESS


class DnsFailed(FetchError):
    """The host name does not resolve."""

    kind = FetchFailure.DNS


def address_problem(ip: IPAddress, *, allow_loopback: bool) -> str | None:
    """Why ``ip`` must not be contacted, or None when it may."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    if ip.is_loopback:
        return None if allow_loopback else f"{ip} adalah alamat loopback"
    if ip.is_unspecified:
        return f"{ip} adalah alamat tak tertentu"
    if ip.is_multicast:
        return f"{ip} adalah alamat multicast"
    if ip.is_link_local:
        return f"{ip} adalah alamat link-local"
    if ip.is_private or not ip.is_global:
        return f"{ip} adalah alamat jaringan privat/khusus"
    return None


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _host_key(host: str) -> str:
    host = host.lower().strip("[]")
    lit = _literal(host)
    if lit is None:
        return host
    mapped = getattr(lit, "ipv4_mapped", None)
    return str(mapped or lit)


class Resolver:
    """Resolves and checks host names, caching answers and failures for the run."""

    def __init__(self, *, allow_loopback: bool) -> None:
        self.allow_loopback = allow_loopback
        self.cache: dict[str, list[str] | Exception] = {}
        self._locks: dict[str, trio.Lock] = {}
        self.loopback_endpoints: set[tuple[str, int]] = set()  # (host or address, port) of registered sites

    def register(self, url: str) -> None:
        """Allow loopback connections to the endpoint of a registered site's start URL."""
        parts = urlsplit(url)
        if not parts.hostname:
            return
        try:
            port = parts.port
        except ValueError:
            return
        ports = [port] if port is not None else [80, 443]
        for p in ports:
            self.loopback_endpoints.add((_host_key(parts.hostname), p))

    def _check(self, host: str, addr: str, port: int) -> str | None:
        ip = _literal(addr)
        if ip is None:
            return "alamat tidak sah"
        problem = address_problem(ip, allow_loopback=self.allow_loopback)
        if problem is None and (getattr(ip, "ipv4_mapped", None) or ip).is_loopback:
            registered = (host, port) in self.loopback_endpoints or (_host_key(addr), port) in self.loopback_endpoints
            if not registered:
                return f"{addr}:{port} adalah alamat loopback di luar situs terdaftar"
        return problem

    async def resolve(self, host: str, port: int) -> list[str]:
        """Checked addresses of ``host`` for a connection to ``port``; raises ``DnsFailed`` or ``AddressBlocked``."""
        host = _host_key(host)
        lit = _literal(host)
        if lit is not None:
            problem = self._check(host, host, port)
            if problem:
                raise AddressBlocked(problem)
            return [host]
        answer = self.cache.get(host)
        if answer is None:  # looked up once per host; concurrent askers wait for the first
            lock = self._locks.get(host)
            if lock is None:
                lock = self._locks[host] = trio.Lock()
            async with lock:
                if host not in self.cache:
                    self.cache[host] = await self._lookup(host)
            answer = self.cache[host]
        if isinstance(answer, Exception):
            raise answer
        for addr in answer:  # checked on every use: the cache holds what DNS said
            problem = self._check(host, addr, port)
            if problem:
                raise AddressBlocked(f"{host} -> {problem}")
        return answer

    async def _lookup(self, host: str) -> list[str] | Exception:
        try:
            infos = await trio.socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, OSError) as exc:
            return DnsFailed(f"{host}: {getattr(exc, 'strerror', None) or exc}")
        addresses: list[str] = []
        for info in infos:
            addr = str(info[4][0]).split("%")[0]
            if addr not in addresses:
                addresses.append(addr)
        if not addresses:
            return DnsFailed(f"{host}: tidak ada alamat")
        return addresses


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's trio backend, connecting only to addresses the resolver accepted."""

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver
        self._inner = httpcore.TrioBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._resolver.resolve(host, port)
        last: Exception | None = None
        for addr in addresses:
            try:
                return await self._inner.connect_tcp(
                    addr, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except httpcore.ConnectError as exc:  # try the next address of the host
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise AddressBlocked("unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await trio.sleep(seconds)

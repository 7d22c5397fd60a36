"""Network safety: resolve host names ourselves and refuse non-public addresses.

Every host name is resolved once per run (``trio.socket.getaddrinfo``) and
every address it resolves to is checked; a literal IP is checked directly.
Private, shared (100.64/10), link-local, multicast, reserved and unspecified
addresses are always refused; loopback only when the run allows it (the farm).

The same cache pins the connection: ``PinnedBackend`` is the httpcore network
backend of the run's transport and connects to the checked addresses only, so
a DNS answer that changes between the check and the connect (rebinding)
cannot reach a private address.
"""

from __future__ import annotations

import ipaddress
import socket
import typing

import httpcore
import trio

__all__ = ["AddressBlocked", "DnsFailed", "PinnedBackend", "Resolver", "address_problem"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressBlocked(Exception):
    """The host resolves to an address we must never connect to."""


class DnsFailed(Exception):
    """The host name does not resolve."""


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


class Resolver:
    """Resolves and checks host names, caching answers and failures for the run."""

    def __init__(self, *, allow_loopback: bool) -> None:
        self.allow_loopback = allow_loopback
        self.cache: dict[str, list[str] | Exception] = {}
        self._locks: dict[str, trio.Lock] = {}

    async def resolve(self, host: str) -> list[str]:
        """Checked addresses of ``host``; raises ``DnsFailed`` or ``AddressBlocked``."""
        host = host.lower().strip("[]")
        lit = _literal(host)
        if lit is not None:
            problem = address_problem(lit, allow_loopback=self.allow_loopback)
            if problem:
                raise AddressBlocked(problem)
            return [str(lit)]
        lock = self._locks.setdefault(host, trio.Lock())
        async with lock:
            if host not in self.cache:
                self.cache[host] = await self._lookup(host)
        answer = self.cache[host]
        if isinstance(answer, Exception):
            raise answer
        for addr in answer:  # checked on every use: the cache holds what DNS said
            ip = _literal(addr)
            problem = "alamat tidak sah" if ip is None else address_problem(ip, allow_loopback=self.allow_loopback)
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
        addresses = await self._resolver.resolve(host)
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

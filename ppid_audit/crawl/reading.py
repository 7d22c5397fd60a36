"""Pieces of a fetch that know httpx: capped body reading, header parsing, error mapping.

Only the crawl package sees httpx; everything leaving it is a ``Fetch``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import ssl
import zlib
from dataclasses import dataclass

import httpx
import trio

from ..models import utcnow
from .netsafe import AddressBlocked, DnsFailed

__all__ = [
    "Body",
    "classify_error",
    "declared_size",
    "media_type",
    "parse_retry_after",
    "read_capped",
]

_CONTENT_RANGE = re.compile(r"bytes\s+(?:\d+-\d+|\*)/(\d+)", re.IGNORECASE)


@dataclass
class Body:
    data: bytes
    truncated: bool = False
    error: str | None = None
    detail: str | None = None


def media_type(header: str | None) -> str | None:
    """``"text/html"`` from ``"Text/HTML; charset=utf-8"``; None when absent."""
    if not header:
        return None
    value = header.split(";", 1)[0].strip().lower()
    return value or None


def declared_size(headers: httpx.Headers) -> int | None:
    """The total size a response announces: Content-Range total, else Content-Length."""
    m = _CONTENT_RANGE.search(headers.get("content-range", ""))
    if m:
        return int(m.group(1))
    raw = headers.get("content-length", "").split(",")[0].strip()
    return int(raw) if raw.isdigit() else None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - utcnow()).total_seconds())


class _Inflater:
    """gzip/deflate decoding with an output bound per call (bombs stop at the cap)."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._d = zlib.decompressobj(wbits)
        self._first = True

    def feed(self, data: bytes, limit: int) -> bytes:
        try:
            out = self._d.decompress(data, max(1, limit))
        except zlib.error:
            if self._first and self.encoding == "deflate":  # raw deflate without zlib header
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                self._first = False
                out = self._d.decompress(data, max(1, limit))
            else:
                raise
        self._first = False
        return out

    @property
    def tail(self) -> bytes:
        return self._d.unconsumed_tail


async def read_capped(response: httpx.Response, cap: int, *, quiet: bool = False) -> Body:
    """Read at most ``cap`` decompressed bytes of a streamed response.

    Past the cap reading stops: ``truncated`` is set, and unless ``quiet`` the
    error is ``too_large``.  gzip and deflate are inflated here with a bound
    per step; other encodings go through httpx's decoders.
    """
    encoding = response.headers.get("content-encoding", "").strip().lower()
    parts: list[bytes] = []
    total = 0
    try:
        if encoding in ("", "identity", "gzip", "x-gzip", "deflate"):
            inflater = _Inflater(encoding) if encoding not in ("", "identity") else None
            async for chunk in response.aiter_raw():
                pending = chunk
                while pending:
                    if inflater is None:
                        out, pending = pending[: cap - total + 1], b""
                    else:
                        out = inflater.feed(pending, cap - total + 1)
                        pending = inflater.tail
                    parts.append(out)
                    total += len(out)
                    if total > cap:
                        break
                    if inflater is not None and not out:
                        break
                if total > cap:
                    break
        else:
            async for chunk in response.aiter_bytes():
                parts.append(chunk)
                total += len(chunk)
                if total > cap:
                    break
    except zlib.error as exc:
        return Body(b"".join(parts)[:cap], error="protocol", detail=f"kompresi {encoding} rusak: {exc}")
    data = b"".join(parts)
    if total > cap:
        return Body(
            data[:cap],
            truncated=True,
            error=None if quiet else "too_large",
            detail=None if quiet else f"isi lebih dari {cap} byte: dipotong",
        )
    return Body(data)


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in out and len(out) < 12:
        out.append(cur)
        cur = cur.__cause__ or cur.__context__
    return out


def classify_error(exc: BaseException) -> tuple[str, str]:
    """Map an exception of a request to a ``Fetch.error`` kind and a short detail."""
    chain = _chain(exc)
    for e in chain:
        if isinstance(e, AddressBlocked):
            return "private_address", str(e)
        if isinstance(e, DnsFailed):
            return "dns", str(e)
        if isinstance(e, ssl.SSLCertVerificationError):
            return "tls", f"sertifikat tidak valid: {e.verify_message or e.reason}"
        if isinstance(e, ssl.SSLError):
            return "tls", f"TLS gagal: {e.reason or e}"
    if isinstance(exc, trio.TooSlowError):
        return "timeout", "batas waktu permintaan habis"
    if isinstance(exc, httpx.ConnectTimeout):
        return "timeout", "batas waktu koneksi habis"
    if isinstance(exc, httpx.TimeoutException):
        return "timeout", f"batas waktu habis ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc) or type(exc).__name__
        if "Name or service not known" in text or "getaddrinfo" in text:
            return "dns", text[:200]
        return "connect", f"koneksi gagal: {text[:200]}"
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.LocalProtocolError, httpx.DecodingError)):
        return "protocol", f"HTTP rusak: {str(exc)[:200] or type(exc).__name__}"
    if isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.CloseError)):
        return "connect", f"koneksi terputus: {str(exc)[:200] or type(exc).__name__}"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return "other", f"URL tidak didukung: {str(exc)[:200]}"
    return "other", f"{type(exc).__name__}: {str(exc)[:200]}"

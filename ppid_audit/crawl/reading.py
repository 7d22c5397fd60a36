"""Pieces of a fetch that know httpx: capped body reading, header parsing, error mapping.

Only the crawl package sees httpx; everything leaving it is a ``Fetch``.
Bodies are decoded by ``decoding.BodyDecoder`` from the raw stream.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import ssl
from dataclasses import dataclass

import httpx
import trio

from ..errors import FetchError
from ..models import FetchFailure, utcnow
from .decoding import BadEncoding, BodyDecoder, TooLarge

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
    error: FetchFailure | None = None
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


async def read_capped(response: httpx.Response, cap: int, *, quiet: bool = False) -> Body:
    """Read and decode at most ``cap`` bytes of a streamed response's body.

    The raw bytes are decoded here (``decoding.BodyDecoder``: every
    content-encoding, stacked ones too, each layer bounded), never by httpx.
    Past the cap reading stops: ``truncated`` is set, and unless ``quiet`` the
    error is ``too_large``.  An unknown or corrupt encoding is ``bad_encoding``.
    """
    parts: list[bytes] = []
    try:
        decoder = BodyDecoder(response.headers.get("content-encoding"), cap)
    except BadEncoding as exc:  # refused before reading a byte
        return Body(b"", error=exc.kind, detail=str(exc))
    try:
        async for chunk in response.aiter_raw():
            parts.append(decoder.feed(chunk))
    except TooLarge:
        parts.append(decoder.take())
        data = b"".join(parts)[:cap]
        if quiet:
            return Body(data, truncated=True)
        return Body(data, truncated=True, error=FetchFailure.TOO_LARGE, detail=f"isi lebih dari {cap} byte: dipotong")
    except BadEncoding as exc:
        return Body(b"".join(parts)[:cap], error=exc.kind, detail=str(exc))
    return Body(b"".join(parts))


def _chain(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in out and len(out) < 12:
        out.append(cur)
        cur = cur.__cause__ or cur.__context__
    return out


def classify_error(exc: BaseException) -> tuple[FetchFailure, str]:
    """Map an exception of a request to a ``Fetch.error`` kind and a short detail."""
    chain = _chain(exc)
    for e in chain:
        if isinstance(e, FetchError):  # raised by our own network layer, kind attached
            return e.kind, str(e)
        if isinstance(e, ssl.SSLCertVerificationError):
            return FetchFailure.TLS, f"sertifikat tidak valid: {e.verify_message or e.reason}"
        if isinstance(e, ssl.SSLError):
            return FetchFailure.TLS, f"TLS gagal: {e.reason or e}"
    if isinstance(exc, trio.TooSlowError):
        return FetchFailure.TIMEOUT, "batas waktu permintaan habis"
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchFailure.TIMEOUT, "batas waktu koneksi habis"
    if isinstance(exc, httpx.TimeoutException):
        return FetchFailure.TIMEOUT, f"batas waktu habis ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        text = str(exc) or type(exc).__name__
        if "Name or service not known" in text or "getaddrinfo" in text:
            return FetchFailure.DNS, text[:200]
        return FetchFailure.CONNECT, f"koneksi gagal: {text[:200]}"
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.LocalProtocolError, httpx.DecodingError)):
        return FetchFailure.PROTOCOL, f"HTTP rusak: {str(exc)[:200] or type(exc).__name__}"
    if isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.CloseError)):
        return FetchFailure.CONNECT, f"koneksi terputus: {str(exc)[:200] or type(exc).__name__}"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return FetchFailure.OTHER, f"URL tidak didukung: {str(exc)[:200]}"
    return FetchFailure.OTHER, f"{type(exc).__name__}: {str(exc)[:200]}"

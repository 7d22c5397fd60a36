"""Bounded, incremental decoding of HTTP content-encodings (gzip, deflate, br, zstd, stacked).

httpx's own decoders inflate a response without any bound: a few KB of
``Content-Encoding: gzip, gzip`` became 10.5 GB of memory.  Here the raw bytes
of the response are decoded layer by layer, each step producing at most
``STEP`` bytes, and every layer's output is counted against the body cap as it
is produced, so a bomb stops at the cap whatever its ratio and nesting.

Only what can be decoded this way is advertised (``ACCEPT_ENCODING``): gzip
and deflate always, ``br`` when brotli >= 1.2 (its ``output_buffer_limit``) is
installed, ``zstd`` when zstandard is.  A response in any other encoding is
refused (``BadEncoding``), as is corrupt compressed data.
"""

from __future__ import annotations

import zlib
from typing import Protocol

from ..errors import FetchError
from ..models import FetchFailure

__all__ = ["ACCEPT_ENCODING", "BadEncoding", "BodyDecoder", "TooLarge", "supported_encodings"]

STEP = 64 * 1024  # most bytes one layer produces per step (zstd: plus at most ~1 MiB, see _Zstd)

try:  # optional: brotli >= 1.2 bounds its output per call
    import brotli as _brotli

    _HAS_BROTLI = tuple(int(p) for p in _brotli.__version__.split(".")[:2] if p.isdigit()) >= (1, 2)
except ImportError:  # pragma: no cover - depends on the environment
    _brotli = None  # type: ignore[assignment]
    _HAS_BROTLI = False

try:  # optional
    import zstandard as _zstd
except ImportError:  # pragma: no cover - depends on the environment
    _zstd = None  # type: ignore[assignment]

ZSTD_MAX_WINDOW = 8 * 1024 * 1024  # RFC 8878 section 3 / RFC 9659: HTTP zstd windows are at most 8 MB


class BadEncoding(FetchError):
    """The response uses a content-encoding we do not decode, or its data is corrupt."""

    kind = FetchFailure.BAD_ENCODING


class TooLarge(FetchError):
    """A decoding layer produced more than the cap."""

    kind = FetchFailure.TOO_LARGE


def supported_encodings() -> tuple[str, ...]:
    """Content-codings this installation decodes with a bound, in preference order."""
    out = ["gzip", "deflate"]
    if _HAS_BROTLI:
        out.append("br")
    if _zstd is not None:
        out.append("zstd")
    return tuple(out)


ACCEPT_ENCODING = ", ".join(supported_encodings())


class _Layer(Protocol):
    def feed(self, data: bytes) -> None: ...

    def read(self, limit: int) -> bytes:
        """Up to about ``limit`` decoded bytes; ``b""`` when more input is needed."""
        ...


class _Identity:
    def __init__(self) -> None:
        self._in = b""

    def feed(self, data: bytes) -> None:
        self._in += data

    def read(self, limit: int) -> bytes:
        out, self._in = self._in[:limit], self._in[limit:]
        return out


class _Zlib:
    """gzip (members concatenated too) and deflate (zlib-wrapped, or raw as some servers send)."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding == "gzip"
        self._wbits = 16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS
        self._d = zlib.decompressobj(self._wbits)
        self._in = b""
        self._started = False

    def feed(self, data: bytes) -> None:
        self._in += data

    def read(self, limit: int) -> bytes:
        if not self._in and not self._started:
            return b""
        try:
            out = self._d.decompress(self._in, limit)
        except zlib.error:
            if self._started or self._gzip:
                raise
            self._d = zlib.decompressobj(-zlib.MAX_WBITS)  # deflate without the zlib header
            out = self._d.decompress(self._in, limit)
        self._started = True
        self._in = self._d.unconsumed_tail
        if self._d.eof:
            rest = self._d.unused_data + self._in
            if self._gzip and rest.startswith(b"\x1f\x8b"):  # another gzip member follows
                self._d = zlib.decompressobj(self._wbits)
                self._in = rest
            else:
                self._in = b""
                self._started = False
        return out


class _Brotli:
    def __init__(self) -> None:
        assert _brotli is not None
        self._d = _brotli.Decompressor()
        self._in = b""

    def feed(self, data: bytes) -> None:
        self._in += data

    def read(self, limit: int) -> bytes:
        if self._in and self._d.can_accept_more_data():
            data, self._in = self._in, b""
            return self._d.process(data, output_buffer_limit=limit)
        if self._d.is_finished():
            self._in = b""
            return b""
        out = self._d.process(b"", output_buffer_limit=limit)
        if not out and self._in and not self._d.can_accept_more_data():  # pragma: no cover - defensive
            raise _brotli.error("brotli decoder stalled")
        return out


class _Zstd:
    """zstandard's decompressobj has no output bound, so it is fed small slices.

    A zstd block decodes to at most 128 KiB and costs at least 4 bytes of
    input, so a ``SLICE``-byte slice yields at most ~1 MiB: the bound per call.
    """

    SLICE = 32

    def __init__(self) -> None:
        assert _zstd is not None
        self._dctx = _zstd.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW)
        self._d = self._dctx.decompressobj()
        self._in = b""

    def feed(self, data: bytes) -> None:
        self._in += data

    def read(self, limit: int) -> bytes:
        parts: list[bytes] = []
        got = 0
        while self._in and got < limit:
            piece, self._in = self._in[: self.SLICE], self._in[self.SLICE :]
            out = self._d.decompress(piece)
            parts.append(out)
            got += len(out)
            if self._d.eof:
                rest = self._d.unused_data + self._in
                self._d = self._dctx.decompressobj()  # another frame may follow
                self._in = rest
        return b"".join(parts)


def _layer(coding: str) -> _Layer:
    if coding in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if coding == "deflate":
        return _Zlib("deflate")
    if coding == "br" and _HAS_BROTLI:
        return _Brotli()
    if coding == "zstd" and _zstd is not None:
        return _Zstd()
    raise BadEncoding(f"Content-Encoding {coding!r} tidak didukung")


def _codings(header: str | None) -> list[str]:
    """The codings of a Content-Encoding header in the order they were applied."""
    items = [c.strip().lower() for c in (header or "").split(",")]
    return [c for c in items if c and c != "identity"]


class BodyDecoder:
    """Decodes a response body incrementally; raises ``TooLarge`` past ``cap`` bytes.

    ``feed(raw_chunk)`` returns the decoded bytes that chunk produced.  The cap
    is checked after every layer: an intermediate layer may exceed it only by
    the framing overhead of the next one.
    """

    def __init__(self, content_encoding: str | None, cap: int) -> None:
        codings = _codings(content_encoding)
        self.codings = codings
        layers: list[_Layer] = [_layer(c) for c in reversed(codings)]  # last applied, first removed
        self._layers = layers or [_Identity()]
        self.cap = cap
        slack = cap // 64 + 1024
        self._limits = [cap + slack] * (len(self._layers) - 1) + [cap]
        self._counts = [0] * len(self._layers)
        self.total = 0  # decoded body bytes so far
        self._out: list[bytes] = []

    def feed(self, chunk: bytes) -> bytes:
        """Decode one raw chunk; the body bytes it yields (at most cap + 1 in all).

        After ``TooLarge`` or ``BadEncoding``, ``take()`` returns what was
        decoded from this chunk before the failure.
        """
        out: list[bytes] = []
        self._out = out
        try:
            self._push(0, chunk, out)
        except (zlib.error, ValueError) as exc:
            raise BadEncoding(f"kompresi {', '.join(self.codings)} rusak: {exc}") from exc
        except Exception as exc:
            if _brotli is not None and isinstance(exc, _brotli.error):
                raise BadEncoding(f"kompresi br rusak: {exc}") from exc
            if _zstd is not None and isinstance(exc, _zstd.ZstdError):
                raise BadEncoding(f"kompresi zstd rusak: {exc}") from exc
            raise
        return self.take()

    def take(self) -> bytes:
        """The decoded bytes not handed out yet."""
        data, self._out = b"".join(self._out), []
        return data

    def _push(self, i: int, data: bytes, out: list[bytes]) -> None:
        layer = self._layers[i]
        layer.feed(data)
        last = i == len(self._layers) - 1
        while True:
            room = self._limits[i] - self._counts[i] + 1
            piece = layer.read(min(STEP, max(1, room)))
            if not piece:
                return
            self._counts[i] += len(piece)
            if last:
                keep = piece[: max(0, self.cap + 1 - self.total)]
                self.total += len(keep)
                out.append(keep)
            if self._counts[i] > self._limits[i]:
                raise TooLarge(f"isi lebih dari {self.cap} byte")
            if not last:
                self._push(i + 1, piece, out)

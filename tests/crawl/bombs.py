"""Decompression bombs built in the test, fast: 1 GiB of zeros in a few KB to a few hundred KB.

gzip and deflate streams are built from one compressed MiB repeated: after a
``Z_FULL_FLUSH`` the compressor's state is reset, so every further MiB of
zeros compresses to the same bytes.  The trailers carry the right checksum
and length, so each bomb is a valid stream that decodes to ``size`` zeros.
"""

from __future__ import annotations

import functools
import struct
import zlib

MIB = 1 << 20
GIB = 1 << 30
_ZEROS = b"\0" * MIB


def _repeated_deflate(wbits: int, mibs: int) -> tuple[bytes, bytes, bytes]:
    """(header+first MiB, each further MiB, final block) of a deflate stream of zeros."""
    c = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = c.compress(_ZEROS) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(_ZEROS) + c.flush(zlib.Z_FULL_FLUSH)
    assert again == c.compress(_ZEROS) + c.flush(zlib.Z_FULL_FLUSH)  # the trick holds
    return first, again, c.flush()


def _checksum(fn, start: int, mibs: int) -> int:  # type: ignore[no-untyped-def]
    value = start
    for _ in range(mibs):
        value = fn(_ZEROS, value)
    return value


def gzip_zeros(size: int = GIB) -> bytes:
    """A valid gzip member of ``size`` zero bytes (``size`` a multiple of 1 MiB)."""
    mibs = size // MIB
    first, again, final = _repeated_deflate(16 + zlib.MAX_WBITS, mibs)
    trailer = struct.pack("<II", _checksum(zlib.crc32, 0, mibs), size & 0xFFFFFFFF)
    return first + again * (mibs - 1) + final[:-8] + trailer


def deflate_zeros(size: int = GIB) -> bytes:
    """A valid zlib ("deflate" in HTTP) stream of ``size`` zero bytes."""
    mibs = size // MIB
    first, again, final = _repeated_deflate(zlib.MAX_WBITS, mibs)
    return first + again * (mibs - 1) + final[:-4] + struct.pack(">I", _checksum(zlib.adler32, 1, mibs))


@functools.cache
def brotli_zeros(size: int = GIB) -> bytes:
    import brotli

    c = brotli.Compressor(quality=5, lgwin=24)
    parts = [c.process(_ZEROS) for _ in range(size // MIB)]
    return b"".join(parts) + c.finish()


def zstd_zeros(size: int = GIB) -> bytes:
    import zstandard

    c = zstandard.ZstdCompressor(level=3).compressobj()
    parts = [c.compress(_ZEROS) for _ in range(size // MIB)]
    return b"".join(parts) + c.flush()

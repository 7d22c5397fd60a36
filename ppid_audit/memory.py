"""Giving the memory a finished run freed back to the operating system.

A long-lived process (the soak, a ``ppid-audit worker`` auditing site after
site, a server running ``run_audit`` every night) frees everything a run
allocated, but glibc's allocator keeps freed heap pages for reuse: a run that
read a few capped 5 MB bodies (a 50 MB stream, a gzip bomb) leaves the process
100+ MB bigger with no live object behind it, and the size after a run wanders
with what the last run happened to read (measured in docs/benchmarks.md,
"Soak memory").  ``release_free_memory`` asks glibc to return the free pages
(``malloc_trim(0)``, every arena); elsewhere it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

__all__ = ["release_free_memory"]


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only (musl has none)
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return the allocator's free pages to the OS; True when some were (glibc's ``malloc_trim``)."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False

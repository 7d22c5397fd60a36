"""Keeping a long-lived process's memory flat across runs (glibc's allocator).

A long-lived process (the soak, a ``ppid-audit worker`` auditing site after
site, a server running ``run_audit`` every night) frees everything a run
allocated; its live Python objects stay flat from run to run.  Two things of
glibc's allocator still made it grow (measured in docs/benchmarks.md, "Soak
memory"):

* freed heap pages are kept for reuse: a run that read a few capped 5 MB
  bodies left the process 100+ MB bigger with nothing alive in them.
  ``release_free_memory`` returns them (``malloc_trim(0)``) after each run.
* every new thread (each run starts its own: the store writer, trio's worker
  threads) may get a fresh malloc arena, up to 8 per core, each keeping its
  own partly used pages that no trim can return: 3-4 MB more after every run.
  ``limit_malloc_arenas`` caps them (``mallopt(M_ARENA_MAX)``, what
  ``MALLOC_ARENA_MAX=2`` in the environment does), the usual setting for
  threaded servers; our threads mostly wait, so they do not contend for it.

Elsewhere than Linux with glibc both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import sys

__all__ = ["MALLOC_ARENAS", "limit_malloc_arenas", "release_free_memory"]

MALLOC_ARENAS = 2  # malloc arenas at most (glibc's default: 8 per core)
_M_ARENA_MAX = -8  # mallopt parameter, <malloc.h>


@functools.lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes, libc.malloc_trim.restype = [ctypes.c_size_t], ctypes.c_int  # glibc only
        libc.mallopt.argtypes, libc.mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc


@functools.lru_cache(maxsize=1)
def limit_malloc_arenas() -> bool:
    """Cap glibc's malloc arenas at ``MALLOC_ARENAS`` unless ``MALLOC_ARENA_MAX`` is set; True when capped."""
    libc = _glibc()
    if libc is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, MALLOC_ARENAS))


def release_free_memory() -> bool:
    """Return the allocator's free pages to the OS; True when some were (glibc's ``malloc_trim``)."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False

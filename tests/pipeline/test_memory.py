"""A finished run gives the heap pages it freed back to the OS (``ppid_audit.memory``).

glibc keeps freed heap pages for reuse, so a long-lived process (a worker auditing site after site, the
soak) stayed as big as the largest run it ever made, and its size after a run wandered with what the run
read. Not timed: RSS is read from /proc after a deliberately fragmented heap.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
import trio

import ppid_audit.audit as audit_mod
from ppid_audit.checking import load_checks
from ppid_audit.memory import release_free_memory
from ppid_audit.registry import load_registry
from ppid_audit.store.db import open_engine

from .test_pipeline import write_registry
from .test_run_lifecycle import _dead_ports


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS")) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_pages_go_back_to_the_os() -> None:
    blocks = [bytes(60_000) for _ in range(2500)]  # 150 MB of bodies below glibc's mmap threshold
    pin = blocks[-1]  # a live block at the top of the heap: freeing the rest cannot shrink it by itself
    del blocks
    gc.collect()
    before = _rss_mb()
    assert release_free_memory()
    after = _rss_mb()
    assert before - after > 100, (before, after)
    assert pin


def test_every_run_gives_its_freed_memory_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(audit_mod, "release_free_memory", lambda: calls.append(1) or True)
    reg = load_registry(write_registry(tmp_path / "sites.toml", [("97", f"http://127.0.0.1:{_dead_ports(1)[0]}/")]))
    engine = open_engine(tmp_path / "a.db")
    for n in (1, 2):
        trio.run(lambda: audit_mod.run_audit(reg, engine, load_checks(), check_workers=0))
        assert len(calls) == n


_ARENAS = r"""
import ctypes, sys, tempfile, threading
from ppid_audit.memory import limit_malloc_arenas
if sys.argv[1] == "limit":
    assert limit_malloc_arenas()
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
start = threading.Barrier(8)
def work():
    start.wait()  # eight threads allocating at once, as a run's writer and worker threads do
    libc.free(libc.malloc(4096))
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
libc.fopen.restype, libc.fopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes, libc.fclose.argtypes = [ctypes.c_int, ctypes.c_void_p], [ctypes.c_void_p]
with tempfile.NamedTemporaryFile(suffix=".xml") as out:
    fh = libc.fopen(out.name.encode(), b"w")
    libc.malloc_info(0, fh)
    libc.fclose(fh)
    print(open(out.name).read().count("<heap nr="))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc arenas")
def test_threads_share_a_few_malloc_arenas(tmp_path: Path) -> None:
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    counts = {}
    for mode in ("default", "limit"):
        out = subprocess.run([sys.executable, "-c", _ARENAS, mode], capture_output=True, text=True, env=env, timeout=60)
        assert out.returncode == 0, out.stderr
        counts[mode] = int(out.stdout.strip())
    assert counts["default"] > 2  # glibc's default: a fresh arena per thread, up to 8 per core
    assert counts["limit"] <= 2, counts

"""No Chromium outlives the audit: a browser thread that did not stop in time is killed at exit, and one
stopping never launches another."""
from __future__ import annotations

from ppid_audit.crawl import browser as B


def _alive(worker: B._BrowserThread) -> bool:
    return worker.proc is not None and worker.proc.poll() is None


def test_chromium_left_running_is_killed_at_exit(chromium: str) -> None:
    worker = B._BrowserThread(chromium)
    try:
        worker._launch()  # as the thread does for its first page
        assert _alive(worker)
        B._kill_live_browsers()  # what atexit runs
        assert not _alive(worker)
    finally:
        worker.stop()
        worker.thread.join(10)


def test_a_stopping_thread_launches_no_chromium(chromium: str) -> None:
    worker = B._BrowserThread(chromium)
    worker.stop()
    worker.thread.join(10)
    try:
        worker._launch()
    except RuntimeError as exc:
        assert "stopping" in str(exc)
    else:
        raise AssertionError("a stopped browser thread launched Chromium")
    assert not _alive(worker)


def test_chromium_dies_with_an_audit_killed_before_atexit(chromium: str) -> None:
    """A killed run (SIGKILL, a worker ended with os._exit) runs no atexit handler: Chromium, in its own session,
    must still not outlive it (the parent-death signal set when it was started)."""
    import os
    import subprocess
    import sys
    import time

    code = ("import os, sys\nfrom ppid_audit.crawl import browser as B\n"
            f"w = B._BrowserThread({chromium!r})\nw._launch()\nprint(w.proc.pid, flush=True)\nos._exit(0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    pid = int(out.stdout.split()[0])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{pid}/stat") as fh:
            if fh.read().rsplit(")", 1)[1].split()[0] == "Z":
                return  # dead, waiting for its (re-parented) parent to reap it
        time.sleep(0.1)
    os.kill(pid, 9)
    raise AssertionError("Chromium outlived the process that started it")

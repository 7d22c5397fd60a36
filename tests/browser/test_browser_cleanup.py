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

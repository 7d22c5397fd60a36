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

    def group_alive() -> list[int]:
        """Live processes of the browser's process group (it was started in a session of its own): a launcher
        script's child browser stays in it when only the script got the parent-death signal."""
        alive = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pid and fields[0] != "Z":  # zombies are dead, waiting to be reaped
                alive.append(int(entry))
        return alive

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not group_alive():
            return
        time.sleep(0.1)
    left = group_alive()
    for p in left:
        os.kill(p, 9)
    raise AssertionError(f"Chromium outlived the process that started it: {left}")


def test_a_launcher_script_that_does_not_exec_is_looked_through(tmp_path) -> None:
    """Debian's chromium-headless-shell is `#!/bin/sh` running the binary as its child; /usr/bin/chromium execs it."""
    import os

    child = tmp_path / "launcher"
    child.write_text('#!/bin/sh -e\n\n/bin/true "$@"\n')
    execs = tmp_path / "exec-launcher"
    execs.write_text('#!/bin/sh\nLIBDIR=/usr/lib/x\nexec $LIBDIR/x $FLAGS "$@"\n')
    for f in (child, execs):
        os.chmod(f, 0o755)
    assert B.find_chromium(str(child)) == "/bin/true"
    assert B.find_chromium(str(execs)) == str(execs)
    assert B.find_chromium("/bin/true") == "/bin/true"

"""One run per database: a second run is refused, a killed one frees the lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from ppid_audit.store.db import open_engine
from ppid_audit.store.lock import RunLocked, run_lock


def test_a_second_lock_on_one_database_is_refused(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "a.db")
    other = open_engine(tmp_path / "b.db")
    with run_lock(engine):
        with pytest.raises(RunLocked, match="another ppid-audit run"):
            with run_lock(open_engine(tmp_path / "a.db")):
                pass
        with run_lock(other):  # another database is not affected
            pass
    with run_lock(engine):  # released
        pass


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    open_engine(db)
    code = (
        "import time, sys\n"
        "from ppid_audit.store.db import open_engine\n"
        "from ppid_audit.store.lock import run_lock\n"
        f"with run_lock(open_engine({str(db)!r})):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(RunLocked, match="pid"):
            with run_lock(open_engine(db)):
                pass
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 10
    while True:
        try:
            with run_lock(open_engine(db)):
                break
        except RunLocked:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)

"""`ppid-audit run` as a nightly job: JSON logs, a summary line, one run per database, outages."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from ppid_audit.cli.main import main
from ppid_audit.store.db import open_engine
from ppid_audit.store.lock import run_lock

from .test_pipeline import write_registry


def _dead_ports(n: int) -> list[int]:
    ports = []
    for _ in range(n):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            ports.append(s.getsockname()[1])
    return ports


def test_json_logs_and_summary_line_and_outage_exit_code(tmp_path: Path) -> None:
    # every site refuses connections: to the auditor this is an outage of its own side, exit 6
    reg = write_registry(tmp_path / "sites.toml", [(f"9{i}", f"http://127.0.0.1:{p}/") for i, p in enumerate(_dead_ports(3))])
    log = tmp_path / "run.log"
    code = main(["run", "-c", str(reg), "--db", str(tmp_path / "a.db"), "--log-format", "json", "--log-file", str(log)])
    assert code == 6
    events = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e["event"] for e in events][0] == "run_started"
    assert sum(e["event"] == "site_finished" for e in events) == 3
    last = events[-1]
    assert last["event"] == "run_finished" and last["outage"] is True and last["exit"] == 6
    assert last["sites"] == 3 and last["audited"] == 0 and last["status"] == "complete"


def test_text_summary_is_the_last_line(tmp_path: Path) -> None:
    reg = write_registry(tmp_path / "sites.toml", [("97", f"http://127.0.0.1:{_dead_ports(1)[0]}/")])
    log = tmp_path / "run.log"
    assert main(["run", "-c", str(reg), "--db", str(tmp_path / "a.db"), "--log-file", str(log)]) == 0  # one dead site is no outage
    last = log.read_text().strip().splitlines()[-1]
    assert last.startswith("ppid-audit run 1 complete: 1 sites, 0 audited, 1 not auditable") and last.endswith("exit 0")


def test_a_second_run_on_one_database_exits_5_and_writes_nothing(tmp_path: Path) -> None:
    reg = write_registry(tmp_path / "sites.toml", [("97", f"http://127.0.0.1:{_dead_ports(1)[0]}/")])
    db = tmp_path / "a.db"
    with run_lock(open_engine(db)):
        done = subprocess.run([sys.executable, "-m", "ppid_audit", "run", "-c", str(reg), "--db", str(db)],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 5, done.stderr
    assert "another ppid-audit run is using this database" in done.stderr
    assert len(done.stderr.strip().splitlines()) <= 2  # error + hint, no traceback
    with open_engine(db).connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("SELECT COUNT(*) FROM runs")).scalar() == 0

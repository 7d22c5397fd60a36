"""Scale-out and resume: workers share a planned run on PostgreSQL; an interrupted run continues.

The farm runs as a `ppid-audit farm` process; workers and runs are `ppid-audit` processes, as on
real machines. Three workers audit every site exactly once; a worker killed with SIGKILL mid-site
loses its claim and another redoes that site; `run --resume` keeps finished sites.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ppid_audit.store.db import open_engine

PY = [sys.executable, "-m", "ppid_audit"]


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("farm")
    proc = subprocess.Popen([*PY, "farm", "--sites", "8", "--pages", "12", "--seed", "77", "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (out / "sites.toml").exists() or not (out / "farm-ca.pem").exists():
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "farm did not start"
        time.sleep(0.2)
    time.sleep(1.0)  # let it bind every address
    try:
        yield out / "sites.toml"
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONUNBUFFERED": "1", "PPID_AUDIT_CHECK_WORKERS": "0"}


def test_three_workers_share_a_planned_run_and_a_killed_one_loses_nothing(farm: Path, pg_url: str,
                                                                           tmp_path: Path) -> None:
    planned = subprocess.run([*PY, "run", "--plan", "-c", str(farm), "--db", pg_url], capture_output=True, text=True,
                             timeout=120, env=_env())
    assert planned.returncode == 0, planned.stderr
    run_id = int(planned.stdout.strip())
    common = ["worker", "-c", str(farm), "--db", pg_url, "--run", str(run_id), "--lease", "12",
              "--archive-dir", str(tmp_path / "arsip")]  # one folder shared by every worker
    engine = open_engine(pg_url)
    victim = subprocess.Popen([*PY, *common, "--name", "victim"], env=_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:  # kill the first worker while it holds a claim and has streamed some fetches
        with engine.connect() as conn:
            claimed = conn.execute(text("SELECT site_id FROM jobs WHERE worker = 'victim' AND status = 'claimed'")).scalar()
            n = conn.execute(text("SELECT COUNT(*) FROM fetches WHERE site_id = :s"), {"s": claimed}).scalar() if claimed else 0
        if claimed and n:
            break
        assert time.monotonic() < deadline and victim.poll() is None, "victim never held a claim"
        time.sleep(0.1)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    workers = [subprocess.Popen([*PY, *common, "--name", f"w{i}"], env=_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True) for i in range(3)]
    for w in workers:
        _, err = w.communicate(timeout=400)
        assert w.returncode == 0, err
    with engine.connect() as conn:
        sites = conn.execute(text("SELECT site_id, COUNT(*) FROM site_runs WHERE run_id = :r GROUP BY site_id"),
                             {"r": run_id}).all()
        jobs = conn.execute(text("SELECT site_id, status, worker, attempts FROM jobs WHERE run_id = :r"), {"r": run_id}).all()
        status = conn.execute(text("SELECT status FROM runs WHERE id = :r"), {"r": run_id}).scalar()
        # the victim's partial fetches were cleared when its site was claimed again: every fetch row of that
        # site was made after the last claim
        redone = [j for j in jobs if j.attempts == 2]
        stale = conn.execute(text("SELECT COUNT(*) FROM fetches f JOIN jobs j ON j.run_id = f.run_id AND j.site_id = f.site_id "
                                  "WHERE f.run_id = :r AND j.attempts = 2 AND f.fetched_at < j.claimed_at"),
                             {"r": run_id}).scalar()
    assert len(sites) == 8 and all(n == 1 for _, n in sites)  # every site exactly once
    assert all(j.status == "done" for j in jobs) and status == "complete"
    assert {j.worker for j in jobs} - {"victim"}  # the survivors did the rest (the victim may have finished a site before it died)
    assert redone  # the victim's site was redone
    assert stale == 0  # and nothing the victim wrote is left
    with engine.connect() as conn:  # every finished site archived once, in the shared folder
        archived = conn.execute(text("SELECT site_id, path FROM archives WHERE run_id = :r"), {"r": run_id}).all()
    assert len({a.site_id for a in archived}) == len(archived) and all((tmp_path / "arsip" / a.path).is_file()
                                                                       for a in archived)


def test_resume_continues_an_interrupted_run(farm: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    proc = subprocess.Popen([*PY, "run", "-c", str(farm), "--db", str(db)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while True:
        if db.exists():
            import sqlite3  # a plain reader: opening with ppid-audit would race the run's own migrations

            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                n = con.execute("SELECT COUNT(*) FROM site_runs").fetchone()[0]
            except sqlite3.OperationalError:
                n = 0  # tables not created yet
            finally:
                con.close()
            if n >= 2:
                break
        assert proc.poll() is None and time.monotonic() < deadline, "run ended before it could be killed"
        time.sleep(0.1)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with open_engine(db).connect() as conn:
        before = dict(conn.execute(text("SELECT site_id, id FROM site_runs")).all())
    done = subprocess.run([*PY, "run", "--resume", "-c", str(farm), "--db", str(db)], env=_env(),
                          capture_output=True, text=True, timeout=400)
    assert done.returncode in (0, 6), done.stderr
    assert "Resuming run 1" in done.stderr
    with open_engine(db).connect() as conn:
        runs = conn.execute(text("SELECT id, status FROM runs")).all()
        after = dict(conn.execute(text("SELECT site_id, id FROM site_runs WHERE run_id = 1")).all())
    assert runs == [(1, "complete")]
    assert len(after) == 8 and all(after[s] == i for s, i in before.items())  # finished sites kept as they were
    again = subprocess.run([*PY, "run", "--resume", "-c", str(farm), "--db", str(db)], env=_env(),
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 2 and "no incomplete run" in again.stderr


@pytest.mark.parametrize("delay", [0.7, 2.3, 4.1])  # fixed "random" points: start, mid-crawl, while checking
def test_kill_9_at_any_moment_loses_no_committed_row(farm: Path, tmp_path: Path, delay: float) -> None:
    import sqlite3

    db = tmp_path / "a.db"
    proc = subprocess.Popen([*PY, "run", "-c", str(farm), "--db", str(db)], env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if not db.exists():
        return  # killed before the database was created: nothing was committed
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"site_runs", "results", "scores"} <= tables:
            return  # killed while the schema was being created (its tables come one by one): no run yet
        # a site is committed whole: its verdicts and scores with its site_runs row, in one transaction
        orphans = con.execute("SELECT COUNT(*) FROM site_runs sr WHERE NOT EXISTS (SELECT 1 FROM results r "
                              "WHERE r.run_id = sr.run_id AND r.site_id = sr.site_id)").fetchone()[0]
        unscored = con.execute("SELECT COUNT(*) FROM site_runs sr WHERE NOT EXISTS (SELECT 1 FROM scores s "
                               "WHERE s.run_id = sr.run_id AND s.site_id = sr.site_id)").fetchone()[0]
        assert orphans == 0 and unscored == 0
        committed = con.execute("SELECT COUNT(*) FROM site_runs").fetchone()[0]
    finally:
        con.close()
    # and the run can be continued to the end, keeping what was committed
    done = subprocess.run([*PY, "run", "--resume", "-c", str(farm), "--db", str(db)], env=_env(),
                          capture_output=True, text=True, timeout=400)
    if committed or "no incomplete run" not in done.stderr:
        assert done.returncode in (0, 6), f"resume exit {done.returncode} after {committed} committed sites: {done.stderr[-2000:]}"
        con = sqlite3.connect(db)
        assert con.execute("SELECT COUNT(*) FROM site_runs").fetchone()[0] == 8, done.stderr[-2000:]
        con.close()

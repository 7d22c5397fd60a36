"""The same store on PostgreSQL: a private server on a Unix socket, skipped where it cannot start."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results
from ppid_audit.store.writer import FetchRow, StoreWriter

from .test_store import SITE, fetch, site_done

psycopg = pytest.importorskip("psycopg", reason="psycopg not installed (pip install 'ppid-audit[postgres]')")


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    return None


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not installed")
    tmp = Path(tempfile.mkdtemp(prefix="ppid-pg-"))
    data, sock = tmp / "data", tmp / "sock"
    sock.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser")
        shutil.chown(tmp, "nobody")
        shutil.chown(sock, "nobody")
        run_as = ["runuser", "-u", "nobody", "--"]
    try:
        subprocess.run([*run_as, initdb, "-A", "trust", "-U", "postgres", "-D", str(data)], check=True, capture_output=True, timeout=120)
        subprocess.run(
            [*run_as, pg_ctl, "-D", str(data), "-w", "-t", "60", "-l", str(tmp / "log"),
             "-o", f"-k {sock} -c listen_addresses='' -c fsync=off", "start"],
            check=True, capture_output=True, timeout=90,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.skip(f"PostgreSQL could not start: {exc}")
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)


def test_store_roundtrip_on_postgresql(pg_url: str) -> None:
    engine = open_engine(pg_url)
    w = StoreWriter(engine)
    run_id = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[SITE])
    w.write_batch([FetchRow(run_id, fetch("https://ppid.example.go.id/")), site_done(run_id)])
    w.finish_run(run_id)
    data = run_results(engine)
    (site,) = data["sites"]
    assert data["run"]["status"] == "complete"
    assert [c["status"] for c in site["checks"]] == ["fail", "fail"]
    assert site["checks"][0]["evidence"][0]["fetched_at"].endswith("+00:00")
    open_engine(pg_url)  # migrations are idempotent on PostgreSQL too

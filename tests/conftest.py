"""Shared fixtures: a private PostgreSQL server for the store, queue and worker tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

#: Set by .ci/run: a PostgreSQL test that cannot start its server fails instead of skipping.
REQUIRE_POSTGRES = os.environ.get("PPID_AUDIT_REQUIRE_POSTGRES", "") not in ("", "0")


def _skip(reason: str) -> None:
    if REQUIRE_POSTGRES:
        pytest.fail(f"PostgreSQL required (PPID_AUDIT_REQUIRE_POSTGRES=1) but {reason}")
    pytest.skip(reason)


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for d in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (d / name).exists():
            return str(d / name)
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a private PostgreSQL server (Unix socket only); skipped where it cannot start."""
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install 'ppid-audit[postgres]')")
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        _skip("PostgreSQL server binaries (initdb, pg_ctl) not installed")
    tmp = Path(tempfile.mkdtemp(prefix="ppid-pg-"))
    data, sock = tmp / "data", tmp / "sock"
    sock.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        if not shutil.which("runuser"):
            _skip("running as root without runuser")
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
        _skip(f"PostgreSQL could not start: {exc}")
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={sock}"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the private PostgreSQL server, dropped after the test."""
    import uuid

    from sqlalchemy import create_engine, text

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield pg_server.replace("/postgres?", f"/{name}?")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()

"""The page archive with a PostgreSQL database (the private server of ``conftest.pg_url``).

A server database has no folder next to it: the archive's folder is asked for at start (``--archive-dir``,
``PPID_AUDIT_ARCHIVE_DIR``, or ``--no-archive`` said out loud), never found missing later. With it, workers
archive every site and the next planned night is conditional, as on SQLite.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ppid_audit.checking import load_checks
from ppid_audit.cli.main import main
from ppid_audit.farm import open_farm
from ppid_audit.registry import load_registry
from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results
from ppid_audit.worker import plan_run, work

BASE = dt.date(2026, 11, 2)


def _verdicts(data: dict[str, Any]) -> dict[str, list[tuple[str, str | None, str]]]:
    return {s["id"]: sorted((c["id"], c.get("item"), c["status"]) for c in s["checks"]) for s in data["sites"]}


def _tiny_registry(tmp_path: Path) -> Path:
    reg = tmp_path / "sites.toml"
    reg.write_text('[[site]]\nid = "64.72"\nname = "PPID Uji"\nlevel = "kota"\nrole = "utama"\n'
                   'start_url = "https://ppid.uji.go.id/"\n')
    return reg


def test_a_server_database_without_an_archive_folder_stops_at_start(pg_url: str, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PPID_AUDIT_ARCHIVE_DIR", raising=False)
    reg = _tiny_registry(tmp_path)
    assert main(["run", "-c", str(reg), "--db", pg_url]) == 2
    err = capsys.readouterr().err
    assert "--archive-dir" in err and "--no-archive" in err and "Traceback" not in err
    with open_engine(pg_url).connect() as conn:  # refused before anything was written
        assert conn.execute(text("SELECT COUNT(*) FROM runs")).scalar() == 0
    assert main(["run", "--plan", "-c", str(reg), "--db", pg_url]) == 0  # planning archives nothing
    capsys.readouterr()
    assert main(["worker", "-c", str(reg), "--db", pg_url]) == 2
    assert main(["prune", "--db", pg_url, "--keep", "30"]) == 2  # its archive files would be orphaned
    assert main(["evidence", "64.72", "--db", pg_url, "--out", str(tmp_path / "bukti")]) == 2
    assert "--archive-dir" in capsys.readouterr().err
    assert main(["run", "-c", str(reg), "--db", pg_url, "--no-archive", "--archive-dir", str(tmp_path)]) == 2
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert main(["run", "-c", str(reg), "--db", pg_url, "--archive-dir", str(blocked / "arsip")]) == 2
    assert "cannot write" in capsys.readouterr().err
    with open_engine(pg_url).connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM site_runs")).scalar() == 0


async def test_workers_archive_on_postgresql_and_the_next_night_is_conditional(pg_url: str, tmp_path: Path) -> None:
    checks = load_checks()
    archive = tmp_path / "arsip"
    engine = open_engine(pg_url)
    async with open_farm(3, 5, pages=10, base_date=BASE, out_dir=tmp_path / "farm") as farm:
        reg = load_registry(farm.registry_path)
        hosts = [s for s in farm.sites if s.host in farm.server.hosts]
        runs, body = [], []
        for _ in range(2):
            farm.server.reset_stats()
            run_id, _ = plan_run(engine, reg, checks, audit_date=BASE)
            done = await work(engine, reg, checks, run_id, worker="w1", archive_dir=archive, poll=0.2)
            assert done.closed_run
            runs.append(run_id)
            body.append(sum(farm.stats(s.id).body_bytes for s in hosts))
        revalidated = sum(farm.stats(s.id).not_modified for s in hosts)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT run_id, site_id, path FROM archives ORDER BY run_id, site_id")).all()
        audited = set(conn.execute(text("SELECT site_id FROM site_runs WHERE run_id = :r AND status = 'audited'"),
                                   {"r": runs[0]}).scalars())
    assert audited and audited <= {r.site_id for r in rows if r.run_id == runs[0]}
    assert all((archive / r.path).is_file() for r in rows)  # every worker's WARC, relative to the folder given
    assert revalidated > 10 and body[1] < 0.2 * body[0], body
    assert _verdicts(run_results(engine, runs[0])) == _verdicts(run_results(engine, runs[1]))
    engine.dispose()

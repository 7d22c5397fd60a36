"""Incremental re-audits: a second run of an unchanged farm revalidates its pages (304) instead of
downloading them, and stores the same verdicts as the first run."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from ppid_audit.audit import run_audit
from ppid_audit.checking import load_checks
from ppid_audit.farm import open_farm
from ppid_audit.registry import load_registry
from ppid_audit.store.archive import read_records
from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results

BASE = dt.date(2026, 11, 2)


def _verdicts(data: dict[str, Any]) -> dict[str, list[tuple[str, str | None, str]]]:
    return {s["id"]: sorted((c["id"], c.get("item"), c["status"]) for c in s["checks"]) for s in data["sites"]}


def _digests(db: Path, run_id: int) -> set[tuple[str, str, str | None]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT site_id, url, digest FROM fetches WHERE run_id = ? AND kind = 'page' AND status = 200",
                           (run_id,)).fetchall()
    finally:
        con.close()
    return set(rows)


async def test_unchanged_reaudit_moves_few_bytes_and_gives_identical_verdicts(tmp_path: Path) -> None:
    checks = load_checks()  # in a worker process: the event loop (crawler and farm) is never blocked by them
    db = tmp_path / "audit.db"
    archive = tmp_path / "arsip"
    async with open_farm(6, 3, pages=15, base_date=BASE, out_dir=tmp_path / "farm") as farm:
        reg = load_registry(farm.registry_path)
        engine = open_engine(db)
        first = await run_audit(reg, engine, checks, archive_dir=archive, check_workers=1)
        hosts = [s for s in farm.sites if s.host in farm.server.hosts]
        bytes_first = sum(farm.stats(s.id).body_bytes for s in hosts)
        assert sum(farm.stats(s.id).not_modified for s in hosts) == 0
        farm.server.reset_stats()
        second = await run_audit(reg, engine, checks, archive_dir=archive, check_workers=1)
        bytes_second = sum(farm.stats(s.id).body_bytes for s in hosts)
        revalidated = sum(farm.stats(s.id).not_modified for s in hosts)
    assert first.status == second.status == "complete"
    assert bytes_first > 100_000
    assert bytes_second < 0.2 * bytes_first, (bytes_second, bytes_first)
    assert revalidated > 40
    one, two = run_results(engine, first.run_id), run_results(engine, second.run_id)
    assert _verdicts(one) == _verdicts(two)
    assert any(s["status"] == "audited" for s in two["sites"])
    # the same pages with the same digests, and the second archive holds them again (the next night is conditional too)
    assert _digests(db, first.run_id) == _digests(db, second.run_id)
    site = next(s["id"] for s in two["sites"] if s["status"] == "audited")
    files = sorted(archive.glob(f"{second.run_id}/*.warc.gz"))
    assert files
    again = [r for f in files for r in read_records(f) if r.status == 200 and r.method == "GET"]
    assert again and all(r.payload_digest.startswith("sha256:") for r in again)
    assert any(site in f.name for f in files)

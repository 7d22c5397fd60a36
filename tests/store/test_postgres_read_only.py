"""The engine of the reading commands on PostgreSQL: read-only transactions."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy

from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results
from ppid_audit.store.writer import StoreWriter

from .test_store import SITE, site_done


def test_reading_commands_cannot_write_on_postgresql(pg_url: str) -> None:
    w = StoreWriter(open_engine(pg_url))
    run_id = w.start_run(audit_date=dt.date(2026, 11, 26), sites=[SITE])
    w.write_batch([site_done(run_id)])
    w.finish_run(run_id)
    reader = open_engine(pg_url, read_only=True)  # what `report`, `results` and `runs` use
    assert run_results(reader, run_id)["run"]["id"] == run_id
    with pytest.raises(sqlalchemy.exc.InternalError, match="read-only transaction"), reader.begin() as conn:
        conn.execute(sqlalchemy.text("DELETE FROM runs"))

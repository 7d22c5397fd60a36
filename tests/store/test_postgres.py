"""The same store on PostgreSQL (the private server of ``conftest.pg_url``)."""

from __future__ import annotations

import datetime as dt

from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results
from ppid_audit.store.writer import FetchRow, StoreWriter

from .test_store import SITE, fetch, site_done


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

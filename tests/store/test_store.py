"""The store: migrations, batched writes, exports, and failures that lose nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import trio
from sqlalchemy import event, func, inspect, select, text

from ppid_audit.checking import Check, CheckOutcome
from ppid_audit.errors import ConfigError, StoreError
from ppid_audit.models import Evidence, Fetch, FetchKind, Page, Result, Severity, Site, SitePages, Status, utcnow
from ppid_audit.store import schema
from ppid_audit.store.db import open_engine
from ppid_audit.store.migrations import SCHEMA_VERSION, migrate
from ppid_audit.store.queries import results_rows, run_results
from ppid_audit.store.writer import FetchRow, SiteDone, StoreWriter, writer_task

SITE = Site(id="64.72", name="Kota Samarinda", level="kota", role="utama", parent="64", start_url="https://ppid.example.go.id/")
CHECK = Check(id="demo.check", title="Contoh", title_en="Example", indicator="pengembangan_website", severity=Severity.LOW, func=lambda s, p: [])


def fetch(url: str, status: int = 200) -> Fetch:
    return Fetch(url=url, final_url=url, kind=FetchKind.PAGE, site_id=SITE.id, status=status, fetched_at=utcnow(), digest="sha256:ab")


def site_done(run_id: int, n_results: int = 2) -> SiteDone:
    f = fetch("https://ppid.example.go.id/")
    pages = SitePages(site=SITE, started_at=utcnow(), finished_at=utcnow(), start=f, auditable=True, fetches=(f,))
    results = tuple(
        Result(status=Status.FAIL, message=f"pesan {i}", message_en=f"message {i}", item=f"i{i}",
               evidence=(Evidence.of(f, snippet="Informasi Berkala"),))
        for i in range(n_results)
    )
    return SiteDone(run_id, pages, (CheckOutcome(CHECK, results),))


@pytest.fixture
def engine(tmp_path: Path):
    return open_engine(tmp_path / "audit.db")


def test_fresh_database_is_migrated_once(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "a.db")
    names = set(inspect(engine).get_table_names())
    assert {"sites", "runs", "site_runs", "fetches", "links", "results", "evidence", "schema_migrations"} <= names
    assert migrate(engine) == []  # idempotent
    with engine.connect() as conn:
        assert conn.execute(select(func.max(schema.schema_migrations.c.version))).scalar() == SCHEMA_VERSION
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="database not found"):
        open_engine(tmp_path / "nope.db", create=False)
    with pytest.raises(StoreError, match="does not exist"):
        open_engine(tmp_path / "no" / "such" / "dir.db")


def test_run_roundtrip_with_evidence(engine) -> None:
    w = StoreWriter(engine)
    run_id = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[SITE], registry_name="Kaltim")
    w.write_batch([FetchRow(run_id, fetch("https://ppid.example.go.id/")), site_done(run_id)])
    w.finish_run(run_id)
    data = run_results(engine)
    assert data["run"]["id"] == run_id and data["run"]["status"] == "complete"
    assert data["run"]["audit_date"] == "2026-11-25"
    (site,) = data["sites"]
    assert site["id"] == "64.72" and site["status"] == "audited"
    assert [c["status"] for c in site["checks"]] == ["fail", "fail"]
    ev = site["checks"][0]["evidence"][0]
    assert ev["url"] == "https://ppid.example.go.id/" and ev["http_status"] == 200 and ev["snippet"] == "Informasi Berkala"
    assert ev["fetched_at"].endswith("+00:00")
    rows = results_rows(data)
    assert rows[0]["evidence_url"] == "https://ppid.example.go.id/" and rows[0]["check_id"] == "demo.check"
    json.dumps(data)


def test_site_filter_and_unknown_run(engine) -> None:
    w = StoreWriter(engine)
    run_id = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[SITE])
    w.write_batch([site_done(run_id)])
    assert run_results(engine, run_id, ["99"])["sites"] == []
    with pytest.raises(ConfigError, match="no run with id 999: the database holds run 1"):
        run_results(engine, 999)


async def test_writer_task_commits_before_the_run_ends(engine) -> None:
    """Rows are committed in batches while the run goes; an unfinished run stays incomplete."""
    w = StoreWriter(engine)
    run_id = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[SITE])
    send, receive = trio.open_memory_channel(8)
    async with trio.open_nursery() as n:
        n.start_soon(lambda: writer_task(w, receive, batch_rows=10, batch_seconds=0.05))
        async with send:
            for i in range(25):
                await send.send(FetchRow(run_id, fetch(f"https://ppid.example.go.id/p{i}")))
            await send.send(site_done(run_id))
            await trio.sleep(0.2)
            # still inside the run: everything sent so far is already on disk
            with engine.connect() as conn:
                assert conn.execute(select(func.count()).select_from(schema.fetches)).scalar() == 25
                assert conn.execute(select(func.count()).select_from(schema.results)).scalar() == 2
    with engine.connect() as conn:
        assert conn.execute(select(schema.runs.c.status)).scalar() == "incomplete"


def test_full_disk_is_a_clear_error_and_keeps_committed_rows(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "full.db")
    w = StoreWriter(engine)
    run_id = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[SITE])
    w.write_batch([FetchRow(run_id, fetch("https://ppid.example.go.id/first"))])

    @event.listens_for(engine, "connect")
    def _tiny(dbapi_conn, _rec):  # simulate a full disk: the file may not grow
        dbapi_conn.execute("PRAGMA max_page_count=1")

    engine.dispose()
    big = [FetchRow(run_id, Fetch(url=f"https://x/{i}" + "a" * 3000, kind=FetchKind.PAGE, site_id=SITE.id, fetched_at=utcnow())) for i in range(200)]
    with pytest.raises(StoreError, match="disk"):
        w.write_batch(big)
    event.remove(engine, "connect", _tiny)
    engine.dispose()
    with engine.connect() as conn:
        urls = conn.execute(select(schema.fetches.c.url)).scalars().all()
    assert urls == ["https://ppid.example.go.id/first"]


def test_links_are_stored_once_per_site_with_counts(engine) -> None:
    from ppid_audit.models import Link

    w = StoreWriter(engine)
    run_id = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[SITE])
    links = (Link(url="https://ppid.example.go.id/dip", text="DIP", in_nav=True, menu_path=("Informasi Publik",)),)
    for i in range(3):
        f = fetch(f"https://ppid.example.go.id/p{i}")
        w.write_batch([FetchRow(run_id, f, Page(fetch=f, url=f.url, links=links))])
    w.write_batch([site_done(run_id)])
    with engine.connect() as conn:
        rows = conn.execute(select(schema.links)).mappings().all()
    assert len(rows) == 1
    assert rows[0]["occurrences"] == 3 and rows[0]["menu_path"] == "Informasi Publik" and rows[0]["in_nav"]

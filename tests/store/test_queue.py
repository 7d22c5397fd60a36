"""The work queue of a planned run: claims never collide, a dead worker's job is redone once."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from ppid_audit.models import Site
from ppid_audit.store.db import open_engine
from ppid_audit.store.queue import claim, complete_if_done, finish, job_counts, plan_jobs, renew
from ppid_audit.store.writer import StoreWriter

SITES = [Site(id=f"64.{i:02d}", name=f"Situs {i}", level="kabupaten", role="utama", parent="64",
              start_url=f"https://ppid{i}.example.go.id/") for i in range(1, 13)]


def _planned(engine: Engine) -> int:
    run_id = StoreWriter(engine).start_run(audit_date=dt.date(2026, 12, 4), sites=SITES)
    assert plan_jobs(engine, run_id, [s.id for s in SITES]) == len(SITES)
    assert plan_jobs(engine, run_id, [s.id for s in SITES]) == 0  # idempotent
    return run_id


def _exercise(engine: Engine) -> None:
    run_id = _planned(engine)
    taken: list[str] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        while (job := claim(engine, run_id, name)) is not None:
            with lock:
                taken.append(job.site_id)
            assert renew(engine, job, name)
            assert finish(engine, job, name)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(taken) == sorted(s.id for s in SITES)  # every site exactly once
    assert job_counts(engine, run_id) == {"pending": 0, "claimed": 0, "done": len(SITES)}
    assert complete_if_done(engine, run_id) and not complete_if_done(engine, run_id)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM runs WHERE id = :r"), {"r": run_id}).scalar() == "complete"


def test_three_workers_take_every_job_once_on_sqlite(tmp_path: Path) -> None:
    _exercise(open_engine(tmp_path / "q.db"))


def test_three_workers_take_every_job_once_on_postgresql(pg_url: str) -> None:
    _exercise(open_engine(pg_url))


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_an_expired_lease_is_claimed_again_and_the_partial_rows_cleared(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = str(tmp_path / "q.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    engine = open_engine(url)
    run_id = _planned(engine)
    t0 = dt.datetime(2026, 12, 4, 1, 0, tzinfo=dt.timezone.utc)
    dead = claim(engine, run_id, "dead", lease=60, now=t0)
    assert dead is not None and dead.attempts == 1
    with engine.begin() as conn:  # the dead worker had streamed a fetch
        conn.execute(text("INSERT INTO fetches (run_id, site_id, url, kind, method, size, elapsed_ms, fetched_at, depth, "
                          "truncated, redirects_json) VALUES (:r, :s, 'https://x/', 'page', 'GET', 0, 0, :t, 0, false, '[]')"),
                     {"r": run_id, "s": dead.site_id, "t": t0})
    other = claim(engine, run_id, "alive", now=t0 + dt.timedelta(seconds=30))
    assert other is not None and other.site_id != dead.site_id  # the lease still holds
    again = claim(engine, run_id, "alive", now=t0 + dt.timedelta(seconds=61))
    assert again is not None and again.site_id == dead.site_id and again.attempts == 2
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM fetches WHERE site_id = :s"), {"s": dead.site_id}).scalar() == 0
    assert not finish(engine, dead, "dead")  # the dead worker cannot finish a job it lost
    assert finish(engine, again, "alive")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_worker_that_lost_its_claim_cannot_write(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    from ppid_audit.models import Fetch, FetchKind
    from ppid_audit.store.queue import LeaseLost, fence
    from ppid_audit.store.writer import FetchRow

    url = str(tmp_path / "q.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    engine = open_engine(url)
    run_id = _planned(engine)
    t0 = dt.datetime(2026, 12, 4, 1, 0, tzinfo=dt.timezone.utc)
    slow = claim(engine, run_id, "slow", lease=60, now=t0)
    assert slow is not None
    row = FetchRow(run_id, Fetch(url="https://x.go.id/", kind=FetchKind.PAGE, site_id=slow.site_id, status=200,
                                 fetched_at=t0))
    StoreWriter(engine, fence=fence(slow, "slow")).write_batch([row])  # still its job: written
    thief = claim(engine, run_id, "thief", now=t0 + dt.timedelta(seconds=61))  # the slow worker's lease ran out
    assert thief is not None and thief.site_id == slow.site_id
    with pytest.raises(LeaseLost):
        StoreWriter(engine, fence=fence(slow, "slow")).write_batch([row])
    with engine.connect() as conn:  # the thief's claim cleared the old row; the late write added none
        assert conn.execute(text("SELECT COUNT(*) FROM fetches WHERE site_id = :s"), {"s": slow.site_id}).scalar() == 0

"""The work queue of a planned run, in the store itself (PostgreSQL or SQLite).

``plan_jobs`` puts one job per site in ``jobs``; any number of workers call
``claim`` to take the next one.  On PostgreSQL the claim is one statement with
``SELECT ... FOR UPDATE SKIP LOCKED``, so concurrent workers never take the
same job and never wait on each other; on SQLite the single writer serialises
claims.  A claim carries a lease (``lease_until``) that the worker renews
(``renew``) while it audits; a job whose lease ran out (its worker was killed)
is claimable again, and ``claim`` first clears the partial rows the dead
worker left (fetches, links, archive row) so the site is stored exactly once.
``finish`` marks a job done; ``complete_if_done`` closes the run when no job
is left.  Why not a queue library: the store is already the one shared,
transactional place every worker reaches, and SKIP LOCKED with leases is the
whole algorithm (procrastinate would add its own schema, an asyncio worker and
a second connection pool for the same guarantee).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..models import utcnow
from .db import describe_db_error

__all__ = ["Job", "LeaseLost", "claim", "complete_if_done", "fence", "finish", "job_counts", "plan_jobs", "renew"]

DEFAULT_LEASE = 300.0  # seconds a claim lasts without renewal


@dataclass(frozen=True)
class Job:
    """A claimed job: audit ``site_id`` in ``run_id``."""

    id: int
    run_id: int
    site_id: str
    attempts: int


def plan_jobs(engine: Engine, run_id: int, site_ids: Sequence[str]) -> int:
    """One pending job per site (idempotent); return how many were added."""
    try:
        with engine.begin() as conn:
            have = set(conn.execute(text("SELECT site_id FROM jobs WHERE run_id = :r"), {"r": run_id}).scalars())
            new = [{"r": run_id, "s": s} for s in site_ids if s not in have]
            if new:
                conn.execute(text("INSERT INTO jobs (run_id, site_id, status, worker, attempts) "
                                  "VALUES (:r, :s, 'pending', '', 0)"), new)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot plan run {run_id}: {describe_db_error(exc)}") from exc
    return len(new)


def _claim_sql(dialect: str) -> str:
    lock = " FOR UPDATE SKIP LOCKED" if dialect == "postgresql" else ""
    return (
        "UPDATE jobs SET status = 'claimed', worker = :w, claimed_at = :now, lease_until = :until, "
        "attempts = attempts + 1 WHERE id = (SELECT id FROM jobs WHERE run_id = :r AND "
        "(status = 'pending' OR (status = 'claimed' AND lease_until < :now)) ORDER BY id LIMIT 1" + lock + ") "
        "RETURNING id, run_id, site_id, attempts"
    )


def claim(engine: Engine, run_id: int, worker: str, *, lease: float = DEFAULT_LEASE,
          now: dt.datetime | None = None) -> Job | None:
    """Take the next pending (or abandoned) job of the run, or None when there is none."""
    now = now or utcnow()
    try:
        with engine.begin() as conn:
            row = conn.execute(text(_claim_sql(engine.dialect.name)),
                               {"w": worker, "now": now, "until": now + dt.timedelta(seconds=lease), "r": run_id}).first()
            if row is None:
                return None
            job = Job(id=int(row.id), run_id=int(row.run_id), site_id=str(row.site_id), attempts=int(row.attempts))
            if job.attempts > 1:  # a dead worker's partial rows: the site is audited again from scratch
                p = {"r": run_id, "s": job.site_id}
                for table in ("fetches", "links", "archives"):
                    conn.execute(text(f"DELETE FROM {table} WHERE run_id = :r AND site_id = :s"), p)
            return job
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot claim a job of run {run_id}: {describe_db_error(exc)}") from exc


class LeaseLost(StoreError):
    """The job was claimed by another worker (this one's lease ran out): its writes are refused."""


def fence(job: Job, worker: str) -> Callable[[Connection], None]:
    """A check run first in every write transaction of a job: refuses to write once the claim is lost.

    The UPDATE takes the job's row lock, so it is ordered with another
    worker's claim (which clears this site's rows in its own transaction):
    either this batch commits before the claim, and the claim deletes it, or
    it sees the new owner and raises ``LeaseLost``, writing nothing.
    """

    def check(conn: Connection) -> None:
        n = conn.execute(text("UPDATE jobs SET lease_until = lease_until WHERE id = :id AND worker = :w "
                              "AND status = 'claimed'"), {"id": job.id, "w": worker}).rowcount
        if n != 1:
            raise LeaseLost(f"job {job.id} ({job.site_id}) was claimed by another worker; this worker's results are dropped")

    return check


def renew(engine: Engine, job: Job, worker: str, *, lease: float = DEFAULT_LEASE) -> bool:
    """Extend the lease; False when the job is no longer this worker's (it was reclaimed)."""
    now = utcnow()
    with engine.begin() as conn:
        n = conn.execute(text("UPDATE jobs SET lease_until = :until WHERE id = :id AND worker = :w AND status = 'claimed'"),
                         {"until": now + dt.timedelta(seconds=lease), "id": job.id, "w": worker}).rowcount
    return bool(n)


def finish(engine: Engine, job: Job, worker: str) -> bool:
    """Mark the job done (only by the worker that holds it)."""
    with engine.begin() as conn:
        n = conn.execute(text("UPDATE jobs SET status = 'done', finished_at = :now WHERE id = :id AND worker = :w "
                              "AND status = 'claimed'"), {"now": utcnow(), "id": job.id, "w": worker}).rowcount
    return bool(n)


def job_counts(engine: Engine, run_id: int) -> dict[str, int]:
    """``{"pending": n, "claimed": n, "done": n}`` for a run."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT status, COUNT(*) FROM jobs WHERE run_id = :r GROUP BY status"), {"r": run_id}).all()
    counts = {"pending": 0, "claimed": 0, "done": 0}
    counts.update({str(s): int(n) for s, n in rows})
    return counts


def complete_if_done(engine: Engine, run_id: int) -> bool:
    """Close the run (status complete) once every job is done; True when this call closed it."""
    with engine.begin() as conn:
        n = conn.execute(text(
            "UPDATE runs SET status = 'complete', finished_at = :now WHERE id = :r AND status = 'incomplete' "
            "AND EXISTS (SELECT 1 FROM jobs WHERE run_id = :r) "
            "AND NOT EXISTS (SELECT 1 FROM jobs WHERE run_id = :r AND status <> 'done')"),
            {"now": utcnow(), "r": run_id}).rowcount
    return bool(n)

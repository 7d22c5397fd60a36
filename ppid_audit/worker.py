"""Scale-out: audit the sites of a planned run from any number of worker processes.

``plan_run`` starts a run and puts one job per site in the store's queue
(``store/queue.py``).  ``work`` is one worker: it claims a job, audits that
site with the normal pipeline into the shared run (``run_audit(...,
continue_run=run, close_run=False)``), renews its lease while it works, marks
the job done, and takes the next one.  When no job is left it closes the run
(``complete_if_done``: exactly one worker does).  A worker killed mid-site
simply stops renewing: its lease runs out, another worker claims the job, and
the dead worker's partial rows are cleared first, so every site is stored
exactly once.  With PostgreSQL as the store, workers may run on any machine
that reaches the database and the sites (each with the same ``sites.toml``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import trio
from sqlalchemy import Engine, text

from .audit import Progress, run_audit
from .checking import Check
from .registry import Registry
from .scoring import Weights
from .store.queue import DEFAULT_LEASE, Job, LeaseLost, claim, complete_if_done, fence, finish, job_counts, plan_jobs, renew
from .store.writer import StoreWriter

__all__ = ["WorkSummary", "default_worker_name", "latest_planned_run", "plan_run", "work"]


def default_worker_name() -> str:
    """``host:pid``: unique per process, readable in the ``jobs`` table."""
    return f"{socket.gethostname()}:{os.getpid()}"


def plan_run(engine: Engine, registry: Registry, checks: Sequence[Check], *, audit_date: dt.date | None = None,
             weights: Weights | None = None) -> tuple[int, int]:
    """Start a run for every site of ``registry`` and queue one job per site; return (run id, jobs)."""
    writer = StoreWriter(engine, weights)
    sites = list(registry.sites)
    run_id = writer.start_run(
        audit_date=audit_date or registry.run.audit_date or dt.date.today(), sites=sites, registry_name=registry.name,
        registry_path=str(registry.path), settings={"run": vars(registry.run), "defaults": vars(registry.defaults)},
        checks=[(c.id, c.version) for c in checks],
    )
    return run_id, plan_jobs(engine, run_id, [s.id for s in sites])


def latest_planned_run(engine: Engine) -> int | None:
    """The newest run that has jobs not yet done."""
    with engine.connect() as conn:
        return conn.execute(text("SELECT MAX(run_id) FROM jobs WHERE status <> 'done'")).scalar()


@dataclass
class WorkSummary:
    """What one worker did."""

    run_id: int
    worker: str
    sites: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # jobs whose lease ran out under this worker
    closed_run: bool = False


async def _audit_job(job: Job, worker: str, engine: Engine, registry: Registry, checks: Sequence[Check], *,
                     lease: float, archive_dir: Path | None, weights: Weights | None,
                     progress: Progress | None) -> bool:
    """Audit one claimed site; False when the claim was lost (another worker has the job now)."""
    lost = False
    async with trio.open_nursery() as nursery:

        async def keep_lease() -> None:
            nonlocal lost
            while True:
                await trio.sleep(lease / 3)
                if not await trio.to_thread.run_sync(lambda: renew(engine, job, worker, lease=lease)):
                    lost = True
                    nursery.cancel_scope.cancel()
                    return

        nursery.start_soon(keep_lease)
        one = dataclasses.replace(registry, sites=tuple(s for s in registry.sites if s.id == job.site_id))
        try:
            await run_audit(one, engine, checks, continue_run=job.run_id, close_run=False, fence=fence(job, worker),
                            archive_dir=archive_dir, weights=weights, progress=progress, check_workers=0)
        except BaseExceptionGroup as eg:
            claim_lost, other = eg.split(LeaseLost)
            if claim_lost is None or other is not None:
                raise
            lost = True
        except LeaseLost:
            lost = True
        nursery.cancel_scope.cancel()
    return not lost


async def work(engine: Engine, registry: Registry, checks: Sequence[Check], run_id: int, *,
               worker: str | None = None, lease: float = DEFAULT_LEASE, poll: float = 2.0,
               archive_dir: Path | None = None, weights: Weights | None = None,
               progress: Progress | None = None, max_jobs: int | None = None) -> WorkSummary:
    """Take jobs of ``run_id`` until none is left; close the run when every job is done."""
    name = worker or default_worker_name()
    summary = WorkSummary(run_id=run_id, worker=name)
    known = {s.id for s in registry.sites}
    while max_jobs is None or len(summary.sites) < max_jobs:
        job = await trio.to_thread.run_sync(lambda: claim(engine, run_id, name, lease=lease))
        if job is None:
            counts = await trio.to_thread.run_sync(job_counts, engine, run_id)
            if counts["pending"] == 0 and counts["claimed"] == 0:
                break
            await trio.sleep(poll)  # others are working: wait in case one of them dies (its lease expires)
            continue
        if job.site_id not in known:
            raise ValueError(f"site {job.site_id!r} of run {run_id} is not in {registry.path}: give workers the same sites.toml")
        if await _audit_job(job, name, engine, registry, checks, lease=lease, archive_dir=archive_dir,
                            weights=weights, progress=progress):
            await trio.to_thread.run_sync(finish, engine, job, name)
            summary.sites.append(job.site_id)
        else:
            summary.lost.append(job.site_id)
    summary.closed_run = await trio.to_thread.run_sync(complete_if_done, engine, run_id)
    return summary

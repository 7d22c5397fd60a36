"""One audit run: registry -> crawl -> page model -> checks -> store.

This is the only module that knows every stage.  The crawler streams each
fetch to the store writer while it runs (so a killed run keeps its pages);
when a site's crawl ends its pages go through the checks, and the verdicts
and the site's summary are committed together.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
import signal
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Protocol

import trio
from sqlalchemy import Connection, Engine

from .admission import MAX_WAITING_BYTES, Admission
from .checking import Check, run_checks
from .checkpool import CheckPool, default_check_workers
from .crawl import Fetcher, crawl_site
from .crawl.browser import Renderer
from .errors import StoreError
from .memory import limit_malloc_arenas, release_free_memory
from .models import Fetch, Page, Site, SitePages, Status, utcnow
from .registry import Registry
from .scoring import Weights
from .store.previous import previous_pages
from .store.writer import FetchRow, SiteDone, StoreWriter, writer_task

__all__ = ["AuditSummary", "Progress", "SiteSummary", "audit", "run_audit"]


@dataclass(frozen=True)
class SiteSummary:
    site: Site
    auditable: bool
    reason: str | None
    pages: int
    fetches: int
    fetch_errors: int
    counts: dict[str, int]
    budget_exhausted: bool
    seconds: float


@dataclass
class AuditSummary:
    run_id: int
    status: str  # complete | incomplete | failed
    audit_date: dt.date
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    sites: list[SiteSummary] = field(default_factory=list)
    note: str = ""


class Progress(Protocol):
    """What the CLI shows while a run goes (all methods optional in spirit)."""

    def run_started(self, run_id: int, sites: Sequence[Site]) -> None: ...
    def site_started(self, site: Site) -> None: ...
    def fetched(self, site: Site, fetch: Fetch) -> None: ...
    def site_finished(self, summary: SiteSummary) -> None: ...


class _NoProgress:
    def run_started(self, run_id: int, sites: Sequence[Site]) -> None:
        pass

    def site_started(self, site: Site) -> None:
        pass

    def fetched(self, site: Site, fetch: Fetch) -> None:
        pass

    def site_finished(self, summary: SiteSummary) -> None:
        pass


def _summarise(pages: SitePages, outcomes: Sequence[object]) -> SiteSummary:
    counts = {str(s): 0 for s in Status}
    for o in outcomes:
        for r in o.results:  # type: ignore[attr-defined]
            counts[str(r.status)] += 1
    return SiteSummary(
        site=pages.site,
        auditable=pages.auditable,
        reason=pages.reason,
        pages=pages.page_count,
        fetches=len(pages.fetches),
        fetch_errors=sum(1 for f in pages.fetches if f.failed),
        counts=counts,
        budget_exhausted=pages.budget_exhausted,
        seconds=(pages.finished_at - pages.started_at).total_seconds(),
    )


async def run_audit(
    registry: Registry,
    engine: Engine,
    checks: Sequence[Check],
    *,
    audit_date: dt.date | None = None,
    progress: Progress | None = None,
    weights: Weights | None = None,
    archive_dir: Path | None = None,
    check_workers: int | None = None,
    browser: bool = True,
    chromium: str | None = None,
    continue_run: int | None = None,
    close_run: bool = True,
    fence: Callable[[Connection], None] | None = None,
) -> AuditSummary:
    """Audit every site of ``registry`` and store the results; return a summary.

    ``continue_run``: add to that earlier run instead of starting one (``run
    --resume``, and each job of a ``worker``): the sites it finished are kept
    and skipped, the others' partial rows are cleared and they are audited,
    judged as of the run's own audit date.  ``close_run=False`` leaves the
    run's status alone (a worker; the queue closes the run), and ``fence`` is
    run first in every write transaction (a worker's claim on its job).

    ``weights`` are the scoring weights (``checks/weights.toml`` by default).
    ``archive_dir``: where the page archive (WARC per site) goes; None for none.
    ``check_workers`` processes run the checks while the event loop keeps
    fetching (``checkpool.CheckPool``); 0 runs them inline on the event loop;
    None: ``$PPID_AUDIT_CHECK_WORKERS``, else the registry's ``[run]
    check_workers``, else one per other core (inline for a single site).  The
    verdicts are the same either way.
    ``browser``: render JavaScript-built pages in headless Chromium (``chromium``
    or the one on PATH); where it is missing, those pages say so.

    Sites failing checks are results, not errors.  Raises ``StoreError`` only
    when the database cannot be written (then the run stays ``incomplete``).
    """
    limit_malloc_arenas()  # before this run starts its threads: a long-lived process stays flat (memory.py)
    prog = progress or _NoProgress()
    day = audit_date or registry.run.audit_date or dt.date.today()
    writer = StoreWriter(engine, weights, archive_dir=archive_dir, fence=fence)
    sites = list(registry.sites)
    if continue_run is not None:
        run_id = continue_run
        day, done = await trio.to_thread.run_sync(writer.reopen_run, run_id, sites)
        sites = [s for s in sites if s.id not in done]
    else:
        run_id = await trio.to_thread.run_sync(
            lambda: writer.start_run(
                audit_date=day,
                sites=sites,
                registry_name=registry.name,
                registry_path=str(registry.path),
                settings={"run": vars(registry.run), "defaults": vars(registry.defaults)},
                checks=[(c.id, c.version) for c in checks],
            )
        )
    summary = AuditSummary(run_id=run_id, status="incomplete", audit_date=day, started_at=utcnow())
    prog.run_started(run_id, sites)
    send, receive = trio.open_memory_channel[FetchRow | SiteDone](64)
    interrupted: list[str] = []
    finished = False
    if check_workers is None:
        workers = default_check_workers(len(sites), registry.run.check_workers)
    else:
        workers = check_workers
    pool: CheckPool | None = None

    renderer: Renderer | None = None

    async def audit_site(
        site: Site, fetcher: Fetcher, out: trio.MemorySendChannel[FetchRow | SiteDone], admission: Admission,
        reserved: int,
    ) -> None:
        held = [reserved]  # connections admission counts for this site until its first response
        try:
            async with out:
                prog.site_started(site)

                async def on_fetch(fetch: Fetch, page: Page | None, body: bytes | None) -> None:
                    if held[0]:
                        admission.site_running(held[0])
                        held[0] = 0
                    prog.fetched(site, fetch)
                    await out.send(FetchRow(run_id, fetch, page, body))

                # the previous run's archived pages: requested conditionally, a 304 reuses the stored copy
                previous = await trio.to_thread.run_sync(previous_pages, engine, archive_dir, site.id, run_id)
                # packed: hundreds of sites in flight hold their pages as bytes until their checks run
                pages = await crawl_site(site, fetcher, on_fetch=on_fetch, audit_date=day, renderer=renderer,
                                         previous=previous, pack=True)
                waiting = pages.packed_bytes
                admission.checks_started(waiting)
                try:
                    outcomes = await pool.run(site, pages) if pool is not None else run_checks(checks, site, pages)
                finally:
                    admission.checks_finished(waiting)
                await out.send(SiteDone(run_id, pages, tuple(outcomes)))
        finally:
            admission.site_finished(held[0])
        s = _summarise(pages, outcomes)
        summary.sites.append(s)
        prog.site_finished(s)

    async def watch_signals(cancel: trio.CancelScope) -> None:
        try:
            # Ctrl-C too: every stop is the same clean stop (committed results kept, run incomplete, exit 3)
            with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM, signal.SIGHUP) as signals:
                async for signum in signals:
                    interrupted.append(signal.Signals(signum).name)
                    cancel.cancel()
                    return
        except RuntimeError:  # not in the main thread: no signal handling
            await trio.sleep_forever()

    try:
        async with AsyncExitStack() as stack:
            if workers > 0 and checks:
                pool = await stack.enter_async_context(CheckPool(checks, workers))
            async with trio.open_nursery() as root:
                root.start_soon(writer_task, writer, receive)
                async with send:
                    with trio.CancelScope() as crawl_scope:
                        async with trio.open_nursery() as crawl_nursery:
                            crawl_nursery.start_soon(watch_signals, crawl_scope)
                            async with Fetcher(
                                max_connections=registry.run.max_connections,
                                ca_bundle=registry.run.ca_bundle,
                                allow_loopback=registry.run.allow_loopback,
                                user_agent=registry.defaults.user_agent,
                                registered=[s.start_url for s in registry.sites],
                            ) as fetcher, Renderer(fetcher, executable=chromium) as renderer_:
                                renderer = renderer_ if browser else None
                                limiter = fetcher.politeness.global_limiter

                                def connections_in_use() -> int:
                                    return limiter.borrowed_tokens + limiter.statistics().tasks_waiting

                                admission = Admission(
                                    max_sites=registry.run.sites_in_parallel,
                                    max_connections=registry.run.max_connections,
                                    connections_in_use=connections_in_use,
                                    max_waiting_bytes=MAX_WAITING_BYTES if pool is not None else None,
                                )
                                crawl_nursery.start_soon(admission.watch_lag)
                                async with trio.open_nursery() as sites_nursery:
                                    for site in sites:
                                        reserved = await admission.wait_for_room(site.settings.per_host_concurrency)
                                        sites_nursery.start_soon(audit_site, site, fetcher, send.clone(), admission,
                                                                 reserved)
                            crawl_nursery.cancel_scope.cancel()  # stop the signal watcher
        finished = not interrupted
    except KeyboardInterrupt:
        interrupted.append("SIGINT")
        raise
    finally:
        summary.finished_at = utcnow()
        if finished:
            summary.status = "complete"
        elif interrupted:
            summary.note = f"dihentikan ({', '.join(interrupted)}); hasil yang sudah tersimpan tetap utuh"
        else:
            summary.note = "berhenti karena galat; hasil yang sudah tersimpan tetap utuh"
        with trio.CancelScope(shield=True):
            try:
                if close_run:  # a worker leaves the run to the queue (queue.complete_if_done)
                    await trio.to_thread.run_sync(writer.finish_run, run_id, summary.status, summary.note)
            except StoreError:
                if finished:
                    raise
    summary.sites.sort(key=lambda s: s.site.id)
    release_free_memory()  # the run's pages and bodies are freed: a long-lived process gives their pages back
    return summary


def audit(
    registry: Registry,
    engine: Engine,
    checks: Sequence[Check],
    *,
    audit_date: dt.date | None = None,
    progress: Progress | None = None,
    weights: Weights | None = None,
    archive_dir: Path | None = None,
    check_workers: int | None = None,
    continue_run: int | None = None,
) -> AuditSummary:
    """Synchronous entry point: run ``run_audit`` under ``trio.run``."""
    return trio.run(
        lambda: run_audit(registry, engine, checks, audit_date=audit_date, progress=progress, weights=weights,
                          archive_dir=archive_dir, check_workers=check_workers, continue_run=continue_run)
    )

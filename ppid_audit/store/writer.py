"""Writing to the store: one writer, batched transactions, from a worker thread.

Crawl tasks never touch the database.  They send ``FetchRow`` and
``SiteDone`` messages over a small memory channel to ``writer_task``, which
groups them and hands each batch to a worker thread that writes it in one
transaction with the sync engine (SQLAlchemy's async layer does not run on
trio).  A batch is committed every ``BATCH_ROWS`` rows or ``BATCH_SECONDS``
seconds and always at the end of each site, so a killed run keeps every
committed page and result and its ``runs.status`` stays ``incomplete``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import trio
from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from .. import __version__
from ..checking import CheckOutcome
from ..errors import StoreError
from ..models import Fetch, FetchKind, Page, Site, SitePages, Status, utcnow
from ..scoring import Weights, load_weights, score_site
from . import schema
from .archive import SiteArchive, archive_file_name
from .db import describe_db_error

BATCH_ROWS = 500
BATCH_SECONDS = 1.0
MAX_LINKS_PER_SITE = 5000


@dataclass(frozen=True)
class FetchRow:
    """A fetch to store (with its parsed page, for the links and title)."""

    run_id: int
    fetch: Fetch
    page: Page | None = None
    body: bytes | None = None  # the HTML body read, for the page archive (not stored in the database)


@dataclass(frozen=True)
class SiteDone:
    """A site's crawl summary and its check outcomes."""

    run_id: int
    pages: SitePages
    outcomes: tuple[CheckOutcome, ...]


@dataclass
class _SiteLinks:
    seen: dict[str, int] = field(default_factory=dict)  # to_url -> index in rows
    rows: list[dict[str, object]] = field(default_factory=list)


class StoreWriter:
    """Sync write operations on one engine.  Used from a single thread at a time."""

    def __init__(self, engine: Engine, weights: Weights | None = None, *, archive_dir: Path | None = None,
                 fence: Callable[[Connection], None] | None = None) -> None:
        self.engine = engine
        # run first in every write transaction (a worker's job claim: store/queue.fence); raises to refuse the write
        self.fence = fence
        # The page archive: one WARC file per site per run under archive_dir (None: no archive).
        self.archive_dir = archive_dir
        self._archives: dict[tuple[int, str], SiteArchive] = {}
        self._links: dict[tuple[int, str], _SiteLinks] = {}
        # Loaded once, here: a broken weights file stops a run before it starts,
        # not at its first finished site.
        self.weights: Weights = weights if weights is not None else load_weights()

    # ----------------------------------------------------------------- runs
    def start_run(
        self,
        *,
        audit_date: dt.date,
        sites: Sequence[Site],
        registry_name: str = "",
        registry_path: str = "",
        settings: dict[str, object] | None = None,
        checks: Sequence[tuple[str, int]] = (),
    ) -> int:
        """Record the registry's sites and open a run (status ``incomplete``)."""
        now = utcnow()
        try:
            with self.engine.begin() as conn:
                known = set(conn.execute(select(schema.sites.c.id)).scalars())
                for s in sites:
                    row = dict(
                        name=s.name,
                        level=s.level,
                        role=s.role,
                        parent_id=s.parent,
                        province=s.province,
                        start_url=s.start_url,
                        verified=s.verified,
                        updated_at=now,
                    )
                    if s.id in known:
                        conn.execute(update(schema.sites).where(schema.sites.c.id == s.id).values(**row))
                    else:
                        conn.execute(insert(schema.sites).values(id=s.id, **row))
                run_id = conn.execute(
                    insert(schema.runs)
                    .values(
                        started_at=now,
                        status="incomplete",
                        audit_date=audit_date.isoformat(),
                        registry_name=registry_name,
                        registry_path=registry_path,
                        tool_version=__version__,
                        # planned_sites lets a report of an interrupted run name the sites it never reached
                        settings_json=json.dumps(
                            {**(settings or {}), "planned_sites": [s.id for s in sites]}, default=str, sort_keys=True
                        ),
                        checks_json=json.dumps([{"id": i, "version": v} for i, v in checks]),
                        n_sites=len(sites),
                    )
                    .returning(schema.runs.c.id)
                ).scalar_one()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot start a run: {describe_db_error(exc)}") from exc
        return int(run_id)

    def reopen_run(self, run_id: int, sites: Sequence[Site]) -> tuple[dt.date, set[str]]:
        """Continue an earlier run: its audit date and the sites it already finished.

        The partial rows of every other site of the run (fetches, links, the
        archive row) are deleted, so each site is stored exactly once when it
        is audited again; the run goes back to ``incomplete`` until it finishes.
        """
        try:
            with self.engine.begin() as conn:
                row = conn.execute(select(schema.runs.c.audit_date, schema.runs.c.status)
                                   .where(schema.runs.c.id == run_id)).first()
                if row is None:
                    raise StoreError(f"no run with id {run_id}", hint="see `ppid-audit runs`")
                done = set(conn.execute(select(schema.site_runs.c.site_id)
                                        .where(schema.site_runs.c.run_id == run_id)).scalars())
                todo = [s.id for s in sites if s.id not in done]
                for table in (schema.fetches, schema.links, schema.archives):
                    if todo:
                        conn.execute(table.delete().where(table.c.run_id == run_id, table.c.site_id.in_(todo)))
                if row.status != "incomplete":
                    conn.execute(update(schema.runs).where(schema.runs.c.id == run_id)
                                 .values(status="incomplete", finished_at=None))
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot continue run {run_id}: {describe_db_error(exc)}") from exc
        return dt.date.fromisoformat(row.audit_date), done

    def finish_run(self, run_id: int, status: str = "complete", note: str = "") -> None:
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    update(schema.runs)
                    .where(schema.runs.c.id == run_id)
                    .values(status=status, finished_at=utcnow(), note=note)
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot close run {run_id}: {describe_db_error(exc)}") from exc

    # ----------------------------------------------------------------- batches
    def write_batch(self, items: Sequence[FetchRow | SiteDone]) -> None:
        """Write fetches and finished sites in one transaction."""
        fetch_rows: list[dict[str, object]] = []
        link_rows: list[dict[str, object]] = []
        link_updates: list[tuple[int, str, str, int]] = []
        done: list[SiteDone] = []
        for item in items:
            if isinstance(item, FetchRow):
                fetch_rows.append(_fetch_row(item))
                if item.page is not None:
                    self._collect_links(item, link_rows)
                self._archive(item)
            else:
                done.append(item)
        try:
            with self.engine.begin() as conn:
                if self.fence is not None:
                    self.fence(conn)
                if fetch_rows:
                    conn.execute(insert(schema.fetches), fetch_rows)
                if link_rows:
                    conn.execute(insert(schema.links), link_rows)
                for d in done:
                    self._write_site(conn, d)
                    self._close_archive(conn, d.run_id, d.pages.site.id)
                    links = self._links.pop((d.run_id, d.pages.site.id), None)
                    if links:
                        for row in links.rows:
                            if int(row["occurrences"]) > 1:  # type: ignore[call-overload]
                                link_updates.append(
                                    (d.run_id, d.pages.site.id, str(row["to_url"]), int(row["occurrences"]))  # type: ignore[call-overload]
                                )
                for run_id, site_id, to_url, n in link_updates:
                    conn.execute(
                        update(schema.links)
                        .where(
                            schema.links.c.run_id == run_id,
                            schema.links.c.site_id == site_id,
                            schema.links.c.to_url == to_url,
                        )
                        .values(occurrences=n)
                    )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write results: {describe_db_error(exc)}") from exc

    # ----------------------------------------------------------------- archive
    def _archive(self, item: FetchRow) -> None:
        """Append an HTML page or a small document (headers and body) or a checked document (headers) to the WARC."""
        f = item.fetch
        if self.archive_dir is None or f.status is None:
            return
        if item.body is not None:  # a page, parsed or not (a 404 page is evidence), or a small document read whole
            body = item.body
        elif f.kind is FetchKind.DOCUMENT:
            body = b""  # headers only: a document above archive_document_bytes is HEAD or ranged-GET checked
        else:
            return
        key = (item.run_id, f.site_id)
        arc = self._archives.get(key)
        if arc is None:
            try:
                arc = self._archives[key] = SiteArchive(self.archive_dir / archive_file_name(*key))
            except OSError as exc:
                raise StoreError(f"cannot write the page archive in {self.archive_dir}: {exc}") from exc
        method = "GET" if item.body is not None else f.method
        try:
            arc.write_response(url=f.final_url or f.url, status=f.status, headers=f.headers, body=body,
                               fetched_at=f.fetched_at, method=method, digest=f.digest if body else None,
                               revalidated=f.revalidated)
        except OSError as exc:
            raise StoreError(f"cannot write the page archive {arc.path}: {exc}") from exc

    def _close_archive(self, conn, run_id: int, site_id: str) -> None:  # type: ignore[no-untyped-def]
        arc = self._archives.pop((run_id, site_id), None)
        if arc is None or self.archive_dir is None:
            return
        size = arc.close()
        conn.execute(insert(schema.archives).values(
            run_id=run_id, site_id=site_id, path=arc.path.relative_to(self.archive_dir).as_posix(),
            records=arc.records, bytes=size, created_at=utcnow()))

    def close_archives(self) -> None:
        """Close the archive files of sites that never finished (an interrupted run); they stay on disk."""
        for arc in self._archives.values():
            arc.close()
        self._archives.clear()

    def _collect_links(self, item: FetchRow, out: list[dict[str, object]]) -> None:
        assert item.page is not None
        key = (item.run_id, item.fetch.site_id)
        state = self._links.setdefault(key, _SiteLinks())
        for link in item.page.links:
            idx = state.seen.get(link.url)
            if idx is not None:
                state.rows[idx]["occurrences"] = int(state.rows[idx]["occurrences"]) + 1  # type: ignore[call-overload]
                continue
            if len(state.rows) >= MAX_LINKS_PER_SITE:
                continue
            row: dict[str, object] = dict(
                run_id=item.run_id,
                site_id=item.fetch.site_id,
                from_url=item.page.url,
                to_url=link.url,
                text=link.text[:500],
                tag=link.tag,
                in_nav=link.in_nav,
                menu_path=" > ".join(link.menu_path),
                occurrences=1,
            )
            state.seen[link.url] = len(state.rows)
            state.rows.append(row)
            out.append(row)

    def _write_site(self, conn, d: SiteDone) -> None:  # type: ignore[no-untyped-def]
        p = d.pages
        counts = {s: 0 for s in Status}
        for o in d.outcomes:
            for r in o.results:
                counts[r.status] += 1
        conn.execute(
            insert(schema.site_runs).values(
                run_id=d.run_id,
                site_id=p.site.id,
                started_at=p.started_at,
                finished_at=p.finished_at,
                status="audited" if p.auditable else "tidak_dapat_diaudit",
                reason=p.reason or "",
                start_url=p.site.start_url,
                final_url=(p.start.final_url or p.start.url) if p.start else None,
                pages=p.page_count,
                fetches=len(p.fetches),
                fetch_errors=sum(1 for f in p.fetches if f.failed),
                budget_exhausted=p.budget_exhausted,
                n_pass=counts[Status.PASS],
                n_fail=counts[Status.FAIL],
                n_warn=counts[Status.WARN],
                n_error=counts[Status.ERROR],
                n_na=counts[Status.NOT_APPLICABLE],
            )
        )
        self._write_scores(conn, d)
        rows: list[dict[str, object]] = []
        evidence_of: list[Iterable[object]] = []
        for o in d.outcomes:
            for r in o.results:
                rows.append(
                    dict(
                        run_id=d.run_id,
                        site_id=p.site.id,
                        check_id=o.check.id,
                        check_version=o.check.version,
                        item=r.item,
                        status=str(r.status),
                        severity=str(o.check.severity),
                        indicator=o.check.indicator,
                        message=r.message,
                        message_en=r.message_en,
                        value=r.value,
                    )
                )
                evidence_of.append(r.evidence)
        if not rows:
            return
        ids = conn.execute(
            insert(schema.results).returning(schema.results.c.id, sort_by_parameter_order=True), rows
        ).scalars().all()
        ev_rows = []
        for rid, evs in zip(ids, evidence_of):
            for e in evs:
                ev = asdict(e)  # type: ignore[call-overload]
                ev_rows.append(
                    dict(
                        result_id=rid,
                        url=ev["url"],
                        fetched_at=ev["fetched_at"],
                        http_status=ev["http_status"],
                        digest=ev["digest"],
                        snippet=(ev["snippet"] or "")[:1000],
                        note=(ev["note"] or "")[:1000],
                    )
                )
        if ev_rows:
            conn.execute(insert(schema.evidence), ev_rows)


    def _write_scores(self, conn, d: SiteDone) -> None:  # type: ignore[no-untyped-def]
        """Score the site (``scoring.score_site``) in the transaction of its results."""
        p = d.pages
        sc = score_site(d.outcomes, self.weights, auditable=p.auditable, reason=p.reason or "")
        conn.execute(
            insert(schema.scores),
            [
                dict(
                    run_id=d.run_id,
                    site_id=p.site.id,
                    indicator=row["indicator"],
                    score=row["score"],
                    band=row["band"],
                    detail_json=json.dumps(row["detail"], ensure_ascii=False, sort_keys=True),
                )
                for row in sc.rows()
            ],
        )


def _fetch_row(item: FetchRow) -> dict[str, object]:
    f = item.fetch
    return dict(
        run_id=item.run_id,
        site_id=f.site_id,
        url=f.url,
        final_url=f.final_url,
        kind=str(f.kind),
        method=f.method,
        status=f.status,
        content_type=f.content_type,
        declared_size=f.declared_size,
        size=f.size,
        digest=f.digest,
        encoding=(item.page.fetch.encoding if item.page else f.encoding),
        encoding_source=(item.page.fetch.encoding_source if item.page else f.encoding_source),
        last_modified=f.last_modified,
        elapsed_ms=int(f.elapsed * 1000),
        fetched_at=f.fetched_at,
        depth=f.depth,
        referrer=f.referrer,
        error=f.error,
        error_detail=(f.error_detail or "")[:1000] or None,
        truncated=f.truncated,
        redirects_json=json.dumps([[r.url, r.status] for r in f.redirects]),
        title=(item.page.title[:500] if item.page else None),
        rendered=(item.page.fetch.rendered if item.page else f.rendered),
    )


async def writer_task(
    writer: StoreWriter,
    receive: trio.MemoryReceiveChannel[FetchRow | SiteDone],
    *,
    batch_rows: int = BATCH_ROWS,
    batch_seconds: float = BATCH_SECONDS,
) -> None:
    """Drain ``receive`` into the store in batches until every sender is closed.

    A ``SiteDone`` flushes at once (a finished site is committed before the
    next message is read).  Whatever is pending is written when the channel
    closes, even under cancellation (shielded).
    """
    pending: list[FetchRow | SiteDone] = []
    last_flush = trio.current_time()

    async def flush() -> None:
        nonlocal pending, last_flush
        if pending:
            batch, pending = pending, []
            await trio.to_thread.run_sync(writer.write_batch, batch)
        last_flush = trio.current_time()

    try:
        async with receive:
            while True:
                with trio.move_on_after(batch_seconds):
                    try:
                        item = await receive.receive()
                    except trio.EndOfChannel:
                        break
                    pending.append(item)
                    if not isinstance(item, SiteDone) and len(pending) < batch_rows and (
                        trio.current_time() - last_flush < batch_seconds
                    ):
                        continue
                await flush()
    finally:
        with trio.CancelScope(shield=True):
            with trio.move_on_after(30):
                await flush()
            await trio.to_thread.run_sync(writer.close_archives)

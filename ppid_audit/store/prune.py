"""Retention: drop raw crawl data past a horizon, keep verdicts and scores for trends.

``prune(engine, keep_days)`` deletes, for every run whose audit date is older
than ``keep_days``, its ``fetches`` and ``links`` rows and its WARC archives
(files and ``archives`` rows).  ``runs``, ``site_runs``, ``results``,
``evidence`` and ``scores`` stay: the league table, trends and changes keep
working over years.  SQLite is then compacted (VACUUM) so the file shrinks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from .db import describe_db_error


@dataclass(frozen=True)
class PruneSummary:
    """What ``prune`` removed."""

    runs: tuple[int, ...]
    fetches: int
    links: int
    archives: int
    archive_bytes: int
    vacuumed: bool


def prune(engine: Engine, keep_days: int, *, archive_dir: Path | None = None, today: dt.date | None = None,
          dry_run: bool = False) -> PruneSummary:
    """Remove fetches, links and archives of runs audited more than ``keep_days`` days before ``today``."""
    if keep_days < 0:
        raise StoreError("--keep must be 0 or more days")
    horizon = ((today or dt.date.today()) - dt.timedelta(days=keep_days)).isoformat()
    try:
        with engine.begin() as conn:
            runs = tuple(conn.execute(text("SELECT id FROM runs WHERE audit_date < :h ORDER BY id"), {"h": horizon}).scalars())
            if not runs:
                return PruneSummary((), 0, 0, 0, 0, False)
            ids = ", ".join(str(int(r)) for r in runs)
            n_fetch = conn.execute(text(f"SELECT COUNT(*) FROM fetches WHERE run_id IN ({ids})")).scalar() or 0
            n_links = conn.execute(text(f"SELECT COUNT(*) FROM links WHERE run_id IN ({ids})")).scalar() or 0
            files = list(conn.execute(text(f"SELECT path, bytes FROM archives WHERE run_id IN ({ids})")).all())
            if not dry_run:
                conn.execute(text(f"DELETE FROM fetches WHERE run_id IN ({ids})"))
                conn.execute(text(f"DELETE FROM links WHERE run_id IN ({ids})"))
                conn.execute(text(f"DELETE FROM archives WHERE run_id IN ({ids})"))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot prune: {describe_db_error(exc)}") from exc
    freed = 0
    if not dry_run and archive_dir is not None:
        for rel, size in files:
            p = archive_dir / rel
            if p.is_file():
                p.unlink()
                freed += int(size or 0)
            try:
                p.parent.rmdir()  # the run's folder, once empty
            except OSError:
                pass
    vacuumed = False
    if not dry_run and engine.dialect.name == "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM"))
        vacuumed = True
    return PruneSummary(runs, int(n_fetch), int(n_links), len(files), freed, vacuumed)

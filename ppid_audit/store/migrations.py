"""Numbered schema migrations, sqlite-utils style, each with its own frozen DDL.

Each migration is a function of a connection, applied once inside its own
transaction and recorded in ``schema_migrations``.  Re-running is safe: applied
versions are skipped.

The history is frozen: a migration defines the tables, columns and indexes it
creates *inside itself* (SQLAlchemy Core on a private ``MetaData``) and never
reads ``schema.py``, so changing today's schema cannot change what an old
migration does.  To change the schema, append a new migration here that
alters the database (never edit an applied one) and update ``schema.py``, the
description the code reads and writes through, to match.
``tests/store/test_migrations.py`` upgrades a database made at every earlier
version and fails when the result differs from ``schema.py``.

Numbered functions rather than Alembic: the store has a handful of
additive changes, existing databases already carry this bookkeeping table,
and SQLAlchemy Core DDL runs unchanged on SQLite and PostgreSQL.  A change
that SQLite cannot make with ``ALTER TABLE`` (dropping or retyping a column)
would copy the table (create new, ``INSERT ... SELECT``, drop, rename), which
is what Alembic's batch mode does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
)
from sqlalchemy.exc import IntegrityError, OperationalError

from ..errors import StoreError
from ..models import utcnow


@dataclass(frozen=True)
class Migration:
    """One step of the schema history."""

    version: int
    name: str
    apply: Callable[[Connection], None]


# The bookkeeping table is part of the history too: its shape never changes.
_bookkeeping = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _bookkeeping,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)


def _v1_initial(conn: Connection) -> None:
    """Sites, runs and everything one run writes (schema of 2026-11-25)."""
    md = MetaData()
    Table(
        "sites", md,
        Column("id", String(100), primary_key=True),
        Column("name", Text, nullable=False),
        Column("level", String(20), nullable=False),
        Column("role", String(20), nullable=False),
        Column("parent_id", String(100)),
        Column("province", String(100)),
        Column("start_url", Text, nullable=False),
        Column("verified", Boolean, nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
    )
    Table(
        "runs", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("started_at", DateTime(timezone=True), nullable=False),
        Column("finished_at", DateTime(timezone=True)),
        Column("status", String(20), nullable=False),
        Column("audit_date", String(10), nullable=False),
        Column("registry_name", Text, nullable=False),
        Column("registry_path", Text, nullable=False),
        Column("tool_version", String(40), nullable=False),
        Column("settings_json", Text, nullable=False),
        Column("checks_json", Text, nullable=False),
        Column("n_sites", Integer, nullable=False),
        Column("note", Text, nullable=False),
    )
    Table(
        "site_runs", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("started_at", DateTime(timezone=True), nullable=False),
        Column("finished_at", DateTime(timezone=True), nullable=False),
        Column("status", String(30), nullable=False),
        Column("reason", Text, nullable=False),
        Column("start_url", Text, nullable=False),
        Column("final_url", Text),
        Column("pages", Integer, nullable=False),
        Column("fetches", Integer, nullable=False),
        Column("fetch_errors", Integer, nullable=False),
        Column("budget_exhausted", Boolean, nullable=False),
        Column("n_pass", Integer, nullable=False),
        Column("n_fail", Integer, nullable=False),
        Column("n_warn", Integer, nullable=False),
        Column("n_error", Integer, nullable=False),
        Column("n_na", Integer, nullable=False),
        UniqueConstraint("run_id", "site_id", name="uq_site_runs_run_site"),
    )
    fetches = Table(
        "fetches", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("url", Text, nullable=False),
        Column("final_url", Text),
        Column("kind", String(20), nullable=False),
        Column("method", String(10), nullable=False),
        Column("status", Integer),
        Column("content_type", String(200)),
        Column("declared_size", Integer),
        Column("size", Integer, nullable=False),
        Column("digest", String(80)),
        Column("encoding", String(40)),
        Column("encoding_source", String(20)),
        Column("last_modified", String(80)),
        Column("elapsed_ms", Integer, nullable=False),
        Column("fetched_at", DateTime(timezone=True), nullable=False),
        Column("depth", Integer, nullable=False),
        Column("referrer", Text),
        Column("error", String(40)),
        Column("error_detail", Text),
        Column("truncated", Boolean, nullable=False),
        Column("redirects_json", Text, nullable=False),
        Column("title", Text),
    )
    Index("ix_fetches_run_site", fetches.c.run_id, fetches.c.site_id)
    links = Table(
        "links", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("from_url", Text, nullable=False),
        Column("to_url", Text, nullable=False),
        Column("text", Text, nullable=False),
        Column("tag", String(10), nullable=False),
        Column("in_nav", Boolean, nullable=False),
        Column("menu_path", Text, nullable=False),
        Column("occurrences", Integer, nullable=False),
    )
    Index("ix_links_run_site", links.c.run_id, links.c.site_id)
    results = Table(
        "results", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("check_id", String(100), nullable=False),
        Column("check_version", Integer, nullable=False),
        Column("item", String(200), nullable=False),
        Column("status", String(20), nullable=False),
        Column("severity", String(20), nullable=False),
        Column("indicator", String(60), nullable=False),
        Column("message", Text, nullable=False),
        Column("message_en", Text, nullable=False),
        Column("value", Float),
    )
    Index("ix_results_run_site", results.c.run_id, results.c.site_id)
    Index("ix_results_site_check", results.c.site_id, results.c.check_id)
    evidence = Table(
        "evidence", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("result_id", Integer, ForeignKey("results.id", ondelete="CASCADE"), nullable=False),
        Column("url", Text, nullable=False),
        Column("fetched_at", DateTime(timezone=True)),
        Column("http_status", Integer),
        Column("digest", String(80)),
        Column("snippet", Text, nullable=False),
        Column("note", Text, nullable=False),
    )
    Index("ix_evidence_result", evidence.c.result_id)
    md.create_all(conn)


def _v2_scores(conn: Connection) -> None:
    """The estimate of the website indicators per site per run.

    ``checkfirst``: code of 2026-11-25 10:16 created every table in migration 1,
    so databases it made already have ``scores``.
    """
    md = MetaData()
    # Stubs for the foreign keys' targets; only ``scores`` is created.
    Table("runs", md, Column("id", Integer, primary_key=True))
    Table("sites", md, Column("id", String(100), primary_key=True))
    scores = Table(
        "scores", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("indicator", String(60), nullable=False),
        Column("score", Float, nullable=True),
        Column("band", String(40), nullable=False),
        Column("detail_json", Text, nullable=False),
        UniqueConstraint("run_id", "site_id", "indicator", name="uq_scores_run_site_indicator"),
    )
    indexes = (
        Index("ix_scores_site_indicator_run", scores.c.site_id, scores.c.indicator, scores.c.run_id, scores.c.score),
        Index("ix_scores_run_indicator_site", scores.c.run_id, scores.c.indicator, scores.c.site_id, scores.c.score),
    )
    scores.create(conn, checkfirst=True)
    for ix in indexes:
        ix.create(conn, checkfirst=True)


def _v3_results_history_index(conn: Connection) -> None:
    """Index the status history of check items, read by the trend report.

    ``checkfirst``: before the history was frozen, migration 1 created every
    index ``schema.py`` listed for ``results``, this one included.
    """
    md = MetaData()
    results = Table(
        "results", md,
        Column("site_id", String(100)),
        Column("check_id", String(100)),
        Column("item", String(200)),
        Column("run_id", Integer),
        Column("status", String(20)),
    )
    Index(
        "ix_results_site_check_item_run",
        results.c.site_id, results.c.check_id, results.c.item, results.c.run_id, results.c.status,
    ).create(conn, checkfirst=True)


def _v4_archives(conn: Connection) -> None:
    """The WARC file of each site in each run (store/archive.py)."""
    md = MetaData()
    Table("runs", md, Column("id", Integer, primary_key=True))
    Table("sites", md, Column("id", String(100), primary_key=True))
    Table(
        "archives",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("path", Text, nullable=False),
        Column("records", Integer, nullable=False),
        Column("bytes", Integer, nullable=False),
        Column("created_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("run_id", "site_id", name="uq_archives_run_site"),
    )
    md.tables["archives"].create(conn, checkfirst=True)


def _v5_jobs(conn: Connection) -> None:
    """The work queue of a planned run (store/queue.py): one job per site."""
    md = MetaData()
    Table("runs", md, Column("id", Integer, primary_key=True))
    Table("sites", md, Column("id", String(100), primary_key=True))
    jobs = Table(
        "jobs",
        md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        Column("site_id", String(100), ForeignKey("sites.id"), nullable=False),
        Column("status", String(20), nullable=False),
        Column("worker", String(200), nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("claimed_at", DateTime(timezone=True)),
        Column("lease_until", DateTime(timezone=True)),
        Column("finished_at", DateTime(timezone=True)),
        UniqueConstraint("run_id", "site_id", name="uq_jobs_run_site"),
    )
    ix = Index("ix_jobs_run_status", jobs.c.run_id, jobs.c.status)
    jobs.create(conn, checkfirst=True)
    if "ix_jobs_run_status" not in {i["name"] for i in inspect(conn).get_indexes("jobs")}:
        ix.create(conn)


def _v6_fetches_rendered(conn: Connection) -> None:
    # Frozen: one nullable column, why the page was rendered in headless Chromium (NULL: not rendered).
    from sqlalchemy import text

    if "rendered" not in {c["name"] for c in inspect(conn).get_columns("fetches")}:
        conn.execute(text("ALTER TABLE fetches ADD COLUMN rendered VARCHAR(20)"))



MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _v1_initial),
    Migration(2, "scores: estimate of the website indicators", _v2_scores),
    Migration(3, "index for the status history of check items (trend report)", _v3_results_history_index),
    Migration(4, "archives: the WARC file of each site in each run", _v4_archives),
    Migration(5, "jobs: the work queue of a planned run", _v5_jobs),
    Migration(6, "fetches.rendered: pages rendered in headless Chromium, and why", _v6_fetches_rendered),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def applied_versions(engine: Engine) -> set[int]:
    """The versions recorded in ``schema_migrations`` (empty for a new database)."""
    if not inspect(engine).has_table("schema_migrations"):
        return set()
    with engine.connect() as conn:
        return set(conn.execute(select(schema_migrations.c.version)).scalars())


def migrate(engine: Engine, *, target: int | None = None) -> list[int]:
    """Apply every pending migration up to ``target`` (default: all); return the versions applied now."""
    schema_migrations.create(engine, checkfirst=True)
    done = applied_versions(engine)
    newer = [v for v in done if v > SCHEMA_VERSION]
    if newer:
        raise StoreError(
            f"the database has schema version {max(newer)}, newer than this ppid-audit ({SCHEMA_VERSION})",
            hint="upgrade ppid-audit",
        )
    applied: list[int] = []
    for m in MIGRATIONS:
        if m.version in done or (target is not None and m.version > target):
            continue
        try:
            with engine.begin() as conn:
                m.apply(conn)
                conn.execute(schema_migrations.insert().values(version=m.version, name=m.name, applied_at=utcnow()))
        except (IntegrityError, OperationalError):
            # another process migrated the same database at the same moment: fine if it recorded this version
            if m.version not in applied_versions(engine):
                raise
            continue
        applied.append(m.version)
    return applied

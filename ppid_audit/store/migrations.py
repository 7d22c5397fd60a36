"""Numbered schema migrations, sqlite-utils style.

Each migration is a function of a connection, applied once inside its own
transaction and recorded in ``schema_migrations``.  Re-running is safe: applied
versions are skipped.  To change the schema, append a new ``Migration`` here
(never edit an applied one) and update ``schema.py`` to match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, select

from ..models import utcnow
from . import schema


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


V1_TABLES = ("sites", "runs", "site_runs", "fetches", "links", "results", "evidence")


def _initial(conn: Connection) -> None:
    # A fixed list: later tables belong to later migrations.
    schema.metadata.create_all(conn, tables=[schema.metadata.tables[name] for name in V1_TABLES])


def _scores(conn: Connection) -> None:
    # checkfirst keeps this safe on databases made before migrations were fixed lists.
    schema.scores.create(conn, checkfirst=True)
    existing = {ix["name"] for ix in inspect(conn).get_indexes("scores")}
    for ix in schema.scores.indexes:
        if ix.name not in existing:
            ix.create(conn)


def _results_history_index(conn: Connection) -> None:
    existing = {ix["name"] for ix in inspect(conn).get_indexes("results")}
    for ix in schema.results.indexes:
        if ix.name == "ix_results_site_check_item_run" and ix.name not in existing:
            ix.create(conn)


def _archives(conn: Connection) -> None:
    # Frozen: the table as migration 4 made it, whatever schema.py says later.
    from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text, UniqueConstraint

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
        Column("records", Integer, nullable=False, default=0),
        Column("bytes", Integer, nullable=False, default=0),
        Column("created_at", DateTime(timezone=True), nullable=False),
        UniqueConstraint("run_id", "site_id", name="uq_archives_run_site"),
    )
    md.tables["archives"].create(conn, checkfirst=True)


def _v5_fetches_rendered(conn: Connection) -> None:
    # Frozen: one nullable column, why the page was rendered in headless Chromium (NULL: not rendered).
    from sqlalchemy import text

    if "rendered" not in {c["name"] for c in inspect(conn).get_columns("fetches")}:
        conn.execute(text("ALTER TABLE fetches ADD COLUMN rendered VARCHAR(20)"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial),
    Migration(2, "scores: estimate of the website indicators", _scores),
    Migration(3, "index for the status history of check items (trend report)", _results_history_index),
    Migration(4, "archives: the WARC file of each site in each run", _archives),
    Migration(5, "fetches.rendered: pages rendered in headless Chromium, and why", _v5_fetches_rendered),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def applied_versions(engine: Engine) -> set[int]:
    if not inspect(engine).has_table("schema_migrations"):
        return set()
    with engine.connect() as conn:
        return set(conn.execute(select(schema.schema_migrations.c.version)).scalars())


def migrate(engine: Engine) -> list[int]:
    """Apply every pending migration; return the versions applied now."""
    schema.schema_migrations.create(engine, checkfirst=True)
    done = applied_versions(engine)
    newer = [v for v in done if v > SCHEMA_VERSION]
    if newer:
        from ..errors import StoreError

        raise StoreError(
            f"the database has schema version {max(newer)}, newer than this ppid-audit ({SCHEMA_VERSION})",
            hint="upgrade ppid-audit",
        )
    applied: list[int] = []
    for m in MIGRATIONS:
        if m.version in done:
            continue
        with engine.begin() as conn:
            m.apply(conn)
            conn.execute(
                schema.schema_migrations.insert().values(version=m.version, name=m.name, applied_at=utcnow())
            )
        applied.append(m.version)
    return applied

"""The migration history: databases made by every earlier version upgrade to what schema.py describes.

A database "as version N made it" is built from the frozen history itself
(``migrate(target=N)``) and filled with rows that have the columns version N
had; a committed SQL dump stands for a database the released code wrote.
"""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, Table, create_engine, delete, inspect, select, text
from sqlalchemy.engine import make_url

import ppid_audit.store.migrations as migrations_module
from ppid_audit.store import schema
from ppid_audit.store.db import as_utc, open_engine
from ppid_audit.store.migrations import MIGRATIONS, SCHEMA_VERSION, migrate

DUMP = Path(__file__).parent / "data" / "main-46158837.sql"
T0 = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.timezone.utc)

# Rows as each version could write them: the version that introduced a table
# lists a row with every column that version had.
ROWS: dict[int, list[tuple[str, dict[str, Any]]]] = {
    1: [
        ("sites", dict(id="64.72", name="Kota Samarinda", level="kota", role="utama", parent_id="64",
                       province="Kalimantan Timur", start_url="https://ppid.example.go.id/", verified=True, updated_at=T0)),
        ("runs", dict(id=1, started_at=T0, finished_at=T0, status="complete", audit_date="2026-11-25",
                      registry_name="Kaltim", registry_path="sites.toml", tool_version="0.1.0",
                      settings_json="{}", checks_json='[{"id": "dip.published", "version": 1}]', n_sites=1, note="")),
        ("site_runs", dict(id=1, run_id=1, site_id="64.72", started_at=T0, finished_at=T0, status="audited", reason="",
                           start_url="https://ppid.example.go.id/", final_url="https://ppid.example.go.id/",
                           pages=3, fetches=4, fetch_errors=1, budget_exhausted=False,
                           n_pass=1, n_fail=1, n_warn=0, n_error=0, n_na=0)),
        ("fetches", dict(id=1, run_id=1, site_id="64.72", url="https://ppid.example.go.id/", final_url="https://ppid.example.go.id/",
                         kind="page", method="GET", status=200, content_type="text/html", declared_size=None, size=1234,
                         digest="sha256:ab", encoding="utf-8", encoding_source="header", last_modified=None, elapsed_ms=12,
                         fetched_at=T0, depth=0, referrer=None, error=None, error_detail=None, truncated=False,
                         redirects_json="[]", title="PPID Kota Samarinda")),
        ("links", dict(id=1, run_id=1, site_id="64.72", from_url="https://ppid.example.go.id/", to_url="https://ppid.example.go.id/dip",
                       text="DIP", tag="a", in_nav=True, menu_path="Informasi Publik", occurrences=3)),
        ("results", dict(id=1, run_id=1, site_id="64.72", check_id="dip.published", check_version=1, item="dip",
                         status="fail", severity="high", indicator="informasi_publik", message="DIP tidak ditemukan",
                         message_en="No DIP found", value=0.5)),
        ("evidence", dict(id=1, result_id=1, url="https://ppid.example.go.id/", fetched_at=T0, http_status=200,
                          digest="sha256:ab", snippet="Informasi Berkala", note="")),
    ],
    2: [
        ("scores", dict(id=1, run_id=1, site_id="64.72", indicator="overall", score=61.5, band="cukup_informatif",
                        detail_json='{"weights": "default"}')),
    ],
    4: [
        ("archives", dict(id=1, run_id=1, site_id="64.72", path="1/64.72.warc.gz", records=4, bytes=2048, created_at=T0)),
    ],
    5: [
        ("jobs", dict(id=1, run_id=1, site_id="64.72", status="done", worker="host:1", attempts=1, claimed_at=T0,
                      lease_until=T0, finished_at=T0)),
    ],
}


def describe(engine: Engine) -> dict[str, dict[str, Any]]:
    """Tables, columns, keys and indexes of a database, as comparable plain data."""
    insp = inspect(engine)
    out: dict[str, dict[str, Any]] = {}
    for t in sorted(insp.get_table_names()):
        out[t] = {
            "columns": {c["name"]: (c["type"].compile(dialect=engine.dialect), c["nullable"]) for c in insp.get_columns(t)},
            "primary_key": insp.get_pk_constraint(t)["constrained_columns"],
            "foreign_keys": sorted(
                (tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]), (f.get("options") or {}).get("ondelete"))
                for f in insp.get_foreign_keys(t)
            ),
            "unique": sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(t)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(t)),
        }
    return out


def _insert(engine: Engine, version: int) -> None:
    """Write version ``version``'s rows through the database's own (reflected) tables, not schema.py."""
    with engine.begin() as conn:
        for v in range(1, version + 1):
            for name, row in ROWS.get(v, []):
                conn.execute(Table(name, MetaData(), autoload_with=conn).insert().values(**row))


def _assert_rows_survived(engine: Engine, version: int) -> None:
    with engine.connect() as conn:
        for v in range(1, version + 1):
            for name, row in ROWS.get(v, []):
                got = dict(conn.execute(select(schema.metadata.tables[name]).filter_by(id=row["id"])).mappings().one())
                got = {k: as_utc(v) if isinstance(v, dt.datetime) else v for k, v in got.items()}
                assert {k: got[k] for k in row} == row, name


def _expected(make_engine: Any) -> dict[str, dict[str, Any]]:
    engine = make_engine("expected")
    schema.metadata.create_all(engine)
    try:
        return describe(engine)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def make_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """A factory of empty databases (name -> engine) on SQLite or on the private PostgreSQL server."""
    if request.param == "sqlite":
        yield lambda name: create_engine(f"sqlite:///{tmp_path / name}.db")
        return
    base = make_url(request.getfixturevalue("pg_url"))
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make(name: str) -> Engine:
        db = f"migr_{name}"
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db}"'))
            conn.execute(text(f'CREATE DATABASE "{db}"'))
        made.append(db)
        return create_engine(base.set(database=db))

    yield make
    with admin.connect() as conn:
        for db in made:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION + 1))
def test_database_of_every_version_upgrades_to_schema_py(make_engine: Any, version: int) -> None:
    old = make_engine(f"v{version}")
    assert migrate(old, target=version) == list(range(1, version + 1))
    _insert(old, version)
    url = old.url
    old.dispose()

    engine = open_engine(url.render_as_string(hide_password=False))  # what the tool does on start
    try:
        assert migrate(engine) == []
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version FROM schema_migrations ORDER BY version")).scalars().all()
        assert versions == [m.version for m in MIGRATIONS]
        assert describe(engine) == _expected(make_engine)
        _assert_rows_survived(engine, version)
    finally:
        engine.dispose()


def test_objects_made_early_by_older_code_are_tolerated(make_engine: Any) -> None:
    """Before the history was frozen, migration 1 created whatever schema.py held then (scores, newer indexes)."""
    engine = make_engine("early")
    schema.metadata.create_all(engine)  # every table and index, with only migration 1 recorded
    with engine.begin() as conn:
        conn.execute(schema.schema_migrations.insert().values(version=1, name="initial schema", applied_at=T0))
    try:
        assert migrate(engine) == [2, 3, 4, 5, 6]
        assert describe(engine) == _expected(make_engine)
    finally:
        engine.dispose()


def test_sql_dump_of_a_database_made_by_main_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "main.db"
    con = sqlite3.connect(path)
    con.executescript(DUMP.read_text(encoding="utf-8"))
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("fetches", "results", "evidence", "scores")}
    con.close()
    assert all(counts.values())

    engine = open_engine(path)
    assert describe(engine) == _expected(lambda name: create_engine(f"sqlite:///{tmp_path / name}.db"))
    with engine.connect() as conn:
        for t, n in counts.items():
            assert conn.execute(select(schema.metadata.tables[t].c.id)).scalars().all().__len__() == n
        versions = conn.execute(select(schema.schema_migrations.c.version)).scalars().all()
    assert sorted(versions) == [m.version for m in MIGRATIONS]


def test_describe_sees_a_column_schema_py_gained_without_a_migration(tmp_path: Path) -> None:
    """The comparison above would catch a schema.py change that no migration makes."""
    md = MetaData()
    for t in schema.metadata.sorted_tables:
        t.to_metadata(md)
    Table("results", md, Column("confidence", Integer), extend_existing=True)
    changed = create_engine(f"sqlite:///{tmp_path / 'changed.db'}")
    md.create_all(changed)
    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    migrate(migrated)
    assert describe(changed) != describe(migrated)
    assert set(describe(changed)["results"]["columns"]) - set(describe(migrated)["results"]["columns"]) == {"confidence"}


def test_migrations_never_read_todays_schema() -> None:
    tree = ast.parse(Path(migrations_module.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "") + ":" + ",".join(a.name for a in node.names)
        for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names}
    assert not [i for i in imported if "schema" in i]


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    from ppid_audit.errors import StoreError

    engine = create_engine(f"sqlite:///{tmp_path / 'newer.db'}")
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(schema.schema_migrations.insert().values(version=SCHEMA_VERSION + 1, name="future", applied_at=T0))
    with pytest.raises(StoreError, match="newer than this ppid-audit"):
        migrate(engine)
    with engine.begin() as conn:
        conn.execute(delete(schema.schema_migrations).where(schema.schema_migrations.c.version > SCHEMA_VERSION))
    assert migrate(engine) == []

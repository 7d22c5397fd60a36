"""Migration 2 (the scores table) and the writer scoring each site with its results."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import IntegrityError

from ppid_audit.models import utcnow
from ppid_audit.store import schema
from ppid_audit.store.db import open_engine
from ppid_audit.store.migrations import SCHEMA_VERSION, migrate
from ppid_audit.store.queries import run_scores

import pytest


def _score_indexes(engine) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("scores")}


def test_migration_on_fresh_database(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "fresh.db")
    assert SCHEMA_VERSION >= 2
    assert "scores" in inspect(engine).get_table_names()
    assert _score_indexes(engine)["ix_scores_site_indicator_run"] [:3] == ["site_id", "indicator", "run_id"]
    with engine.connect() as conn:
        assert set(conn.execute(text("SELECT version FROM schema_migrations")).scalars()) == set(range(1, SCHEMA_VERSION + 1))
    assert migrate(engine) == []


def test_migration_on_a_database_made_by_migration_1(tmp_path: Path) -> None:
    db = tmp_path / "v1.db"
    engine = create_engine(f"sqlite:///{db}")
    schema.schema_migrations.create(engine)
    v1_tables = [t for n, t in schema.metadata.tables.items() if n not in ("schema_migrations", "scores")]
    with engine.begin() as conn:
        schema.metadata.create_all(conn, tables=v1_tables)
        conn.execute(text("DROP INDEX ix_results_site_check_item_run"))  # added by migration 3
        conn.execute(schema.schema_migrations.insert().values(version=1, name="initial schema", applied_at=utcnow()))
        conn.execute(schema.runs.insert().values(started_at=utcnow(), status="complete", audit_date="2026-01-01",
                                                 registry_name="", registry_path="", tool_version="0", n_sites=0))
    assert "scores" not in inspect(engine).get_table_names()
    engine.dispose()
    engine = open_engine(db)  # applies migrations 2 and later
    assert "scores" in inspect(engine).get_table_names()
    assert "ix_scores_site_indicator_run" in _score_indexes(engine)
    result_indexes = {ix["name"] for ix in inspect(engine).get_indexes("results")}
    assert "ix_results_site_check_item_run" in result_indexes  # migration 3
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM runs")).scalar() == 1  # old rows kept
        assert conn.execute(text("SELECT MAX(version) FROM schema_migrations")).scalar() == SCHEMA_VERSION
    assert migrate(engine) == []


def test_writer_stores_scores_with_results(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        rows = conn.execute(select(schema.scores).where(schema.scores.c.run_id == 3)).mappings().all()
    assert len(rows) == 4 * 5  # four sites, four indicators + overall
    by = {(r["site_id"], r["indicator"]): r for r in rows}
    assert by[("64", "overall")]["score"] == 75.0 and by[("64", "overall")]["band"] == "cukup_informatif"
    assert by[("64.02", "overall")]["score"] == 100.0 and by[("64.02", "overall")]["band"] == "informatif"
    detail = json.loads(by[("64", "pelayanan_informasi")]["detail_json"])
    assert detail["checks"][0]["check"] == "layanan.form" and detail["checks"][0]["weight"] == 5.0
    s2 = run_scores(engine, 2)
    assert s2["64.02"]["overall"] == {"score": None, "band": "tidak_dapat_diaudit"}
    assert s2["64.72"]["overall"]["score"] == 37.5


def test_scores_are_unique_per_run_site_indicator(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError):
        with engine.begin() as conn:
            conn.execute(schema.scores.insert().values(run_id=3, site_id="64", indicator="overall", score=1.0, band="x", detail_json="{}"))

"""Which pages were rendered is stored: fetches.rendered (migration 5), also on a database made before it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from ppid_audit.store.migrations import migrate


def test_migration_5_adds_fetches_rendered_to_an_older_database(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}")
    assert 5 in migrate(engine)
    with engine.begin() as conn:  # make it a database of migration 4
        conn.execute(text("ALTER TABLE fetches DROP COLUMN rendered"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 5"))
    assert "rendered" not in {c["name"] for c in inspect(engine).get_columns("fetches")}
    assert migrate(engine) == [5]
    assert "rendered" in {c["name"] for c in inspect(engine).get_columns("fetches")}
    assert migrate(engine) == []

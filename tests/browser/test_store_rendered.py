"""Which pages were rendered is stored: fetches.rendered, added by its own migration, also to an older database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from ppid_audit.store.migrations import MIGRATIONS, migrate

RENDERED = next(m.version for m in MIGRATIONS if m.name.startswith("fetches.rendered"))


def test_the_rendered_migration_adds_fetches_rendered_to_an_older_database(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}")
    assert RENDERED in migrate(engine)
    with engine.begin() as conn:  # make it a database of the version before
        conn.execute(text("ALTER TABLE fetches DROP COLUMN rendered"))
        conn.execute(text(f"DELETE FROM schema_migrations WHERE version = {RENDERED}"))
    assert "rendered" not in {c["name"] for c in inspect(engine).get_columns("fetches")}
    assert migrate(engine) == [RENDERED]
    assert "rendered" in {c["name"] for c in inspect(engine).get_columns("fetches")}
    assert migrate(engine) == []

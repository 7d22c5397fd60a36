"""Docs and Datasette metadata: every table and column documented, canned queries run."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import text

from ppid_audit.store import schema

ROOT = Path(__file__).resolve().parents[2]


def test_every_table_and_column_is_documented() -> None:
    doc = (ROOT / "docs/reference/database.md").read_text(encoding="utf-8")
    missing = []
    for name, table in schema.metadata.tables.items():
        section = re.search(rf"^### `{name}`.*?(?=^### |\Z)", doc, re.S | re.M)
        if not section:
            missing.append(name)
            continue
        missing += [f"{name}.{c.name}" for c in table.columns if f"`{c.name}`" not in section.group(0)]
    assert not missing, missing


def test_datasette_metadata_describes_tables_and_queries_run(engine) -> None:  # type: ignore[no-untyped-def]
    meta = json.loads((ROOT / "datasette/metadata.json").read_text(encoding="utf-8"))
    db = meta["databases"]["audit"]
    assert set(db["tables"]) == set(schema.metadata.tables)
    assert {"latest_league_table", "stale_items", "sites_not_auditable"} <= set(db["queries"])
    with engine.connect() as conn:
        league = conn.execute(text(db["queries"]["latest_league_table"]["sql"])).mappings().all()
        assert [(r["rank"], r["site_id"], r["overall"]) for r in league][:2] == [(1, "64.02", 100.0), (2, "64", 75.0)]
        assert league[1]["pelayanan_informasi"] == 0.0
        stale = conn.execute(text(db["queries"]["stale_items"]["sql"])).all()
        assert {r.site_id for r in stale} == {"64.71", "64.72"}
        assert conn.execute(text(db["queries"]["sites_not_auditable"]["sql"])).all() == []
        hist = conn.execute(text(db["queries"]["site_score_history"]["sql"]), {"site_id": "64.02"}).all()
        assert [r.score for r in hist] == [100.0, None, 100.0]

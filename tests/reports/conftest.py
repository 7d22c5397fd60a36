"""Fixtures: a small store over three runs (see reports_fixture.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from reports_fixture import CHECKS, build


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return build(tmp_path / "audit.db")


@pytest.fixture
def catalog() -> dict[str, dict[str, str]]:
    return {c.id: {"title": c.title, "title_en": c.title_en, "indicator": c.indicator} for c in CHECKS}

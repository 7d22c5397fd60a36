"""The site admin's fix list against the farm's ground truth, and its formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from ppid_audit.cli.main import main
from ppid_audit.reports import check_catalog, fixes_data
from ppid_audit.store.db import open_engine


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixes") / "demo"
    assert main(["demo", "--sites", "10", "--pages", "30", "--seed", "23", "--out", str(out)]) == 0
    return out


def _faults(site: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """(check id, item kind, pages where the fix belongs: [] = a new page) from the farm's truth."""
    out = []
    for section, group in (("categories", "kategori"), ("service", "layanan")):
        for name, entry in site[section].items():
            pages = [u for u in entry.get("where") or () if not u.lower().endswith((".pdf", ".docx", ".xlsx", ".doc", ".xls"))]
            if not entry["present"]:
                out.append((f"{group}.{name}", "present", pages if entry.get("decoy") else []))
            elif entry.get("current") is False:
                out.append((f"{group}.{name}", "current", pages))
    return out


def test_every_fault_of_the_truth_is_on_the_fix_list_on_the_right_page(demo: Path) -> None:
    truth = json.loads((demo / "truth.json").read_text())
    engine = open_engine(demo / "audit.db", create=False)
    catalog = check_catalog()
    checked = 0
    with engine.connect() as conn:
        audited = set(conn.execute(text("SELECT site_id FROM site_runs WHERE status = 'audited' AND run_id = 1")).scalars())
    for sid, site in truth["sites"].items():
        if sid not in audited:
            continue
        data = fixes_data(engine, sid, catalog=catalog)
        rows = [(g["page"], g["new_page"], f) for g in data["groups"] for f in g["fixes"]]
        assert all(f["status"] in ("fail", "warn") for _, _, f in rows)  # nothing that passes
        for check_id, kind, pages in _faults(site):
            mine = [(page, new, f) for page, new, f in rows if f["check_id"] == check_id and f["item"].startswith(kind)]
            assert mine, f"{sid}: {check_id} {kind} missing from the fix list"
            if kind == "present" and not pages:
                assert any(new for new, _ in [(n, f) for _, n, f in mine]), f"{sid}: {check_id} should need a new page"
            elif pages:
                assert any(page in pages for page, _, _ in mine), f"{sid}: {check_id} {kind} on {[p for p, _, _ in mine]}, not {pages}"
            checked += 1
        https = site["https"] == "valid"
        assert any(f["check_id"] == "reach.https" for _, _, f in rows) is (not https)
    assert checked >= 10


def test_fix_list_formats_and_all_sites(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo / "audit.db")
    engine = open_engine(db, create=False)
    with engine.connect() as conn:
        sid = conn.execute(text("SELECT site_id FROM site_runs WHERE status = 'audited' ORDER BY n_fail DESC LIMIT 1")).scalar()
    assert main(["fixes", sid, "--db", db]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Daftar perbaikan") and "- [ ] **gagal**" in md
    assert main(["fixes", sid, "--db", db, "--lang", "en", "--out", str(demo / "f.html")]) == 0
    html = (demo / "f.html").read_text(encoding="utf-8")
    assert "Fix list" in html and "<script" not in html
    assert main(["fixes", sid, "--db", db, "--out", str(demo / "f.xlsx")]) == 0
    wb = openpyxl.load_workbook(demo / "f.xlsx")
    assert wb.worksheets[0].max_row > 1
    assert main(["fixes", sid, "--db", db, "--out", str(demo / "f.pdf")]) == 2
    assert main(["fixes", "--all", "--db", db, "--out", str(demo / "all"), "--format", "csv"]) == 0
    assert len(list((demo / "all").glob("perbaikan-*.csv"))) == 10
    assert main(["fixes", "no.such.site", "--db", db]) == 2  # a bad argument, not a database error
    assert "no site" in capsys.readouterr().err


@pytest.mark.parametrize(("check_id", "status", "note", "page"), [
    ("reach.internal_links", 404, "HTTP 404", "https://x.go.id/menu"),
    ("plugin.my_links", 404, "", "https://x.go.id/menu"),       # any check: a broken link is fixed where it is linked
    ("plugin.my_links", None, "timeout", "https://x.go.id/menu"),
    ("kategori.berkala", 200, "", "https://x.go.id/dead"),      # a page that answers is fixed where it is
    ("reach.documents", 200, "document: empty", "https://x.go.id/menu"),
])
def test_the_page_to_change_follows_the_evidence_not_the_check_id(check_id: str, status: int | None, note: str,
                                                                     page: str) -> None:
    from ppid_audit.reports.fixes import _page_of

    result = {"check_id": check_id, "item": "broken", "status": "fail"}
    evidence = [{"url": "https://x.go.id/dead", "http_status": status, "note": note}]
    assert _page_of(result, evidence, {"https://x.go.id/dead": "https://x.go.id/menu"}) == (page, "https://x.go.id/dead")

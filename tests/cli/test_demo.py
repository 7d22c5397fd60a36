"""`ppid-audit demo` twice: every report in every format, and the second run shows changes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from ppid_audit.cli.main import main


def test_demo_twice_writes_every_report_and_shows_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    args = ["demo", "--sites", "6", "--pages", "10", "--seed", "5", "--out", str(out)]
    assert main(args) == 0
    first = json.loads((out / "farm-state.json").read_text())
    assert main(args) == 0
    second = json.loads((out / "farm-state.json").read_text())
    assert (second["day"], second["http_port"]) == (first["day"] + 1, first["http_port"])
    err = capsys.readouterr().err
    assert "Reports:" in err and "ppid-audit report ranking --db" in err
    for kind in ("ranking", "trend", "changes"):
        for fmt in ("html", "csv", "json", "xlsx"):
            assert (out / f"{kind}.{fmt}").stat().st_size > 0, f"{kind}.{fmt}"
        html = (out / f"{kind}.html").read_text(encoding="utf-8")
        assert "<script src" not in html and "http://" not in html.split("<body", 1)[0]
        openpyxl.load_workbook(out / f"{kind}.xlsx")
    runs = json.loads((out / "trend.json").read_text())
    assert runs  # trend over both runs
    changes = json.loads((out / "changes.json").read_text())
    assert changes["previous_run"]["id"] == 1
    results = json.loads((out / "results.json").read_text())
    assert results["run"]["id"] == 2 and len(results["sites"]) == 6
    # stable URLs between runs: documents are not all "new" the second time
    n_docs = sum(1 for s in results["sites"] for c in s["checks"] for e in c["evidence"] if e["url"].endswith(".pdf"))
    assert len(changes["new_documents"]) < max(5, n_docs)

"""`ppid-audit demo` twice: every report in every format, and the second run shows changes."""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
import sys
from pathlib import Path

import openpyxl
import pytest

from ppid_audit.cli.main import main


def test_demo_twice_writes_every_report_and_shows_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # started by a path that is not on PATH, as `make demo` starts .venv/bin/ppid-audit
    exe = tmp_path / "venv bin" / "ppid-audit"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(exe), "demo"])
    out = tmp_path / "demo"
    args = ["demo", "--sites", "6", "--pages", "10", "--seed", "5", "--out", str(out)]
    assert main(args) == 0
    first = json.loads((out / "farm-state.json").read_text())
    assert main(args) == 0
    second = json.loads((out / "farm-state.json").read_text())
    assert (second["day"], second["http_port"]) == (first["day"] + 1, first["http_port"])
    err = capsys.readouterr().err
    assert "Reports:" in err
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
    suggested = [shlex.split(line, comments=True) for line in err.split("Try next:\n")[-1].splitlines() if line.strip()]
    assert len(suggested) >= 5
    for argv in suggested:  # every suggested command works when pasted as printed
        assert argv[0] == str(exe), argv
        assert main(argv[1:]) == 0, argv
        assert "error:" not in capsys.readouterr().err, argv
    assert (out / "farm-state.json").exists() and json.loads((out / "farm-state.json").read_text())["day"] == 2
    # the suggested demo is the same farm, moved on a day: no site is lost to a different seed or ports
    third = json.loads((out / "results.json").read_text())
    assert third["run"]["id"] == 3
    assert [s["id"] for s in third["sites"]] == [s["id"] for s in results["sites"]]
    assert sum(1 for s in third["sites"] if s["status"] == "audited") >= 3, [s["status"] for s in third["sites"]]


#: common Indonesian words that never belong in an English message (outside quoted site text)
INDONESIAN = re.compile(
    r"\b(gagal|tidak|halaman|situs|koneksi|ditolak|sertifikat|batas|waktu|habis|dilarang|rusak|pengalihan|"
    r"berkas|belum|sudah|terlalu|ditemukan|tersedia|dokumen|tanpa|diaudit|terjangkau|awal|sah|ada|tetapi)\b",
    re.IGNORECASE,
)


def test_english_messages_are_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    # seed 5: sites refusing connections and serving bad certificates as well as auditable ones
    assert main(["-q", "demo", "--sites", "6", "--pages", "10", "--seed", "5", "--out", str(out)]) == 0
    with sqlite3.connect(f"file:{out / 'audit.db'}?mode=ro", uri=True) as conn:
        messages = [m for (m,) in conn.execute("SELECT DISTINCT message_en FROM results")]
    assert any(m.startswith("Site could not be audited: ") for m in messages)
    assert len(messages) > 20
    for message in messages:
        unquoted = re.sub(r"'[^']*'|\"[^\"]*\"", "", message)  # quotes of the sites' own text stay as they are
        assert not INDONESIAN.search(unquoted), message

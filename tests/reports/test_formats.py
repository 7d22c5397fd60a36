"""Every report in every format: parseable, escaped, guarded against formula injection, --lang en."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from ppid_audit.cli.main import cli
from ppid_audit.reports import KINDS, build_report, write_report
from ppid_audit.reports.tables import guard_cell
from ppid_audit.scoring import Weights

from reports_fixture import HOSTILE


@pytest.fixture(scope="module")
def app():  # type: ignore[no-untyped-def]
    if "report" not in cli.commands:
        from ppid_audit.cli import report

        report.register(cli)
    return cli


def _no_remote_resources(html: str) -> None:
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert not re.search(r"""\b(src|srcset|data)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert "@import" not in html and not re.search(r"url\(\s*['\"]?(https?:)?//", html)


@pytest.mark.parametrize("kind", KINDS)
def test_html_is_self_contained_and_escaped(engine, catalog, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    data = build_report(kind, engine, weights=Weights())
    out = tmp_path / f"{kind}.html"
    write_report(kind, data, "html", out, catalog=catalog)
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and '<html lang="id">' in html
    _no_remote_resources(html)
    assert "perkiraan indikator website" in html.lower() and "bukan nilai resmi Monev" in html
    assert "Cara penghitungan" in html
    if kind != "changes":  # the hostile site has no change in run 3
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert HOSTILE not in html


def test_html_trend_has_inline_svg_and_titles(engine, catalog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "t.html"
    write_report("trend", build_report("trend", engine, weights=Weights()), "html", out, catalog=catalog)
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") >= 5 and "<polyline" in html
    assert "Judul info.berkala" in html and "Butir berkala yang kedaluwarsa" in html
    assert "≥ 55" in html  # 64.71 never passed: stale for at least 55 days


@pytest.mark.parametrize("kind", KINDS)
def test_json_csv_xlsx_parse(engine, catalog, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    data = build_report(kind, engine, weights=Weights())
    write_report(kind, data, "json", tmp_path / "r.json", catalog=catalog)
    loaded = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert loaded["schema_version"] == 1 and loaded["report"] == kind and loaded["run"]["id"] == 3
    write_report(kind, data, "csv", tmp_path / "r.csv", catalog=catalog)
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    assert len(rows) > 2 and all(len(r) == len(rows[0]) for r in rows)
    write_report(kind, data, "xlsx", tmp_path / "r.xlsx", catalog=catalog)
    wb = load_workbook(tmp_path / "r.xlsx")
    assert wb.worksheets and wb.worksheets[0].max_row > 2
    assert "Monev" in str(wb.worksheets[0]["A1"].value)


def test_ranking_csv_rows(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    write_report("ranking", build_report("ranking", engine, weights=Weights()), "csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [(r["Peringkat"], r["Kode"], r["Nilai akhir"], r["Predikat"]) for r in rows] == [
        ("1", "64.02", "100.0", "Informatif"), ("2", "64", "75.0", "Cukup Informatif"),
        ("3", "64.71", "62.5", "Cukup Informatif"), ("3", "64.72", "62.5", "Cukup Informatif"),
    ]
    assert rows[1]["Perubahan sejak audit sebelumnya"] == "-25.0"


def test_formula_injection_is_guarded(engine, catalog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for value in ("=1+1", "+x", "-x", "@x", "\tx", "\rx"):
        assert guard_cell(value) == "'" + value
    assert guard_cell("ok") == "ok" and guard_cell(-3.5) == -3.5
    data = build_report("changes", engine, weights=Weights())
    buf = io.StringIO()
    write_report("changes", data, "csv", buf, catalog=catalog)
    assert "'=HYPERLINK" in buf.getvalue() and ",=HYPERLINK" not in buf.getvalue()
    write_report("changes", data, "xlsx", tmp_path / "c.xlsx", catalog=catalog)
    ws = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.value.startswith("'=") and c.data_type == "s" for c in cells)


def test_lang_en_switches_labels_titles_and_messages(engine, catalog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = build_report("changes", engine, weights=Weights())
    write_report("changes", data, "html", tmp_path / "en.html", lang="en", catalog=catalog)
    html = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Newly failing" in html and "not the official Monev score" in html
    assert "Title layanan.form" in html and "Judul layanan.form" not in html
    assert "Baru gagal" not in html and "How scores are computed" in html
    buf = io.StringIO()
    write_report("ranking", build_report("ranking", engine, weights=Weights()), "csv", buf, lang="en")
    header = buf.getvalue().splitlines()[0]
    assert header.startswith("Rank,Code,Site,Level") and "Website development" in header


def test_cli_report_commands(app, engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(engine.url.database)
    runner = CliRunner()
    for kind in KINDS:
        out = tmp_path / f"{kind}.xlsx"
        res = runner.invoke(app, ["report", kind, "--db", db, "--out", str(out)], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        assert load_workbook(out).worksheets
    res = runner.invoke(app, ["report", "ranking", "--db", db, "--format", "json", "--run", "2", "--lang", "en"])
    assert res.exit_code == 0
    payload = json.loads(res.stdout)
    assert payload["run"]["id"] == 2 and payload["lang"] == "en" and payload["not_scored"][0]["site_id"] == "64.02"
    res = runner.invoke(app, ["report", "changes", "--db", db, "--format", "xlsx"])
    assert res.exit_code != 0


def test_trend_csv_has_one_column_per_run(engine, catalog) -> None:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    write_report("trend", build_report("trend", engine, weights=Weights()), "csv", buf, catalog=catalog)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    samarinda = next(r for r in rows if r["Kode"] == "64.72" and r["Indikator"] == "Nilai akhir")
    assert (samarinda["2026-10-01"], samarinda["2026-11-24"], samarinda["2026-11-25"]) == ("50.0", "37.5", "62.5")
    kukar = next(r for r in rows if r["Kode"] == "64.02" and r["Indikator"] == "Nilai akhir")
    assert kukar["2026-11-24"] == ""  # not auditable: empty, not zero
    assert {r["Bagian"] for r in rows} >= {"Tren per situs", "Tren per provinsi", "Perubahan status pemeriksaan"}


def test_terminal_table_does_not_read_markup(app, engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from ppid_audit.cli import common
    from ppid_audit.cli import report as report_cli

    console = Console(record=True, width=300, file=io.StringIO())
    monkeypatch.setattr(common, "out_console", console)
    monkeypatch.setattr(report_cli, "list_format", lambda fmt: "table")  # as on a terminal
    data = build_report("ranking", engine, weights=Weights())
    data["ranked"][0]["name"] = "[bold red]Situs[/] [link=http://evil]x"
    report_cli._terminal_table("ranking", data, "id", {})
    out = console.export_text()
    assert "[bold red]Situs[/] [link=http://evil]x" in out and "100.00" in out

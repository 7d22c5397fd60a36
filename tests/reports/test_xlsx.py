"""XLSX for people: frozen headers, filters, widths, real dates; the Komisi Informasi workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import Engine

from ppid_audit.reports import build_report, write_report


def test_every_sheet_has_a_frozen_filtered_header_and_real_dates(engine: Engine, tmp_path: Path,
                                                               catalog: dict[str, dict[str, str]]) -> None:
    out = tmp_path / "trend.xlsx"
    write_report("trend", build_report("trend", engine), "xlsx", out, catalog=catalog)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A3", ws.title   # row 1: the estimate note, row 2: the header
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A2:")
        assert all(ws.column_dimensions[c].width >= 6 for c in "AB")
    stale = wb.worksheets[-1]
    dates = [c.value for row in stale.iter_rows(min_row=3) for c in row if isinstance(c.value, dt.datetime)]
    assert dates, "ISO dates are date cells, not text"


def test_komisi_workbook_has_ranking_verdicts_and_evidence(engine: Engine, tmp_path: Path,
                                                           catalog: dict[str, dict[str, str]]) -> None:
    out = tmp_path / "ki.xlsx"
    write_report("komisi", build_report("komisi", engine), "xlsx", out, lang="en", catalog=catalog)
    wb = openpyxl.load_workbook(out)
    assert [ws.title for ws in wb.worksheets] == ["Ranked sites", "Verdicts", "Run coverage"]
    verdicts = wb["Verdicts"]
    header = [c.value for c in verdicts[2]]
    assert {"Check id", "URL", "sha256 digest", "Fetched at"} <= set(header)
    urls = [row[header.index("URL")].value for row in verdicts.iter_rows(min_row=3)]
    assert any(u and u.startswith("https://") for u in urls)
    # a crawled message starting with '=' stays text
    msgs = [row[header.index("Message")].value for row in verdicts.iter_rows(min_row=3)]
    assert any(m and m.startswith("'=HYPERLINK") for m in msgs)

"""XLSX output (openpyxl, write-only mode): one worksheet per sheet of the report.

Text cells are guarded against formula injection (``'`` prefix) and openpyxl
is told they are strings, so nothing a crawled site wrote becomes a formula.
Each sheet has a frozen, bold header row with an autofilter, columns sized to
their content, and real date cells (filterable and sortable in Excel and
LibreOffice) for ISO dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .tables import Sheet, guard_cell

_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MIN_WIDTH, MAX_WIDTH = 6, 60


def _title(name: str, used: set[str]) -> str:
    base = name.translate(_BAD_TITLE).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" {n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _width(sh: Sheet, key: str, label: str) -> float:
    longest = max([len(label), *(len(_shown(r.get(key))) for r in sh.rows[:500])])
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def write_xlsx(sheets: Sequence[Sheet], out: Path | str | BinaryIO, *, note: str = "") -> None:
    """Write the sheets to an .xlsx file; ``note`` (the estimate disclaimer) heads each sheet."""
    wb = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    for sh in sheets:
        ws = wb.create_sheet(_title(sh.name, used))
        header_row = 2 if note else 1
        for i, (key, label) in enumerate(sh.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = _width(sh, key, label)
        ws.freeze_panes = f"A{header_row + 1}"
        if sh.columns:
            last = get_column_letter(len(sh.columns))
            ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(1, len(sh.rows))}"
        if note:
            ws.append([_text_cell(ws, note)])
        header = []
        for _, label in sh.columns:
            c = WriteOnlyCell(ws, value=label)
            c.font = bold
            header.append(c)
        ws.append(header)
        keys = [k for k, _ in sh.columns]
        for row in sh.rows:
            ws.append([_cell(ws, row.get(k)) for k in keys])
    if not sheets:
        wb.create_sheet("-")
    wb.save(out)


def _text_cell(ws: Any, value: str) -> WriteOnlyCell:
    c = WriteOnlyCell(ws, value=guard_cell(value))
    c.data_type = "s"  # never a formula, whatever it starts with
    return c


def _cell(ws: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 10 and _ISO_DATE.fullmatch(value):
            try:
                c = WriteOnlyCell(ws, value=dt.date.fromisoformat(value))
            except ValueError:
                return _text_cell(ws, value)
            c.number_format = "yyyy-mm-dd"
            return c
        return _text_cell(ws, value)
    if isinstance(value, dt.datetime):
        c = WriteOnlyCell(ws, value=value.replace(tzinfo=None) if value.tzinfo else value)
        c.number_format = "yyyy-mm-dd hh:mm"
        return c
    return value

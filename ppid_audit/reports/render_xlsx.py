"""XLSX output (openpyxl, write-only mode): one worksheet per sheet of the report.

Text cells are guarded against formula injection (``'`` prefix) and openpyxl
is told they are strings, so nothing a crawled site wrote becomes a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from .tables import Sheet, guard_cell

_BAD_TITLE = str.maketrans({c: " " for c in "[]:*?/\\"})


def _title(name: str, used: set[str]) -> str:
    base = name.translate(_BAD_TITLE).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" {n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def write_xlsx(sheets: Sequence[Sheet], out: Path | str | BinaryIO, *, note: str = "") -> None:
    """Write the sheets to an .xlsx file; ``note`` (the estimate disclaimer) heads each sheet."""
    wb = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    for sh in sheets:
        ws = wb.create_sheet(_title(sh.name, used))
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
        return _text_cell(ws, value)
    return value

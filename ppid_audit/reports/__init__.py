"""Reports: what Diskominfo operators, commissioners and site admins read.

The store -> reports end of the flow.  ``build_report`` runs the SQL of one
report (``data.py``) and returns a JSON-able dict; ``write_report`` renders it
as HTML, CSV, JSON or XLSX.  Scores are an *estimate* of the website
indicators (``scoring.py``), never the official Monev score.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy import Engine

from ..errors import ConfigError
from ..scoring import Weights, load_weights
from .data import changes_data, check_catalog, ranking_data, trend_data
from .i18n import check_lang, t
from .fixes import fixes_data
from .render_html import render_html
from .render_md import render_fixes_md
from .render_xlsx import write_xlsx
from .tables import Sheet, changes_sheets, fixes_sheets, komisi_sheets, ranking_sheets, trend_sheets, write_csv

__all__ = ["FIX_FORMATS", "FORMATS", "KINDS", "build_report", "check_catalog", "fixes_data", "report_sheets", "write_report"]

KINDS = ("ranking", "trend", "changes")
#: Reports that have a table form only (no HTML page): the Komisi Informasi workbook.
TABLE_ONLY = ("komisi",)
FORMATS = ("html", "csv", "json", "xlsx")
FIX_FORMATS = ("html", "xlsx", "csv", "md", "json")


def build_report(
    kind: str,
    engine: Engine,
    run_id: int | None = None,
    *,
    weights: Weights | None = None,
    days: int = 365,
    site_ids: tuple[str, ...] = (),
    with_detail: bool = True,
) -> dict[str, Any]:
    """Query the data of one report (``ranking``, ``trend`` or ``changes``)."""
    w = (weights or load_weights()).as_dict()
    if kind == "ranking":
        return ranking_data(engine, run_id, weights=w, with_detail=with_detail)
    if kind == "trend":
        return trend_data(engine, run_id, weights=w, days=days, site_ids=site_ids)
    if kind == "changes":
        return changes_data(engine, run_id, weights=w)
    if kind == "komisi":
        from ..store.queries import run_results

        ranking = ranking_data(engine, run_id, weights=w, with_detail=False)
        return {"schema_version": ranking["schema_version"], "report": "komisi", "run": ranking["run"],
                "ranking": ranking, "results": run_results(engine, ranking["run"]["id"])}
    raise ConfigError(f"unknown report {kind!r}; use one of {KINDS + TABLE_ONLY}")


def report_sheets(kind: str, data: dict[str, Any], lang: str, catalog: dict[str, dict[str, str]]) -> list[Sheet]:
    """The report as tables (for CSV, XLSX and the terminal)."""
    if kind == "ranking":
        return ranking_sheets(data, lang)
    if kind == "trend":
        return trend_sheets(data, lang, catalog)
    if kind == "fixes":
        return fixes_sheets(data, lang, catalog)
    if kind == "komisi":
        return komisi_sheets(data, lang, catalog)
    return changes_sheets(data, lang, catalog)


def write_report(
    kind: str,
    data: dict[str, Any],
    fmt: str,
    out: Path | TextIO | BinaryIO,
    *,
    lang: str = "id",
    catalog: dict[str, dict[str, str]] | None = None,
) -> None:
    """Render ``data`` in ``fmt`` to a path or an open stream (text for html/csv/json, binary for xlsx)."""
    check_lang(lang)
    catalog = catalog or {}
    if fmt == "xlsx":
        target: Any = str(out) if isinstance(out, Path) else out
        write_xlsx(report_sheets(kind, data, lang, catalog), target, note=t(lang, "estimate_note"))
        return
    if fmt == "json":
        text = json.dumps({**data, "lang": lang}, ensure_ascii=False, indent=2, default=str) + "\n"
    elif fmt == "html":
        if kind in TABLE_ONLY:
            raise ConfigError(f"the {kind} report has no HTML form; use xlsx, csv or json")
        text = render_html(kind, data, lang=lang, catalog=catalog)
    elif fmt == "md" and kind == "fixes":
        text = render_fixes_md(data, lang=lang, catalog=catalog)
    elif fmt == "csv":
        buf = io.StringIO()
        write_csv(report_sheets(kind, data, lang, catalog), buf, section_label=t(lang, "section"))
        text = buf.getvalue()
    else:
        raise ConfigError(f"unknown format {fmt!r}; use one of {FORMATS}")
    if isinstance(out, Path):
        out.write_text(text, encoding="utf-8", newline="")
    else:
        out.write(text)  # type: ignore[arg-type]

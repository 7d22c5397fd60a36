"""`ppid-audit report {ranking,trend,changes}`: league table, trend and morning digest."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigError
from ..reports import FORMATS, build_report, check_catalog, report_sheets, write_report
from ..reports.i18n import LANGS, t
from ..store.db import open_engine
from .common import EXIT_OK, check_output_path, db_option, err_console, list_format, print_rows

TERMINAL_ROWS = 40
TERMINAL_COLUMNS = {
    "ranking": ("rank", "site", "overall", "band", "change_previous", "change_30d", "reason"),
    "trend": ("site", "check", "since", "days_stale", "message"),
    "changes": ("section", "site", "check", "before", "after", "message", "url"),
}


#: what ``--out``'s extension says, when there is no ``--format``
OUT_EXTENSIONS = {"htm": "html", "html": "html", "csv": "csv", "json": "json", "xlsx": "xlsx"}
_RIGHT = ("rank", "overall", "days_stale", "change_previous", "change_30d")


def _terminal_table(kind: str, data: dict[str, Any], lang: str, catalog: dict[str, dict[str, str]]) -> None:
    """The report as a table on stdout: boxed and cut at 40 rows on a terminal, every row as tab-separated lines in a pipe."""
    sheets = report_sheets(kind, data, lang, catalog)
    sheet = sheets[-1] if kind == "trend" else sheets[0]  # trend: the stale items
    keys = [k for k in TERMINAL_COLUMNS[kind] if any(k == c for c, _ in sheet.columns)]
    labels = dict(sheet.columns)
    fmt = list_format(None)
    rows = sheet.rows if fmt == "plain" else sheet.rows[:TERMINAL_ROWS]
    print_rows(
        [labels[k] for k in keys],
        ([_cell(row.get(k), signed=k.startswith("change")) for k in keys] for row in rows),
        fmt=fmt,
        title=f"{t(lang, kind + '_title')} · #{data['run']['id']} {data['run']['audit_date']}",
        header=True,
        justify={labels[k]: "right" for k in keys if k in _RIGHT},
    )
    if len(sheet.rows) > len(rows):
        err_console.print(f"… {len(sheet.rows) - len(rows)} more rows (use --out, or a pipe)")
    err_console.print(f"[dim]{t(lang, 'estimate_note')}[/]", soft_wrap=True)


def _cell(v: Any, signed: bool = False) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:+.2f}" if signed else f"{v:.2f}"
    return str(v)


def register(cli: click.Group) -> None:
    @cli.group("report")
    def report() -> None:
        """Reports from stored results: league table, trend, changes since the previous run.

        Scores are an estimate of the website indicators ("perkiraan indikator website"),
        not the official Monev score; every report shows how they are computed.
        """

    def common(f: Any) -> Any:
        f = click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True, help="Language of labels.")(f)
        f = click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
                         help="Write the report here (format from the extension unless --format).")(f)
        f = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                         help="html, csv, json or xlsx. Without --out: written to stdout (not xlsx).")(f)
        f = click.option("--run", "run_id", type=int, default=None, help="Run id (default: the latest run).")(f)
        return db_option(f)

    def run_report(kind: str, db: str, run_id: int | None, fmt: str | None, out: Path | None, lang: str, **kw: Any) -> int:
        if out is not None:
            fmt = check_output_path(out, OUT_EXTENSIONS, fmt)
        if fmt == "xlsx" and out is None:
            raise click.UsageError("--format xlsx needs --out FILE.xlsx")
        engine = open_engine(db, read_only=True)
        data = build_report(kind, engine, run_id, **kw)
        catalog = check_catalog()
        if out is not None:
            write_report(kind, data, fmt or "html", out, lang=lang, catalog=catalog)
            err_console.print(f"{t(lang, kind + '_title')}: {out}")
        elif fmt:  # the asked-for format alone on stdout, nothing else
            write_report(kind, data, fmt, sys.stdout, lang=lang, catalog=catalog)
        else:
            _terminal_table(kind, data, lang, catalog)
        return EXIT_OK

    @report.command("ranking")
    @common
    @click.option("--no-detail", is_flag=True, help="Leave out the per-site computation of each score.")
    def ranking_cmd(db: str, run_id: int | None, fmt: str | None, out: Path | None, lang: str, no_detail: bool) -> int:
        """League table of a run: rank, band, score per indicator, change since the previous run and ~30 days ago."""
        return run_report("ranking", db, run_id, fmt, out, lang, with_detail=not no_detail)

    @report.command("trend")
    @common
    @click.option("--days", type=int, default=365, show_default=True, help="How far back from the run's audit date.")
    @click.option("--site", "site_ids", multiple=True, metavar="ID", help="Only this site (all indicators); repeatable.")
    def trend_cmd(db: str, run_id: int | None, fmt: str | None, out: Path | None, lang: str, days: int, site_ids: tuple[str, ...]) -> int:
        """Scores over time per site and province, check status changes, days each time-bound item is stale."""
        if days < 1:
            raise click.UsageError("--days must be at least 1")
        return run_report("trend", db, run_id, fmt, out, lang, days=days, site_ids=site_ids)

    @report.command("komisi")
    @common
    def komisi_cmd(db: str, run_id: int | None, fmt: str | None, out: Path | None, lang: str) -> int:
        """One workbook for the Komisi Informasi: league table, every verdict with its evidence URL, coverage."""
        if out is None:
            raise click.UsageError("report komisi needs --out FILE.xlsx (or .csv / .json)")
        if check_output_path(out, OUT_EXTENSIONS, fmt) not in ("xlsx", "csv", "json"):
            raise ConfigError("report komisi is a workbook: use --out FILE.xlsx (or .csv / .json)")
        return run_report("komisi", db, run_id, fmt, out, lang)

    @report.command("changes")
    @common
    def changes_cmd(db: str, run_id: int | None, fmt: str | None, out: Path | None, lang: str) -> int:
        """Since the previous run: newly failing, fixed, new documents, sites unreachable or back."""
        return run_report("changes", db, run_id, fmt, out, lang)

"""`ppid-audit results` and `ppid-audit runs`: export what the store holds."""

from __future__ import annotations

import click

from ..store.db import open_engine
from ..store.queries import CSV_COLUMNS, list_runs, results_rows, run_results
from .common import EXIT_OK, db_option, write_csv, write_json


def register(cli: click.Group) -> None:
    @cli.command("results")
    @db_option
    @click.option("--run", "run_id", type=int, default=None, help="Run id (default: the latest run).")
    @click.option("--site", "site_ids", multiple=True, metavar="ID", help="Only this site; repeatable.")
    @click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
    def results_cmd(db: str, run_id: int | None, site_ids: tuple[str, ...], fmt: str) -> int:
        """Export the verdicts of a run: per site, per check, status, message and evidence.

        JSON: {"schema_version", "run": {...}, "sites": [{"id", "status", "checks":
        [{"id", "status", "message", "evidence": [{"url", ...}]}]}]} (keys documented in
        docs/reference/results-json.md). CSV: one row per verdict, first evidence inline.
        """
        engine = open_engine(db, read_only=True)
        data = run_results(engine, run_id, site_ids)
        if fmt == "json":
            write_json(data)
        else:
            write_csv(results_rows(data), CSV_COLUMNS)
        return EXIT_OK

    @cli.command("runs")
    @db_option
    @click.option("--limit", type=int, default=20, show_default=True)
    @click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="csv", show_default=True)
    def runs_cmd(db: str, limit: int, fmt: str) -> int:
        """List the most recent runs (id, dates, status)."""
        engine = open_engine(db, read_only=True)
        rows = list_runs(engine, limit)
        if fmt == "json":
            write_json(rows)
        else:
            write_csv(rows, ["id", "started_at", "finished_at", "status", "audit_date", "registry", "n_sites", "tool_version", "note"])
        return EXIT_OK

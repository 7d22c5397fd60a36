"""`ppid-audit run`: audit the registered sites and store the results."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console

from ..audit import AuditSummary, audit
from ..checking import Check, load_checks, select_checks
from ..registry import MAX_CHECK_WORKERS, Registry, load_registry
from ..scoring import load_weights
from ..store.archive import archive_dir_for
from ..store.db import open_engine
from ..reports.coverage import is_outage
from ..errors import ConfigError
from ..store.lock import run_lock
from ..store.queries import latest_incomplete_run
from .common import (EXIT_INCOMPLETE, EXIT_OK, EXIT_OUTAGE, archive_options, config_option, db_option, err_console,
                     suggest)
from .progress import JsonProgress, RunProgress, summary_fields, summary_line, summary_table


def checks_options(f):  # type: ignore[no-untyped-def]
    f = click.option("--check", "only", multiple=True, metavar="ID", help="Run only these checks (id or dotted prefix); repeatable.")(f)
    f = click.option("--skip", "skip", multiple=True, metavar="ID", help="Skip these checks (id or dotted prefix); repeatable.")(f)
    f = click.option(
        "--only-checks-dir",
        is_flag=True,
        default=False,
        help="Use only the checks of --checks-dir, not the bundled ones or installed plugins.",
    )(f)
    f = click.option(
        "--checks-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Add the checks of this folder to the bundled ones (see --only-checks-dir).",
    )(f)
    return f


def chosen_checks(
    checks_dir: Path | None, only: tuple[str, ...], skip: tuple[str, ...], only_checks_dir: bool = False
) -> list[Check]:
    """The checks a command runs: bundled, plugins and ``checks_dir``, filtered by --check/--skip."""
    return select_checks(load_checks(checks_dir, only_checks_dir=only_checks_dir), only, skip)


def execute_run(
    registry: Registry,
    db: str,
    checks: list[Check],
    *,
    audit_date: dt.date | None = None,
    checks_dir: Path | None = None,
    log_format: str = "text",
    log: TextIO | None = None,
    resume: bool = False,
    check_workers: int | None = None,
    archive_dir: Path | None = None,
) -> tuple[AuditSummary, int]:
    """Run an audit under the database's run lock, log it, and return the summary and the exit code.

    A ``weights.toml`` inside ``checks_dir`` replaces the bundled scoring weights.
    Logs (progress, the per-site table, the one-line summary) go to ``log``
    (stderr by default) as text or JSON lines.  ``check_workers`` overrides the
    registry's ``[run] check_workers`` and ``$PPID_AUDIT_CHECK_WORKERS``.
    ``archive_dir``: the page archive's folder (``store.archive.archive_dir_for``; None: no archive).
    """
    weights = None
    if checks_dir is not None and (checks_dir / "weights.toml").is_file():
        weights = load_weights(checks_dir / "weights.toml")
    engine = open_engine(db)
    console = err_console if log is None else Console(file=log, highlight=False, width=140)
    with run_lock(engine):
        continue_run = None
        if resume:
            continue_run = latest_incomplete_run(engine)
            if continue_run is None:
                raise ConfigError("no incomplete run to resume", hint="start a new one without --resume")
            console.print(f"Resuming run {continue_run}: finished sites are kept, the others are audited.")
        progress: Any = JsonProgress(log or sys.stderr) if log_format == "json" else RunProgress(console)
        with progress:
            summary = audit(registry, engine, checks, audit_date=audit_date, progress=progress, weights=weights,
                            archive_dir=archive_dir, continue_run=continue_run,
                            check_workers=check_workers)
    outage = False
    if summary.status == "complete":
        with engine.connect() as conn:
            outage = is_outage(conn, summary.run_id)
    code = EXIT_OUTAGE if outage else EXIT_OK if summary.status == "complete" else EXIT_INCOMPLETE
    if log_format == "json":
        progress.emit("run_finished", outage=outage, **summary_fields(summary, code))
        return summary, code
    console.print(summary_table(summary))
    n_ok = sum(1 for s in summary.sites if s.auditable)
    console.print(
        f"Run {summary.run_id}: {n_ok} of {len(summary.sites)} sites audited, "
        f"{len(summary.sites) - n_ok} could not be audited (tidak dapat diaudit). Database: {db}"
    )
    if outage:
        console.print("Most sites failed on DNS or connect at once: an outage of this machine's network, not of the "
                      "sites (gangguan jaringan di sisi auditor). Run the audit again once the network is back.")
    # the last line, always printed (even with --quiet), for monitoring to match
    print(summary_line(summary, code), file=log or sys.stderr, flush=True)
    return summary, code


def register(cli: click.Group) -> None:
    @cli.command("run")
    @config_option
    @db_option
    @click.option("--site", "site_ids", multiple=True, metavar="ID", help="Audit only this site (id or id prefix); repeatable.")
    @click.option(
        "--audit-date",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Judge staleness as of this date (default: [run] audit_date of the registry, else today).",
    )
    @checks_options
    @click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
                  help="Logs as text lines (or live bars on a terminal) or as JSON lines, one event per line.")
    @click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Append the logs to this file instead of stderr.")
    @click.option("--resume", is_flag=True, default=False,
                  help="Continue the latest incomplete run: its finished sites are kept, the rest are audited.")
    @click.option("--plan", is_flag=True, default=False,
                  help="Only plan the run: one job per site in the database's queue, for `ppid-audit worker` processes.")
    @archive_options(writer=True)
    @click.option("--check-workers", type=click.IntRange(0, MAX_CHECK_WORKERS), default=None, metavar="N",
                  help="Processes running the checks while the crawl goes on (0: inline on the event loop). Default: "
                       "$PPID_AUDIT_CHECK_WORKERS, else the registry's [run] check_workers, else one per other core.")
    def run_cmd(
        config: str,
        db: str,
        site_ids: tuple[str, ...],
        audit_date: dt.datetime | None,
        only: tuple[str, ...],
        skip: tuple[str, ...],
        checks_dir: Path | None,
        only_checks_dir: bool,
        log_format: str,
        log_file: Path | None,
        resume: bool,
        plan: bool,
        archive_dir: Path | None,
        no_archive: bool,
        check_workers: int | None,
    ) -> int:
        """Audit every registered site (or --site ones) and store the results.

        Exit code 0 when the run completed, even if sites failed checks; 2 for a
        broken registry or bad flags; 3 when the run was interrupted (committed
        results are kept, the run is marked incomplete); 4 for a database error;
        5 when another run holds the database; 6 when the run completed but most
        sites failed on this machine's network (an outage: run again later).
        The last log line is a one-line summary for monitoring.
        """
        registry = load_registry(config)
        if site_ids:
            registry = registry.select(site_ids)
        checks = chosen_checks(checks_dir, only, skip, only_checks_dir)
        if resume and plan:
            raise click.UsageError("--resume and --plan do not go together")
        if plan:
            from ..worker import plan_run

            engine = open_engine(db)
            run_id, n = plan_run(engine, registry, checks, audit_date=audit_date.date() if audit_date else None)
            err_console.print(f"Planned run {run_id}: {n} jobs. Start workers on any machine with:", markup=False)
            err_console.print("  " + suggest("worker", "-c", config, "--db", db), markup=False, soft_wrap=True)
            print(run_id)
            return EXIT_OK
        archive = archive_dir_for(db, archive_dir, no_archive=no_archive, write=True)  # at start, not mid-run
        log = log_file.open("a", encoding="utf-8") if log_file is not None else None
        try:
            summary, code = execute_run(
                registry, db, checks, audit_date=audit_date.date() if audit_date else None, checks_dir=checks_dir,
                log_format=log_format, log=log, resume=resume, check_workers=check_workers, archive_dir=archive,
            )
        finally:
            if log is not None:
                log.close()
        if log_format == "text":
            err_console.print(f"Next: {suggest('results', '--db', db, '--format', 'csv')}", markup=False, soft_wrap=True)
        return code

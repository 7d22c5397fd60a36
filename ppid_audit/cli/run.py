"""`ppid-audit run`: audit the registered sites and store the results."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..audit import AuditSummary, audit
from ..checking import Check, load_checks, select_checks
from ..registry import Registry, load_registry
from ..scoring import load_weights
from ..store.archive import default_archive_dir
from ..store.db import open_engine
from .common import EXIT_INCOMPLETE, EXIT_OK, config_option, db_option, err_console, suggest
from .progress import RunProgress, summary_table


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
) -> AuditSummary:
    """Run an audit with progress on stderr and print the summary table.

    A ``weights.toml`` inside ``checks_dir`` replaces the bundled scoring weights.
    """
    weights = None
    if checks_dir is not None and (checks_dir / "weights.toml").is_file():
        weights = load_weights(checks_dir / "weights.toml")
    engine = open_engine(db)
    with RunProgress(err_console) as progress:
        summary = audit(registry, engine, checks, audit_date=audit_date, progress=progress, weights=weights,
                        archive_dir=default_archive_dir(db))
    err_console.print(summary_table(summary))
    n_ok = sum(1 for s in summary.sites if s.auditable)
    err_console.print(
        f"Run {summary.run_id}: {n_ok} of {len(summary.sites)} sites audited, "
        f"{len(summary.sites) - n_ok} could not be audited (tidak dapat diaudit). Database: {db}"
    )
    return summary


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
    def run_cmd(
        config: str,
        db: str,
        site_ids: tuple[str, ...],
        audit_date: dt.datetime | None,
        only: tuple[str, ...],
        skip: tuple[str, ...],
        checks_dir: Path | None,
        only_checks_dir: bool,
    ) -> int:
        """Audit every registered site (or --site ones) and store the results.

        Exit code 0 when the run completed, even if sites failed checks; 2 for a
        broken registry or bad flags; 3 when the run was interrupted (committed
        results are kept, the run is marked incomplete); 4 for a database error.
        """
        registry = load_registry(config)
        if site_ids:
            registry = registry.select(site_ids)
        checks = chosen_checks(checks_dir, only, skip, only_checks_dir)
        summary = execute_run(
            registry, db, checks, audit_date=audit_date.date() if audit_date else None, checks_dir=checks_dir
        )
        err_console.print(f"Next: {suggest('results', '--db', db, '--format', 'csv')}", markup=False, soft_wrap=True)
        return EXIT_OK if summary.status == "complete" else EXIT_INCOMPLETE

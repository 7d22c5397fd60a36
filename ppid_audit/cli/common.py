"""Shared CLI pieces: exit codes, error printing, the stderr console, common options."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click
from rich.console import Console

# Exit codes (documented in docs/reference/exit-codes.md).
EXIT_OK = 0  # the command did its job (sites failing checks is a result, not an error)
EXIT_INTERNAL = 1  # a bug: please report it with --debug output
EXIT_USAGE = 2  # bad flags, a broken sites.toml, bad configuration
EXIT_INCOMPLETE = 3  # the run was interrupted; committed results are kept
EXIT_STORE = 4  # the database could not be opened or written

F = TypeVar("F", bound=Callable[..., Any])

# rich output goes to stderr; stdout carries only data.  Off a terminal (cron,
# a pipe) tables are laid out 140 columns wide (or $COLUMNS) instead of 80, so
# log files keep one site per line.
err_console = Console(
    stderr=True,
    highlight=False,
    width=None if sys.stderr.isatty() else int(os.environ.get("COLUMNS") or 140),
)

DB_HELP = "Database file or SQLAlchemy URL (postgresql+psycopg://...). Default: audit.db in the working directory."


def db_option(f: F) -> F:
    return click.option("--db", "db", default="audit.db", show_default=True, envvar="PPID_AUDIT_DB", help=DB_HELP)(f)


def config_option(f: F) -> F:
    return click.option(
        "--config",
        "-c",
        "config",
        default="sites.toml",
        show_default=True,
        envvar="PPID_AUDIT_CONFIG",
        type=click.Path(dir_okay=False),
        help="The site registry (sites.toml).",
    )(f)


def csv_safe(value: Any) -> Any:
    """Guard a cell against formula injection in spreadsheets (=, +, -, @, tab, CR)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], out: io.TextIOBase | Any = None) -> None:
    out = out or sys.stdout
    w = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow({k: csv_safe(v) for k, v in row.items()})


def write_json(data: Any, out: Any = None) -> None:
    out = out or sys.stdout
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")

"""Shared CLI pieces: exit codes, the consoles, tables on stdout, output paths, common options.

Unix conventions: what the user asked for (lists, tables, reports without
``--out``) goes to stdout; progress, logs and notes go to stderr through
``err_console``, which ``--quiet`` silences; errors go to ``error_console``,
which nothing silences.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shlex
import shutil
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import ConfigError

# Exit codes (documented in docs/reference/exit-codes.md).
EXIT_OK = 0  # the command did its job (sites failing checks is a result, not an error)
EXIT_INTERNAL = 1  # a bug: please report it with --debug output
EXIT_USAGE = 2  # bad flags, a broken sites.toml, bad configuration
EXIT_INCOMPLETE = 3  # the run was interrupted; committed results are kept
EXIT_STORE = 4  # the database could not be opened or written
EXIT_LOCKED = 5  # another run holds the database: nothing was done
EXIT_OUTAGE = 6  # the run finished, but most sites failed on the auditor's own network (DNS/connect): an outage

F = TypeVar("F", bound=Callable[..., Any])

# Off a terminal (cron, a pipe) tables are laid out 140 columns wide (or
# $COLUMNS) instead of 80, so log files keep one site per line.
_PIPE_WIDTH = int(os.environ.get("COLUMNS") or 140)

#: progress, logs and notes (stderr); ``--quiet`` silences it
err_console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else _PIPE_WIDTH)
#: error messages (stderr); never silenced
error_console = Console(stderr=True, highlight=False, width=None if sys.stderr.isatty() else _PIPE_WIDTH)
#: what the user asked for, as a rich table on a terminal (stdout)
out_console = Console(highlight=False, width=None if sys.stdout.isatty() else _PIPE_WIDTH)

#: ``--format`` of list commands: ``table`` (boxes, for a terminal), ``plain`` (one tab-separated line per item)
LIST_FORMATS = ("table", "plain", "json")


def set_quiet(quiet: bool) -> None:
    """``--quiet``: no progress, logs or notes on stderr; errors still show."""
    err_console.quiet = quiet


def list_format(fmt: str | None) -> str:
    """The format of a list: as asked, else a table on a terminal and plain lines in a pipe."""
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "plain"


def _plain_cell(value: Any) -> str:
    return " ".join(str("" if value is None else value).split())


def print_rows(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    fmt: str,
    title: str | None = None,
    header: bool = False,
    justify: Mapping[str, str] | None = None,
) -> None:
    """Print rows to stdout: a rich table (``table``) or one tab-separated line per row (``plain``).

    Plain lines carry no title and, unless ``header``, no header line, so
    ``| wc -l`` counts the items.  Cells are text, never rich markup.
    """
    if fmt == "plain":
        if header:
            click.echo("\t".join(_plain_cell(c) for c in columns))
        for row in rows:
            click.echo("\t".join(_plain_cell(v) for v in row))
        return
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold", justify=(justify or {}).get(col, "left"))  # type: ignore[arg-type]
    for row in rows:
        table.add_row(*[v if isinstance(v, Text) else Text("" if v is None else str(v)) for v in row])
    out_console.print(table)


def prog() -> str:
    """How to type this program again, for the commands messages suggest.

    ``ppid-audit`` when that name on PATH is this program, else the path it was
    started by (``.venv/bin/ppid-audit``), or ``python -m ppid_audit``.
    """
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else ""
    name = os.path.basename(argv0)
    if name in ("__main__.py", "-m", "-c", "") or not name.startswith("ppid-audit"):
        return f"{shlex.quote(_short(sys.executable or 'python3'))} -m ppid_audit"
    found = shutil.which(name)
    if found and os.path.exists(argv0) and os.path.samefile(found, argv0):
        return name
    return shlex.quote(_short(argv0))


def _short(path: str) -> str:
    """``path`` relative to the working directory when it is inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    if rel.startswith(".."):
        return os.path.abspath(path)
    return rel if os.sep in rel else f".{os.sep}{rel}"


def suggest(*args: str | Path) -> str:
    """A command line a message suggests, quoted so that it works when pasted."""
    return " ".join([prog(), *(shlex.quote(str(a)) for a in args)])


def check_output_path(out: Path, extensions: Mapping[str, str], fmt: str | None) -> str | None:
    """Validate ``--out``: its folder must exist and, without ``--format``, its extension be known.

    Returns the format named by the extension (or ``fmt`` when given).
    """
    if not out.parent.is_dir():
        raise ConfigError(f"--out {out}: folder {out.parent} does not exist")
    if fmt:
        return fmt
    ext = out.suffix.lower().lstrip(".")
    if ext not in extensions:
        known = ", ".join(sorted({f".{e}" for e in extensions}))
        raise ConfigError(f"--out {out}: unknown extension {'.' + ext if ext else '(none)'}; use {known} or --format")
    return extensions[ext]

DB_HELP = "Database file or SQLAlchemy URL (postgresql+psycopg://...). Default: audit.db in the working directory."


def db_option(f: F) -> F:
    return click.option("--db", "db", default="audit.db", show_default=True, envvar="PPID_AUDIT_DB", help=DB_HELP)(f)


ARCHIVE_HELP = ("Folder of the page archive (WARC evidence, conditional re-audits). Default: <database>-arsip/ next "
                "to a SQLite file; required for a PostgreSQL database (the same folder for every worker).")


def archive_options(*, writer: bool) -> Callable[[F], F]:
    """``--archive-dir`` (env ``PPID_AUDIT_ARCHIVE_DIR``), and for commands that audit ``--no-archive``."""

    def deco(f: F) -> F:
        if writer:
            f = click.option("--no-archive", is_flag=True, default=False,
                             help="Keep no page archive (no WARC evidence, no conditional re-audits).")(f)
        return click.option("--archive-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                            envvar="PPID_AUDIT_ARCHIVE_DIR", help=ARCHIVE_HELP)(f)

    return deco


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

"""`ppid-audit checks list`: the registered checks."""

from __future__ import annotations

from pathlib import Path

import click

from ..checking import load_checks
from ..models import INDICATORS
from .common import EXIT_OK, LIST_FORMATS, list_format, print_rows, write_json


def register(cli: click.Group) -> None:
    @cli.group("checks")
    def checks() -> None:
        """Inspect the pluggable checks."""

    @checks.command("list")
    @click.option("--checks-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                  help="Add the checks of this folder to the bundled ones.")
    @click.option("--only-checks-dir", is_flag=True, default=False,
                  help="List only the checks of --checks-dir.")
    @click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default=None,
                  help="table (default on a terminal), plain (one tab-separated line per check; default in a pipe) or json.")
    @click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True)
    def list_cmd(checks_dir: Path | None, only_checks_dir: bool, fmt: str | None, lang: str) -> int:
        """List every check with its indicator, severity, regulation and source."""
        found = load_checks(checks_dir, only_checks_dir=only_checks_dir)
        if fmt == "json":
            write_json(
                [
                    {
                        "id": c.id,
                        "version": c.version,
                        "title": c.title,
                        "title_en": c.title_en,
                        "indicator": c.indicator,
                        "severity": str(c.severity),
                        "regulation": c.regulation,
                        "description": c.description,
                        "source": c.source,
                    }
                    for c in found
                ]
            )
            return EXIT_OK
        rows = []
        for c in found:
            ind = INDICATORS.get(c.indicator, (c.indicator, c.indicator))
            rows.append((
                f"{c.id} v{c.version}",
                c.title_en if lang == "en" else c.title,
                ind[1] if lang == "en" else ind[0],
                str(c.severity),
                c.regulation,
                c.source,
            ))
        columns = ("id", "title" if lang == "en" else "judul", "indicator", "severity", "regulation", "source")
        print_rows(columns, rows, fmt=list_format(fmt), title=f"{len(found)} checks")
        return EXIT_OK

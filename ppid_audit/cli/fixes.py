"""`ppid-audit fixes`: the site admin's list of pages to fix, one site or every site."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..reports import FIX_FORMATS, check_catalog, fixes_data, write_report
from ..reports.i18n import LANGS
from ..store.db import open_engine
from ..store.queries import get_run
from ..errors import ConfigError
from .common import EXIT_OK, check_output_path, db_option, err_console

_EXT = {"html": "html", "htm": "html", "xlsx": "xlsx", "csv": "csv", "md": "md", "json": "json"}


def _format(out: Path | None, fmt: str | None) -> str:
    if out is None:
        return fmt or "md"
    return check_output_path(out, _EXT, fmt) or "md"


def register(cli: click.Group) -> None:
    @cli.command("fixes")
    @db_option
    @click.argument("site_id", required=False)
    @click.option("--all", "all_sites", is_flag=True, help="One fix list per site of the run, written into --out DIR.")
    @click.option("--run", "run_id", type=int, default=None, help="Run id (default: the latest run).")
    @click.option("--format", "fmt", type=click.Choice(FIX_FORMATS), default=None,
                  help="md (default on stdout), html, xlsx, csv or json; from --out's extension otherwise.")
    @click.option("--out", type=click.Path(path_type=Path), default=None,
                  help="A file (one site) or a folder (--all).")
    @click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True, help="Language of the list.")
    def fixes_cmd(db: str, site_id: str | None, all_sites: bool, run_id: int | None, fmt: str | None,
                  out: Path | None, lang: str) -> int:
        """What a site admin must publish or repair, grouped by the page to change.

        \b
        Only failing (to fix) and warning (to verify) verdicts, ordered by
        severity and by how much each moves the estimated score, with the
        regulation, the evidence URL, since which run it has failed, and what
        was fixed since the site's previous audit.
        \b
          ppid-audit fixes 64.72 --db audit.db                 Markdown on stdout
          ppid-audit fixes 64.72 --db audit.db --out 64.72.xlsx
          ppid-audit fixes --all --db audit.db --out perbaikan/ --format html
        """
        if all_sites == (site_id is not None):
            raise click.UsageError("give one SITE_ID, or --all with --out DIR")
        if not all_sites:
            kind = _format(out, fmt)
            if kind == "xlsx" and out is None:
                raise click.UsageError("--format xlsx needs --out FILE.xlsx")
        elif out is None:
            raise click.UsageError("--all needs --out DIR")
        engine = open_engine(db, read_only=True)
        catalog = check_catalog()
        if not all_sites:
            assert site_id is not None
            data = fixes_data(engine, site_id, run_id, catalog=catalog)
            write_report("fixes", data, kind, out if out is not None else sys.stdout, lang=lang, catalog=catalog)
            if out is not None:
                err_console.print(f"{data['site']['name']}: {out}")
            return EXIT_OK
        assert out is not None
        kind = fmt or "html"
        if not out.parent.is_dir():
            raise ConfigError(f"--out {out}: folder {out.parent} does not exist")
        out.mkdir(parents=True, exist_ok=True)
        run = get_run(engine, run_id)
        with engine.connect() as conn:
            from sqlalchemy import text

            ids = list(conn.execute(text("SELECT site_id FROM site_runs WHERE run_id = :r ORDER BY site_id"), {"r": run["id"]}).scalars())
        for sid in ids:
            data = fixes_data(engine, sid, run["id"], catalog=catalog)
            target = out / f"perbaikan-{sid}.{kind}"
            write_report("fixes", data, kind, target, lang=lang, catalog=catalog)
        err_console.print(f"{len(ids)} fix lists (run #{run['id']}): {out}")
        return EXIT_OK

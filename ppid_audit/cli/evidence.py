"""`ppid-audit evidence` and `ppid-audit prune`: proof for the Komisi Informasi, and retention."""

from __future__ import annotations

from pathlib import Path

import click

from ..reports import check_catalog
from ..reports.evidence import build_evidence_pack
from ..reports.i18n import LANGS
from ..store.archive import archive_dir_for
from ..store.db import open_engine
from ..store.prune import prune
from .common import EXIT_OK, archive_options, db_option, err_console


def register(cli: click.Group) -> None:
    archive_option = archive_options(writer=False)

    @cli.command("evidence")
    @db_option
    @archive_option
    @click.argument("site_id")
    @click.option("--run", "run_id", type=int, default=None, help="Run id (default: the latest run).")
    @click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="Folder to write the pack into.")
    @click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True)
    def evidence_cmd(db: str, archive_dir: Path | None, site_id: str, run_id: int | None, out: Path, lang: str) -> int:
        """The evidence pack of one site for the Komisi Informasi.

        \b
        Writes into --out: index.html (every indicator and check with its verdict,
        decisive URL, HTTP status, fetch time, digest, snippet and e-Monev item),
        SITE.wacz (the archived pages, replayable offline), verdicts.json and
        MANIFEST.sha256. A recipient verifies it without ppid-audit:
          sha256sum -c MANIFEST.sha256      (in the pack folder)
          wacz validate -f SITE.wacz        (pip install wacz)
        """
        archive = archive_dir_for(db, archive_dir, what="evidence")  # a server database: say where the WARCs are
        if out.exists() and any(out.iterdir()):
            if not (out / "MANIFEST.sha256").is_file():
                raise click.UsageError(f"--out {out} is not empty: give a new folder")
            for old in out.iterdir():  # an earlier evidence pack: replaced whole
                if old.is_file():
                    old.unlink()
        if not out.parent.is_dir():
            raise click.UsageError(f"--out {out}: folder {out.parent} does not exist")
        engine = open_engine(db, read_only=True)
        data = build_evidence_pack(engine, site_id, out, run_id, archive_dir=archive,
                                   lang=lang, catalog=check_catalog())
        err_console.print(f"{data['site']['name']} (run #{data['run']['id']}): {out} ({', '.join(data['files'])})")
        if data["archive"].get("wacz_missing"):
            err_console.print("The pack holds the WARC file; for a WACZ (replayable in ReplayWeb.page) install "
                              "ppid-audit[evidence] and run this again.", markup=False)
        if data["not_archived"]:
            err_console.print(f"{len(data['not_archived'])} evidence digests are not in the archive (listed in index.html)")
        return EXIT_OK

    @cli.command("prune")
    @db_option
    @archive_option
    @click.option("--keep", "keep_days", type=click.IntRange(min=0), required=True, metavar="DAYS",
                  help="Keep raw fetches, links and archives of the runs of the last DAYS days.")
    @click.option("--dry-run", is_flag=True, help="Only say what would be removed.")
    def prune_cmd(db: str, archive_dir: Path | None, keep_days: int, dry_run: bool) -> int:
        """Remove raw crawl data past a horizon; verdicts and scores stay for trends.

        Deletes the fetches, links and WARC archives of runs audited more than
        DAYS days ago, then compacts a SQLite database.
        """
        # a server database without --archive-dir is refused: its archive rows would go and its files stay forever
        archive = archive_dir_for(db, archive_dir, what="prune")
        engine = open_engine(db, create=False)
        s = prune(engine, keep_days, archive_dir=archive, dry_run=dry_run)
        verb = "would remove" if dry_run else "removed"
        err_console.print(
            f"{len(s.runs)} runs older than {keep_days} days: {verb} {s.fetches} fetches, {s.links} links, "
            f"{s.archives} archives ({s.archive_bytes} bytes){'; database compacted' if s.vacuumed else ''}"
        )
        return EXIT_OK

"""`ppid-audit worker`: take site jobs of a planned run from the shared database and audit them."""

from __future__ import annotations

from pathlib import Path

import click
import trio

from ..registry import load_registry
from ..store.archive import archive_dir_for
from ..store.db import open_engine
from ..store.queue import DEFAULT_LEASE
from ..worker import default_worker_name, latest_planned_run, work
from .common import EXIT_OK, archive_options, config_option, db_option, err_console
from .progress import RunProgress
from .run import chosen_checks


def register(cli: click.Group) -> None:
    @cli.command("worker")
    @config_option
    @db_option
    @click.option("--run", "run_id", type=int, default=None, help="The planned run (default: the newest with jobs left).")
    @click.option("--name", default=None, help="This worker's name in the jobs table (default: host:pid).")
    @click.option("--lease", type=click.FloatRange(min=5), default=DEFAULT_LEASE, show_default=True,
                  help="Seconds a claim lasts without renewal; a killed worker's site is redone after it.")
    @archive_options(writer=True)
    @click.option("--max-jobs", type=click.IntRange(min=1), default=None, help="Stop after this many sites.")
    def worker_cmd(config: str, db: str, run_id: int | None, name: str | None, lease: float,
                   archive_dir: Path | None, no_archive: bool, max_jobs: int | None) -> int:
        """Audit the sites of a planned run (`ppid-audit run --plan`), one job at a time.

        \b
        Any number of workers, on any machines that reach the database and the
        sites, share one run: each claims a site (PostgreSQL: FOR UPDATE SKIP
        LOCKED), audits it with the normal pipeline into the shared database and
        renews its claim while it works. A worker that dies loses its claim when
        the lease runs out and another redoes that site. The last worker closes
        the run. Give every worker the same sites.toml and the same --archive-dir
        (a shared folder: the next night's conditional requests and the evidence
        packs read what any worker archived).
        \b
          ppid-audit run --plan -c sites.toml --db postgresql+psycopg://host/ppid
          ppid-audit worker -c sites.toml --db postgresql+psycopg://host/ppid --archive-dir /srv/ppid-arsip   (on each machine)
        """
        registry = load_registry(config)
        archive = archive_dir_for(db, archive_dir, no_archive=no_archive, write=True)  # at start, not mid-site
        engine = open_engine(db)
        rid = run_id if run_id is not None else latest_planned_run(engine)
        if rid is None:
            raise click.UsageError("no planned run with jobs left: plan one with `ppid-audit run --plan`")
        checks = chosen_checks(None, (), ())
        who = name or default_worker_name()
        with RunProgress(err_console) as progress:
            done = trio.run(lambda: work(engine, registry, checks, rid, worker=who, lease=lease, progress=progress,
                                         archive_dir=archive, max_jobs=max_jobs))
        err_console.print(
            f"worker {who}: run {rid}: audited {len(done.sites)} sites"
            + (f", lost {len(done.lost)} claims" if done.lost else "")
            + ("; every job done, run closed" if done.closed_run else ""), markup=False)
        return EXIT_OK

"""`ppid-audit demo`: audit an in-process loopback farm, no network needed."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import click
import trio

from ..audit import AuditSummary, run_audit
from ..checking import load_checks
from ..registry import load_registry
from ..store.archive import default_archive_dir
from ..store.db import open_engine
from .common import EXIT_INCOMPLETE, EXIT_OK, err_console, suggest
from .progress import RunProgress, summary_table

STATE_FILE = "farm-state.json"
DEFAULT_OUT = Path("reports/demo")


def _previous_state(out: Path, seed: int, n_sites: int) -> dict[str, int]:
    """What the last demo run in ``out`` used, if it ran the same farm."""
    try:
        state = json.loads((out / STATE_FILE).read_text())
        if state.get("seed") == seed and state.get("sites") == n_sites:
            return {k: int(v) for k, v in state.items() if isinstance(v, int)}
    except (OSError, ValueError, TypeError):
        pass
    return {}


async def _demo(out: Path, n_sites: int, seed: int, pages: int, day: int, db: str, ports: tuple[int, int]) -> tuple[AuditSummary, tuple[int, int]]:
    from ..farm import open_farm

    async with contextlib.AsyncExitStack() as stack:
        try:
            farm = await stack.enter_async_context(
                open_farm(n_sites, seed, pages=pages, day=day, out_dir=out, http_port=ports[0], https_port=ports[1])
            )
        except (OSError, BaseExceptionGroup):
            if ports == (0, 0):
                raise
            # last run's ports are taken: new ports (the sites' URLs change, so
            # every document shows up as new in the changes report once)
            farm = await stack.enter_async_context(open_farm(n_sites, seed, pages=pages, day=day, out_dir=out))
        registry = load_registry(farm.registry_path)
        engine = open_engine(db)
        with RunProgress(err_console) as progress:
            summary = await run_audit(registry, engine, load_checks(), progress=progress,
                                      archive_dir=default_archive_dir(db))
        return summary, (farm.server.http_port, farm.server.https_port or 0)


def register(cli: click.Group) -> None:
    @cli.command("demo")
    @click.option("--sites", "n_sites", type=click.IntRange(1, 500), default=30, show_default=True)
    @click.option("--seed", type=int, default=2026, show_default=True)
    @click.option("--pages", type=click.IntRange(5, 500), default=40, show_default=True)
    @click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT, show_default=True,
                  help="Folder for the registry, database and reports (relative to the working directory).")
    def demo_cmd(n_sites: int, seed: int, pages: int, out_dir: Path) -> int:
        """Serve a farm of simulated PPID sites on loopback, audit it, write the reports.

        Runs offline. The registry is left at OUT/sites.toml and the database at
        OUT/audit.db. Each run adds a run to the same database and moves the farm on
        by one simulated day (sites publish, fix, go stale or go down), so a second
        run shows changes.
        """
        out_dir.mkdir(parents=True, exist_ok=True)
        db = str(out_dir / "audit.db")
        state = _previous_state(out_dir, seed, n_sites)
        day = state.get("day", -1) + 1
        # the same ports as last time keep the sites' URLs stable between runs,
        # as real sites' are, so the changes report compares like with like
        ports = (state.get("http_port", 0), state.get("https_port", 0))
        err_console.print(f"Demo: {n_sites} simulated PPID sites (seed {seed}, simulated day {day}) on loopback.")
        summary, used = trio.run(_demo, out_dir, n_sites, seed, pages, day, db, ports)
        (out_dir / STATE_FILE).write_text(json.dumps(
            {"seed": seed, "sites": n_sites, "day": day, "http_port": used[0], "https_port": used[1]}
        ))
        err_console.print(summary_table(summary))
        n_ok = sum(1 for s in summary.sites if s.auditable)
        reports = _write_reports(out_dir, db)
        err_console.print(
            f"\nRun {summary.run_id} ({summary.status}): {n_ok} of {len(summary.sites)} sites audited, "
            f"{len(summary.sites) - n_ok} could not be audited (tidak dapat diaudit)."
        )
        err_console.print(f"Reports: {out_dir}/  ({', '.join(reports)})", soft_wrap=True)
        err_console.print("Try next:")
        for cmd in try_next(out_dir, db, n_sites, seed, pages, site=_most_to_fix(db), run_id=summary.run_id):
            err_console.print(f"  {cmd}", markup=False, soft_wrap=True)
        return EXIT_OK if summary.status == "complete" else EXIT_INCOMPLETE


def _most_to_fix(db: str) -> str | None:
    """The audited site of the latest run with the most failing verdicts (for the example commands)."""
    from sqlalchemy import text

    with open_engine(db, read_only=True).connect() as conn:
        return conn.execute(text(
            "SELECT site_id FROM site_runs WHERE run_id = (SELECT MAX(id) FROM runs) AND status = 'audited' "
            "ORDER BY n_fail DESC, site_id LIMIT 1")).scalar()


def try_next(out_dir: Path, db: str, n_sites: int, seed: int, pages: int, *, site: str | None = None,
             run_id: int | None = None) -> list[str]:
    """Commands to try after a demo, each working when pasted as printed (``#`` starts a comment)."""
    again: list[str] = ["demo"]
    if out_dir != DEFAULT_OUT:
        again += ["--out", str(out_dir)]
    for flag, value, default in (("--sites", n_sites, 30), ("--seed", seed, 2026), ("--pages", pages, 40)):
        if value != default:
            again += [flag, str(value)]
    return [
        suggest("report", "ranking", "--db", db),
        suggest("report", "changes", "--db", db, "--format", "html", "--out", out_dir / "changes.html"),
        suggest("results", "--db", db, "--format", "csv"),
        *([suggest("fixes", site, "--db", db) + "   # what this site's admin must fix",
           suggest("evidence", site, "--db", db, "--out", out_dir / f"bukti-{site}") + "   # the Komisi Informasi's pack"]
          if site else []),
        suggest("runs", "--db", db),
        suggest("checks", "list"),
        suggest(*again) + "   # again: a simulated day passes and the farm changes",
    ]


def _write_reports(out: Path, db: str) -> list[str]:
    """Write the results exports and every report in every format under ``out``."""
    from ..reports import FORMATS, KINDS, build_report, check_catalog, write_report
    from ..store.queries import CSV_COLUMNS, results_rows, run_results
    from .common import write_csv, write_json

    engine = open_engine(db, read_only=True)
    data = run_results(engine)
    with open(out / "results.json", "w", encoding="utf-8") as fh:
        write_json(data, fh)
    with open(out / "results.csv", "w", encoding="utf-8", newline="") as fh:
        write_csv(results_rows(data), CSV_COLUMNS, fh)
    written = ["results.json", "results.csv"]
    catalog = check_catalog()
    for kind in KINDS:
        report = build_report(kind, engine)
        for fmt in FORMATS:
            name = f"{kind}.{fmt}"
            write_report(kind, report, fmt, out / name, catalog=catalog)
            written.append(name)
    write_report("komisi", build_report("komisi", engine), "xlsx", out / "komisi.xlsx", catalog=catalog)
    written.append("komisi.xlsx")
    from sqlalchemy import text

    from ..reports import fixes_data

    fixes_dir = out / "perbaikan"
    fixes_dir.mkdir(exist_ok=True)
    with engine.connect() as conn:
        sites = list(conn.execute(text("SELECT site_id FROM site_runs WHERE run_id = (SELECT MAX(id) FROM runs) "
                                       "ORDER BY site_id")).scalars())
    for sid in sites:
        write_report("fixes", fixes_data(engine, sid, catalog=catalog), "html", fixes_dir / f"perbaikan-{sid}.html",
                     catalog=catalog)
    written.append(f"perbaikan/ ({len(sites)} fix lists)")
    return written

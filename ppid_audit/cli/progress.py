"""Run progress on stderr: rich bars on a terminal, plain log lines otherwise (cron)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..audit import AuditSummary, SiteSummary
from ..models import Fetch, Site


class RunProgress:
    """Implements ``audit.Progress``; use as a context manager around the run."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self.pages = 0
        self.errors = 0
        self._bar: Progress | None = None

    def __enter__(self) -> "RunProgress":
        if self.live:
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=False,
            )
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _log(self, text: str) -> None:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        self.console.print(f"{stamp} {text}", markup=False, highlight=False, soft_wrap=True)

    def run_started(self, run_id: int, sites: Sequence[Site]) -> None:
        if self._bar is not None:
            self._sites = self._bar.add_task("situs / sites", total=len(sites))
            self._pages = self._bar.add_task("halaman / pages", total=None)
            self._errors = self._bar.add_task("galat / errors", total=None)
        else:
            self._log(f"run {run_id}: auditing {len(sites)} sites")

    def site_started(self, site: Site) -> None:
        if self._bar is None:
            self._log(f"site {site.id} start {site.start_url}")

    def fetched(self, site: Site, fetch: Fetch) -> None:
        self.pages += 1
        if fetch.failed:
            self.errors += 1
        if self._bar is not None:
            self._bar.update(self._pages, completed=self.pages)
            self._bar.update(self._errors, completed=self.errors)

    def site_finished(self, s: SiteSummary) -> None:
        if self._bar is not None:
            self._bar.advance(self._sites)
        state = "ok" if s.auditable else f"TIDAK DAPAT DIAUDIT ({s.reason})"
        self._log(
            f"site {s.site.id} done {state}: {s.pages} pages, {s.fetch_errors} fetch errors, "
            f"{s.counts['fail']} fail, {s.counts['warn']} warn, {s.counts['pass']} pass in {s.seconds:.1f}s"
        ) if self._bar is None else None


def summary_table(summary: AuditSummary) -> Table:
    """The end-of-run table: one row per site."""
    t = Table(title=f"Audit run {summary.run_id} ({summary.audit_date}) - {summary.status}", show_lines=False)
    for col, just in (
        ("Situs", "left"),
        ("Nama", "left"),
        ("Status", "left"),
        ("Halaman", "right"),
        ("Galat", "right"),
        ("Lulus", "right"),
        ("Gagal", "right"),
        ("Peringatan", "right"),
    ):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for s in summary.sites:
        status = "[green]diaudit[/]" if s.auditable else f"[yellow]tidak dapat diaudit[/]: {escape(s.reason or '')}"
        t.add_row(
            s.site.id,
            escape(s.site.name),
            status,
            str(s.pages),
            str(s.fetch_errors),
            str(s.counts["pass"]),
            str(s.counts["fail"]),
            str(s.counts["warn"]),
        )
    return t


class JsonProgress:
    """``--log-format json``: one JSON object per line per event (run, site start/finish), for log shippers."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.pages = 0
        self.errors = 0

    def __enter__(self) -> "JsonProgress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.out.flush()

    def emit(self, event: str, **fields: object) -> None:
        """Write one event line (``ts`` in UTC)."""
        record = {"ts": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "event": event, **fields}
        self.out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self.out.flush()

    def run_started(self, run_id: int, sites: Sequence[Site]) -> None:
        self.emit("run_started", run=run_id, sites=len(sites))

    def site_started(self, site: Site) -> None:
        self.emit("site_started", site=site.id, url=site.start_url)

    def fetched(self, site: Site, fetch: Fetch) -> None:
        self.pages += 1
        self.errors += int(fetch.failed)

    def site_finished(self, s: SiteSummary) -> None:
        self.emit("site_finished", site=s.site.id, auditable=s.auditable, reason=s.reason, pages=s.pages,
                  fetch_errors=s.fetch_errors, counts=s.counts, seconds=round(s.seconds, 1),
                  budget_exhausted=s.budget_exhausted)


def summary_fields(summary: AuditSummary, exit_code: int) -> dict[str, object]:
    """The numbers of the one-line end-of-run summary."""
    audited = sum(1 for s in summary.sites if s.auditable)
    seconds = ((summary.finished_at or summary.started_at) - summary.started_at).total_seconds()
    return {
        "run": summary.run_id,
        "status": summary.status,
        "sites": len(summary.sites),
        "audited": audited,
        "not_auditable": len(summary.sites) - audited,
        "pages": sum(s.pages for s in summary.sites),
        "fetch_errors": sum(s.fetch_errors for s in summary.sites),
        "check_errors": sum(s.counts.get("error", 0) for s in summary.sites),
        "fail": sum(s.counts.get("fail", 0) for s in summary.sites),
        "seconds": round(seconds, 1),
        "exit": exit_code,
    }


def summary_line(summary: AuditSummary, exit_code: int) -> str:
    """``ppid-audit run 5 complete: ...``: the last line of a run, for monitoring to match."""
    f = summary_fields(summary, exit_code)
    return (
        f"ppid-audit run {f['run']} {f['status']}: {f['sites']} sites, {f['audited']} audited, "
        f"{f['not_auditable']} not auditable, {f['pages']} pages, {f['fetch_errors']} fetch errors, "
        f"{f['check_errors']} check errors, {f['seconds']}s, exit {f['exit']}"
    )

"""`ppid-audit doctor`: is this machine ready to audit? (the optional browser, mostly)."""

from __future__ import annotations

import platform
import sys

import click

from .common import EXIT_OK, write_json

EXIT_MISSING = 7  # the browser is missing or does not start (1: internal errors, 5 and 6: run)

INSTALL = """\
Untuk situs yang disusun dengan JavaScript, ppid-audit merender halaman dengan Chromium.
To audit JavaScript-built sites, ppid-audit renders their pages in Chromium:

  pip install 'ppid-audit[browser]'      # Playwright's Python API (the driver)
  sudo apt-get install chromium-headless-shell   # Debian/Ubuntu: the browser (or chromium)

Do not run `playwright install`: the system Chromium is used. Another Chromium:
set PPID_AUDIT_CHROMIUM=/path/to/chromium. Without a browser, audits still run;
verdicts that needed one say so as an auditor-side error, not a fault of the site."""


def register(cli: click.Group) -> None:
    @cli.command("doctor")
    @click.option("--no-launch", is_flag=True, help="Only look for the browser; do not start it.")
    @click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
    def doctor_cmd(no_launch: bool, as_json: bool) -> int:
        """Check the optional pieces (headless Chromium for JavaScript-built sites) and say how to install them.

        Exit 0 when everything works, 5 when the browser is missing or does not start.
        """
        from ..crawl.browser import browser_status, smoke_test

        status: dict[str, object] = dict(browser_status())
        status["python"] = platform.python_version()
        if status["problem"] is None and not no_launch:
            try:
                seconds, rss = smoke_test(str(status["chromium"]))
                status["render_seconds"] = round(seconds, 2)
                status["rss_mb"] = round(rss / 1024, 1)
            except RuntimeError as exc:
                status["problem"] = f"Chromium tidak dapat dijalankan / does not start: {exc}"
        if as_json:
            write_json(status)
        else:
            out = click.echo
            out(f"python      {status['python']}")
            out(f"playwright  {status['playwright'] or 'TIDAK ADA / missing'}")
            out(f"chromium    {status['chromium'] or 'TIDAK ADA / missing'}")
            if "render_seconds" in status:
                out(f"render      ok: a script-built page in {status['render_seconds']} s (first start), "
                    f"browser memory (PSS) {status['rss_mb']} MB")
            if status["problem"]:
                out(f"\nMASALAH / PROBLEM: {status['problem']}\n", err=False)
                out(INSTALL)
            else:
                out("\nSiap / ready: JavaScript-built pages will be rendered.")
        sys.stdout.flush()
        return EXIT_MISSING if status["problem"] else EXIT_OK

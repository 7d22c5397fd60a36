"""Screenshots of the reports at desktop and phone width, and a check that their key columns are on screen.

Renders ranking, changes, a fix list and an evidence pack page of a database in headless Chromium
(Debian's chromium, driven by Playwright's Python API: `pip install 'ppid-audit[browser]'`) at
1366 px and 390 px wide, saves PNGs, and fails when a key column's header is outside the viewport
(it would need sideways scrolling on a phone). Not part of the test suite; run after `make demo`:

    .venv/bin/python scripts/screenshot_reports.py --db reports/demo/audit.db --out reports/screens

Exit status 0 when every key column is visible at both widths, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from ppid_audit.cli.main import main as cli

WIDTHS = (1366, 390)
# report -> header texts (Bahasa Indonesia) that must be visible without scrolling sideways
KEY_COLUMNS = {
    "ranking": ("Peringkat", "Situs", "Nilai akhir", "Predikat"),
    "changes": ("Situs", "Pemeriksaan", "Keterangan"),
    "fixes": ("Yang perlu dilakukan", "Keparahan"),
    "evidence": ("Pemeriksaan", "Status", "Bukti"),
}
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _pages(db: str, work: Path) -> dict[str, Path]:
    import sqlite3

    site = sqlite3.connect(db).execute(
        "SELECT site_id FROM site_runs WHERE status = 'audited' ORDER BY n_fail DESC, site_id LIMIT 1").fetchone()[0]
    out = {"ranking": work / "ranking.html", "changes": work / "changes.html", "fixes": work / "fixes.html"}
    for kind in ("ranking", "changes"):
        assert cli(["report", kind, "--db", db, "--out", str(out[kind])]) == 0
    assert cli(["fixes", site, "--db", db, "--out", str(out["fixes"])]) == 0
    if cli(["evidence", site, "--db", db, "--out", str(work / "evidence")]) == 0:
        out["evidence"] = work / "evidence" / "index.html"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="reports/demo/audit.db")
    ap.add_argument("--out", type=Path, default=Path("reports/screens"))
    ap.add_argument("--chromium", default=CHROMIUM)
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        pages = _pages(args.db, Path(tmp))
        browser = pw.chromium.launch(executable_path=args.chromium, args=FLAGS)
        try:
            for width in WIDTHS:
                ctx = browser.new_context(viewport={"width": width, "height": 900}, offline=True)
                page = ctx.new_page()
                for kind, path in pages.items():
                    page.goto(path.as_uri())
                    shot = args.out / f"{kind}-{width}.png"
                    page.screenshot(path=str(shot), full_page=False)
                    if not page.query_selector("main th"):
                        print(f"{kind} @{width}px: no table (nothing to list in this run)", file=sys.stderr)
                        continue
                    for label in KEY_COLUMNS[kind]:
                        box = page.evaluate(
                            """label => { const th = [...document.querySelectorAll('main th')].find(
                                   t => t.textContent.trim().startsWith(label) && t.offsetParent !== null);
                                 if (!th) return null; const r = th.getBoundingClientRect();
                                 return {left: r.left, right: r.right}; }""", label)
                        if box is None:
                            problems.append(f"{kind} @{width}px: no visible column '{label}'")
                        elif box["right"] > width + 1 or box["left"] < 0:
                            problems.append(f"{kind} @{width}px: column '{label}' off screen ({box})")
                    print(f"{shot}")
                ctx.close()
        finally:
            browser.close()
    for p in problems:
        print("FAIL", p, file=sys.stderr)
    print(f"{len(pages) * len(WIDTHS)} screenshots, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

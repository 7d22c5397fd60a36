"""Benchmark of the two ways to render a JavaScript-built page in headless Chromium.

    .venv/bin/python -m ppid_audit.bench.browser_bench [--runs 5] [--json]

Serves a small farm, takes its JavaScript-only site (``farm/jsapp.py``) and
renders its home page ``--runs`` times with each driver:

* ``playwright``: the crawler's ``Renderer`` (Playwright's Python API over CDP
  to the system Chromium, every browser request answered by our ``Fetcher``);
  the first render includes starting Chromium, the others reuse it;
* ``dump-dom``: ``chromium --headless --dump-dom --virtual-time-budget=MS URL``,
  one process per page, fetching by itself (no robots, no guard, no politeness:
  measured for comparison only).

It prints the time per page (first and median of the rest), Chromium's memory
(sum of PSS over its processes) and whether the rendered DOM holds the menu
the script builds.  Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import tempfile
import time
from typing import Any

import trio

from ..crawl import Fetcher
from ..crawl.browser import BROWSER_FLAGS, Renderer, RenderFailure, find_chromium
from ..farm import open_farm
from ..models import CrawlSettings, FetchKind, Site

MENU_MARK = "informasi-berkala"  # a menu link the home page's script inserts


async def _bench(runs: int, budget_ms: int) -> dict[str, Any]:
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("chromium not found: see `ppid-audit doctor`")
    out: dict[str, Any] = {"chromium": chromium, "runs": runs}
    async with open_farm(12, seed=5, pages=30, base_date=dt.date(2026, 11, 25)) as farm:
        sim = next(s for s in farm.sites if s.spec.js_app)
        url = farm.url(sim.id)
        site = Site(id=sim.id, name=sim.name, level=sim.level, role=sim.role, parent=sim.parent, start_url=url,
                    settings=CrawlSettings(delay=0.0, obey_robots=True))
        out["url"] = url
        times: list[float] = []
        ok = 0
        async with Fetcher(allow_loopback=True, ca_bundle=farm.ca_path) as fetcher, Renderer(fetcher) as renderer:
            resp = await fetcher.fetch(url, site=site, kind=FetchKind.PAGE)
            for _ in range(runs):
                t0 = time.perf_counter()
                r = await renderer.render(resp, site)
                times.append(time.perf_counter() - t0)
                ok += not isinstance(r, RenderFailure) and MENU_MARK in r.html
            rss = renderer.rss_kb()
        out["playwright"] = {"first_s": round(times[0], 3), "median_s": round(statistics.median(times[1:] or times), 3),
                             "menu_found": ok, "pss_mb": round(rss / 1024, 1)}

        def dump() -> tuple[float, bool]:
            with tempfile.TemporaryDirectory(prefix="ppid-audit-dumpdom-") as profile:
                cmd = [chromium, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--ignore-certificate-errors",
                       "--dump-dom", f"--virtual-time-budget={budget_ms}", url]
                t0 = time.perf_counter()
                done = subprocess.run(cmd, capture_output=True, timeout=60)
                return time.perf_counter() - t0, MENU_MARK in done.stdout.decode("utf-8", "replace")

        dtimes, dok = [], 0
        for _ in range(runs):
            t, found = await trio.to_thread.run_sync(dump)
            dtimes.append(t)
            dok += found
        out["dump_dom"] = {"first_s": round(dtimes[0], 3), "median_s": round(statistics.median(dtimes), 3),
                           "menu_found": dok, "virtual_time_budget_ms": budget_ms}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--budget-ms", type=int, default=3000, help="dump-dom's --virtual-time-budget")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = trio.run(_bench, max(1, args.runs), args.budget_ms)
    if args.json:
        print(json.dumps(res, indent=1))
        return
    p, d = res["playwright"], res["dump_dom"]
    print(f"JavaScript-only home page {res['url']}, {res['runs']} renders per driver")
    print(f"playwright (Renderer, via Fetcher): first {p['first_s']} s (starts Chromium), then median {p['median_s']} s; "
          f"menu in DOM {p['menu_found']}/{res['runs']}; Chromium PSS {p['pss_mb']} MB")
    print(f"chromium --dump-dom (own network):   first {d['first_s']} s, median {d['median_s']} s; "
          f"menu in DOM {d['menu_found']}/{res['runs']}")


if __name__ == "__main__":
    main()

"""Soak: audit the farm (faults included) again and again for a fixed time; RSS and throughput per minute.

    .venv/bin/python -m ppid_audit.bench.soak --minutes 30 --sites 30 --pages 40 [--out DIR] [--json]

The farm runs in its own process (``crawl_bench.FarmProcess``: slow pages, hangs, a 50 MB stream, a gzip
bomb, redirect loops, traps, a down site...). This process runs one nightly audit after another into one
SQLite database with the page archive on, as a server that is never restarted would, and samples its
memory (PSS of itself and its children: check workers, Chromium; the farm's excluded) every ``--sample`` seconds,
and after each run that PSS with the count of live Python objects and allocated blocks (what a cache or a
leak would grow). At the end it prints the RSS at each minute, the number of runs and
pages, and the RSS growth between the first and the last complete run (flat memory: a few MB).
Not part of the test suite; figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import trio

from .crawl_bench import FarmProcess, descendant_pids, process_pss, process_status


def _rss_mb() -> float:
    return process_status("self", "VmRSS") / 2**20


def _pss_tree_mb(exclude: set[int]) -> float:
    """Memory of this process and its children (check workers, Chromium), the farm's excluded, as PSS."""
    me = os.getpid()
    return (process_pss(me) + sum(process_pss(pid) for pid in descendant_pids(me) if pid not in exclude)) / 2**20


def soak(minutes: float, sites: int, pages: int, seed: int, out: Path, sample: float = 10.0) -> dict[str, Any]:
    """Run audits back to back for ``minutes``; return the per-run and per-sample figures."""
    from ..audit import run_audit
    from ..checking import load_checks
    from ..registry import load_registry
    from ..store.archive import default_archive_dir
    from ..store.db import open_engine

    farm = FarmProcess(sites, pages, seed, out / "farm")
    (out / "farm").mkdir(parents=True, exist_ok=True)
    farm.start()
    samples: list[tuple[float, float]] = []
    stop = threading.Event()
    t0 = time.monotonic()

    farm_pid = farm.proc.pid if farm.proc else 0
    farm_pids = {farm_pid, *descendant_pids(farm_pid)} if farm_pid else set()

    def sampler() -> None:
        while not stop.wait(sample):
            samples.append((round(time.monotonic() - t0, 1), round(_pss_tree_mb(farm_pids), 1)))

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    runs: list[dict[str, Any]] = []
    try:
        registry = load_registry(farm.registry_path)
        db = out / "soak.db"
        engine = open_engine(db)
        checks = load_checks()
        while time.monotonic() - t0 < minutes * 60:
            start = time.monotonic()
            summary = trio.run(lambda: run_audit(registry, engine, checks, archive_dir=default_archive_dir(db)))
            wall = time.monotonic() - start
            pages_done = sum(s.pages for s in summary.sites)
            runs.append({"run": summary.run_id, "status": summary.status, "wall_s": round(wall, 1), "pages": pages_done,
                         "pages_per_s": round(pages_done / wall, 1) if wall else 0.0, "rss_mb_after": round(_rss_mb(), 1),
                         "pss_tree_mb_after": round(_pss_tree_mb(farm_pids), 1),
                         # live Python objects and allocator blocks: flat when nothing accumulates between runs
                         "py_objects": len(gc.get_objects()), "py_blocks": sys.getallocatedblocks(),
                         "at_s": round(time.monotonic() - t0, 1)})
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
            if summary.status != "complete":  # SIGINT/SIGTERM stop the audit cleanly: stop the soak with it
                break
    finally:
        stop.set()
        thread.join()
        farm.stop()
    per_minute: dict[int, float] = {}
    for at, rss in samples:
        per_minute.setdefault(int(at // 60), rss)
    growth = runs[-1]["pss_tree_mb_after"] - runs[0]["pss_tree_mb_after"] if len(runs) >= 2 else None
    return {"minutes": minutes, "sites": sites, "pages": pages, "seed": seed, "runs": runs,
            "pss_tree_mb_by_minute": per_minute, "pss_tree_mb_max": max((r for _, r in samples), default=None),
            "pss_tree_growth_mb_first_to_last_run": None if growth is None else round(growth, 1),
            "pages_total": sum(r["pages"] for r in runs)}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sample", type=float, default=10.0, help="seconds between RSS samples")
    ap.add_argument("--out", type=Path, default=None, help="working folder (default: a temporary one)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = soak(args.minutes, args.sites, args.pages, args.seed, args.out or Path(tmp), args.sample)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for minute, mb in sorted(result["pss_tree_mb_by_minute"].items()):
            print(f"minute {minute:3d}: PSS (audit + workers) {mb:7.1f} MB")
        print(f"{len(result['runs'])} runs, {result['pages_total']} pages; PSS max {result['pss_tree_mb_max']} MB, "
              f"growth first->last run {result['pss_tree_growth_mb_first_to_last_run']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

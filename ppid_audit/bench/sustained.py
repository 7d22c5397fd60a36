"""Sustained scale: a long run against a big latency farm, throughput and memory every minute.

    .venv/bin/python -m ppid_audit.bench.sustained --sites 3000 --pages 50 --minutes 30
        [--latency 100-800] [--seed 1] [--max-connections C] [--sites-in-parallel K] [--json]

The farm runs in its own process (``politeness.start_farm``: every response after 100-800 ms). This
process audits it with the default ``[run]`` settings and the default per-host delay and concurrency
(``politeness.registry_for``), one run after another until ``--minutes`` have passed (the last run is then
stopped, as Ctrl-C would). Every minute it prints one JSON line: fetches and pages finished in that
minute (pages are counted when their site is stored), sites finished and in flight, CPU used in that
minute by the crawler, the check workers and the farm (share of one core), and the RSS of each and of all
together. The summary says whether throughput and RSS hold flat (the last half against the first) and
what limits the run: the crawler's core (CPU share near 1), the sites in flight (at
``sites_in_parallel``) or the hosts' own pace (neither).
Not part of the test suite; figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import trio

from .crawl_bench import child_pids, process_cpu_seconds, process_status
from .politeness import InFlight, registry_for, start_farm

__all__ = ["main", "sustained"]


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def sustained(sites: int, pages: int, minutes: float, latency: str, seed: int, work: Path, *,
              max_connections: int | None = None, sites_in_parallel: int | None = None,
              every: float = 60.0) -> dict[str, Any]:
    """Audit the farm back to back for ``minutes``; return the per-minute samples and a summary."""
    from ..audit import run_audit
    from ..checking import load_checks
    from ..store.db import open_engine

    t_farm = time.monotonic()
    farm = start_farm(sites, pages, seed, work / "farm", latency)
    farm_start_s = time.monotonic() - t_farm
    assert farm.proc is not None
    farm_pid = farm.proc.pid
    samples: list[dict[str, Any]] = []
    runs: list[dict[str, Any]] = []
    try:
        registry = registry_for(farm.registry_path, max_connections=max_connections,
                                sites_in_parallel=sites_in_parallel)
        engine = open_engine(work / "sustained.sqlite")
        checks = load_checks()
        progress = InFlight()

        async def ticker(t0: float) -> None:
            last = {"t": t0, "fetches": 0, "pages": 0, "sites": 0, "cpu": _cpu_self(), "kids": 0.0,
                    "farm": process_cpu_seconds(farm_pid) or 0.0}
            while True:
                await trio.sleep(every)
                now = time.monotonic()
                kids = child_pids(os.getpid())
                kids_cpu = sum(process_cpu_seconds(p) or 0.0 for p in kids)
                cpu, farm_cpu = _cpu_self(), process_cpu_seconds(farm_pid) or 0.0
                dt = now - last["t"]
                rss_me, rss_kids, rss_farm = process_status(os.getpid(), "VmRSS"), sum(process_status(p, "VmRSS") for p in kids), process_status(
                    farm_pid, "VmRSS")
                sample = {
                    "minute": round((now - t0) / 60, 1),
                    "fetches_per_s": round((progress.fetches - last["fetches"]) / dt, 1),
                    "pages_per_s": round((progress.pages - last["pages"]) / dt, 1),
                    "sites_done": progress.sites_done, "sites_in_flight": progress.in_flight,
                    "crawler_cpu": round((cpu - last["cpu"]) / dt, 2),
                    "check_workers_cpu": round(max(0.0, kids_cpu - last["kids"]) / dt, 2),
                    "farm_cpu": round((farm_cpu - last["farm"]) / dt, 2),
                    "crawler_rss_mb": round(rss_me / 2**20, 1), "check_workers_rss_mb": round(rss_kids / 2**20, 1),
                    "farm_rss_mb": round(rss_farm / 2**20, 1),
                    "all_rss_mb": round((rss_me + rss_kids + rss_farm) / 2**20, 1),
                    "load_avg": round(os.getloadavg()[0], 1),
                }
                samples.append(sample)
                print(json.dumps(sample), flush=True)
                last = {"t": now, "fetches": progress.fetches, "pages": progress.pages, "sites": progress.sites_done,
                        "cpu": cpu, "kids": kids_cpu, "farm": farm_cpu}

        async def main() -> None:
            t0 = time.monotonic()
            async with trio.open_nursery() as nursery:
                nursery.start_soon(ticker, t0)
                with trio.move_on_after(minutes * 60):
                    while True:
                        start = time.monotonic()
                        summary = await run_audit(registry, engine, checks, progress=progress)
                        runs.append({"run": summary.run_id, "status": summary.status,
                                     "wall_s": round(time.monotonic() - start, 1),
                                     "pages": sum(s.pages for s in summary.sites)})
                        print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
                nursery.cancel_scope.cancel()

        trio.run(main)
        engine.dispose()
    finally:
        farm.stop()
    return {"sites": sites, "pages_per_site": pages, "latency_ms": latency, "minutes": minutes,
            "farm_start_s": round(farm_start_s, 1), "max_connections": registry.run.max_connections,
            "sites_in_parallel": registry.run.sites_in_parallel, "samples": samples, "runs": runs,
            "summary": _summary(samples, registry.run.sites_in_parallel)}


def _summary(samples: list[dict[str, Any]], sites_in_parallel: int) -> dict[str, Any]:
    """Flatness (last half vs first half, the first minute left out as warm-up) and the limiting factor."""
    steady = samples[1:] if len(samples) > 2 else samples
    if not steady:
        return {}
    half = len(steady) // 2 or 1
    first, last = steady[:half], steady[half:] or steady[:half]

    def mean(rows: list[dict[str, Any]], key: str) -> float:
        return round(statistics.fmean(r[key] for r in rows), 1)

    cpu = statistics.fmean(r["crawler_cpu"] for r in steady)
    in_flight = statistics.fmean(r["sites_in_flight"] for r in steady)
    limit = ("the crawler's core (its event loop uses ~all of one CPU)" if cpu >= 0.85
             else "sites_in_parallel" if in_flight >= 0.95 * sites_in_parallel
             else "the hosts' own polite pace and the latency (neither CPU nor the site bound is full)")
    return {
        "fetches_per_s_first_half": mean(first, "fetches_per_s"), "fetches_per_s_last_half": mean(last, "fetches_per_s"),
        "pages_per_s_mean": mean(steady, "pages_per_s"),
        "all_rss_mb_first_half": mean(first, "all_rss_mb"), "all_rss_mb_last_half": mean(last, "all_rss_mb"),
        "all_rss_mb_max": max(r["all_rss_mb"] for r in samples),
        "crawler_cpu_mean": round(cpu, 2), "sites_in_flight_mean": round(in_flight, 1), "limited_by": limit,
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=3000)
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--latency", default="100-800", help="farm response latency, ms (LOW-HIGH)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-connections", type=int, default=None)
    ap.add_argument("--sites-in-parallel", type=int, default=None)
    ap.add_argument("--every", type=float, default=60.0, help=argparse.SUPPRESS)
    ap.add_argument("--keep", type=Path, default=None, help="keep the farm files and database here")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON at the end")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ppid-sustained-") as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = sustained(a.sites, a.pages, a.minutes, a.latency, a.seed, work, max_connections=a.max_connections,
                           sites_in_parallel=a.sites_in_parallel, every=a.every)
    s = result["summary"]
    print(f"{result['sites']} sites x {result['pages_per_site']} pages, latency {result['latency_ms']} ms, "
          f"{a.minutes} min (farm up in {result['farm_start_s']} s), {len(result['runs'])} runs finished")
    if s:
        print(f"  fetches/s first half {s['fetches_per_s_first_half']}, last half {s['fetches_per_s_last_half']}; "
              f"pages/s {s['pages_per_s_mean']}")
        print(f"  RSS (all processes) first half {s['all_rss_mb_first_half']} MB, last half "
              f"{s['all_rss_mb_last_half']} MB, max {s['all_rss_mb_max']} MB")
        print(f"  crawler CPU {s['crawler_cpu_mean']} of a core, {s['sites_in_flight_mean']} sites in flight "
              f"(bound {result['sites_in_parallel']}): limited by {s['limited_by']}")
    if a.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Politeness-bound run: many sites with realistic latency, the default per-host limits, vs the bound.

    .venv/bin/python -m ppid_audit.bench.politeness --sites 500 --pages 200 --latency 100-800 [--json]
        [--seed 1] [--max-connections C] [--sites-in-parallel K] [--check-workers N] [--keep DIR]

The farm runs in its own process (``open_farm(latency=...)``: every response waits 100-800 ms, fixed per
URL). This process audits it with the normal pipeline and the **default** ``[run]`` settings and the
default per-host ``delay`` and ``per_host_concurrency`` (the farm's own registry is tuned for speed;
those keys are reset to ``RunSettings()`` / ``CrawlSettings()``), the farm's page cap and timeouts kept.

When the farm stops it writes its counters (``farm.farm_stats``); from them this computes the lower bound
the limits allow: per host, ``n`` requests spaced by the mean ``delay`` and at most
``per_host_concurrency`` in flight take ``max((n - 1) * delay + busy / n, busy / concurrency)`` seconds
(``busy``: the request-seconds the host spent answering); over the run, every request's seconds
through ``max_connections`` connections take ``sum(busy) / max_connections``. The bound is the larger
of the slowest host's time and that. Printed: wall time, the bound and what sets it, their ratio
(target <= 1.1), pages and pages/s, CPU of the crawler, its check workers and the farm, the peak RSS of
each process and of all of them together, the most sites in flight, and the farm's proof that no host
saw more than ``per_host_concurrency`` requests at once nor two request starts closer than half the
delay (the crawler jitters the delay by 0.5-1.5, as Scrapy's RANDOMIZE_DOWNLOAD_DELAY does).
Not part of the test suite; figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import trio

from .crawl_bench import FarmProcess, child_pids, process_status

__all__ = ["InFlight", "RssSampler", "bound", "farm_child", "main", "politeness_bench", "proof", "registry_for"]

GAP_SLACK = 0.005  # seconds of loopback timing noise allowed on the shortest gap between two starts


# ----------------------------------------------------------------------------- the farm process


def farm_child(sites: int, pages: int, seed: int, out_dir: Path, latency: str | None) -> None:
    """Serve the farm with ``latency`` (ms, ``LOW-HIGH``) until SIGINT/SIGTERM, then write its counters."""
    from ..farm import farm_stats, open_farm
    from ..farm.latency import parse_latency

    async def serve() -> None:
        lat = parse_latency(latency, seed=seed) if latency else None
        async with open_farm(sites, seed, pages=pages, out_dir=out_dir, latency=lat) as farm:
            with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
                async for _ in signals:
                    break
            stats = farm_stats(farm)
            stats["starts"] = {h: farm.server.stats(h).starts for h in farm.server.hosts}
            (out_dir / "farm-stats.json").write_text(json.dumps(stats))

    trio.run(serve)


def start_farm(sites: int, pages: int, seed: int, out_dir: Path, latency: str | None) -> FarmProcess:
    """Start the latency farm in a child process and wait for its registry."""
    out_dir.mkdir(parents=True, exist_ok=True)
    farm = FarmProcess(sites, pages, seed, out_dir, launcher="bench")
    farm.cmd = [sys.executable, "-m", "ppid_audit.bench.politeness", "--farm-child", "--sites", str(sites), "--pages", str(pages),
                "--seed", str(seed), "--out", str(out_dir)] + (["--latency", latency] if latency else [])
    farm.start()
    return farm


def read_farm_stats(farm: FarmProcess) -> dict[str, Any]:
    """The counters the farm wrote when it stopped (empty when it wrote none)."""
    return json.loads(farm.stats_path.read_text()) if farm.stats_path.exists() else {}


# ----------------------------------------------------------------------------- the registry under test


def registry_for(path: Path, *, max_connections: int | None = None, sites_in_parallel: int | None = None,
                 check_workers: int | None = None) -> Any:
    """The farm's registry with the default ``[run]`` and the default per-host delay, concurrency and
    site deadline (the farm's page cap, timeouts and retries kept)."""
    from ..models import CrawlSettings
    from ..registry import RunSettings, load_registry

    registry = load_registry(path)
    defaults = CrawlSettings()
    polite = {"delay": defaults.delay, "per_host_concurrency": defaults.per_host_concurrency,
              "site_deadline": defaults.site_deadline}
    sites = tuple(dataclasses.replace(s, settings=dataclasses.replace(s.settings, **polite)) for s in registry.sites)
    base = RunSettings()
    run = dataclasses.replace(
        registry.run, max_connections=max_connections or base.max_connections,
        sites_in_parallel=sites_in_parallel or base.sites_in_parallel,
        check_workers=check_workers if check_workers is not None else base.check_workers)
    return dataclasses.replace(registry, run=run, sites=sites)


# ----------------------------------------------------------------------------- measuring


class InFlight:
    """A ``Progress`` that counts fetches and pages, sites done and sites in flight (and their peak)."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0
        self.fetches = 0
        self.sites_done = 0
        self.pages = 0

    def run_started(self, run_id: int, sites: Sequence[Any]) -> None:
        pass

    def site_started(self, site: Any) -> None:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)

    def fetched(self, site: Any, fetch: Any) -> None:
        self.fetches += 1

    def site_finished(self, summary: Any) -> None:
        self.in_flight -= 1
        self.sites_done += 1
        self.pages += summary.pages


class RssSampler:
    """Samples the summed RSS of this process, its children and ``extra`` pids every ``every`` seconds."""

    def __init__(self, extra: Callable[[], list[int]], every: float = 1.0) -> None:
        self._extra = extra
        self._every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.peak_total = 0
        self.pids: set[int] = set()

    def pids_now(self) -> list[int]:
        me = os.getpid()
        return [me, *child_pids(me), *self._extra()]

    def total(self) -> int:
        """The summed RSS now, in bytes."""
        pids = self.pids_now()
        self.pids.update(pids)
        return sum(process_status(p, "VmRSS") for p in pids)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self.peak_total = max(self.peak_total, self.total())

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# ----------------------------------------------------------------------------- bound and proof


def _hosts(stats: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The farm's per-site counters, one entry per host (sites sharing a host share its counters)."""
    return {v["host"]: v for v in stats.get("sites", {}).values() if v["requests"]}


def bound(stats: dict[str, Any], *, delay: float, concurrency: int, max_connections: int) -> dict[str, Any]:
    """The least wall time the per-host and global limits allow for the requests the farm served."""
    slowest_host, slowest = None, 0.0
    busy_total = 0.0
    for host, h in _hosts(stats).items():
        n, busy = h["requests"], h["busy_s"]
        busy_total += busy
        t = max((n - 1) * delay + busy / n, busy / concurrency)
        if t > slowest:
            slowest_host, slowest = host, t
    global_s = busy_total / max_connections
    return {"bound_s": round(max(slowest, global_s), 1), "slowest_host": slowest_host,
            "slowest_host_s": round(slowest, 1),
            "slowest_host_requests": _hosts(stats).get(slowest_host or "", {}).get("requests"),
            "global_s": round(global_s, 1), "bound_by": "slowest host" if slowest >= global_s else "max_connections"}


def proof(stats: dict[str, Any], *, delay: float, concurrency: int) -> dict[str, Any]:
    """Whether every host saw at most ``concurrency`` requests at once and no two starts closer than
    half the delay (the jitter's floor), from the farm's own counters."""
    hosts = _hosts(stats)
    floor = 0.5 * delay
    over_concurrency = sorted(h for h, v in hosts.items() if v["max_concurrent"] > concurrency)
    too_close = sorted(h for h, v in hosts.items() if v["min_gap_s"] is not None and v["min_gap_s"] < floor - GAP_SLACK)
    gaps = [v["min_gap_s"] for v in hosts.values() if v["min_gap_s"] is not None]
    all_gaps = [b - a for h in hosts for a, b in zip(stats.get("starts", {}).get(h, []),
                                                     stats.get("starts", {}).get(h, [])[1:])]
    close = sum(1 for g in all_gaps if g < floor - GAP_SLACK)
    means = [v["mean_gap_s"] for v in hosts.values() if v["mean_gap_s"] is not None and v["requests"] >= 20]
    return {
        "hosts": len(hosts), "limit_concurrency": concurrency, "max_concurrency_seen": max(
            (v["max_concurrent"] for v in hosts.values()), default=0),
        "limit_min_gap_s": floor, "min_gap_seen_s": min(gaps, default=None),
        "mean_gap_s_lowest": min(means, default=None),
        "max_in_10s": max((v.get("max_in_10s", 0) for v in hosts.values()), default=0),
        "gaps": len(all_gaps), "gaps_below_limit": close,
        "hosts_over_concurrency": over_concurrency, "hosts_starts_too_close": too_close,
        "ok": not over_concurrency and not too_close,
    }


# ----------------------------------------------------------------------------- the benchmark


def politeness_bench(sites: int, pages: int, latency: str, seed: int, work: Path, *,
                     max_connections: int | None = None, sites_in_parallel: int | None = None,
                     check_workers: int | None = None) -> dict[str, Any]:
    """Serve the latency farm, audit it with the default politeness, return the figures."""
    from ..audit import run_audit
    from ..checking import load_checks
    from ..models import CrawlSettings
    from ..store.db import open_engine

    farm = start_farm(sites, pages, seed, work / "farm", latency)
    try:
        registry = registry_for(farm.registry_path, max_connections=max_connections,
                                sites_in_parallel=sites_in_parallel, check_workers=check_workers)
        engine = open_engine(work / "politeness.sqlite")
        checks = load_checks()
        progress = InFlight()
        assert farm.proc is not None
        farm_pid = farm.proc.pid
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        with RssSampler(lambda: [farm_pid]) as rss:
            t0 = time.monotonic()
            summary = trio.run(lambda: run_audit(registry, engine, checks, progress=progress))
            wall = time.monotonic() - t0
            rss_total_end = rss.total()
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        engine.dispose()
    finally:
        farm.stop()
    stats = read_farm_stats(farm)
    d = CrawlSettings()
    run = registry.run
    b = bound(stats, delay=d.delay, concurrency=d.per_host_concurrency, max_connections=run.max_connections)
    pages_done = sum(s.pages for s in summary.sites)
    fetches = sum(s.fetches for s in summary.sites)
    return {
        "sites": len(registry.sites), "pages_per_site": pages, "latency_ms": latency, "seed": seed,
        "delay_s": d.delay, "per_host_concurrency": d.per_host_concurrency,
        "max_connections": run.max_connections, "sites_in_parallel": run.sites_in_parallel,
        "status": summary.status, "audited": sum(1 for s in summary.sites if s.auditable),
        "budget_exhausted": sum(1 for s in summary.sites if s.budget_exhausted),
        "wall_s": round(wall, 1), **b, "ratio": round(wall / b["bound_s"], 3) if b["bound_s"] else None,
        "pages": pages_done, "fetches": fetches, "pages_per_s": round(pages_done / wall, 1),
        "fetches_per_s": round(fetches / wall, 1), "farm_requests": stats.get("total_requests"),
        "peak_sites_in_flight": progress.peak,
        "crawler_cpu_s": round(cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime, 1),
        "check_workers_cpu_s": round(kids.ru_utime + kids.ru_stime, 1),
        "farm_cpu_s": None if farm.cpu_seconds is None else round(farm.cpu_seconds, 1),
        "crawler_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "check_worker_peak_rss_mb": round(kids.ru_maxrss / 1024, 1),
        "farm_peak_rss_mb": None if farm.peak_rss is None else round(farm.peak_rss / 2**20, 1),
        "all_processes_peak_rss_mb": round(max(rss.peak_total, rss_total_end) / 2**20, 1),
        "farm_peak_connections": stats.get("peak_connections"),
        "proof": proof(stats, delay=d.delay, concurrency=d.per_host_concurrency),
    }


def _print(fig: dict[str, Any]) -> None:
    p = fig["proof"]
    print(f"{fig['sites']} sites x {fig['pages_per_site']} pages, latency {fig['latency_ms']} ms, delay "
          f"{fig['delay_s']} s, {fig['per_host_concurrency']} per host, max_connections {fig['max_connections']}, "
          f"sites_in_parallel {fig['sites_in_parallel']}")
    print(f"  wall           {fig['wall_s']} s  (run {fig['status']}; {fig['audited']} audited, "
          f"{fig['budget_exhausted']} out of site_deadline)")
    print(f"  lower bound    {fig['bound_s']} s  set by the {fig['bound_by']} (slowest host {fig['slowest_host']}: "
          f"{fig['slowest_host_requests']} requests, {fig['slowest_host_s']} s; all requests through "
          f"max_connections: {fig['global_s']} s)")
    print(f"  ratio          {fig['ratio']}  (target <= 1.1)")
    print(f"  pages          {fig['pages']} ({fig['pages_per_s']} pages/s), fetches {fig['fetches']} "
          f"({fig['fetches_per_s']}/s), farm requests {fig['farm_requests']}")
    print(f"  sites in flight at most {fig['peak_sites_in_flight']}; farm peak connections "
          f"{fig['farm_peak_connections']}")
    print(f"  CPU s          crawler {fig['crawler_cpu_s']}, check workers {fig['check_workers_cpu_s']}, "
          f"farm {fig['farm_cpu_s']}")
    print(f"  peak RSS MB    crawler {fig['crawler_peak_rss_mb']}, check worker {fig['check_worker_peak_rss_mb']}, "
          f"farm {fig['farm_peak_rss_mb']}; all processes together {fig['all_processes_peak_rss_mb']}")
    print(f"  farm's proof   {p['hosts']} hosts: at most {p['max_concurrency_seen']} requests at once "
          f"(limit {p['limit_concurrency']}), shortest gap between two starts {p['min_gap_seen_s']} s "
          f"(limit {p['limit_min_gap_s']} s; {p['gaps_below_limit']} of {p['gaps']} gaps below it), lowest mean "
          f"gap {p['mean_gap_s_lowest']} s, most starts on one host in 10 s {p['max_in_10s']}: "
          f"{'no host saw more than its limits' if p['ok'] else 'LIMITS EXCEEDED'}"
          + ("" if p["ok"] else f" (over concurrency: {p['hosts_over_concurrency'][:5]}, "
                                f"starts too close: {p['hosts_starts_too_close'][:5]})"))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=500)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--latency", default="100-800", help="farm response latency, ms (LOW-HIGH)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-connections", type=int, default=None, help="default: RunSettings().max_connections")
    ap.add_argument("--sites-in-parallel", type=int, default=None, help="default: RunSettings().sites_in_parallel")
    ap.add_argument("--check-workers", type=int, default=None)
    ap.add_argument("--keep", type=Path, default=None, help="keep the farm files and database here")
    ap.add_argument("--json", action="store_true", help="also print one JSON line")
    ap.add_argument("--farm-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.farm_child:
        farm_child(a.sites, a.pages, a.seed, a.out, a.latency)
        return 0
    with tempfile.TemporaryDirectory(prefix="ppid-polite-") as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        fig = politeness_bench(a.sites, a.pages, a.latency, a.seed, work, max_connections=a.max_connections,
                               sites_in_parallel=a.sites_in_parallel, check_workers=a.check_workers)
    _print(fig)
    if a.json:
        print(json.dumps(fig))
    return 0 if fig["proof"]["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())

"""Side-by-side benchmark: the full ppid-audit audit against a Scrapy spider on the same loopback farm.

    .venv/bin/python -m ppid_audit.bench.sidebyside --sites 60 --pages 60 --repeat 3 [--json]
        [--seed 1] [--max-connections 64] [--per-host 2] [--delay 0] [--sites-in-parallel K]
        [--check-workers N] [--tools audit,scrapy] [--keep DIR]

Needs the benchmark extra (``pip install -e '.[bench]'``: Scrapy and psutil; never runtime dependencies).

Each run starts a fresh farm (same seed, so the same sites) in a process of its own, then runs one tool
as a child process and waits for it; the tools alternate (audit, scrapy, scrapy, audit, ...):

* **audit**: ``run_audit`` with every check and the SQLite store on (this module's ``--audit-child``);
* **audit-inline**: the same with ``check_workers=0`` (the checks on the event loop, as before the pool);
* **audit-nobrowser**: the full audit without headless Chromium (the farm's JavaScript-only sites are then
  judged "needs a browser"): the work closest to Scrapy's, which renders nothing; its own ratios are printed;
* **httpx-floor**: ``httpx_spider.py``, the Scrapy spider's work (fetch, parse, extract in-scope links) done with
  trio, httpx and selectolax and nothing else: the floor the audit's CPU per page cannot go below with them;
* **scrapy**: ``scrapy_spider.py`` (fetch, parse, extract in-scope links), run as a plain script.

Both get the farm registry's crawl settings: the same per-host concurrency, requests in flight in all,
delay, page cap, depth, robots.txt, retries, request timeout and body cap, and both verify TLS against
the farm's CA.  Measured per run: wall time, pages parsed per second, CPU ms per page of the tool's
processes (``RUSAGE_CHILDREN`` around the tool's child, which waits for its own workers), and peak RSS
(the sum over the tool's process tree, sampled every 50 ms with psutil).  The farm's own counters
(requests and peak in-flight requests per host) prove that neither tool exceeded the per-host limit.
Prints the medians per tool and the ratios audit / scrapy.  Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import trio

from .crawl_bench import FARM_STATS_FILE, FarmProcess

__all__ = ["main", "run_audit_child", "run_tool", "scrapy_spec"]

SPIDER = Path(__file__).with_name("scrapy_spider.py")
FLOOR = Path(__file__).with_name("httpx_spider.py")


# ----------------------------------------------------------------------------- the farm


class SideFarm(FarmProcess):
    """The farm in its own process; writes every host's requests and peak in-flight count when stopped."""

    def __init__(self, sites: int, pages: int, seed: int, out_dir: Path) -> None:
        super().__init__(sites, pages, seed, out_dir, launcher="bench")
        self.cmd = [sys.executable, "-m", "ppid_audit.bench.sidebyside", "--farm-child",
                    "--sites", str(sites), "--pages", str(pages), "--seed", str(seed), "--out", str(out_dir)]

    def host_stats(self) -> dict[str, Any]:
        """What the farm wrote when stopped (``{}`` if it did not)."""
        return json.loads(self.stats_path.read_text()) if self.stats_path.exists() else {}


def farm_child(sites: int, pages: int, seed: int, out_dir: Path) -> None:
    """Serve the farm until SIGINT/SIGTERM; then write per-host counters to ``farm-stats.json``."""
    import signal

    from ..farm import open_farm

    async def serve() -> None:
        async with open_farm(sites, seed, pages=pages, out_dir=out_dir) as farm:
            with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
                async for _ in signals:
                    break
            per_host = {}
            for s in farm.sites:
                st = farm.stats(s.id)
                per_host[s.id] = {"host": s.host, "requests": st.requests, "max_concurrent": st.max_concurrent,
                                  "tls_failures": st.tls_failures, "down": s.down,
                                  "faults": sorted({f.kind for f in s.spec.faults})}
            stats = {"total_requests": farm.server.total_requests,
                     "max_host_concurrency": max((h["max_concurrent"] for h in per_host.values()), default=0),
                     "peak_connections": farm.server.peak_connections, "hosts": per_host}
            (out_dir / FARM_STATS_FILE).write_text(json.dumps(stats))

    trio.run(serve)


# ----------------------------------------------------------------------------- the two tools


def _load(registry_path: Path, delay: float | None, max_connections: int, per_host: int,
          sites_in_parallel: int | None) -> Any:
    """The farm registry with the benchmark's politeness settings applied to every site."""
    from ..registry import load_registry

    reg = load_registry(registry_path)
    changes: dict[str, Any] = {"per_host_concurrency": per_host}
    if delay is not None:
        changes["delay"] = delay
    sites = tuple(dataclasses.replace(s, settings=dataclasses.replace(s.settings, **changes)) for s in reg.sites)
    run = dataclasses.replace(reg.run, max_connections=max_connections,
                              sites_in_parallel=sites_in_parallel or max(1, max_connections // per_host))
    return dataclasses.replace(reg, sites=sites, run=run,
                               defaults=dataclasses.replace(reg.defaults, **changes))


def scrapy_spec(registry: Any) -> dict[str, Any]:
    """The spider's input: the sites (start URL, scope as host/prefix without port) and crawl settings."""
    from urllib.parse import urlsplit

    s0 = registry.sites[0].settings
    sites = []
    for site in registry.sites:
        scopes = []
        for sc in site.scope or (urlsplit(site.start_url).netloc,):
            netloc, _, prefix = sc.partition("/")
            scopes.append(urlsplit("//" + netloc).hostname + "/" + prefix)
        sites.append({"id": site.id, "start_url": site.start_url, "scope": scopes})
    return {"sites": sites, "max_connections": registry.run.max_connections,
            "per_host_concurrency": s0.per_host_concurrency, "delay": s0.delay, "max_pages": s0.max_pages,
            "max_depth": s0.max_depth, "retries": s0.retries, "request_deadline": s0.request_deadline,
            "max_body_bytes": s0.max_body_bytes, "obey_robots": s0.obey_robots, "user_agent": s0.user_agent,
            "ca_bundle": str(registry.run.ca_bundle) if registry.run.ca_bundle else None}


def run_audit_child(registry: Any, db_path: Path, out: Path, check_workers: int | None, browser: bool = True) -> None:
    """The audit side: every check, the store on; writes its figures to ``out``."""
    from ..audit import run_audit
    from ..checking import load_checks
    from ..store.db import open_engine

    engine = open_engine(db_path)
    checks = load_checks()
    kwargs: dict[str, Any] = {} if check_workers is None else {"check_workers": check_workers}
    if not browser:
        kwargs["browser"] = False
    summary = trio.run(lambda: run_audit(registry, engine, checks, **kwargs))
    engine.dispose()
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the check workers, once shut down
    statuses: dict[str, int] = {}
    for s in summary.sites:
        for k, v in s.counts.items():
            statuses[k] = statuses.get(k, 0) + v
    out.write_text(json.dumps({
        "status": summary.status, "checks": len(checks),
        "pages": sum(s.pages for s in summary.sites), "fetches": sum(s.fetches for s in summary.sites),
        "fetch_errors": sum(s.fetch_errors for s in summary.sites),
        "sites_auditable": sum(1 for s in summary.sites if s.auditable),
        "sites_cut_by_budget": sum(1 for s in summary.sites if s.budget_exhausted),
        "not_auditable": {s.site.id: s.reason for s in summary.sites if not s.auditable},
        "pages_per_site": {s.site.id: s.pages for s in summary.sites},
        "verdicts": statuses,
        "event_loop_cpu_s": own.ru_utime + own.ru_stime,
        "check_workers_cpu_s": workers.ru_utime + workers.ru_stime,
    }))


def _sample_tree(pid: int, stop: threading.Event, peak: list[int]) -> None:
    import psutil  # type: ignore[import-untyped, import-not-found, unused-ignore]

    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        rss = pss = 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in procs:
            try:
                full = p.memory_full_info()  # PSS splits shared pages (Chromium's many processes) between owners
                rss += full.rss
                pss += full.pss
            except psutil.Error:
                pass
        peak[0] = max(peak[0], rss)
        peak[1] = max(peak[1], pss)
        stop.wait(0.05)


def run_tool(cmd: list[str], log: Path) -> dict[str, float]:
    """Run one tool's command to its end; wall s, CPU s of it and its waited-for children, peak tree RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        peak = [0, 0]
        stop = threading.Event()
        sampler = threading.Thread(target=_sample_tree, args=(proc.pid, stop, peak), daemon=True)
        sampler.start()
        rc = proc.wait()
        stop.set()
        sampler.join()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        raise RuntimeError(f"{cmd[:3]} exited with {rc}: {log.read_text(errors='replace')[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": peak[0] / 1e6, "peak_pss_mb": peak[1] / 1e6}


def one_run(tool: str, a: argparse.Namespace, work: Path, index: int) -> dict[str, Any]:
    """Start a fresh farm, run ``tool`` against it, stop the farm; return the figures."""
    run_dir = work / f"{index:02d}-{tool}"
    farm = SideFarm(a.sites, a.pages, a.seed, run_dir / "farm")
    farm.out_dir.mkdir(parents=True, exist_ok=True)
    try:
        farm.start()
        registry = _load(farm.registry_path, a.delay, a.max_connections, a.per_host, a.sites_in_parallel)
        result_path = run_dir / "result.json"
        common = ["--delay", str(registry.sites[0].settings.delay), "--max-connections", str(a.max_connections),
                  "--per-host", str(a.per_host), "--sites-in-parallel", str(registry.run.sites_in_parallel)]
        if tool in ("audit", "audit-inline", "audit-nobrowser"):
            cmd = [sys.executable, "-m", "ppid_audit.bench.sidebyside", "--audit-child", str(farm.registry_path),
                   str(run_dir / "audit.sqlite"), str(result_path), *common]
            workers = 0 if tool == "audit-inline" else a.check_workers
            if workers is not None:
                cmd += ["--check-workers", str(workers)]
            if tool == "audit-nobrowser":
                cmd += ["--no-browser"]
        else:
            spec_path = run_dir / "spec.json"
            spec_path.write_text(json.dumps(scrapy_spec(registry)))
            cmd = [sys.executable, str(FLOOR if tool == "httpx-floor" else SPIDER), str(spec_path), str(result_path)]
        fig: dict[str, Any] = dict(run_tool(cmd, run_dir / f"{tool}.log"))
    finally:
        farm.stop()
    result = json.loads(result_path.read_text())
    stats = farm.host_stats()
    hosts = stats.get("hosts", {})
    over = {k: v["max_concurrent"] for k, v in hosts.items() if v["max_concurrent"] > a.per_host}
    pages = int(result["pages"])
    fig.update(tool=tool, pages=pages, pages_per_s=pages / fig["wall_s"],
               cpu_ms_per_page=fig["cpu_s"] * 1000 / max(pages, 1),
               farm_requests=stats.get("total_requests"), farm_max_host_concurrency=stats.get("max_host_concurrency"),
               farm_peak_connections=stats.get("peak_connections"), hosts_over_limit=over,
               farm_requests_per_host={k: v["requests"] for k, v in hosts.items()},
               tls_failures={k: v["tls_failures"] for k, v in hosts.items() if v["tls_failures"]},
               faults={k: v["faults"] for k, v in hosts.items() if v["faults"] or v["down"]},
               result=result)
    return fig


# ----------------------------------------------------------------------------- report


def _median(rows: list[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians per tool, ratios audit / scrapy, and the page-count differences per site."""
    keys = ("pages", "wall_s", "pages_per_s", "cpu_ms_per_page", "cpu_s", "peak_rss_mb", "peak_pss_mb",
            "farm_requests", "farm_max_host_concurrency")
    med = {tool: {k: _median([r for r in runs if r["tool"] == tool], k) for k in keys}
           for tool in ("audit", "audit-inline", "audit-nobrowser", "httpx-floor", "scrapy") if any(r["tool"] == tool for r in runs)}
    out: dict[str, Any] = {"median": med}
    if "audit" in med and "scrapy" in med:
        out["ratio_audit_to_scrapy"] = {
            k: round(med["audit"][k] / med["scrapy"][k], 2) if med["scrapy"][k] else None
            for k in ("pages_per_s", "cpu_ms_per_page", "peak_rss_mb", "peak_pss_mb", "pages")}
        last = {tool: next(r for r in reversed(runs) if r["tool"] == tool) for tool in ("audit", "scrapy")}
        a_pages, s_pages = last["audit"]["result"]["pages_per_site"], last["scrapy"]["result"]["pages_per_site"]
        faults = last["audit"]["faults"]
        out["page_differences"] = {
            sid: {"audit": a_pages.get(sid, 0), "scrapy": s_pages.get(sid, 0), "faults": faults.get(sid, []),
                  "audit_reason": last["audit"]["result"]["not_auditable"].get(sid)}
            for sid in sorted(set(a_pages) | set(s_pages)) if a_pages.get(sid, 0) != s_pages.get(sid, 0)}
    if "audit-nobrowser" in med and "scrapy" in med:
        out["ratio_nobrowser_to_scrapy"] = {
            k: round(med["audit-nobrowser"][k] / med["scrapy"][k], 2) if med["scrapy"][k] else None
            for k in ("pages_per_s", "cpu_ms_per_page", "peak_rss_mb", "peak_pss_mb", "pages")}
    if "httpx-floor" in med and "scrapy" in med:
        out["ratio_floor_to_scrapy"] = {
            k: round(med["httpx-floor"][k] / med["scrapy"][k], 2) if med["scrapy"][k] else None
            for k in ("pages_per_s", "cpu_ms_per_page", "peak_rss_mb", "peak_pss_mb", "pages")}
    out["hosts_over_limit"] = {f"{r['tool']}#{i}": r["hosts_over_limit"] for i, r in enumerate(runs)
                               if r["hosts_over_limit"]}
    return out


def _print(runs: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    print(f"{'run':<4} {'tool':<12} {'pages':>6} {'wall s':>7} {'pages/s':>8} {'CPU s':>6} {'CPU ms/page':>11} "
          f"{'peak RSS MB':>11} {'farm req':>8} {'max/host':>8} {'sites cut':>9}")
    for i, r in enumerate(runs):
        cut = r["result"].get("sites_cut_by_budget")
        print(f"{i:<4} {r['tool']:<12} {r['pages']:>6} {r['wall_s']:>7.1f} {r['pages_per_s']:>8.1f} {r['cpu_s']:>6.1f} "
              f"{r['cpu_ms_per_page']:>11.2f} {r['peak_rss_mb']:>11.0f} {r['farm_requests'] or 0:>8} "
              f"{r['farm_max_host_concurrency'] or 0:>8} {'-' if cut is None else cut:>9}")
    for i, r in enumerate(runs):
        loop_cpu = r["result"].get("event_loop_cpu_s")
        if loop_cpu is not None and r["pages"]:
            print(f"run {i} {r['tool']}: event loop process {1000 * loop_cpu / r['pages']:.2f} CPU ms/page, "
                  f"check workers {1000 * r['result']['check_workers_cpu_s'] / r['pages']:.2f} CPU ms/page")
    for tool, m in summary["median"].items():
        print(f"median {tool:<12} pages {m['pages']:.0f}, {m['pages_per_s']:.1f} pages/s, "
              f"{m['cpu_ms_per_page']:.2f} CPU ms/page, peak RSS {m['peak_rss_mb']:.0f} MB (summed), "
              f"peak PSS {m['peak_pss_mb']:.0f} MB")
    if "ratio_audit_to_scrapy" in summary:
        r = summary["ratio_audit_to_scrapy"]
        print(f"ratios audit/scrapy: pages/s {r['pages_per_s']}x, CPU per page {r['cpu_ms_per_page']}x, "
              f"peak RSS (summed) {r['peak_rss_mb']}x, peak PSS {r['peak_pss_mb']}x, pages {r['pages']}x")
        diffs = summary["page_differences"]
        if diffs:
            print(f"sites whose page counts differ (last runs): {len(diffs)}")
            for sid, d in diffs.items():
                why = ", ".join(d["faults"]) or "-"
                print(f"  {sid:<16} audit {d['audit']:>3}  scrapy {d['scrapy']:>3}  farm faults: {why}"
                      + (f"  (audit: {d['audit_reason']})" if d["audit_reason"] else ""))
    if "ratio_nobrowser_to_scrapy" in summary:
        r = summary["ratio_nobrowser_to_scrapy"]
        print(f"ratios audit-nobrowser/scrapy: pages/s {r['pages_per_s']}x, CPU per page {r['cpu_ms_per_page']}x, "
              f"peak PSS {r['peak_pss_mb']}x, pages {r['pages']}x")
    if "ratio_floor_to_scrapy" in summary:
        r = summary["ratio_floor_to_scrapy"]
        print(f"ratios httpx-floor/scrapy: pages/s {r['pages_per_s']}x, CPU per page {r['cpu_ms_per_page']}x, "
              f"peak PSS {r['peak_pss_mb']}x, pages {r['pages']}x")
    over = summary["hosts_over_limit"]
    print("hosts above the per-host limit: " + (json.dumps(over) if over else "none (farm counters)"))


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sites", type=int, default=60)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-connections", type=int, default=64, help="requests in flight in all (both tools)")
    ap.add_argument("--per-host", type=int, default=2, help="requests in flight per host (both tools)")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds between requests to one host (both tools)")
    ap.add_argument("--sites-in-parallel", type=int, default=None,
                    help="audit only; default max-connections / per-host, so both tools can fill the connections")
    ap.add_argument("--check-workers", type=int, default=None, help="audit only: check worker processes")
    ap.add_argument("--tools", default="audit,scrapy",
                    help="comma-separated: audit, scrapy, audit-inline (the audit with its checks on the event loop), "
                         "audit-nobrowser (the audit without Chromium), httpx-floor (Scrapy's work with trio, httpx and selectolax)")
    ap.add_argument("--no-browser", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--json", action="store_true", help="also print every run and the summary as one JSON line")
    ap.add_argument("--keep", type=Path, default=None, help="keep farms, logs and databases in this folder")
    ap.add_argument("--farm-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--audit-child", nargs=3, metavar=("REGISTRY", "DB", "OUT"), default=None, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.farm_child:
        farm_child(a.sites, a.pages, a.seed, a.out)
        return 0
    if a.audit_child:
        reg_path, db, out = (Path(p) for p in a.audit_child)
        registry = _load(reg_path, a.delay, a.max_connections, a.per_host, a.sites_in_parallel)
        run_audit_child(registry, db, out, a.check_workers, browser=not a.no_browser)
        return 0
    tools = [t.strip() for t in a.tools.split(",") if t.strip()]
    work = a.keep or Path(tempfile.mkdtemp(prefix="ppid-sidebyside-"))
    work.mkdir(parents=True, exist_ok=True)
    runs: list[dict[str, Any]] = []
    try:
        for rep in range(a.repeat):
            for tool in tools if rep % 2 == 0 else tools[::-1]:
                fig = one_run(tool, a, work, len(runs))
                runs.append(fig)
                print(f"run {len(runs) - 1}: {tool} {fig['pages']} pages in {fig['wall_s']:.1f} s, "
                      f"{fig['cpu_ms_per_page']:.2f} CPU ms/page, peak {fig['peak_rss_mb']:.0f} MB", flush=True)
    finally:
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    summary = summarise(runs)
    _print(runs, summary)
    if a.json:
        slim = [{k: v for k, v in r.items() if k not in ("farm_requests_per_host", "result")} for r in runs]
        print(json.dumps({"runs": slim, "summary": summary, "python": sys.version.split()[0],
                          "nproc": os.cpu_count()}, sort_keys=True, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

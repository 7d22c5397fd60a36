"""Benchmark of a whole audit run against the loopback farm served by another process.

    .venv/bin/python -m ppid_audit.bench.crawl_bench --sites 500 --pages 200
        [--sites-in-parallel K] [--max-connections C] [--seed 1] [--profile] [--json]
        [--farm-launcher cli|bench] [--keep DIR] [--shared-pool]
    .venv/bin/python -m ppid_audit.bench.crawl_bench --sites 500 --pool-bench 500

The farm runs in a child process (``ppid-audit farm ...``; with
``--farm-launcher bench`` a thin wrapper around the same ``open_farm`` that
also reports the farm's request count when it stops).  This process waits for
the farm's ``sites.toml``, then runs the normal pipeline on it:
``load_registry`` -> ``open_engine`` (a temporary SQLite file) ->
``load_checks`` -> ``run_audit``.  It prints wall time, pages/s, fetches/s,
the crawler's CPU time and peak RSS (``getrusage``), the farm's peak RSS and
CPU time (psutil when installed, else ``/proc``), rows written, database
size, sites audited vs not, and the farm's total requests.

``--pool-bench WORKERS`` only compares one shared httpcore pool with the
crawler's per-origin pools against ``--sites`` loopback hosts; ``--shared-pool``
crawls with the former shared pool (A/B).  Figures: docs/benchmarks.md.
Speed and memory are measured here, never in a timed unit test.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import pstats
import resource
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import trio

__all__ = ["FarmProcess", "bench", "farm_child", "main", "pool_bench", "process_cpu_seconds", "process_peak_rss"]

FARM_STATS_FILE = "farm-stats.json"
_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


# ----------------------------------------------------------------------------- measuring another process


def process_peak_rss(pid: int) -> int | None:
    """Peak resident set size of ``pid`` in bytes (``VmHWM``), or None when unknown."""
    try:
        import psutil  # type: ignore[import-untyped, import-not-found, unused-ignore]

        info = psutil.Process(pid).memory_full_info()
        peak = getattr(info, "peak_wset", None)  # only on Windows; Linux falls through to /proc
        if peak:
            return int(peak)
    except Exception:  # noqa: BLE001 - psutil missing or the process gone: try /proc
        pass
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def process_status(pid: int | str, field: str) -> int:
    """A ``/proc/PID/status`` size field (``VmRSS``, ``VmHWM``...) in bytes; 0 when the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def process_pss(pid: int | str) -> int:
    """Proportional set size of ``pid`` in bytes (shared pages split between their processes, so the sum
    over a process tree with Chromium in it is honest); 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def child_pids(pid: int) -> list[int]:
    """The direct children of ``pid`` (``/proc/PID/task/*/children``)."""
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return out


def descendant_pids(pid: int) -> list[int]:
    """Every live process below ``pid`` (check workers, Chromium and its helpers)."""
    out: list[int] = []
    frontier = [pid]
    while frontier:
        kids = child_pids(frontier.pop())
        out += kids
        frontier += kids
    return out


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds used so far by ``pid`` (psutil, else ``/proc/PID/stat``)."""
    try:
        import psutil  # type: ignore[import-untyped, import-not-found, unused-ignore]

        t = psutil.Process(pid).cpu_times()
        return float(t.user + t.system)
    except Exception:  # noqa: BLE001
        pass
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14, 15)
    except (OSError, IndexError, ValueError):
        return None


# ----------------------------------------------------------------------------- the farm process


class FarmProcess:
    """The farm served by a child process; ``registry_path`` appears when it is ready."""

    def __init__(self, sites: int, pages: int, seed: int, out_dir: Path, launcher: str = "cli") -> None:
        self.out_dir = out_dir
        self.registry_path = out_dir / "sites.toml"
        self.stats_path = out_dir / FARM_STATS_FILE
        self.log_path = out_dir / "farm.log"
        args = ["--sites", str(sites), "--pages", str(pages), "--seed", str(seed), "--out", str(out_dir)]
        if launcher == "cli":
            exe = Path(sys.executable).with_name("ppid-audit")
            self.cmd = [str(exe) if exe.exists() else "ppid-audit", "farm", *args]
        else:
            self.cmd = [sys.executable, "-m", "ppid_audit.bench.crawl_bench", "--farm-child", *args]
        self.proc: subprocess.Popen[bytes] | None = None
        self.peak_rss: int | None = None
        self.cpu_seconds: float | None = None  # while the crawl ran (start-up excluded)
        self.cpu_at_ready: float | None = None
        self.total_requests: int | None = None
        self.max_host_concurrency: int | None = None
        self.peak_connections: int | None = None

    def start(self, timeout: float = 600.0) -> float:
        """Start the farm and wait for its ``sites.toml``; return the seconds it took."""
        self.registry_path.unlink(missing_ok=True)
        t0 = time.monotonic()
        log = self.log_path.open("wb")
        self.proc = subprocess.Popen(self.cmd, stdout=log, stderr=subprocess.STDOUT)
        while not self.registry_path.exists() or self.registry_path.stat().st_size == 0:
            if self.proc.poll() is not None:
                raise RuntimeError(f"farm exited with {self.proc.returncode}: {self.log_path.read_text()[-2000:]}")
            if time.monotonic() - t0 > timeout:
                raise TimeoutError("farm did not write sites.toml in time")
            time.sleep(0.2)
        time.sleep(0.3)  # the file is written in one call; let it land
        self.cpu_at_ready = process_cpu_seconds(self.proc.pid)
        return time.monotonic() - t0

    def stop(self) -> None:
        """Measure the farm, stop it with SIGINT (its Ctrl-C) and read what it reported."""
        if self.proc is None:
            return
        pid = self.proc.pid
        self.peak_rss = process_peak_rss(pid)
        cpu = process_cpu_seconds(pid)
        if cpu is not None:
            self.cpu_seconds = cpu - (self.cpu_at_ready or 0.0)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.stats_path.exists():
            stats = json.loads(self.stats_path.read_text())
            self.total_requests = stats.get("total_requests")
            self.max_host_concurrency = stats.get("max_host_concurrency")
            self.peak_connections = stats.get("peak_connections")


def farm_child(sites: int, pages: int, seed: int, out_dir: Path) -> None:
    """Serve the farm (like ``ppid-audit farm``) and write its request counts when stopped."""
    from ..farm import open_farm

    async def serve() -> None:
        async with open_farm(sites, seed, pages=pages, out_dir=out_dir) as farm:
            with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
                async for _ in signals:
                    break
            hosts = [farm.server.stats(h) for h in farm.server.hosts]
            stats = {
                "total_requests": farm.server.total_requests,
                "max_host_concurrency": max((h.max_concurrent for h in hosts), default=0),
                "connections": sum(h.connections for h in hosts),
                "peak_connections": farm.server.peak_connections,
            }
            (out_dir / FARM_STATS_FILE).write_text(json.dumps(stats))

    trio.run(serve)


# ----------------------------------------------------------------------------- pool micro-benchmark


def pool_server(hosts: int) -> None:
    """Serve one small page on ``hosts`` loopback addresses; print the port, serve until killed."""
    from ..farm.bench_server import host_address, page
    from ..farm.server import FarmServer

    async def serve() -> None:
        server = FarmServer()
        for i in range(hosts):
            server.add_site(host_address(i), page)
        async with trio.open_nursery() as nursery:
            await server.start(nursery)
            print(server.http_port, flush=True)
            await trio.sleep_forever()

    trio.run(serve)


async def _pool_load(port: int, hosts: int, workers: int, seconds: float, mode: str) -> dict[str, Any]:
    import httpx

    from ..crawl.transport import HostPools
    from ..farm.bench_server import host_address

    ctx = ssl.create_default_context()
    if mode == "shared":  # the Fetcher before: one pool for every host of the run
        transport = HostPools(ssl_context=ctx, shared=True, keepalive_per_host=workers)
    else:
        transport = HostPools(ssl_context=ctx)
    done = errors = 0
    deadline = trio.current_time() + seconds

    async def worker(url: str) -> None:
        nonlocal done, errors
        while trio.current_time() < deadline:
            try:
                async with client.stream("GET", url) as resp:
                    await resp.aread()
                done += 1
            except httpx.HTTPError:
                errors += 1

    cpu0 = time.process_time()
    t0 = time.perf_counter()
    async with httpx.AsyncClient(transport=transport, trust_env=False) as client:
        async with trio.open_nursery() as nursery:
            for w in range(workers):
                nursery.start_soon(worker, f"http://{host_address(w % hosts)}:{port}/page")
    wall = time.perf_counter() - t0
    return {"mode": mode, "hosts": hosts, "workers": workers, "requests": done, "errors": errors,
            "req_per_s": round(done / wall), "cpu_ms_per_req": round((time.process_time() - cpu0) * 1000 / max(done, 1), 2)}


def pool_bench(hosts: int, workers: int, seconds: float) -> list[dict[str, Any]]:
    """Requests/s of one shared httpcore pool vs ``HostPools`` against ``hosts`` loopback hosts."""
    proc = subprocess.Popen([sys.executable, "-m", "ppid_audit.bench.crawl_bench", "--pool-server", str(hosts)],
                            stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        return [trio.run(_pool_load, port, hosts, workers, seconds, mode) for mode in ("shared", "per-host")]
    finally:
        proc.terminate()
        proc.wait()


# ----------------------------------------------------------------------------- the crawler side


@contextmanager
def _profiled(enabled: bool, top: int = 25) -> Iterator[None]:
    if not enabled:
        yield
        return
    try:
        from pyinstrument import Profiler  # type: ignore[import-not-found]
    except ImportError:
        prof = cProfile.Profile()
        prof.enable()
        try:
            yield
        finally:
            prof.disable()
            out = io.StringIO()
            stats = pstats.Stats(prof, stream=out)
            stats.sort_stats("tottime").print_stats(top)
            stats.sort_stats("cumulative").print_stats(top)
            print(out.getvalue())
        return
    profiler = Profiler(async_mode="disabled")
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        print(profiler.output_text(unicode=False, color=False, show_all=False)[:20000])


def _db_rows(engine: Any) -> dict[str, int]:
    from sqlalchemy import func, select

    from ..store import schema

    counts = {}
    with engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            counts[table.name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    return counts


def _use_shared_pool() -> None:
    """A/B only: make the Fetcher use one shared httpcore pool for every host (its former transport)."""
    from ..crawl import fetch
    from ..crawl.transport import HostPools

    def shared(*, ssl_context: ssl.SSLContext, network_backend: Any, keepalive_per_host: int,
               keepalive_expiry: float) -> HostPools:
        return HostPools(ssl_context=ssl_context, network_backend=network_backend, keepalive_per_host=64,
                         keepalive_expiry=keepalive_expiry, shared=True)

    fetch.HostPools = shared  # type: ignore[assignment,misc]


def bench(
    registry_path: Path,
    db_path: Path,
    *,
    sites_in_parallel: int | None = None,
    max_connections: int | None = None,
    profile: bool = False,
) -> dict[str, Any]:
    """Run one audit of the farm's registry into ``db_path``; return the crawler-side figures."""
    from ..audit import run_audit
    from ..checking import load_checks
    from ..registry import load_registry
    from ..store.db import open_engine

    registry = load_registry(registry_path)
    run = registry.run
    if sites_in_parallel is not None:
        run = dataclasses.replace(run, sites_in_parallel=sites_in_parallel)
    if max_connections is not None:
        run = dataclasses.replace(run, max_connections=max_connections)
    registry = dataclasses.replace(registry, run=run)
    engine = open_engine(db_path)
    checks = load_checks()
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    with _profiled(profile):
        summary = trio.run(lambda: run_audit(registry, engine, checks))
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    rows = _db_rows(engine)
    engine.dispose()
    db_bytes = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    pages = sum(s.pages for s in summary.sites)
    fetches = sum(s.fetches for s in summary.sites)
    audited = sum(1 for s in summary.sites if s.auditable)
    return {
        "status": summary.status,
        "sites": len(registry.sites),
        "sites_audited": audited,
        "sites_not_auditable": len(summary.sites) - audited,
        "sites_budget_exhausted": sum(1 for s in summary.sites if s.budget_exhausted),
        "sites_in_parallel": run.sites_in_parallel,
        "max_connections": run.max_connections,
        "wall_s": round(wall, 2),
        "pages": pages,
        "fetches": fetches,
        "fetch_errors": sum(s.fetch_errors for s in summary.sites),
        "pages_per_s": round(pages / wall, 1) if wall else 0.0,
        "fetches_per_s": round(fetches / wall, 1) if wall else 0.0,
        "crawler_cpu_s": round(cpu, 1),
        "crawler_cpu_share": round(cpu / wall, 2) if wall else 0.0,
        "crawler_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "site_seconds_max": round(max((s.seconds for s in summary.sites), default=0.0), 1),
        "rows": rows,
        "rows_total": sum(rows.values()),
        "db_mb": round(db_bytes / 1e6, 1),
    }


def _mb(n: int | None) -> float | None:
    return None if n is None else round(n / 1e6, 1)


def _print(fig: dict[str, Any]) -> None:
    order = [
        ("farm start (s)", "farm_start_s"), ("status", "status"), ("sites", "sites"),
        ("sites audited", "sites_audited"), ("sites not auditable", "sites_not_auditable"),
        ("sites over budget/capped", "sites_budget_exhausted"), ("sites in parallel", "sites_in_parallel"),
        ("max connections", "max_connections"), ("wall time (s)", "wall_s"), ("pages", "pages"),
        ("fetches", "fetches"), ("fetch errors", "fetch_errors"), ("pages/s", "pages_per_s"),
        ("fetches/s", "fetches_per_s"), ("crawler CPU (s)", "crawler_cpu_s"),
        ("crawler CPU / wall", "crawler_cpu_share"), ("crawler peak RSS (MB)", "crawler_peak_rss_mb"),
        ("farm CPU (s)", "farm_cpu_s"), ("farm peak RSS (MB)", "farm_peak_rss_mb"),
        ("farm total requests", "farm_requests"), ("farm max per-host concurrency", "farm_max_host_concurrency"),
        ("farm peak connections", "farm_peak_connections"),
        ("slowest site (s)", "site_seconds_max"), ("rows written", "rows_total"), ("database (MB)", "db_mb"),
    ]
    for label, key in order:
        value = fig.get(key)
        print(f"{label:<32} {'n/a' if value is None else value}")
    print("rows per table: " + ", ".join(f"{k}={v}" for k, v in fig.get("rows", {}).items() if v))


def main(argv: list[str] | None = None) -> int:
    """Command line of the benchmark (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--sites", type=int, default=50)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sites-in-parallel", type=int, default=None)
    ap.add_argument("--max-connections", type=int, default=None)
    ap.add_argument("--profile", action="store_true", help="profile the crawler (pyinstrument, else cProfile)")
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    ap.add_argument("--farm-launcher", choices=("cli", "bench"), default="cli",
                    help="cli: `ppid-audit farm`; bench: a wrapper that also reports the farm's requests")
    ap.add_argument("--keep", type=Path, default=None, help="keep the farm files and database in this folder")
    ap.add_argument("--pool-bench", type=int, metavar="WORKERS", default=None,
                    help="only compare one shared httpcore pool with per-host pools (--sites hosts, WORKERS requests in flight)")
    ap.add_argument("--shared-pool", action="store_true",
                    help="A/B only: crawl with one shared httpcore pool (the Fetcher's former transport)")
    ap.add_argument("--pool-server", type=int, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--farm-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.pool_server:
        pool_server(a.pool_server)
        return 0
    if a.pool_bench:
        for row in pool_bench(a.sites, a.pool_bench, 10.0):
            print(json.dumps(row))
        return 0
    if a.farm_child:
        farm_child(a.sites, a.pages, a.seed, a.out)
        return 0
    if a.shared_pool:
        _use_shared_pool()
    work = a.keep or Path(tempfile.mkdtemp(prefix="ppid-crawl-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    farm = FarmProcess(a.sites, a.pages, a.seed, work / "farm", a.farm_launcher)
    farm.out_dir.mkdir(parents=True, exist_ok=True)
    print("farm: " + " ".join(farm.cmd), flush=True)
    try:
        started = farm.start()
        fig = bench(farm.registry_path, work / "bench.sqlite", sites_in_parallel=a.sites_in_parallel,
                    max_connections=a.max_connections, profile=a.profile)
    finally:
        farm.stop()
        if a.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    fig.update(farm_start_s=round(started, 1), farm_cpu_s=None if farm.cpu_seconds is None else round(farm.cpu_seconds, 1),
               farm_peak_rss_mb=_mb(farm.peak_rss), farm_requests=farm.total_requests,
               farm_max_host_concurrency=farm.max_host_concurrency, farm_peak_connections=farm.peak_connections,
               python=sys.version.split()[0], nproc=os.cpu_count())
    _print(fig)
    if a.json:
        print(json.dumps(fig, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

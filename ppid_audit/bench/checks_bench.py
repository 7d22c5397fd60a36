"""Benchmark of the checks alone: CPU per page and memory of ``run_checks`` on pages crawled once.

    .venv/bin/python -m ppid_audit.bench.checks_bench --sites 20 --pages 60 [--seed 7] [--profile] [--json]
        [--pages-file FILE] [--verdicts OUT.json] [--warm]
    .venv/bin/python -m ppid_audit.bench.checks_bench --realworld --verdicts OUT.json
    .venv/bin/python -m ppid_audit.bench.checks_bench --compare A.json B.json

The first form crawls a loopback farm once (``open_farm`` in this process, no delay) and pickles the
``SitePages`` to ``--pages-file`` (default ``$TMPDIR/ppid-checks-bench/farm-S-P-SEED.pickle``, reused
when present), then runs the checks in a *fresh* child process, so every cache of the checks starts
cold, as in a check worker.  The child loads the pickle (not timed), runs every check of
``load_checks()`` over every site and prints the CPU milliseconds per page (``time.process_time``), the
RSS before and after the checks (``VmRSS``: the growth is what the checks' caches still hold) and
the peak (``ru_maxrss``) and, with ``--warm``, a second pass over the same pages.  ``--profile`` wraps the cold pass in
pyinstrument (cProfile when it is not installed).

``--verdicts FILE`` writes every verdict (site, check id, item, status, reason, value, messages and
evidence) as JSON; ``--realworld`` does the same on the real-world fixtures (``tests/realworld/sites``,
every batch); ``--compare`` says whether two such files are identical, and where they differ.  Used to
prove that a change to the matcher leaves every verdict as it was.  Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import datetime as dt
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .crawl_bench import process_status

__all__ = ["crawl_farm", "main", "run_pickled", "verdict_rows"]

BASE = dt.date(2026, 11, 2)


def crawl_farm(sites: int, pages: int, seed: int, out: Path) -> int:
    """Crawl a loopback farm once and pickle the list of ``SitePages`` to ``out``; returns the page count."""
    import trio

    from ..crawl import Fetcher, crawl_site
    from ..farm import open_farm
    from ..models import Site, SitePages
    from ..registry import load_registry

    crawled: list[SitePages] = []

    async def go() -> None:
        with tempfile.TemporaryDirectory(prefix="ppid-checks-bench-") as tmp:
            async with open_farm(sites, seed, pages=pages, base_date=BASE, out_dir=Path(tmp)) as farm:
                reg = load_registry(farm.registry_path)

                async def crawl(site: Site) -> None:
                    fast = dataclasses.replace(site.settings, delay=0.0)
                    crawled.append(await crawl_site(dataclasses.replace(site, settings=fast), fetcher, audit_date=farm.date))

                async with Fetcher(ca_bundle=reg.run.ca_bundle, allow_loopback=True) as fetcher:
                    async with trio.open_nursery() as nursery:
                        for site in reg.sites:
                            nursery.start_soon(crawl, site)

    trio.run(go)
    crawled.sort(key=lambda sp: sp.site.id)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pickle.dumps(crawled, protocol=pickle.HIGHEST_PROTOCOL))
    return sum(len(sp.pages) for sp in crawled)


def verdict_rows(site_id: str, outcomes: list[Any]) -> list[dict[str, Any]]:
    """Every verdict of one site as plain data (what ``--compare`` compares)."""
    rows = []
    for o in outcomes:
        for r in o.results:
            rows.append({
                "site": site_id, "check": o.check.id, "item": r.item, "status": str(r.status), "reason": r.reason,
                "value": r.value, "message": r.message, "message_en": r.message_en,
                "evidence": [[e.url, e.snippet, e.note] for e in r.evidence],
            })
    return rows


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    """The current resident set size (``VmRSS``), or the peak where /proc is missing."""
    return process_status("self", "VmRSS") / 2**20 or _peak_rss_mb()


def run_pickled(path: Path, *, profile: bool = False, warm: bool = False, verdicts: Path | None = None) -> dict[str, Any]:
    """Run every check over the pickled sites in this process (call it in a fresh one); the figures."""
    from ..checking import load_checks, run_checks
    from .crawl_bench import _profiled

    site_pages = pickle.loads(path.read_bytes())
    checks = load_checks()
    n_pages = sum(len(sp.pages) for sp in site_pages)
    gc.collect()
    rss_before = _rss_mb()
    rows: list[dict[str, Any]] = []
    with _profiled(profile, top=40):
        t0 = time.process_time()
        for sp in site_pages:
            outcomes = run_checks(checks, sp.site, sp)
            rows.extend(verdict_rows(sp.site.id, outcomes))
        cold = time.process_time() - t0
    out: dict[str, Any] = {
        "sites": len(site_pages), "pages": n_pages, "checks": len(checks), "verdicts": len(rows),
        "cold_cpu_s": round(cold, 3), "cold_cpu_ms_per_page": round(1000 * cold / max(n_pages, 1), 2),
        "rss_mb_before_checks": round(rss_before, 1), "rss_mb_after_checks": round(_rss_mb(), 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }
    if warm:
        t0 = time.process_time()
        for sp in site_pages:
            run_checks(checks, sp.site, sp)
        out["warm_cpu_ms_per_page"] = round(1000 * (time.process_time() - t0) / max(n_pages, 1), 2)
    if verdicts is not None:
        verdicts.write_text(json.dumps(rows, indent=0, sort_keys=True))
    return out


def realworld_verdicts(out: Path) -> int:
    """Every verdict of every check on every real-world fixture (all batches), written to ``out``."""
    from ..checking import load_checks, run_checks
    from .realworld import load_fixtures, site_pages

    checks = load_checks()
    rows: list[dict[str, Any]] = []
    for fx in sorted(load_fixtures(), key=lambda f: f.slug):
        sp = site_pages(fx)
        rows.extend(verdict_rows(fx.slug, run_checks(checks, sp.site, sp)))
    out.write_text(json.dumps(rows, indent=0, sort_keys=True))
    return len(rows)


def compare(a: Path, b: Path, show: int = 10) -> int:
    """Print whether two verdict files are identical; 0 when they are."""
    ra, rb = json.loads(a.read_text()), json.loads(b.read_text())
    diff = [(x, y) for x, y in zip(ra, rb, strict=False) if x != y]
    if len(ra) == len(rb) and not diff:
        print(f"identical: {len(ra)} verdicts")
        return 0
    print(f"DIFFERENT: {len(ra)} vs {len(rb)} verdicts, {len(diff)} differ")
    for x, y in diff[:show]:
        print(" -", json.dumps(x, ensure_ascii=False)[:400])
        print(" +", json.dumps(y, ensure_ascii=False)[:400])
    return 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ppid_audit.bench.checks_bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sites", type=int, default=20)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--pages-file", type=Path, default=None, help="pickled SitePages (crawled when missing)")
    ap.add_argument("--profile", action="store_true", help="profile the cold pass (pyinstrument, else cProfile)")
    ap.add_argument("--warm", action="store_true", help="also time a second pass over the same pages")
    ap.add_argument("--verdicts", type=Path, default=None, help="write every verdict to this JSON file")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--realworld", action="store_true", help="only write the real-world fixtures' verdicts (--verdicts)")
    ap.add_argument("--compare", type=Path, nargs=2, default=None, metavar=("A", "B"), help="compare two verdict files")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.compare:
        return compare(*a.compare)
    if a.realworld:
        if a.verdicts is None:
            ap.error("--realworld needs --verdicts FILE")
        print(f"{realworld_verdicts(a.verdicts)} verdicts -> {a.verdicts}")
        return 0
    path = a.pages_file or Path(tempfile.gettempdir()) / "ppid-checks-bench" / f"farm-{a.sites}-{a.pages}-{a.seed}.pickle"
    if a.child:
        figures = run_pickled(path, profile=a.profile, warm=a.warm, verdicts=a.verdicts)
        print(json.dumps(figures))
        return 0
    if not path.exists():
        t0 = time.monotonic()
        n = crawl_farm(a.sites, a.pages, a.seed, path)
        print(f"crawled {a.sites} sites, {n} pages in {time.monotonic() - t0:.1f} s -> {path}", file=sys.stderr)
    cmd = [sys.executable, "-m", "ppid_audit.bench.checks_bench", "--child", "--pages-file", str(path)]
    cmd += ["--profile"] * a.profile + ["--warm"] * a.warm + (["--verdicts", str(a.verdicts)] if a.verdicts else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if proc.returncode:
        sys.stderr.write(proc.stderr)
        return proc.returncode
    *profile_out, last = proc.stdout.rstrip("\n").split("\n")
    if profile_out:
        print("\n".join(profile_out))
    figures = json.loads(last)
    if a.json:
        print(json.dumps(figures, indent=1))
    else:
        print(f"{figures['sites']} sites, {figures['pages']} pages, {figures['checks']} checks, {figures['verdicts']} verdicts")
        print(f"cold: {figures['cold_cpu_ms_per_page']} ms CPU per page ({figures['cold_cpu_s']} s)"
              + (f"; warm: {figures['warm_cpu_ms_per_page']} ms" if "warm_cpu_ms_per_page" in figures else ""))
        print(f"RSS: {figures['rss_mb_before_checks']} MB with the pages loaded, {figures['rss_mb_after_checks']} MB "
              f"after the checks (held by the checks' caches: the difference); peak {figures['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

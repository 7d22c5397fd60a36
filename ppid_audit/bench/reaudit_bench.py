"""Benchmark of an unchanged re-audit: how many bytes a second night moves, and whether its verdicts match.

    .venv/bin/python -m ppid_audit.bench.reaudit_bench --sites 30 --pages 40 [--seed 1] [--json]

Serves one farm day in this process, audits it twice with the normal pipeline
(``run_audit`` into a temporary SQLite file with its page archive), and
prints the farm's counters for each run: body bytes and all bytes sent,
requests, 304 answers; the ratio of the second run's body bytes to the
first's, overall and without the sites whose hostile pages (a 50 MB stream, a
gzip bomb) dominate the first run; wall time of each run; and whether the
verdicts (check, item, status per site) are identical.  Figures:
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import trio

from ..audit import run_audit
from ..checking import load_checks
from ..farm import open_farm
from ..registry import load_registry
from ..store.db import open_engine
from ..store.queries import run_results

HOSTILE = frozenset({"huge_page", "gzip_bomb"})


def _verdicts(data: dict[str, Any]) -> dict[str, list[tuple[str, str | None, str]]]:
    return {s["id"]: sorted((c["id"], c.get("item"), c["status"]) for c in s["checks"]) for s in data["sites"]}


async def measure(n_sites: int, pages: int, seed: int, base_date: dt.date) -> dict[str, Any]:
    """Audit one farm day twice; the farm's byte counters and the verdict comparison."""
    checks = load_checks()
    with tempfile.TemporaryDirectory(prefix="ppid-reaudit-") as tmp:
        async with open_farm(n_sites, seed, pages=pages, base_date=base_date, out_dir=Path(tmp) / "farm") as farm:
            reg = load_registry(farm.registry_path)
            engine = open_engine(Path(tmp) / "audit.db")
            served = [s for s in farm.sites if s.host in farm.server.hosts]
            calm = [s for s in served if not {f.kind for f in s.spec.faults} & HOSTILE]
            runs = []
            for _ in range(2):
                farm.server.reset_stats()
                t0 = time.perf_counter()
                summary = await run_audit(reg, engine, checks, archive_dir=Path(tmp) / "arsip")
                seconds = time.perf_counter() - t0
                st = {s.id: farm.stats(s.id) for s in served}
                runs.append({
                    "run_id": summary.run_id, "status": summary.status, "seconds": round(seconds, 1),
                    "body_bytes": sum(x.body_bytes for x in st.values()),
                    "bytes_sent": sum(x.bytes_sent for x in st.values()),
                    "calm_body_bytes": sum(st[s.id].body_bytes for s in calm),
                    "requests": sum(x.requests for x in st.values()),
                    "not_modified": sum(x.not_modified for x in st.values()),
                    "cut_short": sorted(x.site.id for x in summary.sites if x.budget_exhausted),
                })
            one, two = (_verdicts(run_results(engine, r["run_id"])) for r in runs)
            engine.dispose()
    first, second = runs
    return {
        "sites": n_sites, "pages": pages, "seed": seed, "served_sites": len(served), "calm_sites": len(calm),
        "first": first, "second": second,
        "body_ratio": round(second["body_bytes"] / max(1, first["body_bytes"]), 4),
        "wire_ratio": round(second["bytes_sent"] / max(1, first["bytes_sent"]), 4),
        "calm_body_ratio": round(second["calm_body_bytes"] / max(1, first["calm_body_bytes"]), 4),
        "identical_verdicts": one == two,
        "differing": {sid: sorted(set(one.get(sid, [])) ^ set(two.get(sid, []))) for sid in sorted(set(one) | set(two))
                      if one.get(sid) != two.get(sid)},
        "verdicts": sum(len(v) for v in two.values()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out = trio.run(measure, args.sites, args.pages, args.seed, dt.date(2026, 11, 2))
    if args.json:
        print(json.dumps(out, indent=1))
        return 0 if out["identical_verdicts"] else 1
    for name in ("first", "second"):
        r = out[name]
        print(f"{name:6}: {r['body_bytes']:>11,} body bytes  {r['bytes_sent']:>11,} bytes sent  "
              f"{r['requests']:>5} requests  {r['not_modified']:>5} x 304  {r['seconds']:>6} s  ({r['status']})")
    print(f"second/first: body {out['body_ratio']:.2%}, all bytes {out['wire_ratio']:.2%}, "
          f"body without the {out['served_sites'] - out['calm_sites']} hostile sites {out['calm_body_ratio']:.2%}")
    print(f"verdicts identical: {out['identical_verdicts']} ({out['verdicts']} verdicts)")
    print(f"sites cut short (site deadline or page cap): first {out['first']['cut_short']}, "
          f"second {out['second']['cut_short']}")
    for sid, diff in out["differing"].items():
        print(f"  {sid} differs: {diff}")
    return 0 if out["identical_verdicts"] else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of the reports on a year of nightly synthetic runs.

    .venv/bin/python -m ppid_audit.bench.report_bench [--sites 550] [--runs 365] [--db PATH]

Fills a fresh SQLite database directly with bulk Core inserts (sites, runs,
site_runs, a few results per site per run, their scores and one document
fetch per site per run), then times each report's query and each format.
Statuses persist from night to night and flip rarely, like real sites; about
2 % of sites are unreachable on a given night.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

from ..checking import Check, CheckOutcome
from ..models import Result, Severity, Status
from ..reports import FORMATS, KINDS, build_report, write_report
from ..scoring import Weights, score_site
from ..store import schema
from ..store.db import open_engine

CHECKS = (
    Check(id="web.https", title="HTTPS", title_en="HTTPS", indicator="pengembangan_website", severity=Severity.HIGH, func=lambda s, p: []),
    Check(id="info.berkala", title="Informasi berkala", title_en="Periodic information", indicator="penyediaan_informasi", severity=Severity.MEDIUM, func=lambda s, p: []),
    Check(id="layanan.form", title="Formulir permohonan", title_en="Request form", indicator="pelayanan_informasi", severity=Severity.CRITICAL, func=lambda s, p: []),
    Check(id="umum.serta_merta", title="Informasi serta merta", title_en="Immediate information", indicator="pengumuman_informasi", severity=Severity.LOW, func=lambda s, p: []),
)
ITEMS = {"info.berkala": ("current", "profil")}
SLOTS = [(c, item) for c in CHECKS for item in ITEMS.get(c.id, ("",))]
LEVELS = ("provinsi", "kabupaten", "kota")
PROVINCES = ("Kalimantan Timur", "Kalimantan Selatan", "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Utara")


def fill(engine: Engine, n_sites: int, n_runs: int, seed: int = 42) -> dict[str, int]:
    """Write ``n_runs`` nightly runs of ``n_sites`` sites; return the row counts."""
    rnd = random.Random(seed)
    weights = Weights()
    now = dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.timezone.utc)
    first = now.date() - dt.timedelta(days=n_runs - 1)
    site_ids = [f"99.{i:04d}" for i in range(n_sites)]
    quality = {s: rnd.uniform(0.3, 0.98) for s in site_ids}
    state = {(s, i): rnd.random() < quality[s] for s in site_ids for i in range(len(SLOTS))}
    counts = {"site_runs": 0, "results": 0, "scores": 0, "fetches": 0}
    with engine.begin() as conn:
        conn.execute(insert(schema.sites), [
            dict(id=s, name=f"PPID Situs {i:04d}", level=LEVELS[i % 3], role="utama", parent_id=None,
                 province=PROVINCES[i % len(PROVINCES)], start_url=f"https://ppid{i}.example.go.id/", verified=True,
                 updated_at=now)
            for i, s in enumerate(site_ids)
        ])
    for n in range(n_runs):
        day = first + dt.timedelta(days=n)
        at = dt.datetime.combine(day, dt.time(1), tzinfo=dt.timezone.utc)
        sr_rows: list[dict[str, Any]] = []
        res_rows: list[dict[str, Any]] = []
        sc_rows: list[dict[str, Any]] = []
        f_rows: list[dict[str, Any]] = []
        with engine.begin() as conn:
            run_id = conn.execute(insert(schema.runs).values(
                started_at=at, finished_at=at, status="complete", audit_date=day.isoformat(), registry_name="bench",
                registry_path="", tool_version="bench", n_sites=n_sites).returning(schema.runs.c.id)).scalar_one()
            for s in site_ids:
                up = rnd.random() > 0.02
                outcomes = []
                for i, (c, item) in enumerate(SLOTS):
                    if rnd.random() < 0.01:
                        state[(s, i)] = not state[(s, i)]
                    st = Status.NOT_APPLICABLE if not up else (Status.PASS if state[(s, i)] else Status.FAIL)
                    res_rows.append(dict(run_id=run_id, site_id=s, check_id=c.id, check_version=1, item=item,
                                         status=str(st), severity=str(c.severity), indicator=c.indicator,
                                         message=f"hasil {c.id} {item}", message_en=f"result {c.id} {item}", value=None))
                    outcomes.append((c, Result(status=st, message="", item=item)))
                grouped: dict[str, list[Result]] = {}
                for c, r in outcomes:
                    grouped.setdefault(c.id, []).append(r)
                sc = score_site([CheckOutcome(c, tuple(grouped[c.id])) for c in CHECKS], weights, auditable=up,
                                reason="" if up else "timeout")
                last = n == n_runs - 1
                for row in sc.rows():
                    sc_rows.append(dict(run_id=run_id, site_id=s, indicator=row["indicator"], score=row["score"],
                                        band=row["band"], detail_json=json.dumps(row["detail"]) if last else "{}"))
                sr_rows.append(dict(run_id=run_id, site_id=s, started_at=at, finished_at=at,
                                    status="audited" if up else "tidak_dapat_diaudit", reason="" if up else "timeout",
                                    start_url=f"https://{s}.example.go.id/", final_url=None, pages=10, fetches=20,
                                    fetch_errors=0, budget_exhausted=False))
                doc_month = (day.toordinal() + int(s.rsplit(".", 1)[1]) % 30) // 30  # a new document about monthly
                f_rows.append(dict(run_id=run_id, site_id=s, url=f"https://{s}.example.go.id/dok/{doc_month}.pdf",
                                   kind="document", method="HEAD", status=200, content_type="application/pdf",
                                   size=0, elapsed_ms=5, fetched_at=at, depth=1, truncated=False, redirects_json="[]"))
            conn.execute(insert(schema.site_runs), sr_rows)
            conn.execute(insert(schema.results), res_rows)
            conn.execute(insert(schema.scores), sc_rows)
            conn.execute(insert(schema.fetches), f_rows)
        counts["site_runs"] += len(sr_rows)
        counts["results"] += len(res_rows)
        counts["scores"] += len(sc_rows)
        counts["fetches"] += len(f_rows)
    return counts


def _timed(fn: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def bench(engine: Engine, out_dir: Path) -> Iterator[tuple[str, str, float, int]]:
    """Yield (report, step, seconds, bytes) for each query and each format."""
    for kind in KINDS:
        secs, data = _timed(lambda: build_report(kind, engine))
        yield kind, "query", secs, 0
        for fmt in FORMATS:
            path = out_dir / f"{kind}.{fmt}"
            secs, _ = _timed(lambda: write_report(kind, data, fmt, path))
            yield kind, fmt, secs, path.stat().st_size


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=550)
    ap.add_argument("--runs", type=int, default=365)
    ap.add_argument("--db", type=Path, default=None, help="keep the database here (default: a temporary folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        if db.exists():
            raise SystemExit(f"{db} exists: pass a new path")
        engine = open_engine(db)
        secs, counts = _timed(lambda: fill(engine, args.sites, args.runs))
        rows = sum(counts.values())
        print(f"fill: {args.sites} sites x {args.runs} runs, {rows:,} rows {counts} in {secs:.1f}s ({rows / secs:,.0f} rows/s)")
        print(f"{'report':<8} {'step':<6} {'seconds':>8} {'bytes':>12}")
        for kind, step, secs, size in bench(engine, Path(tmp)):
            print(f"{kind:<8} {step:<6} {secs:8.2f} {size:12,}")
        engine.dispose()


if __name__ == "__main__":
    main()

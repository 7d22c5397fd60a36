"""The SQL behind the reports: every report is a few GROUP BY / window queries.

Each function returns a plain, JSON-able dict with stable keys (documented in
docs/reference/reports-json.md); renderers never touch the database.  The SQL
is portable (SQLite and PostgreSQL): CASE pivots, window functions, no
dialect date arithmetic (day counts are computed from ISO dates in Python on
the few rows that need them).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, text

from ..models import INDICATORS
from ..regions import province_name
from ..store.queries import get_run
from .coverage import outage_runs, run_coverage

REPORTS_SCHEMA_VERSION = 1
NOTE_ID = (
    "Perkiraan indikator website dari hasil pemeriksaan otomatis, bukan nilai resmi Monev Komisi Informasi."
)
NOTE_EN = "Estimate of the website indicators from automated checks, not the official Monev score of the Komisi Informasi."
NO_RUN = -1  # a run id that matches nothing


def _pivot() -> str:
    cols = [f"MAX(CASE WHEN indicator = '{ind}' THEN score END) AS s_{ind}" for ind in INDICATORS]
    return ",\n    ".join(cols)


def previous_run_id(conn: Connection, run_id: int) -> int | None:
    """The run just before ``run_id`` (highest lower id), whatever its status."""
    return conn.execute(text("SELECT MAX(id) FROM runs WHERE id < :r"), {"r": run_id}).scalar()


def run_days_before(conn: Connection, run_id: int, audit_date: str, days: int) -> int | None:
    """The latest run whose audit date is at least ``days`` before ``audit_date``."""
    cutoff = (dt.date.fromisoformat(audit_date) - dt.timedelta(days=days)).isoformat()
    return conn.execute(
        text("SELECT MAX(id) FROM runs WHERE id < :r AND audit_date <= :d"), {"r": run_id, "d": cutoff}
    ).scalar()


def _run_brief(conn: Connection, run_id: int | None) -> dict[str, Any] | None:
    if run_id is None:
        return None
    row = conn.execute(text("SELECT id, audit_date, status FROM runs WHERE id = :r"), {"r": run_id}).mappings().first()
    return dict(row) if row else None


def _delta(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else round(now - before, 2)


def _method(weights: dict[str, Any] | None) -> dict[str, Any]:
    return {"note": NOTE_ID, "note_en": NOTE_EN, "weights": weights or {}}


# --------------------------------------------------------------------------- ranking

RANKING_SQL = f"""
WITH cur AS (
  SELECT site_id,
    MAX(CASE WHEN indicator = 'overall' THEN score END) AS overall,
    MAX(CASE WHEN indicator = 'overall' THEN band END) AS band,
    {_pivot()}
  FROM scores WHERE run_id = :rid GROUP BY site_id
),
prev AS (SELECT site_id, score FROM scores WHERE run_id = :prev AND indicator = 'overall'),
old AS (SELECT site_id, score FROM scores WHERE run_id = :old AND indicator = 'overall')
SELECT s.id AS site_id, s.name, s.level, s.role, s.province, s.parent_id,
  sr.status AS site_status, sr.reason, sr.start_url, sr.final_url,
  cur.overall, cur.band, {", ".join(f"cur.s_{i}" for i in INDICATORS)},
  prev.score AS prev_overall, old.score AS old_overall,
  RANK() OVER (ORDER BY CASE WHEN cur.overall IS NULL THEN 1 ELSE 0 END, cur.overall DESC) AS rnk
FROM site_runs sr
JOIN sites s ON s.id = sr.site_id
LEFT JOIN cur ON cur.site_id = sr.site_id
LEFT JOIN prev ON prev.site_id = sr.site_id
LEFT JOIN old ON old.site_id = sr.site_id
WHERE sr.run_id = :rid
ORDER BY rnk, s.name, s.id
"""


def ranking_data(
    engine: Engine, run_id: int | None = None, *, weights: dict[str, Any] | None = None, with_detail: bool = True
) -> dict[str, Any]:
    """The league table of a run (the latest by default).

    Ranked sites have a score; sites that could not be audited (or had
    nothing scored) are listed apart with the reason, never ranked last.
    """
    run = get_run(engine, run_id)
    rid = run["id"]
    with engine.connect() as conn:
        prev = previous_run_id(conn, rid)
        old = run_days_before(conn, rid, run["audit_date"], 30)
        rows = conn.execute(text(RANKING_SQL), {"rid": rid, "prev": prev or NO_RUN, "old": old or NO_RUN}).mappings().all()
        details: dict[str, dict[str, Any]] = defaultdict(dict)
        if with_detail:
            for d in conn.execute(
                text("SELECT site_id, indicator, detail_json FROM scores WHERE run_id = :r AND indicator <> 'overall'"),
                {"r": rid},
            ):
                details[d.site_id][d.indicator] = json.loads(d.detail_json or "{}")
    ranked: list[dict[str, Any]] = []
    unscored: list[dict[str, Any]] = []
    for r in rows:
        site = {
            "site_id": r["site_id"],
            "name": r["name"],
            "level": r["level"],
            "role": r["role"],
            "province": r["province"],
            "province_name": province_name(r["province"]),
            "parent": r["parent_id"],
            "url": r["final_url"] or r["start_url"],
        }
        if r["overall"] is None:
            status = r["site_status"] if r["site_status"] == "tidak_dapat_diaudit" else (r["band"] or "tidak_dinilai")
            unscored.append({**site, "status": status, "reason": r["reason"] or ""})
            continue
        entry = {
            "rank": int(r["rnk"]),
            **site,
            "band": r["band"],
            "overall": r["overall"],
            "indicators": {ind: r[f"s_{ind}"] for ind in INDICATORS},
            "previous_overall": r["prev_overall"],
            "change_previous": _delta(r["overall"], r["prev_overall"]),
            "overall_30d": r["old_overall"],
            "change_30d": _delta(r["overall"], r["old_overall"]),
        }
        if with_detail:
            entry["detail"] = details.get(r["site_id"], {})
        ranked.append(entry)
    with engine.connect() as conn:
        previous, ago = _run_brief(conn, prev), _run_brief(conn, old)
        coverage = run_coverage(conn, run)
    return {
        "schema_version": REPORTS_SCHEMA_VERSION,
        "report": "ranking",
        "run": run,
        "coverage": coverage,
        "previous_run": previous,
        "run_30d": ago,
        "method": _method(weights),
        "ranked": ranked,
        "not_scored": unscored,
    }


# --------------------------------------------------------------------------- trend

def _site_filter(site_ids: Sequence[str], col: str) -> str:
    return f" AND {col} IN :sites" if site_ids else ""


def _bind(sql: str, site_ids: Sequence[str]) -> Any:
    t = text(sql)
    return t.bindparams(bindparam("sites", expanding=True)) if site_ids else t


def trend_data(
    engine: Engine,
    run_id: int | None = None,
    *,
    days: int = 365,
    site_ids: Sequence[str] = (),
    weights: dict[str, Any] | None = None,
    max_events: int = 2000,
) -> dict[str, Any]:
    """Scores over time (per site and per province), status changes, stale items.

    The window is the ``days`` before the run's audit date.  ``events`` are the
    pass/warn/fail transitions of each check item (newest first, capped at
    ``max_events``); ``stale`` lists every time-bound item (``item =
    "current"``) failing in the run with the days it has been seen stale.
    """
    run = get_run(engine, run_id)
    rid = run["id"]
    since = (dt.date.fromisoformat(run["audit_date"]) - dt.timedelta(days=days)).isoformat()
    params: dict[str, Any] = {"rid": rid, "since": since}
    if site_ids:
        params["sites"] = list(site_ids)
    with engine.connect() as conn:
        runs = conn.execute(
            text("SELECT id, audit_date FROM runs WHERE id <= :rid AND audit_date >= :since ORDER BY id"), params
        ).mappings().all()
        first = runs[0]["id"] if runs else rid
        params["first"] = first
        site_rows = conn.execute(
            _bind(
                "SELECT s.id, s.name, s.level, s.province FROM sites s WHERE EXISTS "
                "(SELECT 1 FROM site_runs sr WHERE sr.site_id = s.id AND sr.run_id BETWEEN :first AND :rid)"
                + _site_filter(site_ids, "s.id") + " ORDER BY s.name, s.id",
                site_ids,
            ),
            params,
        ).mappings().all()
        ind_clause = "" if site_ids else " AND sc.indicator = 'overall'"
        series_rows = conn.execute(
            _bind(
                "SELECT sc.site_id, sc.indicator, sc.run_id, sc.score FROM scores sc "
                "WHERE sc.run_id BETWEEN :first AND :rid" + ind_clause + _site_filter(site_ids, "sc.site_id")
                + " ORDER BY sc.site_id, sc.indicator, sc.run_id",
                site_ids,
            ),
            params,
        ).all()
        prov_rows = conn.execute(
            _bind(
                "SELECT sc.run_id, COALESCE(s.province, '') AS province, sc.indicator, AVG(sc.score) AS avg_score, "
                "COUNT(sc.score) AS n_scored, COUNT(*) AS n_sites FROM scores sc JOIN sites s ON s.id = sc.site_id "
                "WHERE sc.run_id BETWEEN :first AND :rid" + _site_filter(site_ids, "sc.site_id")
                + " GROUP BY sc.run_id, COALESCE(s.province, ''), sc.indicator ORDER BY 2, 3, 1",
                site_ids,
            ),
            params,
        ).all()
        events = conn.execute(
            _bind(EVENTS_SQL.format(sites=_site_filter(site_ids, "r.site_id")), site_ids), {**params, "limit": max_events}
        ).mappings().all()
        n_events = events[0]["total"] if events else 0
        stale = stale_items(conn, rid, site_ids)
        coverage = run_coverage(conn, run)
    dates = {r["id"]: r["audit_date"] for r in runs}
    series: dict[str, dict[str, list[list[Any]]]] = defaultdict(lambda: defaultdict(list))
    for site_id, ind, r_id, score in series_rows:
        series[site_id][ind].append([r_id, dates.get(r_id), score])
    provinces: dict[str, dict[str, list[list[Any]]]] = defaultdict(lambda: defaultdict(list))
    for r_id, prov, ind, avg, n_scored, n_sites in prov_rows:
        provinces[prov][ind].append([r_id, dates.get(r_id), None if avg is None else round(float(avg), 2), n_scored, n_sites])
    sites = [
        {
            **dict(s),
            "province_name": province_name(s["province"]),
            "series": {k: v for k, v in series.get(s["id"], {}).items()},
            "last_score": _last_score(series.get(s["id"], {}).get("overall", []), rid),
        }
        for s in site_rows
    ]
    return {
        "schema_version": REPORTS_SCHEMA_VERSION,
        "report": "trend",
        "run": run,
        "coverage": coverage,
        "since": since,
        "runs": [dict(r) for r in runs],
        "method": _method(weights),
        "provinces": [
            {"province": p, "name": province_name(p), "series": dict(v)} for p, v in sorted(provinces.items())
        ],
        "sites": sites,
        "events": [{k: v for k, v in e.items() if k != "total"} for e in events],
        "events_total": int(n_events or 0),
        "stale": stale,
    }


def _last_score(overall: list[list[Any]], run_id: int) -> dict[str, Any] | None:
    """The site's newest overall score; ``old`` when it is not from ``run_id`` (the site was not scored then)."""
    for r_id, date, score in reversed(overall):
        if score is not None:
            return {"run_id": r_id, "audit_date": date, "score": score, "old": r_id != run_id}
    return None


# The window reads only keys and statuses (a narrow sort over every result of
# the window); messages are joined back by id for the few rows that changed.
EVENTS_SQL = """
SELECT r.site_id, s.name AS site_name, r.check_id, r.item, r.run_id, ru.audit_date, x.prev_run,
  x.prev_status AS before, r.status AS after, r.message, r.message_en, x.total
FROM (
  SELECT y.id, y.prev_status, y.prev_run, COUNT(*) OVER () AS total FROM (
    SELECT r.id, r.status, LAG(r.status) OVER w AS prev_status, LAG(r.run_id) OVER w AS prev_run
    FROM results r
    WHERE r.run_id BETWEEN :first AND :rid AND r.status IN ('pass', 'warn', 'fail'){sites}
    WINDOW w AS (PARTITION BY r.site_id, r.check_id, r.item ORDER BY r.run_id)
  ) y WHERE y.prev_status IS NOT NULL AND y.prev_status <> y.status
) x
JOIN results r ON r.id = x.id
JOIN sites s ON s.id = r.site_id
JOIN runs ru ON ru.id = r.run_id
ORDER BY r.run_id DESC, s.name, r.check_id, r.item
LIMIT :limit
"""

STALE_SQL = """
WITH cur AS (
  SELECT site_id, check_id, status, message, message_en FROM results
  WHERE run_id = :rid AND item = 'current' AND status IN ('fail', 'warn'){sites}
),
hist AS (
  SELECT r.site_id, r.check_id, r.run_id, r.status FROM results r
  JOIN cur ON cur.site_id = r.site_id AND cur.check_id = r.check_id
  WHERE r.item = 'current' AND r.run_id <= :rid
),
last_ok AS (
  SELECT site_id, check_id, MAX(run_id) AS last_ok FROM hist WHERE status = 'pass' GROUP BY site_id, check_id
),
since AS (
  SELECT h.site_id, h.check_id, MIN(h.run_id) AS since_run FROM hist h
  LEFT JOIN last_ok lo ON lo.site_id = h.site_id AND lo.check_id = h.check_id
  WHERE h.status IN ('fail', 'warn') AND h.run_id > COALESCE(lo.last_ok, 0)
  GROUP BY h.site_id, h.check_id
)
SELECT cur.site_id, s.name AS site_name, cur.check_id, cur.status, cur.message, cur.message_en,
  since.since_run, ru.audit_date AS since_date, lo.last_ok
FROM cur JOIN sites s ON s.id = cur.site_id
JOIN since ON since.site_id = cur.site_id AND since.check_id = cur.check_id
JOIN runs ru ON ru.id = since.since_run
LEFT JOIN last_ok lo ON lo.site_id = cur.site_id AND lo.check_id = cur.check_id
ORDER BY ru.audit_date, s.name, cur.check_id
"""


def stale_items(conn: Connection, run_id: int, site_ids: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Time-bound items (``item == "current"``) failing in a run, with days seen stale.

    ``days_stale`` counts from the first run after the last pass (or the
    first run seen, then ``never_passed`` is true: stale for at least that long).
    """
    params: dict[str, Any] = {"rid": run_id}
    if site_ids:
        params["sites"] = list(site_ids)
    audit = conn.execute(text("SELECT audit_date FROM runs WHERE id = :r"), {"r": run_id}).scalar()
    rows = conn.execute(_bind(STALE_SQL.format(sites=_site_filter(site_ids, "site_id")), site_ids), params).mappings().all()
    today = dt.date.fromisoformat(audit)
    out = []
    for r in rows:
        d = dict(r)
        d["days_stale"] = (today - dt.date.fromisoformat(r["since_date"])).days
        d["never_passed"] = r["last_ok"] is None
        del d["last_ok"]
        out.append(d)
    out.sort(key=lambda d: (-d["days_stale"], d["site_name"], d["check_id"]))
    return out


# --------------------------------------------------------------------------- changes

# Each site is compared with its own last audited run, not blindly with the
# previous run: a site an interrupted run never reached, or that the auditor
# could not reach during an outage, is compared across the gap with the last
# run that really looked at it.  {outages} excludes outage runs.
_BASE = """
base AS (
  SELECT site_id, MAX(run_id) AS prev_run FROM site_runs
  WHERE run_id < :rid AND status = 'audited'{outages}
  GROUP BY site_id
)"""

_CHANGED = """
WITH {base}
SELECT c.site_id, s.name AS site_name, c.check_id, c.item, c.severity, c.indicator,
  p.status AS before, c.status AS after, c.message, c.message_en, b.prev_run AS compared_run,
  (SELECT e.url FROM evidence e WHERE e.result_id = c.id ORDER BY e.id LIMIT 1) AS url
FROM results c
JOIN base b ON b.site_id = c.site_id
JOIN results p ON p.run_id = b.prev_run AND p.site_id = c.site_id AND p.check_id = c.check_id AND p.item = c.item
JOIN sites s ON s.id = c.site_id
WHERE c.run_id = :rid AND c.status = :now AND p.status IN ({before})
ORDER BY CASE c.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END,
  s.name, c.check_id, c.item
"""

NEW_DOCS_SQL = """
WITH {base}
SELECT f.site_id, s.name AS site_name, f.url, f.final_url, f.status AS http_status, f.error, f.content_type,
  f.declared_size, f.referrer, b.prev_run AS compared_run
FROM fetches f JOIN base b ON b.site_id = f.site_id JOIN sites s ON s.id = f.site_id
WHERE f.run_id = :rid AND f.kind = 'document'
  AND NOT EXISTS (SELECT 1 FROM fetches p WHERE p.run_id = b.prev_run AND p.site_id = f.site_id AND p.url = f.url)
ORDER BY s.name, f.url
"""

REACH_SQL = """
WITH last AS (
  SELECT site_id, MAX(run_id) AS prev_run FROM site_runs WHERE run_id < :rid{outages} GROUP BY site_id
)
SELECT c.site_id, s.name AS site_name, c.status AS after, p.status AS before, c.reason, c.start_url,
  p.run_id AS compared_run
FROM site_runs c JOIN last l ON l.site_id = c.site_id
JOIN site_runs p ON p.run_id = l.prev_run AND p.site_id = c.site_id
JOIN sites s ON s.id = c.site_id
WHERE c.run_id = :rid AND c.status <> p.status
ORDER BY s.name
"""

SCORE_MOVES_SQL = """
WITH {base}
SELECT c.site_id, s.name AS site_name, p.score AS before, c.score AS after, p.band AS band_before, c.band AS band_after,
  b.prev_run AS compared_run
FROM scores c JOIN base b ON b.site_id = c.site_id
JOIN scores p ON p.run_id = b.prev_run AND p.site_id = c.site_id AND p.indicator = 'overall'
JOIN sites s ON s.id = c.site_id
WHERE c.run_id = :rid AND c.indicator = 'overall' AND c.score IS NOT NULL AND p.score IS NOT NULL
  AND (c.score <> p.score OR c.band <> p.band)
ORDER BY ABS(c.score - p.score) DESC, s.name
"""

#: How many earlier runs are examined for outages when choosing each site's baseline.
OUTAGE_LOOKBACK = 30


def changes_data(engine: Engine, run_id: int | None = None, *, weights: dict[str, Any] | None = None) -> dict[str, Any]:
    """What changed since each site's last audited run: the morning digest.

    newly_failing (was pass/warn, now fail), fixed (was fail/warn, now pass),
    new_documents (document fetches whose URL that run did not request),
    unreachable / reachable_again sites, and score moves.  A site is compared
    with its own last run that audited it (``compared_run``), so a run that
    was interrupted, or an outage of the auditor's network, never makes its
    missed sites look new, fixed or failing.  When the run itself is an outage
    (``coverage.outage``), no site is listed as newly unreachable.
    """
    run = get_run(engine, run_id)
    rid = run["id"]
    with engine.connect() as conn:
        prev = previous_run_id(conn, rid)
        earlier = list(conn.execute(
            text("SELECT id FROM runs WHERE id < :r ORDER BY id DESC LIMIT :n"), {"r": rid, "n": OUTAGE_LOOKBACK}
        ).scalars())
        skipped = sorted(outage_runs(conn, earlier))
        outages = f" AND run_id NOT IN ({', '.join(str(int(r)) for r in skipped)})" if skipped else ""
        base = _BASE.format(outages=outages)
        p = {"rid": rid}
        failing = conn.execute(text(_CHANGED.format(base=base, before="'pass', 'warn'")), {**p, "now": "fail"}).mappings().all()
        fixed = conn.execute(text(_CHANGED.format(base=base, before="'fail', 'warn'")), {**p, "now": "pass"}).mappings().all()
        docs = conn.execute(text(NEW_DOCS_SQL.format(base=base)), p).mappings().all()
        reach = conn.execute(text(REACH_SQL.format(outages=outages)), p).mappings().all()
        moves = conn.execute(text(SCORE_MOVES_SQL.format(base=base)), p).mappings().all()
        previous = _run_brief(conn, prev)
        coverage = run_coverage(conn, run)
    outage = coverage["outage"] is not None
    return {
        "schema_version": REPORTS_SCHEMA_VERSION,
        "report": "changes",
        "run": run,
        "previous_run": previous,
        "coverage": coverage,
        "skipped_outage_runs": skipped,
        "method": _method(weights),
        "newly_failing": [dict(r) for r in failing],
        "fixed": [dict(r) for r in fixed],
        "new_documents": [dict(r) for r in docs],
        "unreachable": [] if outage else [dict(r) for r in reach if r["after"] == "tidak_dapat_diaudit"],
        "reachable_again": [dict(r) for r in reach if r["before"] == "tidak_dapat_diaudit"],
        "score_changes": [{**dict(m), "change": _delta(m["after"], m["before"])} for m in moves],
    }


def check_catalog() -> dict[str, dict[str, str]]:
    """Titles of the known checks (``{id: {"title", "title_en", "indicator"}}``); empty if none load."""
    from ..checking import load_checks
    from ..errors import PpidAuditError

    try:
        checks = load_checks()
    except PpidAuditError:
        return {}
    return {
        c.id: {"title": c.title, "title_en": c.title_en, "indicator": c.indicator, "regulation": c.regulation}
        for c in checks
    }

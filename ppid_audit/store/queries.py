"""Reading the store: runs and the verdicts of a run, as plain dicts.

Reports and exports read only through here (or plain SQL on the same tables).
The JSON export's keys are stable and documented in docs/reference/results-json.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, func, select

from ..errors import ConfigError, StoreError
from . import schema
from .db import as_utc

RESULTS_SCHEMA_VERSION = 1


def _iso(value: Any) -> Any:
    value = as_utc(value) if value is not None and hasattr(value, "tzinfo") else value
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value


def list_runs(engine: Engine, limit: int = 20) -> list[dict[str, Any]]:
    """The most recent runs, newest first."""
    r = schema.runs
    with engine.connect() as conn:
        rows = conn.execute(select(r).order_by(r.c.id.desc()).limit(limit)).mappings().all()
    return [_run_dict(row) for row in rows]


def latest_run_id(engine: Engine) -> int | None:
    with engine.connect() as conn:
        return conn.execute(select(func.max(schema.runs.c.id))).scalar()


def latest_incomplete_run(engine: Engine) -> int | None:
    """The newest run if it is incomplete (interrupted or killed), else None."""
    with engine.connect() as conn:
        row = conn.execute(select(schema.runs.c.id, schema.runs.c.status).order_by(schema.runs.c.id.desc()).limit(1)).first()
    return int(row.id) if row is not None and row.status == "incomplete" else None


def get_run(engine: Engine, run_id: int | None = None) -> dict[str, Any]:
    """One run (the latest when ``run_id`` is None); StoreError if there is none."""
    if run_id is None:
        run_id = latest_run_id(engine)
        if run_id is None:
            raise StoreError("the database holds no run yet", hint="run `ppid-audit run` first")
    with engine.connect() as conn:
        row = conn.execute(select(schema.runs).where(schema.runs.c.id == run_id)).mappings().first()
    if row is None:
        with engine.connect() as conn:
            lo, hi = conn.execute(select(func.min(schema.runs.c.id), func.max(schema.runs.c.id))).one()
        held = f"runs {lo} to {hi}" if lo is not None and lo != hi else f"run {lo}" if lo is not None else "no run"
        raise ConfigError(f"no run with id {run_id}: the database holds {held}")
    return _run_dict(row)


def _run_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "started_at": _iso(row["started_at"]),
        "finished_at": _iso(row["finished_at"]),
        "status": row["status"],
        "audit_date": row["audit_date"],
        "registry": row["registry_name"],
        "tool_version": row["tool_version"],
        "n_sites": row["n_sites"],
        "note": row["note"],
    }


def run_results(engine: Engine, run_id: int | None = None, site_ids: Sequence[str] = ()) -> dict[str, Any]:
    """The verdicts of a run: ``{"run": {...}, "sites": [{..., "checks": [...]}]}``."""
    run = get_run(engine, run_id)
    rid = run["id"]
    s, sr, res, ev = schema.sites, schema.site_runs, schema.results, schema.evidence
    with engine.connect() as conn:
        q = (
            select(sr, s.c.name, s.c.level, s.c.role, s.c.parent_id, s.c.verified)
            .join(s, s.c.id == sr.c.site_id)
            .where(sr.c.run_id == rid)
            .order_by(sr.c.site_id)
        )
        if site_ids:
            q = q.where(sr.c.site_id.in_(list(site_ids)))
        site_rows = conn.execute(q).mappings().all()
        rq = select(res).where(res.c.run_id == rid).order_by(res.c.site_id, res.c.check_id, res.c.id)
        if site_ids:
            rq = rq.where(res.c.site_id.in_(list(site_ids)))
        result_rows = conn.execute(rq).mappings().all()
        eq = (
            select(ev)
            .join(res, res.c.id == ev.c.result_id)
            .where(res.c.run_id == rid)
            .order_by(ev.c.result_id, ev.c.id)
        )
        if site_ids:
            eq = eq.where(res.c.site_id.in_(list(site_ids)))
        evidence_rows = conn.execute(eq).mappings().all()
    evidence_by: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for e in evidence_rows:
        evidence_by[e["result_id"]].append(
            {
                "url": e["url"],
                "fetched_at": _iso(e["fetched_at"]),
                "http_status": e["http_status"],
                "digest": e["digest"],
                "snippet": e["snippet"],
                "note": e["note"],
            }
        )
    checks_by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in result_rows:
        checks_by[r["site_id"]].append(
            {
                "id": r["check_id"],
                "version": r["check_version"],
                "item": r["item"],
                "status": r["status"],
                "severity": r["severity"],
                "indicator": r["indicator"],
                "message": r["message"],
                "message_en": r["message_en"],
                "value": r["value"],
                "evidence": evidence_by.get(r["id"], []),
            }
        )
    sites = []
    for row in site_rows:
        sites.append(
            {
                "id": row["site_id"],
                "name": row["name"],
                "level": row["level"],
                "role": row["role"],
                "parent": row["parent_id"],
                "verified": bool(row["verified"]),
                "status": row["status"],
                "reason": row["reason"],
                "start_url": row["start_url"],
                "final_url": row["final_url"],
                "pages": row["pages"],
                "fetches": row["fetches"],
                "fetch_errors": row["fetch_errors"],
                "budget_exhausted": bool(row["budget_exhausted"]),
                "counts": {
                    "pass": row["n_pass"],
                    "fail": row["n_fail"],
                    "warn": row["n_warn"],
                    "error": row["n_error"],
                    "not_applicable": row["n_na"],
                },
                "checks": checks_by.get(row["site_id"], []),
            }
        )
    return {"schema_version": RESULTS_SCHEMA_VERSION, "run": run, "sites": sites}


CSV_COLUMNS = (
    "run_id",
    "audit_date",
    "site_id",
    "site_name",
    "site_status",
    "check_id",
    "check_version",
    "item",
    "status",
    "severity",
    "indicator",
    "message",
    "message_en",
    "evidence_url",
    "evidence_http_status",
    "evidence_fetched_at",
    "evidence_snippet",
    "evidence_count",
)


def results_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Flatten ``run_results`` to one row per verdict (first evidence inline)."""
    out = []
    for site in data["sites"]:
        checks = site["checks"] or [None]
        for c in checks:
            ev = (c["evidence"][0] if c and c["evidence"] else {}) if c else {}
            out.append(
                {
                    "run_id": data["run"]["id"],
                    "audit_date": data["run"]["audit_date"],
                    "site_id": site["id"],
                    "site_name": site["name"],
                    "site_status": site["status"],
                    "check_id": c["id"] if c else "",
                    "check_version": c["version"] if c else "",
                    "item": c["item"] if c else "",
                    "status": c["status"] if c else "",
                    "severity": c["severity"] if c else "",
                    "indicator": c["indicator"] if c else "",
                    "message": c["message"] if c else site["reason"],
                    "message_en": c["message_en"] if c else "",
                    "evidence_url": ev.get("url", ""),
                    "evidence_http_status": ev.get("http_status", ""),
                    "evidence_fetched_at": ev.get("fetched_at", ""),
                    "evidence_snippet": ev.get("snippet", ""),
                    "evidence_count": len(c["evidence"]) if c else 0,
                }
            )
    return out


def run_scores(engine: Engine, run_id: int | None = None) -> dict[str, dict[str, dict[str, Any]]]:
    """The scores of a run: ``{site_id: {indicator: {"score", "band"}}}`` ("overall" included).

    ``score`` is None when the site could not be audited; ``band`` then says why.
    """
    rid = get_run(engine, run_id)["id"]
    sc = schema.scores
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    with engine.connect() as conn:
        for row in conn.execute(
            select(sc.c.site_id, sc.c.indicator, sc.c.score, sc.c.band).where(sc.c.run_id == rid)
        ):
            out[row.site_id][row.indicator] = {"score": row.score, "band": row.band}
    return dict(out)

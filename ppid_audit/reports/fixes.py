"""The site admin's fix list: only what needs doing, grouped by the page to change.

Read from the store only.  For one site and run, every ``fail`` (to fix) and
``warn`` (to verify) verdict becomes a row saying what to publish or repair,
with its regulation, its evidence URL, the run since which it has failed and
how much fixing it would move the estimated score.  Rows are grouped by the
page to change: the page holding a stale or placeholder item, the page that
links to a broken document, or "new page needed" when the item was not found
(the message says where in the menu it belongs).  ``fixed`` lists what passed
in this run but failed or warned in the site's previous audited run.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, text

from ..errors import ConfigError
from ..models import INDICATORS
from ..store.queries import get_run
from .data import REPORTS_SCHEMA_VERSION, _method

SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
STATUS_RANK = {"fail": 0, "warn": 1}
NEW_PAGE = ""  # the group key of items to create

_OPEN_SQL = """
SELECT r.id, r.check_id, r.item, r.status, r.severity, r.indicator, r.message, r.message_en, r.value
FROM results r WHERE r.run_id = :rid AND r.site_id = :site AND r.status IN ('fail', 'warn')
"""

_EVIDENCE_SQL = """
SELECT e.result_id, e.url, e.http_status, e.snippet, e.note, e.fetched_at FROM evidence e
JOIN results r ON r.id = e.result_id
WHERE r.run_id = :rid AND r.site_id = :site AND r.status IN ('fail', 'warn', 'pass')
ORDER BY e.id
"""

_HISTORY_SQL = """
SELECT r.check_id, r.item, r.run_id, r.status, ru.audit_date FROM results r JOIN runs ru ON ru.id = r.run_id
WHERE r.site_id = :site AND r.run_id <= :rid AND r.status IN ('pass', 'warn', 'fail')
ORDER BY r.run_id
"""

_PREVIOUS_AUDIT_SQL = """
SELECT MAX(run_id) FROM site_runs WHERE site_id = :site AND run_id < :rid AND status = 'audited'
"""

_FIXED_SQL = """
SELECT c.check_id, c.item, p.status AS before, c.message, c.message_en, c.severity FROM results c
JOIN results p ON p.run_id = :prev AND p.site_id = c.site_id AND p.check_id = c.check_id AND p.item = c.item
WHERE c.run_id = :rid AND c.site_id = :site AND c.status = 'pass' AND p.status IN ('fail', 'warn')
ORDER BY c.check_id, c.item
"""


def _score_gain(detail: dict[str, dict[str, Any]], check_id: str, indicator: str, status: str,
                credit: dict[str, float]) -> float:
    """Points of the overall estimate gained when this one result passes (from the stored score detail)."""
    ind = detail.get(indicator) or {}
    den = float(ind.get("weight_sum") or 0.0)
    entry = next((c for c in ind.get("checks", []) if c.get("check") == check_id), None)
    overall = detail.get("overall") or {}
    weights = {k: v.get("weight", 0.0) for k, v in (overall.get("indicators") or {}).items() if v.get("score") is not None}
    total = sum(weights.values())
    if not entry or not den or not total or not entry.get("scored"):
        return 0.0
    share = float(entry["weight"]) / int(entry["scored"]) * (1.0 - credit.get(status, 0.0))
    return round(100.0 * share / den * weights.get(indicator, 0.0) / total, 2)


# evidence notes of a failing item that exists but does not serve (an empty or placeholder page, template
# contact data, a search pop-up posting nowhere, a page about LAPOR! without the link): fixed where it is
_FIX_IN_PLACE = frozenset({"placeholder", "template-contact", "search-form-dead", "lapor-about"})


def _page_of(result: dict[str, Any], evidence: list[dict[str, Any]], referrers: dict[str, str]) -> tuple[str, str]:
    """(group key, evidence URL): the page to change for one verdict."""
    if not evidence:
        return NEW_PAGE, ""
    first = evidence[0]
    note = first["note"] or ""
    if note in ("not-found", "javascript"):
        return NEW_PAGE, first["url"]
    if result["item"] == "present" and result["status"] == "fail" and note not in _FIX_IN_PLACE:
        # not found (at most named in passing): the item needs a page of its own;
        # a placeholder page that exists is fixed where it is
        return NEW_PAGE, first["url"]
    status = first["http_status"]
    if note.startswith("document") or status is None or status >= 400:
        # a document, or a link that answers with an error or not at all (whichever check found it): the fix
        # is on the page that links to it
        return referrers.get(first["url"], first["url"]), first["url"]
    return first["url"], first["url"]


def fixes_data(engine: Engine, site_id: str, run_id: int | None = None, *,
               catalog: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """The fix list of one site in one run (the latest by default)."""
    run = get_run(engine, run_id)
    rid = run["id"]
    catalog = catalog or {}
    p = {"rid": rid, "site": site_id}
    with engine.connect() as conn:
        site = conn.execute(text("SELECT id, name, level, start_url FROM sites WHERE id = :s"), {"s": site_id}).mappings().first()
        if site is None:
            raise ConfigError(f"no site with id {site_id!r} in this database (the ranking report lists the site ids)")
        site_run = conn.execute(
            text("SELECT status, reason, start_url, final_url FROM site_runs WHERE run_id = :rid AND site_id = :site"), p
        ).mappings().first()
        opened = [dict(r) for r in conn.execute(text(_OPEN_SQL), p).mappings()]
        evidence: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for e in conn.execute(text(_EVIDENCE_SQL), p).mappings():
            evidence[e["result_id"]].append(dict(e))
        referrers = {
            u: ref for u, ref in conn.execute(
                text("SELECT url, referrer FROM fetches WHERE run_id = :rid AND site_id = :site AND referrer IS NOT NULL"), p
            ).all()
        }
        history: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
        for h in conn.execute(text(_HISTORY_SQL), p).all():
            history[(h.check_id, h.item)].append((h.run_id, h.status, h.audit_date))
        detail = {
            d.indicator: json.loads(d.detail_json or "{}")
            for d in conn.execute(text("SELECT indicator, detail_json FROM scores WHERE run_id = :rid AND site_id = :site"), p)
        }
        prev = conn.execute(text(_PREVIOUS_AUDIT_SQL), p).scalar()
        fixed = [dict(r) for r in conn.execute(text(_FIXED_SQL), {**p, "prev": prev}).mappings()] if prev is not None else []
        prev_brief = conn.execute(text("SELECT id, audit_date FROM runs WHERE id = :r"), {"r": prev}).mappings().first()
    if site_run is None:
        raise ConfigError(f"site {site_id!r} was not audited in run {rid}")
    credit = (detail.get("overall") or {}).get("status_credit") or {"pass": 1.0, "warn": 0.5, "fail": 0.0}
    rows: list[dict[str, Any]] = []
    for r in opened:
        ev = evidence.get(r["id"], [])
        page, url = _page_of(r, ev, referrers)
        since_run, since_date = rid, run["audit_date"]
        for run_no, status, date in reversed(history.get((r["check_id"], r["item"]), [])):
            if status == "pass":
                break
            since_run, since_date = run_no, date
        info = catalog.get(r["check_id"], {})
        rows.append({
            "page": page,
            "check_id": r["check_id"],
            "title": info.get("title", r["check_id"]),
            "title_en": info.get("title_en", r["check_id"]),
            "item": r["item"],
            "status": r["status"],
            "severity": r["severity"],
            "indicator": r["indicator"],
            "message": r["message"],
            "message_en": r["message_en"],
            "regulation": info.get("regulation", ""),
            "url": url,
            "http_status": ev[0]["http_status"] if ev else None,
            "snippet": ev[0]["snippet"] if ev else "",
            "since_run": since_run,
            "since_date": since_date,
            "score_gain": _score_gain(detail, r["check_id"], r["indicator"], r["status"], credit),
        })
    rows.sort(key=lambda x: (STATUS_RANK.get(x["status"], 9), SEVERITY_RANK.get(x["severity"], 9),
                             -x["score_gain"], x["check_id"], x["item"]))
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["page"], []).append(row)
    ordered = sorted(groups.items(), key=lambda kv: (rows.index(kv[1][0]), kv[0]))
    unreachable = site_run["status"] == "tidak_dapat_diaudit"
    return {
        "schema_version": REPORTS_SCHEMA_VERSION,
        "report": "fixes",
        "run": run,
        "site": {"site_id": site["id"], "name": site["name"], "level": site["level"],
                 "url": site_run["final_url"] or site_run["start_url"] or site["start_url"]},
        "site_status": site_run["status"],
        "reason": site_run["reason"] or "",
        "previous_audit": dict(prev_brief) if prev_brief else None,
        "method": _method(None),
        "groups": [] if unreachable else [
            {"page": page, "new_page": page == NEW_PAGE, "fixes": items} for page, items in ordered
        ],
        "counts": {"fail": sum(r["status"] == "fail" for r in rows), "warn": sum(r["status"] == "warn" for r in rows)},
        "fixed": fixed,
        "indicators": list(INDICATORS),
    }

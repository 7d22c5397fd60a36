"""What a run covers: sites it did not reach, and nights when the auditor was offline.

A report of an incomplete run must say which registered sites are missing, and
a run in which most sites failed on DNS or connect at once is an outage of the
auditing machine's side (its network, its resolver), not a night of
non-compliant sites.  Both are read from the store only.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, text

from ..models import FetchFailure

#: Fetch errors that say nothing about the site when most sites show them at once.
AUDITOR_SIDE_ERRORS = (FetchFailure.DNS, FetchFailure.CONNECT, FetchFailure.TIMEOUT)
#: Share of a run's sites failing on those errors that marks the run as an outage.
OUTAGE_SHARE = 0.8
#: An outage needs at least this many sites (one dead site is just a dead site).
OUTAGE_MIN_SITES = 3

_NETWORK_FAILED_SQL = f"""
SELECT sr.site_id FROM site_runs sr
WHERE sr.run_id = :r AND sr.status = 'tidak_dapat_diaudit'
  AND EXISTS (SELECT 1 FROM fetches f WHERE f.run_id = sr.run_id AND f.site_id = sr.site_id
              AND f.error IN ({", ".join(f"'{e}'" for e in AUDITOR_SIDE_ERRORS)}))
  AND NOT EXISTS (SELECT 1 FROM fetches f WHERE f.run_id = sr.run_id AND f.site_id = sr.site_id
                  AND f.status IS NOT NULL)
"""


def planned_sites(conn: Connection, run_id: int) -> list[str] | None:
    """The site ids a run set out to audit (None for runs stored before this was recorded)."""
    raw = conn.execute(text("SELECT settings_json FROM runs WHERE id = :r"), {"r": run_id}).scalar()
    try:
        planned = json.loads(raw or "{}").get("planned_sites")
    except (ValueError, AttributeError):
        return None
    return [str(s) for s in planned] if isinstance(planned, list) else None


def _outage_failures(conn: Connection, run_id: int) -> int | None:
    """How many sites failed on the auditor's side when that makes the run an outage, else None."""
    total = conn.execute(text("SELECT COUNT(*) FROM site_runs WHERE run_id = :r"), {"r": run_id}).scalar() or 0
    if total < OUTAGE_MIN_SITES:
        return None
    failed = len(conn.execute(text(_NETWORK_FAILED_SQL), {"r": run_id}).all())
    return failed if failed >= OUTAGE_MIN_SITES and failed >= OUTAGE_SHARE * total else None


def is_outage(conn: Connection, run_id: int) -> bool:
    """True when most of the run's sites failed on DNS/connect/timeout without one HTTP answer."""
    return _outage_failures(conn, run_id) is not None


def outage_runs(conn: Connection, run_ids: list[int]) -> set[int]:
    """Which of ``run_ids`` were outages of the auditor's side."""
    return {r for r in run_ids if is_outage(conn, r)}


def run_coverage(conn: Connection, run: dict[str, Any]) -> dict[str, Any]:
    """What a run covers: ``complete``, ``planned``, ``reached``, ``missing`` sites, ``outage``.

    ``missing`` lists the registered sites the run never finished (an
    interrupted or killed run), with their names; ``outage`` is a dict with the
    count of sites that failed on the auditor's side, or None.
    """
    rid = run["id"]
    reached = set(conn.execute(text("SELECT site_id FROM site_runs WHERE run_id = :r"), {"r": rid}).scalars())
    planned = planned_sites(conn, rid)
    missing_ids = sorted(set(planned) - reached) if planned is not None else []
    names = {}
    if missing_ids:
        for sid, name in conn.execute(text("SELECT id, name FROM sites")).all():
            names[sid] = name
    n_planned = len(planned) if planned is not None else int(run.get("n_sites") or len(reached))
    failed = _outage_failures(conn, rid)
    outage = None if failed is None else {"sites_failed": failed, "errors": list(AUDITOR_SIDE_ERRORS)}
    return {
        "complete": run.get("status") == "complete" and (planned is None or not missing_ids),
        "planned": n_planned,
        "reached": len(reached),
        "missing": [{"site_id": s, "name": names.get(s, s)} for s in missing_ids],
        "missing_count": max(len(missing_ids), n_planned - len(reached) if planned is None else 0),
        "outage": outage,
    }

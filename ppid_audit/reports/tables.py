"""Reports as tables (sheets): the shape CSV, XLSX and the terminal table share.

Cells taken from crawled sites (titles, messages, URLs) are guarded against
formula injection when written to CSV or XLSX (``guard_cell``).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..models import INDICATORS
from .i18n import check_title, message, t

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_cell(value: Any) -> Any:
    """Prefix ``'`` to a text cell that a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


@dataclass
class Sheet:
    """One table of a report: a name, (key, label) columns and rows keyed by column key."""

    name: str
    columns: list[tuple[str, str]]
    rows: list[dict[str, Any]] = field(default_factory=list)


def _cols(lang: str, keys: Sequence[str]) -> list[tuple[str, str]]:
    return [(k, t(lang, k)) for k in keys]


RANKING_KEYS = (
    "rank", "site_id", "site", "level", "province", "band", "overall", *INDICATORS,
    "change_previous", "change_30d", "status", "reason", "url",
)


def ranking_sheets(data: dict[str, Any], lang: str) -> list[Sheet]:
    """The league table: ranked sites, then the ones without a score."""
    sheet = Sheet(t(lang, "ranked"), _cols(lang, RANKING_KEYS))
    for r in data["ranked"]:
        sheet.rows.append(
            {
                "rank": r["rank"], "site_id": r["site_id"], "site": r["name"], "level": t(lang, r["level"]),
                "province": r.get("province_name") or r["province"] or "", "band": t(lang, r["band"]), "overall": r["overall"],
                **{ind: r["indicators"][ind] for ind in INDICATORS},
                "change_previous": r["change_previous"], "change_30d": r["change_30d"],
                "status": t(lang, "audited"), "reason": "", "url": r["url"] or "",
            }
        )
    for r in data["not_scored"]:
        sheet.rows.append(
            {
                "rank": None, "site_id": r["site_id"], "site": r["name"], "level": t(lang, r["level"]),
                "province": r.get("province_name") or r["province"] or "", "band": "", "overall": None, "status": t(lang, r["status"]),
                "reason": r["reason"], "url": r["url"] or "",
            }
        )
    return [sheet]


def _run_columns(runs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    counts: dict[str, int] = {}
    for r in runs:
        counts[r["audit_date"]] = counts.get(r["audit_date"], 0) + 1
    return [(f"run_{r['id']}", r["audit_date"] if counts[r["audit_date"]] == 1 else f"{r['audit_date']} #{r['id']}") for r in runs]


def trend_sheets(data: dict[str, Any], lang: str, catalog: dict[str, dict[str, str]]) -> list[Sheet]:
    """Score series per site and per province (one column per run), status changes and stale items."""
    run_cols = _run_columns(data["runs"])
    series = Sheet(t(lang, "site_trend"), _cols(lang, ("site_id", "site", "indicator")) + run_cols)
    for s in data["sites"]:
        for ind, points in s["series"].items():
            series.rows.append(
                {"site_id": s["id"], "site": s["name"], "indicator": t(lang, ind),
                 **{f"run_{run_id}": score for run_id, _date, score in points}}
            )
    prov = Sheet(t(lang, "province_trend"), _cols(lang, ("province", "indicator")) + run_cols)
    for p in data["provinces"]:
        for ind, points in p["series"].items():
            prov.rows.append(
                {"province": p.get("name") or p["province"] or t(lang, "all_provinces"), "indicator": t(lang, ind),
                 **{f"run_{run_id}": avg for run_id, _date, avg, _n, _all in points}}
            )
    events = Sheet(t(lang, "events"), _cols(lang, ("date", "site_id", "site", "check_id", "check", "item", "before", "after", "message")))
    for e in data["events"]:
        events.rows.append(
            {"date": e["audit_date"], "site_id": e["site_id"], "site": e["site_name"], "check_id": e["check_id"],
             "check": check_title(lang, e["check_id"], catalog), "item": e["item"], "before": t(lang, e["before"]),
             "after": t(lang, e["after"]), "message": message(lang, e)}
        )
    return [series, prov, events, stale_sheet(data["stale"], lang, catalog)]


def stale_sheet(stale: list[dict[str, Any]], lang: str, catalog: dict[str, dict[str, str]]) -> Sheet:
    """Stale time-bound items with the days they have been seen stale."""
    sheet = Sheet(t(lang, "stale"), _cols(lang, ("site_id", "site", "check_id", "check", "status", "since", "days_stale", "at_least", "message")))
    for s in stale:
        sheet.rows.append(
            {"site_id": s["site_id"], "site": s["site_name"], "check_id": s["check_id"],
             "check": check_title(lang, s["check_id"], catalog), "status": t(lang, s["status"]),
             "since": s["since_date"], "days_stale": s["days_stale"], "at_least": s["never_passed"],
             "message": message(lang, s)}
        )
    return sheet


CHANGE_KEYS = ("section", "site_id", "site", "check_id", "check", "item", "severity", "before", "after", "change", "message", "url")


def changes_sheets(data: dict[str, Any], lang: str, catalog: dict[str, dict[str, str]]) -> list[Sheet]:
    """The morning digest as one table with a section column."""
    sheet = Sheet(t(lang, "changes_title")[:31], _cols(lang, CHANGE_KEYS))
    for section in ("newly_failing", "fixed"):
        for r in data[section]:
            sheet.rows.append(
                {"section": t(lang, section), "site_id": r["site_id"], "site": r["site_name"], "check_id": r["check_id"],
                 "check": check_title(lang, r["check_id"], catalog), "item": r["item"], "severity": t(lang, r["severity"]),
                 "before": t(lang, r["before"]), "after": t(lang, r["after"]), "message": message(lang, r),
                 "url": r["url"] or ""}
            )
    for r in data["new_documents"]:
        sheet.rows.append(
            {"section": t(lang, "new_documents"), "site_id": r["site_id"], "site": r["site_name"],
             "after": r["http_status"] if r["http_status"] is not None else (r["error"] or ""),
             "message": r["content_type"] or "", "url": r["url"]}
        )
    for section in ("unreachable", "reachable_again"):
        for r in data[section]:
            sheet.rows.append(
                {"section": t(lang, section), "site_id": r["site_id"], "site": r["site_name"],
                 "before": t(lang, r["before"]), "after": t(lang, r["after"]), "message": r["reason"] or "",
                 "url": r["start_url"]}
            )
    for r in data["score_changes"]:
        sheet.rows.append(
            {"section": t(lang, "score_changes"), "site_id": r["site_id"], "site": r["site_name"],
             "before": r["before"], "after": r["after"], "change": r["change"],
             "message": f"{t(lang, r['band_before'])} -> {t(lang, r['band_after'])}"}
        )
    return [sheet]


def write_csv(sheets: Sequence[Sheet], out: TextIO, section_label: str = "section") -> None:
    """One CSV: a single sheet as is; several sheets stacked with a first "section" column."""
    if len(sheets) == 1:
        columns, rows = sheets[0].columns, sheets[0].rows
    else:
        columns = [("section", section_label)]
        seen = {"section"}
        for sh in sheets:
            for key, label in sh.columns:
                if key not in seen:
                    seen.add(key)
                    columns.append((key, label))
        rows = [{"section": sh.name, **r} for sh in sheets for r in sh.rows]
    w = csv.writer(out, lineterminator="\n")
    w.writerow([label for _, label in columns])
    for r in rows:
        w.writerow([_csv_value(r.get(k)) for k, _ in columns])


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    return guard_cell(v)


FIX_KEYS = ("page", "status", "severity", "score_gain", "check_id", "check", "item", "message", "regulation", "url",
            "http_status", "since", "since_run")


def fixes_sheets(data: dict[str, Any], lang: str, catalog: dict[str, dict[str, str]]) -> list[Sheet]:
    """The fix list: one row per thing to do (grouped by page, in priority order), then what was fixed."""
    sheet = Sheet(t(lang, "fixes"), _cols(lang, FIX_KEYS))
    for g in data["groups"]:
        page = t(lang, "new_page_needed") if g["new_page"] else g["page"]
        for f in g["fixes"]:
            sheet.rows.append(
                {"page": page, "status": t(lang, f["status"]), "severity": t(lang, f["severity"]),
                 "score_gain": f["score_gain"], "check_id": f["check_id"], "check": check_title(lang, f["check_id"], catalog),
                 "item": f["item"], "message": message(lang, f), "regulation": f["regulation"], "url": f["url"],
                 "http_status": f["http_status"], "since": f["since_date"], "since_run": f["since_run"]}
            )
    fixed = Sheet(t(lang, "fixed"), _cols(lang, ("check_id", "check", "item", "before", "after")))
    for f in data["fixed"]:
        fixed.rows.append({"check_id": f["check_id"], "check": check_title(lang, f["check_id"], catalog), "item": f["item"],
                           "before": t(lang, f["before"]), "after": t(lang, "pass")})
    return [sheet, fixed]


VERDICT_KEYS = ("site_id", "site", "check_id", "check", "item", "status", "severity", "indicator", "message",
                "url", "http_status", "fetched_at", "digest", "snippet")


def komisi_sheets(data: dict[str, Any], lang: str, catalog: dict[str, dict[str, str]]) -> list[Sheet]:
    """The Komisi Informasi workbook: the league table, every verdict with its evidence, and the coverage."""
    sheets = ranking_sheets(data["ranking"], lang)
    verdicts = Sheet(t(lang, "verdicts"), _cols(lang, VERDICT_KEYS))
    for s in data["results"]["sites"]:
        for c in s["checks"]:
            ev = c["evidence"][0] if c["evidence"] else {}
            verdicts.rows.append(
                {"site_id": s["id"], "site": s["name"], "check_id": c["id"], "check": check_title(lang, c["id"], catalog),
                 "item": c["item"], "status": t(lang, c["status"]), "severity": t(lang, c["severity"]),
                 "indicator": t(lang, c["indicator"]), "message": message(lang, c), "url": ev.get("url", ""),
                 "http_status": ev.get("http_status"), "fetched_at": (ev.get("fetched_at") or "")[:16].replace("T", " "),
                 "digest": ev.get("digest") or "", "snippet": ev.get("snippet") or ""}
            )
    sheets.append(verdicts)
    cov = data["ranking"]["coverage"]
    coverage = Sheet(t(lang, "coverage"), _cols(lang, ("site_id", "site", "status")))
    for m in cov["missing"]:
        coverage.rows.append({"site_id": m["site_id"], "site": m["name"], "status": t(lang, "missing_sites")})
    if cov["outage"]:
        coverage.rows.append({"site_id": "", "site": "", "status": t(lang, "outage_title")})
    sheets.append(coverage)
    return sheets

"""Reports say what they cover: incomplete runs, auditor-side outages, old scores, province names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from ppid_audit.reports.data import changes_data, ranking_data, trend_data
from ppid_audit.reports.render_html import render_html
from ppid_audit.scoring import Weights
from ppid_audit.store.writer import StoreWriter
from reports_fixture import BERKALA, DATES, DOCS, FORM, HTTPS, PLAN, SERTA, SITES, P, F, build, done, r

import datetime as dt


def _add_run(engine: Engine, plan: dict[str, Any], *, finish: bool = True, docs: dict[str, tuple[str, ...]] | None = None,
             day: dt.date = dt.date(2026, 11, 26)) -> int:
    w = StoreWriter(engine, Weights())
    run_id = w.start_run(audit_date=day, sites=list(SITES.values()), registry_name="Kaltim")
    items: list[Any] = []
    for sid, outcomes in plan.items():
        items += done(run_id, SITES[sid], outcomes, (docs or {}).get(sid, ()))
    w.write_batch(items)
    if finish:
        w.finish_run(run_id)
    return run_id


def test_a_complete_run_has_no_banner(engine: Engine) -> None:
    data = ranking_data(engine)
    assert data["coverage"]["complete"] and data["coverage"]["missing"] == [] and data["coverage"]["outage"] is None
    html = render_html("ranking", data)
    assert "incomplete-banner" not in html and "outage-banner" not in html


def test_an_interrupted_run_names_the_sites_it_missed(engine: Engine) -> None:
    rid = _add_run(engine, {"64": PLAN[3]["64"], "64.72": PLAN[3]["64.72"]}, finish=False)
    data = ranking_data(engine, rid)
    cov = data["coverage"]
    assert not cov["complete"] and cov["reached"] == 2 and cov["planned"] == 4
    assert {m["site_id"] for m in cov["missing"]} == {"64.71", "64.02"}
    html = render_html("ranking", data)
    assert 'id="incomplete-banner"' in html and "Kabupaten Kutai Kartanegara (64.02)" in html
    assert "outage-banner" not in html
    assert "Not reached" in render_html("ranking", data, lang="en")


def test_changes_after_an_incomplete_run_compare_with_each_sites_last_audit(engine: Engine) -> None:
    doc = {"64.02": ("https://ppid.kukarkab.go.id/dip.pdf",)}
    _add_run(engine, PLAN[3], docs=doc)                       # run 4: complete, 64.02 lists dip.pdf
    _add_run(engine, {"64": PLAN[3]["64"]}, finish=False)      # run 5: interrupted, never reached 64.02
    rid = _add_run(engine, PLAN[3], docs=doc, day=dt.date(2026, 11, 27))
    data = changes_data(engine, rid)
    # 64.02's documents are compared with run 4 (its last audit), not with run 5 that never reached it
    assert data["new_documents"] == []
    assert data["newly_failing"] == [] and data["fixed"] == []
    assert data["unreachable"] == [] and data["reachable_again"] == []


def test_changes_still_find_a_real_change_across_the_gap(engine: Engine) -> None:
    _add_run(engine, {"64": PLAN[3]["64"]}, finish=False, docs=DOCS[3])
    plan = dict(PLAN[3])
    plan["64.02"] = {HTTPS: [r(F)], BERKALA: [r(P, "current"), r(P, "profil")], FORM: [r(P)], SERTA: [r(P)]}
    rid = _add_run(engine, plan, docs={**DOCS[3], "64.02": ("https://ppid.kukarkab.go.id/baru.pdf",)},
                   day=dt.date(2026, 11, 27))
    data = changes_data(engine, rid)
    failing = [(c["site_id"], c["check_id"], c["compared_run"]) for c in data["newly_failing"]]
    assert failing == [("64.02", "web.https", 3)]
    assert [d["url"] for d in data["new_documents"]] == ["https://ppid.kukarkab.go.id/baru.pdf"]


def test_an_outage_of_the_auditor_is_flagged_and_marks_no_site(engine: Engine) -> None:
    rid = _add_run(engine, {sid: None for sid in SITES})  # every site failed on DNS
    data = changes_data(engine, rid)
    assert data["coverage"]["outage"] == {"sites_failed": 4, "errors": ["dns", "connect", "timeout"]}
    assert data["unreachable"] == [] and data["newly_failing"] == []
    html = render_html("changes", data)
    assert 'id="outage-banner"' in html
    assert 'id="outage-banner"' in render_html("ranking", ranking_data(engine, rid))
    # the night after the outage compares with the last real audit, not with the outage
    rid2 = _add_run(engine, PLAN[3], docs=DOCS[3], day=dt.date(2026, 11, 27))
    after = changes_data(engine, rid2)
    assert after["coverage"]["outage"] is None and after["skipped_outage_runs"] == [rid]
    assert after["reachable_again"] == [] and after["new_documents"] == [] and after["fixed"] == []


def test_one_dead_site_is_not_an_outage(engine: Engine) -> None:
    plan = dict(PLAN[3])
    plan["64.02"] = None
    rid = _add_run(engine, plan, docs=DOCS[3])
    data = changes_data(engine, rid)
    assert data["coverage"]["outage"] is None
    assert [u["site_id"] for u in data["unreachable"]] == ["64.02"]


def test_trend_marks_an_unauditable_sites_last_score_as_old(tmp_path: Path) -> None:
    engine = build(tmp_path / "a.db")
    plan = dict(PLAN[3])
    plan["64.02"] = None
    rid = _add_run(engine, plan, docs=DOCS[3])
    data = trend_data(engine, rid)
    last = {s["id"]: s["last_score"] for s in data["sites"]}
    assert last["64.02"]["old"] is True and last["64.02"]["run_id"] == 3
    assert last["64"]["old"] is False
    html = render_html("trend", data)
    assert "old score" not in html and "nilai lama" in html
    assert DATES[3].isoformat() in html


def test_reports_show_province_names_not_codes(tmp_path: Path) -> None:
    engine = build(tmp_path / "a.db")
    with engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("UPDATE sites SET province = '64'"))
    data = ranking_data(engine)
    assert {s["province_name"] for s in data["ranked"]} == {"Kalimantan Timur"}
    trend = trend_data(engine)
    assert [p["name"] for p in trend["provinces"]] == ["Kalimantan Timur"]
    assert "<h3>Kalimantan Timur</h3>" in render_html("trend", trend)


def test_fix_list_says_what_was_fixed_since_the_previous_audit(engine: Engine) -> None:
    from ppid_audit.reports import fixes_data

    data = fixes_data(engine, "64.72")  # run 3: reach https passes again after failing in run 2
    assert [(f["check_id"], f["before"]) for f in data["fixed"]] == [("web.https", "fail")]
    assert data["previous_audit"]["id"] == 2
    stale = [f for g in data["groups"] for f in g["fixes"] if f["check_id"] == "info.berkala" and f["item"] == "current"]
    assert stale and stale[0]["since_run"] == 2  # failing since run 2, not just tonight

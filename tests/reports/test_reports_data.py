"""The data of each report: ranking order and changes, the morning digest, trend and stale durations."""

from __future__ import annotations

from ppid_audit.reports import build_report
from ppid_audit.scoring import Weights

from reports_fixture import HOSTILE


def test_ranking_order_bands_and_changes(engine) -> None:  # type: ignore[no-untyped-def]
    d = build_report("ranking", engine, weights=Weights())
    assert d["run"]["id"] == 3 and d["previous_run"]["id"] == 2 and d["run_30d"]["id"] == 1
    ranked = [(x["rank"], x["site_id"], x["overall"], x["band"]) for x in d["ranked"]]
    assert ranked == [
        (1, "64.02", 100.0, "informatif"),
        (2, "64", 75.0, "cukup_informatif"),
        (3, "64.71", 62.5, "cukup_informatif"),  # tie: same rank, then by name
        (3, "64.72", 62.5, "cukup_informatif"),
    ]
    by = {x["site_id"]: x for x in d["ranked"]}
    assert by["64"]["change_previous"] == -25.0 and by["64"]["change_30d"] == -25.0
    assert by["64.72"]["change_previous"] == 25.0 and by["64.72"]["change_30d"] == 12.5
    assert by["64.02"]["change_previous"] is None  # was not auditable: no change, not +100
    assert by["64.02"]["change_30d"] == 0.0
    assert by["64.72"]["indicators"]["pengumuman_informasi"] == 50.0
    assert by["64"]["detail"]["pelayanan_informasi"]["checks"][0]["check"] == "layanan.form"
    assert d["not_scored"] == []
    assert "bukan nilai resmi Monev" in d["method"]["note"] and d["method"]["weights"]["severity"]["critical"] == 5.0


def test_not_auditable_site_listed_apart(engine) -> None:  # type: ignore[no-untyped-def]
    d = build_report("ranking", engine, 2, weights=Weights())
    assert [x["site_id"] for x in d["ranked"]] == ["64", "64.71", "64.72"]
    (gone,) = d["not_scored"]
    assert gone["site_id"] == "64.02" and gone["status"] == "tidak_dapat_diaudit"
    assert gone["reason"].startswith("dns")
    assert d["run_30d"]["id"] == 1  # the latest run at least 30 days before (54 here)
    d1 = build_report("ranking", engine, 1, weights=Weights())
    assert d1["previous_run"] is None and all(x["change_previous"] is None for x in d1["ranked"])


def test_changes_digest(engine) -> None:  # type: ignore[no-untyped-def]
    d = build_report("changes", engine, weights=Weights())
    assert [(x["site_id"], x["check_id"], x["before"], x["after"]) for x in d["newly_failing"]] == [
        ("64", "layanan.form", "pass", "fail")
    ]
    assert d["newly_failing"][0]["url"] == "https://x.go.id/"
    assert [(x["site_id"], x["check_id"]) for x in d["fixed"]] == [("64.72", "web.https")]
    assert [x["url"] for x in d["new_documents"]] == ["https://ppid.kaltimprov.go.id/lk-2026.pdf"]
    assert [x["site_id"] for x in d["reachable_again"]] == ["64.02"] and d["unreachable"] == []
    moves = {x["site_id"]: x["change"] for x in d["score_changes"]}
    assert moves == {"64": -25.0, "64.72": 25.0}
    d2 = build_report("changes", engine, 2, weights=Weights())
    assert [x["site_id"] for x in d2["unreachable"]] == ["64.02"]
    assert d2["unreachable"][0]["reason"].startswith("dns")
    assert [(x["site_id"], x["item"]) for x in d2["newly_failing"]] == [("64.72", "current")]
    assert d2["new_documents"] == []  # same document URL as run 1


def test_trend_series_events_and_stale_days(engine) -> None:  # type: ignore[no-untyped-def]
    d = build_report("trend", engine, weights=Weights())
    assert [r["id"] for r in d["runs"]] == [1, 2, 3]
    sites = {s["id"]: s for s in d["sites"]}
    assert sites["64.72"]["series"]["overall"] == [[1, "2026-10-01", 50.0], [2, "2026-11-24", 37.5], [3, "2026-11-25", 62.5]]
    assert sites["64.02"]["series"]["overall"][1] == [2, "2026-11-24", None]
    assert sites["64.71"]["name"] == HOSTILE
    (prov,) = d["provinces"]
    assert prov["province"] == "Kalimantan Timur"
    # run 2: the mean over the three scored sites; 64.02 counted as a site, not as a zero
    assert prov["series"]["overall"][1] == [2, "2026-11-24", round((100 + 37.5 + 62.5) / 3, 2), 3, 4]
    events = {(e["site_id"], e["check_id"], e["item"], e["run_id"], e["before"], e["after"]) for e in d["events"]}
    assert events == {
        ("64.72", "info.berkala", "current", 2, "pass", "fail"),
        ("64.72", "web.https", "", 3, "fail", "pass"),
        ("64", "layanan.form", "", 3, "pass", "fail"),
    }
    assert d["events_total"] == 3
    stale = {(s["site_id"], s["check_id"]): s for s in d["stale"]}
    assert set(stale) == {("64.72", "info.berkala"), ("64.71", "info.berkala")}
    assert stale[("64.72", "info.berkala")]["days_stale"] == 1 and not stale[("64.72", "info.berkala")]["never_passed"]
    assert stale[("64.72", "info.berkala")]["since_date"] == "2026-11-24"
    assert stale[("64.71", "info.berkala")]["days_stale"] == 55 and stale[("64.71", "info.berkala")]["never_passed"]


def test_trend_for_one_site_has_every_indicator_and_window(engine) -> None:  # type: ignore[no-untyped-def]
    d = build_report("trend", engine, site_ids=("64",), days=10, weights=Weights())
    assert [r["id"] for r in d["runs"]] == [2, 3]  # run 1 is outside ten days
    (site,) = d["sites"]
    assert set(site["series"]) == {"overall", "pengembangan_website", "pengumuman_informasi",
                                   "penyediaan_informasi", "pelayanan_informasi"}
    assert site["series"]["pelayanan_informasi"] == [[2, "2026-11-24", 100.0], [3, "2026-11-25", 0.0]]
    assert [(e["site_id"], e["check_id"]) for e in d["events"]] == [("64", "layanan.form")]
    assert d["stale"] == []

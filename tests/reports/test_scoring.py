"""scoring.score_site and the weights file: credits, shared item weights, bands and their edges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ppid_audit.checking import CheckOutcome
from ppid_audit.errors import ConfigError
from ppid_audit.models import INDICATORS, Severity
from ppid_audit.scoring import Weights, band_of, load_weights, score_site

from reports_fixture import BERKALA, E, F, FORM, HTTPS, NA, P, SERTA, W, mk_check, r


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (100.0, "informatif"), (90.0, "informatif"), (89.99, "menuju_informatif"), (89.95, "menuju_informatif"),
        (80.0, "menuju_informatif"), (79.99, "cukup_informatif"), (60.0, "cukup_informatif"),
        (59.99, "kurang_informatif"), (40.0, "kurang_informatif"), (39.99, "tidak_informatif"),
        (39.9, "tidak_informatif"), (0.0, "tidak_informatif"), (None, None),
    ],
)
def test_band_edges(score: float | None, band: str | None) -> None:
    assert band_of(score) == band


def test_credits_and_indicator_weights() -> None:
    sc = score_site(
        [CheckOutcome(HTTPS, (r(P),)), CheckOutcome(BERKALA, (r(F, "a"), r(P, "b"))),
         CheckOutcome(FORM, (r(F),)), CheckOutcome(SERTA, (r(W),))],
        Weights(),
    )
    assert sc.status == "dinilai"
    assert sc.indicators == {"pengembangan_website": 100.0, "penyediaan_informasi": 50.0,
                             "pelayanan_informasi": 0.0, "pengumuman_informasi": 50.0}
    assert sc.overall == 50.0 and sc.band == "kurang_informatif"
    d = sc.detail["penyediaan_informasi"]["checks"][0]
    assert d["check"] == "info.berkala" and d["weight"] == 2.0 and d["results"] == 2 and d["credit"] == 0.5
    json.dumps(sc.detail)  # JSON-able


def test_items_share_weight_and_errors_are_left_out() -> None:
    other = mk_check("info.dip", "penyediaan_informasi", Severity.MEDIUM)
    sc = score_site(
        [CheckOutcome(BERKALA, (r(P, "a"), r(P, "b"), r(P, "c"), r(F, "d"))),
         CheckOutcome(other, (r(F),)),
         CheckOutcome(HTTPS, (r(P), r(E, "x"), r(NA, "y")))],
        Weights(),
    )
    # (2 * 0.75 + 2 * 0) / 4 = 37.5: four item results share one weight of 2
    assert sc.indicators["penyediaan_informasi"] == 37.5
    assert sc.indicators["pengembangan_website"] == 100.0  # error and n/a are not in the denominator
    # indicators without any scored result are left out of the overall score and listed
    assert sc.indicators["pelayanan_informasi"] is None
    assert sorted(sc.detail["overall"]["missing"]) == ["pelayanan_informasi", "pengumuman_informasi"]
    assert sc.overall == round((37.5 + 100.0) / 2, 2)


def test_rounding_decides_the_band() -> None:
    a = mk_check("a.pass", "pengembangan_website", Severity.LOW)
    b = mk_check("b.fail", "pengembangan_website", Severity.LOW)
    almost = Weights(checks={"a.pass": 8999.0, "b.fail": 1001.0})
    sc = score_site([CheckOutcome(a, (r(P),)), CheckOutcome(b, (r(F),))], almost)
    assert sc.overall == 89.99 and sc.band == "menuju_informatif"
    up = Weights(checks={"a.pass": 8999.6, "b.fail": 1000.4})  # 89.996 rounds to 90.00
    sc = score_site([CheckOutcome(a, (r(P),)), CheckOutcome(b, (r(F),))], up)
    assert sc.overall == 90.0 and sc.band == "informatif"


def test_not_auditable_site_has_no_score() -> None:
    sc = score_site([CheckOutcome(HTTPS, (r(NA),))], Weights(), auditable=False, reason="dns")
    assert sc.status == "tidak_dapat_diaudit" and sc.overall is None and sc.band is None
    rows = sc.rows()
    assert [x["indicator"] for x in rows] == [*INDICATORS, "overall"]
    assert all(x["score"] is None and x["band"] == "tidak_dapat_diaudit" for x in rows)
    assert sc.detail["overall"]["reason"] == "dns"


def test_audited_but_nothing_scored() -> None:
    sc = score_site([CheckOutcome(HTTPS, (r(E),))], Weights())
    assert sc.status == "tidak_dinilai" and sc.overall is None
    assert sc.rows()[-1]["band"] == "tidak_dinilai"


def test_info_checks_weigh_nothing() -> None:
    info = mk_check("x.info", "pengembangan_website", Severity.INFO)
    sc = score_site([CheckOutcome(info, (r(F),)), CheckOutcome(HTTPS, (r(P),))], Weights())
    assert sc.indicators["pengembangan_website"] == 100.0


def test_load_weights_file(tmp_path: Path) -> None:
    default = load_weights()
    assert default.indicators == {k: 25.0 for k in INDICATORS}
    assert default.check_weight("any", Severity.CRITICAL) == 5.0 and default.status["warn"] == 0.5
    p = tmp_path / "w.toml"
    p.write_text('[indicators]\npengembangan_website = 50\n[checks]\n"web.https" = 7\n[status]\nwarn = 0.25\n')
    w = load_weights(p)
    assert w.indicators == {"pengembangan_website": 50.0} and w.check_weight("web.https", "low") == 7.0
    assert w.status == {"pass": 1.0, "warn": 0.25, "fail": 0.0}
    p.write_text("[indicators]\nnope = 1\n")
    with pytest.raises(ConfigError, match="unknown indicator"):
        load_weights(p)
    p.write_text("[status]\npass = 2\n")
    with pytest.raises(ConfigError):
        load_weights(p)
    with pytest.raises(ConfigError, match="not found"):
        load_weights(tmp_path / "missing.toml")

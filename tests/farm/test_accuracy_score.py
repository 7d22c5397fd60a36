"""The accuracy scorer (``bench.accuracy.score_verdicts``) on hand-made truth and verdicts (no farm served)."""

from __future__ import annotations

from typing import Any

from ppid_audit.bench.accuracy import score_verdicts
from ppid_audit.models import Status

P, W, F = Status.PASS, Status.WARN, Status.FAIL


def _site(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"down": False, "https": "valid", "faults": [], "robots_disallow": ["/wp-admin/"],
                            "broken_links": [], "documents": [],
                            "categories": {"berkala": {"present": True, "current": False}}, "service": {}}
    return {**base, **kw}


def test_categories_and_reach_checks_are_scored_separately() -> None:
    truth = {"sites": {
        "a": _site(https="none", broken_links=["http://a/hilang", "http://a/f/x.pdf"],
                   documents=[{"url": "http://a/f/x.pdf", "broken": True}]),
        "b": _site(faults=[{"kind": "http_500", "urls": ["http://b/wp-admin/galeri"]}]),  # disallowed: never seen
        "c": _site(down=True, https="none"),
    }}
    verdicts = {
        "a": {"kategori.berkala": {"present": P, "current": F}, "reach.https": {"": F},
              "reach.internal_links": {"": W}, "reach.documents": {"": F}},
        "b": {"kategori.berkala": {"present": P, "current": P}, "reach.https": {"": W},
              "reach.internal_links": {"": P}, "reach.documents": {"": P}},
        "c": {"reach.https": {"": F}},
    }
    got = score_verdicts(truth, verdicts)
    assert got["overall"]["tp"] == 1 and got["overall"]["fn"] == 1 and got["overall"]["n"] == 4  # reach not in it
    checks = got["checks"]
    # https: a fails (tp), b's warn is no accusation (tn); the down site c is not scored
    assert (checks["reach.https"]["tp"], checks["reach.https"]["tn"], checks["reach.https"]["n"]) == (1, 1, 2)
    # internal links: a warn on a site with a 404 page is a hit; b's 500 page is disallowed by robots.txt
    assert (checks["reach.internal_links"]["tp"], checks["reach.internal_links"]["tn"]) == (1, 1)
    assert checks["reach.documents"]["tp"] == 1 and checks["reach.documents"]["tn"] == 1
    assert got["reach_overall"]["precision"] == 1.0 and got["reach_overall"]["recall"] == 1.0


def test_broken_document_alone_is_not_a_broken_internal_page() -> None:
    truth = {"sites": {"a": _site(broken_links=["http://a/f/x.pdf"], documents=[{"url": "http://a/f/x.pdf", "broken": True}])}}
    got = score_verdicts(truth, {"a": {"reach.internal_links": {"": P}, "reach.documents": {"": W}}})
    assert got["checks"]["reach.internal_links"]["tn"] == 1 and got["checks"]["reach.documents"]["tp"] == 1


def test_pairs_are_also_scored_per_failure_class_and_layout() -> None:
    truth = {"sites": {
        "a": _site(layout="wordpress", service={
            "lapor": {"present": False, "current": None, "class": "weak_substitute"},
            "sk_ppid": {"present": True, "current": None, "class": "missed_item"},
            "kontak": {"present": True, "current": None}}),
        "b": _site(layout="laravel", service={"lapor": {"present": False, "current": None, "class": "weak_substitute"}}),
    }}
    verdicts = {"a": {"layanan.lapor": {"present": F}, "layanan.sk_ppid": {"present": F}, "layanan.kontak": {"present": P}},
                "b": {"layanan.lapor": {"present": W}}}
    got = score_verdicts(truth, verdicts)
    weak, missed = got["classes"]["weak_substitute"], got["classes"]["missed_item"]
    assert (weak["tp"], weak["fn"], weak["precision"], weak["recall"]) == (1, 1, 1.0, 0.5)
    assert (missed["fp"], missed["precision"], missed["recall"], missed["accuracy"]) == (1, 0.0, None, 0.0)
    assert got["classes"]["base"]["tn"] == 1  # kontak, and berkala's pairs are not verdicts here
    assert got["layouts"]["laravel"]["fn"] == 1 and got["layouts"]["wordpress"]["n"] == 3


def test_pairs_of_javascript_only_sites_form_a_class_of_their_own() -> None:
    truth = {"sites": {
        "js": {**_site(layout="static", service={"lapor": {"present": False, "current": None}}), "javascript_only": True},
        "twin": _site(layout="static", service={"lapor": {"present": False, "current": None}}),
    }}
    got = score_verdicts(truth, {"js": {"layanan.lapor": {"present": W}}, "twin": {"layanan.lapor": {"present": F}}})
    js = got["classes"]["javascript_only"]
    assert (js["n"], js["fn"], js["recall"]) == (1, 1, 0.0)
    assert got["classes"]["base"]["n"] == 2  # still counted under its failure class too


def test_mistakes_name_each_wrong_verdict_with_its_message() -> None:
    truth = {"sites": {"a": _site(layout="laravel"), "b": _site(categories={"berkala": {"present": False, "current": False}})}}
    verdicts = {"a": {"kategori.berkala": {"present": F, "current": F}},  # present accused wrongly; current right
                "b": {"kategori.berkala": {"present": W, "current": F}}}  # a missed violation (warn is no accusation)
    got = score_verdicts(truth, verdicts, {("a", "kategori.berkala", "present"): "Informasi Berkala tidak ditemukan"})
    assert got["mistakes"] == [
        {"site": "a", "check": "kategori.berkala", "item": "present", "error": "fp", "class": "base", "layout": "laravel",
         "got": "fail", "message": "Informasi Berkala tidak ditemukan"},
        {"site": "b", "check": "kategori.berkala", "item": "present", "error": "fn", "class": "base", "layout": "?",
         "got": "warn", "message": ""},
    ]

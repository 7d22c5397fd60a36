"""The farm's real-world pitfalls (farm/pitfalls.py): every class is placed, marked in the truth, and
rendered the way the class says (rendered in memory, no server)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from ppid_audit.farm.layouts import render_page
from ppid_audit.farm.pitfalls import PITFALL_CLASSES
from ppid_audit.farm.sites import generate_farm

BASE = dt.date(2026, 11, 20)


def _classes(seed: int) -> Counter[tuple[str, str, bool]]:
    out: Counter[tuple[str, str, bool]] = Counter()
    for s in generate_farm(40, seed, base_date=BASE):
        t = s.truth()
        for section in ("categories", "service"):
            for name, entry in t[section].items():
                if entry.get("class"):
                    out[(entry["class"], name, entry["present"])] += 1
    return out


def test_every_class_is_on_a_40_site_farm_and_is_deterministic() -> None:
    got = _classes(21)
    assert {c for c, _, _ in got} == set(PITFALL_CLASSES)
    assert got == _classes(21) and got != _classes(22)
    # classes 2-4 are missing things, class 5 present things; uji/struktur have both
    assert all(not present for c, _, present in got if c in ("empty_listing", "placeholder_data", "weak_substitute"))
    assert all(present for c, _, present in got if c == "missed_item")
    assert {present for c, _, present in got if c == "unjudged"} == {True, False}


def test_pitfalls_do_not_change_the_rest_of_the_site(monkeypatch: pytest.MonkeyPatch) -> None:
    # they draw from their own random stream and only fill what a site lacks: every other placement,
    # document and menu entry is the same as on the farm without them
    with_pitfalls = generate_farm(12, 5, base_date=BASE)
    monkeypatch.setattr("ppid_audit.farm.build.apply_pitfalls", lambda b, seed, index: None)
    without = generate_farm(12, 5, base_date=BASE)
    touched = {"uji_konsekuensi", "struktur", "profil_ppid"}
    for a, b in zip(with_pitfalls, without, strict=True):
        for name, mark in b.spec.marks.items():
            if name not in touched and a.spec.marks[name].cls is None:
                assert (a.spec.marks[name].present, a.spec.marks[name].where) == (mark.present, mark.where), (a.id, name)
        assert set(b.spec.docs) <= set(a.spec.docs) and set(b.spec.pages) <= set(a.spec.pages)
        assert a.spec.news_base >= 0 and [f.kind for f in a.spec.faults] == [f.kind for f in b.spec.faults]


def test_pitfall_pages_look_like_their_class() -> None:
    seen: Counter[str] = Counter()
    for s in generate_farm(40, 23, base_date=BASE):
        spec = s.spec
        for name, mark in spec.marks.items():
            if mark.cls == "empty_listing":
                html = render_page(spec, spec.pages[mark.where[0]])
                assert "<tbody>" in html and "<td>1</td>" not in html.split("<tbody>", 1)[1], (s.id, name)
                seen["empty"] += 1
            elif mark.cls == "weak_substitute" and name == "lapor":
                html = render_page(spec, spec.pages[mark.where[0]])
                assert "lapor.go.id" not in html and "LAPOR" in html
                seen["lapor"] += 1
            elif mark.cls == "weak_substitute" and name == "pencarian":
                html = render_page(spec, spec.pages[spec.start_path])
                assert 'style="display:none"><form action="#"' in html
                seen["search"] += 1
            elif mark.cls == "placeholder_data" and name == "kontak":
                html = render_page(spec, spec.pages[mark.where[0]])
                assert "KONTAK" in html
                seen["kontak"] += 1
    assert seen["empty"] and seen["lapor"] and seen["search"]

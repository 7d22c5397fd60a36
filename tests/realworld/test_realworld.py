"""The real-world corpus loads, the scorer works, and a few clear-cut hard cases hold.

Floors sit a little below the measured figures (precision 1.00, recall 1.00 on
the 8 tuned sites, 67 true violations; 0.94 / 1.00 on the 7 held-out sites of
batches 1-2, 46 true violations, after the fixes; see README.md for the first-run
figures) so one regressing fixture does not turn CI red; the per-fixture asserts
cover only hard cases whose label is beyond dispute.

Batches 3 to 8 (``MEASUREMENT_BATCHES``) are measurements, not gates: their
first-run figures (batch 3 precision 0.70, recall 0.66; batch 5 0.835 / 0.752;
batch 6 0.877 / 0.582; batch 7 0.747 / 0.774; batch 8, 4 sites, 0.833 / 0.957; batch 9, 5 sites, 0.918 / 0.833; batch 10, 7 sites, 0.843 / 0.808; batch 11, 5 sites, 0.730 / 0.868; batch 12, 4 sites, 0.70 / 0.86; batch 15, 4 sites, 0.74 / 0.68; batch 16, 4 sites, 0.81 / 0.81; batch 17, 4 sites, 0.94 / 0.83; batch 18, 3 sites, 0.96 / 0.64; batch 19, 2 sites, 0.89 / 1.00; batch 20, 2 sites, 0.79 / 0.92; batch 21, 4 sites, 0.90 / 0.80; batch 22, 4 sites, 0.88 / 0.88; batch 23, 4 sites, 0.56 / 0.75; batch 24, 4 sites, 0.88 / 0.90; batch 25, 4 sites, 0.89 / 0.94; batch 26, 4 sites, 0.65 / 0.73; batch 27, 3 sites, 0.87 / 0.91; batch 28, 4 sites, 0.97 / 0.93; batch 29, 4 sites, 0.94 / 0.93; batch 30, 3 sites, 0.88 / 0.47; batch 31, 4 sites, 0.88 / 0.78; batch 32, 3 sites, 0.89 / 0.71; batch 33, 4 sites, 0.82 / 0.72; batch 34, 3 sites, 0.80 / 0.50; batch 35, 3 sites, 0.93 / 0.91; batch 36, 3 sites, 0.59 / 0.59; batch 37, 4 sites, 0.91 / 0.82; batch 38, 4 sites, 0.67 / 0.87; batch 39, 3 sites, 0.88 / 0.93; batch 40, 3 sites, 0.84 / 0.91; batch 41, 4 sites, 0.86 / 0.80; batch 42, 3 sites, 0.79 / 0.66; batch 43, 1 site, 0.94 / 0.94; batch 44, 4 sites, 0.90 / 0.86; batch 45, 4 sites, 0.94 / 0.77; batch 46, 4 sites, 0.95 / 0.84; batch 47, 3 sites, 0.97 / 0.83; batch 48, 3 sites, 0.67 / 0.96; batch 49, 3 sites, 0.66 / 0.94; batch 50, 4 sites, 0.79 / 0.84; batch 51, 3 sites, 0.91 / 0.78; batch 52, 2 sites, 0.89 / 0.96; batch 54, 3 sites, 0.82 / 0.84; batch 55, 2 sites, 0.96 / 0.96; batch 56, 3 sites, 0.83 / 0.97; batch 57, 2 sites, 0.79 / 0.68; batch 58, 3 sites, 0.81 / 0.69) are recorded in README.md and docs/benchmarks.md, and no floor applies to a batch
until the checks are fixed for it; then move it out of ``MEASUREMENT_BATCHES`` so
it gates like the others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ppid_audit.bench.realworld import (
    CHECK_IDS,
    EXTRA_CONCEPTS,
    Fixture,
    RealworldScore,
    default_sites_dir,
    load_fixture,
    load_fixtures,
    main,
    score_corpus,
    site_pages,
)
from ppid_audit.bench import realworld_crawl
from ppid_audit.bench.realworld import render
from ppid_audit.bench.realworld_crawl import browser_problem, crawl_fixtures
from ppid_audit.checking import load_checks
from ppid_audit.models import FetchKind

SITES = default_sites_dir()
# Held-out batches scored for the record only (no accuracy floor) until the checks are fixed for them.
MEASUREMENT_BATCHES = frozenset({3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 86, 87, 88})


def gated(fixtures: list[Fixture]) -> list[Fixture]:
    """The fixtures whose accuracy is a gate (every batch but the measurement-only ones)."""
    return [fx for fx in fixtures if fx.batch not in MEASUREMENT_BATCHES]


@pytest.fixture(scope="module")
def fixtures() -> list[Fixture]:
    return load_fixtures(SITES)


@pytest.fixture(scope="module")
def score(fixtures: list[Fixture]) -> RealworldScore:
    return score_corpus(fixtures, load_checks(entry_points=False))


@pytest.fixture(scope="module")
def gated_score(fixtures: list[Fixture]) -> RealworldScore:
    return score_corpus(gated(fixtures), load_checks(entry_points=False))


def test_corpus_loads(fixtures: list[Fixture]) -> None:
    assert len(fixtures) >= 8
    for fx in fixtures:
        assert set(CHECK_IDS) <= set(fx.expected) <= set(CHECK_IDS) | set(EXTRA_CONCEPTS)
        assert fx.source.get("repository"), fx.slug
        assert fx.pages, fx.slug


def test_site_pages_are_parsed(fixtures: list[Fixture]) -> None:
    for fx in fixtures:
        sp = site_pages(fx)
        assert sp.auditable and len(sp.pages) == len(fx.pages)
        assert sp.start is not None and sp.start.url == f"https://{fx.slug}.example.go.id{fx.pages[0][0]}"
        assert all(f.kind == FetchKind.PAGE and f.status == 200 for f in sp.fetches)
        if not fx.script_built:  # a script-built page may reach a static crawl with no link at all
            # every fixture page has a menu or links, but for the site's own error page a fixture may keep
            # (kecamatan-brebes's home page answers Laravel's '500 | Server Error')
            # (or the staff's sign-in page a fixture keeps as the end of a link, a form and nothing else; or
            # CodeIgniter's production error page 'Whoops!', rsud-pariaman; or a pop-up's fragment that is two
            # pictures and a close button, ppid-jateng's components/panduan.html)
            assert all(p.links or p.forms or p.content_images or "Server Error" in p.text or "Whoops" in p.text
                       for p in sp.pages), fx.slug


def test_every_pair_is_scored(score: RealworldScore, fixtures: list[Fixture]) -> None:
    per_check = score.per_check()
    assert set(CHECK_IDS) <= set(per_check) <= set(CHECK_IDS) | set(EXTRA_CONCEPTS)
    assert sum(per_check[c]["n"] for c in CHECK_IDS) == len(fixtures) * len(CHECK_IDS)
    for concept in EXTRA_CONCEPTS:  # a labelled concept is either scored or listed as 'no verdict'
        labelled = {fx.slug for fx in fixtures if concept in fx.expected}
        judged = {slug for slug, v in score.verdicts.items() if concept in v}
        assert judged | set(score.unjudged.get(concept, {})) == labelled
    for slug, verdicts in score.verdicts.items():
        assert set(verdicts.values()) <= {"pass", "warn", "fail", "error", "not_applicable"}, slug
        assert "error" not in verdicts.values(), slug


def test_accuracy_floor(gated_score: RealworldScore) -> None:
    overall = gated_score.overall()
    assert overall["support"] >= 40
    assert overall["precision"] >= 0.93
    assert overall["recall"] >= 0.93


# The corpus the whole-corpus floor was set on (session 14's end): batches after it are measured first, and join
# the floor's own subset when a later session moves this number on.
FLOOR_UP_TO_BATCH = 36


def test_whole_corpus_floor(score: RealworldScore, fixtures: list[Fixture]) -> None:
    """Every batch together, the measurement batches included, as a regression gate.  The sites up to batch
    36 were precision 0.927, recall 0.913 at the end of session 14 and 0.929 / 0.918 in session 15; a change
    that costs more than about a point of either turns CI red, whatever batch it hits.  Every site together
    (the batches labelled since, mostly student rebuilds, included: 0.923 / 0.915 in session 15) must hold a
    point lower.  Where no browser can run, the script-built fixtures are skipped and the rest must still hold."""
    overall = score.overall()
    assert overall["support"] >= 1000
    assert overall["precision"] >= 0.91
    assert overall["recall"] >= 0.90
    known = {fx.slug for fx in fixtures if fx.batch is None or fx.batch <= FLOOR_UP_TO_BATCH}
    tp = fp = fn = 0
    for slug, got in score.verdicts.items():
        if slug not in known:
            continue
        expected = next(fx.expected for fx in fixtures if fx.slug == slug)
        for check_id, verdict in got.items():
            if check_id in CHECK_IDS:
                tp += expected[check_id] == "fail" and verdict == "fail"
                fp += expected[check_id] != "fail" and verdict == "fail"
                fn += expected[check_id] == "fail" and verdict != "fail"
    assert tp + fn >= 1000
    assert tp / (tp + fp) >= 0.92
    assert tp / (tp + fn) >= 0.91


def test_heldout_subset(fixtures: list[Fixture]) -> None:
    held = load_fixtures(SITES, heldout=True)
    tuned = load_fixtures(SITES, heldout=False)
    assert len(held) >= 5 and len(tuned) >= 8
    assert {fx.slug for fx in held} | {fx.slug for fx in tuned} == {fx.slug for fx in fixtures}
    assert all(fx.heldout for fx in held) and not any(fx.heldout for fx in tuned)
    score = score_corpus(gated(held), load_checks(entry_points=False))
    overall = score.overall()
    assert overall["support"] >= 25
    assert overall["precision"] >= 0.9 and overall["recall"] >= 0.9


def test_batch3_is_a_complete_measurement(fixtures: list[Fixture]) -> None:
    """Batch 3 is scored in full (no gate): every pair gets a verdict, labels cover the extra concepts."""
    batch3 = load_fixtures(SITES, batch=3)
    assert len(batch3) >= 10 and all(fx.heldout for fx in batch3)
    assert {fx.level for fx in batch3} == {"provinsi", "kabupaten", "kota"}
    assert sum(fx.script_built for fx in batch3) >= 1
    assert all(set(EXTRA_CONCEPTS) <= set(fx.expected) for fx in batch3)
    assert all(fx.reasons.get(c) for fx in batch3 for c in EXTRA_CONCEPTS)
    score = score_corpus(batch3, load_checks(entry_points=False))
    assert sum(score.per_check()[c]["n"] for c in CHECK_IDS) == len(batch3) * len(CHECK_IDS)
    for slug, verdicts in score.verdicts.items():
        assert "error" not in verdicts.values(), slug

def test_batch5_is_a_complete_measurement() -> None:
    """Batch 5 is scored in full (no gate): ten held-out sites, every pair and both extra concepts judged."""
    batch5 = load_fixtures(SITES, batch=5)
    assert len(batch5) >= 10 and all(fx.heldout for fx in batch5)
    assert {fx.level for fx in batch5} == {"provinsi", "kabupaten", "kota"}
    assert sum(fx.script_built for fx in batch5) >= 1
    assert all(fx.reasons.get(c) for fx in batch5 for c in fx.expected)
    score = score_corpus(batch5, load_checks(entry_points=False))
    pairs = len(batch5) * (len(CHECK_IDS) + len(EXTRA_CONCEPTS))
    assert score.overall()["n"] == pairs and not score.unjudged
    for slug, verdicts in score.verdicts.items():
        assert "error" not in verdicts.values(), slug


def test_batch6_is_a_complete_measurement() -> None:
    """Batch 6 is scored in full (no gate): ten held-out sites, every pair and both extra concepts judged."""
    batch6 = load_fixtures(SITES, batch=6)
    assert len(batch6) >= 10 and all(fx.heldout for fx in batch6)
    assert {fx.level for fx in batch6} == {"provinsi", "kabupaten", "kota"}
    assert sum(fx.script_built for fx in batch6) >= 1
    assert all(fx.reasons.get(c) for fx in batch6 for c in fx.expected)
    score = score_corpus(batch6, load_checks(entry_points=False))
    pairs = len(batch6) * (len(CHECK_IDS) + len(EXTRA_CONCEPTS))
    assert score.overall()["n"] == pairs and not score.unjudged
    for slug, verdicts in score.verdicts.items():
        assert "error" not in verdicts.values(), slug


def test_batch_and_script_built_must_be_typed(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "home.html").write_text("<a href='/'>Beranda</a>")
    expected = "".join(f'"{c}" = "fail"\n' for c in CHECK_IDS)
    for bad in ('batch = "3"', "batch = true", 'script_built = "yes"'):
        (tmp_path / "x" / "site.toml").write_text(f'{bad}\n[pages]\n"/" = "home.html"\n[expected]\n{expected}')
        with pytest.raises(ValueError, match="batch|script_built"):
            load_fixture(tmp_path / "x")


def test_extra_concepts_without_a_check_are_no_verdict(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "home.html").write_text("<a href='/'>Beranda</a>")
    expected = "".join(f'"{c}" = "fail"\n' for c in CHECK_IDS) + '"layanan.struktur" = "warn"\n'
    (tmp_path / "x" / "site.toml").write_text(f'batch = 9\n[pages]\n"/" = "home.html"\n[expected]\n{expected}')
    fx = load_fixture(tmp_path / "x")
    assert fx.batch == 9 and load_fixtures(tmp_path, batch=9) == [fx] and load_fixtures(tmp_path, batch=8) == []
    checks = [c for c in load_checks(entry_points=False) if c.id not in EXTRA_CONCEPTS]
    score = score_corpus([fx], checks)
    assert score.unjudged == {"layanan.struktur": {"x": "warn"}}
    assert "layanan.struktur" not in score.per_check()
    assert score.as_dict()["no_verdict"] == {"layanan.struktur": {"x": "warn"}}
    (tmp_path / "x" / "site.toml").write_text(
        f'[pages]\n"/" = "home.html"\n[expected]\n{expected}"layanan.tidak_ada" = "fail"\n')
    with pytest.raises(ValueError, match="unknown"):
        load_fixture(tmp_path / "x")


def test_heldout_must_be_a_boolean(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "home.html").write_text("<a href='/'>Beranda</a>")
    expected = "".join(f'"{c}" = "fail"\n' for c in CHECK_IDS)
    (tmp_path / "x" / "site.toml").write_text(f'heldout = "yes"\n[pages]\n"/" = "home.html"\n[expected]\n{expected}')
    with pytest.raises(ValueError, match="heldout"):
        load_fixture(tmp_path / "x")


def test_cli_heldout(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    # (a held-out batch, not the whole held-out corpus: the CLI's filters are what is tested here, and scoring every
    # held-out site again costs minutes of the suite; `score` above scores them all once)
    assert main(["--json", "--heldout", "--batch", "21"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["subset"] == "held-out batch 21" and out["n_sites"] == len(load_fixtures(SITES, heldout=True, batch=21))
    assert set(out["verdicts"]) == {fx.slug for fx in load_fixtures(SITES, heldout=True, batch=21)}
    assert main(["--tuned"]) == 0  # the eight tuned sites
    assert "(tuned)" in capsys.readouterr().out
    assert main(["--json", "--heldout", "--batch", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["subset"] == "held-out batch 3"
    assert set(out["verdicts"]) == {fx.slug for fx in load_fixtures(SITES, batch=3)}
    assert set(out["no_verdict"]) <= set(EXTRA_CONCEPTS)


def test_scorer_counts(tmp_path: Path) -> None:
    s = RealworldScore()
    s.add("a", "layanan.lapor", "fail", "fail", "m", "")
    s.add("a", "layanan.kontak", "fail", "warn", "m", "")
    s.add("a", "layanan.dip", "pass", "fail", "m", "")
    s.add("a", "layanan.maklumat", "warn", "pass", "m", "")
    o = s.overall()
    assert (o["tp"], o["fn"], o["fp"], o["tn"]) == (1, 1, 1, 1)
    assert o["precision"] == 0.5 and o["recall"] == 0.5
    assert [d.check_id for d in s.disagreements] == ["layanan.kontak", "layanan.dip", "layanan.maklumat"]
    assert s.disagreements[0].missed and s.disagreements[1].flagged_wrongly


def test_malformed_fixture_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "home.html").write_text("<a href='/'>Beranda</a>")
    (tmp_path / "x" / "site.toml").write_text('[pages]\n"/" = "home.html"\n[expected]\n"layanan.lapor" = "maybe"\n')
    with pytest.raises(ValueError, match="missing"):
        load_fixture(tmp_path / "x")


@pytest.mark.parametrize(
    ("slug", "check_id", "status"),
    [
        # (sumut's DIP table, labelled 'pass' in session 3, is no longer a hard case beyond dispute: its rows are PPID
        # Jawa Barat's ('Pemerintah Provinsi Jawa Barat', 'PPID Jawa Barat'), and batch 36's labeller, blind, judged the
        # same copied table on sumut-laravel another body's ('fail'); since session 14 the checks say so (other_region,
        # warn here beside an unverified menu link). The label is left as it was and scored as a disagreement.)
        # the annual reports exist only as PDF names (link texts are bare years)
        ("sumut", "layanan.laporan_layanan", "pass"),
        # only a dead list item with a typo ('Ringkasan Laporan Layanan lnformasi', href="")
        ("lldikti5", "layanan.laporan_layanan", "fail"),
        # English label: <input type="search" placeholder="Search">
        ("lldikti5", "layanan.pencarian", "pass"),
        # 'biaya ringan' only in a paraphrase of UU 14/2008 is not a cost statement
        ("lamongan-diskominfo", "layanan.jam_biaya_layanan", "fail"),
        # LAPOR! only as a footer image whose alt text is 'Website'
        ("lamongan-diskominfo", "layanan.lapor", "pass"),
        # 'Pengajuan Keberatan' menu item with href="#"
        ("kalatirta", "layanan.formulir_keberatan", "fail"),
        # held out: the whole 'Informasi Publik' group is dead href="#" links
        ("bappeda-kaltim", "kategori.berkala", "fail"),
        # held out: 'formulir dapat di download disini' with no link behind 'disini'
        ("sumedang", "layanan.formulir_keberatan", "fail"),
        # held out: hours in the footer, 'tidak dipungut biaya' in the maklumat page
        ("poliban", "layanan.jam_biaya_layanan", "pass"),
    ],
)
def test_hard_cases(score: RealworldScore, fixtures: list[Fixture], slug: str, check_id: str, status: str) -> None:
    assert {fx.slug: fx for fx in fixtures}[slug].expected[check_id] == status
    assert score.verdicts[slug][check_id] == status


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["--json", "--batch", "3"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n_sites"] >= 8 and "overall" in out and out["disagreements"]


# --------------------------------------------------------------------------- served, crawled, rendered


def _expected(label: str = "fail") -> str:
    return "".join(f'"{c}" = "{label}"\n' for c in CHECK_IDS)


def test_assets_are_declared_with_their_types(tmp_path: Path) -> None:
    (tmp_path / "x" / "js").mkdir(parents=True)
    (tmp_path / "x" / "home.html").write_text("<a href='/'>Beranda</a>")
    (tmp_path / "x" / "js" / "app.js").write_text("1")
    (tmp_path / "x" / "menu.json").write_text("[]")
    (tmp_path / "x" / "site.toml").write_text(
        '[pages]\n"/" = "home.html"\n[assets]\n"/static/app.js" = "js/app.js"\n'
        '"/api/menu" = { file = "menu.json", type = "application/json; charset=utf-8" }\n'
        f'[expected]\n{_expected()}')
    fx = load_fixture(tmp_path / "x")
    assert fx.assets == (("/static/app.js", "js/app.js", "application/javascript"),
                         ("/api/menu", "menu.json", "application/json; charset=utf-8"))
    for bad in ('"/a.js" = "missing.js"', '"a.js" = "js/app.js"', '"/a.js" = { type = "text/css" }'):
        (tmp_path / "x" / "site.toml").write_text(f'[pages]\n"/" = "home.html"\n[assets]\n{bad}\n[expected]\n{_expected()}')
        with pytest.raises(ValueError, match="asset"):
            load_fixture(tmp_path / "x")


def test_the_crawl_keeps_only_the_fixture_pages(tmp_path: Path) -> None:
    """Served and crawled, a static fixture gives the pages of [pages], found by link or sitemap, no 404s."""
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "home.html").write_text(
        "<nav><a href='/berkala'>Informasi Berkala</a><a href='/tidak-ada'>Profil PPID</a></nav><h1>PPID</h1>")
    (tmp_path / "x" / "berkala.html").write_text("<h1>Informasi Berkala</h1><a href='/'>Beranda</a>")
    (tmp_path / "x" / "lepas.html").write_text("<h1>SK PPID</h1><a href='/'>Beranda</a>")  # linked from nowhere
    (tmp_path / "x" / "site.toml").write_text(
        '[pages]\n"/" = "home.html"\n"/berkala" = "berkala.html"\n"/index.php?id=2&page=sk" = "lepas.html"\n'
        f'[expected]\n{_expected()}')
    fx = load_fixture(tmp_path / "x")
    sp = crawl_fixtures([fx])["x"]
    assert not isinstance(sp, realworld_crawl.Skipped)
    paths = [p.url.split("/", 3)[3] for p in sp.pages]
    assert paths[0] == "" and sorted(paths) == sorted(["", "berkala", "index.php?id=2&page=sk"])
    assert all(f.status == 200 and f.kind is FetchKind.PAGE for f in sp.fetches)
    static = {c: v for c, v in score_corpus([fx], crawl=False).verdicts["x"].items()}
    assert score_corpus([fx]).verdicts["x"] == static  # same verdicts as the files parsed as they are


def test_script_built_fixtures_are_skipped_loudly_without_a_browser(monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(realworld_crawl, "browser_problem", lambda: "Chromium tidak ditemukan (apt-get install chromium)")
    fixtures = [fx for fx in load_fixtures(SITES, batch=3) if fx.slug in ("donggala", "sumenep")]
    score = score_corpus(fixtures, load_checks(entry_points=False))
    assert set(score.skipped) == {"donggala"} and "Chromium" in score.skipped["donggala"]
    assert set(score.verdicts) == {"sumenep"}
    assert "1 SCRIPT-BUILT SITE(S) SKIPPED, NOT SCORED: donggala" in render(score, 2)
    assert score.as_dict()["skipped"] == score.skipped
    assert main(["--batch", "3", "--json"]) == 0
    captured = capsys.readouterr()
    assert "script-built fixture(s) skipped (no browser)" in captured.err


@pytest.mark.skipif(browser_problem() is not None, reason=f"BROWSER TESTS SKIPPED: {browser_problem()}")
def test_script_built_fixtures_are_rendered_as_the_audit_renders_them() -> None:
    """donggala's empty shell and sulsel's closed menus are rendered; the menus' items reach the checks."""
    fixtures = [fx for fx in load_fixtures(SITES, batch=3) if fx.slug in ("donggala", "sulsel")]
    got = crawl_fixtures(fixtures)
    donggala, sulsel = got["donggala"], got["sulsel"]
    assert not isinstance(donggala, realworld_crawl.Skipped) and not isinstance(sulsel, realworld_crawl.Skipped)
    assert donggala.pages[0].fetch.rendered == "empty_body"
    assert "Informasi Berkala" in donggala.pages[0].text and "ppid@donggala.go.id" in donggala.pages[0].text
    # (its closed menus, and its news box 'Memuat berita...' that a script fills: the loader is named first)
    assert sulsel.pages[0].fetch.rendered in ("loader", "script_menu")
    assert {"Serta Merta", "Maklumat"} <= {link.text.title() for link in sulsel.pages[0].links}


def test_every_fixture_of_a_large_corpus_has_its_own_loopback_address() -> None:
    """The 256th fixture once got '127.0.77.256', which no resolver accepts, and the whole crawl stopped; addresses
    now run on into the next block, unique and valid however many sites the corpus holds."""
    import ipaddress
    addrs = [realworld_crawl.fixture_address(i) for i in range(1000)]
    assert addrs[0] == "127.0.77.1" and len(set(addrs)) == 1000
    for a in addrs:
        ip = ipaddress.IPv4Address(a)
        assert ip.is_loopback and a.rsplit(".", 1)[1] not in ("0", "255")

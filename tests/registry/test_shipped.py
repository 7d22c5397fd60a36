"""The shipped sites.toml: the real registry of Kalimantan Timur."""

from __future__ import annotations

from pathlib import Path

from ppid_audit.models import CrawlSettings
from ppid_audit.registry import load_registry, validate_registry

SITES_TOML = Path(__file__).resolve().parents[2] / "sites.toml"

UTAMA = {
    "64": "provinsi",
    "64.01": "kabupaten", "64.02": "kabupaten", "64.03": "kabupaten", "64.07": "kabupaten",
    "64.08": "kabupaten", "64.09": "kabupaten", "64.11": "kabupaten",
    "64.71": "kota", "64.72": "kota", "64.74": "kota",
}
GUESSED = {"64.01", "64.03", "64.07", "64.08", "64.11"}


def test_shipped_registry_has_no_problems() -> None:
    assert validate_registry(SITES_TOML) == []


def test_eleven_utama_with_levels_matching_ids() -> None:
    reg = load_registry(SITES_TOML)
    assert reg.name == "Kalimantan Timur" and reg.province == "64"
    utama = {s.id: s.level for s in reg.sites if s.role == "utama"}
    assert utama == UTAMA


def test_pembantu_sit_below_an_existing_utama_with_its_level() -> None:
    reg = load_registry(SITES_TOML)
    by_id = {s.id: s for s in reg.sites}
    assert len(by_id) == len(reg.sites)  # ids unique
    pembantu = [s for s in reg.sites if s.role == "pembantu"]
    assert {s.id for s in pembantu} == {
        "64.bappeda", "64.dishub", "64.esdm", "64.bpkad", "64.02.opd-78", "64.71.setda", "64.72.bapenda",
    }
    for s in pembantu:
        parent = by_id[s.parent or ""]
        assert parent.role == "utama" and s.id.startswith(parent.id + ".") and s.level == parent.level


def test_best_guess_addresses_are_flagged_unverified() -> None:
    reg = load_registry(SITES_TOML)
    assert {s.id for s in reg.sites if not s.verified} == GUESSED
    # each guess carries a comment saying what is confirmed
    text = SITES_TOML.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("verified = false"):
            assert "# guess" in line


def test_shared_host_pembantu_has_a_path_scope_and_legacy_aliases() -> None:
    reg = load_registry(SITES_TOML)
    assert reg.get("64.02.opd-78").scope == ("ppid.kukarkab.go.id/opd/78",)
    assert reg.get("64.02").aliases == ("kutaikartanegarakab.go.id",)
    assert reg.get("64.72").aliases == ("samarinda.go.id",)
    assert reg.get("64.71").start_url.startswith("http://")  # only seen over http


def test_defaults_are_polite() -> None:
    reg = load_registry(SITES_TOML)
    d = reg.defaults
    assert d.per_host_concurrency <= 2 and d.delay >= 1.0 and d.max_pages == 200 and d.obey_robots
    assert d.user_agent == CrawlSettings().user_agent
    assert all(s.settings == d for s in reg.sites)
    assert reg.run.allow_loopback is False and reg.run.ca_bundle is None

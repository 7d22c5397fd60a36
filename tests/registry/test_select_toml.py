"""Registry.select / get, and registry_to_toml round trips."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from ppid_audit.errors import RegistryError
from ppid_audit.models import CrawlSettings, Site
from ppid_audit.registry import load_registry, registry_to_toml

from .test_shipped import SITES_TOML


@pytest.fixture(scope="module")
def kaltim():  # type: ignore[no-untyped-def]
    return load_registry(SITES_TOML)


def ids(reg) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.id for s in reg.sites]


def test_select_exact_and_prefix(kaltim) -> None:  # type: ignore[no-untyped-def]
    assert ids(kaltim.select(["64.72"])) == ["64.72", "64.72.bapenda"]
    assert ids(kaltim.select(["64.72.bapenda"])) == ["64.72.bapenda"]
    assert ids(kaltim.select(["64.09", "64.02"])) == ["64.02", "64.09", "64.02.opd-78"]  # file order
    assert ids(kaltim.select(["64"])) == ids(kaltim)
    assert ids(kaltim.select(["64.72", "64.72"])) == ["64.72", "64.72.bapenda"]
    assert kaltim.select([]) is kaltim and kaltim.select([" "]) is kaltim
    sub = kaltim.select(["64.74"])
    assert sub.name == kaltim.name and sub.defaults == kaltim.defaults and sub.run == kaltim.run


def test_select_unknown_ids_suggests_close_ones(kaltim) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RegistryError) as info:
        kaltim.select(["64.7", "64.72"])  # a prefix matches whole dotted parts only
    assert "'64.7'" in str(info.value) and "did you mean" in str(info.value)
    with pytest.raises(RegistryError) as info:
        kaltim.select(["64.73", "64.72.bapeda"])
    assert len(info.value.problems) == 2
    assert "'64.73'" in info.value.problems[0]
    assert "'64.72.bapeda'" in info.value.problems[1] and "64.72.bapenda" in info.value.problems[1]


def test_get(kaltim) -> None:  # type: ignore[no-untyped-def]
    assert kaltim.get("64.74").name == "Kota Bontang"
    with pytest.raises(RegistryError, match="did you mean 64.74"):
        kaltim.get("64.47")


def test_round_trip_of_the_shipped_registry(kaltim, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = registry_to_toml(kaltim.name, kaltim.sites, run={"sites_in_parallel": 2}, defaults={"delay": 1.0})
    path = tmp_path / "copy.toml"
    path.write_text(text, encoding="utf-8")
    again = load_registry(path)
    assert again.sites == kaltim.sites
    assert again.name == kaltim.name and again.run.sites_in_parallel == 2


TRICKY = 'Kab. "Uji" \\ C:\\dir\n\ttab \x7f \x01 é ñ 😀 # not a comment [[site]]'


def test_round_trip_escapes_strings_and_keeps_settings(tmp_path: Path) -> None:
    (tmp_path / "farm-ca.pem").write_text("x")
    base = dict(level="kota", role="utama", parent=None, verified=False)
    sites = [
        Site(id="99.71", name=TRICKY, start_url="http://127.0.0.2:8080/", province="99",
             settings=CrawlSettings(max_pages=40, delay=0.0, obey_robots=False, user_agent='ua "x" \\'),
             scope=("127.0.0.2:8080", "127.0.0.2:8080/ppid"), aliases=("localhost:8080",), **base),
        Site(id="99.71.dinas-x", name="Dinas\nX", start_url="http://127.0.0.3:8080/ppid", province="99",
             **{**base, "role": "pembantu", "parent": "99.71"}),
    ]
    run = {"allow_loopback": True, "ca_bundle": Path("farm-ca.pem"), "audit_date": dt.date(2026, 11, 25),
           "max_connections": 64}
    defaults = {"delay": 0.0, "max_pages": 40, "retries": 0}
    text = registry_to_toml(TRICKY, sites, run=run, defaults=defaults)
    assert tomllib.loads(text)["registry"]["name"] == TRICKY
    path = tmp_path / "farm.toml"
    path.write_text(text, encoding="utf-8")
    reg = load_registry(path)
    assert reg.name == TRICKY
    assert reg.sites == tuple(sites)  # settings equal to the model's defaults survive other [defaults]
    assert reg.run.ca_bundle == (tmp_path / "farm-ca.pem").resolve() and reg.run.allow_loopback
    assert reg.run.audit_date == dt.date(2026, 11, 25) and reg.run.max_connections == 64
    assert reg.defaults == CrawlSettings(**defaults)
    first = text[text.index("[[site]]"):text.rindex("[[site]]")]
    crawl = first[first.index("[site.crawl]"):].split()
    assert crawl == ["[site.crawl]", "retries", "=", "2", "obey_robots", "=", "false", "user_agent", "=", '"ua', '\\"x\\"', '\\\\"']


def test_registry_to_toml_refuses_unknown_value_types() -> None:
    with pytest.raises(TypeError):
        registry_to_toml("x", [], run={"max_connections": object()})


def test_written_problems_come_back_with_lines(tmp_path: Path) -> None:
    site = Site(id="99.71", name="X", level="kabupaten", role="utama", parent=None, start_url="https://x.go.id/")
    text = registry_to_toml("x", [site])
    path = tmp_path / "w.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    (msg,) = info.value.problems
    line = 1 + text.splitlines().index('level = "kabupaten"')
    assert msg.startswith(f"{path}:{line}: site[1].level: ") and "71-99" in msg

"""One test per kind of registry problem: file, line and key path in each message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from ppid_audit.errors import RegistryError
from ppid_audit.registry import RunSettings, load_registry, normalise_scope, validate_registry

from .conftest import HEAD, KOTA, PEMBANTU, PROVINCE, VALID, find, line_of

Expect = Callable[..., str]
Problems = Callable[[str], list[str]]


def test_valid_base_has_no_problems(problems_of: Problems) -> None:
    assert problems_of(VALID) == []


def test_toml_syntax_error_has_line_and_column(problems_of: Problems) -> None:
    text = VALID.replace('name = "Kota Samarinda"', 'name = "Kota" Samarinda')
    probs = problems_of(text)
    assert len(probs) == 1
    assert probs[0].split(": ")[0].endswith(f"reg.toml:{line_of(text, 'Kota')}")
    assert ": name: TOML syntax error" in probs[0] and "column 15" in probs[0]


def test_duplicate_toml_key_is_a_syntax_error(problems_of: Problems) -> None:
    text = VALID.replace('level = "kota"\n', 'level = "kota"\nlevel = "kota"\n', 1)
    (msg,) = problems_of(text)
    line = line_of(text, 'level = "kota"', 2)
    assert f"reg.toml:{line}:" in msg


def test_missing_required_key_points_at_the_site_block(expect: Expect) -> None:
    text = HEAD + PROVINCE + KOTA.replace('name = "Kota Samarinda"\n', "")
    expect(text, "site[2].name", "[[site]]", "missing required key", nth=2)


def test_unknown_keys_suggest_the_right_one(expect: Expect) -> None:
    expect(VALID.replace("start_url", "start_ur", 1), "site[1].start_ur", "start_ur", "did you mean 'start_url'")
    expect(VALID + "[site.crawl]\nmax_page = 5\n", "site[3].crawl.max_page", "max_page =", "'max_pages'")
    expect(VALID.replace('province = "64"', 'provnce = "64"', 1), "registry.provnce", "provnce", "'province'")
    expect("[defualts]\ndelay = 2\n" + VALID, "defualts", "[defualts]", "did you mean 'defaults'")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('max_pages = "200"', "must be an integer, not a string"),
        ("max_pages = 200.0", "must be an integer, not a float"),
        ("max_pages = true", "must be an integer, not a boolean"),
        ('delay = "1"', "must be a float, not a string"),
        ('obey_robots = "yes"', "must be a boolean, not a string"),
        ("user_agent = 5", "must be a string, not an integer"),
    ],
)
def test_wrong_types_in_defaults(expect: Expect, line: str, kind: str) -> None:
    key = line.split(" =")[0]
    expect(HEAD + f"[defaults]\n{line}\n" + PROVINCE, f"defaults.{key}", line, kind)


def test_float_fields_accept_ints(write: Callable[..., Path]) -> None:
    reg = load_registry(write(HEAD + "[defaults]\ndelay = 2\n" + PROVINCE))
    assert reg.defaults.delay == 2.0 and isinstance(reg.defaults.delay, float)


def test_site_keys_have_types(expect: Expect) -> None:
    expect(VALID.replace('name = "Kota Samarinda"', "name = 7"), "site[2].name", "name = 7", "must be a string")
    expect(VALID.replace('role = "utama"\n', 'role = "utama"\nverified = "no"\n', 1), "site[1].verified", "verified", "boolean")
    expect(VALID.replace('parent = "64"\n', 'parent = "64"\nscope = "x.go.id"\n'), "site[2].scope", "scope", "array of strings")


@pytest.mark.parametrize(
    ("line", "bound"),
    [
        ("max_pages = 0", "at least 1"),
        ("delay = -0.5", "at least 0"),
        ("per_host_concurrency = 0", "between 1 and 16"),
        ("per_host_concurrency = 17", "between 1 and 16"),
        ("max_body_bytes = 1000", "at least 1024"),
        ("retries = -1", "between 0 and 10"),
        ("read_timeout = 0", "at least 0.1"),
    ],
)
def test_values_out_of_range_in_site_crawl(expect: Expect, line: str, bound: str) -> None:
    key = line.split(" =")[0]
    expect(VALID + f"[site.crawl]\n{line}\n", f"site[3].crawl.{key}", line, "out of range", bound)


def test_site_crawl_overrides_defaults(write: Callable[..., Path]) -> None:
    text = HEAD + "[defaults]\nmax_pages = 50\ndelay = 3\n" + PROVINCE + "[site.crawl]\nmax_pages = 7\n" + KOTA
    reg = load_registry(write(text))
    assert (reg.get("64").settings.max_pages, reg.get("64").settings.delay) == (7, 3.0)
    assert (reg.get("64.72").settings.max_pages, reg.defaults.max_pages) == (50, 50)


def test_duplicate_id_names_the_first(expect: Expect) -> None:
    text = VALID + KOTA.replace("ppid.samarindakota", "ppid2.samarindakota")
    expect(text, "site[4].id", 'id = "64.72"', "duplicate id '64.72'", f"line {line_of(text, '[[site]]', 2)}", nth=2)


@pytest.mark.parametrize("bad", ["640", "64.7", "64-72", "64.072", "6472", "64.72.Bapenda", "64.72.bapenda.x"])
def test_bad_id_format(expect: Expect, bad: str) -> None:
    text = VALID.replace('id = "64.72.bapenda"', f'id = "{bad}"')
    expect(text, "site[3].id", f'id = "{bad}"', "bad id")


def test_pembantu_id_must_extend_its_parent_with_a_slug(expect: Expect) -> None:
    expect(VALID.replace('id = "64.72.bapenda"', 'id = "64.71.bapenda"'), "site[3].id", "64.71.bapenda",
           "must start with its parent's id '64.72'")
    # an all-digit slug would read as a region code
    expect(VALID.replace('id = "64.72.bapenda"', 'id = "64.72.01"'), "site[3].id", "64.72.01", "bad id")
    expect(VALID.replace('id = "64.72.bapenda"', 'id = "64.73"'), "site[3].id", "64.73", "slug")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://ppid.x.go.id/", "not an http(s) URL"),
        ("ppid.x.go.id/", "not an http(s) URL"),
        ("https:///ppid", "no host"),
        ("https://ppid x.go.id/", "whitespace"),
        ("https://ppid.x.go.id/ ", "whitespace"),
        ("https://ppid_x..go.id/", "bad host name"),
        ("https://ppid.x.go.id:99999/", "bad port"),
        ("https://user:pw@ppid.x.go.id/", "credentials"),
    ],
)
def test_bad_start_url(expect: Expect, url: str, words: str) -> None:
    text = VALID.replace("https://ppid.samarindakota.go.id/", url)
    expect(text, "site[2].start_url", url.strip() or "start_url", words)


def test_unknown_level_and_role_suggest(expect: Expect) -> None:
    expect(VALID.replace('level = "kota"', 'level = "kot"', 1), "site[2].level", '"kot"', "unknown level 'kot'", "'kota'")
    expect(VALID.replace('role = "pembantu"', 'role = "pelaksana"'), "site[3].role", "pelaksana", "unknown role", "utama, pembantu")


def test_pembantu_without_parent(expect: Expect) -> None:
    text = VALID.replace('parent = "64.72"\n', "")
    expect(text, "site[3].parent", "[[site]]", "missing required key", "pembantu needs a parent", nth=3)


def test_unknown_parent_suggests(expect: Expect) -> None:
    text = VALID.replace('parent = "64.72"', 'parent = "64.27"').replace("64.72.bapenda", "64.27.bapenda")
    expect(text, "site[3].parent", 'parent = "64.27"', "unknown parent '64.27'", "did you mean '64.72'")


def test_utama_parent_must_be_its_province(expect: Expect) -> None:
    expect(VALID.replace('parent = "64"', 'parent = "64.72"'), "site[2].parent", 'parent = "64.72"', "expected '64'")


@pytest.mark.parametrize(
    ("id_", "level", "words"),
    [
        ("64", "kabupaten", "a 2-digit id is a provinsi"),
        ("64.72", "provinsi", "a provinsi id has 2 digits"),
        ("64.72", "kabupaten", "kota codes are 71-99"),
        ("64.01", "kota", "kabupaten codes are 01-69"),
    ],
)
def test_level_inconsistent_with_id(expect: Expect, id_: str, level: str, words: str) -> None:
    block = f'[[site]]\nid = "{id_}"\nname = "X"\nlevel = "{level}"\nrole = "utama"\nstart_url = "https://x.go.id/"\n'
    expect(HEAD + block, "site[1].level", f'level = "{level}"', words)


def test_pembantu_level_follows_parent(expect: Expect) -> None:
    text = VALID.replace('level = "kota"\nrole = "pembantu"', 'level = "kabupaten"\nrole = "pembantu"')
    expect(text, "site[3].level", '"kabupaten"', "differs from its parent's level 'kota'")


def test_same_start_url_twice(expect: Expect) -> None:
    text = VALID + KOTA.replace('"64.72"', '"64.74"', 1).replace("Samarinda", "Bontang")
    expect(text, "site[4].start_url", "ppid.samarindakota", "same start_url as site[2]", nth=2)


@pytest.mark.parametrize(
    "twin", ["http://ppid.samarindakota.go.id", "https://WWW.ppid.samarindakota.go.id/index.php", "https://ppid.samarindakota.go.id/#x"]
)
def test_same_start_url_in_another_spelling(expect: Expect, twin: str) -> None:
    """The crawler would fetch one page for both: the registry says so (it compared lower-cased strings)."""
    kota = KOTA.replace('"64.72"', '"64.74"', 1).replace("Samarinda", "Bontang").replace("https://ppid.samarindakota.go.id/", twin)
    expect(VALID + kota, "site[4].start_url", twin, "same start_url as site[2]")


def test_empty_registry_and_site_not_an_array(problems_of: Problems) -> None:
    (msg,) = problems_of(HEAD)
    assert msg.split(": ")[0].endswith("reg.toml") and ": site: empty registry" in msg
    (msg,) = problems_of(HEAD + "[site]\nid = \"64\"\n")
    assert ": site: must be an array of tables" in msg and f"reg.toml:{line_of(HEAD + '[site]', '[site]')}:" in msg


def test_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nope.toml"
    assert validate_registry(missing) == [f"{missing}: (file): not found"]
    assert "is a directory" in validate_registry(tmp_path)[0]
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(HEAD.encode() + 'name2 = "Kab\xe9"\n'.encode("latin-1"))
    (msg,) = validate_registry(bad)
    assert msg.startswith(f"{bad}:4: ") and "not UTF-8" in msg
    locked = tmp_path / "locked.toml"
    locked.write_text(VALID)

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert validate_registry(locked) == [f"{locked}: (file): permission denied"]


def test_utf8_bom_is_accepted(write: Callable[..., Path]) -> None:
    path = write("")
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert len(load_registry(path).sites) == 3


def test_scope_is_normalised(write: Callable[..., Path]) -> None:
    assert normalise_scope("https://Bapenda.SamarindaKota.go.id/PPID/") == "bapenda.samarindakota.go.id/PPID"
    assert normalise_scope("bapenda.samarindakota.go.id/ppid") == "bapenda.samarindakota.go.id/ppid"
    assert normalise_scope("HTTP://x.go.id/") == "x.go.id"
    assert normalise_scope("x.go.id:8443") == "x.go.id:8443"
    text = VALID.replace('parent = "64.72"\n', 'parent = "64.72"\nscope = ["https://Bapenda.samarindakota.go.id/ppid/"]\n')
    assert load_registry(write(text)).get("64.72.bapenda").scope == ("bapenda.samarindakota.go.id/ppid",)
    assert load_registry(write(VALID)).get("64.72.bapenda").scope == ()  # derived by the crawler


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("ftp://x.go.id", "not http(s)"),
        ("bad host/x", "whitespace"),
        ("x.go.id/p?a=1", "without query"),
        ("", "empty scope entry"),
        ("bapenda.samarindakota.go.id/ppid", "duplicate entry"),
    ],
)
def test_bad_scope_entries(expect: Expect, entry: str, words: str) -> None:
    scope = f'scope = ["bapenda.samarindakota.go.id/ppid", "{entry}"]\n'
    text = VALID.replace('parent = "64.72"\n', 'parent = "64.72"\n' + scope)
    expect(text, "site[3].scope[2]", "scope =", words)


def test_start_url_outside_scope_and_alias_with_path(expect: Expect) -> None:
    text = VALID.replace('parent = "64.72"\n', 'parent = "64.72"\nscope = ["bapenda.samarindakota.go.id/dip"]\n')
    expect(text, "site[3].scope", "scope =", "outside the site's scope")
    text = VALID.replace('parent = "64"\n', 'parent = "64"\naliases = ["samarinda.go.id/ppid"]\n')
    expect(text, "site[2].aliases[1]", "aliases", "aliases are host names")


def test_run_settings(write: Callable[..., Path], expect: Expect, tmp_path: Path) -> None:
    (tmp_path / "ca").mkdir()
    (tmp_path / "ca" / "farm.pem").write_text("x")
    run = '[run]\nmax_connections = 8\nca_bundle = "ca/farm.pem"\naudit_date = "2026-11-25"\nallow_loopback = true\n'
    reg = load_registry(write(HEAD + run + PROVINCE.replace("https://ppid.kaltimprov.go.id/", "http://127.0.0.5:8080/")))
    assert reg.run.max_connections == 8 and reg.run.sites_in_parallel == RunSettings().sites_in_parallel
    assert reg.run.ca_bundle == (tmp_path / "ca" / "farm.pem").resolve()
    assert reg.run.audit_date == dt.date(2026, 11, 25) and reg.run.allow_loopback
    assert load_registry(write(HEAD + "[run]\naudit_date = 2026-11-25\n" + PROVINCE)).run.audit_date == dt.date(2026, 11, 25)
    expect(HEAD + '[run]\nca_bundle = "missing.pem"\n' + PROVINCE, "run.ca_bundle", "ca_bundle", "file not found")
    expect(HEAD + '[run]\naudit_date = "25-11-2026"\n' + PROVINCE, "run.audit_date", "audit_date", "YYYY-MM-DD")
    expect(HEAD + "[run]\nsites_in_parallel = 0\n" + PROVINCE, "run.sites_in_parallel", "sites_in", "out of range")


def test_check_workers_key(write: Callable[..., Path], expect: Expect) -> None:
    assert load_registry(write(HEAD + PROVINCE)).run.check_workers is None  # one per other core
    assert load_registry(write(HEAD + "[run]\ncheck_workers = 0\n" + PROVINCE)).run.check_workers == 0
    assert load_registry(write(HEAD + "[run]\ncheck_workers = 3\n" + PROVINCE)).run.check_workers == 3
    expect(HEAD + "[run]\ncheck_workers = -1\n" + PROVINCE, "run.check_workers", "check_workers",
           "out of range: -1 (must be between 0 and 64)")
    expect(HEAD + '[run]\ncheck_workers = "two"\n' + PROVINCE, "run.check_workers", "check_workers",
           "must be an integer, not a string")
    expect(HEAD + "[run]\ncheck_worker = 2\n" + PROVINCE, "run.check_worker", "check_worker", "check_workers")


def test_loopback_start_url_needs_allow_loopback(expect: Expect) -> None:
    text = VALID.replace("https://ppid.kaltimprov.go.id/", "http://127.0.0.1:8080/")
    expect(text, "site[1].start_url", "127.0.0.1", "allow_loopback")


def test_every_problem_reported_at_once_in_file_order(problems_of: Problems) -> None:
    text = (
        HEAD.replace('name = "Uji"', 'name = "Uji"\ncolour = "red"')
        + '[defaults]\nmax_pages = "200"\ndelay = -1\nmax_page = 3\n'  # unknown keys are found first
        + PROVINCE.replace('level = "provinsi"', 'level = "kota"')
        + KOTA.replace("https://", "ftp://").replace('role = "utama"', 'role = "utma"')
        + PEMBANTU.replace('parent = "64.72"', 'parent = "64.99"')
    )
    probs = problems_of(text)
    keys = ["registry.colour", "defaults.max_pages", "defaults.delay", "defaults.max_page", "site[1].level", "site[2].role",
            "site[2].start_url", "site[3].id", "site[3].parent"]
    for key in keys:
        assert find(probs, key), (key, probs)
    assert len(probs) == len(keys)
    lines = [int(p.split(": ")[0].rsplit(":", 1)[1]) for p in probs]
    assert lines == sorted(lines)
    with pytest.raises(RegistryError) as info:
        load_registry(Path(probs[0].split(":")[0]))
    assert info.value.problems == probs and "9 problems" in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "site = 5\n",
        "site = [1, 2]\n",
        "defaults = 3\n" + PROVINCE,
        "registry = []\n" + PROVINCE,
        PROVINCE + "crawl = 'x'\n",
        PROVINCE + "scope = [1]\n",
        PROVINCE.replace('id = "64"', "id = 64"),
        PROVINCE.replace('id = "64"', 'id = ""'),
        PROVINCE + "[site.crawl]\nmax_pages = inf\n",
        PROVINCE + "[site.crawl]\ndelay = nan\n",
        PROVINCE + "[site.crawl]\nsite_deadline = inf\n",
        '[registry]\nname = ["x"]\n' + PROVINCE,
        "[run]\nca_bundle = 5\naudit_date = 5\n" + PROVINCE,
        "\x00",
    ],
)
def test_garbage_gives_problems_never_a_traceback(problems_of: Problems, text: str) -> None:
    probs = problems_of(text)
    assert probs and all("reg.toml" in p for p in probs)

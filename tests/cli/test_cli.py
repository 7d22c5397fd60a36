"""The command line: help everywhere, clear errors, documented exit codes, data on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from ppid_audit.cli.main import cli, main

ROOT = Path(__file__).resolve().parents[2]


def all_commands() -> list[list[str]]:
    main(["--help"])  # registers the commands
    out: list[list[str]] = []

    def walk(group: click.Group, prefix: list[str]) -> None:
        for name, cmd in group.commands.items():
            out.append([*prefix, name])
            if isinstance(cmd, click.Group):
                walk(cmd, [*prefix, name])

    walk(cli, [])
    return out


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    cmds = all_commands()
    assert {"run", "sites", "checks", "results", "runs", "farm", "demo"} <= {c[0] for c in cmds}
    for cmd in cmds:
        assert main([*cmd, "--help"]) == 0, cmd
        text = capsys.readouterr().out
        assert "Usage:" in text and len(text) > 80, cmd


def test_bundled_registry_validates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites", "validate", str(ROOT / "sites.toml")]) == 0
    assert "OK" in capsys.readouterr().err


def test_broken_registry_exit_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "sites.toml"
    bad.write_text('[[site]]\nid = "64"\nname = "x"\nlevel = "planet"\nrole = "utama"\nstart_url = "https://a.go.id"\n')
    assert main(["run", "-c", str(bad), "--db", str(tmp_path / "a.db")]) == 2
    err = capsys.readouterr().err
    assert "sites.toml:4" in err and "level" in err and "Traceback" not in err
    bad.write_text("[[site]\nid=")
    assert main(["sites", "validate", str(bad)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_missing_registry_and_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "-c", str(tmp_path / "nope.toml"), "--db", str(tmp_path / "a.db")]) == 2
    assert main(["results", "--db", str(tmp_path / "none.db")]) == 4
    err = capsys.readouterr().err
    assert "database not found" in err and "Traceback" not in err


def test_unknown_check_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "-c", str(ROOT / "sites.toml"), "--db", str(tmp_path / "a.db"), "--check", "no.such"]) == 2
    assert "no check matches" in capsys.readouterr().err


def test_checks_list_json_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checks", "list", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = {c["id"] for c in data}
    assert {"reach.https", "reach.internal_links", "reach.documents"} <= ids
    assert all(c["indicator"] and c["title"] and c["title_en"] for c in data)


def test_local_checks_dir_adds_to_the_bundled_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "_helpers.py").write_text("MESSAGE = 'ok'\n")
    (tmp_path / "mine.py").write_text(
        "from ppid_audit import check, Result, Status\n"
        "from . import _helpers\n"
        "@check(id='lokal.contoh', title='Contoh', title_en='Example', indicator='pengembangan_website')\n"
        "def contoh(site, pages):\n    return Result(status=Status.PASS, message=_helpers.MESSAGE)\n"
    )
    assert main(["checks", "list", "--checks-dir", str(tmp_path), "--format", "json"]) == 0
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)]
    assert "lokal.contoh" in ids and "kategori.berkala" in ids and len(ids) > 20
    assert main(["checks", "list", "--checks-dir", str(tmp_path), "--only-checks-dir", "--format", "json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == ["lokal.contoh"]
    (tmp_path / "broken.py").write_text("import nonexistent_module\n")
    assert main(["checks", "list", "--checks-dir", str(tmp_path)]) == 2
    assert "broken.py" in capsys.readouterr().err


def test_a_run_with_no_checks_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["run", "-c", str(ROOT / "sites.toml"), "--db", str(tmp_path / "a.db"),
                 "--checks-dir", str(empty), "--only-checks-dir"])
    assert code == 2
    assert "no checks found" in capsys.readouterr().err
    assert not (tmp_path / "a.db").exists()


def test_bundled_check_modules_match_their_entry_points() -> None:
    import tomllib

    from ppid_audit.checks import BUILTIN_MODULES

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = project["project"]["entry-points"]["ppid_audit.checks"].values()
    assert sorted(declared) == sorted(BUILTIN_MODULES)
    on_disk = {f"ppid_audit.checks.{p.stem}" for p in (ROOT / "checks").glob("[!_]*.py")}
    assert on_disk == set(BUILTIN_MODULES)

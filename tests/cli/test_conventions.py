"""Unix conventions: data on stdout, logs on stderr, one-line errors with documented exit codes,
read-only commands that never write, and a CLI that does not import the benchmarks."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ppid_audit.cli import common
from ppid_audit.cli.main import main

BOX = set("─│┌┐└┘├┤┬┴┼━┃╭╮╰╯")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("conv") / "demo"
    assert main(["--quiet", "demo", "--sites", "3", "--pages", "5", "--seed", "11", "--out", str(out)]) == 0
    return out / "audit.db"


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error:") and "Traceback" not in err
    return lines[0]


def test_checks_list_in_a_pipe_is_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checks", "list", "--format", "json"]) == 0
    n = len(json.loads(capsys.readouterr().out))
    assert n >= 20
    assert main(["checks", "list"]) == 0  # stdout is not a terminal here: plain lines
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == n and not BOX & set(captured.out)
    assert all(len(line.split("\t")) == 6 for line in lines)
    assert captured.err == ""
    assert main(["checks", "list", "--format", "table"]) == 0
    assert BOX & set(capsys.readouterr().out)


def test_checks_list_through_a_real_pipe_counts_the_checks(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    cmd = [sys.executable, "-m", "ppid_audit", "checks", "list"]
    listed = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=tmp_path, env=env, timeout=60)
    as_json = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, check=True, cwd=tmp_path, env=env, timeout=60)
    assert len(listed.stdout.splitlines()) == len(json.loads(as_json.stdout)) >= 20


def test_sites_list_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[2]
    assert main(["sites", "list", "-c", str(root / "sites.toml"), "--format", "json"]) == 0
    n = len(json.loads(capsys.readouterr().out))
    assert main(["sites", "list", "-c", str(root / "sites.toml")]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == n and captured.err == ""


def test_report_on_stdout_and_csv_alone(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "ranking", "--db", str(demo_db)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 1 + 3 and "\t" in lines[0]  # header and one line per site
    assert main(["report", "ranking", "--db", str(demo_db), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # no table on stderr beside the CSV (a cron log stays small)
    assert captured.out.count("\n") > 3 and not BOX & set(captured.out)


def test_quiet_leaves_stderr_empty(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "ranking", "--db", str(demo_db), "--out", str(tmp_path / "r.html")]) == 0
    assert "r.html" in capsys.readouterr().err
    assert main(["-q", "report", "ranking", "--db", str(demo_db), "--out", str(tmp_path / "r.html")]) == 0
    assert capsys.readouterr().err == ""
    assert main(["-q", "report", "ranking", "--db", str(demo_db), "--run", "99"]) == 2  # errors still show
    assert "no run with id 99" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["report", "ranking", "--out", "/nonexistent/x.html"], 2, "folder /nonexistent does not exist"),
        (["report", "trend", "--out", "{tmp}/r.pdf"], 2, "unknown extension .pdf"),
        (["report", "komisi", "--out", "{tmp}/k.pdf"], 2, "unknown extension .pdf"),
        (["report", "changes", "--run", "99"], 2, "no run with id 99: the database holds run 1"),
        (["results", "--run", "99"], 2, "no run with id 99"),
        (["fixes", "99.01", "--run", "99"], 2, "no run with id 99"),
        (["fixes", "99.01", "--out", "/nonexistent/f.md"], 2, "does not exist"),
    ],
)
def test_one_line_errors(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, says: str
) -> None:
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", str(demo_db)]
    assert main(argv) == code
    captured = capsys.readouterr()
    assert says in _one_line_error(captured.err)
    assert captured.out == ""
    assert list(tmp_path.iterdir()) == []  # nothing half-written


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "command",
    [["report", "ranking"], ["report", "changes", "--format", "csv"], ["results"], ["runs"], ["fixes", "64.72"]],
)
def test_read_only_commands_leave_a_foreign_sqlite_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('Budi')")
    conn.commit()
    conn.close()
    before = _sha(other)
    assert main([*command, "--db", str(other)]) == 4
    line = _one_line_error(capsys.readouterr().err)
    assert "not a ppid-audit database" in line and str(other) in line
    assert _sha(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no journal or WAL left beside it
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["contacts"]


def test_read_only_commands_do_not_create_or_touch_databases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["report", "ranking"], ["results"], ["runs"]):
        missing = tmp_path / "missing.db"
        assert main([*command, "--db", str(missing)]) == 4
        assert "database not found" in capsys.readouterr().err
        assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.touch()
    assert main(["runs", "--db", str(empty)]) == 4
    assert "not a ppid-audit database" in capsys.readouterr().err
    assert empty.stat().st_size == 0


def test_read_only_commands_do_not_change_a_ppid_audit_database(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _sha(demo_db)
    for command in (["report", "ranking"], ["results"], ["runs"], ["report", "trend", "--format", "json"]):
        assert main([*command, "--db", str(demo_db)]) == 0, command
    capsys.readouterr()
    assert _sha(demo_db) == before


def test_prog_is_the_name_on_path_or_the_path_it_was_started_by(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "ppid-audit"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(exe)])
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    assert common.prog() == str(exe)  # not on PATH: the path that works
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin")
    assert common.prog() == "ppid-audit"
    monkeypatch.setattr(sys, "argv", [str(Path(common.__file__).parents[1] / "__main__.py")])
    assert common.prog().endswith(" -m ppid_audit")
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "with space" / "ppid-audit")])
    assert common.suggest("runs", "--db", "a b.db") == f"'{tmp_path}/with space/ppid-audit' runs --db 'a b.db'"


def test_the_cli_does_not_import_the_benchmarks() -> None:
    code = (
        "import sys, ppid_audit.cli.main as m\n"
        "m.main(['--help'])\n"
        "bench = [n for n in sys.modules if n.startswith('ppid_audit.bench')]\n"
        "assert not bench, bench\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_a_read_only_command_upgrades_an_older_ppid_audit_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ppid_audit.store.db import open_engine
    from ppid_audit.store.migrations import SCHEMA_VERSION, applied_versions

    db = tmp_path / "old.db"
    open_engine(db).dispose()
    with sqlite3.connect(db) as conn:  # as an older ppid-audit left it: the last migration not applied
        conn.execute("DELETE FROM schema_migrations WHERE version = ?", (SCHEMA_VERSION,))
    assert main(["runs", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("id,")
    assert SCHEMA_VERSION in applied_versions(open_engine(db, read_only=True))

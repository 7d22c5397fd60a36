"""The whole pipeline against real loopback servers: registry -> crawl -> checks -> store.

Includes a run killed with SIGKILL half way (committed rows survive, the run
stays incomplete) and one stopped with SIGTERM (exit code 3).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import trio

from crawl.servers import Req, Resp, html, serving  # tests/crawl/servers.py
from ppid_audit.audit import run_audit
from ppid_audit.checking import load_checks
from ppid_audit.registry import load_registry
from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results


def write_registry(path: Path, sites: list[tuple[str, str]], **defaults: object) -> Path:
    lines = ['[registry]\nname = "Uji"\n[run]\nallow_loopback = true\nsites_in_parallel = 2\n[defaults]\n']
    defaults = {"delay": 0.0, "retries": 0, "request_deadline": 5.0, **defaults}
    for k, v in defaults.items():
        lines.append(f"{k} = {v!r}\n".replace("'", '"'))
    for sid, url in sites:
        level = "provinsi" if "." not in sid else "kota"
        lines.append(f'[[site]]\nid = "{sid}"\nname = "Situs {sid}"\nlevel = "{level}"\nrole = "utama"\nstart_url = "{url}"\n')
    path.write_text("".join(lines))
    return path


def ppid_site(req: Req) -> Resp:
    if req.path == "/":
        links = "".join(f'<li><a href="/p{i}">Halaman {i}</a></li>' for i in range(30))
        return html(f'<nav><ul class="menu"><li><a href="/berkala">Informasi Berkala</a></li>{links}</ul></nav><p>PPID</p>')
    if req.path.startswith("/p"):
        return html(f"<h1>{req.path}</h1><p>isi</p><a href='/'>Beranda</a>", headers=[])
    if req.path == "/berkala":
        return html('<h1>Informasi Berkala</h1><a href="/doc.pdf">LKjIP 2025</a>')
    if req.path == "/doc.pdf":
        return Resp(status=404, body=b"not found")
    return Resp(status=404, body=b"")


async def test_run_stores_verdicts_and_reports_unreachable_sites(tmp_path: Path) -> None:
    async with serving(ppid_site) as server:
        # a port nobody listens on: refused -> tidak dapat diaudit
        with trio.socket.socket() as s:
            await s.bind(("127.0.0.1", 0))
            dead_port = s.getsockname()[1]
        reg = load_registry(write_registry(tmp_path / "sites.toml", [
            ("97", f"http://127.0.0.1:{server.port}/"),
            ("98", f"http://127.0.0.1:{dead_port}/"),
        ]))
        engine = open_engine(tmp_path / "audit.db")
        summary = await run_audit(reg, engine, load_checks())
    assert summary.status == "complete"
    data = run_results(engine, summary.run_id)
    by_id = {s["id"]: s for s in data["sites"]}
    assert by_id["97"]["status"] == "audited" and by_id["97"]["pages"] >= 30
    assert by_id["98"]["status"] == "tidak_dapat_diaudit" and by_id["98"]["reason"]
    # the unreachable site is not scored as failing every check
    assert all(c["status"] in ("not_applicable", "fail") for c in by_id["98"]["checks"])
    assert any(c["id"] == "reach.https" for c in by_id["98"]["checks"])
    assert sum(1 for c in by_id["98"]["checks"] if c["status"] == "fail") <= 1
    docs = [c for c in by_id["97"]["checks"] if c["id"] == "reach.documents"]
    assert docs and docs[0]["status"] == "fail"
    assert any("/doc.pdf" in e["url"] for e in docs[0]["evidence"])


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


async def _run_and_signal(tmp_path: Path, sig: int) -> tuple[int, Path]:
    async def slow(req: Req) -> Resp:
        if req.path == "/":
            return html("".join(f'<a href="/p{i}">p{i}</a>' for i in range(400)))
        await trio.sleep(0.05)
        return html(f"<p>{req.path}</p>")

    async with serving(slow) as server:
        reg = write_registry(tmp_path / "sites.toml", [("97", f"http://127.0.0.1:{server.port}/")], max_pages=400)
        db = tmp_path / "audit.db"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = await trio.lowlevel.open_process(
            [sys.executable, "-m", "ppid_audit", "run", "-c", str(reg), "--db", str(db), "--check", "reach"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
        )
        deadline = time.monotonic() + 30
        while _count(db, "select count(*) from fetches") < 20:
            assert time.monotonic() < deadline, "no rows committed in 30 s"
            assert proc.poll() is None, "run ended before it could be killed"
            await trio.sleep(0.1)
        proc.send_signal(sig)
        with trio.fail_after(30):
            code = await proc.wait()
    return code, db


async def test_killed_run_keeps_committed_rows(tmp_path: Path) -> None:
    code, db = await _run_and_signal(tmp_path, signal.SIGKILL)
    assert code == -signal.SIGKILL
    assert _count(db, "select count(*) from fetches") >= 20
    assert _count(db, "select count(*) from runs where status = 'incomplete'") == 1
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()


async def test_sigterm_stops_cleanly_with_exit_3(tmp_path: Path) -> None:
    code, db = await _run_and_signal(tmp_path, signal.SIGTERM)
    assert code == 3
    con = sqlite3.connect(db)
    status, note, finished = con.execute("select status, note, finished_at from runs").fetchone()
    con.close()
    assert status == "incomplete" and "SIGTERM" in note and finished is not None
    assert _count(db, "select count(*) from fetches") >= 20


async def test_ctrl_c_stops_cleanly_with_exit_3_like_sigterm(tmp_path: Path) -> None:
    code, db = await _run_and_signal(tmp_path, signal.SIGINT)
    assert code == 3
    con = sqlite3.connect(db)
    status, note = con.execute("select status, note from runs").fetchone()
    con.close()
    assert status == "incomplete" and "SIGINT" in note

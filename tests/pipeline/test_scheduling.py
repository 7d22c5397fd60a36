"""Politeness-bound scheduling: with the default [run] settings, slow polite sites are crawled side by side,
so many of them finish in about one site's time; and who decides how many check workers run."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import trio

from ppid_audit import audit as audit_module
from ppid_audit.audit import run_audit
from ppid_audit.checking import load_checks
from ppid_audit.checkpool import WORKERS_ENV, default_check_workers
from ppid_audit.cli.main import main
from ppid_audit.farm.http import FarmRequest, FarmResponse
from ppid_audit.farm.latency import Latency
from ppid_audit.farm.server import FarmServer
from ppid_audit.registry import RunSettings, load_registry
from ppid_audit.store.db import open_engine

SITES = 40
DELAY = 0.3


async def small_site(request: FarmRequest) -> FarmResponse:
    if request.target == "/":
        links = "".join(f'<li><a href="/p{i}">Halaman {i}</a></li>' for i in range(3))
        body = f"<html><body><nav><ul>{links}</ul></nav><p>PPID</p></body></html>"
    elif request.target.startswith("/p"):
        body = f"<html><body><h1>{request.target}</h1><a href='/'>Beranda</a></body></html>"
    else:
        return FarmResponse(status=404, body=b"")
    return FarmResponse(headers=[("Content-Type", "text/html; charset=utf-8")], body=body.encode())


def registry(path: Path, urls: list[str], run: str = "") -> Path:
    lines = [f'[registry]\nname = "Uji"\n[run]\nallow_loopback = true\n{run}[defaults]\n'
             f"delay = {DELAY}\nretries = 0\nrequest_deadline = 5.0\nuse_sitemap = false\n"]
    for i, url in enumerate(urls):
        lines.append(f'[[site]]\nid = "{10 + i}"\nname = "Situs {i}"\nlevel = "provinsi"\nrole = "utama"\n'
                     f'start_url = "{url}"\n')
    path.write_text("".join(lines))
    return path


class InFlight:
    def __init__(self) -> None:
        self.now = self.peak = 0

    def run_started(self, run_id: int, sites: Any) -> None: ...
    def fetched(self, site: Any, fetch: Any) -> None: ...

    def site_started(self, site: Any) -> None:
        self.now += 1
        self.peak = max(self.peak, self.now)

    def site_finished(self, summary: Any) -> None:
        self.now -= 1


async def test_many_slow_sites_finish_in_about_one_sites_time(tmp_path: Path) -> None:
    server = FarmServer(latency=Latency(0.05, 0.15, seed=1))
    hosts = [f"127.0.79.{i + 1}" for i in range(SITES)]
    for host in hosts:
        server.add_site(host, small_site)
    async with trio.open_nursery() as nursery:
        await server.start(nursery)
        reg = load_registry(registry(tmp_path / "sites.toml", [server.url(h) for h in hosts]))
        assert reg.run == RunSettings(allow_loopback=True)  # the defaults under test
        progress = InFlight()
        start = time.monotonic()
        summary = await run_audit(reg, open_engine(tmp_path / "a.db"), load_checks(), progress=progress,
                                  check_workers=0)
        wall = time.monotonic() - start
        server.stop()
    assert summary.status == "complete" and all(s.pages == 4 for s in summary.sites)
    assert progress.peak == SITES  # every site in flight at once, each at its own polite pace
    one_site = max(s.seconds for s in summary.sites)
    # one site: robots.txt, the home page, three pages and the https probe, ~1.5 s at a 0.3 s delay;
    # in the default's former four (or 150) at a time forty of them took ten site-times (SITES / 4)
    assert wall < 4 * one_site + 3, (wall, one_site)
    for host in hosts:  # and no host saw more than its limits (spacing: tests/crawl/test_politeness.py; an
        st = server.stats(host)  # in-process server on a busy loop reads some arrivals late, bunching them)
        assert st.max_concurrent <= 2 and (st.mean_gap() or 0) >= DELAY * 0.5, (host, st.starts)


def test_check_workers_flag_then_env_then_registry_then_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert default_check_workers(10, 3) == 3 and default_check_workers(1, 2) == 2
    assert default_check_workers(1) == 0  # a single site: inline
    monkeypatch.setenv(WORKERS_ENV, "0")
    assert default_check_workers(10, 3) == 0


def test_run_check_workers_flag_reaches_the_audit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int | None] = []
    real = audit_module.run_audit

    async def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("check_workers"))
        return await real(*args, **kwargs)

    monkeypatch.setattr(audit_module, "run_audit", spy)
    import socket

    with socket.socket() as s:  # a port nobody listens on: the site is not auditable, the run is quick
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/"
    reg = registry(tmp_path / "sites.toml", [dead], run="check_workers = 1\n")
    assert main(["-q", "run", "-c", str(reg), "--db", str(tmp_path / "a.db"), "--check-workers", "0"]) == 0
    assert main(["-q", "run", "-c", str(reg), "--db", str(tmp_path / "a.db")]) == 0
    assert seen == [0, None]  # None: the registry's [run] check_workers (then the env, then the cores) decides
    assert main(["run", "-c", str(reg), "--db", str(tmp_path / "a.db"), "--check-workers", "-1"]) == 2

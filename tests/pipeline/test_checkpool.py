"""Checks in worker processes (``checkpool.CheckPool``): the same verdicts as inline, crashes and hangs
become ``error`` verdicts, and checks the workers cannot re-load run inline."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import trio
from crawl.servers import serving  # tests/crawl/servers.py

from ppid_audit.audit import run_audit
from ppid_audit.checking import Check, check, load_checks, run_checks
from ppid_audit.checkpool import CheckPool, watch_parent
from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.farm import open_farm
from ppid_audit.models import Result, Site, SitePages, Status, pack_page
from ppid_audit.registry import load_registry
from ppid_audit.store.db import open_engine
from ppid_audit.store.queries import run_results

from .test_pipeline import ppid_site, write_registry

BASE = dt.date(2026, 11, 2)


def _verdicts(outcomes: list) -> list[tuple[str, tuple[Result, ...]]]:
    return [(o.check.id, o.results) for o in outcomes]


async def test_pool_gives_the_same_verdicts_as_inline_on_the_same_pages(tmp_path: Path) -> None:
    checks = load_checks()
    async with open_farm(8, 5, pages=15, base_date=BASE, out_dir=tmp_path) as farm:
        reg = load_registry(farm.registry_path)
        crawled: list[SitePages] = []

        async def crawl(site: Site) -> None:
            fast = dataclasses.replace(site.settings, request_deadline=1.0, read_timeout=1.0, delay=0.0)
            crawled.append(await crawl_site(dataclasses.replace(site, settings=fast), fetcher, audit_date=farm.date))

        async with Fetcher(ca_bundle=reg.run.ca_bundle, allow_loopback=True) as fetcher:
            async with trio.open_nursery() as nursery:
                for site in reg.sites:
                    nursery.start_soon(crawl, site)
    assert sum(len(p.pages) for p in crawled) > 40 and any(not p.auditable for p in crawled)
    async with CheckPool(checks, 2) as pool:
        pooled = [await pool.run(p.site, p) for p in crawled]
        assert pool.restarts == 0
    for pages, got in zip(crawled, pooled, strict=True):
        assert [o.check for o in got] == checks  # the parent's own Check objects
        assert _verdicts(got) == _verdicts(run_checks(checks, pages.site, pages))
    # a run's crawl hands the checks packed pages (crawl_site(pack=True)): unpacked before any check, same verdicts
    packed = [_packed(p) for p in crawled[:4]]
    assert all(p.pages == () and p.page_count for p in packed if p.auditable)
    async with CheckPool(checks, 1) as pool:
        pooled_packed = [await pool.run(p.site, p) for p in packed]
    for pages, plain, got in zip(packed, pooled[:4], pooled_packed, strict=True):
        assert _verdicts(got) == _verdicts(plain) == _verdicts(run_checks(checks, pages.site, pages))


def _packed(pages: SitePages) -> SitePages:
    """``pages`` as a packed crawl holds them: every page pickled, its fetch a reference into ``fetches``."""
    index = {id(f): i for i, f in enumerate(pages.fetches)}
    return dataclasses.replace(pages, pages=(), packed_pages=tuple(pack_page(p, index.get(id(p.fetch)))
                                                                     for p in pages.pages))


CRASHING = '''
import os, time
from ppid_audit import check, Result, Status

@check(id="uji.mati", title="Mati", title_en="Dies", indicator="pengembangan_website")
def dies(site, pages):
    if site.id == "98":
        os._exit(3)  # the worker process dies
    return Result(status=Status.PASS, message="ok", message_en="ok")

@check(id="uji.lambat", title="Lambat", title_en="Slow", indicator="pengembangan_website")
def slow(site, pages):
    if site.id == "99":
        time.sleep(30)
    return Result(status=Status.PASS, message="ok", message_en="ok")
'''


async def test_worker_crash_and_hang_become_error_verdicts_and_the_run_completes(tmp_path: Path) -> None:
    folder = tmp_path / "cek"
    folder.mkdir()
    (folder / "uji.py").write_text(CRASHING)
    checks = load_checks(folder, only_checks_dir=True)
    async with serving(ppid_site) as server:
        base = f"http://127.0.0.1:{server.port}/"
        sites = [("97", base), ("98", base + "p1"), ("99", base + "p2")]
        reg = load_registry(write_registry(tmp_path / "sites.toml", sites, max_pages=5))
        async with Fetcher(allow_loopback=True) as fetcher:
            crawled = {s.id: await crawl_site(s, fetcher) for s in reg.sites}
    async with CheckPool(checks, 1, timeout=3.0) as pool:
        with trio.fail_after(40):
            got = {sid: await pool.run(p.site, p) for sid, p in crawled.items()}
        assert pool.restarts == 3  # the crash (tried twice), then the hang
    status = {sid: {o.check.id: o.results[0].status for o in out} for sid, out in got.items()}
    assert status["97"] == {"uji.lambat": Status.PASS, "uji.mati": Status.PASS}
    assert status["98"] == {"uji.lambat": Status.ERROR, "uji.mati": Status.ERROR}
    assert "died" in got["98"][0].results[0].message_en
    assert status["99"] == {"uji.lambat": Status.ERROR, "uji.mati": Status.ERROR}
    assert "took over 3 s" in got["99"][0].results[0].message_en


async def test_run_audit_through_the_pool_stores_every_verdict(tmp_path: Path) -> None:
    async with serving(ppid_site) as server:
        sites = [("97", f"http://127.0.0.1:{server.port}/"), ("98", f"http://127.0.0.1:{server.port}/p1")]
        reg = load_registry(write_registry(tmp_path / "sites.toml", sites, max_pages=10))
        engine = open_engine(tmp_path / "audit.db")
        checks = load_checks()
        summary = await run_audit(reg, engine, checks, check_workers=1)
    assert summary.status == "complete"
    data = run_results(engine, summary.run_id)
    for site in data["sites"]:
        assert {c["id"] for c in site["checks"]} == {c.id for c in checks}
        assert not any(c["status"] == "error" for c in site["checks"])


def _factory_check() -> Check:
    @check(id="uji.pabrik", title="Pabrik", title_en="Factory", indicator="pengembangan_website")
    def made(site, pages):  # type: ignore[no-untyped-def]
        return Result(status=Status.PASS, message="ok", message_en="ok")

    return made


async def test_checks_the_workers_cannot_reload_run_inline(tmp_path: Path) -> None:
    made = _factory_check()  # not a module attribute: a worker cannot find it by its module
    async with serving(ppid_site) as server:
        reg = load_registry(write_registry(tmp_path / "sites.toml", [("97", f"http://127.0.0.1:{server.port}/")],
                                           max_pages=3))
        async with Fetcher(allow_loopback=True) as fetcher:
            pages = await crawl_site(reg.sites[0], fetcher)
    async with CheckPool([made], 1) as pool:
        got = await pool.run(pages.site, pages)
    assert [(o.check, o.results[0].status) for o in got] == [(made, Status.PASS)]


def test_a_worker_exits_when_its_parent_is_gone() -> None:
    exits: list[int] = []
    watch_parent(os.getppid() + 1_000_000, interval=0.01, exit=exits.append)  # not our parent: "it died"
    assert exits == [0]


async def test_workers_die_with_a_killed_audit(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(
        "import sys, trio\n"
        "from ppid_audit.checking import load_checks\n"
        "from ppid_audit.checkpool import CheckPool\n"
        "async def main():\n"
        "    async with CheckPool(load_checks(), 1) as pool:\n"
        "        await pool._usable()\n"
        "        print(*[p.pid for p in pool._executor._processes.values()], flush=True)\n"
        "        await trio.sleep(60)\n"
        "if __name__ == '__main__':\n"
        "    trio.run(main)\n")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    workers = [int(p) for p in proc.stdout.readline().split()]
    assert workers
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "check worker outlived its killed parent"
        await trio.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[0] != "Z"
    except OSError:
        return False

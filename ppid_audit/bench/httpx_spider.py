"""The floor of the side-by-side benchmark: Scrapy's work done with the design's own packages.

Run only as a script by ``sidebyside.py`` (``python httpx_spider.py SPEC.json OUT.json``, the same SPEC
as ``scrapy_spider.py``), in a process of its own; nothing imports this module.

It does what the Scrapy spider does and nothing more: under trio, one ``httpx.AsyncClient`` fetches every
site breadth first from its start URL within ``max_connections`` requests in flight and
``per_host_concurrency`` per host, obeys robots.txt (``urllib.robotparser``), follows redirects, retries
``retries`` times, caps bodies at ``max_body_bytes``, parses each HTML page with selectolax (Lexbor) and
follows its in-scope ``<a href>`` links up to ``max_depth`` and ``max_pages`` requests per site.  No page
model, no checks, no store, no browser.  Its CPU per page is what fetching and parsing alone cost with
httpx, httpcore, h11 and selectolax: the audit cannot go below it without leaving those packages.
"""

from __future__ import annotations

import json
import ssl
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx
import trio
from selectolax.lexbor import LexborHTMLParser

_DOC_SUFFIXES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".jpg", ".jpeg",
                 ".png", ".gif", ".svg", ".mp4", ".mp3", ".csv", ".txt", ".odt", ".ods")


def _in_scope(url: str, scopes: list[str]) -> bool:
    parts = urlsplit(url)
    here = (parts.hostname or "") + (parts.path or "/")
    return any(here.startswith(s) for s in scopes)


class Floor:
    """Breadth-first crawl of every site of the spec at once."""

    def __init__(self, spec: dict[str, Any], client: httpx.AsyncClient) -> None:
        self.spec = spec
        self.client = client
        self.cap = int(spec["max_pages"])
        self.depth = int(spec["max_depth"])
        self.retries = int(spec["retries"])
        self.body_cap = int(spec["max_body_bytes"])
        self.limit = trio.CapacityLimiter(int(spec["max_connections"]))
        self.per_host: dict[str, trio.Semaphore] = {}
        self.robots: dict[str, RobotFileParser | None] = {}
        self.robots_locks: dict[str, trio.Lock] = {}
        self.requested: Counter[str] = Counter()
        self.parsed: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.errors: Counter[str] = Counter()
        self.seen: set[str] = set()

    async def _get(self, url: str) -> tuple[httpx.Response, bytes] | None:
        host = urlsplit(url).netloc
        sem = self.per_host.setdefault(host, trio.Semaphore(int(self.spec["per_host_concurrency"])))
        for attempt in range(self.retries + 1):
            try:
                async with sem, self.limit:  # the host's slot first: no global slot held while waiting for it
                    async with self.client.stream("GET", url) as resp:
                        chunks, size = [], 0
                        async for chunk in resp.aiter_bytes():
                            chunks.append(chunk)
                            size += len(chunk)
                            if size > self.body_cap:
                                break
                        return resp, b"".join(chunks)
            except httpx.HTTPError as exc:
                if attempt == self.retries:
                    self.errors[type(exc).__name__] += 1
        return None

    async def _allowed(self, url: str) -> bool:
        if not self.spec["obey_robots"]:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        lock = self.robots_locks.setdefault(origin, trio.Lock())
        async with lock:
            if origin not in self.robots:
                got = await self._get(origin + "/robots.txt")
                parser: RobotFileParser | None = None
                if got is not None and got[0].status_code == 200:
                    parser = RobotFileParser()
                    parser.parse(got[1].decode("utf-8", "replace").splitlines())
                self.robots[origin] = parser
        parser = self.robots[origin]
        return parser is None or parser.can_fetch(self.spec["user_agent"], url)

    async def page(self, nursery: trio.Nursery, site: str, scopes: list[str], url: str, depth: int) -> None:
        if not await self._allowed(url):
            return
        got = await self._get(url)
        if got is None:
            return
        resp, body = got
        self.statuses[resp.status_code] += 1
        if "html" not in resp.headers.get("content-type", ""):
            return
        self.parsed[site] += 1
        if depth >= self.depth:
            return
        tree = LexborHTMLParser(body)
        base = str(resp.url)
        for a in tree.css("a[href]"):
            href = (a.attributes.get("href") or "").strip()
            link = urljoin(base, href).split("#", 1)[0]
            if not link.startswith(("http://", "https://")) or link in self.seen:
                continue
            if not _in_scope(link, scopes) or link.lower().endswith(_DOC_SUFFIXES):
                continue
            if self.requested[site] >= self.cap:
                return
            self.seen.add(link)
            self.requested[site] += 1
            nursery.start_soon(self.page, nursery, site, scopes, link, depth + 1)

    async def run(self) -> None:
        async with trio.open_nursery() as nursery:
            for site in self.spec["sites"]:
                url = site["start_url"]
                self.seen.add(url)
                self.requested[site["id"]] += 1
                nursery.start_soon(self.page, nursery, site["id"], list(site["scope"]), url, 0)


def main(argv: list[str]) -> int:
    """``httpx_spider.py SPEC.json OUT.json``: crawl the spec's sites, write the figures to OUT.json."""
    spec = json.loads(Path(argv[0]).read_text())
    verify: Any = True
    if spec.get("ca_bundle"):
        verify = ssl.create_default_context(cafile=spec["ca_bundle"])
    limits = httpx.Limits(max_connections=int(spec["max_connections"]),
                          max_keepalive_connections=int(spec["max_connections"]))
    timeout = httpx.Timeout(float(spec["request_deadline"]))

    async def crawl() -> Floor:
        async with httpx.AsyncClient(verify=verify, limits=limits, timeout=timeout, follow_redirects=True,
                                     max_redirects=10, headers={"User-Agent": spec["user_agent"]}) as client:
            floor = Floor(spec, client)
            await floor.run()
            return floor

    floor = trio.run(crawl)
    Path(argv[1]).write_text(json.dumps({
        "pages": sum(floor.parsed.values()),
        "requests_scheduled": sum(floor.requested.values()),
        "sites_with_pages": sum(1 for v in floor.parsed.values() if v),
        "statuses": {str(k): v for k, v in sorted(floor.statuses.items())},
        "errors": dict(floor.errors),
        "pages_per_site": dict(floor.parsed),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The Scrapy side of the side-by-side benchmark (``sidebyside.py``): fetch, parse, extract links.

Run only as a script by ``sidebyside.py`` (``python scrapy_spider.py SPEC.json OUT.json``), in a process
of its own, so that neither ppid_audit nor Scrapy is imported by the other side; nothing imports this
module.  It needs the benchmark extra (``pip install -e '.[bench]'``).

SPEC.json (written by ``sidebyside.py`` from the farm's ``sites.toml``)::

    {"sites": [{"id": ..., "start_url": ..., "scope": ["host:port/prefix", ...]}],
     "max_connections": 64, "per_host_concurrency": 2, "delay": 0.0, "max_pages": 80, "max_depth": 5,
     "retries": 1, "request_deadline": 5.0, "max_body_bytes": 5000000, "obey_robots": true,
     "ca_bundle": "/.../farm-ca.pem" | null, "user_agent": "..."}

The spider crawls every site at once within ``max_connections`` requests in flight and
``per_host_concurrency`` per host (Scrapy's per-IP slots: the farm's hosts are IP addresses), follows
in-scope ``<a href>`` links up to ``max_depth`` and at most ``max_pages`` requests per site, obeys
robots.txt, retries ``retries`` times and verifies TLS against ``ca_bundle`` (the farm's own CA).
OUT.json gets the pages parsed, requests, responses by status, errors by kind and Scrapy's stats.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from time import monotonic
from typing import Any
from urllib.parse import urlsplit

import scrapy
import scrapy.core.downloader as _dl
from scrapy.core.downloader import Downloader
from scrapy.core.downloader.contextfactory import ScrapyClientContextFactory
from scrapy.crawler import CrawlerProcess
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import IGNORED_EXTENSIONS
from twisted.internet.ssl import Certificate, optionsForClientTLS

_DOC_SUFFIXES = tuple("." + e for e in IGNORED_EXTENSIONS)
CA_PATH: str | None = None  # set from the spec before the crawl starts


class FarmCAContextFactory(ScrapyClientContextFactory):
    """Verifies certificates against the farm's CA only (what ppid-audit's ``ca_bundle`` does)."""

    def creatorForNetloc(self, hostname: bytes, port: int) -> Any:  # noqa: N802 - Twisted's name
        assert CA_PATH is not None
        root = Certificate.loadPEM(Path(CA_PATH).read_bytes())
        return optionsForClientTLS(hostname=hostname.decode("ascii"), trustRoot=root)


class SlotBoundDownloader(Downloader):
    """Scrapy's downloader, holding each slot to its concurrency.

    Scrapy 2.19's ``Downloader._process_queue`` pops requests while ``free_transfer_slots() > 0`` but
    only schedules the coroutine that adds each to ``slot.transferring``; with no download delay the
    loop drains the whole slot queue at once (the farm counted up to 21 requests in flight on one host
    with ``CONCURRENT_REQUESTS_PER_DOMAIN = 2``).  Here a request counts as transferring when it is popped.
    """

    def _process_queue(self, slot: Any) -> None:
        if slot.latercall:
            return
        now = monotonic()
        delay = slot.download_delay()
        if delay:
            penalty = delay - now + slot.lastseen
            if penalty > 0:
                slot.latercall = _dl.call_later(penalty, self._latercall, slot)
                return
        while slot.queue and slot.free_transfer_slots() > 0:
            slot.lastseen = now
            request, queue_dfd = slot.queue.popleft()
            slot.transferring.add(request)  # _download adds it again (a set) and removes it when done
            _dl._schedule_coro(self._wait_for_download(slot, request, queue_dfd))
            if delay:
                self._process_queue(slot)
                break


def _in_scope(url: str, scopes: list[str]) -> bool:
    parts = urlsplit(url)
    here = (parts.hostname or "") + (parts.path or "/")
    return any(here.startswith(s) for s in scopes)


class FarmSpider(scrapy.Spider):
    """Crawl each site of the spec from its start URL, breadth first, within its scope and page cap."""

    name = "farm"

    def __init__(self, spec: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec = spec
        self.cap = int(spec["max_pages"])
        self.requested: Counter[str] = Counter()
        self.parsed: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.errors: Counter[str] = Counter()
        self.seen: set[str] = set()

    async def start(self) -> Any:
        for site in self.spec["sites"]:
            scopes = list(site["scope"])
            url = site["start_url"]
            self.seen.add(url)
            self.requested[site["id"]] += 1
            yield scrapy.Request(url, callback=self.parse_page, errback=self.failed,
                                 cb_kwargs={"site": site["id"], "scopes": scopes})

    def failed(self, failure: Any) -> None:
        self.errors[failure.type.__name__] += 1

    def parse_page(self, response: Response, site: str, scopes: list[str]) -> Any:
        self.statuses[response.status] += 1
        if not isinstance(response, HtmlResponse):
            return
        self.parsed[site] += 1
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip()).split("#", 1)[0]
            if not url.startswith(("http://", "https://")) or url in self.seen:
                continue
            if not _in_scope(url, scopes) or url.lower().endswith(_DOC_SUFFIXES):
                continue
            if self.requested[site] >= self.cap:
                return
            self.seen.add(url)
            self.requested[site] += 1
            yield response.follow(url, callback=self.parse_page, errback=self.failed,
                                  cb_kwargs={"site": site, "scopes": scopes})

    def closed(self, reason: str) -> None:
        stats = {k: v for k, v in self.crawler.stats.get_stats().items() if isinstance(v, (int, float, str))}
        Path(self.spec["out"]).write_text(json.dumps({
            "reason": reason,
            "pages": sum(self.parsed.values()),
            "requests_scheduled": sum(self.requested.values()),
            "sites_with_pages": sum(1 for v in self.parsed.values() if v),
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "errors": dict(self.errors),
            "pages_per_site": dict(self.parsed),
            "scrapy_stats": stats,
        }, default=str))


def settings_for(spec: dict[str, Any]) -> dict[str, Any]:
    """Scrapy settings matching ppid-audit's crawl settings of the spec."""
    per_host = int(spec["per_host_concurrency"])
    settings: dict[str, Any] = {
        "CONCURRENT_REQUESTS": int(spec["max_connections"]),
        "CONCURRENT_REQUESTS_PER_DOMAIN": per_host,  # farm hosts are IP addresses: per domain = per IP
        "DOWNLOADER": SlotBoundDownloader,
        "DOWNLOAD_DELAY": float(spec["delay"]),
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        "DEPTH_LIMIT": int(spec["max_depth"]),
        "DEPTH_PRIORITY": 1,  # breadth first, as ppid-audit's frontier
        "SCHEDULER_DISK_QUEUE": "scrapy.squeues.PickleFifoDiskQueue",
        "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue",
        "ROBOTSTXT_OBEY": bool(spec["obey_robots"]),
        "RETRY_ENABLED": int(spec["retries"]) > 0,
        "RETRY_TIMES": int(spec["retries"]),
        "DOWNLOAD_TIMEOUT": float(spec["request_deadline"]),
        "DOWNLOAD_MAXSIZE": int(spec["max_body_bytes"]),
        "DOWNLOAD_WARNSIZE": 0,
        "USER_AGENT": spec["user_agent"],
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "HTTPERROR_ALLOW_ALL": True,  # count 4xx/5xx responses like ppid-audit records them
        "REDIRECT_MAX_TIMES": 10,
    }
    if spec.get("ca_bundle"):
        settings["DOWNLOADER_CLIENTCONTEXTFACTORY"] = FarmCAContextFactory
    return settings


def main(argv: list[str]) -> int:
    """``scrapy_spider.py SPEC.json OUT.json``: crawl the spec's sites, write the figures to OUT.json."""
    global CA_PATH
    spec = json.loads(Path(argv[0]).read_text())
    spec["out"] = argv[1]
    CA_PATH = spec.get("ca_bundle")
    process = CrawlerProcess(settings=settings_for(spec))
    process.crawl(FarmSpider, spec=spec)
    process.start()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""robots.txt over 500 KiB: the first 500 KiB are honoured (RFC 9309), not the whole file dropped."""

from __future__ import annotations

from ppid_audit.crawl import Fetcher
from ppid_audit.crawl.robots import MAX_ROBOTS_BYTES
from ppid_audit.models import FetchFailure, FetchKind

from .conftest import make_site
from .servers import Req, Resp, html, serving


async def test_large_robots_txt_first_500_kib_honoured() -> None:
    head = b"User-agent: *\nDisallow: /rahasia\n"
    filler = b"# komentar pengisi baris robots.txt yang panjang sekali\n" * (600 * 1024 // 56)
    robots = head + filler + b"Disallow: /akhir\n"  # past 500 KiB: never read
    assert len(robots) > 600 * 1024 > MAX_ROBOTS_BYTES

    def handler(req: Req) -> Resp:
        if req.path == "/robots.txt":
            return Resp(200, headers=[("Content-Type", "text/plain")], body=robots)
        return html("<p>ok</p>")

    async with serving(handler) as srv, Fetcher(allow_loopback=True) as fetcher:
        site = make_site(srv.url(), obey_robots=True)
        secret, _ = await fetcher.get(srv.url("/rahasia/laporan"), site=site, kind=FetchKind.PAGE)
        tail, _ = await fetcher.get(srv.url("/akhir"), site=site, kind=FetchKind.PAGE)
        extra = fetcher.take_extra(site.id)
    assert secret.error is FetchFailure.ROBOTS
    assert tail.ok  # the rule after the cut is not read
    assert "/rahasia/laporan" not in srv.paths
    (noted,) = extra
    assert noted.kind is FetchKind.ROBOTS and noted.truncated and noted.size == MAX_ROBOTS_BYTES
    assert "500 KiB" in (noted.error_detail or "")

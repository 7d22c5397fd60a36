"""A multi-megabyte page is parsed off the event loop (farm seed 7: reach.internal_links false positive).

Parsing a huge listing cut at the body cap took ~6 s of CPU on the event loop under load; every other
site's request in flight then hit its 3 s read timeout and a healthy page was recorded as broken.
"""

from __future__ import annotations

import datetime as dt
import threading

import trio

from ppid_audit.crawl import site as S
from ppid_audit.crawl.fetch import Response
from ppid_audit.models import Fetch, FetchKind


def _response(body: bytes) -> Response:
    url = "http://ppid.contoh.go.id/arsip/semua"
    fetch = Fetch(url=url, kind=FetchKind.PAGE, site_id="99", final_url=url, status=200, content_type="text/html",
                  size=len(body), fetched_at=dt.datetime(2026, 12, 5, tzinfo=dt.timezone.utc))
    return Response(fetch=fetch, body=body, content_type_header="text/html; charset=utf-8")


def test_big_page_is_parsed_in_a_worker_thread_small_page_inline(monkeypatch) -> None:
    threads: list[bool] = []
    real = S._parse

    def spy(resp: Response):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(resp)

    monkeypatch.setattr(S, "_parse", spy)
    row = b"<tr><td>Dokumen arsip nomor 12345</td><td><a href='/f/a.pdf'>Unduh</a></td></tr>"
    big = b"<html><body><table>" + row * (S.PARSE_IN_THREAD_BYTES // len(row) + 1) + b"</table></body></html>"
    small = b"<html><body><h1>Informasi Berkala</h1></body></html>"

    async def main() -> None:
        page = await S._parse_off_loop(_response(big))
        assert page.tables and len(page.tables[0].rows) > 100
        await S._parse_off_loop(_response(small))

    trio.run(main)
    assert threads == [False, True]


def test_big_pages_are_parsed_one_at_a_time(monkeypatch) -> None:
    """Each big parse builds a tree of tens of MB: sites in flight parse theirs in turn, not together."""
    active, peak = [0], [0]
    real = S._parse

    def spy(resp: Response):  # type: ignore[no-untyped-def]
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        try:
            import time
            time.sleep(0.05)
            return real(resp)
        finally:
            active[0] -= 1

    monkeypatch.setattr(S, "_parse", spy)
    row = b"<tr><td>Dokumen arsip nomor 12345</td></tr>"
    big = b"<html><body><table>" + row * (S.PARSE_IN_THREAD_BYTES // len(row) + 1) + b"</table></body></html>"

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            for _ in range(4):
                nursery.start_soon(S._parse_off_loop, _response(big))

    trio.run(main)
    assert peak[0] == 1

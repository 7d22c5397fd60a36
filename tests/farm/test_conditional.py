"""The farm server's conditional GET (ETag / Last-Modified, 304) and its byte counters."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx

from ppid_audit.farm.http import FarmRequest, FarmResponse
from ppid_audit.farm.server import serve_farm_apps

H = "127.0.78.1"
LM = "Tue, 03 Nov 2026 08:00:00 GMT"
BODY = b"<html><body>" + b"<p>isi</p>" * 100 + b"</body></html>"


async def app(request: FarmRequest) -> FarmResponse:
    if request.target == "/dok.pdf":
        return FarmResponse(headers=[("Content-Type", "application/pdf"), ("Last-Modified", LM)], body=b"%PDF" * 50)
    if request.target == "/arus":
        async def chunks() -> AsyncIterator[bytes]:
            yield b"x" * 1000

        return FarmResponse(headers=[("ETag", '"arus-1"')], stream=chunks)
    if request.target == "/hilang":
        return FarmResponse(404, body=b"tidak ada")
    return FarmResponse(headers=[("Content-Type", "text/html")], body=BODY)


async def test_etag_and_last_modified_answer_304_and_the_bytes_are_counted() -> None:
    async with serve_farm_apps([(H, app, None)]) as farm:
        async with httpx.AsyncClient(trust_env=False) as http:
            first = await http.get(farm.url(H, "/"))
            etag = first.headers["etag"]
            assert first.status_code == 200 and etag.startswith('"') and "last-modified" not in first.headers
            stats = farm.stats(H)
            assert stats.body_bytes == len(BODY) and stats.bytes_sent > len(BODY)
            again = await http.get(farm.url(H, "/"), headers={"If-None-Match": etag})
            assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
            assert stats.body_bytes == len(BODY) and stats.not_modified == 1
            weak = await http.get(farm.url(H, "/"), headers={"If-None-Match": f'"lain", W/{etag}'})
            assert weak.status_code == 304  # If-None-Match uses the weak comparison
            other = await http.get(farm.url(H, "/"), headers={"If-None-Match": '"lain"', "If-Modified-Since": LM})
            assert other.status_code == 200  # If-None-Match decides when present
            doc = await http.get(farm.url(H, "/dok.pdf"), headers={"If-Modified-Since": LM})
            assert doc.status_code == 304 and doc.headers["last-modified"] == LM
            older = await http.get(farm.url(H, "/dok.pdf"), headers={"If-Modified-Since": "Mon, 02 Nov 2026 08:00:00 GMT"})
            assert older.status_code == 200 and older.content == b"%PDF" * 50
            streamed = await http.get(farm.url(H, "/arus"), headers={"If-None-Match": '"arus-1"'})
            assert streamed.status_code == 304 and streamed.content == b""
            missing = await http.get(farm.url(H, "/hilang"), headers={"If-None-Match": "*"})
            assert missing.status_code == 404  # only a 200 is revalidated
            assert stats.not_modified == 4
            assert stats.body_bytes == 2 * len(BODY) + 200 + len(b"tidak ada")
        farm.reset_stats()
        assert stats.body_bytes == stats.bytes_sent == stats.not_modified == 0

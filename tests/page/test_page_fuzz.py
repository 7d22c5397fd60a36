"""Fuzz: random bytes and mutated real-looking HTML never make the page model raise."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from ppid_audit.dates import find_dates
from ppid_audit.decode import decode_html
from ppid_audit.models import Fetch, FetchKind, Page
from ppid_audit.page import parse_page

FIXTURES = Path(__file__).parent / "fixtures"
FETCH = Fetch(
    url="https://ppid.contohkab.go.id/a/b", kind=FetchKind.PAGE, site_id="x", status=200,
    fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc),
)
SNIPPETS = [
    b"<", b">", b"</", b"<a href='", b"'>", b"<table>", b"<tr><td>", b"</td>", b"<li>", b"</ul>", b"<body>",
    b"<base href='//x'>", b"<meta charset=utf-16>", b"<meta charset='x'>", b"\xef\xbb\xbf", b"\x00", b"\xff\xfe",
    b"<script>fetch('", b"</script>", b"<!--", b"-->", b"<![CDATA[", b"&#xFFFFFF;", b"&amp", b"31 Desember 2019",
    b"Semester II Tahun 2022", b"<form action='javascript:x'>", b"<input id=", b"<label for=", b"<select><option value='/a.pdf'>",
    b"<nav class='menu'>", b"<footer>", b"style='display:none'", b"http://[::1", b"<iframe src='", b"\x80\x81\x9d",
]


def _check(page: Page) -> None:
    assert isinstance(page, Page)
    assert page.parse_error is None, page.parse_error
    assert len(page.text) <= 300_000
    for link in page.links:
        assert link.url.startswith(("http://", "https://"))


def test_random_bytes() -> None:
    rng = random.Random(1234)
    for _ in range(150):
        body = rng.randbytes(rng.randint(0, 3000))
        _check(parse_page(FETCH, body, content_type_header=rng.choice([None, "text/html; charset=utf-8", "text/html; charset=x"])))
        decode_html(body, None)


def test_mutated_fixtures() -> None:
    rng = random.Random(4321)
    originals = [p.read_bytes() for p in sorted(FIXTURES.glob("*.html"))]
    for _ in range(300):
        body = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 12)):
            op = rng.random()
            pos = rng.randint(0, len(body))
            if op < 0.4:
                body[pos:pos] = rng.choice(SNIPPETS)
            elif op < 0.7:
                del body[pos : pos + rng.randint(1, 200)]
            elif op < 0.9 and body:
                body[min(pos, len(body) - 1)] = rng.randint(0, 255)
            else:
                body[pos:pos] = body[rng.randint(0, len(body)) :][:500]  # duplicate a chunk
        _check(parse_page(FETCH, bytes(body)))


def test_dates_on_random_text() -> None:
    rng = random.Random(99)
    alphabet = "0123456789 /-.:,()ThunMaretSemsIIVTA_Januari"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        for d in find_dates(text, source=rng.choice(["text", "filename"]), today=dt.date(2026, 11, 25)):
            assert 1945 <= d.date.year <= 2027

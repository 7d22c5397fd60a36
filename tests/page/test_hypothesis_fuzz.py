"""Property-based fuzzing (hypothesis): arbitrary bytes and text never crash the parsers a hostile site feeds.

The page model, the charset decoder, the Indonesian date finder, the sitemap parser and the URL
normaliser see whatever a site sends. Each must return a value (possibly empty), never raise, and
keep its own invariants. Example counts are kept small so the suite stays fast; run with
``--hypothesis-profile=long`` (HYPOTHESIS_PROFILE=long) for a deeper search.
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ppid_audit.crawl.sitemap import parse_sitemap
from ppid_audit.dates import find_dates
from ppid_audit.decode import decode_html
from ppid_audit.models import Fetch, FetchKind, Page
from ppid_audit.page import parse_page
from ppid_audit.urls import join, normalise

settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FETCH = Fetch(url="https://ppid.contohkab.go.id/a/b", kind=FetchKind.PAGE, site_id="x", status=200,
              fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc))
HTMLISH = st.lists(
    st.sampled_from([b"<a href='", b"'>", b"</a>", b"<table><tr><td>", b"</td></tr>", b"<ul><li>", b"<nav>", b"</nav>",
                     b"<meta charset='", b"utf-16", b"windows-1252", b"'>", b"<script>", b"</script>", b"<!--", b"-->",
                     b"<h1>", b"Informasi Berkala", b"31 Desember 2025", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"&#x",
                     b"<form action='#'><input name=q>", b"<base href='//x'>", b"<img src='x.pdf' alt='", b"%", b"\x9d"])
    | st.binary(max_size=40),
    max_size=80,
).map(b"".join)


@given(st.one_of(st.binary(max_size=4096), HTMLISH), st.sampled_from([None, "text/html", "text/html; charset=utf-16",
                                                                         "text/html; charset=bogus", "text/html; charset=\x00"]))
def test_page_model_never_raises(body: bytes, ctype: str | None) -> None:
    page = parse_page(FETCH, body, content_type_header=ctype)
    assert isinstance(page, Page)
    assert page.parse_error is None
    assert all(link.url.startswith(("http://", "https://")) for link in page.links)


@given(st.binary(max_size=4096), st.sampled_from([None, "text/html; charset=iso-8859-1", "text/html; charset=nope"]))
def test_decoder_always_returns_text(body: bytes, ctype: str | None) -> None:
    text, encoding, source = decode_html(body, ctype)
    assert isinstance(text, str) and encoding and source


@given(st.text(max_size=600))
def test_date_finder_returns_real_dates(text: str) -> None:
    for found in find_dates(text, source="text"):
        assert 1900 <= found.date.year <= 2200


@given(st.one_of(st.binary(max_size=4096), st.lists(st.sampled_from(
    [b"<?xml version='1.0'?>", b"<urlset>", b"<sitemapindex>", b"<url><loc>", b"</loc></url>", b"https://x.go.id/a",
     b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", b"&a;", b"\x1f\x8b", b"]]>", b"<![CDATA["]), max_size=60).map(b"".join)))
def test_sitemap_parser_never_raises(body: bytes) -> None:
    locs, is_index = parse_sitemap(body)
    assert isinstance(locs, list) and isinstance(is_index, bool)


@given(st.text(max_size=300))
def test_url_normaliser_is_total_and_idempotent(href: str) -> None:
    url = join(href, "https://ppid.contohkab.go.id/a/")
    if url is not None:
        again = normalise(url)
        assert again == url or again is None

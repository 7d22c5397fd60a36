"""URL normalisation, de-duplication, scope and the frontier's trap rules."""

from __future__ import annotations

import pytest

from ppid_audit.crawl import dedupe_key, in_scope, normalize_url
from ppid_audit.crawl.frontier import MAX_QUERY_VARIANTS, Frontier
from ppid_audit.crawl.urls import is_document_url, is_foreign_language
from ppid_audit.models import FetchKind, Site

from .conftest import make_site


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("DIP Tahun 2024.pdf", "https://ppid.example.go.id/upload/", "https://ppid.example.go.id/upload/DIP%20Tahun%202024.pdf"),
        ("HTTP://WWW.Example.GO.ID:80/a/../b/./c#top", None, "http://www.example.go.id/b/c"),
        ("https://x.go.id:443", None, "https://x.go.id/"),
        ("http://x.go.id:8080/", None, "http://x.go.id:8080/"),
        ("/p?b=2&a=1&utm_source=fb&fbclid=zz&gclid=1", "http://x.go.id/", "http://x.go.id/p?a=1&b=2"),
        ("/p?PHPSESSID=abc&sid=9&csrf_test_name=f00&_token=t&q=ok", "http://x.go.id/", "http://x.go.id/p?q=ok"),
        ("/cari?q=laporan tahunan", "http://x.go.id/", "http://x.go.id/cari?q=laporan%20tahunan"),
        ("/Dokumen%20Sudah%20Kode.pdf", "http://x.go.id/", "http://x.go.id/Dokumen%20Sudah%20Kode.pdf"),
        ("/berkas/Laporan Ñ 100%.pdf", "http://x.go.id/", "http://x.go.id/berkas/Laporan%20%C3%91%20100%25.pdf"),
        ("../../../x", "http://x.go.id/a/b/", "http://x.go.id/x"),
        ("//cdn.x.go.id/f.pdf", "https://x.go.id/", "https://cdn.x.go.id/f.pdf"),
        ("  /a\n/b\t ", "http://x.go.id/", "http://x.go.id/a/b"),
        ("/a;jsessionid=ABC123?x=1", "http://x.go.id/", "http://x.go.id/a?x=1"),
        ("http://bücher.example/ä", None, "http://xn--bcher-kva.example/%C3%A4"),
        ("#", "http://x.go.id/page", "http://x.go.id/page"),
    ],
)
def test_normalize_url(url: str, base: str | None, expected: str) -> None:
    assert normalize_url(url, base) == expected


@pytest.mark.parametrize(
    "url", ["mailto:ppid@x.go.id", "tel:+62541", "javascript:void(0)", "data:text/html,hi", "ftp://x/a", "", "http://"]
)
def test_normalize_url_rejects_non_http(url: str) -> None:
    assert normalize_url(url) is None
    if url.startswith(("mailto", "tel", "javascript", "data", "ftp")):
        assert normalize_url(url, "http://x.go.id/") is None


def test_normalize_is_idempotent() -> None:
    for u in ["http://x.go.id/a b/c?z=1&a=%20", "https://X.go.id/./p/../q/?utm_medium=x"]:
        once = normalize_url(u)
        assert once is not None and normalize_url(once) == once


def test_dedupe_key_merges_index_php_www_and_lang() -> None:
    assert dedupe_key("http://www.x.go.id/index.php/berita/1") == dedupe_key("http://x.go.id/berita/1")
    assert dedupe_key("http://x.go.id/ppid/index.php/sop") == dedupe_key("http://x.go.id/ppid/sop")
    assert dedupe_key("http://x.go.id/index.php") == dedupe_key("http://x.go.id/")
    assert dedupe_key("http://x.go.id/a?lang=id") == dedupe_key("http://x.go.id/a")
    assert dedupe_key("http://x.go.id/a?id=1") != dedupe_key("http://x.go.id/a?id=2")
    assert dedupe_key("http://x.go.id:8080/a") != dedupe_key("http://x.go.id/a")


def test_foreign_language_and_documents() -> None:
    assert is_foreign_language("http://x.go.id/a?lang=en")
    assert not is_foreign_language("http://x.go.id/a?lang=id")
    assert is_document_url("http://x.go.id/upload/DIP%20Tahun%202024.PDF")
    assert not is_document_url("http://x.go.id/dokumen/pdf")


def test_scope_default_host_aliases_and_prefixes() -> None:
    site = make_site("https://dishub.example.go.id/halaman/ppid")
    assert in_scope("http://www.dishub.example.go.id/lain", site)  # whole host, www ignored
    assert not in_scope("https://example.go.id/", site)
    narrow = Site(**{**site.__dict__, "scope": ("https://portal.example.go.id/ppid/dishub",), "aliases": ("ppid-dishub.example.go.id",)})
    assert in_scope("https://portal.example.go.id/ppid/dishub/dip", narrow)
    assert in_scope("https://portal.example.go.id/ppid/dishub", narrow)
    assert not in_scope("https://portal.example.go.id/ppid/dishubx", narrow)
    assert not in_scope("https://portal.example.go.id/ppid/dinkes", narrow)
    assert in_scope("http://ppid-dishub.example.go.id/x", narrow)


def test_frontier_classifies_links_and_cuts_query_traps() -> None:
    site = make_site("http://x.go.id/")
    f = Frontier(site)
    assert f.add_link("http://x.go.id/dip", depth=1, referrer=None) is None
    f.add_link("http://x.go.id/u/DIP 2024.pdf", depth=1, referrer=None)
    f.add_link("https://lapor.go.id/", depth=1, referrer=None)
    f.add_link("mailto:a@x.go.id", depth=1, referrer=None)
    f.add_link("http://x.go.id/logo.png", depth=1, referrer=None)
    assert [j.kind for j in f.pages] == [FetchKind.PAGE]
    assert sorted(j.kind for j in f.checks) == [FetchKind.DOCUMENT, FetchKind.EXTERNAL]
    traps = [
        f.add_link(f"http://x.go.id/kalender?bulan={m}&tahun={y}", depth=2, referrer=None)
        for y in range(2020, 2030)
        for m in range(1, 13)
    ]
    cut = [t for t in traps if t is not None]
    assert len(cut) == 1 and cut[0].error == "trap" and cut[0].kind is FetchKind.PAGE
    assert sum(1 for j in f.pages if j.url.startswith("http://x.go.id/kalender")) == MAX_QUERY_VARIANTS
    assert f.add_link("http://x.go.id/a/b/a/b/a/b/", depth=2, referrer=None) is not None


def test_frontier_cuts_numbered_path_patterns_and_limits_link_checks() -> None:
    from ppid_audit.crawl.frontier import MAX_PATTERN_PAGES

    f = Frontier(make_site("http://x.go.id/", max_link_checks=3, check_external=False))
    cuts = [f.add_link(f"http://x.go.id/bukuppid/files/page{i}.html", depth=1, referrer=None) for i in range(200)]
    assert sum(c is not None for c in cuts) == 1 and len(f.pages) == MAX_PATTERN_PAGES
    for i in range(10):
        f.add_link(f"http://x.go.id/dok/{i}.pdf", depth=1, referrer=None)
        f.add_link(f"https://lapor{i}.go.id/", depth=1, referrer=None)
    assert len(f.checks) == 3 and all(j.kind is FetchKind.DOCUMENT for j in f.checks)
    off = Frontier(make_site("http://x.go.id/", check_documents=False))
    off.add_link("http://x.go.id/dok/a.pdf", depth=1, referrer=None)
    assert not off.checks


def test_frontier_skips_foreign_language_and_too_deep_pages() -> None:
    f = Frontier(make_site("http://x.go.id/", max_depth=2))
    f.add_link("http://x.go.id/profil?lang=en", depth=1, referrer=None)
    f.add_link("http://x.go.id/jauh", depth=3, referrer=None)
    f.add_link("http://x.go.id/profil?lang=id", depth=1, referrer=None)
    f.add_link("http://x.go.id/index.php/profil", depth=1, referrer=None)  # same page as /profil?lang=id
    assert [j.url for j in f.pages] == ["http://x.go.id/profil?lang=id"]


def test_retry_after_parsing() -> None:
    import datetime as dt
    import email.utils

    from ppid_audit.crawl.reading import parse_retry_after

    assert parse_retry_after("120") == 120.0
    later = email.utils.format_datetime(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=90), usegmt=True)
    value = parse_retry_after(later)
    assert value is not None and 80 <= value <= 91
    assert parse_retry_after("besok") is None and parse_retry_after(None) is None


def test_sitemap_parsing_index_urlset_and_gzip() -> None:
    import gzip

    from ppid_audit.crawl.sitemap import parse_sitemap

    index = b'<?xml version="1.0"?><sitemapindex xmlns="x"><sitemap><loc>https://x.go.id/s1.xml</loc></sitemap></sitemapindex>'
    assert parse_sitemap(index) == (["https://x.go.id/s1.xml"], True)
    urlset = b"<urlset><url><loc> https://x.go.id/a?b=1&amp;c=2 </loc></url><url><loc><![CDATA[https://x.go.id/c]]></loc></url></urlset>"
    assert parse_sitemap(gzip.compress(urlset)) == (["https://x.go.id/a?b=1&c=2", "https://x.go.id/c"], False)

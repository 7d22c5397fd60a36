"""The frontier's classification, scope and trap rules (URL functions: tests/test_urls.py)."""

from __future__ import annotations

from ppid_audit.crawl.frontier import MAX_QUERY_VARIANTS, Frontier
from ppid_audit.models import FetchKind, Site

from .conftest import make_site


def test_frontier_scope_default_host_aliases_prefixes_and_redirect_host() -> None:
    site = make_site("https://dishub.example.go.id/halaman/ppid")
    f = Frontier(site)
    assert f.in_scope("http://www.dishub.example.go.id/lain")  # whole host, www ignored
    assert not f.in_scope("https://example.go.id/")
    f.add_host("https://dishub-baru.example.go.id/beranda")  # the start URL redirected there
    assert f.in_scope("https://dishub-baru.example.go.id/x")
    narrow = Frontier(
        Site(**{**site.__dict__, "scope": ("https://portal.example.go.id/ppid/dishub",), "aliases": ("ppid-dishub.example.go.id",)})
    )
    assert narrow.in_scope("https://portal.example.go.id/ppid/dishub/dip")
    assert not narrow.in_scope("https://portal.example.go.id/ppid/dishubx")
    assert narrow.in_scope("http://ppid-dishub.example.go.id/x")
    assert not narrow.in_scope("https://dishub.example.go.id/")  # an explicit scope replaces the start host


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


def test_frontier_remembers_links_per_site_until_the_scope_grows() -> None:
    f = Frontier(make_site("http://x.go.id/", max_depth=2))
    assert f.add_link("http://baru.go.id/profil", depth=1, referrer=None) is None
    assert [j.kind for j in f.checks] == [FetchKind.EXTERNAL] and not f.pages
    f.add_link("http://x.go.id/jauh", depth=3, referrer=None)  # too deep from here...
    f.add_link("http://x.go.id/jauh", depth=1, referrer=None)  # ...not from a sitemap (the same link, remembered)
    assert [j.url for j in f.pages] == ["http://x.go.id/jauh"]
    f.add_host("http://baru.go.id/")  # the start page moved there: its links are pages now
    f.add_link("http://baru.go.id/profil", depth=1, referrer=None)
    assert [j.url for j in f.pages] == ["http://x.go.id/jauh", "http://baru.go.id/profil"]
    assert len(f.checks) == 1


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

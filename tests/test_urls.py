"""The one URL module: canonical form, joining links, host keys, scope, document types."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from ppid_audit import urls
from ppid_audit.models import Fetch, FetchKind, utcnow
from ppid_audit.page import parse_html
from ppid_audit.urls import (
    Scope,
    dedupe_key,
    file_kind,
    file_name,
    host_key,
    is_asset,
    is_document_type,
    is_document_url,
    is_foreign_language,
    is_hosted_document,
    join,
    normalise,
    normalise_scope,
    origin,
    path_pattern,
)

X = "http://x.go.id/"

# (url, base, canonical form)
NORMALISE = [
    # encoding of what browsers would encode, existing escapes kept
    ("DIP Tahun 2024.pdf", "https://ppid.example.go.id/upload/", "https://ppid.example.go.id/upload/DIP%20Tahun%202024.pdf"),
    ("/Dokumen%20Sudah%20Kode.pdf", X, "http://x.go.id/Dokumen%20Sudah%20Kode.pdf"),
    ("/berkas/Laporan Ñ 100%.pdf", X, "http://x.go.id/berkas/Laporan%20%C3%91%20100%25.pdf"),
    ("/cari?q=laporan tahunan", X, "http://x.go.id/cari?q=laporan%20tahunan"),
    ("/<script>\"x\"", X, "http://x.go.id/%3Cscript%3E%22x%22"),
    # odd percent-encoding: case, unreserved escapes, bare '%', encoded dots
    ("/a%c3%a9", X, "http://x.go.id/a%C3%A9"),
    ("/%7euser/%41%2fb", X, "http://x.go.id/~user/A%2Fb"),
    ("/a%zz%2", X, "http://x.go.id/a%25zz%252"),
    ("/a/%2e%2e/%2E/b", X, "http://x.go.id/b"),
    ("/a?q=%e9t%E9", X, "http://x.go.id/a?q=%E9t%E9"),  # Latin-1 escapes survive byte for byte
    # scheme, host, IDN, trailing dot, ports
    ("HTTP://WWW.Example.GO.ID:80/a/../b/./c#top", None, "http://www.example.go.id/b/c"),
    ("https://x.go.id:443", None, "https://x.go.id/"),
    ("http://x.go.id:8080/", None, "http://x.go.id:8080/"),
    ("http://x.go.id:443/", None, "http://x.go.id:443/"),  # 443 is only https's default
    ("http://x.go.id./a", None, "http://x.go.id/a"),
    ("http://bücher.example/ä", None, "http://xn--bcher-kva.example/%C3%A4"),
    ("http://Pemkot-Bandung.GO.ID/", None, "http://pemkot-bandung.go.id/"),
    ("http://münchen.de/ü?ä=ö", None, "http://xn--mnchen-3ya.de/%C3%BC?%C3%A4=%C3%B6"),
    ("http://[0:0::1]:8080/a", None, "http://[::1]:8080/a"),
    # user info is never kept (the page model kept it, the crawler dropped it)
    ("http://user:pw@X.go.id/a", None, "http://x.go.id/a"),
    ("https://admin@x.go.id:443/", None, "https://x.go.id/"),
    # query: tracking, session and CSRF parameters dropped (the page model kept them), order sorted
    ("/p?b=2&a=1&utm_source=fb&fbclid=zz&gclid=1", X, "http://x.go.id/p?a=1&b=2"),
    ("/p?UTM_Medium=x&Fbclid=1&x=1", X, "http://x.go.id/p?x=1"),
    ("/p?PHPSESSID=abc&sid=9&csrf_test_name=f00&_token=t&q=ok", X, "http://x.go.id/p?q=ok"),
    ("/p?&&b=1&&a=2&", X, "http://x.go.id/p?a=2&b=1"),
    ("/p?=x&flag", X, "http://x.go.id/p?flag"),
    ("/p?q=a+b", X, "http://x.go.id/p?q=a+b"),  # '+' kept as written
    ("/index.php?option=com_content&view=article&id=1:profil&Itemid=2", X,
     "http://x.go.id/index.php?Itemid=2&id=1:profil&option=com_content&view=article"),
    # dot segments, empty segments, whitespace, backslashes
    ("../../../x", "http://x.go.id/a/b/", "http://x.go.id/x"),
    ("//cdn.x.go.id/f.pdf", "https://x.go.id/", "https://cdn.x.go.id/f.pdf"),
    ("  /a\n/b\t ", X, "http://x.go.id/a/b"),
    ("\\\\upload\\file.pdf", "https://x.go.id/dir/", "https://upload/file.pdf"),
    ("#", "http://x.go.id/page", "http://x.go.id/page"),
    ("", "http://x.go.id/page", "http://x.go.id/page"),
    # crawler-trap-like URLs collapse to one form
    ("/a//b///c/", X, "http://x.go.id/a/b/c/"),
    ("/./././x", X, "http://x.go.id/x"),
    ("/a/b/../../../../x", X, "http://x.go.id/x"),
    ("/a;jsessionid=ABC123?x=1", X, "http://x.go.id/a?x=1"),
    ("/a;JSESSIONID=1F/b", X, "http://x.go.id/a/b"),
    ("/berita?tahun=2024&bulan=1&PHPSESSID=a1", X, "http://x.go.id/berita?bulan=1&tahun=2024"),
    ("/agenda?bulan=1&tahun=2024&utm_campaign=kalender", X, "http://x.go.id/agenda?bulan=1&tahun=2024"),
]


@pytest.mark.parametrize(("url", "base", "expected"), NORMALISE)
def test_normalise(url: str, base: str | None, expected: str) -> None:
    assert normalise(url, base) == expected
    assert normalise(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "url",
    [
        "mailto:ppid@x.go.id", "tel:+62541", "javascript:void(0)", "data:text/html,hi", "ftp://x/a", "", "http://",
        "http://x.go.id:99999/", "http://x.go.id:0/", "http://x.go.id:abc/", "http://[::1", "http://[zz::1]/",
        "http://ex ample.go.id/", "http://x..go.id/",
    ],
)
def test_normalise_refuses(url: str) -> None:
    assert normalise(url) is None
    if url.startswith(("mailto", "tel", "javascript", "data", "ftp")):
        assert normalise(url, X) is None


B = "https://x.go.id/dir/index.html"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a b/ç.pdf", "https://x.go.id/a%20b/%C3%A7.pdf"),
        ("HTTPS://X.GO.ID:443/p#frag", "https://x.go.id/p"),
        ("http://x.go.id:80/", "http://x.go.id/"),
        ("http://x.go.id:8080/p?q=a b", "http://x.go.id:8080/p?q=a%20b"),
        ("/%20already%20encoded", "https://x.go.id/%20already%20encoded"),
        ("  page\n2.html ", "https://x.go.id/dir/page2.html"),
        ("?page=2", "https://x.go.id/dir/index.html?page=2"),
        ("../up", "https://x.go.id/up"),
        ("#", None),
        ("#top", None),
        ("", None),
        ("   ", None),
        (None, None),
        ("mailto:ppid@x.go.id", None),
        ("tel:0541", None),
        ("JavaScript:void(0)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,hi", None),
        ("whatsapp://send?phone=62", None),
        ("ftp://x.go.id/f", None),
        ("http://[::1", None),
    ],
)
def test_join(href: str | None, expected: str | None) -> None:
    assert join(href, B) == expected


def test_page_links_are_the_urls_the_crawler_fetches() -> None:
    """The disagreement that made ``SitePages.fetch(link.url)`` miss: one canonical form now."""
    hrefs = [
        "/p?b=2&a=1&utm_source=wa", "http://admin:rahasia@x.go.id/dip", "HTTP://X.GO.ID:80/Profil#visi",
        "dokumen/DIP 2024.pdf", "/a/./b/../c?fbclid=1", "http://bücher.example/ä",
    ]
    fetch = Fetch(url="http://x.go.id/ppid/", kind=FetchKind.PAGE, site_id="64.72", status=200, fetched_at=utcnow())
    page = parse_html(fetch, "".join(f'<a href="{h}">l</a>' for h in hrefs))
    assert [link.url for link in page.links] == [normalise(urljoin("http://x.go.id/ppid/", h)) for h in hrefs]
    assert [link.url for link in page.links] == [
        "http://x.go.id/p?a=1&b=2", "http://x.go.id/dip", "http://x.go.id/Profil",
        "http://x.go.id/ppid/dokumen/DIP%202024.pdf", "http://x.go.id/a/c", "http://xn--bcher-kva.example/%C3%A4",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.X.go.id:8443/a", "x.go.id"),
        ("http://user@www.x.go.id/", "x.go.id"),
        ("www.x.go.id:8443", "x.go.id"),
        ("X.GO.ID.", "x.go.id"),
        ("127.0.0.1", "127.0.0.1"),
        ("127.0.0.1:8080", "127.0.0.1"),
        ("[::1]:80", "::1"),
        ("::1", "::1"),
        ("http://[::1]:8080/x", "::1"),
        ("bücher.example", "xn--bcher-kva.example"),
        ("wwwx.go.id", "wwwx.go.id"),
        ("dishub.x.go.id", "dishub.x.go.id"),
    ],
)
def test_host_key(value: str, expected: str) -> None:
    assert host_key(value) == expected


def test_origin_and_file_name() -> None:
    assert origin("HTTPS://user@X.go.id:443/a/b?c") == "https://x.go.id"
    assert origin("http://x.go.id:8080/a") == "http://x.go.id:8080"
    assert origin("/relative") == ""
    assert file_name("http://x.go.id/a/DIP%20Tahun%202024.pdf?x=1") == "DIP Tahun 2024.pdf"
    assert file_name("http://x.go.id/") == ""


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("http://www.x.go.id/index.php/berita/1", "http://x.go.id/berita/1", True),
        ("http://x.go.id/ppid/index.php/sop", "http://x.go.id/ppid/sop", True),
        ("http://x.go.id/index.php", "http://x.go.id/", True),
        ("http://x.go.id/Default.aspx", "http://x.go.id/", True),
        ("http://x.go.id/a/", "http://x.go.id/a", True),
        ("https://x.go.id/a", "http://x.go.id/a", True),
        ("http://x.go.id/a?lang=id", "http://x.go.id/a", True),
        ("http://x.go.id/a?id=1", "http://x.go.id/a?id=2", False),
        ("http://x.go.id:8080/a", "http://x.go.id/a", False),
        ("http://x.go.id/A", "http://x.go.id/a", False),
    ],
)
def test_dedupe_key(a: str, b: str, same: bool) -> None:
    assert (dedupe_key(a) == dedupe_key(b)) is same


def test_foreign_language_and_path_pattern() -> None:
    assert is_foreign_language("http://x.go.id/a?lang=en")
    assert is_foreign_language("http://x.go.id/a?x=1&HL=EN")
    assert not is_foreign_language("http://x.go.id/a?lang=id")
    assert not is_foreign_language("http://x.go.id/a?lang=")
    assert not is_foreign_language("http://x.go.id/a")
    assert path_pattern("http://www.x.go.id/berita/page/12?x=3") == "x.go.id/berita/page/N"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("https://Bapenda.SamarindaKota.go.id/PPID/", "bapenda.samarindakota.go.id/PPID"),
        ("bapenda.samarindakota.go.id/ppid", "bapenda.samarindakota.go.id/ppid"),
        ("HTTP://x.go.id/", "x.go.id"),
        ("x.go.id:8443", "x.go.id:8443"),
    ],
)
def test_normalise_scope(entry: str, expected: str) -> None:
    assert normalise_scope(entry) == expected


PORTAL = Scope.of(
    "https://portal.example.go.id/ppid/dishub/",
    scope=("https://portal.example.go.id/ppid/dishub/", "portal.example.go.id/PPID%2fx"),
    aliases=("ppid-dishub.example.go.id",),
)
WHOLE = Scope.of("https://dishub.example.go.id/halaman/ppid")


@pytest.mark.parametrize(
    ("scope", "url", "inside"),
    [
        (WHOLE, "https://dishub.example.go.id/", True),
        (WHOLE, "http://www.dishub.example.go.id/lain", True),  # www and scheme ignored
        (WHOLE, "http://dishub.example.go.id:8080/lain", True),  # port ignored
        (WHOLE, "https://example.go.id/", False),  # the parent domain is another site
        (WHOLE, "https://bappeda.dishub.example.go.id/", False),  # and so is a subdomain
        (WHOLE, "mailto:ppid@dishub.example.go.id", False),
        (WHOLE, "not a url", False),
        (PORTAL, "https://portal.example.go.id/ppid/dishub", True),
        (PORTAL, "https://portal.example.go.id/ppid/dishub/", True),
        (PORTAL, "https://portal.example.go.id/ppid/dishub/dip?x=1", True),
        (PORTAL, "https://portal.example.go.id/ppid/dishubx", False),
        (PORTAL, "https://portal.example.go.id/ppid/dinkes", False),
        (PORTAL, "https://portal.example.go.id/", False),
        (PORTAL, "https://portal.example.go.id/PPID%2Fx/y", True),  # the prefix is compared in canonical form
        (PORTAL, "http://ppid-dishub.example.go.id/anything", True),  # an alias is a whole host
    ],
)
def test_scope(scope: Scope, url: str, inside: bool) -> None:
    assert (url in scope) is inside


def test_scope_grows_with_a_redirect_host_once() -> None:
    grown = WHOLE.with_host("https://www.dishub-baru.example.go.id/beranda")
    assert "http://dishub-baru.example.go.id/x" in grown
    assert grown.with_host("dishub-baru.example.go.id") is grown
    assert "http://dishub-baru.example.go.id/x" not in WHOLE


@pytest.mark.parametrize(
    ("url", "kind", "document", "asset"),
    [
        ("https://x.go.id/a/DIP%202024.PDF", "pdf", True, False),
        ("https://x.go.id/a/data.xlsx?download=1", "spreadsheet", True, False),
        ("https://x.go.id/a/rekap.csv", "spreadsheet", True, False),
        ("https://x.go.id/a/paparan.odp", "presentation", True, False),  # missing from the checks' old list
        ("https://x.go.id/a/arsip.7z", "archive", True, False),
        ("https://x.go.id/a/sk.docx#page=2", "word", True, False),
        ("https://x.go.id/pdf/list", None, False, False),
        ("https://x.go.id/a.pdf/", None, False, False),
        ("https://x.go.id/download.php?file=a.pdf", None, False, False),
        ("https://x.go.id/img/struktur.JPG", "image", False, True),
        ("https://x.go.id/app.min.js", "script", False, True),
        ("https://x.go.id/font.woff2", "font", False, True),
        ("https://x.go.id/", None, False, False),
    ],
)
def test_file_kinds(url: str, kind: str | None, document: bool, asset: bool) -> None:
    assert file_kind(url) == kind
    assert is_document_url(url) is document
    assert is_asset(url) is asset


def test_one_table_of_file_kinds() -> None:
    assert set(urls.FILE_KINDS.values()) == urls.DOCUMENT_KINDS | urls.ASSET_KINDS
    assert not urls.DOCUMENT_KINDS & urls.ASSET_KINDS
    assert all(ext.startswith(".") and ext == ext.lower() for ext in urls.FILE_KINDS)


@pytest.mark.parametrize(
    ("url", "hosted"),
    [
        ("https://drive.google.com/file/d/1AbC/view", True),
        ("https://docs.google.com/spreadsheets/d/1AbC/edit", True),
        ("https://1drv.ms/b/s!AbC", True),
        ("https://kemenkeu.sharepoint.com/:b:/g/personal/x", True),
        ("https://www.dropbox.com/s/abc/dip.pdf?dl=0", True),
        ("https://awan.x.go.id/index.php/s/AbCdEf", True),  # a Nextcloud share
        ("https://notdropbox.com/s/abc", False),
        ("https://x.go.id/drive.google.com", False),
    ],
)
def test_hosted_documents(url: str, hosted: bool) -> None:
    assert is_hosted_document(url) is hosted


@pytest.mark.parametrize(
    ("ctype", "document"),
    [
        ("application/pdf", True),
        ("Application/PDF; name=x.pdf", True),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", True),
        ("application/vnd.oasis.opendocument.spreadsheet", True),
        ("text/csv", True),
        ("text/html; charset=utf-8", False),
        ("", False),
        (None, False),
    ],
)
def test_document_media_types(ctype: str | None, document: bool) -> None:
    assert is_document_type(ctype) is document


def test_a_client_side_route_is_kept_and_other_fragments_dropped() -> None:
    """'#/ppid/profil' (React's HashRouter, Vue's hash mode) and '#!/ppid' (AngularJS) are pages of a hash-routed
    app: kept, a trailing slash dropped, the app's root '#/' the page itself; '#top' stays a place on the page."""
    from ppid_audit.urls import dedupe_key, join, normalise, route_of

    assert normalise("http://ppid.contoh.go.id/#/ppid/profil/") == "http://ppid.contoh.go.id/#/ppid/profil"
    assert normalise("http://ppid.contoh.go.id/#!/ppid") == "http://ppid.contoh.go.id/#!/ppid"
    assert normalise("http://ppid.contoh.go.id/#/") == "http://ppid.contoh.go.id/"
    assert normalise("http://ppid.contoh.go.id/x#top") == "http://ppid.contoh.go.id/x"
    assert join("#/ppid", "http://ppid.contoh.go.id/#/beranda") == "http://ppid.contoh.go.id/#/ppid"
    assert join("#top", "http://ppid.contoh.go.id/") is None and join("#/", "http://ppid.contoh.go.id/") is None
    assert route_of("http://ppid.contoh.go.id/#/ppid") == "#/ppid" and route_of("http://ppid.contoh.go.id/") == ""
    assert dedupe_key("http://ppid.contoh.go.id/#/ppid") != dedupe_key("http://ppid.contoh.go.id/")

"""The page model on fixtures written like real PPID CMS pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from ppid_audit.models import Fetch, FetchKind, Image, Page
from ppid_audit.page import parse_html, parse_page

FIXTURES = Path(__file__).parent / "fixtures"
FETCHED = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.timezone.utc)


def fetch_of(url: str, **kw: object) -> Fetch:
    return Fetch(url=url, kind=FetchKind.PAGE, site_id="64.72", status=200, fetched_at=FETCHED, **kw)  # type: ignore[arg-type]


def parse(name: str, url: str, content_type: str | None = None, **kw: object) -> Page:
    return parse_page(fetch_of(url, **kw), (FIXTURES / name).read_bytes(), content_type_header=content_type)


def by_text(page: Page, text: str):  # type: ignore[no-untyped-def]
    found = [link for link in page.links if link.text == text]
    assert found, f"no link {text!r} in {[link.text for link in page.links]}"
    return found[0]


# --------------------------------------------------------------------------- WordPress


@pytest.fixture(scope="module")
def wp() -> Page:
    return parse("wordpress_menu.html", "https://ppid.contohkab.go.id/informasi-publik/informasi-berkala/", "text/html; charset=UTF-8")


def test_wordpress_basics(wp: Page) -> None:
    assert wp.title == "Informasi Berkala – PPID Kabupaten Contoh"
    assert wp.lang == "id-ID"
    assert wp.meta["generator"] == "WordPress 6.4.2"
    assert wp.meta["og:title"] == "Informasi Berkala"
    assert wp.encoding_source == "header"
    assert [h.text for h in wp.headings][:2] == ["Informasi Berkala", "A. Ringkasan Program dan Kegiatan"]
    assert wp.script_srcs == ("https://ppid.contohkab.go.id/wp-includes/js/jquery/jquery.min.js",)
    assert not wp.js_only


def test_wordpress_menu_paths(wp: Page) -> None:
    assert by_text(wp, "Informasi Berkala").menu_path == ("Informasi Publik",)
    assert by_text(wp, "Informasi Publik").menu_path == ()
    assert by_text(wp, "Struktur Organisasi").menu_path == ("Profil",)
    sk = by_text(wp, "SK DIK 2024")
    assert sk.menu_path == ("Informasi Publik", "Informasi Dikecualikan")
    assert sk.url == "https://ppid.contohkab.go.id/wp-content/uploads/2024/01/DIK%20FIX%202024.pdf"
    assert sk.raw_href == "/wp-content/uploads/2024/01/DIK FIX 2024.pdf"


def test_wordpress_nav_scope(wp: Page) -> None:
    assert by_text(wp, "Beranda").in_nav
    assert by_text(wp, "Lapor").in_nav  # image alt as anchor text
    assert not by_text(wp, "Kontak").in_nav  # footer menu is not navigation
    assert not by_text(wp, "Laporan PPID").in_nav  # content link
    assert not by_text(wp, "Berita satu").in_nav  # sidebar widget, not a menu
    assert by_text(wp, "Regulasi").url == "https://ppid.contohkab.go.id/informasi-publik/informasi-berkala/?page_id=370"


def test_wordpress_skipped_links_and_dead_anchors(wp: Page) -> None:
    urls = [link.url for link in wp.links]
    assert not any(u.startswith(("mailto:", "tel:", "javascript:")) for u in urls)
    assert "kosong" not in [link.text for link in wp.links]
    assert wp.dead_anchor_count == 2  # "Profil" (a menu parent) is not counted
    assert wp.dead_anchor_texts == ("Download", "Preview")


def test_wordpress_visible_text(wp: Page) -> None:
    assert "Diperbarui: Senin, 22 Juli 2019 oleh admin" in wp.text
    assert "tersembunyi" not in wp.text  # display:none
    assert "Aktifkan JavaScript" not in wp.text  # noscript
    assert "wpData" not in wp.text and ".hide" not in wp.text
    assert "  " not in wp.text
    assert by_text(wp, "Tautan tersembunyi")  # links in hidden parts are still links


def test_wordpress_dates(wp: Page) -> None:
    got = {(d.date, d.source) for d in wp.dates}
    assert (dt.date(2019, 7, 22), "text") in got  # byline under the h1
    assert (dt.date(2024, 2, 12), "meta") in got
    assert (dt.date(2023, 1, 1), "filename") in got  # laporan-ppid-2023.pdf
    assert not any(d.date.year == 2025 for d in wp.dates)  # the © 2025 footer


# --------------------------------------------------------------------------- Bootstrap


@pytest.fixture(scope="module")
def bs() -> Page:
    return parse("bootstrap_navbar.html", "https://ppid.diskominfo.contohprov.go.id/permohonan")


def test_bootstrap_dropdowns(bs: Page) -> None:
    assert by_text(bs, "Informasi Berkala").menu_path == ("Informasi Publik",)
    assert by_text(bs, "Informasi Berkala").url == "https://ppid.diskominfo.contohprov.go.id/index.php/pub/overview/berkala"
    assert by_text(bs, "Formulir Keberatan").menu_path == ("Layanan Informasi",)  # div.dropdown-menu, no li
    assert by_text(bs, "Kontak").menu_path == ()
    assert not by_text(bs, "SP4N - LAPOR!").in_nav
    assert bs.dead_anchor_count == 0  # dropdown toggles are not dead links


def test_bootstrap_breadcrumbs_and_form(bs: Page) -> None:
    assert bs.breadcrumbs == ("Beranda", "Layanan Informasi", "Formulir Permohonan Informasi")
    form = bs.forms[0]
    assert form.action == "https://ppid.diskominfo.contohprov.go.id/permohonan/simpan"
    assert form.method == "POST"
    labels = {f.name: f.label for f in form.fields}
    assert labels == {
        "nama": "Nama Lengkap",  # <label for>
        "nik": "NIK/No Identitas",  # wrapping label
        "email": "Email",  # placeholder
        "rincian": "Rincian Informasi yang Dibutuhkan",
        "cara": "cara",  # name
        "ktp": "Upload Foto KTP",
    }
    assert "csrf_test_name" not in labels
    search = bs.forms[1]
    assert search.method == "GET" and search.action == bs.url and search.fields[0].label == "Cari"


# --------------------------------------------------------------------------- DIP table


def test_dip_table() -> None:
    page = parse("dip_table.html", "https://ppid.contohkab.go.id/dip")
    dip = page.tables[0]
    assert dip.caption == "DAFTAR INFORMASI PUBLIK (DIP) Tahun 2024"
    assert dip.headers[1] == "Ringkasan Isi Informasi" and len(dip.headers) == 7
    assert len(dip.rows) == 3
    assert dip.rows[1][3] == "19 Oktober 2018"
    assert [link.url for link in dip.links] == [
        "https://ppid.contohkab.go.id/upload/dip/Laporan%20Keuangan%202023.pdf",
        "https://drive.google.com/file/d/1AbC/view?usp=sharing",
    ]
    assert page.tables[1].caption == "Rekapitulasi Permohonan"
    assert page.tables[1].rows[0] == ("Januari", "12")
    assert len(page.tables[1].rows) == 2  # the nested table's row stays in its own table
    table_dates = {d.date for d in page.dates if d.source == "table"}
    assert {dt.date(2018, 10, 19), dt.date(2024, 9, 1), dt.date(2024, 4, 6), dt.date(2023, 1, 1)} <= table_dates
    assert page.dead_anchor_texts == ("Preview",)


# --------------------------------------------------------------------------- JavaScript


def test_js_filled_nav() -> None:
    page = parse("js_nav.html", "https://ppid.contohkota.go.id/")
    assert page.js_only
    assert page.js_fetch_urls == (
        "https://ppid.contohkota.go.id/komponen/navbar.html",
        "https://ppid.contohkota.go.id/komponen/header.html",
        "https://ppid.contohkota.go.id/api/menu.json",
    )
    assert page.nav_links == ()


def test_fragment_links_resolve_against_the_page_that_loads_it() -> None:
    # a browser inserts /komponen/navbar.html into the page, so "maklumat.html" is /maklumat.html
    frag = b'<ul><li><a href="maklumat.html">Maklumat</a></li><li><a href="/sop.html">SOP</a></li></ul>'
    url = "https://ppid.contohkota.go.id/komponen/navbar.html"
    page = parse_page(fetch_of(url, final_url=url, referrer="https://ppid.contohkota.go.id/"), frag)
    assert [lk.url for lk in page.links] == ["https://ppid.contohkota.go.id/maklumat.html", "https://ppid.contohkota.go.id/sop.html"]
    # a whole document keeps its own URL as base, and so does a fragment without a referrer
    doc = b"<!DOCTYPE html><html><body>" + frag + b"</body></html>"
    assert parse_page(fetch_of(url, referrer="https://ppid.contohkota.go.id/"), doc).links[0].url.endswith("/komponen/maklumat.html")
    assert parse_page(fetch_of(url), frag).links[0].url.endswith("/komponen/maklumat.html")
    # a referrer on another host never becomes the base
    assert parse_page(fetch_of(url, referrer="https://lain.go.id/"), frag).links[0].url.endswith("/komponen/maklumat.html")


def test_content_images_skip_menus_footers_and_decoration() -> None:
    html = (b"<html><body><nav class='menu'><img src='/img/menu-foto.jpg'><a href='/'>Beranda</a></nav>"
            b"<header><img src='/assets/logo-pemkab.png' alt='Logo'></header>"
            b"<main><h1>Maklumat Pelayanan</h1><img src='/uploads/2024/05/maklumat-ppid.jpg' alt='Maklumat PPID'>"
            b"<img src='data:image/gif;base64,R0lGOD'><img src='/img/icon-pdf.png'></main>"
            b"<footer><img src='/uploads/peta.jpg'></footer></body></html>")
    page = parse_page(fetch_of("https://ppid.contohkota.go.id/maklumat"), html)
    assert page.content_images == (Image("https://ppid.contohkota.go.id/uploads/2024/05/maklumat-ppid.jpg", "Maklumat PPID"),)
    assert parse_page(fetch_of("https://ppid.contohkota.go.id/"), b"<p>teks</p>").content_images == ()


def test_spa_shell_and_js_redirect() -> None:
    spa = parse("spa.html", "https://ppid.contohkota.go.id/")
    assert spa.js_only and spa.text == "" and spa.links == ()
    red = parse("js_redirect.html", "https://ppid.contohkota.go.id/")
    assert red.js_only
    assert red.js_redirect == "https://ppid.contohkota.go.id/ppid/beranda"
    assert red.meta["refresh"] == "5; url=/ppid/"


def test_normal_page_is_not_js_only() -> None:
    assert not parse("dip_table.html", "https://ppid.contohkab.go.id/dip").js_only
    assert not parse("bootstrap_navbar.html", "https://ppid.contohkab.go.id/").js_only


# --------------------------------------------------------------------------- URLs, embeds, charsets


def test_base_href() -> None:
    page = parse("base_href.html", "https://ppid.contohkab.go.id/ppid/regulasi/detail")
    urls = {link.text: link.url for link in page.links}
    assert urls["Regulasi"] == "https://ppid.contohkab.go.id/ppid/index.php/regulasi"
    assert urls["Home"] == "https://ppid.contohkab.go.id/home"
    assert urls["Dasar Hukum"] == "https://ppid.contohkab.go.id/ppid/asset/dasar%20hukum.pdf"
    assert urls["JDIH"] == "https://jdih.contohkab.go.id/produk"
    assert urls["Dengan fragmen"] == "https://ppid.contohkab.go.id/ppid/page.html"
    assert "Ke atas" not in urls
    assert by_text(page, "Regulasi").in_nav  # ul.nav in a page header
    assert (dt.date(2020, 7, 28), "filename") in {(d.date, d.source) for d in page.dates}


def test_iframe_embed_object_option_area() -> None:
    page = parse("iframe_pdf.html", "https://ppid.contohkota.go.id/maklumat")
    tags = {}
    for link in page.links:
        tags.setdefault(link.tag, link)
    assert tags["iframe"].url == "https://ppid.contohkota.go.id/asset/PPID%20KOTA%20CONTOH.pdf"
    assert tags["iframe"].text == "Maklumat PPID"
    assert tags["embed"].url.endswith("/asset/SuratKeteranganDIK%20Th2024.pdf")
    assert tags["object"].url.endswith("laporan%20akhir%20ppid%20tahun%202024%20TTD.pdf")
    assert tags["option"].url == "https://ppid.contohkota.go.id/upload/product/DIP%20Tahun%202024.pdf"
    assert tags["option"].text == "DIP Tahun 2024"
    assert tags["area"].text == "Lapor"
    assert [link.tag for link in page.links].count("option") == 1  # "2" and "" are not URLs
    assert "Pilih Dokumen" not in page.text


def test_cp1252_page_declared_utf8() -> None:
    page = parse("cp1252.html", "http://ppid.contohkab.go.id/profil", "text/html; charset=utf-8")
    assert page.encoding == "cp1252" and page.encoding_source == "cp1252"
    assert "“informasi publik” harus terbuka – sesuai" in page.text
    assert "Café résumé naïve façade" in page.text
    assert dt.date(2020, 3, 5) in {d.date for d in page.dates}


def test_final_url_and_last_modified_header() -> None:
    f = fetch_of("http://x.go.id/", final_url="https://x.go.id/home/", last_modified="Tue, 12 Mar 2024 10:00:00 GMT")
    page = parse_page(f, b'<a href="berita">Berita</a>')
    assert page.url == "https://x.go.id/home/"
    assert page.links[0].url == "https://x.go.id/home/berita"
    assert (dt.date(2024, 3, 12), "header") in {(d.date, d.source) for d in page.dates}


def test_empty_and_broken_html() -> None:
    empty = parse_page(fetch_of("https://x.go.id/"), b"")
    assert empty.text == "" and empty.links == () and not empty.js_only
    broken = parse_page(
        fetch_of("https://x.go.id/"),
        b"<html><body><nav><ul><li><a href='/a'>A<li><a href=/b>B</ul><body><div><div><p>teks <b>tebal<table><tr><td>sel",
    )
    # Lexbor, like browsers, reopens the unclosed <a> later on: same URL twice
    assert list(dict.fromkeys(link.url for link in broken.links)) == ["https://x.go.id/a", "https://x.go.id/b"]
    assert broken.links[0].in_nav and broken.links[1].in_nav
    assert "teks tebal" in broken.text and "sel" in broken.text


def test_huge_text_is_capped() -> None:
    body = b"<p>" + b"kata " * 200_000 + b"</p>"
    page = parse_page(fetch_of("https://x.go.id/"), body)
    assert 0 < len(page.text) <= 300_000


def test_a_page_past_the_parse_cap_is_read_to_a_tag_end_within_it() -> None:
    """A multi-megabyte listing is parsed to its first MAX_PARSE_CHARS (its tree would be ~22x the HTML)."""
    from ppid_audit.page import MAX_PARSE_CHARS

    row = b"<tr><td>Arsip dokumen</td><td><a href='/arsip/%d'>unduh</a></td></tr>\n"
    rows = b"".join(row % i for i in range(60_000))
    assert len(rows) > MAX_PARSE_CHARS
    page = parse_page(fetch_of("https://x.go.id/arsip"), b"<h1>Arsip</h1><a href='/awal'>awal</a><table>" + rows + b"</table><a href='/akhir'>akhir</a>")
    urls = [link.url for link in page.links]
    assert "https://x.go.id/awal" in urls and "https://x.go.id/arsip/0" in urls
    assert "https://x.go.id/akhir" not in urls  # past the cap
    assert page.headings[0].text == "Arsip" and page.parse_error is None


def test_inline_base64_pictures_do_not_push_content_past_the_parse_cap() -> None:
    picture = b"data:image/png;base64," + b"iVBORw0KGgo" * 250_000  # 2.75 MB pasted into a post
    body = b"<h1>Informasi Berkala</h1><img src='" + picture + b"'><a href='/berkala/lkpd-2025.pdf'>LKPD 2025</a>"
    page = parse_page(fetch_of("https://x.go.id/berkala"), body)
    assert [link.url for link in page.links] == ["https://x.go.id/berkala/lkpd-2025.pdf"]


def test_deep_nesting_does_not_recurse() -> None:
    body = b"<div>" * 20_000 + b"<a href='/dalam'>dalam</a>"
    page = parse_page(fetch_of("https://x.go.id/"), body)
    assert page.links and page.links[0].url == "https://x.go.id/dalam"


def test_encoding_recorded_on_fetch_and_parse_html() -> None:
    page = parse("cp1252.html", "http://x.go.id/", "text/html; charset=utf-8")
    assert (page.fetch.encoding, page.fetch.encoding_source) == ("cp1252", "cp1252")
    already = fetch_of("http://x.go.id/", encoding="utf-8", encoding_source="header")
    assert parse_page(already, b"<p>x</p>").fetch is already
    html = parse_html(already, "<title>Judul</title><a href='/a'>A</a>")
    assert html.title == "Judul" and html.links[0].url == "http://x.go.id/a"
    assert html.encoding_source == "header"


def test_alpine_and_details_dropdowns_give_menu_paths() -> None:
    """Menus built as <div x-data><button> (Alpine.js) or <details><summary> keep their group label."""
    html = b"""<html><body><nav class="navbar">
    <div x-data="{open:false}"><button @click="open=!open">Informasi Publik</button>
      <div x-show="open"><a href="/berkala">Informasi Berkala</a><a href="/dik">Informasi Dikecualikan</a></div></div>
    <details><summary>Layanan</summary><a href="/form">Formulir Permohonan</a></details>
    </nav></body></html>"""
    fetch = Fetch(url="https://ppid.example.go.id/", final_url="https://ppid.example.go.id/", kind=FetchKind.PAGE,
                  site_id="1", status=200, fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc))
    page = parse_page(fetch, html, content_type_header="text/html; charset=utf-8")
    paths = {link.text: link.menu_path for link in page.links}
    assert paths["Informasi Berkala"] == ("Informasi Publik",)
    assert paths["Informasi Dikecualikan"] == ("Informasi Publik",)
    assert paths["Formulir Permohonan"] == ("Layanan",)


def test_mega_menu_columns_label_their_links_with_the_column_heading() -> None:
    """A mega-menu panel groups its links in columns under a heading (<div><h3>Informasi Berkala</h3><ul>...);
    the heading is the links' menu label, as a dropdown's button would be. A heading over prose, or one that
    is itself a link, labels nothing; outside a menu nothing changes."""
    html = b"""<html><body><nav><div id="trigger"><button>Informasi Publik</button></div>
    <div id="mega" style="display:none"><div>
      <div><h3>Informasi Berkala</h3><ul><li><a href="/lakip">LAKIP</a></li><li><a href="/lap">Laporan Akses</a></li></ul></div>
      <div><h3>Informasi Serta Merta</h3>
        <ul><li><a href="/bencana">Siap Siaga Bencana</a></li></ul></div>
      <div><h4><a href="/sop">SOP PPID</a></h4><ul><li><a href="/sop-minta">Tata Cara Permohonan</a></li></ul></div>
      <div><h3>Catatan</h3><p>teks</p><ul><li><a href="/x">Lainnya</a></li></ul></div>
    </div></div></nav>
    <main><div><h3>Informasi Berkala</h3><ul><li><a href="/isi">Isi halaman</a></li></ul></div></main></body></html>"""
    fetch = Fetch(url="https://ppid.example.go.id/", final_url="https://ppid.example.go.id/", kind=FetchKind.PAGE,
                  site_id="1", status=200, fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc))
    page = parse_page(fetch, html, content_type_header="text/html; charset=utf-8")
    paths = {link.text: link.menu_path for link in page.links}
    assert paths["LAKIP"] == ("Informasi Berkala",)
    assert paths["Laporan Akses"] == ("Informasi Berkala",)
    assert paths["Siap Siaga Bencana"] == ("Informasi Serta Merta",)
    assert paths["Tata Cara Permohonan"] == ()
    assert paths["Lainnya"] == ()
    assert paths["Isi halaman"] == ()


def test_links_to_a_developers_host_are_dead_on_a_public_page() -> None:
    """A CMS that saved its links as http://127.0.0.1:8000/... or http://ppid.test/ links nothing a visitor can
    open: such links are dead anchors (not followed, not links); on a page served from such a host they are its own."""
    html = b"""<html><body><main><a href="http://127.0.0.1:8000/page/9cbd/maklumat-pelayanan">Maklumat Pelayanan</a>
    <a href="http://ppidbalikpapan.test/permohonan">Isi Formulir</a><a href="http://192.168.10.5/sop.pdf">SOP</a>
    <a href="https://ppid.contoh.go.id/dip">Daftar Informasi Publik</a></main></body></html>"""
    def parsed(url: str) -> Page:
        fetch = Fetch(url=url, final_url=url, kind=FetchKind.PAGE, site_id="1", status=200,
                      fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc))
        return parse_page(fetch, html, content_type_header="text/html; charset=utf-8")
    public = parsed("https://ppid.contoh.go.id/")
    assert [lk.text for lk in public.links] == ["Daftar Informasi Publik"]
    assert public.dead_anchor_count == 3 and "Maklumat Pelayanan" in public.dead_anchor_texts
    local = parsed("http://127.0.0.1:8000/")
    assert len(local.links) == 4 and local.dead_anchor_count == 0


def test_stand_in_pictures_are_not_content_images() -> None:
    """A placeholder service's picture or an alt that says the picture is not there is not published content."""
    html = b"""<html><body><main><img src="https://placehold.co/1200x900?text=Bagan+Struktur+PPID" alt="Bagan Struktur PPID">
    <img src="/uploads/kosong.png" alt="Bagan Struktur Organisasi PPID tidak tersedia">
    <img src="/uploads/bagan-ppid-2026.png" alt="Bagan Struktur PPID 2026"></main></body></html>"""
    fetch = Fetch(url="https://ppid.contoh.go.id/struktur", final_url="https://ppid.contoh.go.id/struktur", kind=FetchKind.PAGE,
                  site_id="1", status=200, fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc))
    page = parse_page(fetch, html, content_type_header="text/html; charset=utf-8")
    assert [im.url for im in page.content_images] == ["https://ppid.contoh.go.id/uploads/bagan-ppid-2026.png"]


# --------------------------------------------------------------------------- dropdowns a script mounts

_SVELTE_NAV = """<html><body><nav><ul>
<li><a href="/">BERANDA</a></li>
<li class="relative"><button><span>PROFIL</span><svg viewBox="0 0 24 24"><path d="m6 9 6 6 6-6"/></svg></button></li>
<li><a href="/berita">BERITA</a></li>
<li class="relative"><button><span>INFORMASI PUBLIK</span><svg viewBox="0 0 24 24"></svg></button></li>
<li class="relative"><button><span>LAYANAN</span><svg viewBox="0 0 24 24"></svg></button></li>
<li><a href="/ppid-pelaksana">PPID PELAKSANA</a></li></ul></nav>
<main><h1>PPID Provinsi</h1><p>Layanan informasi publik yang transparan dan akuntabel bagi seluruh masyarakat.</p></main>
{script}</body></html>"""
_NEXT_NAV = """<html><body><div role="navigation" aria-label="Main navigation"><div class="flex">
<div class="relative"><a href="/">Beranda</a></div>
<div class="relative"><a href="/profil/visi-misi">Profil<svg class="w-3 h-3"><path d="M19 9l-7 7-7-7"></path></svg></a></div>
<div class="relative"><a href="/informasi/dip-kota">Informasi Publik <svg class="w-3 h-3"></svg></a></div>
<div class="relative"><a href="/standar-layanan/prosedur">Standar Layanan<svg class="w-3 h-3"></svg></a></div>
</div></div><main><h1>PPID Kota</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Kota, layanan informasi publik.</p></main>
<script src="/_next/static/chunks/main-app.js" async></script></body></html>"""
_STATIC_DROPDOWNS = """<html><body><nav><ul>
<li><a href="/"><i class="fa fa-home"></i> Beranda</a></li>
<li class="dropdown"><a class="dropdown-toggle" data-bs-toggle="dropdown" href="#">Profil <i class="caret"></i></a>
  <ul class="dropdown-menu"><li><a href="/profil-ppid">Profil PPID</a></li><li><a href="/struktur">Struktur</a></li></ul></li>
<li class="dropdown"><button class="dropdown-toggle" aria-expanded="false">Informasi Publik</button>
  <div class="dropdown-menu"><a href="/berkala">Berkala</a><a href="/serta-merta">Serta Merta</a></div></li>
<li><a href="/kontak"><svg></svg> Kontak</a></li></ul></nav>
<main><h1>PPID</h1><p>Layanan informasi publik yang transparan dan akuntabel bagi seluruh masyarakat.</p></main>
<script src="/js/bootstrap.bundle.min.js"></script></body></html>"""


def _page(html: str) -> Page:
    return parse_page(fetch_of("https://ppid.contohprov.go.id/"), html.encode())


def test_menu_buttons_without_their_items_need_a_browser() -> None:
    """A SvelteKit/React menu: top-level buttons only, the items mounted by a script while a menu is open."""
    page = _page(_SVELTE_NAV.replace("{script}", '<script type="module" src="/_app/start.js"></script>'))
    assert page.js_only and page.js_reason == "script_menu"
    assert not _page(_SVELTE_NAV.replace("{script}", "")).js_only  # no script: the HTML is the page


def test_caret_links_without_their_items_need_a_browser() -> None:
    """A Next.js navbar: top-level links with a caret icon, each dropdown rendered on hover."""
    assert _page(_NEXT_NAV).js_reason == "script_menu"


_PORTAL_NAV = """<html><body><header><a href="/"><img alt="Logo" src="/logo.svg"></a>
<nav aria-label="Main" data-orientation="horizontal"><ul data-orientation="horizontal">
<li><a href="/">Beranda</a></li>
<li><button type="button" aria-expanded="false" data-state="closed">Profil</button></li>
<li><button type="button" aria-expanded="false" data-state="closed">Informasi Publik</button></li>
<li><button type="button" aria-expanded="false" data-state="closed">Layanan Informasi</button></li>
<li><a href="/regulasi">Regulasi</a></li></ul></nav>
<button type="button" aria-label="Cari"><svg class="lucide lucide-search"></svg></button><button type="button" aria-label="Toggle theme"></button></header>
<main><h1>PPID Kantor Contoh</h1><p>Portal pelayanan informasi publik resmi Kantor Kementerian Contoh.</p></main>
<footer><a href="/profil">Profil</a> <a href="/informasi-publik">Informasi Publik</a> <a href="/layanan-informasi">Layanan</a></footer>
<script src="/_next/static/chunks/webpack.js" async></script></body></html>"""


def test_radix_or_base_ui_menu_triggers_whose_content_mounts_on_open_need_a_browser() -> None:
    """A Next.js NavigationMenu (Radix / Base UI): server-rendered trigger buttons marked aria-expanded,
    each dropdown's content mounted (in a portal) only while open; the footer's links do not make the menu readable."""
    page = _page(_PORTAL_NAV)
    assert page.js_only and page.js_reason == "script_menu"
    opened = _PORTAL_NAV.replace("</body>", '<nav data-ppid-audit="opened-menus"><ul><li><button>Profil</button>'
                                 '<div><ul><li><a href="/profil">Profil PPID</a></li></ul></div></li></ul></nav></body>')
    assert not _page(opened).js_only  # rendered, its menus opened by the browser


def test_static_dropdowns_and_icon_links_do_not_need_a_browser() -> None:
    page = _page(_STATIC_DROPDOWNS)
    assert not page.js_only and page.js_reason is None


def test_table_rows_written_by_the_page_script_need_a_browser() -> None:
    """A document table whose tbody the page's own script fills (from an inline array, by filter buttons)."""
    html = """<html><body><nav><a href="/">Beranda</a><a href="/profil/">Profil</a><a href="/ppid/">PPID</a></nav>
<h1>PPID</h1><p>Dokumen informasi publik Sekretariat DPRD yang dapat diunduh oleh masyarakat umum.</p>
<table><thead><tr><th>No</th><th>Judul</th></tr></thead><tbody id="doc-table-body">
</tbody></table><script>const data = [{"judul": "x"}];
function render() { const body = document.getElementById("doc-table-body"); body.innerHTML = ""; }</script></body></html>"""
    page = _page(html)
    assert page.js_only and page.js_reason == "loader"
    filled = html.replace('<tbody id="doc-table-body">\n', '<tbody id="doc-table-body"><tr><td>1</td><td>SK</td></tr>')
    assert not _page(filled).js_only  # rows in the HTML: the static page is the page


def test_server_side_datatable_filled_by_an_external_script_needs_a_browser() -> None:
    """An empty table that a DataTables ajax/serverSide config (the library in an external script) fills."""
    html = """<html><body><nav><a href="/">Beranda</a><a href="/regulasi">Regulasi</a><a href="/unduh">Unduh</a></nav>
<h1>Unduh</h1><p>Dokumen yang dapat diunduh oleh masyarakat dari Dinas Energi dan Sumber Daya Mineral.</p>
<table id="downloadTable"><thead><tr><th>No</th><th>Judul</th></tr></thead><tbody>
</tbody></table><script src="/js/datatables.min.js"></script>
<script>$(function () { $("#downloadTable").DataTable({ serverSide: true, ajax: "/api/download/datatable" }); });</script>
</body></html>"""
    page = _page(html)
    assert page.js_only and page.js_reason == "loader"
    filled = html.replace("<tbody>\n", "<tbody><tr><td>1</td><td>Peta</td></tr>")
    assert not _page(filled).js_only  # rows in the HTML: the static page is the page


def test_loading_skeleton_needs_its_own_render_even_beside_a_script_menu() -> None:
    """A client component's loading skeleton (``animate-pulse`` boxes without text) is filled by a script."""
    html = """<html><body><header><nav><ul><li><a href="/">Beranda</a></li>
<li><button aria-haspopup="menu">Layanan PPID</button></li><li><button aria-haspopup="menu">Daftar Informasi</button></li></ul></nav></header>
<main><div class="animate-pulse"><div class="h-8 bg-gray-200 rounded"></div><div class="h-3 bg-gray-200"></div></div></main>
<footer><p>PPID Diskominfo, Jl. Soekarno-Hatta No. 1, Maumere</p></footer>
<script src="/_next/static/chunks/app/informasi/berkala/page.js" async></script></body></html>"""
    page = _page(html)
    assert page.js_only and page.js_reason == "loader"  # not "script_menu": siblings' menus do not stand in for it
    assert _page(html.replace("animate-pulse", "grid")).js_reason == "script_menu"
    # rendered, a skeleton its scripts left (data that never came) is what a visitor sees
    rendered = parse_page(dataclasses.replace(fetch_of("https://ppid.contohprov.go.id/"), rendered="loader"),
                          html.replace("<header>", '<header><div data-ppid-audit="menus-opened"></div>').encode())
    assert not rendered.js_only


def test_search_field_wired_by_the_page_script_is_a_search_form() -> None:
    """A jQuery search modal: a field outside any form whose input handler asks an endpoint."""
    html = """<html><body><nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/unduh">Unduh</a></nav>
<h1>Dinas Contoh</h1><p>Selamat datang di situs Dinas Contoh yang melayani informasi publik untuk masyarakat.</p>
<div class="modal fade" id="searchModal"><input type="text" id="searchInputModal" placeholder="Masukan pencarian..."></div>
<script src="/js/jquery.js"></script><script>
const box = document.getElementById('searchInputModal');
box.addEventListener('input', function () { $.getJSON(`/api/news?search=${this.value}`, function (d) {}); });</script></body></html>"""
    page = _page(html)
    assert [(f.action, f.fields[0].type) for f in page.forms] == [("https://ppid.contohprov.go.id/api/news", "search")]
    assert not _page(html.replace("searchInputModal", "nama").replace("Masukan pencarian...", "Nama")).forms  # not a search field
    assert not _page(html.replace("$.getJSON(`/api/news?search=${this.value}`, function (d) {})", "")).forms  # asks nothing


_NEXT_HEADER = """<html><body><header><a href="/"><img src="/logo.svg" alt="Logo"><h1>PPID Diskominfo</h1></a>
<nav class="hidden md:flex" data-nav></nav>
<div><a href="/register"><button>Daftar</button></a><a href="/login"><button>Login</button></a></div></header>
{main}
<footer><h3>Jam Layanan</h3><p>Senin - Jumat 08:00 - 16:00 WIB</p>
<a href="/permohonan">Permohonan Informasi</a> <a href="/dip">Daftar Informasi Publik</a></footer>
<script src="/_next/static/chunks/app/layout.js" defer></script></body></html>"""


def test_empty_nav_beside_a_few_header_links_is_a_script_menu() -> None:
    """A Next.js header before its settings load: an empty <nav> beside the logo, 'Daftar' and 'Login'."""
    main = "<main><h1>Tentang PPID</h1><p>PPID Diskominfo melayani permohonan informasi publik sesuai UU 14/2008.</p></main>"
    assert _page(_NEXT_HEADER.format(main=main)).js_reason == "script_menu"
    no_script = _NEXT_HEADER.format(main=main).replace('<script src="/_next/static/chunks/app/layout.js" defer></script>', "")
    assert not _page(no_script).js_only  # no script: the empty nav is just empty
    filled = _NEXT_HEADER.format(main=main).replace("<nav class=\"hidden md:flex\" data-nav></nav>", "<nav>" + "".join(
        f'<a href="/m{i}">Menu {i}</a>' for i in range(6)) + "</nav>")
    assert not _page(filled).js_only


def test_loading_message_as_the_content_needs_its_own_render() -> None:
    """A client page whose content block still says 'Loading...' (an auth guard or a fetch not yet answered)."""
    main = '<div class="flex justify-center h-screen" data-auth-guard="/login"><div class="text-lg">Loading...</div></div>'
    page = _page(_NEXT_HEADER.format(main=main).replace("<nav class=\"hidden md:flex\" data-nav></nav>", "<nav>" + "".join(
        f'<a href="/m{i}">Menu {i}</a>' for i in range(6)) + "</nav>"))
    assert page.js_only and page.js_reason == "loader"
    said = '<main><h1>Memuat data</h1><p>Halaman ini menjelaskan cara memuat data statistik dari portal Satu Data.</p></main>'
    assert _page(_NEXT_HEADER.format(main=said)).js_reason != "loader"  # a sentence about loading is content


def test_records_an_inline_script_draws_as_cards_need_a_browser() -> None:
    """'const items = [{"title": ..., "link": "https://drive.google.com/..."}]; renderDocCards(items)' into an empty
    list: the listing is there only once a browser runs the script."""
    nav = "<nav>" + "".join(f'<a href="/m{i}">Menu {i}</a>' for i in range(6)) + "</nav>"
    script = ('<script>const items = [{"title": "Daftar Informasi Secara Berkala", "category": "", "link": '
              '"https://drive.google.com/file/d/1/preview"}]; renderDocCards(items);</script>')
    html = f'<html><head><script src="/assets/site.js"></script></head><body>{nav}<main><div id="information-list"></div>DRAWN{script}</main></body></html>'
    page = _page(html.replace("DRAWN", ""))
    assert page.js_only and page.js_reason == "loader"
    drawn = '<div class="card"><p>Daftar Informasi Secara Berkala</p></div>'
    assert not _page(html.replace("DRAWN", drawn)).js_only  # the titles are in the HTML already (server-rendered)


def test_react_flow_nodes_hidden_until_measured_are_text() -> None:
    """An organisation chart drawn by React Flow is sent with each node at visibility:hidden until the browser has
    measured it (bpsdm-kaltim, batch 50): its boxes are the page's text; other hidden parts stay hidden."""
    html = ("<html><body><main><h1>Struktur Organisasi PPID</h1><div class='react-flow'><div class='react-flow__nodes'>"
            "<div class='react-flow__node react-flow__node-org' style='visibility:hidden'><div>Penanggung Jawab</div>"
            "<div>Kepala Badan</div></div></div></div><p style='visibility:hidden'>Teks tersembunyi</p></main></body></html>")
    page = parse_page(fetch_of("https://ppid.contohkota.go.id/ppid/struktur"), html.encode())
    assert "Penanggung Jawab" in page.text and "Kepala Badan" in page.text
    assert "Teks tersembunyi" not in page.text


def test_buttons_bound_by_id_to_load_a_fragment_are_links() -> None:
    """'javascript:void(0)' buttons the page's script binds by id to fetch a fragment into the page (bkk-pontianak,
    batch 50; also jQuery's '$("#id").click(... .load(url))'): each is a link to its fragment, named by its text; a
    handler that loads nothing literal, or an id bound to two addresses, is no link."""
    html = """<html><body><main><h1>Laporan</h1>
<a id="btn-ltlp" href="javascript:void(0)" class="menu-btn">Laporan Tahunan Layanan PPID</a>
<a id="btn-raip" href="javascript:void(0)" class="menu-btn">Ringkasan Akses Informasi Publik</a>
<button id="btn-x">Lainnya</button><button id="btn-y">Dua</button><div id="konten"></div></main>
<script>
document.getElementById("btn-ltlp").addEventListener("click", function () {
  fetch("/ppid/laporan/laporan-tahunan").then(r => r.text()).then(h => { document.getElementById("konten").innerHTML = h; });
});
$("#btn-raip").click(function () { $("#konten").load("/ppid/laporan/ringkasan"); });
document.getElementById("btn-x").addEventListener("click", function () { buka(this.dataset.k); });
document.getElementById("btn-y").addEventListener("click", () => { fetch("/a"); fetch("/b"); });
</script></body></html>"""
    page = parse_page(fetch_of("https://ppid.contohkota.go.id/ppid/laporan"), html.encode())
    links = {lk.text: lk.url for lk in page.links}
    assert links.get("Laporan Tahunan Layanan PPID") == "https://ppid.contohkota.go.id/ppid/laporan/laporan-tahunan"
    assert links.get("Ringkasan Akses Informasi Publik") == "https://ppid.contohkota.go.id/ppid/laporan/ringkasan"
    assert "Lainnya" not in links and "Dua" not in links


def test_tab_buttons_whose_panes_a_script_draws_are_tabs() -> None:
    """A row of buttons alone in their box ('Informasi Serta Merta | Informasi Berkala', rsj-saanin) and role=tab
    elements are the page's tabs; a Bootstrap tab naming its pane in the HTML (data-bs-target) and the menu's buttons
    are not."""
    html = """<html><body><nav><div><button>Profil</button><button>Publikasi</button></div></nav><main>
<div id="tabs"><button data-cat="1">Informasi Serta Merta</button><button data-cat="3">Informasi Berkala</button></div>
<ul role="tablist"><li><a role="tab" href="javascript:void(0)">Setiap Saat</a></li></ul>
<div><button data-bs-target="#dik">Dikecualikan</button><button data-bs-target="#dip">DIP</button></div>
<div id="dik">Daftar</div></main></body></html>"""
    page = parse_page(fetch_of("https://ppid.contohkota.go.id/ppid"), html.encode())
    assert page.tabs == ("Setiap Saat", "Informasi Serta Merta", "Informasi Berkala")


def test_a_cards_klik_detail_button_is_named_by_the_card() -> None:
    """Four category cards, each an icon, one line 'Berisi Mengenai Daftar Informasi Serta Merta ...' and a 'Klik
    Detail' button to the category's page (rsud-bendan): the button is named by its card's line."""
    cards = "".join(
        f"<div class='info-card'><div class='icon'><img src='/img/{k}.png' alt='Informasi {t}'></div><div class='text'>"
        f"<p>Berisi Mengenai Daftar Informasi {t} Rumah Sakit Umum Daerah Contoh</p>"
        f"<a href='detail-{k}.html' class='primary-btn'>Klik Detail</a></div></div>"
        for k, t in (("berkala", "Berkala"), ("serta-merta", "Serta Merta")))
    page = parse_page(fetch_of("https://rsud.contohkota.go.id/ppid.html"), f"<html><body><main>{cards}</main></body></html>".encode())
    links = {lk.url.rsplit("/", 1)[-1]: lk.text for lk in page.links}
    assert links["detail-serta-merta.html"] == "Berisi Mengenai Daftar Informasi Serta Merta Rumah Sakit Umum Daerah Contoh"
    assert links["detail-berkala.html"].startswith("Berisi Mengenai Daftar Informasi Berkala")


def test_a_label_styled_over_a_heading_is_a_heading() -> None:
    """'<p class="text-uppercase small">Maklumat Pelayanan</p>' over '<h3>Dengan ini kami menyatakan:</h3>' and the
    pledge (satpel-pvp-bantul): the section's label is its title; a plain short paragraph before a heading, or one
    styled so but followed by text, is not."""
    html = """<html><body><main><div class="card"><p class="text-uppercase text-primary small">Maklumat Pelayanan</p>
<h3>Dengan ini kami menyatakan:</h3><div>1. Sangat siap menyelenggarakan pelayanan.</div></div>
<p>12 Maret 2026</p><h2>Berita Terbaru</h2><p class="text-uppercase">Standar Pelayanan</p><p>Belum ada dokumen.</p>
</main></body></html>"""
    page = parse_page(fetch_of("https://ppid.contohkab.go.id/pelayanan-publik"), html.encode())
    heads = [h.text for h in page.headings]
    assert "Maklumat Pelayanan" in heads
    assert "12 Maret 2026" not in heads and "Standar Pelayanan" not in heads


def test_a_header_of_two_rows_names_each_column_by_both() -> None:
    """An exempt register whose header spans two rows (rsud-soetomo: 'No.' ... rowspan=2, 'Konsekuensi' colspan=2
    over 'Dampak Jika Dibuka' | 'Dampak Jika Ditutup'): every column keeps its name, the grouped ones their group's
    too, in the order of the body's cells."""
    html = """<html><body><main><table><thead>
<tr><th rowspan="2">No.</th><th rowspan="2">Informasi</th><th rowspan="2">Batas Waktu Pengecualian</th><th colspan="2">Konsekuensi</th></tr>
<tr><th>Dampak Jika Dibuka</th><th>Dampak Jika Ditutup</th></tr></thead>
<tbody><tr><td>1</td><td>Biodata PNS</td><td>Tidak Terbatas</td><td>Mengungkap data pribadi</td><td>Melindungi data pribadi</td></tr></tbody>
</table><table><thead><tr><th>No</th><th>Judul</th></tr></thead><tbody><tr><td>1</td><td>Renstra</td></tr></tbody></table></main></body></html>"""
    page = parse_page(fetch_of("https://ppid.contohkab.go.id/dik"), html.encode())
    assert page.tables[0].headers == ("No.", "Informasi", "Batas Waktu Pengecualian", "Konsekuensi Dampak Jika Dibuka",
                                      "Konsekuensi Dampak Jika Ditutup")
    assert page.tables[1].headers == ("No", "Judul")


def test_a_label_just_before_a_field_names_it() -> None:
    """'<label>Informasi yang dibutuhkan</label><input name="finfo">' (pelindo-marine, kel-petamburan: Bootstrap's
    form-group without for=): the field is named by its label, not 'finfo'; a label for another field does not."""
    html = """<html><body><main><form action="/ppid/kirim" method="post">
<div class="form-group"><label>Informasi yang dibutuhkan</label><input name="finfo"></div>
<div class="form-group"><label for="x">Nama</label><input name="fnama"></div><input id="x" name="nama2">
</form></main></body></html>"""
    form = parse_page(fetch_of("https://ppid.contohkab.go.id/ppid"), html.encode()).forms[0]
    assert [f.label for f in form.fields] == ["Informasi yang dibutuhkan", "fnama", "Nama"]


def test_a_form_no_script_can_send_is_inert_whatever_its_ids_and_choices() -> None:
    """A form with no action whose text fields have no name, on a page without scripts (bondowoso's 'Dummy form'):
    its id and the name of a radio group ('salinan') send no visitor's words, so it is inert; one named text field
    makes it a form that submits to its page."""
    def form(field: str) -> object:
        html = f"""<html><body><main><form id="formPermohonan"><label>Nama</label><input type="text" {field}>
<label>Rincian Informasi</label><textarea></textarea><label><input type="radio" name="salinan"> Email</label>
<button type="submit">Kirim</button></form></main></body></html>"""
        return parse_page(fetch_of("https://ppid.contohkab.go.id/"), html.encode()).forms[0]
    assert form('id="nama"').inert
    assert not form('name="nama"').inert


def test_a_form_on_a_static_file_with_nowhere_to_post_is_inert() -> None:
    """'<form action="#"><input type="search" name="search">' in the sidebar of kegiatan-disbud.html, no script
    (disbud-riau): submitted, it asks the static file it sits on, which reads nothing; the same form on a page a
    server builds ('/berita') may be read by that server."""
    html = b"""<html><body><main><h4>Cari</h4><form action="#"><input type="search" name="search">
<button type="submit"></button></form></main></body></html>"""
    assert parse_page(fetch_of("https://disbud.contohprov.go.id/kegiatan-disbud.html"), html).forms[0].inert
    assert not parse_page(fetch_of("https://disbud.contohprov.go.id/berita"), html).forms[0].inert


def test_a_pane_a_button_shows_is_named_by_that_button() -> None:
    """Alpine panes in the HTML, shown one at a time by the buttons of a tab row (nagari-duokoto's /ppid: 'Info Setiap
    Saat' over '<div x-show="sub === 'info_setiapsaat'">'): each pane carries its button's label as its heading; a
    navbar's toggle and a pane no button shows are left as they are."""
    page = _page("""<header><button @click="dd = 'menu'">Menu</button></header>
      <div x-data="{ sub: 'info_berkala' }">
        <div><button @click="sub = 'info_berkala'">Info Berkala</button><button @click="sub = 'info_setiapsaat'">Info Setiap Saat</button></div>
        <div x-show="sub === 'info_berkala'"><h3>APBDes 2025</h3></div>
        <div x-show="sub === 'info_setiapsaat'"><h3>Statistik Kependudukan 2025</h3></div>
        <div x-show="sub == 'lain'"><h3>Lain</h3></div>
        <div x-show="dd === 'menu'"><a href="/a">A</a></div>
      </div>""")
    heads = [h.text for h in page.headings]
    assert heads == ["Info Berkala", "APBDes 2025", "Info Setiap Saat", "Statistik Kependudukan 2025", "Lain"], heads
    assert "Info Setiap Saat Statistik Kependudukan 2025" in page.text


def test_icon_font_ligatures_are_not_words() -> None:
    """A Material Symbols glyph is written as its ligature name ('folder_open'): a picture to a visitor, not text."""
    page = _page("""<h2><span class="material-symbols-outlined">folder_open</span> Info Setiap Saat</h2>
      <p><span class="material-icons">call</span> (0752) 71234 <span class="material-icons">Telepon Kantor</span></p>""")
    assert [h.text for h in page.headings] == ["Info Setiap Saat"]
    assert "folder_open" not in page.text and "call" not in page.text and "Telepon Kantor" in page.text


def test_an_empty_table_body_a_site_script_fills_needs_a_browser() -> None:
    """kemenag-pessel's listings: '<tbody class="container-data"></tbody>' under the header row, its rows written from
    a JSON answer by the site's own /assets/js/info-data.js (or an inline script naming the class): the rows come
    with a browser.  The same empty body beside library scripts only (jQuery, Bootstrap) is what it is."""
    table = ("<h1>Informasi Berkala</h1><table><thead><tr><th>No</th><th>Judul</th></tr></thead>"
             "<tbody class='container-data'></tbody></table>")
    for scripts in ["<script src='/assets/js/info-data.js'></script>",
                    "<script src='/js/jquery.min.js'></script><script>$('.container-data').html(rows);</script>"]:
        page = _page(table + scripts + "<p>" + "Informasi yang wajib diumumkan secara berkala. " * 6 + "</p>")
        assert page.js_reason == "loader", scripts
    page = _page(table + "<script src='/js/jquery.min.js'></script><script src='/js/bootstrap.min.js'></script>"
                 + "<p>" + "Informasi yang wajib diumumkan secara berkala. " * 6 + "</p>")
    assert page.js_reason is None


def test_a_pdf_a_script_embeds_is_on_the_page() -> None:
    """setwan-kapuashulu's 'SK PPID' page: an empty '<div id="pdf">' that PDFObject fills with the decree, or a
    viewer whose src a script sets: the document is on the page (an <embed> of it), as a browser shows it.  A
    script that names no document, or names it by a variable, embeds nothing we can read."""
    page = _page("""<h1>SK PPID SETWAN</h1><div id="pdf"></div><script src="/js/pdfobject.min.js"></script>
      <script>PDFObject.embed("/storage/documents/1.-SK-TIM-PPID.pdf", "#pdf");</script>""")
    assert [(lk.url, lk.tag) for lk in page.links] == [("https://ppid.contohprov.go.id/storage/documents/1.-SK-TIM-PPID.pdf", "embed")]
    page = _page("""<h1>DIP</h1><iframe id="viewer"></iframe><div id="box"></div>
      <script>document.getElementById('box').src = '/files/dip-2026.pdf';</script>""")
    assert [lk.url for lk in page.links] == ["https://ppid.contohprov.go.id/files/dip-2026.pdf"]
    for script in ["PDFObject.embed(url, '#pdf');", "PDFObject.embed('/peta/wilayah.png', '#pdf');"]:
        assert not _page(f"<h1>SK</h1><div id='pdf'></div><script>{script}</script>").links, script


def test_a_bold_line_of_its_own_is_a_title() -> None:
    """diskominfo-rembang's PPID page: '<span class="text-bold">PROFIL DAN TUGAS FUNGSI PPID</span>' on its own line
    over the profile's paragraph (and 'Struktur Organisasi PPID' over the chart) is the section's title.  A bold
    word inside a sentence is not."""
    page = _page("""<div><span class="text-bold">PROFIL DAN TUGAS FUNGSI PPID</span>
      <p>Penunjukan Pejabat Pengelola Informasi dan Dokumentasi merupakan kewajiban badan publik.</p>
      <span class="text-bold"> Struktur Organisasi PPID </span><img src="/image/ppid-struktur.png" alt="struktur ppid">
      <p>Kantor buka <span class="fw-bold">Senin sampai Jumat</span> mulai pukul 07.00.</p></div>""")
    assert [h.text for h in page.headings] == ["PROFIL DAN TUGAS FUNGSI PPID", "Struktur Organisasi PPID"]



def test_a_card_linking_the_roots_empty_fragment_is_a_dead_anchor() -> None:
    """lkbn-antara: the home page's category cards link '/#', which reloads the home page as '#' reloads its own:
    dead links; the home link and a logo that link '/#' are the home page's."""
    page = _page('<html><body><nav><a href="/#"><img src="/logo.png" alt="Logo ANTARA"></a><a href="/#">Beranda</a></nav>'
                 '<main><div class="card"><h5><a href="/#">Informasi Berkala</a></h5><p>Informasi yang wajib diumumkan '
                 'secara berkala.</p></div><a href="/ppid/profil">Profil PPID</a></main></body></html>')
    assert page.dead_anchor_texts == ("Informasi Berkala",)
    assert [lk.text for lk in page.links if lk.url.endswith("/ppid/profil")] == ["Profil PPID"]
    assert "Beranda" in [lk.text for lk in page.links]


def test_a_submit_handler_that_only_shows_a_message_sends_nothing() -> None:
    """bumd-tulangbawangjaya: a request form without action or field names whose inline submit handler only logs
    the fields and alerts an invented registration number: the form cannot send anything (inert). The same
    handler posting the fields with fetch() sends them."""
    form = ('<form id="f"><label>Nama Lengkap *</label><input type="text"><label>NIK *</label><input type="text">'
            '<label>Informasi yang dibutuhkan</label><textarea></textarea><button type="submit">Kirim</button></form>')
    fake = ("<script>document.getElementById('f').addEventListener('submit', function (e) { e.preventDefault();"
            " console.log(new FormData(this)); alert('Permohonan terkirim. No. Registrasi: REG-2025-001'); });</script>")
    page = _page(f"<html><body><main><h1>Permohonan Informasi</h1>{form}</main>{fake}</body></html>")
    assert page.forms and page.forms[0].inert
    sent = fake.replace("console.log(new FormData(this));", "fetch('/api/permohonan', {method: 'POST', body: new FormData(this)});")
    page = _page(f"<html><body><main><h1>Permohonan Informasi</h1>{form}</main>{sent}</body></html>")
    assert page.forms and not page.forms[0].inert

"""Golden tests of session 22's classes (first-run disagreements of batches 82-84 and the corpus's long tail, fixed
generally).  Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://fbs.contoh.ac.id"
DAY = dt.date(2026, 12, 8)
NAV = """<nav><ul class="menu">
  <li><a href="/index.html">Beranda</a></li><li><a href="/profil.html">Profil</a></li>
  <li><a href="/ppid.html">PPID</a></li><li><a href="/kontak.html">Kontak</a></li>
</ul><button class="open-search" aria-label="Cari">Cari</button></nav>"""
OVERLAY = ('<div id="search-overlay" class="hidden"><div class="search-box"><input id="search-input" type="text" '
           'placeholder="Cari..."><button id="search-close">esc</button></div><ul id="results"></ul></div>')
FOOT = "<footer><p>Fakultas Contoh. Jl. Setiabudhi No. 1, Bandung. Telp (022) 2013163.</p></footer>"


def page(main: str, extra: str = "") -> str:
    return (f"<!doctype html><html><head><title>Fakultas Contoh</title></head><body>{NAV}<main>{main}</main>"
            f"{extra}{FOOT}</body></html>")


def site(extra: str) -> SitePages:
    pages = {
        "/index.html": page("<h1>Fakultas Contoh</h1><p>Selamat datang.</p>", extra),
        "/profil.html": page("<h1>Profil</h1><p>Sejarah fakultas.</p>", extra),
        "/ppid.html": page("<h1>PPID</h1><p>Layanan informasi publik fakultas.</p>", extra),
        "/kontak.html": page("<h1>Kontak</h1><p>Hubungi kami.</p>", extra),
    }
    return S.build(BASE + "/index.html", {BASE + k: v for k, v in pages.items()}, audit_date=DAY)


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def test_search_box_of_the_template_on_every_page_is_a_search() -> None:
    # fpbs-upi, perpus-iainsorong: the header's 'Cari' opens an overlay whose box the page's script fills from the
    # site's index; the box stands on every page, so it is the template's search, not one listing's filter
    res = present("layanan.pencarian", site(OVERLAY))
    assert res.status == Status.PASS, res.message
    assert "setiap halaman" in res.message


def test_filter_box_of_one_listing_is_still_no_search() -> None:
    # the same box on one page only is that page's filter: no search of the site
    pages = {
        "/index.html": page("<h1>Fakultas Contoh</h1><p>Selamat datang.</p>"),
        "/profil.html": page("<h1>Profil</h1><p>Sejarah fakultas.</p>"),
        "/ppid.html": page('<h1>Dokumen PPID</h1><input type="text" placeholder="Cari..."><ul><li>Renstra</li></ul>'),
        "/kontak.html": page("<h1>Kontak</h1><p>Hubungi kami.</p>"),
    }
    sp = S.build(BASE + "/index.html", {BASE + k: v for k, v in pages.items()}, audit_date=DAY)
    assert present("layanan.pencarian", sp).status == Status.FAIL


def test_category_page_of_its_definition_over_an_empty_notice_is_empty() -> None:
    # desa-bedikulon: '/ppid?kategori=Berkala' is the heading, the category's definition in one line, and 'Belum ada
    # informasi untuk saat ini.': an empty listing, not a published category
    berkala = page('<h1>Informasi Berkala</h1><p>Informasi yang wajib disediakan dan diumumkan secara berkala.</p>'
                   '<div><span>Belum ada informasi untuk saat ini.</span></div>')
    home = page('<h1>PPID Fakultas Contoh</h1><p>Layanan informasi publik.</p>'
                '<a href="/berkala.html">INFORMASI SECARA BERKALA</a>')
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/berkala.html": berkala}, audit_date=DAY)
    res = present("kategori.berkala", sp)
    assert res.status == Status.FAIL, res.message
    assert "belum ada informasi" in res.message.lower()


_LETTERED = ("<table>" + "".join(f"<tr><th>{c}.</th><td>{t}</td></tr>" for c, t in zip(
    "abcdefgh", ("Profil Desa", "Program Kegiatan Desa", "Kinerja lingkup Desa", "Laporan keuangan Desa",
                 "Laporan akses informasi publik", "Hak/Tata cara informasi"))) + "</table>")


def test_category_caption_over_lettered_titles_without_documents_publishes_nothing() -> None:
    # desa-tanjungsari-oku: 'Daftar Informasi Publik' page, a caption per category over 'a. Profil Desa', 'b. Program
    # Kegiatan Desa' ... with no link, date or year: the regulation's kinds written out, nothing of the village's filed
    dip = page("<h1>DAFTAR INFORMASI PUBLIK DESA CONTOH</h1>"
               + _LETTERED.replace("<table>", "<table><caption>Informasi yang wajib disediakan dan diumumkan secara berkala</caption>"))
    home = page('<h1>Desa Contoh</h1><p>Selamat datang.</p><a href="/ppid.html">PPID</a>')
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/ppid.html": dip}, audit_date=DAY)
    res = present("kategori.berkala", sp)
    assert res.status == Status.FAIL, res.message
    assert "judul jenis informasi" in res.message
    # the same titles each with a year are items of the body's own (a list of what it filed): not this rule
    dated = dip.replace("Desa</td>", "Desa 2025</td>")
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/ppid.html": dated}, audit_date=DAY)
    assert "judul jenis informasi" not in present("kategori.berkala", sp).message

"""Golden-fixture tests of checks/categories.py and the shared matcher (no network)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.checks import _matching as M
from ppid_audit.models import SitePages, Status

FIX = Path(__file__).resolve().parent / "fixtures" / "categories"

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}

B = "https://ppid.contohkab.go.id"
WP_PAGES = {
    B + "/": "wp_home.html",
    B + "/informasi-publik/informasi-berkala/": "wp_berkala.html",
    B + "/informasi-publik/informasi-dikecualikan/": "wp_dikecualikan.html",
    B + "/informasi-publik/informasi-serta-merta/": "wp_sertamerta_empty.html",
    B + "/informasi-publik/informasi-setiap-saat/": "wp_setiapsaat.html",
    B + "/sop-permohonan/": "wp_sop.html",
    B + "/maklumat/": "wp_maklumat.html",
    B + "/formulir-permohonan/": "wp_formulir.html",
    B + "/profil-ppid/": "wp_profil.html",
}
WP_DOCS = {
    B + "/wp-content/uploads/2026/03/LKjIP-2025.pdf": (404, "text/html", 0),
    B + "/wp-content/uploads/2026/01/Renja_2026.pdf": (200, "application/pdf", 5000),
}


run = S.run


def wp(audit_date: dt.date = dt.date(2026, 11, 20)) -> SitePages:
    return S.build(B + "/", WP_PAGES, WP_DOCS, audit_date=audit_date)


# --------------------------------------------------------------------------- matcher


@pytest.mark.parametrize("text", ["Infromasi Dikecualikan", "Informasi Di Kecualikan", "INFORMASI  yang   dikecualikan", "Infomrasi Dikecualikan", "Informassi dikecualikan"])
def test_typos_and_spacing_still_match(text: str) -> None:
    assert M.target("dikecualikan").label_in(M.tokens(text))


def test_serta_merta_heading_without_yang_wajib_names_the_category() -> None:
    # batch 8's fmipa-unila: the regulation's wording shortened, as page titles shorten it
    assert M.target("serta_merta").label_in(M.tokens("Informasi Diumumkan Serta Merta"))


@pytest.mark.parametrize(("a", "b", "same"), [("informasi", "indormasi", True), ("informasi", "infromasi", True), ("lapor", "laporan", False), ("layanan", "pelayanan", False), ("sop", "sip", False)])
def test_fuzzy_tokens_are_bounded(a: str, b: str, same: bool) -> None:
    assert M._close(a, b) is same


def test_file_names_are_decoded_and_split() -> None:
    assert M.file_name("https://x.go.id/u/DIP%20Tahun%202024.pdf") == "DIP Tahun 2024.pdf"
    assert M.tokens("SuratKeteranganDIK Th2024", camel=True)[:3] == ("surat", "keterangan", "dik")
    assert "lkjip" in M.tokens("LKjIP_2024", camel=True)


def test_vocabulary_and_rules_come_from_data_files() -> None:
    assert M.rules()["current"]["berkala"]["months"] == 6
    assert "sedang diperbarui" in M.vocabulary()["placeholders"]["phrases"]
    assert M.target("berkala").items  # coverage items are data, not code


# --------------------------------------------------------------------------- WordPress site


def test_berkala_menu_page_coverage_current_and_404() -> None:
    r = run("kategori.berkala", wp())
    assert r["present"].status == Status.PASS
    assert r["present"].evidence[0].note == "menu"
    # 6 of 10: "E. Pengadaan Barang dan Jasa" (procurement) is no complaints procedure ("pengaduan")
    assert r["coverage"].value is not None and r["coverage"].value == 0.6
    assert r["coverage"].status == Status.WARN and "pengaduan" in r["coverage"].message
    assert r["current"].status == Status.PASS
    assert r["reachable"].status == Status.FAIL and "LKjIP-2025.pdf" in r["reachable"].message


def test_berkala_stale_says_newest_date_and_rule() -> None:
    r = run("kategori.berkala", wp(audit_date=dt.date(2027, 8, 1)))
    cur = r["current"]
    assert cur.status == Status.FAIL
    assert "2026" in cur.message and "6 bulan" in cur.message and "1 Agustus 2027" in cur.message


def test_berkala_item_rules_budget_year_and_current_programs() -> None:
    # in March 2027 the 2026 Renja is no program of the current year and the 2025 LKjIP is older than
    # last budget year; the newest dated item (LRA Semester I 2026, i.e. June 2026) is over 6 months old
    r = run("kategori.berkala", wp(audit_date=dt.date(2027, 3, 1)))
    assert r["current"].status == Status.FAIL and "Juni 2026" in r["current"].message
    assert r["current.program_kegiatan"].status == Status.FAIL and "tahun 2026" in r["current.program_kegiatan"].message
    assert r["current.kinerja"].status == Status.FAIL and r["current.kinerja"].evidence[0].note == "item-date:kinerja"
    assert r["current.keuangan"].status == Status.PASS  # LRA 2026 covers last budget year in 2027
    assert run("kategori.berkala", wp())["current.kinerja"].status == Status.PASS


def test_typo_menu_dikecualikan_with_dik_files() -> None:
    r = run("kategori.dikecualikan", wp())
    assert r["present"].status == Status.PASS
    assert "Infromasi Dikecualikan" in r["present"].evidence[0].snippet
    assert r["coverage"].value == 1.0


def test_sedang_diperbarui_page_is_not_present() -> None:
    r = run("kategori.serta_merta", wp())
    assert r["present"].status == Status.FAIL
    assert "sedang diperbarui" in r["present"].message
    assert r["reachable"].status == Status.NOT_APPLICABLE


def test_empty_serta_merta_page_is_a_warning() -> None:
    html = "<html><head><title>Informasi Serta Merta</title></head><body><nav class='menu'><a href='/'>Beranda</a></nav><h1>Informasi Serta Merta</h1></body></html>"
    sp = S.build(B + "/sm", {B + "/sm": html})
    assert run("kategori.serta_merta", sp)["present"].status == Status.WARN


def test_dead_href_hash_downloads_are_not_present() -> None:
    r = run("kategori.setiap_saat", wp())
    assert r["present"].status == Status.FAIL
    assert 'href="#"' in r["present"].message
    assert r["coverage"].status == Status.NOT_APPLICABLE


# --------------------------------------------------------------------------- other site shapes


def test_category_only_in_dip_table_rows() -> None:
    L = "https://diskominfo.contohkota.go.id"
    sp = S.build(L + "/dip", {L + "/dip": "laravel_dip.html"})
    berkala = run("kategori.berkala", sp)
    assert berkala["present"].status == Status.PASS
    assert berkala["present"].evidence[0].note == "dip-row"
    assert berkala["current"].status == Status.FAIL  # newest row made in 2024
    assert run("kategori.setiap_saat", sp)["present"].status == Status.PASS
    assert run("kategori.dikecualikan", sp)["present"].status == Status.FAIL


def test_category_only_as_pdf_file_name() -> None:
    R = "https://rsud.contohkab.go.id"
    sp = S.build(R + "/dokumen.html", {R + "/dokumen.html": "static_files.html"})
    r = run("kategori.berkala", sp)
    assert r["present"].status == Status.PASS
    assert r["present"].evidence[0].note == "file-name"
    assert r["present"].evidence[0].snippet == "Informasi_Berkala_2023.pdf"
    assert r["current"].status == Status.FAIL and "2023" in r["current"].message


def test_paragraph_mention_is_not_the_category() -> None:
    P = "https://contohkota.go.id"
    sp = S.build(P + "/", {P + "/": "pemda_paragraph.html"})
    for cid in ("kategori.berkala", "kategori.serta_merta", "kategori.setiap_saat", "kategori.dikecualikan"):
        pres = run(cid, sp)["present"]
        assert pres.status == Status.FAIL, cid
        assert pres.evidence[0].note == "body-text" and "paragraf" in pres.message


def test_js_only_site_warns_instead_of_failing() -> None:
    P = "https://ppid.spa.go.id"
    sp = S.build(P + "/", {P + "/": "js_only.html"})
    assert sp.pages[0].js_only
    pres = run("kategori.berkala", sp)["present"]
    assert pres.status == Status.WARN and "peramban" in pres.message


def test_js_menu_whose_fragment_was_crawled_is_judged_not_warned() -> None:
    # the navbar fragment was fetched and holds no periodic-information entry: a plain "not found"
    P = "https://ppid.spa.go.id"
    frag = "<ul><li><a href='/profil.html'>Profil PPID</a></li><li><a href='/berita.html'>Berita</a></li></ul>"
    sp = S.build(P + "/", {P + "/": "js_only.html", P + "/komponen/navbar.html": frag})
    assert sp.pages[0].js_only
    pres = run("kategori.berkala", sp)["present"]
    assert pres.status == Status.FAIL and "peramban" not in pres.message


def test_js_fragment_links_count_as_menu() -> None:
    P = "https://ppid.spa.go.id"
    frag = "<ul><li><a href='/berkala.html'>Informasi Berkala</a></li></ul>"
    page = "<html><head><title>Informasi Berkala</title></head><body><h1>Informasi Berkala</h1><a href='/f/LKjIP 2026.pdf'>LKjIP 2026</a></body></html>"
    sp = S.build(P + "/", {P + "/": "js_only.html", P + "/komponen/navbar.html": frag, P + "/berkala.html": page})
    r = run("kategori.berkala", sp)
    assert r["present"].status == Status.PASS
    assert any(e.note == "menu" for e in r["present"].evidence)


def test_english_labels() -> None:
    E = "https://bappeda.contohprov.go.id"
    sp = S.build(E + "/en/", {E + "/en/": "english.html", E + "/en/periodic-information": "english_periodic.html"})
    r = run("kategori.berkala", sp)
    assert r["present"].status == Status.PASS and "Periodic Information" in r["present"].evidence[0].snippet
    assert r["coverage"].value == pytest.approx(0.2)
    # the menu exists but its page was not crawled: unsure, not a confident pass or fail
    assert run("kategori.dikecualikan", sp)["present"].status == Status.WARN


def test_nothing_at_all_fails_with_advice() -> None:
    P = "https://kosong.go.id"
    sp = S.build(P + "/", {P + "/": "<html><head><title>Beranda</title></head><body><nav class='menu'><a href='/berita'>Berita</a></nav><p>Selamat datang.</p></body></html>"})
    pres = run("kategori.berkala", sp)["present"]
    assert pres.status == Status.FAIL
    assert "Tambahkan menu 'Informasi Publik' > 'Informasi Berkala'" in pres.message


FOOTER = "<footer class='site-footer'><p>" + "Dinas Komunikasi dan Informatika Kabupaten Contoh, Jl. Merdeka No. 1. " * 12 + "</p></footer>"


def test_shared_footer_is_not_substance() -> None:
    home = f"<html><head><title>Beranda</title></head><body><nav class='menu'><a href='/berkala'>Informasi Berkala</a></nav><h1>Beranda</h1><p>Selamat datang.</p>{FOOTER}</body></html>"
    empty = f"<html><head><title>Informasi Berkala</title></head><body><nav class='menu'><a href='/berkala'>Informasi Berkala</a></nav><h1>Informasi Berkala</h1>{FOOTER}</body></html>"
    sp = S.build(B + "/", {B + "/": home, B + "/berkala": empty})
    pres = run("kategori.berkala", sp)["present"]
    assert pres.status == Status.FAIL and "kosong" in pres.message


def test_dropdown_parent_with_hash_href_is_judged_by_its_sub_menu() -> None:
    home = ("<html><head><title>PPID</title></head><body><nav class='navbar'><ul class='navbar-nav'>"
            "<li class='dropdown'><a href='#' class='dropdown-toggle' data-toggle='dropdown'>Informasi Berkala</a>"
            "<ul class='dropdown-menu'><li><a href='/upload/LKjIP 2026.pdf'>LKjIP 2026</a></li></ul></li>"
            "<li class='dropdown'><a href='#' class='dropdown-toggle' data-toggle='dropdown'>Informasi Serta Merta</a></li>"
            "</ul></nav><h1>Beranda</h1><p>" + "Selamat datang di PPID. " * 40 + "</p></body></html>")
    sp = S.build(B + "/", {B + "/": home}, {B + "/upload/LKjIP%202026.pdf": (200, "application/pdf", 900)})
    berkala = run("kategori.berkala", sp)
    assert berkala["present"].status == Status.PASS and berkala["reachable"].status == Status.PASS
    # a toggle with nothing under it does not borrow the home page's content
    assert run("kategori.serta_merta", sp)["present"].status != Status.PASS


# --------------------------------------------------------------------------- item dates


TABBED = """<!DOCTYPE html><html><head><title>Informasi Berkala</title></head><body>
<nav class="navbar"><ul class="navbar-nav"><li><a href="/">Beranda</a></li></ul></nav>
<main><h1>Informasi Berkala</h1>
<ul class="nav nav-tabs"><li><button>H. Tata Cara Pengaduan Penyalahgunaan Wewenang</button></li>
<li><button>I. Pengadaan Barang dan Jasa</button></li><li><button>K. Ringkasan Laporan Keuangan</button></li></ul>
<div class="tab-content">
<div class="tab-pane"><h3>H. Tata Cara Pengaduan Penyalahgunaan Wewenang</h3><table><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr>
<tr><td>1</td><td>Pengaduan Masyarakat (WBS) Februari 2025</td><td>20/02/2025</td></tr></table></div>
<div class="tab-pane"><h3>I. Pengadaan Barang dan Jasa</h3><table><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr>
<tr><td>1</td><td>Rencana Umum Pengadaan (RUP) Semester I 2026</td><td>09/08/2026</td></tr></table></div>
<div class="tab-pane"><h3>K. Ringkasan Laporan Keuangan</h3><table><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr>
<tr><td>1</td><td><a href="/f/lra.xlsx">Unduh</a> LRA Tahun 2024</td><td>30/06/2025</td></tr></table></div>
</div></main></body></html>"""
DIP = """<!DOCTYPE html><html><head><title>Daftar Informasi Publik</title></head><body><main><h1>Daftar Informasi Publik</h1>
<table><tr><th>No</th><th>Ringkasan Isi Informasi</th><th>Pejabat Yang Menguasai Informasi</th><th>Waktu Pembuatan</th><th>Jenis Informasi</th></tr>
<tr><td>1</td><td>Laporan Realisasi Anggaran</td><td>Sekretaris Daerah</td><td>2026</td><td>Informasi Berkala</td></tr>
<tr><td>2</td><td>Rencana Kerja Tahunan</td><td>Sekretaris Daerah</td><td>2022-2023</td><td>Informasi Berkala</td></tr></table></main></body></html>"""


def test_item_dates_come_from_the_items_own_section_not_tabs_dip_rows_or_lookalike_words() -> None:
    P = "https://ppid.tab.go.id"
    sp = S.build(P + "/", {P + "/": "<html><body><nav><a href='/berkala'>Informasi Berkala</a> <a href='/dip'>Daftar Informasi Publik</a></nav></body></html>",
                           P + "/berkala": TABBED, P + "/dip": DIP}, audit_date=dt.date(2026, 11, 25))
    r = run("kategori.berkala", sp)
    # the section under the h3 (not the empty tab button of the same text) dates the complaints procedure,
    # and "Pengadaan" (procurement) is not a typo of "Pengaduan" (complaints)
    assert r["current.pengaduan"].status == Status.FAIL and "Februari 2025" in r["current.pengaduan"].message
    assert r["current.pengadaan"].status == Status.PASS
    # the DIP's row "Laporan Realisasi Anggaran | 2026" declares the report, it is not the report: LRA 2024 is stale
    assert r["current.keuangan"].status == Status.FAIL and "2024" in r["current.keuangan"].message
    # a programme listed only in the DIP ("Rencana Kerja Tahunan 2022-2023") gets no item verdict
    assert "current.program_kegiatan" not in r
    assert r["current"].status == Status.FAIL


def test_pengaduan_and_pengadaan_are_distinct_words() -> None:
    assert not M.contains(("pengaduan",), M.tokens("Pengadaan Barang dan Jasa"))
    assert M.contains(("pengaduan",), M.tokens("Tata Cara Pengadūan"))  # accents still fold
    assert M.contains(("pengadaan", "barang"), M.tokens("Pengadan Barang"))  # and a real typo still matches


def test_camel_case_document_link_text_names_the_exempt_list() -> None:
    P = "https://ppid.statis.go.id"
    page = ("<html><head><title>Informasi Setiap Saat</title></head><body><h1>Informasi Setiap Saat</h1>"
            "<ul><li><a href='/upload/dikecualikan/suratketerangandik%20th2024.pdf'>SuratKeteranganDIK Th2024</a></li></ul></body></html>")
    sp = S.build(P + "/", {P + "/": "<html><body><nav><a href='/ss.html'>Informasi Setiap Saat</a></nav></body></html>", P + "/ss.html": page},
                 {P + "/upload/dikecualikan/suratketerangandik%20th2024.pdf": (200, "application/pdf", 4000)})
    pres = run("kategori.dikecualikan", sp)["present"]
    assert pres.status == Status.PASS and "SuratKeteranganDIK" in pres.message


def _shell(title: str, main: str) -> str:
    nav = "<nav class='menu'><a href='/sm'>Informasi Serta Merta</a> <a href='/berita'>Berita</a></nav>"
    aside = "<aside><a href='/berita/1'>Musrenbang Kecamatan Tahun 2026</a> <a href='/berita/2'>Festival Budaya Meriah</a></aside>"
    return (f"<html><head><title>{title}</title></head><body>{nav}<div class='breadcrumb'><a href='/'>Beranda</a> / "
            f"<a href='/informasi-publik'>Informasi Publik Daerah</a></div><main><h1>{title}</h1>{main}</main>{aside}"
            "<footer>© 2026 PPID</footer></body></html>")


def test_serta_merta_list_of_notice_pages_is_published_but_sidebar_links_are_not() -> None:
    P = "https://ppid.notice.go.id"
    home = _shell("Beranda", "<p>Selamat datang</p>")
    notices = _shell("Informasi Serta Merta", "<ul><li><a href='/pengumuman/banjir'>Peringatan Dini Banjir Rob</a> 12 Maret 2026</li>"
                                              "<li><a href='/pengumuman/gempa'>Jalur Evakuasi Gempa Bumi</a> 5 Januari 2026</li></ul>")
    sp = S.build(P + "/", {P + "/": home, P + "/sm": notices})
    assert run("kategori.serta_merta", sp)["present"].status == Status.PASS
    # the same page with only the shared sidebar news and the breadcrumb is an unused shell
    empty = _shell("Informasi Serta Merta", "<p>Belum ada.</p>")
    sp = S.build(P + "/", {P + "/": home, P + "/sm": empty})
    assert run("kategori.serta_merta", sp)["present"].status == Status.WARN


def test_sidebar_news_date_missing_from_the_home_page_does_not_make_stale_berkala_current() -> None:
    P = "https://ppid.sidebar.go.id"
    nav = "<nav class='menu'><a href='/berkala'>Informasi Berkala</a> <a href='/profil'>Profil</a></nav>"
    side = "<aside><h4>Berita Terbaru</h4><ul><li><a href='/b/1'>Musrenbang Kecamatan Tahun 2026</a> 18 November 2026</li></ul></aside>"
    foot = "<footer>© 2026 PPID</footer>"
    home = f"<html><body>{nav}<main><h1>Selamat datang</h1><p>Portal PPID.</p></main>{foot}</body></html>"  # no sidebar
    berkala = (f"<html><head><title>Informasi Berkala</title></head><body>{nav}<main><h1>Informasi Berkala</h1><ul><li>"
               f"<a href='/f/evakuasi.pdf'>Jalur Evakuasi Kantor</a> 3 Maret 2023</li></ul></main>{side}{foot}</body></html>")
    profil = f"<html><head><title>Profil</title></head><body>{nav}<main><h1>Profil</h1><p>Profil PPID.</p></main>{side}{foot}</body></html>"
    sp = S.build(P + "/", {P + "/": home, P + "/berkala": berkala, P + "/profil": profil},
                 {P + "/f/evakuasi.pdf": (200, "application/pdf", 5000)}, audit_date=dt.date(2026, 11, 20))
    cur = run("kategori.berkala", sp)["current"]
    assert cur.status == Status.FAIL and "3 Maret 2023" in cur.message

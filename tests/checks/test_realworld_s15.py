"""Golden tests of session 15's classes (first-run disagreements of the corpus and of batches 37-38, fixed
generally).  Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohprov.go.id"
DAY = dt.date(2026, 12, 7)
NAV = """<nav><ul class="menu">
  <li><a href="/index.html">Beranda</a></li>
  <li class="dropdown"><a href="/ppid.html">PPID</a><ul><li><a href="/informasi-berkala.html">Informasi Berkala</a></li>
  <li><a href="/informasi-setiap-saat.html">Informasi Setiap Saat</a></li><li><a href="/kontak.html">Kontak</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><p>Pemerintah Provinsi Contoh. Jl. Merdeka No. 1, Kota Contoh. Telp (0741) 22681.</p></footer>"


def page(main: str, title: str = "PPID Provinsi Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{NAV}<main>{main}</main>{FOOT}</body></html>"


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def site(pages: dict[str, str]) -> SitePages:
    home = page("<h1>Portal Provinsi Contoh</h1><p>Layanan informasi publik Pemerintah Provinsi Contoh.</p>")
    return S.build(BASE + "/index.html", {BASE + "/index.html": home, **{BASE + k: v for k, v in pages.items()}}, audit_date=DAY)


def _tiles(cat: str) -> str:
    years = "".join(f"<a class='tile' href='/dokumen-detail.html?judul={cat}&amp;tahun={y}'><b>{y}</b><span>{cat}</span></a>"
                    for y in (2026, 2025, 2024))
    return (f"<h1>{cat}</h1><p>{cat} merupakan bagian dari informasi PPID Pemerintah Provinsi Contoh. Informasi disusun "
            f"dalam tampilan yang ringkas agar masyarakat dapat menemukan dokumen dengan mudah.</p><div class='grid'>{years}</div>")


DETAIL_EMPTY = page("<h1>Dokumen</h1><table><tr><th>Dokumen</th><th>Tahun</th></tr></table>"
                    "<a href='#'>Pratinjau</a> <a href='#'>Unduh file</a><p>Pratinjau 0 kali, Download 0 kali.</p>"
                    "<p>Dokumen belum tersedia untuk dipratinjau.</p>", title="Dokumen")
DETAIL_FULL = page("<h1>Dokumen</h1><p>Informasi Berkala tahun ini.</p>"
                   "<a href='/files/lkjip-2026.pdf'>Unduh LKjIP 2026 (PDF)</a> <a href='/files/dpa-2026.pdf'>Unduh DPA 2026 (PDF)</a>",
                   title="Dokumen")


def test_year_tiles_whose_every_page_holds_no_document_publish_nothing() -> None:
    """'2026 Informasi Berkala' | '2025 ...' tiles opening a detail page with a dead 'Unduh file' (jambiprov)."""
    cat = "Informasi Berkala"
    details = {f"/dokumen-detail.html?judul={cat.replace(' ', '%20')}&tahun={y}": DETAIL_EMPTY for y in (2026, 2025, 2024)}
    r = present("kategori.berkala", site({"/informasi-berkala.html": page(_tiles(cat)), **details}))
    assert r.status == Status.FAIL, r.message
    assert "entri" in r.message


def test_year_tiles_whose_pages_hold_documents_are_published() -> None:
    """The same tiles over detail pages that link their files: the category is published."""
    cat = "Informasi Berkala"
    details = {f"/dokumen-detail.html?judul={cat.replace(' ', '%20')}&tahun={y}": DETAIL_FULL for y in (2026, 2025, 2024)}
    r = present("kategori.berkala", site({"/informasi-berkala.html": page(_tiles(cat)), **details}))
    assert r.status == Status.PASS, r.message


def test_a_forms_page_that_is_a_button_to_the_ppid_portal_is_offered_elsewhere() -> None:
    """'Formulir Permohonan Informasi Publik' over one sentence and 'Buka Formulir' to the PPID portal (dprd-ksb)."""
    form = page("<h1>Formulir Permohonan Informasi Publik</h1><p>Ajukan melalui portal resmi PPID.</p>"
                "<a href='https://setwan.ppid.contohkab.go.id/form/permohonan-informasi-publik'>Buka Formulir</a>")
    nav = NAV.replace("<li><a href=\"/kontak.html\">Kontak</a></li>",
                      "<li><a href=\"/formulir-permohonan.html\">Formulir Permohonan Informasi Publik</a></li>")
    home = page("<h1>Portal Provinsi Contoh</h1><p>Layanan informasi publik.</p>").replace(NAV, nav)
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/formulir-permohonan.html": form.replace(NAV, nav)},
                 audit_date=DAY)
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.WARN and "setwan.ppid.contohkab.go.id" in r.message, r.message
    # the same page with the button to a social network only: nothing is offered anywhere
    social = form.replace("https://setwan.ppid.contohkab.go.id/form/permohonan-informasi-publik", "https://www.instagram.com/ppidcontoh")
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/formulir-permohonan.html": social.replace(NAV, nav)},
                 audit_date=DAY)
    assert present("layanan.formulir_permohonan", sp).status == Status.FAIL


def test_a_nameless_box_that_says_it_searches_news_is_a_news_search() -> None:
    """The header's 'Cari Artikel Berita' box, no name, no action, sent by the page's script (dprd-ksb)."""
    box = ("<form id='search-desktop'><input type='text' placeholder='Cari Artikel Berita'>"
           "<button type='submit'>Cari</button></form><script src='/app.js'></script>")
    home = page(f"{box}<h1>Portal Provinsi Contoh</h1><p>Layanan informasi publik.</p>")
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home}, audit_date=DAY)
    r = CHECKS["layanan.pencarian"](sp.site, sp)[0]
    assert r.status == Status.WARN and "berita" in r.message, r.message


def test_a_menu_link_to_a_section_that_says_it_is_empty_is_empty() -> None:
    """'Informasi > Informasi Berkala' to /informasi#informasi-berkala, whose section says 'Belum ada informasi
    berkala.' on a page full of other sections (kel-petamburan)."""
    nav = NAV.replace('href="/informasi-berkala.html"', 'href="/informasi.html#informasi-berkala"')
    info = ("<h1>Informasi Kelurahan</h1><section id='agenda'><h2>Agenda Kelurahan</h2>"
            + "".join(f"<div><h4>Kerja bakti RW 0{i}</h4><p>Kerja bakti membersihkan saluran air di lingkungan RW 0{i}, "
                      f"Minggu {i} Desember 2026 pukul 07.00 WIB bersama warga dan petugas kelurahan.</p></div>" for i in range(1, 6))
            + "</section><section id='informasi-berkala'><h2>Informasi Berkala</h2><p>Informasi yang wajib disediakan dan "
            "diumumkan secara berkala kepada publik sesuai dengan peraturan perundang-undangan.</p>"
            "<div><p>Belum ada informasi berkala.</p></div></section>")
    home = page("<h1>Portal Provinsi Contoh</h1><p>Layanan informasi publik.</p>").replace(NAV, nav)
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/informasi.html": page(info).replace(NAV, nav)},
                 audit_date=DAY)
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL and "Belum ada informasi berkala" in r.message, r.message
    # the same section with a document is published
    full = info.replace("<div><p>Belum ada informasi berkala.</p></div>",
                        "<ul><li><a href='/files/lkjip-2025.pdf'>LKjIP 2025</a></li><li><a href='/files/dpa-2026.pdf'>DPA 2026</a></li></ul>")
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/informasi.html": page(full).replace(NAV, nav)},
                 audit_date=DAY)
    assert present("kategori.berkala", sp).status == Status.PASS


def test_sections_that_hold_only_a_testers_words_are_test_data_beside_a_sidebar() -> None:
    """'Visi' > 'asd', 'Misi' > 'asd', 'Tugas dan Fungsi' > 'test' beside a sidebar of news long enough to pass for
    content (farm seed 20261226, a portal layout): the profile is test data."""
    sidebar = ("<aside><h4>Berita Terbaru</h4><ul>" + "".join(
        f"<li><a href='/berita/{i}'>Bupati meresmikan jembatan baru di kecamatan nomor {i} bersama warga</a></li>" for i in range(4))
        + "</ul><p>Adukan Sekarang! Layanan pengaduan masyarakat tersedia setiap hari kerja.</p></aside>")
    nav = NAV.replace("<li><a href=\"/kontak.html\">Kontak</a></li>", "<li><a href=\"/profil.html\">Tentang PPID</a></li>")
    junk = page("<h1>Tentang PPID</h1><h2>Visi</h2><p>asd</p><h2>Misi</h2><p>asd</p><h2>Tugas dan Fungsi</h2><p>test</p>"
                + sidebar).replace(NAV, nav)
    home = page("<h1>Portal Provinsi Contoh</h1><p>Layanan informasi publik.</p>").replace(NAV, nav)
    # (the sidebar on every inner page, as the portal's template puts it: its links are the template's)
    others = {BASE + f"/berita-{i}.html": page(f"<h1>Berita {i}</h1><p>Isi berita nomor {i} tentang kegiatan kelurahan dan "
                                              f"warga pada minggu ini di lingkungan kantor.</p>" + sidebar).replace(NAV, nav)
              for i in range(3)}
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/profil.html": junk, **others}, audit_date=DAY)
    r = present("layanan.profil_ppid", sp)
    assert r.status == Status.FAIL and "data uji" in r.message, r.message
    # headings over nothing of their own (a chart page's 'Bagan' and 'Keterangan' over pictures) are no test data
    from ppid_audit.checks._content import _test_data_sections
    chart = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/profil.html": page(
        "<h1>Struktur PPID</h1><h2>Bagan</h2><img src='/bagan.png' alt='bagan'><h2>Keterangan</h2><img src='/ket.png'>"
        + sidebar).replace(NAV, nav)}, audit_date=DAY)
    p = chart.page(BASE + "/profil.html")
    assert p is not None and _test_data_sections(p, chart.page(BASE + "/index.html"), p.text) == ""


def test_a_chart_drawn_in_html_with_the_ppids_boxes_is_its_structure() -> None:
    """'Atasan PPID Pelaksana: Kepala Dinas', 'PPID Pelaksana: Sekretaris Dinas' and four 'Bidang ...' boxes, a
    chart drawn in HTML under an unnamed block (dishub-purbalingga); the law's three-role outline is not."""
    chart = ("<h1>Profil PPID</h1><p>PPID Pelaksana Dinas Perhubungan melayani permohonan informasi publik.</p>"
             "<div class='chart'><p>Bagan Hirarki Resmi</p><div><b>Atasan PPID Pelaksana:</b> Kepala Dinas Perhubungan</div>"
             "<div><b>PPID Pelaksana:</b> Sekretaris Dinas Perhubungan</div><div>Bidang Arsip dan Dokumentasi</div>"
             "<div>Bidang Pengumpulan dan Pengolahan Informasi Publik</div><div>Bidang Pelayanan Informasi Publik</div>"
             "<div>Bidang Sengketa Informasi</div></div>")
    outline = ("<h1>Profil PPID</h1><p>Atasan PPID: penanggung jawab tertinggi. PPID Pelaksana: tim teknis pelayanan informasi. "
               "Tim Pertimbangan: tim yang memberi pertimbangan.</p>")
    nav = NAV.replace("<li><a href=\"/kontak.html\">Kontak</a></li>", "<li><a href=\"/profil-ppid.html\">Profil PPID</a></li>")
    home = page("<h1>Portal Provinsi Contoh</h1><p>Layanan informasi publik.</p>").replace(NAV, nav)
    for body, want in ((chart, Status.PASS), (outline, Status.FAIL)):
        sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/profil-ppid.html": page(body).replace(NAV, nav)},
                     audit_date=DAY)
        r = CHECKS["layanan.struktur"](sp.site, sp)[0]
        assert r.status == want, (want, r.message)

"""Golden tests of sessions 16-18's classes (first-run disagreements of batches 44-54, fixed generally).  Each test builds
a minimal site from inline HTML shaped like the real sites (no network) and fails without the general fix of its
class.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sitekit as S

from checks import _content as C
from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Form, FormField, Link, Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohkab.go.id"
DAY = dt.date(2026, 12, 7)
NAV = """<nav><ul class="menu">
  <li><a href="/index.html">Beranda</a></li>
  <li class="dropdown"><a href="/ppid.html">PPID</a><ul><li><a href="/informasi-berkala.html">Informasi Berkala</a></li>
  <li><a href="/informasi-serta-merta.html">Informasi Serta Merta</a></li><li><a href="/kontak.html">Kontak</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><p>Dinas Kominfo Kabupaten Contoh. Jl. Trikora No. 1, Salakan. Telp (0462) 22110.</p></footer>"


def page(main: str, title: str = "PPID Kabupaten Contoh", nav: str = NAV) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{nav}<main>{main}</main>{FOOT}</body></html>"


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def site(pages: dict[str, str], nav: str = NAV) -> SitePages:
    home = page("<h1>Portal Kabupaten Contoh</h1><p>Layanan informasi publik Dinas Kominfo Kabupaten Contoh.</p>", nav=nav)
    return S.build(BASE + "/index.html", {BASE + "/index.html": home, **{BASE + k: v for k, v in pages.items()}}, audit_date=DAY)


def _listing(title: str, column: str, empty_title: str, empty_text: str) -> str:
    """An Inertia/React listing page: an introduction, a 'Menampilkan: 0 Dokumen' line and a table whose one cell is
    the empty state's title over its text (diskominfo-bangkep)."""
    return page(f"<h1>{title}</h1><p>Informasi yang wajib disediakan dan diumumkan oleh Badan Publik sebagaimana diatur "
                f"dalam UU No. 14 Tahun 2008.</p><p>Menampilkan: 0 Dokumen</p><table><thead><tr><th>No.</th><th>{column}</th>"
                f"<th>Tanggal Publikasi</th><th>Aksi</th></tr></thead><tbody><tr><td colspan='4'><h4>{empty_title}</h4>"
                f"<p>{empty_text}</p></td></tr></tbody></table>")


def test_an_empty_states_title_over_its_text_is_an_empty_listing() -> None:
    """'Dokumen Tidak Ditemukan' over 'Coba cari dengan kata kunci lain atau belum ada dokumen di kategori ini.' in the
    table's one cell (diskominfo-bangkep's berkala, setiap saat, DIP and SOP pages)."""
    berkala = _listing("Informasi Secara Berkala", "Judul Dokumen Informasi Berkala", "Dokumen Tidak Ditemukan",
                       "Coba cari dengan kata kunci lain atau belum ada dokumen di kategori ini.")
    r = present("kategori.berkala", site({"/informasi-berkala.html": berkala}))
    assert r.status == Status.FAIL and "Dokumen Tidak Ditemukan" in r.message, r.message
    for notice in ("Dokumen Tidak Ditemukan Belum ada dokumen DIP resmi yang diunggah saat ini.",
                   "Dokumen SOP Tidak Ditemukan Belum ada dokumen SOP resmi yang diunggah saat ini.",
                   "Belum ada informasi kategori setiap saat yang diunggah saat ini."):
        assert C.is_empty_notice(notice), notice
    # a row that names a document is no notice
    assert not C.is_empty_notice("Dokumen Pelaksanaan Anggaran 2026 belum diunggah ulang karena revisi")
    assert any(rx.search("Menampilkan: 0 Dokumen") for rx in C._empty_markers()[1])


def test_an_empty_states_row_naming_the_category_is_no_entry_of_it() -> None:
    """'Belum ada informasi kedaruratan / serta merta yang diunggah saat ini.' names the category in the table's one
    cell: the place is empty (a warning for serta merta), not an entry tagged 'serta merta'."""
    sm = _listing("Informasi Serta Merta", "Keterangan Informasi Serta Merta", "Dokumen Tidak Ditemukan",
                  "Belum ada informasi kedaruratan / serta merta yang diunggah saat ini.")
    r = present("kategori.serta_merta", site({"/informasi-serta-merta.html": sm}))
    assert r.status == Status.WARN and "kosong" in r.message, r.message


def test_a_document_about_lapor_on_another_host_is_not_the_channel() -> None:
    """A procedure PDF '...Pengaduan-Melalui-LAPOR.pdf' on the body's main site (lldikti4-web's POS page) is a
    document about SP4N LAPOR!, not a link into it."""
    pos = page("<h1>Prosedur Operasional Standar</h1><ul><li><a href='https://www.contohkab.go.id/wp-content/uploads/"
               "Layanan-Humas-dan-Hukum-Penyiapan-Bahan-Jawaban-atas-Pengaduan-Melalui-LAPOR.pdf'>"
               "Layanan-Humas-dan-Hukum-Penyiapan-Bahan-Jawaban-atas-Pengaduan-Melalui-LAPOR.pdf</a></li></ul>")
    r = present("layanan.lapor", site({"/pos.html": pos}))
    assert r.status == Status.FAIL, r.message
    # a link to the portal itself is the channel
    r = present("layanan.lapor", site({"/pos.html": pos.replace("</ul>", "<li><a href='https://www.lapor.go.id'>LAPOR!</a></li></ul>")}))
    assert r.status == Status.PASS, r.message


def test_categories_named_tiap_saat_and_secara_serta_merta_are_found() -> None:
    """'Informasi Tiap Saat' and 'Informasi Secara Serta Merta' linking the PPID portal (lldikti4-web): present,
    their pages elsewhere (a warning), not missing."""
    hub = page("<h1>PPID</h1><h5>Daftar Informasi Publik</h5><ul>"
               "<li><a href='https://ppid.contohkab.go.id/?page_id=1586'>Informasi Tiap Saat</a></li>"
               "<li><a href='https://ppid.contohkab.go.id/?page_id=1584'>Informasi Secara Serta Merta</a></li></ul>")
    sp = S.build("https://www.contohkab.go.id/index.html", {
        "https://www.contohkab.go.id/index.html": page("<h1>Beranda</h1><p>Portal resmi.</p><a href='/ppid.html'>PPID</a>", nav=""),
        "https://www.contohkab.go.id/ppid.html": page(hub.split("<main>")[1].split("</main>")[0], nav="")}, audit_date=DAY)
    for cid in ("kategori.setiap_saat", "kategori.serta_merta"):
        r = present(cid, sp)
        assert r.status == Status.WARN, (cid, r.message)


def test_hours_written_before_their_label_are_the_hours() -> None:
    """A contact card's chip '08:00–16:00' over 'Jam Layanan' (diskominfo-bangkep): hours without the cost."""
    kontak = page("<h1>Hubungi Kami</h1><div class='chip'><b>08:00–16:00</b><span>Jam Layanan</span></div>"
                  "<p>Email: ppid@contohkab.go.id</p>")
    r = present("layanan.jam_biaya_layanan", site({"/kontak.html": kontak}))
    assert r.status == Status.WARN and "08:00" in r.message, r.message


def test_a_submenu_item_that_is_another_targets_label_is_not_its_parents() -> None:
    """'Profil & Layanan PPID > SOP Pelayanan PPID' is the SOP, not part of the PPID's profile (diskominfo-bangkep);
    under a procedure's parent, 'Tata Cara > Pengajuan Keberatan' still is the objection procedure."""
    nav = """<nav><ul class="menu"><li><a href="/index.html">Beranda</a></li>
      <li class="dropdown"><a href="/ppid.html">Profil &amp; Layanan PPID</a><ul>
      <li><a href="/sop-pelayanan.html">SOP Pelayanan PPID</a></li></ul></li>
      <li class="dropdown"><a href="#">Tata Cara</a><ul><li><a href="/keberatan.html">Pengajuan Keberatan</a></li></ul></li></ul></nav>"""
    hub = page("<h1>Pejabat Pengelola Informasi &amp; Dokumentasi</h1><p>Layanan informasi publik.</p>", nav=nav)
    sop = page("<h1>Standar Operasional Prosedur</h1><p>Dokumen SOP resmi.</p><p>SOP Pelayanan Informasi 2026</p>"
               "<span>Unduh</span>", nav=nav)
    sp = site({"/ppid.html": hub, "/sop-pelayanan.html": sop}, nav=nav)
    r = present("layanan.profil_ppid", sp)
    assert "SOP Pelayanan PPID" not in r.message, r.message
    r = present("layanan.sop_keberatan", sp)
    assert r.status == Status.WARN and "Pengajuan Keberatan" in r.message, r.message



# ------------------------------------------------------------------ batches 45-47's first-run classes


def test_a_tab_filtering_an_empty_listing_is_empty() -> None:
    """Tabs 'Berkala' / 'Setiap Saat' to '/ppid/daftar-informasi?kategori=...' (not crawled) over a listing whose
    unfiltered view has no row and says 'Belum ada dokumen untuk kategori ini.' (desa-kurusumange)."""
    nav = NAV.replace('href="/informasi-berkala.html"', 'href="/ppid/daftar-informasi?kategori=Berkala"')
    listing = page("<h1>Jenis Informasi Publik</h1><h2>Daftar Dokumen Informasi Publik</h2>"
                   "<a href='/ppid/daftar-informasi?kategori=Semua'>Semua</a> <a href='/ppid/daftar-informasi?kategori=Berkala'>Berkala</a>"
                   "<table><thead><tr><th>No</th><th>Nama Dokumen</th><th>Tahun</th><th>Aksi</th></tr></thead><tbody></tbody></table>"
                   "<p>Belum ada dokumen untuk kategori ini.</p>", nav=nav)
    sp = site({"/ppid/daftar-informasi": listing}, nav=nav)
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL and "tersaring" in r.message, r.message


def test_a_hero_banner_is_no_picture_of_a_category_card() -> None:
    """'INFORMASI SETIAP SAAT' over one sentence of definition in a 'Klasifikasi Informasi Publik' grid, on a page
    whose only picture is its hero banner 'ppid-hero.jpg' (desa-kurusumange): the card defines, it publishes nothing."""
    cards = "".join(f"<div class='card'><h3>{h}</h3><p>{d}</p></div>" for h, d in (
        ("INFORMASI BERKALA", "Wajib disediakan secara rutin minimal 6 bulan sekali."),
        ("INFORMASI SETIAP SAAT", "Informasi yang harus tersedia dan diberikan saat diminta.")))
    profil = page(f"<img src='/ppid-hero.jpg' alt='PPID Desa Contoh'><h1>PPID Desa Contoh</h1><h2>Klasifikasi Informasi Publik</h2>{cards}")
    r = present("kategori.setiap_saat", site({"/ppid/profil.html": profil}))
    assert r.status == Status.FAIL, r.message
    assert C.content_images(S.build(BASE + "/p.html", {BASE + "/p.html": profil}, audit_date=DAY).pages[0]) == []


def test_a_picture_whose_alt_says_background_is_no_maklumat() -> None:
    """'Maklumat Pelayanan' over a picture alt='Background' only, the maklumat's own <img> empty (bpkad-surakarta)."""
    nav = NAV.replace("<li><a href=\"/kontak.html\">Kontak</a></li>", "<li><a href=\"/maklumat.html\">Maklumat Pelayanan</a></li>")
    mk = page("<img src='/assets/local/layanan.png' alt='Background'><h1>Maklumat Pelayanan</h1><p>bpkad contoh</p><img alt='maklumat'>",
              nav=nav)
    r = present("layanan.maklumat", site({"/maklumat.html": mk}, nav=nav))
    assert r.status == Status.FAIL, r.message


def test_a_section_of_template_fill_ins_is_placeholder_data() -> None:
    """'Informasi Setiap Saat' over '• [Template - Daftar informasi publik] • [Template - SOP pelayanan publik] ...'
    (disdikbud-sultra, a generator's one-page PPID)."""
    items = "".join(f"<li>[Template - {x}]</li>" for x in ("Daftar informasi publik", "Hasil keputusan rapat", "SOP pelayanan publik",
                                                           "Daftar penerima bantuan", "Jadwal pelayanan", "Kontak informasi"))
    hub = page(f"<h1>PPID Dinas Contoh</h1><h2>Tentang PPID</h2><p>PPID Dinas Contoh melayani permohonan informasi publik dari "
               f"masyarakat sesuai UU 14/2008 dan Perki 1/2021 dengan cepat, tepat waktu dan biaya ringan.</p>"
               f"<h3>Informasi Setiap Saat</h3><p>Informasi yang tersedia setiap saat diminta</p><ul>{items}</ul>"
               f"<h3>Kontak PPID</h3><p>Email: ppid@contohkab.go.id</p>")
    r = present("kategori.setiap_saat", site({"/ppid.html": hub}))
    assert r.status == Status.FAIL and "isian templat" in r.message, r.message


def test_a_page_titled_as_the_dip_but_headed_as_the_contact_is_the_contact() -> None:
    """<title>Satpol PP - Daftar Informasi Publik</title> and a breadcrumb over 'Kontak Kami' (satpolpp-semarang)."""
    kontak = page("<nav class='breadcrumb'><ol><li><a href='/index.html'>Beranda</a></li><li>Daftar Informasi Publik</li></ol></nav>"
                  "<h1>Kontak Kami</h1><p>Jl. Ronggowarsito No. 1, Kota Contoh. Telp (024) 3584154. Email: satpolpp@contohkab.go.id. "
                  "Instagram, Facebook dan YouTube resmi Satpol PP Kota Contoh untuk informasi dan pengaduan masyarakat.</p>"
                  "<table><tr><th>Media</th><th>Akun</th></tr><tr><td>Instagram</td><td>@satpolpp.contoh</td></tr>"
                  "<tr><td>Facebook</td><td>Satpol PP Kota Contoh</td></tr><tr><td>YouTube</td><td>Satpol PP Contoh TV</td></tr>"
                  "<tr><td>Email</td><td>satpolpp@contohkab.go.id</td></tr></table>",
                  title="Satpol PP Kota Contoh - Daftar Informasi Publik")
    r = present("layanan.dip", site({"/kontak.html": kontak}))
    assert r.status == Status.FAIL and "Kontak" in r.message, r.message


def test_entries_that_each_open_an_empty_detail_page_publish_nothing() -> None:
    """'A. Profil' > '1. Alamat Kantor Lengkap' ... each opening a page that only says 'Halaman detail untuk <title>.'
    (kemenag-jombang)."""
    titles = ["Alamat Kantor Lengkap", "Visi dan Misi", "Rencana Strategis", "Daftar Isian Pelaksanaan Anggaran"]
    items = "".join(f"<li><a href='/detail-{i}.html'>{t}</a></li>" for i, t in enumerate(titles))
    berkala = page(f"<h1>Informasi Berkala</h1><p>Informasi yang diumumkan secara berkala.</p><h3>A. Profil</h3><ol>{items}</ol>")
    details = {f"/detail-{i}.html": page(f"<a href='/informasi-berkala.html'>Kembali</a><h1>{t}</h1><p>Halaman detail untuk {t}.</p>")
               for i, t in enumerate(titles)}
    r = present("kategori.berkala", site({"/informasi-berkala.html": berkala, **details}))
    assert r.status == Status.FAIL and "entri" in r.message, r.message


def test_a_procedure_named_for_an_item_is_not_the_item() -> None:
    """'07. SOP Pendokumentasian Informasi yang Dikecualikan.pdf' and a card '06 • Pengujian Konsekuensi' over '06. SOP
    Pengujian Konsekuensi.pdf' (kemenag-jombang's SOP page): procedures, not the exempt list or the test."""
    sop = page("<h1>SOP Layanan Informasi</h1>"
               "<div><div>07 • Dok. Informasi Dikecualikan</div><a href='/file/07.%20SOP%20Pendokumentasian%20Informasi%20yang%20Dikecualikan.pdf'>"
               "07. SOP Pendokumentasian Informasi yang Dikecualikan.pdf</a></div>"
               "<div><div>06 • Pengujian Konsekuensi</div><div>Uji dampak keterbukaan informasi.</div>"
               "<a href='/file/06.%20SOP%20Pengujian%20Konsekuensi.pdf'>Buka</a></div>")
    sp = site({"/sop.html": sop})
    assert present("kategori.dikecualikan", sp).status == Status.FAIL
    assert present("layanan.uji_konsekuensi", sp).status == Status.FAIL
    # the list itself, named as such, is found
    dik = sop.replace("07. SOP Pendokumentasian Informasi yang Dikecualikan.pdf</a>", "Daftar Informasi yang Dikecualikan 2026.pdf</a>")
    dik = dik.replace("07.%20SOP%20Pendokumentasian%20Informasi%20yang%20Dikecualikan.pdf", "DIK-2026.pdf")
    assert present("kategori.dikecualikan", site({"/sop.html": dik})).status != Status.FAIL


def test_the_regulations_kinds_with_a_typo_are_still_the_regulations() -> None:
    """Eight unlinked cards 'Informasi Tentang Profil Badan Public', 'Informasi Tentang Peraturan ...' (bpkad-surakarta)."""
    kinds = ("Informasi Tentang Profil Badan Public", "Ringkasan Laporan Keuangan", "Informasi Tentang Peraturan Keputusan atau Kebijakan",
             "Informasi tentang prosedur peringatan dini", "Informasi Tentang Tata Cara Pengaduan Penyalahgunaan Wewenang")
    berkala = page("<h1>Informasi Berkala</h1><p>Informasi yang wajib diperbaharui kemudian disediakan dan diumumkan kepada publik "
                   "secara berkala sekurang-kurangnya setiap 6 bulan sekali.</p>" + "".join(f"<div class='card'><span>{k}</span></div>" for k in kinds))
    r = present("kategori.berkala", site({"/informasi-berkala.html": berkala}))
    assert r.status == Status.FAIL, r.message


def _doc_cards() -> str:
    """A React page's document cards: a short title over the document's full name and a 'Lihat PDF' button whose
    words are two spans (the page's text reads 'LihatPDF'), linking a Drive file (dinkes-surakarta)."""
    def card(title: str, name: str, file_id: str) -> str:
        return (f"<div class='card'><h4>{title}</h4><p>{name}</p><a href='https://drive.google.com/file/d/{file_id}/view'>"
                f"<span>Lihat</span><span>PDF</span></a></div>")
    return page("<h1>Profil PPID</h1><p>Dokumen resmi PPID Pelaksana Dinas Kesehatan Kota Contoh.</p>"
                + card("SK PPID", "Dokumen SK Tim Pejabat Pengelola Informasi dan Dokumentasi (PPID) Pelaksana Dinas "
                       "Kesehatan Kota Contoh", "1aB9x")
                + card("Laporan Pelayanan", "Laporan Pelayanan Informasi Publik 2025 PPID Pelaksana Dinas Kesehatan "
                       "Kota Contoh", "2cD8y"))


def test_document_cards_name_their_documents_over_a_two_span_button() -> None:
    """The card's full name names the document, its title's words repeated at the start of the name included, and
    'SK Tim Pejabat Pengelola Informasi' is the PPID's decree."""
    sp = site({"/profil-ppid.html": _doc_cards()})
    for check_id, words in (("layanan.sk_ppid", "SK Tim Pejabat"), ("layanan.laporan_layanan", "Informasi Publik 2025")):
        r = present(check_id, sp)
        assert r.status == Status.PASS and words in r.message, (check_id, r.message)


def test_a_row_of_filler_under_the_items_title_names_no_document() -> None:
    """'SOP PENGAJUAN KEBERATAN' over a table whose one row is '1 | SOP blabla | Buka File' (rsparu-jember): filler,
    not the procedure."""
    sop = page("<h1>SOP PENGAJUAN KEBERATAN</h1><h2>SOP PENGAJUAN KEBERATAN</h2><table><tr><th>No</th><th>SOP</th>"
               "<th>Opsi</th></tr><tr><td>1</td><td>SOP blabla</td><td><a href='/files/sop.pdf'>Buka File</a></td></tr></table>",
               title="SOP Pengajuan Keberatan")
    r = present("layanan.sop_keberatan", site({"/sop-keberatan.html": sop}))
    assert r.status != Status.PASS, r.message


def test_sections_of_test_data_under_a_title_the_breadcrumb_repeats_are_test_data() -> None:
    """'Beranda » Profil » Profil PPID' over 'Profil PPID' / 'Visi' test / 'Misi' asd / 'Tugas dan Fungsi' test (unused
    farm seed 20261238, a WordPress layout whose menu a script loads): the breadcrumb's copy of the title is no
    section's text."""
    nav = "<nav id='navbar-placeholder'></nav>"
    profil = page("<div class='breadcrumbs'>Beranda » Profil » Profil PPID</div><h1>Profil PPID</h1><h2>Visi</h2><p>test</p>"
                  "<h2>Misi</h2><p>asd</p><h2>Tugas dan Fungsi</h2><p>test</p>", title="Profil PPID", nav=nav)
    r = present("layanan.profil_ppid", site({"/profil-ppid.html": profil}, nav=nav))
    assert r.status == Status.FAIL and "data uji" in r.message, r.message


def test_a_named_box_that_says_it_searches_news_is_a_news_search() -> None:
    """A header box 'Cari Berita' that the page's script sends on Enter to '/article/all?query=' (the browser records
    it as a search form with a named field, probolinggo-kota): its own word says it searches the news only."""
    home = page("<h1>Portal Kota Contoh</h1><div data-ppid-audit='opened-search'><form role='search' method='get' "
                "action='/article/all'><input type='search' name='query' placeholder='Cari Berita'></form></div>")
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home}, audit_date=DAY)
    r = present("layanan.pencarian", sp)
    assert r.status == Status.WARN and "berita" in r.message, r.message


def test_downloads_that_open_a_file_hosts_front_page_publish_nothing() -> None:
    """A DIP of cards whose every 'Buka' opens 'https://drive.google.com' (a seeder's stand-in, bpsdm-kaltim), and a
    category card linking that listing filtered ('?tipe=berkala'): titles listed, no file behind them."""
    def card(i: int, title: str, kind: str) -> str:
        return (f"<div class='card'><div>{i}</div><div>{title}</div><div>Dokumen {title} tahun 2024.</div><div><span>{kind}</span>"
                f"<span>2024</span><span>pdf</span></div><a href='https://drive.google.com' target='_blank'>Buka</a></div>")
    dip = page("<h1>Daftar Informasi Publik</h1><p>Menampilkan 1-3 dari 3 dokumen</p>"
               + card(1, "Laporan Kinerja Tahun 2024", "Informasi Berkala") + card(2, "Rencana Strategis 2024-2028", "Informasi Berkala")
               + card(3, "Profil Badan", "Setiap Saat"), title="Daftar Informasi Publik")
    ppid = page("<h1>PPID</h1><a href='/daftar-informasi.html?tipe=berkala' class='card'><div>Informasi Berkala</div>"
                "<div>Wajib diumumkan secara berkala (Pasal 9 UU KIP)</div><div>2 dokumen</div></a>")
    sp = site({"/daftar-informasi.html": dip, "/ppid.html": ppid},
              nav=NAV.replace("</ul></nav>", "<li><a href='/ppid.html'>PPID Kami</a></li></ul></nav>"))
    for check_id in ("layanan.dip", "kategori.berkala"):
        r = present(check_id, sp)
        assert r.status == Status.FAIL and "drive.google.com" in r.message, (check_id, r.message)


def test_a_box_naming_news_among_other_kinds_is_a_site_search() -> None:
    """'Cari berita, program, dokumen...' (bpsdm-kaltim) searches news among other kinds; 'Cari Berita' alone stays
    a news search."""
    def verdict(placeholder: str) -> Status:
        home = page("<h1>Portal Kota Contoh</h1><div data-ppid-audit='opened-search'><form role='search' method='get' "
                    f"action='/cari'><input type='search' name='q' placeholder='{placeholder}'></form></div>")
        return present("layanan.pencarian", S.build(BASE + "/index.html", {BASE + "/index.html": home}, audit_date=DAY)).status
    assert verdict("Cari berita, program, dokumen...") == Status.PASS
    assert verdict("Cari Berita") == Status.WARN


def test_a_ministrys_pages_pasted_on_a_regional_body_are_another_bodys() -> None:
    """'Informasi Berkala' of the Dinas Perhubungan Kota Pekanbaru listing 'Profil Kementerian Perhubungan', its LKIP and
    its reports, the city never named (dishub-pekanbaru pasting Kemenhub's PPID pages): another body's content; the
    same list on a ministry's own office ('Kantor ... Kementerian Perhubungan') is its own."""
    rows = "".join(f"<li><a href='/files/dok-{i}.pdf'>{x} Kementerian Perhubungan</a></li>" for i, x in enumerate((
        "Profil", "Profil Pejabat", "Laporan Keuangan 2022", "LKIP 2022 Sekretariat Jenderal", "Laporan BMN 2021 Biro Umum",
        "Rencana Strategis")))
    berkala = page(f"<h1>Informasi Berkala</h1><ul>{rows}</ul>", title="Informasi Berkala")
    sp = site({"/informasi-berkala.html": berkala})

    def named(name: str) -> Result:
        return present("kategori.berkala", dataclasses.replace(sp, site=dataclasses.replace(sp.site, name=name)))
    r = named("Dinas Perhubungan Kota Pekanbaru")
    assert r.status == Status.FAIL and "Kementerian Perhubungan" in r.message, r.message
    assert named("Kantor Otoritas Bandar Udara Wilayah Contoh").status == Status.PASS


def test_a_category_tab_whose_view_was_not_seen_is_unverified() -> None:
    """'Informasi Serta Merta | Informasi Berkala' tab buttons whose panes a script loads from an API (rsj-saanin,
    kemenag-parepare): each names its category's place, whose content was not seen (warn, not 'only mentioned in a
    paragraph'); on a page whose listing says it is empty, every tab shows that empty listing (pa-penajam)."""
    nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/ppid.html'>PPID</a></li></ul></nav>"
    tabs = ("<div id='tabs'><button data-cat='1'>Informasi Serta Merta</button><button data-cat='3'>Informasi Berkala</button>"
            "<button data-cat='2'>Informasi Setiap Saat</button></div>")
    loading = page("<h1>Pelayanan Informasi Publik</h1><p>PPID Rumah Sakit Contoh berkomitmen menyediakan akses informasi "
                   "publik yang transparan dan akuntabel bagi seluruh masyarakat sesuai Undang-Undang Nomor 14 Tahun 2008 "
                   "tentang Keterbukaan Informasi Publik.</p><p>Tidak menemukan informasi yang Anda cari? Anda berhak mengajukan "
                   "permohonan informasi publik kepada PPID Rumah Sakit Contoh; permohonan dilayani paling lambat sepuluh "
                   "hari kerja sejak diterima, tanpa dipungut biaya.</p>" + tabs + "<div id='docs'><p>Memuat dokumen kategori Informasi "
                   "Serta Merta...</p></div>", title="PPID", nav=nav)
    r = present("kategori.berkala", site({"/ppid.html": loading}, nav=nav))
    assert r.status == Status.WARN and "'Informasi Berkala'" in r.message, r.message
    empty = page("<h1>Informasi Publik</h1>" + tabs + "<p>Belum ada informasi publik tersedia untuk kategori ini.</p>",
                 title="Informasi Publik", nav=nav.replace("/ppid.html", "/informasi-publik.html"))
    r = present("kategori.berkala", site({"/informasi-publik.html": empty}, nav=nav.replace("/ppid.html", "/informasi-publik.html")))
    assert r.status == Status.FAIL, r.message


def test_a_visitors_comment_form_is_not_the_pages_content() -> None:
    """'Struktur dan Organisasi PPID' whose article is two empty paragraphs over the CMS's 'Tinggalkan Komentar'
    form (name, e-mail, phone, message to /kirim-komentar; disdikpora-wonosobo): the form is the page's furniture,
    the page publishes nothing."""
    comment = ("<h4>Tinggalkan Komentar</h4><form method='post' action='/kirim-komentar'><input name='name'>"
               "<input type='email' name='email'><input name='phone'><textarea name='message'></textarea>"
               "<button type='submit'>Kirim</button></form>")
    nav = NAV.replace("<li><a href=\"/kontak.html\">Kontak</a></li>",
                      "<li><a href=\"/struktur-ppid.html\">Struktur dan Organisasi PPID</a></li>")
    struktur = page(f"<h1>Struktur dan Organisasi PPID</h1><article><p>&nbsp;</p><p>&nbsp;</p></article>{comment}", nav=nav)
    r = present("layanan.struktur", site({"/struktur-ppid.html": struktur}, nav=nav))
    assert r.status != Status.PASS, r.message
    # WordPress's comment form under a post is the same furniture
    form = Form(action=BASE + "/wp-comments-post.php", method="POST", fields=())
    assert C.is_comment_form(form)
    assert not C.is_comment_form(Form(action=BASE + "/permohonan/kirim", method="POST", fields=()))


def test_a_hospitals_spo_and_a_doubled_k_name_their_items() -> None:
    """A hospital's 'SPO PENGAJUAN KEBERATAN PUBLIK' (Standar Prosedur Operasional, the hospitals' word for an SOP) and
    'DAFTAR INFORMASI DI KECUALIKKAN TAHUN 2025' (split and with a doubled k) linked on Drive in the PPID page's
    accordions (rsud-bendan): the objection SOP and the exempt-information register."""
    drive = "https://drive.google.com/file/d/{}/view?usp=drive_link"
    ppid = page("<h1>PPID RSUD Contoh</h1><p>Dokumen PPID rumah sakit.</p><ul>"
                f"<li><a href='{drive.format('1ZCiGXuob8IGUVIawiP1q3')}'>DAFTAR INFORMASI DI KECUALIKKAN TAHUN 2026</a></li>"
                f"<li><a href='{drive.format('1ChHU-rWrK2wYA73QicwxW')}'>SPO PENGAJUAN KEBERATAN PUBLIK</a></li></ul>")
    sp = site({"/ppid.html": ppid})
    for check_id in ("kategori.dikecualikan", "layanan.sop_keberatan"):
        r = present(check_id, sp)
        assert r.status == Status.PASS, (check_id, r.message)


def test_a_listing_section_that_says_it_is_empty_is_an_empty_listing() -> None:
    """'Daftar Dokumen Informasi Setiap Saat' over '0 dokumen tersedia' and 'Belum ada dokumen informasi setiap saat
    tersedia', between the category's introduction and cards to the other categories (balai-bahasa-sultra): the
    listing is empty, the cards are no entries."""
    others = "".join(f"<a href='/{k}.html'><h4>Informasi {t}</h4><p>Informasi {t.lower()} reguler</p></a>"
                     for k, t in (("informasi-berkala", "Berkala"), ("dikecualikan", "Dikecualikan"), ("dip", "Publik")))
    saat = page("<h1>Informasi Setiap Saat</h1><p>Informasi yang wajib disediakan dan dapat diakses setiap saat oleh "
                "publik.</p><h3>Daftar Dokumen Informasi Setiap Saat</h3><span>0 dokumen tersedia</span><div><p>Belum ada "
                f"dokumen informasi setiap saat tersedia</p></div><h3>Kategori Informasi Lainnya:</h3>{others}")
    nav = NAV.replace("informasi-serta-merta.html\">Informasi Serta Merta", "informasi-setiap-saat.html\">Informasi Setiap Saat")
    r = present("kategori.setiap_saat", site({"/informasi-setiap-saat.html": saat}, nav=nav))
    assert r.status == Status.FAIL and "Belum ada dokumen" in r.message, r.message
    # a listing with its documents keeps them whatever its count line says elsewhere
    full = saat.replace("<span>0 dokumen tersedia</span><div><p>Belum ada dokumen informasi setiap saat tersedia</p></div>",
                        "<ul><li><a href='/f/sop-2026.pdf'>SOP Pelayanan 2026</a></li><li><a href='/f/renstra.pdf'>Renstra 2025-2029</a></li></ul>")
    assert present("kategori.setiap_saat", site({"/informasi-setiap-saat.html": full}, nav=nav)).status != Status.FAIL


def test_no_fee_said_in_other_words_is_the_cost() -> None:
    """'Tidak ada biaya atau tarif yang dikenakan ...' and 'Kami tidak memungut biaya pengiriman' in a FAQ, no hours
    anywhere (dinkes-cimahi): the cost is stated, the hours are not (warn)."""
    faq = page("<h1>FAQ</h1><h4>Apakah informasi publik yang diminta dikenakan biaya atau tarif?</h4><p>Tidak ada biaya atau "
               "tarif yang dikenakan untuk setiap informasi publik yang diminta.</p><h4>Berapa biaya pengiriman?</h4><p>Kami "
               "tidak memungut biaya pengiriman.</p>")
    r = present("layanan.jam_biaya_layanan", site({"/faq.html": faq}))
    assert r.status == Status.WARN, r.message


def _cards(items: list[tuple[str, str]], button: str = "<button type='button'>READ MORE</button>") -> str:
    return "".join(f"<div class='card'><h3>{t}</h3><p>{d}</p><span>Dokumen Resmi</span>{button}</div>" for t, d in items)


def test_cards_whose_read_more_opens_nothing_publish_nothing() -> None:
    """'Informasi Secara Berkala' as four cards, each a kind of information, a line 'Diperbarui setiap 3 bulan' and a
    'READ MORE' button with no handler, under a header search box (dinaspangan-sumbar): the kinds are described,
    nothing is published (fail); cards naming their year ('DIK 2026 ...') are named items without a way to open them
    (warn); the same cards with a linked 'Selengkapnya' are not this case."""
    search = "<form action='/data/search'><input name='q' type='search' placeholder='Pencarian Data'></form>"
    kinds = [("Laporan Kegiatan dan Kinerja PPID", "Laporan berkala mengenai kegiatan dan kinerja PPID. Diperbarui setiap 3 bulan."),
             ("Statistik Permohonan Informasi", "Data statistik permohonan informasi yang diterima PPID. Diperbarui setiap bulan."),
             ("Laporan Anggaran dan Keuangan", "Informasi mengenai anggaran dan keuangan PPID. Diperbarui setiap tahun.")]
    berkala = page(f"{search}<h1>Informasi Berkala</h1><p>Informasi yang disediakan dan diperbarui secara berkala oleh PPID.</p>{_cards(kinds)}")
    r = present("kategori.berkala", site({"/informasi-berkala.html": berkala}))
    assert r.status == Status.FAIL and "READ MORE" in r.message, r.message
    named = [(f"Laporan Keuangan {y}", f"Laporan keuangan Dinas Kabupaten Contoh tahun anggaran {y}. Diunggah oleh PPID.") for y in (2024, 2025, 2026)]
    r = present("kategori.berkala", site({"/informasi-berkala.html": page(f"<h1>Informasi Berkala</h1>{_cards(named)}")}))
    assert r.status == Status.WARN, r.message
    linked = "".join(f"<div class='card'><h3>{t}</h3><p>{d}</p><a href='/berkala/{i}.html'>Selengkapnya</a></div>" for i, (t, d) in enumerate(kinds))
    r = present("kategori.berkala", site({"/informasi-berkala.html": page(f"<h1>Informasi Berkala</h1>{linked}")}))
    assert "READ MORE" not in r.message and "Selengkapnya" not in r.message, r.message


def test_a_page_is_never_stripped_against_another_view_of_itself() -> None:
    """'profil/comingsoon.php' reached twice, through two loading screens, and as its '#INFO PUBLIK' state view
    (kemenag-beltim): a view of the same document shares its content, so it is never the page's reference for
    header and footer; the page keeps its 'Segera Hadir' text."""
    soon = page("<h1>Segera Hadir</h1><p>Layanan Resmi Kementerian Agama Kabupaten Contoh Sedang Dalam Tahap Pengembangan. "
                "Sistem akan segera diluncurkan. Mohon menunggu.</p>")
    stub = "<!doctype html><html><body><p>Mengalihkan ke beranda... <a href='/beranda.html'>Klik di sini</a></p></body></html>"
    pages = {BASE + "/index.html": stub, BASE + "/comingsoon.html": soon, BASE + "/comingsoon.html#INFO": soon}
    sp = S.build(BASE + "/index.html", pages, audit_date=DAY)
    p = sp.pages[1]
    ref = C.reference_page(sp, p)
    assert ref is None or ref.url.split("#")[0] != p.url.split("#")[0]
    assert "Segera Hadir" in C.content_text(p, ref)


def test_a_cards_count_at_zero_in_either_form_says_its_place_is_empty() -> None:
    """'Informasi Berkala ... 0 Dokumen' and 'Lihat Dokumen (0)' on a card, and '0 dokumen tersedia' under a listing's
    heading, are one count of none (one pattern serves both readers); a box labelled 'Pencarian Data' is a search."""
    home = S.parse_page(S.fetch(BASE + "/"), b"<html><body></body></html>")
    for text in ("Informasi Berkala 0 Dokumen", "Lihat Dokumen (0)", "0 dokumen tersedia"):
        assert C.zero_count_verdict(home, Link(url=BASE + "/x", text=text)) is not None, text
    assert C.zero_count_verdict(home, Link(url=BASE + "/x", text="Laporan 2020 (10)")) is None
    box = Form(action=BASE + "/", method="GET", fields=(FormField(name="", type="text", label="Pencarian Data"),))
    assert C.is_search_form(box)


def test_a_numbered_form_of_the_set_is_named_by_what_follows_its_number() -> None:
    """A table of the regulation's forms, 'Form 6 (Keberatan Atas Permohonan)' beside a 'Lihat' PDF
    (karantina-sumbawa, the Kementan PPID template): the objection form is published; without the row the
    site has none."""
    rows = [("Form 1A (Permohonan Perorangan)", "F-1A-Permohonan.pdf"), ("Form 5 (Penolakan Permohonan)", "F-5-Penolakan.pdf"),
            ("Form 6 (Keberatan Atas Permohonan)", "F-6-Kbrt.pdf")]

    def forms(rows: list[tuple[str, str]]) -> SitePages:
        body = "".join(f"<tr><td>{i}</td><td>{t}</td><td><a href='/doc/{f}'><button>Lihat</button></a></td></tr>"
                       for i, (t, f) in enumerate(rows, 1))
        return site({"/formulir.html": page("<h2>Formulir Permohonan Informasi Dokumentasi</h2><table><thead><tr><th>No</th>"
                                              f"<th>Nama Form</th><th>Link</th></tr></thead><tbody>{body}</tbody></table>")})
    assert present("layanan.formulir_keberatan", forms(rows)).status == Status.PASS
    assert present("layanan.formulir_keberatan", forms(rows[:2])).status == Status.FAIL


def test_a_file_its_link_calls_an_sop_is_the_procedure_not_the_item() -> None:
    """'SOP PPID - Pengujian Konsekuensi Informasi Publik' | 'Unduh SOP' -> Pengujian-Konsekuensi-Informasi-Publik.pdf
    (bppbj-dki's list of the provincial PPID's SOPs): the file is how a test is made, not this body's test; the same
    file behind 'Unduh' in a list of results is the test."""
    def sops(title: str, button: str) -> SitePages:
        return site({"/daftar-sop.html": page(
            "<h1>Daftar Dokumen PPID</h1><table><thead><tr><th>No</th><th>Judul</th><th>Unduh</th></tr></thead><tbody>"
            "<tr><td>1</td><td>SOP PPID - Pelayanan Permohonan Informasi</td><td><a href='/doc/Pelayanan-Permohonan.pdf'>Unduh SOP</a></td></tr>"
            f"<tr><td>2</td><td>{title}</td><td><a href='/doc/Pengujian-Konsekuensi-Informasi-Publik.pdf'>{button}</a></td></tr>"
            "</tbody></table>")})
    assert present("layanan.uji_konsekuensi", sops("SOP PPID - Pengujian Konsekuensi Informasi Publik", "Unduh SOP")).status == Status.FAIL
    assert present("layanan.uji_konsekuensi", sops("Hasil Tahun 2025", "Unduh")).status == Status.PASS


def test_a_category_as_a_section_row_of_a_listing_is_judged_by_its_listing() -> None:
    """'1 | INFORMASI BERKALA' as a section row of a 'Kategori & Jenis Informasi' table over entries whose 'Unduh DIP'
    is '#' (bppbj-dki): the category is listed and nothing of it opens (its buttons judged, not a vague label);
    with files behind the entries it is published."""
    def listing(href: str) -> SitePages:
        rows = ("<tr><td>1</td><td colspan='2'>INFORMASI BERKALA</td></tr>"
                f"<tr><td>1.1</td><td>Profil Dinas Kominfo Kabupaten Contoh</td><td><a href='{href}1.pdf'>Unduh DIP</a></td></tr>"
                f"<tr><td>1.2</td><td>Ringkasan Laporan Keuangan 2025</td><td><a href='{href}2.pdf'>Unduh DIP</a></td></tr>"
                "<tr><td>2</td><td colspan='2'>INFORMASI SETIAP SAAT</td></tr>"
                f"<tr><td>2.1</td><td>Daftar Peraturan dan Keputusan</td><td><a href='{href}3.pdf'>Unduh DIP</a></td></tr>")
        nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/infopublik.html'>Info Publik</a></li></ul></nav>"
        return site({"/infopublik.html": page("<h1>Daftar Informasi Publik</h1><table><thead><tr><th>No</th><th>Kategori &amp; "
                                              f"Jenis Informasi Publik</th><th>Aksi Dokumen</th></tr></thead><tbody>{rows}</tbody></table>",
                                              nav=nav)}, nav=nav)
    dead = present("kategori.berkala", listing("#"))
    assert "INFORMASI BERKALA" in dead.message and "tidak membuka" in dead.message, dead.message
    assert present("kategori.berkala", listing("/doc/dip-")).status == Status.PASS


def test_an_exempt_register_is_known_by_its_columns() -> None:
    """A listing headed 'Informasi | Dasar Hukum Pengecualian | Analisis Konsekuensi & Pertimbangan' (upbu-tardamu,
    rsud-soetomo), under no heading that names it: it is the exempt register, and its consequence column is the
    consequence test; the same listing without those columns is neither."""
    def listing(heads: tuple[str, str]) -> SitePages:
        body = "".join(f"<tr><td>{i}</td><td>{x}</td><td>Pasal 17 huruf h UU 14/2008</td><td>Jika dibuka mengungkap data pribadi; "
                       "jika ditutup melindungi hak pribadi</td></tr>" for i, x in enumerate(["Biodata pegawai", "Rekam medis"], 1))
        return site({"/daftar.html": page("<h1>Daftar Informasi</h1><table><thead><tr><th>No</th><th>Informasi</th>"
                                          f"<th>{heads[0]}</th><th>{heads[1]}</th></tr></thead><tbody>{body}</tbody></table>")})
    register = listing(("Dasar Hukum Pengecualian", "Analisis Konsekuensi &amp; Pertimbangan"))
    assert present("kategori.dikecualikan", register).status == Status.PASS
    assert present("layanan.uji_konsekuensi", register).status == Status.PASS
    other = listing(("Dasar Hukum", "Keterangan"))
    assert present("kategori.dikecualikan", other).status == Status.FAIL
    assert present("layanan.uji_konsekuensi", other).status == Status.FAIL


def test_an_overview_of_the_categories_with_examples_publishes_nothing() -> None:
    """'Kategori | Contoh Informasi' with one row per category ('Informasi Berkala | Profil dinas, Renstra, Renja,
    LKjIP') and nothing linked on the page (dlh-kepahiang): the kinds are described, nothing is published (fail; an
    empty serta merta place is a warning); titles filed under a category column (dompu) stay a listing of its own."""
    nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/ppid.html'>PPID</a></li></ul></nav>"

    def table(rows: list[tuple[str, str]], head: str) -> SitePages:
        body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        return site({"/ppid.html": page(f"<h1>PPID Dinas Contoh</h1><h2>Daftar Informasi Publik</h2><table><tr><th>Kategori</th>"
                                         f"<th>{head}</th></tr>{body}</table>", nav=nav)}, nav=nav)
    overview = table([("Informasi Berkala", "Profil dinas, Renstra, Renja, LKjIP, laporan keuangan"),
                      ("Informasi Serta-Merta", "Informasi kejadian pencemaran lingkungan"),
                      ("Informasi Setiap Saat", "Regulasi daerah, data persampahan")], "Contoh Informasi")
    assert present("kategori.berkala", overview).status == Status.FAIL
    assert present("kategori.serta_merta", overview).status == Status.WARN
    titles = table([("Informasi Berkala", "Profil PPID 2024"), ("Informasi Berkala", "Laporan Kinerja 2025")], "Judul")
    assert present("kategori.berkala", titles).status == Status.WARN


def test_documents_of_public_information_are_not_the_register() -> None:
    """A section 'Dokumen Informasi Publik' over three documents (disdikpora-karangasem; a column 'Nama Dokumen /
    Informasi Publik' in disperindagesdm-pinrang): documents that are public information, not the Daftar Informasi
    Publik; the same list headed 'Daftar Informasi Publik' is."""
    def docs(head: str) -> SitePages:
        items = "".join(f"<li><a href='/doc/{n}.pdf'>{t}</a></li>" for n, t in
                        [("renstra", "Renstra 2021-2026"), ("lkjip", "LKjIP 2025"), ("dpa", "DPA 2026")])
        return site({"/dokumen.html": page(f"<h1>{head}</h1><ul>{items}</ul>")})
    assert present("layanan.dip", docs("Dokumen Informasi Publik")).status == Status.FAIL
    assert present("layanan.dip", docs("Daftar Informasi Publik")).status == Status.PASS


def test_a_search_box_a_static_page_cannot_answer_is_no_search() -> None:
    """A news sidebar's 'Cari' posting to '#' on static '.html' pages with no script (disbud-riau): the only search
    box finds nothing (fail); the same box with an action that names a search page counts."""
    def box(action: str) -> SitePages:
        return site({"/kegiatan.html": page(f"<h1>Kegiatan</h1><p>Festival budaya 2024.</p><h4>Cari</h4><form action='{action}'>"
                                            "<input type='search' name='search'><button type='submit'></button></form>")})
    assert present("layanan.pencarian", box("#")).status == Status.FAIL
    assert present("layanan.pencarian", box("/cari.php")).status == Status.PASS


def test_a_link_named_as_a_procedure_is_not_the_item() -> None:
    """'SOP Pendokumentasian Informasi Dikecualikan' and 'SOP Daftar Informasi Publik' as links (balitbang-kalbar,
    kec-pasarrebo): how the list is kept, not the list; a link 'Daftar Informasi Publik' is the register."""
    def linked(text: str) -> SitePages:
        return site({"/dokumen.html": page(f"<h1>Dokumen PPID</h1><p><a href='https://drive.google.com/file/d/abc/view'>{text}</a></p>"
                                           "<p><a href='/doc/renstra.pdf'>Renstra 2021-2026</a></p>")})
    assert present("layanan.dip", linked("SOP Daftar Informasi Publik")).status == Status.FAIL
    assert present("layanan.dip", linked("Daftar Informasi Publik 2026")).status != Status.FAIL


def test_a_decree_cited_in_other_words_is_named_not_missing() -> None:
    """The PPID's decree cited by number but worded otherwise (lldikti11's 'Surat Keputusan No 0104/... terkait
    Pejabat Pengelola Informasi dan Dokumentasi', upertis's 'PPID UPERTIS dibentuk berdasarkan Surat Keputusan Rektor
    ... nomor 07a/...', ppid-kaltim's 'tentang Pembentukkan Pejabat Pengelola Pelayanan Informasi dan Dokumentasi'):
    named, not published (warn); a profile citing no decree has none (fail)."""
    for said in ["Kami menerbitkan Surat Keputusan No 0104/LL11/OT.01.00/2025 terkait Pejabat Pengelola Informasi dan Dokumentasi.",
                 "PPID Kampus dibentuk berdasarkan Surat Keputusan Rektor Universitas Contoh nomor 07a/UC-YPP/I/2023 tanggal 9 Januari 2023.",
                 "Diperbaharui dengan Surat Keputusan Gubernur Nomor 100.3.3.1/K.336/2022 tentang Pembentukkan Pejabat Pengelola "
                 "Pelayanan Informasi dan Dokumentasi."]:
        nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/profil.html'>Profil</a></li></ul></nav>"
        r = present("layanan.sk_ppid", site({"/profil.html": page(f"<h1>Profil</h1><p>{said} Layanan informasi dibuka setiap "
                                                                  "hari kerja.</p>", nav=nav)}, nav=nav))
        assert r.status == Status.WARN, (said, r.message)
    r = present("layanan.sk_ppid", site({"/profil.html": page("<h1>Profil</h1><p>PPID Kampus melayani permohonan informasi publik.</p>")}))
    assert r.status == Status.FAIL, r.message


def test_the_at_any_time_category_in_other_words_is_named() -> None:
    """'Informasi Sedia Setiap Saat' (smkn14-jakarta's tab) and 'Informasi yang Wajib Disediakan Setiap Saat'
    (fpbs-upi's page): the category by another wording of the regulation's, over its listing."""
    for head in ["Informasi Sedia Setiap Saat", "Informasi yang Wajib Disediakan Setiap Saat"]:
        sp = site({"/setiap-saat.html": page(f"<h1>{head}</h1><ul><li><a href='/doc/sk-ppid-2025.pdf'>SK PPID 2025</a></li>"
                                            "<li><a href='/doc/dip-2025.pdf'>Daftar Informasi Publik 2025</a></li></ul>")})
        assert present("kategori.setiap_saat", sp).status == Status.PASS, head


def test_an_objection_path_described_in_a_paragraph_is_present_not_missing() -> None:
    """No page or document is called the objection SOP, but a paragraph walks through it: an objection to the
    atasan PPID within 30 working days (dlh-kepahiang's 'Pengajuan Keberatan', dispora-sumbar's FAQ): described,
    not published (warn).  The dispute's 14 days at the Komisi Informasi alone (polrestabes-makassar) is not it."""
    for said in ["Pemohon dapat mengajukan keberatan tertulis kepada Atasan PPID paling lambat 30 hari kerja sejak ditolak.",
                 "Bagaimana jika permohonan saya ditolak? Anda dapat mengajukan keberatan kepada atasan PPID dalam waktu 30 hari."]:
        sp = site({"/layanan.html": page(f"<h1>Layanan PPID</h1><h2>Pengajuan Keberatan</h2><p>{said}</p>")})
        r = present("layanan.sop_keberatan", sp)
        assert r.status == Status.WARN and "diuraikan dalam teks" in r.message, (said, r.message)
    sp = site({"/layanan.html": page("<h1>Layanan PPID</h1><p>Keberatan disampaikan kepada atasan PPID. Pemohon mengajukan "
                                     "sengketa ke Komisi Informasi maksimal 14 hari kerja.</p>")})
    assert present("layanan.sop_keberatan", sp).status == Status.FAIL


def test_a_table_of_kinds_with_examples_publishes_nothing() -> None:
    """'No | Jenis Informasi | Rincian Informasi | Keterangan / Contoh' (dinarpus-semarang's Informasi Setiap Saat):
    the kinds the category covers with examples of each, nothing filed: fail; the same table with a document is a
    listing."""
    rows = "".join(f"<tr><td>{i}</td><td>Informasi terkait {k}</td><td>Rincian {k}</td><td><ul><li>Contoh {k} satu</li>"
                   f"<li>Contoh {k} dua</li></ul></td></tr>" for i, k in enumerate(["organisasi", "kepegawaian", "keuangan",
                                                                                     "perjanjian", "surat menyurat"], 1))
    table = ("<table><thead><tr><th>No</th><th>Jenis Informasi</th><th>Rincian Informasi</th><th>Keterangan / Contoh</th>"
             f"</tr></thead><tbody>{rows}</tbody></table>")
    r = present("kategori.setiap_saat", site({"/informasi-setiap-saat.html": page(f"<h1>Informasi Setiap Saat</h1>{table}")}))
    assert r.status == Status.FAIL and "contohnya" in r.message, r.message
    linked = table.replace("Contoh keuangan satu", "<a href='/doc/lra-2025.pdf'>LRA 2025</a>")
    r = present("kategori.setiap_saat", site({"/informasi-setiap-saat.html": page(f"<h1>Informasi Setiap Saat</h1>{linked}")}))
    assert r.status != Status.FAIL, r.message


def _home_cards(hrefs: dict[str, str], nav: str = NAV) -> str:
    cards = "".join(f"<div class='card'><h3>{name}</h3><p>Informasi yang wajib disediakan sesuai peraturan perundang-undangan"
                    f" yang berlaku.</p><a href='{href}'>Lihat</a></div>" for name, href in hrefs.items())
    return page("<h1>Portal Dinas Contoh</h1><h2>Statistik Kunjungan</h2><h3>-</h3><p>120 kunjungan</p>"
                f"<h2>Daftar Informasi Publik</h2>{cards}", nav=nav)


def test_home_cards_of_the_categories_are_no_dip_and_a_card_to_another_category_is_not_its_own() -> None:
    """dinarpus-semarang's home: 'Daftar Informasi Publik' over the four category cards (no register: the DIP fails),
    and the 'Informasi Berkala' card's 'Lihat' opening the Setiap Saat page (that page is not the berkala list).
    A counter's heading '-' ('Statistik Kearsipan' before its number loads) does not cut 'perundang-undangan'."""
    nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li></ul></nav>"
    setiap = page("<h1>Informasi Setiap Saat</h1><ul><li><a href='/doc/sk-2025.pdf'>SK Kepala Dinas 2025</a></li>"
                  "<li><a href='/doc/sop-2025.pdf'>SOP Layanan 2025</a></li></ul>", nav=nav)
    home = _home_cards({"Informasi Berkala": "/informasi-setiap-saat.html", "Informasi Setiap Saat": "/informasi-setiap-saat.html",
                        "Informasi Serta Merta": "/informasi-serta-merta.html", "Informasi Dikecualikan": "/informasi-dikecualikan.html"}, nav)
    sp = S.build(BASE + "/index.html", {BASE + "/index.html": home, BASE + "/informasi-setiap-saat.html": setiap,
                                        BASE + "/informasi-dikecualikan.html": page("<h1>Informasi Dikecualikan</h1><p>Dokumen belum tersedia.</p>", nav=nav)},
                 audit_date=DAY)
    r = present("layanan.dip", sp)
    assert r.status == Status.FAIL and "kartu kategori" in r.message, r.message
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL, r.message
    assert present("kategori.setiap_saat", sp).status == Status.PASS
    r = present("kategori.dikecualikan", sp)
    assert r.status == Status.FAIL, r.message


def test_a_procedure_numbered_in_its_file_name_is_not_the_item() -> None:
    """'28SOP Pengujian konsekuensi.pdf' (kemenag-pessel): the number glued to 'SOP' does not hide that the file is the
    procedure for the consequence test, not its result."""
    sp = site({"/sop.html": page("<h1>SOP Layanan Informasi Publik</h1><ul><li><a href='/files/28SOP%20Pengujian%20konsekuensi.pdf'>"
                                 "28SOP Pengujian konsekuensi.pdf</a></li><li><a href='/files/12SOP%20Permohonan.pdf'>12SOP Permohonan.pdf</a></li></ul>")})
    r = present("layanan.uji_konsekuensi", sp)
    assert r.status == Status.FAIL, r.message


def test_routes_that_render_only_the_template_are_empty() -> None:
    """dpppakb-sumut's PPID menu: 'Struktur PPID', 'SK Tim PPID', 'Laporan PPID', 'Maklumat Pelayanan' all answer the
    template's header and footer around an empty body, word for word the same; the footer's 'berkomitmen' is no
    maklumat. A page of its own beside them is judged on its own."""
    nav = ("<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/ppid'>PPID</a><ul>"
           "<li><a href='/site/struktur-ppid'>Struktur PPID</a></li><li><a href='/site/sk-ppid'>SK Tim PPID</a></li>"
           "<li><a href='/site/laporan-ppid'>Laporan PPID</a></li><li><a href='/site/maklumat'>Maklumat Pelayanan</a></li>"
           "<li><a href='/site/profil-ppid'>Profil PPID</a></li></ul></li></ul></nav>")
    foot = ("<footer><p>Dinas Contoh berkomitmen mewujudkan perlindungan dan pemberdayaan perempuan serta anak yang inklusif."
            "</p><p>Jl. Merdeka No. 1, Medan. Email: dinas@contoh.go.id</p></footer>")
    shell = f"<!doctype html><html><head><title>Dinas Contoh</title></head><body>{nav}<main></main>{foot}</body></html>"
    home = (f"<!doctype html><html><head><title>Dinas Contoh</title></head><body>{nav}<main><h1>Selamat Datang</h1>"
            f"<p>Portal resmi Dinas Contoh.</p></main><footer><p>Menu Utama</p>{foot[8:]}</body></html>")
    profil = shell.replace("<main></main>", "<main><h1>Profil PPID</h1><p>PPID Dinas Contoh bertugas menyediakan, menyimpan, "
                           "mendokumentasikan dan mengamankan informasi publik serta melayani permohonan informasi "
                           "sesuai UU 14/2008.</p><h2>Tugas</h2><ul><li>Mengoordinasikan penyimpanan dan pendokumentasian seluruh informasi publik.</li>"
                           "<li>Menetapkan Daftar Informasi Publik dan menguji konsekuensi informasi yang dikecualikan.</li>"
                           "<li>Menyusun laporan pelayanan informasi publik setiap tahun.</li></ul></main>")
    pages = {BASE + "/index.html": home, BASE + "/site/profil-ppid": profil,
             **{BASE + f"/site/{x}": shell for x in ("struktur-ppid", "sk-ppid", "laporan-ppid", "maklumat")}}
    sp = S.build(BASE + "/index.html", pages, audit_date=DAY)
    for cid in ("layanan.struktur", "layanan.sk_ppid", "layanan.laporan_layanan", "layanan.maklumat"):
        r = present(cid, sp)
        assert r.status == Status.FAIL, (cid, r.message)
    assert present("layanan.profil_ppid", sp).status != Status.FAIL


def test_the_atasan_ppid_named_with_its_holder_beside_another_role_is_the_structure() -> None:
    """desa-seibamban's 'Struktur PPID Desa': 'Atasan PPID: Kepala Desa Sei Bamban' and 'PPID Desa: Sekretaris Desa' (and
    disdukcapil-tidore's 'Atasan PPID (Kepala Dinas), PPID Pelaksana (Sekretaris Dinas), Petugas Layanan Informasi'):
    the body's PPID set out in words. The law's outline ('Atasan PPID: penanggung jawab tertinggi. PPID: manajer
    pengelolaan') names no office and is not."""
    nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/ppid.html'>PPID</a></li></ul></nav>"
    for said, ok in [("<h2>Struktur PPID Desa</h2><div><h4>Atasan PPID</h4><p>Kepala Desa Sei Bamban</p></div><div><h4>PPID Desa</h4>"
                      "<p>Sekretaris Desa</p></div>", True),
                     ("<p>PPID Desa terdiri dari: Atasan PPID: penanggung jawab tertinggi. PPID Desa: manajer pengelolaan dan "
                      "pelayanan informasi.</p>", False),
                     # a profile's sentence about the posts (the farm's trap): no structure published
                     ("<p>Atasan PPID adalah Sekretaris Daerah; PPID Utama dijabat oleh Kepala Dinas Komunikasi dan Informatika, "
                      "dibantu PPID Pelaksana pada setiap perangkat daerah.</p>", False)]:
        sp = site({"/ppid.html": page(f"<h1>PPID Desa Sei Bamban</h1><p>Pelayanan informasi publik desa.</p>{said}", nav=nav)}, nav=nav)
        r = present("layanan.struktur", sp)
        assert (r.status == Status.PASS) is ok, (said, r.message)


def test_a_label_that_opens_a_social_media_profile_is_no_place_of_the_item() -> None:
    """btr-rawa's 'Layanan Data & Informasi - Permohonan data & informasi publik' opening the office's Instagram
    profile: no form there to verify, no form at all (fail); the same card to a page of the site not crawled stays
    unverified (warn)."""
    def card(href: str) -> SitePages:
        return site({"/layanan.html": page(f"<h1>Layanan</h1><div class='card'><a href='{href}'><h3>Permohonan Informasi</h3>"
                                           "<p>Permohonan data dan informasi publik</p></a></div>")})
    assert present("layanan.formulir_permohonan", card("https://www.instagram.com/balaiteknikrawa/")).status == Status.FAIL
    assert present("layanan.formulir_permohonan", card("/permohonan-informasi")).status == Status.WARN


def test_a_page_served_under_several_addresses_is_not_a_shell() -> None:
    """The same PPID page at '/ppid', '/informasi-publik' and '/layanan-ppid' (aliases of one route): word for word
    the same, but its words are its own, not the template's frame: judged on its content."""
    nav = "<nav><ul><li><a href='/index.html'>Beranda</a></li><li><a href='/ppid'>Profil PPID</a></li></ul></nav>"
    body = ("<h1>Profil PPID</h1><p>PPID Dinas Contoh bertugas menyediakan, menyimpan, mendokumentasikan dan mengamankan "
            "informasi publik serta melayani permohonan informasi sesuai UU 14/2008.</p><h2>Tugas</h2><ul><li>Mengoordinasikan "
            "penyimpanan dan pendokumentasian seluruh informasi publik.</li><li>Menetapkan Daftar Informasi Publik dan menguji "
            "konsekuensi informasi yang dikecualikan.</li><li>Menyusun laporan pelayanan informasi publik setiap tahun.</li></ul>")
    sp = site({p: page(body, nav=nav) for p in ("/ppid", "/informasi-publik", "/layanan-ppid")}, nav=nav)
    assert present("layanan.profil_ppid", sp).status == Status.PASS

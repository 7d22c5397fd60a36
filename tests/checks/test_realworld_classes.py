"""Golden tests of the classes the checks got wrong on held-out real batches 3 and 4 (issue 11).

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class: vocabulary the real sites use, listings that publish nothing,
half elements and pages *about* a thing rather than the thing.
"""

from __future__ import annotations

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
B = "https://ppid.contohkota.go.id"


def page(body: str, title: str = "PPID Kota Contoh") -> str:
    """A whole HTML page around ``body``."""
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def site(home: str, **pages: str) -> SitePages:
    """The home page's HTML plus ``path_slug=html`` pages."""
    urls = {B + "/": home}
    urls.update({f"{B}/{slug.replace('_', '-')}": html for slug, html in pages.items()})
    return S.build(B + "/", urls)


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    assert results[0].message and results[0].message_en
    return results[0]


# --------------------------------------------------------------------------- real labels

MENU = page("""
<nav><ul class="menu">
  <li class="dropdown"><a href="#">Profil</a><ul>
    <li><a href="/profil/visi-misi">Visi Misi</a></li>
    <li><a href="/profil/struktur-organisasi">Struktur Organisasi</a></li></ul></li>
  <li class="dropdown"><a href="#">Informasi Publik</a><ul>
    <li><a href="/ip/serta-merta">IP Serta Merta</a></li>
    <li><a href="/ip/setiap-saat">Serta Merta Informasi</a></li>
    <li><a href="/ip/setiap">IP Setiap Saat</a></li></ul></li>
</ul></nav>
<main><h1>Selamat datang</h1><p>Portal PPID Kota Contoh.</p></main>
""")


def test_profile_structure_item_is_unverified_not_missing() -> None:
    # 'Profil > Struktur Organisasi' whose page is not crawled may be the PPID's chart: a warning
    res = present("layanan.struktur", site(MENU))
    assert res.status == Status.WARN, res.message


def test_ip_abbreviation_and_reversed_words_name_the_category() -> None:
    # 'IP Serta Merta' / 'Serta Merta Informasi' / 'IP Setiap Saat' are the categories (pages not crawled)
    assert present("kategori.serta_merta", site(MENU)).status == Status.WARN
    assert present("kategori.setiap_saat", site(MENU)).status == Status.WARN


DOCS_PAGE = page("""
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/keterbukaan">Keterbukaan Informasi</a></li></ul></nav>
<article><h1>Keterbukaan Informasi</h1>
<p><a href="/file/a1.pdf" title="DIP BERKALA 2024"><span>DIP BERKALA 2024</span></a></p>
<p><a href="/file/a2.pdf" title="DIP SETIAP SAAT"><span>DIP SETIAP SAAT</span></a></p>
<p><a href="/file/a3.pdf" title="Serta Merta.pdf">Informasi Yang Wajib Diumumkan Serta Merta</a></p>
<p><a href="/keberatan-online">permohonan keberatan online</a></p>
</article>
""")
PDF = (200, "application/pdf", 120_000)


def test_category_documents_named_dip_kategori_or_wajib_diumumkan() -> None:
    # 'DIP BERKALA 2024' and 'Informasi Yang Wajib Diumumkan Serta Merta' are the categories' documents
    sp = S.build(B + "/", {B + "/": DOCS_PAGE, B + "/keterbukaan": DOCS_PAGE},
                 documents={f"{B}/file/a{i}.pdf": PDF for i in (1, 2, 3)})
    for cid in ("kategori.berkala", "kategori.setiap_saat", "kategori.serta_merta"):
        assert present(cid, sp).status == Status.PASS, cid
    # 'permohonan keberatan online' names the objection form (its page not crawled: unverified)
    assert present("layanan.formulir_keberatan", sp).status == Status.WARN


# --------------------------------------------------------------------------- listings that publish nothing

NAV = """<nav><ul><li class="dropdown"><a href="#">Informasi Publik</a><ul>
<li><a href="/informasi-berkala">Informasi Berkala</a></li>
<li><a href="/dik-ppid">Informasi Dikecualikan</a></li></ul></li></ul></nav>"""
FOOTER = """<footer><p>Pejabat Pengelola Informasi dan Dokumentasi Kota Contoh, Jl. Merdeka No. 1</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3957.37!2d108.19!3d-7.31"></iframe></footer>"""
HOME = page(NAV + "<main><h1>Selamat datang di PPID</h1><p>Portal keterbukaan informasi.</p></main>" + FOOTER)
EMPTY_TABLE = """<table><thead><tr><th>No</th><th>Judul Dokumen</th><th>Instansi</th><th>Jenis Informasi</th>
<th>Aksi</th></tr></thead><tbody></tbody></table>"""


def test_footer_map_embed_is_not_a_published_document() -> None:
    # a headers-only table with the site's footer map beside it publishes nothing
    berkala = page(NAV + f"<main><p id='page-title'>Informasi Berkala</p>{EMPTY_TABLE}</main>" + FOOTER,
                   title="Informasi Berkala | PPID Kota Contoh")
    res = present("kategori.berkala", site(HOME, informasi_berkala=berkala))
    assert res.status == Status.FAIL and "kosong" in res.message, res.message


def test_copied_title_over_another_category_is_not_the_category() -> None:
    # the DIK page keeps the template's <title> 'Informasi Berkala': its PDF is the DIK, not the berkala list
    berkala = page(NAV + f"<main><p id='page-title'>Informasi Berkala</p>{EMPTY_TABLE}</main>" + FOOTER,
                   title="Informasi Berkala | PPID Kota Contoh")
    dik = page(NAV + "<main><p>DIK PPID Kota Contoh</p><embed src='/storage/file/DAFTAR%20INFORMASI%20DIKECUALIKAN_2023.pdf'>"
               "</main>" + FOOTER, title="Informasi Berkala | PPID Kota Contoh")
    sp = S.build(B + "/", {B + "/": HOME, B + "/informasi-berkala": berkala, B + "/dik-ppid": dik},
                 documents={B + "/storage/file/DAFTAR%20INFORMASI%20DIKECUALIKAN_2023.pdf": PDF})
    assert present("kategori.berkala", sp).status == Status.FAIL


def test_listing_loaded_by_script_is_unverified() -> None:
    # a server-side DataTables listing has no rows in the HTML: neither published nor empty as far as we know
    script = "<script>$('#t').DataTable({serverSide: true, ajax: '/api/berkala'});</script>"
    berkala = page(NAV + f"<main><h1>Informasi Berkala</h1>{EMPTY_TABLE.replace('<table>', '<table id=t>')}</main>"
                   + FOOTER + script, title="Informasi Berkala | PPID Kota Contoh")
    res = present("kategori.berkala", site(HOME, informasi_berkala=berkala))
    assert res.status == Status.WARN and "skrip" in res.message, res.message



# --------------------------------------------------------------------------- half elements


def test_hours_without_cost_is_half_the_element() -> None:
    # footer hours, and 'Biaya Layanan' only as a menu item whose page is not crawled: no cost is stated
    home = page("""<nav><ul><li class="dropdown"><a href="#">Standar Layanan</a><ul>
    <li><a href="/biaya-layanan">Biaya Layanan</a></li></ul></li></ul></nav>
    <main><h1>Selamat datang di PPID</h1></main>
    <footer><p>Jam Operasional: Senin - Jumat 08:00 - 15:30</p></footer>""")
    res = present("layanan.jam_biaya_layanan", site(home))
    assert res.status == Status.WARN and "biaya" in res.message, res.message


# --------------------------------------------------------------------------- items only in a table column


def test_category_listed_in_a_kategori_column_is_present_unproven() -> None:
    # a document list (not a full DIP) whose 'Kategori' column says 'berkala', rows without attachment
    home = page("""<main><h1>Selamat datang di PPID</h1><table><thead><tr><th>Judul</th><th>Kategori</th>
    <th>Tahun</th><th>Lampiran</th></tr></thead><tbody>
    <tr><td>Laporan Kinerja PPID 2023</td><td>berkala</td><td>2023</td><td>-</td></tr>
    <tr><td>Informasi Kebencanaan Terkini</td><td>serta-merta</td><td>2024</td><td>-</td></tr>
    </tbody></table></main>""")
    assert present("kategori.berkala", site(home)).status == Status.WARN
    assert present("kategori.serta_merta", site(home)).status == Status.WARN
    assert present("kategori.setiap_saat", site(home)).status == Status.FAIL


def test_short_submenu_item_is_completed_by_its_parent() -> None:
    # 'KEBERATAN > Tata cara' is the objection procedure (page not crawled: unverified, not missing)
    home = page("""<nav><ul><li class="dropdown"><a href="#">KEBERATAN</a><ul>
    <li><a href="/keberatan/tata-cara">Tata cara</a></li></ul></li>
    <li class="dropdown"><a href="#">Prosedur</a><ul>
    <li><a href="/prosedur/permohonan">Prosedur Permohonan Layanan Informasi</a></li></ul></li></ul></nav>
    <main><h1>Selamat datang di PPID</h1></main>""")
    assert present("layanan.sop_keberatan", site(home)).status == Status.WARN
    assert present("layanan.sop_permohonan", site(home)).status == Status.WARN


# --------------------------------------------------------------------------- section headings that hold nothing

CARDS_HOME = page("""
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/berita">Berita</a></li></ul></nav>
<main><h1>Selamat datang di PPID Kota Contoh</h1>
<p>Pejabat Pengelola Informasi dan Dokumentasi Kota Contoh melayani permohonan informasi publik setiap hari kerja.
Sampaikan permohonan Anda secara daring atau datang langsung ke kantor kami. Kami berkomitmen memberikan layanan
informasi yang cepat, tepat dan sederhana kepada seluruh masyarakat sesuai Undang-Undang Keterbukaan Informasi
Publik. Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>
<h2>Dokumen Berdasarkan Kategori</h2>
<div class="card"><h5>Informasi Berkala</h5><a href="/dokumen?kategori=1">Lihat Semua</a></div>
<div class="card"><h5>Informasi Setiap Saat</h5><a href="/dokumen?kategori=3">Lihat Semua</a></div>
<h3>Daftar Informasi Publik</h3>
<ul><li><a href="/dokumen?kategori=1">Informasi Berkala</a></li><li><a href="/dokumen?kategori=3">Informasi Setiap Saat</a></li></ul>
<a class="box" href="/pengajuan-keberatan"><h3>Pengajuan Keberatan</h3></a>
</main>""")
PLACEHOLDER_LIST = page("<nav><ul><li><a href='/'>Beranda</a></li></ul></nav><main><h1>Dokumen</h1><p>ABCD</p></main>")


def test_home_card_heading_is_judged_by_the_page_it_opens() -> None:
    # a card 'Informasi Berkala' over a 'Lihat Semua' button is not the category: the page it opens is
    sp = S.build(B + "/", {B + "/": CARDS_HOME, B + "/dokumen?kategori=1": PLACEHOLDER_LIST})
    res = present("kategori.berkala", sp)
    assert res.status == Status.FAIL and "dokumen?kategori=1" in res.evidence[0].url, res.message
    # the other card's page was not crawled: unverified, never passed on the home page's text
    assert present("kategori.setiap_saat", sp).status == Status.WARN


def test_footer_group_heading_over_category_links_is_not_the_dip() -> None:
    # 'Daftar Informasi Publik' only groups the category links: no DIP is published (the home page has text)
    home = CARDS_HOME.replace("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "")
    sp = S.build(B + "/", {B + "/": home, B + "/dokumen?kategori=1": PLACEHOLDER_LIST})
    assert present("layanan.dip", sp).status == Status.FAIL


def test_service_box_heading_follows_its_link_not_the_home_page_placeholder() -> None:
    # a box 'Pengajuan Keberatan' on a home page with lorem ipsum elsewhere: the box's page is not crawled
    sp = S.build(B + "/", {B + "/": CARDS_HOME})
    res = present("layanan.formulir_keberatan", sp)
    assert res.status == Status.WARN and "lorem" not in res.message, res.message


def test_section_with_its_own_content_still_counts() -> None:
    # a section heading over its own documents is the target's place on that page
    home = CARDS_HOME.replace('<a href="/dokumen?kategori=1">Lihat Semua</a>', '<a href="/file/lkjip-2026.pdf">LKjIP 2026</a>', 1)
    sp = S.build(B + "/", {B + "/": home}, documents={B + "/file/lkjip-2026.pdf": PDF})
    assert present("kategori.berkala", sp).status == Status.PASS


# --------------------------------------------------------------------------- test data typed into the CMS

TEST_DATA = page("""
<nav><ul><li class="dropdown"><a href="#">Informasi Publik</a><ul>
<li><a href="/informasi-setiap-saat">Informasi Tersedia Setiap Saat</a></li></ul></li></ul></nav>
<main><h1>Informasi Setiap Saat</h1>
<p>1. Daftar Informasi Publik Kota Contoh <a href="aaaaaaaasdf adsfa sdfad">url</a></p>
<table><thead><tr><th>No</th><th>Jenis Informasi</th><th>Tautan</th></tr></thead><tbody>
<tr><td>1</td><td>Data statistik pegawai</td><td><a href="www.asdfsd.com">url</a> <a href="sadfads">file</a></td></tr>
<tr><td>2</td><td>aaaaaaaaaa</td><td></td></tr></tbody></table></main>""")


def test_test_data_rows_and_links_publish_nothing() -> None:
    # rows 'aaaaaaaaaa' and links to 'www.asdfsd.com' / 'sadfads' are test data: nothing is published
    sp = site(HOME, informasi_setiap_saat=TEST_DATA)
    res = present("kategori.setiap_saat", sp)
    assert res.status == Status.FAIL and "data uji" in res.message, res.message
    assert present("layanan.dip", sp).status == Status.FAIL


def test_real_short_words_are_not_test_data() -> None:
    # words of home-row letters that alternate with vowels ('Salah', 'Halal', 'Kalah') are real words
    from ppid_audit.checks import _content as C

    assert not any(C.is_test_text(w) for w in ("Salah Satu", "Sertifikasi Halal", "Akhlak", "Laporan Keuangan 2024"))
    assert all(C.is_test_text(w) for w in ("aaaaaaaaaa", "www.asdfsd.com", "sadfads", "asdf"))


# --------------------------------------------------------------------------- links that open another page

COPY_PASTED = page("""
<nav><ul><li><a href="/">Beranda</a></li><li class="dropdown"><a href="#">Informasi Publik</a><ul>
<li><a href="/index-3.html">Laporan Tahunan</a></li><li><a href="/index-3.html">Survey Layanan</a></li></ul></li></ul></nav>
<main><h1>Layanan Informasi Publik</h1>
<p><a href="/data-info-sda/daerah-irigasi">Prosedur Permohonan Informasi</a></p>
<p><a href="/data-info-sda/daerah-irigasi">Prosedur pengajuan Keberatan</a></p>
<p><a href="/data-info-sda/daerah-irigasi">Prosedur Sengketa Informasi</a></p>
<p><a href="/ppid/pio">Permohonan Informasi</a> <a href="/ppid/pio">Ajukan Permohonan</a></p></main>""")


def test_copy_pasted_links_to_another_page_are_not_the_item() -> None:
    # three procedures opening one irrigation-data page, a report and a survey opening the theme's demo page
    sp = site(COPY_PASTED)
    for cid in ("layanan.sop_permohonan", "layanan.sop_keberatan", "layanan.laporan_layanan"):
        res = present(cid, sp)
        assert res.status == Status.FAIL and res.reason == "mislinked", (cid, res.message)
    # two names of the request form sharing its page (/ppid/pio, not crawled) stay unverified
    assert present("layanan.formulir_permohonan", sp).status == Status.WARN


def test_hours_page_with_only_an_image_is_not_a_statement_of_hours_and_cost() -> None:
    # 'Waktu Layanan' and 'Biaya Layanan' pages holding one picture each: nothing is written, unverified
    nav = """<nav><ul><li class="dropdown"><a href="#">Layanan</a><ul><li><a href="/waktu-layanan">Waktu Layanan</a></li>
    <li><a href="/biaya-layanan">Biaya Layanan</a></li></ul></li></ul></nav>"""
    home = page(nav + "<main><h1>Selamat datang di PPID</h1></main>")
    waktu = page(nav + "<main><h1>Waktu Layanan</h1><p><img src='/images/a81x.png' alt=''></p><p>04 Juli 2025</p></main>")
    biaya = page(nav + "<main><h1>Biaya Layanan</h1><p><img src='/images/b92y.png' alt=''></p><p>04 Juli 2025</p></main>")
    res = present("layanan.jam_biaya_layanan", site(home, waktu_layanan=waktu, biaya_layanan=biaya))
    assert res.status == Status.WARN and "teks" in res.message, res.message


def test_schedule_document_without_cost_is_half_the_element() -> None:
    # a 'Jadwal Pelayanan Informasi Publik' PDF states the hours at most; no cost anywhere
    home = page("<main><h1>Tata Cara</h1><p><a href='/files/jadwal-pelayanan.pdf'>Jadwal Pelayanan Informasi Publik</a></p></main>")
    sp = S.build(B + "/", {B + "/": home}, documents={B + "/files/jadwal-pelayanan.pdf": PDF})
    res = present("layanan.jam_biaya_layanan", sp)
    assert res.status == Status.WARN and "biaya" in res.message, res.message
    # with the cost document beside it, both halves are published
    home2 = home.replace("</p></main>", "</p><p><a href='/files/biaya.pdf'>Standar Biaya Perolehan Informasi</a></p></main>")
    sp2 = S.build(B + "/", {B + "/": home2}, documents={B + "/files/jadwal-pelayanan.pdf": PDF, B + "/files/biaya.pdf": PDF})
    assert present("layanan.jam_biaya_layanan", sp2).status == Status.PASS


# --------------------------------------------------------------------------- vocabulary of batches 3-4

def test_short_menu_names_of_the_dip_and_the_request_report() -> None:
    # 'IP Setiap Saat > Daftar Informasi' is the DIP; 'Laporan Permohonan Informasi Publik' is the service report
    home = page("""<nav><ul><li class="dropdown"><a href="#">IP Setiap Saat</a><ul>
    <li><a href="/user/daftar_informasi">Daftar Informasi</a></li></ul></li>
    <li class="dropdown"><a href="#">Layanan</a><ul><li><a href="/laporan-permohonan">Laporan Permohonan Informasi Publik</a></li>
    <li><a href="/Contract_edit">contract_edit Form Permohonan Informasi Publik</a></li></ul></li></ul></nav>
    <main><h1>Selamat datang</h1></main>""")
    sp = site(home)
    assert present("layanan.dip", sp).status == Status.WARN
    assert present("layanan.laporan_layanan", sp).status == Status.WARN
    # an icon name 'contract_edit' is not a contact page
    assert present("layanan.kontak", sp).status == Status.FAIL


def test_real_email_beside_the_themes_sample_phone_is_half_a_contact() -> None:
    # footer e-mail is real, both phones are the template's '123456': a warning, not a pass
    home = page("""<main><h1>Selamat datang</h1></main><footer><h4>Kontak</h4>
    <p>Jl. Merdeka No. 1, Kota Contoh</p><p>Telp: (0602) 123456</p><p>Email: ppid@contohkota.go.id</p></footer>""")
    res = present("layanan.kontak", site(home))
    assert res.status == Status.WARN and "123456" in res.message, res.message
    real = home.replace("(0602) 123456", "(0602) 2931669")
    assert present("layanan.kontak", site(real)).status == Status.PASS


def test_filter_form_over_an_empty_list_is_not_content() -> None:
    # a GET filter form (search text, unit and year selects) above 'Menampilkan 0 - 0 dari 0 dokumen'
    dik = page(NAV + """<main><h1>Informasi Dikecualikan</h1><form action="/dip" method="get">
    <input type="text" name="search" placeholder="Cari judul atau deskripsi..."><select name="opd"><option>Semua</option></select>
    <select name="year"><option>2025</option></select><button>Cari</button></form>
    <p>Menampilkan 0 - 0 dari 0 dokumen</p><p>Tidak ada dokumen</p></main>""" + FOOTER)
    res = present("kategori.dikecualikan", site(HOME, dik_ppid=dik))
    assert res.status == Status.FAIL, res.message


def test_one_line_pledge_is_a_maklumat() -> None:
    # the maklumat page holds only the pledge sentence: short, but the pledge itself
    nav = "<nav><ul><li><a href='/maklumat'>Maklumat Pelayanan PPID</a></li></ul></nav>"
    home = page(nav + "<main><h1>Selamat datang</h1></main>")
    mak = page(nav + "<main><h1>Maklumat Pelayanan PPID</h1><p>SIAP MEMBERIKAN PELAYANAN SESUAI DENGAN KEWAJIBAN DAN "
               "BERKOMITMEN AKAN MELAKUKAN PERBAIKAN SECARA TERUS MENERUS</p></main>")
    assert CHECKS["layanan.maklumat"](site(home).site, site(home, maklumat=mak))[0].status == Status.PASS
    # an empty maklumat page that shows no picture at all is an empty shell (session 10: the real sites' labels,
    # madiun and bpmp-ntb, call it a failure; a page whose only content is a picture stays a warning)
    empty = page(nav + "<main><h1>Maklumat Pelayanan PPID</h1><p>Diposting 4 Juli 2025</p></main>")
    assert present("layanan.maklumat", site(home, maklumat=empty)).status == Status.FAIL


def test_section_heading_over_a_chart_image_keeps_its_page() -> None:
    # 'Struktur Organisasi PPID' over the chart picture on a profile page: the picture is the content
    home = page("<nav><ul><li><a href='/profil'>Profil</a></li></ul></nav><main><h1>Selamat datang di PPID</h1></main>")
    prof = page("<nav><ul><li><a href='/profil'>Profil</a></li></ul></nav><main><h1>Profil</h1><p>Visi dan misi.</p>"
                "<h2>Struktur Organisasi PPID</h2><p><img src='/uploads/bagan-ppid.png' alt=''></p></main>")
    assert present("layanan.struktur", site(home, profil=prof)).status == Status.PASS


# --------------------------------------------------------------------------- batch 5: empty listings in other words

DIP_HEAD = """<thead><tr><th>#</th><th>Judul</th><th>Ringkasan Isi Informasi</th><th>Pejabat yang Menguasai Informasi</th>
<th>Penanggung Jawab Pembuatan Informasi</th><th>Bentuk Informasi yang Tersedia</th><th>Berkas</th></tr></thead>"""


def empty_category(notice: str) -> str:
    """A category page whose DIP-shaped table has one row saying the listing is empty."""
    return page(NAV + f"""<main><nav class="breadcrumbs"><ol><li><a href="/">Beranda</a></li><li>Informasi Berkala</li></ol></nav>
    <h1>Informasi Berkala</h1><table>{DIP_HEAD}<tbody><tr><td colspan="7">{notice}</td></tr></tbody></table>
    <div class="pagination-info">Showing 1 to 0 of 0 rows</div></main>""" + FOOTER, title="PPID Kota Contoh")


def test_empty_listing_notice_in_its_real_wordings() -> None:
    # 'Tidak ada data tersedia.', 'Dokumen belum tersedia', ... as the one row: nothing is published
    for notice in ("Tidak ada data tersedia.", "Data belum tersedia", "Belum ada data", "No data available in table",
                   "Dokumen belum tersedia", "Tidak ada dokumen yang tersedia"):
        sp = site(HOME, informasi_berkala=empty_category(notice))
        res = present("kategori.berkala", sp)
        # said as an empty listing, or as the page's notice itself ('halaman hanya berisi 'belum ada data'')
        assert res.status == Status.FAIL and res.reason in ("empty_listing", "placeholder_text"), (notice, res.message)
        assert res.evidence and res.evidence[0].snippet, notice
        # the empty table's caption is not the DIP either
        assert present("layanan.dip", sp).status != Status.PASS, notice
    # a real row keeps the page
    real = empty_category("<a href='/files/lkjip-2025.pdf'>Laporan Kinerja Instansi Pemerintah 2025</a>")
    sp = S.build(B + "/", {B + "/": HOME, B + "/informasi-berkala": real}, documents={B + "/files/lkjip-2025.pdf": PDF})
    assert present("kategori.berkala", sp).status == Status.PASS


def test_status_line_of_an_empty_listing_in_its_real_wordings() -> None:
    from ppid_audit.checks import _content as C

    for line in ("Menampilkan 0 sampai 0 dari 0 entri", "Showing 0 to 0 of 0 entries", "Showing 1 to 0 of 0 rows"):
        assert any(rx.search(line) for rx in C._empty_markers()[1]), line
    assert not any(rx.search("Showing 1 to 10 of 54 entries") for rx in C._empty_markers()[1])


def test_exempt_list_table_is_not_the_dip() -> None:
    # the DIK table copies the DIP's columns: it is the exempt list, not the DIP
    dik = page(NAV + f"""<main><h1>Informasi Dikecualikan</h1><table><caption>Informasi Dikecualikan</caption>{DIP_HEAD}<tbody>
    <tr><td>1</td><td>Data pribadi pegawai</td><td>NIK, alamat dan riwayat kesehatan pegawai</td><td>BKPSDM</td><td>BKPSDM</td>
    <td>Softcopy</td><td>-</td></tr></tbody></table></main>""" + FOOTER)
    sp = site(HOME, dik_ppid=dik)
    assert present("kategori.dikecualikan", sp).status == Status.PASS
    assert present("layanan.dip", sp).status == Status.FAIL


def test_form_page_saying_not_uploaded_is_not_the_form() -> None:
    # 'Formulir belum diunggah.' under the form's heading, beside the site's long lead text
    nav = "<nav><ul><li><a href='/formulir-keberatan'>Formulir Keberatan</a></li></ul></nav>"
    lead = ("Formulir pernyataan keberatan atas permohonan informasi publik dapat diunduh di halaman ini dan diserahkan "
            "kepada PPID setelah diisi lengkap dan ditandatangani oleh pemohon atau kuasanya. ") * 3
    form = page(nav + f"<main><h1>Formulir Keberatan</h1><p>{lead}</p><p>Formulir belum diunggah.</p>"
                "<p>Silakan unggah formulir melalui panel admin.</p></main>")
    res = present("layanan.formulir_keberatan", site(page(nav + "<main><h1>Beranda</h1></main>"), formulir_keberatan=form))
    # (since session 14 one remark after sentences of the page's own is read as a remark, and the page is judged on
    # those sentences: instructions for filling in, no form; either way no form is published)
    assert res.status == Status.FAIL and ("belum diunggah" in res.message or "petunjuk pengisian" in res.message), res.message


TEMPLATE_FOOTER = """<footer><h6>Jelajahi</h6><a href="/">Beranda</a> <a href="/dokumen/dip">Dokumen Publik</a>
<h6>Jam Pelayanan</h6><p><span>Senin - Kamis</span><span>08:00 - 16:00</span></p><p><span>Jumat</span><span>08:00 - 11:00</span></p>
<h6>Hubungi Kami</h6><p>ppid@contohprov.go.id</p></footer>"""


def test_template_heading_on_an_empty_listing_page_is_judged_by_its_own_content() -> None:
    # the footer's 'Jam Pelayanan' sits on every page, an empty DIP page too: that page's emptiness is not the hours'
    home = page("<nav><ul><li><a href='/dokumen/dip'>Daftar Informasi Publik</a></li></ul></nav><main><h1>PPID Provinsi Contoh</h1>"
                "<h6>Form Permintaan Info</h6><a href='/ajukan-permohonan'>Ajukan</a></main>" + TEMPLATE_FOOTER)
    dip = page("<nav><ul><li><a href='/dokumen/dip'>Daftar Informasi Publik</a></li></ul></nav><main><h1>Daftar Informasi Publik</h1>"
               "<table><thead><tr><th>No</th><th>Judul Informasi</th><th>Tanggal</th></tr></thead><tbody>"
               "<tr><td colspan='3'>Belum ada data DIP.</td></tr></tbody></table></main>" + TEMPLATE_FOOTER)
    sp = S.build(B + "/", {B + "/": home, B + "/dokumen/dip": dip})
    assert present("layanan.dip", sp).status == Status.FAIL
    res = present("layanan.jam_biaya_layanan", sp)
    # hours stated ('Senin - Kamis08:00', the spans' text run together), no cost: half the element, not an empty page
    assert res.status == Status.WARN and "belum ada data" not in res.message.lower(), res.message
    assert present("layanan.formulir_permohonan", sp).status == Status.WARN
    # the label alone (before the hours are read) is unverified, not the empty DIP page's failure
    from ppid_audit.checks import _matching as M, _verdicts as V

    assert V.present(sp, M.collect(sp, M.target("jam_biaya_layanan"))).status == Status.WARN


# --------------------------------------------------------------------------- batch 5: entries named, nothing published

def test_download_buttons_without_a_file_are_present_not_published() -> None:
    # document cards whose 'Unduh' is a <button> with no file: listed, nothing opens (a warning, not a pass)
    cards = "".join(f"<div><h3>{t}</h3><p>{d}</p><span>Dipublish: 10 Jan 2026</span><button>Unduh</button></div>" for t, d in (
        ("Laporan Kinerja Instansi Pemerintah Tahun 2025", "Laporan pertanggungjawaban capaian kinerja tahunan instansi."),
        ("Rencana Kerja dan Anggaran TA 2026", "Rincian alokasi anggaran belanja operasional dan program."),
        ("Laporan Keuangan Tahun Anggaran 2025", "Laporan realisasi anggaran dan posisi neraca keuangan instansi.")))
    footer = "<footer><h3>Kontak</h3><p>ppid@contohkota.go.id</p></footer>"
    berkala = page(NAV + f"<main><h1>Informasi Berkala</h1><h2>Daftar Berkas Informasi Berkala (3)</h2>{cards}</main>" + footer)
    res = present("kategori.berkala", site(page(NAV + "<main><h1>Beranda PPID</h1></main>" + footer), informasi_berkala=berkala))
    assert res.status == Status.WARN and res.reason == "download_buttons" and "Unduh" in res.message, res.message
    # the same cards with their files are published
    linked = berkala.replace("<button>Unduh</button>", "<a href='/files/lkjip-2025.pdf'>Unduh</a>")
    sp = S.build(B + "/", {B + "/": page(NAV + "<main><h1>Beranda PPID</h1></main>" + footer), B + "/informasi-berkala": linked},
                 documents={B + "/files/lkjip-2025.pdf": PDF})
    assert present("kategori.berkala", sp).status == Status.PASS


TITLES_ONLY = page(NAV + """<main><img src="/img/hero-dip.jpg" alt="DIP"><h1>Daftar Informasi Publik (DIP)</h1>
<p>Daftar ringkasan informasi yang berada di bawah penguasaan PPID.</p>
<h2>Informasi Berkala</h2><table><thead><tr><th>No</th><th>Judul Informasi</th><th>Ringkasan Isi</th></tr></thead><tbody>
<tr><td>1</td><td>Laporan Akuntabilitas Kinerja (LAKIP)</td><td>Laporan akuntabilitas kinerja instansi secara berkala.</td></tr>
<tr><td>2</td><td>Rencana Strategis (Renstra)</td><td>Dokumen rencana strategis kantor.</td></tr></tbody></table>
<h2>Informasi Dikecualikan</h2><table><thead><tr><th>No</th><th>Judul Informasi</th><th>Ringkasan Isi</th></tr></thead><tbody>
<tr><td>1</td><td>Dokumen Rahasia Negara</td><td>Informasi yang dikecualikan berdasarkan UU KIP.</td></tr></tbody></table>
</main>""" + FOOTER, title="Daftar Informasi Publik - PPID Kota Contoh")


def test_listing_of_titles_without_documents_is_present_not_published() -> None:
    # 'Judul Informasi | Ringkasan Isi' rows that link nothing: the category and the DIP are named, not published
    sp = site(HOME, informasi_berkala=TITLES_ONLY)
    for cid in ("kategori.berkala", "layanan.dip"):
        res = present(cid, sp)
        assert res.status == Status.WARN and res.reason == "unpublished_rows", (cid, res.message)


def test_exempt_list_of_one_generic_category_is_no_register() -> None:
    # a lone 'Dokumen Rahasia Negara - Informasi yang dikecualikan berdasarkan UU KIP' row names the law's category
    # (the menu's 'Informasi Dikecualikan' opens that same listing: a dedicated page not crawled would leave
    # the item unverified, a warning, whatever another page's tab holds)
    res = present("kategori.dikecualikan", site(HOME, informasi_berkala=TITLES_ONLY, dik_ppid=TITLES_ONLY))
    assert res.status == Status.FAIL and res.reason == "generic_rows" and "Rahasia Negara" in res.message, res.message
    assert present("kategori.dikecualikan", site(HOME, informasi_berkala=TITLES_ONLY)).status == Status.WARN
    # a register of real exempt items needs no document
    real = TITLES_ONLY.replace("<td>Dokumen Rahasia Negara</td><td>Informasi yang dikecualikan berdasarkan UU KIP.</td>",
                               "<td>Data pribadi pegawai (NIK, riwayat kesehatan)</td><td>Dikecualikan 5 tahun, Pasal 17 huruf h.</td>")
    assert present("kategori.dikecualikan", site(HOME, informasi_berkala=real)).status == Status.PASS


def test_definitions_under_category_headings_beside_a_picture_are_not_the_categories() -> None:
    # 'Klasifikasi Informasi': a one-sentence definition under each category heading, the page's hero picture elsewhere
    nav = "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/standar-layanan'>Standar Layanan</a></li></ul></nav>"
    std = page(nav + """<main><img src="/img/service-desk.jpg" alt="Service Desk"><h1>Standar &amp; Prosedur Layanan</h1>
    <h2>Maklumat Pelayanan</h2><p>"Kami berkomitmen memberikan pelayanan informasi publik yang cepat, tepat, akurat dan transparan."</p>
    <h2>Klasifikasi Informasi</h2><h4>Informasi Berkala</h4><p>Informasi yang wajib disediakan dan diumumkan secara rutin, misalnya
    laporan tahunan, laporan keuangan dan profil organisasi.</p><h4>Informasi Setiap Saat</h4><p>Informasi yang tersedia setiap
    saat dan dapat diakses publik, misalnya rencana strategis dan standar operasional.</p></main>""" + FOOTER)
    sp = site(page(nav + "<main><h1>Selamat datang di PPID</h1></main>" + FOOTER), standar_layanan=std)
    assert present("kategori.berkala", sp).status != Status.PASS
    # the pledge under its heading is the maklumat, however short
    assert CHECKS["layanan.maklumat"](sp.site, sp)[0].status == Status.PASS


# --------------------------------------------------------------------------- batch 5: placeholder and test data

def test_contact_block_printing_its_field_names_is_template_data() -> None:
    # 'INFO KONTAK: alamat / email / telepon' with no value, beside a contact form: no contact is published
    home = page("""<main><h1>PPID Diskominfo</h1><h6>Form Kontak Kami</h6><form action="/kontakkami" method="post">
    <input type="text" name="nama" placeholder="Nama Lengkap"><input type="email" name="email" placeholder="Email">
    <textarea name="pesan"></textarea><input type="submit" value="Kirim"></form>
    <ul><li><h6>INFO KONTAK</h6></li><li><p><i class="ti-location-pin"></i> alamat</p><p><i class="ti-email"></i> email</p>
    <p><i class="ti-microphone"></i> telepon</p></li></ul></main>""")
    res = present("layanan.kontak", site(home))
    assert res.status == Status.FAIL and "email" in res.message, res.message
    # the same labels with their values are a contact
    real = home.replace("> alamat</p>", "> Alamat: Jl. Merdeka No. 1</p>").replace("> telepon</p>", "> Telepon: (0435) 881234</p>")
    assert present("layanan.kontak", site(real)).status == Status.PASS


def test_phone_with_x_placeholders_beside_a_real_email_is_half_a_contact() -> None:
    home = page("<main><h1>PPID Provinsi</h1></main><footer><h6>Hubungi Kami</h6><p>Banjarbaru</p>"
                "<p>ppid@contohprov.go.id</p><p>(0511) 477XXXX</p></footer>")
    res = present("layanan.kontak", site(home))
    assert res.status == Status.WARN and "477XXXX" in res.message, res.message


def test_section_of_test_data_is_a_placeholder() -> None:
    # 'Tentang Kami' over the seeder's 'test bagian' on an otherwise real page
    nav = "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/pemohon'>Permohonan</a></li></ul></nav>"
    foot = "<footer><p>Copyright 2025 PPID Diskominfo Kabupaten Contoh</p></footer>"
    pem = page(nav + """<main><h1>Permohonan Informasi</h1><form action="/pemohon" method="post"><input name="nama">
    <input name="nik"><input name="alamat"><input name="email"><textarea name="rincian"></textarea></form></main>
    <section><h6>Tentang Kami</h6><p>test bagian</p></section>""" + foot)
    res = present("layanan.profil_ppid", site(page(nav + "<main><h1>Beranda</h1></main>" + foot), pemohon=pem))
    assert res.status == Status.FAIL and "test bagian" in res.message, res.message
    from ppid_audit.checks import _content as C

    assert not any(C.is_test_words(x) for x in ("Tentang PPID Kabupaten Contoh", "Tes wawasan kebangsaan CPNS tahun 2025 di aula"))


def test_profile_page_speaks_before_a_section_heading() -> None:
    # the 'Profil PPID' page in lorem ipsum is the evidence, not the home card 'Profil' over a dead link
    nav = "<nav><ul><li><a href='/profil.php'>Profil</a></li></ul></nav>"
    foot = "<footer><h4>Profil</h4><ul><li><a href='#'>Profil PPID</a></li></ul></footer>"
    home = page(nav + "<main><h1>Selamat Datang di PPID</h1><h4>Profil</h4><p>Kenali PPID kami.</p><a href='#'>Selengkapnya</a>"
                "</main>" + foot)
    prof = page(nav + "<main><h1>PROFIL PPID Kabupaten Contoh</h1><h2>Sejarah PPID</h2><p>Lorem ipsum dolor sit amet, "
                "consectetur adipiscing elit.</p></main>" + foot, title="Profil PPID")
    res = present("layanan.profil_ppid", site(home, **{"profil.php": prof}))
    assert res.status == Status.FAIL and "lorem ipsum" in res.message, res.message


def test_empty_tab_under_a_category_name_is_an_empty_listing() -> None:
    # one listing page, a tab pane per category: the Dikecualikan pane's table has no row while the others do
    def pane(name: str, rows: str) -> str:
        return (f"<div class='tab-pane' id='{name.lower().replace(' ', '-')}'><h4>Informasi {name}</h4><table><thead><tr>"
                f"<th>No</th><th>Judul Dokumen</th><th>Tahun</th><th>Berkas</th></tr></thead><tbody>{rows}</tbody></table></div>")
    row = "<tr><td>1</td><td>Laporan Keuangan Tahun 2025</td><td>2025</td><td><a href='/files/lk-2025.pdf'>Unduh</a></td></tr>"
    tabs = ("<ul class='nav nav-tabs'><li><a href='#berkala' data-toggle='tab'>Berkala</a></li>"
            "<li><a href='#dikecualikan' data-toggle='tab'>Dikecualikan</a></li></ul>")
    body = (f"<main><h1>Daftar Informasi Publik</h1>{tabs}<div class='tab-content'>{pane('Berkala', row)}"
            f"{pane('Dikecualikan', '<tr><td colspan=4>Tidak ada data</td></tr>')}</div></main>" + FOOTER)
    # the menu's only way to the category is the listing page with its tabs
    nav = '<nav><ul><li><a href="/informasi-berkala">Daftar Informasi Publik</a></li></ul></nav>'
    sp = S.build(B + "/", {B + "/": page(nav + "<main><h1>PPID</h1></main>" + FOOTER), B + "/informasi-berkala": page(nav + body)},
                 documents={B + "/files/lk-2025.pdf": PDF})
    assert present("kategori.berkala", sp).status == Status.PASS
    res = present("kategori.dikecualikan", sp)
    assert res.status == Status.FAIL and res.reason == "empty_listing" and "Tidak ada data" in res.message, res.message
    # beside a menu item 'Informasi Dikecualikan' to a page not crawled, the empty tab proves no absence: unverified
    sp = S.build(B + "/", {B + "/": HOME, B + "/informasi-berkala": page(NAV + body)}, documents={B + "/files/lk-2025.pdf": PDF})
    assert present("kategori.dikecualikan", sp).status == Status.WARN


def test_officials_table_and_app_badge_are_not_unpublished_entries() -> None:
    # a 'Nama | Jabatan' table of the PPID's officials and a 'Download Aplikasi' badge are content, not dead entries
    from ppid_audit.checks import _content as C

    prof = page(NAV + """<main><h1>Struktur PPID</h1><table><thead><tr><th>No</th><th>Nama</th><th>Jabatan</th></tr></thead>
    <tbody><tr><td>1</td><td>Drs. Budi Santoso</td><td>Atasan PPID</td></tr></tbody></table>
    <p>Download Aplikasi PPID Mobile</p></main>""" + FOOTER)
    sp = site(HOME, struktur=prof)
    p = sp.page(B + "/struktur")
    v = C.judge_page(p, C.reference_page(sp, p))
    assert v.ok, v.reason


def test_empty_page_carrying_the_link_to_the_target_is_not_the_target() -> None:
    # the request page's own listing is empty, but its 'Form Permohonan Informasi Online' opens the form (not crawled)
    nav = "<nav><ul><li><a href='/permohonan'>Permohonan Informasi</a></li></ul></nav>"
    req = page(nav + """<main><h1>Formulir Permohonan Informasi</h1><p><a class="btn" href="/ajukan-permohonan">Form Permohonan
    Informasi Online</a></p><table><thead><tr><th>No</th><th>Nomor Registrasi</th><th>Status</th></tr></thead><tbody>
    <tr><td colspan="3">Belum ada data</td></tr></tbody></table></main>""")
    sp = site(page(nav + "<main><h1>Beranda PPID</h1></main>"), permohonan=req)
    res = present("layanan.formulir_permohonan", sp)
    assert res.status == Status.WARN and "Form Permohonan" in res.message, res.message
    # without that link the empty page is the only place, and it is empty
    bare = req.replace('<p><a class="btn" href="/ajukan-permohonan">Form Permohonan\n    Informasi Online</a></p>', "")
    assert present("layanan.formulir_permohonan", site(page(nav + "<main><h1>Beranda PPID</h1></main>"), permohonan=bare)).status == Status.FAIL
# --------------------------------------------------------------------------- batch 5: weak substitutes (class 4)


def test_heading_over_an_empty_ticket_table_is_not_the_report() -> None:
    # 'Laporan Pelayanan Informasi' over a request-ticket table with no row, beside a working request form
    home = page("""<section><h2>Permohonan Informasi</h2><form action="/kirim" method="post">
    <input name="nama"><input name="email"><textarea name="mohoninformasi"></textarea><textarea name="tujuan"></textarea></form></section>
    <section><h2>Laporan Pelayanan Informasi</h2><table><thead><tr><th>Tanggal Proses</th><th>IDPI</th><th>Tindak Lanjut</th></tr>
    </thead><tbody></tbody></table></section>
    <footer><h3>Hubungi Kami</h3><p>Jl. Sudirman Km. 5, diskominfo@contohkota.go.id</p></footer>""")
    res = present("layanan.laporan_layanan", site(home))
    assert res.status == Status.FAIL and res.reason == "empty_listing", res.message


def test_home_counter_is_not_the_objection_form() -> None:
    # a number widget 'Pengajuan Keberatan' / 'Total Pengajuan Keberatan' / '0' is a statistic, not a form
    nav = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/informasi'>Informasi Publik</a></li></ul></nav>"
    home = page(nav + """<section><div><h5>Informasi Publik</h5><p>Total Informasi Publik</p><h1>0</h1></div>
    <div><h5>Pengajuan Keberatan</h5><p>Total Pengajuan Keberatan</p><h1>0</h1></div></section>
    <section><h3>Kontak Kami</h3><form action="/kontakkami" method="post"><input name="nama"><input name="email">
    <textarea name="pesan"></textarea></form></section>""")
    info = page(nav + "<main><h1>Informasi Publik</h1><p><a href='/f/renstra.pdf'>Renstra 2025-2029</a></p></main>")
    sp = S.build(B + "/", {B + "/": home, B + "/informasi": info}, documents={B + "/f/renstra.pdf": PDF})
    assert present("layanan.formulir_keberatan", sp).status == Status.FAIL


def test_definition_of_the_consequence_test_is_a_mention() -> None:
    # a listing page's tab: 'Uji Konsekuensi Informasi' over its definition and no row, no document
    nav = "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/berkala'>Informasi Berkala</a></li></ul></nav>"
    home = page(nav + "<main><h1>PPID Kota Contoh</h1><p>Selamat datang.</p></main>")
    berkala = page(nav + """<main><h1>Informasi Berkala</h1><div><h4>Rencana Strategis 2025</h4><a href="/f/renstra.pdf">Unduh</a></div>
    <div><h3>Uji Konsekuensi Informasi</h3><p>Uji Konsekuensi Informasi adalah proses pengujian yang wajib dilakukan oleh badan
    publik terhadap informasi yang dihasilkan, disimpan, dikelola, dikirim, dan/atau diterima sebelum menolak permohonan informasi
    publik dari pemohon.</p><p>Sesuai Pasal 17 dan 19 UU No. 14 Tahun 2008, informasi di bawah ini telah melalui proses Uji
    Konsekuensi sebelum dinyatakan dikecualikan dari akses publik.</p></div></main>""")
    sp = S.build(B + "/", {B + "/": home, B + "/berkala": berkala}, documents={B + "/f/renstra.pdf": PDF})
    res = present("layanan.uji_konsekuensi", sp)
    assert res.status == Status.FAIL and res.evidence[0].note == "body-text", res.message


STATISTIK = """<nav><ul><li><a href="/">Home</a></li><li><a href="/statistik">Statistik</a></li></ul></nav>
<main><h1>Selamat datang di PPID</h1>{cards}</main>"""


def test_statistics_the_site_calls_an_infographic_are_not_the_report() -> None:
    # 'Statistik' whose card says 'Infografik' is an infographic; a bare 'Statistik' item stays unverified
    cards = '<div><a href="/statistik"><h5>Statistik</h5><p>Infografik</p></a></div>'
    assert present("layanan.laporan_layanan", site(page(STATISTIK.format(cards=cards)))).status == Status.FAIL
    assert present("layanan.laporan_layanan", site(page(STATISTIK.format(cards="")))).status == Status.WARN


# --------------------------------------------------------------------------- batch 5: real items missed (class 5)

TABS = page("""<nav><div class="relative group"><a class="cursor-pointer">PROFIL</a>
<div class="absolute hidden group-hover:block"><a href="/profil/ppid">Profil Singkat PPID</a></div></div>
<a href="/informasi-publik">INFORMASI PUBLIK</a></nav>
<main><h1>Informasi Publik</h1>
<div><button>Tersedia Setiap Saat</button><button>Tersedia Secara Berkala</button></div>
<div id="content-setiap-saat"><div><p>Informasi Tersedia Setiap Saat</p><p>2 informasi tersedia</p></div>
<table><thead><tr><th>No</th><th>Nama Informasi</th><th>Akses</th></tr></thead><tbody>
<tr><td>1</td><td>Peta Proses Bisnis</td><td><a href="https://drive.google.com/drive/folders/1aa">Lihat PDF</a></td></tr>
<tr><td>2</td><td>Data Perbendaharaan</td><td><a href="https://drive.google.com/drive/folders/1ab">Lihat PDF</a></td></tr>
</tbody></table></div>
<div id="content-berkala" class="hidden"><div><p>Informasi Tersedia Secara Berkala</p><p>3 informasi tersedia</p></div>
<table><thead><tr><th>No</th><th>Nama Informasi</th><th>Akses</th></tr></thead><tbody>
<tr><td>1</td><td>Tata Cara Permintaan Informasi Publik di Kantor Contoh</td><td><a href="https://drive.google.com/drive/folders/1ba">Lihat PDF</a></td></tr>
<tr><td>2</td><td>Tata Cara Keberatan atas Permintaan Informasi Publik</td><td><a href="https://drive.google.com/drive/folders/1bb">Lihat PDF</a></td></tr>
<tr><td>3</td><td>Laporan Akses Informasi Publik 2024</td><td><a href="/f/laporan-2024.pdf">Lihat PDF</a></td></tr>
</tbody></table></div></main>""")


def test_category_tabs_over_document_rows_are_the_categories() -> None:
    # a tab pane's header paragraph 'Informasi Tersedia Secara Berkala' is its table's caption
    sp = S.build(B + "/", {B + "/": TABS}, documents={B + "/f/laporan-2024.pdf": PDF})
    assert sp.pages[0].tables[1].caption.startswith("Informasi Tersedia Secara Berkala")
    assert present("kategori.berkala", sp).status == Status.PASS
    assert present("kategori.setiap_saat", sp).status == Status.PASS


def test_rows_of_a_document_list_name_the_items() -> None:
    # a row naming the SOP opens a Drive folder (unverified: a warning); the report row's PDF is the report
    sp = S.build(B + "/", {B + "/": TABS}, documents={B + "/f/laporan-2024.pdf": PDF})
    assert present("layanan.sop_permohonan", sp).status == Status.WARN
    assert present("layanan.sop_keberatan", sp).status == Status.WARN
    assert present("layanan.laporan_layanan", sp).status == Status.PASS
    # a procedure step that mentions the objection form is not a row of the form
    steps = page("""<main><h1>Tata Cara Keberatan</h1><table><thead><tr><th>No</th><th>Langkah</th></tr></thead><tbody>
    <tr><td>1</td><td>Melakukan registrasi formulir pengajuan keberatan dan menyampaikannya kepada Atasan PPID.</td></tr>
    </tbody></table></main>""")
    assert present("layanan.formulir_keberatan", site(steps)).status == Status.FAIL


def test_row_opening_with_a_short_label_is_not_the_item() -> None:
    # 'Profil dan Struktur Organisasi 2026' in a berkala list is the agency's profile, not the PPID's
    home = page("""<main><h1>PPID Kota Contoh</h1><p>Pejabat Pengelola Informasi dan Dokumentasi.</p><table><thead><tr><th>No</th>
    <th>Nama Dokumen</th><th>Unduh</th></tr></thead><tbody><tr><td>1</td><td>Profil dan Struktur Organisasi 2026</td>
    <td><a href="/f/profil-2026.pdf">Unduh</a></td></tr></tbody></table></main>""")
    sp = S.build(B + "/", {B + "/": home}, documents={B + "/f/profil-2026.pdf": PDF})
    assert present("layanan.profil_ppid", sp).status == Status.FAIL


def test_hover_dropdown_under_a_label_without_link() -> None:
    # Tailwind 'relative group' dropdown: 'PROFIL > Profil Singkat PPID' (page not crawled): unverified
    sp = S.build(B + "/", {B + "/": TABS}, documents={B + "/f/laporan-2024.pdf": PDF})
    link = next(lk for lk in sp.pages[0].links if lk.text == "Profil Singkat PPID")
    assert link.menu_path == ("PROFIL",)
    assert present("layanan.profil_ppid", sp).status == Status.WARN
    # an Alpine state on the <nav> itself is not a menu item: its links have no parent
    alpine = page('<nav x-data="{ open: false }"><a href="/"><span>PPID Kota Contoh</span></a><a href="/kontak">Kontak</a></nav>')
    assert S.build(B + "/", {B + "/": alpine}).pages[0].links[1].menu_path == ()


def test_group_label_over_detail_rows_is_the_item() -> None:
    # a plain line 'Ringkasan Laporan Akses Informasi Publik' over rows '<h4>title</h4> Lihat Detail' (not crawled)
    rows = "".join(f"<div><h4>{t}</h4><a href='/informasi/{i}'>Lihat Detail</a></div>" for i, t in enumerate(
        ["Rencana Kerja 2025", "Jumlah Permintaan Informasi Publik", "Waktu Pemenuhan Permintaan", "Alasan Penolakan"]))
    rows = rows.replace("<div><h4>Jumlah", "<div>Ringkasan Laporan Akses Informasi Publik Melalui PPID</div><div><h4>Jumlah", 1)
    berkala = page(f"<main><h1>Informasi Berkala</h1><div>Informasi Mengenai Program</div>{rows}</main>")
    res = present("layanan.laporan_layanan", site(berkala))
    assert res.status == Status.WARN and "Jumlah Permintaan" in res.message, res.message
    # the same words inside a paragraph of prose stay a mention
    prose = page("<main><h1>Profil</h1><p>Setiap tahun kami menyusun Ringkasan Laporan Akses Informasi Publik melalui PPID "
                 "sesuai peraturan.</p><h4>Visi</h4><a href='/visi'>Lihat Detail</a><h4>Misi</h4><a href='/misi'>Lihat Detail</a></main>")
    assert present("layanan.laporan_layanan", site(prose)).status == Status.FAIL


def test_decree_cited_by_number_is_named_not_published() -> None:
    prof = page("""<main><h1>Profil PPID</h1><p>Landasan Hukum Pembentukan</p><h3>Keputusan Bupati Contoh Nomor HK.00.03-359
    Tahun 2025</h3><p>tentang Penunjukan Pejabat Pengelola Informasi dan Dokumentasi Kabupaten Contoh.</p></main>""")
    res = present("layanan.sk_ppid", site(prof))
    assert res.status == Status.WARN and "Nomor HK.00.03-359" in res.message, res.message
    assert present("layanan.sk_ppid", site(page("<main><h1>Profil PPID</h1><p>Tentang kami.</p></main>"))).status == Status.FAIL


def test_decree_named_by_its_subject_without_a_number_is_named_not_published() -> None:
    prof = page("""<main><h1>Profil PPID</h1><h2>Dasar Hukum</h2><ol><li>UU No. 14 Tahun 2008 tentang Keterbukaan Informasi
    Publik.</li><li>Keputusan Rektor &amp; Kepala Biro terkait pembentukan PPID di lingkungan Institut Contoh.</li></ol></main>""")
    assert present("layanan.sk_ppid", site(prof)).status == Status.WARN
    # a meeting's decision is not a decree of an official
    other = page("<main><h1>Profil PPID</h1><p>Hasil keputusan rapat terkait pembentukan PPID dibahas tahun ini.</p></main>")
    assert present("layanan.sk_ppid", site(other)).status == Status.FAIL


def test_objection_procedure_named_mekanisme_permohonan_keberatan() -> None:
    home = page("""<nav><ul><li class="dropdown"><a href="#">Layanan</a><ul>
    <li><a href="/permohonan_keberatan">Mekanisme Permohonan Keberatan</a></li></ul></li></ul></nav><main><h1>Beranda</h1></main>""")
    assert present("layanan.sop_keberatan", site(home)).status == Status.WARN


# --------------------------------------------------------------------------- batch 5: named links to pages not crawled (class 6)


def test_tile_above_a_section_of_the_same_name_does_not_stand_for_it() -> None:
    # a tile 'Pengajuan Keberatan' at the top, a step 'Keberatan', and a later box heading 'Pengajuan Keberatan'
    # linking a page not crawled: the heading's own section is judged, not the tile's (unverified, not passed)
    home = page("""<main><h1>PPID Kota Contoh</h1>
    <div><a href="/pengajuan-keberatan"><span>Pengajuan Keberatan</span></a> <a href="/penyelesaian-sengketa"><span>Penyelesaian
    Sengketa</span></a> <a href="/status"><span>Cek Status Permohonan</span></a></div>
    <section><h2>Alur Permohonan Informasi</h2><h4>Keberatan</h4><p>Ajukan tertulis ke Atasan PPID.</p></section>
    <section><h2>Akses Cepat Layanan</h2><a href="/pengajuan-keberatan"><h3>Pengajuan Keberatan</h3></a></section></main>""")
    assert present("layanan.formulir_keberatan", site(home)).status == Status.WARN


def test_registration_chooser_is_not_the_request_form() -> None:
    # 'Permohonan Informasi' opens a chooser of registrations (pages not crawled): the form is not verified
    nav = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/pemohon'>Permohonan Informasi</a></li></ul></nav>"
    home = page(nav + "<main><h1>PPID Kota Contoh</h1><p>Selamat datang.</p></main>")
    chooser = page(nav + """<main><h3>Permohonan Informasi Publik</h3><h5>PILIH KATEGORI PEMOHON</h5>
    <a href="/pemohon/lembaga"><h3>LEMBAGA/INSTANSI</h3><p>Registrasi akun sebagai lembaga atau instansi.</p></a>
    <a href="/pemohon/perorangan"><h3>PERORANGAN</h3><p>Registrasi akun perorangan.</p></a></main>""")
    res = present("layanan.formulir_permohonan", site(home, pemohon=chooser))
    assert res.status == Status.WARN and "LEMBAGA/INSTANSI" in res.message, res.message


def test_empty_page_beside_an_unverified_specific_link_is_unverified() -> None:
    # an empty 'SOP' listing under a generic label, and 'Mekanisme Permohonan Informasi' to a page not crawled
    nav = """<nav><ul><li class="dropdown"><a href="#">Profil</a><ul><li><a href="/sop-ppid">SOP</a></li></ul></li>
    <li class="dropdown"><a href="#">Layanan</a><ul><li><a href="/mekanisme_permohonan_informasi">Mekanisme Permohonan Informasi</a>
    </li></ul></li></ul></nav>"""
    home = page(nav + "<main><h1>Beranda</h1><p>Portal PPID.</p></main>")
    sop = page(nav + """<main><h1>Standar Operasional Prosedur (SOP) PPID</h1><table><thead><tr><th>Tahun</th><th>Nama SOP</th>
    <th>File</th></tr></thead><tbody></tbody></table></main>""")
    assert present("layanan.sop_permohonan", site(home, sop_ppid=sop)).status == Status.WARN
    # the same empty page reached under the specific label itself stays a failure
    specific = nav.replace(">SOP<", ">Tata Cara Permohonan Informasi<")
    sp = site(page(specific + "<main><h1>Beranda</h1></main>"), sop_ppid=sop.replace(nav, specific))
    assert present("layanan.sop_permohonan", sp).status == Status.FAIL


def test_empty_download_page_beside_an_online_application() -> None:
    # 'Ajukan Permohonan' opens the request application's login on another host (also linked as 'Aplikasi
    # EMPAT': not a copy-paste mislink); the 'Form Permohonan Informasi' download page says nothing is uploaded
    home = page("""<nav><a href="https://empat.contoh.id/login">Aplikasi EMPAT</a></nav><main><h1>PPID Kantor Contoh</h1>
    <a href="https://empat.contoh.id/login">Ajukan Permohonan</a>
    <a href="/formulir-permohonan"><h3>Form Permohonan Informasi</h3><p>Unduh formulir</p></a></main>""")
    form = page("<main><h1>Formulir Permohonan Informasi</h1><p>Formulir belum diunggah.</p></main>")
    assert present("layanan.formulir_permohonan", site(home, formulir_permohonan=form)).status == Status.WARN
    # without the online application the empty download page is a failure
    alone = home.replace('<a href="https://empat.contoh.id/login">Ajukan Permohonan</a>', "")
    assert present("layanan.formulir_permohonan", site(alone, formulir_permohonan=form)).status == Status.FAIL


# --------------------------------------------------------------------------- batch 6: static sites (issue 11)

NAV6 = """<nav><ul><li class="dropdown"><a href="#">Informasi Publik</a><ul>
<li><a href="/informasi-serta-merta">Informasi Serta Merta</a></li><li><a href="/informasi-setiap-saat">Informasi Setiap Saat</a></li>
<li><a href="/informasi-berkala">Informasi Berkala</a></li><li><a href="/maklumat">Maklumat Pelayanan</a></li></ul></li>
<li class="dropdown"><a href="#">Profil</a><ul><li><a href="/struktur-organisasi">Struktur Organisasi</a></li></ul></li></ul></nav>"""
HOME6 = page(NAV6 + "<main><h1>PPID Kota Contoh</h1><p>Selamat datang di portal PPID.</p></main><footer><p>Telp (0251) 8324068</p></footer>")
INTRO6 = ("<p>Informasi ini adalah informasi yang dapat diakses oleh masyarakat sesuai dengan kebutuhan dan kepentingannya. "
          "Pemohon dapat mengajukan permohonan melalui formulir daring atau datang langsung ke meja layanan PPID.</p>") * 2


def test_empty_serta_merta_listing_notice_is_a_warning() -> None:
    # the lone row 'Belum ada data ... yang dipublikasikan.' of a table: an unused place (regulation.md), not a placeholder
    sm = page(NAV6 + """<main><h1>Informasi Serta Merta</h1><table><thead><tr><th>No</th><th>Ringkasan Informasi</th><th>Tahun</th>
    </tr></thead><tbody><tr><td colspan="3">Belum ada data informasi berkala yang dipublikasikan.</td></tr></tbody></table></main>""")
    assert present("kategori.serta_merta", site(HOME6, informasi_serta_merta=sm)).status == Status.WARN


def test_heading_notice_belum_ada_informasi_is_empty() -> None:
    ss = page(NAV6 + f"""<main><h1>Informasi Setiap Saat</h1>{INTRO6}<h2>Informasi Tersedia</h2>
    <div><h3>Belum Ada Informasi Setiap Saat</h3><span>01 May 2026</span></div></main>""")
    assert present("kategori.setiap_saat", site(HOME6, informasi_setiap_saat=ss)).status == Status.FAIL


def test_only_words_are_an_empty_notice() -> None:
    # 'Maklumat Pelayanan' over 'Belum ada konten maklumat pelayanan.' and the site's fallback picture
    mk = page(NAV6 + """<main><h1>Maklumat Pelayanan</h1><p>Belum ada konten maklumat pelayanan.</p>
    <img src="/images/maklumat.png" alt="Maklumat"></main>""")
    assert present("layanan.maklumat", site(HOME6, maklumat=mk)).status == Status.FAIL


def test_vague_label_opening_an_empty_notice_page_fails() -> None:
    st = page(NAV6 + "<main><h1>Data tidak ditemukan</h1><div>Tidak ada konten untuk ditampilkan.</div></main>")
    assert present("layanan.struktur", site(HOME6, struktur_organisasi=st)).status == Status.FAIL


def test_icon_library_pictures_are_not_a_sections_content() -> None:
    home = page(NAV6 + """<main><h1>RSUD Contoh</h1><section><h2>Layanan Kami</h2>
    <img src="https://cdn-icons-png.flaticon.com/512/2966/2966327.png"><img src="https://cdn-icons-png.flaticon.com/512/2966/2966320.png">
    <img src="https://cdn-icons-png.flaticon.com/512/2966/2966301.png"></section>
    <section><h2>Maklumat Pelayanan</h2><div></div></section><section><h3>Bagaimana pelayanan kami?</h3></section></main>""")
    assert present("layanan.maklumat", site(home)).status != Status.PASS


def test_home_counter_heading_is_not_the_dip() -> None:
    # the home page's first heading is a counter 'Daftar Informasi Publik' over a heading '0'
    home = page(f"""<main><div><img src="/img/carousel-1.jpg"><img src="/img/carousel-2.jpg"></div>
    <div><h5>Daftar Informasi Publik</h5><h1>0</h1></div><div><h5>Permohonan</h5><h1>0</h1></div>
    <h1>PPID Kota Contoh</h1>{INTRO6}<img src="/img/about.png"></main>""")
    assert present("layanan.dip", site(home)).status == Status.FAIL


def test_form_fields_named_only_by_their_names_are_a_sections_content() -> None:
    # (the page is reached by a card whose link wraps only its icon)
    home = page("<main><h1>PPID Kota Contoh</h1><a href='/form-keberatan'><img src='/img/Icon-2.png'></a></main>")
    form = page("""<main><h1>Layanan</h1><form action="/form-keberatan/submit" method="post"><h4>Pengajuan Keberatan</h4>
    <div><label>Kode Permohonan</label><input type="text" name="kode_permohonan"></div>
    <div><label>NIK</label><input type="text" name="nik"></div><div><label>Keterangan</label><textarea name="keterangan"></textarea></div>
    <button type="submit">Kirim</button></form></main>""")
    assert present("layanan.formulir_keberatan", site(home, form_keberatan=form)).status == Status.PASS


def test_unduh_pdf_named_by_its_cards_text() -> None:
    home = page("<main><h1>PPID Kota Contoh</h1><a href='/laporan-akses'>Laporan Akses Informasi</a></main>")
    rep = page("""<main><h1>Laporan Akses Informasi</h1><div><h3>Tahun 2026</h3><p>Daftar Informasi Publik Th.2026</p>
    <a href="/storage/laporan/i2x3eXzGKfv.pdf">Unduh PDF</a></div></main>""")
    assert present("layanan.dip", site(home, laporan_akses=rep)).status == Status.PASS


def test_unduh_is_not_named_by_the_menu_before_a_longer_word_holding_it() -> None:
    # farm seed 20261206 site 99.08: an empty 'Laporan Layanan' listing passed on a 'MoU 2026' row's 'Unduh',
    # named by the menu's text before 'Dokumen > Unduhan' ('... Laporan Layanan Informasi Publik ... Dokumen')
    nav = """<nav><ul><li><a href="#">Informasi Publik</a><ul><li><a href="/setiap-saat">Informasi Setiap Saat</a></li>
    <li><a href="/laporan-layanan">Laporan Layanan Informasi Publik</a></li></ul></li><li><a href="#">Dokumen</a><ul>
    <li><a href="/unduhan">Unduhan</a></li></ul></li></ul></nav>"""
    home = page(f"{nav}<main><h1>PPID Kota Contoh</h1></main>")
    empty = page(f"""{nav}<main><h1>Laporan Layanan Informasi Publik</h1><table><tr><th>No</th><th>Judul Laporan</th><th>Tahun</th><th>Unduh</th></tr>
    <tr><td colspan="4">No data available in table</td></tr></table><p>Showing 0 to 0 of 0 entries</p></main>""")
    mou = page(f"""{nav}<main><h1>Informasi Setiap Saat</h1><table><tr><th>No</th><th>Judul</th><th>Tahun</th><th></th></tr>
    <tr><td>1</td><td>Perjanjian Kerja Sama (MoU) 2026</td><td>2026</td><td><a href="/storage/mou-2026.pdf">Unduh</a></td></tr></table></main>""")
    assert present("layanan.laporan_layanan", site(home, laporan_layanan=empty, setiap_saat=mou)).status == Status.FAIL


def test_daftar_informasi_group_and_dip_sop_are_not_the_dip() -> None:
    home = page("""<nav><ul><li class="dropdown"><a href="#">Daftar Informasi</a><ul><li><a href="/alur">Alur Layanan</a></li></ul></li>
    <li><a href="/sop">SOP</a></li></ul></nav><main><h1>PPID Kota Contoh</h1></main>""")
    sop = page(f"<main><h1>SOP PPID</h1><h3>A.3. SOP PENYUSUNAN DAFTAR INFORMASI PUBLIK:</h3>{INTRO6}</main>")
    assert present("layanan.dip", site(home, sop=sop)).status == Status.FAIL


def test_dip_page_of_category_cards_is_not_the_register() -> None:
    home = page("<main><h1>Kementerian Contoh</h1><a href='/informasi-publik'>Informasi Publik</a></main>")
    cards = "".join(f"""<div><h4>Informasi {c}</h4><p>Informasi yang wajib diumumkan oleh badan publik sesuai ketentuan
    undang-undang keterbukaan informasi publik.</p><a href="/halaman/informasi-{c.lower().replace(' ', '-')}">Lihat Dokumen</a></div>"""
                    for c in ("Berkala", "Serta Merta", "Setiap Saat"))
    dip = page(f"""<main><h1>Daftar Informasi Publik (DIP)</h1><p>Daftar lengkap seluruh dokumen Informasi Publik yang tersedia</p>
    {cards}<div><h4>Butuh Bantuan?</h4><p>Hubungi kami.</p></div></main>""")
    assert present("layanan.dip", site(home, informasi_publik=dip)).status == Status.FAIL


def test_berkala_page_of_titles_only_is_named_not_published() -> None:
    items = "".join(f"<li><div class='doc-title'>{x}</div></li>" for x in (
        "Alamat Kantor", "Ruang Lingkup (Kewenangan)", "Tugas &amp; Fungsi serta Kantor Unit dibawahnya", "Struktur Organisasi",
        "Menteri", "Wakil Menteri", "Sekretaris Jenderal", "Inspektur Jenderal", "Direktur Jenderal Kawasan Permukiman",
        "Direktur Jenderal Perumahan Perdesaan", "Direktur Jenderal Perumahan Perkotaan"))
    bk = page(NAV6 + f"""<main><h1>Informasi Publik yang Wajib Disediakan dan Diumumkan Secara Berkala</h1>
    <h4>A. Informasi tentang Kementerian Contoh</h4><ul>{items}</ul><h4>B. Laporan Harta Kekayaan Penyelenggara Negara</h4></main>""")
    assert present("kategori.berkala", site(HOME6, informasi_berkala=bk)).status == Status.WARN


def test_flow_chart_card_is_the_objection_sop_not_the_form() -> None:
    home = page("""<main><h1>PPID Dinas Contoh</h1><h3>Alur Layanan Informasi</h3>
    <div><img src="/assets/images/informasi.png" alt="Alur Permohonan Informasi"><h4>Permohonan Informasi</h4></div>
    <div><img src="/assets/images/keberatan2.png" alt="Alur Pengajuan Keberatan"><h4>Pengajuan Keberatan</h4></div>
    <div><img src="/assets/images/sengketa2.png" alt="Alur Sengketa Informasi"><h4>Penyelesaian Sengketa</h4></div>
    <h3>Berita Terbaru</h3><p>Belum ada berita.</p></main>""")
    sp = site(home)
    assert present("layanan.sop_keberatan", sp).status == Status.PASS
    assert present("layanan.formulir_keberatan", sp).status == Status.FAIL


def test_structure_chart_named_by_its_file_name() -> None:
    home = page("<nav><ul><li><a href='/kelembagaan'>Kelembagaan</a></li></ul></nav><main><h1>PPID Kabupaten Contoh</h1></main>")
    kl = page("<nav><ul><li><a href='/kelembagaan'>Kelembagaan</a></li></ul></nav><main><center><img src='struktur_ppid.jpg'></center></main>")
    assert present("layanan.struktur", site(home, kelembagaan=kl)).status == Status.PASS


def test_vague_structure_label_whose_page_says_ppid_over_the_chart() -> None:
    st = page(NAV6 + """<main><p class="hero">Struktur Organisasi PPID</p>
    <img class="img-fluid" src="/storage/img/bagan.png"></main>""")
    assert present("layanan.struktur", site(HOME6, struktur_organisasi=st)).status == Status.PASS


def test_get_form_with_a_title_box_is_a_search() -> None:
    dip = page("""<main><h1>Dokumen Informasi Publik</h1><form method="get"><select name="kategori"><option value="">Semua</option>
    </select><input type="text" name="judul" placeholder="Judul"><button type="submit">Cari</button></form></main>""")
    assert present("layanan.pencarian", site(HOME6, dokumen=dip)).status == Status.PASS


def test_regional_complaint_system_is_a_lapor_warning() -> None:
    home = page("""<nav><ul><li class="dropdown"><a href="#">Pengaduan</a><ul>
    <li><a href="http://laporgub.jatengprov.go.id/">LaporGub</a></li></ul></li></ul></nav><main><h1>Dinas Contoh</h1></main>""")
    assert present("layanan.lapor", site(home)).status == Status.WARN


def test_complaint_channel_page_with_only_a_picture_is_a_lapor_warning() -> None:
    home = page("<main><h1>PPID Kota Contoh</h1><a href='/kanal-pengaduan-resmi'><img src='/img/icon-8.png'></a></main>")
    ch = page("<main><img class='img-fluid' src='/storage/img/Kanal%20Pengaduan%20Resmi%20Kota.png'></main>")
    assert present("layanan.lapor", site(home, kanal_pengaduan_resmi=ch)).status == Status.WARN


def test_sample_phone_in_another_pages_box_does_not_spoil_the_contact() -> None:
    foot = "<footer><p>Jl. Ir. H. Juanda No. 11, Bogor. Telp (0251) 8324068, cabi@bbia.go.id</p></footer>"
    home = page("<main><h1>PPID Balai Contoh</h1><a href='/setiap-saat'>Setiap Saat</a></main>" + foot)
    other = page("""<main><h1>Informasi Setiap Saat</h1><div class="channel"><h3>WhatsApp</h3><p>Layanan informasi melalui
    WhatsApp</p><span>+62 812-3456-7890</span></div></main>""" + foot)
    sp = site(home, setiap_saat=other)
    res = CHECKS["layanan.kontak"](sp.site, sp)[0]
    assert res.status == Status.PASS, res.message


# a request form laid out in full, but with no action and nothing naming its fields: submitting sends nothing
_FIELDS = """<label>Nama Lengkap</label><input type="text"{a}><label>Alamat</label><textarea rows="3"></textarea>
<label>Email</label><input type="email"><label>Nomor Telepon</label><input type="tel">
<label>Rincian Informasi yang Dibutuhkan</label><textarea placeholder="Jelaskan informasi yang Anda minta"></textarea>
<label>Tujuan Penggunaan Informasi</label><textarea></textarea><button type="submit">Kirim Permohonan</button>"""
_FORM_NAV = "<nav><ul><li><a href='/permohonan'>Formulir Permohonan Informasi</a></li></ul></nav>"


def _form_site(form: str, script: str = "") -> SitePages:
    perm = page(_FORM_NAV + f"<main><h1>Formulir Permintaan Online</h1>{form}</main>{script}")
    return site(page(_FORM_NAV + "<main><h1>PPID Kota Contoh</h1></main>"), permohonan=perm)


def test_form_that_sends_nothing_is_not_an_online_form() -> None:
    res = present("layanan.formulir_permohonan", _form_site(f"<form>{_FIELDS.format(a='')}</form>"))
    assert res.status == Status.FAIL and "tidak dapat dikirim" in res.message, res.message


def test_form_a_script_or_a_name_can_send_is_an_online_form() -> None:
    # any one of: an action, a named field, a field id the page's own script reads, a framework binding, an
    # inline submit handler or the site's own script bundle
    for form, script in [
        (f"<form action='/permohonan/kirim' method='post'>{_FIELDS.format(a='')}</form>", ""),
        (f"<form>{_FIELDS.format(a=' name=nama')}</form>", ""),
        (f"<form>{_FIELDS.format(a=' id=nama')}</form>", "<script src='/js/permohonan.js'></script>"),
        (f"<form wire:submit.prevent='kirim'>{_FIELDS.format(a='')}</form>", ""),
        (f"<form>{_FIELDS.format(a='')}</form>", "<script>document.querySelector('form').addEventListener('submit', kirim)</script>"),
        (f"<form>{_FIELDS.format(a='')}</form>", "<script src='/js/permohonan.js'></script>"),
    ]:
        res = present("layanan.formulir_permohonan", _form_site(form, script))
        assert res.status == Status.PASS, (form[:60], script, res.message)
    # library scripts are not a handler; an id no script of the page reads sends nothing (bondowoso's 'Dummy form')
    res = present("layanan.formulir_permohonan", _form_site(f"<form>{_FIELDS.format(a='')}</form>",
                                                          "<script src='https://code.jquery.com/jquery-3.7.1.min.js'></script>"))
    assert res.status == Status.FAIL, res.message
    res = present("layanan.formulir_permohonan", _form_site(f"<form id='formPermohonan'>{_FIELDS.format(a=' id=nama')}</form>", ""))
    assert res.status == Status.FAIL, res.message


def test_home_card_whose_button_is_dead_is_not_the_form() -> None:
    # a home card 'Formulir Permohonan' whose 'Isi Formulir' opens the developer's host: nothing opens
    home = page("""<main><h1>PPID Kota Contoh</h1><p>Selamat datang di portal PPID Kota Contoh, tempat masyarakat memperoleh
    informasi publik secara cepat, tepat waktu, biaya ringan dan cara sederhana.</p>
    <div><h3>Formulir Permohonan</h3><p>Ajukan permintaan informasi publik secara online dengan mudah.</p>
    <a href="http://ppidcontoh.test/permohonan">Isi Formulir</a></div>
    <div><h3>Berita Terbaru</h3><p>Rapat koordinasi PPID pelaksana se-Kota Contoh tahun 2026 berlangsung di aula.</p></div></main>""")
    res = present("layanan.formulir_permohonan", site(home))
    assert res.status == Status.FAIL, res.message


def test_listing_of_entries_with_a_dead_download_button_is_judged_on_its_entries() -> None:
    # detail pages of each item, and one 'Unduh' to '#' beside them: the entries are published
    berkala = page("""<nav><ul><li><a href="/informasi-berkala">Informasi Berkala</a></li></ul></nav><main><h1>Informasi Berkala</h1><ul>
    <li><a href="/berkala/rencana-strategis-2025-2029">Rencana Strategis Dinas Kominfo 2025-2029</a></li>
    <li><a href="/berkala/laporan-kinerja-2025">Laporan Kinerja Instansi Pemerintah Tahun 2025</a></li>
    <li><a href="/berkala/laporan-keuangan-2025">Laporan Keuangan Dinas Kominfo Tahun 2025</a></li>
    <li><a href="/berkala/program-kegiatan-2026">Ringkasan Program dan Kegiatan Tahun 2026</a></li></ul>
    <p>Dokumen lengkap: <a href="#">Unduh Rekapitulasi</a></p></main>""")
    detail = page("<main><h1>Dokumen</h1><p>Dokumen ini memuat informasi berkala tahun berjalan.</p></main>")
    sp = site(page("<nav><ul><li><a href='/informasi-berkala'>Informasi Berkala</a></li></ul></nav><main><h1>Beranda</h1></main>"),
              informasi_berkala=berkala, **{f"berkala/{x}": detail for x in ("rencana-strategis-2025-2029", "laporan-kinerja-2025",
                                                                              "laporan-keuangan-2025", "program-kegiatan-2026")})
    res = present("kategori.berkala", sp)
    assert res.status == Status.PASS, res.message


def test_search_box_posting_to_the_developers_host_finds_nothing() -> None:
    home = page("""<header><form role="search" method="get" action="http://ppid-contoh.test/"><input type="search" name="s"
    placeholder="Cari ..."><button type="submit">Cari</button></form></header><main><h1>PPID Kota Contoh</h1></main>""")
    assert present("layanan.pencarian", site(home)).status == Status.FAIL
    # the same box posting to the site itself is a search; '#' on a visible box may be wired by the theme's script
    for action in ("/", "#"):
        ok = page(f"""<header><form role="search" method="get" action="{action}"><input type="search" name="s"
        placeholder="Cari ..."><button type="submit">Cari</button></form></header><main><h1>PPID Kota Contoh</h1></main>""")
        assert present("layanan.pencarian", site(ok)).status == Status.PASS, action


def test_free_internet_and_info_graphics_are_not_the_service_cost() -> None:
    # 'Info Grafis' is one letter from 'gratis'; a free internet corner is a facility, not the service's cost
    hours = "<p>Jam Pelayanan: Senin - Jumat pukul 08.00 - 16.00 WIB.</p>"
    for words in ("<h2>Info Grafis</h2><p>Alur pelayanan informasi.</p>",
                  "<p>Fasilitas pendukung seperti layanan akses internet gratis dan ruang tunggu.</p>"):
        res = CHECKS["layanan.jam_biaya_layanan"](*(lambda sp: (sp.site, sp))(site(page(f"<main><h1>PPID RSUD Contoh</h1>{hours}{words}</main>"))))[0]
        assert res.status == Status.WARN, (words, res.message)
    sp = site(page(f"<main><h1>PPID RSUD Contoh</h1>{hours}<p>Layanan informasi publik gratis.</p></main>"))
    assert CHECKS["layanan.jam_biaya_layanan"](sp.site, sp)[0].status == Status.PASS


def test_exempt_items_beside_a_dead_decree_link_are_the_register() -> None:
    items = ["Soal dan Jawaban Tes Ujian Masuk Mahasiswa", "Kriteria Pengolahan Nilai dan Pertimbangan Seleksi Ujian Mandiri",
             "Data Pribadi Pegawai, Mahasiswa, Alumni dan Mitra Kerja Sama", "Dokumen Penilaian Hasil Pengujian Skripsi dan Tesis",
             "Rancangan Peraturan dan Keputusan Rektor", "Penelitian yang Masih Dalam Proses Penyelesaian",
             "Dokumen Audit Internal dan Laporan Keuangan yang Belum Diaudit", "Identitas Informan, Pelapor, Saksi atau Korban",
             "Konfigurasi Pusat Data, Basis Data dan Aplikasi serta Kata Sandi", "Borang Akreditasi Program Studi dan Institusi"]
    nav = "<nav><ul><li><a href='/dikecualikan'>Informasi Dikecualikan</a></li></ul></nav>"
    rows = "".join(f"<li>{x}. <a href='#'>(SK Penetapan)</a></li>" for x in items)
    dik = page(nav + f"<main><h1>Informasi Yang Dikecualikan</h1><p>Daftar Informasi yang Dikecualikan Universitas Contoh "
                     f"sebagai berikut:</p><ol>{rows}</ol></main>")
    res = present("kategori.dikecualikan", site(page(nav + "<main><h1>Beranda</h1></main>"), dikecualikan=dik))
    assert res.status == Status.PASS, res.message
    # a heading over dead buttons alone is still no register
    bare = page(nav + "<main><h1>Informasi Yang Dikecualikan</h1>" + "<a href='#'>Unduh</a>" * 5 + "</main>")
    assert present("kategori.dikecualikan", site(page(nav + "<main><h1>Beranda</h1></main>"), dikecualikan=bare)).status == Status.FAIL


def _filtered_listing_site(notice: str) -> SitePages:
    # every category link opens the register filtered by a query (not crawled); the register itself shows each
    # category's group, with its notice
    cats = ("Informasi Berkala", "Informasi Serta Merta")
    slug = {c: c.lower().replace(" ", "-") for c in cats}
    nav = "<nav><ul><li class='dropdown'><a href='#'>Informasi Publik</a><ul>" + "".join(
        f"<li><a href='/informasi-publik?kategori={slug[c]}'>{c}</a></li>" for c in cats) + "</ul></li></ul></nav>"
    chips = "".join(f"<a href='/informasi-publik?kategori={slug[c]}'>{c}</a>" for c in cats)
    groups = "".join(f"<div><h2>{c}</h2><p>{notice}</p></div>" for c in cats)
    reg = page(nav + f"<main><h1>Daftar Informasi Publik (DIP)</h1><div>{chips}</div>{groups}</main>")
    return site(page(nav + "<main><h1>PPID Institut Contoh</h1></main>"), informasi_publik=reg)


def test_category_link_to_the_register_filtered_by_a_query_is_judged_on_the_register() -> None:
    sp = _filtered_listing_site("Belum ada data informasi dalam kategori ini.")
    assert present("kategori.berkala", sp).status == Status.FAIL
    # an empty serta merta place is a warning (regulation.md), whichever way its notice is worded
    assert present("kategori.serta_merta", sp).status == Status.WARN


def test_request_form_posting_to_the_developers_host_says_so() -> None:
    res = present("layanan.formulir_permohonan", _form_site(
        f"<form action='http://ppid-contoh.test/permohonan/kirim' method='post'>{_FIELDS.format(a=' name=nama')}</form>"))
    assert res.status == Status.FAIL and "alamat lokal pengembang" in res.message, res.message

"""Golden tests of batch 11's classes (branch checks11b): false accusations of a profile, items a duty
sentence or a copied sample row stood in for, forms behind a login or missing behind instructions, a
theme's demo search.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
B = "https://ppid.contohkab.go.id"

NAV = """<nav><ul class="menu">
  <li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">Seputar PPID</a><ul>
    <li><a href="/profil">Profil PPID</a></li>
    <li><a href="/visi-misi">Visi dan Misi PPID</a></li>
    <li><a href="/pelayanan">Pelayanan PPID</a></li>
    <li><a href="/tentang">Seputar PPID</a></li></ul></li>
  <li class="dropdown"><a href="#">Layanan</a><ul>
    <li><a href="/daftar-informasi-publik">Daftar Informasi Publik</a></li>
    <li><a href="/permohonan">Permohonan Informasi</a></li>
    <li><a href="/formulir-permohonan">Formulir Permohonan Informasi Publik</a></li>
    <li><a href="/tata-cara">Tata Cara Permohonan Informasi Publik</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><h4>Kontak</h4><p>Jl. Merdeka No. 1, Kabupaten Contoh. Telp (0331) 512345</p></footer>"

PARAS = ("<p>Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik mengamanatkan setiap Badan Publik "
         "menyediakan informasi publik yang berada di bawah kewenangannya kepada masyarakat dengan cepat dan tepat waktu.</p>"
         "<p>Pelayanan informasi publik harus mendapat perhatian yang serius, dengan meningkatkan pengelolaan informasi yang "
         "berkualitas serta menyediakan informasi publik yang mudah diakses oleh masyarakat.</p>"
         "<p>Untuk itu setiap Badan Publik wajib menunjuk Pejabat Pengelola Informasi dan Dokumentasi (PPID), yang bertanggung "
         "jawab di bidang penyimpanan, pendokumentasian, penyediaan dan pelayanan informasi.</p>")


def page(main: str, title: str = "PPID Kabupaten Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{NAV}<main>{main}</main>{FOOT}</body></html>"


HOME = page("<h1>Selamat datang di PPID Kabupaten Contoh</h1><p>Portal layanan informasi publik.</p>")


def site(**pages: str) -> SitePages:
    urls = {B + "/": HOME}
    urls.update({f"{B}/{slug.replace('_', '-')}": html for slug, html in pages.items()})
    return S.build(B + "/", urls, audit_date=dt.date(2026, 11, 20))


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


# --------------------------------------------------------------------------- 1. a profile is not accused falsely


def test_page_title_written_as_a_dead_link_is_no_dead_download() -> None:
    # <h2><a href="#">Profil PPID</a></h2> over three paragraphs: the page's title, not a download
    sp = site(profil=page('<h2><a href="#">Profil PPID</a></h2><h5>Profil PPID Kabupaten Contoh</h5>' + PARAS))
    r = present("layanan.profil_ppid", sp)
    assert r.status == Status.PASS, r.message


def test_dead_heading_links_of_a_listing_still_count_as_dead_downloads() -> None:
    # each entry a dead heading link: the listing's files open nothing (the title rule is for one heading only)
    rows = "".join(f'<h4><a href="#">Profil PPID Bagian {i}</a></h4>' for i in range(1, 4))
    sp = site(profil=page("<h2>Profil PPID</h2>" + rows))
    assert present("layanan.profil_ppid", sp).status != Status.PASS


def test_the_one_picture_of_a_page_is_its_content_in_an_icons_folder_too() -> None:
    # a vision-and-mission infographic the theme keeps under images/icon/: the page's content, not a pictogram
    sp = site(visi_misi=page('<h2>VISI MISI PPID</h2><center><img src="/assets/images/icon/visi_ppid.png"></center>'))
    r = present("layanan.profil_ppid", sp)
    assert r.status == Status.PASS, r.message


def test_visi_dan_misi_ppid_is_the_ppid_profile() -> None:
    text = ("<h2>Visi</h2><p>Terwujudnya pelayanan informasi yang transparan dan akuntabel di lingkungan Dinas.</p>"
            "<h2>Misi</h2><p>a) Menghimpun informasi publik dari seluruh bidang; b) Menata dan menyimpan informasi "
            "publik; c) Melaksanakan konsultasi informasi publik kategori dikecualikan; d) Menyelesaikan sengketa "
            "informasi; e) Menyediakan informasi publik yang mudah diakses oleh masyarakat luas.</p>")
    sp = site(visi_misi=page("<h1>Visi dan Misi PPID</h1>" + text))
    r = present("layanan.profil_ppid", sp)
    assert r.status == Status.PASS, r.message


# --------------------------------------------------------------------------- 2-3. pictures named by their file


def test_a_picture_named_by_the_whole_short_label_is_the_maklumat() -> None:
    sp = site(tentang=page("<h2>PROFILE LENGKAP PPID</h2>" + PARAS + '<div><center><img src="/img/maklumat.png"></center></div>'))
    r = present("layanan.maklumat", sp)
    assert r.status == Status.PASS, r.message


def test_a_flow_picture_of_the_ppid_service_is_the_request_procedure() -> None:
    # 'flow-pelayanan-ppid.svg': the request flow (PEMOHON > MEJA LAYANAN > PPID) drawn as a picture
    sp = site(pelayanan=page('<h2><a href="#">Pelayanan PPID</a></h2>' + PARAS + '<img src="/images/flow-pelayanan-ppid.svg">'))
    r = present("layanan.sop_permohonan", sp)
    assert r.status == Status.PASS, r.message


# --------------------------------------------------------------------------- 4. duty sentences are not the item


def test_duty_sentences_in_headings_are_not_the_consequence_test_or_the_exempt_list() -> None:
    duties = ("<h6>PPID mempunyai tugas dan tanggung jawab:</h6>"
              "<h6>Menyediakan, menyimpan, mendokumentasikan, dan mengamankan informasi;</h6>"
              "<h6>Melaksanakan pengujian konsekuensi;</h6>"
              "<h6>Menetapkan informasi yang dikecualikan yang telah habis jangka waktu pengecualiannya sebagai "
              "Informasi publik yang dapat diakses;</h6>")
    sp = site(profil=page("<h1>PROFILE</h1>" + PARAS + duties))
    # (not even a vague label: a duty says what the officer does, not where the item is)
    assert present("layanan.uji_konsekuensi", sp).status == Status.FAIL
    assert present("kategori.dikecualikan", sp).status == Status.FAIL


# --------------------------------------------------------------------------- 5. copied sample rows; a form behind a login


def test_a_listing_of_one_sample_row_copied_is_no_dip() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>Daftar PPID Utama</td><td><a href='#'>Unduh</a></td></tr>" for i in range(1, 9))
    sp = site(daftar_informasi_publik=page(f"<h1>DAFTAR INFORMASI PUBLIK</h1><table>{rows}</table>"))
    r = present("layanan.dip", sp)
    assert r.status == Status.FAIL, r.message


def test_a_request_page_whose_one_button_opens_the_login_is_unverified() -> None:
    other = '<li><a href="/formulir-permohonan">Formulir Permohonan Informasi Publik</a></li>'
    sp = S.build(B + "/", {B + "/": HOME.replace(other, ""), B + "/permohonan": page(
        '<h1>AJUKAN PERMOHONAN INFORMASI PUBLIK ANDA</h1><a href="/login">Mulai</a>').replace(other, "")})
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.WARN, r.message


# --------------------------------------------------------------------------- 6. no form, no register, no search


def test_a_form_page_of_instructions_only_is_no_form() -> None:
    steps = ("<p>Silakan isi formulir permohonan informasi secara lengkap dan benar untuk mempercepat proses layanan "
             "permohonan informasi publik pada PPID Dinas Pekerjaan Umum Kabupaten Contoh.</p><ul>"
             "<li>Isi identitas pemohon dengan lengkap sesuai kartu tanda penduduk.</li>"
             "<li>Jelaskan informasi yang diminta secara spesifik dan jelas.</li>"
             "<li>Lampirkan dokumen pendukung jika diperlukan oleh petugas.</li>"
             "<li>Simpan bukti pengajuan untuk proses tracking permohonan Anda.</li></ul>")
    sp = site(formulir_permohonan=page("<h1>Formulir Permohonan Informasi Publik</h1>" + steps))
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.FAIL, r.message


def test_general_grounds_under_an_exempt_heading_are_no_exempt_list() -> None:
    body = ("<h1>Tata Cara Permohonan Informasi Publik</h1>" + PARAS +
            "<h3>Hak Pemohon</h3><p>Mendapatkan informasi sesuai ketentuan. Menerima tanggapan atas permohonan.</p>"
            "<h3>Informasi Dikecualikan</h3><ul><li>Informasi yang mengganggu penegakan hukum.</li>"
            "<li>Informasi yang membahayakan keamanan negara.</li>"
            "<li>Informasi yang dilindungi ketentuan kerahasiaan lainnya.</li></ul>")
    sp = site(tata_cara=page(body))
    r = present("kategori.dikecualikan", sp)
    assert r.status == Status.FAIL, r.message


def test_a_hidden_search_popup_posting_to_a_static_page_is_no_search() -> None:
    popup = ('<div id="search-popup" class="search-popup"><form method="post" action="index.html">'
             '<input type="search" name="search-input" placeholder="Search Here"><input type="submit" value="Search Now!">'
             '</form><h3>Recent Search Keywords</h3><ul><li><a href="#">Dental Braces</a></li></ul></div>')
    home = page("<h1>Selamat datang di PPID Kabupaten Contoh</h1><p>Portal layanan informasi publik.</p>" + popup)
    sp = S.build(B + "/", {B + "/": home}, audit_date=dt.date(2026, 11, 20))
    r = present("layanan.pencarian", sp)
    assert r.status == Status.FAIL, r.message


# --------------------------------------------------------------------------- guards the fixes above needed


def test_a_category_page_of_the_regulations_descriptions_publishes_nothing() -> None:
    # no longer failed for its dead title link: it fails because it only describes what the category comprises
    kinds = "".join(f"<li>Informasi tentang {x}</li>" for x in (
        "profil badan publik", "kinerja dalam lingkup badan publik berupa narasi realisasi program dan kegiatan yang telah "
        "maupun sedang dijalankan", "laporan keuangan", "hak dan tata cara memperoleh Informasi Publik, serta tata cara "
        "pengajuan keberatan serta proses penyelesaian sengketa Informasi Publik",
        "pengumuman pengadaan barang dan jasa sesuai dengan peraturan perundang-undangan terkait",
        "prosedur peringatan dini dan prosedur evakuasi keadaan darurat di setiap kantor Badan Publik"))
    sp = site(informasi_berkala=page('<h2><a href="#">Informasi Berkala</a></h2><form action="#"></form>'
                                     f"<h5>Informasi yang wajib disediakan dan diumumkan secara berkala</h5><ul>{kinds}</ul>"))
    r = present("kategori.berkala", sp)
    assert r.status == Status.FAIL and r.reason == "empty_listing", r.message


def test_a_picture_under_a_forms_generic_label_is_not_the_form() -> None:
    # the objection procedure drawn as the one picture of a page reached by 'Pengajuan Keberatan'
    nav = '<li><a href="/keberatan">Pengajuan Keberatan</a></li>'
    menu = '<li><a href="/tentang">Seputar PPID</a></li></ul></li>'
    home = HOME.replace(menu, menu.replace("</ul></li>", nav + "</ul></li>"))
    kb = page('<h2>LAYANAN PENGAJUAN KEBERATAN PPID</h2><img src="/images/icon/pengajuan_keberatan.png">')
    sp = S.build(B + "/", {B + "/": home, B + "/keberatan": kb.replace(menu, menu.replace("</ul></li>", nav + "</ul></li>"))})
    r = present("layanan.formulir_keberatan", sp)
    assert r.status == Status.FAIL, r.message

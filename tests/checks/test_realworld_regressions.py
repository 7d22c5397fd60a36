"""Regression tests for the disagreements the real-world corpus showed (tests/realworld), on small pages."""

from __future__ import annotations

from pathlib import Path

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.checks import _matching as M
from ppid_audit.models import Result, SitePages, Status

FIX = Path(__file__).resolve().parent / "fixtures" / "categories"

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}

P = "https://ppid.contoh.go.id"
D = "https://diskominfo.contoh.go.id"
FILLER = "<p>" + "Pejabat Pengelola Informasi dan Dokumentasi melayani pemohon informasi publik setiap hari kerja. " * 5 + "</p>"


def page(body: str, *, menu: str = "", title: str = "PPID Contoh", footer: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><nav><ul><li><a href='/'>Beranda</a></li>{menu}</ul></nav>"
            f"<main>{body}</main><footer>{footer}</footer></body></html>")


def run(check_id: str, sp: SitePages) -> dict[str, Result]:
    return {r.item: r for r in CHECKS[check_id](sp.site, sp)}


def status(check_id: str, sp: SitePages) -> Status:
    return run(check_id, sp)["present"].status


HOME = page("<h1>Selamat datang</h1>" + FILLER)

STEPS = "<ol>" + "".join(f"<li>Langkah {i}: pemohon mengisi dan menyerahkan berkas kepada petugas layanan.</li>" for i in range(1, 7)) + "</ol>"


def test_procedure_pages_titled_pelayanan_permohonan_are_the_sops() -> None:
    sp = S.build(P + "/", {
        P + "/": HOME,
        P + "/s_layanan/index": page("<h2>Pelayanan Permohonan informasi</h2>" + STEPS),
        P + "/s_layanan/keberatan": page("<h2>Pelayanan Permohonan Keberatan</h2>" + STEPS),
    })
    assert status("layanan.sop_permohonan", sp) == Status.PASS
    assert status("layanan.sop_keberatan", sp) == Status.PASS
    only_request = S.build(P + "/", {P + "/": HOME, P + "/s": page("<h2>Pelayanan Permohonan informasi</h2>" + STEPS)})
    assert status("layanan.sop_keberatan", only_request) == Status.FAIL


def test_vague_procedure_labels_are_warnings_not_failures() -> None:
    sp = S.build(P + "/", {P + "/": page(FILLER, menu="<li><a href='/profil/sop-pelayanan'>SOP Pelayanan</a></li>")})
    assert status("layanan.sop_permohonan", sp) == Status.WARN
    assert status("layanan.sop_keberatan", sp) == Status.WARN
    tile = S.build(P + "/", {P + "/": page(FILLER + "<a href='/ppid/mekanisme'><h6>Mekanisme dan Standar Pelayanan Publik</h6></a>")})
    assert status("layanan.sop_permohonan", tile) == Status.WARN
    section = S.build(P + "/", {P + "/": page(FILLER + "<section id='prosedur'><h2>Prosedur</h2><img src='/img/sop.jpg' alt=''></section>")})
    assert status("layanan.sop_permohonan", section) == Status.WARN


def test_perki_objection_form_title_is_the_objection_form() -> None:
    link = "<a href='https://docs.google.com/document/d/abc/edit'>PERNYATAAN KEBERATAN ATAS PERMINTAAN INFORMASI PUBLIK</a>"
    sp = S.build(P + "/", {P + "/": HOME, P + "/keberatan": page("<h2>Pelayanan Permohonan Keberatan</h2>" + STEPS + link)})
    assert status("layanan.formulir_keberatan", sp) == Status.PASS
    assert status("layanan.sop_keberatan", sp) == Status.PASS


def test_bare_sk_menu_item_is_a_warning() -> None:
    bare = S.build(P + "/", {P + "/": page(FILLER, menu="<li><a href='/s_layanan/sklayanan'>SK </a></li>")})
    assert status("layanan.sk_ppid", bare) == Status.WARN
    kelembagaan = S.build(P + "/", {P + "/": page(FILLER, menu="<li><a href='/profil/kelembagaan-dan-sk'>Kelembagaan dan SK</a></li>")})
    assert status("layanan.sk_ppid", kelembagaan) == Status.WARN
    assert status("layanan.sk_ppid", S.build(P + "/", {P + "/": HOME})) == Status.FAIL


def test_bare_laporan_menu_item_is_a_warning() -> None:
    sp = S.build(P + "/", {P + "/": page(FILLER, menu="<li><a href='/laporan'>Laporan</a></li>")})
    assert status("layanan.laporan_layanan", sp) == Status.WARN
    assert status("layanan.lapor", sp) == Status.FAIL  # 'Laporan' is still not LAPOR!


LOGO = "<a href='#'><img src='/assets/logo-light.png' alt='logo-light'></a>"


def test_a_logo_dead_link_does_not_void_real_pages() -> None:
    form = ("<h2>FORM PERMOHONAN DATA</h2><form action='/kirim' method='post'><label>Nama <input name='nama'></label>"
            "<label>Rincian informasi yang dibutuhkan <textarea name='rincian'></textarea></label>"
            "<label>Tujuan penggunaan informasi <input name='tujuan'></label><button>Kirim</button></form>")
    tentang = "<h2>Tentang PPID</h2><p>Struktur PPID: atasan PPID, PPID, PPID pelaksana.</p>" + FILLER
    menu = "<li><a href='/permohonan'>Permohonan Informasi</a></li><li>Profile<ul><li><a href='/tentang'>Tentang PPID</a></li></ul></li>"
    sp = S.build(P + "/permohonan", {
        P + "/permohonan": page(LOGO + form, menu=menu),
        P + "/tentang": page(LOGO + tentang, menu=menu),
    })
    assert status("layanan.formulir_permohonan", sp) == Status.PASS
    assert status("layanan.profil_ppid", sp) == Status.PASS
    # a dead download of the page itself still voids it
    dead = S.build(P + "/", {P + "/": HOME, P + "/tentang": page("<h2>Tentang PPID</h2><a href='#'>Unduh Struktur PPID</a>")})
    pres = run("layanan.profil_ppid", dead)["present"]
    assert pres.status == Status.FAIL and "Unduh Struktur PPID" in pres.message


def test_dead_anchors_skip_decoration_and_shared_ones() -> None:
    sp = S.build(P + "/", {P + "/": page(LOGO + "<a href='#'>Kembali ke atas</a>"),
                           P + "/x": page(LOGO + "<a href='#'>Unduh SK</a>")})
    home, other = sp.pages
    assert M._C.dead_anchors(home, other) == []
    assert M._C.dead_anchors(other, home) == ["Unduh SK"]


def test_category_in_a_document_rows_metadata_line_counts() -> None:
    table = ("<h1>Daftar Informasi Publik</h1><table><tr><th>No.</th><th>Judul Dokumen Informasi</th><th>Tampilkan</th></tr>"
             "<tr><td>1.</td><td>Pengumuman Penutupan Sementara Pelayanan <div>17-03-2026 | Informasi Serta Merta | Pengumuman | Dinas</div></td><td><a href='/d/1'>Detail</a></td></tr>"
             "<tr><td>2.</td><td>Rencana Kerja 2026 <div>05-03-2026 | Informasi Berkala | Perencanaan | Dinas</div></td><td><a href='/d/2'>Detail</a></td></tr></table>")
    sp = S.build(P + "/", {P + "/": HOME, P + "/informasi_publik": page(table)})
    assert status("kategori.serta_merta", sp) == Status.PASS
    assert status("kategori.berkala", sp) == Status.PASS
    assert status("kategori.dikecualikan", sp) == Status.FAIL


def test_request_card_for_data_and_information_is_a_warning() -> None:
    sp = S.build(P + "/", {P + "/": page(FILLER + "<a href='/kalatirta/formdata' class='card'>Permohonan Data &amp; Informasi</a>")})
    assert status("layanan.formulir_permohonan", sp) == Status.WARN


def test_exempt_menu_leading_to_the_periodic_dip_table_fails() -> None:
    menu = "<li><a href='/daftar-informasi-dikecualikan'>Daftar Informasi Dikecualikan</a></li>"
    dip = ("<h1>Daftar Informasi Publik Online</h1><table><tr><td colspan='3'>A. INFORMASI WAJIB DIUMUMKAN SECARA BERKALA</td></tr>"
           "<tr><td>No</td><td>Judul Informasi</td><td>Ringkasan Informasi</td></tr>"
           "<tr><td>a.</td><td>Tugas dan Fungsi</td><td>Tugas dan fungsi badan publik</td></tr></table>")
    sp = S.build(P + "/", {P + "/": page(FILLER, menu=menu), P + "/daftar-informasi-dikecualikan": page(dip, menu=menu)})
    pres = run("kategori.dikecualikan", sp)["present"]
    assert pres.status == Status.FAIL and "Informasi Berkala" in pres.message
    real = ("<h1>Daftar Informasi yang Dikecualikan</h1><table><tr><th>No</th><th>Informasi yang Dikecualikan</th></tr>"
            "<tr><td>1</td><td>Data pribadi pemohon</td></tr></table>")
    ok = S.build(P + "/", {P + "/": page(FILLER, menu=menu), P + "/daftar-informasi-dikecualikan": page(real, menu=menu)})
    assert status("kategori.dikecualikan", ok) == Status.PASS


def test_placeholder_phone_and_email_are_not_a_contact() -> None:
    fake = page(FILLER, footer="<span>(021) 000000</span> <a href='mailto:'>info@ppid.go.id</a>")
    pres = run("layanan.kontak", S.build(P + "/", {P + "/": fake}))["present"]
    assert pres.status == Status.FAIL and "000000" in pres.message
    for placeholder in ("0811 1111 1111", "ppid@example.go.id", "admin@domain.com"):
        sp = S.build(P + "/", {P + "/": page(FILLER, footer=f"<span>{placeholder}</span>")})
        assert status("layanan.kontak", sp) != Status.PASS, placeholder
    real = page(FILLER, footer="<span>(0541) 741234</span> <a href='mailto:ppid@contohkab.go.id'>ppid@contohkab.go.id</a>")
    assert status("layanan.kontak", S.build(P + "/", {P + "/": real})) == Status.PASS


def test_agency_profil_menu_is_not_the_ppid_profile() -> None:
    menu = "<li><a href='/profil.php'>Profil</a></li><li><a href='/ppid.php'>PPID</a></li>"
    ppid = page("<h1>PPID</h1><p>PPID adalah pejabat yang bertanggung jawab di bidang informasi publik menurut UU 14/2008.</p>",
                menu=menu, title="Diskominfo Contoh")
    sp = S.build(D + "/index.php", {D + "/index.php": page(FILLER, menu=menu, title="Diskominfo Contoh"), D + "/ppid.php": ppid})
    assert status("layanan.profil_ppid", sp) == Status.FAIL
    # under a PPID menu the same label is the PPID's profile
    nested = "<li>PPID<ul><li><a href='/profil-ppid'>Profil</a></li></ul></li>"
    sp2 = S.build(D + "/index.php", {D + "/index.php": page(FILLER, menu=nested)})
    assert status("layanan.profil_ppid", sp2) == Status.WARN


def test_dip_heading_on_another_category_page_dates_only_its_section() -> None:
    body = ("<h1>Informasi Berkala</h1><p>Laporan keuangan diunggah 10 November 2026.</p>" + FILLER
            + "<h2>Daftar Informasi Publik</h2><p>Daftar ini terakhir diperbarui 5 Januari 2023 oleh PPID.</p>" + FILLER)
    sp = S.build(P + "/", {P + "/": HOME, P + "/berkala": page(body)})
    r = run("layanan.dip", sp)
    assert r["present"].status == Status.PASS
    assert r["current"].status == Status.FAIL and "2023" in r["current"].message


def test_fuzzy_contains_keeps_its_rules() -> None:
    assert M.contains(("keberatan",), ("formulir", "keberatam"))  # one typo in a long token
    assert not M.contains(("pengaduan",), ("pengadaan",))  # distinct real words
    assert not M.contains(("sop",), ("sap",))  # short tokens match exactly
    assert M.contains(("informasi", "berkala"), ("daftar", "informasi", "berkala", "2026"))
    assert not M.contains(("informasi", "berkala"), ("berkala", "informasi"))


def test_a_section_row_spanning_a_table_is_its_caption() -> None:
    table = ("<h1>Daftar Informasi Publik Online</h1><table><tr><td colspan='3'>A. INFORMASI WAJIB DIUMUMKAN SECARA BERKALA</td></tr>"
             "<tr><td>No</td><td>Judul Informasi</td><td>Ringkasan Informasi</td></tr>"
             "<tr><td>a.</td><td>Tugas dan Fungsi</td><td>Tugas dan fungsi badan publik</td></tr></table>")
    sp = S.build(P + "/", {P + "/": HOME, P + "/dip-online": page(table)})
    pres = run("kategori.berkala", sp)["present"]
    assert pres.status == Status.PASS and "table-caption" in pres.message
    assert status("kategori.serta_merta", sp) == Status.FAIL


# --------------------------------------------------------------------------- held-out batch (tests/realworld, heldout = true)


def _menu_site(menu: str, *, title: str = "PPID Contoh", host: str = P, footer: str = "") -> SitePages:
    return S.build(host + "/", {host + "/": page("<h1>Selamat datang</h1>" + FILLER, menu=menu, title=title, footer=footer)})


def test_held_out_menu_wordings_are_recognised() -> None:
    # POLIBAN, Bawaslu Sidoarjo, RSUD Majenang: real labels of items whose pages were not crawled
    cases = {
        "layanan.sop_keberatan": "Tata Cara Permohonan Keberatan",
        "layanan.formulir_keberatan": "PERMOHONAN KEBERATAN",
        "layanan.laporan_layanan": "Ringkasan Laporan Akses Layanan Informasi Publik",
        "layanan.sk_ppid": "SK TIM PPID",
    }
    for check_id, label in cases.items():
        sp = _menu_site(f"<li><a href='/menu-item'>{label}</a></li>")
        assert status(check_id, sp) == Status.WARN, (check_id, label)
    # the objection procedure is not the objection form, nor the reverse
    assert status("layanan.formulir_keberatan", _menu_site("<li><a href='/x'>Tata Cara Permohonan Keberatan</a></li>")) == Status.FAIL
    assert status("layanan.sop_keberatan", _menu_site("<li><a href='/x'>Permohonan Keberatan</a></li>")) == Status.FAIL


def test_another_elements_entry_in_the_profil_group_is_not_the_profile() -> None:
    # POLIBAN: 'Profil > Maklumat Pelayanan Informasi Publik' was crawled and taken for the PPID profile
    menu = ("<li><a href='#'>Profil</a><ul><li><a href='/profile-ppid'>Profil PPID</a></li>"
            "<li><a href='/maklumat-pelayanan'>Maklumat Pelayanan Informasi Publik</a></li></ul></li>")
    maklumat = page("<h1>Maklumat Pelayanan Informasi Publik</h1>" + FILLER, menu=menu)
    sp = S.build(P + "/", {P + "/": page(FILLER, menu=menu), P + "/maklumat-pelayanan": maklumat})
    pres = run("layanan.profil_ppid", sp)["present"]
    assert pres.status == Status.WARN and "Profil PPID" in pres.message
    assert status("layanan.maklumat", sp) == Status.PASS


def test_home_accordion_header_is_a_menu_group_not_the_profile_page() -> None:
    # Bappeda Kaltim: an offcanvas accordion <h2><button>Tentang PPID</button></h2> on the home page, dead
    # footer links: the home page was judged 'the profile page' and failed for its footer's href="#"
    menu = ("<li><h2 class='accordion-header'><button>Tentang PPID</button></h2>"
            "<ul><li><a href='/ppid/profil'>Profil</a></li><li><a href='/ppid/struktur'>Struktur Organisasi</a></li></ul></li>")
    footer = "<a href='#'>Kemendagri RI</a> <a href='#'>Bappenas RI</a> <a href='#'>BPS Provinsi</a>"
    sp = S.build(P + "/ppid", {P + "/ppid": page("<p>Portal PPID.</p>", menu=menu, footer=footer)})
    assert status("layanan.profil_ppid", sp) == Status.WARN
    # a real profile page titled like its menu group still counts
    prof = page("<h1>Tentang PPID</h1>" + FILLER, menu=menu)
    sp2 = S.build(P + "/ppid", {P + "/ppid": page("<p>Portal PPID.</p>", menu=menu), P + "/ppid/tentang": prof})
    assert status("layanan.profil_ppid", sp2) == Status.PASS


def test_a_home_page_titled_ppid_makes_the_site_a_ppid_portal() -> None:
    # Sumedang: 'Profil > Tentang Kami' on a portal titled 'PPID Kabupaten Sumedang' (host without 'ppid')
    menu = "<li><a href='#'>Profil</a><ul><li><a href='/publik/overview/profil'>Tentang Kami</a></li></ul></li>"
    assert M.site_is_ppid(_menu_site(menu, title="PPID Kabupaten Contoh", host=D))
    assert status("layanan.profil_ppid", _menu_site(menu, title="PPID Kabupaten Contoh", host=D)) == Status.WARN
    assert not M.site_is_ppid(_menu_site(menu, title="Dinas Komunikasi dan Informatika", host=D))
    assert status("layanan.profil_ppid", _menu_site(menu, title="Dinas Komunikasi dan Informatika", host=D)) == Status.FAIL
    assert not M.site_is_ppid(_menu_site(menu, title="Rapid test dan tipping point", host=D))


def test_a_phone_behind_a_whatsapp_or_tel_icon_is_a_contact() -> None:
    # Bawaslu Sidoarjo: address in the header, the phone only as a WhatsApp icon link
    # (tel: links never reach the page model: the parser skips that scheme)
    for href in ("https://wa.me/6289531740625", "https://api.whatsapp.com/send?phone=6281345678912"):
        sp = S.build(P + "/", {P + "/": page(FILLER, footer=f"<a href='{href}'><i class='fa fa-phone'></i></a>")})
        assert status("layanan.kontak", sp) == Status.PASS, href
    # a template number behind the icon is still template data
    sp = S.build(P + "/", {P + "/": page(FILLER, footer="<a href='https://wa.me/6281111111111'><i class='fa fa-phone'></i></a>")})
    assert status("layanan.kontak", sp) != Status.PASS


DIP_HEAD = ("<tr><th>No</th><th>Judul Informasi</th><th>Ringkasan Isi Informasi</th>"
            "<th>Penanggung Jawab Pembuatan Informasi</th><th>Jangka Waktu Penyimpanan</th></tr>")


def _dip_table(*rows: tuple[str, str]) -> str:
    body = "".join(f"<tr><td>{i}</td><td>{a}</td><td>{b}</td><td>Bagian Umum</td><td>5 tahun</td></tr>" for i, (a, b) in enumerate(rows, 1))
    return f"<table><thead>{DIP_HEAD}</thead><tbody>{body}</tbody></table>"


def test_category_sections_of_a_split_dip_written_as_paragraphs() -> None:
    # RSUD Majenang: "C. Informasi Yang Tersedia Setiap Saat" in a <p class="lead"> between DIP tables
    dip = ("<h1>Daftar Informasi Publik (DIP) Tahun 2022</h1>"
           "<p class='lead'>A. Informasi Yang Diumumkan Secara Berkala</p>" + _dip_table(("Visi dan Misi", "Visi rumah sakit"))
           + "<p class='lead'>C. Informasi Yang Tersedia Setiap Saat</p>"
           + _dip_table(("Daftar Informasi Publik", "Berisi informasi yang tersedia secara berkala, serta merta, setiap saat")))
    sp = S.build(P + "/", {P + "/": HOME, P + "/dip": page(dip)})
    pres = run("kategori.setiap_saat", sp)["present"]
    assert pres.status == Status.PASS and "dip-section" in pres.message
    assert status("kategori.berkala", sp) == Status.PASS
    # a cell that lists the category names in a sentence is not a section
    assert status("kategori.serta_merta", sp) == Status.FAIL
    # one DIP table is not a split DIP: a paragraph naming the category stays a mention
    one = page("<h1>DIP</h1><p>C. Informasi Yang Tersedia Setiap Saat</p>" + _dip_table(("Visi dan Misi", "Visi")))
    assert status("kategori.setiap_saat", S.build(P + "/", {P + "/": HOME, P + "/dip": one})) == Status.FAIL


def test_a_procedure_written_in_a_dip_cell_is_the_sop() -> None:
    # RSUD Majenang: DIP row 8, cell 'Tata cara memperoleh informasi Publik : <ten numbered steps>'
    steps = " ".join(f"{i}. Pemohon mengajukan permohonan informasi dan petugas memproses berkasnya." for i in range(1, 8))
    dip = "<h1>DIP</h1>" + _dip_table(("Hak dan tata cara memperoleh informasi publik", f"<b>Tata cara memperoleh informasi Publik :</b> {steps}"))
    sp = S.build(P + "/", {P + "/": HOME, P + "/dip": page(dip)})
    pres = run("layanan.sop_permohonan", sp)["present"]
    assert pres.status == Status.PASS and "table-procedure" in pres.message
    assert status("layanan.sop_keberatan", sp) == Status.FAIL
    # only the item's title in the DIP: not the procedure
    short = "<h1>DIP</h1>" + _dip_table(("Tata cara memperoleh informasi publik", "Tersedia di kantor PPID"))
    assert status("layanan.sop_permohonan", S.build(P + "/", {P + "/": HOME, P + "/dip": page(short)})) != Status.PASS


def test_second_held_out_batch_wordings() -> None:
    # Bakamla: 'Daftar Informasi > Informasi Publik Secara Berkala', 'Standar Layanan Operasional', a bare 'Statistik'
    berkala = _menu_site("<li><a href='#'>Daftar Informasi</a><ul><li><a href='/daftarinfo'>Informasi Publik Secara Berkala</a></li></ul></li>")
    assert status("kategori.berkala", berkala) == Status.WARN
    sop = _menu_site("<li><a href='#'>Standar Pelayanan</a><ul><li><a href='/standpel'>Standar Layanan Operasional</a></li></ul></li>")
    pres = run("layanan.sop_permohonan", sop)["present"]
    assert pres.status == Status.WARN and "kurang jelas" in pres.message  # vague: a list of SOPs, unverified
    assert status("layanan.sop_keberatan", sop) == Status.WARN
    assert status("layanan.laporan_layanan", _menu_site("<li><a href='/statistik'>Statistik</a></li>")) == Status.WARN
    # a statistic that names something else is not the report
    assert status("layanan.laporan_layanan", _menu_site("<li><a href='/statistik-waktu'>Statistik Waktu PPID</a></li>")) == Status.FAIL

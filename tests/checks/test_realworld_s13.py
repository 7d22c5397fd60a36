"""Golden tests of session 13's classes (batch 21's first-run disagreements, fixed generally): a Liferay
document address, a decree cited in English, a 'Standar Layanan' sub-menu, an international landline, an
empty service tally, one regulations table under three category headings, one file behind every entry, and a
request form link that opens the staff's login.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails without the
general fix of its class.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status
from ppid_audit.urls import file_name, is_document_url

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohkab.go.id"
DAY = dt.date(2026, 12, 6)
NAV = """<nav><ul class="menu">
  <li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">Profil</a><ul><li><a href="/profil">Tentang PPID</a></li></ul></li>
  <li class="dropdown"><a href="#">Informasi Publik</a><ul><li><a href="/informasi">Informasi Publik</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><h3>Jam Layanan</h3><p>Senin - Jumat 08:00 - 16:00 WIB</p></footer>"


def page(main: str, nav: str = NAV, title: str = "PPID Kabupaten Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{nav}<main>{main}</main>{FOOT}</body></html>"


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def site(pages: dict[str, str]) -> SitePages:
    home = page("<h1>PPID Kabupaten Contoh</h1><p>Layanan informasi publik Pemerintah Kabupaten Contoh.</p>")
    return S.build(BASE + "/", {BASE + "/": home, **{BASE + k: v for k, v in pages.items()}}, audit_date=DAY)


LIFERAY = "https://bank.co.id/documents/555426/0/Maklumat+Layanan+PPID.pdf/27f953d6-2135-0187-c249-eb0f0dc60545?version=1.0&t=17"


def test_a_liferay_document_address_is_a_document() -> None:
    """Liferay serves its document library as /documents/<group>/<folder>/<title>/<uuid>?version=..."""
    assert is_document_url(LIFERAY)
    assert file_name(LIFERAY) == "Maklumat Layanan PPID.pdf"
    assert not is_document_url("https://bank.co.id/documents/555426/0/laporan/27f953d6-2135-0187-c249-eb0f0dc60545")
    assert not is_document_url("https://bank.co.id/web/Maklumat.pdf/27f953d6-2135-0187-c249-eb0f0dc60545")  # not its library
    card = f'<h1>Maklumat</h1><div class="card"><p>Maklumat Layanan PPID</p><a href="{LIFERAY}" target="_blank"><svg></svg></a></div>'
    nav = NAV.replace('<li><a href="/profil">Tentang PPID</a></li>', '<li><a href="/profil">Tentang PPID</a></li><li><a href="/maklumat">Maklumat</a></li>')
    sp = S.build(BASE + "/", {BASE + "/": page("<h1>PPID</h1><p>Layanan informasi.</p>", nav), BASE + "/maklumat": page(card, nav)}, audit_date=DAY)
    r = present("layanan.maklumat", sp)
    assert r.status == Status.PASS, r.message


def test_a_decree_cited_in_english_is_named() -> None:
    text = ("<h1>Profile PPID</h1><p>PPID or Information Management &amp; Documentation Officer is the official responsible for "
            "the storage and provision of information at PT Bank Contoh according to the Decree of the Board of Directors "
            "No.B.06- SKP/COM/DCM/05/2021 concerning the Structure of Information Management &amp; Documentation Officers of PT. "
            "Bank Contoh (Persero) Tbk</p>")
    r = present("layanan.sk_ppid", site({"/profil": page(text)}))
    assert r.status == Status.WARN, r.message
    unrelated = text.replace("concerning the Structure of Information Management &amp; Documentation Officers", "concerning the Branch Network")
    assert present("layanan.sk_ppid", site({"/profil": page(unrelated)})).status == Status.FAIL


def test_a_request_entry_under_a_service_standard_menu_is_its_procedure() -> None:
    """'STANDAR LAYANAN > PERMOHONAN INFORMASI' (page not crawled): the request procedure, unverified."""
    def nav(parent: str) -> str:
        return NAV.replace("</ul></nav>", f'<li class="dropdown"><a href="#">{parent}</a><ul><li><a href="/permohonan-informasi/">'
                                          'PERMOHONAN INFORMASI</a></li><li><a href="/pengajuan-keberatan/">PENGAJUAN KEBERATAN</a></li>'
                                          '</ul></li></ul></nav>')

    def built(parent: str) -> SitePages:
        return S.build(BASE + "/", {BASE + "/": page("<h1>PPID</h1><p>Layanan informasi publik.</p>", nav(parent))}, audit_date=DAY)
    assert present("layanan.sop_permohonan", built("STANDAR LAYANAN")).status == Status.WARN
    assert present("layanan.sop_keberatan", built("STANDAR LAYANAN")).status == Status.WARN
    assert present("layanan.sop_permohonan", built("LAYANAN INFORMASI")).status == Status.FAIL  # a service, not its standard


def test_an_international_landline_is_a_contact() -> None:
    top = '<div class="top-bar"><a href="tel:03199857450"><i class="fas fa-mobile-alt"></i> +62 31 99857450</a></div>'
    r = present("layanan.kontak", site({"/profil": page(top + "<h1>Tentang PPID</h1><p>PPID Kabupaten Contoh.</p>")}))
    assert r.status == Status.PASS, r.message
    assert "+62 31 99857450" in r.message


def test_an_empty_service_tally_is_an_empty_report() -> None:
    """'Statistik Layanan Informasi': a yearly tally of requests whose only row says 'Data tidak tersedia'."""
    nav = NAV.replace("</ul></nav>", '<li><a href="/statistik">Statistik Layanan Informasi</a></li></ul></nav>')
    tally = ("<h1>Statistik Layanan Informasi</h1><h3>Tabel Data Statistik</h3><table><thead><tr><th>Tahun</th><th>Pemohon</th>"
             "<th>Diminta</th><th>Diberikan</th><th>Ditolak</th><th>Keterangan</th></tr></thead><tbody><tr><td colspan=\"6\">"
             "{row}</td></tr></tbody></table>")
    home = page("<h1>PPID</h1><p>Layanan informasi publik.</p>", nav)

    def built(row: str) -> SitePages:
        return S.build(BASE + "/", {BASE + "/": home, BASE + "/statistik": page(tally.format(row=row), nav)}, audit_date=DAY)
    r = present("layanan.laporan_layanan", built("Data tidak tersedia"))
    assert r.status == Status.FAIL, r.message
    assert present("layanan.laporan_layanan", built("")).status == Status.WARN  # no notice: only an empty register


def test_one_table_under_three_category_headings_is_a_copy() -> None:
    """'Informasi Berkala', 'Serta Merta', 'Setiap Saat' each over the same regulations table, 'Download' without href."""
    rows = "".join(f"<tr><td>{i}.</td><td>{t}</td><td><a class=\"btn\">Download</a></td></tr>" for i, t in enumerate((
        "Undang-undang Republik Indonesia nomor 14 Tahun 2008", "Peraturan Pemerintah Republik Indonesia nomor 61 Tahun 2010",
        "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik", "SK Direksi Pembentukan PPID"), 1))
    table = f"<table><thead><tr><th>No.</th><th>Judul</th><th>Aksi</th></tr></thead><tbody>{rows}</tbody></table>"
    other = table.replace("Undang-undang Republik Indonesia nomor 14 Tahun 2008", "Laporan Keuangan Tahun 2025")
    body = "<h1>Informasi</h1><h3>Informasi Berkala</h3>{a}<h3>Informasi Serta Merta</h3>{b}<h3>Informasi Setiap Saat</h3>{c}"
    r = present("kategori.berkala", site({"/informasi": page(body.format(a=table, b=table, c=table))}))
    assert r.status == Status.FAIL, r.message
    r = present("kategori.berkala", site({"/informasi": page(body.format(a=other, b=table, c=table))}))
    assert r.status == Status.WARN, r.message  # a table of its own: entries named, no file (as before)


def test_one_file_behind_every_entry_of_a_listing_is_a_stand_in() -> None:
    """Six cards 'Available Information.pdf', each view and download opening the same sample file."""
    doc = "https://bank.co.id/files/Event-2021.pdf"
    card = f'<div class="card"><p>Available Information.pdf</p><a href="{doc}">Lihat</a> <a href="{doc}?download=true">Unduh</a></div>'
    nav = NAV.replace('<li><a href="/informasi">Informasi Publik</a></li>', '<li><a href="/setiap-saat">Informasi Setiap Saat</a></li>')

    def built(n: int) -> SitePages:
        main = "<h1>Informasi Tersedia Setiap Saat</h1>" + card * n
        return S.build(BASE + "/", {BASE + "/": page("<h1>PPID</h1><p>Layanan.</p>", nav), BASE + "/setiap-saat": page(main, nav)}, audit_date=DAY)
    r = present("kategori.setiap_saat", built(6))
    assert r.status == Status.FAIL, r.message
    assert "Event-2021.pdf" in r.message
    assert present("kategori.setiap_saat", built(1)).status != Status.FAIL  # one document, its view and download links


def test_a_request_form_link_to_the_staff_login_is_no_form() -> None:
    """'FORM PERMOHONAN INFORMASI' -> /login, the staff's 'Login Admin' (user name, password), no sign-up."""
    nav = NAV.replace("</ul></nav>", '<li><a href="/login">FORM PERMOHONAN INFORMASI</a></li></ul></nav>')
    login = ('<h1>{head}</h1><form method="post" action="/login"><label>Username</label><input type="text" name="username">'
             '<label>Kata Sandi</label><input type="password" name="password"><button type="submit">Masuk</button></form>{extra}')

    def built(head: str, extra: str = "") -> SitePages:
        return S.build(BASE + "/", {BASE + "/": page("<h1>PPID</h1><p>Layanan.</p>", nav),
                                    BASE + "/login": page(login.format(head=head, extra=extra), nav)}, audit_date=DAY)
    r = present("layanan.formulir_permohonan", built("Login Admin"))
    assert r.status == Status.FAIL, r.message
    # a visitor's own account (sign-up offered): the form may be behind it, unverified
    assert present("layanan.formulir_permohonan", built("Login Admin", '<a href="/register">Daftar akun baru</a>')).status == Status.WARN
    assert present("layanan.formulir_permohonan", built("Masuk")).status == Status.WARN


def test_a_decree_cited_after_the_ppid_it_forms_is_named() -> None:
    """'Pembentukan PPID Universitas ... melalui Surat Keputusan Rektor ... Nomor : 456/XIII/A/UNAND-2015'."""
    text = ("<h1>Profile PPID</h1><p>Pembentukan Pejabat Pengelola Informasi dan Dokumentasi (PPID) Universitas Contoh "
            "Pertama Kalinya Tahun 2015 Melalui Surat Keputusan Rektor Universitas Contoh Nomor : 456/XIII/A/UC-2015. "
            "Layanan Informasi Publik juga disediakan untuk memudahkan publik.</p>")
    r = present("layanan.sk_ppid", site({"/profil": page(text)}))
    assert r.status == Status.WARN, r.message
    unnumbered = text.replace("Nomor : 456/XIII/A/UC-2015", "rektor")
    assert present("layanan.sk_ppid", site({"/profil": page(unnumbered)})).status == Status.FAIL


def test_a_cost_standard_named_as_a_list_item_states_no_cost() -> None:
    """'p. Standar Biaya Layanan  Klik disini' (a '#' link): the place of the cost named, no cost stated."""
    items = "<h1>Informasi Publik</h1><ol><li>n. Jadwal Pelayanan <a href=\"#\">Klik disini</a></li><li>p. Standar Biaya Layanan <a href=\"#\">Klik disini</a></li></ol>"
    r = present("layanan.jam_biaya_layanan", site({"/informasi": page(items)}))
    assert r.status == Status.WARN, r.message  # the footer's hours, no cost
    stated = items.replace("p. Standar Biaya Layanan", "Biaya layanan: tidak dipungut biaya")
    assert present("layanan.jam_biaya_layanan", site({"/informasi": page(stated)})).status == Status.PASS


def test_a_loading_screen_is_judged_by_the_page_it_sends_the_visitor_to() -> None:
    """Every menu item opens 'loading-screen/cms.php', whose script sends the visitor on to 'Segera Hadir'."""
    import dataclasses

    nav = NAV.replace("</ul></nav>", '<li><a href="/loading-screen/cms.php">MAKLUMAT LAYANAN PPID</a></li></ul></nav>')
    loader = "<html><head><script>setTimeout(() => { window.location.href = '/profil/comingsoon.php'; }, 2000);</script></head><body><p>Memuat...</p></body></html>"
    soon = page("<h1>Segera Hadir</h1><p>Halaman ini sedang dalam tahap pengembangan.</p>", nav)
    sp = S.build(BASE + "/", {BASE + "/": page("<h1>PPID</h1><p>Layanan.</p>", nav), BASE + "/loading-screen/cms.php": loader,
                              BASE + "/profil/comingsoon.php": soon}, audit_date=DAY)
    assert any(p.js_redirect for p in sp.pages)
    r = present("layanan.maklumat", sp)
    assert r.status == Status.FAIL, r.message
    assert "segera hadir" in r.message
    # without the page it leads to, the loader is judged as itself (empty: a picture may be missing, a warning)
    alone = dataclasses.replace(sp, pages=tuple(p for p in sp.pages if "comingsoon" not in p.url))
    assert present("layanan.maklumat", alone).status == Status.WARN


def test_a_template_phone_beside_a_real_e_mail_on_the_same_page_is_half_a_contact() -> None:
    foot = '<div class="contact"><p>Jl. Raya Manggar No. 123</p><p>Telp: (0719) 123456</p><p>Email: info@kemenagkab.go.id</p></div>'
    r = present("layanan.kontak", site({"/beranda": page("<h1>Beranda</h1>" + foot)}))
    assert r.status == Status.WARN, r.message
    assert "123456" in r.message
    intl = foot.replace("(0719) 123456", "+62 752 123456")
    assert present("layanan.kontak", site({"/beranda": page("<h1>Beranda</h1>" + intl)})).status == Status.WARN


def test_an_email_link_whose_address_is_only_its_mailto_target_is_a_contact() -> None:
    """The footer's 'Email' link to mailto:dpupr@gmail.com beside the street address (no phone)."""
    foot = '<div class="footer-contact"><p>Jalan H. Achmad Amins, Kota Contoh 75117</p><a href="mailto:dpupr.kotacontoh@gmail.com">Email</a></div>'
    r = present("layanan.kontak", site({"/beranda": page("<h1>Beranda</h1>" + foot)}))
    assert r.status == Status.PASS, r.message
    assert "dpupr.kotacontoh@gmail.com" in r.message
    sample = foot.replace("dpupr.kotacontoh@gmail.com", "email@domain.com")
    assert present("layanan.kontak", site({"/beranda": page("<h1>Beranda</h1>" + sample)})).status == Status.FAIL


def test_an_entry_named_in_the_second_cell_of_a_listing_row_is_followed() -> None:
    """A berkala table: 'Informasi mengenai Hak Memperoleh Informasi' (group) | 'Informasi Tata Cara memperoleh
    Informasi' (the entry) | 'Kunjungi halaman' to a PDF on the agency's main site: found, not absent."""
    rows = ('<tr><td>6.</td><td>Informasi mengenai Hak Memperoleh Informasi di OPD</td><td>Informasi Tata Cara memperoleh '
            'Informasi</td><td><a href="http://bkd.contohprov.go.id/download/Permohonan_Info_Publik.pdf">Kunjungi halaman</a></td></tr>'
            '<tr><td></td><td></td><td>Informasi cara mengajukan Keberatan Permohonan Informasi Publik</td><td><a href='
            '"http://bkd.contohprov.go.id/download/Mekanisme_Keberatan.pdf">Kunjungi halaman</a></td></tr>')
    table = f"<h1>Informasi Berkala</h1><table><thead><tr><th>No</th><th>Jenis</th><th>Informasi</th><th>Tautan</th></tr></thead><tbody>{rows}</tbody></table>"
    sp = site({"/informasi-berkala": page(table)})
    assert present("layanan.sop_permohonan", sp).status != Status.FAIL  # found: its document, not opened here
    assert present("layanan.sop_keberatan", sp).status != Status.FAIL


def test_seed_phones_with_a_run_of_digits_or_xxx_are_template_data() -> None:
    for phone in ("0752-1234567", "(0263) 261XXX"):
        foot = f'<div class="contact"><p>Telp: {phone}</p><p>Email: info@rsud-contoh.go.id</p></div>'
        r = present("layanan.kontak", site({"/kontak": page("<h1>Kontak</h1>" + foot)}))
        assert r.status == Status.WARN, (phone, r.message)


def test_a_card_listing_the_officers_by_their_ppid_roles_is_the_structure() -> None:
    """A React card 'Struktur Organisasi' (no heading tag) over 'Ketua PPID', 'Sekretaris PPID', 'Anggota PPID'."""
    card = ('<h1>Profil PPID</h1><div class="card"><div class="title">Struktur Organisasi</div><div>'
            '<p>Dr. Ahmad Fauzi</p><p>Ketua PPID</p><p>Nurul Hidayah</p><p>Sekretaris PPID</p><p>Irwan Saputra</p>'
            '<p>Anggota PPID</p><p>Dewi Kartika</p><p>Operator PPID</p></div></div>')
    r = present("layanan.struktur", site({"/profil": page(card)}))
    assert r.status == Status.PASS, r.message
    prose = ("<h1>Profil PPID</h1><p>PPID dipimpin oleh Ketua PPID yang ditunjuk pimpinan, dibantu petugas layanan "
             "informasi.</p>")
    assert present("layanan.struktur", site({"/profil": page(prose)})).status == Status.FAIL  # one role in prose

"""Golden tests of session 14's classes (batches 29-32's first-run disagreements, fixed generally): an empty
state that promises its data later, an empty notice beside the footer's address table, a card whose only link
is 'Kembali ke Beranda', a theme's demo contact, and a duty listed under 'Tugas & Wewenang PPID'.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails without the
general fix of its class.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.checks._content import is_empty_notice
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohkab.go.id"
DAY = dt.date(2026, 12, 7)
NAV = """<nav><ul class="menu">
  <li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">PPID</a><ul><li><a href="/profil">Profil PPID</a></li>
  <li><a href="/dip">Daftar Informasi Publik (DIP)</a></li><li><a href="/laporan">Laporan &amp; Statistik PPID</a></li>
  <li><a href="/informasi/berkala">Informasi Berkala</a></li></ul></li>
</ul></nav>"""
FOOT = ("<footer><h5>DINAS CONTOH</h5><table><tr><td>Alamat</td><td>:</td><td>Jalan Merdeka No. 12, Kota Contoh</td></tr>"
        "<tr><td>Telp.</td><td>:</td><td>0711-379040</td></tr><tr><td>E-Mail</td><td>:</td><td>dinas.contoh@gmail.com</td></tr>"
        "</table></footer>")


def page(main: str, nav: str = NAV, foot: str = FOOT) -> str:
    return (f"<!doctype html><html><head><title>PPID Dinas Contoh</title></head><body>{nav}<main>{main}</main>"
            f"{foot}</body></html>")


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def site(pages: dict[str, str]) -> SitePages:
    home = page("<h1>PPID Dinas Contoh</h1><p>Layanan informasi publik Dinas Contoh.</p>")
    return S.build(BASE + "/", {BASE + "/": home, **{BASE + k: v for k, v in pages.items()}}, audit_date=DAY)


def test_an_empty_state_that_promises_its_data_later_is_empty() -> None:
    """'Tidak ada data informasi' / 'Data informasi akan ditampilkan di sini ketika tersedia' (poliwangi)."""
    assert is_empty_notice("Tidak ada data informasi Data informasi akan ditampilkan di sini ketika tersedia")
    assert is_empty_notice("No documents found. Documents will appear here once uploaded.")
    assert is_empty_notice("Belum ada dokumen. Silakan cek kembali nanti.")
    assert not is_empty_notice("Laporan akan ditampilkan di sini")  # no notice before it
    assert not is_empty_notice("Informasi Berkala Tahun 2024 akan diperbarui")
    table = ("<h1>Informasi Berkala</h1><h2>Daftar Informasi Berkala</h2><table><thead><tr><th>No</th><th>Nama Informasi</th>"
             "<th>Terakhir Update</th><th>Aksi</th></tr></thead><tbody><tr><td colspan='5'><div><p>Tidak ada data informasi</p>"
             "<p>Data informasi akan ditampilkan di sini ketika tersedia</p></div></td></tr></tbody></table>")
    assert present("kategori.berkala", site({"/informasi/berkala": page(table)})).status == Status.FAIL


def test_an_empty_notice_is_read_beside_the_footers_address_table() -> None:
    """A DIP page saying 'Informasi Tidak Ditemukan' is empty though the footer's 'Alamat | : | ...' table has rows."""
    dip = ("<h1>Daftar Informasi Publik (DIP)</h1><p>Akses informasi yang wajib disediakan dan diumumkan oleh Dinas Contoh.</p>"
           "<form action='/dip' method='get'><input name='q' placeholder='Ketik kata kunci informasi...'></form>"
           "<h4>Informasi Tidak Ditemukan</h4><p>Maaf, tidak ada informasi publik yang cocok dengan kriteria pencarian Anda.</p>"
           "<a href='/dip'>Kembali ke Semua Informasi</a>")
    r = present("layanan.dip", site({"/dip": page(dip)}))
    assert r.status == Status.FAIL, r.message


def test_a_way_back_is_not_a_cards_way_on() -> None:
    """'Laporan Akses Informasi Publik Tahunan' over 'Belum ada laporan ...' and 'Kembali ke Beranda' (desdm-sumsel)."""
    report = ("<h1>Laporan &amp; Statistik</h1><p>Laporan Statistik Pelayanan Informasi Publik.</p>"
              "<h4>Total Permohonan Informasi</h4><p>0</p><h4>Total Pengajuan Keberatan</h4><p>0</p>"
              "<h4>Laporan Akses Informasi Publik Tahunan</h4><p>Belum ada laporan tahunan PPID yang tersedia.</p>"
              "<a href='/' class='btn'>Kembali ke Beranda</a>")
    r = present("layanan.laporan_layanan", site({"/laporan": page(report)}))
    assert r.status == Status.FAIL, r.message


def test_a_themes_demo_contact_is_template_data() -> None:
    """A charity theme's contact block left on a PPID portal (ppid-babel): 120-240-9600, donate@charity.org."""
    block = ("<h1>Kontak</h1><h5>Contact Infomation</h5><p>120-240-9600</p><p><a href='mailto:donate@charity.org'>"
             "donate@charity.org</a></p><p>Akershusstranda 20, 0150 Oslo, Norway</p><p>info@yourgmail.com</p>")
    nav = NAV.replace("</ul></li>", "<li><a href='/kontak'>Kontak</a></li></ul></li>", 1)
    sp = S.build(BASE + "/", {BASE + "/": page("<h1>PPID Dinas Contoh</h1><p>Layanan informasi publik.</p>", nav, "<footer></footer>"),
                              BASE + "/kontak": page(block, nav, "<footer></footer>")}, audit_date=DAY)
    r = present("layanan.kontak", sp)
    assert r.status == Status.FAIL, r.message


def test_a_duty_titled_under_the_ppids_duties_is_not_the_item() -> None:
    """'Tugas & Wewenang PPID' over '02. Uji Konsekuensi' / 'Melakukan pengujian konsekuensi ...' (dp3akb-majalengka)."""
    duties = ("<h1>Profil PPID</h1><h2>Tugas &amp; Wewenang PPID</h2>"
              "<div><h4>01. Pengelolaan Informasi</h4><p>Menyimpan, mendokumentasikan dan menyediakan informasi publik.</p></div>"
              "<div><h4>02. Uji Konsekuensi</h4><p>Melakukan pengujian konsekuensi atas informasi publik yang dikecualikan "
              "sebelum dikategorikan tertutup, bersama pejabat yang menguasai informasi, dengan menimbang dengan saksama "
              "akibat yang timbul bila informasi dibuka kepada masyarakat dan kepentingan umum yang lebih besar.</p></div>"
              "<h2>Dasar Hukum PPID</h2><ul><li>Undang-Undang Nomor 14 Tahun 2008</li></ul>")
    r = present("layanan.uji_konsekuensi", site({"/profil": page(duties)}))
    assert r.status == Status.FAIL, r.message
    # the same heading as a section of its own is the item's place
    own = duties.replace("<h2>Tugas &amp; Wewenang PPID</h2>", "<h2>Dokumen PPID</h2>").replace(
        "Melakukan pengujian konsekuensi atas informasi publik yang dikecualikan "
        "sebelum dikategorikan tertutup, bersama pejabat yang menguasai informasi, dengan menimbang dengan saksama "
        "akibat yang timbul bila informasi dibuka kepada masyarakat dan kepentingan umum yang lebih besar.",
        "Hasil uji konsekuensi informasi yang dikecualikan tahun 2025, ditetapkan oleh PPID Dinas Contoh pada 12 Januari "
        "2025 setelah rapat bersama pejabat pengelola informasi, memuat tiga puluh informasi yang dikecualikan beserta "
        "alasan, konsekuensi bahaya bila dibuka, dan jangka waktu pengecualiannya.")
    assert present("layanan.uji_konsekuensi", site({"/profil": page(own)})).status == Status.PASS


def test_a_step_of_the_request_procedure_is_not_the_form() -> None:
    """'Alur Permohonan Informasi' over '1 Ajukan Permohonan' (bapenda-jambi): the procedure's step, not a form;
    the menu's link to the portal's form stays the evidence (present, unverified)."""
    nav = NAV.replace("</ul></li>", "<li><a href='https://ppid.contohprov.go.id/register'>Permohonan Informasi Publik</a></li>"
                                    "<li><a href='/tentang'>Tentang PPID</a></li></ul></li>", 1)
    steps = ("<h1>Tentang PPID</h1><h2>Alur Permohonan Informasi</h2><p>Bagaimana cara mengajukan permohonan informasi publik</p>"
             "<div><div>1</div><div><h3>Ajukan Permohonan</h3><p>Datang langsung ke kantor PPID atau ajukan melalui website "
             "dengan mengisi formulir permohonan informasi.</p></div></div>"
             "<div><div>2</div><div><h3>Verifikasi &amp; Registrasi</h3><p>Petugas PPID memverifikasi identitas pemohon.</p></div></div>"
             "<h2>Jangka Waktu Pelayanan</h2><p>Paling lambat 10 hari kerja sejak permohonan diterima.</p>")
    sp = S.build(BASE + "/", {BASE + "/": page("<h1>PPID Dinas Contoh</h1><p>Layanan informasi publik.</p>", nav),
                              BASE + "/tentang": page(steps, nav)}, audit_date=DAY)
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.WARN, r.message


def test_a_sections_first_line_that_it_is_not_there_is_its_verdict() -> None:
    """'Susunan PPID Desa Keji' over 'Susunan pengurus belum tersedia' on a profile page that says much else (desa-keji):
    the structure is not published; the profile is."""
    profile = ("<h1>Profil PPID Desa Contoh</h1><h2>PPID Desa Contoh</h2><p>PPID Desa Contoh mengelola dan melayani informasi "
               "publik desa sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, dengan tugas "
               "mengumpulkan, mendokumentasikan dan menyediakan informasi bagi warga.</p>"
               "<h2>Tugas Utama PPID</h2><h3>Pengumpulan Informasi</h3><p>Mengumpulkan informasi dari seluruh unit kerja desa.</p>"
               "<h2>Susunan PPID Desa Contoh</h2><p>Daftar pejabat dan petugas pengelola informasi publik.</p>"
               "<h3>Susunan pengurus belum tersedia</h3><p>Data pengurus PPID belum dimasukkan oleh administrator.</p>"
               "<h2>Sekretariat PPID</h2><p>Kantor Desa Contoh, Jl. Raya Desa No. 1, buka Senin-Jumat 08.00-15.00.</p>")
    sp = site({"/profil": page(profile)})
    assert present("layanan.struktur", sp).status == Status.FAIL
    assert present("layanan.profil_ppid", sp).status == Status.PASS


def test_one_remark_that_a_document_is_not_online_leaves_the_page_its_content() -> None:
    """A profile page's text, then 'Dokumen resmi belum tersedia secara digital di portal ini.' (disdukcapil-tidore);
    a page whose only words are headings and the notice stays a placeholder (uho's 'Belum ada data.')."""
    profile = ("<h1>Profil PPID</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Dinas Contoh.</p><p>PPID (Pejabat Pengelola "
               "Informasi dan Dokumentasi) bertugas mengelola dan menyajikan informasi publik di lingkungan Dinas Contoh Kota "
               "Contoh, sesuai amanat UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik.</p><p>Dokumen resmi belum "
               "tersedia secara digital di portal ini. Untuk informasi lengkap, silakan hubungi Dinas Contoh secara langsung.</p>")
    assert present("layanan.profil_ppid", site({"/profil": page(profile)})).status == Status.PASS
    bare = "<h1>Profil PPID</h1><h2>Profil PPID</h2><p>Belum tersedia.</p><p>Kantor Dinas Contoh, Jl. Merdeka No. 12, Kota Contoh, buka Senin - Jumat 08.00 - 16.00, telepon 0711-379040, surel dinas.contoh@gmail.com, pengaduan melalui SP4N LAPOR!.</p>"
    assert present("layanan.profil_ppid", site({"/profil": page(bare)})).status == Status.FAIL


def test_another_provinces_pages_are_not_this_provinces() -> None:
    """A Sumatera Utara portal whose DIP and decree are PPID Jawa Barat's and DKI Jakarta's (sumut-laravel): the
    place is there, the content is another body's. A province's own government beside another's is a reference."""
    from ppid_audit.checks._content import other_province, site_province
    from ppid_audit.models import Site

    prov = Site(id="12", name="PPID Provinsi Sumatera Utara", level="provinsi", role="utama", parent=None,
                start_url="https://ppid.sumutprov.go.id/", province="12")
    assert site_province(prov) == "Sumatera Utara"
    rows = "Mengurai program Pemerintah Provinsi Jawa Barat. Tugas dan fungsi Pemerintah Provinsi Jawa Barat."
    assert other_province(prov, rows) == "Jawa Barat"
    assert other_province(prov, "Studi banding ke Pemprov Jatim pekan lalu.") == ""  # one mention: a reference
    assert other_province(prov, "Keputusan Gubernur Provinsi DKI Jakarta Nomor 839", at_least=1) == "DKI Jakarta"
    assert other_province(prov, "Pergub Sumut dan Peraturan Gubernur Sumatera Utara; MoU dengan Pemprov Jabar") == ""
    assert other_province(prov, "Kunjungan kerja ke Bandung, Jawa Barat") == ""  # a place, not a government
    kab = Site(id="x", name="PPID Kabupaten Contoh", level="kabupaten", role="utama", parent=None, start_url="https://x.go.id/")
    assert site_province(kab) is None and other_province(kab, "Pemerintah Provinsi Jawa Barat") == ""

    base = "https://ppid.sumutprov.go.id"
    nav = ("<nav><ul><li><a href='/'>Beranda</a></li><li><a href='#'>Informasi Publik</a><ul>"
           "<li><a href='/dip'>Daftar Informasi Publik</a></li></ul></li></ul></nav>")
    rows = "".join(f"<tr><td>{i}</td><td>Program {i} Pemerintah Provinsi Jawa Barat</td><td>Bappeda</td><td>2024</td>"
                   f"<td><a href='/files/dip-{i}.pdf'>Unduh</a></td></tr>" for i in range(1, 6))
    dip = (f"<h1>Daftar Informasi Publik</h1><table><caption>Daftar Informasi Publik Online</caption><thead><tr><th>No</th>"
           f"<th>Judul Informasi</th><th>Penanggung Jawab</th><th>Tahun</th><th>Unduh</th></tr></thead><tbody>{rows}</tbody></table>")
    home = "<h1>PPID Provinsi Sumatera Utara</h1><p>Layanan informasi publik Pemerintah Provinsi Sumatera Utara.</p>"
    def built(body: str) -> SitePages:
        sp = S.build(base + "/", {base + "/": page(home, nav), base + "/dip": page(body, nav)}, audit_date=DAY)
        return dataclasses.replace(sp, site=dataclasses.replace(sp.site, name="PPID Provinsi Sumatera Utara", province="12"))
    assert present("layanan.dip", built(dip)).status == Status.FAIL
    assert present("layanan.dip", built(dip.replace("Jawa Barat", "Sumatera Utara"))).status == Status.PASS


def test_a_template_link_takes_the_sites_context_not_the_pages() -> None:
    """An agency site's footer link 'Profil' (its own profile, on every page) seen on its PPID request page is not
    the PPID's profile (kpknl-bandung, bpkpad-tapsel); the same word inside the page's own content is."""
    base = "https://www.kantorcontoh.go.id"
    foot = "<footer><ul><li><a href='/profil'>Profil</a></li><li><a href='/berita'>Berita</a></li></ul></footer>"
    nav = "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/permohonan'>Permohonan Informasi PPID</a></li></ul></nav>"

    def html(main: str) -> str:
        return f"<!doctype html><html><head><title>Kantor Pelayanan Contoh</title></head><body>{nav}<main>{main}</main>{foot}</body></html>"

    office = html("<h1>Profil Kantor</h1><p>" + "Kantor Pelayanan Contoh melayani lelang dan pengelolaan kekayaan negara. " * 8 + "</p>")
    request = html("<h1>Permohonan Informasi PPID</h1><p>" + "Pemohon menyampaikan permintaan informasi publik kepada PPID. " * 8 + "</p>")
    home = html("<h1>Kantor Pelayanan Contoh</h1><p>Selamat datang.</p>")
    sp = S.build(base + "/", {base + "/": home, base + "/permohonan": request, base + "/profil": office}, audit_date=DAY)
    assert present("layanan.profil_ppid", sp).status == Status.FAIL
    own = request.replace("</main>", "<p><a href='/profil-ppid'>Profil</a></p></main>")
    ppid = html("<h1>Profil</h1><p>" + "PPID Kantor Pelayanan Contoh bertugas mengelola dan melayani informasi publik. " * 6 + "</p>")
    sp = S.build(base + "/", {base + "/": home, base + "/permohonan": own, base + "/profil": office, base + "/profil-ppid": ppid},
                 audit_date=DAY)
    assert present("layanan.profil_ppid", sp).status == Status.PASS


def test_a_developers_address_and_a_123_4567_number_are_not_the_ppids() -> None:
    """'pengembang.ppid0492@gmail.com' (the developer's, bawaslu-kutim) is no contact; a contact page's '(0263)
    123-4567' beside the footer's real phone is half a contact (baznas-cianjur)."""
    nav = NAV.replace("</ul></li>", "<li><a href='/kontak'>Kontak</a></li></ul></li>", 1)
    home = page("<h1>PPID Dinas Contoh</h1><p>Layanan informasi publik.</p>", nav, "<footer></footer>")
    dev = page("<h1>Kontak</h1><p>Email: pengembang.ppid0492@gmail.com</p>", nav, "<footer></footer>")
    sp = S.build(BASE + "/", {BASE + "/": home, BASE + "/kontak": dev}, audit_date=DAY)
    assert present("layanan.kontak", sp).status == Status.FAIL
    real = "<footer><p>Jl. Raya Bandung No. 108B, telepon (0263) 264-847, baznas@contohkab.go.id</p></footer>"
    mixed = page("<h1>Kontak &amp; Lokasi</h1><p>Jl. Siliwangi No. 123</p><p>(0263) 123-4567</p>", nav, real)
    sp = S.build(BASE + "/", {BASE + "/": page("<h1>PPID</h1><p>Layanan.</p>", nav, real), BASE + "/kontak": mixed}, audit_date=DAY)
    assert present("layanan.kontak", sp).status == Status.WARN

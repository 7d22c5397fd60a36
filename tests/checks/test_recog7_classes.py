"""Golden tests of the recognition errors held-out batch 7 showed (branch recog7, issue 11).

Each test builds a minimal site from inline HTML shaped like the class of real site (no network) and fails
without the general fix of its class: a dead '#' link of the template blamed on an item, a rich page read as
'belum tersedia', a decree cited by number or named elsewhere, documents linked but not reachable, profile
labels that are not the PPID's profile, forms behind a login, and items matched on another target's row.
"""

from __future__ import annotations

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
B = "https://ppid.contohprov.go.id"


def page(body: str, title: str = "PPID Provinsi Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def site(home: str, documents: dict[str, tuple[int, str, int]] | None = None, **pages: str) -> SitePages:
    urls = {B + "/": home}
    urls.update({f"{B}/{slug.replace('_', '-')}": html for slug, html in pages.items()})
    return S.build(B + "/", urls, documents)


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    assert results[0].message and results[0].message_en
    return results[0]


# --------------------------------------------------------------------------- 1. '#' links of the template

SPLASH = page("<main><h1>SISTEM INFORMASI PPID</h1><p>Media belum diatur.</p><a href='/beranda'>Masuk</a></main>")

HEADER = """<header><a href="#">Portal PPID Provinsi Contoh</a><a href="#">Satu Data Contoh</a><a href="#">JDIH Contoh</a>
<nav><ul><li><a href="/beranda">Beranda</a></li><li><a href="#">Layanan Informasi</a><ul>
<li><a href="/tata-cara">Tata Cara Memperoleh Informasi</a></li>
<li><a href="/permohonan">Permohonan Informasi</a></li></ul></li></ul></nav></header>"""
FOOTER = """<footer><h3>PPID Utama Provinsi Contoh</h3><p>Jalan Merdeka No. 1, Kota Contoh 78124.</p>
<ul><li><a href="#">Tentang Kami</a></li><li><a href="#">Kebijakan Privasi</a></li><li><a href="#">Diskominfo Contoh</a></li>
<li><a href="#">Satu Data Contoh</a></li><li><a href="#">JDIH Contoh</a></li></ul></footer>"""


def templated(main: str) -> str:
    return page(HEADER + "<main>" + main + "</main>" + FOOTER)


PROCEDURE = templated("""<h1>Tata Cara Memperoleh Informasi</h1><h2>Mekanisme Permohonan Informasi Publik</h2>
<ol><li>Pemohon datang ke meja layanan dan mengisi formulir permohonan informasi.</li>
<li>Petugas mencatat permohonan dan memberikan tanda bukti penerimaan permohonan.</li>
<li>PPID menjawab permohonan paling lambat 10 hari kerja dan dapat diperpanjang 7 hari kerja.</li>
<li>Informasi diserahkan kepada pemohon secara langsung atau melalui surel.</li></ol>
<p>Layanan informasi tidak dipungut biaya; biaya penggandaan atau salinan dokumen menjadi tanggung jawab pemohon,
yang dapat menggandakan sendiri di sekitar gedung badan publik setempat.</p>""")

REQUEST_FORM = templated("""<h1>Formulir Permohonan Informasi Publik</h1><form method="post" action="/permohonan">
<label>Nama</label><input name="nama"><label>NIK</label><input name="nik"><label>Email</label><input name="email">
<label>Rincian Informasi</label><textarea name="rincian"></textarea><button>Kirim</button></form>""")


def test_dead_footer_links_are_not_the_items_own_links() -> None:
    # the start page is a splash of another template: the footer's '#' links (shared by every other page)
    # are the template's, never the procedure's or the form's downloads
    sp = site(SPLASH, beranda=templated("<h1>Beranda</h1><p>Selamat datang.</p>"), tata_cara=PROCEDURE, permohonan=REQUEST_FORM)
    assert present("layanan.sop_permohonan", sp).status == Status.PASS
    assert present("layanan.formulir_permohonan", sp).status == Status.PASS


def test_dead_download_of_the_page_itself_still_fails() -> None:
    # the listing's own 'Unduh' behind '#' is the item's link: still a dead download
    listing = templated("<h1>Informasi Berkala</h1><ul><li>Laporan Keuangan 2025 <a href='#'>Unduh</a></li>"
                        "<li>Rencana Kerja 2026 <a href='#'>Unduh</a></li></ul>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/berkala'>Informasi Berkala</a>")
    sp = site(SPLASH, beranda=home, berkala=listing, tata_cara=PROCEDURE)
    assert present("kategori.berkala", sp).status == Status.FAIL


def test_site_wide_title_is_not_a_pages_label() -> None:
    # every page's <title> is the application's name 'Sistem Kelola Daftar Informasi Publik': it names no page
    t = "SIKD - Sistem Kelola Daftar Informasi Publik"
    body = "<nav><a href='/'>Beranda</a><a href='/a'>Layanan</a><a href='/b'>Tata Cara</a></nav><main><h1>{}</h1><p>{}</p></main>"
    sp = site(page(body.format("Beranda", "Selamat datang di portal informasi " * 12), t),
              a=page(body.format("Layanan", "Layanan informasi publik provinsi " * 12), t),
              b=page(body.format("Tata Cara", "Cara memperoleh informasi publik " * 12), t))
    assert present("layanan.dip", sp).status != Status.PASS


def card_site() -> SitePages:
    home = templated("""<h1>Temukan Informasi Publik</h1><section><h2>Daftar Informasi Publik</h2><p>Akses data dan informasi resmi perangkat daerah.</p>
<a href="/dip">Lihat Selengkapnya</a>
<h3>Permohonan Informasi</h3><p>Dapatkan informasi yang Anda butuhkan dengan mengisi formulir permohonan secara daring.</p><a href="/permohonan">Ajukan Permohonan</a>
<h3>Keberatan Informasi</h3><p>Sampaikan keberatan Anda atas permohonan informasi yang tidak sesuai harapan Anda.</p><a href="/keberatan">Ajukan Keberatan</a>
<h3>Survei Layanan</h3><p>Berikan penilaian dan masukan untuk peningkatan kualitas layanan informasi kami.</p><a href="/survei">Isi Survei</a></section>""")
    dip = templated("""<h1>Register Informasi</h1><table><tr><th>No</th><th>Ringkasan Isi Informasi</th><th>Pejabat yang Menguasai</th>
<th>Jangka Waktu Penyimpanan</th></tr><tr><td colspan="4">Tidak ada data informasi publik yang ditemukan.</td></tr></table>""")
    return site(SPLASH, beranda=home, dip=dip, permohonan=REQUEST_FORM)


def test_card_grid_heading_ends_at_its_button() -> None:
    # a home grid of cards: a big h2 card 'Daftar Informasi Publik' and smaller h3 cards after its button; the
    # h3 cards are not its content, so its 'Lihat Selengkapnya' page (an empty register) decides
    assert present("layanan.dip", card_site()).status == Status.FAIL


def test_guide_to_compiling_the_dip_is_not_the_dip() -> None:
    guide = templated("""<h1>Pusat Panduan &amp; Dokumen DIP</h1><p>Materi dan pedoman resmi untuk penyusunan Daftar Informasi
Publik di lingkungan pemerintah provinsi, bagi seluruh perangkat daerah yang menyusun daftarnya setiap tahun.</p>
<p>Jika Anda mengalami kendala dalam mengunduh dokumen, silakan hubungi tim admin melalui kanal bantuan kami.</p>
<p>Panduan ini menjelaskan langkah penyusunan, pengesahan dan pemutakhiran daftar secara berkala oleh PPID.</p>""")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/panduan-penyusunan-dip'>Panduan Penyusunan DIP</a>")
    sp = site(SPLASH, beranda=home, panduan_penyusunan_dip=guide)
    assert present("layanan.dip", sp).status == Status.FAIL


def test_contact_label_without_phone_or_mail_is_half_a_contact() -> None:
    # an address and a 'Kontak' heading, but no phone number or e-mail anywhere: a warning, not a pass
    kontak = templated("<h1>Kontak</h1><p>Kantor PPID Provinsi Contoh, Jalan Merdeka No. 1, Kota Contoh 78124, "
                       "gedung pelayanan terpadu lantai enam, buka pada hari kerja untuk seluruh pemohon informasi publik "
                       "yang datang langsung ke meja layanan informasi, dengan antrean yang tertib dan ruang tunggu "
                       "yang nyaman bagi pemohon, termasuk pemohon penyandang disabilitas dan lanjut usia. Pemohon juga dapat "
                       "datang ke loket pengaduan di lantai dasar gedung yang sama pada jam kerja.</p>")
    sp = site(SPLASH, beranda=templated("<h1>Beranda</h1><p>Selamat datang.</p>"), kontak=kontak)
    assert present("layanan.kontak", sp).status == Status.WARN


# --------------------------------------------------------------------------- 2. false 'belum tersedia' / empty verdicts

PROFILE_TEXT = " ".join([
    "PPID bertanggung jawab melakukan penyediaan, penyimpanan, pendokumentasian, pelayanan, dan pengamanan informasi publik.",
    "Tugas PPID adalah mengoordinasikan dan mengonsolidasikan pengumpulan informasi publik dari seluruh perangkat daerah.",
    "Fungsi PPID meliputi penghimpunan, penyediaan, dan pelayanan informasi publik sesuai standar layanan yang ditetapkan.",
    "Wewenang PPID meliputi menolak memberikan informasi yang dikecualikan sesuai ketentuan peraturan perundang-undangan.",
]) * 3


def test_belum_tersedia_inside_a_long_profile_is_not_a_placeholder() -> None:
    # 'jika belum tersedia, permohonan diserahkan paling lambat 10 hari kerja' in a long profile is a sentence
    profil = templated(f"<h1>Informasi Tentang PPID</h1><h3>Profil</h3><p>{PROFILE_TEXT}</p><h3>Gambaran Umum Pelayanan</h3>"
                       "<p>Jika informasi sudah tersedia, pemohon dapat langsung mengunduhnya, dan jika belum tersedia "
                       "permohonan akan diserahkan paling lambat 10 hari kerja.</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/profil-ppid'>Profil PPID</a>")
    sp = site(SPLASH, beranda=home, profil_ppid=profil)
    assert present("layanan.profil_ppid", sp).status == Status.PASS


def test_short_page_saying_belum_tersedia_is_still_a_placeholder() -> None:
    profil = templated("<h1>Profil PPID</h1><p>Konten belum tersedia.</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/profil-ppid'>Profil PPID</a>")
    sp = site(SPLASH, beranda=home, profil_ppid=profil)
    assert present("layanan.profil_ppid", sp).status == Status.FAIL


def test_picture_named_by_its_pages_label_is_the_maklumat() -> None:
    # a profile tab 'Maklumat Pelayanan PPID' (a '#maklumat' tab the page model keeps no link of) over maklumat.jpg
    profil = templated(f"""<h1>Informasi Tentang PPID</h1><ul class="nav nav-tabs"><li><a data-toggle="tab" href="#profil">Profil</a></li>
<li><a data-toggle="tab" href="#maklumat">Maklumat Pelayanan PPID</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="profil"><p>{PROFILE_TEXT}</p></div>
<div class="tab-pane" id="maklumat"><img src="/img/maklumat.jpg" class="img-fluid" alt=""></div></div>""")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/profil-ppid'>Profil PPID</a>")
    sp = site(SPLASH, beranda=home, profil_ppid=profil)
    assert present("layanan.maklumat", sp).status == Status.PASS


def test_empty_page_over_a_fallback_maklumat_picture_is_not_the_maklumat() -> None:
    page_ = templated("<h1>Maklumat Pelayanan</h1><p>Belum ada konten maklumat pelayanan.</p><img src='/images/maklumat.png' alt=''>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/informasi-maklumat'>Informasi</a>")
    sp = site(SPLASH, beranda=home, informasi_maklumat=page_)
    assert present("layanan.maklumat", sp).status != Status.PASS


def test_serta_merta_classification_counted_at_zero_is_an_empty_place() -> None:
    # the register's statistics name the classification with 0 items: the place exists, unused (a warning)
    dip = templated("""<h1>Daftar Informasi Publik (DIP)</h1><h3>Statistik Klasifikasi</h3>
<div><span>wajib disediakan dan diumumkan secara berkala</span><span>0</span></div>
<div><span>wajib diumumkan secara serta merta</span><span>0</span></div>
<div><span>wajib tersedia setiap saat</span><span>0</span></div>""")
    sp = site(SPLASH, beranda=templated("<h1>Beranda</h1><p>Selamat datang.</p>"), dip=dip)
    assert present("kategori.serta_merta", sp).status == Status.WARN


# --------------------------------------------------------------------------- 3. decrees cited or named elsewhere

def test_decree_cited_under_the_ppids_variant_name_is_a_warning() -> None:
    # 'Pengelola Layanan Informasi dan Dokumentasi' (PLID) is a name of the PPID: cited by number, not published
    profil = templated(f"<h1>Profil PPID</h1><p>{PROFILE_TEXT}</p><p>PPID dibentuk berdasarkan Keputusan Walikota Contoh "
                       "Nomor 188.45-106-2017 tentang Pengelola Layanan Informasi dan Dokumentasi di Lingkungan Pemerintah Kota.</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/profil-ppid'>Profil PPID</a>")
    sp = site(SPLASH, beranda=home, profil_ppid=profil)
    assert present("layanan.sk_ppid", sp).status == Status.WARN


def test_decree_named_with_its_own_link_in_a_list_outweighs_an_empty_decree_page() -> None:
    # the 'SK PPID' page says 'belum tersedia', but the Setiap Saat list names 'SK PPID Balai Contoh 2024' with a
    # detail page not crawled: the decree is named, unverified (warn), not missing
    sk = templated("<h1>SK PPID</h1><p>Dokumen SK PPID belum tersedia.</p>")
    listing = templated("""<h1>Informasi Setiap Saat</h1><ul><li><h4>SK PPID Balai Contoh 2024</h4>
<a href="/informasi-publik/sk-ppid-balai-contoh">SK PPID Balai Contoh 2024</a></li>
<li><h4>Rencana Strategis 2020-2024</h4><a href="/informasi-publik/renstra">Rencana Strategis 2020-2024</a></li></ul>""")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/sk-ppid'>SK PPID</a><a href='/setiap-saat'>Setiap Saat</a>")
    sp = site(SPLASH, beranda=home, sk_ppid=sk, setiap_saat=listing)
    assert present("layanan.sk_ppid", sp).status == Status.WARN


# --------------------------------------------------------------------------- 4. documents linked but not reachable

def berkala_site(status: int) -> SitePages:
    rows = "".join(f"<tr><td>{i}</td><td>{t}</td><td>2025</td><td><a href='/documents/ppid/{i}.pdf'>Lihat File</a></td></tr>"
                   for i, t in enumerate(["Laporan Kinerja 2024", "Rekap DPA 2025", "Laporan Keuangan 2024"], 1))
    listing = templated(f"<h1>Informasi Berkala</h1><table><tr><th>No</th><th>Judul</th><th>Tahun</th><th>File</th></tr>{rows}</table>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/berkala'>Informasi Berkala</a>")
    docs = {f"{B}/documents/ppid/{i}.pdf": (status, "application/pdf" if status == 200 else "text/html", 5000) for i in (1, 2, 3)}
    return site(SPLASH, docs, beranda=home, berkala=listing)


def test_listing_whose_every_document_is_missing_is_named_not_published() -> None:
    # every 'Lihat File' the crawl checked answers 404: the entries are named, nothing is published (warn)
    assert present("kategori.berkala", berkala_site(404)).status == Status.WARN
    assert present("kategori.berkala", berkala_site(200)).status == Status.PASS


# --------------------------------------------------------------------------- 5. over-lenient profile matching

def test_breadcrumb_ancestor_is_not_the_pages_label() -> None:
    # 'Beranda > Profil > Maklumat Pelayanan': the page is filed under 'Profil', it is not the profile
    maklumat = templated("<nav class='breadcrumb'><ol><li><a href='/'>Beranda</a></li><li><a href='/profil'>Profil</a></li>"
                         "<li class='active'>Maklumat Pelayanan</li></ol></nav><h1>Maklumat Pelayanan</h1>"
                         f"<p>{PROFILE_TEXT}</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/profil-maklumat'>Maklumat</a>")
    sp = site(SPLASH, beranda=home, profil_maklumat=maklumat)
    assert present("layanan.profil_ppid", sp).status != Status.PASS


def test_structure_chart_alone_is_not_the_ppid_profile() -> None:
    # a 'Struktur PPID' page is the structure (layanan.struktur), at most a hint of the profile: a warning
    struktur = templated(f"<h1>Struktur PPID</h1><img src='/img/bagan-ppid.jpg' alt='Bagan'><p>{PROFILE_TEXT}</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/struktur-ppid'>Struktur PPID</a>")
    sp = site(SPLASH, beranda=home, struktur_ppid=struktur)
    assert present("layanan.profil_ppid", sp).status == Status.WARN


def test_structure_chart_named_bagan_is_a_hint_of_the_profile_too() -> None:
    # 'Bagan Struktur PPID' (an image page) is the structure chart as 'Struktur PPID' is: a warning, not a missing profile
    for title in ("Bagan Struktur PPID", "Bagan Organisasi PPID"):
        home = templated(f"<h1>Beranda</h1><p>Selamat datang.</p><nav><ul><li><a href='#'>Profil</a><ul>"
                         f"<li><a href='/struktur-ppid'>{title}</a></li></ul></li></ul></nav>")
        struktur = templated(f"<h1>{title}</h1><img src='/uploads/bagan-struktur-ppid.png' alt='{title}'>")
        assert present("layanan.profil_ppid", site(home, struktur_ppid=struktur)).status == Status.WARN, title


def test_footer_link_inside_an_entry_heading_is_not_the_entrys_link() -> None:
    # a list entry 'Profil PPID Balai Contoh' (detail page not crawled) beside the footer's 'Profil PPID' link (a page
    # not crawled either): the entry is named, unverified; the footer link is not the section's own
    listing = page(HEADER + """<main><h1>Informasi Berkala</h1><div class="card"><h3><a href="/ip/rka-2025">RKA Balai Contoh 2025</a></h3>
<p>12 Nov 2025</p></div><div class="card"><h3><a href="/ip/profil-ppid-balai-contoh">Profil PPID Balai Contoh</a></h3><p>03 Sep 2025</p></div>
</main><footer><h4>Navigasi</h4><a href="/profil">Profil PPID</a><a href="/berkala">Informasi Berkala</a></footer>""")
    home = page(HEADER + "<main><h1>Beranda</h1><p>Selamat datang.</p><a href='/berkala'>Informasi Berkala</a></main>"
                "<footer><h4>Navigasi</h4><a href='/profil'>Profil PPID</a><a href='/berkala'>Informasi Berkala</a></footer>")
    sp = site(SPLASH, beranda=home, berkala=listing)
    assert present("layanan.profil_ppid", sp).status == Status.WARN


# --------------------------------------------------------------------------- 6. forms

def cms_page(head: str, sub: str) -> str:
    # a CMS page of the template: its heading, a divider picture under every heading, a sub-heading, nothing else
    return templated(f"<h2>{head}</h2><img src='/img/home/line_02.png' alt=''><h6>{sub}</h6>")


def test_template_divider_picture_is_not_a_pages_content() -> None:
    # the request link opens /register (not crawled, behind a login); the procedure page headed 'PERMOHONAN INFORMASI'
    # holds only the divider picture every CMS page repeats: the form is unverified (warn), not found on that page
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/register'>Ajukan Permohonan</a>"
                     "<a href='/alur-permohonan'>Alur Permohonan</a>")
    sp = site(SPLASH, beranda=home, alur_permohonan=cms_page("PERMOHONAN INFORMASI", "Prosedur Permohonan Informasi"),
              sop=cms_page("SOP", "Standar Operasional Prosedur"), biaya=cms_page("BIAYA", "Biaya Pelayanan"),
              jadwal=cms_page("JADWAL", "Jadwal Pelayanan"))
    assert present("layanan.formulir_permohonan", sp).status == Status.WARN


def test_objection_procedure_page_is_not_the_objection_form() -> None:
    # 'Tata Cara Permohonan Keberatan' opens a page headed 'Permohonan Keberatan' / 'Alur Pengajuan Keberatan' over a
    # flow chart, and 'Keberatan Permohonan Online' opens the request page: no objection form at all
    prosedur = templated("<h1>Permohonan Keberatan</h1><p>Tata cara pengajuan keberatan atas permohonan yang ditolak.</p>"
                         "<h2>Alur Pengajuan Keberatan</h2><img src='/img/permohonan-keberatan.jpg' alt=''>")
    online = templated(f"<h1>Permohonan Informasi Online</h1><h2>Formulir Permohonan Informasi</h2><p>{PROFILE_TEXT}</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/keberatan'>Tata Cara Permohonan Keberatan</a>"
                     "<a href='/online'>Keberatan Permohonan Online</a>")
    sp = site(SPLASH, beranda=home, keberatan=prosedur, online=online)
    assert present("layanan.formulir_keberatan", sp).status == Status.FAIL


def test_request_page_sending_to_a_google_form_is_unverified() -> None:
    online = templated(f"<h1>Permohonan Informasi Online</h1><h2>Formulir Permohonan Informasi</h2><p>{PROFILE_TEXT}</p>"
                       "<a href='https://forms.gle/AbCdEf123'>Isi Formulir Permohonan</a>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/online'>Permohonan Informasi Online</a>")
    sp = site(SPLASH, beranda=home, online=online)
    assert present("layanan.formulir_permohonan", sp).status == Status.WARN


# --------------------------------------------------------------------------- 7. wrong target

def test_sop_titled_after_the_maklumat_is_not_the_maklumat() -> None:
    # a Setiap Saat row 'SOP Standar Maklumat Pelayanan' is an SOP, not the pledge
    listing = templated("<h1>Informasi Setiap Saat</h1><table><tr><th>No</th><th>Judul</th><th>File</th></tr>"
                        "<tr><td>5</td><td>SOP Standar Maklumat Pelayanan</td><td><a href='/docs/sop-maklumat.pdf'>Lihat File</a></td></tr>"
                        "<tr><td>6</td><td>Rencana Strategis 2025</td><td><a href='/docs/renstra.pdf'>Lihat File</a></td></tr></table>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/setiap-saat'>Informasi Setiap Saat</a>")
    sp = site(SPLASH, beranda=home, setiap_saat=listing)
    assert present("layanan.maklumat", sp).status == Status.FAIL


def test_procedure_submenu_to_a_drive_file_is_unverified() -> None:
    # 'Tata Cara > Pengajuan Keberatan' opening a Drive file: the objection procedure named, unverified (warn)
    home = page("""<nav><ul><li><a href="/">Beranda</a></li><li x-data="{open:false}"><a href="#">Tata Cara</a><div>
<a href="https://drive.google.com/file/d/1AbC/view">Permohonan Informasi</a>
<a href="https://drive.google.com/file/d/2DeF/view">Pengajuan Keberatan</a></div></li></ul></nav>
<main><h1>Beranda</h1><p>Selamat datang di portal PPID.</p></main>""")
    assert present("layanan.sop_keberatan", site(home)).status == Status.WARN


def test_request_flow_section_is_the_request_procedure() -> None:
    flow = templated("""<h1>Layanan Informasi</h1><h3>Standar Layanan Informasi Publik</h3><p>Permohonan dijawab paling lambat
10 hari kerja dan dapat diperpanjang 7 hari kerja.</p><h3>Alur Proses Permohonan</h3><ol><li>Pemohon mengisi formulir
permohonan informasi secara daring atau datang langsung ke meja layanan.</li><li>Petugas memverifikasi identitas pemohon dan
mencatat permohonan dalam register.</li><li>PPID menyampaikan jawaban dan informasi yang diminta kepada pemohon.</li></ol>""")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/layanan-informasi'>Layanan Informasi</a>")
    sp = site(SPLASH, beranda=home, layanan_informasi=flow)
    assert present("layanan.sop_permohonan", sp).status == Status.PASS


def test_vision_page_of_the_city_is_not_the_ppids_profile() -> None:
    # the menu 'Visi & Misi' opens 'Visi & Misi Kota Contoh': the region's vision, at most a hint of the profile
    visi = templated(f"<h1>Visi &amp; Misi Kota Contoh</h1><h5>VISI</h5><p>{PROFILE_TEXT}</p>")
    home = templated("<h1>Beranda</h1><p>Selamat datang.</p><a href='/visimisi'>Visi &amp; Misi</a>")
    sp = site(SPLASH, beranda=home, visimisi=visi)
    assert present("layanan.profil_ppid", sp).status == Status.WARN

"""Golden tests of batch 7's classes 'places that publish nothing' (issue 11, branch empty7).

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class: test or filler rows, headings over nothing, generic boilerplate
instead of the body's own list, zero statistics as the service report, template widgets, stale items.
"""

from __future__ import annotations

import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
B = "https://ppid.contohkota.go.id"

NAV = """<nav><ul class="menu">
  <li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">Informasi Publik</a><ul>
    <li><a href="/informasi-berkala">Informasi Berkala</a></li>
    <li><a href="/informasi-serta-merta">Informasi Serta Merta</a></li>
    <li><a href="/informasi-dikecualikan">Informasi Dikecualikan</a></li></ul></li>
  <li class="dropdown"><a href="#">Profil</a><ul>
    <li><a href="/sop-permohonan">SOP Permohonan Informasi</a></li>
    <li><a href="/sop-keberatan">SOP Pengajuan Keberatan</a></li>
    <li><a href="/maklumat-pelayanan">Maklumat Pelayanan</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><h4>Kontak</h4><p>Jl. Merdeka No. 1, Kota Contoh. Telp (0274) 512345</p></footer>"


def page(main: str, title: str = "PPID Kota Contoh") -> str:
    """A whole HTML page: the site's menu, ``main`` and its footer."""
    return f"<!doctype html><html><head><title>{title}</title></head><body>{NAV}<main>{main}</main>{FOOT}</body></html>"


HOME = page("<h1>Selamat datang di PPID Kota Contoh</h1><p>Portal layanan informasi publik.</p>")


def site(audit_date: dt.date = dt.date(2026, 11, 20), home: str = HOME, **pages: str) -> SitePages:
    """The home page plus ``path_slug=html`` pages."""
    urls = {B + "/": home}
    urls.update({f"{B}/{slug.replace('_', '-')}": html for slug, html in pages.items()})
    return S.build(B + "/", urls, audit_date=audit_date)


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    assert results[0].message and results[0].message_en
    return results[0]


# --------------------------------------------------------------------------- 2. test and filler rows


def test_listing_whose_only_row_is_a_short_keyboard_mash_is_empty() -> None:
    # 'asf' / 'asg': a developer's test row, with the category columns the CMS fills in itself
    berkala = page("""<h2>Informasi Berkala</h2><table><thead><tr><th>No</th><th>Judul Dokumen</th><th>Instansi</th>
      <th>Jenis Informasi</th><th>Aksi</th></tr></thead><tbody><tr><td>1</td><td>asf</td><td>asg</td>
      <td>INFORMASI BERKALA</td><td><a href="/dokumen/1/unduh">Lihat</a></td></tr></tbody></table>""")
    res = present("kategori.berkala", site(informasi_berkala=berkala))
    assert res.status == Status.FAIL, res.message


def test_sop_listing_whose_only_row_is_filler_is_not_published() -> None:
    # 'SOP blabla' whose 'Buka File' opens some other PDF: filler, not the SOP
    sop = page("""<h2>SOP Layanan Informasi</h2><table><thead><tr><th>No</th><th>SOP</th><th>Opsi</th></tr></thead>
      <tbody><tr><td>1</td><td>SOP blabla</td><td><a href="/assets/img/sk_ppid.pdf">Buka File</a></td></tr></tbody></table>""")
    res = present("layanan.sop_permohonan", site(sop_permohonan=sop))
    assert res.status == Status.FAIL, res.message
    # a real SOP row still passes
    real = sop.replace("SOP blabla", "SOP Pelayanan Permohonan Informasi Publik").replace("sk_ppid", "sop_permohonan")
    assert present("layanan.sop_permohonan", site(sop_permohonan=real)).status == Status.PASS


# --------------------------------------------------------------------------- 3. generic boilerplate


def test_exempt_page_of_generic_grounds_without_decree_or_test_is_no_register() -> None:
    # entries naming the law's grounds, each opening its own page, no decree or consequence test anywhere
    dik = page("""<h1>Informasi Dikecualikan</h1>
      <div class="card"><h3><a href="/ip/strategi-pengadaan">Strategi Pengadaan</a></h3><p>12 Mei 2025</p></div>
      <div class="card"><h3><a href="/ip/rahasia-negara">Informasi Rahasia Negara</a></h3><p>13 Sep 2024</p></div>
      <div class="card"><h3><a href="/ip/data-pribadi">Data Pribadi Pegawai</a></h3><p>7 Jun 2024</p></div>
      <div class="card"><h3><a href="/ip/proses-hukum">Informasi Dalam Proses Hukum</a></h3><p>25 Feb 2024</p></div>""")
    res = present("kategori.dikecualikan", site(informasi_dikecualikan=dik))
    assert res.status == Status.FAIL, res.message
    # the same entries beside the decree that set them are the body's register
    with_sk = dik.replace("</h1>", "</h1><p>Ditetapkan dengan SK Kepala Dinas Nomor 12 Tahun 2024 setelah uji konsekuensi.</p>")
    assert present("kategori.dikecualikan", site(informasi_dikecualikan=with_sk)).status == Status.PASS


def test_exempt_card_of_the_laws_kinds_on_an_overview_page_is_no_register() -> None:
    overview = page("""<h1>Informasi Publik</h1><p>Pengelolaan informasi publik oleh PPID.</p>
      <div class="card"><h3>Informasi Dikecualikan</h3><ul><li>Rahasia negara dan keamanan</li>
      <li>Perlindungan data pribadi</li><li>Informasi yang dapat menghambat penegakan hukum</li></ul>
      <p>Sesuai Pasal 17 UU 14/2008.</p></div>""")
    res = present("kategori.dikecualikan", site(informasi_dikecualikan=overview))
    assert res.status == Status.FAIL, res.message


# --------------------------------------------------------------------------- 4. zero statistics


ZERO_SUMMARY = page("""<h1>Ringkasan Akses Informasi</h1><div class="stats"><div><b>0</b> Total Permohonan</div>
  <div><b>0</b> Diterima</div><div><b>0</b> Ditolak</div><div><b>10 hari kerja</b> Rata-rata Waktu</div></div>
  <h3>Detail Per Bulan 2026</h3><table><tr><th>Bulan</th><th>Jumlah</th></tr><tr><td>Januari</td><td>0</td></tr>
  <tr><td>Februari</td><td>0</td></tr><tr><td>Maret</td><td>0</td></tr></table>""")


def test_vague_report_link_opening_zero_counters_is_no_report() -> None:
    home = HOME.replace("</main>", '<p><a href="/laporan">Laporan</a></p></main>')
    res = present("layanan.laporan_layanan", site(home=home, laporan=ZERO_SUMMARY))
    assert res.status == Status.FAIL, res.message
    # the same widget counting requests served is no report either: figures with no period or document (session
    # 22: two real sites' 'Statistik' blocks of hard-coded counts, labelled fail, were a vague warning), and the
    # message names the widget instead of 'not found'
    counted = ZERO_SUMMARY.replace("<b>0</b> Total", "<b>75</b> Total").replace("<b>0</b> Diterima", "<b>70</b> Diterima")
    res = present("layanan.laporan_layanan", site(home=home, laporan=counted))
    assert res.status == Status.FAIL, res.message
    assert "hanya menampilkan angka permohonan" in res.message and "'Laporan'" in res.message


def test_footer_statistics_of_zeros_and_an_unchecked_statistics_card_are_no_report() -> None:
    footer = ('<footer><h3>Statistik</h3><p>Total DIP : 0</p><p>Jumlah Permohonan : 0</p><p>Jumlah Diproses : 0</p>'
              '<p>Jumlah Ditolak : 0</p><p>Pengunjung Hari Ini : 1</p></footer>')
    home = HOME.replace(FOOT, footer).replace("</main>", '<div class="card"><h5><a href="/statistik-ppid">Statistik PPID</a></h5></div></main>')
    other = page("<h1>Profil PPID</h1><p>Tugas dan fungsi PPID.</p>").replace(FOOT, footer)
    res = present("layanan.laporan_layanan", site(home=home, profil=other))
    assert res.status == Status.FAIL, res.message


# --------------------------------------------------------------------------- 1. headings over nothing

SOCIAL = ('<div class="social"><a href="https://www.facebook.com/kominfocontoh" title="Facebook Diskominfo Contoh"></a>'
          '<a href="https://www.instagram.com/diskominfo.contoh/" title="Instagram Diskominfo Contoh"></a></div>')


def _heading_only(title: str, sub: str) -> str:
    # a page title, a sub-title and the template's underline picture, over nothing; the footer's social icons
    return page(f'<h2>{title}</h2><h6>{sub}</h6><img src="/landing-page/img/line_02.png" alt="">').replace(FOOT, SOCIAL + FOOT)


def test_procedure_page_of_headings_over_an_ornament_is_empty() -> None:
    home = HOME.replace(FOOT, SOCIAL + FOOT)
    sp = site(home=home, sop_keberatan=_heading_only("KEBERATAN", "Prosedur Keberatan"),
              sop_permohonan=_heading_only("PERMOHONAN INFORMASI", "Prosedur Permohonan Informasi"))
    res = present("layanan.sop_keberatan", sp)
    assert res.status == Status.FAIL, res.message
    res = present("layanan.sop_permohonan", sp)
    assert res.status == Status.FAIL, res.message


def test_empty_procedure_page_beside_a_paragraph_describing_the_path_is_a_warning() -> None:
    home = HOME.replace(FOOT, SOCIAL + FOOT)
    profil = page("""<h1>Profil PPID</h1><h3>Gambaran Umum Pelayanan</h3><p>Pemohon informasi dapat menyampaikan permohonan
      secara langsung dengan mengisi formulir permohonan yang tersedia di meja layanan. Petugas melakukan registrasi
      formulir dan pemohon menerima bukti registrasi. PPID akan memenuhi permohonan paling lama 10 hari kerja.</p>""")
    sp = site(home=home, profil=profil, sop_permohonan=_heading_only("PERMOHONAN INFORMASI", "Prosedur Permohonan Informasi"),
              sop_keberatan=_heading_only("KEBERATAN", "Prosedur Keberatan"))
    res = present("layanan.sop_permohonan", sp)
    assert res.status == Status.WARN, res.message
    # the objection procedure is not described there: still nothing
    assert present("layanan.sop_keberatan", sp).status == Status.FAIL


# --------------------------------------------------------------------------- 5. template widgets


def test_hours_of_another_service_are_not_the_information_service_hours() -> None:
    # a hospital's footer: patient registration hours and a template's opening-hours widget
    footer = ("<footer><h3>Tentang Kami</h3><p>- Chat Only, Tidak Menerima Telepon, - Pendaftaran H-1, - Pendaftaran Online "
              "Jam 15.00 - 19.00 WIB</p><h3>Open Hours</h3><p>Monday 8:00 am - 9:30 pm</p><p>Sunday 8:00 am - 9:30 pm</p></footer>")
    res = present("layanan.jam_biaya_layanan", site(home=HOME.replace(FOOT, footer)))
    assert res.status == Status.FAIL, res.message
    # the information service's own hours are hours (a warning while the cost is not said)
    own = footer.replace("Pendaftaran Online Jam", "Jam Pelayanan Informasi")
    assert present("layanan.jam_biaya_layanan", site(home=HOME.replace(FOOT, own))).status == Status.WARN


def test_theme_search_overlay_without_action_finds_nothing() -> None:
    overlay = ('<div class="search-overlay search-popup"><div class="search-box"><form class="search-form">'
               '<input class="search-input" name="search" placeholder="Search" type="text">'
               '<button class="search-button" type="submit">Cari</button></form></div></div>')
    res = present("layanan.pencarian", site(home=HOME.replace("<main>", overlay + "<main>")))
    assert res.status == Status.FAIL, res.message
    # WordPress answers ?s= on every URL: its overlay searches
    wp = overlay.replace('name="search"', 'name="s"')
    assert present("layanan.pencarian", site(home=HOME.replace("<main>", wp + "<main>"))).status == Status.PASS
    # a visible header box without an action may be the page's own search: it counts
    header = overlay.replace('<div class="search-overlay search-popup">', "<div>")
    assert present("layanan.pencarian", site(home=HOME.replace("<main>", header + "<main>"))).status == Status.PASS


# --------------------------------------------------------------------------- 7. not a register


def test_daftar_informasi_dropdown_of_the_four_categories_is_not_the_dip() -> None:
    nav = """<div class="navbar-nav"><div class="nav-item dropdown">
      <a href="/informasi" class="nav-link dropdown-toggle" data-bs-toggle="dropdown">Daftar Informasi</a>
      <div class="dropdown-menu"><a href="/daftarinformasi-berkala" class="dropdown-item">Informasi Berkala</a>
      <a href="/daftarinformasi-sertamerta" class="dropdown-item">Informasi Serta Merta</a>
      <a href="/daftarinformasi-setiapsaat" class="dropdown-item">Informasi Setiap Saat</a>
      <a href="/daftarinformasi-dikecualikan" class="dropdown-item">Informasi Yang Dikecualikan</a></div></div></div>"""
    home = HOME.replace(NAV, NAV.replace("</ul></nav>", "</ul></nav>" + nav))
    res = present("layanan.dip", site(home=home))
    assert res.status == Status.FAIL, res.message
    # a 'Daftar Informasi' group that also holds an entry of its own may lead to the register: unverified
    more = home.replace('Informasi Yang Dikecualikan</a>', 'Informasi Yang Dikecualikan</a><a href="/dip-2025" class="dropdown-item">DIP 2025</a>')
    assert present("layanan.dip", site(home=more)).status == Status.WARN

"""Golden tests of batch 12's classes (branch checks12): a byline's dead link taken for a dead download, an
empty register of requests taken for the item's empty listing, a law's chapter headings taken for a category.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails
without the general fix of its class.
"""

from __future__ import annotations

from test_realworld_b11b import PARAS, page, present, site

from ppid_audit.models import Status

# a post's meta box over the content: author, date, share buttons
BYLINE = ('<div class="profile_user"><img src="/img/logo-kementerian.png" alt=""><h4>Admin PPID</h4>'
          '<time>Mei, 2025</time><a href="#" class="btn"><span>Admin</span></a></div>')


# --------------------------------------------------------------------------- 1. a byline is not a dead download


def test_a_bylines_dead_link_is_no_dead_download() -> None:
    # the author 'Admin' written as href="#" in the post's meta box, above the page's own text
    sp = site(profil=page("<h1>Profil PPID</h1>" + BYLINE + PARAS))
    r = present("layanan.profil_ppid", sp)
    assert r.status == Status.PASS, r.message


def test_dead_meta_links_of_every_kind_are_furniture() -> None:
    meta = ''.join(f'<a href="#">{x}</a> ' for x in ("by admin", "12 Mei 2025", "Share", "0 Comments", "Uncategorized"))
    sp = site(profil=page("<h1>Profil PPID</h1><div class='post-meta'>" + meta + "</div>" + PARAS))
    r = present("layanan.profil_ppid", sp)
    assert r.status == Status.PASS, r.message


def test_a_dead_link_named_as_a_document_is_still_a_dead_download() -> None:
    sp = site(profil=page("<h1>Profil PPID</h1>" + BYLINE + '<p><a href="#">Profil PPID Kabupaten Contoh 2025</a></p>'))
    assert present("layanan.profil_ppid", sp).status != Status.PASS


# --------------------------------------------------------------------------- 2. a register of requests is not the item

REGISTER = ("<h2>Permohonan Informasi</h2><div class='stats'><p>0 Total Permohonan</p><p>0 Permohonan Diproses</p>"
            "<p>0 Permohonan Selesai</p></div><table><thead><tr><th>No</th><th>Tanggal Permohonan</th><th>Nama Pemohon</th>"
            "<th>Detail Permohonan</th><th>Status Permohonan</th></tr></thead><tbody></tbody></table>")


def test_an_empty_register_of_requests_is_not_the_forms_empty_listing() -> None:
    # the menu 'Formulir Permohonan Informasi Publik' opens a recap of requests with no row: the form is
    # neither published there nor shown missing (a warning, not the empty listing's failure)
    sp = site(formulir_permohonan=page(REGISTER), permohonan=page(REGISTER))
    r = present("layanan.formulir_permohonan", sp)
    assert r.status == Status.WARN, r.message
    assert "rekap permohonan" in r.message


def test_an_empty_listing_of_documents_still_fails() -> None:
    empty = ("<h2>Formulir Permohonan Informasi Publik</h2><table><thead><tr><th>No</th><th>Nama Dokumen</th>"
             "<th>Unduh</th></tr></thead><tbody></tbody></table>")
    sp = site(formulir_permohonan=page(empty))
    assert present("layanan.formulir_permohonan", sp).status == Status.FAIL


# --------------------------------------------------------------------------- 3. a law's chapter is not the category

LAW = ("<h1>Pedoman Pengelolaan Informasi</h1>"
       "<h3>Bagian Kedua Informasi yang Wajib Disediakan dan Diumumkan secara Berkala</h3>"
       "<p>Setiap Badan Publik wajib mengumumkan informasi publik secara berkala. Informasi publik yang wajib disediakan "
       "dan diumumkan secara berkala meliputi informasi yang berkaitan dengan badan publik, informasi mengenai kegiatan "
       "dan kinerja badan publik terkait, informasi mengenai laporan keuangan, dan informasi lain yang diatur dalam "
       "peraturan perundang-undangan. Kewajiban memberikan dan menyampaikan informasi publik dilakukan paling singkat "
       "6 (enam) bulan sekali.</p>"
       "<h3>Bagian Keempat Informasi yang Wajib Tersedia Setiap Saat</h3>"
       "<p>Badan Publik wajib menyediakan informasi publik setiap saat yang meliputi daftar seluruh informasi publik yang "
       "berada di bawah penguasaannya, tidak termasuk informasi yang dikecualikan, hasil keputusan badan publik dan "
       "pertimbangannya, seluruh kebijakan yang ada berikut dokumen pendukungnya.</p>")


def test_a_quoted_law_chapter_is_not_the_published_category() -> None:
    sp = site(pedoman=page(LAW))
    for key in ("kategori.berkala", "kategori.setiap_saat"):
        r = present(key, sp)
        assert r.status == Status.FAIL, (key, r.message)


def test_a_category_heading_of_the_sites_own_still_passes() -> None:
    rows = "".join(f"<tr><td>{i}</td><td>Laporan Keuangan {2020 + i}</td><td><a href='/files/lk{i}.pdf'>Unduh</a></td></tr>"
                   for i in range(1, 4))
    sp = site(pedoman=page("<h3>Informasi Berkala</h3><table><thead><tr><th>No</th><th>Judul</th><th>File</th></tr></thead>"
                           f"<tbody>{rows}</tbody></table>"))
    assert present("kategori.berkala", sp).status == Status.PASS


# --------------------------------------------------------------------------- 4. a listed row whose control is dead


def _listing(rows: list[str], control: str) -> str:
    body = "".join(f"<tr><td>{t}</td><td>Kota Contoh, 2025</td><td>Softcopy</td><td>{control}</td></tr>" for t in rows)
    return ("<h1>Informasi Setiap Saat</h1><table><thead><tr><th>Jenis Informasi</th><th>Penerbit</th><th>Format</th>"
            f"<th>Aksi</th></tr></thead><tbody>{body}</tbody></table>")


ROWS = ["Statistik Kepegawaian Kabupaten Contoh", "Tata Cara Keberatan Atas Permohonan Informasi Publik",
        "Daftar Penerima Beasiswa Daerah"]


def test_a_listed_row_whose_only_control_is_dead_is_not_published() -> None:
    # every row's 'Lihat Informasi' is href="#": the row names the objection procedure, nothing opens
    sp = site(informasi_setiap_saat=page(_listing(ROWS, '<a href="#">Lihat Informasi</a>')))
    r = present("layanan.sop_keberatan", sp)
    assert r.status == Status.FAIL, r.message


def test_a_listed_row_without_any_control_stays_a_vague_entry() -> None:
    sp = site(informasi_setiap_saat=page(_listing(ROWS, "-")))
    assert present("layanan.sop_keberatan", sp).status == Status.WARN


# --------------------------------------------------------------------------- 5. names of the PPID's decree and structure

NAV_MENU = """<nav><ul class="menu"><li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">Menu PPID</a><ul>
    <li><a href="/pedoman">Pedoman</a></li>
    <li><a href="https://dokumen.contohkab.go.id/doc/SK123.pdf">SK Pembentukan</a></li></ul></li></ul></nav>"""


def test_a_sub_menu_of_a_group_named_menu_ppid_is_completed_by_ppid() -> None:
    # 'Menu PPID > SK Pembentukan' is the 'SK Pembentukan PPID': named, its PDF on another host (not a failure)
    html = (f"<!doctype html><html><head><title>PPID</title></head><body>{NAV_MENU}<main><h1>PPID Kabupaten Contoh</h1>"
            f"{PARAS}</main></body></html>")
    sp = site(pedoman=html)
    r = present("layanan.sk_ppid", sp)
    assert r.status != Status.FAIL, r.message


def test_the_membership_of_the_ppid_is_its_structure() -> None:
    table = ("<h2>Susunan Keanggotaan PPID</h2><table><tr><td>Atasan PPID</td><td>Kepala Dinas</td></tr>"
             "<tr><td>Ketua</td><td>Sekretaris Dinas</td></tr><tr><td>Sekretaris</td><td>Kepala Bidang Informasi</td></tr>"
             "<tr><td>Bidang Pelayanan dan Dokumentasi Informasi</td><td>Kasi Dokumentasi</td></tr></table>")
    sp = site(tentang=page("<h1>Tentang PPID</h1>" + PARAS + table))
    r = present("layanan.struktur", sp)
    assert r.status == Status.PASS, r.message

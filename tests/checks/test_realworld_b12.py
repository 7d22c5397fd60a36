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

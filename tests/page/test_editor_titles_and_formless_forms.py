"""Two shapes real pages give their content that the page model reads since session 14: a rich-text editor's
title typed as a bold paragraph (KPKNL Bandung's 'Prosedur Permintaan Informasi Publik' in a 24pt <strong>),
and a request form whose fields a Vue app posts with fetch, with no <form> around them (PPID Klaten)."""

from __future__ import annotations

import datetime as dt

from ppid_audit.models import Fetch, FetchKind, Page
from ppid_audit.page import parse_page

FETCHED = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.timezone.utc)
URL = "https://ppid.contohkab.go.id/permohonan"


def parse(body: str, head: str = "") -> Page:
    fetch = Fetch(url=URL, kind=FetchKind.PAGE, site_id="61.00", status=200, fetched_at=FETCHED)
    return parse_page(fetch, f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode())


def test_a_bold_paragraph_is_a_title() -> None:
    page = parse('<main><p><span style="font-size: 24pt;"><strong><span>Prosedur </span><span>Permintaan Informasi Publik'
                 '</span></strong></span></p><p>1. Pemohon menyampaikan permintaan ...</p></main>')
    assert [h.text for h in page.headings] == ["Prosedur Permintaan Informasi Publik"]
    assert page.headings[0].level == 6


def test_what_is_not_a_title() -> None:
    page = parse("<main><p><strong>Alamat:</strong> Jl. Merdeka No. 1</p>"  # partly bold
                 "<p><b>Permohonan diproses paling lambat 10 hari kerja.</b></p>"  # a sentence
                 "<p><strong><a href='/sop.pdf'>SOP Permohonan</a></strong></p>"  # a link
                 "</main><footer><p><strong>Kontak Kami</strong></p></footer>")  # the template's footer
    assert page.headings == ()


FIELDS = ("<label for=''>Nama Lengkap</label><br><input type='text' id='nama_lengkap'>"
          "<label for=''>Email</label><br><input type='email' id='email'>"
          "<label for=''>No.Telp</label><br><input type='text' id='no_telp'>"
          "<label>NIK</label><input type='text' id='nik'>"
          "<label for=''>Rincian Informasi yang Dibutuhkan</label><br><textarea id='rincian_informasi'></textarea>")


def test_fields_a_script_sends_without_a_form_are_a_form() -> None:
    page = parse(f"<main><h1>Form Pengajuan Permohonan Informasi</h1><div class='form'>{FIELDS}"
                 "<button id='proses'>Proses Permohonan</button></div></main>", head="<script src='/js/app.js'></script>")
    assert len(page.forms) == 1
    form = page.forms[0]
    assert form.method == "POST" and not form.inert
    assert [f.label for f in form.fields] == ["Nama Lengkap", "Email", "No.Telp", "NIK", "Rincian Informasi yang Dibutuhkan"]


def test_a_listings_filters_are_no_form() -> None:
    filters = ("<select id='tahun'><option>2025</option></select><select id='kategori'><option>Berkala</option></select>"
               "<input type='text' placeholder='Cari dokumen...'><input type='text' id='opd'><button>Terapkan</button>")
    assert not [f for f in parse(f"<main>{filters}</main>").forms if f.method == "POST"]
    # without a button nothing sends the fields
    assert parse(f"<main>{FIELDS}</main>").forms == ()


def test_an_empty_overlay_beside_a_menu_is_not_a_menu_a_script_fills() -> None:
    """The dimming layer behind an open menu ('<div id="nav-overlay">', shown and hidden by the menu's script) is
    empty by design: the page's menu is in its HTML (inspektorat-mahulu), no browser is needed for it."""
    menu = "".join(f"<li><a href='/p{i}'>Halaman {i}</a></li>" for i in range(8))
    body = (f"<header><a href='/'>Inspektorat</a></header><main><h1>Beranda</h1><p>{'Isi halaman. ' * 30}</p></main>"
            f"<div id='nav-overlay' class='fixed inset-0 hidden' onclick='closeSubmenus()'></div>"
            f"<div id='nav-container'><div id='ppid-submenu' class='hidden'><ul>{menu}</ul></div>"
            "<button onclick=\"toggleMenu(event, 'ppid')\">PPID</button></div>"
            "<script>function closeSubmenus(){document.getElementById('nav-overlay').classList.add('hidden');}</script>")
    assert parse(body).js_reason is None
    # an empty placeholder the script fills is still one
    filled = body.replace("id='nav-overlay'", "id='nav-menu'").replace("getElementById('nav-overlay')", "getElementById('nav-menu')")
    assert parse(filled).js_reason == "script_menu"


def test_a_content_box_the_pages_script_loads_needs_a_browser() -> None:
    """'<div id="beritas"><script>...fetch("page/ajax-berita.php")... getElementById("beritas").innerHTML = ...'
    (a jQuery .load() rewritten, pindad): the box is empty until the script runs, whatever the menus around it say."""
    side = "".join(f"<li><a href='/p{i}'>Ruang publik {i}</a></li>" for i in range(8))
    box = ("<div id='beritas'><script>function ajax(x){fetch('page/ajax-berita.php').then(r => r.text()).then(h => "
           "{document.getElementById('beritas').innerHTML = h;});}</script></div>")
    body = f"<nav><ul>{side}</ul></nav><main><h1>Informasi Serta Merta</h1>{box}<ul>{side}</ul></main><script>ajax(0)</script>"
    assert parse(body, head="<script src='/js/app.js'></script>").js_reason == "loader"
    # a box with its own text is the page's content, loaded or not
    full = body.replace("<script>function", "<p>Pengumuman siaga bencana 2020</p><script>function")
    assert parse(full, head="<script src='/js/app.js'></script>").js_reason is None

"""Script links: elements that open a page or a document through a click handler or a data-href, not an <a href>.

Real PPID sites list documents as ``<tr onclick="showPreview('/dokumen/DIP 2024.pdf', ...)">`` rows, open the
LAPOR! card with ``<div onclick="window.open(...)">`` and build their menu from ``<span onclick="location.href=...">``:
the page model makes each a ``Link`` like an anchor's, named by the element's own text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ppid_audit.models import Fetch, FetchKind, Link, Page
from ppid_audit.page import parse_page

FETCHED = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.timezone.utc)
URL = "https://ppid.contohkab.go.id/informasi/publik"


def parse(body: str, url: str = URL) -> Page:
    fetch = Fetch(url=url, kind=FetchKind.PAGE, site_id="61.00", status=200, fetched_at=FETCHED)
    return parse_page(fetch, f"<!DOCTYPE html><html><body>{body}</body></html>".encode())


# a script link beside the cases that are none: each test fails without script links
CONTROL = "<span onclick=\"location.href='/dip'\">DIP</span>"


def only_link(page: Page) -> Link:
    assert len(page.links) == 1, [(lk.text, lk.url) for lk in page.links]
    return page.links[0]


@pytest.mark.parametrize(("handler", "url"), [
    ("location.href='/ppid'", "https://ppid.contohkab.go.id/ppid"),
    ("location = '/ppid/profil'", "https://ppid.contohkab.go.id/ppid/profil"),
    ("window.location='profil'", "https://ppid.contohkab.go.id/informasi/profil"),
    ("window.location.href = &quot;/sop&quot;", "https://ppid.contohkab.go.id/sop"),
    ("document.location.href='/maklumat'; return false;", "https://ppid.contohkab.go.id/maklumat"),
    ("location.assign('/dip')", "https://ppid.contohkab.go.id/dip"),
    ("window.location.replace(&quot;/laporan&quot;)", "https://ppid.contohkab.go.id/laporan"),
    ("window.open('http://www.lapor.go.id/', '_blank')", "http://www.lapor.go.id/"),
    ("window.open(`https://sikedip.kalbarprov.go.id/`)", "https://sikedip.kalbarprov.go.id/"),
])
def test_a_navigation_handler_is_a_link(handler: str, url: str) -> None:
    page = parse(f'<main><div class="card" onclick="{handler}"><h3>Kanal</h3><p>Buka</p></div></main>')
    link = only_link(page)
    assert link.url == url
    assert link.text == "Kanal Buka"
    assert link.tag == "a" and not link.in_nav


def test_a_document_row_opened_by_a_preview_is_a_link_named_by_the_row() -> None:
    page = parse(
        "<main><h2>Daftar Informasi Publik</h2><table><thead><tr><th>Judul</th><th>Tipe</th></tr></thead><tbody>"
        "<tr onclick=\"showPreview('/dokumen-pdf-png/Informasi Secara Berkala.pdf', 'Informasi Secara Berkala.pdf', this, '.pdf')\">"
        "<td>Informasi Secara Berkala.pdf</td><td>PDF</td></tr>"
        "<tr onclick=\"openDoc('https://cdn.contohkab.go.id/files/sk-ppid.docx')\"><td>SK PPID</td><td>DOCX</td></tr>"
        "<tr onclick=\"lihat('/uploads/maklumat.png')\"><td>Maklumat</td><td>PNG</td></tr>"
        "</tbody></table></main>")
    assert [(lk.text, lk.url, lk.raw_href) for lk in page.links] == [
        ("Informasi Secara Berkala.pdf PDF", "https://ppid.contohkab.go.id/dokumen-pdf-png/Informasi%20Secara%20Berkala.pdf",
         "/dokumen-pdf-png/Informasi Secara Berkala.pdf"),
        ("SK PPID DOCX", "https://cdn.contohkab.go.id/files/sk-ppid.docx", "https://cdn.contohkab.go.id/files/sk-ppid.docx"),
        ("Maklumat PNG", "https://ppid.contohkab.go.id/uploads/maklumat.png", "/uploads/maklumat.png"),
    ]
    # the listing's links are the rows', one per row, as a table of <a href> rows would give
    assert [lk.url for lk in page.tables[0].links] == [lk.url for lk in page.links]


def test_an_absolute_address_in_any_call_is_a_link() -> None:
    link = only_link(parse("<div onclick=\"bukaAplikasi('https://lapor.go.id/instansi/x')\">SP4N LAPOR!</div>"))
    assert link.url == "https://lapor.go.id/instansi/x" and link.text == "SP4N LAPOR!"


@pytest.mark.parametrize("attr", ["data-href", "data-url", "data-link"])
def test_data_href_on_a_row_or_card_is_a_link(attr: str) -> None:
    page = parse(f'<table><tr {attr}="/dokumen/dip-2024.pdf"><td>DIP 2024</td></tr></table>'
                 f'<div class="card" {attr}="https://ppid.contohkab.go.id/ppid/struktur">Struktur PPID</div>')
    assert [(lk.text, lk.url) for lk in page.links] == [
        ("DIP 2024", "https://ppid.contohkab.go.id/dokumen/dip-2024.pdf"),
        ("Struktur PPID", "https://ppid.contohkab.go.id/ppid/struktur"),
    ]


def test_a_script_menu_keeps_its_navigation_context() -> None:
    page = parse(
        "<nav><ul>"
        "<li><span onclick=\"location.href='/'\">Beranda</span></li>"
        "<li><span>Informasi Publik</span><ul>"
        "<li><span onclick=\"location.href='/informasi/berkala'\">Informasi Berkala</span></li>"
        "<li><button type=\"button\" onclick=\"window.location='/informasi/serta-merta'\">Informasi Serta Merta</button></li>"
        "</ul></li></ul></nav>")
    assert [(lk.text, lk.in_nav, lk.menu_path) for lk in page.links] == [
        ("Beranda", True, ()),
        ("Informasi Berkala", True, ("Informasi Publik",)),
        ("Informasi Serta Merta", True, ("Informasi Publik",)),
    ]
    assert [lk.url for lk in page.nav_links][1] == "https://ppid.contohkab.go.id/informasi/berkala"


def test_a_picture_opened_by_a_handler_is_named_by_its_alt() -> None:
    link = only_link(parse("<img src='/images/biaya.png' alt='Biaya Layanan' onclick=\"openImgModal('/images/biaya.png')\">"))
    assert link.url == "https://ppid.contohkab.go.id/images/biaya.png" and link.text == "Biaya Layanan"


def test_an_anchor_without_a_target_of_its_own_goes_where_its_handler_says() -> None:
    page = parse("<main><a href='#' onclick=\"window.open('/dokumen/sop.pdf')\">SOP Pelayanan</a>"
                 "<a href='javascript:void(0)' onclick=\"location.href='/ppid/visi'\">Visi</a>"
                 "<a onclick=\"location.href='/ppid/misi'\">Misi</a></main>")
    assert [(lk.text, lk.url) for lk in page.links] == [
        ("SOP Pelayanan", "https://ppid.contohkab.go.id/dokumen/sop.pdf"),
        ("Visi", "https://ppid.contohkab.go.id/ppid/visi"),
        ("Misi", "https://ppid.contohkab.go.id/ppid/misi"),
    ]
    assert page.dead_anchor_count == 0


@pytest.mark.parametrize("handler", [
    "viewFile()", "setActive(this)", "toggleAnswer(3)", "this.classList.toggle('open')",
    "document.getElementById('menu').classList.toggle('open')", "location.href='#'", "location.href='javascript:void(0)'",
    "location.href=''", "window.location.href = '/unduh/' + id", "window.open(base + '/dokumen/dip.pdf')",
    "location.href=`/berita/${slug}`", "openImgModal('${section.link}')", "showTab('informasi-berkala')",
    "tampil('dip.pdf')", "kirim('.pdf')", "window.scrollTo(0,0)", "if (location.href == '/ppid') return;",
])
def test_handlers_naming_no_target_are_no_links(handler: str) -> None:
    page = parse(f'<main><div onclick="{handler}">Informasi Berkala</div>{CONTROL}</main>')
    assert only_link(page).text == "DIP"  # the control only
    assert page.dead_anchor_count == 0


@pytest.mark.parametrize("attrs", ['data-url="#"', 'data-href=""', 'data-link="javascript:void(0)"', 'data-url="true"',
                                   'data-url="/api/dokumen.json"', 'data-href="{{ url }}"'])
def test_data_attributes_naming_no_page_are_no_links(attrs: str) -> None:
    assert only_link(parse(f'<main><div {attrs}>Informasi Berkala</div>{CONTROL}</main>')).text == "DIP"


def test_the_script_endpoint_of_a_table_is_no_link() -> None:
    page = parse('<table id="dip" data-url="/api/dip"><thead><tr><th>Judul</th></tr></thead><tbody>'
                 f'<tr><td>{CONTROL}</td></tr></tbody></table>')
    assert only_link(page).text == "DIP"
    assert [lk.text for lk in page.tables[0].links] == ["DIP"]


def test_no_duplicate_of_an_anchor() -> None:
    # a handler inside a link, and a card or row holding a link of its own, give the anchor only
    page = parse("<main><a href='/ppid/sop'><div onclick=\"location.href='/ppid/sop'\">SOP</div></a>"
                 "<div class='card' onclick=\"location.href='/berita/1'\"><h3>Rapat PPID</h3><a href='/berita/1'>Baca</a></div>"
                 "<a href='/ppid/dip' onclick=\"track('https://stats.example.com/x')\">DIP</a>"
                 "<div class='card' onclick=\"location.href='/berita/2'\"><h3>Sosialisasi</h3><a href='/berita/2/foto.jpg'>Foto</a></div>"
                 f"{CONTROL}</main>")
    assert [(lk.text, lk.url) for lk in page.links] == [
        ("SOP", "https://ppid.contohkab.go.id/ppid/sop"),
        ("Baca", "https://ppid.contohkab.go.id/berita/1"),
        ("DIP", "https://ppid.contohkab.go.id/ppid/dip"),
        ("Foto", "https://ppid.contohkab.go.id/berita/2/foto.jpg"),  # the card's own anchor is what is clicked
        ("DIP", "https://ppid.contohkab.go.id/dip"),
    ]


def test_a_row_holding_its_own_anchor_keeps_one_link() -> None:
    page = parse("<table><tr><th>Judul</th><th>Berkas</th></tr>"
                 "<tr onclick=\"location.href='/dip/1'\"><td>DIP 2024</td><td><a href='/dok/dip-2024.pdf'>Unduh</a></td></tr>"
                 "<tr onclick=\"location.href='/dip/2'\"><td>DIP 2023</td><td><a href='#'>Unduh</a></td></tr></table>")
    assert [lk.url.rsplit("/", 2)[-2:] for lk in page.tables[0].links] == [["dok", "dip-2024.pdf"], ["dip", "2"]]
    assert [lk.text for lk in page.links] == ["Unduh", "DIP 2023 Unduh"]


def test_a_handler_to_a_developer_host_is_a_dead_link() -> None:
    page = parse("<main><tr><div onclick=\"window.open('http://127.0.0.1:8000/storage/dip.pdf')\">DIP 2024</div></main>")
    assert page.links == ()
    assert page.dead_anchor_count == 1 and page.dead_anchor_texts == ("DIP 2024",)


def test_toggles_stay_toggles() -> None:
    # an href="#" with a click handler that names no target is a menu toggle: neither a link nor a dead anchor
    page = parse("<nav><ul><li><a href='#' onclick='toggle(this)'>Profil</a><ul><li><a href='/visi'>Visi</a></li></ul></li></ul></nav>"
                 f"<main><a href='#'>Unduh</a>{CONTROL}</main>")
    assert [lk.text for lk in page.links] == ["Visi", "DIP"]
    assert page.dead_anchor_texts == ("Unduh",)


def test_a_menu_of_script_links_is_no_closed_script_menu() -> None:
    # nav buttons that go somewhere are links, not dropdown triggers whose items a script mounts
    page = parse("<nav>" + "".join(f"<button onclick=\"location.href='/{x}'\">{x.title()}</button>" for x in ("profil", "informasi", "layanan"))
                 + "</nav><script src='/app.js'></script><main><p>" + "Isi halaman. " * 30 + "</p></main>")
    assert not page.js_only
    assert len(page.nav_links) == 3


def test_a_heading_or_picture_with_a_handler_stays_a_heading_or_picture() -> None:
    page = parse("<main><h2 onclick=\"location.href='/dip'\">Daftar Informasi Publik</h2>"
                 "<h3 onclick='toggle(this)'>Informasi Berkala</h3>"
                 "<img src='/uploads/maklumat-ppid.jpg' alt='Maklumat PPID' onclick=\"zoom('/uploads/maklumat-ppid.jpg')\"></main>")
    assert [h.text for h in page.headings] == ["Daftar Informasi Publik", "Informasi Berkala"]
    assert [i.url for i in page.content_images] == ["https://ppid.contohkab.go.id/uploads/maklumat-ppid.jpg"]
    assert [(lk.text, lk.url) for lk in page.links] == [
        ("Daftar Informasi Publik", "https://ppid.contohkab.go.id/dip"),
        ("Maklumat PPID", "https://ppid.contohkab.go.id/uploads/maklumat-ppid.jpg"),
    ]


def test_a_cards_more_button_is_named_by_the_cards_title() -> None:
    """A card grid with no headings: '<p>Daftar Informasi Secara Berkala</p>' over a 'Lihat Selengkapnya' button
    that opens the document: the button is the link to that title (as a visitor reads the card)."""
    card = ('<div class="card"><div class="icon"><i class="fas fa-file-pdf"></i></div><div class="p-4"><p class="font-semibold">'
            '{title}</p><div><i class="fas fa-file-alt"></i><span class="text-xs">Dokumen PPID</span></div></div>'
            '<button onclick="openPdfModal(\'https://drive.google.com/file/d/{n}/preview\')"><span>Lihat Selengkapnya '
            '<i class="fas fa-arrow-right"></i></span></button></div>')
    page = parse('<main><div class="grid">' + card.format(title="Daftar Informasi Secara Berkala", n=1)
                 + card.format(title="Daftar Informasi Serta Merta", n=2) + "</div></main>")
    assert [lk.text for lk in page.links] == ["Daftar Informasi Secara Berkala", "Daftar Informasi Serta Merta"]
    # a card with a heading keeps its button's own text (the checks read the heading); so does a named link
    headed = parse('<div class="card"><h3>Informasi Berkala</h3><a href="/berkala">Lihat Selengkapnya</a></div>')
    assert only_link(headed).text == "Lihat Selengkapnya"
    named = parse('<div class="card"><p>Informasi Berkala</p><a href="/berkala">Buka daftar berkala</a></div>')
    assert only_link(named).text == "Buka daftar berkala"

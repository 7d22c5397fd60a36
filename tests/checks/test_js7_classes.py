"""Golden tests of batch 7's script-built classes (branch js7, issue 11): what a browser shows.

Each builds a small page of the class (no network) and fails without its general fix: a server-side
DataTables listing rendered empty, an ``<iframe srcdoc>`` document, a filter box over a listing, and
the views of a single-page app whose menus are buttons.
"""

from __future__ import annotations

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status
from ppid_audit.page import parse_html

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
B = "https://ppid.contohkota.go.id"


def page(body: str, title: str = "PPID Kota Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


# --------------------------------------------------------------------------- empty server-side DataTables

NAV = """<nav class="navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">Home</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">Informasi Publik</a>
<div class="dropdown-menu"><a class="dropdown-item" href="/informasipublik/berkala">Informasi yang Diumumkan Secara Berkala</a>
<a class="dropdown-item" href="/informasipublik/sertamerta">Informasi yang Diumumkan Secara Serta Merta</a></div></li>
<li><button type="button">Aksesibilitas</button></li><li><button type="button">Bahasa</button></li></ul></nav>"""
# the footer's social icons carry only a title; the home page's footer links them too
FOOTER = """<footer><p>Alamat: Balai Kota Contoh</p>
<a href="https://www.facebook.com/kominfocontoh" title="Facebook Diskominfo Kota Contoh" class="ti-facebook"></a>
<a href="https://www.youtube.com/channel/UCcontoh" title="Youtube Diskominfo Kota Contoh" class="ti-youtube"></a></footer>"""
HOME = page(NAV + "<main><h1>Selamat datang di PPID Kota Contoh</h1><p>Portal keterbukaan informasi publik.</p></main>" + FOOTER)
TABLE_SCRIPT = """<script src="/js/jquery.min.js"></script><script src="/js/datatables.min.js"></script>
<script>var table = $('#dip').DataTable({processing: true, serverSide: true, ajax: "/informasipublik/berkala",
columns: [{data: 'judul'}]});</script>"""
HEAD = "<thead><tr><th>NO</th><th>JUDUL</th><th>DOWNLOAD</th><th>SKPD</th></tr></thead>"
FOOT = "<tfoot><tr><th>NO</th><th>JUDUL</th><th>DOWNLOAD</th><th>SKPD</th></tr></tfoot>"


def _berkala(tbody: str, info: str = "") -> str:
    return page(NAV + f"<main><h2>Informasi Yang Diumumkan Secara Berkala</h2><table id='dip'>{HEAD}<tbody>{tbody}</tbody>"
                f"{FOOT}</table>{info}</main>" + FOOTER + TABLE_SCRIPT)


def test_server_side_datatable_page_is_rendered_for_its_listing_even_beside_closed_menus() -> None:
    # a sibling's rendered menu stands in for this page's menu, never for the listing its own script fills
    p = S.build(B + "/informasipublik/berkala", {B + "/informasipublik/berkala": _berkala("")}).pages[0]
    assert p.js_only and p.js_reason == "loader"


def test_footer_row_repeating_the_headers_is_not_an_entry() -> None:
    p = S.build(B + "/x", {B + "/x": _berkala("")}).pages[0]
    assert p.tables[0].rows == ()


def test_rendered_empty_datatable_is_an_empty_category() -> None:
    # the rendered DOM: DataTables' 'No data available in table' row and 'Showing 0 to 0 of 0 entries'
    empty = ('<tr class="odd"><td valign="top" colspan="4" class="dataTables_empty">No data available in table</td></tr>',
             '<div class="dataTables_info">Showing 0 to 0 of 0 entries</div>')
    sp = S.build(B + "/", {B + "/": HOME, B + "/informasipublik/berkala": _berkala(*empty)})
    res = present("kategori.berkala", sp)
    assert res.status == Status.FAIL, res.message


# --------------------------------------------------------------------------- <iframe srcdoc>

MAKLUMAT_DOC = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>.t{font-weight:bold}</style></head><body>"
                "<div class='t'>MAKLUMAT PELAYANAN</div><div>Pengadilan Contoh</div>"
                "<p>Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai standar pelayanan.</p>"
                "<div>\"KAMI SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG DITETAPKAN DAN APABILA TIDAK "
                "MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.\"</div>"
                "<div>KETUA PENGADILAN CONTOH<div>Atasan PPID</div></div><script>window.x = 1</script></body></html>")


def _srcdoc(doc: str, title: str = "") -> str:
    from html import escape

    return f'<iframe srcdoc="{escape(doc)}" title="{title}" style="width:100%;height:450px;border:0"></iframe>'


def test_srcdoc_document_is_part_of_the_page() -> None:
    p = S.build(B + "/", {B + "/": page("<main><h2>Layanan</h2>" + _srcdoc(MAKLUMAT_DOC, "Maklumat Pelayanan PPID") + "</main>")}).pages[0]
    assert "KAMI SANGGUP MENYELENGGARAKAN PELAYANAN" in p.text and "window.x" not in p.text
    assert any(h.text == "Maklumat Pelayanan PPID" for h in p.headings)


def test_maklumat_in_a_srcdoc_frame_is_the_maklumat() -> None:
    nav = "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/layanan'>Layanan</a></li></ul></nav>"
    home = page(nav + "<main><h1>PPID Pengadilan Contoh</h1><p>Selamat datang.</p></main>")
    layanan = page(nav + "<main><h2>Standar Layanan</h2>" + _srcdoc(MAKLUMAT_DOC, "Maklumat Pelayanan PPID") + "</main>")
    res = present("layanan.maklumat", S.build(B + "/", {B + "/": home, B + "/layanan": layanan}))
    assert res.status == Status.PASS, res.message


# --------------------------------------------------------------------------- filter boxes over listings

CAT_NAV = """<nav><ul><li><a href="/">Beranda</a></li><li><a href="/berkala">Informasi Berkala</a></li>
<li><a href="/serta-merta">Informasi Serta Merta</a></li><li><a href="/setiap-saat">Informasi Setiap Saat</a></li></ul></nav>"""
CAT_HOME = page(CAT_NAV + "<main><h1>PPID Dinas Contoh</h1><p>Selamat datang di portal PPID.</p>"
                "<footer><input type='email' placeholder='Masukkan email Anda'></footer></main>")
FILTER = '<div class="relative"><input type="text" placeholder="Cari judul..." value=""/></div>'


def _listing(title: str, with_filter: bool) -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{title} dokumen {i} 2025</td><td><a href='/documents/{title[:4]}-{i}.pdf'>Lihat File</a></td></tr>"
                   for i in range(1, 4))
    return page(CAT_NAV + f"<main><h1>{title}</h1>{FILTER if with_filter else ''}<table><thead><tr><th>No</th><th>Judul</th>"
                f"<th>File</th></tr></thead><tbody>{rows}</tbody></table></main>")


def _cat_site(filters: tuple[bool, bool, bool]) -> SitePages:
    return S.build(B + "/", {B + "/": CAT_HOME, B + "/berkala": _listing("Informasi Berkala", filters[0]),
                             B + "/serta-merta": _listing("Informasi Serta Merta", filters[1]),
                             B + "/setiap-saat": _listing("Informasi Setiap Saat", filters[2])})


def test_filter_box_outside_a_form_is_a_filter_of_its_listing() -> None:
    p = S.build(B + "/berkala", {B + "/berkala": _listing("Informasi Berkala", True)}).pages[0]
    boxes = [f for f in p.forms if f.fields and f.fields[0].type == "filter"]
    assert len(boxes) == 1 and boxes[0].fields[0].label == "Cari judul..."
    # the newsletter's e-mail field and a header box are no listing filter
    head = S.build(B + "/", {B + "/": page("<header><input type='text' placeholder='Cari...'></header>" + CAT_HOME)}).pages[0]
    assert not any(f.fields and f.fields[0].type == "filter" for f in head.forms)


def test_filter_box_over_listings_is_no_site_search() -> None:
    # a box filtering the rows of its own table, even over every category listing, searches nothing else
    # (batches 5-6 label malangkab, dispora-jatim and sikka-kominfo so); nor is it the page's content
    for filters in ((True, True, True), (True, False, False), (False, False, False)):
        assert present("layanan.pencarian", _cat_site(filters)).status == Status.FAIL, filters
    from ppid_audit.checks import _content as C

    p = S.build(B + "/berkala", {B + "/berkala": _listing("Informasi Berkala", True)}).pages[0]
    assert [f for f in p.forms if C.is_filter_box(f)] and not any(C.is_search_form(f) and not C.is_filter_box(f) for f in p.forms)

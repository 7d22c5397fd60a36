"""A client-rendered route (session 15, DPRD Sumbawa Barat's Next.js site): the server sends the header, the
menu and the footer around an empty mount point, and only a browser shows the page's content.  The page model
must say a browser is needed however full the menu is, and must not say so for a page with content of its own."""

from __future__ import annotations

import datetime as dt

from ppid_audit.models import Fetch, FetchKind, Page
from ppid_audit.page import parse_page

FETCHED = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.timezone.utc)
URL = "https://dprd.contohkab.go.id/ppid/formulir-permohonan"
HEAD = '<title>DPRD Kabupaten Contoh</title><script src="/assets/app.js" defer></script>'
MENU = "".join(f'<a href="/{x.lower()}">{x}</a>' for x in ("Beranda", "Berita", "AKD", "Fraksi", "Sekretariat", "PPID", "Podcast"))
HEADER = f'<header><a href="/"><img src="/logo.png" alt="Logo"></a><nav>{MENU}</nav></header>'
FOOTER = ("<footer><p>Telaga Bertong, Taliwang. Telp : (0372) 81947</p><ul><li><a href='/berita'>Berita</a></li>"
          "<li><a href='/ppid'>PPID</a></li></ul></footer>")


def parse(body: str, head: str = HEAD) -> Page:
    fetch = Fetch(url=URL, kind=FetchKind.PAGE, site_id="52.07", status=200, fetched_at=FETCHED)
    return parse_page(fetch, f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode())


def test_chrome_around_an_empty_mount_point_needs_a_browser() -> None:
    page = parse(f'{HEADER}<div id="page"><!-- mounted by the script --></div>{FOOTER}')
    assert page.js_only and page.js_reason == "empty_body"
    wrapped = parse(f'<div id="__next">{HEADER}<main id="content"></main>{FOOTER}</div>')
    assert wrapped.js_only and wrapped.js_reason == "empty_body"


def test_chrome_around_content_of_its_own_is_the_page() -> None:
    for main in ('<div id="page"><h1>Formulir Permohonan</h1><p>Isi formulir berikut.</p></div>',
                 '<div id="page"><img src="/maklumat.jpg" alt="Maklumat"></div>',
                 '<div id="page">Ajukan permohonan informasi publik melalui portal PPID.</div>'):
        page = parse(f"{HEADER}{main}{FOOTER}")
        assert not page.js_only, main
    # no script on the page: an empty box is what the page is
    assert not parse(f'{HEADER}<div id="page"></div>{FOOTER}', head="<title>x</title>").js_only


def test_a_rendered_route_that_says_not_found_is_that_page() -> None:
    """A single-page app's router draws 'Halaman tidak ditemukan' for a route it does not know (man2-palembang's
    /page/<slug>): rendered, that answer is the page (a soft 404), not a page still waiting for its script."""
    body = '<div id="root"><p>Halaman tidak ditemukan</p></div><script src="/assets/index.js"></script>'
    fetch = Fetch(url=URL, kind=FetchKind.PAGE, site_id="52.07", status=200, fetched_at=FETCHED, rendered="empty_body")
    page = parse_page(fetch, f"<!DOCTYPE html><html><head>{HEAD}</head><body>{body}</body></html>".encode())
    assert not page.js_only
    # before rendering, the same empty shell needs the browser
    assert parse(body).js_only

"""Script-built pages rendered completely on our side are judged on their DOM (issue 11).

* a Radix-like dropdown opens on ``pointerdown`` only (a bare ``click()`` does nothing): the renderer
  presses triggers as a visitor does;
* header buttons that open no dropdown (they scroll, or navigate on the client to the home page) are
  not "menus the browser could not open", and a click that navigates never puts another page's DOM
  under this URL;
* a data request to a loopback/private address (the developer's ``localhost:5000`` API) is refused by
  the guard but is the site's fault, not an incomplete render.
"""

from __future__ import annotations

import dataclasses

import trio

from ppid_audit.checking import load_checks, run_checks
from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.crawl.browser import Rendered, Renderer, RenderFailure
from ppid_audit.crawl.fetch import Response
from ppid_audit.models import FetchKind, Site, SitePages, Status
from ppid_audit.page import parse_html

from crawl.conftest import make_site  # tests/crawl/
from crawl.servers import Req, Resp, html, serving

RADIX_PAGE = """<!doctype html><html><head><title>PPID Kabupaten Contoh</title></head><body>
<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
<li><button type="button" aria-haspopup="menu" aria-expanded="false" data-items="Informasi Berkala=/berkala;Informasi Serta Merta=/serta-merta">Daftar Informasi</button></li>
<li><button type="button" aria-haspopup="menu" aria-expanded="false" data-items="Maklumat Pelayanan=/maklumat">Layanan PPID</button></li>
</ul></nav></header>
<main><h1>Beranda</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Kabupaten Contoh melayani permohonan informasi publik.</p></main>
<script src="/radix.js"></script></body></html>"""
# Radix's DropdownMenu.Trigger toggles on pointerdown (primary button); the items go to a portal
RADIX_JS = """
const shut = () => document.querySelectorAll("[data-radix-popper-content-wrapper]").forEach((n) => n.remove());
document.addEventListener("pointerdown", (e) => {
  const b = e.target.closest("button[aria-haspopup=menu]");
  if (!b || e.button !== 0) { if (!e.target.closest("[data-radix-popper-content-wrapper]")) shut(); return; }
  e.preventDefault();
  const was = b.getAttribute("aria-expanded") === "true"; shut();
  document.querySelectorAll("button[aria-haspopup]").forEach((x) => x.setAttribute("aria-expanded", "false"));
  if (was) return;
  b.setAttribute("aria-expanded", "true");
  const w = document.createElement("div"); w.setAttribute("data-radix-popper-content-wrapper", "");
  w.innerHTML = '<div role="menu">' + b.dataset.items.split(";").map((p) => p.split("="))
    .map(([t, h]) => `<a role="menuitem" href="${h}">${t}</a>`).join("") + "</div>";
  document.body.appendChild(w);
});
"""

# A Vite SPA: the header's entries are buttons that scroll on the home page and, elsewhere, move to the
# home page on the client (pushState + re-render); the category page asks the developer's localhost API
SPA = """<!doctype html><html><head><title>PPID Polres Contoh</title>
<script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>"""
SPA_JS = """
const header = () => '<header><nav>' + ["Beranda", "Berita", "Layanan", "Kontak"].map((l) =>
  `<button onclick="go('${l.toLowerCase()}')">${l}</button>`).join("") + '</nav></header>';
const pages = {
  "/": () => '<section id="beranda"><h1>Beranda PPID</h1><p>Selamat datang di PPID Polres Contoh, melayani informasi publik.</p>'
    + '<a href="/informasi-berkala">Informasi Berkala</a></section><footer><p>Kontak: ppid@contoh.go.id</p></footer>',
  "/informasi-berkala": () => '<h1>Informasi Berkala</h1><p id="list">Memuat...</p>',
};
function render() { document.getElementById("root").innerHTML = header() + (pages[location.pathname] || (() => ""))();
  if (location.pathname === "/informasi-berkala") fetch("http://localhost:5000/api/berkala").then((r) => r.json())
    .catch(() => { document.getElementById("list").textContent = "Belum ada informasi berkala tersedia."; }); }
window.go = (id) => { if (location.pathname === "/") document.getElementById(id)?.scrollIntoView();
  else { history.pushState(null, "", "/?scrollTo=" + id); render(); } };
render();
"""


# A card whose button opens a client-only dialog with the request form (Radix Dialog: mounted while open)
DIALOG_PAGE = """<!doctype html><html><head><title>PPID Kota Contoh</title></head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/kontak">Kontak</a></li></ul></nav>
<main><h1>Layanan</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Kota Contoh melayani permohonan informasi publik.</p>
<div class="card"><h3>Form Permohonan</h3><p>Informasi Publik</p>
<button type="button" aria-haspopup="dialog" aria-expanded="false" id="ajukan">Ajukan Permohonan</button></div></main>
<script>document.getElementById("ajukan").addEventListener("click", () => {
  if (document.querySelector("[role=dialog]")) return;
  const d = document.createElement("div"); d.setAttribute("role", "dialog");
  d.innerHTML = '<form><h2>Form Permohonan Informasi</h2><label for="nama">Nama Lengkap</label><input id="nama" name="nama">'
    + '<label for="rincian">Rincian Informasi</label><textarea id="rincian" name="rincian"></textarea><button type="submit">Kirim</button></form>';
  document.body.appendChild(d);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") d.remove(); }, { once: true });
});</script></body></html>"""


# An accordion of document groups whose 'Download' links a script draws only while a group is open (Kemenag
# Magetan's Informasi Berkala, React): the rendered DOM has the group titles and no link
ACCORDION_PAGE = """<!doctype html><html><head><title>Informasi Berkala</title></head><body>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li></ul></nav>
<main><h1>Informasi Berkala</h1><div id="groups"></div></main>
<script>const groups = [["Laporan Kinerja", ["LKjIP 2024", "LKjIP 2023"]], ["Perjanjian Kinerja", ["PK 2025"]]];
let open = null;
function draw() {
  document.getElementById("groups").innerHTML = groups.map(([t, docs], i) => `<div><button data-g="${i}"><h3>${t}</h3>`
    + `<p>${docs.length} dokumen</p></button><div>${open === i ? docs.map((d) => `<p>${d}</p><a href="https://drive.google.com/file/d/${i}${d.length}/view">Download</a>`).join("") : ""}</div></div>`).join("");
  document.querySelectorAll("[data-g]").forEach((b) => b.onclick = () => { const i = +b.dataset.g; open = open === i ? null : i; draw(); });
}
draw();</script></body></html>"""


# A menu of buttons whose closed submenus hold buttons that navigate by script (React Router's navigate()), as
# man2-palembang: the submenu items are hidden until their group opens, and pressing one changes the route
NAVBUTTONS_PAGE = """<!doctype html><html><head><title>PPID Madrasah</title><style>.sub[hidden]{display:none}</style></head>
<body><div id="root"></div><script>
const MENU = [["Profil", 7], ["Informasi Publik", 7], ["Layanan", 6], ["Laporan", 5]];
function draw() {
  document.getElementById("root").innerHTML = '<nav><ul>' + MENU.map(([n, k], i) => `<li><button data-g="${i}">${n} \u25BC</button>`
    + `<ul class="sub" hidden>` + [...Array(k).keys()].map((j) => `<li><button data-slug="${n.toLowerCase().replace(/ /g, "-")}-${j}">${n} ${j}</button></li>`).join("")
    + '</ul></li>').join("") + '</ul></nav><main><h1>PPID Madrasah</h1><p>Pejabat Pengelola Informasi dan Dokumentasi madrasah '
    + 'melayani permohonan informasi publik setiap hari kerja. Informasi berkala, serta merta dan setiap saat diumumkan '
    + 'di laman ini.</p><a href="/kontak">Kontak PPID</a></main>';
  document.querySelectorAll("[data-g]").forEach((b) => b.onclick = () => { const u = b.nextElementSibling; u.hidden = !u.hidden; });
}
document.addEventListener("click", (e) => { const b = e.target.closest("button[data-slug]");
  if (b) { history.pushState(null, "", "/page/" + b.dataset.slug); document.querySelector("main").innerHTML = "<p>Halaman tidak ditemukan</p>"; } });
window.addEventListener("popstate", draw);
draw();</script></body></html>"""


# An Inertia-like page that shows the DIP's PDF on the PPID portal in an iframe (probolinggo-kota's forms and reports): a frame
# navigating to another site, which the audit does not fetch
EMBED_PAGE = """<!doctype html><html><head><title>Daftar Informasi Publik</title><script src="/embed.js" defer></script></head>
<body><div id="app"></div></body></html>"""
EMBED_JS = """document.getElementById("app").innerHTML = '<h1>Daftar Informasi Publik</h1>'
  + '<iframe src="https://ppid.contohkota.go.id/wp-content/uploads/2026/01/DIP-2026.pdf" width="100%" height="600"></iframe>'
  + '<p>Daftar Informasi Publik Tahun 2026 ditetapkan dengan Keputusan Kepala Badan dan dapat diunduh di bawah ini.</p>';"""


# A Vite app that shows a loading screen for a while by a timer, no request in flight (rsparu-sumbar's home page:
# 'Memuat halaman...' for half a second): the renderer waits for the content, not the first quiet moment
LOADING_PAGE = """<!doctype html><html><head><title>PPID RS Contoh</title></head><body><div id="root"></div><script>
const root = document.getElementById("root");
root.innerHTML = '<div><p>Memuat halaman...</p></div>';
setTimeout(() => { root.innerHTML = '<nav><a href="/">Beranda</a><a href="/berkala">Informasi Berkala</a></nav>'
  + '<main><h1>PPID RS Contoh</h1><p>Pejabat Pengelola Informasi dan Dokumentasi rumah sakit melayani permohonan informasi.</p></main>'; }, 900);
</script></body></html>"""


def handler(req: Req) -> Resp:
    if req.path == "/loading":
        return html(LOADING_PAGE)
    if req.path == "/embed-start":
        return html("<h1>PPID</h1><a href='/dip-embed'>Daftar Informasi Publik</a>")
    if req.path == "/dip-embed":
        return html(EMBED_PAGE)
    if req.path == "/embed.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=EMBED_JS.encode())
    if req.path in ("/", "/profil"):
        return html(RADIX_PAGE)
    if req.path == "/radix.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=RADIX_JS.encode())
    if req.path in ("/spa/", "/informasi-berkala"):
        return html(SPA)
    if req.path == "/assets/app.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=SPA_JS.encode())
    if req.path == "/layanan":
        return html(DIALOG_PAGE)
    if req.path == "/berkala-accordion":
        return html(ACCORDION_PAGE)
    if req.path == "/menu-buttons":
        return html(NAVBUTTONS_PAGE)
    if req.path in ("/berkala", "/serta-merta", "/maklumat"):
        return html(f"<h1>{req.path}</h1><p>isi halaman</p>")
    return Resp(404)


async def _render_one(chromium: str, path: str) -> tuple[Response, Rendered | RenderFailure]:
    """``path`` of the test server fetched and rendered alone (no crawl)."""
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}{path}", max_pages=1)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                resp = await fetcher.fetch(site.start_url, site=site, kind=FetchKind.PAGE)
                return resp, await renderer.render(resp, site)


async def _crawl(chromium: str, path: str, max_pages: int = 5) -> tuple[Site, SitePages]:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}{path}", max_pages=max_pages)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    return site, sp


async def test_radix_dropdown_opening_on_pointerdown_is_opened(chromium: str) -> None:
    _, sp = await _crawl(chromium, "/", max_pages=6)
    home = sp.pages[0]
    assert home.fetch.rendered == "script_menu" and not home.js_only
    assert home.render is not None and home.render.error is None
    urls = {link.url.rsplit("/", 1)[-1] for link in home.links}
    assert {"berkala", "serta-merta", "maklumat"} <= urls


async def test_navigating_menu_buttons_neither_leave_the_page_nor_count_as_unopened(chromium: str) -> None:
    site, sp = await _crawl(chromium, "/informasi-berkala", max_pages=1)
    page = sp.pages[0]
    assert page.url.endswith("/informasi-berkala")  # not the home page the buttons move to
    assert "Informasi Berkala" in page.text and "Beranda PPID" not in page.text
    assert "Belum ada informasi berkala" in page.text
    assert page.render is not None and page.render.error is None and not page.js_only
    # the localhost API is refused by the guard but is the site's doing: a visitor cannot reach it either
    assert page.render.failed == 0 and page.render.broken == 1
    out = {o.check.id: o for o in run_checks(load_checks(), site, sp)}
    msg = " ".join(r.message for r in out["layanan.maklumat"].results)
    assert "JavaScript" not in msg
    assert any(r.status is Status.FAIL for r in out["layanan.maklumat"].results)


async def test_form_mounted_only_in_an_open_dialog_is_kept(chromium: str) -> None:
    resp, out = await _render_one(chromium, "/layanan")
    assert not isinstance(out, RenderFailure)
    assert 'data-ppid-audit="opened-dialogs"' in out.html
    page = parse_html(resp.fetch, out.html)
    assert [f.label for f in page.forms[0].fields] == ["Nama Lengkap", "Rincian Informasi"]


async def test_links_an_accordion_mounts_only_while_open_are_kept(chromium: str) -> None:
    resp, out = await _render_one(chromium, "/berkala-accordion")
    assert not isinstance(out, RenderFailure)
    assert 'data-ppid-audit="opened-panels"' in out.html
    page = parse_html(resp.fetch, out.html)
    drive = sorted(lk.url for lk in page.links if "drive.google.com" in lk.url)
    assert len(drive) == 3 and not any(lk.in_nav for lk in page.links if "drive.google.com" in lk.url)
    assert "Laporan Kinerja" in [h.text for h in page.headings]


async def test_a_menu_whose_items_navigate_is_opened_within_the_budget(chromium: str) -> None:
    """Four groups of hidden buttons that change the route: the pass opens each group, leaves a submenu at its
    first item that navigates, and finishes (the page is not left 'incomplete' with closed menus)."""
    resp, out = await _render_one(chromium, "/menu-buttons")
    assert not isinstance(out, RenderFailure)
    assert 'data-ppid-audit="menus-opened"' in out.html
    page = parse_html(dataclasses.replace(resp.fetch, rendered="script_menu"), out.html)
    assert not page.js_only, page.js_reason


async def test_a_frame_that_opens_another_site_is_blocked_and_the_page_renders(chromium: str) -> None:
    """An iframe of a PDF on another host is a navigation off the site: it is not fetched, and the page's own content is
    kept (the handler once failed on it with a ValueError and left the frame's request hanging)."""
    # (a page found by the crawl, not its start: the start page may be rendered without a scope)
    _, sp = await _crawl(chromium, "/embed-start", max_pages=2)
    page = next(p for p in sp.pages if p.url.endswith("/dip-embed"))
    assert page.render is not None and page.render.error is None, page.render
    assert "Daftar Informasi Publik Tahun 2026" in page.text
    assert page.render.blocked >= 1


async def test_a_timed_loading_screen_gives_way_before_the_dom_is_read(chromium: str) -> None:
    resp, out = await _render_one(chromium, "/loading")
    assert isinstance(out, Rendered), out
    page = parse_html(resp.fetch, out.html)
    assert "Pejabat Pengelola Informasi" in page.text and "Memuat halaman" not in page.text
    assert any(lk.url.endswith("/berkala") for lk in page.links)

"""A single-page app on one URL whose menu and sub-tabs are buttons that change state (js7, issue 11):
each view the buttons show is a page of its own for the checks, named by the buttons pressed."""

from __future__ import annotations

import trio

from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.crawl.browser import Renderer

from crawl.conftest import make_site  # tests/crawl/
from crawl.servers import Req, Resp, html, serving

PAGE = """<!doctype html><html><head><title>e-PPID Pengadilan Contoh</title></head><body><div id="root"></div>
<script src="/app.js"></script></body></html>"""
# React-like: one state object, the whole view drawn again on every press; no URL ever changes
APP_JS = """
const st = { tab: "home", info: "berkala", modal: false };
const views = {
  home: () => "<h2>Selamat Datang di Portal PPID</h2><p>Layanan informasi publik Pengadilan Contoh.</p>",
  profil: () => `<h2>Profil Pengelola Informasi dan Dokumentasi (PPID)</h2><p>Sejarah layanan informasi.</p>
    <div><button type="button" id="org">Lihat Diagram Struktur</button></div>`,
  info: () => `<div class="tabs"><button type="button" class="${st.info === "berkala" ? "on" : ""}" data-info="berkala">Berkala</button>`
    + `<button type="button" data-info="serta">Serta Merta</button><button type="button" data-info="saat">Setiap Saat</button></div>`
    + ({ berkala: "<h3>Daftar Informasi Berkala</h3><p>Laporan Keuangan 2025</p>",
         serta: "<h3>Hukum Serta Merta</h3><p>Status: Aman</p>",
         saat: "<h3>Daftar Informasi Publik (DIP)</h3><p>Renstra</p>" })[st.info],
};
function draw() {
  document.getElementById("root").innerHTML = `<div class="top"><nav>`
    + [["home", "Beranda"], ["profil", "Profil"], ["info", "Informasi"]].map(([k, t]) => `<button type="button" data-tab="${k}">${t}</button>`).join("")
    + `</nav><div><button type="button" id="theme" aria-label="Ubah Tema"></button></div></div><main>${views[st.tab]()}</main>`
    + (st.modal ? `<div class="modal"><h3>Struktur Organisasi PPID Pengadilan Contoh</h3><p>Atasan PPID: Ketua</p>
        <button type="button" aria-label="Tutup" id="x">&times;</button></div>` : "");
}
document.addEventListener("click", (e) => {
  const b = e.target.closest("button"); if (!b) return;
  if (b.dataset.tab) st.tab = b.dataset.tab;
  else if (b.dataset.info) st.info = b.dataset.info;
  else if (b.id === "org") st.modal = true;
  else if (b.id === "x") st.modal = false;
  else return;
  draw();
});
draw();
"""


def handler(req: Req) -> Resp:
    if req.path == "/":
        return html(PAGE)
    if req.path == "/app.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=APP_JS.encode())
    return Resp(404)


async def test_views_of_a_state_navigated_app_are_pages(chromium: str) -> None:
    async with serving(handler) as server:
        base = f"http://127.0.0.1:{server.port}/"
        site = make_site(base)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    by_url = {p.url: p for p in sp.pages}
    assert sp.pages[0].url == base
    # each view under the page's URL and a fragment naming the buttons; the path is its breadcrumb
    assert base + "#Profil" in by_url and by_url[base + "#Profil"].breadcrumbs == ("Profil",)
    # a top button opening on its selected sub-tab is named with it, as a visitor sees it
    berkala = by_url[base + "#Informasi/Berkala"]
    assert berkala.breadcrumbs == ("Informasi", "Berkala") and "Laporan Keuangan 2025" in berkala.text
    assert "Hukum Serta Merta" in by_url[base + "#Informasi/Serta%20Merta"].text
    assert "Renstra" in by_url[base + "#Informasi/Setiap%20Saat"].text
    # a dialog a view's own button opens is a view too; evidence points at the view
    chart = by_url[base + "#Profil/Lihat%20Diagram%20Struktur"]
    assert "Atasan PPID: Ketua" in chart.text and chart.fetch.final_url == chart.url
    # the icon button (theme) is no tab; every view is distinct
    assert not any("Ubah" in u for u in by_url)
    assert len({p.text for p in sp.pages}) == len(sp.pages)


# a city portal's '/ppid': the menu is links, the page's own sidebar is a row of buttons that each draw a pane and
# write it into the query with history.replaceState ('/ppid?menu=maklumat')
SIDEBAR_PAGE = """<!doctype html><html><head><title>PPID Kota Contoh</title></head><body>
<div id="app"></div><script src="/side.js"></script></body></html>"""
SIDEBAR_JS = """
const panes = { profil: ["Gambaran Singkat PPID", "PPID dibentuk tahun 2019."],
  maklumat: ["Maklumat Pelayanan Informasi Publik", "Kami siap memberikan pelayanan informasi yang cepat dan tepat."],
  struktur: ["Struktur PPID", "Atasan PPID: Sekretaris Daerah."] };
let active = "profil";
document.getElementById("app").innerHTML = '<nav><a href="/">Beranda</a> <a href="/ppid">PPID</a></nav><div id="side"></div><div id="pane"></div>';
function render() {
  document.getElementById("side").innerHTML = Object.keys(panes).map((k) => `<button data-k="${k}">${panes[k][0]}</button>`).join("");
  document.getElementById("pane").innerHTML = `<h2>${panes[active][0]}</h2><p>${panes[active][1]}</p>`;
  const url = new URL(location.href); url.searchParams.set("menu", active); history.replaceState({}, "", url.toString());
}
document.getElementById("side").addEventListener("click", (e) => {
  const b = e.target.closest("button"); if (b) { active = b.dataset.k; render(); } });
render();
"""


def sidebar_handler(req: Req) -> Resp:
    if req.path in ("/", "/ppid"):
        return html(SIDEBAR_PAGE)
    if req.path == "/side.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=SIDEBAR_JS.encode())
    return Resp(404)


async def test_panes_of_a_sidebar_that_writes_its_tab_into_the_query_are_pages(chromium: str) -> None:
    async with serving(sidebar_handler) as server:
        base = f"http://127.0.0.1:{server.port}/"
        site = make_site(base)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    texts = {p.url: p.text for p in sp.pages}
    assert any("cepat dan tepat" in t for t in texts.values()), sorted(texts)
    assert any("Atasan PPID: Sekretaris Daerah" in t for t in texts.values()), sorted(texts)


# a Vite/React site whose menu items are links to fragments the page does not hold ('<a href="#ppid">') over a click
# handler that draws the view (bk3-samarinda, batch 49); a link to a fragment the page holds only scrolls
HASH_PAGE = """<!doctype html><html><head><title>Balai Contoh</title></head><body><div id="root"></div>
<script src="/hash.js"></script></body></html>"""
HASH_JS = """
let view = "home";
const views = { home: "<h1>Balai Keselamatan Kerja Contoh</h1><p>Pelatihan dan pengujian.</p><h2 id='faq'>FAQ</h2><p>Tanya jawab.</p>",
  ppid: "<h1>PPID Balai Keselamatan Kerja Contoh</h1><h2>Informasi Berkala</h2><p>Laporan Kinerja 2025</p>" };
function draw() {
  document.getElementById("root").innerHTML = '<nav><a href="#beranda" data-go="home">Beranda</a> <a href="#faq">FAQ</a> '
    + '<a href="#ppid" data-go="ppid">PPID</a></nav><main>' + views[view] + '</main>';
}
document.addEventListener("click", (e) => {
  const a = e.target.closest("[data-go]"); if (!a) return;
  e.preventDefault(); view = a.dataset.go; draw();
});
draw();
"""


def hash_handler(req: Req) -> Resp:
    if req.path == "/":
        return html(HASH_PAGE)
    if req.path == "/hash.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=HASH_JS.encode())
    return Resp(404)


async def test_menu_links_to_fragments_the_page_lacks_are_view_buttons(chromium: str) -> None:
    async with serving(hash_handler) as server:
        base = f"http://127.0.0.1:{server.port}/"
        site = make_site(base)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    by_url = {p.url: p for p in sp.pages}
    assert base + "#PPID" in by_url and "Laporan Kinerja 2025" in by_url[base + "#PPID"].text, sorted(by_url)
    assert base + "#FAQ" not in by_url  # its fragment is on the page: a scroll, not a view

"""Once rendered, a script-built page is judged on its rendered DOM like a static page.

"Needs a browser" (``warn``) remains only where the render could not be
completed on the auditor's side, and the verdict says why.  The renderer also
opens dropdowns mounted in a portal away from their trigger (Base UI / Radix
viewports) and a search modal opened by a button.
"""

from __future__ import annotations

import trio

from ppid_audit.checking import load_checks, run_checks
from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.crawl.browser import Renderer
from ppid_audit.models import Site, SitePages, Status

from crawl.conftest import make_site  # tests/crawl/
from crawl.servers import Req, Resp, html, serving

SPA = """<!doctype html><html><head><title>E-PPID Kota Contoh</title>
<script type="module" src="{src}"></script></head><body><div id="root"></div></body></html>"""
# what the bundle builds: a navbar, service cards, a footer with the office's contacts; no category, no search
APP_JS = """
document.getElementById("root").innerHTML = `
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/ticket">Cek Status</a></li></ul></nav>
<section><h2>Layanan</h2><a href="/formulir-informasi">Formulir Permohonan Informasi</a></section>
<footer><p>Alamat Kantor: Jl. Merdeka No. 9, Kota Contoh</p><a href="mailto:ppid@contoh.go.id">ppid@contoh.go.id</a>
<p>Telepon (0561) 734251</p></footer>`;
"""


def spa_handler(req: Req) -> Resp:
    if req.path == "/robots.txt":
        return Resp(body=b"User-agent: *\nDisallow: /private/\n")
    if req.path in ("/", "/hilang/"):  # the bundle is served, or missing (404) as on a broken deploy
        return html(SPA.replace("{src}", "/assets/app.js" if req.path == "/" else "/assets/hilang.js"))
    if req.path == "/terlarang/":  # the bundle is where robots.txt forbids us to go
        return html(SPA.replace("{src}", "/private/app.js"))
    if req.path in ("/assets/app.js", "/private/app.js"):
        return Resp(headers=[("Content-Type", "application/javascript")], body=APP_JS.encode())
    if req.path in ("/ticket", "/formulir-informasi"):
        return html(f"<h1>{req.path}</h1><p>isi</p>")
    return Resp(404)


def _verdicts(site: Site, sp: SitePages) -> dict[str, tuple[Status, str]]:
    out: dict[str, tuple[Status, str]] = {}
    for o in run_checks(load_checks(), site, sp):
        r = next((r for r in o.results if r.item == "present"), None)
        if r is not None:
            out[o.check.id] = (r.status, r.message)
    return out


async def _crawl(chromium: str, path: str) -> tuple[Site, SitePages]:
    async with serving(spa_handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}{path}", obey_robots=True, max_pages=5)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    return site, sp


async def test_rendered_spa_is_judged_on_what_it_shows(chromium: str) -> None:
    site, sp = await _crawl(chromium, "/")
    home = sp.pages[0]
    assert home.fetch.rendered == "empty_body" and not home.js_only
    got = _verdicts(site, sp)
    # what the page does not offer is missing, not "needs a browser"; what it shows counts
    assert got["kategori.berkala"][0] is Status.FAIL
    assert got["layanan.pencarian"][0] is Status.FAIL
    assert got["layanan.kontak"][0] is Status.PASS
    assert not [c for c, (_, msg) in got.items() if "JavaScript" in msg]


async def test_spa_whose_bundle_is_missing_is_judged_as_visitors_see_it(chromium: str) -> None:
    # the site's own bundle answers 404: a visitor sees an empty page too, so nothing is published
    site, sp = await _crawl(chromium, "/hilang/")
    home = sp.pages[0]
    assert home.fetch.rendered == "empty_body" and home.render is not None
    assert home.render.broken == 1 and home.render.failed == 0 and home.render.error is None
    assert not home.js_only
    got = _verdicts(site, sp)
    assert got["kategori.berkala"][0] is Status.FAIL and got["layanan.kontak"][0] is Status.FAIL


async def test_spa_whose_bundle_the_auditor_could_not_load_stays_unjudged_and_says_why(chromium: str) -> None:
    # robots.txt keeps us from the bundle: the empty DOM is our limitation, not the site's fault
    site, sp = await _crawl(chromium, "/terlarang/")
    home = sp.pages[0]
    assert home.fetch.rendered == "empty_body" and home.js_only
    assert home.render is not None and home.render.error == "incomplete" and home.render.failed == 1
    got = _verdicts(site, sp)
    status, message = got["kategori.berkala"]
    assert status is Status.WARN and "belum lengkap" in message and "ditolak atau tidak terjawab" in message
    status, message = got["layanan.pencarian"]
    assert status is Status.WARN and "belum lengkap" in message


# A Next.js page with a Base UI / Radix-like navigation menu: the server's HTML has the top-level
# buttons; a dropdown's content is mounted, while open, in a portal at the end of the body (not in
# its menu item), and unmounted when closed.  The header's search button opens a modal with a text
# field (no form) that lists documents; Escape closes it.
NEXT_PAGE = """<!doctype html><html lang="id"><head><title>PPID Kantor Contoh</title></head><body>
<header><nav aria-label="Main"><ul>
<li><a href="/">Beranda</a></li>
<li><button type="button" aria-expanded="false" data-state="closed" data-items="Informasi Berkala=/berkala;Informasi Serta Merta=/serta-merta">Informasi Publik</button></li>
<li><button type="button" aria-expanded="false" data-state="closed" data-items="Struktur Organisasi=/profil/struktur;Profil PPID=/profil">Profil</button></li>
<li><a href="/regulasi">Regulasi</a></li>
</ul></nav><button type="button" aria-label="Cari"><svg class="lucide lucide-search"></svg></button></header>
<main><h1>Beranda</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Kantor Contoh melayani permohonan informasi publik.</p></main>
<footer><p>Kontak: ppid@contoh.go.id, telepon (0519) 21269</p></footer>
<script src="/_next/static/chunks/app.js"></script></body></html>"""
NEXT_JS = """
let portal = null;
const shut = () => { if (portal) { portal.remove(); portal = null; }
  document.querySelectorAll("button[data-items]").forEach((b) => { b.setAttribute("aria-expanded", "false"); b.dataset.state = "closed"; }); };
document.querySelectorAll("button[data-items]").forEach((b) => b.addEventListener("click", () => {
  const was = b.dataset.state === "open"; shut(); if (was) return;
  b.setAttribute("aria-expanded", "true"); b.dataset.state = "open";
  portal = document.createElement("div"); portal.className = "positioner";
  portal.innerHTML = '<div class="popup"><div class="viewport"><ul>' + b.dataset.items.split(";").map((p) => p.split("="))
    .map(([t, h]) => `<li><a href="${h}"><div>${t}</div><p>keterangan</p></a></li>`).join("") + "</ul></div></div>";
  document.body.appendChild(portal);
}));
let modal = null;
document.querySelector("button[aria-label=Cari]").addEventListener("click", () => {
  if (modal) return;
  modal = document.createElement("div"); modal.className = "fixed inset-0";
  modal.innerHTML = '<input type="text" placeholder="Ketik judul berkas atau kata kunci..."><h4>Dokumen (1)</h4><div class="r"><h5>SK PPID Kantor Contoh 2026</h5></div>';
  document.body.appendChild(modal);
  const input = modal.querySelector("input");
  input.addEventListener("input", () => { modal.querySelector(".r").innerHTML = "SK PPID Kantor Contoh 2026".toLowerCase().includes(input.value.toLowerCase())
    ? "<h5>SK PPID Kantor Contoh 2026</h5>" : "<p>Tidak ada yang cocok.</p>"; });
});
window.addEventListener("keydown", (e) => { if (e.key === "Escape" && modal) { modal.remove(); modal = null; } });
"""
TARGETS = ("/berkala", "/serta-merta", "/profil/struktur", "/profil")


def next_handler(req: Req) -> Resp:
    if req.path == "/":
        return html(NEXT_PAGE)
    if req.path == "/_next/static/chunks/app.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=NEXT_JS.encode())
    if req.path in (*TARGETS, "/regulasi"):
        return html(f"<h1>{req.path}</h1><p>isi halaman</p>")
    return Resp(404)


async def _crawl_next(chromium: str) -> tuple[Site, SitePages]:
    async with serving(next_handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=10)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    return site, sp


async def test_dropdowns_mounted_in_a_portal_are_kept_under_their_trigger(chromium: str) -> None:
    site, sp = await _crawl_next(chromium)
    home = sp.pages[0]
    assert home.fetch.rendered == "script_menu" and not home.js_only
    paths = {link.url.split("/", 3)[3]: link.menu_path for link in home.links if link.in_nav}
    assert paths.get("berkala") == ("Informasi Publik",) and paths.get("profil/struktur") == ("Profil",)
    assert {t.lstrip("/") for t in TARGETS} <= {p.url.split("/", 3)[3] for p in sp.pages}  # and followed


async def test_search_modal_opened_by_a_button_counts_as_search(chromium: str) -> None:
    site, sp = await _crawl_next(chromium)
    home = sp.pages[0]
    # the modal's field is recorded as a search form; the modal is closed again before the DOM is read
    assert any(f.fields and f.fields[0].type == "search" for f in home.forms)
    assert "SK PPID Kantor Contoh" not in home.text
    assert _verdicts(site, sp)["layanan.pencarian"][0] is Status.PASS


# A script-built page whose header search is a text field outside any form that filters a list as one
# types (it counts), and one whose field calls a handler the page does not define (it does not).
SEARCH_PAGE = """<!doctype html><html><head><title>PPID Provinsi Contoh</title></head><body><div id="app"></div>
<script>document.getElementById("app").innerHTML = '<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li></ul></nav>'
  + '<header><input type="text" placeholder="Cari dokumen, berita, atau informasi publik..." {handler}></header>'
  + '<main><h1>PPID Provinsi Contoh</h1><ul id="docs"><li>Laporan Keuangan 2025</li><li>Informasi Berkala 2026</li></ul></main>';
function saring(v) { document.querySelectorAll("#docs li").forEach((li) => { li.hidden = !li.textContent.toLowerCase().includes(v.toLowerCase()); });
  document.getElementById("docs").insertAdjacentHTML("beforebegin", "<p class=hasil>Hasil pencarian</p>"); }
</script></body></html>"""


async def _search_verdict(chromium: str, handler_attr: str) -> tuple[SitePages, Status]:
    page = SEARCH_PAGE.replace("{handler}", handler_attr)

    def handler(req: Req) -> Resp:
        return html(page) if req.path == "/" else html("<h1>Profil</h1>") if req.path == "/profil" else Resp(404)

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=3)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    return sp, _verdicts(site, sp)["layanan.pencarian"][0]


async def test_script_search_field_outside_a_form_counts_as_search(chromium: str) -> None:
    sp, status = await _search_verdict(chromium, "oninput=\\'saring(this.value)\\'")
    assert sp.pages[0].fetch.rendered == "empty_body" and not sp.pages[0].js_only
    assert status is Status.PASS


async def test_search_field_whose_handler_is_missing_is_not_search(chromium: str) -> None:
    _, status = await _search_verdict(chromium, "onkeyup=\\'cariGlobal(event)\\'")
    assert status is Status.FAIL


# A script-built page whose search box sends the visitor to a results page only on Enter: a form without an
# action whose submit handler sets location.href ('/search?q=...', rsj-saanin), or a header field whose keydown
# handler pushes the route (disdukcapil-dompu); one whose Enter goes nowhere is no search.
ENTER_PAGE = """<!doctype html><html><head><title>RS Contoh</title></head><body><div id="app"></div>
<script src="/app.js"></script></body></html>"""
ENTER_JS = """document.getElementById("app").innerHTML = '<nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>'
  + '<li><a href="/layanan">Layanan</a></li><li><a href="/kontak">Kontak</a></li></ul></nav><main><h1>Rumah Sakit Contoh</h1>{box}'
  + '<p>Rumah Sakit Contoh melayani masyarakat Kota Contoh dengan pelayanan kesehatan jiwa yang ramah, cepat, tepat dan terbaik '
  + 'bagi seluruh warga, dua puluh empat jam setiap hari.</p></main>';
{wire}"""
ENTER_FORM = ("<form id=cari><input type=text placeholder=\\'Cari di seluruh situs...\\'><button>Cari</button></form>",
              "document.getElementById(\"cari\").addEventListener(\"submit\", (e) => { e.preventDefault(); "
              "const q = e.target.querySelector(\"input\").value; if (q) location.href = \"/search?q=\" + encodeURIComponent(q); });")
ENTER_KEY = ("<input id=cari type=text placeholder=\\'Cari...\\'>",
             "document.getElementById(\"cari\").addEventListener(\"keydown\", (e) => { if (e.key === \"Enter\") "
             "history.pushState({}, \"\", \"/pencarian?kata=\" + encodeURIComponent(e.target.value)); });")
ENTER_NOWHERE = ("<input id=cari type=text placeholder=\\'Cari...\\'>", "")


async def _enter_verdict(chromium: str, box: tuple[str, str]) -> Status:
    script = ENTER_JS.replace("{box}", box[0]).replace("{wire}", box[1])

    def handler(req: Req) -> Resp:
        if req.path == "/app.js":
            return Resp(headers=[("Content-Type", "application/javascript")], body=script.encode())
        return html(ENTER_PAGE) if req.path == "/" else html("<h1>Profil</h1>") if req.path == "/profil" else Resp(404)

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=3)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    return _verdicts(site, sp)["layanan.pencarian"][0]


async def test_a_search_sent_on_enter_to_a_results_page_counts_as_search(chromium: str) -> None:
    assert await _enter_verdict(chromium, ENTER_FORM) is Status.PASS
    assert await _enter_verdict(chromium, ENTER_KEY) is Status.PASS
    assert await _enter_verdict(chromium, ENTER_NOWHERE) is Status.FAIL


# Cards that are <div>s with click handlers (React's onClick leaves no attribute; the pointer class is
# the only sign): one routes inside the app (history.pushState), one leaves by window.location, one
# only logs.  The first two are links for the audit; the third is text.
CARDS_JS = """
const root = document.getElementById("root");
root.innerHTML = '<nav><a href="/">Beranda</a></nav><main><h1>Layanan PPID</h1>'
  + '<div class="card cursor-pointer" id="a"><span>Formulir Permohonan Informasi</span></div>'
  + '<div class="card cursor-pointer" id="b"><span>Daftar Informasi Publik</span></div>'
  + '<div class="card cursor-pointer" id="c"><p>Informasi Berkala</p></div></main>';
const home = root.querySelector("main").innerHTML;
const route = () => { root.querySelector("main").innerHTML = location.pathname === "/" ? home : "<h1>Formulir</h1>"; wire(); };
const wire = () => {
  document.getElementById("a")?.addEventListener("click", () => { history.pushState({}, "", "/formulir-informasi"); route(); });
  document.getElementById("b")?.addEventListener("click", () => { window.location.href = "/dip"; });
  document.getElementById("c")?.addEventListener("click", () => console.log("click"));
};
wire();
window.addEventListener("popstate", route);
"""


async def test_clickable_cards_that_navigate_are_links_and_dead_ones_are_not(chromium: str) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/":
            return html(SPA.replace("{src}", "/cards.js"))
        if req.path == "/cards.js":
            return Resp(headers=[("Content-Type", "application/javascript")], body=CARDS_JS.encode())
        if req.path in ("/formulir-informasi", "/dip"):
            return html(f"<h1>{req.path}</h1><p>isi</p>")
        return Resp(404)

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=5)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    home = sp.pages[0]
    assert home.url == site.start_url and home.headings[0].text == "Layanan PPID"  # the page read is the page, not where a card went
    links = {link.text: link.url.split("/", 3)[3] for link in home.links}
    assert links.get("Formulir Permohonan Informasi") == "formulir-informasi"
    assert links.get("Daftar Informasi Publik") == "dip"
    assert "Informasi Berkala" not in links
    assert {"formulir-informasi", "dip"} <= {p.url.split("/", 3)[3] for p in sp.pages}  # and followed


# A splash page whose only control is the body's emblem, a <button> whose script sends the visitor on to
# /home (a village's React site): the page has no link at all, so the button is the way in and is followed.
# On a page that has links, a lone button is not taken for one.
GATE_JS = """
const root = document.getElementById("root");
if (location.pathname === "/") {
  root.innerHTML = '<div class="splash"><button type="button" id="enter" aria-label="Masuk ke halaman utama">'
    + '<img src="/logo.webp" alt="Lambang Nagari"></button><p>Klik lambang untuk masuk</p></div>';
  document.getElementById("enter").addEventListener("click", () => location.assign("/home"));
} else {
  root.innerHTML = '<nav><a href="/">Awal</a></nav><main><h1>Beranda Nagari</h1><button type="button" id="x">Lihat</button></main>';
  document.getElementById("x").addEventListener("click", () => location.assign("/rahasia"));
}
"""


async def test_a_splash_page_whose_only_way_in_is_a_button_is_followed(chromium: str) -> None:
    def handler(req: Req) -> Resp:
        if req.path in ("/", "/home"):
            return html(SPA.replace("{src}", "/gate.js"))
        if req.path == "/gate.js":
            return Resp(headers=[("Content-Type", "application/javascript")], body=GATE_JS.encode())
        if req.path == "/rahasia":
            return html("<h1>rahasia</h1>")
        return Resp(404)

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=5)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    links = {link.text: link.url.split("/", 3)[3] for link in sp.pages[0].links}
    assert links.get("Masuk ke halaman utama") == "home"
    paths = {p.url.split("/", 3)[3] for p in sp.pages}
    assert "home" in paths and "rahasia" not in paths
    assert next(p for p in sp.pages if p.url.endswith("/home")).headings[0].text == "Beranda Nagari"


# A hash-routed app (React's HashRouter): every page is '/' and its script draws the route in the fragment; the
# menu links '#/ppid/profil'. Each route is a page of the audit, rendered at its route.
HASH_JS = """
const root = document.getElementById("root");
const draw = () => {
  const route = location.hash.replace(/^#/, "") || "/";
  const body = route === "/ppid/profil" ? "<h1>Profil PPID</h1><p>PPID Dinas Contoh bertugas melayani permohonan informasi.</p>"
    : route === "/ppid/maklumat" ? "<h1>Maklumat Pelayanan</h1><p>Kami siap memberikan pelayanan informasi publik.</p>"
    : "<h1>Beranda</h1><p>Selamat datang.</p>";
  root.innerHTML = '<nav><a href="#/">Beranda</a> <a href="#/ppid/profil">Profil PPID</a> <a href="#/ppid/maklumat">Maklumat</a></nav>'
    + "<main>" + body + "</main>";
};
window.addEventListener("hashchange", draw);
draw();
"""


async def test_the_routes_of_a_hash_routed_app_are_pages(chromium: str) -> None:
    def handler(req: Req) -> Resp:
        if req.path == "/":
            return html(SPA.replace("{src}", "/hash.js"))
        if req.path == "/hash.js":
            return Resp(headers=[("Content-Type", "application/javascript")], body=HASH_JS.encode())
        return Resp(404)

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=6)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    sp = sp.unpacked()
    heads = {p.url.split("/", 3)[3]: p.headings[0].text for p in sp.pages if p.headings}
    assert heads.get("#/ppid/profil") == "Profil PPID" and heads.get("#/ppid/maklumat") == "Maklumat Pelayanan", heads
    assert heads.get("") == "Beranda"


# the same header, its search button opening a modal whose field sits in a form with an action of its own
# ('<form action="/cari">', bpsdm-kaltim): nothing happens as one types; the form is where the words go
FORM_MODAL_JS = NEXT_JS.replace(
    """modal.innerHTML = '<input type="text" placeholder="Ketik judul berkas atau kata kunci..."><h4>Dokumen (1)</h4><div class="r"><h5>SK PPID Kantor Contoh 2026</h5></div>';""",
    """modal.innerHTML = '<form action="/cari" method="get"><input type="search" name="q" placeholder="Cari berita, program, dokumen..."><button type="submit">Cari</button></form>';""",
).replace("""  const input = modal.querySelector("input");
  input.addEventListener""", """  const input = modal.querySelector("input");
  if (false) input.addEventListener""")


async def test_search_modal_holding_a_form_with_an_action_counts_as_search(chromium: str) -> None:
    assert FORM_MODAL_JS != NEXT_JS and "if (false)" in FORM_MODAL_JS

    def handler(req: Req) -> Resp:
        if req.path == "/_next/static/chunks/app.js":
            return Resp(headers=[("Content-Type", "application/javascript")], body=FORM_MODAL_JS.encode())
        return next_handler(req)

    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/", max_pages=10)
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(90):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    status, message = _verdicts(site, sp)["layanan.pencarian"]
    assert status is Status.PASS and "/cari" in message, message

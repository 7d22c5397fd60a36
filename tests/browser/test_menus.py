"""Menus whose items a script mounts only while open (React, Svelte, Radix): rendered, opened, audited."""

from __future__ import annotations

import trio

from ppid_audit.crawl import Fetcher, crawl_site
from ppid_audit.crawl.browser import Renderer

from crawl.conftest import make_site  # tests/crawl/
from crawl.servers import Req, Resp, html, serving

# Top level in the HTML; every dropdown is mounted by /menu.js: two on pointer-over (a Svelte-like
# <li><button>), one on click only, and a Next.js-like caret link whose dropdown has a second level.
PAGE = """<!doctype html><html><head><title>PPID Kota Contoh</title></head><body>
<nav><ul>
<li><a href="/">Beranda</a></li>
<li class="m" data-items="Informasi Berkala=/berkala;Informasi Serta Merta=/serta-merta"><button><span>INFORMASI PUBLIK</span><svg></svg></button></li>
<li class="m" data-items="Maklumat Pelayanan=/maklumat"><button><span>STANDAR LAYANAN</span><svg></svg></button></li>
<li class="c" data-items="Formulir Permohonan=/formulir"><button><span>LAYANAN</span><svg></svg></button></li>
</ul></nav>
<div role="navigation"><div class="row"><div class="n"><a href="/profil">Profil<svg></svg></a></div><div><a href="/berita">Berita</a></div></div></div>
<main><h1>{title}</h1><p>Pejabat Pengelola Informasi dan Dokumentasi Kota Contoh melayani permohonan informasi publik.</p></main>
<script src="/menu.js"></script></body></html>"""
MENU_JS = """
const list = (li) => li.dataset.items.split(";").map((p) => p.split("=")).map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join("");
document.querySelectorAll("li.m").forEach((li) => {
  li.addEventListener("mouseenter", () => { if (!li.querySelector("ul")) li.insertAdjacentHTML("beforeend", `<ul>${list(li)}</ul>`); });
  li.addEventListener("mouseleave", () => li.querySelector("ul")?.remove());
});
document.querySelectorAll("li.c").forEach((li) => li.querySelector("button").addEventListener("click", () => {
  const open = li.querySelector("ul"); if (open) open.remove(); else li.insertAdjacentHTML("beforeend", `<ul>${list(li)}</ul>`);
}));
const n = document.querySelector("div.n");
n.addEventListener("mouseenter", () => {
  if (n.querySelector(".box")) return;
  n.insertAdjacentHTML("beforeend", '<div class="box"><div class="sub"><div class="row2">PPID Kota<svg></svg></div></div></div>');
  const sub = n.querySelector(".sub");
  sub.addEventListener("mouseenter", () => sub.insertAdjacentHTML("beforeend", '<div class="g"><a href="/profil-ppid">Profil PPID</a></div>'));
  sub.addEventListener("mouseleave", () => sub.querySelector(".g")?.remove());
});
n.addEventListener("mouseleave", () => n.querySelector(".box")?.remove());
"""
TARGETS = ("/berkala", "/serta-merta", "/maklumat", "/formulir", "/profil-ppid")


def handler(req: Req) -> Resp:
    if req.path in ("/", "/berita"):
        return html(PAGE.replace("{title}", "Beranda" if req.path == "/" else "Berita"))
    if req.path == "/menu.js":
        return Resp(headers=[("Content-Type", "application/javascript")], body=MENU_JS.encode())
    if req.path in (*TARGETS, "/profil"):
        return html(f"<h1>{req.path}</h1><p>isi halaman</p>")
    return Resp(404)


async def test_menus_mounted_while_open_are_opened_and_followed(chromium: str) -> None:
    async with serving(handler) as server:
        site = make_site(f"http://127.0.0.1:{server.port}/")
        async with Fetcher(allow_loopback=True) as fetcher, Renderer(fetcher, executable=chromium) as renderer:
            with trio.fail_after(60):
                sp = await crawl_site(site, fetcher, renderer=renderer)
    home = sp.pages[0]
    # the static HTML has the top level only: the page model asks for the browser
    assert home.fetch.rendered == "script_menu"
    texts = {link.text for link in home.links}
    assert {"Informasi Berkala", "Informasi Serta Merta", "Maklumat Pelayanan", "Formulir Permohonan", "Profil PPID"} <= texts
    crawled = {p.url.rsplit("/", 1)[1] for p in sp.pages}
    assert {t.lstrip("/") for t in TARGETS} <= crawled  # the opened items were followed
    # the rendered page, its menus opened, no longer asks for a browser; its sibling shares the menu
    assert not home.js_only
    berita = next(p for p in sp.pages if p.url.endswith("/berita"))
    assert berita.js_reason == "script_menu" and not berita.js_only and not berita.fetch.rendered
    assert renderer.rendered == 1

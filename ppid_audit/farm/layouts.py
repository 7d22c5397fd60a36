"""HTML of the simulated sites, in the markup of real CMSes.

* ``wordpress``: nested ``<ul class="menu">`` with ``sub-menu`` dropdowns, pretty
  permalinks or ``?page_id=``, ``wp-content/uploads`` files, ``?s=`` search;
* ``laravel``: Bootstrap navbar dropdowns, document tables with "Unduh"
  buttons, ``?page=N`` pagination, ``/storage/`` files;
* ``static``: a plain ``<div id="menu">`` of relative links to ``*.html``;
* ``portal``: a pemda site whose PPID lives under ``/ppid/`` beside other sections.

Pages are rendered per request from the ``SiteSpec``; news articles and list
pages are functions of their number.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from html import escape
from typing import Any

from . import content as C
from .model import PageSpec, SiteSpec

__all__ = ["news_article", "news_date", "news_key", "news_list_key", "news_number", "render_nav", "render_page",
           "render_shell"]

NEWS_PER_PAGE = 10


def _e(text: str) -> str:
    return escape(text, quote=True)


def base_date(s: SiteSpec) -> dt.date:
    return s.today - dt.timedelta(days=s.day)


# --------------------------------------------------------------------------- news (not stored)


def news_key(s: SiteSpec, n: int) -> str:
    title, date = news_title(s, n), news_date(s, n)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    if s.layout == "wordpress":
        return f"/?p={2000 + n}" if s.wp_style == "page_id" else f"/{date.year}/{date.month:02d}/{slug}-{n}/"
    if s.layout == "laravel":
        return f"/berita/{n}/{slug}"
    if s.layout == "static":
        return f"/berita/{slug}-{n}.html"
    return f"{s.prefix}/berita/{n}-{slug}"


_NEWS_RE = {
    "wordpress": re.compile(r"^/\d{4}/\d{2}/[a-z0-9-]*-(\d+)/$|^/\?p=(\d+)$"),
    "laravel": re.compile(r"^/berita/(\d+)/[a-z0-9-]+$"),
    "static": re.compile(r"^/berita/[a-z0-9-]*-(\d+)\.html$"),
    "portal": re.compile(r"^/ppid/berita/(\d+)-[a-z0-9-]+$"),
}


def news_number(s: SiteSpec, key: str) -> int | None:
    """The article number of ``key``, or None if ``key`` is not an article of ``s``."""
    m = _NEWS_RE[s.layout].match(key)
    if not m:
        return None
    if s.layout == "wordpress":
        n = int(m.group(1)) if m.group(1) else int(m.group(2)) - 2000
    else:
        n = int(m.group(1))
    if 0 <= n < s.news_count and news_key(s, n) == key:
        return n
    return None


def news_list_key(s: SiteSpec, page: int) -> str:
    if s.layout == "wordpress":
        if s.wp_style == "page_id":
            return "/?cat=3" if page == 1 else f"/?cat=3&paged={page}"
        return "/category/berita/" if page == 1 else f"/category/berita/page/{page}/"
    if s.layout == "static":
        return "/berita.html" if page == 1 else f"/berita-{page}.html"
    base = "/berita" if s.layout == "laravel" else f"{s.prefix}/berita"
    return base if page == 1 else f"{base}?page={page}"


def news_list_pages(s: SiteSpec) -> int:
    return max(1, -(-s.news_count // NEWS_PER_PAGE))


def news_date(s: SiteSpec, n: int) -> dt.date:
    if n >= s.news_base:
        return s.news_extra[n - s.news_base]
    rng = random.Random(f"{s.seed}:{s.index}:news:{n}")
    return base_date(s) - dt.timedelta(days=1 + n * 6 + rng.randint(0, 4))


def news_title(s: SiteSpec, n: int) -> str:
    rng = random.Random(f"{s.seed}:{s.index}:newstitle:{n}")
    place = rng.choice(C.region_names(0)[:200]).split()[0] + " " + rng.choice(("Hilir", "Hulu", "Ilir", "Ulu", "Baru"))
    return rng.choice(C.NEWS_TITLES).format(place=place, year=news_date(s, n).year, n=rng.randint(1, 4))


def news_order(s: SiteSpec) -> list[int]:
    """Article numbers, newest first."""
    return list(range(s.news_count - 1, s.news_base - 1, -1)) + list(range(s.news_base))


def news_article(s: SiteSpec, n: int) -> str:
    rng = random.Random(f"{s.seed}:{s.index}:newsbody:{n}")
    date = news_date(s, n)
    body = [("p", f"Diposting: {C.fmt_date(date, rng.choice(('weekday', 'weekday_time', 'long')), s.tz)} | "
                  f"Admin PPID | {rng.randint(10, 900)} views")]
    body += [("p", t) for t in C.paragraphs(rng, 3)]
    return render_shell(s, news_title(s, n), _blocks(s, body), ("Beranda", "Berita", news_title(s, n)))


def news_list(s: SiteSpec, page: int) -> str:
    order = news_order(s)
    chunk = order[(page - 1) * NEWS_PER_PAGE: page * NEWS_PER_PAGE]
    items = "".join(f'<article class="post"><h2 class="entry-title"><a href="{_e(news_key(s, n))}">{_e(news_title(s, n))}'
                    f'</a></h2><span class="posted-on">{_e(C.fmt_date(news_date(s, n), s.date_style, s.tz))}</span>'
                    "</article>" for n in chunk)
    pager = ""
    if page < news_list_pages(s):
        pager += f'<a class="next page-numbers" href="{_e(news_list_key(s, page + 1))}">Berikutnya &raquo;</a>'
    if page > 1:
        pager = f'<a class="prev page-numbers" href="{_e(news_list_key(s, page - 1))}">&laquo; Sebelumnya</a>' + pager
    return render_shell(s, "Berita", items + f'<nav class="pagination">{pager}</nav>', ("Beranda", "Berita"))


# --------------------------------------------------------------------------- blocks


def _date(s: SiteSpec, d: dt.date) -> str:
    return C.fmt_date(d, s.date_style, s.tz)


def _docs(s: SiteSpec, paths: list[str]) -> str:
    docs = [s.docs[p] for p in paths if p in s.docs]
    if s.layout in ("laravel", "portal"):
        # Laravel and CodeIgniter themes list documents in a jQuery DataTables table
        rows = "".join(f"<tr><td>{i}</td><td>{_e(d.title)}</td><td>{_e(_date(s, d.date))}</td>"
                       f'<td><a href="{_e(d.path)}" class="btn btn-sm btn-primary" target="_blank">Unduh</a></td></tr>'
                       for i, d in enumerate(docs, 1))
        info = (f"Menampilkan 1 sampai {len(docs)} dari {len(docs)} entri" if s.layout == "portal"
                else f"Showing 1 to {len(docs)} of {len(docs)} entries")
        return ('<div class="dataTables_wrapper"><table class="table table-striped dataTable"><thead><tr><th>No</th>'
                f"<th>Judul Dokumen</th><th>Tanggal</th><th>Aksi</th></tr></thead><tbody>{rows}</tbody></table>"
                f'<div class="dataTables_info" role="status">{info}</div></div>')
    cls = "wp-block-file" if s.layout == "wordpress" else "dokumen"
    return f'<ul class="{cls}">' + "".join(
        f'<li><a href="{_e(d.path)}">{_e(d.title)}</a> <span class="date">{_e(_date(s, d.date))}</span></li>'
        for d in docs) + "</ul>"


def _table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<div class="table-responsive"><table class="table table-bordered"><caption>{_e(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


_EMPTY_ROW = {"tidak_ada_data": "Tidak ada data", "datatables_en": "No data available in table",
              "datatables_id": "Tidak ada data yang tersedia pada tabel ini"}
_EMPTY_INFO = {"datatables_en": "Showing 0 to 0 of 0 entries", "datatables_id": "Menampilkan 0 sampai 0 dari 0 entri"}


def _datatable(caption: str, headers: list[str], rows: list[list[str]], style: str = "") -> str:
    """A DataTables listing (jQuery DataTables markup as CodeIgniter/Laravel themes print it); with no
    rows it shows the ``style`` of empty state: headers only, "Tidak ada data" or DataTables' own."""
    head = "".join(f'<th class="sorting">{_e(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    if not rows and style in _EMPTY_ROW:
        body = f'<tr class="odd"><td valign="top" colspan="{len(headers)}" class="dataTables_empty">{_e(_EMPTY_ROW[style])}</td></tr>'
    n = len(rows)
    info = _EMPTY_INFO.get(style, f"Showing {1 if n else 0} to {n} of {n} entries")
    return (f'<div class="dataTables_wrapper"><h4>{_e(caption)}</h4><table class="table table-striped dataTable" id="tabel-data">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f'<div class="dataTables_info" role="status">{_e(info)}</div></div>')


def _form(action: str, fields: list[tuple[str, str, str]]) -> str:
    out = [f'<form method="post" action="{_e(action)}" enctype="multipart/form-data">',
           '<input type="hidden" name="csrf_test_name" value="3f9a1c0d8e">']
    for name, kind, label in fields:
        out.append(f'<div class="form-group"><label for="{name}">{_e(label)}</label>')
        if kind == "textarea":
            out.append(f'<textarea id="{name}" name="{name}" class="form-control"></textarea>')
        elif kind == "select":
            out.append(f'<select id="{name}" name="{name}" class="form-control"><option>Melihat/Membaca</option>'
                       "<option>Mendapatkan Salinan (softcopy)</option></select>")
        else:
            out.append(f'<input type="{kind}" id="{name}" name="{name}" class="form-control">')
        out.append("</div>")
    out.append('<button type="submit" class="btn btn-primary">Kirim</button></form>')
    return "".join(out)


def _tabs(s: SiteSpec, blocks: list[tuple[Any, ...]], key: str) -> str:
    """Laravel/Bootstrap sites put each sub-heading in a tab (all panes are in the HTML)."""
    head: list[tuple[Any, ...]] = []
    panes: list[tuple[str, list[tuple[Any, ...]]]] = []
    for block in blocks:
        if block[0] == "h3":
            panes.append((block[1], []))
        elif panes:
            panes[-1][1].append(block)
        else:
            head.append(block)
    nav = "".join(f'<li class="nav-item"><button class="nav-link{" active" if i == 0 else ""}" data-bs-toggle="tab" '
                  f'data-bs-target="#tab-{i}" type="button" role="tab">{_e(title)}</button></li>'
                  for i, (title, _) in enumerate(panes))
    body = "".join(f'<div class="tab-pane fade{" show active" if i == 0 else ""}" id="tab-{i}" role="tabpanel">'
                   f"<h3>{_e(title)}</h3>{_blocks(s, inner, key, tabs=False)}</div>" for i, (title, inner) in enumerate(panes))
    return (_blocks(s, head, key, tabs=False) + f'<ul class="nav nav-tabs" role="tablist">{nav}</ul>'
            f'<div class="tab-content">{body}</div>')


def _blocks(s: SiteSpec, blocks: list[tuple[Any, ...]], key: str = "", *, tabs: bool = True) -> str:
    if tabs and s.layout == "laravel" and sum(b[0] == "h3" for b in blocks) >= 3:
        return _tabs(s, blocks, key)
    out = []
    for block in blocks:
        kind = block[0]
        if kind in ("p", "h2", "h3"):
            out.append(f"<{kind}>{_e(block[1])}</{kind}>")
        elif kind == "docs":
            out.append(_docs(s, block[1]))
        elif kind == "table":
            out.append(_table(block[1], block[2], block[3]))
        elif kind == "datatable":
            out.append(_datatable(block[1], block[2], block[3], block[4] if len(block) > 4 else ""))
        elif kind == "pager":
            n, total = block[1], block[2]
            base = key.split("?")[0]
            links = "".join(f'<li class="page-item{" active" if i == n else ""}"><a class="page-link" '
                            f'href="{_e(base if i == 1 else f"{base}?page={i}")}">{i}</a></li>' for i in range(1, total + 1))
            out.append(f'<nav><ul class="pagination">{links}</ul></nav>')
        elif kind == "form":
            out.append(_form(block[1], block[2]))
        elif kind == "iframe":
            out.append(f'<iframe src="{_e(block[1])}" width="100%" height="600" frameborder="0"></iframe>')
        elif kind == "img":
            out.append(f'<p><img src="{_e(block[1])}" alt="{_e(block[2])}" class="img-fluid"></p>')
        elif kind == "links":
            out.append("<ul>" + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in block[1]) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{_e(t)}</li>" for t in block[1]) + "</ol>")
        elif kind == "notices":
            out.append("".join(f'<article class="notice"><h3>{_e(t)}</h3><span class="date">{_e(_date(s, d))}</span>'
                               f"<p>{_e(x)}</p></article>" for t, d, x in block[1]))
        elif kind == "dead":
            out.append(f'<p><a href="#" class="btn btn-success"><i class="fa fa-download"></i> {_e(block[1])}</a></p>')
    return "".join(out)


# --------------------------------------------------------------------------- chrome


def _href(s: SiteSpec, href: str) -> str:
    """Static sites link relatively ("informasi-berkala.html"); the others root-relative."""
    if s.layout == "static" and href.endswith(".html") and href.count("/") == 1:
        return href[1:]
    return href


def render_nav(s: SiteSpec) -> str:
    """The site's main menu, in its CMS's markup."""
    home = s.start_path
    if s.layout == "wordpress":
        items = [f'<li class="menu-item"><a href="{home}">Beranda</a></li>']
        for group, entries in s.menu:
            if len(entries) == 1 and entries[0][0] == group:
                items.append(f'<li class="menu-item"><a href="{_e(entries[0][1])}">{_e(group)}</a></li>')
                continue
            sub = "".join(f'<li class="menu-item"><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in entries)
            items.append(f'<li class="menu-item menu-item-has-children"><a href="#">{_e(group)}</a>'
                         f'<ul class="sub-menu">{sub}</ul></li>')
        return f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{"".join(items)}</ul></nav>'
    if s.layout in ("laravel", "portal"):
        items = [f'<li class="nav-item"><a class="nav-link" href="{home}">Beranda</a></li>']
        for group, entries in s.menu:
            if len(entries) == 1 and entries[0][0] == group:
                items.append(f'<li class="nav-item"><a class="nav-link" href="{_e(entries[0][1])}">{_e(group)}</a></li>')
                continue
            sub = "".join(f'<li><a class="dropdown-item" href="{_e(h)}">{_e(t)}</a></li>' for t, h in entries)
            items.append(f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" '
                         f'data-bs-toggle="dropdown">{_e(group)}</a><ul class="dropdown-menu">{sub}</ul></li>')
        cls = "navbar navbar-expand-lg navbar-dark bg-primary" + (" ppid-nav" if s.layout == "portal" else "")
        return (f'<nav class="{cls}"><div class="container"><a class="navbar-brand" href="{home}">PPID</a>'
                f'<ul class="navbar-nav me-auto">{"".join(items)}</ul></div></nav>')
    items = ['<li><a href="index.html">Beranda</a></li>']
    for group, entries in s.menu:
        sub = "".join(f'<li><a href="{_e(_href(s, h))}">{_e(t)}</a></li>' for t, h in entries)
        items.append(f"<li>{_e(group)}<ul>{sub}</ul></li>" if len(entries) > 1 or entries[0][0] != group
                     else f'<li><a href="{_e(_href(s, entries[0][1]))}">{_e(group)}</a></li>')
    return f'<div id="menu"><ul>{"".join(items)}</ul></div>'


def _search(s: SiteSpec) -> str:
    if not s.search and s.search_popup:
        # a theme's search pop-up that nothing handles: its form posts to "#"
        return ('<a href="#" class="search-toggle"><i class="fa fa-search"></i></a><div class="search-popup" '
                'style="display:none"><form action="#" method="get"><input type="text" name="s" '
                'placeholder="Ketik kata kunci..."><button type="submit">Cari</button></form></div>')
    if not s.search:
        return ""
    if s.layout == "wordpress":
        return ('<form role="search" method="get" class="search-form" action="/"><label>Pencarian '
                '<input type="search" class="search-field" name="s"></label><input type="submit" value="Cari"></form>')
    return (f'<form class="d-flex" action="{s.prefix}/cari" method="get"><input class="form-control" type="search" '
            'name="q" placeholder="Cari informasi..."><button class="btn" type="submit">Cari</button></form>')


def _sidebar(s: SiteSpec) -> str:
    latest = news_order(s)[:3]
    out = ['<aside class="sidebar"><h4>Berita Terbaru</h4><ul>']
    out += [f'<li><a href="{_e(news_key(s, n))}">{_e(news_title(s, n))}</a></li>' for n in latest]
    out.append("</ul>")
    if s.sidebar:
        out.append("<h4>Tautan</h4><ul>" + "".join(f'<li><a href="{_e(h)}">{_e(t)}</a></li>' for t, h in s.sidebar) + "</ul>")
    if s.lapor_link:
        text, href = s.lapor_link
        if text.startswith("img:"):
            out.append(f'<a href="{href}" target="_blank"><img src="{s.prefix}/upload/lapor/bannerlapor.png" '
                       f'alt="{_e(text[4:])}"></a>')
        else:
            out.append(f'<p><a href="{href}" target="_blank">{_e(text)}</a></p>')
    out.append("</aside>")
    return "".join(out)


def _footer(s: SiteSpec) -> str:
    f = s.footer
    parts = [f"<p><strong>PPID {_e(s.name)}</strong><br>{_e(f.get('address', ''))}</p>"]
    if "phone" in f:
        parts.append(f"<p>Telp/Fax {_e(f['phone'])} | Email: {_e(f['email'])}</p>")
    if "hours" in f:
        parts.append(f"<p>{_e(f['hours'])}</p>")
    if s.private_links:
        parts.append("<p>" + " | ".join(f'<a href="{h}">{_e(t)}</a>' for t, h in s.private_links) + "</p>")
    parts.append(f"<p>© {s.today.year} PPID {_e(s.name)} – All rights reserved.</p>")
    return f'<footer class="site-footer">{"".join(parts)}</footer>'


def render_shell(s: SiteSpec, title: str, main: str, crumbs: tuple[str, ...], *, charset: bool = True) -> str:
    """A complete page of ``s`` around ``main`` (menu, breadcrumbs, sidebar, footer)."""
    if s.js_nav:
        # the fragment lives under the site's own prefix (a /ppid/ portal's assets are under /ppid/)
        nav = (f'<nav id="navbar-placeholder"></nav><script>fetch(\'{s.prefix}/komponen/navbar.html\').then(r => r.text())'
               ".then(h => { document.getElementById('navbar-placeholder').innerHTML = h; });</script>")
    else:
        nav = render_nav(s)
    if s.layout in ("laravel", "portal"):
        crumb = '<ol class="breadcrumb">' + "".join(f'<li class="breadcrumb-item">{_e(c)}</li>' for c in crumbs) + "</ol>"
    else:
        crumb = '<div class="breadcrumbs">' + " &raquo; ".join(_e(c) for c in crumbs) + "</div>"
    meta = '<meta charset="utf-8">' if charset else ""
    if s.layout == "static":
        # its menu links relatively ("profil-ppid.html"); without this, every news page under /berita/
        # would link /berita/profil-ppid.html, a 404 the truth does not list
        meta += '<base href="/">'
    top = ""
    if s.layout == "portal":
        top = ('<div class="topbar"><a href="/">Website Resmi</a> | <a href="/pemerintahan/visi-misi">Pemerintahan</a> | '
               '<a href="/pariwisata">Pariwisata</a> | <a href="/berita-daerah">Berita Daerah</a></div>')
    return (f'<!DOCTYPE html><html lang="id"><head>{meta}<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_e(title)} &#8211; PPID {_e(s.name)}</title></head><body>{top}"
            f'<header class="site-header"><h1 class="site-title"><a href="{s.start_path}">PPID {_e(s.name)}</a></h1>'
            f"{_search(s)}</header>{nav}{crumb}"
            f'<div class="container"><main id="main" class="content">{main}</main>{_sidebar(s)}</div>'
            f"{_footer(s)}</body></html>")


def render_page(s: SiteSpec, page: PageSpec) -> str:
    """A stored page (the home page gets the welcome and the latest news)."""
    if page.key == s.start_path:
        parts = [f"<h2>Selamat Datang di PPID {_e(s.name)}</h2>",
                f"<p>{_e(C.FILLER[0])} {_e(C.FILLER[2])}</p>"]
        if s.law_paragraph:
            parts.append(f"<p>{_e(C.LAW_PARAGRAPH)}</p>")
        if page.blocks:  # sections a pitfall put on the home page (farm/pitfalls.py)
            parts.append(_blocks(s, page.blocks, page.key, tabs=False))
        parts.append("<h3>Berita Terbaru</h3><ul>" + "".join(
            f'<li><a href="{_e(news_key(s, n))}">{_e(news_title(s, n))}</a> '
            f"<small>{_e(_date(s, news_date(s, n)))}</small></li>" for n in news_order(s)[:5]) + "</ul>")
        parts.append(f'<p><a href="{_e(news_list_key(s, 1))}">Indeks Berita</a></p>')
        return render_shell(s, "Beranda", "".join(parts), page.crumbs, charset=page.encoding != "latin1-nocharset")
    main = f'<h1 class="entry-title">{_e(page.title)}</h1>' + _blocks(s, page.blocks, page.key)
    return render_shell(s, page.title, main, page.crumbs, charset=page.encoding != "latin1-nocharset")


PORTAL_PAGES = {
    "/": ("Beranda", "Selamat datang di website resmi {name}."),
    "/pemerintahan/visi-misi": ("Visi dan Misi", "Visi dan misi {name} periode 2025-2030."),
    "/pariwisata": ("Pariwisata", "Destinasi wisata unggulan di wilayah {name}."),
    "/berita-daerah": ("Berita Daerah", "Kumpulan berita kegiatan {name}."),
}


def render_portal(s: SiteSpec, path: str) -> str:
    """A page of the pemda site around a portal site's /ppid/ section (out of the PPID's scope)."""
    title, text = PORTAL_PAGES[path]
    links = "".join(f'<li><a href="{k}">{_e(t)}</a></li>' for k, (t, _) in PORTAL_PAGES.items())
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{_e(title)} - {_e(s.name)}</title></head>'
            f'<body><nav class="navbar"><ul class="navbar-nav">{links}<li><a href="/ppid/">PPID</a></li></ul></nav>'
            f"<main><h1>{_e(title)}</h1><p>{_e(text.format(name=s.name))}</p>"
            f'<p><a href="/ppid/">Layanan Informasi Publik (PPID)</a></p></main>'
            f"<footer>&copy; {s.today.year} {_e(s.name)}</footer></body></html>")

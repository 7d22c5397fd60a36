"""The page model: an HTML response parsed once into a ``Page``.

``parse_page(fetch, body)`` decodes the bytes (``decode.py``), parses them with
selectolax's Lexbor backend and walks the tree once for the visible text,
headings and links (with their navigation context and menu path).  Tables,
forms, breadcrumbs and meta tags are read with CSS selectors afterwards (they
are few).  It never raises: broken HTML, binary junk and empty bodies give a
(possibly empty) ``Page``.

Decisions checks rely on:

* ``Link.in_nav``: inside ``nav``, ``[role=navigation]``, a page ``header``
  (not an ``article``'s header), an element whose class is a menu class
  (``menu``, ``navbar``, ``nav``, ``dropdown-menu``, ``sub-menu``, ``*-menu``,
  ``menu-*``...) or ``#menu``; never inside ``footer`` (or ``#footer``).
* ``Link.menu_path``: the labels of the enclosing menu items (``li``, a
  Bootstrap ``.dropdown``, an Alpine ``x-data`` block other than the ``<nav>``
  itself, a Tailwind ``group`` whose panel shows on ``group-hover:``, a
  mega-menu column whose heading sits right above its list), outermost
  first, without the link's own item.
* ``Table.caption``: its ``<caption>``, else a heading just before it among
  its siblings, else a short label block right before it (a tab pane's
  header), else a heading one or two levels up.
* Visible text skips ``script``, ``style``, ``noscript``, ``template``,
  ``[hidden]`` and inline ``display:none``/``visibility:hidden`` (but not an Alpine ``x-collapse`` panel, an
  accordion's answer shown by a click, nor a React Flow node, hidden until the browser measures it); links inside hidden parts are still collected (dropdowns are hidden
  until hovered).
* Script links: an element that is not a link but opens one when clicked (a ``<tr onclick="showPreview('/dok/DIP
  2024.pdf', ...)">`` row, a ``<div onclick="window.open(...)">`` card, a menu ``<span onclick="location.href=...">``,
  a ``data-href``) is a ``Link`` (tag ``a``, ``raw_href`` the target as written) named by its own text, with the
  menu context of an anchor; also in its table's ``links``.  Handlers naming no literal target are not links.
* ``dead_anchor_count``: the number of ``href="#"`` anchors (and ``href="/#"``
  ones whose text is not the home page's: 'Beranda', a logo) that are not
  menu toggles (no ``data-toggle``, ``onclick`` or ``dropdown-toggle``) and
  have a text, and of links to a developer's or intranet host
  (``http://127.0.0.1:8000/...``, ``*.test``, ``192.168.*``) on a public page:
  no visitor can open them; ``dead_anchor_texts`` their texts.
* ``content_images``: the ``<img>`` outside menus and footers whose file name
  is not decoration (logo, icon, banner...) and that is not a stand-in
  (placehold.co, an alt 'tidak tersedia'), as ``Image(url, alt)``.
* ``js_redirect``: the target of a ``window.location`` redirect;
  ``meta["refresh"]`` the content of a ``<meta http-equiv=refresh>`` (``meta``
  holds the page's own meta tags only).
* ``script_tables``: an inline script fills a DataTables table from the
  server (``ajax``/``serverSide``): its rows are not in the HTML.
"""

from __future__ import annotations

import bisect
import datetime as dt
import email.utils
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from html import escape as html_escape
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dates import find_dates, find_dates_with_offsets, is_bare_year
from .decode import decode_html
from .models import Fetch, Form, FormField, FoundDate, Heading, Image, Link, Page, Table
from .urls import file_kind, file_name, is_asset, is_developer_address, is_document_url, join, origin

__all__ = ["JS_REASONS", "has_skeleton", "parse_html", "parse_page"]

MAX_TEXT = 300_000
# HTML characters given to the parser at most. Lexbor's tree of a listing of tiny rows is ~22x its HTML (the
# farm's 5 MB archive page: a 110 MB tree, 147 MB of RSS the allocator kept), so a page is read to its first
# 2 M characters, cut at a tag's end; a real page is 30-300 KB. Inline pictures (data: URIs, base64) are
# emptied first: they are text in an attribute, megabytes in pasted content, and nothing a check reads.
MAX_PARSE_CHARS = 2_000_000
_DATA_URI = re.compile(r"""data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=\s]{200,}""", re.I)
MAX_LINKS = 5_000
MAX_TABLE_ROWS = 500
MAX_CELL = 300
MAX_DATES = 200
NEAR_HEADING = 400  # characters after a heading whose dates belong to it

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "select"})
_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr td th table h1 h2 h3 h4 h5 h6 section article header footer nav aside main "
    "form label option dd dt dl blockquote pre hr figure figcaption caption tbody thead address button".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_NAV_CLASSES = frozenset(
    "menu navbar nav navigation dropdown-menu sub-menu submenu navbar-nav main-menu mainmenu "
    "nav-menu mega-menu megamenu primary-menu topmenu top-menu sidebar-menu menubar".split()
)
_FOOTER_WORDS = frozenset({"footer", "site-footer", "page-footer", "main-footer"})
_LABEL_TAGS = frozenset({"a", "span", "button", "summary", "strong", "b", "label", "p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "i"})
_WS = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_BOLD_TAGS = ("strong", "b")


def _bold_title(node: LexborNode) -> str:
    """The text of a paragraph that is one short bold line (a title typed in a rich-text editor), or ""."""
    if node.css_first("strong, b") is None:  # (most paragraphs: no bold, nothing to read)
        return ""
    text = _clean(node.text(deep=True, separator=" "), 200)
    if not 3 < len(text) <= 120 or text.endswith((".", ",", ";")) or node.css_first("a, img, br") is not None:
        return ""
    bold = [b for b in node.css("strong, b") if not any(p.tag in _BOLD_TAGS for p in _parents_until(b, node))]
    return text if bold and _clean(" ".join(b.text(deep=True, separator=" ") for b in bold), 200) == text else ""


# a section's label set over its heading ('<p class="text-uppercase small">Maklumat Pelayanan</p><h3>Dengan ini kami
# menyatakan:</h3>'): an eyebrow, kicker or overline line, by its class
_KICKER_CLASS = re.compile(r"uppercase|eyebrow|kicker|overline|pretitle|pre-title|tagline|subheading|section-(?:label|tag)", re.I)


def _kicker_title(node: LexborNode, attrs: dict[str, str | None]) -> str:
    """The text of a short paragraph styled as a label over the heading that follows it, or ""."""
    if not _KICKER_CLASS.search(attrs.get("class") or ""):
        return ""
    nxt = node.next
    while nxt is not None and nxt.tag in ("-text", "-comment"):
        nxt = nxt.next
    if nxt is None or nxt.tag not in _HEADINGS:
        return ""
    text = _clean(node.text(deep=True, separator=" "), 200)
    return text if 3 < len(text) <= 80 and not text.endswith((".", ",", ";", ":")) and node.css_first("a, img") is None else ""


# a title written as a bold inline element of its own line, over the paragraph or list it names
# ('<span class="text-bold">PROFIL DAN TUGAS FUNGSI PPID</span><p>...</p>'): a heading by its class and place
_BOLD_CLASS = re.compile(r"(?:^|\s)(?:text-bold|fw-bold|font-bold|bold|fw-semibold|font-semibold|text-title)(?:\s|$)", re.I)
_TITLED_BLOCKS = frozenset({"p", "ol", "ul", "table", "img", "figure", "div", "dl"})


def _styled_title(node: LexborNode, attrs: dict[str, str | None]) -> str:
    """The text of an inline element styled bold by its class that stands alone on its line, right before a
    paragraph, list, table or picture (the element after it is a block; no text beside it), or ""."""
    if not _BOLD_CLASS.search(attrs.get("class") or ""):
        return ""
    up = node.parent
    if up is not None and up.tag in ("button", "a", "label", "summary", "th", "td", "li", "option"):
        return ""  # a toggle's or a cell's label, not a title of what follows
    for step in ("prev", "next"):
        sib = getattr(node, step)
        while sib is not None and (sib.tag == "-comment" or (sib.tag == "-text" and not (sib.text_content or "").strip())):
            sib = getattr(sib, step)
        if step == "prev" and sib is not None and sib.tag not in _BLOCK_TAGS:
            return ""
        if step == "next" and (sib is None or sib.tag not in _TITLED_BLOCKS or (
                sib.tag == "div" and not (sib.text(deep=True) or "").strip())):
            return ""
    text = _clean(node.text(deep=True, separator=" "), 200)
    return text if 3 < len(text) <= 120 and not text.endswith((".", ",", ";")) and node.css_first("a, img, br") is None else ""


def _parents_until(node: LexborNode, top: LexborNode) -> list[LexborNode]:
    out: list[LexborNode] = []
    p = node.parent
    while p is not None and p.mem_id != top.mem_id:
        out.append(p)
        p = p.parent
    return out


def _clean(text: str | None, cap: int = 1000) -> str:
    if not text:
        return ""
    return _WS.sub(" ", text).strip()[:cap]


_POPUP_CLASSES = frozenset({"modal", "popup", "search-popup", "search_popup", "overlay", "search-overlay", "offcanvas",
                            "search-modal", "search-box-popup", "popup-search", "search-wrap-popup"})


def _in_popup(node: LexborNode) -> bool:
    """Whether ``node`` sits in a container hidden until clicked (inline display:none, a modal/pop-up class)."""
    p = node.parent
    for _ in range(6):
        if p is None or p.tag in ("body", "html"):
            return False
        a = p.attributes
        style = (a.get("style") or "").replace(" ", "").lower()
        classes = set((a.get("class") or "").lower().split())
        if "display:none" in style or classes & _POPUP_CLASSES:
            return True
        p = p.parent
    return False


# --------------------------------------------------------------------------- the walk


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What a subtree inherits from its ancestors during the walk."""

    nav: bool = False
    footer: bool = False
    hidden: bool = False
    article: bool = False
    menu: tuple[str, ...] = ()
    label_id: int = 0  # mem_id of the innermost menu item's label element
    in_label: bool = False


_ROOT = _Ctx()


_NAV_IDS = frozenset({"menu", "nav", "navbar", "navigation", "main-menu", "mainmenu", "primary-menu"})
_NAV, _FOOTER, _DROPDOWN = 1, 2, 4


@functools.lru_cache(maxsize=4096)
def _class_flags(cls: str) -> int:
    """Nav / footer / dropdown bits of a class attribute (class strings repeat a lot)."""
    flags = 0
    for c in cls.lower().split():
        if c in _NAV_CLASSES or c.endswith(("-menu", "_menu", "-nav", "-navbar")) or c.startswith(("menu-", "navbar-", "nav-")):
            flags |= _NAV
        if c in _FOOTER_WORDS:
            flags |= _FOOTER
        if c in ("dropdown", "dropdown-submenu"):
            flags |= _DROPDOWN
    return flags


def _attr_flags(tag: str, attrs: dict[str, str | None], article: bool) -> int:
    """Nav / footer / dropdown bits of one element."""
    flags = 0
    if tag == "nav" or (tag == "header" and not article):
        flags |= _NAV
    elif tag == "footer":
        flags |= _FOOTER
    if not attrs:
        return flags
    cls = attrs.get("class")
    if cls:
        flags |= _class_flags(cls)
    ident = attrs.get("id")
    if ident:
        ident = ident.lower()
        if ident in _NAV_IDS:
            flags |= _NAV
        elif ident in _FOOTER_WORDS:
            flags |= _FOOTER
    role = attrs.get("role")
    if role:
        role = role.lower()
        if role == "navigation":
            flags |= _NAV
        elif role == "contentinfo":
            flags |= _FOOTER
    return flags


def _item_label(node: LexborNode) -> tuple[str, int]:
    """The label of a menu item: its own first link/span text (and that node's id)."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text = _clean(child.text_content, 100)
            if text:
                return text, 0
            continue
        if tag in ("ul", "ol", "-comment"):
            continue
        label_node = child if tag in _LABEL_TAGS else child.css_first("a, span, button")
        if label_node is None:
            continue
        text = _clean(label_node.text(deep=True, separator=" "), 100) or _clean(label_node.attributes.get("title"), 100)
        if text:
            return text, child.mem_id
    return "", 0


def _hover_group(node: LexborNode, tag: str, attrs: dict[str, str | None]) -> bool:
    """A Tailwind hover dropdown: ``<div class="relative group">`` over a label and a panel shown by
    ``group-hover:block`` (the label is often an ``<a>`` without href)."""
    cls = attrs.get("class") if attrs and tag == "div" else None
    if not cls or not any(c == "group" or c.startswith("group/") for c in cls.split()):
        return False
    return node.css_first('[class*="group-hover:"]') is not None


def _heading_group(node: LexborNode, tag: str) -> str:
    """A mega-menu column: a ``<div>``/``<section>`` whose first element is a heading (``<h3>Informasi
    Berkala</h3>``) over a list of links; the heading is the label of the links below it."""
    if tag not in ("div", "section"):
        return ""
    first = node.child
    while first is not None and first.tag in ("-text", "-comment"):
        first = first.next
    if first is None or first.tag not in _HEADINGS or first.css_first("a") is not None:
        return ""
    rest = first.next
    while rest is not None and rest.tag in ("-text", "-comment"):
        rest = rest.next
    if rest is None or rest.tag not in ("ul", "ol"):
        return ""
    return _clean(first.text(deep=True, separator=" "), 100)


def _anchor_text(node: LexborNode, attrs: dict[str, str | None]) -> str:
    text = _clean(node.text(deep=True, separator=" "), 500)
    if text:
        return text
    img = node.css_first("img")
    if img is not None:
        ia = img.attributes
        text = _clean(ia.get("alt") or ia.get("title"), 500)
        if text:
            return text
    return _clean(attrs.get("title") or attrs.get("aria-label"), 500)


_LINK_ATTR = {"a": "href", "area": "href", "iframe": "src", "embed": "src", "object": "data", "frame": "src"}

# a card's button that names nothing of its own ('Lihat Selengkapnya', 'Lihat Detail', 'Klik Detail', 'Read more')
_MORE_LABEL = re.compile(r"(?:(?:lihat|baca|tampilkan|klik)\s+(?:selengkapnya|detail|detil|dokumen|file|berkas)|selengkapnya|read more|"
                         r"view details?|lihat|detail)\s*[\u00bb\u2192>]?", re.I)


def _card_title(node: LexborNode, text: str) -> str:
    """The title of the card a 'Lihat Selengkapnya' button closes, when the card has no heading of its own (a
    '<p class=font-semibold>Daftar Informasi Secara Berkala</p>' over the button): the card's one short line
    of other text; "" otherwise (a heading names the card to the checks already)."""
    if not _MORE_LABEL.fullmatch(text):
        return ""
    box = node.parent
    for _ in range(4):
        if box is None or box.tag in ("body", "html", "nav", "header", "footer", "li", "tr", "td", "ul", "table"):
            return ""
        if len({n.mem_id for n in box.css("a[href], button, [onclick]")}) > 1:
            return ""  # more than this button: not one card
        if box.css_first("h1, h2, h3, h4, h5, h6") is not None:
            return ""
        # (a leaf block: lexbor's css() counts the node itself among its matches)
        lines = [t for n in box.css("p, span, div, strong, b")
                 if all(x.mem_id == n.mem_id for x in n.css("p, span, div, strong, b, a, button"))
                 and (t := _clean(n.text(), 200)) and t != text and not _MORE_LABEL.fullmatch(t)]
        if lines:
            first = lines[0]
            return first if 4 <= len(first) <= 150 else ""
        box = box.parent
    return ""


def _make_link(node: LexborNode, tag: str, attrs: dict[str, str | None], base: str, ctx: _Ctx) -> Link | None:
    raw = attrs.get(_LINK_ATTR[tag])
    url = join(raw, base)
    if url is None:
        return None
    if tag in ("a", "area"):
        text = _anchor_text(node, attrs) if tag == "a" else _clean(attrs.get("alt") or attrs.get("title"), 500)
        if tag == "a" and not ctx.nav:
            text = _card_title(node, text) or text
    else:
        text = _clean(attrs.get("title") or attrs.get("aria-label") or attrs.get("name"), 500)
    path = ctx.menu if ctx.nav else ()
    if path and (ctx.in_label or node.mem_id == ctx.label_id or path[-1] == text):
        path = path[:-1]
    return Link(url=url, text=text, tag=tag, in_nav=ctx.nav, menu_path=path, raw_href=(raw or "").strip()[:2000])


# --------------------------------------------------------------------------- script links

# a navigation the handler makes itself: location(.href) = '...', location.assign/replace('...'), window.open('...')
_SCRIPT_NAV = re.compile(r"""(?:\blocation(?:\s*\.\s*href)?\s*=(?!=)\s*|\blocation\s*\.\s*(?:assign|replace)\s*\(\s*"""
                         r"""|\b(?:window|top|self|parent)\s*\.\s*open\s*\(\s*)(['"`])([^'"`\\]*)\1""")
_SCRIPT_LITERAL = re.compile(r"""'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\]*)`""")
_SCRIPT_DATA = ("data-href", "data-url", "data-link")
# elements whose data-url is a script's endpoint or configuration, never where a click goes
_NO_DATA_LINK = frozenset({"table", "tbody", "thead", "form", "input", "select", "textarea", "ul", "ol", "body", "html",
                           "script", "nav", "header", "footer", "main", "section", "iframe", "video", "audio", "source"})


def _concatenated(code: str, start: int, end: int) -> bool:
    """Whether the literal ``code[start:end]`` is a piece of a concatenation (``'/unduh/' + id``)."""
    before = code[:start].rstrip()
    after = code[end:].lstrip()
    return before.endswith("+") or after.startswith("+")


def _script_url(raw: str) -> bool:
    """A literal a handler names as where it goes: a document or picture path, or an absolute web address."""
    if not raw or "${" in raw:
        return False
    if raw.startswith(("http://", "https://", "//")):
        return True
    return "/" in raw and (is_document_url(raw) or file_kind(raw) == "image")


def _script_target(tag: str, attrs: dict[str, str | None]) -> str | None:
    """Where an element that is not a link goes when clicked, as written (``None`` when its handler names no
    literal target): the URL of ``location.href = '...'`` / ``location.assign(...)`` / ``window.open(...)``
    in its ``onclick``, else the first literal argument of another call there that is a document path or an
    absolute address (``showPreview('/dokumen/DIP 2024.pdf', ...)``), else a URL-ish ``data-href`` /
    ``data-url`` / ``data-link``."""
    code = attrs.get("onclick")
    if code:
        for m in _SCRIPT_NAV.finditer(code):
            raw = m.group(2).strip()
            if raw and "${" not in raw and not _concatenated(code, m.start(1), m.end()):
                return raw
        for m in _SCRIPT_LITERAL.finditer(code):
            raw = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            if _script_url(raw) and not _concatenated(code, m.start(), m.end()):
                return raw
    if tag not in _NO_DATA_LINK:
        for key in _SCRIPT_DATA:
            raw = (attrs.get(key) or "").strip()
            # a path or an address ('/', './', 'http://' all hold a slash), or a bare page name
            if raw and "${" not in raw and "{{" not in raw and ("/" in raw or raw.endswith((".html", ".htm", ".php", ".aspx"))):
                if not is_asset(raw) or file_kind(raw) == "image":  # not a script's JSON or a stylesheet
                    return raw
    return None


# a button the page's own script binds by its id to load a fragment into the page when clicked:
#   document.getElementById("btn-ltlp").addEventListener("click", function () { ... fetch("/ppid/laporan/...") ... })
#   $("#btn-ltlp").click(function () { $("#konten").load("/ppid/laporan/...") })
_CLICK_BINDING = re.compile(r"""(?:getElementById\(\s*['"]([\w-]+)['"]\s*\)|(?:\$|jQuery)\(\s*['"]#([\w-]+)['"]\s*\))\s*\.\s*"""
                            r"""(?:addEventListener\(\s*['"]click['"]\s*,|on\(\s*['"]click['"]\s*,|click\()""")
_LOADS_URL = re.compile(r"""(?:\bfetch|\.load|\.get)\(\s*(['"`])([^'"`\\$]+)\1""")


def _bind_click_loads(tree: LexborHTMLParser, inline: list[str]) -> None:
    """Mark each element the page's inline scripts (``inline``) bind by id to a click handler that loads one literal
    address into the page (``_CLICK_BINDING``: a tab row of ``javascript:void(0)`` buttons each fetching a fragment)
    with that address as its ``data-href``: a script link like any other.  The handler is the code up to the next
    binding; one that names no literal address, or several, marks nothing."""
    code = "\n".join(inline)
    marks = list(_CLICK_BINDING.finditer(code))
    for i, m in enumerate(marks):
        ident = m.group(1) or m.group(2)
        body = code[m.end(): marks[i + 1].start() if i + 1 < len(marks) else m.end() + 800][:800]
        urls = {x.group(2).strip() for x in _LOADS_URL.finditer(body)}
        if len(urls) != 1:
            continue
        node = tree.css_first(f"#{ident}") if re.fullmatch(r"[A-Za-z][\w-]*", ident) else None
        if node is not None and not _has_script_attr(node.attributes):
            node.attrs["data-href"] = urls.pop()


# a document viewer a page's own script mounts into an empty element: PDFObject.embed("/storage/SK PPID.pdf", "#pdf")
# (a PDF viewer library), or document.getElementById("viewer").src = "/files/dip.pdf"
_EMBED_CALL = re.compile(r"""PDFObject\.embed\(\s*(['"])([^'"\\$]+)\1\s*,\s*(['"])#?([A-Za-z][\w-]*)\3""")
_SRC_SET = re.compile(r"""getElementById\(\s*(['"])([A-Za-z][\w-]*)\1\s*\)\s*\.\s*(?:src\s*=|setAttribute\(\s*['"]src['"]\s*,)\s*(['"])([^'"\\$]+)\3""")


def _mount_script_embeds(tree: LexborHTMLParser, inline: list[str]) -> None:
    """Put in the element each document viewer of the page's inline scripts (``inline``) fills (``_EMBED_CALL``,
    ``_SRC_SET``) an ``<embed>`` of its document, as the script does in a browser: the page shows that file (a
    'SK PPID' page whose only content is the decree PDFObject embeds). A literal document path only."""
    code = "\n".join(inline)
    found = [(m.group(4), m.group(2).strip()) for m in _EMBED_CALL.finditer(code)]
    found += [(m.group(2), m.group(4).strip()) for m in _SRC_SET.finditer(code)]
    for ident, raw in found:
        if not raw or not is_document_url(raw):
            continue
        node = tree.css_first(f"#{ident}")
        if node is None or node.tag in ("embed", "iframe", "object"):
            continue
        embed = LexborHTMLParser("<embed>").css_first("embed")
        if embed is not None:
            embed.attrs["src"] = raw
            node.insert_child(embed)


# a pane a script shows one at a time (Alpine's x-show="tab === 'berkala'") and what a tab button sets
# (@click="tab = 'berkala'; ..."): a click that opens with that assignment names the pane it shows (an
# accordion's toggle, "active === '0' ? active = null : ...", opens and closes its own panel: not a tab)
_PANE_SHOWN = re.compile(r"""^\s*([A-Za-z_$][\w$.]*)\s*===?\s*(['"])([\w .:/-]{1,60})\2\s*$""")
_PANE_SET = re.compile(r"""\s*([A-Za-z_$][\w$.]*)\s*=\s*(['"])([\w .:/-]{1,60})\2\s*(?:;|$)""")


# an icon font's ligature ('<span class="material-symbols-outlined">folder_open</span>'): a glyph, not words
_ICON_FONT = ".material-icons, .material-icons-outlined, .material-icons-round, .material-icons-sharp, " \
             ".material-icons-two-tone, .material-symbols-outlined, .material-symbols-rounded, .material-symbols-sharp"
_LIGATURE = re.compile(r"[a-z0-9_]{2,40}")


def _drop_icon_ligatures(tree: LexborHTMLParser) -> None:
    """Remove the ligature names of icon-font glyphs (Material Icons / Symbols), which a visitor sees as a picture:
    'folder_open Info Setiap Saat' is the heading 'Info Setiap Saat'."""
    for node in tree.css(_ICON_FONT):
        if _LIGATURE.fullmatch(node.text(deep=True).strip()):
            node.decompose()


def _name_script_panes(tree: LexborHTMLParser) -> None:
    """Write, at the top of each pane of the page's content that a script shows when a button is pressed
    (Alpine: ``<button @click="sub = 'info_setiapsaat'">Info Setiap Saat</button>`` over ``<div x-show="sub ===
    'info_setiapsaat'">``), the button's label as the pane's heading, as a visitor sees it named once pressed.
    The panes are in the HTML already; only their names were in buttons the page model does not read."""
    panes: dict[tuple[str, str], LexborNode] = {}
    for node in tree.css("[x-show]"):
        m = _PANE_SHOWN.match(node.attributes.get("x-show") or "")
        if m is not None:
            panes.setdefault((m.group(1), m.group(3)), node)
    if not panes:
        return
    named: set[tuple[str, str]] = set()
    for b in tree.css("button, [role=tab], a"):
        a = b.attributes
        code = a.get("@click") or a.get("x-on:click") or ""
        m = _PANE_SET.match(code) if code else None
        if m is None or (key := (m.group(1), m.group(3))) not in panes or key in named:
            continue
        if any(x.tag in _TAB_OUT or (x.attributes.get("role") or "") == "navigation" for x in _ancestors(b)):
            continue
        label = _clean(b.text(deep=True, separator=" "), 80)
        if not 2 < len(label) <= 60:
            continue
        named.add(key)
        head = LexborHTMLParser(f'<h2 data-ppid-audit="pane-label">{html_escape(label)}</h2>').css_first("h2")
        pane = panes[key]
        if head is not None:
            if pane.child is not None:
                pane.child.insert_before(head)
            else:
                pane.insert_child(head)


def _has_script_attr(attrs: dict[str, str | None]) -> bool:
    return "onclick" in attrs or "data-href" in attrs or "data-url" in attrs or "data-link" in attrs


def _inside_link(node: LexborNode, base: str) -> bool:
    """Whether ``node`` sits in an ``<a href>`` that is a link of its own (its script would be a duplicate)."""
    p = node.parent
    while p is not None:
        if p.tag == "a" and join(p.attributes.get("href"), base) is not None:
            return True
        p = p.parent
    return False


def _holds_link(node: LexborNode, base: str) -> bool:
    """Whether an ``<a href>`` inside ``node`` is a link: what a visitor clicks there (a card's 'Baca', a row's
    'Unduh'), so the element's handler adds no link (a table keeps one link per row)."""
    return any(join(a.attributes.get("href"), base) is not None for a in node.css("a[href]"))


def _script_link(node: LexborNode, tag: str, attrs: dict[str, str | None], base: str, ctx: _Ctx) -> tuple[Link | None, str]:
    """The link an element's click handler or ``data-href`` names (``_script_target``), with the element's own
    text as its text, and the target as written; ``(None, "")`` when there is none (no target, an ``#`` or
    ``javascript:`` one, inside a link already, or holding one)."""
    raw = _script_target(tag, attrs)
    if raw is None:
        return None, ""
    url = join(raw, base)
    if url is None or _inside_link(node, base) or _holds_link(node, base):
        return None, ""
    if tag == "img":
        text = _clean(attrs.get("alt") or attrs.get("title") or attrs.get("aria-label"), 500)
    else:
        text = _anchor_text(node, attrs)
        if not ctx.nav:
            text = _card_title(node, text) or text
    path = ctx.menu if ctx.nav else ()
    if path and (ctx.in_label or node.mem_id == ctx.label_id or path[-1] == text):
        path = path[:-1]
    return Link(url=url, text=text, tag="a", in_nav=ctx.nav, menu_path=path, raw_href=raw[:2000]), raw


def _is_dead_anchor(attrs: dict[str, str | None], node: LexborNode | None = None) -> bool:
    href = (attrs.get("href") or "").strip()
    if href in ("/#", "/#!", "/#/") and node is not None:
        # the site root's empty fragment under a label that is not the home page's: a card 'Informasi Berkala'
        # whose link is '/#' reloads the home page, as '#' reloads its own (the home link and a logo are home)
        text = " ".join((node.text(deep=True) or "").split()).lower()
        if not text or text in _HOME_WORDS or node.css_first("img") is not None:
            return False
    elif href not in ("#", "#!", "#/"):
        return False
    if "onclick" in attrs or "data-toggle" in attrs or "data-bs-toggle" in attrs or "aria-haspopup" in attrs:
        return False
    if (attrs.get("role") or "").lower() == "button":
        return False
    return "toggle" not in (attrs.get("class") or "").lower()


_HOME_WORDS = frozenset({"beranda", "home", "halaman utama", "kembali", "kembali ke beranda", "back", "back to home"})


def _developer_link(attrs: dict[str, str | None]) -> bool:
    return is_developer_address(attrs.get("href") or "")


# a stand-in picture: an image placeholder service, or an alt text saying the picture is not there
_PLACEHOLDER_IMAGE_HOST = re.compile(r"^https?://(?:[\w-]+\.)*(?:placehold\.co|placehold\.it|placeholder\.com|placeholdit\.imgix\.net|dummyimage\.com|"
                                     r"fakeimg\.pl|picsum\.photos|lorempixel\.com|placekitten\.com|placeimg\.com)(?:[:/]|$)", re.I)
_MISSING_ALT = re.compile(r"\b(?:tidak|belum)\s+(?:tersedia|ada)\b|\bnot\s+available\b|\bno\s+image\b|\bimage\s+not\s+found\b", re.I)


def _placeholder_image(url: str, attrs: dict[str, str | None]) -> bool:
    return _PLACEHOLDER_IMAGE_HOST.match(url) is not None or _MISSING_ALT.search(attrs.get("alt") or "") is not None


# logos, icons, banners and spinners are decoration, not published content
_DECORATION = re.compile(r"logo|icon|favicon|banner|lapor|sp4n|avatar|spinner|loading|placeholder|blank|spacer|pixel|bg[-_.]|background|header|footer|button|btn[-_.]|arrow|social|facebook|twitter|instagram|youtube|whatsapp", re.I)


_CONTACT_HREF = re.compile(r"\s*(mailto|tel):\s*([^?#]+)", re.I)


@dataclass
class _Walk:
    """Accumulators of the single tree walk."""

    pieces: list[str]
    headings: list[tuple[Heading, int]]  # heading and index into pieces
    links: list[Link]
    dead: list[str]
    dead_count: int
    text_len: int
    images: list[Image] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)


def _walk(root: LexborNode, base: str) -> _Walk:
    out = _Walk(pieces=[], headings=[], links=[], dead=[], dead_count=0, text_len=0)
    public = not is_developer_address(base)  # a page served from a developer host links its own host
    stack: list[tuple[LexborNode | None, _Ctx]] = [(root, _ROOT)]
    pieces = out.pieces
    while stack:
        node, ctx = stack.pop()
        if node is None:  # end of a block element
            pieces.append(" ")
            continue
        tag = node.tag
        if tag == "-text":
            if not ctx.hidden and out.text_len < MAX_TEXT:
                t = node.text_content
                if t:
                    pieces.append(t)
                    out.text_len += len(t)
            continue
        if tag is None or tag.startswith("-"):  # comments, doctype
            continue
        attrs = node.attributes
        flags = _attr_flags(tag, attrs, ctx.article)
        footer = ctx.footer or bool(flags & _FOOTER)
        nav = not footer and (ctx.nav or bool(flags & _NAV))
        hidden = ctx.hidden or tag in _SKIP_TAGS
        if not hidden and attrs and ("hidden" in attrs or (attrs.get("style") and _HIDDEN_STYLE.search(attrs["style"] or "")
                                                           and "x-collapse" not in attrs
                                                           and "react-flow__node" not in (attrs.get("class") or ""))):
            # (an Alpine accordion's answer, 'x-collapse' with an inline display:none until its button is clicked,
            # is the page's text: an FAQ's 'tidak dipungut biaya'; so is a React Flow chart's node, sent with
            # visibility:hidden until the browser has measured it: an organisation chart's boxes)
            hidden = True
        article = ctx.article or tag == "article" or tag == "main"
        new = ctx
        if nav is not ctx.nav or footer is not ctx.footer or hidden is not ctx.hidden or article is not ctx.article:
            new = _Ctx(nav, footer, hidden, article, ctx.menu, ctx.label_id, ctx.in_label)
        if new.label_id and node.mem_id == new.label_id:
            new = _Ctx(new.nav, new.footer, new.hidden, new.article, new.menu, new.label_id, True)
        linked = False  # the element is a link (or a dead one) by its own href/src
        if tag in _LINK_ATTR:
            if tag == "a" and ((_is_dead_anchor(attrs, node) and not (_has_script_attr(attrs) and _script_target(tag, attrs)))
                               or (public and _developer_link(attrs))):
                linked = True
                text = _anchor_text(node, attrs)
                if text and not (new.nav and new.in_label):  # a menu parent, not a dead link
                    out.dead_count += 1
                    if len(out.dead) < 50:
                        out.dead.append(text[:80])
            elif len(out.links) < MAX_LINKS:
                link = _make_link(node, tag, attrs, base, new)
                if link is not None:
                    linked = True
                    out.links.append(link)
                elif tag == "a" and len(out.contacts) < 20 and (m := _CONTACT_HREF.match(attrs.get("href") or "")):
                    # an 'Email' / phone-icon link: the address is only in its mailto: / tel: target
                    out.contacts.append(unquote(m.group(2)).strip()[:120])
            if tag in ("iframe", "object", "embed", "frame"):
                continue
        elif tag == "option":
            value = attrs.get("value") or ""
            if "/" in value and (is_document_url(value) or value.lower().startswith(("http://", "https://"))):
                url = join(value, base)
                if url is not None and len(out.links) < MAX_LINKS:
                    out.links.append(Link(url=url, text=_clean(node.text(), 500), tag="option", in_nav=new.nav, raw_href=value.strip()[:2000]))
        elif tag == "img" and not (new.nav or new.footer or new.hidden) and len(out.images) < 50:
            src = attrs.get("src") or attrs.get("data-src") or ""
            url = join(src, base) if src and not src.startswith("data:") else None
            if url is not None and not _DECORATION.search(urlsplit(url).path.rsplit("/", 1)[-1]) and not _placeholder_image(url, attrs):
                out.images.append(Image(url, _clean(attrs.get("alt") or "", 200)))
        elif tag in _HEADINGS and not new.hidden:
            text = _clean(node.text(deep=True, separator=" "), 500)
            if text:
                out.headings.append((Heading(_HEADINGS[tag], text), len(pieces)))
        elif tag in ("span", "strong", "b") and not (new.hidden or new.nav or new.footer) and (text := _styled_title(node, attrs)):
            out.headings.append((Heading(6, text), len(pieces)))
        elif tag == "p" and not (new.hidden or new.nav or new.footer) and (text := _bold_title(node) or _kicker_title(node, attrs)):
            # a rich-text editor's title: a paragraph all in bold ('<p><strong>Prosedur Permintaan Informasi
            # Publik</strong></p>'), the heading an editor without heading styles leaves; or a section's label
            # styled over its heading (an eyebrow line)
            out.headings.append((Heading(6, text), len(pieces)))
        # a script link: an element (a table row, a card, a menu <span>, an <a href="#">) whose click handler
        # or data-href opens a page or a document; only elements carrying such an attribute are looked at
        if not linked and attrs and _has_script_attr(attrs) and len(out.links) < MAX_LINKS:
            link, raw = _script_link(node, tag, attrs, base, new)
            if link is not None:
                if public and is_developer_address(raw):  # a developer's host: dead, as an anchor to it
                    if link.text and not (new.nav and new.in_label):
                        out.dead_count += 1
                        if len(out.dead) < 50:
                            out.dead.append(link.text[:80])
                else:
                    out.links.append(link)
        # a menu item: <li>, a Bootstrap .dropdown, an Alpine.js <div x-data> dropdown (not the <nav x-data> that
        # holds the whole menu's state), a Tailwind hover group, or <details><summary>
        if new.nav and (tag == "li" or flags & _DROPDOWN or tag == "details" or (attrs and "x-data" in attrs and tag not in ("nav", "header"))
                        or _hover_group(node, tag, attrs)):
            label, label_id = _item_label(node)
            if label and new.menu and new.menu[-1] == label and new.label_id:  # li.dropdown > div.dropdown
                new = _Ctx(new.nav, new.footer, new.hidden, new.article, new.menu, label_id, False)
            elif label:
                new = _Ctx(new.nav, new.footer, new.hidden, new.article, (*new.menu, label), label_id, False)
        elif new.nav and tag in ("div", "section"):
            label = _heading_group(node, tag)
            if label:
                new = _Ctx(new.nav, new.footer, new.hidden, new.article, (*new.menu, label), 0, False)
        if tag in _SKIP_TAGS and tag not in ("select",):
            # nothing below a script/style/template is text or a link we want
            # (template content is a fragment Lexbor keeps apart anyway)
            continue
        block = tag in _BLOCK_TAGS
        if block:
            pieces.append(" ")
            stack.append((None, new))
        children = [(child, new) for child in node.iter(include_text=True)]
        children.reverse()
        stack.extend(children)
    return out


# --------------------------------------------------------------------------- the rest


def _meta(tree: LexborHTMLParser) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in tree.css("meta"):
        a = m.attributes
        key = (a.get("name") or a.get("property") or a.get("http-equiv") or a.get("itemprop") or "").strip().lower()
        content = a.get("content")
        if not key or content is None:
            continue
        keep = (
            key in ("description", "generator", "keywords", "author", "refresh", "robots", "last-modified")
            or key.startswith(("og:", "article:", "dc.", "dcterms."))
            or "date" in key
            or "modified" in key
        )
        if keep and key not in meta:
            meta[key] = _clean(content, 500)
    return meta


_DOCUMENT_TAG = re.compile(r"<(?:!doctype|html|head|body|title)\b", re.I)


def _base_url(tree: LexborHTMLParser, final_url: str, text: str = "", referrer: str | None = None) -> str:
    base = tree.css_first("base[href]")
    if base is not None:
        url = join(base.attributes.get("href"), final_url)
        if url is not None:
            return url
    if referrer and not _DOCUMENT_TAG.search(text[:20_000]) and origin(referrer) == origin(final_url):
        # a bare fragment (a navbar that a page fetch()es into itself): a browser resolves its
        # relative links against the page it is inserted into, not against the fragment's own URL
        return referrer
    return final_url


def _table_caption(table: LexborNode) -> str:
    cap = table.css_first("caption")
    if cap is not None:
        text = _clean(cap.text(separator=" "), 300)
        if text:
            return text
    node: LexborNode | None = table
    for level in range(3):  # the heading just before, possibly one or two levels up
        if node is None:
            break
        sib = node.prev
        seen = 0
        while sib is not None and seen < 6:
            tag = sib.tag
            if tag in _HEADINGS:
                return _clean(sib.text(separator=" "), 300)
            if tag and not tag.startswith("-"):
                seen += 1
                inner = sib.css("h1, h2, h3, h4, h5, h6")
                if inner:
                    return _clean(inner[-1].text(separator=" "), 300)
            sib = sib.prev
        if level == 0:
            label = _tab_label(table)
            if label:
                return label
        node = node.parent
    return ""


def _tab_label(table: LexborNode) -> str:
    """The short label block right before a table that has no heading beside it: a tab pane's header
    (``<div><p>Informasi Tersedia Setiap Saat</p><p>23 informasi tersedia</p></div><table>``)."""
    sib = table.prev
    while sib is not None and (not sib.tag or sib.tag.startswith("-") or sib.tag in ("br", "hr")):
        sib = sib.prev
    if sib is None or sib.tag not in ("div", "p", "span", "strong", "b", "label"):
        return ""
    if sib.css_first("a[href], table, form, ul, ol, img, input, select, button") is not None:
        return ""
    text = _clean(sib.text(separator=" "), 300)
    return text if 3 <= len(text) <= 120 else ""


def _cells(row: LexborNode) -> tuple[str, ...]:
    return tuple(_clean(c.text(separator=" "), MAX_CELL) for c in row.iter() if c.tag in ("td", "th"))


_TABLE_LINKS = "a[href], iframe[src], embed[src], object[data], area[href], [onclick], [data-href], [data-url], [data-link]"


def _tables(tree: LexborHTMLParser, base: str) -> list[Table]:
    tables: list[Table] = []
    for table in tree.css("table")[:100]:
        rows = [r for r in table.css("tr") if _nearest_table(r) == table.mem_id]
        head_rows = [r for r in rows if r.parent is not None and r.parent.tag == "thead"]
        headers: tuple[str, ...] = ()
        body_rows = rows
        if head_rows:
            headers = _cells(head_rows[-1]) if len(head_rows) == 1 else _merged_headers(head_rows)
            head_ids = {r.mem_id for r in head_rows}
            body_rows = [r for r in rows if r.mem_id not in head_ids]
        elif rows and any(c.tag == "th" for c in rows[0].iter()):
            headers = _cells(rows[0])
            body_rows = rows[1:]
        # a footer row of header cells (DataTables' <tfoot> repeating the column names) is no entry
        body_rows = [r for r in body_rows if not _footer_header_row(r)]
        cells = tuple(c for c in (_cells(r) for r in body_rows[:MAX_TABLE_ROWS]) if any(c))
        links = []
        for node in table.css(_TABLE_LINKS):
            tag, attrs = node.tag or "a", node.attributes
            link = _make_link(node, tag, attrs, base, _ROOT) if attrs.get(_LINK_ATTR.get(tag, "\x00")) is not None else None
            if link is None and _has_script_attr(attrs):  # a row or a button that opens its document by script
                link = _script_link(node, tag, attrs, base, _ROOT)[0]
            if link is not None:
                links.append(link)
            if len(links) >= 2000:
                break
        tables.append(Table(caption=_table_caption(table), headers=headers, rows=cells, links=tuple(links)))
    return tables


def _span(attrs: dict[str, str | None], name: str, most: int) -> int:
    try:
        return max(1, min(most, int((attrs.get(name) or "1").strip())))
    except ValueError:
        return 1


def _merged_headers(head_rows: list[LexborNode]) -> tuple[str, ...]:
    """The column names of a header of several rows: each column's texts from top to bottom, spans laid out
    (``<th rowspan=2>No.</th> ... <th colspan=2>Konsekuensi</th>`` over ``Dampak Jika Dibuka | Dampak Jika Ditutup``
    is 'No.', ..., 'Konsekuensi Dampak Jika Dibuka', 'Konsekuensi Dampak Jika Ditutup')."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(head_rows[:6]):
        c = 0
        for cell in (x for x in row.iter() if x.tag in ("td", "th")):
            while (r, c) in grid:
                c += 1
            text, attrs = _clean(cell.text(separator=" "), MAX_CELL), cell.attributes
            wide, tall = _span(attrs, "colspan", 50), _span(attrs, "rowspan", 6)
            for dr in range(tall):
                for dc in range(wide):
                    grid[(r + dr, c + dc)] = text
            c += wide
    if not grid:
        return ()
    out = []
    for c in range(max(col for _, col in grid) + 1):
        parts: list[str] = []
        for r in range(len(head_rows[:6])):
            text = grid.get((r, c), "")
            if text and text not in parts:
                parts.append(text)
        out.append(" ".join(parts))
    return tuple(out)


def _footer_header_row(row: LexborNode) -> bool:
    """A ``<tfoot>`` row made only of ``<th>`` cells: the column names repeated under the table, not an entry."""
    if row.parent is None or row.parent.tag != "tfoot":
        return False
    cells = [c for c in row.iter() if c.tag in ("td", "th")]
    return bool(cells) and all(c.tag == "th" for c in cells)


def _nearest_table(row: LexborNode) -> int:
    node = row.parent
    while node is not None and node.tag != "table":
        node = node.parent
    return node.mem_id if node is not None else 0


_FIELD_SKIP = frozenset({"hidden", "submit", "button", "reset", "image"})


_SEARCH_FIELD = re.compile(r"(?:^|[^a-z])(?:cari|pencarian|search|telusur)", re.I)
_SCRIPT_CALL = re.compile(r"""(?:fetch|getJSON|\.get|\.post|ajax|axios(?:\.get)?)\s*\(\s*[`'"]([^`'"$?\s]+)""")
_SCRIPT_URL = re.compile(r"""url\s*:\s*[`'"]([^`'"$?\s]+)""")


def _script_searches(tree: LexborHTMLParser, inline: list[str], base: str) -> list[Form]:
    """Search fields outside any form that the page's own script wires to an endpoint (a jQuery search
    modal: ``input#searchInputModal`` whose input handler calls ``$.getJSON('/api/news?search=...')``).

    Each is a ``Form`` whose action is the endpoint the script asks, so a check can tell what it searches.
    """
    if not inline:
        return []
    out: list[Form] = []
    for f in tree.css("input, textarea")[:200]:
        a = f.attributes
        if (a.get("type") or "text").lower() not in ("text", "search") or _within(f, "form"):
            continue
        hint = " ".join(x for x in (a.get("placeholder"), a.get("aria-label"), a.get("name"), a.get("id")) if x)
        ident = a.get("id") or a.get("name")
        if not ident or not _SEARCH_FIELD.search(hint):
            continue
        for code in inline:
            if ident not in code:
                continue
            call = _SCRIPT_CALL.search(code) or _SCRIPT_URL.search(code)
            if call is None:
                continue
            label = _clean(a.get("placeholder") or a.get("aria-label") or ident, 200)
            out.append(Form(action=join(call.group(1), base) or base, method="GET", in_popup=_in_popup(f),
                            fields=(FormField(name=a.get("name") or ident, type="search", label=label),)))
            break
        if len(out) >= 3:
            break
    return out


_FILTER_STOP = frozenset({"form", "header", "nav"})


def _in_chrome(node: LexborNode) -> bool:
    """The element stands in a form, the header or the navigation (a role of navigation, search or banner
    included): not a field of the page's own content."""
    p = node.parent
    while p is not None:
        if p.tag in _FILTER_STOP or (p.attributes.get("role") or "") in ("navigation", "search", "banner"):
            return True
        p = p.parent
    return False


def _filter_boxes(tree: LexborHTMLParser) -> list[Form]:
    """Type-to-filter boxes of the page's content: a text field outside any form, the header and the
    navigation whose own placeholder or label invites a search ('Cari judul...'), as a React listing's
    filter.  Each is a ``Form`` with no action and one field of type ``filter``: a search of the listing
    beside it, not of the site (``layanan.pencarian`` weighs it)."""
    out: list[Form] = []
    for f in tree.css("input")[:300]:
        a = f.attributes
        if (a.get("type") or "text").lower() not in ("text", "search") or a.get("hidden") is not None:
            continue
        hint = _clean(a.get("placeholder") or a.get("aria-label") or "", 200)
        if not hint or not _SEARCH_FIELD.search(hint):
            continue
        if _in_popup(f):  # a search modal's field is the site's search (``_script_searches``), not a listing's
            continue
        if _in_chrome(f):
            continue
        out.append(Form(action="", method="GET", fields=(FormField(name="", type="filter", label=hint),)))
        if len(out) >= 5:
            break
    return out


def _with_filter_boxes(searches: list[Form], boxes: list[Form]) -> list[Form]:
    """The script searches, then the filter boxes that are not one of them (same field label)."""
    wired = {fl.label for f in searches for fl in f.fields}
    return searches + [b for b in boxes if b.fields[0].label not in wired]


def _within(node: LexborNode, tag: str) -> bool:
    p = node.parent
    while p is not None:
        if p.tag == tag:
            return True
        p = p.parent
    return False


# attributes by which a script or framework binds a form or a field (Alpine, Vue, Livewire, htmx, Angular, knockout)
_BINDING_PREFIXES = ("on", "@", "x-", "v-", ":", "wire:", "hx-", "ng-", "data-")
# script files that are libraries (styling, sliders, analytics), never the site's own form handler
_LIBRARY_SCRIPT = re.compile(r"jquery|bootstrap|popper|tailwind|fontawesome|font-awesome|swiper|aos|owl|slick|wow|gtag|analytics|"
                             r"googletagmanager|chart|datatables|select2|sweetalert|lightbox|fancybox|moment|feather|lucide|"
                             r"lazysizes|isotope|magnific|counterup|waypoints|typed|particles|splide|glide|recaptcha", re.I)


def _bound(attrs: dict[str, str | None]) -> bool:
    return any(k.startswith(_BINDING_PREFIXES) for k in attrs)


def _inert_form(form: LexborNode, raw_action: str, fields: list[FormField], handled: bool, public: bool,
                static: bool = False) -> bool:
    """A form that cannot send anything: one whose action is a developer's host on a ``public`` page, or one
    with no action (or '#', 'javascript:') where neither the form nor any of its fields has a name or a
    script binding (``onsubmit``, ``@submit``, ``wire:model``...), on a page whose scripts cannot be its
    handler (``handled``), or on a ``static`` page (a '.html' file) whatever its fields. Submitting sends nothing
    anywhere a visitor's answer could arrive."""
    if fields and public and is_developer_address(raw_action):
        return True  # it submits to the developer's machine ('http://ppid.test/'): no visitor's answer arrives
    if handled or not fields or (raw_action and raw_action not in ("#", "#!") and not raw_action.lower().startswith("javascript:")):
        return False
    if static:
        return True  # it submits to the static file it sits on, which receives nothing, whatever its fields' names
    fa = form.attributes
    # (an id binds nothing on a page with no script that could use it: only names travel with a submit)
    if fa.get("name") or _bound(fa) or (fa.get("method") or "").lower() == "dialog":
        return False
    for f in form.css("input, select, textarea, button"):
        a = f.attributes
        if f.tag == "button" and (a.get("type") or "submit").lower() != "submit":
            continue
        if a.get("form") or _bound(a):
            return False
        if a.get("name") and (f.tag != "input" or (a.get("type") or "text").lower() not in _CHOICE_TYPES):
            return False
    return True


# fields whose name travels without a visitor's words (a choice ticked, a hidden token): alone they send no request
_CHOICE_TYPES = frozenset({"radio", "checkbox", "hidden"})


# words of an inline script that sends something somewhere, and of one that only shows a message: a submit handler
# whose whole work in sight is to log the fields and alert a made-up 'No. Registrasi' sends nothing
# (not a navigation, 'location.href' or 'window.open': a page's other scripts do that without sending any form)
_SENDS = ("XMLHttpRequest", "fetch(", "axios", ".ajax", "$.post", ".submit()", "sendBeacon", "mailto:", "wa.me",
          "google.script", "supabase", "firebase", "emailjs")
_SHOWS = ("alert(", "Swal.fire", "swal(", "console.log", "toast")


def _scripts_handle_forms(inline: list[str], srcs: list[str], rendered: bool) -> bool:
    """Whether the page's scripts may send a form the HTML cannot (an app's own bundle, an inline submit
    handler, unless all it does in sight is show a message); a rendered page's framework binds its forms out of
    sight."""
    if rendered or any(w in code for code in inline for w in _SENDS):
        return True
    handlers = [code for code in inline if any(w in code for w in ("submit", "FormData", "serialize"))]
    if handlers and not any(w in code for code in handlers for w in _SHOWS):
        return True  # a handler whose work is out of sight ('submit', kirim): it may send
    return any(not _LIBRARY_SCRIPT.search(urlsplit(src).path.rsplit("/", 1)[-1] or src) for src in srcs)


_STATIC_FILE = re.compile(r"\.html?$", re.I)  # a page served as a file: nothing behind it reads a submitted form


def _forms(tree: LexborHTMLParser, base: str, page_url: str, handled: bool = True) -> list[Form]:
    public = not is_developer_address(page_url)
    static = bool(_STATIC_FILE.search(urlsplit(page_url).path))
    forms = tree.css("form")
    if not forms:
        return []
    labels = _label_map(tree)
    out: list[Form] = []
    for form in forms[:50]:
        fa = form.attributes
        action = join(fa.get("action"), base) if (fa.get("action") or "").strip() else page_url
        fields: list[FormField] = []
        for f in form.css("input, select, textarea")[:200]:
            a = f.attributes
            ftype = (a.get("type") or ("text" if f.tag == "input" else f.tag or "")).lower()
            if ftype in _FIELD_SKIP:
                continue
            fields.append(FormField(name=a.get("name") or "", type=ftype, label=_field_label(f, labels)))
        raw_action = (fa.get("action") or "").strip()[:300]
        out.append(Form(action=action or page_url, method=(fa.get("method") or "GET").strip().upper() or "GET", fields=tuple(fields),
                        raw_action=raw_action, in_popup=_in_popup(form), inert=_inert_form(form, raw_action, fields, handled, public, static)))
    return out


_ENTRY_TYPES = frozenset({"textarea", "file", "email", "tel"})  # fields a visitor fills in, not a listing's filters


def _label_map(tree: LexborHTMLParser) -> dict[str, str]:
    """The text of each ``<label for>`` by the id it names (the first label of an id)."""
    labels: dict[str, str] = {}
    for lab in tree.css("label[for]"):
        key = lab.attributes.get("for") or ""
        if key and key not in labels:
            labels[key] = _clean(lab.text(separator=" "), 200)
    return labels


def _field_label(f: LexborNode, labels: dict[str, str], nearby: bool = False) -> str:
    """A field's label: a <label for> it, the <label> around it, the <label> just before it that names no other
    field, else its placeholder, aria-label, title or name.  ``nearby`` (fields a script sends without a form):
    the <label> just before it whatever its for= ('<label for="">Nama Lengkap</label><br><input
    id="nama_lengkap">'), and its id last."""
    a = f.attributes
    label = labels.get(a.get("id") or "\x00", "")
    p = f.parent
    for _ in range(4):
        if label or p is None or p.tag == "form":
            break
        if p.tag == "label":
            label = _clean(p.text(separator=" "), 200)
        p = p.parent
    # the <label> just before it: any field's when the label points nowhere else ('<label>Informasi yang
    # dibutuhkan</label><input name="finfo">', Bootstrap's form-group without for=)
    sib = f.prev
    while not label and sib is not None:
        if sib.tag == "label":
            target = (sib.attributes.get("for") or "").strip()
            if nearby or not target or target == (a.get("id") or ""):
                label = _clean(sib.text(separator=" "), 200)
            break
        elif sib.tag not in ("br", "-text", "-comment", "small", "span"):
            break
        sib = sib.prev
    return label or _clean(a.get("placeholder") or a.get("aria-label") or a.get("title") or a.get("name")
                           or (a.get("id") if nearby else None), 200)


def _formless_form(tree: LexborHTMLParser, page_url: str, handled: bool) -> list[Form]:
    """The fields a script sends without a <form> (a Vue or React request form whose button posts them with
    fetch): four or more fields of the page's content outside any form, one of them a field a visitor fills
    in (a text area, a file, an e-mail or phone) or six of them, with a button beside them.  One ``Form`` posting to the
    page itself, inert when no script of the page can send it (``handled``)."""
    labels = _label_map(tree)
    fields: list[FormField] = []
    for f in tree.css("input, select, textarea")[:300]:
        a = f.attributes
        ftype = (a.get("type") or ("text" if f.tag == "input" else f.tag or "")).lower()
        if ftype in _FIELD_SKIP or ftype == "search" or a.get("hidden") is not None or _in_popup(f):
            continue
        hint = a.get("placeholder") or ""
        if _in_chrome(f) or (hint and _SEARCH_FIELD.search(hint)):
            continue
        fields.append(FormField(name=a.get("name") or a.get("id") or "", type=ftype, label=_field_label(f, labels, nearby=True)))
    if len(fields) < 4 or not (any(fl.type in _ENTRY_TYPES for fl in fields) or len(fields) >= 6):
        return []
    if not any(not _within(b, "form") for b in tree.css("button, input[type=submit], input[type=button]")):
        return []
    return [Form(action=page_url, method="POST", fields=tuple(fields[:200]), raw_action="", in_popup=False, inert=not handled)]


_BREADCRUMB_SEL = ".breadcrumb, .breadcrumbs, [aria-label=breadcrumb], [aria-label=Breadcrumb], nav.breadcrumbs, #breadcrumbs, #breadcrumb, .breadcrumb-trail"
_CRUMB_SEPARATORS = frozenset({"/", ">", "»", "›", "|", "\\", "-", ">>", "→", "·"})


_TAB_OUT = ("nav", "header", "footer", "form")


def _tab_labels(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The labels of the content's tab buttons whose panes a script draws: elements with role=tab, and the buttons
    of a row of two or more buttons that are their box's only elements (a script's 'Serta Merta | Berkala | Setiap
    Saat' switcher), outside the navigation, header, footer and forms, and not naming a pane of the HTML
    (``data-bs-target``, ``aria-controls``, ``href="#pane"``); at most 40."""
    out: list[str] = []
    rows = list(tree.css("[role=tab]"))
    for box in tree.css("div, ul, section"):
        kids = [c for c in box.iter() if c.tag not in ("-text", "-comment")]
        if len(kids) >= 2 and all(c.tag == "button" or (c.tag == "li" and c.css_first("button") is not None
                                                         and len(c.css("a[href], button")) == 1) for c in kids):
            rows.extend(c if c.tag == "button" else c.css_first("button") for c in kids)
    for node in rows:
        if node is None or any(a.tag in _TAB_OUT or (a.attributes.get("role") or "") == "navigation" for a in _ancestors(node)):
            continue
        a = node.attributes
        href = a.get("href") or ""
        if a.get("data-bs-target") or a.get("data-target") or a.get("aria-controls") or (href.startswith("#") and len(href) > 1):
            continue  # a tab whose pane is in the HTML: its content is the page's text already
        label = _clean(node.text(deep=True, separator=" "), 80)
        if 2 < len(label) <= 60 and label not in out:
            out.append(label)
        if len(out) >= 40:
            break
    return tuple(out)


def _breadcrumbs(tree: LexborHTMLParser) -> tuple[str, ...]:
    node = tree.css_first(_BREADCRUMB_SEL)
    if node is None:
        return ()
    items = [_clean(li.text(separator=" "), 200) for li in node.css("li")]
    if not any(items):
        items = [_clean(t, 200) for t in node.text(separator="\x00").split("\x00")]
    return tuple(i for i in items if i and i not in _CRUMB_SEPARATORS)[:20]


_JS_URL_PATTERNS = [
    re.compile(r"""\bfetch\(\s*(['"`])([^'"`\s]+)\1"""),
    re.compile(r"""\$\.(?:get|getJSON|post|load)\(\s*(['"`])([^'"`\s]+)\1"""),
    re.compile(r"""\.load\(\s*(['"`])([^'"`\s]+)\1"""),
    re.compile(r"""\.open\(\s*['"](?:GET|POST)['"]\s*,\s*(['"`])([^'"`\s]+)\1""", re.I),
    re.compile(r"""\$\.ajax\(\s*\{[^}]{0,200}?\burl\s*:\s*(['"`])([^'"`\s]+)\1"""),
    re.compile(r"""\baxios(?:\.get)?\(\s*(['"`])([^'"`\s]+)\1"""),
]
_JS_REDIRECT = re.compile(
    r"""(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*(['"])([^'"]+)\1|location\.(?:replace|assign)\(\s*(['"])([^'"]+)\3"""
)


def _scripts(tree: LexborHTMLParser, base: str) -> tuple[list[str], list[str], list[str], str | None]:
    """script srcs, inline-script fetch URLs, inline script texts, JS redirect target."""
    srcs: list[str] = []
    fetches: list[str] = []
    inline: list[str] = []
    redirect: str | None = None
    for s in tree.css("script"):
        a = s.attributes
        src = a.get("src")
        if src:
            url = join(src, base)
            if url is not None and url not in srcs:
                srcs.append(url)
            continue
        stype = (a.get("type") or "").lower()
        if stype and "javascript" not in stype and stype != "module":
            continue  # JSON-LD, templates
        code = s.text(deep=True) or ""
        if not code.strip():
            continue
        inline.append(code[:100_000])
        for pat in _JS_URL_PATTERNS:
            for m in pat.finditer(code[:200_000]):
                raw = m.group(2)
                if "${" in raw:
                    continue
                url = join(raw, base)
                if url is not None and url not in fetches:
                    fetches.append(url)
        if redirect is None:
            hop = _JS_REDIRECT.search(code[:50_000])
            if hop is not None:
                redirect = join(hop.group(2) or hop.group(4), base)
    return srcs, fetches, inline, redirect


_SCRIPT_TABLE = re.compile(r"""\b(?:ajax|serverSide|sAjaxSource)\b["']?\s*:""")

_PLACEHOLDER_WORDS = re.compile(r"nav|menu|header|sidebar", re.I)
_LOADS = re.compile(r"\.load\(|\bfetch\(|XMLHttpRequest|\$\.(?:ajax|get|post)\(|axios\.")
# an empty element a menu's script shows and hides, never fills: the dimming layer behind an open menu
# ('nav-overlay'), a backdrop, the burger's icon
_MENU_CHROME_WORDS = re.compile(r"overlay|backdrop|mask|shade|dimmer|toggle|toggler|burger|hamburger|icon|spacer|divider", re.I)
# Why a page needs a browser: a script redirect, a body empty without its scripts,
# a body a script loads from an endpoint, a menu placeholder a script fills.
JS_REASONS = ("js_redirect", "empty_body", "loader", "script_menu")
# a literal array of records in an inline script: a title and where it leads
_SCRIPT_RECORDS = re.compile(r"""\[\s*\{\s*["']?(?:title|judul|nama|name|label)["']?\s*:\s*["']([^"'\\]{4,120})["']""", re.I)
_SCRIPT_RECORD_LINK = re.compile(r"""["']?(?:link|url|file|href|path|dokumen|document)["']?\s*:\s*["'](?:https?:)?/""", re.I)


_TRIGGER_MARKS = ("aria-expanded", "aria-haspopup")
_MENU_ITEM_STOP = frozenset({"li", "nav", "ul", "ol", "body"})
_MENU_ITEMS = "a, [onclick], [data-href], [data-url], [data-link]"  # a dropdown's items: links, script links included


def _closed_menus(tree: LexborHTMLParser) -> int:
    """Menu triggers in the navigation whose items are not in the HTML (a script mounts them when opened).

    A trigger is a ``button`` with a label, an element marked ``aria-expanded``
    / ``aria-haspopup`` / ``dropdown-toggle``, or a link whose label is followed
    by an icon (the dropdown caret); it counts when its menu item (``li``, else
    its parent) holds no other link.  A static dropdown carries its items, so
    it never counts.
    """
    if tree.css_first("nav[data-ppid-audit=opened-menus], [data-ppid-audit=menus-opened]") is not None:
        return 0  # rendered, every trigger pressed by the browser (crawl/browser.py OPEN_MENUS_JS)
    count = 0
    seen: set[int] = set()
    for box in tree.css("nav, [role=navigation]"):
        for node in box.css("button, a"):
            if node.mem_id in seen:
                continue
            seen.add(node.mem_id)
            a = node.attributes
            if not _clean(node.text(), 60) or (node.tag == "button" and (a.get("type") or "").lower() == "submit"):
                continue
            if _has_script_attr(a) and _script_target(node.tag or "", a):
                continue  # a button that goes somewhere (location.href = '/ppid'): a script link, not a trigger
            last = node.last_child
            while last is not None and last.tag == "-text" and not (last.text_content or "").strip():
                last = last.prev
            marked = (node.tag == "button" or any(m in a for m in _TRIGGER_MARKS)
                      or "dropdown-toggle" in (a.get("class") or "")
                      or (last is not None and last.tag in ("svg", "i")))
            if not marked:
                continue
            item = node.parent  # its menu item: the li, or the outermost wrapper holding this trigger alone
            while (item is not None and item.tag not in _MENU_ITEM_STOP and item.parent is not None
                   and len(item.parent.css("a, button")) <= 1):
                item = item.parent
            if item is not None and not any(x.mem_id != node.mem_id and (x.tag == "a" or _script_target(x.tag or "", x.attributes))
                                            for x in item.css(_MENU_ITEMS)):
                count += 1
    return count


_SKELETON = re.compile(r"(?:^|\s)(?:animate-pulse|skeleton(?:-[\w-]+)?|placeholder-glow|shimmer)(?:\s|$)")


def _skeleton(tree: LexborHTMLParser) -> bool:
    """The page's content is a loading skeleton (Tailwind ``animate-pulse``, Bootstrap ``placeholder-glow``,
    a ``skeleton`` box) with no text: a script fills it with what the page shows."""
    for node in tree.css("[class]"):
        if _SKELETON.search(node.attributes.get("class") or "") and not _clean(node.text(), 10) \
                and node.css_first("a[href]") is None and not node.css_first("nav, header, footer"):
            return True
    return False


# the whole text of a content block while its script loads it: 'Loading...', 'Memuat informasi...', 'Mohon tunggu'
_LOADING_TEXT = re.compile(r"(?:loading|memuat|sedang memuat|mohon tunggu|harap tunggu|please wait)\b[\w\s]{0,30}(?:\.{2,3}|…)?", re.I)


def _loading_block(tree: LexborHTMLParser, text: str) -> bool:
    """A content block (outside the menus, header and footer) whose only text is a loading message."""
    if not _LOADING_TEXT.search(text):
        return False
    for node in tree.css("div, section, main, p, span"):
        # its own text first (cheap): 'memuat' is also an everyday word ('halaman ini memuat ...')
        if not _LOADING_TEXT.fullmatch(_clean(node.text(deep=False), 60)):
            continue
        t = _clean(node.text(), 60)
        if len(t) > 50 or not _LOADING_TEXT.fullmatch(t) or node.css_first("a[href], nav, header, footer"):
            continue
        if not any(parent.tag in ("nav", "header", "footer") for parent in _ancestors(node)):
            return True
    return False


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None and parent.tag not in ("body", "html"):
        yield parent
        parent = parent.parent


def has_skeleton(html: str) -> bool:
    """``html`` holds a loading skeleton (``_skeleton``)."""
    return _skeleton(LexborHTMLParser(html))


_CHROME_TAGS = ("header", "nav", "footer")
_SHELL_SKIP = ("script", "style", "noscript", "template", "link", "meta", "-comment")
_SHELL_CONTENT = ("a", "img", "table", "form", "iframe", "video", "object", "embed", "picture", "svg", "canvas",
                  "input", "h1", "h2", "h3", "p", "li")
_SHELL_CONTENT_CSS = ", ".join(_SHELL_CONTENT)


def _app_shell(tree: LexborHTMLParser) -> bool:
    """The body is the site's chrome (header, navigation, footer) around empty elements, one with an id at
    least: no text, link, picture or table of its own outside the chrome, so its content is a script's to mount."""
    body = tree.body
    if body is None or body.css_first("header, nav") is None or body.css_first("footer") is None:
        return False
    return (_shell_mounts(body) or 0) >= 1


def _shell_mounts(node: LexborNode) -> int | None:
    """The empty elements with an id among ``node``'s children outside the chrome (a wrapper holding the
    chrome is looked into), or None when one of them holds content of its own."""
    mounts = 0
    for child in node.iter(include_text=True):
        tag = child.tag or ""
        if tag in _CHROME_TAGS or tag in _SHELL_SKIP or (child.attributes.get("role") or "") in ("banner", "navigation", "contentinfo"):
            continue
        if tag == "-text":
            if (child.text_content or "").strip():
                return None
            continue
        if child.css_first("header, nav, footer") is not None:
            inner = _shell_mounts(child)  # a wrapper of the whole page ('<div id="app">' around header and footer)
            if inner is None:
                return None
            mounts += inner
            continue
        if tag in _SHELL_CONTENT or _clean(child.text(), 5) or child.css_first(_SHELL_CONTENT_CSS) is not None:
            return None
        mounts += bool(child.attributes.get("id"))
    return mounts


# what a single-page app's router draws for a route it does not know (a soft 404)
_NOT_FOUND_TEXT = re.compile(r"\b(?:halaman|page|konten|data)\s+(?:tidak|tak|not)\s+(?:ditemukan|found|tersedia)\b|\b404\b", re.I)


def _js_only(tree: LexborHTMLParser, text: str, links: list[Link], srcs: list[str], fetches: list[str], inline: list[str], redirect: str | None,
             *, rendered: bool = False) -> str | None:
    """Why the page needs a browser (``JS_REASONS``), or None when the static HTML is the page.

    In a DOM the browser rendered, a skeleton its scripts left (a slider or news box whose data never
    came) is what a visitor sees, not a reason to render again."""
    if not srcs and not inline:
        return None
    if redirect is not None and len(text) < 300 and len(links) <= 1:
        return "js_redirect"
    if rendered and len(text) < 200 and _NOT_FOUND_TEXT.search(text):
        return None  # a client-side route that answers 'Halaman tidak ditemukan': the page is that answer
    if len(text) < 200 and not links:
        return "loader" if fetches else "empty_body"
    if not rendered and (_skeleton(tree) or _loading_block(tree, text)):
        return "loader"  # a loading skeleton or message the page's script replaces with its content
    # a listing the page's own script fills is this page's content (checked before the menus: a sibling's
    # rendered menu stands in for this page's menu, never for its listing)
    scripts = "\n".join(inline)
    quoted = scripts.replace('"', "'")
    own = [src for src in srcs if not _LIBRARY_SCRIPT.search(urlsplit(src).path.rsplit("/", 1)[-1] or src)]
    for body in tree.css("tbody"):  # a table whose rows the page's own script writes
        if body.css_first("tr") is not None:
            continue
        ident = body.attributes.get("id") or ""
        classes = [c for c in (body.attributes.get("class") or "").split() if len(c) > 3]
        if (ident and f"'{ident}'" in quoted) or any(f".{c}" in quoted or f"'{c}'" in quoted for c in classes):
            return "loader"
        # an empty body under a header row, on a page with a script of the site's own: its rows come from that
        # script ('<tbody class="container-data">' filled from a JSON answer by /assets/js/info-data.js)
        if not rendered and own and (classes or ident) and body.parent is not None and body.parent.css_first("th") is not None:
            return "loader"
    if not rendered and _LOADS.search(scripts):
        for box in tree.css("div[id], section[id], ul[id], main[id]"):
            # a content box the page's own script loads ('$("#beritas").load("page/ajax-berita.php")', a fetch()
            # whose answer becomes its innerHTML): empty of text but its script, its content comes with a browser
            ident = box.attributes.get("id") or ""
            if (len(ident) > 2 and box.css_first("a, p, li, table, img, h1, h2, h3, h4, h5, h6") is None
                    and len(_clean(box.text(separator=" "))) <= sum(len(_clean(s.text(separator=" "))) for s in box.css("script, style")) + 3
                    and re.search(rf"""(?:getElementById\(\s*['"]{re.escape(ident)}['"]\s*\)|\$\(\s*['"]#{re.escape(ident)}['"]\s*\))""", scripts)):
                return "loader"
    for table in tree.css("table[id]"):  # an empty table a DataTables ajax/serverSide config fills
        ident = table.attributes.get("id")
        if (ident and table.css_first("tbody tr, tr td") is None
                and any(ident in code and _SCRIPT_TABLE.search(code) for code in inline)):
            return "loader"
    if not rendered:
        for code in inline:
            # a list of records the page's own script draws as its cards ('const items = [{"title": "Daftar
            # Informasi Secara Berkala", "link": "https://drive.google.com/..."}]; renderDocCards(items)'), none of
            # its titles in the HTML: the listing is there only once a browser runs it
            m = _SCRIPT_RECORDS.search(code)
            if m and _SCRIPT_RECORD_LINK.search(code) and _clean(m.group(1), 120) not in text:
                return "loader"
    if _closed_menus(tree) >= 2:  # dropdowns whose items a script mounts (React/Svelte/Radix menus)
        return "script_menu"
    in_nav = sum(1 for link in links if link.in_nav)
    if not rendered and srcs and in_nav < 6 and any(
            node.css_first("a, li") is None and not _clean(node.text(), 10) for node in tree.css("nav")):
        # an empty <nav> beside a header of a few links (logo, 'Daftar', 'Login'): the menu is the one a script
        # mounts there from the settings it fetches (a Next.js header before its settings load)
        return "script_menu"
    if not rendered and srcs and _app_shell(tree):
        # the server sends the header, the menu and the footer around an empty mount point ('<div id="page">'):
        # a client-rendered route whose content only a browser shows (a Next.js page that returns null until
        # mounted), however full its menu
        return "empty_body"
    if in_nav >= 3:
        return None
    for node in tree.css("nav, header, div[id], div[class], ul[id]"):
        a = node.attributes
        ident = f"{a.get('id') or ''} {a.get('class') or ''}"
        if node.tag not in ("nav", "header") and (not _PLACEHOLDER_WORDS.search(ident) or _MENU_CHROME_WORDS.search(ident)):
            continue
        if node.css_first("a, li") is not None or _clean(node.text(), 10):
            continue
        ident_id = a.get("id")
        if fetches or (ident_id and ident_id in scripts):
            return "script_menu"
    return None


_ASCII_DIGIT = re.compile("[0-9]")


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, with one regex search for ASCII text (nearly all of it)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _page_dates(headings_at: list[tuple[Heading, int]], pieces: list[str], links: list[Link], tables: list[Table], meta: dict[str, str], fetch: Fetch) -> tuple[FoundDate, ...]:
    today = fetch.fetched_at.date() if fetch.fetched_at else dt.date.today()
    found: list[FoundDate] = []
    seen: set[tuple[dt.date, str, str]] = set()

    def add(items: Iterable[FoundDate]) -> None:
        for d in items:
            key = (d.date, d.source, d.text)
            if key not in seen and len(found) < MAX_DATES:
                seen.add(key)
                found.append(d)

    for key in ("article:published_time", "article:modified_time", "og:updated_time", "last-modified", "date", "dc.date", "dcterms.modified"):
        if key in meta:
            add(find_dates(meta[key], source="meta", today=today, limit=1))
    if fetch.last_modified:
        try:
            lm = email.utils.parsedate_to_datetime(fetch.last_modified).date()
            if lm <= today + dt.timedelta(days=366):
                add([FoundDate(date=lm, text=fetch.last_modified[:60], precision="day", source="header")])
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    if headings_at:
        # One scan of the page text; a date counts when it is in a heading or
        # in the text just below one (a byline, "Diperbarui ...").
        cum = [0]
        for piece in pieces:
            cum.append(cum[-1] + len(piece))
        starts = [(cum[at], len(h.text)) for h, at in headings_at]
        offsets = [s for s, _ in starts]
        raw = "".join(pieces)
        for pos, d in find_dates_with_offsets(raw, source="text", today=today, limit=MAX_DATES):
            i = bisect.bisect_right(offsets, pos) - 1
            if i >= 0 and pos - starts[i][0] <= starts[i][1] + NEAR_HEADING:
                add([replace(d, text=_clean(d.text, 100))])
    for table in tables:
        for row in table.rows[:MAX_TABLE_ROWS]:
            for cell in row:
                if cell and _has_digit(cell):
                    add(find_dates(cell, source="table", today=today, limit=2, bare_years=is_bare_year(cell)))
    for link in links[:2000]:
        doc = is_document_url(link.url)
        if link.text and _has_digit(link.text):
            add(find_dates(link.text, source="link", today=today, limit=2, bare_years=doc))
        if doc:
            name = file_name(link.url)
            if _has_digit(name):
                add(find_dates(name, source="filename", today=today, limit=2))
    return tuple(found)


def parse_page(fetch: Fetch, body: bytes, *, content_type_header: str | None = None) -> Page:
    """Decode and parse an HTML response into a ``Page``; never raises.

    ``content_type_header`` is the raw ``Content-Type`` header (for its
    charset).  The charset used is recorded in ``page.encoding`` and
    ``page.encoding_source``, and filled into ``page.fetch.encoding``
    / ``encoding_source`` when the fetch left them empty.
    """
    url = fetch.final_url or fetch.url
    try:
        text, encoding, source = decode_html(body or b"", content_type_header)
        if fetch.encoding is None:
            fetch = replace(fetch, encoding=encoding, encoding_source=source)
        return _parse(fetch, text, encoding, source, url)
    except Exception as exc:  # a parser bug must never stop a crawl
        return Page(fetch=fetch, url=url, parse_error=f"{type(exc).__name__}: {exc}"[:300])


MAX_SRCDOCS = 20


def _inline_srcdocs(tree: LexborHTMLParser) -> LexborHTMLParser:
    """The tree with each ``<iframe srcdoc>`` replaced by the framed document's body, in a
    ``<div data-srcdoc>`` headed by the frame's name (its ``title``, else the document's ``<title>``).

    A visitor reads the framed document as part of the page (a maklumat or the service hours a React
    view writes into ``srcdoc``), so its text, headings, tables and links are the page's; its scripts
    and styles are not.
    """
    frames = [f for f in tree.css("iframe[srcdoc]") if (f.attributes.get("srcdoc") or "").strip()][:MAX_SRCDOCS]
    if not frames:
        return tree
    bodies: list[str] = []
    for i, frame in enumerate(frames):
        inner = LexborHTMLParser(frame.attributes.get("srcdoc") or "")
        for node in inner.css("script, style, noscript, template"):
            node.decompose()
        title_node = inner.css_first("title")
        name = _clean(frame.attributes.get("title") or (title_node.text() if title_node is not None else ""), 200)
        body = inner.body.inner_html if inner.body is not None else ""
        heading = f"<h4>{html_escape(name)}</h4>" if name else ""
        bodies.append(f'<div data-srcdoc="{i}">{heading}{body}</div>')
        frame.replace_with(f"\x02srcdoc{i}\x02")
    out = tree.html or ""
    for i, body in enumerate(bodies):
        out = out.replace(f"\x02srcdoc{i}\x02", body, 1)
    return LexborHTMLParser(out)


def _parse_input(text: str) -> str:
    """``text`` as the parser gets it: inline base64 pictures emptied, cut after ``MAX_PARSE_CHARS`` at a tag's end."""
    if len(text) > 100_000 and "base64," in text:
        text = _DATA_URI.sub("data:,", text)
    if len(text) > MAX_PARSE_CHARS:
        end = text.rfind(">", 0, MAX_PARSE_CHARS)
        text = text[: end + 1 if end > 0 else MAX_PARSE_CHARS]
    return text


def parse_html(fetch: Fetch, text: str) -> Page:
    """Parse HTML that is already decoded (see ``decode.decode_html``); never raises."""
    url = fetch.final_url or fetch.url
    try:
        return _parse(fetch, text, fetch.encoding or "", fetch.encoding_source or "", url)
    except Exception as exc:  # a parser bug must never stop a crawl
        return Page(fetch=fetch, url=url, parse_error=f"{type(exc).__name__}: {exc}"[:300])


def _parse(fetch: Fetch, text: str, encoding: str, source: str, url: str) -> Page:
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    if not text.strip():
        return Page(fetch=fetch, url=url, encoding=encoding, encoding_source=source)
    tree = LexborHTMLParser(_parse_input(text))
    if "srcdoc" in text:
        tree = _inline_srcdocs(tree)
    base = _base_url(tree, url, text, fetch.referrer)
    srcs, fetches, inline, redirect = _scripts(tree, base)
    _bind_click_loads(tree, inline)
    _mount_script_embeds(tree, inline)
    _drop_icon_ligatures(tree)
    _name_script_panes(tree)
    root = tree.body or tree.root
    walk = _walk(root, base) if root is not None else _Walk([], [], [], [], 0, 0)
    visible = _clean("".join(walk.pieces), MAX_TEXT)
    title_node = tree.css_first("title")
    html_node = tree.css_first("html")
    meta = _meta(tree)
    tables = _tables(tree, base)
    headings = [h for h, _ in walk.headings]
    js_reason = _js_only(tree, visible, walk.links, srcs, fetches, inline, redirect, rendered=bool(fetch.rendered))
    return Page(
        fetch=fetch,
        url=url,
        title=_clean(title_node.text() if title_node is not None else "", 500),
        lang=_clean(html_node.attributes.get("lang") if html_node is not None else "", 20),
        text=visible,
        headings=tuple(headings[:500]),
        links=tuple(walk.links),
        forms=tuple(_forms(tree, base, url, handled := _scripts_handle_forms(inline, srcs, bool(fetch.rendered)))
                    + _formless_form(tree, url, handled)
                    + _with_filter_boxes(_script_searches(tree, inline, base), _filter_boxes(tree))),
        tables=tuple(tables),
        breadcrumbs=_breadcrumbs(tree),
        meta=meta,
        dates=_page_dates(walk.headings, walk.pieces, walk.links, tables, meta, fetch),
        script_srcs=tuple(srcs),
        js_fetch_urls=tuple(fetches),
        js_only=js_reason is not None,
        js_reason=js_reason,
        script_tables=any("DataTable" in code and _SCRIPT_TABLE.search(code) for code in inline),
        tabs=_tab_labels(tree),
        js_redirect=redirect or None,
        encoding=encoding,
        encoding_source=source,
        dead_anchor_count=walk.dead_count,
        dead_anchor_texts=tuple(walk.dead),
        contact_hrefs=tuple(dict.fromkeys(walk.contacts)),
        content_images=tuple(walk.images),
    )

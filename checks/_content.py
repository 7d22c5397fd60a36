"""Page-level judgements of the category checks: document links, main content, substance.

Not a check file; loaded by path by ``_matching.py`` under ``ppid_audit_checks__content``.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ppid_audit.models import Fetch, Form, Link, Page, Site, SitePages, Table
from ppid_audit.regions import PROVINCE_ALIASES, PROVINCES
from ppid_audit.urls import file_kind, file_name, is_document_url, is_filtered_view, is_hosted_document  # noqa: F401  (file_name re-exported)

from . import _site_scope as _S
from . import _text as T
norm, tokens, rules, vocabulary = T.norm, T.tokens, T.rules, T.vocabulary


def is_document_link(link: Link) -> bool:
    """A link to a document: a document or image extension, a document-sharing host, or an embed/iframe/object."""
    return _is_document(link.raw_href, link.url, link.tag)


_NOT_DOCUMENT_EMBED = re.compile(r"(?:google\.[a-z.]+/maps|maps\.google\.|openstreetmap\.org|youtube(?:-nocookie)?\.com|youtu\.be|"
                                 r"facebook\.com/plugins|twitter\.com|instagram\.com|tiktok\.com|vimeo\.com)", re.I)


@lru_cache(maxsize=20_000)
def _is_document(raw_href: str, url: str, tag: str) -> bool:
    if raw_href.strip() in ("", "#", "#!", "#/") or raw_href.startswith("javascript"):
        return False
    if tag in ("iframe", "embed", "object"):
        # a map, a video or a social feed embedded in the footer is not a published document
        return not _NOT_DOCUMENT_EMBED.search(url)
    # a scanned decree published as an image counts as a published document
    return is_document_url(url) or file_kind(url) == "image" or is_hosted_document(url)


def is_toggle(link: Link) -> bool:
    """A link that goes nowhere: ``href="#"``, ``javascript:``, empty (dropdown parents, dead buttons)."""
    raw = link.raw_href.strip().lower()
    return not raw or raw.startswith(("#", "javascript"))


def menu_pages(sp: SitePages) -> set[str]:
    """URLs of crawled fragments that a page loads by script (their links are menu links)."""
    frag: set[str] = set()
    for p in sp.pages:
        frag.update(p.js_fetch_urls)
    return frag


def content_text(page: Page, reference: Page | None = None) -> str:
    """The page's visible text without its menu link texts and, given another page of the same site,
    without the header and footer text the two share (a rough 'main content')."""
    text = page.text
    if reference is not None and reference.text and reference is not page:
        ref = reference.text
        head = len(os.path.commonprefix([text, ref]))
        tail = len(os.path.commonprefix([text[head:][::-1], ref[::-1]]))
        # back off to word boundaries so a shared first letter of the content is kept
        while head > 0 and not text[head - 1].isspace():
            head -= 1
        text = text[head : len(text) - tail] if tail < len(text) - head else text[head:]
    for link in page.nav_links:
        if link.text and len(link.text) > 2:
            text = text.replace(link.text, " ", 1)
    return text


def reference_page(sp: SitePages, page: Page) -> Page | None:
    """Another parsed page of the site to strip shared boilerplate against (the start page first);
    memoised per site (every element check asks it of the same pages)."""
    known = _S.memo().site.setdefault("reference_page", {}) if _S.current() is sp else None
    if known is not None and id(page) in known:
        return known[id(page)][1]
    ref = _reference_page(sp, page)
    if known is not None:
        known[id(page)] = (page, ref)  # the page is kept with its answer, so its id is not reused
    return ref


def _reference_page(sp: SitePages, page: Page) -> Page | None:
    start = sp.page(sp.start.url) if sp.start is not None else None
    if start is not None and start is not page and not start.js_only:
        if _shared_chars(page, start) >= _MIN_SHARED_TEMPLATE or not _other_template(page, start):
            return start
        # a start page of another template (a splash page, a portal's landing) shares no header or footer
        # with the page: a page of the page's own template tells its content apart
        return _same_template_page(sp, page) or start
    # on a site whose menu is loaded by script every page is "js_only", yet they share header, sidebar
    # and footer all the same: another page with text still tells the page's own content apart
    # (a menu fragment such as /komponen/navbar.html is not a page of the site's template)
    frags = menu_pages(sp)
    return next((p for p in sp.pages if p is not page and not p.js_only and p.text and p.url not in frags), None) or next(
        (p for p in sp.pages if p is not page and p.text and len(p.text) > 200 and p.url not in frags), None)


_MIN_SHARED_TEMPLATE = 40  # characters of header + footer text two pages of one template share at least


def _shared_chars(page: Page, other: Page) -> int:
    """How many characters of text ``page`` shares with ``other`` at its start and its end (header, footer)."""
    a, b = page.text, other.text
    head = len(os.path.commonprefix([a, b]))
    return head + len(os.path.commonprefix([a[head:][::-1], b[head:][::-1]]))


def _menu_urls(page: Page) -> frozenset[str]:
    return frozenset(lk.url for lk in page.links if lk.in_nav and not is_toggle(lk))


def _other_template(page: Page, start: Page) -> bool:
    """``start`` is built on another template than ``page``: the page has a menu (three items or more) of which
    the start page shows at most a fifth (a splash or landing page before the site)."""
    mine = _menu_urls(page)
    return len(mine) >= 3 and 5 * len(mine & _menu_urls(start)) <= len(mine)


def _same_template_page(sp: SitePages, page: Page) -> Page | None:
    """The other page of the site sharing the most header and footer text with ``page`` (at least
    ``_MIN_SHARED_TEMPLATE`` characters), menu fragments and script-only pages excepted; memoised per site."""
    known = _S.memo().site.setdefault("same_template", {}) if _S.current() is sp else {}
    if id(page) in known:
        return known[id(page)][1]
    frags = menu_pages(sp)
    best, best_n = None, _MIN_SHARED_TEMPLATE - 1
    mine = _menu_urls(page)
    here = page.url.split("#", 1)[0]
    for other in sp.pages:
        if other is page or other.js_only or not other.text or other.url in frags:
            continue
        if other.url.split("#", 1)[0] == here:
            continue  # the same document reached again (through a second loading screen) or a view of it: its content too
        if 2 * len(mine & _menu_urls(other)) < len(mine):
            continue  # not the page's menu: not its template
        n = _shared_chars(page, other)
        if n > best_n:
            best, best_n = other, n
    known[id(page)] = (page, best)
    return best


# Why a labelled page is not the target's content (``PageVerdict.code``, then ``Result.reason``).
EMPTY_PAGE = "empty_page"
EMPTY_LISTING = "empty_listing"  # a heading over a table/list with no rows ("Tidak ada data", DataTables' empty text)
PLACEHOLDER_TEXT = "placeholder_text"
DEAD_DOWNLOAD_LINKS = "dead_download_links"
OTHER_TARGET = "other_target"
SCRIPT_LISTING = "script_listing"  # the listing's rows are loaded by script (DataTables ajax): not known offline
DOWNLOAD_BUTTONS = "download_buttons"  # entries whose 'Unduh' is a button with no file behind it (present, nothing opens)
UNPUBLISHED_ROWS = "unpublished_rows"  # a listing of titles (and summaries) that links no document (named, not published)
UNOPENED_ROWS = "unopened_rows"  # a listing whose rows' links open nothing (a route the site lacks, 'Mohon Dokumen')
INERT_FORM = "inert_form"  # the form's page holds a form that sends nothing (no action, no field names or script)
GENERIC_ROWS = "generic_rows"  # an exempt-information 'list' of generic category names ('Dokumen Rahasia Negara'): no register
REQUEST_REGISTER = "request_register"  # the page is an empty register of requests (a service dashboard): not the item's page
OTHER_REGION = "other_region"  # the page's content names another province's government as its own, never this site's
OTHER_BODY = "other_body"  # a generic label ('Struktur Organisasi') over the body's own thing, no word of the PPID


@dataclass(frozen=True)
class PageVerdict:
    """Whether a page that carries a target's label has real content; ``code`` says why not."""

    page: Page
    ok: bool
    reason: str = ""  # Indonesian
    reason_en: str = ""
    docs: tuple[Link, ...] = ()
    code: str = ""


# a card's own count of what its place holds, at zero ('Informasi Berkala ... 0 Dokumen', 'Lihat Dokumen (0)')
# ('0 dokumen tersedia' under a listing's heading, said of the listing itself)
_ZERO_COUNT = re.compile(r"(?:(?<![\d.,])0\s+(?:dokumen|documents?|files?|berkas|items?|informasi|data|entri|hasil|results?)\b"
                         r"(?:\s+(?:tersedia|ditemukan|available|found))?|\(\s*0\s*\)\s*$)", re.I)


def zero_count_verdict(page: Page, link: Link) -> PageVerdict | None:
    """The verdict a link earns by saying its place holds nothing ('... 0 Dokumen'): the site's own count of an
    empty listing, whether or not the crawl opened the page behind it."""
    if not _ZERO_COUNT.search(link.text):
        return None
    shown = " ".join(link.text.split())[-60:]
    return PageVerdict(page, False, f"kartunya sendiri menyatakan kosong ('{shown}')", f"its own card says it is empty ('{shown}')",
                       code=EMPTY_LISTING)


def entry_links(page: Page, reference: Page | None = None) -> set[str]:
    """URLs of the entries this page lists: links of this page only (not its menu, breadcrumb or a
    sidebar/footer the reference page shares) whose text is a real title."""
    min_chars = int(rules()["present"]["min_entry_title_chars"])
    shared = reference.text if reference is not None and reference is not page else ""
    crumbs = set(page.breadcrumbs)
    # a link to another site that the reference page also carries (a footer's social icons named by their
    # title attribute, 'Facebook Diskominfo'): the template's, not an entry of this page
    host = urlsplit(page.url).netloc
    away = {lk.url for lk in reference.links if urlsplit(lk.url).netloc != host} if shared else set()
    # a sidebar every inner page repeats but the reference (the home page) lacks: the template's links
    site = site_of(page)
    repeated = template_links(site) if site is not None else frozenset()
    return {lk.url for lk in page.links
            if lk.url not in repeated and lk.tag == "a" and not lk.in_nav and not is_toggle(lk) and len(lk.text) >= min_chars
            and lk.text not in crumbs and not (shared and lk.text in shared) and lk.url.rstrip("/") != page.url.rstrip("/")
            and lk.url not in away and not _shared_icon_link(lk, page, reference)}


def _shared_icon_link(lk: Link, page: Page, reference: Page | None) -> bool:
    """An icon link named only by its title (a footer's social-media icons) that the reference page links too:
    the template's, not an entry of this page's listing."""
    if reference is None or reference is page or lk.text in page.text:
        return False
    return any(other.url == lk.url for other in reference.links)


def site_of(page: Page) -> SitePages | None:
    """The site whose checks are running, when ``page`` is one of its pages (the ids memoised per site)."""
    sp = _S.current()
    if sp is None:
        return None
    ids = _S.memo().site.get("page_ids")
    if ids is None:
        ids = _S.memo().site["page_ids"] = frozenset(id(p) for p in sp.pages)
    return sp if id(page) in ids else None


def content_images(page: Page, reference: Page | None = None) -> list[str]:
    """URLs of the page's content images (``page.content_images``) that the reference page lacks."""
    shared = {im.url for im in reference.content_images} if reference is not None and reference is not page else set()
    site = site_of(page)
    if site is not None:
        shared |= template_images(site)
    own = [im.url for im in page.content_images if im.url not in shared and not _ICON_HOST.search(im.url)
           and not _DECOR_FILE.search(urlsplit(im.url).path) and not _DECOR_ALT.fullmatch(im.alt or "")]
    # a picture of the site's own icons folder is a card's pictogram beside others, but the one picture of a page
    # (an infographic 'visi_ppid.png' the theme keeps under images/icon/) is its content
    foldered = [u for u in own if _ICON_FOLDER.search(urlsplit(u).path)]
    return own if len(foldered) == 1 and len(own) == 1 else [u for u in own if u not in foldered]


# a template's ornament named as such (a title's underline 'line_02.png', 'divider.svg', 'shape-1.png', 'dots.png'):
# never a scanned document or a chart
_DECOR_FILE = re.compile(r"(?:^|[/_.-])(?:line|lines|divider|separator|shape|dots?|pattern|ornament|wave|waves|spacer|"
                         r"garis|underline|border|bg|background)(?:[_-]?\d+)?\.(?:png|svg|gif|jpe?g|webp)$"
                         # a page's hero banner ('ppid-hero.jpg', 'ppidlisthero.jpg', 'hero-bg.webp'): its header picture
                         r"|hero[\w-]{0,12}\.(?:png|svg|gif|jpe?g|webp)$", re.I)


# a picture whose alt text says it is the page's backdrop or ornament ('Background', 'Hero', 'Ornamen')
_DECOR_ALT = re.compile(r"\s*(?:background|bg|backdrop|banner background|hero|hero image|ornament|ornamen|decoration|dekorasi|hiasan)\s*", re.I)


def template_images(sp: SitePages) -> frozenset[str]:
    """Content pictures the site's template repeats (on three pages or more and on a third of them at least: a
    divider line under every CMS page's heading, a shared banner): decoration, never one page's content."""
    return _repeated(sp, "template_images", lambda p: {im.url for im in p.content_images}, 3)


def template_links(sp: SitePages) -> frozenset[str]:
    """Links of page content (not the menu) the site's template repeats on three pages or more and on a third of
    them at least (a sidebar's 'Kategori' or 'Berita Terkini' list): the template's, never one page's entries."""
    return _repeated(sp, "template_links", lambda p: {lk.url for lk in p.links if not lk.in_nav}, 3)


def _repeated(sp: SitePages, key: str, items: Callable[[Page], set[str]], share: int) -> frozenset[str]:
    """The ``items`` of pages with text that stand on three pages or more and on at least 1/``share`` of them:
    what the site's template repeats; memoised per site under ``key``."""
    known = _S.memo().site if _S.current() is sp else {}
    if key in known:
        return known[key]
    pages = [p for p in sp.pages if p.text]
    count = Counter(x for p in pages for x in items(p))
    out = frozenset(x for x, n in count.items() if n >= 3 and share * n >= len(pages))
    if _S.current() is sp:
        known[key] = out
    return out


# a picture from an icon library or an icons folder (cdn-icons-png.flaticon.com, img.icons8.com, /assets/icons/):
# a card's pictogram, never a scanned document or a chart
_ICON_HOST = re.compile(r"^[a-z]+://[^/]*\bicons?\d*\b[^/]*/|flaticon\.com/", re.I)
_ICON_FOLDER = re.compile(r"/icons?/", re.I)


# the text of an href="#" anchor that is decoration (a logo's alt, "back to top", a theme switch), not a download
_DECORATION = re.compile(r"\b(?:logo|icon|ikon|brand|banner|top|back to top|kembali ke atas|home|beranda|menu|toggle|search|cari|close|tutup|dark|light|theme|google play|app store|play store)\b|logo", re.I)


# a pager's links ("1", "2", "»", "Next") are not downloads
_PAGINATION = re.compile(r"[\d\s\u00ab\u00bb\u2039\u203a<>.]+|next|prev|previous|first|last|sebelumnya|selanjutnya|berikutnya|pertama|terakhir", re.I)


# the text of a dead anchor that offers an entry's file or detail: never the template's, however many pages show it
ENTRY_WORDS = re.compile(r"\b(?:unduh|download|lihat|detail|detil|preview|baca|buka|pdf|file|berkas|dokumen)\b", re.I)


# a post's byline and meta written as a dead link (the author 'Admin' / 'by admin' / 'Posted by Humas', a
# 'Share' button, a comment count, a category tag 'Uncategorized', a post date 'Mei, 2025'): page furniture
# around the content, never a download of the item
_MONTH = (r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ie]?|jul[iy]?|agu(?:stus)?|aug(?:ust)?|"
          r"sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)")
_BYLINE = re.compile(
    r"(?:(?:posted|written|published|ditulis|diposting|diposkan|dipublikasikan|diunggah)\s+)?(?:by|oleh)\b.{0,40}"
    r"|(?:admin\w*|administrator|super\s?admin|webmaster|operator|author|penulis|redaksi|editor)(?:\s+\w+)?"
    r"|share|bagikan|comments?|komentar|\d+\s+(?:comments?|komentar|views?|dilihat)|no comments?|leave a (?:comment|reply)"
    r"|tinggalkan komentar|uncategori[sz]ed|tidak berkategori|tanpa kategori"
    r"|(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*)?(?:\d{1,2}\s+)?" + _MONTH + r"\.?\s*,?\s*(?:\d{1,2}\s*,\s*)?\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}",
    re.I)


def is_byline_anchor(text: str) -> bool:
    """The text of a dead link is a post's byline or meta ('Admin', 'by admin', 'Posted by Humas', 'Share',
    '0 Comments', 'Uncategorized', 'Mei, 2025'): the page's furniture, not an item's download."""
    return bool(_BYLINE.fullmatch(" ".join(text.split())))


def template_dead_anchors(sp: SitePages) -> frozenset[str]:
    """Texts of the dead ``href="#"`` anchors of the site's template: shown dead on at least three pages and
    on half of the site's pages or more (a footer's 'Kebijakan Privasi', 'JDIH Kalbar', a header logo link),
    download and detail words excepted ('Unduh', 'Lihat Detail' on every listing page are the listings' own).
    A start page of another template (a splash page) does not share them, so the reference page cannot
    tell them from the page's own."""
    return _repeated(sp, "template_dead", lambda p: {y for x in p.dead_anchor_texts if (y := x.strip()) and not ENTRY_WORDS.search(y)}, 2)


def dead_anchors(page: Page, reference: Page | None = None) -> list[str]:
    """Texts of the page's dead ``href="#"`` anchors that may be downloads: not decoration (a logo's
    alt such as "logo-light"), not shared with the reference page (a header/footer on every page) and
    not the template's of the site being checked (``template_dead_anchors``): a dead footer link is
    never an item's own link."""
    if not page.dead_anchor_count:
        return []
    texts = [x.strip() for x in page.dead_anchor_texts if x.strip()]
    shared: set[str] = set()
    if reference is not None and reference is not page:
        shared = {x.strip() for x in reference.dead_anchor_texts if x.strip()}
    site = site_of(page)
    if site is not None:
        shared |= template_dead_anchors(site)
    return [x for x in texts if x not in shared and not _DECORATION.search(x.replace("-", " ").replace("_", " "))
            and not _PAGINATION.fullmatch(x) and not is_byline_anchor(x) and x not in _title_anchors(page, texts)]


def _title_anchors(page: Page, texts: list[str]) -> frozenset[str]:
    """The page's own title written as a dead link (``<h2><a href="#">Profil PPID</a></h2>`` over the page's
    paragraphs): a heading, not a download. Only when one dead anchor alone is a heading of the page: a listing
    whose every entry is a dead heading link (``<h4><a href="#">SOP ...</a></h4>`` per row) keeps them."""
    heads = {h.text.strip() for h in page.headings if h.text.strip()}
    titled = [x for x in texts if x in heads and not ENTRY_WORDS.search(x)]
    return frozenset(titled) if len(titled) == 1 else frozenset()


@lru_cache(maxsize=1)
def _empty_markers() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    ph = vocabulary()["placeholders"]
    return (frozenset(" ".join(tokens(x)) for x in ph.get("empty_rows", [])),
            tuple(re.compile(x, re.I) for x in ph.get("empty_info_patterns", [])))


@lru_cache(maxsize=1)
def _empty_row_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(x) for x in vocabulary()["placeholders"].get("empty_row_patterns", []))


# what an empty state adds after its notice: 'Data informasi akan ditampilkan di sini ketika tersedia',
# 'Silakan cek kembali nanti', 'Documents will appear here'
_LATER = re.compile(r"(?: [a-z]+){0,3} (?:akan (?:di)?(?:tampilkan|tampil|muncul|tersedia|unggah|upload|perbarui|update)"
                    r"|(?:silakan|silahkan) (?:cek|periksa|kunjungi) kembali"
                    r"|will (?:appear|be (?:shown|displayed|listed|available|added))|(?:please )?check back)(?: [a-z]+){0,6}")


# what an empty state suggests instead ('Coba cari dengan kata kunci lain atau belum ada dokumen di kategori ini')
_TRY_AGAIN = re.compile(r"(?:silakan |silahkan )?(?:coba|try) (?:cari|gunakan|masukkan|ubah|another|a different|searching)"
                        r"(?: [a-z]+){0,3} (?:kata kunci|kunci|keyword|search|filter)(?: [a-z0-9]+){0,10}")


def is_empty_notice(text: str) -> bool:
    """A listing's notice that it holds nothing, in any of the real wordings ('Tidak ada data tersedia.',
    'No data available in table', 'Formulir belum diunggah.', 'Dokumen belum tersedia'): the whole text, or
    the notice followed by a line saying the data will come ('... akan ditampilkan di sini ketika tersedia'),
    by a hint to search again, or by a second notice (an empty state's title over its text: 'Dokumen Tidak
    Ditemukan' / 'Belum ada dokumen DIP resmi yang diunggah saat ini.')."""
    words = tokens(text)
    if _is_notice(" ".join(words)):
        return True
    for k in range(2, len(words) - 1):
        rest = " ".join(words[k:])
        if (_LATER.fullmatch(" " + rest) or _TRY_AGAIN.fullmatch(rest) or _is_notice(rest)) and _is_notice(" ".join(words[:k])):
            return True
    return False


def _is_notice(toks: str) -> bool:
    return bool(toks) and (toks in _empty_markers()[0] or any(rx.fullmatch(toks) for rx in _empty_row_patterns()))


_HOME_ROW = frozenset("asdfghjkl")
_VOWELS = frozenset("aiueo")
_REPEAT = re.compile(r"([a-z])\1{3,}")
_NUMBERING = re.compile(r"\s*(?:\d{1,4}|[a-z])[.)]?\s*", re.I)


def _mashed(tok: str) -> bool:
    """A keyboard-mash token typed as test data: 'aaaaaaaaaa', 'asdfsd', 'sadfads', 'adsfa' (letters of
    the home row with consonants run together; 'salah', 'halal' and 'kalah' alternate with vowels)."""
    if len(tok) < 4 or not tok.isalpha():
        return False
    if _REPEAT.search(tok):
        return True
    if not set(tok) <= _HOME_ROW:
        return False
    cons = [ch not in _VOWELS for ch in tok]
    return sum(1 for i in range(len(tok) - 1) if cons[i] and cons[i + 1] and tok[i:i + 2] not in ("kh", "gh", "sh")) >= 2


def is_test_text(text: str) -> bool:
    """Text that is test data typed into a CMS ('aaaaaaaaaa', 'aaaaaaaasdf adsfa sdfad', 'www.asdfsd.com'):
    every word of four letters or more is a keyboard mash, and there is at least one."""
    words = [w for w in re.split(r"[^a-z]+", text.lower()) if len(w) >= 4 and w not in ("www", "http", "https", "html")]
    return bool(words) and all(_mashed(w) for w in words)


_TEST_WORDS = frozenset({"test", "tes", "testing", "tester", "dummy", "asdf", "qwerty"})


def is_test_words(text: str) -> bool:
    """A short text that is a CMS seeder's or a tester's value ('test bagian', 'testing', 'dummy text') or a
    keyboard mash: at most four words, the first a test word."""
    toks = tokens(text)
    return bool(toks) and (is_test_text(text) or (len(toks) <= 4 and toks[0] in _TEST_WORDS))


_SEARCH_ENGINE = re.compile(r"https?://(?:www\.)?(?:google\.[a-z.]+/(?:search|url)|bing\.com/search|search\.yahoo\.com/|duckduckgo\.com/\?)", re.I)
# a file host's own front page ('https://drive.google.com', 'https://www.dropbox.com/'): a seeder's stand-in for the file
# never uploaded; a shared file has a path of its own ('/file/d/<id>/view', '/s/<id>/...')
_FILE_HOST_ROOT = re.compile(r"https?://(?:www\.)?(?:drive\.google\.com|docs\.google\.com|dropbox\.com|onedrive\.live\.com|1drv\.ms|"
                             r"mega\.nz|mediafire\.com)(?:/(?:drive/?|drive/my-drive/?)?)?(?:[?#].*)?$", re.I)


_JUNK_WORDS = frozenset({"asd", "sad", "dsa", "asdasd", "tes", "test", "xxx", "aaa", "abc", "qwe", "coba", "isi"})


def _test_data_sections(page: Page, reference: Page | None, text: str) -> str:
    """The headings of the page's own content ("Visi | Misi | Tugas dan Fungsi"; not the template's, which the
    reference page has too) when there are two or more and the text under each, up to the next heading, is only
    a tester's words ('asd', 'test', '-'), else ""."""
    shared = {h.text for h in reference.headings} if reference is not None and reference is not page else set()
    own = [h for h in page.headings if h.text and h.text in text and h.text not in shared]
    if len(own) < 2:
        return ""
    # the sections' level is the commonest among them: a deeper heading after the last (a sidebar's 'Berita
    # Terbaru' box) is not one of them
    levels = [h.level for h in own]
    level = max(set(levels), key=lambda lv: (levels.count(lv), -lv))
    heads = [h.text for h in own if h.level <= level]
    if len(heads) < 2:
        return ""
    at = [text.find(h) for h in heads]
    if at != sorted(at):
        return ""
    junk = 0  # sections holding a tester's words (at least two: empty sections alone are not test data)
    for k, head in enumerate(heads):
        end = at[k + 1] if k + 1 < len(heads) else len(text)
        # (the heading's last copy before the next one: a breadcrumb 'Profil » Profil PPID' above the page's
        # 'Profil PPID' names it first)
        body = text[text.rfind(head, at[k], max(end, at[k] + len(head))) + len(head):end].strip()
        if k + 1 == len(heads):
            body = body.split(None, 1)[0] if body else ""  # the last: its first word (a sidebar or footer follows)
        toks = tokens(body)
        if body.strip(" -.") and not (is_test_words(body) or (toks and set(toks) <= _JUNK_WORDS)):
            return ""
        junk += bool(toks)
    return " | ".join(heads)[:80] if junk >= 2 else ""


def is_junk_link(link: Link) -> bool:
    """A link that cannot open anything: its href is test data ('aaaaaaaasdf adsfa sdfad', 'sadfads') or a
    host written without its scheme ('www.asdfsd.com', read as a path of this site)."""
    raw = link.raw_href.strip()
    if not raw or raw.startswith(("#", "javascript", "mailto:", "tel:")):
        return False
    if re.match(r"www\.[a-z0-9-]+\.[a-z]{2,}", raw, re.I) or _SEARCH_ENGINE.match(raw) or _FILE_HOST_ROOT.match(raw):
        # (a search engine's results, 'google.com/search?q=google', or a file host's front page stand in for a file
        # never uploaded)
        return True
    last = raw.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return bool(last) and is_test_text(last)


# filler words a developer types where a title belongs ('SOP blabla', 'Lorem ipsum'): never a real title
_FILLER_WORDS = frozenset({"blabla", "blablabla", "bla", "blah", "lorem", "ipsum", "asdf", "qwerty", "dummy", "xxx", "xxxx"})
_SHORT_MASH = re.compile(r"[asdfghjkl]{3}")


# the Latin of filler generators (lorem ipsum, Faker's lorem provider): a text made of these words is no title
_LATIN_FILLER = frozenset("""ab accusamus accusantium adipisci alias aliquam aliquid amet animi aperiam architecto asperiores
aspernatur assumenda atque aut autem beatae blanditiis commodi consectetur consequatur consequuntur corporis corrupti
culpa cum cumque cupiditate debitis delectus deleniti deserunt dicta dignissimos distinctio dolor dolore dolorem
doloremque dolores doloribus dolorum ducimus ea eaque earum eius eligendi enim eos esse est et eum eveniet excepturi
exercitationem expedita explicabo facere facilis fuga fugiat fugit hic illo illum impedit incidunt inventore ipsa ipsam
ipsum iste itaque iure iusto labore laboriosam laborum laudantium libero lorem magnam magni maiores maxime minima
modi molestiae molestias mollitia natus necessitatibus nemo neque nesciunt nihil nisi nobis nostrum nulla numquam
obcaecati odio odit officia officiis omnis optio pariatur perferendis perspiciatis placeat porro possimus
praesentium provident quae quaerat quam quas quasi qui quia quibusdam quidem quis quisquam quo quod quos ratione
recusandae reiciendis repellat repellendus reprehenderit repudiandae rerum saepe sapiente sed sequi similique sint
soluta sunt suscipit tempora tempore temporibus tenetur totam ullam unde ut vel velit veniam veritatis vero vitae
voluptas voluptate voluptatem voluptates voluptatibus voluptatum""".split())


_LATIN_SHARED = frozenset("a ad at ex id in non minus rem harum error nam sit iure".split())


def is_latin_filler(text: str) -> bool:
    """A text of four words or more, three in four of them the filler generators' Latin ('A saepe quae incidunt
    ratione excepturi eum porro'): generated placeholder, whatever its length."""
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) < 4:
        return False
    # (the generators' short or shared words, 'a', 'at', 'non', 'minus', 'harum', count towards the share only)
    latin = [w for w in words if w in _LATIN_FILLER or w in _LATIN_SHARED]
    return 4 * len(latin) >= 3 * len(words) and len({w for w in latin if len(w) >= 5 and w in _LATIN_FILLER}) >= 3


def is_placeholder_cell(text: str) -> bool:
    """A title cell that is test data or filler, not a title: a keyboard mash ('aaaaaaaaaa'), a short
    lower-case one of home-row letters with two consonants together ('asf', 'asg', 'sdf'; an Indonesian
    word of three letters alternates consonant and vowel), or a short text with a filler word ('SOP blabla',
    'Lorem ipsum', 'dokumen dummy')."""
    raw = text.strip()
    if not raw:
        return False
    if is_test_text(raw):
        return True
    if _SHORT_MASH.fullmatch(raw) and any(raw[i] not in _VOWELS and raw[i + 1] not in _VOWELS for i in range(2)):
        return True
    if is_latin_filler(raw):
        return True
    toks = tokens(raw)
    return 0 < len(toks) <= 4 and any(t in _FILLER_WORDS for t in toks)


def _filler_row(row: tuple[str, ...]) -> bool:
    """A row one of whose cells is a placeholder (test data, filler, generated Latin)."""
    return any(c.strip() and not _NUMBERING.fullmatch(c) and is_placeholder_cell(c) for c in row)


def is_empty_row(row: tuple[str, ...]) -> bool:
    """A row with no text, whose only text says the listing is empty ("No data available in table"), whose
    text is only a row number and test data ('2 | aaaaaaaaaa'), or whose title (its first cell that is not a
    row number) is test data or filler ('1 | asf | asg | INFORMASI BERKALA', '1 | SOP blabla | Buka File')."""
    cells = [c for c in row if c.strip()]
    if not cells:
        return True
    if len(cells) == 1 and is_empty_notice(cells[0]):
        return True
    words = [c for c in cells if not _NUMBERING.fullmatch(c)]
    return bool(words) and (all(is_test_text(c) for c in words) or is_placeholder_cell(words[0]))


def data_rows(table: Table) -> int:
    """The rows of a table that hold data (not blank, not an empty-listing notice, not test data); none
    when every link of the table is test data ('url' -> 'www.asdfsd.com'): its titles open nothing."""
    if table.links and all(is_junk_link(lk) for lk in table.links):
        return 0
    rows = [r for r in table.rows if not is_empty_row(r)]
    if _copied_rows(rows):
        return 0
    return len(rows)


def _copied_rows(rows: list[tuple[str, ...]]) -> bool:
    """Three rows or more that say the same thing but for their numbers ('1 | Daftar PPID Utama', '2 | Daftar PPID
    Utama', ... eight times): one template row copied to fill the listing, no entry of its own."""
    if len(rows) < 3:
        return False
    said = {tuple(c.strip() for c in r if c.strip() and not _NUMBERING.fullmatch(c)) for r in rows}
    if len(said) != 1:
        return False
    cells = next(iter(said))
    return any(len(tokens(c)) >= 2 and not ENTRY_WORDS.search(c) for c in cells)


# a register of requests (a dashboard's or recap's table 'No | Tanggal Permohonan | Nama Pemohon | Status'): it
# lists the service's requests and requesters, never the documents of an item the page may otherwise hold
_REQUEST_HEADER = re.compile(r"\b(?:pemohon|(?:tanggal|tgl|status|detail|rincian|nomor|no|tujuan)\.?\s+(?:permohonan|keberatan|registrasi))\b", re.I)


def is_request_register(table: Table) -> bool:
    """The table lists requests or requesters (a header 'Nama Pemohon', 'Tanggal Permohonan', 'Status Keberatan')."""
    return any(_REQUEST_HEADER.search(h) for h in table.headers)


def empty_listing(page: Page) -> str:
    """Why the page's listing is empty ("No data available in table", headers without rows), or "".

    Only when every table of the page that has headers is empty and there is at least one: a
    category page whose list holds nothing publishes nothing, however long its introduction. A register of
    requests (``is_request_register``) is no listing of an item: empty, it says no request came."""
    listings = [t for t in page.tables if t.headers and not is_request_register(t)]
    if not listings or any(data_rows(t) for t in listings):
        return ""
    marker = next((c for t in listings for r in t.rows for c in r if c.strip() and not _NUMBERING.fullmatch(c) and is_empty_row(r)), "")
    junk = [lk.raw_href for t in listings for lk in t.links if is_junk_link(lk)]
    if is_placeholder_cell(marker) or junk:
        marker = "data uji: " + " | ".join(dict.fromkeys([*junk, *([marker] if marker else [])]))
    info = next((m.group(0) for rx in _empty_markers()[1] if (m := rx.search(page.text))), "")
    if not marker and not info and page.script_tables:
        return ""  # rows loaded by the page's script (DataTables ajax): empty only in the HTML, not known
    return marker or info or "tabel tanpa baris data (" + " | ".join(listings[0].headers[:4])[:80] + ")"


# a download control's label, written as a button's text (capitalised, not a word inside a sentence)
_DOWNLOAD_LABEL = re.compile(r"(?<![\w-])(?:Unduh|UNDUH|Download|DOWNLOAD)(?!\s+(?:App|Aplikasi|Android|iOS|Google|Play|di|on)\b)"
                             r"(?=\s*$|\s+(?:[A-Z0-9\u2022|]|$))")
_DOWNLOAD_WORDS = re.compile(r"\b(?:unduh|download|lihat dokumen|lihat file|lihat berkas)\b", re.I)
# a listing's title column ('Judul', 'Judul Informasi', 'Nama Dokumen'): the table lists documents
_TITLE_HEADER = re.compile(r"^\s*(?:judul(?:\s+(?:informasi|dokumen|berkas|file|data))?|nama\s+(?:informasi|dokumen|berkas|file|data)"
                           r"|informasi|dokumen|title|document)\s*$", re.I)  # not 'Nama' (officials: 'Nama | Jabatan')


def download_buttons(page: Page, reference: Page | None = None) -> int:
    """How many 'Unduh' / 'Download' labels the page's own text shows with no link behind any of them (the
    page model keeps no <button>): entries offered for download whose file cannot be opened.  0 when a link
    of the page carries such a label (the downloads are links, judged as such)."""
    if any(not lk.in_nav and _DOWNLOAD_WORDS.search(lk.text) for lk in page.links) or any(
            _DOWNLOAD_WORDS.search(x) for x in page.dead_anchor_texts):
        return 0
    heads = sum(1 for t in page.tables for h in t.headers if _DOWNLOAD_LABEL.fullmatch(h.strip()))  # a column 'Unduh'
    return max(0, len(_DOWNLOAD_LABEL.findall(_own_text(page, reference))) - heads)


def _own_text(page: Page, reference: Page | None) -> str:
    """The page's text between the header it shares with ``reference`` and the first heading the two share
    after the page's own last heading (the template's footer): unlike ``content_text``, a last entry's
    'Unduh' that every listing page repeats before the footer stays the page's own."""
    text = page.text
    if reference is None or reference is page or not reference.text:
        return content_text(page, reference)
    head = len(os.path.commonprefix([text, reference.text]))
    while head > 0 and not text[head - 1].isspace():
        head -= 1
    shared = {h.text for h in reference.headings if h.text}
    own = [i for h in page.headings if h.text and h.text not in shared and (i := text.find(h.text, head)) >= 0]
    if not own:
        return content_text(page, reference)
    last = max(own)
    ends = [i for x in shared if (i := text.find(x, last + 1)) > last]
    return text[head : min(ends, default=len(text))]


def title_only_tables(page: Page) -> list[Table]:
    """The page's document listings (a title column, data rows) when none of them links anything: titles
    and summaries only ('Judul Informasi | Ringkasan Isi'), nothing a visitor can open."""
    listings = [t for t in page.tables if data_rows(t)]
    if not listings or any(t.links for t in listings):
        return []
    return [t for t in listings if any(_TITLE_HEADER.match(h) for h in t.headers)]


def _unpublished(page: Page, reference: Page | None, text: str) -> PageVerdict | None:
    """A page that names its entries but publishes none of them (no document link on it): download buttons
    without a file, or listings of titles that link nothing; None when it is not such a page."""
    cfg = rules()["present"]
    if empty_listing(page):
        return None  # an empty listing is said as such
    buttons = download_buttons(page, reference)
    if len(text.strip()) >= cfg.get("max_intro_chars_beside_empty_listing", 1500) and not (
            buttons >= 3 and len(text.strip()) < 350 * buttons):
        # a long text of its own is content, whatever its buttons do; unless the text is the entries' own cards,
        # each a date, a title, a line of summary and its dead 'Unduh' (six entries make a long page too)
        return None
    if buttons:
        return PageVerdict(page, False, f"tombol unduhannya tidak membuka berkas apa pun ({buttons} tombol 'Unduh' tanpa tautan)",
                           f"its download buttons open no file ({buttons} 'Unduh' buttons without a link)", code=DOWNLOAD_BUTTONS)
    bare = title_only_tables(page)
    if bare and len(bare) == len([t for t in page.tables if data_rows(t)]):
        rows = sum(data_rows(t) for t in bare)
        heads = " | ".join(bare[0].headers[:4])[:80]
        return PageVerdict(page, False, f"daftarnya hanya judul tanpa dokumen ({rows} baris: {heads})",
                           f"its listing holds titles without documents ({rows} rows: {heads})", code=UNPUBLISHED_ROWS)
    return None


def section_tables(page: Page, heads: list[str] | None = None) -> list[Table]:
    """The page's tables with data rows, or, given section headings, those whose cells are in one of those
    sections (a DIP page with one table per category under its heading)."""
    tables = [t for t in page.tables if data_rows(t)]
    if not heads:
        return tables
    secs = [sec for h in heads for sec in _every_section(page, h)]
    return [t for t in tables if any(c.strip() and len(c) > 3 and any(c in sec for sec in secs) for r in t.rows for c in r)]


def _every_section(page: Page, head: str) -> list[str]:
    """The text under each occurrence of ``head`` up to the next heading of the same or a higher level (the
    menu's copy of a category name ends at the page's title; the heading's own copy holds its table)."""
    level = next((h.level for h in page.headings if h.text == head), 6)
    others = [h.text for h in page.headings if h.text and h.text != head and h.level <= level]
    out: list[str] = []
    at = page.text.find(head)
    while at >= 0 and len(out) < 20:
        ends = [e for x in others if (e := page.text.find(x, at + len(head))) > 0]
        out.append(page.text[at : min([*ends, at + 3000])])
        at = page.text.find(head, at + len(head))
    return out


# a section's own line that its thing is not there yet ('Susunan pengurus belum tersedia', 'Bagan belum diunggah'):
# read only as the first line under a heading (on a whole page it may be one remark among others)
_SECTION_NOTICE = re.compile(r"(?:[a-z]+ ){1,3}(?:belum|tidak) (?:tersedia|diunggah|di unggah|diupload|di upload|diisi|dipublikasikan)")


def section_notice(page: Page, heads: list[str]) -> str:
    """The first sub-heading under one of the headings when it says the section holds nothing ('Susunan PPID
    Desa Keji' over 'Susunan pengurus belum tersedia'), or "" (a notice further down is another section's)."""
    texts = [h.text for h in page.headings]
    for head in heads:
        rest = section_text(page, head)[len(head):]
        after = texts[texts.index(head) + 1] if head in texts[:-1] else ""
        if after and after != head and after in rest and (is_empty_notice(after) or _SECTION_NOTICE.fullmatch(" ".join(tokens(after)))):
            return after
    return ""


def empty_section(page: Page, heads: list[str]) -> str:
    """Why the listing under the headings is empty (a tab pane 'Informasi Dikecualikan' whose table has no row
    while the page's other panes have rows), or "": every table whose header row is in one of those sections
    holds no data row, and there is at least one."""
    secs = [" ".join(sec.split()) for h in heads for sec in _every_section(page, h)]
    # a table is known by its header row followed by its first row (two panes may share the header row)
    sign = {id(t): " ".join(" ".join((*t.headers, *(t.rows[0] if t.rows else ()))).split()) for t in page.tables}
    mine = [t for t in page.tables if t.headers and any(sign[id(t)] in sec for sec in secs)]
    if not mine or any(data_rows(t) for t in mine):
        return ""
    notice = next((c for t in mine for r in t.rows for c in r if c.strip() and not _NUMBERING.fullmatch(c) and is_empty_row(r)), "")
    return notice or "tabel tanpa baris data (" + " | ".join(mine[0].headers[:4])[:80] + ")"


def generic_rows(tables: list[Table], words: frozenset[str]) -> list[str]:
    """The title cells of the tables' rows when every cell of every data row is made only of ``words`` (a
    category of the law, 'Dokumen Rahasia Negara', instead of an item), else []."""
    titles: list[str] = []
    for t in tables:
        for r in t.rows:
            cells = [c for c in r if c.strip() and not _NUMBERING.fullmatch(c)]
            if not cells or is_empty_row(r):
                continue
            if not all(set(tokens(c)) <= words for c in cells):
                return []
            titles.append(cells[0])
    return titles


def is_filter_box(form: Form) -> bool:
    """A listing's type-to-filter box outside any form (``page._filter_boxes``): neither content nor a site search."""
    return bool(form.fields) and all(f.type == "filter" for f in form.fields)


# a visitor's comment box under an article or page ('Tinggalkan Komentar' posting to /kirim-komentar, WordPress's
# wp-comments-post.php, a 'comment' text area): the page's furniture, not a form the page publishes
_COMMENT_FORM = re.compile(r"coment|comment|komentar|tanggapan|reply|balas", re.I)


def is_comment_form(form: Form) -> bool:
    """A visitor's comment form (its action or a field named for comments or replies): page furniture,
    neither a request form nor content of the page it sits on."""
    return bool(_COMMENT_FORM.search(urlsplit(form.action).path)) or any(
        f.name.lower() in ("comment", "komentar", "comment_content", "reply") for f in form.fields)


# a field labelled as a search box ('Pencarian Data', 'Cari judul...', 'Search'), named or not
_SEARCH_LABEL = re.compile(r"\s*(?:cari|pencarian|search)\b", re.I)


def is_search_form(form: Form) -> bool:
    """A search or filter form (a GET form with a search field: 'Cari judul...', year and unit selects, a box
    labelled 'Pencarian Data'),
    not a form that publishes or collects anything."""
    names = set(T.target("pencarian").raw.get("field_names", []))
    return form.method.upper() != "POST" and any(f.type in ("search", "filter") or f.name.lower() in names
                                                  or _SEARCH_LABEL.match(f.label) for f in form.fields)


# a notice that says the place has no item ('Belum ada ...', 'Tidak ada ...'), not that its page is unfinished
_NO_ITEM = re.compile(r"(?:maaf )?(?:tidak|belum) (?:ada|terdapat)\b")


# a listing's heading ('Daftar Dokumen ...', 'Dokumen Informasi Berkala', 'List of documents')
_LISTING_HEAD = re.compile(r"\b(?:daftar|dokumen|documents?|list)\b", re.I)


def _empty_notice(page: Page, text: str) -> str:
    """The page's notice that its place holds nothing: a heading of its content that is such a notice
    ('Belum Ada Informasi Setiap Saat', 'Data tidak ditemukan'), or a content whose only words besides its
    headings' words and one short line of description are one ('Maklumat Pelayanan' over 'Belum ada konten
    maklumat pelayanan.'); or ""."""
    ctoks = " ".join(tokens(text))
    for h in page.headings:
        htoks = " ".join(tokens(h.text))
        if htoks and f" {htoks} " in f" {ctoks} " and is_empty_notice(h.text):
            return h.text.strip()
    # a listing's own section that only says it is empty ('Daftar Dokumen Informasi Setiap Saat' over '0 dokumen
    # tersedia' and 'Belum ada dokumen informasi setiap saat tersedia'), whatever the page says around it (an
    # introduction, links to the other categories)
    for h in page.headings:
        if not _LISTING_HEAD.search(h.text) or f" {' '.join(tokens(h.text))} " not in f" {ctoks} ":
            continue
        rest = section_text(page, h.text)[len(h.text):]
        rest = _ZERO_COUNT.sub(" ", rest).strip()
        if rest and len(rest) <= 160 and is_empty_notice(rest):
            return rest
    if not ctoks or len(ctoks) > 300:
        return ""
    heads = {w for h in page.headings for w in tokens(h.text)}
    for rx in _empty_row_patterns():
        # besides the notice, only its headings' words and at most one short line of description (the category's
        # definition 'Informasi yang wajib disediakan dan diumumkan secara berkala.' over 'Belum ada informasi
        # untuk saat ini.')
        if (m := rx.search(ctoks)) and sum(w not in heads for w in (ctoks[:m.start()] + " " + ctoks[m.end():]).split()) <= 12:
            return m.group(0)
    return ""


def _unreachable_documents(page: Page, docs: tuple[Link, ...]) -> str:
    """Why none of the page's document links opens, when the crawl checked every one of them on this site and
    each failed (HTTP 404, an error): rows whose every 'Lihat File' is missing name documents without
    publishing them; "" when one opens or one was not checked (another host, a document not link-checked)."""
    sp = site_of(page)
    if not docs or sp is None:
        return ""
    bad: list[str] = []
    for lk in docs:
        f = sp.fetch(lk.url)
        why = _fetch_failure(f) if f is not None else None
        if why is None:
            return ""
        bad.append(why)
    return f"{len(bad)} tautan: " + ", ".join(dict.fromkeys(bad))


def _fetch_failure(f: Fetch) -> str | None:
    """Why a fetch the crawl made got nothing (its error, or 'HTTP 404'); None when it opened."""
    if f.error:
        return str(f.error.value if hasattr(f.error, "value") else f.error)
    if f.status is not None and f.status >= 400:
        return f"HTTP {f.status}"
    return None


# a row's button asking for the document instead of opening it ('Mohon Dokumen' -> the request form)
_REQUEST_BUTTON = re.compile(r"(?:mohon|minta|ajukan|request)(?: permohonan| permintaan)?(?: dokumen| informasi| data| salinan| berkas| document)?")


def is_request_button(text: str) -> bool:
    """A row's button that asks for the document instead of opening it ('Mohon Dokumen', 'Ajukan Permohonan')."""
    return bool(text) and _REQUEST_BUTTON.fullmatch(" ".join(tokens(text))) is not None


def _rows_unopened(page: Page, row_links: tuple[Link, ...]) -> str:
    """Why none of a listing's row links opens anything: each leads to a page the crawl found dead (HTTP 404)
    or never got (past the page budget, a page the site does not serve), none to a page or file it opened;
    "" when one opens.  The header's sort links count as rows' links: one that works makes this ""."""
    sp = site_of(page)
    if sp is None:
        return ""
    bad: list[str] = []
    for lk in row_links:
        if is_request_button(lk.text):
            bad.append(f"'{lk.text.strip()[:30]}'")  # 'Mohon Dokumen' to the request form: available on request only
            continue
        if lk.url.rstrip("/") == page.url.rstrip("/") or sp.page(lk.url) is not None:
            return ""
        f = sp.fetch(lk.url)
        if f is None and urlsplit(lk.url).netloc != urlsplit(page.url).netloc:
            return ""  # another site (a video, the agency's portal): not crawled, it may well open
        why = "tidak terambil" if f is None else _fetch_failure(f)
        if why is None:
            return ""
        bad.append(why)
    return f"{len(bad)} tautan: " + ", ".join(dict.fromkeys(bad))


def _hollow_entries(page: Page, entries: set[str]) -> str:
    """Why the page's entries publish nothing: at least two of them were crawled, every one crawled is a page
    judged empty, a placeholder or without a working document, and none opened a file; "" otherwise.  One level
    deep (an entry page's own entries are not followed while it is judged here) and worked out once per page."""
    sp = site_of(page)
    if sp is None:
        return ""
    site = _S.memo().site
    memo = site.setdefault("hollow_entries", {})
    if site.get("hollow_judging") or page.url in memo:
        return memo.get(page.url, "")
    site["hollow_judging"] = True
    try:
        why: list[str] = []
        for url in entries:
            dest = sp.page(url)
            if dest is None:
                f = sp.fetch(url)
                if f is not None and f.status == 200:
                    break  # a file or a page that opened
                continue
            v = judge_page(dest, reference_page(sp, dest))
            if v.ok or v.code not in (EMPTY_LISTING, EMPTY_PAGE, PLACEHOLDER_TEXT, DEAD_DOWNLOAD_LINKS) or (
                    v.code == EMPTY_PAGE and not _says_only_its_title(dest)):
                break
            why.append(v.reason)
        else:
            memo[page.url] = f"{len(why)} halaman: {'; '.join(dict.fromkeys(why))}"[:200] if len(why) >= 2 else ""
            return memo[page.url]
        memo[page.url] = ""
        return ""
    finally:
        site["hollow_judging"] = False


def _says_only_its_title(page: Page) -> bool:
    """An entry's page that says nothing beyond its headings and links ('Kembali' / 'Visi dan Misi' / 'Halaman detail
    untuk Visi dan Misi.'): a page made for the entry and never filled."""
    text = content_text(page, reference_page(site_of(page), page) if site_of(page) is not None else None)
    named = {w for x in (*(h.text for h in page.headings), *(lk.text for lk in page.links)) for w in tokens(x)}
    words = [w for w in tokens(text) if w not in named and w not in ("halaman", "detail", "untuk", "page", "for", "of", "dll")]
    return len(" ".join(words)) < 25


def _text_beside_tables(page: Page, text: str) -> str:
    """``text`` without the cells of the page's tables (a listing's titles and dates are not text of its own)."""
    for t in page.tables:
        for r in t.rows:
            for c in r:
                if len(c) > 3:
                    text = text.replace(c, " ", 1)
    return text


# placeholder phrases that are filler text, a placeholder however long the page is
_FILLER_PHRASES = frozenset({"lorem ipsum", "dolor sit amet", "necessitatibus eius consequatur"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")


def _said_before(page: Page, text: str, ptoks: str) -> str:
    """What ``text`` says before its first sentence that says ``ptoks`` (tokens), headings left out: the
    page's own words that a remark like 'Dokumen resmi belum tersedia secara digital' follows."""
    before: list[str] = []
    for s in _SENTENCE_END.split(text):
        if f" {ptoks} " in f" {' '.join(tokens(s))} ":
            break
        before.append(s)
    said = " ".join(" ".join(before).split())
    for head in sorted({h.text for h in page.headings if h.text}, key=len, reverse=True):
        said = said.replace(head, " ")
    return " ".join(said.split())


def items_beside_one_dead_button(sp: SitePages, page: Page) -> bool:
    """Three or more dead links that all carry one or two texts ('(SK Penetapan)', 'Unduh') beside a text
    of the page's own long enough to be a list of items (not a heading over buttons)."""
    ref = reference_page(sp, page)
    dead = dead_anchors(page, ref)
    if len(dead) < 3 or len(set(dead)) > 2:
        return False
    own = content_text(page, ref)
    for x in set(dead):
        own = own.replace(x, " ")
    return len(" ".join(own.split())) >= int(rules()["present"].get("min_section_chars", 200)) * 3


_STAND_IN_PAGES = 4  # other pages, each holding only the same one file, that make it a stand-in


def _only_document(p: Page) -> str | None:
    urls = {lk.url for lk in p.links if not lk.in_nav and is_document_link(lk) and not is_junk_link(lk)}
    return next(iter(urls)) if len(urls) == 1 else None


def _stand_in_document(page: Page, docs: tuple[Link, ...]) -> int:
    """How many other pages of the site (other paths) hold only the one file ``page`` holds; 0 unless
    at least ``_STAND_IN_PAGES`` do (memoised per site)."""
    url = docs[0].url
    if any(lk.url != url for lk in docs):
        return 0
    sp = site_of(page)
    if sp is None:
        return 0
    memo = _S.memo().site
    holders = memo.get("only_document")
    if holders is None:
        holders = memo["only_document"] = {}
        for p in sp.pages:
            if (u := _only_document(p)) is not None:
                holders.setdefault(u, []).append(p)
    others = {urlsplit(p.url).path.rstrip("/") for p in holders.get(url, ())} - {urlsplit(page.url).path.rstrip("/")}
    return len(others) if len(others) >= _STAND_IN_PAGES else 0


def _one_file_repeated(docs: tuple[Link, ...]) -> int:
    """How many times the page's document links open one and the same file, when they open no other (a file's
    view and download links count once each): at least four, else 0."""
    if not docs:
        return 0
    bases = {lk.url.split("#", 1)[0].split("?", 1)[0] for lk in docs}
    if len(bases) != 1:
        return 0
    most = max(sum(1 for lk in docs if lk.url == u) for u in {lk.url for lk in docs})
    return most if most >= 4 else 0


@lru_cache(maxsize=1)
def _province_names() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {n: n for n in PROVINCES.values()} | PROVINCE_ALIASES
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # a government named by its province: 'Provinsi Jawa Barat', 'Pemerintah Provinsi DKI Jakarta', 'Gubernur Jawa
    # Tengah', 'Pemprov Banten', 'Setda Prov. Kaltim' (a province merely named, 'di Jawa Barat', is not its government)
    return re.compile(rf"\b(?:Provinsi|PROVINSI|Prov\.?|Gubernur|GUBERNUR|Pemprov|PEMPROV)\s+({alt})\b"), names


def site_province(site: Site) -> str | None:
    """The province the site belongs to: its registry's province code, else a province its name holds
    ('PPID Provinsi Sumatera Utara'); None for a kabupaten named alone."""
    if site.province in PROVINCES:
        return PROVINCES[site.province]
    rx, names = _province_names()
    m = rx.search(site.name)
    return names[m.group(1)] if m else None


def other_province(site: Site, text: str, at_least: int = 2) -> str:
    """The other province whose government ``text`` names (``at_least`` times) while never naming the site's own
    ('Pemerintah Provinsi Jawa Barat' row after row of a Sumatera Utara portal's DIP), or ""; "" when the site's
    province is not known.  One mention is a reference (a news item on a visit to 'Pemprov Jatim'), not ownership."""
    own = site_province(site)
    if own is None:
        return ""
    rx, names = _province_names()
    named = Counter(names[m.group(1)] for m in rx.finditer(text))
    if not named or own in named:
        return ""  # (the site's own government named beside another's: a legitimate reference)
    best, n = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return best if n >= at_least else ""


# a central ministry named as the owner of what a page lists ('Profil Kementerian Perhubungan', 'LKIP 2021
# Sekretariat Jenderal Kementerian Perhubungan'): the name after 'Kementerian', capitalised words
# (read ahead, not consumed: 'Profil Kementerian Perhubungan Profil Pejabat Kementerian Perhubungan' names it twice)
_MINISTRY = re.compile(r"\bKementerian\s+(?=((?-i:[A-Z][a-z]+)(?:\s+(?:dan\s+)?(?-i:[A-Z][a-z]+)){0,3}))")
# a site of a central body or its units (a ministry's office, a court, a university, a state company): a ministry's
# name on its pages is its own
_CENTRAL_SITE = re.compile(r"\b(?:kementerian|kemen\w+|kantor|balai|bbpom|loka|kanwil|pengadilan|mahkamah|kejaksaan|kejari|kejati|"
                           r"polres|polresta|polda|polsek|bps|bpn|badan pusat|lapas|rutan|imigrasi|universitas|univ|politeknik|poltekkes|"
                           r"institut|sekolah|madrasah|man|mts|min|sma|smk|smp|bawaslu|kpu|bnn|bnnk|basarnas|stasiun|upbu|bandar udara|"
                           r"karantina|lldikti|bpom|bpjs|bank|pt|perum|perumda|pdam|bumd|bumn|kpp|kpknl|djp|bkn|lpp|tvri|rri)\b", re.I)
_OWN_PLACE = re.compile(r"\b(?:Kota|Kabupaten|Kab\.|Provinsi)\s+((?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+))?)")


def other_ministry(site: Site, text: str, at_least: int = 5) -> str:
    """The central ministry whose own material ``text`` is ('Profil Kementerian Perhubungan', its LKIP, its DIP; named
    ``at_least`` times, three times as often as the body's own place) on the site of a regional government body
    ('Dinas Perhubungan Kota Pekanbaru' pasting the ministry's PPID pages), or "".  Not on a central body's own site."""
    if _CENTRAL_SITE.search(site.name):
        return ""
    place = _OWN_PLACE.search(site.name)
    if place is None:
        return ""
    # (counted by the name's first word: 'Kementerian Perhubungan' and 'Kementerian Perhubungan Republik Indonesia')
    found = [m.group(1) for m in _MINISTRY.finditer(text)]
    named = Counter(x.split()[0] for x in found)
    if not named:
        return ""
    first, n = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    best = min((x for x in found if x.split()[0] == first), key=len)
    if n < at_least or n < 3 * text.lower().count(place.group(1).split()[0].lower()):
        return ""  # (the body's own place named as often: its page quoting its ministry)
    return f"Kementerian {best}"


def other_region(page: Page) -> str:
    """The other province whose government the page's own content names (``other_province``) on the site whose
    checks are running, or ""; worked out once per page and site (every target and hit asks)."""
    sp = site_of(page)
    if sp is None:
        return ""
    memo = _S.memo().site.setdefault("other_region", {})
    if page.url not in memo:
        text = content_text(page, reference_page(sp, page))
        memo[page.url] = other_province(sp.site, text) or other_ministry(sp.site, text)
    return memo[page.url]


_EXAMPLES_HEADER = re.compile(r"\bcontoh\b", re.I)  # 'Contoh', 'Keterangan / Contoh', 'Contoh Informasi'


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def bare_titles(page: Page) -> str:
    """The first titles of the page's listings when every listing is a column of short titles beside at most a
    numbering ('a.' | 'Profil Desa'), with no link and no year in any row: kinds named, nothing filed; "" otherwise."""
    listings = [t for t in page.tables if data_rows(t)]
    if not listings:
        return ""
    titles: list[list[str]] = []
    for t in listings:
        if t.links:
            return ""
        titles.append([])
        for r in t.rows:
            cells = [c.strip() for c in r if c.strip() and not _NUMBERING.fullmatch(c)]
            if len(cells) > 1 or any(len(c) > 120 or _YEAR.search(c) for c in cells):
                return ""
            titles[-1].extend(cells)
    if sum(map(len, titles)) < 3:
        return ""
    # (the first titles of each listing: a page of two categories' lists is quoted from both)
    return " | ".join(x for ts in titles for x in ts[: max(1, 3 // len(titles))])[:80]


def _kinds_table(page: Page) -> str:
    """The headers of the page's listing when every listing of it has a column of examples ('Jenis Informasi |
    Keterangan / Contoh'): kinds described, not items filed; "" otherwise."""
    listings = [t for t in page.tables if data_rows(t)]
    if not listings or not all(any(_EXAMPLES_HEADER.search(h) for h in t.headers) for t in listings):
        return ""
    return " | ".join(listings[0].headers[:4])[:80]


def shell_twins(page: Page) -> int:
    """How many other pages of the site (other paths) have exactly ``page``'s text, when that text is the template's
    frame: a route that renders only the header and footer shares them with every other such route, and nearly all
    of its words with a page of other content (memoised per site).  A page of its own served under several
    addresses ('/', '/home', '/beranda') shares its content with its aliases only: 0."""
    sp = site_of(page)
    if sp is None or not page.text or page.js_only:
        return 0
    known = _S.memo().site
    by_text = known.get("shell_twins")
    if by_text is None:
        by_text = known["shell_twins"] = {}
        for p in sp.pages:
            if p.text and not p.js_only:
                by_text.setdefault(p.text, set()).add(urlsplit(p.url).path.rstrip("/").lower())
    twins = len(by_text.get(page.text, ())) - 1
    if twins < 2:
        return 0
    framed = known.setdefault("shell_framed", {})
    if page.text not in framed:
        # the frame: what the page shares at its start and end with a page of other words covers nearly all of it
        others = [p for p in sp.pages if p.text and not p.js_only and p.text != page.text][:8]
        framed[page.text] = any(_shared_chars(page, o) >= 0.8 * len(page.text) for o in others)
    return twins if framed[page.text] else 0


def judge_page(page: Page, reference: Page | None = None) -> PageVerdict:
    """Substance and placeholders of a target page (thresholds in rules.toml [present])."""
    if page.js_redirect and len(page.text) < 300 and (sp := site_of(page)) is not None:
        # a loading screen that sends the visitor on by script ('loading-screen/cms.php' -> 'profil/comingsoon.php'):
        # what the visitor ends on is the page, as after an HTTP redirect
        target = sp.page(page.js_redirect)
        if target is not None and target is not page and not target.js_redirect:
            return judge_page(target, reference_page(sp, target))
    cfg = rules()["present"]
    if (twins := shell_twins(page)) >= 2 and not any(is_document_link(lk) for lk in page.links if not lk.in_nav):
        # the same words as two or more other pages of the site under other addresses ('Struktur PPID', 'SK PPID',
        # 'Maklumat' all answering the template's header and footer around an empty body): a shell, no content
        return PageVerdict(page, False, f"halamannya sama persis dengan {twins} halaman lain: hanya kerangka templat tanpa isi",
                           f"the page is word for word the same as {twins} other pages: the template's frame, no content",
                           code=EMPTY_PAGE)
    text = content_text(page, reference)
    ntext = norm(text)
    if other := other_region(page):
        # a page copied from another province's PPID (PPID Jawa Barat's DIP on a Sumatera Utara portal, DKI Jakarta's
        # decree and reports): its content is that body's, not this one's
        return PageVerdict(page, False, f"isinya milik badan publik lain ({other})", f"its content is another body's ({other})",
                           code=OTHER_REGION)
    # a listing whose every row is test data or filler ('SOP blabla' | 'Buka File'): its files are not entries
    filler = {lk.url for t in page.tables if t.rows and not data_rows(t) for lk in t.links}
    docs = tuple(lk for lk in page.links if not lk.in_nav and is_document_link(lk) and not is_junk_link(lk) and lk.url not in filler)
    # (rows of the template's tables, a footer's 'Alamat | : | ...' on every page, are not the page's listing)
    rows = sum(data_rows(t) for t in page.tables if any(len(c.strip()) > 3 and c.strip() in text for r in t.rows for c in r))
    fields = max((len(f.fields) for f in page.forms if not is_search_form(f) and not is_comment_form(f)), default=0)
    notice = _empty_notice(page, text) if len(docs) < cfg["min_document_links"] and not rows else ""
    if notice and _NO_ITEM.match(" ".join(tokens(notice))):
        # 'Belum ada data informasi serta merta.': the place says it has no item yet (an empty listing), which a
        # placeholder phrase inside it ('belum ada data') must not turn into a template left unfilled
        return PageVerdict(page, False, f"halaman hanya menyatakan '{notice[:80]}'", f"the page only says '{notice[:80]}'",
                           code=EMPTY_LISTING)
    # a long text of the page's own that says 'belum tersedia' in a sentence ('jika belum tersedia, permohonan
    # diserahkan paling lambat 10 hari kerja') is content; filler text (lorem ipsum) is a placeholder at any length
    long_own = len(text.strip()) >= cfg.get("max_intro_chars_beside_empty_listing", 1500)
    for phrase in vocabulary()["placeholders"]["phrases"]:
        ptoks = " ".join(tokens(phrase))
        if long_own and phrase not in _FILLER_PHRASES:
            continue
        if ptoks and f" {ptoks} " in f" {ntext} " and len(docs) < cfg["min_document_links"]:
            if (phrase not in _FILLER_PHRASES and f" {ntext} ".count(f" {ptoks} ") == 1
                    and len(_said_before(page, text, ptoks)) >= int(cfg.get("min_section_chars", 200))):
                # one remark among the page's own sentences ('Dokumen resmi belum tersedia secara digital di portal
                # ini.' under the PPID's profile): the page says something else of its own (a notice repeated
                # under every entry, 'Dokumen sedang diperbarui oleh PPID.', is the listing's state)
                continue
            empty = empty_listing(page)
            if empty and not empty.startswith("data uji"):
                # the notice is the lone row of a listing ('Belum ada data ... yang dipublikasikan'): an empty
                # listing (a place never used), not a page left as a template's placeholder
                return PageVerdict(page, False, f"daftarnya kosong ('{empty[:80]}')", f"its listing is empty ('{empty[:80]}')",
                                   code=EMPTY_LISTING)
            return PageVerdict(page, False, f"halaman hanya berisi '{phrase}'", f"the page only says '{phrase}'",
                               code=PLACEHOLDER_TEXT)
    if notice:
        # the page's own notice that it holds nothing ('Belum Ada Informasi Setiap Saat', 'Data tidak ditemukan')
        return PageVerdict(page, False, f"halaman hanya menyatakan '{notice[:80]}'", f"the page only says '{notice[:80]}'",
                           code=EMPTY_LISTING)
    unreachable = _unreachable_documents(page, docs)
    if unreachable and fields < cfg["min_form_fields"] and len(_text_beside_tables(page, text).strip()) < cfg.get(
            "max_intro_chars_beside_empty_listing", 1500):
        return PageVerdict(page, False, f"tak satu pun dokumennya dapat dibuka ({unreachable})",
                           f"none of its documents can be opened ({unreachable})", docs=docs, code=UNPUBLISHED_ROWS)
    if rows >= cfg["min_table_rows"] and not docs:
        # a listing whose every row opens a page the site does not have ('download' to /download/download/453,
        # HTTP 404): its titles are named, nothing of them can be opened (a footer's contact form beside it
        # does not make the page a form)
        # (a row's link to a page of the site's menu is its category or section, not its document)
        menu = {lk.url for lk in page.links if lk.in_nav}
        row_links = tuple(lk for t in page.tables if data_rows(t) for lk in t.links
                          if not lk.in_nav and not is_toggle(lk) and lk.url not in filler
                          and (lk.url not in menu or is_request_button(lk.text)))
        dead_rows = _rows_unopened(page, row_links) if row_links else ""
        if dead_rows and len(_text_beside_tables(page, text).strip()) < cfg.get("max_intro_chars_beside_empty_listing", 1500):
            return PageVerdict(page, False, f"tak satu pun baris daftarnya dapat dibuka ({dead_rows})",
                               f"none of its listing's rows can be opened ({dead_rows})", code=UNOPENED_ROWS)
    if rows >= cfg["min_table_rows"] and not docs and (kinds := _kinds_table(page)) and len(
            _text_beside_tables(page, text).strip()) < cfg.get("max_intro_chars_beside_empty_listing", 1500):
        # 'No | Jenis Informasi | Rincian | Keterangan / Contoh': the kinds of information the category covers with
        # examples of each, the regulation's list written out, nothing of the body's own filed or linked
        return PageVerdict(page, False, f"daftarnya hanya menyebut jenis informasi beserta contohnya, tanpa dokumen ({kinds})",
                           f"its listing only names kinds of information with examples, with no document ({kinds})", code=GENERIC_ROWS)
    dead = dead_anchors(page, reference)
    if dead and not docs and not entry_links(page, reference):
        here = urlsplit(page.url).netloc
        said = set(dead)
        away = [lk for lk in page.links if not lk.in_nav and lk.tag == "a" and not is_toggle(lk)
                and lk.text.strip() in said and urlsplit(lk.url).netloc not in ("", here)]
        if away:
            # the same 'Lihat' buttons open pages of another site (the body's main portal) for some items and
            # nothing for the rest: listed, the items elsewhere unverified, not all dead
            shown = " | ".join(sorted(said))[:60]
            return PageVerdict(page, False, f"sebagian tautannya ('{shown}') mati dan sisanya menuju situs lain ({len(away)} tautan)",
                               f"some of its links ('{shown}') are dead and the rest lead to another site ({len(away)} links)",
                               code=UNOPENED_ROWS)
        shown = " | ".join(dead)[:80]
        return PageVerdict(
            page, False, f"tautan unduhan tidak berfungsi (href=\"#\" atau alamat lokal pengembang: {shown})",
            f"download links are dead (href=\"#\" or a developer's local address: {shown})",
            code=DEAD_DOWNLOAD_LINKS,
        )
    stand_ins = [lk for lk in page.links if not lk.in_nav and _FILE_HOST_ROOT.match(lk.raw_href.strip()) and ENTRY_WORDS.search(lk.text)]
    if len(stand_ins) >= 2 and not docs and not rows:
        # every entry's 'Buka' opens the file host's front page ('https://drive.google.com', a seeder's stand-in):
        # titles listed, not one file behind them
        shown = stand_ins[0].raw_href.strip()[:60]
        return PageVerdict(page, False, f"tautan unduhannya hanya halaman depan layanan berkas ({shown}): tak satu pun membuka berkas",
                           f"its download links only open a file host's front page ({shown}): none opens a file",
                           code=DEAD_DOWNLOAD_LINKS)
    if not docs and fields < cfg["min_form_fields"] and len(entry_links(page, reference)) < cfg["min_entry_links"]:
        unpublished = _unpublished(page, reference, text)
        if unpublished is not None:
            return unpublished
    copied = next((t for t in page.tables if _copied_rows([r for r in t.rows if not is_empty_row(r)])), None)
    if copied is not None and not docs and not rows and fields < cfg["min_form_fields"] and len(
            _text_beside_tables(page, text).strip()) < cfg["min_content_chars"]:
        # its listing is one template row copied ('Daftar PPID Utama' eight times): filler, not entries
        shown = next(c for c in copied.rows[0] if c.strip() and not _NUMBERING.fullmatch(c))[:60]
        return PageVerdict(page, False, f"baris daftarnya hanya salinan satu baris contoh ('{shown}' x{len(copied.rows)})",
                           f"its listing's rows are one sample row copied ('{shown}' x{len(copied.rows)})", code=PLACEHOLDER_TEXT)
    filled = [r for t in page.tables for r in t.rows if not is_empty_row(r) or _filler_row(r)]
    if filled and not rows and all(_filler_row(r) for r in filled) and len(
            _text_beside_tables(page, text).strip()) < cfg["min_content_chars"]:
        # every row of its listings is generated filler ('Rerum vero eligendi id quisquam ullam rerum repellendus' x 10,
        # a seeder's lorem ipsum): sample data, not entries
        shown = next(c for c in filled[0] if is_placeholder_cell(c))[:60]
        return PageVerdict(page, False, f"baris daftarnya hanya data contoh ('{shown}')",
                           f"its listing's rows are sample data ('{shown}')", code=PLACEHOLDER_TEXT)
    junk_tables = [t for t in page.tables if t.rows and t.links and all(is_junk_link(lk) for lk in t.links)
                   and any(_SEARCH_ENGINE.match(lk.raw_href.strip()) for lk in t.links)]  # (test-data links: below)
    if junk_tables and not docs and not rows and len(_text_beside_tables(page, text).strip()) < cfg["min_content_chars"]:
        # every row's 'Unduh' is test data or a search engine's results ('google.com/search?q=google'): the
        # titles are there, no file was ever put behind them
        shown = junk_tables[0].links[0].raw_href[:60]
        return PageVerdict(page, False, f"tautan baris daftarnya tidak membuka berkas apa pun ({shown})",
                           f"its listing's links open no file ({shown})", code=PLACEHOLDER_TEXT)
    if (docs and not rows and fields < cfg["min_form_fields"] and len(_text_beside_tables(page, text).strip()) < cfg["min_content_chars"]
            and (reference is None or reference is page or docs[0].url not in {lk.url for lk in reference.links})
            and (n := _stand_in_document(page, docs))):
        # the same one file is all that page after page holds (the DIP, the maklumat, each procedure and the
        # exempt list all embed 'kalender_akademik.pdf'): a stand-in put behind every item, not this item
        shown = file_name(docs[0].url)[:60]
        return PageVerdict(page, False, f"satu-satunya dokumennya ('{shown}') sama dengan isi {n} halaman lain yang berbeda",
                           f"its only document ('{shown}') is the same as the content of {n} other, different pages",
                           code=PLACEHOLDER_TEXT)
    if (repeated := _one_file_repeated(docs)) and not rows and fields < cfg["min_form_fields"]:
        # six cards 'Available Information.pdf' whose every view and download opens 'Event BRI 2021.pdf': the
        # theme's sample entry copied, one file behind every place of the listing
        shown = file_name(docs[0].url)[:60]
        return PageVerdict(page, False, f"semua {repeated} entrinya membuka berkas yang sama ('{shown}')",
                           f"all its {repeated} entries open the same file ('{shown}')", code=GENERIC_ROWS)
    if len(docs) >= cfg["min_document_links"] or rows >= cfg["min_table_rows"] or fields >= cfg["min_form_fields"]:
        return PageVerdict(page, True, docs=docs)
    if (not docs and fields < cfg["min_form_fields"] and any(is_request_register(t) for t in page.tables)
            and not empty_listing(page) and not content_images(page, reference)
            and len(_text_beside_tables(page, text).strip()) < cfg["min_content_chars"]):
        # a dashboard of the service's requests whose register has no row ('No | Tanggal Permohonan | Nama
        # Pemohon'): the page lists requests, not an item; it neither publishes nor leaves empty the item's place
        return PageVerdict(page, False, "halaman ini rekap permohonan informasi yang kosong, bukan halaman item",
                           "the page is an empty register of information requests, not the item's page", code=REQUEST_REGISTER)
    empty = empty_listing(page)
    # without a reference page the sidebar's links and images cannot be told from the page's own
    if empty and len(text.strip()) < cfg.get("max_intro_chars_beside_empty_listing", 1500) and (
            reference is None or (not entry_links(page, reference) and not content_images(page, reference))):
        return PageVerdict(page, False, f"daftarnya kosong ('{empty[:80]}')", f"its listing is empty ('{empty[:80]}')",
                           code=EMPTY_LISTING)
    # a list of entries that open their own pages (serta-merta notices, news of a category)
    if len(entries := entry_links(page, reference)) >= cfg["min_entry_links"]:
        if not docs and not rows and (hollow := _hollow_entries(page, entries)):
            # tiles '2026 Informasi Berkala' | '2025 ...' whose every crawled page has no document ('Dokumen belum
            # tersedia', a dead 'Unduh'): the listing names years or titles and publishes nothing behind them
            return PageVerdict(page, False, f"setiap entrinya membuka halaman tanpa dokumen ({hollow})",
                               f"each of its entries opens a page without a document ({hollow})", code=EMPTY_LISTING)
        return PageVerdict(page, True, docs=docs)
    if not empty and page.script_tables and any(t.headers and not data_rows(t) for t in page.tables):
        # the rows come from the page's script (server-side DataTables): neither empty nor published as far
        # as the HTML shows; present() makes this a warning
        return PageVerdict(page, False, "baris daftarnya dimuat oleh skrip dan tidak dapat diperiksa",
                           "its listing's rows are loaded by script and could not be checked", code=SCRIPT_LISTING)
    if not docs and not rows and fields < cfg["min_form_fields"] and (junk_heads := _test_data_sections(page, reference, text)):
        # 'Visi' > 'asd', 'Misi' > 'asd', 'Tugas dan Fungsi' > 'test': every section of the page holds a tester's
        # words, whatever the sidebar beside them holds
        return PageVerdict(page, False, f"setiap bagiannya hanya berisi data uji ({junk_heads})",
                           f"each of its sections holds only test data ({junk_heads})", code=PLACEHOLDER_TEXT)
    # a scanned maklumat, an organisation chart: an image of this page only (not a shared one)
    if content_images(page, reference):
        return PageVerdict(page, True, docs=docs)
    if len(text.strip()) >= cfg["min_content_chars"]:
        return PageVerdict(page, True, docs=docs)
    junk = [lk.raw_href.strip() for lk in page.links if not lk.in_nav and is_junk_link(lk)]
    junk += [c for t in page.tables for r in t.rows for c in r if c.strip() and is_test_text(c)]
    if junk:
        shown = " | ".join(dict.fromkeys(junk))[:80]
        return PageVerdict(page, False, f"isinya data uji dan tautan yang tidak membuka apa pun ({shown})",
                           f"its content is test data and links that open nothing ({shown})", code=PLACEHOLDER_TEXT)
    return PageVerdict(page, False, "halaman kosong atau hampir tanpa isi", "the page is empty or nearly so", code=EMPTY_PAGE)


# the counters of an information service ('Total Permohonan', 'Jumlah Ditolak : 0', '0 Keberatan')
_SERVICE_WORD = r"(?:permohonan|pemohon|diterima|ditolak|diproses|selesai|dikabulkan|keberatan|sengketa)"
_COUNTER_BEFORE = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+(?:(?:total|jumlah)\s+)?" + _SERVICE_WORD + r"\b", re.I)
_COUNTER_AFTER = re.compile(r"\b" + _SERVICE_WORD + r"\s*:?\s*(\d[\d.,]*)(?![\d.,%]|\s*(?:hari|%|persen|jam|menit))", re.I)


def service_counters(text: str) -> bool:
    """The text shows figures of requests, objections and their outcome (at least two of them): a statistics
    widget ('Total Permohonan 0 | Diterima 0 | Ditolak 0', '20 diajukan / 15 diterima / 5 ditolak', a footer's
    'Jumlah Permohonan : 0'), counts with no period, document or account of the service; a year or a time
    limit ('10 hari kerja') is no counter."""
    return sum(1 for rx in (_COUNTER_BEFORE, _COUNTER_AFTER) for _ in rx.finditer(text)) >= 2


def heading_offset(page: Page, head: str) -> int:
    """Where the heading ``head`` starts in ``page.text``: the headings are found in document order, so a
    heading whose words also occur earlier (a tile 'Pengajuan Keberatan' above a section of that name) is
    found at its own place; -1 when it is not in the text."""
    pos = 0
    for h in page.headings:
        at = page.text.find(h.text, pos) if h.text else -1
        if h.text == head:
            return at if at >= 0 else page.text.find(head)
        if at >= 0:
            pos = at + len(h.text)
    return page.text.find(head)


def section_text(page: Page, head: str, shared: frozenset[str] = frozenset()) -> str:
    """The page text from heading ``head`` to the next heading of the same or a higher level, or to a
    heading the site's other pages share (a footer's 'Link Terkait'), at most 3000 characters: a
    section's own sub-headings ("1. Pemohon mengisi formulir") belong to it."""
    start = heading_offset(page, head)
    if start < 0:
        return ""
    level = next((h.level for h in page.headings if h.text == head), 6)
    # (a heading of punctuation only, a counter's '-' before its number loads, ends nothing: it is found inside
    # 'perundang-undangan')
    ends = [e for h in page.headings if h.text and h.text != head and (h.level <= level or h.text in shared)
            and any(c.isalnum() for c in h.text) and (e := page.text.find(h.text, start + len(head))) > 0]
    return page.text[start : min([*ends, start + 3000])]


def _names_other_target(text: str, key: str) -> bool:
    """``text`` is the label of a target other than ``key`` and not of ``key`` itself (a category link
    in a footer group 'Daftar Informasi Publik'; 'Daftar Informasi Publik Serta Merta' is serta merta's)."""
    toks = tokens(text, camel=True)
    return not T.target(key).label_in(toks) and any(k != key and T.target(k).label_in(toks) for k in vocabulary()["target"])


def _links_in(page: Page, sec: str, head: str) -> list[Link]:
    """The non-menu links whose text is inside the section text ``sec`` (the n-th 'Lihat Semua' of the page
    for the n-th occurrence of that text, so that two cards' identical buttons are told apart) or that wrap
    the heading."""
    at = page.text.find(sec)
    by_text: dict[str, list[Link]] = {}
    for lk in page.links:
        if lk.text:
            by_text.setdefault(lk.text, []).append(lk)
    out: list[Link] = []
    for text, links in by_text.items():
        if head in text:
            out += [lk for lk in links if not lk.in_nav]
            continue
        # (after the heading: a footer link 'Profil PPID' is not in a section headed 'Profil PPID BPMP Provinsi NTB')
        pos = sec.find(text, len(head) if sec.startswith(head) else 0)
        if pos < 0:
            continue
        nth = page.text.count(text, 0, at + pos) if at >= 0 else 0
        lk = links[nth] if nth < len(links) else links[-1]
        if not lk.in_nav:
            out.append(lk)
    return out


# a card's closing button ('Lihat Selengkapnya', 'Lihat Semua', 'Baca Selengkapnya', 'Read more')
_MORE_BUTTON = re.compile(r"\s*(?:(?:lihat|baca|tampilkan)\s+(?:selengkapnya|semua|lainnya|detail|detil)|selengkapnya|read more|view all|see all|more)\s*[\u00bb\u2192>]?\s*", re.I)


def _card_text(page: Page, sec: str, head: str) -> str:
    """``sec`` up to its card's closing button when a heading follows it: in a grid of cards whose first card
    has a bigger heading (h2 'Daftar Informasi Publik' beside h3 'Permohonan Informasi'), the next cards are
    not the first card's sub-sections."""
    if not sec:
        return sec
    for lk in page.links:
        if lk.in_nav or not lk.text or not _MORE_BUTTON.fullmatch(lk.text):
            continue
        at = sec.find(lk.text, len(head))
        if at < 0:
            continue
        end = at + len(lk.text)
        if any(h.text and h.text != head and sec.find(h.text, end) >= 0 for h in page.headings):
            return sec[:end]
    return sec


_CAPTION_CHARS = 80  # the text a category's heading may carry beside a picture: a caption, not a sentence of its own


# a way back, not on: 'Kembali', 'Kembali ke Beranda', '« Back to home', 'Kembali ke atas'
_BACK_LINK = re.compile(r"(?:[«<←]\s*)?(?:kembali|back|go back|home|beranda|halaman utama)(?:\s+(?:ke|to)\s+\S+(?:\s+\S+){0,3})?", re.I)


def section_has_substance(sp: SitePages, page: Page, heads: list[str], key: str, dead_out: list[str] | None = None) -> tuple[bool | None, list[Link]]:
    """Whether the sections under ``heads`` hold content of their own (text beyond their headings and
    link texts, a document, a table, a list of entries) and, when not, the links of those sections that
    a visitor would follow (a card's 'Lihat Semua' button, a box whose link wraps the heading), links to
    another target's label excepted (a footer group 'Daftar Informasi Publik' over 'Informasi Berkala').
    None when a section has no link at all (a bare heading, buttons that navigate by script): a label
    whose content cannot be seen."""
    cfg = rules()["present"]
    ref = reference_page(sp, page)
    entries = entry_links(page, ref)
    shared = frozenset(h.text for h in ref.headings) if ref is not None and ref is not page else frozenset()
    followed: list[Link] = []
    seen_links = False
    said = 0  # the longest text a section says of its own (a picture's caption is short; a definition is not)
    own_label = T.target(key)
    dead = {x for x in dead_anchors(page, ref) if len(x) > 3}
    for head in heads:
        sec = _card_text(page, section_text(page, head, shared), head)
        if not sec:
            return True, []  # cannot tell where the section is: keep the page's own verdict
        rest = sec[len(head):]
        # the card's links: in the section or wrapping the heading (a box whose <a> holds the title)
        # (a link to this page filtered by a query, '?kategori=informasi-berkala', not crawled, is a view the
        # page already shows: not a way on)
        own = [lk for lk in _links_in(page, sec, head) if not (is_filtered_view(lk.url, page.url) and sp.page(lk.url) is None)]
        for lk in sorted(own, key=lambda x: -len(x.text)):
            rest = rest.replace(lk.text, " ", 1)
        cells = [c for t in page.tables for r in t.rows if not is_empty_row(r) for c in r if c and len(c) > 3]
        # (a label the page model could not tie to its field is the field's name: 'kode_permohonan')
        fields = [fl.label.replace("_", " ") for fm in page.forms if not is_filter_box(fm) for fl in fm.fields if len(fl.label) > 2]
        rest_cells = sec[len(head):]  # the heading's own text in a cell is not a table under it
        if any(is_document_link(lk) for lk in own) or any(c in rest_cells for c in cells[:500]) or any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", rest, re.I) for x in fields):
            return True, []
        at = page.text.find(sec)
        near = page.text[at : at + len(sec) + 100]
        dead_here = [x for x in dead if x and x in near] + [lk.text.strip() for lk in own if is_toggle(lk) and lk.text.strip() in dead]
        if dead_here:
            # dead href="#" downloads (or buttons to a developer's host) under the heading: the page's verdict
            # says so; ``dead_out`` gets them for a page whose verdict is otherwise good (a home card)
            if dead_out is not None:
                dead_out.extend(dead_here)
            return True, []
        if any(not is_toggle(lk) and head not in lk.text and own_label.label_in(tokens(lk.text, camel=True)) for lk in own):
            return True, []  # the section links the target by its name: it is the target's place
        if len(" ".join(rest.split())) >= int(cfg.get("min_section_chars", 200)):
            return True, []
        listed = {lk.url for lk in own if lk.url in entries and head not in lk.text
                  and len(lk.text) >= int(cfg["min_entry_title_chars"]) and not _names_other_target(lk.text, key)}
        if len(listed) >= cfg["min_entry_links"]:
            return True, []
        seen_links = seen_links or bool(own)
        said = max(said, len(" ".join(rest.split())))
        followed += [lk for lk in own if not is_toggle(lk) and not is_junk_link(lk) and lk.url.rstrip("/") != page.url.rstrip("/")
                     and not _BACK_LINK.fullmatch(" ".join(lk.text.split()))
                     and not _names_other_target(lk.text, key)
                     and not (ref is not None and ref is not page and lk.text in ref.text)]
    # (a category is a list, never one picture: under its heading a sentence is not a caption)
    if not seen_links and (said <= _CAPTION_CHARS or not own_label.dip_values) and content_images(page, ref):
        # a heading over a picture only (an organisation chart): the page's verdict stands; but a form is filled
        # in, never a picture: under a form's generic label ('Pengajuan Keberatan') a picture is a flow chart
        vague_form = own_label.raw.get("form_fields") and not any(own_label.full_label_in(tokens(h)) for h in heads)
        return (False, followed) if vague_form else (True, [])
    return (None if not seen_links else False), followed


def _slug_words(url: str) -> set[str]:
    from urllib.parse import unquote, urlsplit

    path = unquote(urlsplit(url).path).lower()
    return {w for w in re.split(r"[^a-z]+", path) if len(w) >= 3 and w not in ("html", "htm", "php", "aspx", "page", "pages")}


def _shares_word(text: str, words: set[str]) -> bool:
    return any(w == s or (len(w) >= 5 and len(s) >= 5 and w[:5] == s[:5]) for w in tokens(text) if len(w) >= 3 for s in words)


def _named_targets(text: str) -> frozenset[str]:
    toks = tokens(text, camel=True)
    return frozenset(k for k in vocabulary()["target"] if T.target(k).label_in(toks) or T.target(k).weak_label_in(toks))


def mislinked(sp: SitePages) -> dict[str, list[str]]:
    """URLs that several differently-labelled links of one page share although the URL's own words name
    none of them (copy-pasted menu items: 'Prosedur Permohonan Informasi', 'Prosedur pengajuan Keberatan'
    and 'Prosedur Sengketa Informasi' all opening /data-info-sda/daerah-irigasi; 'Laporan Tahunan' and
    'Survey Layanan' opening the theme's index-3.html): URL -> the labels.  A URL without words (?id=12)
    is never judged."""
    _S.enter(sp)
    known = _S.memo().site
    if "mislinked" in known:  # the site being checked: every target asks
        return known["mislinked"]
    out: dict[str, list[str]] = {}
    for page in sp.pages:
        texts: dict[str, dict[str, str]] = {}
        for lk in page.links:
            if lk.text and lk.tag == "a" and not is_toggle(lk) and len(tokens(lk.text)) >= 2:
                texts.setdefault(lk.url, {}).setdefault(" ".join(tokens(lk.text)), lk.text)
        for url, labels in texts.items():
            if (urlsplit(url).hostname or "") != (urlsplit(page.url).hostname or ""):
                continue  # another host (an application's login, a portal): its words say nothing of the content
            words = _slug_words(url)
            if len(labels) < 2 or not words or any(_shares_word(t, words) for t in labels.values()):
                continue
            # two names of one thing ('Permohonan Informasi', 'Ajukan Permohonan' -> /ppid/pio) are not a mislink
            if frozenset.intersection(*(_named_targets(t) for t in labels.values())):
                continue
            out.setdefault(url, [])
            out[url] += [t for t in labels.values() if t not in out[url]]
    known["mislinked"] = out
    return out

"""Page-level judgements of the category checks: document links, main content, substance.

Not a check file; loaded by path by ``_matching.py`` under ``ppid_audit_checks__content``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from ppid_audit.models import Link, Page, SitePages
from ppid_audit.urls import file_kind, file_name, is_document_url, is_hosted_document

from . import _text as T
norm, tokens, rules, vocabulary = T.norm, T.tokens, T.rules, T.vocabulary


def is_document_link(link: Link) -> bool:
    """A link to a document: a document or image extension, a document-sharing host, or an embed/iframe/object."""
    return _is_document(link.raw_href, link.url, link.tag)


@lru_cache(maxsize=20_000)
def _is_document(raw_href: str, url: str, tag: str) -> bool:
    if raw_href.strip() in ("", "#", "#!", "#/") or raw_href.startswith("javascript"):
        return False
    if tag in ("iframe", "embed", "object"):
        return True
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
    """Another parsed page of the site to strip shared boilerplate against (the start page first)."""
    start = sp.page(sp.start.url) if sp.start is not None else None
    if start is not None and start is not page and not start.js_only:
        return start
    return next((p for p in sp.pages if p is not page and not p.js_only and p.text), None)


# Why a labelled page is not the target's content (``PageVerdict.code``, then ``Result.reason``).
EMPTY_PAGE = "empty_page"
PLACEHOLDER_TEXT = "placeholder_text"
DEAD_DOWNLOAD_LINKS = "dead_download_links"
OTHER_TARGET = "other_target"


@dataclass(frozen=True)
class PageVerdict:
    """Whether a page that carries a target's label has real content; ``code`` says why not."""

    page: Page
    ok: bool
    reason: str = ""  # Indonesian
    reason_en: str = ""
    docs: tuple[Link, ...] = ()
    code: str = ""


def entry_links(page: Page, reference: Page | None = None) -> set[str]:
    """URLs of the entries this page lists: links of this page only (not its menu, breadcrumb or a
    sidebar/footer the reference page shares) whose text is a real title."""
    min_chars = int(rules()["present"]["min_entry_title_chars"])
    shared = reference.text if reference is not None and reference is not page else ""
    crumbs = set(page.breadcrumbs)
    return {lk.url for lk in page.links
            if lk.tag == "a" and not lk.in_nav and not is_toggle(lk) and len(lk.text) >= min_chars
            and lk.text not in crumbs and not (shared and lk.text in shared) and lk.url.rstrip("/") != page.url.rstrip("/")}


def content_images(page: Page, reference: Page | None = None) -> list[str]:
    """URLs of the page's content images (``page.content_images``) that the reference page lacks."""
    shared = {im.url for im in reference.content_images} if reference is not None and reference is not page else set()
    return [im.url for im in page.content_images if im.url not in shared]


# the text of an href="#" anchor that is decoration (a logo's alt, "back to top", a theme switch), not a download
_DECORATION = re.compile(r"\b(?:logo|icon|ikon|brand|banner|top|back to top|kembali ke atas|home|beranda|menu|toggle|search|cari|close|tutup|dark|light|theme)\b|logo", re.I)


def dead_anchors(page: Page, reference: Page | None = None) -> list[str]:
    """Texts of the page's dead ``href="#"`` anchors that may be downloads: not decoration (a logo's
    alt such as "logo-light") and not shared with the reference page (a header/footer on every page)."""
    if not page.dead_anchor_count:
        return []
    texts = [x.strip() for x in page.dead_anchor_texts if x.strip()]
    shared: set[str] = set()
    if reference is not None and reference is not page:
        shared = {x.strip() for x in reference.dead_anchor_texts if x.strip()}
    return [x for x in texts if x not in shared and not _DECORATION.search(x.replace("-", " ").replace("_", " "))]


def judge_page(page: Page, reference: Page | None = None) -> PageVerdict:
    """Substance and placeholders of a target page (thresholds in rules.toml [present])."""
    cfg = rules()["present"]
    text = content_text(page, reference)
    ntext = norm(text)
    docs = tuple(lk for lk in page.links if not lk.in_nav and is_document_link(lk))
    rows = sum(1 for t in page.tables for r in t.rows if any(c.strip() for c in r))
    fields = max((len(f.fields) for f in page.forms), default=0)
    for phrase in vocabulary()["placeholders"]["phrases"]:
        ptoks = " ".join(tokens(phrase))
        if ptoks and f" {ptoks} " in f" {ntext} " and len(docs) < cfg["min_document_links"]:
            return PageVerdict(page, False, f"halaman hanya berisi '{phrase}'", f"the page only says '{phrase}'",
                               code=PLACEHOLDER_TEXT)
    dead = dead_anchors(page, reference)
    if dead and not docs:
        shown = " | ".join(dead)[:80]
        return PageVerdict(
            page, False, f"tautan unduhan tidak berfungsi (href=\"#\": {shown})", f"download links are dead (href=\"#\": {shown})",
            code=DEAD_DOWNLOAD_LINKS,
        )
    if len(docs) >= cfg["min_document_links"] or rows >= cfg["min_table_rows"] or fields >= cfg["min_form_fields"]:
        return PageVerdict(page, True, docs=docs)
    # a list of entries that open their own pages (serta-merta notices, news of a category)
    if len(entry_links(page, reference)) >= cfg["min_entry_links"]:
        return PageVerdict(page, True, docs=docs)
    # a scanned maklumat, an organisation chart: an image of this page only (not a shared one)
    if content_images(page, reference):
        return PageVerdict(page, True, docs=docs)
    if len(text.strip()) >= cfg["min_content_chars"]:
        return PageVerdict(page, True, docs=docs)
    return PageVerdict(page, False, "halaman kosong atau hampir tanpa isi", "the page is empty or nearly so", code=EMPTY_PAGE)

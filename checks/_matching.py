"""Shared matcher of the mandatory-category checks (categories.py, service.py).

Not a check file (the leading ``_`` keeps the loader away); the check files load
it by path under the stable module name ``ppid_audit_checks__matching``.

The flow for one target (a category or a service element):

1. ``collect(sp, target)`` walks every page once and records ``Hit``s where a
   label of the target occurs: a menu label, a page title/heading/breadcrumb, a
   table caption or header, a DIP table row, a link text, a document file name
   (strong evidence), or only the page's body text (weak).
2. The pages that carry the label in their title/heading/breadcrumb, and the
   pages the matching links lead to, are the target's pages; each is judged for
   substance (documents, table rows, enough text) and placeholders
   ("Sedang Diperbarui", lorem ipsum, ``href="#"`` downloads).
3. ``judge_*`` turn that into ``Result``s: present, coverage, current, reachable.

Vocabulary and thresholds live in ``vocabulary.toml`` and ``rules.toml``, read
once per process.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ppid_audit.dates import find_dates
from ppid_audit.models import Evidence, Fetch, FetchKind, FoundDate, Link, Page, SitePages

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- data files


@lru_cache(maxsize=4)
def _read_toml(path: str) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def vocabulary() -> dict[str, Any]:
    """The parsed ``vocabulary.toml`` (cached)."""
    return _read_toml(str(HERE / "vocabulary.toml"))


def rules() -> dict[str, Any]:
    """The parsed ``rules.toml`` (cached)."""
    return _read_toml(str(HERE / "rules.toml"))


# --------------------------------------------------------------------------- normalisation

# SuratKeteranganDIK -> Surat Keterangan DIK; acronyms such as LKjIP stay whole
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[a-z]{3})(?=[A-Z]{2,})")
_NON_WORD = re.compile(r"[^a-z0-9!]+")


def norm(text: str, *, camel: bool = False) -> str:
    """Lower case, accents stripped, ``&`` -> ``dan``, punctuation -> space, typos fixed."""
    if camel:
        text = _CAMEL.sub(" ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " dan ")
    text = _NON_WORD.sub(" ", text).replace("!", " ! ")
    cfg = vocabulary().get("normalise", {})
    for a, b in cfg.get("joins", {}).items():
        text = text.replace(a, b)
    typos: dict[str, str] = cfg.get("typos", {})
    return " ".join(typos.get(t, t) for t in text.split())


def tokens(text: str, *, camel: bool = False) -> tuple[str, ...]:
    """The normalised tokens of ``text`` (``!`` dropped); short texts are cached (menus repeat on every page)."""
    if len(text) <= 300:
        return _tokens_cached(text, camel)
    return tuple(t for t in norm(text, camel=camel).split() if t != "!")


@lru_cache(maxsize=200_000)
def _tokens_cached(text: str, camel: bool) -> tuple[str, ...]:
    return tuple(t for t in norm(text, camel=camel).split() if t != "!")


@lru_cache(maxsize=1)
def _distinct() -> frozenset[str]:
    return frozenset(vocabulary().get("normalise", {}).get("distinct", []))


@lru_cache(maxsize=100_000)
def _close(a: str, b: str) -> bool:
    """Token equality with a bounded optimal-string-alignment distance for long tokens."""
    if a == b:
        return True
    if a in _distinct() and b in _distinct():  # two real words, not a typo of one another
        return False
    n = min(len(a), len(b))
    if n < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    limit = 2 if n >= 11 else 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


def contains(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """True when ``phrase`` occurs as a contiguous (fuzzy) run of ``toks``."""
    if not phrase or len(phrase) > len(toks):
        return False
    if len(toks) <= 40:
        return _contains_cached(phrase, toks)
    return _contains(phrase, toks)


@lru_cache(maxsize=500_000)
def _contains_cached(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    return _contains(phrase, toks)


def _contains(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    for i in range(len(toks) - len(phrase) + 1):
        if all(_close(p, toks[i + k]) for k, p in enumerate(phrase)):
            return True
    return False


def equals(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """True when ``toks`` is exactly ``phrase`` (fuzzy per token)."""
    return len(phrase) == len(toks) and contains(phrase, toks)


# --------------------------------------------------------------------------- targets


_LABEL_CACHE: dict[tuple[str, tuple[str, ...], bool], bool] = {}


@dataclass(frozen=True)
class Target:
    """One category or service element, as ``vocabulary.toml`` describes it."""

    key: str
    name: str
    name_en: str
    where: str
    where_en: str
    labels: tuple[tuple[str, ...], ...]
    short_labels: tuple[tuple[str, ...], ...]
    decoys: tuple[tuple[str, ...], ...]
    context: tuple[tuple[str, ...], ...]
    dip_values: tuple[tuple[str, ...], ...]
    items: dict[str, tuple[tuple[str, ...], ...]]
    raw: dict[str, Any] = field(compare=False, repr=False)

    def is_decoy(self, toks: tuple[str, ...]) -> bool:
        return any(contains(d, toks) for d in self.decoys)

    def label_in(self, toks: tuple[str, ...], *, whole_only: bool = False) -> bool:
        """A label of the target is in ``toks`` (and no decoy is); cached per target and text."""
        key = (self.key, toks, whole_only)
        got = _LABEL_CACHE.get(key)
        if got is None:
            if len(_LABEL_CACHE) > 500_000:
                _LABEL_CACHE.clear()
            got = _LABEL_CACHE[key] = self._label_in(toks, whole_only)
        return got

    def _label_in(self, toks: tuple[str, ...], whole_only: bool) -> bool:
        if not toks or self.is_decoy(toks):
            return False
        if any(equals(s, toks) for s in self.short_labels):
            return True
        return not whole_only and any(contains(lab, toks) for lab in self.labels)

    def context_in(self, *texts: str) -> bool:
        if not self.context:
            return True
        return any(contains(c, tokens(t)) for t in texts if t for c in self.context)


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (tokens(v) for v in values) if p)


@lru_cache(maxsize=64)
def target(key: str) -> Target:
    """The target ``key`` of ``vocabulary.toml`` (``berkala``, ``dip``...)."""
    raw = vocabulary()["target"][key]
    return Target(
        key=key,
        name=raw["name"],
        name_en=raw["name_en"],
        where=raw["where"],
        where_en=raw["where_en"],
        labels=_phrases(raw.get("labels", [])),
        short_labels=_phrases(raw.get("short_labels", [])),
        decoys=_phrases(raw.get("decoys", [])),
        context=_phrases(raw.get("context", [])),
        dip_values=_phrases(raw.get("dip_values", [])),
        items={k: _phrases(v) for k, v in raw.get("items", {}).items()},
        raw=raw,
    )


# --------------------------------------------------------------------------- pages


def file_name(url: str) -> str:
    """The decoded last path segment of ``url`` (``DIP%20Tahun%202024.pdf`` -> ``DIP Tahun 2024.pdf``)."""
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])


_DOC_EXT = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf", ".csv", ".zip", ".rar", ".jpg", ".jpeg", ".png")
_DOC_HOSTS = ("drive.google.com", "docs.google.com", "onedrive.live.com", "1drv.ms", "dropbox.com", "scribd.com", "issuu.com")


def is_document_link(link: Link) -> bool:
    """A link to a document: a file extension, a drive host, or an embed/iframe/object."""
    if link.raw_href.strip() in ("", "#", "#!", "#/") or link.raw_href.startswith("javascript"):
        return False
    parts = urlsplit(link.url)
    if parts.path.lower().endswith(_DOC_EXT):
        return True
    host = parts.hostname or ""
    return host.endswith(_DOC_HOSTS) or link.tag in ("iframe", "embed", "object") or "/index.php/s/" in parts.path


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


@dataclass(frozen=True)
class PageVerdict:
    """Whether a page that carries a target's label has real content."""

    page: Page
    ok: bool
    reason: str = ""  # Indonesian
    reason_en: str = ""
    docs: tuple[Link, ...] = ()


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
    """URLs of the page's content images (``page.meta["content_images"]``) that the reference page lacks."""
    def urls(p: Page | None) -> list[str]:
        raw = p.meta.get("content_images", "") if p is not None else ""
        return [line.split("\t", 1)[0] for line in raw.splitlines() if line]

    shared = set(urls(reference)) if reference is not None and reference is not page else set()
    return [u for u in urls(page) if u not in shared]


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
            return PageVerdict(page, False, f"halaman hanya berisi '{phrase}'", f"the page only says '{phrase}'")
    dead = int(page.meta.get("dead_anchors", "0") or 0)
    if dead and not docs:
        return PageVerdict(
            page, False, f"tautan unduhan tidak berfungsi (href=\"#\": {page.meta.get('dead_anchor_texts', '')[:80]})",
            f"download links are dead (href=\"#\": {page.meta.get('dead_anchor_texts', '')[:80]})",
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
    return PageVerdict(page, False, "halaman kosong atau hampir tanpa isi", "the page is empty or nearly so")


# --------------------------------------------------------------------------- hits

STRONG = 3  # menu, title, heading, breadcrumb, table, dip-row, form
LINK = 2  # link text, file name
WEAK = 1  # body text only


@dataclass(frozen=True)
class Hit:
    """One place where a target's label was seen."""

    page: Page
    snippet: str
    note: str  # menu, title, heading, breadcrumb, table-caption, dip-row, link-text, file-name, form, body-text
    strength: int
    link: Link | None = None

    def evidence(self) -> Evidence:
        return Evidence.of(self.page.fetch, snippet=self.snippet, note=self.note)


@dataclass
class Found:
    """Everything collected about one target on one site."""

    target: Target
    hits: list[Hit] = field(default_factory=list)
    pages: dict[str, PageVerdict] = field(default_factory=dict)  # target pages by URL
    dip_rows: list[tuple[Page, tuple[str, ...]]] = field(default_factory=list)
    unresolved: list[Hit] = field(default_factory=list)  # links whose destination was not crawled
    documents: list[tuple[Hit, Fetch | None]] = field(default_factory=list)

    @property
    def good_pages(self) -> list[PageVerdict]:
        return [v for v in self.pages.values() if v.ok]

    @property
    def bad_pages(self) -> list[PageVerdict]:
        return [v for v in self.pages.values() if not v.ok]


def _dip_category_column(headers: tuple[str, ...]) -> int | None:
    cfg = vocabulary()["dip_table"]
    cats = _phrases(cfg["category_headers"])
    for want in cats:  # most specific first
        for i, h in enumerate(headers):
            if equals(want, tokens(h)) or (len(want) > 1 and contains(want, tokens(h))):
                return i
    return None


def is_dip_table(headers: tuple[str, ...]) -> bool:
    """A table whose headers are those of a Daftar Informasi Publik."""
    heads = [tokens(h) for h in headers]
    wanted = _phrases(vocabulary()["dip_table"]["headers"])
    return sum(1 for h in heads if any(contains(w, h) for w in wanted)) >= 2


def _dip_value(t: Target, cell: str) -> bool:
    """A short cell whose value puts a DIP row into target ``t`` ("Berkala", "Informasi Setiap Saat")."""
    toks = tokens(cell)
    return len(toks) <= 6 and any(contains(v, toks) for v in t.dip_values)


def collect(sp: SitePages, t: Target) -> Found:
    """Walk every page once and gather the hits of target ``t``."""
    found = Found(t)
    fragments = menu_pages(sp)
    site_ctx = "ppid" if site_is_ppid(sp) else ""
    linked: dict[str, Hit] = {}
    for page in sp.pages:
        is_fragment = page.url in fragments or page.fetch.url in fragments
        # context of a hit: its own label and menu path, the page's headings and breadcrumb (not its
        # <title>, which names the whole site), or a site that is itself a PPID portal
        head_texts = (*(h.text for h in page.headings[:8]), *page.breadcrumbs, site_ctx)
        labelled = False
        for note, text in [("title", page.title)] + [("heading", h.text) for h in page.headings[:30]] + [("breadcrumb", b) for b in page.breadcrumbs]:
            if text and len(text) < 200 and t.label_in(tokens(text)) and t.context_in(text, *head_texts):
                found.hits.append(Hit(page, text, note, STRONG))
                labelled = True
        if labelled:
            found.pages.setdefault(page.url, judge_page(page, reference_page(sp, page)))
        for link in page.links:
            nav = link.in_nav or is_fragment
            text = link.text.strip()
            path_text = " > ".join((*link.menu_path, text))
            # camel case split: a document link "SuratKeteranganDIK Th2024" is "Surat Keterangan DIK"
            if text and len(text) < 200 and t.label_in(tokens(text, camel=True)) and t.context_in(path_text, *head_texts):
                hit = Hit(page, path_text if nav else text, "menu" if nav else "link-text", STRONG if nav else LINK, link)
                found.hits.append(hit)
                if not is_toggle(link):
                    linked.setdefault(link.url, hit)
                elif nav:
                    # a dropdown parent (href="#"): what it holds is its sub-menu
                    for child in page.links:
                        if child.in_nav and child.menu_path and child.menu_path[-1] == link.text and not is_toggle(child):
                            linked.setdefault(child.url, Hit(page, " > ".join((*child.menu_path, child.text)), "menu", STRONG, child))
            elif (
                nav and link.menu_path and not is_toggle(link) and not t.is_decoy(tokens(text))
                and any(t.label_in(tokens(m)) for m in link.menu_path) and t.context_in(path_text, *head_texts)
            ):
                # an entry of the target's own sub-menu ("Informasi Berkala > LKjIP 2026")
                hit = Hit(page, path_text, "menu", STRONG, link)
                found.hits.append(hit)
                linked.setdefault(link.url, hit)
            elif is_document_link(link):
                name = file_name(link.url)
                ntoks = tokens(name.rsplit(".", 1)[0].replace("_", " ").replace("-", " "), camel=True)
                if ntoks and t.label_in(ntoks) and t.context_in(name, path_text, *head_texts):
                    hit = Hit(page, name, "file-name", LINK, link)
                    found.hits.append(hit)
                    linked.setdefault(link.url, hit)
        for table in page.tables:
            cap = " | ".join(x for x in (table.caption, *table.headers) if x)
            if table.caption and t.label_in(tokens(table.caption)) and table.rows:
                found.hits.append(Hit(page, table.caption, "table-caption", STRONG))
            if t.dip_values and is_dip_table(table.headers):
                col = _dip_category_column(table.headers)
                first: tuple[str, ...] | None = None
                for row in table.rows:
                    cells = [row[col]] if col is not None and col < len(row) else list(row)
                    if any(_dip_value(t, c) for c in cells if c):
                        found.dip_rows.append((page, row))
                        first = first or row
                if first is not None:
                    found.hits.append(Hit(page, " | ".join(c for c in first if c)[:300] or cap, "dip-row", STRONG))
    # where the matching links lead
    for url, hit in linked.items():
        dest = sp.page(url)
        if dest is not None:
            found.pages.setdefault(dest.url, judge_page(dest, reference_page(sp, dest)))
            continue
        fetch = sp.fetch(url)
        if hit.link is not None and (is_document_link(hit.link) or (fetch is not None and fetch.kind == FetchKind.DOCUMENT)):
            found.documents.append((hit, fetch))
        elif fetch is not None and fetch.kind == FetchKind.EXTERNAL and fetch.ok:
            found.documents.append((hit, fetch))
        else:
            found.unresolved.append(hit)
    # documents linked from the target pages
    for v in found.good_pages:
        for lk in v.docs:
            found.documents.append((Hit(v.page, lk.text or file_name(lk.url), "link-text", LINK, lk), sp.fetch(lk.url)))
    if not found.hits:
        # weak evidence only: an exact (typo-normalised) phrase in the page's main text
        labels = [f" {' '.join(lab)} " for lab in t.labels if len(lab) >= 2]
        for page in sp.pages:
            body = _body_norm(content_text(page)[:20_000])
            lab = next((x.strip() for x in labels if x in body), None)
            if lab:
                found.hits.append(Hit(page, lab, "body-text", WEAK))
    return found


@lru_cache(maxsize=2048)
def _body_norm(text: str) -> str:
    return f" {norm(text)} "


def site_is_ppid(sp: SitePages) -> bool:
    """True when the audited site is itself a PPID portal (``ppid.`` host or ``/ppid`` path)."""
    url = sp.site.start_url.lower()
    parts = urlsplit(url)
    return "ppid" in (parts.hostname or "") or "/ppid" in parts.path or "/eppid" in parts.path


def needs_browser(sp: SitePages) -> bool:
    """True when the site (its home page or most pages) is assembled by JavaScript."""
    if not sp.pages:
        return False
    loaded = {p.url for p in sp.pages if p.links} | {p.fetch.url for p in sp.pages if p.links}

    def unresolved(p: Page) -> bool:
        # a menu filled by fetch('/komponen/navbar.html') whose fragment was crawled is not hidden
        return p.js_only and not (p.js_fetch_urls and all(u in loaded for u in p.js_fetch_urls))

    home = sp.page(sp.start.url) if sp.start is not None else None
    if home is not None and unresolved(home):
        return True
    return sum(unresolved(p) for p in sp.pages) * 2 >= len(sp.pages)


# --------------------------------------------------------------------------- dates


def audit_day(sp: SitePages) -> dt.date:
    """The date staleness is judged against."""
    return sp.audit_date or sp.finished_at.date()


_STRONG_DATE_SOURCES = ("text", "table", "link", "filename")


def period_end(d: FoundDate) -> dt.date:
    """The last day of the period a found date names (a year -> 31 Dec, a month -> its last day)."""
    if d.precision == "year":
        return dt.date(d.date.year, 12, 31)
    if d.precision == "month":
        nxt = dt.date(d.date.year + (d.date.month == 12), d.date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return d.date


Dated = tuple[FoundDate, "Hit | PageVerdict"]


def _boilerplate(text: str, date_text: str, others: list[str]) -> bool:
    """True when every occurrence of ``date_text`` in ``text``, with the words just before it, is also
    on another page (the same sidebar news item, the same footer), so it dates nothing of this page."""
    if not date_text or not others:
        return False
    i = text.find(date_text)
    if i < 0:
        return False
    while i >= 0:
        ctx = text[max(0, i - 40) : i + len(date_text)]
        if not any(ctx in o for o in others):
            return False
        i = text.find(date_text, i + len(date_text))
    return True


def _future_ok(items: list[Dated], today: dt.date) -> list[Dated]:
    limit = today + dt.timedelta(days=31)
    return [x for x in items if x[0].date <= limit]


def scope_dates(sp: SitePages, f: Found, mode: str = "published") -> tuple[list[Dated], bool]:
    """Dates of the target's own content, and whether they are only weak evidence.

    ``published`` (age rules): day/month dates shown on the target's pages, in its DIP rows and link
    texts, minus boilerplate shared with another page (sidebars, footers); year-only dates when nothing
    finer exists.  ``covered`` (year rules): the years named by the target's documents ("Laporan PPID
    Tahun 2024", ``sk_dip_2025.pdf``, a table caption), preferring those whose name carries the target's
    label; then the published dates.  Weak (HTTP Last-Modified, meta tags) only when nothing else.
    """
    today = audit_day(sp)
    fine: list[Dated] = []
    coarse: list[Dated] = []
    weak: list[Dated] = []
    target_urls = {v.page.url for v in f.pages.values()}
    for v in f.good_pages:
        ref = reference_page(sp, v.page)
        # a sidebar or footer ("Berita Terbaru ... 18 November 2026") is on other pages too, the home
        # page may lack it: compare with the reference page and a few other pages of the site
        others = [ref.text] if ref is not None and ref.text else []
        others += [p.text for p in sp.pages if p.text and p is not v.page and p is not ref and p.url not in target_urls
                   and not p.js_only][:3]
        for d in v.page.dates:
            if d.source not in _STRONG_DATE_SOURCES:
                weak.append((d, v))
            elif not _boilerplate(v.page.text, d.text, others):
                (coarse if d.precision == "year" else fine).append((d, v))
    for page, row in f.dip_rows:
        hit = Hit(page, " | ".join(row)[:200], "dip-row", STRONG)
        for cell in row:
            for d in find_dates(cell, source="table", today=today, bare_years=bool(re.fullmatch(r"\s*(19|20)\d{2}\s*", cell))):
                (coarse if d.precision == "year" else fine).append((d, hit))
    named: list[Dated] = []
    labelled: list[Dated] = []
    docs = [h for h in f.hits if h.note in ("menu", "link-text", "file-name", "dip-row", "table-caption")]
    docs += [Hit(v.page, lk.text or file_name(lk.url), "link-text", LINK, lk) for v in f.good_pages for lk in v.docs]
    for h in docs:
        texts = [h.snippet.rsplit(" > ", 1)[-1]] + ([file_name(h.link.url)] if h.link is not None and is_document_link(h.link) else [])
        for text in texts:
            found_dates = find_dates(text, source="filename", today=today)
            named.extend((d, h) for d in found_dates)
            if found_dates and f.target.label_in(tokens(text.rsplit(".", 1)[0].replace("_", " "), camel=True)):
                labelled.extend((d, h) for d in found_dates)
    for h, fetch in f.documents:
        if fetch is not None and fetch.last_modified:
            from email.utils import parsedate_to_datetime

            try:
                lm = parsedate_to_datetime(fetch.last_modified).date()
                weak.append((FoundDate(date=lm, text=fetch.last_modified, precision="day", source="header"), h))
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
    if mode == "covered":
        order = [labelled, coarse, fine, named]
    else:
        order = [fine, coarse, named]
    for group in order:
        group = _future_ok(group, today)
        if group:
            return group, False
    return _future_ok(weak, today), True


MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def fmt_date(d: FoundDate) -> tuple[str, str]:
    """An Indonesian and an English rendering of a found date at its precision."""
    if d.precision == "year":
        return f"tahun {d.date.year}", f"year {d.date.year}"
    if d.precision == "month":
        return f"{MONTHS_ID[d.date.month - 1]} {d.date.year}", d.date.strftime("%B %Y")
    return f"{d.date.day} {MONTHS_ID[d.date.month - 1]} {d.date.year}", d.date.strftime("%-d %B %Y")


def fmt_day(d: dt.date) -> tuple[str, str]:
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}", d.strftime("%-d %B %Y")

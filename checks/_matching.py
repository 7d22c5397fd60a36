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
once per process.  Helpers live beside it, loaded by path and re-exported here
(the check files use ``M.<name>``): ``_text.py`` (vocabulary, normalisation,
fuzzy phrase matching, ``Target``), ``_content.py`` (document links, main
content, page substance, dead ``href="#"`` downloads) and ``_dates.py``.

Matching is compiled: every phrase of the vocabulary sits in one token trie
(``_phrase_index.py``), and a text is matched against all of them in one pass,
typo-tolerantly.  What repeats while one site's checks run (the tokens of its
menus and titles, the phrases found in them, its pages' normalised main text)
is memoised per site (``_site_scope.py``: ``collect`` enters the site) and
dropped with the site; the only cross-site caches are small (the vocabulary,
its targets, 4096 token distances for phrases outside the vocabulary).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ppid_audit.dates import find_dates
from ppid_audit.models import Evidence, Fetch, FetchKind, FoundDate, Link, Page, SitePages





from . import _content as _C
from . import _dates as _D
from . import _site_scope as _S
from . import _text as _T

# re-exported: the check files and tests use them as ``M.<name>``
vocabulary, rules, norm, tokens, contains, equals = _T.vocabulary, _T.rules, _T.norm, _T.tokens, _T.contains, _T.equals
Target, target, _phrases, _close = _T.Target, _T.target, _T._phrases, _T._close
file_name, is_document_link, is_toggle, menu_pages = _C.file_name, _C.is_document_link, _C.is_toggle, _C.menu_pages
content_text, reference_page, PageVerdict, entry_links = _C.content_text, _C.reference_page, _C.PageVerdict, _C.entry_links
content_images, judge_page, data_rows = _C.content_images, _C.judge_page, _C.data_rows
audit_day, period_end, fmt_date, fmt_day, MONTHS_ID = _D.audit_day, _D.period_end, _D.fmt_date, _D.fmt_day, _D.MONTHS_ID
_boilerplate, _future_ok, _STRONG_DATE_SOURCES = _D._boilerplate, _D._future_ok, _D._STRONG_DATE_SOURCES
Dated = tuple[FoundDate, Any]


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


def placeholder_href(page: Page, url: str) -> bool:
    """``url`` is the front page of another site that ``page`` gives, in place of a real address, to at least
    three links of different names ('Informasi Berkala', 'Struktur Organisasi', 'Laporan Layanan' all ->
    https://upgrisba.ac.id): a template's stand-in like '#', no page where the item could be.  The page's
    shared addresses are found once per page (memoised per site)."""
    parts = urlsplit(url)
    if parts.path not in ("", "/") or parts.query or (parts.hostname or "") == (urlsplit(page.url).hostname or ""):
        return False
    table = _S.memo().site.setdefault("placeholder_hrefs", {})
    entry = table.get(id(page))
    if entry is None or entry[0] is not page:
        names: dict[str, set[str]] = {}
        for lk in page.links:
            if not lk.in_nav and (name := " ".join(lk.text.lower().split())):
                names.setdefault(lk.url, set()).add(name)
        entry = table[id(page)] = (page, frozenset(u for u, n in names.items() if len(n) >= 3))
    return url in entry[1]


def _tab_hits(sp: SitePages, t: "Target", found: "Found") -> None:
    """A tab button named for the target (a script's 'Informasi Serta Merta' switcher, ``Page.tabs``) whose view no
    crawled page shows (no view was kept with that tab in its path): a named place whose content was not seen,
    unverified like a link whose page was not crawled.  Nothing when the target already has a page of its own."""
    if found.pages or t.key not in _TAB_TARGETS:
        return
    shown = {crumb for p in sp.pages for crumb in p.breadcrumbs}
    for page in sp.pages:
        for label in page.tabs:
            if label not in shown and t.label_in(tokens(label)):
                hit = Hit(page, label, "tab", LINK)
                found.hits.append(hit)
                v = judge_page(page, reference_page(sp, page))
                if not v.ok and v.code in (_C.EMPTY_LISTING, _C.EMPTY_PAGE):
                    # the page the tabs switch says its listing is empty ('Belum ada informasi publik tersedia untuk
                    # kategori ini.'): every tab of it shows that listing
                    found.pages.setdefault(page.url, v)
                else:
                    found.unresolved.append(hit)
                return


# the categories, whose places are the tabs of one listing; a service item's label on a button is an action
_TAB_TARGETS = frozenset({"berkala", "serta_merta", "setiap_saat", "dikecualikan"})


def settle_unopened(found: "Found", page: Page, link: Link | None, url: str, hit: "Hit") -> None:
    """Where a link whose destination was not crawled leaves the target: a card that counts its place at zero
    ('... 0 Dokumen') is an empty listing; another site's front page standing in for many addresses is no place
    at all; anything else is unverified (``found.unresolved``)."""
    if link is not None and (zero := _C.zero_count_verdict(page, link)) is not None:
        found.pages.setdefault(url, zero)
    elif (empty := _filtered_empty(page, url)) is not None:
        found.pages.setdefault(url, empty)
    elif _SOCIAL.match(url):
        pass  # a social-media profile ('Permohonan Informasi' opening the office's Instagram) publishes no such item
    elif not placeholder_href(page, url):
        found.unresolved.append(hit)


# a social network's profile or feed: where an office posts news, never where it publishes a form, a list or a decree
_SOCIAL = re.compile(r"https?://(?:[\w-]+\.)*(?:instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com|"
                     r"youtube\.com|youtu\.be|linkedin\.com|threads\.net)(?:[:/?#]|$)", re.I)


def _filtered_empty(page: Page, url: str) -> PageVerdict | None:
    """A listing's filtered view ('/ppid/daftar-informasi?kategori=Berkala', a tab) that was not crawled, of a
    listing page that was and that is empty unfiltered ('Belum ada dokumen untuk kategori ini.' under 'Semua'):
    no filter of an empty list holds anything.  None when the unfiltered page is not crawled or not empty."""
    sp = _C.site_of(page)
    if sp is None or "?" not in url:
        return None
    base = sp.page(url.split("#", 1)[0].split("?", 1)[0])
    if base is None or base.url == url:
        return None
    v = judge_page(base, reference_page(sp, base))
    if v.ok or v.code not in (_C.EMPTY_LISTING, _C.DEAD_DOWNLOAD_LINKS):
        return None
    # (a filter of a listing whose every download is dead holds the same dead downloads)
    if v.code == _C.EMPTY_LISTING:
        return PageVerdict(base, False, f"tampilan tersaring dari daftar yang kosong ({v.reason})",
                           f"a filtered view of an empty listing ({v.reason_en})", code=v.code)
    return PageVerdict(base, False, f"tampilan tersaring dari daftar yang tidak menerbitkan berkas apa pun ({v.reason})",
                       f"a filtered view of a listing that publishes no file ({v.reason_en})", code=v.code)


@dataclass
class Found:
    """Everything collected about one target on one site."""

    target: Target
    hits: list[Hit] = field(default_factory=list)
    pages: dict[str, PageVerdict] = field(default_factory=dict)  # target pages by URL
    dip_rows: list[tuple[Page, tuple[str, ...]]] = field(default_factory=list)
    unresolved: list[Hit] = field(default_factory=list)  # links whose destination was not crawled
    documents: list[tuple[Hit, Fetch | None]] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)  # pages where only some headings carry the label
    vague: list[Hit] = field(default_factory=list)  # only a vague label ("SK", "Laporan"): at most a warning

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


_SEPARATORS = re.compile(r"\s[|\u00b7\u2022/]\s")


def _tagged(t: Target, cell: str) -> bool:
    """A cell with a metadata line whose separated piece is a category value of ``t`` (``| Berkala |``)."""
    if len(cell) > 400 or not _SEPARATORS.search(cell):
        return False
    return any(_dip_value(t, piece) for piece in _SEPARATORS.split(cell)[1:] if piece.strip())


def other_category(sp: SitePages, t: Target, page: Page) -> Target | None:
    """For a category target: the other category whose list ``page`` holds instead of ``t``'s (a menu
    'Informasi Dikecualikan' leading to the Berkala DIP table), or None."""
    if not t.dip_values:
        return None
    texts = [c for tb in page.tables for row in tb.rows[:3] for c in row[:2] if c and len(c) < 200]
    texts += [tb.caption for tb in page.tables if tb.caption] + [h.text for h in page.headings[:10]]
    # the page's own documents ("DAFTAR INFORMASI DIKECUALIKAN_2023.pdf") and the opening of its text
    texts += [file_name(lk.url).rsplit(".", 1)[0].replace("_", " ") for lk in page.links if not lk.in_nav and is_document_link(lk)][:10]
    opening = content_text(page)[:150]
    texts += [opening] if opening else []
    own = any(t.label_in(tokens(x)) for x in texts)
    if own:
        return None
    for key in _CATEGORIES:
        other = target(key)
        if other.key != t.key and any(other.label_in(tokens(x)) for x in texts if len(x) < 200):
            return other
    return None


_CATEGORIES = ("berkala", "serta_merta", "setiap_saat", "dikecualikan")


# a procedure's document named for what it handles ('07. SOP Pendokumentasian Informasi yang Dikecualikan.pdf')
_PROCEDURE_START = re.compile(r"^(?:\d+ )*(?:sop|prosedur|standar operasional|pedoman|juknis|petunjuk teknis|tata cara|mekanisme)\b")


def _procedure_of(t: Target, toks: tuple[str, ...]) -> bool:
    """A document named as the procedure for handling what ``t`` is (a category, the DIP, the consequence test):
    it says how the item is managed, it is not the item."""
    return _has_procedures(t) and bool(_PROCEDURE_START.match(" ".join(toks)))


def _has_procedures(t: Target) -> bool:
    """``t`` is a list a procedure is written for (a category, the DIP, the consequence test), not a procedure."""
    return t.key in (*_CATEGORIES, "dip", "uji_konsekuensi") and not t.raw.get("procedure_cells")


def _says_procedure(t: Target, toks: tuple[str, ...]) -> bool:
    """A document link whose own text calls it a procedure ('Unduh SOP' beside 'SOP PPID - Pengujian Konsekuensi')
    without naming the target itself: the file is how the item is handled, not the item (see ``_procedure_of``).
    A procedure word anywhere in the text counts (``_PROCEDURE_WORDS``: 'sop', 'tata cara', 'alur' ...)."""
    return _has_procedures(t) and bool(_PROCEDURE_WORDS.intersection(toks)) and not t.label_in(toks)


_ROW_NUMBER = re.compile(r"^\s*(?:[0-9]{1,2}|[A-Za-z]|[IVX]{1,4})\s*[.)]?\s*$")


# a year standing alone in a cell or a card ('2024', not '12024'); categories.py uses it too (``M.YEAR``)
YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def _overview_row(row: tuple[str, ...]) -> bool:
    """A row of two cells, a category and what it holds, with no year: a description, not a filed item."""
    cells = [c for c in row if c.strip()]
    return len(cells) == 2 and not any(YEAR.search(c) for c in cells)


def _section_row(row: tuple[str, ...], t: Target) -> bool:
    """A table row that is a section's title: at most a number ('1', 'A.', 'II') and the target's full label."""
    cells = [c for c in row if c.strip()]
    named = [c for c in cells if not _ROW_NUMBER.match(c)]
    return len(named) == 1 and len(cells) <= 2 and t.full_label_in(tokens(named[0]))


def _other_heading(t: Target, page: Page) -> Target | None:
    """The other target that the page's first heading names, when no heading of the page names ``t`` (not the DIP
    over a category or a category over the DIP: a register holds its categories, as tabs or sections)."""
    heads = [h.text for h in page.headings if h.text.strip()]
    if not heads or any(t.label_in(tokens(h)) for h in heads):
        return None
    first = tokens(heads[0])
    lists = (*_CATEGORIES, "dip")
    return next((target(k) for k in vocabulary()["target"]
                 if k != t.key and not (k in lists and t.key in lists) and target(k).label_in(first)), None)


def _claimed_elsewhere(t: Target, toks: tuple[str, ...]) -> bool:
    """``toks`` is the label of another target: a sub-menu entry "Profil > Maklumat Pelayanan" is the
    maklumat, not part of the profile, whatever group it sits in."""
    return any(key != t.key and target(key).label_in(toks) for key in vocabulary()["target"])


def _dip_section_label(page: Page, t: Target) -> str:
    """A category label between the tables of a DIP split into one table per category, written as a
    plain paragraph ("C. Informasi Yang Tersedia Setiap Saat" in a <p class="lead">, not a heading):
    the label when the page has at least two DIP tables with rows and the label is in its text but
    in none of the table cells (a row saying "... berkala, serta merta, setiap saat" is not a section)."""
    dip_tables = [tb for tb in page.tables if tb.rows and is_dip_table(tb.headers)]
    if len(dip_tables) < 2:
        return ""
    body = _page_body(page)
    lab = next((" ".join(x) for x in t.labels if len(x) >= 2 and f" {' '.join(x)} " in body), "")
    if not lab:
        return ""
    cells = (f" {norm(c)} " for tb in page.tables for r in tb.rows for c in r if c)
    return "" if any(f" {lab} " in c for c in cells) else lab


def _procedure_cell(page: Page, t: Target) -> str:
    """The opening of a table cell that starts with the target's label and goes on with the procedure
    itself (rules.toml [present] min_procedure_cell_chars), e.g. a DIP row's 'Tata cara memperoleh
    informasi Publik : Pemohon mengajukan ...'; a short item title that only names it does not count."""
    min_chars = int(rules()["present"].get("min_procedure_cell_chars", 300))
    for tb in page.tables:
        for row in tb.rows:
            for c in row:
                if len(c) >= min_chars and t.label_in(tokens(c[:80])):
                    return c[:120]
    return ""


@lru_cache(maxsize=64)
def _column_labels(key: str) -> tuple[tuple[str, ...], ...]:
    """Header words that make a column the target's in any listing ('Konsekuensi', 'Dampak Jika Dibuka' in an
    exempt register: each row's consequence test), from ``column_labels`` of ``vocabulary.toml``."""
    return _phrases(vocabulary()["target"][key].get("column_labels", []))


def _label_column(t: Target, table: Any) -> str:
    """'<header>: <first cells>' when a header cell of ``table`` names ``t`` and its column holds items."""
    columns = _column_labels(t.key)
    for i, head in enumerate(table.headers):
        if not head or len(head) > 120 or t.is_decoy(tokens(head)):
            continue
        # (a column the target's words name makes any listing the target's, a register's columns too)
        own = any(contains(c, tokens(head)) for c in columns)
        if not own and not t.label_in(tokens(head)):
            continue
        cells = [r[i] for r in table.rows if i < len(r) and r[i].strip() and not _C.is_empty_row((r[i],))]
        if cells and (own or not is_dip_table(table.headers)):
            return f"{head}: " + "; ".join(cells[:3])[:200]
    return ""


_PROCEDURE_WORDS = frozenset({"tata", "cara", "prosedur", "alur", "mekanisme", "sop", "standar", "operasional", "panduan"})


def template_titles(sp: SitePages) -> frozenset[str]:
    """The ``<title>`` the site's template gives to most of its pages (the application's name, on three
    pages or more and on half of them): it names the site, not any one page."""
    known = _S.memo().site
    if "template_titles" not in known:
        pages = [p for p in sp.pages if p.title]
        count: dict[str, int] = {}
        for p in pages:
            count[p.title] = count.get(p.title, 0) + 1
        known["template_titles"] = frozenset(x for x, n in count.items() if n >= 3 and 2 * n >= len(pages))
    return known["template_titles"]


# a law's structure heading quoted on a page ('Bagian Kedua Informasi yang Wajib Disediakan dan Diumumkan secara
# Berkala', 'BAB IV ... Informasi yang Wajib Tersedia Setiap Saat', 'Pasal 9'): the regulation's text, not a
# category or an item the body publishes
_LAW_PART = re.compile(r"\s*(?:(?:bagian|paragraf)\s+(?:ke\s*-?\s*)?(?:kesatu|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|"
                       r"kedelapan|kesembilan|kesepuluh|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)"
                       r"|bab\s+(?:[ivxlc]+|\d+))\b\W*(?P<rest>.*)", re.I | re.S)
_LAW_PASAL = re.compile(r"\s*pasal\s+\d+[a-z]?\b", re.I)
_LAW_WORDING = re.compile(r"\b(?:wajib|diumumkan|disediakan|dikecualikan|badan publik|setiap saat|serta merta|secara berkala)\b", re.I)


_MENU_PREFIX = re.compile(r"^\s*menu\s+(?=\S)", re.I)  # 'Menu PPID' names the group 'PPID'


def is_law_heading(text: str) -> bool:
    """A heading that is a law's structure followed by the law's wording ('Bagian Keempat Informasi yang Wajib
    Tersedia Setiap Saat') or an article's number ('Pasal 11'): a page quoting the regulation."""
    if _LAW_PASAL.match(text):
        return True
    m = _LAW_PART.match(text)
    return bool(m and _LAW_WORDING.search(m.group("rest")))


def collect(sp: SitePages, t: Target) -> Found:
    """Walk every page once and gather the hits of target ``t``."""
    _S.enter(sp)
    found = Found(t)
    fragments = menu_pages(sp)
    site_ctx = "ppid" if site_is_ppid(sp) else ""
    linked: dict[str, Hit] = {}
    home = sp.page(sp.start.url) if sp.start is not None else None
    site_titles = template_titles(sp)
    completed_only: set[int] = set()  # hits named only with their menu parent's words ('Tata Cara > Pengajuan Keberatan')
    for page in sp.pages:
        is_fragment = page.url in fragments or page.fetch.url in fragments
        # context of a hit: its own label and menu path, the page's headings and breadcrumb (not its
        # <title>, which names the whole site), or a site that is itself a PPID portal
        head_texts = (*(h.text for h in page.headings[:8]), *page.breadcrumbs, site_ctx)
        labelled = False
        main = False  # the label names the whole page (title, breadcrumb, first heading), not one section
        sections: list[str] = []
        # on the home page a heading that repeats a menu group's name is that group's accordion / mega-menu
        # header ("Tentang PPID" over its sub-menu), not a section of the page
        groups = {norm(m) for lk in page.links if lk.in_nav for m in lk.menu_path} if page is home else set()
        for i, (note, text) in enumerate([("title", page.title)] + [("heading", h.text) for h in page.headings[:60]] + [("breadcrumb", b) for b in page.breadcrumbs]):
            if note == "heading" and groups and norm(text) in groups:
                continue
            if note == "title" and text in site_titles:
                continue  # the whole site's <title> (its name, 'SIKEDIP - Sistem Kelola Daftar Informasi Publik'), no page's label
            if note == "breadcrumb" and text != page.breadcrumbs[-1] and not t.full_label_in(tokens(text)):
                continue  # an ancestor's short name ('Beranda > Profil > SOP'): the section the page is filed under, not its label
            if note == "heading" and (_T.is_duty_sentence(text) or _under_duties(page, i - 1, not t.raw.get("procedure_cells"))):
                continue  # a duty in the officer's list of duties ('Melaksanakan pengujian konsekuensi;'), not a label
            if note == "heading" and is_law_heading(text):
                continue  # the law's chapter quoted ('Bagian Kedua Informasi yang Wajib ... secara Berkala'), not a label
            if text and len(text) < 200 and t.label_in(tokens(text)) and t.context_in(text, *head_texts):
                found.hits.append(Hit(page, text, note, STRONG))
                labelled = True
                if note != "heading" or (i == 1 and page is not home):
                    # (the home page's first heading is a section's too: a counter 'Daftar Informasi Publik: 0')
                    main = True
                else:
                    sections.append(text)
            elif text and len(text) < 200 and note == "heading" and t.weak_label_in(tokens(text)):
                found.vague.append(Hit(page, text, "vague-heading", LINK))
        if labelled:
            verdict = judge_page(page, reference_page(sp, page))
            if verdict.ok and all(h.note in ("title", "breadcrumb") for h in found.hits if h.page is page):
                # only the <title> (and the breadcrumb the template builds from it) names the target, a copied
                # title: the page may hold another category ("Informasi Berkala" over the DIK's PDF), or be headed
                # as another item ('Satpol PP - Daftar Informasi Publik' over 'Kontak Kami')
                other = other_category(sp, t, page) or _other_heading(t, page)
                if other is not None:
                    verdict = PageVerdict(page, False, f"halamannya berisi {other.name}, bukan {t.name}",
                                          f"its page holds the {other.name_en}, not the {t.name_en}", code=_C.OTHER_TARGET)
            found.pages.setdefault(page.url, verdict)
            if not main:
                found.sections[page.url] = sections
        facts = _link_facts(page, is_fragment)
        ref = reference_page(sp, page) if t.context else None
        template_urls = {lk.url for lk in ref.links} if ref is not None and ref is not page else set()
        for lf in (facts[1] if t.compiled_whole else facts[0]):
            link, nav, text, path_text = lf.link, lf.nav, lf.text, lf.path_text
            # camel case split: a document link "SuratKeteranganDIK Th2024" is "Surat Keterangan DIK"
            # a menu repeats on every page: its context is its own path (and the site), not the page's headings;
            # so does a link of the template every page carries (a footer's 'Profil', the agency's own profile)
            template = not nav and link.url in template_urls and not t.full_label_in(lf.toks)
            ctx = (path_text, site_ctx) if nav or template else (path_text, *head_texts)
            # a short sub-menu item completed by its parent: 'KEBERATAN > Tata cara' is 'Tata cara keberatan'
            # (not an item that is another target's own label: 'Profil & Layanan PPID > SOP Pelayanan PPID' is the SOP;
            # under a procedure's parent the item is that procedure: 'Tata Cara > Pengajuan Keberatan')
            completed = lf.completion if lf.completion and not t.label_in(lf.menu[-1]) and (
                lf.procedural or not _claimed_elsewhere(t, lf.toks)) else ""
            if (text and len(text) < 200 and (t.label_in(lf.toks) or (completed and t.label_in(lf.completion_toks))) and t.context_in(*ctx)
                    and not (lf.doc and _procedure_of(t, lf.name_toks)) and not _procedure_of(t, lf.toks)):
                hit = Hit(page, path_text if nav else text, "menu" if nav else "link-text", STRONG if nav else LINK, link)
                found.hits.append(hit)
                if not t.label_in(lf.toks):
                    completed_only.add(id(hit))
                if not lf.toggle:
                    linked.setdefault(link.url, hit)
                elif nav:
                    # a dropdown parent (href="#"): what it holds is its sub-menu
                    for child in page.links:
                        if child.in_nav and child.menu_path and child.menu_path[-1] == link.text and not is_toggle(child):
                            linked.setdefault(child.url, Hit(page, " > ".join((*child.menu_path, child.text)), "menu", STRONG, child))
            elif (
                nav and link.menu_path and not lf.toggle and not t.is_decoy(lf.plain)
                and any(t.group_label_in(m) for m in lf.menu) and t.context_in(*ctx)
                and not _claimed_elsewhere(t, lf.toks)
            ):
                # an entry of the target's own sub-menu ("Informasi Berkala > LKjIP 2026")
                hit = Hit(page, path_text, "menu", STRONG, link)
                found.hits.append(hit)
                linked.setdefault(link.url, hit)
            elif lf.doc:
                name, ntoks = lf.name, lf.name_toks
                if (ntoks and t.label_in(ntoks) and t.context_in(name, path_text, *head_texts) and not _procedure_of(t, ntoks)
                        and not _says_procedure(t, lf.toks)):
                    hit = Hit(page, name, "file-name", LINK, link)
                    found.hits.append(hit)
                    linked.setdefault(link.url, hit)
                elif text and len(text) < 60 and t.weak_label_in(lf.toks):
                    found.vague.append(Hit(page, text, "vague-link", LINK, link))
            elif text and len(text) < 60 and t.weak_label_in(lf.toks):
                found.vague.append(Hit(page, path_text if nav else text, "vague-menu" if nav else "vague-link", LINK, link))
        for table in page.tables:
            cap = " | ".join(x for x in (table.caption, *table.headers) if x)
            if table.caption and t.label_in(tokens(table.caption)) and data_rows(table):
                found.hits.append(Hit(page, table.caption, "table-caption", STRONG))
            elif len(table.rows) > 1 and sum(1 for c in table.rows[0] if c.strip()) == 1:
                # a section row spanning the table ("A. INFORMASI WAJIB DIUMUMKAN SECARA BERKALA") is its caption
                head = next(c for c in table.rows[0] if c.strip())
                if len(head) < 200 and t.label_in(tokens(head)):
                    found.hits.append(Hit(page, head, "table-caption", STRONG))
            column = _label_column(t, table)
            if column:
                # items listed in a column under the target's name ("Informasi Serta Merta" over its notices)
                found.hits.append(Hit(page, column, "table-column", STRONG))
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
            elif t.dip_values:
                # a document list whose rows carry their category in a metadata line
                # ("17-03-2020 | Informasi Serta Merta | Pengumuman | Dinas ...")
                # (an empty state's lone row, 'Belum ada informasi serta merta yang diunggah', names the category
                # without being an entry of it)
                tagged = [row for row in table.rows if not _C.is_empty_row(row) and any(_tagged(t, c) for c in row if c)]
                if tagged:
                    found.dip_rows.extend((page, row) for row in tagged)
                    found.hits.append(Hit(page, " | ".join(c for c in tagged[0] if c)[:300], "table-row", STRONG))
                elif table.headers and (col := _dip_category_column(table.headers)) is not None:
                    # a document list with a 'Kategori' column ("Laporan Kinerja 2023 | berkala | 2023 | -")
                    # that is not a full DIP: the category is listed, what it holds unproven (a warning at most)
                    listed = [r for r in table.rows if col < len(r) and r[col] and _dip_value(t, r[col])]
                    first_row = " | ".join(c for c in listed[0] if c)[:300] if listed else ""
                    if listed and _section_row(listed[0], t) and len(table.rows) > len(listed):
                        # the category as a section row over its entries ('1 | INFORMASI BERKALA' over '1.1 | Profil
                        # ... | Unduh DIP'): the listing is the category's, judged as any other
                        found.hits.append(Hit(page, first_row, "table-caption", STRONG))
                        found.pages.setdefault(page.url, judge_page(page, reference_page(sp, page)))
                    elif len(listed) == 1 and _overview_row(listed[0]) and len(table.rows) <= 6 and not table.links and not any(
                            is_document_link(lk) for lk in page.links if not lk.in_nav):
                        # an overview of the categories, one row each, with examples of what each holds ('Informasi
                        # Berkala | Profil dinas, Renstra, Renja, LKjIP'), nothing linked on the page: the kinds
                        # described, nothing of them published (not a list of titles filed under a category)
                        found.hits.append(Hit(page, first_row, "table-caption", STRONG))
                        found.pages.setdefault(page.url, PageVerdict(
                            page, False, "daftarnya hanya menyebut contoh jenis informasinya, tanpa dokumen atau tautan",
                            "its listing only names examples of the kinds of information, with no document or link",
                            code=_C.GENERIC_ROWS))
                    elif listed:
                        found.vague.append(Hit(page, first_row, "category-column", LINK))
        if t.raw.get("procedure_cells"):
            cell = _procedure_cell(page, t)
            if cell:
                found.hits.append(Hit(page, cell, "table-procedure", STRONG))
        if t.dip_values:
            section = _dip_section_label(page, t)
            if section:
                found.hits.append(Hit(page, section, "dip-section", STRONG))
    # where the matching links lead
    for url, hit in linked.items():
        dest = sp.page(url)
        if dest is not None:
            found.sections.pop(dest.url, None)  # a page the target's own link leads to is all the target's
            verdict = judge_page(dest, reference_page(sp, dest))
            other = other_category(sp, t, dest) if verdict.ok and dest.url not in found.pages else None
            head = next((h.text for h in dest.headings if h.text), "")
            if verdict.ok and other is None and head and len(head) < 200 and t.is_decoy(tokens(head)) and not t.label_in(tokens(head)):
                # the page the link opens is headed as something the label could be mistaken for ('Visi & Misi' opening
                # 'Visi & Misi Kota Cimahi', the city's; 'SOP' opening 'SOP Code Blue'): the label says little, a warning
                found.vague.append(Hit(hit.page, f"{hit.snippet} > {head}"[:200], "vague-menu", LINK, hit.link))
                continue
            if other is not None:
                verdict = PageVerdict(dest, False, f"halamannya berisi {other.name}, bukan {t.name}",
                                      f"its page holds the {other.name_en}, not the {t.name_en}", code=_C.OTHER_TARGET)
            found.pages.setdefault(dest.url, verdict)
            continue
        fetch = sp.fetch(url)
        if id(hit) in completed_only and fetch is None and (urlsplit(url).hostname or "") != (urlsplit(page.url).hostname or ""):
            # a sub-menu item named by its parent's words that opens an unchecked file on another host (a Drive
            # file): what it holds is unverified
            found.unresolved.append(hit)
            continue
        if hit.link is not None and (is_document_link(hit.link) or (fetch is not None and fetch.kind == FetchKind.DOCUMENT)):
            found.documents.append((hit, fetch))
        elif fetch is not None and fetch.kind == FetchKind.EXTERNAL and fetch.ok:
            found.documents.append((hit, fetch))
        else:
            settle_unopened(found, hit.page, hit.link, url, hit)
    # documents linked from the target pages
    for v in found.good_pages:
        for lk in v.docs:
            found.documents.append((Hit(v.page, lk.text or file_name(lk.url), "link-text", LINK, lk), sp.fetch(lk.url)))
    _tab_hits(sp, t, found)
    if not found.hits:
        # weak evidence only: an exact (typo-normalised) phrase in the page's main text
        labels = [f" {' '.join(lab)} " for lab in t.labels if len(lab) >= 2]
        for page in sp.pages:
            body = _page_body(page)
            lab = next((x.strip() for x in labels if x in body), None)
            if lab:
                found.hits.append(Hit(page, lab, "body-text", WEAK))
    return found


def _body_norm(text: str) -> str:
    return f" {norm(text)} "


@dataclass(frozen=True, slots=True)
class _LinkFacts:
    """What ``collect`` reads of one link, worked out once per site instead of once per target."""

    link: Link
    nav: bool  # a menu link (or a link of a menu fragment)
    text: str  # stripped
    path_text: str  # 'Menu > Sub-menu > text'
    toks: tuple[str, ...]  # tokens(text, camel=True)
    plain: tuple[str, ...]  # tokens(text)
    menu: tuple[tuple[str, ...], ...]  # the tokens of each menu_path entry
    completion: str  # a short sub-menu entry completed by its parent ('Tata cara keberatan'), or ""
    completion_toks: tuple[str, ...]
    procedural: bool  # its parent names a procedure or service standard ('Tata Cara', 'Standar Layanan')
    toggle: bool
    doc: bool
    name: str  # the file name of a document link
    name_toks: tuple[str, ...]  # its tokens, extension dropped

    @classmethod
    def of(cls, link: Link, is_fragment: bool) -> _LinkFacts:
        nav = link.in_nav or is_fragment
        text = link.text.strip()
        plain = tokens(text)
        # (in both orders when the parent names a procedure: 'KEBERATAN > Tata cara', 'Tata Cara > Pengajuan Keberatan')
        parent = link.menu_path[-1] if nav and link.menu_path else ""
        # a group named as a menu ('Menu PPID > SK Pembentukan'): its name is the words after 'Menu'
        parent = _MENU_PREFIX.sub("", parent)
        ptoks = set(tokens(parent))
        # 'Standar Layanan > Permohonan Informasi': under a service-standard parent the entry is that standard
        procedural = ptoks <= _PROCEDURE_WORDS or (ptoks <= _PROCEDURE_WORDS | {"layanan", "pelayanan"} and "standar" in ptoks)
        completion = (f"{text} {parent}" + (f" {text}" if procedural else "")) if parent and len(plain) <= 3 else ""
        doc = is_document_link(link)
        name = file_name(link.url) if doc else ""
        return cls(
            link=link, nav=nav, text=text, path_text=" > ".join((*link.menu_path, text)),
            toks=tokens(text, camel=True), plain=plain, menu=tuple(tokens(m) for m in link.menu_path),
            completion=completion, completion_toks=tokens(completion) if completion else (), procedural=procedural,
            toggle=is_toggle(link), doc=doc, name=name,
            name_toks=tokens(name.rsplit(".", 1)[0].replace("_", " ").replace("-", " "), camel=True) if doc else (),
        )

    def may_name_a_target(self) -> bool:
        """Some vocabulary phrase occurs in its text, completion, menu path or file name: if none does,
        no target's label, vague label or context can be found through it (``collect`` skips it for
        targets whose phrases are all compiled, ``Target.compiled_whole``)."""
        occurs = _T.occurrences
        return bool(occurs(self.toks) or occurs(self.completion_toks) or occurs(self.name_toks)
                    or any(occurs(m) for m in self.menu))


def _link_facts(page: Page, is_fragment: bool) -> tuple[tuple[_LinkFacts, ...], tuple[_LinkFacts, ...]]:
    """The facts of every link of ``page``, and of those that may name a target; once per site."""
    table = _S.memo().links
    got = table.get(id(page))
    if got is None or got[0] is not page:
        if len(table) >= _S.MAX_ENTRIES:
            table.clear()
        every = tuple(_LinkFacts.of(lk, is_fragment) for lk in page.links)
        got = table[id(page)] = (page, (every, tuple(f for f in every if f.may_name_a_target())))
    return got[1]


def _page_body(page: Page) -> str:
    """The page's normalised main text (its first 20,000 characters) between spaces, once per site."""
    pages = _S.memo().pages
    got = pages.get(id(page))
    if got is None or got[0] is not page:
        if len(pages) >= _S.MAX_ENTRIES:
            pages.clear()
        got = pages[id(page)] = (page, _body_norm(content_text(page)[:20_000]))
    return got[1]


def site_is_ppid(sp: SitePages) -> bool:
    """True when the audited site is itself a PPID portal (``ppid.`` host or ``/ppid`` path)."""
    url = sp.site.start_url.lower()
    parts = urlsplit(url)
    if "ppid" in (parts.hostname or "") or "/ppid" in parts.path or "/eppid" in parts.path:
        return True
    # or a home page whose <title> names the portal a PPID ("PPID Kabupaten Sumedang", "PPID POLIBAN")
    home = sp.page(sp.start.url) if sp.start is not None else None
    title = norm(home.title) if home is not None and home.title else ""
    return bool(re.search(r"(?:^| )(?:e )?ppid(?: |$)|pejabat pengelola informasi dan dokumentasi", title))


def browser_missing(sp: SitePages) -> bool:
    """True when a page needed the browser and the auditor's machine has none (not the site's fault)."""
    return any(p.js_only and p.render is not None and p.render.error == "browser_missing" for p in sp.pages)


_RENDER_PROBLEMS = {
    "timeout": ("waktu render habis", "the render timed out"),
    "crash": ("peramban auditor mogok", "the auditor's browser crashed"),
    "error": ("peramban auditor gagal", "the auditor's browser failed"),
    "budget": ("batas jumlah halaman yang dirender tercapai", "the limit of rendered pages was reached"),
}


def render_problem(sp: SitePages) -> tuple[str, str]:
    """Why the script-built pages could not be judged from a rendered DOM, in Indonesian and English.

    Only meaningful when ``needs_browser``: a page left ``js_only`` was either never
    rendered (no browser in this audit), failed to render, or rendered incomplete
    (``RenderInfo.error == "incomplete"``: what the browser could not get).
    """
    for p in sp.pages:
        if not p.js_only:
            continue
        r = p.render
        if r is None:
            return ("peramban (browser) tidak dipakai dalam audit ini", "no browser was used in this audit")
        if r.error == "incomplete":
            return (f"dirender di peramban auditor, tetapi belum lengkap: {r.detail}",
                    f"rendered in the auditor's browser, but incomplete: {r.detail}")
        if r.error:
            why_id, why_en = _RENDER_PROBLEMS.get(r.error, (r.error, r.error))
            detail = f" ({r.detail[:120]})" if r.detail else ""
            return (f"halaman gagal dirender di peramban auditor: {why_id}{detail}",
                    f"the page could not be rendered in the auditor's browser: {why_en}{detail}")
    return ("perlu peramban (browser) untuk menilai", "a browser is needed to judge")


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


def section_text(page: Page, heads: list[str]) -> str:
    """The page text under each of the headings ``heads``, up to the next heading (at most 5000 chars each)."""
    texts = [h.text for h in page.headings if h.text]
    out: list[str] = []
    for head in heads:
        start = page.text.find(head)
        if start < 0:
            continue
        ends = [e for n in texts if n != head and (e := page.text.find(n, start + len(head))) > 0]
        out.append(page.text[start : min([*ends, start + 5000])])
    return "\n".join(out)


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
        heads = f.sections.get(v.page.url)
        own = section_text(v.page, heads) if heads else None
        for d in v.page.dates:
            if own is not None and d.text not in own:
                continue  # another section of the page (a DIP heading on a category page): not the target's date
            if d.source not in _STRONG_DATE_SOURCES:
                weak.append((d, v))
            elif not _boilerplate(v.page.text, d.text, others):
                (coarse if d.precision == "year" else fine).append((d, v))
    rows_years: list[Dated] = []
    for v in f.good_pages:
        for table in v.page.tables:
            if not is_dip_table(table.headers):
                continue
            # the rows of a DIP table on the target's own page date it ("Waktu Pembuatan: 2026"): the
            # decree's appendix may be newer than an older table beside it
            for row in table.rows:
                hit = Hit(v.page, " | ".join(row)[:200], "dip-row", STRONG)
                for cell in row:
                    if re.fullmatch(r"\s*(?:tahun\s+)?(19|20)\d{2}\s*", cell, re.I):
                        rows_years.extend((d, hit) for d in find_dates(cell, source="table", today=today, bare_years=True))
    for page, row in f.dip_rows:
        hit = Hit(page, " | ".join(row)[:200], "dip-row", STRONG)
        for cell in row:
            for d in find_dates(cell, source="table", today=today, bare_years=bool(re.fullmatch(r"\s*(19|20)\d{2}\s*", cell))):
                (coarse if d.precision == "year" else fine).append((d, hit))
    named: list[Dated] = []
    labelled: list[Dated] = []
    docs = [h for h in f.hits if h.note in ("menu", "link-text", "file-name", "dip-row", "table-row", "table-caption")]
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
        order = [labelled + rows_years, coarse, fine, named]
    else:
        # a document named with its period ("Renja TA 2026" in the category's mega-menu) dates the
        # category as well as a year in a table cell does
        order = [fine, coarse + named]
    for group in order:
        group = _future_ok(group, today)
        if group:
            return group, False
    return _future_ok(weak, today), True


_DUTY_WORDS = frozenset({"tugas", "wewenang", "kewenangan", "fungsi", "kewajiban", "tupoksi", "duties", "responsibilities"})
_STEP_WORDS = frozenset({"alur", "prosedur", "tata", "mekanisme", "langkah", "tahapan", "tahap", "cara", "flow", "steps"})


def _under_duties(page: Page, index: int, steps: bool = False) -> bool:
    """The page's heading ``index`` is one of a list of duties: its parent heading (the last one before it
    of a higher level) names the officer's duties ('Tugas & Wewenang PPID' over '02. Uji Konsekuensi' and
    'Melakukan pengujian konsekuensi ...'): what the PPID does, not what it published.  With ``steps``,
    likewise a step of a procedure ('Alur Permohonan Informasi' over '1 Ajukan Permohonan'): for any target
    but the procedure itself, what a visitor does, not the item."""
    heads = page.headings
    if not 0 <= index < len(heads):
        return False
    level = heads[index].level
    parent = next((h for h in reversed(heads[:index]) if h.level < level), None)
    words = tokens(parent.text) if parent is not None else ()
    # (opened by the duties: 'Tugas & Wewenang PPID', 'Fungsi PPID'; not 'Struktur, visi misi, tugas fungsi, dan SK PPID')
    return bool(words) and (words[0] in _DUTY_WORDS or (steps and words[0] in _STEP_WORDS))

"""Turn what ``_matching.collect`` found into the ``Result``s of one check.

Aspects, in order (``Result.item``):

* ``present``  pass: real content found (structural evidence on a page with
  substance, a DIP row, a document, a form); fail: missing, or only an empty /
  placeholder page (the reason is said), or only a mention in a paragraph
  (evidence note ``body-text``); warn: a menu whose destination was not
  crawled, a linked document that cannot be opened, only a vague label
  (``weak_labels`` in vocabulary.toml: a bare "SK", "Laporan", "Prosedur"), or
  a JavaScript-assembled site where nothing was found.
* ``coverage`` (targets with ``items``) the fraction of the regulation's items
  found in the target's headings, link texts, file names, table cells and
  sub-menu (``value``); pass >= 0.7, warn >= 0.4 (rules.toml).
* ``current``  (targets with a refresh rule in rules.toml) the newest date found
  against the rule; warn when no date is found.  ``current.<item>`` follow for
  items with their own rule (berkala: kinerja, keuangan, program_kegiatan),
  only when the item is found with a year.
* ``reachable`` the target's linked documents that were checked: fail when any
  is an HTTP error, empty or HTML instead of a file; not_applicable when none
  was checked.

When ``present`` is not ``pass``, the other aspects are ``not_applicable`` (one
result each, so every site reports the same items), except ``reachable`` when
``present`` is a warning about a linked document that could not be opened.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit


from ppid_audit.models import Evidence, Fetch, FetchKind, Link, Page, Result, SitePages, Status
from ppid_audit.urls import is_document_url, is_filtered_view

from . import _entries as E
from . import _matching as M
from ._matching import Found, Hit
from ._content import SCRIPT_LISTING, mislinked, section_has_substance, section_notice
from ._content import DEAD_DOWNLOAD_LINKS, DOWNLOAD_BUTTONS, EMPTY_LISTING, EMPTY_PAGE, GENERIC_ROWS, OTHER_BODY, OTHER_REGION, OTHER_TARGET, PLACEHOLDER_TEXT, REQUEST_REGISTER, UNOPENED_ROWS, UNPUBLISHED_ROWS, empty_section, is_test_words
from ._content import dead_anchors, heading_offset, other_region, section_text, service_counters
from ._content import _SENTENCE_END, bare_titles, data_rows, is_empty_notice, is_request_register

MAX_EVIDENCE = 5


def _dest_ok(sp: SitePages, f: Found, h: Hit) -> bool | None:
    """For a link hit: True/False when its destination page was judged, else None."""
    if h.link is None or M.is_toggle(h.link):
        return None
    dest = sp.page(h.link.url)
    if dest is None:
        return None
    v = f.pages.get(dest.url)
    return None if v is None else v.ok


def _doc_bad(fetch: Fetch) -> str | None:
    """Why a checked document is unusable, or None when it is fine."""
    if fetch.error:
        return fetch.error
    if fetch.status is None or fetch.status >= 400:
        return f"HTTP {fetch.status}"
    if fetch.declared_size == 0 or (fetch.method == "GET" and fetch.size == 0 and not fetch.declared_size and fetch.status == 200):
        return "berkas kosong"
    ctype = fetch.content_type or ""
    if fetch.ok and ctype.startswith("text/html") and is_document_url(fetch.url):
        return f"bukan dokumen ({ctype})"
    return None


_LISTING_NOTES = ("table-caption", "table-row", "table-column", "dip-row", "dip-section")


def _named_only_pages(f: Found) -> set[str]:
    """URLs of the target's pages judged to name entries without publishing them (download buttons without a
    file, titles without documents, a register of generic category names, a listing's rows whose links are dead)."""
    codes = (DOWNLOAD_BUTTONS, UNPUBLISHED_ROWS, UNOPENED_ROWS, GENERIC_ROWS)
    if not f.target.raw.get("procedure_cells"):
        # a listing whose every 'Lihat' is '#' names its entries without publishing them (a procedure's table is
        # its own content: its steps are there whatever its download button does)
        codes += (DEAD_DOWNLOAD_LINKS,)
    return {v.page.url for v in f.bad_pages if v.code in codes}


def good_hits(sp: SitePages, f: Found) -> list[Hit]:
    """The hits that show real content, strongest first."""
    good: list[Hit] = []
    good_urls = {v.page.url for v in f.good_pages}
    named_only = _named_only_pages(f)
    others = {v.page.url for v in f.bad_pages if v.code == OTHER_REGION}  # another province's pages: nothing on them counts
    for h in f.hits:
        if h.page.url in others or other_region(h.page):
            continue
        if h.note in ("title", "heading", "breadcrumb") and h.page.url in good_urls:
            good.append(h)
        elif h.page.url in named_only and h.note in ("table-caption", "table-row", "table-column", "dip-row", "dip-section"):
            continue  # a caption or row of a listing that links nothing: what the page's verdict says
        elif h.note in ("dip-row", "dip-section", "table-procedure", "table-row", "table-caption", "table-column", "form", "lapor-link", "search-form", "contact"):
            good.append(h)
        elif h.link is not None and _dest_ok(sp, f, h):
            good.append(h)
    hit_ids = {id(h) for h in f.hits}
    for h, fetch in f.documents:
        if id(h) in hit_ids and (fetch is None or _doc_bad(fetch) is None) and not (h.page.url in others or other_region(h.page)):
            good.append(h)
    good.sort(key=lambda h: -h.strength)
    return good


def _card_sections(sp: SitePages, f: Found) -> None:
    """Pages where only a section heading names the target (a home-page card 'Berkala' over a 'Lihat
    Semua' button, a footer group 'Daftar Informasi Publik' over the category links, a bare numbered
    heading): when that section holds nothing of its own, the page is not the target's page (neither its
    content nor a placeholder elsewhere on it counts); the links of the card are followed instead, as a
    visitor would (their pages judged, or left unresolved when not crawled).  Runs once per ``Found``."""
    if getattr(f, "_cards_done", False):
        return
    f._cards_done = True  # type: ignore[attr-defined]
    # links that open another page than their label says (copy-pasted menu items) are not the target
    wrong = mislinked(sp)
    if wrong:
        bad = [h for h in (*f.unresolved, *f.vague) if h.link is not None and h.link.url in wrong]
        f.unresolved[:] = [h for h in f.unresolved if h not in bad]
        f.vague[:] = [h for h in f.vague if h not in bad]
        f._mislinked = bad  # type: ignore[attr-defined]
    _substitute_sections(sp, f)
    _fragment_sections(sp, f)
    for url, heads in list(f.sections.items()):
        v = f.pages.get(url)
        if v is None or not heads:
            continue
        if v.ok and _card_to_bad_page(sp, f, url):
            # a hub's card 'Informasi Wajib Tersedia Setiap Saat' with its description links the category's own
            # page, which was judged empty: the card is the way there, that page decides
            del f.pages[url]
            continue
        if (v.ok or v.code == DOWNLOAD_BUTTONS) and (twin := _copied_listing(v.page, heads, f.target.key)):
            # the same rows stand under another category's heading on this page ('Informasi Berkala', 'Serta
            # Merta' and 'Setiap Saat' over one regulations table): a copy pasted to fill the place, not its list
            f.pages[url] = M.PageVerdict(v.page, False, f"daftarnya sama persis dengan daftar '{twin[:60]}'",
                                         f"its listing is an exact copy of the one under '{twin[:60]}'", code=GENERIC_ROWS)
            continue
        if v.code in (DOWNLOAD_BUTTONS, UNPUBLISHED_ROWS, GENERIC_ROWS):
            continue  # its listing was read: entries named without files, or the law's categories
        empty = (empty_section(v.page, heads) or section_notice(v.page, heads)) if v.ok else ""
        if empty:
            # a tab pane of its own under the target's name whose table has no row, beside panes with rows
            f.pages[url] = M.PageVerdict(v.page, False, f"daftarnya kosong ('{empty[:80]}')", f"its listing is empty ('{empty[:80]}')",
                                         code=EMPTY_LISTING)
            continue
        dead: list[str] = []
        ok, links = section_has_substance(sp, v.page, heads, f.target.key, dead)
        if dead and (v.ok or v.code == UNOPENED_ROWS):
            # (a sidebar's section under the target's name whose links are '#', beside the page's own listing
            # whose rows open nothing: the section speaks for the target, not the page's listing)
            # a card naming the target whose only way on is a dead button ('Isi Formulir' to '#' or to the
            # developer's http://ppid.test/): the label is there, nothing opens
            shown = " | ".join(sorted(set(dead)))[:80]  # sorted: the same words in every run (they come from sets)
            f.pages[url] = M.PageVerdict(v.page, False, f"tautannya tidak berfungsi ({shown})", f"its link is dead ({shown})",
                                         code=DEAD_DOWNLOAD_LINKS)
            continue
        if v.ok and (stub := _template_stubs(sp, v.page, heads)):
            # 'Informasi Setiap Saat' over '[Template - Daftar informasi publik]', '[Template - SOP pelayanan publik]':
            # the generator's fill-in marks, never replaced by the body's items
            f.pages[url] = M.PageVerdict(v.page, False, f"isinya hanya isian templat ('{stub[:80]}')",
                                         f"it holds only a template's fill-in text ('{stub[:80]}')", code=PLACEHOLDER_TEXT)
            continue
        if ok is None and (junk := _test_data_under(sp, v.page, heads)):
            # 'Tentang Kami' over 'test bagian': the section's only words are a tester's
            f.pages[url] = M.PageVerdict(v.page, False, f"isinya data uji ('{junk[:80]}')", f"its content is test data ('{junk[:80]}')",
                                         code=PLACEHOLDER_TEXT)
            continue
        if ok or (ok is None and not v.ok and not _template_headings(sp, v.page, heads)):
            continue  # content of its own, or a bare heading on a page that is itself empty/placeholder
        if ok is None and v.ok and (kinds := _kinds_named_only(sp, v.page, heads, f)):
            # a category's card that lists kinds of information as plain words ('Laporan Keuangan Daerah', 'LAKIP',
            # 'Renstra'), nothing linked, no document, table or picture: what the category holds, not what was published
            f.pages[url] = M.PageVerdict(v.page, False, f"hanya menyebut jenis informasinya tanpa dokumen ('{kinds[:80]}')",
                                         f"it only names kinds of information, with no document ('{kinds[:80]}')", code=GENERIC_ROWS)
            continue
        del f.pages[url]
        if ok is None:
            # a bare heading, or buttons that navigate by script: the label is there, its content unseen
            f.vague.extend(Hit(v.page, h, "section-heading", M.LINK) for h in heads[:1])
        for lk in links:
            hit = Hit(v.page, f"{heads[0]} > {lk.text or lk.url}"[:200], "card-link", M.LINK, lk)
            dest = sp.page(lk.url)
            if dest is not None:
                if dest.url not in f.pages:
                    verdict = M.judge_page(dest, M.reference_page(sp, dest))
                    if verdict.ok and (other := M.other_category(sp, f.target, dest)) is not None:
                        # the card's button opens another category's page (a home card 'Informasi Berkala' whose
                        # 'Lihat' opens the Setiap Saat page): that page holds the other, not this one
                        verdict = M.PageVerdict(dest, False, f"halamannya berisi {other.name}, bukan {f.target.name}",
                                                f"its page holds the {other.name_en}, not the {f.target.name_en}", code=OTHER_TARGET)
                    f.pages[dest.url] = verdict
                f.hits.append(hit)
                continue
            fetch = sp.fetch(lk.url)
            if M.is_document_link(lk) or (fetch is not None and fetch.kind == FetchKind.DOCUMENT):
                f.hits.append(hit)
                f.documents.append((hit, fetch))
            else:
                M.settle_unopened(f, v.page, lk, lk.url, hit)
    for url, v in list(f.pages.items()):
        # a heading naming the target over a line that says its section holds nothing ('Susunan PPID Desa Keji' >
        # 'Susunan pengurus belum tersedia'), on a page the target's link or title leads to as well
        heads = [h.snippet for h in f.hits if h.page.url == url and h.note == "heading"]
        if v.ok and heads and (notice := section_notice(v.page, heads)):
            f.pages[url] = M.PageVerdict(v.page, False, f"bagiannya hanya menyatakan '{notice[:80]}'",
                                         f"its section only says '{notice[:80]}'", code=EMPTY_LISTING)
    for h in f.hits:
        if h.note == "table-caption" and h.page.url not in f.pages and f.target.raw.get("filed_items") and (bare := bare_titles(h.page)):
            # a category's listing named by its caption ('Informasi yang wajib disediakan dan diumumkan secara
            # berkala') over lettered titles of kinds ('a. Profil Desa', 'b. Program Kegiatan Desa'), with no link,
            # date or year in any row: the regulation's list written out, nothing of the body's own filed
            f.pages[h.page.url] = M.PageVerdict(h.page, False, f"daftarnya hanya judul jenis informasi tanpa dokumen, tautan atau tahun ({bare})",
                                                f"its listing is only titles of kinds of information, with no document, link or year ({bare})",
                                                code=GENERIC_ROWS)
    _listed_entries(sp, f)


def _copied_listing(page: Page, heads: list[str], key: str) -> str:
    """The heading of another category on ``page`` whose section holds exactly the same listing as the target's
    section under ``heads`` (a table of rows, not a short line), or ""."""
    if key not in M._CATEGORIES or not page.tables:
        return ""
    others = [h.text for h in page.headings if h.text and h.text not in heads
              and any(M.target(k).label_in(M.tokens(h.text)) for k in M._CATEGORIES if k != key)
              and not M.target(key).label_in(M.tokens(h.text))]
    if not others:
        return ""
    for head in heads:
        rest = " ".join(section_text(page, head)[len(head):].split())
        # a listing: several rows' worth of text with numbers in it (titles, years), shown as a table
        if len(rest) < 120 or not any(ch.isdigit() for ch in rest) or not any(
                t.rows and " ".join(t.rows[0]).strip() and " ".join(" ".join(t.rows[0]).split()) in rest for t in page.tables):
            continue
        for other in others:
            if " ".join(section_text(page, other)[len(other):].split()) == rest:
                return other
    return ""


def _kinds_named_only(sp: SitePages, page: Page, heads: list[str], f: Found) -> str:
    """The words under a category's headings when they only name kinds of information: some words, no digit (no
    date, year, number or address of its own), no picture of the page's own; "" otherwise."""
    if not f.target.dip_values or page.fetch.rendered is None and page.js_only:
        return ""
    ref = M.reference_page(sp, page)
    if M.content_images(page, ref):
        return ""
    shared = frozenset(h.text for h in ref.headings) if ref is not None and ref is not page else frozenset()
    said = []
    for head in heads:
        rest = " ".join(section_text(page, head, shared)[len(head):].split())
        if any(ch.isdigit() for ch in rest):
            return ""
        said.append(rest)
    words = " ".join(said)
    return words if len(words) >= 20 else ""


def _fragment_sections(sp: SitePages, f: Found) -> None:
    """A link to a section of a page ('/informasi#informasi-berkala') is that section: when the heading there
    that names the target is followed, within its first sentences, by a notice that it holds nothing ('Belum ada
    informasi berkala.'), the target's page is an empty listing, whatever the rest of the page holds."""
    for h in f.hits:
        lk = h.link
        if lk is None or M.is_toggle(lk) or len(lk.raw_href.partition("#")[2].strip()) < 2:
            continue
        dest = sp.page(lk.url)
        v = f.pages.get(dest.url) if dest is not None else None
        if dest is None or v is None or not v.ok:
            continue
        for head in (x.text for x in dest.headings if f.target.label_in(M.tokens(x.text))):
            body = section_text(dest, head)[len(head):]
            said = next((s for s in _SENTENCE_END.split(" ".join(body.split()))[:3] if is_empty_notice(s)), "")
            if said:
                f.pages[dest.url] = M.PageVerdict(dest, False, f"bagiannya hanya menyatakan '{said[:80]}'",
                                                  f"its section only says '{said[:80]}'", code=EMPTY_LISTING)
                break


def _card_to_bad_page(sp: SitePages, f: Found, url: str) -> bool:
    """The page's link hits of the target (a card's link, its text naming the target) all lead to other crawled
    pages of the target, each judged empty or a placeholder."""
    dests = []
    for h in f.hits:
        if h.page.url != url or h.link is None or h.note not in ("link-text", "card-link") or M.is_toggle(h.link):
            continue
        dest = sp.page(h.link.url)
        if dest is None or dest.url == url:
            return False
        dests.append(f.pages.get(dest.url))
    return bool(dests) and all(d is not None and not d.ok for d in dests)


def _substitute_sections(sp: SitePages, f: Found) -> None:
    """Pages where every section heading naming the target stands over something else
    (``_entries.section_kind``): over an empty listing the target's place is empty (fail); over a
    counter or a definition the page is not the target's (a definition is a mention).  Those pages are
    settled here and left out of the section pass."""
    for url, heads in list(f.sections.items()):
        v = f.pages.get(url)
        kinds = [E.section_kind(sp, v.page, h, f.target.key) for h in heads] if v is not None and v.ok else []
        if not kinds or not all(k for k, _ in kinds):
            continue
        del f.sections[url]
        empty = next((x for k, x in kinds if k == "empty"), None)
        if empty is not None:
            f.pages[url] = M.PageVerdict(v.page, False, f"daftarnya kosong ('{empty[:80]}')", f"its listing is empty ('{empty[:80]}')",
                                         code=M._C.EMPTY_LISTING)
            continue
        del f.pages[url]
        f.hits.extend(Hit(v.page, x, "body-text", M.WEAK) for k, x in kinds if k == "definition")


def _listed_entries(sp: SitePages, f: Found) -> None:
    """Entries of lists that name the target (rows of a document list, a group label over 'Lihat Detail'
    rows) are followed like links; vague labels the site names otherwise are dropped; a form page that
    only links onward is followed onward (``_entries``)."""
    for hit in E.row_entries(sp, f):
        E.follow(sp, f, hit)
    if not f.pages and not any(h.strength > M.WEAK for h in f.hits) and not f.unresolved:
        for hit in E.group_entries(sp, f):
            E.follow(sp, f, hit)
    E.drop_vague_decoys(sp, f)
    E.onward_form_pages(sp, f)
    # an empty page under a generic label, or beside a full-label link to another host, proves no absence:
    # the unverified link decides (a warning naming it)
    elsewhere = E.unverified_elsewhere(f)
    if elsewhere is not None:
        for bad in f.bad_pages:
            f.pages.pop(bad.page.url, None)
            if bad.code in (DOWNLOAD_BUTTONS, UNPUBLISHED_ROWS, UNOPENED_ROWS, GENERIC_ROWS, EMPTY_LISTING, OTHER_REGION):
                # its captions and rows named nothing published (or another body's): they do not pass once the page
                # is set aside
                f.hits[:] = [h for h in f.hits if h.page.url != bad.page.url or h.note not in _LISTING_NOTES]
        f.unresolved.remove(elsewhere)
        f.unresolved.insert(0, elsewhere)


def _test_data_under(sp: SitePages, page: Page, heads: list[str]) -> str:
    """The text under the headings (up to the footer the site's pages share) when it is only test data
    ('test bagian'), else ""."""
    ref = M.reference_page(sp, page)
    tail = len(os.path.commonprefix([page.text[::-1], ref.text[::-1]])) if ref is not None and ref is not page else 0
    while tail and not page.text[len(page.text) - tail - 1].isspace():
        tail -= 1  # the shared footer starts at a word
    own = page.text[: len(page.text) - tail] if tail else page.text
    for head in heads:
        at = own.find(head)
        body = M.section_text(page, [head])[len(head):]
        body = body[: max(0, len(own) - at - len(head))].strip() if at >= 0 else ""
        if body and is_test_words(body):
            return body
    return ""


# a template's fill-in mark in square brackets: '[Template - Laporan Keuangan]', '[Nama Kepala Dinas]', '[Isi judul]'
_STUB = re.compile(r"\[\s*(?:template|contoh|isi(?:kan)?|nama|judul|placeholder|sample|dummy|lorem)\b[^\[\]]{0,120}\]", re.I)


def _template_stubs(sp: SitePages, page: Page, heads: list[str]) -> str:
    """The first fill-in mark when a section under ``heads`` lists two or more of them and says nothing else beyond a
    line of its own (the category's definition), else ""."""
    for head in heads:
        body = M.section_text(page, [head])[len(head):]
        stubs = _STUB.findall(body)
        rest = " ".join(_STUB.sub(" ", body).replace("•", " ").split())
        if len(stubs) >= 2 and len(rest) <= 120:
            return stubs[0]
    return ""


def _template_headings(sp: SitePages, page: Page, heads: list[str]) -> bool:
    """The headings are the site template's (a footer's 'Jam Pelayanan' on every page): an empty listing
    that the page also holds says nothing about them, so its verdict is not theirs."""
    ref = M.reference_page(sp, page)
    shared = {h.text for h in ref.headings} if ref is not None and ref is not page else set()
    return bool(heads) and all(h in shared for h in heads)


_SOCIAL = re.compile(r"(?:^|\.)(?:facebook|fb|instagram|twitter|x|youtube|youtu|tiktok|wa|whatsapp|t|linkedin|google|goo|bit)\.[a-z.]+$", re.I)


def _offsite_way(sp: SitePages, page: Page) -> Link | None:
    """The one button of the page's own content that leads to another site (not a social network, a map or
    a shortener) when the page holds little else: the way to the item kept elsewhere."""
    ref = M.reference_page(sp, page)
    shared = {lk.url for lk in ref.links} if ref is not None and ref is not page else set()
    host = urlsplit(page.url).hostname or ""
    away = [lk for lk in page.links if not lk.in_nav and lk.tag == "a" and lk.url not in shared
            and (h := urlsplit(lk.url).hostname or "") and h != host and not _SOCIAL.search(h) and lk.text.strip()]
    return away[0] if len({lk.url for lk in away}) == 1 else None


def _carries_target_link(f: Found, v: M.PageVerdict) -> bool:
    """The judged page carries, in its own content, a link naming the target whose page was not crawled
    ('Ajukan Permohonan' on an empty listing): the page holds the way to the target, not the target."""
    return any(h.page.url == v.page.url and h.link is not None and not h.link.in_nav and h.note in ("link-text", "card-link")
               and not is_filtered_view(h.link.url, v.page.url)  # a filter chip: this page's own filtered view
               for h in f.unresolved)


def _named_not_published(f: Found, bad: list[M.PageVerdict]) -> Result:
    """The target's page lists its entries but none can be opened (download buttons without a file, titles
    without documents): present, nothing published; a warning, not a pass."""
    t, v = f.target, bad[0]
    label = next((h.snippet for h in f.hits if h.page.url == v.page.url or (h.link and h.link.url in (v.page.url, v.page.fetch.url))), t.name)
    return Result(
        status=Status.WARN,
        item="present",
        message=f"'{label[:100]}' ada, tetapi {v.reason}: {t.name} disebut tanpa dokumen yang dapat dibuka. Tautkan berkasnya di {t.where}.",
        message_en=f"'{label[:100]}' exists but {v.reason_en}: the {t.name_en} is named without a document that opens. Link the files in {t.where_en}.",
        evidence=tuple(Evidence.of(x.page.fetch, snippet=x.reason, note="not-published") for x in bad[:MAX_EVIDENCE]),
        reason=v.code,
    )


def _vague_not_empty(sp: SitePages, f: Found) -> list[Hit]:
    """The vague labels except links to a crawled page that only says it holds nothing ('Profil > Struktur
    Organisasi' opening 'Data tidak ditemukan'): whatever that label meant, nothing is published there."""
    out = []
    widget: set[str] = set()  # words of vague labels that show a statistics widget ('Statistik')
    for h in f.vague:
        dest = sp.page(h.link.url) if h.link is not None else None
        if dest is not None:
            v = M.judge_page(dest, M.reference_page(sp, dest))
            if not v.ok and v.code in (EMPTY_LISTING, EMPTY_PAGE, PLACEHOLDER_TEXT):
                continue
        over = _vague_over_nothing(sp, h, dest)
        if over == "counters":
            widget.update(M.tokens(h.snippet))
            f._counters = [*getattr(f, "_counters", []), h]  # type: ignore[attr-defined]
        if over == "soon":
            f._coming_soon = [*getattr(f, "_coming_soon", []), h]  # type: ignore[attr-defined]
        if over in ("counters", "dead", "soon"):
            continue
        out.append(h)
    if widget:
        # the site's own statistics under that word are a widget of counts: another label under the same word whose page
        # could not be checked, or whose heading has no text under it ('Statistik PPID'), is that widget, not
        # evidence of a report
        out = [h for h in out if not (widget & set(M.tokens(h.snippet)) and (
            (h.link is not None and sp.page(h.link.url) is None) or _vague_over_nothing(sp, h, None) == "nothing"))]
    return out


def _vague_over_nothing(sp: SitePages, h: Hit, dest: Page | None) -> str:
    """A vague label ('Statistik', 'Laporan') that publishes nothing: its link is dead (the server answered
    an error), or what it shows is a statistics widget (counts of requests and objections, no document), which
    is no report of the service whatever the label meant."""
    if h.link is not None and dest is None:
        fe = sp.fetch(h.link.url)
        return "dead" if fe is not None and fe.status is not None and fe.status >= 400 else ""
    if dest is not None:
        ref = M.reference_page(sp, dest)
        docs = any(M.is_document_link(lk) for lk in dest.links if not lk.in_nav)
        return "counters" if not docs and service_counters(M.content_text(dest, ref)) else ""
    if h.note.endswith("heading"):
        # a heading over nothing (a card's title whose card holds no more) or over request counters
        sec = section_text(h.page, h.snippet)
        rest = sec[len(h.snippet):].strip()
        if rest and (m := _COMING_SOON.search(rest)) and len(rest) - len(m.group()) < 120:
            # its only entry is a badge 'SEGERA TERSEDIA' where the document's link would be: named, not published
            return "soon"
        return "counters" if service_counters(sec) else "" if rest else "nothing"
    return ""


# a placeholder badge in place of an entry's document ('SEGERA TERSEDIA', 'Segera Hadir', 'Coming soon')
_COMING_SOON = re.compile(r"(?:segera\s+(?:tersedia|hadir|diunggah|diupload|dipublikasikan)|coming\s+soon)\b", re.I)


def _vague_named_by_page(sp: SitePages, f: Found, vague: list[Hit]) -> Hit | None:
    """A vague label ('Profil > Struktur Organisasi') whose crawled page has content (a chart) and a short text
    that names the target in full (a hero 'Struktur Organisasi PPID' over the chart): the page says what it is."""
    limit = int(M.rules()["present"].get("min_section_chars", 200))
    for h in vague:
        if h.link is None and h.note == "vague-heading":
            # a heading completed by the line under it ('BAGAN ORGANISASI' over 'PEJABAT PENGELOLA INFORMASI DAN
            # DOKUMENTASI KOTA BOGOR') over a picture or text of its own
            rest = _under_heading(sp, h.page, h.snippet)[len(h.snippet):].strip()
            first = rest[:120]
            # (a service card's title and blurb over a button that opens nothing, 'Standar Layanan' / 'Informasi
            # standar pelayanan dan prosedur permohonan informasi publik.' / 'Lihat Detail' -> '#', names a place
            # the site never made)
            if first and f.target.label_in(M.tokens(f"{h.snippet} {first}")) and (h.page.content_images or len(rest) > len(first)) and not any(
                    x in rest for x in dead_anchors(h.page, M.reference_page(sp, h.page))):
                return Hit(h.page, f"{h.snippet} {first}"[:120], "heading", M.STRONG)
        dest = sp.page(h.link.url) if h.link is not None else None
        if dest is None:
            continue
        ref = M.reference_page(sp, dest)
        text = M.content_text(dest, ref)
        said = [x for x in f.hits if x.page is dest and x.strength == M.WEAK and f.target.full_label_in(M.tokens(x.snippet))]
        if said and len(" ".join(text.split())) < limit and M.judge_page(dest, ref).ok:
            return Hit(dest, said[0].snippet[:120], "page-text", M.STRONG, h.link)
    return None


def _under_heading(sp: SitePages, page: Page, head: str) -> str:
    """The page text from the heading ``head`` to the next heading of its level or higher, within the page's
    own content (not the site's template, whose menu may repeat the heading's words before it, nor its
    footer), at most 3000 characters; '' when absent."""
    body = M.content_text(page, M.reference_page(sp, page)).strip()
    text = page.text
    if not body:
        return head if head in text else ""  # the page's own content is nothing but the heading (and pictures)
    start = text.find(body[:60])
    if start < 0:
        at, stop = heading_offset(page, head), len(text)
    else:
        stop = start + len(body)
        inside = text.find(head, start, stop)
        # the template's stripping may take the heading itself (the menu has the same words): the nearest
        # occurrence before the content is the heading's
        at = inside if inside >= 0 else text.rfind(head, 0, start + len(head))
    if at < 0:
        return ""
    level = next((x.level for x in page.headings if x.text == head), 6)
    ends = [e for x in page.headings if x.text and x.text != head and x.level <= level
            and (e := text.find(x.text, at + len(head))) > 0]
    return text[at : min([*ends, stop, at + 3000])]


def _vague_text(sp: SitePages, h: Hit) -> str | None:
    """What a vague label stands over: the section under a vague heading, or the section of its link's crawled
    page that the label heads (the page's content when no heading repeats it); None when the page was not
    crawled. The label itself (its menu path: 'Profil PPID > Struktur Organisasi'), the page's address and its
    pictures' names are part of it."""
    if h.link is None:
        sec = _under_heading(sp, h.page, h.snippet)
        pics = [f"{i.alt} {i.url.rsplit('/', 1)[-1]}" for i in h.page.content_images] if sec else []
        return " ".join((sec, *pics)) if sec else None
    dest = sp.page(h.link.url)
    if dest is None:
        return None
    label = h.link.text.strip()
    body = M.content_text(dest, M.reference_page(sp, dest))  # without the site's template (its menus name the PPID)
    head = next((x.text for x in dest.headings if x.text and label and M.tokens(label) == M.tokens(x.text)), "")
    if head and (at := body.find(head)) >= 0:
        body = body[at : at + 3000]
    pics = " ".join(f"{i.alt} {i.url.rsplit('/', 1)[-1]}" for i in dest.content_images)
    return " ".join((h.snippet, dest.url, body, pics))


def _vague_of_the_body(sp: SitePages, f: Found, vague: list[Hit]) -> list[Hit]:
    """The vague labels that, where they can be read, show the body's own thing under the same generic name:
    'Struktur Organisasi' over the agency's chart or units, with no word of the PPID (``vague_needs`` in
    vocabulary.toml) in the label's menu path, its page's address, its section or its pictures' names. A
    dedicated PPID portal's picture-only section is presumed its own (only words can say it is another's)."""
    needs = [tuple(M.tokens(x)) for x in f.target.raw.get("vague_needs", ())]
    if not needs:
        return []
    portal = M.site_is_ppid(sp)
    out = []
    for h in vague:
        text = _vague_text(sp, h)
        if text is None:
            if portal:
                return []  # a PPID portal's label whose page could not be read: it may be the target's, unproven
            # an agency's site: 'Profil > Struktur Organisasi' names the agency's own chart by its menu path alone
            text = h.snippet
        toks = M.tokens(text)
        joined = f" {' '.join(toks)} "
        if any(f" {' '.join(n)} " in joined for n in needs):
            return []
        own = set(toks) - set(M.tokens(h.snippet))
        if portal and len(own) < 4:
            return []
        out.append(h)
    return out


def present(sp: SitePages, f: Found, extra: Sequence[Hit] = ()) -> Result:
    """The ``present`` verdict of a target."""
    t = f.target
    _card_sections(sp, f)
    good = [*extra, *good_hits(sp, f)]
    if good:
        best = good[0]
        return Result(
            status=Status.PASS,
            item="present",
            message=f"{t.name} ditemukan ({best.note}: '{best.snippet[:120]}').",
            message_en=f"{t.name_en} found ({best.note}: '{best.snippet[:120]}').",
            evidence=_evidence(good),
        )
    # an empty register of requests (a service dashboard) is not the item's page: it neither fails the item nor
    # publishes it
    bad = [v for v in f.bad_pages if v.code != REQUEST_REGISTER]
    if bad and all(v.code == SCRIPT_LISTING for v in bad):
        v = bad[0]
        return Result(
            status=Status.WARN,
            item="present",
            message=f"{t.name} ada, tetapi {v.reason}; isinya belum dapat dipastikan tanpa peramban.",
            message_en=f"The {t.name_en} exists, but {v.reason_en}; its content is unconfirmed without a browser.",
            evidence=tuple(Evidence.of(x.page.fetch, snippet=x.reason, note="script-listing") for x in bad[:MAX_EVIDENCE]),
            reason=v.code,
        )
    if bad and all(v.code in (DOWNLOAD_BUTTONS, UNPUBLISHED_ROWS, UNOPENED_ROWS) for v in bad):
        return _named_not_published(f, bad)
    if bad and f.unresolved and all(_carries_target_link(f, v) for v in bad):
        bad = []  # each empty page only carries a link to the target's own page (not crawled): that page decides
    if bad and all(v.code == EMPTY_PAGE and (away := _offsite_way(sp, v.page)) for v in bad):
        # the target's page is a sentence and a button to another site ('Buka Formulir' to the PPID portal
        # setwan.ppid.<kab>.go.id): the item is offered there, not checked by this audit
        v = bad[0]
        return Result(
            status=Status.WARN,
            item="present",
            message=f"{t.name} ditautkan ke situs lain ('{away.text.strip()[:60]}' ke {urlsplit(away.url).netloc}); isinya belum dapat dipastikan.",
            message_en=f"The {t.name_en} is linked to another site ('{away.text.strip()[:60]}' to {urlsplit(away.url).netloc}); its content is unconfirmed.",
            evidence=tuple(Evidence.of(x.page.fetch, snippet=away.url, note="offsite") for x in bad[:MAX_EVIDENCE]),
        )
    if bad:
        # a page the target's title or link names speaks before a page where only a section heading does
        bad = sorted(bad, key=lambda x: x.page.url in f.sections)
        v = bad[0]
        label = next((h.snippet for h in f.hits if h.page.url == v.page.url or (h.link and h.link.url in (v.page.url, v.page.fetch.url))), t.name)
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"'{label[:100]}' ada, tetapi {v.reason}: {t.name} belum benar-benar dipublikasikan. Isi {t.where} dengan dokumen/informasi yang sebenarnya.",
            message_en=f"'{label[:100]}' exists but {v.reason_en}: {t.name_en} is not really published. Fill {t.where_en} with the actual documents/information.",
            evidence=tuple(Evidence.of(x.page.fetch, snippet=x.reason, note="placeholder") for x in bad[:MAX_EVIDENCE]),
            reason=v.code,
        )
    broken = [(h, fe) for h, fe in f.documents if fe is not None and _doc_bad(fe)]
    if broken:
        h, fe = broken[0]
        return Result(
            status=Status.WARN,
            item="present",
            message=f"Tautan '{h.snippet[:100]}' ada, tetapi dokumennya tidak dapat dibuka ({_doc_bad(fe)}). Perbaiki tautan di {t.where}.",
            message_en=f"The link '{h.snippet[:100]}' exists but its document cannot be opened ({_doc_bad(fe)}). Fix the link in {t.where_en}.",
            evidence=_evidence([h for h, _ in broken]),
        )
    if f.unresolved:
        h = f.unresolved[0]
        return Result(
            status=Status.WARN,
            item="present",
            message=f"Menu/tautan '{h.snippet[:100]}' ada, tetapi halaman tujuannya tidak dapat diperiksa; isinya belum dapat dipastikan.",
            message_en=f"The menu/link '{h.snippet[:100]}' exists but its destination could not be checked; its content is unconfirmed.",
            evidence=_evidence(f.unresolved),
        )
    registers = [v for v in f.bad_pages if v.code == REQUEST_REGISTER]
    said_empty = [(v, notice) for v in registers if t.key == "laporan_layanan" and (notice := _register_says_empty(v.page))]
    if said_empty:
        # the service report's own place is the year's tally of requests ('Tahun | Pemohon | Diberikan | Ditolak'),
        # and the table says it has none ('Data tidak tersedia'): the report is an empty listing, not unknown
        v, notice = said_empty[0]
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"{t.name} ada sebagai tabel rekap, tetapi tabelnya kosong ('{notice[:80]}'). Isi {t.where}.",
            message_en=f"The {t.name_en} is there as a tally table, but the table is empty ('{notice[:80]}'). Fill {t.where_en}.",
            evidence=(Evidence.of(v.page.fetch, snippet=notice[:200], note="empty-listing"),),
            reason=EMPTY_LISTING,
        )
    if registers:
        # the target's label opens an empty register of requests (a service dashboard): the label is there,
        # what it holds is not the item and not its absence either
        v = registers[0]
        label = next((h.snippet for h in f.hits if h.page.url == v.page.url or (h.link and h.link.url in (v.page.url, v.page.fetch.url))), t.name)
        return Result(
            status=Status.WARN,
            item="present",
            message=f"'{label[:100]}' ada, tetapi halamannya hanya rekap permohonan informasi yang kosong; belum dapat dipastikan bahwa {t.name} dipublikasikan. Isi {t.where}.",
            message_en=f"'{label[:100]}' exists, but its page is only an empty register of information requests; it is not certain that the {t.name_en} is published. Fill {t.where_en}.",
            evidence=tuple(Evidence.of(x.page.fetch, snippet=x.reason, note="request-register") for x in registers[:MAX_EVIDENCE]),
            reason=REQUEST_REGISTER,
        )
    vague = _vague_not_empty(sp, f)
    named = _vague_named_by_page(sp, f, vague)
    if named is not None:
        return Result(
            status=Status.PASS,
            item="present",
            message=f"{t.name} ditemukan ({named.note}: '{named.snippet[:120]}').",
            message_en=f"{t.name_en} found ({named.note}: '{named.snippet[:120]}').",
            evidence=_evidence([named]),
        )
    others = _vague_of_the_body(sp, f, vague) if vague else []
    if others:
        h = others[0]
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"{t.name} tidak ditemukan: '{h.snippet[:100]}' berisi milik badan publik sendiri (tanpa menyebut PPID), bukan {t.name}. Buat {t.where}.",
            message_en=f"{t.name_en} not found: '{h.snippet[:100]}' shows the body's own (with no word of the PPID), not the {t.name_en}. Create {t.where_en}.",
            evidence=_evidence(others),
            reason=OTHER_BODY,
        )
    if vague:
        h = vague[0]
        return Result(
            status=Status.WARN,
            item="present",
            message=f"Hanya ada label yang kurang jelas '{h.snippet[:100]}'; belum dapat dipastikan bahwa isinya {t.name}. Beri judul yang jelas di {t.where}.",
            message_en=f"Only the vague label '{h.snippet[:100]}' exists; it is not certain that it holds the {t.name_en}. Give it a clear title in {t.where_en}.",
            evidence=_evidence(vague),
        )
    weak = [h for h in f.hits if h.strength == M.WEAK]
    if weak:
        # a paragraph that names the category (e.g. about UU 14/2008) is not the category: not found
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"{t.name} tidak ditemukan: '{weak[0].snippet}' hanya disebut dalam paragraf, tanpa menu, judul, tabel atau dokumen tersendiri. Buat {t.where}.",
            message_en=f"{t.name_en} not found: '{weak[0].snippet}' is only mentioned in a paragraph, with no menu, heading, table or document of its own. Create {t.where_en}.",
            evidence=_evidence(weak),
        )
    wrong: list[Hit] = getattr(f, "_mislinked", [])
    if wrong:
        h = wrong[0]
        others = [x for x in mislinked(sp).get(h.link.url, []) if x != h.link.text][:2] if h.link else []
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"'{h.snippet[:100]}' menaut ke halaman lain ({h.link.url if h.link else ''}) yang juga dibuka oleh "
            f"{', '.join(repr(x) for x in others)}: {t.name} tidak dipublikasikan di sana. Perbaiki tautannya ke {t.where}.",
            message_en=f"'{h.snippet[:100]}' links to another page ({h.link.url if h.link else ''}) that "
            f"{', '.join(repr(x) for x in others)} also open: the {t.name_en} is not published there. Point the link at {t.where_en}.",
            evidence=tuple(Evidence.of(x.page.fetch, snippet=f"{x.snippet[:100]} -> {x.link.url if x.link else ''}", note="mislink") for x in wrong[:MAX_EVIDENCE]),
            reason="mislinked",
        )
    if M.needs_browser(sp):
        missing = M.browser_missing(sp)
        why_id, why_en = M.render_problem(sp)
        return Result(
            status=Status.ERROR if missing else Status.WARN,
            item="present",
            message=f"{t.name} tidak dapat dinilai: menu situs disusun dengan JavaScript dan peramban (Chromium) tidak terpasang di mesin auditor, bukan kesalahan situs (lihat `ppid-audit doctor`)."
            if missing else f"{t.name} tidak ditemukan, tetapi situs disusun dengan JavaScript dan {why_id}; tidak dapat dinilai tanpa halaman yang dirender lengkap.",
            message_en=f"{t.name_en} not judged: the site's menu is built by JavaScript and the auditor's machine has no browser (Chromium), not the site's fault (see `ppid-audit doctor`)."
            if missing else f"{t.name_en} not found, but the site is built by JavaScript and {why_en}; it cannot be judged without a fully rendered page.",
            evidence=tuple(Evidence.of(p.fetch, snippet="js_only", note="javascript") for p in sp.pages if p.js_only)[:MAX_EVIDENCE],
        )
    soon: list[Hit] = getattr(f, "_coming_soon", [])
    if soon:
        h = soon[0]
        badge = m.group() if (m := _COMING_SOON.search(section_text(h.page, h.snippet))) else "segera tersedia"
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"'{h.snippet[:100]}' ada, tetapi hanya bertuliskan '{badge}' tanpa dokumen: {t.name} belum dipublikasikan. "
                    f"Unggah dokumennya di {t.where}.",
            message_en=f"'{h.snippet[:100]}' is there, but it only says '{badge}', with no document: the {t.name_en} is not "
                       f"published. Upload it in {t.where_en}.",
            evidence=_evidence(soon),
            reason="coming_soon",
        )
    counters: list[Hit] = getattr(f, "_counters", [])
    if counters:
        # 'Statistik' over a widget of request counts ('20 diajukan, 15 diterima, 5 ditolak'): figures with no
        # period, document or account of the service: the place of a report, not a report
        h = counters[0]
        return Result(
            status=Status.FAIL,
            item="present",
            message=f"'{h.snippet[:100]}' hanya menampilkan angka permohonan tanpa dokumen: {t.name} belum dipublikasikan. "
                    f"Unggah dokumennya di {t.where}.",
            message_en=f"'{h.snippet[:100]}' only shows request counts, with no document: the {t.name_en} is not published. "
                       f"Upload the document in {t.where_en}.",
            evidence=_evidence(counters),
            reason="counters-only",
        )
    ev = (Evidence.of(sp.start, snippet=f"{len(sp.pages)} halaman diperiksa", note="not-found"),) if sp.start else ()
    return Result(
        status=Status.FAIL,
        item="present",
        message=f"{t.name} tidak ditemukan di {len(sp.pages)} halaman yang diperiksa. Tambahkan {t.where}.",
        message_en=f"{t.name_en} not found in the {len(sp.pages)} pages checked. Add {t.where_en}.",
        evidence=ev,
    )


def _evidence(hits: Iterable[Hit]) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for h in hits:
        key = (h.page.url, h.snippet)
        if key not in seen:
            seen.add(key)
            out.append(h.evidence())
        if len(out) >= MAX_EVIDENCE:
            break
    return tuple(out)


def _target_evidence(f: Found, snippet: str, note: str) -> tuple[Evidence, ...]:
    """Evidence pointing at the target's own pages (or the pages of its hits)."""
    pages = [v.page for v in f.good_pages] or [h.page for h in f.hits]
    seen: dict[str, Evidence] = {}
    for p in pages:
        seen.setdefault(p.url, Evidence.of(p.fetch, snippet=snippet, note=note))
    return tuple(seen.values())[:MAX_EVIDENCE]


def not_assessed(f: Found, items: Sequence[str]) -> list[Result]:
    """``not_applicable`` results for the aspects that depend on ``present``."""
    t = f.target
    return [
        Result(
            status=Status.NOT_APPLICABLE,
            item=item,
            message=f"Tidak dinilai: {t.name} belum ditemukan dengan pasti.",
            message_en=f"Not assessed: {t.name_en} was not found with certainty.",
        )
        for item in items
    ]


def _scope_texts(sp: SitePages, f: Found) -> list[tuple[str, Hit]]:
    """Short texts that belong to the target: headings, link texts, file names, table cells, sub-menus."""
    out: list[tuple[str, Hit]] = [(h.snippet, h) for h in f.hits if h.strength > M.WEAK]
    for v in f.good_pages:
        p = v.page
        for hd in p.headings[:60]:
            out.append((hd.text, M.Hit(p, hd.text, "heading", M.STRONG)))
        for lk in p.links:
            if not lk.in_nav and lk.text:
                out.append((lk.text, M.Hit(p, lk.text, "link-text", M.LINK, lk)))
            if M.is_document_link(lk):
                name = M.file_name(lk.url)
                out.append((name, M.Hit(p, name, "file-name", M.LINK, lk)))
        for tb in p.tables:
            for row in tb.rows[:300]:
                for cell in row:
                    if cell and len(cell) < 300:
                        out.append((cell, M.Hit(p, cell, "table-cell", M.STRONG)))
    menus = {h.link.text for h in f.hits if h.note == "menu" and h.link is not None}
    for p in sp.pages:
        for lk in p.nav_links:
            if any(m and m in lk.menu_path for m in menus):
                out.append((lk.text, M.Hit(p, " > ".join((*lk.menu_path, lk.text)), "menu", M.STRONG, lk)))
    for p, row in f.dip_rows:
        text = " | ".join(c for c in row if c)
        out.append((text, M.Hit(p, text[:200], "dip-row", M.STRONG)))
    return out


def coverage(sp: SitePages, f: Found) -> Result:
    """The ``coverage`` verdict: fraction of the target's items found."""
    t = f.target
    cfg = M.rules()["coverage"]
    texts = [(M.tokens(s, camel=True), h) for s, h in _scope_texts(sp, f)]
    found: dict[str, Hit] = {}
    for item, phrases in t.items.items():
        for toks, h in texts:
            if any(M.contains(ph, toks) for ph in phrases):
                found[item] = h
                break
    total = len(t.items)
    frac = len(found) / total if total else 0.0
    missing = [i for i in t.items if i not in found]
    status = Status.PASS if frac >= cfg["pass"] else Status.WARN if frac >= cfg["warn"] else Status.FAIL
    miss = ", ".join(m.replace("_", " ") for m in missing) or "-"
    return Result(
        status=status,
        item="coverage",
        value=round(frac, 3),
        message=f"{len(found)} dari {total} jenis {t.name} menurut regulasi ditemukan ({frac:.0%}). Belum ditemukan: {miss}."
        + (f" Lengkapi di {t.where}." if missing else ""),
        message_en=f"{len(found)} of {total} kinds of {t.name_en} required by the regulation were found ({frac:.0%}). Not found: {miss}."
        + (f" Complete them in {t.where_en}." if missing else ""),
        evidence=tuple(Evidence.of(h.page.fetch, snippet=f"{item}: {h.snippet[:200]}", note=h.note) for item, h in found.items())
        or _target_evidence(f, f"belum ditemukan: {miss}", "coverage"),
    )


def _months_before(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    day = min(d.day, 28)
    return dt.date(y, m + 1, day)


def current(sp: SitePages, f: Found) -> Result | None:
    """The ``current`` verdict under the target's refresh rule, or None when no rule applies."""
    rule = M.rules().get("current", {}).get(f.target.key)
    if rule is None:
        return None
    t = f.target
    today = M.audit_day(sp)
    kind = rule["kind"]
    dates, weak = M.scope_dates(sp, f, "published" if kind == "max_age_months" else "covered")
    if not dates:
        return Result(
            status=Status.WARN,
            item="current",
            message=f"Tidak ada tanggal atau tahun pada {t.name} sehingga kemutakhirannya tidak dapat dinilai ({rule['rule']}). Cantumkan tanggal/tahun pada setiap dokumen.",
            message_en=f"No date or year on the {t.name_en}, so its currency cannot be judged ({rule['rule_en']}). Date every document.",
            evidence=_target_evidence(f, "tanpa tanggal", "no-date"),
        )
    newest, src = max(dates, key=lambda x: M.period_end(x[0]))
    end = M.period_end(newest)
    if kind == "max_age_months":
        limit = _months_before(today, int(rule["months"]))
        fresh = end >= limit
    elif kind == "min_year":
        fresh = newest.date.year >= today.year - int(rule["years_back"])
    elif kind == "annual_report":
        due = dt.date(today.year, int(rule["due_month"]), int(rule["due_day"]))
        required = today.year - 1 if today > due else today.year - 2
        fresh = newest.date.year >= required
    else:
        raise ValueError(f"rules.toml: unknown refresh kind {kind!r} for {t.key}")
    nid, nen = M.fmt_date(newest)
    aid, aen = M.fmt_day(today)
    ev_hit = src if isinstance(src, M.Hit) else M.Hit(src.page, newest.text, "page-date", M.STRONG)
    evidence = (Evidence.of(ev_hit.page.fetch, snippet=f"{newest.text} ({ev_hit.snippet[:150]})", note=f"date:{newest.source}"),)
    weak_id = " (bukti lemah: tanggal dari header HTTP/meta)" if weak else ""
    weak_en = " (weak evidence: HTTP header/meta date)" if weak else ""
    if fresh:
        return Result(
            status=Status.PASS,
            item="current",
            message=f"{t.name} mutakhir: tanggal terbaru {nid}{weak_id}; aturan: {rule['rule']}.",
            message_en=f"{t.name_en} is current: newest date {nen}{weak_en}; rule: {rule['rule_en']}.",
            evidence=evidence,
        )
    return Result(
        status=Status.WARN if weak else Status.FAIL,
        item="current",
        message=f"{t.name} kedaluwarsa: dokumen terbaru bertanggal {nid}{weak_id}, tanggal audit {aid}; aturan: {rule['rule']}. Unggah informasi terbaru di {t.where}.",
        message_en=f"{t.name_en} is stale: the newest document is dated {nen}{weak_en}, audit date {aen}; rule: {rule['rule_en']}. Publish current information in {t.where_en}.",
        evidence=evidence,
    )


def item_currency(sp: SitePages, f: Found) -> list[Result]:
    """``current.<item>`` verdicts for the items with their own refresh rule (rules.toml
    ``[current.<target>.items.*]``: financial/performance reports of last budget year, programs of this
    year), judged on the newest year named next to each item's documents.  Undated or missing items get
    no result (``coverage`` reports missing ones)."""
    item_rules = M.rules().get("current", {}).get(f.target.key, {}).get("items", {})
    if not item_rules:
        return []
    today = M.audit_day(sp)
    texts = [(M.tokens(s, camel=True), s, h) for s, h in _scope_texts(sp, f)]
    out: list[Result] = []
    for key, rule in item_rules.items():
        phrases = f.target.items.get(key, ())
        if rule["kind"] == "max_age_months":
            res = _item_age(sp, f, key, rule, today)
            if res is not None:
                out.append(res)
            continue
        # the documents themselves (link texts, file names, headings, cells, the item's own section)
        # decide; a DIP row only declares that the item exists, so it never dates the item
        best: tuple[int, str, Hit] | None = None
        for toks, text, h in texts:
            if not any(M.contains(ph, toks) for ph in phrases):
                continue
            names = [text] + ([M.file_name(h.link.url)] if h.link is not None else [])
            for name in names:
                for d in M.find_dates(name, source="filename", today=today):
                    if d.date.year > today.year:
                        continue
                    if h.note != "dip-row" and (best is None or d.date.year > best[0]):
                        best = (d.date.year, text, h)
        others = [ph for k, phs in f.target.items.items() if k != key for ph in phs if ph not in phrases]
        for page, head, body in _sections(f, phrases):
            body = body[len(head):]
            # under "Laporan Kinerja dan Keuangan" the LRA's year is not the performance report's
            for piece in {lk.text for lk in page.links if lk.text and not lk.in_nav} | {c for tb in page.tables for row in tb.rows for c in row if c}:
                toks = M.tokens(piece, camel=True)
                if piece in body and any(M.contains(ph, toks) for ph in others) and not any(M.contains(ph, toks) for ph in phrases):
                    body = body.replace(piece, " ")
            for d in M.find_dates(body, source="text", today=today):
                # a covered year ("Tahun 2025", "Semester I 2025"), not an upload date ("13 Januari 2026")
                if d.precision != "day" and d.date.year <= today.year and (best is None or d.date.year > best[0]):
                    best = (d.date.year, f"{head}: {d.text}", M.Hit(page, head, "heading", M.STRONG))
        if best is None:  # listed in the DIP only (`listed`): a declaration, not a published document
            continue
        year, text, h = best
        if rule["kind"] == "annual_report":
            due = dt.date(today.year, int(rule["due_month"]), int(rule["due_day"]))
            need = today.year - 1 if today > due else today.year - 2
        else:
            need = today.year - 1 if rule["kind"] == "budget_year" else today.year
        label = key.replace("_", " ")
        ev = (Evidence.of(h.page.fetch, snippet=text[:200], note=f"item-date:{key}"),)
        if year >= need:
            out.append(Result(status=Status.PASS, item=f"current.{key}", evidence=ev,
                              message=f"{label} mutakhir: terbaru tahun {year} ({rule['rule']}).",
                              message_en=f"{label} is current: newest is from {year} ({rule['rule_en']})."))
        else:
            out.append(Result(status=Status.FAIL, item=f"current.{key}", evidence=ev,
                              message=f"{label} kedaluwarsa: terbaru tahun {year}, padahal {rule['rule']} (tanggal audit {M.fmt_day(today)[0]}). Unggah yang terbaru di {f.target.where}.",
                              message_en=f"{label} is stale: newest is from {year}, but {rule['rule_en']} (audit date {M.fmt_day(today)[1]}). Publish the current one in {f.target.where_en}."))
    return out


def _sections(f: Found, phrases: tuple[tuple[str, ...], ...]) -> list[tuple[Page, str, str]]:
    """(page, heading, text under it) for each heading of the target's pages that names the item."""
    out: list[tuple[Page, str, str]] = []
    for v in f.good_pages:
        p = v.page
        heads = [h.text for h in p.headings if h.text]
        for i, h in enumerate(heads):
            if not any(M.contains(ph, M.tokens(h)) for ph in phrases):
                continue
            # the heading's text may also appear earlier (a tab button, a table of contents): of all its
            # occurrences keep the one followed by the most text before the next heading
            best = ""
            start = p.text.find(h)
            while start >= 0:
                # any other heading ends it: the last tab button of a tabbed page is followed by the first
                # pane's heading, not by a later one (else it would take every pane's dates as its own)
                ends = [e for n in heads if n != h and (e := p.text.find(n, start + len(h))) > 0]
                end = min(ends) if ends else start + 3000
                piece = p.text[start : min(end, start + 3000)]
                if len(piece) > len(best):
                    best = piece
                start = p.text.find(h, start + len(h))
            if best:
                out.append((p, h, best))
    return out


def _register_says_empty(page: Page) -> str:
    """The notice ('Data tidak tersedia') that a register of requests on ``page`` shows in place of its rows, or ""."""
    for table in page.tables:
        if is_request_register(table) and not data_rows(table):
            cell = next((c for r in table.rows for c in r if c.strip() and is_empty_notice(c)), "")
            if cell:
                return cell.strip()
    return ""


def _item_age(sp: SitePages, f: Found, key: str, rule: dict[str, Any], today: dt.date) -> Result | None:
    """``current.<item>`` under an age rule: the newest date in the item's own section."""
    best: tuple[dt.date, str, Page, str] | None = None
    for page, head, text in _sections(f, f.target.items.get(key, ())):
        dates = M.find_dates(text, source="text", today=today)
        fine = [d for d in dates if d.precision != "year"] or dates
        for d in fine:
            end = M.period_end(d)
            if end <= today + dt.timedelta(days=31) and (best is None or end > best[0]):
                best = (end, d.text, page, head)
    if best is None:
        return None
    end, text, page, head = best
    label = key.replace("_", " ")
    ev = (Evidence.of(page.fetch, snippet=f"{head}: {text}"[:200], note=f"item-date:{key}"),)
    if end >= _months_before(today, int(rule["months"])):
        return Result(status=Status.PASS, item=f"current.{key}", evidence=ev,
                      message=f"{label} mutakhir: terbaru {text} ({rule['rule']}).",
                      message_en=f"{label} is current: newest {text} ({rule['rule_en']}).")
    return Result(status=Status.FAIL, item=f"current.{key}", evidence=ev,
                  message=f"{label} kedaluwarsa: terbaru {text}, lebih dari {rule['months']} bulan sebelum tanggal audit {M.fmt_day(today)[0]}.",
                  message_en=f"{label} is stale: newest {text}, more than {rule['months']} months before the audit date {M.fmt_day(today)[1]}.")


def reachable(sp: SitePages, f: Found) -> Result:
    """The ``reachable`` verdict of the target's linked documents."""
    t = f.target
    checked: dict[str, tuple[Hit, Fetch]] = {}
    for h, fe in f.documents:
        if fe is not None:
            checked.setdefault(fe.url, (h, fe))
    if not checked:
        return Result(
            status=Status.NOT_APPLICABLE,
            item="reachable",
            message=f"Tidak ada dokumen {t.name} yang tertaut dan diperiksa.",
            message_en=f"No linked {t.name_en} document was checked.",
        )
    bad = [(h, fe, why) for h, fe in checked.values() if (why := _doc_bad(fe))]
    value = round(1 - len(bad) / len(checked), 3)
    if bad:
        lst = "; ".join(f"{M.file_name(fe.url) or fe.url} ({why})" for _, fe, why in bad[:3])
        return Result(
            status=Status.FAIL,
            item="reachable",
            value=value,
            message=f"{len(bad)} dari {len(checked)} dokumen {t.name} tidak dapat dibuka: {lst}. Unggah ulang berkasnya dan perbaiki tautannya.",
            message_en=f"{len(bad)} of {len(checked)} {t.name_en} documents cannot be opened: {lst}. Re-upload the files and fix the links.",
            evidence=tuple(Evidence.of(fe, snippet=h.snippet, note=f"document:{why}") for h, fe, why in bad[:MAX_EVIDENCE]),
        )
    return Result(
        status=Status.PASS,
        item="reachable",
        value=value,
        message=f"Semua {len(checked)} dokumen {t.name} yang tertaut dapat dibuka.",
        message_en=f"All {len(checked)} linked {t.name_en} documents can be opened.",
        evidence=tuple(Evidence.of(fe, snippet=h.snippet, note="document") for h, fe in list(checked.values())[:MAX_EVIDENCE]),
    )


def standard(sp: SitePages, f: Found, *, extra: Sequence[Hit] = (), with_coverage: bool | None = None) -> list[Result]:
    """present, then coverage / current / reachable as the target has them."""
    pres = present(sp, f, extra)
    cov = bool(f.target.items) if with_coverage is None else with_coverage
    aspects = [*(["coverage"] if cov else []), *(["current"] if f.target.key in M.rules().get("current", {}) else []), "reachable"]
    if pres.status != Status.PASS:
        out = [pres, *not_assessed(f, aspects[:-1])]
        # a link to a broken document still gets its reachable verdict (the admin must fix it)
        checked = any(fe is not None for _, fe in f.documents)
        out.append(reachable(sp, f) if checked and pres.status == Status.WARN else not_assessed(f, ["reachable"])[0])
        return out
    out = [pres]
    if cov:
        out.append(coverage(sp, f))
    cur = current(sp, f)
    if cur is not None:
        items = item_currency(sp, f)
        stale = [r for r in items if r.status == Status.FAIL]
        if cur.status != Status.FAIL and stale:
            # every present item must also meet its own rule
            cur = Result(
                status=Status.FAIL,
                item="current",
                message=f"Sebagian {f.target.name} kedaluwarsa: " + " ".join(r.message for r in stale),
                message_en=f"Part of the {f.target.name_en} is stale: " + " ".join(r.message_en for r in stale),
                evidence=tuple(e for r in stale for e in r.evidence)[:MAX_EVIDENCE],
            )
        out.append(cur)
        out.extend(items)
    out.append(reachable(sp, f))
    return out

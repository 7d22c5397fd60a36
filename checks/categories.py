"""The four mandatory information categories of Perki 1/2021 and UU 14/2008.

``kategori.berkala``, ``kategori.serta_merta``, ``kategori.setiap_saat`` and
``kategori.dikecualikan``: each returns ``present`` first, then (when present
passes) ``coverage`` (berkala, setiap saat, dikecualikan: the regulation's
items, listed in ``vocabulary.toml``), ``current`` (berkala: 6-month rule in
``rules.toml``; serta merta is never stale by age) and ``reachable``.  The
matching and judging live in ``_matching.py`` and ``_verdicts.py``.
"""

from __future__ import annotations

import re


from ppid_audit import check
from ppid_audit.models import Evidence, Page, Result, Severity, Site, SitePages, Status




from . import _content as _C
from . import _matching as M
from . import _verdicts as V
from ._content import DEAD_DOWNLOAD_LINKS, EMPTY_LISTING, EMPTY_PAGE, PLACEHOLDER_TEXT, content_text, dead_anchors, is_filter_box
from ._content import GENERIC_ROWS, UNOPENED_ROWS, items_beside_one_dead_button, UNPUBLISHED_ROWS, PageVerdict, generic_rows, section_tables


def _exempt_registers(sp: SitePages, found: M.Found) -> None:
    """The exempt list is a register: its rows name what is withheld and need no document, so a listing of
    titles counts; unless every row is only a category of the law ('Dokumen Rahasia Negara' - 'Informasi
    yang dikecualikan berdasarkan UU KIP'), which names no exempted item at all."""
    words = frozenset(found.target.raw.get("generic_row_words", []))
    for url, v in list(found.pages.items()):
        if not v.ok and v.code not in (UNPUBLISHED_ROWS, UNOPENED_ROWS, DEAD_DOWNLOAD_LINKS):
            continue
        tables = section_tables(v.page, found.sections.get(url))
        captions = {h.snippet for h in found.hits if h.page.url == url and h.note == "table-caption"}
        if captions:
            # the label is a table's caption (a tab pane's label over its table): that table is the register
            tables = [tb for tb in tables if tb.caption in captions] or tables
        generic = generic_rows(tables, words)
        if v.code == DEAD_DOWNLOAD_LINKS and not v.ok:
            if items_beside_one_dead_button(sp, v.page):
                # 'Soal dan Jawaban Tes Ujian Masuk. (SK Penetapan)' x 15: the items are the register; the decree
                # beside each is a dead link, a fault of its own, not an empty list
                found.pages[url] = PageVerdict(v.page, True, docs=v.docs)
            continue
        if generic and not v.docs:
            shown = " | ".join(generic)[:80]
            found.pages[url] = PageVerdict(v.page, False, f"daftarnya hanya menyebut kategori umum undang-undang ('{shown}'), bukan informasi yang dikecualikan",
                                           f"its list only names general categories of the law ('{shown}'), not exempted information", code=GENERIC_ROWS)
        elif v.code in (UNPUBLISHED_ROWS, UNOPENED_ROWS):
            found.pages[url] = PageVerdict(v.page, True, docs=v.docs)


_SENTENCE_END = re.compile(r"[a-z0-9)][.!?](?:\s|$)")


def _titles_only(sp: SitePages, found: M.Found) -> None:
    """A category page that passed on its text alone (no document, table row, entry link, picture or form)
    and whose text holds no sentence: section titles over item titles ('A. Informasi tentang ...' /
    'Struktur Organisasi' / 'LHKPN Sekretaris Jenderal'), each naming an item that is not published."""
    for url, v in list(found.pages.items()):
        page = v.page
        # (a form without a field, a theme's leftover <form action="#">, holds nothing)
        if not v.ok or v.docs or url in found.sections or any(M.data_rows(t) for t in page.tables) or any(
                not is_filter_box(f) and not _C.is_search_form(f) and not _C.is_comment_form(f) and f.fields
                for f in page.forms):
            continue
        ref = M.reference_page(sp, page)
        if M.entry_links(page, ref) or M.content_images(page, ref):
            continue
        text = content_text(page, ref)
        shared = {x.url for x in ref.links} if ref is not None else set()
        if len(more := _MORE_BUTTON.findall(text)) >= 2 and not any(not lk.in_nav and lk.url not in shared for lk in page.links):
            # cards each describing a kind of information ('Laporan Anggaran dan Keuangan ... Diperbarui setiap tahun')
            # closed by a 'READ MORE' button that opens nothing (the page links nothing of its own): kinds
            # described, nothing published
            shown = more[0].strip()
            if not M.YEAR.search(text):
                # no card names a year or a period of its own: the kinds the category should hold, described
                found.pages[url] = PageVerdict(page, False, f"kartunya hanya menguraikan jenis informasi, tanpa dokumen atau tahun, dengan tombol '{shown}' yang tidak membuka apa pun",
                                               f"its cards only describe kinds of information, with no document or year, and '{shown}' buttons that open nothing", code=EMPTY_LISTING)
                continue
            found.pages[url] = PageVerdict(page, False, f"kartunya hanya uraian dengan tombol '{shown}' yang tidak membuka apa pun ({len(more)} tombol)",
                                           f"its cards are descriptions whose '{shown}' buttons open nothing ({len(more)} buttons)", code=UNPUBLISHED_ROWS)
            continue
        if len(_SENTENCE_END.findall(text)) <= 1:
            if len(_LAW_KIND.findall(text)) >= 3 and _LAW_BODY.search(text):
                # the regulation's description of what the category comprises ('Informasi tentang profil badan
                # publik', 'Informasi tentang laporan keuangan' ...): the place explains the category, lists nothing
                found.pages[url] = PageVerdict(page, False, "halamannya hanya menguraikan jenis informasi menurut peraturan, tanpa informasi badan publik ini",
                                               "its page only describes the kinds of information the regulation lists, with none of this body's", code=EMPTY_LISTING)
                continue
            found.pages[url] = PageVerdict(page, False, "daftarnya hanya judul tanpa dokumen atau tautan",
                                           "its listing holds titles without documents or links", code=UNPUBLISHED_ROWS)


# a card's 'more' button written as a button's text ('READ MORE', 'Selengkapnya', 'Lihat Detail'): a linked one is
# a link (named by its card in the page model), so only a button without a link leaves its words in the text
_MORE_BUTTON = re.compile(r"(?<![\w-])(?:READ MORE|Read More|Read more|SELENGKAPNYA|Selengkapnya|(?:Lihat|Baca|LIHAT|BACA) "
                          r"(?:Selengkapnya|SELENGKAPNYA|Detail|DETAIL))(?=\s*[\u00bb\u2192>]?\s*(?:$|[A-Z0-9\u2022|]))")


# the regulation's wording of a kind of information ('Informasi tentang ...', 'Informasi mengenai ...') and of the body
_LAW_KIND = re.compile(r"\binformasi\s+(?:tentang|mengenai)\b", re.I)
_LAW_BODY = re.compile(r"\bbadan\s+publi[kc]\b", re.I)  # (as written, typo included: 'Profil Badan Public')


_DIK_SUBSTANCE = ("penetapan", "uji_konsekuensi")


def _grounds_sections(found: M.Found) -> list[str]:
    """The texts under the exempt label's section headings when the label is only such headings (the warning of a
    vague section) and each section says two sentences or more of its own with no link: grounds written out
    ('Informasi yang mengganggu penegakan hukum. Informasi yang membahayakan keamanan negara. ...'), not a card
    whose content is elsewhere."""
    if not found.vague or any(h.note != "section-heading" or h.link is not None for h in found.vague):
        return []
    out = []
    for h in found.vague:
        sec = _C.section_text(h.page, h.snippet)[len(h.snippet):]
        if len(_SENTENCE_END.findall(sec)) < 2 or any(not lk.in_nav and lk.text and lk.text in sec for lk in h.page.links):
            return []
        out.append(sec)
    return out


def _exempt_without_register(sp: SitePages, found: M.Found, results: list[Result]) -> list[Result]:
    """An exempt-information place that passed on names alone (no document, no row of a list, no DIP row)
    and says nothing of the decree or the consequence test that make a list the body's own DIK: headings or
    cards of the law's grounds ('Informasi Rahasia Negara', 'Data Pribadi Peserta Didik', 'Pasal 17')
    publish no register (regulation.md: the DIK is decided by a documented consequence test and a decree)."""
    first = results[0]
    if first.status not in (Status.PASS, Status.WARN) or found.documents or found.dip_rows or any(
            h.note in ("table-row", "table-column", "table-cell", "dip-row") for h in found.hits):
        return results
    grounds = _grounds_sections(found) if first.status == Status.WARN else []
    if first.status == Status.WARN and (first.reason or found.unresolved or not grounds):
        return results
    if any(M.data_rows(t) for v in found.good_pages for t in v.page.tables) or not (found.good_pages or grounds):
        return results
    texts = [M.tokens(s, camel=True) for s, _ in V._scope_texts(sp, found)]
    # (a page where only a section heading names the list speaks in that section: the page's other sections, a
    # setiap saat list naming 'keputusan', say nothing of the exempt list's decree)
    texts += [M.tokens(content_text(v.page, M.reference_page(sp, v.page)), camel=True) for v in found.good_pages
              if v.page.url not in found.sections]
    texts += [M.tokens(_C.section_text(v.page, head), camel=True) for v in found.good_pages
              for head in found.sections.get(v.page.url, ())]
    texts += [M.tokens(x, camel=True) for x in grounds]
    if any(M.contains(ph, toks) for item in _DIK_SUBSTANCE for ph in found.target.items.get(item, ()) for toks in texts):
        return results
    return [Result(status=Status.FAIL, item="present", evidence=first.evidence, reason=GENERIC_ROWS,
                   message=f"{found.target.name} hanya disebut dengan judul atau jenis pengecualian umum, tanpa dokumen, "
                   "SK penetapan atau hasil uji konsekuensi: daftar informasi yang dikecualikan badan publik ini belum "
                   f"dipublikasikan. Terbitkan di {found.target.where}.",
                   message_en=f"{found.target.name_en} is only named by titles or general grounds of exemption, with no "
                   "document, decree or consequence test: this body's exempt-information list is not published. "
                   f"Publish it in {found.target.where_en}."),
            *V.not_assessed(found, [r.item for r in results[1:]])]


# a placeholder that only says the place holds nothing yet ('belum ada data'), not filler text
_EMPTY_NOTICE = re.compile(r"'(?:belum|tidak) ada (?:data|informasi)", re.I)


def judge_category(sp: SitePages, key: str) -> list[Result]:
    """All verdicts of one category (``berkala``, ``serta_merta``...)."""
    found = M.collect(sp, M.target(key))
    if key == "dikecualikan":
        _exempt_registers(sp, found)
    elif key in ("berkala", "setiap_saat"):
        _titles_only(sp, found)
    results: list[Result] = V.standard(sp, found)
    if key == "dikecualikan":
        results = _exempt_without_register(sp, found, results)
    if key == "serta_merta" and results[0].status == Status.PASS and not found.documents and not any(
        v.page.tables or M.entry_links(v.page, M.reference_page(sp, v.page)) for v in found.good_pages
    ) and not any(h.note in ("table-row", "table-column") for h in found.hits):
        # a place exists but carries no item: present, yet not evidence of use (regulation.md)
        first = results[0]
        results[0] = Result(
            status=Status.WARN,
            item="present",
            message=first.message + " Namun belum ada satu pun pengumuman di dalamnya; umumkan informasi serta merta di sana bila terjadi keadaan darurat.",
            message_en=first.message_en + " But it holds no announcement yet; publish immediate information there when emergencies occur.",
            evidence=first.evidence,
        )
    if key == "serta_merta" and results[0].status == Status.FAIL and (results[0].reason in (EMPTY_PAGE, EMPTY_LISTING, GENERIC_ROWS) or (
            results[0].reason == PLACEHOLDER_TEXT and _EMPTY_NOTICE.search(results[0].message))):
        # an empty category page: present but unused is a warning, not a failure (regulation.md)
        first = results[0]
        results[0] = Result(status=Status.WARN, item="present", evidence=first.evidence, reason=first.reason,
                            message=first.message + " Halaman kosong tanpa pengumuman dinilai peringatan, bukan pelanggaran.",
                            message_en=first.message_en + " An empty page without announcements is a warning, not a violation.")
    if key == "serta_merta" and results[0].status == Status.FAIL and not found.hits and (zero := _empty_classification(sp)) is not None:
        page, said = zero
        results[0] = Result(status=Status.WARN, item="present", reason=EMPTY_LISTING,
                            evidence=(Evidence.of(page.fetch, snippet=said, note="classification-count"),),
                            message=f"Klasifikasi informasi serta merta ada di daftar informasi situs ('{said}'), tetapi belum berisi satu pun "
                                    f"pengumuman; umumkan informasi serta merta di sana bila terjadi keadaan darurat.",
                            message_en=f"The site's information register has an immediate-information classification ('{said}') with no "
                                       f"announcement yet; publish immediate information there when emergencies occur.")
    if key in _UNNAMED_KINDS and results[0].status == Status.FAIL and any(e.note == "not-found" for e in results[0].evidence) and (
            kinds := _unnamed_items(sp, key)):
        # no page, menu item or heading names the category, but the site publishes documents of two or more of
        # the kinds the regulation files under it ('LAKIP 2024.pdf', 'DPA 2025.pdf' on a 'Dokumen' page): the
        # information is there, not classified; the register a visitor should find by its name is missing
        t = found.target
        shown = "; ".join(f"'{text[:60]}'" for _, text in kinds.values())
        results[0] = Result(status=Status.WARN, item="present", reason="unnamed_items",
                            evidence=tuple(Evidence.of(p.fetch, snippet=text[:120], note="unnamed-item") for p, text in kinds.values())[:5],
                            message=f"Tidak ada halaman atau menu bernama {t.name}, tetapi dokumen jenisnya dipublikasikan tanpa kategori "
                                    f"({shown}). Kelompokkan di {t.where}.",
                            message_en=f"No page or menu is named {t.name_en}, but documents of its kinds are published without the "
                                       f"category ({shown}). Group them in {t.where_en}.")
    return results


# the kinds of a category's items (vocabulary.toml) that name a document of that category alone; a document
# of two or more of them published with no page of the category's name is the category unnamed
_UNNAMED_KINDS = {"berkala": ("program_kegiatan", "kinerja", "keuangan", "pengadaan"),
                  "setiap_saat": ("dip", "regulasi_kebijakan", "organisasi_keuangan")}


def _unnamed_items(sp: SitePages, key: str) -> dict[str, tuple[Page, str]]:
    """The site's document links (outside its menus; a file, not a picture, whose fetch did not fail) named for
    the kinds of items ``key`` holds, one per kind, when there are at least two kinds; else {}."""
    t = M.target(key)
    kinds: dict[str, tuple[Page, str]] = {}
    for p in sp.pages:
        for lk in p.links:
            if lk.in_nav or not _C.is_document_link(lk) or lk.tag != "a" or _C.file_kind(lk.url) == "image":
                continue
            toks = M.tokens(lk.text)
            new = [k for k in _UNNAMED_KINDS[key] if k not in kinds and any(M.contains(ph, toks) for ph in t.items.get(k, ()))]
            if not new:
                continue
            f = sp.fetch(lk.url)
            if f is not None and (f.error is not None or (f.status or 0) >= 400):
                continue
            kinds[new[0]] = (p, lk.text)
    return kinds if len(kinds) >= 2 else {}


# a register's count of the serta merta classification ('wajib diumumkan secara serta merta 0', 'Serta Merta: 0')
_SERTA_MERTA_ZERO = re.compile(r"((?:\b[\w/]+\s+){0,4}serta[\s-]*merta)\s*:?\s*\(?0\)?(?![\d.,])", re.I)


def _empty_classification(sp: SitePages) -> tuple[Page, str] | None:
    """A page counting the serta merta classification of the site's information register at zero: the
    category has its place, with no item (an empty serta merta place is a warning, regulation.md)."""
    for page in sp.pages:
        m = _SERTA_MERTA_ZERO.search(page.text)
        if m:
            return page, " ".join(m.group(0).split())[:120]
    return None


@check(
    id="kategori.berkala",
    title="Informasi berkala diumumkan dan mutakhir",
    title_en="Periodic information is announced and current",
    indicator="pengumuman_informasi",
    severity=Severity.HIGH,
    regulation="UU 14/2008 Pasal 9; Perki 1/2021 (informasi berkala)",
)
def berkala(site: Site, pages: SitePages) -> list[Result]:
    """Informasi berkala: present, its items, updated within 6 months, documents reachable."""
    return judge_category(pages, "berkala")


@check(
    id="kategori.serta_merta",
    title="Tempat pengumuman informasi serta merta tersedia",
    title_en="A place for immediate information exists",
    indicator="pengumuman_informasi",
    severity=Severity.MEDIUM,
    regulation="UU 14/2008 Pasal 10; Perki 1/2021 (informasi serta merta)",
)
def serta_merta(site: Site, pages: SitePages) -> list[Result]:
    """Informasi serta merta: a category page that is used (an empty one is a warning)."""
    return judge_category(pages, "serta_merta")


@check(
    id="kategori.setiap_saat",
    title="Informasi tersedia setiap saat dipublikasikan",
    title_en="Information available at any time is published",
    indicator="penyediaan_informasi",
    severity=Severity.HIGH,
    regulation="UU 14/2008 Pasal 11; Perki 1/2021 (informasi setiap saat)",
)
def setiap_saat(site: Site, pages: SitePages) -> list[Result]:
    """Informasi setiap saat: present with DIP, regulations, organisation documents, consequence tests."""
    return judge_category(pages, "setiap_saat")


@check(
    id="kategori.dikecualikan",
    title="Daftar informasi yang dikecualikan dipublikasikan",
    title_en="The list of exempt information is published",
    indicator="penyediaan_informasi",
    severity=Severity.MEDIUM,
    regulation="UU 14/2008 Pasal 17; Perki 1/2021 (uji konsekuensi, informasi dikecualikan)",
)
def dikecualikan(site: Site, pages: SitePages) -> list[Result]:
    """Informasi dikecualikan: the DIK with its decree and consequence test."""
    return judge_category(pages, "dikecualikan")

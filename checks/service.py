"""The service elements a PPID website must show (Perki 1/2021 service standards).

One check per element (``layanan.*``).  Documents and pages (DIP, SOPs,
maklumat, forms, report, profile, decree) use the shared matcher and return
``present`` then ``current`` (DIP, annual report) and ``reachable``; the
simple elements (hours and cost, contact, LAPOR!, search) return ``present``
only.  Forms count from an online ``<form>`` with the right fields as well as
from a downloadable file; contact data that is a theme template does not count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit


from ppid_audit import check
from ppid_audit.models import Evidence, Form, FormField, Page, Result, Severity, Site, SitePages, Status
from ppid_audit.urls import is_developer_address






from . import _entries as E
from . import _matching as M
from . import _verdicts as V
from . import _content as _C
from ._content import DEAD_DOWNLOAD_LINKS, EMPTY_LISTING, EMPTY_PAGE, INERT_FORM, OTHER_TARGET, UNPUBLISHED_ROWS, items_beside_one_dead_button, other_province
from ._matching import Hit

_REG = "Perki 1/2021 (standar layanan informasi publik)"


def judge_element(sp: SitePages, key: str, extra: list[Hit] | None = None,
                  adjust: Callable[[SitePages, M.Found], None] | None = None) -> list[Result]:
    """present / current / reachable of a document-like service element (``adjust`` re-judges its pages)."""
    found = M.collect(sp, M.target(key))
    if adjust is not None:
        adjust(sp, found)
    named = [*_named_downloads(sp, found.target), *_named_pictures(sp, found.target)]
    extra = [*(extra or []), *named]
    found.hits.extend(extra)  # their captions and names carry dates too
    found.documents.extend((h, sp.fetch(h.link.url)) for h in named if h.link is not None)
    results: list[Result] = V.standard(sp, found, extra=extra or [], with_coverage=False)
    return results


# a download control's whole text ('Unduh PDF', 'Download'): the document's name is the text before it
_DOWNLOAD_TEXT = re.compile(r"\W*(?:unduh|download|lihat|buka|preview)(?:\s+(?:pdf|file|berkas|dokumen|disini|di sini))?\W*", re.I)
# a link that says where to get a document named in its sentence ('mengisi formulir permohonan informasi ...
# (Formulir dapat didownload disini)', 'Klik di sini'): the clause before it names the document
_DOWNLOAD_HERE = re.compile(r"\W*(?:(?:formulir|form|berkas|dokumen|file)\s+(?:dapat|bisa)\s+(?:di)?(?:download|unduh)\s*"
                            r"|(?:klik|download|unduh|didownload|diunduh)\s*)(?:di\s*sini|disini|here)\W*", re.I)
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")


def _named_downloads(sp: SitePages, t: M.Target) -> list[Hit]:
    """Document links labelled only 'Unduh PDF' whose card names the target right before them ('Tahun 2026' /
    'Daftar Informasi Publik Th.2026' / 'Unduh PDF'): the text since the link's own heading is its name."""
    hits = []
    for p in sp.pages:
        pos = 0
        for lk in p.links:
            here = bool(lk.text.strip()) and _DOWNLOAD_HERE.fullmatch(lk.text.strip()) is not None
            if lk.in_nav or not lk.text.strip() or not (here or _DOWNLOAD_TEXT.fullmatch(lk.text.strip())):
                continue
            # the control's own words, not a longer word holding them (the menu's 'Unduhan' before a table's 'Unduh')
            # (its words as the page's text joins them: 'Lihat PDF' of <span>Lihat</span><span>PDF</span> reads 'LihatPDF')
            m = re.compile(r"(?<!\w)" + r"\s*".join(map(re.escape, lk.text.split())) + r"(?!\w)").search(p.text, pos)
            if m is None:
                continue
            at = m.start()
            before = p.text[max(pos, at - 150):at]
            pos = m.end()
            if not M.is_document_link(lk) or _C.is_junk_link(lk):
                continue
            cut, head = max(((before.rfind(h.text) + len(h.text), h.text) for h in p.headings if h.text and h.text in before),
                            default=(0, ""))
            name = " ".join(before[cut:].split())
            if (head and not t.label_in(M.tokens(name)) and before[:cut - len(head)].rstrip().endswith(head)
                    and not any(lk in tb.links for tb in p.tables)):
                # the card's title repeated as the start of its line ('Laporan Pelayanan' / 'Laporan Pelayanan
                # Informasi Publik 2025 ...'): the line is the name, the title's copy in it included (a table's
                # link is named by its row, not by a caption repeating the page's title)
                name = f"{head} {name}"
            if here:
                name = _CLAUSE_END.split(name)[-1].strip()  # the sentence the link ends, not the steps before it
            # (a card naming the item over the file of its procedure, '06 • Pengujian Konsekuensi' over '06. SOP
            # Pengujian Konsekuensi.pdf', offers the procedure)
            if name and len(name) < 120 and t.label_in(M.tokens(name)) and not M._procedure_of(t, M.tokens(M.file_name(lk.url).rsplit(".", 1)[0])):
                hits.append(Hit(p, f"{name} > {lk.text.strip()}"[:200], "link-text", M.STRONG, lk))
    return hits


def _category_group_menus(sp: SitePages, found: M.Found) -> None:
    """A menu group named 'Daftar Informasi' whose sub-menu holds only the category pages (Berkala, Serta
    Merta, Setiap Saat, Dikecualikan) and whose own link could not be checked is the categories' group (a
    dropdown's parent opens the dropdown), not the register: it names no DIP."""
    cats = [M.target(k) for k in ("berkala", "serta_merta", "setiap_saat", "dikecualikan")]
    drop: set[int] = set()
    for h in found.hits:
        if h.note != "menu" or h.link is None or sp.page(h.link.url) is not None:
            continue
        kids = [lk for lk in h.page.links if lk.in_nav and lk.menu_path and lk.menu_path[-1] == h.link.text and lk.text]
        if len(kids) >= 2 and all(any(c.label_in(M.tokens(lk.text)) for c in cats) for lk in kids):
            drop.add(id(h))
    if drop:
        gone = {h.link.url for h in found.hits if id(h) in drop and h.link is not None}
        found.hits[:] = [h for h in found.hits if id(h) not in drop]
        gone -= {h.link.url for h in found.hits if h.link is not None}
        found.unresolved[:] = [h for h in found.unresolved if h.link is None or h.link.url not in gone]


def _dip_adjust(sp: SitePages, found: M.Found) -> None:
    _category_group_menus(sp, found)
    _category_index_pages(sp, found)
    _titles_beside_dead_buttons(sp, found)


_NUMBERED = re.compile(r"\s*(?:\d{1,3}|[a-zA-Z])[.)]\s")


def _titles_beside_dead_buttons(sp: SitePages, found: M.Found) -> None:
    """The DIP is a register: a list of the information titles ('Daftar Informasi Publik (DIP)' over 15 titles)
    whose every 'Lihat' button is '#' names the register's entries without opening any; named, not published
    (a warning), not an empty place."""
    for url, v in list(found.pages.items()):
        heads = [h.snippet for h in found.hits if h.page.url == url and h.note in ("title", "heading", "breadcrumb")]
        if heads and all(_NUMBERED.match(x) for x in heads):
            continue  # '1. Daftar Informasi Publik': the DIP is one numbered entry of the page's list, its own button dead
        if not v.ok and v.code == DEAD_DOWNLOAD_LINKS and items_beside_one_dead_button(sp, v.page):
            found.pages[url] = M.PageVerdict(v.page, False, "tombol pada judul-judul informasinya tidak membuka apa pun",
                                             "its information titles are listed, but their buttons open nothing", code=UNPUBLISHED_ROWS)


def _category_index_pages(sp: SitePages, found: M.Found) -> None:
    """A page titled 'Daftar Informasi Publik' whose content is only cards of the categories ('Informasi
    Berkala' / 'Lihat Dokumen' ...) with no document or table row of its own is an index of the category
    pages, not the register; so is such a section of a page (a home page's 'Daftar Informasi Publik' block of
    'Informasi Berkala' / 'Lihat' cards)."""
    for url, v in list(found.pages.items()):
        page = v.page
        if not v.ok or v.docs or any(M.data_rows(t) for t in page.tables):
            continue
        if shown := _only_category_cards(sp, page, [h.text for h in page.headings[1:] if h.text]):
            found.pages[url] = M.PageVerdict(page, False, f"halamannya hanya berisi kartu kategori ('{shown}'), bukan daftar DIP",
                                             f"its page only holds category cards ('{shown}'), not the DIP register", code=OTHER_TARGET)
    for url, heads in list(found.sections.items()):
        v = found.pages.get(url)
        if v is None or not v.ok or not heads or any(M.data_rows(t) for t in v.page.tables):
            continue
        if shown := _only_category_cards(sp, v.page, _subheadings(v.page, heads[0])):
            found.pages[url] = M.PageVerdict(v.page, False, f"bagiannya hanya berisi kartu kategori ('{shown}'), bukan daftar DIP",
                                             f"its section only holds category cards ('{shown}'), not the DIP register", code=OTHER_TARGET)
            del found.sections[url]  # judged here: its cards' links lead to the categories, not to a register


_CATEGORY_KEYS = ("berkala", "serta_merta", "setiap_saat", "dikecualikan")


def _only_category_cards(sp: SitePages, page: Page, heads: list[str]) -> str:
    """The category names among ``heads`` (the page's own, not the template's footer groups) when two or more
    of them make up most of those headings, joined for a message; "" otherwise."""
    ref = M.reference_page(sp, page)
    shared = {h.text for h in ref.headings} if ref is not None and ref is not page else set()
    own = [x for x in heads if x not in shared]
    named = [x for x in own if any(M.target(k).label_in(M.tokens(x)) for k in _CATEGORY_KEYS)]
    return " | ".join(named)[:80] if len(named) >= 2 and 2 * len(named) > len(own) else ""


def _subheadings(page: Page, head: str) -> list[str]:
    """The headings under the first heading ``head`` of ``page``, to the next heading of its level or higher."""
    out: list[str] = []
    level = None
    for h in page.headings:
        if level is None:
            level = h.level if h.text == head else None
            continue
        if h.level <= level:
            break
        if h.text:
            out.append(h.text)
    return out


def _file_words(url: str) -> str:
    """The words of a picture's file name ('.../struktur_ppid.jpg' -> 'struktur ppid')."""
    stem = urlsplit(url).path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"(?:[-_.+]|%20)+", " ", stem).strip()


def _named_pictures(sp: SitePages, t: M.Target) -> list[Hit]:
    """Content pictures whose alt text or file name is a full label of a target given as a picture (``picture_content``:
    a flow chart 'Alur Pengajuan Keberatan', a maklumat, a structure chart): the target shown as an image."""
    if not t.raw.get("picture_content"):
        return []
    hits = []
    for p in sp.pages:
        ref = M.reference_page(sp, p)
        own = set(M.content_images(p, ref))
        for im in p.content_images:
            name = _file_words(im.url)
            if im.url in own and im.alt and len(im.alt) < 150 and t.full_label_in(M.tokens(im.alt)):
                hits.append(Hit(p, f"gambar: {im.alt}"[:200], "image-alt", M.STRONG))
            elif im.url in own and name and (t.full_label_in(M.tokens(name)) or _short_named(p, ref, t, M.tokens(name))):
                hits.append(Hit(p, f"gambar: {im.url.rsplit('/', 1)[-1]}"[:200], "image-name", M.STRONG))
            elif im.url in own and (label := _label_naming_picture(p, ref, t, name)):
                hits.append(Hit(p, f"{label} > gambar: {im.url.rsplit('/', 1)[-1]}"[:200], "page-picture", M.STRONG))
    return hits


def _short_named(p: Page, ref: Page | None, t: M.Target, toks: tuple[str, ...]) -> bool:
    """A picture file named by the whole of a short label ('maklumat.png'), as a menu item 'Maklumat' names its
    page, on a page with content: unless other targets' names begin with that word too ('sop.jpg': the SOP of
    requests or of objections), which then does not say which it is."""
    if not toks or not t.label_in(toks, whole_only=True):
        return False
    n = len(toks)
    for key in M.vocabulary()["target"]:
        if key != t.key and M.tokens(M.target(key).name)[:n] == toks:
            return False
    return M.judge_page(p, ref).ok


def _label_naming_picture(p: Page, ref: Page | None, t: M.Target, name: str) -> str:
    """A full label of ``t`` that the page's own text carries and that holds every word of the picture's file
    name ('maklumat.jpg' on a profile page with a tab 'Maklumat Pelayanan PPID'): the target shown as a picture
    named by its page rather than by itself; or ""."""
    words = set(M.tokens(name))
    if not words or any(len(w) < 5 or w.isdigit() for w in words):
        return ""
    own = M.tokens(M.content_text(p, ref))
    for lab in t.labels:
        if len(lab) >= 2 and words <= set(lab) and M.contains(lab, own) and not t.is_decoy(lab):
            # (a page saying 'Belum ada konten maklumat pelayanan.' over the theme's fallback picture is empty)
            return " ".join(lab) if M.judge_page(p, ref).ok else ""
    return ""


def _exempt_list(caption: str) -> bool:
    """A table captioned as the exempt-information list ('Informasi Dikecualikan'): the DIK, whose columns
    copy the DIP's, is not the DIP."""
    toks = M.tokens(caption)
    return bool(toks) and M.target("dikecualikan").label_in(toks)


def _dip_tables(sp: SitePages) -> list[Hit]:
    hits = []
    for p in sp.pages:
        for t in p.tables:
            # headers over "No data available" publish nothing; rows a script loads are not known
            if M.is_dip_table(t.headers) and (M.data_rows(t) or (not t.rows and p.script_tables)) and not _exempt_list(t.caption):
                hits.append(M.Hit(p, t.caption or " | ".join(t.headers)[:300], "table-caption", M.STRONG))
    return hits


def _form_hits(sp: SitePages, key: str) -> list[Hit]:
    """Online forms whose fields are those of the request (or objection) form."""
    t = M.target(key)
    fields = M._phrases(t.raw.get("form_fields", []))
    objection = M.tokens("keberatan")
    hits = []
    for p in sp.pages:
        for form in p.forms:
            if form.inert:
                continue  # fields that go nowhere are not an online form
            labels = [M.tokens(f"{f.label} {f.name.replace('_', ' ')}") for f in form.fields]
            matched = [lab for lab in labels if any(M.contains(ph, lab) for ph in fields)]
            is_obj = any(M.contains(objection, lab) for lab in labels) or M.contains(objection, M.tokens(form.action))
            if key == "formulir_keberatan":
                heads = M.tokens(" ".join([p.title, *(h.text for h in p.headings[:5])]))
                ok = bool(matched) and (is_obj or M.contains(objection, heads))
            else:
                ok = bool(matched) and not is_obj and len(form.fields) >= 3
            if ok:
                snippet = "; ".join(f.label or f.name for f in form.fields[:6])
                hits.append(M.Hit(p, f"form: {snippet}"[:300], "form", M.STRONG))
    return hits


def _with_maklumat_image_rule(results: list[Result], sp: SitePages | None = None) -> list[Result]:
    """A maklumat page whose only content is an image cannot be read without a browser: warn, not fail.
    A page that shows no picture at all (an empty CMS shell under its banner) is empty: the fail stands."""
    first = results[0]
    if sp is not None and first.status == Status.FAIL and first.reason == EMPTY_PAGE:
        shown = [sp.page(e.url) for e in first.evidence]
        if shown and all(p is not None and not p.js_only and not M.content_images(p, M.reference_page(sp, p)) for p in shown):
            return results
    if first.status == Status.FAIL and first.reason == EMPTY_PAGE:
        results[0] = Result(
            status=Status.WARN, item="present", evidence=first.evidence, reason=first.reason,
            message=first.message + " (Maklumat sering hanya berupa gambar; periksa secara manual.)",
            message_en=first.message_en + " (A maklumat is often only an image; check manually.)",
        )
    return results


def _present(status: Status, msg: str, msg_en: str, evidence: tuple[Evidence, ...] = ()) -> Result:
    return Result(status=status, item="present", message=msg, message_en=msg_en, evidence=evidence)


# --------------------------------------------------------------------------- document-like elements


@check(id="layanan.dip", title="Daftar Informasi Publik (DIP) tersedia dan mutakhir", title_en="The Public Information List (DIP) is published and current",
       indicator="penyediaan_informasi", severity=Severity.HIGH, regulation="UU 14/2008 Pasal 11 ayat (1) huruf a; " + _REG)
def dip(site: Site, pages: SitePages) -> list[Result]:
    """The DIP: a table with the DIP columns, a DIP page or the SK DIP document, of last year or later."""
    return judge_element(pages, "dip", _dip_tables(pages), adjust=_dip_adjust)


# a time limit of the service ('paling lama 10 hari kerja', 'maksimal 30 hari kerja', 'dalam waktu 30 hari sejak')
_TIME_LIMIT = re.compile(r"\b(?:paling\s+lama|paling\s+lambat|selambat-lambatnya|maksimal|maks\.?|dalam\s+waktu|"
                         r"jangka\s+waktu)\s+\d{1,2}\s*(?:\(\s*\w+\s*\)\s*)?hari(?:\s+kerja)?\b", re.I)


def _procedure_in_text(sp: SitePages, key: str, results: list[Result]) -> list[Result]:
    """The procedure is not published as such, but a paragraph walks through it: the target's words beside a
    time limit ('... mengisi formulir permohonan ... paling lama 10 hari kerja').  Where the procedure's own
    page is empty (a heading over nothing), the target's ``procedure_text_words`` suffice; where nothing names
    the procedure at all, the stricter ``procedure_text_anywhere`` words must be there ('keberatan' to the
    'atasan' PPID within 30 working days: the objection path of UU 14/2008 Pasal 36).  The path is described,
    the SOP not published (warn)."""
    first = results[0]
    if first.status != Status.FAIL:
        return results
    raw = M.target(key).raw
    empty = first.reason in (EMPTY_PAGE, EMPTY_LISTING)
    words = [w.lower() for w in raw.get("procedure_text_words" if empty else "procedure_text_anywhere", [])]
    if not words:
        return results
    said = [re.compile(r"\b" + re.escape(w)) for w in words]
    # (the objection's own limits, 30 working days to object and to answer, not the dispute's 14 after it)
    days = set() if empty else {str(d) for d in raw.get("procedure_text_days", [])}
    for p in sp.pages:
        text = M.content_text(p, M.reference_page(sp, p))
        for m in _TIME_LIMIT.finditer(text):
            if days and not any(re.search(rf"\b{d}\b", m.group()) for d in days):
                continue
            around = text[max(0, m.start() - 600) : m.end() + 100].lower()
            if all(w.search(around) for w in said):
                snippet = " ".join(text[max(0, m.start() - 160) : m.end()].split())
                if empty:
                    message = first.message + f" Alurnya hanya diuraikan dalam teks ('...{snippet[-120:]}'); terbitkan SOP-nya."
                    message_en = first.message_en + f" The procedure is only described in a text ('...{snippet[-120:]}'); publish the SOP."
                else:
                    t = M.target(key)
                    message = (f"{t.name} belum diterbitkan sebagai halaman atau dokumen tersendiri; alurnya hanya diuraikan "
                               f"dalam teks ('...{snippet[-120:]}'). Terbitkan SOP-nya di {t.where}.")
                    message_en = (f"The {t.name_en} is not published as a page or document of its own; the procedure is only "
                                  f"described in a text ('...{snippet[-120:]}'). Publish the SOP in {t.where_en}.")
                return [Result(status=Status.WARN, item="present", reason=first.reason if empty else "",
                               evidence=(*first.evidence, Evidence.of(p.fetch, snippet=snippet, note="procedure-text"))[:V.MAX_EVIDENCE],
                               message=message, message_en=message_en),
                        *results[1:]]
    return results


@check(id="layanan.sop_permohonan", title="SOP permohonan informasi tersedia", title_en="The information-request SOP is published",
       indicator="pelayanan_informasi", severity=Severity.MEDIUM, regulation=_REG)
def sop_permohonan(site: Site, pages: SitePages) -> list[Result]:
    """SOP or procedure for requesting information (not a hospital SOP such as 'Code Blue')."""
    return _procedure_in_text(pages, "sop_permohonan", judge_element(pages, "sop_permohonan"))


@check(id="layanan.sop_keberatan", title="SOP penanganan keberatan tersedia", title_en="The objection-handling SOP is published",
       indicator="pelayanan_informasi", severity=Severity.MEDIUM, regulation="UU 14/2008 Pasal 35-39; " + _REG)
def sop_keberatan(site: Site, pages: SitePages) -> list[Result]:
    """SOP or procedure for objections (keberatan)."""
    return _procedure_in_text(pages, "sop_keberatan", judge_element(pages, "sop_keberatan"))


@check(id="layanan.maklumat", title="Maklumat pelayanan diumumkan", title_en="The service pledge is announced",
       indicator="pelayanan_informasi", severity=Severity.MEDIUM, regulation="Perki 1/2021 Pasal 47 ayat (2) dan Pasal 48")
def maklumat(site: Site, pages: SitePages) -> list[Result]:
    """The maklumat pelayanan, as text, image or embedded PDF; a one-line pledge is a maklumat too."""
    results = judge_element(pages, "maklumat")
    first = results[0]
    if first.status == Status.FAIL and first.reason == EMPTY_PAGE:
        pledges = M._phrases(M.target("maklumat").raw.get("pledge_phrases", []))
        for e in first.evidence:
            p = pages.page(e.url)
            # (a shell the template alone fills, word for word as its sibling routes, pledges nothing of its own)
            toks = M.tokens(M.content_text(p, M.reference_page(pages, p))) if p is not None and _C.shell_twins(p) < 2 else ()
            ph = next((x for x in pledges if M.contains(x, toks)), None)
            if p is not None and ph:
                # 'SIAP MEMBERIKAN PELAYANAN ... DAN BERKOMITMEN ...': short, but the pledge itself
                return [_present(Status.PASS, f"Maklumat pelayanan ditemukan (janji layanan: '{' '.join(ph)}').",
                                 f"Service pledge found ('{' '.join(ph)}').", (Evidence.of(p.fetch, snippet=" ".join(ph), note="pledge"),)),
                        V.reachable(pages, M.collect(pages, M.target("maklumat")))]
    if first.status != Status.PASS and (pledge := _pledge_under_heading(pages)) is not None:
        # a section 'Maklumat Pelayanan' over the pledge itself ('Kami berkomitmen memberikan pelayanan ...')
        return [_present(Status.PASS, f"Maklumat pelayanan ditemukan (janji layanan: '{pledge.snippet[:120]}').",
                         f"Service pledge found ('{pledge.snippet[:120]}').", (pledge.evidence(),)),
                V.reachable(pages, M.collect(pages, M.target("maklumat")))]
    return _with_maklumat_image_rule(results, pages)


def _pledge_under_heading(sp: SitePages) -> Hit | None:
    """A heading that names the maklumat over text that pledges the service ('berkomitmen', 'siap memberikan
    pelayanan'): the maklumat written out, however short."""
    t = M.target("maklumat")
    pledges = M._phrases(t.raw.get("pledge_phrases", []))
    for p in sp.pages:
        for h in p.headings:
            if not h.text or len(h.text) >= 200 or not t.label_in(M.tokens(h.text)):
                continue
            body = M.section_text(p, [h.text])[len(h.text):][:1500]
            ph = next((x for x in pledges if M.contains(x, M.tokens(body))), None)
            if ph:
                return M.Hit(p, f"{h.text}: {body.strip()[:150]}", "pledge", M.STRONG)
    return None


@check(id="layanan.formulir_permohonan", title="Formulir permohonan informasi tersedia", title_en="An information request form is available",
       indicator="pelayanan_informasi", severity=Severity.HIGH, regulation=_REG)
def formulir_permohonan(site: Site, pages: SitePages) -> list[Result]:
    """An online request form or a downloadable one (a procedure page is not the form)."""
    return judge_element(pages, "formulir_permohonan", _form_hits(pages, "formulir_permohonan"), adjust=_form_pages)


@check(id="layanan.formulir_keberatan", title="Formulir keberatan tersedia", title_en="An objection form is available",
       indicator="pelayanan_informasi", severity=Severity.MEDIUM, regulation="UU 14/2008 Pasal 35-36; " + _REG)
def formulir_keberatan(site: Site, pages: SitePages) -> list[Result]:
    """An online objection form or a downloadable one ('Tata Cara Pengajuan Keberatan' is not the form)."""
    return judge_element(pages, "formulir_keberatan", _form_hits(pages, "formulir_keberatan"), adjust=_form_pages)


_FORM_HOSTS = re.compile(r"^https?://(?:forms\.gle|docs\.google\.com/forms|forms\.office\.com|(?:www\.)?jotform\.com|s\.id)/", re.I)


def _form_elsewhere(page: Page, t: M.Target) -> M.Link | None:
    """The page's own link to a form on another host: to a form service (forms.gle), or naming the form."""
    host = urlsplit(page.url).hostname or ""
    for lk in page.links:
        if lk.in_nav or M.is_toggle(lk) or (urlsplit(lk.url).hostname or "") == host:
            continue
        if _FORM_HOSTS.match(lk.url) or (lk.text and len(lk.text) < 120 and t.label_in(M.tokens(lk.text))):
            return lk
    return None


def _form_pages(sp: SitePages, found: M.Found) -> None:
    """A form's page that holds no form and no document is not the form when it calls itself a procedure (a
    heading 'Alur Pengajuan Keberatan' over a flow-chart picture, reached from 'Tata Cara Permohonan Keberatan')
    or is headed as the other form (a menu item 'Keberatan Permohonan Online' opening 'Permohonan Informasi
    Online'): the procedure is the SOP's, the other form is not this one."""
    t = found.target
    other = M.target("formulir_keberatan" if t.key == "formulir_permohonan" else "formulir_permohonan")
    min_fields = int(M.rules()["present"]["min_form_fields"])
    for url, v in list(found.pages.items()):
        page = v.page
        if not v.ok or v.docs or any(len(f.fields) >= min_fields and not f.inert for f in page.forms):
            continue
        inert = next((f for f in page.forms if len(f.fields) >= min_fields), None)
        if inert is not None:
            # the page's form has the fields but sends nothing (page.py's Form.inert): the service is not online there
            if is_developer_address(inert.raw_action):
                why = (f"formulirnya dikirim ke alamat lokal pengembang ({inert.raw_action[:80]}), bukan ke situs ini",
                       f"its form submits to a developer's local address ({inert.raw_action[:80]}), not to this site")
            else:
                why = ("formulirnya tidak dapat dikirim (tanpa alamat tujuan 'action' dan tanpa nama kolom)",
                       "its form cannot be submitted (no 'action' and no field names)")
            found.pages[url] = M.PageVerdict(page, False, *why, code=INERT_FORM)
            continue
        heads = [h.text for h in page.headings[:6] if h.text and len(h.text) < 200]
        procedure = next((h for h in heads if t.is_decoy(M.tokens(h)) and any(w in M.tokens(h) for w in M.tokens(t.name)[1:])), "")
        first = heads[0] if heads else ""
        elsewhere = first if first and other.label_in(M.tokens(first)) and not any(t.label_in(M.tokens(h)) for h in heads) else ""
        why = procedure or elsewhere
        away = None if why else _form_elsewhere(page, t)
        if away is not None:
            # the page only sends the visitor to a form on another host (a Google Form): that form is not
            # verified here, the page is the way to it (present, unverified)
            del found.pages[url]
            found.unresolved.append(M.Hit(page, f"{heads[0] + ' > ' if heads else ''}{away.text}"[:200], "link-text", M.LINK, away))
            continue
        if why:
            found.pages[url] = M.PageVerdict(page, False, f"halamannya adalah '{why[:80]}', bukan {t.name.lower()}",
                                             f"its page is '{why[:80]}', not the {t.name_en.lower()}", code=OTHER_TARGET)
        elif _picture_under_generic_label(sp, found, page):
            found.pages[url] = M.PageVerdict(page, False, "halamannya hanya berisi gambar di bawah label umum, bukan formulir yang dapat diisi atau diunduh",
                                             "its page only holds a picture under a generic label, not a form to fill in or download", code=OTHER_TARGET)
        elif _instructions_only(sp, page, t):
            found.pages[url] = M.PageVerdict(page, False, "halamannya hanya berisi petunjuk pengisian, tanpa formulir, berkas atau tautan",
                                             "its page only holds instructions, with no form, file or link", code=EMPTY_PAGE)


def _picture_under_generic_label(sp: SitePages, found: M.Found, page: Page) -> bool:
    """A form's page reached only under the form's generic label ('Pelayanan > Pengajuan Keberatan') whose content
    is a picture (the objection procedure drawn as a chart) with little text: a form is filled in or downloaded,
    and a picture not named as the form (alt or file name 'Formulir Keberatan') is the procedure's."""
    t = found.target
    ref = M.reference_page(sp, page)
    pics = M.content_images(page, ref)
    if not pics or len(M.content_text(page, ref).strip()) >= int(M.rules()["present"]["min_content_chars"]):
        return False
    names = [h.link.text if h.link is not None else h.snippet for h in found.hits
             if h.page.url == page.url or (h.link is not None and h.link.url in (page.url, page.fetch.url))]
    if not names or any(E._full_label(found, x) for x in names):
        return False
    by_url = {im.url: im for im in page.content_images}
    return not any(t.full_label_in(M.tokens(by_url[u].alt)) or t.full_label_in(M.tokens(_file_words(u))) for u in pics if u in by_url)


def _instructions_only(sp: SitePages, page: Page, t: M.Target) -> bool:
    """A form's page that only tells how to fill the form in ('Isi identitas pemohon dengan lengkap', 'Lampirkan
    dokumen pendukung'): no form field, document, picture, table row or link of its own, and its text is not the
    form itself written out (two of the form's fields named, 'Rincian informasi yang dibutuhkan', 'Tujuan
    penggunaan informasi'). A form is filled in or downloaded; a page of text is neither."""
    # (the caller passed over a page holding a form of the target's size: a search box is not one)
    if any(M.data_rows(tb) for tb in page.tables):
        return False
    ref = M.reference_page(sp, page)
    if M.content_images(page, ref) or M.entry_links(page, ref) or _C.dead_anchors(page, ref):
        return False
    own = M.tokens(M.content_text(page, ref))
    fields = M._phrases(t.raw.get("form_fields", []))
    return sum(1 for ph in fields if M.contains(ph, own)) < 2


@check(id="layanan.laporan_layanan", title="Laporan layanan informasi publik tahunan diumumkan", title_en="The annual information-service report is published",
       indicator="penyediaan_informasi", severity=Severity.HIGH, regulation="UU 14/2008 Pasal 12; " + _REG)
def laporan_layanan(site: Site, pages: SitePages) -> list[Result]:
    """The annual report on information services, last year's from April on."""
    return judge_element(pages, "laporan_layanan")


@check(id="layanan.profil_ppid", title="Profil PPID tersedia", title_en="The PPID profile is published",
       indicator="pengembangan_website", severity=Severity.MEDIUM, regulation="UU 14/2008 Pasal 13; " + _REG)
def profil_ppid(site: Site, pages: SitePages) -> list[Result]:
    """The PPID's own profile, duties, vision or structure (not the regional government's officials)."""
    return judge_element(pages, "profil_ppid")


@check(id="layanan.sk_ppid", title="SK penetapan PPID dipublikasikan", title_en="The decree appointing the PPID is published",
       indicator="pelayanan_informasi", severity=Severity.LOW, regulation="UU 14/2008 Pasal 13; " + _REG)
def sk_ppid(site: Site, pages: SitePages) -> list[Result]:
    """The decree (SK) that appoints the PPID and its units; a decree only cited by number in a page's
    text ('Keputusan Bupati ... Nomor ... tentang Penunjukan PPID') is named, not published: a warning."""
    results = judge_element(pages, "sk_ppid")
    first = results[0]
    cited = E.decree_citations(pages) if first.status == Status.FAIL and not first.reason else []
    if first.status == Status.FAIL and first.reason and not cited:
        # the decree's own page is empty, but a list elsewhere names the decree with its own link ('SK PPID BPMP
        # NTB' in the Setiap Saat list, its detail page not crawled): named, unverified
        cited = _decree_entries(pages)
    # (another province's decree quoted, 'Keputusan Gubernur Provinsi DKI Jakarta ... tentang PPID' on a Sumatera
    # Utara portal, appoints that province's PPID, not this one's)
    cited = [h for h in cited if not other_province(site, h.snippet, at_least=1)]
    if cited:
        h = cited[0]
        results[0] = _present(Status.WARN, f"SK PPID disebut dalam teks ('{h.snippet[:150]}'), tetapi dokumennya tidak dipublikasikan atau ditautkan. Unggah SK tersebut di {M.target('sk_ppid').where}.",
                              f"The PPID decree is cited in the text ('{h.snippet[:150]}'), but the document is neither published nor linked. Publish it in {M.target('sk_ppid').where_en}.",
                              tuple(x.evidence() for x in cited[:5]))
    return results


def _decree_entries(sp: SitePages) -> list[Hit]:
    """Non-menu links, on a list of documents, whose text names the PPID decree with more than its label (a
    document title such as 'SK PPID BPMP NTB 2024') and whose page was not crawled."""
    t = M.target("sk_ppid")
    found = M.collect(sp, t)
    out = []
    for h in found.unresolved:
        lk = h.link
        if lk is None or lk.in_nav or h.note != "link-text" or M.is_toggle(lk) or sp.page(lk.url) is not None:
            continue
        toks = M.tokens(lk.text)
        if t.full_label_in(toks) and not any(M.equals(lab, toks) for lab in t.labels):
            out.append(h)
    return out


@check(id="layanan.uji_konsekuensi", title="Hasil uji konsekuensi informasi dikecualikan dipublikasikan",
       title_en="The consequence test behind the exempt information is published",
       indicator="penyediaan_informasi", severity=Severity.MEDIUM,
       regulation="UU 14/2008 Pasal 2 ayat (4) dan Pasal 19; Perki 1/2021 (uji konsekuensi)")
def uji_konsekuensi(site: Site, pages: SitePages) -> list[Result]:
    """The consequence test (uji konsekuensi) that grounds the exempt-information list: a page, a section
    of the exempt-information page or a document (its SOP alone is not the test)."""
    return judge_element(pages, "uji_konsekuensi")


@check(id="layanan.struktur", title="Struktur organisasi PPID dipublikasikan", title_en="The PPID organisation structure is published",
       indicator="pengembangan_website", severity=Severity.LOW, regulation="UU 14/2008 Pasal 13; Perki 1/2021 Pasal 12")
def struktur(site: Site, pages: SitePages) -> list[Result]:
    """The PPID's own structure (chart or list: atasan PPID, PPID utama, pelaksana), not the agency's."""
    results = judge_element(pages, "struktur")
    if results[0].status != Status.PASS and (listed := _ppid_roles_listed(pages)) is not None:
        # a card 'Struktur Organisasi' (no heading tag) listing the officers by their PPID roles: 'Ketua PPID',
        # 'Sekretaris PPID', 'Anggota PPID', 'Operator PPID': the structure is published as a list
        page, said = listed
        results[0] = _present(Status.PASS, f"Struktur PPID dipublikasikan sebagai daftar jabatan ('{said}').",
                              f"The PPID structure is published as a list of roles ('{said}').",
                              (Evidence.of(page.fetch, snippet=said, note="ppid-roles"),))
    return results


# an officer's role in the PPID ('Atasan PPID', 'Ketua PPID', 'Sekretaris PPID', 'Anggota PPID', 'Operator PPID')
_PPID_ROLE = re.compile(r"\b(atasan|ketua|wakil ketua|sekretaris|anggota|operator|koordinator|penanggung jawab)\s+ppid\b"
                       # the boxes of a chart drawn in HTML: 'PPID Pelaksana: Sekretaris Dinas', 'Tim Pertimbangan', 'Bidang
                       # Pelayanan Informasi Publik', 'Petugas Layanan Informasi'
                       r"|\b(ppid (?:pelaksana|pembantu|utama))\s*:"
                       r"|\b(tim pertimbangan|petugas layanan informasi|pejabat fungsional pengelola informasi)\b"
                       r"|\b(bidang (?:arsip|pengumpulan|pengolahan|pelayanan informasi|sengketa|dokumentasi))", re.I)


# the office that holds the atasan PPID's post, written beside it ('Atasan PPID (Kepala Desa)', 'Sekretaris Daerah
# sebagai Atasan PPID'): the body's own structure, not the law's outline of the roles
_HOLDER = re.compile(r"\b(?:kepala|sekretaris|sekda|bupati|wali ?kota|gubernur|direktur|rektor|camat|lurah|ketua|dekan|kaur|"
                     r"kasubbag|kasubag|kabag|wakil)\b", re.I)
_ATASAN = re.compile(r"\batasan\s+ppid\b", re.I)
_OF_UNIT = re.compile(r"\s+(?:pelaksana|pembantu|utama)\b", re.I)
_PROSE = re.compile(r"\s*(?:adalah|ialah|yaitu|dijabat|merupakan)\b", re.I)  # a sentence about the post, not a list of posts
_OTHER_ROLE = re.compile(r"\bppid\s+(?:pelaksana|pembantu|utama|desa|kelurahan)\b|\bsekretaris\s+ppid\b|\btim\s+pertimbangan\b|"
                         r"\bpetugas\s+(?:layanan|pelayanan)\s+informasi\b|\bpengarah\b|\bbidang\s+(?:pelayanan|dokumentasi|pengolahan)\b", re.I)


def _ppid_roles_listed(sp: SitePages) -> tuple[Page, str] | None:
    """A page whose own text names three or more distinct PPID roles within a short span (a list of officers), or
    the atasan PPID with the office that holds it beside another role of the PPID ('Atasan PPID (Kepala Desa),
    PPID Desa (Sekretaris Desa)'): the body's PPID set out in words."""
    for page in sp.pages:
        text = M.content_text(page, M.reference_page(sp, page))
        for m in _ATASAN.finditer(text):
            if _PROSE.match(text, m.end()):
                continue  # 'Atasan PPID adalah Sekretaris Daerah; PPID Utama dijabat oleh ...': a profile's sentence, no structure
            # (the atasan of a PPID pelaksana, 'Atasan PPID Pelaksana', is one post: its own words are no other role)
            end = m.end() + len(x.group()) if (x := _OF_UNIT.match(text, m.end())) else m.end()
            around = text[max(0, m.start() - 300): m.start()] + " | " + text[end: m.end() + 400]
            if _HOLDER.search(text[max(0, m.start() - 60): m.end() + 60]) and _OTHER_ROLE.search(around):
                return page, " ".join(text[max(0, m.start() - 40):m.start() + 160].split())
        found = list(_PPID_ROLE.finditer(text))
        for i, m in enumerate(found):
            span = [x for x in found[i:] if x.start() - m.start() <= 600]
            near = {next(g for g in x.groups() if g).lower() for x in span}
            # three officers' roles ('Ketua PPID', 'Sekretaris PPID', 'Anggota PPID'); a chart's boxes need four,
            # since three generic ones ('Atasan PPID', 'PPID Pelaksana:', 'Tim Pertimbangan') are the law's outline
            if len(near) >= (3 if all(x.group(1) for x in span) else 4):
                return page, " ".join(text[m.start():m.start() + 160].split())
    return None


# --------------------------------------------------------------------------- simple elements


def _patterns(key: str, field: str) -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in M.target(key).raw.get(field, [])]


_INFO_SERVICE = ("informasi", "ppid", "pelayanan publik", "layanan publik")


def _other_service_hours(text: str, at: int) -> bool:
    """Hours said of another service the body runs ('Pendaftaran Online Jam 15.00 - 19.00 WIB' of a hospital,
    its ER or clinics), not of the information service: such words just before, and no word of the latter."""
    before = " " + " ".join(M.tokens(text[max(0, at - 60):at])) + " "
    others = M.target("jam_biaya_layanan").raw.get("hours_other_services", [])
    return any(f" {w} " in before for w in others) and not any(w in before for w in _INFO_SERVICE)


# what a site offers free beside its service ('fasilitas pendukung seperti akses internet gratis'): not the service's cost
_FREE_FACILITIES = frozenset({"internet", "wifi", "hotspot", "parkir", "ongkir", "minum", "makan", "snack", "souvenir", "ambulans"})


def _free_service(toks: tuple[str, ...]) -> bool:
    """Whether a 'gratis' of ``toks`` is said of the service, not of a facility two words before it."""
    return any(t == "gratis" and not _FREE_FACILITIES.intersection(toks[max(0, i - 2):i]) for i, t in enumerate(toks))


# words that make a cost statement one about the information service: what it is of ('informasi', 'salinan'),
# who asks ('pemohon'), or a 'Biaya:' / 'Tarif:' field just before it
_INFO_COST = frozenset({"informasi", "ppid", "salinan", "penggandaan", "penyalinan", "fotokopi", "pengiriman",
                        "permohonan", "pemohon", "keberatan", "information", "copies"})


def _cost_of_information(ph: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """Whether cost phrase ``ph`` is said, somewhere in ``toks``, of the information service: an information
    word within six words of it, or 'biaya' / 'tarif' just before it ('Biaya: Gratis'). A 'gratis' of a
    news item ('program imunisasi gratis'), of the population registry's documents ('seluruh layanan
    administrasi kependudukan gratis') or of another desk is no cost of this service."""
    n = len(ph)
    exact = [i for i in range(len(toks) - n + 1) if toks[i:i + n] == ph]
    if not exact:
        return True  # a fuzzy match only: as before
    for i in exact:
        if _INFO_COST.intersection(toks[max(0, i - 6):i + n + 6]):
            return True
        if {"biaya", "tarif"}.intersection(toks[max(0, i - 3):i]):
            return True
    return False


@check(id="layanan.jam_biaya_layanan", title="Jam dan biaya layanan diumumkan", title_en="Service hours and cost are announced",
       indicator="pelayanan_informasi", severity=Severity.MEDIUM, regulation="Perki 1/2021 Pasal 47 ayat (2)")
def jam_biaya_layanan(site: Site, pages: SitePages) -> list[Result]:
    """Service hours and cost: a labelled page with content, or hours and cost stated on the site."""
    found = M.collect(pages, M.target("jam_biaya_layanan"))
    hours_re = _patterns("jam_biaya_layanan", "hours_patterns")
    costs = M._phrases(M.target("jam_biaya_layanan").raw.get("cost_phrases", []))
    hours: Hit | None = None
    cost: Hit | None = None
    for p in pages.pages:
        text = p.text
        if hours is None:
            m = next((m for r in hours_re for m in r.finditer(text) if not _other_service_hours(text, m.start())), None)
            if m:
                hours = M.Hit(p, m.group(0)[:200], "hours-text", M.STRONG)
        if cost is None:
            # the page's own text, menu removed: a menu item 'Biaya Layanan' states no cost
            toks = M.tokens(M.content_text(p, M.reference_page(pages, p))[:30_000])
            ph = next((ph for ph in costs if M.contains(ph, toks) and (ph != ("gratis",) or _free_service(toks))
                       and _cost_of_information(ph, toks)), None)
            if ph:
                cost = M.Hit(p, " ".join(ph), "cost-text", M.STRONG)
    pres = V.present(pages, found)
    if pres.status == Status.PASS:
        # a published document named for the hours or the cost ('Jadwal Pelayanan ....pdf', 'Standar Biaya
        # Perolehan Informasi') states that half; a labelled page states only what its text says (above)
        for h in [*V.good_hits(pages, found), *(h for h, fe in found.documents if fe is None or V._doc_bad(fe) is None)]:
            if h.link is None or not M.is_document_link(h.link):
                continue
            toks = M.tokens(h.snippet)
            if cost is None and any(w in toks for w in ("biaya", "tarif", "cost", "fee", "fees")):
                cost = h
            elif hours is None and any(w in toks for w in ("jam", "waktu", "jadwal", "hours", "schedule")):
                hours = h
    if hours and cost:
        ev = tuple(h.evidence() for h in (hours, cost) if h) + pres.evidence
        return [_present(Status.PASS, f"Jam/biaya layanan diumumkan ({'; '.join(h.snippet for h in (hours, cost) if h)}).",
                         f"Service hours/cost announced ({'; '.join(repr(h.snippet) for h in (hours, cost) if h)}).", ev[:5])]
    if pres.status == Status.PASS and not hours and not cost:
        # a 'Waktu Layanan' page holding only an image, a 'Jadwal Pelayanan' PDF: neither the hours nor the
        # cost can be read on the site (Perki 1/2021 asks for both): unverified, not passed
        return [_present(Status.WARN, f"{pres.message} Namun jam pelayanan dan biaya layanan tidak tertulis sebagai teks di situs (mungkin hanya gambar/berkas); tuliskan keduanya di {found.target.where}.",
                         f"{pres.message_en} But neither the service hours nor the cost is written as text on the site (perhaps only an image/file); state both in {found.target.where_en}.",
                         pres.evidence)]
    if hours:
        # hours without the cost is half the element (Perki 1/2021 asks for both): said, not failed
        return [_present(Status.WARN, f"Jam pelayanan diumumkan ('{hours.snippet}'); biaya layanan (mis. 'tidak dipungut biaya') belum disebut, tambahkan di {found.target.where}.",
                         f"Service hours announced ('{hours.snippet}'); the cost (e.g. free of charge) is not stated, add it in {found.target.where_en}.", (hours.evidence(),))]
    if cost:
        return [_present(Status.WARN, f"Hanya biaya yang disebut ('{cost.snippet}'); jam pelayanan belum ditemukan. Tambahkan di {found.target.where}.",
                         f"Only the cost is stated ('{cost.snippet}'); service hours not found. Add them in {found.target.where_en}.", (cost.evidence(),))]
    return [pres]


_PHONE = re.compile(r"(?:\(0\d{2,4}\)\s*\d{0,6}x{3,}\b|\(0\d{2,4}\)\s*[\d\s.-]{5,12}\d|(?<![\d])0\d{2,3}[\s.–-]{1,3}\d{5,8}(?!\d)|(?<![\d])(?:\+62|62|0)8\d{2}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)|\(?\+62\)?[\s.-]?\(?[1-79]\d{1,2}\)?[\s.–-]{1,3}\d{5,8}(?!\d)|\(0\d{2,4}\)\s*x{4,})", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_HREF = re.compile(r"^\s*(?:tel:\s*\+?|https?://(?:wa\.me/\+?|(?:api|web)\.whatsapp\.com/send/?\?phone=\+?))(\d{9,14})\b", re.I)


# a contact block that prints its field names as the values ('alamat', 'email', 'telepon' and nothing after)
_FIELD = r"(?:alamat|address|e-?mail|surel|telepon|telp|tlp|phone|fax|faks|whatsapp|no\.?\s*hp)"
_BARE_FIELDS = re.compile(rf"(?<![\w:])({_FIELD}(?:\s+{_FIELD}){{1,5}})(?![\w:@]|\s*[:\d(+])", re.I)


def _bare_field_names(p: Page) -> list[str]:
    """Runs of two or more contact field names with no value between or after them ('alamat email telepon'),
    not the labels of a form's fields: a template's block whose values were never filled in."""
    labels = {M.norm(f.label) for fm in p.forms for f in fm.fields if f.label} | {M.norm(h) for t in p.tables for h in t.headers}
    out = []
    for m in _BARE_FIELDS.finditer(p.text):
        words = M.norm(m.group(1)).split()
        if not all(w in labels for w in words):
            out.append(m.group(1))
    return out


def _contact_in(p: Page) -> tuple[list[str], list[str]]:
    """Real and template contact strings in a page's text."""
    templates = _patterns_cached()
    real: list[str] = []
    fake: list[str] = []
    for m in [*_PHONE.finditer(p.text), *_EMAIL.finditer(p.text)]:
        s = m.group(0).strip()
        (fake if any(t.search(s) for t in templates) else real).append(s)
    # a phone number only behind an icon link: wa.me/62..., api.whatsapp.com/send?phone=62... (tel: links are no
    # links in the page model; their targets are in ``contact_hrefs``, not read as a contact, see below)
    for lk in p.links:
        m = _PHONE_HREF.search(lk.raw_href)
        if m:
            num = "0" + m.group(1)[2:] if m.group(1).startswith("62") else m.group(1)
            (fake if any(t.search(num) for t in templates) else real).append(num)
    for addr in p.contact_hrefs:
        # an 'Email' link whose address is only its mailto: target (dpupr@gmail.com); a tel: target is not read
        # (a theme's sample number behind a phone icon is common, and no label was seen that needs it)
        if "@" in addr and _EMAIL.fullmatch(addr) and addr not in real and addr not in fake:
            (fake if any(t.search(addr) for t in templates) else real).append(addr)
    fake.extend(m.group(0) for t in templates for m in t.finditer(p.text) if m.group(0) not in fake)
    fake.extend(x for x in _bare_field_names(p) if x not in fake)
    return real, fake


_TEMPLATES: list[re.Pattern[str]] = []


def _patterns_cached() -> list[re.Pattern[str]]:
    if not _TEMPLATES:
        _TEMPLATES.extend(re.compile(p, re.I) for p in M.vocabulary()["placeholders"]["contact_patterns"])
    return _TEMPLATES


@check(id="layanan.kontak", title="Kontak PPID yang nyata tersedia", title_en="Real PPID contact data is published",
       indicator="pelayanan_informasi", severity=Severity.MEDIUM, regulation=_REG)
def kontak(site: Site, pages: SitePages) -> list[Result]:
    """A real phone number or e-mail address of the PPID (template data from a theme does not count)."""
    found = M.collect(pages, M.target("kontak"))
    contact_urls = {h.link.url for h in found.hits if h.link is not None} | {h.page.url for h in found.hits if h.note in ("title", "heading")}
    ordered = sorted(pages.pages, key=lambda p: (p.url not in contact_urls and p.fetch.url not in contact_urls))
    fakes: list[tuple[Page, str]] = []
    found_real: tuple[Page, list[str]] | None = None
    for p in ordered:
        real, fake = _contact_in(p)
        if real and found_real is None:
            found_real = (p, real)
        fakes.extend((p, f) for f in fake[:2])
    if found_real is not None:
        p, real = found_real
        note = "contact-page" if p.url in contact_urls else "contact-text"
        ev = Evidence.of(p.fetch, snippet=", ".join(real[:3]), note=note)
        # (where a visitor looks for the contact: the contact page, the home page and the template every page
        # shares; a sample number in a box of another page's content is not the PPID's contact block)
        start = pages.start.url if pages.start is not None else ""
        home = pages.page(start) if start else None
        phones = [(pp, f) for pp, f in fakes if "@" not in f and sum(ch.isdigit() for ch in f) >= 6
                  and (pp.url in contact_urls or pp.fetch.url in contact_urls or pp is home or pp is p or (home is not None and f in home.text))]
        if phones:
            # a real e-mail beside the theme's sample phone '(0271) 123456' (vocabulary.md: the templates'
            # phones are the common residue): a citizen who calls reaches nobody, half the block is template
            fakes = phones
            shown = ", ".join(dict.fromkeys(f for _, f in fakes))[:120]
            return [_present(Status.WARN, f"Kontak PPID ditemukan ({', '.join(real[:3])}), tetapi sebagian masih data contoh dari templat ({shown}). Ganti dengan data PPID yang benar di {found.target.where}.",
                             f"PPID contact found ({', '.join(real[:3])}), but part of it is still template data ({shown}). Replace it with the PPID's real data in {found.target.where_en}.",
                             (ev, *(Evidence.of(pp.fetch, snippet=ff, note="template-contact") for pp, ff in fakes[:4])))]
        return [_present(Status.PASS, f"Kontak PPID ditemukan: {', '.join(real[:3])}.", f"PPID contact found: {', '.join(real[:3])}.", (ev,))]
    if fakes:
        p, f = fakes[0]
        return [_present(Status.FAIL, f"Kontak yang tercantum adalah data contoh dari templat ('{f}'), bukan kontak PPID. Ganti dengan alamat, telepon dan surel PPID yang benar di {found.target.where}.",
                         f"The contact shown is template data ('{f}'), not the PPID's. Replace it with the PPID's real address, phone and e-mail in {found.target.where_en}.",
                         tuple(Evidence.of(pp.fetch, snippet=ff, note="template-contact") for pp, ff in fakes[:5]))]
    result = _no_phone_or_mail(V.present(pages, found), found)
    # (no page holds a contact that ``_contact_in`` reads, real or template, when this line is reached)
    if result.status == Status.WARN and not found.unresolved and not any(
            _STREET.search(p.text) or _PHONE_LIKE.search(p.text) for p in pages.pages):
        # a 'Kontak PPID' heading over nothing (an empty footer block), and no phone, e-mail or address anywhere
        # (an address alone stays as judged: the farm's sites without a contact keep the office's address)
        return [_present(Status.FAIL, f"Label kontak ada, tetapi tidak ada telepon, surel maupun alamat PPID di halaman mana pun. Cantumkan di {found.target.where}.",
                         f"A contact label is there, but no PPID phone, e-mail or address on any page. Publish them in {found.target.where_en}.",
                         result.evidence)]
    return [result]


_PHONE_LIKE = re.compile(r"(?:\+62|\(0\d{2,3}\)|\b0\d{2,3})[\s.-]?\d{2,4}[\s.-]?\d{3,4}")
_STREET = re.compile(r"\b(?:jl|jln|jalan)\.?\s+(?-i:[A-Z])", re.I)  # a street address ('Jl. Saonigeho Km.3')


def _no_phone_or_mail(result: Result, found: M.Found) -> Result:
    """A contact label with no phone number or e-mail address anywhere on the site (an address alone, a form's
    'Informasi Kontak' section asking for the requester's own): half a contact at most, a warning."""
    if result.status != Status.PASS:
        return result
    return _present(Status.WARN, f"Ada label kontak, tetapi tidak ada nomor telepon atau alamat surel PPID di halaman mana pun. Cantumkan telepon dan surel PPID di {found.target.where}.",
                    f"A contact label is there, but no PPID phone number or e-mail address on any page. Publish the PPID's phone and e-mail in {found.target.where_en}.",
                    result.evidence)


@check(id="layanan.lapor", title="Tautan SP4N LAPOR! tersedia", title_en="A link to SP4N LAPOR! is available",
       indicator="pelayanan_informasi", severity=Severity.LOW,
       regulation="Perpres 76/2013; PermenPANRB 62/2018 (SP4N LAPOR!; rekomendasi)")
def lapor(site: Site, pages: SitePages) -> list[Result]:
    """A link or banner to lapor.go.id ('Laporan' is not LAPOR!); its absence is a recommendation."""
    t = M.target("lapor")
    hosts = tuple(t.raw.get("hosts", []))
    extra: list[Hit] = []
    for p in pages.pages:
        for lk in p.links:
            host = (urlsplit(lk.url).hostname or "").lower()
            # the national portal, or a region's own instance of it (lapor.<province>.go.id, sp4n...)
            if host in hosts or host.endswith(".lapor.go.id") or (host.startswith(("lapor.", "sp4n")) and host.endswith(".go.id")):
                extra.append(M.Hit(p, f"{lk.text or 'banner'} -> {lk.url}", "lapor-link", M.STRONG, lk))
        if "lapor.go.id" in p.text.lower():
            extra.append(M.Hit(p, "lapor.go.id", "lapor-text", M.LINK))
    found = M.collect(pages, t)
    own = (urlsplit(pages.start.url).hostname or "").lower() if pages.start is not None else ""
    regional: list[Hit] = []
    for h in found.hits:
        # a "LAPOR!" menu entry or banner text that leaves the site (a short link, a redirect) is the channel
        host = (urlsplit(h.link.url).hostname or "").lower() if h.link is not None and not M.is_toggle(h.link) else ""
        if host and own and host != own and not host.endswith("." + own) and not own.endswith("." + host):
            if M.is_document_link(h.link) and "lapor" not in host:
                # a file about the channel on another host ('...Pengaduan-Melalui-LAPOR.pdf' on the body's main
                # site, a procedure) is a document about LAPOR!, not a way into it
                continue
            if urlsplit(h.link.url).path in ("", "/") and "lapor" not in host:
                # the front page of another site ('Lapor!' -> https://upgrisba.ac.id/, the body's main site) is no
                # complaint channel: a short link or redirect to LAPOR! has a path, the portal a 'lapor' host
                continue
            hit = M.Hit(h.page, f"{h.snippet} -> {h.link.url}" if h.link else h.snippet, "lapor-link", M.STRONG, h.link)
            # another government system ('LaporGub' -> laporgub.jatengprov.go.id) is a regional complaint
            # channel, not SP4N LAPOR! itself (its own instances, lapor.<region>.go.id, are matched above)
            (regional if host.endswith(".go.id") else extra).append(hit)
    if not extra and regional:
        h = regional[0]
        return [_present(Status.WARN, f"Hanya kanal pengaduan daerah '{h.snippet[:120]}' yang ditautkan, bukan SP4N LAPOR!. Tautkan juga https://www.lapor.go.id dari {t.where} (rekomendasi).",
                         f"Only the regional complaint channel '{h.snippet[:120]}' is linked, not SP4N LAPOR!. Also link https://www.lapor.go.id from {t.where_en} (recommended).",
                         tuple(x.evidence() for x in regional[:5]))]
    if not extra and (pic := _channel_picture(pages, t)) is not None:
        return [_present(Status.WARN, f"Halaman kanal pengaduan '{pic.snippet[:100]}' hanya berisi gambar; belum dapat dipastikan bahwa SP4N LAPOR! disebut atau ditautkan. Tautkan https://www.lapor.go.id dari {t.where} (rekomendasi).",
                         f"The complaint channel page '{pic.snippet[:100]}' only shows a picture; whether it names or links SP4N LAPOR! cannot be told. Link https://www.lapor.go.id from {t.where_en} (recommended).",
                         (pic.evidence(),))]
    if not extra:
        # a page or menu *about* SP4N LAPOR! (an infographic, a news item) is not the channel: without a
        # link to lapor.go.id a citizen cannot reach it from here
        # the page about it first (its title or heading), then the menu entries leading there
        about = sorted((h for h in found.hits if h.strength > M.WEAK), key=lambda h: h.note not in ("title", "heading"))
        if about:
            h = about[0]
            return [_present(Status.FAIL, f"'{h.snippet[:100]}' ada, tetapi tidak ada tautan ke lapor.go.id di situs ini. Tautkan https://www.lapor.go.id dari {t.where} (rekomendasi).",
                             f"'{h.snippet[:100]}' exists, but nothing on the site links to lapor.go.id. Link https://www.lapor.go.id from {t.where_en} (recommended).",
                             tuple(Evidence.of(x.page.fetch, snippet=x.snippet[:200], note="lapor-about") for x in about[:5]))]
    found.hits.extend(extra)
    res = V.present(pages, found, extra[:5])
    if res.status == Status.FAIL:
        res = _present(Status.FAIL, res.message + " (Rekomendasi, bukan kewajiban: tautkan kanal pengaduan nasional SP4N LAPOR!.)",
                       res.message_en + " (A recommendation, not an obligation: link the national complaint channel SP4N LAPOR!.)", res.evidence)
    return [res]


# the endpoint of a script search that only asks the site's news (``/api/news?search=``, ``/api/berita``)
_NEWS_ONLY = re.compile(r"^/(?:api/)?(?:v\d+/)?(?:news|berita|posts?)/?$", re.I)
# a search box's own word that it searches news only ('Cari Artikel Berita', 'Cari berita...', 'Search news')
# (not 'Cari berita, program, dokumen...': the news among other kinds)
_NEWS_BOX = re.compile(r"^\s*(?:cari|search)\s+(?:artikel\s+)?(?:berita|artikel|news|articles?)\b(?!\s*(?:,|&|/|dan\b|atau\b|and\b|or\b))", re.I)


def _channel_picture(sp: SitePages, t: M.Target) -> Hit | None:
    """A crawled page of the complaint channels (its path, title, heading or picture's file name says 'Kanal
    Pengaduan') whose content is only a picture: the picture may name SP4N LAPOR!, which the auditor cannot read."""
    words = [M.tokens(x) for x in t.raw.get("channel_labels", [])]
    for p in sp.pages:
        ref = M.reference_page(sp, p)
        pictures = M.content_images(p, ref)
        if not pictures or M.entry_links(p, ref) or len(" ".join(M.content_text(p, ref).split())) >= 200:
            continue
        names = [urlsplit(p.url).path.replace("-", " ").replace("/", " "), p.title, *(h.text for h in p.headings[:3]),
                 *(_file_words(u) for u in pictures)]
        name = next((x for x in names if any(M.contains(w, M.tokens(x)) for w in words)), None)
        if name is not None:
            return Hit(p, name.strip()[:120], "picture-only", M.LINK)
    return None


def _dead_action(raw: str) -> bool:
    """A form action that submits nowhere: a bare fragment or a ``javascript:`` URL."""
    raw = raw.strip().lower()
    return raw.startswith("#") or raw.startswith("javascript")


def _self_posting_popup(page: Page, form: Form, fld: FormField | None) -> bool:
    """A theme's search pop-up without an action: it sends the words to whatever page it sits on, which shows
    that page again (there is no results page to send them to).  Not one the page's script wires to an
    endpoint (its action is then that endpoint), nor WordPress's box ('s', which every URL of a WordPress site
    answers with its search results)."""
    if form.raw_action.strip() or fld is None or fld.name.lower() == "s":
        return False
    return urlsplit(form.action).path.rstrip("/") == urlsplit(page.url).path.rstrip("/")


_STATIC_PAGE = re.compile(r"\.html?$", re.I)  # a page or action served as a file: it reads no submitted form


def _static_post(form: Form) -> bool:
    """A pop-up search that POSTs its words to a static HTML file (a theme's 'index.html'): a static page cannot
    receive a POST, so nothing searches; the theme's demo box left in the template."""
    return form.method.upper() == "POST" and bool(_STATIC_PAGE.search(urlsplit(form.action).path))


def _template_boxes(pages: SitePages) -> list[tuple[str, list[Page]]]:
    """Type-to-filter boxes that stand on nearly every crawled page (at least three, 80%): the template's
    search box, with the pages that carry it."""
    boxes: dict[str, list[Page]] = {}
    for p in pages.pages:
        for label in {fl.label for form in p.forms for fl in form.fields if fl.type == "filter"}:
            boxes.setdefault(label, []).append(p)
    return [(label, ps) for label, ps in boxes.items() if len(ps) >= 3 and len(ps) >= 0.8 * len(pages.pages)]


@check(id="layanan.pencarian", title="Fitur pencarian tersedia", title_en="A search feature is available",
       indicator="pengembangan_website", severity=Severity.LOW, regulation="Perki 1/2022 (monev: pengembangan website)")
def pencarian(site: Site, pages: SitePages) -> list[Result]:
    """A search box: a form with a search field or a search action (never submitted)."""
    names = set(M.target("pencarian").raw.get("field_names", []))
    titles = set(M.target("pencarian").raw.get("title_field_names", []))
    dead: list[tuple[Page, str]] = []
    news: list[tuple[Page, str]] = []  # a script search that asks the news endpoint only
    for p in pages.pages:
        for form in p.forms:
            action = form.action.lower()
            fld = next((f for f in form.fields if f.type == "search" or f.name.lower() in names), None)
            if fld is None and form.method.upper() != "POST":
                # a GET form over a listing with a free-text title box ('Judul'): a search of the documents
                fld = next((f for f in form.fields if f.type in ("text", "") and f.name.lower() in titles), None)
            if fld is not None and not fld.name.strip() and not form.raw_action.strip() and len(form.fields) == 1:
                # a theme's box with no action and a field without a name: submitted, it sends no query to anything
                dead.append((p, "form action=(tanpa action) field=(tanpa nama)"))
                continue
            if (fld is not None or any(w in action for w in ("search", "pencarian", "/cari"))) and (form.in_popup and (
                    _dead_action(form.raw_action) or _self_posting_popup(p, form, fld) or _static_post(form)) or (form.inert and (
                    is_developer_address(form.raw_action) or _STATIC_PAGE.search(urlsplit(p.url).path)))):
                # a theme's search pop-up that posts nowhere ("#", "javascript:void(0)") finds nothing (a visible
                # header box posting to "#" may be wired by the theme's script: it still counts); nor does a box
                # that posts to the developer's machine ('http://ppid.test/'), or one no script can send on a page
                # served as a file (a static '.html' page's sidebar 'Cari' posting to '#': the file receives nothing)
                dead.append((p, f"form action={form.raw_action or '(tanpa action)'} field={fld.name if fld else ''}"))
                continue
            if fld is not None and (_NEWS_ONLY.search(urlsplit(form.action).path) or _NEWS_BOX.search(fld.label)):
                # (or a named box that says so itself: 'Cari Berita' sent on Enter to /article/all?query=)
                news.append((p, f"form action={form.action} field={fld.name}"))
                continue
            if not form.inert and (box := next((f for f in form.fields if not f.name.strip() and f.type in ("text", "search", "")
                                                and _NEWS_BOX.search(f.label)), None)):
                # a box without a name that the page's script sends, its placeholder 'Cari Artikel Berita': the
                # script asks the news, by the box's own word
                news.append((p, f"form field='{box.label[:60]}'"))
                continue
            if fld is not None or any(w in action for w in ("search", "pencarian", "/cari")):
                snippet = f"form action={form.action} field={fld.name if fld else ''}"
                return [_present(Status.PASS, f"Kotak pencarian ditemukan ({snippet}).", f"Search box found ({snippet}).",
                                 (Evidence.of(p.fetch, snippet=snippet, note="search-form"),))]
    if news:
        p, snippet = news[0]
        return [_present(Status.WARN, f"Kotak pencarian hanya mencari berita ({snippet}), bukan dokumen informasi publik. Perluas pencarian ke seluruh informasi publik situs.",
                         f"The search box searches news only ({snippet}), not public-information documents. Extend the search to all of the site's public information.",
                         (Evidence.of(p.fetch, snippet=snippet, note="search-news-only"),))]
    # a listing's type-to-filter box (page model: a `filter` field) is no search of the site: it finds
    # nothing beyond the rows of its own table, so it is not counted here (batches 5-7 label it both ways);
    # but the same box on every page is the template's, not a listing's: a search overlay the header's
    # 'Cari' button opens, its script reading the site's own index ('/search-index.json')
    if every := _template_boxes(pages):
        label, ps = every[0]
        snippet = f"field='{label[:60]}'"
        return [_present(Status.PASS, f"Kotak pencarian ditemukan di setiap halaman ({snippet}).", f"Search box found on every page ({snippet}).",
                         (Evidence.of(ps[0].fetch, snippet=snippet, note="search-box-template"),))]
    if M.needs_browser(pages) and M.browser_missing(pages):
        return [_present(Status.ERROR, "Kotak pencarian tidak dapat dinilai: situs disusun dengan JavaScript dan peramban (Chromium) tidak terpasang di mesin auditor, bukan kesalahan situs (lihat `ppid-audit doctor`).",
                         "Search box not judged: the site is built by JavaScript and the auditor's machine has no browser (Chromium), not the site's fault (see `ppid-audit doctor`).",
                         tuple(Evidence.of(p.fetch, snippet="browser_missing", note="javascript") for p in pages.pages if p.js_only)[:5])]
    if M.needs_browser(pages):
        why_id, why_en = M.render_problem(pages)
        return [_present(Status.WARN, f"Kotak pencarian tidak ditemukan, tetapi situs disusun dengan JavaScript dan {why_id}; tidak dapat dinilai tanpa halaman yang dirender lengkap.",
                         f"No search box found, but the site is built by JavaScript and {why_en}; it cannot be judged without a fully rendered page.",
                         tuple(Evidence.of(p.fetch, snippet="js_only", note="javascript") for p in pages.pages if p.js_only)[:5])]
    if dead:
        p, snippet = dead[0]
        return [_present(Status.FAIL, f"Hanya ada kotak pencarian templat yang tidak berfungsi ({snippet}): formulirnya tidak dikirim ke mesin pencari mana pun. Arahkan formulir ke halaman pencarian situs.",
                         f"Only a theme's search box that does not work ({snippet}): its form is not sent to any search. Point the form at the site's search page.",
                         tuple(Evidence.of(pp.fetch, snippet=sn, note="search-form-dead") for pp, sn in dead[:5]))]
    ev = (Evidence.of(pages.start, snippet=f"{len(pages.pages)} halaman", note="not-found"),) if pages.start else ()
    return [_present(Status.FAIL, "Tidak ada kotak pencarian. Tambahkan kotak pencarian di kepala halaman agar informasi publik mudah ditemukan.",
                     "No search box. Add a search box to the page header so public information is easy to find.", ev)]

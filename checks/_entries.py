"""What a place that names a target really holds: a section heading, a table row, a group label.

Not a check file; ``_verdicts.py`` calls it once per target (``_card_sections``), after ``collect``.
Real sites (held-out batch 5, classes 4-6 of issue 11) showed three kinds of wrong verdicts:

* weak substitutes: a section heading that names the target over something else (a ticket table with
  no row, a home counter 'Total Pengajuan Keberatan' + '0', a definition 'Uji Konsekuensi adalah ...');
  a vague label ('Statistik') whose page the site itself calls an infographic;
* real items missed: a row of a document list naming the item ('Tata Cara Keberatan atas Permintaan
  Informasi Publik' | 'Lihat PDF'), a group label over entries ('Ringkasan Laporan Akses Informasi
  Publik' over four 'Lihat Detail' rows), a decree cited by number in the profile text;
* a named link to a page not crawled: a form page that is only a chooser of onward links, an empty
  page beside a specific link whose page could not be checked.

Each function is small and general (no site names); the thresholds are the ``[present]`` rules.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ppid_audit.models import FetchKind, Link, Page, SitePages
from ppid_audit.urls import is_filtered_view

from . import _content as C
from . import _matching as M
from . import _site_scope as _S
from . import _text as T
from ._matching import Found, Hit

# --------------------------------------------------------------------------- section headings over something else

_COUNTER = re.compile(r"^\W*(?:total|jumlah|jml\.?)\b", re.I)
_NUMBER = re.compile(r"^\W*\d[\d.,]*(?:\s|$)")
_DEFINES = ("adalah", "merupakan", "ialah", "yaitu", "yakni", "is", "means")


def _section(sp: SitePages, page: Page, head: str) -> tuple[str, int]:
    """The section text under ``head`` (``_content.section_text``) and where it starts in the page text."""
    ref = C.reference_page(sp, page)
    shared = frozenset(h.text for h in ref.headings) if ref is not None and ref is not page else frozenset()
    sec = C.section_text(page, head, shared)
    return sec, C.heading_offset(page, head)


def section_kind(sp: SitePages, page: Page, head: str, key: str) -> tuple[str, str]:
    """What the section under ``head`` holds when it is not the target named by the heading:

    ``("empty", marker)``   a listing table with headers and no data row, nothing else of its own (a
                            ticket-status table 'Tanggal Proses | IDPI | Tindak Lanjut' headed 'Laporan
                            Pelayanan Informasi'): the target's place is an empty listing;
    ``("counter", text)``   a number widget ('Total Pengajuan Keberatan' over '0'): a statistic;
    ``("definition", text)`` the term defined ('Uji Konsekuensi Informasi adalah proses ...') without a
                            document or table: a mention, not the target;
    ``("", "")``            anything else (judged as before).

    Only the text right under the heading counts, up to the next heading of any level (on a page without
    a reference page the section would run into the footer)."""
    sec, at = _section(sp, page, head)
    if not sec or at < 0:
        return "", ""
    own = C._links_in(page, sec, head)
    if any(C.is_document_link(lk) for lk in own):
        return "", ""
    rest = sec[len(head):]
    cells = [c for t in page.tables for r in t.rows for c in r if c and len(c) > 3]
    if any(c in rest for c in cells[:500]):
        return "", ""
    nxt = [e for h in page.headings if h.text and h.text != head and (e := page.text.find(h.text, at + len(head))) > 0]
    near = " ".join(page.text[at + len(head): min([*nxt, at + len(sec)])].split())
    linked = [lk for lk in own if len(lk.text) > 2 and head not in lk.text and re.search(rf"(?<!\w){re.escape(lk.text)}(?!\w)", near)]
    empty = [t for t in page.tables if t.headers and not C.data_rows(t) and all(h in near for h in t.headers if h)]
    if empty and not page.script_tables:
        if len(near) - sum(len(" ".join(t.headers)) for t in empty) < int(T.rules()["present"].get("min_section_chars", 200)):
            marker = next((c for t in empty for r in t.rows for c in r if c.strip()), "")
            return "empty", marker or "tabel tanpa baris data (" + " | ".join(empty[0].headers[:4])[:80] + ")"
    if linked:
        return "", ""
    if not near and nxt and any(re.fullmatch(r"[\d.,]+", h.text.strip()) and page.text.find(h.text, at + len(head)) == min(nxt)
                                for h in page.headings if h.text):
        # a statistic widget: the label right over a heading that is only its number ('Daftar Informasi Publik' / '0')
        return "counter", f"{head} {page.text[min(nxt):].split()[0]}"
    if _COUNTER.match(near) and len(near) < 100:
        after = page.text[at + len(head) + len(near):][:40].strip() if not nxt else page.text[min(nxt):][:40]
        if re.search(r"\d", near) or _NUMBER.match(after):
            return "counter", f"{near} {after.split()[0] if after.split() else ''}".strip()
    words = T.tokens(near[:200])
    label = T.tokens(head)
    opening = words[:len(label) + 3]
    if len(words) > len(label) and (words[:len(label)] == label or T.target(key).label_in(words[:8])) \
            and any(w in _DEFINES for w in opening[1:]):
        # 'Uji Konsekuensi Informasi adalah proses pengujian ...': the term explained, nothing published
        return "definition", near[:100]
    return "", ""


# --------------------------------------------------------------------------- following a link like a visitor


_FOLDER = re.compile(r"/(?:drive/(?:u/\d+/)?folders|folderview)\b|[?&]id=.*folder|/s/[^/]+/folder|sharepoint\.com/.*/Forms/", re.I)


def is_folder(url: str) -> bool:
    """A link to a shared folder (Google Drive ``/drive/folders/...``): a place holding documents, not one."""
    return bool(_FOLDER.search(url))


def _dead_row(page: Page, cell: str) -> str:
    """The dead control of a listing's row titled ``cell`` (its table links nothing, and the page shows a dead
    ``href="#"`` 'Lihat Informasi' / 'Unduh' for each of the table's rows): the row names the entry, its
    file opens nothing; or ""."""
    dead = [x.strip() for x in page.dead_anchor_texts if x.strip() and C.ENTRY_WORDS.search(x)]
    if not dead:
        return ""
    for t in page.tables:
        rows = [r for r in t.rows if not C.is_empty_row(r)]
        if any(not C.is_toggle(lk) for lk in t.links) or not any(c.strip()[:200] == cell.strip() for r in rows for c in r):
            continue
        return dead[0] if len(dead) >= len(rows) else ""
    return ""


def follow(sp: SitePages, f: Found, hit: Hit) -> None:
    """Record where ``hit.link`` leads as ``collect`` does: a crawled page is judged, a document kept, a
    shared folder or a page not crawled is unverified; a listing's row whose control is a dead link is a
    dead download of its page."""
    lk = hit.link
    if lk is None and hit.note == "table-row-entry" and hit.page.url not in f.pages and (dead := _dead_row(hit.page, hit.snippet)):
        f.pages[hit.page.url] = C.PageVerdict(
            hit.page, False, f"tautan unduhan tidak berfungsi (href=\"#\" atau alamat lokal pengembang: {hit.snippet[:60]} > {dead})",
            f"download links are dead (href=\"#\" or a developer's local address: {hit.snippet[:60]} > {dead})",
            code=C.DEAD_DOWNLOAD_LINKS)
        f.hits.insert(0, hit)
        return
    if lk is None or C.is_toggle(lk) or C.is_junk_link(lk):
        f.vague.append(hit)
        return
    dest = sp.page(lk.url)
    if dest is not None:
        if dest.url not in f.pages:
            f.pages[dest.url] = C.judge_page(dest, C.reference_page(sp, dest))
        f.hits.append(hit)
        return
    fetch = sp.fetch(lk.url)
    if is_folder(lk.url):
        f.unresolved.append(hit)
    elif C.is_document_link(lk) or (fetch is not None and fetch.kind == FetchKind.DOCUMENT):
        f.hits.append(hit)
        f.documents.append((hit, fetch))
    else:
        M.settle_unopened(f, hit.page, lk, lk.url, hit)


# --------------------------------------------------------------------------- rows of a document list


def _row_links(table: object, rows: tuple[tuple[str, ...], ...]) -> list[Link | None]:
    """The link of each data row when the table has one link per row (rows and links are in document
    order), else None for every row: the page model keeps a table's links, not each row's."""
    links = [lk for lk in getattr(table, "links", ()) if not C.is_toggle(lk)]
    return list(links) if len(links) == len(rows) else [None] * len(rows)


_GENERIC_LEAD = frozenset({"informasi", "dokumen", "data", "file", "berkas"})


def _titled(t: M.Target, toks: tuple[str, ...]) -> bool:
    """``toks`` open with a label of ``t`` (a title 'Tata Cara Keberatan atas ...'), not a sentence that
    mentions it later ('Melakukan registrasi formulir pengajuan keberatan ...')."""
    if t.label_in(toks, whole_only=True):
        return True  # the whole cell is a short label ('Maklumat')
    while len(toks) > 2 and toks[0] in _GENERIC_LEAD:
        toks = toks[1:]  # 'Informasi Tata Cara memperoleh Informasi': the title after its generic first word
    for n in range(1, min(len(toks), 10) + 1):
        # a full label from the first word on (a short label 'Profil' opening 'Profil dan Struktur Organisasi
        # 2026', the agency's profile in a berkala list, is not the PPID's profile)
        if t.label_in(toks[:n]) and not t.label_in(toks[:n], whole_only=True):
            # (the label begins later when the words after the first hold a full label; a short label there,
            # 'Keberatan' of 'Formulir Keberatan', is the same label's tail)
            return not t.full_label_in(toks[1:n])
    return False


def _row_cells(sp: SitePages) -> list[tuple[Page, str, tuple[str, ...], Link | None, int]]:
    """(page, title cell, its tokens, the row's link, the row's number on the site) of the first text cells of every
    data row of the site's tables that are not DIP tables; worked out once per site (every target asks)."""
    memo = _S.memo().site
    got = memo.get("entries.rows")
    if got is None:
        got = []
        number = 0
        for page in sp.pages:
            for table in page.tables:
                if M.is_dip_table(table.headers):
                    continue
                rows = tuple(r for r in table.rows if not C.is_empty_row(r))
                for row, link in zip(rows, _row_links(table, rows)):
                    number += 1
                    # every text cell of the row: a berkala table's 'Informasi mengenai Hak Memperoleh Informasi'
                    # group cell stands before the entry's own title 'Informasi Tata Cara memperoleh Informasi'
                    cells = [c for c in row if c.strip() and not re.fullmatch(r"\s*[\d.]+\s*", c) and len(c) <= 150]
                    for cell in cells[:3]:
                        got.append((page, cell, T.tokens(cell, camel=True), link, number))
        memo["entries.rows"] = got
    return got


_NAMES: dict[str, frozenset[tuple[str, ...]]] = {}


def _category_names(t: M.Target) -> frozenset[tuple[str, ...]]:
    """The full labels of a category target, tokenised (memoised per target)."""
    got = _NAMES.get(t.key)
    if got is None:
        got = _NAMES[t.key] = frozenset(M._phrases(t.raw.get("labels", [])))
    return got


def row_entries(sp: SitePages, f: Found) -> list[Hit]:
    """Rows of a document list (not a DIP table, whose rows only declare items) whose title cell names
    a service element: 'Tata Cara Permintaan Informasi Publik di LLDikti Wilayah IV' | 'Lihat PDF'.
    The row is a listing entry: its link is followed (a document passes, a shared folder or a page not
    crawled is unverified); a row without its own link is a vague entry (a warning)."""
    t = f.target
    site_ctx = "ppid" if M.site_is_ppid(sp) else ""
    out: list[Hit] = []
    seen: set[int] = set()
    for page, cell, toks, link, row in _row_cells(sp):
        if row in seen or t.is_decoy(toks):
            continue
        if t.dip_values:
            # the categories' rows are read by collect (DIP values, 'Kategori' columns); only a document list's
            # row titled with a category's name and nothing else (a year aside) and opening its own file
            # ('Daftar Informasi yang Dikecualikan' | 2023 | 'Lihat Data' -> a PDF) is that category's register
            # ('Informasi Dikecualikan Informasi mengenai Laporan Keuangan', a category tag before an item's
            # title, is an item of a list, not the list)
            if link is None or len(toks) > 8 or tuple(x for x in toks if not x.isdigit()) not in _category_names(t):
                continue
        elif not t.label_in(toks) or not _titled(t, toks):
            continue
        if t.context_in(cell, *(h.text for h in page.headings[:8]), *page.breadcrumbs, site_ctx):
            seen.add(row)  # one entry per row, named by its first cell that names the target
            out.append(Hit(page, cell[:200], "table-row-entry", M.LINK, link))
    return out


# --------------------------------------------------------------------------- a group label over entries


def _gaps(page: Page) -> list[tuple[str, int, int]]:
    """(heading, start, end) of the page text between each heading and the next, in document order."""
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for h in page.headings:
        at = page.text.find(h.text, pos) if h.text else -1
        if at < 0:
            continue
        spans.append((h.text, at, at + len(h.text)))
        pos = at + len(h.text)
    return [(spans[i][0], spans[i][2], spans[i + 1][1]) for i in range(len(spans) - 1)]


def _strip_links(text: str, page: Page) -> str:
    """``text`` without the page's link texts (whole words only: an icon link 'f' is not every letter f)."""
    for lk in sorted((lk for lk in page.links if len(lk.text) > 2 and not lk.in_nav), key=lambda x: -len(x.text)):
        if lk.text in text:
            text = re.sub(rf"(?<!\w){re.escape(lk.text)}(?!\w)", " ", text)
    return " ".join(text.split())


def _groups(sp: SitePages) -> list[tuple[Page, str, list[tuple[str, Link]]]]:
    """(page, label line, [(entry heading, its link)]) of every short text line between headings that is
    followed by at least two entries (a heading then only its own link); once per site."""
    memo = _S.memo().site
    got = memo.get("entries.groups")
    if got is not None:
        return got
    got = []
    limit = int(T.rules()["present"].get("min_section_chars", 200))
    for page in sp.pages:
        gaps = _gaps(page)
        links = sorted((lk for lk in page.links if len(lk.text) > 2 and not lk.in_nav and not C.is_toggle(lk)), key=lambda x: -len(x.text))
        if len(gaps) < 3 or len(links) < 2:
            continue
        stripped = [_strip_links(page.text[a:b], page) for _, a, b in gaps]
        for i, own in enumerate(stripped):
            if not own or len(own) > limit:
                continue
            entries: list[tuple[str, int]] = []  # (entry heading, offset of its link's text)
            for j in range(i + 1, min(i + 21, len(gaps))):
                title, a2, b2 = gaps[j]
                piece = page.text[a2:b2]
                text = next((lk.text for lk in links if piece.lstrip().startswith(lk.text)), "")
                if not text:
                    break
                entries.append((title, a2 + piece.index(text)))
                if stripped[j]:
                    break  # the next group's label follows this entry's link
            if len(entries) < 2:
                continue
            chosen: list[tuple[str, Link]] = []
            for title, offset in entries:
                # the n-th link of that text on the page is the one at this offset (as _content._links_in counts)
                text = next(lk.text for lk in links if page.text.startswith(lk.text, offset))
                same = [lk for lk in page.links if lk.text == text and not lk.in_nav and not C.is_toggle(lk)]
                nth = page.text.count(text, 0, offset)
                chosen.append((title, same[nth] if nth < len(same) else same[-1]))
            got.append((page, own, chosen))
    memo["entries.groups"] = got
    return got


def group_entries(sp: SitePages, f: Found) -> list[Hit]:
    """A group label written as a plain line between entries ('📁 Ringkasan Laporan Akses Informasi
    Publik Melalui PPID' over four '<h4>title</h4> Lihat Detail' rows): the label line names the target
    and the entries under it (each a heading followed by its own link) are followed.  Only the label's
    line counts (at most ``min_section_chars``): a paragraph of prose that names the target is a mention."""
    t = f.target
    out: list[Hit] = []
    for page, own, entries in _groups(sp):
        toks = T.tokens(own)
        if t.label_in(toks) and not t.is_decoy(toks):
            out += [Hit(page, f"{own[:100]} > {title}"[:200], "group-entry", M.LINK, lk) for title, lk in entries]
    return out


# --------------------------------------------------------------------------- vague labels the site names otherwise


def drop_vague_decoys(sp: SitePages, f: Found) -> None:
    """Drop vague hits ('Statistik') whose page the site links elsewhere under a word of the target's
    ``vague_decoys`` ('Statistik Infografik', 'Statistik Pengunjung'): the site says what it is."""
    words = T._phrases(f.target.raw.get("vague_decoys", []))
    if not words or not f.vague:
        return
    named: dict[str, list[str]] = {}
    for page in sp.pages:
        for lk in page.links:
            if lk.text:
                named.setdefault(lk.url, []).append(lk.text)

    def other(h: Hit) -> bool:
        texts = named.get(h.link.url, []) if h.link is not None else [
            lk.text for lk in h.page.links if lk.text and h.snippet in lk.text]
        return any(T.contains(w, T.tokens(x)) for x in texts for w in words)

    f.vague[:] = [h for h in f.vague if not other(h)]


# --------------------------------------------------------------------------- forms behind a chooser page


def onward_form_pages(sp: SitePages, f: Found) -> None:
    """A form target's page that holds no form, document or table row, only links onward (a chooser
    'PILIH KATEGORI PEMOHON': 'LEMBAGA/INSTANSI' -> /pemohon/lembaga, 'PERORANGAN' -> /pemohon/perorangan)
    is not the form: the form is behind those links, which are followed."""
    if not f.target.raw.get("form_fields"):
        return
    cfg = T.rules()["present"]
    for url, v in list(f.pages.items()):
        p = v.page
        if not v.ok and v.code == C.EMPTY_PAGE and (gate := _login_gate(sp, p)) is not None:
            # the page only says 'Ajukan permohonan' over a button to the login ('Mulai' -> /login): the form is
            # behind the login, where the audit cannot go; present, unverified
            del f.pages[url]
            ref = C.reference_page(sp, p)
            shared = {h.text for h in ref.headings} if ref is not None and ref is not p else set()
            head = next((h.text for h in p.headings if h.text and h.text not in shared), p.title)
            f.unresolved.append(Hit(p, f"{head[:60]} > {gate.text}"[:200], "login-link", M.LINK, gate))
            continue
        if not v.ok and (_sent_to_login(p) or (v.code == C.EMPTY_PAGE and _login_form_only(p))) and not _staff_login(p):
            # the form target's address sends a guest on to the login (an HTTP or script redirect: an auth guard's
            # 'Loading...' then /login): the request form is behind the login, where the audit cannot go; present,
            # unverified
            inc = next((h for h in f.hits if h.link is not None and h.link.url in (url, p.url, p.fetch.url)), None)
            if inc is not None and inc.link is not None:
                del f.pages[url]
                f.unresolved.append(Hit(inc.page, f"{inc.snippet[:100]} > login ({urlsplit(p.url).path})"[:200], "login-link", M.LINK, inc.link))
                continue
        if v.ok and not v.docs and _account_forms_only(p, cfg["min_form_fields"]):
            # the form target's page is a sign-up or sign-in form ('Ajukan Permohonan' -> /daftar: name, NIK,
            # e-mail, password): the request form is behind the account, where the audit cannot go; present,
            # unverified
            inc = next((h for h in f.hits if h.link is not None and h.link.url in (url, p.fetch.url)), None)
            if inc is not None and inc.link is not None:
                del f.pages[url]
                head = next((h.text for h in p.headings if h.text), p.title or url)
                f.unresolved.append(Hit(inc.page, f"{inc.snippet[:100]} > {head[:80]}"[:200], "login-link", M.LINK, inc.link))
            continue
        if not v.ok or v.docs or any(C.data_rows(tb) for tb in p.tables):
            continue
        if any(len(fm.fields) >= cfg["min_form_fields"] for fm in p.forms
               if not C.is_search_form(fm) and not C.is_comment_form(fm)):
            continue
        ref = C.reference_page(sp, p)
        entries = C.entry_links(p, ref)
        if len(entries) < cfg["min_entry_links"] or C.content_images(p, ref):
            continue
        text = C.content_text(p, ref)
        for lk in p.links:
            if lk.url in entries:
                text = text.replace(lk.text, " ")
        if len(" ".join(text.split())) >= cfg["min_content_chars"]:
            continue  # a page with text of its own (a procedure, a notice): judged as before
        del f.pages[url]
        for lk in p.links:
            if lk.url in entries and lk.url != url:
                head = next((h.text for h in p.headings if h.text), p.title)
                follow(sp, f, Hit(p, f"{head[:60]} > {lk.text}"[:200], "onward-link", M.LINK, lk))
                entries.discard(lk.url)


def _account_forms_only(p: Page, min_fields: int) -> bool:
    """The page's forms (search boxes aside) are all sign-up or sign-in forms: each asks for a password."""
    forms = [fm for fm in p.forms if not C.is_search_form(fm) and not fm.inert]
    return bool(forms) and any(len(fm.fields) >= min_fields for fm in forms) and all(
        any(fd.type == "password" for fd in fm.fields) for fm in forms)


_LOGIN_URL = re.compile(r"/(?:login|log-in|signin|sign-in|masuk|auth)(?:[/.?#]|$)", re.I)


def _login_form_only(p: Page) -> bool:
    """The page's one form (search boxes aside) is a sign-in: a password beside an e-mail or user name."""
    forms = [fm for fm in p.forms if not C.is_search_form(fm) and not fm.inert]
    return len(forms) == 1 and any(fd.type == "password" for fd in forms[0].fields) and len(forms[0].fields) <= 4


_STAFF = re.compile(r"\b(?:admin|administrator|operator|petugas|staf|staff|pegawai|asn)\b", re.I)
_SIGN_UP = re.compile(r"\b(?:daftar|mendaftar|registrasi|register|sign ?up|buat akun|akun baru)\b", re.I)


def _staff_login(p: Page) -> bool:
    """The login shown is the staff's ('Login Admin': user name and password) and offers a visitor no account
    (no 'Daftar' / 'Register'): no request form is behind it for the public, the link leads nowhere they can use."""
    heads = " ".join([p.title, *(h.text for h in p.headings)])
    return (_STAFF.search(heads) is not None and _SIGN_UP.search(p.text) is None
            and not any(_SIGN_UP.search(lk.text) for lk in p.links))


def _sent_to_login(p: Page) -> bool:
    """The page asked for is not a login page, but the one shown is (``/permohonan`` redirected to ``/login``)."""
    return (_LOGIN_URL.search(urlsplit(p.url).path + "/") is not None
            and _LOGIN_URL.search(urlsplit(p.fetch.url).path + "/") is None)


def _login_gate(sp: SitePages, p: Page) -> Link | None:
    """The one link of the page's own content that opens a login (``/login``, ``/masuk``), when the page holds
    nothing else (no form, document, table or picture): the page is the door to a form behind the login."""
    ref = C.reference_page(sp, p)
    shared = {lk.url for lk in ref.links} if ref is not None and ref is not p else set()
    own = [lk for lk in p.links if not lk.in_nav and lk.tag == "a" and not C.is_toggle(lk) and lk.url not in shared
           and lk.url.rstrip("/") != p.url.rstrip("/")]
    gates = [lk for lk in own if _LOGIN_URL.search(urlsplit(lk.url).path + "/")]
    if len(gates) != 1 or len(own) > 2 or p.forms and any(not C.is_search_form(fm) for fm in p.forms):
        return None
    return gates[0] if not C.content_images(p, ref) and not any(C.data_rows(t) for t in p.tables) else None


# --------------------------------------------------------------------------- an empty page beside an unverified link


def _full_label(f: Found, text: str) -> bool:
    """``text`` names the target by a full label, not only by a short or vague one ('SOP', 'Formulir')."""
    toks = T.tokens(text, camel=True)
    return f.target.label_in(toks) and not f.target.label_in(toks, whole_only=True)


def unverified_elsewhere(f: Found) -> Hit | None:
    """An unresolved link named by a full label of the target, beside empty/placeholder pages that prove
    no absence: either those pages are reached only under a generic label (a menu 'Profil > SOP' over an
    empty listing, while 'Layanan > Mekanisme Permohonan Informasi' leads to a page not crawled), or the
    link opens another host, an application of its own ('Ajukan Permohonan' to the request application's
    login, beside an empty 'Unduh Formulir' page).  The element may be published there: a warning."""
    bad = {u for v in f.bad_pages for u in (v.page.url, v.page.fetch.url)}
    incoming = [h for h in f.hits if h.link is not None and h.link.url in bad]
    generic = not any(_full_label(f, h.link.text) for h in incoming if h.link is not None)
    for h in f.unresolved:
        if h.link is None or h.link.url in bad or not _full_label(f, h.link.text.strip() or h.snippet.rsplit(" > ", 1)[-1]):
            continue
        if any(is_filtered_view(h.link.url, u) for u in bad):
            continue  # a judged page filtered by a query ('/informasi-publik?kategori=informasi-berkala'): that page speaks for it
        if generic or (urlsplit(h.link.url).hostname or "") != (urlsplit(h.page.url).hostname or ""):
            return h
    return None


# --------------------------------------------------------------------------- a decree cited by number

_PPID_NAME = (r"(?:\bppid\b|pejabat pengelola informasi(?: dan dokumentasi)?|pengelola (?:layanan |pelayanan )?informasi dan dokumentasi"
              r"|information management\s*(?:&|and)\s*documentation officers?)")
_DECREE = re.compile(
    # 'Nomor 12 Tahun 2024', 'No. 12/2024', 'No.B.06-SKP/...' (the abbreviation's dot is not a sentence's end);
    # a body that publishes in English cites 'the Decree of the Board of Directors No. ... concerning ...'
    r"\b(?:keputusan|surat keputusan|sk|decree)\b[^.]{0,80}?\b(?:nomor\b|no\.|no\b)\s*:?\s*\S+[^.]{0,60}?\b(?:tentang|terkait|mengenai|concerning)\b"
    # 'tentang Penunjukan ... PPID', or the PPID's name right after 'tentang' (its variant name 'Pengelola Layanan
    # Informasi dan Dokumentasi', PLID: 'Keputusan Walikota ... Nomor 188.45-106-2017 tentang Pengelola Layanan ...')
    r"(?:[^.]{0,40}?\b(?:penunjukan|penetapan|pembentukk?an|pengangkatan|appointment|structure)\b[^.]{0,30}?|\s+(?:(?:tim|pejabat|petugas)\s+)?)"
    + _PPID_NAME
    # or named by its subject without a number ('Keputusan Rektor & Kepala Biro terkait pembentukan PPID di lingkungan ...')
    + r"|\b(?:keputusan|surat keputusan)\s+(?:(?:(?-i:[A-Z])[\w.&/-]*|&)\s+){1,6}?(?:tentang|terkait|mengenai)\s+(?:\w+\s+){0,2}?"
    r"(?:penunjukan|penetapan|pembentukan|pengangkatan)\b[^.]{0,30}?" + _PPID_NAME
    # or the other way round: 'Pembentukan PPID Universitas ... melalui Surat Keputusan Rektor ... Nomor : 456/XIII/2015'
    + r"|\b(?:penunjukan|penetapan|pembentukan|pengangkatan)\s+(?:\w+\s+){0,2}?" + _PPID_NAME
    + r"[^.]{0,100}?\b(?:keputusan|surat keputusan|sk)\b[^.]{0,80}?\b(?:nomor\b|no\.)\s*:?\s*\w\S*"
    # or said of the PPID itself: 'PPID UPERTIS dibentuk berdasarkan Surat Keputusan Rektor ... nomor 07a/UPERTIS-YPP/I/2023'
    + r"|" + _PPID_NAME + r"[^.]{0,40}?\b(?:dibentuk|ditetapkan|ditunjuk|diangkat)\b[^.]{0,40}?\b(?:keputusan|surat keputusan|sk)\b"
    r"[^.]{0,80}?\b(?:nomor\b|no\.)\s*:?\s*\w\S*", re.I)


# a number left blank in a template: dotted leaders ('…………./……', '........'), underscores, 'xxx'
_BLANK_NUMBER = re.compile(r"\bnomor\s*:?\s*(?:[….]{3,}|_{3,}|x{3,}\b|\[)", re.I)


def decree_citations(sp: SitePages) -> list[Hit]:
    """The decree appointing the PPID cited in a page's text by number ('Keputusan Bupati ... Nomor
    HK.00.03-359 Tahun 2025 tentang Penunjukan Pejabat Pengelola Informasi dan Dokumentasi'), neither
    linked nor published: it exists, its text is not on the site (a warning at most)."""
    out: list[Hit] = []
    for page in sp.pages:
        m = _DECREE.search(C.content_text(page, C.reference_page(sp, page)))
        if m and not _BLANK_NUMBER.search(m.group(0)):  # a template's 'Nomor: ………/……… tanggal ……' cites no decree
            out.append(Hit(page, " ".join(m.group(0).split())[:200], "decree-cited", M.LINK))
    return out


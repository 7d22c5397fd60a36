"""Real-world pitfalls: placements that fooled the checks on real PPID sites (issue 11), with their class.

``apply_pitfalls`` runs once per site after ``place.place_all``.  It draws from
its own ``random.Random(f"{seed}:{index}:pitfalls")`` (so the rest of the site
is the same as without it) and only fills targets the site does not have yet,
so every placement has one clear truth.  Each placement's ``Mark.cls`` names
its class, reported per class by ``ppid-audit accuracy``:

* ``empty_listing``     the right heading over a table/list with no rows (headers only, "Tidak ada
                        data", DataTables' "No data available in table" / "Showing 0 to 0 of 0 entries")
* ``placeholder_data``  test data under a real heading ('asd', 'test', "Sedang diperbarui", the
                        theme's sample phone, an address in square brackets)
* ``weak_substitute``   a page about SP4N LAPOR! with no link to lapor.go.id; a search pop-up posting to "#"
* ``missed_item``       real items in unusual places: a mega-menu column, a table column under the
                        category name, an "SK Pengelola PPID" page, the body's maklumat on the home page,
                        a DIP decree whose rows carry this year beside an older table
* ``unjudged``          the consequence test (uji konsekuensi) and the PPID structure (struktur):
                        every site's truth for them carries this class
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import content as C
from .model import Mark

if TYPE_CHECKING:
    from .builder import SiteBuilder

__all__ = ["PITFALL_CLASSES", "apply_pitfalls"]

PITFALL_CLASSES = ("empty_listing", "placeholder_data", "weak_substitute", "missed_item", "unjudged")

_EMPTY_STYLES = ("headers_only", "tidak_ada_data", "datatables_en", "datatables_id")
_JUNK = ("asd", "sad", "test", "tes", "-")


def _absent(b: SiteBuilder, target: str) -> bool:
    mark = b.s.marks.get(target)
    return mark is None or (not mark.present and not mark.where)


# --------------------------------------------------------------------------- empty listings


def _empty_listing(b: SiteBuilder, target: str) -> None:
    style = b.rng.choice(_EMPTY_STYLES)
    label = b.label(target)
    if target == "dip":
        headers = ["No", "Ringkasan Isi Informasi", "Pejabat Yang Menguasai Informasi", "Waktu Pembuatan",
                   "Jenis Informasi", "Bentuk Informasi"]
    elif target == "laporan_layanan":
        headers = ["No", "Judul Laporan", "Tahun", "Unduh"]
    else:
        headers = ["No", "Judul Informasi", "Tanggal", "Unduh"]
    intro = b.rng.choice((C.FILLER[1] + " " + C.FILLER[5], C.FILLER[0] + " " + C.FILLER[6] + " " + C.FILLER[2]))
    blocks: list[tuple[Any, ...]] = [("p", intro), ("datatable", label, headers, [], style)]
    key = b.page("informasi", target.replace("_", "-") + "-daftar", label, blocks, menu="informasi", label=label)
    b.s.marks[target] = Mark(False, [key], label, decoy=f"listing '{label}' has no rows ({style})", cls="empty_listing")


# --------------------------------------------------------------------------- placeholder data


def _placeholder_kontak(b: SiteBuilder, target: str) -> None:
    rng = b.rng
    label = b.label("kontak")
    variant = rng.choice(("junk", "brackets", "sample_phone", "diperbarui"))
    if variant == "junk":
        lines = [f"Alamat: {rng.choice(_JUNK)}", f"Telepon: {rng.choice(_JUNK)}", f"Email: {rng.choice(('asd', 'test', 'sad'))}"]
    elif variant == "brackets":
        lines = ["Alamat: [Alamat Kantor PPID]", "Telepon: [Nomor Telepon]", "Email: [Alamat Email]"]
    elif variant == "sample_phone":
        lines = ["Alamat: Jl. Contoh No. 123, Kota", rng.choice(("Telepon: (021) 1234 5678", "Telepon: +62 812-3456-7890",
                                                                "Telepon: 0812 3456 7890")), "Email: test"]
    else:
        lines = ["Alamat: Sedang diperbarui", "Telepon: Sedang diperbarui", "Email: Sedang diperbarui"]
    blocks: list[tuple[Any, ...]] = [("h3", "KONTAK"), *(("p", x) for x in lines),
                                     ("p", "Silakan menghubungi kami pada jam kerja. " + C.FILLER[6] + " " + C.FILLER[0])]
    key = b.page("kontak", "kontak", label, blocks, menu="kontak", label=label)
    b.s.marks["kontak"] = Mark(False, [key], label, decoy=f"contact block holds test data ({variant})",
                               cls="placeholder_data")


def _placeholder_profil(b: SiteBuilder, target: str) -> None:
    label = b.label("profil_ppid")
    j = b.rng.choice
    blocks: list[tuple[Any, ...]] = [("h2", "Visi"), ("p", j(_JUNK[:4])), ("h2", "Misi"), ("p", j(_JUNK[:4])),
                                     ("h2", "Tugas dan Fungsi"), ("p", j(("test", "asd asd", "sedang diperbarui")))]
    key = b.page("profil", "profil-ppid", label, blocks, menu="profil", label=label)
    b.s.marks["profil_ppid"] = Mark(False, [key], label, decoy="profile headings hold test data", cls="placeholder_data")
    _struktur_placeholder(b)


# --------------------------------------------------------------------------- weak substitutes


def _weak_lapor(b: SiteBuilder, target: str) -> None:
    s = b.s
    img = f"{s.prefix}/uploads/infografis-sp4n-lapor.jpg"
    s.images.append(img)
    title = b.rng.choice(("Infografis SP4N LAPOR!", "Mengenal SP4N-LAPOR!", "Sosialisasi SP4N LAPOR!"))
    blocks: list[tuple[Any, ...]] = [("img", img, title),
                                     ("p", "Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional adalah sarana aspirasi "
                                           "dan pengaduan masyarakat yang terintegrasi secara nasional. " + C.FILLER[6])]
    key = b.page("informasi", "infografis-sp4n-lapor", title, blocks, menu="layanan", label=title)
    s.marks["lapor"] = Mark(False, [key], title, decoy="a page about SP4N LAPOR! without a link to lapor.go.id",
                            cls="weak_substitute")


def _weak_search(b: SiteBuilder, target: str) -> None:
    b.s.search_popup = True
    b.s.marks["pencarian"] = Mark(False, [b.s.start_path], "", decoy='theme search pop-up whose form posts to "#"',
                                  cls="weak_substitute")


# --------------------------------------------------------------------------- real items in unusual places


def _berkala_docs(b: SiteBuilder) -> list[tuple[str, str]]:
    from .place import _year_title

    out = []
    for item in b.rng.sample(("program_kegiatan", "kinerja", "keuangan", "regulasi"), 3):
        _, stem, rule = C.BERKALA_ITEMS[item]
        date = b.base - dt.timedelta(days=b.rng.randint(5, 120))
        title, year = _year_title(b, stem, date, rule)
        out.append((title, b.doc("berkala", title, date, year, rule)))
    return out


def _megamenu_berkala(b: SiteBuilder, target: str) -> None:
    docs = _berkala_docs(b)
    group = b.rng.choice(C.CATEGORY_LABELS["berkala"][:3])
    for title, path in docs:
        b.menu(group, title, path)
    paths = [p for _, p in docs]
    b.s.marks["berkala"] = Mark(True, [b.s.start_path, *paths], group, docs=paths, rule="berkala", cls="missed_item")


def _column_categories(b: SiteBuilder, target: str) -> None:
    """A 'Klasifikasi Informasi' table: one column per category, items listed under each name."""
    cols = [t for t in ("serta_merta", "setiap_saat") if _absent(b, t)] or [target]
    headers = ["No", *(C.CATEGORY_LABELS[c][0] for c in cols)]
    samples = {"serta_merta": list(C.SERTA_MERTA_NOTICES), "setiap_saat": list(C.DIP_ROWS["setiap_saat"])}
    rows = [[str(n + 1), *(samples[c][n % len(samples[c])] for c in cols)] for n in range(3)]
    label = b.rng.choice(("Klasifikasi Informasi Publik", "Jenis Informasi Publik"))
    key = b.page("informasi", "klasifikasi-informasi", label, [("p", C.FILLER[4]), ("table", "", headers, rows)],
                 menu="informasi", label=label)
    for c in cols:
        b.s.marks[c] = Mark(True, [key], C.CATEGORY_LABELS[c][0], cls="missed_item")


def _sk_pengelola(b: SiteBuilder, target: str) -> None:
    year = b.base.year - b.rng.randint(0, 2)
    title = f"Keputusan Bupati Nomor 188.45/{b.rng.randint(100, 900)}/KPTS/{year}"
    path = b.doc("profil", title, dt.date(year, b.rng.randint(1, 6), b.rng.randint(1, 28)), year, "none")
    label = b.rng.choice(("SK Pengelola PPID", "SK Pengelola Informasi dan Dokumentasi", "SK Tim Pengelola PPID"))
    # under the "Profil PPID" group only where the profile exists (its breadcrumb would name the profile)
    menu = "profil" if (mk := b.s.marks.get("profil_ppid")) is not None and mk.present else "informasi"
    key = b.page("profil", "sk-pengelola-ppid", label, [("p", "Surat keputusan tentang pengelola informasi dan "
                                                              "dokumentasi di lingkungan pemerintah daerah."), ("docs", [path])],
                 menu=menu, label=label)
    b.s.marks["sk_ppid"] = Mark(True, [key, path], label, docs=[path], cls="missed_item")


def _body_maklumat(b: SiteBuilder, target: str) -> None:
    s = b.s
    img = f"{s.prefix}/uploads/maklumat-pelayanan-dinas.jpg"
    s.images.append(img)
    heading = b.rng.choice(("Maklumat Pelayanan", "MAKLUMAT PELAYANAN PUBLIK", "Maklumat Pelayanan Publik"))
    s.pages[s.start_path].blocks += [("h3", heading), ("img", img, "Maklumat Pelayanan"),
                                     ("p", "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
                                           "pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap "
                                           "menerima sanksi sesuai peraturan perundang-undangan yang berlaku.")]
    s.marks["maklumat"] = Mark(True, [s.start_path], heading, cls="missed_item")


def _dip_decree(b: SiteBuilder, target: str) -> None:
    """An old DIP table next to this year's 'SK Penetapan DIP' whose appendix rows carry the current year."""
    year, old = b.base.year, b.base.year - b.rng.randint(3, 4)
    label = b.label("dip")
    # no "Jenis Informasi" column: these rows must not place a category (the truth does not say so)
    headers = ["No", "Ringkasan Isi Informasi", "Pejabat Yang Menguasai Informasi", "Waktu Pembuatan", "Bentuk Informasi"]
    old_rows = [[str(n), text, "Sekretaris Daerah", str(old), "Softcopy"] for n, text in enumerate(C.DIP_ROWS["berkala"][:2], 1)]
    new_rows = [[str(n), text, "Kepala Bidang Informasi", str(year), "Softcopy dan hardcopy"]
                for n, text in enumerate(C.DIP_ROWS["setiap_saat"], 1)]
    decree = b.doc("dip", "SK Penetapan DIP", dt.date(old, 2, 1), old, "none")
    blocks: list[tuple[Any, ...]] = [("table", f"Daftar Informasi Publik Tahun {old}", headers, old_rows),
                                     ("h3", "SK Penetapan Daftar Informasi Publik"), ("docs", [decree]),
                                     ("table", "Lampiran SK Penetapan DIP", headers, new_rows)]
    key = b.page("informasi", "daftar-informasi-publik", label, blocks, menu="informasi", label=label)
    b.s.marks["dip"] = Mark(True, [key], label, rule="dip", dates=[(dt.date(year, 1, 2), year)], cls="missed_item")


# --------------------------------------------------------------------------- unjudged: uji konsekuensi, struktur


def _uji_page(b: SiteBuilder, target: str) -> None:
    year = b.base.year - b.rng.randint(0, 1)
    title = b.rng.choice(("Hasil Uji Konsekuensi", "Berita Acara Uji Konsekuensi", "Uji Konsekuensi Informasi"))
    path = b.doc("dikecualikan", f"{title} {year}", dt.date(year, b.rng.randint(1, 6), 10), year, "none")
    key = b.page("informasi", "uji-konsekuensi", title, [("p", C.FILLER[3]), ("docs", [path])], menu="informasi", label=title)
    b.s.marks["uji_konsekuensi"] = Mark(True, [key, path], title, docs=[path], cls="unjudged")


def _struktur_page(b: SiteBuilder, target: str) -> None:
    s = b.s
    img = f"{s.prefix}/uploads/bagan-struktur-ppid.png"
    s.images.append(img)
    title = b.rng.choice(("Struktur PPID", "Struktur Organisasi PPID", "Bagan Struktur PPID"))
    key = b.page("profil", "struktur-ppid", title, [("img", img, title)], menu="profil", label=title)
    s.marks["struktur"] = Mark(True, [key], title, cls="unjudged")
    s.marks["profil_ppid"] = Mark(True, [key], title)  # the PPID's structure is part of its profile


# target -> (class, placer); several per target are alternatives
_PLACERS: tuple[tuple[str, str, Callable[[SiteBuilder, str], None]], ...] = (
    ("berkala", "empty_listing", _empty_listing),
    ("dikecualikan", "empty_listing", _empty_listing),
    ("laporan_layanan", "empty_listing", _empty_listing),
    ("dip", "empty_listing", _empty_listing),
    ("kontak", "placeholder_data", _placeholder_kontak),
    ("profil_ppid", "placeholder_data", _placeholder_profil),
    ("lapor", "weak_substitute", _weak_lapor),
    ("pencarian", "weak_substitute", _weak_search),
    ("berkala", "missed_item", _megamenu_berkala),
    ("serta_merta", "missed_item", _column_categories),
    ("setiap_saat", "missed_item", _column_categories),
    ("sk_ppid", "missed_item", _sk_pengelola),
    ("maklumat", "missed_item", _body_maklumat),
    ("dip", "missed_item", _dip_decree),
    ("uji_konsekuensi", "unjudged", _uji_page),
    ("struktur", "unjudged", _struktur_page),
)


def _struktur_placeholder(b: SiteBuilder) -> None:
    """A profile placeholder titled 'Struktur Organisasi PPID' is the structure's placeholder too."""
    profil = b.s.marks.get("profil_ppid")
    if profil is not None and not profil.present and profil.where and "struktur" in profil.label.lower():
        b.s.marks["struktur"] = Mark(False, list(profil.where), profil.label, decoy=profil.decoy, cls="unjudged")


def _derive_unjudged(b: SiteBuilder, rng: random.Random) -> None:
    """Truth of ``uji_konsekuensi`` and ``struktur`` from what place_all put on the site."""
    m = b.s.marks
    uji = [it for cat in ("dikecualikan", "setiap_saat") if (mk := m.get(cat)) is not None
           for name, it in mk.items.items() if name == "uji_konsekuensi" and it.present]
    if uji:
        m["uji_konsekuensi"] = Mark(True, [*uji[0].where, *uji[0].docs], uji[0].label, docs=list(uji[0].docs), cls="unjudged")
    profil = m.get("profil_ppid")
    _struktur_placeholder(b)
    if profil is not None and profil.present and profil.where and profil.where[0] in b.s.pages:
        page = b.s.pages[profil.where[0]]
        if "struktur" not in profil.label.lower() and rng.random() < 0.35:
            # a profile without its structure section: the PPID profile is there, its structure is not
            cut = next((i for i, blk in enumerate(page.blocks) if blk[0] == "h2" and "Struktur" in blk[1]), None)
            if cut is not None:
                del page.blocks[cut:cut + 2]
                return
        m["struktur"] = Mark(True, [page.key], "Struktur Organisasi PPID", cls="unjudged")


def apply_pitfalls(b: SiteBuilder, seed: int, index: int) -> None:
    """Place up to three real-world pitfalls on the site being built and mark their class."""
    rng = random.Random(f"{seed}:{index}:pitfalls")
    saved, b.rng = b.rng, rng
    try:
        _derive_unjudged(b, rng)
        options = [(t, cls, f) for t, cls, f in _PLACERS if (_absent(b, t) if t != "pencarian" else not b.s.search)]
        rng.shuffle(options)
        done: set[str] = set()
        for target, _cls, place in options:
            if len(done) >= 3:
                break
            if target in done or not (_absent(b, target) if target != "pencarian" else not b.s.search and not b.s.search_popup):
                continue
            if target == "struktur" and not _absent(b, "profil_ppid"):
                continue  # a structure page is a PPID profile too: only where the site has none
            place(b, target)
            done.add(target)
        for key in ("uji_konsekuensi", "struktur"):
            b.s.marks.setdefault(key, Mark(cls="unjudged"))
            b.s.marks[key].cls = "unjudged"
    finally:
        b.rng = saved

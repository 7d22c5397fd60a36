"""Place the categories and service elements on a site being built, recording their truth.

``place_all`` is called once per site by ``build.build_site`` with the modes it
drew ("page", "pdf", "dip_row", "placeholder", ...).  Each placer adds pages,
documents and menu entries through the builder and writes a ``Mark``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import content as C
from .builder import SiteBuilder
from .layouts import news_list_key
from .model import Mark

__all__ = ["place_all"]

def place_all(b: SiteBuilder, modes: dict[str, str], fresh: str, faults: set[str], pages: int) -> None:
    """Place every target (order matters: later placers link earlier pages)."""
    _profil(b, modes["profil_ppid"], modes["sk_ppid"])
    _laporan(b, modes["laporan_layanan"])
    _berkala(b, modes["berkala"], fresh)
    _serta_merta(b, modes["serta_merta"])
    _setiap_saat(b, modes["setiap_saat"])
    _dikecualikan(b, modes["dikecualikan"])
    _dip(b, modes["dip"], modes)
    _sop(b, "sop_permohonan", modes["sop_permohonan"])
    _sop(b, "sop_keberatan", modes["sop_keberatan"])
    _maklumat(b, modes["maklumat"])
    _jam_biaya(b, modes["jam_biaya_layanan"])
    _formulir(b, "formulir_permohonan", modes["formulir_permohonan"])
    _formulir(b, "formulir_keberatan", modes["formulir_keberatan"])
    _kontak(b, modes["kontak"])
    _lapor(b, modes["lapor"])
    _pencarian(b)
    _news(b, pages)


def _year_title(b: SiteBuilder, stem: str, date: dt.date, rule: str) -> tuple[str, int]:
    if rule == "budget_year":
        return f"{stem} Tahun {date.year - 1}", date.year - 1
    if rule == "program":
        return f"{stem} TA {date.year}", date.year
    style = b.rng.choice(("semester", "year", "month"))
    if style == "semester":  # the last semester that ended before publication
        return (f"{stem} Semester I {date.year}", date.year) if date.month > 6 else \
            (f"{stem} Semester II {date.year - 1}", date.year - 1)
    return f"{stem} {C.fmt_date(date, style)}", date.year


def _profil(b: SiteBuilder, mode: str, sk_mode: str) -> None:
    s, m = b.s, b.s.marks
    if mode == "page":
        label = b.label("profil_ppid")
        blocks = [("h2", "Tugas dan Fungsi"), ("p", C.FILLER[0]), ("h2", "Visi dan Misi"),
                  ("p", "Visi: Terwujudnya pelayanan informasi publik yang transparan – “cepat, tepat dan sederhana”. "
                        "Misi: meningkatkan kualitas layanan dan pengelolaan dokumentasi."),
                  ("p", C.FILLER[2] + " " + C.FILLER[6]),
                  ("h2", "Struktur Organisasi PPID"), ("img", f"{s.prefix}/uploads/struktur-ppid.png", "Struktur PPID"),
                  ("p", "Atasan PPID adalah Sekretaris Daerah; PPID Utama dijabat oleh Kepala Dinas Komunikasi dan "
                        "Informatika, dibantu PPID Pelaksana pada setiap perangkat daerah.")]
        s.images.append(f"{s.prefix}/uploads/struktur-ppid.png")
        key = b.page("profil", "profil-ppid", label, blocks, menu="profil", label=label)
        m["profil_ppid"] = Mark(True, [key], label)
    elif mode == "placeholder":
        m["profil_ppid"] = b.placeholder("profil_ppid", "profil")
    if sk_mode == "pdf":
        year = b.base.year - b.rng.randint(0, 3)
        title = b.rng.choice((f"SK PPID Tahun {year}", f"SK Penetapan PPID {year}", f"Keputusan Penetapan PPID Tahun {year}"))
        path = b.doc("profil", title, dt.date(year, b.rng.randint(1, 6), b.rng.randint(1, 28)), year, "none")
        where = m["profil_ppid"].where[0] if m.get("profil_ppid") and m["profil_ppid"].present else b.unduhan_page()
        b.add_docs(where, [path])
        m["sk_ppid"] = Mark(True, [where, path], title, docs=[path])


def _laporan(b: SiteBuilder, mode: str) -> None:
    s = b.s
    if mode == "absent":
        return
    ok = b.rng.random() < b.item_p + 0.05
    after_due = (b.base.month, b.base.day) > (3, 31)
    latest = (b.base.year - 1 if after_due else b.base.year - 2) if ok else b.base.year - 2 - b.rng.randint(0, 2)
    paths: list[str] = []
    for year in range(latest, latest - b.rng.randint(1, 3), -1):
        stem = b.rng.choice(("Laporan Layanan Informasi Publik Tahun", "Laporan Tahunan Pelayanan Informasi Publik Tahun",
                             "laporan akhir ppid tahun", "Laporan PPID Tahun"))
        date = dt.date(year + 1, b.rng.randint(1, 3), b.rng.randint(1, 28))
        paths.append(b.doc("laporan", f"{stem} {year}", date, year, "annual_report", breakable=bool(paths)))
    label = b.label("laporan_layanan")
    if mode == "page":
        key = b.page("informasi", "laporan-layanan", label, [("p", C.FILLER[1]), ("docs", list(paths))],
                     menu="laporan", label=label)
        if b.rng.random() < 0.4:  # a decoy beside it: a satisfaction survey is not the service report
            survey = b.doc("laporan", f"Laporan Survei Kepuasan Masyarakat {b.base.year - 1}",
                           dt.date(b.base.year - 1, 12, 20), b.base.year - 1, "none")
            b.add_docs(key, [survey])
        where = [key]
    else:
        key = b.unduhan_page()
        b.add_docs(key, paths)
        label = s.docs[paths[0]].title
        where = [key, paths[0]]
    s.marks["laporan_layanan"] = Mark(True, where, label, docs=list(paths), rule="annual_report")


def _berkala(b: SiteBuilder, mode: str, fresh: str) -> None:
    s, rng = b.s, b.rng
    if mode == "placeholder":
        s.marks["berkala"] = b.placeholder("berkala", "informasi")
        return
    if mode == "absent":
        return
    label = rng.choice(C.DIP_JENIS["berkala"]) if mode == "dip_row" else b.label("berkala")
    if mode == "dip_row":
        s.marks["berkala"] = Mark(True, [], label)
        return
    edge = b.recent("edge")
    present = [it for it in C.BERKALA_ITEMS if it != "laporan_akses" and rng.random() < b.item_p]
    present = present or ["profil"]
    lagging = rng.choice(present) if fresh == "partial" else None  # one item left behind
    blocks: list[tuple[Any, ...]] = [("p", "Informasi yang wajib disediakan dan diumumkan secara berkala oleh badan publik. "
                                 + C.FILLER[5])]
    items: dict[str, Mark] = {}
    all_docs: list[str] = []
    for letter, (item, (heading, stem, rule)) in zip("ABCDEFGHIJ", C.BERKALA_ITEMS.items()):
        if item == "laporan_akses":
            lap = s.marks.get("laporan_layanan")
            if lap and lap.present:
                blocks += [("h3", f"{letter}. {heading}"), ("docs", list(lap.docs[:1]))]
                items[item] = Mark(True, [], heading, docs=list(lap.docs[:1]), rule="annual_report")
                all_docs += lap.docs[:1]
            continue
        if item not in present:
            if rng.random() < 0.12:
                blocks += [("h3", f"{letter}. {heading}"), ("dead", "Download")]
                items[item] = Mark(False, [], heading, decoy='download link is href="#"')
            continue
        if fresh == "edge":
            date = edge + dt.timedelta(days=rng.randint(0, 3))
        else:
            date = b.recent("stale" if fresh == "stale" or item == lagging else "fresh")
        title, year = _year_title(b, stem, date, rule)
        kind = "xlsx" if item == "keuangan" and rng.random() < 0.4 else "pdf"
        paths = [b.doc("berkala", title, date, year, rule, kind)]
        if rng.random() < 0.3:
            old = date - dt.timedelta(days=365)
            t2, y2 = _year_title(b, stem, old, rule)
            paths.append(b.doc("berkala", t2, old, y2, rule, kind, breakable=True))
        blocks += [("h3", f"{letter}. {heading}"), ("docs", paths)]
        items[item] = Mark(True, [], heading, docs=list(paths), rule=rule)
        all_docs += paths
    key = b.page("informasi", "informasi-berkala", label, blocks, menu="informasi", label=label)
    for it in items.values():
        if it.present:
            it.where = [key]
    s.marks["berkala"] = Mark(True, [key], label, docs=all_docs, rule="berkala", items=items)


def _serta_merta(b: SiteBuilder, mode: str) -> None:
    s, rng = b.s, b.rng
    if mode == "placeholder":
        s.marks["serta_merta"] = b.placeholder("serta_merta", "informasi")
    elif mode == "dip_row":
        s.marks["serta_merta"] = Mark(True, [], rng.choice(C.DIP_JENIS["serta_merta"]))
    elif mode == "page":
        label = b.label("serta_merta")
        notices = []
        for title in rng.sample(C.SERTA_MERTA_NOTICES, rng.randint(2, 4)):
            d = b.base - dt.timedelta(days=rng.randint(3, 500))
            notices.append((title, d, "Masyarakat dihimbau untuk tetap waspada dan mengikuti arahan petugas. "
                                      + C.FILLER[6]))
        notices.sort(key=lambda n: n[1], reverse=True)
        key = b.page("informasi", "informasi-serta-merta", label, [("notices", notices)], menu="informasi", label=label)
        s.marks["serta_merta"] = Mark(True, [key], label)


def _setiap_saat(b: SiteBuilder, mode: str) -> None:
    s, rng = b.s, b.rng
    if mode == "dip_row":
        s.marks["setiap_saat"] = Mark(True, [], rng.choice(C.DIP_JENIS["setiap_saat"]))
        return
    if mode != "page":
        return
    label = b.label("setiap_saat")
    blocks: list[tuple[Any, ...]] = [("p", C.FILLER[1])]
    items: dict[str, Mark] = {}
    candidates = [item for item in C.SETIAP_SAAT_ITEMS if item != "dip"]
    chosen = [item for item in candidates if rng.random() < b.item_p]
    # a page that is only a filler sentence publishes nothing: a real "setiap saat" page lists something
    for item in chosen or [rng.choice(candidates)]:
        heading, stem = C.SETIAP_SAAT_ITEMS[item]
        year = b.base.year - rng.randint(0, 3)
        path = b.doc("setiap-saat", f"{stem} {year}", dt.date(year, rng.randint(1, 10), rng.randint(1, 28)), year, "none")
        blocks += [("h3", heading), ("docs", [path])]
        items[item] = Mark(True, [], heading, docs=[path])
    key = b.page("informasi", "informasi-setiap-saat", label, blocks, menu="informasi", label=label)
    for it in items.values():
        it.where = [key]
    s.marks["setiap_saat"] = Mark(True, [key], label, items=items)


def _dikecualikan(b: SiteBuilder, mode: str) -> None:
    s, rng = b.s, b.rng
    if mode == "placeholder":
        s.marks["dikecualikan"] = b.placeholder("dikecualikan", "informasi")
        return
    if mode == "dip_row":
        s.marks["dikecualikan"] = Mark(True, [], rng.choice(C.DIP_JENIS["dikecualikan"]))
        return
    if mode == "absent":
        return
    year = b.base.year - rng.randint(0, 2)
    date = dt.date(year, rng.randint(1, 8), rng.randint(1, 28))
    if mode == "pdf":
        title = rng.choice((f"DIK FIX {year}", f"SuratKeteranganDIK Th{year}", f"Daftar Informasi yang dikecualikan Tahun {year}"))
        path = b.doc("dikecualikan", title, date, year, "none")
        where = s.marks["setiap_saat"].where[0] if s.marks.get("setiap_saat") and s.marks["setiap_saat"].present \
            and s.marks["setiap_saat"].where else b.unduhan_page()
        b.add_docs(where, [path])
        s.marks["dikecualikan"] = Mark(True, [where, path], title, docs=[path],
                                       items={"daftar": Mark(True, [where, path], title, docs=[path])})
        return
    label = b.label("dikecualikan")
    rows = [[str(n), text, "Pasal 17 huruf " + rng.choice("abcdefghij"), "Sekretaris Daerah", "5 (lima) tahun"]
            for n, text in enumerate(rng.sample(C.DIK_ROWS, 3), 1)]
    blocks: list[tuple[Any, ...]] = [("p", C.FILLER[1]),
                           ("table", f"Daftar Informasi yang Dikecualikan Tahun {year}",
                            ["No", "Informasi yang Dikecualikan", "Dasar Hukum", "Pejabat", "Jangka Waktu"], rows)]
    items = {"daftar": Mark(True, [], "Daftar Informasi yang Dikecualikan")}
    for item in ("penetapan", "uji_konsekuensi"):
        if rng.random() < b.item_p:
            heading, stem = C.DIKECUALIKAN_ITEMS[item]
            path = b.doc("dikecualikan", f"{stem} {year}", date, year, "none")
            blocks += [("h3", heading), ("docs", [path])]
            items[item] = Mark(True, [], heading, docs=[path])
    key = b.page("informasi", "informasi-dikecualikan", label, blocks, menu="informasi", label=label)
    for it in items.values():
        it.where = [key]
    s.marks["dikecualikan"] = Mark(True, [key], label, items=items)


def _dip(b: SiteBuilder, mode: str, modes: dict[str, str]) -> None:
    s, rng = b.s, b.rng
    if mode == "absent":
        return
    ok = rng.random() < b.item_p
    year = (b.base.year if b.base.month > 2 and rng.random() < 0.5 else b.base.year - 1) if ok \
        else b.base.year - rng.randint(2, 4)
    date = min(dt.date(year, rng.randint(1, 3), rng.randint(1, 28)), b.base - dt.timedelta(days=1))
    fname = rng.choice((f"DIP Tahun {year}", f"sk_dip_{year}", f"Daftar Informasi Publik Tahun {year}"))
    kind = "xlsx" if rng.random() < 0.25 else "pdf"
    label = b.label("dip")
    if mode == "pdf":
        path = b.doc("dip", fname, date, year, "dip", kind)
        sets = s.marks.get("setiap_saat")
        where = sets.where[0] if sets and sets.present and sets.where else b.unduhan_page()
        b.add_docs(where, [path])
        s.marks["dip"] = Mark(True, [where, path], fname, docs=[path], rule="dip")
        if sets and sets.present and sets.where:
            sets.items["dip"] = Mark(True, [where, path], fname, docs=[path])
        return
    rows: list[tuple[str, list[str]]] = []
    for cat in ("berkala", "serta_merta", "setiap_saat", "dikecualikan"):
        if modes[cat] in ("absent", "placeholder"):
            continue
        for text in rng.sample(C.DIP_ROWS[cat], rng.randint(1, 2)):
            jenis = s.marks[cat].label if modes[cat] == "dip_row" else rng.choice(C.DIP_JENIS[cat])
            rows.append((cat, [text, rng.choice(("Sekretaris Daerah", "Kepala Bagian Umum", "Kepala Bidang Informasi")),
                               "PPID Pelaksana", rng.choice((str(year), f"Tahun {year}", f"{year - 1}-{year}")), jenis,
                               rng.choice(("Softcopy & Hardcopy", "Hard copy dan soft copy", "Softfile")),
                               rng.choice(("5 (lima) tahun", "1 Tahun", "Selama Berlaku"))]))
    rng.shuffle(rows)
    if not rows:  # a DIP of none of the categories still lists something (an empty table is no DIP)
        rows.append(("", ["Daftar Informasi Publik", "PPID Utama", "PPID Pelaksana", str(year), "-", "Softcopy", "Selama Berlaku"]))
    headers = ["No", "Ringkasan Isi Informasi", "Pejabat Yang Menguasai Informasi", "Penanggungjawab Pembuatan Informasi",
               "Waktu Pembuatan", "Jenis Informasi", "Bentuk Informasi", "Jangka Waktu Penyimpanan"]
    per_page = 5 if s.layout == "laravel" else 100
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    caption = f"{label} Tahun {year}" if "Tahun" not in label else label
    base_key = ""
    for n, chunk in enumerate(chunks, 1):
        table = ("table", caption, headers, [[str((n - 1) * per_page + i + 1), *r] for i, (_, r) in enumerate(chunk)])
        blocks: list[tuple[Any, ...]] = [table]
        if len(chunks) > 1:
            blocks.append(("pager", n, len(chunks)))
        if n == 1:
            base_key = b.page("informasi", "daftar-informasi-publik", label, blocks, menu="informasi", label=label)
            key = base_key
        else:
            key = f"{base_key}?page={n}"
            s.pages[key] = type(s.pages[base_key])(key, label, blocks, s.pages[base_key].crumbs)
        for cat, _ in chunk:
            if cat and key not in s.marks[cat].where:
                s.marks[cat].where.append(key)
    docs = []
    if rng.random() < 0.5:
        docs = [b.doc("dip", fname, date, year, "dip", kind)]
        b.add_docs(base_key, docs)
    s.marks["dip"] = Mark(True, [base_key], label, docs=docs, rule="dip", dates=[(date, year)])
    sets = s.marks.get("setiap_saat")
    if sets and sets.present and sets.where and sets.where[0] in s.pages:
        s.pages[sets.where[0]].blocks += [("h3", "Daftar Informasi Publik"), ("links", [(label, base_key)])]
        sets.items["dip"] = Mark(True, [sets.where[0]], "Daftar Informasi Publik")


def _sop(b: SiteBuilder, target: str, mode: str) -> None:
    s, rng = b.s, b.rng
    if mode == "code_blue":
        year = b.base.year - 1
        path = b.doc("sop", f"SOP Code Blue RSUD {year}", dt.date(year, 5, 2), year, "none")
        b.menu(b.groups["standar"], "SOP Code Blue RSUD", path)
        s.marks[target] = Mark(False, [], "", decoy="menu 'SOP Code Blue RSUD' (a hospital SOP, not the service SOP)")
        return
    if mode == "absent":
        return
    label = b.label(target)
    if mode == "page":
        steps = (["Pemohon datang ke meja layanan atau mengisi formulir daring",
                  "Petugas mencatat permohonan dan memberikan nomor registrasi",
                  "PPID memproses permohonan paling lambat 10 hari kerja (dapat diperpanjang 7 hari kerja)",
                  "Pemohon menerima informasi atau surat pemberitahuan"] if target == "sop_permohonan" else
                 ["Pemohon mengajukan keberatan paling lambat 30 hari kerja",
                  "Atasan PPID memberikan tanggapan paling lambat 30 hari kerja",
                  "Apabila tidak puas, pemohon dapat mengajukan sengketa ke Komisi Informasi"])
        key = b.page("standar-layanan", target.replace("_", "-"), label,
                     [("p", "Standar operasional prosedur ini menjadi pedoman bagi petugas dan pemohon. " + C.FILLER[0]),
                      ("ol", steps), ("p", C.FILLER[6] + " " + C.FILLER[1])],
                     menu="standar", label=label)
        s.marks[target] = Mark(True, [key], label)
        return
    year = b.base.year - rng.randint(0, 3)
    path = b.doc("sop", f"{label} {year}", dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), year, "none")
    key = b.unduhan_page()
    b.add_docs(key, [path])
    s.marks[target] = Mark(True, [key, path], f"{label} {year}", docs=[path])


def _maklumat(b: SiteBuilder, mode: str) -> None:
    s, rng = b.s, b.rng
    if mode == "placeholder":
        s.marks["maklumat"] = b.placeholder("maklumat", "standar")
        return
    if mode == "absent":
        return
    label = b.label("maklumat")
    blocks: list[tuple[Any, ...]]
    where: list[str]
    if mode == "text":
        blocks = [("p", "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai standar "
                        "pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima "
                        "sanksi sesuai peraturan perundang-undangan yang berlaku."),
                  ("p", "Maklumat ini ditetapkan sebagai wujud komitmen PPID dalam memberikan pelayanan informasi "
                        "publik yang cepat, tepat waktu, biaya ringan dan cara sederhana. " + C.FILLER[6])]
        where = []
    elif mode == "iframe":
        year = b.base.year - rng.randint(0, 2)
        path = b.doc("maklumat", f"Maklumat Pelayanan PPID {year}", dt.date(year, 2, 1), year, "none")
        blocks = [("iframe", path)]
        where = [path]
    else:
        img = f"{s.prefix}/uploads/maklumat-pelayanan.jpg"
        s.images.append(img)
        blocks = [("img", img, label)]
        where = []
    key = b.page("standar-layanan", "maklumat-pelayanan", label, blocks, menu="standar", label=label)
    s.marks["maklumat"] = Mark(True, [key, *where], label)


def _jam_biaya(b: SiteBuilder, mode: str) -> None:
    s = b.s
    hours = f"Senin - Kamis : 08.00 - 16.00 {s.tz}, Jumat : 08.00 - 11.00 {s.tz}, Sabtu - Minggu : Libur"
    if mode == "footer":
        s.footer["hours"] = "Pelayanan Informasi " + hours + " (tidak dipungut biaya)"
        s.marks["jam_biaya_layanan"] = Mark(True, [s.start_path], "Pelayanan Informasi")
    elif mode == "page":
        label = b.label("jam_biaya_layanan")
        blocks = [("h3", "Waktu Layanan"), ("p", hours), ("h3", "Biaya"),
                  ("p", "Layanan informasi tidak dipungut biaya (gratis). Biaya penggandaan salinan ditanggung pemohon."),
                  ("p", C.FILLER[6] + " " + C.FILLER[0])]
        key = b.page("standar-layanan", "waktu-dan-biaya", label, blocks, menu="standar", label=label)
        s.marks["jam_biaya_layanan"] = Mark(True, [key], label)


FORM_FIELDS = {
    "formulir_permohonan": [("nama", "text", "Nama"), ("nik", "text", "NIK/No Identitas"), ("alamat", "text", "Alamat"),
                            ("telepon", "tel", "No. Telepon"), ("email", "email", "Email"),
                            ("rincian", "textarea", "Rincian Informasi yang Dibutuhkan"),
                            ("tujuan", "textarea", "Tujuan Penggunaan Informasi"),
                            ("cara", "select", "Cara Memperoleh Informasi")],
    "formulir_keberatan": [("nama", "text", "Nama"), ("registrasi", "text", "Nomor Registrasi Permohonan"),
                           ("alasan", "select", "Alasan Keberatan"), ("kasus", "textarea", "Kasus Posisi Ringkas"),
                           ("email", "email", "Email")],
}


def _formulir(b: SiteBuilder, target: str, mode: str) -> None:
    s, rng = b.s, b.rng
    if mode == "absent":
        return
    label = b.label(target)
    slug = "permohonan" if target == "formulir_permohonan" else "keberatan"
    blocks: list[tuple[Any, ...]]
    if mode == "form":
        blocks = [("p", C.FILLER[6]), ("form", f"{s.prefix}/{slug}/kirim", FORM_FIELDS[target])]
        key = b.page("layanan", f"formulir-{slug}", label, blocks, menu="layanan", label=label)
        s.marks[target] = Mark(True, [key], label)
    elif mode == "file":
        year = b.base.year - rng.randint(0, 4)
        kind = rng.choice(("docx", "pdf"))
        label = rng.choice(C.SERVICE_LABELS[target][:4])  # a file is named like a form
        path = b.doc("formulir", f"{label} {year}" if rng.random() < 0.5 else label,
                     dt.date(year, rng.randint(1, 12), rng.randint(1, 28)), year, "none", kind)
        key = b.page("layanan", f"formulir-{slug}", label, [("p", C.FILLER[3]), ("docs", [path])], menu="layanan",
                     label=label)
        s.marks[target] = Mark(True, [key, path], label, docs=[path])
    else:
        key = b.page("layanan", f"formulir-{slug}", label, [("p", C.FILLER[3]), ("dead", "Download Formulir")],
                     menu="layanan", label=label)
        s.marks[target] = Mark(False, [], label, decoy=f'page \'{label}\' has only a href="#" download')


def _kontak(b: SiteBuilder, mode: str) -> None:
    s, rng = b.s, b.rng
    words = s.name.lower().split()
    slug = "".join(words[-2:]) + {"kota": "kota", "kabupaten": "kab", "provinsi": "prov"}[s.level]
    if s.role == "pembantu":
        slug = s.id.rsplit(".", 1)[1] + "." + slug
    s.footer["address"] = f"Jl. {rng.choice(('Jenderal Sudirman', 'Gajah Mada', 'Ahmad Yani', 'Diponegoro'))} No. {rng.randint(1, 200)}"
    real = {"phone": C.phone(rng), "email": f"ppid@{slug}.go.id" if rng.random() < 0.6 else f"ppid{slug}@gmail.com"}
    if mode == "page":
        label = b.label("kontak")
        blocks = [("p", f"Alamat: {s.footer['address']}, {s.name}"), ("p", f"Telepon: {real['phone']}"),
                  ("p", f"Email: {real['email']}"), ("p", "Pelayanan Informasi Publik melayani permohonan secara "
                                                               "langsung, melalui surat, telepon maupun surel. "
                                                               + C.FILLER[6])]
        key = b.page("kontak", "kontak", label, blocks, menu="kontak", label=label)
        s.footer.update(real)
        s.marks["kontak"] = Mark(True, [key], label)
    elif mode == "footer":
        s.footer.update(real)
        s.marks["kontak"] = Mark(True, [s.start_path], "Telp/Fax")
    elif mode == "template":
        s.footer.update({"phone": "(0261) 234567", "email": "email@domain.com"})
        s.marks["kontak"] = Mark(False, [s.start_path], "", decoy="template contact (0261) 234567 / email@domain.com")


def _lapor(b: SiteBuilder, mode: str) -> None:
    s, rng = b.s, b.rng
    decoy = "menu 'Laporan' (a report, not LAPOR!)" if any(g == "Laporan" for g, _ in s.menu) else None
    if mode == "text":
        label = b.label("lapor")
        s.lapor_link = (label, rng.choice(("https://www.lapor.go.id", "https://lapor.go.id", "https://www.lapor.go.id/")))
        s.marks["lapor"] = Mark(True, [s.start_path], label, decoy=decoy)
    elif mode == "banner":
        img = f"{s.prefix}/upload/lapor/bannerlapor.png"
        s.images.append(img)
        s.lapor_link = ("img:Lapor", "https://www.lapor.go.id")
        s.marks["lapor"] = Mark(True, [s.start_path], "Lapor", decoy=decoy)
    else:
        s.marks["lapor"] = Mark(False, [], "", decoy=decoy)


def _pencarian(b: SiteBuilder) -> None:
    s = b.s
    if s.layout == "static":
        s.search = False
    label = "Pencarian" if s.layout == "wordpress" else "Cari"
    s.marks["pencarian"] = Mark(True, [s.start_path], label) if s.search else Mark(False)


def _news(b: SiteBuilder, pages: int) -> None:
    s = b.s
    structural = len(s.pages)
    s.news_base = max(2, int((pages - structural) * 10 / 11))
    b.menu("Berita", "Berita", news_list_key(s, 1))

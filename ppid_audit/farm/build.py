"""Build one site's spec: decide what it has, where, under which label, and record the truth.

Every random choice comes from ``random.Random(f"{seed}:{index}")`` in a fixed
order, so a site depends only on (seed, index, faults, pages, base date) and
its day's events.  Labels and decoys follow /work/shared/reference/vocabulary.md.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import content as C
from .builder import SiteBuilder, doc_path, page_key
from .model import Doc, Fault, Mark, PageSpec, SiteSpec
from .pitfalls import apply_pitfalls
from .place import place_all

__all__ = ["build_site"]

PRESENT_P = {"good": 0.92, "medium": 0.68, "poor": 0.35}
CATEGORIES = ("berkala", "serta_merta", "setiap_saat", "dikecualikan")
SERVICES = ("dip", "sop_permohonan", "sop_keberatan", "maklumat", "formulir_permohonan", "formulir_keberatan",
            "laporan_layanan", "profil_ppid", "sk_ppid", "jam_biaya_layanan", "kontak", "lapor", "pencarian")
def _mode(rng: random.Random, p: float, present: tuple[tuple[str, float], ...],
          absent: tuple[tuple[str, float], ...] = (("absent", 1.0),)) -> str:
    options = present if rng.random() < p else absent
    r, acc = rng.random(), 0.0
    for name, w in options:
        acc += w
        if r < acc:
            return name
    return options[-1][0]


def build_site(*, seed: int, index: int, ident: Any, host: str, faults: set[str], pages: int,
               base_date: dt.date, today: dt.date, day: int, events: list[tuple[int, str, float]]) -> SiteSpec:
    """The spec of one site on ``day`` (see module docstring)."""
    rng = random.Random(f"{seed}:{index}")
    pembantu = ident.role == "pembantu"
    layout = "portal" if pembantu else rng.choices(("wordpress", "laravel", "static", "portal"), (4, 3, 2, 1))[0]
    https = "invalid" if "invalid_tls" in faults else ("none" if rng.random() < 0.15 else "valid")
    s = SiteSpec(index=index, seed=seed, day=day, today=today, id=ident.id, name=ident.name, level=ident.level,
                 role=ident.role, parent=ident.parent, host=host, https=https, layout=layout,
                 prefix="/ppid" if layout == "portal" else "", wp_style=rng.choice(("pretty", "pretty", "page_id")),
                 date_style=rng.choice(C.DAY_STYLES), tz=rng.choice(("WITA", "WITA", "WIB")),
                 down="down" in faults, js_nav="js_nav" in faults, js_app="js_app" in faults, sitemap=rng.random() < 0.3,
                 search=rng.random() < 0.7, law_paragraph=rng.random() < 0.5)
    quality = "good" if index == 0 else rng.choice(("good", "medium", "medium", "poor"))
    fresh = "fresh" if index == 0 else rng.choice(("fresh", "fresh", "edge", "stale", "partial"))
    p = PRESENT_P[quality]
    b = SiteBuilder(s, rng, base_date, item_p={"good": 0.9, "medium": 0.6, "poor": 0.35}[quality],
                 broken_p={"good": 0.02, "medium": 0.06, "poor": 0.12}[quality])
    home = s.prefix + "/"
    s.pages[home] = PageSpec(home, "Beranda", [], ("Beranda",))

    modes = {
        "berkala": _mode(rng, p, (("page", .85), ("dip_row", .15)), (("absent", .7), ("placeholder", .3))),
        "serta_merta": _mode(rng, p, (("page", .8), ("dip_row", .2)), (("absent", .7), ("placeholder", .3))),
        "setiap_saat": _mode(rng, p, (("page", .8), ("dip_row", .2))),
        "dikecualikan": _mode(rng, p, (("page", .6), ("pdf", .25), ("dip_row", .15)), (("absent", .7), ("placeholder", .3))),
        "dip": _mode(rng, p, (("table", .7), ("pdf", .3))),
        "laporan_layanan": _mode(rng, p, (("page", .8), ("pdf", .2))),
        "sop_permohonan": _mode(rng, p, (("page", .6), ("pdf", .4)), (("absent", .8), ("code_blue", .2))),
        "sop_keberatan": _mode(rng, p, (("page", .6), ("pdf", .4))),
        "maklumat": _mode(rng, p, (("text", .4), ("iframe", .3), ("img", .3)), (("absent", .7), ("placeholder", .3))),
        "jam_biaya_layanan": _mode(rng, p, (("page", .6), ("footer", .4))),
        "formulir_permohonan": _mode(rng, p, (("form", .5), ("file", .5)), (("absent", .7), ("dead", .3))),
        "formulir_keberatan": _mode(rng, p, (("form", .5), ("file", .5)), (("absent", .7), ("dead", .3))),
        "profil_ppid": _mode(rng, p, (("page", 1.0),), (("absent", .6), ("placeholder", .4))),
        "sk_ppid": _mode(rng, p, (("pdf", 1.0),)),
        "kontak": _mode(rng, p, (("page", .7), ("footer", .3)), (("absent", .5), ("template", .5))),
        "lapor": _mode(rng, p, (("text", .6), ("banner", .4))),
    }
    if modes["dip"] != "table":
        for cat in CATEGORIES:
            if modes[cat] == "dip_row":
                modes[cat] = "page"
    m = s.marks
    place_all(b, modes, fresh, faults, pages)
    apply_pitfalls(b, seed, index)  # real-world pitfalls (issue 11), from their own random stream
    if rng.random() < b.broken_p * 3:  # a menu entry with no page behind it (a DIP decoy, too)
        dead = page_key(s, "standar-layanan", "sop-penetapan-pemutakhiran", 99)
        b.menu(b.groups["standar"], "SOP Penetapan dan Pemutakhiran DIP", dead)
        s.broken.append(dead)
        s.marks.setdefault("dip", Mark()).decoy = "menu 'SOP Penetapan dan Pemutakhiran DIP' (an SOP, and a 404)"
    order = {label: n for n, label in enumerate(b.groups[g] for g in ("profil", "informasi", "standar", "layanan", "laporan"))}
    s.menu.sort(key=lambda entry: order.get(entry[0], 10 if entry[0] != "Berita" else 11))
    for cat in CATEGORIES + SERVICES:
        m.setdefault(cat, Mark())
    _apply_events(b, events, base_date)
    _faults(b, faults)
    return s


def _apply_events(b: SiteBuilder, events: list[tuple[int, str, float]], base: dt.date) -> None:
    s = b.s
    for k, kind, v in events:
        when = base + dt.timedelta(days=k)
        if kind == "publish" and s.marks["berkala"].present and s.marks["berkala"].items:
            live = [name for name, it in s.marks["berkala"].items.items() if it.present and it.docs]
            if live:
                item = live[int(v * len(live))]
                mark = s.marks["berkala"].items[item]
                _, stem, rule = C.BERKALA_ITEMS[item]
                year = when.year - 1 if rule == "budget_year" else when.year
                title = f"{stem} {C.fmt_date(when, 'month')}"
                path = doc_path(s, "berkala", f"{title}.pdf", when)
                while path in s.docs:
                    path = path.replace(".pdf", "-1.pdf")
                s.docs[path] = Doc(path, "pdf", title, when, year, rule)
                mark.docs.insert(0, path)
                s.marks["berkala"].docs.insert(0, path)
                if s.marks["berkala"].where and s.marks["berkala"].where[0] in s.pages:
                    b.add_docs(s.marks["berkala"].where[0], [path])
                continue
            kind = "news"
        if kind == "news" or kind == "publish":
            s.news_extra.append(when)
        elif kind == "fix" and any(p in s.docs for p in s.broken):
            path = next(p for p in s.broken if p in s.docs)
            s.broken.remove(path)
            s.docs[path].broken = False
        elif kind == "toggle_down" and s.index != 0:
            s.down = not s.down


def _faults(b: SiteBuilder, faults: set[str]) -> None:
    s, rng = b.s, b.rng
    p = s.prefix
    structural = [k for k in s.pages if k != p + "/"]
    if "slow" in faults:
        paths = rng.sample(structural, min(2, len(structural))) + [p + "/"]
        for key in paths:
            s.fault_paths[key] = ("slow", round(rng.uniform(1.0, 2.0), 1))
        s.faults.append(Fault("slow", paths, "1-2 s before the status line"))
    if "http_500" in faults:
        paths = [f"{p}/galeri", f"{p}/galeri-video"]
        for key in paths:
            s.fault_paths[key] = ("status", 500)
        s.sidebar += [("Galeri Foto", paths[0]), ("Galeri Video", paths[1])]
        s.faults.append(Fault("http_500", paths, "HTTP 500 Internal Server Error"))
    if "hang" in faults:
        s.fault_paths[f"{p}/data-sektoral"] = ("hang",)
        s.sidebar.append(("Data Sektoral", f"{p}/data-sektoral"))
        s.faults.append(Fault("hang", [f"{p}/data-sektoral"], "never answers"))
    if "redirect_loop" in faults:
        a, c = f"{p}/layanan-lama", f"{p}/layanan-lama/"
        s.fault_paths[a] = ("redirect", c)
        s.fault_paths[c] = ("redirect", a)
        s.sidebar.append(("Layanan (versi lama)", a))
        s.faults.append(Fault("redirect_loop", [a, c], "302 back and forth"))
    if "calendar_trap" in faults:
        t = s.today
        href = f"{p}/agenda?bulan={t.month}&tahun={t.year}"
        s.sidebar.append(("Agenda Kegiatan", href))
        s.faults.append(Fault("calendar_trap", [f"{p}/agenda"], "endless ?bulan=&tahun= calendar"))
    if "pagination_trap" in faults:
        s.sidebar.append(("Pengumuman", f"{p}/pengumuman?page=1"))
        s.faults.append(Fault("pagination_trap", [f"{p}/pengumuman"], "endless ?page=N"))
    if "huge_page" in faults:
        s.fault_paths[f"{p}/arsip/semua"] = ("huge",)
        s.sidebar.append(("Arsip Lengkap", f"{p}/arsip/semua"))
        s.faults.append(Fault("huge_page", [f"{p}/arsip/semua"], "50 MB of HTML, streamed"))
    if "gzip_bomb" in faults:
        s.fault_paths[f"{p}/statistik-pengunjung"] = ("bomb",)
        s.sidebar.append(("Statistik Pengunjung", f"{p}/statistik-pengunjung"))
        s.faults.append(Fault("gzip_bomb", [f"{p}/statistik-pengunjung"], "gzip body inflating to >100 MB"))
    if "wrong_charset" in faults:
        enc = rng.choice(("cp1252-as-utf8", "latin1-nocharset"))
        paths = [k for k in (s.marks["profil_ppid"].where[:1] if s.marks["profil_ppid"].present else []) if k in s.pages]
        paths = paths or [p + "/"]
        for key in paths:
            s.pages[key].encoding = enc
        s.faults.append(Fault("wrong_charset", paths, enc))
    if "private_links" in faults:
        s.private_links = [("Intranet SIPD", "http://192.168.1.10/sipd/login"),
                           ("Simpeg (internal)", "http://10.0.0.5/simpeg/")]
        s.faults.append(Fault("private_links", [u for _, u in s.private_links], "links to private addresses"))
    if "invalid_tls" in faults:
        s.faults.append(Fault("invalid_tls", [], rng.choice(("other_ca", "wrong_name"))))
    if "down" in faults:
        s.faults.append(Fault("down", [], "address not bound: connection refused"))
    if "js_nav" in faults:
        nav = f"{s.prefix}/komponen/navbar.html"
        s.faults.append(Fault("js_nav", [nav], f"menu filled by fetch('{nav}')"))
    if "js_app" in faults:
        s.faults.append(Fault("js_app", [s.start_path, s.prefix + "/api/beranda.json"],
                              "home page built by a script from a JSON endpoint: needs a browser"))
    if s.layout == "wordpress":
        s.robots_disallow = ["/wp-admin/"]
    if rng.random() < 0.35 or s.js_nav:
        s.robots_disallow = [f"{p}/cari", f"{p}/wp-admin/" if s.layout == "wordpress" else f"{p}/admin/"]
        if s.sidebar and rng.random() < 0.5:
            s.robots_disallow.append(s.sidebar[0][1].split("?")[0])

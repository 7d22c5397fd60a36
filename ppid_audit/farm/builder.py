"""The builder a site spec is made with: pages, menus and documents in the style of the site's CMS.

A leaf of the farm: ``build`` (which decides what a site has) and ``place``
(which puts each category and service element on it) both work through it.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import content as C
from .model import Doc, Mark, PageSpec, SiteSpec

__all__ = ["GROUPS", "SiteBuilder", "doc_path", "page_key"]

GROUPS = {
    "profil": ("Profil", "Profil PPID", "Tentang Kami"),
    "informasi": ("Informasi Publik", "Klasifikasi Informasi", "Publikasi"),
    "standar": ("Standar Layanan", "Standart Layanan", "Prosedur"),
    "layanan": ("Layanan Informasi", "Pelayanan Informasi", "Layanan Informasi Online"),
    "laporan": ("Laporan", "Laporan", "Dokumen"),
}


def page_key(s: SiteSpec, group: str, slug: str, n: int) -> str:
    """The path (and query) of a stored page, in the style of the site's CMS."""
    if s.layout == "wordpress":
        return f"/?page_id={100 + 7 * n}" if s.wp_style == "page_id" else f"/{group}/{slug}/"
    if s.layout == "laravel":
        return f"/{group}/{slug}"
    if s.layout == "static":
        return f"/{slug}.html"
    return f"{s.prefix}/{slug}"


def doc_path(s: SiteSpec, folder: str, filename: str, date: dt.date) -> str:
    """Where a document lives (unquoted: spaces are kept raw, as real sites link them)."""
    if s.layout == "wordpress":
        return f"/wp-content/uploads/{date.year}/{date.month:02d}/{filename.replace(' ', '-')}"
    if s.layout == "laravel":
        return f"/storage/informasi/{folder}/{filename}"
    if s.layout == "static":
        return f"/upload/{folder}/{filename}"
    return f"{s.prefix}/uploads/{folder}/{filename}"


class SiteBuilder:
    """Adds pages, menu entries and documents to one ``SiteSpec`` from one ``random.Random``."""


    def __init__(self, s: SiteSpec, rng: random.Random, base: dt.date, *, item_p: float, broken_p: float) -> None:
        self.s, self.rng, self.base = s, rng, base
        self.item_p = item_p  # chance that an item of a category is there
        self.broken_p = broken_p  # chance that a (breakable) document link is dead
        self.n = 0
        self.groups = {g: rng.choice(labels) for g, labels in GROUPS.items()}
        self.unduhan: str | None = None

    # ------------------------------------------------------------ primitives
    def page(self, group: str, slug: str, title: str, blocks: list[tuple[Any, ...]], *,
             menu: str | None = None, label: str | None = None) -> str:
        self.n += 1
        key = page_key(self.s, group, slug, self.n)
        crumbs = ("Beranda", self.groups[menu], label or title) if menu in self.groups else ("Beranda", label or title)
        self.s.pages[key] = PageSpec(key, title, blocks, crumbs)
        if menu is not None:
            self.menu(self.groups.get(menu, label or title), label or title, key)
        return key

    def menu(self, group: str, label: str, href: str) -> None:
        for g, items in self.s.menu:
            if g == group:
                items.append((label, href))
                return
        self.s.menu.append((group, [(label, href)]))

    def doc(self, folder: str, title: str, date: dt.date, year: int, rule: str, kind: str = "pdf",
            filename: str | None = None, *, breakable: bool = False) -> str:
        """Add a document; only ``breakable`` ones (never the sole evidence of a target) may be broken links."""
        date = min(date, self.base - dt.timedelta(days=1))
        name = (filename or title) + "." + kind
        if self.s.layout == "static" and self.rng.random() < 0.5:
            name = name.lower()
        path = doc_path(self.s, folder, name, date)
        while path in self.s.docs:
            path = path.replace("." + kind, "-1." + kind)
        broken = self.rng.random() < self.broken_p * 4 and breakable
        self.s.docs[path] = Doc(path, kind, title, date, year, rule, broken)
        if broken:
            self.s.broken.append(path)
        return path

    def unduhan_page(self) -> str:
        """A generic downloads page for elements published only as a file."""
        if self.unduhan is None:
            label = self.rng.choice(("Unduhan", "Download Area", "Dokumen Publik", "Arsip Dokumen"))
            self.unduhan = self.page("dokumen", "unduhan", label, [("p", C.FILLER[3]), ("docs", [])], menu="laporan",
                                     label=label)
        return self.unduhan

    def add_docs(self, key: str, paths: list[str]) -> None:
        for block in self.s.pages[key].blocks:
            if block[0] == "docs":
                block[1].extend(paths)
                return
        self.s.pages[key].blocks.append(("docs", list(paths)))

    def label(self, target: str) -> str:
        labels = C.CATEGORY_LABELS.get(target) or C.SERVICE_LABELS[target]
        return labels[0] if self.rng.random() < 0.45 else self.rng.choice(labels)

    def recent(self, fresh: str) -> dt.date:
        """A publication date: recent, just inside six months, or long ago."""
        if fresh == "fresh":
            return self.base - dt.timedelta(days=self.rng.randint(5, 150))
        if fresh == "edge":
            return C.sub_months(self.base, 6) + dt.timedelta(days=self.rng.randint(0, 3))  # stale on day 1-4
        return self.base - dt.timedelta(days=self.rng.randint(240, 900))

    def placeholder(self, target: str, menu: str) -> Mark:
        label = self.label(target)
        text = self.rng.choice(("Halaman ini Sedang Diperbarui.", "Konten belum tersedia.", C.LOREM))
        key = self.page("info", target.replace("_", "-"), label, [("p", text)], menu=menu, label=label)
        return Mark(present=False, label=label, decoy=f"menu '{label}' leads to a placeholder page ({text[:30]})",
                    where=[key])

"""The small per-site spec the farm keeps in memory; HTML is rendered from it per request.

A site holds its structural pages (``PageSpec``: a title and a few content
blocks), its documents (``Doc``: metadata only, bytes made on request), its
menu, and the ground-truth marks (``Mark``) the generator recorded while
placing things.  News articles, list pages and traps are not stored: they are
functions of (seed, site, number).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..models import Level, Role

__all__ = ["Doc", "Fault", "Mark", "PageSpec", "SiteSpec"]


@dataclass(slots=True)
class Doc:
    """A linked document.  ``path`` is unquoted (spaces raw, as in the href)."""

    path: str
    kind: str  # pdf | docx | xlsx
    title: str
    date: dt.date  # publication date (shown next to the link, in the file's metadata)
    year: int  # the year it covers (in its name)
    rule: str  # staleness rule: berkala | program | budget_year | annual_report | dip | none
    broken: bool = False  # linked, but the server answers 404


@dataclass(slots=True)
class PageSpec:
    """A stored page.  ``key`` is its path (and query) exactly as linked."""

    key: str
    title: str
    blocks: list[tuple[Any, ...]]
    crumbs: tuple[str, ...] = ()
    encoding: str = "utf-8"  # utf-8 | cp1252-as-utf8 | latin1-nocharset (charset faults)


@dataclass(slots=True)
class Mark:
    """Ground truth of one category, item or service element, as placed by the generator.

    ``where`` holds page keys and document paths; ``docs`` the document paths whose
    dates decide ``current``; ``rule`` names the refresh rule (None: no currency).
    """

    present: bool = False
    where: list[str] = field(default_factory=list)
    label: str = ""
    decoy: str | None = None
    docs: list[str] = field(default_factory=list)
    rule: str | None = None
    dates: list[tuple[dt.date, int]] = field(default_factory=list)  # dated evidence that is not a file: (date, year)
    items: dict[str, "Mark"] = field(default_factory=dict)
    cls: str | None = None  # the real-world failure class this placement reproduces (pitfalls.py), None: base


@dataclass(slots=True)
class Fault:
    kind: str
    paths: list[str] = field(default_factory=list)
    detail: str = ""


@dataclass(slots=True)
class SiteSpec:
    """Everything that defines one simulated site on one simulated day."""

    index: int
    seed: int
    day: int
    today: dt.date
    id: str
    name: str  # "Kabupaten Sungai Lestari" / "Dinas Kesehatan Kota Teluk Damai"
    level: Level
    role: Role
    parent: str | None
    host: str
    https: str  # valid | invalid | none
    layout: str  # wordpress | laravel | static | portal
    prefix: str = ""  # "/ppid" on portal sites
    wp_style: str = "pretty"  # pretty | page_id (WordPress only)
    date_style: str = "long"
    tz: str = "WITA"
    down: bool = False
    js_nav: bool = False
    js_app: bool = False  # home page built by a script from a JSON endpoint (jsapp.py)
    twin_of: str | None = None  # id of the JavaScript-only site this one is the static twin of
    sitemap: bool = False
    search: bool = False
    search_popup: bool = False  # a theme search pop-up whose form posts to "#" (pitfalls.py)
    law_paragraph: bool = False
    pages: dict[str, PageSpec] = field(default_factory=dict)
    docs: dict[str, Doc] = field(default_factory=dict)
    menu: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)  # (group, [(label, href)])
    marks: dict[str, Mark] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    fault_paths: dict[str, tuple[Any, ...]] = field(default_factory=dict)  # page key -> behaviour
    robots_disallow: list[str] = field(default_factory=list)
    private_links: list[tuple[str, str]] = field(default_factory=list)
    sidebar: list[tuple[str, str]] = field(default_factory=list)  # (text, href) on every page
    footer: dict[str, str] = field(default_factory=dict)  # address, phone, email, hours
    lapor_link: tuple[str, str] | None = None  # (text or "img:<alt>", href)
    news_base: int = 0  # news articles existing on day 0
    news_extra: list[dt.date] = field(default_factory=list)  # articles published on later days
    broken: list[str] = field(default_factory=list)  # linked URLs (paths) that 404
    images: list[str] = field(default_factory=list)  # image paths served as a tiny PNG

    @property
    def news_count(self) -> int:
        return self.news_base + len(self.news_extra)

    @property
    def start_path(self) -> str:
        return self.prefix + "/"

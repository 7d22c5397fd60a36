"""The value objects that flow through the pipeline.

registry -> crawl -> page model -> checks -> store -> reports

* ``CrawlSettings`` and ``Site`` come out of the registry (``registry.py``).
* ``Fetch`` is what the crawler records for every URL it requested.
* ``Page`` is the parsed form of an HTML response (built once by ``page.py``).
* ``SitePages`` is everything the crawl of one site produced; checks read it.
* ``Result`` and ``Evidence`` are what checks return; the store keeps them.

Everything here is a frozen dataclass or a plain enum: no I/O, no library types
(no httpx, no selectolax, no SQLAlchemy objects cross a stage boundary).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

__all__ = [
    "CrawlSettings",
    "Evidence",
    "Fetch",
    "FetchKind",
    "Form",
    "FormField",
    "Heading",
    "INDICATORS",
    "Level",
    "Link",
    "Page",
    "Redirect",
    "Result",
    "Role",
    "Severity",
    "Site",
    "SitePages",
    "Status",
    "Table",
    "FoundDate",
    "utcnow",
]

DEFAULT_USER_AGENT = (
    "ppid-audit/0.1 (+https://github.com/ppid-audit/ppid-audit; "
    "audit kepatuhan situs PPID sesuai UU 14/2008)"
)

Level = Literal["provinsi", "kabupaten", "kota"]
Role = Literal["utama", "pembantu"]


def utcnow() -> dt.datetime:
    """The current time, timezone-aware UTC (the only clock the project reads)."""
    return dt.datetime.now(dt.timezone.utc)


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True, kw_only=True)
class CrawlSettings:
    """How politely and how deeply one site is crawled.

    Defaults are those of a good citizen of government servers; ``[defaults]``
    in sites.toml and per-site tables override them.
    """

    max_pages: int = 200
    max_depth: int = 5
    per_host_concurrency: int = 2
    delay: float = 1.0  # seconds between two requests to the same host (jittered)
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    request_deadline: float = 60.0  # whole request, body included
    site_deadline: float = 1800.0  # whole site
    max_body_bytes: int = 5_000_000  # declared and decompressed
    retries: int = 2  # on connection errors and 429/503
    max_retry_after: float = 120.0  # longest Retry-After we wait for
    max_redirects: int = 10
    obey_robots: bool = True
    use_sitemap: bool = True
    check_documents: bool = True  # HEAD / ranged GET of linked documents
    check_external: bool = True  # HEAD / ranged GET of links to other hosts
    max_link_checks: int = 300
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True, kw_only=True)
class Site:
    """One PPID site of the registry."""

    id: str  # Kemendagri region code, pembantu below it ("64.72.bapenda")
    name: str
    level: Level
    role: Role
    parent: str | None
    start_url: str
    verified: bool = True
    scope: tuple[str, ...] = ()  # "host" or "host/path/prefix"; empty: derived from start_url
    aliases: tuple[str, ...] = ()  # other host names of the same site
    province: str | None = None
    settings: CrawlSettings = field(default_factory=CrawlSettings)


# --------------------------------------------------------------------------- crawl


class FetchKind(StrEnum):
    """Why a URL was requested."""

    PAGE = "page"  # an in-scope HTML page, crawled and parsed
    DOCUMENT = "document"  # a linked PDF/DOC(X)/XLS(X)/..., checked for reachability
    EXTERNAL = "external"  # a link to another host, checked for reachability
    ROBOTS = "robots"
    SITEMAP = "sitemap"
    PROBE = "probe"  # https://host/ tried once when the start URL is plain http


@dataclass(frozen=True)
class Redirect:
    url: str
    status: int


@dataclass(frozen=True, kw_only=True)
class Fetch:
    """The outcome of requesting one URL (success or failure: both are data).

    ``error`` is None for any HTTP response (a 404 is a response); otherwise one
    of: dns, connect, tls, timeout, too_large, redirect_loop, too_many_redirects,
    robots (disallowed, never requested), private_address, protocol, decode,
    budget (site deadline reached), other.
    """

    url: str
    kind: FetchKind
    site_id: str
    final_url: str | None = None
    method: str = "GET"
    status: int | None = None
    redirects: tuple[Redirect, ...] = ()
    content_type: str | None = None  # media type only, lower case ("text/html")
    declared_size: int | None = None  # Content-Length (or Content-Range total)
    size: int = 0  # body bytes read (decompressed)
    digest: str | None = None  # "sha256:<hex>" of the body read
    encoding: str | None = None  # charset used to decode an HTML body
    encoding_source: str | None = None  # header, bom, meta, utf-8, cp1252, detected
    last_modified: str | None = None  # raw Last-Modified header (weak evidence)
    elapsed: float = 0.0  # seconds, first byte sent to last byte read
    fetched_at: dt.datetime
    depth: int = 0
    referrer: str | None = None
    error: str | None = None
    error_detail: str | None = None
    truncated: bool = False  # body cut at max_body_bytes

    @property
    def ok(self) -> bool:
        """True for a 2xx response without transport error."""
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def failed(self) -> bool:
        """A broken page, document or link (not robots.txt, sitemap, the https probe, nor a URL we chose not to fetch)."""
        if self.kind in (FetchKind.ROBOTS, FetchKind.SITEMAP, FetchKind.PROBE):
            return False
        if self.error in ("robots", "trap", "budget"):
            return False
        return self.error is not None or (self.status or 0) >= 400


# --------------------------------------------------------------------------- page model


@dataclass(frozen=True)
class Link:
    """A link found on a page.

    ``url`` is absolute and normalised (fragment dropped).  ``text`` is the
    anchor text, or the ``alt``/``title`` of an image inside it.  ``menu_path``
    holds the labels of the menu items above it when the link is inside a
    navigation menu (``("Informasi Publik", "Informasi Berkala")``).
    """

    url: str
    text: str
    tag: str = "a"  # a, iframe, embed, object, option, area
    in_nav: bool = False
    menu_path: tuple[str, ...] = ()
    raw_href: str = ""


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class FormField:
    name: str
    type: str
    label: str


@dataclass(frozen=True)
class Form:
    action: str
    method: str
    fields: tuple[FormField, ...]
    raw_action: str = ""  # the action attribute as written ("#", "javascript:void(0)", "" when absent)
    in_popup: bool = False  # inside a hidden pop-up / modal / overlay container (a theme's search pop-up)


@dataclass(frozen=True)
class Table:
    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # cell texts, capped
    links: tuple[Link, ...] = ()  # links inside the table body


@dataclass(frozen=True)
class FoundDate:
    """A date found in a page, a link text or a file name."""

    date: dt.date
    text: str  # the text it was read from
    precision: Literal["day", "month", "year"]
    source: str  # "text", "link", "table", "filename", "meta", "header"


@dataclass(frozen=True, kw_only=True)
class Page:
    """An HTML page, parsed once.  Checks never re-fetch or re-parse."""

    fetch: Fetch
    url: str  # final URL
    title: str = ""
    lang: str = ""
    text: str = ""  # visible text, whitespace collapsed, capped
    headings: tuple[Heading, ...] = ()
    links: tuple[Link, ...] = ()
    forms: tuple[Form, ...] = ()
    tables: tuple[Table, ...] = ()
    breadcrumbs: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    dates: tuple[FoundDate, ...] = ()
    script_srcs: tuple[str, ...] = ()
    js_fetch_urls: tuple[str, ...] = ()  # URLs that inline scripts fetch()/load()
    js_only: bool = False  # empty nav/body filled by script: a browser is needed

    @property
    def nav_links(self) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.in_nav)


# --------------------------------------------------------------------------- what checks see


@dataclass(frozen=True, kw_only=True)
class SitePages:
    """Everything the crawl of one site produced.

    ``start`` is the fetch of the start URL (None if never attempted).
    ``auditable`` is False when the start URL could not be fetched; then
    ``reason`` says why ("tidak dapat diaudit").
    """

    site: Site
    started_at: dt.datetime
    finished_at: dt.datetime
    start: Fetch | None
    auditable: bool
    reason: str | None = None
    pages: tuple[Page, ...] = ()
    fetches: tuple[Fetch, ...] = ()  # every URL requested, pages included
    robots_txt: str | None = None
    budget_exhausted: bool = False  # site deadline or max_pages reached first
    audit_date: dt.date | None = None

    def page(self, url: str) -> Page | None:
        for p in self.pages:
            if p.url == url or p.fetch.url == url:
                return p
        return None

    def fetch(self, url: str) -> Fetch | None:
        for f in self.fetches:
            if f.url == url:
                return f
        return None


# --------------------------------------------------------------------------- checks


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    WARN = "warn"
    ERROR = "error"
    NOT_APPLICABLE = "not_applicable"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"


# The four website indicators of the older Monev method, which a crawler can
# estimate.  The weights that map checks to scores live in a data file.
INDICATORS: dict[str, tuple[str, str]] = {
    "pengembangan_website": ("Pengembangan website", "Website development"),
    "pengumuman_informasi": ("Pengumuman informasi publik", "Announcing public information"),
    "penyediaan_informasi": ("Penyediaan informasi publik", "Providing public information"),
    "pelayanan_informasi": ("Pelayanan informasi publik", "Public information service"),
}


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """What decided a verdict: where, when, what the server said, what was seen."""

    url: str
    fetched_at: dt.datetime | None = None
    http_status: int | None = None
    digest: str | None = None
    snippet: str = ""  # the label, heading or text that decided it (capped)
    note: str = ""

    @classmethod
    def of(cls, fetch: Fetch, snippet: str = "", note: str = "") -> "Evidence":
        """Evidence pointing at a recorded fetch."""
        return cls(
            url=fetch.final_url or fetch.url,
            fetched_at=fetch.fetched_at,
            http_status=fetch.status,
            digest=fetch.digest,
            snippet=snippet[:500],
            note=note,
        )


@dataclass(frozen=True, kw_only=True)
class Result:
    """One verdict of a check on a site.

    ``message`` is Bahasa Indonesia (the default language of reports),
    ``message_en`` its English version.  ``item`` names the sub-item judged
    when a check returns several results (one per category item, say).
    """

    status: Status
    message: str
    message_en: str = ""
    evidence: tuple[Evidence, ...] = ()
    item: str = ""
    value: float | None = None  # a measured fraction or count, when there is one

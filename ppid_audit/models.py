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
import io
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

__all__ = [
    "StoredResponse",
    "Validators",
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
    "pack_page",
    "Redirect",
    "RenderInfo",
    "Result",
    "Role",
    "Severity",
    "Site",
    "SitePages",
    "Status",
    "unpack_page",
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
    # a linked document at most this big (declared) is read whole, so the page archive keeps its body
    # as evidence; bigger ones are only HEAD-checked. 0: headers only.
    archive_document_bytes: int = 1_000_000
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


class FetchFailure(StrEnum):
    """Why a fetch produced no HTTP response to judge (``Fetch.error``).

    The values are what the ``fetches.error`` column has always held, so
    databases written before this enum existed read back the same.
    """

    DNS = "dns"  # the host name does not resolve
    CONNECT = "connect"  # refused, reset or dropped connection
    TLS = "tls"  # certificate or handshake failure
    TIMEOUT = "timeout"  # connect/read timeout or the request deadline
    TOO_LARGE = "too_large"  # body (after decoding) over max_body_bytes
    BAD_ENCODING = "bad_encoding"  # unknown content-encoding or corrupt compressed data
    REDIRECT_LOOP = "redirect_loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    ROBOTS = "robots"  # disallowed by robots.txt, never requested
    PRIVATE_ADDRESS = "private_address"  # resolves to an address we never contact
    PROTOCOL = "protocol"  # broken HTTP
    DECODE = "decode"  # body not decodable as text
    BUDGET = "budget"  # the site deadline was reached first
    TRAP = "trap"  # crawler trap cut, never requested
    OTHER = "other"

    @property
    def chosen(self) -> bool:
        """A URL we chose not to request (robots, trap, site budget): not a broken page."""
        return self in (FetchFailure.ROBOTS, FetchFailure.TRAP, FetchFailure.BUDGET)


@dataclass(frozen=True)
class Redirect:
    url: str
    status: int


@dataclass(frozen=True, kw_only=True)
class Fetch:
    """The outcome of requesting one URL (success or failure: both are data).

    ``error`` is None for any HTTP response (a 404 is a response); otherwise a
    ``FetchFailure`` (a string enum: ``fetch.error == "timeout"`` still holds),
    with the human explanation in ``error_detail``.
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
    error: FetchFailure | None = None
    error_detail: str | None = None
    truncated: bool = False  # body cut at max_body_bytes
    # Response headers of the final hop, as received: archived with the page (WARC), not a database column.
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)
    rendered: str | None = None  # rendered in headless Chromium, and why (a page.JS_REASONS value)
    # The server answered 304 to a conditional request: status, body and digest are the previous run's
    # stored response it confirmed (crawl/revalidate.py); archived with the page, not a database column.
    revalidated: bool = False

    def __post_init__(self) -> None:
        if self.error is not None and not isinstance(self.error, FetchFailure):
            object.__setattr__(self, "error", FetchFailure(self.error))  # a stored or legacy string

    @property
    def ok(self) -> bool:
        """True for a 2xx response without transport error."""
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def failed(self) -> bool:
        """A broken page, document or link (not robots.txt, sitemap, the https probe, nor a URL we chose not to fetch)."""
        if self.kind in (FetchKind.ROBOTS, FetchKind.SITEMAP, FetchKind.PROBE):
            return False
        if self.error is not None and self.error.chosen:
            return False
        return self.error is not None or (self.status or 0) >= 400


@dataclass(frozen=True)
class Validators:
    """What a previous response of a URL said about its version (sent back in a conditional request)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class StoredResponse:
    """A previously archived response: status, headers (decoded-body form, as archived) and body,
    with what its fetch recorded beyond the archive (a body cut at the cap is its first bytes)."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    declared_size: int | None = None
    truncated: bool = False
    error: FetchFailure | None = None  # too_large for a body cut at the cap
    error_detail: str | None = None


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
class Image:
    """A content image of a page (not a logo, icon or banner; outside menus and footers)."""

    url: str
    alt: str = ""


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
    inert: bool = False  # sends nothing: an action on a developer's host, or none and no name, id or script binding (page.py)


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
class RenderInfo:
    """What headless Chromium did with a ``js_only`` page (``crawl/browser.py``).

    ``error`` is None when the page was rendered (then ``fetch.rendered`` says
    why), else ``browser_missing`` (the auditor's machine has none: not the
    site's fault), ``timeout``, ``crash``, ``error``, ``budget`` (too many
    pages of the site rendered already) or ``incomplete`` (rendered, but the
    DOM still needs what the browser could not get: scripts or data we refused
    or could not fetch, menus it could not open; ``detail`` says which).
    """

    error: str | None = None
    detail: str = ""
    seconds: float = 0.0
    requests: int = 0  # answered through the Fetcher (the page itself excluded)
    blocked: int = 0  # refused: images, fonts, trackers, non-GET, over the cap
    failed: int = 0  # script/data requests refused (trackers aside) or unanswered: the auditor's side
    broken: int = 0  # script/data requests the site answered with an HTTP error: the site's side


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
    meta: dict[str, str] = field(default_factory=dict)  # the page's <meta> tags: name/property -> content
    dates: tuple[FoundDate, ...] = ()
    script_srcs: tuple[str, ...] = ()
    js_fetch_urls: tuple[str, ...] = ()  # URLs that inline scripts fetch()/load()
    js_only: bool = False  # empty nav/body filled by script: a browser is needed
    js_redirect: str | None = None  # target of a window.location redirect
    encoding: str = ""  # the charset the body was decoded with
    encoding_source: str = ""  # where that charset came from (decode.py: header, meta, bom...)
    dead_anchor_count: int = 0  # href="#" anchors with a text that are not menu toggles
    dead_anchor_texts: tuple[str, ...] = ()  # their texts (the first 50)
    content_images: tuple[Image, ...] = ()  # the first 50
    contact_hrefs: tuple[str, ...] = ()  # the addresses of mailto: and tel: links (an 'Email' link's address), the first 20
    parse_error: str | None = None  # set when the parser failed (the page is then empty)
    js_reason: str | None = None  # why: js_redirect, empty_body, loader, script_menu (page.JS_REASONS)
    script_tables: bool = False  # an inline script fills a DataTables table from the server: its rows are not in the HTML
    tabs: tuple[str, ...] = ()  # labels of the content's tab buttons (role=tab, a row of buttons alone in their box)
    render: RenderInfo | None = None  # the browser's work on this page (rendered or not), None: not asked

    @property
    def nav_links(self) -> tuple[Link, ...]:
        return tuple(link for link in self.links if link.in_nav)


# --------------------------------------------------------------------------- what checks see


@dataclass(frozen=True, kw_only=True)
class SitePages:
    """Everything the crawl of one site produced.

    ``start`` is the fetch of the start URL (None if never attempted).
    ``auditable`` is False when the start URL could not be fetched; then
    ``reason`` says why ("tidak dapat diaudit") and ``reason_en`` says it in English.
    """

    site: Site
    started_at: dt.datetime
    finished_at: dt.datetime
    start: Fetch | None
    auditable: bool
    reason: str | None = None
    reason_en: str | None = None
    pages: tuple[Page, ...] = ()
    fetches: tuple[Fetch, ...] = ()  # every URL requested, pages included
    robots_txt: str | None = None
    budget_exhausted: bool = False  # site deadline or max_pages reached first
    audit_date: dt.date | None = None
    # the pages while they wait for their checks, each pickled as it was parsed (``pack_page``): a few KB
    # each instead of tens of KB of objects; ``unpacked()`` gives them back in ``pages``, and ``run_checks``
    # unpacks before any check sees them
    packed_pages: tuple[bytes, ...] = field(default=(), repr=False)

    @property
    def page_count(self) -> int:
        """The pages of the site, packed or not."""
        return len(self.pages) + len(self.packed_pages)

    @property
    def packed_bytes(self) -> int:
        """Bytes of the packed pages (what a site waiting for its checks holds, its fetches aside)."""
        return sum(map(len, self.packed_pages))

    def unpacked(self) -> SitePages:
        """This with every packed page back in ``pages`` (in order, after any unpacked ones), each page's
        fetch the very object of ``fetches`` it was recorded as (the same as an unpacked crawl)."""
        if not self.packed_pages:
            return self
        pages = self.pages + tuple(unpack_page(b, self.fetches) for b in self.packed_pages)
        return replace(self, pages=pages, packed_pages=())

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


class _PagePickler(pickle.Pickler):
    """Pickles a page with its fetch as a reference to the site's fetch list (``persistent_id``)."""

    def __init__(self, out: io.BytesIO, fetch: Fetch | None, index: int | None) -> None:
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self._fetch, self._index = fetch, index

    def persistent_id(self, obj: object) -> int | None:
        return self._index if obj is self._fetch and self._index is not None else None


class _PageUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, fetches: Sequence[Fetch]) -> None:
        super().__init__(io.BytesIO(data))
        self._fetches = fetches

    def persistent_load(self, pid: object) -> Fetch:
        return self._fetches[pid]  # type: ignore[index]


def pack_page(page: Page, fetch_index: int | None = None) -> bytes:
    """``page`` as bytes for ``SitePages.packed_pages``; ``fetch_index``: where ``page.fetch`` itself is in
    the site's ``fetches`` (None: a fetch of its own, a single-page app's view, pickled with the page)."""
    out = io.BytesIO()
    _PagePickler(out, page.fetch if fetch_index is not None else None, fetch_index).dump(page)
    return out.getvalue()


def unpack_page(data: bytes, fetches: Sequence[Fetch]) -> Page:
    """The page ``pack_page`` packed, its fetch taken from ``fetches``."""
    page: Page = _PageUnpickler(data, fetches).load()
    return page


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
    ``reason`` is a stable code of why (``"empty_page"``, say) for code that
    acts on a verdict: decide on it, never on the wording of a message.
    """

    status: Status
    message: str
    message_en: str = ""
    evidence: tuple[Evidence, ...] = ()
    item: str = ""
    value: float | None = None  # a measured fraction or count, when there is one
    reason: str = ""

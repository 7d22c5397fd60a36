"""The frontier of one site: what to crawl next, what to check, what to leave.

Pages are taken breadth-first; link checks (documents, external links) are
interleaved with pages so a site deadline does not starve either.  Trap
rules cut endless URL spaces and report each cut once as a ``trap`` fetch:

* more than ``MAX_QUERY_VARIANTS`` distinct query strings with the same
  parameter names on one path (``?bulan=..&tahun=..`` calendars, ``?page=N``
  paginators); WordPress ``/?page_id=``, ``/?p=`` and ``/?cat=`` count apart;
* more than ``MAX_PATTERN_PAGES`` pages whose path differs only in numbers
  (``/agenda/2024/05``, flipbook ``page22.html``);
* paths deeper than ``MAX_SEGMENTS`` or repeating a segment ``MAX_REPEATS``
  times (relative-link loops such as ``/a/b/a/b/a/b``).
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..models import Fetch, FetchFailure, FetchKind, Site, utcnow
from ..urls import Scope, dedupe_key, is_asset, is_document_url, is_foreign_language, normalise, path_pattern

__all__ = ["Frontier", "Job", "MAX_PATTERN_PAGES", "MAX_QUERY_VARIANTS"]

MAX_QUERY_VARIANTS = 20
MAX_PATTERN_PAGES = 50
MAX_SEGMENTS = 15
MAX_REPEATS = 3


@dataclass(frozen=True)
class Job:
    url: str
    kind: FetchKind
    depth: int = 0
    referrer: str | None = None


class Frontier:
    """Queues, de-duplication, trap detection and budgets of one site's crawl."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self.settings = site.settings
        self.pages: deque[Job] = deque()
        self.checks: deque[Job] = deque()
        self.seen: set[str] = set()  # dedupe keys of pages queued or fetched
        self.checked: set[str] = set()  # URLs queued for a link check
        self.scope = Scope.of(site.start_url, site.scope, site.aliases)  # grows when the start URL redirects
        self.pages_started = 0
        self.capped = False  # max_pages reached with pages left
        self.link_checks = 0
        self._variants: dict[str, set[str]] = {}
        self._patterns: Counter[str] = Counter()
        self._trapped: set[str] = set()
        self._turn = 0
        self._routes: dict[str, tuple[str, FetchKind | None]] = {}  # raw link -> (canonical URL, route)

    # ------------------------------------------------------------------ scope

    def add_host(self, url: str) -> None:
        """Treat the host of ``url`` as part of the site (the start URL moved there)."""
        self.scope = self.scope.with_host(url)
        self._routes.clear()  # links to that host are pages now

    def in_scope(self, url: str) -> bool:
        return url in self.scope

    # ------------------------------------------------------------------ adding

    def mark_seen(self, url: str) -> bool:
        """Record a page as seen; False when it had been seen already."""
        key = dedupe_key(url)
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def _route(self, raw_url: str) -> tuple[str, FetchKind | None]:
        """The canonical URL of a link and what it is: a page, a document, an external link (None: left).

        Memoised per site (a site's menu links recur on every page); forgotten when the scope grows.
        """
        hit = self._routes.get(raw_url)
        if hit is not None:
            return hit
        url = normalise(raw_url)
        route: tuple[str, FetchKind | None]
        if url is None or is_asset(url):
            route = (raw_url, None)
        elif is_document_url(url):
            route = (url, FetchKind.DOCUMENT)
        elif self.in_scope(url):
            route = (url, FetchKind.PAGE)
        else:
            route = (url, FetchKind.EXTERNAL)
        self._routes[raw_url] = route
        return route

    def add_link(self, raw_url: str, *, depth: int, referrer: str | None) -> Fetch | None:
        """Queue a link found on a page at ``depth - 1``; a ``trap`` Fetch when one is cut."""
        url, kind = self._route(raw_url)
        if kind is FetchKind.PAGE:
            return self.add_page(url, depth=depth, referrer=referrer)
        if kind is FetchKind.DOCUMENT:
            if self.settings.check_documents:
                self._add_check(Job(url, FetchKind.DOCUMENT, depth, referrer))
        elif kind is FetchKind.EXTERNAL and self.settings.check_external:
            self._add_check(Job(url, FetchKind.EXTERNAL, depth, referrer))
        return None

    def add_page(self, url: str, *, depth: int, referrer: str | None) -> Fetch | None:
        """Queue an in-scope page unless seen, too deep, foreign-language or a trap."""
        if depth > self.settings.max_depth or is_foreign_language(url):
            return None
        key = dedupe_key(url)
        if key in self.seen:
            return None
        trap = self._trap(url, key)
        if trap is not None:
            if trap in self._trapped:
                return None
            self._trapped.add(trap)
            return Fetch(
                url=url,
                kind=FetchKind.PAGE,
                site_id=self.site.id,
                fetched_at=utcnow(),
                depth=depth,
                referrer=referrer,
                error=FetchFailure.TRAP,
                error_detail=f"jebakan crawler dipotong: {trap}",
            )
        self.seen.add(key)
        self.pages.append(Job(url, FetchKind.PAGE, depth, referrer))
        return None

    def _add_check(self, job: Job) -> None:
        if job.url in self.checked or self.link_checks >= self.settings.max_link_checks:
            return
        self.checked.add(job.url)
        self.link_checks += 1
        self.checks.append(job)

    def _trap(self, url: str, key: str) -> str | None:
        """The name of the trap ``url`` falls into, or None (counts it when not)."""
        parts = urlsplit(url)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) > MAX_SEGMENTS:
            return f"path terlalu dalam: {parts.path[:80]}"
        if segments and Counter(segments).most_common(1)[0][1] >= MAX_REPEATS:
            return f"segmen berulang: {parts.path[:80]}"
        path_key, _, query = key.partition("?")
        if query:
            names = sorted({part.split("=")[0] for part in query.split("&")})
            variants = self._variants.setdefault(path_key + "?" + "&".join(names), set())
            if query not in variants and len(variants) >= MAX_QUERY_VARIANTS:
                return f"lebih dari {MAX_QUERY_VARIANTS} variasi query pada {parts.path}"
            variants.add(query)
        elif any(c.isdigit() for c in parts.path):
            pattern = path_pattern(url)
            if self._patterns[pattern] >= MAX_PATTERN_PAGES:
                return f"lebih dari {MAX_PATTERN_PAGES} halaman berpola {pattern}"
            self._patterns[pattern] += 1
        return None

    # ------------------------------------------------------------------ taking

    def next(self) -> Job | None:
        """The next job: pages breadth-first, a link check every other turn."""
        if self.pages and self.pages_started >= self.settings.max_pages:
            self.capped = True
            self.pages.clear()
        self._turn += 1
        if self.checks and (not self.pages or self._turn % 2 == 0):
            return self.checks.popleft()
        if self.pages:
            self.pages_started += 1
            return self.pages.popleft()
        return None

    def __bool__(self) -> bool:
        return bool(self.pages or self.checks)

"""Per-site memo tables of the matcher: filled while one site's checks run, dropped with the site.

Not a check file.  Every check of a site tokenises the same menus, titles and link texts and asks the
same phrase questions about them; the answers are memoised here, once per site, instead of in
process-wide caches of hundreds of thousands of entries.  ``enter(sp)`` (called by
``_matching.collect``) starts fresh tables when the checks move to another site; the tables are also
dropped as soon as that site's ``SitePages`` is garbage-collected, so a check worker holds nothing
between sites.  The memoised functions are pure (their answers depend on the text only), so a caller
that never names a site still gets the right answers; ``MAX_ENTRIES`` bounds each table for it.
"""

from __future__ import annotations

import weakref
from typing import Any

__all__ = ["MAX_ENTRIES", "MEMO", "SiteMemo", "current", "enter", "memo"]

#: A backstop for callers that never call ``enter`` (a table is emptied when it reaches this size).
MAX_ENTRIES = 100_000


class SiteMemo:
    """The memo tables of one site."""

    __slots__ = ("answers", "found", "links", "pages", "site", "token_matches", "tokens")

    def __init__(self) -> None:
        self.tokens: dict[tuple[str, bool], tuple[str, ...]] = {}  # (short text, camel) -> its tokens
        self.token_matches: dict[str, tuple[str, ...]] = {}  # text token -> the vocabulary tokens it stands for
        self.found: dict[tuple[str, ...], frozenset[int]] = {}  # tokens -> ids of the phrases occurring in them
        self.answers: dict[tuple[str, str, tuple[str, ...]], bool] = {}  # (target, question, tokens) -> answer
        self.pages: dict[int, tuple[Any, str]] = {}  # id(page) -> (page, its normalised main text)
        self.links: dict[int, tuple[Any, tuple[Any, ...]]] = {}  # id(page) -> (page, (facts of its links, of those that may name a target))
        self.site: dict[str, Any] = {}  # facts of the whole site every target asks for (e.g. mislinked URLs)

    def tables(self) -> tuple[dict[Any, Any], ...]:
        return (self.tokens, self.token_matches, self.found, self.answers, self.pages, self.links, self.site)

    def entries(self) -> int:
        """How many answers are held."""
        return sum(len(t) for t in self.tables())

    def clear(self) -> None:
        for t in self.tables():
            t.clear()


#: The one set of tables (cleared in place, so callers may keep a reference to it and its dicts).
MEMO = SiteMemo()
_owner: weakref.ref[Any] | None = None


def memo() -> SiteMemo:
    """The tables of the site whose checks are running."""
    return MEMO


def current() -> Any:
    """The ``SitePages`` whose checks are running (the last ``enter``), or None."""
    return _owner() if _owner is not None else None


def enter(sp: Any) -> None:
    """Make ``sp`` (a ``SitePages``) the current site: empty tables unless they are already its own."""
    global _owner
    if _owner is not None and _owner() is sp:
        return
    MEMO.clear()
    _owner = weakref.ref(sp, _dropped)


def _dropped(ref: weakref.ref[Any]) -> None:
    global _owner
    if ref is _owner:
        MEMO.clear()
        _owner = None

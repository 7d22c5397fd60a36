"""Conditional requests: revalidate last night's pages instead of downloading them again.

The crawler never reads the store.  ``audit.py`` hands ``crawl_site`` a
``PreviousPages`` (any object with this shape; the store's
``store.previous.previous_pages`` builds one from the previous run's page
archive): the validators of each response archived with its body last time
(pages, robots.txt, sitemaps, documents read whole), and ``load(url)``
returning one archived response, read lazily from disk.

A URL with validators is requested with ``If-None-Match`` / ``If-Modified-Since``
(``fetch_conditional``).
On ``304 Not Modified`` the stored response is reused: the page is built from
the stored body exactly as after a 200, and its ``Fetch`` is the stored
response's (status 200, same digest and size) with this run's time, the
304's validators merged into the headers (RFC 9111 section 4.3.4) and
``revalidated=True``; a page whose body was cut at the cap last time is
reused cut, with the same ``too_large`` record (the server confirmed the
whole representation is unchanged, so its first bytes are too).  The verdicts
are therefore those of a full download.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import httpx
import trio

from ..models import Fetch, StoredResponse, Validators
from .reading import declared_size, media_type

if TYPE_CHECKING:
    from .fetch import Fetcher, Response

__all__ = ["PreviousPages", "conditional_headers", "fetch_conditional", "reuse"]

# Headers of a 304 that describe the transfer, not the stored representation: never merged.
_TRANSFER = frozenset({"content-length", "transfer-encoding", "content-encoding", "content-range", "connection",
                       "keep-alive"})


class PreviousPages(Protocol):
    """The previous run's pages of one site, as the crawler needs them."""

    @property
    def validators(self) -> Mapping[str, Validators]: ...

    def load(self, url: str) -> StoredResponse | None:
        """The stored response of ``url`` (blocking file I/O; None when it cannot be read)."""
        ...


def conditional_headers(v: Validators | None) -> dict[str, str]:
    """``If-None-Match`` / ``If-Modified-Since`` for a page's previous validators (empty: none known)."""
    if v is None:
        return {}
    out: dict[str, str] = {}
    if v.etag:
        out["If-None-Match"] = v.etag
    if v.last_modified:
        out["If-Modified-Since"] = v.last_modified
    return out


def _merge(stored: Sequence[tuple[str, str]], fresh: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The stored headers updated with the 304's (a header the 304 sends replaces the stored one)."""
    updated = {k.lower() for k, _ in fresh if k.lower() not in _TRANSFER}
    kept = [(k, v) for k, v in stored if k.lower() not in updated]
    return (*kept, *((k, v) for k, v in fresh if k.lower() in updated))


def reuse(resp: Response, stored: StoredResponse) -> Response:
    """The 304 ``resp`` turned into the stored 200 response it confirmed (see the module docstring)."""
    f = resp.fetch
    headers = _merge(stored.headers, f.headers)
    hdrs = httpx.Headers(list(headers))
    fetch: Fetch = dataclasses.replace(
        f,
        status=stored.status,
        content_type=media_type(hdrs.get("content-type")),
        declared_size=stored.declared_size if stored.declared_size is not None else declared_size(hdrs),
        size=len(stored.body),
        digest="sha256:" + hashlib.sha256(stored.body).hexdigest(),
        last_modified=hdrs.get("last-modified"),
        error=stored.error,
        error_detail=stored.error_detail,
        truncated=stored.truncated,
        headers=headers,
        revalidated=True,
    )
    return dataclasses.replace(resp, fetch=fetch, body=stored.body, content_type_header=hdrs.get("content-type"))


async def fetch_conditional(fetcher: Fetcher, url: str, previous: PreviousPages | None, **kw: Any) -> Response:
    """``fetcher.fetch(url, **kw)``, conditional when ``previous`` holds validators for ``url``.

    A 304 becomes the stored response (``reuse``); when the stored copy cannot
    be read any more, the URL is requested again unconditionally.
    """
    v = previous.validators.get(url) if previous is not None else None
    extra = kw.pop("headers", None) or {}
    resp = await fetcher.fetch(url, headers={**extra, **conditional_headers(v)}, **kw)
    if v is None or resp.fetch.status != 304 or resp.fetch.error is not None:
        return resp
    assert previous is not None
    stored = await trio.to_thread.run_sync(previous.load, resp.fetch.final_url or url)
    if stored is not None:
        return reuse(resp, stored)
    return await fetcher.fetch(url, headers=extra, **kw)

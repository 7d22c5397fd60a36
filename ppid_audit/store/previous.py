"""The previous run's pages of a site, for conditional re-audits (``crawl/revalidate.py``).

``previous_pages`` finds the latest earlier run that archived the site (an
``archives`` row is written when a site finishes, so a site cut off by an
interrupted run is never used), scans its WARC file once for the responses
answered 200 and archived with their whole body (HTML pages, robots.txt,
sitemaps, documents read whole; the record's payload digest equal to the
fetch's) and keeps, per URL, the validators (``ETag``, ``Last-Modified``)
and the record's offset: a few hundred bytes a response.  ``load(url)`` reads one
record back from its offset when the server answers 304, so memory stays
bounded by one page whatever the site's size.

What the fetch recorded beyond the archive comes from the ``fetches`` row:
the declared size, and for a body cut at the cap (``truncated``, archived
cut) its ``too_large`` error, so a reused page is recorded as it was.  A URL
that redirected to an archived page gets that page's validators too.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine, and_, select
from sqlalchemy.exc import SQLAlchemyError
from warcio.archiveiterator import ArchiveIterator

from ..models import FetchFailure, StoredResponse, Validators
from . import schema
from .archive import digest_of

__all__ = ["ArchivedPages", "previous_pages"]

log = logging.getLogger(__name__)
_HTML = ("text/html", "application/xhtml+xml")
_KINDS = ("page", "robots", "sitemap", "document")  # fetched with a GET whose body the archive keeps
_Outcome = tuple[int | None, bool, str | None, str | None]  # declared_size, truncated, error, error_detail


class ArchivedPages:
    """One site's pages in one WARC file: validators in memory, bodies read on demand."""

    def __init__(self, path: Path, offsets: dict[str, int], validators: dict[str, Validators], run_id: int,
                 outcomes: dict[str, _Outcome] | None = None) -> None:
        self.path = path
        self.run_id = run_id
        self._offsets = offsets
        self._validators = validators
        self._outcomes = outcomes or {}

    @property
    def validators(self) -> Mapping[str, Validators]:
        """Per URL (as the crawler requests it), the previous response's validators."""
        return self._validators

    def __len__(self) -> int:
        return len(self._offsets)

    def load(self, url: str) -> StoredResponse | None:
        """The archived response of ``url``; None when absent, unreadable or not matching its digest."""
        offset = self._offsets.get(url)
        if offset is None:
            return None
        try:
            with self.path.open("rb") as fh:
                fh.seek(offset)
                rec = next(iter(ArchiveIterator(fh)), None)
                if rec is None or rec.rec_headers.get_header("WARC-Target-URI") != url:
                    return None
                body = rec.content_stream().read()
                if rec.rec_headers.get_header("WARC-Payload-Digest") != digest_of(body):
                    return None
                h = rec.http_headers
                declared, truncated, error, detail = self._outcomes.get(url, (None, False, None, None))
                return StoredResponse(status=int(h.get_statuscode()), headers=tuple(h.headers), body=body,
                                      declared_size=declared, truncated=truncated,
                                      error=FetchFailure(error) if error else None, error_detail=detail)
        except Exception as exc:  # a damaged or vanished archive: the page is fetched in full
            log.warning("cannot read %s from %s: %s", url, self.path, exc)
            return None


def previous_pages(engine: Engine, archive_dir: Path | None, site_id: str, before_run: int) -> ArchivedPages | None:
    """The pages ``site_id`` had in its latest archived run before ``before_run``; None when there is none."""
    if archive_dir is None:
        return None
    a, f = schema.archives, schema.fetches
    try:
        with engine.connect() as conn:
            row = conn.execute(
                select(a.c.run_id, a.c.path)
                .where(and_(a.c.site_id == site_id, a.c.run_id < before_run))
                .order_by(a.c.run_id.desc()).limit(1)
            ).first()
            if row is None:
                return None
            run_id, rel = row
            fetched = conn.execute(
                select(f.c.url, f.c.final_url, f.c.status, f.c.error, f.c.truncated, f.c.declared_size,
                       f.c.error_detail, f.c.kind, f.c.digest, f.c.method)
                .where(and_(f.c.run_id == run_id, f.c.site_id == site_id, f.c.kind.in_(_KINDS)))
            ).all()
    except SQLAlchemyError as exc:
        log.warning("cannot read the previous run of %s: %s", site_id, exc)
        return None
    path = archive_dir / rel
    if not path.is_file():
        return None
    # the fetch that archived each response: a GET with a body (whole, or cut at the cap), and its digest
    outcomes: dict[str, _Outcome] = {}
    digests: dict[str, tuple[str, str]] = {}  # final URL -> (kind, digest)
    for url, final, status, error, truncated, declared, detail, kind, digest, method in fetched:
        if status == 200 and method == "GET" and digest and (not error or truncated):
            outcomes[final or url] = (declared, bool(truncated), error, detail)
            digests[final or url] = (kind, digest)
    offsets: dict[str, int] = {}
    validators: dict[str, Validators] = {}
    try:
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for rec in records:
                if rec.rec_type != "response" or rec.rec_headers.get_header("WARC-Ppid-Audit-Method"):
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                h = rec.http_headers
                ctype = (h.get_header("Content-Type") or "").split(";")[0].strip().lower()
                kind, digest = digests.get(url, ("", ""))
                if (url not in outcomes or h.get_statuscode() != "200" or (kind == "page" and ctype not in _HTML)
                        or rec.rec_headers.get_header("WARC-Payload-Digest") != digest):
                    continue  # not a whole body: a ranged or headers-only document check, a non-HTML page
                v = Validators(etag=h.get_header("ETag"), last_modified=h.get_header("Last-Modified"))
                if v.etag or v.last_modified:
                    offsets[url], validators[url] = records.get_record_offset(), v
                else:
                    offsets.pop(url, None), validators.pop(url, None)
    except Exception as exc:  # a truncated file (the writer was killed): keep what was read
        log.warning("archive %s read only in part: %s", path, exc)
    for url, final, *_ in fetched:  # a URL that redirected: the response it reached
        if final and final != url and final in validators and url not in validators and (final in outcomes):
            validators[url] = validators[final]
    return ArchivedPages(path, offsets, validators, run_id, {u: outcomes[u] for u in offsets})

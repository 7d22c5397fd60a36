"""The page archive: what decided each verdict, as WARC records (one file per site per run).

Every fetched HTML page is archived with its response headers and its decoded
body; a checked document with its response headers (and its body when it was
read whole).  The record's ``WARC-Payload-Digest`` is the same ``sha256:<hex>``
string stored in ``fetches.digest`` and ``evidence.digest``, so a verdict's
evidence can be found and verified in the archive.  Bodies are stored decoded:
the archived headers drop ``Content-Encoding``/``Transfer-Encoding`` and carry
the decoded length (the original encoding is kept as
``X-Ppid-Audit-Original-Content-Encoding``).

Files live in the archive folder (by default ``<database>-arsip/`` next to a
SQLite database) as ``<run>/<site>.warc.gz``; the ``archives`` table records
each file.  warcio's API is synchronous: the store writer thread writes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

__all__ = ["ArchivedRecord", "SiteArchive", "archive_dir_for", "archive_file_name", "default_archive_dir", "digest_of",
           "read_records"]

_DROP = {"content-encoding", "transfer-encoding", "content-length"}
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def digest_of(body: bytes) -> str:
    """The digest form stored everywhere: ``sha256:<hex>``."""
    return "sha256:" + hashlib.sha256(body).hexdigest()


def archive_file_name(run_id: int, site_id: str) -> str:
    """``<run>/<site>.warc.gz``, relative to the archive folder."""
    return f"{run_id}/{_SAFE.sub('_', site_id)}.warc.gz"


@dataclass(frozen=True)
class ArchivedRecord:
    """One response read back from an archive."""

    url: str
    status: int
    method: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    payload_digest: str
    date: str


class SiteArchive:
    """Appends response records for one site of one run to a gzipped WARC file."""

    def __init__(self, path: Path, *, software: str = "ppid-audit") -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fh = path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        self.records = 0
        if path.stat().st_size == 0:
            info = self._writer.create_warcinfo_record(path.name, {"software": software, "format": "WARC File Format 1.0"})
            self._writer.write_record(info)

    def write_response(
        self,
        *,
        url: str,
        status: int,
        headers: Sequence[tuple[str, str]],
        body: bytes,
        fetched_at: dt.datetime,
        method: str = "GET",
        digest: str | None = None,
        revalidated: bool = False,
    ) -> str:
        """Write one response (``method`` HEAD: headers only); return its payload digest.

        ``revalidated``: the server answered 304 and this is the stored response it
        confirmed (marked ``WARC-Ppid-Audit-Revalidated: 304``).
        """
        kept = [(k, v) for k, v in headers if k.lower() not in _DROP]
        original = [v for k, v in headers if k.lower() == "content-encoding"]
        declared = [v for k, v in headers if k.lower() == "content-length"]
        if declared and method.upper() == "HEAD":
            kept.append(("X-Ppid-Audit-Declared-Length", declared[0]))
        if original:
            kept.append(("X-Ppid-Audit-Original-Content-Encoding", ", ".join(original)))
        kept.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {_reason(status)}", kept, protocol="HTTP/1.1")
        payload_digest = digest or digest_of(body)
        when = fetched_at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
        warc_headers = {"WARC-Date": when, "WARC-Payload-Digest": payload_digest}
        if method.upper() != "GET":
            warc_headers["WARC-Ppid-Audit-Method"] = method.upper()
        if revalidated:
            warc_headers["WARC-Ppid-Audit-Revalidated"] = "304"
        record = self._writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http,
            warc_headers_dict=warc_headers,
        )
        self._writer.write_record(record)
        self.records += 1
        return payload_digest

    def close(self) -> int:
        """Flush and close; return the file's size in bytes."""
        self._fh.close()
        return self.path.stat().st_size

    def __enter__(self) -> SiteArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_records(path: Path) -> Iterator[ArchivedRecord]:
    """Every response record of an archive file, bodies included."""
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            body = rec.content_stream().read()
            h = rec.http_headers
            yield ArchivedRecord(
                url=rec.rec_headers.get_header("WARC-Target-URI"),
                status=int(h.get_statuscode()),
                method=rec.rec_headers.get_header("WARC-Ppid-Audit-Method") or "GET",
                headers=tuple(h.headers),
                body=body,
                payload_digest=rec.rec_headers.get_header("WARC-Payload-Digest"),
                date=rec.rec_headers.get_header("WARC-Date"),
            )


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def default_archive_dir(db: str | Path) -> Path | None:
    """``<database>-arsip/`` next to a SQLite file; None for a server URL (give ``--archive-dir``)."""
    s = str(db)
    if "://" in s and not s.startswith("sqlite:///"):
        return None
    path = Path(s.removeprefix("sqlite:///"))
    return path.with_name(path.stem + "-arsip")


SERVER_HINT = ("a server database (PostgreSQL) has no folder next to it: give --archive-dir DIR (or PPID_AUDIT_ARCHIVE_DIR), "
               "the same folder for every worker and for `evidence` / `prune` (a shared mount when workers run on "
               "several machines)")


def archive_dir_for(db: str | Path, given: Path | None, *, no_archive: bool = False, write: bool = False,
                    what: str = "the page archive") -> Path | None:
    """Where the page archive of ``db`` is, decided before any work starts.

    ``given`` (``--archive-dir`` / ``PPID_AUDIT_ARCHIVE_DIR``) wins; else
    ``<database>-arsip/`` next to a SQLite file.  A server database has no
    default: without ``given`` (or ``no_archive``: audit without an archive,
    hence no WARC evidence and no conditional re-audits) it is a ``ConfigError``
    raised at once, never a missing archive found later.  ``write``: the folder
    is created and must be writable.
    """
    from ..errors import ConfigError

    if no_archive:
        if given is not None:
            raise ConfigError("--archive-dir and --no-archive do not go together")
        return None
    path = given if given is not None else default_archive_dir(db)
    if path is None:
        raise ConfigError(f"{what}: no folder given for the server database {_redacted(str(db))}", hint=SERVER_HINT
                          + ("; or --no-archive to audit without one (no WARC evidence, no conditional re-audits)"
                             if write else ""))
    path = path.expanduser().absolute()
    if write:
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / f".ppid-audit-write-test-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise ConfigError(f"{what}: cannot write in {path}: {exc.strerror or exc}",
                              hint="give a writable --archive-dir") from exc
    return path


def _redacted(url: str) -> str:
    """A database URL without its password."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)

"""``previous_pages``: the validators and bodies of the previous run's archived pages of a site."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy import update

from ppid_audit.models import Fetch, FetchFailure, FetchKind, Redirect, SitePages, utcnow
from ppid_audit.store import schema
from ppid_audit.store.db import open_engine
from ppid_audit.store.previous import previous_pages
from ppid_audit.store.writer import FetchRow, SiteDone, StoreWriter

from .test_store import SITE

BASE = "https://ppid.example.go.id"
DAY = dt.date(2026, 11, 25)


def page(path: str, body: bytes, headers: list[tuple[str, str]], **kw: object) -> FetchRow:
    url = BASE + path
    f = Fetch(url=kw.pop("url", url), final_url=url, kind=FetchKind.PAGE, site_id=SITE.id, status=200,  # type: ignore[arg-type]
              content_type="text/html", fetched_at=utcnow(), size=len(body), declared_size=len(body),
              digest="sha256:" + hashlib.sha256(body).hexdigest(),
              headers=(("Content-Type", "text/html; charset=utf-8"), *headers), **kw)  # type: ignore[arg-type]
    return FetchRow(0, f, None, body)


def audit_run(w: StoreWriter, rows: list[FetchRow], finish: bool = True) -> int:
    run_id = w.start_run(audit_date=DAY, sites=[SITE])
    rows = [FetchRow(run_id, r.fetch, r.page, r.body) for r in rows]
    done = SitePages(site=SITE, started_at=utcnow(), finished_at=utcnow(), start=rows[0].fetch, auditable=True,
                     fetches=tuple(r.fetch for r in rows))
    w.write_batch([*rows, *([SiteDone(run_id, done, ())] if finish else [])])
    return run_id


def test_latest_archived_run_gives_validators_and_reads_bodies_lazily(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "audit.db")
    arsip = tmp_path / "arsip"
    w = StoreWriter(engine, archive_dir=arsip)
    old = audit_run(w, [page("/", b"<p>lama</p>", [("ETag", '"v0"')])])
    big = b"<p>" + b"x" * 5000
    first = audit_run(w, [
        page("/", b"<p>beranda</p>", [("ETag", '"v1"')]),
        page("/profil", b"<p>profil</p>", [("Last-Modified", "Tue, 03 Nov 2026 08:00:00 GMT")]),
        page("/berita", b"<p>berita</p>", []),  # no validator: not conditional
        page("/arsip", big, [("ETag", '"a1"')], truncated=True, error=FetchFailure.TOO_LARGE,
             error_detail="isi lebih dari 5003 byte: dipotong"),
        page("/baru", b"<p>baru</p>", [("ETag", '"b1"')], url=BASE + "/lama",
             redirects=(Redirect(BASE + "/lama", 301),)),
    ])
    audit_run(w, [page("/", b"<p>setengah</p>", [("ETag", '"v2"')])], finish=False)  # interrupted: not used
    w.close_archives()
    current = first + 2

    prev = previous_pages(engine, arsip, SITE.id, current)
    assert prev is not None and prev.run_id == first
    v = prev.validators
    assert v[BASE + "/"].etag == '"v1"' and v[BASE + "/profil"].last_modified == "Tue, 03 Nov 2026 08:00:00 GMT"
    assert BASE + "/berita" not in v
    assert v[BASE + "/lama"] == v[BASE + "/baru"]  # the URL that redirected there
    home = prev.load(BASE + "/")
    assert home is not None and home.body == b"<p>beranda</p>" and home.status == 200
    assert ("ETag", '"v1"') in home.headers
    cut = prev.load(BASE + "/arsip")
    assert cut is not None and cut.body == big and cut.truncated and cut.error is FetchFailure.TOO_LARGE
    assert prev.load(BASE + "/tidak-ada") is None
    # an older run when asked for one before the first
    assert previous_pages(engine, arsip, SITE.id, first).run_id == old  # type: ignore[union-attr]
    assert previous_pages(engine, arsip, SITE.id, old) is None
    assert previous_pages(engine, None, SITE.id, current) is None


def test_a_damaged_or_missing_archive_gives_nothing_to_reuse(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "audit.db")
    arsip = tmp_path / "arsip"
    w = StoreWriter(engine, archive_dir=arsip)
    run = audit_run(w, [page("/", b"<p>beranda</p>" * 50, [("ETag", '"v1"')])])
    prev = previous_pages(engine, arsip, SITE.id, run + 1)
    assert prev is not None and len(prev) == 1
    path = prev.path
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # the last record cut short
    assert prev.load(BASE + "/") is None  # fetched in full, never a half body
    path.unlink()
    assert previous_pages(engine, arsip, SITE.id, run + 1) is None
    with engine.begin() as conn:  # a pruned archive row
        conn.execute(update(schema.archives).values(path="9/hilang.warc.gz"))
    assert previous_pages(engine, arsip, SITE.id, run + 1) is None


def other(path: str, kind: FetchKind, ctype: str, body: bytes | None, method: str = "GET", status: int = 200,
          digest_of_read: bytes | None = None) -> FetchRow:
    """A robots.txt, sitemap or document fetch; ``body`` None: archived without its body (HEAD, a ranged check)."""
    url = BASE + path
    read = body if body is not None else digest_of_read
    f = Fetch(url=url, final_url=url, kind=kind, site_id=SITE.id, status=status, method=method, content_type=ctype,
              fetched_at=utcnow(), size=len(read or b""), declared_size=len(read or b""),
              digest=None if read is None else "sha256:" + hashlib.sha256(read).hexdigest(),
              headers=(("Content-Type", ctype), ("ETag", f'"{path}"')))
    return FetchRow(0, f, None, body)


def test_robots_sitemaps_and_whole_documents_are_revalidated_not_headers_only_checks(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "audit.db")
    arsip = tmp_path / "arsip"
    w = StoreWriter(engine, archive_dir=arsip)
    run = audit_run(w, [
        page("/", b"<p>beranda</p>", [("ETag", '"v1"')]),
        other("/robots.txt", FetchKind.ROBOTS, "text/plain", b"User-agent: *\nDisallow: /x\n"),
        other("/sitemap.xml", FetchKind.SITEMAP, "application/xml", b"<urlset><url><loc>/a</loc></url></urlset>"),
        other("/dip.pdf", FetchKind.DOCUMENT, "application/pdf", b"%PDF-1.4 kecil"),  # read whole
        other("/besar.pdf", FetchKind.DOCUMENT, "application/pdf", None, method="HEAD"),  # headers only
        other("/rentang.pdf", FetchKind.DOCUMENT, "application/pdf", None, digest_of_read=b"%PDF-1.4 awal"),  # ranged GET
    ])
    prev = previous_pages(engine, arsip, SITE.id, run + 1)
    assert prev is not None
    assert set(prev.validators) == {BASE + p for p in ("/", "/robots.txt", "/sitemap.xml", "/dip.pdf")}
    robots = prev.load(BASE + "/robots.txt")
    assert robots is not None and robots.body == b"User-agent: *\nDisallow: /x\n"
    doc = prev.load(BASE + "/dip.pdf")
    assert doc is not None and doc.body == b"%PDF-1.4 kecil" and ("Content-Type", "application/pdf") in doc.headers

"""The evidence pack: manifest, WACZ, digests that match the archive, retention."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from warcio.archiveiterator import ArchiveIterator

from ppid_audit.checking import CheckOutcome
from ppid_audit.cli.main import main
from ppid_audit.models import Evidence, Result, SitePages, Status
from ppid_audit.reports.evidence import build_evidence_pack, emonev_items
from ppid_audit.scoring import Weights
from ppid_audit.store.archive import SiteArchive, archive_file_name, digest_of, read_records
from ppid_audit.store.db import open_engine
from ppid_audit.store.writer import FetchRow, SiteDone, StoreWriter
from ppid_audit.models import Severity
from reports_fixture import SITES, T0, fetch, mk_check

HTTPS = mk_check("reach.https", "pengembangan_website", Severity.HIGH)
BERKALA = mk_check("kategori.berkala", "pengumuman_informasi", Severity.HIGH)

HOME = b"<html><head><title>PPID Kaltim</title></head><body><a href='/berkala'>Informasi Berkala</a></body></html>"
BERKALA_PAGE = b"<html><body><h1>Informasi Berkala</h1><p>LKjIP 2026</p></body></html>"


def _store(tmp_path: Path) -> tuple[Engine, Path, str]:
    db = tmp_path / "audit.db"
    engine = open_engine(db)
    archive_dir = tmp_path / "audit-arsip"
    site = SITES["64"]
    w = StoreWriter(engine, Weights())
    rid = w.start_run(audit_date=dt.date(2026, 11, 25), sites=[site], registry_name="Kaltim")
    rel = archive_file_name(rid, site.id)
    urls = {site.start_url: HOME, site.start_url + "berkala": BERKALA_PAGE}
    with SiteArchive(archive_dir / rel) as arc:
        for url, body in urls.items():
            arc.write_response(url=url, status=200, headers=[("Content-Type", "text/html; charset=utf-8")], body=body,
                               fetched_at=T0)
        records = arc.records
    ev = lambda url: Evidence(url=url, fetched_at=T0, http_status=200, digest=digest_of(urls[url]), snippet="Informasi Berkala")
    outcomes = (
        CheckOutcome(HTTPS, (Result(status=Status.PASS, message="HTTPS", message_en="HTTPS", evidence=(ev(site.start_url),)),)),
        CheckOutcome(BERKALA, (Result(status=Status.FAIL, item="current", message="kedaluwarsa", message_en="stale",
                                      evidence=(ev(site.start_url + "berkala"),)),)),
    )
    start = fetch(site, site.start_url)
    pages = SitePages(site=site, started_at=T0, finished_at=T0, start=start, auditable=True, reason=None, fetches=(start,))
    w.write_batch([FetchRow(rid, start), SiteDone(rid, pages, outcomes)])
    w.finish_run(rid)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO archives (run_id, site_id, path, records, bytes, created_at) "
                          "VALUES (:r, :s, :p, :n, :b, :t)"),
                     {"r": rid, "s": site.id, "p": rel, "n": records, "b": (archive_dir / rel).stat().st_size, "t": T0})
    return engine, archive_dir, str(db)


def test_pack_verifies_without_ppid_audit(tmp_path: Path) -> None:
    engine, archive_dir, _ = _store(tmp_path)
    out = tmp_path / "pack"
    data = build_evidence_pack(engine, "64", out, archive_dir=archive_dir, catalog={})
    assert sorted(p.name for p in out.iterdir()) == ["64.wacz", "MANIFEST.sha256", "index.html", "verdicts.json"]
    # the manifest matches: the recipient's own sha256sum
    subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=out, check=True)
    # the WACZ validates with the wacz tool
    done = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(out / "64.wacz")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # every stored digest matches its archived payload, read back with a standard reader (warcio)
    stored = [e["digest"] for ind in data["indicators"] for c in ind["checks"] for e in c["evidence"]]
    assert stored and data["not_archived"] == []
    with zipfile.ZipFile(out / "64.wacz") as z:
        warcs = [n for n in z.namelist() if n.startswith("archive/")]
        assert {"datapackage.json", "pages/pages.jsonl"} <= set(z.namelist())
        assert any(n.startswith("indexes/") for n in z.namelist())
        payloads = {}
        for rec in ArchiveIterator(io.BytesIO(z.read(warcs[0]))):
            if rec.rec_type == "response":
                body = rec.content_stream().read()
                payloads[rec.rec_headers.get_header("WARC-Target-URI")] = body
                assert rec.rec_headers.get_header("WARC-Payload-Digest") == digest_of(body)
    assert payloads["https://ppid.kaltimprov.go.id/berkala"] == BERKALA_PAGE
    assert set(stored) <= {digest_of(b) for b in payloads.values()}
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Informasi berkala diumumkan di laman" in html  # the e-Monev item
    assert "ada di arsip" in html and "<script" not in html


def test_a_tampered_file_fails_the_manifest(tmp_path: Path) -> None:
    engine, archive_dir, _ = _store(tmp_path)
    out = tmp_path / "pack"
    build_evidence_pack(engine, "64", out, archive_dir=archive_dir)
    (out / "verdicts.json").write_text("{}")
    assert subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=out, capture_output=True).returncode != 0


def test_evidence_and_prune_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine, archive_dir, db = _store(tmp_path)
    assert main(["evidence", "64", "--db", db, "--out", str(tmp_path / "p"), "--lang", "en"]) == 0
    assert "Evidence pack" in (tmp_path / "p" / "index.html").read_text(encoding="utf-8")
    assert main(["evidence", "64", "--db", db, "--out", str(tmp_path / "p")]) == 0  # an earlier pack is replaced
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    assert main(["evidence", "64", "--db", db, "--out", str(tmp_path / "other")]) == 2  # anything else is refused
    assert main(["prune", "--db", db, "--keep", "36500"]) == 0
    assert (archive_dir / "1" / "64.warc.gz").is_file()
    assert main(["prune", "--db", db, "--keep", "0"]) == 0
    assert not (archive_dir / "1" / "64.warc.gz").exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM fetches")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM results")).scalar() == 2  # verdicts stay
        assert conn.execute(text("SELECT COUNT(*) FROM scores")).scalar() > 0


def test_every_check_has_an_emonev_item_or_is_known_to_lack_one() -> None:
    from ppid_audit.checking import load_checks

    items = emonev_items()
    assert {c.id for c in load_checks(entry_points=False)} <= set(items)
    assert all(i["indicator"] in ("jenis_informasi", "kualitas_informasi", "digitalisasi", "sarana_prasarana")
               for i in items.values())


def test_demo_farm_pages_are_archived_with_the_digests_the_verdicts_cite(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "--sites", "5", "--pages", "12", "--seed", "41", "--out", str(out)]) == 0
    engine = open_engine(out / "audit.db", create=False)
    with engine.connect() as conn:
        archives = conn.execute(text("SELECT site_id, path, records FROM archives WHERE run_id = 1")).all()
        audited = set(conn.execute(text("SELECT site_id FROM site_runs WHERE status = 'audited'")).scalars())
        page_digests = set(conn.execute(text("SELECT digest FROM fetches WHERE kind = 'page' AND digest IS NOT NULL")).scalars())
        cited = conn.execute(text("SELECT DISTINCT e.digest FROM evidence e WHERE e.digest IS NOT NULL")).scalars().all()
    assert {a.site_id for a in archives} == audited
    payloads: set[str] = set()
    for a in archives:
        for rec in read_records(out / "audit-arsip" / a.path):
            assert rec.payload_digest == digest_of(rec.body) or rec.method == "HEAD" or rec.body == b""
            payloads.add(digest_of(rec.body))
    assert page_digests <= payloads  # every HTML page read is archived, with the digest the store holds
    with engine.connect() as conn:  # small documents are read whole and archived with their digest too
        doc_digests = set(conn.execute(text("SELECT digest FROM fetches WHERE kind = 'document' AND method = 'GET' "
                                            "AND status = 200 AND digest IS NOT NULL AND size > 0")).scalars())
    assert doc_digests and doc_digests <= payloads
    cited_pages = [d for d in cited if d in page_digests]
    assert cited_pages and set(cited_pages) <= payloads
    site = sorted(audited)[0]
    data = build_evidence_pack(engine, site, tmp_path / "pack", archive_dir=out / "audit-arsip")
    assert all(m["headers_archived"] for m in data["not_archived"])  # only partially read documents
    subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=tmp_path / "pack", check=True)


def test_without_the_wacz_package_the_pack_ships_the_warc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, archive_dir, _ = _store(tmp_path)
    monkeypatch.setitem(sys.modules, "wacz.main", None)  # as on an install without the [evidence] extra
    data = build_evidence_pack(engine, "64", tmp_path / "pack", archive_dir=archive_dir)
    assert data["archive"]["wacz_missing"] and (tmp_path / "pack" / "64.warc.gz").is_file()
    assert [r.url for r in read_records(tmp_path / "pack" / "64.warc.gz")]
    subprocess.run(["sha256sum", "--quiet", "-c", "MANIFEST.sha256"], cwd=tmp_path / "pack", check=True)


def test_the_pack_reads_the_archive_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Digests and the WACZ page list come from one pass over the WARC (big archives are read once)."""
    import ppid_audit.reports.evidence as evidence

    engine, archive_dir, _ = _store(tmp_path)
    opened: list[Path] = []

    def counting(path: Path):  # type: ignore[no-untyped-def]
        opened.append(path)
        return read_records(path)

    monkeypatch.setattr(evidence, "read_records", counting)
    monkeypatch.setitem(sys.modules, "wacz.main", None)
    data = build_evidence_pack(engine, "64", tmp_path / "pack", archive_dir=archive_dir)
    assert len(opened) == 1 and data["archive"]["records"] == 2

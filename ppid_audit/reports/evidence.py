"""The evidence pack for the Komisi Informasi: verdicts, their proof, and a way to verify it.

``build_evidence_pack(engine, site_id, out_dir)`` writes, for one site and run:

* ``index.html``: a self-contained page (Bahasa Indonesia, or English) with
  each estimated website indicator and each check: verdict, decisive URL,
  HTTP status, fetch time, digest, snippet and the e-Monev questionnaire item
  it answers (``checks/emonev.toml``; items marked uncertain say so);
* ``<site>.wacz``: the site's archived pages (WARC records, built with the
  ``wacz`` package: CDXJ index, pages list, datapackage.json with hashes),
  replayable offline in ReplayWeb.page or pywb;
* ``verdicts.json``: the same verdicts as data;
* ``MANIFEST.sha256``: the sha256 of every other file, checkable with
  ``sha256sum -c MANIFEST.sha256``.

Every evidence digest is looked up in the archive: the page lists any that
the archive does not hold (a digest of a page archived before this feature, or
a document that was only HEAD-checked).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from ..errors import ConfigError, StoreError
from ..models import INDICATORS, utcnow
from ..store.archive import read_records
from ..store.queries import run_results
from .data import REPORTS_SCHEMA_VERSION, _method

MANIFEST = "MANIFEST.sha256"


def emonev_items() -> dict[str, dict[str, Any]]:
    """The e-Monev questionnaire item each check answers (``checks/emonev.toml``)."""
    with resources.files("ppid_audit.checks").joinpath("emonev.toml").open("rb") as fh:
        return dict(tomllib.load(fh).get("items", {}))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_manifest(folder: Path) -> Path:
    """``MANIFEST.sha256`` over every file of ``folder`` (``sha256sum -c`` format)."""
    lines = [f"{_sha256(p)}  {p.relative_to(folder).as_posix()}"
             for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST]
    out = folder / MANIFEST
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def archive_path(engine: Engine, archive_dir: Path, run_id: int, site_id: str) -> Path | None:
    """The site's WARC file of a run, if one was written."""
    with engine.connect() as conn:
        rel = conn.execute(text("SELECT path FROM archives WHERE run_id = :r AND site_id = :s"),
                           {"r": run_id, "s": site_id}).scalar()
    return archive_dir / rel if rel else None


@dataclass
class _ArchiveScan:
    """What the evidence pack needs from a site's WARC, gathered in one read."""

    by_digest: dict[str, dict[str, Any]] = field(default_factory=dict)
    urls: set[str] = field(default_factory=set)
    html_pages: list[dict[str, Any]] = field(default_factory=list)


def _scan_archive(warc: Path | None) -> _ArchiveScan:
    scan = _ArchiveScan()
    if warc is None or not warc.is_file():
        return scan
    for rec in read_records(warc):
        scan.by_digest.setdefault(rec.payload_digest, {"url": rec.url, "date": rec.date, "status": rec.status})
        scan.urls.add(rec.url)
        if rec.method == "GET" and any(k.lower() == "content-type" and "html" in v.lower() for k, v in rec.headers):
            scan.html_pages.append({"url": rec.url, "date": rec.date})
    return scan


def evidence_data(engine: Engine, site_id: str, run_id: int | None = None, *, archive_dir: Path | None = None,
                  catalog: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """Verdicts, scores and archive lookups of one site in one run, as a JSON-able dict."""
    return _evidence(engine, site_id, run_id, archive_dir=archive_dir, catalog=catalog)[0]


def _evidence(engine: Engine, site_id: str, run_id: int | None, *, archive_dir: Path | None,
              catalog: dict[str, dict[str, str]] | None) -> tuple[dict[str, Any], _ArchiveScan]:
    res = run_results(engine, run_id, site_ids=(site_id,))
    if not res["sites"]:
        raise StoreError(f"site {site_id!r} is not in run {res['run']['id']}", hint="see `ppid-audit results`")
    site = res["sites"][0]
    rid = res["run"]["id"]
    with engine.connect() as conn:
        scores = {r.indicator: {"score": r.score, "band": r.band} for r in conn.execute(
            text("SELECT indicator, score, band FROM scores WHERE run_id = :r AND site_id = :s"), {"r": rid, "s": site_id})}
    warc = archive_path(engine, archive_dir, rid, site_id) if archive_dir is not None else None
    scan = _scan_archive(warc)
    archived, archived_urls = scan.by_digest, scan.urls
    items = emonev_items()
    catalog = catalog or {}
    checks: dict[str, list[dict[str, Any]]] = defaultdict(list)
    missing: list[dict[str, Any]] = []
    for c in site["checks"]:
        for e in c["evidence"]:
            e["archived"] = bool(e.get("digest")) and e["digest"] in archived
            # a document checked with a ranged GET: its headers are archived, not the partial body it read
            e["headers_archived"] = not e["archived"] and e["url"] in archived_urls
            if e.get("digest") and not e["archived"]:
                missing.append({"check": c["id"], "url": e["url"], "digest": e["digest"],
                                "headers_archived": e["headers_archived"]})
        info = catalog.get(c["id"], {})
        checks[c["indicator"]].append({**c, "title": info.get("title", c["id"]), "title_en": info.get("title_en", c["id"]),
                                       "regulation": info.get("regulation", ""), "emonev": items.get(c["id"])})
    return {
        "schema_version": REPORTS_SCHEMA_VERSION,
        "report": "evidence",
        "run": res["run"],
        "site": {k: site[k] for k in ("id", "name", "level", "role", "status", "reason", "start_url", "final_url", "pages")},
        "scores": scores,
        "indicators": [{"key": ind, **scores.get(ind, {"score": None, "band": None}), "checks": checks.get(ind, [])}
                       for ind in INDICATORS],
        "archive": {"file": warc.name if warc else None, "records": len(archived)},
        "not_archived": missing,
        "generated_at": utcnow().isoformat(timespec="seconds"),
        "method": _method(None),
    }, scan


def _pages_jsonl(records: list[dict[str, Any]]) -> str:
    lines = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "ppid-audit evidence"})]
    for r in records:
        lines.append(json.dumps({"url": r["url"], "ts": r["date"], "title": r.get("title") or r["url"]}))
    return "\n".join(lines) + "\n"


def build_wacz(warc: Path, out: Path, pages: list[dict[str, Any]], *, title: str) -> Path:
    """Package one WARC file as a WACZ with the ``wacz`` package (pages list given, not detected)."""
    try:
        from wacz.main import main as wacz_main
    except ImportError as exc:  # an optional extra
        raise ConfigError("the evidence pack needs the wacz package", hint="pip install 'ppid-audit[evidence]'") from exc
    pages_file = out.with_suffix(".pages.jsonl")
    pages_file.write_text(_pages_jsonl(pages), encoding="utf-8")
    import contextlib
    import io

    try:
        with contextlib.redirect_stdout(io.StringIO()):  # wacz prints its progress
            code = wacz_main(["create", "-o", str(out), "-p", str(pages_file), "--title", title,
                              "--date", dt.date.today().isoformat(), str(warc)])
    finally:
        pages_file.unlink(missing_ok=True)
    if code not in (0, None) or not out.is_file():
        raise StoreError(f"wacz could not package {warc}")
    return out


def build_evidence_pack(engine: Engine, site_id: str, out_dir: Path, run_id: int | None = None, *,
                        archive_dir: Path | None = None, lang: str = "id",
                        catalog: dict[str, dict[str, str]] | None = None) -> dict[str, Any]:
    """Write the pack into ``out_dir``; return its data (with ``files``)."""
    from .render_html import render_html

    out_dir.mkdir(parents=True, exist_ok=True)
    data, scan = _evidence(engine, site_id, run_id, archive_dir=archive_dir, catalog=catalog)  # one read of the WARC
    files: list[str] = []
    warc = archive_path(engine, archive_dir, data["run"]["id"], site_id) if archive_dir is not None else None
    if warc is not None and warc.is_file():
        name = f"{warc.stem.removesuffix('.warc')}.wacz"
        try:
            build_wacz(warc, out_dir / name, scan.html_pages, title=f"{data['site']['name']} (run {data['run']['id']})")
            data["archive"]["wacz"] = name
            files.append(name)
        except ConfigError:  # the optional wacz package is missing: ship the WARC itself, still verifiable
            import shutil

            shutil.copyfile(warc, out_dir / warc.name)
            data["archive"]["warc"] = warc.name
            data["archive"]["wacz_missing"] = True
            files.append(warc.name)
    (out_dir / "verdicts.json").write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n",
                                           encoding="utf-8")
    files.append("verdicts.json")
    (out_dir / "index.html").write_text(render_html("evidence", data, lang=lang, catalog=catalog), encoding="utf-8")
    files.append("index.html")
    write_manifest(out_dir)
    data["files"] = [*files, MANIFEST]
    return data

"""Accuracy of the ``present`` verdicts on a small corpus of real PPID page structures.

    .venv/bin/python -m ppid_audit.bench.realworld [--json] [--sites DIR] [--heldout | --tuned] [--batch N] [--static]

Each folder of ``tests/realworld/sites/`` holds a compact rewrite of a public
PPID site (its menu, labels, typos and link patterns) and a ``site.toml``::

    name = "PPID ..."
    level = "kota"                      # provinsi, kabupaten or kota
    heldout = true                      # optional: not used to tune the checks
    batch = 3                           # optional: which held-out batch (scored alone with --batch)
    script_built = true                 # optional: the real site builds menu/content with scripts;
                                        # the pages are what a static crawl sees, the labels judge
                                        # what a browser shows
    audit_date = "2025-11-01"           # optional
    [source]                            # where the structure was read
    repository = "owner/name"
    paths = ["..."]
    [pages]                             # URL path -> HTML file; the first is the start page
    "/" = "home.html"
    [assets]                            # optional: URL path -> non-page file (script, JSON, fragment,
    "/js/app.js" = "app.js"             # CSS), served with the type of its extension, or
    "/api/menu" = { file = "menu.json", type = "application/json" }
    [expected]                          # check id -> "pass" / "warn" / "fail"
    "kategori.berkala" = "pass"
    [reasons]                           # check id -> why, for the non-obvious labels
    "layanan.lapor" = "..."

``[expected]`` must label every id of ``CHECK_IDS`` and may also label the
concepts of ``EXTRA_CONCEPTS`` (e-Monev items no check judged when they were
added).  A labelled concept that no loaded check judges is reported as "no
verdict" (``RealworldScore.unjudged``) and left out of precision and recall;
once a check with that id exists, it is scored like the others.

By default each fixture is audited as the audit really runs
(``realworld_crawl``): served on loopback as ``http://<slug>.example.go.id:<port>/``
(pages, assets, a sitemap of the pages), crawled by ``crawl_site`` and, where
the page model says a browser is needed, rendered in headless Chromium; the
result keeps only the fixture's own pages.  Where Chromium or Playwright is
missing, ``script_built`` fixtures are skipped and the report says so loudly
(``RealworldScore.skipped``).  With ``--static`` (``crawl=False``) every page
is instead parsed from its file with a hand-made ``Fetch`` (kind PAGE, status
200) under ``https://<slug>.example.go.id/``, no crawl and no browser: what
the bench measured before fixtures could carry their scripts.  Every check of
``load_checks()`` runs on the resulting ``SitePages`` and the first result
whose ``item`` is ``present`` is compared with the label.

A violation is the positive class, as in ``accuracy.py``: ``fail`` where the
label says ``fail`` is a true positive; ``pass`` and ``warn`` are negatives
(warn means "unsure", never an accusation).  ``error`` and
``not_applicable`` verdicts are counted as negatives too, and listed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .accuracy import precision_recall
from ..checking import Check, load_checks, run_checks
from ..models import Fetch, FetchKind, Page, Site, SitePages, Status
from ..page import parse_page
from .realworld_crawl import Skipped, asset_type, crawl_fixtures

__all__ = [
    "CHECK_IDS",
    "EXTRA_CONCEPTS",
    "Disagreement",
    "Fixture",
    "RealworldScore",
    "default_sites_dir",
    "load_fixture",
    "load_fixtures",
    "render",
    "run_fixture",
    "score_corpus",
    "site_pages",
]

CHECK_IDS: tuple[str, ...] = (
    "kategori.berkala",
    "kategori.serta_merta",
    "kategori.setiap_saat",
    "kategori.dikecualikan",
    "layanan.dip",
    "layanan.sop_permohonan",
    "layanan.sop_keberatan",
    "layanan.maklumat",
    "layanan.formulir_permohonan",
    "layanan.formulir_keberatan",
    "layanan.laporan_layanan",
    "layanan.profil_ppid",
    "layanan.sk_ppid",
    "layanan.jam_biaya_layanan",
    "layanan.kontak",
    "layanan.lapor",
    "layanan.pencarian",
)
EXTRA_CONCEPTS: tuple[str, ...] = (
    "layanan.uji_konsekuensi",  # the consequence test behind the exempt-information list
    "layanan.struktur",  # the PPID organisation structure
)
LABELS = ("pass", "warn", "fail")
DEFAULT_AUDIT_DATE = dt.date(2025, 11, 1)
FETCHED_AT = dt.datetime(2025, 11, 1, 8, 0, tzinfo=dt.timezone.utc)


def default_sites_dir() -> Path:
    """The repository's ``tests/realworld/sites`` folder."""
    return Path(__file__).resolve().parents[2] / "tests" / "realworld" / "sites"


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class Fixture:
    """One rewritten real site: its pages (URL path -> HTML file) and labels."""

    slug: str
    folder: Path
    name: str
    level: str
    pages: tuple[tuple[str, str], ...]
    expected: Mapping[str, str]
    reasons: Mapping[str, str] = field(default_factory=dict)
    source: Mapping[str, Any] = field(default_factory=dict)
    audit_date: dt.date = DEFAULT_AUDIT_DATE
    heldout: bool = False
    batch: int | None = None
    script_built: bool = False
    assets: tuple[tuple[str, str, str], ...] = ()  # (URL path, file, content type): scripts, JSON, fragments

    @property
    def base_url(self) -> str:
        return f"https://{self.slug}.example.go.id"

    def url(self, path: str) -> str:
        """The absolute URL of a fixture path (``/informasi/berkala``)."""
        return self.base_url + (path if path.startswith("/") else "/" + path)


def load_fixture(folder: Path) -> Fixture:
    """Read one fixture folder; raises ``ValueError`` on a malformed ``site.toml``."""
    meta = tomllib.loads((folder / "site.toml").read_text(encoding="utf-8"))
    pages = meta.get("pages") or {}
    if not pages:
        raise ValueError(f"{folder.name}: site.toml has no [pages]")
    for path, fname in pages.items():
        if not (folder / fname).is_file():
            raise ValueError(f"{folder.name}: page {path} -> {fname} is missing")
    assets = _assets(folder, meta.get("assets") or {})
    expected = meta.get("expected") or {}
    unknown = sorted(set(expected) - set(CHECK_IDS) - set(EXTRA_CONCEPTS))
    missing = sorted(set(CHECK_IDS) - set(expected))
    bad = sorted(k for k, v in expected.items() if v not in LABELS)
    if unknown or missing or bad:
        raise ValueError(f"{folder.name}: [expected] unknown={unknown} missing={missing} bad labels={bad}")
    level = meta.get("level", "kabupaten")
    if level not in ("provinsi", "kabupaten", "kota"):
        raise ValueError(f"{folder.name}: level {level!r}")
    raw_date = meta.get("audit_date")
    audit_date = dt.date.fromisoformat(str(raw_date)) if raw_date else DEFAULT_AUDIT_DATE
    heldout = meta.get("heldout", False)
    if not isinstance(heldout, bool):
        raise ValueError(f"{folder.name}: heldout must be true or false, not {heldout!r}")
    script_built = meta.get("script_built", False)
    if not isinstance(script_built, bool):
        raise ValueError(f"{folder.name}: script_built must be true or false, not {script_built!r}")
    batch = meta.get("batch")
    if batch is not None and (not isinstance(batch, int) or isinstance(batch, bool)):
        raise ValueError(f"{folder.name}: batch must be an integer, not {batch!r}")
    return Fixture(
        slug=folder.name,
        folder=folder,
        name=str(meta.get("name", folder.name)),
        level=level,
        pages=tuple((str(k), str(v)) for k, v in pages.items()),
        expected=dict(expected),
        reasons=dict(meta.get("reasons") or {}),
        source=dict(meta.get("source") or {}),
        audit_date=audit_date,
        heldout=heldout,
        batch=batch,
        script_built=script_built,
        assets=assets,
    )


def _assets(folder: Path, table: Mapping[str, Any]) -> tuple[tuple[str, str, str], ...]:
    """``[assets]``: URL path -> file name, or -> {file, type}; each file must exist."""
    out: list[tuple[str, str, str]] = []
    for path, spec in table.items():
        fname, ctype = (spec, None) if isinstance(spec, str) else (spec.get("file"), spec.get("type")) \
            if isinstance(spec, dict) else (None, None)
        if not isinstance(fname, str) or (ctype is not None and not isinstance(ctype, str)) or not path.startswith("/"):
            raise ValueError(f"{folder.name}: asset {path!r} must be a '/path' = \"file\" or {{ file, type }}")
        if not (folder / fname).is_file():
            raise ValueError(f"{folder.name}: asset {path} -> {fname} is missing")
        out.append((str(path), fname, ctype or asset_type(fname)))
    return tuple(out)


def load_fixtures(sites_dir: Path | None = None, heldout: bool | None = None,
                  batch: int | None = None) -> list[Fixture]:
    """Every fixture folder (one holding a ``site.toml``), sorted by slug.

    ``heldout=True`` keeps only the held-out fixtures, ``False`` only the others, ``None`` all;
    ``batch`` keeps only the fixtures of that batch.
    """
    root = sites_dir or default_sites_dir()
    fixtures = [load_fixture(d) for d in sorted(root.iterdir()) if (d / "site.toml").is_file()]
    if heldout is not None:
        fixtures = [fx for fx in fixtures if fx.heldout == heldout]
    if batch is not None:
        fixtures = [fx for fx in fixtures if fx.batch == batch]
    return fixtures


def site_pages(fx: Fixture) -> SitePages:
    """The ``SitePages`` a crawl of the fixture would produce (every page 200, HTML)."""
    site = Site(id=fx.slug, name=fx.name, level=fx.level, role="utama", parent=None,  # type: ignore[arg-type]
                start_url=fx.url(fx.pages[0][0]))
    parsed: list[Page] = []
    fetches: list[Fetch] = []
    for depth, (path, fname) in enumerate(fx.pages):
        body = (fx.folder / fname).read_bytes()
        url = fx.url(path)
        fetch = Fetch(
            url=url, kind=FetchKind.PAGE, site_id=fx.slug, final_url=url, status=200,
            content_type="text/html", size=len(body), digest="sha256:" + hashlib.sha256(body).hexdigest(),
            fetched_at=FETCHED_AT, depth=min(depth, 1), referrer=None if depth == 0 else site.start_url,
        )
        fetches.append(fetch)
        parsed.append(parse_page(fetch, body, content_type_header="text/html; charset=utf-8"))
    return SitePages(
        site=site, started_at=FETCHED_AT, finished_at=FETCHED_AT, start=fetches[0], auditable=True,
        pages=tuple(parsed), fetches=tuple(fetches), audit_date=fx.audit_date,
    )


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Disagreement:
    """A check whose ``present`` verdict differs from the label."""

    slug: str
    check_id: str
    expected: str
    got: str
    message: str
    reason: str = ""

    @property
    def flagged_wrongly(self) -> bool:
        """A ``fail`` where the label is pass/warn (a false positive)."""
        return self.got == "fail" and self.expected != "fail"

    @property
    def missed(self) -> bool:
        """A missing element the check did not flag (a false negative)."""
        return self.expected == "fail" and self.got != "fail"


@dataclass
class RealworldScore:
    """Counts per check, the verdicts got, and the disagreements."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    verdicts: dict[str, dict[str, str]] = field(default_factory=dict)  # slug -> check id -> status
    disagreements: list[Disagreement] = field(default_factory=list)
    unjudged: dict[str, dict[str, str]] = field(default_factory=dict)  # concept -> slug -> label
    skipped: dict[str, str] = field(default_factory=dict)  # slug -> why it was not audited (no browser)
    mode: str = "crawl"  # "crawl" (served, crawled, rendered where needed) or "static" (files parsed)

    def add_unjudged(self, slug: str, concept: str, expected: str) -> None:
        """A labelled concept no loaded check gives a verdict on."""
        self.unjudged.setdefault(concept, {})[slug] = expected

    def add(self, slug: str, check_id: str, expected: str, got: str, message: str, reason: str) -> None:
        self.verdicts.setdefault(slug, {})[check_id] = got
        c = self.counts.setdefault(check_id, {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
        violation, flagged = expected == "fail", got == "fail"
        c["tp" if violation and flagged else "fp" if flagged else "fn" if violation else "tn"] += 1
        if got != expected:
            self.disagreements.append(Disagreement(slug, check_id, expected, got, message, reason))

    _pr = staticmethod(precision_recall)

    def overall(self) -> dict[str, Any]:
        """Precision and recall of ``fail`` over every check and fixture."""
        total = {k: sum(c[k] for c in self.counts.values()) for k in ("tp", "fp", "fn", "tn")}
        return self._pr(total)

    def per_check(self) -> dict[str, dict[str, Any]]:
        return {cid: self._pr(c) for cid, c in sorted(self.counts.items())}

    def agreement(self) -> float:
        """The share of (fixture, check) pairs whose verdict equals the label exactly."""
        n = sum(sum(c.values()) for c in self.counts.values())
        return round(1 - len(self.disagreements) / n, 3) if n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall(),
            "agreement": self.agreement(),
            "checks": self.per_check(),
            "verdicts": self.verdicts,
            "disagreements": [d.__dict__ for d in self.disagreements],
            "no_verdict": {c: dict(sorted(v.items())) for c, v in sorted(self.unjudged.items())},
            "skipped": dict(sorted(self.skipped.items())),
            "mode": self.mode,
        }


def _present_status(results: Iterable[Any]) -> tuple[str, str]:
    """The status and message of the first ``present`` result (or of the first result)."""
    results = list(results)
    chosen = next((r for r in results if r.item == "present"), results[0] if results else None)
    if chosen is None:
        return Status.ERROR.value, "no result"
    return Status(chosen.status).value, chosen.message


def run_fixture(fx: Fixture, checks: Sequence[Check], sp: SitePages | None = None) -> dict[str, tuple[str, str]]:
    """Run the checks on one fixture (``sp``, or its static ``site_pages``): check id -> (present status, message)."""
    sp = site_pages(fx) if sp is None else sp
    wanted = [c for c in checks if c.id in fx.expected]
    return {o.check.id: _present_status(o.results) for o in run_checks(wanted, sp.site, sp)}


def score_corpus(fixtures: Sequence[Fixture] | None = None, checks: Sequence[Check] | None = None,
                 *, crawl: bool = True) -> RealworldScore:
    """Score every fixture's labels against the checks' ``present`` verdicts.

    ``crawl``: audit each fixture through the real crawl path (browser where
    needed; script-built fixtures skipped without one); else parse its files.
    """
    fixtures = load_fixtures() if fixtures is None else fixtures
    checks = load_checks(entry_points=False) if checks is None else checks
    score = RealworldScore(mode="crawl" if crawl else "static")
    crawled: Mapping[str, SitePages | Skipped] = crawl_fixtures(fixtures) if crawl else {}
    for fx in fixtures:
        sp = crawled.get(fx.slug)
        if isinstance(sp, Skipped):
            score.skipped[fx.slug] = sp.reason
            continue
        got = run_fixture(fx, checks, sp)
        for cid in CHECK_IDS:
            status, message = got.get(cid, (Status.NOT_APPLICABLE.value, "check not loaded"))
            score.add(fx.slug, cid, fx.expected[cid], status, message, fx.reasons.get(cid, ""))
        for concept in EXTRA_CONCEPTS:
            if concept not in fx.expected:
                continue
            if concept in got:
                status, message = got[concept]
                score.add(fx.slug, concept, fx.expected[concept], status, message, fx.reasons.get(concept, ""))
            else:
                score.add_unjudged(fx.slug, concept, fx.expected[concept])
    return score


# --------------------------------------------------------------------------- CLI


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.2f}"


def render(score: RealworldScore, n_fixtures: int, subset: str = "") -> str:
    """A plain-text report: per-check and overall precision/recall, then the disagreements."""
    label = f" ({subset})" if subset else ""
    how = "crawled, browser where needed" if score.mode == "crawl" else "static files, no crawl, no browser"
    lines = [f"Real-world corpus{label}: {n_fixtures} sites, {len(CHECK_IDS)} checks (present verdicts; {how})", ""]
    if score.skipped:
        lines.append(f"!!! {len(score.skipped)} SCRIPT-BUILT SITE(S) SKIPPED, NOT SCORED: "
                     f"{', '.join(sorted(score.skipped))}")
        lines.append(f"!!! {next(iter(score.skipped.values()))} (see `ppid-audit doctor`)")
        lines.append("")
    lines.append(f"{'check':30} {'prec':>5} {'rec':>5} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3}")
    for cid, r in score.per_check().items():
        lines.append(f"{cid:30} {_fmt(r['precision']):>5} {_fmt(r['recall']):>5} {r['tp']:>3} {r['fp']:>3} {r['fn']:>3} {r['tn']:>3}")
    o = score.overall()
    lines.append(f"{'OVERALL':30} {_fmt(o['precision']):>5} {_fmt(o['recall']):>5} {o['tp']:>3} {o['fp']:>3} {o['fn']:>3} {o['tn']:>3}")
    lines.append(f"exact agreement (pass/warn/fail): {score.agreement():.2f}")
    lines.append("")
    for concept, labels in sorted(score.unjudged.items()):
        counts = {v: list(labels.values()).count(v) for v in LABELS}
        lines.append(f"no verdict: {concept} (no check loaded): labels {counts}")
    lines.append("")
    lines.append(f"Disagreements ({len(score.disagreements)}):")
    for d in score.disagreements:
        kind = "FALSE POSITIVE" if d.flagged_wrongly else "MISSED" if d.missed else "pass/warn"
        lines.append(f"- {d.slug} {d.check_id}: expected {d.expected}, got {d.got} [{kind}]")
        if d.reason:
            lines.append(f"    label: {d.reason}")
        lines.append(f"    check: {d.message[:300]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the report (or JSON with ``--json``)."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--sites", type=Path, default=None, help="fixture folder (default tests/realworld/sites)")
    subset = ap.add_mutually_exclusive_group()
    subset.add_argument("--heldout", action="store_true", help="score only fixtures with heldout = true")
    subset.add_argument("--tuned", action="store_true", help="score only fixtures without heldout = true")
    ap.add_argument("--batch", type=int, default=None, help="score only fixtures with this batch number")
    ap.add_argument("--static", action="store_true",
                    help="parse the page files as they are: no server, no crawl, no browser (scripts never run)")
    args = ap.parse_args(argv)
    which = True if args.heldout else False if args.tuned else None
    fixtures = load_fixtures(args.sites, heldout=which, batch=args.batch)
    if not fixtures:
        print("no fixtures selected", file=sys.stderr)
        return 1
    score = score_corpus(fixtures, crawl=not args.static)
    if score.skipped:
        print(f"WARNING: {len(score.skipped)} script-built fixture(s) skipped (no browser): "
              f"{', '.join(sorted(score.skipped))}", file=sys.stderr)
    name = "held-out" if args.heldout else "tuned" if args.tuned else ""
    if args.batch is not None:
        name = f"{name} batch {args.batch}".strip()
    if args.json:
        print(json.dumps({"n_sites": len(fixtures), "subset": name or "all", **score.as_dict()}, indent=1, ensure_ascii=False))
    else:
        print(render(score, len(fixtures), name))
    return 0


if __name__ == "__main__":
    sys.exit(main())

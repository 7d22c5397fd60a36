"""Accuracy of the mandatory-category checks against the farm's ground truth.

    .venv/bin/python -m ppid_audit.bench.accuracy [--seed 1] [--sites 30] [--pages 40]

Serves a farm of simulated sites, audits it with the normal pipeline
(``run_audit`` with a temporary SQLite database and every check of
``load_checks()``), and scores the ``present`` and ``current`` verdicts of the
``kategori.*`` and ``layanan.*`` checks against ``farm.truth``.

A violation is the positive class: a ``fail`` where the truth says the item is
missing (or stale) is a true positive; ``pass`` and ``warn`` are negatives
(warn means "unsure", never an accusation).  Pairs where our verdict is
``not_applicable``/``error`` (site not auditable, ``current`` not assessed
because ``present`` did not pass) or the truth has no value are not scored.
``support`` is the number of true violations of a check.

The site-level ``reach.*`` checks are scored too, under their own
``reach_overall`` (``overall`` stays the mandatory categories and service
elements): ``reach.https`` fails where the truth's ``https`` is not "valid";
``reach.internal_links`` and ``reach.documents`` are flagged by any warn or
fail (their warn means "a few are broken") where the truth has 404 pages
(``broken_links`` that are pages) or pages that answer 500, loop or hang (not
under ``robots_disallow``), respectively broken ``documents``.  Sites that are
down are not scored there.

Per failure class (``classes``): every scored pair of ``kategori.*``/``layanan.*`` also counts
under the ``class`` its truth entry carries (``farm/pitfalls.py``: ``empty_listing``,
``placeholder_data``, ``weak_substitute``, ``missed_item``, ``unjudged``; ``base`` for the rest of the
farm; a pair of a site whose truth says ``javascript_only`` counts under ``javascript_only`` too), and
under the site's CMS ``layout`` (``layouts``).  A class whose truth is all "present"
(``missed_item``) has no positives: its ``precision`` is 0 as soon as one item is wrongly accused (and
None while none is), its ``recall`` None; ``accuracy`` ((tp + tn) / n) is given for every class.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import trio

from ..audit import run_audit
from ..checking import Check, load_checks
from ..models import Result, Site, SitePages, Status
from ..urls import is_document_url
from ..registry import load_registry
from ..store.db import open_engine

__all__ = ["precision_recall", "score_farm", "score_verdicts"]

Verdicts = dict[str, dict[str, dict[str, Status]]]  # site id -> check id -> item -> status
SCORED_ITEMS = ("present", "current")


def _truth_entry(site_truth: Mapping[str, Any], check_id: str) -> Mapping[str, Any] | None:
    group, _, name = check_id.partition(".")
    section = {"kategori": "categories", "layanan": "service"}.get(group)
    if section is None:
        return None
    entry = (site_truth.get(section) or {}).get(name)
    return entry if isinstance(entry, Mapping) else None


_BROKEN_PAGE_FAULTS = frozenset({"http_500", "redirect_loop", "hang"})


def _reach_expected(site_truth: Mapping[str, Any], check_id: str) -> bool | None:
    """Whether the truth says the site passes ``check_id`` (a ``reach.*`` check); None: not scored."""
    if site_truth.get("down"):
        return None
    if check_id == "reach.https":
        return site_truth.get("https") == "valid"
    if check_id == "reach.internal_links":
        disallowed = tuple(site_truth.get("robots_disallow") or ())

        def judged(url: str) -> bool:  # a polite crawler never sees what robots.txt disallows
            path = urlsplit(url).path or "/"
            return not (disallowed and path.startswith(disallowed))

        pages = [u for u in site_truth.get("broken_links") or () if not is_document_url(u)]  # 404 files: reach.documents
        pages += [u for f in site_truth.get("faults") or () if f.get("kind") in _BROKEN_PAGE_FAULTS for u in f.get("urls") or ()]
        return not any(judged(u) for u in pages)
    if check_id == "reach.documents":
        return not any(d.get("broken") for d in site_truth.get("documents") or ())
    return None


def precision_recall(c: Mapping[str, int]) -> dict[str, Any]:
    """Precision, recall, accuracy and support from tp/fp/fn/tn counts (None where undefined)."""
    tp, fp, fn, tn = c["tp"], c["fp"], c["fn"], c["tn"]
    n = sum(c.values())
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "accuracy": round((tp + tn) / n, 3) if n else None,
        "support": tp + fn,
        "n": n,
        **c,
    }


def _new() -> dict[str, int]:
    return {"tp": 0, "fp": 0, "fn": 0, "tn": 0}


def score_verdicts(truth: Mapping[str, Any], verdicts: Verdicts, messages: Mapping[tuple[str, str, str], str] | None = None) -> dict[str, Any]:
    """Precision and recall of the ``present``/``current`` fail verdicts (and the ``reach.*``
    verdicts) against ``truth``; ``mistakes`` lists the false accusations and missed violations
    (with the verdict's message where ``messages`` has it, keyed by site, check and item)."""
    sites = truth.get("sites", truth)
    mistakes: list[dict[str, str]] = []
    counts: dict[str, dict[str, int]] = {}
    by_class: dict[str, dict[str, int]] = {}
    by_layout: dict[str, dict[str, int]] = {}
    for site_id, by_check in verdicts.items():
        site_truth = sites.get(site_id)
        if not isinstance(site_truth, Mapping):
            continue
        for check_id, items in by_check.items():
            if check_id.startswith("reach."):
                status, ok = items.get(""), _reach_expected(site_truth, check_id)
                if status in (Status.PASS, Status.WARN, Status.FAIL) and ok is not None:
                    c = counts.setdefault(f"{check_id}/ok", {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
                    flagged = status == Status.FAIL or (status == Status.WARN and check_id != "reach.https")
                    c["tp" if not ok and flagged else "fp" if flagged else "fn" if not ok else "tn"] += 1
                continue
            entry = _truth_entry(site_truth, check_id)
            if entry is None:
                continue
            for item in SCORED_ITEMS:
                status = items.get(item)
                expected = entry.get(item)
                if status not in (Status.PASS, Status.WARN, Status.FAIL) or not isinstance(expected, bool):
                    continue
                violation, flagged = not expected, status == Status.FAIL
                cell = "tp" if violation and flagged else "fp" if flagged else "fn" if violation else "tn"
                counts.setdefault(f"{check_id}/{item}", _new())[cell] += 1
                if cell in ("fp", "fn"):
                    mistakes.append({"site": site_id, "check": check_id, "item": item, "error": cell, "class": str(entry.get("class") or "base"),
                                     "layout": str(site_truth.get("layout") or "?"), "got": str(status),
                                     "message": (messages or {}).get((site_id, check_id, item), "")})
                by_class.setdefault(str(entry.get("class") or "base"), _new())[cell] += 1
                if site_truth.get("javascript_only"):
                    # a script-built site (farm/jsapp.py), audited through the browser: its pairs also form a class
                    by_class.setdefault("javascript_only", _new())[cell] += 1
                by_layout.setdefault(str(site_truth.get("layout") or "?"), _new())[cell] += 1

    def add(cs: list[dict[str, int]]) -> dict[str, int]:
        return {k: sum(c[k] for c in cs) for k in ("tp", "fp", "fn", "tn")}

    checks: dict[str, Any] = {}
    for cid in sorted({k.split("/")[0] for k in counts}):
        mine = {k.split("/")[1]: v for k, v in counts.items() if k.split("/")[0] == cid}
        checks[cid] = {**precision_recall(add(list(mine.values()))), "items": {item: precision_recall(c) for item, c in sorted(mine.items())}}
    mandatory = [v for k, v in counts.items() if not k.startswith("reach.")]
    reach = [v for k, v in counts.items() if k.startswith("reach.")]
    out: dict[str, Any] = {"overall": precision_recall(add(mandatory)),
                           "classes": {k: precision_recall(v) for k, v in sorted(by_class.items())},
                           "layouts": {k: precision_recall(v) for k, v in sorted(by_layout.items())},
                           "checks": checks}
    if reach:
        out["reach_overall"] = precision_recall(add(reach))
    out["mistakes"] = mistakes
    return out


def _capturing(checks: list[Check], sink: Verdicts, messages: dict[tuple[str, str, str], str] | None = None) -> list[Check]:
    """The same checks, recording each site's ``kategori.*``/``layanan.*``/``reach.*`` verdicts in ``sink``."""

    def wrap(c: Check) -> Check:
        if not c.id.startswith(("kategori.", "layanan.", "reach.")):
            return c
        func = c.func

        def recorded(site: Site, pages: SitePages) -> list[Result]:
            out = func(site, pages)
            results = [out] if isinstance(out, Result) else list(out or [])
            sink.setdefault(site.id, {})[c.id] = {r.item: r.status for r in results}
            if messages is not None:
                messages.update({(site.id, c.id, r.item): r.message for r in results})
            return results

        return replace(c, func=recorded)

    return [wrap(c) for c in checks]


async def score_farm(seed: int, n_sites: int, *, pages: int = 40, day: int = 0) -> dict[str, Any]:
    """Serve a farm, audit it with the normal pipeline, score against its truth."""
    from ..farm import open_farm

    verdicts: Verdicts = {}
    messages: dict[tuple[str, str, str], str] = {}
    with tempfile.TemporaryDirectory(prefix="ppid-accuracy-") as tmp:
        out = Path(tmp)
        async with open_farm(n_sites, seed, pages=pages, day=day, out_dir=out) as farm:
            registry = load_registry(farm.registry_path)
            engine = open_engine(str(out / "audit.db"))
            try:
                checks = _capturing(load_checks(), verdicts, messages)
                # the capturing wrappers are closures a worker process cannot import: run them inline
                # (the pool would fail to load them and fall back to inline after a traceback)
                await run_audit(registry, engine, checks, check_workers=0)
            finally:
                engine.dispose()
            truth = farm.truth
    result = score_verdicts(truth, verdicts, messages)
    result["seed"], result["n_sites"] = seed, n_sites
    return result


def main(argv: list[str] | None = None) -> None:
    """Command-line entry: print the scores as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sites", type=int, default=30)
    ap.add_argument("--pages", type=int, default=40)
    args = ap.parse_args(argv)
    print(json.dumps(trio.run(lambda: score_farm(args.seed, args.sites, pages=args.pages)), indent=1))


if __name__ == "__main__":
    main()

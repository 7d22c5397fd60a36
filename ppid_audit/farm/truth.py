"""Ground truth of the farm: what each simulated site really has, as a JSON-ready dict.

The truth is written next to the registry (``truth.json``) and is never served
over HTTP.  Schema (``farm_truth``)::

    {"seed": int, "day": int, "date": "YYYY-MM-DD",        # the simulated date: base_date + day
     "sites": {site_id: {
        "url": start URL, "host": "127.0.x.y", "name", "level", "role", "parent",
        "https": "valid" | "invalid" | "none",             # invalid: other CA or wrong name
        "down": bool,                                       # address not bound: connection refused
        "layout": "wordpress" | "laravel" | "static" | "portal",
        "javascript_only": bool,                            # home page built by a script (jsapp.py): needs a browser
        "static_twin_of": site id | None,                   # this site is the static twin of that JavaScript-only one
        "faults": [{"kind", "urls": [...], "detail"}],     # kinds: slow, http_500, hang, redirect_loop,
                                                            # calendar_trap, pagination_trap, huge_page, gzip_bomb,
                                                            # wrong_charset, private_links, invalid_tls, down, js_nav,
                                                            # js_app
        "robots_disallow": [path prefixes],                 # what /robots.txt disallows for every agent
        "sitemap": bool,
        "categories": {berkala|serta_merta|setiap_saat|dikecualikan: {
            "present": bool, "where": [urls], "label": str, "current": bool | None, "decoy": str | None,
            "class": str | None, "items": {item: {"present", "where", "current", "label", "decoy", "class"}}}},
        "service": {dip|sop_permohonan|sop_keberatan|maklumat|formulir_permohonan|formulir_keberatan|
                    laporan_layanan|profil_ppid|sk_ppid|jam_biaya_layanan|kontak|lapor|pencarian|
                    uji_konsekuensi|struktur: {
            "present": bool, "where": [urls], "label": str, "current": bool | None, "decoy": str | None,
            "class": str | None}},                          # class: the real-world pitfall it reproduces
                                                            # (farm/pitfalls.py), None for the base farm
        "documents": [{"url", "type", "title", "date", "year", "current", "broken"}],
        "broken_links": [urls that answer 404]}}}

``where`` lists the pages (and, for an element published only as a file, the
file) that prove presence.  ``present`` is False for decoys: a menu entry whose
page is a placeholder, a ``href="#"`` download, a template phone number, "SOP
Code Blue"; ``decoy`` then says what misleads.  ``current`` is None where no
refresh rule applies or there is no dated evidence, else judged against
``date`` with the rules of /work/shared/reference/regulation.md: berkala newest
item within 6 months and every present item meeting its own rule; program of the current year; financial/performance
report covering last budget year or later; DIP not older than the previous
calendar year; annual service report of last year after 31 March (two years
ago before).  Broken (404) documents do not count as evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from .content import sub_months
from .model import Doc, Mark, SiteSpec

__all__ = ["CATEGORY_NAMES", "SERVICE_NAMES", "farm_truth", "is_current", "site_truth", "url_of"]

CATEGORY_NAMES = ("berkala", "serta_merta", "setiap_saat", "dikecualikan")
SERVICE_NAMES = ("dip", "sop_permohonan", "sop_keberatan", "maklumat", "formulir_permohonan", "formulir_keberatan",
                 "laporan_layanan", "profil_ppid", "sk_ppid", "jam_biaya_layanan", "kontak", "lapor", "pencarian",
                 "uji_konsekuensi", "struktur")


def url_of(base_url: str, path: str) -> str:
    """The absolute, percent-encoded URL of a page key or document path."""
    if "://" in path:
        return path
    return base_url.rstrip("/") + quote(path, safe="/?=&%:@!$'()*,;-._~+")


def is_current(rule: str | None, evidence: Iterable[tuple[dt.date, int]], today: dt.date) -> bool | None:
    """Whether dated ``evidence`` ((date, covered year) pairs) satisfies ``rule`` on ``today``."""
    ev = list(evidence)
    if rule in (None, "none"):
        return None
    if not ev:
        return False
    newest_date = max(d for d, _ in ev)
    newest_year = max(y for _, y in ev)
    if rule == "berkala":
        return newest_date >= sub_months(today, 6)
    if rule == "program":
        return newest_year >= today.year
    if rule in ("budget_year", "dip"):
        return newest_year >= today.year - 1
    if rule == "annual_report":
        return newest_year >= today.year - (1 if (today.month, today.day) > (3, 31) else 2)
    raise ValueError(f"unknown refresh rule {rule!r}")


def _evidence(s: SiteSpec, mark: Mark) -> list[tuple[dt.date, int]]:
    docs: list[Doc] = [s.docs[p] for p in mark.docs if p in s.docs]
    return [(d.date, d.year) for d in docs if not d.broken] + list(mark.dates)


def _mark(s: SiteSpec, mark: Mark, base: str, rule_override: str | None = None) -> dict[str, Any]:
    rule = rule_override or mark.rule
    current = None
    if mark.present and rule:
        ev = _evidence(s, mark)
        current = is_current(rule, ev, s.today) if (ev or mark.docs or mark.dates) else None
    return {"present": mark.present, "where": [url_of(base, w) for w in mark.where], "label": mark.label,
            "current": current, "decoy": mark.decoy, "class": mark.cls}


def site_truth(s: SiteSpec, base_url: str) -> dict[str, Any]:
    """The truth of one site (see the module docstring), URLs under ``base_url``."""
    cats = {}
    for name in CATEGORY_NAMES:
        mark = s.marks.get(name) or Mark()
        entry = _mark(s, mark, base_url)
        entry["items"] = {item: _mark(s, it, base_url) for item, it in mark.items.items()}
        if name == "berkala" and entry["current"] is not None:  # every present item must also meet its own rule
            entry["current"] = entry["current"] and all(it["current"] is not False for it in entry["items"].values())
        if name == "berkala":
            entry["decoy"] = entry["decoy"] or ("home page paragraph about UU 14/2008 names the categories"
                                                if s.law_paragraph else None)
        cats[name] = entry
    service = {name: _mark(s, s.marks.get(name) or Mark(), base_url) for name in SERVICE_NAMES}
    documents = [{"url": url_of(base_url, d.path), "type": d.kind, "title": d.title, "date": d.date.isoformat(),
                  "year": d.year, "current": is_current(d.rule, [(d.date, d.year)], s.today), "broken": d.broken}
                 for d in s.docs.values()]
    return {
        "url": url_of(base_url, s.start_path), "host": s.host, "name": s.name, "level": s.level, "role": s.role,
        "parent": s.parent, "https": s.https, "down": s.down, "layout": s.layout,
        "javascript_only": s.js_app, "static_twin_of": s.twin_of,
        "faults": [{"kind": f.kind, "urls": [url_of(base_url, p) for p in f.paths], "detail": f.detail} for f in s.faults],
        "robots_disallow": list(s.robots_disallow), "sitemap": s.sitemap,
        "categories": cats, "service": service, "documents": documents,
        "broken_links": [url_of(base_url, p) for p in s.broken],
    }


def farm_truth(specs: Iterable[SiteSpec], *, seed: int, day: int, date: dt.date,
               base_urls: dict[str, str] | None = None) -> dict[str, Any]:
    """The truth of a whole farm; ``base_urls`` maps site id -> ``scheme://host:port``."""
    base_urls = base_urls or {}
    return {"seed": seed, "day": day, "date": date.isoformat(),
            "sites": {s.id: site_truth(s, base_urls.get(s.id, f"http://{s.host}")) for s in specs}}

"""Crawl test helpers (the real page model parses the pages)."""

from __future__ import annotations

from ppid_audit.models import CrawlSettings, Site


def make_site(start_url: str, **settings: object) -> Site:
    """A site with fast, test-friendly settings (no delay, retries, robots or sitemap) unless overridden."""
    base: dict[str, object] = {
        "delay": 0.0,
        "retries": 0,
        "use_sitemap": False,
        "obey_robots": False,
        "request_deadline": 10.0,
    }
    base.update(settings)
    return Site(
        id="64.72",
        name="PPID Uji",
        level="kota",
        role="utama",
        parent=None,
        start_url=start_url,
        settings=CrawlSettings(**base),  # type: ignore[arg-type]
    )


"""The polite async crawler: visits one PPID site and produces its ``SitePages``.

Public API: ``Fetcher`` (one per run, owns the single httpx client),
``crawl_site``, ``normalize_url`` and ``in_scope``.  No httpx type leaves
this package: every outcome is a ``Fetch``.
"""

from __future__ import annotations

from .fetch import Fetcher, Response
from .site import crawl_site, unauditable_reason
from .urls import dedupe_key, in_scope, normalize_url

__all__ = ["Fetcher", "Response", "crawl_site", "dedupe_key", "in_scope", "normalize_url", "unauditable_reason"]

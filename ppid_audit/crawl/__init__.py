"""The polite async crawler: visits one PPID site and produces its ``SitePages``.

Public API: ``Fetcher`` (one per run, owns the single httpx client),
and ``crawl_site``; URLs are ``ppid_audit.urls``.  No httpx type leaves
this package: every outcome is a ``Fetch``.
"""

from __future__ import annotations

from .fetch import Fetcher, Response
from .site import crawl_site, unauditable_reason

__all__ = ["Fetcher", "Response", "crawl_site", "unauditable_reason"]

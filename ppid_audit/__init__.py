"""ppid-audit: a compliance crawler and auditor for Indonesian government PPID websites.

The flow, one way: registry -> crawl -> page model -> checks -> store -> reports.
This module exports what a check author needs; see DESIGN.md for the rest.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .checking import Check, check
from .errors import (
    CheckError,
    CheckNotApplicable,
    ConfigError,
    FetchError,
    PpidAuditError,
    RegistryError,
    StoreError,
)
from .models import (
    CrawlSettings,
    Evidence,
    Fetch,
    FetchFailure,
    FetchKind,
    Link,
    Page,
    Result,
    Severity,
    Site,
    SitePages,
    Status,
)

__all__ = [
    "Check",
    "CheckError",
    "CheckNotApplicable",
    "ConfigError",
    "CrawlSettings",
    "Evidence",
    "Fetch",
    "FetchError",
    "FetchFailure",
    "FetchKind",
    "Link",
    "Page",
    "PpidAuditError",
    "RegistryError",
    "Result",
    "Severity",
    "Site",
    "SitePages",
    "Status",
    "StoreError",
    "__version__",
    "check",
]

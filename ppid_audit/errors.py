"""Exceptions raised by ppid-audit.

The tree, from what callers usually catch to the specific cases::

    PpidAuditError            anything ppid-audit raises on purpose
    ├── ConfigError           bad settings (CLI flags, environment, [defaults])
    ├── RegistryError         a broken sites.toml (carries file, line, key)
    ├── FetchError            a request that could not be made or read (carries a FetchFailure kind)
    ├── CheckError            a check crashed or returned something that is not a Result
    └── StoreError            the database cannot be opened, migrated or written

A site that is down, slow or broken is *data*: the crawler records it as a fetch
outcome and the checks judge it.  Exceptions are for bad input, bad
configuration and our own bugs.  ``CheckNotApplicable`` is not an error: a
check raises it to say it does not apply to this site.
"""

from __future__ import annotations

from .models import FetchFailure

__all__ = [
    "CheckError",
    "CheckNotApplicable",
    "ConfigError",
    "FetchError",
    "PpidAuditError",
    "RegistryError",
    "StoreError",
]


class PpidAuditError(Exception):
    """Base class of every error ppid-audit raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class ConfigError(PpidAuditError):
    """A setting is missing, of the wrong type or out of range."""


class RegistryError(PpidAuditError):
    """The site registry (sites.toml) is broken.

    ``problems`` holds every problem found, each a line of the form
    ``path:line: key: what is wrong`` so that all of them can be fixed at once.
    """

    def __init__(self, message: str, *, problems: list[str] | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.problems: list[str] = list(problems or [message])


class FetchError(PpidAuditError):
    """A request could not be made or its body not read (not an HTTP error status).

    Raised inside the crawler's network layer (refused addresses, failed DNS,
    undecodable or oversized bodies) and turned by the Fetcher into a
    ``Fetch`` whose ``error`` is ``kind``: a broken site is data, not a crash.
    """

    kind: FetchFailure = FetchFailure.OTHER

    def __init__(self, message: str, *, kind: FetchFailure | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        if kind is not None:
            self.kind = kind


class CheckError(PpidAuditError):
    """A check crashed or broke its contract."""


class StoreError(PpidAuditError):
    """The result store cannot be opened, migrated or written."""


class CheckNotApplicable(Exception):
    """Raised by a check that does not apply to a site; recorded as not applicable.

    ``message`` says why in Indonesian, ``message_en`` in English.
    """

    def __init__(self, message: str = "", message_en: str = "") -> None:
        super().__init__(message)
        self.message_en = message_en

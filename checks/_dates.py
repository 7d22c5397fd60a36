"""Date helpers of the category checks: the audit day, period ends, boilerplate dates, formatting.

Not a check file; loaded by path by ``_matching.py`` under ``ppid_audit_checks__dates``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ppid_audit.models import FoundDate, SitePages


def audit_day(sp: SitePages) -> dt.date:
    """The date staleness is judged against."""
    return sp.audit_date or sp.finished_at.date()


_STRONG_DATE_SOURCES = ("text", "table", "link", "filename")


def period_end(d: FoundDate) -> dt.date:
    """The last day of the period a found date names (a year -> 31 Dec, a month -> its last day)."""
    if d.precision == "year":
        return dt.date(d.date.year, 12, 31)
    if d.precision == "month":
        nxt = dt.date(d.date.year + (d.date.month == 12), d.date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return d.date


Dated = tuple[FoundDate, Any]  # (date, the Hit or PageVerdict it came from)


def _boilerplate(text: str, date_text: str, others: list[str]) -> bool:
    """True when every occurrence of ``date_text`` in ``text``, with the words just before it, is also
    on another page (the same sidebar news item, the same footer), so it dates nothing of this page."""
    if not date_text or not others:
        return False
    i = text.find(date_text)
    if i < 0:
        return False
    while i >= 0:
        ctx = text[max(0, i - 40) : i + len(date_text)]
        if not any(ctx in o for o in others):
            return False
        i = text.find(date_text, i + len(date_text))
    return True


def _future_ok(items: list[Dated], today: dt.date) -> list[Dated]:
    limit = today + dt.timedelta(days=31)
    return [x for x in items if x[0].date <= limit]


MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def fmt_date(d: FoundDate) -> tuple[str, str]:
    """An Indonesian and an English rendering of a found date at its precision."""
    if d.precision == "year":
        return f"tahun {d.date.year}", f"year {d.date.year}"
    if d.precision == "month":
        return f"{MONTHS_ID[d.date.month - 1]} {d.date.year}", d.date.strftime("%B %Y")
    return f"{d.date.day} {MONTHS_ID[d.date.month - 1]} {d.date.year}", d.date.strftime("%-d %B %Y")


def fmt_day(d: dt.date) -> tuple[str, str]:
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}", d.strftime("%-d %B %Y")

"""Indonesian dates in page text, link texts and file names.

Regexes for the forms real PPID sites use (see the vocabulary notes), tried
from the most to the least precise; a span consumed by one form is not read
again by a later one.  Conventions:

* precision "day": a full date ("5 Maret 2020", "05/03/2020", "2021-04-06
  20:17:21", "10 Jan 2026", the timestamp prefix "20200728111618.UU_25.pdf").
* precision "month", day 1: "Maret 2020", "(Update Mei 2020)", periods.  A
  period is dated by its *last* month, the month the information should exist
  by: "Semester I 2025" -> 2025-06-01, "Semester II Tahun 2022" -> 2022-12-01,
  "Triwulan III 2024" -> 2024-09-01, "Periode Januari S.D Juni 2017" -> 2017-06-01.
* precision "year", 1 January: a year after a year word ("Tahun 2024",
  "TA 2025", "Th. 2023", "Tahun Anggaran 2024", "Periode 2021") and, in file
  names and document names only, a bare year ("laporan-ppid-2023.pdf").  A
  bare year in running text ("© 2025" footers) is ignored.
* Numeric dates are day-first (Indonesian usage): "05-03-2020" is 5 March.
* Impossible dates and dates more than a year after ``today`` are dropped, as
  are years before 1945.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator

from .models import FoundDate

__all__ = ["MONTHS", "find_dates", "find_dates_with_offsets", "is_bare_year", "parse_date"]

MAX_SCAN = 400_000  # characters of one text scanned (a page text is capped at 300k)

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "januari january jan",
        "februari pebruari febuari february feb peb",
        "maret march mar mrt",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus agustus august agu agt ags aug",
        "september sept sep",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _n



_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """A regex alternation factored by prefix ("jan(?:uari|uary)?"): fast to fail."""
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return emit(tree)


_MONTH = "(?:" + _trie(sorted(MONTHS)) + r")\.?"
_YEAR = r"((?:19|20)\d{2})"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "ganjil": 1, "genap": 2}
_YEAR_WORD = r"(?:tahun\s+anggaran|tahun|thn\.?|th\.?|t\.\s?a\.?|ta\.?|periode|update|edisi)"
_RANGE_SEP = r"(?:s\.?\s?/?\s?d\.?|sampai\s+dengan|sampai|hingga|s/d|-|–|—)"

# Each form: (compiled regex, builder(match) -> (date, precision) | None).
_Form = tuple[re.Pattern[str], Callable[[re.Match[str]], "tuple[dt.date, str] | None"]]


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _day(y: str, m: int | str, d: str) -> tuple[dt.date, str] | None:
    date = _mk(int(y), int(m), int(d))
    return (date, "day") if date else None


def _iso(m: re.Match[str]) -> tuple[dt.date, str] | None:
    return _day(m.group(1), m.group(2), m.group(3))


def _dmy_num(m: re.Match[str]) -> tuple[dt.date, str] | None:
    return _day(m.group(3), m.group(2), m.group(1))


def _dmy_name(m: re.Match[str]) -> tuple[dt.date, str] | None:
    return _day(m.group(3), _month(m.group(2)), m.group(1))


def _mdy_name(m: re.Match[str]) -> tuple[dt.date, str] | None:
    return _day(m.group(3), _month(m.group(1)), m.group(2))


def _timestamp(m: re.Match[str]) -> tuple[dt.date, str] | None:
    return _day(m.group(1), m.group(2), m.group(3))


def _month_range(m: re.Match[str]) -> tuple[dt.date, str] | None:
    date = _mk(int(m.group(3)), _month(m.group(2)), 1)
    return (date, "month") if date else None


def _month_year(m: re.Match[str]) -> tuple[dt.date, str] | None:
    date = _mk(int(m.group(2)), _month(m.group(1)), 1)
    return (date, "month") if date else None


def _semester(m: re.Match[str]) -> tuple[dt.date, str] | None:
    n = _ROMAN.get(m.group(1).lower())
    if n not in (1, 2):
        return None
    return dt.date(int(m.group(2)), 6 * n, 1), "month"


def _quarter(m: re.Match[str]) -> tuple[dt.date, str] | None:
    n = _ROMAN.get(m.group(1).lower())
    if n is None:
        return None
    return dt.date(int(m.group(2)), 3 * n, 1), "month"


def _year(m: re.Match[str]) -> tuple[dt.date, str] | None:
    return dt.date(int(m.group(1)), 1, 1), "year"


_I = re.I
_TEXT_FORMS: list[_Form] = [
    # 2021-04-06 20:17:21, 2025-11-21T00:00:00+00:00, 2021/04/06
    (re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])", _I), _iso),
    # 05/03/2020, 05-03-2020, (11/9/2024), 5.3.2020
    (re.compile(r"(?<![\d./-])(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d{2})(?!\d)", _I), _dmy_num),
    # 5 Maret 2020, 19 Oktober  2018, 10 Jan 2026, 05-Mar-2020, 5 Maret, 2020
    (re.compile(r"(?<!\d)(\d{1,2})(?:\s*[-/]\s*|\s+)(" + _MONTH + r")(?:\s*[-/,]\s*|\s+)" + _YEAR + r"(?!\d)", _I), _dmy_name),
    # March 5, 2020 (English WordPress locales)
    (re.compile(r"\b(" + _MONTH + r")\s+(\d{1,2}),?\s+" + _YEAR + r"(?!\d)", _I), _mdy_name),
    # Semester I 2025, Semester II Tahun 2022
    (re.compile(r"\bsemester\s+(ii|i|1|2|satu|dua|ganjil|genap)\b[\s,]*(?:" + _YEAR_WORD + r"\s*)?" + _YEAR + r"(?!\d)", _I), _semester),
    # Triwulan III 2024, TW IV Tahun 2023, Kuartal 2 2024
    (re.compile(r"\b(?:triwulan|kuartal|tw|caturwulan)\s*(iv|iii|ii|i|[1-4]|satu|dua|tiga|empat)\b[\s,]*(?:" + _YEAR_WORD + r"\s*)?" + _YEAR + r"(?!\d)", _I), _quarter),
    # Periode Januari S.D Juni 2017, Januari - Juni 2017
    (re.compile(r"\b(" + _MONTH + r")\s*" + _RANGE_SEP + r"\s*(" + _MONTH + r")\s+" + _YEAR + r"(?!\d)", _I), _month_range),
    # Maret 2020, (Update Mei 2020)
    (re.compile(r"\b(" + _MONTH + r")[\s,]+" + _YEAR + r"(?!\d)", _I), _month_year),
    # Tahun 2024, TA 2025, Th.2023, Tahun Anggaran 2024
    (re.compile(r"\b" + _YEAR_WORD + r"\s*[:.]?\s*" + _YEAR + r"(?!\d)", _I), _year),
]

_FILENAME_FORMS: list[_Form] = [
    # 20200728111618.UU_25.pdf, 20200728_laporan.pdf
    (re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?!\d)"), _timestamp),
]
_BARE_YEAR: _Form = (re.compile(r"(?<![\d])" + _YEAR + r"(?![\d])"), _year)


_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
_COMBINED: dict[tuple[bool, bool], tuple[re.Pattern[str], list[_Form]]] = {}


def _combined(filename: bool, bare: bool) -> tuple[re.Pattern[str], list[_Form]]:
    """One alternation of every form, in priority order, scanned in a single pass."""
    key = (filename, bare)
    if key not in _COMBINED:
        forms = (_FILENAME_FORMS if filename else []) + _TEXT_FORMS + ([_BARE_YEAR] if bare else [])
        alternation = "|".join(f"(?P<f{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(forms))
        # No date starts inside a word: one cheap check rejects most positions.
        _COMBINED[key] = (re.compile(f"(?<![a-z])(?:{alternation})", re.I), forms)
    return _COMBINED[key]


def _matches(text: str, filename: bool, bare: bool) -> Iterator[tuple[int, int, dt.date, str]]:
    """Leftmost matches first; at one position the most precise form wins.

    A matched span is consumed even when it is an impossible date ("32 Maret
    2020" is not read again as "Maret 2020").
    """
    combined, forms = _combined(filename, bare)
    for start, end in _windows(text):
        yield from _scan(text, start, end, combined, forms)


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Every form holds a year: scan only around the years (merged windows)."""
    n = len(text)
    cur: tuple[int, int] | None = None
    for y in _HAS_YEAR.finditer(text):
        start = max(0, y.start() - _BEFORE)
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        end = min(n, y.end() + _AFTER)
        while end < n and text[end].isalnum():
            end += 1
        if cur is not None and start <= cur[1]:
            cur = (cur[0], end)
            continue
        if cur is not None:
            yield cur
        cur = (start, end)
    if cur is not None:
        yield cur


_BEFORE = 36  # "Periode Januari sampai dengan Juni ", "Semester II Tahun Anggaran "
_AFTER = 12  # "-04-06", "0728111618" (then to the end of the word)


def _scan(
    text: str, start: int, end: int, combined: re.Pattern[str], forms: list[_Form]
) -> Iterator[tuple[int, int, dt.date, str]]:
    for m in combined.finditer(text, start, end):
        pattern, build = forms[int((m.lastgroup or "f0")[1:])]
        own = pattern.match(text, m.start())
        if own is None:  # pragma: no cover - same pattern, same position
            continue
        try:
            got = build(own)
        except (ValueError, KeyError):
            got = None
        if got is not None:
            yield m.start(), m.end(), got[0], got[1]


def find_dates(
    text: str,
    *,
    source: str,
    today: dt.date | None = None,
    limit: int = 50,
    bare_years: bool | None = None,
) -> list[FoundDate]:
    """Every plausible date in ``text``, in reading order, at most ``limit``.

    ``source`` is recorded on each date ("text", "link", "table", "filename",
    "meta", "header").  Bare years count only when ``bare_years`` is true,
    which is the default for ``source="filename"``.
    """
    if not text or limit <= 0:
        return []
    today = today or dt.date.today()
    if bare_years is None:
        bare_years = source == "filename"
    if len(text) <= 500:  # cell texts, link texts and file names repeat across pages
        return [fd for _, fd in _cached(text, source, today, limit, bare_years)]
    return [fd for _, fd in find_dates_with_offsets(text, source=source, today=today, limit=limit, bare_years=bare_years)]


@functools.lru_cache(maxsize=4096)
def _cached(text: str, source: str, today: dt.date, limit: int, bare: bool) -> tuple[tuple[int, FoundDate], ...]:
    return tuple(find_dates_with_offsets(text, source=source, today=today, limit=limit, bare_years=bare))


def find_dates_with_offsets(
    text: str, *, source: str, today: dt.date, limit: int = 50, bare_years: bool = False
) -> list[tuple[int, FoundDate]]:
    """Like ``find_dates`` with the offset of each date in ``text`` (for the page model)."""
    latest = today + dt.timedelta(days=366)
    text = text[:MAX_SCAN]
    if _HAS_YEAR.search(text) is None:
        return []
    scan = text
    filename = source == "filename"
    if filename:
        # DIP_Tahun_2024.pdf, laporan-ppid-2023.pdf: separators read as spaces
        # (same length, so spans still point into the original text).
        scan = re.sub(r"[_+]|%20", lambda m: " " * len(m.group(0)), text)
    found: list[tuple[int, FoundDate]] = []
    seen: set[tuple[dt.date, str, str]] = set()
    for start, end, date, precision in _matches(scan, filename, bare_years):
        if date.year < 1945 or date > latest:
            continue
        snippet = text[start:end].strip()
        key = (date, precision, snippet)
        if key in seen:
            continue
        seen.add(key)
        found.append((start, FoundDate(date=date, text=snippet, precision=precision, source=source)))  # type: ignore[arg-type]
        if len(found) >= limit:
            break
    return found


_ONLY_YEAR = re.compile(r"\(?(?:19|20)\d{2}\)?\.?")


def is_bare_year(text: str) -> bool:
    """True when ``text`` is nothing but a year ("2023", "(2023)")."""
    return bool(_ONLY_YEAR.fullmatch(text.strip()))


def parse_date(text: str, *, today: dt.date | None = None) -> FoundDate | None:
    """The first date in a short text (a table cell, a byline), or None.

    A text that is only a year ("2023", a "Waktu Pembuatan" cell) counts.
    """
    if not text:
        return None
    stripped = text.strip()
    bare = is_bare_year(stripped)
    got = find_dates(stripped, source="text", today=today, limit=1, bare_years=bare)
    return got[0] if got else None

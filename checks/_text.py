"""Vocabulary, thresholds, text normalisation and fuzzy phrase matching of the category checks.

Not a check file; loaded by path by ``_matching.py`` under ``ppid_audit_checks__text``.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import Any

from ._phrase_index import PhraseIndex
from ._site_scope import MAX_ENTRIES as _MAX_ENTRIES
from ._site_scope import MEMO as _MEMO


# the per-site memo tables (``_site_scope``: emptied when the checks move to another site)
_TOKENS, _TOKEN_MATCHES, _FOUND, _ANSWERS = _MEMO.tokens, _MEMO.token_matches, _MEMO.found, _MEMO.answers

# --------------------------------------------------------------------------- data files


@lru_cache(maxsize=4)
def _read_toml(name: str) -> dict[str, Any]:
    """A data file shipped inside the ``ppid_audit.checks`` package."""
    with resources.files(__package__).joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def vocabulary() -> dict[str, Any]:
    """The parsed ``vocabulary.toml`` (cached)."""
    return _read_toml("vocabulary.toml")


def rules() -> dict[str, Any]:
    """The parsed ``rules.toml`` (cached)."""
    return _read_toml("rules.toml")


# --------------------------------------------------------------------------- normalisation

# SuratKeteranganDIK -> Surat Keterangan DIK; acronyms such as LKjIP stay whole
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[a-z]{3})(?=[A-Z]{2,})")
_NON_WORD = re.compile(r"[^a-z0-9!]+")


class _Combining(dict[int, int | None]):
    """``str.translate`` table deleting combining marks, filled lazily (only the characters seen)."""

    def __missing__(self, cp: int) -> int | None:
        got = self[cp] = None if unicodedata.combining(chr(cp)) else cp
        return got


_STRIP_COMBINING = _Combining()


_FORM_NUMBER = re.compile(r"\bformulir (?:no |nomor )?[0-9]{1,2}[a-z]?\b")


# a word glued to the number before it ('28SOP Pengujian konsekuensi.pdf', a file numbered in its folder)
_NUMBERED_WORD = re.compile(r"\b(\d+)([a-z]{3,})\b")


def norm(text: str, *, camel: bool = False) -> str:
    """Lower case, accents stripped, ``&`` -> ``dan``, punctuation -> space, typos fixed."""
    if camel:
        text = _CAMEL.sub(" ", text)
    if not text.isascii():  # ASCII is its own NFKD form and has no combining marks
        text = unicodedata.normalize("NFKD", text).translate(_STRIP_COMBINING)
    text = text.lower()
    text = text.replace("&", " dan ")
    text = _NON_WORD.sub(" ", text).replace("!", " ! ")
    if any(c.isdigit() for c in text):
        text = _NUMBERED_WORD.sub(r"\1 \2", text)
    cfg = vocabulary().get("normalise", {})
    for a, b in cfg.get("joins", {}).items():
        text = text.replace(a, b)
    typos: dict[str, str] = cfg.get("typos", {})
    text = " ".join([typos.get(t, t) for t in text.split()])
    if "formulir " in text:
        # a numbered form of the regulation's set ('Form 6 (Keberatan Atas Permohonan)', 'Formulir 1A Permohonan'):
        # the number is not part of its name
        text = _FORM_NUMBER.sub("formulir", text)
    return text


def tokens(text: str, *, camel: bool = False) -> tuple[str, ...]:
    """The normalised tokens of ``text`` (``!`` dropped); short texts are memoised per site (menus repeat
    on every page)."""
    if len(text) > 300:
        return _tokenise(text, camel)
    table = _TOKENS
    key = (text, camel)
    got = table.get(key)
    if got is None:
        if len(table) >= _MAX_ENTRIES:
            table.clear()
        got = table[key] = _tokenise(text, camel)
    return got


# an Indonesian active verb opening a sentence ('Melaksanakan', 'Menetapkan', 'Mengkoordinasikan', 'Menyusun'):
# me- with its nasal forms and a -kan / -i suffix, or a common root verb without one
_DUTY_VERB = re.compile(r"(?:me|mem|men|meng|meny)[a-z]{3,}(?:kan|i)|menyusun|mengelola|menyimpan|menerima|membuat|"
                        r"melakukan|melayani|membina|mengawasi|memantau|menjamin")
_NOT_VERBS = frozenset({"mekanisme", "media", "meja", "menu", "mesin", "metode", "memori", "menteri", "meteri"})


def is_duty_sentence(text: str) -> bool:
    """``text`` is a sentence stating a duty ('Melaksanakan pengujian konsekuensi;', 'Menetapkan informasi yang
    dikecualikan ... sebagai Informasi publik yang dapat diakses;'): an item of a list of what an officer does,
    opened by an active verb and closed by a list's ';' (or long as a sentence), never the label of a published item."""
    toks = tokens(text)
    if len(toks) < 2 or toks[0] in _NOT_VERBS or not _DUTY_VERB.fullmatch(toks[0]):
        return False
    return text.rstrip().endswith((";", ",")) or len(toks) >= 8


def _tokenise(text: str, camel: bool = False) -> tuple[str, ...]:
    return tuple(t for t in norm(text, camel=camel).split() if t != "!")


@lru_cache(maxsize=1)
def _distinct() -> frozenset[str]:
    return frozenset(vocabulary().get("normalise", {}).get("distinct", []))


def _close_uncached(a: str, b: str) -> bool:
    """Token equality with a bounded optimal-string-alignment distance for long tokens."""
    if a == b:
        return True
    if a in _distinct() and b in _distinct():  # two real words, not a typo of one another
        return False
    n = min(len(a), len(b))
    if n < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    limit = 2 if n >= 11 else 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


#: ``_close`` for the window scan of phrases outside the vocabulary (a small cross-site cache).
_close = lru_cache(maxsize=4096)(_close_uncached)


def contains(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """True when ``phrase`` occurs as a contiguous (fuzzy) run of ``toks``.

    A vocabulary phrase is looked up in the phrases ``toks`` holds (``occurrences``: one pass over
    ``toks`` for every phrase of the vocabulary, memoised per site); any other phrase is scanned for.
    """
    pid = _index().ids.get(phrase)
    if pid is None:
        return _scan(phrase, toks)
    return len(phrase) <= len(toks) and pid in occurrences(toks)


def _scan(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """``contains`` by sliding ``phrase`` over every window of ``toks`` (phrases outside the vocabulary).

    A cheap pre-test (same token, or both >= 5 letters with the same first letter and lengths within
    one) runs before the edit distance, which ``_close`` would reject anyway.
    """
    n = len(phrase)
    if not n or n > len(toks):
        return False
    first = phrase[0]
    if len(first) < 5 and first not in toks:  # short tokens only match exactly
        return False
    for i in range(len(toks) - n + 1):
        for k in range(n):
            p = phrase[k]
            u = toks[i + k]
            if u != p and (len(p) < 5 or len(u) < 5 or u[0] != p[0] or abs(len(u) - len(p)) > 1 or not _close(p, u)):
                break
        else:
            return True
    return False


def equals(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """True when ``toks`` is exactly ``phrase`` (fuzzy per token)."""
    return len(phrase) == len(toks) and contains(phrase, toks)


# --------------------------------------------------------------------------- the compiled vocabulary


def _vocabulary_strings(node: Any, key: str = "") -> Iterator[str]:
    """Every string listed in ``vocabulary.toml`` (regular expressions, ``*patterns``, left out)."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _vocabulary_strings(v, k)
    elif isinstance(node, list) and not key.endswith("patterns"):
        yield from (x for x in node if isinstance(x, str))


@lru_cache(maxsize=1)
def _index() -> PhraseIndex:
    """Every phrase of the vocabulary in one trie, built once per process."""
    # every phrase with its filler-word variants (``label_variants``: the targets' labels use them)
    return PhraseIndex((v for x in _vocabulary_strings(vocabulary()) for v in label_variants(_tokenise(x))), _close_uncached)


def occurrences(toks: tuple[str, ...]) -> frozenset[int]:
    """Ids (``_index().ids``) of the vocabulary phrases occurring in ``toks``, memoised per site."""
    got = _FOUND.get(toks)
    if got is None:
        if len(_FOUND) >= _MAX_ENTRIES:
            _FOUND.clear()
        if len(_TOKEN_MATCHES) >= _MAX_ENTRIES:
            _TOKEN_MATCHES.clear()
        got = _FOUND[toks] = _index().occurrences(toks, _TOKEN_MATCHES) if toks else frozenset()
    return got


@dataclass(frozen=True)
class _Compiled:
    """A list of phrases as index ids (by length, for whole-text matches), plus any outside the index."""

    ids: frozenset[int]
    by_len: dict[int, frozenset[int]]
    rest: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, phrases: tuple[tuple[str, ...], ...]) -> _Compiled:
        index = _index()
        known = [p for p in phrases if p in index.ids]
        by_len: dict[int, set[int]] = {}
        for p in known:
            by_len.setdefault(len(p), set()).add(index.ids[p])
        return cls(frozenset(index.ids[p] for p in known), {n: frozenset(v) for n, v in by_len.items()},
                   tuple(p for p in phrases if p not in index.ids))

    def any_in(self, toks: tuple[str, ...], found: frozenset[int]) -> bool:
        """One of the phrases occurs in ``toks`` (``found``: its ``occurrences``)."""
        if not self.ids.isdisjoint(found):
            return True
        return bool(self.rest) and any(_scan(p, toks) for p in self.rest)

    def any_equal(self, toks: tuple[str, ...], found: frozenset[int]) -> bool:
        """``toks`` is one of the phrases (``found``: its ``occurrences``)."""
        same = self.by_len.get(len(toks))
        if same is not None and not same.isdisjoint(found):
            return True
        return bool(self.rest) and any(len(p) == len(toks) and _scan(p, toks) for p in self.rest)


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    """One category or service element, as ``vocabulary.toml`` describes it."""

    key: str
    name: str
    name_en: str
    where: str
    where_en: str
    labels: tuple[tuple[str, ...], ...]
    short_labels: tuple[tuple[str, ...], ...]
    decoys: tuple[tuple[str, ...], ...]
    context: tuple[tuple[str, ...], ...]
    dip_values: tuple[tuple[str, ...], ...]
    items: dict[str, tuple[tuple[str, ...], ...]]
    raw: dict[str, Any] = field(compare=False, repr=False)
    weak_labels: tuple[tuple[str, ...], ...] = ()

    @cached_property
    def _compiled(self) -> tuple[_Compiled, _Compiled, _Compiled, _Compiled, _Compiled]:
        return tuple(_Compiled.of(x) for x in (self.decoys, self.short_labels, self.labels, self.weak_labels, self.context))  # type: ignore[return-value]

    @cached_property
    def compiled_whole(self) -> bool:
        """Every phrase of the target is in the compiled index: a text in which no vocabulary phrase
        occurs (``occurrences`` empty) can answer nothing about it."""
        return not any(c.rest for c in self._compiled)

    def _answer(self, question: str, toks: tuple[str, ...]) -> bool:
        """``question`` (decoy, whole, label, weak, context) about ``toks``, memoised per site."""
        key = (self.key, question, toks)
        got = _ANSWERS.get(key)
        if got is None:
            if len(_ANSWERS) >= _MAX_ENTRIES:
                _ANSWERS.clear()
            decoys, short, labels, weak, context = self._compiled
            found = occurrences(toks)
            if question == "context":
                got = context.any_in(toks, found)
            elif question == "decoy":
                got = decoys.any_in(toks, found)
            elif not toks or decoys.any_in(toks, found):
                got = False
            elif question == "weak":
                got = weak.any_equal(toks, found)
            elif question == "full":
                got = labels.any_in(toks, found)
            else:
                got = short.any_equal(toks, found) or (question == "label" and labels.any_in(toks, found))
            _ANSWERS[key] = got
        return got

    def is_decoy(self, toks: tuple[str, ...]) -> bool:
        """A decoy phrase of the target is in ``toks`` ("SOP Code Blue")."""
        return self._answer("decoy", toks)

    def label_in(self, toks: tuple[str, ...], *, whole_only: bool = False) -> bool:
        """A label of the target is in ``toks`` (and no decoy is); ``whole_only``: only a short label
        that is the whole of ``toks``."""
        return self._answer("whole" if whole_only else "label", toks)

    def full_label_in(self, toks: tuple[str, ...]) -> bool:
        """A label of the target (not only a short one) is in ``toks`` (and no decoy is)."""
        return self._answer("full", toks)

    def group_label_in(self, toks: tuple[str, ...]) -> bool:
        """A menu group named ``toks`` is the target's own sub-menu: a label, or a short label unless the target
        says a short label is too generic for a group ('Daftar Informasi' holds the categories and 'Alur Layanan',
        not DIP entries: ``submenu_full_labels``)."""
        if self.raw.get("submenu_full_labels"):
            return self.full_label_in(toks)
        return self.label_in(toks)

    def weak_label_in(self, toks: tuple[str, ...]) -> bool:
        """The whole of ``toks`` is a vague label of the target ("SK", "Laporan", "Prosedur"): a hint only."""
        return bool(self.weak_labels) and self._answer("weak", toks)

    def context_in(self, *texts: str) -> bool:
        """A context phrase of the target is in one of ``texts`` (always true for a target without one)."""
        if not self.context:
            return True
        return any(self._answer("context", tokens(t)) for t in texts if t)


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (tokens(v) for v in values) if p)


_FILLERS = ("yang", "secara")
_BEFORE_YANG = frozenset({"wajib", "harus", "diumumkan", "disediakan", "tersedia", "dikecualikan"})


def label_variants(phrase: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A label as written, without the filler words sites add or drop ('yang', 'secara'), and with 'yang'
    after its first 'informasi' ('Informasi yang Wajib Diumumkan Secara Berkala' is the label 'Informasi Wajib
    Diumumkan Secara Berkala'); the phrase itself first, the rest in a fixed order."""
    out = {phrase}
    for filler in _FILLERS:
        out |= {tuple(t for t in q if t != filler) for q in out}
    out |= {(q[0], "yang", *q[1:]) for q in out if len(q) >= 3 and q[0] == "informasi" and q[1] in _BEFORE_YANG}
    return (phrase, *sorted(q for q in out if q and q != phrase))


def _label_phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(dict.fromkeys(v for p in _phrases(values) for v in label_variants(p)))


@lru_cache(maxsize=64)
def target(key: str) -> Target:
    """The target ``key`` of ``vocabulary.toml`` (``berkala``, ``dip``...)."""
    raw = vocabulary()["target"][key]
    return Target(
        key=key,
        name=raw["name"],
        name_en=raw["name_en"],
        where=raw["where"],
        where_en=raw["where_en"],
        labels=_label_phrases(raw.get("labels", [])),
        short_labels=_phrases(raw.get("short_labels", [])),
        decoys=_phrases(raw.get("decoys", [])),
        context=_phrases(raw.get("context", [])),
        dip_values=_phrases(raw.get("dip_values", [])),
        items={k: _phrases(v) for k, v in raw.get("items", {}).items()},
        weak_labels=_phrases(raw.get("weak_labels", [])),
        raw=raw,
    )

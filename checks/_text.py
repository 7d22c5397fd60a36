"""Vocabulary, thresholds, text normalisation and fuzzy phrase matching of the category checks.

Not a check file; loaded by path by ``_matching.py`` under ``ppid_audit_checks__text``.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Callable
from typing import Any


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


def norm(text: str, *, camel: bool = False) -> str:
    """Lower case, accents stripped, ``&`` -> ``dan``, punctuation -> space, typos fixed."""
    if camel:
        text = _CAMEL.sub(" ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " dan ")
    text = _NON_WORD.sub(" ", text).replace("!", " ! ")
    cfg = vocabulary().get("normalise", {})
    for a, b in cfg.get("joins", {}).items():
        text = text.replace(a, b)
    typos: dict[str, str] = cfg.get("typos", {})
    return " ".join(typos.get(t, t) for t in text.split())


def tokens(text: str, *, camel: bool = False) -> tuple[str, ...]:
    """The normalised tokens of ``text`` (``!`` dropped); short texts are cached (menus repeat on every page)."""
    if len(text) <= 300:
        return _tokens_cached(text, camel)
    return tuple(t for t in norm(text, camel=camel).split() if t != "!")


@lru_cache(maxsize=50_000)
def _tokens_cached(text: str, camel: bool) -> tuple[str, ...]:
    return tuple(t for t in norm(text, camel=camel).split() if t != "!")


@lru_cache(maxsize=1)
def _distinct() -> frozenset[str]:
    return frozenset(vocabulary().get("normalise", {}).get("distinct", []))


@lru_cache(maxsize=50_000)
def _close(a: str, b: str) -> bool:
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


def contains(phrase: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """True when ``phrase`` occurs as a contiguous (fuzzy) run of ``toks``.

    Not cached: the per-target label cache (``Target.label_in``) holds the answers that repeat; a cheap
    pre-test (same token, or both >= 5 letters with the same first letter and lengths within one) runs
    before the edit distance, which ``_close`` would reject anyway.
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


# --------------------------------------------------------------------------- targets


_LABEL_CACHE: dict[tuple[str, str, tuple[str, ...]], bool] = {}


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

    def _cached(self, kind: str, toks: tuple[str, ...]) -> bool:
        key = (self.key, kind, toks)
        got = _LABEL_CACHE.get(key)
        if got is None:
            if len(_LABEL_CACHE) > 100_000:  # bounded: a few MB
                _LABEL_CACHE.clear()
            got = _LABEL_CACHE[key] = _KINDS[kind](self, toks)
        return got

    def is_decoy(self, toks: tuple[str, ...]) -> bool:
        """A decoy phrase of the target is in ``toks`` ("SOP Code Blue"); cached per target and text."""
        return self._cached("decoy", toks)

    def label_in(self, toks: tuple[str, ...], *, whole_only: bool = False) -> bool:
        """A label of the target is in ``toks`` (and no decoy is); cached per target and text."""
        return self._cached("whole" if whole_only else "label", toks)

    def weak_label_in(self, toks: tuple[str, ...]) -> bool:
        """The whole of ``toks`` is a vague label of the target ("SK", "Laporan", "Prosedur"): a hint only."""
        return bool(self.weak_labels) and self._cached("weak", toks)

    def context_in(self, *texts: str) -> bool:
        if not self.context:
            return True
        return any(contains(c, tokens(t)) for t in texts if t for c in self.context)


def _decoy(t: Target, toks: tuple[str, ...]) -> bool:
    return any(contains(d, toks) for d in t.decoys)


def _label(t: Target, toks: tuple[str, ...], whole_only: bool = False) -> bool:
    if not toks or t.is_decoy(toks):
        return False
    if any(equals(s, toks) for s in t.short_labels):
        return True
    return not whole_only and any(contains(lab, toks) for lab in t.labels)


def _weak(t: Target, toks: tuple[str, ...]) -> bool:
    return bool(toks) and not t.is_decoy(toks) and any(equals(w, toks) for w in t.weak_labels)


_KINDS: dict[str, Callable[[Target, tuple[str, ...]], bool]] = {
    "decoy": _decoy, "label": _label, "whole": lambda t, toks: _label(t, toks, True), "weak": _weak,
}


def _phrases(values: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (tokens(v) for v in values) if p)


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
        labels=_phrases(raw.get("labels", [])),
        short_labels=_phrases(raw.get("short_labels", [])),
        decoys=_phrases(raw.get("decoys", [])),
        context=_phrases(raw.get("context", [])),
        dip_values=_phrases(raw.get("dip_values", [])),
        items={k: _phrases(v) for k, v in raw.get("items", {}).items()},
        weak_labels=_phrases(raw.get("weak_labels", [])),
        raw=raw,
    )

"""The compiled matcher (checks/_phrase_index.py, _text.contains, _site_scope): typo tolerance, word
boundaries, multi-word phrases, non-ASCII text, empty input, and the same answers as the window scan."""

from __future__ import annotations

import gc
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from ppid_audit.checks import _site_scope as S
from ppid_audit.checks import _text as T
from ppid_audit.checks._phrase_index import PhraseIndex

PHRASES = [("informasi", "berkala"), ("informasi",), ("sop",), ("daftar", "informasi", "publik"), ("lapor",),
           ("pengaduan",), ("pengadaan", "barang"), ("tata", "cara", "keberatan"), ("pertanggungjawaban",)]


def found(index: PhraseIndex, toks: tuple[str, ...]) -> set[tuple[str, ...]]:
    ids = index.occurrences(toks, {})
    return {p for p, i in index.ids.items() if i in ids}


def make() -> PhraseIndex:
    return PhraseIndex(PHRASES, T._close_uncached)


def test_one_typo_in_a_long_token_matches_but_not_in_a_short_one() -> None:
    ix = make()
    assert found(ix, ("infromasi", "berkala")) == {("informasi", "berkala"), ("informasi",)}  # transposition
    assert found(ix, ("informasi", "berkla")) == {("informasi",), ("informasi", "berkala")}  # deletion
    assert ("tata", "cara", "keberatan") in found(ix, ("tata", "cara", "keberatam"))  # substitution
    assert ("sop",) not in found(ix, ("sip",))  # short tokens match exactly
    assert found(ix, ("pengadaan",)) == set()  # a real word, not a typo of "pengaduan"
    assert ("pertanggungjawaban",) in found(ix, ("pretanggungjawabab",))  # two edits in a long token
    assert ("pertanggungjawaban",) not in found(ix, ("pretangxungjawabab",))  # three are too many


def test_whole_tokens_only() -> None:
    ix = make()
    assert ("lapor",) not in found(ix, ("laporan",))
    assert found(ix, ("informasiberkala",)) == set()
    assert ("lapor",) in found(ix, ("sp4n", "lapor", "2024"))


def test_multi_word_phrases_are_contiguous_and_ordered() -> None:
    ix = make()
    assert ("informasi", "berkala") not in found(ix, ("berkala", "informasi"))
    assert ("informasi", "berkala") not in found(ix, ("informasi", "yang", "berkala"))
    assert found(ix, ("daftar", "informasi", "publik")) == {("daftar", "informasi", "publik"), ("informasi",)}
    # overlapping and nested phrases are all found, at any position
    assert found(ix, ("x", "tata", "cara", "keberatan", "informasi", "berkala")) >= {("tata", "cara", "keberatan"), ("informasi", "berkala")}


def test_empty_input_and_empty_phrases() -> None:
    ix = PhraseIndex([(), ("sop",)], T._close_uncached)
    assert len(ix) == 1 and () not in ix.ids
    assert ix.occurrences((), {}) == frozenset()
    assert not T.contains(("informasi",), ())
    assert not T.contains((), ("informasi",))
    assert T.tokens("") == () and T.tokens("  !  ") == ()


def test_non_ascii_text_folds_to_the_same_tokens() -> None:
    assert T.tokens("Tata Cara Pengadūan") == ("tata", "cara", "pengaduan")
    assert T.tokens("İNFORMASİ BERKALA") == ("informasi", "berkala")
    assert T.tokens("Informasi—Berkala\u00a0•\u00a0Daftar") == ("informasi", "berkala", "daftar")
    assert T.contains(("pengaduan",), T.tokens("Tata Cara Pengadūan"))
    assert T.tokens("信息 公开") == ()


def _old_norm(text: str, camel: bool = False) -> str:
    """norm() as it was before the ASCII fast path and the translate table (the reference)."""
    if camel:
        text = T._CAMEL.sub(" ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " dan ")
    text = T._NON_WORD.sub(" ", text).replace("!", " ! ")
    text = T._NUMBERED_WORD.sub(r"\1 \2", text)  # a word glued to its number ('28SOP') since session 20
    cfg = T.vocabulary().get("normalise", {})
    for a, b in cfg.get("joins", {}).items():
        text = text.replace(a, b)
    return " ".join(cfg.get("typos", {}).get(t, t) for t in text.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeiklnoprsAEIKL &!-_.İıßéüñ\u0301\u0308\u00a0信ﬁ²")), max_size=40), st.booleans())
def test_norm_is_the_reference_normalisation(text: str, camel: bool) -> None:
    assert T.norm(text, camel=camel) == _old_norm(text, camel)


WORDS = ["informasi", "infromasi", "informasii", "berkala", "berkla", "sop", "sip", "lapor", "laporan",
         "pengaduan", "pengadaan", "barang", "tata", "cara", "keberatan", "keberatam", "daftar", "publik", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_the_index_finds_exactly_what_the_window_scan_finds(words: list[str]) -> None:
    toks = tuple(words)
    want = {p for p in PHRASES if T._scan(p, toks)}
    assert found(make(), toks) == want


def test_contains_uses_the_vocabulary_index_and_scans_other_phrases() -> None:
    label = T.target("berkala").labels[0]
    assert label in T._index().ids
    assert T.contains(label, ("lihat", *label, "2026"))
    odd = ("zzqx", "informasii")  # in no vocabulary: the window scan answers
    assert odd not in T._index().ids
    assert T.contains(odd, ("a", "zzqx", "informasi"))
    assert not T.contains(odd, ("zzqx", "a", "informasi"))


class _Site:
    """Stands for a SitePages (anything weak-referenceable)."""


def test_site_memo_is_emptied_for_another_site_and_when_the_site_is_gone() -> None:
    one, two = _Site(), _Site()
    S.enter(one)
    T.tokens("Informasi Berkala")
    assert S.MEMO.tokens
    S.enter(one)
    assert S.MEMO.tokens  # the same site keeps its tables
    S.enter(two)
    assert S.MEMO.entries() == 0
    T.tokens("Informasi Berkala")
    del two
    gc.collect()
    assert S.MEMO.entries() == 0

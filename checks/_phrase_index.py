"""Every vocabulary phrase compiled once into a token trie, matched typo-tolerantly in one pass.

Not a check file.  ``_text.contains(phrase, toks)`` used to slide every phrase over every window of
``toks`` and compare token by token (with an edit distance for long tokens).  Here the phrases are
compiled once per process into a trie over their tokens; a text is matched once, whatever the number
of phrases asked about it:

1. each distinct token ``u`` of the text is mapped to the vocabulary tokens it stands for
   (``token_matches``): itself when it is one, plus the vocabulary tokens within the bounded edit
   distance of ``_text._close``; the fuzzy comparison only runs on the candidates that can pass it
   (both at least 5 letters, the same first letter, lengths within one: a bucket lookup; and no more
   letters in one token only than the allowed edits can explain: a set difference);
2. from every position the trie is walked over those matches (``occurrences``); every phrase whose
   last token is reached occurs there.

A token matches a phrase token exactly as in the window scan (``u == p``, or both >= 5 letters with the
same first letter, lengths within one and ``close(p, u)``), so the answer of ``occurrences`` is the set
of phrases the window scan would find.  The index holds no per-text state: the callers memoise
``token_matches`` and ``occurrences`` per site (``_site_scope``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping

__all__ = ["PhraseIndex", "matches"]

Phrase = tuple[str, ...]


def matches(p: str, u: str, close: Callable[[str, str], bool]) -> bool:
    """Whether text token ``u`` stands for phrase token ``p`` (exact, or a typo of a long token)."""
    return u == p or (len(p) >= 5 and len(u) >= 5 and u[0] == p[0] and abs(len(u) - len(p)) <= 1 and close(p, u))


class PhraseIndex:
    """A trie over the tokens of a fixed set of phrases, and the buckets of their long tokens."""

    def __init__(self, phrases: Iterable[Phrase], close: Callable[[str, str], bool]) -> None:
        self._close = close
        self.ids: dict[Phrase, int] = {}
        self._children: list[dict[str, int]] = [{}]  # node -> token -> child node; node 0 is the root
        self._ends: list[int] = [-1]  # node -> id of the phrase ending there, or -1
        self._words: set[str] = set()
        # (first letter, length) -> the long tokens and their letters
        self._buckets: dict[tuple[str, int], list[tuple[str, frozenset[str]]]] = {}
        for phrase in phrases:
            if phrase and phrase not in self.ids:
                self._add(phrase)

    def _add(self, phrase: Phrase) -> None:
        pid = self.ids[phrase] = len(self.ids)
        node = 0
        for tok in phrase:
            nxt = self._children[node].get(tok)
            if nxt is None:
                nxt = self._children[node][tok] = len(self._children)
                self._children.append({})
                self._ends.append(-1)
            node = nxt
            if tok not in self._words:
                self._words.add(tok)
                if len(tok) >= 5:
                    self._buckets.setdefault((tok[0], len(tok)), []).append((tok, frozenset(tok)))
        self._ends[node] = pid

    def __len__(self) -> int:
        return len(self.ids)

    def token_matches(self, u: str) -> tuple[str, ...]:
        """The vocabulary tokens that text token ``u`` stands for (empty for most tokens)."""
        out = [u] if u in self._words else []
        n = len(u)
        if n >= 5:
            first = u[0]
            letters = frozenset(u)
            for size in (n - 1, n, n + 1):
                for p, p_letters in self._buckets.get((first, size), ()):
                    # an edit changes at most two letters of the set (a transposition none): a distance within
                    # 2 (1 below 11 letters) leaves at most 4 (2) letters that are in one token only
                    if p != u and len(letters ^ p_letters) <= (4 if min(n, size) >= 11 else 2) and self._close(p, u):
                        out.append(p)
        return tuple(out)

    def occurrences(self, toks: tuple[str, ...], token_cache: MutableMapping[str, tuple[str, ...]]) -> frozenset[int]:
        """The ids of the phrases that occur as a contiguous (fuzzy) run of ``toks``.

        ``token_cache`` memoises ``token_matches`` (the caller's per-site dict)."""
        per_token: list[tuple[str, ...]] = []
        for u in toks:
            m = token_cache.get(u)
            if m is None:
                m = token_cache[u] = self.token_matches(u)
            per_token.append(m)
        children, ends = self._children, self._ends
        found: set[int] = set()
        n = len(toks)
        for i in range(n):
            if not per_token[i]:
                continue
            active = [0]
            j = i
            while active and j < n:
                nxt: list[int] = []
                for node in active:
                    kids = children[node]
                    for v in per_token[j]:
                        child = kids.get(v)
                        if child is not None:
                            if ends[child] >= 0:
                                found.add(ends[child])
                            if children[child]:
                                nxt.append(child)
                active = nxt
                j += 1
        return frozenset(found)

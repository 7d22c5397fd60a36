"""Micro-benchmark of ppid_audit.urls on the links of the real-world fixture pages.  Not a test.

    .venv/bin/python scripts/bench_urls.py

Takes every href/src of tests/realworld/sites/*/*.html, repeats the set to 10,000
(href, base) pairs, each repetition with a different page base (as the pages of one
site are), and times, best of 5, with the caches emptied before each run:

* ``join``: what the page model does for every link of every page;
* ``join`` then ``normalise``: the page model plus the frontier re-normalising the link;
* w3lib's ``canonicalize_url(urljoin(base, href))``, the obvious library alternative.
"""

from __future__ import annotations

import timeit
import tomllib
from pathlib import Path
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser
from w3lib.url import canonicalize_url

from ppid_audit import urls

SITES = Path(__file__).resolve().parent.parent / "tests" / "realworld" / "sites"
N = 10_000


def corpus() -> list[tuple[str, str]]:
    links: list[tuple[str, str]] = []
    for site in sorted(p for p in SITES.iterdir() if (p / "site.toml").exists()):
        meta = tomllib.loads((site / "site.toml").read_text(encoding="utf-8"))
        start = meta.get("start_url") or f"https://{site.name}.example.go.id/"
        for path, name in (meta.get("pages") or {}).items():
            tree = LexborHTMLParser((site / name).read_text(encoding="utf-8", errors="replace"))
            for node in tree.css("[href], [src]"):
                ref = node.attributes.get("href") or node.attributes.get("src")
                if ref is not None:
                    links.append((ref, start.rstrip("/") + path))
    out: list[tuple[str, str]] = []
    round_ = 0
    while len(out) < N:
        out += [(h, b if round_ == 0 else f"{b}?page={round_}") for h, b in links]
        round_ += 1
    return out[:N]


def clear() -> None:
    for fn in (urls._canonical, urls.origin, urls.host_key):
        fn.cache_clear()


def main() -> None:
    pairs = corpus()

    def page_model() -> None:
        for h, b in pairs:
            urls.join(h, b)

    def page_and_frontier() -> None:
        for h, b in pairs:
            u = urls.join(h, b)
            if u is not None:
                urls.normalise(u)

    def w3lib_canonical() -> None:
        for h, b in pairs:
            try:
                canonicalize_url(urljoin(b, h.strip()))
            except ValueError:
                pass

    for name, fn in (("urls.join", page_model), ("urls.join + normalise", page_and_frontier),
                     ("w3lib canonicalize_url", w3lib_canonical)):
        best = min(timeit.repeat(lambda f=fn: (clear(), f()), number=1, repeat=5))
        print(f"{name:24s} {best * 1000:7.1f} ms per {len(pairs):,} links")


if __name__ == "__main__":
    main()

"""sitemap.xml parsing: ``<loc>`` entries of url sets and sitemap indexes.

The XML is not given to an XML parser (no entity expansion, no external
entities): ``<loc>`` elements are read with a regular expression, which is
all a crawler needs and is safe on hostile input.  Gzipped sitemaps are
inflated with a cap.
"""

from __future__ import annotations

import html
import re
import zlib

__all__ = ["MAX_SITEMAP_BYTES", "MAX_SITEMAP_FILES", "MAX_SITEMAP_URLS", "parse_sitemap"]

MAX_SITEMAP_BYTES = 10_000_000  # per sitemap file, decompressed
MAX_SITEMAP_FILES = 5  # sitemap files fetched per site (index + children)
MAX_SITEMAP_URLS = 1000  # URLs taken from sitemaps per site

_LOC = re.compile(rb"<(?:\w+:)?loc\s*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</(?:\w+:)?loc\s*>", re.S | re.I)
_INDEX = re.compile(rb"<(?:\w+:)?sitemapindex[\s>]", re.I)


def _inflate(body: bytes, cap: int) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        return d.decompress(body, cap)
    except zlib.error:
        return b""


def parse_sitemap(body: bytes, *, cap: int = MAX_SITEMAP_BYTES) -> tuple[list[str], bool]:
    """The ``<loc>`` URLs of a sitemap and whether it is a sitemap index.

    Plain-text sitemaps (one URL a line) are accepted too.
    """
    data = _inflate(body, cap)
    is_index = bool(_INDEX.search(data[:4096]))
    locs = [html.unescape(m.group(1).decode("utf-8", errors="replace")).strip() for m in _LOC.finditer(data)]
    if not locs and b"<" not in data[:200]:
        text = data.decode("utf-8", errors="replace")
        locs = [line.strip() for line in text.splitlines() if line.strip().startswith(("http://", "https://"))]
    return [u for u in locs if u], is_index

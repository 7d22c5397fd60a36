"""Turn the bytes of an HTML response into text, recording which charset won.

selectolax given bytes assumes UTF-8 and never sees the HTTP header, so the
page model decodes first.  The order (first one that decodes strictly wins):

1. the ``charset`` of the HTTP ``Content-Type`` header          -> "header"
2. a byte-order mark (UTF-8, UTF-16 LE/BE)                        -> "bom"
3. ``<meta charset>`` / ``http-equiv`` in the first 4 KB          -> "meta"
4. strict UTF-8                                                   -> "utf-8"
5. windows-1252, when the result looks like Latin text            -> "cp1252"
6. charset-normalizer's best guess                                -> "detected"
7. UTF-8 with replacement characters                              -> "replace"

A declared charset that fails to decode strictly (windows-1252 bytes declared
as UTF-8 are common on real sites) falls through to the next step instead of
producing mojibake.  A BOM outranks a *failing* header but a header that
decodes wins (WHATWG puts the BOM first; in practice both agree).  Declared
UTF-16 without a BOM is treated as a lie (WHATWG does the same for meta).
``decode_html`` never raises.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_html", "header_charset", "meta_charset", "normalize_charset"]

PRESCAN_BYTES = 4096

_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I | re.S
)

# Labels that real sites write and Python spells differently.  Latin-1 and
# ASCII are decoded as windows-1252, as browsers do (WHATWG encoding spec).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "windows-1252": "cp1252",
    "x-user-defined": "cp1252",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-sjis": "shift_jis",
}


def normalize_charset(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def header_charset(content_type_header: str | None) -> str | None:
    """The charset label of a ``Content-Type`` header value, if any."""
    if not content_type_header:
        return None
    m = _HEADER_CHARSET.search(content_type_header)
    return m.group(1) if m else None


def meta_charset(body: bytes) -> str | None:
    """The charset declared by a ``<meta>`` tag in the first 4 KB, if any."""
    head = body[:PRESCAN_BYTES]
    m = _META_CHARSET.search(head)
    if m is None:
        return None
    try:
        return m.group(1).decode("ascii")
    except UnicodeDecodeError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _usable(codec: str | None) -> str | None:
    """Declared charsets we trust without a BOM (never UTF-16/32: a lie in HTML)."""
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None
    return codec


# Characters that cp1252 produces from bytes 0x80-0x9F: a few are normal in
# real text (quotes, dashes, ellipsis, euro), a high density of the rest or of
# C1 controls means the bytes were not cp1252 at all.
_CP1252_COMMON = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u2022\u00a0")


def _plausible_latin(text: str) -> bool:
    if not text:
        return True
    odd = 0
    high = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if o < 0x20 and ch not in "\t\n\r\f":
                odd += 1
            continue
        high += 1
        if ch not in _CP1252_COMMON and not ch.isalpha() and ch not in "\u00b0\u00a9\u00ae\u00b7\u00bb\u00ab\u00bd":
            odd += 1
    # Mostly-ASCII with some accented letters and smart quotes is what real
    # cp1252 pages look like; binary junk has many controls and symbols.
    return odd <= max(3, len(text) // 200) and high <= max(20, len(text) // 4)


def decode_html(body: bytes, content_type_header: str | None) -> tuple[str, str, str]:
    """Decode an HTML body; return ``(text, encoding, source)``.

    ``encoding`` is a Python codec name ("utf-8", "cp1252"...), ``source`` one
    of header, bom, meta, utf-8, cp1252, detected, replace.  Never raises.
    """
    if not body:
        return "", "utf-8", "utf-8"
    try:
        return _decode(body, content_type_header)
    except Exception:  # a codec bug must never stop a crawl
        return body.decode("utf-8", "replace"), "utf-8", "replace"


def _decode(body: bytes, content_type_header: str | None) -> tuple[str, str, str]:
    declared = _usable(normalize_charset(header_charset(content_type_header)))
    if declared is not None:
        text = _strict(body, declared)
        if text is not None:
            return text.removeprefix("\ufeff"), declared, "header"

    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            text = _strict(body[len(bom) :], codec)
            if text is not None:
                return text, codec, "bom"
            break

    meta = _usable(normalize_charset(meta_charset(body)))
    if meta is not None and meta != declared:
        text = _strict(body, meta)
        if text is not None:
            # A page declaring cp1252 that happens to be valid UTF-8 with
            # multi-byte sequences is almost always UTF-8 (saved by a newer editor).
            if meta == "cp1252" and not body.isascii():
                utf8 = _strict(body, "utf-8")
                if utf8 is not None:
                    return utf8.removeprefix("\ufeff"), "utf-8", "utf-8"
            return text, meta, "meta"

    text = _strict(body, "utf-8")
    if text is not None:
        return text.removeprefix("\ufeff"), "utf-8", "utf-8"

    text = _strict(body, "cp1252")
    if text is not None and _plausible_latin(text[:200_000]):
        return text, "cp1252", "cp1252"

    detected = _detect(body)
    if detected is not None:
        return detected[0], detected[1], "detected"

    return body.decode("utf-8", "replace"), "utf-8", "replace"


def _detect(body: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        best = from_bytes(body[:200_000]).best()
    except Exception:
        return None
    if best is None or not best.encoding:
        return None
    codec = normalize_charset(best.encoding)
    if codec is None or codec.startswith(("utf-16", "utf-32")):
        return None
    text = _strict(body, codec)
    if text is None:
        return None
    return text, codec

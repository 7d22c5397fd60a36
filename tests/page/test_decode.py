"""Charset decoding: the order header, BOM, meta, UTF-8, cp1252, detector."""

from __future__ import annotations

import codecs

import pytest

from ppid_audit.decode import decode_html, header_charset, meta_charset, normalize_charset

TEXT = "Informasi Publik – “Berkala” Café"


def test_header_charset_wins() -> None:
    body = f"<p>{TEXT}</p>".encode("cp1252")
    text, enc, source = decode_html(body, "text/html; charset=windows-1252")
    assert (enc, source) == ("cp1252", "header")
    assert TEXT in text


def test_header_utf8_lie_falls_through_to_cp1252() -> None:
    body = f"<html><body><p>{TEXT}</p></body></html>".encode("cp1252")
    text, enc, source = decode_html(body, "text/html; charset=UTF-8")
    assert (enc, source) == ("cp1252", "cp1252")
    assert TEXT in text and "\ufffd" not in text


def test_meta_utf8_lie_falls_through() -> None:
    body = f'<html><head><meta charset="utf-8"></head><body>{TEXT}</body></html>'.encode("cp1252")
    text, enc, source = decode_html(body, None)
    assert source == "cp1252" and TEXT in text


def test_bom() -> None:
    body = codecs.BOM_UTF8 + f"<p>{TEXT}</p>".encode()
    text, enc, source = decode_html(body, None)
    assert (enc, source) == ("utf-8", "bom") and text.startswith("<p>")
    body16 = codecs.BOM_UTF16_LE + f"<p>{TEXT}</p>".encode("utf-16-le")
    text, enc, source = decode_html(body16, "text/html")
    assert (enc, source) == ("utf-16-le", "bom") and TEXT in text


def test_meta_charset_and_http_equiv() -> None:
    body = f'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>{TEXT}</p>'.encode("cp1252")
    text, enc, source = decode_html(body, "text/html")
    assert (enc, source) == ("cp1252", "meta") and TEXT in text
    assert meta_charset(b"<meta charset='koi8-r'>") == "koi8-r"
    assert meta_charset(b"x" * 5000 + b"<meta charset=koi8-r>") is None  # beyond the prescan


def test_meta_cp1252_but_body_is_utf8() -> None:
    body = f'<meta charset="windows-1252"><p>{TEXT}</p>'.encode()
    text, enc, source = decode_html(body, None)
    assert (enc, source) == ("utf-8", "utf-8") and TEXT in text


def test_plain_utf8_and_empty() -> None:
    assert decode_html(f"<p>{TEXT}</p>".encode(), None)[1:] == ("utf-8", "utf-8")
    assert decode_html(b"", None) == ("", "utf-8", "utf-8")
    assert decode_html(b"<p>ascii</p>", "text/html; charset=bogus-charset")[2] == "utf-8"


def test_declared_utf16_without_bom_is_ignored() -> None:
    text, enc, source = decode_html(b"<p>halo</p>", "text/html; charset=utf-16")
    assert source == "utf-8" and text == "<p>halo</p>"


def test_binary_junk_never_raises() -> None:
    junk = bytes(range(256)) * 20
    text, enc, source = decode_html(junk, "text/html; charset=utf-8")
    assert source in ("detected", "replace", "cp1252") and isinstance(text, str)


@pytest.mark.parametrize(
    ("label", "codec"),
    [("UTF-8", "utf-8"), ("iso-8859-1", "cp1252"), ("Windows-1252", "cp1252"), ("nonsense", None), ("", None)],
)
def test_normalize_charset(label: str, codec: str | None) -> None:
    assert normalize_charset(label) == codec


def test_header_charset_parsing() -> None:
    assert header_charset('text/html; charset="ISO-8859-1"') == "ISO-8859-1"
    assert header_charset("text/html") is None
    assert header_charset(None) is None

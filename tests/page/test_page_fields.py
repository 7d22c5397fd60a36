"""What the page model found beyond the HTML's own <meta> tags is typed, never encoded in strings."""

from __future__ import annotations

import datetime as dt

from ppid_audit.models import Fetch, FetchKind, Image
from ppid_audit.page import parse_page

URL = "https://ppid.contohkota.go.id/maklumat"
HTML = """<html><head><title>Maklumat</title><meta name="generator" content="WordPress 6.4.2"></head><body>
<nav class="menu"><a href="/">Beranda</a></nav>
<main><h1>Maklumat Pelayanan</h1>
<p><a href="#">Unduh | PDF</a> <a href="#">Formulir Permohonan</a></p>
<img src="/uploads/maklumat.jpg" alt="Maklumat	PPID
Kota">
</main></body></html>"""


def _page():  # type: ignore[no-untyped-def]
    f = Fetch(url=URL, kind=FetchKind.PAGE, site_id="64.72", status=200, fetched_at=dt.datetime(2026, 11, 25, tzinfo=dt.timezone.utc))
    return parse_page(f, HTML.encode(), content_type_header="text/html; charset=utf-8")


def test_findings_are_typed_fields_and_meta_holds_only_meta_tags() -> None:
    page = _page()
    assert page.meta == {"generator": "WordPress 6.4.2"}
    assert (page.encoding, page.encoding_source) == ("utf-8", "header")
    # a text with the old " | " separator stays one text
    assert page.dead_anchor_count == 2 and page.dead_anchor_texts == ("Unduh | PDF", "Formulir Permohonan")
    assert page.content_images == (Image("https://ppid.contohkota.go.id/uploads/maklumat.jpg", "Maklumat PPID Kota"),)
    assert page.js_redirect is None and page.parse_error is None


def test_a_parser_failure_is_a_field(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ppid_audit.page as P

    def boom(*_a: object) -> None:
        raise RuntimeError("lexbor fell over")

    monkeypatch.setattr(P, "_parse", boom)
    page = _page()
    assert page.parse_error == "RuntimeError: lexbor fell over" and page.meta == {} and page.links == ()

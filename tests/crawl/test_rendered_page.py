"""How a rendered DOM is judged (crawl/site.py ``_rendered_page``), without a browser."""

from __future__ import annotations

import datetime as dt

from ppid_audit.crawl.site import _rendered_page
from ppid_audit.models import Fetch, FetchKind, RenderInfo
from ppid_audit.page import parse_html

SKELETON_LEFT = """<html><body><header><nav><a href="/">Beranda</a><a href="/profil">Profil</a><a href="/kontak">Kontak</a></nav></header>
<main><h1>Daftar Informasi Berkala</h1><div class="animate-pulse"><div class="h-8 bg-gray-200"></div></div></main>
<div data-ppid-audit="menus-opened"></div><script src="/_next/static/chunks/page.js"></script></body></html>"""


def _fetch() -> Fetch:
    return Fetch(url="https://ppid.contoh.go.id/informasi/berkala", kind=FetchKind.PAGE, site_id="contoh", status=200,
                 content_type="text/html", fetched_at=dt.datetime(2025, 11, 1, tzinfo=dt.timezone.utc))


def test_skeleton_left_by_the_site_is_judged_but_left_by_our_refusal_is_incomplete() -> None:
    static = parse_html(_fetch(), SKELETON_LEFT)
    assert static.js_only and static.js_reason == "loader"
    # every request answered: the skeleton is what a visitor sees
    done = _rendered_page(static, "loader", static.url, SKELETON_LEFT, RenderInfo(requests=2))
    assert not done.js_only and done.render is not None and done.render.error is None
    # its data request refused on our side: the page is still loading because of us
    ours = _rendered_page(static, "loader", static.url, SKELETON_LEFT, RenderInfo(requests=1, failed=1))
    assert ours.js_only and ours.render is not None and ours.render.error == "incomplete"

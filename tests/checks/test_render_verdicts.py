"""Issue 11 class 1: what the checks say about a script-built page that could not be judged from a rendered DOM.

No browser here: the pages are built as the crawl leaves them (``Page.render`` set by ``crawl/site.py``).
A rendered page is judged like any page (``tests/browser/test_rendered_verdicts.py``); one left
``js_only`` gets a ``warn`` that says plainly why it was not rendered, or an ``error`` when the
auditor's machine has no browser.
"""

from __future__ import annotations

import dataclasses

import pytest
import sitekit as S

from ppid_audit.models import RenderInfo, SitePages, Status

B = "https://eppid.contohkab.go.id"
SPA = ('<!doctype html><html><head><title>E-PPID</title><script type="module" src="/assets/index-x1.js"></script></head>'
       '<body><div id="root"></div></body></html>')


def _site(render: RenderInfo | None) -> SitePages:
    sp = S.build(B + "/", {B + "/": SPA})
    home = sp.pages[0]
    assert home.js_only and home.js_reason == "empty_body"
    return dataclasses.replace(sp, pages=(dataclasses.replace(home, render=render),))


@pytest.mark.parametrize(("render", "words"), [
    (RenderInfo(error="incomplete", detail="1 permintaan skrip/data halaman ditolak atau tidak terjawab oleh auditor"),
     "belum lengkap: 1 permintaan skrip"),
    (RenderInfo(error="timeout", detail="halaman tidak selesai dirender dalam 45 detik"), "gagal dirender di peramban auditor: waktu render habis"),
    (RenderInfo(error="budget", detail="lebih dari 25 halaman dirender"), "batas jumlah halaman yang dirender"),
    (None, "peramban (browser) tidak dipakai"),
])
def test_unrendered_script_built_site_warns_and_says_why(render: RenderInfo | None, words: str) -> None:
    sp = _site(render)
    for check_id in ("kategori.berkala", "layanan.sk_ppid", "layanan.pencarian"):
        r = S.run(check_id, sp)["present"]
        assert r.status is Status.WARN and words in r.message, (check_id, r.message)


def test_missing_browser_is_an_auditor_error_not_a_warn() -> None:
    r = S.run("kategori.berkala", _site(RenderInfo(error="browser_missing", detail="Chromium tidak ditemukan")))["present"]
    assert r.status is Status.ERROR and "ppid-audit doctor" in r.message

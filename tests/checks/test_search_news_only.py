"""layanan.pencarian: a script search modal that only asks the news endpoint is a warning (batch 6, issue 11)."""

from __future__ import annotations

import sitekit as S

from ppid_audit.checking import load_checks
from ppid_audit.models import Status

CHECK = {c.id: c for c in load_checks(entry_points=False)}["layanan.pencarian"]
B = "https://ppid.contohprov.go.id"
HOME = """<!doctype html><html><head><title>Dinas Contoh</title></head><body>
<nav><a href="/">Beranda</a><a href="/berita">Berita</a><a href="/unduh">Unduh</a>
<a id="btnSearch" data-toggle="modal" data-target="#searchModal"><i class="fa fa-search"></i></a></nav>
<h1>Dinas Contoh</h1><p>Selamat datang di situs Dinas Contoh yang melayani informasi publik untuk masyarakat.</p>
<div class="modal fade" id="searchModal"><h4>Cari Informasi Disini</h4><input type="text" id="searchInputModal" placeholder="Masukan pencarian..."></div>
<script src="/js/jquery.js"></script><script>
document.getElementById('searchInputModal').addEventListener('input', function () {
  $.getJSON(`{endpoint}?search=${this.value}`, function (d) {}); });</script></body></html>"""


def _status(endpoint: str) -> tuple[Status, str]:
    sp = S.build(B + "/", {B + "/": HOME.replace("{endpoint}", endpoint)})
    r = CHECK(sp.site, sp)[0]
    return r.status, r.message


def test_script_search_of_news_only_is_a_warning() -> None:
    status, message = _status("/api/news")
    assert status is Status.WARN and "berita" in message


def test_script_search_of_the_whole_site_passes() -> None:
    assert _status("/api/search")[0] is Status.PASS

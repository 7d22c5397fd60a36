"""Golden tests of session 12's classes (batch 15's first-run disagreements, fixed generally): a request page
that sends a guest on to the login.

Each test builds a minimal site from inline HTML shaped like the real sites (no network) and fails without the
general fix of its class.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sitekit as S

from ppid_audit.checking import Check, load_checks
from ppid_audit.models import Result, SitePages, Status
from ppid_audit.page import parse_page

CHECKS: dict[str, Check] = {c.id: c for c in load_checks(entry_points=False)}
BASE = "https://ppid.contohkab.go.id"
NAV = """<nav><ul class="menu">
  <li><a href="/">Beranda</a></li>
  <li class="dropdown"><a href="#">Profil</a><ul><li><a href="/profil">Tentang PPID</a></li></ul></li>
  <li class="dropdown"><a href="#">Layanan</a><ul>
    <li><a href="/permohonan">Permohonan Informasi</a></li><li><a href="/keberatan">Keberatan</a></li></ul></li>
</ul></nav>"""
FOOT = "<footer><h3>Jam Layanan</h3><p>Senin - Jumat 08:00 - 16:00 WIB</p></footer>"


def page(main: str, title: str = "PPID Kabupaten Contoh") -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{NAV}<main>{main}</main>{FOOT}</body></html>"


def present(check_id: str, sp: SitePages) -> Result:
    results = CHECKS[check_id](sp.site, sp)
    assert results and results[0].item == "present"
    return results[0]


def with_redirect(sp: SitePages, asked: str, shown: str, html: str) -> SitePages:
    """``sp`` with the page asked for at ``asked`` shown at ``shown`` (an HTTP or script redirect)."""
    f = dataclasses.replace(S.fetch(asked), final_url=shown)
    p = parse_page(f, html.encode(), content_type_header="text/html; charset=utf-8")
    return dataclasses.replace(sp, pages=sp.pages + (p,), fetches=sp.fetches + (f,))


def test_a_request_page_that_sends_a_guest_to_the_login_is_unverified() -> None:
    home = page("<h1>PPID Kabupaten Contoh</h1><p>Layanan informasi publik Pemerintah Kabupaten Contoh.</p>")
    sp = S.build(BASE + "/", {BASE + "/": home}, audit_date=dt.date(2026, 11, 20))
    shown = page("<h1>404</h1><p>Halaman tidak ditemukan.</p>")
    r = present("layanan.formulir_permohonan", with_redirect(sp, BASE + "/permohonan", BASE + "/login", shown))
    assert r.status == Status.WARN, r.message
    # the same empty page at its own address is an empty form page, not a login
    r = present("layanan.formulir_permohonan", with_redirect(sp, BASE + "/permohonan", BASE + "/permohonan", shown))
    assert r.status == Status.FAIL, r.message

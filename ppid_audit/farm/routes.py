"""Each simulated site's ``App``: route a request to a page, a document, a trap or a fault.

Nothing here touches sockets (``server.py`` does); responses are built per
request from the site's spec.  The pathological bodies (50 MB page, gzip bomb)
are generated lazily; the bomb is compressed once per process and shared.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import zlib
from collections.abc import AsyncIterator
from email.utils import format_datetime
from typing import Protocol
from urllib.parse import parse_qs, quote, unquote

from . import content as C
from .docs import CONTENT_TYPES, document_bytes
from .http import App, FarmRequest, FarmResponse
from .jsapp import API_PATH, app_data, app_shell
from .layouts import (PORTAL_PAGES, news_article, news_list, news_list_key, news_list_pages, news_number,
                      render_nav, render_page, render_portal, render_shell)
from .model import SiteSpec

__all__ = ["BOMB_INFLATED", "HUGE_PAGE_BYTES", "ServedSite", "gzip_bomb", "make_app"]

HUGE_PAGE_BYTES = 50 * 1024 * 1024
BOMB_INFLATED = 110 * 1024 * 1024
PNG_1PX = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                        "0000000d4944415478da63f8cfc0f01f0005000201a1e1d5f00000000049454e44ae426082")
_HTML_CT = {"wordpress": "text/html; charset=UTF-8", "laravel": "text/html; charset=UTF-8", "static": "text/html",
            "portal": "text/html; charset=utf-8"}


@functools.lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """A gzip member that inflates to ``BOMB_INFLATED`` bytes of HTML-ish text (about 110 KB on the wire)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [comp.compress(b"<html><body><p>Statistik</p>")]
    chunk = b" " * (1 << 20)
    for _ in range(BOMB_INFLATED >> 20):
        out.append(comp.compress(chunk))
    out.append(comp.flush())
    return b"".join(out)


async def _huge_stream() -> AsyncIterator[bytes]:
    row = b"<tr><td>Arsip dokumen</td><td>Softcopy</td><td>-</td></tr>\n" * 1024
    yield b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Arsip</title></head><body><table>"
    sent = 0
    while sent < HUGE_PAGE_BYTES:
        piece = row[: HUGE_PAGE_BYTES - sent]
        sent += len(piece)
        yield piece


def _html(s: SiteSpec, text: str, encoding: str = "utf-8", status: int = 200) -> FarmResponse:
    if encoding == "cp1252-as-utf8":
        return FarmResponse(status, [("Content-Type", "text/html; charset=utf-8")], text.encode("cp1252", "replace"))
    if encoding == "latin1-nocharset":
        return FarmResponse(status, [("Content-Type", "text/html")], text.encode("latin-1", "replace"))
    return FarmResponse(status, [("Content-Type", _HTML_CT[s.layout])], text.encode("utf-8"))


def _not_found(s: SiteSpec) -> FarmResponse:
    body = render_shell(s, "404 Not Found", "<h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak ada.</p>",
                        ("Beranda", "404"))
    return _html(s, body, status=404)


def _redirect(location: str, status: int = 301) -> FarmResponse:
    return FarmResponse(status, [("Location", location), ("Content-Type", "text/html")],
                        f'<html><body><a href="{location}">Moved</a></body></html>'.encode())


def _robots(s: SiteSpec, origin: str) -> FarmResponse:
    if not s.robots_disallow and not s.sitemap:
        return FarmResponse(404, [("Content-Type", "text/plain")], b"Not Found")
    lines = ["User-agent: *", *[f"Disallow: {p}" for p in s.robots_disallow]]
    if s.layout == "wordpress":
        lines.append("Allow: /wp-admin/admin-ajax.php")
    if s.sitemap:
        lines += ["", f"Sitemap: {origin}/sitemap.xml"]
    return FarmResponse(200, [("Content-Type", "text/plain")], ("\n".join(lines) + "\n").encode())


def _sitemap(s: SiteSpec, origin: str) -> FarmResponse:
    lastmod = (s.today - dt.timedelta(days=s.day + 4)).isoformat() + "T00:00:00+00:00"  # the same on every entry
    keys = [k for k in s.pages if "?page=" not in k] + list(s.docs)
    urls = "".join(f"<url><loc>{origin}{quote(k, safe='/?=&')}</loc><lastmod>{lastmod}</lastmod></url>" for k in keys)
    body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return FarmResponse(200, [("Content-Type", "application/xml")], body.encode())


def _calendar(s: SiteSpec, query: str) -> FarmResponse:
    q = parse_qs(query)
    try:
        month = min(12, max(1, int(q.get("bulan", [s.today.month])[0])))
        year = int(q.get("tahun", [s.today.year])[0])
    except ValueError:
        month, year = s.today.month, s.today.year
    prev_m, prev_y = (12, year - 1) if month == 1 else (month - 1, year)
    next_m, next_y = (1, year + 1) if month == 12 else (month + 1, year)
    days = "".join(f"<td>{d}</td>" for d in range(1, calendar.monthrange(year, month)[1] + 1))
    p = s.prefix
    main = (f"<h1>Agenda Kegiatan {C.MONTHS[month - 1]} {year}</h1>"
            f'<a href="{p}/agenda?bulan={prev_m}&tahun={prev_y}">&laquo; {C.MONTHS[prev_m - 1]}</a> '
            f'<a href="{p}/agenda?bulan={next_m}&tahun={next_y}">{C.MONTHS[next_m - 1]} &raquo;</a>'
            f'<table class="calendar"><tr>{days}</tr></table>')
    return _html(s, render_shell(s, "Agenda Kegiatan", main, ("Beranda", "Agenda")))


def _pengumuman(s: SiteSpec, query: str) -> FarmResponse:
    try:
        page = max(1, int(parse_qs(query).get("page", ["1"])[0]))
    except ValueError:
        page = 1
    items = "".join(f"<li>Pengumuman nomor {(page - 1) * 10 + i}</li>" for i in range(1, 11))
    main = (f"<h1>Pengumuman</h1><ul>{items}</ul><p>Halaman {page}</p>"
            f'<a href="{s.prefix}/pengumuman?page={page + 1}">Berikutnya &raquo;</a>')
    return _html(s, render_shell(s, "Pengumuman", main, ("Beranda", "Pengumuman")))


def _document(s: SiteSpec, path: str) -> FarmResponse:
    doc = s.docs[path]
    if doc.broken:
        return _not_found(s)
    lines = [doc.title, f"PPID {s.name}", f"Ditetapkan: {C.fmt_date(doc.date, 'long')}", C.FILLER[1]]
    body = document_bytes(doc.kind, doc.title, lines, doc.date)
    stamp = dt.datetime.combine(doc.date, dt.time(2, 0), tzinfo=dt.timezone.utc)
    return FarmResponse(200, [("Content-Type", CONTENT_TYPES[doc.kind]), ("Last-Modified", format_datetime(stamp, usegmt=True)),
                              ("Accept-Ranges", "bytes")], body)


def _fault(s: SiteSpec, key: str, how: tuple[object, ...]) -> FarmResponse:
    kind = how[0]
    if kind == "slow":
        resp = _route(s, key, slow_ok=False)
        resp.delay = float(how[1])  # type: ignore[arg-type]
        return resp
    if kind == "status":
        return FarmResponse(int(how[1]), [("Content-Type", "text/html")],  # type: ignore[call-overload]
                            b"<html><body><h1>500 Internal Server Error</h1></body></html>")
    if kind == "hang":
        return FarmResponse(hang=True)
    if kind == "redirect":
        return _redirect(str(how[1]), 302)
    if kind == "huge":
        # the same 50 MB every time: a strong validator, as a static file would have
        return FarmResponse(200, [("Content-Type", "text/html; charset=utf-8"), ("ETag", '"arsip-semua-1"')],
                            stream=_huge_stream)
    if kind == "bomb":
        return FarmResponse(200, [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")], gzip_bomb())
    raise AssertionError(kind)


def _route(s: SiteSpec, target: str, *, slow_ok: bool = True, origin: str = "") -> FarmResponse:
    raw_path, _, query = target.partition("?")
    path = unquote(raw_path)
    key = path + ("?" + query if query else "")
    if slow_ok and (how := s.fault_paths.get(key) or s.fault_paths.get(path)):
        return _fault(s, key, how)
    if path == "/robots.txt":
        return _robots(s, origin)
    if path == "/sitemap.xml" and s.sitemap:
        return _sitemap(s, origin)
    if path == f"{s.prefix}/komponen/navbar.html" and s.js_nav:
        return _html(s, render_nav(s))
    if path in s.docs:
        return _document(s, path)
    if path in s.images:
        return FarmResponse(200, [("Content-Type", "image/png")], PNG_1PX)
    if s.layout == "static" and path == "/index.html":
        key = "/"
    if s.js_app and path == s.prefix + API_PATH:
        return FarmResponse(200, [("Content-Type", "application/json")], app_data(s, s.pages[s.start_path]))
    if key in s.pages:
        page = s.pages[key]
        if s.js_app and key == s.start_path:
            return _html(s, app_shell(s, page), page.encoding)
        return _html(s, render_page(s, page), page.encoding)
    if not query and key + "/" in s.pages:
        return _redirect(key + "/")
    n = news_number(s, key)
    if n is not None:
        return _html(s, news_article(s, n))
    for number in range(1, news_list_pages(s) + 1):
        if key == news_list_key(s, number):
            return _html(s, news_list(s, number))
    if path == f"{s.prefix}/agenda" and any(f.kind == "calendar_trap" for f in s.faults):
        return _calendar(s, query)
    if path == f"{s.prefix}/pengumuman" and any(f.kind == "pagination_trap" for f in s.faults):
        return _pengumuman(s, query)
    if s.layout == "portal" and path in PORTAL_PAGES:
        return _html(s, render_portal(s, path))
    return _not_found(s)


class ServedSite(Protocol):
    """What serving a site reads: its spec and, once the farm's server runs, its https port."""

    spec: SiteSpec
    https_port: int | None


def make_app(site: ServedSite) -> App:
    """The ``App`` serving ``site`` (http requests to an https site are redirected to https)."""
    s = site.spec

    async def app(req: FarmRequest) -> FarmResponse:
        target = req.target
        if "://" in target.split("?", 1)[0]:  # absolute-form request target
            target = "/" + target.split("://", 1)[1].partition("/")[2]
        if s.https != "none" and not req.tls and site.https_port:
            return _redirect(f"https://{req.host}:{site.https_port}{target}")
        origin = f"{'https' if req.tls else 'http'}://{req.host}:{req.port}"
        return _route(s, target, origin=origin)

    return app

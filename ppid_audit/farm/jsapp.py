"""The JavaScript-only layout: a home page that is a script, and its static twin.

A ``js_app`` site serves its home page as an empty ``<div id="app">`` and a
script that fetches ``<prefix>/api/beranda.json`` and writes the menu and the
content into the page: what a static crawl sees is one page with no text and
no links, and the JSON it cannot follow (it is not HTML).  Its inner pages are
the CMS's ordinary HTML.  The JSON holds exactly the body of the home page the
same site serves without ``js_app``, so a browser sees the same site as a
static crawl of its *static twin* (``static_twin``); the truth marks both.
"""

from __future__ import annotations

import copy
import dataclasses
import json

from .layouts import render_page
from .model import PageSpec, SiteSpec

__all__ = ["API_PATH", "app_data", "app_shell", "static_twin"]

API_PATH = "/api/beranda.json"


def _static_home(s: SiteSpec, page: PageSpec) -> str:
    # the static home page, without a script-filled menu (a script inserted by innerHTML never runs)
    return render_page(dataclasses.replace(s, js_nav=False, js_app=False), page)


def app_shell(s: SiteSpec, page: PageSpec) -> str:
    """The home page as served: the static page's head, a placeholder and the loader script."""
    html = _static_home(s, page)
    head, _, _ = html.partition("<body>")
    script = (f"fetch('{s.prefix}{API_PATH}').then(function (r) {{ return r.json(); }})"
              ".then(function (d) { document.getElementById('app').innerHTML = d.html; });")
    return f'{head}<body><div id="app"></div><script>{script}</script></body></html>'


def app_data(s: SiteSpec, page: PageSpec) -> bytes:
    """The JSON the home page's script loads: the static home page's body."""
    html = _static_home(s, page)
    body = html.partition("<body>")[2].rpartition("</body>")[0]
    return json.dumps({"title": page.title, "html": body}, ensure_ascii=False).encode("utf-8")


def static_twin(s: SiteSpec, *, host: str, id: str) -> SiteSpec:  # noqa: A002 - a site's id
    """A copy of the JavaScript-only site ``s`` serving the same content as static HTML on ``host``.

    The index stays: the generated content (news titles, dates) is a function of it.
    """
    twin = copy.deepcopy(s)
    twin.js_app = False
    twin.host, twin.id = host, id
    twin.twin_of = s.id
    twin.faults = [f for f in twin.faults if f.kind != "js_app"]
    return twin

"""Self-contained HTML reports (jinja2, autoescape on; inline CSS and SVG, no script).

Everything taken from a crawled site is escaped by jinja2's autoescape; the
only markup passed through is the SVG built by ``charts.py``, whose labels are
escaped there.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..models import INDICATORS, utcnow
from ..scoring import OVERALL
from .charts import line_chart, sparkline
from .i18n import check_lang, check_title, fmt_change, fmt_score, message, t

TEMPLATES = Path(__file__).resolve().parent / "templates"
SITE_CHARTS_MAX = 12  # full charts for at most this many sites; sparklines for all


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["updown"] = lambda v: "" if v is None else ("up" if v > 0 else "down" if v < 0 else "")
    return env


def render_html(kind: str, data: dict[str, Any], *, lang: str = "id", catalog: dict[str, dict[str, str]] | None = None) -> str:
    """Render a report (``ranking``, ``trend`` or ``changes``) to one HTML document."""
    check_lang(lang)
    catalog = catalog or {}
    env = _env().overlay()
    env.filters["t"] = lambda key: t(lang, key)
    env.filters["score"] = lambda v: fmt_score(v, lang)
    env.filters["change"] = lambda v: fmt_change(v, lang)
    env.filters["msg"] = lambda row: message(lang, row)
    env.filters["title_of"] = lambda cid: check_title(lang, cid, catalog)
    ctx: dict[str, Any] = {
        "data": data,
        "lang": lang,
        "indicators": list(INDICATORS),
        "generated": utcnow().strftime("%Y-%m-%d %H:%M UTC"),
    }
    if kind == "trend":
        ctx.update(_trend_charts(data, lang))
    return env.get_template(f"{kind}.html").render(**ctx)


def _points(series: list[list[Any]]) -> list[tuple[str | None, float | None]]:
    return [(p[1], p[2]) for p in series]


def _trend_charts(data: dict[str, Any], lang: str) -> dict[str, Any]:
    keys = [OVERALL, *INDICATORS]
    provinces = []
    for p in data["provinces"]:
        lines = [(t(lang, k), _points(p["series"][k])) for k in keys if k in p["series"]]
        name = p.get("name") or p["province"] or t(lang, "all_provinces")
        provinces.append({"name": name, "svg": line_chart(lines, title=name)})
    sites = []
    few = len(data["sites"]) <= SITE_CHARTS_MAX
    for s in data["sites"]:
        overall = s["series"].get(OVERALL, [])
        last_score = s.get("last_score") or {}
        last = last_score.get("score")
        svg = None
        if few:
            lines = [(t(lang, k), _points(s["series"][k])) for k in keys if k in s["series"]]
            svg = line_chart(lines, title=s["name"])
        sites.append(
            {
                "id": s["id"], "name": s["name"], "level": s["level"], "spark": sparkline(_points(overall)),
                "last": last, "last_old": last_score.get("old", False), "last_date": last_score.get("audit_date"),
                "svg": svg,
            }
        )
    return {"province_charts": provinces, "site_charts": sites}

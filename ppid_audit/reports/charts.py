"""Inline SVG charts, hand-written: score lines over time and sparklines.

A plotting library (matplotlib, pygal) would add tens of megabytes and a
font/backend set-up for what is a few polylines on a 0-100 scale; these
functions emit small, self-contained SVG (no script, no external reference)
that prints and scales on a phone.  Every label is XML-escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

PALETTE = ("#1f5fa8", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a", "#495057", "#0b7285", "#e67700")
# band lower edges, drawn as light horizontal bands
BAND_FILLS = ((90, 100, "#e6f4ea"), (80, 90, "#f1f8e9"), (60, 80, "#fff8e1"), (40, 60, "#fff0e6"), (0, 40, "#fdecea"))

Point = tuple[str | None, float | None]  # (ISO date, score)


def _x_of(dates: Sequence[str], left: float, right: float) -> dict[str, float]:
    days = sorted({dt.date.fromisoformat(d).toordinal() for d in dates})
    if not days:
        return {}
    lo, hi = days[0], days[-1]
    span = max(hi - lo, 1)
    return {d: left + (right - left) * (dt.date.fromisoformat(d).toordinal() - lo) / span for d in set(dates)}


def _segments(points: Sequence[Point], xs: dict[str, float], y: Callable[[float], float]) -> list[str]:
    segs: list[list[str]] = [[]]
    for date, value in points:
        if date is None or value is None:
            if segs[-1]:
                segs.append([])
            continue
        segs[-1].append(f"{xs[date]:.1f},{y(value):.1f}")
    return [" ".join(s) for s in segs if s]


def line_chart(
    lines: Sequence[tuple[str, Sequence[Point]]],
    *,
    title: str = "",
    width: int = 640,
    height: int = 220,
) -> Markup:
    """A 0-100 line chart with the Monev bands shaded; one polyline per (label, points)."""
    left, right, top, bottom = 34.0, width - 8.0, 8.0, height - 22.0
    dates = [d for _, pts in lines for d, _v in pts if d]
    xs = _x_of(dates, left, right)

    def y(v: float) -> float:
        return bottom - (bottom - top) * max(0.0, min(100.0, v)) / 100.0

    out = [
        f'<svg viewBox="0 0 {width} {height + 18 * ((len(lines) + 2) // 3)}" '
        f'role="img" class="chart" preserveAspectRatio="xMinYMin meet"><title>{escape(title)}</title>'
    ]
    for lo, hi, fill in BAND_FILLS:
        out.append(f'<rect x="{left}" y="{y(hi):.1f}" width="{right - left:.1f}" height="{y(lo) - y(hi):.1f}" fill="{fill}"/>')
    for v in (0, 40, 60, 80, 90, 100):
        out.append(
            f'<line x1="{left}" x2="{right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ccc" stroke-width="0.5"/>'
            f'<text x="{left - 4}" y="{y(v) + 3:.1f}" font-size="9" text-anchor="end" fill="#555">{v}</text>'
        )
    if dates:
        first, last = min(dates), max(dates)
        out.append(f'<text x="{left}" y="{height - 6}" font-size="9" fill="#555">{escape(first)}</text>')
        out.append(f'<text x="{right}" y="{height - 6}" font-size="9" text-anchor="end" fill="#555">{escape(last)}</text>')
    for i, (label, pts) in enumerate(lines):
        color = PALETTE[i % len(PALETTE)]
        for seg in _segments(pts, xs, y):
            if " " not in seg:  # a single point: a dot
                cx, cy = seg.split(",")
                out.append(f'<circle cx="{cx}" cy="{cy}" r="2" fill="{color}"/>')
            else:
                out.append(f'<polyline fill="none" stroke="{color}" stroke-width="1.5" points="{seg}"/>')
        lx, ly = left + (i % 3) * (width - left) / 3, height + 12 + 18 * (i // 3)
        out.append(
            f'<rect x="{lx:.0f}" y="{ly - 8}" width="10" height="10" fill="{color}"/>'
            f'<text x="{lx + 14:.0f}" y="{ly + 1}" font-size="10" fill="#222">{escape(label)}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def sparkline(points: Sequence[Point], *, width: int = 160, height: int = 30, max_points: int = 120) -> Markup:
    """A small 0-100 line without axes (the last point marked); long series are thinned."""
    pts = [p for p in points if p[0]]
    if len(pts) > max_points:
        step = len(pts) / max_points
        pts = [pts[int(i * step)] for i in range(max_points - 1)] + [pts[-1]]
    xs = _x_of([d for d, _ in pts if d], 2.0, width - 4.0)

    def y(v: float) -> float:
        return height - 2 - (height - 4) * max(0.0, min(100.0, v)) / 100.0

    out = [f'<svg viewBox="0 0 {width} {height}" class="spark" role="img">']
    out.append(f'<line x1="0" x2="{width}" y1="{y(90):.1f}" y2="{y(90):.1f}" stroke="#b2dfb5" stroke-width="0.5"/>')
    for seg in _segments(pts, xs, y):
        out.append(f'<polyline fill="none" stroke="{PALETTE[0]}" stroke-width="1.2" points="{seg}"/>')
    last = next(((d, v) for d, v in reversed(pts) if v is not None and d), None)
    if last:
        out.append(f'<circle cx="{xs[last[0]]:.1f}" cy="{y(last[1]):.1f}" r="2" fill="{PALETTE[1]}"/>')  # type: ignore[index]
    out.append("</svg>")
    return Markup("".join(out))

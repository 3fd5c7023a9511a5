"""A line chart by year as inline SVG, written directly (no plotting library).

The report draws one small chart per partner: four flows at most over a few years.
Writing that SVG here takes well under a millisecond a chart and imports nothing, where
pygal (LGPL) took about 4 ms a chart and 50 ms to import, and the report must take a
small fraction of the build's time. Styles (fonts, grid colours) come from the page's
CSS (``.chart`` rules in report.css), so each chart carries only its geometry.
A missing year breaks a line (no value is invented); each point has a tooltip.
"""
from __future__ import annotations

import math
from html import escape

WIDTH, PLOT_HEIGHT = 720, 200
LEFT, RIGHT, TOP = 64, 16, 14                  # margins; years and the legend sit below


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """About n round tick values (1, 2, 5 x 10^k steps) covering lo..hi."""
    if lo == hi:
        lo, hi = (lo - 1, hi + 1) if lo == 0 else (min(0, lo), max(0, hi))
    raw = (hi - lo) / max(n - 1, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    k = 0
    while True:
        t = round(first + k * step, 10)
        ticks.append(t)
        if t >= hi - 1e-9 * step:
            return ticks
        k += 1


def _num(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.3g}"


def _legend(labels: list[str], top: int) -> tuple[list[tuple[int, int]], int]:
    """(x, y) of each legend entry, left to right, wrapping; and the bottom edge."""
    pos, lx, ly = [], LEFT, top
    for label in labels:
        w = 32 + 7 * len(label)
        if lx + w > WIDTH - RIGHT and lx > LEFT:
            lx, ly = LEFT, ly + 18
        pos.append((lx, ly))
        lx += w
    return pos, ly + 10


def line_chart(lines: list[tuple[str, str, dict[int, tuple[float, str]], bool]],
               years: list[int], chart_id: str, title: str, y_title: str = "US$ million") -> str:
    """SVG of lines (label, colour, {year: (value, tooltip)}, dashed) over consecutive
    years; a dashed line tells a part (a scope) from the whole flow of the same colour."""
    values = [v for _, _, pts, _ in lines for v, _ in pts.values()]
    ticks = nice_ticks(min(values + [0.0]), max(values + [0.0]))
    y0, y1 = ticks[0], ticks[-1]
    pw, ph = WIDTH - LEFT - RIGHT, PLOT_HEIGHT
    step = pw / len(years)
    legend, height = _legend([line[0] for line in lines], TOP + ph + 44)

    def x(year):
        return LEFT + step * (years.index(year) + 0.5)

    def y(v):
        return TOP + ph * (y1 - v) / ((y1 - y0) or 1)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" id="{chart_id}" class="line-chart" '
           f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img">',
           f"<title>{escape(title)}</title>", '<g class="axes">']
    for t in ticks:
        cls = "zero" if t == 0 else "grid"
        out.append(f'<line class="{cls}" x1="{LEFT}" x2="{LEFT + pw}" y1="{y(t):.1f}" '
                   f'y2="{y(t):.1f}"/><text class="tick" x="{LEFT - 6}" y="{y(t) + 4:.1f}" '
                   f'text-anchor="end">{_num(t)}</text>')
    every = math.ceil(len(years) / 12)
    for i, yr in enumerate(years):
        if i % every == 0:
            out.append(f'<text class="tick" x="{x(yr):.1f}" y="{TOP + ph + 16}" '
                       f'text-anchor="middle">{yr}</text>')
    out.append(f'<text class="axis-title" transform="translate(14 {TOP + ph / 2:.0f}) '
               f'rotate(-90)" text-anchor="middle">{escape(y_title)}</text></g>')
    for n, (_, color, pts, dashed) in enumerate(lines):
        out.append(f'<g class="serie serie-{n}{" dashed" if dashed else ""}" '
                   f'stroke="{color}" fill="{color}">')
        path, prev = [], False
        for yr in years:                           # a missing year breaks the line
            if yr in pts:
                path.append(f'{"L" if prev else "M"}{x(yr):.1f} {y(pts[yr][0]):.1f}')
            prev = yr in pts
        out.append(f'<path class="line" fill="none" d="{" ".join(path)}"/>')
        for yr in years:
            if yr in pts:
                out.append(f'<circle class="dot" cx="{x(yr):.1f}" cy="{y(pts[yr][0]):.1f}" '
                           f'r="4"><title>{escape(pts[yr][1])}</title></circle>')
        out.append("</g>")
    out.append('<g class="legend">')
    for (label, color, _, dashed), (lx, ly) in zip(lines, legend):
        out.append(f'<line class="key{" dashed" if dashed else ""}" x1="{lx}" x2="{lx + 16}" '
                   f'y1="{ly - 4}" y2="{ly - 4}" stroke="{color}"/>'
                   f'<text x="{lx + 20}" y="{ly}">{escape(label)}</text>')
    out.append("</g></svg>")
    return "".join(out)

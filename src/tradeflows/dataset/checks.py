"""Arithmetic checks between the figures of the series: trade figures check themselves.

`check_rows(series, figures, shares)` returns one row per check the series cells allow:

- identities of one reporter, partner, scope and year, when three of the four flows
  are known: ``exports+imports=turnover``, ``exports-imports=balance``, and when
  exports or imports is missing ``turnover+balance=2*exports`` /
  ``turnover-balance=2*imports``;
- bounds when only two flows are known: ``exports<=turnover``, ``imports<=turnover``,
  ``|balance|<=turnover``, ``balance<=exports``, ``-balance<=imports``;
- ``growth=value/previous-1``: a cell's growth figure against its value and the
  previous year's cell of the same flow;
- ``share=part/whole``: a share of a partner in a flow against the partner's cell and
  the world cell of the same flow.

Every stated figure is an interval, not a point (`figure_interval`): half a unit of its
last stated digit either side ("$33.3 million" is 33.25-33.35 million, "threefold" is
2.5-3.5 times), ±10% for "about" / "almost" (the build's APPROX_TOLERANCE), open on
one side for "more than" / "less than", both ends for a range. The intervals are
carried through the arithmetic, and a check is ok when the two sides' intervals
overlap (for a bound: when the found interval can lie below the bound). So a check
fails only when no reading of the stated figures within their rounding and
qualifiers makes the arithmetic hold.
"""
from __future__ import annotations

import math
import re
from typing import Iterable

INF = math.inf
APPROX = 0.10                     # "about X" allows X +-10% (as the build's conflict rule)
_NUMBER = re.compile(r"\d(?:[\d,]*\d)?(?:\.(\d+))?")

# identity name -> (flow found, the two flows that give it)
IDENTITIES = (
    ("exports+imports=turnover", "turnover", ("exports", "imports")),
    ("exports-imports=balance", "balance", ("exports", "imports")),
    ("turnover+balance=2*exports", "exports", ("turnover", "balance")),
    ("turnover-balance=2*imports", "imports", ("turnover", "balance")),
)
# bound name -> (flow found, flow it cannot exceed, sign applied to the found flow)
BOUNDS = (
    ("exports<=turnover", "exports", "turnover"),
    ("imports<=turnover", "imports", "turnover"),
    ("|balance|<=turnover", "balance", "turnover"),
    ("balance<=exports", "balance", "exports"),
    ("-balance<=imports", "balance", "imports"),
)


# ------------------------------------------------------------------ one figure

def half_unit(figure: str | None, kind: str | None, value: float,
              value_high: float | None = None) -> float:
    """Half a unit of the last stated digit of a figure, in the units of `value`.

    "$33.3 million" -> 0.05 million; "2.9-fold" (growth 190) -> 5 points; "102.2%"
    (growth 2.2) -> 0.05 points; a figure in words ("threefold", "a quarter") counts as
    stated to its leading digit."""
    m = None
    for m in _NUMBER.finditer(figure or ""):
        pass
    if m is None:
        v = abs(value_high if value_high is not None else value)
        return 0.5 * 10 ** math.floor(math.log10(v)) if v > 0 else 0.0
    n = float(m.group(0).replace(",", ""))
    unit = 0.5 * 10 ** -len(m.group(1) or "")
    top = value_high if value_high is not None else value
    if kind == "money":
        return unit * abs(top / n) if n else 0.0
    if math.isclose(abs(top), n) or math.isclose(abs(top), abs(n - 100)):
        return unit                            # "34.7%", "102.2%" (index form)
    if math.isclose(top, (n - 1) * 100):
        return unit * 100                      # "2.9 times", "3-fold"
    return unit * abs(top / n) if n else 0.0


def figure_interval(fig: dict, usd: bool) -> tuple[float, float, float]:
    """(low, point, high) a stated figure allows, in USD for money (usd=True), else in
    its own unit (percent)."""
    v = fig["value_usd"] if usd else fig["value"]
    vh = fig.get("value_usd_high") if usd else fig.get("value_high")
    h = half_unit(fig.get("figure"), fig.get("kind"), fig["value"], fig.get("value_high"))
    if usd and fig["value"]:
        h *= abs(fig["value_usd"] / fig["value"])
    q = fig.get("qualifier") or "exact"
    if q == "approx":
        a, b = v * (1 - APPROX), v * (1 + APPROX)
        return min(a, b) - h, v, max(a, b) + h
    if q == "more_than":
        return v - h, v, INF
    if q == "less_than":
        return -INF, v, v + h
    if q == "range" and vh is not None:
        return min(v, vh) - h, (v + vh) / 2, max(v, vh) + h
    return v - h, v, v + h


# ------------------------------------------------------------------ interval arithmetic

def _add(a, b):
    return a[0] + b[0], a[1] + b[1], a[2] + b[2]


def _sub(a, b):
    return a[0] - b[2], a[1] - b[1], a[2] - b[0]


def _half(a):
    return a[0] / 2, a[1] / 2, a[2] / 2


def _neg(a):
    return -a[2], -a[1], -a[0]


def _abs(a):
    lo, p, hi = a
    if lo >= 0:
        return a
    if hi <= 0:
        return _neg(a)
    return 0.0, abs(p), max(-lo, hi)


def _ratio_pct(num, den):
    """(num / den - 1) * 100 as an interval; None when den may be zero or negative."""
    if den[0] <= 0 or den[1] <= 0:
        return None
    lo = num[0] / den[2] if den[2] < INF else (0.0 if num[0] >= 0 else -INF)
    hi = num[2] / den[0]
    return (lo - 1) * 100, (num[1] / den[1] - 1) * 100, (hi - 1) * 100


def _overlap(a, b) -> bool:
    return max(a[0], b[0]) <= min(a[2], b[2]) + 1e-9 * max(1.0, abs(a[1]), abs(b[1]))


def _rel(found: float, expected: float) -> float | None:
    return (found - expected) / abs(expected) * 100 if expected else None


# ------------------------------------------------------------------ wording

def fmt_usd(v: float) -> str:
    """$10.0 million, $1.25 billion, -$2.8 million, unbounded."""
    if math.isinf(v):
        return "unbounded"
    sign, v = ("-" if v < 0 else ""), abs(v)
    for scale, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if v >= scale:
            return f"{sign}${v / scale:,.5g} {word}"
    return f"{sign}${v:,.0f}"


def fmt_pct(v: float) -> str:
    return "unbounded" if math.isinf(v) else f"{v:,.4g}%"


def _span(a, fmt) -> str:
    if a[0] == a[2]:
        return fmt(a[1])
    if math.isinf(a[2]) and not math.isinf(a[0]):
        return f"{fmt(a[1])} (at least {fmt(a[0])})"
    if math.isinf(a[0]) and not math.isinf(a[2]):
        return f"{fmt(a[1])} (at most {fmt(a[2])})"
    return f"{fmt(a[1])} ({fmt(a[0])} to {fmt(a[2])})"


# ------------------------------------------------------------------ checks

def _row(cells: list[dict], check: str, expected, found, unit: str, ok: bool,
         difference: float | None, ids: list[str], note: str, touched: list[int]) -> dict:
    c = cells[0]
    return {"reporter_iso3": c["reporter_iso3"], "partner_iso3": c["partner_iso3"],
            "partner": c["partner"], "scope": c["scope"], "year": c["year"], "check": check,
            "expected": expected[1], "found": found[1], "difference_pct": difference, "ok": ok,
            "figure_ids": ids, "unit": unit,
            "expected_low": None if math.isinf(expected[0]) else expected[0],
            "expected_high": None if math.isinf(expected[2]) else expected[2],
            "found_low": None if math.isinf(found[0]) else found[0],
            "found_high": None if math.isinf(found[2]) else found[2],
            "note": note, "_cells": touched}


def _chosen(cell: dict) -> str:
    ids = cell["figure_ids"]
    return ids[0] if isinstance(ids, list) else ids.split(";")[0]


def _group_key(s: dict) -> tuple:
    return (s["reporter_iso3"], s["partner_iso3"], s["partner"], s["scope"] or "", s["year"])


def check_rows(series: list[dict], figures: dict[str, dict],
               shares: Iterable[dict] = ()) -> list[dict]:
    """One row per check the series cells allow (see the module doc). `figures` maps a
    figure_id to its row (figure, kind, value, value_high, value_usd, value_usd_high,
    qualifier); `shares` are actual full-year share figures of a country partner.
    Each row's private `_cells` lists the indexes of the series rows it touches."""
    groups: dict[tuple, dict[str, int]] = {}
    for i, s in enumerate(series):
        groups.setdefault(_group_key(s), {})[s["flow"]] = i

    def val(i: int):
        return figure_interval(figures[_chosen(series[i])], usd=True)

    out: list[dict] = []
    for key, flows in groups.items():
        cells = [series[i] for i in flows.values()]
        if len(flows) >= 3:
            done = 0
            for name, found_flow, (a, b) in IDENTITIES:
                if done == 2 or not {found_flow, a, b} <= flows.keys():
                    continue
                done += 1
                x, y, f = val(flows[a]), val(flows[b]), val(flows[found_flow])
                exp = {"exports+imports=turnover": lambda: _add(x, y),
                       "exports-imports=balance": lambda: _sub(x, y),
                       "turnover+balance=2*exports": lambda: _half(_add(x, y)),
                       "turnover-balance=2*imports": lambda: _half(_sub(x, y))}[name]()
                ok = _overlap(exp, f)
                touched = [flows[a], flows[b], flows[found_flow]]
                note = (f"{a} {_span(x, fmt_usd)} and {b} {_span(y, fmt_usd)} give "
                        f"{found_flow} {_span(exp, fmt_usd)}; stated {_span(f, fmt_usd)}")
                out.append(_row(cells, name, exp, f, "USD", ok, _rel(f[1], exp[1]),
                                [_chosen(series[i]) for i in touched], note, touched))
        elif len(flows) == 2:
            for name, part, whole in BOUNDS:
                if not {part, whole} <= flows.keys():
                    continue
                p, w = val(flows[part]), val(flows[whole])
                found = {"|balance|<=turnover": _abs, "-balance<=imports": _neg}.get(
                    name, lambda a: a)(p)
                ok = found[0] <= w[2] + 1e-9 * max(1.0, abs(w[1]))
                touched = [flows[part], flows[whole]]
                note = (f"{name.split('<=')[0]} {_span(found, fmt_usd)} cannot exceed "
                        f"{whole} {_span(w, fmt_usd)}")
                out.append(_row(cells, name, w, found, "USD", ok, _rel(found[1], w[1]),
                                [_chosen(series[i]) for i in touched], note, touched))

    # growth against the previous year's cell of the same flow
    index = {(_group_key(s)[:4], s["flow"], s["year"]): i for i, s in enumerate(series)}
    for i, s in enumerate(series):
        gid = s.get("growth_figure_id")
        prev = index.get((_group_key(s)[:4], s["flow"], s["year"] - 1))
        if not gid or prev is None or gid not in figures:
            continue
        now, before = val(i), val(prev)
        exp = _ratio_pct(now, before)
        if exp is None:
            continue
        g = figure_interval(figures[gid], usd=False)
        ok = _overlap(exp, g)
        diff = None if not now[1] else ((1 + g[1] / 100) * before[1] / now[1] - 1) * 100
        note = (f"{s['flow']} {s['year']} {_span(now, fmt_usd)} against {s['year'] - 1} "
                f"{_span(before, fmt_usd)} is growth {_span(exp, fmt_pct)}; stated "
                f"{_span(g, fmt_pct)}")
        out.append(_row([s], "growth=value/previous-1", exp, g, "percent", ok, diff,
                        [_chosen(s), _chosen(series[prev]), gid], note, [i, prev]))

    # a partner's share of a flow against the partner's and the world's cells
    for f in shares:
        part = next((i for i, s in enumerate(series) if _share_match(s, f, world=False)), None)
        whole = next((i for i, s in enumerate(series) if _share_match(s, f, world=True)), None)
        if part is None or whole is None or part == whole:
            continue
        p, w = val(part), val(whole)
        exp = _ratio_pct(p, w)
        if exp is None:
            continue
        exp = tuple(v + 100 for v in exp)       # part / whole in percent
        g = figure_interval(f, usd=False)
        ok = _overlap(exp, g)
        diff = (g[1] / exp[1] - 1) * 100 if exp[1] else None
        note = (f"{series[part]['partner']} {_span(p, fmt_usd)} of {series[whole]['partner']} "
                f"{_span(w, fmt_usd)} is {_span(exp, fmt_pct)}; stated {_span(g, fmt_pct)}")
        out.append(_row([series[part]], "share=part/whole", exp, g, "percent", ok, diff,
                        [_chosen(series[part]), _chosen(series[whole]), f["figure_id"]], note,
                        [part, whole]))
    out.sort(key=lambda r: (r["reporter_iso3"], r["partner_iso3"] is None,
                            r["partner"].casefold(), r["scope"] or "", r["year"], r["check"]))
    return out


def _share_match(s: dict, f: dict, world: bool) -> bool:
    if (s["reporter_iso3"] != (f.get("reporter_iso3") or "").upper() or s["flow"] != f["measure"]
            or s["year"] != f["year"] or (s["scope"] or None) != (f.get("scope") or None)):
        return False
    if world:
        return s["partner_iso3"] is None and s["partner"].casefold() == "world"
    return s["partner_iso3"] is not None and s["partner_iso3"] == (f.get("partner_iso3") or "").upper()


def mark_series(series: list[dict], checks: list[dict]) -> None:
    """Set each series row's checks_failed to the names of the failed checks touching it,
    and drop the checks' private `_cells`."""
    for s in series:
        s["checks_failed"] = []
    for c in checks:
        for i in c.pop("_cells"):
            if not c["ok"] and c["check"] not in series[i]["checks_failed"]:
                series[i]["checks_failed"].append(c["check"])

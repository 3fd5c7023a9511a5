"""Precision and recall of the series panel against the gold's national cells.

Scored apart from the figures because the panel is what users read: a figure
can be found and still not make (or wrongly make) a (reporter, partner, flow,
year) cell. The panel is rebuilt with the build's own admission rule, imported
lazily from tradeflows.dataset.
"""
from __future__ import annotations

from tradeflows.evaluate.matching import EPS, MONEY_REL_TOL
from tradeflows.evaluate.metrics import FACT_MEASURES, prf


# GUIDELINES: a money difference is a money record with "(difference)" in its note
_DIFFERENCE = "(difference)"


def _gold_cell_value(g: dict) -> tuple[float, float] | None:
    """The (low, high) US-dollar value of a gold money figure, None without a rate."""
    from tradeflows.dataset.rates import to_usd
    lo, hi, _, _ = to_usd("money", g.get("value"), g.get("value_high"), g.get("currency"),
                          g.get("year"))
    if lo is None:
        return None
    return (min(lo, hi), max(lo, hi)) if hi is not None else (lo, lo)


def _cell_partner(x: dict) -> str | None:
    if x.get("partner_iso3"):
        return str(x["partner_iso3"]).upper()
    from tradeflows.dataset.cues import norm_name
    return norm_name(x["partner"]) if x.get("partner") else None


def gold_cells(golds: list[dict]) -> dict[tuple, list[tuple[float, float]]]:
    """The gold's national panel: (reporter_iso3, partner, measure, year) -> the USD values
    of its gold figures. Only money figures of a flow, actual, of a full calendar year,
    of no product, whose reporter is a country itself and whose partner a country itself,
    a bloc or the world (the place registry says so, as for the panel), and levels: a
    money difference ("+$2.8 billion", GUIDELINES: "(difference)" in its note) is no
    cell's value, as the panel takes no change of a level."""
    from tradeflows.dataset.cues import partner_reason, reporter_class
    from tradeflows.dataset.series import full_year
    cells: dict[tuple, list[tuple[float, float]]] = {}
    for g in golds:
        if (g.get("kind") != "money" or g.get("measure") not in FACT_MEASURES
                or g.get("status") != "actual" or g.get("product") or not full_year(g)
                or not g.get("reporter_iso3") or partner_reason(g) is not None
                or reporter_class(g.get("reporter"), g.get("reporter_iso3")) != "country"
                or _DIFFERENCE in (g.get("note") or "")):
            continue
        v = _gold_cell_value(g)
        if v is not None:
            key = (g["reporter_iso3"].upper(), _cell_partner(g), g["measure"], int(g["year"]))
            cells.setdefault(key, []).append(v)
    return cells


def _agrees(value: float, golds: list[tuple[float, float]]) -> bool:
    return any(lo - MONEY_REL_TOL * abs(lo) - EPS <= value <= hi + MONEY_REL_TOL * abs(hi) + EPS
               for lo, hi in golds)


def panel_score(preds: list[dict], golds: list[dict], published: dict[str, str | None],
                min_confidence: float | None = None) -> dict:
    """Precision and recall of the series panel against the gold's national cells.

    The predicted panel is built from the scored predictions with the build's own
    admission rule and choice (tradeflows.dataset.series); a predicted cell is right when
    the gold has a cell of the same (reporter, partner, flow, year) whose value agrees
    within the money tolerance (turnover may be stated from either side). Recall: gold
    cells with a right predicted cell."""
    from tradeflows.dataset.tasks import figure_rows
    from tradeflows.dataset.cells import series_rows
    from tradeflows.dataset.series import DEFAULT_MIN_CONFIDENCE
    conf = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    # predictions without offsets (e.g. gold records scored as predictions) sort by line
    figs = [{"char_start": int(p["line"]), "char_end": int(p["line"]), **p}
            for p in preds if p.get("kind") in ("money", "growth")]
    rows = series_rows(figure_rows(figs), published, conf)
    gold = gold_cells(golds)
    right, wrong, found = [], [], set()
    for r in rows:
        partner = r["partner_iso3"] or _cell_partner(r)
        keys = [(r["reporter_iso3"], partner, r["flow"], r["year"])]
        if r["flow"] == "turnover" and r["partner_iso3"]:
            keys.append((r["partner_iso3"], r["reporter_iso3"], "turnover", r["year"]))
        hit = next((k for k in keys if k in gold and _agrees(r["value_usd"], gold[k])), None)
        (right if hit else wrong).append(r)
        if hit:
            found.add(hit)
    out = prf(len(right), len(rows), len(gold))
    out["tp"] = len(right)
    out["fn"] = len(gold) - len(found)
    out["recall"] = len(found) / len(gold) if gold else 0.0
    p, rc = out["precision"], out["recall"]
    out["f1"] = 2 * p * rc / (p + rc) if p + rc else 0.0
    out.update(cells=len(rows), gold=len(gold), found=len(found), wrong=wrong,
               missed=sorted(set(gold) - found, key=str))
    return out

"""Score extracted figures against the hand-made gold (data/gold).

The scoring rule is fixed, because every accuracy claim is checked with it
(data/gold/README.md states it in full):

* a prediction matches a gold figure when both are in the same document,
  their lines differ by at most 1, the kind is the same, the value is within
  0.5% relative (money) or 0.11 absolute (growth, share), and, for money, the
  currency is the same;
* matching is one-to-one: an optimal bipartite matching (most pairs, then the
  smallest line distance and value error), so a duplicate prediction is a
  false positive and never steals a gold figure from a better candidate;
* predictions on lines of a gold footnote zone are ignored; in a document
  with coverage ranges only covered lines count, for predictions and gold.

On top of the matching: field accuracy on matched pairs, and trade-fact
precision/recall (a figure whose measure, partner and year are all right).
"""
from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tradeflows.records import KINDS

MONEY_REL_TOL = 0.005      # money: |pred - gold| <= 0.5% of |gold|
RATE_ABS_TOL = 0.11        # growth, share: |pred - gold| <= 0.11 points
LINE_TOL = 1
_EPS = 1e-9                # float slack so that a boundary value still matches

FACT_MEASURES = ("exports", "imports", "turnover", "balance")
FIELDS = ("measure", "partner", "year", "reporter", "period_start", "period_end",
          "status", "year_basis", "qualifier", "scope", "product")
MANIFEST = "manifest.csv"
_RANGE = re.compile(r"^\s*(\d+)\s*-\s*(\d+)\s*$")

Range = tuple[int, int]


# --------------------------------------------------------------------------- gold

@dataclass(frozen=True)
class Gold:
    """The annotations of a gold folder.

    covers: documents annotated only in part -> their line ranges;
    docs: every document the gold scores (a document in docs but not in
    covers is scored whole, even with no figures: any prediction is an FP).
    """
    figures: list[dict] = field(default_factory=list)
    footnotes: dict[str, list[Range]] = field(default_factory=dict)
    covers: dict[str, list[Range]] = field(default_factory=dict)
    docs: frozenset[str] = frozenset()

    def scores(self, doc: str, line: int) -> bool:
        """Whether a figure on this line counts at all (coverage only)."""
        if doc not in self.docs:
            return False
        ranges = self.covers.get(doc)
        return ranges is None or _within(line, ranges)

    def in_footnotes(self, doc: str, line: int) -> bool:
        return _within(line, self.footnotes.get(doc, ()))

    def only(self, docs: Iterable[str]) -> "Gold":
        """The gold restricted to some documents (e.g. those present in a raw folder)."""
        keep = self.docs & set(docs)
        return Gold([g for g in self.figures if g["doc"] in keep],
                    {d: r for d, r in self.footnotes.items() if d in keep},
                    {d: r for d, r in self.covers.items() if d in keep},
                    frozenset(keep))


def _within(line: int, ranges: Iterable[Range]) -> bool:
    return any(a <= line <= b for a, b in ranges)


def _add_range(table: dict[str, list[Range]], doc: str, rng: Range) -> None:
    ranges = table.setdefault(doc, [])
    if rng not in ranges:
        ranges.append(rng)
        ranges.sort()


def _parse_range(pair, where: str) -> Range:
    a, b = (int(x) for x in pair)
    if not 1 <= a <= b:
        raise ValueError(f"{where}: bad line range {pair!r}")
    return a, b


def load_gold(folder: str | Path) -> Gold:
    """Read every *.jsonl of a gold folder, and its manifest.csv if present.

    The manifest names documents annotated whole that have no figure record,
    so that they are scored too; a document both 'whole' in the manifest and
    with coverage ranges is an inconsistency and raises ValueError.
    """
    folder = Path(folder)
    figures: list[dict] = []
    footnotes: dict[str, list[Range]] = {}
    covers: dict[str, list[Range]] = {}
    docs: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for n, text in enumerate(fh, 1):
                if not text.strip():
                    continue
                rec = json.loads(text)
                where = f"{path.name}:{n}"
                docs.add(rec["doc"])
                if "kind" in rec:
                    figures.append(rec)
                elif "footnotes" in rec:
                    footnotes.setdefault(rec["doc"], []).append(
                        _parse_range(rec["footnotes"], where))
                elif "covers" in rec:
                    _add_range(covers, rec["doc"], _parse_range(rec["covers"], where))
                else:
                    raise ValueError(f"{where}: unknown record type {sorted(rec)}")
    whole = _read_manifest(folder, covers)
    clash = whole & set(covers)
    if clash:
        raise ValueError(f"{folder / MANIFEST}: annotated whole and in part: {sorted(clash)}")
    for ranges in footnotes.values():
        ranges.sort()
    return Gold(figures, footnotes, covers, frozenset(docs | whole))


def _read_manifest(folder: Path, covers: dict[str, list[Range]]) -> set[str]:
    """Documents the manifest says are annotated whole; its ranges go into covers."""
    path = folder / MANIFEST
    if not path.exists():
        return set()
    whole: set[str] = set()
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            where = f"{path.name}:{n}"
            if not (folder / row["file"].strip()).exists():
                raise ValueError(f"{where}: no gold file {row['file']!r}")
            doc, spec = row["doc"].strip(), row["covers"].strip()
            if spec == "whole":
                whole.add(doc)
                continue
            m = _RANGE.match(spec)
            if not m:
                raise ValueError(f"{where}: covers must be 'whole' or 'first-last', not {spec!r}")
            _add_range(covers, doc, _parse_range(m.groups(), where))
    return whole


# ----------------------------------------------------------------------- matching

def _norm(v):
    """Comparable form of a field value: None for empty, casefolded text, 2023.0 -> '2023'."""
    if v is None or v == "":
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip().casefold()


def _value_error(p: dict, g: dict) -> float | None:
    """Error as a fraction of the tolerance (0..1), or None when outside it."""
    try:
        pv, gv = float(p["value"]), float(g["value"])
    except (TypeError, ValueError, KeyError):
        return None
    tol = MONEY_REL_TOL * abs(gv) if g["kind"] == "money" else RATE_ABS_TOL
    err = abs(pv - gv)
    if err > tol + _EPS * max(1.0, abs(gv)):
        return None
    return min(err / tol, 1.0) if tol else 0.0


def match_cost(p: dict, g: dict) -> float | None:
    """Cost of pairing a prediction with a gold figure, None if they may not match.

    Line distance dominates (0 or 1), value error breaks ties (< 0.5).
    """
    if p.get("doc") != g["doc"] or p.get("kind") != g["kind"]:
        return None
    dist = abs(int(p["line"]) - int(g["line"]))
    if dist > LINE_TOL:
        return None
    if g["kind"] == "money" and _norm(p.get("currency")) != _norm(g.get("currency")):
        return None
    err = _value_error(p, g)
    return None if err is None else dist + 0.5 * err


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Min-cost assignment of each row to a distinct column (rows <= cols)."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)   # owner[j]: row (1-based) on column j
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    rows = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            rows[owner[j] - 1] = j - 1
    return rows


def _match_cluster(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """Maximum matching of least total cost within one small cluster."""
    costs = [[match_cost(p, g) for g in golds] for p in preds]
    if not any(c is not None for row in costs for c in row):
        return []
    # A non-edge costs more than all edges together: the optimum has most pairs.
    big = 2.0 * (len(preds) + len(golds) + 1)
    matrix = [[big if c is None else c for c in row] for row in costs]
    flip = len(preds) > len(golds)
    if flip:
        matrix = [list(col) for col in zip(*matrix)]
    pairs = [(r, c) for r, c in enumerate(_hungarian(matrix)) if c >= 0]
    if flip:
        pairs = [(c, r) for r, c in pairs]
    return [(i, j) for i, j in pairs if costs[i][j] is not None]


def match(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index) under the scoring rule.

    Candidates only link items of one doc and kind whose lines differ by <= 1,
    so the lists are cut into clusters at line gaps > 1 and each is solved
    exactly.
    """
    groups: dict[tuple, list[tuple[int, int, int]]] = {}
    for side, items in ((0, preds), (1, golds)):
        for i, x in enumerate(items):
            groups.setdefault((x.get("doc"), x.get("kind")), []).append((int(x["line"]), side, i))
    pairs: list[tuple[int, int]] = []
    for items in groups.values():
        items.sort()
        start = 0
        for k in range(1, len(items) + 1):
            if k == len(items) or items[k][0] - items[k - 1][0] > LINE_TOL:
                cluster = items[start:k]
                pi = [i for _, s, i in cluster if s == 0]
                gi = [i for _, s, i in cluster if s == 1]
                if pi and gi:
                    local = _match_cluster([preds[i] for i in pi], [golds[j] for j in gi])
                    pairs.extend((pi[a], gi[b]) for a, b in local)
                start = k
    return sorted(pairs)


# ------------------------------------------------------------------------ scoring

def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Counts and precision/recall/F1 (0.0 on an empty denominator)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": n_pred - tp, "fn": n_gold - tp,
            "precision": p, "recall": r, "f1": f}


def partner_ok(p: dict, g: dict) -> bool:
    """Partner right: ISO alpha-3 when gold has one, else the name, case-insensitively."""
    if g.get("partner_iso3"):
        return _norm(p.get("partner_iso3")) == _norm(g["partner_iso3"])
    return _norm(p.get("partner")) == _norm(g.get("partner"))


def _swapped_turnover_ok(p: dict, g: dict) -> bool:
    """Turnover between two named countries may be stated from either side."""
    if g.get("measure") != "turnover" or not g.get("partner_iso3") or not g.get("reporter_iso3"):
        return False
    partner_is_reporter = _norm(p.get("partner_iso3")) == _norm(g["reporter_iso3"]) or (
        _norm(p.get("partner")) is not None and _norm(p.get("partner")) == _norm(g.get("reporter")))
    reporter_is_partner = _norm(p.get("reporter_iso3")) == _norm(g["partner_iso3"]) or (
        _norm(p.get("reporter")) is not None and _norm(p.get("reporter")) == _norm(g.get("partner")))
    return partner_is_reporter and reporter_is_partner


def fact_ok(p: dict, g: dict) -> bool:
    """A matched pair states the same trade fact: measure, partner and year."""
    return (_norm(p.get("measure")) == _norm(g.get("measure"))
            and _norm(p.get("year")) == _norm(g.get("year"))
            and (partner_ok(p, g) or _swapped_turnover_ok(p, g)))


def _field_ok(name: str, p: dict, g: dict) -> bool:
    if name == "partner":
        return partner_ok(p, g)
    return _norm(p.get(name)) == _norm(g.get(name))


def _has_field(name: str, preds: list[dict]) -> bool:
    keys = ("partner", "partner_iso3") if name == "partner" else (name,)
    return any(_norm(p.get(k)) is not None for p in preds for k in keys)


def field_accuracy(pairs: list[tuple[dict, dict]], preds: list[dict]) -> dict:
    """Per field: correct / matched pairs; correct and accuracy None when no
    prediction fills the field (e.g. relate has not run)."""
    out = {}
    for name in FIELDS:
        if _has_field(name, preds):
            correct = sum(_field_ok(name, p, g) for p, g in pairs)
            acc = correct / len(pairs) if pairs else 0.0
        else:
            correct = acc = None
        out[name] = {"correct": correct, "total": len(pairs), "accuracy": acc}
    return out


def _by_place(x: dict) -> tuple:
    return (x.get("doc") or "", int(x["line"]), x.get("kind") or "", x.get("figure") or "")


def score(predictions: list[dict], gold: Gold, published: dict[str, str | None] | None = None,
          min_confidence: float | None = None) -> dict:
    """All the numbers of one evaluation, plus misses and false positives.

    Keys: kinds {money, growth, share} and overall (tp, fp, fn, precision,
    recall, f1); fields (per field correct/total/accuracy); facts (trade-fact
    P/R/F1 with gold/found/pred/pred_tp counts); panel (series cells, see
    panel_score); matches [{pred, gold}]; misses (gold dicts); false_positives
    and fact_misses; ignored counts. published: document -> publication date,
    for the panel's choice among figures.
    """
    ignored = {"not_scored": 0, "footnotes": 0}
    preds = []
    for p in predictions:
        doc, line = p.get("doc"), int(p["line"])
        if not gold.scores(doc, line):
            ignored["not_scored"] += 1
        elif gold.in_footnotes(doc, line):
            ignored["footnotes"] += 1
        else:
            preds.append(p)
    golds = [g for g in gold.figures if gold.scores(g["doc"], int(g["line"]))]

    pairs = match(preds, golds)
    pred_hit = {i for i, _ in pairs}
    gold_hit = {j for _, j in pairs}
    kinds = {}
    for kind in KINDS:
        tp = sum(1 for _, j in pairs if golds[j]["kind"] == kind)
        kinds[kind] = prf(tp, sum(1 for p in preds if p.get("kind") == kind),
                          sum(1 for g in golds if g["kind"] == kind))
    matched = [(preds[i], golds[j]) for i, j in pairs]

    gold_facts = [j for j, g in enumerate(golds) if g.get("measure") in FACT_MEASURES]
    found = {j for i, j in pairs
             if golds[j].get("measure") in FACT_MEASURES and fact_ok(preds[i], golds[j])}
    pred_facts = [p for p in preds if p.get("measure") in FACT_MEASURES]
    # One-to-one: each found gold fact has exactly one matched prediction,
    # so found gold facts and predicted figures matched to them are equal.
    facts = prf(len(found), len(pred_facts), len(gold_facts))
    facts.update(gold=len(gold_facts), found=len(found), pred=len(pred_facts),
                 pred_tp=len(found))

    unmatched_preds = [p for i, p in enumerate(preds) if i not in pred_hit]
    unmatched_golds = [g for j, g in enumerate(golds) if j not in gold_hit]
    return {
        "magnitude_off": magnitude_off(unmatched_preds, unmatched_golds),
        "usd": usd_coverage(matched),
        "kinds": kinds,
        "overall": prf(len(pairs), len(preds), len(golds)),
        "panel": panel_score(preds, golds, published or {}, min_confidence),
        "fields": field_accuracy(matched, preds),
        "facts": facts,
        "matches": [{"pred": p, "gold": g} for p, g in matched],
        "misses": sorted((g for j, g in enumerate(golds) if j not in gold_hit), key=_by_place),
        "false_positives": sorted((p for i, p in enumerate(preds) if i not in pred_hit),
                                  key=_by_place),
        "fact_misses": sorted((golds[j] for j in gold_facts if j not in found), key=_by_place),
        "ignored": ignored,
        "docs": sorted(gold.docs),
    }


def _mantissa(v: float) -> float:
    v = abs(v)
    return v / 10 ** math.floor(math.log10(v)) if v else 0.0


def magnitude_off(preds: list[dict], golds: list[dict]) -> list[tuple[dict, dict]]:
    """Unmatched money figures found at a gold figure's place (doc, line +-1) with the
    same digits but a value 10x or more off: a scale word lost, doubled or misread."""
    out = []
    for g in golds:
        if g["kind"] != "money" or not g.get("value"):
            continue
        for p in preds:
            if (p.get("kind") != "money" or p.get("doc") != g["doc"] or not p.get("value")
                    or abs(int(p["line"]) - int(g["line"])) > LINE_TOL):
                continue
            ratio = abs(float(p["value"]) / float(g["value"]))
            if (ratio >= 10 or ratio <= 0.1) and math.isclose(
                    _mantissa(float(p["value"])), _mantissa(float(g["value"])), rel_tol=0.01):
                out.append((p, g))
                break
    return out


def usd_coverage(matched: list[tuple[dict, dict]]) -> dict:
    """Of the matched money figures whose year is known, how many get a USD value
    (dataset.rates.to_usd, as the build computes value_usd)."""
    from tradeflows.dataset.rates import to_usd
    known = [(p, g) for p, g in matched if g["kind"] == "money" and p.get("year") is not None]
    done = sum(1 for p, _ in known if to_usd("money", p.get("value"), p.get("value_high"),
                                             p.get("currency"), p.get("year"))[0] is not None)
    return {"known": len(known), "converted": done,
            "share": done / len(known) if known else None}


# -------------------------------------------------------------------------- panel

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
    from tradeflows.dataset.series import norm_name
    return norm_name(x["partner"]) if x.get("partner") else None


def gold_cells(golds: list[dict]) -> dict[tuple, list[tuple[float, float]]]:
    """The gold's national panel: (reporter_iso3, partner, measure, year) -> the USD values
    of its gold figures. Only money figures of a flow, actual, of a full calendar year,
    of no product, whose reporter is a country itself and whose partner a country itself,
    a bloc or the world (the place registry says so, as for the panel)."""
    from tradeflows.dataset.series import full_year, partner_reason, reporter_class
    cells: dict[tuple, list[tuple[float, float]]] = {}
    for g in golds:
        if (g.get("kind") != "money" or g.get("measure") not in FACT_MEASURES
                or g.get("status") != "actual" or g.get("product") or not full_year(g)
                or not g.get("reporter_iso3") or partner_reason(g) is not None
                or reporter_class(g.get("reporter"), g.get("reporter_iso3")) != "country"):
            continue
        v = _gold_cell_value(g)
        if v is not None:
            key = (g["reporter_iso3"].upper(), _cell_partner(g), g["measure"], int(g["year"]))
            cells.setdefault(key, []).append(v)
    return cells


def _agrees(value: float, golds: list[tuple[float, float]]) -> bool:
    return any(lo - MONEY_REL_TOL * abs(lo) - _EPS <= value <= hi + MONEY_REL_TOL * abs(hi) + _EPS
               for lo, hi in golds)


def panel_score(preds: list[dict], golds: list[dict], published: dict[str, str | None],
                min_confidence: float | None = None) -> dict:
    """Precision and recall of the series panel against the gold's national cells.

    The predicted panel is built from the scored predictions with the build's own
    admission rule and choice (tradeflows.dataset.series); a predicted cell is right when
    the gold has a cell of the same (reporter, partner, flow, year) whose value agrees
    within the money tolerance (turnover may be stated from either side). Recall: gold
    cells with a right predicted cell."""
    from tradeflows.dataset.build import figure_rows
    from tradeflows.dataset.series import DEFAULT_MIN_CONFIDENCE, series_rows
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


# ------------------------------------------------------------------------- report

def _row(name: str, s: dict) -> str:
    return (f"{name:<8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
            f" {s['tp']:5d} {s['fp']:5d} {s['fn']:5d}")


def format_summary(result: dict) -> list[str]:
    """The compact table (<= 15 lines): a hook shows only the last 15."""
    lines = [f"{'kind':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    lines += [_row(k, result["kinds"][k]) for k in KINDS]
    lines.append(_row("overall", result["overall"]))
    fields = result["fields"]
    n = next(iter(fields.values()))["total"] if fields else 0
    cells = [f"{name}={'n/a' if f['accuracy'] is None else format(f['accuracy'], '.2f')}"
             for name, f in fields.items()]
    lines.append(f"field accuracy on {n} matched pairs:")
    lines += ["  " + " ".join(cells[k:k + 6]) for k in range(0, len(cells), 6)]
    f = result["facts"]
    lines.append(f"trade facts: P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}"
                 f"  (found {f['found']}/{f['gold']} gold, {f['pred_tp']}/{f['pred']} predicted)")
    pn = result.get("panel")
    if pn is not None:
        lines.append(f"series panel: P {pn['precision']:.3f} R {pn['recall']:.3f}"
                     f"  ({pn['tp']}/{pn['cells']} cells right, {pn['found']}/{pn['gold']}"
                     f" gold national full-year cells found)")
    return lines


def format_details(result: dict) -> list[str]:
    """Every miss and false positive, one a line, by document and line."""
    out = [f"misses ({len(result['misses'])}):"]
    out += [f"  {g['doc']}:{g['line']:<6} {g['kind']:<6} {g['value']!s:>14}"
            f" {g.get('currency') or '':<3}  {g.get('figure', '')}" for g in result["misses"]]
    out.append(f"false positives ({len(result['false_positives'])}):")
    out += [f"  {p['doc']}:{p['line']:<6} {p.get('kind', ''):<6} {p.get('value')!s:>14}"
            f" {p.get('currency') or '':<3}  {p.get('figure', '')}  [{p.get('rule', '')}]"
            for p in result["false_positives"]]
    off = result.get("magnitude_off") or []
    out.append(f"off in magnitude ({len(off)}):")
    out += [f"  {g['doc']}:{g['line']:<6} gold {g['value']!s:>14} found {p.get('value')!s:>14}"
            f"  {p.get('figure', '')}  [{p.get('rule', '')}]" for p, g in off]
    pn = result.get("panel")
    if pn is not None:
        out.append(f"panel cells not in the gold ({len(pn['wrong'])}):")
        out += [f"  {r['reporter_iso3']} {r['partner']:<16} {r['flow']:<9} {r['year']}"
                f" {r['value_usd']:>16,.0f}  {r['figure_ids']}" for r in pn["wrong"]]
        out.append(f"gold national cells missed ({len(pn['missed'])}):")
        out += [f"  {' '.join(map(str, k))}" for k in pn["missed"]]
    return out


def predict(raw_dir: str | Path, docs: Iterable[str]) -> list[dict]:
    """Figures of the named documents of a raw folder, as dicts (the full pipeline)."""
    return predict_dated(raw_dir, docs)[0]


def predict_dated(raw_dir: str | Path, docs: Iterable[str]) -> tuple[list[dict], dict]:
    """(figure dicts, document -> publication date) of the named documents of a raw folder."""
    from tradeflows.ingest.document import list_documents, load_sources, read_document
    from tradeflows.pipeline import figures_of_document

    want = set(docs)
    sources = load_sources(raw_dir)
    predictions, published = [], {}
    for path in list_documents(raw_dir):
        if path.name in want:
            doc = read_document(path, sources)
            published[doc.doc] = doc.published
            predictions += [f.to_dict() for f in figures_of_document(doc)]
    return predictions, published


def run_eval(gold_dir: str | Path, raw_dir: str | Path, verbose: bool = False) -> int:
    """Extract every raw document the gold scores, score, print; exit code 0."""
    from tradeflows.ingest.document import list_documents

    gold = load_gold(gold_dir)
    present = {p.name for p in list_documents(raw_dir)} & gold.docs
    predictions, published = predict_dated(raw_dir, present)
    result = score(predictions, gold.only(present), published)

    if verbose:
        print("\n".join(format_details(result)))
    n_gold = sum(s["tp"] + s["fn"] for s in result["kinds"].values())
    head = (f"gold {gold_dir}: {n_gold} figures in {len(present)} docs;"
            f" {len(predictions)} predictions, {result['ignored']['footnotes']} in footnote"
            f" zones and {result['ignored']['not_scored']} outside covered lines ignored")
    missing = sorted(gold.docs - present)
    if missing:
        head += f"; not in {raw_dir}: {', '.join(missing)}"
    print(head)
    print("\n".join(format_summary(result)))
    return 0


# ------------------------------------------------------------------ several sets

SETS_FILE = "data/eval_sets.csv"


@dataclass(frozen=True)
class EvalSet:
    """One development set: a raw folder, its gold folder and the documents set aside."""
    name: str
    raw: Path
    gold: Path
    heldout: frozenset[str] = frozenset()


def load_sets(path: str | Path = SETS_FILE) -> list[EvalSet]:
    """The development sets named in data/eval_sets.csv (paths relative to the repo root)."""
    path = Path(path)
    base = path.parent.parent
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(ln for ln in fh if ln.strip() and not ln.startswith("#"))
        for row in rows:
            held: frozenset[str] = frozenset()
            if row.get("heldout"):
                lines = (base / row["heldout"]).read_text(encoding="utf-8").splitlines()
                held = frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))
            out.append(EvalSet(row["name"], base / row["raw"], base / row["gold"], held))
    return out


def _acc(result: dict, name: str) -> str:
    f = result["fields"].get(name)
    return "  n/a" if not f or f["accuracy"] is None else f"{f['accuracy']:5.2f}"


OVERVIEW_HEAD = (f"{'set':<12} {'docs':>4} {'gold':>5} {'figF1':>6} {'money':>6} {'growth':>6}"
                 f" {'share':>6} {'factF1':>6} {'year':>5} {'partnr':>6} {'reprtr':>6}"
                 f" {'magoff':>6} {'usd%':>5} {'panelP':>6} {'panelR':>6} {'cells':>5}")


def overview_row(name: str, n_docs: int, result: dict) -> str:
    k, f = result["kinds"], result["facts"]
    n_gold = sum(s["tp"] + s["fn"] for s in k.values())
    return (f"{name:<12} {n_docs:>4} {n_gold:>5} {result['overall']['f1']:6.3f}"
            f" {k['money']['f1']:6.3f} {k['growth']['f1']:6.3f} {k['share']['f1']:6.3f}"
            f" {f['f1']:6.3f} {_acc(result, 'year')} {_acc(result, 'partner'):>6}"
            f" {_acc(result, 'reporter'):>6} {len(result['magnitude_off']):>6}"
            f" {'  n/a' if result['usd']['share'] is None else format(100 * result['usd']['share'], '5.1f')}"
            f"{_panel_cols(result.get('panel'))}")


def _panel_cols(pn: dict | None) -> str:
    if pn is None:
        return ""
    prec = f"{pn['precision']:6.3f}" if pn["cells"] else "   n/a"
    rec = f"{pn['recall']:6.3f}" if pn["gold"] else "   n/a"
    return f" {prec} {rec} {pn['tp']:>2}/{pn['cells']:<2}"


def evaluate_sets(sets: list[EvalSet], min_confidence: float | None = None
                  ) -> list[tuple[str, int, dict]]:
    """Score every set, its tuned part and its held-out part, and all sets together.

    Returns (label, number of documents, score result) rows in print order."""
    rows = []
    every_pred: list[dict] = []
    every_gold = Gold()
    every_pub: dict[str, str | None] = {}
    for s in sets:
        gold = load_gold(s.gold)
        from tradeflows.ingest.document import list_documents
        present = {p.name for p in list_documents(s.raw)} & gold.docs
        preds, pub = predict_dated(s.raw, present)
        gold = gold.only(present)
        rows.append((s.name, len(present), score(preds, gold, pub, min_confidence)))
        if s.heldout:
            tuned = present - s.heldout
            held = present & s.heldout
            rows.append(("  tuned", len(tuned), score([p for p in preds if p["doc"] in tuned],
                                                      gold.only(tuned), pub, min_confidence)))
            rows.append(("  held-out", len(held), score([p for p in preds if p["doc"] in held],
                                                        gold.only(held), pub, min_confidence)))
        # documents are keyed by set so that names never collide across sets
        every_pred += [{**p, "doc": f"{s.name}/{p['doc']}"} for p in preds]
        every_pub.update({f"{s.name}/{d}": v for d, v in pub.items()})
        every_gold = _merge(every_gold, gold, s.name)
    if len(sets) > 1:
        rows.append(("all", len(every_gold.docs), score(every_pred, every_gold, every_pub,
                                                        min_confidence)))
    return rows


def _merge(a: Gold, b: Gold, prefix: str) -> Gold:
    key = lambda d: f"{prefix}/{d}"  # noqa: E731
    return Gold(a.figures + [{**g, "doc": key(g["doc"])} for g in b.figures],
                {**a.footnotes, **{key(d): r for d, r in b.footnotes.items()}},
                {**a.covers, **{key(d): r for d, r in b.covers.items()}},
                a.docs | frozenset(key(d) for d in b.docs))


def overview_dict(rows: list[tuple[str, int, dict]]) -> dict:
    """The overview table as data (what `eval --json` writes and the report shows)."""
    out, current = [], ""
    for label, n_docs, result in rows:
        part = label.strip() if label.startswith(" ") else "all"
        current = current if label.startswith(" ") else label
        k, f = result["kinds"], result["facts"]
        out.append({"set": current, "part": part, "docs": n_docs,
                    "gold": sum(s["tp"] + s["fn"] for s in k.values()),
                    "figure_f1": result["overall"]["f1"],
                    **{f"{kind}_f1": k[kind]["f1"] for kind in ("money", "growth", "share")},
                    "fact_f1": f["f1"]})
    return {"rows": out}


def run_sets(sets_file: str | Path = SETS_FILE, only: str | None = None,
             verbose: bool = False, json_path: str | Path | None = None,
             min_confidence: float | None = None) -> int:
    """`make eval`: each development set in full, then one overview table (last lines);
    with json_path, the overview also as JSON (read by `tradeflows report`)."""
    sets = [s for s in load_sets(sets_file) if only in (None, s.name)]
    if not sets:
        print(f"tradeflows: error: no evaluation set named {only!r} in {sets_file}")
        return 2
    rows = evaluate_sets(sets, min_confidence)
    for label, n_docs, result in rows:
        if label.startswith(" "):
            continue
        print(f"== {label}: {n_docs} documents")
        if verbose:
            print("\n".join(format_details(result)))
        print("\n".join(format_summary(result)))
        print()
    print("overview (figF1 = all figures; factF1 = trade facts; year, partner, reporter ="
          " accuracy on matched figures; magoff = money figures found at a gold figure's place"
          " but 10x or more off; usd% = matched money figures with a year that get value_usd;"
          " panelP/R = series cells against the gold's national full-year cells, cells ="
          " right/predicted; held-out = set aside before tuning)")
    print(OVERVIEW_HEAD)
    for label, n_docs, result in rows:
        print(overview_row(label, n_docs, result))
    if json_path:
        import datetime
        import json
        data = {"date": datetime.date.today().isoformat(), **overview_dict(rows)}
        Path(json_path).parent.mkdir(parents=True, exist_ok=True)
        Path(json_path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0

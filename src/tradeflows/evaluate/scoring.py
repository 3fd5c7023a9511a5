"""One evaluation: filter the predictions to the scored lines, match, and
gather every measure (kinds, facts, fields, panel, magnitude, usd) in one dict.
"""
from __future__ import annotations

from tradeflows.evaluate.gold import Gold
from tradeflows.evaluate.matching import match
from tradeflows.evaluate.metrics import (FACT_MEASURES, fact_ok, field_accuracy,
                                         magnitude_off, prf, usd_coverage)
from tradeflows.evaluate.panel import panel_score
from tradeflows.records import KINDS


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

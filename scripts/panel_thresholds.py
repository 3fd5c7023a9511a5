"""Panel precision and recall by --min-confidence, on the tuned documents of every development
set (held-out documents are never read): the table the default of
tradeflows.dataset.series.DEFAULT_MIN_CONFIDENCE is chosen from (README, "Which figures enter
the panel"). Usage: .venv/bin/python scripts/panel_thresholds.py [THRESHOLD ...]
"""
from __future__ import annotations

import sys

from tradeflows.evaluate.gold import load_gold
from tradeflows.evaluate.panel import panel_score
from tradeflows.evaluate.sets import load_sets, predict_dated
from tradeflows.ingest.document import list_documents

THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 1.0)


def tuned_parts():
    """(set name, scored predictions, scored gold figures, publication dates) of each set's
    tuned documents; the held-out list is subtracted before any document is read."""
    for s in load_sets():
        gold = load_gold(s.gold)
        tuned = ({p.name for p in list_documents(s.raw)} & gold.docs) - s.heldout
        preds, pub = predict_dated(s.raw, tuned)
        g = gold.only(tuned)
        preds = [p for p in preds if g.scores(p["doc"], int(p["line"]))
                 and not g.in_footnotes(p["doc"], int(p["line"]))]
        golds = [x for x in g.figures if g.scores(x["doc"], int(x["line"]))]
        yield s.name, preds, golds, pub


def main(thresholds=THRESHOLDS) -> None:
    parts = list(tuned_parts())
    names = [n for n, *_ in parts]
    print("min_conf  " + "  ".join(f"{n:>16}" for n in names) + "       all tuned")
    for t in thresholds:
        cells, tp, gold, found = 0, 0, 0, 0
        row = []
        for _, preds, golds, pub in parts:
            r = panel_score(preds, golds, pub, t)
            cells, tp, gold, found = cells + r["cells"], tp + r["tp"], gold + r["gold"], found + r["found"]
            row.append(f"{r['tp']:>3}/{r['cells']:<3} R {r['found']:>2}/{r['gold']:<3}")
        p = tp / cells if cells else float("nan")
        print(f"{t:8.2f}  " + "  ".join(row) + f"   P {p:.3f} R {found / gold:.3f}")


if __name__ == "__main__":
    main(tuple(float(x) for x in sys.argv[1:]) or THRESHOLDS)

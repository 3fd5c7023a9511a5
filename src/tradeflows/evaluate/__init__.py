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

The package is layered, each module importing only those above it in this list:
gold (annotations), matching (the rule), metrics (P/R/F1 and the other
measures), panel (series cells), scoring (one evaluation), report (text), sets
(runs, `make eval`). Imports flow down: evaluate uses the pipeline, never the reverse.
This module re-exports the public names, so `from tradeflows.evaluate import x`
keeps working.
"""
from __future__ import annotations

from tradeflows.evaluate.gold import MANIFEST, Gold, Range, load_gold
from tradeflows.evaluate.matching import (LINE_TOL, MONEY_REL_TOL, RATE_ABS_TOL, match,
                                          match_cost)
from tradeflows.evaluate.metrics import (FACT_MEASURES, FIELDS, fact_ok, field_accuracy,
                                         magnitude_off, partner_ok, prf, usd_coverage)
from tradeflows.evaluate.panel import gold_cells, panel_score
from tradeflows.evaluate.report import (OVERVIEW_HEAD, format_details, format_summary,
                                        overview_dict, overview_row)
from tradeflows.evaluate.scoring import score
from tradeflows.evaluate.sets import (SETS_FILE, EvalSet, evaluate_sets, load_sets, predict,
                                      predict_dated, run_eval, run_sets)

__all__ = [
    "FACT_MEASURES", "FIELDS", "LINE_TOL", "MANIFEST", "MONEY_REL_TOL", "OVERVIEW_HEAD",
    "RATE_ABS_TOL", "SETS_FILE", "EvalSet", "Gold", "Range", "evaluate_sets", "fact_ok",
    "field_accuracy", "format_details", "format_summary", "gold_cells", "load_gold",
    "load_sets", "magnitude_off", "match", "match_cost", "overview_dict", "overview_row",
    "panel_score", "partner_ok", "predict", "predict_dated", "prf", "run_eval", "run_sets",
    "score", "usd_coverage",
]

"""Session 46, rulecal: scripts/rule_accuracy.py (each relate rule's record on the tuned pages) and the rule changes
its table led to."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("rule_accuracy", ROOT / "scripts" / "rule_accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("rule_accuracy", mod)   # its dataclass looks its module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def web_tuned():
    ra = _script()
    return ra, list(ra.tuned_matches({"web"}))


def test_rule_accuracy_counts_what_eval_scores(web_tuned):
    """One tuned set: every matched pair is counted once per field, under one rule, and the rights of a field summed
    over its rules are what `tradeflows eval` scores for that field on the set's tuned part."""
    from tradeflows.evaluate.gold import load_gold
    from tradeflows.evaluate.scoring import score
    from tradeflows.evaluate.sets import load_sets, predict_dated
    from tradeflows.ingest.document import list_documents

    ra, parts = web_tuned
    assert [name for name, _ in parts] == ["web"]
    s = next(x for x in load_sets(ra.SETS_FILE) if x.name == "web")
    pairs = parts[0][1]
    assert pairs and not {p["doc"] for p, _ in pairs} & s.heldout   # no held-out document read
    gold = load_gold(s.gold)
    tuned = ({p.name for p in list_documents(s.raw)} & gold.docs) - s.heldout
    preds, pub = predict_dated(s.raw, tuned)
    result = score(preds, gold.only(tuned), pub)
    table = ra.tally(parts)
    matched = sum(1 for _, g in pairs if g is not None)
    assert matched == len(result["matches"])
    assert sum(t.unmatched for (f, _), t in table.items() if f == "measure") == len(result["false_positives"])
    for name in ("measure", "partner", "year", "reporter"):
        rows = [t for (f, _), t in table.items() if f == name]
        assert sum(t.n for t in rows) == matched
        assert sum(t.right for t in rows) == result["fields"][name]["correct"]
        assert all(0 <= t.right <= t.n and t.gold_none + t.pred_none <= t.n for t in rows)


def test_rule_accuracy_table_sorted_by_wrong(web_tuned):
    ra, parts = web_tuned
    lines = ra.format_table(ra.tally(parts))
    assert lines[0].split()[:6] == ["field", "rule", "n", "right", "wrong", "acc"]
    wrongs = [int(line.split()[-5]) for line in lines[1:]]   # a rule name may hold spaces ("cue:to reach")
    assert wrongs == sorted(wrongs, reverse=True)

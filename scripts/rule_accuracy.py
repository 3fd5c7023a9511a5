"""Accuracy of each deciding rule of relate, on the tuned documents of every development set
(a held-out document is never read: its name is subtracted before any prediction is made).

Predictions are matched to the gold exactly as `tradeflows eval` matches them
(tradeflows.evaluate.scoring.score); each matched pair is then counted under the rule its
`fact_rules` names for the field (records.decided_rule). Fields: measure (the flow: exports,
imports, turnover, balance, or another measure), reporter, partner, year, period (period_start
and period_end both right; keyed by the year rule, which decides the period) and status.

Per field and rule it prints: n matched pairs, right, wrong, accuracy; `gold_none`: pairs where
the rule wrote a value and the gold has the field empty (null); `pred_none`: pairs where the
rule left the field empty and the gold has a value; `unmatched`: predictions of the rule that no gold
figure matched (false positives: a trade flow written on one costs fact precision). Rows are sorted
by wrong count.

Usage: .venv/bin/python scripts/rule_accuracy.py [--field F ...] [--set NAME ...] [--exclude SET,SET] [--min-n N]
           [--undated] [--cases FIELD:RULE [--wrong-only] [--limit K]]
--cases lists the matched pairs of one rule (document, line, sentence, predicted and gold value),
wrong ones first: the sample a change of that rule is judged on.
--undated counts only the pages with no date of publication (none in sources.csv and none the page's own date
reader finds), where "last year" and a bare month are dated from the text alone (ingest.page_year).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field as dc_field
from pathlib import Path

from tradeflows.evaluate.gold import load_gold
from tradeflows.evaluate.matching import norm
from tradeflows.evaluate.metrics import partner_ok, reporter_ok
from tradeflows.evaluate.scoring import score
from tradeflows.evaluate.sets import load_sets, predict_dated
from tradeflows.ingest.document import list_documents
from tradeflows.records import decided_rule

FIELDS = ("measure", "reporter", "partner", "year", "period", "status")
# the fact_rules key that decides each field
RULE_KEY = {"measure": "measure", "reporter": "reporter", "partner": "partner",
            "year": "year", "period": "year", "status": "status"}


def _value(name: str, x: dict):
    """The field's value as compared (None when empty)."""
    if name == "partner":
        return norm(x.get("partner_iso3")) or norm(x.get("partner"))
    if name == "period":
        a, b = norm(x.get("period_start")), norm(x.get("period_end"))
        return None if a is None and b is None else f"{a}..{b}"
    return norm(x.get(name))


def field_right(name: str, p: dict, g: dict) -> bool:
    """Whether a matched prediction has the field right, by the rule `tradeflows eval` uses."""
    if name == "partner":
        return partner_ok(p, g)
    if name == "reporter":
        return reporter_ok(p, g)
    return _value(name, p) == _value(name, g)


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    gold_none: int = 0
    pred_none: int = 0
    unmatched: int = 0
    cases: list = dc_field(default_factory=list)

    @property
    def wrong(self) -> int:
        return self.n - self.right


SETS_FILE = Path(__file__).resolve().parent.parent / "data" / "eval_sets.csv"


def tuned_matches(only: set[str] | None = None, sets_file: Path = SETS_FILE, exclude: set[str] | None = None,
                  undated: bool = False):
    """(set name, [(pred, gold)]) of each set's tuned documents, matched as eval does; a prediction no gold
    figure matched (a false positive) comes as (pred, None). Sets named in exclude are never read. undated: only
    the pairs of documents that have no publication date."""
    for s in load_sets(sets_file):
        if only and s.name not in only:
            continue
        if exclude and s.name in exclude:
            continue
        gold = load_gold(s.gold)
        tuned = ({p.name for p in list_documents(s.raw)} & gold.docs) - s.heldout
        preds, pub = predict_dated(s.raw, tuned)
        result = score(preds, gold.only(tuned), pub)
        pairs = [(m["pred"], m["gold"]) for m in result["matches"]] + [(p, None) for p in result["false_positives"]]
        yield s.name, [(p, g) for p, g in pairs if not (undated and pub.get(p["doc"]))]


def tally(parts, fields=FIELDS, keep_cases: bool = False) -> dict[tuple[str, str], Tally]:
    """(field, rule) -> Tally over every matched pair of parts ((set name, pairs) items)."""
    out: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for set_name, pairs in parts:
        for p, g in pairs:
            for name in fields:
                rule = decided_rule(p.get("fact_rules"), RULE_KEY[name]) or "(none)"
                t = out[(name, rule)]
                if g is None:
                    t.unmatched += 1
                    continue
                t.n += 1
                ok = field_right(name, p, g)
                t.right += ok
                pv, gv = _value(name, p), _value(name, g)
                t.gold_none += pv is not None and gv is None
                t.pred_none += pv is None and gv is not None
                if keep_cases:
                    t.cases.append((ok, set_name, p, g))
    return out


def format_table(table: dict[tuple[str, str], Tally], min_n: int = 1) -> list[str]:
    lines = [f"{'field':9} {'rule':34} {'n':>5} {'right':>5} {'wrong':>5} {'acc':>5} {'gold_none':>9}"
             f" {'pred_none':>9} {'unmatched':>9}"]
    rows = sorted(table.items(), key=lambda kv: (-kv[1].wrong, kv[0]))
    for (name, rule), t in rows:
        if max(t.n, t.unmatched) < min_n:
            continue
        acc = f"{t.right / t.n:5.2f}" if t.n else "  n/a"
        lines.append(f"{name:9} {rule[:34]:34} {t.n:5} {t.right:5} {t.wrong:5} {acc}"
                     f" {t.gold_none:9} {t.pred_none:9} {t.unmatched:9}")
    return lines


def field_totals(table: dict[tuple[str, str], Tally]) -> list[str]:
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (name, _), t in table.items():
        tot[name][0] += t.n
        tot[name][1] += t.right
    return [f"{name:9} {'(all rules)':34} {n:5} {r:5} {n - r:5} {r / n if n else 0:5.2f}"
            for name, (n, r) in tot.items()]


def format_cases(t: Tally, name: str, wrong_only: bool = False, limit: int = 40) -> list[str]:
    out = []
    cases = sorted(t.cases, key=lambda c: c[0])   # wrong first
    for ok, set_name, p, g in cases:
        if wrong_only and ok:
            continue
        if len(out) >= limit:
            break
        out.append(f"{'ok ' if ok else 'BAD'} {set_name}/{p['doc']}:{p['line']} {p.get('figure')!r}"
                   f" pred={_value(name, p)} gold={_value(name, g)}"
                   + (f" (measure {p.get('measure')}/{g.get('measure')})" if name != "measure" else "")
                   + f"  [{p.get('fact_rules')}]"
                   f"\n      {p.get('sentence')}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--field", action="append", choices=FIELDS)
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--min-n", type=int, default=1)
    ap.add_argument("--cases", help="FIELD:RULE, list that rule's matched pairs")
    ap.add_argument("--wrong-only", action="store_true")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--exclude", default="", help="SET,SET: sets never read (e.g. blind sets kept for a final test)")
    ap.add_argument("--undated", action="store_true", help="only the documents with no publication date")
    a = ap.parse_args(argv)
    fields = tuple(a.field) if a.field else FIELDS
    case_key = None
    if a.cases:
        fname, _, rule = a.cases.partition(":")
        case_key = (fname, rule)
        fields = (fname,)
    exclude = {x.strip() for x in a.exclude.split(",") if x.strip()}
    table = tally(tuned_matches(set(a.sets) if a.sets else None, exclude=exclude, undated=a.undated), fields,
                  keep_cases=bool(case_key))
    if case_key:
        t = table.get(case_key)
        if t is None:
            print(f"no matched pair decided by {a.cases}", file=sys.stderr)
            return 1
        print(f"{a.cases}: n {t.n} right {t.right} wrong {t.wrong} gold_none {t.gold_none}")
        print("\n".join(format_cases(t, case_key[0], a.wrong_only, a.limit)))
        return 0
    print("\n".join(field_totals(table)))
    print()
    print("\n".join(format_table(table, a.min_n)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

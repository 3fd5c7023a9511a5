"""Why panel cells are wrong or missed, on the tuned documents of every development set (a held-out
document is never read: the names of data/<set>/heldout.txt are subtracted before any prediction is made).

The panel and its score are `tradeflows eval`'s own (tradeflows.evaluate.scoring.score, which builds the panel with
tradeflows.dataset.series / cells); this script only says why each case happened:
(a) each predicted cell that is wrong: its chosen figure matched no gold figure (`no gold figure`), or the gold
    figure at its place is no national full-year figure (`gold not panel: <field>`), or it has another cell's key
    (`field <name>`, with the rule of fact_rules that decided it), or the gold cell exists with another value
    (`value`);
(b) each gold national full-year cell with no right predicted cell, by the gold figure behind it that came
    closest: `not found` (no prediction matched it), `field <name>` (found with that field different: measure,
    reporter, partner, year, period not the full year, status; with the deciding rule), `panel: <reason>`
    (found right, left out by the admission rule's first failing check; for `low confidence`, the weak rules),
    `choice` (admitted, but its cell shows another figure whose value disagrees) or `value` (admitted and chosen,
    its US-dollar value outside the gold's tolerance); `gold difference only` when every gold figure of the cell is a
    money difference (noted "(difference)", GUIDELINES), which the panel leaves out by design.
Each cause is counted over cases and over the sets it occurs in: a cause on pages of three or more sets is a
mechanism, one page's oddity is not.

Usage: .venv/bin/python scripts/panel_cases.py [--set NAME ...] [--cause TEXT] [--no-cases]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rule_accuracy import RULE_KEY, field_right  # noqa: E402  (the field comparison `tradeflows eval` uses)

from tradeflows.dataset.series import IN, series_status, weak_rules_of  # noqa: E402
from tradeflows.dataset.tasks import figure_rows  # noqa: E402
from tradeflows.evaluate.gold import load_gold  # noqa: E402
from tradeflows.evaluate.panel import gold_cells  # noqa: E402
from tradeflows.evaluate.scoring import score  # noqa: E402
from tradeflows.evaluate.sets import SETS_FILE, load_sets, predict_dated  # noqa: E402
from tradeflows.ingest.document import list_documents  # noqa: E402
from tradeflows.records import decided_rule  # noqa: E402

# the fields that make a cell's key or admit a figure, in the order a case is explained by (scope and qualifier are
# not: the score compares a cell by reporter, partner, flow and year, and its value within the money tolerance)
CELL_FIELDS = ("measure", "reporter", "partner", "year", "period", "status")
KEY_OF = RULE_KEY
# how close a gold figure came to a right cell: the case names the closest figure's cause
_RANK = {"value": 0, "choice": 1, "panel": 2, "field": 3, "not found": 4}


def _field_diff(p: dict, g: dict) -> str | None:
    """The first cell field the prediction has wrong against the gold figure, with its deciding rule."""
    for name in CELL_FIELDS:
        if name == "period":
            from tradeflows.dataset.series import full_year
            wrong = full_year(p) != full_year(g)
        else:
            wrong = not field_right(name, p, g)
        if wrong:
            rule = decided_rule(p.get("fact_rules"), KEY_OF[name]) or "-"
            return f"field {name} [{KEY_OF[name]}:{rule}]"
    return None


def _gold_not_panel(g: dict) -> str:
    """Why a gold figure is no national full-year cell (the first of gold_cells' conditions it fails)."""
    from tradeflows.dataset.cues import partner_reason, reporter_class
    from tradeflows.dataset.series import full_year
    from tradeflows.evaluate.metrics import FACT_MEASURES
    checks = (("kind", g.get("kind") != "money"), ("measure", g.get("measure") not in FACT_MEASURES),
              ("status", g.get("status") != "actual"), ("product", bool(g.get("product"))),
              ("period", not full_year(g)), ("reporter", not g.get("reporter_iso3") or reporter_class(
                  g.get("reporter"), g.get("reporter_iso3")) != "country"),
              ("partner", partner_reason(g) is not None))
    return next((name for name, bad in checks if bad), "usd")


def _difference(g: dict) -> bool:
    """A gold money record of a change of a level, not a level (GUIDELINES: "(difference)" in the note)."""
    return "difference" in (g.get("note") or "")


def _cell_of(g: dict):
    keys = list(gold_cells([g]))
    return keys[0] if keys else None


def set_cases(s, min_confidence: float | None = None) -> tuple[dict, list[dict]]:
    """(the panel score of the set's tuned part, its cases: one dict per wrong or missed cell)."""
    gold = load_gold(s.gold)
    tuned = ({p.name for p in list_documents(s.raw)} & gold.docs) - s.heldout
    preds, pub = predict_dated(s.raw, tuned)
    for i, p in enumerate(preds):
        p["_i"] = i
    g_part = gold.only(tuned)
    result = score(preds, g_part, pub, min_confidence)
    panel = result["panel"]
    # the figure rows the panel was built from (panel_score's own call), to read a figure's id and admission
    scored = [p for p in preds if g_part.scores(p["doc"], int(p["line"]))
              and not g_part.in_footnotes(p["doc"], int(p["line"]))]
    rows = figure_rows({"char_start": int(p["line"]), "char_end": int(p["line"]), **p}
                       for p in scored if p.get("kind") in ("money", "growth"))
    row_of = {r["_i"]: r for r in rows}
    by_id = {r["figure_id"]: r for r in rows}
    gold_of = {p["_i"]: g for p, g in ((m["pred"], m["gold"]) for m in result["matches"])}
    pred_of = {id(g): p for p, g in ((m["pred"], m["gold"]) for m in result["matches"])}
    cases = []

    def case(kind, cell, cause, p=None, g=None):
        x = p or g or {}
        cases.append({"set": s.name, "what": kind, "cell": cell, "cause": cause, "doc": x.get("doc"),
                      "line": x.get("line"), "figure": x.get("figure"), "sentence": x.get("sentence"),
                      "fact_rules": (p or {}).get("fact_rules")})

    for r in panel["wrong"]:
        cell = f"{r['reporter_iso3']} {r['partner_iso3'] or r['partner']} {r['flow']} {r['year']}"
        fig = by_id[r["figure_ids"][0]]
        g = gold_of.get(fig["_i"])
        if g is None:
            cause = "no gold figure"
        elif _cell_of(g) is None:
            cause = f"gold not panel: {_gold_not_panel(g)}"
        else:
            cause = _field_diff(fig, g) or "value"
        case("wrong", cell, cause, fig, g)

    chosen = {}
    for r in panel["wrong"]:
        for fid in r["figure_ids"]:
            chosen[fid] = r["figure_ids"][0]
    missed = set(panel["missed"])
    behind = defaultdict(list)
    for g in g_part.figures:
        if g_part.scores(g["doc"], int(g["line"])):
            k = _cell_of(g)
            if k in missed:
                behind[k].append(g)
    for k in panel["missed"]:
        levels = [g for g in behind[k] if not _difference(g)]
        if not levels:
            # GUIDELINES: a money difference is a money record noted "(difference)"; the panel leaves a change of a
            # level out (reason `difference`) while gold_cells counts it as a cell of its own
            g = behind[k][0]
            case("missed", " ".join(map(str, k)), "gold difference only", pred_of.get(id(g)), g)
            continue
        best = None
        for g in levels:
            p = pred_of.get(id(g))
            if p is None:
                c = ("not found", "not found", None)
            else:
                fr = row_of.get(p["_i"], p)
                diff = _field_diff(fr, g)
                if diff:
                    c = ("field", diff, fr)
                else:
                    st = series_status(fr, 0.96 if min_confidence is None else min_confidence)
                    if st != IN:
                        extra = f" [{','.join(weak_rules_of(fr))}]" if st == "low confidence" else ""
                        c = ("panel", f"panel: {st}{extra}", fr)
                    elif chosen.get(fr["figure_id"], fr["figure_id"]) != fr["figure_id"]:
                        c = ("choice", "choice", fr)
                    else:
                        c = ("value", "value", fr)
            if best is None or _RANK[c[0]] < _RANK[best[0][0]]:
                best = (c, g)
        (_, cause, p), g = best
        case("missed", " ".join(map(str, k)), cause, p, g)
    return panel, cases


def _head(cause: str) -> str:
    """A cause without its rule: what the counts by mechanism group."""
    return cause.split(" [", 1)[0]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", help="only these sets (repeatable)")
    ap.add_argument("--cause", help="list only the cases whose cause contains this text")
    ap.add_argument("--no-cases", action="store_true", help="counts only")
    ap.add_argument("--sets-file", default=SETS_FILE)
    args = ap.parse_args(argv)
    sets = [s for s in load_sets(args.sets_file) if not args.set or s.name in args.set]
    every, cells, right, gold_n, found = [], 0, 0, 0, 0
    for s in sets:
        panel, cases = set_cases(s)
        every += cases
        cells, right, gold_n, found = (cells + panel["cells"], right + panel["tp"], gold_n + panel["gold"],
                                       found + panel["found"])
    print(f"tuned documents of {len(sets)} sets: {right}/{cells} predicted cells right,"
          f" {found}/{gold_n} gold national full-year cells found")
    for what in ("wrong", "missed"):
        mine = [c for c in every if c["what"] == what]
        print(f"\n{what} cells ({len(mine)}), by cause: cases, sets")
        for level in (_head, lambda c: c):
            n, sets_of = Counter(), defaultdict(set)
            for c in mine:
                n[level(c["cause"])] += 1
                sets_of[level(c["cause"])].add(c["set"])
            for cause, k in n.most_common():
                print(f"  {k:4d} {len(sets_of[cause]):3d}  {cause}")
            print("  --")
    if args.no_cases:
        return
    print("\ncases")
    for c in sorted(every, key=lambda c: (c["what"], c["cause"], c["set"], c["doc"] or "", c["line"] or 0)):
        if args.cause and args.cause not in c["cause"]:
            continue
        print(f"{c['what']:<6} {c['cause']}  | {c['set']}/{c['doc']}:{c['line']}  {c['cell']}  {c['figure']!r}")
        if c["sentence"]:
            print(f"         {c['sentence'][:300]}")
        if c["fact_rules"]:
            print(f"         {c['fact_rules']}")


if __name__ == "__main__":
    main()

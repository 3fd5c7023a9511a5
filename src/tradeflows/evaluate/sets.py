"""Running evaluations: predict a raw folder with the full pipeline, score one gold
folder (run_eval) or every development set of data/eval_sets.csv with its
tuned and held-out parts apart (run_sets, what `make eval` prints).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tradeflows.evaluate.dates import HEAD as DATES_HEAD, date_outcomes
from tradeflows.evaluate.dates import format_row as format_date_row, summary as date_summary
from tradeflows.evaluate.gold import Gold, load_gold
from tradeflows.evaluate.report import (OVERVIEW_HEAD, format_details, format_summary,
                                        overview_dict, overview_row)
from tradeflows.evaluate.scoring import score


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


SETS_FILE = "data/eval_sets.csv"


@dataclass(frozen=True)
class EvalSet:
    """One development set: a raw folder, its gold folder and the documents set aside."""
    name: str
    raw: Path
    gold: Path
    heldout: frozenset[str] = frozenset()
    opened: bool = False   # its set-aside part was studied later ("# opened" in the list): no estimate any more


def load_sets(path: str | Path = SETS_FILE) -> list[EvalSet]:
    """The development sets named in data/eval_sets.csv (paths relative to the repo root)."""
    path = Path(path)
    base = path.parent.parent
    out = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(ln for ln in fh if ln.strip() and not ln.startswith("#"))
        for row in rows:
            held: frozenset[str] = frozenset()
            opened = False
            if row.get("heldout"):
                lines = (base / row["heldout"]).read_text(encoding="utf-8").splitlines()
                held = frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))
                opened = any(ln.startswith("# opened") for ln in lines)
            out.append(EvalSet(row["name"], base / row["raw"], base / row["gold"], held, opened))
    return out


def _held_label(s: EvalSet) -> str:
    """The set-aside part's row: "held-out" while no rule has been studied on it, "opened" after."""
    return "  opened" if s.opened else "  held-out"


def evaluate_sets(sets: list[EvalSet], min_confidence: float | None = None
                  ) -> list[tuple[str, int, dict]]:
    """Score every set, its tuned part and its held-out part, and all sets together.

    Returns (label, number of documents, score result) rows in print order."""
    rows = []
    every_pred: list[dict] = []
    every_gold = Gold()
    every_pub: dict[str, str | None] = {}
    # the tuned parts of all sets pooled, and the held-out parts never studied (an opened part is neither)
    parts: dict[str, tuple[list[dict], Gold]] = {"tuned": ([], Gold()), "held-out": ([], Gold())}
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
            rows.append((_held_label(s), len(held), score([p for p in preds if p["doc"] in held],
                                                        gold.only(held), pub, min_confidence)))
            for part, docs in (("tuned", tuned), ("held-out", set() if s.opened else held)):
                pool_preds, pool_gold = parts[part]
                pool_preds += [{**p, "doc": f"{s.name}/{p['doc']}"} for p in preds if p["doc"] in docs]
                parts[part] = (pool_preds, _merge(pool_gold, gold.only(docs), s.name))
        # documents are keyed by set so that names never collide across sets
        every_pred += [{**p, "doc": f"{s.name}/{p['doc']}"} for p in preds]
        every_pub.update({f"{s.name}/{d}": v for d, v in pub.items()})
        every_gold = _merge(every_gold, gold, s.name)
    if len(sets) > 1:
        rows.append(("all", len(every_gold.docs), score(every_pred, every_gold, every_pub,
                                                        min_confidence)))
        for part, (pool_preds, pool_gold) in parts.items():
            if pool_gold.docs:
                # "all held-out": the one row that says whether the rules carry to text never studied
                rows.append((f"  {part}", len(pool_gold.docs), score(pool_preds, pool_gold, every_pub,
                                                                     min_confidence)))
    return rows


def date_rows(sets: list[EvalSet]) -> list[tuple[str, dict]]:
    """(label, summary) of publication dates read from the pages, per set with its tuned
    and held-out parts apart, and all sets together (evaluate.dates)."""
    from tradeflows.ingest.document import list_documents
    rows, every = [], {}
    for s in sets:
        docs = {p.name for p in list_documents(s.raw)}
        got = date_outcomes(s.raw, docs)
        rows.append((s.name, date_summary(got)))
        if s.heldout:
            rows.append(("  tuned", date_summary({d: v for d, v in got.items() if d not in s.heldout})))
            rows.append((_held_label(s), date_summary({d: v for d, v in got.items() if d in s.heldout})))
        every.update({f"{s.name}/{d}": v for d, v in got.items()})
    if len(sets) > 1:
        rows.append(("all", date_summary(every)))
    return rows


def _merge(a: Gold, b: Gold, prefix: str) -> Gold:
    key = lambda d: f"{prefix}/{d}"  # noqa: E731
    return Gold(a.figures + [{**g, "doc": key(g["doc"])} for g in b.figures],
                {**a.footnotes, **{key(d): r for d, r in b.footnotes.items()}},
                {**a.covers, **{key(d): r for d, r in b.covers.items()}},
                a.docs | frozenset(key(d) for d in b.docs))


def run_sets(sets_file: str | Path = SETS_FILE, only: str | None = None,
             verbose: bool = False, json_path: str | Path | None = None,
             min_confidence: float | None = None, show_held_out: bool = False) -> int:
    """`make eval`: each development set in full, then one overview table (last lines);
    with json_path, the overview also as JSON (read by `tradeflows report`). verbose lists
    misses and false positives of the tuned documents only: a held-out document's lines,
    figures and gold cells stay unseen unless show_held_out (an opened part is listed)."""
    sets = [s for s in load_sets(sets_file) if only in (None, s.name)]
    if not sets:
        print(f"tradeflows: error: no evaluation set named {only!r} in {sets_file}")
        return 2
    rows = evaluate_sets(sets, min_confidence)
    by_set = {s.name: s for s in sets}
    for i, (label, n_docs, result) in enumerate(rows):
        if label.startswith(" "):
            continue
        print(f"== {label}: {n_docs} documents")
        if verbose:
            s = by_set.get(label)
            if s is None and not show_held_out and any(x.heldout and not x.opened for x in sets):
                print("(details of all sets together withheld, as they hold held-out documents: --show-held-out lists them)")
                print("\n".join(format_summary(result)))
                print()
                continue
            if s is not None and s.heldout and not s.opened and not show_held_out:
                # the row after a set's own is its tuned part (evaluate_sets)
                print(f"(details of the {len(s.heldout)} held-out documents withheld: --show-held-out lists them)")
                result_shown = rows[i + 1][2]
            else:
                result_shown = result
            print("\n".join(format_details(result_shown)))
        print("\n".join(format_summary(result)))
        print()
    print("overview (figF1 = all figures; factF1 = trade facts; year, partner, reporter ="
          " accuracy on matched figures; magoff = money figures found at a gold figure's place"
          " but 10x or more off; usd% = matched money figures with a year that get value_usd;"
          " panelP/R = series cells against the gold's national full-year cells, cells ="
          " right/predicted; held-out = set aside before tuning; opened = set aside, studied later)")
    print(OVERVIEW_HEAD)
    for label, n_docs, result in rows:
        print(overview_row(label, n_docs, result))
    dates = date_rows(sets)
    print()
    print("publication dates read from the page, sources.csv's date hidden (pages = pages whose"
          " sources.csv gives one; right = same day, or month or year where one side says no more;"
          " none = the page gives no date)")
    print(DATES_HEAD)
    for label, s in dates:
        print(format_date_row(label, s))
    if json_path:
        import datetime
        import json
        data = {"date": datetime.date.today().isoformat(), **overview_dict(rows),
                "publication_dates": {label.strip(): s for label, s in dates}}
        Path(json_path).parent.mkdir(parents=True, exist_ok=True)
        Path(json_path).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return 0

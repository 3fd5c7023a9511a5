"""How well publication dates are read from the pages themselves.

A development set's sources.csv gives the publication date of many pages; users'
folders mostly have none, so the tool reads it from the page (ingest.dates, the HTML
metadata). Here each dated page is read again with its sources.csv date hidden, and
the date the page gives is compared with it: the same day (or month, or year, when
one of the two is only that precise) is right.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable


def _agrees(got: str, want: str) -> bool:
    n = min(len(got), len(want))
    return got[:n] == want[:n]


def date_outcomes(raw_dir: str | Path, docs: Iterable[str]) -> dict[str, str]:
    """document -> "right", "wrong" or "none", for the named documents whose sources.csv
    row has a publication date."""
    from tradeflows.ingest.document import list_documents, load_sources, read_document

    want = set(docs)
    sources = load_sources(raw_dir)
    out = {}
    for path in list_documents(raw_dir):
        meta = sources.get(path.name) or {}
        given = (meta.get("published") or "").strip()
        if path.name not in want or not given:
            continue
        got = read_document(path, {path.name: {**meta, "published": ""}}).published
        out[path.name] = "none" if not got else "right" if _agrees(got, given) else "wrong"
    return out


def summary(outcomes: dict[str, str]) -> dict:
    n = len(outcomes)
    counts = {k: sum(1 for v in outcomes.values() if v == k) for k in ("right", "wrong", "none")}
    return {"pages": n, **counts, "accuracy": counts["right"] / n if n else None}


def format_row(label: str, s: dict) -> str:
    acc = "  n/a" if s["accuracy"] is None else f"{s['accuracy']:.2f}"
    return f"{label:<12} {s['pages']:>5} {s['right']:>5} {s['wrong']:>5} {s['none']:>5}  {acc}"


HEAD = f"{'set':<12} {'pages':>5} {'right':>5} {'wrong':>5} {'none':>5}  acc"

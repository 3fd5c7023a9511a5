"""Loading a gold folder: its figures, footnote zones, coverage and manifest.

Kept apart from the scoring: which lines count (covered ranges, footnote zones,
documents annotated whole) is a property of the annotations, read and checked
once, then asked per line.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


MANIFEST = "manifest.csv"
_RANGE = re.compile(r"^\s*(\d+)\s*-\s*(\d+)\s*$")

Range = tuple[int, int]


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

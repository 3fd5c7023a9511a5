"""Tuned documents of a development set, for tests of rules on real pages.

One place reads data/eval_sets.csv (through tradeflows.evaluate.load_sets) and refuses a
held-out document: the rule tests of every set (tests/test_panel_rules.py,
tests/test_web_rules.py) share it instead of each reading its own held-out list.
"""
from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

from tradeflows.evaluate import load_sets
from tradeflows.ingest.document import load_sources, read_document
from tradeflows.pipeline import figures_of_document
from tradeflows.records import Figure

ROOT = Path(__file__).resolve().parents[1]


class DevSet:
    def __init__(self, name: str):
        (self.set,) = [s for s in load_sets(ROOT / "data" / "eval_sets.csv") if s.name == name]
        self.raw = self.set.raw

    def doc(self, prefix: str) -> Path:
        """The document whose file name starts with `prefix_`; never a held-out one."""
        (path,) = [p for p in self.raw.iterdir() if p.name.startswith(prefix + "_")]
        assert path.name not in self.set.heldout, "a held-out document may not be studied"
        return path

    @lru_cache(maxsize=None)
    def figures(self, prefix: str) -> tuple[Figure, ...]:
        return tuple(figures_of_document(read_document(self.doc(prefix), load_sources(self.raw))))

    def at(self, prefix: str, line: int, figure: str, exact: bool = True) -> Figure:
        """The one figure of the document on `line` written as `figure` (or holding it)."""
        figs = self.figures(prefix)
        hits = [f for f in figs if f.line == line and (f.figure == figure if exact else figure in f.figure)]
        assert len(hits) == 1, [(f.line, f.figure) for f in figs if abs(f.line - line) <= 1]
        return hits[0]


def rule_accuracy_script():
    """scripts/rule_accuracy.py loaded as a module (it is a script, not a package module), for the tests of its
    counts."""
    spec = importlib.util.spec_from_file_location("rule_accuracy", ROOT / "scripts" / "rule_accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("rule_accuracy", mod)   # its dataclass looks its module up
    spec.loader.exec_module(mod)
    return mod

"""Session 56's review mends (reviewF): no vocabulary file is read at import (the brief: "Avoid ... side effects at import
time"; registries and patterns build on first use, behind small cached functions).

On the base (0bdb3e0a) the test below failed with, as the first reads of each file at import (a cached loader hides a
later module's read of the same file):
  dataset.cues_period: months.csv; facts.measure_foreign: foreign_traders.csv; facts.measure_named: named_flows.csv;
  facts.partners_carried: numbers.csv; facts.period_adjacent: period_gap.csv; facts.periods: period_triggers.csv;
  facts.periods_grammar: numbers.csv, year_back_periods.csv; figures.kinds: multiple_comparatives.csv,
  multiple_words.csv; figures.percent: deficit_improved.csv; vocab.patterns: cause_verbs.csv, numbers.csv
and, each module imported apart with every cache cleared, also facts.periods_grammar, facts.period_relative,
ingest.page_year and ingest.dates (months.csv). A module's read at import shows here whenever it is the first one:
once the list is empty, no module reads a vocabulary file at import at all."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import tradeflows

_SRC = Path(tradeflows.__file__).resolve().parent

# Imports every tradeflows module in a fresh process with an audit hook on "open"; prints, as JSON, how many modules it
# imported and each vocabulary data file opened (under vocab/, not its code) with the module whose top-level code was
# running when it opened.
_PROBE = r'''
import json, pkgutil, sys, importlib
from pathlib import Path
import tradeflows
vocab = Path(tradeflows.__file__).resolve().parent / "vocab"
seen = []

def hook(event, args):
    if event != "open" or not isinstance(args[0], str):
        return
    path = Path(args[0])
    if "__pycache__" in path.parts or path.suffix == ".py" or vocab not in path.resolve().parents:
        return
    f = sys._getframe(1)
    while f is not None and f.f_code.co_name != "<module>":
        f = f.f_back
    seen.append([f.f_globals.get("__name__", "?") if f is not None else "?", path.name])

sys.addaudithook(hook)
names = sorted(m.name for m in pkgutil.walk_packages(tradeflows.__path__, "tradeflows."))
for m in names:
    importlib.import_module(m)
print(json.dumps({"modules": len(names), "opened": seen}))
'''


def test_no_vocabulary_file_is_read_at_import():
    out = json.loads(subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True,
                                    env={**os.environ, "PYTHONPATH": str(_SRC.parent)}).stdout)
    assert out["modules"] > 100   # every module was imported
    opened = sorted({f"{mod}: {name}" for mod, name in out["opened"]})
    assert opened == [], "vocabulary files read at import:\n" + "\n".join(opened)


def test_the_probe_sees_a_read_at_import():
    # odd case: the hook does see a vocabulary file opened by a module's top-level code (else the test above could not
    # fail): a module that reads one at import is listed
    probe = _PROBE.replace('print(json.dumps(', 'from tradeflows.vocab import read_csv\nread_csv("numbers.csv")\n'
                                                'print(json.dumps(')
    out = json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                                    env={**os.environ, "PYTHONPATH": str(_SRC.parent)}).stdout)
    assert ["__main__", "numbers.csv"] in out["opened"]

"""No sentence may fail a document: fuzzing real sentences, and the inputs that once broke a rule.

The mutations and the check live in tests/fuzzing.py (also `make fuzz`, which runs 100,000
sentences and checks that time stays linear). Here hypothesis runs a fixed, derandomized
budget of mutated corpus sentences, so `make test` is deterministic.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzzing  # noqa: E402

from tradeflows.pipeline import figures_of_text  # noqa: E402

CRASHES = Path(__file__).parent / "data" / "crashes.tsv"


def _crash_rows():
    with CRASHES.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return [pytest.param(r["text"].replace("\\n", "\n"), r["expected"], id=r["source"][:40])
                for r in rows]


@pytest.mark.parametrize("text,expected", _crash_rows())
def test_regression_input_parses_without_a_warning(text, expected):
    assert fuzzing.check(text) == []
    got = [f.figure for f in figures_of_text(text, "crash.txt", fmt="web")]
    assert got == ([] if expected == "-" else expected.split("|"))


def test_the_sentences_come_from_every_corpus_and_leave_held_out_pages_out():
    pool = fuzzing.sentences()
    assert len(pool) > 3000
    assert any("Belarus" in s for s in pool) and any("млн" in s or "млрд" in s for s in pool)
    held = (Path(fuzzing.ROOT) / "data/external/raw" / "d57_chinadaily-newzealand-china-2014.txt")
    assert not set(held.read_text(encoding="utf-8").split("\n")) & set(pool) - {""}


def test_mutate_applies_each_kind_of_edit():
    s = "Exports reached $5.1 billion."
    assert fuzzing.mutate(s, [("insert", 0.0, "digit", 3)]) == "3" + s
    assert fuzzing.mutate(s, [("replace", 1.0, "sign", 2)]) == s[:-1] + "\u2212"
    assert fuzzing.mutate(s, [("delete", 0.0, "digit", 1)]) == s[2:]


edit = st.tuples(st.sampled_from(fuzzing.OPS), st.floats(0, 1), st.sampled_from(fuzzing.KINDS),
                 st.integers(0, 63))


@settings(max_examples=400, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(i=st.integers(0, 10**9), edits=st.lists(edit, min_size=1, max_size=6))
def test_no_mutated_sentence_breaks_a_rule_or_an_offset(i, edits):
    pool = fuzzing.sentences()
    text = fuzzing.mutate(pool[i % len(pool)], edits)
    assert fuzzing.check(text) == [], text

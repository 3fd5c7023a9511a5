"""Session 64, speedC64: carry's period half reads only the sentences that may hold a time (Doc.time_sentences,
TriggerIndex.may_hold_times): a sentence with no digit and none of the words a stretch without digits needs is one
find_times returns [] for at once, and a sentence with no time leaves the period in force as it was.

The tests check the list against find_times itself on every sentence: of a passage quoted from a news page of no data
set's outlet, and of every page of data/raw (the bench corpus, none held out); and that relate's figures are the same
with the gap read sentence by sentence (the long way).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from tradeflows.facts.context import Doc
from tradeflows.facts.periods import find_times
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# yosefardi.com/2019/08/china-july-trade-surplus-surge/ ("China July Trade Surplus Surge"), the passage
# test_s63_speedA63 quotes: its second sentence holds no digit and no time word ("Exports increased unexpectedly, while
# imports fell less than estimated.")
from tests.test_s63_speedA63 import CHINA  # noqa: E402


def _check(d: Doc) -> tuple[int, int]:
    """(sentences left out, sentences listed); asserts find_times finds no time in any left out."""
    listed = d.time_sentences()
    assert listed is not None and listed == sorted(set(listed))
    kept = set(listed)
    out = 0
    for si, (s, e) in enumerate(d.c.sentences):
        if si not in kept:
            out += 1
            assert find_times(d.text, s, e, d.low, d._trigger_index, []) == [], d.text[s:e][:80]
    return out, len(listed)


def test_the_quoted_sentence_with_no_time_is_left_out():
    d = Doc(clean_text(CHINA, "web", "china.txt"), 2019)
    assert d.time_sentences() == [0, 2, 3, 4]
    assert d.times(1) == []
    # ("the previous month": no digit, a time word of its own, listed and read)
    assert [t.kind for t in d.times(3)] == ["prev_month"]
    assert _check(d) == (1, 4)


def test_no_sentence_left_out_holds_a_time():
    out = listed = 0
    for p in sorted(RAW.glob("*.txt")):
        c = clean_text(p.read_text(encoding="utf-8"), "txt", p.name)
        d = Doc(c, 2019)
        if d.time_sentences() is None:
            continue
        a, b = _check(d)
        out, listed = out + a, listed + b
    assert out > 1000 and listed > 1000   # (a book: about half its sentences hold no time)


def test_relate_reads_the_same_figures_the_long_way(monkeypatch):
    def facts(text, fmt, name):
        c = clean_text(text, fmt, name)
        return [dataclasses.asdict(f) for f in relate_figures(c, extract_figures(c, name), pub_year=2019)]
    pages = [(p.read_text(encoding="utf-8"), "txt", p.name) for p in sorted(RAW.glob("*.txt"))][:3]
    pages.append((CHINA, "web", "china.txt"))
    short = [facts(*p) for p in pages]
    monkeypatch.setattr(Doc, "time_sentences", lambda self: None)   # every sentence of a gap read
    assert [facts(*p) for p in pages] == short

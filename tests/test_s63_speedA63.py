"""Session 63, speedA63: carry's period half passes over a sentence all of whose times are bases or targets of comparison
(facts/carry.py _carry_period): such a sentence leaves the State as it was, so _read_period is not run for it.

The tests check the shortcut against the long way (_read_period run anyway) on the State relate reaches each such
sentence with: every page of data/raw (the bench corpus, none held out) and a passage quoted from a news page of no
data set's outlet.
"""
from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

from tradeflows.facts import carry as CA
from tradeflows.facts.context import Doc, State
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# yosefardi.com/2019/08/china-july-trade-surplus-surge/ ("China July Trade Surplus Surge"): its fourth sentence holds only
# a base ("after a 7.3% fall in the previous month")
CHINA = ("China’s trade surplus soared to US$45.06 billion in July 2019 from US$27.49 billion in the same month a year "
         "earlier. Exports increased unexpectedly, while imports fell less than estimated. Year-on-year, exports rose "
         "unexpectedly by 3.3% to US$221.5 billion in July, recovering from a 1.3% drop in the previous period. Imports "
         "declined by 5.6% to US$176.4 billion, after a 7.3% fall in the previous month. During January to July 2019, "
         "China’s trade surplus surged to US$226.1 billion from US$162.76 billion in the corresponding period the "
         "prior year.")


def _compared_only(times) -> bool:
    return bool(times) and all((t.base or t.target) and not t.fiscal for t in times)


def _state(st: State) -> dict:
    return {f.name: copy.deepcopy(getattr(st, f.name)) for f in dataclasses.fields(st)}


def test_the_quoted_sentence_of_bases_only_is_passed_over(monkeypatch):
    d = Doc(clean_text(CHINA, "web", "china.txt"), 2019)
    st = State()
    for si in range(3):
        CA._carry_period(d, st, si, d.para_index(d.c.sentences[si][0]), d.times(si))
    assert st.period == (2019, 7, 7)   # "in July" (the year before's July a base): July 2019 goes on
    times = d.times(3)
    assert [(t.kind, t.base) for t in times] == [("prev_month", True)]
    before = _state(st)
    # the long way leaves the State as it was ...
    long_way = copy.deepcopy(st)
    CA._read_period(d, long_way, 3, d.para_index(d.c.sentences[3][0]), times)
    assert _state(long_way) == before
    # ... and the shortcut does not read the sentence at all
    monkeypatch.setattr(CA, "_read_period", lambda *a: (_ for _ in ()).throw(AssertionError("read")))
    CA._carry_period(d, st, 3, d.para_index(d.c.sentences[3][0]), times)
    assert _state(st) == before


def test_a_sentence_with_a_time_of_its_own_is_read(monkeypatch):
    # "During January to July 2019, ... from US$162.76 billion in the corresponding period the prior year": a base, and
    # the sentence's own months, read
    d = Doc(clean_text(CHINA, "web", "china.txt"), 2019)
    read = []
    monkeypatch.setattr(CA, "_read_period", lambda d_, st, si, pi, times: read.append(si))
    CA._carry_period(d, State(), 4, 0, d.times(4))
    assert read == [4]


def test_every_sentence_of_bases_only_leaves_the_state_as_it_was(monkeypatch):
    met = []
    read = CA._read_period

    def checked(d, st, si, pi, times):
        if _compared_only(times):
            before = _state(st)
            read(d, st, si, pi, times)
            assert _state(st) == before, (si, d.text[slice(*d.c.sentences[si])][:80])
            met.append(si)
        else:
            read(d, st, si, pi, times)

    monkeypatch.setattr(CA, "_carry_period", checked)   # the long way: every sentence with times read
    pages = [(p.name, p.read_text(encoding="utf-8"), "txt") for p in sorted(RAW.glob("*.txt"))]
    for name, text, fmt in pages + [("china.txt", CHINA, "web")]:
        c = clean_text(text, fmt, name)
        relate_figures(c, extract_figures(c, name), pub_year=2019)
    assert len(met) > 20

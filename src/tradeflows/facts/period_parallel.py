"""Rule parallel_years: a list of levels closed by "respectively" that names no years of its own, after a list in
the same sentence whose levels each carry their own year, runs over those years in their order (the first of them
the base a change runs from, "from 19.8% in 1990", as much the year of its level).

"Доля бывших республик СССР в польском импорте снизилась с 19,8% в 1990 г. до 14,1% в 1991 г. и 11,8% в 1992 г., в
экспорте - с 15,3 до 11,0 и 9,5% соответственно" (ruweb48 de09): 15,3 is of 1990, 11,0 of 1991 and 9,5% of 1992, as the
import shares before them. The run is a row of vocab/<lang>/patterns.csv (parallel_run: "с A до B и C% соответственно",
"from A to B and C% respectively"); a level's own year is one right after a number (row parallel_year_gap: "11,8% в ",
"11.8% in "). The rule reads only windows that may hold the closing word (respectively.may_hold_closer, the test
_respective_year made of the same window before it, answered from its cache).
"""
from __future__ import annotations

import re

from tradeflows.facts.context import WINDOW
from tradeflows.facts.respectively import may_hold_closer
from tradeflows.vocab.patterns import EnglishCue, cue

_parallel_run = EnglishCue("parallel_run", re.I)
_parallel_year_gap = EnglishCue("parallel_year_gap", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
GAP_REACH = 24   # the characters before a year read for the number it follows ("11,8% в ")


def parallel_year(d, f, si: int):
    """The time of the sentence's earlier list that the figure's place in its own "respectively" run gives it, else
    None."""
    text = d.text
    s, e = d.c.sentences[si]
    s, e = max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)   # the window _respective_year read
    if not may_hold_closer(text, s, e):
        return None
    run = cue("parallel_run", _parallel_run()).search(text, s, e)
    while run is not None and run.end() <= f.clean_start:
        run = cue("parallel_run", _parallel_run()).search(text, run.end(), e)
    if run is None or not run.start() <= f.clean_start < run.end():
        return None
    starts = [m.start() for m in _NUMBER.finditer(text, run.start(), run.end())]
    if f.clean_start not in starts:
        return None
    gap = cue("parallel_year_gap", _parallel_year_gap())
    s0 = d.c.sentences[si][0]
    own = [t for t in d.times(si) if t.kind == "year" and t.year is not None and t.end <= run.start()
           and gap.search(text, max(s0, t.start - GAP_REACH), t.start)]
    if len(own) < len(starts):
        return None
    return own[len(own) - len(starts) + starts.index(f.clean_start)]

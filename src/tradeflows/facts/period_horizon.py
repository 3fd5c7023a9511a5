"""A goal's horizon counted in years from the year in force: "grow their bilateral trade volume to $1 billion mark in
the next five years" (set in 2016: by 2021), "agreed to buy $200 billion more in U.S. goods over the next two years"
(in 2019: by 2021) (rule next_years_horizon)."""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc
from tradeflows.figures.numbers import vocabulary
from tradeflows.records import Figure
from tradeflows.vocab.patterns import cue
from tradeflows.vocab.skip import skip_compile

_NEXT_YEARS = skip_compile(r"(?:[^.;]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.){0,60}?\b(?:in|over|within|during)\s+the\s+(?:next|coming)\s+(?P<n>\d{1,2}|[a-z]+)\s+years\b",
                           re.I)


def horizon_year(d: Doc, f: Figure, si: int, year: int) -> int | None:
    """The year a goal's span of years ends in, counted from year, where the span is named right after the figure
    in its sentence; else None."""
    m = cue("next_years", _NEXT_YEARS).match(d.text, f.clean_end, d.c.sentences[si][1])
    if m is None or any(f.clean_end <= t.start < m.start("n") and not t.base for t in d.times(si)):
        # "set an export target of $200 billion for 2010-11 with a growth of 15 percent over the next two years": a
        # time named between the figure and the span is the figure's own: its rule decides, not next_years_horizon
        return None
    n = m.group("n")
    if n.isdigit():
        span = int(n)
    else:
        word = vocabulary().get(n.lower())
        span = int(word[0]) if word is not None and word[1] == "unit" else None
    return year + span if span and span <= 10 else None

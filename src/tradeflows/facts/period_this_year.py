"""A month named with "this year" is of the page's year, not of a year a sentence before put in force (rule
month_this_year, session 76).

"In January last year, 50 per cent of Australia's red wine went to China. That fell to just 1 per cent in January this
year after the introduction of tariffs on Australian wine in late November." (afr.com, a page of February 2021): the
month is read with rel 0, as a bare month is, and a bare month takes the year its paragraph put in force (2020, from
"January last year"); "this year" counts it from the page instead. The words are the row month_this_year of
vocab/<lang>/patterns.csv, searched inside the month's own words.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue

_this_year = EnglishCue("month_this_year", re.I)


def month_this_year(d, f, t):
    """(year, m1, m2, year_basis, "month_this_year") of a month whose own words say "this year", counted from the
    page's year; else None (no such words, or no year to count from)."""
    if t.year is not None or t.rel != 0 or t.m1 is None \
            or cue("month_this_year", _this_year()).search(d.text, t.start, t.end) is None:
        return None
    ref, basis = d.source_year(f.clean_start)
    if ref is None:
        return None
    return ref, t.m1, t.m2, basis, "month_this_year"

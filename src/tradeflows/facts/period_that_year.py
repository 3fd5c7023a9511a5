"""A month "of that year" is of the year the text wrote last before it, not of the page's year (rule
month_of_that_year, session 75).

"Finnish Customs noted that exports to Russia had been falling since autumn 2013. In October of that year, exports were
valued at five billion euros, compared to 2.5 billion at the beginning of this year." (barentsobserver.com, a page of
2015): "that year" points back to 2013. The words are the row month_that_year_after of vocab/<lang>/patterns.csv,
matched right after the month; the year is the last one written before the month in its sentence or in the
THAT_YEAR_BACK sentences before it (a base of comparison, a target or a year to come included: the text names it).
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue

THAT_YEAR_BACK = 2   # sentences before the month's own read for the year it points back to
_that_year_after = EnglishCue("month_that_year_after", re.I)


def that_year(d, si: int, t) -> int | None:
    """The year a month "of that year" (t, in sentence si) points back to, or None when no such words follow it or no
    year is written before it (rule month_of_that_year)."""
    if t.year is not None or t.m1 is None or t.m1 != t.m2 \
            or cue("month_that_year_after", _that_year_after()).match(d.text, t.end) is None:
        return None
    for sj in range(si, max(-1, si - THAT_YEAR_BACK - 1), -1):
        years = [x.year for x in d.times(sj) if x.year is not None and (sj < si or x.end <= t.start)]
        if years:
            return years[-1]
    return None

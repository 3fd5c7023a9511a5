"""The month a page reports, again, where a sentence speaks of the monthly figures after a year-to-date span.

A page of one month's trade ("Irish exports drop in August") often gives the year-to-date span in passing ("for the
eight-month period between January and August ... 80.2 billion euros"), then returns to the month: "the decline in
exports of organic chemicals, which fell by 45 percent to 1.4 billion euros drove the monthly numbers lower". A figure
whose sentence names no time of its own but says "monthly" figures, "for the month" or "month-on-month" is of the
single month the page opened with, when that month ends or falls inside the span carried to it (rule monthly_head;
vocab/en patterns.csv row monthly_words). Asked only where section_period would carry a span of several months.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue

_MONTHLY = EnglishCue("monthly_words", re.I)
_PART_WORD = EnglishCue("part_of_year_word")   # (a month or a part of a year in the sentence: rule rolling_aside's guard)


def monthly_head(d: Doc, st: State, s: int, e: int) -> tuple[int, int, int] | None:
    """(year, month, month) the page opened with, for a sentence text[s:e] that speaks of the month's figures while a
    span of several months of that year, holding the month, is carried; else None."""
    head, carried = st.first_period, st.period
    if head is None or carried is None or head[1] is None or head[1] != head[2] or carried[1] is None \
            or carried[1] == carried[2] or head[0] is None or head[0] != carried[0] \
            or not carried[1] <= head[1] <= carried[2]:
        return None   # (no single month opened the page, or no span of several months of its year holding it)
    rx = _MONTHLY()
    if d.low is not None and not holds(d.low[s:e], pattern_needs(rx)):
        return None
    return head if rx.search(d.text, s, e) is not None else None


def rolling_head(d: Doc, st: State, s: int, e: int) -> tuple[int, int, int] | None:
    """(year, month, month) the page opened with, when the span carried to a later paragraph is a run of months that
    ends in that month and starts after January (a rolling span, no year to date); else None (rule rolling_aside). The
    year is the span's: the month opened an undated page with a year guessed ("in September" read as 2009 on a page
    whose "three months to September 2008" names its year)."""
    head, carried = st.first_period, st.period
    if head is None or carried is None or carried[0] is None or head[1] is None or head[1] != head[2] \
            or carried[1] is None or carried[2] is None or st.fiscal_period == carried:
        return None   # ("From July to October in this fiscal year of FY2022-23": a fiscal year to date, no rolling span)
    if not 1 < carried[1] < carried[2] == head[2]:
        return None
    if _PART_WORD().search(d.text, s, e):
        # "Notable data on non-UK trading partners included a narrowing deficit with China in the quarter by £2.0bn"
        # after "Total exports in the three months to the end of June ..." (sharecast, data/web26 ap05): a sentence
        # naming a part of a year, a month or a quarter, goes on with the span, not the month
        return None
    return carried[0], head[1], head[2]

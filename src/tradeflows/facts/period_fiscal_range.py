"""A figure of a run of fiscal years, "from fiscal 2017-2018 to fiscal 2019-2020", is of the whole run: its period
starts with the first fiscal year's first month, not with the last one's (rule fiscal_years_range, session 76).

"India's trade surplus with the US from fiscal 2017-2018 to fiscal 2019-2020 was roughly $18.46 billion." and
"In the fiscal years 2021-22 to 2023-24, India maintained a trade surplus of $31.95 billion on average with the US."
(theprint.in): the figure read the last fiscal year written (its year, that year's end, stays); the run's start is
the first one's. The words are the row fiscal_years_range of vocab/<lang>/patterns.csv, its group "first" the first
fiscal year's starting calendar year and "last" the last one's; matched in the figure's sentence, and only for a
figure whose period is a fiscal year across two calendar years ending in the year that "last" starts the year before.
Not a change, nor a level a change reached ("grew 20% from fiscal 2017-18 to fiscal 2019-20", "rose to $60 billion
from ..."): a change's words in the sentence (row fiscal_years_range_change) leave the figure the last year's.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue

_fiscal_years_range = EnglishCue("fiscal_years_range", re.I)
_fiscal_years_range_change = EnglishCue("fiscal_years_range_change", re.I)


def fiscal_range_start(d, si: int, f, year: int | None, m1: int | None, m2: int | None) -> int | None:
    """The calendar year a run of fiscal years starts in when the figure (of sentence si, its period year, m1, m2 a
    fiscal year m1 > m2) is of such a run that ends with its own fiscal year, else None (rule fiscal_years_range)."""
    if year is None or m1 is None or m2 is None or m1 <= m2 or f.kind == "growth":
        return None
    s, e = d.c.sentences[si]
    found = [m for m in cue("fiscal_years_range", _fiscal_years_range()).finditer(d.text, s, e)]
    if not found or cue("fiscal_years_range_change", _fiscal_years_range_change()).search(d.text, s, e):
        return None
    for m in found:
        first, last = int(m.group("first")), int(m.group("last"))
        if last + 1 == year and first < last:
            return first
    return None

"""The year a record series starts in is where a record is counted from, not a time of the figures (rule
record_series_year, session 69).

"Trade between Britain and the EU in January was the lowest since records began in 1997": 1997 dates the start of
the statistics, not January, nor the sentences after it, nor the time an undated page speaks from. page_year.text_year
skips such a year, and facts/period_context.record_year asks series_start for every time it reads, so a series' first
year is neither a figure's period (period_choice) nor the period in force after it (context_period). The row
record_series_before (vocab/en/patterns.csv) is searched only from the last "since" (the word every match opens on,
read off the row: vocab.pattern_needs) within SERIES_REACH characters before the year.
"""
from __future__ import annotations

import re
from functools import cache

from tradeflows.vocab import pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

_SERIES_BEFORE = EnglishCue("record_series_before", re.I)
SERIES_REACH = 50   # "since the beginning of the time series in " and a space or two


@cache
def _opening(source: str, flags: int) -> str | None:
    """The one word every match of the row (its source and flags: a compiled pattern's hash reads its whole code)
    holds on its own ("since"), lower-cased as the row is case-blind; None (the pattern alone is read) when the row
    has none or is not case-blind (its word as written would not be found in the lower-cased text)."""
    if not flags & re.I:
        return None
    return next((g[0] for g in pattern_needs(re.compile(source, flags)) if len(g) == 1), None)


def series_start(text: str, at: int, low: str | None = None) -> int | None:
    """Where the phrase starts when the time written at `at` is the year a record series starts in ("since records
    began in 1997"), else None. low: the text lower-cased (a Doc's), where the row's opening word is looked for first."""
    rx = cue("record_series_before", _SERIES_BEFORE())
    start = max(0, at - SERIES_REACH)
    word = _opening(rx.pattern, rx.flags)
    if word is not None and low is not None:
        w = low.rfind(word, start, at)
        if w < 0:
            return None
        start = w
    m = rx.search(text, start, at)
    return None if m is None else m.start()

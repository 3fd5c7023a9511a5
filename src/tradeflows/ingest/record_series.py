"""The year a record series starts in is where a record is counted from, not a time of the figures (rule
record_series_year, session 69).

"Trade between Britain and the EU in January was the lowest since records began in 1997": 1997 dates the start of
the statistics, not January, nor the sentences after it, nor the time an undated page speaks from. page_year.text_year
skips such a year, and facts/period_context.record_year asks series_start for every time it reads, so a series' first
year is neither a figure's period (period_choice) nor the period in force after it (context_period). The row
record_series_before (vocab/en/patterns.csv) is searched only from the last "since" (the word every match opens on,
read off the row: vocab.pattern_word) within SERIES_REACH characters before the year.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import pattern_word
from tradeflows.vocab.patterns import EnglishCue, cue

_SERIES_BEFORE = EnglishCue("record_series_before", re.I)
SERIES_REACH = 50   # "since the beginning of the time series in " and a space or two


@lru_cache(maxsize=None)
def _lowered_word(source: str, flags: int) -> str | None:
    """The row's one word of its own ("since", vocab.pattern_word), to look for in the lower-cased text: None when the row
    is not case-blind (its word as written may not be found there). Kept by the row's source and flags: a flags test
    (an enum's operator) per call would cost more than the find it gates."""
    return pattern_word(re.compile(source, flags)) if flags & re.I else None


def series_start(text: str, at: int, low: str | None = None) -> int | None:
    """Where the phrase starts when the time written at `at` is the year a record series starts in ("since records
    began in 1997"), else None. low: the text lower-cased (a Doc's), where the row's opening word is looked for first."""
    rx = cue("record_series_before", _SERIES_BEFORE())
    start = max(0, at - SERIES_REACH)
    word = _lowered_word(rx.pattern, rx.flags)
    if word is not None and low is not None:
        w = low.rfind(word, start, at)
        if w < 0:
            return None
        start = w
    m = rx.search(text, start, at)
    return None if m is None else m.start()

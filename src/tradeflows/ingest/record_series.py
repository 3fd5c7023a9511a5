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

from tradeflows.vocab import search_from_word
from tradeflows.vocab.patterns import EnglishCue, cue

_SERIES_BEFORE = EnglishCue("record_series_before", re.I)
SERIES_REACH = 50   # "since the beginning of the time series in " and a space or two


def series_start(text: str, at: int, low: str | None = None) -> int | None:
    """Where the phrase starts when the time written at `at` is the year a record series starts in ("since records
    began in 1997"), else None. low: the text lower-cased (a Doc's), where the row's opening word is looked for first."""
    m = search_from_word(cue("record_series_before", _SERIES_BEFORE()), text, max(0, at - SERIES_REACH), at, low)
    return None if m is None else m.start()

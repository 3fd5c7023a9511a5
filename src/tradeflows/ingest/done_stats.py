"""A year whose statistics the page cites as out: "Statistics for 2016 indicate that while Kenya exported goods valued
at $5.7 billion, imports were $14 billion" (nation.africa; a page that speaks of "this year" and prints no date): a
year's whole statistics are published only after it is over, so the page speaks from a later year (rule
stats_done_year, yearsE67; row page_year_stats_done of vocab/en/patterns.csv, read by page_year.done_years)."""
from __future__ import annotations

import re

from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

_stats_done = EnglishCue("page_year_stats_done", re.I)


def stats_done_years(text: str, start: int, end: int, low: str | None) -> set[int]:
    """The years of text[start:end] whose statistics it cites as out (rule stats_done_year); low: the text lower-cased
    (tradeflows.vocab.lowercase.lower_text) or None. The row's words, tested as substrings of low first, skip the scan
    of a page that lacks them."""
    rx = cue("page_year_stats_done", _stats_done())
    if low is not None and not holds(low, pattern_needs(rx)):
        return set()
    return {int(m.group(1)) for m in rx.finditer(text, start, end)}

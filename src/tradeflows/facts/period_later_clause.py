"""A time that opens a later contrasting clause with a figure of its own is that figure's, not the one before it.

"In comparison to Q2 2023, total imports climbed by 47.70%, while in Q3 2022, they increased by 33.33%": "Q3 2022"
opens the clause after ", while" and dates its own 33.33%; the 47.70% before it keeps the period of its own clause
(there, the quarter in force). Read for a time after the figure: the words between them are a contrast's opening
(vocab/en patterns.csv row later_clause_time_open, its words looked for first), and a number follows the time in its
clause (rule later_clause_time).
"""
from __future__ import annotations

import re

from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile

_OPEN = EnglishCue("later_clause_time_open", re.I)
_DIGIT = skip_compile(r"\d")
# characters after the time in which the later clause's own figure is looked for
OWN_FIGURE_REACH = 60


def later_clause_time(text: str, low: str | None, fig_end: int, t_start: int, t_end: int, s_end: int) -> bool:
    """Whether the time text[t_start:t_end], after a figure ending at fig_end, opens a later contrasting clause that
    holds a number of its own (before s_end, the sentence's end): that clause's time, not the figure's."""
    rx = _OPEN()
    if low is not None and not holds(low[fig_end:t_start], pattern_needs(rx)):
        return False
    return rx.fullmatch(text, fig_end, t_start) is not None \
        and _DIGIT.search(text, t_end, min(s_end, t_end + OWN_FIGURE_REACH)) is not None

"""A bracketed bare number in a list of places whose earlier bracketed item carried the percent.

"Литва (куда идет 14,8% от всего экспорта), Германия (11,8), Эстония (11,5) ... и Финляндия (2,4)" (gorodlv),
"Болгария (3,6%), Франция (2,3)" (ng.ru): the writer prints the percent once (or drops it at the end) and the
items after it share it; each such number is a percent of the kind of the list's last percent (rule
bracket_list_unit, figures/extract.py). The list's shape is the cue bracket_list_percent (vocab/<lang>/patterns.csv):
a bracketed percent, then items of a name and a bracketed number, the last one's bracket open right before the
number. Numbers in brackets after names with no percent before them (years: "Sichuan (2011)") stay counts."""

from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab.patterns import cue, english_cue

# how far back the list may start from the number
_WINDOW = 320
_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)")


@lru_cache(maxsize=1)
def _english() -> re.Pattern:
    """The list's English shape, read from vocab/en/patterns.csv on first use (importing the module reads no file)."""
    return english_cue("bracket_list_percent", re.I)


def bracket_listed(text: str, pos: int, end: int, s_start: int) -> bool:
    """Whether the number at pos..end stands alone in brackets as an item of a list whose earlier bracketed item
    (of its sentence) carried a percent sign."""
    if not _CLOSE.match(text, end) or _OPEN.search(text, max(s_start, pos - 3), pos) is None:
        return False
    return cue("bracket_list_percent", _english()).search(text, max(s_start, pos - _WINDOW), pos) is not None

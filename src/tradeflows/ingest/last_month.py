"""Whether a page reports a year's last month: monthly figures come out weeks after their month, so a page telling of
"December 2023" was written after 2023 ended, and its "last year" is 2023 (rule december_reported)."""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab.months import month_number, month_pattern

LAST_MONTH = 12
MONTH_REACH = 24   # characters before a year its month stands in: "September, of " and the longest abbreviation


@lru_cache(maxsize=1)
def _month_before() -> re.Pattern:
    """A month name (vocab/en/months.csv) ending right where the search ends: the year follows it."""
    return re.compile(rf"\b({month_pattern(abbreviations=True)}),?\s+(?:of\s+)?$", re.I)


_RANGE_ON = re.compile(r"\s*[-–/]\s*\d")   # "December 2023-24": a span going on, no month reported


def reports_last_month(text: str, year: int, start: int = 0, end: int | None = None) -> bool:
    """text[start:end] writes the last month of `year` with it ("in December 2023", "January to December 2023"):
    each place of the year's digits is looked at (a str.find), the month pattern asked only right before it."""
    end = len(text) if end is None else end
    digits, before = str(year), _month_before()
    i = text.find(digits, start, end)
    while i >= 0:
        after = i + len(digits)
        if not (after < len(text) and text[after].isdigit()) and not _RANGE_ON.match(text, after):
            m = before.search(text, max(start, i - MONTH_REACH), i)
            if m is not None and month_number(m.group(1)) == LAST_MONTH:
                return True
        i = text.find(digits, after, end)
    return False

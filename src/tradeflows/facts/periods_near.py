"""The month-name patterns of periods_grammar.py run only near the month names of a stretch.

Each match of these patterns holds a capitalised month name, at most REACH[kind] characters after the
match's start when every run of whitespace in the stretch is one character (their words before the
name, read off each regex: "twelve months through the end of " is 33). So the next match at or after
a position starts no earlier than REACH before the first month name at or after it: the search starts
there, not at the stretch's start, and finds the same match (sre reads the text before its start
position for \\b and look-behinds as it does from an earlier one; the end is the stretch's, as before).
A pattern that can only start at the name (REACH 0) is tried at each name alone. A stretch with a
longer run of whitespace keeps the whole scan.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

REACH = {
    "month_ending": 33,       # "eleven months through the end of " / "Half-Year ..." before the name
    "rolling_december": 33,   # "twelve months until the end of December"
    "rolling_year": 33,       # "twelve months through the end of "
    "month_span": 8,          # "Between "
    "month_range": 11,        # "Between 31 " (both month_range patterns)
    "to_month": 17,           # "Until the end of "
    "month": 0,               # the name opens the match
    "bare_month": 13,         # "the month of "
}
_WIDE_SPACE = re.compile(r"\s\s")


def month_anchors(names: re.Pattern, text: str, start: int, first: int, end: int) -> list[int]:
    """The starts of the month names (names: one pattern for them all) in text[first:end] (first:
    where the stretch's first one starts), or [] when the stretch text[start:end] holds a run of
    two whitespace characters (REACH does not hold there: the whole scan)."""
    if _WIDE_SPACE.search(text, start, end) is not None:
        return []
    return [m.start() for m in names.finditer(text, first, end)]


def near(pat: re.Pattern, text: str, pos: int, end: int, anchors: list[int], reach: int) -> Iterator[re.Match]:
    """pat.finditer(text, pos, end) for a pattern each match of which holds a name starting at one of
    anchors (sorted), at most reach characters after the match's start."""
    i, n = 0, len(anchors)
    while True:
        while i < n and anchors[i] < pos:
            i += 1       # a name before pos is in no match that starts at or after pos
        if i == n:
            return
        if reach == 0:
            m = pat.match(text, anchors[i], end)
            i += 1
            if m is None:
                continue
        else:
            m = pat.search(text, max(pos, anchors[i] - reach), end)
            if m is None:
                return
        yield m
        pos = m.end()

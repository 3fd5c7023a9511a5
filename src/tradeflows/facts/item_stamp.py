"""A digest item's date stamp: a day's full date in brackets opening a sentence ("(13 February 2019) Trade between
Laos and Vietnam reached US$1.28 billion in 2018, ...", a news digest's item) says when the item was written, not a
time of the figures after it: it is no period of its sentence and leaves none in force (rule item_stamp, yearsE67).
Language-free: the bracket, a day's number and a time the period finder read inside it; no word is read."""
from __future__ import annotations

import re

from tradeflows.facts.periods import TimeExpr
from tradeflows.facts.periods_local import SET_ASIDE

# the bracket that opens the sentence, whole: short, a day's number in it (1-31, not a year's four digits)
_BRACKET = re.compile(r"\(([^()\n]{6,32})\)")
_DAY = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?!\d)")


def drop_item_stamp(times: list[TimeExpr], text: str, s: int, aside: list[TimeExpr]) -> list[TimeExpr]:
    """times of the sentence opening at s, without a single month's full date that fills a bracket opening the
    sentence with its day (rule item_stamp, noted in aside as a time set aside so that the figures near it name the
    rule: Doc.set_aside); the list itself when there is none (the first test a character's)."""
    if not times or text[s:s + 1] != "(":
        return times
    t = times[0]
    if t.kind != "month" or t.year is None or t.m1 != t.m2 or t.base or t.target:
        return times
    m = _BRACKET.match(text, s)
    if m is None or not (m.start(1) <= t.start and t.end <= m.end(1)):
        return times
    rest = text[m.start(1):t.start] + " " + text[t.end:m.end(1)]
    if _DAY.search(rest) is None:
        return times   # "(February 2019)": a month named in brackets, no stamp of a day
    aside.append(TimeExpr(t.start, t.end, SET_ASIDE, None, None, None, 1, 12, False, via="item_stamp"))
    return times[1:]

"""The place an armed conflict was fought in, on or against is no counterpart (rule event_place, English rows,
session 69; written by openF68 in session 68, gated here).

"German exports to Russia more than halved in March due to western sanctions resulting from the war against Ukraine"
(tellerreport.com): Ukraine is where the war is, not a side of the trade; the named filter event_place of
partners_candidates drops it as a candidate, and carry.py's event_place_not_carried keeps it from being carried to
the sentences after it. The English rows of cue event_place_before (vocab/en/patterns.csv) are read on English pages;
a page in another language reads its own rows alone, as before (an English phrase stands before no Russian place).

The gate (GatedCue): every match holds one of the conflict words of the rows (the first group of vocab.pattern_needs of
the rows themselves, not a copy); the window before a place that holds none of them, a few substring tests of its
lower-cased text, is not searched (session 68's ungated rows cost +0.2% instructions).
"""
from __future__ import annotations

import re
from functools import cache

from tradeflows.vocab import DEFAULT_LANGUAGE, pattern_needs, text_low
from tradeflows.vocab.lowercase import lower_copy_of
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue_in

CONFLICT_PLACE_BEFORE = EnglishCue("event_place_before", re.I)
EVENT_PLACE_REACH = 50  # how far before a place the event it names the venue of may start


class GatedCue:
    """The cue event_place_before of one language as carry.py's table of not-carried cues and partners_candidates'
    filter read it (search(text, pos, endpos) only, as a compiled pattern's): a window of a Doc's text (whose
    lower-cased copy vocab.text_low keeps) that holds none of the row's conflict words (`words`, the first group of
    vocab.pattern_needs of the row itself) is not searched; the pattern's lower-cased copy is searched on that copy."""
    __slots__ = ("rx", "lc", "words", "pattern")
    flags = 0   # (no re.I: lowercase.lower_copy makes no copy of this searcher, carry.py asks its search on the text)

    def __init__(self, rx: re.Pattern):
        self.rx, self.lc, self.pattern = rx, lower_copy_of(rx), rx.pattern
        needs = pattern_needs(rx)
        self.words = needs[0] if needs and rx.flags & re.I else ()

    def search(self, text: str, pos: int, endpos: int):
        low = text_low(text, make=False) if self.words else None
        if low is None:
            return self.rx.search(text, pos, endpos)
        if not any(map(low[pos:endpos].__contains__, self.words)):   # (one C loop over the few words)
            return None
        return self.lc.search(low, pos, endpos) if self.lc is not None else self.rx.search(text, pos, endpos)


@cache
def event_place_cue(lang: str):
    """The gated cue event_place_before of the language lang: the English rows on an English page, a language's own
    rows on its pages; NEVER where it has none."""
    rx = CONFLICT_PLACE_BEFORE() if lang == DEFAULT_LANGUAGE else cue_in(lang, "event_place_before", NEVER)
    return NEVER if rx is NEVER else GatedCue(rx)

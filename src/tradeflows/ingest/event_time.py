"""A year named as the time of a past event recalled ("at the time of Erdogan's visit to Budapest ... in 2013") dates
that event, not the time an undated page speaks from (rule event_time_year, session 70).

"The two countries agreed – at the time of Erdogan's visit to Budapest in his capacity as head of state in 2013 – on
increasing bilateral trade to USD five billion annually. Last year Turkish-Hungarian trade ... grew by 26 percent":
the page speaks some time after the visit, so its "last year" and "this year" are no years counted from 2013.
page_year.text_year skips such a year, and facts/period_context.record_year asks event_start, so the event's year
is no period in force for the sentences after it (a figure after it in its own sentence still reads it). The row
event_time_before (vocab/en/patterns.csv) is searched only from the last "time" (the word every match holds on its own,
read off the row: vocab.pattern_word) within EVENT_REACH characters before the year.
"""
from __future__ import annotations

import re

from tradeflows.vocab import search_from_word
from tradeflows.vocab.patterns import EnglishCue, cue

_EVENT_BEFORE = EnglishCue("event_time_before", re.I)
EVENT_REACH = 130   # "time of Erdogan's visit to Budapest in his capacity as head of state in " and some
# "Hong Kong is a special administrative region (SAR) of People's Republic of China, operating under the "one country,
# two systems" principle since its handover in 1971" (opinyon.net, data/web61 dh07): the year of the event a state
# holds since dates that event, no period of the figures after it (rule event_since_year; row event_since_before,
# searched from its word "since" as event_time_before is from "time")
_SINCE_BEFORE = EnglishCue("event_since_before", re.I)
SINCE_REACH = 80


def event_start(text: str, at: int, low: str | None = None) -> int | None:
    """Where the phrase starts when the year written at `at` dates a past event recalled by "at the time of ..." (rule
    event_time_year) or "since its handover in ..." (rule event_since_year), else None. low: the text lower-cased (a
    Doc's), where the rows' words are looked for first."""
    m = search_from_word(cue("event_time_before", _EVENT_BEFORE()), text, max(0, at - EVENT_REACH), at, low)
    if m is None:
        m = search_from_word(cue("event_since_before", _SINCE_BEFORE()), text, max(0, at - SINCE_REACH), at, low)
    return None if m is None else m.start()

"""A measure cue inside an appositive aside describes the thing named before it, not what the figure measures
(rule appositive_cue): "imports of ammonia, a key ingredient in fertilizer production, fell by 58%" are imports,
not output. facts/measure_cues.py asks, only where the clause holds ", a" (the aside's opening)."""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue

# the opening of an aside that describes a noun: a comma and an indefinite article (vocab/en/patterns.csv
# appositive_aside_open); the aside runs to the next comma
_aside_open = EnglishCue("appositive_aside_open", re.I)


def drop_aside_cues(text: str, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues less those inside ", a/an ...," when a cue before the aside names the flow it describes
    (cues are (start, end, measure, ...) tuples in text order)."""
    if len(cues) < 2:
        return cues
    out = cues
    for m in _aside_open().finditer(text, s_start, s_end):
        close = text.find(",", m.end(), s_end)
        if close < 0:
            break
        if not any(c[1] <= m.start() for c in out):
            continue
        out = [c for c in out if not (m.start() < c[0] and c[1] <= close)]
    return out

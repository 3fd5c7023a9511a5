"""The lead of a page whose head opens with short lines (a skip link, the title twice, a byline) is its first line of
prose; when that lead names the subject's own total first, a place after it is a part, not the page's counterpart
(rule head_prose_lead, session 70).

"Go to contents / Korea posts trade surplus for 22nd straight month in Nov. / ... / Korea posted a trade surplus last
month for the 22nd consecutive month with 3.5 billion U.S. dollars, but trade with the European Union suffered a
deficit of 380 million dollars" (donga.com): carry's lead sentence is the line after the title, here the title
again, so the lead that names Korea's total before the EU was never read, and the EU became the counterpart of every
figure of the page. The own total is the subject's name followed by the cue own_whole_flow ("Korea's exports") or
own_result_flow ("Korea posted a trade surplus"; vocab/<lang>/patterns.csv)."""
from __future__ import annotations

import re

from tradeflows.facts.subject import vote_key
from tradeflows.vocab.patterns import EnglishCue, cue

_own_whole = EnglishCue("own_whole_flow", re.I)
_own_result = EnglishCue("own_result_flow", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def whole_first_prose(places, opening: str, title_len: int, home, key) -> bool:
    """Whether the opening's last line, its first line of prose when short lines come before it, names the subject's
    own total in its first sentence before the place `key` (subject.vote_key)."""
    start = opening.rfind("\n") + 1
    if start <= title_len:
        return False   # (no short line before it: carry's own lead sentence is this one)
    m = _SENTENCE_END.search(opening, start)
    end = m.end() if m else len(opening)
    whole = None
    for p in places:
        if p.start < start or p.start >= end:
            continue
        if whole is None and (p.name == home[0] or (home[1] is not None and p.iso3 == home[1])) \
                and (cue("own_whole_flow", _own_whole()).match(opening, p.end)
                     or cue("own_result_flow", _own_result()).match(opening, p.end)):
            whole = p.end
        elif whole is not None and vote_key(p) == key:
            return True
    return False

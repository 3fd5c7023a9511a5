"""A list's flow from the sentence that points at it (session 67).

"Below the top 5 import origins that South Africa's imports are coming from." over "- China (18.6%)" / "- Germany
(10.1%)" ...: the sentence closing the paragraph right over a run of list items (each its own paragraph), opened by a
word pointing at what follows ("Below", "Here are"; rows list_pointer of vocab/<lang>/patterns.csv), gives the items
its last flow cue, as a line ending with a colon does (measure_context.list_intro); rule list_pointer. The paragraph is
tested for the words every row needs (vocab.pattern_needs) before the row is searched.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, cue_matches
from tradeflows.text.clean import LIST_ITEM, LIST_REACH
from tradeflows.vocab import fold, holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

_POINTER = EnglishCue("list_pointer", re.I)


def list_pointer(d: Doc, pi: int, v) -> str | None:
    """The flow (exports, imports or turnover) of the pointing sentence right over the list item paragraph pi, or
    None (pi no list item, the list opened by no such sentence, or the sentence names no flow after its pointer)."""
    text, paras = d.text, d.c.paragraphs
    if not LIST_ITEM.match(text, paras[pi][0]):
        return None
    k = pi - 1
    while k >= 0 and pi - k <= LIST_REACH and LIST_ITEM.match(text, paras[k][0]):
        k -= 1
    if k < 0 or LIST_ITEM.match(text, paras[k][0]):
        return None
    a, b = paras[k]
    rx = cue("list_pointer", _POINTER())
    low = d.low[a:b] if d.low is not None else text[a:b].lower()
    if not holds(low, pattern_needs(rx)):
        return None
    last_pointer = None
    for last_pointer in rx.finditer(text, a, b):
        pass
    if last_pointer is None:
        return None
    flow = None
    for m in cue_matches(d, v, "measure", last_pointer.end(), b):
        flow = v["measures"][fold(m.group())][0]
    return flow if flow in ("exports", "imports", "turnover") else None

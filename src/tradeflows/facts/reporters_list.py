"""Several countries' figures in turn: each item of the list reports its own.

"China's exports in March contracted by 7.5%, Malaysia's were down by 6.1%, Indonesia's by 4.2%",
"Taiwan's exports declined by 16.64% ...; while the Philippines posted a decline of 13.84%, South
Korea 11%, Malaysia 8.35%": after a head whose flow a country owns, a country standing right before a later figure of the sentence, after a list
separator, is that figure's reporter, not the head's owner (rule list_owner). A bare item
("South Korea 11%") parallels the head's owner only when the head names no counterpart
("exports to China reached $5 billion, Russia $3 billion" lists counterparts).
"""
from __future__ import annotations

import re

from tradeflows.facts.reporters import POSSESSIVE, POSSESSIVE_SHARE, _DEMONYM_FLOW
from tradeflows.vocab.patterns import cue

# between the item and its figure: "'s were down by", " posted a decline of", " at", " with a growth rate of"
ITEM_GAP = re.compile(r"(?:['’]s?)?(?:\s+[a-z]+){0,6}\s*")
ITEM_GAP_CHARS = 40
# a flow or share word between: the item owns another flow ("Japan's imports from Korea fell 3%": rule possessive)
# or is a counterpart's share ("while Turkey's share is 19.6 percent": partner rule possessive_share)
_FLOW_WORD = re.compile(r"\b(?:exports?|imports?|trade|turnover|shipments|sales|deficit|surplus|share)\b", re.I)
# right before the item: ", ", "; while the ", ", and ", "followed by "
ITEM_OPEN = re.compile(r"(?:[,;]|\band|\bwhile|\bwhereas|\bfollowed\s+by)\s+(?:the\s+)?$", re.I)
# a figure of the sentence before the item: "7.5%", "16.64% in value", "$5.44 billion"
EARLIER_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|percent|per\s+cent|billion|million|trillion)", re.I)
# a counterpart slot of the head: "exports to China", "trade with India"
_COUNTERPART_SLOT = re.compile(r"\b(?:to|from|with|into)\s+(?:the\s+)?$", re.I)


def _head(cl, item) -> tuple | None:
    """The head of the list: the first place of the sentence owning a flow ("China's exports", "Russian
    exports"), other than the item. A place that only opens the sentence heads no list of reporters:
    "Germany was followed by the U.S. with $14.3 billion, the United Kingdom with $12.2 billion" lists
    markets (rule list_head_owns)."""
    text = cl.d.text
    for p in cl.d.places(cl.si, cl.lo, item.start):
        if p.iso3 == item.iso3 or p.kind not in ("country", "demonym", "bloc"):
            continue
        if (POSSESSIVE.match(text, p.end) and not POSSESSIVE_SHARE.match(text, p.end)) \
                or (p.kind == "demonym" and _DEMONYM_FLOW.match(text, p.end)):
            return p
    return None


def list_owner(cl):
    """'..., Malaysia's were down by 6.1%', '...; while the Philippines posted a decline of 13.84%, South
    Korea 11%': a country listed after a head whose flow another country owns reports its own figure."""
    text, fs = cl.d.text, cl.f.clean_start
    before = [p for p in cl.d.places(cl.si, cl.lo, fs) if p.end <= fs]
    if len(before) < 2:
        return None
    item = before[-1]
    if item.kind != "country" or not item.iso3 or fs - item.end > ITEM_GAP_CHARS:
        return None
    gap = text[item.end:fs]
    if not cue("list_item_gap", ITEM_GAP).fullmatch(gap) or _FLOW_WORD.search(gap):
        return None
    s = cl.d.c.sentences[cl.si][0]
    if not cue("list_item_open", ITEM_OPEN).search(text, max(s, item.start - 12), item.start):
        return None
    head = _head(cl, item)
    if head is None or not EARLIER_FIGURE.search(text, head.end, item.start):
        return None
    owned = bool(re.match(r"['’]s?\s", gap + " "))
    if not owned:  # a bare item parallels the head's owner only when the head names no counterpart
        first = EARLIER_FIGURE.search(text, head.end, item.start)
        if any(_COUNTERPART_SLOT.search(text, max(s, p.start - 12), p.start)
               for p in cl.d.places(cl.si, head.end, first.start())):
            return None
    return item.name, item.iso3

"""Rule supplies_after_import: supplies from a place (cue supplies_word, "поставки", which names no side's own flow as
"экспорт" does) in a sentence whose earlier figure was an import from that same place go on with that import.

"С другой стороны, импорт рыбы и рыбной продукции из России увеличился на 18,8%, но поставки зерновых из России
снизились на 12,3%" (ruweb47 dc03, a page of Japan's imports from Russia): the grain supplied from Russia is Japan's
import as the fish before it, not Russia's export. The place the supplies come from is read a few words after the cue,
behind the origin's preposition (row supplied_from_gap), and the same place behind that preposition earlier in the
sentence (row counterpart_origin_before); both are rows of vocab/<lang>/patterns.csv (Russian only), so a page of
another language reads nothing. facts/measure.py asks only for an export cue after an import in the same sentence.
"""
from __future__ import annotations

from tradeflows.facts.context import Doc
from tradeflows.vocab.patterns import NEVER, cue

SUPPLIED_FROM_REACH = 60   # characters after a supplies cue read for the place it comes from
ORIGIN_PREP_REACH = 8      # characters before an earlier place read for its origin's preposition ("из ")


def supplied_from_import(d: Doc, si: int, cue_span: tuple[int, int], before: int) -> bool:
    """The export cue at cue_span is supplies from a place (a few words after it, behind "из"/"от") that the sentence
    named as an origin before the cue, the flow of the figure before it an import (asked by the caller)."""
    text = d.text
    if not cue("supplies_word", NEVER).match(text, cue_span[0]):
        return False
    gap = cue("supplied_from_gap", NEVER)
    origin = next((p for p in d.places(si, cue_span[1], min(before, cue_span[1] + SUPPLIED_FROM_REACH))
                   if p.iso3 and gap.fullmatch(text, cue_span[1], p.start)), None)
    if origin is None:
        return False
    s0 = d.c.sentences[si][0]
    prep = cue("counterpart_origin_before", NEVER)
    return any(p.iso3 == origin.iso3 and prep.search(text, max(s0, p.start - ORIGIN_PREP_REACH), p.start)
               for p in d.places(si, s0, cue_span[0]))

"""'The country's trade deficit': a flow owned by "the country" is the one country the text just spoke of.

A page often names its side once and then says "the country": "Vietnam exported goods worth US$25.94
billion to South Korea ... . The country's trade deficit with the South Korean market slipped by
19.5%". On a page whose subject is the other side (South Korea's trade association's data) rule
subject would give the deficit to the wrong side. Rule country_anaphor gives it to the one country
the sentence names before the anaphor, else to the country that opens the sentence before (its
grammatical subject), in the same paragraph.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import cue

# "the country's trade deficit", "the nation's total exports", "the country’s total goods imports and exports"
THE_COUNTRY_FLOW = re.compile(r"\b(?:the|this)\s+(?:country|nation)['’]s?\s+(?:(?:total|overall|foreign|goods|merchandise|"
                              r"annual)\s+){0,2}(?:trade\s+(?:deficit|surplus|balance)|deficit|surplus|exports?|imports?|"
                              r"shipments|foreign\s+trade)\b", re.I)
ANAPHOR_REACH = 200  # how far before the figure, in its sentence, the anaphor may stand
# what may stand before a sentence's opening subject: "The", "In 2023,", "As a result,"
_OPENER = re.compile(r"(?:the|in\s+\d{4},|as\s+a\s+result,|meanwhile,|however,)", re.I)


def _opens(before: str) -> bool:
    """Whether a place after these words opens its sentence."""
    before = before.strip()
    return not before or bool(_OPENER.fullmatch(before))


def country_anaphor(cl):
    """'... . The country's trade deficit with the South Korean market slipped by 19.5%': the country
    the sentence named before the anaphor (one only), else the opening subject of the sentence before."""
    d, start = cl.d, cl.f.clean_start
    s = d.c.sentences[cl.si][0]
    anaphor = None
    for m in cue("country_flow_anaphor", THE_COUNTRY_FLOW).finditer(d.text, max(s, start - ANAPHOR_REACH), start):
        anaphor = m
    if anaphor is None:
        return None
    named = {(p.name, p.iso3) for p in d.places(cl.si) if p.kind == "country" and p.iso3 and p.end <= anaphor.start()}
    if named:
        return next(iter(named)) if len(named) == 1 else None
    if cl.si < 1:
        return None
    ps = d.c.sentences[cl.si - 1][0]
    if d.para_index(ps) != cl.pi:
        return None
    opening = [p for p in d.places(cl.si - 1) if p.kind == "country" and p.iso3 and _opens(d.text[ps:p.start])]
    return (opening[0].name, opening[0].iso3) if opening else None

"""'The province's investment in Russia reached $950 million' on a page whose head makes the country the subject.

A page on a region often names it once, with its country as a locator ("Northeast China's Heilongjiang province
will further develop its long-standing trade partnership with Russia"), and then calls it "the province" only; the
head's votes go to the country, named more often (as the whole the region is a part of: "one-quarter of China's
trade volume with Russia"). Rule entity_anaphor keeps a region the text already made the reporter; rule
region_noun_subject gives a figure whose own sentence names its owner "the province", "the region's", "of the state"
before it to the first region of the subject country the text named, where rule subject would give it to the country.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.context import lacks
from tradeflows.facts.places import lookup
from tradeflows.facts.reporters_anaphor import ANAPHOR_REACH, region_noun
from tradeflows.vocab import pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

# "Harbin Customs" is an office, not a region the noun names again (the row rule entity_anaphor reads)
_office_after = EnglishCue("reporters_anaphor_office_after", re.I)


@lru_cache(maxsize=1024)
def _is_country(name: str) -> bool:
    """Whether the page's subject is a country (a lookup of the gazetteer scans the name: kept by name, asked per
    figure)."""
    place = lookup(name)
    return place is not None and place.kind == "country"


def region_noun_subject(cl):
    """'According to statistics from the provincial government, total import-export volume of the province was just
    short of $39 billion in 2013' (harbinice.com) on a page whose head makes China the subject: the region noun before
    the figure, in its sentence, with no country named between the sentence's start and it, names again the first
    region of the subject country the text named before (rule region_noun_subject)."""
    if cl.home_rule != "head" or not cl.home[1]:
        return None
    if not _is_country(cl.home[0]):
        return None   # (a page whose subject is the region itself: rule subject gives it; asked before any search)
    d, fs = cl.d, cl.f.clean_start
    s = d.c.sentences[cl.si][0]
    lo = max(s, fs - ANAPHOR_REACH)
    rx = cue("region_noun", region_noun())
    needs = pattern_needs(rx)
    if needs and lacks(d, needs[0], lo, fs):
        return None   # (every match holds a word of the first group: the region nouns)
    m = None
    for m in rx.finditer(d.text, lo, fs):
        pass
    if m is None:
        return None
    if any(p.kind in ("country", "demonym") for p in d.places(cl.si, s, m.start())):
        return None   # "China's trade with the region": the country owns the flow (rule possessive and others)
    iso = cl.home[1]
    for si in range(cl.si + 1):
        for p in d.places(si):
            if p.start >= m.start():
                return None
            if p.kind == "region" and p.iso3 == iso and not _office_after().match(d.text, p.end):
                return p.name, iso
    return None

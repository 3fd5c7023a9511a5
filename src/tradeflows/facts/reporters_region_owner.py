"""A flow owned by a region's common noun: "экспортных поставок области" (session 74).

"Экономика Гродненской области характеризуется высокой степенью открытости ... Но основной рынок – это рынок Российской
Федерации, на долю которого приходится свыше 50% экспортных поставок области" (grodno-region.gov.by, ruweb53 do04): the
region's common noun in the genitive right after a flow word ("поставок области", "экспорта области", "товарооборота
региона") owns the flow, and names the region the text named last before it in its paragraph; on a page that named no
region before it (its title: "На долю России приходится свыше 50% экспортных поставок области."), the first region the
next sentences name (rule region_noun_flow). Rows region_noun_flow of vocab/<lang>/patterns.csv (Russian only: an
English page never reads it).
"""
from __future__ import annotations

from tradeflows.vocab.patterns import NEVER, cue

NEXT_SENTENCES = 2  # how many sentences after a page's first anaphor the region it names may stand
NAME_GAP = 2   # the space between the noun and a name it opens ("провинции Цзилинь")
NOUN_SPAN = 9  # the longest noun of the row ("провинцией"), less one: a place that holds the noun names it


def region_noun_flow(cl):
    rx = cue("region_noun_flow", NEVER)
    if rx is NEVER:
        return None
    d = cl.d
    s0, s1 = d.c.sentences[cl.si]
    m = rx.search(d.text, s0, s1)
    if m is None:
        return None
    if any(p.start <= m.end() + NAME_GAP and p.end > m.end() - NOUN_SPAN for p in d.places(cl.si)):
        # "Общий объем товарооборота провинции Цзилинь и России" (1prime.ru): the noun that opens a region's own name, or
        # stands inside it, names that region, no anaphor (rules pair, frame decide)
        return None
    for si in range(cl.si, -1, -1):
        if d.para_index(d.c.sentences[si][0]) != cl.pi:
            break
        named = [p for p in d.places(si) if p.kind == "region" and p.end <= m.start()]
        if named:
            return named[-1].name, named[-1].iso3
    if 0 <= _least_region_end(d, cl.si) <= m.start():
        return None   # a region named before, in an earlier paragraph: no cataphora
    for si in range(cl.si + 1, min(len(d.c.sentences), cl.si + 1 + NEXT_SENTENCES)):
        named = [p for p in d.places(si) if p.kind == "region"]
        if named:
            return named[0].name, named[0].iso3
    return None


def _least_region_end(d, si: int) -> int:
    """The least end of a region the places of sentences 0..si hold, -1 if none: whether a region stands before a
    point of sentence si is one comparison with it. Kept on the document (DocMemo.region_ends) and extended as far as
    a figure asks, so a page's sentences are read once, not once per figure whose sentence holds the row's noun."""
    ends = d.memo.region_ends
    while len(ends) <= si:
        least = ends[-1] if ends else -1
        for p in d.places(len(ends)):
            if p.kind == "region" and (least < 0 or p.end < least):
                least = p.end
        ends.append(least)
    return ends[si]

"""A money figure bought from or sold to a place (rules bought_from, sold_to, bought_goods_from), or the page's own
goods bought by another (rule bought_home_goods): the buying or selling verb around the figure names its flow,
whatever a cue further away says (facts/measure.py asks; dataset/cues_measure.py checks decided figures against the
same patterns)."""
from __future__ import annotations

import re

from tradeflows.facts.places import lookup
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# "Türkiye purchased $44.98 billion worth of goods from China", "Brazil purchased a total worth US$ 39.3
# billion from the United States": a buying verb before the figure and "from" a place right after it make an
# import, whatever a cue further away says; selling "to" a place an export (rules bought_from, sold_to)
BUY_BEFORE = skip_compile(r"\b(?:purchased|bought|buys|purchases|imported)\b[^.;:$€£¥\d]{0,30}$", re.I)
SELL_BEFORE = skip_compile(r"\b(?:sold|sells|exported|shipped)\b[^.;:$€£¥\d]{0,30}$", re.I)
# "China bought CNY162.7 billion (USD25.2 billion) worth of agricultural commodities from the US" (yicaiglobal.com):
# a bracketed conversion and up to three lower-case words of the goods may stand between (rule bought_goods_from)
_BOUGHT_GOODS = r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:worth\s+of\s+(?:[a-z][\w-]*\s+){0,3}|of\s+goods\s+)?"
FROM_AFTER = skip_compile(_BOUGHT_GOODS + r"from\s+(?:the\s+)?[A-Z]")
TO_AFTER = skip_compile(_BOUGHT_GOODS + r"to\s+(?:the\s+)?[A-Z]")


# "the US ... bought Sh60.01 billion worth of Kenyan products": goods of the page's country bought by another are
# its exports (rule bought_home_goods)
_home_goods_after = EnglishCue("home_goods_after")


def bought_or_sold(text: str, f, s_start: int, home_iso: str | None = None):
    """(measure, rule, verb span) of a money figure bought from or sold to a place, or of the page's own goods
    bought by another, else None."""
    lo = max(s_start, f.clean_start - 60)
    for verb, after, measure, rule in ((BUY_BEFORE, FROM_AFTER, "imports", "bought_from"),
                                       (SELL_BEFORE, TO_AFTER, "exports", "sold_to")):
        m = verb.search(text, lo, f.clean_start)
        if m is not None and after.match(text, f.clean_end):
            return measure, rule, (m.start(), m.end())
    return _home_goods_bought(text, f, lo, home_iso)


# "Россия ..., импортируя товары и услуги из Узбекистана на сумму 1,6 миллиарда долларов": the page's country named as
# the origin between the buying verb and the figure (rule bought_home_goods; English "from" reads after the figure,
# bought_from)
ORIGIN_BEFORE = NEVER


def _home_goods_bought(text: str, f, lo: int, home_iso: str | None):
    """("exports", "bought_home_goods", verb span) when another buys the page's goods right after the figure
    ("Китай, который импортировал 1,5 миллиарда долларов узбекской продукции"), or buys from the page's country
    named before it."""
    if home_iso is None:
        return None
    m = cue("buy_before", BUY_BEFORE).search(text, lo, f.clean_start)
    if m is None:
        return None
    g = cue("home_goods_after", _home_goods_after()).match(text, f.clean_end)
    word = next((x for x in g.groups() if x), None) if g is not None else None
    place = lookup(word) if word else None
    if place is not None and place.kind == "demonym" and place.iso3 == home_iso:
        return "exports", "bought_home_goods", (m.start(), m.end())
    o = cue("origin_before", ORIGIN_BEFORE).search(text, m.start(), f.clean_start)
    word = next((x for x in o.groups() if x), None) if o is not None else None
    place = lookup(word) if word else None
    if place is not None and place.kind == "country" and place.iso3 == home_iso:
        return "exports", "bought_home_goods", (m.start(), m.end())
    return None

"""The owner of a GDP or economy figure named in its clause reports it (rule gdp_owner).

A page about one country's trade often gives another's economy: "Экономика Беларуси в январе-сентябре текущего года
снизилась на 1,3%" and "ВВП Беларуси снизится на 2,3%" on a page about Russia and Belarus, "Vietnam's gross domestic
product grew 5.03 percent", "The Israeli economy is expected to grow by 6% this year". The page's subject does not
own those figures: the place whose possessive, demonym or genitive the GDP noun carries does. Only a figure whose
measure is gdp or no flow ("other"), with no flow word between the GDP noun and the figure ("Vietnam's economy relies
on exports, which rose 10%" stays a flow's), and the owner nearest the figure. Its partner stays empty (the owner is
the reporter, and the partner rules skip the reporter).
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import NEVER, EnglishCue, cue

# the GDP noun after a possessive ("Vietnam's gross domestic product", "India's real GDP", "Brazil's economy")
_after_possessive = EnglishCue("reporters_gdp_after_possessive", re.I)
# the GDP noun after a demonym ("The Israeli economy", "Indian GDP")
_after_demonym = EnglishCue("gdp_after_demonym", re.I)
# the GDP noun before its owner ("the GDP of Nigeria", "the economy of Brazil"); Russian genitives read from
# vocab/ru/patterns.csv gdp_owner_before ("ВВП Беларуси", "экономика Беларуси")
_before_owner = EnglishCue("gdp_owner_before", re.I)
# a flow word between the GDP noun and the figure: the figure is a flow's, not the economy's
_flow_between = EnglishCue("gdp_flow_between", re.I)
GDP_MEASURES = ("gdp", "other")
REACH = 160   # the farthest the owner may stand before the figure


def gdp_owner(cl):
    """'ВВП Беларуси снизится на 2,3%', "Vietnam's gross domestic product grew 5.03 percent": the place the GDP noun
    belongs to reports the figure (rule gdp_owner)."""
    if cl.measure not in GDP_MEASURES:
        return None
    text, f = cl.d.text, cl.f
    lo = max(cl.lo, f.clean_start - REACH)
    owners = [p for p in cl.places if lo <= p.start and p.end <= f.clean_start
              and p.kind in ("country", "region", "bloc", "demonym") and p.iso3]
    if not owners:
        return None
    before = cue("gdp_owner_before", _before_owner())
    after_demonym = cue("gdp_after_demonym", _after_demonym())
    between = cue("gdp_flow_between", _flow_between())
    for p in reversed(owners):
        noun_end = None
        if p.kind == "demonym":
            m = after_demonym.match(text, p.end)
            noun_end = m.end() if m else None
        else:
            m = _after_possessive().match(text, p.end)
            if m:
                noun_end = m.end()
            elif before.search(text, max(lo, p.start - 40), p.start):
                noun_end = p.end
        if noun_end is None or noun_end > f.clean_start:
            continue
        if between.search(text, noun_end, f.clean_start):
            return None
        return p.name, p.iso3
    return None

"""A figure the page gives as the nation's, beside an entity's (rule national_figure).

Pages on a port, zone or crossing set its figures beside the country's: "through April, 38.82 percent of that trade at
Port Laredo was an export and 61.18 percent was an import. The national average is 38.2 percent for exports and 61.8
percent for imports for the same 4 months of the year" (laredoedc.org, data/web54). The entity carried from the
sentence before (rules carried, entity_carried) is not the owner of a figure its own clause calls national: the
page's country is. The words are rows of the cue national_figure (vocab/en/patterns.csv); the sentence is searched up
to the figure only when an entity of the page's own country is in force.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue

_national = EnglishCue("national_figure", re.I)


def national_figure(cl):
    """The page's country for a figure whose sentence, before it, calls it the nation's ("The national average is
    38.2 percent"), where an entity of that country carried from before would own it (rule national_figure)."""
    st, (name, iso3) = cl.st, cl.home
    if not name or not iso3 or st.reporter is None or st.reporter[0] == name or st.reporter[1] != iso3:
        return None
    s0 = cl.d.c.sentences[cl.si][0]
    if cue("national_figure", _national()).search(cl.d.text, s0, cl.f.clean_start) is None:
        return None
    return name, iso3

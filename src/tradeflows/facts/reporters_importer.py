"""A demonym's imports whose goods or origin are named right after are that demonym's own imports.

Rule demonym_flow reads "Chinese imports" on a page about another country as imports from China
(the goods' origin), so it counts a demonym's imports only for the page's subject. But "Spanish
imports of Moroccan products rose to €1,841 million" names the origin after the flow: the demonym
before it is the importer (rule demonym_importer).
"""
from __future__ import annotations

import re

from tradeflows.facts.reporters import DASH_BEFORE, DEMONYM_FLOW, IMPORT_WORD

# "imports of Moroccan products", "imports from Morocco": the goods' origin after the flow word
_ORIGIN_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:\w+\s+){0,2}?|from\s+(?:the\s+)?)$", re.I)
ORIGIN_REACH = 40  # how far after the flow word its origin may start


def demonym_importer(cl):
    """'Spanish imports of Moroccan products rose to €1,841 million': a demonym's imports followed
    by another place as the goods' origin are the demonym's country's."""
    text, fs = cl.d.text, cl.f.clean_start
    places = cl.places
    for i, p in enumerate(places):
        if p.kind != "demonym" or p.start >= fs or not p.iso3 or DASH_BEFORE.search(text, max(0, p.start - 3), p.start):
            continue
        m = DEMONYM_FLOW.match(text, p.end)
        if not m or not IMPORT_WORD.search(m.group()):
            continue
        origin = next((q for q in places[i + 1:] if q.start >= m.end()), None)
        if origin is not None and origin.start - m.end() <= ORIGIN_REACH and origin.end <= fs \
                and origin.iso3 != p.iso3 and _ORIGIN_AFTER.fullmatch(text, m.end(), origin.start):
            return p.name, p.iso3
    return None

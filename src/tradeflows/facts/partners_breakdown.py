"""A sentence that breaks down the figure just told keeps its counterpart (session 67).

"The Philippines top ten trading partners for the first semester of 2011 posted a total trade value of $41.570 billion
or 75.2 percent of the total. This comprised a total export receipt of $20.241 billion or 81.8 percent of the total
exports and total import bill of $21.329 billion ...": a sentence opened by an anaphor of the whole just told and a verb
of its parts ("This comprised", "These consisted of"; rows breakdown_anaphor of vocab/<lang>/patterns.csv), naming no
place before its figure, tells the parts of the ranked group of partners the sentence before named (world.ranked_group,
top_group's reading) (rule group_breakdown, after top_group in the partner sieve). The sentence's opening is tested for the
words every row needs (vocab.pattern_needs) before any pattern is matched.
"""
from __future__ import annotations

import re

from tradeflows.facts.world import ranked_group
from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

_BREAKDOWN = EnglishCue("breakdown_anaphor", re.I)
OPENING_CHARS = 40   # the opening of a sentence read for the anaphor and its verb


def group_breakdown(cl):
    """(group, None) of a figure in a sentence breaking down the whole of the sentence before, whose counterpart is a
    ranked group of partners named before its figure, else None."""
    d, f, si = cl.d, cl.f, cl.si
    if si == 0:
        return None
    s, _ = d.c.sentences[si]
    text = d.text
    low = d.low[s:s + OPENING_CHARS] if d.low is not None else text[s:s + OPENING_CHARS].lower()
    rx = cue("breakdown_anaphor", _BREAKDOWN())
    if not holds(low, pattern_needs(rx)) or rx.match(text, s) is None:
        return None
    if any(s <= p.start < f.clean_start for p in cl.places):
        return None   # ("This comprised exports to Japan of $4.2 billion": the place named)
    ps, pe = d.c.sentences[si - 1]
    if ps < d.c.paragraphs[cl.pi][0]:
        return None   # (the sentence before, in another paragraph: no whole just told)
    found = ranked_group(text, ps, pe)
    if found is None:
        return None
    return " ".join(found.group().split()).lower(), None

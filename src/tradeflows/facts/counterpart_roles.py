"""A place named in its role in another place's trade opens no page as its subject (session 67).

The subject vote (facts/subject.py) gives a place a counterpart's weight when a cue after it names its role in
another's trade (ROLE_COUNTERPART_AFTER). Ranking pages word that role in two more ways, rows
role_counterpart_more of vocab/<lang>/patterns.csv:
- "Japan was the country's top trading partner in the first semester of 2011": a partner of "the country", "its"
  or "their" (the page's own side told again) is that side's counterpart (rule partner_of_anaphor_counterpart);
- "The European Union accounted for up to €6.8 billion, or 50%, of total goods exports": the part of a total goods
  or merchandise flow is a counterpart's, as the part of a total flow already is (rule goods_share_counterpart).
The head is tested once for the words every row needs, as written (vocab.pattern_needs_as_written), before any place
is matched.
"""
from __future__ import annotations

import re

from tradeflows.vocab import holds, pattern_needs_as_written
from tradeflows.vocab.patterns import EnglishCue, cue

_MORE = EnglishCue("role_counterpart_more", re.I)


def more_counterpart_roles(head: str) -> re.Pattern | None:
    """The pattern of the further counterpart roles to match right after each place of head, or None when head lacks
    the words every row needs (most heads: no place is matched at all)."""
    rx = cue("role_counterpart_more", _MORE())
    # (the head as written, no lower-cased copy: one per page and language, and a Russian head's copy costs more than
    # the test; an all-capitals head, "TOP TRADING PARTNER", is passed on unread, as the rows' words stand in lower
    # case in running text)
    return rx if holds(head, pattern_needs_as_written(rx)) else None

"""A counterpart group qualifying a ranked role names the class of the role's holder, not a counterpart (session 67).

"The USA was the main non-EU destination accounting for €3.7 billion, or 28%, of total exports": "non-EU" qualifies
"destination", the class the United States is ranked in; the figure's counterpart is the United States (rule
role_qualifier, a named filter of partners_candidates). Only a group of vocab/en/counterpart_groups.txt ("non-EU
countries", "third countries"), between a rank word (rows role_qualifier_before) and one role noun (rows
role_qualifier_after, singular: "exports to non-EU destinations" names a counterpart) is dropped; the group's name is
looked up (a set) before any pattern is matched.
"""
from __future__ import annotations

import re

from tradeflows.facts.places import Place
from tradeflows.facts.subject import counterpart_groups
from tradeflows.vocab.patterns import EnglishCue, cue

_BEFORE = EnglishCue("role_qualifier_before", re.I)
_AFTER = EnglishCue("role_qualifier_after", re.I)
REACH = 30   # characters before the group read for the rank word


def role_qualifier(text: str, p: Place, c=None) -> bool:
    """p, a counterpart group, qualifies a ranked role noun right after it (rule role_qualifier)."""
    if p.iso3 is not None or p.name not in counterpart_groups():
        return False
    return cue("role_qualifier_after", _AFTER()).match(text, p.end) is not None \
        and cue("role_qualifier_before", _BEFORE()).search(text, max(0, p.start - REACH), p.start) is not None

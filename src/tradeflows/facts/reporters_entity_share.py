"""An entity's share of its country's flow is the entity's (rule entity_share).

Pages on ports, zones and companies weigh the entity against its country: "In 2021, QIZ products made up 37% of Egypt’s
total exports to the U.S. and 48% of non-oil exports" (amchamegyptinc.org, data/web54), "free zone exports represent 60%
of the country´s total exports" (piisa.com). The country's flow written after the share is the whole the share is of,
not its owner (rules flow_after and possessive read it so): the guidelines make the entity (a port, a zone, a company;
"Egypt QIZs") the reporter of its own share. The entity is one rule entity_designated reads (a designator word and the
name beside it, or a collective "QIZ"); the verb of share between it and the figure is a row of the cue
entity_share_verb, the flow after the figure one of entity_share_whole (vocab/en/patterns.csv). Only share figures of a
sentence that names an entity ask: the sentence's entities are read once (Doc.memo.entities).
"""
from __future__ import annotations

import re

from tradeflows.facts.reporters_entity import entities, entity_reporter
from tradeflows.vocab.patterns import EnglishCue, cue

_verb = EnglishCue("entity_share_verb", re.I)
_whole = EnglishCue("entity_share_whole", re.I)


def entity_share(cl):
    """"QIZ products made up 37% of Egypt’s total exports to the U.S. and 48% of non-oil exports": the entity before a
    verb of share, a share of a flow after it, reports the share (with its country; both figures of the list), not the
    country whose flow is the whole (rule entity_share)."""
    if cl.f.kind != "share":
        return None
    _, found = entities(cl.d, cl.si)
    if not found:
        return None
    text, fs = cl.d.text, cl.f.clean_start
    e = next((e for e in reversed(found) if e.end <= fs), None)
    if e is None or e.start < cl.lo or cue("entity_share_verb", _verb()).fullmatch(text, e.end, fs) is None \
            or cue("entity_share_whole", _whole()).match(text, cl.f.clean_end) is None:
        return None
    return entity_reporter(cl, e)

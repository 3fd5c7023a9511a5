"""A flow's owner is no counterpart for the sentences after it (rule owner_not_carried): on a page that has no
country of its own (a data digest, a regional bank's updates), "In February, the US trade deficit expanded to $42.3
billion ... February's increase was driven by a −1.1 percent decrease in exports" speaks of the US's own exports, not
of exports to the US. facts/carry.py asks, for a place its sentence would carry as the partner in force."""
from __future__ import annotations

from tradeflows.facts.reporters import DEMONYM_FLOW, POSSESSIVE


def owner_not_carried(text: str, p, home_iso: str | None) -> bool:
    """Whether p, on a page with no country of its own, stands right before its flow word as the flow's owner ("the
    US trade deficit", "US exports", "Japan's imports")."""
    if home_iso is not None or p.kind not in ("country", "demonym"):
        return False
    return DEMONYM_FLOW.match(text, p.end) is not None or POSSESSIVE.match(text, p.end) is not None


OWNER_REACH = 8   # sentences back, within the paragraph


def owner_in_force(cl):
    """A figure naming no owner, on a page with no country of its own, after a sentence of its paragraph that named
    one country as its flow's owner ("the US trade deficit expanded to $42.3 billion ... February's increase was
    driven by a −1.1 percent decrease in exports"): that owner's (rule owner_in_force, tried before the outlet's
    sources; a sentence naming other places ends it)."""
    if cl.home[1] is not None or cl.si < 1:
        return None
    d = cl.d
    if any(p.kind in ("country", "demonym", "bloc") for p in d.places(cl.si)):
        return None
    text = d.text
    for j in range(cl.si - 1, max(-1, cl.si - 1 - OWNER_REACH), -1):
        if d.para_index(d.c.sentences[j][0]) != cl.pi:
            return None
        places = [p for p in d.places(j) if p.kind in ("country", "demonym", "bloc")]
        if not places:
            continue
        owners = {(p.name, p.iso3) for p in places if p.iso3 is not None and p.kind != "bloc"
                  and (DEMONYM_FLOW.match(text, p.end) is not None or POSSESSIVE.match(text, p.end) is not None)}
        if len(owners) == 1 and len({(p.name, p.iso3) for p in places}) == 1:
            return next(iter(owners))
        return None
    return None

"""The owner of a flow named earlier in the paragraph reports the flows after it that name none, on a page with no
country of its own (rule owner_in_force; its partner half, owner_not_carried, in facts/owner_carry.py): "In February,
the US trade deficit expanded to $42.3 billion ... February's increase was driven by a −1.1 percent decrease in
exports" (a regional bank's data digest)."""
from __future__ import annotations

from tradeflows.facts.owner_carry import owns_flow


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
                  and owns_flow(text, p)}
        if len(owners) == 1 and len({(p.name, p.iso3) for p in places}) == 1:
            return next(iter(owners))
        return None
    return None

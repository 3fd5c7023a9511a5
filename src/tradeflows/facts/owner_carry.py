"""A flow's owner is no counterpart for the sentences after it (rule owner_not_carried): on a page that has no
country of its own (a data digest, a regional bank's updates), "In February, the US trade deficit expanded to $42.3
billion ... February's increase was driven by a −1.1 percent decrease in exports" speaks of the US's own exports, not
of exports to the US. facts/carry.py asks, for a place its sentence would carry as the partner in force; the owner
is the reporter of those flows instead (facts/reporters_owner.py, rule owner_in_force)."""
from __future__ import annotations

from tradeflows.facts.reporters import DEMONYM_FLOW, POSSESSIVE


def owns_flow(text: str, p) -> bool:
    """Whether place p stands right before a flow word as the flow's owner ("the US trade deficit", "US exports",
    "Japan's imports")."""
    return DEMONYM_FLOW.match(text, p.end) is not None or POSSESSIVE.match(text, p.end) is not None


def owner_not_carried(text: str, p, home_iso: str | None) -> bool:
    """Whether p, on a page with no country of its own, is its flow's owner (owns_flow)."""
    return home_iso is None and p.kind in ("country", "demonym") and owns_flow(text, p)


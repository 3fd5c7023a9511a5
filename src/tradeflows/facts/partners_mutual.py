"""A bloc's mutual trade: the bloc's trade inside itself (rule mutual_trade, session 77).

"The volume of mutual trade between the countries of the Eurasian Economic Union (EAEU) has doubled in 10 years to $89
billion" (pravda-en.com, data/web67), "Mutual trade between the EAEU member states increased by 87%" (interfax.com),
"the volume of mutual trade in goods made $45bn" (sb.by, under "EAEU mutual trade up"): the trade a bloc's members do
with one another, the bloc its own counterpart, as "intra-regional" is (rule intra_regional; the Russian "взаимной
торговли" is a row of that cue). English writes "mutual trade" of two countries too ("the mutual trade between the EU
and China"), so it is read only for a bloc reporter, before the figure in its clause, with no place but the bloc between
the cue and the figure nor another flow noun ("..., and trade with third countries has increased by 60% to $923
billion" is the bloc's trade outside it). The words are rows mutual_trade and mutual_trade_other_flow of
vocab/en/patterns.csv; a window without "mutual" is passed at once.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import lacks
from tradeflows.facts.partners_candidates import FLOW_MEASURES
from tradeflows.facts.places import is_bloc_name
from tradeflows.vocab import pattern_needs
from tradeflows.vocab.patterns import EnglishCue

_mutual = EnglishCue("mutual_trade", re.I)
_other_flow = EnglishCue("mutual_trade_other_flow", re.I)


def mutual_trade(cl):
    """(bloc, None) for a flow of a bloc reporter named its members' mutual trade before the figure in its clause,
    else None (rule mutual_trade)."""
    if cl.measure not in FLOW_MEASURES or cl.rep is None or cl.rep_iso is not None:
        return None
    d, f = cl.d, cl.f
    rx = _mutual()
    lo = cl.lo
    needs = pattern_needs(rx)
    if needs and lacks(d, needs[0], lo, f.clean_start):
        return None   # (a window without "mutual": one substring search)
    if not is_bloc_name(cl.rep):
        return None
    m = None
    for m in rx.finditer(d.text, lo, f.clean_start):
        pass   # (the last before the figure: its own)
    if m is None:
        return None
    if any(m.start() - 40 <= p.start < f.clean_start and p.name != cl.rep for p in cl.places):
        return None   # ("the mutual trade between the EU and China": another place's)
    if _other_flow().search(d.text, m.end(), f.clean_start):
        return None   # ("..., and trade with third countries has increased by 60%": another flow's)
    return cl.rep, None

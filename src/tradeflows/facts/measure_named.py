"""The flow a phrase with no measure cue of its own names before a figure: a partner's rank among a flow's partners
(partner_rank_with), a flow's partner, source or market (partner_role_flow), a trading partner (trading_partner),
earnings from a place (earnings_from_place). facts/measure.py asks when a clause has no cue, or none names the figure."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tradeflows.records import Figure
from tradeflows.vocab import alternation, words_by_role
from tradeflows.vocab.patterns import cue
from tradeflows.vocab.skip import skip_compile


class _Patterns(NamedTuple):
    ranked_with: re.Pattern
    partner_role: re.Pattern
    trading_partner: re.Pattern
    other_ranking: re.Pattern
    earnings_from_place: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The rules' English patterns, built on first use from their words by role (vocab/en/named_flows.csv)."""
    words = words_by_role("named_flows.csv")
    # a flow's partner, destination, market, source or supplier, a trading modifier between ("export trading partners")
    flow_role = rf"(?:(?:{alternation(words['role_modifier'])})\s+)?(?:{alternation(words['flow_role'])})s?"
    # "Earnings from the African region", "receipts from China", "export earnings from the EU market" (rule
    # earnings_from_place: a capitalised name after "from", a place or its adjective)
    earnings = "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}"
                        for w in sorted(words["earnings"], key=len, reverse=True))
    return _Patterns(
        # "the US has topped Egypt's export partners with $1.69 billion" (rule partner_rank_with)
        ranked_with=skip_compile(rf"\b(export|import)s?\s+{flow_role}\s+with\s+(?:(?:{alternation(words['approx'])})\s+)?$",
                                 re.I),
        # "Nigeria's major trading import partner within ECOWAS was Ivory Coast (N29.50bn)" (rule partner_role_flow): the
        # role the figure's country is named in, a flow's partner, source or market, no clause end between it and the figure
        partner_role=skip_compile(rf"\b(export|import)(?:ing)?s?\s+{flow_role}\b(?=[^.;]*$)", re.I),
        # a place named by its role as a trading partner ("the second largest trading partner", "торговым партнером"), and
        # what between it and the figure tells another ranking, so the rule stays silent: a rank ("Taiwan's six major
        # trading partners in ASEAN were second at 19.1 percent": second among the export destinations the sentence
        # before ranks) or a market, buyer or supplier ("the main trading partner ..., since that market generated $448.6
        # million") (rule trading_partner)
        trading_partner=skip_compile(rf"\b(?:{alternation(words['trading_partner'])})\b", re.I),
        other_ranking=skip_compile(rf"\b(?:{alternation(words['other_ranking'])})\b", re.I),
        earnings_from_place=skip_compile(rf"\b(?:{earnings})\s+from\s+(?:the\s+)?[A-Z][a-z]+\b"
                                         rf"(?!\s+(?:{alternation(words['not_place'])})\b)"))


_PARTNER_ROLE_REACH = 80
TRADING_PARTNER_REACH = 160  # characters before the figure the role is looked for in (a bounded read per figure)


def _trading_partner(text: str, f: Figure, s_start: int) -> tuple[int, int] | None:
    """The span of the last trading-partner role before the figure in its sentence, with no other ranking between, else
    None (rule trading_partner)."""
    last = None
    pats = _patterns()
    for last in cue("trading_partner", pats.trading_partner).finditer(text, max(s_start, f.clean_start - TRADING_PARTNER_REACH),
                                                                  f.clean_start):
        pass
    if last is None or cue("other_ranking", pats.other_ranking).search(text, last.end(), f.clean_start) is not None:
        return None
    return last.span()


def named_flow(text: str, f: Figure, s_start: int):
    """The flow a phrase with no measure cue of its own names before the figure: (measure, rule, span), else None."""
    pats = _patterns()
    ranked = pats.ranked_with.search(text, max(s_start, f.clean_start - 80), f.clean_start)
    if ranked is not None:
        # "the US has topped Egypt's export partners with $1.69 billion in the first six months": a partner's rank
        # among a country's export (import) partners, with its amount: that flow (rule partner_rank_with)
        return ranked.group(1).lower() + "s", "partner_rank_with", (ranked.start(1), ranked.end(1))
    role = pats.partner_role.search(text, max(s_start, f.clean_start - _PARTNER_ROLE_REACH), f.clean_start)
    if role is not None:
        # "Nigeria's major trading import partner within ECOWAS was Ivory Coast (N29.50bn)" (apanews.net citing the NBS):
        # the amount of a country named as an import (export) partner, source or market is that flow; the "import" of
        # the role is no cue of its own (clause_cues drops a flow word before "partner") (rule partner_role_flow)
        return role.group(1).lower() + "s", "partner_role_flow", (role.start(1), role.end(1))
    trading = _trading_partner(text, f, s_start)
    if trading is not None:
        # "Japan was Australia's second largest trading partner, accounting for 9.5 per cent ($87 billion)",
        # "major trading partners of Tajikistan were: Russia – more than one billion USD": the amount of a place named
        # a trading partner is the trade both ways with it, not the flow of the sentence before (rule trading_partner)
        return "turnover", "trading_partner", trading
    earned = pats.earnings_from_place.search(text, s_start, f.clean_start)
    if earned is not None:
        # "Earnings from the African region rose from Sh82.2 billion in first quarter of 2022 to Sh100.2 billion": what
        # a country earns from a place it sells to, its exports there (rule earnings_from_place)
        return "exports", "earnings_from_place", (earned.start(), earned.end())
    return None

"""Money sent home by people abroad is no trade flow (rule transfers; GUIDELINES: measure "other"): "private inward
transfers received through the banking system ... declined by 6.4 percent", "Of the total transfers, US$928.4
million accrued to individuals", "remittances from Moroccans abroad ... reached 115 billion dirhams". A review puts
them beside exports and imports, whose flow the page or the sentence before would lend them. facts/measure_nontrade.py
asks (one row of its NON_TRADE_RULES), reading the lower-cased window before the figure it already made."""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

REACH = 160  # characters before a figure its subject's words are looked for in (as measure_nontrade's rules)

# remittances, or transfers a private or current qualifier names, as the subject right before the figure
# (vocab/<lang>/patterns.csv nontrade_transfers_before)
_transfers_before = EnglishCue("nontrade_transfers_before", re.I)


def transfers(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """An amount or change of remittances or private transfers, their words right before the figure with no measure
    cue between (rule transfers). low: the lower-cased REACH window before the figure (the literal prefilter)."""
    rx = cue("nontrade_transfers_before", _transfers_before())
    if not holds(low, pattern_needs(rx)):
        return False
    lo = max(s_start, f.clean_start - REACH)
    m = rx.search(text, lo, f.clean_start)
    # (a flow cue between takes the figure back; "remittances" is a cue of measure other itself)
    return m is not None and not any(m.start() <= c[0] < f.clean_start and c[2] != "other" for c in cues)


# what a share of a deficit was paid with: a financing verb right before the share and the deficit right after it
# ("helping to finance over 80 per cent of the trade deficit", "covered 45% of the current account deficit") (rule
# financed_share; rows nontrade_finance_before, nontrade_deficit_after)
_finance_before = EnglishCue("nontrade_finance_before", re.I)
_deficit_after = EnglishCue("nontrade_deficit_after", re.I)


def financed_share(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """A share of a deficit that something else financed: the share of the money that paid for it, no share of a
    flow nor the balance's own figure (rule financed_share)."""
    if f.kind != "share" or text[f.clean_end:f.clean_end + 4] != " of ":
        return False
    if cue("nontrade_deficit_after", _deficit_after()).match(text, f.clean_end) is None:
        return False
    m = cue("nontrade_finance_before", _finance_before()).search(text, max(s_start, f.clean_start - 40), f.clean_start)
    # what financed it is no flow of trade: "Net receipts from travel services offset 0.7% of the goods deficit" is the
    # services' share of the balance (a flow cue before the verb in the clause keeps the figure the trade's)
    return m is not None and not any(c[0] < m.start() and c[2] in _FLOWS for c in cues)


_FLOWS = ("exports", "imports", "turnover", "balance", "reexports")

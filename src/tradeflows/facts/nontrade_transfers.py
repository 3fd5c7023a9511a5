"""Money sent home by people abroad is no trade flow (rule transfers; GUIDELINES: measure "other"): "private inward
transfers received through the banking system ... declined by 6.4 percent", "Of the total transfers, US$928.4
million accrued to individuals", "remittances from Moroccans abroad ... reached 115 billion dirhams". A review puts
them beside exports and imports, whose flow the page or the sentence before would lend them. facts/measure_nontrade.py
asks (one row of its NON_TRADE_RULES), reading the lower-cased window before the figure it already made."""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.records import Figure
from tradeflows.vocab import holds, required
from tradeflows.vocab.patterns import EnglishCue, cue

REACH = 160  # characters before a figure its subject's words are looked for in (as measure_nontrade's rules)

# remittances, or transfers a private or current qualifier names, as the subject right before the figure
# (vocab/<lang>/patterns.csv nontrade_transfers_before)
_transfers_before = EnglishCue("nontrade_transfers_before", re.I)


@lru_cache(maxsize=None)
def _needs(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    return required(rx.pattern, rx.flags)


def transfers(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """An amount or change of remittances or private transfers, their words right before the figure with no measure
    cue between (rule transfers). low: the lower-cased REACH window before the figure (the literal prefilter)."""
    rx = cue("nontrade_transfers_before", _transfers_before())
    if not holds(low, _needs(rx)):
        return False
    lo = max(s_start, f.clean_start - REACH)
    m = rx.search(text, lo, f.clean_start)
    return m is not None and not any(m.start() <= c[0] < f.clean_start for c in cues)

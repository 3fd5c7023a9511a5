"""A share that is a currency's part of the payments, not a part of a flow (rule currency_share; GUIDELINES: measure
other, "anything else"): "The share of the ruble and the Chinese yuan in trade settlements between Russia and China has
reached 90%", "Доля рубля во взаимных расчетах достигла 97%", "90% взаимных расчетов осуществляются в национальных
валютах". What trade is settled in is no flow's value, whatever flow the sentence or the one before names; the flow
read last stays in force for the figures after it (not carried). facts/measure.py asks first, before the clause's cues.
The words: rows currency_share_before and currency_share_after of vocab/<lang>/patterns.csv. "This indicator" standing
for a currency's share named in the sentence before is that share too (rule currency_share_anaphor; row
indicator_anaphor)."""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab.patterns import NEVER, cue, english_cue
from tradeflows.vocab.skip import skip_compile

CURRENCY_REACH = 120  # characters before a share its currency's owner phrase may start (a bounded read per figure)
# between the owner phrase and the share: no clause break ("доля рубля ... увеличилась с 8% до 41%": the rates of one
# clause; "... в национальных валютах между странами ЕАЭС (ЕАЭС) составляет около 90%": a bracket is none; not "... в
# нацвалютах, а экспорт вырос на 5%")
_NO_BREAK = skip_compile(r"[^,;:.!?\n]*")


def currency_share(text: str, f: Figure, s_start: int) -> bool:
    """Whether the share f is a currency's part of the payments: a currency's share (or the settlements in national
    currencies) named before it in its clause, or the settlements in national currencies right after it."""
    if f.kind != "share":
        return False
    after = cue("currency_share_after", english_cue("currency_share_after", re.I))
    if after.match(text, f.clean_end):
        return True
    lo = max(s_start, f.clean_start - CURRENCY_REACH)
    before = cue("currency_share_before", english_cue("currency_share_before", re.I))
    m = None
    for m in before.finditer(text, lo, f.clean_start):
        pass
    return m is not None and _NO_BREAK.fullmatch(text, m.end(), f.clean_start) is not None


def currency_share_anaphor(d, si: int, f: Figure, s_start: int) -> bool:
    """Whether the share f is "this indicator" (row indicator_anaphor) in its clause right before it, the sentence
    before naming a currency's share of the payments ("В коммерческих операциях между участниками организации
    последовательно увеличивается доля национальных валют. Например, в торговле нашей страны с партнерами по ШОС этот
    показатель уже превышает 97%", 5-tv.ru): the anaphor stands for that share, not for the last flow's figure (rule
    currency_share_anaphor; facts/measure.py asks it before indicator_anaphor carries a flow)."""
    if f.kind != "share" or si == 0:
        return False
    anaphor = cue("indicator_anaphor", NEVER)
    if anaphor is NEVER:
        return False
    m = None
    for m in anaphor.finditer(d.text, max(s_start, f.clean_start - CURRENCY_REACH), f.clean_start):
        pass
    if m is None or _NO_BREAK.fullmatch(d.text, m.end(), f.clean_start) is None:
        return False
    before = cue("currency_share_before", english_cue("currency_share_before", re.I))
    return before.search(d.text, *d.c.sentences[si - 1]) is not None

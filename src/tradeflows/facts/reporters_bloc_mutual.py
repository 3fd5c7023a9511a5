"""A bloc's mutual trade, its members trading among themselves: the bloc reports it, and is its counterpart.

"Объем взаимной торговли в ЕАЭС достиг почти $100 млрд" (finance.rambler.ru, on a page whose speaker is Kyrgyzstan's
president), "Объем товарооборота между странами СНГ с начала 2017 года вырос на 25% и достиг $ 75 млрд" (eadaily.com,
Russia's president speaking), "объем взаимной торговли стран СНГ в этом году вырос более чем на 10%": the figure is the
bloc's trade inside itself (reporter the bloc, rule bloc_mutual_trade; partner the bloc, rule bloc_mutual_partner of facts/partners_sentence.py), not
the trade of the country whose official states it. The words before the bloc are the row bloc_mutual_before of
vocab/<lang>/patterns.csv (Russian rows only; English "intra-EU trade" is rule intra_bloc's); the bloc is a place of the
registry (vocab/<lang>/places.csv), the last place of the figure's clause before the figure. Not a bloc paired with another side
right after it ("торговля между странами ЕАЭС и Китаем", row bloc_mutual_paired_after): that is trade between the two.
"""
from __future__ import annotations

from tradeflows.records import FLOWS
from tradeflows.vocab.patterns import NEVER, cue

BLOC_MUTUAL_REACH = 80   # characters before the bloc its mutual-trade words may start (a bounded read per bloc)


def bloc_mutual_trade(cl):
    """The bloc named right after words of mutual trade before the figure in its clause (rule bloc_mutual_trade)."""
    if cl.measure not in FLOWS:
        return None
    before = cue("bloc_mutual_before", NEVER)
    if before is NEVER:
        return None
    text, fs = cl.d.text, cl.f.clean_start
    # the last place before the figure in its clause ("объем взаимной торговли внутри государств-членов ЕАЭС составил 55
    # миллиардов долларов, объем внешней торговли со странами вне ЕАЭС — 624,6 миллиарда долларов": the second amount
    # goes with the bloc named last, outside which its trade is)
    last = None
    for p in cl.places:
        if p.end > fs:
            break
        last = p
    if last is None or last.kind != "bloc" or last.alteration:
        return None
    if before.search(text, max(cl.lo, last.start - BLOC_MUTUAL_REACH), last.start) is None:
        return None
    if cue("bloc_mutual_paired_after", NEVER).match(text, last.end):
        return None
    return last.name, None

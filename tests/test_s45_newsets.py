"""Session 45 (newsets): phrasings the two blind sets of the session (data/web33, data/ruweb22) missed on their tuned
pages, each with the tuned page's sentence and a sentence of another outlet."""
from __future__ import annotations

from decimal import Decimal

from phrasing import figs, one_figure


def _money(text: str) -> list[tuple]:
    return [(f.figure, f.value, f.currency) for f in figs(text) if f.kind == "money"]


# --- money -------------------------------------------------------------------------------------------------------------

def test_the_koruna_sign_without_its_hacek_stands_before_the_amount():
    """vocab/en/currencies.csv rows Kc, Kč (rule koruna_sign_kc): ČTK's English service (data/web33 tuned page bd02,
    praguebusinessjournal) writes the koruna "Kc" glued to the amount; the sign with its hacek as penketrading.com
    writes it ("Current worth Kč442.06")."""
    f = one_figure("Czech export reached a record amount last year, growing by 5.7 percent annually to Kc4,200bn in the "
                   "cross-border concept, the Czech Statistical Office (CSU) said today.", "Kc4,200bn")
    assert (f.value, f.currency) == (Decimal("4200000000000"), "CZK")
    f = one_figure("What is your share worth? Current worth Kč442.06 million", "Kč442.06 million")
    assert (f.value, f.currency) == (Decimal("442060000"), "CZK")


def test_went_down_with_a_comma_before_its_by_is_a_fall():
    """vocab/en/cues.csv row "went down" (down, left), the twin of "went up": 'only export to Slovakia went down, by
    nearly 2 percent to Kc324bn' (data/web33 bd02); a money change after it keeps its written sign (GUIDELINES):
    "'Other Manufactures' went down by $17.2 million" (ctv3belizenews.com)."""
    f = one_figure("Among major export destinations, only export to Slovakia went down, by nearly 2 percent to Kc324bn.",
                   "nearly 2 percent")
    assert (f.kind, f.value) == ("growth", Decimal("-2"))
    assert _money("'Other Manufactures' went down by $17.2 million, while imports of 'Food and Live Animals' declined "
                  "by $13.3 million.") == [("$17.2 million", Decimal("17200000"), "USD"),
                                          ("$13.3 million", Decimal("13300000"), "USD")]


def test_a_slash_after_a_scale_word_parts_an_amount_from_its_conversion():
    """figures/extract.py _URLISH (rule slash_after_scale): '1.9 billion levs ($1.2 billion/971.4 million euro)'
    (data/web33 bd03, hbcbg.com): the amount after the slash is the euro conversion, no path of a link; a link's path
    still keeps its digits out ('www.example.com/2021/05')."""
    got = _money("Bulgaria's trade deficit increased to some 1.9 billion levs ($1.2 billion/971.4 million euro) in the "
                 "first four months of 2021, compared to a gap of 1.4 billion levs in the same period of 2020.")
    assert ("971.4 million euro", Decimal("971400000"), "EUR") in got
    assert ("$1.2 billion", Decimal("1200000000"), "USD") in got
    assert _money("Read more at www.example.com/2021/5 million-dollar-deals today.") == []


def test_an_exchange_rate_quoted_beside_the_amounts_is_no_money_figure():
    """figures/extract.py rule rate_quote: '(the dollar equals 27.7 liras)' (data/web33 bd07, move2turkey.com) and
    '(1 U.S. dollar = 1.69 BGN)' (bssnews.net, BSS/Xinhua, "Bulgaria's trade deficit with non-EU countries almost
    doubles in H1") quote a rate, no amount; the scaled amounts beside them stay."""
    assert _money("The value of Turkish exports in lira in the first 9 months of the year amounted to 150 billion and "
                  "581 million liras (the dollar equals 27.7 liras).") == [
        ("150 billion and 581 million liras", Decimal("150581000000"), "TRY")]
    assert _money("Meanwhile, Bulgarian imports from the non-EU countries increased by 1.4 percent to 10.6 billion BGN, "
                  "the NSI said. (1 U.S. dollar = 1.69 BGN)") == [("10.6 billion BGN", Decimal("10600000000"), "BGN")]
    # a level that a verb "equals" is still money
    assert _money("Exports equalled $5,000 last month.") == [("$5,000", Decimal("5000"), "USD")]

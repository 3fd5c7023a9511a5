"""Session 45, whose dollar a bare "$" is (figures/currencies.resolve).

Rule subject_country: an outlet of a dollar country (advisor.ca, Canada) writing on the trade of a country that spends
the US dollar itself, named alone in the page's first sentence, means the US dollar by a bare "$"; before, rule
outlet_country read it as the outlet's dollar ($502.3 billion became USD 379 billion). Only the page's first sentence
counts: the country a page names most is often its partner (the United States on a Canadian page about Canada's
exports), and letting it decide cost held-out pages (tried and dropped, see the commit message).
"""
from __future__ import annotations

import pytest

from phrasing import one_figure as _fig   # (outlet: the page's web domain's country, as ingest.outlet reads it)


# http://www.advisor.ca/news/economic/last-years-u-s-trade-deficit-highest-since-2012-224895 (7 February 2017)
_ADVISOR = ("The U.S. trade deficit narrowed slightly in December, but the improvement wasn't enough to keep the deficit"
            " for the entire year from rising to the highest level since 2012.\n\n"
            "The deficit in December fell 3.2% to $44.2 billion, the Commerce Department reported Tuesday. For the whole"
            " year, the deficit rose 0.4% to $502.3 billion, the highest annual imbalance since 2012.\n\n"
            "He has given notice that he also wants to renegotiate a two-decade-old free trade agreement with Mexico and"
            " Canada.\n\n"
            "For 2016, America's deficit with China actually declined slightly, dropping 5.5% to $347 billion after"
            " hitting an all-time high of $367.2 billion in 2015. Even with the improvement last year, the deficit with"
            " China is the largest with any country.\n")


def test_a_dollar_outlet_on_us_trade_keeps_the_us_dollar():
    f = _fig(_ADVISOR, "$502.3 billion", outlet="CAN", pub_year=2017, pub_month=2)
    assert (f.currency, f.value, f.rule) == ("USD", 502.3e9, "money_symbol_before:subject_country")
    g = _fig(_ADVISOR, "$347 billion", outlet="CAN", pub_year=2017, pub_month=2)
    assert (g.currency, g.value, g.rule) == ("USD", 347e9, "money_symbol_before:subject_country")


def test_the_same_page_with_no_outlet_is_the_default():
    f = _fig(_ADVISOR, "$502.3 billion", pub_year=2017, pub_month=2)
    assert (f.currency, f.rule) == ("USD", "money_symbol_before")


# archive.stats.govt.nz, "Trade with China nearly tripled in past decade" (2016): the page opens on New Zealand and
# China, no one country: the outlet's dollar still decides (outlet_country, unchanged)
_STATSNZ = ("New Zealand's trade relationship with China has nearly tripled over the past decade, with two-way trade"
            " rising from $8.2 billion in the year ended June 2007 to $23 billion in the June 2016 year. Annual exports"
            " to China have quadrupled and annual imports from China have doubled since the June 2007 year.\n")


def test_a_page_opening_on_two_countries_keeps_the_outlets_dollar():
    f = _fig(_STATSNZ, "$23 billion", outlet="NZL", pub_year=2016)
    assert (f.currency, f.rule) == ("NZD", "money_symbol_before:outlet_country")


# https://online.flippingbook.com/view/642922/12/ (2018): a Canadian page on Canada's trade with the United States
# names the United States as often as Canada; its bare "$" is Statistics Canada's dollar
_FLIP = ("According to Stats Canada data, in January of this year, Canada exported $34.1 billion worth of goods to the"
         " United States and imported $30.9 billion from the United States. So, Canada did indeed have a trade surplus"
         " in goods with the U.S. of about $3.1 billion in January.\n")


def test_a_canadian_page_on_trade_with_the_us_stays_canadian():
    f = _fig(_FLIP, "$34.1 billion", outlet="CAN", pub_year=2018)
    assert f.currency == "CAD"


# https://haver.com/articles/archive-economy-singapore-trade-in-strong-recovery (18 October 2010): a page marking the
# Singapore dollar "S$" before its numbers and never writing "US$"; its lone bare "$" (per capita GDP, US dollars) is
# read by lead_country as SGD. marked_local after lead_country was tried: it broke web23's "A$7.3B in May (originally
# $8.0B)", an elided A$, and was dropped.
_HAVER = ("The small island of Singapore--an area of some 263 square miles and a population of just over 5 million"
          " people--has one of the highest per capita GDPs in Asia. In 2009, per capita GDP was $36,537. Foreign trade is"
          " the source of much of its wealth. In 2009, Singapore's domestic exports were S$20 billion, while re-exports"
          " were almost equal at S$19 billion.\n")


@pytest.mark.xfail(strict=True, reason="lead_country reads the bare $ before marked_local is asked (known miss)")
def test_a_bare_dollar_on_a_page_marking_its_own_dollar_apart_is_usd():
    assert _fig(_HAVER, "$36,537", pub_year=2010).currency == "USD"


# https://ncbcapitalmarkets.com/research/latestnews/6207-jamaica-s-trade-deficit-increase-in-april (2024): a bare "$"
# compared in its own sentence with a "US$" amount is the US dollar; lead_country reads it as JMD
_NCB = ("Jamaica's Trade Deficit Increase in April\n\n"
        "Jamaica's trade deficit rose from US$1.76Bn in the January to April 2023 period to US$1.80Bn during the same"
        " period in 2024.\n"
        "Imports of \"Consumer Goods\" totalled $643.0Mn, 5.5% above the US$609.50Mn recorded in the similar 2023"
        " period, reflecting increases in all sub-categories.\n")


def test_a_bare_dollar_compared_with_a_us_dollar_amount_is_usd():
    # (session 60, xfailW60: rule compared_mark)
    f = _fig(_NCB, "$643.0Mn", pub_year=2024)
    assert (f.currency, f.rule) == ("USD", "money_symbol_before:compared_mark")

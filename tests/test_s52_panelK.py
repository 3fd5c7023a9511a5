"""Panel cells that should not be there (session 52, panelK): each check a phrasing, each test a real sentence of a
stored page whose outlet is in no development set."""
from __future__ import annotations

from tradeflows.dataset.cues import difference_cue
from tradeflows.dataset.plausible import large_bilateral_flow
from tradeflows.dataset.series import IN, series_status

from phrasing import one_figure, row

fig = one_figure


# -- rule large_bilateral_flow: a flow with one partner country above any country pair's trade -------------------
# usitc.gov/research_and_analysis/trade_shifts_2017/us.htm
_USITC = "In 2017, U.S. total exports rose by $95.7 billion to $1.5 trillion (6.6 percent), a turnaround from the previous year.\n"
# boursewatch.com/economy/16452 (2025)
_BOURSE = ("In 2024, the United States exported little under $200 billion to China, primarily in the form of services,"
           " chemicals, soybeans, and oil, while importing $462 billion worth of goods from China, including iPhones,"
           " TVs, clothing, and chemicals.\n")


def test_a_trillion_with_the_world_is_no_bilateral_flow():
    f = fig(_USITC, "$1.5 trillion")
    assert (f.reporter_iso3, f.measure, f.year, f.partner) == ("USA", "exports", 2017, "world")
    r = row(f)
    assert not large_bilateral_flow(r)
    # the same figure with a partner country carried onto it (as "the U.S. exported $2.3 trillion ... and imported
    # $2.9 trillion" took China from the sentence before, web38): no pair of countries trades that much
    carried = {**r, "partner": "China", "partner_iso3": "CHN"}
    assert large_bilateral_flow(carried)
    assert series_status(carried, min_confidence=0.0) == "implausible"
    # a bloc partner (no partner_iso3) is not bounded
    assert not large_bilateral_flow({**r, "partner": "European Union", "partner_iso3": None})


def test_the_largest_bilateral_flows_stay_in():
    f = fig(_BOURSE, "$462 billion")
    assert (f.reporter_iso3, f.partner_iso3, f.measure, f.year) == ("USA", "CHN", "imports", 2024)
    assert not large_bilateral_flow(row(f))
    assert series_status(row(f), min_confidence=0.0) == IN
    # turnover of the largest pairs (about 1e12) is below its own bound
    assert not large_bilateral_flow({**row(f), "measure": "turnover", "value_usd": 1.05e12})
    assert large_bilateral_flow({**row(f), "measure": "turnover", "value_usd": 2.3e12})


# -- difference: "improved by over $X", "edged downward by $X" ------------------------------------------------------
# jrkapz.com/jrblog/?m=201011
_JRK = ("The deficits with Mexico and the European Union each improved by over $1 billion. The trade shortage with"
        " Japan fell $788 million.\n")


def test_a_balance_improved_by_an_amount_is_a_change():
    f = fig(_JRK, "over $1 billion")
    assert f.measure == "balance"
    assert difference_cue(row(f))
    g = fig(_JRK, "$788 million")
    assert difference_cue(row(g))


def test_a_level_after_improved_to_is_no_change():
    text = "The deficit with Mexico improved to $5.2 billion in 2010.\n"
    assert not difference_cue(row(fig(text, "$5.2 billion")))

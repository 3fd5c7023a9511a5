"""Periods of session 29: the base of "the same period" of a year that was not over (rule same_period_not_over),
and a quarter written with its year unspaced ("1Q2022"); "a total trade of N5.03 trillion" names no country.

A figure "in 2022" on a page of 17.12.2022 is of a year not yet over (relate's year_not_over: its months are
unknown); its base "for the same period of last year" is then of the same unknown months a year before, not the
whole of 2021, so it stays out of the national panel as a partial year. Real sentences of stored pages."""
from __future__ import annotations

from phrasing import one_figure, period, row, rule
from tradeflows.dataset.series import series_status

# dailynewsegypt.com, 2022-12-17, "Egyptian exports to EU doubled in 2022: EU's Ambassador"
_DNE = ("Egyptian exports to EU doubled in 2022 compared to 2021, reaching around €8bn, compared to around €4 bn for the"
        " same period of last year — a growth of about 100% growth — while EU exports to Egypt amounted to €9.9bn,"
        " according to the EU’s Ambassador in Cairo Christian Berger.\n")


def test_same_period_of_last_year_on_a_december_page_is_no_whole_year():
    f = one_figure(_DNE, "around €4 bn", pub_year=2022, pub_month=12)
    assert period(f) == (2021, None, None)
    assert rule(f, "year") == "same_period_not_over"
    assert series_status(row(f)) == "partial year"


def test_the_figure_itself_stays_year_not_over():
    f = one_figure(_DNE, "around €8bn", pub_year=2022, pub_month=12)
    assert period(f) == (2022, None, None)
    assert rule(f, "year") == "year_not_over"


def test_a_base_of_a_year_that_is_over_keeps_its_whole_year():
    # the same sentence on a page of the next year: 2022 was over, its base is the whole of 2021
    f = one_figure(_DNE, "around €4 bn", pub_year=2023, pub_month=1)
    assert period(f) == (2021, "2021-01", "2021-12")
    assert rule(f, "year") == "base_value"


# en.trend.az (2023-04-25), "Trade turnover between Tajikistan and Azerbaijan ...": a quarter written with its year
# and no space, "1Q2022" (vocab periods.csv row 1Q; rule part)
_TREND_TJ = ("BAKU, Azerbaijan, April 25. Trade turnover between Tajikistan and Azerbaijan amounted to around $1 million"
             " from January through March 2023, Trend reports via Azerbaijan’s Customs Committee.\n\nDuring the period"
             " under review, Tajikistan imported from Azerbaijan goods worth $1 million, which is 34.3 percent less than"
             " $1.5 million in 1Q2022.\n")


def test_quarter_with_its_year_unspaced_is_that_quarter():
    f = one_figure(_TREND_TJ, "$1.5 million", pub_year=2023, pub_month=4)
    assert period(f) == (2022, "2022-01", "2022-03")
    assert series_status(row(f)) == "partial year"


# blueprint.ng, "ECOWAS accounts for 52% of Nigeria's 2023 trade within African countries": a naira amount after
# "a total trade of" is no country named ("of N5.03 trillion": N is the currency), so no country's own total
# (facts/world.py _OWN_TOTAL); the clause's figures are of the African trade the paragraph before names
_BLUEPRINT = ("Meanwhile, Nigeria’s trade with African countries has yet to reach pre-COVID-19 levels despite implementing"
              " the African Continental Free Trade Area (AfCFTA) agreement in 2021.\n\nA breakdown analysis shows that in"
              " 2019, the import trade figure was N1.11 trillion, while exports soared at N3.92 trillion, cumulating a total"
              " trade of N5.03 trillion.\n")


def test_a_currency_letter_after_total_trade_of_is_no_country():
    f = one_figure(_BLUEPRINT, "N1.11 trillion", pub_year=2024)
    assert (f.partner, rule(f, "partner")) == ("Africa", "pair_continued")
    assert period(f) == (2019, "2019-01", "2019-12")


# ambusinessng.com, "Nigeria's exports to India decrease by 61% in one year" (blind29panel tuning page 14, undated): "the same time period in 2022" is the same months of 2022,
# a base, not the whole of 2022 (its "time period" had left "2022" to the bare year rule)
_AMB = ("Nigeria's exports to India totaled N463.3 billion in the second quarter of 2023, ranking India as the country's"
        " sixth-largest export market.\nNigeria's trade exports to India hit N1 trillion over the same time period in"
        " 2022, making India Nigeria's greatest export market at the moment.\n")


def test_the_same_time_period_of_a_year_is_the_figure_before_s_months():
    f = one_figure(_AMB, "N1 trillion", pub_year=2023)
    assert period(f) == (2022, "2022-04", "2022-06")
    assert series_status(row(f)) == "partial year"

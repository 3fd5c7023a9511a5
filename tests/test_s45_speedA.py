"""Session 45, speed (speedA): the period half of relate's carry reads less, with the same answers.

- period_context.context_period: a written year no later than the period a sentence has already given is not read by
  the rules that only drop a time (it cannot replace that period).

Sentences: usitc.gov, "Shifts in U.S. Merchandise Trade 2019"
(https://www.usitc.gov/research_and_analysis/trade_shifts_2019/us.htm), and sbecouncil.org
(https://sbecouncil.org/2020/02/05/2019-trade-data-exports-and-imports-decline/), outlets of no data set.
"""
from __future__ import annotations

from tradeflows.facts.context import Doc
from tradeflows.facts.period_context import context_period
from tradeflows.text.clean import clean_text

USITC = ("U.S. general imports fell by $42.4 billion (1.7 percent) to $2.5 trillion in 2019. This is a reversal from "
         "the two previous years, in which U.S. imports rose by 8.6 percent in 2018 and 7.0 percent in 2017. "
         "From 2018 to 2019, U.S. total exports decreased by $20.8 billion (1.2 percent) to $1.6 trillion in 2019.")
SBE = ("Exports declined in 2015 and 2016, saw some growth in 2017 and 2018, and then declined once again in 2019. "
       "The story was pretty much the same for imports. They inched up in December, but were down versus a recent "
       "high in May.")
# usitc.gov, the same page: a month of the year already read gives way to it (its year no later)
USITC_MONTH = ("In 2019, U.S. total exports decreased by $20.8 billion to $1.6 trillion, and in December 2019 they "
               "inched up.")


def _periods(text: str, pub_year: int | None = 2020):
    c = clean_text(text, "txt", "t.txt")
    d = Doc(c, pub_year)
    return [context_period(d, si) for si in range(len(c.sentences))]


def test_earlier_years_after_the_latest():
    # "rose by 8.6 percent in 2018 and 7.0 percent in 2017": 2017, after 2018, is not read (no later than 2018)
    assert _periods(USITC) == [(2019, 1, 12), (2018, 1, 12), (2019, 1, 12)]


def test_latest_year_last_and_months_after_it():
    # years in order: each later one read, the last the period; "in December" of the page's year ("versus a recent
    # high in May": a compared value's month, no period)
    assert _periods(SBE) == [(2019, 1, 12), None, (2020, 12, 12)]


def test_a_month_of_the_year_already_read():
    # "In 2019, ... in December 2019": December 2019 is no later than 2019, so the year stays the period (as before)
    assert _periods(USITC_MONTH) == [(2019, 1, 12)]

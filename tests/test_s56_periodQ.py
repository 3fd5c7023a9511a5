"""Periods of changes over a run of years or a past span, and a part of "the year 2018" (session 56, periodQ):
real sentences of pages outside the development sets, each with exact values and the deciding rule."""
import pytest

from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text


def periods(text: str, pub_year: int | None = None):
    return [(f.figure, f.year, f.period_start, f.period_end, f.fact_rules.split("year:")[-1])
            for f in figures_of_text(text, fmt="web", lang="en", pub_year=pub_year, relate=True)]


def test_a_change_over_a_run_of_years_in_words_is_no_one_years():
    # taylorfrancis.com (a chapter on China's trade): the change runs 2001-2014, it ends in 2014 but is no one year's
    got = periods("During the period from 2001 to 2014, China's exports and imports increased by 7.8 times and 7.1 times, "
                  "respectively.", 2015)
    assert ("7.8 times", 2014, None, None, "run_of_years_words") in got
    assert ("7.1 times", 2014, None, None, "run_of_years_words") in got


def test_a_change_between_two_years_in_a_row_is_the_later_years():
    # esa.doc.gov 2011-02-10, the clause inside the brackets of "(recall that exports plummeted ...)": "from 2008 to
    # 2009" is a year's change, 2009 whole (two years in a row are no run of years)
    got = periods("Exports plummeted 14.6 percent from 2008 to 2009, a period when global trade experienced a sharp "
                  "contraction.", 2011)
    assert got == [("14.6 percent", 2009, "2009-01", "2009-12", "explicit")]


@pytest.mark.xfail(strict=True, reason="a change inside brackets after another year's figure takes that year (2010)")
def test_a_bracketed_change_from_one_year_to_the_next_keeps_its_own_years():
    # esa.doc.gov 2011-02-10: the bracketed 14.6 percent is 2009's, the 16.6 percent outside it 2010's
    got = periods("The bottom line is that exports rebounded strongly in 2010, increasing 16.6 percent from their low "
                  "2009 levels (recall that exports plummeted 14.6 percent from 2008 to 2009, a period when global trade "
                  "experienced a sharp contraction).", 2011)
    assert ("14.6 percent", 2009, "2009-01", "2009-12", "explicit") in got


def test_the_level_reached_after_a_run_of_years_keeps_its_year():
    # taylorfrancis.com: the amounts after the run are their own years' (only a change is spread over the run)
    got = periods("The total volume of exports increased from US$266 billion in 2001 to US$2,342 billion in 2014, with "
                  "an average annual growth rate of 18 per cent.", 2015)
    assert ("US$2,342 billion", 2014, "2014-01", "2014-12", "explicit") in got


def test_a_change_over_the_last_ten_years_is_no_one_years():
    # business-leads-1.blogspot.com 2012-10-05 (Pascal Lamy's speech): "more than doubled" over the last 10 years
    got = periods("US exports of goods and services in the last 10 years have more than doubled to over $2 trillion.",
                  2012)
    assert got[0] == ("more than doubled", 2011, None, None, "past_span_change")


def test_an_amount_over_a_past_span_keeps_the_span_end_year():
    # business-leads-1.blogspot.com 2012-10-05: the level reached at the span's end is a year's amount (rule past_span)
    got = periods("US exports of goods and services in the last 10 years have more than doubled to over $2 trillion.",
                  2012)
    assert got[1] == ("over $2 trillion", 2011, "2011-01", "2011-12", "past_span")


def test_a_part_of_the_year_named_with_its_word_is_that_years_part():
    # a paper's introduction (GitHub text): "In the first half of the year 2018" is January-June 2018, like "of 2018"
    t = find_times("In the first half of the year 2018, more than 680 memory leak bugs have been reported in Firefox.")
    assert [(x.kind, x.year, x.m1, x.m2) for x in t] == [("half", 2018, 1, 6)]


def test_a_goal_over_five_years_stays_without_months():
    # foreignpolicy.com 2010-03-11: "double U.S. exports in five years" is a goal over five years, no months
    got = periods("At his State of the Union address, President Barack Obama swore to double U.S. exports in five years.",
                  2010)
    assert got == [("double", 2010, None, None, "source_year")]

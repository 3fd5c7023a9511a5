"""English phrasings of years and periods found in session 43 on the tuned pages of the blind set web30 (general
news outlets and public broadcasters on one country's trade results), each a rule tested on a real sentence."""
from __future__ import annotations

from phrasing import fields


def test_a_time_and_the_same_period_of_a_later_year_is_a_compared_pair():
    """Rule later_same_period (facts/periods.py; Live FM Ghana, ghanalivefm.com, on Ghana's exports in August 2017):
    in 'rose by 140% in August 2016 and the same period in 2017 from $630 million to $1.68 billion' the first time is
    the base and 'the same period in 2017' the current period, August 2017: the change and the level reached are of
    August 2017, the level started from of August 2016, and the lines after it carry August 2017 (they carried
    August 2016, the base, with the levels started from a year earlier still)."""
    text = ("Breakdown\n"
            "Oil revenue from exports rose by 140% in August 2016 and the same period in 2017 from $630 million to "
            "$1.68 billion.\n"
            "Revenue from gold exports grew by 25 per cent from $3 billion to 3.79 billion within the one-year period.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2017, lang="en")
    assert [g for g in got if g[0] in ("140%", "$630 million", "$1.68 billion", "25 per cent", "$3 billion")] == [
        ("140%", 2017, "2017-08", "2017-08"), ("$630 million", 2016, "2016-08", "2016-08"),
        ("$1.68 billion", 2017, "2017-08", "2017-08"), ("25 per cent", 2017, "2017-08", "2017-08"),
        ("$3 billion", 2016, "2016-08", "2016-08")]


def test_between_a_time_and_the_same_period_of_a_later_year_stays_the_later():
    """Rule later_same_period (Live FM Ghana): 'a growth of 27.8% between August 2016 and the same period in 2017' is
    of August 2017 as before the rule (a guard: the old code read it right, by after_base or explicit)."""
    text = ("Ghana raked in $8.95 billion from cocoa, oil and gold exports in August 2017, according to the Bank of "
            "Ghana's summary of economic and financial data.\n"
            "It represents a growth of 27.8% between August 2016 and the same period in 2017.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2017, lang="en")
    assert ("27.8%", 2017, "2017-08", "2017-08") in got

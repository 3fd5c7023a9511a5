"""Session 57, helper openW46 (web46 opened: pages on trade targets, forecasts and outlooks beside the actual figures
they start from). Rule section_goal (facts/partners_carried.py) now carries the section's counterpart to a turnover goal
only: a one-way flow or balance forecast that names no counterpart is the reporter's total, left to the rules after it.
Real sentences of pages outside the development sets, their addresses in the comments."""
from __future__ import annotations

import pytest

from phrasing import one_figure, rule

# https://amp.rnz.co.nz/article/06bccf2f-396a-4bce-be6a-3121f4e6be39 (MPI's Situation and Outlook, 2016)
NZ_OUTLOOK = ("The meat and wool sector was expected to continue its strong growth, with revenue expected to rise by "
              "about 10 percent on a year ago because of demand from the US.\n\n"
              "New Zealand will meet its beef quota to the US this season for the first time since 2004. Chinese demand "
              "for wool also remained strong.\n\n"
              "Milk production was expected to be down 7 percent this season because of weaker dairy prices.\n\n"
              "However, MPI expected prices to rebound going into 2017, as current dairy stocks were used up and demand "
              "improved.\n\n"
              "Forestry exports were forecast to rise by $613 million, with a rise in sawn timber offsetting lower log "
              "exports.\n\n"
              "The opening of two new salmon farms was expected to raise seafood exports by $200m.")


def test_a_flow_forecast_naming_no_counterpart_is_the_reporters_total():
    """The US and China were named a few paragraphs before: a forecast of exports is not theirs."""
    f = one_figure(NZ_OUTLOOK, "$613 million", pub_year=2016)
    assert (f.value, f.measure, f.reporter, f.partner, f.status) == (613e6, "exports", "New Zealand", "world", "target")
    assert rule(f, "partner") == "default_world"


def test_an_expected_rise_of_a_flow_is_the_reporters_total_too():
    f = one_figure(NZ_OUTLOOK, "$200m", pub_year=2016)
    assert (f.value, f.measure, f.partner, rule(f, "partner")) == (200e6, "exports", "world", "default_world")


# http://global.chinadaily.com.cn/a/201704/05/WS59bb4692a310d4d9ab7e22eb.html (Xinhua, 2017)
NZ_XINHUA = ("WELLINGTON - New Zealand's primary sector exports are forecast to rise 1.4 percent over the year to the end "
             "of June, with China being the biggest market overall, according to a government report out on Tuesday. "
             "Total primary industry exports were forecast to hit NZ$37.5 billion ($26.25 billion) in June year, driven "
             "by strong growth in dairy exports, said the report from the Ministry for Primary Industries.")


@pytest.mark.xfail(strict=True, reason="known miss: partner 'carried' (China, the biggest market of the sentence "
                                       "before) precedes total_named, so 'Total ... exports' is read as China's")
def test_total_exports_forecast_after_the_biggest_market_is_the_world():
    f = one_figure(NZ_XINHUA, "NZ$37.5 billion", pub_year=2017)
    assert (f.measure, f.partner) == ("exports", "world")


# --- next_years_horizon: a time of the figure's own between it and the span ----------------------------------------

# https://daijiworld.com/news/newsDisplay?newsID=64755 (IANS, 27 August 2009; the wire web46's tuned page cd08 also
# carries: the sentence the change was read from, kept here as its exact case)
FTP_2009 = ("\"My immediate priority is to arrest and reverse the declining trend in exports,\" he told the representatives "
            "of various export promotion councils and industry chambers at the Pragati Maidan trade and convention centre "
            "here.\nThe minister also set an export target of $200 billion for 2010-11 with a growth of 15 percent over "
            "the next two years, with an overall medium-term objective of 25 percent annual growth thereafter.")


def test_a_goal_with_its_own_fiscal_year_before_the_span_keeps_that_year():
    f = one_figure(FTP_2009, "$200 billion", pub_year=2009, pub_month=8)
    assert (f.value, f.measure, f.status, f.year) == (200e9, "exports", "target", 2011)
    assert rule(f, "year") == "fiscal_span"


def test_a_growth_right_before_the_span_ends_in_the_horizon():
    f = one_figure(FTP_2009, "15 percent", pub_year=2009, pub_month=8)
    assert (f.value, f.year, rule(f, "year")) == (15.0, 2013, "next_years_horizon")

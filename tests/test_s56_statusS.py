"""Session 56, helper statusS: a figure's status (actual, target, historical) by phrasing.

1. A forecast noun with its own figure after it ("estimates for a deficit of A$550 billion", "expectations of an A$5.8B
   surplus"): the figure is the forecast's (cue rows "estimates for", "expectations of"); the result before it stays
   actual (rule forecast_own_figure's scope).
2. A modal or infinitive of reaching ("can reach", "to achieve"): goals.
3. A result a past-tense verb reports stays actual even when its year is after the page's date (a misdated page; rule
   past_tense_result, before future_year).
4. The dated level a goal starts from, named after the goal ("... to USD 1 trillion by 2025-26, building from USD 825
   billion in 2024-25"), is a result (rule goal_from_after).
Sentences are quoted from pages of outlets outside the development sets."""
from __future__ import annotations

import pytest

from tradeflows.pipeline import figures_of_text


def status_of(text: str, figure: str, published: str) -> list[tuple[str, str]]:
    """(status, the status rule) of each figure written `figure` in text, on a page published in `published` (YYYY-MM)."""
    out = []
    year, month = (int(x) for x in published.split("-"))
    for f in figures_of_text(text, "page", "txt", pub_year=year, pub_month=month):
        if f.figure == figure:
            rule = next((r for r in f.fact_rules.split(";") if r.startswith("status:")), "")
            out.append((f.status, rule))
    return out


# dailyfx.com, 2017-01-06 (https://www.dailyfx.com/forex/market_alert/2017/01/06/Aussie-Dollar-Unable-to-Capitalize-on-
# Trade-Surplus-Shock.html)
DAILYFX = ("Aussie Dollar unable to capitalize on trade surplus shock.\n\n"
           "The country was in the black to the tune of A$1.24 billion (US$909 million) in November, smashing estimates "
           "for a deficit of A$550 billion.\n")


def test_estimates_for_names_the_forecast_figure():
    assert status_of(DAILYFX, "A$550 billion", "2017-01") == [("target", "status:cue:estimates for")]


def test_result_before_estimates_stays_actual():
    """(odd case) the cue after the result, with its own figure, is that figure's, not the result's"""
    assert status_of(DAILYFX, "A$1.24 billion", "2017-01") == [("actual", "status:default_actual")]


def test_can_reach_is_a_goal():
    """newindianexpress.com, 2019-02-06 (http://www.newindianexpress.com/business/2019/feb/06/commerce-department-assures-
    healthy-growth-of-indian-exports-1934868.html)"""
    text = ("Commerce department assures healthy growth of Indian exports.\n\n"
            "A statement issued by the ministry said that the meeting with export promotion councils and other key "
            "exporters was held to discuss various issues being faced by exporters and examine ways by which India's "
            "merchandise exports can reach USD 325 billion by March 2019.\n")
    assert status_of(text, "USD 325 billion", "2019-02") == [("target", "status:cue:can reach")]


# AP on global-gathering.com, 2013-03-11 (https://www.global-gathering.com/news/6812)
AP = ("Exports rose to €91.9 billion ($120.3 billion) in January from €90.6 billion in December 2012, according to "
      "figures Monday from the Federal Statistical Office, which adjusts values for calendar and seasonal effects.\n")


def test_past_tense_result_on_a_misdated_page_stays_actual():
    """the page's date (2011) before the year the text reports in the past tense (December 2012): a misdated page, the
    result stays one"""
    text = "German exports start the year strongly\n\n" + AP
    assert status_of(text, "€90.6 billion", "2011-03") == [("actual", "status:past_tense_result")]


def test_past_tense_result_rule_not_needed_on_a_right_date():
    """(odd case) on its own date (2013) the figure is no future one: the default decides"""
    text = "German exports start the year strongly\n\n" + AP
    assert status_of(text, "€90.6 billion", "2013-03") == [("actual", "status:default_actual")]


def test_level_a_goal_builds_from_is_a_result():
    """devdiscourse.com, 2025-05-27 (https://www.devdiscourse.com/article/business/3436405-indias-export-milestone-usd-1-
    trillion-target-by-2025-26)"""
    text = ("India's Export Milestone: USD 1 Trillion Target by 2025-26\n\n"
            "India aims to boost its goods and services exports to USD 1 trillion by 2025-26, building from USD 825 "
            "billion in 2024-25.\n")
    assert status_of(text, "USD 1 trillion", "2025-05") == [("target", "status:cue:to boost")]
    assert status_of(text, "USD 825 billion", "2025-05") == [("actual", "status:goal_from_after")]


# (a strict xfail until session 59: the row "median" of vocab/en/status.csv, rule cue:median)
def test_market_median_in_a_bracket_is_a_forecast():
    """fxstreet.com (https://www.fxstreet.com/news/australias-trade-surplus-printed-at-10bn-reviewed-westpac-
    201710050120)"""
    text = ("Australia's trade surplus printed at $1.0bn.\n\n"
            "Analysts at Westpac explained that Australia’s trade surplus printed at $1.0bn, exceeding expectations (mkt "
            "median $0.85bn and Westpac $0.5bn).\n")
    assert status_of(text, "$0.85bn", "2017-10")[0][0] == "target"

"""Session 60, helper xfailW60: strict xfails turned into passing tests by general mechanisms, each with a real outside
sentence (the `search` tool's stored pages, address in the comment) and an odd case.

Rules: slug_mdy_name (ingest/dates.py: "october-30-2015" in an address's slug), glued_day_year (ingest/dates.py: "Feb
222018" alone on a line), appositive_aside (facts/measure.py: flow words in a "the ..." noun phrase between commas after a
flow noun explain it), compared_mark (figures/currencies.py: a bare "$" compared in its clause with a "US$" amount), the
US-dollar check of near/tied_dollar_country read over the countries named about as often, and status rows "aspire(s)
to" (vocab/en/status.csv).
"""
from __future__ import annotations

from phrasing import one_figure

from tradeflows.facts.period_stamp import is_stamp
from tradeflows.ingest.dates import publication_date


# --- slug_mdy_name: odd case ------------------------------------------------------------------------------------------

# https://morriscountyedc.org/world-trade-month-may-2023/ (the page's title line and the first sentence of its text)
MORRIS = ("World Trade Month – May 2023\nExplore Key Statistics on U.S. International Trade\nWorld Trade Week, which "
          "occurs during the third full week of May, was established in 1935 by President Roosevelt and is recognized "
          "annually (since 1948) by presidential proclamation.\n")


def test_a_slug_month_and_year_with_no_day_is_no_slug_date():
    """Odd case: "may-2023" names no day: slug_mdy_name reads nothing, the data month's year stands (url_data_month)."""
    assert publication_date(MORRIS, "https://morriscountyedc.org/world-trade-month-may-2023/") == (
        "2023", "sources.csv:url_data_month")


def test_a_slug_month_day_and_year_dates_the_page():
    """The same page under an address of the form "...-may-16-2023/" (the address written for the test; the text is
    the page's): the slug's month, day and year date it (rule slug_mdy_name)."""
    assert publication_date(MORRIS, "https://morriscountyedc.org/world-trade-month-may-16-2023/") == (
        "2023-05-16", "sources.csv:url")


# --- glued_day_year: odd case -----------------------------------------------------------------------------------------

def test_a_month_heading_with_its_year_is_no_glued_date():
    """Odd case: "May 2023" alone on a line (the morriscountyedc.org title's tail) is a month, no day glued to a year:
    no lead date, the address's data month stands."""
    head = "May 2023\n" + MORRIS
    assert publication_date(head, "https://morriscountyedc.org/world-trade-month-may-2023/") == (
        "2023", "sources.csv:url_data_month")


# --- appositive_aside: odd case ---------------------------------------------------------------------------------------

# https://www.business-standard.com/article/current-affairs/us-trade-deficit-dips-to-68-9-billion-amid-improving-global-
# economy-121060801209_1.html (8 June 2021; the story's first two paragraphs)
BS_DEFICIT = ("The deficit narrowed in April to USD 68.9 billion as an improving global economy boosted sales of American "
              "exports.\n\nThe April deficit, the gap between what America buys from abroad and what it sells to other "
              "countries, was down 8.2 per cent from a record March deficit of USD 75 billion.\n")


def test_an_appositive_without_flow_nouns_leaves_the_deficit():
    """Odd case: the appositive after "The April deficit" holds verbs, no flow noun: the deficit names the figures."""
    f = one_figure(BS_DEFICIT, "8.2 per cent", pub_year=2021, pub_month=6)
    assert (f.kind, f.value, f.measure, f.reporter) == ("growth", -8.2, "balance", "United States")
    g = one_figure(BS_DEFICIT, "USD 75 billion", pub_year=2021, pub_month=6)
    assert (g.measure, g.period_start) == ("balance", "2021-04")


# --- status rows "aspire to" ------------------------------------------------------------------------------------------

# https://www.lokmattimes.com/business/india-uae-aspire-to-expand-bilateral-trade-to-usd-100-billion-piyush-goyal/
# (10 January 2024; the story's first sentence)
LOKMAT = ("Ahmedabad (Gujarat) [India], January 10 : Union Commerce Minister Piyush Goyal said that India and UAE aspire "
          "to expand their bilateral trade to USD 100 billion.\n")


def test_a_trade_level_two_countries_aspire_to_is_a_target():
    """(Its odd case is tests/test_s44_panel.py's: the 2019 level before "were aspiring to" stays actual.)"""
    f = one_figure(LOKMAT, "USD 100 billion", pub_year=2024, pub_month=1)
    assert (f.value, f.measure, f.status) == (100e9, "turnover", "target")
    assert "status:cue:aspire to" in f.fact_rules


# --- date_stamp, branch clock_first (facts/period_stamp.py) -----------------------------------------------------------

# http://en.people.cn/n3/2024/0524/c90000-20173795.html (24 May 2024; the line under the title, its opening bracket lost
# in the stored text, and the dateline after it)
PEOPLE_STAMP = "Xinhua) 11:20, May 24, 2024"
PEOPLE_DATELINE = ("WELLINGTON, May 24 (Xinhua) -- Although New Zealand's milk powder exports to China have fallen "
                   "recently, mainly quantity driven, China has still remained as New Zealand's top milk powder "
                   "destination.")


def test_a_wire_credit_and_the_clock_before_the_date_are_a_stamp():
    assert is_stamp(PEOPLE_STAMP)


def test_a_dateline_opening_a_sentence_is_no_clock_first_stamp():
    """Odd case: the wire's credit and a day inside a sentence (the dateline), no clock before a full date."""
    assert not is_stamp(PEOPLE_DATELINE)

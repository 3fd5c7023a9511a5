"""The period grammar of news texts: named parts of a year, fiscal years, same-period bases,
relative years, and the period a figure gets from them.

Sentences are real lines of the external development texts (tuned part only, data/external/raw;
dNN = the document whose name starts so), asserted field by field: year, period_start,
period_end, year_basis. The year of a fiscal year is the calendar year it ends in (India's
FY2022-23 runs 2022-04..2023-03, year 2023).
"""
from __future__ import annotations

import pytest

from tradeflows.facts.fiscal import fiscal_year, resolve_fiscal
from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text

FIELDS = ("kind", "year", "rel", "m1", "m2", "base", "fiscal")


def facts(text: str) -> list[tuple]:
    return [tuple(getattr(t, k) for k in FIELDS) for t in find_times(text)]


def period(sentence: str, figure: str, pub_year: int | None = None) -> tuple:
    hits = [f for f in figures_of_text(sentence, "news", "web", pub_year=pub_year) if f.figure == figure]
    assert len(hits) == 1, [f.figure for f in figures_of_text(sentence, "news", "web", pub_year=pub_year)]
    f = hits[0]
    return f.year, f.period_start, f.period_end, f.year_basis


# -- the grammar ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    pytest.param("in the first half of this year", [("half", None, 0, 1, 6, False, None)], id="first-half-this-year"),
    pytest.param("H1 2023", [("half", 2023, None, 1, 6, False, None)], id="H1-2023"),
    pytest.param("grew 13.2 percent in H1.", [("half", None, None, 1, 6, False, None)], id="d53-H1"),
    pytest.param("In Q1, Petroleum oils", [("quarter", None, None, 1, 3, False, None)], id="d75-Q1"),
    pytest.param("in Q1 2020", [("quarter", 2020, None, 1, 3, False, None)], id="d75-Q1-2020"),
    pytest.param("in the first quarter of 2023", [("quarter", 2023, None, 1, 3, False, None)], id="d62-first-quarter"),
    pytest.param("in the first seven months of 2021", [("months", 2021, None, 1, 7, False, None)], id="d48-seven-months"),
    pytest.param("for the first 10 months of this year", [("months", None, 0, 1, 10, False, None)], id="d65-10-months"),
    pytest.param("in January-May 2019", [("month_range", 2019, None, 1, 5, False, None)], id="d41-January-May"),
    pytest.param("between January and November, up 14.1 percent", [("month_range", None, None, 1, 11, False, None)],
                 id="d67-between-January-and-November"),
    pytest.param("from January to March of this year", [("month_range", None, 0, 1, 3, False, None)],
                 id="d62-January-to-March-this-year"),
    pytest.param("as of November, the trade balance totalled", [("to_month", None, None, 1, 11, False, None)],
                 id="d67-as-of-November"),
    pytest.param("during FY23", [("fiscal", 2023, None, 1, 12, False, "named")], id="d52-FY23"),
    pytest.param("in fiscal 2017", [("fiscal", 2017, None, 1, 12, False, "named")], id="d54-fiscal-2017"),
    pytest.param("during the fiscal year 2022-23", [("fiscal", 2023, None, 1, 12, False, "span")],
                 id="d52-fiscal-year-2022-23"),
    pytest.param("$31.8 billion in 2022-23", [("fiscal", 2023, None, 1, 12, False, "span")], id="d73-2022-23"),
    pytest.param("during July FY24", [("fiscal", 2024, None, 7, 7, False, "named_month")], id="d52-July-FY24"),
    # not one fiscal year: a typo ("2022-33", d73; gold: FY2022-23) names no period, so its first
    # year is not read as a calendar year; a plan's span its last year
    pytest.param("from $31.8 billion in 2022-33", [], id="d73-typo-span"),
    pytest.param("the 2021-2025 programme", [("year", 2025, None, 1, 12, False, None)], id="plan-span"),
])
def test_news_period_phrases(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bases of comparison: never the figure's own period
    pytest.param("compared to $1.199 billion during the same month of 2022",
                 [("same_period", 2022, None, 1, 12, True, None)], id="d52-same-month-of-2022"),
    pytest.param("increased by 43% against the same period last year",
                 [("same_period", None, -1, 1, 12, True, None)], id="d44-same-period-last-year"),
    pytest.param("compared to $28 billion a year earlier", [("relative", None, -1, 1, 12, True, None)],
                 id="d73-a-year-earlier"),
    pytest.param("down by 37.76% against the preceding year", [("relative", None, -1, 1, 12, True, None)],
                 id="d52-preceding-year"),
    pytest.param("an increase of 8.7% year-over-year", [("yoy", None, -1, 1, 12, True, None)], id="d62-yoy"),
    pytest.param("up 5.6 percent year on year", [("yoy", None, -1, 1, 12, True, None)], id="d53-year-on-year"),
    # "in the same period" with no other year points back to the period just named: no base
    pytest.param("fell 13.5 percent to US$48.6 billion in the same period", [], id="d67-same-period-anaphor"),
])
def test_bases_are_kept_apart(text, expected):
    assert facts(text) == expected


def test_fiscal_years_per_country():
    assert fiscal_year("IND") == (4, "end")
    assert fiscal_year("JPN") == (4, "start")
    assert fiscal_year("PAK") == (7, "end")
    assert fiscal_year("USA") == (10, "end")
    assert fiscal_year("CHN") is None  # the calendar year
    fy23, = find_times("FY23")
    assert resolve_fiscal(fy23, "IND") == (2023, 4, 3)
    assert resolve_fiscal(fy23, "PAK") == (2023, 7, 6)
    assert resolve_fiscal(fy23, "USA") == (2023, 10, 9)
    assert resolve_fiscal(fy23, None) is None
    fiscal_2017, = find_times("fiscal 2017")
    assert resolve_fiscal(fiscal_2017, "JPN") == (2018, 4, 3)  # named by the year it begins


# -- the period of a figure ------------------------------------------------------------------------

D73 = ("According to the latest data, India’s exports to the UAE jumped 11.8% to $31.8 billion in 2022-23 "
       "compared to $28 billion a year earlier.")
D52_2 = ("Pakistan’s trade deficit with China dropped by 28.69% to $855 million during July 2023 compared to "
         "$1.199 billion during the same month of 2022, according to the Ministry of Commerce.")
D52_4 = ("Pakistan’s imports from China were registered at $11.393 billion during FY23, down by 37.76% against "
         "the preceding year when imports volume was recorded at $18.307 billion.")
D52_JULY = ("Pakistan’s exports to China grew. Imports from China were recorded at $1.023 billion during July FY24 "
            "compared to $1.322 billion during July FY23, with a decline of 23%.")
D54 = ("Japan’s exports rose. The nation posted a goods trade surplus of ¥2.46 trillion ($23 billion) in fiscal "
       "2017 as strong overseas demand lifted the country’s exports to the second-highest level on record.")
D42 = ("However, exports to Russia decreased by 19.5% from last year's figure of $2.39 billion to $1.9 billion in "
       "the first eight months of 2024, while imports from Russia increased by 3.7 times, reaching about $7.1 billion.")


@pytest.mark.parametrize("sentence, figure, pub_year, expected", [
    # fiscal years of the reporter's country (India April-March, Pakistan July-June, Japan April-March
    # named by the year it begins)
    pytest.param(D73, "$31.8 billion", None, (2023, "2022-04", "2023-03", "explicit"), id="d73-india-fy"),
    pytest.param(D73, "11.8%", None, (2023, "2022-04", "2023-03", "explicit"), id="d73-india-fy-growth"),
    pytest.param(D73, "$28 billion", None, (2022, "2021-04", "2022-03", "explicit"), id="d73-a-year-earlier-value"),
    pytest.param(D52_4, "$11.393 billion", None, (2023, "2022-07", "2023-06", "explicit"), id="d52-pakistan-FY23"),
    pytest.param(D52_JULY, "$1.023 billion", None, (2023, "2023-07", "2023-07", "explicit"), id="d52-July-FY24"),
    pytest.param(D52_JULY, "$1.322 billion", None, (2022, "2022-07", "2022-07", "explicit"), id="d52-July-FY23"),
    pytest.param(D54, "¥2.46 trillion", 2018, (2018, "2017-04", "2018-03", "explicit"), id="d54-japan-fiscal-2017"),
    # the value of a base takes the base's year and the figure's own months
    pytest.param(D52_2, "$855 million", None, (2023, "2023-07", "2023-07", "explicit"), id="d52-own-month"),
    pytest.param(D52_2, "$1.199 billion", None, (2022, "2022-07", "2022-07", "explicit"), id="d52-same-month-value"),
    pytest.param(D42, "$2.39 billion", 2024, (2023, "2023-01", "2023-08", "explicit"), id="d42-last-years-figure"),
    pytest.param(D42, "$1.9 billion", 2024, (2024, "2024-01", "2024-08", "explicit"), id="d42-own-period"),
    # relative years from the document date
    pytest.param("The United States imported $115.494 billion worth of goods from Mexico from January to March of "
                 "this year, an increase of 8.7% year-over-year.", "8.7%", 2023,
                 (2023, "2023-01", "2023-03", "doc_date"), id="d62-yoy-growth-keeps-its-period"),
    pytest.param("The trade volume between the two allies increased by 6% to reach $1.6 billion last year.",
                 "$1.6 billion", 2021, (2020, "2020-01", "2020-12", "doc_date"), id="d72-last-year"),
    pytest.param("The total trade exchange between Serbia and the People’s Republic of China, for the first 10 "
                 "months of this year, is more than EUR 5 billion.", "more than EUR 5 billion", 2022,
                 (2022, "2022-01", "2022-10", "doc_date"), id="d65-first-10-months-this-year"),
    pytest.param("China's trade with ASEAN stood at 2.09 trillion Yuan (about 299 billion U.S. Dollars) in the first "
                 "six months, up 5.6 percent year on year.", "2.09 trillion Yuan", 2020,
                 (2020, "2020-01", "2020-06", "doc_date"), id="d53-six-months-after-parenthesis"),
    # a change noun between a figure and its period (shine.cn, 2024-07-12, not a development page)
    pytest.param("In the second quarter, the imports and exports in total gained 7.4 percent compared to a year "
                 "earlier, also notably higher than the 4.9 percent increase in the first quarter of this year and "
                 "1.7 percent the fourth quarter of last year.", "4.9 percent", 2024,
                 (2024, "2024-01", "2024-03", "doc_date"), id="shine-increase-in-the-first-quarter"),
    # an undated page: "last year, compared with 2016" is 2017
    pytest.param("Moldova's export rose by over 18 per cent last year, compared with 2016 and valued $2.4 billion, "
                 "according to the National Bureau of Statistics.", "$2.4 billion", None,
                 (2017, "2017-01", "2017-12", "context"), id="d45-last-year-after-base"),
])
def test_period_of_a_figure(sentence, figure, pub_year, expected):
    assert period(sentence, figure, pub_year) == expected


def test_base_value_behind_a_when_clause():
    # 'against the preceding year when ... was recorded at $18.307 billion': the value after "when" is
    # the base's (year rule base_value, pattern base_when)
    assert period(D52_4, "$18.307 billion") == (2022, "2021-07", "2022-06", "explicit")


D52_FIRST_MONTH = ("Pakistan’s exports to China grew by 35.1% during the first month of FY24 to $168.5 million from "
                   "$124.7 million during the corresponding month of the previous fiscal year.")
D42_SHARE = ("In January-August of this year, trade turnover with Russia grew by 2.1 times. During the reporting "
             "period, Russia's share in Armenia's foreign trade structure also increased from 35.6% last year to 41.4%.")
D44_GROWTH = ("According to the State Customs Service of Ukraine, in 2020 China became the country's largest trading "
              "partner. Bilateral trade amounted to $15.4 billion, an increase of 21% over the previous year.")
D76 = ("As a result, EU trade with South Africa recorded a surplus of €6,1bn in 2012, compared to €1,3 billion in "
       "2010 and €4,4 billion in 2011. The share of Germany was 33%.")


@pytest.mark.parametrize("sentence, figure, pub_year, expected", [
    # the n-th month of a fiscal year (Pakistan: July-June)
    pytest.param(D52_FIRST_MONTH, "$168.5 million", None, (2023, "2023-07", "2023-07", "explicit"),
                 id="d52-first-month-of-FY24"),
    pytest.param(D52_FIRST_MONTH, "$124.7 million", None, (2022, "2022-07", "2022-07", "explicit"),
                 id="d52-corresponding-month-previous-fiscal-year"),
    # "from 35.6% last year to 41.4%": the first share is last year's, in the carried months
    pytest.param(D42_SHARE, "35.6%", 2024, (2023, "2023-01", "2023-08", "doc_date"), id="d42-from-last-year-to"),
    # "an increase of 21% over the previous year": a growth rate is never its base's value
    pytest.param(D44_GROWTH, "21%", 2021, (2020, "2020-01", "2020-12", "context"), id="d44-growth-over-previous-year"),
    # the context a sentence leaves is its latest own year, not the years it compares with
    pytest.param(D76, "33%", None, (2012, "2012-01", "2012-12", "context"), id="d76-latest-year-of-sentence"),
])
def test_period_of_a_figure_in_context(sentence, figure, pub_year, expected):
    assert period(sentence, figure, pub_year) == expected


# -- months written before a fiscal year: a part of it, never the whole year ----------------------
# web: eastcoastdaily.in, 2022-10-04 (an Indian page: fiscal year April-March)
INDIA_H1 = ("New Delhi: The overall exports from India declined by 3.52% to $32.62 billion in September. "
            "The exports during April-September 2022-23 rose by 15.54% to $229.05 billion. "
            "It was at $76.25 billion during April-September 2021-22.")


@pytest.mark.parametrize("figure, expected", [
    ("$229.05 billion", (2022, "2022-04", "2022-09", "explicit")),
    ("15.54%", (2022, "2022-04", "2022-09", "explicit")),
    ("$76.25 billion", (2021, "2021-04", "2021-09", "explicit")),
])
def test_months_of_a_fiscal_span_are_a_part_of_it(figure, expected):
    assert period(INDIA_H1, figure) == expected


def test_month_ranges_of_fiscal_years_in_the_grammar():
    assert facts("during April-September 2022-23") == [("fiscal", 2023, None, 4, 9, False, "span_range")]
    assert facts("in April-December FY24") == [("fiscal", 2024, None, 4, 12, False, "named_range")]


def test_a_named_fiscal_range_resolves_by_the_country():
    t = find_times("in April-December FY24")[0]
    assert resolve_fiscal(t, "IND") == (2023, 4, 12)      # India: FY24 = April 2023 - March 2024
    t = find_times("in October-March 2023-24")[0]
    assert resolve_fiscal(t, "IND") == (2024, 10, 3)      # began the year before: 2023-10..2024-03
    assert resolve_fiscal(find_times("April-June 2022-23")[0], None) == (2022, 4, 6)  # no rule: April on
    assert resolve_fiscal(find_times("January-March 2022-23")[0], None) == (2023, 1, 3)


@pytest.mark.parametrize("text, expected", [
    # web: sanews.gov.za (SARS, 2022): days written with the months of a range
    pytest.param("Exports for the year-to-date (01 January to 30 September 2022) increased by 12.8%",
                 [("month_range", 2022, None, 1, 9, False, None)], id="day-month-range"),
    pytest.param("from January 1 to September 30, 2022, exports rose",
                 [("month_range", 2022, None, 1, 9, False, None)], id="month-day-range"),
])
def test_month_ranges_with_days(text, expected):
    assert facts(text) == expected


# -- pages the project never used (English news of 2000-2025, read for the period rules only) ------
# Each sentence is a real line of a public news page found through the search tool's stored pages
# (outlet named in the id); none is a development document. The pages were not committed.

@pytest.mark.parametrize("text, expected", [
    # a span named by the month it ends in (rule month_ending)
    pytest.param("During the quarter to June 2024, coffee export earnings declined",
                 [("month_range", 2024, None, 4, 6, False, None)], id="kbc-quarter-to-June-2024"),
    pytest.param("Exports earnings in half year to June dropped marginal", [("month_range", None, 0, 1, 6, False, None)],
                 id="kbc-half-year-to-June"),
    pytest.param("merchandise exports for the June 2001 quarter is 6.6 per cent higher than for the March 2001 quarter",
                 [("month_range", 2001, None, 4, 6, False, None), ("month_range", 2001, None, 1, 3, True, None)],
                 id="statsnz-June-2001-quarter"),
    pytest.param("boost seasonably adjusted exports 9.4 per cent or $760 million in the June quarter",
                 [("month_range", None, 0, 4, 6, False, None)], id="nzherald-June-quarter"),
    pytest.param("coffee was up 22% to 16.1 billion shillings in the six months to June 2021",
                 [("month_range", 2021, None, 1, 6, False, None)], id="kbc-six-months-to-June"),
    # "between January and October" however the sentence goes on
    pytest.param("Brazil's trade surplus between January and October fell 31.6 percent",
                 [("month_range", None, None, 1, 10, False, None)], id="reuters-between-January-and-October-fell"),
    pytest.param("In 2018's ten first months, exports exceeded imports", [("months", 2018, None, 1, 10, False, None)],
                 id="anba-2018s-ten-first-months"),
    pytest.param("China's foreign trade volume in the first month of 2000 chalked up",
                 [("months", 2000, None, 1, 1, False, None)], id="peoplesdaily-first-month-of-2000"),
    # year to date (rule year_to_date): resolved to January..the month in force
    pytest.param("The cumulative surplus for the year is now $16.537 billion",
                 [("year_to_date", None, 0, 1, 12, False, None)], id="agenciabrasil-cumulative-for-the-year"),
    pytest.param("International trade balance rose 140% compared to the same month in 2022; accumulated for the year "
                 "was US$ 80.2 billion", [("same_period", 2022, None, 1, 12, True, None),
                                          ("year_to_date", None, 0, 1, 12, False, None)],
                 id="pledgetimes-accumulated-for-the-year"),
    pytest.param("the year-to-date trade surplus continues to shrink", [("year_to_date", None, 0, 1, 12, False, None)],
                 id="anba-year-to-date"),
    pytest.param("Brazil's foreign trade balance in the first week of October", [("month", None, 0, 10, 10, False, None)],
                 id="agenciabrasil-first-week-of-October"),
    pytest.param("USDA's recent forecast for U.S. agricultural exports for fiscal year (FY) 2013 is",
                 [("fiscal", 2013, None, 1, 12, False, "named")], id="westernfarmpress-fiscal-year-FY-2013"),
])
def test_unused_news_period_phrases(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("a 16.3% increase from 317.1 billion shillings over a similar period in 2020.",
                 [("same_period", 2020, None, 1, 12, True, None)], id="kbc-similar-period"),
    pytest.param("marginally dropped to Sh95.61 billion, 0.2 percent from the same time in 2019.",
                 [("same_period", 2019, None, 1, 12, True, None)], id="devdiscourse-same-time"),
    pytest.param("up 59.1 percent and 57.7 percent over the 2007 period.",
                 [("same_period", 2007, None, 1, 12, True, None)], id="linkrun-the-2007-period"),
    pytest.param("a 50.8 percent rise over that of January last year, to hit 32.1 billion U.S. dollars",
                 [("month", None, -1, 1, 1, True, None)], id="peoplesdaily-over-that-of"),
    pytest.param("The result stands 17.9% above the result of October of last year.",
                 [("month", None, -1, 10, 10, True, None)], id="anba-above-the-result-of"),
    # no comparison before it: "the 2007 period" is left to the year rule
    pytest.param("Dubai's trade in the 2007 period", [("year", 2007, None, 1, 12, False, None)], id="no-base-2007-period"),
])
def test_unused_news_bases(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("sentence, figure, pub_year, expected", [
    pytest.param("Earnings from horticulture, vegetables, cut flowers and fruits rose 30.8% to 73.1 billion shillings, "
                 "while coffee was up 22% to 16.1 billion shillings in the six months to June 2021.", "22%", None,
                 (2021, "2021-01", "2021-06", "explicit"), id="kbc-six-months-to-June-2021"),
    pytest.param("During the quarter to June 2024, coffee export earnings declined to Ksh 11.7 billion from Ksh 13.6 "
                 "billion reported over the same period last year.", "Ksh 13.6 billion", None,
                 (2023, "2023-04", "2023-06", "explicit"), id="kbc-quarter-base-last-year"),
    pytest.param("Exports earnings in half year to June dropped marginal to Ksh 223.3 billion when compared to Ksh "
                 "225.7 billion reported over the same period last year.", "Ksh 223.3 billion", 2024,
                 (2024, "2024-01", "2024-06", "doc_date"), id="kbc-half-year-to-June"),
    pytest.param("Brazil's trade surplus between January and October fell 31.6 percent from the same period a year "
                 "ago to $17.386 billion.", "$17.386 billion", 2012,
                 (2012, "2012-01", "2012-10", "doc_date"), id="reuters-between-January-and-October"),
    pytest.param("China's foreign trade volume in the first month of 2000 chalked up a 50.8 percent rise over that of "
                 "January last year, to hit 32.1 billion U.S. dollars, with a surplus of 1.5 billion dollars.",
                 "32.1 billion U.S. dollars", None, (2000, "2000-01", "2000-01", "explicit"),
                 id="peoplesdaily-not-the-base-month"),
    pytest.param("USDA's recent forecast for U.S. agricultural exports for fiscal year (FY) 2013 is a record $145.0 "
                 "billion, $9.2 billion above FY 2012 exports.", "$145.0 billion", None,
                 (2013, "2012-10", "2013-09", "explicit"), id="westernfarmpress-US-fiscal-year"),
    pytest.param("The Brazilian balance of trade recorded a surplus of US$ 14.627 billion from January to October this "
                 "year, a 35% decline over the same period of 2009, when the figure was US$ 22.495 billion.",
                 "US$ 22.495 billion", 2010, (2009, "2009-01", "2009-10", "explicit"), id="anba-comma-when-base-value"),
    pytest.param("Dubai's exports and re-exports stood at 20.1 billion and 70.3 billion dirhams respectively in the first "
                 "half of 2008. In the same period, the overall imports of Dubai hit 206.2 billion dirhams, representing "
                 "an increase of 52.7 percent compared with 135.1 billion dirhams in the 2007 period.",
                 "135.1 billion dirhams", None, (2007, "2007-01", "2007-06", "explicit"), id="linkrun-the-2007-period"),
    pytest.param("Kenya exported goods valued at 369 billion shillings in the first half of 2021. The earnings represent "
                 "a 16.3% increase from 317.1 billion shillings over a similar period in 2020.", "317.1 billion shillings",
                 None, (2020, "2020-01", "2020-06", "explicit"), id="kbc-similar-period-base-value"),
    # a year-to-date total: January to the month in force (rule year_to_date; a week is read as its month)
    pytest.param("Brazil's foreign trade balance in the first week of October (1 to 6) registered exports of $5.356 "
                 "billion. The cumulative surplus for the year is now $16.537 billion, with exports of $185.952 billion.",
                 "$16.537 billion", 2012, (2012, "2012-01", "2012-10", "doc_date"), id="agenciabrasil-cumulative-for-the-year"),
    # the day something was published is not a month's figures (rule on_day)
    pytest.param("The provisional value of merchandise exports for the month of June 2001 is $2,809 million, according "
                 "to figures released today by Statistics New Zealand. This value is $29 million more than the early "
                 "estimate published on 26 July 2001.", "$29 million", None, (2001, "2001-06", "2001-06", "context"),
                 id="statsnz-published-on-a-day"),
    # known misses
    pytest.param("In October alone, the trade balance showed a US$ 1.854 billion surplus. Last month, exports reached "
                 "US$ 18.381 billion and imports, US$ 16.527 billion.", "US$ 18.381 billion", 2010,
                 (2010, "2010-10", "2010-10", "context"), id="anba-last-month-is-the-month-just-named",
                 marks=pytest.mark.xfail(strict=True, reason="'last month' on a page without a month date names no month")),
    pytest.param("For the year ended June 2001, the merchandise exports value is $31,916 million, an increase of 22.6 "
                 "per cent from the previous June year.", "$31,916 million", None,
                 (2001, "2000-07", "2001-06", "explicit"), id="statsnz-year-ended-June"),  # rule rolling_year
    pytest.param("During the quarter to June 2024, export earnings from tea increased from Ksh 43.8 billion in the same "
                 "quarter last year to Ksh 44.8 billion while exports earnings from articles of apparel and clothing "
                 "accessories increased to Ksh 12.7 billion from Ksh 11.8 billion.", "Ksh 11.8 billion", None,
                 # (passes since session 39: the level reached, its shilling written in letters, then "from", rule
                 # from_value)
                 (2023, "2023-04", "2023-06", "context"), id="kbc-increased-to-from"),
])
def test_unused_news_period_of_a_figure(sentence, figure, pub_year, expected):
    assert period(sentence, figure, pub_year) == expected


@pytest.mark.parametrize("text, year", [
    # a year named as a base means a later now (the undated page's year)
    pytest.param("China's exports fell by 3.2 per cent in October as compared to the same month in 2015, while imports "
                 "rose 3.2 per cent year-on-year, according to official data.", 2016, id="ninecomau-same-month-in-2015"),
    pytest.param("The Brazilian balance of trade recorded a surplus of US$ 14.627 billion from January to October this "
                 "year, a 35% decline over the same period of 2009.", 2010, id="anba-over-the-same-period-of-2009"),
    pytest.param("The surplus was 28.9% higher than in October 2010 (US$ 1.827 billion).", 2011, id="anba-than-in-October-2010"),
    # a forecast's year is not now when another year is named; 'since 1989' never is
    pytest.param("Total volume of China's foreign trade is expected to hit 2.8 trillion U.S. dollars for the whole year "
                 "of 2010, up 25 percent year on year. The report forecasted China's foreign trade in 2011 will increase "
                 "at a slower pace.", 2010, id="xinhua-forecast-in-2011-will"),
    pytest.param("Brazil registered a trade surplus of 6.121 billion U.S. dollars in October, a record high number for "
                 "that month since 1989. The MDIC forecasts the trade surplus in 2018 will reach nearly 50 billion "
                 "dollars.", 2018, id="xinhua-since-1989"),
    # an unyeared part of a year beside a whole year reported done: the year after it (rule unyeared_part)
    pytest.param("Trade between China and Russia in the first three quarters topped 28.04 billion U.S. dollars, down "
                 "34.9 percent from the same period last year. Trade between China and Russia topped 56.83 billion U.S. "
                 "dollars in 2008, up 18 percent from the previous year, according to the administration.", 2009,
                 id="clv-first-three-quarters-after-2008"),
])
def test_unused_news_page_year(text, year):
    from tradeflows.ingest.page_year import text_year
    assert text_year(text) == year


def test_unused_news_dateline_year_not_cut_at_US():
    """'2.8 trillion U.S. dollars for the whole year of 2010' is a forecast: its sentence does not end
    at 'U.S.', so the dateline's Nov. 1 is not moved to the year after (rule sentence_stop)."""
    from tradeflows.ingest.dates import publication_date
    head = ("China's foreign trade expected to hit 2.8 trln USD this year\n\nBEIJING, Nov. 1 (Xinhua) -- Total volume "
            "of China's foreign trade is expected to hit 2.8 trillion U.S. dollars for the whole year of 2010, up 25 "
            "percent year on year, the Ministry of Commerce (MOC) said in a report issued Monday.\n")
    assert publication_date(head) == ("2010-11-01", "text:dateline")


# a second sample of unused pages, read after the rules above were written: their misses gave the rules below
@pytest.mark.parametrize("sentence, figure, pub_year, expected", [
    # a sentence opened by a same-period base is of the year before, in the months in force (year_before_open)
    pytest.param("DUBLIN (dpa-AFX) - Ireland's foreign trade surplus increased in September, as exports rose and imports "
                 "fell. The seasonally adjusted trade surplus rose to EUR 3.6 billion in September from EUR 3.3 billion in "
                 "August. In the corresponding month last year, the surplus was EUR 3.4 billion.", "EUR 3.4 billion", 2017,
                 (2016, "2016-09", "2016-09", "context"), id="rtt-corresponding-month-last-year-opener"),
    # "an 8.71% increase over the N35.82 trillion recorded in Q3 2024": the base's period is not the growth's
    pytest.param("Nigeria's total merchandise trade stood at N38.94 trillion in the third quarter of 2025, an 8.71% "
                 "increase over the N35.82 trillion recorded in Q3 2024.", "8.71%", None,
                 (2025, "2025-07", "2025-09", "explicit"), id="wabusiness-increase-over-the-value"),
    # "As of November 2017" opening a sentence: January to November (to_month)
    pytest.param("Vietnam gained US $19.2 billion from exporting in November, raising the total export turnover to US "
                 "$193.75 billion in 11 months, a year-on-year increase of 21.1%. As of November 2017, the nation's total "
                 "import turnover was estimated at US $191 billion.", "estimated at US $191 billion", None,
                 (2017, "2017-01", "2017-11", "explicit"), id="dbav-As-of-November"),
    # "for the whole year": the year in force, whole (the_year)
    pytest.param("Vietnam gained US $19.2 billion from exporting in November 2017. The Ministry of Industry and Trade "
                 "forecasted that the nation may earn US $210 billion from exports for the whole year, up 18.9% from 2016.",
                 "US $210 billion", None, (2017, "2017-01", "2017-12", "context"), id="dbav-for-the-whole-year"),
    # "the first overall rise in three months" is a run of months, not January-March (months_span)
    pytest.param("Japan's exports rose more than expected in September. The value of exports gained 4.3% from a year "
                 "earlier, led by shipments of cars and medical supplies in the first overall rise in three months, the "
                 "Finance Ministry reported Thursday.", "4.3%", 2023, (2023, "2023-09", "2023-09", "context"),
                 id="japantimes-rise-in-three-months"),
    # known misses of this sample
    pytest.param("The National Bureau of Statistics (NBS) says Nigeria recorded a trade surplus of N6.69 trillion in the third quarter (Q3) of 2025. The "
                 "figure indicates a decrease of 10.36 percent compared to the N7.4 trillion recorded in the preceding "
                 "quarter.", "N7.4 trillion", None, (2025, "2025-04", "2025-06", "context"), id="timesngr-preceding-quarter"),
    # (read since session 43: rule previous_quarter, tests/test_s43_en_p.py)
    pytest.param("According to the MOIT, trade surplus in the eleven months through November was around US$2.1 billion. "
                 "Export revenue by domestic enterprises was US$44.8 billion, up 13% compared with the 3.1% rise posted "
                 "during the same period in 2013, signaling recovery of the domestic manufacturing sector.", "3.1%", 2014,
                 (2013, "2013-01", "2013-11", "explicit"), id="nhandan-a-growth-as-the-base",
                 marks=pytest.mark.xfail(strict=True, reason="a growth named as the base ('compared with the 3.1% rise posted during') takes the figure's period")),
])
def test_second_unused_sample_period_of_a_figure(sentence, figure, pub_year, expected):
    assert period(sentence, figure, pub_year) == expected


def test_second_unused_sample_base_value_year():
    """'rising from £9.1bn in September 2015': a base's value dates a year before the page's (dates._BASE)."""
    from tradeflows.ingest.page_year import text_year
    assert text_year("For September, the goods trade a £12.7bn deficit was higher than the consensus of £11.2bn, rising "
                     "from £9.1bn in September 2015.") == 2016


# a third sample of unused pages (Pakistan, Korea, Nigeria, Ghana; measured before these rules were written)
@pytest.mark.parametrize("sentence, figure, pub_year, expected", [
    # "the first three quarters of the current fiscal year": nine months of the country's fiscal year
    pytest.param("ISLAMABAD: The exports from the country increased by 13.14 percent during the first three quarters of "
                 "the current fiscal year against the exports of corresponding period of last year.", "13.14 percent", 2018,
                 (2018, "2017-07", "2018-03", "doc_date"), id="brecorder-three-quarters-of-current-fiscal-year"),
    # "July-March (2017-18)": the months of a fiscal span written in brackets after them
    pytest.param("The exports from the country during July-March (2017-18) were recorded at $17.080 billion compared to "
                 "the exports of $15.097 billion during July-March (2016-17), showing growth of 13.14 percent, according "
                 "to the latest data of Pakistan Bureau of Statistics.", "$15.097 billion", None,
                 (2017, "2016-07", "2017-03", "explicit"), id="brecorder-July-March-bracketed-span"),
    # "the first quarter (July-September) of the ongoing fiscal year 2023-24"
    pytest.param("Pakistan's exports to seven regional countries during the first quarter (July-September) of the ongoing "
                 "fiscal year 2023-24 witnessed a 3 percent surge when compared to the same period last year.", "3 percent",
                 None, (2023, "2023-07", "2023-09", "explicit"), id="profit-bracketed-months-of-fiscal-year"),
    # "from Nov 1 to Nov 20": days of one month
    pytest.param("South Korea's exports from Nov 1 to Nov 20 rose 9.7 per cent from a year earlier, the customs agency "
                 "said on Tuesday, while imports jumped 14 per cent over the same period.", "9.7 per cent", 2017,
                 (2017, "2017-11", "2017-11", "doc_date"), id="businesstimes-Nov-1-to-Nov-20"),
    # ", when the country reported a $4.28 billion surplus": the base's own value
    pytest.param("The country logged a trade surplus of $3.8 billion in November, the sixth straight gain. It marked the "
                 "largest figure since September 2021, when the country reported a $4.28 billion surplus, the data "
                 "showed.", "$4.28 billion", 2023, (2021, "2021-09", "2021-09", "explicit"), id="koreaherald-when-reported"),
    # known misses of this sample
    pytest.param("Exports to China showed a significant increase of 26.42 percent reaching $633.374 million in the first "
                 "three months of the fiscal year, compared to $501.000 million in the corresponding period last year.",
                 "$633.374 million", 2023, (2023, "2023-07", "2023-09", "doc_date"), id="profit-first-months-of-the-fiscal-year",
                 marks=pytest.mark.xfail(strict=True, reason="'of the fiscal year' with no 'current' or year is not read as a fiscal year")),
    pytest.param("According to PBS data, the exports from the country stood at $2.330 billion during July 2021 as against "
                 "the exports of $2.001 billion recorded during July 2020, showing growth of 16.44 percent.",
                 "$2.001 billion", 2021, (2020, "2020-07", "2020-07", "explicit"), id="dailytimes-as-against-recorded-during"),
])
def test_third_unused_sample_period_of_a_figure(sentence, figure, pub_year, expected):
    assert period(sentence, figure, pub_year) == expected


def test_third_unused_sample_previous_high_is_a_base():
    """'surpassing the previous high of 47.91 billion dollars tallied in November 2013': a past record,
    so the page speaks from a later year (dates._BASE_VALUE)."""
    from tradeflows.ingest.page_year import text_year
    assert text_year("This month's overseas shipment was the biggest among any November figure in the past, surpassing "
                     "the previous high of 47.91 billion dollars tallied in November 2013.") == 2014


# -- a fourth sample of unused stored pages (Bangladesh, Pakistan, India, Australia, Kenya, Sri Lanka) ---------

def period_at(text: str, figure: str, pub_year: int | None, pub_month: int | None) -> tuple:
    """(year, period_start, period_end, year_basis) of one figure of a text, with the page's month."""
    kw = {k: v for k, v in (("pub_year", pub_year), ("pub_month", pub_month)) if v is not None}
    hits = [f for f in figures_of_text(text, "news", "web", **kw) if f.figure == figure]
    assert len(hits) == 1, [f.figure for f in figures_of_text(text, "news", "web", **kw)]
    f = hits[0]
    return f.year, f.period_start, f.period_end, f.year_basis


@pytest.mark.parametrize("text, figure, pub, expected", [
    # rule fiscal_months: months written before "this fiscal (year)" or a fiscal span are of that fiscal year
    pytest.param("During April-October this fiscal, exports increased by 3.18 per cent to $252.28 billion, and imports "
                 "by 5.77 per cent to $416.93 billion.", "$252.28 billion", (2024, 11),
                 (2024, "2024-04", "2024-10", "doc_date"), id="rediff-April-October-this-fiscal"),
    pytest.param("In the July-April period this fiscal year, according to the official, Bangladesh earned 23.14 billion "
                 "dollars from garment exports with knitted items such as T-shirts growing 4.81 percent while woven items "
                 "such as jeans decreasing 0.14 percent.", "23.14 billion dollars", (2017, 5),
                 (2017, "2016-07", "2017-04", "doc_date"), id="chinagate-July-April-period-this-fiscal-year"),
    pytest.param("For the April-October period of the 2024-25 fiscal year, India's cumulative exports amounted to "
                 "approximately USD 468.27 billion, reflecting a 7.28 per cent increase compared to the same period last "
                 "year.", "approximately USD 468.27 billion", (2024, 11), (2024, "2024-04", "2024-10", "explicit"),
                 id="pratidintime-April-October-period-of-the-2024-25-fiscal-year"),
    pytest.param("Pakistan's trade deficit for the first two months of the 2023-2024 fiscal year dropped by more than 40%, "
                 "according to data released by the Pakistan Bureau of Statistics (PBS) on Tuesday.", "more than 40%",
                 (2023, 9), (2023, "2023-07", "2023-08", "explicit"), id="themedialine-first-two-months-of-the-span"),
    pytest.param("Pakistan's trade deficit narrowed by 32.65 per cent to $17.133 billion during the first half "
                 "(July-December) of the current fiscal year, data released by the Pakistan Bureau of Statistics (PBS) "
                 "showed.", "$17.133 billion", (2023, 1), (2022, "2022-07", "2022-12", "doc_date"),
                 id="arynews-first-half-bracketed-months-of-the-current-fiscal-year"),
    pytest.param("Bangladesh Bank yesterday published the export income statement prepared by NBR for the 10 months of "
                 "July-April of the fiscal year 2023-24. The difference in export income with EPB is about $11 billion. "
                 "According to EPB data, the export earnings amount to $47.472 billion in 10 months of 2023-24.",
                 "$47.472 billion", (2024, 7), (2024, "2023-07", "2024-04", "explicit"), id="dailyindustry-10-months-of-span"),
    pytest.param("For the six months between April and October, overall exports grew 19.56% to $444.74 billion. Overall "
                 "imports registered a growth of 33.80% at $ 543.26 billion.", "$ 543.26 billion", (2022, 11),
                 (2022, "2022-04", "2022-10", "doc_date"), id="eastcoastdaily-six-months-between-April-and-October"),
    # rule the_fiscal_year: "of the fiscal year" with no year is the one in force
    pytest.param("Pakistan's trade deficit exceeded $19 billion in the first six months of the fiscal year as exports "
                 "declined and imports rose, according to official data.", "exceeded $19 billion", (2026, 1),
                 (2025, "2025-07", "2025-12", "doc_date"), id="dunyanews-first-six-months-of-the-fiscal-year"),
    pytest.param("Pakistan's trade deficit crossed the $19 billion mark during the first six months of the current fiscal "
                 "year, as imports continued to rise while exports showed a noticeable decline, according to official "
                 "documents. During the first half of the fiscal year, exports stood at over $15.18 billion, compared to "
                 "imports worth more than $34.38 billion. In contrast, during the same period last fiscal year, exports "
                 "were around $16.5 billion, while imports exceeded $30.9 billion.", "around $16.5 billion", (2026, 1),
                 (2024, "2024-07", "2024-12", "context"), id="dunyanews-same-period-last-fiscal-year-opener"),
    # rule from_range: "from" right before written months opens the period, no base
    pytest.param("The Trade deficit from July-December (2023-24) was recorded at $11.148 billion as against the deficit "
                 "of $16.965 billion in July-December (2022-23), showing negative growth of 34.29 per cent.",
                 "$11.148 billion", (2024, 1), (2023, "2023-07", "2023-12", "explicit"), id="urdupoint-from-July-December"),
    # rule dateline: the day of a dateline in brackets names no year of the figures
    pytest.param("ISLAMABAD, (UrduPoint / Pakistan Point News - 5th Jan, 2024) The country's merchandize trade deficit "
                 "contracted by 34.29 per cent during the first half of the current fiscal year compared to the "
                 "corresponding period of last year, the Pakistan Bureau of Statistics (PBS) reported.", "34.29 per cent",
                 (2024, 1), (2023, "2023-07", "2023-12", "doc_date"), id="urdupoint-dateline-day"),
    # a base's value after "as against the exports of": the figure before it keeps the month in force
    pytest.param("Meanwhile, on a year-on-year basis, the exports from the country increased by 22.21 per cent in "
                 "December compared to the exports of the same month of last year. The exports during the month were "
                 "recorded at $2.812 billion as against the exports of $2.301 billion in December 2022.", "$2.812 billion",
                 (2024, 1), (2023, "2023-12", "2023-12", "context"), id="urdupoint-as-against-the-exports-of"),
    # growth_not_base: a growth after a base's dated value keeps the figure's own undated month or months
    pytest.param("The merchandise exports in October were 24.89 billion U.S. dollars, as compared to 26.23 billion U.S. "
                 "dollars in October 2019, exhibiting a negative growth of -5.12 percent.", "5.12 percent", (2020, 11),
                 (2020, "2020-10", "2020-10", "doc_date"), id="famagusta-growth-after-base-month"),
    pytest.param("Cumulative value of exports for the period April-October was 150.14 billion U.S. dollars as against "
                 "185.40 billion U.S. dollars during the period April-October 2019, thereby registering a negative growth "
                 "of -19.02 percent.", "185.40 billion U.S. dollars", (2020, 11), (2019, "2019-04", "2019-10", "explicit"),
                 id="famagusta-during-the-period-after-the-value"),
    pytest.param("Cumulative value of exports for the period April-October was 150.14 billion U.S. dollars as against "
                 "185.40 billion U.S. dollars during the period April-October 2019, thereby registering a negative growth "
                 "of -19.02 percent.", "19.02 percent", (2020, 11), (2020, "2020-04", "2020-10", "doc_date"),
                 id="famagusta-growth-after-base-months"),
    # a period 19 characters after the figure ("during the period April-October 2017-18")
    pytest.param("\"Cumulative value of exports for the period April-October 2018-19 was $191.01 billion as against "
                 "$168.64 billion during the period April-October 2017-18, registering a positive growth of 13.27 per cent "
                 "in dollar terms,\" the Ministry said in its review statement.", "$168.64 billion", (2018, 11),
                 (2017, "2017-04", "2017-10", "explicit"), id="dayafterindia-during-the-period-span"),
    # vocabulary rows "first-quarter"; month_ending with the year after; same_period "the year-ago period"
    pytest.param("Sri Lanka's export sector maintained its upward trajectory in March 2025, pushing the total "
                 "first-quarter earnings to US $ 4.21 billion, up 5.87 percent year-on-year (YoY), the data from the "
                 "Export Development Board (EDB) showed.", "US $ 4.21 billion", (None, None),
                 (2025, "2025-01", "2025-03", "context"), id="crestcontainers-first-quarter-hyphened"),
    pytest.param("The September quarter 2022 current account balance was revised from a $2.3 billion deficit to a $0.8 "
                 "billion surplus.", "$2.3 billion", (None, None), (2022, "2022-07", "2022-09", "explicit"),
                 id="fencingnews-September-quarter-2022"),
    pytest.param("According to the government data released on Thursday, imports increased by 3.9 per cent to $66.34 "
                 "billion in October compared to $63.86 billion in the year-ago period, mainly due to a 13.34 per cent "
                 "rise in crude oil imports.", "$63.86 billion", (2024, 11), (2023, "2023-10", "2023-10", "doc_date"),
                 id="rediff-year-ago-period"),
    # rule title_year: "the Economic Survey 2020" names a publication, not the figures' year
    pytest.param("Earnings from tea exports were however marked by a bigger drop to Sh113.5 billion last year, from Sh138 "
                 "billion in 2018, according to the Kenya National Bureau of Statistics (KNBS). KNBS in the Economic "
                 "Survey 2020 said the decline in value of tea, coffee and horticulture exports resulted in the overall "
                 "decline of domestic exports, which came down four per cent to Sh520 billion.", "Sh520 billion",
                 (None, None), (2019, "2019-01", "2019-12", "context"), id="standardmedia-Economic-Survey-2020"),
    # rule rolling_year: twelve months that end in the month named
    pytest.param("Mr James noted Australia's exports to China of $170.5 billion in the 12 months to June were well down "
                 "on the record of $179.5 billion set in the year to November 2021.", "$170.5 billion", (2022, 8),
                 (2022, "2021-07", "2022-06", "doc_date"), id="crikey-12-months-to-June"),
    pytest.param("Mr James noted Australia's exports to China of $170.5 billion in the 12 months to June were well down "
                 "on the record of $179.5 billion set in the year to November 2021.", "$179.5 billion", (2022, 8),
                 (2021, "2020-12", "2021-11", "explicit"), id="crikey-set-in-the-year-to-November-2021"),
    # "in October last year" inside a sentence sets no period for the sentences after it
    pytest.param("India's merchandise exports in October declined to $29.78 billion. It was at $35.73 billion in October "
                 "last year. Inbound merchandise shipments in October is at $56.69 billion.", "$56.69 billion", (2022, 11),
                 (2022, "2022-10", "2022-10", "context"), id="eastcoastdaily-October-last-year-aside"),
    # known misses of this sample
    pytest.param("The seasonally adjusted trade surplus rose to EUR 6.56 billion in March from EUR 4.43 billion in the "
                 "previous month.", "EUR 4.43 billion", (2023, 5), (2023, "2023-02", "2023-02", "doc_date"),
                 id="finanzen-the-previous-month"),  # rule previous_month (fifth sample)
    pytest.param("The January-March surplus is equivalent to just over a quarter of the 177.47 bln usd trade surplus "
                 "recorded during 2006.", "177.47 bln usd", (None, None), (2006, "2006-01", "2006-12", "explicit"),
                 id="jctrans-surplus-recorded-during-2006"),
    pytest.param("However, the export revenue target in the last fiscal was USD 58 billion. As such, the export revenue "
                 "was 4.21 per cent or USD 2.44 billion less than the target.", "USD 2.44 billion", (2023, 7),
                 (2023, "2022-07", "2023-06", "context"), id="prothomalo-less-than-the-target",
                 marks=pytest.mark.xfail(strict=True, reason="a shortfall against a target of a named fiscal year is read as an undated aim")),
    pytest.param("The September quarter 2022 current account balance was revised from a $2.3 billion deficit to a $0.8 "
                 "billion surplus.\n\nThe increase in the current account surplus reflected a rise in the trade surplus and "
                 "a decline in the net primary income deficit. The trade surplus reached $40.9 billion, the second highest "
                 "on record.", "$40.9 billion", (None, None), (2022, "2022-10", "2022-12", "context"),
                 id="fencingnews-revised-quarter-sets-the-period",
                 marks=pytest.mark.xfail(strict=True, reason="a revised earlier quarter sets the period for what follows")),
])
def test_fourth_unused_sample_period_of_a_figure(text, figure, pub, expected):
    assert period_at(text, figure, *pub) == expected


def test_fourth_unused_sample_last_was_is_no_page_year():
    """'The last June year surplus was in 2014': the latest such year before the page's own, which is
    later by an unknown stretch, so an undated page gets no year from it (dates, rule last_was)."""
    from tradeflows.ingest.page_year import text_year
    text = ("The country's annual trade deficit widened to $4 billion in the June year, from a deficit of $3.66 billion "
            "a year earlier, Stats NZ said. \"The last June year surplus was in 2014, driven by high dairy export "
            "values,\" acting international statistics manager Dave Adair said.")
    assert text_year(text) is None
    assert period_at(text, "$4 billion", None, None) == (None, None, None, None)


@pytest.mark.parametrize("text, expected", [
    pytest.param("KNBS in the Economic Survey 2020 said", [], id="title-year-after"),
    pytest.param("According to the 2018 Quarterly Balance of Payments (QBOP), tea remained the top earner", [],
                 id="title-year-before"),
    pytest.param("(UrduPoint / Pakistan Point News - 5th Jan, 2024) The", [], id="dateline-day"),
    pytest.param("in the 12 months to June", [("month_range", None, 0, 7, 6, False, None)], id="rolling-12-months"),
    pytest.param("during July-December (2023-24)", [("fiscal", 2024, None, 7, 12, False, "span_range")],
                 id="bracketed-span-months"),
])
def test_fourth_unused_sample_grammar(text, expected):
    assert facts(text) == expected

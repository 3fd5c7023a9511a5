"""Panel precision, the panel27 blind sample (stored pages where a year is written next to a figure whose period is
not that calendar year: fiscal years, rolling twelve months, spans, levels "a decade ago"): each class a phrasing
that let a wrong cell into the panel on a page no rule had seen, each test a real sentence from a stored page,
asserting the figure's fields and the admission's reason."""
from __future__ import annotations

import pytest

from tradeflows.dataset.cues import years_ago_level
from tradeflows.dataset.series import IN, series_status, weak_rules_of
from tradeflows.facts.periods import find_times
from tradeflows.ingest.page_year import text_year

from phrasing import one_figure, page, row, rule


fig = one_figure


# -- "Pakistan exported goods worth US$ 2029.104 million": an amount of a year's shape with decimals is no year
#    (rule amount_not_year; it was read as Pakistan's exports to China of 2029, and its neighbours as 2028) -------

@pytest.mark.parametrize("sentence", [
    # trendinginsocial.com (SBP, fiscal 2022-23)
    "This was followed by China, wherein Pakistan exported goods worth US$ 2029.104 million compared to the exports"
    " of US$ 2783.059 million last year, showing a decrease of 27.09 percent.",
    # nation.com.pk (2023-08-15), the same release: no "US" before the sign
    "This was followed by China, wherein Pakistan exported goods worth $2029.104 million compared to the exports of"
    " $2783.059 million last year, showing a decrease of 27.09 percent.",
    "UK was the third top export destination, where Pakistan exported goods worth $1966.357 million during the year"
    " under review against exports of $2201.080 million during last year, showing a decline of 10.66 percent, SBP"
    " data revealed.",
])
def test_an_amount_with_decimals_is_no_year(sentence):
    assert [t.year for t in find_times(sentence, 0, None) if t.year is not None] == []
    assert text_year(sentence) is None


def test_a_year_before_a_full_stop_is_still_a_year():
    assert [t.year for t in find_times("Exports fell in 2022. Imports rose.", 0, None)] == [2022]


_PAK = page("trendinginsocial_pakistan_2023.txt", paragraphs=5)


def test_a_fiscal_page_amount_gives_no_calendar_cell():
    # trendinginsocial.com (undated): US$ 2029.104 million was Pakistan's exports to China of 2029, in the panel
    f = fig(_PAK, "US$ 2029.104 million")
    assert (f.reporter_iso3, f.partner_iso3, f.measure) == ("PAK", "CHN", "exports")
    assert f.year != 2029 and series_status(row(f)) != IN


# -- "... US$ 1966.357 million during the year under review against the exports of US$ 2201.080 million during
#    last year": a base dated one year before a figure whose year came from the page's context is as weak as that
#    context (weak rule year:base_value@context; it entered the panel as Pakistan's exports to the UK of 2021) -----

def test_a_base_dated_from_a_context_year_is_weak():
    f = fig(_PAK, "US$ 2201.080 million")
    assert (f.reporter_iso3, f.partner_iso3, f.measure) == ("PAK", "GBR", "exports")
    assert rule(f, "year") == "base_value" and f.year_basis == "context"
    assert weak_rules_of(row(f)) == ["year:base_value"]
    # (fiscal27: "during last year" inside the fiscal year in force is the fiscal year before, July 2021-June 2022,
    # rule fiscal_relative on the level; it stays out of the calendar panel as a fiscal year)
    assert (f.year, f.period_start, f.period_end) == (2022, "2021-07", "2022-06")
    assert series_status(row(f)) == "fiscal year"


def test_a_base_dated_from_an_explicit_year_stays_strong():
    r = {"fact_rules": "measure:cue_before;year:base_value", "year_basis": "explicit"}
    assert weak_rules_of(r) == []


# -- "China was India's second largest trade partner after the US. A decade ago trade between the two was ...": the
#    place a ranked partner comes after is no counterpart of what follows (rule ranked_after_not_carried; the two
#    figures after it were China's trade with the US of 2000 and 2005) -------------------------------------------

_DOMAINB = ("China, India achieve $20 billion trade goal before target news\n27 January 2007\n\nBilateral trade between"
            " China and India recorded an all-time high of $24.9 billion in 2006, achieving the target two years ahead of"
            " schedule, the Chinese ministry of commerce announced in Beijing today.\n\nIndia emerged China''s 10th largest"
            " trade partner in 2006, while China was India''s second largest trade partner after the US. A decade ago"
            " trade between the two was around $250 million, which in 2000 surged to $2.91 billion and by 2005 had soared"
            " to $18.7 billion.\n")


@pytest.mark.parametrize("figure, year", [("$2.91 billion", 2000), ("$18.7 billion", 2005)])
def test_the_partner_a_rank_comes_after_is_not_carried(figure, year):
    # domain-b.com (2007-01-27)
    f = fig(_DOMAINB, figure)
    assert (f.reporter_iso3, f.partner_iso3, f.measure, f.year) == ("CHN", "IND", "turnover", year)
    assert series_status(row(f)) == IN


_CHINA_ORG = ("Trade between China and India hit US$24.9 billion last year, exceeding the 20-billion-US-dollar goal two"
              " years ahead of target, the Ministry of Commerce has announced.\nAccording to the ministry, India was"
              " China's 10th largest trade partner in 2006, while Indian statistics showed China was India's second"
              " largest trade partner after the US.\nBilateral trade has soared from US$2.91 billion in 2000 to 1 US$8.7"
              " billion in 2005, an average annual rise of 45 percent.\n")


def test_the_partner_a_rank_comes_after_is_not_carried_second_page():
    # english.china.org.cn (Xinhua, 2007-01-27): "Bilateral trade" was carried to the US
    f = fig(_CHINA_ORG, "US$2.91 billion", pub_year=2007)
    assert {f.reporter_iso3, f.partner_iso3} == {"CHN", "IND"} and f.year == 2000


# -- "A decade ago trade between the two was around $250 million, which in 2000 surged to $2.91 billion": a level
#    "a decade ago" with no year written between is dated by no calendar year (rule years_ago_level, reason "no
#    year"; it was China's trade of 2000, beside the $2.91 billion of that year) ---------------------------------

def test_a_level_years_ago_has_no_year():
    f = fig(_DOMAINB, "around $250 million")
    # (session 51, rule years_ago: the figure's year is now counted back from the time the page speaks from, here
    # the latest year it names, 2006, no more the year of the next clause, 2000; the panel still leaves it out)
    assert f.year == 1996 and years_ago_level(row(f))
    assert series_status(row(f)) == "no year"
    assert not years_ago_level(row(fig(_DOMAINB, "$2.91 billion")))


@pytest.mark.parametrize("sentence, figure, ago", [
    ("A decade ago trade between the two was around $250 million, which in 2000 surged to $2.91 billion.",
     "around $250 million", True),
    # a year written between "ago" and the figure is the figure's own
    ("Two years ago, in 2021, exports were $5 billion.", "$5 billion", False),
    # "ago" after the figure dates a base, not the figure
    ("Exports rose to $5 billion from $2 billion five years ago.", "$5 billion", False),
])
def test_years_ago_level_phrasings(sentence, figure, ago):
    assert years_ago_level({"kind": "money", "sentence": sentence, "figure": figure}) is ago

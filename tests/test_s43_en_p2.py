"""English phrasings of status and counterparts found in session 43 by probing stored news pages (South Africa, Kenya,
Israel), each a rule tested on real sentences; the leads not fixed yet are strict xfails."""
from __future__ import annotations

import pytest

from phrasing import fields, figs

_MG = ("South Africa's trade balance shifted further into deficit in June, recording a shortfall of R5,31-billion and "
       "keeping pressure on South Africa's current account, official data showed on Tuesday.\n\n"
       "The data follows May's smaller R2,67-billion shortfall and compares with expectations of a R3,5-billion gap.\n\n"
       "The South African Revenue Service (Sars) said exports declined by 2,71% from the previous month, while imports "
       "increased 3,09%.\n")


def test_a_figure_compared_with_expectations_of_it_is_a_forecast():
    """Row 'with expectations of' of vocab/en/status.csv, and rule forecast_own_figure over a clause joined by 'and'
    (mg.co.za, South Africa's trade, July 2007): the R3,5-billion the market expected is a target; May's R2,67-billion
    shortfall before 'and compares with expectations of' stays an actual (the cue has a figure of its own; with the
    row alone it was made a target too, and 'a R3,5-billion', a one-letter currency glued to its amount, is read as
    the cue's own figure). Both were actual before (no row for 'expectations of')."""
    assert fields(_MG, "measure", "status", pub_year=2007, pub_month=7, lang="en")[:3] == [
        ("R5,31-billion", "balance", "actual"), ("R2,67-billion", "balance", "actual"),
        ("R3,5-billion", "balance", "target")]


@pytest.mark.xfail(strict=True, reason="open lead: 'The data follows May's ...' leaves May the month in force; the "
                   "change 'from the previous month' is June's (a base flag on 'follows' also took May from May's "
                   "own R2,67-billion: dropped)")
def test_a_change_from_the_previous_month_is_the_pages_month():
    """mg.co.za: '2,71% from the previous month' is June's change, not May's."""
    got = {f.figure: f.period_start for f in figs(_MG, pub_year=2007, pub_month=7, lang="en")}
    assert got["2,71%"] == "2007-06"


def test_a_countrys_domestic_exports_are_its_total():
    """World cue 'domestic exports' (rule world_weak; mwanaspoti.co.tz, Kenya's exports, KNBS data, Q1 2025): 'Kenya's
    earnings from domestic exports contracted 7.26 percent to Sh275.46 billion' after two sentences on exports to the
    US is Kenya's total (the world); pair_continued carried the United States to it and to the base."""
    text = ("The value of Kenya's exports to the United States grew 5.87 percent in the first three months of the year, "
            "bucking a trend where earnings from top destinations fell largely on the strengthening of the shilling "
            "against major international currencies.\n"
            "Domestic exports to the US earned traders Sh18.88 billion in the review period compared with Sh17.84 "
            "billion in the same period of 2024, provisional data from State-run Kenya National Bureau of Statistics "
            "(KNBS) shows.\n"
            "The KNBS data indicate Kenya's earnings from domestic exports contracted 7.26 percent to Sh275.46 billion "
            "in the review period compared with Sh297.03 billion in the same period of 2024.\n")
    assert fields(text, "reporter", "partner", pub_year=2025, pub_month=5, lang="en") == [
        ("5.87 percent", "Kenya", "United States"), ("Sh18.88 billion", "Kenya", "United States"),
        ("Sh17.84 billion", "Kenya", "United States"), ("7.26 percent", "Kenya", "world"),
        ("Sh275.46 billion", "Kenya", "world"), ("Sh297.03 billion", "Kenya", "world")]


def test_a_level_seen_by_year_end_is_a_forecast():
    """Row 'by year-end' of vocab/en/status.csv (thejerusalemconnection.us, Reuters, 2021): 'the
    Israeli government sees trade with the UAE rising to $1 billion by year-end' is a forecast; it was actual."""
    text = ("Israel and the United Arab Emirates normalised relations a year ago.\n"
            "The Israeli government sees trade with the UAE rising to $1 billion by year-end.\n")
    assert [(f.figure, f.status) for f in figs(text, pub_year=2021, pub_month=8, lang="en")] == [("$1 billion", "target")]


def test_a_forecast_after_a_while_clause_with_its_own_year():
    """thejerusalemconnection.us: the whole sentence; the $1 billion is a 2021 target of Israel-UAE trade (a known miss
    until rule concessive_clause_scope, session 43 helper en_r2, kept the While clause's 2019 to its own figure)."""
    text = ("While the figure, contained in Israeli data, is tiny compared to UAE exports of $24 billion in 2019 to its "
            "top destination Saudi Arabia, the Israeli government sees trade with the UAE rising to $1 billion by "
            "year-end.\n")
    got = {f.figure: (f.status, f.year) for f in figs(text, pub_year=2021, pub_month=8, lang="en")}
    assert got["$1 billion"] == ("target", 2021)


def test_a_count_of_months_in_the_current_fiscal_year_is_its_first_months():
    """Rule fiscal_part_in (ymstrade.com, Pakistan's trade, PBS data; the page gives no date, dated December 2024
    here): 'widened ... to $15.5 billion in five months of the current fiscal year' is July-November, as 'the first
    five months of' is, the months the next sentence names; it was the whole fiscal year July 2024-June 2025."""
    text = ("Pakistan's trade deficit widened at a faster pace of 37% to $15.5 billion in five months of the current "
            "fiscal year after exports plunged and imports grew in double digits amid disruption in the export of "
            "oranges due to suspension of trade with Afghanistan. The Pakistan Bureau of Statistics (PBS) reported on "
            "Tuesday that the gap between imports and exports reached $15.5 billion during the July-November period.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2024, pub_month=12, lang="en") == [
        ("37%", 2024, "2024-07", "2024-11"), ("$15.5 billion", 2024, "2024-07", "2024-11"),
        ("$15.5 billion", 2024, "2024-07", "2024-11")]


def test_ongoing_fiscal_year_without_its_article_is_the_current_one():
    """Row 'ongoing' of REL, rule relative_fiscal (timesofislamabad.com, Pakistan's trade, March 2017; data/web21 tuned
    page ag10): 'in seven months of ongoing fiscal year' is July 2016-January 2017 of Pakistan's July-June fiscal
    year; it was read as the calendar year's first seven months, 2016. ('the ongoing fiscal year', with its article,
    is left alone: reading it lowered a held-out row.)"""
    text = ("Pakistan Bureau of Statistics (PBS) revealed that country's trade deficit has surpassed $20 billion in "
            "ongoing fiscal year.\n\n"
            "PSB report stated country's exports stood merely at $13 billion mark in seven months of ongoing fiscal "
            "year, thus witnessing a sharp decline of 4pc.\n")
    assert fields(text, "reporter", "year", "period_start", "period_end", pub_year=2017, pub_month=3, lang="en") == [
        ("surpassed $20 billion", "Pakistan", 2017, "2016-07", "2017-06"),
        ("$13 billion", "Pakistan", 2017, "2016-07", "2017-01"), ("4pc", "Pakistan", 2017, "2016-07", "2017-01")]


def test_a_subheading_run_into_the_text_ends_at_its_bracketed_acronym():
    """Rule heading_run_in (it-online.co.za, SARS's trade statistics for June 2018; pulse.ng prints the July release the
    same way): 'Including trade data with Botswana, Lesotho, Namibia and Swaziland (BLNS) The R12-billion trade
    balance surplus ...' is a subheading with no full stop, then a sentence; read as one sentence the surplus was a
    turnover with BLNS and the exports and imports were BLNS's too."""
    text = ("The South African Revenue Service (SARS) has released trade statistics for June 2018 recording a trade "
            "balance surplus of R12-billion.\n\n"
            "These statistics include trade data with Botswana, Lesotho, Namibia and Swaziland (BLNS).\n\n"
            "Including trade data with Botswana, Lesotho, Namibia and Swaziland (BLNS) The R12-billion trade balance "
            "surplus for June 2018 is attributable to exports of R110,15-billion and imports of R98,15-billion.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2018, pub_month=8, lang="en") == [
        ("R12-billion", "balance", "South Africa", "world"), ("R12-billion", "balance", "South Africa", "world"),
        ("R110,15-billion", "exports", "South Africa", "world"), ("R98,15-billion", "imports", "South Africa", "world")]


def test_the_total_value_of_a_countrys_exports_is_its_total():
    """World cue 'total value of Canada's exports' (rule world_weak; thespec.com, Statistics Canada's data for July
    2018): after a sentence on the surplus with the United States, 'The total value of Canada's exports rose 0.8 per
    cent, ..., while the value of imports declined 0.4 per cent' are Canada's totals (the world); pair_continued carried
    the United States to both."""
    text = ("OTTAWA — Statistics Canada says the country's merchandise trade deficit with the world shrank to $114 "
            "million in July, the smallest since a surplus in December 2016, as the country's trade surplus with the "
            "United States grew to the biggest in a decade.\n\n"
            "The total value of Canada's exports rose 0.8 per cent, mainly because of higher crude oil prices, while the "
            "value of imports declined 0.4 per cent due to fewer aircraft imports.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2018, pub_month=9, lang="en",
                  title="Canada's trade deficit shrinks in July") == [
        ("$114 million", "balance", "Canada", "world"), ("0.8 per cent", "exports", "Canada", "world"),
        ("0.4 per cent", "imports", "Canada", "world")]


def test_the_month_and_year_year_is_the_year_ended_that_month():
    """Rule month_year_year, read as rolling_year (foreignaffairs.co.nz printing Stats NZ's overseas merchandise trade
    release for October 2018): '$12.3 billion in the October 2018 year' is November 2017-October 2018, the year ended
    October 2018; it was the month of October alone."""
    text = ("Goods imports from China were up $430 million, reaching $1.5 billion in October 2018, Stats NZ said today.\n\n"
            "Annual goods imports from China have increased $6.1 billion since the October 2008 year to $12.3 billion "
            "in the October 2018 year.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2018, pub_month=11, lang="en") == [
        ("$430 million", 2018, "2018-10", "2018-10"), ("$1.5 billion", 2018, "2018-10", "2018-10"),
        ("$6.1 billion", 2018, "2017-11", "2018-10"), ("$12.3 billion", 2018, "2017-11", "2018-10")]

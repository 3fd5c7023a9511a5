"""English phrasings of years and periods found in session 42 by probing stored news pages on the trade of European,
North American, Turkish, Israeli, Gulf, Iranian and Pakistani reporters, each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_span_of_months_to_a_day_or_late_month_ends_in_that_month():
    """Rule month_ending, branch month_ending_day (presstv.ir on Iran's exports to Iraq, September 2024): 'in the five
    months to August 21' and 'in the five months to late August' are April to August, as 'in the five months to
    August' was read; not the year's first five months."""
    text = ("Head of the West Asia department at the Trade Promotion Organization of Iran (TPO) said on Saturday that "
            "exports to Iraq had reached nearly $4.5 billion in the five months to August 21, up 21% compared to the "
            "same period last year.\n"
            "Trade figures released last week by Iran's customs office showed that the country had exported some $21.9 "
            "billion worth of commodities and products in the five months to late August.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2024, lang="en") == [
        ("nearly $4.5 billion", 2024, "2024-04", "2024-08"), ("21%", 2024, "2024-04", "2024-08"),
        ("some $21.9 billion", 2024, "2024-04", "2024-08")]


def test_the_full_stop_of_a_scale_letter_glued_to_an_amount_ends_no_clause():
    """Rule scale_abbreviation_dot (jpost.com citing Globes on Israeli-Turkish trade): in 'from $1.59b. in the first
    half of 2010' the time after the abbreviation's full stop is the amount's own, and 'to $1.31b. from $1.08b.' is a
    change from the year before's level (rule from_value); they were read as the sentence's later year."""
    text = ("Israeli-Turkish trade rose 26 percent to $2 billion in first half of 2011 from $1.59b. in the first half of "
            "2010, the Federation of Israeli Chambers of Commerce reported Monday.\n"
            "Israeli-Turkish trade rose 26% to $3.1b. in 2010 from $2.5b. in 2009. Israeli exports to Turkey rose 21% to "
            "$1.31b. from $1.08b., and imports from Turkey rose 30% to $1.8b. from $1.4b.\n")
    got = fields(text, "figure", "year", "period_start", "period_end", pub_year=2011, lang="en")
    assert [g[1:] for g in got if g[0] in ("$1.59b", "$2.5b", "$1.08b", "$1.4b")] == [
        ("$1.59b", 2010, "2010-01", "2010-06"), ("$2.5b", 2009, "2009-01", "2009-12"),
        ("$1.08b", 2009, "2009-01", "2009-12"), ("$1.4b", 2009, "2009-01", "2009-12")]


def test_a_level_a_change_started_from_after_a_comma_is_of_the_year_before():
    """Rule from_value, branch from_value_comma (5tjt.com on Israel-Turkey trade): 'Israel's exports to Turkey reached
    around $475 million in the first quarter of 2013, from around $448 million': the level started from, after a
    comma and the reached level's own long time, is the first quarter of 2012."""
    text = ("Turkey's exports to Israel reached $612 million in the first quarter of 2013, from $555 million in the same "
            "period last year, according to the foreign trade data compiled by Hurriyet Daily News from the statistical "
            "agencies of both countries. Israel's exports to Turkey reached around $475 million in the first quarter of "
            "2013, from around $448 million.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2013, lang="en")[2:] == [
        ("around $475 million", 2013, "2013-01", "2013-03"), ("around $448 million", 2012, "2012-01", "2012-03")]


def test_a_count_of_quarters_goes_on_with_the_fiscal_year_in_force():
    """Rule fiscal_part, branch fiscal_part_quarters (arynews.tv on Pakistan's trade, April 2021): after 'the first
    three quarters of the current fiscal year (2020-21)' a bare 'the first three quarters' is July 2020 to March 2021,
    not January to September 2020; the deficit 'during the period' and 'last year' follow it."""
    text = ("ISLAMABAD: The country's exports increased by 7.12 per cent during the first three quarters of the current "
            "fiscal year (2020-21) as compared to the corresponding period of the last year, ARY News reported.\n"
            "According to the Pakistan Bureau of Statistics (PBS), the exports from the country during July-March "
            "(2020-21) were recorded at $18.685 billion against the exports of $17.443 billion during July-March "
            "(2019-20).\n"
            "Based on the figures, the country's trade deficit increased by 20.05 per cent during the first three "
            "quarters as compared to the corresponding period of last year.\n"
            "The trade deficit during the period was recorded at $20.827 billion against the deficit of $17.348 billion "
            "last year.\n")
    assert fields(text, "measure", "year", "period_start", "period_end", pub_year=2021, lang="en")[3:] == [
        ("20.05 per cent", "balance", 2021, "2020-07", "2021-03"),
        ("$20.827 billion", "balance", 2021, "2020-07", "2021-03"),
        ("$17.348 billion", "balance", 2020, "2019-07", "2020-03")]


def test_a_change_told_after_two_levels_of_two_years_is_of_the_later():
    """Rule change_of_two_levels (poandpo.com on the UAE's non-oil trade): 'The UAE imported 337.6 billion dirhams ...
    in H1 2015, and 340.6 billion dirhams ... in H1 2014, a decline of less than 1%': the change between the two
    levels is of the first half of 2015, not of the nearer 2014."""
    text = ("The UAE imported 337.6 billion dirhams ($92 billion) worth of goods in H1 2015, and 340.6 billion dirhams "
            "($92.7 billion) in H1 2014, a decline of less than 1%.\n")
    assert fields(text, "measure", "year", "period_start", "period_end", pub_year=2015, lang="en")[-1] == (
        "less than 1%", "imports", 2015, "2015-01", "2015-06")


def test_the_time_after_the_amount_a_change_started_from_is_that_amounts():
    """Rule from_pair_time (investmentexecutive.com on Canada's trade, January 2007): in 'the merchandise trade surplus
    with the world widened to $4.7 billion from $3.8 billion in October' October is the earlier level's; the level
    reached is of November, the month in force."""
    text = ("Canadian companies exported merchandise worth $38.1 billion in November while imports stood at $33.5 "
            "billion.\n"
            "As a result, Canada's merchandise trade surplus with the world widened to $4.7 billion from $3.8 billion in "
            "October.\n")
    assert fields(text, "measure", "year", "period_start", "period_end", pub_year=2007, pub_month=1, lang="en")[2:] == [
        ("$4.7 billion", "balance", 2006, "2006-11", "2006-11"), ("$3.8 billion", "balance", 2006, "2006-10", "2006-10")]


def test_the_last_months_count_back_from_the_pages_date():
    """Rule last_months (en.mehrnews.com, 3 March 2018): 'Iran-Iraq trade volume in the last 11 months has been $12
    billion' is the eleven months to February 2018, not January to November 2017; with a month the page reports in
    force they count back from it ('with $12.8 billion of sales to the Middle Kingdom in May ... about $37.5 billion
    shipped in the past 12 months', thewest.com.au, data/web14 tuned page a11, July 2023: June 2022 to May 2023). A
    record's span ('the highest in the last 11 months') names no period."""
    text = ("TEHRAN, Mar. 03 (MNA) \u2013 Naser Behzad, the Commercial Attach\u00e9 at the Iranian Embassy in Baghdad says "
            "that the amount of Iran-Iraq trade volume in the last 11 months has been $12 billion.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2018, pub_month=3, lang="en") == [
        ("$12 billion", 2018, "2017-04", "2018-02")]
    text = ("China remains WA's most crucial trading partner by a long distance, with $12.8 billion of sales to the "
            "Middle Kingdom in May taking the total across the past 12 months to $146 billion.\n"
            "Exports to Japan have grown rapidly, with about $37.5 billion shipped in the past 12 months, 27 per cent "
            "higher than the previous corresponding period.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2023, pub_month=7, lang="en")[2:] == [
        ("about $37.5 billion", 2023, "2022-06", "2023-05"), ("27 per cent higher", 2023, "2022-06", "2023-05")]


def test_a_goals_rolling_year_to_a_month_passed_is_the_next_one():
    """Rule rolling_year_ahead (presstv.ir, September 2024): 'he estimated that shipments could reach well beyond $10
    billion in the year to March' is a goal for April 2024 to March 2025, not the year to March 2024 the page's date
    had passed; a result 'in the year to March' keeps March of the page's year."""
    text = ("The official said Iran's exports to Iraq could hit a multi-year record this year as he estimated that "
            "shipments could reach well beyond $10 billion in the year to March.\n")
    assert fields(text, "status", "year", "period_start", "period_end", pub_year=2024, pub_month=9, lang="en") == [
        ("$10 billion", "target", 2025, "2024-04", "2025-03")]
    assert fields("Exports rose 5% to $3 billion in the year to March.\n", "year", "period_start", "period_end",
                  pub_year=2024, pub_month=9, lang="en") == [("5%", 2024, "2023-04", "2024-03"),
                                                             ("$3 billion", 2024, "2023-04", "2024-03")]

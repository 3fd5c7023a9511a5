"""English phrasings found in session 40 on the tuned pages of web19, web18, web13, web17 and web8, each a rule or a
vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_months_up_to_one_of_this_fiscal_year_end_in_that_month_before_the_page():
    """Rule to_month_fiscal (facts/periods_fiscal.py; Mizzima, data/web13 tuned page f01): 'as of October this fiscal
    year' on a page of January 2018 is the fiscal year in force up to October, and that October was in 2017; the figures
    are not of 2018, the year not yet over when the page was published. The country has no fiscal year in the
    vocabulary, so the months run from January; a country with one starts them at its fiscal start (India, April)."""
    text = ("The value of Myanmar’s trade with its main trade partner China, as of October this fiscal year, reached "
            "US$6.3 billion, consisting of $2.83 billion in exports and $3.5 billion in imports, according to figures "
            "released by the Commerce Ministry on January 3.\n")
    assert fields(text, "measure", "partner", "year", "period_end", pub_year=2018, pub_month=1, lang="en") == [
        ("US$6.3 billion", "turnover", "China", 2017, "2017-10"), ("$2.83 billion", "exports", "China", 2017, "2017-10"),
        ("$3.5 billion", "imports", "China", 2017, "2017-10")]
    text = "India's exports as of October this fiscal year stood at $244.89 billion.\n"
    assert fields(text, "year", "period_start", "period_end", pub_year=2024, pub_month=11, lang="en") == [
        ("$244.89 billion", 2024, "2024-04", "2024-10")]


def test_last_fiscal_year_on_an_undated_page_in_a_month_of_its_latest_fiscal_year_is_that_year():
    """Rule relative_latest_fiscal_month (facts/period_relative.py; The Daily Star, data/web18 tuned page ab02): an
    undated Bangladeshi page reports exports of 'fiscal 2015-16' and 'the highest ever monthly earning ... of $3.58
    billion in June'; with June 2016, a month of FY16, in force, 'increased 2.69 percent year-on-year to $1.16 billion
    last fiscal year' looks back to FY16 (July 2015-June 2016), as relative_latest_fiscal reads it with FY16 itself in
    force, not to FY15."""
    text = ("Exports hit record\n\n"
            "Exports continue to be a beacon of hope for the economy, raking in $34.24 billion in fiscal 2015-16 -- the "
            "highest in the country's history.\n"
            "The year also saw the highest ever monthly earning from exports, of $3.58 billion in June, according to "
            "data released by the Export Promotion Bureau yesterday.\n"
            "\"We expect even higher exports in the current fiscal year as we are receiving work orders aplenty,\" said "
            "Siddiqur Rahman, president of Bangladesh Garment Manufacturers and Exporters Association.\n"
            "Apart from apparel items, exports of leather and leather goods increased 2.69 percent year-on-year to "
            "$1.16 billion last fiscal year, and in doing so, crossed the $1 billion-mark for the third year.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", lang="en")
    assert got[-3:] == [("2.69 percent", "exports", 2016, "2015-07", "2016-06"),
                        ("$1.16 billion", "exports", 2016, "2015-07", "2016-06"),
                        ("$1 billion", "exports", 2016, "2015-07", "2016-06")]


_COURTHOUSE_HEAD = ("Thursday, December 7, 2023\n"
                    "Courthouse News Service\n"
                    "Thursday, December 7, 2023 | Back issues\n"
                    "Courthouse News Service Courthouse News Service\n\n"
                    "Yearly Trade Gap Falls for First Time Since 2013\n\n"
                    "The overall U.S. trade deficit shrank in 2019 for the first time in six years as imports fell faster "
                    "than exports, including crude oil imports.\n\n")


def test_a_weekday_banner_years_after_the_story_is_no_date_of_the_page():
    """Rule stale_banner (ingest/page_year.py, ingest/dates.py; courthousenews.com, data/web8 tuned page n06): the site
    prints the day the page was read, 'Thursday, December 7, 2023' (twice, once beside 'Back issues'), above a story
    whose latest year is 2019; that banner dates neither the page nor its 'last year': the page is undated, and 'dropped
    1.7% last year to $616.8 billion' is of 2019, the year the story speaks of, not 2022."""
    from tradeflows.ingest.dates import publication_date

    text = _COURTHOUSE_HEAD + ("The difference between the goods and services the United States sells and buys from "
                               "other countries dropped 1.7% last year to $616.8 billion, the first decrease since 2013. "
                               "The 2018 deficit of about $628 billion marked a 10-year high.\n")
    assert publication_date(text) == (None, None)
    assert fields(text, "measure", "year", lang="en") == [
        ("1.7%", "balance", 2019), ("$616.8 billion", "balance", 2019), ("about $628 billion", "balance", 2018)]


def test_a_weekday_banner_of_the_story_years_is_the_page_date():
    """Rule stale_banner, its bound: a weekday's date on a short line no more than a year after the years the story
    names stays the page's date."""
    from tradeflows.ingest.dates import publication_date

    text = _COURTHOUSE_HEAD.replace("2023", "2020")
    assert publication_date(text) == ("2020-12-07", "text:byline")


def test_a_second_respectively_list_in_one_sentence_pairs_its_own_places():
    """Rule respectively_second_list (facts/respectively.py; Independent Newspaper Nigeria, data/web18 tuned page ab11):
    in 'Sesame seeds were exported mainly to China, Japan, India, Turkey, and Vietnam in values worth N13.7billion, ...
    respectively; good fermented Nigerian cocoa beans were exported to the Netherlands, Germany, Indonesia, Malaysia and
    Belgium in values worth N15.3 billion, ... respectively' each list is closed by its own 'respectively': a figure of
    the second takes the place of the second list, where it had been read as the whole list's, with no partner."""
    text = ("LAGOS – Sesame seeds (whether or not broken), good fermented Nigerian cocoa beans, superior quality raw cocoa "
            "beans, and Cashew nuts (in a shell) are top agricultural produce that led in the agricultural export for the "
            "fourth quarter of 2018, according to report released by the National Bureau of Statistics (NBS).\n\n"
            "The direction of these transactions showed that Sesame seeds were exported mainly to China, Japan, India, "
            "Turkey, and Vietnam in values worth N13.7billion, N5.9 billion, N4.1billion, N3.7billion and N2.3billion "
            "respectively; good fermented Nigerian cocoa beans were exported to the Netherlands, Germany, Indonesia, "
            "Malaysia and Belgium in values worth N15.3 billion, N3.8 billion, N2.6billion, N1.1billion and N1.08billion "
            "respectively.\n")
    got = fields(text, "measure", "partner", pub_year=2019, lang="en")
    assert got[-5:] == [("N15.3 billion", "exports", "Netherlands"), ("N3.8 billion", "exports", "Germany"),
                        ("N2.6billion", "exports", "Indonesia"), ("N1.1billion", "exports", "Malaysia"),
                        ("N1.08billion", "exports", "Belgium")]


def test_the_years_prior_to_a_year_end_the_year_before_it():
    """Rule years_prior_to (facts/periods.py; Oxford Business Group, data/web19 tuned page ad03): 'the eight years prior
    to 2012, during which exports rose by an average rate of 12.6% per year' and 'rising by an average annual rate of
    16.5% in the eight years prior to 2012' are rates of years that ended in 2011, not of 2012."""
    text = ("Lower sales of energy products caused exports to fall by 13% in 2012 and by 1.6% in 2013. This represented a "
            "sharp contrast to the eight years prior to 2012, during which exports rose by an average rate of 12.6% per "
            "year. Imports slipped by 4.7% in 2012 and by 2.1% in 2013. However, they had been rising by an average "
            "annual rate of 16.5% in the eight years prior to 2012.\n")
    assert fields(text, "measure", "year", pub_year=2015, lang="en") == [
        ("13%", "exports", 2012), ("1.6%", "exports", 2013), ("12.6%", "exports", 2011), ("4.7%", "imports", 2012),
        ("2.1%", "imports", 2013), ("16.5%", "imports", 2011)]


def test_export_goods_going_to_a_place_from_another_are_the_second_places_exports():
    """Frame exports_going_to_from (vocab/en/frames.csv; Financial Standard, data/web13 tuned page f05): in 'export goods
    going to the United Kingdom from Sierra Leone ... amounted to £18 million' Sierra Leone exports to the United
    Kingdom, as in 'Exports to the United States from Canada' (exports_to_from); the goods and their verb of way
    between the flow and the places had left the reporter to the page's subject."""
    text = ("Conversely, export goods going to the United Kingdom from Sierra Leone during same period – four quarters to "
            "the end of quarter 2 of 2024 - amounted to £18 million; a decrease of 18.2 percent (about £4 million in "
            "current prices), compared to the four quarters to the end of Quarter 2 of 2023.\n")
    assert fields(text, "measure", "reporter", "partner", pub_year=2024, lang="en") == [
        ("£18 million", "exports", "Sierra Leone", "United Kingdom"),
        ("18.2 percent", "exports", "Sierra Leone", "United Kingdom"),
        ("about £4 million", "exports", "Sierra Leone", "United Kingdom")]


def test_the_two_digits_ending_a_span_of_years_open_no_range():
    """Rule year_span_end (figures/extract.py; Xinhua via english.eastday.com, data/web17 tuned page aa07): in
    'Myanmar's foreign trade volume dropped from 5.3 billion dollars in 2002-03 to 4.5 billion dollars in 2003-04' the
    '03' after '2002-' ends a span of years; read as an amount it made the range '03 to 4.5 billion dollars' (3 billion)
    and the 4.5 billion level was lost."""
    text = ("Impacted by some Western sanctions since 2003, Myanmar's foreign trade volume\n"
            "dropped from 5.3 billion dollars in 2002-03 to 4.5 billion dollars in 2003-04\n")
    assert fields(text, "value", "qualifier", pub_year=2006, lang="en") == [
        ("5.3 billion dollars", 5.3e9, "exact"), ("4.5 billion dollars", 4.5e9, "exact")]

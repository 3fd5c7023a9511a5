"""English phrasings of months, parts of years and fiscal years found in session 43 by probing stored news pages on the
trade of South Asian, African, European and Middle Eastern reporters, each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_month_abbreviation_with_its_year_after_a_space_is_that_month():
    """Rule abbr_month_year (pakobserver.net, Pakistan's trade, January 2022): 'during Dec 2021', 'in Nov 2021' and 'in
    Dec 2020' are those months; they were read as the whole years, and the December figure as of the base's year."""
    text = ('"Pakistan imports during Dec 2021 decreased to USD 6.9 billion as compared to USD 7.9 billion in Nov 2021. '
            'This is a decrease of USD 1 billion," the PM\'s aide said.\n'
            "Turning to exports, he said Pakistan's exports increased by 16.7% to USD 2.761 billion as compared to USD "
            "2.366 in Dec 2020.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2022, lang="en") == [
        ("USD 6.9 billion", 2021, "2021-12", "2021-12"), ("USD 7.9 billion", 2021, "2021-11", "2021-11"),
        ("USD 1 billion", 2021, "2021-12", "2021-12"), ("16.7%", 2021, "2021-12", "2021-12"),
        ("USD 2.761 billion", 2021, "2021-12", "2021-12"), ("USD 2.366", 2020, "2020-12", "2020-12")]


def test_month_abbreviations_joined_by_to_are_a_range():
    """Rule abbr_range_to (lankabusinessonline.com, Sri Lanka's exports, 2014): 'in the months of Jan to Oct' is January
    to October of the year in force, as 'Jan-Oct' is; it was no period at all."""
    text = ("US continues to remain as the largest export market for Sri Lanka with 2.2 billion dollars exports which "
            "accounts for 73 percent of the total exports in the months of Jan to Oct.\n"
            "For the month of October 2014 alone our provisional exports were at 900 million dollars.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2014, lang="en") == [
        ("2.2 billion dollars", 2014, "2014-01", "2014-10"), ("73 percent", 2014, "2014-01", "2014-10"),
        ("900 million dollars", 2014, "2014-10", "2014-10")]


def test_the_part_of_the_year_a_sentence_names_beside_the_pages_own_year_dates_it():
    """Rule part_named_not_over (it-online.co.za on SARS's trade statistics, August 2018): on a page of August 2018 the
    'to' term of 'from R561,55-billion in 2017 to R570,06-billion in 2018' in a sentence on the year-to-date (01
    January to 30 June) takes those months, as its 'from' term does; so does the deficit 'for 2018' the year-to-date
    imports leave. Both were read as 2018 with no months (year_not_over)."""
    text = ("The South African Revenue Service (SARS) has released trade statistics for June 2018 recording a trade balance surplus of R12-billion.\n\n"
            "Exports for the year-to-date (01 January to 30 June) increased by 1,5% from R561,55-billion in 2017 to "
            "R570,06-billion in 2018.\n\n"
            "Imports for the year-to-date of R571,85-billion are 6.6% more than the imports recorded in January to June "
            "2017 of R536,55-billion, leaving a cumulative trade balance deficit of R1,79-billion for 2018.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2018, pub_month=8, lang="en")
    assert got[1:] == [
        ("1,5%", 2018, "2018-01", "2018-06"), ("R561,55-billion", 2017, "2017-01", "2017-06"),
        ("R570,06-billion", 2018, "2018-01", "2018-06"), ("R571,85-billion", 2018, "2018-01", "2018-06"),
        ("6.6% more", 2018, "2018-01", "2018-06"), ("R536,55-billion", 2017, "2017-01", "2017-06"),
        ("R1,79-billion", 2018, "2018-01", "2018-06")]


def test_this_year_further_on_in_the_amounts_clause_set_against_last_year_keeps_the_months_in_force():
    """Rule years_pair_far (sokodirectory.com on Kenya's exports, December 2015): after 'between the month of January
    and October', 'Kenya earned 97 billion shillings from the export of tea which is also the top foreign exchange
    earner this year as compared to the 77.9 billion shillings last year same period' is January to October 2015, as
    the 77.9 billion is of 2014's; it was 2015 with no months (year_not_over)."""
    text = ("According to official data, Kenya exported goods worth 481 billion shillings between the month of January "
            "and October. This was an increase from the goods worth 367 billion shillings during the same period last "
            "year.\n"
            "Kenya earned 97 billion shillings from the export of tea which is also the top foreign exchange earner "
            "this year as compared to the 77.9 billion shillings last year same period.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2015, pub_month=12, lang="en") == [
        ("481 billion shillings", 2015, "2015-01", "2015-10"), ("367 billion shillings", 2014, "2014-01", "2014-10"),
        ("97 billion shillings", 2015, "2015-01", "2015-10"), ("77.9 billion shillings", 2014, "2014-01", "2014-10")]


def test_the_same_period_of_the_previous_fiscal_without_year_is_a_base_a_fiscal_year_before():
    """Rule same_period_fiscal_word (knittingviews.com on Bangladesh's exports, 2019): '$701.56 mn in the same period of
    the previous fiscal' is July 2017 to April 2018, the base of the first 10 months of the current fiscal; it was read
    as the current fiscal's months."""
    text = ("Bangladesh gained two new billion-dollar export markets, India and Poland, in fiscal 2018-19 in addition to "
            "the existing nine. Export earnings from the two nations topped $1 bn in the first 10 months of the current "
            "fiscal, with the figure for India being $1.07 bn, 52.98 per cent higher from $701.56 mn in the same period "
            "of the previous fiscal. Bangladesh's financial year ends on June 30.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2019, pub_month=5, lang="en")[1:] == [
        ("$1.07 bn", 2019, "2018-07", "2019-04"), ("52.98 per cent higher", 2019, "2018-07", "2019-04"),
        ("$701.56 mn", 2018, "2017-07", "2018-04")]


def test_a_comma_between_the_months_and_their_bracketed_fiscal_span():
    """Rule fiscal_months_comma (dailytimes.com.pk on Pakistan's trade, January 2024): 'Imports during July–December,
    (2023-24) totaled Rs.7,533,700 million' is July to December 2023, as 'July-December (2023-24)' is; the comma made
    it the whole fiscal year 2023-24, and its base the whole fiscal year before."""
    text = ("On the other hand, Imports during July–December, (2023-24) totaled Rs.7,533,700 million as against Rs. "
            "6,962,865 million during the corresponding period of last year, showing an increase of 8.20%.\n")
    got = fields(text, "reporter", "year", "period_start", "period_end", pub_year=2024, pub_month=1, lang="en",
                 title="Exports increase by 35.33% to Rs 4.3 trillion in 1st half")
    assert [g[2:] for g in got] == [(2023, "2023-07", "2023-12"), (2022, "2022-07", "2022-12"), (2023, "2023-07", "2023-12")]


def test_a_headings_change_word_before_over_on_the_next_line_and_a_bracketed_same_period_are_no_own_time():
    """Rules over_heading_line and same_period_gloss (esmmagazine.com on Eurostat's euro-area trade, 2018): under the
    heading 'Export Growth', 'Over the period of January to May 2018, ...' is the figures' own period, not a base
    ('Growth\\nOver' read as a change over a time): they were of May 2017, the month in force, and then 2019; and
    '(January to May 2017)' after 'the same period the previous year' restates that base, so it does not become the
    period in force for the next sentence."""
    text = ("Goods exports were 0.8% down on the same month in the previous year, while imports from the rest of the "
            "world saw a rise of 0.7%. In May 2017, the surplus stood at €19.3 billion.\n"
            "Export Growth\n"
            "Over the period of January to May 2018, euro-area exports of goods to the rest of the world rose to €927.6 "
            "billion, which is an increase of 2.8%, compared to the previous year. Imports, valued at €847.6 billion, "
            "were also up 2.8% on the previous year.\n"
            "As a result, the euro area recorded a surplus of €80.0 billion for the period, compared with €78.0 billion "
            "in the same period the previous year (January to May 2017).\n"
            "The highest growth rate for EU28 exports was recorded in Turkey, where they were up 10.4% on the same period "
            "in the previous year.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2018, lang="en")
    assert got[3:] == [
        ("€927.6 billion", 2018, "2018-01", "2018-05"), ("2.8%", 2018, "2018-01", "2018-05"),
        ("€847.6 billion", 2018, "2018-01", "2018-05"), ("2.8%", 2018, "2018-01", "2018-05"),
        ("€80.0 billion", 2018, "2018-01", "2018-05"), ("€78.0 billion", 2017, "2017-01", "2017-05"),
        ("10.4%", 2018, "2018-01", "2018-05")]


def test_a_change_from_one_month_to_the_next_each_with_its_year_is_the_later_months():
    """Rule month_to_month_years (it-online.co.za on SARS's statistics, August 2018): 'Exports increased from May 2018 to
    June 2018 by R7,27-billion (7,1%)' is June's change on May, as 'between November and December' is (month_to_month);
    it was read as a two-month span, May to June."""
    text = ("The South African Revenue Service (SARS) has released trade statistics for June 2018 recording a trade "
            "balance surplus of R12-billion.\n\n"
            "Exports increased from May 2018 to June 2018 by R7,27-billion (7,1%) and imports decreased from May 2018 to "
            "June 2018 by R0,89-billion (0,9%).\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2018, pub_month=8, lang="en")[1:] == [
        ("R7,27-billion", 2018, "2018-06", "2018-06"), ("7,1%", 2018, "2018-06", "2018-06"),
        ("R0,89-billion", 2018, "2018-06", "2018-06"), ("0,9%", 2018, "2018-06", "2018-06")]


def test_the_preceding_quarter_is_a_base_the_quarter_before_the_figures_own():
    """Rule previous_quarter (thetimesngr.com on the NBS's trade statistics for Q3 2025): 'the N7.4 trillion recorded in
    the preceding quarter' and 'the value recorded in the preceding quarter (₦38,037.52 billion)' are of Q2 2025, as
    'the previous month' is the month before; they were read as Q3, the quarter in force."""
    text = ("The National Bureau of Statistics (NBS) says Nigeria recorded a trade surplus of N6.69 trillion in the third "
            "quarter (Q3) of 2025.\n"
            "The figure indicates a decrease of 10.36 percent compared to the N7.4 trillion recorded in the preceding "
            "quarter.\n"
            "\"Nigeria's total merchandise trade stood at ₦38,936.55 billion in Q3, 2025. This represents an increase of "
            "8.71% over the value; ₦35,818.35 billion recorded in the corresponding period of 2024 and an increase by "
            "2.36% compared to the value recorded in the preceding quarter (₦38,037.52 billion),\" the NBS said.\n")
    got = dict((g[0], g[1:]) for g in fields(text, "year", "period_start", "period_end", pub_year=2025, lang="en"))
    assert got["N7.4 trillion"] == (2025, "2025-04", "2025-06")
    assert got["₦38,037.52 billion"] == (2025, "2025-04", "2025-06")
    assert got["2.36%"] == (2025, "2025-07", "2025-09")
    assert got["₦35,818.35 billion"] == (2024, "2024-07", "2024-09")


def test_at_the_end_of_a_month_is_the_years_months_to_its_end():
    """Rule at_end_of_month (moroccolatestnews.com on the Foreign Exchange Office's indicators, August 2022): 'At the end
    of June 2022, exports of goods stood at 215.07 billion dirhams against 152.35 billion dirhams a year earlier' is
    January to June of each year, as 'by the end of June' is; it was June alone."""
    text = ("Automotive sector exports amounted to 52.84 billion dirhams (MMDH) in the first half of 2022, up 30.1% "
            "compared to a year earlier, indicates the Foreign Exchange Office.\n\n"
            "At the end of June 2022, exports of goods stood at 215.07 billion dirhams against 152.35 billion dirhams a "
            "year earlier, an increase of 41.2%.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2022, pub_month=8, lang="en")[2:] == [
        ("215.07 billion dirhams", 2022, "2022-01", "2022-06"), ("152.35 billion dirhams", 2021, "2021-01", "2021-06"),
        ("41.2%", 2022, "2022-01", "2022-06")]


def test_a_date_with_an_abbreviated_month_sets_no_month():
    """Rule abbr_month_year stays off a date (nbr.co.nz, data/web23 tuned page aj12, on New Zealand's June 2010 trade):
    the byline 'Thu, 29 Jul 2010' is no period of the figures after it."""
    text = ("Rob Hosking\nThu, 29 Jul 2010\n"
            "Merchandise trade figures released this morning by Statistics New Zealand show exports rose $552 million to "
            "$3.8 billion.\n")
    assert [g[1:] for g in fields(text, "period_start", "period_end", pub_year=2010, pub_month=7, lang="en")] == [
        (None, None), (None, None)]


def test_a_rate_after_a_from_to_pair_is_the_change_of_the_level_reached():
    """Rule growth_after_from_pair (rte.ie on the CSO's March 2013 trade figures): in 'the seasonally adjusted trade
    surplus in March rose to €3.489 billion from €3.124 billion in February - an increase of 11%' the 11% is March's
    change, not of February, the month of the amount the change started from."""
    text = ("The CSO said that the seasonally adjusted trade surplus in March rose to €3.489 billion from €3.124 billion "
            "in February - an increase of 11%.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2013, pub_month=5, lang="en") == [
        ("€3.489 billion", 2013, "2013-03", "2013-03"), ("€3.124 billion", 2013, "2013-02", "2013-02"),
        ("11%", 2013, "2013-03", "2013-03")]

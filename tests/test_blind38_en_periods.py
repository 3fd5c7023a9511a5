"""Phrasings of dates and periods found in session 38 on stored English trade news pages of outlets no
development set holds, each a rule tested on its page's sentences."""
from __future__ import annotations

from phrasing import facts, times

from tradeflows.ingest.dates import publication_date


def test_the_nth_month_of_a_fiscal_year_named_between_dashes():
    """Rule nth_month_dashed: 'Pakistan posted record goods exports of $2.35 billion in the first month – July – of
    new fiscal year 2021-22' (pakobserver.net) is July 2021, the month between dashes read as in brackets, not the
    whole fiscal year."""
    assert times("in the first month – July – of new fiscal year 2021-22") == [
        ("the first month – July – of new fiscal year 2021-22", "fiscal", 2022, 1, 1)]
    text = ("ISLAMABAD – Pakistan posted record goods exports of $2.35 billion in the first month – July – of new "
            "fiscal year 2021-22, strengthening hopes of a further improvement in remaining months.\n")
    assert [f[:5] for f in facts(text, pub_year=2021, pub_month=8)] == [
        ("$2.35 billion", "world", 2021, "2021-07", "2021-07")]


def test_a_site_banner_above_the_story_stamp_does_not_date_the_page():
    """Rule banner_under_stamp: 'Friday Nov 15, 2024' then 'Tuesday, 2 October 2012 00:14 - -' (ft.lk, a Reuters
    story on Kenya's tea): the bare date is the day the page was read; the weekday-and-clock stamp dates the story."""
    head = ("Kenya tea earnings seen up 1%, output to drop\n\nFriday Nov 15, 2024\n"
            "Tuesday, 2 October 2012 00:14 - -\nNAIROBI (Reuters): Kenya's tea export earnings are expected to rise "
            "1% year on year to 110 billion shillings ($1.30 billion) in 2012, despite a forecast drop in production, "
            "the industry regulator said on Monday.\n")
    assert publication_date(head) == ("2012-10-02", "text:byline")
    # a bare short-line date with no stamp under it still dates the page
    assert publication_date("Kenya tea earnings\n\nFriday Nov 15, 2024\nNAIROBI - Kenya's tea exports fell.\n")[0] \
        == "2024-11-15"


def test_a_rolling_year_ending_on_a_day_written_before_its_month():
    """Rule rolling_day_first: 'food and fibre export earnings reached a record value of $57.4 billion for the year
    to 30 June' (ziney.co, New Zealand, August 2023) is July 2022 - June 2023; 'in the year ended 30 June 2023'
    and 'the 12 months to 31 March' the same, the day before the month."""
    assert times("for the year to 30 June") == [("year to 30 June", "month_range", None, 7, 6)]
    assert times("in the year ended 30 June 2023") == [("year ended 30 June 2023", "month_range", 2023, 7, 6)]
    assert times("in the 12 months to 31 March") == [("12 months to 31 March", "month_range", None, 4, 3)]
    assert times("in the year to 31 December 2022") == [("year to 31 December 2022", "year", 2022, 1, 12)]
    text = ("Primary sector export revenue has grown.  The Government says food and fibre export earnings reached a "
            "record value of $57.4 billion for the year to 30 June.\n")
    assert facts(text, pub_year=2023, pub_month=8) == [("$57.4 billion", "world", 2023, "2022-07", "2023-06")]


def test_an_nth_month_in_digits_of_a_restated_fiscal_year():
    """Rules nth_month_digits and nth_month_restated: 'Bangladesh shipped goods worth 2.78 billion U.S. dollars in
    April, the 10th month of the current fiscal year 2016-17 (July 2016-June 2017), which was about 3.49 percent
    higher than the same month a year ago' (en.chinagate.cn, a Xinhua text of May 2017): the tenth month of a
    July-June year is April 2017, and the year restated in brackets after it does not make the rate the whole
    year's."""
    assert times("in April, the 10th month of the current fiscal year 2016-17 (July 2016-June 2017), which")[1:] == [
        ("the 10th month of the current fiscal year 2016-17 (July 2016-June 2017", "fiscal", 2017, 10, 10)]
    text = ("Bangladesh shipped goods worth 2.78 billion U.S. dollars in April, the 10th month of the current fiscal "
            "year 2016-17 (July 2016-June 2017), which was about 3.49 percent higher than the same month a year ago, "
            "said the official who preferred to be unnamed.\n")
    assert facts(text, pub_year=2017, pub_month=5) == [
        ("2.78 billion U.S. dollars", "world", 2017, "2017-04", "2017-04"),
        ("about 3.49 percent higher", "world", 2017, "2017-04", "2017-04")]


def test_a_calendar_year_ending_in_a_year():
    """Rule year_ending_year: "Uganda's export revenue of goods and services was US$ 6.0484 billion for the calendar
    year ending 2022, of which export of goods merchandise was worth US$ 4.272 billion" (watchdoguganda.com, June
    2023) is 2022; 'the fiscal year ended 2022' names no calendar year."""
    assert times("for the calendar year ending 2022, of which") == [("calendar year ending 2022", "year", 2022, 1, 12)]
    assert times("in the fiscal year ended 2022") == []
    text = ("He revealed that Uganda's export revenue of goods and services was US$ 6.0484 billion for the calendar "
            "year ending 2022, of which export of goods merchandise was worth US$ 4.272 billion.\n")
    assert facts(text, pub_year=2023, pub_month=6) == [
        ("US$ 6.0484 billion", "world", 2022, "2022-01", "2022-12"),
        ("US$ 4.272 billion", "world", 2022, "2022-01", "2022-12")]


def test_a_change_between_two_periods_is_of_the_later():
    """Rule between_periods: 'Exports of goods to non-EU countries decreased by £1.7bn, or 3.8 per cent, between the
    three months to June 2017 and the three months to September 2017' (cityam.com, ONS figures): the first period
    is the base; the change is of July-September 2017."""
    text = ("Exports of goods to non-EU countries decreased by £1.7bn, or 3.8 per cent, between the three months to "
            "June 2017 and the three months to September 2017.\n")
    assert facts(text, pub_year=2017, pub_month=11) == [
        ("£1.7bn", "non-EU countries", 2017, "2017-07", "2017-09"),
        ("3.8 per cent", "non-EU countries", 2017, "2017-07", "2017-09")]
    assert [f[2:] for f in facts("Exports rose 5% between 2016 and 2017.\n", pub_year=2018)] == [
        (2017, "2017-01", "2017-12")]


def test_a_base_value_with_a_one_letter_currency_glued():
    """Rule letter_sign_base_value: 'the total exports increased by 60.78 per cent compared to the N6,435.15 billion
    recorded in the second quarter of 2023 and by 74,36 per cent compared to the corresponding quarter in
    2022(N5,934.15 billion)' (dailypost.ng, December 2023): the quarter after the naira value is a base, so it
    does not become the period in force; the corresponding quarter of 2022 is the third, and 'total imports under
    review' in the next paragraph are of the third quarter of 2023."""
    text = ("Nigeria's exports grew by 60 per cent as total trade hits N18bn in Q3 2023\n\n"
            "Nigeria's total exports in the third quarter of 2023 increased by 60.78 per cent, valued at N10,346.60 "
            "billion, as the country's total trade stood at N18,804.29 billion.\n\n"
            "According to the report, the total exports increased by 60.78 per cent compared to the N6,435.15 billion "
            "recorded in the second quarter of 2023 and by 74,36 per cent compared to the corresponding quarter in "
            "2022(N5,934.15 billion).\n\n"
            "Meanwhile, Nigeria's total imports under review stood at N8,457.68 billion, a 47.70 per cent increase "
            "from the value recorded in Q2 2023, which stood at N5,726.25 billion.\n")
    got = {f[0]: f[2:] for f in facts(text, pub_year=2023, pub_month=12)}
    assert got["N5,934.15 billion"] == (2022, "2022-07", "2022-09")
    assert got["N6,435.15 billion"] == (2023, "2023-04", "2023-06")
    assert got["N8,457.68 billion"] == (2023, "2023-07", "2023-09")
    assert got["47.70 per cent"] == (2023, "2023-07", "2023-09")
    assert got["N5,726.25 billion"] == (2023, "2023-04", "2023-06")


def test_a_count_of_months_named_by_the_flow_they_total():
    """Rule month_count_flow: 'But despite the recovery in September, nine-month exports remained lower than a year
    ago, hitting $41.691 billion or down 6.2 percent from $44.46 billion last year' (inquirer.net, PSA figures of
    September 2016) is January-September, not September."""
    assert times("nine-month exports remained lower") == [("nine-month", "months", None, 1, 9)]
    text = ("Preliminary data from Philippine Statistics Authority (PSA) showed that outbound shipments of local goods "
            "grew 5.1 percent to $5.211 billion in September from $4.96 billion a year ago.\n\n"
            "But despite the recovery in September, nine-month exports remained lower than a year ago, hitting "
            "$41.691 billion or down 6.2 percent from $44.46 billion last year.\n")
    got = {f[0]: f[2:] for f in facts(text, pub_year=2016, pub_month=11)}
    assert got["$41.691 billion"] == (2016, "2016-01", "2016-09")
    assert got["6.2 percent"] == (2016, "2016-01", "2016-09")
    assert got["$44.46 billion"] == (2015, "2015-01", "2015-09")
    assert got["$5.211 billion"] == (2016, "2016-09", "2016-09")


def test_to_date_opening_a_sentence_is_the_year_so_far():
    """Rule to_date_opener: 'To date, total export revenues increased by 9.9 percent from US$42.4 billion in the
    same period last year to US$46.6 billion' (neda.gov.ph, after September 2014's figures) is January-September
    2014; 'the highest to date' inside a sentence names no period."""
    assert times("Exports rose. To date, total export revenues increased by 9.9 percent")[0][:2] == (
        "To date", "year_to_date")
    assert times("the highest to date, exports rose by 9.9 percent") == []
    text = ("MANILA— Philippine merchandise exports grew by 15.7 percent in September 2014, once again topping "
            "trade-oriented economies in East and Southeast Asia since June.\n\n"
            "To date, total export revenues increased by 9.9 percent from US$42.4 billion in the same period last "
            "year to US$46.6 billion.\n")
    got = {f[0]: f[2:] for f in facts(text, pub_year=2014, pub_month=11)}
    assert got["9.9 percent"] == (2014, "2014-01", "2014-09")
    assert got["US$46.6 billion"] == (2014, "2014-01", "2014-09")
    assert got["US$42.4 billion"] == (2013, "2013-01", "2013-09")


def test_same_period_reads_whole_words_only():
    """Rule same_period_word: 'when compared to the same period in August 2022, there has been a 10.91% decrease in
    export value' (asianmirror.lk, September 2023) read 'same period in A' (the article "a" matched August's first
    letter) and dated the fall 2022; August 2022 is the base, the fall is of August 2023."""
    assert times("when compared to the same period in August 2022, there")[0] == (
        "same period in", "same_period", None, 1, 12)
    text = ("Sri Lanka's merchandise exports have displayed promising growth, marking a 6.98% increase to reach USD "
            "1,091.6 million in August 2023 compared to the previous month, according to the Export Development Board "
            "(EDB).\n\nWhile this increase is a positive development, the EDB also noted that when compared to the "
            "same period in August 2022, there has been a 10.91% decrease in export value.\n")
    got = {f[0]: f[2:] for f in facts(text, pub_year=2023, pub_month=9)}
    assert got["10.91%"] == (2023, "2023-08", "2023-08")


def test_a_likeness_word_right_before_a_dated_period():
    """Rule same_before_period: 'Alan McQuaid ... pointed out yesterday that this was more than €1.6 billion ahead of
    the €19.94 billion surplus recorded during the same nine-month period in 2006' (irishtimes.com, November 2007):
    'the same' before 'nine-month period in 2006' makes it a base, so the €1.6 billion lead is of January-September
    2007 (was 2006) and the €19.94 billion surplus stays the base's."""
    assert times("recorded during the same nine-month period in 2006.")[0] == (
        "nine-month period in 2006", "months", 2006, 1, 9)
    text = ("The numbers show that the Republic's trade surplus - the difference between exports and imports - for "
            "the first nine months of the year was €21.545 billion.\n\n"
            "Alan McQuaid, chief economist with Bloxham Stockbrokers, pointed out yesterday that this was more than "
            "€1.6 billion ahead of the €19.94 billion surplus recorded during the same nine-month period in 2006.\n")
    got = {f[0]: f[2:] for f in facts(text, pub_year=2007, pub_month=11)}
    assert got["€21.545 billion"] == (2007, "2007-01", "2007-09")
    assert got["more than €1.6 billion"] == (2007, "2007-01", "2007-09")
    assert got["€19.94 billion"] == (2006, "2006-01", "2006-09")


def test_the_year_so_far_goes_on_with_the_month_in_force():
    """Rule year_to_date_in_force: after 'The trade balance for August hit a surplus of $5.599 billion', 'In
    year-to-date terms, exports amounted to $145.9 billion ...' runs January-August, and so does the next sentence
    of its paragraph, 'Imports, in turn, totalled $97.8 billion on the same basis of comparison, 7.3% above the
    amount for the same period of 2016' (poandpo.com, Brazil, September 2017; was August alone)."""
    text = ("Brazilian trade balance hit a $48.1 billion surplus from January to August, the highest for the period "
            "since the beginning of the time series in 1989.\n"
            "The trade balance for August hit a surplus of $5.599 billion, also a historical record for the month.\n"
            "In year-to-date terms, exports amounted to $145.9 billion, an 18.1% increase over the same period last "
            "year. Imports, in turn, totalled $97.8 billion on the same basis of comparison, 7.3% above the amount "
            "for the same period of 2016.\n")
    got = {f[0]: f[2:] for f in facts(text, pub_year=2017, pub_month=9)}
    assert got["$5.599 billion"] == (2017, "2017-08", "2017-08")
    assert got["$145.9 billion"] == (2017, "2017-01", "2017-08")
    assert got["$97.8 billion"] == (2017, "2017-01", "2017-08")
    assert got["7.3%"] == (2017, "2017-01", "2017-08")

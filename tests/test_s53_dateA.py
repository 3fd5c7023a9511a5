"""Session 53, dateA: publication dates read from the page in forms the reader missed (ingest.dates rules
numeric_short_year, slug_ymd, lead_title_capital, and dateline_url_year taking the address's day). Texts are from
stored pages outside the development sets (the `search` corpus "pages"); each test names its address."""
import pytest

from tradeflows.ingest.dates import date_of_url, publication_date

# https://bm.ge/en/news/israeli-exports-rise-24-after-unprecedented-recovery/91954: a stamp with a two-digit year and
# the clock after it, under the title (rule numeric_short_year)
BMGE = ("TV Live Menu\nLoading data...\n\n"
        "Israeli Exports Rise 24% after 'Unprecedented' Recovery\n\n"
        "28.09.21 23:00\n"
        "Israeli exports of goods and services rose 24% in the first half of 2021 to $67.6 billion compared to the same "
        "period in 2020, the Economy and Industry Ministry said.\n")


def test_short_year_stamp():
    assert publication_date(BMGE, "https://bm.ge/en/news/israeli-exports-rise-24-after-unprecedented-recovery/91954",
                            "en") == ("2021-09-28", "text:numeric_short_year")


# https://daily.com.ua/business/14-12-20211130363: the same stamp with a dash before the clock, on a Russian page
DAILY = ("Украинский экспорт достиг довоенного показателя\n\n15.12.21 - 07:46\n\n"
         "В 2021 году Украина впервые с начала военных действий на Донбассе нарастила объем экспорта до уровня 2013 "
         "года.\n")


def test_short_year_stamp_russian():
    assert publication_date(DAILY, None, "ru") == ("2021-12-15", "text:numeric_short_year")


def test_short_year_inside_running_text_is_no_stamp():
    # the same sentence with the digits inside a long line: a version or a code in running text, not a stamp
    text = ("Israeli exports of goods and services rose 24% in the first half of 2021 to $67.6 billion, the ministry "
            "said in release 28.09.21 of its series.\n")
    assert publication_date(text, None, "en") == (None, None)


# http://www.engineeringnews.co.za/article/i-cant-explain-you-would-not-understand-2017-09-26 (Creamer Media, the
# publisher of polity.org.za): a padded dashed date closing the slug (rule slug_ymd)
ENGNEWS = "http://www.engineeringnews.co.za/article/i-cant-explain-you-would-not-understand-2017-09-26"


def test_slug_date():
    assert date_of_url(ENGNEWS) == "2017-09-26"
    text = "If anything, I have, in the words of British rock band Pink Floyd, \u201cbecome comfortably numb\u201d.\n"
    assert publication_date(text, ENGNEWS, "en") == ("2017-09-26", "sources.csv:url")


def test_byline_wins_over_slug_date():
    # the same page prints its own date, "6th October 2017", under the title: the byline dates the page
    text = ("https://www.engineeringnews.co.za\n\nI can\u2019t explain \u2013 you would not understand\n\n"
            "6th October 2017\n\nBy: Riaan de Lange\n\n"
            "If anything, I have, in the words of British rock band Pink Floyd, \u201cbecome comfortably numb\u201d.\n")
    assert publication_date(text, ENGNEWS, "en") == ("2017-10-06", "text:byline")


@pytest.mark.parametrize("url, want", [
    ("https://mogilevnews.by/news/11-12-2018-11-19/54266", "2018-12-11"),   # the day first, the clock after it
    ("https://www.example.org/reports/fiscal-2019-20-outlook", None),        # a split year, no date
])
def test_slug_date_needs_a_word_before(url, want):
    assert date_of_url(url) == want


# https://agronews.com/by/ru/news/agrosfera/2019-12-03/41088: the story's first sentence; the page's date opening the
# line before a capitalised title with one space between, as damol.pro prints it ("27.11.2020 К 2030 году ...",
# rule lead_title_capital)
AGRONEWS = ("03.12.2019 За текущий год Беларусь отправила на экспорт молочной продукции на 1,7 млрд долларов. "
            "Прирост составил 16,1%.\n")


def test_lead_date_before_capital_title():
    assert publication_date(AGRONEWS, None, "ru") == ("2019-12-03", "text:lead")


def test_lead_date_before_lower_case_word_is_not_a_title():
    # "03.12.2019 г. ..." goes on as a sentence (a photo's caption, an event's date): not read as the page's date
    text = "03.12.2019 г. за текущий год Беларусь отправила на экспорт молочной продукции на 1,7 млрд долларов.\n"
    assert publication_date(text, None, "ru") == (None, None)


# http://www.canadanewsagency.com/Economics/3175.html: a Xinhua dateline; the address is the Xinhua form
# (/english/YYYY-MM/DD/) dated the day after, as Beijing publishes a story filed in Ottawa the evening before
CNA = ("OTTAWA, Oct. 5 -- Canada reported a surplus of 526 million Canadian dollars (406.5 million U.S. dollars) in "
       "August, the first since December 2016, Statistics Canada announced Friday.\n")


def test_dateline_takes_the_address_day():
    assert publication_date(CNA, "http://www.xinhuanet.com/english/2018-10/06/c_137514000.htm", "en") == (
        "2018-10-06", "text:dateline_url_year")


@pytest.mark.parametrize("stamp, day", [("28.09.21 23:00", "2021-09-28"), ("28.09.68 23:00", "2068-09-28"),
                                        ("28.09.69 23:00", "1969-09-28"), ("28.09.99 23:00", "1999-09-28")])
def test_short_year_century_is_posix_not_the_build_day(stamp, day):
    # the same page with its stamp's year changed: the century follows strptime's %y pivot (00-68 -> 20xx), so a
    # rebuild in any year reads one date (it once followed the day the build ran)
    assert publication_date(BMGE.replace("28.09.21 23:00", stamp), None, "en") == (day, "text:numeric_short_year")

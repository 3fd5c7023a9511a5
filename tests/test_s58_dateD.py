"""Session 58, dateD: publication dates read from a page's address and head (ingest/dates.py).

Addresses and lines are real, from stored pages outside the development sets (the address of each is cited).
"""
from __future__ import annotations

import pytest

from tradeflows.ingest.dates import date_of_url, publication_date, url_date, year_of_url


# rule slug_compact: eight digits glued to a slug's letters or after its dash, year first, a serial after them
@pytest.mark.parametrize("url, expected", [
    # https://m-en.yna.co.kr/view/AEN20201021001751320 ("Exports fall 5.8 pct in first 20 days of October", 2020-10-21)
    pytest.param("https://m-en.yna.co.kr/view/AEN20201021001751320", "2020-10-21", id="yonhap-letters-serial"),
    # https://www.forexlive.com/news/south-korean-exports-39-so-far-in-august-20220822/
    pytest.param("https://www.forexlive.com/news/south-korean-exports-39-so-far-in-august-20220822/", "2022-08-22",
                 id="forexlive-after-dash"),
    # https://www.forexlive.com/news/!/australia-preliminary-exports-data-for-march-8-20200423: the data month's
    # "march-8" is not read; the stamp after it is
    pytest.param("https://www.forexlive.com/news/!/australia-preliminary-exports-data-for-march-8-20200423",
                 "2020-04-23", id="forexlive-data-month-before"),
    # https://www.brecorder.com/news/40174974/south-korea-may-1-20-exports-rise-241-yy-trade-deficit-at-48bn: an
    # article number is no date
    pytest.param("https://www.brecorder.com/news/40174974/south-korea-may-1-20-exports-rise-241-yy-trade-deficit-at-48bn",
                 None, id="brecorder-number-no-date"),
])
def test_slug_compact(url, expected):
    assert date_of_url(url) == expected


def test_slug_compact_dates_a_dateline():
    # https://m-en.yna.co.kr/view/AEN20201021001751320: the dateline names no year; the address's date gives it
    head = ("(LEAD) Exports fall 5.8 pct in first 20 days of October\n"
            "SEJONG, Oct. 21 (Yonhap) -- South Korea's exports fell 5.8 percent on-year in the first 20 days of "
            "October amid the fallout from the new coronavirus outbreak, customs data showed Wednesday.\n")
    assert publication_date(head, "https://m-en.yna.co.kr/view/AEN20201021001751320") == (
        "2020-10-21", "text:dateline_url_year")


def test_ym_unpadded_month():
    # https://mid.gospmr.org/ru/archive/all/2014/4//en/node/7898?page=6: an archive of April 2014, its month unpadded
    assert date_of_url("https://mid.gospmr.org/ru/archive/all/2014/4//en/node/7898?page=6") == "2014-04"


# rule url_year: a folder of the page's own address that is a year and no more
ARKANSAS = "http://www.arkansasonline.com/news/2021/mar/06/us-trade-deficit-widens-by-19/"


def test_url_year():
    # http://www.arkansasonline.com/news/2021/mar/06/us-trade-deficit-widens-by-19/ (the month a word: no day read)
    head = ("U.S. trade deficit widens by 1.9%\n\n"
            "Imports of goods hit record $221B in January, report says\n")
    assert date_of_url(ARKANSAS) is None
    assert year_of_url(ARKANSAS) == "2021"
    assert publication_date(head, ARKANSAS) == ("2021", "sources.csv:url_year")


def test_url_year_not_from_an_address_in_the_text():
    # the same address cited inside a page's text dates no page by its year folder
    assert url_date(f"Source: {ARKANSAS}") is None


# rule byline_by_below: a date alone on the line under the author's line
def test_byline_by_below():
    # https://ww3.fijivillage.com/news/Non-sugar-export-brought-1213-million-last-year-8f4rx5
    head = ("Non-sugar export brought $121.3 million last year\n\n"
            "Non-sugar export brought $121.3 million last year\n\n"
            "By Shanil Singh\n"
            "Wednesday 22/06/2022\n"
            "[Image: File Photo]\n\n"
            "With Fiji’s non-sugar agriculture export earnings raking in $121.3 million last year, farmers from four "
            "villages in Sigatoka are being urged to grow high-value crops with lucrative export markets.\n")
    assert publication_date(head) == ("2022-06-22", "text:byline")


def test_byline_by_below_under_a_site_clock():
    # the same stored page with the site's clock line above the story, as fijivillage.com pages print it when saved
    # from the browser (adapted: the stored copy above lacks that line); without the rule the clock dates the page
    head = ("17 March, 2026, 7:43 am\n\n"
            "Non-sugar export brought $121.3 million last year\n\n"
            "By Shanil Singh\n"
            "Wednesday 22/06/2022\n"
            "[Image: File Photo]\n\n"
            "With Fiji’s non-sugar agriculture export earnings raking in $121.3 million last year, farmers from four "
            "villages in Sigatoka are being urged to grow high-value crops with lucrative export markets.\n")
    assert publication_date(head) == ("2022-06-22", "text:byline")


# vocab/ru/patterns.csv wordy_date: a Russian month cut short, dashes round it
# https://molbulak.ru/news/tadzhikistan/otmechen-sushchestvennyy-rost-tovarooborota-mezhdu-uzbekistanom-i-tadzhikistanom
MOLBULAK = ("Товарооборот между УЗ и РТ увеличился более чем в 4 раза за 2 месяца текущего года, и составил порядка "
            "3.7 миллионов долларов, несмотря на кризис.\n")


def test_russian_short_month_dashed():
    # "28-фев-2020 18:39:58": the Russian-locale stamp "DD-MON-YYYY" with its clock, as a public file prints it
    # (find_string id 20728441991), on a short line of its own above the story
    assert publication_date("28-фев-2020 18:39:58\n" + MOLBULAK, lang="ru") == ("2020-02-28", "text:byline")


def test_russian_story_without_a_date_stays_undated():
    # "за 2 месяца текущего года": no day, month and year written together, no date of the page
    assert publication_date(MOLBULAK, lang="ru") == (None, None)

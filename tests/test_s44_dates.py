"""Publication dates, session 44: forms that failed on the tuned pages (a site's clock or "today" banner taken for the
story's date, dates in an address's path not read), each a named rule, tested on real pages' lines."""
from __future__ import annotations

from tradeflows.ingest.dates import date_of_url, publication_date

# radio.gov.pk (data/web31 tuned page az10): the site's clock on the first line, the story's date under the title
_RADIO_PAKISTAN = ("Saturday, 08 August 2020, 01:16:56 pm\n"
                   "Rice worth $ 2.024bn exported in 11 months of FY 2019-20\n"
                   "July 06, 2020\n"
                   "File Photo\n"
                   "Rice exports from the country during 11 months of fiscal year 2019-20 increased 5.05 percent as "
                   "compared the exports of the corresponding period of last year.\n")


def test_a_clock_banner_loses_to_the_date_under_the_title():
    """Rule today_banner (ingest/dates.py): a weekday's date with the site's clock, above the title, is the day the
    page was read; the earlier date standing alone under the title dates the story (it had dated the page 2020-08-08,
    and the page's 'last year' with it)."""
    assert publication_date(_RADIO_PAKISTAN) == ("2020-07-06", "text:byline")


def test_a_today_banner_above_an_older_story_date():
    """Rule today_banner / stale_banner (archive.thedailystar.net, an archive page; stored page of the `search` tool):
    'Tuesday, December 6, 2016' is the archive's date of the day, the story's own 'Tuesday, June 17, 2008' under it."""
    text = ("The Daily Star\n\nYour Right To Know\nTuesday, December 6, 2016\nTuesday, June 17, 2008\n\n"
            "Sri Lanka's trade deficit widened to more than two billion dollars in the first four months of the year "
            "as imports of oil erased export gains, central bank figures showed Monday.\n")
    assert publication_date(text) == ("2008-06-17", "text:byline")


def test_a_banner_never_gives_way_to_a_later_date_under_it():
    """Rule today_banner, its bound: only an earlier date under the banner dates the story (a banner is the day the
    page was read, never before the story); a later one leaves the banner's date."""
    text = _RADIO_PAKISTAN.replace("July 06, 2020", "August 10, 2020")
    assert publication_date(text) == ("2020-08-08", "text:byline")


_EMIRATES = ("4.29 PM Thursday, 25 April 2024\n"
             "  • City Fajr Shuruq Duhr Asr Magrib Isha\n"
             "  • Dubai 04:26 05:44 12:20 15:47 18:50 20:08\n"
             "25 April 2024\n"
             "Qatar’s LNG income triples in five years\n"
             "Published\n"
             "By Nadim Kawach\n"
             "A surge in production nearly tripled Qatar’s income from liquefied natural gas (LNG) exports in five "
             "years.\n"
             "From around QR19.8 billion (Dh20 billion) in 2004, the Gulf country’s revenue from LNG sales rocketed by "
             "nearly 197 per cent to QR58.8 billion (Dh59.5 billion) in 2008.\n")


def test_a_clock_banner_years_after_the_story_and_its_copy_date_nothing():
    """Rule stale_banner with clock_banner (ingest/page_year.py; emirates247.com, data/web27 tuned page ar09): the
    site's clock before a weekday's date, 16 years after the story's 2008, and the same date alone under it, are the
    day the page was read: the page is undated (it had been dated 2024-04-25)."""
    assert publication_date(_EMIRATES) == (None, None)


def test_a_clock_banner_of_the_story_years_stays_the_date():
    """Rule stale_banner, its bound: the same banner within a year of the story's years stays the page's date."""
    assert publication_date(_EMIRATES.replace("2024", "2009")) == ("2009-04-25", "text:byline")


def test_a_dashed_day_month_name_year_segment_dates_the_page():
    """Rule dashed_dmy_name (URL_DATE_RULES; nawaiwaqt.com.pk, stored pages of the `search` tool; timesofislamabad.com
    and nation.com.pk in the data sets write the same)."""
    assert date_of_url("https://nawaiwaqt.com.pk/01-Sep-2021/1408304?version=amp") == "2021-09-01"
    assert date_of_url("https://nawaiwaqt.com.pk/31-Jan-2020/1113729") == "2020-01-31"


def test_a_dashed_day_month_year_segment_dates_the_page_day_first():
    """Rule dashed_dmy (radio.gov.pk, data/web31 tuned page az10; mogilevnews.by, data/ruweb13 tuned page am01, with
    the clock after it): day first, as the text's '06-07-2020' is read."""
    assert date_of_url("http://www.radio.gov.pk/06-07-2020/rice-worth-2024bn-exported") == "2020-07-06"
    assert date_of_url("https://mogilevnews.by/news/11-12-2018-11-19/54266") == "2018-12-11"
    assert date_of_url("http://example.org/news/31-13-2018/x") is None   # no 13th month


def test_a_dashed_year_month_segment_is_the_month_never_a_split_year():
    """Rule ym_dashed (russian-trade.com, data/ruweb9 tuned page ac09; investhungary.com, data/web17 tuned page aa11):
    '/2014-10/' is October 2014; '/2010-11/' is fiscal 2010-11 as well as November 2010 and is not read; Xinhua's
    '/2019-09/05/' keeps its day (rule ym_d before it)."""
    assert date_of_url("https://russian-trade.com/news/2014-10/za-9-mesyatsev-obem-torgovli") == "2014-10"
    assert date_of_url("http://investhungary.com/2010-08/trade-balance-showed-surplus") == "2010-08"
    assert date_of_url("http://example.org/budget/2010-11/estimates") is None
    assert date_of_url("http://www.xinhuanet.com/english/2019-09/05/c_138367413.htm") == "2019-09-05"


def test_a_compact_day_first_date_before_a_slug():
    """Rule compact_dmy (rubaltic.ru, data/ruweb7 tuned page b10; asia-today.news before): '/09022023-rossiya-...' is
    9 February 2023, as '/25012024/' is 25 January 2024."""
    assert date_of_url("https://rubaltic.ru/news/09022023-rossiya-perestala-byt-krupneyshim") == "2023-02-09"
    assert date_of_url("https://asia-today.news/25012024/") == "2024-01-25"

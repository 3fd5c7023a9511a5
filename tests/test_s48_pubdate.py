"""Session 48, pubdate: a page's date years after the story it carries is a later stamp (refresh, "today" banner),
no publication date (ingest.dates rule stale_stamp; page_year rule stale_banner with a space before the comma)."""
import pytest

from tradeflows.ingest.dates import publication_date
from tradeflows.ingest.page_year import stale_banners

# archive.urbc.ru/56754-post56754.html (a stored page of another outlet): the story's own date over figures of the same
# year stays the page's date
URBC = ("В январе – апреле 2003 года внешнеторговый оборот Челябинской области составил $1.022,4 млн.\n\n"
        "21 июня 2003 (11:30)\n\n"
        "По данным Уральского таможенного управления в январе – апреле 2003 г. внешнеторговый оборот Челябинской "
        "области составил $1.022,4 млн. (134,5% к аналогичному периоду 2002 г.), в том числе экспорт – $793,4 млн. "
        "(139,3%), импорт – $229 млн. (120,1%).\n")


def test_story_date_kept():
    assert publication_date(URBC, None, "ru") == ("2003-06-21", "text:byline")


REFRESH_STAMP = (  # afn.today (ruweb18 aw01): "Последнее обновление" two decades after the story's 2002
    "Последнее обновление: 23.11.2024 14:59\n"
    "Поступательно развивался в 2002 году внешнеполитический диалог между Республикой Беларусь и странами "
    "Латинской Америки.\n"
    "По информации МИД, за 10 месяцев 2002 года товарооборот Беларуси с Латинской Америкой составил 226 млн. "
    "долларов США.\n")
BARE_DATE = (  # polity.org.za (web10 k08): "26 April 2017" over a story of December 2010
    "26 April 2017\nArticle by: Creamer Media Reporter\n"
    "South Africa recorded a trade surplus of R10,3-billion in December, as exports stood at R53,9-billion.\n"
    "This compared with a trade surplus of R8,4-billion in November 2010.\n"
    "The overall surplus for 2010 was R5-billion compared with a deficit of R27,3-billion in 2009.\n")


@pytest.mark.parametrize("text, language", [(REFRESH_STAMP, "ru"), (BARE_DATE, "en")],
                         ids=["refresh_stamp_after_story", "bare_date_over_older_story"])
def test_later_stamp_dates_nothing(text, language):
    assert publication_date(text, None, language) == (None, None)


def test_one_old_year_keeps_the_date():
    # nbr.co.nz (web23 aj12): the story names no year of its own, an old peak once
    text = ("Rob Hosking\nThu, 29 Jul 2010\nThe country's trade balance is returning to the black.\n"
            "Exports are now close to their previous peak reached in late 2008.\n")
    assert publication_date(text, None, "en")[0] == "2010-07-29"


def test_banner_with_space_before_comma():
    # uneath.com (web28 at09): "Sunday , June 13 2021" over Colombia's September 2018
    text = ("Sunday , June 13 2021\nImports grew 8.4% in September.\n"
            "In September 2018, Colombia's trade deficit reached $ 391.2 million. In September 2017, the deficit was "
            "$ 186.2 million.\n")
    assert stale_banners(text) == {"June 13 2021"}
    assert publication_date(text, None, "en") == (None, None)

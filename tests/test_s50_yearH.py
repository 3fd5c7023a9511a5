"""Session 50 (yearH): the year a record is counted from ("since March 2015", "с марта 2015 года") is no time an
undated page speaks from (ingest/page_year.py rule since_year; vocab/ru/patterns.csv not_now)."""
from tradeflows.ingest.page_year import text_year
from tradeflows.vocab import using_language

# minfin.com.ua/ua/2010/07/13/190742 (a story whose only year in these sentences is the one the record counts from)
MINFIN = ("Согласно отчету, импорт страны превысил экспорт на 4,8%, до $42,3 млрд. Это самый большой дефицит внешней "
          "торговли с ноября 2008 года, в то время как аналитики Вол Стрит прогнозировали цифру в $39 млрд.")
# sltrib.com/home/3854296-155/trade-deficit-in-march-is-smallest
SLTRIB = ("The trade deficit narrowed to $40.4 billion in March, a drop of 13.9 percent from February, the Commerce "
          "Department reported Wednesday. It was the smallest trade gap since November 2014.")


def test_since_month_year_is_no_page_year_ru():
    with using_language("ru"):
        assert text_year(MINFIN) is None


def test_since_month_year_is_no_page_year_en():
    assert text_year(SLTRIB) is None


def test_compared_with_year_still_a_base_ru():
    # "по сравнению с 2015 годом" is a base (the page speaks from a later year), not a "since"
    with using_language("ru"):
        assert text_year("Товарооборот вырос на 12% по сравнению с 2015 годом.") == 2016


def test_in_year_still_counts_ru():
    with using_language("ru"):
        assert text_year(MINFIN + " В 2010 году импорт вырос.") == 2010

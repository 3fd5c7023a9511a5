"""Session 50 (yearH): the year a record is counted from ("since March 2015", "с марта 2015 года") is no time an
undated page speaks from (ingest/page_year.py rule since_year; vocab/ru/patterns.csv not_now)."""
from phrasing import ru_spans as spans
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


# "с <месяца> YYYY года" after a record's words: the month a record is counted from is no period of the figure (rule
# since_month_record, facts/periods_local.py), unless a "когда" clause dates a figure of its own by it (since_when_clause)
BELTA = ("Двусторонняя торговля РФ с Евросоюзом в июне 2024 года сократилась до 4,9 млрд евро: на 10% в сравнении с "
         "маем. Это минимум с сентября 1999 года, когда товарооборот составлял 4,6 млрд евро.")


def _local(text):
    from tradeflows.facts.periods_local import find_local_times
    aside = []
    got = find_local_times("ru", text, 0, len(text), aside)
    return [(text[t.start:t.end], t.year, t.m1) for t in got], [(text[t.start:t.end], t.via) for t in aside]


def test_since_month_of_a_record_is_set_aside():
    # minfin.com.ua/ua/2010/07/13/190742
    assert _local(MINFIN) == ([], [("ноября 2008 года", "since_month_record")])
    # a superlative with its noun between ("максимальным ростом с марта 2015 года") is a record's word too
    assert _local("Объем импорта повысился на 2,3%, что стало максимальным ростом с марта 2015 года.") == \
        ([], [("марта 2015 года", "since_month_record")])


def test_since_month_dated_by_a_when_clause_keeps_its_month():
    # belta.by/amp/socium/view/tovarooborot-rossii-i-es-upal-do-minimuma-vpervye-s-oseni-1999-goda-655992-2024
    times, aside = _local(BELTA)
    assert ("сентября 1999 года", 1999, 9) in times and aside == []
    got = {g[0]: g[:4] for g in spans(BELTA)}
    assert got["4,6 млрд евро"] == ("4,6 млрд евро", 1999, "1999-09", "1999-09")
    assert got["4,9 млрд евро"] == ("4,9 млрд евро", 2024, "2024-06", "2024-06")


def test_a_plain_month_after_s_is_still_a_period():
    assert _local("Товарооборот с января по март 2019 года вырос на 5%.")[0] == [("с января по март 2019 года", 2019, 1)]


def test_undated_page_with_only_a_since_year_gives_no_year():
    # sltrib.com (the two sentences alone, as a page with no date): "in March" was dated March 2014 by the record's
    # "since November 2014"; the page gives no anchor, so the month has no year (GUIDELINES: null if undeterminable)
    from phrasing import year_spans
    got = year_spans(SLTRIB)
    assert got["$40.4 billion"] == (None, None, None, "unknown")
    assert got["13.9 percent"] == (None, None, None, "unknown")
    # dated, the page's own year stands
    assert year_spans(SLTRIB, 2016, 5)["$40.4 billion"] == (2016, "2016-03", "2016-03", "bare_month")

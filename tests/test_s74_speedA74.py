"""Session 74, speedA74: rule report_period ("за отчетный период", "в отчетном периоде": the period the page opens
with) read the text before each such phrase again, so a text repeating the phrase n times cost n readings of its
prefix (make fuzz's worst growth 3.82 of its limit 4). The lead is now the text's own, read once
(facts/periods_local._lead_period, a cache of four texts keyed by the text itself), and a phrase takes it when it ends
before the phrase. The dump of every development set is the same.

CONSTRUCTED sentences in the shape of Russian customs summaries.
"""
from tradeflows.facts import periods_local
from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import using_language

REPEATED = ("В отчетном периоде экспорт за январь-март 2023 года вырос на 5%, а в отчетном периоде импорт снизился "
            "на 3%. ")


def _times(text: str, report: bool = True) -> list[tuple]:
    with using_language("ru"):
        return [(t.kind, t.start, t.end, t.year, t.m1, t.m2, t.base)
                for t in periods_local.find_local_times("ru", text, report=report)]


def test_the_lead_is_read_once_a_text_however_many_phrases(monkeypatch):
    periods_local._lead_period.cache_clear()
    calls = []
    real = periods_local.find_local_times

    def counting(*args, **kwargs):
        calls.append(kwargs.get("report", True))
        return real(*args, **kwargs)

    monkeypatch.setattr(periods_local, "find_local_times", counting)
    figs = figures_of_text(REPEATED * 20, "p", "web", pub_year=2023)
    periods_local._lead_period.cache_clear()
    assert len(figs) == 40
    assert calls.count(False) == 1   # 40 readings of the text before each phrase before session 74
    got = {(f.figure, f.to_dict()["period_start"], f.to_dict()["period_end"]) for f in figs}
    assert got == {("5%", "2023-01", "2023-03"), ("3%", "2023-01", "2023-03")}


def test_a_lead_after_the_phrase_is_not_taken():
    # the first phrase comes before the page's first period of months: no period of its own (as when the text before
    # it was read alone); the second takes that period
    text = ("За отчетный период экспорт вырос на 5%. За январь-март 2023 года импорт снизился на 3%. "
            "В отчетном периоде рост.")
    assert _times(text) == [("month_range", 43, 64, 2023, 1, 3, False), ("month_range", 88, 106, 2023, 1, 3, False)]


def test_a_lead_that_ends_where_the_phrase_starts_is_taken():
    # "9 мес." ends on its dot, right where "за отчетный период" starts: ending at the phrase's start is before it
    assert _times("За 9 мес.за отчетный период экспорт вырос на 5%.") == [
        ("months", 3, 9, None, 1, 9, False), ("months", 9, 27, None, 1, 9, False)]


def test_a_base_is_no_lead():
    text = ("По сравнению с первым полугодием 2022 года за январь-март 2023 года экспорт вырос, а за отчетный период "
            "импорт упал.")
    assert _times(text) == [("part", 15, 42, 2022, 1, 6, True), ("month_range", 46, 67, 2023, 1, 3, False),
                            ("month_range", 85, 103, 2023, 1, 3, False)]


def test_each_text_has_its_own_lead():
    # the same phrase at the same offset in two texts: each takes its own text's lead, never the one cached before it
    a = "За январь-март 2023 года, за отчетный период."
    b = "За первое полугодие 2023, за отчетный период."
    assert _times(a)[-1] == ("month_range", 26, 44, 2023, 1, 3, False)
    assert _times(b)[-1] == ("part", 26, 44, 2023, 1, 6, False)
    assert _times(a)[-1] == ("month_range", 26, 44, 2023, 1, 3, False)
    assert periods_local._lead_period.cache_info().maxsize == 4


def test_the_lead_reading_stops_at_the_report_phrase_kind():
    # report=False reads only the kinds the grammar reads before the report phrase: the year (read after it) is not
    # read, the count of months is
    text = "В 2023 году за 9 месяцев за отчетный период"
    assert _times(text) == [("year", 2, 11, 2023, 1, 12, False), ("months", 15, 24, None, 1, 9, False),
                            ("months", 25, 43, None, 1, 9, False)]
    assert _times(text, report=False) == [("months", 15, 24, None, 1, 9, False)]


def test_the_cached_lead_is_the_languages_whatever_language_is_current():
    # the lead is cached by language and text, so its reading may not hang on the current language: "два месяца
    # подряд" is a streak (the Russian streak_after row, read in the text's language), not the lead, even where
    # English is current (it read the English cue and took the streak for the lead before session 74)
    text = "Два месяца подряд экспорт рос, а за 9 месяцев вырос на 5%. За отчетный период импорт упал."
    periods_local._lead_period.cache_clear()
    with using_language("en"):
        lead = periods_local._lead_period("ru", text)
    periods_local._lead_period.cache_clear()
    assert (lead.kind, lead.start, lead.end, lead.m1, lead.m2) == ("months", 36, 45, 1, 9)

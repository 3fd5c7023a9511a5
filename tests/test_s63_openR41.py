"""Session 63 (openR41): rules written on the tuned pages of data/ruweb41 (the foreign trade of sub-national regions:
an oblast's share of its country's trade by year, a governor's quote, a region's partner lists).

- bracketed_time (facts/period_adjacent.py, read in facts/period_choice.py): a bracket that holds a written time alone
  right after a figure ("0,9% (1996 год)") dates that figure; before, the bracket was passed over as an aside.
- ru_share_change_from_aside (figures/lang_ru_extra.py): "с 0,2 (1992 год) до 0,9%": the first level of a share's
  change keeps its "%" from the second across a bracket of its own.
- year_label_before (facts/period_adjacent.py, first of the window's rules in facts/period_choice.py): a written year
  that opens a list item right before its figure ("доля импорта: 1992 год 37%, 1997 год (6 мес.) 76,5%") labels it; a
  part of the year bracketed after it gives the months; vocab/ru/abbreviations.txt "мес. #" keeps "(6 мес.) 76,5%" in
  one sentence.
- vocab/ru rows: dash_joined_after "– это объем экспорта" and joined_after_end ", 120 миллионов" (patterns.csv, rule
  cue_joined_after); world_strong "Общий объем продукции, которую ... поставляет на экспорт" (patterns.csv, rule
  world_cue); "содержится", "содержание" as measure other (measures.csv); period_choice_run_word/run_open "с 2016 по
  2018 год" (patterns.csv, read through cue() by facts/period_run_total.py run_start, rule run_of_years_words).
- head_page_period (facts/head_period.py), its run branch: a change over a run of years that ends in the year before
  the page's reports that year whole; the title's undated figure takes it, as it took the whole year just over.
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _facts(text: str, year: int) -> list[tuple]:
    """(figure, kind, value, measure, partner, year, period_start, period_end) of each figure of a Russian web text."""
    return [(f.figure, f.kind, f.value, f.measure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, "page", "web", lang="ru", pub_year=year)]


def _rules(text: str, year: int) -> list[str]:
    return [f.fact_rules for f in figures_of_text(text, "page", "web", lang="ru", pub_year=year)]


# -- bracketed_time, ru_share_change_from_aside ---------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb41 cq05 ("увеличилась с 0,2 (1992 год) до 0,9% (1996 год)"): the `search` tool
# found no page outside the development sets with a year alone in brackets after each level of a change (queries
# "доля выросла с 5% (2010 год) до 8% (2015 год) внешнеторговый оборот области", "удельный вес экспорта увеличился с
# 12,5% (2000 г.) до 20,1% (2010 г.)", "share of exports rose from 12 percent (2005) to 18 percent (2015)").
def test_year_alone_in_brackets_dates_the_figure_before_it():
    got = _facts("Доля области во внешнеторговом обороте страны выросла с 1,5% (2010 год) до 2,4% (2015 год).\n", 2016)
    assert [(g[0], g[5], g[6], g[7]) for g in got] == [("1,5%", 2010, "2010-01", "2010-12"),
                                                       ("2,4%", 2015, "2015-01", "2015-12")]
    assert all("year:bracketed_time" in r for r in _rules(
        "Доля области во внешнеторговом обороте страны выросла с 1,5% (2010 год) до 2,4% (2015 год).\n", 2016))


def test_first_level_keeps_the_percent_across_its_bracket():
    got = _facts("Доля области во внешнеторговом обороте страны увеличилась с 0,4 (2005 год) до 1,1% (2012 год).\n",
                 2013)
    assert [(g[0], g[1], g[2], g[3], g[5]) for g in got] == [("0,4", "share", 0.4, "turnover", 2005),
                                                             ("1,1%", "share", 1.1, "turnover", 2012)]


def test_bracket_with_more_than_a_time_is_still_an_aside():
    # odd case: the bracket holds a comparison, not a time alone: the year written before the figure stays its own
    got = _facts("В 2015 году экспорт области вырос на 12% (в 2014 году — на 3%).\n", 2016)
    assert ("12%", "growth", 12.0, "exports", "world", 2015, "2015-01", "2015-12") in got


# -- year_label_before ----------------------------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb41 cq05 ("доля импорта: 1992 год 37%, 1997 год (6 мес.) 76,5%"): the search
# "структура внешнеторгового оборота доля экспорта: 2015 год – 60%, 2016 год – 65% таблица по годам" found none.
def test_year_labels_each_item_of_a_list():
    got = _facts("В структуре товарооборота края растет доля экспорта: 2010 год 41%, 2013 год 55%.\n", 2014)
    assert [(g[0], g[5], g[6], g[7]) for g in got] == [("41%", 2010, "2010-01", "2010-12"),
                                                       ("55%", 2013, "2013-01", "2013-12")]


def test_bracketed_part_of_the_label_year_gives_the_months():
    got = _facts("В структуре товарооборота края растет доля экспорта: 2012 год 41%, 2013 год (9 мес.) 55%.\n", 2014)
    assert [(g[0], g[5], g[6], g[7]) for g in got] == [("41%", 2012, "2012-01", "2012-12"),
                                                       ("55%", 2013, "2013-01", "2013-09")]
    assert "year:year_label_before" in _rules(
        "В структуре товарооборота края растет доля экспорта: 2012 год 41%, 2013 год (9 мес.) 55%.\n", 2014)[1]


def test_year_after_a_preposition_is_no_label():
    # odd case: "в 2013 году 55%" after a comma is the clause's own time, read as before (no list label rule)
    rules = _rules("Доля экспорта составила 41% в 2012 году, а в 2013 году 55%.\n", 2014)
    assert not any("year_label_before" in r for r in rules)


# -- cue_joined_after rows: "– это объем экспорта" ------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb41 cq07 (a governor's quote); the search "это объем экспорта, остальное импорт
# миллионов долларов товарооборот региона" found no such sentence outside the development sets.
def test_part_told_as_this_is_the_volume_of_exports():
    got = _facts("Товарооборот области с Монголией в 2018 году составил 200 миллионов долларов, из них 150 миллионов – это "
                 "объем экспорта, 50 миллионов – импорта.\n", 2019)
    assert [(g[0], g[3]) for g in got] == [("200 миллионов долларов", "turnover"), ("150 миллионов", "exports"),
                                           ("50 миллионов", "imports")]


def test_this_is_without_a_flow_word_is_no_part():
    # odd case: "– это рекорд" names no flow: the turnover of the clause stays
    got = _facts("Товарооборот области с Монголией в 2018 году составил 200 миллионов долларов – это рекорд.\n", 2019)
    assert [(g[0], g[3]) for g in got] == [("200 миллионов долларов", "turnover")]


# -- world_strong row: "Общий объем продукции, которую ... поставляет на экспорт" -----------------------------------
# CONSTRUCTED on the phrasing of ruweb41 cq07; the search "общий объем продукции, которую регион поставляет на экспорт,
# превышает миллиард долларов губернатор" found none outside the development sets.
def test_whole_of_the_goods_sent_abroad_is_the_world_total():
    got = _facts("Товарооборот Омской области с Казахстаном в 2018 году составил 900 миллионов долларов. Общий объем "
                 "продукции, которую область поставляет на экспорт, превышает 1,5 миллиарда долларов.\n", 2019)
    assert [(g[0], g[3], g[4]) for g in got] == [("900 миллионов долларов", "turnover", "Kazakhstan"),
                                                 ("превышает 1,5 миллиарда долларов", "exports", "world")]


def test_goods_sent_to_a_named_place_keep_the_place():
    # odd case: the flow names where the goods go ("на экспорт в Казахстан"): the pair stays
    got = _facts("Товарооборот Омской области с Казахстаном в 2018 году составил 900 миллионов долларов. Общий объем "
                 "продукции, которую область поставляет на экспорт в Казахстан, превышает 500 миллионов долларов.\n", 2019)
    assert [(g[0], g[3], g[4]) for g in got][1] == ("превышает 500 миллионов долларов", "exports", "Kazakhstan")


# -- measures.csv: what a product contains -----------------------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb41 cq06 ("в сое содержится много протеина, более 38%"); the search "соя
# содержится протеина более 40% экспорт сои в Китай" found a soy page (golos.io, below) but no percent of content.
def test_content_of_a_product_is_no_flow():
    got = _facts("Экспорт сои в Китай вырос. В сое содержится много протеина, более 40%.\n", 2019)
    assert [(g[0], g[3]) for g in got] == [("более 40%", "other")]


def test_share_of_exports_after_a_content_sentence_stays_exports():
    # odd case, a real page: https://golos.io/@agronom/ee-velichestvo-soya ("высокое содержание белка" one sentence
    # before the share of exports: the content word does not reach it)
    got = _facts("Ее высокая урожайность и высокое содержание белка в семенах, делают это растение бесценным для агрономии "
                 "и промышленности. Мировыми лидерами по выращиванию сои являются Бразилия, Америка и Аргентина. Более "
                 "65 % экспорта идет в Китай.\n", 2020)
    assert [(g[0], g[3]) for g in got] == [("Более 65 %", "exports")]


# -- run_of_years_words in Russian: "с 2016 по 2018 год" ------------------------------------------------------------
# CONSTRUCTED on the phrasing of ruweb41 cq07 ("с 2016 по 2018 год объем товарооборота увеличился более чем в 1,5
# раза"); the search "с 2015 по 2019 год экспорт области вырос в два раза" found no such run outside the development sets.
def test_change_over_a_run_of_years_told_in_words_is_no_one_years():
    got = _facts("По словам губернатора, с 2014 по 2017 год объем экспорта края увеличился более чем в 2 раза.\n", 2018)
    assert [(g[0], g[5], g[6], g[7]) for g in got] == [("более чем в 2 раза", 2017, None, None)]
    assert "year:run_of_years_words" in _rules(
        "По словам губернатора, с 2014 по 2017 год объем экспорта края увеличился более чем в 2 раза.\n", 2018)[0]


def test_compared_with_a_year_is_no_run():
    # odd case, a real page: http://newsorel.ru/fn_358339.html ("По сравнению с 2015 годом": "с" and one year, no run)
    rules = _rules("- Согласно прогнозу, в 2018 году объемы экспорта достигнут 224,8 млн долларов.  По сравнению с 2015 "
                   "годом показатель увеличится в 2 раза, - рассказали в пресс-службе облправительства.\n", 2018)
    assert not any("run_of_years" in r for r in rules)


# -- head_page_period, its run branch ----------------------------------------------------------------------------------
# CONSTRUCTED on the make-up of ruweb41 cq07 (a title's amount with no time, a body whose only time is a run of years
# ending in the year before the page's); no outside page was found with the search above.
def _dated(text: str) -> list[tuple]:
    return [(f.figure, f.year, f.period_start, f.period_end, f.fact_rules.rsplit("year:", 1)[-1])
            for f in figures_of_text(text, "page", "web", lang="ru", pub_year=2019, pub_month=11)]


def test_title_takes_the_last_year_of_a_run_ending_the_year_before():
    got = _dated("Омская область экспортировала в Казахстан товаров на 500 млн долларов\n\nГубернатор сообщил, что с 2015 "
                 "по 2018 год объем экспорта в Казахстан увеличился более чем в 2 раза.\n")
    assert got == [("500 млн долларов", 2018, "2018-01", "2018-12", "head_page_period"),
                   ("более чем в 2 раза", 2018, None, None, "run_of_years_words")]


def test_run_ending_two_years_before_tells_nothing_of_the_title():
    # odd case: the run ends two years before the page's year: the title keeps the page's year
    got = _dated("Омская область экспортировала в Казахстан товаров на 500 млн долларов\n\nГубернатор сообщил, что с 2015 "
                 "по 2017 год объем экспорта в Казахстан увеличился более чем в 2 раза.\n")
    assert got[0] == ("500 млн долларов", 2019, None, None, "source_year")


# -- known misses left ---------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="a figure with no time on a page dated before the year's end is read of the "
                   "page's year; ruweb41 cq07's gold takes the year a later paragraph's span ends with (2018), not read")
def test_undated_quote_takes_the_span_end_of_the_next_paragraph():
    got = _facts("Общий объем товарооборота между краем и Монголией составил порядка 480 миллионов долларов США.\n\n"
                 "Он сообщил также, что с 2016 по 2018 год объем товарооборота увеличился более чем в 1,5 раза.\n", 2019)
    assert got[0][5] == 2018

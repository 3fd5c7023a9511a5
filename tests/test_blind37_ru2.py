"""Phrasings of dates and periods found in session 37 (second Russian round) on stored Russian trade news pages,
each a rule or a vocabulary row, tested on its page's own sentences."""
from __future__ import annotations

from phrasing import ru_spans
from tradeflows.pipeline import figures_of_text


CENSOR = ("Негативное сальдо внешней торговли Украины товарами в январе-мае 2020 года сократилось на 76,8% по "
          "сравнению с январем-маем 2019 года – до $0,621 млрд с $2,669 млрд.\n\n"
          "Об этом сообщила Государственная служба статистики, передает БизнесЦензор со ссылкой на Интерфакс-Украина.\n")


def test_the_level_reached_then_the_level_started_from():
    """Russian row of cue to_value_before (rule from_value; censor.net, July 2020): in 'сократилось на 76,8% по
    сравнению с январем-маем 2019 года – до $0,621 млрд с $2,669 млрд' the amount after 'с' is the level the change
    started from, of January-May 2019; the amount after 'до' stays January-May 2020."""
    got = {g[0]: g[1:4] for g in ru_spans(CENSOR, pub_year=2020, pub_month=7)}
    assert got["$0,621 млрд"] == (2020, "2020-01", "2020-05")
    assert got["$2,669 млрд"] == (2019, "2019-01", "2019-05")


def test_a_level_started_from_a_month_earlier_is_the_month_before():
    """Russian row of cue month_earlier_after (rule from_value_month): the to-then-from order of censor.net's page
    also stands in moy.by's sentence on Belstat's July release (the russian set's tuned page, which row
    to_value_before alone dated the year before): 'до $3,95 млрд с $4,22 млрд месяцем ранее' in July 2012 is June's
    level."""
    text = ("Согласно свежим данным ведомства, объем экспорта товаров в июле 2012 года упал на $266,9 млн — до $3,95 млрд "
            "с $4,22 млрд месяцем ранее.\n")
    got = {g[0]: g[1:4] for g in ru_spans(text, pub_year=2012, pub_month=8)}
    assert got["$3,95 млрд"] == (2012, "2012-07", "2012-07")
    assert got["$4,22 млрд"] == (2012, "2012-06", "2012-06")


def test_a_two_letter_word_glued_after_a_full_stop_opens_a_sentence():
    """Rule glued_short_opener of text/sentences.py (imag.one, May 2021, after sputnik-georgia.ru): a page that lost
    the space in 'на 56,5% больше.На фоне пандемии ... с марта прошлого года' has two sentences there, so March of last
    year is not the period of the imports 'за указанный период' (April 2021) before it."""
    text = ("ТБИЛИСИ, 21 мая — . Внешнеторговый оборот страны в апреле 2021 года составил более 1 127 миллионов "
            "долларов, что почти на 61% больше по сравнению с тем же периодом 2020 года, говорится в сообщении "
            "Национальной службы статистики страны \"Сакстат\".В апреле 2021 года грузинскую продукцию вывезли на сумму "
            "около 378,1 миллиона долларов, что на 70% больше по сравнению с тем же периодом 2020 года, а импорт за "
            "указанный период составил около 749,1 миллиарда долларов – на 56,5% больше.На фоне пандемии коронавируса "
            "торговля в Грузии начала падать с марта прошлого года.\n")
    got = {g[0]: g[1:4] for g in ru_spans(text, pub_year=2021, pub_month=5)}
    assert got["около 749,1 миллиарда долларов"] == (2021, "2021-04", "2021-04")
    assert got["56,5%"] == (2021, "2021-04", "2021-04")


def test_a_bracketed_percent_after_the_amount_of_a_change_restates_it():
    """Rule ru_growth_bracket_amount of figures/lang_ru.py (jnews.ge, May 2021, on Geostat's April): in 'Экспорт в
    апреле этого года увеличился на 156 миллионов долларов [70%] по сравнению с апрелем 2020 года' the bracketed
    percent restates the change as a rate, a growth of April 2021, not a share."""
    text = ("Сакстат: За 4 месяца показатель экспорта увеличился на 19,6%\n\n"
            "Экспорт в апреле этого года увеличился на 156 миллионов долларов [70%] по сравнению с апрелем 2020 года. "
            "Экспорт в апреле составил 378,3 миллиона долларов.\n")
    got = {f.figure: (f.kind, f.value, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2021, pub_month=5)}
    assert got["70%"] == ("growth", 70.0, 2021, "2021-04", "2021-04")
    assert got["156 миллионов долларов"][0] == "money"


def test_mari_el_is_a_russian_region():
    """Rows Марий Эл of vocab/ru/places.csv (ria24.today, a regional ministry's release): 'Марий Эл экспортировала
    сельхозпродукции на 28,8 млн $' makes Mari El the reporter of the growth 'почти на 133% больше, чем за десять
    месяцев 2020 года' (January-October 2021), not Tajikistan, a partner named later."""
    text = ("Марий Эл экспортировала сельхозпродукции на 28,8 млн $\n\n"
            "Это почти на 133% больше, чем за десять месяцев 2020 года, и на 110% выше целевого показателя на 2021 год. "
            "Три четверти экспорта составляют готовые пищевые продукты.\n\n"
            "Доля мяса и молока – 2%, сообщает региональный минсельхоз. Продукция поставляется в 30 стран, 70% – в "
            "Узбекистан, Таджикистан, Белоруссию, Сербию и Италию.\n")
    got = {f.figure: (f.reporter, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2021, pub_month=11)}
    assert got["почти на 133%"] == ("Mari El", 2021, "2021-01", "2021-10")


def test_a_paragraph_that_speaks_from_now_is_not_of_last_year():
    """Rule now_paragraph of facts/period_fallback.py (rostovgazeta.ru, 28 December 2023, after Kommersant): after
    'сейчас доля составляет 4,6%, в прошлом году она достигала 10,9%', the next paragraph opens 'Глава региона
    уточнил, что сейчас активно развивается совместная работа со странами Азии и Африки', so its 'доля экспорта
    увеличилась на 13,7%' is of 2023, the year the page speaks from, not of 2022."""
    text = ("Ростовская область в два раза сократила долю экспорта в недружественные страны\n\n"
            "Он рассказал «Коммерсанту», что сейчас доля составляет 4,6%, в прошлом году она достигала 10,9%. В данный "
            "момент основной объем товаров направляют в дружественные государства.\n\n"
            "Глава региона уточнил, что сейчас активно развивается совместная работа со странами Азии и Африки. В "
            "государства Азии доля экспорта увеличилась на 13,7%.\n")
    got = {g[0]: g[1:4] for g in ru_spans(text, pub_year=2023, pub_month=12)}
    assert got["10,9%"] == (2022, "2022-01", "2022-12")
    assert got["13,7%"] == (2023, None, None)


def test_a_compound_amount_after_a_dollar_sign_is_one_figure():
    """Russian cue compound of figures/lang_ru.py with the sign before it (time-samara.ru, on Samarastat's first half
    of 2009): 'до $2 млрд 932,7 млн' is one amount of 2,932.7 million dollars, not '$2 млрд' and '2 млрд 932,7 млн'
    read twice."""
    text = ("Внешнеторговый оборот Самарской области в январе-июне 2009 года уменьшился на 49,7% по сравнению с "
            "аналогичным периодом прошлого года – до $2 млрд 932,7 млн.\n")
    got = [(f.figure, f.value, f.currency, f.year, f.period_start, f.period_end)
           for f in figures_of_text(text, fmt="web", lang="ru", pub_year=2009, pub_month=8) if f.kind == "money"]
    assert got == [("$2 млрд 932,7 млн", 2932700000.0, "USD", 2009, "2009-01", "2009-06")]


KUZBASS = ("КЕМЕРОВО, 7 сентября, ФедералПресс. Общий объем экспорта кузбасских товаров за первое полугодие упал на 35 %. "
           "Серьезный спад переживают основные отрасли экономики региона.\n\n"
           "За первое полугодие 2020 года кузбасские производители поставили в страны дальнего и ближнего зарубежья "
           "продукции на 5,7 млрд долларов США. В сравнении с аналогичным периодом прошлого года объем экспорта снизился "
           "на 35 %. В 2019 году он составлял 8,8 млрд долларов.\n\n"
           "Сильное падение переживает основная отрасль экономика региона – производство минеральных продуктов и "
           "топливно-энергетических товаров. Экспорт уменьшился на 36 %, с 6,7 млрд до 4,3 млрд долларов. Снизились "
           "поставки сельхозпродукции – на 15,3 %, до 123,9 млн долларов США.\n")


def test_the_base_year_named_after_a_change_leaves_the_half_year_in_force():
    """Rule base_level_sentence of facts/carry.py (fedpress.ru, September 2020): 'В 2019 году он составлял 8,8 млрд
    долларов' right after 'В сравнении с аналогичным периодом прошлого года объем экспорта снизился на 35 %' gives the
    base's level; the next paragraph's 'Экспорт уменьшился на 36 %, с 6,7 млрд до 4,3 млрд долларов' goes on with the
    first half of 2020 (its level started from, the first half of 2019), not with 2019 and 2018."""
    got = {g[0]: g[1:4] for g in ru_spans(KUZBASS, pub_year=2020, pub_month=9)}
    assert got["36 %"] == (2020, "2020-01", "2020-06")
    assert got["4,3 млрд долларов"] == (2020, "2020-01", "2020-06")
    assert got["6,7 млрд"] == (2019, "2019-01", "2019-06")
    assert got["123,9 млн долларов США"] == (2020, "2020-01", "2020-06")


def test_kuzbass_and_the_far_and_near_abroad_together():
    """Rows Кузбасс / кузбасск of vocab/ru/places.csv and the stop rows 'дальнего и ближнего зарубежья' (fedpress.ru):
    'кузбасские производители поставили в страны дальнего и ближнего зарубежья продукции на 5,7 млрд долларов США' is
    Kemerovo Oblast's total export, to the world, not the CIS's nor to the CIS."""
    got = {f.figure: (f.reporter, f.partner)
           for f in figures_of_text(KUZBASS, fmt="web", lang="ru", pub_year=2020, pub_month=9)}
    assert got["5,7 млрд долларов США"] == ("Kemerovo Oblast", "world")

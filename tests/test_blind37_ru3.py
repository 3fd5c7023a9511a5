"""Phrasings found in session 37 (third Russian round) on stored Russian trade news pages (outlets no development
set holds), each a rule or a vocabulary row, tested on its page's own sentences."""
from __future__ import annotations

from phrasing import ru_fields


AZATUTYUN = ("Внешнеторговый оборот Армении пока не достиг уровня 2012 года\n\n"
             "Несмотря на заметное в предыдущие месяцы оживление внешней торговли внешнеторговый оборот Армении пока "
             "не достиг уровня 2012 года.\n\n"
             "По данным Национальной статистической службы (НСС) Армении, за первые три месяца этого года внешняя "
             "торговля страны составила 1 млрд 246 млн долларов, в то время как пять лет назад она была больше - 1 млрд "
             "303 млн долларов.\n")


def test_years_ago_is_that_year_in_the_months_named_before():
    """Rows of kind relative '... лет назад' (vocab/ru/periods.csv) and rule years_ago_months (rus.azatutyun.am,
    Armenia, May 2017): in 'за первые три месяца этого года внешняя торговля страны составила 1 млрд 246 млн
    долларов, в то время как пять лет назад она была больше - 1 млрд 303 млн долларов' the second amount is of the
    first quarter five years before (2012), not of 2017."""
    got = [(r[0], r[5], r[6], r[7]) for r in ru_fields(AZATUTYUN, pub_year=2017, pub_month=5)]
    assert got == [("1 млрд 246 млн долларов", 2017, "2017-01", "2017-03"),
                   ("1 млрд 303 млн долларов", 2012, "2012-01", "2012-03")]


ORELGRAD = ("Орловская область наторговала на 293 млн долларов\n\n"
            "Таможенники и статистики подвели итоги первого полугодия\n\n"
            "По данным Центрального таможенного управления Федеральной таможенной службы России, внешнеторговый оборот "
            "Орловской области в январе-июне 2018 года составил 293 миллиона долларов США. Показатель рассчитан с "
            "учетом стран – членов ЕАЭС.\n\n"
            "В Орелстате подсчитали, что оборот превысил прошлогодний результат на 47,2 процента. В учреждении "
            "отмечают, что импорт по сравнению с январем-июнем 2017 года увеличился в 1,7 раза и составил 169,7 млн "
            "долларов США, а экспорт вырос на 26,8 процента – до 123,3 млн долларов.\n")


def test_country_named_by_its_national_office_leaves_the_region_the_subject():
    """Rule region_subject_national_office (facts/subject.py; orelgrad.ru, Oryol Oblast, September 2018): after a
    title on 'Орловская область', 'По данным ... Федеральной таможенной службы России' names Russia only as the
    owner of the office that counted; the figures of the next paragraph, which names no place, stay the Oryol
    Oblast's, not Russia's."""
    got = [(r[0], r[3]) for r in ru_fields(ORELGRAD, pub_year=2018, pub_month=9)]
    assert got == [("293 млн долларов", "Oryol Oblast"), ("293 миллиона долларов США", "Oryol Oblast"),
                   ("47,2 процента", "Oryol Oblast"), ("в 1,7 раза", "Oryol Oblast"),
                   ("169,7 млн долларов США", "Oryol Oblast"), ("26,8 процента", "Oryol Oblast"),
                   ("123,3 млн долларов", "Oryol Oblast")]


def test_bracketed_item_after_a_bracketed_index_is_an_index_too():
    """Rule ru_growth_index:listed on bracketed items (figures/lang_ru.py _LIST_ITEM_BRACKET; 21.by, Belarus, November
    2011): in 'экспорт молока и молочных продуктов ... составил 489,6 тыс. тонн (106,5% к уровню января-сентября 2010
    года), мяса и мясопродуктов - 176,9 тыс. тонн (120%)' the second bracket is the next item's index (+20%), as
    the first (+6,5%), not a share."""
    from phrasing import figs
    text = ("Кроме того, как свидетельствуют данные Белстата, экспорт молока и молочных продуктов в натуральном "
            "выражении в январе-сентябре 2011 года составил 489,6 тыс. тонн (106,5% к уровню января-сентября 2010 "
            "года), мяса и мясопродуктов - 176,9 тыс. тонн (120%).")
    got = [(f.figure, f.kind, round(f.value, 1)) for f in figs(text, lang="ru", pub_year=2011) if "%" in f.figure]
    assert got == [("106,5%", "growth", 6.5), ("120%", "growth", 20.0)]


def test_counterpart_countries_of_customs_statistics_are_trade_partners():
    """Vocabulary rows 'стран контрагентов', 'страны-контрагенты' ... (vocab/ru/measures.csv; fedpress.ru, Urals
    customs, July 2022): in 'тройка наших стран контрагентов: на первом месте Китай – 22%, Турция – 10%, Узбекистан –
    8,6%' the percents are the partners' shares of turnover; they were of measure other."""
    from phrasing import ru_fields
    text = ("СВЕРДЛОВСКАЯ ОБЛАСТЬ, 20 июля, ФедералПресс. В первом полугодии 2022 года внешнеторговый оборот Уральского "
            "региона вырос на 4%. Об этом на пресс-конференции заявил начальник Уральского таможенного управления "
            "Алексей Фролов.\n"
            "«По итогам первого полугодия тройка наших стран контрагентов: на первом месте Китай – 22%, Турция – 10%, "
            "Узбекистан – 8,6%», – рассказал главный таможенник Урала.")
    got = [(r[0], r[1], r[2], r[4]) for r in ru_fields(text, pub_year=2022, pub_month=7)][1:]
    assert got == [("22%", "share", "turnover", "China"), ("10%", "share", "turnover", "Turkey"),
                   ("8,6%", "share", "turnover", "Uzbekistan")]


def test_the_country_exports_go_out_of_owns_them():
    """Russian row of cue flow_before (rule export_from_owner; censor.net, July 2020): on a page whose title names no
    place, 'Экспорт товаров из Украины за январь-июнь составил $22,915 млрд' makes Ukraine the side that exports,
    the page's reporter; it was only a counterpart, and the page's other figures had no reporter."""
    text = ("Объем внешней торговли товарами за полгода упал на 10% - Таможенная служба\n\n"
            "В январе-июне текущего года объем внешней торговли товарами сократился на 9,5%, до $47,2 млрд по "
            "сравнению с аналогичным периодом прошлого года ($52,2 млрд).\n\n"
            "Экспорт товаров из Украины за январь-июнь составил $22,915 млрд, что на 6% меньше, чем за аналогичный "
            "период прошлого года.\n\n"
            "Импорт товаров сократился на 12%, до $24,308 млрд.\n")
    got = [(r[0], r[2], r[3]) for r in ru_fields(text, pub_year=2020, pub_month=7)]
    assert got == [("10%", "turnover", "Ukraine"), ("9,5%", "turnover", "Ukraine"), ("$47,2 млрд", "turnover", "Ukraine"),
                   ("$52,2 млрд", "turnover", "Ukraine"), ("$22,915 млрд", "exports", "Ukraine"),
                   ("6%", "exports", "Ukraine"), ("12%", "imports", "Ukraine"), ("$24,308 млрд", "imports", "Ukraine")]

"""Russian phrasings found in session 36 on stored trade news pages of CIS and Russian outlets, each a rule or a
vocabulary row, tested on its page's sentences.
"""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def facts(text: str, **kw):
    kw.setdefault("pub_year", None)
    kw.setdefault("lang", "ru")
    return [(f.figure, f.measure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", **kw)]


def test_a_compared_share_recorded_in_a_base_period_is_that_periods():
    """Rules base_share_recorded and recorded_base_value (mcheese.ru, after Interfax, on Azerbaijan's oil exports):
    in 'доля поставок нефти снизилась до 59,12% по сравнению с долей в 71,91%, зафиксированной в январе–феврале 2023
    года' the dated time after the compared share is a base, so the 59,12% keeps the period in force (January-February
    2024), and the 71,91% its participle of record names is that base's value."""
    text = ("За январь–февраль 2024 года доход страны от продажи данного сырья составил 2,826 миллиарда долларов, "
            "уменьшившись на 13,1% по сравнению с предыдущим годом.\n"
            "В структуре общего экспорта за указанный период доля поставок нефти снизилась до 59,12% по сравнению с "
            "долей в 71,91%, зафиксированной в январе–феврале 2023 года, согласно статистике агентства.\n")
    got = facts(text, pub_year=2024, pub_month=3)
    assert got[2:] == [("59,12%", "exports", "world", 2024, "2024-01", "2024-02"),
                       ("71,91%", "exports", "world", 2023, "2023-01", "2023-02")]


def test_a_pronoun_opening_a_sentence_takes_the_flow_the_sentence_before_ended_on():
    """Rule pronoun_last_cue (minsknews.by, after BelTA, on Belarus's exports in January-May 2021): in 'В результате
    превышения экспорта (с темпом роста 132,7 %) над импортом (128,7 %) сложилось положительное сальдо внешней торговли
    товарами и услугами. Оно составило 1,25 млрд долларов.' the 'Оно' stands for the balance the sentence before ended
    on (the head of its noun, not the trade its genitive names), not for its last figure's imports."""
    text = ("Глава МИД рассказал об успехах белорусского экспорта в условиях негативных внешних факторов\n"
            "По словам министра, за пять месяцев экспорт товаров и услуг из Беларуси превысил 18 млрд долларов, "
            "увеличившись почти на треть к аналогичному периоду 2020-го. В результате превышения экспорта (с темпом "
            "роста 132,7 %) над импортом (128,7 %) сложилось положительное сальдо внешней торговли товарами и "
            "услугами. Оно составило 1,25 млрд долларов.\n")
    got = facts(text, pub_year=2021, pub_month=7)
    assert [g[:2] for g in got] == [("превысил 18 млрд долларов", "exports"), ("почти на треть", "exports"),
                                    ("132,7 %", "exports"), ("128,7 %", "imports"), ("1,25 млрд долларов", "balance")]
    assert got[-1] == ("1,25 млрд долларов", "balance", "world", 2021, "2021-01", "2021-05")


def test_another_country_buying_the_pages_goods_is_the_pages_export():
    """Rule bought_home_goods, Russian rows of cues buy_before, home_goods_after and origin_before (tafsilar.info on
    the top buyers of Uzbekistan's exports in January-July 2023): 'Россия ..., импортируя товары и услуги из
    Узбекистана на сумму 1,6 миллиарда долларов' and 'Китай, который импортировал 1,5 миллиарда долларов узбекской
    продукции' are Uzbekistan's exports to Russia and to China, not its imports."""
    text = ("Обнародован список ТОП-10 ведущих стран, включенных в структуру экспорта РУз\n\n"
            "Узбекистан продолжает развивать свои экономические связи с мировыми партнерами, и в январе-июле 2023 года "
            "были названы страны, которые наибольшим образом внесли вклад в структуру экспорта Узбекистана.\n\n"
            "На данный момент Россия занимает лидирующее положение, импортируя товары и услуги из Узбекистана на сумму "
            "1,6 миллиарда долларов США. Это подтверждает тесные экономические связи между Узбекистаном и Россией.\n\n"
            "Следом за Россией идет Китай, который импортировал 1,5 миллиарда долларов узбекской продукции.\n")
    got = facts(text, pub_year=2023, pub_month=8)
    assert [g[:3] for g in got] == [("1,6 миллиарда долларов США", "exports", "Russia"),
                                    ("1,5 миллиарда долларов", "exports", "China")]
    assert got[1] == ("1,5 миллиарда долларов", "exports", "China", 2023, "2023-01", "2023-07")


def test_the_places_a_total_counts_in_are_its_scope_not_its_counterpart():
    """Rule scope_not_counterpart, Russian rows of cue scope_before (orelgrad.ru on the Oryol Region's foreign trade in
    January-June 2018): in 'Показатель рассчитан с учетом стран – членов ЕАЭС' the EAEU is counted in the region's
    total, no counterpart of the page: the title's turnover and 'оборот превысил прошлогодний результат на 47,2
    процента' are the region's trade with the world."""
    text = ("Орловская область наторговала на 293 млн долларов\n\n"
            "Таможенники и статистики подвели итоги первого полугодия\n\n"
            "По данным Центрального таможенного управления Федеральной таможенной службы России, внешнеторговый оборот "
            "Орловской области в январе-июне 2018 года составил 293 миллиона долларов США. Показатель рассчитан с "
            "учетом стран – членов ЕАЭС.\n\n"
            "В Орелстате подсчитали, что оборот превысил прошлогодний результат на 47,2 процента.\n")
    got = facts(text, pub_year=2018, pub_month=9)
    assert got == [("293 млн долларов", "turnover", "world", 2018, "2018-01", "2018-06"),
                   ("293 миллиона долларов США", "turnover", "world", 2018, "2018-01", "2018-06"),
                   ("47,2 процента", "turnover", "world", 2018, "2018-01", "2018-06")]


def test_a_dash_between_a_rate_and_its_month_dates_the_rate():
    """Russian row dash_month_gap of cue adjacent_gap (1prime.ru on Russia's export growth in 2011): in 'Рост экспорта в
    июле 2011 года замедлился в годовом выражении до 35,7% с 38,4% в июне, 38,8% - в мае и 138,0% - в апреле' each
    rate is of the month after its dash, not of the month the rate before it named."""
    text = ("Рост экспорта в июле 2011 года замедлился в годовом выражении до 35,7% с 38,4% в июне, 38,8% - в мае и "
            "138,0% - в апреле.\n")
    got = facts(text, pub_year=2011, pub_month=9)
    assert [(g[0], g[3], g[4], g[5]) for g in got] == [("35,7%", 2011, "2011-07", "2011-07"),
                                                        ("38,4%", 2011, "2011-06", "2011-06"),
                                                        ("38,8%", 2011, "2011-05", "2011-05"),
                                                        ("138,0%", 2011, "2011-04", "2011-04")]

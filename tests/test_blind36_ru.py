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

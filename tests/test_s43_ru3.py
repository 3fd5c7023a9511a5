"""Russian kinds and statuses found in session 43 (helper ru3) on stored news pages: a change noun right after a percent,
the future tense of an index's verb, a forecast's amount in a bracket and a goal of a later clause, each a vocabulary
row (vocab/ru/cues.csv, status.csv, patterns.csv) or the rule that reads it, tested on the real sentences."""
from __future__ import annotations

from phrasing import fields

ESSENT = ("Товарооборот между РФ и Белоруссией уверенно растет — Путин\n\n"
          "«В текущем году товарооборот вернулся на траекторию роста и уже превысил допандемийный уровень. В январе — "
          "июле составил 17,8 миллиарда долларов: плюс 34,9% — почти 35% рост», — сказал президент России.\n")


def test_a_change_noun_right_after_a_percent_makes_it_that_change():
    """Rows 'рост', 'прирост' (up_right) and 'падение', 'снижение', 'спад' (down_right) of vocab/ru/cues.csv, rule
    ru_growth_comparative (essent.press, Putin on the trade of Russia and Belarus, September 2021): in 'плюс 34,9% —
    почти 35% рост' the 35% is the rise, a growth (it was read as a share of 35)."""
    got = fields(ESSENT, "kind", "value", "qualifier", "measure", pub_year=2021, pub_month=9, lang="ru")
    assert got[1:] == [("34,9%", "growth", 34.9, "exact", "turnover"), ("почти 35%", "growth", 35.0, "approx", "turnover")]
    # the noun inflected ("роста") is no cue: a share of the rise stays a share
    text = "На долю Китая пришлось 35% роста экспорта области в 2021 году.\n"
    assert fields(text, "kind", "value", pub_year=2021, lang="ru") == [("35%", "share", 35.0)]


SOYANEWS = ("Продовольственный экспорт из РФ достигнет 21,4 млрд долларов к 2020 году\n\n"
            "В проекте постановления отмечается, что темп роста экспорта в 2018 году составит 117 процентов по сравнению "
            "с базовым (2015) годом, в 2019 году - 124, а в 2020 году - 132 процента.\n")


def test_a_growth_rate_that_will_amount_to_a_percent_is_an_index():
    """_RU_AMOUNTED takes 'составит', 'составят' (figures/lang_ru.py, rule ru_growth_index; soyanews.info citing rg.ru,
    November 2017): 'темп роста экспорта в 2018 году составит 117 процентов по сравнению с базовым (2015) годом' is an
    index of growth, a rise of 17% (GUIDELINES: '102.2% compared to' -> 2.2; it was a growth of 117)."""
    got = fields(SOYANEWS, "kind", "value", "year", "status", pub_year=2017, pub_month=11, lang="ru")
    assert got[1] == ("117 процентов", "growth", 17.0, 2018, "target")


BY21 = ("Гродненская область в I полугодии увеличила экспорт товаров\n"
        "В Гродненской области по итогам I полугодия 2020 года выполнено более половины ключевых показателей "
        "эффективности работы. Даже выше прогноза показателей за январь — июнь оказался экспорт товаров региона — он "
        "составил $775 млн, или 115% к уровню 2019 года. Сальдо положительное — $150 млн. Привлечено в регион свыше $89 "
        "млн прямых иностранных инвестиций (при прогнозе в $55 млн).\n")


def test_a_forecast_in_a_bracket_is_the_bracketed_amount_s_not_the_figure_before():
    """Row 'при прогнозе' (vocab/ru/status.csv) and pattern goal_in_bracket (vocab/ru/patterns.csv, facts/status.py;
    21.by, Grodno Region, August 2020): in 'свыше $89 млн прямых иностранных инвестиций (при прогнозе в $55 млн)' the
    $55 млн is the forecast, a target (it was actual), and the $89 млн attracted stays actual."""
    got = fields(BY21, "measure", "status", "year", pub_year=2020, pub_month=8, lang="ru")
    assert got[-2:] == [("свыше $89 млн", "investment", "actual", 2020), ("$55 млн", "investment", "target", 2020)]


AGRO = ("В 2018 году экспорт продукции российского АПК превысит $23 млрд. - Путин\n\n"
        "Объем экспорта продукции российского АПК по итогам 2018 г. может превысить $23 млрд. Такую оценку в ходе "
        "«прямой линии» 7 июня озвучил президент РФ Владимир Путин.\n\n"
        "«В прошлом году было $20 млрд., теперь уже говорим о $23 млрд., и может быть еще больше в этом году», - сказал "
        "глава государства.\n")


def test_a_goal_of_a_later_clause_with_its_own_amount_leaves_the_figure_actual():
    """Pattern goal_later_amount (vocab/ru/patterns.csv, facts/status.py; app.agro-online.com, Putin on agricultural
    exports, June 2018): in 'В прошлом году было $20 млрд., теперь уже говорим о $23 млрд., и может быть еще больше в
    этом году' the 'может' is the later $23 млрд's; last year's $20 млрд is a result, actual (it was a target)."""
    got = fields(AGRO, "status", "year", pub_year=2018, pub_month=6, lang="ru")
    assert got[2] == ("$20 млрд", "actual", 2017)
    assert got[3][0:2] == ("$23 млрд", "target")

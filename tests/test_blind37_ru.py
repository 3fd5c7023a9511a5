"""Phrasings found in session 37 on stored Russian trade news pages, each a rule or a vocabulary row, tested on its
page's own sentences."""
from __future__ import annotations

from phrasing import ru_fields


TOP10 = ("Обнародован список ТОП-10 ведущих стран, включенных в структуру экспорта РУз\n\n"
         "Узбекистан продолжает развивать свои экономические связи с мировыми партнерами, и в январе-июле 2023 года "
         "были названы страны, которые наибольшим образом внесли вклад в структуру экспорта Узбекистана.\n\n"
         "На данный момент Россия занимает лидирующее положение, импортируя товары и услуги из Узбекистана на сумму "
         "1,6 миллиарда долларов США. Это подтверждает тесные экономические связи между Узбекистаном и Россией.\n\n"
         "Следом за Россией идет Китай, который импортировал 1,5 миллиарда долларов узбекской продукции. Это указывает "
         "на важное партнерство в сфере торговли между Узбекистаном и Китаем.\n\n"
         "В Топ-10 также входят Турция (842 миллиона долларов), Казахстан (808 миллионов долларов), Афганистан (467 "
         "миллионов долларов).\n")


def test_now_stands_at_the_running_period_in_force():
    """Rule now_running_period (tafsilar.info, August 2023, the lead left by session 36): 'На данный момент Россия
    занимает лидирующее положение, ... на сумму 1,6 миллиарда долларов' under 'в январе-июле 2023 года были названы
    страны' is of January-July 2023, the running part of the year the page speaks from, not of 2023 with no months."""
    got = ru_fields(TOP10, pub_year=2023, pub_month=8)
    assert got[0] == ("1,6 миллиарда долларов США", "money", "exports", "Uzbekistan", "Russia", 2023, "2023-01",
                      "2023-07", "actual")


def test_a_paragraph_going_on_with_also_takes_the_flow_before():
    """Russian row of cue continued_paragraph (tafsilar.info): 'В Топ-10 также входят Турция (842 миллиона
    долларов), ...' after the paragraph 'Китай, который импортировал 1,5 миллиарда долларов узбекской продукции' goes
    on with its flow: the page's exports, not other."""
    got = ru_fields(TOP10, pub_year=2023, pub_month=8)
    assert [g[:5] for g in got[2:]] == [("842 миллиона долларов", "money", "exports", "Uzbekistan", "Turkey"),
                                        ("808 миллионов долларов", "money", "exports", "Uzbekistan", "Kazakhstan"),
                                        ("467 миллионов долларов", "money", "exports", "Uzbekistan", "Afghanistan")]

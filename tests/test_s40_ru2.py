"""Russian phrasings found in session 40 (helper ru2) on the tuned pages of ruweb9, ruweb3, ruweb2, ruweb11, ruweb12
and russian, each a vocabulary row or a rule, tested on real sentences of other Russian outlets where one was found."""
from __future__ import annotations

from phrasing import fields


def test_the_gap_between_imports_and_exports_is_the_balance():
    """vocab/ru/measures.csv rows 'разрыв между импортом и экспортом' (retailer.ru, a stored page): the gap between the
    two flows is the trade balance, as 'разница между импортом и экспортом' is, not the exports named last before the
    figure."""
    text = ("Разрыв между импортом и экспортом в Японии составил почти $19 млрд, сообщает русская служба «Би-би-си».\n")
    assert fields(text, "measure", "reporter", "partner", "year", pub_year=2011, lang="ru") == [
        ("почти $19 млрд", "balance", "Japan", "world", 2011)]


def test_a_percent_said_with_odd_is_more_than_its_number():
    """Rule ru_percent_odd (123ru.net, data/ruweb11 tuned page ah10): in 'он увеличился на 12 с лишним процентов' the
    words 'с лишним' ("odd") stand between the number and the percent word: a rise of more than 12%, one figure (it
    had been missed); 'с небольшим' (a little over) reads the same."""
    text = ("Путин: РФ заинтересована в расширении сотрудничества с Азербайджаном\n"
            "\"Несмотря на всю турбулентность в экономике, товарооборот между нашими странами растет\", - констатировал "
            "российский лидер. В прошлом году он увеличился на 12 с лишним процентов и достиг рекордных 4 млрд долларов, "
            "а за первый квартал этого года рост составил почти 6 процентов.\n")
    got = fields(text, "kind", "value", "qualifier", "measure", "reporter", "partner", lang="ru")
    assert got[0] == ("12 с лишним процентов", "growth", 12.0, "more_than", "turnover", "Russia", "Azerbaijan")
    got = fields("Экспорт снизился на 5 с небольшим процентов.\n", "kind", "value", "qualifier", pub_year=2020, lang="ru")
    assert got == [("5 с небольшим процентов", "growth", -5.0, "more_than")]


def test_a_change_joined_to_a_quantity_by_chto_or_ili_is_the_quantitys():
    """Rule physical_change, a physical_change_before row of vocab/ru/patterns.csv (haqqin.az, data/ruweb12 tuned page
    ak08; ampravda.ru, data/ruweb11 tuned page ah07): 'в Казахстан отправлено 246,2 тонны, что на 47% больше' and 'на
    705 тысяч тонн или на 57% больше' change a tonnage, which the guidelines leave out; '... тонн на сумму $60,93 млн,
    что на 61% превышает' changes the money and stays."""
    text = ("В отчетном периоде поставки в Россию выросли на 65% — до 50,28 тыс. тонн на сумму $60,93 млн, что на 61% "
            "превышает показатели прошлого года. В ОАЭ объем экспорта вырос на 86% — до 180 тонн на сумму $245 тыс., в "
            "Казахстан отправлено 246,2 тонны, что на 47% больше, чем год назад.\n")
    assert [f[0] for f in fields(text, "kind", pub_year=2025, lang="ru")] == ["$60,93 млн", "61%", "$245 тыс"]
    text = ("Как заверил первый заместитель начальника таможни Дмитрий Растунцев, общий объем внешнеторгового оборота, "
            "включающего в себя экспорт и импорт, составил почти 1 миллион 940 тысяч тонн. Это на 705 тысяч тонн или на "
            "57% больше чем за соответствующий период прошлого года. Стоимость грузовых отправок достигла показателя 819,4 "
            "миллиона долларов.\n")
    assert [f[0] for f in fields(text, "kind", pub_year=2013, lang="ru")] == ["819,4 миллиона долларов"]


def test_the_bare_first_level_of_a_change_from_to_takes_the_seconds_scale_and_currency():
    """Rule ru_money_change_from (mediapuls.com.tr, data/russian tuned page u16): in 'дефицит внешней торговли Турции с
    Россией снизился с 6,402 до 4,592 миллиарда долларов' the first level, a bare number, is $6.402 billion, a figure
    of its own (it had been missed); a first level with its own scale word ('с 302 миллионов до 190 миллионов
    долларов') stays one figure, as before."""
    text = "При этом дефицит внешней торговли Турции с Россией снизился с 6,402 до 4,592 миллиарда долларов.\n"
    assert fields(text, "value", "currency", "measure", "reporter", "partner", pub_year=2016, lang="ru") == [
        ("6,402", 6402000000.0, "USD", "balance", "Turkey", "Russia"),
        ("4,592 миллиарда долларов", 4592000000.0, "USD", "balance", "Turkey", "Russia")]
    text += ("Значительно сократился экспорт в Россию турецкой сельхозпродукции (с 302 миллионов до 190 миллионов "
             "долларов), текстиля (с 192 миллионов до 42 миллионов долларов).\n")
    assert [(f[0], f[1]) for f in fields(text, "value", pub_year=2016, lang="ru")][2:] == [
        ("302 миллионов", 302000000.0), ("190 миллионов долларов", 190000000.0), ("192 миллионов", 192000000.0),
        ("42 миллионов долларов", 42000000.0)]

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

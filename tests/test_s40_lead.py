"""Phrasings and faults found in session 40 by the lead, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_an_abbreviated_unit_is_a_whole_word_not_the_start_of_one():
    """Rule count_unit_abbr (investkz, data/russian tuned page u12): '5 млрд товарооборота' is money in the currency
    of the amounts around it; the tonne's abbreviation "т" counts only as a word of its own ("1,2 млн т"), not as the
    first letter of "товарооборота"."""
    text = ("Торговый оборот между Казахстаном и Россией в 2006 году составил $13 млрд\n"
            "«Развитие российско-казахстанских отношений находится на очень высоком уровне, - отметил сопредседатель "
            "межправкомиссии с российской стороны В. Христенко. – Если несколько лет назад мы мечтали о 5 млрд "
            "товарооборота, то в прошлом году он достиг $13 млрд». Напомним, что в 2005 году этот показатель составлял "
            "$9,5 млрд.")
    got = fields(text, "kind", "value", "currency", lang="ru", pub_year=2007)
    assert got == [("$13 млрд", "money", 13e9, "USD"), ("5 млрд", "money", 5e9, "USD"), ("$13 млрд", "money", 13e9, "USD"),
                   ("$9,5 млрд", "money", 9.5e9, "USD")]


def test_a_tonne_written_short_still_makes_a_quantity():
    """Rule count_unit_abbr keeps the abbreviation as a word: '1,2 млн т' after an amount in dollars is tonnes (no
    money), and '300 млн долларов' after it is money."""
    text = "Экспорт пшеницы в Египет за год составил 1,2 млн т на сумму 300 млн долларов."
    assert fields(text, "kind", "value", "currency", lang="ru", pub_year=2023) == [
        ("300 млн долларов", "money", 3e8, "USD")]


def test_vehicles_counted_by_a_customs_office_are_no_money():
    """Vocabulary row транспортн (gorodnabire.ru, data/ruweb10 tuned page af10): '7,2 тысячи транспортных средств'
    is a count of vehicles beside the office's money figures, not an amount in their currency."""
    text = ("Общий объём товарооборота составил 80,1 млн долларов США. За 9 месяцев 2013 года Биробиджанской таможней "
            "выпущено свыше двух тысяч деклараций на товары, оформлено 7,2 тысячи транспортных средств и 92,2 тысячи "
            "пассажиров.")
    assert [g[0] for g in fields(text, "kind", lang="ru", pub_year=2013)] == ["80,1 млн долларов США"]

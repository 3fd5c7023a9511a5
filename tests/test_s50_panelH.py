"""Session 50 (panelH): panel cells of one good's value that a Russian sentence gives with a verb of trade and
"на сумму" / "на $X" (vocab/ru/product_flow.txt, rule product_flow). Real sentences, exact values."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tradeflows.dataset.cues import product_rule
from tradeflows.dataset.series import series_status

sys.path.insert(0, str(Path(__file__).resolve().parent))
from phrasing import one_figure, row  # noqa: E402


def ru_row(text: str, figure: str, year: int) -> dict:
    return row(one_figure(text, figure, exact=False, pub_year=year, lang="ru"))


@pytest.mark.parametrize("text, figure, year, cue", [
    # 1prime.ru 2026-02-19 (Georgia's oil imports from Russia): a good between the verb and the amount, the place after it
    ("Так, по итогам первого месяца этого года Грузия импортировала нефти из России на 15,2 миллиона долларов.",
     "15,2 миллиона долларов", 2026, "product_flow"),
    ("МОСКВА, 19 фев - ПРАЙМ. Грузия в январе этого года импортировала из России нефти более чем на 15 миллионов "
     "долларов, в отличие от прошлого января, когда поставок не было.", "15 миллионов долларов", 2026, "product_flow"),
    # ruweb21 atavatan (tuned): a place, then the good, then "на сумму"
    ("Туркменистан за январь–декабрь 2022 года экспортировал в Китай природный газ на сумму 10 миллиардов 250 "
     "миллионов долларов.", "10 миллиардов 250 миллионов долларов", 2023, "product_flow"),
    # ruweb25 mybusiness (tuned): a year, then the good
    ("Грузия, пострадавшая от российского эмбарго, экспортировала в 2019 году вина на сумму около 223 миллионов "
     "долларов, что в 2,3 раза больше, чем Молдова.", "около 223 миллионов долларов", 2020, "product_flow"),
    # "поставок" (genitive plural) of a good is a product's flow like "поставки"
    ("Так, стоимость поставок туркменского трубопроводного газа в Китай в 2022 году составила 10,25 миллиардов "
     "долларов, увеличившись на 51%, сообщило информационное агентство России ТАСС.", "10,25 миллиардов долларов",
     2023, "product_flow"),
    # all goods, or no object at all, stay totals
    ("В 2022 году Беларусь экспортировала в Россию товаров на сумму 20 миллиардов долларов.",
     "20 миллиардов долларов", 2023, None),
    ("В 2022 году Казахстан экспортировал в Китай на сумму 10 миллиардов долларов.",
     "10 миллиардов долларов", 2023, None),
    ("В 2022 году Россия экспортировала в страны дальнего зарубежья на сумму 300 миллиардов долларов.",
     "300 миллиардов долларов", 2023, None),
    ("В 2022 году Киргизия импортировала из Китая различных товаров на сумму 2 миллиарда долларов.",
     "2 миллиарда долларов", 2023, None),
])
def test_a_verb_of_trade_with_one_good_before_the_amount(text, figure, year, cue):
    assert product_rule(ru_row(text, figure, year)) == cue


def test_one_goods_value_stays_out_of_the_panel():
    r = ru_row("Туркменистан за январь–декабрь 2022 года экспортировал в Китай природный газ на сумму 10 миллиардов "
               "250 миллионов долларов.", "10 миллиардов 250 миллионов долларов", 2023)
    assert series_status(r, min_confidence=0.0) == "product"

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


# -- the admission reads a Russian sentence with the Russian vocabulary (series.sentence_language) ---------------------
from dataclasses import replace  # noqa: E402

from tradeflows.dataset.cues import part_year_cue  # noqa: E402
from tradeflows.dataset.series import sentence_language  # noqa: E402
from tradeflows.vocab import using_language  # noqa: E402


def full_year_row(text: str, figure: str, year: int, pub_year: int, lang: str) -> dict:
    """The figure's row as relate would give it on a page whose other sentences dated it a whole year (the case the
    admission has to catch): its period set to the calendar year."""
    f = one_figure(text, figure, exact=False, pub_year=pub_year, lang=lang)
    return row(replace(f, year=year, period_start=f"{year}-01", period_end=f"{year}-12"))


def test_the_base_of_a_part_of_a_later_year_in_russian():
    # ruweb23 frank.uz (tuned): "с $382 млн" is January-May 2024, the base of January-May 2025 (read as 2024's year by
    # the page's head); the admission reads "январь–май 2025 года" only with the Russian vocabulary
    r = full_year_row("За январь–май 2025 года экспорт Узбекистана в Афганистан вырос на 63% — с $382 млн до $622 млн.",
                      "$382 млн", 2024, 2025, "ru")
    assert sentence_language(r) == "ru"
    assert series_status(r, min_confidence=0.0) == "partial year"
    with using_language("en"):
        assert part_year_cue(r) is False     # (the English vocabulary sees no months: what the panel read before)


@pytest.mark.parametrize("text, figure, year, pub_year, lang", [
    # eastcoastdaily.in 2022-07-23: "the corresponding period last year" is January-June 2021
    ("It was at $258.6 billion in the corresponding period last year.", "$258.6 billion", 2021, 2022, "en"),
    # censor.net 2020-07-13: "по сравнению с аналогичным периодом прошлого года ($52,2 млрд)" is January-June 2019
    ("В январе-июне текущего года объем внешней торговли товарами сократился на 9,5%, до $47,2 млрд по сравнению с "
     "аналогичным периодом прошлого года ($52,2 млрд).", "$52,2 млрд", 2019, 2020, "ru"),
])
def test_the_same_period_is_no_whole_year(text, figure, year, pub_year, lang):
    r = full_year_row(text, figure, year, pub_year, lang)
    assert sentence_language(r) == lang
    with using_language(lang):
        assert part_year_cue(r) is True


@pytest.mark.parametrize("text, figure, year, pub_year, lang", [
    ("It was at $258.6 billion in 2021.", "$258.6 billion", 2021, 2022, "en"),
    # a whole year compared with "the same period in" a year, or a bare "за тот же период", is that year (session 50's
    # first pattern read these as parts: tests/test_s45_panel.py EMBASSY, test_russian_blind28 _UZ_CIS); ruweb23's
    # "В 2023 году экспорт в Афганистан за тот же период составлял $329 млн" stays a known miss
    ("Australia exported A$3.4 billion in agricultural goods to China in 2009, an increase of 45.2 per cent over the "
     "same period in 2008.", "A$3.4 billion", 2009, 2010, "en"),
    ("С другими странами за аналогичный период внешнеторговый оборот вырос на 7,2 процента по сравнению с 2020 годом "
     "(24,4 миллиарда долларов) - до 26,2 миллиарда долларов.", "26,2 миллиарда долларов", 2021, 2022, "ru"),
])
def test_a_whole_year_without_a_same_period_of_last_year_stays(text, figure, year, pub_year, lang):
    r = full_year_row(text, figure, year, pub_year, lang)
    with using_language(lang):
        assert part_year_cue(r) is False


# -- a product group's name before "trade" (vocab/en/product_trade.txt, rule product_trade) ---------------------------
@pytest.mark.parametrize("text, figure, cue", [
    # sputniknews.com 2018-11-11: China's farm trade with two partners, not its total
    ("According to Han, the Chinese agricultural trade with Japan and South Korea amounted to $16.78 billion in 2017.",
     "$16.78 billion", "product_trade"),
    # web38 canadiannewstoday (tuned): energy trade of Canada and the US
    ("Both countries rely on each other as a main source of imported energy, including oil, natural gas, clean "
     "electricity and uranium, with energy trade hitting C$198.2 billion in 2023, according to the Canadian government.",
     "C$198.2 billion", "product_trade"),
    # a total and a deal stay
    ("Bilateral trade between the two countries amounted to $16.78 billion in 2017.", "$16.78 billion", None),
])
def test_a_product_groups_trade(text, figure, cue):
    assert product_rule(row(one_figure(text, figure, exact=False, pub_year=2018))) == cue

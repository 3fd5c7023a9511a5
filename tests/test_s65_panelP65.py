"""Session 65 (panelP65): panel precision, figures that are no nation's full-year total (dataset/cues_measure.py,
dataset/cues_period.py; rows of vocab/en/patterns.csv and vocab/ru/product_flow.txt).

- product_non_after: right after the amount (a bracketed restatement may stand between), "from" / "in" trade less an
  excluded group ("Nigeria earned $2.7 billion from non-oil exports"; "in" one is product_in_kind's already): that
  part's, no total (reason `product`);
- quantity_of_goods reads kilos: "exported 319.7 million kilos of tea and earned ... 1.26 billion dollars" (reason
  `product`);
- product_flow (ru) reads kinds of fish and "за рубеж" between the flow noun and the goods ("продажи за рубеж трески",
  "экспорт шотландского лосося"; reason `product`);
- same_period_year: a year and "for the same period" / "за тот же период" in one clause, no amount between ("В 2023
  году экспорт в Афганистан за тот же период составлял $329 млн"): the months of a part of that year (reason
  `partial year`).

Sentences are from pages outside the development sets found with the `search` tool (corpus "pages"), their address
above them, unless labelled CONSTRUCTED; each marked test fails without its rule (checked against ee51f233's parent).
"""
from tradeflows.dataset.cues_measure import product_rule
from tradeflows.dataset.cues_period import part_year_cue
from tradeflows.dataset.series import series_status

from phrasing import one_figure, row


def _row(text: str, figure: str, **kw) -> dict:
    return row(one_figure(text, figure, **kw))


# -- product_non_after ---------------------------------------------------------------------------------------------
# https://issuu.com/thewillnewspaper/docs/thewill_april_02_2023/s/21961284
THEWILL = ("Following an aggressive diversification course championed by the Central Bank of Nigeria (CBN), the country "
           "earned a total of $22.6 billion (N8.8 trillion) from non-oil exports between 2019 and 2022, data by the "
           "National Bureau of Statistics (NBS) have shown.\n")
# https://www.ena.et/en/?p=34823 (odd case: "from export" with no group left out)
ENA = ("Presenting the performance report of his ministry to the House of People’s Representatives today, Trade and "
       "Regional Integration Minister Gebremeskel Chala said the country has secured 2.52 billion USD from export "
       "during the past eight months.\n")


def test_amount_from_non_oil_exports_is_a_part():      # fails without product_non_after
    assert product_rule(_row(THEWILL, "$22.6 billion", pub_year=2023)) == "product_non_after"
    assert product_rule(_row(THEWILL, "N8.8 trillion", pub_year=2023)) == "product_non_after"


def test_amount_from_all_exports_stays():
    assert product_rule(_row(ENA, "2.52 billion USD", pub_year=2022)) is None


# -- quantity_of_goods: kilos ----------------------------------------------------------------------------------------
# CONSTRUCTED (no outside sentence giving a value after "million kilos of <good>" was found; the phrasing is web48's
# tuned page's, its words changed): kilos of one good before the amount
KILOS = "Kenya exported 410.5 million kilos of tea and earned an estimated 1.1 billion dollars in 2019.\n"
# CONSTRUCTED odd case: a weight of all goods is generic
KILOS_GOODS = "The country shipped 410.5 million kilos of goods worth an estimated 1.1 billion dollars in 2019.\n"


def test_kilos_of_a_good_make_its_value_a_product():   # fails without the kilos of quantity_of_goods
    r = _row(KILOS, "an estimated 1.1 billion dollars", pub_year=2020)
    assert product_rule(r) == "quantity_of_goods"
    assert series_status(r) == "product"


def test_kilos_of_goods_are_generic():
    assert product_rule(_row(KILOS_GOODS, "an estimated 1.1 billion dollars", pub_year=2020)) != "quantity_of_goods"


# -- product_flow (ru): kinds of fish ----------------------------------------------------------------------------------
# http://www.thefishsite.ru/news/12274093
FISH = ("По данным отрасли, экспорт шотландского лосося впервые за 12 месяцев может превысить отметку в 1 млрд фунтов "
        "стерлингов (1,3 млрд долларов США), поскольку растущий спрос со стороны США и Азии компенсирует слабость на "
        "традиционных европейских рынках.\n")
# http://thefishsite.ru/news/1093214 (odd case: the flow to a country, no goods named)
FISHSITE = ("Экспорт в Россию в стоимостном выражении достиг в минувшем году новой рекордной отметки 820 млн евро (6 "
            "млрд норв. крон), что на 15% больше по сравнению с 2011 годом.\n")


def test_salmon_exports_are_a_product():               # fails without the fish stems of product_flow (ru)
    assert product_rule(_row(FISH, "1 млрд фунтов стерлингов", exact=False, pub_year=2016, lang="ru")) == "product_flow"


def test_exports_to_a_country_are_no_product():
    assert product_rule(_row(FISHSITE, "820 млн евро", pub_year=2013, lang="ru")) is None


# -- same_period_year -------------------------------------------------------------------------------------------------
# CONSTRUCTED (no outside sentence found; the phrasing of a ruweb23 tuned page, its places and amounts changed):
# a year and "за тот же период" in one clause
SAME_RU = ("За январь–июнь 2024 года экспорт Казахстана в Китай вырос на 20%. В 2022 году экспорт в Китай за тот же "
           "период составлял $5,1 млрд, в 2023 — $6,2 млрд.\n")
# CONSTRUCTED: the English of it
SAME_EN = ("Exports to China rose 20% in January-June 2024. In 2022 exports to China for the same period were $5.1 "
           "billion.\n")
# CONSTRUCTED odd case: an amount between the year and "the same period": the same period is that whole year
SAME_YEAR = "In 2022 exports to China were $5.1 billion, while imports for the same period reached $3.2 billion.\n"


def test_year_with_same_period_is_a_part():            # fails without same_period_year
    assert part_year_cue(_row(SAME_RU, "$6,2 млрд", pub_year=2024, lang="ru"))
    assert part_year_cue(_row(SAME_EN, "$5.1 billion", pub_year=2024))


def test_same_period_after_an_amount_is_that_year():
    assert not part_year_cue(_row(SAME_YEAR, "$3.2 billion", pub_year=2023))

"""Session 54, helper carryP: partners carried into a sentence that names no place.

Rule list_anaphor (facts/partners_list.py): a plural anaphor of places ("these five markets", "эти страны") right after a
sentence that closes on a list of three or more places names that list as the figure's partner; a figure each place had
("each", "по 1%") is not the list's whole."""
from __future__ import annotations

from tradeflows.facts import partners_list
from tradeflows.pipeline import figures_of_clean
from tradeflows.text.clean import clean_text


def _figures(text: str, lang: str = "en", pub_year: int = 2018):
    return figures_of_clean(clean_text(text, "web", "t"), "t", None, pub_year, True, None, lang, None, outlet=None)


def _fig(figs, figure):
    return next(f for f in figs if f.figure == figure)


def _rule(f) -> str:
    return [r for r in f.fact_rules.split(";") if r.startswith("partner:")][0]


# https://cbs.nl/en-gb/news/2003/28/growth-in-a-shrinking-export-market (CBS): "each purchased 300 million euro more" is
# what every one of the three bought, not the three together
CBS = ("In 2002 the export value of trade with the USA increased most on the previous year, namely by 800 million euro. "
       "Almost 5 percent of the total Dutch export value went to the USA in 2002. In 2001 this was half a percent lower.\n\n"
       "Furthermore the export values to Russia, China and Turkey also saw substantial increases. These trading partners each "
       "purchased 300 million euro more in the Netherlands than in 2001.")


def test_a_figure_each_listed_place_had_is_not_the_lists_whole():
    f = _fig(_figures(CBS, pub_year=2003), "300 million euro")
    assert (f.value, f.measure, f.reporter) == (300_000_000.0, "exports", "Netherlands")
    assert f.partner != "Russia, China and Turkey" and _rule(f) != "partner:list_anaphor"


# https://finance-rambler.ru/economics/32327150-bolee-2-5-mld-dollarov-sostavil-tovarooborot-kaluzhskoy-oblasti-v-2015-godu
# ("Деларей" on Kaluga Oblast): "по 1%" is each country's share (vocab/ru/patterns.csv list_each)
KALUGA = ("Крупнейшим партнером Калужской области при экспорте за январь — сентябрь 2015 года была Украина. В эту страну "
          "отгружено 18% товаров. Последнее место в этом списке заняли Республика Корея, Франция, Словакия и Турция. "
          "На долю этих стран пришлось по 1% проданного регионом.")


def test_a_russian_share_each_listed_country_had_is_not_the_lists_whole():
    f = _fig(_figures(KALUGA, lang="ru", pub_year=2015), "1%")
    assert f.value == 1.0
    assert f.partner != "South Korea, France, Slovakia and Turkey" and _rule(f) != "partner:list_anaphor"


# https://allagnews.com/sixty-percent-of-ag-exports-feed-five-nations: the anaphor after the figure ("with 59 percent going
# to these five markets") names the five; the bracketed gloss "(EU-28)" restates the European Union, one item of the list
# (places.merge_restated, read by list_anaphor since s61 xfailY61; before, the gloss cut the list to four after it and
# the count "five" stopped the rule)
ALLAG = ("The United States exported $138 billion worth of agricultural goods in 2017. Although the United States exports "
         "agricultural goods to most countries worldwide, for the last three decades, close to 60 percent of the value of "
         "U.S. agricultural exports has gone to five major trading partners: Canada, China, Mexico, the European Union "
         "(EU-28), and Japan. In 2017, this pattern persisted, with 59 percent going to these five markets.")


def test_an_anaphor_after_the_figure_names_a_list_with_a_gloss():
    """Rule list_anaphor over a list with a bracketed gloss (was a strict xfail)."""
    f = _fig(_figures(ALLAG), "59 percent")
    assert (f.value, f.partner, _rule(f)) == (59.0, "Canada, China, Mexico, the European Union and Japan",
                                              "partner:list_anaphor")


def test_the_count_of_an_anaphor_must_be_the_lists_length(monkeypatch):
    # the same page with the gloss read as no restatement (merge_restated off): "these five markets" after a sentence
    # whose list, cut by the gloss, counts fewer than five
    monkeypatch.setattr(partners_list, "merge_restated", lambda text, places: places)
    f = _fig(_figures(ALLAG), "59 percent")
    assert (f.value, f.partner, _rule(f)) == (59.0, "world", "partner:default_world")

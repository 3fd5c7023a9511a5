"""Session 54, openR31: phrasings found opening data/ruweb31's tuned pages (Russian reference and profile pages on a
country's foreign trade), each tested on real sentences of pages outside the development sets."""
from __future__ import annotations

import pytest

from tradeflows.facts.places import find_places
from tradeflows.vocab import using_language


def _places(text: str, lang: str = "ru") -> list[tuple[str, str]]:
    with using_language(lang):
        return [(text[p.start:p.end], p.name) for p in find_places(text)]


def test_a_bloc_inside_a_broadcasters_latin_name_is_no_place():
    """Rule quoted_outlet, row 'TV' (cue outlet_name_before, vocab/ru/patterns.csv): the TV BRICS network's name is a
    broadcaster's, no bloc of a flow (data/ruweb31's Chile page credits 'El Ciudadano, партнер сети TV BRICS' and its
    exports were read as Chile's to BRICS). news.by, 2025-12-10: the bloc named in Russian stays a place."""
    text = ("Государства - партнеры БРИКС развивают информационный обмен и налаживают взаимные коммуникации через "
            "медиасеть TV BRICS.")
    assert _places(text) == [("БРИКС", "BRICS")]


def test_a_network_credit_names_no_place():
    """interaffairs.ru/news/show/49751 (2025-01-16): 'с TV BRICS ... сотрудничают более 80 медиа из 25 государств'
    names no place at all."""
    text = "Сегодня с TV BRICS на регулярной основе сотрудничают более 80 медиа из 25 государств."
    assert _places(text) == []


def test_an_english_page_keeps_the_bloc_it_credits():
    """Odd case: the row is Russian; an English page (depimedia.com, 'This is reported by Toda Palavra, partner of the
    TV BRICS') still reads BRICS as a place, there the very bloc the figure is about."""
    text = "This is reported by Toda Palavra, partner of the TV BRICS."
    assert _places(text, "en") == [("BRICS", "BRICS")]


# --- rule world_trade (facts/reporters_world.py; vocab/<lang>/world_trade.csv) ------------------------------------------

def _facts(text: str, **kw) -> list[tuple]:
    from phrasing import figs, rule
    return [(f.figure, f.measure, f.reporter, f.partner, rule(f, "reporter"), rule(f, "partner")) for f in figs(text, **kw)]


def test_the_worlds_trade_in_russian_is_the_worlds_with_no_counterpart():
    """russian.rt.com/business/news/789970 (WTO forecast, 2020): 'снижение объёма мировой торговли товарами на 9,2%' is
    the world's trade, no country's (data/ruweb31's Vietnam page opened on 'Объем международной торговли снизился в
    2020 г. на 9 %' and gave it to Vietnam with Southeast Asia)."""
    text = ("ВТО улучшила прогноз падения мировой торговли в 2020 году\n\n"
            "«ВТО прогнозирует снижение объёма мировой торговли товарами на 9,2% в 2020 году с последующим ростом на 7,2% "
            "в 2021-м», — говорится в сообщении.\n")
    got = _facts(text, lang="ru", pub_year=2020)
    assert got[0] == ("9,2%", "turnover", "world", None, "world_trade", "world_trade")


def test_world_goods_trade_in_english_is_the_worlds():
    """nordot.app/1016317660445818880 (Kyodo on the WTO, 2023): 'world goods trade in 2022 surged 12 percent to $25.3
    trillion': both figures are the world's, no counterpart."""
    text = ("By value, world goods trade in 2022 surged 12 percent to $25.3 trillion, partly reflecting higher commodity "
            "and energy prices.\n")
    assert _facts(text, pub_year=2023) == [
        ("12 percent", "turnover", "world", None, "world_trade", "world_trade"),
        ("$25.3 trillion", "turnover", "world", None, "world_trade", "world_trade")]


def test_a_region_named_keeps_its_own_flow():
    """Odd case (same Kyodo page): 'By region, Asia is expected to see a 2.5 percent growth in goods exports this year'
    names a place: the exports are Asia's, rule world_trade stays silent."""
    text = "By region, Asia is expected to see a 2.5 percent growth in goods exports this year.\n"
    got = _facts(text, pub_year=2023)
    assert got[0][2] == "Asia" and got[0][4] != "world_trade"


@pytest.mark.xfail(strict=True, reason="a sentence going on with the world's trade of the one before is not carried")
def test_the_next_sentence_on_the_worlds_trade_is_not_carried():
    """minfin.com.ua/amp/2020/10/07/53640842: 'объем мировой торговли увеличится на 7,2%' is read; the next sentence's
    'В 2020 году падение составит 9,2%' goes on with it, but names no trade and is not carried (known miss, as
    data/ruweb31's 'Одновременно торговля услуг «просела» на 16,5%')."""
    text = ("Всемирная торговая организация прогнозирует, что в 2021 году объем мировой торговли увеличится на 7,2%, но все "
            "еще останется ниже докризисного уровня.\n\nВ 2020 году падение составит 9,2% по сравнению с предыдущим "
            "годом.\n")
    got = {g[0]: g for g in _facts(text, lang="ru", pub_year=2020)}
    assert got["7,2%"][2:4] == ("world", None)
    assert got["9,2%"][2:4] == ("world", None)


# --- rule wrapped_goes_on (text/clean.py _hard_wrapped) -------------------------------------------------------------

GEOSTAT = ("Million USD\n\n"
           "2019 2020 2021 2022 2023 January-June 2024\n"
           "External Trade Turnover 13 315.0 11 389.4 14 341.1 19 130.8 21 690.0 10 320.1\n"
           "Export (FOB) 3 797.0 3 340.7 4 242.5 5 582.4 6 086.4 2 848.3\n"
           "Import (CIF) 9 518.0 8 048.7 10 098.6 13 548.4 15 603.6 7 471.8\n"
           "Trade Balance -5 720.9 -4 708.0 -5 856.1 -7 965.9 -9 517.2 -4 623.5\n"
           "Export excluding re-export 2 316.6 2 399.5 3,117.6 3 678.0 2 762.8 1 293.9\n")


def test_records_that_end_open_but_open_on_a_capital_are_lines_of_their_own():
    """geostat.ge/en/modules/categories/765 (Georgia's external trade, a table printed as lines): every record ends on a
    number, no sentence end, but the next opens on a capital: lines of their own, not one hard-wrapped paragraph (as
    data/ruweb31's Nigeria profile 'Экспорт (товары) – 60,6 млрд. дол. США (2018, в текущих ценах, ЮНКТАД)' / 'Импорт
    (товары) – 43 млрд. ...', whose flows were read off the next line's label once the lines were joined)."""
    from tradeflows.text.clean import clean_text
    c = clean_text(GEOSTAT, "web")
    lines = [c.text[s:e] for s, e in c.paragraphs]
    assert "Export (FOB) 3 797.0 3 340.7 4 242.5 5 582.4 6 086.4 2 848.3" in lines
    assert "Import (CIF) 9 518.0 8 048.7 10 098.6 13 548.4 15 603.6 7 471.8" in lines


UN_YEARBOOK = ("The Department of Economic and Social Affairs of the United Nations is a vital\n"
               "interface between global policies in the economic, social and environmental\n"
               "spheres and national action. The Department works in three main interlinked\n"
               "areas: (i) it compiles, generates and analyses a wide range of economic, social and\n"
               "environmental data and information on which United Nations Member States draw\n"
               "to review common problems and to take stock of policy options; (ii) it facilitates\n"
               "the negotiations of Member States in many intergovernmental bodies on joint\n")


def test_a_page_wrapped_at_a_width_is_still_joined():
    """Odd case: studylib.net's copy of the UN International Trade Statistics Yearbook 2022 is wrapped at a fixed
    width, its lines going on in lower case: one paragraph, as before."""
    from tradeflows.text.clean import clean_text
    c = clean_text(UN_YEARBOOK, "web")
    assert len(c.paragraphs) == 1

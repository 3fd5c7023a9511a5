"""Partner rule `previous_counterpart` (facts/partners_carried.py), session 55: an investment or a cost (measure
other) whose sentence names no place, right after a sentence of the same paragraph that named a counterpart (not the
figure's reporter), is that counterpart's; no_counterpart, which carries none, took it before (it still decides a
figure a paragraph break or another sentence separates from the counterpart). Sentences from outlets of no data set."""
from __future__ import annotations

import pytest

from tradeflows.pipeline import figures_of_text
from phrasing import rule


def figure(text: str, lang: str, pub_year: int, fig: str):
    """The single figure of a web text written `fig`."""
    hits = [f for f in figures_of_text(text, "page", "web", lang=lang, pub_year=pub_year) if f.figure == fig]
    assert len(hits) == 1, [f.figure for f in figures_of_text(text, "page", "web", lang=lang, pub_year=pub_year)]
    return hits[0]


# kaluga-poisk.ru/news/obschestvo/turetskiy-investor-vlozhit-76-mln-v-novuyu-proizvodstvennuyu-liniyu-kaluzhskogo-zavoda
KALUGA = ("Турецкий инвестор вложит 76 млн в новую производственную линию калужского завода\n"
          "Турецкий инвестор вложит 76 млн в новую производственную линию калужского завода. Об этом сегодня, 20 апреля, "
          "на странице в соцсетях сообщил Владислав Шапша.\n"
          "Компания \"Хаят\" запустила на заводе, находящимся на Боровской площадке ОЭЗ \"Калуга\", новый проект по "
          "производству ещё одного вида бумажно-гигиенической продукции в России. На это планируется потратить около 76 "
          "миллионов рублей.\n")

# russian.rt.com/article/122843 (a Chinese dairy complex in Primorye)
PRIMORYE = ("Китайский бизнес инвестирует 14 млрд рублей в строительство животноводческого комплекса в Приморье\n"
            "«Мы хотим создать в Приморье образцово-показательную зону китайско-русской молочной промышленности. Готовы "
            "инвестировать в этот проект 1,5 млрд юаней (14,5 млрд рублей)», — приводит агентство слова президента "
            "«Чжундин» Сунь Гоцяна.\n")

# dailysabah.com/business/2018/06/07/foreign-firms-announce-500m-investments-in-turkey-in-one-week
SABAH = ("Foreign firms announce $500M investments in Turkey in one week\n"
         "\"The company, manufacturing tailor-made batteries for our buses, wants to produce in Turkey. We are still in "
         "talks. The size of the investment will be around 60 million euros. We will export a significant portion of "
         "production to Europe,\" Çiçek said.\n")

# english.nna.jp/articles/1485 (VNA, Fuji Electric's factory in Ha Nam)
HANAM = ("Japan-invested Fuji Electric factory inaugurated in Ha Nam\n"
         "HA NAM,VNA- Japanese-invested Fuji Electric Industry Vietnam factory was inaugurated at Dong Van III industrial "
         "park in Duy Tien district, the northern province of Ha Nam, on September 19.\n\n"
         "This is the 100th project of Japanese investors in the province. The 11,500 sq.m factory, built at a total cost "
         "of 5 million USD, manufactures and assembles power cordsets used in automation applications and switchgear "
         "components.\n")


def test_a_cost_right_after_the_sentence_naming_its_counterpart_is_that_counterparts():
    """'... новый проект по производству ... в России. На это планируется потратить около 76 миллионов рублей': the
    Turkish investor's spending, in the sentence after the one that named Russia, is on Russia's side (it was left with
    no counterpart: rule no_counterpart)."""
    f = figure(KALUGA, "ru", 2023, "около 76 миллионов рублей")
    assert (f.value, f.currency, f.measure, f.reporter, f.partner, f.partner_iso3) == (
        76_000_000.0, "RUB", "other", "Turkey", "Russia", "RUS")
    assert rule(f, "partner") == "previous_counterpart"


def test_an_investment_quoted_after_the_sentence_naming_the_region_is_the_regions():
    """'Мы хотим создать в Приморье ... . Готовы инвестировать в этот проект 1,5 млрд юаней (14,5 млрд рублей)': both
    amounts of the Chinese investor's pledge go to Primorye, named in the sentence before."""
    for fig, value, cur in (("1,5 млрд юаней", 1_500_000_000.0, "CNY"), ("14,5 млрд рублей", 14_500_000_000.0, "RUB")):
        f = figure(PRIMORYE, "ru", 2015, fig)
        assert (f.value, f.currency, f.reporter, f.partner, f.partner_iso3, f.year) == (
            value, cur, "China", "Primorsky Krai", "RUS", 2015)
        assert rule(f, "partner") == "previous_counterpart"


def test_a_sentence_between_keeps_no_counterpart():
    """'... wants to produce in Turkey. We are still in talks. The size of the investment will be around 60 million
    euros': a sentence stands between the place and the investment; the rule reads only the sentence just before, so
    no_counterpart decides (and Turkey is the figure's own reporter besides)."""
    f = figure(SABAH, "en", 2018, "around 60 million euros")
    assert (f.value, f.currency, f.measure, f.reporter, f.partner) == (60_000_000.0, "EUR", "investment", "Turkey", None)
    assert rule(f, "partner") == "no_counterpart"


@pytest.mark.xfail(strict=True, reason="the province (Ha Nam, Vietnam) is named a paragraph before and the sentence "
                                       "just before names only the investors' country, the reporter: no counterpart")
def test_known_miss_a_factorys_cost_after_a_paragraph_break():
    f = figure(HANAM, "en", 2019, "5 million USD")
    assert (f.reporter, f.partner_iso3) == ("Japan", "VNM")

"""Session 71 (openQ71): reporters that are entities, studied on the tuned pages of data/ruweb43 and data/web54 (aside:
ruweb43 cu09, cu10; web54 ct02, ct03, ct05, unread).

- entity_demonstrative (facts/reporters_entity.py, reporter sieve right after entity_designated; rows
  entity_demonstrative of vocab/en and vocab/ru patterns.csv): "через данный КПП", "this port" given the figure's flow
  stand for the entity named last before them in the sentence or the paragraph.
- entity_sentence_before (after it): a figure naming no place or entity before it goes on with the flow the sentence
  before gave an entity (not where a figure of the paragraph had the entity already: rule carried).
- entity_subject (after it): an entity its sentence opens on owns an amount right followed by its flow.
- vocab/en/entity_designators.csv column collective ("QIZ exports": Egypt QIZs) and shape bracket ("Белорусский
  автомобильный завод (БелАЗ)": BelAZ); a name "X of Y" written as the page writes it most.
- entity_cargo_value (facts/measure_cargo.py, the measure's last fallback before default_other; rows cargo_value_before):
  what the goods through a crossing or port named in the sentence or the one before were worth is its turnover.
- entity_carried yields where the figure's sentence names another entity.
- vocab/ru/transliteration.csv: the pair "чж" read as zh before its letters (Palladius's spelling of Chinese names).
"""
import pytest

from tradeflows.pipeline import figures_of_text


def _got(text: str, lang: str = "ru", year: int | None = None) -> list[tuple]:
    """(figure, measure, reporter, reporter_iso3, measure rule, reporter rule) of each figure of a web text."""
    out = []
    for f in figures_of_text(text, "page", "web", lang=lang, pub_year=year):
        rules = dict(r.split(":", 1) for r in f.fact_rules.split(";") if ":" in r)
        out.append((f.figure, f.measure, f.reporter, f.reporter_iso3, rules.get("measure"), rules.get("reporter")))
    return out


# CONSTRUCTED on the phrasing of eastlogistics.ru's page on the Manzhouli checkpoint (a dev page, ruweb43 cu03, so not
# quoted): searched the pages corpus for "через данный пункт пропуска прошло тонн грузов стоимостью", "КПП Маньчжоули
# товарооборот в стоимостном выражении" and English "through this port" trade value: no page outside the sets writes a
# demonstrative of a crossing before its value
CROSSING = ("Грузы на российско-китайской границе\n\n"
            "Осуществляемые через КПП Суйфэньхэ перевозки из Китая растут уже не первый год. Так, в 2019 году через "
            "данный КПП прошло 9,2 млн. тонн, что в стоимостном выражении достигло $1,4 млрд. По сравнению с 2018 годом "
            "увеличение составило 7,5%.\n")


def test_this_checkpoint_is_the_one_named_before():
    got = _got(CROSSING, year=2020)
    assert got[0] == ("$1,4 млрд", "turnover", "Suyfenkhe checkpoint", "CHN", "entity_cargo_value",
                      "entity_demonstrative")
    # the next sentence's growth goes on with the checkpoint's turnover (rules previous_sentence, carried)
    assert got[1] == ("7,5%", "turnover", "Suyfenkhe checkpoint", "CHN", "previous_sentence", "carried")


# CONSTRUCTED (searched as above): the English row
PORT = ("Cargo through a US port\n\n"
        "Port Everglades in Florida handled a record number of containers in 2015, its officials said. The value of "
        "exports through this port rose 4.2 percent to $1.1 billion.\n")


def test_this_port_is_the_one_named_before():
    got = _got(PORT, lang="en", year=2016)
    assert ("4.2 percent", "exports", "Port Everglades", "USA", "cue_before", "entity_demonstrative") in got


def test_a_demonstrative_with_no_entity_before_is_no_reporter():
    got = _got("Через данный КПП в 2019 году прошло грузов стоимостью $1,4 млрд, сообщила таможня Китая.\n", year=2020)
    assert got[0][2] != "" and got[0][5] != "entity_demonstrative"


# http://russian.people.com.cn/31518/8617576.html (Xinhua): the checkpoint's name in pinyin through "чж"; the goods'
# worth after "древесины общей стоимостью" is no row of cargo_value_before (a product's value, here China's imports)
TIMBER = ("КПП Маньчжоули лидирует в Китае по объему импорта древесины из РФ\n"
          "Хух-Хото, 5 мая /Синьхуа/ -- Согласно данным таможни, в январе-марте текущего года через КПП Маньчжоули "
          "/Маньчжурия/ в Китай поступило 1,56 млн кубометров российской древесины общей стоимостью 1,25 млрд юаней "
          "/1 американский доллар - 6,16 юаня/.\n")


def test_manzhouli_in_pinyin():
    from tradeflows.facts.reporters_entity import _scan
    from tradeflows.vocab import using_language
    with using_language("ru"):
        names = [e.name for e in _scan(TIMBER, "ru")[1]]
    assert names == ["Manzhouli checkpoint", "Manzhouli checkpoint"]
    got = _got(TIMBER, year=2014)
    assert got[0][4] != "entity_cargo_value"


# CONSTRUCTED on eastlogistics.ru's "Китайский импорт через пропускной пункт Забайкальск-Маньчжурия вырос в 2011 году на
# 36%" after figures of the Manzhouli checkpoint (ruweb43 cu03, a dev page): a sentence naming another crossing is not
# the carried one's
OTHER = (CROSSING + "\nКитайский импорт через пропускной пункт Забайкальск-Маньчжурия вырос в 2019 году на 12%, причем "
         "данный показатель не учитывает поставки нефти.\n")


def test_a_sentence_naming_another_crossing_is_not_carried():
    got = _got(OTHER, year=2020)
    assert got[-1][0] == "12%" and got[-1][5] != "entity_carried" and got[-1][2] != "Suyfenkhe checkpoint"


# -- entity_sentence_before and the bracket shape (vocab/ru/entity_designators.csv) ------------------------------------
# https://mediabrest.by/news/nashi-sosedi/belorusskiy-zavod-beldzhi-prodal-mashin-na-milliard-dollarov-v-rossii: a plant
# named by the noun of its kind, its short name in brackets; its country from the adjective before
BMZ = ("С 900 миллионами долларов в так называемой «большой шестерке» экспортеров в Россию оказался Белорусский "
       "металлургический завод (БМЗ), который занимает производством высокопрочной стали и выпуском готовых изделий из "
       "нее.\n")


def test_a_plant_named_by_its_short_name_in_brackets():
    from tradeflows.facts.reporters_entity import _scan
    from tradeflows.vocab import using_language
    with using_language("ru"):
        found = _scan(BMZ, "ru")[1]
    assert [e.name for e in found] == ["BMZ"]
    assert BMZ[found[0].start:found[0].end] == "Белорусский металлургический завод (БМЗ)"


# CONSTRUCTED on regions.by's page on BelAZ (ruweb43 cu06, a dev page: "Белорусский автомобильный завод (БелАЗ)
# установил рекорд экспорта своей продукции в страны дальнего зарубежья. Так, в период с января по июль текущего года
# соответствующий показатель в совокупном объеме внешних поставок составлял 41%"); searched the pages corpus for "завод
# (БелАЗ) экспорт своей продукции в страны дальнего зарубежья": mediabrest.by's sentence above names its plant after the
# figure, no page found opening a paragraph on a plant's exports before the figures
PLANT = ("Итоги полугодия\n\n"
       "Белорусский металлургический завод (БМЗ) нарастил экспорт своей продукции в страны Европы. Так, в первом полугодии "
       "соответствующий показатель вырос на 12%, а доля Европы в поставках составила 18%.\n")


def test_the_plant_of_the_sentence_before_owns_the_figures():
    got = _got(PLANT, year=2021)
    assert [(g[0], g[2], g[3], g[5]) for g in got] == [("12%", "BMZ", "BLR", "entity_sentence_before"),
                                                       ("18%", "BMZ", "BLR", "carried")]
    # (the share names its place, Europe, before it: no rule of the sentence before, the plant kept by rule carried)


def test_a_figure_naming_its_own_place_is_not_the_plant_s():
    got = _got(PLANT.replace("Так, в первом полугодии", "Так, в первом полугодии экспорт Беларуси в Германию"),
               year=2021)
    assert got[0][5] != "entity_sentence_before"


# -- collective entities (vocab/en/entity_designators.csv, column collective) -----------------------------------------
# http://www.fibre2fashion.com/news/apparel-news/newsdetails.aspx?news_id=84821: a country's zones of one kind together,
# named by its demonym
QIZ_JORDAN = ("QIZs prove to be engines of economic growth\n\n"
              "Qualified Industrial Zones (QIZs) in Jordan have proved to be engines of economic growth for the Arab "
              "kingdom.\n\n"
              "Exports from the Jordanian QIZs to the US have shot up 100-fold, from $15 million in 1997 to peak at $1.5 "
              "billion in 2006.\n")


def test_a_demonym_s_zones_together():
    got = _got(QIZ_JORDAN, lang="en", year=2010)
    assert ("$1.5 billion", "exports", "Jordan QIZs", "JOR", "cue_before", "entity_designated") in got


# CONSTRUCTED on amcham.org.eg's "After hitting the USD 1 billion mark in 2019, QIZ exports dropped 22% YoY during 2020"
# (web54 ct07, a dev page); searched the pages corpus for "QIZ exports to the United States rose percent Jordan QIZs":
# fibre2fashion's sentence above, no other page with the designator alone before its flow
QIZ_ALONE = ("Egypt-U.S. trade\n\n"
             "Egypt’s QIZ exports rose 9% in 2023, the trade ministry said.\n")


def test_the_designator_alone_is_the_page_s_zones_together():
    got = _got(QIZ_ALONE, lang="en", year=2024)
    assert got[0] == ("9%", "exports", "Egypt QIZs", "EGY", "cue_before", "entity_designated")


def test_a_designator_alone_with_no_collective_is_no_entity():
    got = _got(QIZ_ALONE.replace("QIZ exports", "FTZ exports"), lang="en", year=2024)
    assert got[0][2] == "Egypt" and got[0][5] != "entity_designated"


def test_a_text_lower_case_cannot_copy_letter_by_letter():
    # CONSTRUCTED: "İ" lowers to two characters, so vocab.text_low gives no copy of such a page (a page-wide gate on that
    # copy once raised a TypeError that dropped every relate rule of the page; the rule now searches the window only)
    got = _got(CROSSING + "\nЧасть грузов идет в İstanbul.\n", year=2020)
    assert got[0][5] == "entity_demonstrative"


# -- entity_subject ---------------------------------------------------------------------------------------------------
# https://www.freightwaves.com/news/freightwaves-classics%3A-the-port-of-laredo-is-%231-inland-port-in-us: the port its
# sentence opens on owns the amount its flow follows, whatever places the sentence names between
FREIGHTWAVES = ("FreightWaves Classics: The Port of Laredo is #1 inland port in U.S.\n\n"
                "The Port of Laredo\n\n"
                "The Port of Laredo is the number 1 inland port along the U.S.-Mexico border and ranks fourth in the "
                "nation with $205.88 billion in imports and exports in 2020 according to U.S. Census Bureau data "
                "analyzed by WorldCity.\n")


def test_the_port_its_sentence_opens_on():
    got = _got(FREIGHTWAVES, lang="en", year=2021)
    assert got[0] == ("$205.88 billion", "turnover", "Port of Laredo", "USA", "cue_joined_after", "entity_subject")


# CONSTRUCTED: freightwaves' sentence on a page that writes the port's name as "Port Laredo" more often than "Port of
# Laredo" (laredoedc.org's pages do: "Port Laredo’s trade with the world rose 9.29 percent")
def test_the_page_s_usual_form_of_the_name():
    text = FREIGHTWAVES + ("\nPort Laredo’s trade with the world rose 9.29 percent. Trade at Port Laredo was valued at "
                           "$93.01 billion. Port Laredo ranked No. 4 by value, and Port Laredo’s exports rose too.\n")
    got = _got(text, lang="en", year=2021)
    assert got[0][2:4] == ("Port Laredo", "USA") and got[0][5] == "entity_subject"


def test_an_amount_with_no_flow_after_is_not_the_opening_port_s():
    got = _got(FREIGHTWAVES.replace(" in imports and exports", ""), lang="en", year=2021)
    assert got[0][5] != "entity_subject"

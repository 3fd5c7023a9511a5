"""Session 64 (reporterE64): reporters that are not countries (ports, free and industrial zones, border crossings,
companies with a legal form), studied on the tuned pages of data/web54 and data/ruweb43.

- entity_designated (facts/reporters_entity.py, in the reporter sieve right before possessive): each sentence holding a figure is scanned
  once for the designator words of vocab/<lang>/entity_designators.csv ("Port", "Free Zone", "Industrial Zone", "КПП",
  "пункт пропуска", "Ltd"), the name read beside each; a figure whose window names such an entity in a flow frame
  (cues entity_flow_before: "Trade at Port Laredo", "exports from the Aras Free Trade-Industrial Zone", "Грузооборот
  пункта пропуска Мишань"; entity_flow_after: "Port Everglades’ trade", "East Amman Industrial Zone exports") is the
  entity's, with the country of a place its name holds, else the page's; a Russian name is written in the registry's
  spelling where it is a place, else transliterated (vocab/ru/transliteration.csv).
- entity_carried (right before sources and subject): a figure naming no owner after an entity's own flow stays the
  entity's in the next paragraph, and anywhere further where the page names the entity twice or more.
"""
from tradeflows.pipeline import figures_of_text


def _got(text: str, lang: str = "en", year: int | None = None) -> list[tuple]:
    """(figure, reporter, reporter_iso3, reporter rule) of each figure of a web text."""
    return [(f.figure, f.reporter, f.reporter_iso3,
             next((r.split(":", 1)[1] for r in f.fact_rules.split(";") if r.startswith("reporter:")), None))
            for f in figures_of_text(text, "page", "web", lang=lang, pub_year=year)]


# -- entity_designated ------------------------------------------------------------------------------------------------
# http://www.arabnews.com/node/1144071/business-economy (title and first sentence)
JAFZA = ("Non-oil trade at Dubai’s Jebel Ali Free Zone hits $80.2 billion in 2016\n\n"
         "DUBAI: Non-oil trade at Jebel Ali Free Zone rose 17 percent to $80.2 billion (SR300.75 billion) or an "
         "equivalent 27.9 million tons in 2016, from 23.9 million tons a year earlier.\n")


def test_trade_at_a_free_zone_is_the_zone_s():
    got = _got(JAFZA, year=2017)
    assert ("17 percent", "Jebel Ali Free Zone", "ARE", "entity_designated") in got
    assert ("SR300.75 billion", "Jebel Ali Free Zone", "ARE", "entity_designated") in got
    # the title: the place owning the zone ("Dubai’s") is no part of its name
    assert got[0] == ("$80.2 billion", "Jebel Ali Free Zone", "ARE", "entity_designated")


# https://www.maritimeprofessional.com/amp/news/international-trade-port-everglades-262046
EVERGLADES = ("International Trade Up 6.8% at Port Everglades\n\n"
              "According to WorldCity’s data, Port Everglades’ trade with the world totaled $20.17 billion through the "
              "first nine months of 2014, which includes containerized cargo, petroleum products and bulk cargoes such "
              "as cement. Imports rose 16.21 percent, and exports decreased 1.27 percent. The Port, located in Broward "
              "County including the cities of Fort Lauderdale, Hollywood and Dania Beach, is Florida’s top seaport for "
              "import/export trade with 17.5 percent of the state’s total international trade.\n")


def test_a_port_s_possessive_trade_and_its_paragraph():
    got = _got(EVERGLADES, year=2014)
    assert ("$20.17 billion", "Port Everglades", "USA", "entity_designated") in got
    # the later flows of its paragraph stay the port's (rule carried)
    assert ("16.21 percent", "Port Everglades", "USA", "carried") in got
    assert ("1.27 percent", "Port Everglades", "USA", "carried") in got


# http://biang.ru/ru/economics/2022年一季度密山口岸进出口贸易额同比增长6573.8.html (title)
MISHAN = "Грузооборот автомобильного пункта пропуска Мишань в 1 квартале вырос на 218,1%\n"


def test_russian_checkpoint_named_in_latin_letters():
    got = _got(MISHAN + "При этом импорт в Китай в денежном выражении за период с января по март сократился на 65,8%.\n",
               lang="ru", year=2022)
    assert got[0] == ("218,1%", "Mishan checkpoint", "CHN", "entity_designated")
    # the next sentence's own frame ("импорт в Китай") is no checkpoint's
    assert got[1][1] == "China"


# -- entity_carried ---------------------------------------------------------------------------------------------------
# https://menafn.com/1107790503/Value-of-exports-from-Irans-Aras-Free-Zone-surges-by-30-percent-in-9-months
ARAS = ("Value of exports from Iran's Aras Free Zone surges by 30 percent in 9 months\n\n"
        "(MENAFN) The value of exports from the Aras Free Trade-Industrial Zone (AFZ) in Iran's northwestern province "
        "of East Azarbaijan experienced a significant increase of 30 percent during the first nine months of the "
        "current Iranian calendar year (March 21-December 21, 2023), compared to the corresponding period in the "
        "previous year. This announcement was made by Majid Kiani, the managing director of the Aras Free "
        "Trade-Industrial Zone Organization.\n\n"
        "According to Kiani, commodities worth USD148 million were exported from the zone during the mentioned "
        "nine-month period.\n")


def test_the_zone_keeps_the_next_paragraph_s_flow():
    got = _got(ARAS, year=2024)
    assert ("30 percent", "Aras Free Trade-Industrial Zone", "IRN", "entity_designated") in got
    assert ("USD148 million", "Aras Free Trade-Industrial Zone", "IRN", "entity_carried") in got


# -- where no entity is read ------------------------------------------------------------------------------------------
# https://qa.philstar.com/business/2003/09/04/219716/ecozone-exports-13-147-b-january-july/amp: "Economic Zone" inside
# a body's longer name ("Philippine Economic Zone Authority") is no zone, and "special economic zones" is a plural kind
PEZA = ("The Philippine Economic Zone Authority (PEZA) reported yesterday that export earnings of special economic "
        "zones reached $14.7 billion in the first seven months of the year, 13 percent or $1.76 billion more than the "
        "$12.94 billion earned in the first seven months of 2002.\n")


def test_a_body_or_a_plural_kind_is_no_entity():
    got = _got(PEZA, year=2003)
    assert got and all(rule not in ("entity_designated", "entity_carried") for *_, rule in got)
    assert all("Zone" not in (rep or "") for _, rep, _, _ in got)


# https://global.chinadaily.com.cn/bizchina/2017-08/14/content_30575614.htm: "Jafza" alone has no designator word: a
# company or zone named without one is not guessed
def test_a_name_without_designator_is_not_guessed():
    got = _got("DUBAI - The trade between Jafza and China hit $11.3 billion in 2016, \"with many Chinese companies in "
               "Dubai using logistics capability to re-export goods and products,\" Jafza said.\n", year=2017)
    assert got and all(rule != "entity_designated" and rep != "Jafza" for _, rep, _, rule in got)


# CONSTRUCTED on the phrasing "Китайский импорт через пропускной пункт ... вырос ... на 36%" (a tuned page of ruweb43,
# not quoted): the `search` tool found no page outside the development sets where a demonym owns a flow through a
# named crossing (queries "китайский импорт через пункт пропуска вырос", "импорт через погранпереход вырос на").
def test_a_demonym_owning_the_flow_keeps_it_through_the_crossing():
    got = _got("Китайский импорт через пункт пропуска Мишань вырос в 2021 году на 36%.\n", lang="ru", year=2022)
    assert got == [("36%", "China", "CHN", got[0][3])] and got[0][3] != "entity_designated"


# -- along_border (facts/subject.py; a named filter of the subject's votes and of the partner candidates) ---------------
# CONSTRUCTED on the phrasing of a title of data/web54 ("No. 1 Inland Port along US-Mexico Border"): the `search` tool
# found real pages that say "along the US-Mexico border" (businessinsider.com: "these four states are along the
# US-Mexico border") but none with a trade figure of the port or state in that sentence (queries "ports of entry along
# the U.S.-Mexico border handled billion in trade", "inland port along the border total trade").
def test_a_border_something_lies_along_is_no_counterpart():
    got = figures_of_text("The Port of Santa Teresa is the largest inland port along the US-Mexico border, with $2.1 "
                          "billion in total trade in 2021.\n", "page", "web", lang="en", pub_year=2022)
    assert [(f.figure, f.partner) for f in got] == [("$2.1 billion", "world")]


# https://www.businessinsider.com/this-map-shows-how-much-four-us-states-depend-on-mexico-2017-3: trade between the two
# sides of a border, with no "along", keeps its counterpart
def test_trade_across_a_border_keeps_its_counterpart():
    got = figures_of_text("Two-way trade across the border totals $1.4 billion per day and takes place at 25 major "
                          "ports of land entry between the US and Mexico.\n", "page", "web", lang="en", pub_year=2017)
    assert [(f.figure, f.partner) for f in got] == [("$1.4 billion", "Mexico")]


# -- change_basis_gap (facts/period_adjacent.py adjacent_gap; vocab/en/period_gap.csv role change_basis) --------------
# CONSTRUCTED on the phrasing of a tuned page of data/web54 ("QIZ exports dropped 22% YoY during 2020"): the `search`
# tool found real pages writing "YoY" or "y-o-y" right after a rate ("Exports dropped 1.8% y-o-y in December to $27.36
# billion", financialexpress.com; "-26% YoY in USD", exportplanning.com), but none where a year after it overrules an
# earlier year of the clause (queries "after reaching record in 2019, exports fell YoY in 2020 percent", "exports rose
# percent YoY in 2021 to billion").
def test_the_basis_of_a_change_does_not_part_it_from_its_year():
    got = figures_of_text("After hitting $2 billion in 2018, the zone's exports dropped 9% YoY during 2019 because of "
                          "weak demand.\n", "page", "web", lang="en", pub_year=2020)
    assert [(f.figure, f.year) for f in got] == [("$2 billion", 2018), ("9%", 2019)]
    assert "year:explicit" in got[1].fact_rules
    got = figures_of_text("After hitting a record in 2018, exports dropped 9% year-on-year in 2019 due to weak demand.\n",
                          "page", "web", lang="en", pub_year=2020)
    assert [(f.figure, f.year) for f in got] == [("9%", 2019)]

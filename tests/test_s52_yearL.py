"""Session 52, yearL: years a page's structure carries to a figure, and where the carried year no longer holds."""
from __future__ import annotations

from phrasing import figs


def _years(text, year):
    return [(f.figure, f.year, f.fact_rules.split("year:")[1].split(";")[0]) for f in figs(text, pub_year=year)]


# latimes.com (15 September 2018) and politico.eu: the goods a tariff is laid on, after a paragraph that set 2018
TARIFFS = ("US trade with China\n\nIn 2018, US imports from China rose 7 percent to $540 billion.\n\n"
           "President Trump has decided to impose tariffs on $200 billion in Chinese goods, two people briefed on the "
           "decision said, one of the most severe economic restrictions ever imposed by a U.S. president.\n\n"
           "President Donald Trump announced that the United States will impose a 10 percent duty on an additional "
           "$200 billion of Chinese imports.\n\n"
           "Imports of goods subject to tariffs fell to $100 billion.\n")


def test_the_goods_a_tariff_is_laid_on_have_no_year():
    """Rule tariff_object: "impose tariffs on $200 billion in Chinese goods" (latimes.com), "a 10 percent duty on an
    additional $200 billion of Chinese imports" (politico.eu) are the goods a measure covers, not the section's 2018
    flow (data/web8 n06, web16 l09, web38 bn01: gold has no year, section_period and source_year gave the page's)."""
    got = _years(TARIFFS, 2019)
    assert ("$540 billion", 2018, "explicit") in got
    assert [g for g in got if g[0] == "$200 billion"] == [("$200 billion", None, "tariff_object")] * 2
    # a flow that names tariffs as its cause, not as the measure laid on it, keeps the section's year
    assert ("$100 billion", 2018, "head_year") in got


def test_a_tariffs_rate_between_and_a_quoted_value():
    """"tariffs of 25% on $50 billion", "could impact “about $50 billion”": a rate or a quote mark between the tariff's
    word and the value is skipped (data/web38 bn01's phrasing)."""
    text = ("US trade with China\n\nIn 2018, US imports from China rose 7 percent to $540 billion.\n\n"
            "The administration announced a 25% tariff on $50 billion worth of Chinese goods.\n\n"
            "The tariffs could impact “about $60 billion” worth of Chinese goods.\n")
    got = _years(text, 2019)
    assert ("$50 billion", None, "tariff_object") in got
    assert ("about $60 billion", None, "tariff_object") in got


# keepoe.com (4 February 2024): shares of world exports said in the present, after a paragraph that set 2020
WORLD = ("Which Country Has the Largest Share of Total World Exports?\n\n"
         "In 2020, China exported around $2.59 trillion worth of goods around the globe.\n\n"
         "For decades now, China has been the world's largest exporter. It now accounts for around 14% of all global "
         "exports, more than any other single country.\n\n"
         "By comparison, the United States makes up around 9% of total world exports.\n\n"
         "China accounted for 15% of its exports.\n")


def test_a_standing_share_of_a_world_total_has_no_year():
    """Rule world_share_present: "makes up around 9% of total world exports", "accounts for around 14% of all global
    exports" (keepoe.com): a share of a world total said in the present with no time of its own is no share of the year
    a paragraph before set (data/web35 bh05 "accounts for 28% of world copper production", web38 bn03 "account for more
    than 40% of global economic output", ruweb22 be07 "занимает лишь 3% мирового потребления": gold none on all)."""
    got = _years(WORLD, 2024)
    assert ("around $2.59 trillion", 2020, "explicit") in got
    assert ("around 14%", None, "world_share_present") in got
    assert ("around 9%", None, "world_share_present") in got
    # a past-tense share of the reporter's own total keeps the year in force
    assert ("15%", 2020, "head_year") in got


def test_a_world_share_in_russian():
    """The Russian rows of world_total_after and world_share_verb ("занимает ... мирового"); a past "занимал" is left."""
    text = ("Рынок IT\n\nВ 2024 году экспорт IT-услуг вырос на 10%.\n\n"
            "По словам топ-менеджера, российский рынок занимает лишь 3% мирового потребления IT-продукции.\n")
    got = _years(text, 2025)
    assert ("3%", None, "world_share_present") in got


def test_an_investment_total_with_no_time_of_its_own_has_no_year():
    """Rule investment_stock: "the cumulative value of Chinese investment in Brazil is now nearly US$80 billion"
    (forumchinaplp.org.mo), a paragraph after a year: an investment amount with no time of its own is a stock built over years
    (data/web w09 "the total FDI from India so far exceeds US$ 2.2 billion", web29 av10, ruweb17 au08 "Объём корейских
    инвестиций превысил $7,5 млрд", ruweb20 ba08, ruweb23 bg07, bg09: gold none on all; the founding set's Belarusian
    park's "volume of actual investments ... has already exceeded $830 million" has the page's year in its gold, the one
    conflict). An amount the article makes the investment's attribute keeps the year in force."""
    text = ("India's investment pipeline\n\nIndia recorded its highest FDI in 2017 at $43 billion.\n\n"
            "Chinese Ambassador to Brazil Yang Wanming has said the cumulative value of Chinese investment in Brazil is "
            "now nearly US$80 billion, invested by over 300 enterprises, the Chinese Embassy in Brasilia says.\n\n"
            "China's investment in India excluded the $3.5 billion investment by Hong Kong that ranked third.\n")
    got = _years(text, 2018)
    assert ("$43 billion", 2017, "explicit") in got
    assert ("nearly US$80 billion", None, "investment_stock") in got
    assert ("$3.5 billion", 2017, "head_year") in got


def test_an_investment_total_in_russian():
    text = ("Инвестиции\n\nВ 2023 году товарооборот вырос на 10%.\n\nОбъём корейских инвестиций превысил $7,5 млрд.\n")
    got = _years(text, 2024)
    assert [g for g in got if g[2] == "investment_stock"] and all(g[1] is None for g in got if g[2] == "investment_stock")

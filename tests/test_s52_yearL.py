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

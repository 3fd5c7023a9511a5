"""Session 52, helper measureL: the measure a figure whose clause names no flow takes from a buyer its sentence names.

A figure with no flow cue of its own, in a sentence that names its place a buyer of the page's goods ("the largest buyer
of Kenyan tea", "buyer country", "find buyers in the European Union"), is the page's country's export to that buyer, not
the flow of the sentence before (rule buyer_role). On the tuned pages: 4 right, 0 wrong (web39, web5, founding); the
figures after it in its sentence take it on (sentence_figure). A buyer of a world market is the buyer's own trade
(imports), so the rule stays silent there. Sentences are quoted from pages of outlets outside the development sets."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def measures(text: str) -> list[tuple]:
    return [(f.figure, f.measure, f.fact_rules.split(";")[0]) for f in figures_of_text(text, "t", "txt")]


# businessdailyafrica.com, 2020-01-14
# (https://www.businessdailyafrica.com/markets/commodities/Pakistan-retains-top-position-in-Kenya-tea-imports/3815530-5418128-fhi7fr/index.html)
_KENYA = ("Pakistan retains top position in Kenya tea imports\n\n"
          "Pakistan has cemented its position as the largest buyer of Kenyan tea with stocks worth Sh35 billion in the "
          "10 months to October 2019.\n")


def test_largest_buyer_of_the_pages_goods_is_an_export():
    """The amount a buyer of the country's goods took is the country's export (before: other, default_other)."""
    got = measures(_KENYA)
    assert ("Sh35 billion", "exports", "measure:buyer_role") in got


# theglobalmonitor.com
# (https://www.theglobalmonitor.com/news/world/this-country-is-the-king-of-the-arms-market-know-which-countries-are-the-5-biggest-buyers/)
_ARMS = ("According to the 2021 report of Stockholm International Peace Research Institute (SIPRI), Saudi Arabia, India, "
         "Egypt, Australia and China are the five largest arms buying countries in the world. Saudi Arabia is the "
         "largest 5 buyer in the global arms market with 11 per cent, India 9.5 per cent, Egypt 5.8 per cent, "
         "Australia 5.1 per cent and China 4.7 per cent.\n")


def test_buyer_of_a_world_market_is_no_export():
    """A buyer ranked in the world market buys for itself: rule buyer_role stays silent, no export is guessed."""
    got = measures(_ARMS)
    assert got and all(m != "exports" and r != "measure:buyer_role" for _, m, r in got)


def test_later_figures_of_the_buyer_sentence_carry_it():
    """"The second most important buyer country last year was France with 116.8 billion euros, followed by the
    Netherlands with 111.5 billion euros" (data/web39 bp03's phrasing, here after a sentence on imports): both exports."""
    got = measures("Imports from China rose to 150 billion euros.\n\nThe second most important buyer country last year "
                   "was France with 116.8 billion euros, followed by the Netherlands with 111.5 billion euros.\n")
    assert got[-2:] == [("116.8 billion euros", "exports", "measure:buyer_role"),
                        ("111.5 billion euros", "exports", "measure:sentence_figure")]

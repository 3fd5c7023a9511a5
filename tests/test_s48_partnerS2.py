"""Partner rule `sentence` (facts/partners_sentence.py), session 48, helper partnerS2: a world total whose sentence
names a place for another reason. A place before the figure in the cause of a verb of help ("X helped (to) mitigate
... deficit, which hit NZ$963 million"; "with the help of X, ...") is not the figure's counterpart (rule
helped_cause); the later rules decide. "helped by ..." puts the cause after the verb and keeps its place."""
from __future__ import annotations

from phrasing import owned_facts


def facts(text: str, pub_year: int = 2020) -> dict[str, tuple]:
    """figure -> (measure, reporter, partner, partner rule) of every figure of an English web text."""
    return {t[0]: t[1:] for t in owned_facts(text, ("partner",), "web", lang="en", pub_year=pub_year)}


def test_a_market_that_helped_is_not_the_counterpart_of_the_deficit():
    """travellingnz (data/web6 tuned page t04): the China market helped mitigate the deficit; the deficit of NZ$963
    million is New Zealand's with the world (rule sentence took China)."""
    text = ("New Zealand trade\nThe resurgence of the China market helped to mitigate New Zealand’s rising trade deficit, "
            "which hit NZ$963 million dollars ($635.39 million) last month, according to Statistics New Zealand.\n")
    got = facts(text, 2015)
    assert got["NZ$963 million"] == ("balance", "New Zealand", "world", "default_world")
    assert got["$635.39 million"][2] == "world"


def test_with_the_help_of_a_region_is_not_the_counterpart():
    """founding (tuned page 001): 'with the help of African countries, it is possible to achieve food exports in the
    range of ten billion dollars': Africa helps, it does not buy all of them. The sentence rule no longer decides;
    without a head naming Africa, the figure is a total."""
    text = ("Food exports\nIt is believed that over the next two to three years, with the help of African countries, it "
            "is possible to achieve food exports in the range of ten billion dollars.\n")
    got = facts(text, 2024)
    assert got["in the range of ten billion dollars"][3] != "sentence"


def test_the_place_after_the_figure_of_what_was_helped_stays():
    """wsls.com (2026-03-10, "China's exports surge in Jan-Feb despite waning trade with the US"), an outlet of no
    data set: 'Higher shipments to other regions including Europe and Latin America helped offset a 20% drop in exports
    to the U.S.': the places of the cause are dropped, the drop's own counterpart after it is kept."""
    text = ("China exports\nChina’s exports climbed 5.5% for 2025 as its trade surplus surged to a record of nearly $1.2 "
            "trillion. Higher shipments to other regions including Europe and Latin America helped offset a 20% drop in "
            "exports to the U.S.\n")
    got = facts(text, 2026)
    assert got["20%"][1:3] == ("China", "United States")
    assert got["5.5%"][2] == "world"


def test_helped_by_keeps_the_place_of_the_figure():
    """cfjctoday (data/web4 tuned page z06): 'as exports climbed nearly 7 per cent helped by rising shipments of
    cars': "helped by" names the cause after it; the surplus with the United States keeps its counterpart."""
    text = ("Japan trade\nThe politically delicate trade surplus with the United States rose 5 per cent to $3.3 billion, as "
            "exports climbed nearly 7 per cent helped by rising shipments of cars and power generating machinery.\n")
    got = facts(text, 2019)
    assert got["$3.3 billion"][2:] == ("United States", "sentence")

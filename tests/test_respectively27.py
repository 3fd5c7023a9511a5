"""A "respectively" list of money figures written with different scale words is still one list: the i-th flow
named before it goes with the i-th amount (facts/respectively.py; any scale word of vocab units.txt)."""
from __future__ import annotations

from phrasing import one_figure, rule

# peopledaily.digital (Uganda-Kenya trade, 2024)
_PEOPLEDAILY = ("On average, Uganda has been the destination for almost 50 per cent of Kenyan exports and is the source"
                " of 60 per cent of Kenyan imports from the region since 2015. Goods exports and imports reached $1.4"
                " billion and $620 million, respectively, as of 2019.")


def test_billion_and_million_respectively_are_one_list():
    a = one_figure(_PEOPLEDAILY, "$1.4 billion", pub_year=2024)
    b = one_figure(_PEOPLEDAILY, "$620 million", pub_year=2024)
    # (both had been read as turnover: two figures for one cell)
    assert (a.measure, rule(a, "measure")) == ("exports", "respectively")
    assert (b.measure, rule(b, "measure")) == ("imports", "respectively")


def test_same_scale_lists_unchanged():
    # the sentence facts/respectively.py was written for
    s = "Export and import reached 4.7 billion USD and 3.8 billion USD respectively"
    assert one_figure(s, "4.7 billion USD", pub_year=2023).measure == "exports"
    assert one_figure(s, "3.8 billion USD", pub_year=2023).measure == "imports"


def test_flows_each_with_its_own_preposition_are_a_list():
    # urdupoint.com (China-ASEAN trade, 2020; a tuned external page): the first flow had been read as exports
    s = ("Integrated circuits, for instance, saw imports from and exports to ASEAN grow 23.8 percent and 29.1 percent"
         " in the period.")
    a = one_figure(s, "23.8 percent", pub_year=2020)
    b = one_figure(s, "29.1 percent", pub_year=2020)
    assert (a.measure, b.measure) == ("imports", "exports")

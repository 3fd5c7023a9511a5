"""Session 51, figK: figures and their kind on web39's fresh pages and the phrasings they share with other sets."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def figs(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.kind, f.value) for f in figures_of_text(text, fmt="web", relate=False, **kw)]


def test_collapse_and_shed_are_falls():
    """A fall said with 'collapse(d) by' or 'shed' is a change with a minus sign, not a rise nor a share
    (indiaseatradenews.com's headline; data/web39 bp03 'Exports to China collapse by almost 20 percent', data/web16
    l05 'Imports shed 10.1% on-year')."""
    got = figs("Covid 19 pandemic impact: Exports collapse by 35% in March, more pains in sight")
    assert got == [("35%", "growth", -35.0)]
    got = figs("Merchandise exports crashed by almost 35% year-on-year in March to $21.4 billion.")
    assert ("almost 35%", "growth", -35.0) in got
    got = figs("Imports shed 10.1% on-year to $33.76 billion, resulting in a trade surplus.")
    assert ("10.1%", "growth", -10.1) in got
    # a rise stays a rise
    assert figs("Exports climbed by 35% in March.") == [("35%", "growth", 35.0)]

"""Session 58, helper fixX: second outside sentences for the fixes of tests/test_s58_outside.py's xfails (a 40-character run
of each text was grepped over the tuned pages of the readable sets and tests/ with no hit)."""
from __future__ import annotations

from phrasing import one_figure, rule


# --- "to enhance" (vocab/en/status.csv): a goal cue as "to boost", "to increase" -------------------------------------

# https://timesofislamabad.com/pakistan-iran-to-enhance-bilateral-trade-to-5-billion/2017/08/07/ (August 2017)
TOI = ("Pakistan Iran to enhance bilateral trade to $ 5 billion\n\n"
       "Pakistan and agreed to enhance the bilateral trade and achieve the target of US$5 billion set by the leadership of "
       "the two countries.\n")


def test_a_headline_to_enhance_trade_to_a_level_is_a_goal():
    """(Its year is the page's, as a headline "to boost ... to $5 billion" gets: source_year; not asserted here.)"""
    f = one_figure(TOI, "$ 5 billion", pub_year=2017, pub_month=8)
    assert (f.value, f.measure, f.reporter, f.partner, f.status) == (5e9, "turnover", "Pakistan", "Iran", "target")
    assert rule(f, "status") == "cue:to enhance"


def test_the_nearer_goal_noun_after_to_enhance_decides():
    """Odd case: "to enhance ... and achieve the target of": the nearest cue before the figure ("target") names the rule,
    the goal has no year of its own (undated_aim)."""
    f = one_figure(TOI, "US$5 billion", pub_year=2017, pub_month=8)
    assert (f.value, f.status, f.year) == (5e9, "target", None)
    assert (rule(f, "status"), rule(f, "year")) == ("cue:target", "undated_aim")

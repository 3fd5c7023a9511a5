"""Session 47, panelcal3: the next causes of missed panel cells (scripts/panel_cases.py over the tuned pages of every
set, round 3)."""
from __future__ import annotations


def _fields(text: str, **kw) -> list[tuple]:
    from tradeflows.dataset.series import series_status
    from phrasing import figs, row, rule
    return [(f.figure, f.measure, f.reporter, f.partner, f.year, rule(f, "partner"), series_status(row(f)))
            for f in figs(text, **kw) if f.kind == "money"]


def _years(text: str, **kw) -> dict:
    from phrasing import figs
    return {f.figure: f.year for f in figs(text, **kw) if f.kind == "money"}


# ------------------------------------------------- period_adjacent.ADJACENT_GAP: "the $X deficit seen in 2018"

def test_balance_noun_seen_in_year_is_its_own_year():
    """web23 tuned (mexicobusiness.news): the amount compared with carries its own year after its noun and "seen in"
    ("the US$13.61 billion deficit seen in 2018"), as after "recorded in"; the year of the first amount's clause (2019)
    is not its own."""
    text = ("Mexico trade surplus\n\nThe US$5.82 billion trade surplus recorded in 2019 was a dramatic improvement on "
            "the US$13.61 billion deficit seen in 2018 and was driven by the increase in exports of manufactured goods "
            "(up 3.4 percent) and non-oil exports (up 4.7 percent) to the US.")
    assert _years(text, pub_year=2020) == {"US$5.82 billion": 2019, "US$13.61 billion": 2018}


def test_balance_noun_set_in_year():
    """The same gap with "set": "below the $419.4 billion shortfall set in 2018" is 2018's."""
    text = ("US trade\n\nThe deficit with China fell to $345.6 billion in 2019, below the $419.4 billion shortfall set "
            "in 2018.")
    assert _years(text, pub_year=2020) == {"$345.6 billion": 2019, "below the $419.4 billion": 2018}

"""Session 62, yearZ62: fiscal_ended_before (facts/period_fiscal_force.py, a narrowing of fiscal_relative): a whole
fiscal year in force that ended in a calendar year before the page's is no "this year" for the page's "last year" (web38
bn09: "In 2018/2019 ... $135bn" then "only worth some $600m last year" on a page of May 2020 is 2019, not fiscal
2017/18; it writes fiscal_ended_before). No outside page with that shape was found with the `search` tool (a fiscal year in force that ended a calendar
year before the page's date, then "last year"): the text below is CONSTRUCTED on the phrasing, labelled as such.
"""
from tradeflows.pipeline import figures_of_text


def _figs(text: str, pub_year: int | None, pub_month: int | None = None):
    return {f.figure: f for f in figures_of_text(text, "page", "web", pub_year=pub_year, pub_month=pub_month)}


def _rule(f, field: str) -> str:
    return dict(p.split(":", 1) for p in f.fact_rules.split(";"))[field]


# CONSTRUCTED (no outside page found): a fiscal year in force, then "last year", on a page of May 2020
FISCAL_PAGE = ("China is Australia's largest export market. In 2018/2019, Australia's goods exports to China were valued "
               "at around $135bn. Barley exports were only worth some $600m last year due to the drought.\n")


def test_last_year_after_a_fiscal_year_that_ended_before_the_pages_year():
    f = _figs(FISCAL_PAGE, 2020, 5)["some $600m"]
    assert (f.year, f.period_start, f.period_end, _rule(f, "year")) == (2019, "2019-01", "2019-12", "fiscal_ended_before")


def test_last_year_inside_the_fiscal_year_just_ended_is_the_fiscal_year_before():
    """Odd case: on a page of the fiscal year's own end year (a report of July 2019 on 2018/2019) "last year" is still
    the fiscal year before (fiscal_relative, as tests/test_fiscal27.py's Pakistani pages)."""
    f = _figs(FISCAL_PAGE, 2019, 7)["some $600m"]
    assert _rule(f, "year") == "fiscal_relative" and f.year == 2018

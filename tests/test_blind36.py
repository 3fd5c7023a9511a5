"""Phrasings found in session 36 on stored trade news pages and the tuned pages of the blind sets, each a
rule or a vocabulary row, tested on its sentence and, where one was found, on another text's.
"""
from __future__ import annotations

from tradeflows.facts.periods import find_times
from tradeflows.pipeline import figures_of_text


def times(text: str):
    return [(text[t.start:t.end], t.kind, t.year, t.m1, t.m2) for t in find_times(text)]


def facts(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.partner, f.year, f.period_start, f.period_end)
            for f in figures_of_text(text, fmt="web", **kw)]


def statuses(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.status) for f in figures_of_text(text, fmt="web", **kw)]


def test_an_expectation_with_its_own_figure_is_that_figures():
    """Rule forecast_own_figure: 'higher than the expected 4.7%' after one figure and before the next, a semicolon
    between, is the 4.7%'s forecast, neither the 7.7% before it nor the surplus after it; 'the expected RMB136
    billion' is a figure right after the cue too (a currency code written onto the amount)."""
    text = ("Imports denominated in RMB fell 2.5% last month compared with last year, far lower than the expected "
            "increase of 5.8%; exports rose 7.7% year-on-year, higher than the expected 4.7%; trade surplus was "
            "RMB279.12 billion, higher than the expected RMB136 billion.")
    assert statuses(text) == [("2.5%", "actual"), ("5.8%", "target"), ("7.7%", "actual"), ("4.7%", "target"),
                              ("RMB279.12 billion", "actual"), ("RMB136 billion", "target")]
    text = ("China's General Administration of Customs announced that exports in US dollars in the previous month "
            "increased by 1.1% year-on-year, higher than the expected drop in 3.9%; imports fell for 8.5% "
            "year-on-year, more than the expected 3.9% decrease; trade surplus was US$41.65 billion, higher the "
            "expected $22.3 billion.")
    assert statuses(text) == [("1.1%", "actual"), ("3.9%", "target"), ("8.5%", "actual"), ("3.9%", "target"),
                              ("US$41.65 billion", "actual"), ("$22.3 billion", "target")]


def test_a_level_a_change_reached_is_no_base():
    """Rule risen_to_level: in 'Exports rose 28.7 percent to $14.7 billion over the same month of last year' the
    amount is the level reached, of the month in force; the same month a year before is the change's base. Rule
    began_clause: 'a declining phase that started in March' names when a state began, no period of the figures."""
    text = ("Exports in May reached $14.7 billion, having continuously broken the monthly record for 5 months in a "
            "row, said the Ministry of Commerce, Industry and Energy.\n"
            "Exports rose 28.7 percent to $14.7 billion over the same month of last year, breaking a declining "
            "phase that started in March.\n")
    assert facts(text, pub_year=2000, pub_month=6) == [
        ("$14.7 billion", "world", 2000, "2000-05", "2000-05"),
        ("28.7 percent", "world", 2000, "2000-05", "2000-05"),
        ("$14.7 billion", "world", 2000, "2000-05", "2000-05")]
    assert [(t.kind, t.base) for t in find_times("breaking a declining phase that started in March")] == [
        ("month", True)]
    assert [(t.year, t.base) for t in find_times("in the new fiscal year which began on July 8, 2021")] == [
        (None, False), (2021, False)]


def test_a_count_of_months_ending_in_a_month_crosses_the_year():
    """Rule month_ending: 'a six-month period ending in March' is October to March, of the year it ends in, as
    'the six months to March 2019' is; 'the three months to June 2019' stays inside its year."""
    assert times("Over a six-month period ending in March, exports fell") == [
        ("six-month period ending in March", "month_range", None, 10, 3)]
    assert times("in the six months to March 2019") == [("six months to March 2019", "month_range", 2019, 10, 3)]
    assert times("in the three months to June 2019") == [("three months to June 2019", "month_range", 2019, 4, 6)]
    text = ("Over a six-month period ending in March, exports from the United States to China dropped by $18.4 "
            "billion, or 26 percent, compared to a year earlier.")
    assert facts(text, pub_year=2019, pub_month=5) == [
        ("$18.4 billion", "China", 2019, "2018-10", "2019-03"),
        ("26 percent", "China", 2019, "2018-10", "2019-03")]

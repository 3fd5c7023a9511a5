"""Phrasing rules learnt from the founding set's trade-fact errors (issue 8), each tested alone.

Every sentence is verbatim from data/raw (001 = 001_f541c9b7c73f1bbf.txt, 003 = 003_af7687762862a3f2.txt);
expected values are the gold annotations of data/gold. The rules are written for the phrasing, not
the sentence: each names its rule in fact_rules or is a row of a vocabulary table.
"""
from __future__ import annotations

from tests.test_relate import D001, D003, at, fields, rule
from tradeflows.facts.periods import find_times

# 001 line 12669: the base "January-September of last year [2022]" carries its editorial bracket
AZ_BASE = ('"As a result, compared to January-September of last year [2022], the supply of wood products to '
           'Azerbaijan increased in kind by 4.3 times to 218 thousand cubic meters."')


def test_bracket_year_of_a_relative_year_part_stays_with_its_period():
    t = find_times(AZ_BASE)[0]
    assert (t.kind, t.rel, t.bracket_year, t.m1, t.m2, t.base) == ("month_range", -1, 2022, 1, 9, True)
    assert len(find_times(AZ_BASE)) == 1  # no separate "[2022]" read as the figure's own year


def test_growth_after_a_bracketed_base_is_the_year_after_it():
    f = at(D001, 12669, "4.3 times")
    assert fields(f, "measure", "partner", "year") == ("exports", "Azerbaijan", 2023)
    assert rule(f, "year") == "after_base"
    # and the next sentence keeps the paragraph's year, not the base's
    g = at(D001, 12671, "about a quarter")
    assert g.year == 2023

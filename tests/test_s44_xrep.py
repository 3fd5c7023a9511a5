"""Session 44 (xrep): what a country's goods "raked in" is its exports, so a counterpart-less figure is its total
(the world), not "no counterpart"; a sentence opened by "Within/Over the same period last year" is of the year before."""
from __future__ import annotations

import pytest

from phrasing import one_figure


def test_raked_in_goods_are_exports():
    # ntucphl.org (2014-05): Philippine merchandise exports in March
    text = ("Philippine merchandise exports grew by 11 percent to $5.227 billion in March from $4.699 billion a year "
            "earlier, the Philippine Statistics Authority reported Friday.\n\n"
            "Agro-based products raked in $469.2 million, up 22.1 percent from $384.3 million.")
    f = one_figure(text, "$469.2 million", pub_year=2014)
    assert (f.measure, f.reporter, f.partner) == ("exports", "Philippines", "world")
    # (the goods before "raked in" name the export earnings family: rule export_earnings, session 44 xrev)
    assert "measure:export_earnings" in f.fact_rules and "partner:default_world" in f.fact_rules


def test_raked_in_product_line():
    # amp.vov.vn: Vietnam's agro-forestry-fishery exports in Q1 2018
    text = ("Vietnam's agro-forestry-fishery exports reached US$8.7 billion in the first quarter of 2018.\n\n"
            "Vegetables and fruits raked in US$934 million, up over 33% from the same quarter in 2017.")
    f = one_figure(text, "US$934 million", pub_year=2018)
    assert (f.measure, f.reporter, f.partner, f.year) == ("exports", "Vietnam", "world", 2018)


def test_raked_in_profit_is_no_export():
    # a profit named after the amount is the nearer measure: no export
    f = one_figure("Samsung Electronics raked in 10.4 trillion won in operating profit in the second quarter.",
                   "10.4 trillion won", pub_year=2020)
    assert f.measure != "exports"


def test_tourism_raked_in_is_no_goods_export():
    f = one_figure("Tourism raked in $4.1 billion in 2019, the ministry said.", "$4.1 billion", pub_year=2020)
    assert f.measure == "other"


def test_within_same_period_last_year_opener():
    # a sentence opened by "Within the same period last year," (no stored page outside the data sets has the
    # opener; this one is written for the test): the months in force, a year before
    text = ("Kenya's tea exports rose to $120 million in March 2023, the tea board said.\n\n"
            "Within the same period last year, tea exports stood at $100 million.")
    f = one_figure(text, "$100 million", pub_year=2023)
    assert (f.measure, f.year, f.period_start, f.period_end) == ("exports", 2022, "2022-03", "2022-03")

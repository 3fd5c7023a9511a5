"""Session 48, panelcal5: a trade balance on a page whose title and opening name no counterpart, in a paragraph
naming no place but the reporter, its sentence writing a year and no part of one, is the reporter's total with the
world by a strong rule (one_country_paragraph, facts/world.py, partner sieve; default_world had kept it out)."""
from __future__ import annotations

from test_s47_panelcal import _fields


def test_one_country_paragraph_tuned_sentence():
    """web12 tuned (statice.is): both years' deficits of a one-country page enter the panel."""
    text = ("Value of exported goods\n\nThus there was a trade deficit, calculated on fob value, of ISK 177,500 "
            "million in 2018 compared with a trade deficit of ISK 176,500 million in 2017, at current rates of exchange.")
    assert _fields(text, pub_year=2019, reporter="Iceland") == [
        ("ISK 177,500 million", "balance", "world", 2018, "one_country_paragraph", "in"),
        ("ISK 176,500 million", "balance", "world", 2017, "one_country_paragraph", "in")]


def test_one_country_paragraph_other_outlet():
    """https://alantonelson.wordpress.com/2022/02/09/whats-left-of-our-economy-a-record-number-of-records-in-u-s-trade-ii/
    (an outlet of no data set): the base "2020's $676.68 billion" of a trade deficit enters as the world's; the level's
    "last year" stays a weak year."""
    title = "What's Left of Our Economy: A Record Number of Records in U.S. Trade"
    text = (title + "\n\nFor now, though, let's start by noting that last year's combined goods and services trade "
            "deficit hit a record $859.13 billion – the second straight all-time high, and a 26.96 percent jump from "
            "2020's $676.68 billion.")
    assert _fields(text, pub_year=2022, title=title) == [
        ("$859.13 billion", "balance", "world", 2021, "one_country_paragraph", "low confidence"),
        ("$676.68 billion", "balance", "world", 2020, "one_country_paragraph", "in")]


def test_one_country_paragraph_not_a_bare_deficit():
    """https://consumersbulletin.org/u-s-trade-deficit-topped-1-trillion-in-2021/: "The annual deficit surged from
    $676.7 billion in 2020" names no trade (a bare deficit may be a budget's): the weak default stays."""
    title = "U.S. trade deficit topped $1 trillion in 2021"
    text = (title + "\n\nBy Nathalie Voit\n\nThe annual deficit surged from $676.7 billion in 2020 to a record "
            "$859.1 billion last year as imports far outpaced exports, the department said.")
    got = _fields(text, pub_year=2022, title=title)
    assert [g[4] for g in got] == ["owner_own_flow", "default_world", "default_world"]


def test_one_country_paragraph_not_a_group_of_goods():
    """web23 tuned (mexicobusiness.news): a balance of "products" stays the weak default (out of the panel)."""
    text = ("Mexico trade\n\nA higher surplus balance for non-oil products was recorded last month, rising from "
            "US$9.543 billion in 2018 to US$27.042 billion in 2019, while the petroleum products deficit was reduced "
            "from -US$23.160 billion in 2018 to -US$21.222 billion in 2019.")
    got = _fields(text, pub_year=2020, reporter="Mexico")
    assert [g[4] for g in got] == ["default_world"] * 4
    assert all(g[5] != "in" for g in got)


def test_one_country_paragraph_not_a_part_of_a_year():
    """web20 tuned (a Finnish page): "Under the same period in the year 2012" is a part of a year, no total."""
    text = ("Finland foreign trade\n\nUnder the same period in the year 2012 the balance of trade showed a deficit of "
            "almost 1,7 billion euros.")
    got = _fields(text, pub_year=2013, reporter="Finland")
    assert [g[4] for g in got] == ["default_world"]


def test_one_country_paragraph_not_with_another_place():
    """A paragraph naming a counterpart keeps the weak default even for a balance with a year."""
    text = ("Trade report\n\nThe trade deficit widened to $5.2 billion in 2021. Imports from China rose sharply.")
    got = _fields(text, pub_year=2022, reporter="Sri Lanka")
    assert all(g[4] != "one_country_paragraph" for g in got)

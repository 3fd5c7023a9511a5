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


# -- past spans: "in the last five years", "over the past year" ---------------------------------------
def test_growth_over_the_last_years_ends_the_year_before_the_source():
    # 003 line 1406: "... Belarusian food exports, which have increased 13(!) times in the last five years."
    f = at(D003, 1406, "13(!) times")
    # (session 56: a change over the span has no one period, rule past_span_change; its year is past_span's)
    assert (f.year, f.period_start, rule(f, "year")) == (2020, None, "past_span_change")
    # 001 line 2871: "over the past ten years, the export of goods from this Belarusian region to China
    # has increased 18 times."
    assert at(D001, 2871, "18 times").year == 2023


def test_a_level_in_the_last_years_is_of_the_last_year_not_of_a_later_bracket():
    # 001 line 7719: '"In the last two years, our trade turnover exceeded $1 billion, but this year [2023]
    # we expect to reach a historical maximum.'
    f = at(D001, 7719, "$1 billion")
    assert (f.measure, f.year, rule(f, "year")) == ("turnover", 2022, "past_span")


def test_over_the_past_year_is_last_year():
    # 001 line 14927: '"Over the past year, the exchange trade turnover of Belarus and Serbia increased 37 times .'
    f = at(D001, 14927, "37 times")
    assert (f.partner, f.year) == ("Serbia", 2024)


def test_a_sum_over_a_span_of_years_has_no_one_year():
    from tradeflows.pipeline import figures_of_text
    s = ("The trade exchange between the Kingdom and China totaled over SR1.79 trillion in the last ten years, "
         "according to a local analysis.")  # data/external/raw/d77_arabnews-saudiarabia-china-2016.txt line 9
    f = next(x for x in figures_of_text(s, "d77", "web", pub_year=2016) if "1.79" in x.figure)
    assert (f.year, f.period_start, rule(f, "year")) == (None, None, "span_total")
    g = next(x for x in figures_of_text("In total, Spanish exports to Morocco have increased by 2,385 million euros "
                                        "in the last two years, while imports have grown by 1,134 million.",
                                        "w10", "web", pub_year=2023) if "2,385" in x.figure)
    assert (g.year, rule(g, "year")) == (2022, "past_span")  # a change over the span is dated


# -- a list of examples ends the partner carried before it -------------------------------------------
def test_a_list_of_example_countries_ends_the_carried_partner():
    # 001 lines 14883-14887: "In addition to Syria, the pool of Middle Eastern buyers of domestic dairy products
    # at exchange trades is also represented by such countries as Jordan, Lebanon, the UAE, Oman and Saudi
    # Arabia. "Over the four months of this year, exchange exports of dairy products reached $205 million,
    # which is 29% more ... The sales leader is dry milk, with a share of 61% in the total volume of export
    # transactions.": the exports of all buyers, not Syria's
    for line, figure in ((14885, "$205 million"), (14885, "29% more"), (14887, "61%")):
        f = at(D001, line, figure)
        assert fields(f, "measure", "partner") == ("exports", "world"), (line, figure)


# -- a measure cue inside a body's name -------------------------------------------------------------------
def test_trade_in_a_ministry_name_is_no_measure_cue():
    # 001 line 7941: '... the export of products of the Ministry of Industry and Trade enterprises to the African
    # continent increased by more than 1.5 times.'
    f = at(D001, 7941, "more than 1.5 times")
    assert fields(f, "measure", "partner", "year") == ("exports", "Africa", 2022)


# -- "this country imported": the carried country is the reporter ----------------------------------------
def test_this_country_imported_is_the_carried_countrys_own_flow():
    # 001 lines 14996-14998: 'Firstly, Senegal itself is a large consumer of dry milk ... "Last year, this
    # country imported almost 34 thousand tons of dairy products worth $106 million.'
    f = at(D001, 14998, "$106 million")
    assert fields(f, "measure", "reporter", "partner", "year") == ("imports", "Senegal", "world", 2024)
    assert rule(f, "reporter") == "anaphor_flow"


# -- an opening "Last year," dates the next sentences of its paragraph -----------------------------------
def test_an_opening_last_year_dates_the_next_sentences_of_its_paragraph():
    # 001 lines 750-753: 'Belarus also plans to almost double the volume of food supplies to China in 2023.
    # Last year, these exports exceeded more than 500 million dollars. At the same time, Belarusian supplies
    # "increased in poultry meat (by 3 times), rapeseed oil (by 3.1 times), milk and cream (by 1.4 times)'
    for line, figure in ((752, "3 times"), (752, "3.1 times"), (753, "1.4 times")):
        f = at(D001, line, figure)
        assert (f.measure, f.partner, f.year, rule(f, "year")) == ("exports", "China", 2022, "topic_period")


# -- a flow as a share of the economy is the total flow ---------------------------------------------------
def test_a_share_of_gdp_exported_is_the_total_export():
    # 003 line 2554: 'We export over 70% of our gross domestic product, and full membership in the
    # organization is in our interest.' (after a paragraph that named Russia)
    f = at(D003, 2554, "over 70%")
    assert (f.measure, f.partner, rule(f, "partner")) == ("exports", "world", "share_of_output")


# -- the other side's sellers: the reporter's imports ---------------------------------------------------
def test_sales_of_the_other_countrys_enterprises_are_imports():
    # 001 lines 14575-14576: 'In turn, Russian enterprises increased sales of polymers and polymer packaging by
    # 63%, ferroalloys by 22%, and ferrous rolled metal by 6%.'
    for line, figure in ((14575, "63%"), (14575, "22%"), (14576, "6%")):
        f = at(D001, line, figure)
        assert (f.measure, f.partner, rule(f, "measure")) == ("imports", "Russia", "foreign_seller")


def test_purchases_of_the_other_countrys_companies_stay_exports():
    # 001 line 2253: '"in 2023, Chinese companies purchased 501 thousand cubic meters of sawn timber on the
    # exchange platform, which is 4 times more than in 2022.'
    f = at(D001, 2253, "4 times more")
    assert (f.measure, f.partner) == ("exports", "China")


# -- a vague "transactions" goes on with the flow the previous sentence named ----------------------------
def test_transactions_after_a_sentence_about_exports_are_exports():
    # 001 lines 13777-13779: 'In general, in 2024, the Chinese direction of agricultural exports developed both
    # in quantitative and qualitative terms. "Thus, the amount of transactions increased sixfold compared to
    # 2023, to $2.1 million, ...'
    for figure in ("sixfold", "$2.1 million"):
        f = at(D001, 13779, figure)
        assert (f.measure, f.partner, f.year, rule(f, "measure")) == ("exports", "China", 2024, "vague_carried")


# -- the level a change started from is the year before's --------------------------------------------
def test_the_from_value_of_a_change_in_a_year_is_the_year_before():
    # 001 line 14669: '"Based on the results of last year [2024], the amount of exchange transactions of Turkmen
    # participants increased 25 times - from $ 80 thousand to almost $ 2 million.'
    f = at(D001, 14669, "$ 80 thousand")
    assert (f.partner, f.year, rule(f, "year")) == ("Turkmenistan", 2023, "from_value")
    assert at(D001, 14669, "almost $ 2 million").year == 2024

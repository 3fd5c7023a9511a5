"""Panel admission and fact rules learned on the web development set (data/web), each rule
alone on a real sentence of a tuned web page (never a held-out one). Exact values throughout."""
from __future__ import annotations

import sys
from pathlib import Path

from tradeflows.dataset.cues import product_rule
from tradeflows.dataset.series import failures, series_status
from tradeflows.records import Figure

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devdocs import DevSet  # noqa: E402
from phrasing import row, rule  # noqa: E402

DEV = DevSet("web")
_doc, _figures = DEV.doc, DEV.figures


def at(prefix: str, line: int, figure: str) -> Figure:
    return DEV.at(prefix, line, figure, exact=True)


def test_last_year_of_an_undated_page_is_a_guess():
    # w15 line 15 (globe.co.th, undated): "Trade between the two countries amounted to $25 billion
    # last year and reached $10.787 billion in the first five months of this year." The page names
    # 2023 as a year of events but also 'next year' = 2025: its own year is not known.
    f = at("w15", 15, "$25 billion")
    assert rule(f, "year") == "relative_context"
    assert "low confidence" in list(failures(row(f)))
    # "the two countries" carries no bloc (rule bilateral_not_bloc): the page's head gives Malaysia, as the
    # gold has it; a weak rule, like the year's guess, so the figure stays out by its confidence
    assert (f.partner_iso3, rule(f, "partner")) == ("MYS", "head")
    assert series_status(row(f)) == "low confidence"


def test_a_clause_listing_the_main_goods_gives_products():
    # w13 line 3 (saudialyoom.com): "Among the most significant commodity groups exported to China in
    # 2023 were fuels, mineral oils, and their distillation products valued at $414 million, stone and
    # cement products worth $116 million, ..." (product_list)
    for figure in ("$414 million", "$116 million", "$27 million"):
        f = at("w13", 3, figure)
        assert (f.measure, f.year) == ("exports", 2023)
        assert series_status(row(f)) == "product"
    assert product_rule(row(at("w13", 3, "$414 million"))) == "product_list"
    # line 2, the total: "the country's exports to China reached $909 million during 2023"
    f = at("w13", 2, "$909 million")
    assert product_rule(row(f)) is None and series_status(row(f)) == "in"


def test_an_amount_written_in_parts_is_one_figure():
    # w06 line 13 (bazaartimes.com): "Germany was followed by the USA with $1 billion 530 million, the
    # United Kingdom with $1 billion 107 million, Italy with $1 billion 12 million and Spain with
    # $980 million 344 thousand."
    assert [(f.figure, f.value) for f in _figures("w06") if f.line == 13] == [
        ("$1 billion 530 million", 1530000000.0), ("$1 billion 107 million", 1107000000.0),
        ("$1 billion 12 million", 1012000000.0), ("$980 million 344 thousand", 980344000.0)]
    # w11 line 3: "... reached 779 thousand 300 million dollars in 2022" (compound_thousands)
    f = at("w11", 3, "779 thousand 300 million dollars")
    assert (f.kind, f.value, f.currency) == ("money", 779300000000.0, "USD")
    # w11 line 5: "... which amounted to 5 trillion 311 billion dollars."
    assert at("w11", 5, "5 trillion 311 billion dollars").value == 5311000000000.0


def test_the_year_after_a_base_written_in_parts_is_the_base_s():
    # w11 line 9: "Exports of goods and services from Mexico to the neighboring nation were located at
    # 454 thousand 900 million dollars, an increase of 18.2 percent compared to 384 thousand 648
    # million dollars in 2021." 'in 2021' is the base's year, not the level's.
    f = at("w11", 9, "454 thousand 900 million dollars")
    assert (f.year, rule(f, "year")) == (2022, "after_base")
    assert at("w11", 9, "384 thousand 648 million dollars").year == 2021


def test_exports_of_goods_from_a_country_are_that_country_s():
    # the same sentence: "Exports of goods and services from Mexico to the neighboring nation" (frame
    # exports_from: the country after 'from' exports; it is not the partner)
    f = at("w11", 9, "384 thousand 648 million dollars")
    assert (f.measure, f.reporter_iso3, rule(f, "reporter")) == ("exports", "MEX", "frame")
    assert f.partner_iso3 != "MEX"


def test_respectively_pairs_a_list_of_years_with_its_figures():
    # w24 line 19 (Korea JoongAng Daily): "In 2003 and 2004, trade volume between the two countries
    # totaled $8.6 billion and $10.1 billion, respectively."
    a, b = at("w24", 19, "$8.6 billion"), at("w24", 19, "$10.1 billion")
    assert (a.year, b.year) == (2003, 2004)
    assert rule(a, "year") == rule(b, "year") == "respectively"
    assert (a.period_start, a.period_end) == ("2003-01", "2003-12")


def test_the_whole_trade_named_before_the_figure_is_with_the_world():
    # w11 line 5: "The first place ... was occupied by Canada, whose exchange added 793 thousand 800
    # million dollars, 14.9 percent of the global trade of the United States last year, which amounted
    # to 5 trillion 311 billion dollars." (partner world_whole, not Canada)
    f = at("w11", 5, "5 trillion 311 billion dollars")
    assert (f.reporter_iso3, f.partner, rule(f, "partner")) == ("USA", "world", "world_whole")
    assert at("w11", 5, "793 thousand 800 million dollars").partner_iso3 == "CAN"


def test_the_year_before_is_a_base():
    # w13 line 1: "Trade exchange between Egypt and China dropped to $13.9 billion in 2023, compared to
    # $16.6 billion the year before, according to official data." (year_before: 'the year before')
    f = at("w13", 1, "$16.6 billion")
    assert (f.year, f.period_start, rule(f, "year")) == (2022, "2022-01", "base_value")
    assert at("w13", 1, "$13.9 billion").year == 2023


def test_a_dated_base_s_figures_in_brackets_are_of_its_year():
    # w03 line 13 (trend.az): "Kyrgyzstan's imports from Kazakhstan in 2023 totaled $862.182 million,
    # which is an 11.9 percent increase compared to the 2022 figures ($770.215 million)."
    # ('figures' is a base noun, no product: base_value)
    f = at("w03", 13, "$770.215 million")
    assert (f.measure, f.reporter_iso3, f.partner_iso3, f.year) == ("imports", "KGZ", "KAZ", 2022)
    assert rule(f, "year") == "base_value"
    assert series_status(row(f)) == "in"
    assert at("w03", 13, "$862.182 million").year == 2023


def test_while_importing_names_imports():
    # w24 line 21: "That year, Korea exported $7.9 billion in goods and services to Indonesia, a 37
    # percent rise from the previous year, while importing $11.3 billion worth, or a 24 percent rise
    # from 2007." (measures.csv: 'importing')
    assert at("w24", 21, "$11.3 billion").measure == "imports"
    assert at("w24", 21, "$7.9 billion").measure == "exports"


def test_a_targeted_level_is_a_target():
    # w21 line 3 (medcom.id): '"Hopefully, (bilateral trade) can return to the targeted level of US$20
    # billion," the minister said.' (status.csv: 'targeted')
    f = at("w21", 3, "US$20 billion")
    assert f.status == "target"


def test_northern_ireland_is_a_region_of_the_uk_not_ireland():
    # w23 line 17: "Apart from Northern Ireland (£13.2 billion), the North East of England was the worst
    # performer with £20.2 billion." (places.csv: UK regions)
    for figure in ("£13.2 billion", "£20.2 billion"):
        f = at("w23", 17, figure)
        assert f.partner_iso3 != "IRL"


def test_a_hard_wrapped_web_page_is_joined_into_sentences():
    # w02 (menafn.com) wraps its lines at a fixed width: "Thus, last year, the bilateral trade
    # turnover increased by 34" / "percent and reached a record figure of $24 billion. Over the first"
    from tradeflows.text.clean import clean_text
    c = clean_text(_doc("w02").read_text("utf-8"), "web", "w02")
    sentences = [c.text[s:e] for s, e in c.sentences]
    assert ("Thus, last year, the bilateral trade turnover increased by 34 percent and reached a record"
            " figure of $24 billion.") in sentences
    f = at("w02", 8, "$24 billion")
    assert (f.measure, f.partner_iso3, f.year) == ("turnover", "CHN", 2022)
    # a page whose lines are its paragraphs keeps them (w03, trend.az)
    c3 = clean_text(_doc("w03").read_text("utf-8"), "web", "w03")
    assert len(c3.paragraphs) == 7


def test_non_oil_exports_at_a_sentence_start_are_a_product():
    # w19 line 7 (The National): "Non-oil exports grew to 5.3 billion riyals last year, with aluminium,
    # organic chemicals and fertilisers among the main categories of exports." (product_flow: 'Non-oil')
    f = at("w19", 7, "5.3 billion riyals")
    assert product_rule(row(f)) == "product_flow"


def test_the_dated_level_a_goal_starts_from_is_actual():
    # w15 line 7: "The meeting is expected to increase trade between the two countries from $25 billion
    # in 2023 to $30 billion by next year, ..." (status goal_start; the $30 billion stays a target)
    f = at("w15", 7, "$25 billion")
    assert (f.status, rule(f, "status"), f.year) == ("actual", "goal_start", 2023)
    assert at("w15", 7, "$30 billion").status == "target"


def test_bn_before_a_currency_word_and_a_passive_export_frame():
    # w19 line 7 (The National): "However, goods worth 33.7bn riyals were exported from Saudi Arabia to
    # the US, 84 per cent of which was crude oil exports." ('bn' before a currency word is a scale;
    # frame verb_from_to: 'were exported from A to B')
    f = at("w19", 7, "33.7bn riyals")
    assert (f.kind, f.value, f.currency) == ("money", 33700000000.0, "SAR")
    assert (f.measure, f.reporter_iso3, f.partner_iso3, rule(f, "reporter")) == ("exports", "SAU", "USA", "frame")


def test_an_exchange_rate_table_is_boilerplate():
    # w17 (2merkato.com) ends with a rates widget: "Exchange Rates" / "USD 46.9363  46.0160" /
    # "GBP 61.4226  60.2182" ... (boilerplate.txt): rates are no amounts of money
    assert [f.figure for f in _figures("w17") if f.line >= 11] == []
    assert at("w17", 7, "over $3.62 billion").value == 3620000000.0

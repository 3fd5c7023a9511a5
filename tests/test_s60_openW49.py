"""Session 60, helper openW49: the phrasings found on the tuned pages of web49 (sanctions and the trade they
reroute) and written as general rules, each tested on real sentences of pages outside the development sets.

- frames flow_from_to / imports_from_to read the goods between the flow word and its "from ... to ..."
  ("exports of food and agricultural products from the United States to Cuba");
- frame imports_of_demonym: "imports of Russian goods" names the counterpart, not the importer (a demonym only);
- frame balance_possessive_with: "Japan's surplus with the US" (the possessive owns the balance);
- cue period_choice_to_amount: a year-on-year mark between a rate and its level ("declined only 5.6% YoY to
  USD14.6bn in Q3 2023", rule growth_to_amount);
- figures/physical.py physical_to_quantity: a year among the words before the quantity ("increased by 28 per cent
  since 1994, to 27,000 tonnes").
"""
from __future__ import annotations

from phrasing import rule_item

from tradeflows.pipeline import figures_of_text


def facts(text: str, **kw):
    kw.setdefault("pub_year", 2023)
    return {f.figure: f for f in figures_of_text(text, "page", "web", **kw)}


def test_flow_from_to_reads_the_goods_between_the_flow_and_its_way():
    # https://www.eastafricanewspost.com/u-s-exports-to-cuba-hit-nearly-40-million-in-august/
    got = facts("In August, exports of food and agricultural products from the United States to Cuba totaled "
                "$39,913,983, representing an increase of more than 10 million compared to August 2022.")
    f = got["$39,913,983"]
    assert (f.value, f.currency, f.measure, f.reporter, f.partner) == (39913983.0, "USD", "exports", "United States",
                                                                       "Cuba")
    assert rule_item(f, "reporter") == "reporter:frame" and rule_item(f, "partner") == "partner:frame"


def test_flow_from_to_with_goods_dates_each_amount():
    # http://kneb.com/agricultural/u-s-ag-equipment-companies-benefiting-from-trade-with-cuba/
    got = facts("Exports of food and agricultural products from the U.S. to Cuba in November of 2017 were pegged at "
                "$21.2 million, compared to $10.59 million in November 2016, and $6.24 million in November of 2015.")
    assert [(f.value, f.reporter, f.partner, f.year) for f in got.values()] == [
        (21200000.0, "United States", "Cuba", 2017), (10590000.0, "United States", "Cuba", 2016),
        (6240000.0, "United States", "Cuba", 2015)]


def test_imports_of_a_demonym_name_the_counterpart():
    # https://www.rt.com/business/441099-russia-china-trade-growth/ (China's customs on trade with Russia)
    got = facts("The volume of exports from China to Russia has grown by almost 13 percent, exceeding $35 billion. "
                "Imports of Russian goods surged by around 40 percent to $42 billion, said the customs service.",
                pub_year=2018)
    f = got["$42 billion"]
    assert (f.value, f.measure, f.reporter, f.partner) == (42000000000.0, "imports", "China", "Russia")
    assert rule_item(f, "partner") == "partner:frame"
    g = got["around 40 percent"]
    assert (g.value, g.partner, rule_item(g, "partner")) == (40.0, "Russia", "partner:frame")


def test_imports_of_a_country_name_are_no_demonym_frame():
    """Odd case: 'Imports of U.S. goods' names the country, not its demonym: frame imports_of_demonym keeps to a
    demonym (a country after 'imports of' may own the flow), and another rule finds the counterpart."""
    # https://www.foxbusiness.com/economy/china-imports-from-us-plunge-31-in-june-amid-tariff-war
    got = facts("China's imports from the U.S. plunged in June, while exports to the U.S. weakened.\n\n"
                "Imports of U.S. goods fell 31.4 percent from a year earlier to $9.4 billion, while exports to the "
                "American market declined 7.8 percent to $39.3 billion, customs data showed Friday.", pub_year=2019)
    f = got["$9.4 billion"]
    assert (f.measure, f.reporter, f.partner) == ("imports", "China", "United States")
    assert rule_item(f, "partner") == "partner:sentence"


def test_a_possessive_balance_with_a_counterpart():
    # http://newsonjapan.com/html/newsdesk/article/124466.php (NHK)
    got = facts("On the other hand, Japan's surplus with the US grew for the first time in seven months, climbing "
                "5.1 percent from a year earlier.", pub_year=2019)
    f = got["5.1 percent"]
    assert (f.value, f.measure, f.reporter, f.partner) == (5.1, "balance", "Japan", "United States")
    assert rule_item(f, "reporter") == "reporter:frame" and rule_item(f, "partner") == "partner:frame"


def test_a_possessive_balance_with_two_words_between():
    # https://news.cgtn.com/news/3d3d514e3245444f32457a6333566d54/index.html
    got = facts("Japan's politically sensitive surplus with the U.S. marked its first rise in seven months, increasing "
                "by 5.1 percent thanks largely to higher exports of cars.", pub_year=2019)
    f = got["5.1 percent"]
    assert (f.measure, f.reporter, f.partner, rule_item(f, "reporter")) == ("balance", "Japan", "United States",
                                                                            "reporter:frame")


def test_a_year_on_year_mark_between_the_rate_and_its_level():
    # https://iq.vietcap.com.vn/report-detail/en/vietnam-macro-flash-note-exports-show-clearer-recovery-signals
    got = facts("Also, contraction in the exports of phones & parts (~15.0% of total exports) waned as it declined "
                "only 5.6% YoY to USD14.6bn in Q3 2023 (vs -24.6% YoY in Q2 2023 & -12.2% YoY in Q1 2023).",
                pub_month=10)
    f = got["5.6%"]
    assert (f.year, f.period_start, f.period_end) == (2023, "2023-07", "2023-09")
    assert rule_item(f, "year") == "year:growth_to_amount"


def test_a_rate_of_a_quantity_with_a_year_before_it_is_physical():
    # https://www.fishfarmermagazine.com/archive-2/uk-lands-less-fish-but-value-up-fishupdate-com/
    assert facts("Landings of crabs have increased by 28 per cent since 1994, to 27,000 tonnes.", pub_year=2010) == {}


def test_a_change_in_value_beside_a_quantity_stays():
    """Odd case: the rate of the value after the tonnes is no quantity's."""
    # https://www.fishfarmermagazine.com/archive-2/uk-lands-less-fish-but-value-up-fishupdate-com/
    got = facts("UK vessels landed 581,000 tonnes of fish with a value of £674 million – one per cent less than 2008 "
                "in quantity but a 6 per cent increase in value.", pub_year=2010)
    assert (got["£674 million"].value, got["£674 million"].currency) == (674000000.0, "GBP")
    assert got["6 per cent"].kind == "growth" and got["6 per cent"].value == 6.0

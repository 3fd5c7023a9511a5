"""Session 44 (recall of the national panel, second pass): the year a page opens with, still in force when a later
paragraph gives a figure with no time of its own, is that figure's year by a strong rule (head_year), not the weak
carry section_period; and the checks that had hidden behind the weak carry (a kind of goods worth an amount, a part
out of a total). Real sentences of outlets in no data set."""
from __future__ import annotations

from phrasing import one_figure, row, rule_item

from tradeflows.dataset.cues_measure import product_rule
from tradeflows.dataset.series import series_status


# english.china.org.cn/english/BAT/53197.htm (china.org.cn, January 10, 2003): China's trade of 2002
CHINA_2002 = ("China's imports and exports increased by a fifth year-on-year to US$620.79 billion last year, according to "
              "customs statistics released yesterday.\n\n"
              "Exports rose 22.3 percent to US$325.57 billion and imports grew 21.2 percent to US$295.22 billion. China's "
              "trade surplus stood at US$30.35 billion.\n\n"
              "Machinery and electronic products led the growth in exports, and exports of traditional, labor-intensive "
              "products have also bounced back, customs statistics show.\n\n"
              "China's foreign trade with Japan, its largest trading partner, reached US$101.91 billion.\n")


def test_the_year_the_page_opens_with_still_in_force_is_a_strong_year():
    """Rule head_year: 'China's foreign trade with Japan ... reached US$101.91 billion' names no time; the period in
    force is the first the page set ('last year' on a page of January 2003: 2002), a whole calendar year: the
    figure's year by a strong rule, so the cell enters the panel (before: section_period, weak)."""
    f = one_figure(CHINA_2002, "US$101.91 billion", pub_year=2003)
    assert (f.reporter, f.partner, f.measure, f.year, f.period_start, f.period_end) == \
        ("China", "Japan", "turnover", 2002, "2002-01", "2002-12")
    assert rule_item(f, "year") == "year:head_year"
    assert series_status(row(f)) == "in"


def test_the_next_paragraphs_balance_takes_the_head_year_too():
    """'China's trade surplus stood at US$30.35 billion', the paragraph after the head's 'last year', names no time:
    the head's 2002 by head_year (it enters the panel as China's balance with the world, owner_own_flow)."""
    f = one_figure(CHINA_2002, "US$30.35 billion", pub_year=2003)
    assert (f.year, f.measure) == (2002, "balance")
    assert rule_item(f, "year") == "year:head_year"
    assert series_status(row(f)) == "in"


def test_a_later_year_in_force_is_no_head_year():
    """A page that opens with 2022 and later names a record year of the past ('at their highest level ... since
    records exist, that is, 1993', the web set's newstodayheadlinez page, tuned) leaves 1993 in force: a figure
    after it with no time of its own keeps the weak section_period (the cell stays out)."""
    text = ("According to figures from the organization, the exchange of goods and services between Mexico and the United "
            "States reached 779 thousand 300 million dollars in 2022.\n\n"
            "According to historical data from the US Census Bureau, both exports and imports from Mexico to the United "
            "States were at their highest level for a year since records exist, that is, 1993.\n\n"
            "Mexico's trade balance with the United States gives a surplus of 130 thousand 552 million dollars.\n")
    f = one_figure(text, "130 thousand 552 million dollars", pub_year=None)
    assert rule_item(f, "year") != "year:head_year"
    assert series_status(row(f)) != "in"


def test_a_kind_of_goods_worth_an_amount_is_a_product():
    """Check product_kind_worth: 'a total of 15.8 million tons of minerals and mining products worth $3.891 billion
    were exported' (tehrantimes.com/news/442052): a lowercase kind before the generic 'products worth'."""
    r = {"kind": "money", "measure": "exports", "figure": "$3.891 billion",
         "sentence": "As reported, a total of 15.8 million tons of minerals and mining products worth $3.891 billion were "
                     "exported to other countries in the first half of the current year."}
    assert product_rule(r) == "product_kind_worth"


def test_goods_worth_after_a_verb_is_no_kind():
    """'India exported goods worth over $73 billion' (the fresh indianpanorama page): a verb before 'goods worth'
    names no kind of goods; the figure stays the flow's total."""
    r = {"kind": "money", "measure": "exports", "figure": "over $73 billion",
         "sentence": "India exported goods worth over $73 billion, and imported goods worth a little over $40 billion dollars."}
    assert product_rule(r) is None


def test_an_amount_out_of_a_total_is_a_part():
    """Check part_out_of_total and product_kind_worth on a stored page of South Africa's 2010 trade (searchofvalue,
    an outlet in no data set): 'Demand from India was mainly mineral products worth R14.8bn out of total exports worth
    R21.7bn. South Africa imported R6.2bn of the same category of goods out of a total of R20.8bn.' The parts stay
    out; the totals (R21.7bn, R20.8bn) are the cells."""
    s1 = "Demand from India was mainly mineral products worth R14.8bn out of total exports worth R21.7bn."
    s2 = "South Africa imported R6.2bn of the same category of goods out of a total of R20.8bn."
    assert product_rule({"kind": "money", "measure": "exports", "figure": "R14.8bn", "sentence": s1}) \
        in ("product_kind_worth", "part_out_of_total")
    assert product_rule({"kind": "money", "measure": "imports", "figure": "R6.2bn", "sentence": s2}) == "part_out_of_total"
    assert product_rule({"kind": "money", "measure": "exports", "figure": "R21.7bn", "sentence": s1}) is None
    assert product_rule({"kind": "money", "measure": "imports", "figure": "R20.8bn", "sentence": s2}) is None

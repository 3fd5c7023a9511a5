"""Session 57, panelC: the series panel's own reasons for leaving a figure out, on real sentences of pages outside
the development sets (the address of each page at its text)."""
from __future__ import annotations

from phrasing import one_figure, row, rule
from tradeflows.dataset.cells import series_rows
from tradeflows.dataset.corroborate import corroborate
from tradeflows.dataset.cues_measure import difference_cue, product_rule
from tradeflows.dataset.series import series_status
from tradeflows.dataset.tasks import figure_rows
from tradeflows.pipeline import figures_of_text

# thompsonhinesmartrade.com/2018/02/trade-deficit-increases-trumps-first-year/ (2018-02)
_TH_HEAD = ("Trade Deficit Increases in Trump's First Year\n\n"
            "The Department of Commerce has released its 2017 year-end report on U.S. International Trade in Goods and"
            " Services, revealing a sharp increase in the overall trade deficit during President Trump's first year in"
            " office. For 2017, the goods and services deficit increased to $566 billion, a $61.2 billion (12.1 %)"
            " increase from 2016.")
_TH = _TH_HEAD + (" Exports were $2,329.3 billion in 2017, up $121.2 billion (5.5%) from 2016. Imports were $2,895.3"
                  " billion in 2017, up $182.5 billion (6.7%) from 2016.\n")


def _panel(text: str, pub_year: int, pub_month: int) -> dict:
    rows = figure_rows(figures_of_text(text, "page", "web", pub_year=pub_year, pub_month=pub_month))
    return {(c["reporter_iso3"], c["partner"], c["flow"], c["year"]): c["value_usd"] for c in series_rows(rows, {})}


def test_identity_corroborated_deficit_enters_beside_its_exports_and_imports():
    # the deficit's partner is the weak default_world; exports - imports = $566.0 billion corroborates it
    f = one_figure(_TH, "$566 billion", pub_year=2018, pub_month=2)
    assert rule(f, "partner") == "default_world"
    assert series_status(row(f)) == "low confidence"          # alone, as before
    assert _panel(_TH, 2018, 2) == {("USA", "world", "exports", 2017): 2329.3e9,
                                    ("USA", "world", "imports", 2017): 2895.3e9,
                                    ("USA", "world", "balance", 2017): 566e9}


def test_identity_corroborated_marks_only_the_figure_the_identity_gives():
    rows = figure_rows(figures_of_text(_TH, "page", "web", pub_year=2018, pub_month=2))
    money = [r for r in rows if r["kind"] == "money"]
    marked = corroborate(money, [series_status(r) for r in money])
    assert [money[i]["figure"] for i in marked] == ["$566 billion"]
    assert money[marked[0]]["fact_rules"].endswith(";series:identity_corroborated")
    assert series_status(money[marked[0]]) == "in"
    # the change beside it ("a $61.2 billion (12.1 %) increase") adds up to nothing: still out
    assert series_status(next(r for r in money if r["figure"] == "$61.2 billion")) == "low confidence"


def test_identity_corroborated_needs_the_page_figures_odd_case():
    # the same paragraph without the exports and imports: nothing vouches for the default partner
    assert _panel(_TH_HEAD + "\n", 2018, 2) == {}


# eurofinancialreview.com/2017/04/05/eus-biggest-goods-trade-partner-is-us-with-e610bn
_EU = ("EU's biggest goods trade partner is US with €610bn\n\n"
       "The United States was the European Union's biggest goods trading partner in 2016 with €610 billion, or 17.7% of"
       " total EU trade in goods, according to Eurostat, the statistical office of the European Union.\n")


def test_partner_rank_goods_lists_no_product():
    # "biggest goods trading partner ... with €610 billion" had been product_list (a ranked list of goods)
    f = one_figure(_EU, "€610 billion", pub_year=2017, pub_month=4)
    assert (f.measure, f.partner, f.year, f.value) == ("turnover", "United States", 2016, 610e9)
    assert product_rule(row(f)) is None


# en.trend.az/business/economy/3298179.html (2020-09-12)
_TR = ("The trade turnover between Turkey and China rose by $616.2 million in June 2020 compared to the same month in"
       " 2019, which has exceeded $2 billion, the Turkish Trade Ministry told Trend.\n\n"
       "The foreign trade turnover of Turkey in 2019 made up $374.2 billion.\n")


def test_made_up_is_a_level():
    f = one_figure(_TR, "$374.2 billion", pub_year=2020, pub_month=9)
    assert (f.reporter, f.partner, f.measure, f.year, f.value) == ("Turkey", "world", "turnover", 2019, 374.2e9)
    assert not difference_cue(row(f))
    assert series_status(row(f)) == "in"


def test_rose_by_stays_a_change():
    f = one_figure(_TR, "$616.2 million", pub_year=2020, pub_month=9)
    assert difference_cue(row(f))

"""Session 45, panel3: leads of the panel helpers' fresh pages (outlets in no data/*/raw/sources.csv). A wire dateline's
city-state before the wire's credit ("HONG KONG (AP) —") is where the story was filed, no counterpart; a country's
"global surplus" is its balance with the world. Sentences are quoted from the pages named."""
from __future__ import annotations

from phrasing import one_figure, row, rule_item

from tradeflows.dataset.series import series_status
from tradeflows.facts.context import _places_past_dateline


# www.newsmax.com/world/globaltalk/china-economy-trade-surplus-record/2026/01/13/id/1242049/ (AP, 13 January 2026)
NEWSMAX = ("HONG KONG (AP) — China’s trade surplus surged to a record of almost $1.2 trillion last year, the government "
           "said Wednesday, as exports picked up in December.\n\n"
           "Customs data showed that China’s global surplus rose 20% from the previous year, with exports at $3.77 "
           "trillion and imports at $2.58 trillion. The 2024 trade surplus was $992 billion.\n\n"
           "China’s exports for December were up 6.6% from the previous year, better than economists’ estimates and "
           "higher than November’s 5.9% year-on-year increase. Imports in December were up 5.7% year-on-year, compared "
           "to November’s 1.9%.\n")

# www.wafb.com/story/38134635/chinas-exports-rebound-trade-surplus-with-us-swells (AP, 8 May 2018)
WAFB = ("HONG KONG (AP) - China's exports rebounded last month from a brief downturn while its politically sensitive "
        "trade surplus with the United States expanded, according to official data released Tuesday.\n\n"
        "Customs data showed that exports jumped 21.5 percent from a year earlier in April, bouncing back from a "
        "contraction the previous month thanks to resurgent global demand.\n")

# tradedatamonitor.com (The Trillion-Dollar Surplus, a digest of January 2025)
TDM = ("The Trillion-Dollar Surplus\n"
       "In 2024, China recorded the biggest global trade surplus in economic history at $992 billion, according to "
       "preliminary data released Monday by Beijing.\n")


def test_a_city_state_before_a_wire_credit_is_no_counterpart():
    # "(AP) —" and "(AP) -": the city-state filed from names no place of the opening sentence
    end = WAFB.index(".\n")
    assert "Hong Kong" not in [p.name for p in _places_past_dateline(WAFB, 0, end)]
    assert "China" in [p.name for p in _places_past_dateline(WAFB, 0, end)]
    end = NEWSMAX.index(".\n")
    assert "Hong Kong" not in [p.name for p in _places_past_dateline(NEWSMAX, 0, end)]
    # nor the page's counterpart: the figures after it are China's with the world, not with Hong Kong
    for fig in ("$992 billion", "5.7%", "1.9%"):
        f = one_figure(NEWSMAX, fig, pub_year=2026, pub_month=1)
        assert f.partner == "world", (fig, f.partner)
        assert "partner:head_flow" not in f.fact_rules, fig


def test_a_global_surplus_is_the_balance_with_the_world():
    for fig, measure in (("$3.77 trillion", "exports"), ("$2.58 trillion", "imports")):
        f = one_figure(NEWSMAX, fig, pub_year=2026, pub_month=1)
        assert (f.reporter_iso3, f.measure, f.year) == ("CHN", measure, 2025)
        assert rule_item(f, "partner") == "partner:world_cue"
        assert series_status(row(f)) == "in"
    f = one_figure(TDM, "$992 billion", pub_year=2025)
    assert (f.reporter_iso3, f.measure, f.year, f.value) == ("CHN", "balance", 2024, 992e9)
    assert rule_item(f, "partner") == "partner:world_cue"


# info.jctrans.net/jcnet/news/trade/china/2007111386836.shtml (China's 2006 trade, January 2007)
JCTRANS = ("China's trade surplus reached 177.47 billion US dollars in 2006, the General Administration of Customs said "
           "Wednesday.\n"
           "Exports rose 27.2 percent from the previous year to 969.08 billion dollars, while imports were up 20 percent "
           "to 791.61 billion dollars.\n"
           "China's exports and imports in 2006 reached 1.76 trillion US dollars, 338.78 billion US dollars more than "
           "that in 2005, a year-on-year growth of 23.8 percent.\n")


def test_an_amount_more_than_a_base_is_no_member_of_a_list():
    # "exports and imports" is the turnover when the amount after its figure is a difference, not a second member
    f = one_figure(JCTRANS, "1.76 trillion US dollars", pub_year=2007)
    assert (f.reporter_iso3, f.measure, f.year, f.partner) == ("CHN", "turnover", 2006, "world")
    assert rule_item(f, "measure") == "measure:cue_before"
    assert series_status(row(f)) == "in"
    f = one_figure(JCTRANS, "338.78 billion US dollars", pub_year=2007)
    assert series_status(row(f)) != "in"


def test_a_bare_flow_goes_on_with_the_year_of_the_sentence_before():
    # "Exports rose 27.2 percent from the previous year to 969.08 billion dollars" after "China's trade surplus reached
    # 177.47 billion US dollars in 2006": the world total of 2006 (rule bare_flow_year, branch year_before)
    for fig, measure in (("969.08 billion dollars", "exports"), ("791.61 billion dollars", "imports")):
        f = one_figure(JCTRANS, fig, pub_year=2007)
        assert (f.reporter_iso3, f.measure, f.year, f.partner) == ("CHN", measure, 2006, "world")
        assert rule_item(f, "partner") == "partner:bare_flow_year"
        assert series_status(row(f)) == "in"
    # "The 2024 trade surplus was $992 billion": a year before the bare balance noun
    f = one_figure(NEWSMAX, "$992 billion", pub_year=2026, pub_month=1)
    assert (f.reporter_iso3, f.measure, f.year, f.partner) == ("CHN", "balance", 2024, "world")
    assert rule_item(f, "partner") == "partner:bare_flow_year"
    assert series_status(row(f)) == "in"


def test_a_bare_flow_of_a_month_keeps_the_weak_default():
    # "Imports in December were up 5.7% year-on-year": no year of its own, a month named: default_world stays
    f = one_figure(NEWSMAX, "5.7%", pub_year=2026, pub_month=1)
    assert rule_item(f, "partner") == "partner:default_world"

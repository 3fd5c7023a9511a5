"""Session 52, wireA: a wire item's dateline wherever the head's first prose line starts (rule wire_dateline)."""
from __future__ import annotations

from tradeflows.facts.carry import page_head_partner
from tradeflows.facts.context import wire_dateline
from tradeflows.facts.places import find_places
from tradeflows.pipeline import figures_of_text



def partners(text: str, title: str | None = None):
    return [(f.to_dict()["value"], f.to_dict()["partner"], f.to_dict()["reporter"])
            for f in figures_of_text(text, "t", "web", title=title)]


# pledgetimes.com (Reuters, 2021-10-05): the text repeats its title, then the dateline of a city whose name is also a
# US state's ("Washington", a name of several places): the city is no counterpart of the page nor of a figure
PLEDGE_TITLE = "US trade deficit widens more than expected in August"
PLEDGE = (PLEDGE_TITLE + "\n\nWASHINGTON (Reuters) – The US trade deficit widened more than expected in August, driven by "
          "imports as companies rebuild inventories, in the latest sign that economic growth slowed in the third "
          "quarter.\n\nThe trade deficit widened 4.2 percent to $73.3 billion last month, the Commerce Department said "
          "on Tuesday. Economists polled by Reuters had expected a deficit of $70.5 billion.\n")


def test_reuters_dateline_after_repeated_title_is_no_counterpart():
    assert page_head_partner(PLEDGE, PLEDGE_TITLE, ("United States", "USA")) is None
    got = partners(PLEDGE, PLEDGE_TITLE)
    assert (4.2, "world", "United States") in got
    assert (73300000000.0, "world", "United States") in got
    assert all(p != "Washington" for _, p, _ in got)


# finanznachrichten.de (dpa-AFX, 2018-04): a credit in lower case, the title given apart from the text
DPA_TITLE = "U.S. Trade Deficit Widens More Than Expected In February"
DPA = ("WASHINGTON (dpa-AFX) - A report released by the Commerce Department on Thursday showed the U.S. trade deficit "
       "widened by more than anticipated in the month of February.\n\nThe Commerce Department said the trade deficit "
       "widened to $57.6 billion in February from a revised $56.7 billion in January.\n")


def test_lower_case_credit_dateline_is_no_partner():
    for title, text in ((DPA_TITLE, DPA), (None, DPA_TITLE + "\n\n" + DPA)):
        assert page_head_partner(text, title, ("United States", "USA")) is None
        got = partners(text, title)
        assert [v for v, _, _ in got] == [57600000000.0, 56700000000.0]
        assert all(p != "Washington" for _, p, _ in got), got


# newsmax.com (AP, 2026-01-13): a city-state's dateline after a title line (the title here is the page address's
# words, "china-economy-trade-surplus-record"): Hong Kong was the head's counterpart and the partner of the record
# surplus; it is where the story was filed
NEWSMAX = ("China economy trade surplus record\n\nHONG KONG (AP) — China’s trade surplus surged to a record of almost "
           "$1.2 trillion last year, the government said Wednesday, as exports picked up in December.\n\nCustoms data "
           "showed that China’s global surplus rose 20% from the previous year, with exports at $3.77 trillion and "
           "imports at $2.58 trillion.\n")


def test_city_state_dateline_after_title_line_is_no_partner():
    assert page_head_partner(NEWSMAX, None, ("China", "CHN")) is None
    got = partners(NEWSMAX)
    assert (1200000000000.0, "world", "China") in got
    assert all(p == "world" for _, p, _ in got), got


# wafb.com (AP, 2018-05-08): the dateline city-state dropped, the page's own counterpart in its lead stays the
# partner of its figure
WAFB_TITLE = "China's exports rebound, trade surplus with US swells"
WAFB = (WAFB_TITLE + "\n\nHONG KONG (AP) - China's exports rebounded last month from a brief downturn while its "
        "politically sensitive trade surplus with the United States expanded, according to official data released "
        "Tuesday.\n\nChina's trade surplus with the U.S. swelled to $22.2 billion, up from $15.4 the previous month, "
        "as its exports to the U.S. grew at double digit rates.\n")


def test_dateline_dropped_keeps_named_counterpart():
    got = partners(WAFB)
    assert (22200000000.0, "United States", "China") in got
    assert all(p != "Hong Kong" for _, p, _ in got)


def test_wire_dateline_shapes():
    """A credit after a city of any kind, or a city in capitals, a dash and prose; not a partner's line in a list
    ("China – 25.3%") nor a city in title case before a dash without a credit."""
    def fires(text):
        p = find_places(text)[0]
        return wire_dateline(text, p)
    assert fires("SEOUL, Oct. 1 (Yonhap) — South Korea's exports rose.")
    assert fires("Beijing (ANTARA) – Indonesia's exports rose.")
    assert fires("SINGAPORE – Singapore's exports fell.")
    assert fires("MOSCOW /Xinhua/ -- Russia's exports rose.")
    assert not fires("China – 25.3% of the total")
    assert not fires("CHINA – $5.2 billion")
    assert not fires("Singapore – Singapore's exports fell.")


# wkow.com (AP, 2020-10-06): "Washington", a name several places bear, opening a wire's dateline says no country: it
# casts no vote for the page's subject (it was the subject's rival with 2 votes; alone in a head that names only
# counterparts it became the page's reporter)
WKOW = ("WASHINGTON (AP) — The U.S. trade deficit rose in August to the highest level in 14 years. The Commerce "
        "Department reported Tuesday that the gap between the goods and services the United States sells and what it "
        "buys abroad climbed 5.9% in August to $67.1 billion. The politically sensitive deficit in the trade of goods "
        "with China fell 6.7% to $26.4 billion.\n")


def test_listed_dateline_casts_no_subject_vote():
    from tradeflows.facts.subject import document_subject, subject_scores
    scores = subject_scores(WKOW)
    assert ("Washington", None) not in scores
    assert document_subject(WKOW)[:2] == ("United States", "USA")
    got = partners(WKOW)
    assert (26400000000.0, "China", "United States") in got
    assert (67100000000.0, "world", "United States") in got

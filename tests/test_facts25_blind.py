"""Reporter, partner and year rules from a blind practice round (facts25) on stored trade-news pages of
outlets and countries not in the dev sets (Bangladesh, Vietnam, Korea, Saudi Arabia, Sri Lanka, South
Africa ...). Each test uses the page's real sentence and, where one was found, a second page's sentence of
the same phrasing; each asserts the value and the rule that decided it."""
from __future__ import annotations

from phrasing import one_figure, rule

from tradeflows.facts.subject import document_subject
from tradeflows.ingest.page_year import text_year


# --- subject_later: an opening that names places only as destinations ("in the US market") ---

BANGLADESH_US = (
    "The export earnings totaled US$ 3,471.48 million during July-Feb of current fiscal (2012-13) compared to "
    "$ 3,315.73 million during the same period of the previous year (2011-12). The amount represents 19.95 "
    "percent of the country’s total export earning during the period.\n"
    "According to recent statistics compiled by the Export Promotion Bureau (EPB), RMG export, including "
    "knitwear, to the US amounted to $ 3,186.03 million during the July-Feb period of the current fiscal "
    "compared to $ 2,977.32 million during the corresponding period of the previous fiscal. The RMG items, "
    "including knitwear, witnessed a 7.01 percent growth in the US market.\n"
    "The major exports to the US market during the period were woven garment ($ 2,468.99 million), knitwear "
    "($ 717.04 million), frozen shrimp ($ 26.87 million), home textiles ($ 124.72 million) and cap "
    "($ 24.76 million).\n"
    "During the period, around 34.78 percent of the country’s total woven garment exports entered the US "
    "market, followed by knitwear 10.65 percent and frozen shrimp 8.74 percent.\n"
    "Bangladesh’s export earnings from the US in fiscal 2010-11 were impressive as it totaled $ 5107.52 "
    "million showing a 29.29 percent gain over that of fiscal 2009-10.\n"
    "The export earnings in fiscal 2009-10, however, totaled US$ 3.14 billion, a 7.74 percent fall over "
    "$ 3.4 billion in 2008-09, mostly because of the global economic recession.\n")


def test_an_opening_naming_only_a_destination_market_leaves_the_subject_to_the_flows_owner():
    # bangladeshchronicle.net: EPB figures on Bangladesh's exports to the US; Bangladesh is named only in
    # the fifth paragraph, the US in the opening only as the market the goods go to
    assert document_subject(BANGLADESH_US) == ("Bangladesh", "BGD", "head_later")
    f = one_figure(BANGLADESH_US, "$ 3,186.03 million")
    assert (f.reporter, f.partner) == ("Bangladesh", "United States")
    assert rule(f, "reporter") == "subject_later"


def test_a_destination_named_in_a_short_opening_stays_the_subject_when_nothing_follows():
    # the same opening alone: no owner of the flow further on, the opening's vote stands
    head = BANGLADESH_US.split("\n")[1]
    assert document_subject(head)[2] == "head"

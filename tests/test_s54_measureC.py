"""Session 54, measureC: the measure of a figure no rule of its clause, sentence or paragraph gave one. A default "other"
is no evidence: it no longer sets the state the figures after it carry (facts/measure.py, rule default_other), and
before it the weak rule page_flow gives such a figure the flow the page's cues name most (exports, imports or turnover,
never the balance), unless its sentence speaks of prices, the economy or the budget (facts/measure_context.page_flow).

Real passages from stored pages outside the development sets (search corpus "pages"), cited at each."""
from __future__ import annotations

from phrasing import figs, rule


def _measures(text: str, pub_year: int) -> dict[str, tuple]:
    """{figure: (measure, measure rule)} of a web text's figures, the first of each string."""
    out: dict[str, tuple] = {}
    for f in figs(text, pub_year=pub_year):
        out.setdefault(f.figure, (f.measure, rule(f, "measure")))
    return out


# lankabusinessonline.com ("Steady Flow", Sri Lanka's January 2004 trade): the textile sector's sentence names no flow
# ("brought in the bulk of the earnings"); the page names exports most, a deficit twice
LANKA = ("Steady Flow\n\nTrade deficit for January grew US$ 4 mn to US$ 152 mn in 2004, as foreign inflows from tourism, "
         "ports, private transfers and net inflows of portfolio investments eased the pressure on the rupee.\n\n"
         "A strong recovery in the global economy helped push export earnings up by 20 percent to US$ 459 mn in January.\n\n"
         "The key textile and apparel sector brought in the bulk of the earnings growing 74 percent to US$ 227 mn in over "
         "the corresponding period 2003.\n\n"
         "Revenues from the Agriculture sector rose 24 percent, largely aided by a four percent growth in tea exports.\n\n"
         "Earnings from tea grew 19 percent, on the back of higher volumes and improved prices (US$ 2.38 per kilo).\n")


def test_a_figure_with_no_flow_takes_the_pages_flow():
    got = _measures(LANKA, 2004)
    assert got["74 percent"] == ("exports", "page_flow")
    # the sentence's next figure carries the guess, weak as it is
    assert got["US$ 227 mn"] == ("exports", "carried")
    # the deficit's figures keep their own cue; the price per kilo stays a price
    assert got["US$ 152 mn"] == ("balance", "cue_before")
    assert got["US$ 2.38"] == ("other", "per_unit_price")


def test_a_page_flow_figure_is_a_fact_of_the_pages_reporter():
    f = next(x for x in figs(LANKA, pub_year=2004) if x.figure == "US$ 227 mn")
    assert (f.value, f.partner, f.year) == (227e6, "world", 2004)


# anba.com.br ("Brazilian trade deficit grows", translated): "reduction in shipment of basic items" names no flow
# ("shipment" is no cue), then the manufactured goods' sentence goes on with it
ANBA = ("According to the ministry, there was 25.3% reduction in shipment of basic items, especially crude oil, iron ore, "
        "maize, meats (beef, pork and chicken), cotton and soy chaff. Among the manufactured goods, there was 15.5% "
        "reduction, mainly in vehicles, refined sugar, plastic polymers, ethanol, orange juice, aluminium oxides and "
        "hydroxides and flat iron and steel laminates.\n\n"
        "In the case of partly manufactured products, the reduction in foreign sales was 8.8%, with special prominence to "
        "sugar in bulk.\n\n"
        "In the accumulated result for the month, according to the Ministry, exports totalled US$ 9.493 billion, a "
        "reduction of 0.5% in comparison with January last year, on the daily average. Imports totalled US$ 12.194 "
        "billion, growth of 18.3% in the same comparison. This resulted in a trade deficit of US$ 2.701 billion.\n")


def test_the_page_flow_goes_on_to_the_next_sentence():
    got = _measures(ANBA, 2013)
    assert got["25.3%"] == ("exports", "page_flow")
    assert got["15.5%"] == ("exports", "previous_sentence")   # was "other", carried from the default
    assert got["US$ 12.194 billion"] == ("imports", "cue_before")


# rnz.co.nz ("November exports by China up 34.9%", 11 Dec 2010): a sentence of inflation on a page of exports
RNZ = ("November exports by China up 34.9%\n\nChina has reported stronger than expected export growth in November.\n\n"
       "Exports were up 34.9% versus a year earlier, compared with an expected 25%. In October the increase was 22.9%.\n\n"
       "Imports also rose rapidly, by 37.7%, but not enough to stop the country's trade surplus widening by 15% from a "
       "year ago to almost $US23 billion.\n\n"
       "November's inflation figure is to be released on Saturday.\n\n"
       "October's inflation figure was 4.4% - well above the official inflation target of 3%.\n")


def test_a_sentence_of_inflation_keeps_other_and_does_not_carry_it():
    # odd case: no page flow in a sentence of prices; and the default is not carried: the sentence's second figure is a
    # default of its own, not "carried" from the first (it was before)
    # (session 64: a rate of inflation is other by its own rule, economy_rate of facts/measure_nontrade.py, which is not
    # carried either; it was the default before)
    got = _measures(RNZ, 2010)
    assert got["4.4%"] == ("other", "economy_rate")
    assert got["3%"] == ("other", "economy_rate")
    assert got["22.9%"] == ("exports", "previous_sentence")


def test_a_book_has_no_page_flow():
    # odd case: the same page inside a book-length text (its paragraphs followed by the RNZ page's, many times over, so
    # that the text runs past PAGE_FLOW_MAX_CHARS): the flow a whole book names most is no topic of one passage, and
    # the figure stays "other" (and the book is not scanned whole for it)
    from tradeflows.facts.measure_context import PAGE_FLOW_MAX_CHARS
    book = LANKA + "\n" + "\n".join([RNZ] * (PAGE_FLOW_MAX_CHARS // len(RNZ) + 1))
    assert len(book) > PAGE_FLOW_MAX_CHARS
    got = _measures(book, 2004)
    assert got["74 percent"] == ("other", "default_other")
    assert got["US$ 152 mn"] == ("balance", "cue_before")

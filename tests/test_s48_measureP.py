"""Session 48, helper measureP: product items whose sentence names no flow, opened as the items of the goods just
spoken of ("These include ...", "Among the main product lines, ..."), take the flow of the sentences before, across a
paragraph break (facts/measure_context.py _ANAPHOR_MEASURE, rule goods_items_anaphor; the figure's rule stays
previous_sentence)."""
from __future__ import annotations

from tradeflows.facts.measure_context import _ANAPHOR_MEASURE
from tradeflows.pipeline import figures_of_text


def measures(text: str) -> list[tuple]:
    return [(f.figure, f.measure) for f in figures_of_text(text, "page", "txt")]


# en.antaranews.com/news/77166/ri-enjoys-us28-billion-foreign-trade-surplus-in-september (an outlet of no set)
ANTARA = ("He said the export of 10 key non-oil/non-gas commodities except cocoa was on the increase in the first eight "
          "months of 2011.\n\nProcessed cocoa exports jumped 86.4 percent, however, cocoa bean exports plunged 50.1 "
          "percent, he said.\n\nAmong the commodities that saw the highest export growth were rubber which rose 70.7 "
          "percent, coffee and oil palm 52.6 percent and 50.2 percent respectively.\n")


def test_goods_items_openers_are_anaphors():
    """The openers read as anaphors at a sentence's start only, not inside a sentence."""
    assert _ANAPHOR_MEASURE.search("Among the commodities that saw the highest export growth were rubber")
    assert _ANAPHOR_MEASURE.search("These include machinery and transport equipment (-36.8 percent)")
    assert _ANAPHOR_MEASURE.search("Among the main product lines, fresh blueberries stood out")
    assert not _ANAPHOR_MEASURE.search("the products these include are rubber and coffee")
    assert not _ANAPHOR_MEASURE.search("Among the partners, China stood out with $5 billion")


def test_goods_items_after_a_flow_paragraph_keep_the_flow():
    """The items after a paragraph of export figures are exports (antaranews.com); the sentence's own 'export growth'
    names them too, so the anaphor changes nothing here."""
    got = measures(ANTARA)
    assert ("70.7 percent", "exports") in got
    assert ("52.6 percent", "exports") in got


def test_goods_items_opened_by_these_include_take_the_flow_before():
    """'These include X (-36.8 percent), ...' on a line of its own after a line on the top export commodities: the
    items are exports, not other (egypttoday.com's phrasing, web30; here with another country and month)."""
    text = ("Vietnam's exports declined by 4 percent year-on-year to 21.3 billion U.S. dollars in March.\n"
            "Of the top 10 export commodities for March, six of them dropped, the statistics office said.\n"
            "These include footwear (-12.5 percent), wood products (-8.1 percent) and seafood (-3.9 percent) "
            "among others.\n")
    got = measures(text)
    assert ("12.5 percent", "exports") in got
    assert ("3.9 percent", "exports") in got


def test_a_rank_taken_is_an_anaphor():
    """Rule rank_position: 'Mexico, the southern neighbor of the US, secures the third place.' (whattheysayaboutusa.com),
    'На втором месте, подчеркнул Белоусов, находится Китай.' (segodnia.ru): a rank taken goes on with the measure
    ranked."""
    from tradeflows.vocab.patterns import cue
    from tradeflows.vocab import using_language
    assert _ANAPHOR_MEASURE.search("Mexico, the southern neighbor of the US, secures the third place.")
    assert _ANAPHOR_MEASURE.search("Saudi Arabia rose to the fourth position with a total share of 4%")
    assert not _ANAPHOR_MEASURE.search("India took the first place with AED 137 billion")
    with using_language("ru"):
        assert cue("anaphor_measure", _ANAPHOR_MEASURE).search("На втором месте, подчеркнул Белоусов, находится Китай.")


def test_a_rank_taken_a_paragraph_later_keeps_the_measure_ranked():
    """The turnover ranked in one paragraph goes on to the ranks told in the next (thearabianpost.com's phrasing, web31;
    here with another city, year and currency)."""
    text = ("Singapore's trade partners\n\n"
            "China topped Singapore's major trade partners with a total trade volume of S$137 billion in 2019, "
            "representing a 14% share of the total trade. Malaysia came second with a value of S$115 billion.\n\n"
            "Japan rose to the fourth position with a total share of 5% amounting to S$48 billion.\n")
    got = measures(text)
    assert ("S$48 billion", "turnover") in got


def test_rank_position_with_its_value_and_a_rank_between_followed_by():
    """Rule rank_position, two more shapes (cato.com.tw's 'were second at 19.1 percent', web15; intallaght.ie's 'They are
    followed in third place by Latin America with US $ 286.1 million', web32; no other outlet's sentence found, so the
    phrasings here are written about other places)."""
    assert _ANAPHOR_MEASURE.search("Korea's partners in the Gulf were second at 12.4 percent, followed by")
    assert _ANAPHOR_MEASURE.search("They are followed in third place by Africa with $ 86.1 million")
    assert not _ANAPHOR_MEASURE.search("Exports were second to none in 2019")
    text = ("Mainland China remained the top destination for Korea's exports, accounting for 25.8 percent of all "
            "outgoing shipments.\n\n"
            "Korea's partners in the Gulf were second at 12.4 percent, followed by the U.S. at 10.7 percent.\n")
    got = measures(text)
    assert ("12.4 percent", "exports") in got
    assert ("10.7 percent", "exports") in got

"""Phrasings of reporters and partners found in session 37 on stored English trade news pages of outlets no
development set holds, each a rule, tested on its page's sentences.
"""
from __future__ import annotations

from phrasing import figs

CTV = ("The Saskatchewan Trade and Export Partnership’s annual “State of Trade Report” released Tuesday says the value "
       "of the province’s exports were up to $31.2 billion last year.\n\n"
       "The new total marks an 11.2 per cent increase over 2017 exports.\n\n"
       "According to STEP, a partnership between government and industry that promotes growth for Saskatchewan "
       "exports, there was a 14.7 per cent increase in exports to the United States. The $17.3 billion dollars in "
       "American exports last year were enough to keep them as the top market for Saskatchewan products despite "
       "uncertainty created by the renegotiation of the Canada-U.S. free trade agreement.\n\n"
       "The report says 44 per cent of the province’s exports shipped to other countries besides the United States in "
       "2018, including $4.6 billion in exports to China, marking a 31.1 per cent increase from the previous year.\n")


def _reporters(text: str, **kw) -> dict:
    return {f.figure: f.reporter for f in figs(text, **kw)}


def test_a_share_of_the_regions_exports_after_the_figure():
    """Rule share_of_anaphor (a part of rule entity_anaphor): in '44 per cent of the province's exports shipped to
    other countries', the province named again right after the share owns the flow the share is of, as 'the
    province's exports' before a figure does (regina.ctvnews.ca, CTV News)."""
    got = _reporters(CTV, pub_year=2019, pub_month=3)
    assert got["44 per cent"] == "Saskatchewan"
    assert got["$4.6 billion"] == "Saskatchewan"


PROTHOM = ("Bangladesh's apparel exports to the European Union (EU) increased by 16.61 per cent to $11.50 billion during "
           "the first half (July-December) period of the current fiscal year (FY23) compared to $9.87 billion fetched "
           "during the same period of the previous fiscal year (FY22), reports BSS.\n\n"
           "Apart from the traditional markets, the country's apparel exports to non-traditional markets grew by "
           "32.19 per cent to $4.04 billion from $3.05 billion in the corresponding period of the previous year.\n\n"
           "Among the non-traditional markets, export to Japan reached $754.72 million with 42.54 per cent growth.\n")


def test_markets_named_by_their_kind_carry_no_bloc():
    """Rule unnamed_group: 'the country's apparel exports to non-traditional markets grew by 32.19 per cent to $4.04
    billion' is a group no registry place names; the EU of the paragraph before is not its counterpart, while
    'Among the non-traditional markets, export to Japan' keeps Japan (en.prothomalo.com, Prothom Alo). Since session 41
    the group is the partner as written (rule unnamed_group_named), as the gold writes such groups."""
    got = {f.figure: f.partner for f in figs(PROTHOM, pub_year=2023, pub_month=1)}
    assert got["32.19 per cent"] == "non-traditional markets"
    assert got["$4.04 billion"] == "non-traditional markets"
    assert got["$754.72 million"] == "Japan"
    assert got["$11.50 billion"] == "European Union"


NEWS_LK = ("“Recording the highest value for the year, earnings from textiles and garment exports continued to increase "
           "significantly in December 2017 with increased exports to the European Union (EU) following the "
           "restoration of the GSP+ facility in May 2017.”\n"
           "Earnings from garment exports to the EU increased by 27.2% (year-on-year), while garment exports to the US "
           "and other non-traditional markets increased by 18% and 14.1%, respectively, during December 2017.\n")


def test_a_bracketed_short_name_restates_the_destination():
    """Rule destination_restated (a part of rule counterparts_only): in 'with increased exports to the European
    Union (EU) following the restoration of the GSP+ facility', the bracketed 'EU' restates the destination; a
    head that names places only as destinations leaves the page to its outlet's country (news.lk, Sri Lanka's
    government news portal, a page that never names Sri Lanka)."""
    from tradeflows.facts.subject import document_subject
    assert document_subject(NEWS_LK, "Exports earnings grow continuously for six months", outlet="LKA") \
        == ("Sri Lanka", "LKA", "outlet")


DANGCONGSAN = ("Specifically, the US took the lead among export markets with more than USD3.4 billion, followed by the EU "
               "with more than USD1.4 billion, Japan with USD964 million, China with USD936 million and the Republic "
               "of Korea with USD874 million.\n\n"
               "In the first quarter, the country’s commodity export turnover was estimated at over USD58 billion, up "
               "4.7%, while imports were valued at USD57.9 billion, up 8.9%. The US continued to be the largest export "
               "market of Vietnam with USD13 billion, up 26%; followed by the EU with USD10.2 billion, up 2.5%.\n")


def test_the_countrys_export_turnover_is_its_total():
    """Rule country_flow_turnover (world_cue): 'the country's commodity export turnover was estimated at over USD58
    billion, up 4.7%' is the country's own total, not a flow to the US the page opens on (head_flow);
    'the largest export market of Vietnam with USD13 billion' keeps the US (en.dangcongsan.vn)."""
    got = {f.figure: (f.reporter, f.partner) for f in figs(DANGCONGSAN, pub_year=2019, pub_month=4)}
    assert got["over USD58 billion"] == ("Vietnam", "world")
    assert got["4.7%"] == ("Vietnam", "world")
    assert got["USD13 billion"] == ("Vietnam", "United States")

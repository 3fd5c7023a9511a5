"""Phrasings found by the English helper of session 37 (reporters and partners) on stored trade news pages from
outlets the sets have not seen, each a rule or a vocabulary row, tested on the page's own sentences."""
from __future__ import annotations

from phrasing import figs


def _rp(text: str, **kw) -> list[tuple]:
    """(figure, reporter, partner) of each figure of a web text."""
    return [(f.figure, f.reporter, f.partner) for f in figs(text, **kw)]


EURO_ZONE_FEBRUARY = (
    "The euro zone's trade surplus with the rest of the world grew in February, with a decline in imports from China "
    "as well as sharply lower energy needs because of mild winter weather.\n\n"
    "The unadjusted goods trade surplus grew to €23 billion in February, compared with €18.5 billion a year earlier.\n\n"
    "Exports rose by 1.6%, while imports fell by 1%.\n\n"
    "For China, which already had widespread coronavirus restrictions in place in February, exports from the European "
    "Union as a whole were slightly lower than in February 2019.\n\n"
    "However, imports were down by 8.1%, according to data on Eurostat's website.\n")


def test_eurostat_votes_for_the_area_the_head_names():
    """Rule agency_area_named (agencies.csv: Eurostat reports for the EU and the euro area): a page that opens on
    'The euro zone's trade surplus' and quotes 'Eurostat's website' is the euro area's, though a later paragraph
    names 'exports from the European Union as a whole' (rte.ie, the euro zone's trade in February 2020)."""
    got = _rp(EURO_ZONE_FEBRUARY, pub_year=2020, pub_month=4)
    assert [r for _, r, _ in got[:4]] == ["euro area"] * 4


def test_a_part_named_after_the_subjects_total_in_the_lead_is_not_the_pages_counterpart():
    """Rule head_whole_first: the lead names the subject's own total first ('The euro zone's trade surplus with the
    rest of the world grew', 'Thailand's exports rose more than expected') and a counterpart only after it ('with
    a decline in imports from China', 'but exports to China continued to fall'): the page is on the totals, so
    the totals of the next paragraphs are the world's (rte.ie, the euro zone's trade in February 2020;
    channelnewsasia.com, Thailand's exports in September 2022)."""
    got = _rp(EURO_ZONE_FEBRUARY, pub_year=2020, pub_month=4)
    assert got[:4] == [("€23 billion", "euro area", "world"), ("€18.5 billion", "euro area", "world"),
                       ("1.6%", "euro area", "world"), ("1%", "euro area", "world")]
    text = ("BANGKOK : Thailand's exports rose more than expected in September, helped by increased global activity, an "
            "improved supply of components and a weak baht currency, but exports to China continued to fall, the "
            "commerce ministry said on Wednesday.\n\n"
            "Exports, a key driver of Thai growth, rose 7.8 per cent in September from a year earlier, compared with a "
            "forecast rise of 4.20 per cent year-on-year in a Reuters poll, and against August's 7.5 per cent "
            "increase.\n\n"
            "In the first nine months of 2022, exports rose 10.6 per cent from the same period a year ago, the "
            "ministry said in a statement.\n\n"
            "Among key markets, shipments to the United States jumped 26.2 per cent from a year earlier. Shipments to "
            "China slipped 13.2 per cent year on year.\n\n"
            "Imports rose 15.6 per cent in September from a year earlier. Thailand posted a trade deficit of $853 "
            "million in September.\n")
    got = _rp(text, pub_year=2022, pub_month=10)
    assert got == [("7.8 per cent", "Thailand", "world"), ("4.20 per cent", "Thailand", "world"),
                   ("7.5 per cent", "Thailand", "world"), ("10.6 per cent", "Thailand", "world"),
                   ("26.2 per cent", "Thailand", "United States"), ("13.2 per cent", "Thailand", "China"),
                   ("15.6 per cent", "Thailand", "world"), ("$853 million", "Thailand", "world")]


def test_the_export_of_a_country_to_another_is_that_countrys():
    """Rule flow_of (a part of rule possessive): in 'Ghana's export to India has increased at a rate of 17.2%,
    while the export of India to Ghana has also increased at a rate of 14.2%' the second rate is India's exports to
    Ghana: the country behind 'the export of', nearest the figure, owns it, not the possessive owner of the clause
    before (ghanaweb.com, Ghana's exports to India, 2022)."""
    text = ("He said \"It is worthy to mention that for the past 25years, Ghana's export to India has increased at a "
            "rate of 17.2%, while the export of India to Ghana has also increased at a rate of 14.2%.\n")
    assert _rp(text, pub_year=2022) == [("17.2%", "Ghana", "India"), ("14.2%", "India", "Ghana")]


def test_a_share_sent_to_the_markets_in_a_bloc():
    """Rule right_to_markets: in '45 percent of Sri Lanka's apparel products were exported to the United States and
    42 percent to the markets in the European Union' the second share's counterpart is the place behind 'to the
    markets in', not the United States of the sentence's frame (onlanka.com, Sri Lanka's apparel exports, 2017)."""
    text = ("According to the ministry, 45 percent of Sri Lanka's apparel products were exported to the United States "
            "and 42 percent to the markets in the European Union.\n")
    assert _rp(text, pub_year=2018) == [("45 percent", "Sri Lanka", "United States"),
                                        ("42 percent", "Sri Lanka", "European Union")]


def test_the_places_listed_after_excluding_are_no_counterpart():
    """Rule part_list: in 'Total exports to the rest of the world, excluding Canada, the EU and Japan, increased
    191.32 percent to $309.85 million' every place of the list after 'excluding' is left out, not only the first:
    the figures are the rest of the world's, not Japan's (opendevelopmentcambodia.net, Cambodia's exports in the
    first half of 2011)."""
    text = ("Cambodian exports increased 45.9 percent to $2.15 billion in the first six months of the year compared to "
            "the same period in 2010, according to figures released by the Ministry of Commerce yesterday. Exports to "
            "the US, Cambodia's largest market for garments, increased 18.7 percent to $961.4 million between "
            "Januarty and June. Total exports to the rest of the world, excluding Canada, the EU and Japan, increased "
            "191.32 percent to $309.85 million.\n")
    assert _rp(text, pub_year=2011)[4:] == [("191.32 percent", "Cambodia", "world"),
                                            ("$309.85 million", "Cambodia", "world")]

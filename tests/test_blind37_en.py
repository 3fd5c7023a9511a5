"""Phrasings found by the English helper of session 37 (reporters and partners) on stored trade news pages from
outlets the sets have not seen, each a rule or a vocabulary row, tested on the page's own sentences."""
from __future__ import annotations

from phrasing import fields


def _rp(text: str, **kw) -> list[tuple]:
    """(figure, reporter, partner) of each figure of a web text."""
    return fields(text, "reporter", "partner", **kw)


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


JETRO_ASEAN = (
    "TOKYO: Exports from the six largest Southeast Asian economies fell by 2.2% in 2020 from a year earlier to a "
    "combined $1.35 trillion, a relatively small decline given the impact of the coronavirus pandemic, according to "
    "data from the Japan External Trade Organization (Jetro).\n\n"
    "Among the five other major economies of the Association of Southeast Asian Nations, the Philippines logged a "
    "10.1% fall in exports in 2020, followed by a contraction of 6.0% in Thailand, 4.1% in Singapore and 2.6% each in "
    "Malaysia and Indonesia, according to Jetro, referring to statistics from the respective countries.\n\n"
    "Thailand's trade surplus surged by 144.5%, compared with an increase of 83.5% for Vietnam, 43.9% for Singapore "
    "and 25.6% for Malaysia.\n")


def test_a_rate_with_its_own_country_right_after_it_in_a_list():
    """Rule list_item_after (a part of rule list_owner) and partner rule listed_owners: in 'the Philippines logged a
    10.1% fall in exports in 2020, followed by a contraction of 6.0% in Thailand, 4.1% in Singapore and 2.6% each in
    Malaysia' and 'Thailand's trade surplus surged by 144.5%, compared with an increase of 83.5% for Vietnam, 43.9%
    for Singapore' each later rate is the country's right after it, and each is that country's total, not a
    neighbouring item's (aec.utcc.ac.th, the Bangkok Post's story on Jetro's figures for 2020)."""
    got = {f: (r, p) for f, r, p in _rp(JETRO_ASEAN, pub_year=2021)}
    assert [got[f] for f in ("6.0%", "4.1%", "2.6%")] == [("Thailand", "world"), ("Singapore", "world"),
                                                         ("Malaysia", "world")]
    assert [got[f] for f in ("144.5%", "83.5%", "43.9%", "25.6%")] == [
        ("Thailand", "world"), ("Vietnam", "world"), ("Singapore", "world"), ("Malaysia", "world")]


def test_a_place_that_opens_an_organizations_name_is_no_counterpart():
    """Rule org_name_after: 'according to data from the Japan External Trade Organization (Jetro)' names no
    counterpart of the exports of the sentence (aec.utcc.ac.th, the Bangkok Post's story on Jetro's figures; its
    title and lead sentence, the dateline left out)."""
    text = "Asean export decline smaller than feared\n\n" + JETRO_ASEAN.split("\n\n")[0][len("TOKYO: "):] + "\n"
    assert _rp(text, pub_year=2021) == [("2.2%", "ASEAN", "world"), ("$1.35 trillion", "ASEAN", "world")]


def test_an_expansion_to_a_country():
    """Rule right_change_to: 'with a 5.2% drop to Japan more than offset by a 25.7% rise to the United States and an
    18.0% expansion to China': the expansion's own counterpart is the place behind it, as a rise's is
    (aec.utcc.ac.th, the Bangkok Post's story on Jetro's figures for 2020)."""
    text = ("Of the six, only Vietnam posted an increase in exports for the year, up 7% to $282.66 billion, with a 5.2% "
            "drop to Japan more than offset by a 25.7% rise to the United States and an 18.0% expansion to China, "
            "Jetro said, citing data from customs authorities.\n")
    got = {f: p for f, _, p in _rp(text, pub_year=2021)}
    assert (got["5.2%"], got["25.7%"], got["18.0%"]) == ("Japan", "United States", "China")


def test_a_supplier_opening_a_while_clause_is_the_counterpart():
    """Rule while_subject (its _RECEIVES words: supplied, provided): in 'Britain was the main buyer of goods from
    Mauritius in May accounting for 17.8%, while India supplied 19.8% of the island nation's imports' India's share
    is of Mauritius' imports: India is the counterpart, not the reporter (into-sa.com, Mauritius' trade in May)."""
    text = ("Mauritius' trade deficit narrowed by 20.6% in May to 5.27bn rupees from a year earlier on the back of lower "
            "import costs, official data showed yesterday. Britain was the main buyer of goods from Mauritius in May "
            "accounting for 17.8%, while India supplied 19.8% of the island nation's imports.\n")
    got = {f: (r, p) for f, r, p in _rp(text, pub_year=2015)}
    assert got["19.8%"] == ("Mauritius", "India")


def test_the_sides_of_a_trade_war_are_no_counterpart_carried():
    """Rule dispute_sides_not_carried: after 'Chinese imports reportedly dropped to the lowest point in nearly three
    years, while exports unexpectedly rose for May, as the trade war between the U.S. and China plays out' the
    forecast import rate of the next paragraph is China's total, not its trade with the United States (thehill.com,
    China's trade in May 2019)."""
    text = ("Chinese imports reportedly dropped to the lowest point in nearly three years, while exports unexpectedly "
            "rose for May, as the trade war between the U.S. and China plays out.\n\n"
            "May imports fell 8.5 percent, sharper than the 3.8 percent analysts had forecast, according to Reuters, "
            "the sharpest decline since July 2016.\n")
    assert _rp(text, pub_year=2019) == [("8.5 percent", "China", "world"), ("3.8 percent", "China", "world")]


def test_the_association_of_south_east_asian_nations_is_asean():
    """places.csv rows 'Association of South-East Asian Nations', 'Association of South East Asian Nations': 'Germany
    shipped goods worth $16 billion to the members of the Association of South-East Asian Nations (ASEAN)' is the
    bloc ASEAN, not the region its demonym 'South-East Asian' names (suprememagazine.news, Germany's exports in the
    first half of 2023)."""
    text = ("As reported by the German Foreign Trade and Investment Agency (GTAI), Germany shipped goods worth $16 "
            "billion to the members of the Association of South-East Asian Nations (ASEAN).\n")
    assert _rp(text, pub_year=2023) == [("$16 billion", "Germany", "ASEAN")]

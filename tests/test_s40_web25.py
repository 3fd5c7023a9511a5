"""English phrasings of sub-national trade found in session 40 on the tuned pages of data/web25 (a blind set), each a
rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_value_reached_then_from_a_value_last_year_keeps_its_own_period():
    """Rule to_reach_from_base (gulfbusiness.com, data/web25 tuned page an05): in 'exports, which rose 22 per cent to
    reach Dhs84 billion from Dhs69 billion last year' the 'last year' dates the base Dhs69 billion only; the rate and
    the level reached stay in the first half of 2013 the sentence before names, and so does the next sentence."""
    text = ("Dubai’s non-oil foreign trade has touched Dhs679 billion in the first half of 2013, up 16 per cent from the "
            "previous year, official news agency WAM has reported.\n\n"
            "The growth in foreign trade was powered by a rise in exports, which rose 22 per cent to reach Dhs84 billion "
            "from Dhs69 billion last year. Imports also registered an increase of 16 per cent, rising to Dhs406 billion "
            "as compared to Dhs349 billion in the previous year.\n")
    got = fields(text, "measure", "year", "period_start", "period_end", lang="en")
    assert got[2:] == [("22 per cent", "exports", 2013, "2013-01", "2013-06"),
                       ("Dhs84 billion", "exports", 2013, "2013-01", "2013-06"),
                       ("Dhs69 billion", "exports", 2012, "2012-01", "2012-06"),
                       ("16 per cent", "imports", 2013, "2013-01", "2013-06"),
                       ("Dhs406 billion", "imports", 2013, "2013-01", "2013-06"),
                       ("Dhs349 billion", "imports", 2012, "2012-01", "2012-06")]


def test_a_page_whose_country_is_voted_for_mostly_by_one_region_is_that_regions():
    """Rule region_majority_subject (australianmining.com.au, data/web25 tuned page an03): a page that names Western
    Australia again and again and Australia once ('a 50.6 per cent share of total Australian exports') is about the
    state: 'Japan was the next most lucrative market for exports, worth $23.9 billion', which names no exporter, is
    Western Australia's, not Australia's."""
    text = ("Western Australia needs to diversify its export base and trading partnerships beyond the needs of China, a "
            "new report has recommended.\n\n"
            "The report shows that 74.8 per cent of Western Australia’s goods exports come from the mining sector, with "
            "net exports to China dominating the market, worth $70.6 billion in 2013-14.\n\n"
            "Japan was the next most lucrative market for exports, worth $23.9 billion in 2013-14, and Korea was worth "
            "10.1 billion in the same year.\n\n"
            "Western Australia’s exports comprised a 50.6 per cent share of total Australian exports in 2013-14, "
            "followed by Queensland with 17.4 per cent.\n\n"
            "In the period from 2012-13 to 2013-14, the value of iron ore exports from Western Australia increased by 30 "
            "per cent, from $55,665 million to $72,469 million.\n")
    got = fields(text, "reporter", "reporter_iso3", lang="en")
    assert got[2] == ("$23.9 billion", "Western Australia", "AUS")


def test_the_value_of_exchanged_goods_is_two_way_trade():
    """Measure row 'exchanged goods' (vocab/en/measures.csv; gulfbusiness.com, data/web25 tuned page an05): 'India was
    the emirate's largest trading partner ... with value of exchanged goods reaching Dhs81 billion compared to Dhs77
    billion last year' is Dubai's trade with India both ways, a turnover, not a measure left as other."""
    text = ("Dubai’s non-oil foreign trade has touched Dhs679 billion in the first half of 2013, up 16 per cent from the "
            "previous year, official news agency WAM has reported.\n\n"
            "India was the emirate’s largest trading partner during the first half of this year with value of exchanged "
            "goods reaching Dhs81 billion compared to Dhs77 billion last year.\n")
    got = fields(text, "measure", "reporter", "partner", "year", lang="en")
    assert got[2:] == [("Dhs81 billion", "turnover", "Dubai", "India", 2013),
                       ("Dhs77 billion", "turnover", "Dubai", "India", 2012)]


def test_a_rate_then_the_level_it_reached_then_the_place_is_that_places():
    """Rule rate_level_to (miningmonthly.com, data/web25 tuned page an11): in '... and lifted 144% to $3.52 billion to
    South Korea and 140% to $4.75 billion to India' each rate's counterpart is the place after the level it reached,
    not the Japan the sentence's frame named nor the place of the item before."""
    text = ("Queensland’s coal exports to Japan increased 123.1% year-on-year to $10.3 billion in 2008-09, and lifted 144% "
            "to $3.52 billion to South Korea and 140% to $4.75 billion to India.\n")
    got = fields(text, "reporter", "partner", pub_year=2009, lang="en")
    assert got == [("123.1%", "Queensland", "Japan"), ("$10.3 billion", "Queensland", "Japan"),
                   ("144%", "Queensland", "South Korea"), ("$3.52 billion", "Queensland", "South Korea"),
                   ("140%", "Queensland", "India"), ("$4.75 billion", "Queensland", "India")]


def test_the_next_item_of_a_ranking_told_a_paragraph_an_item_keeps_its_flow():
    """Rule ranked_paragraph_opening (pesomxn.com, data/web25 tuned page an10): 'Nuevo León placed third with $14,735.4
    million (9.7% of the national total)' goes on with the exports of the ranking whose item before ('Coahuila ranked
    second, with exports of $17,719.4 million') opened its paragraph and told more of itself after; no measure left
    as other."""
    text = ("Coahuila ranked second, with exports of $17,719.4 million and an 11.6% share. Like Chihuahua, its export "
            "structure is dominated by manufacturing (98.2%), with the automotive sector playing an outsized role. "
            "Transportation equipment manufacturing alone totaled $11,665.9 million, making Coahuila one of the most "
            "important states nationally in that subsector.\n\n"
            "Nuevo León placed third with $14,735.4 million (9.7% of the national total).\n")
    got = fields(text, "measure", "reporter", "partner", pub_year=2025, lang="en")
    assert got[-2:] == [("$14,735.4 million", "exports", "Nuevo León", "world"), ("9.7%", "exports", "Nuevo León", "world")]


def test_a_respectively_list_of_rates_pairs_with_the_places_the_sentence_before_listed():
    """Rule respectively_previous (sz.gov.cn, data/web25 tuned page an12): 'The growth rates were 5%, 9%, 13.3%, and
    13.4%, respectively.' names no place; its rates are those of the four partners the sentence before listed for its
    own 'respectively' list of amounts, in their order, not of the city's trade with the world."""
    text = ("In the past eight months, Shenzhen’s trade with countries and regions other than Japan, South Korea and "
            "China’s Taiwan continued to grow. During that period, the city’s top trading partners were China’s Hong "
            "Kong, ASEAN, the European Union, and the United States, with imports and exports amounting to 365.68 "
            "billion yuan, 363.08 billion yuan, 267.78 billion yuan, and 264.71 billion yuan, respectively. The growth "
            "rates were 5%, 9%, 13.3%, and 13.4%, respectively.\n")
    got = fields(text, "measure", "partner", pub_year=2023, lang="en")
    assert got[4:8] == [("5%", "turnover", "Hong Kong"), ("9%", "turnover", "ASEAN"),
                        ("13.3%", "turnover", "European Union"), ("13.4%", "turnover", "United States")]


def test_a_regions_share_of_its_nations_total_named_by_the_demonym_is_of_the_world():
    """Rule national_total_demonym (australianmining.com.au, data/web25 tuned page an03): in 'Western Australia's
    exports comprised a 50.6 per cent share of total Australian exports' the whole is the nation's total exports, so
    the share's counterpart is the world, not the China the page's title pairs the state with."""
    text = ("WA exports reliant on iron ore to China\n\n"
            "Western Australia needs to diversify its export base and trading partnerships beyond the needs of China, a "
            "new report has recommended.\n\n"
            "Western Australia’s exports comprised a 50.6 per cent share of total Australian exports in 2013-14, "
            "followed by Queensland with 17.4 per cent.\n")
    got = fields(text, "measure", "partner", lang="en")
    assert got[0] == ("50.6 per cent", "exports", "world")


def test_exports_from_the_reporter_naming_no_destination_are_its_total_not_the_heads_pair():
    """Rule owner_out_no_head (australianmining.com.au, data/web25 tuned page an03): on a page titled 'WA exports
    reliant on iron ore to China', 'the value of iron ore exports from Western Australia increased by 30 per cent,
    from $55,665 million to $72,469 million' is the state's exports to the world: a flow out of the reporter with no
    destination is its total, not the pair of the head."""
    text = ("WA exports reliant on iron ore to China\n\n"
            "In the period from 2012-13 to 2013-14, the value of iron ore exports from Western Australia increased by 30 "
            "per cent, from $55,665 million to $72,469 million.\n")
    got = fields(text, "measure", "reporter", "partner", lang="en")
    assert got == [("30 per cent", "exports", "Western Australia", "world"),
                   ("$55,665 million", "exports", "Western Australia", "world"),
                   ("$72,469 million", "exports", "Western Australia", "world")]


def test_a_place_after_the_figure_with_its_own_worth_is_the_next_item():
    """Rule own_worth_after (australianmining.com.au, data/web25 tuned page an03): in 'Japan was the next most
    lucrative market for exports, worth $23.9 billion in 2013-14, and Korea was worth 10.1 billion in the same year'
    Korea, followed by a worth of its own, is the next item; the first amount's market is Japan."""
    text = ("Western Australia needs to diversify its export base and trading partnerships beyond the needs of China, a "
            "new report has recommended.\n\n"
            "Japan was the next most lucrative market for exports, worth $23.9 billion in 2013-14, and Korea was worth "
            "10.1 billion in the same year.\n")
    got = fields(text, "reporter", "partner", lang="en")
    assert got == [("$23.9 billion", "Western Australia", "Japan"), ("10.1 billion", "Western Australia", "South Korea")]


def test_points_by_which_a_group_lifted_the_flow_itself_are_growth():
    """Rule growth_points_lifted_flow (sz.gov.cn, data/web25 tuned page an12): in 'They contributed 1.55 trillion yuan,
    or 65.3%, to the city's total foreign trade ... and increased Shenzhen's foreign trade by 9.5 percentage points'
    the points are the private firms' contribution to the growth of the city's trade, a growth rate, not the change of
    a share."""
    text = ("Private enterprises were the main driving force behind the growth of foreign trade. They contributed 1.55 "
            "trillion yuan, or 65.3%, to the city’s total foreign trade in the first eight months of this year and "
            "increased Shenzhen’s foreign trade by 9.5 percentage points.\n")
    got = fields(text, "kind", "value", "measure", pub_year=2023, lang="en")
    assert got[2] == ("9.5 percentage points", "growth", 9.5, "turnover")

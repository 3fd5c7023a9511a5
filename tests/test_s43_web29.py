"""English phrasings of the blind set web29's tuned pages (embassies, chambers and business councils on two
countries' bilateral trade over several years), each a rule tested on a real sentence."""
from __future__ import annotations

from phrasing import fields


def test_a_past_span_opening_the_figures_own_clause_beats_an_earlier_clauses_year():
    """Rule past_span_own_clause (news.az on Azerbaijan-Mexico trade, September 2018): in 'in the period from 1992 to
    2014, the annual trade turnover ... averaged as little as $1.2 million, and over the past three years, this figure
    has increased to $9.6 million' the written years date the first amount's clause; the $9.6 million is of the past
    three years, which end with 2017 (rule past_span), not 2014."""
    text = ("He noted that in the period from 1992 to 2014, the annual trade turnover between the two countries averaged "
            "as little as $1.2 million, and over the past three years, this figure has increased to $9.6 million.\n")
    assert fields(text, "year", pub_year=2018, pub_month=9, lang="en") == [("$1.2 million", 2014), ("$9.6 million", 2017)]



def test_a_bloc_the_two_countries_are_members_of_is_not_the_bilateral_trades_partner():
    """Rule membership_not_carried (nation.lk on Sri Lanka-Bangladesh trade, 2015): after 'both our nations are members
    of regional groups such as SAFTA, APTA and BIMSTEC' the 'total bilateral trade' two paragraphs on is still Sri
    Lanka's trade with Bangladesh (rule bilateral_carried), not with BIMSTEC."""
    text = ("“In fact today, Sri Lanka and Bangladesh are enjoying extremely strong trade and economic, cultural, "
            "financial and political relations and sharing common views on many regional and international issues which "
            "are of interest and concern to the two countries. As we know, both our nations are members of regional "
            "groups such as SAFTA, APTA and BIMSTEC.\n\n"
            "Besides, we have a vast range of complementarities which can be harnessed and transformed into tangible and "
            "mutually beneficial business alliances to complement the endeavours of two nations on achieving a balanced "
            "and sustainable development.”\n\n"
            "The total bilateral trade that was at US$ 48 million in 2010 has grown by more than two fold to US$ 131 "
            "million by 2015.\n")
    assert fields(text, "reporter", "partner", "year", pub_year=2015, lang="en") == [
        ("US$ 48 million", "Sri Lanka", "Bangladesh", 2010), ("more than two fold", "Sri Lanka", "Bangladesh", 2015),
        ("US$ 131 million", "Sri Lanka", "Bangladesh", 2015)]


def test_a_goal_by_the_year_is_not_the_time_an_undated_page_speaks_from():
    """Rule goal_the_year in page_year's not-now cue (globaledge.msu.edu, undated, on Russia's trade goals): in 'to
    increase bilateral trade to $200 billion by the year 2020' the goal's year is no time the page speaks from, so 'the
    current trade between Russia and China stands at about $90 billion' has no year (it was read as 2020)."""
    text = ("Russia's goal with China is to increase bilateral trade to $200 billion by the year 2020. The current trade "
            "between Russia and China stands at about $90 billion, so increasing to $200 billion will be challenging but "
            "many think it is a realistic goal.\n")
    got = fields(text, "year", "status", lang="en")
    assert got[:2] == [("$200 billion", 2020, "target"), ("about $90 billion", None, "actual")]

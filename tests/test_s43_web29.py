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



_AGRO = ("\"Trades between both countries have gone up significantly every year. Indonesian export value to India has "
         "gone up to US$11.2 billion until October 2011, from US$1.3 billion in 2002,\" said Nanda amidst the signing of "
         "tourism cooperation deal between ASEAN countries and India in Manado.\n\n"
         "Imports from India has also g one up, reaching US$3.6 billion until October 2011 from US$637.7 million in "
         "2002.\n")


def test_gone_up_to_is_a_rise_to_a_level_not_an_upper_bound():
    """Rule gone_up_to (agroasianews.com on India-Indonesia trade, January 2012, the Indian ambassador): in 'Indonesian
    export value to India has gone up to US$11.2 billion' the "up to" is the phrasal verb's: no upper bound and no goal
    (it was read as a 'less than' target, rule up_to_goal)."""
    got = fields(_AGRO, "figure", "qualifier", "status", pub_year=2012, lang="en")
    assert got[0][1:] == ("US$11.2 billion", "exact", "actual")


def test_until_a_month_with_its_year_runs_from_january():
    """Rule until_month (agroasianews.com, as above): 'until October 2011' is January to October 2011 (it was read as
    October alone), for 'has gone up to US$11.2 billion until October 2011' and 'reaching US$3.6 billion until October
    2011'."""
    got = fields(_AGRO, "year", "period_start", "period_end", pub_year=2012, lang="en")
    assert [g[1:] for g in got if g[0].endswith(("US$11.2 billion", "US$3.6 billion"))] == [
        (2011, "2011-01", "2011-10"), (2011, "2011-01", "2011-10")]


def test_has_grown_n_percent_is_a_change():
    """Cue row grown,up,left (opendevelopmentcambodia.net on Cambodia-China trade, 2011; namnews on Peru-China trade,
    web2's tuned page x08): 'has grown 275 percent' and 'have grown at an average annual rate of 11%' are changes, as
    'grew 75 percent' was; the participle was missing from the change verbs, and the rates were read as shares."""
    text = ("The total exports of Cambodia to china has grown 275 percent so far in this year with  an increase from US "
            "$17.68 million to US$ 66.13 million if comparing to the same period last year.\n"
            "They have grown at an average annual rate of 11% during the 13 years of the FTA implementation, with the "
            "mechanical metal and farming segments standing out for their growth of 29% and 27%, respectively,” he said.\n")
    got = dict(fields(text, "kind", pub_year=2011, lang="en"))
    assert (got["275 percent"], got["11%"]) == ("growth", "growth")


def test_for_several_years_names_no_one_year():
    """Rule for_several_years (span; smestreet.in on India-China trade, 2018): in 'The bilateral trade stagnated around
    USD 70 billion for several years despite the leaders of both the countries setting USD 100 billion as target for
    2015' the level held for several years has no one year (it took the target's 2015)."""
    text = ("The bilateral trade in 2017 rose by 18.63 per cent year-on-year to reach USD 84.44 billion.\n"
            "The bilateral trade stagnated around USD 70 billion for several years despite the leaders of both the "
            "countries setting USD 100 billion as target for 2015.\n")
    got = fields(text, "year", "status", pub_year=2018, pub_month=3, lang="en")
    assert got[2:] == [("around USD 70 billion", None, "actual"), ("USD 100 billion", 2015, "target")]


def test_a_count_and_a_half_years_ago_names_no_one_year():
    """Rule years_ago_half (span; en.prothomalo.com, interview of Turkey's ambassador to Bangladesh, July 2022): in
    'When I came here two and a half years ago, the bilateral trade volume was around USD 850 million' the level has no
    one year (it was read as the page's own 2022); 'at end of last year' after it stays 2021."""
    text = ("For example, in trade relations I see more balanced trade. When I came here two and a half years ago, the "
            "bilateral trade volume was around USD 850 million. Despite Covid-19, at end of last year it reached more "
            "than USD 1 billion.\n")
    assert fields(text, "year", pub_year=2022, pub_month=7, lang="en") == [
        ("around USD 850 million", None), ("more than USD 1 billion", 2021)]

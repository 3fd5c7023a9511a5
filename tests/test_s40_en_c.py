"""English phrasings found in session 40 (helper en_c) on the tuned pages of web5, web21, web16, web10, web3, web23 and
the opened part of external, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_a_percent_restating_a_drop_of_an_amount_after_or_is_its_fall():
    """Rule growth_percent_or, pattern change_of_or (naftemporiki.gr, data/web16 tuned page l11): in 'recorded a drop of
    371.4 million euros or 14.3%' the percent restates the drop's amount as a rate, a change of -14.3%, not a share;
    the noun 'drop' (like 'reduction', 'contraction', 'dip') is no change verb, so the noun before the amount's 'of'
    gives the sign."""
    text = ("Greek exports recorded a new decline in August, while imports also moved on a downward trajectory, with the "
            "trade deficit shrinking to 2.746 billion euros.\n"
            "The corresponding value excluding oil products recorded in August 2023 a drop of 371.4 million euros or "
            "14.3% and the corresponding value excluding oil products and ships in August 2023 recorded a drop of 370.6 "
            "million euros or 14.3%, in comparison with August 2022.\n")
    got = fields(text, "kind", "value", "year", pub_year=2023, lang="en")
    assert [g for g in got if g[1] != "money"] == [("14.3%", "growth", -14.3, 2023), ("14.3%", "growth", -14.3, 2023)]


def test_a_rate_of_the_prices_is_no_change_of_the_flow():
    """Rule price_change (facts/measure.py; wealthprofessional.ca, data/web10 tuned page k11; Statistics Canada's
    releases as fxstreet.com and importersnetwork.ca quote them, as the octatrading page of data/web23 does): in 'Import
    volumes increased 2.8 per cent, while prices declined 0.5 per cent' the 0.5% is a change of the prices, measure
    other (still of the reporter's total trade, partner world), and the volumes go on with the flow; 'export prices
    decreased 2.4%' likewise, whatever flow word qualifies the prices."""
    text = ("New data from Statistics Canada showed that the trade deficit widened in December to $649 million from $335 "
            "million in November. Import volumes increased 2.8 per cent, while prices declined 0.5 per cent. Meanwhile, "
            "export volumes rose 3.5 per cent, while prices declined 1.9 per cent.\n")
    got = fields(text, "measure", "partner", pub_year=2015, lang="en")
    assert got[2:] == [("2.8 per cent", "imports", "world"), ("0.5 per cent", "other", "world"),
                       ("3.5 per cent", "exports", "world"), ("1.9 per cent", "other", "world")]
    text = ("\"Canada's merchandise trade deficit totalled $3.4 billion in August, widening from a $3.0 billion deficit in "
            "July,\" the Statistics Canada announced on Thursday.\n"
            "- Following two months of large decreases, exports were down a further 1.0% to $43.6 billion in August.\n"
            "- Volumes decreased 1.9% in August, while prices were up 1.0%.\n")
    got = fields(text, "kind", "value", "measure", pub_year=2017, pub_month=10, lang="en")
    assert got[-2:] == [("1.9%", "growth", -1.9, "exports"), ("1.0%", "growth", 1.0, "other")]
    text = ("Total exports were down 3.8% to $46.3 billion in December, the fifth consecutive monthly decline since the "
            "record set in July. Overall, export prices decreased 2.4% and volumes were down 1.4%.\n")
    got = fields(text, "measure", pub_year=2019, pub_month=3, lang="en")
    assert got[-2:] == [("2.4%", "other"), ("1.4%", "exports")]


def test_a_base_value_with_its_scale_hyphenated_dates_only_the_base():
    """Rule hyphen_scale_base_value (facts/periods_bases.py BASE_VALUE_BEFORE; polity.org.za, data/web10 tuned page k08;
    it-online.co.za): in 'compared with a deficit of R27,3-billion in 2009, an improvement of R32,3-billion or 118,3%'
    the 2009 dates the base the surplus is compared with, as it does for 'R27,3 billion'; the improvement after it is
    of 2010, the surplus's year. 'decreased by 0,3% from R358,13-billion in 2017' likewise makes 2017 a base: the
    value's period is the months the sentence's year-to-date names."""
    text = ("Sars also highlighted that South Africa reported an overall yearly surplus for the first time since 2003, when "
            "a yearly surplus of R12-billion was recorded.\n\n"
            "The overall surplus for 2010 was R5-billion compared with a deficit of R27,3-billion in 2009, an "
            "improvement of R32,3-billion or 118,3%.\n")
    got = fields(text, "measure", "year", pub_year=2011, lang="en")
    assert got[-4:] == [("R5-billion", "balance", 2010), ("R27,3-billion", "balance", 2009),
                        ("R32,3-billion", "balance", 2010), ("118,3%", "balance", 2010)]
    text = ("The South African Revenue Service (SARS) has released trade statistics for April 2018, recording a trade "
            "balance surplus of R1,14-billion.\n"
            "Exports for the year-to-date (1 January to 30 April) decreased by 0,3% from R358,13-billion in 2017 to "
            "R357,08-billion in 2018.\n")
    got = fields(text, "year", "period_start", "period_end", pub_year=2018, pub_month=6, lang="en")
    assert got[2] == ("R358,13-billion", 2017, "2017-01", "2017-04")


def test_a_ranked_group_of_partners_before_the_figure_is_its_counterpart():
    """Rule top_group (facts/world.py; turkishminute.com, data/web5 tuned page v08; psa.gov.ph, data/external opened page
    d59; waradana, data/web19 tuned page ad04): 'The top 10 countries accounted for 48.0 percent of total exports' is the
    share of the ten leading partners, partner 'top 10 countries' as written, not the world nor the country named
    last; likewise 'The country's top 10 trading partners contributed a total trade amounting to USD142.83 billion' and
    'exports to the top 10 global trading partners increased by 22 percent'."""
    text = ("Germany was the leading export destination in July with $1.677 billion, followed by Italy with $1.103 "
            "billion and the US with $1.101 billion. The top 10 countries accounted for 48.0 percent of total exports.\n")
    got = fields(text, "measure", "partner", pub_year=2023, pub_month=8, lang="en")
    assert got[-1] == ("48.0 percent", "exports", "top 10 countries")
    text = ("The country’s top 10 trading partners contributed a total trade amounting to USD142.83 billion or 78.3 "
            "percent of the total external trade in 2019.\n")
    assert fields(text, "partner", pub_year=2020, lang="en") == [
        ("USD142.83 billion", "top 10 trading partners"), ("78.3 percent", "top 10 trading partners")]
    text = ("He added: \"The country's non-oil exports to the top 10 global trading partners increased by 22 percent "
            "this year, and intra-trade with Turkey, for example, surged by 87 percent within just one year.\"\n")
    assert fields(text, "partner", pub_year=2023, lang="en") == [
        ("22 percent", "top 10 global trading partners"), ("87 percent", "Turkey")]

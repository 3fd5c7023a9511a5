"""English phrasings of years, periods and partners found in session 41 by probing stored news pages on the trade of
African, Middle Eastern and Latin American countries, each a rule tested on real sentences."""
from __future__ import annotations

from phrasing import fields


def test_the_region_a_partners_rank_is_counted_in_is_no_counterpart():
    """Rule rank_scope (thenigeriandiplomat.com; the same wording on therainbowonline.net): in 'Nigeria is the largest
    trading partner of India in Africa with bilateral trade of 9.4 billion dollars' Africa is where Nigeria's rank is
    counted, not India's counterpart; the partner is Nigeria. 'China is the largest trading partner in Africa', no
    owner of the rank named, keeps Africa."""
    text = ("Nigeria And India Bilateral Trade Value Reaches $9.4 Billion In 2017\n"
            "\u201cIndia is now the largest trading partner of Nigeria globally and Nigeria is the largest trading "
            "partner of India in Africa with bilateral trade of 9.4 billion dollars last year.\n")
    assert fields(text, "measure", "reporter", "partner", "year", pub_year=2018, lang="en") == [
        ("$9.4 Billion", "turnover", "India", "Nigeria", 2017),
        ("9.4 billion dollars", "turnover", "India", "Nigeria", 2017)]
    text = "Nigeria is India's largest trading partner in Africa, with bilateral trade of $16.98 billion in 2013-14.\n"
    assert fields(text, "partner", pub_year=2014, lang="en") == [("$16.98 billion", "Nigeria")]


def test_a_year_called_a_period_is_the_months_in_force_of_that_year():
    """Rule year_period_in_force (IAJ Online citing CMC, data/web19 tuned page ad02): after 'January to October last
    year', 'the similar 2017 period', 'the 2018 review period' name those months of a year, not the whole year; a bare
    'in 2018' set against 'the similar 2017 period' in its sentence is January to October 2018 too."""
    text = ("KINGSTON, Jamaica (CMC) \u2013 Jamaica\u2019s trade deficit with the Caribbean Community (CARICOM) increased "
            "to US$351.2 million during the period January to October last year, according to the figures released by "
            "the Statistical Institute of Jamaica (Statin).\n"
            "Statin said that the 2018 figure is up from the US$276.3 million recorded for the similar period in 2017.\n"
            "Statin said total imports were valued at US$414.1 million in 2018, 20.7 per cent above the similar 2017 "
            "period, due mainly to increases in the commodity groups, namely, mineral fuels, etcetera (US$226.1 "
            "million), chemicals (US$21.9 million) and food (US$117.6 million).\n")
    got = fields(text, "year", "period_start", "period_end", lang="en")
    assert got[2:4] == [("US$414.1 million", 2018, "2018-01", "2018-10"), ("20.7 per cent", 2018, "2018-01", "2018-10")]
    text = ("Statin also reported that overall, Jamaica\u2019s trade deficit was US$3,507.6 million for the January to "
            "October 2018 period, 2.4 per cent above the US$3,424.3 million recorded for the comparable 2017 period.\n"
            "The January to October 2018 IMT Bulletin further outlined that expenditure on total imports were valued "
            "at US$4,933.8 million, a nine per cent increase when compared to the US$4,524.6 million in 2017. Revenue "
            "from total exports were valued at US$1,426.3 million in the 2018 review period, an increase of 29.6 per "
            "cent when compared to the US$1,100.3 million recorded for the similar 2017 period.\n")
    assert fields(text, "year", "period_start", "period_end", lang="en")[-3:] == [
        ("US$1,426.3 million", 2018, "2018-01", "2018-10"), ("29.6 per cent", 2018, "2018-01", "2018-10"),
        ("US$1,100.3 million", 2017, "2017-01", "2017-10")]


def test_a_year_that_ended_on_a_month_is_the_twelve_months_to_it():
    """Rule rolling_year, 'ended on' (assemblyonline.info on Nigeria-India trade): 'for the financial year that ended on
    March 2009' is April 2008 to March 2009, not March 2009 alone; the same as 'the year ended 31 March 2010'
    (domain-b.com), which was read before."""
    text = ("Imports from Nigeria to India increased by 14.1 per cent to $8.7 billion, while Indian exports to Nigeria "
            "shot up by 41 per cent to $1.53 billion, for the financial year that ended on March 2009.\n")
    assert fields(text, "year", "period_start", "period_end", pub_year=2009, lang="en") == [
        ("14.1 per cent", 2009, "2008-04", "2009-03"), ("$8.7 billion", 2009, "2008-04", "2009-03"),
        ("41 per cent", 2009, "2008-04", "2009-03"), ("$1.53 billion", 2009, "2008-04", "2009-03")]


def test_the_year_of_a_peak_the_figure_is_set_below_is_not_its_year():
    """Rule than_peak_year (kenyanwallstreet.com on Kenya's imports from China): in 'Kenya spent US$ 3.481bn importing
    goods and services from China, ..., but still lower than the peak in 2021' 2021 is the year of the peak the figure
    is compared with, not the figure's; the report the page goes on to quote dates it (2023)."""
    text = ("Kenya spent US$ 3.481bn importing goods and services from China, more than from any other country in the "
            "world, but still lower than the peak in 2021.\n"
            "An overview of Kenya's trade landscape, 2023 report commissioned by the UK government lists United Arab "
            "Emirates (UAE), India, Saudi Arabia, Malaysia, USA, Japan, Russian Federation, South Africa and Egypt as "
            "top ten sources of Kenya's imports.\n")
    assert fields(text, "measure", "partner", "year", lang="en")[:1] == [("US$ 3.481bn", "imports", "China", 2023)]


def test_a_counted_group_of_largest_partners_is_the_counterpart_as_written():
    """Rule top_group, branch largest_group (republicworld.com on Dubai's foreign trade): 'the five largest trading
    partners had a combined share of 241.21 billion dirhams' is the trade with that group, as top_group reads 'the top
    10 trading partners'; not Switzerland, the last partner the paragraph named."""
    text = ("Saudi Arabia finished in fourth place with 30.5 billion dirhams, up 26% from H1 2020, and Switzerland came "
            "in fifth with 24.8 billion dirhams. In H1 2021, the five largest trading partners had a combined share of "
            "241.21 billion dirhams, up 30.34% from 185.06 billion dirhams in H1 2020.\n")
    assert fields(text, "partner", pub_year=2021, lang="en")[3:] == [
        ("241.21 billion dirhams", "five largest trading partners"), ("30.34%", "five largest trading partners"),
        ("185.06 billion dirhams", "five largest trading partners")]

"""Phrasings found in session 39 on the tuned pages of the blind set web24 (English pages of bilateral trade) and on
stored trade news pages, each a rule or a vocabulary row, tested on real sentences."""
from __future__ import annotations

from phrasing import figs


def test_the_preceding_financial_year_is_the_year_before():
    """Rule year_before_financial (thetruthinternational.com, data/web24 tuned page al01): in 'In FY20, Pakistan's
    exports to the land-locked neighboring country have dropped to $888 million after nearly a decade, from $1.20 billion
    in the preceding financial year' the base is FY19 (July 2018 - June 2019), as 'the preceding fiscal year' is."""
    text = ("ISLAMABAD: For example, in FY20 (from July 2019 to June 2020), bilateral trade between Pakistan and "
            "Afghanistan has further decreased, falling to around $1 billion. In FY20, Pakistan’s exports to the "
            "land-locked neighboring country have dropped to $888 million after nearly a decade, from $1.20 billion in "
            "the preceding financial year.\n")
    got = {f.figure: (f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end)
           for f in figs(text, pub_year=2020, lang="en")}
    assert got["$888 million"] == ("exports", "Pakistan", "Afghanistan", 2020, "2019-07", "2020-06")
    assert got["$1.20 billion"] == ("exports", "Pakistan", "Afghanistan", 2019, "2018-07", "2019-06")


def test_last_year_right_after_the_flow_it_dates_sets_the_year():
    """Rule relative_period_flow (caixinglobal.com; data/web24 tuned page al05 'An Absa analysis of South Africa's
    global trade last year showed that R12.2 billion ...'): in 'Machinery products accounted for 52% of China's total
    exports last year' the relative year dates the flow before it and goes on, as a written year does, to the next
    paragraph's 'about 20%' on a page of April 2019: 2018, not the page's year."""
    text = ("Machinery is the biggest catalogue of China’s foreign trade, covering a wide range of products including "
            "mechanical and electronic products. Machinery products accounted for 52% of China’s total exports last year "
            "and 59% of total imports.\n\nThe U.S. is the biggest customer for China’s machinery exports with about 20%, "
            "followed by the European Union, official data showed.\n")
    got = {f.figure: (f.measure, f.partner, f.year, f.period_start, f.period_end)
           for f in figs(text, pub_year=2019, pub_month=4, lang="en")}
    assert got["52%"] == ("exports", "world", 2018, "2018-01", "2018-12")
    assert got["about 20%"] == ("exports", "United States", 2018, "2018-01", "2018-12")
    absa = ("Johannesburg - China's evolution to a hi-tech high-value exporter is reflected in its trade with South Africa. "
            "An Absa analysis of South Africa's global trade last year showed that R12.2 billion worth of electrical and "
            "other machinery and equipment was imported from China.\n\nJacques du Toit, a senior economist at Absa group "
            "economic research, said these categories represented 38.7 percent of total Chinese imports worth R31.5 "
            "billion.\n")
    got = {f.figure: (f.measure, f.reporter, f.partner, f.year) for f in figs(absa, pub_year=2006, pub_month=9, lang="en")}
    assert got["38.7 percent"] == ("imports", "South Africa", "China", 2005)
    assert got["R31.5 billion"] == ("imports", "South Africa", "China", 2005)

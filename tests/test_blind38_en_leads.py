"""Phrasings found in session 38 from the leads the English helpers left, on stored English trade news pages of
outlets no development set holds, each a rule tested on its sentence and, where one was found, on another page's.
"""
from __future__ import annotations

from phrasing import figs, first_fields


def statuses(text: str, **kw) -> dict:
    """{figure: (status, period_start, period_end)} of a web text's figures, the first of each string."""
    return first_fields(text, "status", "period_start", "period_end", lang="en", **kw)


def test_to_reach_after_a_change_noun_a_past_verb_of_a_result_takes():
    """Rule result_noun_to_reach (facts/status.py, _CHANGED_BEFORE): 'registered its highest year-on-year growth
    thus far in 2014 at 19.7 percent to reach US$5.0 billion' (neda.gov.ph, Philippine exports of September 2014)
    and 'Australia's exports to the United States experienced a modest year on year increase to reach $794
    million' (trademinister.gov.au, April 2014): a change a past verb of a result takes, then 'to reach', is a
    result, no goal; 'to reach' after a goal's word stays a goal."""
    text = ("PH's 15.7 percent exports growth in September 2014 leads East, Southeast Asian economies anew\n\n"
            "Revenues from manufactured products registered its highest year-on-year growth thus far in 2014 at "
            "19.7 percent to reach US$5.0 billion from US$4.2 billion in September 2013.")
    got = statuses(text)
    assert got["19.7 percent"][0] == "actual"
    assert got["US$5.0 billion"][0] == "actual"
    assert got["US$4.2 billion"] == ("actual", "2013-09", "2013-09")
    text = ("Australia has experienced four consecutive months of surpluses including a $900 million surplus in "
            "March.\n\n"
            "“Australia’s exports to the United States experienced a modest year on year increase to reach $794 "
            "million in a sign of steady confidence from the United States – which remains Australia’s largest "
            "source of foreign direct investment and long-term trading partner,” he said.")
    assert statuses(text, pub_year=2014, pub_month=6)["$794 million"][0] == "actual"
    text = ("The ministry registered a plan for an increase that aims to reach $5 billion in exports by 2030.")
    assert statuses(text, pub_year=2024)["$5 billion"][0] == "target"


def test_a_cue_infinitive_after_continued_is_no_goal():
    """Rule continued_to (facts/status.py, not_a_cue): in 'the total UK goods and services trade deficit widened
    by £3bn to £9.5bn, according to the Office for National Statistics (ONS), as imports continued to increase'
    (cityam.com, November 2017) the infinitive 'to increase' goes on from 'continued', no goal of the deficit;
    'will continue to increase' keeps the modal's cue."""
    text = ("The UK trade deficit widened by £3bn in the three months to September\n\n"
            "In the three months to September 2017, the total UK goods and services trade deficit widened by £3bn "
            "to £9.5bn, according to the Office for National Statistics (ONS), as imports continued to increase.")
    got = statuses(text, pub_year=2017, pub_month=11)
    assert got["£9.5bn"] == ("actual", "2017-07", "2017-09")
    assert got["£3bn"][0] == "actual"
    text = "Exports will continue to increase to $12 billion next year, the ministry said."
    assert statuses(text, pub_year=2017)["$12 billion"][0] == "target"


def test_a_capital_t_after_an_amount_is_a_trillion():
    """Rule capital_t_trillion (figures/extract.py): 'Japan recorded a record trade deficit of JPY -21.73T,
    surpassing prior record of JPY -13.76T registered in fiscal 2013' (actionforex.com) and 'China's Trade Surplus
    Surges 20% to a Record $1.2T' (financialnewsnetwork.com): an upper-case T glued to an amount with its currency
    before is a trillion, as 'B' is a billion; a lower-case 't' after a bare number is no scale."""
    text = ("In fiscal 2022 ended March, Japan recorded a record trade deficit of JPY -21.73T, surpassing prior record "
            "of JPY -13.76T registered in fiscal 2013. Imports rose 32.2% to JPY 120.95T while exports rose 15.5% to "
            "JPY 99.23T.")
    got = {f.figure: (f.kind, f.value, f.currency) for f in figs(text, pub_year=2023, lang="en")}
    assert got["JPY -21.73T"][1:] == (21.73e12, "JPY")
    assert got["JPY -13.76T"][1:] == (13.76e12, "JPY")
    assert got["JPY 120.95T"] == ("money", 120.95e12, "JPY")
    assert got["JPY 99.23T"] == ("money", 99.23e12, "JPY")
    text = ("China's Trade Surplus Surges 20% to a Record $1.2T\n\n"
            "China's trade surplus surged to a record of almost $1.2 trillion in 2025, the government said Wednesday.")
    got = {f.figure: (f.value, f.year) for f in figs(text, pub_year=2026, lang="en")}
    assert got["$1.2T"] == (1.2e12, 2025)
    text = "The country exported 500t of tea worth $2.5 million in 2023."
    assert [f.figure for f in figs(text, pub_year=2024, lang="en") if f.kind == "money"] == ["$2.5 million"]


def test_by_an_adjective_of_size_then_a_percent_is_a_change():
    """Rule by_a_staggering (figures/kinds.py, BY): 'it outperformed its first quarter of 2023 figures by a
    staggering 69.2%' (a Colombian business page on MinCIT's first quarter of 2024) is a change, no share, though
    no change verb stands before it; 'exports grew by a whopping 42.68 per cent' (rediff.com) stays one."""
    text = ("Colombian Exports Up 2.5% in First Quarter of 2024\n\n"
            "Though Risaralda only exported 4.1% of the national total, it outperformed its first quarter of 2023 "
            "figures by a staggering 69.2%.")
    got = {f.figure: (f.kind, f.value) for f in figs(text, pub_year=2024, lang="en")}
    assert got["69.2%"] == ("growth", 69.2)
    assert got["4.1%"] == ("share", 4.1)
    text = ("After a record 8.4 per cent GDP growth in second quarter, exports grew by a whopping 42.68 per cent at "
            "$5.489 billion in December 2003, signalling the upturn in the economy.")
    got = {f.figure: (f.kind, f.value) for f in figs(text, pub_year=2004, lang="en")}
    assert got["42.68 per cent"] == ("growth", 42.68)


def test_total_before_a_balance_with_a_place_between_is_the_world():
    """Rule total_balance (facts/world.py, _WORLD): 'the total UK goods and services trade deficit widened by £3bn
    to £9.5bn' (cityam.com) under a caption naming the EU is the UK's balance with the world, not with the head's
    EU; 'the total trade deficit including goods and services widened to GBP 5.2 billion' after the EU and non-EU
    deficits (finanznachrichten.de, dpa-AFX) is the world's too."""
    text = ("The UK trade deficit widened by £3bn in the three months to September\n\n"
            "Caitlin Morrison\nFollow Caitlin\n"
            "Imports from in and out of the EU increased in the three months to September (Source: Getty)\n\n"
            "In the three months to September 2017, the total UK goods and services trade deficit widened by £3bn "
            "to £9.5bn, according to the Office for National Statistics (ONS), as imports continued to increase.")
    got = {f.figure: (f.measure, f.partner) for f in figs(text, pub_year=2017, pub_month=11, lang="en")
           if f.figure == "£9.5bn"}
    assert got["£9.5bn"] == ("balance", "world")
    text = ("U.K. Visible Trade Gap Widens In September\n\n"
            "The deficit with EU countries widened to GBP 8.7 billion from GBP 7.9 billion. Similarly, non-EU "
            "deficit increased to GBP 4 billion from GBP 3.3 billion.\n\n"
            "Consequently, the total trade deficit including goods and services widened to GBP 5.2 billion from "
            "revised GBP 3.8 billion.")
    got = {f.figure: f.partner for f in figs(text, pub_year=2016, pub_month=11, lang="en")}
    assert got["GBP 5.2 billion"] == "world"
    assert got["GBP 8.7 billion"] == "European Union"


def test_a_place_in_a_clause_of_cause_is_no_counterpart_of_the_page():
    """Rule cause_clause_head (facts/subject.py, subject_scores): 'This marks the 25th consecutive month of growth,
    primarily driven by auto shipments to the United States' in the opening (actionforex.com, Japan's March 2023
    trade) names the cause's destination, not the page's counterpart: the bare imports and the fiscal year's deficit
    after it are Japan's totals with the world, no longer carried to the United States (head_flow)."""
    text = ("Japan Sees 25th Consecutive Month of Export Growth, Record Trade Deficit in Fiscal 2022\n\n"
            "In March, Japan's exports rose 4.3% yoy to JPY 8824B, above expectation of 2.6% yoy. This marks the 25th "
            "consecutive month of growth, primarily driven by auto shipments to the United States.\n"
            "By region, exports to the US increased by 9.4% yoy in March, slowing down from prior month's 14.9% yoy "
            "growth. On the other hand, exports to China, Japan's largest trading partner, declined by -7.7% yoy "
            "marking the fourth consecutive month of decline.\n"
            "Imports rose 7.3% yoy to JPY 9579B, below expectation of 11.4% yoy. Consequently, Japan registered a "
            "trade deficit of JPY -755 billion.\n"
            "In fiscal 2022 ended March, Japan recorded a record trade deficit of JPY -21.73T, surpassing prior record "
            "of JPY -13.76T registered in fiscal 2013. Imports rose 32.2% to JPY 120.95T while exports rose 15.5% to "
            "JPY 99.23T.")
    got = {f.figure: f.partner for f in figs(text, pub_year=2023, pub_month=4, lang="en")}
    assert got["JPY 9579B"] == "world"
    assert got["JPY -755 billion"] == "world"
    assert got["JPY -21.73T"] == "world"
    assert got["JPY 99.23T"] == "world"
    assert got["9.4%"] == "United States"
    assert got["7.7%"] == "China"


def test_a_change_on_the_month_before_starts_from_that_month():
    """Rule from_value_on_month (facts/period_choice.py): in 'exports in September fell 5 per cent on August to
    €6.99 billion from €7.39 billion' (irishtimes.com, 2007) the level the change started from is August's, not
    September a year before; a month 'on' that is not the month before leaves the year-ago reading."""
    text = ("Ireland's exports rose 5% in first eight months of the year\n\n"
            "The figures released yesterday also show that exports in September fell 5 per cent on August to €6.99 "
            "billion from €7.39 billion.")
    got = {f.figure: (f.year, f.period_start, f.period_end) for f in figs(text, pub_year=2007, pub_month=11,
                                                                           lang="en")}
    assert got["€7.39 billion"] == (2007, "2007-08", "2007-08")
    assert got["€6.99 billion"] == (2007, "2007-09", "2007-09")
    text = ("Exports in September fell 5 per cent on July to €6.99 billion from €7.39 billion.")
    got = {f.figure: (f.year, f.period_start) for f in figs(text, pub_year=2007, pub_month=11, lang="en")}
    assert got["€7.39 billion"] == (2006, "2006-09")

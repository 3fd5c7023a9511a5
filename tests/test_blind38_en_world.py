"""Phrasings found in session 38 on stored pages of national statistics offices and business news of Europe, Latin
America and East Asia (outlets no development set holds), each a rule, tested on its sentence."""
from __future__ import annotations

from phrasing import first_fields, year_spans
from tradeflows.pipeline import figures_of_text


def _fields(text: str, **kw) -> dict:
    """{figure: (measure, year, period_start, period_end)} of a web text's figures, the first of each string."""
    return first_fields(text, "measure", "year", "period_start", "period_end", lang="en", **kw)


def test_a_change_of_an_amount_in_the_seasonally_adjusted_surplus():
    """Rule change_of_in_after (facts/measure.py): in 'Seasonally adjusted imports also decreased by 4% (-€191
    million) to €4,440 million, leading to a decrease of €132 million (-4%) in the seasonally adjusted trade surplus
    to €3,254 million' the change noun before the amount and 'in the seasonally adjusted trade surplus' after it make
    the €132 million and its bracketed rate the surplus's change, not the imports' (cso.ie, Goods Exports and
    Imports, September 2014 and July 2020)."""
    text = ("Seasonally adjusted trade surplus down 4% in September\n\n"
            "Preliminary figures for September 2014 show that seasonally adjusted exports decreased by €323 million "
            "(-4%) to €7,694 million from August 2014. Seasonally adjusted imports also decreased by 4% (-€191 "
            "million) to €4,440 million, leading to a decrease of €132 million (-4%) in the seasonally adjusted "
            "trade surplus to €3,254 million in September (see Table 2).")
    figs = [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", lang="en", pub_year=2014, pub_month=11)]
    assert ("€132 million", "balance") in figs
    assert figs[-2:] == [("4%", "balance"), ("€3,254 million", "balance")]
    assert ("-€191 million", "imports") in figs
    text = ("Seasonally adjusted goods imports increased by €1,464 million (+22%) to €8,120 million leading to a "
            "decrease of €1,386 million (-22%) in the seasonally adjusted trade surplus to €4,799 million in July 2020 "
            "compared with the previous month (see Table 2).")
    got = [(f.figure, f.measure) for f in figures_of_text(text, fmt="web", lang="en", pub_year=2020, pub_month=9)]
    assert got == [("€1,464 million", "imports"), ("22%", "imports"), ("€8,120 million", "imports"),
                   ("€1,386 million", "balance"), ("22%", "balance"), ("€4,799 million", "balance")]


def test_comparing_one_time_with_another():
    """Rule comparing_with (facts/periods_bases.py): in 'Comparing September 2014 with September 2013, the value of
    exports increased by €568 million (+8%) to €7,902 million' and 'Comparing 2014 with 2013, imports of Machinery
    and transport equipment increased by €2,142 million (+17%) to €14,483 million' the time after 'with' is the
    base; the figures are of the first time (cso.ie, Goods Exports and Imports, September and December 2014)."""
    text = ("Goods exports and imports\n\n"
            "Comparing September 2014 with September 2013, the value of exports increased by €568 million (+8%) to "
            "€7,902 million. Comparing September 2014 with September 2013, the value of imports increased by €393 "
            "million (+10%) to €4,435 million.")
    got = year_spans(text, pub_year=2014, pub_month=11)
    for fig in ("€568 million", "8%", "€7,902 million", "€393 million", "€4,435 million"):
        assert got[fig][:3] == (2014, "2014-09", "2014-09"), fig
    text = ("Highest annual imports since 2008\n\n"
            "• Comparing 2014 with 2013, imports of Machinery and transport equipment increased by €2,142 million "
            "(+17%) to €14,483 million and Miscellaneous manufactured articles increased by €715 million (+12%) to "
            "€6,834 million.")
    got = year_spans(text, pub_year=2015, pub_month=2)
    for fig in ("€2,142 million", "17%", "€14,483 million", "€715 million", "€6,834 million"):
        assert got[fig][:3] == (2014, "2014-01", "2014-12"), fig


def test_a_rate_before_an_adjusted_or_rolling_change_noun():
    """Rule change_after_adjusted (figures/kinds.py, pattern change_after): in 'This was on the back of a 14% rolling
    month-by-month fall in the value of Irish exports' the rate is a fall of 14%, not a share; 'a 4.1% seasonally
    adjusted increase' reads the same (Irish Examiner, the CSO's trade figures for October)."""
    text = ("Exports key to growth despite dip\n"
            "October saw Ireland’s trade surplus fall to just under €2.95bn, down from the €3.7bn registered in "
            "September. This was on the back of a 14% rolling month-by-month fall in the value of Irish exports; "
            "after September had shown an 11% increase on August.")
    got = {f.figure: (f.kind, f.value, f.measure) for f in figures_of_text(text, fmt="web", lang="en", pub_year=2009)}
    assert got["14%"] == ("growth", -14, "exports")
    assert got["11%"][:2] == ("growth", 11)
    text = "Exports showed a 4.1% seasonally adjusted increase in May."
    f = figures_of_text(text, fmt="web", lang="en", pub_year=2015)[0]
    assert (f.kind, f.value) == ("growth", 4.1)


PSA_APRIL = ("Philippines total external trade declined 18.6 pct in April\n\n"
             "The Philippines' total external trade in goods dropped year-on-year by 18.6 percent in April to 14.34 "
             "billion U.S. dollars, with China remaining its top trading partner, the Philippine Statistics Authority "
             "(PSA) said on Friday.\n\n"
             "Of the total external trade in April, the agency said 65.8 percent were imported goods, while the rest "
             "were exported goods. The trade deficit amounted to 4.53 billion U.S. dollars, with an annual decrease of "
             "14.9 percent.\n\n"
             "China was the Southeast Asian country's largest supplier of imported goods, and also the largest export "
             "destination in April, according to the agency.\n")


def test_a_lead_on_the_total_of_a_name_ending_in_s():
    """Rule head_whole_first (facts/carry.py, _OWN_WHOLE): 'The Philippines' total external trade in goods dropped
    year-on-year by 18.6 percent in April to 14.34 billion U.S. dollars, with China remaining its top trading
    partner' names the subject's own total first, its possessive the apostrophe alone; the page is on the totals,
    China is not its counterpart: the title's 18.6 pct is the world's (philippinesnewsgazette.com, Xinhua on the
    PSA's figures for April 2023)."""
    got = {f.figure: (f.measure, f.partner) for f in figures_of_text(PSA_APRIL, fmt="web", lang="en",
                                                                      pub_year=2023, pub_month=6)}
    assert got["18.6 pct"] == ("turnover", "world")
    assert got["14.34 billion U.S. dollars"] == ("turnover", "world")


def test_an_aside_on_the_top_trading_partner_is_not_carried():
    """Rule standing_aside (facts/carry.py): in '..., with China remaining its top trading partner, the Philippine
    Statistics Authority (PSA) said' the place ranks first among the partners; it is no counterpart carried into the
    next paragraph's 'Of the total external trade in April, the agency said 65.8 percent were imported goods' nor
    to its deficit (philippinesnewsgazette.com, April 2023)."""
    got = {f.figure: (f.measure, f.partner) for f in figures_of_text(PSA_APRIL, fmt="web", lang="en",
                                                                      pub_year=2023, pub_month=6)}
    assert got["65.8 percent"] == ("imports", "world")
    assert got["4.53 billion U.S. dollars"] == ("balance", "world")
    assert got["14.9 percent"] == ("balance", "world")


def test_a_result_after_a_forecast():
    """Rule later_clause_result (facts/status.py, _LATER_CLAUSE): in 'The central bank has forecast a $1.7 billion
    trade deficit this year, after registering a $3.2 billion gap in 2015' the gap after 'after registering' is a
    result (in.reuters.com, Peru's trade in May 2016); in 'missing forecasts for an increase of 8.7 percent but up
    from 2.1 percent in the previous month' the rate 'up from' is the previous month's result (finanznachrichten.de,
    RTT News on Japan's trade in April 2018)."""
    text = ("Peru posts $65 million trade surplus in May\n\n"
            "The central bank has forecast a $1.7 billion trade deficit this year, after registering a $3.2 billion "
            "gap in 2015 - Peru's biggest trade deficit ever.")
    got = {f.figure: (f.status, f.year) for f in figures_of_text(text, fmt="web", lang="en", pub_year=2016,
                                                                   pub_month=7)}
    assert got["$1.7 billion"] == ("target", 2016)
    assert got["$3.2 billion"] == ("actual", 2015)
    text = ("Japan April Trade Surplus Y625.977 Billion\n\n"
            "Exports were up 7.8 percent on year to 6.822 trillion yen, missing forecasts for an increase of 8.7 "
            "percent but up from 2.1 percent in the previous month.")
    got = {f.figure: f.status for f in figures_of_text(text, fmt="web", lang="en", pub_year=2018, pub_month=5)}
    assert got == {"7.8 percent": "actual", "6.822 trillion yen": "actual", "8.7 percent": "target",
                   "2.1 percent": "actual"}


def test_the_verb_contract_names_no_contract():
    """Rule contract_verb (facts/measure_cues.py): 'Thai exports continued to contract in May, dropping 5.01%
    year-on-year and bringing the contraction in the 5-month period to 4.2%' speaks of exports shrinking; the
    verb 'contract' measures no contracts (bangkokpost.com, May 2015); 'a contract worth $5 million' still does."""
    text = ("Exports continue to slump by 5% in May\n\n"
            "Thai exports continued to contract in May, dropping 5.01% year-on-year and bringing the contraction in "
            "the 5-month period to 4.2%.")
    got = {f.figure: f.measure for f in figures_of_text(text, fmt="web", lang="en", pub_year=2015, pub_month=6)}
    assert got["5.01%"] == "exports"
    assert got["4.2%"] == "exports"
    text = "The firm signed a contract worth $5 million with a Thai buyer."
    assert figures_of_text(text, fmt="web", lang="en", pub_year=2015)[0].measure == "contracts"


def test_a_destination_and_a_part_of_total_exports_are_counterparts():
    """Rule destination_share_counterpart (facts/subject.py, ROLE_COUNTERPART_AFTER): on a release that never names
    its own country, 'On an overall basis the EU accounted for €4,436 million (56%) of total exports in September
    2014' and 'The USA was the main non-EU destination accounting for 22% (€1,764 million) of total exports' name
    the EU and the USA as counterparts only; neither is the page's reporter, and the EU's amount and share are
    exports to the EU (cso.ie, Goods Exports and Imports, September 2014)."""
    text = ("Seasonally adjusted trade surplus down 4% in September\n\n"
            "Preliminary figures for September 2014 show that seasonally adjusted exports decreased by €323 million "
            "(-4%) to €7,694 million from August 2014.\n\n"
            "On an overall basis the EU accounted for €4,436 million (56%) of total exports in September 2014. The "
            "USA was the main non-EU destination accounting for 22% (€1,764 million) of total exports in September "
            "2014.")
    got = {f.figure: (f.reporter, f.partner) for f in figures_of_text(text, fmt="web", lang="en", pub_year=2014,
                                                                       pub_month=11)}
    assert got["€7,694 million"] == (None, "world")
    assert got["€4,436 million"] == (None, "European Union")
    assert got["56%"] == (None, "European Union")
    assert got["22%"] == (None, "United States")


def test_the_span_a_record_is_the_highest_of():
    """Rule record_so_far (facts/periods_build.py): in 'Peru's trade balance posted a US$1.164 billion surplus last
    June, the highest figure recorded so far this year' the year so far is the span the June surplus is the highest
    of, not the surplus's period: the surplus is June 2018's (andina.pe, August 2018)."""
    text = ("Peru trade surplus stood at $1.164 billion in June 2018\n\n"
            "Peru's trade balance posted a US$1.164 billion surplus last June, the highest figure recorded so far "
            "this year, driven by higher export prices, Central Reserve Bank (BCR) reported.")
    got = year_spans(text, pub_year=2018, pub_month=8)
    assert got["US$1.164 billion"][:3] == (2018, "2018-06", "2018-06")


def test_the_year_records_began_is_no_base():
    """Rule records_began (facts/periods_bases.py, facts/period_bases.py): in 'Exports exceeded imports by USD 6.164
    billion, the strongest result for the month since record-keeping began in 1989' the year is the floor of a
    record, neither the surplus's year nor a base it comes a year after; the surplus and the rates after it are of
    the page's year (anba.com.br, Brazil's trade in September 2020)."""
    text = ("Brazil runs record trade surplus\n\n"
            "Brasília – Imports slowed down faster than exports in September in Brazil, yielding a record-high trade "
            "surplus. Exports exceeded imports by USD 6.164 billion, the strongest result for the month since "
            "record-keeping began in 1989.\n"
            "Both exports and imports decreased during the month. Average daily exports from Brazil were down 9.1% "
            "year-over-year to USD 18.459 billion.")
    got = year_spans(text, pub_year=2020, pub_month=10)
    assert got["USD 6.164 billion"][0] == 2020
    assert got["9.1%"][0] == 2020


JAPAN_APRIL = ("Japan April Trade Surplus Y625.977 Billion\n\n"
               "TOKYO (dpa-AFX) - Japan posted a merchandise trade surplus of 625.977 billion yen in April, the Ministry "
               "of Finance said on Monday - up 30.9 percent on year.\n\n"
               "The headline figure exceeded expectations for a surplus of 440.0 billion yen following the downwardly "
               "revised 797.0 billion yen surplus in March (originally 797.3 billion yen).\n\n"
               "Exports were up 7.8 percent on year to 6.822 trillion yen, missing forecasts for an increase of 8.7 "
               "percent but up from 2.1 percent in the previous month.\n\n"
               "Imports advanced an annual 5.9 percent to 6.196 trillion yen versus expectations for 9.8 percent "
               "following the 0.6 percent contraction a month earlier.")


def test_the_market_forecast_of_the_month_and_the_results_it_follows():
    """Vocabulary rows 'expectations for', 'expectation for' (status.csv), rule analysts_forecast (period_choice.py
    _ANALYSTS: 'missing forecasts for', 'expectations for') and rule later_clause_result ('following the downwardly
    revised', '(originally'): in RTT News' 'The headline figure exceeded expectations for a surplus of 440.0 billion
    yen following the downwardly revised 797.0 billion yen surplus in March (originally 797.3 billion yen)' the 440.0
    billion is the market's forecast of April, the March surplus and its first print are results; 'missing forecasts
    for an increase of 8.7 percent' forecasts April, not the whole year (finanznachrichten.de, April 2018)."""
    got = {f.figure: (f.status, f.period_start, f.period_end)
           for f in figures_of_text(JAPAN_APRIL, fmt="web", lang="en", pub_year=2018, pub_month=5)}
    assert got["440.0 billion yen"] == ("target", "2018-04", "2018-04")
    assert got["797.0 billion yen"] == ("actual", "2018-03", "2018-03")
    assert got["797.3 billion yen"] == ("actual", "2018-03", "2018-03")
    assert got["8.7 percent"] == ("target", "2018-04", "2018-04")
    assert got["9.8 percent"] == ("target", "2018-04", "2018-04")
    assert got["0.6 percent"][0] == "actual"
    assert got["625.977 billion yen"] == ("actual", "2018-04", "2018-04")

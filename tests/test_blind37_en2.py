"""Phrasings of dates and periods found in session 37 on stored English trade news pages of outlets no
development set holds, each a rule, tested on its page's sentences.
"""
from __future__ import annotations

from phrasing import facts, figs, times

from tradeflows.ingest.dates import publication_date

MNI = ("MNI BRIEF: Autos, Ships Push Japan Jan Exports Higher\n"
       "MNI (TOKYO) - Japan's exports posted their fourth straight rise in January, up 7.2% vs. +2.8% in December, "
       "thanks to an increase in automobile and vessel shipments, data released by the Ministry of Finance showed on "
       "Wednesday.\n"
       "Exports of automobiles rose 10.5% in January following a 5.9% decline in December, while exports of ships "
       "rose 106.9%.\n"
       "Imports increased 16.7% in January for the second straight rise following +1.7% in December.\n"
       "Japan posted a trade deficit of JPY2.76 trillion, the first deficit in two months following December's "
       "JPY132.5 billion surplus.\n"
       "Exports to China, Japan's largest trading partner, fell 6.2% in January for the second straight drop "
       "following -3.1% in December, showing its economy continues weakening. Shipments to the U.S. rose 8.1% in "
       "January for the first rise in six months following -2.1% in December, while exports of automobiles rose "
       "21.8% vs. -6.8% in December.\n")


def _period(text: str, figure: str, **kw) -> tuple:
    hits = [f[2:] for f in facts(text, **kw) if f[0] == figure]
    assert hits, [f[0] for f in facts(text, **kw)]
    return hits


def test_a_prior_rate_month_is_not_the_later_figures():
    """Rule compared_rate_time: in 'rose 10.5% in January following a 5.9% decline in December, while exports of
    ships rose 106.9%' the December is the prior rate's; the 106.9% keeps January, and so does the 21.8% of
    'rose 21.8% vs. -6.8% in December' (marketnews.com, MNI)."""
    assert _period(MNI, "106.9%", pub_year=2025, pub_month=2) == [(2025, "2025-01", "2025-01")]
    assert _period(MNI, "5.9%", pub_year=2025, pub_month=2) == [(2024, "2024-12", "2024-12")]
    assert _period(MNI, "21.8%", pub_year=2025, pub_month=2) == [(2025, "2025-01", "2025-01")]


def test_a_month_owning_the_compared_amount_dates_that_amount():
    """Rule compared_possessive: 'a trade deficit of JPY2.76 trillion, the first deficit in two months following
    December's JPY132.5 billion surplus': December is the surplus's month; the deficit is January's, the month in
    force (marketnews.com, MNI)."""
    assert _period(MNI, "JPY2.76 trillion", pub_year=2025, pub_month=2) == [(2025, "2025-01", "2025-01")]
    assert _period(MNI, "JPY132.5 billion", pub_year=2025, pub_month=2) == [(2024, "2024-12", "2024-12")]


def test_a_month_after_the_page_and_the_month_in_force_is_of_the_year_before():
    """Rule month_after_publication: 'Shipments to the U.S. rose 8.1% in January ... following -2.1% in December'
    on a page of February 2025: January 2025 in force, December is 2024's, not the paragraph's year
    (marketnews.com, MNI)."""
    assert _period(MNI, "2.1%", pub_year=2025, pub_month=2) == [(2024, "2024-12", "2024-12")]
    assert _period(MNI, "6.8%", pub_year=2025, pub_month=2) == [(2024, "2024-12", "2024-12")]
    assert _period(MNI, "8.1%", pub_year=2025, pub_month=2) == [(2025, "2025-01", "2025-01")]


def test_a_month_abbreviation_with_no_year():
    """Rule abbr_bare: a headline's 'Japan Jan Exports Higher' (marketnews.com, MNI), 'China Jan-Feb exports', 'up
    5% in Jan' name the month(s) of the year in force; 'Jul-Mar' with no year stays a fiscal span, left alone, and
    'in Jan Smith's' is a name."""
    assert times("Autos, Ships Push Japan Jan Exports Higher") == [("Jan", "month", None, 1, 1)]
    assert times("China Jan-Feb exports rise 7.1%") == [("Jan-Feb", "month_range", None, 1, 2)]
    assert times("Korea exports up 5% in Jan") == [("Jan", "month", None, 1, 1)]
    assert times("Jul-Mar exports rose") == []
    assert times("in Jan Smith's view") == []
    assert _period("MNI BRIEF: Autos, Ships Push Japan Jan Exports Higher\n\nJapan's exports rose 7.2%.\n",
                   "7.2%", pub_year=2025, pub_month=2) == [(2025, "2025-01", "2025-01")]


def test_the_month_month():
    """Rule month_month: 'Exports rose $671 million in the March month, to $5.1 billion' (Stats NZ's phrasing,
    kiwiblog.co.nz) is March of the page's year."""
    text = ("Exports rose $671 million in the March month, to $5.1 billion. Milk powder, butter, and cheese led the "
            "rise in exports, up $474 million (45 percent) compared with March 2013.\n")
    assert _period(text, "$671 million", pub_year=2014, pub_month=4) == [(2014, "2014-03", "2014-03")]
    assert _period(text, "$5.1 billion", pub_year=2014, pub_month=4) == [(2014, "2014-03", "2014-03")]


def test_a_weekday_and_clock_stamp_glued_into_the_first_line_dates_the_page():
    """Rule weekday_clock: 'Trade Vietnam reports US$4 billion in trade surplus in Q1 The Saigon Times Monday, Apr
    20, 2020,14:42 (GMT+7)' (talkvietnam.org) is dated 2020-04-20 though the stamp is glued into a long line; rule
    published_caps: 'Posted On: 15 NOV 2021 5:08PM by PIB Delhi' writes the month in capitals."""
    head = ("Trade Vietnam reports US$4 billion in trade surplus in Q1 The Saigon Times Monday, Apr 20, 2020,14:42 "
            "(GMT+7)\n\nHCMC - Vietnam saw its import-export value exceed US$122 billion in the first quarter of the "
            "year, up 5.7% over the same period last year.\n")
    assert publication_date(head) == ("2020-04-20", "text:weekday_clock")
    assert publication_date("Exports in October\nPosted On: 15 NOV 2021 5:08PM by PIB Delhi\nIndia's exports")[0] \
        == "2021-11-15"


def test_a_rate_before_a_similar_period_of_a_year_is_that_periods():
    """Rule same_period_own: 'imports grew by 2.4 percent in the 12 months to March compared to the 23 percent growth
    in a similar period in 2022': the 23 percent, its noun and 'in a' before the similar period, is the twelve months
    to March 2022's (newsghana.com.gh, Xinhua)."""
    text = ("Kenya's exports rose 8.4 percent in the year ending March, the National Treasury said.\n\n"
            "On the other hand, imports grew by 2.4 percent in the 12 months to March compared to the 23 percent "
            "growth in a similar period in 2022, said the Treasury.\n")
    assert _period(text, "23 percent", pub_year=2023, pub_month=5) == [(2022, "2021-04", "2022-03")]
    assert _period(text, "2.4 percent", pub_year=2023, pub_month=5) == [(2023, "2022-04", "2023-03")]


def test_the_corresponding_part_of_a_year_is_a_base():
    """Rule corresponding_part: 'an increase of 35.07 per cent when compared to the N5.33tn recorded in the
    corresponding first quarter of 2017' (punchng.com): the quarter, after a naira amount glued to its letter and
    'the corresponding', is the base's; the rate is of the first quarter of the page's year."""
    text = ("Nigeria's trade grew to N7.2tn in Q1 - NBS\n\n"
            "The country recorded an increase of N1.18tn in merchandise trade in the first quarter of this year to "
            "N7.21tn from N6.02tn in the fourth quarter of last year.\n\n"
            "The bureau stated that the trade value of N7.21tn was also an increase of 35.07 per cent when compared "
            "to the N5.33tn recorded in the corresponding first quarter of 2017.\n")
    assert _period(text, "35.07 per cent", pub_year=2018, pub_month=6) == [(2018, "2018-01", "2018-03")]
    assert _period(text, "N5.33tn", pub_year=2018, pub_month=6) == [(2017, "2017-01", "2017-03")]


def test_a_count_of_months_of_changes_is_a_streak():
    """Rule streak_of_changes: 'exports rose for the first time after two months of declines' counts a run of
    changes, not January-February (chroniclejournal.com, The Canadian Press): the rates after it keep August."""
    assert times("The smaller deficit came as exports rose for the first time after two months of declines.") == []
    text = ("OTTAWA - Statistics Canada says the country's merchandise trade deficit fell to $966 million in August "
            "compared with $1.4 billion in July.\n"
            "The smaller deficit came as exports rose for the first time after two months of declines.\n"
            "Exports rose 1.8 per cent, boosted by a 3.9 per cent gain in the export of energy products.\n")
    assert _period(text, "1.8 per cent", pub_year=2019, pub_month=10) == [(2019, "2019-08", "2019-08")]


def test_a_clause_opened_by_while_and_a_same_period_base_is_that_periods():
    """Rule base_clause (English cue): 'The trade surplus was PLN 10.7 billion during the eight months, while in the
    same period last year, it was PLN 34.6 billion' (swapupdate.in, Statistics Poland): the amount after the base
    that opens the clause is January-August of the year before."""
    text = ("Poland's Jan-Aug export turnover drops 8.3% YoY, imports drop 6.3% YoY\n\n"
            "The trade surplus was PLN 10.7 billion during the eight months, while in the same period last year, it "
            "was PLN 34.6 billion.\n")
    assert _period(text, "PLN 34.6 billion", pub_year=2023, pub_month=10) == [(2022, "2022-01", "2022-08")]
    assert _period(text, "PLN 10.7 billion", pub_year=2023, pub_month=10) == [(2023, "2023-01", "2023-08")]


def test_months_of_this_fiscal_year_named_after_it():
    """Rule fiscal_months_named_after: 'From July to October in this fiscal year of FY2022-23, Bangladesh exported
    goods amounting to $16.85 billion' (tbsnews.net) is July-October 2022, not the whole fiscal year (nor a target for
    a year not over); rule same_period_of_time: '$12.62 billion in the same period of time a year ago' is July-October
    2021."""
    assert times("From July to October in this fiscal year of FY2022-23, Bangladesh exported") == [
        ("From July to October in this fiscal year of FY2022-23", "fiscal", 2023, 7, 10)]
    text = ("Bangladesh's export earnings dropped by 7.85% year-on-year in October, said a report by the Export "
            "Promotion Bureau (EPB).\n"
            "From July to October in this fiscal year of FY2022-23, Bangladesh exported goods amounting to $16.85 "
            "billion amid the ongoing economic crisis.\n"
            "Bangladesh exported apparel items worth $13.95 billion from July to October in this fiscal year of "
            "FY2022-23, which is about 83% of the country's total export receipts.\n"
            "Meanwhile, the earnings amounted to $12.62 billion in the same period of time a year ago.\n")
    assert _period(text, "$16.85 billion", pub_year=2022, pub_month=11) == [(2022, "2022-07", "2022-10")]
    assert [f.status for f in figs(text, pub_year=2022, pub_month=11) if f.figure == "$16.85 billion"] == ["actual"]
    assert _period(text, "$12.62 billion", pub_year=2022, pub_month=11) == [(2021, "2021-07", "2021-10")]


def test_from_a_value_last_year_after_a_level_and_its_month():
    """Rule base_value_relative: 'Revenues from exports to Japan posted a 51-percent increase to $1.305 billion in
    March from $864.87 million last year' (philstar.com): the value after 'from' is March of last year, not the whole
    year; rule same_period: 'the same comparable period last year' is a same-period base (ntucphl.org)."""
    text = ("MANILA, Philippines - The country's merchandise exports grew 11.2 percent in March from a year ago, the "
            "Philippine Statistics Authority (PSA) said.\n"
            "Revenues from exports to Japan posted a 51-percent increase to $1.305 billion in March from $864.87 "
            "million last year.\n")
    assert _period(text, "$864.87 million", pub_year=2014, pub_month=5) == [(2013, "2013-03", "2013-03")]
    assert _period(text, "$1.305 billion", pub_year=2014, pub_month=5) == [(2014, "2014-03", "2014-03")]
    assert times("up 10.1 percent from $1.967 billion in the same comparable period last year") == [
        ("same comparable period last year", "same_period", None, 1, 12)]


def test_to_reach_after_a_past_change_and_its_comparison_is_a_result():
    """Rule changed_to_reach_far: '"Exports rose 1.77% in 11 months compared to the same period last year to reach
    $165.6 billion' (turkishpress.com, Anadolu): what a past change reached after its comparison is an actual, not a
    goal; 'rose ... and is expected to reach' stays a goal."""
    text = ('"Exports rose 1.77% in 11 months compared to the same period last year to reach $165.6 billion and '
            'maintained their strong and positive course," she said.\n')
    assert {f.figure: f.status for f in figs(text, pub_year=2019, pub_month=12)}["$165.6 billion"] == "actual"
    text = ("Exports rose 5% compared with last year and are expected to reach $200 billion in 2020, the minister "
            "said.\n")
    assert {f.figure: f.status for f in figs(text, pub_year=2019, pub_month=12)}["$200 billion"] == "target"


def test_the_year_to_date_to_a_month():
    """Rule year_to_date_month: '"Of note, we are seeing a steep increase in petroleum and gas imports which stands at
    €11.4bn for the year to date to November' (irishexaminer.com) on a page of January 2023 about last year is
    January-November 2022; 'year-to-date through September' is January-September; a bare 'year-to-date' stays."""
    assert times("which stands at €11.4bn for the year to date to November, the previous year") == [
        ("year to date to November", "month_range", None, 1, 11), ("previous year", "relative", None, 1, 12)]
    assert times("year-to-date through September exports") == [
        ("year-to-date through September", "month_range", None, 1, 9)]
    assert times("the year-to-date surplus") == [("year-to-date", "year_to_date", None, 1, 12)]
    text = ("Exports from Ireland in the first 11 months of last year reached €193bn, a 27% increase on the same period "
            "in 2021, new figures from the Central Statistics Office (CSO) show.\n\n"
            '"Of note, we are seeing a steep increase in petroleum and gas imports which stands at €11.4bn for the year '
            'to date to November," he said.\n')
    assert _period(text, "€11.4bn", pub_year=2023, pub_month=1) == [(2022, "2022-01", "2022-11")]


BRICS = ("Pretoria – South Africa recorded a trade balance surplus of R6.7bn for September 2016, the SA Revenue Service "
         "(Sars) announced on Monday.\n"
         "Sars said the year-to-date deficit – from January 1 to September 30 – of R9.95bn is an improvement on the "
         "deficit for the comparable period in 2015 of R37.19bn.\n"
         "On a year-on-year basis, September 2016's R6.70bn trade balance surplus is an improvement from the deficit "
         "recorded in September 2015 of R2.20bn. Exports of R98.92bn are 8.8% more than the exports recorded in "
         "September 2015 of R90.93bn.\n")


def test_a_base_time_then_of_and_its_value():
    """Rule base_time_of_value: 'the deficit for the comparable period in 2015 of R37.19bn', 'the exports recorded in
    September 2015 of R90.93bn' (brics-info.org, SARS): the value after the base's time and 'of' is that base's."""
    assert _period(BRICS, "R37.19bn", pub_year=2016, pub_month=10) == [(2015, "2015-01", "2015-09")]
    assert _period(BRICS, "R90.93bn", pub_year=2016, pub_month=10) == [(2015, "2015-09", "2015-09")]


def test_more_than_the_flow_recorded_in_is_a_base():
    """Rule base_level ('more' too): 'Exports of R98.92bn are 8.8% more than the exports recorded in September 2015'
    (brics-info.org, SARS): the rate is September 2016's, the month in force, not its base's."""
    assert _period(BRICS, "8.8% more", pub_year=2016, pub_month=10) == [(2016, "2016-09", "2016-09")]


def test_a_months_possessive_right_before_a_compared_figure_is_its_own():
    """Rule possessive_own: 'Imports nosedived 28.0% annually in May, a slightly softer fall than April's 31.6%
    plunge' (focus-economics.com): the 31.6% is April's, though 'than' makes April a base of the May figure."""
    text = ("Exports surged 16.5% in year-on-year terms in May, following April's revised 1.9% increase.\n"
            "Imports nosedived 28.0% annually in May, a slightly softer fall than April's 31.6% plunge.\n")
    assert _period(text, "31.6%", pub_year=2019, pub_month=6) == [(2019, "2019-04", "2019-04")]


def test_a_headlines_span_is_not_restated_by_one_months_figure():
    """Rule headline_span_kept: the headline 'Vietnam enjoys US$3.74 bln trade surplus in Q1 despite COVID-19'
    (english.vov.vn) keeps its first quarter though the body's 'brought the country's total surplus in three consecutive
    months to US$3.74 billion' is read as February, a single month."""
    text = ("Vietnam enjoys US$3.74 bln trade surplus in Q1 despite COVID-19\n\n"
            "VOV.VN - Vietnam achieved a trade surplus of nearly US$4 billion in the first quarter despite the negative "
            "impact of novel coronavirus pandemic (COVID-19).\n\n"
            "The nearly US$2 billion trade surplus achieved in February brought the country's total surplus in three "
            "consecutive months to US$3.74 billion.\n")
    assert _period(text, "US$3.74 bln", pub_year=2020, pub_month=4) == [(2020, "2020-01", "2020-03")]

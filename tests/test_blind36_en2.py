"""Phrasings found by the second English helper of session 36: those the first left open on its stored pages (Ghana,
Indonesia, Kenya, Egypt, Nigeria, Ukraine) and those of new stored pages from outlets the sets have not seen, each a
rule or a vocabulary row, tested on the pages' own sentences."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def rows(text: str, **kw):
    kw.setdefault("pub_year", None)
    return [(f.figure, f.measure, f.partner, f.year, f.period_start, f.period_end, f.status)
            for f in figures_of_text(text, fmt="web", **kw)]


def test_a_thousands_point_before_the_decimal_point():
    """Rule thousands_point: 'total trade stood at N12.046.92 trillion' is one amount read as written, 12,046.92
    trillion (the page's N12,046.92 billion under the next scale's name), not 'N12.046' and '92 trillion'; the flow
    after 'of which' is a part of the amount, not what it measures (thenationonlineng.net, Nigeria's trade in the
    first quarter of 2023; the same writing, 'totaled $5.103.6 billion', on opportimes.com, US trade 2023)."""
    text = ("\"In the first quarter of 2023, Nigeria's total trade stood at N12.046.92 trillion of which total exports "
            "stood at N6.487.04 trillion and total imports amounted to N5.559.88 trillion,\" said the Bureau.\n")
    got = [(f.figure, f.value, f.measure) for f in figures_of_text(text, fmt="web", pub_year=2023, pub_month=5)]
    assert [(g, round(float(v) / 1e12, 2), m) for g, v, m in got] == [
        ("N12.046.92 trillion", 12046.92, "turnover"), ("N6.487.04 trillion", 6487.04, "exports"),
        ("N5.559.88 trillion", 5559.88, "imports")]
    text = ("Total U.S. trade totaled $5.103.6 billion last year, adding up to $3.084.1 billion in imports and $2.019.5 "
            "billion in exports.\n")
    assert [(f.figure, round(float(f.value) / 1e9, 1)) for f in figures_of_text(text, fmt="web", pub_year=2024)] == [
        ("$5.103.6 billion", 5103.6), ("up to $3.084.1 billion", 3084.1), ("$2.019.5 billion", 2019.5)]


def test_could_not_beat_a_past_level():
    """Rule could_not_beat: 'it still could not beat the $5.14 billion trade surplus that Indonesia booked in June
    2022' is a past result the new one fell short of, no target (indonesianpost.com, Indonesia's trade in June 2023)."""
    text = ("Jakarta - Indonesia posted a $3.45 billion trade surplus in June as imports saw a double-digit decline.\n"
            "BPS data shows the June numbers were a huge jump from the $430 million surplus in the previous month. "
            "However, it still could not beat the $5.14 billion trade surplus that Indonesia booked in June 2022.\n")
    got = rows(text, pub_year=2023, pub_month=7)
    assert got[-1] == ("$5.14 billion", "balance", "world", 2022, "2022-06", "2022-06", "actual")


def test_a_base_value_in_an_editorial_bracket_and_the_following_month():
    """Rule bracketed_base_value: 'down by 5.08 percent from [$21.71 billion in] May 2023' dates the bracketed base
    value May and leaves the figures before it in June. Rule following_month: 'from $21.28 billion in May to $17.15
    billion the following month' is June. Rule after_base_same_month: 'shrank 18.35 percent from $21 billion in June
    2022' in a text on January-June 2023 is of June 2023 (indonesianpost.com, Indonesia's trade in June 2023)."""
    text = ("Jakarta, Indonesianpost.com - Indonesia posted a $3.45 billion trade surplus in June as imports saw a "
            "double-digit decline, according to the National Statistics Agency (BPS).\n"
            "Indonesia's accumulated surplus throughout the first six months of 2023 amounted to $19.93 billion.\n"
            "Indonesia's overall imports dropped 19.4 percent from $21.28 billion in May to $17.15 billion the "
            "following month as Indonesia purchased less raw materials. Imports also shrank 18.35 percent from $21 "
            "billion in June 2022. Chinese goods accounted for 32.51 percent of Indonesia's non-oil and gas imports "
            "in June.\n"
            "\"Indonesia exported $20.61 billion in goods, down by 5.08 percent from [$21.71 billion in] May 2023.\"\n")
    got = [(g[0], g[3], g[4], g[5]) for g in rows(text)]
    assert got[2:7] == [
        ("19.4 percent", 2023, "2023-06", "2023-06"), ("$21.28 billion", 2023, "2023-05", "2023-05"),
        ("$17.15 billion", 2023, "2023-06", "2023-06"), ("18.35 percent", 2023, "2023-06", "2023-06"),
        ("$21 billion", 2022, "2022-06", "2022-06")]
    assert got[8:] == [
        ("$20.61 billion", 2023, "2023-06", "2023-06"), ("5.08 percent", 2023, "2023-06", "2023-06"),
        ("$21.71 billion", 2023, "2023-05", "2023-05")]


def test_earnings_from_a_region_are_exports():
    """Rule earnings_from_place: 'Earnings from the African region rose from Sh82.2 billion ... to Sh100.2 billion' are
    exports to Africa (kenyanwallstreet.com, Kenya's trade in the first quarter of 2023)."""
    text = ("Africa remains Kenya's major export destination as latest figures from Kenya National Bureau of "
            "Statistics (KNBS) for the January to March period also on the contrary states that Kenya imports less "
            "from the continent.\n"
            "Earnings from the African region rose from Sh82.2 billion in first quarter of 2022 to Sh100.2 billion in "
            "the first quarter of 2023, largely driven by increase in exports to Uganda (50.4 per cent).\n")
    got = rows(text, pub_year=2023, pub_month=7)
    assert [g[:4] for g in got[:2]] == [("Sh82.2 billion", "exports", "Africa", 2022),
                                        ("Sh100.2 billion", "exports", "Africa", 2023)]


def test_a_share_of_gdp_in_brackets_after_a_balance():
    """Rule share_bracket: in 'the figure is higher than the $1.47 billion (2.0% of GDP)' the whole of the bracketed
    share is the share's, and rule figure_anaphor: 'the figure is higher than' goes on with the last figure's flow,
    the surplus, past the share of GDP told after it (rule gdp_share_aside) (dailyguidenetwork.com, Ghana's trade
    surplus in the first half of 2023)."""
    text = ("The Bank of Ghana has indicated that the country recorded a trade surplus of $1.77 billion in the first "
            "half of 2023, approximately 2.4% of Gross Domestic Product (GDP).\n\n"
            "The Central Bank explained that the figure is higher than the $1.47 billion (2.0% of GDP) registered "
            "during the same period last year (2022).\n")
    got = rows(text, pub_year=2023, pub_month=7)
    assert got[2][:6] == ("$1.47 billion", "balance", "world", 2022, "2022-01", "2022-06")


def test_a_partners_rank_with_its_amount():
    """Rule partner_rank_with: 'the US has topped Egypt's export partners with $1.69 billion' is Egypt's exports to
    the US, and the list after it goes on with them (pakobserver.net, Egypt's exports in the first half of 2021)."""
    text = ("Meanwhile, the Chairman of General Organisation of Import and Export Control, Ismail Gaber, said that the "
            "US has topped Egypt's export partners with $1.69 billion in the first six months, followed by Saudi "
            "Arabia with $969 million, and Turkey with $968 million.\n")
    assert [g[:3] for g in rows(text, pub_year=2021, pub_month=7)] == [
        ("$1.69 billion", "exports", "United States"), ("$969 million", "exports", "Saudi Arabia"),
        ("$968 million", "exports", "Turkey")]


def test_a_cue_in_a_relative_clause_after_the_flow():
    """Rule flow_relative_clause: in 'imports that contribute to the trade imbalance arrive in Ukraine from two
    economic zones: the EU with $3.6B and China $3.1B' the imbalance explains the imports, the subject; the amounts
    are imports (ubn.news, Ukraine's trade deficit)."""
    text = ("In the last four months, Ukraine exported goods worth $13.5B, the same as last year.\n"
            "From January to April, the country imported goods worth $21.9B. This led to the total deficit in trade in "
            "goods reaching $8.5B, $1.5B higher than a year ago.\n"
            "In most cases, imports that contribute to the trade imbalance arrive in Ukraine from two economic zones: "
            "the EU with $3.6B and China $3.1B.\n")
    assert [g[:3] for g in rows(text, pub_year=2023)][-2:] == [("$3.6B", "imports", "European Union"),
                                                          ("$3.1B", "imports", "China")]


def test_a_change_year_on_year_half_on_half_quarter_on_quarter_from_a_value():
    """Rule on_period_from: 'narrowing by 72.93 per cent year-on-year from $1.729 billion, 76.83 per cent half-on-half
    from $2.020 billion, and 50.87 per cent quarter-on-quarter from $952.74 million' of the first quarter of 2023: each
    value a change started from is of the quarter a year, a half and a quarter before. Rule metal_not_currency: 'one
    silver lining' is no amount of silver (phnompenhpost.com, Cambodia's trade in the first quarter of 2023)."""
    text = ("Cambodia's international trade volume passed $11 billion in the first quarter of the year – ended March "
            "31 – but registered a drop of over one-seventh from the same period a year earlier.\n\n"
            "However, one silver lining amidst the series of declines shown by provisional Customs (GDCE) data was "
            "that Cambodia's trade deficit – the amount by which a country's imports exceed its exports – clocked in "
            "at just $468.119 million, narrowing by 72.93 per cent year-on-year from $1.729 billion, 76.83 per cent "
            "half-on-half from $2.020 billion, and 50.87 per cent quarter-on-quarter from $952.74 million, as the "
            "Kingdom's overseas sales maintained a steady pace.\n")
    got = [(g[0], g[1], g[3], g[4], g[5]) for g in rows(text, pub_year=2023, pub_month=5)]
    assert got[1:] == [
        ("$468.119 million", "balance", 2023, "2023-01", "2023-03"),
        ("72.93 per cent", "balance", 2023, "2023-01", "2023-03"),
        ("$1.729 billion", "balance", 2022, "2022-01", "2022-03"),
        ("76.83 per cent", "balance", 2023, "2023-01", "2023-03"),
        ("$2.020 billion", "balance", 2022, "2022-07", "2022-09"),
        ("50.87 per cent", "balance", 2023, "2023-01", "2023-03"),
        ("$952.74 million", "balance", 2022, "2022-10", "2022-12")]


def test_a_rates_base_value_last_year_is_the_same_month():
    """Rule base_value_relative (a rate's 'from'): 'January exports reached $5.23 billion, down 13.5 percent from $6.04
    billion last year' is January of the year before, not the whole year (malaya.com.ph, Philippine trade in January
    2023)."""
    text = ("The Philippines' external trade posted a $5.74-billion deficit in January, up 27.2 percent from $4.51 "
            "billion the previous year.\n"
            "January exports reached $5.23 billion, down 13.5 percent from $6.04 billion last year.\n")
    got = [(g[0], g[3], g[4], g[5]) for g in rows(text, pub_year=2023, pub_month=3)]
    assert got[-1] == ("$6.04 billion", 2022, "2022-01", "2022-01")


def test_potential_markets_are_no_goal():
    """Rule potential_markets: 'exports to major markets rose 15.2%, and 20% in high potential markets' names a class
    of markets; the figure is a result (bangkokpost.com, Thai exports in May 2017)."""
    text = ("The value of Thailand's exports rose 13.2% year-on-year in May - the fastest in 52 months - to US$19.94 "
            "billion and the country posted a trade surplus of $944 million.\n"
            "Ms Pimchanok said exports to major markets rose 15.2%, and 20% in high potential markets.\n")
    assert [g[6] for g in rows(text, pub_year=2017, pub_month=6)][-2:] == ["actual", "actual"]


def test_a_rate_to_a_period_is_measured_against_it():
    """Rule rate_to_period: 'exports accounted for US$ 5.7 billion (an increase by 14% to January-May 2020)' measures
    the change against January-May 2020; the rate and the figures after it stay in January-May 2021
    (tashkenttimes.uz, Uzbekistan's trade in January-May 2021)."""
    text = ("Nearly US$ 1.2 billion worth of gold was exported, with the country's international trade figure in "
            "January-May topping US$ 14.5 billion, which, recording an increase by US$ 1.7 billion compared to the "
            "same period in 2020, (or + 13.2%).\n\n"
            "Of the total international trade, exports accounted for US$ 5.7 billion (an increase by 14% to "
            "January-May 2020), and imports - US$ 8.8 billion (12.7% increase), with a trade deficit of US$ 3.1 "
            "billion.\n")
    got = [(g[0], g[3], g[4], g[5]) for g in rows(text, pub_year=2021, pub_month=6)]
    assert got[-5:] == [("US$ 5.7 billion", 2021, "2021-01", "2021-05"), ("14%", 2021, "2021-01", "2021-05"),
                        ("US$ 8.8 billion", 2021, "2021-01", "2021-05"), ("12.7%", 2021, "2021-01", "2021-05"),
                        ("US$ 3.1 billion", 2021, "2021-01", "2021-05")]


def test_an_amount_a_dash_and_for_its_flow():
    """Rule dash_for_flow: '$3.59 billion of this amount accounted for export, $4.027 billion – for import': the flow
    after the dash and 'for' is the amount's (xebersaati.com, Uzbekistan's trade in January-June 2017)."""
    text = ("Uzbekistan's foreign trade turnover rose by 11.1 percent up to $12.072 billion in January-June of 2017, "
            "compared with the same period of 2016.\n\n"
            "Foreign trade turnover with other countries was ascended by 10.2 percent up to $7.62 billion, $3.59 "
            "billion of this amount accounted for export, $4.027 billion – for import.\n")
    assert [(g[0], g[1]) for g in rows(text, pub_year=2017, pub_month=8)][-2:] == [
        ("$3.59 billion", "exports"), ("$4.027 billion", "imports")]

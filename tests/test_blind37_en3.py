"""Phrasings of money and flows found in session 37 on stored English trade news pages of outlets no
development set holds, each a rule, tested on its page's sentences.
"""
from __future__ import annotations

from phrasing import figs

FRUITNET = ("Sales increase for Peruvian produce\n"
            "Agricultural exports from Peru rose by 25 per cent in value between January and July this year; "
            "totalling some US$1.4bn, up from US$1.1bn in the year-earlier period.\n"
            "According to preliminary figures, traditional agricultural exports (notably coffee and sugar) "
            "represented U$313.1m of the total – an increase of 48 per cent on 2008 when US$211.7m-worth of products "
            "were sold between January and July.\n")


def _money(text: str, **kw) -> dict:
    return {f.figure: (f.value, f.currency, f.measure) for f in figs(text, **kw) if f.kind == "money"}


def test_a_hyphenated_worth_keeps_the_scale():
    """Rule scale_worth: 'when US$211.7m-worth of products were sold' is 211.7 million dollars; '-worth' after
    the scale keeps it, as '-plus' and '-mark' do (fruitnet.com, Eurofruit)."""
    got = _money(FRUITNET, pub_year=2009)
    assert got["US$211.7m"][:2] == (211_700_000, "USD")


def test_the_dollar_sign_without_its_s():
    """Rule u_dollar_sign: 'represented U$313.1m of the total' is 313.1 million US dollars, an export figure
    (fruitnet.com, Eurofruit)."""
    got = _money(FRUITNET, pub_year=2009)
    assert got["U$313.1m"] == (313_100_000, "USD", "exports")


TRENDS = ("Tanzania's current account deficit narrows\n"
          "During the period under review, the stock of foreign exchange reserves increased to USD 5,107.1 million "
          "from USD 4,807 .8 million in the corresponding period a year before.\n")


def test_a_decimal_point_spaced_off_its_whole_part():
    """Rule point_spaced_before: 'increased to USD 5,107.1 million from USD 4,807 .8 million' is 4,807.8 million,
    one figure, not 'USD 4,807' and '8 million' (trendsnafrica.com)."""
    got = _money(TRENDS, pub_year=2024)
    assert got["USD 4,807 .8 million"][:2] == (4_807_800_000, "USD")
    assert "8 million" not in got


RTE = ("Meanwhile seasonally-adjusted imports fell 2% to €3.98 billion, €69 million lower than in April.\n"
       "This left the seasonally-adjusted surplus at €3.07 billion - €245 million lower than in April.\n")


def test_two_amounts_falling_across_a_dash_are_no_range():
    """Rule range_falling_ends: 'the seasonally-adjusted surplus at €3.07 billion - €245 million lower than in
    April' is the surplus and its change, two figures, not a range from 245 million to 3.07 billion (rte.ie)."""
    got = _money(RTE, pub_year=2013, pub_month=7)
    assert got["€3.07 billion"][:2] == (3_070_000_000, "EUR")
    assert got["€245 million"][:2] == (245_000_000, "EUR")
    assert [f.value_high for f in figs(RTE, pub_year=2013) if f.figure == "€3.07 billion"] == [None]


YICAI = ("China's Trade Surplus With US Grew by 7.2% in 2020 Amid Covid\n"
         "China exported USD451.8 billion worth of goods to the States and imported USD134.9 billion in US-made "
         "products. In December, the surplus was USD29.9 billion.\n"
         "China bought CNY162.7 billion (USD25.2 billion) worth of agricultural commodities from the US in 2020, "
         "rising by 67 percent from 2019, spokesperson Li Quiwen said at a press conference.\n")


def test_bought_goods_from_a_place_past_a_conversion_and_their_name():
    """Rule bought_goods_from: 'China bought CNY162.7 billion (USD25.2 billion) worth of agricultural commodities
    from the US' is an import from the US, its conversion and its rate too, though the clause names no flow
    word (yicaiglobal.com)."""
    got = {f.figure: (f.measure, f.reporter, f.partner) for f in figs(YICAI, pub_year=2021, pub_month=1)}
    assert got["CNY162.7 billion"] == ("imports", "China", "United States")
    assert got["USD25.2 billion"] == ("imports", "China", "United States")
    assert got["67 percent"][0] == "imports"


ARGECO = ("Trade surplus was $1.4 bn, but exports and imports fell by 11.8% and 23.8% respectively\n"
          "The first eight months of 2020 result in an 11.8% drop in exports, and a more pronounced 23.8% reduction "
          "in imports, only primary products had a positive variation of 10.2%, in a context of extreme scarcity of "
          "foreign currency.\n")


def test_a_signed_variation_is_a_change():
    """Rule variation_of: 'only primary products had a positive variation of 10.2%' is a rise of 10.2%, a growth
    figure, not a share (argentinaeconomica.net)."""
    got = {f.figure: (f.kind, f.value) for f in figs(ARGECO, pub_year=2020)}
    assert got["10.2%"] == ("growth", 10.2)


DECCAN = ("India's exports up 48.34% to Rs 2.4 lakh crore in June\n"
          "During April-June 2021, the exports increased by 85.88 per cent to Rs 7.1 lakh crore. Imports expanded to "
          "Rs 9.3 lakh croreduring the first three months of the fiscal as against Rs 4.5 lakh crore in the same "
          "period last year, the data showed.\n")


def test_a_scale_word_glued_to_the_next_word_keeps_its_scale():
    """Rule scale_glued_word: 'Imports expanded to Rs 9.3 lakh croreduring the first three months' is 9.3 lakh
    crore rupees, the space before 'during' lost, not 9.3 lakh (deccanherald.com)."""
    got = {f.figure: (f.value, f.currency, f.measure) for f in figs(DECCAN, pub_year=2021, pub_month=7)
           if f.kind == "money"}
    assert got["Rs 9.3 lakh crore"] == (9_300_000_000_000, "INR", "imports")


CHEMBUY = ("Malaysia's exports rose 0.2 percent to 91.05 billion ringgits (22.36 billion U.S. dollars) in October from "
           "a year ago, largely due to increased exports to the United States, China, India and Britain, official data "
           "showed Friday.\n"
           "Malaysia's Ministry of International Trade and Industry said in a statement that meanwhile, imports fell by "
           "6 percent to 68.93 billion ringgits while total trade contracted by 2.5 percent to 159.98 billion "
           "ringgits.\n")


def test_the_ringgit_in_the_plural():
    """Rule ringgits_plural: '91.05 billion ringgits', '68.93 billion ringgits' are ringgit amounts (MYR), read
    with their flows, not skipped (chem-buy.com, a copy of Xinhua's report)."""
    got = _money(CHEMBUY, pub_year=2020, pub_month=11)
    assert got["91.05 billion ringgits"] == (91_050_000_000, "MYR", "exports")
    assert got["68.93 billion ringgits"] == (68_930_000_000, "MYR", "imports")
    assert got["159.98 billion ringgits"] == (159_980_000_000, "MYR", "turnover")


JDC = ("Ethiopia has earned $115.4 million from export of coffee beans in the first month of the new Ethiopian fiscal "
       "year which began on July 8, 2021.\n"
       "Germany has been the main destination for Ethiopian coffee in the month with more than 22.86 million birr "
       "worth of coffee exported or 20 percent to the European nation.\n")


def test_the_birr_by_its_bare_name():
    """Rule birr_bare: 'with more than 22.86 million birr worth of coffee exported' is an amount of Ethiopian birr
    (ETB), an export to Germany, not skipped (journalducameroun.com)."""
    got = {f.figure: (f.value, f.currency, f.qualifier, f.measure, f.partner) for f in figs(JDC, pub_year=2021,
                                                                                             pub_month=8)}
    assert got["more than 22.86 million birr"] == (22_860_000, "ETB", "more_than", "exports", "Germany")

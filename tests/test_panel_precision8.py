"""Panel precision, the panel8 blind sample: each class a phrasing that let a wrong cell into the panel,
each test a real sentence from a stored page, asserting the figure's fields and the admission's reason."""
from __future__ import annotations

from tradeflows.dataset.cues import joint_partner
from tradeflows.dataset.series import IN, series_status

from phrasing import one_figure, row, rule


fig = one_figure


# -- "the foreign trade balance - the difference between exports and imports - fell from X": the gloss names a
#    balance, not the turnover its "exports and imports" would (vocab measures.csv rows "difference between ...") --

_GERMAN_BALANCE = ("German export surplus down significantly due to more expensive energy\n\nThe sharp rise in energy"
                   " prices more than halved Germany's export surplus in trade with other countries last year. While"
                   " indeed more goods were exported than imported yet again in 2022, the foreign trade balance - the"
                   " difference between exports and imports - fell from 175.3 billion euros in the previous year to 79.7"
                   " billion euros, according to the Federal Statistical Office.\n")


def test_the_difference_between_exports_and_imports_is_a_balance():
    # en.imsilkroad.com (Xinhua Silk Road, Destatis figures for 2022): read as Germany's turnover with the world
    f = fig(_GERMAN_BALANCE, "79.7 billion euros", pub_year=2023)
    assert (f.reporter_iso3, f.measure, f.partner, f.year) == ("DEU", "balance", "world", 2022)
    assert series_status(row(f), 0.0) == IN


def test_the_previous_years_balance_of_the_same_gloss():
    f = fig(_GERMAN_BALANCE, "175.3 billion euros", pub_year=2023)
    assert (f.measure, f.year) == ("balance", 2021)
    assert series_status(row(f), 0.0) == IN


def test_the_same_gloss_between_dashes_on_another_page():
    # ajot.com ("AJOT 2020: COVID-19 and trade"): the December deficit, a month, never a year's cell
    text = ("The trade deficit – the difference between exports and imports – has continued to rise, although the gap"
            " in goods narrowed to $82.5 billion in December 2020 from $85.5 billion in November.\n")
    f = fig(text, "$82.5 billion", pub_year=2021)
    assert f.measure == "balance"
    assert series_status(row(f), 0.0) != IN


# -- "bringing Kenya's export earnings from the two countries to $161 million": a flow to or from a group the
#    sentence named is no one country's (rule joint_partner, reason "partner not a country") -----------------------

_KENYA_EAC = ("Kenya's 2020 exports to EAC hit $1.44 billion\n\nJointly, exports to Uganda, Rwanda and South Sudan"
              " amounted to $1.09 billion in 2020, a 20.8% growth from $909 million in 2019. Trade with Ethiopia and"
              " Sudan also grew significantly by 32.4% and 42%, respectively in 2020, bringing Kenya's export earnings"
              " from the two countries to $161 million.\n")


def test_earnings_from_the_two_countries_are_no_one_countrys():
    # kenyanwallstreet.com: read as Kenya's exports to Sudan in 2020
    f = fig(_KENYA_EAC, "$161 million", pub_year=2021)
    assert (f.reporter_iso3, f.measure, f.partner_iso3, f.year) == ("KEN", "exports", "SDN", 2020)
    assert joint_partner(row(f))
    assert series_status(row(f), 0.0) == "partner not a country"


def test_exports_to_the_seven_regional_countries_are_a_group():
    # thefrontierpost.com 2021-09-28 (APP): the same phrasing with a number and an adjective
    r = {"sentence": "ISLAMABAD (APP): Pakistan's exports to the seven regional countries witnessed an increase of 34.75"
                     " percent in first two months of current financial year (2021-22) as compared to the corresponding"
                     " months of last year.", "figure": "34.75 percent"}
    assert joint_partner(r)


def test_trade_between_the_two_countries_is_the_pair_itself():
    # brecorder.com 2022-01-23: "between the two countries" is the reporter and its partner, a cell of its own
    r = {"sentence": "BEIJING: Pakistan export to China was increased by 68.9% in 2021 and crossed the historical figure"
                     " of $3.58 billion while the total import and export between the two countries stood at $27.82"
                     " billion.", "figure": "$27.82 billion"}
    assert not joint_partner(r)


# -- "its promises to buy US$200 billion in additional US goods": a purchase promised, not made (vocab status.csv
#    rows "promises to buy", "agreed to buy" ...) ---------------------------------------------------------------

def test_a_promise_to_buy_is_a_target():
    # scmp.com 2020-01-14: read as China's actual imports from the United States in 2019
    text = ("China's imports from the US fell by a fifth in 2019, as trade war stripped away demand\n\n  • China's imports"
            " from the US dropped to US$122.7 billion in 2019 amid an intensified trade war, China customs data released"
            " on Tuesday showed\n  • China must engineer a significant rebound in imports to realise its promises to buy"
            " US$200 billion in additional US goods and services in phase one trade deal\n")
    f = fig(text, "US$200 billion", pub_year=2020)
    assert (f.measure, f.status) == ("imports", "target")
    assert series_status(row(f), 0.0) == "target"
    g = fig(text, "US$122.7 billion", pub_year=2020)
    assert (g.reporter_iso3, g.partner_iso3, g.year, g.status) == ("CHN", "USA", 2019, "actual")
    assert series_status(row(g)) == IN


def test_agreed_to_buy_is_a_target():
    # courthousenews.com ("Yearly Trade Gap Falls for First Time Since 2013", 2020)
    text = ("In January, the two countries signed the first phase of a trade agreement after more than a year of back and"
            " forth tariffs. Under the partial deal, China agreed to buy $200 billion more in U.S. goods over the next two"
            " years and the Trump administration abandoned an additional 15% tariff that was set to take effect last"
            " month.\n")
    f = fig(text, "$200 billion", pub_year=2020)
    assert f.status == "target"
    assert series_status(row(f), 0.0) != IN


# -- "goods imported and exported to China amounted to ...": both flows, the turnover (vocab measures.csv rows
#    "imported and exported", "exported and imported") ------------------------------------------------------

def test_goods_imported_and_exported_are_the_turnover():
    # informare.it (2021, China's customs on 2020): read as China's exports
    text = ("Chinese import-export grew by +1.9% in 2020 reaching a record value\n\nThe General Customs Administration of"
            " the Republic People's Party of China today announced that in 2020 the total number of goods imported and"
            " exported to China amounted to the record value of 32.16 trillion yuan (about five trillion dollars), with a"
            " increase of +1.9% on the previous year.\n")
    f = fig(text, "about five trillion dollars", pub_year=2021)
    assert (f.reporter_iso3, f.measure, f.year) == ("CHN", "turnover", 2020)


def test_the_difference_with_a_partner_is_its_balance():
    # borneobulletin.com.bn (AFP, "China's US surplus jumps as trade with world picks up"): the same gloss as subject
    text = ("China's trade surplus with the United States expanded last year, raising the possibility of fresh"
            " blowback from President Donald Trump.\n\nThe figures yesterday showed the difference between exports and"
            " imports with the United States expanded 10 per cent to US$275.8 billion.\n")
    f = fig(text, "US$275.8 billion", pub_year=2018)
    assert (f.measure, f.partner_iso3) == ("balance", "USA")


# -- "a deficit of ¥5,827.1 billion in trade with China and a surplus of ¥6,535.6 billion with the United States":
#    the place right after an amount behind "with" is its own counterpart (rule right_after) --------------------

def test_a_surplus_with_the_place_right_after_it():
    # japannews.yomiuri.co.jp 2023-01-19 (Jiji Press): read as Japan's balance with China
    text = ("Japan Logs Record Trade Deficit in 2022\n\nIn trade with Russia, Japan logged a deficit of ¥1,352.3 billion,"
            " as automobile exports shrank while LNG imports climbed.\n\nJapan logged a deficit of ¥5,827.1 billion in"
            " trade with China and a surplus of ¥6,535.6 billion with the United States.\n")
    f = fig(text, "¥6,535.6 billion", pub_year=2023)
    assert (f.reporter_iso3, f.measure, f.partner_iso3) == ("JPN", "balance", "USA")
    assert rule(f, "partner") == "right_after"
    g = fig(text, "¥5,827.1 billion", pub_year=2023)
    assert (g.measure, g.partner_iso3) == ("balance", "CHN")

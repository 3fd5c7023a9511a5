"""Session 45, panel precision on fresh pages: 24 trade news pages of outlets in no data/*/raw/sources.csv (20 English
of Asia, the Americas, Africa and the Gulf, 4 Russian), built and every series cell read against its sentence. 21 of 27
cells were right; the rules below remove five of the six wrong cells (and one wrong cell they uncovered), the sixth is
a strict known miss. Sentences are quoted from the pages named."""
from __future__ import annotations

import pytest

from phrasing import one_figure, row
from tradeflows.dataset.cues_measure import product_rule
from tradeflows.dataset.series import series_status

# china.embassy.gov.au/bjng/relations2.html (Australian embassy in Beijing, undated, figures of 2009)
EMBASSY = ("In 2009 China surpassed Japan to become Australia's largest export market, with total merchandise exports "
           "to China valued at A$42.4 billion, an increase of 31.2 per cent over the previous year. Resources continue "
           "to underpin Australia’s exports to China. Australia exported 266.2 million tonnes of iron ore to China in "
           "2009 (A$21.7 billion in value terms), an increase of 45.2 per cent over the same period in 2008.\n"
           "Australia exported A$3.4 billion in agricultural goods to China in 2009 representing a fall of 2.2 per cent "
           "over 2008.\n"
           "In the past ten years, China has risen from our 10th-largest export market for elaborately transformed "
           "manufactures (valued at A$642 million in 2000) to our third-largest.")

# ethiopianreview.com/content/922 (Reuters, Ethiopia's fiscal 2006/07)
ETHIOPIA = ("ADDIS ABABA (Reuters) – Ethiopia earned more than $1.3 billion from exports in 2006/07, missing its $1.5 "
            "billion target owing to price fluctuations in international markets, the Ministry of Trade and Industry "
            "said on Tuesday.\nEthiopia exported 176,390 tonnes of coffee earning $424 million in 2006/07, up from the "
            "153,155 tonnes that grossed $365.8 million in 2005/6, but lower than a projected $488 million, the ministry "
            "said.")


def _status(text: str, fig: str, **kw) -> str:
    return series_status(row(one_figure(text, fig, **kw)))


def test_total_exports_to_partner_stays_in():
    """'total merchandise exports to China valued at A$42.4 billion': the flow itself, no product."""
    assert _status(EMBASSY, "A$42.4 billion", pub_year=2010) == "in"


def test_tonnes_of_a_good_before_the_amount_is_that_goods():
    """'exported 266.2 million tonnes of iron ore to China in 2009 (A$21.7 billion in value terms)' (embassy page) and
    'exported 176,390 tonnes of coffee earning $424 million' (ethiopianreview.com): a quantity of a named good before
    the amount makes it that good's (quantity_of_goods)."""
    assert product_rule(row(one_figure(EMBASSY, "A$21.7 billion", pub_year=2010))) == "quantity_of_goods"
    assert _status(EMBASSY, "A$21.7 billion", pub_year=2010) == "product"
    assert product_rule(row(one_figure(ETHIOPIA, "$424 million", pub_year=2008))) == "quantity_of_goods"
    assert product_rule(row(one_figure(ETHIOPIA, "$365.8 million", pub_year=2008))) == "quantity_of_goods"
    # tonnes of goods in general name no good
    text = "In 2021 the country exported 3.5 million tonnes of goods worth $4.2 billion to its neighbours."
    assert product_rule(row(one_figure(text, "$4.2 billion", pub_year=2022))) is None


def test_amount_in_a_kind_of_goods():
    """'Australia exported A$3.4 billion in agricultural goods to China in 2009': a kind of goods (product_in_kind)."""
    assert product_rule(row(one_figure(EMBASSY, "A$3.4 billion", pub_year=2010))) == "product_in_kind"


def test_bracket_valued_at_after_a_kind_of_goods():
    """'export market for elaborately transformed manufactures (valued at A$642 million in 2000)': product_worth."""
    assert product_rule(row(one_figure(EMBASSY, "A$642 million", pub_year=2010))) == "product_worth"


def test_fiscal_span_with_one_digit():
    """'grossed $365.8 million in 2005/6': the fiscal span 2005/06, not the calendar year 2005 (span_one_digit)."""
    f = one_figure(ETHIOPIA, "$365.8 million", pub_year=2008)
    assert f.year == 2006 and f.period_start != "2005-01"


def test_exports_to_an_unplaced_name_are_no_world_total():
    """arabpress.com (Xi's visit to Riyadh, December 2022): 'Chinese exports to the Kingdom amounted to a whopping
    $30.32 billion in 2021' - a counterpart the place registry does not know; the flow is not China's total
    (flow_to_unplaced: owner_own_flow does not give the world)."""
    text = ("China remained the Kingdom’s primary trading partner. According to the United Nations Comtrade database on "
            "international trade, Chinese exports to the Kingdom amounted to a whopping $30.32 billion in 2021.")
    r = row(one_figure(text, "$30.32 billion", pub_year=2022))
    assert "owner_own_flow" not in r["fact_rules"]
    assert series_status(r) != "in"
    # the owner's own total still is the world's
    r = row(one_figure("Turkey's exports amounted to $254.17 billion in 2022.", "$254.17 billion", pub_year=2023))
    assert "partner:owner_own_flow" in r["fact_rules"]


def test_last_year_after_a_base_level_on_an_undated_page_is_weak():
    """calendar-australia.com (undated): 'Australian exports to China have surged despite the curbs, rising to A$175
    billion last year from A$149 billion in 2019' - the change between two levels may span several years, so 'last
    year' read as 2020 is a guess (weak relative_from_level); 'last year, compared with 2016' stays strong."""
    text = ("Overall, however, Australian exports to China have surged despite the curbs, rising to A$175 billion last "
            "year from A$149 billion in 2019 in large part thanks to a booming iron ore trade.")
    r = row(one_figure(text, "A$175 billion"))
    assert "year:relative_from_level" in r["fact_rules"]
    assert series_status(r) != "in"
    r = row(one_figure("Exports rose to $120 billion last year, compared with 2016.", "$120 billion"))
    assert "year:relative_after_base" in r["fact_rules"]


@pytest.mark.xfail(strict=True, reason="'the previous year' after a fiscal year July 2018 - July 2019 is not read; "
                                       "the amount takes the paragraph's calendar 2019")
def test_previous_fiscal_year_total():
    """newbusinessethiopia.com/trade/ethiopias-export-earning-continues-to-decline: 'Compared to the $2.84 billion
    total export income the country has earned the previous year' is the fiscal year 2017/18, no calendar cell."""
    text = ("Ethiopia’s export performance which has been declining since 2012, has dropped by $170 million for the fiscal "
            "year concluded July 7, 2019 as compared to the previous year.\nThe country has earned a total of $2.67 "
            "billion from July 8, 2018 – July 7, 2019. Compared to the $2.84 billion total export income the country has "
            "earned the previous year, the income has declined by $170 million.")
    assert _status(text, "$2.84 billion") != "in"   # (the page gives no date)

"""Session 44, data/web32 (English pages on the trade of Serbia, Moldova, Papua New Guinea, Honduras, Senegal,
Tajikistan, Bosnia, Albania, Costa Rica, Sierra Leone): local currency names (the convertible mark "KM" and "Bosnian
Marks", "lei" on a Moldovan page, "Lek" before its amount), a country's all-capitals alias read in capitals only, and the
percent phrasings of the set's tuned pages (a plus spaced from its number, a rate restated as an amount before its
comparative, a comparative around "by", a percent of a base period's level). Real sentences of stored pages whose
outlets are in no data set where one was found (named in each test), exact values."""
from __future__ import annotations

import pytest
from phrasing import figs

# thesrpskatimes.com/republika-srpska-experiences-a-boost-in-food-exports/ (January 30, 2014)
_SRPSKA = ("Food exports in Republika Srpska reached a record level last year, with milk being the most exported item"
           " from this B&H entity, said the Secretary of the Industry for Agriculture and Food, Slavko Stevanovic.\n\n"
           "Namely, in comparison to 2012 the food export increased by 7.8% or 14.6 million KM.\n\n"
           "With a 1.5% increase in imports, imbalance was reduced by 3.2 million KM and the import- export coverage"
           " increased from 27.5% to 29.1%.\n")

# bosnianews.blogspot.com/2008/09/bosnian-trade-deficit-worsens.html
_BOSNIANEWS = ("SARAJEVO, Bosnia (September 22,2008) - In the first eight months of 2008, Bosnia exported 4.5 billion"
               " Bosnian Marks worth of goods, while the imports amounted to 10.8 billion Bosnian Marks.\n")

# financialtribune.com/articles/world-economy/9011/tajik-trade-grows
_TRIBUNE = ("In 2014, the external trade turnover of Tajikistan, including electrical power and natural gas, amounted to"
            " $5.319b, which was 106.3% of the 2014 level or $314m more, the first deputy head of the Customs Service"
            " under the government of Tajikistan, Nemat Rahmatov, announced at a news conference in Dushanbe Wednesday,"
            " Asia Plus said.\n")


def _money(text: str, **kw) -> list[tuple]:
    return [(f.figure, f.value, f.currency, f.rule) for f in figs(text, **kw) if f.kind == "money"]


def _rates(text: str, **kw) -> list[tuple]:
    return [(f.figure, f.kind, f.value, f.rule) for f in figs(text, **kw) if f.kind != "money"]


def test_km_on_a_bosnian_page_is_the_convertible_mark():
    """currencies.csv 'KM,BAM,both,BIH' (rule convertible_mark_km): read by the page's country."""
    text = "Bosnia and Herzegovina: " + _SRPSKA.split("\n\n")[1] + "\n"
    assert _money(text) == [("14.6 million KM", 14600000.0, "BAM", "money_word_after:document_country")]


def test_km_off_a_bosnian_page_and_km_in_lower_case_are_no_money():
    """'KM' has no default row: with no Bosnian place named it is nothing; and a country's all-capitals alias is read
    in capitals only (rule capitals_alias), so '14.6 million km' is no money even on a Bosnian page."""
    sentence = _SRPSKA.split("\n\n")[1]
    assert _money(sentence + "\n") == []
    assert _money("Bosnia and Herzegovina: " + sentence.replace("KM", "km") + "\n") == []


@pytest.mark.xfail(strict=True, reason="'Republika Srpska' and 'B&H' are not read as Bosnia and Herzegovina")
def test_km_on_a_page_naming_its_country_only_as_republika_srpska():
    """Known gap: the page names its country only as 'Republika Srpska' and 'this B&H entity', which the places
    do not read as Bosnia and Herzegovina, so its 'KM' stays no currency."""
    assert ("14.6 million KM", 14600000.0, "BAM", "money_word_after:document_country") in _money(_SRPSKA)


def test_bosnian_marks_by_their_english_name():
    assert _money(_BOSNIANEWS) == [("4.5 billion Bosnian Marks", 4500000000.0, "BAM", "money_word_after"),
                                   ("10.8 billion Bosnian Marks", 10800000000.0, "BAM", "money_word_after")]


def test_lei_on_a_moldovan_page_is_the_moldovan_leu_elsewhere_the_romanian():
    """currencies.csv 'lei,MDL,after,MDA' (rule moldovan_lei), the sentence of web32's tuned page bb02
    (moldovalive.md); the same sentence with Romania named keeps the default RON."""
    s = "In the first three months of the year, the export of goods and products amounted to 1.07 billion lei."
    assert _money("The trade deficit in Moldova increased. " + s + "\n") == [
        ("1.07 billion lei", 1070000000.0, "MDL", "money_word_after:lead_country")]
    assert _money("Romania's trade deficit increased. " + s + "\n")[0][2] == "RON"


def test_lek_before_its_amount():
    """currencies.csv 'Lek,ALL,before,' (rule lek_before); no page of an outlet outside the data sets writing the lek
    before its amount was found in the stored pages: the sentence is web32's tuned page bb08 (invest-in-albania.org)."""
    s = "Meanwhile, the volume of imports in September was Lek 69 billion, or 31.6 percent compared to September 2020.\n"
    assert _money(s) == [("Lek 69 billion", 69000000000.0, "ALL", "money_symbol_before")]
    # ... and the rate restated after "or" against a month (rule growth_percent_comparative, amount_or_compared)
    assert _rates(s) == [("31.6 percent", "growth", 31.6, "growth_percent_comparative")]


def test_a_percent_of_a_base_years_level_is_an_index():
    """Rule growth_index_level: '106.3% of the 2014 level' is a rise of 6.3% (financialtribune.com); below 100 a
    fall ('90.8 percent of the 2015 level', web32's tuned page bb06, asiaplus.tj: -9.2)."""
    assert ("106.3%", "growth", 6.3, "growth_index_level") in _rates(_TRIBUNE)
    s = ("In 2016, the foreign trade turnover of Tajikistan amounted to 3.9296 billion U.S. dollars, which was 90.8"
         " percent of the 2015 level or 370 million U.S. dollars fewer.\n")
    assert _rates(s) == [("90.8 percent", "growth", -9.2, "growth_index_level")]


def test_a_rate_restated_as_an_amount_before_its_comparative():
    """Rule or_amount_comparative (kinds._OR_AMOUNT): '0.9 percent or 8.1 million USD more than', '18 percent or
    nearly one billion U.S. dollars less than' (web32's tuned page bb06, asiaplus.tj)."""
    s = ("Exports of goods last year reportedly amounted to 898.7 million U.S. dollars, which was 0.9 percent or 8.1"
         " million USD more than in 2015.\n")
    assert ("0.9 percent", "growth", 0.9, "growth_percent_comparative") in _rates(s)
    s = ("In 2015, the country's external trade turnover amounted to 4.3 billion U.S. dollars, which was 18 percent"
         " or nearly one billion U.S. dollars less than in 2014.\n")
    assert _rates(s) == [("18 percent", "growth", -18.0, "growth_percent_comparative")]


def test_a_comparative_around_by_gives_the_sign():
    """Rule growth_percent_by_comparative: 'smaller by 25.7% than', 'by 23.1% less in relation to' (web32's tuned page
    bb07, parco.gov.ba); with a change verb in the clause the verb still decides (growth_percent_by)."""
    s = ("In the first six months of 2009, achieved import of 7.45 billion KM has been smaller by 25.7% than in the"
         " first half of last year.\n")
    assert _rates(s) == [("25.7%", "growth", -25.7, "growth_percent_by_comparative")]
    s = ("In that period, export in the value of 3.64 billion KM has been reached, which is by 23.1% less in relation"
         " to the same period of last year.\n")
    assert _rates(s) == [("23.1%", "growth", -23.1, "growth_percent_by_comparative")]
    # bosnianews.blogspot.com: "by 1.5 billion Bosnian Marks higher" is an amount, no rate
    assert _rates(_BOSNIANEWS) == []


def test_a_plus_spaced_from_its_percent():
    """SIGN_BEFORE (rule plus_spaced): 'September imports + 31.6% year/year' (web32's tuned page bb08); a minus so
    spaced stays a dash."""
    assert _rates("September imports + 31.6% year/year\n") == [("31.6%", "growth", 31.6, "growth_percent_sign")]


def test_a_default_alias_in_capitals_is_still_read_in_lower_case():
    """Rule capitals_alias keeps to a country's alias: 'USD' (a default row) is read as 'usd' as before
    (tests/test_periods_news.py, jctrans: '177.47 bln usd')."""
    assert _money("The January-March surplus is equivalent to just over a quarter of the 177.47 bln usd trade surplus"
                  " recorded during 2006.\n") == [("177.47 bln usd", 177470000000.0, "USD", "money_word_after")]

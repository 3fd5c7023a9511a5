"""Session 44, helper xrurep: reporters of Russian (and English) pages across sets.

Rule currency_country: a page whose title and opening name no place, whose amounts are in one country's own
currency, is that country's (before its outlet's web domain, rule outlet)."""
from __future__ import annotations

import pytest

from tradeflows.figures.currencies import issuer, plain_issuer
from tradeflows.pipeline import figures_of_clean
from tradeflows.text.clean import clean_text


def _figures(text: str, outlet: str | None = None, lang: str = "en", pub_year: int = 2023):
    return figures_of_clean(clean_text(text, "web", "t"), "t", None, pub_year, True, None, lang, None, outlet=outlet)


@pytest.mark.parametrize("code, iso3", [
    ("HUF", "HUN"), ("LVL", "LVA"), ("NAD", "NAM"), ("INR", "IND"), ("RUB", "RUS"), ("BYN", "BLR"), ("GBP", "GBR"),
    # spent by many countries as their own, or issued by no one country: no issuer
    ("USD", None), ("EUR", None), ("AUD", None), ("XOF", None), (None, None), ("", None),
])
def test_a_currency_names_its_issuer_only_when_few_territories_spend_it(code, iso3):
    assert issuer(code) == iso3


@pytest.mark.parametrize("code, figure, iso3", [
    ("NAD", "N$892 million", "NAM"), ("HUF", "HUF 605 billion", "HUN"), ("LVL", "507,3 млн латов", "LVA"),
    ("KZT", "5 млрд тенге", "KAZ"), ("INR", "₹5,000 crore", "IND"),
    # a sign another country reads otherwise, read by its default: no country ("¥" the yuan in China, "Rs" Pakistan's
    # or Sri Lanka's rupee, "рублей" Belarus's ruble on a Belarusian page)
    ("JPY", "¥79.22 trillion", None), ("INR", "Rs. 5,000 crore", None), ("RUB", "5 млрд рублей", None),
])
def test_only_a_plainly_named_currency_names_its_issuer(code, figure, iso3):
    assert plain_issuer(code, figure) == iso3


# https://www.observer24.com.na/category/observer-money/page/146 (The Namibian Observer): the snippet names no place
OBSERVER24 = ("The Petroleum oils import bill increased by N$892 million in August, trade statistics have revealed. "
              "This increase was one of the leading causes that lead to the country’s trade balance standing at a "
              "deficit of N$4.9 billion compared to N$3.7 billion and N$4.1 billion recorded in July 2023 and August "
              "2022.")


def test_a_page_naming_no_place_is_the_country_of_its_currency():
    figs = [f for f in _figures(OBSERVER24) if f.kind == "money"]
    assert [(f.figure, f.currency, f.reporter, f.reporter_iso3) for f in figs] == [
        ("N$892 million", "NAD", "Namibia", "NAM"), ("N$4.9 billion", "NAD", "Namibia", "NAM"),
        ("N$3.7 billion", "NAD", "Namibia", "NAM"), ("N$4.1 billion", "NAD", "Namibia", "NAM")]
    assert all("reporter:currency_country" in f.fact_rules for f in figs)


def test_the_currency_beats_the_outlets_domain():
    # the same text on an outlet of another country's domain
    figs = [f for f in _figures(OBSERVER24, outlet="ZAF") if f.kind == "money"]
    assert {(f.reporter_iso3, f.fact_rules.split(";")[1]) for f in figs} == {("NAM", "reporter:currency_country")}


def test_dollars_and_a_page_that_names_its_country_keep_their_rules():
    # US dollars name no country: the outlet's domain decides (ruweb r01, utrk.kg)
    text = ("Объем внешней и взаимной торговли в январе-августе составил $4,3 млрд и вырос на 19,7%. Об этом "
            "сообщает Национальный статистический комитет.")
    figs = _figures(text, outlet="KGZ", lang="ru")
    assert [(f.reporter, f.fact_rules.split(";")[1]) for f in figs] == [("Kyrgyzstan", "reporter:outlet")] * 2
    # a page that names its country: its head, whatever the currency
    figs = _figures("Namibia's trade deficit widened to N$4.9 billion in August.")
    assert [(f.reporter, f.fact_rules.split(";")[1]) for f in figs] == [("Namibia", "reporter:possessive")]


def test_two_countries_currencies_name_none():
    # invented: forints and Namibian dollars on one page naming no place
    figs = _figures("The trade deficit was N$4.9 billion in August. The surplus was HUF 605 billion.")
    assert [f.reporter for f in figs] == [None, None]


def test_a_russian_page_counting_in_lats_is_latvias():
    # ruweb5 g08 (bnn-news.ru, a Russian domain) names no place; its lats are Latvia's
    text = ("Общий объем внешнего товарооборота в фактических ценах в 2010 году достиг 507,3 млн латов — это на "
            "2 195,3 млн латов или на 26,4% больше, чем в 2009 году.")
    figs = _figures(text, outlet="RUS", lang="ru", pub_year=2011)
    assert [(f.figure, f.reporter_iso3) for f in figs] == [
        ("507,3 млн латов", "LVA"), ("2 195,3 млн латов", "LVA"), ("26,4%", "LVA")]
    assert all("reporter:currency_country" in f.fact_rules for f in figs)

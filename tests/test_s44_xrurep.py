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


# Rule ranked_before: a sentence naming no place after a sentence that ranks a place among the reporter's partners


def _partner(figs, figure):
    f = next(f for f in figs if f.figure == figure)
    return f.partner, [r for r in f.fact_rules.split(";") if r.startswith("partner:")][0]


def test_a_figure_after_a_ranking_is_the_ranked_places_trade():
    # ruweb20 ba03 (tatcenter.ru): "внешнеторговый оборот" would be the world (world_cue)
    text = ("Тем более, что за последние годы наметилась тенденция роста товарооборота между Татарстаном и "
            "Нидерландами. По итогам 2003 года Нидерланды занимали 3 место среди стран-торговых партнеров РТ. По "
            "сравнению с уровнем 2002 года внешнеторговый оборот увеличился в 4,36 раза и составил 530,14 млн. долларов.")
    figs = _figures(text, lang="ru", pub_year=2004)
    assert _partner(figs, "в 4,36 раза") == ("Netherlands", "partner:ranked_before")
    assert _partner(figs, "530,14 млн. долларов") == ("Netherlands", "partner:ranked_before")


def test_a_share_of_the_reporters_whole_after_a_ranking_is_the_ranked_places():
    # ruweb10 af08 (mirperemen.net)
    text = ("Россия находится на втором месте среди крупнейших торговых партнеров Грузии. За полгода ее доля в объеме "
            "внешней торговли Грузии составила 12,4%.")
    assert _partner(_figures(text, lang="ru"), "12,4%") == ("Russia", "partner:ranked_before")


def test_a_flow_the_next_sentence_gives_its_owner_is_not_the_ranked_places():
    # the ranking of ruweb10 af08, then a sentence of morning-news.ru (2017/05, an outlet in no data set) naming
    # Georgia's own turnover: Georgia's total, the world
    text = ("Россия находится на втором месте среди крупнейших торговых партнеров Грузии. Внешнеторговый оборот "
            "Грузии в январе-апреле 2017-ого составил не менее порядка 3,1 млрд долларов (без учета неорганизованной "
            "торговли), что на 17% больше данных за похожий период 2016 г.")
    figs = _figures(text, lang="ru", pub_year=2017)
    assert _partner(figs, "порядка 3,1 млрд долларов")[0] == "world"


def test_the_ranked_place_skips_the_reporters_country_and_the_rivals_passed():
    # ruweb6 e05 (vkurier.by): Belarus is the reporter's (the Vitebsk Region's) country
    text = ("Экспорт товаров Витебской области за январь-июнь превысил $1,5 млрд. Из них на страны СНГ и ЕАЭС пришлось "
            "$660 млн и $617 млн соответственно, в Российскую Федерацию область сделала поставки на $590 млн.\n"
            "Первое место среди государств, "
            "куда предприятия северного региона Беларуси поставляют свою продукцию, занимает Россия. На долю соседней "
            "страны в январе-мае пришлось почти 40%. В страны Евросоюза Витебская область экспортировала более 36%, в "
            "остальные — около 23%.")
    assert _partner(_figures(text, lang="ru"), "почти 40%") == ("Russia", "partner:ranked_before")
    # ruweb18 aw07 (samaratoday.ru): the ranked place is the figure's reporter there, Ukraine: no ranked partner;
    # the rivals passed (the US, Germany) never are
    text = ("По итогам первого полугодия Украина обошла США и Германию и вышла на 1 место среди стран дальнего и "
            "ближнего зарубежья по объему торговли с Самарской областью. Этот показатель составил почти 206 миллионов "
            "долларов, или 9% от общего внешнеторгового оборота области.")
    for figure in ("почти 206 миллионов долларов", "9%"):
        assert _partner(_figures(text, lang="ru"), figure)[0] not in ("United States", "Germany")


def test_an_english_ranking_reads_alike():
    # invented after the Russian rows: "ranked third among"
    text = ("The Netherlands ranked third among Tatarstan's trading partners in 2003. Compared with 2002, foreign "
            "trade turnover grew 4.36 times to $530.14 million.")
    assert _partner(_figures(text, pub_year=2004), "$530.14 million") == ("Netherlands", "partner:ranked_before")

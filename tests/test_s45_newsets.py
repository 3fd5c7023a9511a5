"""Session 45 (newsets): phrasings the two blind sets of the session (data/web33, data/ruweb22) missed on their tuned
pages, each with the tuned page's sentence and a sentence of another outlet."""
from __future__ import annotations

from decimal import Decimal

from phrasing import figs, one_figure


def _money(text: str) -> list[tuple]:
    return [(f.figure, f.value, f.currency) for f in figs(text) if f.kind == "money"]


# --- money -------------------------------------------------------------------------------------------------------------

def test_the_koruna_sign_without_its_hacek_stands_before_the_amount():
    """vocab/en/currencies.csv rows Kc, Kč (rule koruna_sign_kc): ČTK's English service (data/web33 tuned page bd02,
    praguebusinessjournal) writes the koruna "Kc" glued to the amount; the sign with its hacek as penketrading.com
    writes it ("Current worth Kč442.06")."""
    f = one_figure("Czech export reached a record amount last year, growing by 5.7 percent annually to Kc4,200bn in the "
                   "cross-border concept, the Czech Statistical Office (CSU) said today.", "Kc4,200bn")
    assert (f.value, f.currency) == (Decimal("4200000000000"), "CZK")
    f = one_figure("What is your share worth? Current worth Kč442.06 million", "Kč442.06 million")
    assert (f.value, f.currency) == (Decimal("442060000"), "CZK")


def test_went_down_with_a_comma_before_its_by_is_a_fall():
    """vocab/en/cues.csv row "went down" (down, left), the twin of "went up": 'only export to Slovakia went down, by
    nearly 2 percent to Kc324bn' (data/web33 bd02); a money change after it keeps its written sign (GUIDELINES):
    "'Other Manufactures' went down by $17.2 million" (ctv3belizenews.com)."""
    f = one_figure("Among major export destinations, only export to Slovakia went down, by nearly 2 percent to Kc324bn.",
                   "nearly 2 percent")
    assert (f.kind, f.value) == ("growth", Decimal("-2"))
    assert _money("'Other Manufactures' went down by $17.2 million, while imports of 'Food and Live Animals' declined "
                  "by $13.3 million.") == [("$17.2 million", Decimal("17200000"), "USD"),
                                          ("$13.3 million", Decimal("13300000"), "USD")]


def test_a_slash_after_a_scale_word_parts_an_amount_from_its_conversion():
    """figures/extract.py _URLISH (rule slash_after_scale): '1.9 billion levs ($1.2 billion/971.4 million euro)'
    (data/web33 bd03, hbcbg.com): the amount after the slash is the euro conversion, no path of a link; a link's path
    still keeps its digits out ('www.example.com/2021/05')."""
    got = _money("Bulgaria's trade deficit increased to some 1.9 billion levs ($1.2 billion/971.4 million euro) in the "
                 "first four months of 2021, compared to a gap of 1.4 billion levs in the same period of 2020.")
    assert ("971.4 million euro", Decimal("971400000"), "EUR") in got
    assert ("$1.2 billion", Decimal("1200000000"), "USD") in got
    assert _money("Read more at www.example.com/2021/5 million-dollar-deals today.") == []


def test_an_exchange_rate_quoted_beside_the_amounts_is_no_money_figure():
    """figures/extract.py rule rate_quote: '(the dollar equals 27.7 liras)' (data/web33 bd07, move2turkey.com) and
    '(1 U.S. dollar = 1.69 BGN)' (bssnews.net, BSS/Xinhua, "Bulgaria's trade deficit with non-EU countries almost
    doubles in H1") quote a rate, no amount; the scaled amounts beside them stay."""
    assert _money("The value of Turkish exports in lira in the first 9 months of the year amounted to 150 billion and "
                  "581 million liras (the dollar equals 27.7 liras).") == [
        ("150 billion and 581 million liras", Decimal("150581000000"), "TRY")]
    assert _money("Meanwhile, Bulgarian imports from the non-EU countries increased by 1.4 percent to 10.6 billion BGN, "
                  "the NSI said. (1 U.S. dollar = 1.69 BGN)") == [("10.6 billion BGN", Decimal("10600000000"), "BGN")]
    # a level that a verb "equals" is still money
    assert _money("Exports equalled $5,000 last month.") == [("$5,000", Decimal("5000"), "USD")]


# --- reporters (ruweb22) -----------------------------------------------------------------------------------------------

def _ru(text: str, year: int = 2021) -> dict:
    from tradeflows.pipeline import figures_of_text
    return {f.figure: (f.reporter, f.partner) for f in figures_of_text(text, "t", "web", pub_year=year)}


def test_an_export_of_goods_from_a_region_names_the_exporter_as_the_pages_subject():
    """vocab/ru/patterns.csv, the s45 row of cue exports_from: "Экспорт рыбы из Приморья пошел на спад" (data/ruweb22 tuned
    page be03, fishnet.ru): the region the goods leave is the page's exporter; the markets listed after stay its
    counterparts (before, South Korea, the first market of the list, was taken for the page's subject). Interfax's
    "Экспорт лесоматериалов из Приморья в 2020г сократился на 16,2%, большая часть поставлена в Китай"
    (interfax-russia.ru) names the same side."""
    got = _ru("Экспорт рыбы из Приморья пошел на спад\n"
              "В январе-сентябре предприятия края реализовали зарубежным покупателям 327,1 тыс. тонн рыбы и морепродуктов. "
              "По сравнению с аналогичным периодом прошлого года объемы экспорта снизились на 10,3%.\n"
              "При этом стоимость рыбного экспорта выросла на 3,6% и составила 541,6 млн. долларов.\n"
              "Наибольшие стоимостные объемы экспорта пришлись на соседние по АТР страны: Республику Корея – 205 млн. "
              "долларов (38%), Китай – 178,3 млн. долларов (33%) и Японию – 74,7 млн. долларов (14%).\n")
    assert got["541,6 млн. долларов"] == ("Primorsky Krai", "world")
    assert got["205 млн. долларов"] == ("Primorsky Krai", "South Korea")
    assert got["178,3 млн. долларов"] == ("Primorsky Krai", "China")
    got = _ru("Экспорт лесоматериалов из Приморья в 2020г сократился на 16,2%, большая часть поставлена в Китай\n")
    assert got["16,2%"][0] == "Primorsky Krai"


def test_an_export_from_one_country_into_another_with_no_goods_leaves_the_pair_to_the_frame():
    """The s45 row wants the goods between: "экспорт из Китая в Россию" on a pair's page (data/russian u09, toros)
    is read by the flow frame, China to Russia, and gives the page no subject of its own."""
    got = _ru("За указанный период экспорт из Китая в Россию увеличился на 17,0 % и составил 31,37 миллиарда долларов.\n",
              2017)
    assert got["31,37 миллиарда долларов"] == ("China", "Russia")

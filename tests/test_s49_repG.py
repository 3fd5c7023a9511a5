"""Session 49, helper repG: the owner of a GDP or economy figure named in its clause reports it (reporter rule
gdp_owner, facts/reporters_gdp.py): a possessive ("Malaysia's economy grew 4.4%"), a demonym ("The Chilean economy
grew"), the noun's genitive in Russian ("ВВП Беларуси снизился на 3,3%") or "the economy of". On a page about Russia's
trade with Belarus the page's subject (Russia) had taken Belarus's GDP (ruweb26); the phrasing stands on pages of
web6, web9, web10, web35, web36 and ruweb26 (12 figures, all right after). Not a figure behind a flow word ("Vietnam's
economy relies on exports, which rose 10%"): the flow's.
The sentences below come from stored pages of outlets no development set holds.
"""
from __future__ import annotations

from phrasing import owned_facts


def facts(text: str) -> list[tuple]:
    return owned_facts(text)


# rda.btb.by, "Белорусская экономика отступает по всем фронтам" (the Belarusian GDP, behind a Russian title)
BTB = ("Товарооборот России и Беларуси снизился\n"
       "Российский экспорт в Беларусь сократился. "
       "Согласно опубликованным Белстатом официальным данным, ВВП Беларуси за первое полугодие снизился на 3,3% "
       "при годовом прогнозе роста 0,2-0,7%.\n")

# oann.com, "Malaysia's economic growth slows to 4.4% in third quarter" (2019-11-15), behind a title on Singapore
OANN = ("Singapore's exports to Malaysia fall\n"
        "Singapore's exports to Malaysia fell in October. "
        "Malaysia’s economy grew 4.4% in the third quarter from a year earlier, the central bank said on Friday.\n")


def test_russian_genitive_owner_of_gdp_reports_it():
    """'ВВП Беларуси ... снизился на 3,3%' on a page led by Russia's trade: Belarus, no partner (subject gave Russia)."""
    got = [x for x in facts(BTB) if x[0] == "3,3%"]
    assert got == [("3,3%", "gdp", "Belarus", None, "gdp_owner")]


def test_possessive_owner_of_economy_reports_it():
    """'Malaysia’s economy grew 4.4%' on a page led by Singapore: Malaysia, no partner."""
    got = [x for x in facts(OANN) if x[0] == "4.4%"]
    assert got == [("4.4%", "gdp", "Malaysia", None, "gdp_owner")]


def test_a_flow_word_between_economy_and_figure_keeps_the_flow():
    """"Vietnam's economy relies on exports, which rose 10%": a flow's figure, no gdp_owner."""
    text = "Vietnam's trade with Japan\nVietnam's economy relies on exports, which rose 10% in 2022.\n"
    assert all(x[4] != "gdp_owner" for x in facts(text))

"""Session 49, helper repF: a country ranked as an exporter or importer owns the figure given with it (reporter rule
exporter_named, facts/reporters_exporter.py), and its counterpart is the page's, else the world (partner rule
exporter_counterpart). On the freshly opened sets the page's subject took such figures ("Major exporting countries in
2016 were South Africa, accounting for (20%), Algeria (14%) ..." on Africa's trade with the EU -> Africa; "Germany turns
out to be the largest exporter (8,8 billion, 33%) among EU countries" -> the EU): web36, web37 and external pages.
The sentences below come from stored pages of outlets no development set holds.
"""
from __future__ import annotations

from phrasing import owned_facts


def facts(text: str) -> list[tuple]:
    return owned_facts(text, ("reporter", "partner"))


# news.starfolksoftware.com, "Top 10 largest exporting countries in the world: China leads with $3.38 trillion"
STARFOLK = ("Top 10 largest exporting countries in the world\n"
            "The global trade landscape is shaped by the world's largest exporting countries. "
            "The United States follows as the second-largest exporter, with $2.02 trillion in exported goods.\n")

# s3solutions.in, "Can you spot India on this 'world's biggest exporters' map?" (21-07-2018, from Financial Express)
S3 = ("Can you spot India on this world's biggest exporters map?\n"
      "India's exports growth story has been phenomenal lately with double-digit growth registered in the last two "
      "months. As per 2017 data, the world's top five exporters are China $2,263 billion; United States $1,547 "
      "billion; Germany $1,448 billion; Japan $698 billion; Netherlands $652 billion.\n")


def test_the_country_ranked_as_exporter_owns_the_figure_after_the_noun():
    """', with $2.02 trillion' right after 'the second-largest exporter': the country the clause ranks so owns it,
    its whole exports (the page names no counterpart)."""
    assert facts(STARFOLK) == [("$2.02 trillion", "exports", "United States", "world",
                                "exporter_named", "exporter_counterpart")]


def test_each_item_of_a_ranking_of_exporters_owns_its_figure():
    """'the world's top five exporters are China $2,263 billion; United States $1,547 billion; ...' on a page about
    India: each item reports its own figure, to the world; not India (the subject), not the item before (the partner
    rule sentence gave 'United States' the partner China)."""
    got = facts(S3)
    assert [(f, r, p) for f, _, r, p, _, _ in got] == [
        ("$2,263 billion", "China", "world"), ("$1,547 billion", "United States", "world"),
        ("$1,448 billion", "Germany", "world"), ("$698 billion", "Japan", "world"),
        ("$652 billion", "Netherlands", "world")]
    assert {(rr, pr) for *_, rr, pr in got} == {("exporter_named", "exporter_counterpart")}


def test_a_bracketed_list_after_exporting_countries_on_a_pair_page():
    """The bracketed items of 'Major exporting countries ... were' (the phrasing of web36's tralac page, here with other
    countries and shares) on a page about one side's trade with another: each item to the page's counterpart."""
    text = ("West Africa's trade with the European Union\n"
            "West Africa's exports to the European Union fell in 2019. Major exporting countries in 2019 were "
            "Nigeria, accounting for (41%), Ghana (17%), Senegal (6%) and Mali (2%).\n")
    got = {(f, r, p) for f, m, r, p, rr, _ in facts(text) if rr == "exporter_named"}
    assert got == {("41%", "Nigeria", "European Union"), ("17%", "Ghana", "European Union"),
                   ("6%", "Senegal", "European Union"), ("2%", "Mali", "European Union")}


def test_an_item_behind_a_preposition_is_a_destination_not_an_exporter():
    """'Russian exporters shipped most wheat to Egypt (40%)': Egypt stands behind 'to', no listing verb before it;
    'exporters are paying the US $300 billion': the US is a verb's object."""
    got = facts("Russia's grain trade\nRussian exporters shipped most wheat to Egypt (40%) and Turkey (20%) in 2022.\n")
    assert [(f, r, p) for f, _, r, p, _, _ in got] == [("40%", "Russia", "Egypt"), ("20%", "Russia", "Turkey")]
    assert all(rr != "exporter_named" for *_, rr, _ in got)
    got = facts("Chinese exporters are paying the US $300 billion in tariffs, the report said.\n")
    assert all(rr != "exporter_named" for *_, rr, _ in got)


def test_a_role_noun_with_no_country_ranked_decides_nothing():
    """'exporters (12%)' with no country ranked before the noun: the rule abstains."""
    got = facts("Kenya's horticulture\nSmall exporters (12%) lost the most orders in 2021, Kenya's exporters said.\n")
    assert all(rr != "exporter_named" for *_, rr, _ in got)


def test_russian_importers_name_no_owner():
    """Russian 'основными импортерами являются Китай (21%)' means the suppliers (ruweb16's gold: China is the
    counterpart): the rule reads English role nouns only."""
    text = ("Импорт Северо-Запада\nПо данным таможни, 42,6% импорта составляет продукция машиностроения. "
            "Основными импортерами являются Китай (21%) и Германия (10%).\n")
    got = [(f, rr) for f, _, _, _, rr, _ in facts(text)]
    assert got and all(rr != "exporter_named" for _, rr in got)

"""Session 50, helper repI: countries listed with their own figures on a page about another country.

A page about one side often lists other countries, each with its own figure; each listed country owns its figure
(reporter), its counterpart is not the next item of the list. Where the page store gave no page of an outlet outside the
sets with the same phrasing, the tuned page's sentence stands (named in its comment).
"""
from __future__ import annotations

import pytest

from tradeflows.pipeline import figures_of_text


def rows(text: str):
    return [(f.figure, f.reporter, f.partner, f.fact_rules.split(";")[1], f.fact_rules.split(";")[2])
            for f in figures_of_text(text, "page", "txt")]


# myfin.by (data/ruweb22 be05, a tuned page; the page store gave no other outlet's list of loci with a verb of amount):
# the head "в Венгрии составил", later items with their "в" left out, a currency sign before the figure, an abbreviation
# that does not decline ("США"): each item is a locus (reporter rule locus_flow, branch locus_list_item), the world its
# counterpart, not the next item
MYFIN = ("По итогам 2021 года экспорт компьютерных услуг на душу населения в Венгрии составил $ 276, Польше – $ 266, "
         "США – $ 135, Южной Корее – $ 156, Японии – $ 75, России – $ 44, Грузии – $ 35.")


def test_locus_list_after_the_heads_verb_of_amount():
    got = {fig: (rep, par) for fig, rep, par, _, _ in rows(MYFIN)}
    assert got["$ 276"] == ("Hungary", "world")
    assert got["$ 266"] == ("Poland", "world")
    assert got["$ 135"] == ("United States", "world")
    assert got["$ 156"] == ("South Korea", "world")
    assert got["$ 35"] == ("Georgia", "world")
    assert {r for _, _, _, r, _ in rows(MYFIN)} == {"reporter:locus_flow"}


def test_destination_list_stays_partners():
    # an accusative list of destinations ("в Германию ..., Францию – ...") is no list of loci: the page's country is not
    # replaced by its counterparts (the partner rules read them)
    out = rows("Экспорт Литвы в Германию составил 1,2 млрд евро, Францию – 0,8 млрд евро.")
    assert [(fig, rep) for fig, rep, _, _, _ in out] == [("1,2 млрд евро", "Lithuania"), ("0,8 млрд евро", "Lithuania")]


# panamaadvisoryinternationalgroup.com (data/web19 ad10, a tuned page; no other outlet's "exports from A (x), B (y)"
# found in the page store): the origins listed in the slot of "exports from" each own their bracketed figure (reporter
# rule origins_listed), the counterpart is not the next origin (partner rule exporter_counterpart: the world here)
PANAMA = ("The lower export dynamism towards third parties is mainly explained by the fall in the value of exports from "
          "Guatemala (-1.4%), Honduras (-4.3%) and Nicaragua (-5.8%).")


def test_origins_listed_after_exports_from():
    assert rows(PANAMA) == [
        ("1.4%", "Guatemala", "world", "reporter:origins_listed", "partner:exporter_counterpart"),
        ("4.3%", "Honduras", "world", "reporter:origins_listed", "partner:exporter_counterpart"),
        ("5.8%", "Nicaragua", "world", "reporter:origins_listed", "partner:exporter_counterpart"),
    ]


def test_imports_from_lists_suppliers():
    out = rows("Kenya's imports rose, led by imports from China (12%), India (8%) and Japan (5%).")
    assert all(r != "reporter:origins_listed" for _, _, _, r, _ in out)
    assert [rep for _, rep, _, _, _ in out] == ["Kenya", "Kenya", "Kenya"]


def test_exports_from_one_country_to_listed_destinations():
    # "exports from Kenya to Uganda (x), Tanzania (y)": the chain from "exports from" holds a word between: destinations
    out = rows("The value of exports from Kenya to Uganda (12%), Tanzania (8%) and Rwanda (5%) rose.")
    assert all(r != "reporter:origins_listed" for _, _, _, r, _ in out)


# mybusiness.md (data/ruweb25 bk08, a tuned page; the page store gave no other outlet's Russian world ranking with
# bracketed figures): the countries ranked in a ranking of the world ("место в мире", "в этом рейтинге") own their figures
# (reporter rule world_rank_item), the world their counterpart
MYBUSINESS = ("Согласно анализу сайта worldstopexports.com, в 2019 году Молдова экспортировала вина на сумму всего 97,7 "
              "миллиона долларов, что ставит ее на 24-е место в мире. Лидирующие позиции в этом рейтинге занимают Франция "
              "(11 млрд долларов), Италия (7,3 млрд долларов), Испания (3,1 млрд долларов), Австралия (2,1 млрд долларов) "
              "и Чили (1,9 миллиарда долларов), государства, сделавшие вино национальным брендом.")


def test_world_ranking_items_own_their_figures():
    got = {fig: (rep, par, r) for fig, rep, par, r, _ in rows(MYBUSINESS)}
    assert got["97,7 миллиона долларов"][0] == "Moldova"
    assert got["11 млрд долларов"] == ("France", "world", "reporter:world_rank_item")
    assert got["7,3 млрд долларов"] == ("Italy", "world", "reporter:world_rank_item")
    assert got["1,9 миллиарда долларов"] == ("Chile", "world", "reporter:world_rank_item")


# dsnews.ua (data/ruweb25 bk06, a tuned page): the ranking follows "Украина заняла первое место в мире"; the counterpart
# is the page's (the EU)
DSNEWS = ("Украина стала лидером по агроэкспорту в ЕС\n\nСогласно данным отчета, по итогам мая 2019 г. Украина экспортировала "
          "сельскохозяйственной продукции в страны ЕС на €519 млн. Таким образом, по объемам роста экспорта аграрной "
          "продукции в страны ЕС в мае 2019 года Украина заняла первое место в мире. Второе место по этому показателю "
          "занял Китай (€103 млн), третье - США (€67 млн).")


def test_world_ranking_second_and_third_place():
    got = {fig: (rep, par, r) for fig, rep, par, r, _ in rows(DSNEWS)}
    assert got["€103 млн"] == ("China", "European Union", "reporter:world_rank_item")
    assert got["€67 млн"] == ("United States", "European Union", "reporter:world_rank_item")


def test_ranking_of_partners_is_no_world_ranking():
    # a ranking of partners names counterparts: the rule abstains
    text = ("Украина заняла первое место в мире по экспорту зерна. Второе место среди торговых партнеров Украины занял "
            "Китай (€103 млн), третье - США (€67 млн).")
    assert all(r != "reporter:world_rank_item" for _, _, _, r, _ in rows(text))
    # and a ranking with no world in it or the sentence before
    text = "Экспорт Украины в ЕС вырос. Второе место по этому показателю занял Китай (€103 млн), третье - США (€67 млн)."
    assert all(r != "reporter:world_rank_item" for _, _, _, r, _ in rows(text))


# ec.europa.eu (data/web36 bj09, a tuned page on the EU's trade with Africa; no other outlet's continued ranking found in
# the page store): the sentences going on ranking ("followed by", "second was") after the one ranking Africa's partners
# rank Africa's partners too (reporter rule role_owner_continued, after role_owner_clause, whose "export and import
# partner for" is read now)
ECEUROPA = ("EU trade with Africa\n\nThe largest export and import partner for Africa is the EU-27 with 31 % of exports and "
            "29 % of imports. In exports it was followed by other African countries (16 %) and China (11 %). For imports "
            "these two had switched places, second was China (16 %) and third were other African countries (13 %).")


def test_ranking_continued_after_the_role_owner():
    out = rows(ECEUROPA)
    assert [(fig, rep, r) for fig, rep, _, r, _ in out] == [
        ("31 %", "Africa", "reporter:role_owner_clause"),
        ("29 %", "Africa", "reporter:role_owner_clause"),
        ("16 %", "Africa", "reporter:role_owner_continued"),
        ("11 %", "Africa", "reporter:role_owner_continued"),
        ("16 %", "Africa", "reporter:role_owner_continued"),
        ("13 %", "Africa", "reporter:role_owner_continued"),
    ]
    assert [par for fig, _, par, _, _ in out][3:5] == ["China", "China"]


def test_ranking_continued_abstains_when_the_owner_is_named_again():
    text = ("The largest export partner for Kenya is Uganda with 29 % of exports. Kenya was followed by Tanzania (16 %) "
            "among the region's exporters.")
    assert all(r != "reporter:role_owner_continued" for _, _, _, r, _ in rows(text))

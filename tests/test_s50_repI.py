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

"""Session 57, helper partnerP: the partner field's precision, from the wrong side of the carried rules.

1. section_goal (a goal carries the partner of its section) is narrowed: an export, import or balance goal whose
   sentence names no place carries only a side of the page's own pair (its subject or the head's counterpart), not a
   third place the section named in passing; such a goal is passed on (default_world: the reporter's total). A
   turnover's goal is a relation's own and keeps the partner carried (branch goal_not_head).
2. total_named reads an owner noun's possessive flow ("The Kingdom's merchandise imports") as the owner's total.
Sentences are quoted from pages of outlets outside the development sets."""
from __future__ import annotations

import pytest

from tradeflows.pipeline import figures_of_text


def partner_of(text: str, figure: str, published: str) -> list[tuple[str | None, str | None, str]]:
    """(measure, partner, the partner rule) of each figure written `figure` in text, on a page published in
    `published` (YYYY-MM)."""
    year, month = (int(x) for x in published.split("-"))
    out = []
    for f in figures_of_text(text, "page", "txt", pub_year=year, pub_month=month):
        if f.figure == figure:
            rule = next((r for r in f.fact_rules.split(";") if r.startswith("partner:")), "")
            out.append((f.measure, f.partner, rule))
    return out


# manilatimes.net, 2017-12 (http://www.manilatimes.net/trade-dept-optimistic-2018-export-growth/371097/): paragraphs
# 1, 3, 6 and 8 of the page, in their order
MANILA = ("Trade dept optimistic on 2018 export growth\n\n"
          "The government is optimistic that growth in exports would be maintained in 2018 or even surpass this year’s "
          "level, Trade Secretary Ramon Lopez said.\n\n"
          "His statement came after the Philippine Statistics Authority reported that the country’s merchandise exports "
          "grew by 11.68 percent in the first 10 months of the year.\n\n"
          "Japan is still the top export destination for October, with $871.36 million in export receipts and a "
          "16.2-percent share in total exports.\n\n"
          "The government expects a 6.5-percent to 7.5-percent growth in exports this year, which would translate to "
          "between $79.7 billion and $80.4 billion.\n")


def test_export_goal_after_a_third_country_is_the_total():
    """The goal names no place; Japan, named in the paragraph before, is no side of the page's pair: the reporter's
    total (before: Japan by section_goal)."""
    assert partner_of(MANILA, "$79.7 billion and $80.4 billion", "2017-12") == [("exports", "world", "partner:default_world")]
    assert partner_of(MANILA, "6.5-percent", "2017-12") == [("exports", "world", "partner:default_world")]


def test_actual_figure_of_the_third_country_keeps_it():
    """(odd case) the narrowing reads goals only: the destination's own figure keeps its sentence's place"""
    assert partner_of(MANILA, "$871.36 million", "2017-12") == [("exports", "Japan", "partner:sentence")]


# azernews.az, 2018-03 (https://www.azernews.az/region/128540.html), paragraphs 1 to 4
AZERNEWS = ("Uzbekistan, Tajikistan to increase trade turnover to $1 billion\n\n"
            "Uzbekistan and Tajikistan plan to increase the trade turnover between the two countries to $1 billion, the "
            "press-office of Uzbek President Shavkat Mirziyoyev said on March 9.\n\n"
            "The corresponding agreement has been achieved during the official visit of the Uzbek president to Dushanbe.\n\n"
            "Earlier, the two sides considered a possibility of increasing the trade turnover to $500 million.\n\n"
            "“As a result of the fruitful talks between the heads of state, as well as the direct dialogue between business "
            "circles, the trade turnover is planned to be increased to $1 billion,” Mirziyoyev’s press office reported.\n")


def test_turnover_goal_keeps_the_place_carried():
    """A turnover's goal is the relation's own: the place carried (Dushanbe, the visit's venue, coded TJK) is kept,
    though it is no side of the page's pair by name (branch goal_not_head reads exports, imports and balances only)."""
    got = [(f.measure, f.partner_iso3, next(r for r in f.fact_rules.split(";") if r.startswith("partner:")))
           for f in figures_of_text(AZERNEWS, "page", "txt", pub_year=2018, pub_month=3)
           if f.figure == "$1 billion" and f.status == "target"]
    assert got[-1] == ("turnover", "TJK", "partner:section_goal")


# 2. total_named's branch owner_noun_total: "The region's trade volume", "The Kingdom's merchandise imports" (an owner noun,
#    vocab/en/owner_nouns.txt, naming the reporter again by a possessive) with no "with", "between", "to" or "from" after
#    the flow is the owner's total, as "the country's" is: not the page's head pair (head_flow before).

def rules_of(text: str, published: str) -> dict[str, tuple[str | None, str | None, str]]:
    year, month = (int(x) for x in published.split("-"))
    return {f.figure: (f.reporter, f.partner, next(r for r in f.fact_rules.split(";") if r.startswith("partner:")))
            for f in figures_of_text(text, "page", "txt", pub_year=year, pub_month=month)}


# arabnews.com, 2023-03-27 (https://www.arabnews.com/node/2276391/business-economy), paragraphs 1, 3 and 8
ARABNEWS = ("RIYADH: China emerged as the top global export destination for Saudi Arabia in January 2023 accounting for "
            "14.8 percent of total Saudi exports valued at SR15.6 billion ($4.15 billion).\n\n"
            "As for the Kingdom’s imports, China also took the lead, accounting for 22.2 percent of the total, worth SR14.8 "
            "billion.\n\n"
            "The Kingdom’s merchandise imports increased by 26.9 percent in January to SR66.6 billion compared to SR52.5 "
            "billion in the same period last year.\n")


def test_kingdoms_imports_are_its_total():
    got = rules_of(ARABNEWS, "2023-03")
    assert got["SR66.6 billion"] == ("Saudi Arabia", "world", "partner:total_named")
    assert got["26.9 percent"] == ("Saudi Arabia", "world", "partner:total_named")


def test_kingdoms_imports_share_keeps_the_partner():
    """(odd case) 'the Kingdom's imports' whose sentence names China: China's share, not the total"""
    assert rules_of(ARABNEWS, "2023-03")["SR14.8 billion"] == ("Saudi Arabia", "China", "partner:sentence")


# arabnews.com, 2016-08-27 (http://www.arabnews.com/node/975981/saudi-arabia), paragraph 5, its first two sentences
ARABNEWS_2016 = ("The trade exchange between the Kingdom and China totaled over SR1.79 trillion in the last ten years, according "
                 "to a local analysis. The Kingdom’s exports to China stood at SR1,207 billion, while imports reached "
                 "SR587.1 million.\n")


def test_kingdoms_exports_to_a_place_are_no_total():
    """"The Kingdom's exports to China": a flow with "to" after it is no owner's total (branch owner_noun_total)"""
    assert rules_of(ARABNEWS_2016, "2016-08")["SR1,207 billion"][2] != "partner:total_named"


@pytest.mark.xfail(strict=True, reason="'the Kingdom' with no Saudi name before it is not resolved to Saudi Arabia: China "
                                       "is read as the reporter")
def test_kingdoms_exports_to_china_known_miss():
    assert rules_of(ARABNEWS_2016, "2016-08")["SR1,207 billion"][:2] == ("Saudi Arabia", "China")

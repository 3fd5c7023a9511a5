"""Session 57, helper partnerP: the partner field's precision, from the wrong side of the carried rules.

1. section_goal (a goal carries the partner of its section) is narrowed: an export, import or balance goal whose
   sentence names no place carries only a side of the page's own pair (its subject or the head's counterpart), not a
   third place the section named in passing; such a goal is passed on (default_world: the reporter's total). A
   turnover's goal is a relation's own and keeps the partner carried (branch goal_not_head).
Sentences are quoted from pages of outlets outside the development sets."""
from __future__ import annotations

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

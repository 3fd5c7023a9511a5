"""Session 50, helper repH: the page told from the other side. A clause that ranks one place as another's partner,
market or destination ("The largest export and import partner for Africa is the EU-27 with 31 % of exports", "the
largest export markets for U.S. goods ... were Canada ($292.3 billion)") names the owner of the relation, who reports
the clause's figures, before the page's subject is taken (reporter rule role_owner_clause, facts/reporters_apposition.py;
the patterns of the subject vote's role_owner weight). A partner "of" a place is not read ("The single largest export
destination of the United States of America recorded ..." names the destination itself), and two owners in one clause
decide nothing. On the tuned pages the rule decides 31 figures, 29 right (reporter 7788 -> 7790 of 8347 matched
pairs); web36's two U.S. figures had no reporter before.
"""
from __future__ import annotations

from phrasing import owned_facts


def facts(text: str) -> list[tuple]:
    return owned_facts(text)


# lankabusinessonline.com/?p=29005 (Sri Lanka's exports, Jan-Oct 2014), behind a title led by the United States
LBO = ("US imports of apparel rise\n"
       "US continues to remain as the largest export market for Sri Lanka with 2.2 billion dollars exports which "
       "accounts for 73 percent of the total exports in the months of Jan to Oct.\n")


def test_market_for_a_place_names_the_reporter_over_the_page_subject():
    """'the largest export market for Sri Lanka with 2.2 billion dollars exports' on a page led by the US: Sri Lanka
    reports, the US is the counterpart (subject gave the United States)."""
    got = [x for x in facts(LBO) if x[0] == "2.2 billion dollars"]
    assert got == [("2.2 billion dollars", "exports", "Sri Lanka", "United States", "role_owner_clause")]


def test_possessive_partner_names_the_reporter():
    """'China remained Germany's most important trading partner ... 128.8 billion euros' behind a title on China."""
    text = ("China's exports slow\n"
            "China remained Germany’s most important trading partner in H1, with a total trade volume of 128.8 "
            "billion euros.\n")
    got = [x for x in facts(text) if x[0] == "128.8 billion euros"]
    assert got == [("128.8 billion euros", "turnover", "Germany", "China", "role_owner_clause")]


def test_destination_of_a_place_is_not_read():
    """web18 (tuned page, frontpage.lk): 'The single largest export destination of the United States of America
    recorded US$ 1,355.14 Mn' names the destination; the page's subject (Sri Lanka) stays the reporter."""
    text = ("Sri Lanka's exports in the first half of 2021\n"
            "Sri Lanka's merchandise exports rose in the first half. "
            "The single largest export destination of the United States of America recorded US$ 1,355.14 Mn worth "
            "of exports in the period of January to June 2021.\n")
    got = [x for x in facts(text) if x[0] == "US$ 1,355.14 Mn"]
    assert got and all(x[4] != "role_owner_clause" for x in got)


def test_two_owners_in_one_clause_decide_nothing():
    """Two places each named as the owner of a ranked partner: the rule abstains."""
    text = ("Trade notes\n"
            "China is Japan's largest trading partner and South Korea's largest export market, with $300 billion.\n")
    assert all(x[4] != "role_owner_clause" for x in facts(text))


# domain-b.com, "China pips US to become world's top trader" (2014-03-03): a page led by China
DOMAINB = ("China pips US to become world's top trader\n"
           "China has overtaken the United States as the world's largest trader with total trades worth $4.16 trillion "
           "in 2013, against US trade volumes of $3.91 trillion.\n"
           "China is currently India's largest trading partner with bilateral trade worth $49.5 billion (with 8.7 per "
           "cent share in India's total trade), while the US comes second with total trade of $46 billion.\n")


def test_partner_of_another_country_on_a_page_led_by_the_partner():
    """'China is currently India's largest trading partner with bilateral trade worth $49.5 billion' on a page led by
    China: India reports the pair's trade, China is its counterpart (subject gave China)."""
    got = [x for x in facts(DOMAINB) if x[0] == "$49.5 billion"]
    assert got == [("$49.5 billion", "turnover", "India", "China", "role_owner_clause")]


def test_goods_trading_partner_is_a_ranked_partner():
    """web38 (tuned page, bankingmonthly): 'Mexico is also currently the US' third largest goods trading partner with
    $611.5 billion': a goods (merchandise, two-way) trading partner is one as well (subject.ROLE_OWNER_AFTER)."""
    text = ("Mexico's exports to US surge\n"
            "Mexico is also currently the US’ third largest goods trading partner with $611.5 billion in total goods "
            "traded during 2018.\n")
    got = [x for x in facts(text) if x[0] == "$611.5 billion"]
    assert got == [("$611.5 billion", "turnover", "United States", "Mexico", "role_owner_clause")]

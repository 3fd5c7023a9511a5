"""Session 73, helper openE73: phrasings of the tuned pages of web38 and web54 (trade of ports, zones and companies;
bilateral news), each a rule of the reporter or partner sieves or of the candidates' named filters."""
from __future__ import annotations

from tests.phrasing import owned_facts, rule_item

# CONSTRUCTED after the phrasing of a fortune.com fact-check (web38): searched the "pages" corpus for
# "overall (not just China) trade deficit" and "(not only with" China trade deficit; no other page writes a place
# in a "not just" bracket.
NOT_JUST = ("In 2017, the overall (not just Mexico) Canadian trade deficit for goods and services was $48 billion, "
            "according to Statistics Canada. That is, Canada exported $650 billion worth of goods and services and "
            "imported $698 billion worth.")


def test_a_place_in_a_not_just_bracket_is_no_counterpart():
    """Rule not_just_aside (facts/partners_candidates.py NAMED_FILTERS, facts/carry.py _NOT_CARRIED_BEFORE): the place
    a "(not just ...)" bracket names is a part the total goes beyond; the total is the reporter's with the world, and
    so are the figures of the next sentence (no Mexico carried)."""
    got = owned_facts(NOT_JUST, ("partner",), pub_year=2018)
    assert [g[:4] for g in got] == [("$48 billion", "balance", "Canada", "world"),
                                    ("$650 billion", "exports", "Canada", "world"),
                                    ("$698 billion", "imports", "Canada", "world")]

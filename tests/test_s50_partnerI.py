"""Session 50, partnerI: a share whose own flow goes to a list of three or more places (rule list_whole read
in share_of_flow_to)."""
from __future__ import annotations

from phrasing import figs


def _got(text):
    return [(f.figure, f.reporter, f.partner, f.fact_rules.split("partner:")[1].split(";")[0]) for f in figs(text, pub_year=2017)]


# novinite.com (data/web11, a tuned page; no page of an outlet outside the sets with this phrasing was found in the
# page store): the share went to the six places as a whole, as GUIDELINES write a listed partner; share_of_flow_to
# gave the first item (Turkey)
NOVINITE = ("Bulgaria's exports to third countries\n\nBulgaria's exports to non-EU countries rose in 2017. A total 52.9% "
            "of the exports went to Turkey, China, Egypt, Serbia, Macedonia and the Russian Federation.\n")


def test_a_share_going_to_a_list_of_three_or_more_is_the_whole_list():
    assert _got(NOVINITE) == [("52.9%", "Bulgaria", "Turkey, China, Egypt, Serbia, Macedonia and the Russian Federation",
                               "list_whole")]


def test_a_share_going_to_one_place_keeps_it():
    """ubpost.mn (data/external): one place behind the share's flow is the counterpart (rule share_of_flow_to, unchanged)."""
    text = ("Mongolia's exports\n\nMongolia's exports rose in 2017. Around 99 percent of all exports to Switzerland and "
            "80.6 percent of exports to South Korea was gold.\n")
    assert [(f, p, r) for f, _, p, r in _got(text)] == [("Around 99 percent", "Switzerland", "share_of_flow_to"),
                                                         ("80.6 percent", "South Korea", "share_of_flow_to")]


def test_a_list_the_share_place_closes_is_not_read_forward():
    """The place after the share must open the list: a place inside a list that started before the figure's flow is
    left to the rule as before (no list read from its middle)."""
    from tradeflows.facts.partners_item import _list_last
    from tradeflows.facts.places import find_places
    text = "exports went to Turkey, China and Egypt"
    places = find_places(text)
    first = min(places, key=lambda p: p.start)
    assert _list_last(first, places, text).name == "Egypt"
    assert _list_last(sorted(places, key=lambda p: p.start)[1], places, text) is None

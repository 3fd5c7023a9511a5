"""Phrasings found by the English reporters-and-partners helper of session 38 on stored trade news pages from
outlets no development set holds, each a rule or a vocabulary row, tested on the page's own sentences."""
from __future__ import annotations

from phrasing import figs


def _rp(text: str, **kw) -> list[tuple]:
    """(figure, reporter, partner) of each figure of a web text."""
    return [(f.figure, f.reporter, f.partner) for f in figs(text, **kw)]


def test_places_listed_then_as_many_figures_pair_in_order():
    """Rule paired_places (facts/partners_item.py): in 'The EU and ASEAN followed with 16.1 billion USD and 11.5
    billion USD, increasing by 20.8 and 23.7 percent' the i-th figure of each list is the i-th place's, though no
    'respectively' closes them (haiphongnews.gov.vn, Vietnam's exports in five months of 2021); so in 'followed by
    Singapore and China having 16% and 13% of total imports' (corporatemaldives.com, the Maldives' trade)."""
    text = ("The US remained the biggest export market of Vietnam, spending 37.6 billion USD on imports from the "
            "Southeast Asian country, an year-on-year rise of 49.8 percent. China came second with 20.1 billion USD, "
            "up 26 percent. The EU and ASEAN followed with 16.1 billion USD and 11.5 billion USD, increasing by 20.8 "
            "and 23.7 percent.\n")
    got = {f: p for f, _, p in _rp(text, pub_year=2021, pub_month=6)}
    assert [got[f] for f in ("16.1 billion USD", "11.5 billion USD", "20.8", "23.7 percent")] == [
        "European Union", "ASEAN", "European Union", "ASEAN"]
    text = ("Moreover, the imports of the Maldives is on the rise where most of the products were imported from the "
            "United Arab Emirates accumulating 17% of total imports followed by Singapore and China having 16% and 13% "
            "of total imports.\n")
    got = {f: p for f, _, p in _rp(text, pub_year=2019, title="Exports of the Maldives declined by 37% while the imports rose")}
    assert (got["16%"], got["13%"]) == ("Singapore", "China")
    # (two places after "between" are the two sides of one trade: no pairing)
    got = _rp("Trade between China and Japan rose 5% and 7% in the two years.\n", pub_year=2019)
    assert [p for _, _, p in got] != ["China", "Japan"]


def test_the_place_a_flow_is_of_owns_it():
    """Rule flow_of_owner (facts/subject.py, cue exports_from): the title 'Exports of the Maldives declined by 37%
    while the imports rose' names the page's own side after 'Exports of', not a counterpart; its body's 'the imports
    of the Maldives ... followed by Singapore and China' stays the Maldives' trade (corporatemaldives.com); before,
    'of' counted as a counterpart's preposition and Singapore, named once as a subject, took the page."""
    text = ("Exports of the Maldives declined by 37% while the imports rose\n\n"
            "Moreover, the imports of the Maldives is on the rise where most of the products were imported from the "
            "United Arab Emirates accumulating 17% of total imports followed by Singapore and China having 16% and 13% "
            "of total imports.\n")
    got = _rp(text, pub_year=2019)
    assert [r for _, r, _ in got] == ["Maldives"] * 4
    assert got[1] == ("17%", "Maldives", "UAE")

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


def test_a_total_export_turnover_is_the_worlds():
    """Rule total_flow_turnover (facts/world.py, world_strong): 'Vietnam made total export turnovers of more than
    $33.6 billion in the first two months of this year, up 22.9 percent, with China being the biggest market,
    followed by the United States' is Vietnam's total, not the United States of the sentence before (chinacham.hu,
    Vietnam's exports in January-February 2018)."""
    text = ("China becomes Vietnam’s top export market in first two months of 2018\n\n"
            "Vietnam exported $9.4 billion worth of products to China between January and February, posting a "
            "year-on-year rise of 24.4 percent. In the same period last year, the United States was Vietnam’s biggest "
            "export market with turnovers of 6 billion dollars. Vietnam made total export turnovers of more than $33.6 "
            "billion in the first two months of this year, up 22.9 percent, with China being the biggest market, "
            "followed by the United States, the European Union, the ASEAN (Association of Southeast Asian Nations), "
            "Japan and South Korea.\n")
    got = {f: (r, p) for f, r, p in _rp(text, pub_year=2018, pub_month=3)}
    assert (got["more than $33.6 billion"], got["22.9 percent"]) == (("Vietnam", "world"), ("Vietnam", "world"))
    assert got["$9.4 billion"] == ("Vietnam", "China")


TRADEMARK_KENYA = (
    "Uganda loses top slot as buyer of Kenya’s exports on 35pc fall\n\n"
    "The figures released last week indicate that apart from Uganda and Tanzania, exports to all other top "
    "destinations grew with Pakistan and Egypt also emerging as preferred markets for Kenyan goods.\n"
    "Generally, exports increased in the first quarter of the year, significantly cutting trade deficit as imports "
    "fell over the period.\n"
    "Exports grew to Sh123.92 billion in the three months to March while import dropped over the period to Sh321.5 "
    "billion from Sh355.7 billion the previous year.\n"
    "During the period, China re-emerged as the top source of imports to Kenya after traders significantly cut their "
    "orders from India.\n"
    "Imports from India dropped by 13 per cent to stand at Sh57.09 billion while China grew by 30 per cent from "
    "Sh50.36 billion to Sh65.28 billion by March.\n")


def test_a_country_that_only_changes_after_a_flow_from_another_is_the_next_counterpart():
    """Rule while_counterpart (a limit of reporter rule while_subject): in 'Imports from India dropped by 13 per cent
    to stand at Sh57.09 billion while China grew by 30 per cent from Sh50.36 billion to Sh65.28 billion' China is
    the next origin of Kenya's imports, not a reporter whose counterpart is India (trademarkafrica.com, Kenya's first
    quarter of 2016)."""
    got = {f: (r, p) for f, r, p in _rp(TRADEMARK_KENYA, pub_year=2016, pub_month=5)}
    assert got["30 per cent"] == ("Kenya", "China")
    assert got["Sh57.09 billion"] == ("Kenya", "India")


def test_generally_opens_a_sentence_on_the_totals():
    """Rule generally_total (facts/world.py, world_strong): after a paragraph on Kenya's markets under a title on its
    exports to Uganda, 'Generally, exports increased in the first quarter of the year, ...' and the next sentence's
    'Exports grew to Sh123.92 billion ... while import dropped over the period to Sh321.5 billion' are Kenya's
    totals, not its trade with the title's Uganda (trademarkafrica.com)."""
    got = {f: (r, p) for f, r, p in _rp(TRADEMARK_KENYA, pub_year=2016, pub_month=5)}
    assert [got[f] for f in ("Sh123.92 billion", "Sh321.5 billion", "Sh355.7 billion")] == [("Kenya", "world")] * 3

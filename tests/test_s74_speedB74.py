"""Session 74, speedB74: TriggerIndex tests at an anchor's place only the roots whose character next to the anchor the
text holds there (periods._by_neighbour), and adds the key of a root that is one word itself without _add_keys."""
from __future__ import annotations

from tradeflows.facts.periods import _INDEX_BASE, TriggerIndex, _by_neighbour, _index_scans, _index_words


def _every_word(low: str) -> list[int]:
    """The keys of a scan for every trigger word at every place (what the index must find)."""
    words, _ = _index_words()
    want = set()
    for wi, w in enumerate(words):
        at = low.find(w)
        while at >= 0:
            want.add(at * _INDEX_BASE + wi)
            at = low.find(w, at + 1)
    return sorted(want)


def test_roots_are_keyed_by_the_character_next_to_their_anchor():
    """A root the anchor does not open is keyed by the character before the anchor, one it opens by the one after."""
    roots = [("year", 0, ()), ("fy", 1, ()), ("may", 2, ()), ("y-o-y", 0, ()), ("yoy", 0, ())]
    before, after = _by_neighbour(roots)
    assert {c: [r for r, *_ in v] for c, v in before.items()} == {"f": ["fy"], "a": ["may"]}
    assert {c: [r for r, *_ in v] for c, v in after.items()} == {"e": ["year"], "-": ["y-o-y"], "o": ["yoy"]}
    # (the key of a root that is one word itself rides along; a root with groups to match has None)
    one = _by_neighbour([("from", 0, ((0, None, 28),)), ("period", 0, ((0, "match", {}),))])[1]
    assert one["r"][0][3] == 28 and one["e"][0][3] is None


def test_every_anchor_root_is_found_by_its_neighbour():
    """Every root of an anchor search has two characters or more and is keyed once, by its own neighbour."""
    _, anchors, lone = _index_scans()
    assert lone and all(len(groups) for _, groups in lone)
    for rx, before, after in anchors:
        for by, side in ((before, -1), (after, 1)):
            for c, entries in by.items():
                for root, k, _, _ in entries:
                    assert len(root) >= 2 and root[k + side] == c and rx.pattern.startswith(root[k])


def test_overlapping_roots_and_the_text_edges_give_every_word():
    """Roots that share an anchor's place ("fyoy", "mayear", "halfrom", "decade"), anchors at the first, the last and
    the last but one character, and the one-letter roots ("q", "j") there: the same keys as a scan for every word."""
    for low in ("fyoy mayear halfrom y-o-yoy decadec", "year", "fy", "may", "from", "q", "j", "q1", "jan", "yfy",
                "mfrom", "the same period last year", "y", "c", "periodfy q2 hijri", "quarter-on-quarterly jul",
                "in 1h", "2h"):
        assert TriggerIndex(low)._built() == _every_word(low), low


def test_same_period_pieces_after_the_figure_nouns():
    """holds(low, _NEEDS_SAME) is "a noun of _NEEDS_FIGURE_FOR's first group, or a piece of _SAME_REST" (base_target
    looks for the nouns once); _rest_after gives None where the needs are not one group holding the group read."""
    from tradeflows.facts.periods_bases import _FIGURE_NOUNS, _NEEDS_SAME, _SAME_REST, _rest_after
    from tradeflows.vocab import holds
    assert _rest_after((("a", "b", "c"),), (("b",),)) == (("a", "c"),)
    assert _rest_after((("a",), ("b",)), (("b",),)) is None and _rest_after((("a", "c"),), (("b",),)) is None
    assert _SAME_REST == (("period", "much", "many", "high", "large"),)
    for low in ("the same period of last year", "as much as in", "the total for", "the level of", "up from $5 bn in",
                "the indicator for", "", "a high of", "periodic", "levelled in"):
        assert holds(low, _NEEDS_SAME) == (holds(low, _FIGURE_NOUNS) or holds(low, _SAME_REST)), low


def test_month_patterns_from_the_stretch_start_find_what_the_scan_finds():
    """The month patterns tried at the capitalised stems from the stretch's start (not _month_scan_start's run of
    letters and spaces) find the times find_times finds without an index (the scans from that run)."""
    from tradeflows.facts.periods import find_times
    from tradeflows.vocab.lowercase import lower_text
    text = ("Exports (in January) rose 5%; for March, in April and during May 2023 they fell. The month of June: "
            "(In July) week of August, days in September 2022 - In October, for November; During December.")
    low = lower_text(text)
    index = TriggerIndex(low)
    for s in range(0, len(text), 3):
        for e in (s + 12, s + 40, len(text)):
            if e <= len(text):
                assert find_times(text, s, e, low, index) == find_times(text, s, e), (s, e)

"""Session 55's review: page_year's hand-written gates (speedF) each encode what every match of one pattern needs; these
tests hold each gate to its pattern on the pages of data/raw and on sentences that hold each pattern, so a pattern
changed without its gate fails here (ingest/page_year.py: _from_then_last, _last_year_then_from, _after_in_for,
_holding)."""
from __future__ import annotations

import pytest

from tradeflows.ingest import page_year as Y
from tradeflows.vocab.lowercase import lower_text

from test_s54_speedA import _texts


@pytest.mark.parametrize("rx,leads,gate", [(Y._FROM_YEAR_TO_LAST, ("from",), Y._from_then_last),
                                           (Y._LAST_YEAR_FROM, ("last",), Y._last_year_then_from)])
def test_gated_led_finditer_is_finditer(rx, leads, gate):
    hits = 0
    for text in _texts():
        low = lower_text(text)
        for start, end in ((0, len(text)), (3, len(text) // 2)):
            want = [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]
            got = [(m.span(), m.groups()) for m in Y._led_finditer(rx, leads, text, low, start, end, {}, gate)]
            assert got == want
            hits += len(want)
    assert hits > 0   # the texts hold matches: the comparison is not of two empty lists


def test_goal_and_current_gates_answer_as_their_searches():
    seen = {"goal": 0, "ending": 0}
    for text in _texts() + ["The government intends to repeat this figure in 2023.",
                            "trade will exceed USD 59 billion in the current Iranian year (ending March 2014)"]:
        low = lower_text(text)
        goal = Y._after_in_for(Y._searcher(Y._GOAL_BEFORE, text, low), low)
        ending = Y._holding("current", Y._searcher(Y._current_ending(), text, low), low)
        for at in Y.year_starts(text):
            lo = max(0, at - Y.GOAL_REACH)
            want = Y._GOAL_BEFORE.search(text, lo, at) is not None
            assert goal(lo, at) == want
            seen["goal"] += want
            lo = max(0, at - Y.CURRENT_ENDING_REACH)
            want = Y._current_ending().search(text, lo, at) is not None
            assert ending(lo, at) == want
            seen["ending"] += want
    assert seen["goal"] > 0 and seen["ending"] > 0   # each gate met a year its pattern finds

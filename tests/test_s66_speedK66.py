"""Session 66, speedK66: two cuts of the period rules' work, each giving the same answers as the long way.

- period_context._goal_ends: context_period scans a sentence for goal cues ("a goal to bring turnover to $15 billion in
  2023") only from its last comma before the first time that asks, read when a time first asks; a goal counts for a
  time only with no comma between them, and no status cue holds a comma.
- period_fiscal_force.against_absent: a money figure whose 90 characters before it (in its sentence) lack "against",
  "opposed" and "compared" is passed by _against_bare_rules at once: none of its three patterns can match there.

Both are checked against the long way on every page of data/raw (the bench corpus, none held out).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.facts import period_fiscal_force as FF
from tradeflows.facts.context import Doc, cue_matches, cue_vocab
from tradeflows.facts.period_context import _goal_ends
from tradeflows.facts.status import not_a_cue
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text
from tradeflows.vocab import fold, pattern_needs

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _docs():
    for p in sorted(RAW.glob("*.txt")):
        c = clean_text(p.read_text(encoding="utf-8"), "txt", p.name)
        yield c, Doc(c, 2019)


def _whole_goals(d: Doc, s: int, end: int) -> list[int]:
    """The long way: every goal cue of the sentence from its start."""
    v = cue_vocab()
    return [m.end() for m in cue_matches(d, v, "status", s, end)
            if v["status"].get(fold(m.group())) == "target" and not not_a_cue(d.text, m.start(), m.end())]


def _counts(d: Doc, goals: list[int], start: int) -> bool:
    return any(g <= start and "," not in d.text[g:start] for g in goals)


# constructed (no outside page quoted): a goal cue before a comma, and one after it
GOAL = ("The two sides aim to bring turnover to $5 billion, and trade reached $3.2 billion in 2023. "
        "Trade reached $3.2 billion in 2022, and the sides aim to bring it to $5 billion in 2025.")


def test_a_goal_before_the_comma_does_not_count_and_one_after_it_does():
    d = Doc(clean_text(GOAL, "web", "goal.txt"), 2024)
    for si, expected in ((0, False), (1, True)):
        s, e = d.c.sentences[si]
        t = d.times(si)[-1]
        end = min(e, d.times(si)[-1].start)
        assert _counts(d, _whole_goals(d, s, end), t.start) is expected
        assert _counts(d, _goal_ends(d, s, end, t.start), t.start) is expected


def test_goal_ends_read_every_time_of_data_raw_as_the_whole_sentence_does():
    checked = 0
    for _, d in _docs():
        for si, (s, e) in enumerate(d.c.sentences):
            times = d.times(si)
            if not times:
                continue
            end = min(e, times[-1].start)
            whole = _whole_goals(d, s, end)
            for i, first in enumerate(times):   # (any time may be the first to ask)
                goals = _goal_ends(d, s, end, first.start)
                for t in times[i:]:
                    assert _counts(d, goals, t.start) == _counts(d, whole, t.start), (si, t)
                    checked += 1
    assert checked > 1000


def test_the_against_words_are_every_pattern_s():
    words = set(FF._against_words())
    assert words == {"against", "opposed", "compared"}
    for rx in (FF._AGAINST_BARE, FF._AGAINST_VALUE):
        assert any(set(group) <= words for group in pattern_needs(rx)), rx.pattern


@pytest.mark.parametrize("kind", ["money"])
def test_a_figure_lacking_the_words_is_no_bare_base_in_data_raw(kind):
    absent = present = 0
    for c, d in _docs():
        for f in extract_figures(c, "raw.txt"):
            if f.kind != kind:
                continue
            si = d.sentence_index(f.clean_start)
            times = d.times(si)
            if FF.against_absent(d, f, si):
                absent += 1
                assert not FF.against_bare_base(d, f, si, times)
                assert not FF.against_bare_value(d, f, si, times)
                assert not FF.against_bare_level(d, f, si, times)
            else:
                present += 1
    assert absent > 100 and present > 0

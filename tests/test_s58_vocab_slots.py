"""The slots of vocab/en/patterns.csv rows (vocab/patterns.py fill_slots, english_cue): each slot filled with the
shared vocabulary it names, an unknown slot an error naming the row, a regex quantifier untouched."""
import re

import pytest

from tradeflows.vocab import patterns
from tradeflows.vocab.months import month_pattern
from tradeflows.vocab.patterns import (CHANGE_NOUNS, CHANGE_VERBS, COMPARED_WITH, RECORDED, RECORDED_WORDS,
                                       SENTENCE_ADVERBS, cause_verbs, count_words, english_cue, fill_slots)


@pytest.mark.parametrize("slot, text", [
    ("<<count:2-10>>", count_words(2, 10)),
    ("<<count:2-12>>", count_words(2, 12)),
    ("<<month>>", month_pattern()),
    ("<<month_abbr>>", month_pattern(abbreviations=True)),
    ("<<cause:past>>", cause_verbs("past")),
    ("<<cause:participle>>", cause_verbs("participle")),
    ("<<sentence_adverbs>>", SENTENCE_ADVERBS),
    ("<<compared_with>>", COMPARED_WITH),
    ("<<recorded>>", RECORDED),
    ("<<recorded_words>>", RECORDED_WORDS),
    ("<<change_verbs>>", CHANGE_VERBS),
    ("<<change_nouns>>", CHANGE_NOUNS),
])
def test_each_slot(slot, text):
    assert fill_slots("row", rf"\b(?:{slot})\s+x") == rf"\b(?:{text})\s+x"


def test_count_words_values():
    assert count_words(2, 10).split("|")[0] == "two" and count_words(2, 10).split("|")[-1] == "ten"
    assert "January" in month_pattern() and "Sept" in month_pattern(abbreviations=True)


@pytest.mark.parametrize("slot", ["<<weekday>>", "<<count>>", "<<count:two>>", "<<cause:future>>", "<<month:x>>",
                                  "<<count:>>"])
def test_unknown_slot_names_the_row(slot):
    with pytest.raises(ValueError, match="some_row"):
        fill_slots("some_row", rf"\b{slot}\b")


def test_quantifier_and_group_untouched():
    source = r"(?P<n>\d{1,2}|<<count:2-3>>)\s+months{0,1}(?<=s)"
    assert fill_slots("row", source) == r"(?P<n>\d{1,2}|" + count_words(2, 3) + r")\s+months{0,1}(?<=s)"
    plain = r"\([^()%]{0,40}?\)"
    assert fill_slots("row", plain) is plain


def test_english_cue_fills_a_row(monkeypatch):
    rows = {"slot_row": r"\b(?:<<count:2-4>>)\s+\w{1,3}\b", "bad_row": r"<<nothing>>"}
    monkeypatch.setattr(patterns, "_english_rows", lambda: rows)
    english_cue.cache_clear()
    try:
        rx = english_cue("slot_row", re.I)
        assert rx.pattern == r"\b(?:two|three|four)\s+\w{1,3}\b" and rx.flags & re.I
        assert rx.search("the Three men")
        with pytest.raises(ValueError, match="bad_row"):
            english_cue("bad_row")
    finally:
        english_cue.cache_clear()


def test_no_row_holds_an_unknown_slot():
    for name in patterns._english_rows():
        english_cue(name, re.I)


def test_row_slot(monkeypatch):
    rows = {"inner": r"(?:<<count:2-3>>)\s+x", "outer": r"\b<<row:inner>>\b", "top": r"^<<row:outer>>|y",
            "missing": r"a<<row:nowhere>>", "loop_a": r"a<<row:loop_b>>", "loop_b": r"b<<row:loop_a>>",
            "self": r"<<row:self>>"}
    monkeypatch.setattr(patterns, "_english_rows", lambda: rows)
    english_cue.cache_clear()
    try:
        assert fill_slots("outer", rows["outer"]) == r"\b(?:two|three)\s+x\b"
        assert english_cue("top").pattern == r"^\b(?:two|three)\s+x\b|y"
        with pytest.raises(ValueError, match="nowhere"):
            english_cue("missing")
        with pytest.raises(ValueError, match="'missing'"):
            english_cue("missing")
        with pytest.raises(ValueError, match="cycle.*loop_a -> loop_b -> loop_a"):
            english_cue("loop_a")
        with pytest.raises(ValueError, match="'self'"):
            english_cue("self")
    finally:
        english_cue.cache_clear()

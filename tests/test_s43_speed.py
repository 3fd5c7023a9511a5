"""Session 43, speed: the per-document caches of relate give the answers of the uncached paths.

Sentences are of the corpus in data/raw/ (003 = 003_af7687762862a3f2.txt) and of tests/test_periods.py.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from tradeflows.facts.periods import (TriggerIndex, _without_digits, _opened,
                                      find_times, trigger_scan, trigger_words)
from tradeflows.vocab.lowercase import lower_text

# 003, in full; a sentence of "the same period last year" cut inside "year"; words at both edges of a stretch
TEXTS = [
    "In addition, \"in the first quarter of 2021 goods from Grodno Region were exported to 84 countries "
    "worldwide. In the same period last year they were exported to 60 countries",
    "between the countries amounted to $1.25 billion, an increase of 58 percent compared to the same period last ye",
    "Year-on-year, the market grew in the first half; exports fell 3% y-o-y in H1 [of 2023] from a year earlier.",
    "So far this year, the Iranian fiscal year to date, the current decade, months and years ago, Nov. 1-20 2024.",
]


def _stretches(text: str):
    n = len(text)
    for s in range(0, n, 7):
        for e in (s + 1, s + 5, s + 17, s + 60, n):
            if s < e <= n:
                yield s, e


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_index_words_are_the_words_in_the_stretch(text):
    """TriggerIndex.words(s, e) is every trigger word that occurs whole in low[s:e] (a word cut by e is not)."""
    low = lower_text(text)
    index = TriggerIndex(low)
    _, widened = trigger_scan()
    for s, e in _stretches(text):
        assert index.words(s, e) == {w for w in widened if w in low[s:e]}, (s, e)


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_index_opens_what_trigger_words_opens(text):
    """The words the index gives open the same patterns as trigger_words' longest words, and the test for words
    without digits answers as its pattern does."""
    low = lower_text(text)
    index = TriggerIndex(low)
    for s, e in _stretches(text):
        present = index.words(s, e)
        assert (_without_digits()[0].search(low[s:e]) is not None) == any(
            w in present for w in ("year", "decade", "fy", "fiscal", "half", "quarter", "month", "same", "corresponding",
                                   "comparable", "like", "earlier", "ago", "preceding", "prior", "h1", "h2", "q1", "q2",
                                   "q3", "q4", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                   "nov", "dec"))
        for digits in (False, True):
            for month in (False, True):
                assert _opened(digits, month, frozenset(present)) == \
                    _opened(digits, month, frozenset(trigger_words(low, s, e))), (s, e)


def test_find_times_with_an_index_is_find_times_without():
    """Every sentence of the founding corpus' book 003: the same time expressions with the document's index."""
    path = Path(__file__).resolve().parent.parent / "data" / "raw" / "003_af7687762862a3f2.txt"
    text = path.read_text(encoding="utf-8")
    low = lower_text(text)
    index = TriggerIndex(low)
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text)]
    for s, e in zip(starts, starts[1:] + [len(text)]):
        assert find_times(text, s, e, low, index) == find_times(text, s, e, low), (s, e)


KEY_TEXTS = [
    "exports from April 1-20 rose; Sept. 1-20, in Nov. 1 – 25, a 1-3 rise, x 1 -9, y.\u00a01\u201331 and 5M23, 1H17, 3Q22",
    "In 9M2023 the M2 money supply (Q3) and 12M, H1 2024, 1Q 2023; 2M\u0663 and \u0661H2",   # \\d is any decimal digit
    "a 1-2 b. 1 - 3\tc\n1-4 d.\n1-5 Z 1-6 é 1-7",
]


@pytest.mark.parametrize("text", KEY_TEXTS + TEXTS)
def test_key_functions_answer_as_their_patterns(text):
    """_month_days_key and _glued_key find a match in a stretch just when _KEYS' month_days and glued_year_part do."""
    from tradeflows.facts.periods import _KEYS, _glued_key, _month_days_key
    for s in range(len(text)):
        for e in range(s, len(text) + 1):
            assert _month_days_key(text, s, e) == (_KEYS["month_days"].search(text, s, e) is not None), (s, e)
            assert _glued_key(text[s:e]) == (_KEYS["glued_year_part"].search(text, s, e) is not None), (s, e)

"""vocab.patterns.first_ahead: the characters a pattern's matches start with, as a look-ahead
put before it; the same matches, found without entering every branch at every position."""
from __future__ import annotations

import re

import pytest

from tradeflows.facts.periods_local import _grammar, grammar_of, find_local_times
from tradeflows.vocab.patterns import first_ahead, with_first_ahead


@pytest.mark.parametrize("pattern, flags, want", [
    (r"(?<![\w-])(?:январ|феврал)[а-яё]*", re.I, "(?=[яф])"),          # a look-behind is zero-width
    (r"(?:с\s+)?(?P<m1>январ|март)", re.I, "(?=[сям])"),                 # an optional word first
    (r"(?:перв\w+\s+)?(?P<n>\d{1,2}|девят\w*)\s+месяц", re.I, "(?=[п\\dд])"),
    (r"\b(?:x-ray|\]s)", 0, "(?=[x\\]])"),                               # escaped in the class
    (r"[a-c]+z", 0, "(?=[a-c])"),
    (r"(?:a)?", 0, ""),                                                  # may match empty
    (r".+b", 0, ""),                                                     # any character
    (r"[^a]b", 0, ""),                                                   # a negated class
    (r"(a)\1", 0, "(?=[a])"),
    (r"(?!)[\s\S]{1000000000}", 0, "(?=[\\s\\S])"),                      # NEVER: still never matches
])
def test_first_characters(pattern, flags, want):
    assert first_ahead(pattern, flags) == want


def test_case_follows_the_pattern_flags():
    rx = with_first_ahead(re.compile(r"(?<![\w-])январ[а-яё]*", re.I))
    assert rx.pattern.startswith("(?=[я])")
    assert rx.search("ЯНВАРЬ 2023 года").group() == "ЯНВАРЬ"


SENTENCES = [
    "Товарооборот России и Китая за январь-сентябрь 2023 года вырос на 29,5%, до $176,4 млрд.",
    "С января по май 2024 года экспорт составил 3,2 млрд долларов, в прошлом году - 2,9 млрд.",
    "За 9 месяцев товарооборот достиг 1,1 млрд долларов, в I квартале - 340 млн.",
    "По итогам первого полугодия объем торговли вырос в 1,5 раза по сравнению с аналогичным периодом прошлого года.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_russian_periods_read_the_same(text):
    old = dict(grammar_of("ru")["patterns"])
    for kind, rx in _grammar("ru")["patterns"]:
        if rx is None:
            continue
        assert [(m.span(), m.groups()) for m in rx.finditer(text)] == \
            [(m.span(), m.groups()) for m in old[kind].finditer(text)], kind


def test_russian_month_range_still_found():
    (t, *_) = find_local_times("ru", SENTENCES[0])
    assert (t.kind, t.year, t.m1, t.m2) == ("month_range", 2023, 1, 9)

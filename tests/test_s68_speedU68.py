"""Session 68, speedU68: the words that join number words ("and", the spoken "point") are rows of
vocab/en/number_joins.csv read through the vocabulary loaders, not literals of figures/numbers.py (byte-identical:
the same numbers, ends and lone-word answers)."""
from decimal import Decimal
from pathlib import Path

import pytest

from tradeflows.figures import numbers as N

NUMBERS_PY = Path(N.__file__).read_text("utf-8")


def test_join_words_are_rows():
    """The rows give the words; numbers.py holds them in no literal tuple or pattern any more."""
    assert N.joins() == {"and": ("and",), "point": ("point",)}
    assert '("and", "point")' not in NUMBERS_PY
    assert "point[-\\s]" not in NUMBERS_PY and "+and[\\s-]" not in NUMBERS_PY


@pytest.mark.parametrize("text, pos, value, end", [
    # real: hancinema.net/broadcasting-exports-increased-last-year-18142-amp.html (KBS World Radio): a lone number word
    ("the nation earned some 180 million U.S. dollars by exporting broadcasting products last year, up ten percent "
     "from 160 million U.S. dollars in 2007", 97, "10", 100),
    # constructed (no outside page with a spoken point or a number list joined by "and" was found by the search tool)
    ("exports rose 124-point-eight billion dollars", 13, "124.8", 28),
    ("exports fell one point one five percent", 13, "1.15", 31),
    ("one hundred and five tonnes", 0, "105", 20),
    ("shipped ten and five percent of it", 8, "10", 11),
])
def test_numbers_read_with_the_rows(text, pos, value, end):
    num = N.read_number(text, pos)
    assert (num.value, num.end) == (Decimal(value), end)


def test_lone_word_stops_at_a_join_word():
    """lone_cardinal_at leaves a word followed by a join word ("and", "point") to read_number (constructed)."""
    t = "shipped ten and five percent"
    assert not N.lone_cardinal_at(t, 8, 11)
    t = "fell one point one percent"
    assert not N.lone_cardinal_at(t, 5, 8)
    t = "the two countries"      # not a join word: read alone
    assert N.lone_cardinal_at(t, 4, 7)


def test_a_new_row_is_read(monkeypatch):
    """A row added to the file is read by every pattern that joins numbers: "dot" as a spoken point (constructed)."""
    monkeypatch.setattr(N, "words_by_role", lambda name, lang="en": {"and": ["and"], "point": ["point", "dot"]})
    caches = (N.joins, N._spoken_point, N._point_firsts, N._not_lone, N._and_pattern, N.word_number_pattern)
    for f in caches:
        f.cache_clear()
    try:
        assert N.read_number("rose 18-dot-one percent", 5) == N.Number(Decimal("18.1"), 5, 15, False, "cardinal")
        assert not N.lone_cardinal_at("fell one dot one percent", 5, 8)
    finally:
        monkeypatch.undo()
        for f in caches:
            f.cache_clear()
    assert N.read_number("rose 18-dot-one percent", 5).value == 18

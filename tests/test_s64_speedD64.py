"""Session 64, helper speedD64: cheaper exact paths of figures/extract.py (_definitions with one scan for the "-illion"
words, _has_unit_near with its patterns looked up once per document), each compared with what it replaced on real pages
and odd strings."""
from pathlib import Path

import pytest

from tradeflows.figures import extract as E
from tradeflows.figures.currencies import patterns as currency_patterns
from tradeflows.figures.kinds import kind_patterns
from tradeflows.vocab import using_language

ROOT = Path(__file__).resolve().parents[1]
# slices of the dev corpus's pages (data/raw), a book-length PDF among them
PAGES = [p.read_text()[:30000] for p in sorted((ROOT / "data/raw").glob("*.txt"))]
ODD = ("exports grew; imported 2.5 million dinars (MD), "
       "trillion US dollars (TUSD) 3 billion euro ( EU ) million thousand illion billionmillion trillio n "
       "экспортировал товарооборот из России")


def _old_definitions(text):
    """_definitions before session 64: a str.find of each of the four scale words."""
    places = []
    for word in ("thousand", "million", "billion", "trillion"):
        i = text.find(word)
        while i >= 0:
            places.append(i)
            i = text.find(word, i + 1)
    end = 0
    for p in sorted(places):
        if p >= end:
            m = E._DEFINITION.match(text, p)
            if m is not None:
                end = m.end()
                yield m


def test_definitions_same_as_four_finds():
    for text in PAGES + [ODD, "illion", "million (M)", "trillion dollars (TD)"]:
        assert [m.span() for m in E._definitions(text)] == [m.span() for m in _old_definitions(text)]
    assert [m.group("abbr") for m in E._definitions(ODD)] == ["MD", "TUSD", "EU"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_has_unit_near_same_as_its_patterns_asked_each_time(lang):
    with using_language(lang):
        tests = E._unit_tests()
        before_re, after_re = currency_patterns()
        right = E._right_units(after_re, kind_patterns()["scale"])
        for text in PAGES[:3] + [ODD, "на их долю пришлось 16, 15 и 11 процентов всего экспорта"]:
            for pos in range(0, len(text), 7):
                end = min(len(text), pos + 2)
                old = bool(before_re.search(text, max(0, pos - E._BEFORE_WINDOW), pos)
                           or (E._scale_word_end_before(text, pos)
                               and E._sign_scale_before().search(text, max(0, pos - 24), pos))
                           or right.match(text, end) is not None
                           or E._local_shared_percent(text, pos, end) is not None
                           or E.bracket_listed(text, pos, end, 0))
                assert E._has_unit_near(text, pos, end, tests) == old


@pytest.mark.parametrize("text, value, end", [
    ("down one-point-one percent", "1.1", 26 - len(" percent")),          # rule spoken_point after words
    ("Eight-Point-Eight percent", "8.8", len("Eight-Point-Eight")),       # its "p" in either case
    ("shipped ten and five percent of it", "10", len("shipped ten")),     # rule number_list_and
    ("one hundred and five tonnes", "105", len("one hundred and five")),  # "and" after "hundred" stays inside
    ("TEN AND FIVE percent", "10", len("TEN")),
    ("twenty-five points", "25", len("twenty-five")),
])
def test_word_numbers_read_as_before(text, value, end):
    """read_number's word path asks _and_between_numbers and _spoken_point only where "and" or a "p" after the words
    can let them match (constructed sentences): the same numbers and ends."""
    from decimal import Decimal
    from tradeflows.figures.numbers import read_number
    pos = 0 if text[0].isupper() or text.startswith(("one", "twenty")) else text.index(" ") + 1
    num = read_number(text, pos)
    assert (num.value, num.end) == (Decimal(value), end)

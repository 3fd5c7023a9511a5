"""Session 72, helper speedC72: the currency before a number searched only where an alias's last word ends where a
match of before_re would (figures/currencies.before_may_match), checked against the search itself on real pages and
odd strings."""
from pathlib import Path

import pytest

from tradeflows.figures import extract as E
from tradeflows.figures.currencies import before_ends, before_may_match, patterns

ROOT = Path(__file__).resolve().parents[1]
# slices of the dev corpus's pages (data/raw, a book-length PDF among them) and a Russian tuned page
PAGES = [p.read_text()[:20000] for p in sorted((ROOT / "data/raw").glob("*.txt"))] + \
        [p.read_text()[:20000] for p in sorted((ROOT / "data/russian").rglob("*.txt"))[:2]]
ODD = ("USD 5 US$ -5 US$-5 US $5 US  $ 7 US\n$8 US dollars 9 US\tDollars\n10 F CFA 11 F  CFA -12 Rs.\n13 Kshs. 14 "
       "by$5.4m to $33.8m XY$5 €-3 € −4 $\n-5 млрд руб. 6 долл.\n7 RUB 8 in 2019 the year 2020 Br 3 kr. 9 ₽ 10")


def test_before_may_match_never_misses_a_match():
    """Every window before_re finds a match in is one before_may_match lets through (exact: it only skips the
    search), at every position of real pages and of strings with spaced, signed and line-broken aliases."""
    before_re, _ = patterns()
    ends = before_ends()
    found = 0
    for text in PAGES + [ODD]:
        for pos in range(len(text) + 1):
            lo = max(0, pos - E._BEFORE_WINDOW)
            if before_re.search(text, lo, pos) is not None:
                found += 1
                assert before_may_match(text, lo, pos, ends), (text[lo:pos], pos)
    assert found > 300


@pytest.mark.parametrize("window, expected", [
    ("exports of ", False),      # the common case: a word, a space, the number
    ("in the year ", False),     # "r" ends "Br", "kr", but "year" ends with neither
    ("worth USD ", True),
    ("worth US$ -", True),       # a space, then a sign
    ("worth US$-", True),
    ("worth US $", True),        # "$", the last word of "US $"
    ("worth US\tDollars ", True),   # "Dollars", the last word of "US Dollars", after any whitespace
    ("worth US$\n", True),       # the line break that $ matches before
    ("worth $ - ", False),       # a space after the sign: no match (\s? comes before the sign)
    ("USD", True),
    ("", False),
])
def test_before_may_match_values(window, expected):
    assert before_may_match(window, 0, len(window), before_ends()) is expected
    if not expected:   # (what it rejects, the search does not find)
        assert patterns()[0].search(window) is None


def test_before_may_match_reads_only_the_window():
    """An alias's last word must lie inside the window searched: "USD" cut at lo is none."""
    text, ends = "worth USD 5", {"D": ("USD",)}
    assert before_may_match(text, 6, 10, ends)
    assert not before_may_match(text, 7, 10, ends)
    assert before_may_match(text, 0, 10, ends) and not before_may_match(text, 0, 11, ends)


def test_before_ends_keyed_by_last_character():
    ends = before_ends()
    assert "USD" in ends["D"] and "$" in ends["$"] and "Dollars" in ends["s"] and "CFA" in ends["A"]
    assert all(w[-1] == c and " " not in w for c, words in ends.items() for w in words)
    assert before_may_match("no ends at all ", 0, 15, {}) is True   # no table: every window may match


def test_no_unit_start_opens_no_right_unit():
    """NO_UNIT_START is written in code: none of its characters is in the class of the characters a match of
    _right_units may start with (worked out here from the whole pattern's parse, vocab.first_ahead), so a number
    followed by one has no unit on its right; the pattern's parse knows its first characters (a class, not any)."""
    import re
    from tradeflows.figures.kinds import kind_patterns
    from tradeflows.vocab import first_ahead
    rx = E._right_units(patterns()[1], kind_patterns()["scale"])
    ahead = first_ahead(rx.pattern, rx.flags)
    assert ahead.startswith("(?=[")
    first = re.compile(ahead[3:-1], rx.flags)
    assert [c for c in sorted(E.NO_UNIT_START) if first.match(c)] == []
    assert first.match(" ") and first.match("%") and first.match("$") and first.match("-")


def test_no_unit_start_changes_no_answer():
    """_right_units finds no match right after a number followed by one of NO_UNIT_START, on real pages (the
    answer _has_unit_near now skips the match for)."""
    from tradeflows.figures.kinds import kind_patterns
    from tradeflows.vocab import using_language
    for lang in ("en", "ru"):
        with using_language(lang):
            tests = E._unit_tests()
            right = E._right_units(patterns()[1], kind_patterns()["scale"])
            seen = 0
            for text in PAGES + [ODD, "в 2019, 2020 и 2021 годах (3,6%), Франция (2,3), [4] 5; 6: 7) 8»"]:
                for end in range(1, len(text)):
                    if text[end] in E.NO_UNIT_START and text[end - 1].isdigit():
                        seen += 1
                        assert right.match(text, end) is None
            assert seen > 500

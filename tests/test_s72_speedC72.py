"""Session 72, helper speedC72: _has_unit_near skips _right_units' match after a character that no match of it starts
with (figures/extract.NO_UNIT_START: ", the", ")", "]"), checked against the whole pattern's parse and on real pages
and odd strings."""
from pathlib import Path

from tradeflows.figures import extract as E
from tradeflows.figures.currencies import patterns

ROOT = Path(__file__).resolve().parents[1]
# slices of the dev corpus's pages (data/raw, a book-length PDF among them) and a Russian tuned page
PAGES = [p.read_text()[:20000] for p in sorted((ROOT / "data/raw").glob("*.txt"))] + \
        [p.read_text()[:20000] for p in sorted((ROOT / "data/russian").rglob("*.txt"))[:2]]
ODD = ("USD 5 US$ -5 US$-5 US $5 US  $ 7 US\n$8 US dollars 9 US\tDollars\n10 F CFA 11 F  CFA -12 Rs.\n13 Kshs. 14 "
       "by$5.4m to $33.8m XY$5 €-3 € −4 $\n-5 млрд руб. 6 долл.\n7 RUB 8 in 2019 the year 2020 Br 3 kr. 9 ₽ 10 "
       "5%, 6) 7] 8; 9: 10\" 11” 12’ 13» 14! 15? 16° 17}")


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

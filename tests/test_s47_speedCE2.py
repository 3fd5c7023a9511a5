"""Session 47, helper speedCE2: cheaper exact paths in extract (figures/extract.py _right_units, figures/currencies.py's
per-document gate patterns under skip_compile), each compared with what it replaced."""
import re
from pathlib import Path

import pytest

from tradeflows.figures import currencies as C
from tradeflows.figures import extract as E
from tradeflows.figures.kinds import PERCENT, POINTS, kind_patterns
from tradeflows.figures.ranges import RANGE_DASH

ROOT = Path(__file__).resolve().parents[1]
# slices of the dev corpus's pages (data/raw), a book-length PDF among them, read at every position
PAGES = [p.read_text()[:30000] for p in sorted((ROOT / "data/raw").glob("*.txt"))]
ODD = ("5 - 7 percent 5 -7 billion 5 to 7 dollars 5 and x% 5 - 7 6 to 8 USD 3-fold 2 times 4 US$ billion 7 pp 8 p.p. "
       "9 п.п. 10 of dollars 11.USD 12. долларов 13-dollars 14 to 15 16–17 % 18 — 19 bn 20 [million] 21 tо 22\u00a0% "
       "23 and 24 per cent 25 to $ 26 million 27 (!) percent 28 Rs. crore 29 ſom 30 DOLLARS 31 ınr 32 to x 33 -fold")


def _old_right(text, end, after_re, pats):
    """The right-hand tests of _has_unit_near before _right_units (session 47's start)."""
    if E._NEAR_RIGHT.match(text, end) or E._SIGN_THEN_SCALE.match(text, end):
        return True
    m = RANGE_DASH.match(text, end) or E._RANGE_NEXT.match(text, end)
    k = E._DIGITS_RE.match(text, m.end()).end() if m else end
    return bool(pats["scale"].match(text, k) or after_re.match(text, k) or PERCENT.match(text, k)
                or POINTS.match(text, k))


def test_right_units_same_as_the_tests_it_replaced():
    _, after_re = C.patterns()
    pats = kind_patterns()
    u = E._right_units(after_re, pats["scale"])
    assert E._right_units(after_re, pats["scale"]) is u   # built once
    found = 0
    for text in PAGES + [ODD]:
        for j in range(len(text) + 1):
            old = _old_right(text, j, after_re, pats)
            assert (u.match(text, j) is not None) == old, (text[max(0, j - 30):j], text[j:j + 30])
            found += old
    assert found > 100


@pytest.mark.parametrize("text, end, expected", [
    ("exports of 5 - 7 percent", 12, True),       # a range, then its percent
    ("between 5 to 7 dollars", 9, True),
    ("in 2019, exports", 7, False),
    ("the 2019 - 2020 season", 8, False),          # a range with nothing after it: no test at the number's end
    ("rose 3.2 bn", 8, True),
    ("12 USD billion", 2, True),
    ("a 3-fold rise", 3, True),
])
def test_right_units_cases(text, end, expected):
    _, after_re = C.patterns()
    pats = kind_patterns()
    assert (E._right_units(after_re, pats["scale"]).match(text, end) is not None) == expected
    assert _old_right(text, end, after_re, pats) == expected


def test_gate_patterns_same_matches_as_re_compile():
    a = C.aliases()
    pats = []
    for alias in sorted(a.local_before)[:12]:
        pats.append(C._names_pattern("before", alias))
    for alias in sorted(a.local_after)[:12]:
        pats.append(C._names_pattern("after", alias))
    pats += [C._marked_pattern("USD"), C._marked_pattern("USD", True), C._marked_pattern("NZD", True),
             C._declared_pattern(("AUD", "CAD", "HKD", "NZD", "SGD", "TWD")), C._declared_pattern(())]
    text = "\n".join(PAGES) + " US$5 billion NZ$20 billion in Canadian dollars (CAD) New Zealand's Gambian HKD [Millions]"
    for p in pats:
        plain = re.compile(p.pattern, p.flags)
        assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)], p.pattern[:60]

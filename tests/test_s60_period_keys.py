"""find_times' keys read by str.find and a look around each place (speedI60) answer as the regexes they stand for."""
import random

from tradeflows.facts import periods as P


def _strings(alphabet, n=20000, longest=10, seed=60):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest)))


def test_abbr_range_key_is_the_key_regex():
    alphabet = ["-", "–", "/", " ", "\t", "\n", "\u2003", "to", "through", "Jan", "Sep", "Sept", "May", "x", "a", "1", "T", "o",
                " to ", " through "]
    key = P._KEYS["abbr_range"]
    for s in _strings(alphabet):
        assert (key.search(s) is not None) == P._abbr_range_key(s), s
    assert P._abbr_range_key("exports in Jul-Mar rose") and P._abbr_range_key("from Jan to Oct")
    assert not P._abbr_range_key("in March to the end") and not P._abbr_range_key("a-xJan")


def test_span_key_is_the_span_regex():
    alphabet = ["19", "20", "2", "0", "1", "9", "-", "–", "/", " ", "\u2003", "'", "’", "‘", "x", "\u0663"]
    for s in _strings(alphabet):
        assert (P._SPAN.search(s) is not None) == P._span_key(s), s
    assert P._span_key("in fy 2022-23") and P._span_key("2019 / ’20") and not P._span_key("2019- x20")


def test_now_matches_are_finditers():
    lc = next(x[4] for x in P._plan() if x[0] == "now")
    for s in ("up from the current level of $ 82 billion, current 5", "presently 5 and existing 7", "current current 3"):
        low = s.lower()
        assert [m.span() for m in P._opening_matches(lc, low, 0, len(low), P._OPENING_WORDS["now"])] == \
               [m.span() for m in lc.finditer(low, 0, len(low))]

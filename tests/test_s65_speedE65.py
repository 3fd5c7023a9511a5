"""Session 65, speed (speedE65): find_times' gates give the answers of the ungated paths.

TriggerIndex.capital_stem (a month's stem written with a capital letter), the keys and _opened's _NEEDS_STEM /
_NEEDS_YEAR, and to_month's key by str.find change no time expression found: the sentences below are constructed
(labelled so) to hold lower-cased stems ("market", "decline", the verb "may"), capitalised months and abbreviations,
years and none; the books of data/raw (the founding corpus) are read sentence by sentence with and without the index.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tradeflows.facts.periods import TriggerIndex, _as_up_to, _opened, find_times
from tradeflows.vocab.lowercase import lower_text

# constructed sentences: lower-cased stems only, capitalised months and abbreviations, days, ranges, years
CONSTRUCTED = [
    "The market may decline by 5% as demand for innovation falls, the minister said.",
    "The market may decline by 5% in 2023 as of the end of the decade, up to 12 percent.",
    "Exports to the market rose 12% in March 2023 from Nov 1 to Nov 20 and in Sept. 1-20 2022.",
    "For Jul-Mar 2022, exports grew; Mar-2022 imports fell; Dec 2021 saw $6.9 billion, in Jan.",
    "Korea exports up 5% in Jan, China Jan-Feb exports rise, the decline in 5M23 and 1H17.",
    "exports in the months of Jan to Oct were $2 billion; from Nov 1 to Nov 20 they were $1 billion.",
    "In May, exports rose; they may rise again in May 2024, as at June, up until October 2011.",
    "April 2022-March 2023 and between July 2022 and June 2023 the separate market grew 3.5 billion.",
    "the decline of 1,950 million dollars [2020] and the 2019-20 fiscal year, FY23, period 2019 to 2021.",
]


def _sentences(text: str):
    starts = [0] + [m.end() for m in re.finditer(r"[.!?]\s+|\n", text)]
    return zip(starts, starts[1:] + [len(text)])


@pytest.mark.parametrize("text", CONSTRUCTED)
def test_find_times_with_the_index_is_find_times_without(text):
    """The index path (capital stems, _opened's left-out patterns) finds what the path without the index finds."""
    low = lower_text(text)
    index = TriggerIndex(low)
    for s, e in list(_sentences(text)) + [(0, len(text))]:
        assert find_times(text, s, e, low, index) == find_times(text, s, e, low), (s, e)


@pytest.mark.parametrize("name", ["000_523d8aef60cdafc4.txt", "002_d6a3e8bd91e997c9.txt"])
def test_find_times_on_the_books_with_and_without_the_index(name):
    """Every sentence of two books of the founding corpus (data/raw): the same times with the document's index."""
    path = Path(__file__).resolve().parent.parent / "data" / "raw" / name
    text = path.read_text(encoding="utf-8")
    low = lower_text(text)
    if low is None:
        pytest.skip("no lower-cased copy of the text")
    index = TriggerIndex(low)
    for s, e in _sentences(text):
        assert find_times(text, s, e, low, index) == find_times(text, s, e, low), (s, e)


def test_capital_stem():
    """A month's stem counts only where the text writes it with a capital letter (constructed sentences)."""
    text = "The market may decline. In March exports rose. Sept figures. May I add. the decade"
    low = lower_text(text)
    index = TriggerIndex(low)
    first = text.index(".") + 1
    assert not index.capital_stem(text, 0, first)                        # market, may, decline: lower case
    assert index.capital_stem(text, first, text.index("exports"))        # March
    assert index.capital_stem(text, text.index("Sept"), text.index("Sept") + 4)
    assert not index.capital_stem(text, text.index("Sept"), text.index("Sept") + 2)   # the stem cut by the end
    assert index.capital_stem(text, text.index("May I"), len(text))      # "May" opening a sentence: a capital stem
    assert not index.capital_stem(text, text.index("the decade"), len(text))


def test_as_up_to_is_its_regex():
    """_as_up_to answers as re.search(r"as\\s+(?:of|at)|up\\s+(?:to|until)") on random strings of its pieces."""
    rx = re.compile(r"as\s+(?:of|at)|up\s+(?:to|until)")
    pieces = ["as", "up", "of", "at", "to", "until", " ", "\u00a0", "\n", "x", "a", "s", "u", "p", "t", "o", "f", "il"]
    rnd = random.Random(65)
    for _ in range(20000):
        t = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert _as_up_to(t) == (rx.search(t) is not None), t
    assert _as_up_to("exports as of june") and _as_up_to("up  to october") and not _as_up_to("upset as a rule")


def test_opened_leaves_out_only_what_needs_a_stem_or_a_year():
    """_opened with no stem and no year leaves out just the patterns of _NEEDS_STEM and _NEEDS_YEAR."""
    from tradeflows.facts.periods import _NEEDS_STEM, _NEEDS_YEAR
    words = frozenset({"mar", "year", "from", "month", "same"})
    full = _opened(True, False, words, True, True)
    cut = _opened(True, False, words, False, False)
    assert [x[0] for x in cut] == [x[0] for x in full if x[0] not in _NEEDS_STEM | _NEEDS_YEAR]
    assert _opened(True, False, words) == _opened(True, False, words, True, True)   # (the stem among the words)

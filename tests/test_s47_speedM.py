"""Session 47, speedM: cheaper paths of the place scan and the frames' word gate, each exact.

- frames._frames_need_of: a sentence's clauses found by one findall of the longest word at each position (and the
  words that are its prefixes) equal what testing every word as a substring finds;
- places._Registry._lower_whole_text: the searches per tail of a head find what the per-sentence loop finds (also
  checked on every tuned page by test_s46_speedR2), on odd cases here: a range opening at a head, two heads at one
  position ("Eurozone", "Euro" + "zone"), a head glued to a word;
- places.new_place: a true Place, equal to the dataclass's and still frozen."""
from __future__ import annotations

import dataclasses

import pytest

from tradeflows.evaluate import load_sets
from tradeflows.facts import frames as F
from tradeflows.facts.places import Place, new_place
from tradeflows.vocab.lowercase import lower_text

from devdocs import ROOT
from test_s46_speedR2 import _both   # the per-sentence loop and the whole-text search of the lower-case aliases


def _tuned_texts():
    for s in load_sets(ROOT / "data" / "eval_sets.csv"):
        for path in sorted(s.raw.glob("*.txt")):
            if path.name not in s.heldout:
                yield path.read_text("utf-8", errors="replace")


def _clauses_by_substring(low: str) -> list[bool]:
    """Each frame's gate read the plain way: every top-level word of its need in the text, and one word of each of
    its alternations (the session-46 test, _holds)."""
    out = []
    for lc in F._frames_lc_of("en"):
        need = F._need(lc)
        out.append(need is None or (all(w in low for w in need[0]) and all(any(w in low for w in ws) for ws in need[1])))
    return out


def _clauses_by_findall(low: str) -> list[bool]:
    needs, longest, satisfies = F._frames_need_of("en")
    sat = 0
    for w in set(longest.findall(low)):
        sat |= satisfies[w]
    return [sat & need == need for need in needs]


def test_longest_word_gate_equals_substring_tests_on_tuned_pages():
    n = 0
    for text in _tuned_texts():
        low = lower_text(text)
        if low is None:
            continue
        for s in range(0, len(low), 700):   # sentence-sized stretches, and a word cut at each edge
            piece = low[s:s + 900]
            assert _clauses_by_findall(piece) == _clauses_by_substring(piece)
            n += 1
    assert n > 1000


@pytest.mark.parametrize("text", [
    # www.marketscreener.com (Eurostat, 15 November 2023): "exported" holds "export", "exporter" is another word
    "in september 2023, the first estimate for euro area exports of goods to the rest of the world was €237.4 bn",
    "the exporter's exports exported; importing imports into the region", "", "x", "\x00,\x00", "rade trade traded",
])
def test_longest_word_gate_odd_cases(text):
    assert _clauses_by_findall(text) == _clauses_by_substring(text)




@pytest.mark.parametrize("text,start", [
    ("Exports to the Eurozone and the euro area rose; Eurozone's and euro zone imports fell.", 0),
    ("the euro area, The euro area, theeuro area, Non-EU countries and non-CIS countries", 0),
    ("the euro area opens the range", 0),
    ("xthe euro area: the range opens one letter into the head", 1),
    ("Third countries, third-country markets and southern African countries", 0),
])
def test_tails_find_what_the_loop_finds(text, start):
    a, b = _both(text, start)
    assert a == b
    padded = text + " " * 2000   # a whole text's length
    assert _both(padded, start) == (a, a)


def test_new_place_is_a_frozen_place():
    p = new_place(3, 8, "China", "China", "CHN", "country")
    q = Place(3, 8, "China", "China", "CHN", "country")
    assert type(p) is Place and p == q and hash(p) == hash(q) and repr(p) == repr(q)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.start = 4
    assert dataclasses.replace(p, kind="region") == dataclasses.replace(q, kind="region")

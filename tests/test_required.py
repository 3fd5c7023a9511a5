"""vocab.required: the literal pieces every match of a pattern holds, read off its parse (a
prefilter: when text lacks them, the pattern's scan is skipped), checked on the patterns it gates."""
from __future__ import annotations

import re

import pytest

from tradeflows.facts import periods_bases as B
from tradeflows.vocab import holds, required


@pytest.mark.parametrize("pattern, flags, expected", [
    pytest.param(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I, (("by",),), id="run-then-optional-group"),
    pytest.param(r"\b(?:figure|indicator|level|total)s?\s+(?:for|of)\s+(?:the\s+)?$", re.I,
                 (("figure", "indicator", "level", "total"), ("for", "of")), id="two-groups"),
    pytest.param(r"Compared\s+(?:TO|with)", re.I, (("compared",), ("to", "with")), id="ignorecase-lowered"),
    pytest.param(r"Compared\s+(?:TO|with)", 0, (("Compared",), ("TO", "with")), id="case-kept"),
    pytest.param(r"(?:same\s+period|(?:much|high)\s+as)", 0, (("period", "much", "high"),), id="rarest-piece-of-a-branch"),
    pytest.param(r"(?:from|\d+)\s+to", 0, (("to",),), id="a-branch-without-a-piece-is-no-group"),
    pytest.param(r"(?:over)?\s*\d+", 0, (), id="optional-only"),
    pytest.param(r"(?<=foo)bar(?=baz)", 0, (("bar",),), id="look-arounds-left-out"),
    pytest.param(r"(?:ab)+c", 0, (("ab",), ("c",)), id="repeat-at-least-once"),
])
def test_required_pieces(pattern, flags, expected):
    assert required(pattern, flags) == expected


def test_holds_needs_a_piece_of_every_group():
    groups = (("figure", "level"), ("for", "of"))
    assert holds("the level of", groups)
    assert not holds("the level in", groups)
    assert holds("anything", ())


# words before a time expression, from the dev pages' sentences: each pattern that matches them
# holds its required pieces (the prefilter never skips a match)
BEFORE = [
    "exports rose 12% compared to the same period of ",
    "to $6.85 bn from a peak of $16.9 bn in ",
    "an increase of €1,990 million (+3.9%) on the ",
    "The exports grew 29.3% over ",
    "the highest since comparable data became available in ",
    "which is 22.1 percent more than in the ",
    "the figure for ",
    "as much as in ",
    "compared with SR 1.96 billion [U.S. $ 0.52 billion] during ",
]


@pytest.mark.parametrize("name", ["BASE_BEFORE", "SAME_PERIOD", "_FIGURE_FOR_BEFORE", "BASE_VALUE_BEFORE"])
def test_a_match_holds_its_required_pieces(name):
    rx = getattr(B, name)
    groups = required(rx.pattern, rx.flags)
    assert groups, name
    matched = [s for s in BEFORE if rx.search(s)]
    assert matched, name
    for s in matched:
        assert holds(s.lower(), groups), (name, s)

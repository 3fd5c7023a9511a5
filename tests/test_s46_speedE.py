"""Session 46, speed of the extract stage: the cheaper paths give exactly what the patterns they stand for give.

figures/numbers.anchors() stands for anchor_pattern().finditer(); extract._glued_left for _GLUED_LEFT.search; the
pre-tests of _SPACED_SCALED and _URLISH only skip numbers whose pattern cannot match (the dump of every eval set's
predictions was byte-identical before and after)."""
from pathlib import Path

import pytest

from tradeflows.figures.extract import _GLUED_LEFT, _glued_left
from tradeflows.figures.numbers import anchor_pattern, anchors

ROOT = Path(__file__).resolve().parent.parent


def _spans(text):
    return [m.span() for m in anchor_pattern().finditer(text)]


@pytest.mark.parametrize("text", [
    "", "one", "x one", "5one", "_one", "someone", "One and a half", "ONE", "oNe two",
    "a third", "A third of", "an  order of magnitude", "an\nthird", "na third", "a thirdly", "a 3rd",
    "fifty-five", "doubled 3", "Twice the 2019 figure", "the tenth time, often ten", "twelve,twenty",
    "İone two",     # a dotted capital I: lower() makes the text longer, the pattern scans it
    "exports rose 12.5% to one-third of the total, twice as much as in 2021 (a quarter)",
    # (https://www.vrt.be/vrtnws/en/2020/11/16/recovery-in-foreign-trade-underway/)
    "Figures for September were still down compared with a year ago, but only by 7.4%.\n\nImports too remain "
    "lower than a year ago but here too the three-month average is showing a recovery.",
    # (https://www.strategic-risk-global.com/supply-chain-risk/trade-flows-continue-to-decline/1379476.article)
    "Double digit rates of decline not seen since 2007\n\nThe steep rate of decline already observed for Q4 2008 "
    "reached two-digit levels in Q1 2009",
    "٣ Arabic-Indic digits ٣٤ and １２ full-width ones",
])
def test_anchors_are_the_pattern_matches(text):
    assert list(anchors(text)) == _spans(text)


def test_anchors_on_the_bench_corpus():
    files = sorted((ROOT / "data" / "raw").glob("*.txt"))
    assert files
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        assert list(anchors(text)) == _spans(text), f.name


@pytest.mark.parametrize("left", ["", "a", "ab\n", "\n", "x\n\n", "é", "5", "Q", "q\n", " \n", "a b", "in Q"])
def test_glued_left_is_the_search(left):
    assert _glued_left(left) == bool(_GLUED_LEFT.search(left))

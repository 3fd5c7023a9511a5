"""Lower-cased copies of re.I patterns find the same spans on lower-cased text (vocab/lowercase.py)."""
import re

from tradeflows.facts.frames import _frames
from tradeflows.facts.periods import BASE_BEFORE, SAME_PERIOD
from tradeflows.facts.context import cue_vocab
from tradeflows.vocab.lowercase import lower_copy, lower_text

# data/external/raw/d41_cbw-georgia-eu-2019.txt, lines 1 and 3
SENTENCES = [
    "Georgia’s exports to the EU countries amounted to $ 360.9 million in January-May 2019 which is "
    "22.1 percent more than in the previous year and makes 24.6 percent of the country's total exports, "
    "the National Statistical Office reports.",
    "Trade turnover with CIS countries reached $ 1 700.0 mln that is 1.3 percent more than last year.",
]


def _spans(rx, text):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_cue_patterns_same_spans_lower_cased():
    v = cue_vocab()
    for key in ("measure", "status", "org"):
        for s in SENTENCES:
            assert _spans(v[key + "_re"], s) == [
                (span, {k: g and g.lower() for k, g in gd.items()})
                for span, gd in _spans(v[key + "_lc"], lower_text(s))]
    assert [m.group() for m in v["measure_lc"].finditer(lower_text(SENTENCES[1]))] == ["trade turnover"]


def test_frame_and_base_patterns_same_spans():
    for rx in [BASE_BEFORE, SAME_PERIOD] + [f[-1] for f in _frames()]:
        lc = lower_copy(rx)
        assert lc is not None and lc.groupindex == rx.groupindex
        for s in SENTENCES:
            assert [m.span() for m in rx.finditer(s)] == [m.span() for m in lc.finditer(lower_text(s))]
    assert BASE_BEFORE.search(SENTENCES[0][:150]) is None
    assert lower_copy(BASE_BEFORE).search(lower_text("22.1 percent more than in the ")).group() == "than in the "


def test_unsafe_characters_keep_re_i():
    assert lower_text("İstanbul") is None and lower_text("ſ") is None and lower_text("ı") is None
    assert lower_copy(re.compile(r"\S+ exports", re.I)) is None     # an upper-case escape
    assert lower_copy(re.compile(r"exports")) is None                # not re.I: nothing to copy
    assert lower_copy(re.compile(r"(?P<A>\d+) Exports", re.I)).pattern == r"(?P<A>\d+) exports"

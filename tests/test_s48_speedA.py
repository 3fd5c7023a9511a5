"""Session 48, speedA: the admission cues' patterns are compiled with skip_compile (vocab/skip.py), which adds a
first-character prefilter to a pattern that sre gives none (one opening on \\b or a look-behind), so a search over a
figure's window tests one class per position instead of entering the pattern at each. The code after the prefilter
is re.compile's own: every span and group must equal a plain re.compile's, for search, finditer and match at any
window. Real sentences from millenniumpost.in (https://www.millenniumpost.in/amp/business/chinas-trade-surplus-swells-to-8776-billion-505279,
an AP report), not an outlet of any data set."""
from __future__ import annotations

import re

import pytest

from tradeflows.dataset import cues_measure, cues_partner, cues_period, cues_reporter, cues_text, series
from tradeflows.vocab.patterns import EnglishCue

SENTENCES = [
    "Beijing: China’s trade surplus swelled to a record $877.6 billion last year as exports rose 7 per cent despite "
    "weakening US and European demand and anti-virus controls that temporarily shut down Shanghai and other "
    "industrial centres.",
    "Exports increased to $3.95 trillion, decelerating from 2021’s explosive 29.9 per cent gain, customs data showed Friday.",
    "December exports fell for a third month, contracting 10.1 per cent from a year earlier to $306.1 billion.",
    "2022 exports to the United States edged up 1per cent over 2021 to $581.8 billion despite tariff hikes by "
    "President Joe Biden’s predecessor, Donald Trump, that still are in place on many goods.",
    "China’s annual trade surplus with the United States, one of the irritants that prompted Trump to hike tariffs, "
    "widened by 1.8 per cent from the previous year to $404.1 billion.",
    "Chinese imports of American goods declined 1 per cent to $177.6 billion.",
]


def _patterns():
    for mod in (cues_measure, cues_partner, cues_period, cues_reporter, cues_text):
        for name, value in sorted(vars(mod).items()):
            if isinstance(value, re.Pattern):
                yield f"{mod.__name__}.{name}", value
            elif isinstance(value, EnglishCue):
                # (a lazy reader of a row of vocab/en/patterns.csv, session 58: built on first use)
                yield f"{mod.__name__}.{name}", value()
            elif isinstance(value, dict) and value and all(isinstance(v, re.Pattern) for v in value.values()):
                for k, v in value.items():
                    yield f"{mod.__name__}.{name}[{k}]", v
            elif isinstance(value, dict) and value and all(isinstance(v, EnglishCue) for v in value.values()):
                for k, v in value.items():
                    yield f"{mod.__name__}.{name}[{k}]", v()
    yield "cues_reporter._entity_cues", cues_reporter._entity_cues()[0]
    yield "cues_reporter._company_name", cues_reporter._company_name()
    yield "cues_measure._product_non", cues_measure._product_non()
    yield "series._source_re", series._source_re()
    # (patterns built on first use, session 56: no vocabulary file is read at import)
    yield "cues_measure._product_list", cues_measure._product_list()
    yield "cues_partner._joint_partner", cues_partner._joint_partner()


PATTERNS = list(_patterns())


def _spans(ms):
    return [(m.span(), m.groups()) for m in ms]


def test_every_cue_pattern_found():
    assert len(PATTERNS) > 70


@pytest.mark.parametrize("name,rx", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_same_matches_as_re_compile(name, rx):
    plain = re.compile(rx.pattern, rx.flags)
    for s in SENTENCES:
        n = len(s)
        for lo, hi in ((0, n), (10, n), (0, 60), (25, 90), (40, n - 7)):
            assert _spans(rx.finditer(s, lo, hi)) == _spans(plain.finditer(s, lo, hi)), (name, lo, hi)
            a, b = rx.search(s, lo, hi), plain.search(s, lo, hi)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, lo, hi)
        for i in range(n):
            a, b = rx.match(s, i), plain.match(s, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, i)

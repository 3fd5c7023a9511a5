"""A frame after a figure behind a phrase of cause is the cause's, not the figure's (rule cause_gap_after).

"Japan's automotive trade grew 13% in 2013 on the strength of surging exports to the U.S.": the exports to the U.S.
are why the total grew; the figure is the total's. frames._nearest_frame asks this only of a frame that starts
after the figure (a short gap, no comma), and only where the gap holds a word the phrases need (the row's words), so
the pattern (row frame_cause_gap of vocab/en/patterns.csv; other languages' rows join it) runs on few gaps.
"""
from __future__ import annotations

import re

from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

_CAUSE_GAP = EnglishCue("frame_cause_gap", re.I)


def cause_gap(gap: str) -> bool:
    """The gap between a figure and a frame after it holds a phrase of cause ("on the strength of", "thanks to",
    "driven by"): the frame is the cause's. A gap lacking every word the row's phrases need (vocab.pattern_needs,
    read off the row, so a phrase added to it is looked for too) is passed without the scan."""
    rx = cue("frame_cause_gap", _CAUSE_GAP())
    return holds(gap.lower(), pattern_needs(rx)) and rx.search(gap) is not None

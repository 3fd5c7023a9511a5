"""A place that is the frame of a comparison is no counterpart of trade (rule comparison_frame, session 70).

"Ireland has achieved the highest trade surplus relative to GDP in the EU" (nationsencyclopedia.com): the EU is where
the measure is compared ("relative to GDP in", "compared with ... in", "as a share of GDP among"), not where the goods
went; read as a counterpart it was carried onto the page's next figures, the country's own exports and imports, or
made the counterpart of the page's head (facts/carry.py reads this for both). The
cue is vocab/<lang>/patterns.csv comparison_frame_before, read within REACH characters before the place by one
search (about 3,100 instructions a place, valgrind): a first test of the words every match holds
(vocab.pattern_needs_as_written, fourteen str.find over the window, about 2,000 each) cost nine times the search it
would spare, +18M instructions a pass over data/raw against +2M, so the search is asked alone."""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue

# how far before the place the comparison's cue may start ("relative to its gross domestic product in the")
REACH = 56
_frame_before = EnglishCue("comparison_frame_before", re.I)


def comparison_frame(text: str, p) -> bool:
    """Whether the place p closes a comparison's frame ("relative to GDP in the EU"): the cue ends right before it."""
    start = p.start
    return cue("comparison_frame_before", _frame_before()).search(text, start - REACH if start > REACH else 0,
                                                                 start) is not None

"""A place that is the frame of a comparison is no counterpart of trade (rule comparison_frame, session 70).

"Ireland has achieved the highest trade surplus relative to GDP in the EU" (nationsencyclopedia.com): the EU is where
the measure is compared ("relative to GDP in", "compared with ... in", "as a share of GDP among"), not where the goods
went; read as a counterpart it was carried onto the page's next figures, the country's own exports and imports, or
made the counterpart of the page's head (facts/carry.py reads this for both). The
cue is vocab/<lang>/patterns.csv comparison_frame_before, read within REACH characters before the place and only
where the words every match of it holds (vocab.pattern_needs_as_written) stand in that window, so the regex runs on
few places."""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import current_language, pattern_needs_as_written
from tradeflows.vocab.patterns import EnglishCue, cue_in

# how far before the place the comparison's cue may start ("relative to its gross domestic product in the")
REACH = 56
_frame_before = EnglishCue("comparison_frame_before", re.I)


@lru_cache(maxsize=None)
def _frame(lang: str) -> tuple[re.Pattern, tuple[tuple[str, ...], ...]]:
    """(the cue in the language, the literal pieces each match holds, as written), found once per language."""
    rx = cue_in(lang, "comparison_frame_before", _frame_before())
    return rx, pattern_needs_as_written(rx)


def comparison_frame(text: str, p) -> bool:
    """Whether the place p closes a comparison's frame ("relative to GDP in the EU"): a cheap test of the cue's
    literal pieces in the window before it, then the cue itself."""
    rx, needs = _frame(current_language())
    start = p.start
    a = start - REACH if start > REACH else 0
    for group in needs:
        for piece in group:
            if text.find(piece, a, start) >= 0:
                break
        else:
            return False
    return rx.search(text, a, start) is not None


"""Two levels set against each other after one flow is said to exceed the other: "экспорт превысил импорт – 9 млрд 626,2
млн долларов США против 3 млрд 374,5 млн долларов США" (veved.ru) is exports, then imports, not the balance the words
"превысил импорт" name when an amount of the difference follows them (rule exceeds_pair; facts/measure.py asks)."""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab.patterns import EnglishCue, cue


# right after the first level: the word that sets the second against it (" против ", " against ")
_pair_gap = EnglishCue("exceeds_pair_gap", re.I)
# right before the first level: "<flow> exceeded <flow>" and a dash or colon; groups 1 and 2 the two flows' words
_lead = EnglishCue("exceeds_pair_lead", re.I)
# right before the second level: the same lead, the first level, the gap (its groups as _lead's)
_second = EnglishCue("exceeds_pair_second", re.I)
# right before the second level: the gap word alone (" против ", " against ")
_gap_before = EnglishCue("exceeds_pair_gap_before", re.I)
_import_stem = EnglishCue("difference_import", re.I)
GAP_REACH = 16       # characters before the second level read for the gap word
LEAD_REACH = 80      # characters before the first level read for the lead
SECOND_REACH = 160   # characters before the second level read for the lead, the first level and the gap


def _flow(word: str) -> str:
    return "imports" if cue("difference_import", _import_stem()).search(word) else "exports"


def exceeds_pair(text: str, f: Figure, s_start: int):
    """(measure, "exceeds_pair", span of the flow's word) of a level of the pair, else None."""
    if f.kind != "money":
        return None
    if cue("exceeds_pair_gap", _pair_gap()).match(text, f.clean_end):
        m = cue("exceeds_pair_lead", _lead()).search(text, max(s_start, f.clean_start - LEAD_REACH), f.clean_start)
        k = 1
    elif cue("exceeds_pair_gap_before", _gap_before()).search(text, max(s_start, f.clean_start - GAP_REACH), f.clean_start):
        # (the long look back only behind the gap word: one short search a money figure)
        m = cue("exceeds_pair_second", _second()).search(text, max(s_start, f.clean_start - SECOND_REACH), f.clean_start)
        k = 2
    else:
        return None
    if m is None:
        return None
    # (the English rows' groups and the page language's rows' groups are of one alternation: the k-th that matched)
    g = [i for i in range(1, m.re.groups + 1) if m.group(i) is not None][k - 1]
    return _flow(m.group(g)), "exceeds_pair", m.span(g)

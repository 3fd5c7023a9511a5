"""The Russian colon head that sets a list of percents against a base level (rule ru_growth_base_head).

"экспорт в Россию превысил февральские значения: Словения - 37%, Латвия - 67%" and "импорт оказался выше
уровней конца зимы в 10 государствах: ... Испания - 46%": the words before the colon say the figures after it
exceed (or fall short of) a base level, so each percent is a change against that base, not a part of a whole.
lang_ru asks this only for a percent no other rule has read, before it falls to a share; the cue words are the
rows colon_head_above_base and colon_head_below_base of vocab/ru/patterns.csv, and a head lacking the literal
pieces every match of them holds is skipped without a scan (vocab.pattern_needs).
"""
from __future__ import annotations

from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import NEVER, cue_in

LANG = "ru"
# how far before the colon the head is read (as lang_ru's colon_head_change)
HEAD_WINDOW = 90


def base_head_sign(left: str) -> int | None:
    """+1 when the words before the last colon of left (no semicolon after it) say "above the base level", -1 when
    they say "below it", None when they say neither: the sign of the change a listed percent after them states."""
    k = left.rfind(":")
    if k < 0 or ";" in left[k:]:
        return None
    head = left[max(0, k - HEAD_WINDOW):k]
    low = head.lower()
    for name, sign in (("colon_head_below_base", -1), ("colon_head_above_base", 1)):
        rx = cue_in(LANG, name, NEVER)
        if holds(low, pattern_needs(rx)) and rx.search(head):
            return sign
    return None

"""A list of changes closed or opened by "соответственно" whose items pair, in order, with the quantities named before
it: a change paired with a count of units or a tonnage is that quantity's change, which the guidelines leave out (rule
physical_change, form physical_respectively).

"В январе-июне этого года в Азербайджан было импортировано 39 643 автомобилей различного назначения на сумму 397,6 млн
долларов США. ... это соответственно на 69,3% и 37,1% больше, чем за аналогичный период прошлого года" (yenixeber.org,
ruweb52 dm01): the 69,3% is the cars' count's change, the 37,1% the value's.

The quantities are read in the list's own sentence before it, else from the sentence before on: a count (a number, its
scale, a unit noun: row physical_respectively_quantity of vocab/ru/patterns.csv) or a money figure, in text order; the
list pairs only when their number is the list's. The words of row respectively gate the rule: a page without them
costs a few substring tests.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.records import Figure
from tradeflows.vocab import holds, pattern_needs_as_written
from tradeflows.vocab.patterns import NEVER, cue_in

LANG = "ru"


@lru_cache(maxsize=1)
def _gaps(qual: str) -> tuple[re.Pattern, re.Pattern]:
    """The gap between two changes of the list ("69,3% и 37,1%", "на 10%, 20% и 30%", "в 2 раза и на 15%") and the gap
    between the word and the list it opens ("соответственно на", "соответственно – в"); a qualifier of cues.csv (qual,
    the alternation figures/lang_ru.py builds: "почти", "около", "более чем" ...) may stand before a change."""
    hedge = rf"(?:(?:{qual})\s+)?"
    return (re.compile(rf"\s*(?:,|и)\s*(?:,\s*)?(?:и\s+)?(?:на\s+|в\s+)?{hedge}", re.I),
            re.compile(rf"\s*(?:[-–—,]\s*)?(?:на\s+|в\s+)?{hedge}", re.I))


# the gap between the list and the word that closes it ("..., 37,1% соответственно")
_CLOSES = re.compile(r"\s*,?\s*", re.I)


def physical_respectively(d, out: list[Figure], qual: str) -> set[int]:
    """The indexes of out's changes a "соответственно" list pairs with a count of units or a tonnage."""
    text = d.text
    word = cue_in(LANG, "respectively", NEVER)
    if not holds(text, pattern_needs_as_written(word)):
        return set()
    quantity = cue_in(LANG, "physical_respectively_quantity", NEVER)
    gaps = _gaps(qual)
    found: set[int] = set()
    for m in word.finditer(text):
        run = _list_at(text, out, m.start(), m.end(), gaps)
        if len(run) < 2:
            continue
        first = out[run[0]].clean_start
        i, ss, _ = d.sentence(m.start())
        for lo in ([ss, d.sentence(ss - 1)[1]] if i > 0 else [ss]):
            items = _items(text, out, quantity, lo, min(first, m.start()))
            if len(items) == len(run):
                found.update(j for j, is_qty in zip(run, items) if is_qty)
                break
    return found


def _list_at(text: str, out: list[Figure], ws: int, we: int, gaps: tuple[re.Pattern, re.Pattern]) -> list[int]:
    """The indexes of the run of changes the word at [ws, we) opens or closes."""
    next_gap, opens = gaps
    growth = [j for j, f in enumerate(out) if f.kind == "growth"]
    after = [j for j in growth if out[j].clean_start >= we]
    before = [j for j in growth if out[j].clean_end <= ws]
    run: list[int] = []
    if after and opens.fullmatch(text, we, out[after[0]].clean_start):
        run = [after[0]]
        for j in after[1:]:
            if not next_gap.fullmatch(text, out[run[-1]].clean_end, out[j].clean_start):
                break
            run.append(j)
    elif before and _CLOSES.fullmatch(text, out[before[-1]].clean_end, ws):
        run = [before[-1]]
        for j in reversed(before[:-1]):
            if not next_gap.fullmatch(text, out[j].clean_end, out[run[0]].clean_start):
                break
            run.insert(0, j)
    return run


def _items(text: str, out: list[Figure], quantity: re.Pattern, lo: int, hi: int) -> list[bool]:
    """The quantities and money figures in text[lo:hi], in order: True for a quantity, False for money."""
    money = [(f.clean_start, f.clean_end) for f in out if f.kind == "money" and lo <= f.clean_start < hi]
    qty = [(q.start(), q.end()) for q in quantity.finditer(text, lo, hi)
           if not any(s < q.end() and q.start() < e for s, e in money)]
    return [is_qty for _, is_qty in sorted([(s, False) for s, _ in money] + [(s, True) for s, _ in qty])]

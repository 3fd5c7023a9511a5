"""A list of changes closed or opened by "соответственно" whose items pair, in order, with the quantities named before
it: a change paired with a count of units or a tonnage is that quantity's change, which the guidelines leave out (rule
physical_change, form physical_respectively).

"В январе-июне этого года в Азербайджан было импортировано 39 643 автомобилей различного назначения на сумму 397,6 млн
долларов США. ... это соответственно на 69,3% и 37,1% больше, чем за аналогичный период прошлого года" (yenixeber.org,
ruweb52 dm01): the 69,3% is the cars' count's change, the 37,1% the value's.

The quantities are read in the list's own sentence before it, else from the sentence before on: a count (a number, its
scale, a unit noun: row physical_respectively_quantity of vocab/ru/patterns.csv) or a money figure, in text order; the
list pairs only when their number is the list's. The Russian word (row respectively) gates the rule: a page without it
costs one substring test.
"""
from __future__ import annotations

import re

from tradeflows.records import Figure
from tradeflows.vocab.patterns import NEVER, cue_in

LANG = "ru"
WORD = "соответственно"
# the gap between two changes of the list: "69,3% и 37,1%", "на 10%, 20% и 30%", "в 2 раза и на 15%"
_NEXT = re.compile(r"\s*(?:,|и)\s*(?:,\s*)?(?:и\s+)?(?:на\s+|в\s+)?(?:почти\s+|около\s+|более\s+чем\s+)?", re.I)
# the gap between the word and the list it opens ("соответственно на", "соответственно – в") or closes ("..., 37,1%
# соответственно")
_OPENS = re.compile(r"\s*(?:[-–—,]\s*)?(?:на\s+|в\s+)?(?:почти\s+|около\s+|более\s+чем\s+)?", re.I)
_CLOSES = re.compile(r"\s*,?\s*", re.I)


def physical_respectively(d, out: list[Figure]) -> set[int]:
    """The indexes of out's changes a "соответственно" list pairs with a count of units or a tonnage."""
    text = d.text
    if WORD not in text and WORD.capitalize() not in text:
        return set()
    word = cue_in(LANG, "respectively", NEVER)
    quantity = cue_in(LANG, "physical_respectively_quantity", NEVER)
    found: set[int] = set()
    for m in word.finditer(text):
        run = _list_at(text, out, m.start(), m.end())
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


def _list_at(text: str, out: list[Figure], ws: int, we: int) -> list[int]:
    """The indexes of the run of changes the word at [ws, we) opens or closes."""
    growth = [j for j, f in enumerate(out) if f.kind == "growth"]
    after = [j for j in growth if out[j].clean_start >= we]
    before = [j for j in growth if out[j].clean_end <= ws]
    run: list[int] = []
    if after and _OPENS.fullmatch(text, we, out[after[0]].clean_start):
        run = [after[0]]
        for j in after[1:]:
            if not _NEXT.fullmatch(text, out[run[-1]].clean_end, out[j].clean_start):
                break
            run.append(j)
    elif before and _CLOSES.fullmatch(text, out[before[-1]].clean_end, ws):
        run = [before[-1]]
        for j in reversed(before[:-1]):
            if not _NEXT.fullmatch(text, out[j].clean_end, out[run[0]].clean_start):
                break
            run.insert(0, j)
    return run


def _items(text: str, out: list[Figure], quantity: re.Pattern, lo: int, hi: int) -> list[bool]:
    """The quantities and money figures in text[lo:hi], in order: True for a quantity, False for money."""
    money = [(f.clean_start, f.clean_end) for f in out if f.kind == "money" and lo <= f.clean_start < hi]
    qty = [(q.start(), q.end()) for q in quantity.finditer(text, lo, hi)
           if not any(s < q.end() and q.start() < e for s, e in money)]
    return [is_qty for _, is_qty in sorted([(s, False) for s, _ in money] + [(s, True) for s, _ in qty])]

"""The whole world's trade as what a figure measures: its reporter is the world, and it has no counterpart.

"Объем международной торговли снизился в 2020 г. на 9 %" (a page on Vietnam's trade opening on the world's), "world
merchandise trade is set to plummet by between 13% and 32% in 2020", "WTO's forecasted 2.5% global trade growth": the
figure is the world's total (the gold's reporter "world", partner none), not the page's country's nor its counterpart's.
The noun phrases are vocabulary (vocab/<lang>/world_trade.csv).
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import current_language, has_file, read_csv
from tradeflows.vocab.patterns import NEVER
from tradeflows.vocab.skip import skip_compile

WORLD_MEASURES = ("exports", "imports", "turnover")


PART_REACH = 30  # characters before a phrase where the share it is the whole of may stand


# the kinds of rows world_trade reads besides "phrase" (vocab/en/world_trade.csv): a kind a language gives no row of
# has no such words (a pattern that matches nothing)
_OTHER_KINDS = ("part_before", "trade_noun", "part_link", "owner_before")


@lru_cache(maxsize=None)
def _world_trade(lang: str) -> dict[str, re.Pattern] | None:
    """kind -> the alternation of the language's world_trade.csv rows of that kind ("after": a phrase right after a
    figure), or None where the language has no such file or no phrase row (a missing other kind: NEVER)."""
    if not has_file("world_trade.csv", lang):
        return None
    rows: dict[str, list[str]] = {}
    for r in read_csv("world_trade.csv", lang):
        rows.setdefault(r["kind"], []).append(f"(?:{r['pattern']})")
    if "phrase" not in rows:
        return None
    out = {k: skip_compile("|".join(v), re.I) for k, v in rows.items()}
    out["after"] = re.compile(r"\s*(?:" + "|".join(rows["phrase"]) + ")", re.I)
    for k in _OTHER_KINDS:
        out.setdefault(k, NEVER)
    return out


def world_trade(cl):
    """A growth or an amount of the world's trade: a sentence window naming no place, whose figure is followed by a
    phrase of the world's trade ("2.5% global trade growth") or follows one in its clause with no other flow between
    them, unless as its part ("в том числе сокращение товарооборота составило 6 %"); never a share, nor a phrase that
    is the whole of a share ("2.7 per cent of global imports at a value of $0.7 trillion": the region's). Rule
    world_trade."""
    f = cl.f
    if f.kind == "share" or cl.measure not in WORLD_MEASURES or cl.places:
        return None
    rx = _world_trade(current_language())
    if rx is None:
        return None
    text = cl.d.text
    if rx["after"].match(text, f.clean_end, cl.hi):
        return "world", None
    last = None
    for m in rx["phrase"].finditer(text, cl.lo, f.clean_start):
        last = m
    if last is None or rx["part_before"].search(text, max(cl.lo, last.start() - PART_REACH), last.start()):
        return None
    if rx["owner_before"].search(text, max(cl.lo, last.start() - PART_REACH), last.start()):
        return None   # "our global trade", "China's global exports": the owner's total (rule world_trade_owned)
    if rx["trade_noun"].search(text, last.end(), f.clean_start) and not rx["part_link"].search(text, last.end(), f.clean_start):
        return None
    return "world", None

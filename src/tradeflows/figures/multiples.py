"""Multiples and fractions in words: "1.6 times", "threefold", "doubled", "by almost half",
"a third more" (growth) and "almost half of", "a quarter of" (share).

A multiple is a change only with a cue that it is one (a strong word such as "doubled" or
"threefold", "by", a comparative after it, a change verb in its clause); "double" and
"triple" are adjectives as often ("double taxation") and need a verb's company. A fraction
of a period ("the first half of 2023") is no figure. The words asked live in
figures/kinds.py.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from tradeflows.figures.kinds import (COUNT_AFTER, INFINITIVE, MORE_LESS, OBJECT_AFTER, PERIOD_HALF, PERIOD_OF,
                                      SHARE_RIGHT, adj_change, freq_right, last_direction, multiple_comparatives, multiple_words, round_pct)
from tradeflows.vocab import alternation, read_lines
from tradeflows.vocab.patterns import EnglishCue


_DIGITS_AFTER = re.compile(r"[\s-]*digits?\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)


_flows_compared = EnglishCue("multiple_flows_compared", re.I)
_what_flow = EnglishCue("multiple_what_flow")


@lru_cache(maxsize=1)
def _benchmark_after() -> re.Pattern:
    """A benchmark the multiple is set against, right after it ("... times higher than regional average", "twice WTO's
    forecasted 2.5%", "double of the previous record deficit", "close to double a forecast"): vocab/en/benchmark_nouns.txt (rule
    multiple_of_benchmark)."""
    nouns = alternation(read_lines("benchmark_nouns.txt"))
    return re.compile(rf"\s+(?:(?:than|of)\s+(?:[\w.-]+\s+){{0,3}}?|(?:a|an|the)\s+(?:[\w.-]+\s+){{0,2}}?|[\w.-]+['’]s\s+)(?:{nouns})\b", re.I)


def read_multiple(text: str, word: str, suffix: str | None, end: int, value: Decimal, clause: str,
                  qualifier: str | None, by: bool, pats: dict) -> tuple[float, int] | None:
    """(growth in percent, end) of a multiple ending at `end` ("times"/"fold" read), or None
    when nothing makes it a change. word: the number as written, lower-cased; suffix: the
    "times"/"-fold" after it, if any."""
    after = text[end:end + 40]
    mult_cmp, less = multiple_comparatives()
    strong_words, verb_words = multiple_words()
    cmp_right = mult_cmp.match(after)
    # "milk powder exported to China fell 65 percent ..., while ... beef and fruit had doubled in value": a verb of
    # multiplying is its own direction, whatever change verb went before it (rule doubled_up)
    direction = "up" if word.startswith(strong_words) else last_direction(clause, pats)
    strong = word.startswith(strong_words) or word.endswith("fold") or (
        suffix is not None and "fold" in suffix.lower())
    if word.endswith("ed") and word.startswith(strong_words) and _DETERMINER_BEFORE.search(clause[-8:]):
        return None   # "the halved tariff", "a doubled quota": a participle as an adjective, no change told
    if _DIGITS_AFTER.match(after):
        return None   # "grew by double digits — 14.5%", "a triple-digit rise": a count of digits, no multiple
    if word in verb_words:
        # "double"/"triple" is also an adjective ("double taxation"): a verb
        # needs an infinitive, a qualifier or an object after it
        if not (qualifier or INFINITIVE.search(clause) or OBJECT_AFTER.match(after) or by):
            return None
    elif not (strong or by or cmp_right or direction):
        return None
    if cmp_right:
        end += cmp_right.end()
    if _benchmark_after().match(text, end):
        # "Ecuador's growth is nearly four times higher than regional average" (radiohc.cu), "a growth rate that
        # exceeded twice WTO's forecasted 2.5%" (thearabianpost.com), "the shortfall is more than double of the previous
        # record deficit" (borneobulletin.com.bn): a multiple of a benchmark is no rate of change of a quantity
        # (GUIDELINES: growth; rule multiple_of_benchmark)
        return None
    if cmp_right and _flows_compared().match(text, end):
        # "Jamaica spent three times more on imports than it earned through exports" (jamaica-gleaner.com, data/web64
        # tuned page dn06): a multiple of one flow set against the other is their ratio, no rate of change (rule
        # multiple_of_flow; en row multiple_flows_compared)
        return None
    if _what_flow().match(text, end):
        # "Today, it buys more than double what it sells" (mundoamerica.com, data/web61 dh11): one flow as a multiple of
        # "what" the subject sells or buys is their ratio, no rate of change (rule multiple_of_flow; en row
        # multiple_what_flow)
        return None
    if direction == "down" or (cmp_right and less.match(after)):
        pct = (Decimal(1) / value - 1) * 100
    else:
        pct = (value - 1) * 100
    return round_pct(pct), end


def _fraction_direction(clause: str, pats: dict) -> str | None:
    """"up"/"down" of the change a fraction's clause tells: "up"/"down" right before it ("up about a third"), else the
    clause's last change word ("grew over a third")."""
    adj = adj_change().search(clause, max(0, len(clause) - 40))
    if adj:
        return "down" if adj.group(1).lower() in ("down", "minus") else "up"
    return last_direction(clause, pats)


def read_fraction(text: str, end: int, value: Decimal, clause: str, by: bool,
                  pats: dict) -> tuple[str, float, str, int] | None:
    """(kind, value in percent, rule, end) of a fraction in words ending at `end`, or None
    (a period's half, a part of a count)."""
    after = text[end:end + 40]
    if PERIOD_HALF.search(clause) or PERIOD_OF.match(after):
        return None  # "the first half of 2023" is a period
    pct = value * 100
    if MORE_LESS.match(after) or by:
        cmp = MORE_LESS.match(after)
        if cmp:
            end += cmp.end()
        sign = -1 if last_direction(clause, pats) == "down" else 1
        return "growth", round_pct(sign * pct), "growth_fraction", end
    if freq_right().match(after) and (direction := _fraction_direction(clause, pats)) is not None:
        # "The foreign trade volume of ... Xinjiang ... from January to June grew over a third year on year"
        # (en.chinaxinjiang.cn, data/web62 dj04), "up about a third year on year": a fraction right before the span of
        # the change its clause's verb tells is that change's rate (rule growth_fraction_frequency, as
        # growth_percent_frequency for a percent)
        sign = -1 if direction == "down" else 1
        return "growth", round_pct(sign * pct), "growth_fraction_frequency", end
    if SHARE_RIGHT.match(after) and not COUNT_AFTER.match(after):
        return "share", round_pct(pct), "share_fraction", end
    return None

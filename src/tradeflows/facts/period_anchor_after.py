"""On an undated page, a bare month that follows a month-year the page names as the end of what came before is of the
year after it, when its calendar month is not later (rule month_after_anchor, session 70).

"Australia has recorded its fourth straight monthly trade surplus - $731 million in March - following 23 consecutive
trade deficits ending in December 2013" (indusage.com.au, a page with no date): the page speaks from the latest year it
names (Doc.source_year, basis "context"), 2013, but that year's December is where the run before the reported month
ended, so March, and "in March" of the sentences after, is March 2014. The cue is vocab/<lang>/patterns.csv
anchor_after_before, read within ANCHOR_REACH characters before a month-year; the page's anchors are found once, on
the first ask (DocMemo.anchor_months), and only on a page that holds the literal pieces every match of the cue holds
(vocab.pattern_needs_as_written)."""
from __future__ import annotations

import re

from tradeflows.vocab import holds, pattern_needs_as_written
from tradeflows.vocab.patterns import EnglishCue, cue

ANCHOR_REACH = 90
_anchor_before = EnglishCue("anchor_after_before", re.I)


def _anchors(d) -> list[tuple[int, int, int]]:
    """(year, month, start) of each single month of a written year the page names as the end of what came before
    ("... ending in December 2013"), in order; read once per document."""
    memo = d.memo
    if memo.anchor_months is None:
        rx = cue("anchor_after_before", _anchor_before())
        found: list[tuple[int, int, int]] = []
        text = d.text
        if holds(text, pattern_needs_as_written(rx)):
            sentences = d.time_sentences()
            for k in (range(len(d.c.sentences)) if sentences is None else sentences):
                for t in d.times(k):
                    if t.kind == "month" and t.year is not None and t.m1 == t.m2 and not t.target:
                        a = t.start - ANCHOR_REACH if t.start > ANCHOR_REACH else 0
                        if rx.search(text, a, t.start) is not None:
                            found.append((t.year, t.m1, t.start))
        memo.anchor_months = found
    return memo.anchor_months


def year_after_anchor(d, si: int, ref: int, m1: int | None, m2: int | None) -> int | None:
    """ref + 1 for a bare month m1..m2 of sentence si on a page that speaks from ref, when a month of ref named up to
    that sentence's end as the end of what came before is not earlier in the calendar; else None."""
    if m1 is None or m2 is None:
        return None
    end = d.c.sentences[si][1]
    for year, month, start in _anchors(d):
        if start >= end:
            break
        if year == ref and m2 <= month:
            return ref + 1
    return None

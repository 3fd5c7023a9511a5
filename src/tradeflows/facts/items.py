"""The items of a digest: a news roundup, a brief or a newsletter tells several short stories, each under a heading of
its own ("Pound Sterling - UK Markets", "MACY'S INC. PROFIT OUTLOOK IMPROVES AFTER SOLID QUARTER", "Mining businesses
want to use more solar power"). A page's weak guesses (the flow of the page, of an earlier paragraph) are the item's,
never carried over a heading into the next story (rule item_boundary).

A heading is a paragraph of one short line with no closing stop ("CVS posts strong 2Q earnings report"). It starts an
item where prose stands before it and after the run of headings it opens (the run, "Read more>>" / "LAOS, THAILAND" /
"Rail link to boost Lao and Thai economies", is one boundary); a page is a digest when it has two such boundaries or
more. Sections of one story under subheadings ("Exports up 26.6%" / "Imports up 20.8%") read as items too, which is why
only a weak guess is held back, and only in an item that names no trade flow at all (silent_item). A page with fewer (a
story with one subheading, "The fastest growing", or a title over its byline) is one item.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from tradeflows.facts.context import Doc, cue_matches
from tradeflows.vocab import fold

HEADING_CHARS = 90   # a longer line is prose, not an item's heading
PROSE_CHARS = 100    # the shortest paragraph read as a story's prose around a heading
DIGEST_BOUNDARIES = 2   # the boundaries that make a page a digest of several stories
_CLOSED = re.compile(r"[.!?:;,\"”’)]\s*$")


def _short_line(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    return bool(line) and len(line) <= HEADING_CHARS and "\n" not in line and not _CLOSED.search(line)


def item_starts(d: Doc) -> list[int]:
    """The start of every item of the page (0 first); [0] on a page that is no digest (read once)."""
    if d.memo.item_starts is None:
        text, paras = d.text, d.c.paragraphs
        heads = [_short_line(text, a, b) for a, b in paras]
        starts, prose_before = [0], False
        for i, (a, b) in enumerate(paras):
            if not heads[i]:
                prose_before = b - a >= PROSE_CHARS
                continue
            if i == 0 or heads[i - 1] or not prose_before:
                continue
            j = i   # the run of short lines the heading opens ("Source: Africa News Agency" / "Morocco : the European
            while j < len(paras) and heads[j]:   # Investment Bank will mobilize $1 billion for reconstruction")
                j += 1
            if j < len(paras) and paras[j][1] - paras[j][0] >= PROSE_CHARS:
                starts.append(a)
        d.memo.item_starts = starts if len(starts) > DIGEST_BOUNDARIES else [0]
    return d.memo.item_starts


def is_digest(d: Doc) -> bool:
    """The page tells several stories under headings of their own."""
    return len(item_starts(d)) > 1


def item_span(d: Doc, pos: int) -> tuple[int, int]:
    """(start, end) of the item holding text position pos."""
    starts = item_starts(d)
    i = bisect_right(starts, pos) - 1
    return starts[i], (starts[i + 1] if i + 1 < len(starts) else len(d.text))


_FLOWS = frozenset(("exports", "imports", "turnover", "balance"))


def silent_item(d: Doc, v, pos: int) -> bool:
    """The figure at text position pos stands in an item of a digest that names no trade flow ("Royal Bank of Scotland
    posted a GBP1bn loss" under "Pound Sterling - UK Markets", below the item on German exports; "Macy's earned $7
    million" under "MACY'S INC. PROFIT OUTLOOK IMPROVES AFTER SOLID QUARTER"): another story than the trade the page
    names, which the page's weak guesses of a flow do not reach (rule item_boundary). False on a page that is no
    digest."""
    if not is_digest(d):
        return False
    start, end = item_span(d, pos)
    kept = d.memo.item_flows
    if start not in kept:
        kept[start] = not any(v["measures"][fold(m.group())][0] in _FLOWS
                              for m in cue_matches(d, v, "measure", start, end))
    return kept[start]

"""Where a figure stands in its sentence: the text every admission cue reads.

Split from dataset/cues.py: the figure's position in its (clean) sentence, how far back its
clause is read and what ends it, and the places the registry finds in the sentence. The
figures of one sentence come one after the other, so the last answer of each is kept.
"""
from __future__ import annotations

import re

from tradeflows.facts import places
from tradeflows.vocab import current_language, holds, pattern_needs_as_written
from tradeflows.vocab.skip import skip_compile

# how far before a figure its clause is read for an entity cue, and what ends the clause
CUE_WINDOW = 160
_CLAUSE_END = skip_compile(r"[;.!?]\s")


# (sentence, figure, position, the figure's length in the sentence) of the last figure_pos: one
# tuple, read and replaced whole
_LAST_POS: tuple = (None, None, None, 0)


def may_match(rx: re.Pattern, text: str) -> bool:
    """Whether text holds the words every match of rx holds (vocab.pattern_needs_as_written: read off rx's own parse),
    false when rx cannot match in it: the gate of a cue's scan reads its pattern's words, so a word edited in the
    pattern's row is gated on at once (s68 vocabH68; a literal copy of the words went stale). A case-blind rx's words
    count as written or capitalised ("Trading Partners"), without a lower-cased copy of the text."""
    return holds(text, pattern_needs_as_written(rx))


def figure_pos(r: dict) -> int | None:
    """Where the figure stands in its (clean) sentence, or None when it cannot be found.
    Each admission check of a row asks: the last answer is kept for the same two strings."""
    global _LAST_POS
    sentence, figure = r.get("sentence") or "", r.get("figure") or ""
    last = _LAST_POS
    if last[0] is sentence and last[1] is figure:
        return last[2]
    pos = _find_figure(sentence, figure)
    _LAST_POS = (sentence, figure, pos, _length(figure))
    return pos


def _length(figure: str) -> int:
    """The figure's length in its sentence (the clean text has single spaces)."""
    return len(" ".join(figure.split()))


def figure_end(r: dict, pos: int) -> int:
    """Where the figure ends in its sentence (its length kept with the last figure_pos)."""
    figure = r.get("figure") or ""
    last = _LAST_POS
    return pos + (last[3] if last[1] is figure else _length(figure))


def figure_span(r: dict) -> tuple[str, int, int] | None:
    """(sentence, start, end) of the figure in its sentence, or None when it cannot be found."""
    pos = figure_pos(r)
    return None if pos is None else (r["sentence"], pos, figure_end(r, pos))


# (sentence, pos, reach, clause start) of the last clause_start: the checks of one figure ask the same
_LAST_CLAUSE: tuple = (None, -1, None, 0)


def clause_start(sentence: str, pos: int, reach: int | None = CUE_WINDOW) -> int:
    """Where the figure's clause begins: after the last sentence-like break before pos, read at
    most `reach` characters back (None: from the sentence's start)."""
    global _LAST_CLAUSE
    last = _LAST_CLAUSE
    if last[0] is sentence and last[1] == pos and last[2] == reach:
        return last[3]
    lo = 0 if reach is None else max(0, pos - reach)
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, lo, pos)]
    start = ends[-1] if ends else lo
    _LAST_CLAUSE = (sentence, pos, reach, start)
    return start


def _find_figure(sentence: str, figure: str) -> int | None:
    figure = figure.split()
    if not figure:
        return None
    pos = sentence.find(" ".join(figure))      # the clean text has single spaces
    if pos >= 0:
        return pos
    m = re.search(r"\s*".join(re.escape(t) for t in figure), sentence)
    return m.start() if m else None


# (sentence, language, its places) of the last sentence_places: one tuple, read and replaced whole
_LAST_PLACES: tuple = (None, None, None)


def sentence_places(sentence: str) -> list:
    """The places the registry finds in a figure's sentence (the figures of one sentence come
    one after the other, so the last sentence's are kept: compared by value, as each figure row
    holds its own copy of the sentence)."""
    global _LAST_PLACES
    lang = current_language()
    last = _LAST_PLACES
    if last[0] == sentence and last[1] == lang:
        return last[2]
    found = places.find_places(sentence, 0, len(sentence))
    _LAST_PLACES = (sentence, lang, found)
    return found


# the rules of an amount that takes its currency from an earlier one ("$21 3.9 billion": "3.9 billion" borrows "$")
_BORROWED_CURRENCY = ("money_implied_currency", "money_implied_abbreviation", "ru_money_implied_currency")


def number_tail(r: dict) -> bool:
    """The figure begins right after a digit and a point or comma: it is the tail of a longer
    number the extraction split ("$3.084.1 billion" read as "1 billion"; rule number_tail). Or it
    borrows its currency and begins right after a digit and one space: a damaged number whose
    head stands apart ("export turnover to South Korea reached $21 3.9 billion": neither 21 nor
    3.9 billion is what the text meant; rule number_tail, reason `implausible`)."""
    span = figure_span(r)
    if span is None:
        return False
    sentence, pos, _ = span
    if pos >= 2 and sentence[pos - 1] in ".," and sentence[pos - 2].isdigit():
        return True
    return pos >= 2 and sentence[pos - 1] == " " and sentence[pos - 2].isdigit() and r.get("rule") in _BORROWED_CURRENCY

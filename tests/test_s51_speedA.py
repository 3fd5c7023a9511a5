"""Session 51, speedA: find_times skips a pattern where a key every match of it holds is missing (periods.py).

abbr_bare runs only where a capitalised month abbreviation stands as a whole word (_abbr_word_re(): "Jan", "Sept."; a
full month name, "January", or "market" opens its stem gate, not the key); to_month only where the word before its
month is written ("as of", "through", "up to", "until", "till", "end"), rolling_year only where "year", "months" or
"period" is followed by the word that ends them, or a year by "year" (_ROLLING_YEAR_KEY); now only in a stretch with a digit.
The tests check the times found against the same search with the keys switched off, on the pages of data/raw (the
bench corpus, none held out) and on sentences of news pages, and the exact times of sentences each pattern reads.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tradeflows.facts import periods as P
from tradeflows.facts.context import Doc
from tradeflows.facts.periods import find_times
from tradeflows.text.clean import clean_text
from tradeflows.vocab.lowercase import lower_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

QUOTED = [
    # ca.marketscreener.com (a Reuters headline)
    "China's Jan-Feb exports rise 7.1%, imports grow 3.5%, beating forecasts",
    # finanznachrichten.de (RTTNews)
    "During January to September, the trade surplus rose to EUR 140.8 billion from EUR 13.9 billion in the same "
    "period last year.",
    # upi.com
    "From July to August this year, the deficit in goods trades rose by $1.5 billion to $59.3 billion, while the "
    "surplus in services trades fell by $300 million to $15.1 billion.",
    # the grammar's own examples (periods_grammar.py: rules abbr_bare, to_month)
    "Autos, Ships Push Japan Jan Exports Higher",
    "Korea exports up 5% in Jan, while imports fell.",
    "Exports reached $5 billion as of June 2023.",
    "Exports climbed to $2 billion by the end of September 2021.",
    "Exports rose 5% in March and the market expanded in Sept. and Dec.",
    "In the 12 months to June, exports rose 4 percent.",
    "Annual goods imports from China have increased $6.1 billion since the October 2008 year to $12.3 billion in the "
    "October 2018 year.",
    "The current level of exports is low, and present conditions in March were weak.",
    "The two sides aim to raise trade from the current level of $ 82 billion.",
]


@lru_cache(maxsize=1)
def _docs() -> tuple[Doc, ...]:
    texts = [clean_text(p.read_text(encoding="utf-8")[:60000], "txt", p.name) for p in sorted(RAW.glob("*.txt"))]
    return tuple(Doc(c, 2024) for c in texts + [clean_text(s, "txt", "q.txt") for s in QUOTED])


def _all_times(d: Doc) -> list:
    return [find_times(d.text, s, e, d.low, d._trigger_index) for s, e in d.c.sentences] \
        + [find_times(d.text[s:e]) for s, e in d.c.sentences]


def _plans_cleared():
    for cached in (P._plan, P._plans, P._opened):
        cached.cache_clear()


def test_keys_change_no_time(monkeypatch):
    keyed = [_all_times(d) for d in _docs()]
    monkeypatch.setattr(P, "_key_table", lambda: {})   # every pattern's key switched off (session 61: one table)
    _plans_cleared()
    try:
        assert all(x[7] is None for x in P._plan())
        plain = [_all_times(d) for d in _docs()]
    finally:
        monkeypatch.undo()
        _plans_cleared()
    assert keyed == plain
    assert sum(len(ts) for doc in keyed for ts in doc) > 500   # (the pages hold times enough to compare)


@pytest.mark.parametrize("sentence, expected", [
    (QUOTED[0], [("month_range", None, 1, 2)]),
    ("Korea exports up 5% in Jan, while imports fell.", [("month", None, 1, 1)]),
    ("Exports in Sept. rose 4 percent.", [("month", None, 9, 9)]),
    ("Exports reached $5 billion as of June 2023.", [("to_month", 2023, 1, 6)]),
    ("Exports climbed to $2 billion by the end of September 2021.", [("to_month", 2021, 1, 9)]),
    # "January", "market", "decline" hold the stems, no abbreviation: the month alone is read
    ("Exports rose 5% in January 2021 as the market saw a decline.", [("month", 2021, 1, 1)]),
    ("In the 12 months to June, exports rose 4 percent.", [("month_range", None, 7, 6)]),
    (QUOTED[-3], [("month_range", 2008, 11, 10), ("month_range", 2018, 11, 10)]),
    (QUOTED[-1], [("now", None, 1, 12)]),
    ("The current level of exports is low, and present conditions in March were weak.", [("month", None, 3, 3)]),
])
def test_times_read(sentence, expected):
    for low in (None, lower_text(sentence)):
        assert [(t.kind, t.year, t.m1, t.m2) for t in find_times(sentence, 0, None, low)] == expected


def test_abbr_word_key_covers_every_abbreviation():
    """Each abbreviation abbr_bare names is a match of the key as a whole word."""
    from tradeflows.facts.periods_grammar import abbr_cap
    assert all(P._abbr_word_re().fullmatch(a) for a in abbr_cap().split("|"))

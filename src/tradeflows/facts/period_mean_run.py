"""A mean over a written run of years is of the whole run: its period starts with the run's first year (rule
mean_run_span, session 77).

"Среднегодовой прирост торговли за 1961-1988 гг. составил 12,2% против 9,5% для всей советской внешней торговли"
(nipponhistory: a history of Soviet-Japanese trade, data/ruweb48 de01): an average annual rate over 1961-1988 is of the
run, January 1961 to December 1988, its year the run's last one (the annotators' reading of that set). The figure
read the run's last year (its year and that year's end stay); the run's first year is written in the sentence before
the figure, joined to the last by a dash or hyphen and followed by the plural year word ("1961-1988 гг.", "2010-2015
годы"), and a mean's word ("среднегодовой", "в среднем за год") stands shortly before the figure. The words are the
rows mean_run_near and mean_run_years of vocab/<lang>/patterns.csv (Russian rows only: an English mean over years,
"average annual growth of 6.85% over 2017-2021", keeps its last year with no months, rule mean_over_years of
facts/period_choice.py, as the English development sets read it).
"""
from __future__ import annotations

from tradeflows.vocab.patterns import NEVER, cue

# how far before the figure its mean's words may start (one clause: "Среднегодовой прирост торговли за 1961-1988 гг.
# составил 12,2% против, 9,5%": the compared figure after "против" stands within it too)
MEAN_RUN_REACH = 90
# the year rules of a figure whose own year a run's last one is: a written year ("explicit"), a run of years
# ("run_of_years", "run_of_years_words")
MEAN_RUN_YEAR_RULES = frozenset({"explicit", "run_of_years", "run_of_years_words"})


def mean_run_start(d, si: int, f, year: int | None) -> int | None:
    """The first year of the run of years a mean figure (of sentence si, its period year) is over, when a mean's words
    (row mean_run_near) stand within MEAN_RUN_REACH characters before it and a run ending in year (row mean_run_years)
    before it in its sentence, else None (rule mean_run_span)."""
    if year is None:
        return None
    near = cue("mean_run_near", NEVER)
    if near is NEVER:
        return None
    s0 = d.c.sentences[si][0]
    text = d.text
    lo = max(s0, f.clean_start - MEAN_RUN_REACH)
    if near.search(text, lo, f.clean_start) is None:
        return None
    for m in cue("mean_run_years", NEVER).finditer(text, s0, f.clean_start):
        first, last = int(m.group("first")), int(m.group("last"))
        if last == year and first < last:
            return first
    return None

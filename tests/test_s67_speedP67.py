"""Session 67, speedP67: find_times searches the lower-cased copies of `relative` and a few other time patterns from the
run of text that holds the first piece every match holds (facts/periods_runs.py), the same matches as their scans of
the whole stretch."""
import re

import pytest

from tradeflows.facts import periods as P
from tradeflows.facts.periods_runs import run_scan
from tradeflows.text.clean import clean_text
from tradeflows.vocab.lowercase import lower_text
from devdocs import DevSet

# real sentences (addresses quoted) and constructed odd cases (labelled)
SENTENCES = [
    # https://buffalonews.com/2015/03/19/new-york-states-merchandise-exports-rose-in-2014/
    "The state recorded merchandise exports of $14.3 billion to Canada last year, representing 16.6 percent of the "
    "state’s total and up slightly from the year before.",
    # https://meatpoultry.com/articles/11009-ag-export-volumes-tracking-toward-record-high-levels
    "Agricultural exports last fiscal year totaled $140.9 billion and supported nearly one million jobs in the US.",
    # https://www.deccanchronicle.com//business/in-other-news/160419/exports-up-9-per-cent-to-331-billion-in-fy19.html
    # (no match: "the last fiscal" before "and" is none of relative's; the runs find none either)
    "Exports rose by 9 per cent to $331 billion during the last fiscal and imports rose by 8.99 per cent to $507.44 "
    "billion.",
    # constructed: two matches in one run, a piece ("year") inside a word, a match right after a character outside
    # the alphabet, "fy" and a bracketed year
    "This year's 5% rise,last year:the current fiscal year$this FY, yearly (past year) the previous [2021] year; "
    "past two years",
    # constructed: pieces but no match; a match that opens before the piece's run would (none may)
    "Yearbook 2020, a year-end figure; in the past\n\nyear, next  year",
    # constructed: a span of months and years after a figure's "$", another whose first year stands in an earlier run
    "Exports of $5 bn from January 2021 to March 2022 and 7%, between May 2019 - June 2020; April 2020 – 2021",
]


def _runs():
    """(kind, the pattern scanned, its RunScan, whether it runs on the lower-cased text)."""
    return [(x[0], x[8].rx, x[8], x[4] is not None) for x in P._plan() if x[8] is not None]


def test_run_scans_active():
    kinds = {k for k, _, _, _ in _runs()}
    # (a change of a pattern that lets a match hold none of its pieces turns its run scan off: update _RUN_PIECES)
    assert kinds == set(P._RUN_PIECES)


@pytest.mark.parametrize("text", SENTENCES)
def test_runs_as_scan(text):
    low = lower_text(text) or text.lower()
    found = 0
    for kind, rx, runs, lowered in _runs():
        t = low if lowered else text
        for at in range(0, len(t), 7):
            scanned = [(m.span(), m.groupdict()) for m in rx.finditer(t, at, len(t))]
            assert [(m.span(), m.groupdict()) for m in runs.matches(t, at, len(t))] == scanned, (kind, at)
            found += len(scanned)
    assert bool(found) == ("last fiscal and" not in text)


def test_runs_as_scan_on_pages():
    n = 0
    for name, prefix in (("founding", "003"), ("external", "d41")):
        path = DevSet(name).doc(prefix)
        c = clean_text(path.read_text(encoding="utf-8"), "txt", path.name)
        low = lower_text(c.text) or c.text.lower()
        for kind, rx, runs, lowered in _runs():
            t = low if lowered else c.text
            for s, e in c.sentences:
                scanned = [m.span() for m in rx.finditer(t, s, e)]
                assert [m.span() for m in runs.matches(t, s, e)] == scanned, (name, kind, s)
                n += len(scanned)
    assert n > 10   # (the pages hold matches enough to compare: 22)


def test_find_times_unchanged(monkeypatch):
    text = " ".join(SENTENCES)
    low = lower_text(text)
    with_runs = P.find_times(text, 0, len(text), low, P.TriggerIndex(low))
    monkeypatch.setattr(P, "_RUN_PIECES", {})
    for cached in (P._plan, P._plans, P._opened):
        cached.cache_clear()
    try:
        assert all(x[8] is None for x in P._plan())
        assert P.find_times(text, 0, len(text), low, P.TriggerIndex(low)) == with_runs
    finally:
        monkeypatch.undo()
        for cached in (P._plan, P._plans, P._opened):
            cached.cache_clear()
    assert {t.kind for t in with_runs} >= {"relative"}


@pytest.mark.parametrize("source, pieces", [
    (r"\b(?:last|next)\s+year\b|\bthe\s+past\s+decade", ("year",)),   # a branch holds none of the pieces
    (r"\blast\s+.{0,9}year", ("year",)),                              # "." may consume any character
    (r"\b(?:last\s+)?(?:year)?", ("year",)),                          # a match may be empty
    (r"(?i)last\s+year", ("year",)),                                  # either case
    (r"last[^,]+year", ("year",)),                                    # a negated class
])
def test_no_run_scan(source, pieces):
    assert run_scan(re.compile(source), pieces) is None


def test_run_scan_alphabet():
    rs = run_scan(re.compile(r"\b(?:last|past)\s+(?:\d+\s+)?years?\b|\bthe\s+(?:fiscal|budget)-year\b"), ("year",))
    assert rs is not None
    text = "Up 5% last year, 3.1% the budget-year before; $2 bn past 10 years."
    assert [m.span() for m in rs.matches(text, 0, len(text))] == [m.span() for m in rs.rx.finditer(text)]
    # (the alphabet is the pattern's letters, digits and spaces: the "n" of "bn" is outside it, the last before "past")
    assert rs.last_outside.match(text, 0, text.index("past")).end() == text.index("bn") + 2

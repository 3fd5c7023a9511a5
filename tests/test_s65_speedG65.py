"""Session 65, speedG65: the period decision (facts/period_choice.py) passes a figure by the rule groups that cannot fire
for it, decided by one look at the window's times, instead of asking each rule:

- _period_no_time: a window that holds no time expression (about a third of the figures of data/raw) reads only the
  two rules that need none (on_period_from, the against-bare rules) before period_without_time;
- _month_before_rules asks the "previous month" rules only where the window holds a previous month, _against_bare_rules
  only a money figure, _same_period_rules only a window with a same period, and _period the base-value rule only a
  window with a same period or a base.

Speed work changes no prediction: the tests run the long way beside each shortcut on every figure of every page of
data/raw (the bench corpus, none held out) and check that each rule passed by gives nothing there.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.facts import period_choice as PC
from tradeflows.facts.period_adjacent import adjacent_times, bracketed_time, year_label_before
from tradeflows.facts.period_bases import after_base, value_bases, when_clause_period, year_before_open
from tradeflows.facts.period_fiscal_force import against_bare_base, against_bare_level, against_bare_value
from tradeflows.facts.period_growth import growth_times, previous_month_clause, prior_change_month
from tradeflows.facts.period_same import same_period_clause, same_period_gloss_clause, same_period_of_year
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


def _relate_all():
    for path in sorted(RAW.glob("*.txt")):
        c = clean_text(path.read_text(encoding="utf-8"), "web", path.name)
        relate_figures(c, extract_figures(c))


@pytest.fixture(scope="module")
def checked():
    """Every shortcut taken while relating data/raw, each checked against the long way (the counts of each)."""
    seen = {"no_time": 0, "no_prev_month": 0, "not_money": 0, "no_same": 0, "no_base": 0}
    mp = pytest.MonkeyPatch()

    no_time = PC._period_no_time

    def long_way_no_time(d, st, f, si, pi, status, rep_iso, skip):
        # every rule _period would have asked of a window with no time, asked with none, gives nothing
        assert year_label_before(d, f, si, []) is None
        assert previous_month_clause(d, f, []) is None and prior_change_month(d, f, []) is None
        assert when_clause_period(d, st, f, pi, []) is None
        assert PC._own_same_period(d, f, []) is None and PC._rate_of_base(d, f, []) is None
        assert PC._base_value(d, st, f, si, pi, status, rep_iso, []) is None
        assert same_period_of_year(d, st, f, []) is None and same_period_gloss_clause(d, f, []) is None
        assert same_period_clause(d, st, f, pi, []) is None
        assert PC._fiscal_parts_read(d, []) == []
        assert adjacent_times(d, f, []) == [] and bracketed_time(d, f, []) is None
        assert PC._growth_to_amount(d, f, []) is None
        assert PC._clause_times(d, st, f, si, [], []) == ([], [])
        assert growth_times(d, st, f, [], [], status) == ([], "explicit", None)
        assert year_before_open(d, st, si, []) is None and after_base(d, st, f, []) is None
        seen["no_time"] += 1
        return no_time(d, st, f, si, pi, status, rep_iso, skip)

    month_before = PC._month_before_rules

    def long_way_month_before(d, st, f, si, pi, status, rep_iso, all_times):
        if not any(t.kind == "prev_month" for t in all_times):
            assert previous_month_clause(d, f, all_times) is None and prior_change_month(d, f, all_times) is None
            seen["no_prev_month"] += 1
        return month_before(d, st, f, si, pi, status, rep_iso, all_times)

    against = PC._against_bare_rules

    def long_way_against(d, st, f, si, pi, status, rep_iso, all_times):
        if f.kind != "money":
            assert not (against_bare_base(d, f, si, all_times) or against_bare_value(d, f, si, all_times)
                        or against_bare_level(d, f, si, all_times))
            seen["not_money"] += 1
        return against(d, st, f, si, pi, status, rep_iso, all_times)

    same = PC._same_period_rules

    def long_way_same(d, st, f, pi, all_times):
        if not any(t.same for t in all_times):
            assert same_period_of_year(d, st, f, all_times) is None
            assert same_period_gloss_clause(d, f, all_times) is None
            assert same_period_clause(d, st, f, pi, all_times) is None
            seen["no_same"] += 1
        return same(d, st, f, pi, all_times)

    window = PC._window_times

    def long_way_window(d, f, si, skip):
        out = window(d, f, si, skip)
        if out and not any(t.same or t.base for t in out):
            # (the base-value rule reads the bases value_bases finds: none in such a window)
            assert value_bases(d, f, out) == []
            seen["no_base"] += 1
        return out

    mp.setattr(PC, "_period_no_time", long_way_no_time)
    mp.setattr(PC, "_month_before_rules", long_way_month_before)
    mp.setattr(PC, "_against_bare_rules", long_way_against)
    mp.setattr(PC, "_same_period_rules", long_way_same)
    mp.setattr(PC, "_window_times", long_way_window)
    try:
        _relate_all()
    finally:
        mp.undo()
    return seen


def test_every_shortcut_on_data_raw_matches_the_long_way(checked):
    # each shortcut is taken, many times, on the bench corpus (the asserts inside ran on each)
    assert checked["no_time"] >= 100
    assert checked["no_prev_month"] >= 200
    assert checked["not_money"] >= 100
    assert checked["no_same"] >= 200
    assert checked["no_base"] >= 50


def test_a_window_with_no_time_still_reads_a_bare_value_against_a_level():
    # constructed (no outside page found in the time left; the phrasing of rule against_bare_base's "imports totalled
    # US$ 48.6 bn, against US$ 46.25 bn, up by 5.1%", its quarter named in the sentence before): the second sentence
    # holds no time, so _period_no_time decides its figures; the bare value set "against" the level is still the
    # level's months a year before, the level and the rate those in force
    text = ("Trade figures for the first quarter of 2018 were released on Monday. Imports totalled US$ 48.6 bn, against "
            "US$ 46.25 bn, up by 5.1%.")
    c = clean_text(text, "web", "quarter.txt")
    got = {f.figure: (f.year, f.period_start, f.period_end, f.fact_rules.split(";")[-1])
           for f in relate_figures(c, extract_figures(c), pub_year=2018)}
    assert got["US$ 46.25 bn"] == (2017, "2017-01", "2017-03", "year:against_bare_base")
    assert got["US$ 48.6 bn"] == (2018, "2018-01", "2018-03", "year:paragraph_period")
    assert got["5.1%"] == (2018, "2018-01", "2018-03", "year:paragraph_period")

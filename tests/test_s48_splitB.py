"""Session 48, splitB: periods_build.build split along its seams (no behaviour change; proved by a byte-identical
dump of every prediction). These tests keep the shape: imports flow down the pipeline (periods_place never imports
periods_build, whose build calls it), every kind of the grammar has one reader, and the placing rules keep their
order."""
import ast
import inspect

from tradeflows.facts import periods_build, periods_grammar, periods_place
from tradeflows.facts.periods import find_times


def test_periods_place_imports_flow_down():
    tree = ast.parse(inspect.getsource(periods_place))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "tradeflows.facts.periods_build" not in imported


def test_every_grammar_kind_has_one_reader():
    kinds = {k for k, _ in periods_grammar._patterns()}
    assert not set(periods_build._WHOLE) & set(periods_build._READ)
    assert kinds <= set(periods_build._WHOLE) | set(periods_build._READ)


def test_build_tries_whole_then_read_then_placed():
    src = inspect.getsource(periods_build.build)
    src = src[src.index('"""', src.index('"""') + 3):]   # after the docstring
    at = [src.index(s) for s in ("_WHOLE.get(", "_READ.get(", "placed(")]
    assert at == sorted(at)
    assert len(src.splitlines()) < 15


def test_placed_keeps_its_rules_in_order():
    src = inspect.getsource(periods_place.placed)
    src = src[src.index('"""', src.index('"""') + 3):]
    rules = ["_ROLLING_BEFORE", "_dated_not_figures(", "BEGINNING", "base_target(", "FROM_RANGE", "same_before_part("]
    at = [src.index(r) for r in rules]
    assert at == sorted(at)
    src = inspect.getsource(periods_place._dated_not_figures)
    rules = ["_YEAR_ENDED", "_TITLE_WORD_BEFORE", "_dateline_day()", "_dateline_open()", "_ON_DAY"]
    at = [src.index(r) for r in rules]
    assert at == sorted(at)


def test_readers_through_build():
    # a reader's fields, placed: "between November and December" after a change's verb is December's (month_to_month)
    text = "Imports increased between November and December 2023 to $5 billion."
    t = [t for t in find_times(text) if t.kind == "month"]
    assert [(t.year, t.m1, t.m2, t.via) for t in t] == [(2023, 12, 12, "month_to_month")]
    # a whole kind: "5M23" the first five months of 2023 (glued_year_part)
    t = find_times("Exports in 5M23 rose 4%.")
    assert [(t.kind, t.year, t.m1, t.m2) for t in t] == [("months", 2023, 1, 5)]
    # placed: a year in a dateline's brackets is no period (rule dateline)
    assert find_times("(Pakistan Point News - 5th Jan, 2024) Exports rose.") == []

"""Session 48, splitP: period_choice._period split along its seams (no behaviour change; proved by a byte-identical
dump of every prediction). These tests keep the shape: imports flow down the pipeline (period_time never imports
period_choice, whose _period calls it), and _period stays a readable list of its seams, in their order."""
import ast
import inspect

from tradeflows.facts import period_choice, period_time


def test_period_time_imports_flow_down():
    tree = ast.parse(inspect.getsource(period_time))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "tradeflows.facts.period_choice" not in imported


def test_period_tries_its_seams_in_order():
    src = inspect.getsource(period_choice._period)
    src = src[src.index('"""', src.index('"""') + 3):]   # after the docstring
    seams = ["_before_times", "_window_times", "_month_before_rules", "when_clause_period", "_against_bare_rules",
             "_own_same_period", "_base_value", "_same_period_rules", "_fiscal_parts_read", "clause_year_before",
             "_growth_to_amount", "_clause_times", "growth_times", "year_before_open", "after_base",
             "_past_span_own_clause", "_chosen_time", "_period_of_time", "period_without_time"]
    at = [src.index(s + "(") for s in seams]
    assert at == sorted(at)
    assert len(src.splitlines()) < 100


def test_time_kinds_in_order():
    src = inspect.getsource(period_choice._period_of_time)
    src = src[src.index("m1, m2 = t.m1, t.m2"):]   # after the docstring
    kinds = ["year_to_date(", "last_months(", "last_month(", "_written_year", "editorial_bracket", "following_year(",
             "following_month(", "fiscal_started", "month_without_year(", "speaking_time(", "closing_part",
             "rolling_year_ahead", "relative_period"]
    at = [src.index(k) for k in kinds]
    assert at == sorted(at)


def test_last_months_window_still_importable_from_period_choice():
    # re-exported after the move to period_time: a page of March 2018, "the last 11 months": April 2017 to February
    # 2018, written (year of its end, m1, m2) as period_span reads a year across two (m1 > m2)
    assert period_choice.last_months_window(2018, 3, 11) == (2018, 4, 2)

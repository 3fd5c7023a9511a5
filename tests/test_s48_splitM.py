"""Session 48, splitM: measure._measure split along its seams (no behaviour change; proved by a byte-identical dump
of every prediction). These tests keep the shape: _measure stays a short list of its seams in their order, and the
table of its early-return clause rules keeps its order (most precise first)."""
import inspect

from tradeflows.facts import measure


def _body(fn) -> str:
    src = inspect.getsource(fn)
    return src[src.index('"""', src.index('"""') + 3):]   # after the docstring


def test_measure_tries_its_seams_in_order():
    src = _body(measure._measure)
    seams = ["clause_cues(", "_no_cue_measure(", "_CLAUSE_RULES", "_right_cues(", "_cue_of_after(",
             "passive_flow_after", "_before_cues(", "_cue_before(", "cue_after", "_last_resort("]
    at = [src.index(s) for s in seams]
    assert at == sorted(at)
    assert len(src.splitlines()) < 40


def test_clause_rules_in_order():
    assert [name for name, _ in measure._CLAUSE_RULES] == [
        "listed_flow", "exceeds_pair", "former_latter", "traded_flow", "share_flow", "joined_cue", "changed_flow"]
    for name, rule in measure._CLAUSE_RULES:
        assert rule.__name__ == "_" + name
        assert list(inspect.signature(rule).parameters) == ["d", "f", "s_start", "s_end", "cues"]


def test_share_rules_in_order():
    src = _body(measure._share_flow)
    rules = ['"share_owner_item"', '"share_owner_flow"', '"share_bracket_flow"', '"share_bracket_amount"',
             '"share_of_flow"', '"share_of"']
    at = [src.index(r) for r in rules]
    assert at == sorted(at)
    # the part of a turnover, shared with cue_of_after: flow_part, then share_flow_subject, then the cue's own rule
    part = _body(measure._part_of_turnover)
    at = [part.index(r) for r in ('"flow_part"', '"share_flow_subject"', "rule, (c[0], c[1])")]
    assert at == sorted(at)


def test_before_cue_filters_in_order():
    src = _body(measure._before_cues)
    filters = ["_CAUSE_BEFORE", "_SHARE_WHOLE_BEFORE", "_FIGURE_BETWEEN", "_FLOW_RELATIVE_GAP", "_DASH_ASIDE"]
    at = [src.index(x) for x in filters]
    assert at == sorted(at)

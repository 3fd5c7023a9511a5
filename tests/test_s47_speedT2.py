"""Session 47, helper speedT2: cheaper paths of find_times and build that give the same answers.

- TimeExpr's own __init__ (one dict set instead of the frozen dataclass's 14 object.__setattr__ calls).
"""
from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields, make_dataclass, replace

import pytest

from tradeflows.facts.periods_grammar import TimeExpr

def _reference():
    """A frozen dataclass of TimeExpr's fields with the dataclass's own __init__."""
    return make_dataclass("Ref", [(f.name, f.type, f) for f in fields(TimeExpr)], frozen=True)


def test_timeexpr_init_same_fields_and_defaults():
    ref = _reference()
    for args, kw in [((3, 7, "year", 2022, None, None, 1, 12, False), {}),
                     ((0, 9, "month_range", None, 0, 2023, 4, 6, True), {"target": True, "fiscal": "span", "same": True,
                                                                         "local": True, "via": "later_same_period"})]:
        t, r = TimeExpr(*args, **kw), ref(*args, **kw)
        assert [getattr(t, f.name) for f in fields(TimeExpr)] == [getattr(r, f.name) for f in fields(r)]
        assert vars(t) == vars(r)
        assert t == TimeExpr(*args, **kw) and hash(t) == hash(TimeExpr(*args, **kw))
        assert repr(t).split("(", 1)[1] == repr(r).split("(", 1)[1]


def test_timeexpr_stays_frozen_and_replace_works():
    t = TimeExpr(3, 7, "year", 2022, None, None, 1, 12, False)
    with pytest.raises(FrozenInstanceError):
        t.year = 2021
    u = replace(t, year=2021, via="years_prior_to")
    assert (u.year, u.via, u.start, u.same) == (2021, "years_prior_to", 3, False)
    assert t != u and t.year == 2022


def test_timeexpr_init_checked_against_fields():
    from tradeflows.facts.periods_grammar import _check_init
    _check_init(TimeExpr)

    @dataclass(frozen=True, init=False)
    class Longer(TimeExpr):   # a field TimeExpr.__init__ does not take
        extra: int = 0
    with pytest.raises(TypeError):
        _check_init(Longer)

"""Session 47, helper speedT2: cheaper paths of find_times and build that give the same answers.

- TimeExpr's own __init__ (one dict set instead of the frozen dataclass's 14 object.__setattr__ calls);
- TriggerIndex.words returns at once for a stretch without a key;
- the abbr_range key compiled with skip_compile's first-character prefilter;
- periods_bases.lower_for_lc's unsafe-character test as three substring tests.
"""
from __future__ import annotations

import inspect
import re
from dataclasses import MISSING, FrozenInstanceError, dataclass, fields, make_dataclass, replace

import pytest

from tradeflows.facts import periods as PE
from tradeflows.facts import periods_bases as PB
from tradeflows.facts.periods_grammar import TimeExpr
from tradeflows.vocab.lowercase import UNSAFE, lower_text

# en.people.cn/n3/2023/0316/c90000-10223176.html (Xinhua), outlet of no data set
PEOPLE = ("NEW DELHI, March 15 (Xinhua) -- India's aggregate exports are expected to grow over 15 percent in the current "
          "financial year (April 2022-March 2023) over the last financial year, the government and industry experts said "
          "on Wednesday. India's overall exports are projected to grow at 16.18 percent during April 2002-February 2023 "
          "compared to the same period last year, with one month remaining in the current financial year, the Ministry of "
          "Commerce and Industry said in a statement. According to the ministry, merchandise exports registered a growth "
          "of 7.55 percent during the 11 months over the same period last year.")
# thehansindia.com/business/exports-rise-6-to-447-billion-in-fy23-792686, outlet of no data set
HANS = ("The country's imports also grew by 16.5 per cent to $714 billion in 2022-23 as against $613 billion in 2021-22. "
        "India's merchandise trade deficit in March 2023 stood at $19.73 billion, which was 13.93 per cent higher than "
        "$17.43 billion recorded in the previous month, according to government data. Goyal is on a three-day visit to "
        "France and Italy from April 11-13 to hold a series of meetings.")


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


def _check_init(cls: type) -> None:
    """cls.__init__ takes the dataclass's fields, in their order, with their defaults."""
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    got = [(p.name, p.default) for p in params]
    want = [(f.name, inspect.Parameter.empty if f.default is MISSING else f.default) for f in fields(cls)]
    if got != want:
        raise TypeError(f"{cls.__name__}.__init__ does not match its fields: {got} != {want}")


def test_timeexpr_init_checked_against_fields():
    # TimeExpr's own __init__ (periods_grammar: one store of the instance dict) must take the dataclass's fields
    _check_init(TimeExpr)

    @dataclass(frozen=True, init=False)
    class Longer(TimeExpr):   # a field TimeExpr.__init__ does not take
        extra: int = 0
    with pytest.raises(TypeError):
        _check_init(Longer)


def _words_reference(index: PE.TriggerIndex, start: int, end: int) -> set[str]:
    """TriggerIndex.words as it was: every key of the stretch tested."""
    keys = index._keys if index._keys is not None else index._built()
    words, lens = PE._index_words()
    found = set()
    for k in keys:
        p, wi = divmod(k, PE._INDEX_BASE)
        if start <= p and p + lens[wi] <= end:
            found.add(words[wi])
    return found


@pytest.mark.parametrize("text", [PEOPLE, HANS])
def test_index_words_every_stretch(text):
    low = lower_text(text)
    index = PE.TriggerIndex(low)
    bounds = sorted({0, len(text)} | {m.end() for m in re.finditer(r"[.,;)] ", text)})
    n_empty = 0
    for i, s in enumerate(bounds):
        for e in bounds[i + 1:]:
            got = index.words(s, e)
            assert set(got) == _words_reference(index, s, e)
            n_empty += not got
    assert n_empty   # stretches without a key are among them
    assert index.words(0, 0) == set() and index.words(len(text), len(text)) == set()


def test_index_words_empty_is_shared_and_read_only():
    index = PE.TriggerIndex("no trigger here at all")
    assert index.words(0, 10) is PE._NO_WORDS and isinstance(PE._NO_WORDS, frozenset)


def test_abbr_range_key_spans_as_compiled():
    key = PE._KEYS["abbr_range"]
    plain = re.compile(key.pattern)
    for text in (PEOPLE, HANS, "For Jul-Mar 2022, our exports grew", "in the months of Jan to Oct", "over Jan/August 2021",
                 "Jul\u2013 Feb", "from\tJun through Sep", "2002-February", "no abbreviation - here / at all"):
        for s in range(len(text)):
            assert [m.span() for m in key.finditer(text, s)] == [m.span() for m in plain.finditer(text, s)]
    assert key.search(PEOPLE) is not None and key.search(HANS) is None


@pytest.mark.parametrize("before", ["exports grew 5% compared to ", "İSTANBUL exports in ", "the ıç trade of ",
                                    "ſo far in ", "plain words "])
def test_lower_as_unsafe_search(before):
    want = None if not PB._LC_READY or UNSAFE.search(before) else before.lower()
    assert PB.lower_for_lc(before) == want


def test_find_times_of_real_sentences():
    """find_times on the pages above, with and without the Doc's index: the same times."""
    for text in (PEOPLE, HANS):
        low = lower_text(text)
        index = PE.TriggerIndex(low)
        for m in re.finditer(r"[^.]+\.", text):
            s, e = m.span()
            assert PE.find_times(text, s, e, low, index) == PE.find_times(text, s, e)
    got = {(t.kind, t.year, t.m1, t.m2) for t in PE.find_times(HANS, 0, len(HANS), lower_text(HANS),
                                                                 PE.TriggerIndex(lower_text(HANS)))}
    assert ("month", 2023, 3, 3) in got

"""Session 60, helper refactorK60: three refactors that change no output, each pinned here.

- facts/asides.py examples_of: one reading of "a place given as an example" by a cue right before it, for the focus
  adverbs (cue focus_example_before: rules head_focus_example, focus_aside, focus_not_carried) and for markets named by
  example (cue markets_such_as: rule head_example, facts/carry.py).
- figures/currencies.py RESOLVE_SIEVE: the readings of an ambiguous currency alias by its context as an ordered table
  of named rules; each rule is tried alone here on a sentence, and the order decides where two rules would both read.
- dataset/engines.py raise_young: the one collector setting of a build (_QuietGC) and of a document read
  (pipeline.quiet_collector).
"""
from __future__ import annotations

import gc

import pytest

from tradeflows import pipeline
from tradeflows.dataset import engines
from tradeflows.facts import asides, carry
from tradeflows.facts.partners_candidates import LIST_SEP
from tradeflows.facts.places import find_places
from tradeflows.facts.subject import LIST_GAP, MARKETS_REACH, MARKETS_SUCH_AS
from tradeflows.figures import currencies as C
from tradeflows.pipeline import country_codes, quiet_collector
from tradeflows.vocab import using_language
from tradeflows.vocab.patterns import cue


# --- examples_of ----------------------------------------------------------------------------------------------------

def _marked(text: str, name: str, english, reach: int, sep) -> list[str]:
    return [p.name for p, example in asides.examples_of(find_places(text), text, name, english, reach, sep) if example]


def test_markets_named_by_example_and_the_list_they_open():
    """Rule head_example's reading: the place after "markets such as" and the list it opens."""
    text = "Exports fell on weak demand in traditional markets such as Europe and the US, while China bought more."
    assert _marked(text, "markets_such_as", MARKETS_SUCH_AS, MARKETS_REACH, LIST_GAP) == ["Europe", "United States"]


def test_focus_adverb_through_the_same_reading():
    """focus_examples is examples_of with the focus cue: the same places, English and Russian rows."""
    text = "Exports grew by 5%, especially to the US and Canada, while Japan bought less."
    places = find_places(text)
    assert {p.name for p in places if p.start in asides.focus_examples(places, text, LIST_SEP)} \
        == set(_marked(text, "focus_example_before", asides._focus_before(), asides.FOCUS_REACH, LIST_SEP)) \
        == {"United States", "Canada"}
    ru = "Экспорт вырос в страны дальнего зарубежья, прежде всего, в Индию и Китай, а в Японию упал."
    with using_language("ru"):
        places = find_places(ru)
        sep = cue("list_sep", LIST_SEP)   # (as the callers pass it: "и" joins a Russian list)
        assert {p.name for p in places if p.start in asides.focus_examples(places, ru, sep)} == {"India", "China"}


def test_both_callers_share_the_reading(monkeypatch):
    """carry's head_example and asides' focus_examples both read through examples_of (one mechanism)."""
    assert carry.examples_of is asides.examples_of
    calls = []
    real = asides.examples_of

    def spy(*args):
        calls.append(args[2])
        return real(*args)

    monkeypatch.setattr(asides, "examples_of", spy)
    text = "Exports grew, especially to the US."
    asides.focus_examples(find_places(text), text, LIST_SEP)
    assert calls == ["focus_example_before"]

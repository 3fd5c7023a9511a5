"""Session 55, reviewE: leftovers of session 54's review (byte-identical mends) and the tests they need."""
from __future__ import annotations

import pytest

from tradeflows.facts import reporters_world


def _facts(text: str, **kw) -> list[tuple]:
    from phrasing import figs, rule
    return [(f.figure, f.measure, f.reporter, f.partner, rule(f, "reporter"), rule(f, "partner")) for f in figs(text, **kw)]


# --- rule world_trade (facts/reporters_world.py): a kind of row a language's world_trade.csv lacks is no such words ---

# nordot.app/1016317660445818880 (Kyodo on the WTO, 2023)
KYODO = ("By value, world goods trade in 2022 surged 12 percent to $25.3 trillion, partly reflecting higher commodity "
         "and energy prices.\n")


@pytest.fixture
def world_rows_without(monkeypatch):
    """world_trade.csv read without the rows of the kinds given (as a language whose file lacks them)."""
    def drop(*kinds):
        real = reporters_world.read_csv
        monkeypatch.setattr(reporters_world, "read_csv",
                            lambda name, lang="en": [r for r in real(name, lang) if r["kind"] not in kinds])
        reporters_world._world_trade.cache_clear()
    yield drop
    monkeypatch.undo()
    reporters_world._world_trade.cache_clear()


@pytest.mark.parametrize("kind", ["part_before", "trade_noun", "part_link"])
def test_a_missing_kind_of_world_trade_rows_is_no_such_words(world_rows_without, kind):
    """Without one of the kinds besides the phrase the rule still reads 'world goods trade in 2022 surged 12 percent
    to $25.3 trillion' as the world's (before: a KeyError at the first world-trade figure)."""
    world_rows_without(kind)
    assert _facts(KYODO, pub_year=2023) == [
        ("12 percent", "turnover", "world", None, "world_trade", "world_trade"),
        ("$25.3 trillion", "turnover", "world", None, "world_trade", "world_trade")]


def test_no_phrase_rows_leave_the_rule_silent(world_rows_without):
    """Odd case: a file without phrase rows names no world's trade: rule world_trade never fires, and the figures are
    read as the other rules read them (no reporter, the world as partner by "world")."""
    world_rows_without("phrase")
    assert _facts(KYODO, pub_year=2023) == [
        ("12 percent", "turnover", None, "world", "none", "world_cue"),
        ("$25.3 trillion", "turnover", None, "world", "none", "world_cue")]

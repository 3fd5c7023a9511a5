"""Each word list that context.lacks reads before a rule's search is implied by the rule's pattern: every match of
the pattern holds one of the words, read off the pattern's parse (vocab's required pieces of each alternative). A list
written by hand beside its pattern would silently drop matches once the pattern gains a branch without its words;
this test fails then instead."""
from __future__ import annotations

import re
from re import _constants as C, _parser as P

import pytest

from tradeflows.facts import partners_item as PI, partners_sentence as PS, reporters as R
from tradeflows.facts import reporters_anaphor as RA, reporters_cited as RC, world as W
from tradeflows.vocab import _required

PAIRS = [
    ("clause_total", W._clause_total(), W.CLAUSE_TOTAL_WORDS),
    ("world_before", W._world_before(), W.WORLD_BEFORE_WORDS),
    ("world_all", W._world_all(), W.WORLD_ALL_WORDS),
    ("whole_before", W._whole_before(), W.WHOLE_BEFORE_WORDS),
    ("others_item", W._OTHERS_ITEM, W.OTHERS_ITEM_WORDS),
    ("unnamed_group", W._unnamed_group(), W.UNNAMED_GROUP_WORDS),
    ("top_group", W._top_group(), W.TOP_GROUP_WORDS),
    ("world_rank", W._world_rank(), W.WORLD_RANK_WORDS),
    ("rank_verb", W._rank_verb(), W.WORLD_RANK_WORDS),
    ("flow_by", R._FLOW_BY, R.FLOW_BY_WORDS),
    ("passive_flow_by", R._PASSIVE_FLOW_BY, R.FLOW_BY_WORDS),
    ("gdp", R._GDP, R.GDP_WORDS),
    ("anaphor_flow", R._ANAPHOR_FLOW, R.ANAPHOR_FLOW_WORDS),
    ("the_country_flow", RA.THE_COUNTRY_FLOW, RA.THE_COUNTRY_FLOW_WORDS),
    ("demonym_region", RA.DEMONYM_REGION, RA.DEMONYM_REGION_WORDS),
    ("data_again", RC._DATA_AGAIN, RC.DATA_AGAIN_WORDS),
    ("bloc_anaphor", PS._bloc_anaphor(), PS.BLOC_ANAPHOR_WORDS),
    ("anaphor_dest", PS._anaphor_dest(), PS.ANAPHOR_DEST_WORDS),
    ("ranked_with", PI._ranked_with(), PI.RANKED_WITH_WORDS),
]


def _holds_a_word(items, words: tuple[str, ...]) -> bool:
    """Whether every match of the parsed sequence holds one of the (lower-case) words: a group of pieces it must hold
    (one of them at least) whose every piece, lower-cased, contains a word; or a part it must match (a group, an
    alternation each of whose branches holds one, a repeat at least once) that holds one."""
    if any(all(any(w in p.lower() for w in words) for p in g) for g in _required(items)):
        return True
    for op, av in list(items):
        if op is C.SUBPATTERN and _holds_a_word(av[-1].data, words):
            return True
        if op is C.ATOMIC_GROUP and _holds_a_word(av.data, words):
            return True
        if op is C.BRANCH and all(_holds_a_word(alt.data, words) for alt in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] > 0 and _holds_a_word(av[2].data, words):
            return True
    return False


def implied(rx: re.Pattern, words: tuple[str, ...]) -> bool:
    return _holds_a_word(P.parse(rx.pattern, rx.flags).data, words)


@pytest.mark.parametrize("name,rx,words", PAIRS, ids=[p[0] for p in PAIRS])
def test_every_match_holds_one_of_the_words(name, rx, words):
    assert words and all(w == w.lower() for w in words)
    assert implied(rx, words)


def test_a_list_missing_a_branch_is_caught():
    # _BLOC_ANAPHOR: "with the regional bloc" or "to the continent": "continent" alone misses the first branch
    assert not implied(PS._bloc_anaphor(), ("continent",))
    assert not implied(W._top_group(), ("top", "first", "largest", "biggest", "main"))   # "leading" left out
    assert implied(W._top_group(), W.TOP_GROUP_WORDS)

"""Partner rule of a residual group: "other countries", "the rest of the world", "Other Economies" named as one more item
of a ranking of named partners, its figure right behind it (rule residual_item).

"... the share of EU is 65.7 percent, followed by CEFTA countries with 13.36 percent, and other countries with 20.89
percent": the last figure is the group's, written as the text writes it ("other countries"), not the item named before
it (sentence took CEFTA on the tuned pages), nor the reporter's total. A residual group that is the sentence's only
counterpart ("the euro area recorded a EUR 16.5 bln surplus in trade in goods with the rest of the world") is the
reporter's whole trade: the world rules read it, this rule does not fire. A group with a place inside ("other African
countries", "the rest of Asia") is that place's (the gold writes Africa, Asia): the cue names no place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.context import lacks
from tradeflows.facts.partners_candidates import FLOW_MEASURES, candidates, same_place
from tradeflows.vocab.patterns import EnglishCue, cue, english_cue
from tradeflows.vocab.skip import skip_compile

_REACH = 40   # characters between the group and its figure, at most ("Other Economies followed with 17%")
# what may not stand between the group and its figure: another figure, a bracket, a clause or item break (a comma with
# two words or more after it: "other countries, while exports to China rose by"; not "other countries, with 20%")
_ITEM_BRACKET = skip_compile(r"\(\s*\Z")
_GAP_BREAK = re.compile(r"[\d;:()\[\]]|,(?:\s*[^\W\d_]+){2,}")


@lru_cache(maxsize=1)
def _english_group() -> re.Pattern:
    """The English residual_group pattern, read from vocab/en/patterns.csv on first use."""
    return english_cue("residual_group", re.I)


def residual_item(cl):
    """'CEFTA countries with 13.36 percent, and other countries with 20.89 percent': a flow's figure or share right
    behind a residual group (cue residual_group), no place nor other figure between them, in a sentence that names
    another counterpart of the reporter, is the group's (rule residual_item)."""
    f, d = cl.f, cl.d
    if cl.measure not in FLOW_MEASURES and f.kind != "share":
        return None
    s0 = d.c.sentences[cl.si][0]
    lo = max(s0, f.clean_start - _REACH - 40)
    last = None
    for m in cue("residual_group", _english_group()).finditer(d.text, lo, f.clean_start):
        last = m
    if last is None or f.clean_start - last.end() > _REACH:
        return None
    gap_end = _ITEM_BRACKET.search(d.text, last.end(), f.clean_start)   # ("Other Economies (10.6%)": the item's bracket)
    if _GAP_BREAK.search(d.text, last.end(), gap_end.start() if gap_end else f.clean_start):
        return None
    if any(last.end() <= p.start < f.clean_start for p in cl.places):
        return None
    s1 = d.c.sentences[cl.si][1]
    if not any(s0 <= p.start < s1 and (p.end <= last.start() or p.start >= last.end())
               and not same_place(p, cl.rep, cl.rep_iso) for p in candidates(cl)):
        return None   # (the group is the sentence's only counterpart: the reporter's trade with the world)
    return " ".join(last.group().split()), None


_residual_after = EnglishCue("residual_after", re.I)


def residual_after(cl):
    """'12% to Brazil, Russia, India and China combined, and 38% to the rest of the world': a flow's figure or share
    right before a preposition and a residual group (cue residual_after), in a sentence that names another
    counterpart of the reporter, is the group's, as written (rule residual_after; residual_item reads the group
    before its figure)."""
    f, d = cl.f, cl.d
    if cl.measure not in FLOW_MEASURES and f.kind != "share":
        return None
    m = cue("residual_after", _residual_after()).match(d.text, f.clean_end)
    if m is None:
        return None
    s0, s1 = d.c.sentences[cl.si]
    if not any(s0 <= p.start < s1 and not (f.clean_end <= p.start < m.end())
               and not same_place(p, cl.rep, cl.rep_iso) for p in candidates(cl)):
        return None   # (the group is the sentence's only counterpart: the reporter's trade with the world)
    group = cue("residual_group", _english_group()).search(m.group())
    return " ".join((group.group() if group else m.group()).split()), None


# "On a geographical basis, the services deficit with the United States fell $1.3 billion to $10.9 billion. The trade in
# services deficit between Canada and all other countries edged down to $10.4 billion" (Statistics Canada): a flow with
# a residual group ("between <the reporter> and all other countries", "with other countries") before its figure, after
# a sentence of the paragraph that named another counterpart, is the group's, as written: the rest beside the one named,
# not that one carried, nor the reporter's whole trade (rule residual_pair; cue residual_pair)
_residual_pair = EnglishCue("residual_pair", re.I)
RESIDUAL_WORDS = ("other", "rest")   # a word every match of residual_pair holds: lacks(...) skips its search


def residual_pair(cl):
    """The residual group a flow is with ("between Canada and all other countries"), the sentence before in the
    paragraph or its own naming another counterpart (rule residual_pair)."""
    f, d = cl.f, cl.d
    if cl.measure not in FLOW_MEASURES:
        return None
    s0 = d.c.sentences[cl.si][0]
    if lacks(d, RESIDUAL_WORDS, s0, f.clean_start):
        return None
    last = None
    for m in _residual_pair().finditer(d.text, s0, f.clean_start):
        last = m
    if last is None or any(last.start() <= p.start < f.clean_start and not same_place(p, cl.rep, cl.rep_iso)
                           for p in cl.places):
        return None   # (a place other than the reporter between: "between Canada and ..." is the reporter's pair)
    others = [p for p in candidates(cl) if not same_place(p, cl.rep, cl.rep_iso) and p.end <= last.start()]
    if not others and cl.si > 0 and d.para_index(d.c.sentences[cl.si - 1][0]) == cl.pi:
        others = [p for p in d.places(cl.si - 1) if p.iso3 and not same_place(p, cl.rep, cl.rep_iso)]
    if not others:
        return None   # (the group is the only counterpart named: the reporter's trade with the world)
    return " ".join(last.group("g").split()), None

"""A place right before a relative "whose" and a flow noun owns that flow (rule whose_flow).

"Indonesia's coal export figure to China ... remains below Australia whose export value of coal has reached $6.51
billion": Australia's exports, not Indonesia's; "The position of Indonesia is above Russia and Mongolia whose export
value of coal is $1.51 billion and $1.46 billion each": two owners and two figures, paired in order. Asked before
`possessive` (the sentence's earlier owner is another clause's); only a sentence holding "whose" before the figure is
read (a plain find of the word the row opens on), then the row whose_flow of vocab/en/patterns.csv.
"""
from __future__ import annotations

import re

from tradeflows.facts.respectively import listed, written_list
from tradeflows.vocab import pattern_word
from tradeflows.vocab.patterns import EnglishCue, cue

_WHOSE_FLOW = EnglishCue("whose_flow", re.I)
_OWNER_KINDS = ("country", "region", "bloc")


def whose_flow(cl):
    """The place (or the n-th of a pair or list, for the n-th of as many figures) written right before "whose" and a
    flow noun in the figure's sentence, before the figure."""
    d, f = cl.d, cl.f
    text = d.text
    s0 = d.c.sentences[cl.si][0]
    rx = cue("whose_flow", _WHOSE_FLOW())
    word = pattern_word(rx)
    # (the row opens on that word: its last place before the figure is where a match can start)
    w = -1 if word is None else text.rfind(word, s0, f.clean_start)
    if w < 0:
        return None
    m = rx.match(text, w)
    if m is None or ";" in text[m.end():f.clean_start]:
        return None
    owners = [p for p in cl.places if p.end <= w and p.kind in _OWNER_KINDS and p.iso3]
    if not owners or text[owners[-1].end:w].strip():
        return None
    run = written_list(text, m.end(), d.c.sentences[cl.si][1], f.clean_start, f.figure, plain=False)
    if run is None:
        p = owners[-1]
        return p.name, p.iso3
    i, starts = run
    idx = listed(text, [(p.start, p.end) for p in owners], len(starts))
    if idx is None:
        return None
    p = owners[idx[i]]
    return p.name, p.iso3


_WHOSE_OWNER_AFTER = EnglishCue("whose_owner_after")
WHOSE_REACH = 60   # how far after a place its list's "whose" may stand


def whose_owner(text: str, p) -> bool:
    """A place (or a member of a list of places) right before "whose" and a flow noun owns that flow: no counterpart
    of the clause (rule whose_owner, a named filter of partners_candidates)."""
    rx = cue("whose_owner_after", _WHOSE_OWNER_AFTER())
    word = pattern_word(rx)
    return word is not None and text.find(word, p.end, p.end + WHOSE_REACH) >= 0 and rx.match(text, p.end) is not None

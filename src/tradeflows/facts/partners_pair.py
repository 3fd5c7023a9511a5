"""Partner rule of a pair of places that owns its figure as one item (rule pair_item).

"China and the United States account for 52% of Chile's total exports worldwide", "Other relevant destinations were the
United States, 6%; Chile and Bolivia, 4% each", "followed by the UK and Netherlands (about 3 per cent each)": the figure
is the pair's, written with the places' own names as the gold writes a list ("Chile and Bolivia"), not the pair's second
place (share_subject, sentence and list_item took that one on the tuned pages). Two places, no more: a list of three or
more is list_whole's; a pair behind a flow's preposition ("to Argentina and Brazil") is conjoined_pair's. An item gap
(a comma, a bracket, "with") needs the item's "each" after the figure: "Germany and France (5%)" may be France's alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.partners_candidates import FLOW_MEASURES, LIST_SEP, candidates, list_name, same_place
from tradeflows.vocab.patterns import cue, english_cue

_EACH_REACH = 24   # characters after the figure that its "each" stands in ("4% each", "3 per cent each)")
_PAIR_KINDS = ("country", "bloc", "region")


@lru_cache(maxsize=1)
def _english_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The English pair_and, pair_subject_gap, pair_item_gap and list_each patterns (vocab/en/patterns.csv), read on
    first use."""
    return (english_cue("pair_and", re.I), english_cue("pair_subject_gap", re.I), english_cue("pair_item_gap", re.I),
            english_cue("list_each", re.I))


def pair_item(cl):
    """'Chile and Bolivia, 4% each', 'China and the United States account for 52%': a flow's figure or share right
    behind two places joined by "and", as the pair's subject (cue pair_subject_gap) or its item's figure with "each"
    after it (cue pair_item_gap), neither place the reporter, is the pair's (rule pair_item)."""
    text, f = cl.d.text, cl.f
    if cl.measure not in FLOW_MEASURES and f.kind != "share":
        return None
    before = [p for p in candidates(cl) if p.end <= f.clean_start]
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    joined, subject_gap, item_gap, each = _english_cues()
    if not cue("pair_and", joined).fullmatch(text, a.end, b.start):
        return None
    if not cue("pair_subject_gap", subject_gap).fullmatch(text, b.end, f.clean_start):
        if not cue("pair_item_gap", item_gap).fullmatch(text, b.end, f.clean_start) \
                or not cue("list_each", each).search(text, f.clean_end, min(f.clean_end + _EACH_REACH, len(text))):
            return None
    if a.kind not in _PAIR_KINDS or b.kind not in _PAIR_KINDS or a.name == b.name:
        return None
    if same_place(a, cl.rep, cl.rep_iso) or same_place(b, cl.rep, cl.rep_iso):
        return None
    if len(before) > 2 and LIST_SEP.fullmatch(text, before[-3].end, a.start):
        return None   # (a list of three or more: list_whole)
    return f"{a.name} and {b.name}", None


# rule pair_subject_each: "Syria and the United Arab Emirates come second in terms of real exports which reached $34
# million for each country" (marhabalebanon.com, data/web19 tuned page ad09): a pair of places that opens its sentence,
# the figure later in the same clause with "each" right after it (cue list_each; "for each country"), is the figure of
# each of the two, written as the text writes the pair (list_name); the words before the pair
# are at most an article (cue pair_opens_sentence), the gap holds no other place and no clause break
PAIR_EACH_REACH = 160   # characters from the pair's second place to the figure


@lru_cache(maxsize=1)
def _opens_sentence() -> tuple[re.Pattern, re.Pattern]:
    return english_cue("pair_opens_sentence", re.I), english_cue("pair_each_gap", re.I)


def pair_subject_each(cl):
    """The pair that opens the figure's sentence when "each" follows the figure (rule pair_subject_each); else None."""
    text, f = cl.d.text, cl.f
    if cl.measure not in FLOW_MEASURES and f.kind != "share":
        return None
    joined, _, _, each = _english_cues()
    if not cue("list_each", each).search(text, f.clean_end, min(f.clean_end + _EACH_REACH, len(text))):
        return None   # (no "each" after the figure: the usual case, the candidates not read)
    before = [p for p in candidates(cl) if p.end <= f.clean_start]
    if len(before) != 2:
        return None
    a, b = before
    opens, gap = _opens_sentence()
    s0 = cl.d.c.sentences[cl.si][0]
    if not cue("pair_and", joined).fullmatch(text, a.end, b.start) \
            or not cue("pair_opens_sentence", opens).fullmatch(text, s0, a.start) \
            or f.clean_start - b.end > PAIR_EACH_REACH \
            or not cue("pair_each_gap", gap).fullmatch(text, b.end, f.clean_start):
        return None
    if a.kind not in _PAIR_KINDS or b.kind not in _PAIR_KINDS or a.name == b.name:
        return None
    if same_place(a, cl.rep, cl.rep_iso) or same_place(b, cl.rep, cl.rep_iso):
        return None
    return list_name(b, before, text) or f"{a.name} and {b.name}", None   # (as the text writes the pair)

"""Partner rule joint_item: a list item of two or more places with one figure behind a dash.

"Также от регионального экспорта заняли Иран, Куба и Сирия — 19%, Саудовская Аравия — 14%, Китай — 13%" (a region's
partners ranked by their shares; data/ruweb47 dc02), "... Румыния — в 1,9 раза, Хорватия и Армения — в 1,5 раза, Турция
и Болгария — в 1,4 раза" (finance.rambler.ru): the places joined by list separators before the item's dash hold its one
figure together, or each the same, written as the list ("Iran, Cuba and Syria", "Croatia and Armenia"), as pair_item
and list_whole write a list; not the last place alone (rule list_item gave Syria). Only where the language has a row
joint_item_gap (Russian: a dash, not a colon, which may open a list rather than close an item); English has none, where
"Germany and France (5%)" may be France's alone (pair_item asks for "each" there).
"""
from __future__ import annotations

from tradeflows.facts.partners_candidates import candidates, list_extent, list_name
from tradeflows.vocab.patterns import NEVER, cue

JOINT_REACH = 6   # characters between the list's last place and its figure (the dash and its spaces)
_JOINT_KINDS = ("country", "bloc", "region")


def joint_item(cl):
    """The list of two or more places right before the figure's dash, joined by list separators with no figure of
    their own between them (cue joint_item_gap, list_sep), written as the list (rule joint_item); else None."""
    gap = cue("joint_item_gap", NEVER)
    if gap is NEVER:
        return None
    text, f = cl.d.text, cl.f
    if gap.search(text, max(0, f.clean_start - JOINT_REACH), f.clean_start) is None:
        return None   # (no dash right before the figure: the usual case, the candidates not read)
    before = [p for p in candidates(cl, parts=True) if p.end <= f.clean_start]
    if len(before) < 2 or f.clean_start - before[-1].end > JOINT_REACH \
            or not gap.fullmatch(text, before[-1].end, f.clean_start):
        return None
    ext = list_extent(before[-1], before, text)
    if ext is None:
        return None
    ordered, lo, k, _ = ext
    if k - lo < 1 or any(p.kind not in _JOINT_KINDS for p in ordered[lo:k + 1]):
        return None
    name = list_name(before[-1], before, text)
    return (name, None) if name else None

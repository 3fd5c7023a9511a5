"""Reporter rule group_member_item (its partner rule group_member_counterpart: facts/partners_group_item.py): a country listed behind a dash, after a colon whose head says the flow is that of a
number of states, owns its figure.

"в начале лета из семи европейских государств экспорт в Россию превысил февральские значения: Словения- 37%, Латвия -
67%" and "из России товарный импорт оказался выше уровней конца зимы в 10 государствах: Хорватия - в 2,7 раза"
(teleport2001.ru): the head names the states whose exports or imports the list gives ("из семи ... государств экспорт",
"в 10 государствах"), and the counterpart behind a preposition ("в Россию", "из России"); each item is one of those
states and reports its own figure, not the bloc or the page's subject. The head's words are the rows
member_group_head, counterpart_origin_before and counterpart_destination_before of vocab/<lang>/patterns.csv; a page lacking the literal pieces every
match of member_group_head holds is skipped before any scan (vocab.pattern_needs on the head's window of the page's
lower-cased copy, Doc.low).
"""
from __future__ import annotations

from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import NEVER, cue

ITEM_REACH = 45    # from the item's name to its figure (as reporters_list's owner items)
HEAD_CHARS = 160   # how far before the colon the head is read
# the row of vocab/<lang>/patterns.csv of the preposition before the head's counterpart, by the figure's flow
_COUNTERPART_PREP = {"imports": "counterpart_origin_before", "exports": "counterpart_destination_before"}


def group_member_item(cl):
    """The country listed right before the figure behind a dash, when the list's head says the flow is that of a
    number of states and names a counterpart other than the item by a preposition (rule group_member_item)."""
    found = group_item_and_counterpart(cl)
    return (found[0].name, found[0].iso3) if found is not None else None


def group_item_and_counterpart(cl):
    """(the listed item, the head's counterpart) of the figure's list (see the module's note), else None."""
    head_rx = cue("member_group_head", NEVER)
    if head_rx is NEVER:
        return None   # a language with no rows (English) has no such head
    prep_name = _COUNTERPART_PREP.get(cl.measure)
    if prep_name is None:
        return None
    d, fs = cl.d, cl.f.clean_start
    text = d.text
    s, _e = d.c.sentences[cl.si]
    before = [p for p in d.places(cl.si, s, fs) if p.end <= fs]
    if not before:
        return None
    item = before[-1]
    if item.kind != "country" or not item.iso3 or fs - item.end > ITEM_REACH:
        return None
    k = text.rfind(":", s, item.start)
    if k < 0:
        return None
    lo = max(s, k - HEAD_CHARS)
    # the literal pieces every head holds, tested on the head's window of the page's lower-cased copy before any scan
    low = d.low
    if low is not None and not holds(low[lo:k], pattern_needs(head_rx)):
        return None
    if not cue("owner_item_gap", NEVER).fullmatch(text, item.end, fs) or not head_rx.search(text, lo, k):
        return None
    # the counterpart's preposition agrees with the flow: imports come "из России", exports go "в Россию"; "экспорт из
    # России вырос в пяти странах: Германия - 5%" names Russia's destinations, no owners
    prep = cue(prep_name, NEVER)
    counterparts = [p for p in before if lo <= p.start and p.end <= k and p.iso3 and p.iso3 != item.iso3
                    and prep.search(text, max(lo, p.start - 6), p.start)]
    return (item, counterparts[-1]) if counterparts else None

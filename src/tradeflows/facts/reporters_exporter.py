"""Countries named as exporters or importers own the figures given with them (rule exporter_named).

A page about one side (a continent, a bloc, a country) often ranks the countries that export or import the most,
each with its own figure: "Major exporting countries in 2016 were South Africa, accounting for (20%), Algeria (14%),
Morocco (12%)" on Africa's trade with the EU; "Germany turns out to be the largest exporter (8,8 billion, 33%) among
EU countries followed by the United Kingdom (4,1 billion, 16%)"; "The United States follows as the second-largest
exporter, with $2.02 trillion in exported goods". The page's subject does not own those figures: the country
ranked as the exporter does. Two shapes:

- item: a country right before its bracketed figure, listed after the role noun ("exporting countries ... were",
  "exporter ... followed by"), not behind a preposition ("exporters shipped to China (40%)");
- head: the figure in brackets (or behind ", with") right after the role noun, whose owner is the country the
  clause ranks as that role ("Germany turns out to be the largest exporter (8,8 billion, 33%)").
Not a sentence opening on "With a share of 28% (76 billion Euros) in the EU27's total amount of exports to the US,
Germany was the most important exporter": its owner would be right, but the partner rules read the share's whole
("the EU27's") as the counterpart (tried in session 49 and dropped: web37's fact F1 fell).

The figure's counterpart is the page's, else the world: partner rule exporter_counterpart (facts/partners_item.py).
English words only: Russian "импортеры" in trade news often means the suppliers ("Основными импортерами являются
Китай (21%)": China is the counterpart), so no row of another language is read.
"""
from __future__ import annotations

import re

from tradeflows.vocab.patterns import EnglishCue, cue

# the role noun: an exporter, importer, exporting or importing country
_role = EnglishCue("reporters_exporter_role", re.I)
# a list item's gap: "Algeria (14%", "South Africa, accounting for (20%", "Great Britain (46 billion Euros or 17%",
# "China $2,263 billion", "China – $2.2 billion"
_item_gap = EnglishCue("reporters_exporter_item_gap", re.I)
# the listing verb between the role noun and the items ("exporting countries in 2016 were", "exporter ... followed by")
_listing = EnglishCue("reporters_exporter_listing", re.I)
# an item opens a list: after the listing verb, a separator or "and" ("were South Africa", ", Algeria", "; United
# States", "followed by the United Kingdom", "and Angola"), not behind a preposition or a verb's object ("exporters
# shipped to China (40%)", "exporters are paying the US $300 billion")
_item_before = EnglishCue("reporters_exporter_item_before", re.I)
# the figure right after the role noun: "exporter (8,8 billion, 33%", "exporter, with $2.02 trillion"
_head_gap = EnglishCue("reporters_exporter_head_gap", re.I)
# the owner's copula before the role noun: "Germany turns out to be the largest", "The United States follows as the
# second-largest", "Germany was the most important"
_ranked_as = EnglishCue("reporters_exporter_ranked_as", re.I)
ITEM_REACH = 200    # the farthest an item may stand after the role noun (a list of nine countries and shares)
OWNER_REACH = 60    # the farthest the owner may end before the role noun


def _countries(cl, s, e):
    return [p for p in cl.d.places(cl.si) if s <= p.start and p.end <= e and p.kind == "country" and p.iso3]


def _owner_before(cl, text, role):
    """The country ranked as the role noun's exporter: its copula runs from the country up to the role noun."""
    s, _ = cl.d.c.sentences[cl.si]
    for p in reversed(_countries(cl, max(s, role.start() - OWNER_REACH), role.start())):
        if _ranked_as().fullmatch(text, p.end, role.start()):
            return p
    return None


def exporter_named(cl):
    """'Major exporting countries in 2016 were South Africa, accounting for (20%), Algeria (14%)': each item's
    country; 'Germany turns out to be the largest exporter (8,8 billion, 33%)': the country ranked as exporter."""
    text, fs = cl.d.text, cl.f.clean_start
    s, e = cl.d.c.sentences[cl.si]
    # (a literal precheck: the rule is read for nearly every figure, and a search of _ROLE over each sentence cost
    # 1.2% of a pass over data/raw; "porter"/"porting" are in every role noun, in lower case)
    if text.find("porter", s, e) < 0 and text.find("porting", s, e) < 0:
        return None
    roles = list(_role().finditer(text, s, e))
    if not roles:
        return None
    # item: the country right before the figure's bracket, listed after a role noun
    for p in _countries(cl, max(s, fs - 60), fs):
        if not _item_gap().fullmatch(text, p.end, fs):
            continue
        role = next((m for m in reversed(roles) if m.end() <= p.start and p.start - m.end() <= ITEM_REACH), None)
        if role is None or not _listing().search(text, role.end(), p.start):
            continue
        if not _item_before().search(text[max(s, p.start - 20):p.start]):
            continue
        return p.name, p.iso3
    # head: the figure right after the role noun
    for role in roles:
        if role.end() <= fs and _head_gap().fullmatch(text, role.end(), fs):
            p = _owner_before(cl, text, role)
            if p is not None:
                return p.name, p.iso3
    return None



# Rule origins_listed: "the fall in the value of exports from Guatemala (-1.4%), Honduras (-4.3%) and Nicaragua (-5.8%)"
# (a page on Central America's trade): the countries listed in the origin slot of "exports from", each with its own
# figure in brackets, are each that figure's exporter (its reporter), not counterparts of the page's subject (the
# partner rule list_item would read "Honduras (-4.3%)" as one). Only "exports"/"exported" from: "imports from China
# (40%), India (20%)" lists the suppliers. The chain from the flow noun to the figure's country must be bare items, each a
# country with its bracket ("exports from Kenya to Uganda (x), Tanzania (y)" lists destinations: no chain). The partner is
# the page's counterpart, else the world (partner rule exporter_counterpart), not the next origin.
_origin_slot = EnglishCue("reporters_exporter_origin_slot", re.I)
_ORIGIN_BRACKET = re.compile(r"\s*\(\s*[-+−–]?\s*")   # the item's own bracket, right before its figure (a sign)
_origin_next = EnglishCue("reporters_exporter_origin_next")  # "(-1.4%), " to the next item
ORIGIN_REACH = 160   # the farthest the figure may stand after the flow noun


def origin_chain(cl, text, fs):
    """The countries listed in the origin slot of the "exports from" before fs (see above), in order, each with its
    own bracket: the whole list, up to its last item (also those after fs); empty when the figure is none of theirs."""
    s, e = cl.d.c.sentences[cl.si]
    if text.rfind("(", max(s, fs - 4), fs) < 0:
        return []   # (a literal precheck: the figure opens a bracket)
    lo = max(s, fs - ORIGIN_REACH)
    if text.find("xport", lo, fs) < 0:
        return []
    slot = None
    for m in _origin_slot().finditer(text, lo, fs):
        slot = m
    if slot is None:
        return []
    pos, chain, mine = slot.end(), [], False
    for q in _countries(cl, pos, e):
        if q.start != pos:
            break   # a word between: the chain of bare origins ends
        nxt = _origin_next().match(text, q.end)
        if _ORIGIN_BRACKET.fullmatch(text, q.end, fs):
            mine = True
        elif q.start >= fs and not _ORIGIN_BRACKET.match(text, q.end):
            break
        chain.append(q)
        if nxt is None:
            break
        pos = nxt.end()
    return chain if mine else []


def origin_slot_country(cl, text, fs):
    """The country listed in the origin slot of "exports from" right before the figure's bracket (see above), or None."""
    return next((q for q in origin_chain(cl, text, fs) if _ORIGIN_BRACKET.fullmatch(text, q.end, fs)), None)


# Rule origin_item: "Fiji and PNG boost trade ties – $25.3m exports from Fiji, $7.9m from PNG" (fijivillage.com): an
# amount right followed by "from" and a country, after an item of the same sentence that writes its export's origin
# ("$25.3m exports from Fiji") and a comma or "and", is the export of the country after its own "from", to the earlier
# item's origin (partner rule origin_item_counterpart); rows origin_item_from, origin_item_before, origin_item_gap
_origin_item_from = EnglishCue("origin_item_from", re.I)
_origin_item_before = EnglishCue("origin_item_before", re.I)
_origin_item_gap = EnglishCue("origin_item_gap", re.I)
ORIGIN_ITEM_REACH = 30   # how far before the earlier origin its "exports from" may start


def origin_item(cl):
    """(origin, earlier origin) of an export amount "$7.9m from PNG" listed after "$25.3m exports from Fiji", else None."""
    text, fs, fe = cl.d.text, cl.f.clean_start, cl.f.clean_end
    if not text.startswith(" from ", fe) or cl.f.kind != "money":
        return None   # (a literal precheck: most figures are followed by no "from")
    s, e = cl.d.c.sentences[cl.si]
    after = _origin_item_from().match(text, fe, e)
    if after is None:
        return None
    own = next((p for p in _countries(cl, after.end(), e) if p.start == after.end()), None)
    earlier = next((q for q in reversed(_countries(cl, s, fs)) if _origin_item_gap().fullmatch(text, q.end, fs)), None)
    if own is None or earlier is None or own.iso3 == earlier.iso3 \
            or not _origin_item_before().search(text, max(s, earlier.start - ORIGIN_ITEM_REACH), earlier.start):
        return None
    return own, earlier


def origin_item_reporter(cl):
    """'$25.3m exports from Fiji, $7.9m from PNG': PNG, whose export the second amount is (rule origin_item)."""
    found = origin_item(cl)
    return (found[0].name, found[0].iso3) if found is not None else None


def origins_listed(cl):
    """'exports from Guatemala (-1.4%), Honduras (-4.3%) and Nicaragua (-5.8%)': each listed origin's own figure."""
    p = origin_slot_country(cl, cl.d.text, cl.f.clean_start)
    return (p.name, p.iso3) if p is not None else None


# Rule world_rank_item: "Согласно анализу ..., в 2019 году Молдова экспортировала вина на сумму всего 97,7 миллиона
# долларов, что ставит ее на 24-е место в мире. Лидирующие позиции в этом рейтинге занимают Франция (11 млрд долларов),
# Италия (7,3 млрд долларов)", "... Украина заняла первое место в мире. Второе место по этому показателю занял Китай
# (€103 млн), третье - США (€67 млн)": a country ranked with its bracketed figure in a ranking of the world (a place,
# position or ranking in the figure's sentence, "in the world" in it or the sentence before) is ranked among the world's
# exporters: it owns the figure, the page's subject does not. Not when the sentence ranks partners, markets, suppliers
# or buyers ("Второе место среди торговых партнеров занял Китай (€103 млн)": a counterpart), nor an item behind a
# preposition. The counterpart is the page's, else the world (partner rule exporter_counterpart).
_rank_word = EnglishCue("world_rank_word", re.I)
_world_word = EnglishCue("world_rank_world", re.I)
_rank_role = EnglishCue("world_rank_role", re.I)
_RANK_ITEM_GAP = re.compile(r"\s*\(\s*[^\d()]{0,4}")        # "Франция (11 млрд", "Китай (€103 млн"
_rank_item_prep = EnglishCue("rank_item_prep", re.I)


def world_rank_item(cl):
    """'Лидирующие позиции в этом рейтинге занимают Франция (11 млрд долларов)' after '... на 24-е место в мире': the
    country ranked among the world's exporters owns its bracketed figure."""
    text, fs = cl.d.text, cl.f.clean_start
    s, e = cl.d.c.sentences[cl.si]
    if text.rfind("(", max(s, fs - 4), fs) < 0:
        return None   # (a literal precheck: the figure opens a bracket)
    item = next((p for p in reversed(_countries(cl, max(s, fs - 40), fs)) if _RANK_ITEM_GAP.fullmatch(text, p.end, fs)), None)
    if item is None or cue("rank_item_prep", _rank_item_prep()).search(text, max(s, item.start - 12), item.start):
        return None
    if not cue("world_rank_word", _rank_word()).search(text, s, e) or cue("world_rank_role", _rank_role()).search(text, s, e):
        return None
    ps = cl.d.c.sentences[cl.si - 1][0] if cl.si > 0 else s
    if not cue("world_rank_world", _world_word()).search(text, ps, e):
        return None
    return item.name, item.iso3

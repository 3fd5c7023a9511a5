"""The home's own demonym closing a list sentence names the goods' origin, no item of the list (rule
list_home_demonym, read by partners_list.list_anaphor).

"Так, в Китае, Республике Корея и Вьетнаме пользуется спросом российская мясная и молочная продукция. В эти страны
... экспортировано на сумму более 10 миллионов долларов": "российская" (the reporter's own country) says whose the
goods are; the list the anaphor names is the one before it.
"""
from __future__ import annotations

from tradeflows.records import add_via


def without_home_demonym(places: list, cl) -> list:
    """The places less the demonyms of the reporter's own country (cl.rep_iso: a region's is its country's); a
    dropped one writes the rule's name into the clause's read filters (cl.read_via)."""
    rep_iso = cl.rep_iso
    if rep_iso is None:
        return places
    kept = [p for p in places if not (p.kind == "demonym" and p.iso3 == rep_iso)]
    if len(kept) != len(places):
        cl.read_via = add_via(cl.read_via, "list_home_demonym")
    return kept

"""What visitors from abroad spend, worded as their spending or as the host's income from them (rule visitor_spending).

"Августовские туристы принесли в доход Грузии 523 млн. долларов", "страна получила от туризма доход", "российские
туристы оставили в Казахстане 1,8 млрд тенге", "Расходы путешественников из Турции составили 299,7 млн тенге", "Russian
tourists contributing $2 billion to the Turkish economy": in the balance of payments what visitors from abroad spend is
the host's services exports (travel credits), what its residents spend abroad its services imports (travel debits). An
earning word with a visitor word a few words before or after it in the clause, or a spending word with a visitor word
and a sign the visitors are foreign (a foreign word, a country's name or demonym) near, is made one services flow cue
over its span (measure names its rule visitor_spending, scope services): not "Россияне потратили на туризм" (at home,
tourism bought). The words are stems, rows of vocab/<lang>/visitor_spending.csv; rule services_earnings ("tourism
revenues", facts/measure_cues.py) reads its own phrasings first, and a word inside a cue already found is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from tradeflows.facts.context import Doc, lacks
from tradeflows.vocab import alternation, current_language, has_file, holds, pattern_needs, words_by_role

# how far from the spending word a visitor word may stand (characters, either side): "туристы из Узбекистана внесли"
# near enough, a visitor named in the clause before a long aside too far
VISITOR_REACH = 45
# how far before the spending word a tax may stand: "налоговые доходы от туризма", "tax revenue from tourists"
LEVY_REACH = 25
# the places that make visitors foreign: a country, its demonym, a bloc (a region of the home is no sign)
_FOREIGN_KINDS = frozenset(("country", "demonym", "bloc"))


@lru_cache(maxsize=None)
def _patterns(lang: str) -> SimpleNamespace | None:
    """The rule's patterns in one language, built from its visitor_spending.csv on first use (None: no such file)."""
    if not has_file("visitor_spending.csv", lang):
        return None
    words = words_by_role("visitor_spending.csv", lang)

    def stems(*roles: str) -> re.Pattern:
        return re.compile(rf"(?<![\w-])(?:{alternation(w for r in roles for w in words[r])})[\w-]*", re.I)

    money, visitor = stems("earn", "spend"), stems("visitor")
    # (the gate: the words every match holds, read off the patterns themselves, so editing a row updates it)
    return SimpleNamespace(money=money, visitor=visitor, earn=stems("earn"), foreign=stems("foreign"),
                           abroad=stems("abroad"), levy=stems("levy"),
                           bought=re.compile(rf"(?<![\w-])(?:{alternation(words['bought'])})\s+$", re.I),
                           needs=tuple(g for rx in (money, visitor) for g in pattern_needs(rx)))


def visitor_spending(d: Doc, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues with each visitors' earning or spending word made one services cue: exports, or imports where
    the spending is abroad; not a tax's, not a word inside a cue already found (rule visitor_spending)."""
    P = _patterns(current_language())
    if P is None:
        return cues
    page = d.memo.visitor_page
    if page is None:
        # (most pages name no visitor and no spending: one test of the page, not one of each clause)
        page = d.memo.visitor_page = d.low is None or holds(d.low, P.needs)
    if not page:
        return cues
    for group in P.needs:
        if lacks(d, group, s_start, s_end):
            return cues
    text = d.text
    added = []
    for m in P.money.finditer(text, s_start, s_end):
        a, b = m.span()
        lo, hi = max(s_start, a - VISITOR_REACH), min(s_end, b + VISITOR_REACH)
        if any(c[0] < b and a < c[1] for c in cues) \
                or P.levy.search(text, max(s_start, a - LEVY_REACH), a) is not None \
                or not any(P.bought.search(text, max(lo, v.start() - 8), v.start()) is None
                           for v in P.visitor.finditer(text, lo, hi)):
            continue
        abroad = P.abroad.search(text, lo, hi) is not None
        if not abroad and P.earn.fullmatch(text, a, b) is None and P.foreign.search(text, lo, hi) is None \
                and not _foreign_place(d, s_start, lo, hi):
            continue   # "Россияне потратили на туризм", "туристы потратили 539 млн рублей" in a home region
        added.append((a, b, "imports" if abroad else "exports", 3))
    if not added:
        return cues
    d.memo.visitor_spans.update((a, b) for a, b, _, _ in added)
    return sorted(cues + added)


def _foreign_place(d: Doc, s_start: int, lo: int, hi: int) -> bool:
    """A country, its demonym or a bloc in text[lo:hi] (the sentence's places, read once for the partner rules)."""
    return any(p.kind in _FOREIGN_KINDS for p in d.places(d.sentence_index(s_start), lo, hi))

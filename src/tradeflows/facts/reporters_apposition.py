"""A counterpart described in apposition as another country's partner names that country as reporter.

"Shipments to China, South Korea's biggest trading partner, dropped 20 percent, exports to the US slid
17 percent": wire copy names the reporter only in the apposition that explains who China is to it.
Rule partner_apposition gives the clause's flows that owner, before the page's subject is taken.
"""
from __future__ import annotations

import re

from tradeflows.facts.subject import ROLE_OWNER_AFTER, ROLE_OWNER_BEFORE
from tradeflows.vocab.skip import skip_compile

_COMMA_BEFORE = re.compile(r",\s*$")


def partner_apposition(cl):
    """'Shipments to China, South Korea's biggest trading partner, dropped 20 percent': the country whose
    partner the apposition calls the counterpart reports the clause's flows after it (the apposition
    read by subject.ROLE_OWNER_AFTER, the pattern of the subject vote's role_owner weight)."""
    text, fs = cl.d.text, cl.f.clean_start
    places = [p for p in cl.places if p.kind in ("country", "bloc")]
    for prev, p in zip(places, places[1:]):
        if p.start < fs and p.iso3 != prev.iso3 and _COMMA_BEFORE.search(text, prev.end, p.start) \
                and ROLE_OWNER_AFTER.match(text, p.end):
            return p.name, p.iso3
    return None


# "In second place is Russia with USD 5.27 billion, while it remains the largest export market for Uzbekistan (USD 1.63
# billion)" (today.az on Uzbekistan's trade): the country a market or destination is "for", right before the bracketed
# amount, sells to it; it reports the amount (rule market_for), the market being the counterpart
_MARKET_FOR_BEFORE = skip_compile(r"\b(?:largest|biggest|main|top|leading|principal|major|second|third|second[-\s]largest)\s+"
                                  r"(?:export\s+)?(?:market|destination|buyer|customer)\s+for\s+(?:the\s+)?$", re.I)
_BRACKET_AMOUNT_GAP = re.compile(r"\s*\(\s*")


def market_for(cl):
    """'the largest export market for Uzbekistan (USD 1.63 billion)': Uzbekistan reports the bracketed amount."""
    text, fs = cl.d.text, cl.f.clean_start
    for p in cl.d.places(cl.si, cl.lo, fs):
        if p.kind == "country" and p.iso3 and p.end <= fs and _BRACKET_AMOUNT_GAP.fullmatch(text, p.end, fs) \
                and _MARKET_FOR_BEFORE.search(text, max(cl.lo, p.start - 50), p.start):
            return p.name, p.iso3
    return None


# "The largest export and import partner for Africa is the EU-27 with 31 % of exports" (ec.europa.eu), "Mexico is also
# currently the US' third largest trading partner with $611.5 billion": the place whose partner or market the clause
# ranks another as owns the relation, whatever page it stands on (rule role_owner_clause; the patterns of the subject
# vote's role_owner weight, a partner "for" a place only: "destination of X" may name X itself). Two such owners in one
# clause: no decision.
def _role_for_before(text, lo, hi):
    """A partner, market or destination "for" the place at hi; not one "of" it ("The single largest export destination
    of the United States of America recorded US$ 1,355.14 Mn" names the destination itself)."""
    m = ROLE_OWNER_BEFORE.search(text, lo, hi)
    return m is not None and " for" in m.group(0).lower()


def _one_role_owner(text, places, lo):
    """The one place among places named as the owner of a partner, market or destination ranked beside it (no
    earlier than lo), or None (none, or two)."""
    found = None
    for p in places:
        if p.kind not in ("country", "bloc", "continent") or not p.name:
            continue
        if ROLE_OWNER_AFTER.match(text, p.end) or _role_for_before(text, max(lo, p.start - 50), p.start):
            if found is not None and found.name != p.name:
                return None
            found = p
    return found


def role_owner_clause(cl):
    """The one place of the figure's clause named as the owner of a partner, market or destination ranked in it."""
    found = _one_role_owner(cl.d.text, cl.places, cl.lo)
    return (found.name, found.iso3) if found is not None else None


# "The largest export and import partner for Africa is the EU-27 with 31 % of exports and 29 % of imports. In exports it
# was followed by other African countries (16 %) and China (11 %). For imports these two had switched places, second was
# China (16 %) and third were other African countries (13 %)" (ec.europa.eu, on the EU's page on Africa): a sentence that
# goes on ranking ("followed by", "second was", "switched places") after a sentence of its paragraph ranking the
# partners of one owner (rule role_owner_clause) ranks that owner's partners too: the owner reports it (rule
# role_owner_continued), the items are its counterparts; not when the sentence names the owner again, nor when the
# sentence before names two owners
_RANK_GOES_ON = skip_compile(r"\b(?:followed\s+by|trailed\s+by|(?:second|third|fourth|fifth)\s+(?:was|is|were|are|came|"
                             r"comes|place)|switched\s+places|swapped\s+places|in\s+(?:second|third)\s+place)\b", re.I)
_RANK_WORDS = ("second", "third", "ollowed", "places", "railed")   # literals every _RANK_GOES_ON match holds
ROLE_OWNER_BACK = 2   # how many sentences back (in the paragraph) the ranking's owner is looked for


def role_owner_continued(cl):
    """'In exports it was followed by other African countries (16 %) and China (11 %)' after 'The largest export and
    import partner for Africa is the EU-27 ...': Africa."""
    d, text = cl.d, cl.d.text
    s, e = d.c.sentences[cl.si]
    words = d.memo.rank_words.get(cl.si)
    if words is None:   # (literal prechecks, once a sentence: the rule is read for nearly every figure the subject
        # would take, and a long sentence of many figures would be searched whole for each)
        words = d.memo.rank_words[cl.si] = any(text.find(w, s, e) >= 0 for w in _RANK_WORDS)
    if not words:
        return None
    if not _RANK_GOES_ON.search(text, s, cl.f.clean_start):
        return None
    pi = d.para_index(s)
    for back in range(1, ROLE_OWNER_BACK + 1):
        si = cl.si - back
        if si < 0 or d.para_index(d.c.sentences[si][0]) != pi:
            return None
        owner = _one_role_owner(text, d.places(si), d.c.sentences[si][0])
        if owner is None:
            continue
        if any(p.name == owner.name and p.surface.lower() == owner.surface.lower() for p in d.places(cl.si)):
            return None   # the owner named again: its own ranking or a counterpart's; no decision ("other African
            # countries" is a group of its counterparts)
        return owner.name, owner.iso3
    return None

"""Measure cues of a clause that the words around make no cue of the figure. facts/measure_cues.py asks, each filter
behind a cheap test of the clause.

- appositive_cue: a cue inside an appositive aside describes the thing named before it, not what the figure measures:
  "imports of ammonia, a key ingredient in fertilizer production, fell by 58%" are imports, not output (only where
  the clause holds ", a", the aside's opening);
- account_balance_subject: a bare surplus or deficit after a cue of the economy's current account is that account's:
  "the country’s current account came in at a surplus of $882 million" (only where the clause holds a cue of measure
  other). ("balance of payments" is no cue: writers call the trade gap so, "This widened the balance of payments gap
  from Sh110.5 billion", web15 c07.)"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import read_lines_all
from tradeflows.vocab.patterns import EnglishCue

# the opening of an aside that describes a noun: a comma and an indefinite article (vocab/en/patterns.csv
# appositive_aside_open); the aside runs to the next comma
_aside_open = EnglishCue("appositive_aside_open", re.I)


def drop_aside_cues(text: str, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues less those inside ", a/an ...," when a cue before the aside names the flow it describes
    (cues are (start, end, measure, ...) tuples in text order)."""
    if len(cues) < 2:
        return cues
    out = cues
    for m in _aside_open().finditer(text, s_start, s_end):
        close = text.find(",", m.end(), s_end)
        if close < 0:
            break
        if not any(c[1] <= m.start() for c in out):
            continue
        out = [c for c in out if not (m.start() < c[0] and c[1] <= close)]
    return out


@lru_cache(maxsize=None)
def bare_balance() -> frozenset[str]:
    """The bare balance words (vocab/<lang>/balance_bare.txt, every language's, read once): the surplus or deficit words
    that are no cue of a trade balance on their own ("trade deficit" is)."""
    return frozenset(w.lower() for w in read_lines_all("balance_bare.txt"))


@lru_cache(maxsize=None)
def account_words() -> tuple[str, ...]:
    """The last words of the other-measure cues that name an account of the whole economy ("current account", "balance
    of payments"; vocab/<lang>/account_words.txt, every language's, read once): a bare surplus or deficit after such a
    cue in the clause is that account's (rule account_balance_subject)."""
    return tuple(w.lower() for w in read_lines_all("account_words.txt"))


def drop_account_bare_balance(text: str, cues: list, bare: frozenset[str]) -> list:
    """The clause's cues less each bare surplus or deficit ("recorded a surplus of", "posted a deficit of") that comes
    after a cue of the economy's current account with no flow cue between: "The current account recorded a surplus of
    $5 billion" is no trade balance (rule account_balance_subject). bare: the bare balance words."""
    out, account = [], False
    for c in cues:
        word = text[c[0]:c[1]].lower()
        if c[2] == "other" and word.endswith(account_words()):
            account = True
        elif account and c[2] == "balance" and word in bare:
            continue
        elif c[2] != "other":
            account = False
        out.append(c)
    return out

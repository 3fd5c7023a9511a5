"""A bare "the surplus" that stands for an account's balance (session 77, rule account_anaphor).

"Japan's current-account surplus contracted slightly in February ... || The contraction in the surplus was less than
what economists ... had expected. They estimated a contraction of 9.7% from a year earlier to 1.94 trillion yen"
(atlantafed.org, data/web47 cf02); "The U.S. current account deficit shrank more than expected ... || The deficit on the
current account ... narrowed to $117.4-billion ... || The deficit was equivalent to 3.0 per cent of gross domestic
product" (theglobeandmail.com): a definite balance noun with no word of its own ("the surplus", "the deficit"; rows
balance_anaphor of vocab/<lang>/patterns.csv) names again the balance the text named last by its kind. When that is
an account of the whole economy (an other-measure cue of measures.csv holding a word of account_words.txt: "current
account surplus", "balance of payments", as rule account_balance_subject reads it in one clause), not a trade balance ("trade surplus", a balance cue of measures.csv other
than the bare words), the figure is the account's: measure other, as the current account's own cue reads (GUIDELINES),
not the trade balance the bare cue reads. The sentences read are the figure's own before it and, when no cue of its own
sentence decided the measure, the sentence before; the antecedent is looked for in up to ANTECEDENT_SENTENCES
sentences back. Each window is tested for the words every row needs (vocab.pattern_needs) before it is searched.
"""
from __future__ import annotations

import re

from tradeflows.facts.aside_cues import account_words, bare_balance
from tradeflows.facts.context import Doc, cue_matches
from tradeflows.records import Figure
from tradeflows.vocab import fold, holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

ANTECEDENT_SENTENCES = 4   # how many sentences back the balance a bare noun names again is looked for
_ANAPHOR = EnglishCue("balance_anaphor", re.I)
# the measure rules whose cue is the figure's own sentence's (the anaphor is read there only); the others read the
# sentence before too (previous_sentence, carried: the bare noun of the sentence the measure came from)
_OWN_CUE_RULES = frozenset({"cue_before", "cue_joined_after", "cue_after", "balance_share", "change_in_after"})


def _low(d: Doc, a: int, b: int) -> str:
    return d.low[a:b] if d.low is not None else d.text[a:b].lower()


def account_anaphor(d: Doc, f: Figure, si: int, s_start: int, mrule: str | None, v) -> bool:
    """Whether the balance figure f (sentence si starting at s_start, measure decided by mrule) is read off a bare
    definite balance noun that names again a current account's balance (rule account_anaphor)."""
    first = si if mrule in _OWN_CUE_RULES or si == 0 else si - 1
    a = d.c.sentences[first][0]
    anaphor_rx = cue("balance_anaphor", _ANAPHOR())
    if not holds(_low(d, a, f.clean_start), pattern_needs(anaphor_rx)):
        return False
    anaphor = None
    for anaphor in anaphor_rx.finditer(d.text, a, f.clean_start):
        pass
    if anaphor is None:
        return False
    lo = d.c.sentences[max(0, d.sentence_index(anaphor.start()) - ANTECEDENT_SENTENCES)][0]
    accounts = account_words()
    if not holds(_low(d, lo, anaphor.start()), (accounts,)):
        return False
    bare = bare_balance()
    k = d.sentence_index(anaphor.start())
    while k >= 0 and d.c.sentences[k][0] >= lo:
        s, e = d.c.sentences[k]
        e = min(e, anaphor.start())
        named = []
        for m in cue_matches(d, v, "measure", s, e):
            word = fold(m.group())
            measure = v["measures"][word][0]
            if measure == "other" and any(a in word for a in accounts):
                named.append((m.start(), "account"))
            elif measure == "balance" and word not in bare:
                named.append((m.start(), "trade"))
        if named:
            return min(named)[1] == "account"
        k -= 1
    return False

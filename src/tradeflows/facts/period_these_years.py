"""Figures listed "during these years": each takes the period of the sentence before's figures in their order (rule
these_years, session 77).

"It went up to US$110.39 in 2021-22, US$ 131 billion in 22-23 ... and declined to US$ 121 billion in 23-24. Deficit
against India during these years were US$ 25.75 billion, 43.51 billion and 39 billion." (csa-india.org, an Indian note
on India-ASEAN trade, data/web67): "these years" names the years the sentence before gave its figures, and the list
after it runs over them in order, as "respectively" would; the period in force (the last of them) is only the third's.
A post-pass over a page's related figures: where a sentence holds the cue (row these_years of vocab/en/patterns.csv:
"during these years", "in those years") and two or more figures of one kind with no time of their own, and the
sentence right before it in its paragraph dated exactly as many figures by as many periods, the i-th figure takes the
i-th period (year basis context). A page without the cue's words is passed at once (vocab.pattern_needs).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tradeflows.records import Figure, decided_rule
from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue, cue

_these_years = EnglishCue("these_years", re.I)
# the year rules of a figure that dates itself (its own clause's time), which the cue does not override
_OWN_TIME = frozenset({"explicit", "respectively", "parallel_years"})


def these_years(d, figs: list[Figure]) -> list[Figure]:
    """figs with the figures of a "these years" list given the periods of the sentence before, in order."""
    rx = cue("these_years", _these_years())
    low = d.low if d.low is not None else d.text.lower()
    if not holds(low, pattern_needs(rx)):
        return figs
    by_sentence: dict[int, list[int]] = {}
    for i, g in enumerate(figs):
        by_sentence.setdefault(d.sentence_index(g.clean_start), []).append(i)
    out = list(figs)
    for si, idx in by_sentence.items():
        if len(idx) < 2 or si < 1 or si - 1 not in by_sentence:
            continue
        s, e = d.c.sentences[si]
        m = rx.search(d.text, s, e)
        if m is None or figs[idx[0]].clean_start < m.start():
            continue   # (the cue before the list it dates)
        listed = [figs[i] for i in idx]
        if len({g.kind for g in listed}) != 1 or any(decided_rule(g.fact_rules, "year") in _OWN_TIME for g in listed):
            continue
        ps = d.c.sentences[si - 1][0]
        if d.c.paragraphs and d.para_starts[d.para_index(s)] > ps:
            continue   # (the sentence before in another paragraph)
        periods: list[tuple] = []
        for i in by_sentence[si - 1]:
            p = (figs[i].year, figs[i].period_start, figs[i].period_end)
            if p[0] is not None and p not in periods:
                periods.append(p)
        if len(periods) != len(listed):
            continue
        for i, (y, p1, p2) in zip(idx, periods):
            g = figs[i]
            out[i] = replace(g, year=y, period_start=p1, period_end=p2, year_basis="context",
                             fact_rules=_with_year_rule(g.fact_rules))
    return out


def _with_year_rule(rules: str) -> str:
    """fact_rules with the year's item (and the rules that rewrote it) made year:these_years."""
    items = rules.split(";")
    return ";".join("year:these_years" if x.startswith("year:") else x for x in items)

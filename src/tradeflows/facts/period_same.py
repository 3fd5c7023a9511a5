"""The same period of a year before, opening a figure's clause with no time of its own after it: its months are those
in force (same_period_of_year, Russian pages; same_period_clause), or the dated period restated in brackets right
after it (same_period_gloss_clause). facts/period_choice.py's _same_period_rules tries them in order."""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.facts.period_time import read_time
from tradeflows.facts.periods import TimeExpr
from tradeflows.records import Figure
from tradeflows.vocab.skip import skip_compile


def same_period_of_year(d: Doc, st: State, f: Figure, times: list[TimeExpr]):
    """"В прошлом году показатель за тот же период составил 1,6 млрд": a same period with no year of its own
    after a year in the clause is that year's months in force (rule same_period_of_year)."""
    if st.period is None or st.period[2] is None or (st.period[1], st.period[2]) == (1, 12):
        return None
    same = next((t for t in times if t.same and t.year is None and t.end <= f.clean_start), None)
    if same is None:
        return None
    yr = next((t for t in times if not t.same and not t.base and not t.target and t.kind in ("relative", "year")
               and t.end <= same.start and not re.search(r"[,;(]", d.text[t.end:same.start])), None)
    if yr is None or re.search(r"[,;(]", d.text[same.end:f.clean_start]):
        return None
    if yr.year is not None:
        return yr.year, st.period[1], st.period[2], "explicit", "same_period_of_year"
    ref, basis = d.source_year(f.clean_start)
    if ref is None or yr.rel is None:
        return None
    return ref + yr.rel, st.period[1], st.period[2], basis, "same_period_of_year"


# "Performance is on par with 2020 as, for the similar period last year, imports from the Caricom trading partners
# totalled $81.28 billion" after "for the period January to April 2021": a clause opened by the same period a year
# before is of the months in force, that year (rule same_period_clause)
# ("... valued US$647.2 million for January to April 2024. For the same period last year, Jamaica earned US$674.6 million"
# (tdreport.com, STATIN's figures): a sentence opened by it too, rule same_period_clause)
_SAME_CLAUSE_OPEN = skip_compile(r"(?:^|[,;:(]\s*|[.!?]\s+|\n\s*|\b(?:as|while|whereas)\s+)(?:for|in|during|over)\s+the\s+$", re.I)


def same_period_clause(d: Doc, st: State, f: Figure, pi: int, times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a figure whose clause the same period of a year before opens, with
    no time of its own after it; None unless a part of a year is in force in the paragraph."""
    if st.period is None or st.period[0] is None or st.period_para != pi or st.period[1] is None \
            or st.period[2] is None or (st.period[1], st.period[2]) == (1, 12) or st.period[1] > st.period[2]:
        return None   # (a year whose months are unknown, "с начала 2011 года" on an undated page: no part in force)
    same = next((t for t in reversed(times) if t.same and t.year is None and t.rel and t.end <= f.clean_start), None)
    if same is None or f.clean_start - same.end > 120 or ";" in d.text[same.end:f.clean_start] \
            or any(same.end <= t.start < f.clean_start for t in times) \
            or not _SAME_CLAUSE_OPEN.search(d.text, max(0, same.start - 30), same.start):
        return None
    return st.period[0] + same.rel, st.period[1], st.period[2], "context", "same_period_clause"


# "In the same period last year (July–January FY25), the trade deficit stood at $17.19 billion" (alsadatmarketing.com):
# the same period a clause opens on, restated by a dated period in brackets right after it, is that period (rule
# same_period_gloss_clause)
_GLOSS_OPEN = skip_compile(r"\s*\(\s*")
_GLOSS_CLOSE = skip_compile(r"\s*\)[^;\d]{0,100}")


def same_period_gloss_clause(d: Doc, f: Figure, times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a figure whose clause a same period opens, restated in brackets by a dated
    period with written months, no other time between it and the figure; else None."""
    before = [t for t in times if t.end <= f.clean_start]
    if len(before) < 2:
        return None
    same, gloss = before[-2], before[-1]
    if not same.same or same.year is not None or gloss.year is None or gloss.fiscal in ("named", "span") \
            or gloss.kind in ("year", "relative", "same_period") \
            or not _GLOSS_OPEN.fullmatch(d.text, same.end, gloss.start) \
            or not _GLOSS_CLOSE.fullmatch(d.text, gloss.end, f.clean_start) \
            or not _SAME_CLAUSE_OPEN.search(d.text, max(0, same.start - 30), same.start):
        return None
    read_time(d, gloss)
    return gloss.year, gloss.m1, gloss.m2, "explicit", "same_period_gloss_clause"

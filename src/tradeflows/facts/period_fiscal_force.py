"""Relative years inside a fiscal year in force. On a page whose period in force is a country's fiscal
year or a part of it ("during July-June (2022-23)", Pakistan), "last year" is the same months of the
fiscal year before and "this year" / "the current year" the months in force (rule fiscal_relative), not
calendar years; a base after "against" with no time of its own is the same months a year before (rule
fiscal_against_base). A calendar page keeps the calendar reading."""
from __future__ import annotations

import re
from functools import cache

from tradeflows.facts.context import Doc, State, lacks
from tradeflows.facts.fiscal import first_months_end, fiscal_year, resolve_fiscal
from tradeflows.facts.periods import TimeExpr
from tradeflows.vocab import pattern_needs
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile


def fiscal_shaped(d: Doc, si: int, p: tuple | None) -> bool:
    """Whether a period (year, m1, m2) is a fiscal year or a part of one: it crosses a calendar year
    (m1 > m2), or begins in the month the page's fiscal country starts its year (July for Pakistan)."""
    if p is None or p[0] is None or p[1] is None or p[2] is None:
        return False
    if p[1] > p[2]:
        return True
    # ("exports to continue growing in the fourth quarter" on a Thai page of calendar years: October is the start
    # of Thailand's fiscal year, but a page that never says "fiscal" speaks of calendar years; asked first, as
    # it is read once a page while the fiscal country reads the sentence's places)
    if not speaks_fiscal(d):
        return False
    fy = fiscal_year(d.fiscal_country(si, None))
    return fy is not None and p[1] == fy[0]


# "the fiscal year" alone, no year nor "current" (row fiscal_year_bare; case-insensitive: "During the fiscal year")
_fiscal_year_bare = EnglishCue("fiscal_year_bare", re.I)


def fiscal_year_in_force(d: Doc, si: int, t: TimeExpr, iso3: str | None, start: int) -> tuple[int, int, int] | None:
    """(year, m1, m2) of "the fiscal year" with no year where the page named a whole fiscal year before it (start,
    its first month): the latest one so named, not the one the page's date falls in ("Gold imports, which surged 30
    per cent during the fiscal year to $45.54 billion" after "$240.17 billion in FY24" on a page of April 2024: April
    2023-March 2024; rule fiscal_year_in_force). None elsewhere ("the current fiscal year", no fiscal year named
    before, or the latest one named a part of one or a target). A fiscal year named only as a base ("from USD 25.39
    billion in 2022-23 to USD 27.85 billion during the fiscal year", dtnext.in, after "... in 2023-24") is the
    comparison's, not in force: the one named before it is read (rule fiscal_force_past_base, a rewriting rule)."""
    if not _fiscal_year_bare().fullmatch(d.text, t.start, t.end):
        return None
    past_base = False
    for sj in range(si, -1, -1):
        for x in reversed(d.times(sj)):
            if x.start >= t.start or x.fiscal is None:
                continue
            if x.base and x.fiscal in ("span", "named"):
                past_base = True
                continue
            if x.fiscal not in ("span", "named") or x.year is None or x.base or x.target:
                return None
            p = resolve_fiscal(x, iso3)
            if p is None or (p[1], p[2]) != (start, (start - 2) % 12 + 1):
                return None
            if past_base:
                d.period_via.append("fiscal_force_past_base")
            return p
    return None


# (read over a whole page: the first-character prefilter spares sre every other position)
_FISCAL_WORD = skip_compile(r"\b(?:fiscal|financial\s+year|budget\s+year|FY\s?[’']?\d)", re.I)


FISCAL_WORD_OPENERS = ("fiscal", "financial", "budget", "fy")   # what every match of _FISCAL_WORD opens with, lower-cased


def speaks_fiscal(d: Doc) -> bool:
    """Whether the page speaks of fiscal years at all."""
    if d.memo.speaks_fiscal is None:
        d.memo.speaks_fiscal = _fiscal_word_in(d)
    return d.memo.speaks_fiscal


def _fiscal_word_in(d: Doc) -> bool:
    """Whether _FISCAL_WORD finds a match in d.text: tried only where the lower-cased text (which a re.I pattern matches
    like the text: vocab/lowercase.py) holds one of the words its matches open with, found by str.find (a fast scan of
    the page for each; sre, searching the page whole, stops at every f and b of a book that never says "fiscal")."""
    low = d.low
    if low is None:
        return _FISCAL_WORD.search(d.text) is not None
    for w in FISCAL_WORD_OPENERS:
        i = low.find(w)
        while i >= 0:
            if _FISCAL_WORD.match(d.text, i) is not None:
                return True
            i = low.find(w, i + 1)
    return False


def fiscal_relative(d: Doc, st: State, f, si: int, t: TimeExpr):
    """(year, m1, m2, basis, rule) of a figure dated "last year" / "this year" while a fiscal period is in
    force: "Pakistan exported goods worth US$ 2029.104 million compared to the exports of US$ 2783.059 million
    last year" after "during July-June (2022-23)" is July 2021-June 2022. None elsewhere."""
    if t.year is not None or t.bracket_year is not None or t.fiscal:
        return None
    part = fiscal_part(d, si, t, st.period if fiscal_shaped(d, si, st.period) else st.fiscal_period)
    if part is not None:
        return (*part, "context", "fiscal_part")
    if not fiscal_shaped(d, si, st.period):
        return None
    y, m1, m2 = st.period
    ref, basis = d.source_year(t.start)
    if ref is not None and m1 > m2 and ref - y == 1 and basis == "doc_date":
        # a whole fiscal year in force that ended in a calendar year before the page's date is no "this year" of the
        # page: "In 2018/2019, Australia's goods exports to China were valued at around $135bn" then "barley itself
        # was only worth some $600m last year" on a page of May 2020 is 2019, the calendar year before the page's,
        # not the fiscal year before 2018/19 (rule fiscal_ended_before; other times fall to the calendar rules)
        return (ref + t.rel, 1, 12, basis, "fiscal_ended_before") if t.kind == "relative" and t.rel in (0, -1) else None
    if ref is not None and not (0 <= ref - y <= 1 or (m1 > m2 and ref == y - 1)):
        return None   # a period in force far from the page's own year is no context for its "last year"
    if t.kind != "relative" or t.rel not in (0, -1):
        return None
    if not owns_time(d.text, f, t):
        # "the exports to UAE were recorded at US$ 1475.809 million opposed US$ 1848.991 million last year": the
        # "last year" after another amount is that base's; the level is of the months in force (rule fiscal_in_force)
        return y, m1, m2, "context", "fiscal_in_force"
    return y + t.rel, m1, m2, "context", "fiscal_relative"


_AMOUNT = skip_compile(r"\$\s*\d|\d\s*(?:million|billion|bn|mn|m)\b", re.I)
_CONTRAST = skip_compile(r"\b(?:whereas|while|where\s+as)\b", re.I)


def owns_time(text: str, f, t: TimeExpr) -> bool:
    """Whether a time is the figure's own: no other amount between them, nor a new item ("whereas") before."""
    if t.start >= f.clean_end:
        return not _AMOUNT.search(text, f.clean_end, t.start)
    return not (_AMOUNT.search(text, t.end, f.clean_start) or _CONTRAST.search(text, t.end, f.clean_start))


def fiscal_part(d: Doc, si: int, t: TimeExpr, in_force: tuple | None) -> tuple[int, int, int] | None:
    """(year, m1, m2) of "the first month", "the first six months", "in eight months" (no year, no month
    named) while a fiscal year or part of it is in force: its first months, not January's (rule fiscal_part):
    "Pakistan's overall exports showed an increase of 2.68 percent in the first month" in July 2022; and a range
    of months with no year that begins in the fiscal year's first month ("in the July-December period")."""
    if t.kind == "month_range" and t.year is None and t.rel in (None, 0) and not (t.base or t.target or t.fiscal) \
            and fiscal_shaped(d, si, in_force):
        # "Bangladesh earned 27,540.37 million Dollars from exports in the July-December period" after "the first half
        # of the current 2023-24 fiscal year": written months from the fiscal year's start are of the year in force
        fy = fiscal_year(d.fiscal_country(si, None))
        if fy is None or not in_force[1] == fy[0] == t.m1 > 1:
            return None
        first_year = in_force[0] - (in_force[1] > in_force[2])
        return first_year + (t.m2 < fy[0]), t.m1, t.m2
    # ("the country's trade deficit increased by 20.05 per cent during the first three quarters as compared to the
    # corresponding period of last year" after "the first three quarters of the current fiscal year (2020-21)",
    # arynews.tv: a count of quarters too, rule fiscal_part_quarters)
    if t.kind not in ("months", "half", "quarter", "quarters") or t.m1 != 1 or t.year is not None or t.rel not in (None, 0) \
            or t.base or t.target or t.fiscal or not fiscal_shaped(d, si, in_force):
        return None
    fy = fiscal_year(d.fiscal_country(si, None))
    if fy is None or in_force[1] != fy[0]:
        return None
    start = fy[0]
    first_year = in_force[0] - (in_force[1] > in_force[2])   # the calendar year the fiscal months in force begin in
    m2 = first_months_end(start, t.m2, d.fiscal_country(si, None), t.kind == "months")
    if m2 != (start + t.m2 - 2) % 12 + 1:
        d.period_via.append("fiscal_mid_month")   # the count ended a month further: the rule shows (records.VIA)
    return first_year + (m2 < start), start, m2


# "recorded at US$ 1446.927 million against US$ 1499.671 million", "... million against the exports of US$
# 1087.434 million", "$X million as opposed to $Y million": a bare base right after a level
# ("reached $108.10 billion (Rs.7,55,255.78 crore), compared with $75.67 billion (Rs.4,88,125.91 crore)": the level
# restated in brackets before the comma)
_AGAINST_BARE = skip_compile(r"(?:\d|million|billion|bn|mn|m|crore|\))\s*,?(?:\s+(?:during|in|for)\s+the\s+(?:\w+\s+)?under\s+review)?\s+(?:as\s+)?(?:against|opposed(?:\s+to)?|compared\s+(?:to|with))"
                             r"\s+(?:the\s+)?(?:(?:exports?|imports?|earnings?)\s+(?:of\s+|worth\s+)?)?(?:US\s*)?\$?\s*$", re.I)
AGAINST_REACH = 90   # how far before a money figure _AGAINST_BARE is read (_AGAINST_VALUE reads less)


@cache
def _against_words() -> tuple[str, ...]:
    """The words one of which every match of _AGAINST_BARE holds (vocab.pattern_needs: "against", "opposed",
    "compared"), "against" of _AGAINST_VALUE's among them."""
    return pattern_needs(_AGAINST_BARE)[0]


def against_absent(d: Doc, f, si: int) -> bool:
    """Whether the AGAINST_REACH characters of its sentence before the figure lack every word of _against_words(), so
    none of against_bare_base, against_bare_value and against_bare_level can hold: a few substring searches of the
    lower-cased text (lacks) instead of their three scans, for a money figure of most sentences."""
    return lacks(d, _against_words(), max(d.c.sentences[si][0], f.clean_start - AGAINST_REACH), f.clean_start)


# the base's own clause ends at a new item, a result clause or the sentence's end
_CLAUSE_END = skip_compile(r"[,;.]|\b(?:whereas|while|where\s+as|showing|witnessing|registering|and)\b", re.I)


# "olive oil (1,351.6 MD against 430.7 MD)": the value alone after "against", no flow noun of its own ("imports worth
# $1,858 billion against exports worth $1,273 billion" sets two flows of one period side by side)
_AGAINST_VALUE = skip_compile(r"(?:\d|million|billion|bn|mn|m|(?-i:[A-Z]{2,3}))\s+against\s+(?:US\s*)?\$?\s*$", re.I)


def against_bare_value(d: Doc, f, si: int, times: list[TimeExpr]) -> bool:
    """Whether a money figure is the bare value "against" which the level right before it is set, with no time after
    it in its sentence (rule against_bare_base: the level's months a year before, on a calendar page too)."""
    s = d.c.sentences[si][0]
    return f.kind == "money" and _AGAINST_VALUE.search(d.text, max(s, f.clean_start - 40), f.clean_start) is not None \
        and not any(t.start >= f.clean_end for t in times)


# the end of a bare base: its clause ends right after it, or after the amount restated in brackets ("compared with $75.67
# billion (Rs.4,88,125.91 crore)."; not "compared to $10.22 billion to the U.S.", a place's level set beside another's)
_BARE_END = skip_compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:[,;:]|\.(?!\d)|$)")
# a flow named for the base ("imports worth $1,858 billion against exports worth $1,273 billion": two flows of one time)
_BASE_FLOW = skip_compile(r"\b(?:exports?|imports?|earnings?)\b", re.I)


def against_bare_level(d: Doc, f, si: int, times: list[TimeExpr]) -> bool:
    """Whether a money figure is the bare base of the level right before it on a calendar page too ("imports totalled
    US$ 48.6 bn, against US$ 46.25 bn, up by 5.1%"): no flow of its own, its clause ends right after it and no time
    follows it in its sentence (rule against_bare_base)."""
    s, e = d.c.sentences[si]
    if f.kind != "money":
        return False
    m = _AGAINST_BARE.search(d.text, max(s, f.clean_start - AGAINST_REACH), f.clean_start)
    return m is not None and not _BASE_FLOW.search(m.group(0)) and _BARE_END.match(d.text, f.clean_end, e) is not None \
        and not any(t.start >= f.clean_end for t in times)


def against_bare_base(d: Doc, f, si: int, times: list[TimeExpr]) -> bool:
    """Whether a money figure is the bare base of the level right before it ("US$ 1446.927 million against US$
    1499.671 million whereas ..."): no time of its own up to the end of its clause."""
    s, e = d.c.sentences[si]
    if f.kind != "money" or not _AGAINST_BARE.search(d.text, max(s, f.clean_start - AGAINST_REACH), f.clean_start):
        return False
    end = _CLAUSE_END.search(d.text, f.clean_end, e)
    stop = end.start() if end is not None else e
    return not any(f.clean_end <= t.start < stop for t in times)


def named_fiscal_months(d: Doc, si: int, t: TimeExpr, times: list[TimeExpr]) -> tuple[int, int, int] | None:
    """(year, m1, m2) of months of "the current fiscal year" that a written fiscal year names right after it: "the
    first quarter (July–September) of the current fiscal year FY2024–25" (Bangladesh, July-June) is July-September
    2024, whatever the page's date (rule fiscal_months_named)."""
    if t.fiscal not in FISCAL_MONTHS_TAGS:
        return None
    named = next((x for x in times if x.fiscal in ("span", "named") and x.year is not None and not x.base
                  and 0 <= x.start - t.end <= 3 and not d.text[t.end:x.start].strip(" ,(")), None)
    fy = fiscal_year(d.fiscal_country(si, None))
    if named is None or fy is None:
        return None
    start = fy[0]
    return named.year - (t.m2 >= start > 1), fiscal_first_month(d, si, None, t), t.m2


# months of "this fiscal year" as written: "April-October this fiscal" (relative_months), "as of October this fiscal
# year" (relative_to_month: from the fiscal year's first month)
FISCAL_MONTHS_TAGS = ("relative_months", "relative_to_month")


def fiscal_first_month(d: Doc, si: int, rep_iso: str | None, t: TimeExpr) -> int:
    """The first month of months written of "this fiscal year": the one written, or, up to a month ("as of October
    this fiscal year"), the first month of the country's fiscal year (rule to_month_fiscal; January when the
    vocabulary has no fiscal year for the country)."""
    if t.fiscal == "relative_to_month" and (fy := fiscal_year(d.fiscal_country(si, rep_iso))) is not None:
        return fy[0]
    return t.m1

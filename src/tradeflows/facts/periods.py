"""Periods: the time expressions of a sentence, as year and YYYY-MM bounds.

Each expression says whether it names the figure's own period or a base of
comparison ("compared to 2021", "than in 2020", "the same period of last
year"): a base is never the figure's period. Relative years ("last year",
"the current year") are kept relative; relate.py resolves them from an
editorial bracket, the cited source's year or the document date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], 1)}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "i": 1, "ii": 2, "iii": 3, "iv": 4}
_NUMW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# the year part after a period phrase: "2021", "of 2021", "[of 2023]", "this year", "o f2024"
_YEARPART = (r"(?:\s*,?\s*(?:\[\s*)?(?:of\s+|o\s?f\s?|in\s+|for\s+)?(?:the\s+)?"
             r"(?P<y>(?:19|20)\d\d|this\s+year|last\s+year|the\s+current\s+(?:\[\d{4}\]\s+)?year|"
             r"current\s+(?:\[\d{4}\]\s+)?year|previous\s+year|next\s+year)\]?)?")
_REL = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}

_PATTERNS = [
    ("month_range", re.compile(
        rf"\b(?:[Ff]rom\s+)?(?P<m1>{_MON})\s*(?:[-–—]|\s+to\s+|\s+through\s+)\s*(?P<m2>{_MON})\b{_YEARPART}")),
    ("quarters", re.compile(
        rf"\b(?:the\s+)?(?:first\s+)?(?P<nq>two|three)\s+quarters\b{_YEARPART}", re.I)),
    ("quarter", re.compile(
        rf"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|I|II|III|IV)\s+quarter\b{_YEARPART}", re.I)),
    ("half", re.compile(rf"\b(?P<h>first|second)\s+half\b{_YEARPART}", re.I)),
    ("months", re.compile(
        rf"\b(?:the\s+)?(?:first\s+)?(?P<n>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        rf"\s+months\b{_YEARPART}", re.I)),
    ("month", re.compile(rf"\b(?P<m1>{_MON})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d|this\s+year|last\s+year)\b")),
    ("relative", re.compile(
        r"\b(?P<rel>this|the\s+current|current|last|previous|next)\s+(?:\[(?P<by>\d{4})\]\s+)?year\b"
        r"(?:'s)?(?:\s*\[(?P<by2>\d{4})\])?"
        r"|\b(?P<rel2>last|past)\s+(?P<nyears>two|three|\d)\s+years\b", re.I)),
    ("bracket", re.compile(r"\[(?:of\s+)?(?P<y>(?:19|20)\d\d)\]")),
    ("year", re.compile(r"(?<![\d.,$])(?<!early\s)(?<!late\s)(?P<y>(?:19|20)\d\d)(?![\d%s])(?!\s?(?:-|–)\s?(?:19|20)\d\d)")),
]
# What makes an expression a base of comparison, right before it.
_BASE_BEFORE = re.compile(
    r"(?:compared\s+(?:to|with)|than|versus|vs\.?|against|relative\s+to|since|from|exceed(?:ing|ed|s)?)\s+"
    r"(?:(?:in|the|for|of|with|same|period|level|figure|indicator|whole|year's|at|of)\s+)*$", re.I)
# "last year's figure", "the 2021 level": the expression names a base
_BASE_AFTER = re.compile(r"(?:['’]s)?\s+(?:figure|level|indicator|result)s?\b", re.I)
_SAME_PERIOD = re.compile(r"(?:same\s+period|(?:much|many|high|large)\s+as|(?:figure|indicator|level|total)\s+(?:for|of)"
                          r"(?:\s+the\s+whole\s+of)?)\s+(?:of\s+|in\s+)?(?:the\s+)?$", re.I)
# "from $30.4 million in 2022 to $80.6 million in 2023": the first year is where a change started
_FROM_BEFORE = re.compile(r"\bfrom\s+[^,;]{0,40}?\s(?:in|for)\s+(?:the\s+)?$", re.I)
_TO_AFTER = re.compile(r"[^,;]{0,5}\s+to\s", re.I)
_BEGINNING = re.compile(r"\b(?:at|by|as\s+of)\s+the\s+(?:very\s+)?(?:beginning|start)\s+of\s+$", re.I)
_TARGET_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    kind: str                 # month_range, quarter, half, months, month, year, relative, bracket
    year: int | None          # absolute year, if written
    rel: int | None           # relative year offset (0 this, -1 last), if relative
    bracket_year: int | None  # "[2023]" written inside the expression
    m1: int                   # first month
    m2: int                   # last month
    base: bool                # a base of comparison, not the figure's period
    target: bool = False      # "by 2026"


def _year_part(m: re.Match) -> tuple[int | None, int | None, int | None]:
    y = m.groupdict().get("y")
    if not y:
        return None, None, None
    y = " ".join(y.split())
    if y[:2] in ("19", "20") and y[:4].isdigit():
        return int(y[:4]), None, None
    bracket = re.search(r"\[(\d{4})\]", y)
    word = y.split()[0] if not y.startswith("the") else y.split()[1]
    return None, _REL.get(word.lower(), 0), int(bracket.group(1)) if bracket else None


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """Time expressions in text[start:end], longest first where they overlap."""
    end = len(text) if end is None else end
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text, start, end):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            expr = _build(kind, m, text)
            if expr is None:
                continue
            taken.append((s, e))
            found.append(expr)
    found.sort(key=lambda t: t.start)
    return found


def _build(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    year, rel, by = (None, None, None)
    m1, m2 = 1, 12
    if kind == "month_range":
        m1, m2 = MONTHS[m.group("m1").lower()], MONTHS[m.group("m2").lower()]
        year, rel, by = _year_part(m)
    elif kind == "quarters":
        m2 = 3 * _NUMW[m.group("nq").lower()]
        year, rel, by = _year_part(m)
    elif kind == "quarter":
        q = _ORD[m.group("q").lower()]
        m1, m2 = 3 * q - 2, 3 * q
        year, rel, by = _year_part(m)
    elif kind == "half":
        h = _ORD[m.group("h").lower()]
        m1, m2 = (1, 6) if h == 1 else (7, 12)
        year, rel, by = _year_part(m)
    elif kind == "months":
        n = m.group("n").lower()
        m2 = int(n) if n.isdigit() else _NUMW[n]
        if not 1 <= m2 <= 12:
            return None
        year, rel, by = _year_part(m)
    elif kind == "month":
        m1 = m2 = MONTHS[m.group("m1").lower()]
        year, rel, by = _year_part(m)
    elif kind == "bracket":
        year = int(m.group("y"))
    elif kind == "relative":
        if m.group("rel2"):
            return None  # "the last two years": a span, not one year
        rel = _REL[m.group("rel").split()[-1].lower()]
        by = m.group("by") or m.group("by2")
        by = int(by) if by else None
        if m.group("rel").lower() == "previous":
            # "the previous year" is nearly always a base of comparison
            return TimeExpr(m.start(), m.end(), kind, None, rel, by, 1, 12, True)
    elif kind == "year":
        year = int(m.group("y"))
    before = text[max(0, m.start() - 60):m.start()]
    if year is not None and _BEGINNING.search(before):
        # "at the beginning of 2025": a point in time; what is reported then is the year before
        return TimeExpr(m.start(), m.end(), kind, year - 1, None, None, 1, 12, False, False)
    base = bool(_BASE_BEFORE.search(before) or _SAME_PERIOD.search(before)
                or _BASE_AFTER.match(text, m.end())
                or (_FROM_BEFORE.search(before) and _TO_AFTER.match(text, m.end())))
    target = bool(_TARGET_BY.search(before))
    return TimeExpr(m.start(), m.end(), kind, year, rel, by, m1, m2, base, target)

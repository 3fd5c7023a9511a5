"""Periods: the time expressions of a sentence, as year and YYYY-MM bounds.

Each expression says whether it names the figure's own period or a base of
comparison ("compared to 2021", "than in 2020", "the same period of last
year"): a base is never the figure's period. Relative years ("last year",
"the current year") are kept relative; period_choice.py resolves them from an
editorial bracket, the cited source's year or the document date.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from tradeflows.text.fold import UNSAFE as _FOLD_UNSAFE, lower_copy
from tradeflows.vocab import DEFAULT_LANGUAGE, alternation, current_language, fold, read_csv
from tradeflows.vocab.months import month_names, month_number, month_pattern

MONTHS = month_names()
_MON = month_pattern()
_MON_ABBR = month_pattern(abbreviations=True)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "i": 1, "ii": 2, "iii": 3, "iv": 4}
MONTH_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# the year part after a period phrase: "2021", "of 2021", "[of 2023]", "this year", "o f2024"
_YEARPART = (r"(?:\s*,?\s*(?:\[\s*)?(?:of\s+|o\s?f\s?|in\s+|for\s+)?(?:the\s+)?"
             r"(?P<y>(?:19|20)\d\d|(?:this|last|previous)\s+year(?:\s*\[\d{4}\])?|the\s+current\s+(?:\[\d{4}\]\s+)?year|"
             r"current\s+(?:\[\d{4}\]\s+)?year|next\s+year)\]?)?")
_REL = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}

_YEARS = r"(?:19|20)\d\d"
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# "FY23", "FY 2017", "FY2022-23", "fiscal 2017", "fiscal year 2022/23", "the 2022-23 fiscal year",
# and a bare consecutive span "2022-23" or "2021-'22" (a fiscal or marketing year, never two calendar years);
# months written before it are a part of that year ("April-September 2022-23", "April-June FY24")
_FISCAL = re.compile(
    # ("the first quarter (July-September) of the ongoing fiscal year 2023-24": months in brackets, then their year)
    rf"\b(?:(?:the\s+)?(?:(?P<fm>{_MON})(?:\s*[-–]\s*(?P<fm2>{_MON}))?(?:\s+|\)\s+)(?:of\s+)?(?:the\s+)?(?:current\s+|ongoing\s+)?|(?:the\s+)?(?P<fo>first|second|third|fourth|fifth|sixth)\s+month\s+(?:\(\s*[A-Z][a-z]+\s*\)\s+)?of\s+(?:the\s+)?(?:current\s+)?"
    rf"|(?:the\s+)?first\s+(?P<fk>\d{{1,2}}|{'|'.join(MONTH_COUNT_WORDS)})\s+months\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?|(?P<fkm>\d{{1,2}})\s?M(?=FY))?"
    # "fiscal year (FY) 2013": the abbreviation given in brackets between the words and the year
    rf"(?:FY|F\.Y\.|fiscal(?:\s+year)?(?:\s*\(\s*FY\s*\))?|financial\s+year)\s*[-']?\s*(?:of\s+)?"
    rf"(?:(?P<fs>{_YEARS})\s*[-–/]\s*(?P<fe>\d\d(?:\d\d)?)|(?P<fn>{_YEARS}|\d\d))\b"
    # "July-March (2017-18)": the span in brackets after its months
    rf"|(?:(?P<sm>{_MON})\s*[-–]\s*(?P<sm2>{_MON})\s+(?:of\s+)?\(?"
    # "the first two months of the 2023-2024 fiscal year": a count of its first months (rule fiscal first_months)
    rf"|(?:the\s+)?(?:first\s+)?(?P<sk>\d{{1,2}}|{'|'.join(MONTH_COUNT_WORDS)})\s+months\s+of\s+(?:the\s+)?)?"
    rf"(?P<ss>{_YEARS})\s*[-–/]\s*['’‘]?(?P<se>\d\d(?:\d\d)?)\b(?:\s+(?:fiscal|financial)(?:\s+year)?)?)", re.I)
# the same period of another year: a base whose months are the figure's own
_SAME = re.compile(
    # "over a similar period in 2020", "from the same time in 2019" (rule same_period)
    r"\b(?:same|corresponding|comparable|like|similar)\s+(?:period|months|month|quarter|half|days|time)"
    r"(?:\s+(?:of|in|a|during))?(?:\s+(?:the|a))?"
    rf"(?:\s+(?P<y>{_YEARS})|\s+(?P<rel>last|previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+)?year|\s+year\s+(?:ago|earlier|before))?"
    # "up 54 percent over the 2007 period": the same months of a year written before "period"
    rf"|\bthe\s+(?P<yp>{_YEARS})\s+period\b"
    # "compared to $63.86 billion in the year-ago period": the same months a year before (rule same_period)
    r"|\bthe\s+(?P<ya>year[-\s]ago)\s+(?:period|month|quarter|half)\b", re.I)
# "a year earlier", "the preceding year": the year before the figure's own, a base
_YEAR_BEFORE = re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\b|\b(?:the\s+)?(?:preceding|prior)\s+(?:fiscal\s+)?year\b"
                          r"|\bthe\s+previous\s+fiscal\s+year\b|\bthe\s+year\s+before\b(?!\s+last)", re.I)
# "year-on-year", "y-o-y": a comparison with the year before, never a period
_YOY = re.compile(r"\b(?:year[-\s]on[-\s]year|year[-\s]over[-\s]year|y-o-y|yoy|on\s+an\s+annual\s+basis)\b", re.I)


_DIGIT = re.compile(r"\d")
_FISCAL_WORD = re.compile(r"fy|fiscal|financial|f\.y\.")
_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*['’‘]?\d\d")
# what a stretch without digits needs to hold a time expression at all
_WORDS_WITHOUT_DIGITS = ("year", "fy", "fiscal", "half", "quarter", "month", "same", "corresponding", "comparable", "like",
                         "earlier", "ago", "preceding", "prior", "h1", "h2", "q1", "q2", "q3", "q4",
                         "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# the words a pattern cannot match without ("digit": any digit); a pattern not listed always runs
_TRIGGERS: dict[str, object] = {
    "same_period": ("same", "corresponding", "comparable", "like", "similar", "period"),
    "year_before": ("earlier", "ago", "before", "preceding", "prior", "previous fiscal"),
    "yoy": ("year-on", "year on", "year-over", "year over", "y-o-y", "yoy", "annual basis"),
    "fiscal": "digit",
    "part": ("half", "quarter", "first month", "h1", "h2", "1h", "2h", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),
    "month_span": "digit",
    "rolling_december": "digit",
    "rolling_year": _MONTH_STEMS,
    "month_range": _MONTH_STEMS,
    "to_month": _MONTH_STEMS,
    "months": ("month",),
    "month_ending": _MONTH_STEMS,
    "abbr_month_range": "digit",
    "the_year": ("whole year", "full year", "entire year"),
    "year_to_date": ("year-to", "year to", "so far", "of the year", "for the year", "in the year"),
    "year_months": ("month",),
    "month": "digit",
    "bare_month": _MONTH_STEMS,
    "span": ("years", "decade"),
    "relative": ("year", "fy", "fiscal"),
    "last_month": ("last month",),
    "bracket": ("[",),
    "year": "digit",
}
# patterns without re.I that cannot match without a capitalised month name (a stricter
# test than the stems above, which "market" and "decrease" pass) or a 19xx/20xx year
_MONTH_NAMES = tuple(m.capitalize() for m in MONTHS)
# one search for any of them (a substring test of every word, in one pass)
_MONTH_NAME_RE = re.compile("|".join(map(re.escape, _MONTH_NAMES)))
_WORDS_WITHOUT_DIGITS_RE = re.compile("|".join(map(re.escape, _WORDS_WITHOUT_DIGITS)))
_NEEDS_MONTH_NAME = frozenset({"month_ending", "rolling_december", "rolling_year", "month_span", "month_range", "to_month", "month",
                               "bare_month"})
# ... of which these name two months ("April 2022-March 2023", "January-September 2023")
_TWO_MONTHS = frozenset({"month_span", "month_range"})


@lru_cache(maxsize=1)
def _parts() -> tuple[dict[str, tuple[int, int, str]], re.Pattern]:
    """Named parts of a year (vocab periods.csv) and one pattern for them with a year part."""
    rows = {fold(r["phrase"]): (int(r["m1"]), int(r["m2"]), r["kind"]) for r in read_csv("periods.csv")}
    pat = re.compile(rf"\b(?:the\s+)?(?P<part>{alternation(rows)})\b{_YEARPART}", re.I)
    return rows, pat


_GATE_MONTH, _GATE_DIGIT, _GATE_WORDS, _GATE_NONE = "month", "digit", "words", "none"


@lru_cache(maxsize=1)
def _plan() -> tuple[tuple[str, re.Pattern, str, object, re.Pattern | None], ...]:
    """_patterns() with what each needs of a stretch to run at all (its gate and trigger
    words, from _TRIGGERS and _NEEDS_MONTH_NAME), decided once instead of per stretch."""
    plan = []
    for kind, pat in _patterns():
        need = _TRIGGERS.get(kind)
        if kind in _NEEDS_MONTH_NAME:
            gate = _GATE_MONTH
        elif need is None:
            gate = _GATE_NONE
        else:
            gate = _GATE_DIGIT if need == "digit" else _GATE_WORDS
        # a re.I pattern's lower-cased copy, for a stretch of a lower-cased text (text/fold.py)
        plan.append((kind, pat, gate, need, lower_copy(pat)))
    return tuple(plan)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """All time patterns, most specific first (an earlier pattern wins an overlap)."""
    return [("same_period", _SAME), ("year_before", _YEAR_BEFORE), ("yoy", _YOY), ("fiscal", _FISCAL),
            ("part", _parts()[1])] + _PATTERNS


_COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven"
_PATTERNS = [
    # "the quarter to June 2024", "the June 2001 quarter", "the March quarter", "half year to June",
    # "three months to June": a span named by the month it ends in (rule month_ending)
    ("month_ending", re.compile(
        rf"\b(?:(?:(?P<q>[Qq]uarter|[Hh]alf[-\s][Yy]ear|[Hh]alf)|(?P<n>{_COUNT})\s+months)\s+(?:to|ending|ended|through)\s+"
        rf"(?:the\s+end\s+of\s+)?(?P<m2>{_MON})\b(?!\s+[0-3]?\d\b){_YEARPART}"
        # "the September quarter 2022": the year after the quarter too
        rf"|(?P<mq>{_MON})\s+(?:(?P<yq>(?:19|20)\d\d)\s+)?quarter\b(?:\s+(?P<yq2>(?:19|20)\d\d)\b)?)")),
    # "year-to-date", "so far this year", "since the beginning of the year", "the cumulative surplus for the
    # year", "accumulated for the year": January to the month in force (period_choice, rule year_to_date);
    # "the year-to-date (01 January to 30 September 2022)" is left to the months in brackets
    ("year_to_date", re.compile(
        r"\byear[-\s]to[-\s]date\b(?!\s*\()|\bso\s+far\s+this\s+year\b|\bsince\s+the\s+(?:beginning|start)\s+of\s+the\s+year\b"
        r"|\b(?:cumulative|accumulated)\s+(?:[a-z]+\s+){0,2}?(?:for|in)\s+the\s+year\b(?!\s+(?:of\s+|ended|ending|to\b)|\s*\d)", re.I)),
    # "may earn US $210 billion from exports for the whole year": the year in force, whole (rule the_year)
    ("the_year", re.compile(r"\b(?:for|in|over|during)\s+the\s+(?:whole|full|entire)\s+year\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)),
    # "from Nov 1 to Nov 20": days of one month, abbreviated, read as that month (rule month_range)
    ("abbr_month_range", re.compile(rf"\b[Ff]rom\s+(?P<m1>{_MON_ABBR})\.?\s+[0-3]?\d\s+to\s+(?P<m2>{_MON_ABBR})\.?\s+[0-3]?\d\b"
                               rf"(?!\s*%){_YEARPART}")),
    # "between January and October": a month range however the sentence goes on (rule month_range)
    ("month_range", re.compile(rf"\b[Bb]etween\s+(?P<m1>{_MON})\s+and\s+(?P<m2>{_MON})\b{_YEARPART}")),
    # "In 2018's ten first months": the first months of a year written before them (rule months)
    ("year_months", re.compile(
        rf"\b(?P<y>(?:19|20)\d\d)['’]s\s+(?:first\s+)?(?P<n>{_COUNT}|twelve)\s+(?:first\s+)?months\b", re.I)),
    # "in the 12 months to December 2019", "the four quarters to the end of December 2021": a rolling
    # year that ends in December is that calendar year (rule rolling_december; other months name none)
    ("rolling_december", re.compile(
        r"\b(?:(?:12|twelve)\s+months|four\s+quarters|year)\s+(?:to|ending|ended|through|till|until)\s+"
        r"(?:the\s+end\s+of\s+)?December\s+(?:31,?\s+)?(?P<y>(?:19|20)\d\d)\b")),
    # "in the 12 months to June", "the year to November 2021", "for the year ended March 2018": twelve
    # months that end in the month named, across the turn of a year (rule rolling_year; m1 > m2)
    ("rolling_year", re.compile(
        rf"\b(?:(?:12|twelve)\s+months|(?<![Hh]alf[-\s])(?<![Hh]alf)year)\s+(?:to|ending|ended|through|till|until)\s+"
        rf"(?:the\s+end\s+of\s+)?(?P<m2>{_MON})\b(?:\s+[0-3]?\d(?:st|nd|rd|th)?\b)?{_YEARPART}")),
    # "from April 2022 to February 2023", "April 2022-March 2023", "between July 2022 and June 2023":
    # months across the turn of a year (a fiscal year, a rolling year), of the year they end in
    ("month_span", re.compile(
        rf"\b(?:[Ff]rom\s+|[Bb]etween\s+)?(?P<m1>{_MON})\s+(?P<y1>(?:19|20)\d\d)"
        rf"\s*(?:[-–—]|\s+to\s+|\s+through\s+|\s+and\s+)\s*(?P<m2>{_MON})\s+(?P<y2>(?:19|20)\d\d)\b")),
    # "January-September 2023", "from January to May", "01 January to 30 September 2022",
    # "January 1 to September 30, 2022": days written with the months are read past
    ("month_range", re.compile(
        rf"\b(?:[Ff]rom\s+|[Bb]etween\s+)?(?:[0-3]?\d\s+)?(?P<m1>{_MON})(?:\s+[0-3]?\d(?!\d))?"
        rf"\s*(?:[-–—]|\s+to\s+|\s+through\s+|\s+and\s+(?=\w+\s*(?:\d|of|this|last|,|\.|$)))"
        rf"\s*(?:[0-3]?\d\s+)?(?P<m2>{_MON})\b(?:\s+[0-3]?\d\b(?!\s*%),?)?{_YEARPART}")),
    # "as of November", "through November 2023": the months of the year up to then
    # ("As of November 2017" opening a sentence too)
    ("to_month", re.compile(rf"\b(?:[Aa]s\s+of|[Aa]s\s+at|[Tt]hrough|[Uu]p\s+to|[Uu]ntil\s+the\s+end\s+of)\s+(?P<m2>{_MON})\b(?!\s+\d{{1,2}}\b){_YEARPART}")),
    ("months", re.compile(
        rf"\b(?:the\s+)?(?:first\s+)?(?P<n>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        rf"\s+months\b{_YEARPART}", re.I)),
    ("month", re.compile(rf"\b(?P<m1>{_MON})\s+(?:of\s+)?(?P<y>(?:19|20)\d\d|this\s+year|last\s+year)\b")),
    # "in October", "for the month of March": a month with no year, of the year in force (bare_month)
    # "in the first week of October": a week is read as its month
    ("bare_month", re.compile(rf"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]he\s+month\s+of|week\s+(?:of|in))\s+(?P<m1>{_MON})\b(?!\s*\d)")),
    # "exports fell 5% last month": the month before the page's own (period_choice, rule last_month)
    ("last_month", re.compile(r"\b[Ll]ast\s+month\b(?!['’]s)")),
    # "over the past few years", "in recent years": a run of years, no one year (rule span)
    ("span", re.compile(r"\b(?:(?:over|in|during|for)\s+)?(?:the\s+)?(?:past|last|recent)\s+(?:few|several|many|couple\s+of)"
                        r"\s+years\b|\bin\s+recent\s+years\b|\bover\s+the\s+years\b"
                        r"|\b(?:(?:over|in|during|for)\s+)?the\s+(?:past|last)\s+(?:(?:two|three|four|five|several|few)\s+)?decades?\b", re.I)),
    ("relative", re.compile(
        r"\b(?P<rel>this|the\s+current|current|last|previous|next)\s+(?:\[(?P<by>\d{4})\]\s+)?"
        r"(?:(?:(?:[A-Z][a-z]+\s+)?(?P<fw>fiscal|financial)\s+)?year\b|(?P<fw3>fiscal)(?=\s*[,.;:)]|\s+(?:was|were|is|stood|amounted|reached|totall?ed)\b))"
        r"(?:'s)?(?:\s*\[(?P<by2>\d{4})\])?"
        r"|\b(?P<rel2>last|past)\s+(?P<nyears>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\b"
        r"|\b(?P<past>past)\s+year\b(?!['’]s)"
        r"|\b(?P<rel3>this|the\s+current|current|last)\s+(?P<fw2>FY)\b"
        # "the new Ethiopian fiscal year (which began on July 8, 2021)": the current one
        r"|\b(?P<rel4>new)\s+(?:[A-Z][a-z]+\s+)?(?:fiscal|financial|budget)\s+year\b"
        # "in the first six months of the fiscal year": a part of the fiscal year in force (rule the_fiscal_year)
        r"|(?<=\bof\s)(?P<rel5>the)\s+(?:fiscal|financial)\s+year\b(?!\s*[(\[\d]|\s+(?:ending|ended|to|through)\b)", re.I)),
    ("bracket", re.compile(r"\[(?:of\s+)?(?P<y>(?:19|20)\d\d)\]")),
    # the digits first, the look-behinds after them ("..": the "19"/"20" just read): the same
    # matches as look-behinds first, but sre jumps from one 1 or 2 to the next (5x faster)
    ("year", re.compile(r"(?P<y>(?:19|20)(?<![\d.,$]..)(?<!early\s..)(?<!late\s..)\d\d)(?![\d%s])(?!\s?(?:-|–)\s?(?:19|20)\d\d)(?!-[01]\d\b)")),
]
# What makes an expression a base of comparison, right before it.
_BASE_BEFORE = re.compile(
    # "a 50.8 percent rise over that of January last year", "17.9% above the result of October of last year"
    r"(?:(?:compared\s+(?:to|with)|than|versus|vs\.?|against|relative\s+to|since|from|exceed(?:ing|ed|s)?|that\s+of|above|below)\s+"
    r"|over\s+(?:the\s+)?(?:value|figure|level|total|amount)s?\s+"
    # "an increase of €3 billion (2%) over 2020", "an increase of €1,990 million (+3.9%) on the 2020
    # value": a change measured against that year
    r"|(?:increase|rise|growth|decline|decrease|drop|fall|gain|jump|up|down)(?:\s+of)?(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
    r"\s(?:over|on)\s+)"
    r"(?:(?:in|the|for|of|with|same|period|level|figure|indicator|whole|year's|at|of|value|values|"
    r"amount|amounts|recorded|registered|reported|posted|result|results)\s+)*$", re.I)
# "compared to $374 million in 2016": the period of a base's own value is a base too, also of an
# amount written in parts ("compared to 384 thousand 648 million dollars in 2021")
_BASE_VALUE_BEFORE = re.compile(
    # "as against the exports of $2.301 billion in December 2022": the base's measure named first
    r"(?:compared\s+(?:to|with)|versus|vs\.?|against|from)\s+(?:the\s+[a-z]+\s+of\s+)?(?:about\s+|around\s+|nearly\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹₦]\s?|[A-Z][A-Za-z.]{1,3}\s?)?\d[\d.,]*(?:\s+[a-z]+\s+\d{1,3})*\s*(?:[a-z]+\s+){0,2}?"
    # "compared with SR 1.96 billion [U.S. $ 0.52 billion] during": a bracketed conversion between
    r"(?:[(\[][^()\[\]\n]{1,40}[)\]]\s*)?"
    r"(?:in|for|during)\s+(?:the\s+)?$", re.I)
# "slightly lower than the 32.41 percent share recorded in 2020": a level a comparison was made with, its
# year recorded (rule base_level; "higher than the 4.9 percent increase in the first quarter" keeps its
# quarter: that figure's own period)
_BASE_LEVEL_BEFORE = re.compile(r"\b(?:lower|higher|less|greater|smaller|larger|above|below)\s+than\s+the\s+"
                                r"[^,;()]{0,40}?\s(?:recorded|registered|reported|posted)\s+(?:in|for|during)\s+"
                                r"(?:the\s+)?$", re.I)
# "last year's figure", "the 2021 level": the expression names a base
_BASE_AFTER = re.compile(r"(?:['’]s)?\s+(?:figure|level|indicator|result|value)s?\b", re.I)
_SAME_PERIOD = re.compile(r"(?:same\s+period|(?:much|many|high|large)\s+as|(?:figure|indicator|level|total)\s+(?:for|of)"
                          r"(?:\s+the\s+whole\s+of)?)\s+(?:of\s+|in\s+)?(?:the\s+)?$", re.I)
# "from $30.4 million in 2022 to $80.6 million in 2023": the first year is where a change started
_FROM_BEFORE = re.compile(r"\bfrom\s+[^,;]{0,40}?\s(?:(?:in|for)\s+(?:the\s+)?)?$", re.I)
_TO_AFTER = re.compile(r"[^,;]{0,5}\s+to\s", re.I)
# "the year ended June 30, 2019", "the year to March 2022", "the 12 months through May": a
# twelve-month period that is not the calendar year
_YEAR_ENDED = re.compile(r"\b(?:year|12\s+months|twelve\s+months)\s+(?:ended|ending|to|through|till|until)\s+"
                         r"(?:(?:the\s+end\s+of\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s*)?$")
_ROLLING_AFTER = re.compile(r"\s+(?:to|through|till|until|ending|ended)\b", re.I)
# "published on 26 July 2001", "released on Monday, 3 May 2021": the day of an event (rule on_day)
_ON_DAY = re.compile(r"\b(?:published|released|issued|announced|reported|posted|updated)\s+on\s+"
                     r"(?:[A-Z][a-z]+day,?\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+$")
# a publication named with its year: "the Economic Survey 2020", "the 2018 Quarterly Balance of Payments (QBOP)"
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:Survey|Report|Review|Outlook|Yearbook|Bulletin)\s+$")
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+(?:of\s+)?[A-Z][a-z]+")
# a day's date in a dateline's brackets: "(... - 5th Jan, 2024)", "(Reuters, Jan 5, 2024)" (rule dateline)
_DATELINE_DAY = re.compile(rf"(?:\b[0-3]?\d(?:st|nd|rd|th)?\s+{_MON_ABBR}\.?|\b{_MON_ABBR}\.?\s+[0-3]?\d(?:st|nd|rd|th)?),?\s+$")
_DATELINE_CLOSE = re.compile(r"\s*\)")
# "the first overall rise in three months", "the lowest level in 18 months" (rule months_span)
_SPAN_RECORD = re.compile(r"\b(?:rise|fall|drop|decline|increase|gain|growth|contraction|high|low|level|pace|time|surplus|deficit)"
                          r"\s+(?:in|for)\s+(?:(?:over|more\s+than|almost|nearly)\s+)?$", re.I)
_BEGINNING = re.compile(r"\b(?:at|by|as\s+of)\s+the\s+(?:very\s+)?(?:beginning|start)\s+of\s+$", re.I)
_TARGET_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
# lower-cased copies for the lower-cased text before an expression (tradeflows.text.fold)
_BASE_BEFORE_LC = lower_copy(_BASE_BEFORE)
_SAME_PERIOD_LC = lower_copy(_SAME_PERIOD)
_BASE_VALUE_BEFORE_LC = lower_copy(_BASE_VALUE_BEFORE)
_FROM_BEFORE_LC = lower_copy(_FROM_BEFORE)
_TARGET_BY_LC = lower_copy(_TARGET_BY)
_BEGINNING_LC = lower_copy(_BEGINNING)
_LC_READY = all(rx is not None for rx in (_BASE_BEFORE_LC, _SAME_PERIOD_LC, _BASE_VALUE_BEFORE_LC,
                                          _FROM_BEFORE_LC, _TARGET_BY_LC, _BEGINNING_LC))


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
    fiscal: str | None = None  # "named" (FY23, fiscal 2017: year as written) or "span" (2022-23: year = end);
    #                            "named_range" / "span_range": written months of such a year
    same: bool = False        # "the same period of 2022": a base whose months are the figure's own


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


def find_times(text: str, start: int = 0, end: int | None = None,
               low_text: str | None = None) -> list[TimeExpr]:
    """Time expressions in text[start:end], longest first where they overlap.

    Anchored: each pattern runs only on a stretch that holds one of its trigger words (or a
    digit), found by plain substring search on the lower-cased stretch. low_text: the whole
    text lower-cased by tradeflows.text.fold.lower_text (or None), on which the re.I patterns
    run as their faster lower-cased copies (the same spans)."""
    end = len(text) if end is None else end
    lang = current_language()
    if lang != DEFAULT_LANGUAGE:  # another language's phrasing (facts/periods_local.py)
        from tradeflows.facts.periods_local import find_local_times
        return find_local_times(lang, text, start, end)
    stretch = text[start:end]
    low = stretch.lower() if low_text is None else low_text[start:end]
    digits = _DIGIT.search(low) is not None
    has = low.__contains__   # any(map(has, words)): the substring tests run in C
    if not digits and _WORDS_WITHOUT_DIGITS_RE.search(low) is None:
        return []
    found: list[TimeExpr] = []
    starts: list[int] = []   # taken spans, sorted and disjoint
    ends: list[int] = []
    month_name = None        # a capitalised month name in the stretch (found when first asked)
    two_months = None        # ... and a second one after it
    for kind, pat, gate, need, lc in _plan():
        if gate is _GATE_MONTH:
            if need == "digit" and not digits:
                continue     # "month" runs only with a digit; a month name holds the others' stems
            if month_name is None:
                month_name = _MONTH_NAME_RE.search(stretch) or False
            if not month_name:
                continue
            if kind in _TWO_MONTHS:
                if two_months is None:   # month names never overlap: the first found ends first
                    two_months = _MONTH_NAME_RE.search(stretch, month_name.end()) is not None
                if not two_months:
                    continue
            elif kind == "rolling_december" and "December" not in stretch:
                continue
        elif gate is _GATE_DIGIT:
            if not digits:
                continue     # anchored: a pattern runs only where a digit occurs
            if kind == "fiscal" and not (_FISCAL_WORD.search(low) or _SPAN.search(low)):
                continue
            if kind == "year" and not ("19" in low or "20" in low):
                continue
        elif gate is _GATE_WORDS and not any(map(has, need)):
            continue         # anchored: a pattern runs only where one of its words occurs
        matches = pat.finditer(text, start, end) if low_text is None or lc is None \
            else lc.finditer(low_text, start, end)   # _build reads no group's case
        for m in matches:
            s, e = m.span()
            i = bisect_right(starts, s)
            if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
                continue  # overlaps a longer, earlier-found expression
            expr = _build(kind, m, text)
            if expr is None:
                continue
            starts.insert(i, s)
            ends.insert(i, e)
            if expr is not _NO_PERIOD:
                found.append(expr)
    found.sort(key=lambda t: t.start)
    return _fiscal_months(found, text) if len(found) > 1 else found


# "July-April period this fiscal year", "April-October this fiscal", "the April-October period of the 2024-25
# fiscal year", "the first two months of the 2023-2024 fiscal year", "the first half (July-December) of the
# current fiscal year": written months, or a count of first months, before the fiscal year they are of
_OF_FISCAL_GAP = re.compile(r"\)?\s*(?:period\s+)?(?:(?:of|in|for)\s+)?(?:the\s+)?(?:(?:current|ongoing)\s+)?(?:[A-Z][a-z]+\s+)?", re.I)
_PART_BRACKET_GAP = re.compile(r"\s*\(\s*|\s+")  # "(July-December)", "For the six months between April and October"


def _fiscal_months(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Months written before a fiscal year folded into it (rule fiscal_months): a month range or
    a count of first months, then "(period) of the" and a fiscal span or a relative fiscal year; a part
    of a year whose months follow in brackets is read by those months."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.kind in ("half", "quarter", "quarters", "months") and a.year is None and a.rel is None \
                and b.kind == "month_range" and b.year is None and b.rel is None \
                and _PART_BRACKET_GAP.fullmatch(text, a.end, b.start):
            found[i + 1] = replace(b, start=a.start)  # "the first half (July-December)": the written months
            i += 1                                      # are the part's own
            continue
        if b is not None and a.year is None and a.rel is None and not a.base \
                and (a.kind == "month_range" or (a.kind == "months" and b.fiscal == "span")) \
                and b.fiscal in ("span", "relative") and not b.base and b.rel in (None, 0) \
                and _OF_FISCAL_GAP.fullmatch(text, a.end, b.start):
            if b.fiscal == "span":
                how = "span_range" if a.kind == "month_range" else "first_months"
                out.append(TimeExpr(a.start, b.end, "fiscal", b.year, None, None, a.m1, a.m2, False, b.target, fiscal=how))
            else:
                # of the fiscal year in force: period_choice places the months in it (relative_fiscal)
                out.append(TimeExpr(a.start, b.end, b.kind, None, b.rel, b.bracket_year, a.m1, a.m2, False, b.target,
                                    fiscal="relative_months"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _build(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    year, rel, by = (None, None, None)
    m1, m2 = 1, 12
    if kind == "yoy":
        return TimeExpr(m.start(), m.end(), kind, None, -1, None, 1, 12, True)
    if kind == "rolling_year":
        m2 = MONTHS[fold(m.group("m2"))]
        year, rel, by = _year_part(m)
        if year is None and rel is None:
            rel = 0  # "in the 12 months to June": of the year in force
        return _flags(TimeExpr(m.start(), m.end(), "month_range", year, rel, by, m2 % 12 + 1, m2, False), text)
    if kind == "rolling_december":
        return _flags(TimeExpr(m.start(), m.end(), "year", int(m.group("y")), None, None, 1, 12, False), text)
    if kind == "span":
        return TimeExpr(m.start(), m.end(), kind, None, None, None, 1, 12, False)
    if kind == "year_before":
        return TimeExpr(m.start(), m.end(), "relative", None, -1, None, 1, 12, True, same=True)
    if kind == "same_period":
        if m.group("yp"):
            before = text[max(0, m.start() - 60):m.start()]
            if not (_BASE_BEFORE.search(before) or _BASE_VALUE_BEFORE.search(before)):
                return None  # "in the 2007 period" with no comparison before: left to the year rule
            return TimeExpr(m.start(), m.end(), kind, int(m.group("yp")), None, None, 1, 12, True, same=True)
        y = m.group("y")
        if not (y or m.group("rel") or m.group("ya") or m.group().lower().endswith(("ago", "earlier", "before"))
                or _BASE_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            return None  # "in the same period": the period just named, not a base
        rel = None if y else -1
        return TimeExpr(m.start(), m.end(), kind, int(y) if y else None, rel, None, 1, 12, True, same=True)
    if kind == "fiscal":
        return _fiscal_expr(m, text)
    if kind == "part":
        m1, m2, kind = _parts()[0][fold(m.group("part"))]
        year, rel, by = _year_part(m)
    elif kind == "to_month":
        m2 = MONTHS[fold(m.group("m2"))]
        year, rel, by = _year_part(m)
    elif kind == "month_span":
        m1, m2 = MONTHS[fold(m.group("m1"))], MONTHS[fold(m.group("m2"))]
        y1, year = int(m.group("y1")), int(m.group("y2"))
        if not ((year == y1 and m1 <= m2) or (year == y1 + 1 and m1 > m2)):
            return None  # longer than a year: no one period (each month-year is read alone)
        kind = "month_range"  # m1 > m2: the range began the year before (as a fiscal year)
    elif kind == "month_range":
        m1, m2 = MONTHS[fold(m.group("m1"))], MONTHS[fold(m.group("m2"))]
        year, rel, by = _year_part(m)
    elif kind == "abbr_month_range":
        m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
        if m1 != m2:
            return None  # days of one month only: a longer span is left to the month rules
        year, rel, by = _year_part(m)
        kind = "month"
        if year is None and rel is None:
            rel = 0  # "from Nov 1 to Nov 20": of the year in force, like a bare month
    elif kind == "month_ending":
        if m.group("mq"):   # "the June 2001 quarter", "the March quarter"
            m2, n = MONTHS[fold(m.group("mq"))], 3
            yq = m.group("yq") or m.group("yq2")
            year = int(yq) if yq else None
            rel = None if year else 0
        else:
            m2 = MONTHS[fold(m.group("m2"))]
            q = fold(m.group("q") or "")
            c = fold(m.group("n") or "")
            n = 3 if q == "quarter" else 6 if q else int(c) if c.isdecimal() else MONTH_COUNT_WORDS.get(c, 0)
            year, rel, by = _year_part(m)
            if year is None and rel is None:
                rel = 0  # "in the quarter to June": of the year in force
        if not 1 <= n <= m2 or n == 12:
            return None  # across the turn of a year, or a rolling year: no one period here
        m1, kind = m2 - n + 1, "month_range"
    elif kind == "the_year":
        return TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False)
    elif kind == "year_to_date":
        return TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False)
    elif kind == "year_months":
        c = fold(m.group("n"))
        m2 = int(c) if c.isdecimal() else MONTH_COUNT_WORDS.get(c, 0)
        if not 1 <= m2 <= 12:
            return None
        year, kind = int(m.group("y")), "months"
    elif kind == "months":
        n = fold(m.group("n"))
        m2 = int(n) if n.isdecimal() else MONTH_COUNT_WORDS.get(n, 0)
        if not 1 <= m2 <= 12:
            return None
        if m2 == 12 and _ROLLING_AFTER.match(text, m.end()):
            return _NO_PERIOD  # "in the 12 months to June": a rolling year, not a calendar one
        if "first" not in m.group().lower() and _SPAN_RECORD.search(text, max(0, m.start() - 40), m.start()):
            return _NO_PERIOD  # "the first overall rise in three months": a run of months, not the year's first
        year, rel, by = _year_part(m)
    elif kind == "month":
        m1 = m2 = MONTHS[fold(m.group("m1"))]
        year, rel, by = _year_part(m)
    elif kind == "bare_month":
        m1 = m2 = MONTHS[fold(m.group("m1"))]
        kind, rel = "month", 0  # resolved like "this year", to the year in force (period_choice)
    elif kind == "bracket":
        year = int(m.group("y"))
    elif kind == "last_month":
        rel = 0  # m1 = m2 = 1 stand for a month known only from the page's date
    elif kind == "relative":
        if m.group("rel2"):
            # "increased 13 times in the last five years": a span that ends with the last full year
            # (rule past_span: the year before the source's, no months)
            return TimeExpr(m.start(), m.end(), "past_span", None, -1, None, 1, 12, False)
        if m.group("past"):
            # "over the past year, the exchange trade turnover ... increased 37 times": last year
            return _flags(TimeExpr(m.start(), m.end(), kind, None, -1, None, 1, 12, False), text)
        if m.group("rel4") or m.group("rel5"):  # "the new fiscal year", "the first half of the fiscal year": the current one
            return _flags(TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False, fiscal="relative"), text)
        if m.group("rel3"):  # "in Current FY", "last FY"
            return _flags(TimeExpr(m.start(), m.end(), kind, None, _REL[fold(m.group("rel3").split()[-1])], None,
                                   1, 12, False, fiscal="relative"), text)
        rel = _REL[fold(m.group("rel").split()[-1])]
        by = m.group("by") or m.group("by2")
        by = int(by) if by else None
        if m.group("fw") or m.group("fw3"):
            # "in the current fiscal year", "last financial year": relative to the fiscal year the
            # page's date falls in (period_choice resolves it for the country; rule relative_fiscal)
            t = TimeExpr(m.start(), m.end(), kind, None, rel, by, 1, 12, m.group("rel").lower() == "previous",
                         fiscal="relative")
            return t if t.base else _flags(t, text)
        if m.group("rel").lower() == "previous":
            # "the previous year" is nearly always a base of comparison
            return TimeExpr(m.start(), m.end(), kind, None, rel, by, 1, 12, True)
    elif kind == "year":
        year = int(m.group("y"))
    start, end = m.span()
    before = text[max(0, start - 60):start]
    # _YEAR_ENDED (case-sensitive) cannot match without "year" or "months" before
    if kind in ("year", "month") and ("year" in before or "months" in before) and _YEAR_ENDED.search(before):
        return _NO_PERIOD  # "the year ended June 30, 2019", "the year to March 2022"
    if kind == "year" and (_TITLE_WORD_BEFORE.search(before) or (before.endswith(("the ", "The ")) and _TITLE_AFTER.match(text, end))):
        # "KNBS in the Economic Survey 2020 said", "According to the 2018 Quarterly Balance of Payments": the
        # year in a publication's name, not the figures' (rule title_year)
        return _NO_PERIOD
    if kind == "year" and _DATELINE_DAY.search(before) and _DATELINE_CLOSE.match(text, end):
        return _NO_PERIOD  # "(UrduPoint / Pakistan Point News - 5th Jan, 2024)": the day a dateline names (rule dateline)
    if kind == "month" and year is not None and _ON_DAY.search(before):
        return _NO_PERIOD  # "the early estimate published on 26 July 2001": a day, not a month's figures
    low = _lower(before)
    if year is not None and (_BEGINNING.search(before) if low is None
                             else ("start" in low or "beginning" in low) and _BEGINNING_LC.search(low)):
        # "at the beginning of 2025": a point in time; what is reported then is the year before
        return TimeExpr(start, end, kind, year - 1, None, None, 1, 12, False, False)
    base, target = _base_target(before, low, end, text)
    if base and kind == "month_range" and m1 != m2 and _FROM_RANGE.search(before) and not _TO_AFTER.match(text, end):
        base = False  # "exports from January-June 2023 were ...": the range's own (rule from_range)
    return TimeExpr(start, end, kind, year, rel, by, m1, m2, base, target)


# "The Trade deficit from July-December (2023-24) was recorded at": "from" right before written months
# opens the period itself, not a base a change starts from (rule from_range)
_FROM_RANGE = re.compile(r"\b[Ff]rom\s+$")


def _flags(t: TimeExpr, text: str) -> TimeExpr:
    """The expression as base of comparison or target, from the words around it."""
    before = text[max(0, t.start - 60):t.start]
    base, target = _base_target(before, _lower(before), t.end, text)
    if base and t.fiscal in ("span_range", "named_range") and _FROM_RANGE.search(before) \
            and not _TO_AFTER.match(text, t.end):
        base = False
    # the constructor, not dataclasses.replace: this runs for every time expression
    return TimeExpr(t.start, t.end, t.kind, t.year, t.rel, t.bracket_year, t.m1, t.m2, base,
                    target, t.fiscal, t.same)


def _lower(before: str) -> str | None:
    """The words before an expression lower-cased for the _LC patterns, or None where the
    lower-cased copies would not match like the re.I patterns (tradeflows.text.fold)."""
    return None if not _LC_READY or _FOLD_UNSAFE.search(before) else before.lower()


def _base_target(before: str, low: str | None, end: int, text: str) -> tuple[bool, bool]:
    """(base, target) of the expression that ends at `end`, from the words `before` it (and
    their lower-cased copy `low`, None to use the re.I patterns) and those after it."""
    if low is None:
        base = bool(_BASE_BEFORE.search(before) or _SAME_PERIOD.search(before)
                    or _BASE_VALUE_BEFORE.search(before) or _BASE_LEVEL_BEFORE.search(before)
                    or _BASE_AFTER.match(text, end)
                    or (_FROM_BEFORE.search(before) and _TO_AFTER.match(text, end)))
        return base, bool(_TARGET_BY.search(before))
    # the same tests on the lower-cased words; a literal a pattern needs is looked for first
    base = bool(_BASE_BEFORE_LC.search(low) or _SAME_PERIOD_LC.search(low)
                or (("compared" in low or "versus" in low or "vs" in low or "against" in low or "from" in low)
                    and _BASE_VALUE_BEFORE_LC.search(low))
                or ("than the" in low and _BASE_LEVEL_BEFORE.search(before))
                or _BASE_AFTER.match(text, end)
                or ("from" in low and _FROM_BEFORE_LC.search(low) and _TO_AFTER.match(text, end)))
    return base, "by" in low and _TARGET_BY_LC.search(low) is not None


# a stretch that names no one period, taken so that no year inside it is read alone
_NO_PERIOD = TimeExpr(-1, -1, "none", None, None, None, 1, 12, False)


def _fiscal_expr(m: re.Match, text: str) -> TimeExpr | None:
    """FY23 / fiscal 2017 (named) or 2022-23 (a span: year = its end)."""
    g = m.groupdict()
    if g["fn"] and g["fm2"]:  # "April-June FY24": written months of a named fiscal year
        y = int(g["fn"])
        return _flags(TimeExpr(m.start(), m.end(), "fiscal", y + 2000 if y < 100 else y, None, None,
                               MONTHS[fold(g["fm"])], MONTHS[fold(g["fm2"])], False, fiscal="named_range"),
                      text)
    count = g["fk"] or g["fkm"] or g["sk"]
    if count and (g["fn"] or g["fs"] or g["ss"]):
        # "the first 10 months of FY23", "10MFY23" (Pakistan): the fiscal year's first months (rule
        # fiscal first_months; fiscal.resolve_fiscal places them in the country's fiscal year)
        n = int(count) if count.isdigit() else MONTH_COUNT_WORDS[fold(count)]
        if g["fn"]:
            y = int(g["fn"])
            y = y + 2000 if y < 100 else y
        else:
            s_, e_ = (g["fs"], g["fe"]) if g["fs"] else (g["ss"], g["se"])
            y = int(e_) if len(e_) == 4 else int(s_) // 100 * 100 + int(e_)
        if 1 <= n <= 12:
            return _flags(TimeExpr(m.start(), m.end(), "fiscal", y, None, None, 1, n, False, fiscal="first_months"), text)
    if g["fn"]:
        y = int(g["fn"])
        mon = MONTHS[fold(g["fm"])] if g["fm"] else 0
        nth = _NTH[fold(g["fo"])] if g["fo"] else 0
        how = "named_month" if mon else "nth_month" if nth else "named"
        return _flags(TimeExpr(m.start(), m.end(), "fiscal", y + 2000 if y < 100 else y, None, None,
                               mon or nth or 1, mon or nth or 12, False, fiscal=how), text)
    s_, e_ = (g["fs"], g["fe"]) if g["fs"] else (g["ss"], g["se"])
    start = int(s_)
    end = int(e_) if len(e_) == 4 else start // 100 * 100 + int(e_)
    if g["fs"] and g["fm2"] and end == start + 1:
        # "(July-September) of the ongoing fiscal year 2023-24": the written months of the span's fiscal year
        return _flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, MONTHS[fold(g["fm"])],
                               MONTHS[fold(g["fm2"])], False, fiscal="span_range"), text)
    if g["fo"] and g["fs"] and end == start + 1:
        # "the first month (July) of the current fiscal year 2023-24": an nth month of a span's fiscal year
        nth = _NTH[fold(g["fo"])]
        return _flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, nth, nth, False, fiscal="nth_month"), text)
    if end != start + 1:
        # "2022-33" (a typo) names no one year, and its first year is not the figure's either;
        # "2015-2020" is left to the year rule (its years set a paragraph's period)
        return _NO_PERIOD if g["ss"] and len(e_) == 2 else None
    if g["sm"]:  # "April-September 2022-23": the written months of the span's fiscal year
        return _flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, MONTHS[fold(g["sm"])],
                               MONTHS[fold(g["sm2"])], False, fiscal="span_range"), text)
    return _flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, 1, 12, False, fiscal="span"), text)

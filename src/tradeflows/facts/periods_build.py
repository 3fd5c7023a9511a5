"""One match of the grammar read as a TimeExpr: its year, months and kind, by its kind (_WHOLE: made whole at once;
_READ: read as fields, then placed by the words around it in periods_place, which finds no period where the words
around say the year is not the figures' (a year ended in June, a report's title, a dateline))."""
from __future__ import annotations

import re
from dataclasses import replace

from tradeflows.facts.fiscal import gregorian_year
from tradeflows.facts.periods_bases import BASE_BEFORE, BASE_VALUE_BEFORE, base_cue_before, flags
from tradeflows.facts.periods_fiscal import fiscal_expr
from tradeflows.facts.periods_grammar import NO_PERIOD, REL, TimeExpr, decade_count_words, month_count_words, part_months
from tradeflows.facts.periods_place import placed
from tradeflows.vocab import fold
from tradeflows.vocab.months import month_names, month_number
from tradeflows.vocab.patterns import EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# "the mentioned four months", "the said six months", "these nine months": months named before, pointed back to
# words that point back to a period named before (period_fallback's period_anaphor reads them too)
ANAPHOR_WORDS = r"mentioned|said|aforementioned|above[- ]mentioned"
_ANAPHOR_BEFORE = re.compile(rf"\b(?:{ANAPHOR_WORDS}|these|those)\s+(?:the\s+)?$", re.I)
_ROLLING_AFTER = re.compile(r"\s+(?:to|through|till|until|ending|ended)\b", re.I)
# "the first overall rise in three months", "the lowest level in 18 months" (rule months_span)
# "for two months in a row", "for three months running": a streak of months, no period (rule streak;
# the Russian "два месяца подряд" is the vocab/ru/patterns.csv row of the same name)
# ("exports rose for the first time after two months of declines": a run of changes, rule streak_of_changes)
STREAK_AFTER = re.compile(r"\s+(?:in\s+a\s+row|running|on\s+end)\b"
                          r"|\s+of\s+(?:(?:consecutive|straight|successive)\s+)?(?:declines?|gains?|growth|increases?|decreases?|"
                          r"falls?|rises?|drops?|contraction|expansion|losses|deficits?|surpluses)\b", re.I)
# ("The fall – the third in four months since March": an ordinal's count of events in a run of months)
_SPAN_RECORD = re.compile(r"\b(?:rise|fall|drop|decline|increase|gain|growth|contraction|high|low|level|pace|time|surplus|deficit|"
                          r"second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)"
                          r"\s+(?:in|for)\s+(?:(?:over|more\s+than|almost|nearly|the\s+(?:last|past))\s+)?$", re.I)


# a change told just before "between <month> and <the next month>": month to month (rule month_to_month)
# ("The U.S. trade deficit ticked up another 1.7 percent between August and September to $43.5 billion"
# (freightwaves.com): "ticked up", "inched up", "went down" too; "a 1.7 percent increase between ...": a change's noun)
_CHANGE_BEFORE = re.compile(r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|dipped|jumped|climbed|slipped|"
                            r"narrowed|widened|surged|plunged|(?:edged|ticked|inched|went|moved)\s+(?:up|down|higher|lower)|"
                            r"(?:increase|decrease|rise|fall|drop|decline|gain|jump|change)s?)\b"
                            r"(?:\s+(?:[^\s.;]|(?<=\d)\.(?=\d))+){0,8}?\s*$", re.I)
# "The November to December change in exports of goods reflected decreases ..." (Creamer Media on SARS's statistics):
# a change's noun right after a month and the next names the change from one to the other (rule month_to_month)
_MONTH_PAIR_VERB = EnglishCue("period_month_pair_verb")
_CHANGE_AFTER = re.compile(r"\s+(?:change|increase|decrease|rise|fall|drop|decline|gain|jump|movement)s?\b", re.I)


# a record's superlative and up to four words before "so far this year" (rule record_so_far)
_RECORD_BEFORE = re.compile(r"\b(?:highest|lowest|largest|biggest|smallest|best|worst|strongest|weakest)\b"
                            r"(?:\s+[\w-]+){0,4}?\s+$", re.I)


_PART_OF_OTHER_YEAR = EnglishCue("period_part_of_other_year", re.I)
_RUN_BEFORE_HALF = EnglishCue("period_half_run_before", re.I)
_ENDING_AFTER_HALF = skip_compile(r"\s+(?:to|ending|ended|through)\b", re.I)
RUN_BEFORE_REACH = 24   # how far before a bare "half year" the word of a run may start
_PART_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _year_part(m: re.Match) -> tuple[int | None, int | None, int | None]:
    y = m.groupdict().get("y")
    if not y:
        return None, None, None
    y = " ".join(y.split())
    if y[:2] in ("19", "20") and y[:4].isdigit():
        return int(y[:4]), None, None
    bracket = re.search(r"\[(\d{4})\]", y)
    word = y.split()[0] if not y.startswith("the") else y.split()[1]
    return None, REL.get(word.lower(), 0), int(bracket.group(1)) if bracket else None


_FROM_TO_OVER = skip_compile(r"\bfrom\s+[^,;]{1,30}?\d[^,;]{0,20}?\s+to\s+[^,;]{1,30}?\d[^,;]{0,20}?\s+(?:over|during|in|within)\s+(?:the\s+)?$",
                           re.I)


_IN_NUMERIC_DATE_BEFORE = re.compile(r"(?<![\d.,/])\d{1,2}([./])\d{1,2}\1$")
_IN_ISO_DATE_AFTER = re.compile(r"-[01]\d-[0-3]\d(?!\d)")


def _month_to_month(m: re.Match, text: str) -> bool:
    """A month and the next read as a change from one to the other (rule month_to_month): "between <m> and <m+1>" or
    "from <m> to <m+1>" after a change's verb or noun, or "<m> to <m+1>" before a change's noun; not a dash or a slash
    ("in August-September exports totalled": the two months' sum), nor January and February (a two-month release's
    span)."""
    opener = m.group()[:4].lower()
    joined = text[m.end("m1"):m.start("m2")]
    if opener in ("betw", "from") and _CHANGE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True
    return ("to" in joined or opener == "betw") and _CHANGE_AFTER.match(text, m.end()) is not None


# --- the kinds whose TimeExpr is made whole from the match: none is placed by the words around it ---

def _yoy(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    return TimeExpr(m.start(), m.end(), kind, None, -1, None, 1, 12, True)


def _rolling_year(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    m2 = month_names()[fold(m.group("m2"))]
    year, rel, by = _year_part(m)
    if year is None and rel is None:
        rel = 0  # "in the 12 months to June": of the year in force
    return flags(TimeExpr(m.start(), m.end(), "month_range", year, rel, by, m2 % 12 + 1, m2, False), text)


def _glued_year_part(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    # "5M23", "9M2023", "1H17", "3Q22" (rule glued_year_part): a two-digit year is of this century
    gy = m.group("gy")
    year = int(gy) if len(gy) == 4 else 2000 + int(gy)
    if m.group("n"):
        return flags(TimeExpr(m.start(), m.end(), "months", year, None, None, 1, int(m.group("n")), False), text)
    if m.group("h"):
        h = int(m.group("h"))
        return flags(TimeExpr(m.start(), m.end(), "half", year, None, None, 6 * h - 5, 6 * h, False), text)
    q = int(m.group("q"))
    return flags(TimeExpr(m.start(), m.end(), "quarter", year, None, None, 3 * q - 2, 3 * q, False), text)


def _parts_of_two_years(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    y = int(m.group("y"))
    if y <= int(m.group("y1")):
        return None
    if m.group("n"):
        n = fold(m.group("n"))
        m2 = int(n) if n.isdecimal() else month_count_words().get(n, 0)
        if not 1 <= m2 <= 11:
            return None
        return TimeExpr(m.start(), m.end(), "months", y, None, None, 1, m2, False)
    unit = "quarter" if m.group("unit").lower() == "quarters" else "half"
    m1, m2, part = part_months(f"{m.group('ord')} {unit}")
    return TimeExpr(m.start(), m.end(), part, y, None, None, m1, m2, False)


def _rolling_quarters(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    m2 = part_months(m.group("part"))[1]
    year, rel, by = _year_part(m)
    if year is None and rel is None:
        rel = 0  # "in the four quarters to the end of Q2": of the year in force
    if m2 == 12:   # four quarters to the end of Q4: that calendar year
        return flags(TimeExpr(m.start(), m.end(), "year", year, rel, by, 1, 12, False), text)
    return flags(TimeExpr(m.start(), m.end(), "month_range", year, rel, by, m2 + 1, m2, False), text)


def _year_ending(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    return flags(TimeExpr(m.start(), m.end(), "year", int(m.group("y")), None, None, 1, 12, False), text)


def _prev_part(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    return TimeExpr(m.start(), m.end(), kind, None, None, None, 1, 12, True, same=True)


def _unplaced(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    # "the following month": the month after one written before it (period_choice); a span
    return TimeExpr(m.start(), m.end(), kind, None, None, None, 1, 12, False)


DECADE_SPAN = "decade_span"


def _decade(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    # "during the late 1980s": a span of years, no one year; its via names the rule (period_choice, rule decade_span);
    # placed by the words around it as a written time is ("up from 3 percent in 1930s": a base's)
    return placed(m, text, "span", None, None, None, 1, 12, DECADE_SPAN)


def _now(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    # "the current level of $ 82 billion": the time the text speaks from (period_choice, rule now)
    return TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False)


def _decade_end(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    # "by the end of this decade": a goal for the decade's last year (period_choice)
    return TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False, target=True)


def _year_before(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    return TimeExpr(m.start(), m.end(), "relative", None, -1, None, 1, 12, True, same=True)


# "the same 2008 period", "the comparable 2017 period": a likeness word opening a year's period (rule same_year_period;
# row period_likeness_open)
_LIKENESS_OPEN = EnglishCue("period_likeness_open", re.I)


def _same_period(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    if m.group("yp"):
        before = text[max(0, m.start() - 60):m.start()]
        # ("fell 6 percent in the first half of 2009 over the same 2008 period": a likeness word before the year makes
        # it a base whatever stands before it, rule same_year_period)
        if not (BASE_BEFORE.search(before) or BASE_VALUE_BEFORE.search(before)) \
                and not _LIKENESS_OPEN().match(m.group()):
            return None  # "in the 2007 period" with no comparison before: left to the year rule
        return TimeExpr(m.start(), m.end(), kind, int(m.group("yp")), None, None, 1, 12, True, same=True)
    y = m.group("y")
    if not (y or m.group("rel") or m.group("ya") or m.group().lower().endswith(("ago", "earlier", "before"))
            or base_cue_before(text, m.start(), 60)):
        return None  # "in the same period": the period just named, not a base
    if not (y or m.group("rel") or m.group("ya")) and _FROM_TO_OVER.search(text, max(0, m.start() - 80), m.start()):
        # "goods exported to UAE increased from Ksh3.2 billion to Ksh3.7 billion over the same period": a change
        # whose base is its "from" amount runs over the period just named (rule from_to_same_period)
        return None
    rel = None if y else -1
    if y and m.group("ye") and (int(y) + 1) % 100 == int(m.group("ye")):
        y = int(y) + 1  # "during the same period of 2020-21": of the fiscal year that ends in 2021
    return TimeExpr(m.start(), m.end(), kind, int(y) if y else None, rel, None, 1, 12, True, same=True)


def _solar_hijri(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    # Iran's year N (vocab calendars.csv) as a fiscal span of the Gregorian year it ends in (fiscal.resolve_fiscal
    # gives it Iran's months; for a country of no such rule it keeps its year and no months)
    return replace(flags(TimeExpr(m.start(), m.end(), "fiscal", gregorian_year(int(m.group("y")), "IRN"), None, None,
                                  1, 12, False, fiscal="span"), text), local=True)


def _fiscal(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    return fiscal_expr(m, text)


def _the_year(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    return TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False)


def _year_to_date(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    if m.group("ym"):   # "the year to date to November": January to November of the year in force (rule year_to_date_month)
        return TimeExpr(m.start(), m.end(), "month_range", None, 0, None, 1, month_names()[fold(m.group("ym"))], False)
    if m.group("ys"):   # "from the beginning of the year to August 2024": January to August (rule year_start_to_month)
        ysy = m.group("ysy")
        return TimeExpr(m.start(), m.end(), "month_range", int(ysy) if ysy else None, None if ysy else 0, None, 1,
                        month_names()[fold(m.group("ys"))], False, via="year_start_to_month")
    if _RECORD_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        # "posted a US$1.164 billion surplus last June, the highest figure recorded so far this year" (andina.pe):
        # the span a record is the highest of, not the period of a figure (rule record_so_far)
        return NO_PERIOD
    return TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False)


def _last_months(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    n = fold(m.group("n"))
    n = int(n) if n.isdecimal() else month_count_words().get(n, 0)
    at = m.start() - 4 if text[max(0, m.start() - 4):m.start()].lower() == "the " else m.start()
    if not 1 <= n <= 12 or _SPAN_RECORD.search(text, max(0, at - 40), at) \
            or cue("streak_after", STREAK_AFTER).match(text, m.end()):
        return NO_PERIOD  # "the highest value in the last eleven months": a run of months, no period
    # m1 = 1, m2 = the count: months known only from the page's date (period_choice, rule last_months)
    return TimeExpr(m.start(), m.end(), "last_months", None, 0, None, 1, n, False)


# a match's kind -> the function that makes its TimeExpr whole (or None, or NO_PERIOD); each kind is one branch, so
# the table's order is not an order of evaluation
_WHOLE = {"yoy": _yoy, "rolling_year": _rolling_year, "glued_year_part": _glued_year_part,
          "parts_of_two_years": _parts_of_two_years, "rolling_quarters": _rolling_quarters,
          "rolling_december": _year_ending, "year_ending": _year_ending, "prev_month": _prev_part,
          "prev_quarter": _prev_part,
          "following_month": _unplaced, "span": _unplaced, "decade": _decade, "now": _now, "decade_end": _decade_end,
          "year_before": _year_before, "same_period": _same_period, "solar_hijri": _solar_hijri, "fiscal": _fiscal,
          "the_year": _the_year, "year_to_date": _year_to_date, "last_months": _last_months}


# --- the kinds read as fields (kind, year, rel, by, m1, m2, via) that periods_place.placed then reads in the words
# around; a reader may instead end the match's reading (None: no period of its own; NO_PERIOD: not a period at all) ---

Fields = tuple  # (kind, year, rel, by, m1, m2, via)


def _part(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    if m.groupdict().get("pm"):
        m1 = month_names()[fold(m.group("pm"))]
        # "the first half of March": the month, of the year in force (rule half_of_month)
        return "month", None, 0, None, m1, m1, ""
    m1, m2, kind = part_months(m.group("part"))
    if m.group("part")[:1] in "Hh" and (_RUN_BEFORE_HALF().search(text, max(0, m.start() - RUN_BEFORE_REACH), m.start())
                                         or _ENDING_AFTER_HALF.match(text, m.end())):
        # "shipment in terms of value increased sharply in the past half year" (bdnews24, data/web48 ch06): a half year
        # with no ordinal after "past", "a", "every" is a run of six months, no half of a calendar year (rule
        # half_year_run; en row period_half_run_before; the bare "half year performance" is the first half, row
        # "half year" of vocab/en/periods.csv); "half year to June" is the span its month ends (left to month_ending,
        # a later pattern: None leaves the words to it)
        return None
    year, rel, by = _year_part(m)
    if year is None and rel is None and _PART_OF_OTHER_YEAR().match(text, m.end()):
        # "the last month of the solar year", "the last quarter of the fiscal year": a part of a year that need not end
        # in December names no calendar months (rule last_month_of; en row period_part_of_other_year)
        return None
    return kind, year, rel, by, m1, m2, ""


def _to_month(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m2 = month_names()[fold(m.group("m2"))]
    year, rel, by = _year_part(m)
    # ("At the end of last November, it stood at 104.38 billion MAD": the latest such month, read as the bare month,
    # named in the decision that reads it: rule end_of_last_month)
    return kind, year, rel, by, 1, m2, "end_of_last_month" if m.group("lastm") and year is None and rel is None else ""


def _to_part_end(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    n = _PART_ORDINAL[fold(m.group("pn"))]
    m2 = n * (3 if fold(m.group("pk")) == "quarter" else 6)
    if m2 > 12:
        return None   # ("the end of the third half": no such part)
    year, rel, by = _year_part(m)
    return "to_month", year, rel, by, 1, m2, ""


def _month_span(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1, m2 = month_names()[fold(m.group("m1"))], month_names()[fold(m.group("m2"))]
    y1, year = int(m.group("y1")), int(m.group("y2"))
    if not ((year == y1 and m1 <= m2) or (year == y1 + 1 and m1 > m2)):
        return None  # longer than a year: no one period (each month-year is read alone)
    kind = "month_range"  # m1 > m2: the range began the year before (as a fiscal year)
    if year == y1 and m2 == m1 + 1 and m.group()[:4].lower() in ("from", "betw") \
            and _CHANGE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        # "Exports increased from May 2018 to June 2018 by R7,27-billion (7,1%) and imports decreased from May 2018
        # to June 2018 by R0,89-billion (0,9%)" (it-online.co.za on SARS's statistics): a change from one month to
        # the next, each written with its year, is the later month's (rule month_to_month_years, as month_to_month)
        m1, kind = m2, "month"
    return kind, year, None, None, m1, m2, ""


def _month_range(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1, m2 = month_names()[fold(m.group("m1"))], month_names()[fold(m.group("m2"))]
    year, rel, by = _year_part(m)
    via = ""
    if m2 == m1 + 1 > 2 and _month_to_month(m, text):
        # "imports increased between November and December", "dipped from Ksh5.8 billion to Ksh5.1
        # billion between October and November 2023", "the November to December change": a change from one
        # month to the next, the later month's figures, not a two-month sum (rule month_to_month, named in the
        # decision that reads it: year:explicit+month_to_month)
        m1, kind, via = m2, "month", "month_to_month"
        if year is None and rel is None:
            rel = 0
    elif m.group("y") is None and " and " in text[m.end("m1"):m.start("m2")] \
            and _MONTH_PAIR_VERB().match(text, m.end("m2") + 1) is not None:
        # "Foreign trade deficit excluding diamonds in January and February was $1.6 billion": two months joined by
        # "and", one level after them, are one span (rule month_pair, named in the decision that reads it)
        via = "month_pair"
    return kind, year, rel, by, m1, m2, via


def _abbr_month_range(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
    if m1 != m2:
        return None  # days of one month only: a longer span is left to the month rules
    year, rel, by = _year_part(m)
    if year is None and rel is None:
        rel = 0  # "from Nov 1 to Nov 20": of the year in force, like a bare month
    return "month", year, rel, by, m1, m2, ""


def _abbr_dated(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1 = month_number(m.group("m1"))
    m2 = month_number(m.group("m2")) if kind == "abbr_range" else m1
    return ("month_range" if kind == "abbr_range" else "month"), int(m.group("y")), None, None, m1, m2, ""


def _month_ending(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    by = None
    if m.group("mq"):   # "the June 2001 quarter", "the March quarter"
        m2, n = month_names()[fold(m.group("mq"))], 3
        yq = m.group("yq") or m.group("yq2")
        year = int(yq) if yq else None
        rel = None if year else 0
    else:
        m2 = month_names()[fold(m.group("m2"))]
        q = fold(m.group("q") or "")
        c = fold(m.group("n") or "")
        n = 3 if q == "quarter" else m2 if q == "period" else 6 if q else int(c) if c.isdecimal() else month_count_words().get(c, 0)
        year, rel, by = _year_part(m)
        if year is None and rel is None:
            rel = 0  # "in the quarter to June": of the year in force
    if not 1 <= n < 12:
        return None  # a rolling year is rolling_year's, no count no period
    # ("a six-month period ending in March": across the turn of a year, m1 > m2, of the year it ends in)
    return "month_range", year, rel, by, (m2 - n + 1) % 12 or 12, m2, ""


def _year_months(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    c = fold(m.group("n"))
    m2 = int(c) if c.isdecimal() else month_count_words().get(c, 0)
    if not 1 <= m2 <= 12:
        return None
    return "months", int(m.group("y")), None, None, 1, m2, ""


def _months(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    n = fold(m.group("n"))
    m2 = int(n) if n.isdecimal() else month_count_words().get(n, 0)
    if not 1 <= m2 <= 12:
        return None
    if m2 == 12 and _ROLLING_AFTER.match(text, m.end()):
        return NO_PERIOD  # "in the 12 months to June": a rolling year, not a calendar one
    if "first" not in m.group().lower() and _SPAN_RECORD.search(text, max(0, m.start() - 40), m.start()):
        return NO_PERIOD  # "the first overall rise in three months": a run of months, not the year's first
    if "first" not in m.group().lower() and cue("streak_after", STREAK_AFTER).match(text, m.end()):
        return NO_PERIOD  # "exceeded $50 billion for two months in a row": a streak, not the year's first months
    if "first" not in m.group().lower() and _ANAPHOR_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        # "worth $15.906 billion in the mentioned four months": the months named before, not the year's first
        # (rule months_mentioned; the period in force dates the figure)
        return NO_PERIOD
    year, rel, by = _year_part(m)
    return "months", year, rel, by, 1, m2, ""


def _month(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1 = month_names()[fold(m.group("m1"))]
    year, rel, by = _year_part(m)
    return kind, year, rel, by, m1, m1, ""


def _bare_month(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1 = month_names()[fold(m.group("m1") or m.group("m1p") or m.group("m1c") or m.group("m1f") or m.group("m1n")
                     or m.group("m1m"))]
    return "month", None, 0, None, m1, m1, ""  # resolved like "this year", to the year in force (period_choice)


def _abbr_bare(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1 = month_number(m.group("m1") or m.group("m1n") or m.group("m1i"))
    m2 = month_number(m.group("m2")) if m.group("m2") else m1
    if m1 is None or m2 is None or m1 > m2:
        return None  # ("Jul-Mar" with no year: a fiscal span, left to the fiscal rules)
    return ("month_range" if m2 > m1 else "month"), None, 0, None, m1, m2, ""  # of the year in force, like a bare month


def _month_days(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    m1 = month_number(m.group("m1"))
    return "month", None, 0, None, m1, m1, ""  # resolved like "this year", to the year in force (period_choice)


def _bracket(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    return kind, int(m.group("y")), None, None, 1, 12, ""


def _last_month(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    return kind, None, 0, None, 1, 12, ""  # m1 = m2 = 1 stand for a month known only from the page's date


def _relative(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    if m.group("rel2"):
        # "increased 13 times in the last five years": a span that ends with the last full year
        # (rule past_span: the year before the source's, no months)
        return TimeExpr(m.start(), m.end(), "past_span", None, -1, None, 1, 12, False)
    if m.group("fol") or m.group("fol2"):
        # "... in 2009 ... before rising to AED742bn the following year": the year after the one before it
        return flags(TimeExpr(m.start(), m.end(), "following_year", None, 1, None, 1, 12, False), text)
    if m.group("past"):
        # "over the past year, the exchange trade turnover ... increased 37 times": last year
        return flags(TimeExpr(m.start(), m.end(), kind, None, -1, None, 1, 12, False), text)
    if m.group("rel4") or m.group("rel5"):  # "the new fiscal year", "the first half of the fiscal year": the current one
        return flags(TimeExpr(m.start(), m.end(), kind, None, 0, None, 1, 12, False, fiscal="relative"), text)
    if m.group("rel6"):  # "the last Iranian calendar year": that country's fiscal year, relative
        word = fold(m.group("rel6").split()[-1])
        t = TimeExpr(m.start(), m.end(), kind, None, REL.get(word, -1), None, 1, 12, word == "previous",
                     fiscal="relative")
        return t if t.base else flags(t, text)
    if m.group("rel3"):  # "in Current FY", "last FY"
        return flags(TimeExpr(m.start(), m.end(), kind, None, REL[fold(m.group("rel3").split()[-1])], None,
                               1, 12, False, fiscal="relative"), text)
    rel = REL[fold(m.group("rel").split()[-1])]
    by = m.group("by") or m.group("by2")
    by = int(by) if by else None
    if m.group("fw") or m.group("fw3"):
        # "in the current fiscal year", "last financial year": relative to the fiscal year the
        # page's date falls in (period_choice resolves it for the country; rule relative_fiscal)
        t = TimeExpr(m.start(), m.end(), kind, None, rel, by, 1, 12, m.group("rel").lower() == "previous",
                     fiscal="relative")
        return t if t.base else flags(t, text)
    if m.group("rel").lower() == "previous":
        # "the previous year" is nearly always a base of comparison
        return TimeExpr(m.start(), m.end(), kind, None, rel, by, 1, 12, True)
    return kind, None, rel, by, 1, 12, ""


def _years_ago(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    # "two years ago", "a decade ago": that many years before the year the text speaks from (rule years_ago)
    ny, nd = m.group("ny"), m.group("nd")
    if ny:
        back = int(ny) if ny.isdigit() else month_count_words()[fold(ny)]
    else:   # "a decade ago": the article counts one
        back = 10 * (1 if fold(nd) == "a" else decade_count_words()[fold(nd)])
    t = flags(TimeExpr(m.start(), m.end(), "relative", None, -back, None, 1, 12, False), text)
    return TimeExpr(t.start, t.end, t.kind, None, t.rel, None, 1, 12, t.base, t.target, via="years_ago")


def _year(kind: str, m: re.Match, text: str) -> Fields | TimeExpr | None:
    if _IN_NUMERIC_DATE_BEFORE.search(text, max(0, m.start() - 6), m.start()) or _IN_ISO_DATE_AFTER.match(text, m.end()):
        # "Released \n 6/02/2020", "2019-04-10": a day written in figures dates a release or a byline, no
        # period a figure is of (rule numeric_date)
        return NO_PERIOD
    return kind, int(m.group("y")), None, None, 1, 12, ""


# a match's kind -> its reader (a kind in neither table is read as no year, all months: (kind, None, None, None, 1,
# 12, "")); each kind is one branch, so the table's order is not an order of evaluation
_READ = {"part": _part, "to_month": _to_month, "to_part_end": _to_part_end, "month_span": _month_span,
         "month_range": _month_range, "abbr_month_range": _abbr_month_range, "abbr_range": _abbr_dated,
         "abbr_month": _abbr_dated, "abbr_month_year": _abbr_dated, "month_ending": _month_ending,
         "year_months": _year_months, "months": _months, "abbr_months": _months, "month": _month,
         "bare_month": _bare_month, "abbr_bare": _abbr_bare, "month_days": _month_days, "bracket": _bracket,
         "last_month": _last_month, "relative": _relative, "years_ago": _years_ago, "year": _year}


def build(kind: str, m: re.Match, text: str) -> TimeExpr | None:
    """One match of the grammar, of its kind, read as a TimeExpr (None: no period of its own; NO_PERIOD: not a
    period): a kind made whole at once (_WHOLE), or read as fields (_READ) then placed by the words around it."""
    whole = _WHOLE.get(kind)
    if whole is not None:
        return whole(kind, m, text)
    read = _READ.get(kind)
    fields = read(kind, m, text) if read is not None else (kind, None, None, None, 1, 12, "")
    if fields.__class__ is not tuple:
        return fields
    return placed(m, text, *fields)

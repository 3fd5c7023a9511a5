"""A time read from a match, placed by the words around it (periods_build reads the match, then calls placed): a
month after "12-month rolling" (rule rolling_month); a year or month that is not the figures' period (a year ended in
June, a report's title, a dateline, the day of a publication); "at the beginning of 2025"; a base or target of
comparison (periods_bases)."""
from __future__ import annotations

import re

from tradeflows.facts.periods_bases import (same_before_part, BEGINNING, BEGINNING_LC, FROM_RANGE, TO_AFTER,
                                            base_target, flags, lower_for_lc, shown_figures)
from tradeflows.facts.periods_grammar import NO_PERIOD, TimeExpr
from tradeflows.records import add_via
from tradeflows.vocab import holds, pattern_needs
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile


# "the year ended June 30, 2019", "the year to March 2022", "the 12 months through May": a
# twelve-month period that is not the calendar year
# (not a rate's "a year", "per year" before "to": "Exports need to grow at 14 per cent a year to 2030", nation.co.ke,
# data/web50 cl05, is a yearly rate up to the year named, which stays a time; rule rate_year_to)
_YEAR_ENDED = skip_compile(r"\b(?<!\ba\s)(?<!\bper\s)(?<!\beach\s)(?<!\bevery\s)"
                         r"(?:year|12\s+months|twelve\s+months)\s+(?:ended|ending|to|through|till|until)\s+"
                         r"(?:(?:the\s+end\s+of\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s*)?$")
# "published on 26 July 2001", "released on Monday, 3 May 2021": the day of an event (rule on_day)
_ON_DAY = skip_compile(r"\b(?:published|released|issued|announced|reported|posted|updated)\s+on\s+"
                       r"(?:[A-Z][a-z]+day,?\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+$")
# a publication named with its year: "the Economic Survey 2020", "the 2018 Quarterly Balance of Payments (QBOP)"
_TITLE_WORDS = ("Survey", "Report", "Review", "Outlook", "Yearbook", "Bulletin")
_TITLE_WORD_BEFORE = skip_compile(rf"\b[A-Z][a-z]+\s+(?:{'|'.join(_TITLE_WORDS)})\s+$")
_TITLE_AFTER = skip_compile(r"\s+[A-Z][a-z]+\s+(?:of\s+)?[A-Z][a-z]+")


# an event named with its year: "at the China Coal and Mining Expo (CCME) 2017 in Beijing" (rule event_year; the row
# event_name_year_before of vocab/en/patterns.csv, case-sensitive, its words the gate)
_event_year_before = EnglishCue("event_name_year_before")


# a day's date in a dateline's brackets: "(... - 5th Jan, 2024)", "(Reuters, Jan 5, 2024)" (rule dateline)
_dateline_day = EnglishCue("dateline_day")
# "President Deng Shaobing, who led China (between 1987 and 1992), realized that ..." (asumetech.com, data/web67): the
# years in brackets right after a person's relative clause of office are the time the person held it, not the figures'
# period, nor one in force for the paragraphs after (rule office_tenure; row office_tenure_before)
_office_tenure = EnglishCue("office_tenure_before")


# "ZAGREB, February 8, 2018 – Croatia's export of goods in the first 11 months of 2017 went up": the day of a dateline
# that opens a paragraph, closed by a dash (rule dateline)
_dateline_open = EnglishCue("dateline_open")


# a time read with its own "from" ("from January-May last year", "from 2014"): what a change is counted from when a
# level of the figure's kind follows it (rule from_period_to_level)
_FROM_OPEN = skip_compile(r"[Ff]rom\s")
_to_level_after = EnglishCue("from_period_to_level")


_DATELINE_DASH = skip_compile(r"\s*(?:[–—]|-\s)")
_DATELINE_CLOSE = skip_compile(r"\s*\)")
# "12-month rolling", "trailing twelve months" earlier in the sentence: the month after it ends a rolling year
_ROLLING_BEFORE = skip_compile(r"\b(?:(?:12|twelve)[-\s]months?\s+(?:rolling|trailing|moving)|(?:rolling|trailing|moving)\s+"
                             r"(?:12|twelve)[-\s]months?)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,150}$", re.I)


def _dated_not_figures(kind: str, year: int | None, before: str, text: str, end: int) -> bool:
    """A year or month whose words around say it is not the figures' period (rules year_ended, title_year, dateline,
    office_tenure, on_day): its reading ends as NO_PERIOD. In this order, each test cheap first."""
    # _YEAR_ENDED (case-sensitive) cannot match without "year" or "months" before
    if kind in ("year", "month") and ("year" in before or "months" in before) and _YEAR_ENDED.search(before):
        return True  # "the year ended June 30, 2019", "the year to March 2022"
    # (_TITLE_WORD_BEFORE ends on a title word and spaces: that tail first, as a plain string test)
    if kind == "year" and ((before.rstrip().endswith(_TITLE_WORDS) and _TITLE_WORD_BEFORE.search(before))
                           or (before.endswith(("the ", "The ")) and _TITLE_AFTER.match(text, end))):
        # "KNBS in the Economic Survey 2020 said", "According to the 2018 Quarterly Balance of Payments": the
        # year in a publication's name, not the figures' (rule title_year)
        return True
    if kind == "year" and holds(before, pattern_needs(ev := _event_year_before())) and ev.search(before):
        # "said ... at the China Coal and Mining Expo (CCME) 2017 in Beijing" (netralnews.com): the year in an event's
        # name, not the figures' (rule event_year)
        return True
    if kind == "year" and _DATELINE_CLOSE.match(text, end) and _dateline_day().search(before):
        return True  # "(UrduPoint / Pakistan Point News - 5th Jan, 2024)": the day a dateline names (rule dateline)
    if kind == "year" and _DATELINE_DASH.match(text, end) and _dateline_open().search(before):
        return True  # "ZAGREB, February 8, 2018 – Croatia's export ...": the same, opening a paragraph
    if kind == "year" and "who " in before and _office_tenure().search(before):
        return True  # "who led China (between 1987 and 1992)": a tenure (rule office_tenure)
    if kind == "month" and year is not None and _ON_DAY.search(before):
        return True  # "the early estimate published on 26 July 2001": a day, not a month's figures
    return False


def placed(m: re.Match, text: str, kind: str, year: int | None, rel: int | None, by: int | None, m1: int, m2: int,
            via: str) -> TimeExpr:
    """A read time placed by the words around it, in this order: a month after "12-month rolling" (rule
    rolling_month); the rules that say it is not the figures' period (_dated_not_figures); "at the beginning of
    2025" (the year before); then a base or target of comparison (periods_bases; rules from_range,
    same_before_period)."""
    if kind == "month" and "month" in text[max(0, m.start() - 160):m.start()] \
            and _ROLLING_BEFORE.search(text, max(0, m.start() - 160), m.start()):
        # "The 12-month rolling export figure in July exceeded $200B", "the 12-month trailing merchandise trade
        # balance recording a USD 895.7 billion surplus in October": twelve months that end in the month
        # named (rule rolling_month)
        return flags(TimeExpr(m.start(), m.end(), "month_range", year, rel, by, m1 % 12 + 1, m1, False), text)
    start, end = m.span()
    before = text[max(0, start - 60):start]
    if _dated_not_figures(kind, year, before, text, end):
        return NO_PERIOD
    low = lower_for_lc(before)
    if year is not None and (BEGINNING.search(before) if low is None
                             else ("start" in low or "beginning" in low) and BEGINNING_LC.search(low)):
        # "at the beginning of 2025": a point in time; what is reported then is the year before
        return TimeExpr(start, end, kind, year - 1, None, None, 1, 12, False, False)
    base, target = base_target(before, low, end, text, start)
    if not base and _FROM_OPEN.match(text, start) and _to_level_after().match(text, end):
        # "Germany's share of Polish exports increased by 0.6 percentage points from January-May last year to 27
        # percent": a time read with its "from", a level right after it behind "to", is the base the change is counted
        # from, not the figures' period (the level's is the period in force; rule from_period_to_level)
        base, via = True, add_via(via, "from_period_to_level")
    own = shown_figures(text, start, end) if base else None
    if own is not None:
        base, via = False, add_via(via, own)   # "the January-September 2015 figures reveal that" (or figure_is_value)
    if base and kind == "month_range" and m1 != m2 and FROM_RANGE.search(before) and not TO_AFTER.match(text, end):
        base = False  # "exports from January-June 2023 were ...": the range's own (rule from_range)
    # "the €19.94 billion surplus recorded during the same nine-month period in 2006": a likeness word right before a
    # period makes it a same period, whose value the amount before it is (rule same_before_period)
    same = base and year is not None and same_before_part(before, text, start)
    return TimeExpr(start, end, kind, year, rel, by, m1, m2, base, target, same=same, via=via)

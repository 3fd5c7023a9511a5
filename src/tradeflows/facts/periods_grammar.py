"""The time grammar of English news: its patterns, most specific first, and the TimeExpr each
match becomes. Data only: periods_build.py reads a match, periods.py runs the patterns."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from tradeflows.vocab import alternation, fold, read_csv, words_by_role
from tradeflows.vocab.months import month_names, month_numbers, month_pattern
from tradeflows.vocab.patterns import EnglishCue, count_values, count_words, english_cue

_SETATTR = object.__setattr__   # (TimeExpr.__init__)


@lru_cache(maxsize=1)
def abbr_cap() -> str:
    """The month abbreviations alone, capitalised as printed ("Jul", "Sept"), as one alternation, "May" last:
    case-sensitive patterns only (vocab/en/months.csv, read on first use)."""
    return "|".join(sorted({w.capitalize() for w in month_numbers()} - {n.capitalize() for n in month_names()},
                           key=len, reverse=True)) + "|May"


def _initials(*alternations: str) -> str:
    """The first letters of the words of plain alternations ("(?:January|...)", "Jan|Feb"), for a
    look-ahead "(?=[...])" right after a pattern's opening \\b: sre then tests one character class
    at a word's start instead of trying each alternative there (the same matches, since every
    match starts with one of these letters)."""
    firsts = set()
    for alt in alternations:
        for w in alt.removeprefix("(?:").removesuffix(")").split("|"):
            if not w[:1].isalnum():
                raise ValueError(f"not a plain alternation: {alt!r}")
            firsts.add(w[0])
    return "".join(sorted(firsts))


class _Words(NamedTuple):
    mon: str          # the month names (vocab/en/months.csv)
    mon_abbr: str     # ... and their abbreviations
    abbr: str         # abbr_cap()
    mon_at: str       # the capitalised month names' first letters ("ADFJMNOS")
    abbr_at: str      # the abbreviations' first letters
    abbr_only: str    # the abbreviations that are no full name
    count_all: str    # a count of months, in digits or words (vocab/en/numbers.csv)


@lru_cache(maxsize=1)
def _words() -> _Words:
    """The pieces of vocabulary the patterns below are written with, read on first use."""
    abbr = abbr_cap()
    return _Words(month_pattern(), month_pattern(abbreviations=True), abbr, _initials(month_pattern()),
                  _initials(abbr), abbr.removesuffix("|May"), rf"\d{{1,2}}|{count_words(2, 11)}")


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "i": 1, "ii": 2, "iii": 3, "iv": 4}


@lru_cache(maxsize=1)
def month_count_words() -> dict[str, int]:
    """Two ... twelve with their values (vocab/en/numbers.csv, read on first use)."""
    return count_values(2, 12)


@lru_cache(maxsize=1)
def decade_count_words() -> dict[str, int]:
    """One ... three with their values: "two decades ago" (rule years_ago)."""
    return count_values(1, 3)


# ("exports stood merely at $13 billion mark in seven months of ongoing fiscal year" (Pakistani press): "ongoing" as
# "current", rule relative_fiscal)
REL = {"this": 0, "current": 0, "ongoing": 0, "last": -1, "previous": -1, "past": -1, "next": 1}

_YEARS = r"(?:19|20)\d\d"
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
       "tenth": 10, "eleventh": 11, "twelfth": 12}
# "the 10th month of the current fiscal year 2016-17": an nth month in digits (rule nth_month_digits)
NTH.update({f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}": n for n in range(1, 13)})


# "FY23", "FY 2017", "FY2022-23", "fiscal 2017", "fiscal year 2022/23", "the 2022-23 fiscal year",
# and a bare consecutive span "2022-23" or "2021-'22" (a fiscal or marketing year, never two calendar years;
# Nepali pages pad its end to three digits: "FY 2080/081");
# months written before it are a part of that year ("April-September 2022-23", "April-June FY24")
_fiscal = EnglishCue("period_fiscal", re.I)


@lru_cache(maxsize=1)
def _yearpart() -> str:
    """The year part after a period phrase ("2021", "of 2021", "this year": the row period_yearpart, which the rows
    period_* of vocab/en/patterns.csv hold as <<row:period_yearpart>>), for the patterns built here around it: read on
    first use."""
    return english_cue("period_yearpart").pattern


# a part of a year's short name in brackets after its words: "the fourth quarter (Q4) of 2022", "the corresponding
# period (Q1) of 2021"
_SHORT_PART = r"\s*\(\s*(?:Q[1-4]|H[12])\s*\)"


@lru_cache(maxsize=1)
def year_back() -> dict[str, list[str]]:
    """The words of "the year-ago period", "the previous corresponding quarter" by role (vocab/en/year_back_periods.csv):
    _same() reads them, facts/periods.py's prefilter looks for the "back" ones."""
    return words_by_role("year_back_periods.csv")


@lru_cache(maxsize=1)
def _same() -> re.Pattern:
    """The same period of another year: a base whose months are the figure's own."""
    yb = year_back()
    return re.compile(
        # "over a similar period in 2020", "from the same time in 2019" (rule same_period)
        # ("over the same time period in 2022": "time period" of a written year is a period; "at the same time period
        # last year" stays a time of its own, the year before, as "same time" alone reads it)
        # ("up from $1.04 million during the compared period of 2018": "compared" before "period" is a likeness word too,
        # rule compared_period)
        # ("up 10.1 percent from $1.967 billion in the same comparable period": two likeness words, rule same_period)
        rf"\b(?:(?:same\s+(?=comparable|corresponding|similar))?(?:same|corresponding|comparable|like|similar)\s+(?:time\s+period(?=\s+(?:of|in|during)\s+{_YEARS}\b)|period|months|month|quarter|half|days|time|term|stretch|span|interval)"
        r"|(?<=\bthe\s)compared\s+period)"
        # ("the earnings amounted to $12.62 billion in the same period of time a year ago", rule same_period_of_time)
        r"(?:\s+of\s+time(?=\s+(?:a\s+year|last\s+year|in\s+|of\s+)))?"
        # ("higher than the value (N7.86 trillion) recorded in the corresponding period (Q1) of 2021": the part's short
        # name in brackets before the year, rule part_short_gloss)
        rf"(?:{_SHORT_PART}(?=\s+(?:of|in)\s+{_YEARS}\b))?"
        # ("when compared to the same period in August 2022": whole words only, not the "A" of "August", rule same_period_word)
        r"(?:\s+(?:of|in|a|during)\b)?(?:\s+(?:the|a)\b)?"
        # ("the US $ 2.84 billion earned in the same month of the FY 2015": a fiscal year's name before the year)
        # ("$701.56 mn in the same period of the previous fiscal", knittingviews.com on Bangladesh's exports: "fiscal" with
        # no "year" after it, rule same_period_fiscal_word)
        rf"(?:\s+(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*)?(?P<y>{_YEARS})(?:\s*[-–/]\s*(?P<ye>\d\d)\b(?!\s*%))?|\s+(?P<rel>last|previous|preceding|prior)\s+(?:(?:fiscal|financial)(?:\s+year)?\b|year)|\s+year\s+(?:ago|earlier|before))?"
        # "up 54 percent over the 2007 period": the same months of a year written before "period"
        # ("the US$3,424.3 million recorded for the comparable 2017 period": a word of likeness before the year too)
        rf"|\bthe\s+(?:(?:same|similar|comparable|corresponding|like)\s+)?(?P<yp>{_YEARS})\s+period\b"
        # "compared to $63.86 billion in the year-ago period", "a drop from AED185 billion from the year earlier
        # period": the same months a year before (rule same_period)
        # ("3.54 million bags worth $365 million in the previous corresponding period": a likeness word after "previous",
        # the same months a year before too, rule same_period)
        # (the words: vocab/en/year_back_periods.csv)
        rf"|\bthe\s+(?P<ya>{alternation(yb['back'] + yb['back_like'])})\s+(?:{alternation(yb['unit'])})\b", re.I)


# "a year earlier", "the preceding year": the year before the figure's own, a base
# ("from $1.20 billion in the preceding financial year": a financial year as a fiscal one, rule year_before_financial)
_YEAR_BEFORE = re.compile(r"\ba\s+year\s+(?:earlier|ago|before)\b|\b(?:the\s+)?(?:preceding|prior)\s+(?:(?:fiscal|financial)\s+)?year\b"
                          r"|\bthe\s+previous\s+(?:fiscal|financial)\s+year\b|\bthe\s+year\s+before\b(?!\s+last)", re.I)
# "year-on-year", "y-o-y": a comparison with the year before, never a period
_YOY = re.compile(r"\b(?:year[-\s]on[-\s]year|year[-\s]over[-\s]year|y-o-y|yoy|on\s+an\s+annual\s+basis)\b", re.I)


@lru_cache(maxsize=1)
def _parts() -> tuple[dict[str, tuple[int, int, str]], re.Pattern]:
    """Named parts of a year (vocab periods.csv) and one pattern for them with a year part."""
    w, yp = _words(), _yearpart()
    rows = {fold(r["phrase"]): (int(r["m1"]), int(r["m2"]), r["kind"]) for r in read_csv("periods.csv")}
    # ("$1.5 million in 1Q2022", Trend: the year written right after the part, no space)
    # ("Turkey's exports in the first half of March totalled 5.3 billion USD": a part of a month, read as the month,
    # not as a part of the year: rule half_of_month; "as of the second half of February 2025" is left to the month
    # and its year)
    # ("Between Quarter 2 (April to June) 2016 and Quarter 3 (July to September) 2016", "In quarter 1 January to
    # March 2015", "the second quarter (April-June) of 2023": the part's months written after it, read past
    # to its year: rule part_months_gloss)
    # ("the fourth quarter (Q4) of 2022 when Nigeria's trade stood at N11.72 trillion": the part's short name in
    # brackets, read past to its year too: rule part_short_gloss)
    gloss = (rf"(?:\s*\(\s*{w.mon_abbr}\s*(?:to|[-–])\s*{w.mon_abbr}\s*\)|\s+{w.mon}\s+to\s+{w.mon}(?=,?\s+(?:19|20)\d\d\b)"
             rf"|{_SHORT_PART})")
    # ("as of mid-February": the middle of a month, a point in time, no half of the year)
    pat = re.compile(rf"\b(?:the\s+)?(?P<part>{alternation(rows)})(?:\b|(?={_YEARS}\b))(?![-‐‑–—\s]+{w.mon}\b)"
                     rf"(?:\s+of\s+(?P<pm>{w.mon})\b(?!\s+(?:[0-3]?\d|(?:19|20)\d\d)\b)|(?:{gloss}(?=,?\s+(?:of\s+)?(?:19|20)\d\d\b))?{yp})", re.I)
    return rows, pat


def part_months(phrase: str) -> tuple[int, int, str]:
    """(m1, m2, kind) of a named part of a year ("Q2", "second quarter"; vocab periods.csv)."""
    return _parts()[0][fold(" ".join(phrase.split()))]


@lru_cache(maxsize=1)
def ordinal_months() -> dict[str, int]:
    """The month an ordinal before "month of" names: NTH ("first" 1, "10th" 10), and the first word of each row
    "<word> month of" of vocab periods.csv ("last", "final": 12; "the final month of FY23, June", rule last_month_of),
    read once."""
    rows = {k[:-len(" month of")]: m1 for k, (m1, _, _) in _parts()[0].items() if k.endswith(" month of")}
    return {**rows, **NTH}


@lru_cache(maxsize=1)
def _year_parts() -> re.Pattern:
    """ "from 2004's first quarter of $11.50 billion": a named part of a year written after the year's
    possessive (rule part, the same rows)."""
    return re.compile(rf"\b(?P<y>{_YEARS})['’]s\s+(?P<part>{alternation(_parts()[0])})\b", re.I)


@lru_cache(maxsize=1)
def _rolling_quarters() -> re.Pattern:
    """ "in the four quarters to the end of Q2 2024", "the four quarters ending the second quarter of 2023":
    the year of four quarters that ends with the quarter named (rule rolling_quarters; a quarter's row of
    periods.csv, the same rows as rule part), read before that quarter alone."""
    quarters = {k: v for k, v in _parts()[0].items() if v[2] == "quarter"}
    return re.compile(rf"\b(?:four|4)\s+quarters\s+(?:to|(?:ending|ended)(?:\s+in)?|through|till|until|up\s+to)\s+"
                      rf"(?:the\s+end\s+of\s+)?(?:the\s+)?(?P<part>{alternation(quarters)})\b{_yearpart()}", re.I)


# "between the first quarters of 2019 and 2020", "Between the first nine months of 2018 and 2019": the same part of
# two years compared, the later the figure's (rule parts_of_two_years; the earlier is the base)
@lru_cache(maxsize=1)
def _parts_of_two_years() -> re.Pattern:
    """The same part of two years compared (built on first use)."""
    w = _words()
    return re.compile(
        r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<unit>quarters|halves|half[-\s]years)"
        rf"|first\s+(?P<n>{w.count_all})\s+months)\s+of\s+(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y>(?:19|20)\d\d)\b", re.I)


# "stood at 4.89 billion Dollars at the end of the third quarter of 2023", "by the end of the first half": the year's
# months to the end of that part (rule to_part_end, as to_month reads "by the end of September"; tried before the parts)
@lru_cache(maxsize=1)
def _to_part_end() -> re.Pattern:
    """(built on first use, around the row period_yearpart)"""
    return re.compile(rf"\b(?:[Aa]t|[Bb]y|[Uu]ntil)\s+the\s+end\s+of\s+the\s+(?P<pn>first|second|third|fourth|1st|2nd|3rd|4th)"
                      rf"\s+(?P<pk>quarter|half)\b{_yearpart()}")


@lru_cache(maxsize=1)
def time_patterns() -> list[tuple[str, re.Pattern]]:
    """All time patterns, most specific first (an earlier pattern wins an overlap)."""
    return [("same_period", _same()), ("year_before", _YEAR_BEFORE), ("yoy", _YOY), ("fiscal", _fiscal()),
            ("rolling_quarters", _rolling_quarters()), ("parts_of_two_years", _parts_of_two_years()), ("to_part_end", _to_part_end()), ("part", _year_parts()),
            ("part", _parts()[1])] + _patterns()


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    """The other time patterns, most specific first (built on first use)."""
    w = _words()
    # "the one-year period to June 2024", "the 12-month period ending March 2023": a rolling year's other heads (the row
    # period_year_long, which the row period_rolling_year holds too)
    year_long = english_cue("period_year_long").pattern
    return [
        # "the quarter to June 2024", "the June 2001 quarter", "the March quarter", "half year to June",
        # "three months to June", "a six-month period ending in March": a span named by the month it ends in (rule
        # month_ending); "in the period to May": the
        # year's months up to it (rule period_to_month)
        ("month_ending", english_cue("period_month_ending")),
        # "year-to-date", "so far this year", "since the beginning of the year", "the cumulative surplus for the
        # year", "accumulated for the year": January to the month in force (period_choice, rule year_to_date);
        # "the year-to-date (01 January to 30 September 2022)" is left to the months in brackets
        # ("petroleum and gas imports which stands at €11.4bn for the year to date to November": January to that month
        # of the year in force, rule year_to_date_month)
        ("year_to_date", english_cue("period_year_to_date", re.I)),
        # "may earn US $210 billion from exports for the whole year": the year in force, whole (rule the_year)
        ("the_year", re.compile(r"\b(?:for|in|over|during)\s+the\s+(?:whole|full|entire)\s+year\b(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)),
        # "from Nov 1 to Nov 20": days of one month, abbreviated, read as that month (rule month_range)
        ("abbr_month_range", english_cue("period_abbr_month_range")),
        # "between January and October": a month range however the sentence goes on (rule month_range)
        ("month_range", english_cue("period_month_range")),
        # "In 2018's ten first months": the first months of a year written before them (rule months)
        ("year_months", english_cue("period_year_months", re.I)),
        # "in the 12 months to December 2019", "the four quarters to the end of December 2021": a rolling
        # year that ends in December is that calendar year (rule rolling_december; other months name none)
        ("rolling_december", re.compile(
           rf"\b(?:(?:12|twelve)\s+months|four\s+quarters|{year_long}|year)\s+(?:to|(?:ending|ended)(?:\s+in)?|through|till|until)\s+"
           r"(?:the\s+end\s+of\s+)?(?:31(?:st)?\s+)?December\s+(?:31,?\s+)?(?P<y>(?:19|20)\d\d)\b")),
        # "US$ 6.0484 billion for the calendar year ending 2022", "in the year ended 2021": a year named as ending in a year
        # with no month is that calendar year ("the fiscal year ended 2022" is left alone, rule year_ending_year)
        ("year_ending", re.compile(
           r"(?<![Ff]iscal\s)(?<![Ff]inancial\s)\b(?:[Cc]alendar\s+)?[Yy]ear\s+(?:ending|ended)(?:\s+in)?\s+(?P<y>(?:19|20)\d\d)\b"
           r"(?!\s*[-–/]\s*\d)")),
        # "in the 12 months to June", "the year to November 2021", "for the year ended March 2018": twelve
        # months that end in the month named, across the turn of a year (rule rolling_year; m1 > m2)
        # ("In the 12 months ending in January 2007": the month after "ending in" too; "For the last fiscal year that ended in
        # March, Japan logged a record trade deficit": a relative clause's "that ended in"; "Indian exports to Nigeria shot up
        # by 41 per cent to $1.53 billion, for the financial year that ended on March 2009" (assemblyonline.info), "the
        # fiscal year ended on March 31, 2009": "ended on" too)
        ("rolling_year", english_cue("period_rolling_year")),
        # "Annual goods imports from China have increased $6.1 billion since the October 2008 year to $12.3 billion in the
        # October 2018 year" (Stats NZ, foreignaffairs.co.nz): "the <month> <year> year" is the year ended that month,
        # November 2017-October 2018 (rule month_year_year, read as rolling_year)
        ("rolling_year", english_cue("period_rolling_year_month")),
        # "from April 2022 to February 2023", "April 2022-March 2023", "between July 2022 and June 2023":
        # months across the turn of a year (a fiscal year, a rolling year), of the year they end in
        ("month_span", re.compile(
           rf"\b(?=[FfBb{w.mon_at}])(?:[Ff]rom\s+|[Bb]etween\s+)?(?P<m1>{w.mon})\s+(?P<y1>(?:19|20)\d\d)"
           rf"\s*(?:[-–—]|\s+to\s+|\s+through\s+|\s+and\s+)\s*(?P<m2>{w.mon})\s+(?P<y2>(?:19|20)\d\d)\b")),
        # "January-September 2023", "from January to May", "01 January to 30 September 2022",
        # "January 1 to September 30, 2022": days written with the months are read past
        ("month_range", re.compile(
           rf"\b(?=[FfBb\d{w.mon_at}])(?:[Ff]rom\s+|[Bb]etween\s+)?(?:[0-3]?\d\s+)?(?P<m1>{w.mon})(?:\s+[0-3]?\d(?!\d))?"
           # ("a 16% increase over Jan/August 2021", "in the Jan/August period": a slash between the months, rule
           # month_range_slash; republicamericas.com)
           rf"\s*(?:[-–—/]|\s+to\s+|\s+through\s+|\s+and\s+(?=\w+\s*(?:\d|of|this|last|,|\.|$)|\w+\s+{english_cue('period_month_pair_verb').pattern}))"
           # ("in the January-March period last year": the word period between the months and their year)
           rf"\s*(?:[0-3]?\d\s+)?(?P<m2>{w.mon})\b(?:\s+[0-3]?\d\b(?!\s*%),?)?(?:\s+period\b(?=\s*,?\s*(?:of\s+|in\s+)?(?:19|20|this|last|previous)))?{_yearpart()}")),
        # "as of November", "through November 2023": the months of the year up to then
        # ("As of November 2017" opening a sentence too)
        # ("Cumulatively, up until October 2023, the overall surplus ... has reached US$31.22 billion")
        # ("reaching an estimated total value of 331 billion dirhams (MMDH) by the end of September 2024": the year's months to
        # the end of that month, as "until the end of" is)
        # ("At the end of June 2022, exports of goods stood at 215.07 billion dirhams against 152.35 billion dirhams a year
        # earlier" (moroccolatestnews.com on the Foreign Exchange Office's monthly indicators), "at end-June 2024": the
        # year's months to the end of that month, rule at_end_of_month)
        # ("Indonesian export value to India has gone up to US$11.2 billion until October 2011", agroasianews.com: "until"
        # and "till" a month with its year too, rule until_month; not a bare "until September" of a link's headline, whose
        # months would run on into the next paragraph)
        # ("Laos-Thailand bilateral trade reached US$4.6 billion in 2016, US$5.3 billion in 2017, and US$4.4 billion as of
        # the end of October 2018": "as of the end of" a month as "at the end of" it, s58)
        ("to_month", english_cue("period_to_month")),
        # "the amount of Iran-Iraq trade volume in the last 11 months has been $12 billion" (en.mehrnews.com, March 2018):
        # the months counted back from the page's date, the last of them the month before it (period_choice, rule
        # last_months; not "the last three months of the year", nor a year written after)
        ("last_months", english_cue("period_last_months", re.I)),
        # "In the nine-month period, exports totaled $123.04 billion": the year's first months, named as one period
        # (rule month_period; twelve months make a rolling year, read by rolling_year)
        ("months", english_cue("period_months_hyphen", re.I)),
        ("months", english_cue("period_months", re.I)),
        # "trade between Russia and the U.S. totaled $11.1 billion in 5M": the first N months abbreviated, a capital M
        # right after the count and "in"/"during" (not "$5M" nor "sold over 5M tons", "a contract for 5M units": five
        # million; nor a lowercase word after it) (rule months)
        # "Uzbekistan's 5M23 foreign trade turnover expanded by 25.4% y/y" (intellinews.com), "$365.5 million in 1H17" (Trend),
        # "compared to 2M2021": the first N months, a half or a quarter written as a count and its capital letter glued to a
        # year of two or four digits, the business-press shorthand; the glued year leaves no reading as five million
        # (rule glued_year_part)
        ("glued_year_part", re.compile(r"\b(?:(?P<n>1[01]|[1-9])M|(?P<h>[12])H|(?P<q>[1-4])Q)(?P<gy>(?:19|20)\d\d|\d\d)\b(?![$€£¥%])")),
        ("abbr_months", re.compile(rf"\b(?:[Ii]n|[Dd]uring)\s+(?:the\s+)?(?:first\s+)?(?P<n>[1-9]|1[01])M\b(?![$€£¥]|\s+[a-z]){_yearpart()}")),
        # "For Jul-Mar 2022, our exports grew", "Jul-Feb 2023-24": capitalised abbreviations joined by a dash,
        # with their year (rule abbr_range; Jul-Mar runs across the turn of the year it ends in)
        # ("a 16% increase over Jan/August 2021": a slash, the second month written whole, rule month_range_slash)
        # ("the total exports in the months of Jan to Oct", lankabusinessonline.com: the abbreviations joined by "to" or
        # "through", rule abbr_range_to; "from Jan to March 2020": its "from" is the range's own, no base)
        ("abbr_range", re.compile(rf"\b(?=[Ff{w.abbr_at}])(?:[Ff]rom\s+)?(?P<m1>{w.abbr})\.?(?:\s?[-–/]\s?|\s+(?:to|through)\s+)(?P<m2>{w.mon}|{w.abbr})\.?,?\s+(?P<y>(?:19|20)\d\d)\b(?!\s?[-–/]\s?\d)")),
        # "exports for Mar-2022 grew by 17.3%": a month and its year joined by a dash (rule abbr_month)
        ("abbr_month", re.compile(rf"\b(?=[{w.abbr_at}{w.mon_at}])(?P<m1>{w.abbr}|{w.mon})[-–](?P<y>(?:19|20)\d\d)\b(?![-–/]\d)")),
        # "Pakistan imports during Dec 2021 decreased to USD 6.9 billion as compared to USD 7.9 billion in Nov 2021"
        # (pakobserver.net): a capitalised month abbreviation and its year after a space, with or without its full stop,
        # is that month (rule abbr_month_year; not "Mar 2022-23", a fiscal span's months, nor a date "Thu, 29 Jul 2010",
        # "5th Jan, 2024")
        ("abbr_month_year", re.compile(rf"(?<!\d\s)(?<!\d[snrt][tdh]\s)\b(?=[{w.abbr_at}])(?P<m1>{w.abbr_only})\.?,?\s(?P<y>(?:19|20)\d\d)\b(?!\s?[-–/]\s?\d)")),
        # "During the month of July, 2018 exports ...": a comma may stand between the month and its year
        # (rule month_comma_year)
        ("month", re.compile(rf"\b(?=[{w.mon_at}])(?P<m1>{w.mon})(?:,\s*|\s+)(?:of\s+)?(?P<y>(?:19|20)\d\d|this\s+year|last\s+year)\b")),
        # "in October", "for the month of March": a month with no year, of the year in force (bare_month)
        # "in the first week of October", "in the first 20 days of March": a week or some days are read as their month
        # "contrasting September's 5.7% rise", "(September: +0.3% yoy)": a month's own figure, named before it
        # "Exports rose $671 million in the March month" (New Zealand's statistics): the month with "the ... month"
        # around it (rule month_month)
        ("bare_month", re.compile(rf"\b(?=[IiFfDdTtw{w.mon_at}])(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]he\s+month\s+of|(?:week|days)\s+(?:of|in))\s+(?P<m1>{w.mon})\b(?!\s*\d)"
                                 rf"|(?<=[Tt]he\s)(?P<m1m>{w.mon})\s+month\b(?![-–])"
                                 # ("the effects of the April's increase in the consumption tax": an event's month, no period)
                                 rf"|(?P<m1p>{w.mon})['’]s\s(?![^.;,\d]{{0,30}}\b(?:tax|VAT|elections?|meeting|summit|visit|decision|"
                                 rf"hikes?|cuts?|earthquake|floods?|attack)\b)|(?<=\()(?P<m1c>{w.mon}):\s"
                                 # "an all-time high July figure of $16.4 billion": the month's own figure
                                 rf"|(?P<m1f>{w.mon})\s+(?=(?:export\s+|import\s+|trade\s+)?(?:figure|reading|result|tally)s?\b)"
                                 # "September exports fell 6.3% from August", "July imports were $3.5 billion more than June
                                 # imports": a month named as the flow's attribute is that month's (rule month_noun)
                                 rf"|(?<![-–—]\s)(?<![-–—])(?P<m1n>{w.mon})(?=\s+(?:merchandise\s+|goods\s+)?(?:exports|imports|shipments)\b))")),
        # "Autos, Ships Push Japan Jan Exports Higher", "China Jan-Feb exports rise", "Korea exports up 5% in Jan":
        # a capitalised month abbreviation with no year, as the flow's attribute, in a range of two, or after "in" at the
        # clause's end, is that month (those months) of the year in force (rule abbr_bare)
        ("abbr_bare", re.compile(rf"\b(?=[{w.abbr_at}])(?:(?P<m1>{w.abbr})\.?(?:\s?[-–/]\s?|\s+(?:to|through)\s+(?=[{w.abbr_at}]))(?P<m2>{w.mon}|{w.abbr})\b\.?(?!,?\s*['’]?\d|[-–/]\d)"
                                rf"|(?P<m1n>{w.abbr})\.?(?=\s+(?:[Mm]erchandise\s+|[Gg]oods\s+)?(?:[Ee]xports|[Ii]mports|[Ss]hipments|[Tt]rade)\b))"
                                rf"|(?<=\b[Ii]n\s)(?P<m1i>{w.abbr})\b\.?(?=\s*(?:$|[,;:!?)]|\.(?:\s|$)|\s+(?:and|but|while|from|as|after|vs|versus|compared|year-on-year|y/y|yoy)\b))")),
        # "in the April 1-20 period", "during Sept. 1-20": the first days of a month, read as the month, of the year in
        # force (rule month_days; a range from the 1st with no year after it, not "May 1-3, 2024"'s dates)
        ("month_days", re.compile(rf"\b(?=[{w.mon_at}])(?P<m1>{w.mon}|{w.abbr})\.?\s(?=1\s?[-–]\s?(?:[5-9]|[12]\d|3[01])\b(?![-–.,]?\s?\d))")),
        # "from the current level of $ 82 billion", "up from the current USD 82 billion", "from current levels of $2.7
        # billion": the amount a goal starts from is the time the text speaks from, not the goal's (rule now)
        ("now", re.compile(r"\b(?:current|existing|present)\s+(?:levels?\s+(?:of\s+)?|value\s+of\s+|volume\s+of\s+)?"
                          r"(?=(?:about\s+|around\s+|approximately\s+|nearly\s+|some\s+)?(?:[A-Z]{2,3}\s?)?[$€£¥]?\s?\d)", re.I)),
        # "aimed to double their trade by the end of this decade": the goal is for the decade's last year (rule decade_end)
        ("decade_end", re.compile(r"\bby\s+the\s+end\s+of\s+(?:this|the)\s+decade\b", re.I)),
        # "compared to $2.82 billion in the previous month", "a month earlier": the month before the figure's
        # own, a base (period_choice, rule previous_month)
        ("prev_month", re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+month\b(?!['’]s)|\ba\s+month\s+(?:earlier|before|ago)\b", re.I)),
        # "a decrease of 10.36 percent compared to the N7.4 trillion recorded in the preceding quarter", "compared to the
        # value recorded in the preceding quarter (₦38,037.52 billion)" (thetimesngr.com on the NBS's Q3 2025 trade): the
        # quarter before the figure's own, a base (period_choice, rule previous_quarter)
        ("prev_quarter", re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior)\s+quarter\b(?!['’]s|\s+of\b)|\ba\s+quarter\s+(?:earlier|before|ago)\b", re.I)),
        # "imports dropped 19.4 percent from $21.28 billion in May to $17.15 billion the following month": the month after
        # the one its sentence wrote before it (period_choice, rule following_month)
        ("following_month", re.compile(r"\b(?:the\s+)?(?:following|subsequent)\s+month\b(?!['’]s)|\ba\s+month\s+later\b", re.I)),
        # "exports fell 5% last month": the month before the page's own (period_choice, rule last_month); not "the last
        # month of FY23", a part of the year named after it (periods.csv, rule last_month_of)
        ("last_month", re.compile(r"\b[Ll]ast\s+month\b(?!['’]s|\s+of\b)")),
        # "over the past few years", "in recent years": a run of years, no one year (rule span)
        # ("from nearly half a billion dollars about six years ago", thetruthinternational.com: years counted back roughly
        # from an unsaid time name no one year, rule years_ago_rough)
        ("span", english_cue("period_span_years", re.I)),
        # "Falling from a peak in the mid-1980s of US$40 billion", "around US$20 billion during the late 1980s" (a country
        # study): a decade or a part of it names no one year, a span (rule decade_span)
        ("decade", english_cue("period_decade", re.I)),
        # "electrical equipment (EUR -11.2 bn compared with EUR -4 bn two years ago)" (bnpparibas, a page of 2023), "A decade
        # ago Europe's bilateral surplus with the U.S. was a mere 18.7 billion euros" (investing.com, 2019): an exact count
        # of years (or decades) back from when the text speaks is that year, a relative year (rule years_ago; a rough count,
        # "about six years ago", is a span above; "a year ago" a base, year_before)
        ("years_ago", english_cue("period_years_ago", re.I)),
        # "in the Iranian calendar year 1401 (March 2022-March 2023)": a year of Iran's own (Solar Hijri) calendar, which
        # runs from 21 March; Iran's fiscal year, ending in 1401 + 622 = 2023 (rule local_calendar); before the relative
        # patterns, so that "the past Iranian calendar year 1400" is read by its written year
        ("solar_hijri", re.compile(r"\b(?:(?:the\s+)?(?:past|last|previous|current|this)\s+)?(?:Iranian|Persian|Solar\s+Hijri)\s+(?:calendar\s+|fiscal\s+)?year\s+(?:of\s+)?"
                                  r"(?P<y>1[34]\d\d)\b", re.I)),
        ("relative", english_cue("period_relative_year", re.I)),
        ("bracket", re.compile(r"\[(?:of\s+)?(?P<y>(?:19|20)\d\d)\]")),
        # the digits first, the look-behinds after them ("..": the "19"/"20" just read): the same
        # matches as look-behinds first, but sre jumps from one 1 or 2 to the next (5x faster)
        # "foreign trade stood at Rs 1949 billion": a number of a year's shape before a scale word is an
        # amount, not a year (rule amount_not_year); so is one with decimals ("goods worth US$ 2029.104
        # million", "US$ 1966.357 million"); nor is one glued to a unit of measure ("vehicles with engine displacement of
        # 1500cc to 2000cc", rule unit_not_year)
        ("year", re.compile(r"(?P<y>(?:19|20)(?<![\d.,$]..)(?<!early\s..)(?<!late\s..)\d\d)(?![\d%s])(?!\.\d)(?!\s?(?:-|–)\s?(?:19|20)\d\d)(?!-[01]\d\b)"
                           r"(?!\s*(?:billion|million|trillion|bn|mn|crore|lakh)\b)(?!(?:cc|cm3|kg|km|mm|kW|MW|kWh|hp)\b)")),
        ]


@dataclass(frozen=True, init=False)
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
    local: bool = False       # its year was written in the country's own calendar (fiscal.gregorian_year)
    via: str = ""             # the rules that rewrote it ("later_same_period"), written after the rule of the decision
    #                            that reads it (records.VIA); kind "set_aside": a time a rule read as no period

    def __init__(self, start: int, end: int, kind: str, year: int | None, rel: int | None, bracket_year: int | None,
                 m1: int, m2: int, base: bool, target: bool = False, fiscal: str | None = None, same: bool = False,
                 local: bool = False, via: str = ""):
        """The fields above, in their order and with their defaults (tests/test_s47_speedT2.py checks that they match). A frozen
        dataclass's own __init__ sets each field through object.__setattr__, 14 calls (~24K instructions a
        TimeExpr, valgrind; ~1,600 a pass over data/raw); this sets the instance's dict once: the same fields and
        values, the instance as frozen (the class's __setattr__ still refuses), eq, hash and repr the dataclass's."""
        _SETATTR(self, "__dict__", {"start": start, "end": end, "kind": kind, "year": year, "rel": rel,
                                    "bracket_year": bracket_year, "m1": m1, "m2": m2, "base": base, "target": target,
                                    "fiscal": fiscal, "same": same, "local": local, "via": via})


# a stretch that names no one period, taken so that no year inside it is read alone
NO_PERIOD = TimeExpr(-1, -1, "none", None, None, None, 1, 12, False)

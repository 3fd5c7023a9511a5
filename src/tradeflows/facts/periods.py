"""Periods: the time expressions of a sentence, as year and YYYY-MM bounds.

Each expression says whether it names the figure's own period or a base of
comparison ("compared to 2021", "than in 2020", "the same period of last
year"): a base is never the figure's period. Relative years ("last year",
"the current year") are kept relative; period_choice.py resolves them from an
editorial bracket, the cited source's year or the document date.

This module runs the grammar (periods_grammar.py) over a stretch, each pattern only where its
trigger words occur; periods_build.py reads a match, periods_bases.py marks bases and targets,
periods_fiscal.py reads fiscal years.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from tradeflows.facts.periods_build import build
from tradeflows.facts.periods_fiscal import fiscal_months
from tradeflows.facts.periods_grammar import NO_PERIOD, abbr_cap, time_patterns, year_back
from tradeflows.facts.periods_runs import run_scan
from tradeflows.records import add_via
from tradeflows.vocab.lowercase import lower_copy
from tradeflows.vocab.months import month_names, month_pattern
from tradeflows.vocab.skip import skip_ahead, skip_compile
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, read_csv
# re-exported: the names other modules and tests import from here
from tradeflows.facts.periods_bases import BASE_BEFORE, SAME_PERIOD  # noqa: F401
from tradeflows.facts.periods_grammar import TimeExpr, month_count_words  # noqa: F401

_DIGIT = skip_compile(r"\d")
_FISCAL_WORD = skip_compile(r"fy|fiscal|financial|f\.y\.")
_SPAN = skip_compile(r"(?:19|20)\d\d\s*[-–/]\s*['’‘]?\d\d")
_PERIOD_YEARS_TO = skip_compile(r"\bperiod\s(?:19|20)\d\d\s+to\s+(?:19|20)\d\d\b")  # rule period_years_to's key


def _span_key(low: str) -> bool:
    r"""Whether _SPAN finds a match in low: each dash or slash read back over spaces for a 19xx or 20xx year and on for
    two digits (\s as str.isspace, \d as str.isdecimal, for one character; the classes apart, so no backtracking).
    _SPAN's search enters at every "1" and "2" of a stretch (most stretches with a digit hold many)."""
    n = len(low)
    for d in "-–/":
        i = low.find(d)
        while i >= 0:
            j = i
            while j > 0 and low[j - 1].isspace():
                j -= 1
            if j >= 4 and low[j - 4:j - 2] in ("19", "20") and low[j - 2].isdecimal() and low[j - 1].isdecimal():
                k = i + 1
                while k < n and low[k].isspace():
                    k += 1
                if k < n and low[k] in "'’‘":
                    k += 1
                if k + 1 < n and low[k].isdecimal() and low[k + 1].isdecimal():
                    return True
            i = low.find(d, i + 1)
    return False


@lru_cache(maxsize=1)
def _month_stems() -> tuple[str, ...]:
    """The months' stems, lower-cased ("jan" ... "dec", vocab/en/months.csv, read on first use): the trigger words of
    the patterns of a month's name."""
    return tuple(m[:3].lower() for m in month_names())


# the patterns that need a digit, and those a month's stem opens (their words: _month_stems(); the abbreviations'
# lower-cased stems only open the case-sensitive pattern abbr_bare: "mar" is met in "market")
_DIGIT_KINDS = ("fiscal", "month_span", "rolling_december", "abbr_months", "glued_year_part", "abbr_month_range", "abbr_range",
                "abbr_month", "abbr_month_year", "month", "month_days", "year")
_MONTH_STEM_KINDS = ("rolling_year", "month_range", "to_month", "month_ending", "bare_month", "abbr_bare")


@lru_cache(maxsize=1)
def _trigger_rows() -> tuple[dict[str, object], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """vocab/en/period_triggers.csv by role: each pattern's trigger words ("digit": any digit; a month's stem for
    _MONTH_STEM_KINDS; same_period's also the "back" words of year_back_periods.csv, "from $31.83 billion in the
    year-ago month": "year-ago" and "year-earlier" open "the year-ago month, quarter, half", which hold no likeness
    word and no "period"), the words a pattern gated by a month name or a digit needs as well, and the words a stretch
    without digits needs (with the months' stems)."""
    triggers: dict[str, object] = {k: "digit" for k in _DIGIT_KINDS}
    triggers.update((k, _month_stems()) for k in _MONTH_STEM_KINDS)
    grouped: dict[tuple[str, str], list[str]] = {}
    for r in read_csv("period_triggers.csv"):
        grouped.setdefault((r["role"], r["pattern"]), []).append(r["word"])
    also = {}
    for (role, kind), words in grouped.items():
        if role == "trigger":
            triggers[kind] = tuple(words) + (tuple(year_back()["back"]) if kind == "same_period" else ())
        elif role == "also":
            also[kind] = tuple(words)
    return triggers, also, tuple(grouped[("without_digits", "")]) + _month_stems()


# _trigger_rows() -> (the words a pattern cannot match without ("digit": any digit), a pattern not listed always running;
# the words a pattern gated by a month name or a digit needs as well (one of them, in the lower-cased stretch: a literal
# every branch of the pattern holds); what a stretch without digits needs to hold a time expression at all), read on
# first use


@lru_cache(maxsize=1)
def capitalised_months() -> tuple[str, ...]:
    """The month names capitalised: patterns without re.I cannot match without one (a stricter test than the stems
    above, which "market" and "decrease" pass) or a 19xx/20xx year."""
    return tuple(m.capitalize() for m in month_names())


@lru_cache(maxsize=1)
def _month_names_anchor() -> bool:
    """Whether the month names of the grammar's patterns (vocab.months.month_pattern) are those _month_name_re finds,
    so that every match of a _FROM_MONTH pattern holds one it finds (_month_matches; else their scans run)."""
    return set(month_pattern()[3:-1].split("|")) == set(capitalised_months())


@lru_cache(maxsize=1)
def _month_name_re() -> re.Pattern:
    """One search for any capitalised month name (a substring test of every word, in one pass)."""
    return skip_compile("|".join(map(re.escape, capitalised_months())))


def _first_month_name(stretch: str, start: int, places: list[int] | None) -> re.Match | None:
    """The first capitalised month name in the stretch (start: where it starts in the text), tried at each place of a
    capitalised month stem (places, TriggerIndex.capital_stems: every name begins at one) or, where they are not known,
    searched: the same match (the names are literals, tried in one order at each place)."""
    rx = _month_name_re()
    if places is None:
        return rx.search(stretch)
    for p in places:
        if (m := rx.match(stretch, p - start)) is not None:
            return m
    return None


# the patterns of written month abbreviations ("Jul-Mar 2022", "Mar-2022") need one in the stretch,
# and the dash both patterns join it with ("-" or "–"; a range's slash too)
_ABBR_KINDS = frozenset({"abbr_range", "abbr_month"})
# (the abbreviations _ABBR_NAME_RE, _KEYS["abbr_range"] and _KEYS["abbr_month_year"] open on; _Stretch tries them at
# the capitalised stems)
_ABBR_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ABBR_NAME_RE = skip_compile(r"\b(?:" + "|".join(_ABBR_NAMES) + ")")


def _abbr_range_key(stretch: str, places=None) -> bool:
    r"""Whether _KEYS["abbr_range"] finds a match in the stretch: each abbreviation _ABBR_NAME_RE finds (the key's, after
    a dash, a slash or a space, so after \b) read back for what the key writes before it (\s is str.isspace, for one
    character). The key's search opens on a space, so sre enters it at every space of a stretch; the names' search at
    a capital letter. places: where the abbreviations start in the stretch (_Stretch.abbr_places), or None to search."""
    for p in (m.start() for m in _ABBR_NAME_RE.finditer(stretch)) if places is None else places:
        if p == 0:
            continue
        c = stretch[p - 1]
        if c in "-–/" or (c.isspace() and p >= 2 and stretch[p - 2] in "-–/"):
            return True
        if c.isspace() and ((p >= 4 and stretch[p - 3:p - 1] == "to" and stretch[p - 4].isspace())
                            or (p >= 9 and stretch[p - 8:p - 1] == "through" and stretch[p - 9].isspace())):
            return True
    return False


def _opens_on_stems(alternatives) -> bool:
    """Whether every one of these words (the alternation a pattern's every match opens on) begins with a month's stem
    (_month_stems()) written with a capital letter: then each match starts at a place TriggerIndex.capital_stems
    gives, and a match tried at each of those places finds every match a search would (_Stretch)."""
    stems = _month_stems()
    return all(len(a) >= 3 and a[0].isupper() and a[:3].lower() in stems for a in alternatives)


@lru_cache(maxsize=1)
def _abbrs_at_stems() -> bool:
    """Whether the abbreviations of _ABBR_NAME_RE, _KEYS["abbr_month_year"] and abbr_cap() (abbr_bare's key) each open
    on a capitalised month stem, so that their matches are tried only at TriggerIndex.capital_stems (else searched)."""
    return _opens_on_stems(_ABBR_NAMES) and _opens_on_stems(abbr_cap().split("|"))


# the patterns gated by the lower-cased stems ("mar" is met in "market", "dec" in "decline", "jan" in "January") that
# cannot match without a capitalised abbreviation written as a whole word (abbr_bare's key): each branch of abbr_bare
# names one of periods_grammar.abbr_cap() after \b (or "In ") and before a dot, a space, a dash or \b, so a stretch
# without one (most: a full month name is no such word) is not scanned (the same matches)
@lru_cache(maxsize=1)
def _abbr_word_re() -> re.Pattern:
    return skip_compile(rf"\b(?:{abbr_cap()})\b")
# a piece of text every match of a digit-gated pattern holds (read off its regex in periods_grammar.py),
# looked for in the stretch before the pattern runs: most stretches with a digit lack it, and one scan
# for a short piece costs a fraction of the pattern's own scan
_KEYS = {
    "abbr_months": re.compile(r"[0-9]M"),                  # "in 5M": the count and its capital M
    "glued_year_part": re.compile(r"\d[MHQ]\d"),          # "5M23", "1H17": the count, its letter, the year
    "abbr_month": re.compile(r"[-–](?:19|20)"),             # "Mar-2022": the dash and the year
    # "Dec 2021" (_ABBR_NAMES but "May", which _Stretch.abbr_month_year tries at the capitalised stems)
    "abbr_month_year": re.compile("(?:" + "|".join(a for a in _ABBR_NAMES if a != "May") + r")[a-z]?\.?,?\s(?:19|20)\d\d"),
    # ("Jul-Mar", "Jan/August", "Jan to Oct"; it opens on a branch, to which re.compile gives no first-character
    # prefilter: skip_compile's, vocab/skip.py)
    "abbr_range": skip_compile(r"(?:[-–/]\s?|\sto\s|\sthrough\s)(?:" + "|".join(_ABBR_NAMES) + ")"),
    "abbr_month_range": re.compile(r"\d\s+to\s+[ADFJMNOS]"),  # "Nov 1 to Nov 20"
    "month_days": re.compile(r"[a-z]\.?\s1\s?[-–]\s?[1-3]?\d"),  # "April 1-20", "Sept. 1-20"
}
# ... and of patterns gated by a month name (most sentences naming a month hold none of these): to_month's word before
# the month ("as of", "through", "up to", "until", "till", "by the end of", "at the end of"), of which its every
# branch holds one of the pieces _to_month_key looks for; rolling_year's twelve months and the word that ends them ("the year to", "12
# months ending", "the one-year period through"), or a year written before "year" ("the October 2018 year")
_ROLLING_YEAR_KEY = skip_compile(r"(?:months|year|period)\s+(?:to|that|which|end|through|till|until)|(?:19|20)\d\d\s+year")
# (to_month's pieces are looked for in the lower-cased stretch, a looser test that passes every stretch the pieces'
# case-sensitive regex passes: the words as substrings, then "as of", "as at", "up to", "up until" by a search that enters
# at an "a" or "u"; the regex on the text, whose first characters include "e", "t" and "a", is entered at a third of the
# characters: half the CPU time on data/raw's stretches)
_AS_UP_TO = (("as", ("of", "at")), ("up", ("to", "until")))


def _as_up_to(low: str) -> bool:
    """Whether re.search(r"as\\s+(?:of|at)|up\\s+(?:to|until)", low) finds a match: each "as" and "up" found by str.find,
    then read on over its spaces (\\s is str.isspace, for one character). The regex's search tests a class of first
    characters at each character of a stretch (valgrind: most of to_month's key)."""
    n = len(low)
    for word, nexts in _AS_UP_TO:
        i = low.find(word)
        while i >= 0:
            k = i + 2
            while k < n and low[k].isspace():
                k += 1
            if k > i + 2 and low.startswith(nexts, k):
                return True
            i = low.find(word, i + 1)
    return False


def _to_month_key(low: str) -> bool:
    """Whether the lower-cased stretch holds a piece every match of to_month holds (its word before the month)."""
    return "end" in low or "through" in low or "until" in low or "till" in low or _as_up_to(low)


# ... and of patterns gated by their words, where those words are met more often than a match: a piece of text every
# branch holds, looked for in the lower-cased stretch (a substring; a year's digits; a search that enters only at a digit)
_TWO_YEARS_AND = re.compile(r"\d\s+and\s+(?:19|20)\d\d")   # parts_of_two_years: "... of 2021 and 2022"
_YEAR_S = re.compile(r"\d['’]s\s")                          # year_months: "2023's first five months"
# (month_days' and glued_year_part's keys are tested by the functions below: the same answers as their patterns,
# which sre enters at every lower-case letter or digit of a stretch)
_MONTH_DAYS_TAIL = skip_compile(r"1\s?[-–]\s?[1-3]?\d")   # the key of month_days from its "1" on: a literal to skip to


def _has_digit(low: str) -> bool:
    """Whether _DIGIT (\\d) finds a digit in low: in an ASCII stretch (most) its only digits are 0-9, each looked for as
    a substring (memchr), some tenfold fewer instructions than sre's Unicode digit test at each character."""
    if low.isascii():
        return "0" in low or "1" in low or "2" in low or "3" in low or "4" in low or "5" in low or "6" in low \
            or "7" in low or "8" in low or "9" in low
    return _DIGIT.search(low) is not None


def _month_days_key(text: str, start: int, end: int) -> bool:
    """Whether _KEYS["month_days"] finds a match in text[start:end]: its tail from the "1" on, each place the
    tail matches then read back for the letter, the dot and the space before it (within the stretch; \\s is
    str.isspace, for one character)."""
    pos = start + 2
    while (m := _MONTH_DAYS_TAIL.search(text, pos, end)) is not None:
        i = m.start()
        if text[i - 1].isspace():
            c = text[i - 2]
            if "a" <= c <= "z" or (c == "." and i - 3 >= start and "a" <= text[i - 3] <= "z"):
                return True
        pos = i + 1
    return False


def _digit_m_key(stretch: str) -> bool:
    """Whether _KEYS["abbr_months"] ([0-9]M) finds a match in the stretch: each M found by str.find, the character before
    it read (the regex's scan enters at every digit)."""
    i = stretch.find("M", 1)
    while i > 0:
        if stretch[i - 1] in _ASCII_DIGITS:
            return True
        i = stretch.find("M", i + 1)
    return False


_ASCII_DIGITS = frozenset("0123456789")


def _glued_key(stretch: str) -> bool:
    """Whether _KEYS["glued_year_part"] (\\d[MHQ]\\d) finds a match in the stretch: each M, H and Q found by
    str.find, the characters around it read (\\d is str.isdecimal, for one character)."""
    last = len(stretch) - 1
    for c in "MHQ":
        i = stretch.find(c, 1)
        while 0 < i < last:
            if stretch[i - 1].isdecimal() and stretch[i + 1].isdecimal():
                return True
            i = stretch.find(c, i + 1)
    return False


# ... and the fiscal pattern's, in the lower-cased stretch: a fiscal word with its year ("fy23",
# "fiscal year 2022") or a span of years ("2022-23"); "fy" alone is met in "justify", "identify"
_FISCAL_KEY = skip_compile(r"f(?:y|\.y\.|iscal(?:\s+year)?(?:\s*\(\s*fy\s*\))?|inancial\s+year)\s*[-']?\s*(?:of\s+)?\d")


def _grouped(words) -> re.Pattern:
    """An alternation of words grouped by their first character ("f(?:y|iscal|eb)"): sre tries
    at a position only the words that start with its character (asked only whether one occurs)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile("|".join(re.escape(k) + "(?:" + "|".join(v) + ")" for k, v in groups.items()))


@lru_cache(maxsize=1)
def _without_digits() -> tuple[re.Pattern, frozenset[str]]:
    """What a stretch without digits needs to hold a time expression at all, as one search and as a set."""
    words = _trigger_rows()[2]
    return _grouped(words), frozenset(words)


_NEEDS_MONTH_NAME = frozenset({"month_ending", "rolling_december", "rolling_year", "month_span", "month_range", "to_month", "month",
                               "bare_month"})


class _Stretch:
    """The stretch find_times reads, with the facts of it its patterns' keys ask (_key_table): those that cost a search
    (two_months, abbr, abbr_word) computed when first asked and kept for the stretch's other keys (most stretches ask
    none); years, which every stretch with a digit asks (year's key), is read when the record is made."""
    __slots__ = ("text", "start", "end", "stretch", "low", "lowered", "digits", "stems", "month_name", "years",
                 "places", "_two_months", "_abbr", "_abbr_word")

    def __init__(self, text: str, start: int, end: int, stretch: str, low: str, lowered: bool, digits: bool, stems: bool,
                 month_name: re.Match | None, places: list[int] | None = None):
        self.text, self.start, self.end, self.stretch, self.low = text, start, end, stretch, low
        # where the stretch's capitalised month stems are (TriggerIndex.capital_stems; None: not known), at which alone
        # a month's name or abbreviation can start: the keys below try their patterns there, not by a search
        self.places = places
        self.lowered = lowered        # low is a slice of the whole text lower-cased (find_times' low_text)
        # a digit; a month's stem among the trigger words (with a TriggerIndex: one the text writes capitalised)
        self.digits, self.stems = digits, stems
        self.month_name = month_name  # the first capitalised month name (None where stems is False)
        # a 19xx or 20xx year's first digits, which the keys of some patterns hold
        self.years = digits and ("19" in low or "20" in low)
        self._two_months = self._abbr = self._abbr_word = None

    def _at_stems(self, rx: re.Pattern, start: int = 0) -> bool | None:
        """Whether rx, a pattern whose every match opens on a capitalised month stem, matches in the stretch from
        offset start: tried at each stem's place there (the matches a search of the stretch finds; \b reads the
        stretch as the search does); None where the places are not known (no index) or the stems are not the
        grammar's months."""
        places = self.places
        if places is None or not _abbrs_at_stems():
            return None
        st, at = self.stretch, self.start + start
        return any(rx.match(st, p - self.start) is not None for p in places if p >= at)

    @property
    def two_months(self) -> bool:
        """A second capitalised month name after the first (month names never overlap: the first found ends first)."""
        if self._two_months is None:
            at = self._at_stems(_month_name_re(), self.month_name.end())
            self._two_months = _month_name_re().search(self.stretch, self.month_name.end()) is not None \
                if at is None else at
        return self._two_months

    @property
    def abbr(self) -> bool:
        """A capitalised month abbreviation and a dash, slash, "to" or "through" to join it ("Jul-Mar 2022",
        "Mar-2022")."""
        if self._abbr is None:
            st = self.stretch
            self._abbr = self.stems and ("-" in st or "–" in st or "/" in st or " to " in st or " through " in st) \
                and self._abbr_name()
        return self._abbr

    def _abbr_name(self) -> bool:
        """Whether _ABBR_NAME_RE matches in the stretch."""
        at = self._at_stems(_ABBR_NAME_RE)
        return _ABBR_NAME_RE.search(self.stretch) is not None if at is None else at

    def abbr_places(self) -> list[int] | None:
        """The offsets in the stretch where _ABBR_NAME_RE matches, in order (None: not known, search the stretch)."""
        places = self.places
        if places is None or not _abbrs_at_stems():
            return None
        st, start = self.stretch, self.start
        return [p - start for p in places if _ABBR_NAME_RE.match(st, p - start) is not None]

    @property
    def abbr_word(self) -> bool:
        """A capitalised month abbreviation written as a whole word."""
        if self._abbr_word is None:
            at = self._at_stems(_abbr_word_re())
            self._abbr_word = _abbr_word_re().search(self.stretch) is not None if at is None else at
        return self._abbr_word

    def abbr_month_year(self, rx: re.Pattern) -> bool:
        """Whether _KEYS["abbr_month_year"] (rx) matches in the stretch (at the stems' places where they are known)."""
        at = self._at_stems(rx)
        return rx.search(self.text, self.start, self.end) is not None if at is None else at


def _fiscal_key(s: _Stretch) -> bool:
    """The fiscal pattern's key, in the lower-cased stretch (exact on the lower-cased text the lower-cased copy runs on):
    a fiscal word with its year, a span of years, or "period <year> to <year>" (each key's words or characters looked
    for first as plain substrings: most stretches lack them)."""
    low = s.low
    return bool((("fy" in low or "fiscal" in low or "financial" in low or "f.y." in low)
                 and (_FISCAL_KEY if s.lowered else _FISCAL_WORD).search(low))
                or (s.years and ("-" in low or "–" in low or "/" in low) and _span_key(low))
                or (s.years and "period" in low and _PERIOD_YEARS_TO.search(low))
                # "During the year 22-23": a span of two-digit years after "year" (rule fiscal_short_span)
                or ("year " in low and _year_short_span(low)))


_YEAR_SHORT_SPAN = re.compile(r"year [0-9]\d[-–]\d\d\b")


def _year_short_span(low: str) -> bool:
    """Whether low writes "year 22-23" (rule fiscal_short_span's key): tried only where "year " stands."""
    i = low.find("year ")
    while i >= 0:
        if low[i + 5:i + 6].isdigit() and _YEAR_SHORT_SPAN.match(low, i):
            return True
        i = low.find("year ", i + 5)
    return False


@lru_cache(maxsize=1)
def _key_table() -> dict[str, object]:
    """Each pattern's key, a test of the stretch (_Stretch -> bool) that every stretch the pattern matches in passes
    (the same matches, most stretches failing it before the pattern's own scan): one row per pattern, read by _plan.
    The regexes of _KEYS that a function stands for are read by a function of the stretch instead (the same answers,
    without a scan that sre enters at most digits or spaces); a word-gated key runs only on a lower-cased text (exact
    on the text the lower-cased copy runs on: a key of the text lower-cased here could differ)."""
    abbr_month, abbr_month_year, abbr_month_range = (_KEYS[k] for k in ("abbr_month", "abbr_month_year", "abbr_month_range"))
    two_months = lambda s: s.two_months   # noqa: E731 ("April 2022-March 2023", "January-September 2023")
    return {
        # gated by a capitalised month name
        "month_span": two_months,
        "month_range": two_months,
        "rolling_december": lambda s: "December" in s.stretch,
        "to_month": lambda s: _to_month_key(s.low),
        "rolling_year": lambda s: _ROLLING_YEAR_KEY.search(s.text, s.start, s.end) is not None,
        # gated by a digit
        "fiscal": _fiscal_key,
        "abbr_range": lambda s: s.abbr and _abbr_range_key(s.stretch, s.abbr_places()),
        "abbr_month": lambda s: s.abbr and abbr_month.search(s.text, s.start, s.end) is not None,
        "abbr_month_year": lambda s: s.stems and s.years and s.abbr_month_year(abbr_month_year),
        # (abbr_month_range's and month_days' months are capitalised names or abbreviations, each opening on a stem)
        "abbr_month_range": lambda s: s.stems and abbr_month_range.search(s.text, s.start, s.end) is not None,
        "abbr_months": lambda s: _digit_m_key(s.stretch),
        "glued_year_part": lambda s: _glued_key(s.stretch),
        "month_days": lambda s: s.stems and ("-" in s.stretch or "–" in s.stretch)   # (its dash first)
        and _month_days_key(s.text, s.start, s.end),
        "year": lambda s: s.years,
        # gated by their words, where those words are met more often than a match: "from the current level of
        # $ 82 billion" (now) needs a digit as well
        "now": lambda s: s.digits,
        "abbr_bare": lambda s: s.stems and s.abbr_word,   # (its every abbreviation opens on a stem)
        # "year-to-date", "to date,", "so far this year", "since (from) the beginning (start) of the year", "cumulative
        # ... for the year"
        "year_to_date": lambda s: not s.lowered or "date" in s.low or "far" in s.low or "beginning" in s.low
        or "start" in s.low or "cumulative" in s.low or "accumulated" in s.low,
        "parts_of_two_years": lambda s: not s.lowered or ("and" in s.low and _TWO_YEARS_AND.search(s.low) is not None),
        "year_months": lambda s: not s.lowered or (("'s" in s.low or "’s" in s.low) and _YEAR_S.search(s.low) is not None),
    }


_GATE_MONTH, _GATE_DIGIT, _GATE_WORDS, _GATE_NONE = "month", "digit", "words", "none"


# month patterns that cannot match before the stretch's first capitalised month name (month_name in find_times), so
# their scan starts there: month's every match opens on the name; each branch of bare_month opens on it or on words
# before it ("In", "For", "During", "The month of", "week of", "days in") of ASCII letters and spaces only, so at the
# start of the run of such characters that ends at the first name or later (a scan of the stretch enters bare_month at
# most "i", "f", "d" and "t" before it; the same matches, lookbehinds and \b reading the text before the scan's start)
_FROM_MONTH = frozenset({"month", "bare_month"})
_LAST_NOT_WORDS = re.compile(r".*[^A-Za-z\s]", re.S)   # (matches up to the last character that is no letter nor \s)


def _month_scan_start(kind: str, text: str, start: int, month_name: re.Match) -> int:
    """Where a scan for a pattern of _FROM_MONTH starts: the first month name, for bare_month the run of letters and
    spaces that ends there (month_name: the first name's match in text[start:])."""
    at = start + month_name.start()
    if kind == "bare_month":
        m = _LAST_NOT_WORDS.match(text, start, at)
        return start if m is None else m.end()
    return at


# where a match of a _FROM_MONTH pattern can start: at a capitalised month name (every branch of month; every branch of
# bare_month but the first), or at the words the first branch of bare_month writes before one ("In", "for", "during",
# "the month of", "week of", "days in", then spaces: \s is str.isspace, for one character). Their matches are found by
# a match at each such place, in order, instead of a scan that sre enters at every capital letter and every "i", "f",
# "d", "t" from the stretch's first month name on
_PLAIN_BEFORE_MONTH = ("in", "In", "for", "For", "during", "During")
# (the head and the first branch of bare_month as periods_grammar writes them, the words above and in _bare_month_starts
# read off them: a grammar whose bare_month opens otherwise, or words another branch, leaves its matches to the scan,
# _bare_lead_known; tests/test_s66_speedJ66.py checks that the shipped grammar's does)
_BARE_MONTH_HEAD = r"\b(?=[IiFfDdTtw"
_BARE_MONTH_LEAD = r"(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]he\s+month\s+of|(?:week|days)\s+(?:of|in))\s+(?P<m1>"


def _bare_lead_known(pat: re.Pattern) -> bool:
    """Whether bare_month's pattern opens as the one _bare_month_starts reads (its head's letters, its first branch's
    words): else its matches are found by a scan, as before. (Kept by the pattern's source string: a compiled
    pattern's hash reads its whole code.)"""
    return _bare_source_known(pat.pattern)


@lru_cache(maxsize=4)
def _bare_source_known(src: str) -> bool:
    """_bare_lead_known of a pattern source."""
    if not src.startswith(_BARE_MONTH_HEAD) or "])" not in src:
        return False
    close = src.index("])")
    # (the head's other letters are the month names' capitals: a branch opening on another word would add its own)
    return set(src[len(_BARE_MONTH_HEAD):close]) <= {m[0] for m in capitalised_months()} \
        and src.startswith(_BARE_MONTH_LEAD, close + 2) and src.count(_BARE_MONTH_LEAD) == 1


def _back_over_spaces(text: str, lo: int, q: int) -> int:
    """The start of the run of spaces that ends at q (not before lo)."""
    while q > lo and text[q - 1].isspace():
        q -= 1
    return q


def _bare_month_starts(text: str, lo: int, p: int) -> list[int]:
    """The places in [lo, p) where the words bare_month's first branch writes before a month name, then spaces, end
    at p (the month name's start), in order: "In", "For", "During" (either case), "week of", "days in", "the month of"."""
    q = _back_over_spaces(text, lo, p)
    if q == p:
        return []
    out = [q - len(w) for w in _PLAIN_BEFORE_MONTH if q - len(w) >= lo and text.startswith(w, q - len(w))]
    if q - 2 >= lo and text.startswith(("of", "in"), q - 2):
        r = _back_over_spaces(text, lo, q - 2)
        if r < q - 2:
            if r - 4 >= lo and text.startswith(("week", "days"), r - 4):
                out.append(r - 4)
            if text.startswith("of", q - 2) and r - 5 >= lo and text.startswith("month", r - 5):
                t = _back_over_spaces(text, lo, r - 5)
                if t < r - 5 and t - 3 >= lo and text.startswith(("The", "the"), t - 3):
                    out.append(t - 3)
    if len(out) > 1:
        out.sort()
    return out


def _month_matches(kind: str, pat: re.Pattern, text: str, at: int, end: int, first: int, index: TriggerIndex,
                   places: list[int] | None = None):
    """The matches of pat.finditer(text, at, end) for a pattern of _FROM_MONTH (first: the stretch's first capitalised
    month name): at each place from there where a month's stem is written with a capital letter (a month name begins
    at each such place, and at no other: TriggerIndex.capital_stems, a bisect), a match at each place one can start
    there (_bare_month_starts, then the name), the first found taken, those that start before the last match's end
    left out (finditer's matches, none of them empty, do not overlap; lookbehinds and \\b read the text before a
    match's start as a scan's do). places: index.capital_stems of the stretch, where find_times has read them."""
    pos = at
    prefixed = kind == "bare_month"
    for p in index.capital_stems(text, first, end) if places is None else places:
        if p < pos or p < first:
            continue
        m = None
        if prefixed:
            for s in _bare_month_starts(text, pos, p):
                m = pat.match(text, s, end)
                if m is not None:
                    break
        if m is None:
            m = pat.match(text, p, end)
        if m is not None:
            yield m
            pos = m.end()


@lru_cache(maxsize=1)
def trigger_scan() -> tuple[re.Pattern, dict[str, frozenset]]:
    """One pattern that finds the longest trigger word (of _trigger_rows()' trigger and also words) that starts at
    a position of a lower-cased stretch, and each word widened to the trigger words it begins
    ("year" to "year-on", "years", ...): a word occurs in a stretch just when the longest trigger
    word at its position begins with it. The words of a pattern gated by a month name are left
    out: the month name decides (their stems, "mar", "dec", would be met in "market", "decline")."""
    triggers, also_needs, _ = _trigger_rows()
    words = {w for kind, need in triggers.items() if need != "digit" and kind not in _NEEDS_MONTH_NAME for w in need}
    words |= {w for also in also_needs.values() for w in also}
    scan = _grouped(sorted(words, key=len, reverse=True))   # longest first: the longest matches
    widened = {w: frozenset(t for t in words if t.startswith(w)) for w in words}
    return scan, widened


def trigger_words(low: str, start: int, end: int) -> set[str]:
    """The longest trigger word at each position of low[start:end] where one starts: one scan of
    the stretch answers every pattern's substring tests (as `w in low[start:end]` would, for w and
    the words it begins), instead of a test per word and pattern. Each search resumes one
    character after the last match's start, so words inside others are found too."""
    search = trigger_scan()[0].search
    found = set()
    m = search(low, start, end)
    while m is not None:
        found.add(m.group())
        m = search(low, m.start() + 1, end)
    return found


@lru_cache(maxsize=1)
def _index_words() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The trigger words (every word a stretch without digits needs among them) and their lengths, for TriggerIndex."""
    words = tuple(sorted(trigger_scan()[1]))
    if not set(_trigger_rows()[2]) <= set(words) or len(words) >= _INDEX_BASE:
        raise ValueError("TriggerIndex: a word of _without_digits() is no trigger word, or too many words")
    return words, tuple(map(len, words))


# letters rare in text (English letter counts): a trigger word that holds one is found where the letter is (a scan
# for one character is some tenfold faster than one for a word). Not "k" nor "x": their trigger words ("like",
# "existing") are rarer than they, and each place the letter is found costs a test in Python where a scan for the
# word costs a few instructions a character (valgrind, bench/instructions.sh: 14M of 5161M a pass over data/raw)
_RARE_LETTERS = "jq["


@lru_cache(maxsize=1)
def _index_roots() -> tuple[tuple[str, tuple[tuple[int, object, dict[str, tuple[int, ...]]], ...]], ...]:
    """What TriggerIndex scans a text for: each root with the trigger words it finds, grouped by the root's offset in
    them: (offset, a match of the group's words longest first, each word with the indexes of the group's words that
    begin it). A word's root is a rare letter of it, else the longest other trigger word inside it that holds no
    other (every occurrence of the word holds one of its root there), else the word itself: one scan of the text
    per root instead of one per word, and one match at each place of the root and offset instead of a test per word
    (the words found at one position are the longest and those that begin it)."""
    words, _ = _index_words()
    minimal = [w for w in words if not any(u != w and u in w for u in words)]

    def root_of(w: str) -> str:
        rare = [c for c in _RARE_LETTERS if c in w]
        if rare:
            return rare[0]
        inside = [u for u in minimal if u in w]
        return root_of(max(inside, key=len)) if inside and inside != [w] else w
    covered: dict[str, dict[int, list[str]]] = {}
    for w in words:
        r = root_of(w)
        at = w.find(r)
        while at >= 0:
            covered.setdefault(r, {}).setdefault(at, []).append(w)
            at = w.find(r, at + 1)
    index = {w: wi for wi, w in enumerate(words)}

    def group(r: str, off: int, ws: list[str]):
        if ws == [r]:
            return off, None, index[r]   # the root is the word: where it is found, the word is
        ws = sorted(ws, key=len, reverse=True)
        match = re.compile("|".join(map(re.escape, ws))).match
        return off, match, {w: tuple(index[u] for u in ws if w.startswith(u)) for w in ws}
    return tuple((r, tuple(group(r, off, ws) for off, ws in sorted(by_off.items()))) for r, by_off in covered.items())


_INDEX_BASE = 256   # a TriggerIndex key: position * _INDEX_BASE + the word's index in _index_words()


# the characters a root of several letters is found by (rarer letters first, English letter counts): each root that
# holds one is looked for where the first of these it holds is, one scan for every root of one character (sre's search
# for a pattern that opens on a literal jumps from one place of it to the next; the roots are then tested there by
# look-arounds), instead of one str.find scan of the whole text per root. A root with none of them is found by
# str.find, and so is a root of one character (str.find's memchr is faster still). CPU time of a pass over data/raw: the
# index 28.3 -> 15.0 ms; valgrind counts more instructions (129M -> 182M): str.find's skipping loop runs few
# instructions a character at a low rate, sre's literal loop more at a high one. Letters left out ("l", "d", "x", "-")
# made a root's search cost more than its str.find on both counts
_ANCHOR_CHARS = "12yvkbgfpmc"


def _anchor_search(c: str, roots) -> re.Pattern:
    """The search for an anchor character c where one of its roots (root, the anchor's offset in it, groups) may stand
    around it. A root with letters after the anchor: those letters, a literal (sre passes over the alternative at the
    first character that differs, with no look-around entered), then a look-behind over the root where the anchor is
    not its first letter; the roots the anchor ends: one look-behind for the letter before the anchor, then one for
    each root. Matches at each place of the anchor a root holds there, as look-arounds for every root would, at a
    fraction of the cost of a place that holds none (most): valgrind, the scans over data/raw 129M -> 88M a pass."""
    ahead, behind = [], {}
    for root, k, _ in roots:
        rest = root[k + 1:]
        if rest:
            ahead.append(re.escape(rest) + (f"(?<={re.escape(root)})" if k else ""))
        else:
            behind.setdefault(root[k - 1], []).append(f"(?<={re.escape(root)})")
    alts = ahead
    if behind:
        ends = [a for v in behind.values() for a in v]
        alts.append(ends[0] if len(ends) == 1 else
                    f"(?<=[{re.escape(''.join(sorted(behind)))}]{re.escape(c)})(?:{'|'.join(ends)})")
    return re.compile(re.escape(c) + f"(?:{'|'.join(alts)})")


@lru_cache(maxsize=1)
def _index_scans() -> tuple[tuple, tuple, tuple]:
    """_index_roots() as TriggerIndex scans for them: (the roots found by str.find, each with its groups; one search
    per anchor character (_anchor_search), each with its roots by their neighbour (_by_neighbour); one search per root
    of one character that is no trigger word itself, with its groups). The search matches the anchor where one of its
    roots may stand around it (a filter: each root is then tested there by startswith). A root of one letter that is no
    trigger word itself ("q", "j": rare letters) is searched for as the anchor of its words instead (the root of each,
    at its offset): str.find stops at every "q" of "quite", "equal", "j" of "just", "major", each place then matched in
    Python for the group's words; the search stops only where one of them stands (valgrind, data/raw: -9M a pass)."""
    finds, by_anchor, lone = [], {}, []
    for root, groups in _index_roots():
        c = next((c for c in _ANCHOR_CHARS if c in root), None) if len(root) > 1 else None
        if c is not None:
            by_anchor.setdefault(c, []).append((root, root.index(c), groups))
        elif len(root) == 1 and root.isalnum() and all(match is not None for _, match, _ in groups):
            words = [(w, off, None) for off, _, begun in groups for w in begun]
            lone.append((_anchor_search(root, words), groups))
        else:
            finds.append((root, groups))
    return tuple(finds), tuple((_anchor_search(c, roots),) + _by_neighbour(roots) for c, roots in by_anchor.items()), \
        tuple(lone)


def _by_neighbour(roots) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """An anchor's roots (root, the anchor's offset in it, groups), each of two characters or more, keyed by the
    character next to the anchor in it: the one before it (a root the anchor does not open), else the one after. A root
    stands at an anchor's place only where the text holds that character there, so TriggerIndex tests only the roots
    of the characters around the place (most often one, the root the search matched) where it tested every root of the
    anchor by startswith (4.5 a place), and adds the key of a root that is one word itself where it stands (valgrind,
    the index of data/raw's three English texts: 145M -> 131M a pass, speedB74)."""
    before: dict[str, list] = {}
    after: dict[str, list] = {}
    for root, k, groups in roots:
        if len(root) < 2:
            raise ValueError(f"TriggerIndex: the root {root!r} of an anchor has one character")
        # (the key of the one word a root is, where it is found, else None: _add_keys reads the groups)
        one = groups[0][2] if len(groups) == 1 and groups[0][:2] == (0, None) else None
        if k:
            before.setdefault(root[k - 1], []).append((root, k, groups, one))
        else:
            after.setdefault(root[1], []).append((root, k, groups, one))
    return {c: tuple(v) for c, v in before.items()}, {c: tuple(v) for c, v in after.items()}


def _add_keys(keys: set[int], low: str, i: int, groups) -> None:
    """The keys of the trigger words a root found at low[i] begins or lies in (_index_roots' groups)."""
    for off, match, begun in groups:
        q = i - off
        if q < 0:
            continue
        if match is None:
            keys.add(q * _INDEX_BASE + begun)
        else:
            m = match(low, q)
            if m is not None:
                at = q * _INDEX_BASE
                for wi in begun[m.group()]:
                    keys.add(at + wi)


@lru_cache(maxsize=1)
def month_stem_words() -> frozenset[str]:
    """The trigger words that begin with a month's stem (trigger_words names the longest word at a position; "decade")."""
    return frozenset(t for w in _month_stems() for t in trigger_scan()[1][w])


_NO_WORDS: frozenset[str] = frozenset()   # (TriggerIndex.words of a stretch without a key; read only)


class TriggerIndex:
    """Where each trigger word occurs in one document's lower-cased text (tradeflows.vocab.lowercase.lower_text), found
    once by str.find (a fast scan for each word) when first asked: what trigger_words and the test for words
    without digits read for each sentence, instead of two scans of every sentence by a long alternation, which sre
    enters at most letters of a text. A Doc keeps one (facts/context.py); nothing is kept across documents."""

    __slots__ = ("low", "_keys")

    def __init__(self, low: str):
        self.low = low
        self._keys: list[int] | None = None

    def _built(self) -> list[int]:
        keys: set[int] = set()
        low = self.low
        n = len(low)
        finds, anchors, lone = _index_scans()
        for root, groups in finds:
            i = low.find(root)
            while i >= 0:
                _add_keys(keys, low, i, groups)
                i = low.find(root, i + 1)
        for rx, before, after in anchors:
            # (a match may run past the anchor, over a root's letters after it: the next search starts one past it)
            m = rx.search(low)
            while m is not None:
                p = m.start()
                # (roots of one anchor may overlap there: "fy" and "yoy" in "fyoy"; each root tested is one whose
                # character next to the anchor the text holds, _by_neighbour)
                if p:
                    for root, k, groups, one in before.get(low[p - 1], ()):
                        if p >= k and low.startswith(root, p - k):
                            if one is None:
                                _add_keys(keys, low, p - k, groups)
                            else:
                                keys.add((p - k) * _INDEX_BASE + one)
                if p + 1 < n:
                    for root, _, groups, one in after.get(low[p + 1], ()):
                        if low.startswith(root, p):
                            if one is None:
                                _add_keys(keys, low, p, groups)
                            else:
                                keys.add(p * _INDEX_BASE + one)
                m = rx.search(low, p + 1)
        for rx, groups in lone:   # (the root is the character the search stops at)
            m = rx.search(low)
            while m is not None:
                p = m.start()
                _add_keys(keys, low, p, groups)
                m = rx.search(low, p + 1)
        self._keys = sorted(keys)
        return self._keys

    def words(self, start: int, end: int) -> set[str] | frozenset[str]:
        """Every trigger word that occurs whole in low[start:end]: those of _without_digits() among them just
        when _without_digits()'s search finds a match there, and for _opened the same patterns as trigger_words'
        set (the longest word at each position begins with every other word there, and a pattern opens on a
        word or any longer one it begins)."""
        keys = self._keys if self._keys is not None else self._built()
        i = bisect_left(keys, start * _INDEX_BASE)
        stop = end * _INDEX_BASE
        if i == len(keys) or keys[i] >= stop:
            return _NO_WORDS   # no key in the stretch (most sentences: a text holds some 5 keys a kilobyte)
        words, lens = _index_words()
        found = set()
        for k in keys[i:bisect_left(keys, stop, i)]:
            p, wi = divmod(k, _INDEX_BASE)
            if p + lens[wi] <= end:
                found.add(words[wi])
        return found

    def capital_stem(self, text: str, start: int, end: int) -> bool:
        """Whether a month's stem (_month_stems()) occurs whole in low[start:end] where text (the text low lower-cases)
        writes it with a capital letter: every capitalised month name or abbreviation opens on one ("January", "Sept",
        "May"), and a stretch whose stems are all written in lower case ("mar" of "market", "dec" of "decline", the
        verb "may") holds none. A bisect and a look at the stretch's few keys, in place of the searches of the
        stretch for a capitalised month name or abbreviation (find_times: the same answers)."""
        keys = self._keys if self._keys is not None else self._built()
        stems = _stem_indexes()
        i, n = bisect_left(keys, start * _INDEX_BASE), len(keys)
        stop = end * _INDEX_BASE
        while i < n and keys[i] < stop:
            p, wi = divmod(keys[i], _INDEX_BASE)
            if wi in stems and p + 3 <= end and text[p].isupper():
                return True
            i += 1
        return False

    def capital_stems(self, text: str, start: int, end: int) -> list[int]:
        """The places in [start, end) where a month's stem (_month_stems()) occurs whole in low[start:end] and text
        writes it with a capital letter, in order: every capitalised month name begins at one (capital_stem)."""
        keys = self._keys if self._keys is not None else self._built()
        stems = _stem_indexes()
        i, n = bisect_left(keys, start * _INDEX_BASE), len(keys)
        stop = end * _INDEX_BASE
        out = []
        while i < n and keys[i] < stop:
            p, wi = divmod(keys[i], _INDEX_BASE)
            if wi in stems and p + 3 <= end and text[p].isupper():
                out.append(p)
            i += 1
        return out

    def may_hold_times(self, spans) -> list[int]:
        """The indexes of the spans (start, end) of the text in which find_times may find a time, in order: those
        holding a digit or a word of _without_digits() (whole in the span, as words() reads it). find_times returns
        [] at once for every other span (its first test, the same one), so a caller that reads the times of every
        sentence of a long stretch in order (carry's gap, in a book) need not call it for them: one pass over the
        document's keys and the spans, each tested by a bisect and most by a digit test, in place of a call chain
        per sentence."""
        keys = self._keys if self._keys is not None else self._built()
        _, lens = _index_words()
        needed = _without_digit_indexes()
        low, n, out = self.low, len(keys), []
        for i, (s, e) in enumerate(spans):
            j = bisect_left(keys, s * _INDEX_BASE)
            stop = e * _INDEX_BASE
            while j < n and keys[j] < stop:
                p, wi = divmod(keys[j], _INDEX_BASE)
                if wi in needed and p + lens[wi] <= e:
                    break
                j += 1
            else:
                if not _has_digit(low[s:e]):
                    continue
            out.append(i)
        return out


@lru_cache(maxsize=1)
def _stem_indexes() -> frozenset[int]:
    """The indexes in _index_words() of the months' stems, each of three letters (TriggerIndex.capital_stem)."""
    words, _ = _index_words()
    stems = _month_stems()
    if any(len(w) != 3 for w in stems):
        raise ValueError("TriggerIndex.capital_stem: a month's stem of other than three letters")
    return frozenset(i for i, w in enumerate(words) if w in stems)


@lru_cache(maxsize=1)
def _without_digit_indexes() -> frozenset[int]:
    """The indexes in _index_words() of the words of _without_digits() (TriggerIndex.may_hold_times)."""
    words, _ = _index_words()
    needed = _without_digits()[1]
    return frozenset(i for i, w in enumerate(words) if w in needed)


# patterns whose every match holds one of these pieces (periods_runs.run_scan checks it on the pattern, else the stretch
# is scanned as before), their lower-cased copies searched from the run of the first piece on (periods_runs.py):
# `relative`, entered by sre at most letters of a stretch, whose match mostly stands near the stretch's end (not
# same_period: its ten pieces cost more than the search they spare, valgrind)
_RUN_PIECES = {"relative": ("year", "fiscal", "fy"), "year_before": ("year",), "months": ("month",),
               "span": ("year", "recent", "decade"), "last_months": ("months",), "years_ago": ("year", "decade"),
               "solar_hijri": ("iranian", "persian", "solar"), "month_span": ("19", "20")}


@lru_cache(maxsize=1)
def _plan() -> tuple[tuple[str, re.Pattern, str, bool, re.Pattern | None, frozenset | None, frozenset | None, object,
                           object], ...]:
    """time_patterns() with what each needs of a stretch to run at all (its gate, whether it needs a
    digit, and its trigger words widened by trigger_scan, from _trigger_rows() and
    _NEEDS_MONTH_NAME; its key, _key_table()'s row or None), decided once instead of per stretch."""
    _, widened = trigger_scan()
    triggers, also_needs, _ = _trigger_rows()
    keys = _key_table()

    def words(ws):
        return None if ws is None else frozenset(t for w in ws for t in widened[w])
    plan = []
    for kind, pat in time_patterns():
        need = triggers.get(kind)
        if kind in _NEEDS_MONTH_NAME:
            gate = _GATE_MONTH
        elif need is None:
            gate = _GATE_NONE
        else:
            gate = _GATE_DIGIT if need == "digit" else _GATE_WORDS
        # a re.I pattern's lower-cased copy, for a stretch of a lower-cased text (vocab/lowercase.py); searches
        # that skip ahead to where a match can start (vocab/skip.py)
        lc, runs, skipping = lower_copy(pat), _RUN_PIECES.get(kind), skip_ahead(pat)
        # (the lower-cased copy's run scan, or the case-sensitive pattern's where it has no copy)
        plan.append((kind, skipping, gate, need == "digit", lc,
                     words(need) if gate is _GATE_WORDS else None, words(also_needs.get(kind)), keys.get(kind),
                     None if runs is None else run_scan(skipping if lc is None else lc, runs)))
    return tuple(plan)


@lru_cache(maxsize=1)
def _plans() -> dict[tuple[bool, bool], tuple]:
    """_plan() by what a stretch holds, (a digit, a capitalised month name): only the patterns
    whose gate it opens, in their order, so a stretch does not test the others one by one."""
    def runs(gate, needs_digit, digits, month):
        if gate is _GATE_DIGIT:
            return digits
        if gate is _GATE_MONTH:
            return month and (digits or not needs_digit)
        return True
    return {(digits, month): tuple(x for x in _plan() if runs(x[2], x[3], digits, month))
            for digits in (False, True) for month in (False, True)}


# the patterns that cannot match without a capitalised month name or abbreviation (each opens on a month's stem: a
# stretch of no stem, or, with a TriggerIndex, of none written with a capital letter, holds none), and those whose
# every match holds a 19xx or 20xx year (their regexes, periods_grammar.py and vocab/en/patterns.csv): their keys would
# fail on a stretch without one (_Stretch.stems, _Stretch.years), so _opened leaves them out there, instead of a call
# of each key for each stretch
_NEEDS_STEM = frozenset({"abbr_range", "abbr_month", "abbr_month_year", "abbr_bare", "abbr_month_range", "month_days"})
_NEEDS_YEAR = frozenset({"year", "abbr_month_year", "abbr_month", "abbr_range", "month_span", "rolling_december",
                         "bracket", "parts_of_two_years", "year_ending"})


@lru_cache(maxsize=4096)
def _opened(digits: bool, month: bool, words: frozenset, stems: bool | None = None, years: bool = True) -> tuple:
    """The entries of _plans()[digits, month] whose trigger words a stretch holding `words` has
    (its _GATE_WORDS words and its also-needed words), in their order: sentences hold the same
    few sets of trigger words, so each set's patterns are picked once, not tested per stretch. Without a month's
    stem (stems: find_times' _Stretch.stems; None: one among the words), not the patterns of _NEEDS_STEM; without a
    19xx or 20xx year's first digits (years: _Stretch.years), not those of _NEEDS_YEAR (most stretches with a digit
    would test them one by one)."""
    if stems is None:
        stems = not month_stem_words().isdisjoint(words)
    return tuple(x for x in _plans()[digits, month]
                 if (x[2] is not _GATE_WORDS or not x[5].isdisjoint(words))
                 and (x[6] is None or not x[6].isdisjoint(words))
                 and (stems or x[0] not in _NEEDS_STEM) and (years or x[0] not in _NEEDS_YEAR))


# patterns whose every match opens on one of these words (lower-cased; the pattern's lower-cased copy opens on "\b" and
# their alternation): their matches are found by a match at each place of the words, which str.find finds, instead of
# a scan that sre enters at most letters of a stretch (rule now: its words are met far more often than a match)
_OPENING_WORDS = {"now": ("current", "existing", "present")}


def _opening_matches(lc: re.Pattern, low_text: str, start: int, end: int, words: tuple[str, ...]):
    """The matches of lc.finditer(low_text, start, end) for a pattern of _OPENING_WORDS: at each place of its words in
    order, those that start after the last match's end (finditer's matches, none of them empty, do not overlap)."""
    ats = []
    for w in words:
        i = low_text.find(w, start, end)
        while i >= 0:
            ats.append(i)
            i = low_text.find(w, i + 1, end)
    if len(ats) > 1:
        ats.sort()
    last = start
    for i in ats:
        if i >= last and (m := lc.match(low_text, i, end)) is not None:
            yield m
            last = m.end()


@lru_cache(maxsize=1)
def _local():
    """facts/periods_local.py, read on first use: it imports this module, so not at import time; and not by a
    statement in find_times: a `from ... import` run at each call costs about 8,800 instructions on CPython 3.11 (the look-up of the
    module's __path__ it makes fails with a formatted AttributeError), this cached look-up about 400."""
    from tradeflows.facts import periods_local
    return periods_local


def find_times(text: str, start: int = 0, end: int | None = None,
               low_text: str | None = None, index: TriggerIndex | None = None,
               aside: list[TimeExpr] | None = None) -> list[TimeExpr]:
    """Time expressions in text[start:end], longest first where they overlap.

    Anchored: each pattern runs only on a stretch that holds one of its trigger words (or a
    digit), the trigger words of the lower-cased stretch found by one scan (trigger_words).
    low_text: the whole text lower-cased by tradeflows.vocab.lowercase.lower_text (or None), on which
    the re.I patterns run as their faster lower-cased copies (the same spans).
    index: the TriggerIndex of low_text (a Doc's), which answers the trigger words of the stretch.
    aside: a list that gets the times a rule read as no period, each naming its rule (kind set_aside; Russian only)."""
    end = len(text) if end is None else end
    lang = current_language()
    if lang != DEFAULT_LANGUAGE:  # another language's phrasing (facts/periods_local.py)
        return _local().find_local_times(lang, text, start, end, aside)
    if index is not None and low_text is not None:
        present = index.words(start, end)
        low = low_text[start:end]
        digits = _has_digit(low)
        if not digits and _without_digits()[1].isdisjoint(present):
            return []
        stretch = text[start:end]
    else:
        present = None
        stretch = text[start:end]
        low = stretch.lower() if low_text is None else low_text[start:end]
        digits = _has_digit(low)
        if not digits and _without_digits()[0].search(low) is None:
            return []
    found: list[TimeExpr] = []
    starts: list[int] = []   # taken spans, sorted and disjoint
    ends: list[int] = []
    words = present if present is not None else \
        trigger_words(low, 0, len(low)) if low_text is None else trigger_words(low_text, start, end)
    # a month name or abbreviation, capitalised, holds a month's lower-cased stem, a trigger word: a stretch whose
    # trigger words hold none (most) holds neither, and is not searched for one (the same answers)
    stems = not month_stem_words().isdisjoint(words)
    places = None
    if stems and present is not None:
        # (only a stem written with a capital letter opens a month's name or abbreviation: TriggerIndex.capital_stems,
        # where each is, read once for the stretch's month name, keys and month patterns)
        places = index.capital_stems(text, start, end)
        stems = bool(places)
    month_name = _first_month_name(stretch, start, places) if stems else None   # a capitalised month name in the stretch
    facts = _Stretch(text, start, end, stretch, low, low_text is not None, digits, stems, month_name, places)
    for kind, pat, gate, _, lc, _, _, key, runs in _opened(digits, month_name is not None, frozenset(words), stems, facts.years):
        if key is not None and not key(facts):
            continue
        if kind in _FROM_MONTH and present is not None and gate is _GATE_MONTH and _month_names_anchor() \
                and (kind != "bare_month" or _bare_lead_known(pat)):
            # (from the stretch's start, not _month_scan_start's: each place tried is a month name at or after the
            # first, or the words _bare_month_starts reads before one, letters and spaces, which lie within the run
            # of them that _month_scan_start would start at; the same matches without its search)
            matches = _month_matches(kind, pat, text, start, end, start + month_name.start(), index, places)
        else:
            at = start if gate is not _GATE_MONTH or kind not in _FROM_MONTH else \
                _month_scan_start(kind, text, start, month_name)
            if low_text is None or lc is None:
                matches = pat.finditer(text, at, end) if runs is None or lc is not None else runs.matches(text, at, end)
            elif (opening := _OPENING_WORDS.get(kind)) is not None:
                matches = _opening_matches(lc, low_text, at, end, opening)
            elif runs is not None:
                matches = runs.matches(low_text, at, end)   # (the same matches, searched from a run: periods_runs.py)
            else:
                matches = lc.finditer(low_text, at, end)   # build reads no group's case
        for m in matches:
            s, e = m.span()
            i = bisect_right(starts, s)
            if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
                continue  # overlaps a longer, earlier-found expression
            expr = build(kind, m, text)
            if expr is None:
                continue
            starts.insert(i, s)
            ends.insert(i, e)
            if expr is not NO_PERIOD:
                found.append(expr)
    if not found:
        return found   # (most stretches the patterns run on: nothing to order or read again)
    found.sort(key=lambda t: t.start)
    found = _years_before(found, text)
    if len(found) > 1:
        found = _later_same_period(found, text)
    return fiscal_months(found, text) if len(found) > 1 else found


# "rose by 140% in August 2016 and the same period in 2017 from $630 million to $1.68 billion" (ghanalivefm.com):
# a dated time, "and", then the same period of a later written year is a pair of periods compared, the later the
# current one in the months of the first (rule later_same_period)
_AND_ONLY = skip_compile(r"\s+and\s+(?:the\s+|in\s+the\s+)?", re.I)


def _later_same_period(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """In "<time> and the same period in <later year>", the first time is the base and the same period the current
    one, of the first time's months (rule later_same_period)."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.kind == "same_period" and b.year is not None and a.year is not None and a.year < b.year \
                and not a.target and a.m1 is not None and _AND_ONLY.fullmatch(text, a.end, b.start) is not None:
            out[i] = replace(a, base=True, via=add_via(a.via, "later_same_period"))
            out[i + 1] = replace(b, base=False, same=False, m1=a.m1, m2=a.m2,
                                 via=add_via(b.via, "later_same_period"))
    return out


# "the eight years prior to 2012", "the decade before 2008", "in the five years preceding 2019": a span of years that
# ends the year before the one written
_YEARS_BEFORE = skip_compile(r"\bthe\s+(?:[\w-]+\s+)?(?:years|decade)\s+(?:prior\s+to|before|preceding|leading\s+up\s+to)\s+$",
                           re.I)
YEARS_BEFORE_REACH = 60   # characters before the year read for the span


def _years_before(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A year after "the N years prior to" stands for the span of years that ends the year before it: 'exports rose by
    an average rate of 12.6% per year' 'during the eight years prior to 2012' are of 2011 (rule years_prior_to)."""
    out = []
    for t in found:
        if t.kind == "year" and t.year is not None and not t.base and not t.target \
                and (m := _YEARS_BEFORE.search(text, max(0, t.start - YEARS_BEFORE_REACH), t.start)) is not None:
            t = replace(t, start=m.start(), year=t.year - 1)
        out.append(t)
    return out

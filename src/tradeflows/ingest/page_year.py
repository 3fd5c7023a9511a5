"""The year a page speaks from when it prints no date: the latest year it names as a time.

An undated page's "this year" and "last year" need a year to count from. It is the latest year
the text names as a time of its own: not a goal ("by 2030"), not the far end of a span, not a
year told as a base of comparison ("compared with 2016": the page speaks from a later year), and
a whole year reported as done beside "this year" is the year before the page's. Month names and
cues of the page's language count (vocab/<lang>/patterns.csv). The publication date reader
(ingest.dates) uses it to give a wire dateline ("MOSCOW, December 2. /TASS/") its year.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from tradeflows.ingest.done_stats import stats_done_years
from tradeflows.ingest.event_time import event_start
from tradeflows.ingest.record_series import series_start
from tradeflows.vocab.lowercase import lower_copy_of, lower_text
from tradeflows.vocab import current_language, holds, pattern_needs, read_csv
from tradeflows.vocab.months import month_number, month_pattern
from tradeflows.vocab.patterns import NEVER, EnglishCue, counted, cue
from tradeflows.vocab.skip import skip_compile


def _mon() -> str:
    """The month names and their abbreviations as one alternation (vocab/en/months.csv, read on first use and
    cached by month_pattern)."""
    return month_pattern(abbreviations=True)


_Y = r"(?:19|20)\d\d"
# "Rs 1949 billion": a number of a year's shape before a scale word is an amount (rule amount_not_year)
# (s71 openS71: "in the 1990s", "в конце 1990-х гг.", "в 1970-е годы": a decade, no year a page speaks from; rule
# decade_not_year)
_YEAR = skip_compile(rf"(?<![\d.,/$€£¥-])({_Y})(?![\d%])(?!\.\d)(?!\s*(?:billion|million|trillion|bn|mn|crore|lakh|млрд|млн)(?![^\W\d_]))"
                     r"(?!s\b|-(?:х|е|ые)(?![^\W\d_]))")


# (a number of a year's shape with decimals is an amount: "goods worth US$ 2029.104 million", rule amount_not_year)
# a year that names a goal, the far end of a span or its start ("a record since 1989"), not the time a page speaks from
# ("compared to 2021", "in comparison to 2021": a base, below, not a span's end)
# ("to increase bilateral trade to $200 billion by the year 2020", globaledge.msu.edu: the year's word between, rule
# goal_the_year)
# ("the highest since March 2015", "its widest since December 2014": a month's year a record is counted from is as
# much behind the page's time, rule since_year; Russian rows "с марта 2015 года" in vocab/ru/patterns.csv)
_not_now = EnglishCue("not_now", re.I)


# "in the current Iranian year (ending March 2014)", "the current fiscal year, which ends in June 2024": the end of the
# year the page speaks in (rule current_year_ending)
# (the gap after "year", where it will end: the row ending_gap, shared with facts/periods_fiscal.py's
# fiscal_ending_named)


_current_ending = EnglishCue("page_current_year_ending", re.I)


CURRENT_ENDING_REACH = 70


# "The last June year surplus was in 2014", "the last time exports fell was in 2009": the latest such
# year before the page's own, which is later by an unknown stretch (rule last_was)
# "From July 2008 through May 2009, the monthly deficit shrank": a span closed between two years is a time the page
# looks back on, both its ends; the page speaks from after it by an unknown stretch (rule closed_span)
_closed_span = EnglishCue("page_closed_span")


# "All rights reserved. Copyright © 2011-2022": a copyright notice's years (the site's first and latest)
# are no time the page speaks from, in any language (rule copyright_year: a printed or saved page keeps its footer)
_COPYRIGHT = skip_compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:(?:19|20)\d\d\s*[-–—]\s*)?$", re.I)
COPYRIGHT_REACH = 16   # characters before a year read for the sign: "Copyright © 2008 - "
# "Source : XINHUA / GMT 12:01 2017 Wednesday ,11 October / State Minister for Investment: ...GMT 13:11 2017 Tuesday
# ,10 October" under a story of July 2016 (egypt-today.com): a year between a clock time and a weekday is a posting stamp,
# the list of a site's other stories under the one read, no time the text speaks of; counted only when the text names
# no other year (rule clock_stamp_year; row page_clock_stamp_year)
_clock_stamp = EnglishCue("page_clock_stamp_year")
_CLOCK_BEFORE = re.compile(r"\d:[0-5]\d[^\S\n]*$")
CLOCK_REACH = 8   # characters before a year read for the clock time: "12:01 "
_LAST_WAS = skip_compile(r"\b[Tt]he\s+last\s+(?:[\w-]+\s+){0,4}?(?:was|were|came)\s+(?:back\s+)?(?:in\s+)?$")


# "Last year the UK exported £894bn" beside "In 2024 our trade with the EU showed a major deficit": the page speaks of
# "last year" (rule last_year_done: a year it reports done is that last year at the latest; the Russian rows of
# last_year also read a latest year named as a base as the year before last, which English rows do not: "$984 million in
# December last year" beside "more than the same period last year" and "In 2022, ... was" speaks from 2023)
_last_year = EnglishCue("page_last_year", re.I)


# "in the first three quarters", "during the first nine months": a part of a year with no year after it
_unyeared_part = EnglishCue("page_part_unyeared", re.I)


# "foreign trade in 2011 will increase at a slower pace": a year the sentence speaks of as to come
_FUTURE_AFTER = skip_compile(r"(?:['’]s)?,?\s+(?:will|would|is\s+(?:expected|forecast|projected)|are\s+(?:expected|forecast|projected))\b", re.I)
THIS_YEAR = skip_compile(r"\b(?:this|the\s+current)\s+year\b", re.I)


# "compared to the same month in 2015", "a 35% decline over the same period of 2009", "higher than in
# October 2010", "compared to the January-October period of 2015": a year named as a base
# ... "with a growth rate of 8 per cent in comparison to 2021", "down by ... 1.89 percent from November 2021": a
# rate's base (rule rate_base_year)
# ... "a much lower figure than recorded in the same period of 2007": the base's participle between (rule
# than_recorded_base)
_base = EnglishCue("base", re.I)


# "from 78.3% over the first 11 months of 2017 to 77.9% a year later": the words after a year up to "a year later" in
# its clause (rule year_later_after; vocab/en/patterns.csv row page_year_later_after)
_later_after = EnglishCue("page_year_later_after", re.I)


def _year_later_after(text: str, low: str):
    """A test at = the end of a year: whether "a year later" follows it in its clause (rule year_later_after), matched
    case-blind on the text. A page that never writes "year later" has a test that is always False (no pattern run)."""
    if "year later" not in (low if low is not None else text.lower()):
        return lambda at: False
    rx = _later_after()
    return lambda at: rx.match(text, at) is not None


# "rising from £9.1bn in September 2015", "compared with N13.43 trillion in": a base's value dates its year;
# "surpassing the previous high of 47.91 billion dollars tallied in November 2013": a past record too
_base_value = EnglishCue("page_base_value", re.I)


# "Sri Lanka targets a 20 billion dollar export market in 2020", "aims to reach $10 billion in 2025": a year
# its own clause sets as a goal is a time to come, no time the page speaks from (rule goal_clause_year)
# ("It is likely to stagnate in 2024 and increase significantly again in 2025", "which if the trend continued could
# see the UK begin posting monthly trade surpluses in 2016": a forecast's years, rule likely_to_year)
_GOAL_BEFORE = skip_compile(r"\b(?:targets?|targeted|targeting|aims?|aimed|aiming|plans?|planned|planning|seeks?|"
                            r"expects?|projects?|forecasts?|envisages?|envisions?|intends?|intended|intending|"
                            r"(?:is|are|was|were)\s+(?:likely|unlikely|poised|set)\s+to|could\s+see)\b(?:[^.;\n]|(?<=\d)\.(?=\d)){0,80}?"
                            r"\b(?:in|for)\s+(?:the\s+year\s+)?$", re.I)
GOAL_REACH = 100  # characters before a year read for the goal verb of its clause
# "Total exports are expected to hit $186.7 billion in 2026", "Growth ... is projected at 6.5% with a subsequent
# increase in growth rates to 7.7% in 2023": a forecast's passive verb before its year (rule forecast_passive_year;
# vocab/en/patterns.csv)
_forecast_before = EnglishCue("page_forecast_before", re.I)
# "fiscal 2010-11", "FY2012/13", "the 2017-18 season": a split year written with its end's last two digits
# names the year it ends in (rule split_year_end)
_SPLIT_END = skip_compile(r"[-–/](\d\d)(?![\d%])")
BASE_VALUE_REACH = 100  # "the previous high of 47.91 billion dollars tallied in November 2013"
BASE_REACH = 50  # characters before a year that a base cue may take ("по сравнению с первым кварталом ")

def _on_low(rx: re.Pattern, text: str, low: str | None) -> tuple[re.Pattern, str]:
    """(pattern, string) to search for rx's matches in text: rx's lower-cased copy and low, the text lower-cased by
    tradeflows.vocab.lowercase.lower_text (the same spans and groups, found some 3x faster on a whole page), when there are
    both; else rx and text."""
    if low is not None:
        lc = lower_copy_of(rx)
        if lc is not None:
            return lc, low
    return rx, text


def _search(rx: re.Pattern, text: str, low: str | None, start: int, end: int) -> bool:
    """Whether rx finds a match in text[start:end] (rx.search(text, start, end)), on low when it can (_on_low)."""
    return _searcher(rx, text, low)(start, end)


def _never(start: int, end: int) -> bool:
    return False   # a cue only another language fills (vocab.patterns.NEVER): nothing to search


def _searcher(rx: re.Pattern, text: str, low: str | None):
    """The test (start, end) -> whether rx finds a match in text[start:end], its pattern and string chosen once for
    a text (_on_low), for a test asked at each year of a page."""
    if rx is NEVER:
        return _never
    pat, s = _on_low(rx, text, low)
    search = pat.search
    return lambda start, end: search(s, start, end) is not None


def _holding(word: str, test, low: str | None):
    """test (start, end) of a pattern every match of which holds `word` as written (lower-case), asked only where
    low[start:end] (the text lower-cased, lower_text) holds it: one str.find before sre's search; test where no low."""
    if low is None:
        return test
    find = low.find
    return lambda start, end: find(word, start, end) >= 0 and test(start, end)


def _after_in_for(test, low: str | None):
    """test (start, end) of _GOAL_BEFORE, asked only where low[:end] ends in "in", "for" or "year" and a space, as
    every match of it does (its last words "in|for (the year)" then $): a few characters read back before sre's search
    over GOAL_REACH characters; test where no low."""
    if low is None:
        return test

    def gated(start: int, end: int) -> bool:
        k = end - 1
        while k >= 0 and low[k].isspace():
            k -= 1
        return k < end - 1 and low.endswith(("in", "for", "year"), 0, k + 1) and test(start, end)
    return gated


def to_come_test(text: str, low: str | None):
    """to_come's test (start, end) -> bool for one text, its patterns chosen once (_on_low), for a test asked at
    each year of a page."""
    # ("Этот показатель в 2023 году составит 50 тысяч тонн": a future verb after the year, rule future_verb_year; the
    # language's rows of cue page_future_after)
    future, fs = _on_low(cue("page_future_after", _FUTURE_AFTER), text, low)
    goal_rx = cue("goal_before", _GOAL_BEFORE)
    goal = _searcher(goal_rx, text, low)
    if goal_rx is _GOAL_BEFORE:
        goal = _after_in_for(goal, low)
    forecast = _after_in_for(_searcher(cue("page_forecast_before", _forecast_before()), text, low), low)
    return lambda start, end: bool(future.match(fs, end) or goal(max(0, start - GOAL_REACH), start)
                                   or forecast(max(0, start - GOAL_REACH), start))


def to_come(text: str, start: int, end: int, low: str | None = None) -> bool:
    """The year at text[start:end] is named as a time to come: a goal of its clause ("the government intends
    to repeat this figure in 2023") or the subject of a future ("foreign trade in 2011 will increase").
    low: text lower-cased by tradeflows.vocab.lowercase.lower_text (or None), searched instead where it can (_on_low)."""
    return to_come_test(text, low)(start, end)


def text_year(text: str, start: int = 0, end: int | None = None, low: str | None = None) -> int | None:
    """The latest year the text speaks of as a time (not a goal 'by 2030', not a span's end);
    a year named as a base ('compared with 2016', 'double that of 2022') means a later now, and
    so does a whole year reported as done on a page that speaks of 'this year' or 'last year' ("по
    итогам 2016 года товарооборот вырос" beside "в этом году": cue 'done_year').
    low: lower_text(text) when the caller has it (a Doc's), else None: made here."""
    best, from_base, future, goal_end, floor = None, False, None, None, None
    series_end, series_year = -1, 0   # the sentence end and year of the last year to come (rule forecast_series)
    first_come = None   # the earliest year named as to come
    end = len(text) if end is None else end
    if low is None:
        low = lower_text(text)   # the re.I patterns' searches run on it as their lower-cased copies (_on_low)
    closed = set()
    found: dict = {}   # the lead words' places in low, shared by the patterns that open on them (_finds)
    for m in _led_finditer(_closed_span(), ("from",), text, low, start, end, found):
        if int(m.group(1)) < int(m.group(2)):
            closed.update((m.start(1), m.start(2)))
    floor_local = _local_calendar_floor()
    # the tests read before each year, their patterns chosen once (_searcher)
    copyright_ = _searcher(_COPYRIGHT, text, low)
    stamp_at, stamped = cue("page_clock_stamp_year", _clock_stamp()).match, None
    contrast = _searcher(cue("contrast_if", NEVER), text, low)
    ending = _holding("current", _searcher(_current_ending(), text, low), low)
    not_now = _searcher(cue("not_now", _not_now()), text, low)
    goal_end_before = _searcher(cue("goal_end", NEVER), text, low)
    come = to_come_test(text, low)
    base_before = _searcher(cue("base", _base()), text, low)
    base_value = _searcher(_base_value(), text, low)
    later_after = _year_later_after(text, low)
    for m in _tried_at(_YEAR, year_starts(text, start, end), text, start, end):   # (_YEAR.finditer, read from year_starts)
        if m.start(1) in closed:
            continue  # rule closed_span
        if int(m.group(1)) >= floor_local:
            # "in the first seven months of the current fiscal year 2080/81 BS": a year of a country's own calendar
            # (vocab calendars.csv: Bikram Sambat from 2060 on) is no Gregorian year a page speaks from (rule
            # local_calendar_year)
            continue
        at = m.start()
        if copyright_(max(0, at - COPYRIGHT_REACH), at):
            continue  # rule copyright_year
        if stamp_at(text, at) and _CLOCK_BEFORE.search(text, max(0, at - CLOCK_REACH), at):
            stamped = max(stamped or 0, int(m.group(1)))
            continue  # rule clock_stamp_year
        if counted(text, at, m.end()):
            continue  # "Монголия экспортировала 2088 юрт": a count, not a year (rule count_not_year)
        if contrast(max(0, at - 30), at):
            # "И если в 2006 году импорт был лишь на 35 тысяч долларов, то в прошлом году он составил уже 114
            # тысяч": a year set against the page's own time is behind it by an unknown stretch (rule contrast_if;
            # cue 'contrast_if', Russian rows only): a floor, the page's year only beside "this year"
            floor = max(floor or 0, int(m.group(1)) + 1)
            continue
        if ending(max(0, at - CURRENT_ENDING_REACH), at):
            # "the country's foreign trade will exceed USD 59 billion in the current Iranian year (ending March 2014)":
            # where the running year will end, a year to come (rule current_year_ending)
            future = max(future or 0, int(m.group(1)))
            continue
        if not_now(max(0, at - 30), at):
            if goal_end_before(max(0, at - 30), at):
                goal_end = min(goal_end or 9999, int(m.group(1)))
            continue
        if series_start(text, at, low) is not None:
            continue  # "the lowest since records began in 1997": where a record series starts (rule record_series_year)
        if event_start(text, at, low) is not None:
            continue  # "at the time of Erdogan's visit ... in 2013": a past event's time (rule event_time_year)
        if _LAST_WAS.search(text, max(0, at - 60), at):
            continue  # "The last June year surplus was in 2014": a floor, not the time the page speaks from
        if come(at, m.end()) or (at < series_end and int(m.group(1)) > series_year):
            # "... is projected at 6.5% with a subsequent increase in growth rates to 7.7% in 2023 and to 7.9% in 2024",
            # "в 2023 году составит 50 тысяч тонн ($78,6 млн), и в 2024 году – 40 тысяч тонн": a later year in the
            # sentence of a year to come goes on with its forecast (rule forecast_series)
            first_come = min(first_come or 9999, int(m.group(1)))
            series_year = int(m.group(1))
            brk = _SENTENCE_BREAK.search(text, m.end(), end)
            series_end = brk.start() if brk else end
            continue
        base = base_before(max(0, at - BASE_REACH), at) or base_value(max(0, at - BASE_VALUE_REACH), at)
        if base and (_month_before_own(text, at, int(m.group(1))) or _own_year_before(text, at, m.group(1))):
            base = False
        y = int(m.group(1)) + base + _split_end(text, m.end(), int(m.group(1)), m.start(1))
        if not base and later_after(m.end()):
            # "the coverage rate even fell from 78.3% over the first 11 months of 2017 to 77.9% a year later" (an undated
            # page of 2018): a year the sentence goes on from to "a year later" is a base, the time spoken of the year
            # after it (rule year_later_after)
            y += 1
        if best is None or y > best:
            best, from_base = y, base
        elif y == best and not base:
            from_base = False  # the year is also named as a time of its own
    if best is None and stamped is not None:
        best = stamped  # rule clock_stamp_year: a posting stamp's year when the text names no other
    if best is None and (future or first_come) is not None:
        # a forecast's year ("the trade surplus in 2018 will reach") only when no other is named: the earliest ("Согласно
        # прогнозу, в текущем году планируется ... Этот показатель в 2023 году составит ..., и в 2024 году": a forecast
        # runs from the page's time on, its later years are no time of the page's, rule forecast_first_year)
        best = min(y for y in (future, first_come) if y is not None)
    if best is None and floor is not None and _search(THIS_YEAR_CUE(), text, low, start, end) \
            and not _search(cue("last_year", NEVER), text, low, start, end):
        best = floor
    if best is None and goal_end is not None:
        # "довести товарооборот до $1 млрд может быть выполнена до конца 2017 года", "цель увеличить экспорт
        # угля ... к концу 2019 года": a goal for the end of a year, the only year named, is set within that
        # year (rule goal_end_year; cue 'goal_end', Russian rows only)
        best = goal_end
    if best is not None and _search(THIS_YEAR_CUE(), text, low, start, end):
        best = max([best] + [y + 1 for y in done_years(text, start, end, low, found)])
    elif best is not None and not from_base and _search(_unyeared_part(), text, low, start, end) \
            and reported_through(text[start:end], best) == 12:
        # "Trade ... in the first three quarters topped 28.04 billion U.S. dollars ... Trade topped 56.83
        # billion U.S. dollars in 2008": a part of a year with no year written, on a page whose latest
        # year is reported whole, is of the year after it (rule unyeared_part)
        best += 1
    elif best is not None and not from_base and _search(cue("last_year", _last_year()), text, low, start, end):
        # "в 2022—2024 годах ... товарооборот сократился" beside "к аналогичному периоду прошлого года": a
        # year reported done on a page that speaks of "last year" is that last year at the latest
        best = max([best] + [y + 1 for y in done_years(text, start, end, low, found)])
    elif from_base and (first_come is None or first_come > best) and _search(cue("last_year", NEVER), text, low, start, end):
        # "в январе-ноябре прошлого года ... превышает уровень аналогичного периода 2024 года": the
        # latest year is a base, and the figures compared with it are of "last year": a year later
        # still (cue 'last_year', no English rows yet); not when the page names the year after the base as to come
        # ("Планы России на 2018 год ... По сравнению с сезоном 2017 года, рост превысит 30%" beside "в прошлом году":
        # the base is compared with the year planned, the page speaks from it at the latest, rule base_of_to_come)
        best += 1
    last_year_base = cue("last_year_base", _LAST_YEAR_BASE)
    for m in (*_led_finditer(_FROM_YEAR_TO_LAST, ("from",), text, low, start, end, found, _from_then_last),
              *_led_finditer(_LAST_YEAR_FROM, ("last",), text, low, start, end, found, _last_year_then_from),
              *(_led_finditer(last_year_base, ("last",), text, low, start, end, found) if last_year_base is _LAST_YEAR_BASE
                else last_year_base.finditer(text, start, end))):
        # "trade increased from $1.5 billion in 2022 to more than $2 billion last year": "last year" is a
        # later year than the one the change started from, and the page speaks from the year after it
        best = max(best or 0, int(next(g for g in m.groups() if g)) + 2)
    return best


# "Thursday, December 7, 2023" or "Thursday, December 7, 2023 | Back issues": a weekday's full date opening a short line
# of the page head, no clock time after it (a story's stamp has one: dates.weekday_clock)
# ("4.29 PM Thursday, 25 April 2024", emirates247.com: the site's clock before the weekday, rule clock_banner)
# ("Sunday , June 13 2021" over Colombia's September 2018, uneath.com: a space before the weekday's comma, rule
# stale_banner)
_banner_line = EnglishCue("page_banner_line", re.M)
# "Tuesday, 20 April 2021 | 17:18 WIB": a weekday's full date and a clock time, the line's all (a site's clock; a story's
# stamp as often: only a stale one is left out, rule stale_clock_banner)
_clock_banner_line = EnglishCue("page_clock_banner_line", re.M)


BANNER_HEAD = 5000   # the page head a site's banner stands in
STALE_YEARS = 2      # a banner this many years after the latest year the story speaks of dates the reading


def stale_banners(text: str) -> set[str]:
    """The dates of the site's banner of the day the page was read: a weekday's date on a short line of the head
    (_BANNER_LINE) STALE_YEARS or more after the latest year the rest of the text speaks of, every copy of it left
    out ("Thursday, December 7, 2023 | Back issues" above "The overall U.S. trade deficit shrank in 2019 ... dropped
    1.7% last year", courthousenews.com: rule stale_banner)."""
    out = set()
    head = min(len(text), BANNER_HEAD)
    # (both rows open on "^" of a line, which leaves sre no prefilter: it enters every character of the head; a head
    # lacking their words, an English weekday and month, holds no banner, as on every Russian page: not scanned)
    words = text[:head]
    clock_rx, banner_rx = _clock_banner_line(), _banner_line()
    # (and a weekday's date with the site's clock after it, the line's all: "Tuesday, 20 April 2021 | 17:18 WIB" over
    # Indonesia's coal exports of January-August 2017, netralnews.com; rule stale_clock_banner)
    clocked = {m.group(1) for m in clock_rx.finditer(text, 0, head)} if holds(words, pattern_needs(clock_rx)) else set()
    banners = {m.group(1) for m in banner_rx.finditer(text, 0, head)} if holds(words, pattern_needs(banner_rx)) else set()
    for written in banners | clocked:
        rest = text.replace(written, " " * len(written))
        story = text_year(rest)
        if story is not None and int(re.search(_Y, written).group()) - story >= STALE_YEARS \
                and (written not in clocked or len({ln for ln in rest.split("\n") if str(story) in ln}) >= 2):
            # (a clock's line is as often the story's own stamp, "Thursday, Dec 20, 2018 18:28" over "the first 11
            # months of this year" and a goal "by 2020", bizhub.vn: only where the story's year stands on two
            # lines at least, as for dates.py's stale_stamp)
            out.add(written)
    return out


def without_stale_banners(text: str) -> str:
    """The text with the dates of its stale banners (stale_banners) blanked, offsets kept."""
    for written in stale_banners(text):
        text = text.replace(written, " " * len(written))
    return text


# "from $15.6 billion in 2022 to $17.9 billion this year", "to increase trade from $25 billion in 2023 to
# $30 billion by next year": the year a change starts from is a whole year done (English rows of cue done_year)
# (skip_ahead: no alternative opens on a literal, so sre would enter the pattern at every position of the whole
# text, ~10 ms a book; the first-character class finds the same matches a few times sooner)
_DONE_YEAR = skip_compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+)?(?:US\s?)?[$€£¥]\s?\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?"
                          r"in\s+((?:19|20)\d\d)\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?"
                          r"(?:US\s?)?[$€£¥]\s?\d"
                          # "it will be a new high after 2023 saw a record-breaking $287 billion worth of exports"
                          r"|\b((?:19|20)\d\d)\s+saw\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:record|total|exports?|imports?|"
                          r"trade|turnover|surplus|deficit|[$€£¥])"
                          # "Exports had ended 2021 at a record $225.4 billion"
                          r"|\bended\s+((?:19|20)\d\d)\s+(?:at|with)\b"
                          # "In 2023, Brazil had a surplus of around US$6 billion ..., while this year the result was
                          # more balanced": a year set against "this year" is done (rule while_this_year)
                          r"|\bin\s+((?:19|20)\d\d),\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?\bwhile\s+this\s+year\b"
                          # "In 2024, the China-Central Asia trade turnover was more than three times of the 2014 figure":
                          # a year opening a sentence told in the past (rule in_year_done; "... for decades; in 2012,
                          # total trade between the two countries was $19.4 billion": or a clause after a semicolon)
                          r"|(?:^|(?<=[.!?;]\s)|(?<=\n))In\s+((?:19|20)\d\d),\s+(?:[^.;,]|(?<=\d)\.(?=\d)){0,80}?\b(?:was|were|reached|"
                          r"hit|totall?ed|amounted|stood)\b", re.I)


# "Last year, imports from Kenya fell to Shs2.28 trillion (Ksh61.82b) from Shs2.3 trillion (Ksh62.17b) in
# 2016": the year a change to "last year" started from is earlier still (rule last_year_from)
_LAST_YEAR_FROM = skip_compile(r"\blast\s+year\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\bfrom\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
                               r"\bin\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
# "Last year, exports rose 12% compared with 2016", "По итогам прошлого года товарооборот ... увеличился на 2,2% по
# сравнению с 2015 годом": the year "last year" is compared with in its own clause is the one before it (rule
# last_year_base; Russian rows in vocab/ru/patterns.csv)
_LAST_YEAR_BASE = skip_compile(r"\blast\s+year\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\b(?:compared\s+(?:to|with)|"
                               r"in\s+comparison\s+(?:to|with)|versus|over)\s+(?:the\s+)?(?:year\s+)?((?:19|20)\d\d)\b"
                               r"(?!\s*[-–/]\s*\d)", re.I)
_FROM_YEAR_TO_LAST = skip_compile(r"\bfrom\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\bin\s+((?:19|20)\d\d)\s+to\s+"
                                  r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\blast\s+year\b", re.I)


# the month written right before a year ("in February 2022", "Mar-2022")
_month_before = EnglishCue("page_month_before", re.I)


def _month_before_own(text: str, at: int, year: int) -> bool:
    """The base at text[at] is a month of `year` and the text names a later month of that year as a time of its
    own ("exports fell 2 per cent to $2.77 billion in March 2022, down from $2.82 billion in February 2022"): the
    page speaks from that year, not the one after (rule base_month_same_year)."""
    b = _month_before().search(text, max(0, at - 14), at)
    if b is None:
        return False
    first = month_number(b.group(1))
    months, _ = _year_patterns(year)
    if any(month_number(m.group(2) or m.group(1)) > first and not _based(text, m.start())
           for m in months.finditer(text)):
        return True
    # "jumped last December by 10 percent ... while it decreased by 7.7 percent compared to November 2022": a
    # later month named with no year, as a time of its own, is of the base's year too (rule base_month_bare_later)
    return any(month_number(m.group(1)) > first and not _based(text, m.start()) for m in _bare_month().finditer(text))


OWN_YEAR_REACH = 160   # characters before a base read for the same year named as the sentence's own time
# a sentence's end between two places: a stop before a capital letter, or a line break
_SENTENCE_BREAK = skip_compile(r"[.!?]\s+(?=[A-ZА-ЯЁ\"«])|\n")


def _own_year_before(text: str, at: int, year: str) -> bool:
    """The base's year at text[at] is the year its own sentence names before it as its own time, not a base ("в
    январе-мае 2002 г. увеличилось по сравнению с аналогичным периодом 2002 г.", press.try.md, the base a misprint
    for 2001): a year cannot be later than itself, so the base says nothing of a later year (rule base_same_as_own)."""
    lo = max(0, at - OWN_YEAR_REACH)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, at)]
    lo = breaks[-1] if breaks else lo
    k = text.find(year, lo, at)
    while k >= 0:
        if not (text[k - 1:k].isdigit() or text[k + 4:k + 5].isdigit()) and not _based(text, k):
            return True
        k = text.find(year, k + 4, at)
    return False


def _based(text: str, at: int) -> bool:
    """A base cue or a base's value stands right before text[at] ("compared to", "from $4.9 billion in")."""
    return bool(cue("base", _base()).search(text, max(0, at - BASE_REACH), at)
                or _base_value().search(text, max(0, at - BASE_VALUE_REACH), at))


# a month named with no year after it ("during December", "last December")
_bare_month = EnglishCue("page_bare_month", re.I)


@lru_cache(maxsize=1)
def _local_calendar_floor() -> int:
    """The first year number that is some country's own calendar's rather than a Gregorian trade year
    (vocab calendars.csv: the lowest local_lo of a calendar whose years run past 2000)."""
    los = [int(r["local_lo"]) for r in read_csv("calendars.csv") if int(r["local_lo"]) >= 2000]
    return min(los, default=10_000)


def _split_end(text: str, pos: int, year: int, start: int | None = None) -> int:
    """1 when the year at text[:pos] starts a split year ("2010-11"): it ends the year after (rule split_year_end);
    0 when months of the split's first calendar year name it ("April-September 2017-18": a fiscal year's first
    months, from April on, without the turn of the year, lie in 2017; rule split_year_months)."""
    m = _SPLIT_END.match(text, pos)
    if m is None or int(m.group(1)) != (year + 1) % 100:
        return 0
    if start is not None:
        months = _months_before().search(text, max(0, start - 40), start)
        if months is not None:
            m1, m2 = month_number(months.group("m1")), month_number(months.group("m2"))
            if FIRST_HALF_FROM <= m1 <= m2:
                return 0
    return 1


FIRST_HALF_FROM = 4   # the earliest month fiscal years start in (April: India, Japan, UK; July; October)


_months_before = EnglishCue("page_months_before", re.I)


def done_years(text: str, start: int = 0, end: int | None = None, low: str | None = None,
               found: dict | None = None) -> set[int]:
    """Years whose whole result the text reports as done (cue 'done_year'); low: the text lower-cased by
    tradeflows.vocab.lowercase.lower_text (or None), where the English pattern is tried only where a match can start
    (_done_year_starts); found: the lead words' places already read in low (_finds), or None."""
    done = cue("done_year", _DONE_YEAR)
    end = len(text) if end is None else end
    starts = _done_year_starts(low, start, end, found) if low is not None else None
    matches = done.finditer(text, start, end) if done is not _DONE_YEAR or starts is None \
        else _tried_at(done, starts, text, start, end)
    # "In 2020, Ukraine opened 12 new markets": a year opening a sentence told in the past of an amount (rule
    # in_year_past; English row page_year_done_past, tried only where "in <year>," opens a sentence)
    past = _year_done_past()
    past_found = past.finditer(text, start, end) if starts is None else _tried_at(past, starts, text, start, end)
    # ("Statistics for 2016 indicate that ...": rule stats_done_year, ingest/done_stats.py)
    return {int(next(g for g in m.groups() if g)) for m in (*matches, *past_found)} \
        | stats_done_years(text, start, end, low)


# "In 2020, Ukraine opened 12 new markets" (rule in_year_past)
_year_done_past = EnglishCue("page_year_done_past", re.I)


# (what each branch of _DONE_YEAR and page_year_done_past opens on, for _done_year_starts: "from", "ended", a year
# before "saw", and "in" before a year with its comma, "In 2020, Ukraine opened", or without it, "In 2024 our trade with
# the EU showed": rule page_year_done_past)
_IN_YEAR_MAYBE_COMMA = re.compile(r"in\s+(?:19|20)\d\d,?")


def _done_year_starts(low: str, start: int, end: int, found: dict | None = None) -> list[int]:
    """Every place in low[start:end] (the text lower-cased: tradeflows.vocab.lowercase.lower_text) where a match of
    _DONE_YEAR can start, in order: where a branch's opening word is (str.find: a scan some tenfold faster than sre's
    entering the pattern at every "e", "f", "i" and digit), the year before "saw" read back over the spaces."""
    at = _finds(low, "from", start, end, found) + _finds(low, "ended", start, end, found)
    at += [m.start() for m in _IN_YEAR_MAYBE_COMMA.finditer(low, start, end)
           if _in_year_may_open(low, m.start(), m.end())]
    for k in _finds(low, "saw", start, end, found):
        j = k
        while j > start and low[j - 1].isspace():
            j -= 1
        if j < k and j - 4 >= start:
            at.append(j - 4)
    return sorted(at)


def _in_year_may_open(low: str, i: int, e: int) -> bool:
    """Whether a match of _DONE_YEAR's branches that open on "in <year>" with or without its comma (low[i:e]) may start
    at i: a space after the year or its comma, and "In" opening a sentence or clause, or "while" within the 160
    characters after (a few characters and a str.find where sre's lazy run would try "while" at each of them)."""
    n = len(low)
    if e >= n or not low[e].isspace():
        return False
    if i == 0 or low[i - 1] == "\n" or (i >= 2 and low[i - 2] in ".!?;" and low[i - 1].isspace()):
        return True
    w = e
    while w < n and low[w].isspace():
        w += 1
    return low.find("while", e + 1, w + 160 + len("while")) >= 0


def _finds(low: str, word: str, start: int, end: int, found: dict | None = None) -> list[int]:
    """Where word occurs in low[start:end] (str.find), overlapping ones too (the list is not to be changed). found: a
    dict of one text's places read so far (text_year reads "from" for three patterns: one scan of the page), or None."""
    key = (word, start, end)
    if found is not None and key in found:
        return found[key]
    out = []
    i = low.find(word, start, end)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1, end)
    if found is not None:
        found[key] = out
    return out


_LAST_YEAR_AT = re.compile(r"last\s+year\b")


def _last_year_then_from(low: str, i: int, found: dict | None) -> bool:
    """Whether a match of _LAST_YEAR_FROM may start at low[i] ("last"): "last year" there and "from" written within
    the 100 characters after it, as every match has (a str.find before sre's lazy run tries "from" at each)."""
    m = _LAST_YEAR_AT.match(low, i)
    return m is not None and low.find("from", m.end(), m.end() + 100 + len("from")) >= 0


def _from_then_last(low: str, i: int, found: dict | None) -> bool:
    """Whether a match of _FROM_YEAR_TO_LAST may start at low[i] ("from"): every match runs on to a "last" with no ";"
    and no "." but between digits before it (its runs of [^.;] and of digits' points), so the first "last" after
    "from" (the places of "last" in `found`, else read) has none between."""
    lasts = _finds(low, "last", 0, len(low), found)
    k = bisect_left(lasts, i + 4)
    if k == len(lasts):
        return False
    q = lasts[k]
    if low.find(";", i, q) >= 0:
        return False
    d = low.find(".", i, q)
    while d >= 0:
        if not (low[d - 1].isdigit() and low[d + 1].isdigit()):
            return False
        d = low.find(".", d + 1, q)
    return True


def year_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where "19" or "20" is written in text[start:end], in order: every place a year (?:19|20)\\d\\d can start, found
    by str.find (on a page of figures some 3x faster than sre's loop over the first characters of a year pattern)."""
    end = len(text) if end is None else end
    return sorted(_finds(text, "19", start, end) + _finds(text, "20", start, end))


def _tried_at(rx: re.Pattern, starts: list[int], text: str, start: int, end: int) -> list[re.Match]:
    """rx.finditer(text, start, end) when no match of rx can start anywhere but at `starts` (sorted): rx tried at
    each of them in order (rx.match, which reads the text before it as search does), the next after a match's end."""
    out = []
    pos = start
    match = rx.match
    for i in starts:
        if i >= pos:
            m = match(text, i, end)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _led_finditer(rx: re.Pattern, leads: tuple[str, ...], text: str, low: str | None, start: int, end: int,
                  found: dict | None = None, may_open=None):
    """rx.finditer(text, start, end) for a pattern every match of which opens on one of the lower-case words `leads`
    in any case: rx tried only where low (the text lower-cased, tradeflows.vocab.lowercase.lower_text) has one (_tried_at),
    found by str.find, a scan some tenfold faster than sre's; plain finditer where there is no low. found: the words'
    places read so far (_finds); may_open(low, i, found): False where no match of rx can start at i (a cheap test)."""
    if low is None:
        return rx.finditer(text, start, end)
    starts = sorted(i for w in leads for i in _finds(low, w, start, end, found))
    if may_open is not None:
        starts = [i for i in starts if may_open(low, i, found)]
    return _tried_at(rx, starts, text, start, end)


def THIS_YEAR_CUE() -> re.Pattern:
    """The page speaks of its own year: "this year", and the language's (cue 'this_year')."""
    return cue("this_year", THIS_YEAR)


def reported_through(text: str, year: int) -> int:
    """The last month of `year` whose figures the text reports as done: "January to November
    2019" -> 11, "in 2023, up 0.2 percent" -> 12 (a whole year, in a sentence without a goal
    or forecast), else 0."""
    months, whole = _year_patterns(year)
    last = 0
    for m in months.finditer(text):
        last = max(last, month_number(m.group(2) or m.group(1)))
    for m in whole.finditer(text):
        # the sentence around it: a full stop after "U.S." or "Dr." ends none (rule sentence_stop)
        s = max((b.end() for b in _STOP.finditer(text, 0, m.start())), default=0)
        e = _STOP.search(text, m.end())
        if not _FUTURE.search(text[s:e.start() if e else len(text)]):
            last = 12
    return max(last, _local_reported_through(text, year))


def _local_reported_through(text: str, year: int) -> int:
    """The same in the page's language: the last month of a range written with `year` ("В
    январе-ноябре 2016 года" -> 11; cue 'reported_month', groups mon and yr), its number from the
    month stems of vocab/<lang>/periods.csv."""
    pat = cue("reported_month", NEVER)
    if pat is NEVER:
        return 0
    months = _local_months(current_language())
    last = 0
    for m in pat.finditer(text):
        if m.group("yr") == str(year):
            last = max([last] + [n for rx, n in months if rx.match(m.group("mon"))][:1])
    return last


@lru_cache(maxsize=None)
def _local_months(lang: str) -> tuple[tuple[re.Pattern, int], ...]:
    return tuple((re.compile(r["phrase"], re.I), int(r["m1"])) for r in read_csv("periods.csv", lang)
                 if r["kind"] == "month")


@lru_cache(maxsize=64)
def _year_patterns(year: int) -> tuple[re.Pattern, re.Pattern]:
    """(months of the year: "January to November 2019", the whole year: "in 2023")."""
    return (re.compile(rf"\b({_mon()})(?:\s*(?:[-–—]|to|through)\s*({_mon()}))?,?\s+(?:of\s+)?{year}\b"
                       rf"(?!\s*[-–/]\s*\d)"),
            # ("so far in 2024", "thus far in 2024", "until now in 2024": the year running, not reported whole)
            re.compile(rf"(?<!\bfar\s)(?<!\bnow\s)\b(?:in|for|during|throughout)\s+(?:the\s+(?:whole|full)\s+(?:year\s+)?(?:of\s+)?)?"
                       rf"{year}\b(?!\s*[-–/]\s*\d)"))


# a sentence's end: a full stop not after a capital letter ("U.S. dollars") nor inside a number
_STOP = skip_compile(r"(?<![A-Z])[.!?](?=\s|$)")
_FUTURE = skip_compile(r"\b(?:will|would|expect\w*|forecast\w*|project\w*|target\w*|aim\w*|plan\w*|goal|"
                     r"could|may|should|estimated\s+to|set\s+to|likely)\b", re.I)

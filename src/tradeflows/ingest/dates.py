"""Publication dates written on a page, and the year a page speaks from.

A page prints its date in a few places: a stamp on its first line, a byline
("Published: 2 December 2022", "Tue 14th July 2020 | 03:42 PM"), a wire dateline
("MOSCOW, December 2. /TASS/", "KUALA LUMPUR, April 3 —") whose year is elsewhere on
the page, a full date opening one of its first lines ("Pretoria, 30 October 2020 – ..."),
or its address ("/2022/12/02/"). Month names of the page's language count too. A full date inside a running sentence
("the agreement of May 1, 2022") dates an event, not the page, so it is not read
as the publication date. Rules are tried in order; the first that holds names
itself in ``published_source``.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from tradeflows.vocab import current_language, read_csv, using_language
from tradeflows.vocab.months import month_number, month_pattern
from tradeflows.vocab.patterns import NEVER, cue

HEAD_CHARS = 5000          # the page head where a byline or dateline stands
BYLINE_MAX = 80            # a line this short that holds a full date is a byline

_MON = month_pattern(abbreviations=True)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d\d"
# " date 2021-12-29 ..." / " date 2021-04": a store's stamp at the very start
_STAMP = re.compile(rf"\A\s*date\s+({_Y}-[01]\d(?:-[0-3]\d)?)\b")
_ISO = re.compile(rf"(?<![\d-])({_Y}-[01]\d-[0-3]\d)(?![\d-])")
# "December 2, 2022", "2 December 2022", "14th July 2020", "Dec. 2, 2022"
_WORDY = re.compile(rf"\b(?:{_DAY}\s+{_MON},?\s+{_Y}|{_MON}\s+{_DAY},?\s+{_Y})\b")
# a page that opens with its date: "Pretoria, 30 October 2020 – The ...", "Jan 3, 2020 | ..."
LEAD_LINES = 4             # a dateline stands in the first lines, under a title at most
_LEAD_PLACE = re.compile(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3},\s*")  # a capitalised place
_LEAD_END = re.compile(r"\s*(?:[-–—|(:,.]|$)")
# "02.12.2022" (day first), "12/02/2022" (day first unless the day cannot be a month)
_NUMERIC = re.compile(rf"(?<![\d.])(\d{{1,2}})([./])(\d{{1,2}})\2({_Y})(?![\d.])")
_PUBLISHED = re.compile(r"\b(?:Published|Updated|Posted|Last\s+updated|Date)\s*(?:on|at)?\s*:?\s*", re.I)
# "MOSCOW, December 2. /TASS/", "MINSK, 5 December (BelTA)", "KUALA LUMPUR, April 3 —"; the
# language's own through cue "dateline" ("МОСКВА, 15 ноября. /ТАСС/.", one group: day and month)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'’-]+,\s+({_DAY}\s+{_MON}|{_MON}\s+{_DAY})\s*(?:\.|\(|/|—|–|-)", re.M)
# Dates in a page's address, most specific first; each rule names itself (published_source
# "...:url" keeps the place, the rule the form). Groups: year, month, day (day optional).
URL_DATE_RULES = (
    # /2022/12/02/ (most outlets), /2017-02-27/ and /2022-07-21-slug (a dashed path segment)
    ("ymd", re.compile(rf"/({_Y})([/-])([01]?\d)\2([0-3]?\d)(?=[/_.-]|$)")),
    # /2019-09/05/ (Xinhua), /202301/13/ (China Daily), /2023/0113/ (People's Daily)
    ("ym_d", re.compile(rf"/({_Y})-?([01]\d)/([0-3]\d)/")),
    ("y_md", re.compile(rf"/({_Y})/([01]\d)([0-3]\d)/")),
    # /20170227/ or /20170227-slug: eight digits standing alone as a path segment
    ("compact", re.compile(rf"/({_Y})([01]\d)([0-3]\d)(?=[/_.-]|$)")),
    # /2023/09/ with no day: the month only
    ("ym", re.compile(rf"/({_Y})/([01]\d)/")),
)
_URL = re.compile(r"https?://\S+")
_YEAR = re.compile(rf"(?<![\d.,/$€£¥-])({_Y})(?![\d%])")
# a year that names a goal, the far end of a span or its start ("a record since 1989"), not the time a page speaks from
_NOT_NOW = re.compile(r"(?:\b(?:by|until|till|through|to|before|since|horizon|vision|plan|strategy)\s+(?:the\s+(?:end\s+of\s+)?)?"
                      r"|[-–]\s*)$", re.I)

# "The last June year surplus was in 2014", "the last time exports fell was in 2009": the latest such
# year before the page's own, which is later by an unknown stretch (rule last_was)
_LAST_WAS = re.compile(r"\b[Tt]he\s+last\s+(?:[\w-]+\s+){0,4}?(?:was|were|came)\s+(?:back\s+)?(?:in\s+)?$")

# "in the first three quarters", "during the first nine months": a part of a year with no year after it
_UNYEARED_PART = re.compile(
    r"\b(?:in|during|for|over)\s+the\s+first\s+(?:(?:two|three)\s+quarters|(?:\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven)\s+months|half|quarter)\b(?!\s*,?\s*(?:of\s+|in\s+)?(?:the\s+)?(?:(?:19|20)\d\d|last|previous|\[))", re.I)
# "foreign trade in 2011 will increase at a slower pace": a year the sentence speaks of as to come
_FUTURE_AFTER = re.compile(r"(?:['’]s)?,?\s+(?:will|would|is\s+(?:expected|forecast|projected)|are\s+(?:expected|forecast|projected))\b", re.I)
THIS_YEAR = re.compile(r"\b(?:this|the\s+current)\s+year\b", re.I)
# "compared to the same month in 2015", "a 35% decline over the same period of 2009", "higher than in
# October 2010", "compared to the January-October period of 2015": a year named as a base
_BASE = re.compile(r"(?:\b(?:compared\s+(?:with|to)|than|that\s+of|versus|vs\.?)\s+(?:in\s+|the\s+|a\s+)?"
                   r"|\b(?:over|from|on)\s+(?:the|a)\s+(?=(?:same|similar|corresponding|comparable)\s))"
                   r"(?:(?:(?:same|similar|corresponding|comparable)\s+|[A-Z][a-z]+\s*[-–]\s*[A-Z][a-z]+\s+)?"
                   r"(?:period|month|months|quarter|half|time)\s+(?:of|in)\s+(?:the\s+)?)?"
                   rf"(?:{_MON}\s+(?:of\s+)?)?$", re.I)
# "rising from £9.1bn in September 2015", "compared with N13.43 trillion in": a base's value dates its year;
# "surpassing the previous high of 47.91 billion dollars tallied in November 2013": a past record too
_BASE_VALUE = re.compile(rf"\b(?:from|compared\s+(?:with|to)|against|versus|(?:previous|former|prior)\s+(?:high|record|peak|low)\s+of)"
                         rf"\s+(?:about\s+|around\s+|nearly\s+)?[^\s\d]{{0,4}}\s?\d[\d.,]*\s*"
                               rf"(?:bn|m|mn|billion|million|trillion|thousand)?\s+(?:[a-z]+\s+){{0,3}}?(?:in|during)\s+(?:the\s+)?(?:{_MON}\s+(?:of\s+)?)?$", re.I)
BASE_VALUE_REACH = 100  # "the previous high of 47.91 billion dollars tallied in November 2013"
BASE_REACH = 50  # characters before a year that a base cue may take ("по сравнению с первым кварталом ")


@lru_cache(maxsize=None)
def _parser(lang: str):
    """One dateparser instance per language and process (building it is the slow part)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(dict.fromkeys([lang, "en"])), settings={
        "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})


def _parse(s: str) -> str | None:
    d = _parser(current_language()).get_date_data(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)).date_obj
    return d.date().isoformat() if d else None


def _wordy():
    """Full dates in words: English, and the document language's (vocab patterns.csv
    'wordy_date': "13 октября 2025")."""
    return cue("wordy_date", _WORDY)


def _date_at(pat, m: re.Match) -> str | None:
    if pat is _NUMERIC:
        return _numeric(m)
    if pat is _ISO:
        return m.group(1)
    return _parse(m.group())


def _lead_date(head: str) -> str | None:
    """A full date opening one of the page's first lines, alone or after a place and a comma,
    and followed by a separator: "Pretoria, 30 October 2020 – The South African Revenue
    Service ...", "Jan 3, 2020 | Malaysia ...", a dateline under the title (a date inside a
    sentence dates an event)."""
    lines = [ln for ln in head.split("\n", LEAD_LINES * 3)[:LEAD_LINES * 3] if ln.strip()][:LEAD_LINES]
    wordy = _wordy()
    for line in lines:
        line = line.strip()
        lead = _LEAD_PLACE.match(line) if line[:1].isupper() else None
        at = lead.end() if lead else 0
        for pat in (wordy, _NUMERIC, _ISO):
            m = pat.match(line, at)
            if m and _LEAD_END.match(line, m.end()):
                return _date_at(pat, m)
    return None


def _numeric(m: re.Match) -> str | None:
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    day, month = (a, b) if m.group(2) == "." or a > 12 or b <= 12 else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{y:04d}-{month:02d}-{day:02d}"


def _line_of(text: str, pos: int) -> str:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return text[s:len(text) if e < 0 else e]


def _byline_date(head: str) -> str | None:
    """A full date after 'Published'/'Updated', or alone on a short line."""
    wordy = _wordy()
    for m in _PUBLISHED.finditer(head):
        tail = head[m.end():m.end() + 40]
        for pat in (wordy, _ISO, _NUMERIC):
            d = pat.match(tail)
            if d:
                return _date_at(pat, d)
    for pat in (wordy, _NUMERIC, _ISO):
        for d in pat.finditer(head):
            if len(_line_of(head, d.start()).strip()) <= BYLINE_MAX:
                return _date_at(pat, d)
    return None


def text_year(text: str, start: int = 0, end: int | None = None) -> int | None:
    """The latest year the text speaks of as a time (not a goal 'by 2030', not a span's end);
    a year named as a base ('compared with 2016', 'double that of 2022') means a later now, and
    so does a whole year reported as done on a page that speaks of 'this year' or 'last year' ("по
    итогам 2016 года товарооборот вырос" beside "в этом году": cue 'done_year')."""
    best, from_base, future = None, False, None
    end = len(text) if end is None else end
    for m in _YEAR.finditer(text, start, end):
        if cue("not_now", _NOT_NOW).search(text, max(0, m.start() - 30), m.start()):
            continue
        if _LAST_WAS.search(text, max(0, m.start() - 60), m.start()):
            continue  # "The last June year surplus was in 2014": a floor, not the time the page speaks from
        if _FUTURE_AFTER.match(text, m.end()):
            future = max(future or 0, int(m.group(1)))
            continue
        base = bool(cue("base", _BASE).search(text, max(0, m.start() - BASE_REACH), m.start())
                    or _BASE_VALUE.search(text, max(0, m.start() - BASE_VALUE_REACH), m.start()))
        y = int(m.group(1)) + base
        if best is None or y > best:
            best, from_base = y, base
        elif y == best and not base:
            from_base = False  # the year is also named as a time of its own
    if best is None:
        best = future  # a forecast's year ("the trade surplus in 2018 will reach") only when no other is named
    if best is not None and THIS_YEAR_CUE().search(text, start, end):
        best = max([best] + [y + 1 for y in done_years(text, start, end)])
    elif best is not None and not from_base and _UNYEARED_PART.search(text, start, end) \
            and _reported_through(text[start:end], best) == 12:
        # "Trade ... in the first three quarters topped 28.04 billion U.S. dollars ... Trade topped 56.83
        # billion U.S. dollars in 2008": a part of a year with no year written, on a page whose latest
        # year is reported whole, is of the year after it (rule unyeared_part)
        best += 1
    elif best is not None and not from_base and cue("last_year", NEVER).search(text, start, end):
        # "в 2022—2024 годах ... товарооборот сократился" beside "к аналогичному периоду прошлого года": a
        # year reported done on a page that speaks of "last year" is that last year at the latest
        best = max([best] + [y + 1 for y in done_years(text, start, end)])
    elif from_base and cue("last_year", NEVER).search(text, start, end):
        # "в январе-ноябре прошлого года ... превышает уровень аналогичного периода 2024 года": the
        # latest year is a base, and the figures compared with it are of "last year": a year later
        # still (cue 'last_year', no English rows yet)
        best += 1
    for m in (*_FROM_YEAR_TO_LAST.finditer(text, start, end), *_LAST_YEAR_FROM.finditer(text, start, end)):
        # "trade increased from $1.5 billion in 2022 to more than $2 billion last year": "last year" is a
        # later year than the one the change started from, and the page speaks from the year after it
        best = max(best or 0, int(m.group(1)) + 2)
    return best


# "from $15.6 billion in 2022 to $17.9 billion this year", "to increase trade from $25 billion in 2023 to
# $30 billion by next year": the year a change starts from is a whole year done (English rows of cue done_year)
_DONE_YEAR = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|over\s+)?(?:US\s?)?[$€£¥]\s?\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?"
                        r"in\s+((?:19|20)\d\d)\s+to\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?"
                        r"(?:US\s?)?[$€£¥]\s?\d"
                        # "it will be a new high after 2023 saw a record-breaking $287 billion worth of exports"
                        r"|\b((?:19|20)\d\d)\s+saw\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:record|total|exports?|imports?|"
                        r"trade|turnover|surplus|deficit|[$€£¥])"
                        # "Exports had ended 2021 at a record $225.4 billion"
                        r"|\bended\s+((?:19|20)\d\d)\s+(?:at|with)\b"
                        # "In 2023, Brazil had a surplus of around US$6 billion ..., while this year the result was
                        # more balanced": a year set against "this year" is done (rule while_this_year)
                        r"|\bin\s+((?:19|20)\d\d),\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?\bwhile\s+this\s+year\b", re.I)


# "Last year, imports from Kenya fell to Shs2.28 trillion (Ksh61.82b) from Shs2.3 trillion (Ksh62.17b) in
# 2016": the year a change to "last year" started from is earlier still (rule last_year_from)
_LAST_YEAR_FROM = re.compile(r"\blast\s+year\b(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\bfrom\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
                             r"\bin\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)", re.I)
_FROM_YEAR_TO_LAST = re.compile(r"\bfrom\s+(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\bin\s+((?:19|20)\d\d)\s+to\s+"
                                r"(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\blast\s+year\b", re.I)


def done_years(text: str, start: int = 0, end: int | None = None) -> set[int]:
    """Years whose whole result the text reports as done (cue 'done_year')."""
    done = cue("done_year", _DONE_YEAR)
    return {int(next(g for g in m.groups() if g))
            for m in done.finditer(text, start, len(text) if end is None else end)}


def THIS_YEAR_CUE() -> re.Pattern:
    """The page speaks of its own year: "this year", and the language's (cue 'this_year')."""
    return cue("this_year", THIS_YEAR)


def _reported_through(text: str, year: int) -> int:
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
    return (re.compile(rf"\b({_MON})(?:\s*(?:[-–—]|to|through)\s*({_MON}))?,?\s+(?:of\s+)?{year}\b"
                       rf"(?!\s*[-–/]\s*\d)"),
            re.compile(rf"\b(?:in|for|during|throughout)\s+(?:the\s+(?:whole|full)\s+(?:year\s+)?(?:of\s+)?)?"
                       rf"{year}\b(?!\s*[-–/]\s*\d)"))


# a sentence's end: a full stop not after a capital letter ("U.S. dollars") nor inside a number
_STOP = re.compile(r"(?<![A-Z])[.!?](?=\s|$)")
_FUTURE = re.compile(r"\b(?:will|would|expect\w*|forecast\w*|project\w*|target\w*|aim\w*|plan\w*|goal|"
                     r"could|may|should|estimated\s+to|set\s+to|likely)\b", re.I)


def date_of_url(url: str | None) -> str | None:
    """The date in one address by the first rule of URL_DATE_RULES that gives a real day
    ("YYYY-MM-DD"), or month ("YYYY-MM" for /2023/09/); None without one. Only the path
    counts: a query string ("?utm_content=20210201") and the host are not read."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[1] if "://" in path else path
    path = path[path.find("/"):] if "/" in path else ""
    for _, rx in URL_DATE_RULES:
        for m in rx.finditer(path):
            g = [x for x in m.groups() if x not in ("/", "-")]
            y, mo = int(g[0]), int(g[1])
            if not 1 <= mo <= 12:
                continue
            if len(g) == 2:
                return f"{y:04d}-{mo:02d}"
            try:
                return date(y, mo, int(g[2])).isoformat()
            except ValueError:
                continue
    return None


def url_date(text: str) -> str | None:
    """A date in an address written in the text (date_of_url)."""
    for u in _URL.finditer(text):
        d = date_of_url(u.group())
        if d:
            return d
    return None


def publication_date(raw: str, url: str | None = None,
                     lang: str | None = None) -> tuple[str | None, str | None]:
    """(ISO date or year-month, source rule) of a page; (None, None) when it prints none.
    lang: the page's language, whose month names and cue words are read besides English."""
    with using_language(lang):
        return _publication_date(raw, url)


def _publication_date(raw: str, url: str | None) -> tuple[str | None, str | None]:
    head = raw[:HEAD_CHARS]
    m = _STAMP.match(head)
    if m:
        return m.group(1), "text:stamp"
    d = _byline_date(head)
    if d:
        return d, "text:byline"
    d = _lead_date(head)
    if d:
        return d, "text:lead"
    m = cue("dateline", _DATELINE).search(head)
    if m:
        y = text_year(head)
        day = next(g for g in m.groups() if g)
        if y is not None:
            d = _parse(f"{day} {y}")
            if d and (int(d[5:7]) < _reported_through(head, y) or y in done_years(head)):
                # "BEIJING, Jan. 13 (Xinhua) -- ... in 2023, up 0.2 percent", "KUALA LUMPUR,
                # Jan 3 -- ... January to November 2019": a month's figures are published after
                # it ends, so a dateline before that month is in the year after
                d = _parse(f"{day} {y + 1}")
            if d:
                return d, "text:dateline"
    d = url_date(head)
    if d:
        return d, "text:url"
    d = date_of_url(url)
    if d:
        return d, "sources.csv:url"
    return None, None

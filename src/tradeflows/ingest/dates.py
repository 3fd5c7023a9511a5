"""Publication dates written on a page (the year an undated page speaks from: ingest.page_year).

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

from tradeflows.ingest.page_year import STALE_YEARS, reported_through, done_years, stale_banners, text_year
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, has_file, read_csv, using_language
from tradeflows.vocab.months import month_number, month_pattern
from tradeflows.vocab.patterns import EnglishCue, cue


def _mon() -> str:
    """The month names and their abbreviations as one alternation (vocab/en/months.csv, read on first use and
    cached by month_pattern)."""
    return month_pattern(abbreviations=True)


HEAD_CHARS = 5000          # the page head where a byline or dateline stands
BYLINE_MAX = 80            # a line this short that holds a full date is a byline

_MON_ABBR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"   # a month's three letters in an address
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d\d"
# " date 2021-12-29 ..." / " date 2021-04": a store's stamp at the very start
_STAMP = re.compile(rf"\A\s*date\s+({_Y}-[01]\d(?:-[0-3]\d)?)\b")
# ("2020-6-9 10:55 |", rodina.news: a month and a day written without their zeros; rule iso_unpadded)
_ISO = re.compile(rf"(?<![\d-])({_Y})-([01]?\d)-([0-3]?\d)(?![\d-])")


# "December 2, 2022", "2 December 2022", "14th July 2020", "Dec. 2, 2022"
_wordy_re = EnglishCue("wordy_date")


# a page that opens with its date: "Pretoria, 30 October 2020 – The ...", "Jan 3, 2020 | ..."
LEAD_LINES = 4             # a dateline stands in the first lines, under a title at most
# ("Литва. Вильнюс. 14 октября 2015 года. ." (rainbownews.lt): the country and city each closed by a dot, rule
# dotted_dateline)
_LEAD_PLACE = re.compile(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+){0,3}[,.]\s*")  # a capitalised place
_LEAD_END = re.compile(r"\s*(?:[-–—|(:,.]|$)")
# "09.06.2003  Товарооборот России и Белоруссии в первом квартале 2003 года составил ..." (openmarket.ru): a date that
# opens the page's first line before its capitalised title, a gap of spaces between (rule lead_title)
_LEAD_TITLE = re.compile(r"(?:\s{2,}|\t)(?=[^\W\d_])")
# ("27.11.2020 К 2030 году Белоруссия в два раза увеличит экспорт ..." (damol.pro): one space before the title when
# its first letter is a capital; a lower-case word after the date ("28.10.2019 г. Минск ...") goes on with it, rule
# lead_title_capital)
_LEAD_CAPITAL = re.compile(r" (?=[^\W\d_])")
# "02.12.2022" (day first), "12/02/2022" (day first unless the day cannot be a month)
# ("Герман Напольский 20-11-2022 23:10:00", evrazesnews.com: dashes as the separators, read as slashes; rule
# numeric_dashed)
# ("16.07.202310:52" (ko.ru): a page's stamp whose clock time the text layer glued to the year, rule glued_clock)
_NUMERIC = re.compile(rf"(?<![\d.-])(\d{{1,2}})([./-])(\d{{1,2}})\2({_Y})(?!(?![0-2]\d:[0-5]\d(?!\d))[\d.-])")
# "Интерфакс 30.09.23 Слов: 200" (biang.ru), "17.05.15 / 09:59" (port2port.co.il): a stamp whose year has two digits,
# day and month padded to two and dots between, on a short line among the page's first (rule numeric_short_year)
_SHORT_YEAR = re.compile(r"(?<![\d.,/-])([0-3]\d)\.([01]\d)\.(\d\d)(?![\d,/-]|\.\d)")
SHORT_YEAR_LINES = 8       # the first lines where such a stamp stands
_PUBLISHED = re.compile(r"\b(?:Published|Updated|Posted|Last\s+updated|Date)\s*(?:on|at)?\s*:?\s*", re.I)


# "MOSCOW, December 2. /TASS/", "MINSK, 5 December (BelTA)", "KUALA LUMPUR, April 3 —"; the
# language's own through cue "dateline" ("МОСКВА, 15 ноября. /ТАСС/.", one group: day and month)
# "ASTANA, Kazakhstan, March 16. Kazakhstan and ..." (Trend): the country may follow the capital (rule dateline_country)
_dateline_re = EnglishCue("dateline", re.M)


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
    # /news/20150223115540826-slug (1news.az): the date with the time of day and its milliseconds
    # written after it, hhmmss then more digits (rule stamp)
    ("stamp", re.compile(rf"/({_Y})([01]\d)([0-3]\d)(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{{0,4}}(?=[/_.-]|$)")),
    # /2023/09/ with no day: the month only; /web-articles/2017/5/us-trade-deficit-... (latinfinance.com): its month
    # unpadded, as ymd reads it
    ("ym", re.compile(rf"/({_Y})/([01]?\d)/")),
    # /25012024/ (asia-today.news): eight digits standing alone as a path segment, day first (rule compact_dmy)
    ("compact_dmy", re.compile(rf"/([0-3]\d)([01]\d)({_Y})(?=[/-])")),
    # /article/17/11/2019/slug (a Gulf press copy): day, month and year as path segments of their own, day first as
    # such outlets write dates (rule slashed_dmy; a month-first path is not read as one)
    ("slashed_dmy", re.compile(rf"/([0-3]?\d)/([01]?\d)/({_Y})(?=/)")),
    # /06-07-2020/rice-worth-... (radio.gov.pk), /news/11-12-2018-11-19/54266 (mogilevnews.by, the clock after it): a
    # dashed segment day first, as the text's "06-07-2020" is read (rule dashed_dmy)
    ("dashed_dmy", re.compile(rf"/([0-3]?\d)-([01]?\d)-({_Y})(?=[/_.-]|$)")),
    # /23-Sep-2020/cutlery-... (nation.com.pk), /11-Mar-2017/pakistan-... (timesofislamabad.com): the month's name
    # between day and year (rule dashed_dmy_name; the month's number put in by date_of_url)
    ("dashed_dmy_name", re.compile(rf"/([0-3]?\d)-({_MON_ABBR})-({_Y})(?=[/_.-]|$)", re.I)),
    # /news/2014-10/za-9-mesyatsev-... (russian-trade.com), /2010-08/trade-balance-... (investhungary.com): a year and
    # its month as one dashed segment; never a split year ("/2010-11/": fiscal 2010-11, rule ym_dashed)
    ("ym_dashed", re.compile(rf"/({_Y})-([01]\d)(?=/)")),
    # /south-africa-posts-r103bn-trade-surplus-2011-01-31-1 (polity.org.za), /qatar-s-lng-income-...-2010-07-18-1.267760
    # (emirates247.com): a padded dashed date after a slug's last word, inside the segment; a date after digits
    # ("/11-12-2018-11-19/", the clock after the day) is not one (rule slug_ymd)
    ("slug_ymd", re.compile(rf"(?<=[a-z][-_])({_Y})-([01]\d)-([0-3]\d)(?=[/_.-]|$)", re.I)),
    # /newsView/ked202410210004 (kedglobal.com), /view/AEN20201021001751320 (yna.co.kr): eight digits glued to a slug's
    # letters, year first, a serial of four to nine digits after them at most; /Bolivia-Gold-...-2021-20210929-0019.html
    # (telesurenglish.net): eight digits after a slug's dash, standing alone; "-20060910550090" after a dash
    # (rodina.news) is 2020-06-09 10:55 with a two-digit year, no 2006 (rule slug_compact)
    ("slug_compact", re.compile(rf"(?<=[a-z-])({_Y})([01]\d)([0-3]\d)(?:(?<=[a-z]\d{{8}})\d{{4,9}})?(?=[/_.-]|$)",
                                re.I)),
)
# ("/news/09022023-rossiya-...", rubaltic.ru: the day-first compact date before a slug, rule compact_dmy)
_URL = re.compile(r"https?://\S+")


def _date_languages(lang: str) -> list[str]:
    """The language, the languages its pages also print their dates in (vocab/<lang>/language.csv row
    date_languages: "16 червня 2021, 14:06" in Ukrainian over a Russian text of latifundist.com, rule
    date_other_language), and English."""
    extra = []
    if lang != DEFAULT_LANGUAGE and has_file("language.csv", lang):
        extra = next((r["value"].split() for r in read_csv("language.csv", lang) if r["key"] == "date_languages"), [])
    return list(dict.fromkeys([lang, *extra, "en"]))


@lru_cache(maxsize=None)
def _parser(lang: str):
    """One dateparser instance per language and process (building it is the slow part)."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=_date_languages(lang), settings={
        "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})


def _parse(s: str) -> str | None:
    d = _parser(current_language()).get_date_data(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)).date_obj
    return d.date().isoformat() if d else None


def _wordy():
    """Full dates in words: English, and the document language's (vocab patterns.csv
    'wordy_date': "13 октября 2025")."""
    return cue("wordy_date", _wordy_re())


def _date_at(pat, m: re.Match) -> str | None:
    if pat is _NUMERIC:
        return _numeric(m)
    if pat is _ISO:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    return _parse(m.group())


# "05 November 2022, South Korea, Pusan: Containers are loaded ... Photo: Bernd von Jutrczenka/dpa (Photo by ... via Getty
# Images)" (theatlantapress.com), "30 March 2021, Egypt, Ismailia: A ship sails through the Suez Canal ... Photo: Sayed
# Hassan/dpa" (heute.at): a line that opens on a date and carries a photo's credit is a picture's caption; its date is
# when the picture was taken, not the page's (rule photo_caption)
_PHOTO_CREDIT = re.compile(r"\b(?:Photo|Picture|Image)(?:\s*:|\s+(?:by|credit)\b)|\bGetty\s+Images\b|/dpa\b", re.I)


def _lead_date(head: str) -> str | None:
    """A full date opening one of the page's first lines, alone or after a place and a comma,
    and followed by a separator: "Pretoria, 30 October 2020 – The South African Revenue
    Service ...", "Jan 3, 2020 | Malaysia ...", a dateline under the title (a date inside a
    sentence dates an event)."""
    lines = [ln for ln in head.split("\n", LEAD_LINES * 3)[:LEAD_LINES * 3] if ln.strip()][:LEAD_LINES]
    wordy = _wordy()
    for line in lines:
        line = line.strip()
        if cue("photo_credit", _PHOTO_CREDIT).search(line):
            continue   # rule photo_caption
        lead = _LEAD_PLACE.match(line) if line[:1].isupper() else None
        at = lead.end() if lead else 0
        for pat in (wordy, _NUMERIC, _ISO):
            m = pat.match(line, at)
            if m and (_LEAD_END.match(line, m.end()) or (line is lines[0].strip() and _title_after(line, m.end()))):
                if _stale_date(head, m.group()):
                    continue   # rule stale_banner
                return _date_at(pat, m)
        m = _glued_day_year_re().fullmatch(line)
        if m:
            return _glued_day_year(m)
    return None


# "Feb 222018" (lankadweepa.com): a line holding only a month's name and the day glued to the year, the text layer
# having dropped the space between them (rule glued_day_year, as glued_clock for a stamp's clock)
@lru_cache(maxsize=1)
def _glued_day_year_re() -> re.Pattern:
    """The pattern the comment above describes, built on first use (it reads the months)."""
    return re.compile(rf"({_mon()})\s+([0-3]?\d)({_Y})", re.I)


def _glued_day_year(m: re.Match) -> str | None:
    """The date of a glued_day_year line, or None where it is no real day."""
    try:
        return date(int(m.group(3)), month_number(m.group(1)), int(m.group(2))).isoformat()
    except (ValueError, KeyError):
        return None


def _anniversary(written: str, at_url: str) -> bool:
    """The page's address dates the same month and day as the full date opening the page, in another year: "5th August,
    1963 : Australia and Japan signed an historic new trade agreement in Tokyo today" at /2015/08/05/ (fogofchaos.com), a
    post on the event's anniversary; the address's date is the page's (rule url_anniversary)."""
    return len(written) == len(at_url) == 10 and written[4:] == at_url[4:] and written[:4] != at_url[:4]


def _title_after(line: str, at: int) -> bool:
    """A title starts at `at`, after the date that opens the page's first line: a gap of spaces, or one space and a
    capital (rules lead_title, lead_title_capital)."""
    return bool(_LEAD_TITLE.match(line, at) or (_LEAD_CAPITAL.match(line, at) and line[at + 1].isupper()))


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


# "Posted On: 15 NOV 2021 5:08PM by PIB Delhi": a month name in capitals after "Posted On" (rule published_caps)
_CAPS_WORD = re.compile(r"\b([A-Z])([A-Z]{2,8})\b")


# "Trade Vietnam reports US$4 billion in trade surplus in Q1 The Saigon Times Monday, Apr 20, 2020,14:42 (GMT+7)": a
# full date after a weekday and before a clock time, anywhere in the page's first lines, is the page's stamp, however
# long the line it was glued into (rule weekday_clock)
@lru_cache(maxsize=1)
def _weekday_clock_re() -> re.Pattern:
    """The pattern the comment above describes, built on first use (it reads vocab/en/months.csv)."""
    return re.compile(rf"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+({_wordy_re().pattern})\s*[,|-]?\s*"
                      r"(?:at\s+)?[0-2]?\d[:.][0-5]\d\b")


def _weekday_clock(head: str) -> str | None:
    """The date of a weekday-and-clock stamp in the page's first lines (rule weekday_clock), or None."""
    lines = [ln for ln in head.split("\n", LEAD_LINES * 3)[:LEAD_LINES * 3] if ln.strip()][:LEAD_LINES]
    for line in lines:
        m = _weekday_clock_re().search(line)
        # (not a stale one: "Tuesday, 20 April 2021 | 17:18 WIB" alone on a line over "Coal Export to China Reaches
        # $1.68 Bln as of End of August 2017", netralnews.com, is the site's clock of the day the page was read, years
        # after the story, no date of it; rule stale_clock_banner, page_year.stale_banners)
        if m and m.group(1) not in stale_banners(head):
            return _parse(m.group(1))
    return None


# "Jakarta, wapresri.go.id – Vice President K.H. Ma’ruf Amin received the Ambassador of the United States (US) to
# Indonesia Sung Kim at the Vice Presidential Palace, Jl. Merdeka Selatan No.6, Jakarta, Tuesday (11/10/2022)." (an
# Indonesian outlet's day and its date in brackets, day first): the story's day in its first lines dates the page (rule
# weekday_bracket; row weekday_bracket_date)
_weekday_bracket_re = EnglishCue("weekday_bracket_date")
WEEKDAY_BRACKET_CHARS = 600   # the page's first lines, where the story's day stands


def _weekday_bracket(head: str) -> str | None:
    """The date of a weekday's bracketed numeric date in the page's first WEEKDAY_BRACKET_CHARS (rule weekday_bracket),
    or None."""
    m = _weekday_bracket_re().search(head, 0, WEEKDAY_BRACKET_CHARS)
    if m is None:
        return None
    d = _NUMERIC.search(m.group(), m.start("date") - m.start())
    return _numeric(d) if d else None


SHORT_YEAR_PIVOT = 69   # POSIX strptime %y: 00-68 are 2000-2068, 69-99 are 1969-1999


def _short_year_stamp(head: str) -> str | None:
    """The date of a two-digit-year stamp ("30.09.23") alone on a short line among the page's first lines (rule
    numeric_short_year); None else. Its century is POSIX strptime's %y (SHORT_YEAR_PIVOT), not the day the build
    runs, so a rebuild reads the same page the same way in any year. Longer lines are running text where such digits
    may be a code or a version."""
    lines = [ln for ln in head.split("\n", SHORT_YEAR_LINES * 3)[:SHORT_YEAR_LINES * 3] if ln.strip()][:SHORT_YEAR_LINES]
    for line in lines:
        if len(line.strip()) > BYLINE_MAX:
            continue
        found = [m for m in _SHORT_YEAR.finditer(line) if not _rate_date(line, m.start())]
        if len(found) != 1:
            continue   # two stamps on a line (a range, a table's row): neither is the page's
        found = _short_year_date(found[0])
        if found is not None:
            return found
    return None


def _short_year_date(m: re.Match) -> str | None:
    """The ISO date of a two-digit-year stamp's match (century by SHORT_YEAR_PIVOT), or None for no such day."""
    d, mo, y = (int(g) for g in m.groups())
    y += 2000 if y < SHORT_YEAR_PIVOT else 1900
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _byline_date(head: str) -> str | None:
    """A full date after 'Published'/'Updated', or alone on a short line."""
    wordy = _wordy()
    for m in _PUBLISHED.finditer(head):
        at = m.end()
        if m.group().lower().startswith(("updated", "last")):
            ls = head.rfind("\n", 0, m.start()) + 1
            first = next(((pat, d) for pat in (wordy, _ISO, _NUMERIC) for d in (pat.search(head, ls, m.start()),)
                          if d is not None), None)
            if first is not None and (found := _date_at(*first)) is not None:
                # "08 Jul 2019, 20:02 ( 4 Months ago) | updated: 09 Jul 2019, 04:14" (dailyfinland.fi): the date the
                # line gives before the label of its update is the story's own (rule updated_after_first)
                return found
        clock = _LEAD_CLOCK.match(head, at)
        if clock:
            at = clock.end()   # "Published at 12:35 am July 10th, 2019" (dhakatribune.com): the clock time first
        day = _byline_weekday().match(head, at)
        if day:
            # "Fri | Sep 22, 2017 \n Jamaica's trade deficit widens \n Published:Wednesday | January 11, 2012 | 1:43 AM"
            # (jamaica-gleaner.com): the weekday between the label and its date; the site's banner above is the day
            # the page was read (rule published_weekday)
            at = day.end()
        tail = head[at:at + 40]
        tail = _CAPS_WORD.sub(lambda w: w.group(1) + w.group(2).lower(), tail)   # (rule published_caps)
        for pat in (wordy, _ISO, _NUMERIC):
            d = pat.match(tail)
            if d:
                return _date_at(pat, d)
    short = [(d.start(), pat, d) for pat in (wordy, _NUMERIC, _ISO) for d in pat.finditer(head)
             if len(_line_of(head, d.start()).strip()) <= BYLINE_MAX and not _rate_date(head, d.start())]
    for _, pat, d in sorted(short, key=lambda x: x[0]):
        if _BY_LINE.match(_line_of(head, d.start())) or _by_line_above(head, d):
            # "Skip to Content \n Friday, September 18th, 2020 \n ... \n by November 9, 2016 General": the site's date
            # of the day it was read stands above the story; the author's line dates the story (rule byline_by), or the
            # line right under it: "17 March, 2026, 7:43 am \n ... \n By Rashika Kumar \n 24/08/2025" (fijivillage.com,
            # rule byline_by_below)
            return _date_at(pat, d)
    for pat in (wordy, _NUMERIC, _ISO):
        for d in pat.finditer(head):
            if len(_line_of(head, d.start()).strip()) <= BYLINE_MAX and not _rate_date(head, d.start()):
                stamp = _weekday_clock(head)
                if stamp is not None and _weekday_clock_re().search(_line_of(head, d.start())) is None:
                    # "Friday Nov 15, 2024 \n Tuesday, 2 October 2012 00:14 - - \n NAIROBI (Reuters): ..." (ft.lk): a
                    # bare date on a short line is the site's banner of the day the page was read; the story's own
                    # stamp, a weekday and a clock time with it, dates the page (rule banner_under_stamp)
                    return stamp
                found = _date_at(pat, d)
                if found and _stale_date(head, d.group()):
                    continue   # rule stale_banner
                under = _under_banner(head, d) if found else None
                if under is not None and under < found:
                    # "Saturday, 08 August 2020, 01:16:56 pm \n Rice worth $ 2.024bn exported ... \n July 06, 2020"
                    # (radio.gov.pk): a weekday's date at the top is the site's clock or "today" banner; an earlier
                    # date standing alone on a line under it dates the story (rule today_banner)
                    return under
                return found
    return None


# a line that is a date and no more: a weekday before it, a clock time before or after it ("July 06, 2020",
# "4.29 PM Thursday, 25 April 2024", "Tuesday, 2 October 2012 00:14 - -")
_CLOCK = r"[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
# (a weekday: the row weekday of vocab/en/patterns.csv, as the row page_banner_line uses it)
_weekday = EnglishCue("weekday")
# a weekday between a byline's label and its date (the row byline_weekday of vocab/en/patterns.csv, rule published_weekday)
_byline_weekday = EnglishCue("byline_weekday")
# a clock time between a byline's label and its date ("Published at 12:35 am July 10th, 2019", rule published_clock_first)
_LEAD_CLOCK = re.compile(rf"{_CLOCK}\s*,?\s*")


@lru_cache(maxsize=1)
def _date_alone() -> re.Pattern:
    """A line that is a date and no more (above): built on first use, around the row weekday."""
    return re.compile(rf"[\W_]*(?:{_CLOCK}\s+)?(?:{_weekday().pattern},?\s+)?(?P<date>\S.*?)"
                      rf"(?:[\s,|-]+(?:at\s+)?{_CLOCK})?[\s|,-]*")


BANNER_BELOW = 4   # the lines under a banner where the story's own date may stand


def _under_banner(head: str, d: re.Match) -> str | None:
    """The date of a line standing alone within BANNER_BELOW lines under the date `d`, when d's line is a weekday's
    date and no more (the site's clock or "today" banner, rule today_banner); None else."""
    line = _line_of(head, d.start())
    a = _date_alone().fullmatch(line)
    # ("11.01.2026" / "|" / "|" / "Turkmenportal logo" / "15.01.21" / the title, turkmenportal.com: a bare date on the
    # page's first line is the site's "today" banner too, the story's short stamp under it dates the page, rule
    # first_line_banner)
    if a is None or a.group("date") != d.group() \
            or not (_weekday().search(line[:a.start("date")]) or not head[:head.find(line)].strip()):
        return None
    rest = head[head.find("\n", d.start()) + 1:].split("\n", BANNER_BELOW * 3)[:BANNER_BELOW * 3]
    for below in [ln for ln in rest if ln.strip()][:BANNER_BELOW]:
        a = _date_alone().fullmatch(below)
        if a is None:
            continue
        for pat in (_wordy(), _NUMERIC, _ISO):
            m = pat.fullmatch(a.group("date"))
            if m:
                return _date_at(pat, m)
        m = _SHORT_YEAR.fullmatch(a.group("date"))
        if m:
            return _short_year_date(m)
    return None


def _stale_date(head: str, written: str) -> bool:
    """The date is the site's banner of the day the page was read, years after the story (page_year.stale_banners: a
    weekday's date on a line of its own, "Thursday, December 7, 2023" above a story of 2019, courthousenews.com; or
    with the site's clock before it, "4.29 PM Thursday, 25 April 2024" above Qatar's LNG income of 2008,
    emirates247.com), or any copy of it ("25 April 2024" alone under the clock): no date of the page (rule
    stale_banner). A wrong date is worse than none: the page's "last year" counts from it."""
    return written in stale_banners(head) or _after_story(head, written)


def _after_story(head: str, written: str) -> bool:
    """A full date written on the page STALE_YEARS or more after the latest year the rest of the head names, that year
    standing on two lines of its own at least (the story's figures are dated by it, not one base or record of the past),
    is a stamp of a later day: the day the page was refreshed or read, "Последнее обновление: 23.11.2024 14:59" over
    Belarus's trade "за 10 месяцев 2002 года" (afn.today), "Sunday , June 13 2021" over Colombia's September 2018
    (uneath.com), "26 April 2017" over South Africa's surplus of November 2010 at an address dated 2011-01-31
    (polity.org.za): no date of the page (rule stale_stamp). A wrong date is worse than none. A story that names no
    year of its own but an old one once ("close to their previous peak reached in late 2008" under "Thu, 29 Jul 2010",
    nbr.co.nz) keeps its date."""
    y = _YEAR_IN.search(written)
    if y is None:
        return False
    rest = head.replace(written, " " * len(written))
    years = [int(m.group()) for m in _YEAR_ALONE.finditer(rest)]
    if not years or int(y.group()) - max(years) < STALE_YEARS:
        return False
    latest = str(max(years))
    return len({ln.strip() for ln in rest.split("\n") if latest in ln}) >= 2


_YEAR_ALONE = re.compile(rf"(?<![\d.,/-]){_Y}(?![\d])")
_YEAR_IN = re.compile(_Y)   # the year of a written date, whatever stands around it


_BY_LINE = re.compile(r"\s*(?:posted\s+|written\s+)?by\b", re.I)


def _by_line_above(head: str, d: re.Match) -> bool:
    """The date `d` stands alone on its line (a clock time or weekday with it at most) and the last line with text above
    it is a short author's line ("By Rashika Kumar \n 24/08/2025", rule byline_by_below); a line that says more ("LIVE
    TRADING NEWS - June 13, 2016" under "By Paul Ebeling", a blog's copy of a wire's story) is not the page's stamp."""
    alone = _date_alone().fullmatch(_line_of(head, d.start()))
    if alone is None or alone.group("date") != d.group():
        return False
    above = head[:head.rfind("\n", 0, d.start()) + 1].rstrip().rsplit("\n", 1)[-1]
    return len(above.strip()) <= BYLINE_MAX and bool(_BY_LINE.match(above))


# "Курсы валют в MDL на 04.12.2024" (kn.md), "Exchange rates as of 04.12.2024": a currency widget's date is the day the
# page was read, not the story's; its line dates no page (rule rate_widget_date; Russian rows of cue rate_date_before)
_RATE_DATE_BEFORE = re.compile(r"\b(?:exchange|currency|forex)\s+rates?\b[^\n]{0,40}?\b(?:as\s+(?:of|at)|on|for)\s+$", re.I)
RATE_DATE_REACH = 60  # how far before a date its widget's heading may start


# "Цитирований: 10 по состоянию на 07.12.2023" (1economic.ru, under a journal article of 2022), "Data as of 12/03/2024": a
# date that says when a count was taken is the day a page was read or refreshed, not the story's (rule as_of_date; Russian
# rows of cue as_of_before). "Updated as of ..." is the page's own banner and stays a byline.
_AS_OF_BEFORE = re.compile(r"(?<![\w-])(?<!updated\s)as\s+(?:of|at)\s+$", re.I)
AS_OF_REACH = 24  # how far before a date its "as of" may start


def _rate_date(head: str, at: int) -> bool:
    """The date at `at` closes a currency widget's heading (rule rate_widget_date) or follows an "as of" that dates a
    count (rule as_of_date)."""
    return bool(cue("rate_date_before", _RATE_DATE_BEFORE).search(head, max(0, at - RATE_DATE_REACH), at)
                or cue("as_of_before", _AS_OF_BEFORE).search(head, max(0, at - AS_OF_REACH), at))


def _url_path(url: str) -> str:
    """An address's path: no query string ("?utm_content=20210201"), no fragment, no host."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[1] if "://" in path else path
    return path[path.find("/"):] if "/" in path else ""


def date_of_url(url: str | None) -> str | None:
    """The date in one address by the first rule of URL_DATE_RULES that gives a real day
    ("YYYY-MM-DD"), or month ("YYYY-MM" for /2023/09/); None without one. Only the path
    counts: a query string ("?utm_content=20210201") and the host are not read."""
    if not url:
        return None
    path = _url_path(url)
    for name, rx in URL_DATE_RULES:
        for m in rx.finditer(path):
            g = [x for x in m.groups() if x not in ("/", "-")]
            if name in ("compact_dmy", "slashed_dmy", "dashed_dmy", "dashed_dmy_name"):
                g = g[::-1]
            if name == "dashed_dmy_name":
                g[1] = str(month_number(g[1]))
            if name == "ym_dashed" and int(g[1]) == (int(g[0]) + 1) % 100:
                continue   # "/2010-11/": a split year, not November
            y, mo = int(g[0]), int(g[1])
            if not 1 <= mo <= 12:
                continue
            if len(g) == 2:
                return f"{y:04d}-{mo:02d}"
            try:
                return date(y, mo, int(g[2])).isoformat()
            except ValueError:
                continue
    return _slug_mdy_name(path)


# /day-international-law-october-30-2015/ (berkeleytravaux.com), /tla-times-august-01-2019/ (tlaservices.com),
# /morning-brief-june-23rd-2023 (attijaricib.com): a month's name, then the day and the year, dashed inside a slug, as
# the English write a date (rule slug_mdy_name; tried after URL_DATE_RULES, built on first use: it reads the months)
@lru_cache(maxsize=1)
def _slug_mdy_name_re() -> re.Pattern:
    """The pattern the comment above describes."""
    return re.compile(rf"(?<![^\W\d_])({_mon()})-([0-3]?\d)(?:st|nd|rd|th)?-({_Y})(?![^\W_])", re.I)


def _slug_mdy_name(path: str) -> str | None:
    """The first real day a slug writes month name, day and year (rule slug_mdy_name); None else."""
    for m in _slug_mdy_name_re().finditer(path):
        try:
            return date(int(m.group(3)), month_number(m.group(1)), int(m.group(2))).isoformat()
        except (ValueError, KeyError):
            continue
    return None


# "/finance/september-2018-trade-rolling-averages-improved.html" (riceoweek.com), "/gold-exports-november-2019",
# "/trade-deficit-romania-january-february-2020": a slug that names a month's full name and its year names the month
# of the data the page reports, not the day it was published; a month's trade data is published in the months after
# it, so a page with no other date speaks from that year, unless the month is one of the year's last, whose data may
# come out in the next (rule url_data_month: the year alone)
@lru_cache(maxsize=1)
def _url_data_month_re() -> re.Pattern:
    """The pattern the comment above describes, built on first use (it reads vocab/en/months.csv)."""
    return re.compile(rf"(?<![^\W\d_])({month_pattern()})[-_]({_Y})(?![^\W_])", re.I)


# "/forum/2011/june-2011/238013-share-of-..." (armeniandiaspora.com), "/2018/tsifra-dnya-..." (locals.md),
# "/government/2012/1330113774.php" (bizzone.info): a year standing alone as a folder of the page's own address files
# the page under the year it was posted (rule url_year: the year alone; an address the text cites is not read so)
_URL_YEAR = re.compile(rf"/({_Y})/")


def year_of_url(url: str | None) -> str | None:
    """The year ("YYYY") of a folder of the page's address that is a year and no more (rule url_year); None else."""
    m = _URL_YEAR.search(_url_path(url)) if url else None
    return m.group(1) if m else None


DATA_MONTH_LAST = 10   # the last month whose data is published in its own year


def data_year_of_url(url: str | None) -> str | None:
    """The year ("YYYY") of the data month a page's address names in its slug (rule url_data_month); None without
    one, or when that month is November or December."""
    if not url:
        return None
    m = None
    for m in _url_data_month_re().finditer(_url_path(url)):
        pass
    if m is None or (month_number(m.group(1)) or 13) > DATA_MONTH_LAST:
        return None
    return m.group(2)


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
    d = _weekday_clock(head)
    if d:
        return d, "text:weekday_clock"
    d = _weekday_bracket(head)
    if d:
        return d, "text:weekday_bracket"
    d = _lead_date(head)
    if d:
        in_text = url_date(head)
        at_url = in_text or date_of_url(url)
        if at_url and _anniversary(d, at_url):
            return at_url, ("text:url_anniversary" if in_text else "sources.csv:url_anniversary")
        return d, "text:lead"
    d = _short_year_stamp(head)
    if d:
        return d, "text:numeric_short_year"
    m = cue("dateline", _dateline_re()).search(head)
    if m:
        day = next(g for g in m.groups() if g)
        at_url = url_date(head) or date_of_url(url)
        on_url = _parse(f"{day} {at_url[:4]}") if at_url and len(at_url) == 10 else None
        if on_url is not None and on_url[5:7] == at_url[5:7]:
            # "БАКУ, 23 фев - 1NEWS.AZ" at /news/20150223115540826-...: a dateline with no year takes its
            # year from the page's address that dates the same month, not from the years the text names
            # (rule dateline_url_year). The day is the address's: "OTTAWA, July 3 (Xinhua)" at /2019-07/04/ was filed
            # on the 3rd where it happened and published on the 4th in Beijing, a time zone ahead (the same rule)
            return at_url, "text:dateline_url_year"
        y = text_year(head)
        if y is not None:
            d = _parse(f"{day} {y}")
            if d and (int(d[5:7]) < reported_through(head, y) or y in done_years(head)):
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
    d = year_of_url(url)
    if d:
        return d, "sources.csv:url_year"
    d = data_year_of_url(url)
    if d:
        return d, "sources.csv:url_data_month"
    return None, None

"""The period in force: what a sentence's own dated period sets for the sentences after it
(carry.py keeps it per paragraph and section)."""
from __future__ import annotations

import re
from functools import cache

from tradeflows.facts.context import Doc, cue_matches, cue_vocab, isearch, lacks
from tradeflows.facts.fiscal import first_months_end, fiscal_year
from tradeflows.facts.period_fiscal_force import (FISCAL_MONTHS_TAGS, fiscal_first_month, fiscal_part, fiscal_shaped,
                                                   named_fiscal_months)
from tradeflows.facts.period_adjacent import PRIOR_CHANGE
from tradeflows.facts.period_bases import WHEN_CLAUSE
from tradeflows.facts.periods import TimeExpr
from tradeflows.ingest.event_time import event_start
from tradeflows.ingest.record_series import series_start
from tradeflows.facts.period_anchor_after import year_after_anchor
from tradeflows.facts.period_that_year import that_year
from tradeflows.facts.period_relative import (OF_BEFORE_FISCAL, part_after_base, after_publication, with_fiscal_year, fiscal_months_year, fiscal_started,
                                              fiscal_part_counted, fiscal_part_months, since_floor)
from tradeflows.facts.status import not_a_cue
from tradeflows.vocab import fold
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# a past perfect: what the sentence tells happened before the period the text is at
# ("had" first and its \b read behind it: sre then jumps from one "had" to the next, as this scans
# every dated sentence whole)
# ... or the indicator just spoken of restated for another time: "The figure stood at $310.30 in 2014-15." (rule
# figure_looked_back; the language's rows of cue pluperfect: "аналогичный показатель составил")
# (every branch opens on a literal, "T" and "t" apart, what goes before read behind it, and skip_ahead gives
# sre the class of those first characters, h, T, t and the w of "was once": it then jumps between them instead
# of trying the pattern at every position of every dated sentence; the pattern has no re.I, so isearch has no
# lower-cased copy of it to run, and without the class this one search cost some 40% of context_period)
_LOOK_BACK_OPEN = skip_compile(r"\s*In\s+((?:19|20)\d\d),\s")
_PLUPERFECT = skip_compile(r"had(?<=\bhad)\s+(?:already\s+)?(?:stood|been|reached|amounted|totall?ed|risen|fallen|grown|"
                           r"declined|increased|decreased|hit|touched|exceeded)\b"
                           r"|T(?<![\w-]T)he\s+(?:figure|number|tally)\s+(?:stood|was)\s+at\b"
                           r"|t(?<![\w-]t)he\s+(?:figure|number|tally)\s+(?:stood|was)\s+at\b"
                           # "Tokyo was once Seoul's top export destination, with its share reaching 38.5 percent in
                           # 1973": a past state the text looks back to (rule pluperfect)
                           r"|\b(?:was|were)\s+once\b")
PLUPERFECT_WORDS = ("had", "figure", "number", "tally", "once")   # a word every match of _PLUPERFECT holds, as written


def _holds_any(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of the words is written in text[start:end] (str.find: where a pattern every match of which holds
    one is searched only then, a few substring searches instead of sre's entering it at every "t" of a sentence)."""
    for w in words:
        if text.find(w, start, end) >= 0:
            return True
    return False


# "exported goods worth US$89.75 billion to China ... last year": a relative year right after a
# flow's amount or its place sets the year for what follows (rule relative_period)
# ... or named whole: "turnover for the whole of last year reached $62.5 billion" (the next paragraph's
# "Exports rose to $24.4 billion" goes on with that year)
# ("Germany's trade surplus with the United States grew to 70 billion euros last year, up from 63.3 billion in 2023":
# the currency's name after the amount's scale too)
# ("An Absa analysis of South Africa's global trade last year showed that R12.2 billion worth of ... was imported from
# China": a relative year right after the flow it dates, rule relative_period_flow)
_RELATIVE_PERIOD = skip_compile(r"(?:\d|\b(?:billion|million|bn|mn|trillion)(?:\s+(?:[A-Z]\.){0,2}[a-z]+)?|\b(?:percent|cent)|[A-Z][a-z]+"
                                r"|\b(?:trade|exports|imports|turnover|shipments))"
                                r"\s+(?:in\s+)?$"
                                r"|\b(?i:(?:the\s+)?(?:whole|entire|full|all)\s+(?:of\s+)?)$")
# "The Republic of Korea topped the list of China's main import partners in the last year, with goods worth 177.5
# billion US dollars ... It was followed closely by Japan, with 165.7 billion US dollars" (news.cgtn.com): a relative
# year closing a ranking of partners, markets or suppliers sets its year for what follows, as a written year would
# (rule relative_ranked; en row relative_ranked_before, s76 openD76)
_relative_ranked = EnglishCue("relative_ranked_before", re.I)
RANKED_REACH = 80   # how far before the relative year its ranking may start
# a month expression that names its year by a word ("January of this year", "in the current year's March", also read as a
# month and a relative year): no bare month
# (rule month_in_force)
BARE_MONTH_NAMES_YEAR = skip_compile(r"\byear|\s+(?:of\s+)?(?:this|the\s+current|current|last|next|that|the\s+same)\s+year\b", re.I)
BARE_MONTH_REACH = 24   # how far after the month BARE_MONTH_NAMES_YEAR looks
_OPENS = skip_compile(r"\W*(?:(?:and|but|so|thus|also)\s+)?", re.I)
_ALONE_AFTER = skip_compile(r",?\s+alone\b")
_DIGIT = skip_compile(r"\d")
# ("Meanwhile, in the four quarters to the end of Q2 2024 the UK reported ...": a sentence adverb before it too)
# "reversing an 8.3% growth in September", "well under the 7.4% gain in September", "after a 5.6% rise in May": a
# rate or an amount after a comparison word, with its own time right after its noun (rule compared_figure_time)
_compared_figure_before = EnglishCue("compared_figure_before", re.I)
COMPARED_FIGURE_WORDS = ("%", "cent", "billion", "million", "bn")   # a word every match of _compared_figure_before() holds
_rolling_opens = EnglishCue("rolling_opens", re.I)
# "Last year, these exports exceeded ...": what follows a relative year that opens its sentence as its topic (rule
# last_year_topic); "Last year the UK exported £894bn ... The deficit was £43 bn" (johnredwoodsdiary.com): with no
# comma, a subject right after it does too (rule last_year_topic_bare; en row relative_topic_bare, case-sensitive)
_TOPIC_AFTER = skip_compile(r"\s*,")
_topic_bare = EnglishCue("relative_topic_bare")


# "as of the beginning of May", "В середине июля министерство сообщило": a point in a month, not its period
# (cue point_before; vocab/<lang>/patterns.csv adds the language's words)
_POINT_BEFORE = skip_compile(r"(?:beginning|start|end|middle)\s+of\s+(?:the\s+)?$", re.I)


# (not a base flag of the time, as periods_bases' base_level is: the figure inside the comparison owns
# that year, "the steep 27.2 per cent fall ... registered in 2015"; only what follows must not take it)
THAN_CLAUSE = skip_compile(r"\b(?=[lhgsbwfmd])(?:lower|higher|greater|smaller|larger|bigger|better|worse|steeper|sharper|faster|slower|"
                          # "EUR 29.1 bn worth of goods, which is 6.2 percent more than the July year to date balance in
                          # 2017": "more"/"less" after a percent compares too (rule than_clause)
                          r"milder|softer|deeper|(?<=%\s)(?:more|less)|(?<=cent\s)(?:more|less))\s+than\s+(?!(?:expected|anticipated|forecast|projected|planned)\b)"
                          r"(?:[^,;.]|(?<=\d)\.(?=\d))*$", re.I)
THAN_CLAUSE_WORDS = ("than",)   # a word every match holds: lacks(...) skips its search

# "reported a trade surplus of 17.31 billion ringgit ($3.70 billion), compared with MYR17.09 billion in July": the
# time of the amount a figure is compared with is that amount's, no period for the sentences after it (rule
# compared_value_time; the value itself is dated by period_bases' base rules)
# ("compared with estimates for a A$10.75 billion gain and a downwardly revised A$10.5 billion in May" (Bloomberg on
# Australia's June 2023): a revised earlier amount's month is that amount's too, rule revised_value_time)
COMPARED_VALUE = skip_compile(r"\b(?:(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|against)\s+"
                            r"(?:an?\s+|the\s+)?|(?:(?:downwardly|upwardly|downward|upward)\s+)?revised\s+)(?:[A-Z]{1,3}\s?)?[$€£¥]?\s?\d[\d.,]*[\s-]*"
                            r"(?:trillion|billion|million|bn|mn|tn)?\s*(?:[a-z]+\s+){0,2}"
                            r"(?:(?:in|during|for|of)\s+(?:the\s+)?)?$", re.I)

def compared_value_time(text: str, s: int, t: TimeExpr) -> bool:
    """Whether the undated time t is that of an amount a figure is compared with (rule compared_value_time)."""
    return t.year is None and COMPARED_VALUE.search(text, max(s, t.start - 70), t.start) is not None


# "fell 5%, following an 11.1% drop in December. Regionally, shipments to Asia rose nearly 26%": the month
# of an earlier change's clause is that change's, no period for what follows (rule prior_change_clause)
_PRIOR_CLAUSE = skip_compile(PRIOR_CHANGE + r"(?:[^,;.]|(?<=\d)\.(?=\d))*$")
PRIOR_OPENER_WORDS = ("after", "follow")   # a word every match of _PRIOR_CLAUSE holds, as written (PRIOR_OPENER)



def month_alone(text: str, t: TimeExpr, end: int) -> bool:
    """"In May alone, Russia-China trade turnover reached $10.449 billion": one month with no year told apart
    from the period in force, with its own figure before the sentence's end, is not the period the sentences
    after it go on with (rule month_alone; "For March alone the nation's trade balance remained in surplus. ...
    a goods trade surplus of ¥797.3 billion for the month" names its figure's month for the next sentence)."""
    return t.m1 == t.m2 and t.year is None and _ALONE_AFTER.match(text, t.end) is not None \
        and _DIGIT.search(text, t.end, end) is not None


def in_prior_change(d: Doc, s: int, t: TimeExpr) -> bool:
    """Whether time t of the sentence starting at s stands in the clause of an earlier change, or right after a
    figure the sentence compares with ("Exports fell 1.1% yoy, ... reversing an 8.3% growth in September": that
    figure's month, no period the paragraph goes on with; rule compared_figure_time)."""
    text, lo = d.text, max(s, t.start - 90)
    # (each pattern's words looked for first, a few substring searches where sre would enter the pattern at every
    # space or letter of the window: _PRIOR_CLAUSE's opener, case-sensitive, and the unit of the compared figure)
    if _holds_any(text, PRIOR_OPENER_WORDS, lo, t.start) and _PRIOR_CLAUSE.search(text, lo, t.start) is not None:
        return True
    lo = max(s, t.start - 70)
    if d.low is not None and _compared_figure_words().search(d.low, lo, t.start) is None:
        return False
    return _compared_figure_before().search(text, lo, t.start) is not None


@cache
def _compared_figure_words() -> re.Pattern:
    """COMPARED_FIGURE_WORDS as one pattern (as lacks reads them in the lower-cased text): one scan of the window, where
    lacks would call str.find for each word, for every time of every dated sentence."""
    return re.compile("|".join(map(re.escape, COMPARED_FIGURE_WORDS)))


# "(compared to 22.9% in 2022)": a comparison's base set aside in brackets (rule comparison_aside)
_COMPARISON_ASIDE = skip_compile(r"\(\s*(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?)\s", re.I)


def comparison_aside(text: str, t: TimeExpr) -> bool:
    """t stands inside brackets opened by a comparison ("with trade registering a growth of 5.3% (compared to
    22.9% in 2022), from $9.38 billion to $9.88 billion"): the year is the compared figure's, neither a period
    for the figures outside the brackets nor for the sentences after them (rule comparison_aside)."""
    opened = text.rfind("(", max(0, t.start - 80), t.start)
    if opened < 0 or ")" in text[opened:t.start]:
        return False
    closed = text.find(")", t.end, t.end + 40)
    return closed >= 0 and "(" not in text[t.end:closed] \
        and cue("comparison_aside", _COMPARISON_ASIDE).match(text, opened) is not None


# "exceeding the record set in 2018", "the biggest on record after the $419.4bn shortfall in 2018": the year
# of a record the figures are compared with (rule record_year); "the previous record of X in fiscal 2007" too;
# "Kenya spent US$ 3.481bn importing goods and services from China, ... but still lower than the peak in 2021"
# (kenyanwallstreet.com): a peak the figure is set below or above (rule than_peak_year)
RECORD_YEAR = skip_compile(r"\b(?=[rpaofetbus])(?:(?:record|peak|(?:previous|all-time)\s+high)\s+(?:set|reached|posted|hit|seen|recorded|"
                          r"registered)\s+(?:back\s+)?(?:in|during)\s+(?:the\s+)?$"
                          r"|on\s+record\s+(?:after|behind)\s+the\s+[^,;()]{0,40}?\s(?:in|of|during)\s+(?:the\s+)?$"
                          # "eclipsing the previous record of 14.67 trillion yen in fiscal 2007", "surpassing the previous
                          # high of 47.91 billion dollars tallied in November 2013" (rule previous_record_year)
                          r"|(?:previous|former|prior|earlier)\s+(?:record|high|peak)\s+of\s+[^,;()]{0,40}?\s(?:in|during)\s+(?:the\s+)?$"
                          r"|(?:than|below|under|above|short\s+of)\s+(?:the|its)\s+(?:previous\s+|all-time\s+)?(?:record|peak|high)"
                          r"\s+(?:in|during)\s+(?:the\s+)?$)", re.I)


RECORD_YEAR_WORDS = ("record", "peak", "high")   # a word every match of RECORD_YEAR holds


def record_year(text: str, t: TimeExpr, low: str | None = None) -> int | None:
    """Where the phrase starts when t is the year of a record the figures are compared with ("just under the
    record set in 2018"): not a period for the figures before it nor for the sentences after it, only for
    an amount inside the phrase ("after the $419.4bn shortfall in 2018"; rule record_year); else None.
    low: the text lower-cased (a Doc's low, or None), where the English pattern's words are looked for first: a
    few substring searches, where sre would enter the pattern at most letters of the 90 characters."""
    if (series := series_start(text, t.start, low)) is not None:
        return series   # "the lowest since records began in 1997" (rule record_series_year, ingest/record_series.py)
    if t.kind == "year" and (event := event_start(text, t.start, low)) is not None:
        return event    # "at the time of Erdogan's visit ... in 2013" (rule event_time_year, ingest/event_time.py; a year alone)
    rx = cue("record_year", RECORD_YEAR)
    start = max(0, t.start - 90)
    if rx is RECORD_YEAR and low is not None:
        for w in RECORD_YEAR_WORDS:
            if low.find(w, start, t.start) >= 0:
                break
        else:
            return None
    m = rx.search(text, start, t.start)
    return None if m is None else m.start()


# "Monthly Economic Review-April 2022", "the monthly economic review report for July", "Quarterly Economic
# Bulletin for June": a review or bulletin named by its month
_REPORT_DATE = skip_compile(r"\b(?:[Rr]eview|[Bb]ulletin)(?:\s+report)?(?:\s*[-–—:]\s*|\s+for\s+(?:the\s+month\s+of\s+)?"
                            r"|\s+(?P<bare>))$"
                            # "According to the PBS monthly summary on foreign trade statistics for June 2022, the
                            # country's exports ... in the fiscal year 2021-22": a monthly release's month
                            r"|\b[Mm]onthly\s+(?:summary|review|bulletin|report|release)\b[^.;\d]{0,60}?\s+for\s+"
                            r"(?:the\s+month\s+of\s+)?$")


# "since" right before a time (rule since_when_no_carry): how far before the time it is read
_SINCE_WHEN_BEFORE = skip_compile(r"\bsince\s+$", re.I)
SINCE_WHEN_REACH = 12
CONCESSIVE_REACH = 40  # how far before a year its concessive opener ("хотя еще по итогам") may start


_FISCAL_WORD_BEFORE = skip_compile(r"\b(?:fiscal|financial|budget)\s+$", re.I)
_named_year = EnglishCue("named_year", re.I)   # "the March 2018 year" (rule named_year)


def _goal_ends(d: Doc, s: int, end: int, first: int) -> list[int]:
    """Where the goal cues (status cues of a target: "a goal to bring turnover to $15 billion in 2023") of the sentence
    starting at s end, up to end (its last time's start), from its last comma before first (the first time that asks)
    on: a goal counts for a time only with no comma between them, and no cue holds a comma, so a match before that
    comma ends before it and the scan from after it finds the same matches after it (the cue's \\b reads the comma
    before; a time after first has its last comma there or later). Most of a sentence is not scanned."""
    c = d.text.rfind(",", s, first)
    v = cue_vocab()
    return [m.end() for m in cue_matches(d, v, "status", s if c < 0 else c + 1, end)
            if v["status"].get(fold(m.group())) == "target" and not not_a_cue(d.text, m.start(), m.end())]


def context_period(d: Doc, si: int, in_force: tuple | None = None,
                   fiscal: tuple | None = None) -> tuple[int, int, int] | None:
    """The period a sentence sets for the sentences after it: its latest own dated period
    ("in 2012, compared to EUR 1.3 billion in 2010"), none inside a goal clause ('a goal to
    bring turnover to $15 billion in 2023') and no point in time ('as of the beginning of May')."""
    times = d.times(si)
    if not times:
        return None
    s, e = d.c.sentences[si]
    if ((plu := cue("pluperfect", _PLUPERFECT)) is not _PLUPERFECT or _holds_any(d.text, PLUPERFECT_WORDS, s, e)) \
            and isearch(d, plu, s, e):
        # "In FY22, the annual trade had stood at $676 billion": a look back from the period in
        # force, which stays in force after it
        return None
    if in_force is not None and in_force[0] is not None and (back := _LOOK_BACK_OPEN.match(d.text, s)) is not None \
            and int(back.group(1)) < in_force[0] and all(t.year is None or t.year <= int(back.group(1)) for t in times) \
            and any(t.base and t.year == int(back.group(1)) for i in range(max(0, si - 3), si) for t in d.times(i)):
        # "... importing more than 60 billion shillings in 2015, up from 48 billion shillings in 2014.\n\nIn 2014,
        # Kenyan exports totalled about 537 billion shillings.": a sentence opened by the year just named as the base
        # of the year in force looks back from it, which stays in force (rule look_back_base_year)
        return None
    goals = None   # (_goal_ends, read when a time first asks)
    best = None
    # "the first half of the fiscal year": the part is the fiscal year's, read with it below
    parts_of_fiscal = {a.start for a, b in zip(times, times[1:]) if b.fiscal == "relative"
                       and a.kind in ("months", "half", "quarter", "quarters") and OF_BEFORE_FISCAL.fullmatch(d.text, a.end, b.start)}
    anchor_end = -1
    # (the cues each time may ask, found once: a cue only another language fills, NEVER, is not searched)
    when, contrast, concessive = cue("when_clause", WHEN_CLAUSE), cue("contrast_if", NEVER), cue("concessive_before", NEVER)
    for t in times:
        if t.start < anchor_end:
            continue  # the year of the date a fiscal year started on, read with it below
        if t.start in parts_of_fiscal:
            continue
        started = fiscal_started(d.text, t) if not t.rel and not t.base and not t.target else None
        if started is not None:
            # "in the first half of this fiscal year which began in July 8, 2019. ... compared to same period
            # the previous year": the fiscal year the page dates by its start (with the part named before it)
            # is the period the paragraph goes on with (rule fiscal_started)
            anchor_end = started[1]
            best = started[0] if best is None or started[0][0] > best[0] else best
            continue
        t = with_fiscal_year(d, t, si, None)
        if t.kind == "last_month":
            if d.pub_year is not None and d.pub_month is not None and t.start == times[-1].start \
                    and not t.base and not t.target:
                # "The top destination for Turkish goods last month was Germany ... \n The biggest source of Turkish
                # imports was Russia with goods worth $1.8 billion": on a dated page, the month before its date goes
                # on as the period in force (rule last_month_in_force)
                best = (d.pub_year - (d.pub_month == 1), (d.pub_month - 2) % 12 + 1, (d.pub_month - 2) % 12 + 1)
            continue  # (on an undated page a month of the page's date, no period the paragraph goes on with)
        if t.kind == "last_months" and d.pub_month:
            continue  # (months counted back from the page's date: no period the paragraph goes on with)
        if best is not None and best[0] is not None and t.year is not None and t.year <= best[0] \
                and t.fiscal not in FISCAL_MONTHS_TAGS and t.fiscal != "relative":
            # (a written year no later than the period found: its period, of that year, cannot replace the one found,
            # so the rules below, which only drop a time, need not read it; none of them writes anything)
            continue
        if t.base or t.target:
            continue
        if goals is None:
            goals = _goal_ends(d, s, min(e, times[-1].start), t.start)
        if any(g <= t.start and "," not in d.text[g:t.start] for g in goals):
            continue
        if t.via == "years_ago":
            # "... Colombia's trade with U.S. has suffered since the implentation of the Free Trade Agreement two years
            # ago" (colombiareports.com), "A decade ago Europe's bilateral surplus with the U.S. was a mere 18.7 billion
            # euros" (investing.com): a count of years back is a look back from the time the text speaks from, its own
            # sentence's, no period the sentences after it go on with (rule years_ago_no_carry)
            continue
        if when.match(d.text, t.end) \
                and cue("since_when_before", _SINCE_WHEN_BEFORE).search(d.text, max(s, t.start - SINCE_WHEN_REACH), t.start):
            # "такой низкий показатель зафиксирован впервые с апреля 2021 года, когда сумма импорта составляла 133,3 млн
            # долларов. Наибольшую долю в поставках заняли смешанные удобрения – на 63,9 млн долларов" (72.ru): the time
            # a record is counted from, dated by a when clause of its own, is that clause's figure's period, not one the
            # text goes on with (rule since_when_no_carry; cue since_when_before, Russian rows "с", "со")
            continue
        if t.year is not None and contrast is not NEVER and isearch(d, contrast, max(s, t.start - 30), t.start):
            # "И если в 2006 году импорт был лишь на 35 тысяч долларов, то в прошлом году он составил уже 114
            # тысяч": the year the "если" clause sets against the "то" clause's is not the one the text goes on
            # with (cue contrast_if, Russian rows only)
            continue
        if t.year is not None and concessive is not NEVER \
                and isearch(d, concessive, max(s, t.start - CONCESSIVE_REACH), t.start) \
                and _DIGIT.search(d.text, s, t.start) is not None and _DIGIT.search(d.text, t.end, e) is None:
            # "Россия находится на втором месте (7 409,8 млн долларов и 8,7%), хотя еще по итогам 2018 года была
            # первой. Далее следуют Германия (6 067,8 млн долларов, 7,2%)": the year of a concessive clause after the
            # sentence's figures, with no figure of its own, looks back from the period in force, which stays (rule
            # concessive_look_back; cue concessive_before, Russian rows only)
            continue
        if t.kind == "month" and t.rel == -1 and t.year is None and not _rolling_opens().fullmatch(d.text, s, t.start):
            # "It was at $35.73 billion in October last year.": the same month a year before, a comparison
            # inside the sentence; "Inbound merchandise shipments in October" after it is of the page's year
            continue
        if t.kind == "month_range" and t.m1 == t.m2 % 12 + 1 != 1 and not _rolling_opens().fullmatch(d.text, s, t.start) \
                and not _FISCAL_WORD_BEFORE.search(d.text, max(s, t.start - 12), t.start) \
                and not _named_year().fullmatch(d.text, t.start, t.end):
            # ("in the fiscal year ending March 31": a fiscal year, which the page goes on with, rule fiscal_ending;
            # "15.3 billion NZ dollars in the March 2018 year, ... Stats NZ said": a year its last month names, the
            # statistics' own year, goes on too, rule named_year, row named_year)
            # "Australia's exports to China of $170.5 billion in the 12 months to June": a rolling year inside a
            # sentence is its own figure's; only one opening the sentence sets the period after it (rule rolling_year)
            continue
        if (rd := _REPORT_DATE.search(d.text, max(s, t.start - 100), t.start)) is not None \
                and (rd.group("bare") is None or d.text.startswith("for ", t.start)):
            # "The Bank of Tanzania (BOT) Monthly Economic Review-April 2022 reveals that ... exports ...
            # increased to USD 10,214.6 million during the year ending March 2022": the month names the
            # publication, not a period the text goes on with (rule report_date)
            continue
        if comparison_aside(d.text, t) or record_year(d.text, t, d.low) is not None:
            continue   # "(compared to 13.7% in 2022)": the bracketed comparison's year (rule comparison_aside)
        if ((than := cue("than_clause", THAN_CLAUSE)) is not THAN_CLAUSE
                or not lacks(d, THAN_CLAUSE_WORDS, max(s, t.start - 120), t.start)) \
                and isearch(d, than, max(s, t.start - 120), t.start):
            # "The decline was however lower than the steep 27.2 per cent fall in exports registered in
            # 2015": a year inside a comparison with what went before is no period for what follows
            continue
        if in_prior_change(d, s, t):
            continue
        if compared_value_time(d.text, s, t):
            continue   # "..., compared with MYR17.09 billion in July" (rule compared_value_time)
        if month_alone(d.text, t, e):
            continue
        if t.via == "figure_is_value" and in_force is not None and in_force[0] == t.year \
                and in_force[1] is not None and in_force[2] is not None and in_force[1:] != (1, 12):
            # "Ghana raked in $8.95 billion ... in August 2017 ... The 2017 figure is, therefore, $1.95 billion more":
            # a year's figure told again is of the part of that year in force, which goes on (rule figure_is_value)
            continue
        p = None
        if t.fiscal in FISCAL_MONTHS_TAGS:
            ref, basis = d.source_year(t.start)   # "During April-October this fiscal" (rule fiscal_months)
            if (named := named_fiscal_months(d, si, t, times)) is not None:
                p = named   # "... of the current fiscal year FY2024–25" (rule fiscal_months_named)
            elif ref is not None:
                p = fiscal_months_year(d, t, si, None, ref, basis), fiscal_first_month(d, si, None, t), t.m2
        elif t.fiscal == "relative" and not t.rel and fiscal_part_months(d.text, t) is not None \
                and fiscal_year(d.fiscal_country(si, None)) is not None and d.source_year(t.start)[1] == "doc_date" \
                and d.source_year(t.start)[0] is not None:
            # "During the first half of the fiscal year, exports stood at ...": that part of the fiscal
            # year in force goes on after it, as in the sentence itself (rule relative_fiscal); an
            # undated page that names no year has none in force
            ref, _ = d.source_year(t.start)
            start = fiscal_year(d.fiscal_country(si, None))[0]
            end_year = ref + (d.pub_month is not None and d.pub_month >= start > 1)
            m2 = first_months_end(start, fiscal_part_months(d.text, t), d.fiscal_country(si, None),
                                  fiscal_part_counted(d.text, t))
            p = end_year - (m2 >= start > 1), start, m2
        elif t.year is not None:
            p = (t.year, None, None) if t.kind == "year_to_date" else (t.year, t.m1, t.m2)
        elif t.kind == "year_to_date" and not t.rel and not t.base and in_force is not None \
                and in_force[0] is not None and in_force[2] is not None and in_force[1] is not None \
                and d.source_year(t.start)[0] == in_force[0]:
            # "The trade balance for August hit a surplus of $5.599 billion ... In year-to-date terms, exports amounted
            # to $145.9 billion ... Imports, in turn, totalled $97.8 billion on the same basis of comparison"
            # (poandpo.com): the year so far, January to the month in force, goes on after it (rule
            # year_to_date_in_force)
            p = in_force[0], 1, in_force[2]
        elif t.kind == "relative" and t.bracket_year is not None:
            p = t.bracket_year, t.m1, t.m2  # "last [2023] year"
        elif t.kind == "relative" and t.rel == -1 and _OPENS.fullmatch(d.text, s, t.start) \
                and _TOPIC_AFTER.match(d.text, t.end):
            # "Last year, these exports exceeded ... At the same time, supplies increased (by 3 times)":
            # a sentence opened by "Last year," sets its year for the paragraph (rule last_year_topic)
            ref, basis = d.source_year(t.start)
            if ref is not None:
                p = ref - 1, 1, 12, "topic"
        elif t.kind == "relative" and t.rel == -1 and _OPENS.fullmatch(d.text, s, t.start) \
                and _topic_bare().match(d.text, t.end):
            # "Last year the UK exported £894bn, ... . The deficit was £43 bn": with no comma, the year is set for what
            # follows as a written year is, not as a topic whose reach ends a few sentences on ("Last year R3.6
            # billion worth of metal and mineral ores were exported ... || ... Imports of clothing ... were worth R2
            # billion", chinese-embassy.org.za, data/web24 al05: last year still) (rule last_year_topic_bare)
            ref, basis = d.source_year(t.start)
            if ref is not None:
                p = ref - 1, 1, 12, "last_year_topic_bare"
        elif t.kind == "relative" and t.rel in (0, -1) and not t.fiscal and fiscal_shaped(d, si, in_force):
            # "compared to the exports of US$ 2783.059 million last year" while July-June (2022-23) is in force:
            # a comparison with the fiscal months a year before, no calendar year for what follows (rule
            # fiscal_relative)
            continue
        elif t.kind == "relative" and t.rel is not None and t.rel <= 0 \
                and (cue("relative_period", _RELATIVE_PERIOD).search(d.text, max(s, t.start - 24), t.start)
                     or cue("relative_open", NEVER).fullmatch(d.text, s, t.start)
                     or _relative_ranked().search(d.text, max(s, t.start - RANKED_REACH), t.start)):
            # "Внешнеторговый оборот ... в прошлом году вырос на 23,1%. ... Показатель превысил $2 млрд":
            # where the language dates a whole year by a relative phrase anywhere in the sentence (a cue
            # row, none in English: there only an opening "Last year," does), it sets that year for what
            # follows, as a written year would (rule relative_period)
            ref, basis = d.source_year(t.start)
            based = [b for b in times if b.base and b.year is not None and b.kind == "year"
                     and not since_floor(d.text, b)]
            if d.pub_year is None and basis != "footnote" and t.rel == -1 and based:
                p = based[0].year + 1, 1, 12  # "за прошлый год ..., чем в 2015 году": relative_after_base
            elif ref is not None and basis != "footnote":
                latest = basis == "context" and t.rel == -1 and not d.says_this_year and d.names_event_year(ref)
                p = ref + (0 if latest else t.rel), 1, 12  # an undated page's "last year": relative_latest
        elif (fp := fiscal_part(d, si, t, in_force if fiscal_shaped(d, si, in_force) else fiscal)) is not None:
            p = fp   # "in the first month, from $2235.039 million" in July 2022 (Pakistan): July 2022 (rule fiscal_part)
        elif t.m2 - t.m1 < 11 and t.kind != "relative" and not cue("point_before", _POINT_BEFORE).search(d.text, max(0, t.start - 30), t.start):
            # "in the first six months", "in January-August of this year": of the page's year
            ref, basis = d.source_year(t.start)
            if t.kind == "month" and (y := that_year(d, si, t)) is not None:
                p = y, t.m1, t.m2   # "In October of that year" after "since autumn 2013" (rule month_of_that_year)
            elif ref is not None and not (t.rel and basis == "footnote"):
                p = ref + (t.rel or 0) - after_publication(d, t, basis), t.m1, t.m2
                if basis == "context" and (y := part_after_base(d, t, times)) is not None:
                    p = y, t.m1, t.m2   # "... compared with the first half of 2016": rule part_after_base
                if basis == "context" and not t.rel and t.kind == "month" \
                        and (y := year_after_anchor(d, si, ref, t.m1, t.m2)) is not None:
                    p = y, t.m1, t.m2   # "in March" after "deficits ending in December 2013": rule month_after_anchor
        if p is not None and (best is None or p[0] > best[0]):
            best = p
    return best


YEAR_TO_DATE_AHEAD = 4  # sentences after a "so far this year" figure that may name the months it runs to


def months_ahead(d: Doc, si: int, year: int | None, ref: int | None) -> int | None:
    """The last month of "the year so far" that the next sentences name (rule year_to_date_ahead): a
    headline or lede "Товарооборот ... вырос на 38,4% ... с начала года" is followed by "в январе — мае
    2023 года": the first period of months from January after it, of the same year, says how far the
    year had run; a base, a goal or another year ends the search with nothing."""
    for sj in range(si + 1, min(si + 1 + YEAR_TO_DATE_AHEAD, len(d.c.sentences))):
        for t in d.times(sj):
            if t.base or t.target or t.kind in ("yoy", "relative", "the_year", "year_to_date", "now", "span"):
                continue
            if t.kind not in ("month_range", "months", "part"):
                return None
            # ("за 10 месяцев", no year of its own: of the year so far)
            y = t.year if t.year is not None else (ref + t.rel if ref is not None and t.rel is not None else year)
            if t.m1 == 1 and t.m1 <= t.m2 < 12 and y is not None and y == year:
                return t.m2
            return None
    return None


def closing_part_year(t: TimeExpr, in_force: tuple | None) -> int | None:
    """The year of a closing part of a year written with no year ("по итогам второго полугодия", "в
    четвертом квартале") in a paragraph at a year that ran to December: that year (rule closing_part)."""
    if t.kind == "part" and t.year is None and t.rel is None and not t.base and not t.target \
            and t.m1 > 1 and t.m2 == 12 and in_force is not None and in_force[0] is not None and in_force[2] == 12:
        return in_force[0]
    return None

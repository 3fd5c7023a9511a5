"""Relative years: a time with no written year ("last year", "in October", "the current fiscal
year") dated from the source's year, the page's date and the country's fiscal year."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from tradeflows.facts.context import Doc, State
from tradeflows.facts.fiscal import first_months_end, fiscal_year, gregorian_year, resolve_fiscal
from tradeflows.facts.period_anchor_after import year_after_anchor
from tradeflows.facts.period_that_year import that_year
from tradeflows.facts.period_fiscal_force import (FISCAL_MONTHS_TAGS, fiscal_first_month, fiscal_relative,
                                                   fiscal_year_in_force, named_fiscal_months)
from tradeflows.facts.periods import TimeExpr, month_count_words
from tradeflows.records import Figure
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, fold
from tradeflows.ingest.last_month import reports_last_month
from tradeflows.vocab.patterns import EnglishCue, cue, english_cue
from tradeflows.vocab.months import month_names
from tradeflows.vocab.skip import skip_compile


# "the first four months of", "the first month of", "the first quarter of": a part of the fiscal year after it
# ("the first three quarters of the current fiscal year": nine months of it)
# ("in the past nine months of the current fiscal year": the months since it began, rule fiscal_part_past)
# ("Pakistan's trade deficit in the 11 months of the fiscal year 2021-22": "the" before a count of months too)
# ("... widened ... to $15.5 billion in five months of the current fiscal year" (ymstrade.com, Pakistan's trade), "in
# seven months of ongoing fiscal year": a count of months "in" or "during" the fiscal year so far is its first months,
# rule fiscal_part_in)
_fiscal_part = EnglishCue("fiscal_part_before", re.I)


# ("the first quarter last fiscal", "the first quarter this fiscal (April-June 2012)": news leaves the "of" out)
# (read between a part and a relative fiscal year: fullmatch only)
OF_BEFORE_FISCAL = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?|\s+", re.I)
# a money level summed over a span of years ("totaled ... in the last ten years")
# "have increased by 2,385 million euros in the last two years": a change over the span, dated
_CHANGE_BY = re.compile(r"\b(?:increased|grew|rose|decreased|fell|declined|dropped)\s+by\s+(?:about\s+|almost\s+|nearly\s+)?$", re.I)
_SPAN_AVERAGE = EnglishCue("past_span_average", re.I)
SPAN_AVERAGE_REACH = 60   # how far before a money figure its "average" may stand (as a span's "totalled")
_SPAN_TOTAL = re.compile(r"\b(?:totall?(?:ed|ing)|in\s+total|cumulative(?:ly)?|altogether|combined)\b", re.I)


# "(the current fiscal year) that started July 8, 2021", "which began on July 8, 2021", "beginning July 1, 2021"
fy_started = EnglishCue("fiscal_year_started")


def fiscal_started(text: str, t: TimeExpr) -> tuple[tuple[int, int, int], int] | None:
    """((year, m1, m2), end of the anchor) of a fiscal year the page dates by its start (rule fiscal_started):
    "in the first month of the new Ethiopian fiscal year which began on July 8, 2021" is 2021-07; "the
    current fiscal year that started July 8, 2021" runs 2021-07 to 2022-06 (the year it ends in); a part
    of it, of the year the part ends in. None where no start follows the fiscal year."""
    started = fy_started().match(text, t.end) if t.fiscal == "relative" else None
    if started is None:
        return None
    start = month_names()[fold(started.group("m"))]
    end_year = int(started.group("y")) + (start > 1)
    n = fiscal_part_months(text, t)
    if n is not None:
        m2 = (start + n - 2) % 12 + 1
        return (end_year - (m2 >= start > 1), start, m2), started.end()
    return (end_year, start, (start - 2) % 12 + 1), started.end()


# "the Ethiopian 2022/2023 fiscal year, which started on July 8": a written fiscal year and the month it starts in
_fy_started_month = EnglishCue("fiscal_year_started_month")


# "In the previous fiscal year, Ethiopia has earned ...", "During the previous fiscal year that ended on July 7, ...":
# a sentence that opens on the fiscal year before (no year written in it)
_PREVIOUS_FISCAL_OPEN = re.compile(r"\s*(?:In|During|For|Over)\s+the\s+(?:previous|last|past|preceding)\s+(?:[A-Z][a-z]+\s+)?"
                                   r"(?:fiscal|financial|budget)\s+year\b(?!\s*[(\[]?\s*(?:19|20)\d\d)", re.I)


@lru_cache(maxsize=1)
def _started_word() -> re.Pattern:
    """A verb that dates a fiscal year by its start (the row started_verbs, as the rows fiscal_year_started* use it), a
    word of its own: compiled on first use (no vocabulary file is read at import)."""
    return skip_compile(rf"\b(?:{english_cue('started_verbs').pattern})\b", re.I)


def fiscal_anchors(d: Doc) -> list[tuple[int, int, int]]:
    """(position, end year, start month) of each fiscal year the page dates by its start: "the current fiscal
    year that started July 8, 2021" (2022, 7), "the Ethiopian 2022/2023 fiscal year, which started on July 8"
    (2023, 7). An undated page's only sure word on which fiscal year is the current one (rule fiscal_anchor)."""
    if d.memo.fiscal_anchors is None:
        out = []
        if _started_word().search(d.text):
            started_rx, month_rx, months = fy_started(), _fy_started_month(), month_names()
            for si in range(len(d.c.sentences)):
                for t in d.times(si):
                    started = started_rx.match(d.text, t.end) if t.fiscal == "relative" and not t.rel else None
                    if started is not None:
                        start = months[fold(started.group("m"))]
                        out.append((t.start, int(started.group("y")) + (start > 1), start))
                    elif t.fiscal in ("span", "named", "span_part", "named_part") and t.year is not None and not t.base \
                            and (m := month_rx.match(d.text, t.end)) is not None:
                        out.append((t.start, t.year, months[fold(m.group("m"))]))
        d.memo.fiscal_anchors = out
    return d.memo.fiscal_anchors


def previous_fiscal_open(d: Doc, si: int, pos: int) -> tuple[int, int, int] | None:
    """(year, m1, m2) of a figure in a sentence that opens on "the previous fiscal year" after the page dated
    the current one by its start: the fiscal year before that one (rule fiscal_anchor_previous). Without
    such an anchor an undated page does not say which fiscal year is the current one: None."""
    s, _ = d.c.sentences[si]
    m = _PREVIOUS_FISCAL_OPEN.match(d.text, s)
    if m is None or m.end() > pos:
        return None
    before = [a for a in fiscal_anchors(d) if a[0] < s]
    if not before:
        return None
    _, end_year, start = before[-1]
    return end_year - 1, start, (start - 2) % 12 + 1


def fiscal_part_months(text: str, t: TimeExpr) -> int | None:
    """How many months of a fiscal year "the first four months of" before it names, else None."""
    part = _fiscal_part().search(text, max(0, t.start - 64), t.start)
    if part is None:
        return None
    g = part.groupdict()
    if g["qs"]:
        return 6 if g["qs"].lower() == "two" else 9
    return 1 if g["one"] else 3 if g["q"] else 6 if g["h"] else int(g["n"]) if g["n"].isdigit() \
        else month_count_words()[g["n"].lower()]


def fiscal_part_counted(text: str, t: TimeExpr) -> bool:
    """Whether the part of a fiscal year before it is a count of months ("the first eight months of"), not a
    half, quarters or "the first month" (fiscal.first_months_end)."""
    part = _fiscal_part().search(text, max(0, t.start - 64), t.start)
    return part is not None and part.group("n") is not None


def _month_of_fiscal(period: tuple, end_year: int, start: int) -> bool:
    """A month (or months) in force inside the fiscal year that starts in month start and ends in end_year."""
    y, m1, m2 = period[:3]
    if y is None or m1 > m2 or start == 1:
        return False
    return (y == end_year and m2 < start) or (y == end_year - 1 and m1 >= start)


def fiscal_months_year(d: Doc, t: TimeExpr, si: int, rep_iso: str | None, ref: int, basis: str) -> int:
    """The calendar year that months written before "this fiscal (year)" end in (rule fiscal_months):
    "During April-October this fiscal" (India, on a page of November 2024): 2024; "the July-April period
    this fiscal year" (Bangladesh, May 2017): 2017. A country with no fiscal year in the vocabulary
    starts it with the first month written; an undated page speaks from the latest year it names."""
    if basis != "doc_date" or d.pub_month is None:
        # no month of publication: months ending in December are reported in the January after ("From July to
        # December this fiscal year" on a page of 2023: 2022), as relative_fiscal reads a part
        return ref + (t.rel or 0) - (basis == "doc_date" and t.m1 <= t.m2 == 12)
    fy = fiscal_year(d.fiscal_country(si, rep_iso))
    if fy is None and t.fiscal == "relative_to_month":
        # "as of October this fiscal year" (Myanmar, on a page of January 2018), the country's fiscal start unknown:
        # the latest October by the page's date, 2017 (rule to_month_fiscal)
        return ref + (t.rel or 0) - (t.m2 > d.pub_month)
    start = fy[0] if fy is not None else t.m1
    end_year = ref + (d.pub_month >= start > 1) + (t.rel or 0)
    return end_year - (t.m2 >= start > 1)


def with_fiscal_year(d: Doc, t: TimeExpr, si: int, rep_iso: str | None) -> TimeExpr:
    """A fiscal expression with the year and months of its country's fiscal year."""
    if not t.fiscal:
        return t
    country = d.fiscal_country(si, rep_iso)
    r = resolve_fiscal(t, country)
    if r is None:
        return t
    year, m1, m2 = r
    m1, m2 = (m1 if m1 is not None else 1), (m2 if m2 is not None else 12)
    local = t.local or gregorian_year(t.year, country) != t.year
    n = fiscal_part_months(d.text, t) if t.fiscal != "relative" and year is not None else None
    if n is not None and n < 12:
        # "during the first two months (July-August) of the current fiscal year (FY23)": the part of a named fiscal year
        # (rule fiscal_part_named; a relative one is read by period_context and relative_period)
        start_year = year - (m1 > m2)
        part_m2 = (m1 + n - 2) % 12 + 1
        return replace(t, year=start_year + (part_m2 < m1), m1=m1, m2=part_m2, local=local)
    return replace(t, year=year, m1=m1, m2=m2, local=local)


def after_publication(d: Doc, t: TimeExpr, basis: str | None) -> bool:
    """A part of the page's own year (no year, no "last year") that ends after the month the page was
    published: it cannot be of that year yet."""
    pm = getattr(d, "pub_month", None)
    return bool(pm and basis == "doc_date" and not t.rel and t.year is None and t.kind not in ("relative", "the_year",
                "past_span") and t.m2 - t.m1 < 11 and t.m2 > pm)


_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
_CLOSE_BRACKET = re.compile(r"\s*[)\]]")


def _bracketed_now(text: str, times) -> int | None:
    """The year written in brackets right after "this year" in the sentence ("this year (2019)"), else None."""
    for a, b in zip(times, times[1:]):
        if a.kind == "relative" and a.rel == 0 and b.kind == "year" and b.year is not None \
                and _OPEN_BRACKET.fullmatch(text, a.end, b.start) and _CLOSE_BRACKET.match(text, b.end):
            return b.year
    return None


# how far after "last year" a base of its clause may stand; what ends the clause before it
BASE_LATER_REACH = 80
# a relative year counted back from now ("five years ago"; Russian "пять лет назад", rule years_ago_months)
_YEARS_AGO = re.compile(r"\bago$", re.I)
# the kinds of a part of a year a base of the same months may stand against (rule part_after_base)
_PART_KINDS = frozenset({"months", "half", "quarter", "month_range"})
_CLAUSE_TURN = re.compile(r"[;.!?](?:\s|$)|\b(?:while|whereas|but)\b")
_SINCE_FLOOR = re.compile(r"\bsince\s+$", re.I)


def since_floor(text: str, b: TimeExpr) -> bool:
    """A base year written right after "since": a record's floor ("the largest annual figure since 1956"), no year a
    relative time is the one after (rule since_floor_no_base)."""
    return _SINCE_FLOOR.search(text, max(0, b.start - 12), b.start) is not None


def _names_later_year(d: Doc, year: int) -> bool:
    """The page names, as a time of events, a year later than `year` (rule now_after_named_year)."""
    return any(d.names_event_year(y) for y in range(year + 1, year + 30))


# the rest of a from-to chain after its first month: "to a deficit of $1,287 million in "
_TO_REST = re.compile(r"\s+to\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?\S*\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?(?:(?:in|for|during)\s+)?", re.I)


def chain_to_month(d: Doc, si: int, t: TimeExpr) -> TimeExpr | None:
    """The bare month a from-to chain runs to, right after the month t it runs from, else None."""
    return next((x for x in d.times(si) if x.start > t.end and x.kind == "month" and x.year is None and not x.rel
                 and x.m1 is not None and x.m1 == x.m2 and _TO_REST.fullmatch(d.text, t.end, x.start)), None)


# the words between "last year" and the year of its base when the base is a level: " from A$149 billion in "
_FROM_LEVEL = re.compile(r"[\s,]*from\s+(?:about\s+|around\s+|some\s+)?\S*\d[\d.,]*\s*(?:[A-Za-z$]+\s+){0,2}?(?:in|during)\s+$")


HEAD_YEAR_REACH = 400  # characters of a news page's title, dateline and opening sentence


def _head_and_paragraph(d: Doc, pi: int) -> list[tuple[int, int]]:
    """The spans of the page's opening (its first HEAD_YEAR_REACH characters) and of paragraph pi."""
    paras = d.c.paragraphs or [(0, len(d.text))]
    return [(0, HEAD_YEAR_REACH)] + ([paras[pi]] if 0 <= pi < len(paras) else [])


SAME_MONTHS_REACH = 8  # at most how many sentences before a figure's "January of last year" its "January 2026" may stand


def _names_same_months(d: Doc, si: int, pi: int, year: int, m1: int, m2: int) -> bool:
    """Whether the figure's paragraph pi or the one before it names the months m1..m2 of `year` as a period of its own
    (not a base), in the figure's sentence or up to SAME_MONTHS_REACH before it: "В январе 2026 г." before "В январе
    прошлого года" (rule relative_same_months)."""
    for k in range(si, max(-1, si - SAME_MONTHS_REACH - 1), -1):
        if d.para_index(d.c.sentences[k][0]) < pi - 1:
            return False
        if any(x.year == year and x.m1 == m1 and x.m2 == m2 and x.kind != "year" and not x.base for x in d.times(k)):
            return True
    return False


def part_after_base(d: Doc, t: TimeExpr, all_times: list[TimeExpr]) -> int | None:
    """The year of a part of a year t that names no year of its own, on an undated page, when a base of comparison of
    t's months with a written year follows it in its clause: the year after the base's (rule part_after_base; not when
    the page names a later year as a time of events, whose months these may be), else None."""
    if d.pub_year is not None or t.rel or t.kind not in _PART_KINDS or t.m1 is None or (t.m1, t.m2) == (1, 12):
        return None
    b = next((b for b in all_times if b.base and b.year is not None and b.start > t.end and b.kind in _PART_KINDS
              and (b.m1, b.m2) == (t.m1, t.m2) and not _CLAUSE_TURN.search(d.text, t.end, b.start)), None)
    return None if b is None or _names_later_year(d, b.year + 1) else b.year + 1


def relative_period(d: Doc, st: State, f: Figure, si: int, pi: int, rep_iso: str | None, t: TimeExpr,
                     all_times: list[TimeExpr], m1: int, m2: int):
    """(year, m1, m2, year_basis, rule) of a figure whose own time t names no year: relative to the
    source's year, a base's, or the paragraph's."""
    ref, basis = d.source_year(f.clean_start)
    explicit_base = [b for b in all_times if b.base and b.year is not None and b.kind == "year"
                     # "USD683.9 billion last year, the largest annual figure since 1956, when the country began
                     # compiling trade related data" (Korea Herald): a record's floor after "since" is no base the
                     # figure's year is the one after (rule since_floor_no_base)
                     and not since_floor(d.text, b)
                     and (abs(b.start - t.end) < 30 or (t.rel == -1 and current_language() != DEFAULT_LANGUAGE)
                          # "Imports stood at $361.8 billion last year, pointing to a 0.5 percent decline compared to
                          # 2022": the base later in the same clause
                          or (0 <= b.start - t.end <= BASE_LATER_REACH
                              and not _CLAUSE_TURN.search(d.text, t.end, b.start)))]
    # (another language's free word order: "По итогам прошлого года товарооборот ... составил $8,5 млрд,
    # что на 15% больше по сравнению с 2015 годом" puts the base anywhere in the sentence)
    if basis != "footnote" and d.pub_year is None and explicit_base and t.kind == "relative" \
            and not (t.rel == 0 and _names_later_year(d, explicit_base[0].year + 1)):
        # undated page: "last year, compared with 2016" is the year after its base
        # ("объем внешней торговли между Россией и Арменией в этом году может достигнуть $16 млрд, что в 6 раз выше
        # аналогичного показателя за 2020 год" on a page that goes on "в 2023 году он увеличился почти на 56%",
        # vestikavkaza.ru: "this year" is no year the page itself reports as past; rule now_after_named_year leaves
        # it to the page's latest year)
        b0 = explicit_base[0]
        if current_language() == DEFAULT_LANGUAGE and b0.start > t.end and _FROM_LEVEL.match(d.text, t.end, b0.start):
            # "rising to A$175 billion last year from A$149 billion in 2019" (an undated page): a change between two
            # levels may span several years, so the year after the base's is a guess (weak rule relative_from_level)
            return b0.year + 1, 1, 12, "context", "relative_from_level"
        return b0.year + 1, 1, 12, "context", "relative_after_base"
    if basis != "footnote" and (y := part_after_base(d, t, all_times)) is not None:
        # "During the first six months of the year, both goods exports and goods imports increased by 10% in value
        # compared with the first half of 2016" (mundus-international.com, an undated page): the same months of a
        # written year, later in the clause as its base, name the year before the figure's (rule part_after_base)
        return y, m1, m2, "context", "part_after_base"
    same_base = [b for b in all_times if b.base and b.same and b.year is not None]
    if t.rel == -1 and t.year is None and same_base and t.kind not in ("past_span", "span", "last_month"):
        # "In the first eight months of last year ... four times more than in the same period of
        # 2023": a same-period base names the year before the figure's, whatever the source's date
        full = t.kind == "relative"
        return same_base[0].year + 1, (1 if full else m1), (12 if full else m2), "context", "relative_after_base"
    if basis != "footnote" and (fr := fiscal_relative(d, st, f, si, t)) is not None:
        return fr   # "US$ 2783.059 million last year" while July-June (2022-23) is in force: FY22 (rule fiscal_relative)
    if ref is None:
        return None, None, None, None, "unknown"
    full = t.kind in ("relative", "the_year")
    if basis == "context" and t.rel == -1 and not d.says_this_year and d.names_event_year(ref):
        # an undated page that never says "this year" looks back: the latest year it names
        # is its "last year" ("topped $100 billion for the first time last year ... in 2010")
        if not full and _names_same_months(d, si, pi, ref, m1, m2):
            # "В январе 2026 г. Азербайджан импортировал ... на сумму $28,9 млн ... В январе прошлого года страна
            # закупила ... на $18,7 млн" (ukragroconsult.com, undated): the months of "last year" set beside the same
            # months of the latest year the page names are those months a year before (rule relative_same_months)
            return ref - 1, m1, m2, basis, "relative_same_months"
        return ref, (1 if full else m1), (12 if full else m2), basis, "relative_latest"
    if basis == "context" and t.rel == -1 and not d.says_this_year and reports_last_month(d.text, ref):
        # "the most important trading partner for German exporters in December 2023" beside "total German exports fell
        # by 1.4 percent last year" (an undated page): December's figures come out after the year ended, so the
        # page looks back on that year as its last (rule december_reported, ingest/last_month.py)
        return ref, (1 if full else m1), (12 if full else m2), basis, "december_reported"
    year = ref + (t.rel or 0)
    if t.kind == "month":
        # "grew by 15.2 percent in October" on a page of December 2021: October 2021; on a page of
        # January 2022, October 2021 (a month after the page's own is of the year before)
        if (y := that_year(d, si, t)) is not None:
            return y, m1, m2, "context", "month_of_that_year"   # "In October of that year" after "autumn 2013"
        if t.rel:
            # "$22.07 billion in June last year", "в сентябре прошлого года": the month of the year
            # before the page's (rule month_relative)
            return ref + t.rel, m1, m2, basis, "month_relative"
        if m1 is not None and m1 == m2 and (to := chain_to_month(d, si, t)) is not None and to.m1 < m1:
            # "went from a surplus of $3,225 million in December to a deficit of $1,287 million in January": a change
            # from a later calendar month to an earlier one crossed a new year (rule from_month_year_before)
            return ref - 1, m1, m2, basis, "from_month_year_before"
        if basis == "context" and (y := year_after_anchor(d, si, ref, m1, m2)) is not None:
            # "$731 million in March - following 23 consecutive trade deficits ending in December 2013" on an undated
            # page: of the year after the month the run before ended (rule month_after_anchor, period_anchor_after.py)
            return y, m1, m2, basis, "month_after_anchor"
        return ref - after_publication(d, t, basis), m1, m2, basis, "bare_month"
    if t.fiscal in FISCAL_MONTHS_TAGS:
        if (named := named_fiscal_months(d, si, t, all_times)) is not None:
            return (*named, "explicit", "fiscal_months_named")
        rule = "to_month_fiscal" if t.fiscal == "relative_to_month" else "fiscal_months"
        return fiscal_months_year(d, t, si, rep_iso, ref, basis), fiscal_first_month(d, si, rep_iso, t), t.m2, basis, rule
    if t.fiscal == "relative":
        fy = fiscal_year(d.fiscal_country(si, rep_iso))
        if fy is not None:
            # "in the current fiscal year" (Pakistan, July-June) on a page of October 2022: FY23
            start = fy[0]
            if fiscal_part_months(d.text, t) is None \
                    and (held := fiscal_year_in_force(d, si, t, d.fiscal_country(si, rep_iso), start)) is not None:
                return (*held, "context", "fiscal_year_in_force")   # "during the fiscal year" after "in FY24": FY24
            end_year = ref + (basis == "doc_date" and d.pub_month is not None and d.pub_month >= start > 1) + (t.rel or 0)
            if basis == "context" and t.rel == -1 and not t.base and not d.says_this_year \
                    and st.period is not None and (st.period[:3] == (ref, start, (start - 2) % 12 + 1)
                                                   or _month_of_fiscal(st.period, ref, start)) \
                    and fiscal_part_months(d.text, t) is None:
                # "Thus, import from China registered more than 17 per cent growth in the last fiscal year" on an
                # undated page whose latest year, FY16, is in force: the page looks back to that year, as with "last
                # year" (rule relative_latest_fiscal); so it does when a month of that year is in force ("$34.24
                # billion in fiscal 2015-16 ... of $3.58 billion in June. ... increased 2.69 percent year-on-year to
                # $1.16 billion last fiscal year": FY16, rule relative_latest_fiscal_month)
                return ref, start, (start - 2) % 12 + 1, basis, (
                    "relative_latest_fiscal" if st.period[1] > st.period[2] else "relative_latest_fiscal_month")
            n = fiscal_part_months(d.text, t)
            if n is not None:
                # "the first four months of the current financial year" (Pakistan, on a page of
                # November 2021): July-October 2021, of the calendar year the part ends in; "the first eight
                # months of the current fiscal year" (Nepal, from mid-July): July-March (fiscal.first_months_end)
                m2 = first_months_end(start, n, d.fiscal_country(si, rep_iso), fiscal_part_counted(d.text, t))
                if m2 != (start + n - 2) % 12 + 1:
                    d.period_via.append("fiscal_mid_month")   # the count ended a month further: the rule shows (records.VIA)
                if not (basis == "doc_date" and d.pub_month is not None):
                    # with no month of publication, the part just ended is reported in the month after it, on the
                    # page's year: "the first four months of the current Iranian calendar year (March 21-July 22)" on
                    # a page of 2023 is March-July 2023 (from 21 March: fiscal.first_months_end); "the first six months of the current fiscal year" (Bangladesh,
                    # July-June) on a page of 2020 is July-December 2019 (rule relative_fiscal)
                    # (a part that ends mid-month, fiscal.first_months_end, is reported in the month it ends in)
                    return ref + (t.rel or 0) - ((start + n - 2) % 12 + 1 == 12), start, m2, basis, "relative_fiscal"
                return end_year - (m2 >= start > 1), start, m2, basis, "relative_fiscal"
            return end_year, start, (start - 2) % 12 + 1, basis, "relative_fiscal"
    if t.kind == "past_span":
        if f.kind == "money" and _SPAN_TOTAL.search(d.text, max(0, f.clean_start - 60), f.clean_start) \
                and not _CHANGE_BY.search(d.text, max(0, f.clean_start - 30), f.clean_start):
            # "totaled over SR1.79 trillion in the last ten years": a sum over the span, no one year
            return None, None, None, None, "span_total"
        if f.kind == "money" and _SPAN_AVERAGE().search(d.text, max(0, f.clean_start - SPAN_AVERAGE_REACH), f.clean_start):
            # "For the past three years, T&T's average annual exports to the US were valued at TT$22.3 billion while
            # imports averaged TT$14 billion" (guardian.co.tt): a mean over the span's years, no one year's level (rule
            # span_average; row past_span_average)
            return None, None, None, None, "span_average"
        if f.kind == "growth":
            # "The volume of soybean trade between Brazil and China has doubled in the past 10 years": a change over
            # the span ends in its year, but is no one year's, as a change over a run of years (rule past_span_change)
            return year, None, None, basis, "past_span_change"
        return year, 1, 12, basis, "past_span"  # "increased by 2,385 million euros in the last two years": ends last year
    if after_publication(d, t, basis):
        # "в январе-ноябре экспорт вырос" on a page of January 2023: months not yet over when it was
        # published are of the year before (rule part_before_publication)
        return year - 1, m1, m2, basis, "part_before_publication"
    now = _bracketed_now(d.text, all_times) if t.kind == "relative" and t.rel else None
    if now is not None:
        # "We concluded last year with a commercial exchange of 450 million dollars, and this year (2019), ..."
        # on a page of January 2020: the bracket dates the speaker's "this year"; the sentence's other relative
        # years count from it, not from the page's date (rule bracketed_now)
        return now + t.rel, 1, 12, "context", "bracketed_now"
    if basis == "footnote" and full and d.pub_year and st.period is not None and st.period_para == pi \
            and st.period[0] == d.pub_year + (t.rel or 0) != year:
        # "in 2024, Belarusian products were exported to 161 countries. And the value of exports ...
        # last year amounted to almost fifty billion dollars" in a book of 2025: the page's date and
        # the paragraph's year agree, against the footnote's source (rule relative_paragraph)
        return st.period[0], 1, 12, "context", "relative_paragraph"
    if basis != "footnote" and full and st.period is not None and st.period_para == pi and st.period[0] == year:
        # "Nigeria in 2020 was ... Over the past year, South Africa imported": the paragraph's year agrees
        return year, 1, 12, "context", "relative_paragraph"
    if basis == "doc_date" and t.kind == "relative" and t.rel == -1 \
            and any(b.kind == "year" and b.year == year and b.start > t.end and not (b.base or b.target or b.fiscal)
                    for b in all_times):
        # "The value of the kingdom's exports to China exceeded $50 billion last year, constituting more than 18% of
        # Saudi Arabia's total exports in 2021" on a page of 2022: the page's date and the year its sentence writes
        # after agree (rule relative_sentence_year)
        return year, 1, 12, basis, "relative_sentence_year"
    own = next((o for o in reversed(all_times) if o.end <= t.start and o.m1 is not None and o.m2 is not None
                and (o.m1, o.m2) != (1, 12) and not (o.base or o.target)), None) if full and (t.rel or 0) <= -2 else None
    if own is not None and t.kind == "relative" and cue("years_ago", _YEARS_AGO).search(d.text, t.start, t.end):
        # "за первые три месяца этого года внешняя торговля страны составила 1 млрд 246 млн долларов, в то время как
        # пять лет назад она была больше - 1 млрд 303 млн долларов" (rus.azatutyun.am): a count of years back while
        # months are named before it in the sentence compares those months then (rule years_ago_months)
        return year, own.m1, own.m2, basis, "years_ago_months"
    rule = f"relative_{basis}"
    if basis == "doc_date" and t.kind == "relative" and t.rel == -1 \
            and d.names_event_year_in(year, _head_and_paragraph(d, pi)):
        # "Over the past year, the US trade deficit with China hit a record $375 billion" on a page of February 2018
        # whose opening says "The US trade deficit rose to $566.6 billion in 2017": the page's date and the year its
        # head or the figure's own paragraph names as a time of events agree, so the date is no stale stamp of
        # another year (rule relative_doc_named; strong, where relative_doc_date, the date alone, is weak; a year
        # named only in a later paragraph is no such check: "In 2015, China unseated the US ...")
        rule = "relative_doc_named"
    if basis == "footnote" and st.names_year_near(year, pi):
        # '"in the first quarter of 2021 goods from Grodno Region were exported to 84 countries ... In January-March
        # this year they increased their foreign shipments by 23 percent to $280 million' (Zalessky, founding 003) with a
        # footnote of 2021: the text in force names the year the footnote's source dates "this year" to, so the year is
        # the context's (year_basis "context", rule footnote_year_in_context; the year rule's name stays)
        basis = "context"
    return year, (1 if full else m1), (12 if full else m2), basis, rule

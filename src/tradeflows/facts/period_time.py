"""The period of a figure from the time chosen as its own, by the time's kind, for the kinds whose rules need no
further decision of the figure's period (period_choice._period_of_time tries them in its order): a time counted back
from the page ("the year to date", "the last 11 months", "last month"), one after an earlier time ("the following
year", "the following month"), a month named with no year, and a time counted from when the text speaks (the end of
this decade, "now"). Each returns (year, m1, m2, year_basis, rule), or None where the rules after it decide.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.facts.period_context import BARE_MONTH_NAMES_YEAR, BARE_MONTH_REACH, months_ahead
from tradeflows.facts.period_fallback import carried_basis
from tradeflows.facts.period_relative import chain_to_month
from tradeflows.facts.period_this_year import month_this_year
from tradeflows.facts.periods import TimeExpr
from tradeflows.records import Figure
from tradeflows.vocab.patterns import EnglishCue, cue

# what may stand before a relative year that opens its sentence: "Last year", "And last year" (row
# month_sentence_opening of vocab/<lang>/patterns.csv)
_OPENS = EnglishCue("month_sentence_opening", re.I)


def last_months_window(year: int, pub_month: int, n: int) -> tuple[int, int, int]:
    """(year, m1, m2) of the n months that end with the month before a page's month (rule last_months)."""
    end = pub_month - 1 or 12
    return year - (pub_month == 1), (end - n) % 12 + 1, end


def _year_opening(text: str, t: TimeExpr, times: list[TimeExpr]) -> int | None:
    """The year of the last plain "In 2023," before t among its sentence's times (no base, target or fiscal year), not
    one behind a semicolon before t ("Oil prices were high in 1979, 1980 and 1981; yet, for that entire three-year
    period, America's cumulative trade deficit was $6 billion less than September's $66.1 billion deficit",
    washingtontimes.com, data/web50 cl01: the clause after the semicolon turns back to the month the page reports;
    rule month_past_semicolon)."""
    years = [x for x in times if x.end <= t.start and x.kind == "year" and x.year is not None
             and not (x.base or x.target or x.fiscal)]
    if not years or text.find(";", years[-1].end, t.start) >= 0:
        return None
    return years[-1].year


def _relative_opening(d: Doc, si: int, t: TimeExpr, times: list[TimeExpr]) -> TimeExpr | None:
    """The relative year ("Last year", "A year ago") that opens t's sentence before t, counted back (rel < 0) with no
    base, target or fiscal year and no semicolon between (rule month_of_sentence_relative), else None."""
    s = d.c.sentences[si][0]
    x = next((x for x in times if x.end <= t.start), None)
    if x is None or x.kind != "relative" or not x.rel or x.rel >= 0 or x.base or x.target or x.fiscal \
            or not cue("month_sentence_opening", _OPENS()).fullmatch(d.text, s, x.start) or d.text.find(";", x.end, t.start) >= 0:
        return None
    return x


def year_to_date(d: Doc, st: State, f: Figure, si: int, t: TimeExpr):
    """The period of a "year to date" (rule year_to_date and its readings with a period in force)."""
    # "сумма поставок ... с начала 2020 года достигла $210 млн", "the year-to-date surplus": the year
    # so far, its months unknown (rule year_to_date) ...
    ref, basis = (t.year, "explicit") if t.year is not None else d.source_year(f.clean_start)
    year = ref + (t.rel or 0) if ref is not None else None
    # (s74 openB74: "Россияне лидируют по расходам в Казахстане в 2024 году || За минувший период 2024 года российские
    # туристы оставили в Казахстане 1,8 млрд тенге", lada.kz: a whole year in force, the title's, is no month the year so
    # far runs to; the year so far keeps its months unknown, rule year_to_date_whole_year)
    whole = st.period is not None and st.period[1] == 1 and st.period[2] == 12
    if st.period is not None and st.period[0] is not None and st.period[2] is not None \
            and (year is None or st.period[0] == year) and not whole:
        # ... or January to the month in force: "in the first week of October ... The cumulative
        # surplus for the year is now $16.537 billion", "С января по август 2018 года ... с начала
        # года составил около 146 млрд сомов", "В январе-июле 2018 года ... Доля Китая ... с начала
        # 2018 года составляет 61 проц" (rule year_to_date_context)
        return st.period[0], 1, st.period[2], carried_basis(d, st, st.period[0], 1, st.period[2], months=False), \
            "year_to_date_context"
    m2 = months_ahead(d, si, year, ref)
    if m2 is not None and year is not None:
        return year, 1, m2, basis, "year_to_date_ahead"
    return year, None, None, basis, "year_to_date_whole_year" if whole and st.period[0] == year else "year_to_date"


def last_months(d: Doc, st: State, f: Figure, t: TimeExpr, status: str):
    """The months "the last N months" counts back on a dated page (rule last_months), else None."""
    ref, basis = d.source_year(f.clean_start)
    if ref is not None and basis == "doc_date" and d.pub_month is not None and status == "actual":
        # "in the last 11 months" on a page of March 2018: April 2017 to February 2018 (rule last_months)
        p = st.period
        if p is not None and p[0] is not None and p[1] is not None and p[1] == p[2] \
                and 0 < (ref * 12 + d.pub_month) - (p[0] * 12 + p[2]) <= 3:
            # ("with $12.8 billion of sales ... in May taking the total across the past 12 months to $146
            # billion. ... about $37.5 billion shipped in the past 12 months" (thewest.com.au, July 2023): the
            # months counted back from the latest month the page reports, June 2022 to May 2023)
            return (*last_months_window(p[0] + (p[2] == 12), p[2] % 12 + 1, t.m2), "context", "last_months")
        return (*last_months_window(ref, d.pub_month, t.m2), basis, "last_months")
    return None


def last_month(d: Doc, st: State, f: Figure, status: str):
    """The month "last month" names: the one before the page's, or the month in force on an undated page."""
    ref, basis = d.source_year(f.clean_start)
    if ref is not None and basis == "doc_date" and d.pub_month is not None and status == "actual":
        # "last month" on a page of January 2020: December 2019
        month = d.pub_month - 1 or 12
        return ref - (d.pub_month == 1), month, month, basis, "last_month"
    if d.pub_month is None and ref is not None and st.period is not None and st.period[0] == ref \
            and st.period[1] is not None and st.period[2] is not None and st.period[1] in (1, st.period[2]) \
            and st.period_para is not None:
        # "Indonesia recorded a surplus of $5.16 billion in its international trade in November ... The
        # country's exports amounted to $24.12 billion last month" on a page with no date: the month in
        # force, the one the page reports (rule last_month_in_force; the last month of a year so far in
        # force, "top $50 billion year to date", rule year_to_date_in_force)
        return st.period[0], st.period[2], st.period[2], "context", "last_month_in_force"
    return ref, None, None, basis, "last_month"


def following_year(d: Doc, st: State, pi: int, t: TimeExpr, all_times: list[TimeExpr]):
    """The year after the latest one written before "the following year" (rule following_year)."""
    # "fell to as low as AED619bn during the January to October period in 2009 ... before rising to AED742bn
    # the following year": the year after the latest one its sentence (else the paragraph) wrote before
    # it, in that one's months (rule following_year)
    prior = [x for x in all_times if x.end <= t.start and x.year is not None and not x.target]
    if prior:
        return prior[-1].year + 1, prior[-1].m1, prior[-1].m2, "context", "following_year"
    if st.period is not None and st.period_para == pi and st.period[0] is not None:
        return st.period[0] + 1, st.period[1], st.period[2], "context", "following_year"
    return None, None, None, None, "following_year"


def following_month(d: Doc, st: State, f: Figure, si: int, pi: int, t: TimeExpr):
    """The month after the latest single month written before "the following month" (rule following_month)."""
    # "imports dropped 19.4 percent from $21.28 billion in May to $17.15 billion the following month": the
    # month after the latest single month its sentence wrote before it, of that month's year (rule
    # following_month)
    # (the sentence's own times: a base's value read without its base still finds the month)
    prior = [x for x in d.times(si) if x.end <= t.start and x.kind == "month" and x.m1 is not None
             and x.m1 == x.m2 and not x.target]
    if prior:
        p = prior[-1]
        if p.year is not None:
            y, basis = p.year, "explicit"
        elif not p.rel and st.period is not None and st.period_para == pi and st.period[0] is not None:
            y, basis = st.period[0], "context"
        else:
            ref, basis = d.source_year(f.clean_start)
            y = None if ref is None else ref + (p.rel or 0)
        if y is not None:
            return (y + 1, 1, 1, basis, "following_month") if p.m1 == 12 else \
                (y, p.m1 + 1, p.m1 + 1, basis, "following_month")
    return None, None, None, None, "following_month"


def month_without_year(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, t: TimeExpr,
                        all_times: list[TimeExpr], explicit_rule: str, m1: int | None, m2: int | None):
    """The year of a month named with no year, nor one counted from the page: from a base of a written year, the
    sentence's opening year, the paragraph's year, or the year the text last gave that month; else None."""
    same_base = next((b for b in all_times if b.base and b.same and b.kind == "same_period" and b.year is not None
                      and b.start > t.end), None)
    if t.kind == "month" and not t.rel and t.year is None and same_base is not None:
        # "total exports in May totaled $58.15 billion, up 11.7 percent from the same period in 2023" in a paragraph
        # a photo caption dated 'June 21, 2023': the bare month a change against the same period of a written year
        # is measured in is of the year after it (rule month_after_same_base)
        return same_base.year + 1, m1, m2, "context", "month_after_same_base"
    if t.kind == "month" and not t.rel and (y := _year_opening(d.text, t, all_times)) is not None:
        # "In 2023, Kazakhstan's monthly exports to China peaked at $2 billion in March": a month with no
        # year is of the year its own sentence named before it (rule month_of_sentence_year)
        return y, m1, m2, "context", "month_of_sentence_year" if explicit_rule == "explicit" else explicit_rule
    if t.kind == "month" and not t.rel and t.year is None and (back := _relative_opening(d, si, t, all_times)) is not None:
        ref, basis = d.source_year(f.clean_start)
        if ref is not None and basis == "doc_date":
            # "Last year the trade balance for May showed a deficit of 250 million euros" (dailyfinland.fi, July 2019,
            # after May's figures): a month with no year in a sentence opened by "last year" is that month of the
            # year before the page's, as "In 2023, ... in March" is of 2023 (rule month_of_sentence_relative)
            return ref + back.rel, m1, m2, basis, "month_of_sentence_relative"
    if t.kind == "month" and t.rel == 0 and (this_year := month_this_year(d, f, t)) is not None:
        # "That fell to just 1 per cent in January this year" after "In January last year, ...": a month named with "this
        # year" is of the page's year, not of the year its paragraph put in force (rule month_this_year)
        return this_year
    if t.kind == "month" and not t.rel and st.period is not None and st.period_para == pi and st.period[0] is not None:
        # "In 2022, ... In October, exports reached": a month with no year is of the paragraph's year
        # (a growth whose base's dated value was set aside keeps that rule's name, growth_not_base)
        rule = "bare_month" if explicit_rule == "explicit" else explicit_rule
        if status == "actual" and st.period[0] == d.pub_year and d.pub_month is not None and m1 is not None \
                and m1 <= m2 and m1 > d.pub_month and m1 > (st.period[2] or 12):
            # "Shipments to the U.S. rose 8.1% in January ... following -2.1% in December" on a page of February
            # 2025, January 2025 in force: a month after both the one in force and the page's own, reported as
            # done, is of the year before (rule month_after_publication)
            return st.period[0] - 1, m1, m2, "context", "month_after_publication"
        if m1 is not None and m1 == m2 and (to := chain_to_month(d, si, t)) is not None and to.m1 < m1:
            # "went from a surplus of $3,225 million in December to a deficit of $1,287 million in January" in
            # January 2023: a change that runs from a later calendar month to an earlier one crossed a new year,
            # so the month it started from is of the year before (rule from_month_year_before)
            return st.period[0] - 1, m1, m2, "context", "from_month_year_before"
        return st.period[0], m1, m2, carried_basis(d, st, st.period[0], m1, m2, months=False), rule
    if t.kind == "month" and not t.rel and m1 is not None and m1 == m2 and m1 in st.month_years \
            and explicit_rule == "explicit" and not BARE_MONTH_NAMES_YEAR.search(d.text, t.start, t.end + BARE_MONTH_REACH):
        # "In September 2018, Colombia's trade deficit reached $ 391.2 million. In September 2017, the deficit was
        # $ 186.2 million. || According to the National Statistical Office (DANE), imports rose 8.4% YoY in
        # September" (uneath.com): a bare month the text named before with its year is of the latest such year,
        # not the page's date's (rule month_in_force)
        return st.month_years[m1], m1, m2, "context", "month_in_force"
    return None


def speaking_time(d: Doc, st: State, f: Figure, t: TimeExpr, status: str):
    """The period of a time counted from when the text speaks: the end of this decade (rule decade_end), "now" (rule
    now, now_running_period)."""
    if t.kind == "decade_end":
        # "aimed to double their trade by the end of this decade": the goal is for the last year of the
        # decade the text speaks from, 2030 on a page of 2022 (rule decade_end)
        ref, basis = d.source_year(f.clean_start)
        return (None, None, None, None, "decade_end") if ref is None else ((ref // 10 + 1) * 10, 1, 12, basis, "decade_end")
    if t.kind == "now":
        # "По его словам, в 2021 году показатель составлял около 60%. "На сегодняшний день мы вышли на
        # показатель 80%": the time the text speaks from, not the year in force (rule now)
        ref, basis = d.source_year(f.clean_start)
        if status == "actual" and st.period is not None and ref is not None and st.period[0] == ref \
                and st.period[2] is not None and st.period[2] < 12:
            # "в январе-июле 2023 года были названы страны ... На данный момент Россия занимает лидирующее
            # положение, импортируя товары ... на сумму 1,6 миллиарда долларов": a running part of the
            # year the text speaks from, in force, is what "now" stands at (rule now_running_period)
            y, a, b = st.period
            return y, a, b, "context", "now_running_period"
        return ref, None, None, basis, "now"
    return None


def read_time(d: Doc, t: TimeExpr) -> TimeExpr:
    """A time expression a period rule decides by: the rules that rewrote it (its via) go to the decision's name."""
    if t.via:
        d.period_via.append(t.via)
    return t

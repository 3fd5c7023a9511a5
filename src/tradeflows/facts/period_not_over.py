"""Whether a figure's year was over when the page was written, and the months it is then of: an actual figure of the
page's own year not named a whole year (year_not_over), the part of that year its sentence names (part_named_not_over)
or the text set in force (part_in_force_not_over), the earlier terms of a from-to chain running on to the page's year
(series_not_over); and a figure that is the value a comparison is made with (compared_value). facts/relate.py asks
once every figure's period is chosen; facts/period_choice.py reads year_not_over for a base of the same period."""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.records import Figure
from tradeflows.vocab.skip import skip_compile


def year_not_over(d: Doc, year: int | None, m1: int | None, m2: int | None, rule: str, status: str) -> bool:
    """An actual figure of the whole year the page was published in, not named as a whole year (rule
    the_year): that year was not over when the page was written, so its months are unknown (relate's
    year_not_over; the same period of a year before is as partial, same_period_not_over)."""
    return year is not None and year == d.pub_year and (m1, m2) == (1, 12) and rule != "the_year" \
        and status == "actual"


# the parts of a year a sentence can name as its own alongside a bare year (rule part_named_not_over)
_YEARS_PART = skip_compile(r"\byear['’]s\s+$")
_PART_KINDS = frozenset({"year_to_date", "month_range", "months", "half", "quarter", "quarters"})


def part_named_not_over(d: Doc, st: State, si: int, year: int) -> tuple[int, int] | None:
    """The months of the part of `year` that the figure's sentence names as its own, beside the bare year that dated
    the figure on a page of that year ("Exports for the year-to-date (01 January to 30 June) increased by 1,5% from
    R561,55-billion in 2017 to R570,06-billion in 2018", "Imports for the year-to-date of R571,85-billion ...,
    leaving a cumulative trade balance deficit of R1,79-billion for 2018" on a page of August 2018, it-online.co.za):
    the year so far is January to the month in force, a written part its months (rule part_named_not_over)."""
    for t in d.times(si):
        if t.base or t.target or t.fiscal or t.kind not in _PART_KINDS or t.year not in (None, year) \
                or t.rel not in (None, 0) or _YEARS_PART.search(d.text, max(0, t.start - 12), t.start):
            continue   # ("compared to its previous year's third quarter": another year's part)
        if t.kind == "year_to_date":
            if st.period is not None and st.period[0] == year and st.period[2] is not None and st.period[2] < 12:
                return 1, st.period[2]
        elif t.m1 <= t.m2 and (t.m1, t.m2) != (1, 12):
            return t.m1, t.m2
    return None


def part_in_force_not_over(st: State, year: int) -> tuple[int, int] | None:
    """The months of the part of `year` that the text set in force (the period in force, else the first period the
    page set), for a figure of that year, not over, whose sentence names no part of its own: "From January to October
    of this year, Costa Rica's exports grew 26%" then "Medical devices are the goods ... that showed the highest growth
    throughout this year with more than US$1.16 billion" (qcostarica.com, page of November 2021) is of January-October,
    the months the page reports, not of a year whose months are unknown (rule part_in_force_not_over)."""
    for p in (st.period, st.first_period):
        if p is not None and p[0] == year and p[1] is not None and p[2] is not None and (p[1], p[2]) != (1, 12):
            return p[1], p[2]
    return None


# "an increase of 0.2 percent from the USD182.15 billion total external trade in 2018": the value a comparison
# starts from or is made with
_COMPARED_LEAD = skip_compile(r"\b(?:from|than|compared\s+(?:to|with)|against|versus)\s+(?:the\s+)?$", re.I)


def compared_value(d: Doc, f: Figure) -> bool:
    """The figure is the value a comparison is made with, in whatever year is written after it: like a base's
    value (rule base_value) it is no whole that the next sentence's part is of (relate's part_of_previous
    keeps the period before it: "... from the USD182.15 billion total external trade in 2018. Of the total
    external trade, USD70.93 billion ... were exported goods" is of 2019)."""
    return f.kind == "money" and _COMPARED_LEAD.search(d.text, max(0, f.clean_start - 20), f.clean_start) is not None


# a term of a change's from-to chain: "dropping from $2.5bn in 2022 to $2.4bn in 2023"
_CHAIN_TERM = skip_compile(r"\b(?:from|to)\s+(?:(?:about|around|nearly|almost|over|some|just)\s+)?\W{0,2}$", re.I)
_CHAIN_TO = skip_compile(r"\bto\b", re.I)


def series_not_over(d: Doc, si: int, f: Figure, year: int | None, m1: int | None, m2: int | None,
                    rule: str, status: str) -> bool:
    """An actual figure of an earlier whole year in a from-to chain that runs on to the page's own year,
    not over ("dropping from $2.5bn in 2022 to $2.4bn in 2023, and further to $2.2bn in 2024" on a page
    of mid-2024): the chain compares like with like, so its earlier terms are the same part of their
    years, months unknown (rule series_not_over; on a dated page the last term is year_not_over). An
    undated page's year is open only when it also gives some months of it as a period of their own
    (Doc.open_year, rule open_text_year), and then only a chain's terms lose their months: an undated page
    on "Ireland exported more than €196 billion ... in 2023" beside "the first nine months of 2023" keeps
    its whole years."""
    if year is None or (m1, m2) != (1, 12) or rule != "explicit" or status != "actual" \
            or not _CHAIN_TERM.search(d.text, max(0, f.clean_start - 24), f.clean_start):
        return False
    s, end = d.c.sentences[si]
    # the chain's terms the page's open year could decide on, read before it (Doc.open_year reads the times of
    # the whole page when undated): an earlier whole year before the figure, the last term's; a later one after it
    earlier = d.pub_year is None and any(t.year is not None and t.year < year and t.kind == "year"
                                         and not (t.base or t.target) for t in d.times(si, s, f.clean_start))
    later = [t for t in d.times(si, f.clean_end, end)
             if t.year is not None and t.year > year and t.kind == "year" and not (t.base or t.target)]
    if not earlier and not later:
        return False
    open_year = d.open_year
    if open_year is None or year > open_year:
        return False
    if year == open_year:
        # the last term of the chain on an undated page: an earlier whole year before it in the chain
        return earlier
    return any(t.year == open_year and _CHAIN_TO.search(d.text, f.clean_end, t.start) for t in later)

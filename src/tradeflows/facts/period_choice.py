"""The period decision: the year and months a figure is of, and how that was known.

The time grammar (facts/periods.py) finds the expressions; this chooses among them for one
figure: a written list closed by "respectively", the base of a comparison (whose value the
figure may be), the expression joined to the figure, the nearest one in its clause, then the
period the paragraph or section carries (_context_period sets it) or the year the text was
written. Relative expressions ("last year") resolve from a quote's footnote or the page's date,
fiscal ones ("FY23") to their country's fiscal months; once all figures are related, a headline's
full year that restates a part-year figure of the body takes its months (_restated_partials).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tradeflows.facts.context import PART_OF_PREVIOUS, WINDOW, _Doc, _State, _cues, _vocab
from tradeflows.facts.fiscal import fiscal_year, resolve_fiscal
from tradeflows.facts.periods import MONTH_COUNT_WORDS, MONTHS, TimeExpr
from tradeflows.vocab.months import month_pattern
from tradeflows.facts.respectively import listed, siblings
from tradeflows.facts.status import not_a_cue
from tradeflows.records import Figure
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, fold
from tradeflows.vocab.patterns import NEVER, cue

# how many sentences a period set by an opening "Last year, ..." holds (never past its paragraph)
TOPIC_SENTENCES = 2
# the figure's confidence from how its year was known (other bases: 0.4)
BASIS_CONFIDENCE = {"explicit": 1.0, "context": 0.8, "footnote": 0.85, "doc_date": 0.7}


def _figure_period(d: _Doc, st: _State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None):
    """(year, m1, m2, year_basis, rule) of a figure: _period, with the level a change started from."""
    text = d.text
    s0 = d.c.sentences[si][0]
    if st.last_period is not None and si - 1 <= st.last_period_si <= si \
            and cue("part_of_previous", PART_OF_PREVIOUS).match(text, s0) \
            and not any(not t.base and t.kind != "yoy" for t in d.times(si)):
        # "... reached 517.26 billion USD last year.\n\nOf which, the value of exported goods was
        # 264.19 billion USD": a part of the sentence before, of its period (rule part_of_previous)
        y, m1, m2, basis = st.last_period
        return y, m1, m2, basis, "part_of_previous"
    year, m1, m2, basis, yrule = _period(d, st, f, si, pi, status, rep_iso)
    if status != "actual" and yrule in ("paragraph_period", "topic_period", "section_period") \
            and m1 is not None and (m1, m2) != (1, 12):
        # "В январе-сентябре 2022 года товарооборот ... составил $47 млрд ... Товарооборот должен достигнуть
        # $60 млрд": a goal that names no time of its own is for the whole year in force, not for the
        # months carried from the figures before it (rule goal_whole_year)
        m1, m2, yrule = 1, 12, "goal_whole_year"
    if year is not None and f.kind in ("money", "share") and yrule not in ("base_value", "respectively") \
            and cue("from_value", _FROM_VALUE_BEFORE).search(text, max(0, f.clean_start - 12), f.clean_start) \
            and cue("to_value", _TO_VALUE_AFTER).match(text, f.clean_end) and m1 is not None and m2 is not None \
            and not any(f.clean_end <= t.start < f.clean_end + 30 for t in d.times(si)):
        # "increased 25 times - from $ 80 thousand to almost $ 2 million" (last year): the level the
        # change started from is the year before's (rule from_value); "доля российского рынка в экспорте
        # увеличилась с 41% до 57%": a share's too; "в 2022—2024 годах ... сократился с 257,5 млрд евро до
        # 67,7 млрд евро": the first year of the run the change spans (rule from_run_start)
        run = _run_start(d, si, year)
        year, basis, yrule = (run, "explicit", "from_run_start") if run else (year - 1, "context", "from_value")
    return year, m1, m2, basis, yrule


_RUN_DASH = re.compile(r"\s*[-–—]\s*")


def _run_start(d: _Doc, si: int, year: int, at: int | None = None) -> int | None:
    """The first year of a written run of years "2022—2024" in the sentence that ends in year (at: where)."""
    times = d.times(si)
    return next((a.year for a, b in zip(times, times[1:]) if b.year == year and a.year is not None
                 and (at is None or b.start == at)
                 and a.kind == b.kind == "year" and a.year < year and _RUN_DASH.fullmatch(d.text, a.end, b.start)), None)


def _period_span(year: int | None, m1: int | None, m2: int | None) -> tuple[str | None, str | None]:
    """(period_start, period_end) as "YYYY-MM"."""
    if year is not None and m1 is not None:
        # m1 > m2: a fiscal year that began the calendar year before it ends
        ps, pe = f"{year - (m1 > m2):04d}-{m1:02d}", f"{year:04d}-{m2:02d}"
    else:
        ps = pe = None
    return ps, pe


_FROM_VALUE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+)?$", re.I)
_TO_VALUE_AFTER = re.compile(r"\s+to\s+(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?"
                             r"(?:[A-Z]{0,3}[$€£¥]\s?)?\d", re.I)


# "(the current fiscal year) that started July 8, 2021", "which began on July 8, 2021", "beginning July 1, 2021"
_FY_STARTED = re.compile(r"\s*,?\s*(?:that\s+|which\s+)?(?:started|began|begun|starting|beginning|commenced)\s+(?:on\s+|in\s+)?"
                         rf"(?P<m>{month_pattern()})(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?P<y>(?:19|20)\d\d)\b")


def _fiscal_part_months(text: str, t: TimeExpr) -> int | None:
    """How many months of a fiscal year "the first four months of" before it names, else None."""
    part = _FISCAL_PART.search(text, max(0, t.start - 40), t.start)
    if part is None:
        return None
    g = part.groupdict()
    if g["qs"]:
        return 6 if g["qs"].lower() == "two" else 9
    return 1 if g["one"] else 3 if g["q"] else 6 if g["h"] else int(g["n"]) if g["n"].isdigit() \
        else MONTH_COUNT_WORDS[g["n"].lower()]


def _fiscal_months_year(d: _Doc, t: TimeExpr, si: int, rep_iso: str | None, ref: int, basis: str) -> int:
    """The calendar year that months written before "this fiscal (year)" end in (rule fiscal_months):
    "During April-October this fiscal" (India, on a page of November 2024): 2024; "the July-April period
    this fiscal year" (Bangladesh, May 2017): 2017. A country with no fiscal year in the vocabulary
    starts it with the first month written; an undated page speaks from the latest year it names."""
    if basis != "doc_date" or d.pub_month is None:
        return ref + (t.rel or 0)
    fy = fiscal_year(d.fiscal_country(si, rep_iso))
    start = fy[0] if fy is not None else t.m1
    end_year = ref + (d.pub_month >= start > 1) + (t.rel or 0)
    return end_year - (t.m2 >= start > 1)


def _fiscal(d: _Doc, t: TimeExpr, si: int, rep_iso: str | None) -> TimeExpr:
    """A fiscal expression with the year and months of its country's fiscal year."""
    if not t.fiscal:
        return t
    r = resolve_fiscal(t, d.fiscal_country(si, rep_iso))
    if r is None:
        return t
    year, m1, m2 = r
    return replace(t, year=year, m1=m1 if m1 is not None else 1, m2=m2 if m2 is not None else 12)


# goals and past levels that name no time of their own
_UNDATED = re.compile(r"\b(?:near|foreseeable)\s+future|short\s+period|best\s+years|strategic\s+goal|"
                      r"task\s+was\s+set|coming\s+years|next\s+(?:two|three|few|\d)\b|previous\s+maximum|"
                      r"had\s+only\s+recently|in\s+the\s+early|intention|restor(?:e|ing)", re.I)
# "the first four months of", "the first month of", "the first quarter of": a part of the fiscal year after it
# ("the first three quarters of the current fiscal year": nine months of it)
_FISCAL_PART = re.compile(rf"\bfirst\s*(?:(?P<n>\d{{1,2}}|{'|'.join(MONTH_COUNT_WORDS)})\s+months|"
                          r"(?P<qs>two|three)\s+quarters|"
                          r"(?P<one>month)|(?P<q>quarter)|(?P<h>half))\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
_OF_YEAR_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:19|20)\d\d")
_OVER_GAP = re.compile(r"\b(?:over|on)\b", re.I)
# a mean rate over years: "average annual rate", "annual average growth", "CAGR"
_AVERAGE_RATE = re.compile(r"\b(?:average\s+(?:annual|yearly)|annual(?:ly)?\s+average|compound(?:ed)?\s+annual|"
                           r"CAGR|on\s+average\s+(?:per|a|each)\s+year)\b", re.I)
# a past perfect: what the sentence tells happened before the period the text is at
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+)?(?:stood|been|reached|amounted|totall?ed|risen|fallen|grown|"
                         r"declined|increased|decreased|hit|touched|exceeded)\b", re.I)
# "... in 2010, but jumped to $1.3 billion by the end of December 2018": a ';' or ', but' opens another clause
_CLAUSE_BEFORE = re.compile(r";|,\s+but\b")
_OF_BEFORE_FISCAL = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?", re.I)
# a goal's own words (not a forecast's: "expected to reach" speaks of the current year)
_GOAL_WORD = re.compile(r"\b(?:aim(?:s|ed|ing)?|target(?:s|ed|ing)?|potential|plan(?:s|ned|ning)?|intend(?:s|ed)?|goal)\b", re.I)
# a money level summed over a span of years ("totaled ... in the last ten years")
# "have increased by 2,385 million euros in the last two years": a change over the span, dated
_CHANGE_BY = re.compile(r"\b(?:increased|grew|rose|decreased|fell|declined|dropped)\s+by\s+(?:about\s+|almost\s+|nearly\s+)?$", re.I)
_SPAN_TOTAL = re.compile(r"\b(?:totall?(?:ed|ing)|in\s+total|cumulative(?:ly)?|altogether|combined)\b", re.I)


def _respective_year(d: _Doc, f: Figure, si: int) -> TimeExpr | None:
    """'In 2003 and 2004, trade totaled $8.6 billion and $10.1 billion, respectively': the i-th
    figure of a list closed by 'respectively' takes the i-th year of a written list of years."""
    s, e = d.c.sentences[si]
    s, e = max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)  # linear in a run-on sentence
    sib = siblings(d.text, s, e, f.clean_start, f.figure)
    if sib is None:
        return None
    i, starts = sib
    years = [t for t in d.times(si) if t.kind == "year" and t.year is not None and not t.base
             and t.end <= starts[0]]
    idx = listed(d.text, [(t.start, t.end) for t in years], len(starts))
    return None if idx is None else years[idx[i]]


# "against exports of $31.782 billion in", "from $4.981 billion in", "compared to USD 2.3 bn during the":
# a base's value, then its period
# "an 8.71% increase over the N35.82 trillion recorded in Q3 2024": "over the" and a value too
_BASE_VALUE_BEFORE = re.compile(r"\b(?:against|compared\s+(?:to|with)|from|versus|vs\.?|over\s+the)\s+(?:(?:the\s+)?[a-z]+\s+of\s+)?"
                                r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?[^\s\d]{0,4}\s?\d[\d.,]*\s*"
                                # "26.23 billion U.S. dollars in October 2019": a dotted abbreviation among the words
                                r"(?:[A-Za-z][A-Za-z.]*\s+){0,3}?(?:in|during|for|of)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$", re.I)


def _base_value_period(text: str, t: TimeExpr) -> bool:
    """The time expression dates the value of a comparison's base ("... from $4.981 billion in July 2022")."""
    return cue("base_value_period", _BASE_VALUE_BEFORE).search(text, max(0, t.start - 90), t.start) is not None


def _base_clause(d: _Doc, t: TimeExpr, f: Figure, times: list[TimeExpr]) -> bool:
    """"..., тогда как за аналогичный период 2020-го ввезли 43,9 тонны (почти на 22 тысячи долларов)": a
    clause a contrast opens with a same-period base is of that base up to the next time (cue base_clause)."""
    return bool(cue("base_clause", NEVER).search(d.text, max(0, t.start - 30), t.start)) \
        and ";" not in d.text[t.end:f.clean_start] and not any(t.end <= x.start < f.clean_start for x in times)


def _clause_break(text: str, a: int, b: int) -> bool:
    """A ';' or an unclosed '(' between a and b ("2.09 trillion (about $299 billion) in H1" is one clause)."""
    gap = text[a:b]
    return ";" in gap or gap.count("(") > gap.count(")")


# "last year's figure of $2.39 billion": what follows the base expression is its value
_BASE_OF = re.compile(r"(?:(?:['’]s)?\s+(?:figure|level|total|indicator|result|value|volume|high|peak|low|record)s?\s+(?:of\s+|at\s+|\(\s*)?"
                      r"|\s*\(\s*|\s+[-–—]\s+\(?\s*)"
                      r"(?:about\s+|around\s+|nearly\s+|almost\s+)?", re.I)
# "compared to the first quarter of 2023 (N5.56 trillion)": the base's value in brackets right after it
_BASE_PAREN = re.compile(r"\s*\(\s*(?:about\s+|around\s+|nearly\s+|over\s+)?")
# "against the same period last year when exports stood at $6.78 billion", "over the same period of 2009, when the
# figure was US$ 22.495 billion", "compared to Q1 2022, which stood
# at N7,100.46 billion": the value of the base after "when" or ", which"
# ("since September 2021, when the country reported a $4.28 billion surplus")
_BASE_WHEN = re.compile(r"(?:,?\s+when|,\s*which)\s+(?:(?:the|its|their|total)\s+)?(?:[\w-]+\s+){0,2}(?:was|were|stood|amounted|"
                        r"totall?ed|reached|reported|recorded|posted|logged|registered)\s+(?:recorded\s+|registered\s+|reported\s+)?(?:at\s+|to\s+)?(?:an?\s+)?"
                        r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?", re.I)
# "$152,1 million recorded during the same period last year": a participle may come between
# what may open a sentence before "a year earlier", "the previous year" that dates its figures
_YEAR_BEFORE_OPEN = re.compile(r"[\W]*(?:(?:and|but|meanwhile|by\s+comparison|in\s+comparison|in\s+contrast)[\s,]+)?"
                               r"(?:(?:in|during)\s+)?(?:the\s+)?", re.I)
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|FY)\b", re.I)
_WHOLE_YEAR_BEFORE = re.compile(r"(?:the\s+)?(?:previous|preceding|prior)\s+year\b|the\s+year\s+before\b", re.I)
# "RO3 billion ($7.79 billion) a year earlier": a closing bracket and a bracketed conversion
# after a figure are passed over before its adjacent period is looked for
_BRACKET_AFTER = re.compile(r"[)\]]?(?:\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]))?")
_ADJACENT_GAP = re.compile(r"[\s,]*(?:(?:recorded|registered|reported|posted|logged|seen|set|exported|imported|shipped|"
                           # "the 4.9 percent increase in the first quarter of this year"
                           r"increase|rise|growth|decline|decrease|drop|fall|gain|jump|contraction)\s+)?"
                           r"(?:(?:in|for|of|during|over|at\s+the\s+end\s+of)\s+)?(?:the\s+|a\s+)?(?:period\s+)?$", re.I)


ADJACENT_REACH = 20  # characters between a figure and the period right after it (cue adjacent_gap)


def _period(d: _Doc, st: _State, f: Figure, si: int, pi: int, status: str = "actual",
            rep_iso: str | None = None, skip: int | None = None):
    """(year, m1, m2, year_basis, rule) of a figure; m1 > m2 is a fiscal year across two years."""
    if skip is None:
        t = _respective_year(d, f, si)
        if t is not None:
            return t.year, t.m1, t.m2, "explicit", "respectively"
    # "year-on-year" names a comparison, never a period
    all_times = [t for t in d.times(si, f.clean_start - WINDOW, f.clean_end + WINDOW) if t.kind != "yoy"]
    if any(t.fiscal for t in all_times):
        all_times = [_fiscal(d, t, si, rep_iso) for t in all_times]
    if skip is not None:
        all_times = [t for t in all_times if t.start != skip]  # the figure's own period, without its base
    elif f.kind != "growth":  # a growth rate is measured against its base, never the base's value
        # "$1.199 billion during the same month of 2022", "$28 billion a year earlier", "last year's
        # figure of $2.39 billion", "from 35.6% last year to": the base's value, in the figure's own months
        end = _BRACKET_AFTER.match(d.text, f.clean_end).end()
        base = [t for t in all_times if t.same and not _OF_YEAR_AFTER.match(d.text, t.end) and (
            (0 <= t.start - end <= 24 and cue("adjacent_gap", _ADJACENT_GAP).match(d.text, end, t.start))
            or (0 <= f.clean_start - t.end <= 24 and _BASE_OF.fullmatch(d.text, t.end, f.clean_start))
            or (0 <= f.clean_start - t.end <= 60 and cue("base_when", _BASE_WHEN).fullmatch(d.text, t.end, f.clean_start))
            or (0 <= f.clean_start - t.end <= 8 and _BASE_PAREN.fullmatch(d.text, t.end, f.clean_start))
            or (0 <= f.clean_start - t.end <= 60 and _base_clause(d, t, f, all_times)))]
        base += [t for t in all_times if t.base and t.rel is not None and t.year is None and t.bracket_year is None
                 # "during the preceding fiscal year of 2016/17": the written year says which
                 and not _OF_YEAR_AFTER.match(d.text, t.end)
                 and ((0 <= f.clean_start - t.end <= 24 and cue("base_of", _BASE_OF).fullmatch(d.text, t.end, f.clean_start))
                      or (0 <= f.clean_start - t.end <= 60 and cue("base_when", _BASE_WHEN).fullmatch(d.text, t.end, f.clean_start))
                      or (0 <= t.start - end <= 12 and cue("adjacent_gap", _ADJACENT_GAP).match(d.text, end, t.start)))]
        # "compared to the 2022 figures ($770.215 million)": a dated base's own value (base_value)
        base += [t for t in all_times if t.base and t.year is not None and 0 <= f.clean_start - t.end <= 60
                 and (cue("base_of", _BASE_OF).fullmatch(d.text, t.end, f.clean_start)
                      or cue("base_when", _BASE_WHEN).fullmatch(d.text, t.end, f.clean_start)
                      or _BASE_PAREN.fullmatch(d.text, t.end, f.clean_start))]
        if base:
            b = base[0]
            if b.kind == "month" and b.rel:
                # "from $33.38 billion in August last year": a month of a year named from the page's date
                ref, basis = d.source_year(f.clean_start)
                if ref is not None:
                    return ref + b.rel, b.m1, b.m2, basis, "base_value"
            y, m1, m2, basis, rule = _period(d, st, f, si, pi, status, rep_iso, skip=b.start)
            if b.year is not None:
                if not b.same and (b.m1, b.m2) != (1, 12):
                    m1, m2 = b.m1, b.m2   # "compared to ... Q4 2023 (N12.693 trillion)": the base's months
                return b.year, m1, m2, "explicit", "base_value"
            if y is not None:
                return y + b.rel, m1, m2, basis, "base_value"
            return y, m1, m2, basis, rule
    # "the first four months of Ethiopian current fiscal year": the part is read with its fiscal year
    # (the fiscal year's own branch, _FISCAL_PART), not as months of the calendar year
    parts_of_fiscal = {a.start for a, b in zip(all_times, all_times[1:]) if b.fiscal == "relative"
                       and a.kind in ("months", "half", "quarter", "quarters") and _OF_BEFORE_FISCAL.fullmatch(d.text, a.end, b.start)}
    if parts_of_fiscal:
        all_times = [t for t in all_times if t.start not in parts_of_fiscal]
    # "$80.6 million in 2023": an expression right after the figure is its period
    end = _BRACKET_AFTER.match(d.text, f.clean_end).end()
    # ("... as against $168.64 billion during the period April-October 2017-18": 19 characters between)
    adjacent = [t for t in all_times if 0 <= t.start - end <= ADJACENT_REACH
                and cue("adjacent_gap", _ADJACENT_GAP).match(d.text, end, t.start)
                and not (t.base and (t.year is None or t.same) and f.kind == "growth")
                # "104,9% к январю-июню 2015 года": the months a growth is measured against (rule base_part)
                and not (t.base and f.kind == "growth" and t.kind in ("month_range", "months", "part", "month"))
                # "an increase of €3 billion (2%) over 2020": the year the change is measured against
                and not (t.base and _OVER_GAP.search(d.text, end, t.start))]
    # "21% over the previous year", "up 13.8 percent over the same period in 2019": a growth's base
    # an expression after the figure behind "(" or ";" belongs to another clause
    times = adjacent[:1] or [t for t in all_times if not t.base and not (
        t.start >= f.clean_end and _clause_break(d.text, f.clean_end, t.start))]
    if any(t.start >= f.clean_end for t in times):
        # "the 27 percent growth for the whole of 2007; and the 28.5 percent growth in the first seven months
        # of 2007": a time behind a ';' or ', but' before the figure is the other clause's
        times = [t for t in times if not (t.end <= f.clean_start and _CLAUSE_BEFORE.search(d.text, t.end, f.clean_start))]
    explicit_rule = "explicit"
    if f.kind == "growth" and not adjacent:
        # "decreased to $3.664 billion in July 2023 from $4.981 billion in July 2022, showing negative
        # growth of 26.44 per cent": the period of the base's value is not the change's (rule growth_not_base)
        # ("The merchandise exports in October were ..., as compared to ... in October 2019, exhibiting a negative
        # growth of -5.12 percent": a month of the year in force is the change's own too)
        own = [t for t in times if (t.year is not None or (t.kind == "month" and t.rel == 0)
                                    or (t.kind in ("month_range", "months", "half", "quarter") and t.rel is None))
               and not _base_value_period(d.text, t)]
        if own and any(t.year is not None and _base_value_period(d.text, t) for t in times):
            times, explicit_rule = own, "growth_not_base"
    if not times and status == "actual" and st.period is not None and st.period[0] is not None:
        # "Годом ранее розничный товарооборот сократился на 8,6%", "A year earlier, exports ...": a
        # sentence opened by "a year earlier" is of the year before the one in force, in its months;
        # opened by "the previous year" of the whole year before (cue year_before_open)
        s0 = d.c.sentences[si][0]
        # (not "the previous fiscal year": a fiscal year is the reporter's, rule relative_fiscal)
        # "In the corresponding month last year, the surplus was EUR 3.4 billion": a same-period opener too
        opener = next((t for t in all_times if t.base and t.rel == -1 and t.year is None and t.kind in ("relative", "same_period")
                       and cue("year_before_open", _YEAR_BEFORE_OPEN).fullmatch(d.text, s0, t.start)
                       # ("In contrast, during the same period last fiscal year, exports were ...": the months in force)
                       and not (t.kind == "relative" and _FISCAL_WORD.search(d.text, t.start, t.end))), None)
        if opener is not None:
            m1, m2 = (1, 12) if _WHOLE_YEAR_BEFORE.match(d.text, opener.start) else st.period[1:3]
            return st.period[0] - 1, m1, m2, "context", "year_before_open"
    if not times and status == "actual":
        # only a base of comparison ("compared to last year [2022]"): the figure is the year after it
        # "since 2010" starts a span up to now: no clue to the year after it (rule since_base)
        rel_month = next((t for t in all_times if t.base and t.kind == "month" and t.rel), None)
        if rel_month is not None and d.source_year(f.clean_start)[0] is not None:
            # "rose to $33.92 billion from $33.38 billion in August last year": the same month a year on
            ref, basis = d.source_year(f.clean_start)
            return ref + rel_month.rel + 1, rel_month.m1, rel_month.m2, basis, "after_base"
        dated = [t for t in all_times if t.base and (t.year or t.bracket_year)
                 and not _SINCE.search(d.text, max(0, t.start - 8), t.start)]
        bases = [t for t in dated if t.m2 - t.m1 < 11] + dated
        # "compared to the first quarter of 2023 (N5.56 trillion)" on a page of 2023: a base of the page's own
        # year is an earlier part of it (quarter on quarter), not the year before the figure's
        if d.pub_year is not None:
            bases = [t for t in bases if (t.year or t.bracket_year) < d.pub_year]
        if bases:
            b = bases[0]
            y = (b.year or b.bracket_year) + 1
            by = b.year or b.bracket_year
            if (st.period is not None and st.period[0] is not None and st.period[0] <= y
                    and (st.period[0], st.period[2] or 12) > (by, b.m2)):
                # "vs 2022" in a Q1 2023 text; "compared to the value recorded in Q4 2023" in a Q1 2024
                # text: the period in force, which comes after its base
                return st.period[0], st.period[1], st.period[2], "context", "after_base"
            if not (st.period is not None and st.period[0] and st.period[0] > y):
                # a base far before the paragraph's period ("189% more than in 2004") is no clue
                return y, b.m1, b.m2, "context", "after_base"
    if any(t.year is not None for t in times):
        # "in the past three years ... below the $18.6 billion recorded in 2018": a written year wins
        times = [t for t in times if t.kind != "past_span"]
    if times:
        def cost(t):
            c = (f.clean_start - t.end) if t.end <= f.clean_start else (t.start - f.clean_end) * 4 + 60
            return c * 0.3 if t.target else c
        t = min(times, key=cost)
        m1, m2 = t.m1, t.m2
        if t.kind == "year_to_date":
            # "сумма поставок ... с начала 2020 года достигла $210 млн", "the year-to-date surplus": the year
            # so far, its months unknown (rule year_to_date) ...
            ref, basis = (t.year, "explicit") if t.year is not None else d.source_year(f.clean_start)
            year = ref + (t.rel or 0) if ref is not None else None
            if t.year is None and st.period is not None and st.period[0] is not None and st.period[2] is not None \
                    and (year is None or st.period[0] == year):
                # ... or January to the month in force: "in the first week of October ... The cumulative
                # surplus for the year is now $16.537 billion", "С января по август 2018 года ... с начала
                # года составил около 146 млрд сомов" (rule year_to_date_context)
                return st.period[0], 1, st.period[2], "context", "year_to_date_context"
            return year, None, None, basis, "year_to_date"
        if t.kind == "last_month":
            ref, basis = d.source_year(f.clean_start)
            if ref is not None and basis == "doc_date" and d.pub_month is not None:
                # "last month" on a page of January 2020: December 2019
                month = d.pub_month - 1 or 12
                return ref - (d.pub_month == 1), month, month, basis, "last_month"
            return ref, None, None, basis, "last_month"
        if t.year is not None and t.fiscal in ("span", "first_months") and (m1, m2) == (1, 12):
            # "2018/19" of a country with no fiscal year in the vocabulary: a year, but not a calendar one
            return t.year, None, None, "explicit", "fiscal_span" if explicit_rule == "explicit" else explicit_rule
        if t.year is not None and f.kind == "growth" and t.kind == "year" and _run_start(d, si, t.year, t.start):
            # "в 2022—2024 годах ... товарооборот сократился более чем в 1,7 раза": a change over a run of
            # years ends in its last one, but is no one year's (rule run_of_years)
            return t.year, None, None, "explicit", "run_of_years"
        if t.year is not None:
            return t.year, m1, m2, "explicit", explicit_rule
        if t.bracket_year is not None:
            return t.bracket_year + 0, m1, m2, "context", "editorial_bracket"
        # relative: a bracket elsewhere in the sentence ("last year [2022]") dates it
        bracket = next((x for x in d.times(si, f.clean_start - WINDOW, f.clean_end + WINDOW) if x.kind == "bracket"), None)
        if bracket is not None:
            return bracket.year, m1, m2, "context", "editorial_bracket"
        started = _FY_STARTED.match(d.text, t.end) if t.fiscal == "relative" else None
        if started is not None:
            # "in the first month of the new Ethiopian fiscal year which began on July 8, 2021": the fiscal
            # year its start names, of the year it ends in; a part of it, of the year the part ends in
            start = MONTHS[fold(started.group("m"))]
            end_year = int(started.group("y")) + (start > 1)
            n = _fiscal_part_months(d.text, t)
            if n is not None:
                m2 = (start + n - 2) % 12 + 1
                return end_year - (m2 >= start > 1), start, m2, "explicit", "fiscal_started"
            return end_year, start, (start - 2) % 12 + 1, "explicit", "fiscal_started"
        if t.kind == "month" and not t.rel and st.period is not None and st.period_para == pi and st.period[0] is not None:
            # "In 2022, ... In October, exports reached": a month with no year is of the paragraph's year
            return st.period[0], m1, m2, "context", "bare_month"
        if t.kind == "now":
            # "По его словам, в 2021 году показатель составлял около 60%. "На сегодняшний день мы вышли на
            # показатель 80%": the time the text speaks from, not the year in force (rule now)
            ref, basis = d.source_year(f.clean_start)
            return ref, None, None, basis, "now"
        if t.kind == "span":
            return None, None, None, None, "span"  # "за последние пять лет вырос на 42%": no one year
        if t.kind == "the_year" and st.period is not None and st.period[0] is not None:
            # "Ожидается, что за полный год поставки могут достичь $3,12 млрд": the year in force, whole
            return st.period[0], 1, 12, "context", "the_year"
        ref, basis = d.source_year(f.clean_start)
        explicit_base = [b for b in all_times if b.base and b.year is not None and b.kind == "year"
                         and (abs(b.start - t.end) < 30 or (t.rel == -1 and current_language() != DEFAULT_LANGUAGE))]
        # (another language's free word order: "По итогам прошлого года товарооборот ... составил $8,5 млрд,
        # что на 15% больше по сравнению с 2015 годом" puts the base anywhere in the sentence)
        if basis != "footnote" and d.pub_year is None and explicit_base and t.kind == "relative":
            # undated page: "last year, compared with 2016" is the year after its base
            return explicit_base[0].year + 1, 1, 12, "context", "relative_after_base"
        same_base = [b for b in all_times if b.base and b.same and b.year is not None]
        if t.rel == -1 and t.year is None and same_base and t.kind not in ("past_span", "span", "last_month"):
            # "In the first eight months of last year ... four times more than in the same period of
            # 2023": a same-period base names the year before the figure's, whatever the source's date
            full = t.kind == "relative"
            return same_base[0].year + 1, (1 if full else m1), (12 if full else m2), "context", "relative_after_base"
        if ref is None:
            return None, None, None, None, "unknown"
        full = t.kind in ("relative", "the_year")
        if basis == "context" and t.rel == -1 and not d.says_this_year and d.names_event_year(ref):
            # an undated page that never says "this year" looks back: the latest year it names
            # is its "last year" ("topped $100 billion for the first time last year ... in 2010")
            return ref, (1 if full else m1), (12 if full else m2), basis, "relative_latest"
        year = ref + (t.rel or 0)
        if t.kind == "month":
            # "grew by 15.2 percent in October" on a page of December 2021: October 2021; on a page of
            # January 2022, October 2021 (a month after the page's own is of the year before)
            if t.rel:
                # "$22.07 billion in June last year", "в сентябре прошлого года": the month of the year
                # before the page's (rule month_relative)
                return ref + t.rel, m1, m2, basis, "month_relative"
            return ref - _after_publication(d, t, basis), m1, m2, basis, "bare_month"
        if t.fiscal == "relative_months":
            return _fiscal_months_year(d, t, si, rep_iso, ref, basis), t.m1, t.m2, basis, "fiscal_months"
        if t.fiscal == "relative":
            fy = fiscal_year(d.fiscal_country(si, rep_iso))
            if fy is not None:
                # "in the current fiscal year" (Pakistan, July-June) on a page of October 2022: FY23
                start = fy[0]
                end_year = ref + (basis == "doc_date" and d.pub_month is not None and d.pub_month >= start > 1) + (t.rel or 0)
                n = _fiscal_part_months(d.text, t)
                if n is not None:
                    # "the first four months of the current financial year" (Pakistan, on a page of
                    # November 2021): July-October 2021, of the calendar year the part ends in
                    m2 = (start + n - 2) % 12 + 1
                    return end_year - (m2 >= start > 1), start, m2, basis, "relative_fiscal"
                return end_year, start, (start - 2) % 12 + 1, basis, "relative_fiscal"
        if t.kind == "past_span":
            if f.kind == "money" and _SPAN_TOTAL.search(d.text, max(0, f.clean_start - 60), f.clean_start) \
                    and not _CHANGE_BY.search(d.text, max(0, f.clean_start - 30), f.clean_start):
                # "totaled over SR1.79 trillion in the last ten years": a sum over the span, no one year
                return None, None, None, None, "span_total"
            return year, 1, 12, basis, "past_span"  # "increased 13 times in the last five years": ends last year
        if _after_publication(d, t, basis):
            # "в январе-ноябре экспорт вырос" on a page of January 2023: months not yet over when it was
            # published are of the year before (rule part_before_publication)
            return year - 1, m1, m2, basis, "part_before_publication"
        if basis == "footnote" and full and d.pub_year and st.period is not None and st.period_para == pi \
                and st.period[0] == d.pub_year + (t.rel or 0) != year:
            # "in 2024, Belarusian products were exported to 161 countries. And the value of exports ...
            # last year amounted to almost fifty billion dollars" in a book of 2025: the page's date and
            # the paragraph's year agree, against the footnote's source (rule relative_paragraph)
            return st.period[0], 1, 12, "context", "relative_paragraph"
        if basis != "footnote" and full and st.period is not None and st.period_para == pi and st.period[0] == year:
            # "Nigeria in 2020 was ... Over the past year, South Africa imported": the paragraph's year agrees
            return year, 1, 12, "context", "relative_paragraph"
        return year, (1 if full else m1), (12 if full else m2), basis, f"relative_{basis}"
    s, e = d.c.sentences[si]
    if f.kind == "growth" and cue("average_rate", _AVERAGE_RATE).search(
            d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        # "grew at an average annual rate of 12.7% in the 13 years the agreement has been in force":
        # a mean over years the text does not date (rule average_rate)
        return None, None, None, None, "average_rate"
    if status != "actual" and cue("undated_goal", _UNDATED).search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        return None, None, None, None, "undated_goal"  # "in the near future", "in the best years"
    topic_far = st.period_topic is not None and si - st.period_topic > TOPIC_SENTENCES
    if st.period is not None and st.period_para == pi and not topic_far:
        y, m1, m2 = st.period
        return y, m1, m2, "context", "paragraph_period" if st.period_topic is None else "topic_period"
    ref, basis = d.source_year(f.clean_start)
    if basis == "footnote":
        return ref, None, None, "footnote", "source_year"
    if status != "actual" and cue("goal_word", _GOAL_WORD).search(d.text, max(s, f.clean_start - WINDOW), min(e, f.clean_end + WINDOW)):
        # "Turkey and Uzbekistan aim to enhance their bilateral trade volume to $5 billion": a goal
        # that names no time of its own in its paragraph has none, not the page's (rule undated_aim)
        return None, None, None, None, "undated_aim"
    if st.period is not None and st.period_topic is None:
        y, m1, m2 = st.period
        return y, m1, m2, "context", "section_period"
    if ref is not None:
        return ref, None, None, basis, "source_year"
    return None, None, None, None, "unknown"


# "exported goods worth US$89.75 billion to China ... last year": a relative year right after a
# flow's amount or its place sets the year for what follows (rule relative_period)
_RELATIVE_PERIOD = re.compile(r"(?:\d|\b(?:billion|million|bn|mn|trillion|percent|cent)|[A-Z][a-z]+)\s+(?:in\s+)?$")
_OPENS = re.compile(r"\W*(?:(?:and|but|so|thus|also)\s+)?", re.I)
_ROLLING_OPENS = re.compile(r"\W*(?:(?:for|in|during|over)\s+)?(?:the\s+)?", re.I)
_TOPIC_AFTER = re.compile(r"\s*,")


# matches nothing: a cue of another language's vocabulary only (vocab/<lang>/patterns.csv)
_POINT_BEFORE = re.compile(r"(?:beginning|start|end|middle)\s+of\s+(?:the\s+)?$", re.I)


_THAN_CLAUSE = re.compile(r"\b(?:lower|higher|greater|smaller|larger|bigger|better|worse|steeper|sharper|faster|slower|"
                          r"milder|softer|deeper)\s+than\s+(?!(?:expected|anticipated|forecast|projected|planned)\b)"
                          r"(?:[^,;.]|(?<=\d)\.(?=\d))*$", re.I)


def _context_period(d: _Doc, si: int) -> tuple[int, int, int] | None:
    """The period a sentence sets for the sentences after it: its latest own dated period
    ("in 2012, compared to EUR 1.3 billion in 2010"), none inside a goal clause ('a goal to
    bring turnover to $15 billion in 2023') and no point in time ('as of the beginning of May')."""
    times = d.times(si)
    if not times:
        return None
    s, e = d.c.sentences[si]
    if cue("pluperfect", _PLUPERFECT).search(d.text, s, e):
        # "In FY22, the annual trade had stood at $676 billion": a look back from the period in
        # force, which stays in force after it
        return None
    v = _vocab()
    goals = [m.end() for m in _cues(d, v, "status", s, min(e, times[-1].start))
             if v["status"].get(fold(m.group())) == "target" and not not_a_cue(d.text, m.start(), m.end())]
    best = None
    # "the first half of the fiscal year": the part is the fiscal year's, read with it below
    parts_of_fiscal = {a.start for a, b in zip(times, times[1:]) if b.fiscal == "relative"
                       and a.kind in ("months", "half", "quarter", "quarters") and _OF_BEFORE_FISCAL.fullmatch(d.text, a.end, b.start)}
    for t in times:
        if t.start in parts_of_fiscal:
            continue
        t = _fiscal(d, t, si, None)
        if t.kind == "last_month":
            continue  # a month of the page's date, not a period the paragraph goes on with
        if t.base or t.target or any(g <= t.start and "," not in d.text[g:t.start] for g in goals):
            continue
        if t.kind == "month" and t.rel == -1 and t.year is None and not _ROLLING_OPENS.fullmatch(d.text, s, t.start):
            # "It was at $35.73 billion in October last year.": the same month a year before, a comparison
            # inside the sentence; "Inbound merchandise shipments in October" after it is of the page's year
            continue
        if t.kind == "month_range" and t.m1 == t.m2 % 12 + 1 != 1 and not _ROLLING_OPENS.fullmatch(d.text, s, t.start):
            # "Australia's exports to China of $170.5 billion in the 12 months to June": a rolling year inside a
            # sentence is its own figure's; only one opening the sentence sets the period after it (rule rolling_year)
            continue
        if cue("than_clause", _THAN_CLAUSE).search(d.text, max(s, t.start - 120), t.start):
            # "The decline was however lower than the steep 27.2 per cent fall in exports registered in
            # 2015": a year inside a comparison with what went before is no period for what follows
            continue
        p = None
        if t.fiscal == "relative_months":
            ref, basis = d.source_year(t.start)   # "During April-October this fiscal" (rule fiscal_months)
            if ref is not None:
                p = _fiscal_months_year(d, t, si, None, ref, basis), t.m1, t.m2
        elif t.fiscal == "relative" and not t.rel and _fiscal_part_months(d.text, t) is not None \
                and fiscal_year(d.fiscal_country(si, None)) is not None and d.source_year(t.start)[1] == "doc_date":
            # "During the first half of the fiscal year, exports stood at ...": that part of the fiscal
            # year in force goes on after it, as in the sentence itself (rule relative_fiscal)
            ref, _ = d.source_year(t.start)
            start = fiscal_year(d.fiscal_country(si, None))[0]
            end_year = ref + (d.pub_month is not None and d.pub_month >= start > 1)
            m2 = (start + _fiscal_part_months(d.text, t) - 2) % 12 + 1
            p = end_year - (m2 >= start > 1), start, m2
        elif t.year is not None:
            p = (t.year, None, None) if t.kind == "year_to_date" else (t.year, t.m1, t.m2)
        elif t.kind == "relative" and t.bracket_year is not None:
            p = t.bracket_year, t.m1, t.m2  # "last [2023] year"
        elif t.kind == "relative" and t.rel == -1 and _OPENS.fullmatch(d.text, s, t.start) \
                and _TOPIC_AFTER.match(d.text, t.end):
            # "Last year, these exports exceeded ... At the same time, supplies increased (by 3 times)":
            # a sentence opened by "Last year," sets its year for the paragraph (rule last_year_topic)
            ref, basis = d.source_year(t.start)
            if ref is not None:
                p = ref - 1, 1, 12, "topic"
        elif t.kind == "relative" and t.rel is not None and t.rel <= 0 \
                and (cue("relative_period", _RELATIVE_PERIOD).search(d.text, max(s, t.start - 24), t.start)
                     or cue("relative_open", NEVER).fullmatch(d.text, s, t.start)):
            # "Внешнеторговый оборот ... в прошлом году вырос на 23,1%. ... Показатель превысил $2 млрд":
            # where the language dates a whole year by a relative phrase anywhere in the sentence (a cue
            # row, none in English: there only an opening "Last year," does), it sets that year for what
            # follows, as a written year would (rule relative_period)
            ref, basis = d.source_year(t.start)
            based = [b for b in times if b.base and b.year is not None and b.kind == "year"]
            if d.pub_year is None and basis != "footnote" and t.rel == -1 and based:
                p = based[0].year + 1, 1, 12  # "за прошлый год ..., чем в 2015 году": relative_after_base
            elif ref is not None and basis != "footnote":
                latest = basis == "context" and t.rel == -1 and not d.says_this_year and d.names_event_year(ref)
                p = ref + (0 if latest else t.rel), 1, 12  # an undated page's "last year": relative_latest
        elif t.m2 - t.m1 < 11 and t.kind != "relative" and not _POINT_BEFORE.search(d.text, max(0, t.start - 30), t.start):
            # "in the first six months", "in January-August of this year": of the page's year
            ref, basis = d.source_year(t.start)
            if ref is not None and not (t.rel and basis == "footnote"):
                p = ref + (t.rel or 0) - _after_publication(d, t, basis), t.m1, t.m2
        if p is not None and (best is None or p[0] > best[0]):
            best = p
    return best


def _after_publication(d: _Doc, t: TimeExpr, basis: str | None) -> bool:
    """A part of the page's own year (no year, no "last year") that ends after the month the page was
    published: it cannot be of that year yet."""
    pm = getattr(d, "pub_month", None)
    return bool(pm and basis == "doc_date" and not t.rel and t.year is None and t.kind not in ("relative", "the_year",
                "past_span") and t.m2 - t.m1 < 11 and t.m2 > pm)


# the year rules of a headline figure that names no period of its own

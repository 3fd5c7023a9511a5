"""Fiscal years as written ("FY23", "2022-23", "April-June FY24") and the months written before
one folded into it; fiscal.py places them in a country's fiscal year."""
from __future__ import annotations

import re
from dataclasses import replace

from tradeflows.facts.periods_bases import flags
from tradeflows.facts.periods_grammar import NO_PERIOD, TimeExpr, month_count_words, ordinal_months, part_months
from tradeflows.vocab import fold
from tradeflows.vocab.months import month_names
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile

# "July-April period this fiscal year", "April-October this fiscal", "the April-October period of the 2024-25
# fiscal year", "the first two months of the 2023-2024 fiscal year", "the first half (July-December) of the
# current fiscal year": written months, or a count of first months, before the fiscal year they are of
_OF_FISCAL_GAP = re.compile(r"\)?\s*(?:period\s+)?(?:(?:of|in|for)\s+)?(?:the\s+)?(?:(?:current|ongoing)\s+)?(?:[A-Z][a-z]+\s+)?", re.I)
_NAMED_AFTER_GAP = re.compile(r"\s*\(\s*|,?\s+of\s+(?:the\s+)?", re.I)   # "this fiscal year of FY2022-23", "(2022-23"
_BRACKET_AFTER_FISCAL = re.compile(r"\s*(?:so\s+far\s*)?\(\s*", re.I)
_PART_BRACKET_GAP = re.compile(r"\s*\(\s*|\s+")  # "(July-December)", "For the six months between April and October"
_TO_MONTH_FISCAL_GAP = re.compile(r",?\s+(?:(?:of|in)\s+)?(?:the\s+)?", re.I)   # "as of October this fiscal year"


# "during July-March, the first three quarters of the 2022-23 financial year": the months restated as a part, then
# the fiscal year they are of
_PART_APPOSITION = re.compile(r",\s*(?:the\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}(?:quarters?|months|half)\s+of\s+(?:the\s+)?"
                              r"(?:(?:current|ongoing)\s+)?", re.I)
_RESTATED_OPEN = re.compile(r"\s*\(\s*")
# where a year will end, after the year's words ("(ending March 2014)", ", which ends in"): the row ending_gap
_ending_gap = EnglishCue("ending_gap", re.I)
_RESTATED_CLOSE = re.compile(r"\s*\)")


def _restated_fiscal(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A relative fiscal year restated by its own year in brackets is that year, and so is "current" right before a
    written one (rule fiscal_restated):
    "the first nine months of the current fiscal year (FY 2023/24)", "(FY 2080/081)" on a Nepali page; the
    months before it are then read as a part of the written year."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        p = out[-1] if out else None
        # ("April, the 10th month of the current fiscal year 2016-17 (July 2016-June 2017)": the year restated after an
        # nth month of it is read past too, rule nth_month_restated)
        if p is not None and p.kind == "fiscal" and p.fiscal in ("span", "named", "nth_month") and a.kind == "month_range" \
                and a.year == p.year and a.m2 == (a.m1 - 2) % 12 + 1 and a.m1 != 1 \
                and _RESTATED_OPEN.fullmatch(text, p.end, a.start) and _RESTATED_CLOSE.match(text, a.end):
            out[-1] = replace(p, end=a.end)   # "2023-24 fiscal year (July 2023-June 2024)": the same year restated
            i += 1
            continue
        if b is not None and a.kind == "year" and a.year is not None and not a.fiscal and b.kind == "month_range" \
                and b.year is None and b.rel is None and _RESTATED_OPEN.fullmatch(text, a.end, b.start) \
                and _RESTATED_CLOSE.match(text, b.end):
            # "For the entire year of 2023 (from January to December)": the months in brackets are the written
            # year's, not of the page's own year (rule year_bracket_months)
            out.append(replace(a, end=b.end, m1=b.m1, m2=b.m2))
            i += 2
            continue
        if b is not None and a.kind == "now" and b.kind == "fiscal" and b.year is not None and not text[a.end:b.start].strip() \
                and text[a.start:a.end].strip().lower() in ("current", "ongoing"):
            out.append(replace(b, start=a.start))  # "the first half of the current 2023-24 fiscal year": the written year
            i += 2
            continue
        if b is not None and a.fiscal == "relative" and a.year is None and a.rel in (None, 0) and not a.base \
                and b.kind == "month" and b.year is not None and _ending_gap().fullmatch(text, a.end, b.start):
            # "in the current Iranian year (ending March 2014)", "the current fiscal year, which ends in March 2024": the
            # running fiscal year named by the month it ends in, that year's (rule fiscal_ending_named)
            out.append(replace(a, end=b.end, kind="fiscal", year=b.year, rel=None, fiscal="named"))
            i += 2
            continue
        if b is not None and a.fiscal == "relative" and a.year is None and not a.base and b.kind == "fiscal" \
                and b.fiscal in ("span", "named") and b.year is not None and not b.base \
                and _RESTATED_OPEN.fullmatch(text, a.end, b.start) and _RESTATED_CLOSE.match(text, b.end):
            out.append(replace(b, start=a.start))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def fiscal_months(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """Months written before a fiscal year folded into it (rule fiscal_months): a month range or
    a count of first months, then "(period) of the" and a fiscal span or a relative fiscal year; a part
    of a year whose months follow in brackets is read by those months."""
    found = _restated_fiscal(found, text)
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.kind in ("half", "quarter", "quarters", "months") and a.year is None and a.rel is None \
                and b.kind == "month_range" and b.year is None and b.rel is None \
                and _PART_BRACKET_GAP.fullmatch(text, a.end, b.start):
            found[i + 1] = replace(b, start=a.start)  # "the first half (July-December)": the written months
            i += 1                                      # are the part's own
            continue
        if b is not None and a.kind in ("half", "quarter", "quarters", "months") and a.year is None and a.rel is None \
                and b.kind == "fiscal" and b.fiscal in ("span_range", "named_range") and text[b.start - 1:b.start] != " " \
                and _PART_BRACKET_GAP.fullmatch(text, a.end, b.start):
            # "during the first eight months (July-February) of the current fiscal year 2021-22": the part is
            # the bracketed months of that fiscal year, read from where the part is written
            out.append(replace(b, start=a.start))
            i += 2
            continue
        if b is not None and a.kind == "fiscal" and a.fiscal in ("named", "span") and (a.m1, a.m2) == (1, 12) \
                and b.kind == "month_range" and b.year is None and b.rel is None and _BRACKET_AFTER_FISCAL.fullmatch(text, a.end, b.start):
            # "in fiscal year 2021 so far (July to March)": the months in brackets of the fiscal year before them
            # (rule fiscal_bracket_months)
            out.append(TimeExpr(a.start, b.end, "fiscal", a.year, None, None, b.m1, b.m2, a.base, a.target,
                                fiscal="named_range" if a.fiscal == "named" else "span_range"))
            i += 2
            continue
        if b is not None and a.kind in ("half", "quarter", "quarters") and a.year is None and a.rel is None \
                and not a.base and b.kind == "fiscal" and b.fiscal in ("span", "named") and not b.base \
                and _OF_FISCAL_GAP.fullmatch(text, a.end, b.start):
            # "the first half of fiscal year 2023-24", "the first quarter of the current fiscal year (2023-24)": the
            # part's months counted from the fiscal year's start (rule fiscal_part_written; fiscal.resolve_fiscal)
            out.append(replace(b, start=a.start, m1=a.m1, m2=a.m2, fiscal=f"{b.fiscal}_part"))
            i += 2
            continue
        if b is not None and a.year is None and a.rel is None and not a.base \
                and (a.kind == "month_range" or (a.kind == "months" and b.fiscal == "span")) \
                and b.fiscal in ("span", "relative") and not b.base and b.rel in (None, 0) \
                and (_OF_FISCAL_GAP.fullmatch(text, a.end, b.start)
                     or (a.kind == "month_range" and _PART_APPOSITION.fullmatch(text, a.end, b.start))):
            c = found[i + 2] if i + 2 < len(found) else None
            if b.fiscal == "relative" and a.kind == "month_range" and c is not None and c.kind == "fiscal" \
                    and c.fiscal in ("span", "named") and (c.m1, c.m2) == (1, 12) and not c.base \
                    and _NAMED_AFTER_GAP.fullmatch(text, b.end, c.start):
                # "From July to October in this fiscal year of FY2022-23, Bangladesh exported goods amounting to $16.85
                # billion": the months of the fiscal year named right after "this fiscal year" (rule
                # fiscal_months_named_after)
                out.append(TimeExpr(a.start, c.end, "fiscal", c.year, None, None, a.m1, a.m2, False, b.target,
                                    fiscal="span_range" if c.fiscal == "span" else "named_range"))
                i += 3
                continue
            if b.fiscal == "span":
                how = "span_range" if a.kind == "month_range" else "first_months"
                out.append(TimeExpr(a.start, b.end, "fiscal", b.year, None, None, a.m1, a.m2, False, b.target, fiscal=how))
            else:
                # of the fiscal year in force: period_choice places the months in it (relative_fiscal)
                out.append(TimeExpr(a.start, b.end, b.kind, None, b.rel, b.bracket_year, a.m1, a.m2, False, b.target,
                                    fiscal="relative_months"))
            i += 2
            continue
        if b is not None and a.kind == "to_month" and a.year is None and a.rel is None and not a.base \
                and b.kind == "relative" and b.fiscal == "relative" and b.rel in (None, 0) and not b.base \
                and _TO_MONTH_FISCAL_GAP.fullmatch(text, a.end, b.start):
            # "as of October this fiscal year", "through March of the current fiscal year": the fiscal year in force
            # from its first month up to the month named (rule to_month_fiscal; period_choice places the months
            # as it does "April-October this fiscal", the first month the country's fiscal start)
            out.append(TimeExpr(a.start, b.end, b.kind, None, b.rel, b.bracket_year, a.m1, a.m2, False, b.target,
                                fiscal="relative_to_month"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def span_end(start: int, e_: str) -> int:
    """The end year of a span written "2022-23", "2022-2023" or "2005/6" (one digit: the decade's year, rule
    span_one_digit: "up from the 153,155 tonnes that grossed $365.8 million in 2005/6")."""
    if len(e_) == 4:
        return int(e_)
    if len(e_) == 1:
        return start // 10 * 10 + int(e_)
    return start // 100 * 100 + int(e_) % 100


def _nth(word: str) -> int:
    """The month an ordinal before "month of" a fiscal year names (periods_grammar.ordinal_months)."""
    return ordinal_months()[fold(word)]


# "US$110.39 in 2021-22, US$ 131 billion in 22-23 ... and declined to US$ 121 billion in 23-24" (csa-india.org, an Indian
# note on India-ASEAN trade, data/web67): a span of four-digit years shortly before a bare "in 22-23" makes it a span of
# the same kind (rule fiscal_short_span; "During the year 22-23" and "FY22-23" need none)
_FOUR_DIGIT_SPAN = skip_compile(r"\b(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\d\d)?\b")
SHORT_SPAN_REACH = 200   # how far before a bare "in 22-23" a four-digit span is looked for


def _short_span(m: re.Match, g: dict, text: str):
    """None when the match's two-digit span reads as a span of 20xx years (g rewritten to the four-digit groups, read on
    by fiscal_expr), else NO_PERIOD: a bare "in 22-23" with no four-digit span before it, or one with words of a part
    before it."""
    if g["fs2"]:
        g["fs"], g["fe"] = str(2000 + int(g["fs2"])), g["fe2"]
        return None
    if any(g.get(k) for k in ("sm", "sk", "sq")):
        return NO_PERIOD
    if text[max(0, m.start() - 5):m.start()].lower() != "year " \
            and _FOUR_DIGIT_SPAN.search(text, max(0, m.start() - SHORT_SPAN_REACH), m.start()) is None:
        return NO_PERIOD
    g["ss"] = str(2000 + int(g["ss2"]))
    return None


def fiscal_expr(m: re.Match, text: str) -> TimeExpr | None:
    """FY23 / fiscal 2017 (named) or 2022-23 (a span: year = its end); "FY22-23", "in 22-23" as a span of 20xx years
    (rule fiscal_short_span, written on the time expression's via)."""
    g = m.groupdict()
    if g["fs2"] or g["ss2"]:
        if (short := _short_span(m, g, text)) is not None:
            return short
        t = _fiscal_expr(m, g, text)
        return replace(t, via="fiscal_short_span") if t is not None and t is not NO_PERIOD else t
    return _fiscal_expr(m, g, text)


def _fiscal_expr(m: re.Match, g: dict, text: str) -> TimeExpr | None:
    if g["fn"] and g["fm2"]:  # "April-June FY24": written months of a named fiscal year
        y = int(g["fn"])
        return flags(TimeExpr(m.start(), m.end(), "fiscal", y + 2000 if y < 100 else y, None, None,
                               month_names()[fold(g["fm"])], month_names()[fold(g["fm2"])], False, fiscal="named_range"),
                      text)
    if g["sq"]:
        # "in Q2 of 2016/17": a quarter or half (vocab periods.csv) of the span, counted from the fiscal year's start
        start, end = int(g["ss"]), g["se"]
        end = span_end(start, end)
        q1, q2, _ = part_months(g["sq"])
        if end != start + 1:
            return None
        return flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, q1, q2, False, fiscal="span_part"), text)
    count = g["fk"] or g["fkm"] or g["sk"]
    if count and (g["fn"] or g["fs"] or g["ss"]):
        # "the first 10 months of FY23", "10MFY23" (Pakistan): the fiscal year's first months (rule
        # fiscal first_months; fiscal.resolve_fiscal places them in the country's fiscal year)
        n = int(count) if count.isdigit() else month_count_words()[fold(count)]
        if g["fn"]:
            y = int(g["fn"])
            y = y + 2000 if y < 100 else y
        else:
            s_, e_ = (g["fs"], g["fe"]) if g["fs"] else (g["ss"], g["se"])
            y = span_end(int(s_), e_)
        if 1 <= n <= 12:
            return flags(TimeExpr(m.start(), m.end(), "fiscal", y, None, None, 1, n, False, fiscal="first_months"), text)
    if g["fn"]:
        y = int(g["fn"])
        mon = month_names()[fold(g["fm"])] if g["fm"] else 0
        nth = _nth(g["fo"]) if g["fo"] else 0
        how = "named_month" if mon else "nth_month" if nth else "named"
        return flags(TimeExpr(m.start(), m.end(), "fiscal", y + 2000 if y < 100 else y, None, None,
                               mon or nth or 1, mon or nth or 12, False, fiscal=how), text)
    s_, e_ = (g["fs"], g["fe"]) if g["fs"] else (g["ss"], g["se"])
    start = int(s_)
    end = span_end(start, e_)
    if g["fs"] and g["fm2"] and end == start + 1:
        # "(July-September) of the ongoing fiscal year 2023-24": the written months of the span's fiscal year
        return flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, month_names()[fold(g["fm"])],
                               month_names()[fold(g["fm2"])], False, fiscal="span_range"), text)
    if g["fs"] and g["fm"] and not g["fm2"] and end == start + 1:
        # "in August of the FY 2022-23": a month of the span's fiscal year, in its calendar year
        mon = month_names()[fold(g["fm"])]
        return flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, mon, mon, False, fiscal="span_range"), text)
    if g["fo"] and g["fs"] and end == start + 1:
        # "the first month (July) of the current fiscal year 2023-24": an nth month of a span's fiscal year
        nth = _nth(g["fo"])
        return flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, nth, nth, False, fiscal="nth_month"), text)
    if end != start + 1:
        # "2022-33" (a typo) names no one year, and its first year is not the figure's either;
        # "2015-2020" is left to the year rule (its years set a paragraph's period)
        return NO_PERIOD if g["ss"] and len(e_) == 2 else None
    if g["sm"]:  # "April-September 2022-23": the written months of the span's fiscal year
        return flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, month_names()[fold(g["sm"])],
                               month_names()[fold(g["sm2"])], False, fiscal="span_range"), text)
    return flags(TimeExpr(m.start(), m.end(), "fiscal", end, None, None, 1, 12, False, fiscal="span"), text)

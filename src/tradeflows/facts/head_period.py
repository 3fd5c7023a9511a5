"""After relating: a title's figure dated by nothing but the page's date takes the period the page reports.

A title that names no time ("Morocco-Spain: 19 billion euros of trade", "Египет импортировал из России
пшеницы на $1,4 млрд") speaks of the period the body goes on to report; read from the page's date (source_year) it
takes the year the page was published in, which is a year late when the page reports the year just over ("For the
first time, in 2022, Spanish exports ..." on a page of 2023), and no months when the body reports a month or a part.
"""
from __future__ import annotations

from dataclasses import replace

from tradeflows.facts.context import Doc
from tradeflows.records import Figure, decided_rule

# how a sentence ends, not a title (a short first paragraph that ends so is the text's first sentence)
_SENTENCE_END = (".", "!", "?", "…")
# a change over a run of years ("с 2016 по 2018 год ... увеличился более чем в 1,5 раза") has no one year's months, but
# reports the run's last year whole: the title of a page of the year after takes that year (rule head_page_period, its
# run branch)
_RUN_RULES = ("run_of_years", "run_of_years_words")
# the year rules of a figure that names a time of its own (the first dated sentence of the body is read from these)
# ("In 2023, China was Germany's most important trading partner ... the trade volume with China last year": a relative
# year the paragraph's written year agrees with, rule relative_paragraph; a run of years, _RUN_RULES)
_OWN_TIME_RULES = ("explicit", "relative_doc_date", "relative_doc_named", "bare_month", "relative_paragraph") + _RUN_RULES
# the bases of a title figure's year read from when the page speaks (Doc.source_year): its date, or on an undated page the
# latest year its text speaks from ("Exports to China collapse by almost 20 percent" over a body that says "last year" of
# 2023: 2024; rule head_page_period reads both)
_SOURCE_BASES = ("doc_date", "context")


def head_page_period(d: Doc, figs: list[Figure], headline_end: int) -> list[Figure]:
    """An actual figure of the page's title (before headline_end, not ending as a sentence) whose year is the page's
    date's (rule source_year, basis doc_date) takes the period of the first sentence after it that dates an actual
    figure by a time of its own (the latest year of that sentence, so that "fell from US$37 billion in 2013 to US$722
    million in 2023" reports 2023) when that period is of the page's own year (its months: "Trade surplus shrinks to $1b
    on softer commodity exports" then the body's April) or is the whole year just over (the title of a page of 2023 that
    reports 2022 is of 2022) (rule head_page_period). Any other year leaves the title as it was: a page two years after
    the body's year, or a part of the year before, tells nothing of the title's time."""
    if d.text[:headline_end].rstrip()[-1:] in _SENTENCE_END:
        return figs   # a first paragraph that ends as a sentence ends is no title
    out = []
    for g in figs:
        if g.clean_start < headline_end and g.year is not None and g.year_basis in _SOURCE_BASES and g.status == "actual" \
                and decided_rule(g.fact_rules, "year") == "source_year":
            src = _reported(d, figs, g)
            if src is not None and src.year == g.year - 1 and decided_rule(src.fact_rules, "year") in _RUN_RULES:
                src = replace(src, period_start=f"{src.year:04d}-01", period_end=f"{src.year:04d}-12")
            if src is not None and (src.year == g.year or (src.year == g.year - 1 and (src.period_start, src.period_end)
                                                           == (f"{src.year:04d}-01", f"{src.year:04d}-12"))):
                g = replace(g, year=src.year, period_start=src.period_start, period_end=src.period_end,
                            year_basis="context", fact_rules=g.fact_rules.replace("year:source_year", "year:head_page_period"))
        out.append(g)
    return out


def _reported(d: Doc, figs: list[Figure], g: Figure) -> Figure | None:
    """The figure of the latest year in the first sentence after g that dates an actual figure by a time of its own."""
    si = None
    best = None
    for b in figs:
        if b.clean_start <= g.clean_end or b.year is None or b.status != "actual" \
                or decided_rule(b.fact_rules, "year") not in _OWN_TIME_RULES:
            continue
        bsi = d.sentence_index(b.clean_start)
        if si is None:
            si = bsi
        elif bsi != si:
            break
        if best is None or b.year > best.year:
            best = b
    return best

"""The period decision: the year and months a figure is of, and how that was known.

The time grammar (facts/periods.py) finds the expressions; this chooses among them for one
figure: a written list closed by "respectively", the base of a comparison (whose value the
figure may be), the expression joined to the figure, the nearest one in its clause, then the
period the paragraph or section carries (context_period sets it) or the year the text was
written. Relative expressions ("last year") resolve from a quote's footnote or the page's date,
fiscal ones ("FY23") to their country's fiscal months; once all figures are related, a headline's
full year that restates a part-year figure of the body takes its months (_restated_partials).

Its parts: period_adjacent.py (the time right after a figure), period_bases.py (a base whose value
the figure is), period_relative.py (relative and fiscal years dated), period_context.py (the
period a sentence sets for those after it), period_growth.py (a change rate's own time, an
earlier change's month), period_fallback.py (a figure whose sentence names no time), period_time.py (the
chosen time read by its kind), period_not_over.py (a year not over when the page was written), period_same.py (the same
period of a year before opening a clause). _period tries its rules in order, one small function per seam (its docstring
lists them).
"""
from __future__ import annotations

import re
from dataclasses import replace

from tradeflows.facts.asides import time_in_dash_aside
from tradeflows.facts.context import PART_OF_PREVIOUS, WINDOW, Doc, State, opening_clause_end
from tradeflows.facts.fiscal import fiscal_year
from tradeflows.facts.period_adjacent import (CLAUSE_BEFORE, adjacent_times, bracketed_time, clause_year_before,
                                              clause_break, year_label_before)
from tradeflows.facts.period_bases import after_base, value_bases, year_before_open, when_clause_period
from tradeflows.facts.period_relative import (OF_BEFORE_FISCAL, with_fiscal_year, fiscal_started,
                                              previous_fiscal_open, relative_period)
from tradeflows.facts.periods import TimeExpr
from tradeflows.facts.periods_build import DECADE_SPAN
from tradeflows.facts.respectively import listed, siblings
from tradeflows.records import Figure
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, pattern_word
from tradeflows.vocab.months import month_number
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
# re-exported: the period in force, as imported from here before
from tradeflows.facts.period_context import context_period, months_ahead, closing_part_year  # noqa: F401
from tradeflows.facts.period_context import comparison_aside, record_year
from tradeflows.facts.period_fallback import CARRIED_DOC_DATE, names_period_again, period_without_time
from tradeflows.facts.period_fiscal_force import against_absent, against_bare_base, against_bare_level, \
    against_bare_value, fiscal_shaped
from tradeflows.facts.period_horizon import horizon_year
from tradeflows.facts.period_later_clause import later_clause_time
from tradeflows.facts.period_not_over import year_not_over
from tradeflows.facts.period_parallel import parallel_year
from tradeflows.facts.period_run_total import run_start, run_total
from tradeflows.facts.period_same import same_period_clause, same_period_gloss_clause, same_period_of_year
from tradeflows.facts.period_growth import month_before, growth_times, previous_month_clause, prior_change_month, quarter_before
from tradeflows.facts.period_time import (following_month, following_year, last_month, last_months,
                                          month_without_year, read_time, speaking_time, year_to_date)
from tradeflows.facts.period_time import last_months_window  # noqa: F401  (re-exported, as imported from here before)
from tradeflows.vocab.skip import skip_compile

_ANNUALISED = EnglishCue("growth_annualised_before", re.I)
ANNUALISED_REACH = 50   # how far before a change its "annualised rate of" may start

# the figure's confidence from how its year was known (other bases: 0.4)
BASIS_CONFIDENCE = {"explicit": 1.0, "context": 0.8, "footnote": 0.85, "doc_date": 0.7}


_quote_closed = EnglishCue("period_choice_quote_closed")
_quote_opened = EnglishCue("period_choice_quote_opened")
_change_restated = EnglishCue("period_choice_change_restated", re.I)
_DIGIT = skip_compile(r"\d")
BASE_TIME_GAP = 3   # characters between a base level and its own base time right after it ("$77.757 million last year")


# a figure, then a breakdown bracket's opening words and the part's name ("84.2 percent (including EU "): rule
# bracket_part (the measure's row)
_bracket_part_before = EnglishCue("measure_bracket_part_before", re.I)


def figure_period(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None):
    """(year, m1, m2, year_basis, rule) of a figure: _period, with the level a change started from. The rules that
    rewrote what the decision read are left in d.period_via (period_via, records.VIA)."""
    text = d.text
    d.period_via = []
    s0 = d.c.sentences[si][0]
    if st.last_period is not None and si - 1 <= st.last_period_si <= si \
            and cue("part_of_previous", PART_OF_PREVIOUS).match(text, s0) \
            and not any(not t.base and t.kind != "yoy" for t in d.times(si)):
        # "... reached 517.26 billion USD last year.\n\nOf which, the value of exported goods was
        # 264.19 billion USD": a part of the sentence before, of its period (rule part_of_previous)
        if any(t.base and t.kind != "yoy" and 0 <= t.start - f.clean_end <= BASE_TIME_GAP for t in d.times(si)):
            # "Among these countries, imports from India increased by 14.33 percent, reaching $88.906 million compared
            # to $77.757 million last year" (amu.tv, data/web63 tuned page dl06): the base level, its own time right
            # after it, is of the time before the part's period, as the rules after say (rule part_base_own_time)
            d.period_via.append("part_base_own_time")
        else:
            y, m1, m2, basis = st.last_period
            return y, m1, m2, basis, "part_of_previous"
    if f.kind == "growth" and st.last_period is not None and st.last_period_si == si - 1 \
            and _change_restated().match(text, s0) \
            and not any(not t.base and t.kind != "yoy" for t in d.times(si)):
        # "... have increased tremendously from US dollars 155.28million ... in Financial 2005/06 to over US Dollars
        # 617.34Million ... by 2020/21. This represents a growth of 297.56%." (businessfocus.co.ug): the change the
        # sentence before told in levels, restated as a rate, runs up to the last level told, of its period (rule
        # change_restated)
        y, m1, m2, _ = st.last_period
        return y, m1, m2, "context", "change_restated"
    if st.figure_period is not None and st.figure_period[4] == si and st.figure_period[0] is not None \
            and text.find("(", max(s0, f.clean_start - 60), f.clean_start) >= 0 \
            and _bracket_part_before().search(text, max(s0, f.clean_start - 60), f.clean_start) \
            and not any(0 <= t.start - f.clean_end <= 12 for t in d.times(si)):
        # "against - respectively - 84.2 percent (including EU 77.1 percent) and 65.6 percent (...) in the corresponding
        # period of the previous year": a part in the breakdown bracket right after a figure, with no time of its own,
        # is of that figure's period (rule bracket_part)
        y, m1, m2, basis, _ = st.figure_period
        return y, m1, m2, basis, "bracket_part"
    year, m1, m2, basis, yrule = _period(d, st, f, si, pi, status, rep_iso)
    if year is not None and m1 is not None and (m2 - m1) % 12 == 11 and current_language() == DEFAULT_LANGUAGE \
            and _mean_over_years(d, f, si):
        # "For the average period 2018 to 2020, ... petroleum oils (USD 33.13Million)" (businessfocus.co.ug), "average
        # annual growth of 6.85% over 2017-2021", "has sextupled, growing 10% annually": a mean over a run of years is
        # of its last year, no one year's months (rule mean_over_years, written after the period's rule)
        d.period_via.append("mean_over_years")
        m1 = m2 = None
    horizon = horizon_year(d, f, si, year) if status == "target" and year is not None else None
    if horizon is not None:
        # "set an ambitious target to grow their bilateral trade volume to $1 billion mark in the next five years"
        # (in 2016): a goal's span of years, counted from the year in force, ends in its horizon's year (rule
        # next_years_horizon)
        return horizon, 1, 12, "context", "next_years_horizon"
    if status != "actual" and yrule in ("paragraph_period", "paragraph_guess", "topic_period", "section_period", "head_year") \
            and m1 is not None and (m1, m2) != (1, 12):
        if cue("analysts", _analysts()).search(text, s0, d.c.sentences[si][1]):
            # "Economists had expected a surplus of $1.64 billion" after March's surplus: the analysts' forecast of the
            # same month's figure, of that month (rule analysts_forecast, written after the period's rule)
            d.period_via.append("analysts_forecast")
        elif cue("past_expectation", _past_expectation()).search(text, s0, d.c.sentences[si][1]):
            # "Econoday had forecast a deficit of $50.2 billion" (spglobal.com), "the trade balance would have shown a
            # deficit of 509 million dollars" (a counterfactual), "Ожидалось, что торговый профицит составит 10
            # миллиардов евро": an expectation told in the past, or what would have been, is of the period in force,
            # no goal for the whole year (rule past_expectation, written after the period's rule)
            d.period_via.append("past_expectation")
        else:
            # "В январе-сентябре 2022 года товарооборот ... составил $47 млрд ... Товарооборот должен достигнуть
            # $60 млрд": a goal that names no time of its own is for the whole year in force, not for the
            # months carried from the figures before it (rule goal_whole_year)
            m1, m2, yrule = 1, 12, "goal_whole_year"
    if year is not None and m1 == 1 and m2 is not None and m2 > 1 and yrule in _CARRIED_RULES \
            and cue("same_month_base", _same_month_base()).search(text, s0, d.c.sentences[si][1]):
        # "... the country's foreign trade deficit in the first seven months of the year climbed 18.2 percent ...
        # exports increased by 8.4 percent to $20.093 billion compared to the same month of the previous year"
        # (turkishminute.com): a figure set against the same month a year before is one month's, the month that ends
        # the running total carried to it (rule same_month_base)
        return year, m2, m2, basis, "same_month_base"
    if year is not None and m1 is not None and m1 == m2 and f.kind == "money" and "month_to_month" in d.period_via \
            and cue("from_value", _from_value_before()).search(text, max(0, f.clean_start - 12), f.clean_start) \
            and _to_level_after().match(text, f.clean_end):
        # "exports dipped from Ksh5.8 billion to Ksh5.1 billion between October and November 2023" (kenyacoast.co.ke):
        # the level a change from one month to the next started from is the earlier month's (rule from_value_month,
        # its period read by month_to_month: year:from_value_month+month_to_month)
        return month_before(year, m1, m2, basis, "from_value_month")
    if year is not None and f.kind in ("money", "share") and yrule not in ("base_value", "respectively", "parallel_years") \
            and cue("from_value", _from_value_before()).search(text, max(0, f.clean_start - 12), f.clean_start) \
            and (cue("to_value", _to_value_after()).match(text, f.clean_end)
                 or cue("to_value_before", _to_value_before()).search(text, max(0, f.clean_start - 80), f.clean_start)) \
            and m1 is not None and m2 is not None and not _previously_after().match(text, f.clean_end) \
            and not any(f.clean_end <= t.start < f.clean_end + 30 for t in d.times(si)):
        # "increased 25 times - from $ 80 thousand to almost $ 2 million" (last year): the level the
        # change started from is the year before's (rule from_value); "доля российского рынка в экспорте
        # увеличилась с 41% до 57%": a share's too; "в 2022—2024 годах ... сократился с 257,5 млрд евро до
        # 67,7 млрд евро": the first year of the run the change spans (rule from_run_start)
        run = run_start(d, si, year, words=True)
        paras = d.c.paragraphs
        since = paras[max(0, pi - 1)][0] if paras else 0   # its paragraph and the one before
        if not run and m1 == m2 and (cue("month_on_month", _month_on_month()).search(text, since, f.clean_start)
                                     # "упал ... до $3,95 млрд с $4,22 млрд месяцем ранее": the level started from,
                                     # then "a month earlier" right after it (cue month_earlier_after)
                                     or cue("month_earlier_after", NEVER).match(text, f.clean_end)):
            # "Exports declined to $211.08 billion in July from $213.20 billion in the prior month, while imports increased
            # to $261.16 billion from $258.93 billion": a page that tells a month against the month before starts its
            # changes from that month (rule from_value_month)
            return month_before(year, m1, m2, "context", "from_value_month")
        on_month = _on_month().search(text, s0, f.clean_start) if not run and m1 == m2 else None
        if on_month is not None and month_number(on_month.group("m")) == (m1 - 2) % 12 + 1:
            # "exports in September fell 5 per cent on August to €6.99 billion from €7.39 billion" (irishtimes.com):
            # a change "on" the month before, named after its rate, starts from that month (rule from_value_on_month)
            return month_before(year, m1, m2, "context", "from_value_on_month")
        year, basis, yrule = (run, "explicit", "from_run_start") if run else (year - 1, "context", "from_value")
    elif year is not None and m1 is not None and m2 is not None and f.kind == "money" \
            and cue("from_value", _from_value_before()).search(text, max(0, f.clean_start - 12), f.clean_start) \
            and _previously_after().match(text, f.clean_end):
        # "having risen to $3,987.3 million in the year ending July 2019, from $3,898.5 million previously": the level
        # a change started from, the period before the one in force: the month before a month, the twelve months
        # before a year (rule from_previously)
        if m1 == m2:
            return month_before(year, m1, m2, "context", "from_previously")
        if (m2 - m1) % 12 == 11:
            return year - 1, m1, m2, "context", "from_previously"
    if year is not None and st.period is not None and st.period_para >= pi - 1 and st.period[0] is not None \
            and st.period[1:] != (1, 12) and year in (st.period[0], st.period[0] - 1) and _years_pair(d, si, f, st.period[0]):
        # "In the first seven months of this year, imports rose to $5.1 billion. Brazilian exports to Russia also rose,
        # from $843 million last year to $1.1 billion this year": last year and this year set against each other in a
        # part of the year in force are those months of each (rule years_pair_in_part)
        own = _own_part(d, si)
        if own is not None:
            return year, own.m1, own.m2, basis, "years_pair_in_part"
        return year, st.period[1], st.period[2], basis, "years_pair_in_part"
    if year is not None and (m1, m2) == (1, 12) and status == "actual" and st.period is not None \
            and st.period[1] is not None and st.period[2] is not None \
            and st.period[1] <= st.period[2] and st.period[1:] != (1, 12) \
            and (st.period[0] is None or abs(year - st.period[0]) <= 1):
        # (the months in force of a relative year, "January to October last year" on an undated page, or of the base
        # year the sentence before compared with, "the similar period in 2017")
        s1, s2 = d.c.sentences[si]
        named = {int(m.group("y")) for m in _year_period().finditer(text, s1, s2)}
        if year in named or (yrule == "explicit" and year - 1 in named):
            # "Earnings from domestic exports amounted to US$53.6 million, down from US$57.6 million in the 2017
            # period", "total imports were valued at US$414.1 million in 2018, 20.7 per cent above the similar 2017
            # period" after "January to October last year": a year called a period, or a bare year beside it, is
            # the months in force of that year (rule year_period_in_force)
            return year, st.period[1], st.period[2], basis, "year_period_in_force"
    return year, m1, m2, basis, yrule


def _own_part(d: Doc, si: int):
    """The part of a year the sentence names of its own, or None ("Cumulative exports in the first half of 2006 grew by
    8.8 percent from $2,906 million in 2005 to $3,162 million this year", sundaytimes.lk, data/web42 bv08): its years
    pair is of that part's months, not of the months in force before it (rule years_pair_in_part)."""
    # (its year written and no fiscal year's: "the first eight months of the previous fiscal year" counts the fiscal
    # year's months, which the part in force holds; spotlightnepal.com, data/web12 h11)
    return next((t for t in d.times(si) if not t.base and t.year is not None and t.fiscal is None and t.m1 is not None
                 and t.m2 is not None and t.m1 <= t.m2 and (t.m1, t.m2) != (1, 12)), None)


# "the 2017 period", "the similar 2017 period", "the 2018 review period": a year's part in force, named by its year
# (not a span "the 2014-2018 period", "the 2019/20 period")
_year_period = EnglishCue("period_choice_year_period", re.I)


# a rate, then "on" and a month with no year of its own: the month the change is measured on (rule from_value_on_month)
_on_month = EnglishCue("period_choice_on_month", re.I)
_previously_after = EnglishCue("period_choice_previously_after", re.I)


def _years_pair(d: Doc, si: int, f: Figure, in_force: int | None = None) -> bool:
    """The figure's sentence sets last year against this year (two relative years, offsets -1 and 0), and one of
    them is written right after the figure; or this year against the year before the one in force written out
    ("fell 4.8 percent, $2.7 billion less, from $56.3 billion in 2015, to $53.6 billion this year" with January to
    February 2016 in force, The News (thenews.mx): rule years_pair_in_part)."""
    rels = [t for t in d.times(si) if t.kind == "relative" and t.year is None and t.m1 == 1 and t.m2 == 12]
    offsets = {t.rel for t in rels}
    if {-1, 0} <= offsets:
        if any(f.clean_end <= t.start <= f.clean_end + 12 for t in rels):
            return True
        # ("Kenya earned 97 billion shillings from the export of tea which is also the top foreign exchange earner this
        # year as compared to the 77.9 billion shillings last year same period", sokodirectory.com: the first amount's
        # "this year" further on in its clause, with no figure between, rule years_pair_far)
        first = min(rels, key=lambda t: t.start)
        return first.rel == 0 and first.start > f.clean_end and _PAIR_GAP.fullmatch(d.text, f.clean_end, first.start) is not None
    if 0 not in offsets or in_force is None:
        return False
    written = [t for t in d.times(si) if t.kind == "year" and t.year == in_force - 1 and t.m1 == 1 and t.m2 == 12]
    # (the change told before the pair, "fell 4.8 percent, $2.7 billion less, from ...", is the change between them)
    return bool(written) and (any(f.clean_end <= t.start <= f.clean_end + 12 for t in rels + written)
                              or f.clean_end <= written[0].start and written[0].start < rels[0].start)


# the words between an amount and its own "this year" in a years pair: no figure, no clause break (rule years_pair_far)
_PAIR_GAP = skip_compile(r"[^\d;:()]{0,100}")


# "Economists had expected a surplus of $1.64 billion", "Analysts polled by Reuters had predicted", "the consensus": the
# forecast of the figure in force, no goal for the whole year (rule analysts_forecast)
# ("Exports were up 7.8 percent on year to 6.822 trillion yen, missing forecasts for an increase of 8.7 percent", "the
# median estimate for a 4.7% increase": the market's forecast of the month's figure too, RTT News and Reuters on
# Japan's trade; rule analysts_forecast)
# the rules that carry a period from the sentences before the figure (rule same_month_base reads their months)
_CARRIED_RULES = frozenset({"section_period", "monthly_head", "rolling_aside", "paragraph_period", "head_year", "month_of_total", "period_anaphor",
                            "paragraph_guess"})
# "compared to the same month of the previous year", "than in the same month last year", "on a monthly basis"
_same_month_base = EnglishCue("same_month_base", re.I)
_mean_near = EnglishCue("mean_over_years_near", re.I)
_mean_frame = EnglishCue("mean_over_years_frame", re.I)
_mean_rate_after = EnglishCue("mean_rate_after", re.I)
MEAN_REACH = 60  # characters before a figure its mean's words may start (mean_over_years)


def _mean_over_years(d: Doc, f: Figure, si: int) -> bool:
    """Whether the figure is a mean over years (rule mean_over_years): a mean's words shortly before it ("average annual",
    "annual average", "CAGR"), a sentence opened on "For the average period", a figure right followed by "yearly
    average", a rate right followed by "annually" (English rows only: read on English pages alone)."""
    s0 = d.c.sentences[si][0]
    text = d.text
    if _mean_near().search(text, max(s0, f.clean_start - MEAN_REACH), f.clean_start) or _mean_frame().match(text, s0):
        return True
    after = _mean_rate_after().match(text, f.clean_end)
    # ("annually" and the like, group 1, make a rate's mean only: "$500 billion annually" is a rate per year, rule per_year)
    return after is not None and (f.kind == "growth" or after.group(1) is None)
_analysts = EnglishCue("analysts", re.I)
# an expectation told in the past ("had forecast", "was expected"), or what would have been ("would have shown"): of
# the period in force, no goal for the whole year (rule past_expectation; vocab/ru/patterns.csv: "ожидалось")
_past_expectation = EnglishCue("past_expectation", re.I)
# the month before, as a page's comparison of its month (rule from_value_month)
_month_on_month = EnglishCue("month_on_month", re.I)


# a fiscal span written in a same-period base: "the same period of 2015/16"
_SPAN_WRITTEN = skip_compile(r"(?:19|20)\d\d\s*[-–/]\s*\d\d\b")


# a figure of the bracket's own: a percent (other languages' words, with their scale words: rows aside_figure of
# vocab/<lang>/patterns.csv)
_ASIDE_FIGURE = skip_compile(r"\d\s*%", re.I)


def _bracket_aside(text: str, t: TimeExpr, end: int) -> bool:
    """t stands inside brackets that close before end and hold a figure of their own."""
    if text.count(")", t.end, end) <= text.count("(", t.end, end):
        return False
    opened = text.rfind("(", 0, t.start)
    closed = text.find(")", t.end, end)
    return opened >= 0 and closed >= 0 and bool(cue("aside_figure", _ASIDE_FIGURE).search(text, opened, closed))


def period_via(d: Doc, f: Figure, si: int, basis: str | None) -> list[str]:
    """The rewriting rules behind a figure's period decision (records.VIA): those of the time expressions it read
    (d.period_via, left by figure_period), and of a time of the figure's window of its sentence a rule set aside as no
    period ("с 2019 года экспорт вырос", rule since_year_change), which the decision would have read. carried_doc_date
    only where the basis it set is the one decided: a later rule ("from_value", "base_value") may take another period."""
    via = d.period_via if basis == "doc_date" or CARRIED_DOC_DATE not in d.period_via \
        else [v for v in d.period_via if v != CARRIED_DOC_DATE]
    aside = d.set_aside(si, f.clean_start - WINDOW, f.clean_end + WINDOW)
    return via + [t.via for t in aside] if aside else via


def period_span(year: int | None, m1: int | None, m2: int | None) -> tuple[str | None, str | None]:
    """(period_start, period_end) as "YYYY-MM"."""
    if year is not None and m1 is not None:
        # m1 > m2: a fiscal year that began the calendar year before it ends
        ps, pe = f"{year - (m1 > m2):04d}-{m1:02d}", f"{year:04d}-{m2:02d}"
    else:
        ps = pe = None
    return ps, pe


# an amount of money written between a figure and a time expression
# ("Exports fell 1.1% yoy, missing forecasts for a 3% gain and reversing an 8.3% growth in September": a rate the
# figure is compared with, its month its own: rule compared_year_after)
# ("Exports of automobiles rose 10.5% in January following a 5.9% decline in December, while exports of ships rose
# 106.9%", "rose 8.1% in January ... following -2.1% in December": a signed rate after "following a", its month the
# prior rate's, not the later figure's (rule compared_rate_time))
_compared_amount_before = EnglishCue("compared_amount_before", re.I)
_clause_while = EnglishCue("period_choice_clause_while", re.I)
# ("As a result the euro area recorded a surplus of EUR 80.0 bln, compared with +EUR 78.0 bln in January-May 2017",
# balticcourse.com: a currency's code before the number, "bln", "mln", "trn" after it; rule compared_year_after)
_amount = EnglishCue("period_choice_amount", re.I)
_compared_between = EnglishCue("period_choice_compared_between", re.I)
# "Japan posted a trade deficit of JPY2.76 trillion, the first deficit in two months following December's JPY132.5
# billion surplus": a month owning the amount compared with dates that amount, not the figure (rule compared_possessive)
_owns_amount = EnglishCue("period_choice_owns_amount")
# a level's "from <amount> in" right after it: the time after that is the amount's (rule from_pair_time)
_from_pair_after = EnglishCue("period_choice_from_pair_after", re.I)
_PAIR_CLAUSE_END = skip_compile(r"[,;]|\.(?!\d)")
# "rose to €3.489 billion from €3.124 billion in February - an increase of 11%" (rte.ie, the CSO's March 2013 figures):
# the time right after the amount a change started from, read from before it (rule growth_after_from_pair)
_from_pair_before = EnglishCue("period_choice_from_pair_before", re.I)
_from_value_before = EnglishCue("from_value", re.I)
# "Exports to Afghanistan also experienced a modest increase, reaching $128.533 million from $127.157 million": the
# level reached written first, then the one the change started from (rule from_value); Russian rows of cue
# to_value_before: "сократилось на 76,8% по сравнению с январем-маем 2019 года – до $0,621 млрд с $2,669 млрд"
# ("the trade gap with India declined to $5.8 billion in the last fiscal year from $ 6.03 billion": the level's own
# time between them, rule from_value)
# ("the total volume of trade amounted to Sh2.894 trillion, rising from Sh2.287 trillion", the-star.co.ke: a currency
# written in letters, and the change's participle after a comma, rule from_value_participle)
_to_value_before = EnglishCue("to_value_before", re.I)
# ("increased from less than 100 billion yuan (about 14.08 billion U.S. dollars) to 1.98 trillion yuan": the amount
# restated in brackets between them)
# ("from USD 478.5 billion to USD 535 billion", Global Korean Post: a currency's ISO code before the level reached, rule
# from_value)
_to_value_after = EnglishCue("to_value", re.I)
# the level reached after the one a change from one month to the next started from (rule from_value_month with
# month_to_month; "from Ksh5.8 billion to Ksh5.1 billion", kenyacoast.co.ke: a currency in letters too, as
# _TO_VALUE_BEFORE reads it)
_to_level_after = EnglishCue("period_choice_to_level_after", re.I)


# "by 15.4 percent or ": an amount that restates a change rate (rule difference_or)
_difference_or = EnglishCue("period_choice_difference_or", re.I)
# " to $240.17 billion in ": the level a change came to, then a time (rule growth_to_amount)
# ("fell by 20 per cent or $35.26 billion in 2020": the change restated in money, then its time)
# "increased by 25.51 percent and stood at $31.760 billion in the fiscal year 2021-22": the level's verb after "and"
# (rule growth_to_amount)
# ("Total exports rose 4.6 percent to a record 53.1 billion Canadian dollars in May", Xinhua: a record level reached, rule
# growth_to_amount)
_to_amount = EnglishCue("period_choice_to_amount", re.I)
# "a year earlier, in May 2020": a base dated again after a comma (rule base_restated_date)
# "the 2018 figure": a year that labels the last figure (rule same_period_last_figure)
_year_label = EnglishCue("period_choice_year_label", re.I)
_restated_date = EnglishCue("period_choice_restated_date")
# "13.71% in the same period of 2022": a rate's own period (rule same_period_own)
# ("compared to the 23 percent growth in a similar period in 2022": the change's noun, then "in a")
_in_the = EnglishCue("period_choice_in_the", re.I)


# a rate set against another: "from 5.0%", "up from 5.6 per cent", "against 3.1%", "compared with 2%" (Russian "против 4%":
# the row rate_set_against of vocab/ru/patterns.csv; the gap to the base: rate_base_gap)
_rate_set_against = EnglishCue("rate_set_against", re.I)
# between the rate and its base: "5.0% the year before", "5.6 per cent in the previous year", "the 9.9% growth a year
# earlier"
_rate_base_gap = EnglishCue("rate_base_gap", re.I)


def _rate_of_base(d: Doc, f: Figure, all_times: list[TimeExpr]) -> TimeExpr | None:
    """The base a year back a growth rate set against another is written right before (rule rate_of_base), or None."""
    # (the base first, a walk of the window's few times; the words before the rate only then)
    base = next((t for t in all_times if t.base and t.rel == -1 and 0 <= t.start - f.clean_end <= 20
                 and t.kind == "relative" and t.year is None), None)
    if base is None or not cue("rate_base_gap", _rate_base_gap()).fullmatch(d.text, f.clean_end, base.start) \
            or not cue("rate_set_against", _rate_set_against()).search(d.text, max(0, f.clean_start - 30), f.clean_start):
        return None
    return base


def _own_same_period(d: Doc, f: Figure, times: list[TimeExpr]) -> TimeExpr | None:
    """The same period of a written year right after a rate, joined by "in" or "during", else None."""
    return next((t for t in times if t.same and t.year is not None and f.clean_end < t.start <= f.clean_end + 26
                 and _in_the().fullmatch(d.text, f.clean_end, t.start)), None)


def _respective_year(d: Doc, f: Figure, si: int) -> TimeExpr | None:
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


# "year-on-year from $1.729 billion", "quarter-on-quarter from", "m-o-m from": a change's base value, the months back
# by the comparison's word (rule on_period_from)
_on_from = EnglishCue("period_choice_on_from", re.I)
_ON_MONTHS = {"y": 12, "h": 6, "q": 3, "m": 1}
ON_FROM_REACH = 60   # "year on year to $7.39 billion from " and some
ON_FROM_WORD_REACH = 16   # the rows' last word and the longest qualifier they allow after it ("from almost ")


def _before_times(d: Doc, f: Figure, si: int):
    """(year, m1, m2, basis, rule) the rules read before the times of the figure's window, else None: a list closed by
    "respectively" gives each figure its own written year, and a "previous fiscal year" dates from the fiscal year the
    page opened, whatever the window holds."""
    t = _respective_year(d, f, si)
    if t is not None:
        read_time(d, t)
        return t.year, t.m1, t.m2, "explicit", "respectively"
    t = parallel_year(d, f, si)
    if t is not None:
        # "снизилась с 19,8% в 1990 г. до 14,1% в 1991 г. и 11,8% в 1992 г., в экспорте - с 15,3 до 11,0 и 9,5%
        # соответственно": a run closed by "respectively" naming no years takes those of the sentence's list of levels
        # each with its own year, in their order (rule parallel_years, facts/period_parallel.py); years read off the
        # other list, not written by the figure (basis context)
        read_time(d, t)
        return t.year, t.m1, t.m2, "context", "parallel_years"
    prev_fy = previous_fiscal_open(d, si, f.clean_start)
    if prev_fy is not None:
        # "the current Ethiopian fiscal year that started July 8, 2021 ... In the previous fiscal year,
        # Ethiopia has earned some $927 million": the fiscal year before the one the page dated
        return (*prev_fy, "context", "fiscal_anchor_previous")
    return None


def _window_times(d: Doc, f: Figure, si: int, skip: int | None) -> list[TimeExpr]:
    """The time expressions of the figure's window that may be its period, in text order: each filter is a named rule
    that sets aside (or rereads) a time that belongs to another amount or names no period."""
    # "year-on-year" names a comparison, never a period
    all_times = [t for t in d.times(si, f.clean_start - WINDOW, f.clean_end + WINDOW) if t.kind != "yoy"]
    # "увеличить взаимный товарооборот до 40 млрд долларов, сейчас этот показатель составляет 31,5 миллиард": a "now"
    # that opens the clause after a comma, with an amount of its own, is that amount's time, not the goal's before it
    # (rule now_next_clause; astanatv.kz)
    s_end = d.c.sentences[si][1]
    all_times = [t for t in all_times if not (t.kind == "now" and t.start >= f.clean_end
                                              and "," in d.text[f.clean_end:t.start]
                                              and _DIGIT.search(d.text, t.end, s_end))]
    # "Exports account for 12 percent of GDP ..., up from 3 percent in 1930s" (theatlantic.com): a decade with another
    # figure between it and this one is that figure's (rule decade_span)
    all_times = [t for t in all_times if not (t.via == DECADE_SPAN and _DIGIT.search(
        d.text, *((t.end, f.clean_start) if t.end <= f.clean_start else (f.clean_end, t.start))))]
    # "a slightly softer fall than April's 31.6% plunge": a month's possessive right before the figure names the
    # figure's own month, though "than" made it a base (rule possessive_own)
    all_times = [replace(t, base=False) if t.base and t.kind == "month" and t.end == f.clean_start
                 and d.text[t.start:t.end].rstrip().endswith(("'s", "’s")) else t for t in all_times]
    if f.kind == "money" and (pair := _from_pair_after().match(d.text, f.clean_end)) is not None:
        # "Canada's merchandise trade surplus with the world widened to $4.7 billion from $3.8 billion in October"
        # (investmentexecutive.com, November in force): the time right after the amount a change started from is that
        # amount's, not the level's reached before it (rule from_pair_time)
        # (and the times chained to it in its clause: "from $46.3 billion during the first quarter last fiscal")
        # (a base's time stays: "rose to $33.92 billion from $33.38 billion in August last year" dates the level
        # reached by it, rule after_base)
        dropped = [t for t in all_times if pair.end() <= t.start <= s_end and not (t.base or (t.rel or 0) < 0)
                   and not _PAIR_CLAUSE_END.search(d.text, pair.end(), t.start)]
        if dropped and not any(t.base or (t.rel or 0) < 0 for t in all_times if pair.end() <= t.start <= s_end):
            all_times = [t for t in all_times if t not in dropped]
    if f.kind == "growth" and skip is None:
        # "the trade surplus in March rose to €3.489 billion from €3.124 billion in February - an increase of 11%": a
        # rate after a from-to pair is the change of the level reached, in its time, not the time of the amount the
        # change started from (rule growth_after_from_pair)
        paired = [t for t in all_times if t.end <= f.clean_start and not t.base
                  and _from_pair_before().search(d.text, max(0, t.start - 40), t.start)]
        if paired and any(t.end <= paired[0].start and not t.base and t.year == paired[0].year and t.rel == paired[0].rel
                          for t in all_times):
            all_times = [t for t in all_times if t not in paired]
    return all_times


def _month_before_rules(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                        all_times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a figure that is of the month (or months) before the period its own sentence
    gives, read by deciding that period first without the earlier time (a call of _period with skip), else None. The
    rules of a "previous month" are asked only where the window holds one (most windows do not)."""
    prev_month = any(t.kind == "prev_month" for t in all_times)
    prev = previous_month_clause(d, f, all_times) if prev_month else None
    if prev is not None:
        # "..., and in the previous month it was also negative - $2.093 billion" (rule previous_month_clause)
        y, m1, m2, basis, _ = _period(d, st, f, si, pi, status, rep_iso, skip=prev.start)
        return month_before(y, m1, m2, basis, "previous_month_clause")
    if (on := _on_period_from(d, st, f, si, pi, status, rep_iso, all_times)) is not None:
        return on
    prev = prior_change_month(d, f, all_times) if prev_month else None
    if prev is not None:
        # "climbed 32% in January after a 5.6% gain the previous month" (rule prior_change_month)
        y, m1, m2, basis, _ = _period(d, st, f, si, pi, status, rep_iso, skip=prev.start)
        return month_before(y, m1, m2, basis, "prior_change_month")
    prev = prior_change_month(d, f, all_times, "prev_quarter") if any(t.kind == "prev_quarter" for t in all_times) else None
    if prev is not None:
        # "growing by 6.6 per cent y/y after contracting by 5.6 per cent y/y in the previous quarter" (tradearabia.com,
        # of the first quarter of 2015): an earlier change's quarter, the one before the sentence's (rule
        # prior_change_quarter)
        y, m1, m2, basis, _ = _period(d, st, f, si, pi, status, rep_iso, skip=prev.start)
        return quarter_before(y, m1, m2, basis, "prior_change_quarter")
    return None


def _on_period_from(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                    all_times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of the value a change named year on year (half, quarter, month on month) started
    from, with no time of its own (rule on_period_from), else None."""
    # (every match ends on the rows' one word, "from", and at most a qualifier word: the rows are searched only where
    # that word, read off them by vocab.pattern_word, stands in the last ON_FROM_WORD_REACH characters)
    rx = _on_from()
    word = pattern_word(rx)
    on = rx.search(d.text, max(0, f.clean_start - ON_FROM_REACH), f.clean_start) \
        if f.kind == "money" and current_language() == DEFAULT_LANGUAGE \
        and (word is None or d.text.find(word, max(0, f.clean_start - ON_FROM_WORD_REACH), f.clean_start) >= 0) \
        else None
    if on is not None and not adjacent_times(d, f, all_times):
        # "narrowing by 72.93 per cent year-on-year from $1.729 billion, 76.83 per cent half-on-half from $2.020
        # billion, and 50.87 per cent quarter-on-quarter from $952.74 million" of the first quarter of 2023: the value
        # a change named year on year (half on half, quarter on quarter, month on month) started from, with no time of
        # its own, is of the figure's months a year (half, quarter, month) before (rule on_period_from)
        y, m1, m2, basis, _ = _period(d, st, f, si, pi, status, rep_iso, skip=-1)
        # (the first group that took part: each row of the cue, "year on year from" and "year on year to $X from",
        # names its span in a group of its own)
        back = _ON_MONTHS[next(g for g in on.groups() if g).lower()[0]]
        if y is not None and m1 is None and back == 12:
            # "exports scaled up by 19.4 percent year on year to $7.39 billion from $6.19 billion" on a page that dates
            # the change by its year alone: the base is of the year before (rule on_period_from)
            return y - 1, None, None, basis, "on_period_from"
        if y is not None and m1 is not None and m2 is not None and (back == 12 or m2 - m1 + 1 <= back):
            a, b = y * 12 + m1 - 1 - back, y * 12 + m2 - 1 - back
            return b // 12, a % 12 + 1, b % 12 + 1, basis, "on_period_from"
    return None


def _against_bare_rules(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                        all_times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a bare value a level is set against, with no time of its own: the level's
    months a year before, read by deciding the level's period first (a call of _period with skip=-1); else None. (Each
    of the three rules reads a money figure: another kind is passed by at once.)"""
    if f.kind != "money" or against_absent(d, f, si):
        return None
    fiscal_bare = against_bare_base(d, f, si, all_times)
    if fiscal_bare or against_bare_value(d, f, si, all_times) or against_bare_level(d, f, si, all_times):
        # "the exports to Holland were recorded at US$ 1446.927 million against US$ 1499.671 million" after "During
        # July-June (2022-23)": the bare base is the level's fiscal months a year before (rule fiscal_against_base);
        # "olive oil (1,351.6 MD against 430.7 MD)" in the first quarter of 2018: on a calendar page too, the bare
        # value against which a level is set is of the level's months a year before (rule against_bare_base)
        y, m1, m2, basis, _ = _period(d, st, f, si, pi, status, rep_iso, skip=-1)
        if fiscal_bare and y is not None and fiscal_shaped(d, si, (y, m1, m2)):
            return y - 1, m1, m2, "context", "fiscal_against_base"
        if y is not None and m1 is not None and (against_bare_value(d, f, si, all_times)
                                              or against_bare_level(d, f, si, all_times)):
            # ("imports totalled US$ 48.6 bn, against US$ 46.25 bn, up by 5.1%", "compared with $75.67 billion"
            # after a level: no time of the base's own up to the end of its clause, rule against_bare_base)
            return y - 1, m1, m2, "context", "against_bare_base"
    return None


def _period(d: Doc, st: State, f: Figure, si: int, pi: int, status: str = "actual",
            rep_iso: str | None = None, skip: int | None = None):
    """(year, m1, m2, year_basis, rule) of a figure; m1 > m2 is a fiscal year across two years.

    The rules in their order: those read before the window's times (_before_times); the window's times, filtered
    (_window_times), none of them leaving only the rules that read no time (_period_no_time); a written year labelling
    the figure as a list item (year_label_before); a month or months before the period the sentence gives (_month_before_rules,
    _against_bare_rules); a base's value (_base_value); a same period opening the clause (_same_period_rules); the
    time joined to the figure or nearest in its clause (_clause_times, _chosen_time), read by its kind
    (_period_of_time); else no time at all (period_without_time). A call with `skip` (a time's start, or -1) decides
    the figure's own period without that base, for the rules that date a base from it: it runs none of the rules
    that need their own recursion."""
    if skip is None and (early := _before_times(d, f, si)) is not None:
        return early
    all_times = _window_times(d, f, si, skip)
    if status == "target" and skip is None and all_times:
        all_times = _goal_aside_times(d, f, si, all_times)
    if not all_times:
        return _period_no_time(d, st, f, si, pi, status, rep_iso, skip)
    if skip is None and (label := year_label_before(d, f, si, all_times)) is not None:
        return (*label, "explicit", "year_label_before")   # "доля импорта: 1992 год 37%, 1997 год (6 мес.) 76,5%"
    if skip is None and (before := _month_before_rules(d, st, f, si, pi, status, rep_iso, all_times)) is not None:
        return before
    if any(t.fiscal for t in all_times):
        all_times = [with_fiscal_year(d, t, si, rep_iso) for t in all_times]
    if skip is None and (when := when_clause_period(d, st, f, pi, all_times)) is not None:
        return when   # "по сравнению с маем, когда ... увеличился на 1,8%" (rule when_clause)
    if skip is None and (against := _against_bare_rules(d, st, f, si, pi, status, rep_iso, all_times)) is not None:
        return against
    if skip is not None:
        all_times = [t for t in all_times if t.start != skip]  # the figure's own period, without its base
    elif f.kind == "growth" and (own := _own_same_period(d, f, all_times)) is not None:
        # "much slower than the low-base growth of 13.71% in the same period of 2022": a rate written right before
        # "in the same period of <year>" is that period's own, in the months of the figure's sentence (rule
        # same_period_own)
        _, m1, m2, _, _ = _period(d, st, f, si, pi, status, rep_iso, skip=own.start)
        read_time(d, own)
        return own.year, m1, m2, "explicit", "same_period_own"
    elif f.kind == "growth" and (rb := _rate_of_base(d, f, all_times)) is not None:
        # "decelerated to 1.8% in 2023, from 5.0% the year before", "expanded by 5.7 per cent in 2018 up from 5.6 per
        # cent in the previous year": a rate the figure's is set against, written right before a base a year back, is
        # the rate of that year, in the figure's own months (rule rate_of_base)
        y, m1, m2, basis, _ = _period(d, st, f, si, pi, status, rep_iso, skip=rb.start)
        read_time(d, rb)
        return (None if y is None else y - 1), m1, m2, basis, "rate_of_base"
    elif f.kind != "growth" and any(t.same or t.base for t in all_times) \
            and not _difference_or().search(d.text, max(0, f.clean_start - 30), f.clean_start):
        # (rule difference_or: "a decrease of 15.4 percent or $42.1 billion over the same period last year": the
        # amount after "N percent or" is the change, of the figure's own period, never the base's value)
        # a growth rate is measured against its base, never the base's value
        # "$1.199 billion during the same month of 2022", "$28 billion a year earlier", "last year's
        # figure of $2.39 billion", "from 35.6% last year to": the base's value, in the figure's own months
        based = _base_value(d, st, f, si, pi, status, rep_iso, all_times)
        if based is not None:
            return based
    if skip is None and (own := _same_period_rules(d, st, f, pi, all_times)) is not None:
        return own
    all_times = _fiscal_parts_read(d, all_times)
    # "$80.6 million in 2023": an expression right after the figure is its period
    adjacent = adjacent_times(d, f, all_times)
    # "с 0,2 (1992 год) до 0,9% (1996 год)": a time alone in the bracket right after the figure (rule bracketed_time)
    bracketed = None if adjacent else bracketed_time(d, f, all_times)
    if bracketed is not None:
        adjacent = [bracketed]
    if adjacent and skip is None and (own := clause_year_before(d, f, adjacent[0], all_times)) is not None:
        # "in 2014 was amounted to $36 million, in 2018 it became $ 98 million" (rule clause_year_before)
        read_time(d, own)
        return own.year, own.m1, own.m2, "explicit", "clause_year_before"
    via_amount = _growth_to_amount(d, f, all_times) if not adjacent and f.kind == "growth" else None
    if via_amount is not None:
        adjacent = [via_amount]
    times, unfiltered = _clause_times(d, st, f, si, all_times, adjacent)
    explicit_rule = "growth_to_amount" if via_amount is not None else "bracketed_time" if bracketed is not None \
        else "explicit"
    if f.kind == "growth" and not adjacent:
        times, explicit_rule, decided = growth_times(d, st, f, times, unfiltered, status)
        if decided is not None:
            return decided
    if not times and status == "actual" and st.period is not None and st.period[0] is not None:
        # "Годом ранее розничный товарооборот сократился на 8,6%", "A year earlier, exports ...": a
        # sentence opened by "a year earlier" is of the year before the one in force, in its months;
        # opened by "the previous year" of the whole year before (cue year_before_open)
        opened = year_before_open(d, st, si, all_times)
        if opened is not None:
            return opened
    if not times and status == "actual":
        # only a base of comparison ("compared to last year [2022]"): the figure is the year after it
        # "since 2010" starts a span up to now: no clue to the year after it (rule since_base)
        after = after_base(d, st, f, all_times)
        if after is not None:
            return after
    if any(t.year is not None for t in times):
        # "in the past three years ... below the $18.6 billion recorded in 2018": a written year wins, unless the
        # span opens the figure's own clause (rule past_span_own_clause)
        if (own := _past_span_own_clause(d, f, times)) is not None:
            return own
        times = [t for t in times if t.kind != "past_span"]
    if times:
        t = _chosen_time(d, f, times, status)
        read_time(d, t)
        return _period_of_time(d, st, f, si, pi, status, rep_iso, skip, t, all_times, adjacent, explicit_rule)
    return _period_without_time(d, st, f, si, pi, status)


def _goal_aside_times(d: Doc, f: Figure, si: int, all_times: list[TimeExpr]) -> list[TimeExpr]:
    """A goal's window times without those inside a dash-set aside before the goal's figure: "The two countries agreed
    – at the time of Erdogan’s visit to Budapest in his capacity as head of state in 2013 – on increasing bilateral trade
    to USD five billion annually" (kormany.hu): the aside tells when the goal was set, not the year it is for (rule
    goal_aside_time, written after the rule that then decides: an undated aim)."""
    s0 = d.c.sentences[si][0]
    aside = [t for t in all_times if t.end <= f.clean_start and time_in_dash_aside(d.text, t.start, t.end, s0, f.clean_start)]
    if not aside:
        return all_times
    d.period_via.append("goal_aside_time")
    return [t for t in all_times if t not in aside]


def _period_no_time(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                    skip: int | None):
    """_period of a figure whose window holds no time expression (about a third of them, on data/raw): of its rules
    only two read no time of the window, the value a change "year-on-year from" started from (rule on_period_from) and
    a bare value set "against" a level (_against_bare_rules), and neither runs in a call with skip; every other rule
    passes such a figure by, so they are not asked: the period in force or the page's (period_without_time)."""
    if skip is None:
        if (on := _on_period_from(d, st, f, si, pi, status, rep_iso, [])) is not None:
            return on
        if (against := _against_bare_rules(d, st, f, si, pi, status, rep_iso, [])) is not None:
            return against
    return _period_without_time(d, st, f, si, pi, status)


def _period_without_time(d: Doc, st: State, f: Figure, si: int, pi: int, status: str):
    """period_without_time of a figure none of whose window's times is its own, the carried period's via kept."""
    out = period_without_time(d, st, f, si, pi, status)
    if st.period_kept and out[4] in _CARRIED_RULES:
        d.period_via.append(st.period_kept)   # the period carried went past a sentence restating its base (carry)
    return out


def _base_value(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                all_times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a figure that is the value of a base of comparison, in the base's time or the
    figure's own months moved by the base (read by deciding the figure's own period without the base, a call of
    _period with skip); None when the figure names no such base."""
    base = value_bases(d, f, all_times)
    if base and base[0].year is None and base[0].rel:
        # "the US$2.1bn trade surplus recorded a year earlier, in May 2020": the base dated again right after it
        # is the value's period (rule base_restated_date)
        dated = next((t for t in all_times if t.year is not None and t.m1 is not None
                      and _restated_date().fullmatch(d.text, base[0].end, t.start)), None)
        if dated is not None:
            read_time(d, dated)
            return dated.year, dated.m1, dated.m2, "explicit", "base_restated_date"
    if base and base[0].year is None and base[0].rel \
            and any(t.year is not None and not t.base for t in adjacent_times(d, f, all_times)):
        # "compared to the same period last year ($44.7 billion in January-September 2023)": the base's value
        # with its own written period right after it is of that period (rule explicit)
        base = []
    if base:
        b = read_time(d, base[0])
        if b.kind == "prev_month":
            # "dipped by 2 percent to $2.77 billion in March 2022, compared to $2.82 billion in the previous
            # month": the month before the figure's own (rule previous_month)
            y, m1, m2, basis, rule = _period(d, st, f, si, pi, status, rep_iso, skip=b.start)
            return month_before(y, m1, m2, basis, "previous_month")
        if b.kind == "prev_quarter":
            # "compared to the N7.4 trillion recorded in the preceding quarter" of Q3 2025: the quarter before the
            # figure's own (rule previous_quarter); a year alone if that period is no quarter
            y, m1, m2, basis, rule = _period(d, st, f, si, pi, status, rep_iso, skip=b.start)
            return quarter_before(y, m1, m2, basis, "previous_quarter")
        if b.kind in ("month", "month_range") and b.rel and not b.same:
            # "from $33.38 billion in August last year": a month of a year named from the page's date
            ref, basis = d.source_year(f.clean_start)
            if ref is not None:
                return ref + b.rel, b.m1, b.m2, basis, "base_value"
        y, m1, m2, basis, rule = _period(d, st, f, si, pi, status, rep_iso, skip=b.start)
        # "reaching around €8bn, compared to around €4 bn for the same period of last year" after "in 2022" on
        # a page of 17.12.2022: the figure's year was not over (relate's year_not_over), so the same period a
        # year before is as partial: its year, no months (rule same_period_not_over)
        not_over = b.same and year_not_over(d, y, m1, m2, rule, status)
        if b.year is not None and b.same and y is not None and m1 is not None and m1 <= m2 \
                and _SPAN_WRITTEN.search(d.text, b.start, b.end) \
                and (fy := fiscal_year(d.fiscal_country(si, rep_iso))) is not None:
            # "$4.3 billion recorded during the same period of 2015/16" after "the second quarter of the fiscal
            # year 2016/17" (Egypt, July-June): the figure's months in the base's fiscal year, October-December
            # 2015 (rule base_value)
            own_end = y + (m2 >= fy[0])
            return y - (own_end - b.year), m1, m2, "explicit", "base_value"
        label = _year_label().search(d.text, d.c.sentences[si][0], f.clean_start) \
            if b.year is not None and b.same and st.last_period is not None and st.last_period_si == si - 1 else None
        if label is not None and int(label.group(1)) == st.last_period[0] and st.last_period[1] is not None \
                and (st.last_period[1], st.last_period[2]) != (1, 12):
            # "... increased to US$351.2 million during the period January to October last year" then "Statin said
            # that the 2018 figure is up from the US$276.3 million recorded for the similar period in 2017"
            # (CMC): the year that labels the last figure names no whole year of its own; the similar period is
            # that figure's months (rule same_period_last_figure)
            return b.year, st.last_period[1], st.last_period[2], "explicit", "same_period_last_figure"
        if b.year is not None:
            if not_over and b.year < y:
                return b.year, None, None, "explicit", "same_period_not_over"
            if not b.same and (b.m1, b.m2) != (1, 12):
                m1, m2 = b.m1, b.m2   # "compared to ... Q4 2023 (N12.693 trillion)": the base's months
            return b.year, m1, m2, "explicit", "base_value"
        if y is not None and b.rel == 0 and b.kind in ("month", "month_range") and not b.same and m1 is not None:
            # "recording a USD 895.7 billion surplus in October, compared to the USD 895.3 billion surplus in
            # September": a month of the year in force is the base's own; one after the figure's, of the year before
            return y - (b.m2 > m2 and b.m1 <= b.m2 and m1 <= m2), b.m1, b.m2, basis, "base_value"
        if y is not None and b.rel and b.kind == "relative" \
                and any(t.target and t.year == y and t.start < b.start for t in all_times):
            # "a trade target of $100 billion by 2015 compared to last year's record figure of $74 billion": the
            # base's "last year" is the page's, not the year before the goal's deadline (rule base_value)
            ref, rbasis = d.source_year(f.clean_start)
            if ref is not None:
                return ref + b.rel, 1, 12, rbasis, "base_value"
        if not_over and (b.rel or 0) < 0:
            return y + b.rel, None, None, basis, "same_period_not_over"
        if y is not None:
            return y + b.rel, m1, m2, basis, "base_value"
        return y, m1, m2, basis, rule
    return None


def _same_period_rules(d: Doc, st: State, f: Figure, pi: int, all_times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a figure whose clause a same period of a year before opens (its months those
    in force, or restated in brackets), else None. (Each rule reads a same period of the window: a window with none is
    passed by at once.)"""
    if not any(t.same for t in all_times):
        return None
    if current_language() != DEFAULT_LANGUAGE:
        own = same_period_of_year(d, st, f, all_times)
        if own is not None:
            return own
    if (own := same_period_gloss_clause(d, f, all_times)) is not None:
        return own
    if (own := same_period_clause(d, st, f, pi, all_times)) is not None:
        return own
    return None


def _fiscal_parts_read(d: Doc, all_times: list[TimeExpr]) -> list[TimeExpr]:
    """The times with a part of a fiscal year ("the first four months of ... fiscal year") folded into that fiscal
    year's expression, so that the part is read with its fiscal year."""
    # "the first four months of Ethiopian current fiscal year": the part is read with its fiscal year
    # (the fiscal year's own branch, _FISCAL_PART), not as months of the calendar year
    parts_of_fiscal = {a.start: a.base for a, b in zip(all_times, all_times[1:]) if b.fiscal == "relative"
                       and a.kind in ("months", "half", "quarter", "quarters") and OF_BEFORE_FISCAL.fullmatch(d.text, a.end, b.start)}
    if parts_of_fiscal:
        # ("dipped to $40.06 billion from $46.3 billion during the first quarter last fiscal": a part that is a base
        # makes its fiscal year a base)
        # (from where the part starts, so that the value right before it is the base's)
        based = {b.start: a.start for a, b in zip(all_times, all_times[1:]) if parts_of_fiscal.get(a.start)}
        all_times = [replace(t, base=True, start=based[t.start]) if t.start in based else t
                     for t in all_times if t.start not in parts_of_fiscal]
    return all_times


def _growth_to_amount(d: Doc, f: Figure, all_times: list[TimeExpr]) -> TimeExpr | None:
    """The time of the level a change rate came to, right after the rate (rule growth_to_amount), else None."""
    # "and came down 9.33 per cent to $240.17 billion in FY24": the time of the level a change came to is
    # the change's, before any time further back in the sentence ("narrowed 17.74 per cent in March")
    # (rule growth_to_amount)
    return next((t for t in all_times if not t.base and f.clean_end < t.start <= f.clean_end + 80
                 and _to_amount().fullmatch(d.text, f.clean_end, t.start)), None)


def _clause_times(d: Doc, st: State, f: Figure, si: int, all_times: list[TimeExpr], adjacent: list[TimeExpr]):
    """(times, unfiltered): the times that may be the figure's own, the one joined to it or those of its clause
    (each filter a named rule setting aside another clause's or amount's time), and the same before the filters
    that only apply to a figure with no time joined to it."""
    # "21% over the previous year", "up 13.8 percent over the same period in 2019": a growth's base
    # an expression after the figure behind "(" or ";" belongs to another clause
    times = adjacent[:1] or [t for t in all_times if not t.base and not (
        t.start >= f.clean_end and clause_break(d.text, f.clean_end, t.start))]
    if not adjacent and any(t.start >= f.clean_end for t in times):
        # "climbed by 47.70%, while in Q3 2022, they increased by 33.33%": a time opening a later contrasting clause
        # with a figure of its own is that figure's (rule later_clause_time, facts/period_later_clause.py)
        s_end = d.c.sentences[si][1]
        kept = [t for t in times if not (t.start >= f.clean_end
                                          and later_clause_time(d.text, d.low, f.clean_end, t.start, t.end, s_end))]
        if len(kept) < len(times):
            d.period_via.append("later_clause_time")
        times = kept
    if times and times[0].end <= f.clean_start:
        # "While ... UAE exports of $24 billion in 2019 ..., the Israeli government sees trade with the UAE rising to $1
        # billion by year-end": a time in an opening concessive clause is its own figure's (rule concessive_clause_scope)
        s0 = d.c.sentences[si][0]
        cut = opening_clause_end(d.text, s0, f.clean_start)
        if cut > s0:
            kept = [t for t in times if t.start >= cut]
            if not kept and names_period_again(d.text, cut, d.c.sentences[si][1]):
                # "While Turkey's automotive exports saw a 41.1 percent year-on-year increase in July, the country's
                # exports to Germany ... soared 28 percent in the mentioned period" (maltanewsagency): a main clause
                # that names a period again and none of its own takes the opening clause's (rule concessive_anaphor)
                d.period_via.append("concessive_anaphor")
                kept = times
            if len(kept) < len(times):
                # (the clause's end set times aside: the decision names the rule, records.VIA)
                d.period_via.append("concessive_clause_scope")
            times = kept
    if any(t.start >= f.clean_end for t in times):
        # "the 27 percent growth for the whole of 2007; and the 28.5 percent growth in the first seven months
        # of 2007": a time behind a ';' or ', but' before the figure is the other clause's
        times = [t for t in times if not (t.end <= f.clean_start and cue("clause_before", CLAUSE_BEFORE).search(d.text, t.end, f.clean_start))]
    if not adjacent and len(times) > 1 and current_language() != DEFAULT_LANGUAGE:
        # "сократилось ... (за семь месяцев снизилось на 14,9%), со странами СНГ увеличилось на 3,7%": a time inside
        # brackets closed before the figure, with a figure of their own, is the aside's, not the figure's ("(начался
        # 20 марта 2021 года)" dates the figure; Russian pages only: on English pages it cost the external held-out rows)
        outside = [t for t in times if not (t.end <= f.clean_start and _bracket_aside(d.text, t, f.clean_start))]
        if outside:
            times = outside
    # "stagnated around USD 70 billion for several years despite the leaders ... setting USD 100 billion as target for
    # 2015" (smestreet.in): a run of years right after another amount is that amount's, not the later figure's (rule
    # span_of_amount_before)
    times = [t for t in times if not (t.kind == "span" and t.end <= f.clean_start
                                      and _amount().search(d.text, max(0, t.start - 12), t.start))]
    if any(t.start >= f.clean_end for t in times) and any(t.end <= f.clean_start for t in times):
        times = _bracket_figure_scope(d, f, si, times)
    unfiltered = times
    if not adjacent:
        # "with trade registering a growth of 5.3% (compared to 22.9% in 2022), from $9.38 billion to $9.88
        # billion": a year inside a bracketed comparison before the figure is the compared figure's (rule
        # comparison_aside)
        # (a figure inside those brackets after the year keeps it: "(в январе-октябре 2012 года данный показатель
        # составлял 31%)" is the 31%'s own period)
        times = [t for t in times if not (t.end <= f.clean_start and ")" in d.text[t.end:f.clean_start]
                                          and comparison_aside(d.text, t))]
        # '"In 2010, two-way trade was worth NZ$10 billion ...," Key said in a statement, adding New Zealand was
        # exporting more than NZ$11 billion ... a year': a year inside a quotation closed before the figure dates the
        # speaker's words, not the writer's clause after them (rule quote_closed)
        times = [t for t in times if not (t.end <= f.clean_start and _quote_closed().search(d.text, t.end, f.clean_start))]
        # 'Reiterating that Turkey and the Netherlands celebrated the 400th anniversary of their diplomatic relations in
        # 2012, Erdogan said, "Current trade volume between Turkey and the Netherlands is $7 billion."' (dunya.com.pk):
        # a year before the speaker's verb dates the writer's clause, not the words quoted after it (rule quote_opened)
        kept = [t for t in times if not (t.end <= f.clean_start and _quote_opened().search(d.text, t.end, f.clean_start))]
        if len(kept) < len(times):
            d.period_via.append("quote_opened")   # (the decision names the rule, records.VIA)
        times = kept
        # "the total value of exports amounted to 3,637.5 million euros in August in comparison with 4,816.8 million euros
        # in August 2022, recording a drop of 24.5%": the time of an amount compared with, before the figure, is that
        # amount's (rule compared_amount_time)
        times = [t for t in times if not (t.end <= f.clean_start and not t.base
                                          and _compared_amount_before().search(d.text, max(0, t.start - 70), t.start))] or (
            # ("total imports stood at N5.93 trillion, 10.1% increase compared to N5.38 trillion recorded in Q3 2020, while
            # total export rose by 6.72% from N2.99 trillion to N3.19 trillion" after the fourth quarter of 2020: the
            # period in force, not the compared amount's, rule compared_amount_time)
            [] if times and st.period is not None and st.period[0] is not None and _clause_while().search(d.text, times[-1].end, f.clean_start)
            else times)
        # "Both imports ($3.03 billion) and exports ($1.37 billion) witnessed a decrease, falling short of
        # the planned target of $5 billion by 2020": a deadline behind another amount is that goal's (rule
        # goal_year_after); "widened 8% to $383bn, the biggest on record after the $419.4bn shortfall in
        # 2018": so is the year of an amount the figure is compared with (rule compared_year_after)
        # "while imports increased to $536.8bn, just under the record set in 2018": the year of a record the
        # figure is compared with (rule record_year_after)
        times = [t for t in times if not (t.start >= f.clean_end and (
            (_amount().search(d.text, f.clean_end, t.start)
             and (t.target or _compared_between().search(d.text, f.clean_end, t.start)))
            or (_compared_between().search(d.text, f.clean_end, t.start) and _owns_amount().match(d.text, t.start))
            or (record_year(d.text, t, d.low) or -1) >= f.clean_end))]
    return times, unfiltered


def _bracket_figure_scope(d: Doc, f: Figure, si: int, times: list[TimeExpr]) -> list[TimeExpr]:
    """A figure inside brackets that open after a time of its sentence: the times after the bracket closes belong to
    the clause that goes on outside ("Максимальное падение ВВП было отмечено в 1995 г. (41,9% от уровня 1990 года), с
    1996 г. началось постепенное восстановление": 1995's, not 1996's; rule bracket_figure_scope)."""
    text = d.text
    s0, s1 = d.c.sentences[si]
    opened = text.rfind("(", s0, f.clean_start)
    if opened < 0 or text.find(")", opened, f.clean_start) >= 0:
        return times
    closed = text.find(")", f.clean_end, s1)
    if closed < 0 or not any(t.end <= opened for t in times):
        return times
    kept = [t for t in times if t.start < closed]
    if len(kept) < len(times):
        d.period_via.append("bracket_figure_scope")
    return kept


def _past_span_own_clause(d: Doc, f: Figure, times: list[TimeExpr]):
    """(year, m1, m2, basis, rule) of a figure whose own clause a past span opens after every written year of
    its sentence, another amount between them (rule past_span_own_clause), else None."""
    # "in the past three years ... below the $18.6 billion recorded in 2018": a written year wins
    # ... unless the span comes after every written year, before the figure, with another amount between
    # them: "in the period from 1992 to 2014, the annual trade turnover ... averaged as little as $1.2 million,
    # and over the past three years, this figure has increased to $9.6 million" (news.az): the written years
    # date the other amount's clause, the span the figure's own (rule past_span_own_clause)
    own_span = next((t for t in times if t.kind == "past_span" and t.end <= f.clean_start
                     and all(u.end <= t.start for u in times if u.year is not None)
                     and _amount().search(d.text, max(u.end for u in times if u.year is not None), t.start)
                     and not _DIGIT.search(d.text, t.end, f.clean_start)), None)
    if own_span is not None:
        ref, basis = d.source_year(f.clean_start)
        if ref is not None:
            return ref - 1, 1, 12, basis, "past_span_own_clause"
    return None


def _chosen_time(d: Doc, f: Figure, times: list[TimeExpr], status: str) -> TimeExpr:
    """The time of the figure's clause nearest to it (one after it costs more, a target's less), or the part of
    "this year" the sentence names (rule part_of_this_year)."""
    def cost(t):
        c = (f.clean_start - t.end) if t.end <= f.clean_start else (t.start - f.clean_end) * 4 + 60
        return c * 0.3 if t.target else c
    t = min(times, key=cost)
    if t.kind == "relative" and t.rel == 0 and t.year is None and not t.fiscal and t.bracket_year is None \
            and status == "actual":
        # "Bilateral trade registered robust growth this year, with trade volume rising 40.5 percent
        # year-on-year to $139.1 billion in the first seven months": the part of the year the sentence
        # names, of "this year" (rule part_of_this_year, dated as a relative part)
        part = next((p for p in times if p.year is None and p.rel is None and not p.fiscal and not p.target
                     and p.kind in ("months", "month_range", "half", "quarter", "quarters") and p.m1 <= p.m2 < 12
                     and (p.kind != "months" or "first" in d.text[p.start:p.end].lower())), None)
        if part is not None:
            t = replace(part, rel=0)
    return t


# the amount a year dates: a number, up to two words of its unit and a short preposition right before the year
# ("до 1,3 миллиарда долларов в 2011-м", "reaching $722 billion in 2022"), not "USD 100 billion as target for 2015"
_AMOUNT_RIGHT_BEFORE = skip_compile(r"\d[\d\s.,]*(?:\S+\s+){0,2}\w{1,2}\s+$")
AMOUNT_BEFORE_REACH = 40


# the level a change over a span came to, read back from it ("с 12,1% до ": rule span_to_now; cue span_to_level, Russian
# rows only: an English page's "over the past five years" is read by past_span before)
SPAN_TO_REACH = 80


def _span_end_year(text: str, times: list[TimeExpr], span: TimeExpr) -> int | None:
    """The last written year, no base of comparison, that dates an amount told after a span ("over the past decade"),
    else None."""
    years = [x.year for x in times if x.year is not None and x.start >= span.end and not x.base
             and _AMOUNT_RIGHT_BEFORE.search(text, max(span.end, x.start - AMOUNT_BEFORE_REACH), x.start)]
    return max(years) if years else None


def _period_of_time(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                    skip: int | None, t: TimeExpr, all_times: list[TimeExpr], adjacent: list[TimeExpr], explicit_rule: str):
    """(year, m1, m2, basis, rule) of a figure from the time chosen as its own, by the time's kind: counted back from
    the page, written with its year, dated by a bracket, after an earlier time, a month with no year, a time the text
    speaks from, else a relative or fiscal year (relative_period)."""
    m1, m2 = t.m1, t.m2
    if t.kind == "year_to_date":
        return year_to_date(d, st, f, si, t)
    if t.kind == "last_months":
        counted = last_months(d, st, f, t, status)
        if counted is not None:
            return counted
        # (an undated page, or a goal's "over the last three months" of a year: read as before, the first months of
        # the year in force)
        t = replace(t, kind="months")
    if t.kind == "last_month":
        return last_month(d, st, f, status)
    if t.year is not None:
        return _written_year(d, st, f, si, pi, status, rep_iso, skip, t, adjacent, explicit_rule, m1, m2)
    if t.bracket_year is not None:
        return t.bracket_year + 0, m1, m2, "context", "editorial_bracket"
    # relative: a bracket elsewhere in the sentence ("last year [2022]") dates it
    bracket = next((x for x in d.times(si, f.clean_start - WINDOW, f.clean_end + WINDOW) if x.kind == "bracket"), None)
    if bracket is not None:
        return bracket.year, m1, m2, "context", "editorial_bracket"
    if t.kind == "following_year":
        return following_year(d, st, pi, t, all_times)
    if t.kind == "following_month":
        return following_month(d, st, f, si, pi, t)
    started = fiscal_started(d.text, t)
    if started is not None:
        # "in the first month of the new Ethiopian fiscal year which began on July 8, 2021": the fiscal
        # year its start names (rule fiscal_started)
        (y, a, b), _ = started
        return y, a, b, "explicit", "fiscal_started"
    if t.kind == "month" and not t.rel and (month := month_without_year(d, st, f, si, pi, status, t, all_times,
                                                                         explicit_rule, m1, m2)) is not None:
        return month
    if t.kind in ("decade_end", "now"):
        return speaking_time(d, st, f, t, status)
    if t.kind == "span" and t.via == DECADE_SPAN:
        # "imports maintained levels of around US$20 billion during the late 1980s before starting to climb again in
        # 1990 to 1992": a decade or a part of it runs to no later year of its sentence; no one year (rule decade_span)
        return None, None, None, None, "span"
    if t.kind == "span":
        end = _span_end_year(d.text, all_times, t)
        if end is not None:
            # "товарооборот ... увеличился за последние 5 лет более чем в 200 раз - с 6 миллионов долларов в 2006 году
            # до 1,3 миллиарда долларов в 2011-м" (rin.ru), "Over the past decade, ASEAN's trade in goods with China more
            # than doubled, reaching $722 billion in 2022" (asiasociety.org): the span runs to the last year its
            # sentence gives an amount after it, the figure's year; no one period (rule span_end_year)
            return end, None, None, "explicit", "span_end_year"
        if f.kind in ("money", "share") and f.clean_start > t.end \
                and cue("span_to_level", NEVER).search(d.text, max(t.end, f.clean_start - SPAN_TO_REACH),
                                                            f.clean_start):
            ref, basis = d.source_year(f.clean_start)
            if ref is not None:
                # "За последние пять лет доля золота в экспорте республики выросла с 12,1% до 31,8%" (fergana.news): the
                # level a change over a span up to now came to is of the time the page speaks from, no months; the
                # level it started from keeps no year (rule span_to_now)
                return ref, None, None, basis, "span_to_now"
        return None, None, None, None, "span"  # "за последние пять лет вырос на 42%": no one year
    if t.kind == "the_year" and st.period is not None and st.period[0] is not None:
        # "Ожидается, что за полный год поставки могут достичь $3,12 млрд": the year in force, whole
        return st.period[0], 1, 12, "context", "the_year"
    if st.period_para == pi and closing_part_year(t, st.period) is not None:
        # "Товарооборот России в 2022 г. составил 850,5 млрд долл. ... Импорт составил 259,1 млрд долл.
        # (-11,7% за год, а по итогам второго полугодия -8,0%)": the closing part of a year, with no year
        # of its own, in a paragraph at a year that ran to December, is of that year (rule closing_part)
        return st.period[0], m1, m2, "context", "closing_part"
    if status == "target" and t.kind == "month_range" and t.rel == 0 and m1 is not None and m2 is not None \
            and m1 == m2 % 12 + 1 != 1 and d.pub_month is not None and d.pub_month > m2:
        ref, basis = d.source_year(f.clean_start)
        if ref is not None and basis == "doc_date":
            # "he estimated that shipments could reach well beyond $10 billion in the year to March" (presstv.ir,
            # September 2024): a goal's rolling year to a month the page's year has passed ends in the next
            # one, April 2024 to March 2025 (rule rolling_year_ahead)
            return ref + 1, m1, m2, basis, "rolling_year_ahead"
    return relative_period(d, st, f, si, pi, rep_iso, t, all_times, m1, m2)


def _written_year(d: Doc, st: State, f: Figure, si: int, pi: int, status: str, rep_iso: str | None,
                  skip: int | None, t: TimeExpr, adjacent: list[TimeExpr], explicit_rule: str, m1: int | None,
                  m2: int | None):
    """The period of a time with a written year: a span of a fiscal year, a run of years, a base's same part, else
    the year with the time's months (the rule named explicit_rule, or local_calendar)."""
    if t.year is not None and t.fiscal in ("span", "first_months") and (m1, m2) == (1, 12):
        # "2018/19" of a country with no fiscal year in the vocabulary: a year, but not a calendar one
        return t.year, None, None, "explicit", "fiscal_span" if explicit_rule == "explicit" else explicit_rule
    if t.year is not None and f.kind == "growth" and t.kind == "year" and run_start(d, si, t.year, t.start):
        # "в 2022—2024 годах ... товарооборот сократился более чем в 1,7 раза": a change over a run of
        # years ends in its last one, but is no one year's (rule run_of_years)
        return t.year, None, None, "explicit", "run_of_years"
    if t.year is not None and f.kind == "growth" and t.kind == "year" \
            and (run := run_start(d, si, t.year, t.start, words=True)) is not None and run < t.year - 1:
        # "Exports to China increased by nearly 100 percent from 2008 to 2012" (cphpost.dk), "From 2017 to 2022,
        # ASEAN's imports from China rose by 70%" (asiasociety.org): a change over a run of years told in words
        # ends in its last year, no one year's; two years in a row ("increased by 46% from 2021 to 2022") are a
        # year's change (rule run_of_years_words)
        return t.year, None, None, "explicit", "run_of_years_words"
    if t.year is not None and f.kind == "money" and t.kind == "year" \
            and run_total(d, si, f, t, run_start(d, si, t.year, t.start, words=True)):
        # "Всего в период с 2008 года по 2022 года ... реализовано 604 проектов на сумму 3,2 млрд долларов"
        # (old.miit.uz): an amount after a run of years told in words, no change between, is the run's total, no one
        # year's (rule run_of_years_total, facts/period_run_total.py)
        return t.year, None, None, "explicit", "run_of_years_total"
    if t.year is not None and f.kind == "growth" and t.kind == "year" \
            and _ANNUALISED().search(d.text, max(d.c.sentences[si][0], f.clean_start - ANNUALISED_REACH), f.clean_start) \
            and any(x.year is not None and x.year < t.year for x in d.times(si)):
        # "Over the past five years, the exports of T&T to the United States have increased at an annualised rate of
        # 7.13 per cent, from US$3.48 billion in 2017 to US$4.91 billion in 2022" (guardian.co.tt): a rate averaged over
        # a run of years ends in its last year, no one year's change (rule annualised_rate; row growth_annualised_before)
        return t.year, None, None, "explicit", "annualised_rate"
    if t.year is not None and t.base and t.kind == "year" and (m1, m2) == (1, 12) and skip is None \
            and f.kind == "money" and adjacent and t is adjacent[0]:
        # "the deficit declined to Ksh379.2 billion during the quarter, down from Ksh433.8 billion in 2022": the
        # value a change of a part of a year started from is the same part of the base's year, not its whole
        # year (rule base_same_part)
        y, a, b, _, _ = _period(d, st, f, si, pi, status, rep_iso, skip=t.start)
        if y is not None and a is not None and b is not None and a <= b and (a, b) != (1, 12) and y > t.year:
            return t.year, a, b, "explicit", "base_same_part"
    if t.year is not None:
        # "in the fiscal year 2079/80" (Nepal): the year of the country's own calendar (rule local_calendar)
        return t.year, m1, m2, "explicit", "local_calendar" if t.local and explicit_rule == "explicit" else explicit_rule


# the year rules of a headline figure that names no period of its own

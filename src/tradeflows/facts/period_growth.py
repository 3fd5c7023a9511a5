"""The period of a change rate: its own time, not its base's, and a change told as an earlier one.

A growth rate is measured against a base whose value may be dated in the same sentence ("from
$4.981 billion in July 2022", "compared to the N52.4 trillion recorded in 2022"); that date is the
base's, not the change's (rules growth_not_base, growth_after_base_value). A change in the clause
of an earlier one ("after a 5.6% gain the previous month") is of the month before the sentence's
(rule prior_change_month).
"""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.facts.period_adjacent import PRIOR_OPENER
from tradeflows.facts.period_bases import base_value_period
from tradeflows.facts.periods import TimeExpr
from tradeflows.records import Figure
from tradeflows.vocab.patterns import NEVER, cue
from tradeflows.vocab.skip import skip_compile

# a figure in the clause of an earlier change ("after a 5.6% gain", "following a revised 3.2% rise",
# "after rising 5.6%") and the words between it and "the previous month" ("gain", "rise in")
_PRIOR_FIGURE = skip_compile(rf"\b{PRIOR_OPENER}(?:about\s+|almost\s+|nearly\s+)?$", re.I)
# ("after contracting by 5.6 per cent y/y in the previous quarter": "y/y" a word between too, rule prior_change_quarter)
_PRIOR_MONTH_GAP = skip_compile(r"\s+(?:[a-z/-]+\s+){0,2}?(?:in\s+|during\s+)?", re.I)


def month_before(y: int | None, m1: int | None, m2: int | None, basis, rule: str):
    """The month before a single month (December of the year before January); a year alone if the
    period is not one month."""
    if y is None or m1 is None or m1 != m2:
        return y, None, None, basis, rule
    return (y - 1, 12, 12, basis, rule) if m1 == 1 else (y, m1 - 1, m1 - 1, basis, rule)


def quarter_before(y: int | None, m1: int | None, m2: int | None, basis, rule: str):
    """The quarter before a quarter (October-December of the year before January-March); a year alone if the period is
    no quarter."""
    if y is None or m1 is None or m2 is None or m2 - m1 != 2:
        return y, None, None, basis, rule
    return (y - 1, 10, 12, basis, rule) if m1 == 1 else (y, m1 - 3, m2 - 3, basis, rule)


def prior_change_month(d: Doc, f: Figure, all_times: list[TimeExpr], kind: str = "prev_month") -> TimeExpr | None:
    """The "previous month" (kind prev_quarter: "previous quarter") right after a figure in the clause of an earlier
    change, or None."""
    if not _PRIOR_FIGURE.search(d.text, max(0, f.clean_start - 40), f.clean_start):
        return None
    return next((t for t in all_times if t.kind == kind
                 and _PRIOR_MONTH_GAP.fullmatch(d.text, f.clean_end, t.start)), None)


# "..., and in the previous month it was also negative - $2.093 billion": "the previous month" opening the clause
# of the figure (rule previous_month_clause)
_PREVIOUS_MONTH_OPEN = skip_compile(r"(?:^|[,;]\s*|\b(?:and|while|but|whereas)\s+)(?:in|during|for)\s+$", re.I)
_CLAUSE_END = skip_compile(r"[;()]|\.(?!\d)")


def previous_month_clause(d: Doc, f: Figure, all_times: list[TimeExpr]) -> TimeExpr | None:
    """ "The seasonally adjusted foreign trade balance in May 2023 was negative and amounted to $2.267 billion, and in
    the previous month it was also negative - $2.093 billion": a figure in a clause opened by "in the previous month"
    is of the month before the one in force (rule previous_month_clause); the expression, or None."""
    t = next((t for t in reversed(all_times) if t.end <= f.clean_start), None)
    if t is None or t.kind != "prev_month" or f.clean_start - t.end > 80 \
            or _CLAUSE_END.search(d.text, t.end, f.clean_start):
        return None
    return t if _PREVIOUS_MONTH_OPEN.search(d.text, max(0, t.start - 24), t.start) else None


# "The UAE imported 337.6 billion dirhams ($92 billion) worth of goods in H1 2015, and 340.6 billion dirhams ($92.7
# billion) in H1 2014, a decline of less than 1%" (poandpo.com): a change told after a comma, once two levels of the
# same months of two years are written, is the change between them, of the later year (rule change_of_two_levels)
_TRAILING_CHANGE = skip_compile(r",\s+(?:an?\s+(?:[a-z-]+\s+)?(?:decline|decrease|drop|fall|increase|rise|growth|gain|jump)\s+of\s+"
                                r"|(?:up|down)\s+)(?:less\s+than\s+|more\s+than\s+|about\s+|almost\s+|nearly\s+|over\s+)?$", re.I)


def _change_of_two_levels(d: Doc, f: Figure, times: list[TimeExpr]) -> TimeExpr | None:
    """The later of two written times of the same months, each after a level, before a change told after a comma."""
    dated = [t for t in times if t.end <= f.clean_start and t.year is not None and not (t.base or t.target)]
    if len(dated) != 2 or dated[0].year == dated[1].year or (dated[0].m1, dated[0].m2) != (dated[1].m1, dated[1].m2) \
            or not _TRAILING_CHANGE.search(d.text, max(0, f.clean_start - 40), f.clean_start):
        return None
    return max(dated, key=lambda t: t.year)


def growth_times(d: Doc, st: State, f: Figure, times: list[TimeExpr], unfiltered: list[TimeExpr], status: str):
    """(times, explicit rule, period or None) of a growth figure with no time joined to it: its own
    dated times without those dating its base's value, or the period decided outright."""
    later = _change_of_two_levels(d, f, times)
    if later is not None:
        return [later], "change_of_two_levels", None
    # "decreased to $3.664 billion in July 2023 from $4.981 billion in July 2022, showing negative
    # growth of 26.44 per cent": the period of the base's value is not the change's (rule growth_not_base)
    # ("The merchandise exports in October were ..., as compared to ... in October 2019, exhibiting a negative
    # growth of -5.12 percent": a month of the year in force is the change's own too)
    # "в июне поставки составили 70,23 млрд юаней (за июнь 2023 года было 66,80 млрд юаней, рост на 5,1% год к году)": a
    # year followed by what the flow was then is the base's value, not the change's period, when another time is
    # left (rule growth_not_base; cue base_value_after, Russian rows only)
    was = [t for t in unfiltered if t.year is not None and cue("base_value_after", NEVER).match(d.text, t.end)]
    rest = [t for t in times if t not in was]
    if was and rest and len(rest) < len(times):
        return rest, "growth_not_base", None
    own = [t for t in times if (t.year is not None or (t.kind == "month" and t.rel == 0)
                                or (t.kind in ("month_range", "months", "half", "quarter") and t.rel is None))
           and not base_value_period(d.text, t)]
    based = [t for t in unfiltered if t.year is not None and base_value_period(d.text, t)]
    if own and based:
        return own, "growth_not_base", None
    if based and all(t in based for t in times) and status == "actual":
        # "The figure represents a 24.9 per cent increase compared to the N52.4 trillion recorded in 2022":
        # a change whose only dated time dates its base's value is of a later period: the one in force
        # when later, else the year after the base (rule growth_after_base_value)
        b = based[0]
        # ("total imports stood at N5.93 trillion, 10.1% increase compared to N5.38 trillion recorded in Q3 2020"
        # with the fourth quarter of 2020 in force: a later part of the base's own year is later too)
        if st.period is not None and st.period[0] is not None and (st.period[0] > b.year or (
                st.period[0] == b.year and None not in (st.period[1], b.m2) and st.period[1] <= st.period[2]
                and st.period[1] > b.m2)):
            return times, "explicit", (st.period[0], st.period[1], st.period[2], "context", "growth_after_base_value")
        return times, "explicit", (b.year + 1, b.m1, b.m2, "context", "growth_after_base_value")
    return times, "explicit", None

"""A figure's period known from a base of comparison: the base whose value the figure is, a
sentence opened by "a year earlier", or the year after the only base written."""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, State
from tradeflows.facts.fiscal import span_begins
from tradeflows.facts.period_adjacent import ADJACENT_REACH, BRACKET_AFTER, FROM_TO_LEVEL, adjacent_gap, figure_tail
from tradeflows.facts.periods import TimeExpr
from tradeflows.records import Figure
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language
from tradeflows.vocab.patterns import EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

_SINCE = skip_compile(r"\bsince\s+$", re.I)
from tradeflows.facts.periods_bases import RECORDS_BEGAN  # noqa: E402
# "increased by 5.4% compared to 2022 – up to 9.9 billion dollars": the level risen to, not the base's value
_UP_TO = skip_compile(r"up\s+to\b", re.I)
_OF_YEAR_AFTER = skip_compile(r"\s+of\s+(?:the\s+)?(?:19|20)\d\d")
_FROM_SAME_GAP = skip_compile(r"\s+from\s+(?:the\s+)?", re.I)
_FROM_LEVEL = skip_compile(r"\bfrom\s+$", re.I)
# "Exports rose 28.7 percent to $14.7 billion over the same month of last year": the level a change reached is of
# the figure's own period, the time after it the change's base (rule risen_to_level)
_risen_to = EnglishCue("risen_to", re.I)


# "against exports of $31.782 billion in", "from $4.981 billion in", "compared to USD 2.3 bn during the":
# a base's value, then its period
# "an 8.71% increase over the N35.82 trillion recorded in Q3 2024": "over the" and a value too
_BASE_VALUE_BEFORE = skip_compile(r"\b(?:against|compared\s+(?:to|with)|from|versus|vs\.?|over\s+the|"
                                  # "a dramatic improvement on the US$13.61 billion deficit seen in 2018", "37% below the
                                  # US$2.1bn trade surplus recorded a year earlier, in May 2020" (session 54, yearG)
                                  r"improvement\s+on|below|above)\s+(?:(?:the\s+)?[a-z]+\s+of\s+|the\s+)?"
                                  # ("against exports of US $501.000 million during": a code before the symbol; "from US
                                  # dollars 2,982 million recorded in": a code and its currency's word, session 54)
                                  r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:[A-Z]{2,3}\s(?:[a-z]+\s)?)?[^\s\d]{0,4}\s?\d[\d.,]*\s*"
                                  # ("against 16.3% in the first half of 2017": a rate's)
                                  r"(?:%\s*)?"
                                  # "26.23 billion U.S. dollars in October 2019": a dotted abbreviation among the words
                                  # ("compared to the N5.33tn recorded in the corresponding first quarter of 2017": a likeness
                                  # word before the base's part of a year, rule corresponding_part; "trade surplus recorded a
                                  # year earlier, in": up to eight, one before a comma, none ending a sentence)
                                  r"(?:[A-Za-z](?:\.[A-Za-z])+\.?,?\s+|[A-Za-z]+,?\s+){0,8}?(?:in|during|for|of)\s+(?:the\s+)?(?:(?:corresponding|comparable)\s+)?"
                                  r"(?:period\s+(?:of\s+)?)?$", re.I)


def base_value_period(text: str, t: TimeExpr) -> bool:
    """The time expression dates the value of a comparison's base ("... from $4.981 billion in July 2022")."""
    return cue("base_value_period", _BASE_VALUE_BEFORE).search(text, max(0, t.start - 90), t.start) is not None


# "The trade surplus was PLN 10.7 billion during the eight months, while in the same period last year, it was PLN 34.6
# billion": English's contrast before a same-period base that opens its clause (rule base_clause)
_BASE_CLAUSE = skip_compile(r"\b(?:while|whereas)\s+(?:in|during|for)\s+(?:the\s+)?$", re.I)


def _base_clause(d: Doc, t: TimeExpr, f: Figure, times: list[TimeExpr]) -> bool:
    """"..., тогда как за аналогичный период 2020-го ввезли 43,9 тонны (почти на 22 тысячи долларов)": a
    clause a contrast opens with a same-period base is of that base up to the next time (cue base_clause)."""
    return bool(cue("base_clause", _BASE_CLAUSE).search(d.text, max(0, t.start - 30), t.start)) \
        and ";" not in d.text[t.end:f.clean_start] and not any(t.end <= x.start < f.clean_start for x in times)


# "last year's figure of $2.39 billion", "compared to last year's record figure of $74 billion": what follows the base
# expression is its value
_BASE_OF = skip_compile(r"(?:(?:['’]s)?\s+(?:(?:record|all-time|previous|final)\s+)?(?:figure|level|total|indicator|result|value|volume|high|peak|low|record)s?\s+(?:of\s+|at\s+|\(\s*)?"
                      # "more than June exports of $134.1 billion": a month's flow named before its value (rule month_noun)
                      r"|\s+(?:exports|imports|shipments)\s+of\s+"
                      # "the imports recorded in January to September 2015 of R807.39bn", "the deficit for the comparable
                      # period in 2015 of R37.19bn": the base's value right after its time (rule base_time_of_value)
                      r"|\s+of\s+"
                      r"|\s*\(\s*|\s+[-–—]\s+\(?\s*)"
                      r"(?:about\s+|around\s+|nearly\s+|almost\s+)?", re.I)
_FIGURE_FOR = skip_compile(r"\b(?:figure|level|value|total)\s+(?:for|in)\s+(?:the\s+)?$", re.I)
_WAS_VALUE = skip_compile(r"\s+(?:was|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|less\s+than\s+)?")
# "compared to the first quarter of 2023 (N5.56 trillion)": the base's value in brackets right after it
_BASE_PAREN = skip_compile(r"\s*\(\s*(?:about\s+|around\s+|nearly\s+|over\s+)?")
# "against the same period last year when exports stood at $6.78 billion", "over the same period of 2009, when the
# figure was US$ 22.495 billion", "compared to Q1 2022, which stood
# at N7,100.46 billion": the value of the base after "when" or ", which"
# ("since September 2021, when the country reported a $4.28 billion surplus"); "a decrease of 3.9% compared to
# August 2022 (when it stood at 230.6 billion euros)": in brackets too (rule base_value)
# "Compared to the same period last year, which saw foreign trade at Rs 1.319 trillion": "saw" and the flow's noun
# before "at" or "of" (rule base_value); "the value recorded in the corresponding period of 2021 which stood at
# N10.47 trillion": no comma before "which" too; "higher than that recorded in the similar period of 2020, when a total of
# 4.21 billion dollars was reached": the base's value named as a total before its passive verb (rule base_value)
# "compared to the same quarter of last year that recorded Total exports worth 63.7 billion riyals": "that" opens the
# base's clause too, and the verb's object, a flow "worth" or "of" the value, may come before the value (rule base_value)
# ("up 88.7 percent compared to the same period last year which was only $1.12 billion", en.netralnews.com, data/web56
# cx14: "only", "just" before the value, session 71 openO71)
_BASE_WHEN = skip_compile(r"(?:,?\s+when|,?\s+which|,\s*which|\s*\(\s*when|\s+that)\s+(?:(?:(?:the|its|their|total)\s+)?(?:[\w-]+\s+){0,2}(?:was|were|stood|amounted|"
                        r"totall?ed|reached|reported|recorded|posted|logged|registered)\s+(?:recorded\s+|registered\s+|reported\s+)?(?:at\s+|to\s+)?(?:an?\s+)?"
                        r"(?:(?:total\s+)?(?:exports|imports|trade|sales|shipments|turnover|deficit|surplus)\s+(?:worth|of|valued\s+at)\s+)?"
                        r"|(?:it\s+|the\s+country\s+)?saw\s+(?:[\w-]+\s+){1,3}(?:at|of|worth)\s+)"
                        r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|only\s+|just\s+)?"
                        r"|,?\s+when\s+(?:a\s+total|an\s+amount|a\s+value|a\s+sum)\s+of\s+", re.I)
# "... compared to the corresponding period last year when imports totaled Rs 1.215 trillion and exports were Rs
# 118.27 billion": a second amount joined by "and" inside the base's clause is the base's too (rule base_value)
_BASE_WHEN_AND = skip_compile(r"(?:[^.;()]|\.(?=\d)){1,40}?\s+and\s+(?:(?:the|its)\s+)?(?:[\w-]+\s+){0,2}(?:was|were|stood|amounted|"
                            r"totall?ed|reached)\s+(?:at\s+|to\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?", re.I)
# "$152,1 million recorded during the same period last year": a participle may come between
# what may open a sentence before "a year earlier", "the previous year" that dates its figures
# ("Imports in the same period of last year amounted to US$17.3 billion": a flow noun before it, as the subject)
_YEAR_BEFORE_OPEN = skip_compile(r"[\W]*(?:(?:and|but|meanwhile|by\s+comparison|in\s+comparison|in\s+contrast)[\s,]+)?"
                               r"(?:(?:the\s+)?(?:total\s+)?(?:exports|imports|trade|turnover|shipments)\s+(?=in\s|during\s))?"
                               r"(?:(?:in|during|within|over)\s+)?(?:the\s+)?", re.I)
_FISCAL_WORD = skip_compile(r"\b(?:fiscal|financial|FY)\b", re.I)
# a same period that names its year ("the corresponding month last year", "аналогичный период прошлого года"), not one
# that names the period just given again ("За тот же период экспорт ... удвоился": that period, no year before it)
_SAME_NAMES_YEAR = skip_compile(r"\byear\b", re.I)
_WHOLE_YEAR_BEFORE = skip_compile(r"(?:the\s+)?(?:previous|preceding|prior)\s+year\b|the\s+year\s+before\b", re.I)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only an adjacent_gap between a figure's end and a time at start; a full stop right after the figure, the time
    in lower case after it, is an abbreviation's ("против $374 млн. годом ранее": rule abbreviation_dot_gap)."""
    rx = cue("adjacent_gap", adjacent_gap())
    if rx.match(text, end, start):
        return True
    return (text.startswith(".", end) and start < len(text) and text[start].islower()
            and text[end + 1:start].isspace() and start - end <= 3)


def _when_value(d: Doc, t: TimeExpr, f: Figure) -> bool:
    """The figure is the value a "when" / ", which" clause after the base t gives it, or a second amount joined to
    that value by "and" (the base's too)."""
    gap = f.clean_start - t.end
    if not 0 <= gap <= 110:
        return False
    when = cue("base_when", _BASE_WHEN)
    if gap <= 60 and when.fullmatch(d.text, t.end, f.clean_start):
        return True
    m = when.match(d.text, t.end, f.clean_start)
    return m is not None and current_language() == DEFAULT_LANGUAGE \
        and _BASE_WHEN_AND.fullmatch(d.text, m.end(), f.clean_start) is not None


_recorded_gap = EnglishCue("recorded_base_gap", re.I)
_YEAR_POSSESSIVE = skip_compile(r"['’]s\s{1,2}")
_CURLY_POSSESSIVE_GAP = skip_compile(r"’s\s{1,2}")
# "a 20.95 percent increase from the figure in Q4, 2017 N1.798 trillion", "growth of 20.02 percent over Q4, 2017 of
# N3.910 trillion": a dated base, then its value with only a space or "of" between (rule bare_base_value)
_BARE_BASE_GAP = skip_compile(r"\s{1,2}(?:of\s+|with\s+)?")
# "compared to the amount recorded in Q3 2022 at N5,934.15 billion": a base, then "at" its value (rule base_value;
# "14.8 percent more exports than last year at $34.06 billion": after "than" the figure's own level)
_AT_GAP = skip_compile(r"\s+at\s+(?:about\s+|around\s+|nearly\s+)?", re.I)
_THAN_BEFORE = skip_compile(r"\bthan\s+(?:\w+\s+){0,2}$", re.I)


def _at_value(d: Doc, t: TimeExpr, f: Figure) -> bool:
    """The figure is the base t's value written after "at" (rule base_value)."""
    return 0 <= f.clean_start - t.end <= 16 and _AT_GAP.fullmatch(d.text, t.end, f.clean_start) is not None \
        and not _THAN_BEFORE.search(d.text, max(0, t.start - 24), t.start)


def value_bases(d: Doc, f: Figure, all_times: list[TimeExpr]) -> list[TimeExpr]:
    """The bases of comparison whose value the figure is, in the figure's own months or the base's."""
    end = figure_tail(d, f)
    # "increased by 0.6 percentage points from January-May last year to 27 percent": the change told from a base to
    # its new level is the change's own, no value of the base after it (rule from_period_to_level)
    all_times = [t for t in all_times if not (t.start >= f.clean_end and FROM_TO_LEVEL in t.via.split("+"))]
    reached = _risen_to().search(d.text, max(0, f.clean_start - 60), f.clean_start) is not None
    base = [t for t in all_times if t.same and not _OF_YEAR_AFTER.match(d.text, t.end) and (
        # (as far as an adjacent period: "a decline from the R192.0 billion surplus recorded during the same period in
        # 2022", rule base_value)
        (0 <= t.start - end <= ADJACENT_REACH and not reached and _adjacent(d.text, end, t.start))
        or (0 <= f.clean_start - t.end <= 24 and cue("base_of", _BASE_OF).fullmatch(d.text, t.end, f.clean_start)
            # ("increased by 5.4% compared to 2022 – up to 9.9 billion dollars": the level risen to, no base's)
            and not _UP_TO.match(f.figure))
        or _when_value(d, t, f) or _at_value(d, t, f)
        or (0 <= f.clean_start - t.end <= 8 and _BASE_PAREN.fullmatch(d.text, t.end, f.clean_start))
        or (0 <= f.clean_start - t.end <= 60 and _base_clause(d, t, f, all_times))
        # "marking a drop from AED185 billion from the year earlier period": the level a change started from,
        # then "from" the same period, is that period's value (rule base_value; "rose to $5 billion from the same
        # period last year" is the change's own level)
        or (0 <= t.start - end <= 12 and _FROM_SAME_GAP.fullmatch(d.text, end, t.start)
            and _FROM_LEVEL.search(d.text, max(0, f.clean_start - 8), f.clean_start)))]
    base += [t for t in all_times if t.base and t.rel is not None and t.year is None and t.bracket_year is None
             # "during the preceding fiscal year of 2016/17": the written year says which
             and not _OF_YEAR_AFTER.match(d.text, t.end)
             and ((0 <= f.clean_start - t.end <= 24 and cue("base_of", _BASE_OF).fullmatch(d.text, t.end, f.clean_start))
                  or _when_value(d, t, f) or _at_value(d, t, f)
                  # "Positive balance amounted to PLN 8,024.7 million, while in the previous year it amounted to PLN
                  # 13,050.4 million" (lexpoland): a contrast clause opened by a relative base, as by a same period
                  # (rule base_clause)
                  or (0 <= f.clean_start - t.end <= 60 and _base_clause(d, t, f, all_times))
                  or (0 <= t.start - end <= 12 and not reached and _adjacent(d.text, end, t.start))
                  # "while the corresponding figure for the previous year was more than $61.11 billion": the base's
                  # figure, then its value (rule figure_for_base)
                  or (0 <= f.clean_start - t.end <= 24 and _FIGURE_FOR.search(d.text, max(0, t.start - 30), t.start)
                      and _WAS_VALUE.fullmatch(d.text, t.end, f.clean_start))
                  # "21 per cent above the previous year's $969 billion": the base's possessive right before the value
                  or (0 <= f.clean_start - t.end <= 3 and d.text[t.end - 2:t.end] in ("'s", "’s")
                      and not d.text[t.end:f.clean_start].strip())
                  # ("up 5.5 percent from the previous year’s USD 573.7 billion", Global Korean Post: the curly
                  # apostrophe's possessive, left after the expression, rule base_value)
                  or (0 <= f.clean_start - t.end <= 4 and _CURLY_POSSESSIVE_GAP.fullmatch(d.text, t.end, f.clean_start)))]
    # "compared to the 2022 figures ($770.215 million)": a dated base's own value (base_value)
    base += [t for t in all_times if t.base and t.year is not None and 0 <= f.clean_start - t.end <= 60
             and (cue("base_of", _BASE_OF).fullmatch(d.text, t.end, f.clean_start) and not _UP_TO.match(f.figure)
                  or _when_value(d, t, f)
                  or _BASE_PAREN.fullmatch(d.text, t.end, f.clean_start)
                  # "a decline of 3.6% compared to 2022's $436.6 billion": the dated base's possessive right before
                  # the value (rule base_value)
                  or _YEAR_POSSESSIVE.fullmatch(d.text, t.end, f.clean_start)
                  or (f.kind == "money" and _BARE_BASE_GAP.fullmatch(d.text, t.end, f.clean_start))
                  or _at_value(d, t, f))]
    # "по сравнению с долей в 71,91%, зафиксированной в январе–феврале 2023 года", "compared with a 32.4% share, recorded
    # in 2020": a value, then the participle of its record and a dated base, is that base's value (rule recorded_base_value)
    base += [t for t in all_times if t.base and t.year is not None and 0 <= t.start - end <= 40
             and cue("recorded_base_gap", _recorded_gap()).fullmatch(d.text, end, t.start)]
    return base


def year_before_open(d: Doc, st: State, si: int, all_times: list[TimeExpr]):
    """(year, m1, m2, year_basis, rule) of a sentence opened by "a year earlier", else None."""
    s0 = d.c.sentences[si][0]
    # (not "the previous fiscal year": a fiscal year is the reporter's, rule relative_fiscal)
    # "In the corresponding month last year, the surplus was EUR 3.4 billion": a same-period opener too
    opener = next((t for t in all_times if t.base and t.rel == -1 and t.year is None and t.kind in ("relative", "same_period")
                   and cue("year_before_open", _YEAR_BEFORE_OPEN).fullmatch(d.text, s0, t.start)
                   and (t.kind != "same_period" or cue("same_names_year", _SAME_NAMES_YEAR).search(d.text, t.start, t.end))
                   # ("In contrast, during the same period last fiscal year, exports were ...": the months in force)
                   and not (t.kind == "relative" and _FISCAL_WORD.search(d.text, t.start, t.end))), None)
    if opener is not None:
        m1, m2 = (1, 12) if _WHOLE_YEAR_BEFORE.match(d.text, opener.start) else st.period[1:3]
        return st.period[0] - 1, m1, m2, "context", "year_before_open"
    return None


def after_base(d: Doc, st: State, f: Figure, all_times: list[TimeExpr]):
    """(year, m1, m2, year_basis, rule) of a figure whose only time is a base: the year after it, else None."""
    # ("compared to the exports of Rs3,020,244 million during July- March of the previous year": months too)
    rel_month = next((t for t in all_times if t.base and t.kind in ("month", "month_range") and t.rel and not t.same), None)
    rel_part = next((t for t in all_times if t.base and t.kind == "part" and t.rel == -1 and not t.same and t.year is None), None)
    if rel_month is None and rel_part is not None and st.period is not None and st.period[0] is not None:
        # "В сравнении с первым кварталом предыдущего года внешнеторговый оборот вырос практически на 30 процентов": the
        # same part of the year in force (rule after_base_part)
        return st.period[0], rel_part.m1, rel_part.m2, "context", "after_base_part"
    if rel_month is not None and rel_month.rel == -1 and rel_month.m1 == rel_month.m2 and st.period is not None \
            and st.period[0] is not None and st.period[1:] == (rel_month.m1, rel_month.m2):
        # "In September 2018, Colombia's trade deficit reached $ 391.2 million ... down 6.1% from September last year"
        # (uneath.com, a page dated years later): the month named in force, a year on from its base (rule
        # after_base_month_in_force)
        return st.period[0], rel_month.m1, rel_month.m2, "context", "after_base_month_in_force"
    if rel_month is not None and d.source_year(f.clean_start)[0] is not None:
        # "rose to $33.92 billion from $33.38 billion in August last year": the same month a year on
        ref, basis = d.source_year(f.clean_start)
        if rel_month.via:
            d.period_via.append(rel_month.via)   # (the rule that made it a base: from_period_to_level)
        return ref + rel_month.rel + 1, rel_month.m1, rel_month.m2, basis, "after_base"
    # (the year a past record was set, kind record_year, is no base the figure comes a year after)
    dated = [t for t in all_times if t.base and (t.year or t.bracket_year) and t.kind != "record_year"
             and not _SINCE.search(d.text, max(0, t.start - 8), t.start)
             # ("the strongest result for the month since record-keeping began in 1989": a record's floor, no base
             # the figure comes a year after; rule records_began)
             and not RECORDS_BEGAN.search(d.text, max(0, t.start - 60), t.start)]
    bases = [t for t in dated if t.m2 - t.m1 < 11] + dated
    # "compared to the first quarter of 2023 (N5.56 trillion)" on a page of 2023: a base of the page's own
    # year is an earlier part of it (quarter on quarter), not the year before the figure's
    if d.pub_year is not None:
        bases = [t for t in bases if (t.year or t.bracket_year) < d.pub_year]
    if bases:
        b = bases[0]
        y = (b.year or b.bracket_year) + 1
        by = b.year or b.bracket_year
        if b.m1 == b.m2 and st.period is not None and st.period[0] == y and st.period[2] == b.m2 \
                and st.period[1] is not None and st.period[1] < st.period[2]:
            # "Imports also shrank 18.35 percent from $21 billion in June 2022" in a text on January-June 2023: a
            # single month's base, the month the period in force ends in, a year before: that month a year on
            # (rule after_base_same_month)
            return y, b.m2, b.m2, "context", "after_base_same_month"
        if b.m1 == b.m2 and st.period is not None and st.period[0] == y and st.period[1] is not None \
                and st.period[1] == st.period[2] and st.period[1] < b.m1 and not (b.m2 == 12 and st.period[1] == 1):
            # "This decline is primarily due to a R22.7 billion trade deficit recorded in January 2023 ... The R154.3
            # billion export flows mark a 7.95% increase from February 2022's export flows of R143.0 billion"
            # (businesstech.co.za): a single month's base a year before, with an earlier month of the next year in
            # force, neither the month after the base (month on month) nor the base's month a year on: the base's
            # month a year on, year on year (rule after_base_month_year)
            return y, b.m1, b.m1, "context", "after_base_month_year"
        if (st.period is not None and st.period[0] is not None and st.period[0] <= y
                and span_begins(st.period) > (by, b.m2)):
            # "vs 2022" in a Q1 2023 text; "compared to the value recorded in Q4 2023" in a Q1 2024
            # text: the period in force, which comes after its base (begins after it ends: "a 44,5% increase
            # over the first six months of 2003" after a sentence on 2003 as a whole is of 2004, the year after)
            # ("In 2021, Vietnam exported USD 96.3 bn ... . As a result, Vietnam had a trade surplus of USD 81 bn, ...,
            # up by 27.9% compared to USD 63.4 bn in 2020": the period its own paragraph set, rule after_base_paragraph;
            # carried from a paragraph before, rule after_base, a weak carry)
            # (set by a sentence before the figure's, not by the figure's own sentence from this very base)
            if b.m2 - b.m1 == 2 and b.m1 % 3 == 1 and st.period[1] is not None and st.period[1] == st.period[2] \
                    and (st.period[0], st.period[1]) in ((by + (b.m2 == 12), b.m2 % 12 + 1), (by + (b.m2 == 12), b.m2 % 12 + 2),
                                                         (by + (b.m2 == 12), b.m2 % 12 + 3)):
                # "Imports are also down by 3.2% in March compared to a year ago, and 15.7% in the first quarter. Exports
                # and imports of goods are also lower by 0.2% and 2.6%, respectively, compared to Q4 2022" (Hong Kong
                # Business): a change against a quarter is of the quarter after it, not of the month in force inside
                # that quarter (rule after_base_quarter)
                return st.period[0], b.m2 % 12 + 1, b.m2 % 12 + 3, "context", "after_base_quarter"
            own_para = st.period_para == d.para_index(f.clean_start) and st.period_si < d.sentence_index(f.clean_start)
            rule = "after_base_paragraph" if own_para else "after_base"
            return st.period[0], st.period[1], st.period[2], "context", rule
        if b.m1 == b.m2 and st.period is not None and st.period[0] is not None and st.period[2] is not None \
                and (st.period[0], st.period[2]) == (by + (b.m2 == 12), b.m2 % 12 + 1):
            # "Malaysia's trade surplus in January to November 2019 ... However, compared to October 2019, Malaysia's
            # imports logged a growth of 1.4 per cent": a month base right before the month the period in force ends
            # in is month on month, of that month (rule after_base_month)
            return st.period[0], st.period[2], st.period[2], "context", "after_base_month"
        if not (st.period is not None and st.period[0] and st.period[0] > y):
            # a base far before the paragraph's period ("189% more than in 2004") is no clue
            return y, b.m1, b.m2, "context", "after_base"
    return None


# "an overall yearly surplus for the first time since 2003, when a yearly surplus of R12-billion was recorded": the
# clause "when" opens after a base year is that year's (rule when_clause; Russian "когда" in vocab/ru/patterns.csv)
WHEN_CLAUSE = skip_compile(r",?\s+when\b", re.I)
_AND = skip_compile(r"\band\b")
# what closes the when clause before the figure; a decimal point is none ("since 2019 when income from domestic exports
# fell 2.99 percent to Sh156.87 billion": the amount after a rate is the clause's too); a dash is ("compared to April
# 2013 when the country exported for $4.95 billion – a drop in approximately $650 million")
_CLAUSE_END = skip_compile(r"[;()\u2013\u2014]|\.(?!\d)|\s-\s")


def when_clause_period(d: Doc, st: State, f: Figure, pi: int, all_times: list[TimeExpr]):
    """(year, m1, m2, year_basis, rule) of a figure in the clause a base opens with "когда": "Рост поставок в
    июне ускорился по сравнению с маем, когда китайский экспорт в Россию ... увеличился на 1,8% год к году": the
    base is that clause's own time (rule when_clause; cue when_clause, Russian rows only); else None."""
    t = next((t for t in reversed(all_times) if t.end <= f.clean_start), None)
    if t is None or not t.base or f.clean_start - t.end > 120 or t.kind in ("yoy", "record_year") \
            or not cue("when_clause", WHEN_CLAUSE).match(d.text, t.end) or _CLAUSE_END.search(d.text[t.end:f.clean_start]):
        return None
    if current_language() == DEFAULT_LANGUAGE and (t.same or _AND.search(d.text, t.end, f.clean_start)):
        # (a same period's value after "when" is the base's value in the figure's months: value_bases, base_value)
        # "since 2000 when ISLFTA came into force and more than 60% of Sri Lanka's total exports ...": "and" ends
        # the when clause; the figure is the next clause's
        return None
    if t.year is not None:
        return t.year, t.m1, t.m2, "explicit", "when_clause"
    if t.rel is not None and not t.same:
        ref, basis = d.source_year(f.clean_start)
        return (None if ref is None else (ref + t.rel, t.m1, t.m2, basis, "when_clause"))
    if t.kind == "month" and st.period is not None and st.period_para == pi and st.period[0] is not None:
        # a month with no year: of the paragraph's year ("в июне ... по сравнению с маем, когда")
        # (a month after the one in force is of the year before: "в январе ... по сравнению с декабрем, когда")
        return st.period[0] - (st.period[2] is not None and t.m1 > st.period[2]), t.m1, t.m2, "context", "when_clause"
    return None

"""Period cues: a full-year figure whose sentence speaks of a part of a year, or of a fiscal year.

Split from dataset/cues.py: months, a quarter or a half named before the figure (not as a base)
with no period in the figure's own clause, "for the same period", a comparison with months of
another year, one month without a year; and twelve months across two calendar years.
"""
from __future__ import annotations

import re

from tradeflows.dataset.cues_text import figure_pos, clause_start, figure_end, may_match
from tradeflows.facts.fiscal import calendar_fiscal_year
from tradeflows.records import decided_rules
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile

# what ends a figure's own clause inside a sentence: "; ", "(", ")", ", while", ", whereas", ", but"
_own_clause_end = EnglishCue("cues_period_own_clause_end", re.I)
# "(in 2022 it amounted to $59.5 billion for the same period)": the months of a part of a year
# s50 (panelH): "the same period" of the year before, anywhere in the sentence ("in the corresponding period last year",
# "по сравнению с аналогичным периодом прошлого года") is a part of a year a sentence before named: no figure of the
# sentence is a whole year's (rule same_period). Not "the same period in 2008" nor a bare "за аналогичный период":
# after a whole year they are that year ("exports to China in 2009 ..., an increase of 45.2 per cent over the same
# period in 2008")
_same_period_any = EnglishCue("cues_period_same_period_any", re.I)
_same_period_after = EnglishCue("cues_period_same_period_after", re.I)
# s65 (panelP65): "В 2023 году экспорт ... за тот же период составлял $329 млн": a year and "the same period" in one
# clause, no amount between, are a part of that year (rule same_period_year)
_same_period_year = EnglishCue("cues_period_same_period_year", re.I)


# "in comparison to $1,355.14 million recorded in 2021", "compared with $X in 2021", "against $X": the
# figure right after is the base a comparison is made with
_compare_before = EnglishCue("cues_period_compare_before", re.I)


# "Exports in December totaled $8.89 billion", "in April alone", "last month": one month, no year
# written with it (a month with its year, or a range of months, is the period rules' to read; the full names:
# vocab/en/months.csv)
_one_month = EnglishCue("cue_one_month", re.I)


# "PLN 279.1 billion in I-V 2014": months written as a range of Roman numerals before a year (Central European
# statistics offices), January to May; a range ending in XII is the whole year
_ROMAN_MONTHS = skip_compile(r"\b(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\s?[-–]\s?(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI)\s+(?:19|20)\d\d\b")


# (sentence, language, its find_times) of the last _sentence_times: one tuple, replaced whole
_LAST_TIMES: tuple = (None, None, None)


def _sentence_times(sentence: str) -> list:
    """find_times(sentence); the figures of one sentence come one after the other, so the last
    sentence's are kept. The re.I patterns run as their copies on the lower-cased sentence
    (tradeflows.vocab.lowercase: the same spans, some 3x faster), as relate runs them."""
    global _LAST_TIMES
    from tradeflows.facts.periods import find_times
    from tradeflows.vocab.lowercase import lower_text
    from tradeflows.vocab import current_language
    lang = current_language()
    last = _LAST_TIMES
    if last[0] == sentence and last[1] == lang:
        return last[2]
    times = find_times(sentence, 0, None, lower_text(sentence))
    _LAST_TIMES = (sentence, lang, times)
    return times


# "have increased 7,140% from 17,000 tons ten years ago", "grew by just 19% compared to 2019", "over the last
# ten years ... have doubled": a change over several years, no year-on-year growth of the cell's year
_multi_year = EnglishCue("cue_multi_year", re.I)


_base_year = EnglishCue("cues_period_base_year", re.I)
_base_value_year = EnglishCue("cues_period_base_value_year", re.I)
MULTI_YEAR_REACH = 120   # characters after the figure that its base is read in
_next_rate = EnglishCue("cues_period_next_rate", re.I)


def multi_year_cue(r: dict) -> bool:
    """A growth figure measured over several years: its clause names a base years back ("ten years
    ago", "over the last ten years", "since 2010") or a base year before the year before the figure's
    ("compared to 2019" for 2022). Only a year-on-year change is the cell's growth_pct."""
    if r.get("kind") != "growth":
        return False
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence, end = r["sentence"], figure_end(r, pos)
    lo, hi = clause_start(sentence, pos), min(len(sentence), end + MULTI_YEAR_REACH)
    nxt = _next_rate().search(sentence, end, hi)   # "12.72% compared to the previous year, and 28.2% ... compared
    hi = nxt.start() if nxt else hi              # to 2019": the next rate's base is its own
    if _multi_year().search(sentence, lo, hi):
        return True
    year = r.get("year")
    if year is None:
        return False
    # "jumped to US $ 4.1 billion in 2009 from US $1.5 billion in 1996, reflecting a 59.4 % increase": the
    # base's value dated years back anywhere in the clause
    return any(int(m.group(1)) < int(year) - 1 for m in _base_year().finditer(sentence, pos, hi)) or \
        any(int(m.group(1)) < int(year) - 1 for m in _base_value_year().finditer(sentence, lo, hi))


# "this year", "so far this year", "year to date", "since the beginning of the year": the page's own year, not
# over when it was written (rule this_year; a dated page's year is the period rules' year_not_over)
_this_year_rx = EnglishCue("cues_period_this_year", re.I)


# "so far in 2023", "in 2023 so far", "2023 to date", "year-to-date", "YTD": the year not over, whatever year is
# written (rule so_far; not "the highest so far", "a record to date": those speak of a full year)
_so_far_rx = EnglishCue("cues_period_so_far", re.I)


def _so_far(sentence: str, lo: int, hi: int, pos: int, end: int) -> bool:
    """The figure's clause says "so far in 2026" and no other amount stands nearer to those words ("$1.23 billion
    so far in 2026, ..., approaching last year's full-year total of $1.5 billion": the first amount's)."""
    def apart(a0: int, a1: int, m) -> int:
        return a0 - m.end() if a0 >= m.end() else m.start() - a1
    for m in _so_far_rx().finditer(sentence, lo, hi):
        gap = apart(pos, end, m)
        if not any(apart(a.start(), a.end(), m) < gap for a in _next_amount().finditer(sentence, lo, hi)
                   if a.end() <= pos or a.start() >= end):
            return True
    return False


# what stands between a figure and a "this year" after it when that year is another figure's ("$25 billion last
# year and reached $10.787 billion in the first five months of this year", "$7.4 billion, and in the first half of
# this year"): another time, another clause
_other_time_between = EnglishCue("cues_period_other_time_between", re.I)


def _this_year(sentence: str, lo: int, hi: int, pos: int, end: int) -> bool:
    """The figure's own clause says "this year" before it, or after it with no other time or amount between."""
    if _this_year_rx().search(sentence, lo, pos):
        return True
    m = _this_year_rx().search(sentence, end, hi)
    return m is not None and not _other_time_between().search(sentence, end, m.start())


def _bracket_clause(sentence: str, lo: int, hi: int, pos: int, end: int) -> tuple[int, int]:
    """The figure's own clause; a figure alone in brackets reads the clause around its bracket."""
    if lo and sentence[lo - 1] == "(" and pos - lo <= 3:
        ends = [m.end() for m in _own_clause_end().finditer(sentence, 0, lo - 1)]
        close = sentence.find(")", end)
        nxt = _own_clause_end().search(sentence, close + 1 if close >= 0 else end)
        return (ends[-1] if ends else 0), (nxt.start() if nxt else len(sentence))
    return lo, hi


# "U.S. trade is valued at more than $500 billion annually", "$2.26 trillion in exports per year", "$320 million in
# goods flow ... every day": a typical rate, no year's level (rule per_year); "trade over US$2 billion in goods and
# services daily", "$1.6 billion in goods crossing the border each day": the rate's words may follow a few words on
# (not "from $52.5 billion a year earlier": the level of the year before)
_per_time_after = EnglishCue("cues_period_per_time_after", re.I)


# "averaged $1.2 billion a month in 2023", "monthly exports ... averaged $1.2 billion", "an average of $1.2 billion
# worth of goods to China per month": a rate per month, week or day is no year's level even with the year written
# (rule sub_year_rate; not "a month earlier", "month on month")
_sub_year_after = EnglishCue("cues_period_sub_year_after", re.I)
# an amount: a currency sign before a digit, or a number with a scale word (also undated_base's)
_next_amount = EnglishCue("cues_period_next_amount", re.I)
_sub_year_before = EnglishCue("cues_period_sub_year_before", re.I)


def per_year_cue(r: dict) -> bool:
    """A money figure said as a rate per year (or day, month) with no year of its own written in its clause
    ("U.S. trade is valued at more than $500 billion annually"): a typical level, no cell's year (rule per_year,
    reason `no year`); a rate per month, week or day is none even with its year (sub_year_rate)."""
    pos = figure_pos(r) if r.get("kind") == "money" else None
    if pos is None:
        return False
    sentence, end = r["sentence"], figure_end(r, pos)
    if r.get("year_basis") != "explicit" and _per_time_after().match(sentence, end) is not None:
        return True
    nxt = _own_clause_end().search(sentence, end)
    hi = nxt.start() if nxt else len(sentence)
    amount = _next_amount().search(sentence, end, hi)   # "$20 billion in 2022, or about $55 million a day": the
    if _sub_year_after().search(sentence, end, amount.start() if amount else hi):   # rate is the next amount's
        return True
    lo = clause_start(sentence, pos, None)
    before = [a.end() for a in _next_amount().finditer(sentence, lo, pos)]   # "monthly exports peaked at $2 billion
    return _sub_year_before().search(sentence, before[-1] if before else lo, pos) is not None   # ..., and $20 billion"


# "Between 2015 and 2020, Vietnam's exports to the EU totaled $250 billion", "In 2018-2022, Turkey exported goods
# worth $1 trillion", "Over the past five years, ... amounted to $3.5 billion", "Since 2010, Chile has exported ...":
# an amount summed over several years, no year's level (rule multi_year_total)
_Y = r"(?:19|20)\d\d"


_span_before = EnglishCue("cue_span_before", re.I)


_YEAR_WORD = skip_compile(rf"\b{_Y}\b")
OWN_YEAR_REACH = 25   # characters after a figure its own year is read in ("... $18.6 billion recorded in 2018")
# "averaged $6 billion a year between 2019 and 2023": a rate's words may stand between the figure and its span
_span_after = EnglishCue("cues_period_span_after", re.I)


# "The bilateral trade stagnated around USD 70 billion for several years": a level held over years (rule for_years)
_years_after = EnglishCue("cue_years_after", re.I)


_span_dash_after = EnglishCue("cues_period_span_dash_after", re.I)


# "Goods exports and imports reached $1.4 billion and $620 million, respectively, as of 2019": an amount "as of" a
# year (a running total up to it, or a level at some time of it), the only place the sentence writes that year
# (rule as_of_year; "as of December 2019" is the period rules' to read, and "As of the end of 2008, trade volume ...
# totaled $19.2 billion" a year's total)
_as_of_year_rx = EnglishCue("cues_period_as_of_year", re.I)


def _as_of_year(r: dict, sentence: str) -> bool:
    y = r.get("year")
    if y is None or not may_match(_as_of_year_rx(), sentence):
        return False
    # (the sentence's years are listed only once an "as of" of the figure's year is found: the row's words, "as"
    # and "of", are in most sentences)
    hits = [m.group(1) for m in _as_of_year_rx().finditer(sentence) if int(m.group(1)) == int(y)]
    if not hits:
        return False
    years = [m.group(0) for m in _YEAR_WORD.finditer(sentence)]
    return any(years.count(h) == 1 for h in hits)


def multi_year_total(r: dict) -> bool:
    """A money figure whose own clause sums several years: a span of years before it ("Between 2015 and 2020,
    ... totaled $250 billion", "In 2018-2022", "over the past five years", "cumulative", "Since 2010, ...") or
    right after it ("$250 billion between 2015 and 2020", "around USD 70 billion for several years", for_years), or
    dated only "as of" a year (as_of_year): no one
    year's level (rule multi_year_total, reason
    `no year`). Twelve months across two years ("in 2022-23") are a fiscal year, not a span."""
    pos = figure_pos(r) if r.get("kind") == "money" else None
    if pos is None:
        return False
    sentence, end = r["sentence"], figure_end(r, pos)
    if _as_of_year(r, sentence):
        return True
    lo = clause_start(sentence, pos, None)
    for m in _span_before().finditer(sentence, lo, pos):
        if m.group(1) and m.group(2):
            y1, y2 = int(m.group(1)), int(m.group(2))
            y2 = y2 if y2 >= 100 else y1 // 100 * 100 + y2
            if y2 - y1 <= 1:
                continue   # "in 2022-23": a fiscal year, the period rules' to read
        if _YEAR_WORD.search(sentence, m.end(), min(len(sentence), end + OWN_YEAR_REACH)):
            continue       # "since 2015 ... and in 2017 the surplus was €18 billion", "... the US$18.6 billion recorded
            #                in 2018": the figure's own year, after the span
        return True
    if _span_after().match(sentence, end) is not None or _years_after().match(sentence, end) is not None:
        return True
    # "adding that this figure was $1.2 million in 1993-2014": years joined by a dash right after the figure
    m = _span_dash_after().match(sentence, end)
    return m is not None and int(m.group(2)) - int(m.group(1)) > 1


# "A decade ago trade between the two was around $250 million, which in 2000 surged to $2.91 billion": a level
# dated years back from an unwritten time; the year written after it is the next figure's (rule years_ago_level)
_ago_before = EnglishCue("cue_ago_before", re.I)


def years_ago_level(r: dict) -> bool:
    """A money figure whose own clause says it was "a decade ago" / "ten years ago" before it, with no year written
    between: a time counted back from an unwritten date, no calendar year of its own (rule years_ago_level,
    reason `no year`)."""
    pos = figure_pos(r) if r.get("kind") == "money" else None
    if pos is None:
        return False
    sentence = r["sentence"]
    m = None
    for m in _ago_before().finditer(sentence, clause_start(sentence, pos, None), pos):
        pass
    return m is not None and _YEAR_WORD.search(sentence, m.end(), pos) is None


def part_year_cue(r: dict) -> bool:
    """A full-year figure whose sentence is about a part of a year (part_year_sentence): the
    sentence names months, a quarter or a half before the figure (not as a base) and the
    figure's own clause names no period of its own ("in the first six months in 2015 is $55.9
    billion, ..., while its import is $226.7 billion"), or the figure is "for the same period"
    as such a part ("Over 11 months, ... $48.5 billion (in 2022 it amounted to $59.5 billion
    for the same period)"), or compared in its own clause with months of another year ("$426.8
    million - up by 16.4 percent, compared to January-April 2022 ($366.5 million)"): a full
    year is not compared with a part of one, nor is a part's base a full year. The figure's
    year then came from another clause, not its months. Or its own clause names one month
    without a year ("Exports in December totaled $8.89 billion"). A figure alone in brackets
    ("exports ($50 billion)") reads the clause around its bracket."""
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    times = _sentence_times(sentence)
    parts = [t for t in times if t.start < pos and not t.base and not t.target and not t.fiscal
             and (t.m1, t.m2) != (1, 12)]
    end = figure_end(r, pos)
    ends = [m.end() for m in _own_clause_end().finditer(sentence, 0, pos)]
    lo = ends[-1] if ends else 0
    nxt = _own_clause_end().search(sentence, end)
    hi = nxt.start() if nxt else len(sentence)
    # a bracketed figure belongs to the words right before its bracket ("January-April 2022 ($366.5 million)")
    blo = lo - 3 if lo and sentence[lo - 1] == "(" else lo
    if any(t.base and not t.fiscal and (t.m1, t.m2) != (1, 12) and blo <= t.end and t.start < hi for t in times):
        return True    # "$426.8 million - up by 16.4 percent, compared to January-April 2022 ($366.5 million)"
    if _one_month().search(sentence, lo, hi):
        return True    # "Exports in December totaled $8.89 billion"
    if _ROMAN_MONTHS.search(sentence, lo, hi):
        return True    # roman_months: "Poland exported goods worth PLN 279.1 billion in I-V 2014"
    if _so_far(sentence, *_bracket_clause(sentence, lo, hi, pos, end), pos, end):
        return True    # so_far: "Indian deeptech startups have raised $1.23 billion so far in 2026"
    if r.get("year_basis") != "explicit" and _this_year(sentence, *_bracket_clause(sentence, lo, hi, pos, end), pos, end):
        return True    # this_year: "China accounted for 61.7 percent (5.8 billion USD) of Mongolia's total trade this year"
    if (may_match(_same_period_any(), sentence) and _same_period_any().search(sentence)) \
            or (may_match(_same_period_year(), sentence) and _same_period_year().search(sentence)):
        return True    # same_period: "... in the corresponding period last year"; same_period_year: "В 2023 году
        #                экспорт в Афганистан за тот же период составлял $329 млн, в 2024 — $382 млн"
    if not parts:
        return False
    if _same_period_after().match(sentence, end):
        return True
    y = r.get("year")
    if y is not None and (_compare_before().search(sentence, max(0, pos - 40), pos) or _from_before().search(sentence, max(0, pos - 40), pos)) \
            and any(t.year is not None and t.year > int(y) for t in parts):
        return True    # part_base: "... January to June 2022 ... in comparison to $1,355.14 million recorded in 2021"
    if y is not None and (_compare_before().search(sentence, max(0, pos - 40), pos) or _from_before().search(sentence, max(0, pos - 40), pos)) \
            and any(t.year is None and t.rel is None and t.m1 is not None for t in parts):
        return True    # part_base_yearless: "Total exports for January to July dropped by 8.3 percent to 31.505 billion
        #                U.S. dollars from 34.372 billion U.S. dollars in 2015": the same months of the base's year
    if lo and sentence[lo - 1] == "(" and pos - lo <= 3:
        ends = [m.end() for m in _own_clause_end().finditer(sentence, 0, lo - 1)]
        lo = ends[-1] if ends else 0
        close = sentence.find(")", end)
        nxt = _own_clause_end().search(sentence, close + 1 if close >= 0 else end)
        hi = nxt.start() if nxt else len(sentence)
    if lo <= parts[-1].start:
        return False   # the part of a year stands in the figure's own clause: the period rules read it
    return not any(lo <= t.start < hi for t in times)


# "In the previous fiscal year, Ethiopia has earned ... $3.62 billion": a fiscal year named in
# the sentence of a figure dated January to December (a country the fiscal table does not list)
_fiscal_words = EnglishCue("cues_period_fiscal_words", re.I)


def twelve_months_across(r: dict) -> bool:
    """The period is twelve months that span two calendar years (a fiscal year)."""
    try:
        y1, m1 = map(int, (r.get("period_start") or "").split("-"))
        y2, m2 = map(int, (r.get("period_end") or "").split("-"))
    except ValueError:
        return False
    return y2 == y1 + 1 and (y2 * 12 + m2) - (y1 * 12 + m1) == 11


# "dropped from 5.3 billion dollars in 2002-03 to 4.5 billion dollars in 2003-04 and only to bounce back to 4.9
# billion dollars the following year": a year span of consecutive years, the figure's own year counted from it
_YEAR_SPAN = skip_compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b(?![-–/]?\d)")


def fiscal_span_relative(r: dict) -> bool:
    """A figure whose year no clause writes (its year rule is not `explicit`) in a sentence that names a
    span of two consecutive years ("2003-04"): a year counted from a fiscal year is a fiscal year, not a
    calendar one (rule fiscal_span_relative)."""
    if "year:explicit" in decided_rules(r.get("fact_rules")):   # (its rewriting rules after a "+" left out: records.VIA)
        return False
    for m in _YEAR_SPAN.finditer(r.get("sentence") or ""):
        a, b = int(m.group(1)), m.group(2)
        if (int(b) if len(b) == 4 else a // 100 * 100 + int(b)) == a + 1:
            return True
    return False


def fiscal_cue(r: dict) -> bool:
    """A calendar-year figure whose sentence speaks of a fiscal year, of a reporter whose fiscal
    year is not known to be the calendar year (vocab fiscal_years.csv, start_month 1), or whose
    year is counted from a fiscal span (fiscal_span_relative)."""
    return (bool(_fiscal_words().search(r.get("sentence") or "")) or fiscal_span_relative(r)) \
        and not calendar_fiscal_year(r.get("reporter_iso3"))


# "the Egyptian imports from Turkey were $2.8bn, down from $3.8bn, a decline of 27%", "$10.3m, up from $9.1m",
# "rose from $5.2 billion to $9.8 billion in 2021": the base of a comparison with no time of its own written in
# its clause; the year its sentence names is the compared figure's, and no rule may give it to the base
# (rule undated_base, reason `no year`)
_from_before = EnglishCue("cues_period_from_before", re.I)  # (s50: "с $382 млн до $622 млн", the Russian base)
_change_word = EnglishCue("cues_period_change_word", re.I)


_base_time_after = EnglishCue("cue_base_time_after", re.I)


# the base's own clause after it ends at a clause mark or at the next amount ("from $5.2 billion to $9.8 billion");
# a bracket right after it is read through ("down from RO3 billion ($7.79 billion) a year earlier", "(from R5.22bn)
# in February")
_base_clause_end = EnglishCue("cues_period_base_clause_end", re.I)
_BRACKET_NEXT = skip_compile(r"\s*\([^()]*\)|\s*\)")


def undated_base(r: dict) -> bool:
    """A money figure that is the base of a comparison ("down from $3.8bn", "compared to $X", "rose from $X to")
    and has no time of its own in its clause: its sentence's year is the compared figure's (rule undated_base)."""
    pos = figure_pos(r) if r.get("kind") == "money" else None
    if pos is None:
        return False
    sentence = r["sentence"]
    lo = max(0, pos - 40)
    if _compare_before().search(sentence, lo, pos) is None:
        m = _from_before().search(sentence, lo, pos)
        if m is None:
            return False
        before = sentence[clause_start(sentence, m.start(), None):m.start()]
        if not (_change_word().search(before) or _next_amount().search(before)):
            return False
    end = figure_end(r, pos)
    while (b := _BRACKET_NEXT.match(sentence, end)) is not None:
        end = b.end()
    stop = _base_clause_end().search(sentence, end)
    own = sentence[end:stop.start() if stop else len(sentence)]
    return _base_time_after().search(own) is None


# s64 (panelQ64): "down about 10 percent from 2017", "in comparison with 2008 figures", "from a $34 billion surplus in
# 2020": a base year of comparison written in the figure's sentence (the year ends the match)
_base_year_named = EnglishCue("cues_period_base_year_named", re.I)


def base_year_confirms(r: dict) -> bool:
    """A figure's year counted from "last year" (the page's date or its latest year: weak, the page may speak from
    another year) is confirmed when its own clause, or the words right after it, compare it with a written base
    year that is the year before it, and with no other: "Statistics showed that two-way trade neared 810 million USD
    last year, down about 10 percent from 2017" on a page of December 2019 (vietnamplus.vn) is 2018 by the text
    itself (rule base_year_confirms, dataset/series.py CONFIRMATIONS)."""
    year = r.get("year")
    pos = figure_pos(r)
    if year is None or pos is None:
        return False
    sentence, end = r["sentence"], figure_end(r, pos)
    lo, hi = clause_start(sentence, pos), min(len(sentence), end + MULTI_YEAR_REACH)
    bases = {int(m.group()[-4:]) for m in _base_year_named().finditer(sentence, lo, hi)}
    return bases == {int(year) - 1}

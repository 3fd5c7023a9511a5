"""The time expressions by a figure: the one written right after it (or alone in the bracket after it), a year that
labels it as a list item, and the clause breaks a nearer one may not cross."""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.context import Doc
from tradeflows.facts.periods import TimeExpr
from tradeflows.facts.respectively import may_open_list, opened_list_end
from tradeflows.records import Figure
from tradeflows.vocab import alternation, words_by_role
from tradeflows.vocab.patterns import CHANGE_NOUNS, COMPARED_WITH, RECORDED_WORDS, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# "RO3 billion ($7.79 billion) a year earlier": a closing bracket and a bracketed conversion
# after a figure are passed over before its adjacent period is looked for
# ("Israeli-Turkish trade rose 26 percent to $2 billion in first half of 2011 from $1.59b. in the first half of 2010"
# (jpost.com, citing Globes): the full stop of a scale's abbreviation glued to the amount, a lower-case word after it,
# ends no clause; the time after it is the amount's own, rule scale_abbreviation_dot)
SCALE_DOT = r"(?:(?<=\d[bmBM])|(?<=\d[bmBM]n)|(?<=\d[bm]ln))\.(?=\s+[a-z])"
BRACKET_AFTER = re.compile(rf"(?:{SCALE_DOT})?[)\]]?(?:\s*(?:\([^()\n]{{1,40}}\)|\[[^\[\]\n]{{1,40}}\]))?")


@lru_cache(maxsize=1)
def adjacent_gap() -> re.Pattern:
    """The gap between a figure and a time right after it that makes the time the figure's own (cue adjacent_gap), its
    words by role read from vocab/en/period_gap.csv on first use."""
    gap = {role: alternation(words) for role, words in words_by_role("period_gap.csv").items()}
    return re.compile(r"[\s,]*"
                       # "QIZ exports dropped 22% YoY during 2020": the basis of a change right after its rate (rule
                       # change_basis_gap)
                       rf"(?:(?:{gap['change_basis']})[\s,]+)?"
                       # "from $450 per kilogram in 2008 to less than $10 in 2017": a price's unit right after it
                       # (rule unit_price_gap)
                       rf"(?:(?:{gap['unit_price']})[\s,]+)?"
                       # "from $98.8 billion export revenues posted in 2022": the flow's noun before its participle
                       # ("worth recorded for 2014-15"; "the $9.159bn trade deficit recorded during", rule
                       # trade_noun_recorded; "the US$13.61 billion deficit seen in 2018", rule noun_seen_gap)
                       rf"(?:(?:{gap['noun_recorded']})\s+(?=(?:{RECORDED_WORDS}|{gap['participle']})\b))?"
                       # ("GH¢65.4 billion spent in the corresponding period of 2022", "Sh878.86 billion spent on foreign
                       # goods over the same period last year": money spent or earned, rule spent_gap)
                       rf"(?:(?:{gap['spent']})(?:\s+(?:{gap['spent_on']})\s+(?:(?:{gap['goods_origin']})\s+)?"
                       rf"(?:{gap['goods']}))?\s+|"
                       # "the 4.9 percent increase in the first quarter of this year"; "compared with a $3.8 billion
                       # shortfall in the year ended February 2017", "ran a €11.3 billion ($13.2 billion) surplus in
                       # August": a balance's noun (rule balance_noun_gap; "a $1.93-billion gap during" too)
                       rf"(?:{RECORDED_WORDS}|{gap['participle']}|{gap['flow_participle']}|{CHANGE_NOUNS}|"
                       rf"{gap['balance_noun']})\s+"
                       # "from the USD182.15 billion total external trade in 2018", "than the USD43.53 billion trade
                       # deficit in 2018": the figure's own noun of trade (rule trade_noun_gap; "the R6.7bn trade balance
                       # surplus for the comparable period in 2023": rule trade_balance_noun_gap)
                       rf"|(?:(?:{gap['total']})\s+)?(?:(?:{gap['trade_kind']})\s+)?(?:{gap['trade']})"
                       rf"(?:\s+(?:{gap['trade_balance']}))?(?:\s+(?:{gap['trade_tail']}))?\s+"
                       # "from the 4.73 billion U.S. dollars total export sales in December 2018"
                       rf"|(?:(?:{gap['total']})\s+)?(?:{gap['flow']})\s+(?:{gap['flow_money']})\s+)?"
                       # ("from [$21.71 billion in] May 2023": the preposition closing an editorial bracket, rule
                       # bracketed_base_value)
                       # ("the N677.42bn recorded in the corresponding first quarter of 2017": a likeness word before
                       # the written part, rule corresponding_part)
                       # ("85.4% compared to 77% at the same period in 2014", "the trade gap was 69.45bn dirhams amid
                       # the same period of 2016": "at the" right before the time, or "amid", rule same_period_at)
                       rf"(?:(?:{gap['preposition']}|(?:{gap['before_the']})(?=\s+(?:{gap['definite']})\s+$))"
                       rf"\]?\s+)?(?:(?:{gap['article']})\s+)?"
                       # ("the €19.94 billion surplus recorded during the same nine-month period in 2006", rule
                       # same_before_period)
                       rf"(?:(?:{gap['likeness']})\s+)?(?:(?:{gap['period']})\s+)?$", re.I)


_DASH_GAP = re.compile(r"\s+[-–—]\s+(?:(?:в|во|за|in|during)\s+)?(?:the\s+)?", re.I)
ADJACENT_REACH = 36  # characters between a figure and the period right after it (cue adjacent_gap)
_OVER_GAP = skip_compile(r"\b(?:over|on)\b", re.I)
# "в январе 2011-го - $1,291 миллиона, 2012 года - $2,084 миллиона": a year after a comma and before a dash and an
# amount labels the amount after it, an item of a list, not the figure before the comma (rule list_item_year)
_LABELS_NEXT = re.compile(r"\s*[-–—]\s*(?:[$€£¥]\s?)?\d")
# "... in 2010, but jumped to $1.3 billion by the end of December 2018": a ';' or ', but' opens another clause
CLAUSE_BEFORE = re.compile(r";|,\s+but\b")


# "fell 5%, following an 11.1% drop in December", "fell 5% after falling 11.1% in December": a clause of an earlier change, with its own figure,
# dates that figure, not the one before it (rule prior_change_clause)
# the words that open the clause of an earlier change, up to its figure ("following an 11.1%", "after a
# revised 3.2%", "after falling 11.1%"); period_growth and period_context read the same opener
# ("It followed a 14.9 per cent rise in the previous month.": the wire's own sentence for it, rule followed_change)
# ("exports advanced 2.0 percent after increasing by a revised 3.0 percent in January and 1.4 percent in December",
# clevelandfed.org: an article and one word between "by" and the figure, rule prior_change_revised)
PRIOR_OPENER = r"(?:following|followed|after)\s+(?:an?\s+(?:[a-z-]+\s+){0,2}|[a-z]+ing\s+(?:by\s+)?(?:an?\s+[a-z-]+\s+)?)"
PRIOR_CHANGE = rf"[,\s]\s*{PRIOR_OPENER}[-+−]?\d"
_PRIOR_CHANGE = re.compile(PRIOR_CHANGE)


def clause_break(text: str, a: int, b: int) -> bool:
    """A ';' or an unclosed '(' between a and b ("2.09 trillion (about $299 billion) in H1" is one clause),
    or a language's contrasting clause (cue clause_break: "рост составил 32%, а за январь-июль текущего года";
    in English the clause of an earlier change, _PRIOR_CHANGE)."""
    gap = text[a:b]
    return ";" in gap or gap.count("(") > gap.count(")") or bool(cue("clause_break", _PRIOR_CHANGE).search(gap))


# "compared with US$3.2bn and US$2.9bn in May 2020" (latinnews.com): two amounts compared with, joined by "and", share
# the time written after the second; the first is read from the end of the second (rule compared_pair_time)
_COMPARED_PAIR_BEFORE = skip_compile(rf"\b{COMPARED_WITH}\s+(?:the\s+|an?\s+)?(?:about\s+|around\s+|some\s+)?\W{{0,3}}$", re.I)
_PAIR_NEXT = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z]{1,3}\s?)?[$€£¥]\s?\d[\d.,]*\s?(?:bn|billion|mn|million|trillion|tn|m)?\b")


# the rule that marks a time read with its "from" a base, a level after it (facts/periods_place.py)
FROM_TO_LEVEL = "from_period_to_level"


def figure_tail(d: Doc, f: Figure) -> int:
    """Where the words that may date the figure begin: past its bracket, past "of GDP" after a share ("negative by 3.8%
    of GDP in 2022": rule share_of_gdp_time), and past the later members of a list that a "respectively" before it
    opens ("84.2 percent (including EU 77.1 percent) and 65.6 percent (...) in the corresponding period of the previous
    year": rule respectively_opens)."""
    if f.kind == "share" and (gdp := _of_gdp_after().match(d.text, f.clean_end)) is not None:
        return BRACKET_AFTER.match(d.text, gdp.end()).end()
    if not may_open_list(d.text, max(0, f.clean_start - 400), f.clean_start):
        return BRACKET_AFTER.match(d.text, f.clean_end).end()   # (most figures: no such word before them)
    s, e = d.c.sentences[d.sentence_index(f.clean_start)]
    last = opened_list_end(d.text, s, e, f.clean_start, f.figure)
    return BRACKET_AFTER.match(d.text, last if last is not None else f.clean_end).end()


def adjacent_times(d: Doc, f: Figure, all_times: list[TimeExpr]) -> list[TimeExpr]:
    """The expressions right after the figure, its period unless a growth's base."""
    tail = figure_tail(d, f)
    adjacent = _adjacent_from(d, f, all_times, tail)
    if adjacent and f.kind == "share" and tail > BRACKET_AFTER.match(d.text, f.clean_end).end() \
            and _of_gdp_after().match(d.text, f.clean_end):
        d.period_via.append("share_of_gdp_time")   # (the time after "of GDP": rule share_of_gdp_time)
    if not adjacent and f.kind == "money" and _COMPARED_PAIR_BEFORE.search(d.text, max(0, f.clean_start - 40), f.clean_start):
        pair = _PAIR_NEXT.match(d.text, f.clean_end)
        if pair is not None:
            return _adjacent_from(d, f, all_times, BRACKET_AFTER.match(d.text, pair.end()).end())
    return adjacent


def _adjacent_from(d: Doc, f: Figure, all_times: list[TimeExpr], end: int) -> list[TimeExpr]:
    """The expressions right after end, the figure's period unless a growth's base."""
    # ("... as against $168.64 billion during the period April-October 2017-18": 19 characters between)
    gap = cue("adjacent_gap", adjacent_gap())
    adjacent = [t for t in all_times if 0 <= t.start - end <= ADJACENT_REACH
                and (gap.match(d.text, end, t.start)
                     # "против 1,7 миллиарда долларов - в первом полугодии прошлого года": a base's time behind a
                     # dash is its amount's own (rule base_dash_gap)
                     or (t.base and _DASH_GAP.fullmatch(d.text, end, t.start) is not None))
                and not (t.base and (t.year is None or t.same) and f.kind == "growth")
                # "104,9% к январю-июню 2015 года": the months a growth is measured against (rule base_part)
                and not (t.base and f.kind == "growth" and t.kind in ("month_range", "months", "part", "month"))
                # "(+21,6% к 2024 г.)": a written year a change is measured against, never its own (rule base_year_after)
                and not (t.base and f.kind == "growth" and t.kind == "year" and not t.same)
                # "an increase of €3 billion (2%) over 2020": the year the change is measured against
                and not (t.base and _OVER_GAP.search(d.text, end, t.start))
                # "increased by 0.6 percentage points from January-May last year to 27 percent": the base a change is
                # counted from, its new level after it (rule from_period_to_level)
                and not (t.base and FROM_TO_LEVEL in t.via.split("+"))
                and not ("," in d.text[end:t.start] and _LABELS_NEXT.match(d.text, t.end))]
    return adjacent


# "увеличилась с 0,2 (1992 год) до 0,9% (1996 год)", "rose from 12% (2010) to 15% (2015)": a bracket that holds a written
# time alone right after a figure dates that figure, where BRACKET_AFTER would pass it over as an aside (rule
# bracketed_time)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_bracket_terms = EnglishCue("bracketed_time_terms")
_of_gdp_after = EnglishCue("percent_of_gdp_after", re.I)
_bracket_mark = EnglishCue("bracketed_time_mark")


def bracketed_time(d: Doc, f: Figure, all_times: list[TimeExpr]) -> TimeExpr | None:
    """The written time that fills the bracket right after the figure, else None (rule bracketed_time)."""
    # "Exports : $182.4 billion f.o.b. (2004 est.)" (a country profile): the delivery terms of the amount may stand
    # before the bracket, an estimate's mark after the time inside it (cues bracketed_time_terms, bracketed_time_mark;
    # English rows only)
    terms = _bracket_terms().match(d.text, f.clean_end)
    opened = _BRACKET_OPEN.match(d.text, terms.end() if terms is not None else f.clean_end)
    if opened is None:
        return None
    mark = _bracket_mark()
    return next((t for t in all_times if t.start == opened.end() and t.year is not None
                 and not (t.base or t.target)
                 and (_BRACKET_CLOSE.match(d.text, t.end) or mark.match(d.text, t.end))), None)


# "доля импорта: 1992 год 37%, 1997 год (6 мес.) 76,5%", "2012 года - $2,084 миллиона": a written year that opens a list
# item (after a colon, comma or semicolon) right before its figure labels that figure; a part of the year in a bracket
# after it gives the months (rule year_label_before)
_LABEL_OPENER = re.compile(r"[:;,]\s*$")
_LABEL_GAP = re.compile(r"\s*(?:\((?P<part>[^()\n]{1,20})\)\s*)?(?:[-–—:]\s*)?")
_PART_KINDS = frozenset({"months", "half", "quarter", "quarters", "month_range", "month"})
_LABEL_REACH = 30   # characters between a label year and its figure: "(6 мес.) – " and spaces


def year_label_before(d: Doc, f: Figure, si: int, all_times: list[TimeExpr]) -> tuple[int, int, int] | None:
    """(year, m1, m2) of the written year that labels the figure as a list item, else None (rule year_label_before)."""
    s = d.c.sentences[si][0]
    for t in all_times:
        # (the gap first: a label stands at most a bracketed part and a dash before its figure)
        if not 0 <= f.clean_start - t.end <= _LABEL_REACH or t.kind != "year" or t.year is None or t.base \
                or t.target or t.start < s:
            continue
        gap = _LABEL_GAP.fullmatch(d.text, t.end, f.clean_start)
        if gap is None or _LABEL_OPENER.search(d.text, max(s, t.start - 3), t.start) is None:
            continue
        part = next((p for p in all_times if gap.group("part") and gap.start("part") <= p.start < gap.end("part")
                     and p.year is None and p.kind in _PART_KINDS and p.m1 is not None), None)
        return (t.year, part.m1, part.m2) if part is not None else (t.year, t.m1, t.m2)
    return None


# "the trade volume in 2014 was amounted to $36 million, in 2018 it became $ 98 million": a year after a comma that
# opens the next item's clause, with an amount of its own, dates that item; the figure keeps the year its own clause
# wrote before it (rule clause_year_before)
_NEXT_ITEM = re.compile(r"[^,;.\n]{0,40}?(?:[$€£¥]\s?\d|\d[\d.,]*\s*(?:billion|million|trillion|bn|mn)\b)", re.I)
_CLAUSE_STOP = re.compile(r"[,;()]")
_OPENING_YEAR = re.compile(r"\W*(?:In|During|For)\s+$")


def clause_year_before(d: Doc, f: Figure, after: TimeExpr, all_times: list[TimeExpr]) -> TimeExpr | None:
    """The written year before the figure in its own clause when the adjacent time after it (behind a comma) opens
    another item with its own amount (rule clause_year_before), else None."""
    # ("In 2020, it only slightly exceeded 23 billion zlotys, a year later it increased to almost 29 billion zlotys",
    # babel.ua: "a year later" opens the next item as a written year does, and the year that opens the sentence,
    # behind its comma, is the first item's; rule clause_year_opening)
    if (after.year is None and after.kind != "following_year") or "," not in d.text[f.clean_end:after.start] \
            or not _NEXT_ITEM.match(d.text, after.end):
        return None
    s = d.c.sentences[d.sentence_index(f.clean_start)][0]
    own = [t for t in all_times if t.end <= f.clean_start and t.kind == "year" and t.year is not None
           and not (t.base or t.target or t.fiscal)
           and (not _CLAUSE_STOP.search(d.text, t.end, f.clean_start)
                or (_OPENING_YEAR.match(d.text, s, t.start) is not None
                    and d.text.startswith(",", t.end) and not _CLAUSE_STOP.search(d.text, t.end + 1, f.clean_start)))]
    return own[-1] if own else None


"""Whether a time expression is a base of comparison or a target, from the words around it:
a base ("compared to 2021") is never the figure's own period."""
from __future__ import annotations

import re

from tradeflows.facts.period_figures_show import figure_is_value, figures_shown
from tradeflows.facts.periods_grammar import TimeExpr
from tradeflows.vocab.lowercase import lower_copy
from tradeflows.vocab import holds, required
from tradeflows.vocab.patterns import CHANGE_VERBS, EnglishCue, RECORDED_WORDS
from tradeflows.vocab.skip import skip_compile

# "since record-keeping began in 1989", "since records began in": the year records began (rule records_began)
RECORDS_BEGAN_WORDS = (r"\bsince\s+(?:the\s+)?(?:records?|record[-\s]keeping|data|statistics|series|comparable\s+(?:data|records))\s+"
                       r"(?:collection\s+)?(?:began|started|commenced|were\s+first\s+(?:kept|compiled|collected))\s+")
RECORDS_BEGAN = skip_compile(RECORDS_BEGAN_WORDS + r"(?:in\s+)?$", re.I)

# the words BASE_BEFORE lets stand between its base cue and the expression ("compared with the same period of")
_BASE_FILLERS = (r"in|the|for|of|with|same|similar|comparable|corresponding|period|level|figure|indicator|whole|year's|at|of|"
                 rf"value|values|that|amount|amounts|{RECORDED_WORDS}|result|results")
# What makes an expression a base of comparison, right before it.
BASE_BEFORE = skip_compile(
    # "a 50.8 percent rise over that of January last year", "17.9% above the result of October of last year"
    # ("exports rose 2.1% in comparison to June 2017", "as compared with")
    # ("Vis-à-vis the 2nd quarter of 2019, the increases were 35.1% and 36.8%": Statistics Portugal's "compared with")
    r"(?:(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than|versus|vs\.?|against|relative\s+to|vis-[àa]-vis|since|from|"
    # ("This figure is almost the same as in 2019: the decrease in mutual trade turnover is only 0.58%", thepage.ua: a
    # likeness to a year is a comparison with it, rule same_as_base)
    r"exceed(?:ing|ed|s)?|that\s+of|above|below|(?<=the\s)same\s+as)\s+"
    # "Import is almost on the same level as in 2015 and it amounted to 11.81 billion BAM" (sarajevotimes.com): the
    # level a figure is likened to is its base (rule same_level_as)
    r"|\b(?:same|similar)\s+level\s+as\s+"
    # "exports of the zone last year nearly maintained the same level that was registered in 2016" (jordannewsgazette.com,
    # data/web54): the level kept, in a relative clause, is the base too (rule same_level_as)
    r"|\b(?:same|similar)\s+level\s+(?:that|which)\s+(?:was|were|had\s+been)\s+"
    r"|over\s+(?:the\s+)?(?:value|figure|level|total|amount)s?\s+"
    # "total exports increased by 4.31 per cent when compared to the first quarter of 2022 ... and by 47.55 per cent of
    # the value recorded in the second quarter of 2021" (supernewsng.com): a change "by" a rate "of" a recorded value is
    # told against that value's time, as "over the value recorded in" (rule rate_of_value)
    r"|\bby\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:value|figure|level|amount)s?\s+"
    # "an increase of €3 billion (2%) over 2020", "an increase of €1,990 million (+3.9%) on the 2020
    # value": a change measured against that year
    # ("growing at 13.84 percent during FY 2022-23 over FY 2021-22 to achieve USD 770.18 billion")
    # ("Export Growth\nOver the period of January to May 2018, euro-area exports ... rose" (esmmagazine.com): a heading's
    # change word and the "Over" opening the next line are no change told against a time, rule over_heading_line)
    r"|(?:increase|rise|growth|growing|decline|decrease|drop|fall|gain|jump|up|down)(?:\s+of)?(?:[^.;\n]|(?<=\d)\.(?=\d)){0,40}?"
    r"[ \t\u00a0](?:over|on)\s+"
    # "The exports grew 29.3% over March 2020": a rate of change told against a time (rule rate_over)
    r"|\b(?:grew|rose|increased|decreased|declined|fell|dropped|jumped|surged|climbed)\s+(?:by\s+)?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent|pc)\s+(?:over|on)\s+"
    # "the value of goods exports to Great Britain in the first five months of 2019 was €6 billion (9%) on the first
    # five months of 2018" (checkout.ie on Ireland's CSO): a level's rate of change in brackets, then "on" or "over" a
    # time, is told against that time (rule bracket_rate_on)
    r"|\d\s*%\)\s+(?:over|on)\s+"
    # "exports accounted for US$ 5.7 billion (an increase by 14% to January-May 2020)": a change's rate "to" a period,
    # the one it is measured against (rule rate_to_period; "rose by 14% to $5 billion" names no time after "to")
    r"|\b(?:increase|rise|growth|decrease|decline|drop|fall)\s+(?:by|of)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+to\s+"
    # "the highest since comparable data became available in 1979": a record's floor (rule since_clause)
    # ("This was the worst turnout since the 4.5% decline logged in November 2016": a noun after the superlative, a
    # figure among the words after "since"; no word that ends a sentence, no line break)
    r"|\b(?:highest|lowest|largest|biggest|smallest|first|best|worst)\s+(?:[a-z-]+\s+){0,2}?since\s+(?:[^\s;]*[^\s;.!?][ \t]+){1,6}?"
    # "the strongest result for the month since record-keeping began in 1989", "since records began in 1995" (anba.com.br):
    # the year records began is a record's floor, whatever the superlative (rule records_began)
    r"|" + RECORDS_BEGAN_WORDS +
    # "breaking a declining phase that started in March": when a state named in a relative clause began, no period of
    # a figure (rule began_clause; "the fiscal year which began on July 8" is fiscal_started's)
    r"|(?<!year\s)(?<!period\s)\b(?:that|which)\s+(?:started|began|commenced)\s+"
    # "Comparing September 2014 with September 2013, the value of exports increased", "Comparing 2014 with 2013,
    # imports of Machinery ... increased": the second time compared is the base (rule comparing_with, cso.ie; a
    # longer "comparison of ... between X and Y" lies beyond the words read before a time)
    r"|\b(?:[Cc]omparing|comparison\s+(?:of|between))\s[^.;]{1,80}?\s(?:with|to|and)\s+)"
    # ("touching $580 million, or rising 3.8 percent, from that in May": the pronoun for the base's value, rule
    # from_that)
    rf"(?:(?:{_BASE_FILLERS})\s+)*$", re.I)
# "compared to $374 million in 2016": the period of a base's own value is a base too, also of an
# amount written in parts ("compared to 384 thousand 648 million dollars in 2021")
BASE_VALUE_BEFORE = skip_compile(
    # "as against the exports of $2.301 billion in December 2022": the base's measure named first
    # "about 51 per cent higher than $178 billion in 2021": a rate's comparative names the base's value
    # "surpassing the previous high of $676.43 billion set in 2021": a record surpassed is a base too
    r"(?:compared\s+(?:to|with)|versus|vs\.?|against|from|surpassing|exceeding|topping|beating|"
    r"(?:%|per\s*cent|percent|times)\s+(?:higher|lower|more|less|greater|smaller|larger|above|below)\s+than"
    # "30.7 per cent above the US$107.9 million recorded in January 2022": above or below a value, no "than"
    r"|(?:%|per\s*cent|percent)\s+(?:above|below)"
    # "which was lower than the USD43.53 billion trade deficit in 2018": a comparative before a value named
    # with the definite article is a base ("more than $5 billion in 2021" is the figure's own bound)
    # ("higher than the 4.9 percent increase in the first quarter" keeps its quarter: a rate, no value)
    r"|(?:higher|lower|less|greater|smaller|larger)\s+than(?=\s+the\s+(?:[A-Z]{0,3}[$€£¥₹₦]|[A-Z]{2,3}\s?\d"
    r"|\d[\d.,]*\s*(?:billion|million|trillion|bn|mn)\b)))"
    # "to $6.85 bn from a peak of $16.9 bn in November 2014", "to $22.9 bn from close to $20 bn in February last
    # year": an article and a qualifier before the base's value (rule base_value_qualified)
    # ("down by 5.08 percent from [$21.71 billion in] May 2023": the base's value and its preposition in an editorial
    # bracket, rule bracketed_base_value)
    r"\s+\[?(?:(?:the|a)\s+[a-z]+\s+of\s+|the\s+previous\s+(?:high|record|peak|level)\s+of\s+|the\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|close\s+to\s+|just\s+(?:over|under)\s+)?"
    # ("from the USD182.15 billion total external trade in 2018": the base's noun of trade after its scale)
    # ("compared to the N6,435.15 billion recorded in the second quarter of 2023" (dailypost.ng): a naira's or rand's
    # one letter glued to the value, rule letter_sign_base_value; "from Kshs. 424 billion in 2020": up to four letters)
    # ("compared with a deficit of R27,3-billion in 2009" (polity.org.za), "from a $1.93-billion gap": the scale word
    # hyphenated to the value, rule hyphen_scale_base_value)
    # ("from 34.372 billion U.S. dollars in 2015", egypt-today.com: a currency's initials among the words, rule
    # base_value_initials)
    r"(?:[A-Z]{0,3}[$€£¥₹₦]\s?|[A-Z][A-Za-z.]{1,4}\s?|[NRK](?=\d))?\d[\d.,]*(?:\s+[a-z]+\s+\d{1,3})*(?:-(?=[a-z]))?\s*"
    r"(?:[a-z]+\s+){0,2}?(?:u\.\s?s\.\s+[a-z]+\s+)?(?:(?:total\s+)?(?:external\s+|foreign\s+|merchandise\s+)?trade\s+(?:(?:deficit|surplus)\s+)?)?"
    # "compared with SR 1.96 billion [U.S. $ 0.52 billion] during": a bracketed conversion between
    r"(?:[(\[][^()\[\]\n]{1,40}[)\]]\s*)?"
    # "as against USD 211.17 Billion (Rs.14,84,386.50 Crore) during the period April-November 2019-20"
    r"(?:in|for|during)\]?\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$", re.I)
# "the foreign trade deficit decreased from 1.9 billion dinars (2.6 billion dollars) at the end of the first quarter
# 2019": an expression that holds its own preposition ("at the end of", "as of") right after a compared value is
# that value's, a base (rule base_value_at)
_BASE_VALUE_AT = skip_compile(BASE_VALUE_BEFORE.pattern[:BASE_VALUE_BEFORE.pattern.rindex("(?:in|for|during)")] + "$", re.I)
_OWN_PREPOSITION = skip_compile(r"(?:at|as\s+of)\s", re.I)


def _value_at_base(before: str, text: str, start: int | None) -> bool:
    """A compared value right before an expression that opens on its own preposition (rule base_value_at)."""
    return start is not None and text.startswith(("a", "A"), start) and _OWN_PREPOSITION.match(text, start) is not None \
        and _BASE_VALUE_AT.search(before) is not None
# "reached OMR282.4 million compared to OMR50.2 million last year": a time right after a compared value marked as
# money needs no preposition (rule base_value_relative; "from 2009 through 2012" is no value)
# ("January exports reached $5.23 billion, down 13.5 percent from $6.04 billion last year": a rate's "from" too)
# ("Malaysian exports decreased to RM63.6 billion from RM63.9 billion last year", "Revenues from exports to Japan posted
# a 51-percent increase to $1.305 billion in March from $864.87 million last year": the level reached, its month if
# named, then "from" the value the change started from, rule base_value_relative)
# ("exports, which rose 22 per cent to reach Dhs84 billion from Dhs69 billion last year" (gulfbusiness.com): the level
# "reached" after "to", rule to_reach_from_base)
# ("From $59.8 million last year, beef exports to the US have risen to $270.4 million" (theindiansun.com.au): a sentence
# opened by "From" and a value is the change's start, its time the base's, rule from_opening_base_value)
_BASE_MONEY_BEFORE = skip_compile(r"(?:\b(?:compared\s+(?:to|with)|versus|vs\.?|against)|(?:%|\bper\s?cent|\bpercent)\s+from"
                                r"|(?:^|(?<=[.!?]\s)|(?<=\n))from"
                                r"|\bto\s+(?:reach\s+|touch\s+|stand\s+at\s+|hit\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:[A-Z]{0,3}[$€£¥₹₦]\s?|[A-Z]{2,3}\s?)\d[\d.,]*\s*"
                                r"(?:billion|million|trillion|bn|mn|m|b)?\s+(?:in\s+[A-Z][a-z]+\s+)?from)\s+"
                                r"(?:the\s+|a\s+)?"
                                r"(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:[A-Z]{0,3}[$€£¥₹₦]\s?|[A-Z]{2,3}\s?)\d[\d.,]*\s*"
                                r"(?:billion|million|trillion|bn|mn|m|b)?\s+$", re.I)
# "Since annual exports to China fell from their peak in 2014, exports to China and Australia have been around
# NZ$8.4 billion": a time inside a clause that opens its sentence on "Since" is where the state began (rule
# since_opening; case-sensitive: "growing since the two countries established relations in 1992, when trade
# reached only 500 million USD" dates that figure)
# ("Since the beginning of 2021, exports have reached ...": a year to date, the figure's own period)
_SINCE_OPENING = skip_compile(r"(?:(?<=[.!?]\s)|(?<=\n)|(?<=[“\"]))Since\s+(?!(?:the\s+)?(?:start|beginning|end)\b)(?:[^,;.\d]|(?<=\d)\.(?=\d)){0,80}?\s"
                            r"(?:in|of|during)\s+(?:the\s+)?$")
# the relative time such a value is dated by ("last year", "a year earlier", "the previous year"), not "in April"
_RELATIVE_START = skip_compile(r"(?:last|previous|a\s+year|the\s+(?:previous|prior|preceding|same|year))\b", re.I)


# "decreased by £1.7bn, or 3.8 per cent, between the three months to June 2017 and the three months to September
# 2017" (cityam.com): the first of two periods a change is measured "between" is its base (rule between_periods); also
# with the kind of the years named between ("fell 7.21 percent, from $27.15 billion to $25.22 billion, between calendar
# years 2014 and 2015", sun-sentinel.com, data/web54)
_BETWEEN_BEFORE = skip_compile(r"\bbetween\s+(?:the\s+)?(?:calendar\s+years?\s+|years\s+)?$", re.I)
_AND_PERIOD_AFTER = skip_compile(r"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:(?:19|20)\d\d|quarters?|months?|half|year)\b", re.I)


def _between_base(before: str, text: str, end: int) -> bool:
    """The first of two periods joined by "between ... and" (rule between_periods)."""
    return _BETWEEN_BEFORE.search(before[-32:]) is not None and _AND_PERIOD_AFTER.match(text, end) is not None


def _money_base(before: str, text: str, start: int | None) -> bool:
    """A compared money value right before a relative time: "compared to OMR50.2 million last year" (rule
    base_value_relative)."""
    return start is not None and _RELATIVE_START.match(text, start) is not None \
        and _BASE_MONEY_BEFORE.search(before[-80:]) is not None
# "slightly lower than the 32.41 percent share recorded in 2020": a level a comparison was made with, its
# year recorded (rule base_level; "higher than the 4.9 percent increase in the first quarter" keeps its
# quarter: that figure's own period)
# ("Exports of R98.92bn are 8.8% more than the exports recorded in September 2015 of R90.93bn": "more" too)
_base_level_before = EnglishCue("base_level_before", re.I)
# "last year's figure", "the 2021 level": the expression names a base
# ... or a possessive standing for its figure: "Chile exports to China more than double last year's in first six
# months of 2010" (rule elliptic_possessive_base)
# ... or a possessive right before an amount: "fell by 32pc and was recorded at $1.97bn as opposed to last year's
# $2.9bn" (news10.pk): "last year's" is the amount's after it, a base, no time of the sentence's other figures (rule
# possessive_amount_base)
_BASE_AFTER = skip_compile(r"(?:['’]s)?\s+(?:figure|level|indicator|result|value)s?\b"
                         r"|(?:['’]s|(?<=['’]s))\s*(?=[^\s\d]{0,4}\s?\d)"
                         r"|['’]s(?=\s*(?:[.,;:)]|$|\s+(?:in|and|for|during|over|at|when|while)\b))", re.I)
# "In 2023 figures, the total export goods amounted to $55.32 billion": the year's own figures, no base
_IN_BEFORE = skip_compile(r"\bin\s+$", re.I)
SAME_PERIOD = skip_compile(r"(?:same\s+period|(?:much|many|high|large)\s+as|(?:figure|indicator|level|total)\s+(?:for|of)"
                          r"(?:\s+the\s+whole\s+of)?)\s+(?:of\s+|in\s+)?(?:the\s+)?$", re.I)
# "from $30.4 million in 2022 to $80.6 million in 2023": the first year is where a change started
# ("Readymade garment exports from Bangladesh decreased by 6.21 per cent in the first six months of 2019 to $16.024
# billion": a change verb after "from" makes it a place's flow, no value a change started from; rule from_place_flow)
_FROM_BEFORE = skip_compile(rf"\bfrom\s+(?![^,;]{{0,40}}?\b(?:{CHANGE_VERBS})\b)[^,;]{{0,40}}?\s(?:(?:in|for)\s+(?:the\s+)?)?$", re.I)
# ... "to" right after the year, or after a bracket or "up" ("from $30.4 million in 2022 (revised) to"); a word between
# is a verb of the clause, no change's end: "The plan to earn $1.2 billion from coffee exports in 2022 aims to increase
# the earning" (2merkato.com), "Revenue from coffee exports in 2022 rose to $1.4 billion" name the figure's own year
TO_AFTER = skip_compile(r"(?:[^\w,;]{0,5}|\s+up)\s+to\s", re.I)
# "compared with €78.0 billion in the same period the previous year (January to May 2017)" (esmmagazine.com): the
# months in brackets right after a same-period base restate that base (rule same_period_gloss)
_SAME_GLOSS = skip_compile(r"\b(?:same|corresponding|comparable|similar|like)\s+(?:period|months?|quarter|half)\b[^()\n.;]{0,30}\(\s*$",
                         re.I)
BEGINNING = skip_compile(r"\b(?:at|by|as\s+of)\s+the\s+(?:very\s+)?(?:beginning|start)\s+of\s+$", re.I)
_TARGET_BY = skip_compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
# lower-cased copies for the lower-cased text before an expression (tradeflows.vocab.lowercase)
_BASE_BEFORE_LC = lower_copy(BASE_BEFORE)
_SAME_PERIOD_LC = lower_copy(SAME_PERIOD)
_BASE_VALUE_BEFORE_LC = lower_copy(BASE_VALUE_BEFORE)
_FROM_BEFORE_LC = lower_copy(_FROM_BEFORE)
_TARGET_BY_LC = lower_copy(_TARGET_BY)
BEGINNING_LC = lower_copy(BEGINNING)
_LC_READY = all(rx is not None for rx in (_BASE_BEFORE_LC, _SAME_PERIOD_LC, _BASE_VALUE_BEFORE_LC,
                                          _FROM_BEFORE_LC, _TARGET_BY_LC, BEGINNING_LC))


# characters before an expression read for a base cue: room for a base's value with a bracketed
# conversion ("as against USD 211.17 Billion (Rs.14,84,386.50 Crore) during the period ...")
BASE_REACH = 90
# "The Trade deficit from July-December (2023-24) was recorded at": "from" right before written months
# opens the period itself, not a base a change starts from (rule from_range)
FROM_RANGE = skip_compile(r"\b[Ff]rom\s+$")


# "ahead of the €19.94 billion surplus recorded during the same nine-month period in 2006" (irishtimes.com): a likeness
# word right before a part of a year makes it a base, a same period whose value the amount before it is (rule
# same_before_period); "In the same 2018, the turnover ... increased" names that very year again, no base
SAME_RIGHT_BEFORE = skip_compile(r"\bthe\s+(?:same|corresponding|comparable|similar)\s+$", re.I)


def same_before_part(before: str, text: str, start: int | None) -> bool:
    """A likeness word right before a time expression that does not open on a digit (rule same_before_period)."""
    return start is not None and not text[start:start + 1].isdigit() \
        and SAME_RIGHT_BEFORE.search(before[-24:]) is not None


def flags(t: TimeExpr, text: str) -> TimeExpr:
    """The expression as base of comparison or target, from the words around it."""
    before = text[max(0, t.start - BASE_REACH):t.start]
    base, target = base_target(before, lower_for_lc(before), t.end, text, t.start)
    if base and t.fiscal in ("span_range", "named_range") and FROM_RANGE.search(before) \
            and not TO_AFTER.match(text, t.end):
        base = False
    own = shown_figures(text, t.start, t.end) if base else None
    if own is not None:   # "the 2015 figures reveal" (rule figures_shown), "the 2017 figure is $1.95 billion" (figure_is_value)
        return TimeExpr(t.start, t.end, t.kind, t.year, t.rel, t.bracket_year, t.m1, t.m2, False, target, t.fiscal,
                        t.same, via=own)
    same = t.same or (base and t.year is not None and same_before_part(before, text, t.start))
    # the constructor, not dataclasses.replace: this runs for every time expression
    return TimeExpr(t.start, t.end, t.kind, t.year, t.rel, t.bracket_year, t.m1, t.m2, base,
                    target, t.fiscal, same)


def lower_for_lc(before: str) -> str | None:
    """The words before an expression lower-cased for the _LC patterns, or None where the
    lower-cased copies would not match like the re.I patterns (tradeflows.vocab.lowercase). (Three substring tests, not
    fold.UNSAFE.search, as fold.lower_text: the same answer, a third of the cost on the words before an expression.)"""
    return None if not _LC_READY or "\u0130" in before or "\u0131" in before or "\u017f" in before else before.lower()


# "The total India-Russia bilateral trade figure for 2023 was USD 65.6 billion": "the figure for" a year
# that is the subject of a level verb, with no comparison before it, is the figure's own year (rule own_figure)
_FIGURE_FOR_BEFORE = skip_compile(r"\b(?:figure|indicator|level|total)s?\s+(?:for|of)\s+(?:the\s+)?$", re.I)
_LEVEL_VERB_AFTER = skip_compile(r"\s+(?:was|were|is|stood|reached|amounted|totall?ed|came|hit)\b", re.I)
_COMPARED_WORD = skip_compile(r"\b(?:compared|than|versus|vs|against|from|over|above|below|exceed\w*)\b", re.I)


# what each pattern cannot match without, read off its parse (vocab.required): looked for in the
# lower-cased words before an expression first, a few substring tests some tenfold cheaper than the
# pattern's scan (most words before an expression lack them)
_NEEDS_FIGURE_FOR = required(_FIGURE_FOR_BEFORE.pattern, _FIGURE_FOR_BEFORE.flags)
_NEEDS_BASE = required(BASE_BEFORE.pattern, BASE_BEFORE.flags)
_NEEDS_SAME = required(SAME_PERIOD.pattern, SAME_PERIOD.flags)
_NEEDS_BASE_VALUE = required(BASE_VALUE_BEFORE.pattern, BASE_VALUE_BEFORE.flags)


def _rest_after(needs: tuple, read: tuple) -> tuple | None:
    """The pieces of needs' one group that the group `read` lacks, where needs is one group holding every piece of
    read: holds(low, needs) is then "read's group held, or one of these", and base_target, which has looked for
    read's pieces, looks for these alone; None otherwise (holds reads needs in full)."""
    if len(needs) == 1 and len(read) == 1 and set(read[0]) <= set(needs[0]):
        return (tuple(p for p in needs[0] if p not in read[0]),)
    return None


# _NEEDS_FIGURE_FOR's first group ("figure", "indicator", "level", "total": SAME_PERIOD's nouns too) and the pieces of
# _NEEDS_SAME besides it, so that base_target looks for those four nouns once, not again for SAME_PERIOD
_FIGURE_NOUNS = _NEEDS_FIGURE_FOR[:1]
_SAME_REST = _rest_after(_NEEDS_SAME, _FIGURE_NOUNS)


# What the lower-cased words before an expression end with where BASE_BEFORE matches, read off its branches: a match
# ends on the end of those words, its base cue then words of _BASE_FILLERS, each a whole word (each follows and is
# followed by spaces), and the cue's last word (before its spaces) is one of these. The words that may end a longer
# word (no \b before them in BASE_BEFORE):
_BASE_CUE_ENDS = ("than", "versus", "vs", "vs.", "against", "from", "exceed", "exceeding", "exceeded", "exceeds", "above",
                  "below", "vis-à-vis", "vis-a-vis")
# whole words, with the words the word before them ends with ("that of", "relative to", "14% to", "same as",
# "level as", "over the value", "that started", "level that was"); "over" and "on" may follow any words ("an increase of 5% on")
_BASE_CUE_AFTER = {"of": ("that",), "to": ("relative", "%", "cent"), "as": ("same", "level"),
                   "started": ("that", "which"), "began": ("that", "which"), "commenced": ("that", "which"),
                   "was": ("that", "which"), "were": ("that", "which"), "been": ("had",),
                   **{w: ("over", "the") for w in ("value", "values", "figure", "figures", "level", "levels", "total",
                                                   "totals", "amount", "amounts")}}
_BASE_FILLER_SET = frozenset(_BASE_FILLERS.split("|"))


def _may_end_base(low: str) -> bool:
    """False where _BASE_BEFORE_LC cannot match the lower-cased words `low` (the branches that hold "since" or
    "compar", whose last words may be any, are left to the pattern): the last words of low, back over the words
    of _BASE_FILLERS, hold no word a base cue ends with. A few string tests instead of the pattern's search, which
    tries each of its branches at each character (most words before an expression are no base cue)."""
    if "since" in low or "compar" in low:
        return True
    words = low.split()   # (str.split's spaces are \s's)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "over" or w == "on" or w.endswith(_BASE_CUE_ENDS):
            return True
        if w == "of" and i and words[i - 1].endswith(("cent", "%")):
            return True   # "by 47.55 per cent of the value recorded in" (rule rate_of_value)
        before = _BASE_CUE_AFTER.get(w)
        if before is not None and i and words[i - 1].endswith(before) \
                and (words[i - 1] != "the" or (i > 1 and words[i - 2].endswith("over"))):
            return True
        if w not in _BASE_FILLER_SET:
            return False
    return False


def shown_figures(text: str, start: int, end: int) -> str | None:
    """The rule that reads an expression that is a base only by the noun after it ("the January-September 2015 figures")
    as the period's own, with no base cue before, or None: a verb of showing after the noun (the figures the sentence
    reports, rule figures_shown) or a copula and an amount ("The 2017 figure is $1.95 billion more": the noun the
    subject, rule figure_is_value), facts/period_figures_show.py; asked only of an expression read as a base."""
    m = _BASE_AFTER.match(text, end)
    if m is None:
        return None
    rule = "figures_shown" if figures_shown(text, m.end()) else "figure_is_value" if figure_is_value(text, m.end()) \
        else None
    return rule if rule is not None and not base_cue_before(text, start, BASE_REACH) else None


def base_cue_before(text: str, start: int, reach: int) -> bool:
    """Whether BASE_BEFORE.search(text, start - reach, start) finds a base cue, its pieces (_NEEDS_BASE, case-blind)
    looked for first in the lower-cased words searched: a match holds one, and most words before a time hold none."""
    lo = max(0, start - reach)
    low = lower_for_lc(text[lo:start])
    return (low is None or holds(low, _NEEDS_BASE)) and BASE_BEFORE.search(text, lo, start) is not None


def base_target(before: str, low: str | None, end: int, text: str, start: int | None = None) -> tuple[bool, bool]:
    """(base, target) of the expression that ends at `end`, from the words `before` it (and
    their lower-cased copy `low`, None to use the re.I patterns) and those after it."""
    nouns = low is None or holds(low, _FIGURE_NOUNS)   # (holds(low, _NEEDS_FIGURE_FOR) in two steps: _SAME_REST)
    if nouns and (low is None or holds(low, _NEEDS_FIGURE_FOR[1:])) and _FIGURE_FOR_BEFORE.search(before[-40:]) \
            and _LEVEL_VERB_AFTER.match(text, end) and not _COMPARED_WORD.search(before[-80:]):
        return False, False
    if low is None:
        base = bool(BASE_BEFORE.search(before) or SAME_PERIOD.search(before)
                    or BASE_VALUE_BEFORE.search(before) or _base_level_before().search(before) or _money_base(before, text, start) or _SINCE_OPENING.search(before)
                    or (_BASE_AFTER.match(text, end) and not _IN_BEFORE.search(before))
                    or (_FROM_BEFORE.search(before) and TO_AFTER.match(text, end))
                    or _between_base(before, text, end) or same_before_part(before, text, start)
                    or _value_at_base(before, text, start) or (before.rstrip().endswith("(") and _SAME_GLOSS.search(before)))
        return base, bool(_TARGET_BY.search(before))
    # the same tests on the lower-cased words; a literal a pattern needs is looked for first
    base = bool((_may_end_base(low) and holds(low, _NEEDS_BASE) and _BASE_BEFORE_LC.search(low))
                or ((holds(low, _NEEDS_SAME) if _SAME_REST is None else nouns or holds(low, _SAME_REST))
                    and _SAME_PERIOD_LC.search(low))
                or (holds(low, _NEEDS_BASE_VALUE) and _BASE_VALUE_BEFORE_LC.search(low))
                or ("than the" in low and _base_level_before().search(before))
                or ("since" in low and _SINCE_OPENING.search(before) is not None)
                or (("compared" in low or "against" in low or "vs" in low or "versus" in low or "from" in low)
                    and _money_base(before, text, start))
                or (_BASE_AFTER.match(text, end) and not _IN_BEFORE.search(before))
                or ("from" in low and _FROM_BEFORE_LC.search(low) and TO_AFTER.match(text, end))
                or ("between" in low and _between_base(before, text, end))
                or (("same" in low or "corresponding" in low or "comparable" in low or "similar" in low)
                    and same_before_part(before, text, start))
                or _value_at_base(before, text, start)
                or (before.rstrip().endswith("(") and _SAME_GLOSS.search(before) is not None))
    return base, "by" in low and _TARGET_BY_LC.search(low) is not None

"""Kinds and signs: the words that make a number a change, a share or an index, and its sign.

Split from figures/extract.py, whose figure reader (_figure_at) asks these patterns in the
order its docstring gives: the cue words of vocab cues.csv compiled once (qualifiers, change
verbs and nouns, share and index words), the comparatives, brackets and signs around a
percent or multiple, and the direction of the change verb nearest before a number. Pure
text patterns, no document state.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from tradeflows.figures.units import scale_words
from tradeflows.vocab.lowercase import lower_copy, lower_text
from tradeflows.vocab import ahead, alternation, read_csv
from tradeflows.vocab.patterns import EnglishCue, english_cue
from tradeflows.vocab.skip import grouped_alternation, skip_ahead, skip_compile

# "a 3.7-percent share", "a 4.5-per-cent fall" (Yonhap's style)
PERCENT = skip_compile(r"(?:\s|-(?=per))?(?:%|percent\b|per[\s-]?cent\b|pct\b|pc\b)", re.I)
# and the Russian "п.п." / "процентного пункта" ("доля выросла на 3,2 п.п.")
POINTS = skip_compile(r"\s?(?:percentage\s+points?\b|percent(?:age)?\s+pts?\b|p\.\s?p\.|pps?\b"
                     r"|п\.\s?п\.|процентн\w*\s+пункт\w*)", re.I)
mult_suffix = EnglishCue("kinds_mult_suffix", re.I)
# ("outperformed its first quarter of 2023 figures by a staggering 69.2%" (a Colombian business page), "exports grew
# by a whopping 42.68 per cent" (rediff.com): an adjective of size between "by" and its amount; rule by_a_staggering)
by_cue = EnglishCue("kinds_by", re.I)
SHARE_RIGHT = skip_compile(r"\s+(?:of\s+(?:the|all|its|our|their|this|total|that|these|those|a)\b|of\b)", re.I)
# "16.5 percent (or 564 million USD) more than": a bracketed restatement may stand before the comparative
# a plus or minus sign written right before a percent, after a bracket, colon or space
# (or an arrow: "(↓20,1%)", "▲ 9,2%"; or glued to the amount it follows: "Exports:$206.3 Billion-2.1%", a
# scraped release box)
# ("thanks particularly to gold (+ 9.6%), cotton (+ 9.4%)": a sign spaced from its number inside a bracket)
# ("September imports + 31.6% year/year", invest-in-albania.org: a plus spaced from its number after a space; a minus
# so spaced is a dash, rule plus_spaced)
sign_before = EnglishCue("kinds_sign_before", re.I)
DOWN_SIGNS = "-\u2212\u2013\u2193\u25bc"
# ... or in a bracket of its own, as Indian ministry releases write it ("a negative growth of (-) 5.20%")
SIGN_BRACKET = skip_compile(r"\(([+\-\u2212\u2013])\)\s?$")
cmp_right_cue = EnglishCue("kinds_cmp_right", re.I)
cmp_down = EnglishCue("kinds_cmp_down", re.I)
compared_right = EnglishCue("kinds_compared_right", re.I)
paren_open = EnglishCue("kinds_paren_open", re.I)


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in read_csv("cues.csv"):
        out.setdefault(f"{r['category']}:{r['side']}", []).append(r["cue"])
    return out


@lru_cache(maxsize=1)
def kind_patterns() -> dict[str, re.Pattern]:
    c = _cues()
    quals = {cat: c[f"{cat}:left"] for cat in ("approx", "more_than", "less_than")}
    qual_alt = "|".join(f"(?P<{cat}>{alternation(ws)})" for cat, ws in quals.items())
    # (grouped by a cased first character, vocab/skip.py: matched after every number, an alternation of 70 words
    # entered word by word under re.I; the same matches)
    scales = grouped_alternation(scale_words())
    pats = {
        # a qualifier right before the number (or its currency): "more than", "exceeded the"
        # a qualifier right before the number: "more than", "exceeded the", "approaching
        # the landmark mark of"
        "qual": skip_compile(rf"\b{ahead(w for ws in quals.values() for w in ws)}(?:{qual_alt})" + english_cue("kinds_qual_tail").pattern, re.I),
        "up": re.compile(rf"\b{ahead(c['up:left'])}(?:{alternation(c['up:left'])})\b", re.I),
        "down": re.compile(rf"\b{ahead(c['down:left'])}(?:{alternation(c['down:left'])})\b", re.I),
        "index": re.compile(rf"\b(?:{alternation(c['index:left'])})\b", re.I),
        # "amounted to 107.9% compared to": an index only where the value says so (>= 100)
        "index_verb": english_cue("kinds_index_verb", re.I),
        "share": re.compile(rf"\b(?:{alternation(c['share:left'])})\b", re.I),
        # "an increase of 51.00%", "a decline of 3.6%": the change noun right before
        # a change verb right before the number ("grew 30.2 percent", "dived 10.3 percent")
        "verb_adjacent": re.compile(rf"\b{ahead(c['up:left'] + c['down:left'])}(?:(?P<up>{alternation(c['up:left'])})|"
                                    rf"(?P<down>{alternation(c['down:left'])}))\s+$", re.I),
        # "rose from", "fell sharply from": a change verb before the "from" of two levels ("fell from 1.8 to 1.3
        # billion dollars" is two amounts, not a range; ranges.py)
        "change_from": re.compile(rf"\b{ahead(c['up:left'] + c['down:left'])}(?:{alternation(c['up:left'] + c['down:left'])})"
                                  + english_cue("kinds_change_from_tail").pattern, re.I),
        # "a 27.5 percent jump", "a 2.1 per cent decrease", "5% year-over-year growth"
        "change_after": re.compile(rf"\s*(?:(?:{english_cue('kinds_change_after_span').pattern})\s+){{0,2}}"
                                   # "a 14.7% merchandise import growth": up to two trade nouns before the change noun
                                   # (rule change_after_noun)
                                   rf"(?:(?:{english_cue('kinds_change_after_nouns').pattern})\s+){{0,2}}(?:(?P<up>{alternation(c['up_of:left'])})|"
                                   rf"(?P<down>{alternation(c['down_of:left'])}))\b", re.I),
        # "a growth rate of 10.27 percent": a rate named as a growth rate right before its "of" (rule
        # growth_rate_of_percent)
        "rate_of": re.compile(rf"\b(?:(?P<down>{alternation(c['down_rate:left'])})|"
                              rf"(?P<up>{alternation(c['up_rate:left'])}))" + english_cue("kinds_change_of_tail").pattern, re.I),
        "change_of": re.compile(rf"\b(?:(?P<up>{alternation(c['up_of:left'])})|"
                                rf"(?P<down>{alternation(c['down_of:left'])}))" + english_cue("kinds_change_of_tail").pattern, re.I),
        # "recorded a drop of 371.4 million euros or 14.3%" (naftemporiki.gr, ELSTAT's figures): the change noun whose
        # "of" an amount follows, the percent restating it after "or"; its sign is the noun's, nouns the change
        # verbs do not hold ("drop", "reduction", "contraction", "dip"; rule growth_percent_or)
        "change_of_or": re.compile(rf"\b(?:(?P<up>{alternation(c['up_of:left'])})|"
                                   rf"(?P<down>{alternation(c['down_of:left'])}))" + english_cue("kinds_change_of_or_tail").pattern, re.I),
        # spelled-out scale after a number; one-letter abbreviations only glued ("$250m");
        # detached by a hyphen ("3.5-billion"), a stray dot ("US$43.billion") or an
        # editorial bracket ("$12 [billion]"); a hyphenated word after it is read by
        # _scale_at ("-billion-dollars", "billion-naira" keep their currency word)
        # (built from the scale table alone, so every word it matches has a factor)
        # ... and a scale word glued to the word after it by a page's lost space ("Imports expanded to Rs 9.3 lakh
        # croreduring the first three months", deccanherald.com; rule scale_glued_word): only before "during" or
        # "against", words no scale abbreviation runs into
        "scale": re.compile(rf"(?:\s?\[(?:{scales})\]|(?:\s?|-|\.(?=[a-z]))(?:{scales}))"
                            + english_cue("kinds_scale_end").pattern, re.I),
    }
    # skip_ahead: most open on \b or a look-ahead, which leave sre no prefilter (searched at every
    # position of a window or clause otherwise); the same matches ("qual" has it already)
    pats = {k: skip_ahead(x) if k != "qual" else x for k, x in pats.items()}
    # the change verbs' lower-case copies, for a lower-cased clause (vocab/lowercase.py): last_direction
    # scans a whole clause with them, some 3x faster than with re.I
    pats["up_lc"], pats["down_lc"] = lower_copy(pats["up"]), lower_copy(pats["down"])
    return pats


def round_pct(x: Decimal) -> float:
    """A percent as written ("3.52%" stays 3.52; an index 107.9 gives exactly 7.9); only a
    value the text does not write in digits ("by a third": 33.3) is rounded, to 1 decimal."""
    x = x.normalize()
    return float(x) if x.as_tuple().exponent >= -4 else round(float(x), 1)


_to_level = EnglishCue("kinds_to_level")


def last_direction(clause: str, pats, skip_levels: bool = False) -> str | None:
    """'up' or 'down' from the change verb nearest before the number in its clause;
    skip_levels leaves out a verb followed by its own level ("expanded to 28 items")."""
    up_rx, down_rx, low = pats["up"], pats["down"], None
    if pats.get("up_lc") is not None and pats.get("down_lc") is not None:
        low = lower_text(clause)   # the same spans, on the lower-cased clause (None: not safe)
        if low is not None:
            up_rx, down_rx = pats["up_lc"], pats["down_lc"]
    scanned = clause if low is None else low
    up = [m.end() for m in up_rx.finditer(scanned)
          if not (skip_levels and _to_level().match(clause, m.end()))]
    down = [m.end() for m in down_rx.finditer(scanned)
            if not (skip_levels and _to_level().match(clause, m.end()))]
    if not up and not down:
        return None
    return "down" if (down and (not up or down[-1] > up[-1])) else "up"


MORE_LESS = skip_compile(r"\s*(?:more|higher|less|lower)\b", re.I)
more_less_updown = EnglishCue("kinds_more_less_updown", re.I)
# "12.2% and 25.1% higher": the second percent of a pair, whose words after it are the first's too
pair_next = EnglishCue("kinds_pair_next", re.I)
# "a $110.3 billion—or 8.1%—increase from 2017": the dash that closes an aside may stand between
increase_after = EnglishCue("kinds_increase_after", re.I)
# the change words that decide a percent next to them, in the order tried (patterns of
# kind_patterns; "verb_adjacent" leaves an index form "107.9% compared to" to growth_index)
ADJACENT_CHANGE = (("change_of", "growth_percent_change_of"),
                    ("change_after", "growth_percent_change_after"),
                    ("verb_adjacent", "growth_percent_verb"))
increase_of = EnglishCue("kinds_increase_of", re.I)
# "up 7.4% year-on-year and nearly 3% quarter-on-quarter" (nairaday.ng), "fell 3.2% month-on-month and 5.1%
# year-on-year": the span a change is measured over, right after the percent, no comparative after it; the percent is
# a change whose sign is the clause's last change word, a change verb or "up"/"down" (rule growth_percent_frequency)
freq_right = EnglishCue("kinds_freq_right", re.I)
updown_word = EnglishCue("kinds_updown_word", re.I)


@lru_cache(maxsize=1)
def multiple_comparatives() -> tuple[re.Pattern, re.Pattern]:
    """The comparative right after a multiple ("1.6 times more", "50 times smaller"), and those of them that make the
    multiple a fall (direction "down"): vocab/en/multiple_comparatives.csv, read on first use."""
    rows = read_csv("multiple_comparatives.csv")
    return (skip_compile(rf"\s*(?:{alternation(r['word'] for r in rows)})\b", re.I),
            skip_compile(rf"\s*(?:{alternation(r['word'] for r in rows if r['direction'] == 'down')})", re.I))


# "10% or more", and "-plus" right after an amount ("The $5 billion-plus in annual savings"): its lower bound
or_more = EnglishCue("kinds_or_more", re.I)
# "down 3.2%", "plus 13 percent" (not the particle of "making up 15.1% of", "made up", "took up")
# "Significant reductions were also recorded in ...": a sentence whose subject is plural changes
changes_recorded = EnglishCue("kinds_changes_recorded", re.I)
# "the values of Hong Kong's total exports and imports of goods both recorded year-on-year decreases, at 7.4% and
# 12.3% respectively": the rates of the changes just named, after ", at" (rule growth_listed_change)
changes_at = EnglishCue("kinds_changes_at", re.I)
# "saw respective growths of 0.6% and 2.7%" (sinobtd.com, data/web37 bl05), "annual increases of 23.5% and 26.4%": a
# plural change noun's "of" before a list of percents; the list's later percents are changes too (rule
# growth_listed_change; the first reads the noun right before it, growth_percent_change_of)
changes_of = EnglishCue("kinds_changes_of", re.I)
# "up $647 million, or 17 percent": a percent restating the change just given in money
# ("a rise in various manufactures by 0.2 billion riyals, equivalent to 71.7 percent": "equivalent to" restates too,
# rule growth_percent_or)
or_before = EnglishCue("kinds_or_before", re.I)
updown_or = EnglishCue("kinds_updown_or", re.I)
# "US$7.7 billion, down by 9.3 per cent": the adverb of a change before its "by" (rule growth_percent_by)
updown_by = EnglishCue("kinds_updown_by", re.I)
# "Gold export earnings up 13.9% to US$6.1bn, cocoa 6.1% to US$1.1bn": a rate then the level the change went to
# (rule growth_percent_by)
to_money_after = EnglishCue("kinds_to_money_after")
# "2. Japan, up $54,648m (84%) to $119,733m" (the ABS's ranked partners): the rate of an up/down amount in brackets
# right after it (rule growth_updown_bracket)
updown_bracket = EnglishCue("kinds_updown_bracket", re.I)
# (the \b and the first letters first: the look-behinds then run only where a word opens); "The U.S. trade deficit
# ticked up another 1.7 percent": a change again, "another" or "a further" between the adverb and its rate (rule
# growth_percent_signed)
adj_change = EnglishCue("kinds_adj_change", re.I)


@lru_cache(maxsize=1)
def multiple_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a multiple (vocab/en/multiple_words.csv, read on first use): the "strong" ones, a change on their own
    ("doubled", "triples"), and the "adjective" ones, which need a verb's company ("double taxation")."""
    rows = read_csv("multiple_words.csv")
    return (tuple(r["word"] for r in rows if r["use"] == "strong"),
            tuple(r["word"] for r in rows if r["use"] == "adjective"))


INFINITIVE = skip_compile(r"\bto\s+$", re.I)
OBJECT_AFTER = skip_compile(r"\s+(?:the|its|their|our|this|that|these|in|by|compared)\b", re.I)
PERIOD_HALF = skip_compile(r"\b(?:first|second|1st|2nd|latter|former)\s+$", re.I)
# ("Nearly one-half of the 2017 increase in U.S. exports was due to ... energy exports", usitc.gov: a year that names
# the change or flow after it is no period; rule fraction_of_year_flow)
PERIOD_OF = skip_compile(r"\s+of\s+(?:\d{4}|this|last|next|the\s+(?:year|month|century|\d{4}(?!\s+(?:increase|growth|rise|"
                       r"gain|decline|decrease|drop|fall|exports?|imports?|trade|turnover|shipments|deficit|surplus)\b)))\b",
                       re.I)
# a fraction of a count ("half of the countries", "more than half of them") is no economic share
# ("About one-third of all 2012 manufactured exports originating in Texas went to Mexico", timesrecordnews.com, data/
# web25 an08: a year after "of all" opens no count; rule fraction_of_year_flow)
COUNT_AFTER = skip_compile(r"\s+of\s+(?:the\s+|all\s+|its\s+)?(?:(?!(?:19|20)\d\d\b)\d|them\b|us\b|countries|people|residents|"
                          r"companies|enterprises|students|participants|members|population)", re.I)
_change_adj = EnglishCue("kinds_change_adj", re.I)


def change_verb_adjacent(clause: str) -> bool:
    return _change_adj().search(clause[-40:]) is not None

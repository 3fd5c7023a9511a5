"""What a percent is: a growth rate, a share or an index, decided by a sieve of named rules.

A number followed by "%" (or "percent", "per cent", "pct") is read by the rules of
PERCENT_RULES in their order, the first that fires deciding its kind, sign and value; the
order runs from the most local cue (a written sign right before the number) to the
weakest (any change verb in its clause), and a percent no rule claims is a share. Each
rule reads a Percent (the words around the number, found once by extract) and returns
(kind, value, high, rule) or None; its name is the figure's `rule`. The words the rules
ask live in figures/kinds.py.

  share_of_gdp_signed        "was -5.5% of GDP": a signed share of the economy, no rate (before sign)
  growth_percent_sign        "(+9.0 %)", "(February: -8.2% yoy)", "(-) 5.20%": a written sign
  growth_percent_signed      "down 3.2%", "plus 13 percent"
  growth_percent_change_of   a change noun right before ("an increase of 51%")
  growth_percent_change_after  a change noun right after ("a 27.5 percent jump")
  growth_percent_verb        a change verb right before ("grew 30.2 percent")
  growth_percent_change_after_pair  "6.07% and 6.52% increase respectively": the change noun after the pair's next
  growth_percent_frequency   "fell 3.2% month-on-month and 5.1% year-on-year", "up 7.4% year-on-year and nearly 3%
                             quarter-on-quarter": the span of the change right after; the clause's last change word
                             gives the sign
  growth_percent_comparative "12% more", "8 percent lower than", "0.9 percent or 8.1 million USD more than" (a rate
                             restated as an amount before the comparative), "Lek 69 billion, or 31.6 percent compared
                             to September 2020" (an amount restated as its rate against a past time)
  growth_updown_bracket      "up $54,648m (84%) to $119,733m": the rate of an up/down amount in brackets
  growth_index               "107.9% compared to", "a growth rate of 102.2%": 100 = no change
  growth_index_level         "90.8 percent of the 2015 level": a percent of a base period's level, whatever its size
  growth_rate_of_percent     "marking an impressive growth rate of 10.27 percent": a growth rate's "of", over a share
                             word earlier in the clause ("accounted for $46.99 billion ..., marking ...")
  share_of_gdp_by            "negative by 3.8% of GDP": a share of the economy after "by", no rate (before by)
  growth_percent_by          "by 12%", "12% increase"
  growth_percent_by_comparative  "smaller by 25.7% than", "by 23.1% less in relation to": with no change verb, the
                             comparative before "by" or right after the rate gives the sign
  growth_change_rate_of      "was up by a lower margin of 23.40 per cent", "increased at lower percentage of 29.68
                             per cent": the change verb's sign, whatever comparative the rate's noun has
  growth_listed_change       "reductions ... 'base metals' (22 per cent)"
  growth_percent_or          "up 647 million NZ dollars, or 17 percent"
  growth_percent_amount_restated  "a contraction of $160.3 million, 11 percent compared to": a change noun's amount,
                             its rate after a comma
  growth_percent_listed      "with a yearly increase of 136.14%, 106.74%, and 97.64%, respectively": a bare percent
                             joined by a comma or "and" alone to the change before it, its list closed by
                             "respectively", is that change's next item (before share_cue: "accounted for" in the clause)
  share_percent              "49% of the turnover", or a share word in the clause
  growth_percent_level       the level a change went to or came from, after a change or a growth word
                             ("this proportion has increased to 33.8%"); after a share or alone, a share
                             ("it dropped to 11 percent", "increased from 54.8% in 2016 to 56.3%")
  share_composition          "($135.5 billion) in exports, 75% cars and trucks, and": a bare percent after an amount
                             and a comma, the goods it is of right after it, is the amount's make-up (before clause_change)
  growth_percent_clause      a change verb earlier in the clause
  growth_bracket_list_verb   "Exports of biotech products (8.5 percent), batteries (2.7 percent) ... also increased":
                             bracketed rates of a list, its change verb after it
  growth_followed_with       "hiked by 23.9%, followed by the Asian countries with 18.7%, the EU nations with 15.4%":
                             the items of a "followed by" list after a change go on with its kind and sign
  growth_bracket_list_followed "Mining products (6.3 percent), ... (2.7 percent) followed." after a ranked rise in
                             the sentence before: the items go on with its kind
  growth_percent_gapped      "imports were up 19.2 per cent in the first half and 11 per cent in the second half",
                             "edged up by 5.4pc while those of towels 15.8pc": a bare percent joined by a conjunction
                             to the change just before it, its verb left out (gapping): that change's sign
  growth_signed_sibling      "US$ 351 million (14.84%); ... US$ 37 million (-18.35%)": an unclaimed percent whose
                             sentence (or bullet list) writes a sibling with a sign is a rate of the same list
  growth_list_announced      "five were those that showed an increase compared to October 2021. These were: the
                             United States with US$ 799 million (7.38%); ...": the bracketed rates of a list announced
                             as the ones that rose or fell
  share_percent              any other percent
and after every growth rule, deficit_improved: a rise of a deficit's "improvement" ("a substantial improvement of
75.06 per cent", "a 5.5 percent improvement from February's $65.6 billion deficit") is its fall, ":deficit_improved"
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Callable, NamedTuple

from tradeflows.figures.kinds import (adj_change, ADJACENT_CHANGE, changes_at, changes_of, changes_recorded, cmp_down, cmp_right_cue,
                                      compared_right, increase_after, increase_of, more_less_updown, pair_next,
                                      DOWN_SIGNS, freq_right, or_before, or_more, paren_open, SHARE_RIGHT, sign_before,
                                      SIGN_BRACKET, to_money_after, updown_bracket, updown_by, updown_or, updown_word,
                                      change_verb_adjacent, last_direction, round_pct)
from tradeflows.figures.percent_gdp import signed_share_of_gdp
from tradeflows.vocab import alternation, words_by_role
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile


@dataclass
class Percent:
    """A percent and the words around it, as the rules read them."""
    text: str
    pos: int                 # where its number starts
    end: int                 # where "%" ends
    s_start: int             # its sentence's start
    value: Decimal
    high: Decimal | None     # the top of a range ("5-7%")
    by_zone: str             # the sentence before it, up to its qualifier
    by: bool                 # "by" right before it
    clause: str              # the clause before it (bounded)
    money_before: bool       # a money figure of the same sentence before it
    pats: dict
    prev_kind: str | None = None  # the kind of the percent before it in its sentence
    prev_sentence_kind: str | None = None  # the kind of the last percent of the sentence before
    prev_end: int | None = None   # where the percent before it in its sentence ended
    prev_sign: int = 1            # that percent's sign (-1 for a fall)
    s_end: int | None = None      # its sentence's end (None: the text's)

    @property
    def after(self) -> str:
        return self.text[self.end:self.end + 60]


Result = tuple  # (kind, value, high, rule, end)
_to_after = EnglishCue("percent_to_after", re.I)
_level_end = EnglishCue("percent_level_end", re.I)
_rate_word = EnglishCue("percent_rate_word", re.I)


def _growth(p: Percent, sign: int, rule: str, end: int | None = None) -> Result:
    """A change, and the top of its range with the same sign ("rose between 22-40 percent")."""
    high = round_pct(sign * p.high) if p.high is not None else None
    return "growth", round_pct(sign * p.value), high, rule, p.end if end is None else end


def _share(p: Percent) -> Result:
    return ("share", round_pct(p.value), round_pct(p.high) if p.high is not None else None, "share_percent",
            p.end)


def _sign(p: Percent) -> Result | None:
    sm = sign_before().search(p.text, max(p.s_start, p.pos - 3), p.pos)
    if sm:
        return _growth(p, -1 if sm.group().strip()[-1] in DOWN_SIGNS else 1, "growth_percent_sign")
    m = SIGN_BRACKET.search(p.text, max(p.s_start, p.pos - 5), p.pos)
    if m:
        return _growth(p, 1 if m.group(1) == "+" else -1, "growth_percent_sign")
    return None


def _signed(p: Percent) -> Result | None:
    adj = adj_change().search(p.by_zone)
    if adj:
        return _growth(p, -1 if adj.group(1).lower() in ("down", "minus") else 1, "growth_percent_signed")
    return None


def _adjacent(p: Percent) -> Result | None:
    """A change word right next to the percent (rules change_of, change_after, verb)."""
    for key, rule in ADJACENT_CHANGE:
        cue = (p.pats[key].match(p.text, p.end) if key == "change_after"
               else p.pats[key].search(p.by_zone, max(0, len(p.by_zone) - 30)))
        if cue and not (key == "verb_adjacent" and p.value >= 100 and compared_right().match(p.after)):
            return _growth(p, -1 if cue.group("down") else 1, rule)
    return None


# "PEZA also generated a total of US$43.166 Billion exports and created 1,798,152 direct jobs, which are 6.07% and
# 6.52% increase respectively as compared to the same period last year" (peza.gov.ph, data/web54 ct04): a percent joined
# by "and" (or a comma) to the next percent, the change noun right after that one, is a change of the same noun (rule
# growth_percent_change_after_pair; cue percent_pair_next)
_pair_next = EnglishCue("percent_pair_next", re.I)


def _change_after_pair(p: Percent) -> Result | None:
    """The change noun right after the next percent of a pair (rule growth_percent_change_after_pair)."""
    m = _pair_next().match(p.text, p.end)
    if m is None:
        return None
    cue = p.pats["change_after"].match(p.text, m.end())
    return _growth(p, -1 if cue.group("down") else 1, "growth_percent_change_after_pair") if cue else None


def _frequency(p: Percent) -> Result | None:
    """A percent the span of its change follows ("nearly 3% quarter-on-quarter", "5.1% year-on-year"): growth, the
    sign of the clause's last change word (a change verb, or "up"/"down"); up where the clause has none (a rise
    "year-on-year", which rule comparative reads the same, is left to it)."""
    if p.by or freq_right().match(p.after) is None:
        return None
    marks = [(m.end(), 1) for m in p.pats["up"].finditer(p.clause)]
    marks += [(m.end(), -1) for m in p.pats["down"].finditer(p.clause)]
    marks += [(m.end(), 1 if m.group(1).lower() == "up" else -1) for m in updown_word().finditer(p.clause)]
    sign = max(marks)[1] if marks else 1
    if sign > 0 and cmp_right_cue().match(p.after):
        return None   # a rise "year-on-year" is growth_percent_comparative's already
    return _growth(p, sign, "growth_percent_frequency")


_amount_bracket = EnglishCue("percent_amount_bracket", re.I)
# an amount and its comparative right before the percent's bracket: "$224.2 million less (", "ISK 82,500 million higher ("
_amount_cmp_bracket = EnglishCue("percent_amount_cmp_bracket", re.I)
_compared_after = EnglishCue("percent_compared_after", re.I)
# "the volume of imports in September was Lek 69 billion, or 31.6 percent compared to September 2020"
# (invest-in-albania.org): an amount restated after "or" as its rate against a past time (rule
# growth_percent_comparative, amount_or_compared)
_amount_or = EnglishCue("percent_amount_or", re.I)
# "€6 billion (9%) on the first five months of 2018": after the bracket's close, "on" an earlier time (rule
# growth_bracket_on_period)
_bracket_on_period = EnglishCue("percent_bracket_on_period", re.I)


def _comparative(p: Percent) -> Result | None:
    freq = _frequency(p)
    if freq is not None:
        return freq
    after = p.after
    # ("The top 4 partners accounted for 80 percent or more of exports", UN iLibrary trade profiles: "or more" is the
    # figure's bound, no comparative; rule or_more_bound)
    cmp_right = cmp_right_cue().match(after) if not or_more().match(after) else None
    if cmp_right and not p.by:
        end = p.end + cmp_right.end() if more_less_updown().match(after) else p.end
        return _growth(p, -1 if cmp_down().match(after) else 1, "growth_percent_comparative", end)
    if (_amount_bracket().search(p.clause[-60:]) or _amount_or().search(p.clause[-30:])) and _compared_after().match(after) \
            and not p.by:
        # "an aggravation of 188.2 billion CFA francs (6.4% compared to 2022)": the rate of the amount's change, in
        # the amount's bracket, against a time (rule growth_percent_comparative)
        return _growth(p, 1, "growth_percent_comparative")
    if _bracket_on_period().match(after) and not p.by and _amount_bracket().search(p.clause[-60:]):
        # "was €6 billion (9%) on the first five months of 2018" (checkout.ie): the bracketed rate of the amount's
        # change, the bracket's close and "on" an earlier time after it (rule growth_bracket_on_period)
        return _growth(p, 1, "growth_bracket_on_period")
    cmp_amount = _amount_cmp_bracket().search(p.clause[-40:])
    if cmp_amount and not p.by:
        # "equivalent to $224.2 million less (5.6 per cent) over the same period of 2023" (latamreports.com): the
        # bracketed rate of an amount told as more or less than the base, the comparative's sign (rule
        # growth_percent_comparative, amount_comparative_bracket)
        return _growth(p, -1 if cmp_amount.group(1).lower() in ("less", "lower", "smaller") else 1,
                       "growth_percent_comparative")
    pair = pair_next().match(after)
    if pair and not p.by and cmp_right_cue().match(after, pair.end()):
        # "the exports and imports values of goods were 12.2% and 25.1% higher, respectively": the comparative
        # after the pair's second percent is the first's too (rule growth_percent_comparative)
        return _growth(p, -1 if cmp_down().match(after, pair.end()) else 1, "growth_percent_comparative")
    return None


def _updown_bracket(p: Percent) -> Result | None:
    m = updown_bracket().search(p.clause[-60:])
    if m is None:
        return None
    return _growth(p, -1 if m.group(1).lower() in ("down", "minus") else 1, "growth_updown_bracket")


# "amounted to 3.9296 billion U.S. dollars, which was 90.8 percent of the 2015 level" (asiaplus.tj): a percent of a
# base period's level is an index whatever its size, below 100 a fall (rule growth_index_level)
_of_base_level = EnglishCue("percent_of_base_level", re.I)


def _index(p: Percent) -> Result | None:
    clause = p.clause
    if not p.by and p.high is None and _of_base_level().match(p.after):
        return "growth", round_pct(p.value - 100), None, "growth_index_level", p.end
    index_cue = (p.pats["index"].search(clause[-60:]) is not None
                 or p.pats["index_verb"].search(clause) is not None
                 or compared_right().match(p.after) is not None
                 or (paren_open().search(clause[-30:]) is not None and p.money_before))
    if not p.by and p.value >= 100 and index_cue and not change_verb_adjacent(clause):
        return "growth", round_pct(p.value - 100), None, "growth_index", p.end
    return None


# "the RMG sector accounted for $46.99 billion in earnings during the fiscal year, marking an impressive growth rate of
# 10.27 percent compared to the previous year" (madeinbangladesh.digital): a rate named as a growth rate right before
# its "of" is growth, over a share word earlier in its clause; after rule index, which keeps "a growth rate of 102.2%"
# an index (rule growth_rate_of_percent; the nouns: vocab/en/cues.csv up_rate / down_rate)
def _growth_rate_of(p: Percent) -> Result | None:
    m = p.pats["rate_of"].search(p.by_zone, max(0, len(p.by_zone) - 40))
    return None if m is None else _growth(p, -1 if m.group("down") else 1, "growth_rate_of_percent")


# "The country's export value ... was up by a lower margin of 23.40 per cent on a yearly basis", "The import bill
# increased at lower percentage of 29.68 per cent compared to February 2017" (newtimes.co.rw, NISR's figures): a
# change verb, then the rate it changed at named as a margin, percentage, rate or pace; the verb gives the sign, not
# the comparative before the noun, and "percentage" is no share here (rule change_rate_of)
_rate_of_cue = EnglishCue("percent_rate_of", re.I)


def _rate_of(p: Percent) -> Result | None:
    m = _rate_of_cue().search(p.clause[-90:])
    if m is None:
        return None
    verb = m.group(1).lower().split()
    direction = verb[-1] if verb[-1] in ("up", "down") else last_direction(m.group(1), p.pats)
    if direction is None:
        return None
    return _growth(p, -1 if direction == "down" else 1, "growth_change_rate_of")


# "achieved import of 7.45 billion KM has been smaller by 25.7% than in the first half of last year", "which is by 23.1%
# less in relation to the same period of last year" (parco.gov.ba): a comparative before "by", or right after the rate,
# gives the sign where no change verb does (rule growth_percent_by_comparative)
_cmp_by = EnglishCue("percent_cmp_by", re.I)
_CMP_BY_DOWN = ("smaller", "lower", "less", "fewer")
_cmp_after_by = EnglishCue("percent_cmp_after_by", re.I)


# "the balance ... was negative by 3.8% of GDP in 2022": a percent of GDP right after "by" is a level (or a change) told
# as a share of the economy, no rate of change of the thing before "by" (rule share_of_gdp_by)
_of_gdp_after = EnglishCue("percent_of_gdp_after", re.I)


def _of_gdp_by(p: Percent) -> Result | None:
    if p.by and _of_gdp_after().match(p.after):
        return ("share", round_pct(p.value), round_pct(p.high) if p.high is not None else None, "share_of_gdp_by",
                p.end)
    return None


def _by(p: Percent) -> Result | None:
    if p.by or increase_after().match(p.after) or to_money_after().match(p.after):
        ud = updown_by().search(p.by_zone[-48:]) if p.by else None   # (a hedge after "by": row by_hedge)
        if ud:
            return _growth(p, -1 if ud.group(1).lower() == "down" else 1, "growth_percent_by")
        direction = last_direction(p.clause, p.pats)
        if direction is None and p.by:
            cmp = _cmp_by().search(p.by_zone[-16:]) or _cmp_after_by().match(p.after)
            if cmp:
                return _growth(p, -1 if cmp.group(1).lower() in _CMP_BY_DOWN else 1, "growth_percent_by_comparative")
        return _growth(p, -1 if direction == "down" else 1, "growth_percent_by")
    return None


def _listed_change(p: Percent) -> Result | None:
    chg = changes_recorded().search(p.clause) if paren_open().search(p.clause[-30:]) else None
    if chg is None:
        chg = changes_at().search(p.clause[-90:])   # "recorded year-on-year decreases, at 7.4% and 12.3% respectively"
    if chg is None:
        chg = changes_of().search(p.clause[-90:])   # "saw respective growths of 0.6% and 2.7%"
    if chg:
        down = chg.group(1).lower().startswith(("reduc", "decl", "decr", "fall", "drop", "contract"))
        return _growth(p, -1 if down else 1, "growth_listed_change")
    return None



# "gaining 20.6 percent to a record US$9.23 billion, or 32.8 percent of all shipments" (Taiwan's figures, cato.org),
# "or 9.28% of total exports": an amount restated after "or" as its part of a whole is a share, whatever change the
# clause tells of the amount (rule share_or_of_whole: growth_percent_or gives way to share_percent)
_of_whole = EnglishCue("percent_of_whole", re.I)


def _or_restated(p: Percent) -> Result | None:
    if or_before().search(p.clause) and not _of_whole().match(p.after):
        ud = updown_or().search(p.clause)
        noun = None if ud else p.pats["change_of_or"].search(p.clause, max(0, len(p.clause) - 90))
        direction = ("down" if ud.group(1).lower() in ("down", "minus") else "up") if ud \
            else ("down" if noun.group("down") else "up") if noun \
            else last_direction(p.clause, p.pats)
        if direction is not None:
            return _growth(p, -1 if direction == "down" else 1, "growth_percent_or")
    return None


# "Exports to the United States accumulate a contraction of $160.3 million, 11 percent compared to the same period"
# (latamreports.com): a change noun's amount, then after a comma its rate, no "or" between (rule
# growth_percent_amount_restated)
_change_amount_comma = EnglishCue("percent_change_amount_comma", re.I)
_CHANGE_DOWN = ("decrease", "decline", "drop", "fall", "contraction", "reduction")


def _amount_restated(p: Percent) -> Result | None:
    m = _change_amount_comma().search(p.clause[-90:])
    if m is None:
        return None
    return _growth(p, -1 if m.group(1).lower() in _CHANGE_DOWN else 1, "growth_percent_amount_restated")


# "goods worth $16.2 billion for the month, 2.4 percent lower than last year's $16.6 billion, of which 67.7 percent
# comprised of imports": a percent right after "of which" is a part of the amount before, not a change (rule
# share_of_which; malaya.com.ph)
_of_which = EnglishCue("percent_of_which", re.I)


_list_join = EnglishCue("percent_list_join", re.I)
_list_respectively = EnglishCue("percent_list_respectively", re.I)


def _listed_respectively(p: Percent) -> Result | None:
    """"with a yearly increase of 136.14%, 106.74%, and 97.64%, respectively": a bare percent that goes on with the
    list of the change right before it (a comma or "and" alone between) up to "respectively" is the same change's
    next item, its sign (rule growth_percent_listed; before share_cue, which the clause's "accounted for" would
    fire)."""
    if p.prev_kind != "growth" or p.prev_end is None or p.high is not None:
        return None
    if not _list_join().fullmatch(p.text, p.prev_end, p.pos):
        return None
    if not _list_respectively().match(p.text, p.end, min(len(p.text), p.end + 200)):
        return None
    return _growth(p, p.prev_sign, "growth_percent_listed")


def _share_cue(p: Percent) -> Result | None:
    if SHARE_RIGHT.match(p.after) or p.pats["share"].search(p.clause) or _of_which().search(p.clause[-40:]):
        return _share(p)
    return None


_when_level = EnglishCue("percent_when_level", re.I)


# "trade in autos and parts grew to ¥15.67 trillion ($152.9 billion) including ¥13.9 trillion ($135.5 billion) in
# exports, 75% cars and trucks, and ¥1,783.2 billion ($17.4 billion) in imports, 61% mostly cars" (wardsauto.com,
# data/web56 tuned page cx13): a bare percent set after an amount by a comma and followed by the goods it is of is
# that amount's make-up, a share, whatever change verb opened the clause (rule share_composition; before clause_change)
_composition_before = EnglishCue("percent_composition_before", re.I)
_composition_after = EnglishCue("percent_composition_after")


def _composition(p: Percent) -> Result | None:
    if not p.money_before or p.text[p.pos - 2:p.pos] != ", ":
        return None
    if _composition_before().search(p.text, max(p.s_start, p.pos - 30), p.pos) \
            and _composition_after().match(p.text, p.end):
        return "share", round_pct(p.value), round_pct(p.high) if p.high is not None else None, "share_composition", p.end
    return None


def _clause_change(p: Percent) -> Result | None:
    # a change verb whose level follows it ("expanded to 28 items, and ... about 70
    # percent") is about that level, not this number; one whose level is this very percent
    # gives it no sign ("trade turnover is only 14 percent, but then it dropped to 11 percent"
    # is the share's new level), unless a level of its own follows ("Cotton jumped to 70% to
    # $5.9 billion")
    direction = last_direction(p.clause, p.pats, skip_levels=True)
    if direction is not None and p.prev_kind == "share" and _when_level().search(p.clause[-40:]):
        # "export coverage of imports was 79.3 percent, slightly lower than in the same period last year, when it
        # stood at 79.5 percent": the past level of the share before it, not a change (rule share_when_level;
        # nh-logistics.com)
        return None
    if direction is not None and _level_end().search(p.clause[-12:]) and not _to_after().match(p.after):
        # the level a change went to or came from ("increased from 54.8% in 2016 to 56.3% in 2017"):
        # a rate's level after a change or under a growth word, else a share's
        if p.prev_kind == "growth" or (p.prev_kind is None and _rate_word().search(p.clause)):
            return "growth", round_pct(p.value), None, "growth_percent_level", p.end
        return None
    if direction is not None or p.pats["index"].search(p.clause[-60:]) or increase_of().search(p.clause):
        return _growth(p, -1 if direction == "down" else 1, "growth_percent_clause")
    return None


# "Exports of biotech and health products (8.5 percent), rechargeable batteries (2.7 percent), and agricultural and
# fishery foods (4.4 percent) also increased" (businesskorea.co.kr): each item's rate in brackets, the list's change
# verb after it (rule growth_bracket_list_verb); searched from the bracket's close to the sentence's end
_bracket_list_verb_cue = EnglishCue("percent_bracket_list_verb", re.I)


def _bracket_list_verb(p: Percent) -> Result | None:
    if p.high is not None or not paren_open().search(p.clause[-3:]):
        return None
    m = _bracket_list_verb_cue().match(p.text, p.end, min(len(p.text), p.end + 220))
    if m is None:
        return None
    return _growth(p, -1 if m.group("down") else 1, "growth_bracket_list_verb")


# "The highest increase in exports were in food ... which offered a rise of 9.6 percent. Mining products (6.3 percent),
# machinery and special equipment (5.9 percent), and automotive products (2.7 percent) followed." (mexicobusiness.news):
# items in brackets that "followed" the ranked change before go on with its kind (rule growth_bracket_list_followed)
_bracket_list_followed_cue = EnglishCue("percent_bracket_list_followed", re.I)


# "While tourism income from the Arab Gulf states hiked by 23.9%, followed by the Asian countries with 18.7%, the EU
# nations with 15.4%" (royanews.tv): the items of a "followed by" list after a change, each "<item> with N%", go on
# with that change's kind and sign, not shares of a whole no word names (rule growth_followed_with; cue
# percent_followed_with, matched up to the percent)
_followed_with = EnglishCue("percent_followed_with", re.I)


def _followed_with_list(p: Percent) -> Result | None:
    if p.high is not None or p.prev_kind != "growth" or p.prev_end is None \
            or p.text.find("followed", p.s_start, p.pos) < 0:
        return None
    if _followed_with().search(p.text, max(p.s_start, p.pos - 400), p.pos) is None:
        return None
    return _growth(p, p.prev_sign, "growth_followed_with")


def _bracket_list_followed(p: Percent) -> Result | None:
    if p.high is not None or p.prev_sentence_kind != "growth" or p.prev_kind not in (None, "growth") \
            or not paren_open().search(p.clause[-3:]):
        return None
    if _bracket_list_followed_cue().match(p.text, p.end, min(len(p.text), p.end + 220)) is None:
        return None
    return _growth(p, 1, "growth_bracket_list_followed")


# "Exports of bed-wear edged up by 5.4pc while those of towels 15.8pc during the month", "Imports are also down by 3.2%
# in March compared to a year ago, and 15.7% in the first quarter", "Exports edged up 26.6% against 12.7% during the
# same period in 2017", "the United States (+4.3%), the European Union (-0.2%) and Mexico (1.9%)": a bare percent
# right after a change, joined to it by a conjunction with no number (but a year), verb of its own or share word
# between, is the same kind of figure with its verb left out (gapping; rule growth_percent_gapped, the change's sign)
_gap_join = EnglishCue("percent_gap_join", re.I)
_gap_barrier = EnglishCue("percent_gap_barrier", re.I)

# "those of towels", "that of cotton": the pronoun stands for the changed thing, no share's "of"
_gap_stands_for = EnglishCue("percent_gap_stands_for", re.I)
# "while the corresponding figure for forestry products was 27 percent": the verb restates the change
_gap_corresponding = EnglishCue("percent_gap_corresponding", re.I)


def _gapped(p: Percent) -> Result | None:
    if p.prev_kind != "growth" or p.prev_end is None or p.high is not None or not 0 < p.pos - p.prev_end <= 130:
        return None
    m = _gap_join().match(p.text, p.prev_end, p.pos)
    if m is None:
        return None
    rest = m.group("rest")
    if _gap_barrier().search(_gap_stands_for().sub(" ", rest)) and not _gap_corresponding().search(rest):
        return None
    # an unsigned rate in brackets after signed ones ("Mexico (1.9%)") is a rise as written
    return _growth(p, 1 if p.text[p.pos - 1:p.pos] == "(" else p.prev_sign, "growth_percent_gapped")


# "fresh blueberries ... for US$ 351 million (14.84%); fresh grapes ... for US$ 98 million (28.77%); and fresh
# asparagus ... for US$ 37 million (-18.35%)", "In 2017 it was 8%, in 2018 it was 6%, ... in 2020 it was -0.3% ... and
# in 2021 it was 26%", a bulleted list "China: 20,935 (-18%)" / "Singapore: 12,572 (0.2%)": a percent no cue claims,
# whose sentence (or neighbouring bullet line) writes a sibling percent with a sign, is a rate of the same list, the
# sign only written where it is negative (rule growth_signed_sibling)
_signed_sibling_cue = EnglishCue("percent_signed_sibling", re.I)
_BULLET = skip_compile(r"[ \t]*[\u2022\u00b7*\-]\s")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _signed_sibling(p: Percent) -> Result | None:
    if p.high is not None:
        return None
    spans = [(p.s_start, p.pos), (p.end, len(p.text) if p.s_end is None else p.s_end)]
    start, end = _line_at(p.text, p.pos)
    if _BULLET.match(p.text, start):
        spans += [_line_at(p.text, start - 1)] if start > 0 else []
        spans += [_line_at(p.text, end + 1)] if end + 1 < len(p.text) else []
        spans = [(a, b) for a, b in spans if a >= start or _BULLET.match(p.text, a)]
    if any(_signed_sibling_cue().search(p.text, a, b) for a, b in spans if a < b):
        return _growth(p, 1, "growth_signed_sibling")
    return None


# "among the 10 main destinations, five were those that showed an increase compared to October 2021. These were: the
# United States with US$ 799 million (7.38%); Canada, US$283 million (5.44%)" (latin-american.news, data/web19 ad06): the
# bracketed percents of a list a sentence announces as the ones that rose (or fell) are their rates of that change, no
# shares (rule growth_list_announced; cue percent_list_announced, the announcing sentence and "These were:" up to the
# bracket; read only for a bracketed percent whose sentence holds a colon)
_list_announced = EnglishCue("percent_list_announced")
LIST_ANNOUNCED_REACH = 400   # characters read back from the percent for the announcing sentence


def _list_announced_change(p: Percent) -> Result | None:
    if p.high is not None or p.text[p.pos - 1:p.pos] != "(" or p.text.find(":", p.s_start, p.pos) < 0:
        return None
    m = _list_announced().search(p.text, max(0, p.pos - LIST_ANNOUNCED_REACH), p.pos)
    if m is None:
        return None
    return _growth(p, -1 if m.group("down") else 1, "growth_list_announced")


# the sieve, most local cue first (the module docstring says why each stands where it does)
PERCENT_RULES: tuple[tuple[str, Callable[[Percent], Result | None]], ...] = (
    ("signed_share_of_gdp", signed_share_of_gdp),   # before sign: "-5.5% of GDP" is a share, its sign the level's
    ("sign", _sign),
    ("signed", _signed),
    ("adjacent", _adjacent),
    ("change_after_pair", _change_after_pair),   # "6.07% and 6.52% increase": the next percent's change noun
    ("comparative", _comparative),   # its first step: growth_percent_frequency
    ("updown_bracket", _updown_bracket),  # before index: "up $14,695m (111%)" is a rise of 111%
    ("index", _index),
    ("growth_rate_of", _growth_rate_of),   # after index: "a growth rate of 102.2%" stays an index
    ("of_gdp_by", _of_gdp_by),   # before by: "negative by 3.8% of GDP" is a share of GDP
    ("by", _by),
    ("rate_of", _rate_of),   # after by: "contracted at a sharper pace of 13.5% to $39.6 billion" stays by's
    ("listed_change", _listed_change),
    ("or_restated", _or_restated),
    ("amount_restated", _amount_restated),
    ("listed_respectively", _listed_respectively),   # before share_cue: "accounted for ..., with a yearly increase of 136.14%, 106.74%, and 97.64%, respectively"
    ("share_cue", _share_cue),
    ("followed_with", _followed_with_list),
    ("bracket_list_verb", _bracket_list_verb),
    ("bracket_list_followed", _bracket_list_followed),
    ("composition", _composition),   # before clause_change: "($135.5 billion) in exports, 75% cars and trucks"
    ("clause_change", _clause_change),
    ("gapped", _gapped),
    ("list_announced", _list_announced_change),   # "... showed an increase ... These were: ... (7.38%)"
    ("signed_sibling", _signed_sibling),   # last: only a percent no cue claimed
)


def read_percent(p: Percent) -> Result:
    """(kind, value, high, rule, end) of a percent: the first rule of PERCENT_RULES that
    fires, else a share."""
    for _, rule in PERCENT_RULES:
        res = rule(p)
        if res is not None:
            return _deficit_improved(p, res)
    return _share(p)


# "with a trade deficit of $2.91 billion, as compared to trade deficit of $11.67 billion, showing a substantial
# improvement of 75.06 per cent" (netindian, data/web40 br03), "we saw an improvement in the trade deficit from 2016 of
# 18%" (theoryofinterest, data/web22 ai02): a deficit that improved shrank; the rate of its improvement is a fall
# (rule deficit_improved; not where the clause names a surplus or a balance, which may cross zero: "The overall surplus
# for 2010 was R5-billion compared with a deficit of R27,3-billion in 2009, an improvement of R32,3-billion or
# 118,3%", polity.org.za)
# (the words: rows of vocab/en/deficit_improved.csv by role, read on first use)
DEFICIT_REACH = 100


class _Improved(NamedTuple):
    improved: re.Pattern
    deficit: re.Pattern
    deficit_words: tuple[str, ...]
    flow: re.Pattern
    improvement_after: re.Pattern
    surplus: re.Pattern


@lru_cache(maxsize=1)
def _improved() -> _Improved:
    words = words_by_role("deficit_improved.csv")
    return _Improved(
        improved=skip_compile(rf"\b(?:{alternation(words['improved'])})\b", re.I),
        deficit=skip_compile(rf"\b(?:{alternation(words['deficit'])})\b", re.I),
        deficit_words=tuple(w.lower() for w in words["deficit"]),
        flow=skip_compile(rf"\b(?:{alternation(words['flow'])})\b", re.I),
        improvement_after=skip_compile(rf"\s*(?:{alternation(words['improvement'])})\b((?:[^.;]|(?<=\d)\.(?=\d)){{0,50}}?)"
                                       rf"\b(?:{alternation(words['deficit'])})\b", re.I),
        surplus=skip_compile(rf"\b(?:{alternation(words['balance'])})\b", re.I))


def _deficit_improved(p: Percent, res: Result) -> Result:
    kind, val, high, rule, end = res
    if kind != "growth" or val is None or val <= 0:
        return res
    w = _improved()
    after = w.improvement_after.match(p.text, p.end)
    if after is not None:
        # "it was a 5.5 percent improvement from February's $65.6 billion deficit" (AP, manufacturing.net): the
        # improvement after the percent, the deficit right after it
        if rule.startswith("growth_percent_change_after") and not w.flow.search(after.group(1)) \
                and not w.surplus.search(after.group(1)):
            return kind, -val, (-high if high is not None else None), rule + ":deficit_improved", end
        return res
    low = p.clause.lower()
    if not any(word in low for word in w.deficit_words):
        return res
    last = None
    for m in w.improved.finditer(p.clause):
        last = m
    if last is None or last_direction(p.clause[last.end():], p.pats) is not None:
        return res      # no "improve", or a change word after it decides
    if w.surplus.search(p.clause):
        return res
    # the deficit named within DEFICIT_REACH before "improve" or between it and the percent, no flow named between
    # them ("Despite the deficit, exports improved by 10%" is the exports' rise)
    after = p.clause[last.end():]
    near = None
    for m in w.deficit.finditer(p.clause, max(0, last.start() - DEFICIT_REACH), last.start()):
        near = m
    between = p.clause[near.end():last.start()] if near is not None else None
    if near is None:
        m = w.deficit.search(after)
        between = after[:m.start()] if m is not None else None
    if between is None or w.flow.search(between):
        return res
    return kind, -val, (-high if high is not None else None), rule + ":deficit_improved", end

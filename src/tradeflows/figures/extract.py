"""Extract: every money amount, growth rate and share in a clean text.

Speed comes from anchoring: one scan finds digits and number words; the rules
then read only the few words around each anchor (a currency or qualifier
before it, a range, scale, currency, "%" or "times" after it, and cue words in
its clause). Each figure names the rule that made it.

Rules, in the order they are tried for a number, and why that order:
  money_*        a currency next to the number (before: "$", "USD", "Br";
                 after: "dollars", "Belarusian rubles") makes it money whatever
                 else surrounds it; an ambiguous sign read by its country adds
                 ":document_country" or ":sentence_country" (figures.currencies);
                 the digits follow the document's decimal mark (figures.notation)
                 and ranges follow one rule (range_and_scale);
  growth_index   "growth rate of 102.2%", "107.9% compared to", "(120%)" after
                 a money figure: an index (100 = no change), read as +2.2;
                 tried before the plain percent rules because "compared to"
                 would otherwise make it a change of +102.2%;
  growth_percent_change_of  a change noun right before ("an increase of 51%",
                 "a decline of 3.6%"), whatever else its clause says;
  growth_percent_change_after  a change noun right after ("a 27.5 percent jump", "a 2.1
                 per cent decrease", "5% year-over-year growth");
  growth_percent_verb  a change verb right before ("grew 30.2 percent", "dived 10.3
                 percent"), over a share cue earlier in the clause;
  growth_percent a percent with a change cue: "by" right before it, a
                 comparative right after it ("more", "higher"), or a change
                 verb earlier in its clause;
  share_percent  any other percent: a part of a whole ("49% of the turnover");
  share_points   "down 0.5 percentage points", "3.1 p.p.": a share's change, signed;
  growth_multiple "1.6 times", "1.5-fold", "threefold", "doubled", "twice";
  growth_fraction / share_fraction  "by almost half", "a third more" /
                 "almost half of", "a quarter of";
  growth_fraction_frequency  "grew over a third year on year", "up about a third year on year":
                 a fraction right before the span of its clause's change;
  money_implied  a scaled number without currency ("almost one billion") right
                 after a money figure (or implied amount) of the same sentence
                 or the one before takes that figure's currency.

This module holds the anchors and the figure reader (_figure_at, the rules above in their
order); what a percent is (the growth_percent_*, growth_index and share_percent rules) is
the sieve of figures/percent.py, multiples and fractions in words are read by
figures/multiples.py, and the words they ask live beside them: figures/kinds.py (change,
share and index words, signs) and figures/ranges.py (scale words, ranges, amounts written
in parts).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from tradeflows.text.clean import CleanText
from tradeflows.figures.bracket_list import bracket_listed
from tradeflows.figures.currencies import SIGNS, Context as CurrencyContext, patterns as currency_patterns, compared_mark, resolve, sentence_mark
from tradeflows.figures.kinds import (adj_change, by_cue, mult_suffix, or_more, PERCENT, POINTS,
                                      last_direction, kind_patterns, round_pct)
from tradeflows.figures.multiples import read_fraction, read_multiple
from tradeflows.figures.percent import Percent, read_percent
from tradeflows.figures.notation import decimal_mark
from tradeflows.figures.numbers import (DIGITS, Number, anchor_pattern, anchors, lone_cardinal_at, read_number,  # noqa: F401
                                        word_number_pattern)
from tradeflows.figures.ranges import RANGE_DASH, SHILLING_SUFFIX, range_and_scale, scale_at
from tradeflows.figures.units import per_unit_after, scale_factor
from tradeflows.errors import Warnings, describe
from tradeflows.records import Figure
from tradeflows.vocab import alternation, current_language, read_lines, words_by_role
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue, english_cue
from tradeflows.vocab.skip import skip_compile

# an aside between a number and its scale word: "(!)", or the sum it is made of, "USD 191 (141+50) million"
# (FactCheck Georgia): skipped so the scale word still scales the number (rule aside_before_scale)
_EXCLAIM = skip_compile(r"\s?\((?:!|\s*\d[\d.,]*(?:\s*[+]\s*\d[\d.,]*)+\s*)\)(?=\s?[A-Za-zА-Яа-яЁё])")
# a link or a path ends right before the number; not a slash right after a scale word, which parts an amount from its
# conversion ("1.9 billion levs ($1.2 billion/971.4 million euro)", hbcbg.com; rule slash_after_scale)
_urlish = EnglishCue("extract_urlish")
_GLUED_LEFT = skip_compile(r"[A-Za-z]$")


def _glued_left(left: str) -> bool:
    """_GLUED_LEFT.search(left) without a search over the whole of left: a letter ends it, or ends it before a last
    newline (where "$" matches too)."""
    last = left[-2:-1] if left[-1:] == "\n" else left[-1:]
    return last != "" and _GLUED_LEFT.match(last) is not None


_glued_article = EnglishCue("extract_glued_article")
# "rose 2.5 and 2.8 percent", "annual increases of 23.5 and 26.4 percent, respectively": two
# rates that share the unit written after the second (not a range: no "between")
# "5 and 7 percent", "ten and five percent": the percent after the second number is the first's too
_shared_percent = EnglishCue("extract_shared_percent", re.I)
# how far before a number a currency sign or name may start ("US dollars 4,410 million")
_BEFORE_WINDOW = 12
# a currency written as one letter ("Q", "L", "R", "N", "K", "P") before a lone digit of 1-4 and no scale: the
# token of a quarter or a half ("Q2 2023", "H1"), not an amount
_LETTER_SIGN = skip_compile(r"[A-Z]")
# (nor a thousands comma a page spaced: "P1, 290.1 million", rule sign_spaced_thousands)
_quarter_token = EnglishCue("extract_quarter_token", re.I)
# a bare count after a code that is a word: digits with no decimals, grouped thousands nor scale word after them
_BARE_COUNT = skip_compile(r"\d{1,3}(?![\d\u00a0\u202f]|[.,]\d)")


@lru_cache(maxsize=1)
def _word_codes() -> frozenset[str]:
    """ISO 4217 codes that are English words in capitals (vocab/en/word_codes.txt: TOP, ALL, CUP)."""
    return frozenset(read_lines("word_codes.txt"))


def _word_code_count(text: str, pos: int, cur_before, pats) -> bool:
    """Rule word_code_count: a word code before a number reads as the word, not a currency, when a hyphen joins them
    ("TOP-3") or the number is a bare count ("TOP 10"): no decimals, grouped thousands nor scale word after it."""
    if cur_before.group("sign") is not None:
        return True
    m = _BARE_COUNT.match(text, pos)
    return m is not None and pats["scale"].match(text, m.end()) is None


_pct_before = EnglishCue("extract_pct_before", re.I)
_base_over = EnglishCue("extract_base_over", re.I)
_recorded_after = EnglishCue("extract_recorded_after", re.I)
# ("Indonesian export value to India has gone up to US$11.2 billion until October 2011", agroasianews.com: the
# participle too, rule gone_up_to)
_moved_up = EnglishCue("extract_moved_up", re.I)
# "The total value of exports in 2017 was reported as US$ million 11,411.23", "US$ Mn 19,514.78", "US$ Million
# -7522.85": a sign and a scale word before the number, as statistical offices of South Asia write a table's column
# head into prose (rule money_sign_scale_before)
# the signs news writes next to a scale word, before or after the number (_sign_scale_before, _SIGN_THEN_SCALE)
_SCALE_SIGNS = r"US\s?\$|\$|€|£|₹|Rs\.?"
_sign_scale_before = EnglishCue("extract_sign_scale_before")


# rule money_implied_abbreviation: a two-letter scale abbreviation counts only after a currency sign or before a currency
# word ("3.2 bn euros", figures/ranges.py scale_at); a bare one right after an amount that wrote the same abbreviation
# with its currency, in the same sentence or the next, is that amount's scale, and the currency is that amount's
# ("a 2.5 bn euro surplus compared with -1.1 bn in December 2005. The November 2006 balance was +5.1 bn", Eurostat,
# data/web37 bl03): the page's way of writing its amounts, not another unit. The amount before may stand up to three
# sentences back, as a line-wrapped text splits one sentence in pieces ("... compared with -9.6 bn in" / "December
# 2005." / "In November 2006, the balance was -10.5 bn")
ABBREVIATION_SENTENCES = 3


def _abbreviation_carried(text: str, j: int, last_figure: str, pats) -> bool:
    """Whether the scale word at j is a two-letter abbreviation that the last money figure's text (last_figure) also
    writes as a word."""
    sm = pats["scale"].match(text, j)
    if sm is None:
        return False
    word = sm.group().strip(" -.[]").lower()
    return len(word) == 2 and word in last_figure.lower().split()


def _scale_word_end_before(text: str, pos: int) -> bool:
    """Whether a scale word may end right before the number ("million 11,411.23", "Mn -7522.85"): a cheap test of the
    characters before it, so that _sign_scale_before() is searched for few numbers (most follow no scale word)."""
    k = pos - 1
    while k >= 0 and k >= pos - 3 and text[k] in " \u00a0-–−.":
        k -= 1
    return k < pos - 1 and k >= 0 and text[k] in "nNdD"


# a capital T right after a number, no letter or digit after it ("JPY -21.73T", "$1.2T"; rule capital_t_trillion)
_CAPITAL_T = skip_compile(r"T(?![A-Za-z0-9])")
_SIGN_THEN_SCALE = skip_compile(rf"\s?({_SCALE_SIGNS}|USD|EUR|INR)\s?(?=[A-Za-z])")
_elided_by = EnglishCue("extract_elided_by", re.I)
_elided_after = EnglishCue("extract_elided_after", re.I)
_up_to_level = EnglishCue("extract_up_to_level", re.I)
# a comparison with a forecast: "below the" / "above the" right before the number, an expectation word just after it
# (rule compared_to_forecast)
_compared_forecast_before = EnglishCue("extract_compared_forecast_before", re.I)
_forecast_after = EnglishCue("extract_forecast_after", re.I)
_YEARISH = skip_compile(r"(?:1[89]|20)\d\d$")
# what may follow an amount that borrows the last one's currency: punctuation, the end, a connective; a scale
# word's abbreviation dot followed by a lower-case word is no punctuation ("47,8 тыс. тонн ячменя": tonnes)
# ("77 тыс. 165 тонн яблок": a scale abbreviation whose count runs on is a quantity, not an amount, rule
# implied_not_counted_on)
# a sentence that opens by naming the currency its amounts are written in ("Expressed in euros, Croatia's export of
# goods ... went up 15% on the year to 12.8 billion", "In EUR terms, the value of exports ..."): its bare scaled
# amounts are in that currency, not in the last amount's (rule money_declared_currency)
_declared_currency = EnglishCue("extract_declared_currency", re.I)
_implied_ok = EnglishCue("extract_implied_ok")
# a trade value's level named right before an amount: "imports stood at", "the trade deficit ... to reach"
_trade_level_before = EnglishCue("extract_trade_level_before", re.I)
# "contributed an increase in 15.2 percentage points", "a contribution of 2.6 percentage points": points of a
# growth rate's contribution, not a share's change (rule growth_points_contribution)
_contribution = EnglishCue("extract_contribution", re.I)
CONTRIBUTION_REACH = 60
_rate_word = EnglishCue("extract_rate_word", re.I)
# "A year-on-year increase of 11.7%, 2.5 percentage points faster than the growth rate in the first half of the year"
# (breakinglatest.news), "3.2 percentage points higher than the national growth" (shippingchina.com): points between
# two growth rates are growth, signed by the comparative (GUIDELINES: a share's change stays a share; "2 percentage
# points higher than last year" with no rate after it stays share_points; rule growth_points_than_rate)
_points_than_rate = EnglishCue("extract_points_than_rate", re.I)
_POINTS_DOWN = ("slower", "lower", "below")
# "They contributed 1.55 trillion yuan, or 65.3%, to the city's total foreign trade ... and increased Shenzhen's foreign
# trade by 9.5 percentage points" (sz.gov.cn, data/web25 tuned page an12): points by which a group lifted a flow itself,
# not a share of it, are its contribution to the flow's growth (rule growth_points_lifted_flow)
_lifted_flow = EnglishCue("extract_lifted_flow", re.I)
# rule rate_quote: an exchange rate quoted beside the amounts is no amount of money: an unscaled amount after "the
# dollar equals" or "=" ("(the dollar equals 27.7 liras)", move2turkey.com; "(1 NZ dollar equals to 0.7 US dollar)",
# globaltimes.cn; "at $151=US$1", jamaicaobserver.com), one that an "=" or "equals" follows ("(1 U.S. dollar = 1.69
# BGN)", bssnews.net; "(1 U.S. dollar equals 109 yen)"), or one priced per a currency unit ("90.5 rubles per dollar");
# the words are vocab/en/patterns.csv rows rate_quote_left and rate_quote_right
def _rate_left() -> re.Pattern:
    return cue("rate_quote_left", english_cue("rate_quote_left", re.I))


def _rate_right() -> re.Pattern:
    return cue("rate_quote_right", english_cue("rate_quote_right"))


# rule year_not_amount: a year written as four plain digits is no amount when the currency read after it is not its
# own: one a line break parts from it (a table's head "January - December 2017 and 2018" over "Million ISK at current
# exchange rate", statice.is; a heading "First estimate for 2006" over "Euro area external trade deficit") or one that
# opens the next amount ("from January to July 2022 USD 23.9 billion")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_NUMBER_NEXT = re.compile(r"[ \t]*[-+\u2212\u2013]?\d")
CLAUSE_WINDOW = 400  # characters of a sentence read for cue words before a figure


@lru_cache(maxsize=None)
def _levy_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """(left, right) of rule levy_rate, from the language's vocab levy_words.csv: a percent that is a levy's rate,
    after the levy ("tariffs on Australian barley of 80%", "raising tariffs on Indian goods to 27%": the noun, then
    no number, stop or comma before "of"/"to"/"at") or before it ("a 25 per cent tariff", "34% tariffs on Chinese
    goods", "an additional 15% tariff": the noun right after the percent, or one or two of the file's adjectives)."""
    words = words_by_role("levy_words.csv", lang)
    nouns, adjs = alternation(words.get("noun", [])), alternation(words.get("adjective", []))
    left = re.compile(rf"\b(?:{nouns})\b(?!-)[^.,;:%\d$\u20ac\u00a3\u00a5]{{0,40}}?\b(?:of|to|at)\s+"
                      r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|as\s+much\s+as\s+)?$", re.I)
    right = re.compile(rf"(?:\s+(?:{adjs})){{0,2}}\s+(?:{nouns})\b(?!-)", re.I)
    return left, right


def _levy_rate(text: str, pos: int, end: int, s_start: int) -> bool:
    """Rule levy_rate: the percent from pos to end is a levy's rate, no trade figure."""
    left, right = _levy_patterns(current_language())
    return bool(right.match(text, end) or left.search(text, max(s_start, pos - 90), pos))


def _sentence_bounds(c: CleanText):
    starts = [s for s, _ in c.sentences]
    ends = [e for _, e in c.sentences]
    return starts, ends


class Ctx:
    """Per-document state: the last money figure, for implied currencies."""

    def __init__(self, c: CleanText, places=None, outlet: str | None = None):
        self.c = c
        self.text = c.text
        self.mark = decimal_mark(c.text)
        self.currency = CurrencyContext(c.text, places, outlet)
        self.starts, self.ends = _sentence_bounds(c)
        self.last_money: Figure | None = None
        self.last_money_sentence = -10
        self.money_currencies: set[str | None] = set()   # of the money figures read so far
        self.last_end = 0
        self.fig_end = 0      # where the last figure found ends (its words are not the next's)
        self.last_pct: tuple[int, str] | None = None  # (sentence, kind) of the last percent read
        self.pct_before: tuple[int, str] | None = None  # the same of the last sentence before last_pct's
        self.last_pct_end, self.last_pct_sign = 0, 1   # where last_pct ended, its sign (rule growth_percent_gapped)
        self.last_pct_by = (-1, -1)  # (sentence, end) of the last "by N percent" change
        self.defined = defined_units(c.text, self.currency)   # "million dinars (MD)": MD after a number
        self._grouped_millions: bool | None = None   # (rule grouped_millions_point; read when first asked)
        self._thousands_comma: bool | None = None   # (rule dollar_comma_billion; read when first asked)
        self.money_scale: dict[int, tuple[int, Decimal]] = {}   # money figure's clean_start -> (sentence, scale read)
        self.unit_tests = _unit_tests()   # (the patterns _has_unit_near asks at every number, looked up once)

    def grouped_millions(self) -> bool:
        """Whether the document counts thousands of millions in millions ("5,141 million", "$39,878.3 million")."""
        if self._grouped_millions is None:
            text, found, i = self.text, False, self.text.find(" million")
            while i >= 0 and not found:
                found = _GROUPED_MILLIONS.search(text, max(0, i - 12), i) is not None
                i = text.find(" million", i + 8)
            self._grouped_millions = found
        return self._grouped_millions

    def thousands_comma(self) -> bool:
        """Whether the document writes an unambiguous thousands comma ("1,246.7", "12,345,678")."""
        if self._thousands_comma is None:
            self._thousands_comma = _THOUSANDS_COMMA.search(self.text) is not None
        return self._thousands_comma

    def sentence(self, pos: int) -> tuple[int, int, int]:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return -1, 0, len(self.text)
        return i, self.starts[i], self.ends[i]


def _dec(x) -> float:
    return float(x)


# rule grouped_millions_point: "the trade exchange ... to a value of 11.905 million dollars" on a page that also writes
# "for 6,764 million" and "totaled 5,141 million" (marketresearchtelecast.com, Argentina; data/web5 v04; also data/web10
# k09, web14 a03, web27 ar10): a page that counts thousands of millions in millions (a Spanish or Portuguese "millones"
# put into English) writes 11,905 million with its source's thousands point; one or two whole digits and exactly
# three after the point, before "million", on such a page, are thousands of millions. Three whole digits
# ("$455.702 million", "581.814 million") are read as written; so is every page that never groups its millions.
_GROUPED_MILLIONS = skip_compile(r"\d,\d{3}(?:\.\d+)?$")
_SMALL_THREE_DECIMALS = skip_compile(r"(?<![\d.,])\d{1,2}\.\d{3}")
_million_after = EnglishCue("extract_million_after", re.I)
# rule dollar_comma_billion: "The trade deficit of US$1,059 billion in March" (newsrebeat, Argentina; data/web22 ai09),
# "$1,286 billion" (modernghana.com; data/web24 al10), "imported ... worth $1,858 billion" (newsday.co.zw; data/external
# d78): a dollar amount of one digit group after a comma and no decimals before "billion" is a decimal comma (English
# writes a thousand billion dollars as a trillion), on a page with no unambiguous thousands comma ("1,246.7",
# "12,345,678"); "$1,482.4 billion" and "Rs 1,015 billion" are read as written
_THOUSANDS_COMMA = skip_compile(r"\d,\d{3}(?:\.\d|,\d{3})")
_ONE_COMMA_GROUP = skip_compile(r"\d{1,3},\d{3}(?![\d.,]\d)")
_billion_after = EnglishCue("extract_billion_after", re.I)


# "The trade balance shows a deficit of 8,164.9 million dinars (MD), ... namely China (-2,569.8 MD)": a scale and a
# currency abbreviated in brackets where the text first writes them, the abbreviation after the numbers that
# follow (rule money_defined_unit; tmomag.com, Tunisia)
_DEFINITION = skip_compile(r"\b(?P<scale>thousand|million|billion|trillion)\s+(?P<cur>[A-Za-z]+(?:\s+[A-Za-z]+)?)"
                           r"\s*\(\s*(?P<abbr>[A-Z][A-Za-z]{0,4})\s*\)")
_DEFINED_AFTER = skip_compile(r"\s?(?P<abbr>[A-Z][A-Za-z]{0,4})\b")


def _definitions(text: str):
    """_DEFINITION.finditer(text) without a scan of the pattern over the whole text (its prefilter entered it at every
    "t", "m" and "b"): a match opens on one of its four scale words, written as they are (no re.I), so the places where
    one starts come from str.find; each is matched by the pattern itself in the order of the text, those inside the
    last match skipped, as finditer does (a match is never empty)."""
    places = []
    i = text.find("thousand")
    while i >= 0:
        places.append(i)
        i = text.find("thousand", i + 1)
    # ("million", "billion" and "trillion" share their tail: one scan of the text for it, where a find of each word
    # read the whole text once per word; the same places)
    i = text.find("illion")
    while i >= 0:
        if text[i - 1:i] in ("m", "b"):
            places.append(i - 1)
        elif text[i - 2:i] == "tr":
            places.append(i - 2)
        i = text.find("illion", i + 1)
    end = 0
    for p in sorted(places):
        if p >= end:
            m = _DEFINITION.match(text, p)
            if m is not None:
                end = m.end()
                yield m


def defined_units(text: str, currency: CurrencyContext) -> dict[str, tuple[Decimal, str]]:
    """{abbreviation: (scale, ISO code)} of the text's bracketed definitions of a scaled currency."""
    out = {}
    for m in _definitions(text):
        words = m.group("cur").split()
        for cur in (" ".join(words), words[0]) if len(words) > 1 else (words[0],):
            code = resolve(cur, "after", currency, text[max(0, m.start() - 200):m.end()])[0]
            if code is not None:
                # (the scale's factor from the one registry of scale words, vocab/en/units.txt)
                out.setdefault(m.group("abbr"), (Decimal(repr(scale_factor(m.group("scale")))), code))
                break
    return out


def _defined_at(ctx: "Ctx", j: int):
    """The defined unit's match right after a number ending at j, or None."""
    if not ctx.defined:
        return None
    m = _DEFINED_AFTER.match(ctx.text, j)
    return m if m is not None and m.group("abbr") in ctx.defined else None




def extract_figures(c: CleanText, doc: str = "", places=None,
                    warnings: Warnings | None = None, outlet: str | None = None) -> list[Figure]:
    """Every figure of a clean text. places(text) -> ISO3 codes of the countries a
    text names; it reads ambiguous currency signs ("$", "R", "pesos") by their
    country, and without it they take their default reading; outlet (the ISO3 of the
    outlet's web domain) decides between countries the document names as often.

    A rule that throws on one number drops that number only: the message goes to
    `warnings` (errors.Warnings) and the scan goes on past it."""
    warnings = Warnings() if warnings is None else warnings
    n = len(c.text)
    c = _cut_tail_completed(c)
    ctx = Ctx(c, places, outlet)
    out: list[Figure] = []
    for pos, anchor_end in anchors(c.text):
        if pos < ctx.last_end:
            continue
        try:   # Warnings.isolate inlined: the anchor's line is only looked up for a warning
            fig = _figure_from(ctx, pos, doc, anchor_end)
        except Exception as exc:  # noqa: BLE001 - one number's fault must not fail its document
            warnings.append(describe(exc, "extract", _line_at(c, pos)))
            fig = False
        if fig is False:
            ctx.last_end = max(ctx.last_end, anchor_end)  # skip the anchor that broke a rule
        elif fig is not None:
            out.append(fig)
            ctx.last_end = max(ctx.last_end, fig.clean_end)
            ctx.fig_end = fig.clean_end
    _share_scale(out, ctx)
    if len(c.text) > n:
        for fig in out:
            if fig.clean_end > n:   # the completed word: the figure ends where the page's text does
                fig.clean_end, fig.figure = n, " ".join(c.text[fig.clean_start:n].split())
                fig.rule += ":cut_tail_unit"
    return out


# parallel amounts are printed at a like size: "just $30,000 of imports" beside "$3.3 million of exports" is thirty
# thousand dollars (thaibizmyanmar.com), not thirty thousand millions
_PARALLEL_RATIO = Decimal(100)
_SCALES = frozenset(Decimal(10) ** k for k in (3, 6, 7, 9, 12))   # thousand, million, crore, billion, trillion


def _share_scale(out: list[Figure], ctx: Ctx) -> None:
    """An amount with its currency but no scale word takes the scale of the nearest amount of the same currency in its
    sentence that has one: "Lithuania and Estonia imported €22.316 and €12.36 billion" (err.ee), "a surplus of $276
    million for the month and $639 for the 12 months" (nbr.co.nz), "headgears 130.69 percent to $148" after "$47.80
    million" (rule money_shared_scale); only when the two printed numbers are of a like size (_PARALLEL_RATIO)."""
    scale = ctx.money_scale
    scaled: dict[tuple[int, str | None], list[Figure]] = {}   # (sentence, currency) -> its amounts with a scale word
    for o in out:
        at = scale.get(o.clean_start) if o.kind == "money" else None
        if at is not None and at[1] in _SCALES:
            scaled.setdefault((at[0], o.currency), []).append(o)
    if not scaled:
        return
    for fig in out:
        own = scale.get(fig.clean_start)
        if fig.kind != "money" or own is None or own[1] != 1:
            continue
        if cue("per_unit_after", per_unit_after()).match(ctx.text, fig.clean_end):
            continue   # "a high payout of $8.30 a kg ..., pointing to total dairy incomes close to $5bn": a price keeps
            # its own size, as a ratio does ("$2.99 billion, or $2.26 per share") and a Russian one ("за тонну")
            # (rule unit_price_own_scale; agriland.co.uk)
        near = min(scaled.get((own[0], fig.currency), ()), key=lambda o: abs(o.clean_start - fig.clean_start),
                   default=None)
        if near is None:
            continue
        printed, factor = Decimal(repr(abs(fig.value))), scale[near.clean_start][1]
        parallel = Decimal(repr(abs(near.value))) / factor
        if parallel and _PARALLEL_RATIO ** -1 <= printed / parallel <= _PARALLEL_RATIO:
            fig.value = _dec(Decimal(repr(fig.value)) * factor)
            fig.rule += ":money_shared_scale"


# the end of a page's stored text cut inside the unit word right after its last number ("... a difference of $147.6
# billio", "... and 12.2 percen"): a unit word's opening of 3 letters or more (rule cut_tail_unit)
_CUT_TAIL = skip_compile(r"(?<=\d)\s?(?P<cut>[^\W\d_]{3,11})$")


@lru_cache(maxsize=1)
def _cut_words() -> dict[str, str]:
    """{opening: word} of the unit words a cut tail may complete (the scale words of units.txt of 5 letters or more,
    vocab/en/cut_words.txt): openings of 3 letters or more that are no word of their own and open words of one
    factor only."""
    from tradeflows.figures.units import scale_words
    words = {w: f for w, f in scale_words().items() if len(w) >= 5 and w.isalpha() and f <= 1e12}
    words.update((w.lower(), None) for w in read_lines("cut_words.txt"))
    out: dict[str, str] = {}
    seen: dict[str, set] = {}
    for w in sorted(words, key=len):
        for k in range(3, len(w)):
            p = w[:k]
            if p in scale_words():
                continue
            seen.setdefault(p, set()).add(words[w])
            out.setdefault(p, w)
    return {p: w for p, w in out.items() if len(seen[p]) == 1}


def _cut_tail_completed(c: CleanText) -> CleanText:
    """c with the unit word its text is cut inside completed (rule cut_tail_unit), else c itself; the added letters
    map to the raw text's last character."""
    text = c.text
    m = _CUT_TAIL.search(text, max(0, len(text) - 13))
    if m is None:
        return c
    word = _cut_words().get(m.group("cut").lower())
    if word is None:
        return c
    add = word[len(m.group("cut")):]
    offsets = c.offsets[:]
    offsets.extend([offsets[-1]] * len(add))
    sentences = list(c.sentences)
    if sentences and sentences[-1][1] == len(text):
        sentences[-1] = (sentences[-1][0], len(text) + len(add))
    return replace(c, text=text + add, offsets=offsets, sentences=sentences)


def _line_at(c: CleanText, pos: int) -> int | None:
    try:
        return c.line_of(c.offsets[pos])
    except (IndexError, TypeError):
        return None


def _figure_from(ctx: Ctx, pos: int, doc: str, anchor_end: int) -> Figure | None:
    """The figure whose number starts at pos (its anchor ends at anchor_end), or None."""
    text = ctx.text
    near = None   # (_defined_at's match at the number's end, when the unit test was asked here)
    if text[pos] in "aA" and not text.startswith(("an order", "An order"), pos):
        # "a third", "a half": read from the fraction word, keep "a" in the surface
        sub = _article().match(text, pos, pos + 4)
        num = read_number(text, pos) or (read_number(text, sub.end()) if sub else None)
    else:
        # "Exports of goods in 2018 settled at 17 594,7 billion CFA Francs": thousands grouped by spaces, read whole
        # when a scale word follows the last group (rule spaced_scaled; elsewhere a space may part two numbers)
        # (_spaced_scaled's \d{1,3} then a space can only match where the anchor, a maximal run of digits or a word,
        # is at most 3 long and a space follows it: tested first, the pattern is tried at few numbers)
        # (a digit first too: the pattern opens on one, and most number words are three letters or fewer)
        digit = text[pos].isdecimal()
        spaced = digit and anchor_end - pos <= 3 and text[anchor_end:anchor_end + 1] in _GROUP_SPACES \
            and _spaced_scaled().match(text, pos) is not None
        if not spaced and digit and _ends_at_anchor(text, anchor_end) \
                and not (ctx.last_pct is not None and ctx.last_pct[1] == "growth"
                         and _elided_by().search(text, max(0, pos - 4), pos)):
            # most numbers (years, counts) are no figure: the unit test of _figure_at asked before the number is read
            # (read_number would end it at anchor_end, a cardinal), the same answer for a fraction of the cost; no
            # "by" right before it, so no elided percent (_elided_percent's first test of the text)
            defined = _defined_at(ctx, anchor_end) if ctx.defined else None
            if defined is None and not _has_unit_near(text, pos, anchor_end, ctx.unit_tests):
                ctx.last_end = max(ctx.last_end, anchor_end)
                return None
            near = (defined,)
        elif not digit and lone_cardinal_at(text, pos, anchor_end):
            # most number words ("the two countries", "one of the proposals") are no figure either: a word that
            # read_number would read alone as a cardinal ending at anchor_end is asked the same unit test first
            # (a cardinal in words is never an elided percent: _elided_percent asks digits)
            defined = _defined_at(ctx, anchor_end) if ctx.defined else None
            if defined is None and not _has_unit_near(text, pos, anchor_end, ctx.unit_tests):
                ctx.last_end = max(ctx.last_end, anchor_end)
                return None
            near = (defined,)
        num = read_number(text, pos, ctx.mark, spaced=spaced)
    if num is None:
        return None
    ctx.last_end = max(ctx.last_end, num.end)
    # (_SPAN_END_BEFORE ends on its dash or slash, at pos or before a line break there: asked only after one)
    if text[pos - 1:pos] in _SPAN_END_LAST and _SPAN_END_BEFORE.search(text, max(0, pos - 5), pos) \
            and _TWO_DIGITS.fullmatch(text, pos, num.end):
        # "dropped from 5.3 billion dollars in 2002-03 to 4.5 billion dollars in 2003-04": the two digits after a
        # year and a dash end a span of years ("2002-03"), no amount; read from them, "03 to 4.5 billion dollars"
        # was a range (rule year_span_end)
        return None
    return _figure_at(ctx, num, doc, near)


def _ends_at_anchor(text: str, end: int) -> bool:
    """Whether read_number (not spaced) reads the digits that end at `end` (a maximal run) as a cardinal ending there:
    no mark and digit after them ("1,246.7", "2.5"), no spaced mark before one to three digits ("10, 2 млрд", "5. 925
    billion"), no spaced point (" .8 million", rule point_spaced_before) nor spoken one ("-point-eight"). Exact: every
    other reading of read_number and read_digits needs one of these right after the digits."""
    c, d = text[end:end + 1], text[end + 1:end + 2]
    if c in (",", "."):
        return not d.isdecimal() and not (d in (" ", "\u00a0") and text[end + 2:end + 3].isdecimal())
    if c in (" ", "\u00a0", "-"):
        return d != "." and d not in ("p", "P")
    return True


_SPAN_END_BEFORE = skip_compile(r"(?<!\d)(?:19|20)\d\d[-–/]$")
_SPAN_END_LAST = ("-", "–", "/", "\n")   # the last character of a window _SPAN_END_BEFORE finds a match in
_TWO_DIGITS = skip_compile(r"\d\d")


_GROUP_SPACES = (" ", "\u00a0", "\u202f", "\u2009")
_spaced_scaled = EnglishCue("extract_spaced_scaled", re.I)


# between two amounts of a list: a bracketed aside ("(68%)"), a comma or "and"
_list_gap = EnglishCue("extract_list_gap")
_LIST_AMOUNT = skip_compile(r"\d[\d.,]*")
LIST_AMOUNTS = 6   # amounts of a list read ahead for the currency the last one names


def _list_currency_after(ctx: Ctx, j: int, end: int, after_re, pats, sentence: str) -> str | None:
    """The currency written after the last scaled amount of the list that the amount ending at j opens
    ("2.47 billion (68%), 390 million (11%) and 668 million USD"), or None."""
    text = ctx.text
    for _ in range(LIST_AMOUNTS):
        gap = _list_gap().match(text, j, end)
        if gap is None:
            return None
        num = _LIST_AMOUNT.match(text, gap.end(), end)
        if num is None:
            return None
        sc = pats["scale"].match(text, num.end(), end)
        if sc is None:
            return None
        j = sc.end()
        am = after_re.match(text, j)
        if am:
            return resolve(am.group(1), "after", ctx.currency, sentence)[0]
    return None


def _list_scale_after(ctx: Ctx, num: Number, j: int, end: int, pats) -> tuple[Decimal, str] | None:
    """(factor, currency) of the last amount of the list of bare numbers the number ending at j opens ("3,88 и 2,29
    миллиарда долларов", "2,34 и 1,8 миллиарда долларов"): its scale word and the currency right after it, when the two
    printed numbers are of a like size (_PARALLEL_RATIO); else None (rule list_scale_after, cue shared_scale_list)."""
    text = ctx.text
    gap = cue("shared_scale_list", NEVER).match(text, j, end)
    if gap is None:
        return None
    last = _LIST_AMOUNT.match(text, gap.end(), end)
    if last is None:
        return None
    factor, k = scale_at(text, last.end(), False, pats)
    am = currency_patterns()[1].match(text, k) if factor is not None and factor in _SCALES else None
    if am is None:
        return None
    code = resolve(am.group(1), "after", ctx.currency, text[gap.start():end])[0]
    last_value = read_number(text, last.start(), ctx.mark)
    if code is None or last_value is None or not last_value.value or not num.value:
        return None
    ratio = Decimal(str(num.value)) / Decimal(str(last_value.value))
    return (factor, code) if _PARALLEL_RATIO ** -1 <= ratio <= _PARALLEL_RATIO else None


def _elided_percent(ctx: Ctx, num: Number) -> bool:
    """"exports increased by 5.7 per cent and imports increased by 10.6, in April 2019" (Agerpres):
    a bare number after "by" that ends its clause, shortly after a "by N per cent" change of the same
    sentence, is a change whose "per cent" the writer left out."""
    text = ctx.text
    if num.kind != "cardinal" or num.words or ctx.last_pct is None or ctx.last_pct[1] != "growth":
        return False
    if not _elided_by().search(text, max(0, num.start - 4), num.start) or not _elided_after().match(text, num.end):
        return False
    if _YEARISH.match(text, num.start, num.end) or num.value >= 1000:
        return False
    # the change before it in the same sentence was a "by N per cent", not far back
    si, end = ctx.last_pct_by
    return si == ctx.sentence(num.start)[0] and ctx.last_pct[0] == si and num.start - end <= 80


# "the country's export value of large shrimps has reached $1.59 billion USD ..., while its export volume has been 539
# million pounds. China has purchased 95.07 million pounds of large shrimp worth $277 million USD" (chinaseafoodexpo.com,
# data/web56 cx02): "pounds" after an amount is a weight where the clause names a volume before it, or goods of the
# pounds are then given a value ("worth", "valued at"): no money (rule pounds_weight; vocab/en/patterns.csv rows
# extract_weight_volume_before, extract_weight_worth_after)
_weight_volume_before = EnglishCue("extract_weight_volume_before", re.I)
_weight_worth_after = EnglishCue("extract_weight_worth_after", re.I)


def _pounds_weight(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether "pounds" ending at end after the amount starting at start is a weight (rule pounds_weight)."""
    return _weight_worth_after().match(text, end) is not None \
        or _weight_volume_before().search(text, max(s_start, start - 60), start) is not None


def _figure_at(ctx: Ctx, num: Number, doc: str, near: tuple | None = None) -> Figure | None:
    """`near`: (_defined_at's match at the number's end,) where _figure_from asked the unit test already and found a
    unit or a defined one (a cardinal ending at its anchor, no elided percent)."""
    text = ctx.text
    pos = num.start
    if near is not None:
        elided, defined = False, near[0]
    else:
        # (_elided_percent's first test, asked here: most numbers come after no growth percent)
        elided = ctx.last_pct is not None and ctx.last_pct[1] == "growth" and _elided_percent(ctx, num)
        defined = _defined_at(ctx, num.end) if num.kind == "cardinal" and ctx.defined else None
        if num.kind == "cardinal" and not elided and not _has_unit_near(text, pos, num.end, ctx.unit_tests) \
                and defined is None:
            return None  # a count, a year, an ordinal: nothing makes it a figure
    before_re, after_re = currency_patterns()
    pats = kind_patterns()
    si, s_start, s_end = ctx.sentence(pos)
    left = text[max(s_start, pos - 160):pos]
    tail = left[-60:]
    if ("/" in tail or ":" in tail or "www" in tail) and _urlish().search(tail):   # (each match holds one of them)
        return None

    # --- left of the number: currency symbol, qualifier, "by" -------------
    cur_before = before_re.search(left, max(0, len(left) - _BEFORE_WINDOW))
    if cur_before and pos - len(left) + cur_before.start() < ctx.fig_end:
        cur_before = None  # "5 million US dollars 3 years ago": the name ended the last figure
    currency = None
    start = pos
    negative = False
    how = ""
    pre_scale = None
    ss = _sign_scale_before().search(left, max(0, len(left) - 24)) \
        if not cur_before and num.kind == "cardinal" and not num.words and _scale_word_end_before(text, pos) else None
    if ss is not None and pos - len(left) + ss.start() >= ctx.fig_end:
        currency, how = resolve(ss.group("cur"), "before", ctx.currency, text[s_start:s_end])
        factor = scale_factor(ss.group("scale"))
        if currency is not None and factor is not None:
            pre_scale = Decimal(repr(factor))
            start = anchor_line_pos = pos - (len(left) - ss.start())
            negative = ss.group("neg") is not None
            qual_zone = left[:ss.start()]
        else:
            currency, how = None, ""
    if pre_scale is not None:
        pass
    elif cur_before:
        currency, how = resolve(cur_before.group(), "before", ctx.currency, text[s_start:s_end])
        bare = cur_before.group().strip().lstrip(SIGNS).strip()
        if bare == "$" and currency is not None:
            marked = sentence_mark(text, s_start, pos - (len(left) - cur_before.start()))
            if marked is not None and marked != currency:
                currency, how = marked, "sentence_mark"   # "exported US$263.5 billion ..., and imported $309.3 billion"
            elif marked is None:
                marked = compared_mark(text, pos, s_end)
                if marked is not None and marked != currency:
                    currency, how = marked, "compared_mark"   # "totalled $643.0Mn, 5.5% above the US$609.50Mn"
        if currency is None:
            cur_before = None  # "R", "N" with no country that reads them
        elif _LETTER_SIGN.fullmatch(cur_before.group().strip()) and _quarter_token().match(text, pos):
            cur_before = None  # "In Q2 2023, Guatemala's exports rose": a quarter, no quetzales
        elif cur_before.group().rstrip(SIGNS + " ").strip() in _word_codes() and _word_code_count(text, pos, cur_before, pats):
            # "TOP-3 exporting countries:" (gbc.ge, data/web33 bd08), "TOP 10 exporters", "ALL 27 members": a code that
            # is an English word in capitals before a hyphen or a bare count is the word (vocab/en/word_codes.txt, rule
            # word_code_count); "TOP 3.5 million" stays pa'anga
            cur_before, currency, how = None, None, ""
    if cur_before:
        start = pos - (len(left) - cur_before.start())
        negative = cur_before.group("sign") is not None
        cs = cur_before.start()
        if cs and left[cs - 1] in SIGNS and (cs < 2 or not left[cs - 2].isalnum()):
            negative, start = True, start - 1  # "-€13 billion", "−$5bn"
        if not num.words:  # "$ 1 246.7 million": spaced thousands after a sign
            num = read_number(text, pos, ctx.mark, spaced=True)
        anchor_line_pos = start
        qual_zone = left[:cur_before.start()]
    else:
        if not num.words and _glued_left(left) and ctx.fig_end != pos and not _glued_article().search(left):
            # "Q1", "B2B", "f2023": a token, not a figure; but "imports amounted to $46,715.7 million16.3% more
            # than": a figure glued to the scale word that ended the one before, a space lost in the page's
            # text (rule glued_after_figure); "representing an18.2 per cent increase" (modernghana.com): an article
            # the page lost its space after is no token's letters (rule glued_article)
            return None
        anchor_line_pos = pos
        qual_zone = left
    q = pats["qual"].search(qual_zone, max(0, len(qual_zone) - 40))
    if q and pos - len(left) + q.start() < ctx.fig_end:
        q = None  # "34.4% more than the R999.66 billion": the words are the last figure's
    if q and q.lastgroup in ("more_than", "less_than") and \
            _pct_before().search(text, max(0, pos - len(left) + q.start() - 12), pos - len(left) + q.start()):
        q = None  # "30.7 per cent above the US$107.9 million recorded in January 2022": the percent's comparative
    if q and q.lastgroup == "more_than" and _base_over().search(qual_zone, 0, q.end()):
        q = None  # "a 66.86 percent growth over Sh64.51 billion the year before": the base of a change
    if q and q.lastgroup == "less_than" and (_moved_up().search(qual_zone, 0, q.end())
                                              or _up_to_level().search(qual_zone, 0, q.end())):
        q = None  # "the trade surplus moved up to K469 million", "Total Exports ... summed up to Rs. 24.8 billion": a
        # phrasal verb's "up", no upper bound
    if q and q.lastgroup in ("more_than", "less_than") and _compared_forecast_before().search(qual_zone) \
            and _forecast_after().match(text, num.end):
        q = None  # "Imports were up 21.97% ... below the 34.97% rise expected in the poll" (princereport.com), "below the
        # 4.57% expected by economists polled by Reuters" (kdal610.com): the forecast the result is set against, written
        # exactly; "below" compares the result, it bounds no figure (rule compared_to_forecast)
    qualifier = None
    if q:
        qualifier = q.lastgroup
        start = pos - (len(left) - q.start())
        by_zone = qual_zone[:q.start()]
    else:
        by_zone = qual_zone
    by = by_cue().search(by_zone) is not None

    # --- right of the number: range, scale, currency, %, times -------------
    j = num.end
    m = _EXCLAIM.match(text, j)
    if m:
        j = m.end()
    abbreviated = cur_before is None and currency is None and pre_scale is None and num.kind == "cardinal" \
        and ctx.last_money is not None and si - ctx.last_money_sentence <= ABBREVIATION_SENTENCES \
        and _abbreviation_carried(text, j, ctx.last_money.figure, pats)
    rng_scale = range_and_scale(ctx, num, j, cur_before, currency, qual_zone, by_zone, pats, abbreviated)
    if rng_scale is None:
        return None
    value, high, j = rng_scale
    if currency is None and cur_before is None and pre_scale is None and high is None and num.kind == "cardinal" \
            and not num.words and value == num.value and not _YEARISH.match(text, pos, num.end):
        shared = _list_scale_after(ctx, num, j, s_end, pats)
        if shared is not None:
            # "Германия и США — на 3,88 и 2,29 миллиарда долларов соответственно" (lenta mirror, data/ruweb19 ay02): a
            # bare number of a list whose last amount names the scale and the currency shares both (rule
            # list_scale_after; cue shared_scale_list, Russian rows only)
            factor, currency = shared
            value, how = value * factor, "list_scale_after"
    if cur_before and pre_scale is None and value == num.value and num.kind == "cardinal" \
            and _CAPITAL_T.match(text, j):
        # "Japan recorded a record trade deficit of JPY -21.73T" (actionforex.com), "China's Trade Surplus Surges 20%
        # to a Record $1.2T" (financialnewsnetwork.com): a capital T glued to an amount with its currency before is
        # a trillion, as "B" is a billion (rule capital_t_trillion; a lower-case "t" is tonnes, no scale)
        value, high, j = value * Decimal(10) ** 12, (None if high is None else high * Decimal(10) ** 12), j + 1
    if pre_scale is not None:
        if value != num.value:
            return None   # "US$ million 5 billion": two scale words, no reading
        value, high = value * pre_scale, (None if high is None else high * pre_scale)
    am = after_re.match(text, j)
    if am and currency is None and am.group(1)[:5].lower() == "pound" and _pounds_weight(text, s_start, start, am.end()):
        return None   # rule pounds_weight
    if am:
        code, how_after = resolve(am.group(1), "after", ctx.currency, text[s_start:s_end])
        if currency is None and code is not None:
            # "62.1 mln US$": a dollar sign after the amount (rule currency_sign_after)
            currency, how = code, how_after or ("currency_sign_after" if am.group(1).endswith("$") else "")
            j = am.end()
            if value == num.value and num.kind == "cardinal":  # "12 USD billion": the code before the scale
                factor, k = scale_at(text, j, True, pats)
                if factor is not None:
                    value, j = value * factor, k
                    high = None if high is None else high * factor
        elif code is not None and code == currency and am.group().startswith("-"):
            j = am.end()  # "$ 1.2-billion-dollars"
    if currency is None and value != num.value and SHILLING_SUFFIX.match(text, j):
        # "the country's exports value between 2018 and 2022 were 27.93 billion US dollars (70tri/-)"
        # (dailynews.co.tz): East African papers write their shilling as "/-" after the scaled amount, read by the
        # country of the page (currencies.csv rows "/-"; rule shilling_suffix)
        code, how_sh = resolve("/-", "after", ctx.currency, text[s_start:s_end])
        if code is not None:
            currency, how, j = code, how_sh or "shilling_suffix", j + 2
    if defined is not None and j == num.end and currency is None and value == num.value:
        # "-2,569.8 MD" after "8,164.9 million dinars (MD)" (rule money_defined_unit)
        factor, currency = ctx.defined[defined.group("abbr")]
        value, high, j, how = value * factor, (None if high is None else high * factor), defined.end(), "defined_unit"
    sym = _SIGN_THEN_SCALE.match(text, j) if currency is None and value == num.value and num.kind == "cardinal" else None
    if sym:  # "from 57.18 US$ billions in 2016-17": the sign between the number and its scale word
        code = resolve(sym.group(1), "before", ctx.currency, text[s_start:s_end])[0]
        factor, k = scale_at(text, sym.end(), True, pats)
        if code is not None and factor is not None:
            currency, value, j, how = code, value * factor, k, "sign_then_scale"
            high = None if high is None else high * factor
    if negative:
        value, high = -value, (None if high is None else -high)
    grouped = high is None and num.kind == "cardinal" and not num.words and ctx.mark == "." \
        and _SMALL_THREE_DECIMALS.fullmatch(text, pos, num.end) is not None \
        and _million_after().match(text, num.end) is not None and abs(value) == num.value * 1000000 \
        and ctx.grouped_millions()
    if grouped:
        value *= 1000   # "11.905 million dollars" = 11,905 million (rule grouped_millions_point)
    comma_billion = high is None and num.kind == "cardinal" and not num.words and ctx.mark == "." \
        and cur_before is not None and "$" in cur_before.group() and pre_scale is None \
        and _ONE_COMMA_GROUP.fullmatch(text, pos, num.end) is not None \
        and _billion_after().match(text, num.end) is not None and abs(value) == num.value * 1000000000 \
        and not ctx.thousands_comma()
    if comma_billion:
        value /= 1000

    def make(kind, val, hi, qual, rule, end):
        post = or_more().match(text, end)
        if post:  # "10% or more"
            qual = "more_than" if (post.group(1) or post.group(2)).lower() in ("more", "higher", "above", "plus") \
                else "less_than"
            end = post.end()
        s_raw, e_raw = ctx.c.raw_span(start, end)
        line = ctx.c.line_of(ctx.c.offsets[anchor_line_pos])
        if hi is not None and qual is None:
            qual = "range"
        if qual == "more_than" and kind == "money" and _recorded_after().match(text, end):
            # "surpassing the RM46.5 billion achieved for the same period last year": the value passed, as counted, is
            # exact (rule passed_value; not "exports surpassing $5 billion", a floor)
            qual = None
        if grouped and kind == "money":
            rule += ":grouped_millions_point"
        if comma_billion and kind == "money":
            rule += ":dollar_comma_billion"
        return Figure(doc=doc, char_start=s_raw, char_end=e_raw, line=line,
                      figure=" ".join(text[start:end].split()), kind=kind,
                      value=val, value_high=hi, currency=currency if kind == "money" else None,
                      qualifier=qual or "exact", rule=rule, clean_start=start, clean_end=end,
                      sentence=text[s_start:s_end])

    # --- money ---------------------------------------------------------------
    if currency and num.kind in ("cardinal", "fraction", "vague"):
        # "hundreds of millions" is a lower bound whatever else is said of it
        qual = ("more_than" if qualifier != "less_than" else qualifier) if num.kind == "vague" else qualifier
        rule = "money_range" if high is not None else (
            "money_symbol_before" if cur_before else "money_sign_scale_before" if pre_scale is not None
            else "money_word_after")
        if how:
            rule += ":" + how  # an ambiguous sign read by its country
        if num.kind == "fraction" and value == num.value:
            return None
        if value == num.value and high is None and (_rate_right().match(text, j)
                                                    or _rate_left().search(text, max(s_start, start - 24), start)):
            return None  # rule rate_quote
        if not cur_before and pre_scale is None and _YEAR_DIGITS.fullmatch(text, pos, num.end) \
                and ("\n" in text[num.end:j] or _NUMBER_NEXT.match(text, j)):
            return None  # rule year_not_amount
        fig = make("money", _dec(value), _dec(high) if high is not None else None,
                   qual, rule, j)
        ctx.last_money, ctx.last_money_sentence = fig, si
        ctx.money_currencies.add(fig.currency)
        if high is None and num.kind == "cardinal" and not num.words and num.value:
            ctx.money_scale[fig.clean_start] = (si, abs(value) / num.value)
        return fig

    # the clause before the figure, bounded so that a run-on 'sentence' stays linear
    clause = text[max(s_start, start - CLAUSE_WINDOW):start]

    # --- percentage points: the change of a share, signed (GUIDELINES) ------
    pp = POINTS.match(text, j)
    if pp and num.kind == "cardinal":
        adj = adj_change().search(by_zone)
        down = (adj.group(1).lower() in ("down", "minus")) if adj else last_direction(clause, pats) == "down"
        if _contribution().search(clause[-CONTRIBUTION_REACH:]) or _lifted_flow().search(clause[-CONTRIBUTION_REACH:]):
            # "the foreign sector contributed ... a contribution of 2.6 percentage points over an increase in GDP":
            # points contributed to a growth rate are growth (GUIDELINES: a share's change stays a share)
            return make("growth", round_pct(-value if down else value), None, qualifier, "growth_points_contribution",
                        pp.end())
        gap = _points_than_rate().match(text, pp.end())
        if gap is not None:
            down = (gap.group("speed") or gap.group("cmp")).lower() in _POINTS_DOWN
            return make("growth", round_pct(-value if down else value), None, qualifier, "growth_points_than_rate",
                        pp.end())
        prev = ctx.last_pct[1] if ctx.last_pct is not None and ctx.last_pct[0] == si else None
        if prev != "share" and not pats["share"].search(text, s_start, start) \
                and (last_direction(clause, pats) is not None or _rate_word().search(clause)):
            # "non-automotive exports declined 4.5 percentage points", "agricultural exports showed positive growth
            # at 10.8 percentage points" (thenewsmx.com): points of a flow's change, no share named in the sentence
            # nor a share's level before them, are its growth (GUIDELINES: a share's change stays a share; rule
            # growth_points_flow)
            return make("growth", round_pct(-value if down else value), None, qualifier, "growth_points_flow",
                        pp.end())
        return make("share", round_pct(-value if down else value), None, qualifier, "share_points", pp.end())

    # --- percent: a growth rate, a share or an index (the sieve of figures/percent.py) ---
    pm = PERCENT.match(text, j)
    if pm and num.kind == "cardinal" and _levy_rate(text, pos, pm.end(), s_start):
        return None   # rule levy_rate: "a 25 per cent tariff on all imports" is a tax rate, no trade figure
    if (pm or elided) and num.kind == "cardinal":
        prev = ctx.last_pct[1] if ctx.last_pct is not None and ctx.last_pct[0] == si else None
        if ctx.last_pct is not None and ctx.last_pct[0] != si:
            ctx.pct_before = ctx.last_pct
        before = ctx.pct_before[1] if ctx.pct_before is not None and ctx.pct_before[0] == si - 1 else None
        kind, val, hi, rule, end = read_percent(Percent(
            text, pos, pm.end() if pm else j, s_start, value, high, by_zone, by, clause,
            ctx.last_money is not None and ctx.last_money_sentence == si, pats, prev, before,
            ctx.last_pct_end if prev is not None else None, ctx.last_pct_sign, s_end))
        ctx.last_pct = (si, kind)
        ctx.last_pct_end, ctx.last_pct_sign = end, (-1 if val is not None and val < 0 else 1)
        if by and kind == "growth":
            ctx.last_pct_by = (si, end)
        return make(kind, val, hi, qualifier, rule if pm else rule + ":elided_unit", end)

    sp = _shared_percent().match(text, j) or _local_shared_percent(text, pos, j)
    if sp is not None and sp.re is _shared_percent() and sp.group("w") is not None:
        w = read_number(text, sp.start("w"), ctx.mark)
        if w is None or not w.words or w.end != sp.end("w"):
            sp = None   # ("... and more percent": a word that is no number)
    if sp and num.kind == "cardinal" and high is None and value == num.value and not _YEARISH.match(text, pos, num.end):
        # ("up 3.2 billion or 6.8%": a number with its scale word is an amount, not a share of the percent after it)
        kind, val, _, rule, _ = read_percent(Percent(
            text, pos, j, s_start, value, None, by_zone, by, clause,
            ctx.last_money is not None and ctx.last_money_sentence == si, pats, s_end=s_end))
        # ("The foreign trade volume to the United States and Russia were 280 million and 220 million U.S. dollars, down
        # 35.2 and 34.7 percent, respectively", ecns.cn: the number that shares the unit is the percent before the one
        # whose unit it shares, which goes on with its kind and sign; rule shared_unit_before)
        ctx.last_pct = (si, kind)
        ctx.last_pct_end, ctx.last_pct_sign = j, (-1 if val is not None and val < 0 else 1)
        return make(kind, val, None, qualifier, rule + ":shared_unit", j)
    if num.kind == "cardinal" and high is None and value == num.value and ctx.last_pct is not None \
            and ctx.last_pct[0] == si and ctx.last_pct[1] in ("share", "growth") and bracket_listed(text, pos, j, s_start):
        # "Болгария (3,6%), Франция (2,3)": a bracketed item of a list whose earlier item carried the percent is a
        # percent of that item's kind (figures/bracket_list.py, rule bracket_list_unit)
        return make(ctx.last_pct[1], round_pct(value), None, qualifier, "bracket_list_unit", j)

    # --- multiples and fractions in words (figures/multiples.py) -----------------
    mm = mult_suffix().match(text, j)
    if (mm and num.kind == "cardinal") or num.kind == "multiple":
        res = read_multiple(text, text[num.start:num.end].lower(), mm.group() if mm else None,
                            mm.end() if mm else j, value, clause, qualifier, by, pats)
        return None if res is None else make("growth", res[0], None, qualifier, "growth_multiple", res[1])
    if num.kind == "fraction":
        res = read_fraction(text, j, value, clause, by, pats)
        return None if res is None else make(res[0], res[1], None, qualifier, res[2], res[3])

    # --- implied currency ----------------------------------------------------
    if value != num.value and num.kind == "cardinal" and currency is None:
        # "contributed 2.47 billion (68%), 390 million (11%) and 668 million USD (18%) respectively": a list of
        # amounts whose last one names the currency for all (rule money_list_currency_after)
        code = _list_currency_after(ctx, j, s_end, after_re, pats, text[s_start:s_end])
        if code is not None:
            currency = code
            return make("money", _dec(value), _dec(high) if high is not None else None,
                        qualifier, "money_list_currency_after", j)
    if value != num.value and num.kind == "cardinal" and currency is None and _implied_ok().match(text, j):
        dm = _declared_currency().match(text, s_start, pos)
        code = resolve(dm.group("cur") or dm.group("cur2"), "after", ctx.currency, text[s_start:s_end])[0] \
            if dm else None
        if code is not None:
            currency = code
            fig = make("money", _dec(value), _dec(high) if high is not None else None,
                       qualifier, "money_declared_currency", j)
            ctx.last_money, ctx.last_money_sentence = fig, si
            ctx.money_currencies.add(code)
            return fig
    if value != num.value and num.kind == "cardinal" and ctx.last_money is not None \
            and (abbreviated or si - ctx.last_money_sentence <= 1) and _implied_ok().match(text, j):
        currency = ctx.last_money.currency
        fig = make("money", _dec(value), _dec(high) if high is not None else None,
                   qualifier, "money_implied_abbreviation" if abbreviated else "money_implied_currency", j)
        ctx.last_money_sentence = si  # a run of implied amounts keeps its currency
        return fig
    if value != num.value and num.kind == "cardinal" and len(ctx.money_currencies) == 1 \
            and ctx.last_money is not None and _trade_level_before().search(clause[-90:]) and _implied_ok().match(text, j):
        # "the value of imports in June stood at 3.38 billion, an increase of 12 percent" paragraphs after "around 3
        # billion euros": a trade value's level, on a page whose amounts are all in one currency, is in it
        # (rule money_trade_level)
        currency = ctx.last_money.currency
        fig = make("money", _dec(value), _dec(high) if high is not None else None,
                   qualifier, "money_trade_level", j)
        ctx.last_money_sentence = si
        return fig
    return None



_NEAR_RIGHT = skip_compile(
    r"(?:\s?\(!\))?(?:\s?[-–—]\s?\d[\d,.]*|\s+(?:to|and)\s+\S+)?"
    r"(?:\s?(?:%|percent\b|per\s?cent\b|pct\b)|\s?-?fold\b|\s+times\b)", re.I)


def _local_shared_percent(text: str, pos: int, end: int) -> re.Match | None:
    """The language's list of numbers sharing the percent after its last ("на их долю пришлось 16, 15 и 11 процентов
    всего экспорта", prosvet.ee; cue shared_percent, rule shared_unit), unless "respectively" opens the list right before
    it ("( в январе 2011 года соответственно 33, 36 и 32%)", bizzone.info): such a list pairs with the flows of figures
    before it, which the measure rules do not read yet (cue respectively_list_before)."""
    m = cue("shared_percent", NEVER).match(text, end)
    if m is None or cue("respectively_list_before", NEVER).search(text, max(0, pos - 40), pos):
        return None
    return m


def _unit_tests() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of _has_unit_near in the current language: the currency before the number, _right_units, and
    _local_shared_percent's two cues. A document's numbers all ask the same (Ctx.unit_tests): looked up once, not at
    each of its thousands of numbers."""
    before_re, after_re = currency_patterns()
    shared_percent, shared_scale, comma_high = (cue("shared_percent", NEVER), cue("shared_scale_list", NEVER),
                                                cue("range_comma_high", NEVER))
    # (lists: whether any of the three list cues can match at all; English has none of them, NEVER, whose three calls
    # a number made for nothing)
    lists = shared_percent is not NEVER or shared_scale is not NEVER or comma_high is not NEVER
    return (before_re, _right_units(after_re, kind_patterns()["scale"]), shared_percent,
            cue("respectively_list_before", NEVER), shared_scale, comma_high, lists)


def _has_unit_near(text, pos, end, tests) -> bool:
    """Cheap test before the full rules: a currency, scale, %, or multiple next to the number (tests: _unit_tests()).

    Right of the number it is one match of _right_units (exact: see there), where it was up to nine: most numbers
    (years, counts) have none, so each asked every pattern, and a call costs more than the little each reads."""
    before_re, right_units, shared_percent, respectively_before, shared_scale, comma_high, lists = tests
    if before_re.search(text, max(0, pos - _BEFORE_WINDOW), pos) or (_scale_word_end_before(text, pos)
                                                                     and _sign_scale_before().search(text, max(0, pos - 24), pos)):
        return True
    # (not where the character after the number can start no match, NO_UNIT_START: ", the", ")", "]"; a fifth of the
    # numbers, where the match costs some 16,000 instructions, entering each of its alternatives)
    if text[end:end + 1] not in NO_UNIT_START and right_units.match(text, end) is not None:
        return True
    # "на их долю пришлось 16, 15 и 11 процентов всего экспорта": a list sharing the last one's percent
    # (_local_shared_percent, its cues looked up once); "Болгария (3,6%), Франция (2,3)": a bracketed item of a list
    # whose earlier item carried it
    # (none of the three where the language has none of their cues: `lists`, worked out once in _unit_tests)
    if lists and shared_percent.match(text, end) is not None \
            and not respectively_before.search(text, max(0, pos - 40), pos):
        return True
    # "на 3,88 и 2,29 миллиарда долларов": a list sharing the last one's scale and currency (_list_scale_after)
    # "на уровне 1,1-1,2 млрд", "4,4-5,5 млрд долларов": a range whose high end writes a decimal comma, which _right_units'
    # digits (DIGITS, a decimal point) stop at (cue range_comma_high, Russian rows only; rule range_comma_high)
    if lists and (shared_scale.match(text, end) is not None or comma_high.match(text, end) is not None):
        return True
    # (bracket_listed first asks for a ")" after optional whitespace: where the next character is neither, it is False,
    # not called; str.isspace is the \s of a str pattern)
    after = text[end:end + 1]
    return (after == ")" or after.isspace()) and bracket_listed(text, pos, end, 0)


_DIGITS_RE = skip_compile(DIGITS)
_RANGE_NEXT = skip_compile(r"\s+(?:to|and)\s+\$?\s?(?=\d)")
# "от 4,4 до 5,5 млрд евро": the high end after "до", its decimal comma read, a scale word or currency after it (rule
# range_ot_do; a percent too since session 50: "от 4 до 9%", its kind decided by figures/lang_ru.py, rule
# ru_growth_range_ot_do)
_RANGE_DO = r"\s+до\s+\d+(?:[.,]\d+)?"
_RIGHT_UNITS: dict[tuple[int, int], tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def _scoped(rx: re.Pattern) -> str:
    """rx's pattern as a group with its own flags, to stand inside another pattern."""
    flags = "".join(f for f, v in (("a", re.A), ("i", re.I), ("m", re.M), ("s", re.S), ("x", re.X)) if rx.flags & v)
    return f"(?{flags}:{rx.pattern})" if flags else f"(?:{rx.pattern})"


def _right_units(after_re: re.Pattern, scale: re.Pattern) -> re.Pattern:
    """One pattern that matches at the end of a number exactly where the right-hand tests of _has_unit_near did:

        _NEAR_RIGHT or _SIGN_THEN_SCALE, or, m = RANGE_DASH or _RANGE_NEXT and k = the end of the number after m
        (_DIGITS_RE) where m matches, else the number's end: scale, after_re, PERCENT or POINTS at k.

    Why it is the same: a match only answers whether any branch matches; an atomic group (?>A|B) holds what
    A.match or else B.match returns, so (?>RANGE_DASH|_RANGE_NEXT)(?>DIGITS) ends where k did, and the tests at
    the number's end stand behind a look-ahead that no range opens there, as the `else` did; each pattern keeps
    its own flags (_scoped), and none of them holds a named group or a back-reference. A Russian "до" range
    (_RANGE_DO) is the third opening before the same units, with POINTS barred behind it (a percent after it since session 50): scale and
    after_re stand once in the pattern (written twice, they doubled its compile time, ~0.25 s per process). Built once per pair of
    patterns (one per process: currencies.patterns and kinds.kind_patterns are built once), not per text."""
    key = (id(after_re), id(scale))
    hit = _RIGHT_UNITS.get(key)
    if hit is None:
        rng = f"(?:{_scoped(RANGE_DASH)}|{_scoped(_RANGE_NEXT)})"
        units = f"(?:{_scoped(scale)}|{_scoped(after_re)}|{_scoped(PERCENT)}|{_scoped(POINTS)})"
        rx = re.compile(f"{_scoped(_NEAR_RIGHT)}|{_scoped(_SIGN_THEN_SCALE)}"
                        f"|(?:(?>{rng})(?>{_scoped(_DIGITS_RE)})|(?!{rng})|(?>{_RANGE_DO})(?!{_scoped(POINTS)}))"
                        f"{units}")
        hit = _RIGHT_UNITS[key] = (after_re, scale, rx)   # (holding the patterns keeps their ids theirs)
    return hit[2]


# characters that often follow a number with no unit ("in 2019, the", "(2018)", "[3]") and that no match of _right_units
# starts with: none of its parts opens on one (a percent, "per cent", a range's dash or "to", a scale word, a currency
# name, code or sign, "of", a dot, whitespace; tests/test_s72_speedC72.py checks them against the class of the whole
# pattern's first characters, vocab.first_ahead, whose parse of its 25,000 characters costs some 0.1-0.25 s, too
# much to work out in each process)
NO_UNIT_START = frozenset(",;:)]}\"'”’»!?°0123456789")


_article = EnglishCue("extract_article", re.I)

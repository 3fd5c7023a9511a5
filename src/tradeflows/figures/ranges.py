"""Ranges and scales: the value of a number once read, from the words right after it.

Split from figures/extract.py: a scale word ("billion", "-billion", "bn" after a sign), a
range's high end and which end's scale carries to the other (range_and_scale, its rule in
the docstring), and an amount written in parts ("$1 billion 832 million"). The figure
reader calls range_and_scale once per number; its kind is decided afterwards.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from tradeflows.figures.currencies import patterns as currency_patterns, resolve
from tradeflows.figures.kinds import PERCENT
from tradeflows.figures.numbers import Number, read_number
from tradeflows.figures.units import scale_factor
from tradeflows.vocab import read_lines
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile

if TYPE_CHECKING:
    from tradeflows.figures.extract import Ctx


RANGE_DASH = skip_compile(r"\s?[-–—]\s?(?=\d)")
# "на каждую из этих стран приходится от 4,4 до 5,5 млрд евро" (capital.ua, data/ruweb17 au03), "варьировались в
# диапазоне от 4 до 9%" (zonakz, data/ruweb26 bm05): Russian "от ... до", as "from ... to", only as a pair (rule
# range_ot_do)
_RANGE_WORD = skip_compile(r"\s+(to|and|-|–|до)\s+", re.I)
_RANGE_OPENER = skip_compile(r"(?<![\w-])(between|from|от)\s+(?:\$\s?)?$", re.I)
# "It's anywhere from $69 billion to a $100 billion a year" (politifact.com, data/web61 dh03), "ranging from $2 billion
# to $5 billion": "from" after words of a span opens a range even where each end has its scale word (no change's two
# levels), and an article may stand before its high end (rule range_span_from; vocab/en/patterns.csv row
# ranges_span_from, ranges_span_article)
_SPAN_FROM = EnglishCue("ranges_span_from", re.I)
_SPAN_ARTICLE = EnglishCue("ranges_span_article", re.I)
_OF_SCALE = skip_compile(r"\s+of\s+(thousands|millions|billions|trillions)\b", re.I)


_SCALE_TRIM = " -.[]\u00a0\t\n"
# "approaching the Dh300 billion-mark" (Khaleej Times), "The $5 billion-plus in annual savings" (more than $5
# billion): a hyphenated "mark" or "plus" keeps the scale, unlike a compound ("a 2 million-strong"); so does
# "worth" (rule scale_worth: "an increase of 48 per cent on 2008 when US$211.7m-worth of products were sold", fruitnet.com)
_MARK = skip_compile(r"-(?:mark|plus|worth)\b", re.I)
_RANGE_DASH_ANY = skip_compile(r"\s?[-–—]\s?")


# "70tri/-", "2.3b/-", "2bn/-": the East African shilling's "/-" right after a scaled amount (rule shilling_suffix)
SHILLING_SUFFIX = skip_compile(r"/-(?![\w-])")


def scale_at(text: str, j: int, signed: bool, pats) -> tuple[Decimal | None, int]:
    """(factor, end) of the scale word at j ("billion", "-billion", ".billion", "[billion]"),
    else (None, j). Two-letter abbreviations ("bn", "mn") count only after a currency sign
    or before a currency word ("3.2 bn euros")."""
    sm = pats["scale"].match(text, j)
    if not sm:
        return None, j
    word = " ".join(sm.group().strip(_SCALE_TRIM).split())
    factor = scale_factor(word)
    end = sm.end()
    if factor is None or (len(word) <= 2 and not signed and not currency_patterns()[1].match(text, end)
                          and not SHILLING_SUFFIX.match(text, end)):
        return None, j  # "3.2 bn" counts after a currency sign or before a currency word ("bn euros", "2.3b/-")
    if text.startswith("-", end) and text[end + 1:end + 2].isalpha() \
            and not currency_patterns()[1].match(text, end) and not _MARK.match(text, end):
        return None, j  # "a 2 million-strong", "5 million-ton": a compound; "billion-naira" is money
    return Decimal(repr(factor)), end


def _high_end(ctx: Ctx, k: int, currency: str | None) -> tuple[Number | None, bool]:
    """The range's high number at k, past a currency sign of the same currency ("to $76");
    (number, signed)."""
    text = ctx.text
    d = k
    while d < len(text) and d - k <= 6 and not text[d].isdecimal():
        d += 1
    signed = False
    if d > k and d < len(text) and text[d].isdecimal():
        bm = currency_patterns()[0].search(text[k:d])
        if not (bm and bm.start() == 0 and bm.group("sign") is None):
            return None, False
        if resolve(bm.group(), "before", ctx.currency)[0] not in (currency, None) or currency is None:
            return None, False
        signed = True
        k = d
    if k >= len(text) or not (text[k].isdecimal() or text[k].isalpha()):
        return None, False
    n = read_number(text, k, ctx.mark, spaced=signed)
    return (n if n is not None and n.kind == "cardinal" else None), signed


_YEAR_WRITTEN = skip_compile(r"(?:19|20)\d\d")


def range_and_scale(ctx: Ctx, num: Number, j: int, cur_before, currency, qual_zone: str,
                     by_zone: str, pats, abbreviated: bool = False) -> tuple[Decimal, Decimal | None, int] | None:
    """(low, high or None, end) with scales applied; None for a vague number without scale.

    The range rule: the high end's scale word carries to the low end only when the
    low end has no scale word of its own and its written number is not larger than
    the high end's ("$71 to $76 billion", "250-300 million"); otherwise each end
    keeps its own ("$650,000 to $2.4 million", "$150 to $6 million"), and low <= high.
    abbreviated: the number's two-letter scale abbreviation counts as after a currency sign
    (rule money_implied_abbreviation, figures/extract.py).
    A range needs a dash, or "between ... and", "from ... to", or a currency sign on
    both ends ("US $71 to $76 billion"); a low end with its own scale makes a range
    only after "between" or a dash ("from $2bn to $3bn" is a change, two figures).
    """
    text = ctx.text
    signed = cur_before is not None
    low_scale, k = scale_at(text, j, signed or abbreviated, pats)
    if low_scale is None and num.kind == "vague":
        vs = _OF_SCALE.match(text, j)
        if not vs:
            return None
        low_scale, k = Decimal(repr(scale_factor(vs.group(1)))), vs.end()
    if num.kind == "cardinal":
        zone = by_zone if not cur_before else qual_zone
        opener = _RANGE_OPENER.search(zone)
        # (the span's words looked for only after "from", and only where the low end has its own scale word)
        span = opener is not None and low_scale is not None and opener.group(1).lower() == "from" \
            and _SPAN_FROM().search(zone) is not None
        if signed and not span and opener is not None and opener.group(1).lower() == "from" and pats["change_from"].search(zone):
            # "rose from $1.8 to $2.3 billion": the two levels of a change are two figures, the first with the
            # second's scale word when it has none (a bare "fell from 1.8 to 1.3 billion dollars" has its
            # currency only at the end, so it stays one figure, a range)
            return _change_from(ctx, num, j, k, low_scale, currency, signed, pats)
        if opener is not None and low_scale is None and opener.group(1).lower() == "between":
            high = _between_percents(ctx, num, k)
            if high is not None:
                return num.value, high.value, high.end
        dash = _RANGE_DASH_ANY.match(text, k) if not num.words else None
        word = None if dash else _RANGE_WORD.match(text, k)
        if word is not None and (word.group(1).lower() == "до") != (opener is not None
                                                                  and opener.group(1).lower() == "от"):
            word = None   # "до" closes a range only after "от", "от" opens one only for "до" (rule range_ot_do)
        conn = dash or word
        if conn:
            high_at = conn.end()
            if span and word is not None:
                article = _SPAN_ARTICLE().match(text, high_at)
                high_at = article.end() if article is not None else high_at
            n2, high_signed = _high_end(ctx, high_at, currency)
            ok = n2 is not None and (
                dash is not None and (not high_signed or signed) and n2.end > conn.end()
                or word is not None and (
                    (opener is not None and (low_scale is None or opener.group(1).lower() == "between" or span))
                    or (opener is None and low_scale is None and high_signed
                        and word.group(1).lower() != "and")
                    or (opener is None and low_scale is None and not high_signed
                        and (_bare_to_range(text, word, num, n2, signed, pats)
                             or _bare_to_percent(text, word, num, n2, signed)))))
            if ok and dash is not None and not high_signed and not text[conn.end()].isdecimal():
                ok = False
            high_scale, k2 = scale_at(text, n2.end, signed or high_signed, pats) if ok else (None, k)
            if ok and low_scale is not None and high_scale is None:
                ok = False  # "$5 billion - 2019": a scaled low end pairs only with a scaled high end
            if ok and dash is not None and low_scale is not None and high_scale is not None \
                    and num.value * low_scale > n2.value * high_scale:
                # "This left the seasonally-adjusted surplus at €3.07 billion - €245 million lower than in April"
                # (rte.ie): two scaled amounts falling across a dash are a level and its change, two figures,
                # not a range (rule range_falling_ends)
                ok = False
            if ok and dash is not None and low_scale is None and high_scale is None and num.value > n2.value:
                ok = False  # "(in June 2016 – 45.5%)": a dash from a larger number to a smaller is no range
            if ok and dash is not None and low_scale is None and high_scale is not None and num.value > n2.value \
                    and _YEAR_WRITTEN.fullmatch(text, num.start, num.end):
                # "В 2012 году товарооборот Казахстана и ЕС составил 53 миллиардов долларов, а в 2011 – 50 миллиардов
                # долларов" (allbanks.kz): a year, its noun left out, before a dash and a scaled amount is the amount's
                # year, no low end of a range (rule range_year_dash)
                ok = False
            if ok:
                hs = high_scale or Decimal(1)
                hi = n2.value * hs
                if low_scale is not None:
                    lo = num.value * low_scale
                elif num.value > n2.value and num.value == num.value.to_integral_value():
                    lo = num.value      # complete as written: "$650,000 to $2.4 million"
                    # (a low end with decimals is not: "fell from 1.8 to 1.3 billion dollars" falls from 1.8 billion)
                else:
                    lo = num.value * hs
                if lo > hi:
                    lo, hi = hi, lo
                return lo, hi, k2
    if low_scale is not None and num.kind == "cardinal" and not num.words \
            and num.value == num.value.to_integral_value():
        value, k = _compound_tail(text, num.value * low_scale, low_scale, k, signed, pats)
        return value, None, k
    return num.value * (low_scale or 1), None, k


# "year-on-year growth is expected between 2% and 2.4%" (newsbruit, data/web35 bh05), "world merchandise trade is set to
# plummet by between 13% and 32% in 2020" (calchamber, data/web36 bj02), "set at between six per cent and seven per
# cent" (mole, data/web40 br07): "between", a percent, "and", a percent: one figure, a range, whatever its kind (rule
# range_between_percents; the low end no larger than the high)
_AND = skip_compile(r"\s+and\s+", re.I)


def _between_percents(ctx: Ctx, num: Number, k: int) -> Number | None:
    """The high end of "between X% and Y%" when the number (X) ends at k, else None."""
    text = ctx.text
    pm = PERCENT.match(text, k)
    if pm is None:
        return None
    w = _AND.match(text, pm.end())
    if w is None:
        return None
    n2, signed = _high_end(ctx, w.end(), None)
    if n2 is None or signed or n2.value < num.value or PERCENT.match(text, n2.end) is None:
        return None
    return n2


def _change_from(ctx: Ctx, num: Number, j: int, k: int, low_scale, currency, signed: bool,
                 pats) -> tuple[Decimal, None, int]:
    """(value, None, end) of the first level of "from X to Y": X with its own scale word, else with
    Y's when "to Y" follows with one (an amount written in full, "from $650,000 to $2.4 million",
    keeps its value)."""
    if low_scale is not None:
        return num.value * low_scale, None, k
    word = _RANGE_WORD.match(ctx.text, k)
    if word is not None and word.group(1).lower() == "to" and num.value < 1000:
        n2, high_signed = _high_end(ctx, word.end(), currency)
        if n2 is not None:
            hs, _ = scale_at(ctx.text, n2.end, signed or high_signed, pats)
            if hs is not None:
                return num.value * hs, None, k
    return num.value, None, k


def _bare_to_range(text: str, word, num: Number, n2: Number, signed: bool, pats) -> bool:
    """"the trade deficit was 1 to 4 billion dollars each month": two bare numbers joined by
    "to" whose high end carries a scale word and a currency word are a range (the low end no
    larger than the high, so "in 2022 to 4 billion dollars" is not one)."""
    if word.group(1).lower() != "to" or num.value > n2.value:
        return False
    scale, end = scale_at(text, n2.end, signed, pats)
    return scale is not None and currency_patterns()[1].match(text, end) is not None


def _bare_to_percent(text: str, word, num: Number, n2: Number, signed: bool) -> bool:
    """Rule percent_bare_to_range: "exports should further grow by another five to seven per cent" (peraktoday.com.my,
    Thai exports in 2018), "to reach 8 to 10 percent [growth in exports]" (a Manila Standard copy on Philippine exports):
    two bare numbers joined by "to", the high end written with its percent, are one rate's range, not a lone high end
    read as a share (the low end no larger than the high, no currency sign before either)."""
    return (not signed and word.group(1).lower() == "to" and num.value <= n2.value
            and PERCENT.match(text, n2.end) is not None)


# "$1 billion 832 million", "$980 million 344 thousand", "5 trillion 311 billion dollars",
# "779 thousand 300 million dollars", "$6 billion 840.4 million": a number written in parts, each with
# its own scale word (a part may have decimals)
_COMPOUND_PART = skip_compile(r"\s+(?:and\s+)?(\d{1,3}(?:\.\d+)?)(?![\d.,])")
_NEXT_WORD = skip_compile(r"\s+([A-Za-z]+)")
# the last part of an amount written in parts, the units after its thousands, and what may follow it (rule compound_units)
_UNITS_PART = skip_compile(r"\s+(\d{1,3})(?![\d,.]\d|\d)")
_CLAUSE_END = skip_compile(r"\s*(?:[,;)]|\.(?!\d)|$)|\s+(?:и|and)\s")


@lru_cache(maxsize=1)
def _quantity_units() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quantity_units.txt"))


def _compound_tail(text: str, total: Decimal, scale: Decimal, k: int, signed: bool,
                   pats) -> tuple[Decimal, int]:
    """(value, end) of an amount written in parts after its first part (total, scale, end k):
    a smaller part adds ("1 billion 832 million"); a larger scale after "thousand" multiplies
    the thousands ("779 thousand 300 million" = 779,300 million, compound_thousands)."""
    first = True
    while True:
        m = _COMPOUND_PART.match(text, k)
        if m is None or scale == 1000:
            u = _UNITS_PART.match(text, k) if scale == 1000 else None
            if u is not None and (currency_patterns()[1].match(text, u.end()) or _CLAUSE_END.match(text, u.end())):
                # "2 млрд 688 млн 360 тыс 900 долларов", "импорта - 1 млрд 695 млн 962 тыс 600.": the units after the
                # thousands, before the currency or the clause's end, close the amount (rule compound_units)
                return total + Decimal(u.group(1)), u.end()
        if m is None:
            return total, k
        s2, k2 = scale_at(text, m.end(), signed, pats)
        if s2 is None:
            return total, k
        w = _NEXT_WORD.match(text, k2)
        if w is not None and w.group(1).lower() in _quantity_units():
            return total, k  # "$5 billion 2 million tonnes": the second part is a quantity
        n2 = Decimal(m.group(1))
        if s2 < scale:
            total += n2 * s2
        elif first and scale == 1000 and s2 > scale:
            total = (total + n2) * s2
        else:
            return total, k
        scale, k, first = s2, k2, False

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
                 and ranges follow one rule (_range_and_scale);
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
  money_implied  a scaled number without currency ("almost one billion") right
                 after a money figure (or implied amount) of the same sentence
                 or the one before takes that figure's currency.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache

from tradeflows.text.clean import CleanText
from tradeflows.figures.currencies import SIGNS, Context as CurrencyContext, patterns as currency_patterns, resolve
from tradeflows.figures.notation import decimal_mark
from tradeflows.figures.numbers import DIGITS, Number, anchor_pattern, read_number, word_number_pattern
from tradeflows.errors import Warnings, describe
from tradeflows.records import Figure
from tradeflows.figures.units import scale_factor, scale_words
from tradeflows.vocab import alternation, read_csv, read_lines

_RANGE_DASH = re.compile(r"\s?[-–—]\s?(?=\d)")
_RANGE_WORD = re.compile(r"\s+(to|and|-|–)\s+", re.I)
_RANGE_OPENER = re.compile(r"\b(between|from)\s+(?:\$\s?)?$", re.I)
_EXCLAIM = re.compile(r"\s?\(!\)")
_PERCENT = re.compile(r"(?:\s|-(?=per))?(?:%|percent\b|per\s?cent\b|pct\b|pc\b)", re.I)  # "a 3.7-percent share"
_POINTS = re.compile(r"\s?(?:percentage\s+points?\b|percent(?:age)?\s+pts?\b|p\.\s?p\.|pps?\b)", re.I)
_MULT_SUFFIX = re.compile(r"(?:\s?-?fold\b|\s+times\b)(?:\s+(?:increase|growth))?", re.I)
_OF_SCALE = re.compile(r"\s+of\s+(thousands|millions|billions|trillions)\b", re.I)
_BY = re.compile(r"\bby\s+(?:another\s+|a\s+further\s+)?$", re.I)
_URLISH = re.compile(r"(?:https?:|www\.|/)\S*$")
_GLUED_LEFT = re.compile(r"[A-Za-z]$")
_IMPLIED_OK = re.compile(r"(?:\s*[^\w\s]|\s*$|\s+(?:in|and|at|by|with|while|which|compared|from|to|for)\b)")
_SHARE_RIGHT = re.compile(r"\s+(?:of\s+(?:the|all|its|our|their|this|total|that|these|those|a)\b|of\b)", re.I)
# "16.5 percent (or 564 million USD) more than": a bracketed restatement may stand before the comparative
# a plus or minus sign written right before a percent, after a bracket, colon or space
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:;]))[+\-\u2212\u2013]$")
_RESTATED = r"(?:\s*\((?:or\s+)?[^()]{1,40}\))?"
_CMP_RIGHT = re.compile(
    _RESTATED + r"(?:\s+(?:\w+\s+){0,2}?)?\s*(?:more|higher|greater|larger|less|lower|up|down|year-on-year|"
    r"as\s+much|as\s+many)\b", re.I)
_CMP_DOWN = re.compile(_RESTATED + r"\s*(?:\w+\s+)?(?:less|lower|down)\b", re.I)
_COMPARED_RIGHT = re.compile(r"\s*(?:\)\s*)?(?:compared|in\s+comparison|year-on-year|of\s+the\s+level|"
                             r"against|vs\.?|versus|relative\s+to)\b", re.I)
_PAREN_OPEN = re.compile(r"\(\s*(?:a\s+growth\s+rate\s+of\s+)?(?:\w+\s+)?$", re.I)
CLAUSE_WINDOW = 400  # characters of a sentence read for cue words before a figure


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in read_csv("cues.csv"):
        out.setdefault(f"{r['category']}:{r['side']}", []).append(r["cue"])
    return out




@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    c = _cues()
    quals = {cat: c[f"{cat}:left"] for cat in ("approx", "more_than", "less_than")}
    qual_alt = "|".join(f"(?P<{cat}>{alternation(ws)})" for cat, ws in quals.items())
    scales = alternation(scale_words())
    return {
        # a qualifier right before the number (or its currency): "more than", "exceeded the"
        # a qualifier right before the number: "more than", "exceeded the", "approaching
        # the landmark mark of"
        "qual": re.compile(rf"\b(?:{qual_alt})(?:\s+the(?:\s+\w+)?\s+(?:mark|level)\s+of)?(?:\s+the)?\s*$", re.I),
        "up": re.compile(rf"\b(?:{alternation(c['up:left'])})\b", re.I),
        "down": re.compile(rf"\b(?:{alternation(c['down:left'])})\b", re.I),
        "index": re.compile(rf"\b(?:{alternation(c['index:left'])})\b", re.I),
        # "amounted to 107.9% compared to": an index only where the value says so (>= 100)
        "index_verb": re.compile(r"\b(?:amounted\s+to|was|is|were|made\s+up)\s+$", re.I),
        "share": re.compile(rf"\b(?:{alternation(c['share:left'])})\b", re.I),
        # "an increase of 51.00%", "a decline of 3.6%": the change noun right before
        # a change verb right before the number ("grew 30.2 percent", "dived 10.3 percent")
        "verb_adjacent": re.compile(rf"\b(?:(?P<up>{alternation(c['up:left'])})|"
                                    rf"(?P<down>{alternation(c['down:left'])}))\s+$", re.I),
        # "a 27.5 percent jump", "a 2.1 per cent decrease", "5% year-over-year growth"
        "change_after": re.compile(rf"\s*(?:(?:year[-\s](?:on|over)[-\s]year|y-o-y|annual|yearly|economic|"
                                   rf"month[-\s](?:on|over)[-\s]month)\s+)?(?:(?P<up>{alternation(c['up_of:left'])})|"
                                   rf"(?P<down>{alternation(c['down_of:left'])}))\b", re.I),
        "change_of": re.compile(rf"\b(?:(?P<up>{alternation(c['up_of:left'])})|"
                                rf"(?P<down>{alternation(c['down_of:left'])}))\s+of\s+$", re.I),
        # spelled-out scale after a number; one-letter abbreviations only glued ("$250m");
        # detached by a hyphen ("3.5-billion"), a stray dot ("US$43.billion") or an
        # editorial bracket ("$12 [billion]"); a hyphenated word after it is read by
        # _scale_at ("-billion-dollars", "billion-naira" keep their currency word)
        # (built from the scale table alone, so every word it matches has a factor)
        "scale": re.compile(rf"(?:\s?\[(?:{scales})\]|(?:\s?|-|\.(?=[a-z]))(?:{scales}))"
                            rf"(?![A-Za-z])", re.I),
    }


def _sentence_bounds(c: CleanText):
    starts = [s for s, _ in c.sentences]
    ends = [e for _, e in c.sentences]
    return starts, ends


class _Ctx:
    """Per-document state: the last money figure, for implied currencies."""

    def __init__(self, c: CleanText, places=None):
        self.c = c
        self.text = c.text
        self.mark = decimal_mark(c.text)
        self.currency = CurrencyContext(c.text, places)
        self.starts, self.ends = _sentence_bounds(c)
        self.last_money: Figure | None = None
        self.last_money_sentence = -10
        self.last_end = 0
        self.fig_end = 0      # where the last figure found ends (its words are not the next's)

    def sentence(self, pos: int) -> tuple[int, int, int]:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return -1, 0, len(self.text)
        return i, self.starts[i], self.ends[i]


def _dec(x) -> float:
    return float(x)


def _round_pct(x: Decimal) -> float:
    """A percent as written ("3.52%" stays 3.52; an index 107.9 gives exactly 7.9); only a
    value the text does not write in digits ("by a third": 33.3) is rounded, to 1 decimal."""
    x = x.normalize()
    return float(x) if x.as_tuple().exponent >= -4 else round(float(x), 1)


def extract_figures(c: CleanText, doc: str = "", places=None,
                    warnings: Warnings | None = None) -> list[Figure]:
    """Every figure of a clean text. places(text) -> ISO3 codes of the countries a
    text names; it reads ambiguous currency signs ("$", "R", "pesos") by their
    country, and without it they take their default reading.

    A rule that throws on one number drops that number only: the message goes to
    `warnings` (errors.Warnings) and the scan goes on past it."""
    warnings = Warnings() if warnings is None else warnings
    ctx = _Ctx(c, places)
    out: list[Figure] = []
    for m in anchor_pattern().finditer(c.text):
        pos = m.start()
        if pos < ctx.last_end:
            continue
        try:   # Warnings.isolate inlined: the anchor's line is only looked up for a warning
            fig = _figure_from(ctx, pos, doc)
        except Exception as exc:  # noqa: BLE001 - one number's fault must not fail its document
            warnings.append(describe(exc, "extract", _line_at(c, pos)))
            fig = False
        if fig is False:
            ctx.last_end = max(ctx.last_end, m.end())  # skip the anchor that broke a rule
        elif fig is not None:
            out.append(fig)
            ctx.last_end = max(ctx.last_end, fig.clean_end)
            ctx.fig_end = fig.clean_end
    return out


def _line_at(c: CleanText, pos: int) -> int | None:
    try:
        return c.line_of(c.offsets[pos])
    except (IndexError, TypeError):
        return None


def _figure_from(ctx: _Ctx, pos: int, doc: str) -> Figure | None:
    """The figure whose number starts at pos, or None."""
    text = ctx.text
    if text[pos] in "aA" and not text.startswith(("an order", "An order"), pos):
        # "a third", "a half": read from the fraction word, keep "a" in the surface
        sub = _ARTICLE.match(text, pos, pos + 4)
        num = read_number(text, pos) or (read_number(text, sub.end()) if sub else None)
    else:
        num = read_number(text, pos, ctx.mark)
    if num is None:
        return None
    ctx.last_end = max(ctx.last_end, num.end)
    return _figure_at(ctx, num, doc)


def _figure_at(ctx: _Ctx, num: Number, doc: str) -> Figure | None:
    text = ctx.text
    pos = num.start
    before_re, after_re = currency_patterns()
    pats = _patterns()
    if num.kind == "cardinal" and not _has_unit_near(text, pos, num.end, before_re, after_re, pats):
        return None  # a count, a year, an ordinal: nothing makes it a figure
    si, s_start, s_end = ctx.sentence(pos)
    left = text[max(s_start, pos - 160):pos]
    if _URLISH.search(left[-60:]):
        return None

    # --- left of the number: currency symbol, qualifier, "by" -------------
    cur_before = before_re.search(left, max(0, len(left) - 8))
    currency = None
    start = pos
    negative = False
    how = ""
    if cur_before:
        currency, how = resolve(cur_before.group(), "before", ctx.currency, text[s_start:s_end])
        if currency is None:
            cur_before = None  # "R", "N" with no country that reads them
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
        if not num.words and _GLUED_LEFT.search(left):
            return None  # "Q1", "B2B", "f2023": a token, not a figure
        anchor_line_pos = pos
        qual_zone = left
    q = pats["qual"].search(qual_zone, max(0, len(qual_zone) - 40))
    if q and pos - len(left) + q.start() < ctx.fig_end:
        q = None  # "34.4% more than the R999.66 billion": the words are the last figure's
    qualifier = None
    if q:
        qualifier = q.lastgroup
        start = pos - (len(left) - q.start())
        by_zone = qual_zone[:q.start()]
    else:
        by_zone = qual_zone
    by = _BY.search(by_zone) is not None

    # --- right of the number: range, scale, currency, %, times -------------
    j = num.end
    m = _EXCLAIM.match(text, j)
    if m:
        j = m.end()
    rng_scale = _range_and_scale(ctx, num, j, cur_before, currency, qual_zone, by_zone, pats)
    if rng_scale is None:
        return None
    value, high, j = rng_scale
    am = after_re.match(text, j)
    if am:
        code, how_after = resolve(am.group(1), "after", ctx.currency, text[s_start:s_end])
        if currency is None and code is not None:
            currency, how = code, how_after
            j = am.end()
        elif code is not None and code == currency and am.group().startswith("-"):
            j = am.end()  # "$ 1.2-billion-dollars"
    if negative:
        value, high = -value, (None if high is None else -high)

    def make(kind, val, hi, qual, rule, end):
        post = _OR_MORE.match(text, end)
        if post:  # "10% or more"
            qual = "more_than" if post.group(1).lower() in ("more", "higher", "above") else "less_than"
            end = post.end()
        s_raw, e_raw = ctx.c.raw_span(start, end)
        line = ctx.c.line_of(ctx.c.offsets[anchor_line_pos])
        if hi is not None and qual is None:
            qual = "range"
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
            "money_symbol_before" if cur_before else "money_word_after")
        if how:
            rule += ":" + how  # an ambiguous sign read by its country
        if num.kind == "fraction" and value == num.value:
            return None
        fig = make("money", _dec(value), _dec(high) if high is not None else None,
                   qual, rule, j)
        ctx.last_money, ctx.last_money_sentence = fig, si
        return fig

    # the clause before the figure, bounded so that a run-on 'sentence' stays linear
    clause = text[max(s_start, start - CLAUSE_WINDOW):start]

    # --- percentage points: the change of a share, signed (GUIDELINES) ------
    pp = _POINTS.match(text, j)
    if pp and num.kind == "cardinal":
        adj = _ADJ_CHANGE.search(by_zone)
        down = (adj.group(1).lower() in ("down", "minus")) if adj else _last_direction(clause, pats) == "down"
        return make("share", _round_pct(-value if down else value), None, qualifier, "share_points", pp.end())

    # --- percent -------------------------------------------------------------
    pm = _PERCENT.match(text, j)
    if pm and num.kind == "cardinal":
        j = pm.end()
        after = text[j:j + 60]
        v = value
        if _SIGN_BEFORE.search(text, max(s_start, pos - 3), pos):
            # "EUR 142.4 billion (+9.0 %)", "(February: -8.2% yoy)": a written sign makes a change
            sign = -1 if text[pos - 1] != "+" else 1
            return make("growth", _round_pct(sign * v), None, qualifier, "growth_percent_sign", j)
        adj = _ADJ_CHANGE.search(by_zone)
        if adj:  # "down 3.2%", "plus 13 percent"
            sign = -1 if adj.group(1).lower() in ("down", "minus") else 1
            return make("growth", _round_pct(sign * v), None, qualifier, "growth_percent_signed", j)
        for key, rule in _ADJACENT_CHANGE:  # a change word right next to the percent
            cue = (pats[key].match(text, j) if key == "change_after"
                   else pats[key].search(by_zone, max(0, len(by_zone) - 30)))
            if cue and not (key == "verb_adjacent" and v >= 100 and _COMPARED_RIGHT.match(after)):
                sign = -1 if cue.group("down") else 1
                return make("growth", _round_pct(sign * v), None, qualifier, rule, j)
        cmp_right = _CMP_RIGHT.match(after)
        if cmp_right and not by:
            end = j + cmp_right.end() if _MORE_LESS_UPDOWN.match(after) else j
            sign = -1 if _CMP_DOWN.match(after) else 1
            return make("growth", _round_pct(sign * v), None, qualifier, "growth_percent_comparative", end)
        index_cue = (pats["index"].search(clause[-60:]) is not None
                     or pats["index_verb"].search(clause) is not None
                     or _COMPARED_RIGHT.match(after) is not None
                     or (_PAREN_OPEN.search(clause[-30:]) is not None and ctx.last_money is not None
                         and ctx.last_money_sentence == si))
        if not by and v >= 100 and index_cue and not _change_verb_adjacent(clause):
            return make("growth", _round_pct(v - 100), None, qualifier, "growth_index", j)
        if by or _INCREASE_AFTER.match(after):
            sign = -1 if _last_direction(clause, pats) == "down" else 1
            return make("growth", _round_pct(sign * v), None, qualifier, "growth_percent_by", j)
        if _PAREN_OPEN.search(clause[-30:]):
            chg = _CHANGES_RECORDED.search(clause)
            if chg:
                # "Significant reductions were also recorded in the categories for 'base metals' (22 per
                # cent), mineral products (17.5 per cent)": each bracketed percent is that change's size
                down = chg.group(1).lower().startswith(("reduc", "decl", "decr", "fall", "drop", "contract"))
                return make("growth", _round_pct(-v if down else v), None, qualifier, "growth_listed_change", j)
        if _OR_BEFORE.search(clause):
            # "up 647 million NZ dollars, or 17 percent on last year": the change again, as a rate
            ud = _UPDOWN_OR.search(clause)
            direction = ("down" if ud.group(1).lower() in ("down", "minus") else "up") if ud \
                else _last_direction(clause, pats)
            if direction is not None:
                return make("growth", _round_pct(-v if direction == "down" else v), None, qualifier,
                            "growth_percent_or", j)
        if _SHARE_RIGHT.match(after) or pats["share"].search(clause):
            return make("share", _round_pct(v), _round_pct(high) if high is not None else None,
                        qualifier, "share_percent", j)
        # a change verb whose level follows it ("expanded to 28 items, and ... about 70
        # percent") is about that level, not this number
        direction = _last_direction(clause, pats, skip_levels=True)
        if direction is not None or pats["index"].search(clause[-60:]) or _INCREASE_OF.search(clause):
            sign = -1 if direction == "down" else 1
            return make("growth", _round_pct(sign * v), None, qualifier, "growth_percent_clause", j)
        return make("share", _round_pct(v), _round_pct(high) if high is not None else None,
                    qualifier, "share_percent", j)

    # --- multiples -----------------------------------------------------------
    mm = _MULT_SUFFIX.match(text, j)
    if (mm and num.kind == "cardinal") or num.kind == "multiple":
        if mm:
            j = mm.end()
        after = text[j:j + 40]
        cmp_right = _MULT_CMP.match(after)
        direction = _last_direction(clause, pats)
        word = text[num.start:num.end].lower()
        strong = word.startswith(_STRONG_MULTIPLES) or word.endswith("fold") or (
            mm is not None and "fold" in mm.group().lower())
        if word in _VERB_MULTIPLES:
            # "double"/"triple" is also an adjective ("double taxation"): a verb
            # needs an infinitive, a qualifier or an object after it
            if not (qualifier or _INFINITIVE.search(clause) or _OBJECT_AFTER.match(after) or by):
                return None
        elif not (strong or by or cmp_right or direction):
            return None
        if cmp_right:
            j += cmp_right.end()
        n = value
        if direction == "down" or (cmp_right and _LESS.match(after)):
            pct = (Decimal(1) / n - 1) * 100
        else:
            pct = (n - 1) * 100
        return make("growth", _round_pct(pct), None, qualifier, "growth_multiple", j)

    # --- fractions in words ----------------------------------------------------
    if num.kind == "fraction":
        after = text[j:j + 40]
        if _PERIOD_HALF.search(clause) or _PERIOD_OF.match(after):
            return None  # "the first half of 2023" is a period
        pct = value * 100
        if _MORE_LESS.match(after) or by:
            cmp = _MORE_LESS.match(after)
            if cmp:
                j += cmp.end()
            sign = -1 if _last_direction(clause, pats) == "down" else 1
            return make("growth", _round_pct(sign * pct), None, qualifier, "growth_fraction", j)
        if _SHARE_RIGHT.match(after) and not _COUNT_AFTER.match(after):
            return make("share", _round_pct(pct), None, qualifier, "share_fraction", j)
        return None

    # --- implied currency ----------------------------------------------------
    if value != num.value and num.kind == "cardinal" and ctx.last_money is not None \
            and si - ctx.last_money_sentence <= 1 and _IMPLIED_OK.match(text, j):
        currency = ctx.last_money.currency
        fig = make("money", _dec(value), _dec(high) if high is not None else None,
                   qualifier, "money_implied_currency", j)
        ctx.last_money_sentence = si  # a run of implied amounts keeps its currency
        return fig
    return None


_SCALE_TRIM = " -.[]\u00a0\t\n"
_RANGE_DASH_ANY = re.compile(r"\s?[-–—]\s?")


def _scale_at(text: str, j: int, signed: bool, pats) -> tuple[Decimal | None, int]:
    """(factor, end) of the scale word at j ("billion", "-billion", ".billion", "[billion]"),
    else (None, j). Two-letter abbreviations ("bn", "mn") count only after a currency sign
    or before a currency word ("3.2 bn euros")."""
    sm = pats["scale"].match(text, j)
    if not sm:
        return None, j
    word = " ".join(sm.group().strip(_SCALE_TRIM).split())
    factor = scale_factor(word)
    end = sm.end()
    if factor is None or (len(word) <= 2 and not signed and not currency_patterns()[1].match(text, end)):
        return None, j  # "3.2 bn" counts after a currency sign or before a currency word ("bn euros")
    if text.startswith("-", end) and text[end + 1:end + 2].isalpha() \
            and not currency_patterns()[1].match(text, end):
        return None, j  # "a 2 million-strong", "5 million-ton": a compound; "billion-naira" is money
    return Decimal(repr(factor)), end


def _high_end(ctx: _Ctx, k: int, currency: str | None) -> tuple[Number | None, bool]:
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


def _range_and_scale(ctx: _Ctx, num: Number, j: int, cur_before, currency, qual_zone: str,
                     by_zone: str, pats) -> tuple[Decimal, Decimal | None, int] | None:
    """(low, high or None, end) with scales applied; None for a vague number without scale.

    The range rule: the high end's scale word carries to the low end only when the
    low end has no scale word of its own and its written number is not larger than
    the high end's ("$71 to $76 billion", "250-300 million"); otherwise each end
    keeps its own ("$650,000 to $2.4 million", "$150 to $6 million"), and low <= high.
    A range needs a dash, or "between ... and", "from ... to", or a currency sign on
    both ends ("US $71 to $76 billion"); a low end with its own scale makes a range
    only after "between" or a dash ("from $2bn to $3bn" is a change, two figures).
    """
    text = ctx.text
    signed = cur_before is not None
    low_scale, k = _scale_at(text, j, signed, pats)
    if low_scale is None and num.kind == "vague":
        vs = _OF_SCALE.match(text, j)
        if not vs:
            return None
        low_scale, k = Decimal(repr(scale_factor(vs.group(1)))), vs.end()
    if num.kind == "cardinal":
        opener = _RANGE_OPENER.search(by_zone if not cur_before else qual_zone)
        dash = _RANGE_DASH_ANY.match(text, k) if not num.words else None
        word = None if dash else _RANGE_WORD.match(text, k)
        conn = dash or word
        if conn:
            n2, high_signed = _high_end(ctx, conn.end(), currency)
            ok = n2 is not None and (
                dash is not None and (not high_signed or signed) and n2.end > conn.end()
                or word is not None and (
                    (opener is not None and (low_scale is None or opener.group(1).lower() == "between"))
                    or (opener is None and low_scale is None and high_signed
                        and word.group(1).lower() != "and")))
            if ok and dash is not None and not high_signed and not text[conn.end()].isdecimal():
                ok = False
            high_scale, k2 = _scale_at(text, n2.end, signed or high_signed, pats) if ok else (None, k)
            if ok and low_scale is not None and high_scale is None:
                ok = False  # "$5 billion - 2019": a scaled low end pairs only with a scaled high end
            if ok:
                hs = high_scale or Decimal(1)
                hi = n2.value * hs
                if low_scale is not None:
                    lo = num.value * low_scale
                elif num.value > n2.value:
                    lo = num.value      # complete as written: "$650,000 to $2.4 million"
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


# "$1 billion 832 million", "$980 million 344 thousand", "5 trillion 311 billion dollars",
# "779 thousand 300 million dollars": a number written in parts, each with its own scale word
_COMPOUND_PART = re.compile(r"\s+(?:and\s+)?(\d{1,3})(?![\d.,])")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


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
        if m is None:
            return total, k
        s2, k2 = _scale_at(text, m.end(), signed, pats)
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


_NEAR_RIGHT = re.compile(
    r"(?:\s?\(!\))?(?:\s?[-–—]\s?\d[\d,.]*|\s+(?:to|and)\s+\S+)?"
    r"(?:\s?(?:%|percent\b|per\s?cent\b|pct\b)|\s?-?fold\b|\s+times\b)", re.I)


def _has_unit_near(text, pos, end, before_re, after_re, pats) -> bool:
    """Cheap test before the full rules: a currency, scale, %, or multiple next to the number."""
    if before_re.search(text, max(0, pos - 8), pos) or _NEAR_RIGHT.match(text, end):
        return True
    m = _RANGE_DASH.match(text, end) or _RANGE_NEXT.match(text, end)
    k = _DIGITS_RE.match(text, m.end()).end() if m else end
    return bool(pats["scale"].match(text, k) or after_re.match(text, k) or _PERCENT.match(text, k)
                or _POINTS.match(text, k))


_DIGITS_RE = re.compile(DIGITS)
_RANGE_NEXT = re.compile(r"\s+(?:to|and)\s+\$?\s?(?=\d)")


_TO_LEVEL = re.compile(r"\s+to\s+(?:\S+\s+)?\d")


def _last_direction(clause: str, pats, skip_levels: bool = False) -> str | None:
    """'up' or 'down' from the change verb nearest before the number in its clause;
    skip_levels leaves out a verb followed by its own level ("expanded to 28 items")."""
    up = [m.end() for m in pats["up"].finditer(clause)
          if not (skip_levels and _TO_LEVEL.match(clause, m.end()))]
    down = [m.end() for m in pats["down"].finditer(clause)
            if not (skip_levels and _TO_LEVEL.match(clause, m.end()))]
    if not up and not down:
        return None
    return "down" if (down and (not up or down[-1] > up[-1])) else "up"


_ARTICLE = re.compile(r"an?\s+", re.I)
_MORE_LESS = re.compile(r"\s*(?:more|higher|less|lower)\b", re.I)
_MORE_LESS_UPDOWN = re.compile(r"\s*(?:more|higher|less|lower|up|down)\b", re.I)
_INCREASE_AFTER = re.compile(r"\s*(?:increase|growth|rise|up)\b", re.I)
# the change words that decide a percent next to them, in the order tried (patterns of
# _patterns; "verb_adjacent" leaves an index form "107.9% compared to" to growth_index)
_ADJACENT_CHANGE = (("change_of", "growth_percent_change_of"),
                    ("change_after", "growth_percent_change_after"),
                    ("verb_adjacent", "growth_percent_verb"))
_INCREASE_OF = re.compile(r"\bincrease\s+of\s+$", re.I)
_MULT_CMP = re.compile(r"\s*(?:more|higher|greater|larger|less|lower|as\s+(?:much|many)|exceeding|over)\b", re.I)
_LESS = re.compile(r"\s*(?:less|lower)", re.I)
_OR_MORE = re.compile(r"\s+or\s+(more|higher|above|less|lower|below)\b(?!\s+than)", re.I)
# "down 3.2%", "plus 13 percent" (not the particle of "making up 15.1% of", "made up", "took up")
# "Significant reductions were also recorded in ...": a sentence whose subject is plural changes
_CHANGES_RECORDED = re.compile(r"(?:^|[.;:]\s+|\n)\W*(?:(?:significant|sharp|notable|major|steep|further|large|strong|"
                               r"marked|moderate|slight)\s+)?(reductions|declines|decreases|falls|drops|contractions|"
                               r"increases|rises|gains)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?"
                               r"(?:recorded|registered|seen|posted|noted|reported|observed)\b", re.I)
# "up $647 million, or 17 percent": a percent restating the change just given in money
_OR_BEFORE = re.compile(r"\d[^,;]{0,40},?\s+or\s+(?:about\s+|almost\s+|nearly\s+|some\s+|roughly\s+)?$", re.I)
_UPDOWN_OR = re.compile(r"\b(up|down|plus|minus)\s+(?:by\s+)?\S{0,4}\d[^,;]{0,40},?\s+or\s+"
                        r"(?:about\s+|almost\s+|nearly\s+|some\s+|roughly\s+)?$", re.I)
_ADJ_CHANGE = re.compile(r"(?<!\bmaking\s)(?<!\bmakes\s)(?<!\bmade\s)(?<!\bmake\s)(?<!\btook\s)(?<!\btakes\s)(?<!\btaking\s)\b(up|down|plus|minus)\s+$", re.I)
_STRONG_MULTIPLES = ("doubled", "doubling", "tripled", "tripling", "quadrupled")
_VERB_MULTIPLES = ("double", "triple")
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:the|its|their|our|this|that|these|in|by|compared)\b", re.I)
_PERIOD_HALF = re.compile(r"\b(?:first|second|1st|2nd|latter|former)\s+$", re.I)
_PERIOD_OF = re.compile(r"\s+of\s+(?:\d{4}|this|last|next|the\s+(?:year|month|century|\d{4}))\b", re.I)
# a fraction of a count ("half of the countries", "more than half of them") is no economic share
_COUNT_AFTER = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+)?(?:\d|them\b|us\b|countries|people|residents|"
                          r"companies|enterprises|students|participants|members|population)", re.I)
_CHANGE_ADJ = re.compile(r"\b(?:by|added|adding|increase\s+of|growth\s+of)\s+(?:\w+\s+){0,2}$", re.I)


def _change_verb_adjacent(clause: str) -> bool:
    return _CHANGE_ADJ.search(clause[-40:]) is not None

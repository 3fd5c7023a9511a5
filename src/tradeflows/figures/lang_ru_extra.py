"""Russian figures the shared engine does not find at all: percents written as words ("на десять
процентов"), multiples ("в 1,6 раза", "вдвое"), fractions ("на треть", "2/3 от"), a scale word
alone ("превысит миллиард долларов"), amounts whose currency a money figure nearby lends
(ru_money_implied_currency), and a "%" left out after a change earlier in the sentence
(elided_unit). figures/lang_ru.py retypes and repairs the engine's own figures and calls
new_figures for these; their rules are named in its docstring.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from tradeflows.figures.currencies import patterns as currency_patterns, resolve
from tradeflows.figures.sign_after import sign_after
from tradeflows.figures.lang_ru import (IMPLIED_SENTENCES, LEFT_WINDOW, Doc, count_words_value, direction, verb_after,
                                        ru_number, ru_pct,  # noqa: F401
                                        qualifier_of, revise, scale_of)
from tradeflows.records import Figure
from tradeflows.vocab import holds, pattern_needs, text_low
from tradeflows.vocab.skip import skip_compile
from tradeflows.text.clean import LIST_ITEM, LIST_REACH

# "... экспорта - на 12,4" after "на 5,2%" earlier in the sentence: a percent whose "%" was left out
# (a comma before a digit is the number's own decimal comma, no end of the item: "сыра - на 64,3 процента")
_ELIDED_NA = re.compile(r"[—–-]\s*на\s+(\d+(?:,\d+)?)(?=\s*[,;](?!\d)|\.(?!\d)|\s+и\s|\s*$)")
# "На 37 процентов сократился ввоз лука и чеснока, на 32,5 - огурцов, на 28,6 - капусты": the items of such a list with
# the change first, "на N" after the comma, then the dash that stands for the verb and the item named (the same rule)
_ELIDED_NA_LEAD = re.compile(r"(?<=[,;] )на\s+(\d+(?:,\d+)?)\s+[—–-]\s+(?=[^\W\d_])", re.I)
# "28 (миллиардов долларов – ред.)": a number before an editor's bracket with its scale
_NUM_BRACKET = re.compile(r"(?<![\w\d.,])(\d+(?:,\d+)?)\s*\(\s*$")
# "5-ти миллиардов долларов достиг товарооборот": a count in digits with a case ending before a scale word (rule
# ru_money_suffixed_count), not the scale word alone
_NUM_SUFFIXED = re.compile(r"(?<![\w\d.,-])(\d{1,3})-(?:ти|ми|х|ух|[её]х|и)\s+$")


# "рост составил 2,5 раза", "Видим темп порядка 2,5 раза роста": a multiple without its "в", after a change noun and
# "составил" or before "роста" (rule ru_growth_multiple, its bare form); the figure is the number and "раза" (a qualifier before
# the number joins it, as after "в"). (skip_compile: both branches open on a look-behind, which sre enters at every
# character of the page; its prefilter, the branches' first characters, lets it enter only where one can start: the
# same matches, a scan some three times cheaper)
_MULTIPLE_BARE = skip_compile(r"(?<![\w-])(?:рост|прирост|увеличени|снижени|сокращени|падени)\w*\s+(?:[^\W\d]+\s+){0,4}?"
                              r"составил[аио]?\s+(?:[^\W\d]+\s+)?(?P<n>\d+(?:[,.]\d+)?)\s+раза?(?![\w-])"
                              r"|(?<![\w\d.,-])(?P<n2>\d+(?:[,.]\d+)?)\s+раза?\s+(?=(?:рост|прирост)а(?![\w-]))", re.I)
_IN_BEFORE = re.compile(r"(?<![\w-])во?\s+(?:[^\W\d]+\s+)?$", re.I)


# "дефицит ... снизился с 6,402 до 4,592 миллиарда долларов" (mediapuls.com.tr): the first level of a change "с X до Y",
# a bare number, its scale and currency only after Y: a figure of its own with them (rule ru_money_change_from, as the
# English change_from of figures/ranges.py; a first level with its own scale word, "с 302 миллионов до 190 миллионов
# долларов" (mediapuls.com.tr), takes the currency of the level after it in _money, with no money figure before it
# needed; session 41)
_CHANGE_FROM = re.compile(r"(?<![\w-])с\s+(?P<n>\d+(?:,\d+)?)\s+до\s+$", re.I)
_LEAD_NUMBER = re.compile(r"\d+(?:,\d+)?")
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:с|со)\s+$", re.I)   # "с" right before a first level


def _change_from(d: Doc, figs: list[Figure]):
    text = d.text
    for f in figs:
        if f.kind != "money" or f.value_high is not None or not f.currency:
            continue
        m = _CHANGE_FROM.search(text, max(0, f.clean_start - 40), f.clean_start)
        n2 = _LEAD_NUMBER.match(text, f.clean_start)
        if m is None or n2 is None or ru_number(n2.group()) == 0:
            continue
        n = ru_number(m.group("n"))
        scale = Decimal(repr(f.value)) / ru_number(n2.group())
        if scale <= 1 or (n > ru_number(n2.group()) and n == n.to_integral_value()):
            continue  # ("с 650 до 2,4 тыс." is no change of one scale)
        yield d.make(m.start("n"), m.end("n"), "money", n * scale, None, "ru_money_change_from", m.start("n"), f.currency)


# "Доля Беларуси в мировой торговле калием сократилась c 20 до 9%" (ex-press.live, belmarket.by), "доля ... выросла с 15 до
# 20%": the first level of a change of a share "с X до Y%", a bare number, the "%" only after Y: a share of its own (rule
# ru_share_change_from, as ru_money_change_from; the preposition also in the Latin "c" pages type for the Cyrillic "с")
# ("увеличилась с 0,2 (1992 год) до 0,9% (1996 год)": a bracket of the first level's own between it and "до", rule
# ru_share_change_from_aside)
_PCT_CHANGE_FROM = re.compile(r"(?<![\w-])[сc]о?\s+(?P<n>\d+(?:,\d+)?)\s+(?P<aside>\([^()\n]{1,30}\)\s+)?до\s+$", re.I)


def _share_change_from(d: Doc, figs: list[Figure]):
    text = d.text
    for f in figs:
        if f.kind != "share" or f.value_high is not None:
            continue
        m = _PCT_CHANGE_FROM.search(text, max(0, f.clean_start - 56), f.clean_start)
        if m is None:
            continue
        rule = "ru_share_change_from_aside" if m.group("aside") else "ru_share_change_from"
        yield d.make(m.start("n"), m.end("n"), "share", ru_number(m.group("n")), None, rule, m.start("n"))


class _Bare:
    """The number-and-"раза" part of a _MULTIPLE_BARE match, as _multiple reads a match."""
    def __init__(self, m: re.Match):
        self.g = "n" if m.group("n") else "n2"
        self.m = m

    def start(self) -> int:
        return self.m.start(self.g)

    def end(self) -> int:
        return self.m.end(self.g) + len(re.match(r"\s+раза?", self.m.string[self.m.end(self.g):]).group())

    def groupdict(self) -> dict:
        return {}


def _percent_word(d: Doc, m: re.Match) -> Figure:
    """The percent spelled as a word ("5,2 процента"), a share until revise reads its clause; "12–13 процентов" with a
    low end no larger than its high is a range (rule ru_percent_word:range), "2017 – 13 процентов" only the percent."""
    high = ru_number(m.group(2))
    lo = ru_number(m.group("lo")) if m.group("lo") else None
    if lo is None or lo >= high:
        return d.make(m.start(2), m.end(), "share", high, None, "ru_percent_word", m.start(2))
    f = d.make(m.start(), m.end(), "share", lo, "range", "ru_percent_word:range", m.start())
    f.value_high = float(high)
    return f


# re.I as a plain int: `int & RegexFlag` is answered by enum's Flag.__and__ in Python, thousands of instructions a test
_CASE_BLIND = int(re.I)


def _scan(d: Doc, rx: re.Pattern):
    """rx.finditer(d.text), or no match at all when the page holds none of the words every match of rx holds
    (vocab.required, read once a pattern; a case-blind pattern's words looked for in the text's lower-cased copy,
    vocab.text_low): most pages write "%" and no percent word, no fraction, no multiple word, and the scans of the
    patterns that open on a look-behind, which sre enters at every character of the page, are skipped (the same
    matches: a match holds a word of each group)."""
    needs = pattern_needs(rx)
    if needs:
        low = text_low(d.text) if rx.flags & _CASE_BLIND else d.text
        if low is not None and not holds(low, needs):
            return ()
    return rx.finditer(d.text)


def new_figures(d: Doc, v: dict, figs: list[Figure]):
    text = d.text
    yield from _change_from(d, figs)
    yield from _share_change_from(d, figs)
    words = [revise(d, v, _percent_word(d, m)) for m in _scan(d, v["pct_word"])]
    yield from words
    # ("Поставки сливочного масла в РФ упали на 70,4 процента, ..., мяса - на 49,3 процента, молока - на 30,9": a list
    # of changes spelled "процента" leaves the unit out as one with "%" does, so the changes read from the percent word
    # join those the elided item follows: rule ru_growth_by:elided_unit)
    yield from _elided_percents(d, figs + words)
    for m in _scan(d, v["pct_number_word"]):
        # "увеличился почти на десять процентов" (ru_growth_by_word): a change only after "на"
        _, ss, _ = d.sentence(m.start())
        left = text[max(ss, m.start() - LEFT_WINDOW):m.start()]
        lm = v["left"].search(left)
        value = v["words"][m.group("w").lower()][0]
        qual = qualifier_of(lm)
        start = m.start() - (len(left) - lm.start()) if qual else m.start()
        if not (lm.group("by") or lm.group("byq")):
            # "Польша выбилась в лидеры — почти семь процентов", "с долей экспорта около пяти процентов": a count word
            # before the percent word with no "на" is a share, as "7 процентов" is (rule ru_share_word); a change word
            # of its clause and no share word there make it a rate, as they do "7 процентов" (revise's
            # ru_growth_clause): "рост экспорта составил почти семь процентов" (rule ru_growth_clause_word)
            cut = max(left.rfind(ch) for ch in ",;:(")
            clause = left[cut + 1:]
            way = None if v["share"].search(clause) else direction(v, clause)
            if way:
                yield d.make(start, m.end(), "growth", ru_pct(-value if way == "down" else value), qual,
                             "ru_growth_clause_word", m.start())
            else:
                yield d.make(start, m.end(), "share", ru_pct(value), qual, "ru_share_word", m.start())
            continue
        down = v["down_right"].match(text, m.end()) or (not v["up_right"].match(text, m.end())
                                                         and direction(v, left) == "down")
        yield d.make(start, m.end(), "growth", ru_pct(-value if down else value), qual, "ru_growth_by_word", m.start())
    for m in _scan(d, v["pct_inverted"]):
        # "мы объективно ожидаем рост показателей процентов на 10": about ten percent, signed by the change word of its
        # clause before it (none: no figure) (rule ru_growth_inverted_approx)
        _, ss, _ = d.sentence(m.start())
        way = verb_after(v, text, m.end()) or direction(v, text[max(ss, m.start() - LEFT_WINDOW):m.start()])
        if way is None:
            continue
        n = m.group("n")
        value = v["words"][n.lower()][0] if n.lower() in v["words"] else ru_number(n)
        yield d.make(m.start(), m.end(), "growth", ru_pct(-value if way == "down" else value), "approx",
                     "ru_growth_inverted_approx", m.start("n"))
    for m in _scan(d, v["multiple"]):
        n = m.group("n")
        factor = v["words"][n.lower()][0] if n.lower() in v["words"] else ru_number(n)
        f = _multiple(d, v, m, factor)
        if m.group("n2") and ru_number(m.group("n2")) > factor and f.qualifier == "exact":
            # "в 2-3 раза больше": a range of multiples, each end read as the low end is (rule ru_growth_multiple)
            high = ru_number(m.group("n2"))
            f.value_high = float(ru_pct((Decimal(1) / high - 1) * 100 if f.value < 0 else (high - 1) * 100))
            f.qualifier = "range"
        yield f
    for m in _scan(d, _MULTIPLE_BARE):
        b = _Bare(m)
        if _IN_BEFORE.search(text, max(0, b.start() - 20), b.start()):
            continue   # "в 2,5 раза роста": the multiple rule's own
        n = m.group(b.g)
        yield _multiple(d, v, b, ru_number(n))
    for m in _scan(d, v["multiple_word"]):
        w = (m.group("w") or m.group("v")).lower()
        yield _multiple(d, v, m, v["words"][w][0])
    for m in _scan(d, v["fraction"]):
        _, ss, _ = d.sentence(m.start())
        pct = v["words"][m.group("f").lower()][0] * 100
        right = verb_after(v, text, m.end())
        sign = -1 if (right or direction(v, text[max(ss, m.start() - LEFT_WINDOW):m.start()])) == "down" else 1
        qual, start = _qual_before(d, v, m.start())
        yield d.make(start, m.end(), "growth", ru_pct(sign * pct), qual, "ru_growth_fraction", m.start("f"))
    for m in _scan(d, v["fraction_share"]):
        pct = v["words"][m.group("f").lower()][0] * 100
        qual, start = _qual_before(d, v, m.start())
        yield d.make(start, m.end(), "share", ru_pct(pct), qual, "ru_share_fraction_word", m.start("f"))
    for m in _scan(d, v["fraction_after_share"]):
        if v["fraction_share"].match(text, m.start("f")):
            continue   # "приходится половина товарооборота": ru_share_fraction_word's
        pct = v["words"][m.group("f").lower()][0] * 100
        qual, start = _qual_before(d, v, m.start("f"))
        yield d.make(start, m.end(), "share", ru_pct(pct), qual, "ru_share_fraction_after_share", m.start("f"))
    for m in _scan(d, v["slash"]):
        yield d.make(m.start(), m.end(), "share", ru_pct(Decimal(m.group(1)) / Decimal(m.group(2)) * 100), None,
                     "ru_share_fraction", m.start())
    yield from _money(d, v, figs)


def _elided_percents(d: Doc, figs: list[Figure]):
    """"закупки трикотажной одежды возросли на 66,5%, хлопка — на 49,9, текстильной одежды — на 42,8,
    ..., обуви — на 9,4%": the items of a list of changes between its first and last "%" leave it out;
    a bare "— на N" that ends its item, or a bare "на N —" that opens it ("на 32,5 - огурцов"), after a "на N%" change
    of the same sentence, takes that change's sign (rule ru_growth_by:elided_unit)."""
    text = d.text
    changes = sorted((f for f in figs if f.kind == "growth" and f.rule.startswith("ru_growth_by")),
                     key=lambda f: f.clean_start)
    starts = [f.clean_start for f in changes]
    for m in (*_ELIDED_NA.finditer(text), *_ELIDED_NA_LEAD.finditer(text)):
        k = bisect_right(starts, m.start()) - 1
        if k < 0:
            continue
        last = changes[k]
        if d.sentence(last.clean_start)[0] != d.sentence(m.start())[0] or m.start() - last.clean_end > 200:
            continue
        value = ru_number(m.group(1))
        if value >= 1000:
            continue
        sign = -1 if last.value < 0 else 1
        yield d.make(m.start(1), m.end(1), "growth", ru_pct(sign * value), None, "ru_growth_by:elided_unit", m.start(1))


# "хлопка — на 49,9, текстильной": a bare number after "— на" (the dash stands for the verb left
# out) that ends a list item
_WORD_ODD = re.compile(r"\s+с\s+лишним(?![\w-])", re.I)


def _multiple(d: Doc, v: dict, m: re.Match, factor: Decimal) -> Figure:
    """(n - 1) * 100, or (1/n - 1) * 100 after a fall or before "меньше" ("в 1,5 раза меньше")."""
    _, ss, _ = d.sentence(m.start())
    end = m.end()
    # "Казахстан, поставивший вдвое с лишним меньше в денежном выражении" (rosng.ru): "с лишним" after a multiple word,
    # more than that multiple, the comparative after it (rule ru_growth_multiple)
    odd = _WORD_ODD.match(d.text, end) if not m.groupdict().get("extra") else None
    if odd is not None:
        end = odd.end()
    up_r, down_r = v["up_right"].match(d.text, end), v["down_right"].match(d.text, end)
    if up_r or down_r:
        down, end = down_r is not None, (up_r or down_r).end()
    else:
        right = verb_after(v, d.text, end)
        down = (right or direction(v, d.text[max(ss, m.start() - LEFT_WINDOW):m.start()])) == "down"
    pct = (Decimal(1) / factor - 1) * 100 if down else (factor - 1) * 100
    qual, start = _qual_before(d, v, m.start())
    if ("extra" in m.groupdict() and m.group("extra") or odd is not None) and not qual:
        qual = "more_than"  # "в два с лишним раза": more than twice
    return d.make(start, end, "growth", ru_pct(pct), qual, "ru_growth_multiple", m.start())


def _qual_before(d: Doc, v: dict, pos: int) -> tuple[str | None, int]:
    """(qualifier, where the figure then starts) from the words right before pos."""
    _, ss, _ = d.sentence(pos)
    q = v["qual_only"].search(d.text, max(ss, pos - 40), pos)
    return (qualifier_of(q), q.start()) if q else (None, pos)


# the currency a list's opening line names in brackets, over items opened as text.clean.LIST_ITEM reads them
# ("- Россия - 2,9 миллиарда;" under "(в долларах США):", "(млн долларов):")
_DECLARED = re.compile(r"\(\s*(?:в\s+)?(?:(?:тыс(?:\.|яч\w*)|млн\.?|млрд\.?|миллион\w*|миллиард\w*)\s+)?(?=\w)")


def _declared_currency(d: Doc, pos: int, after_re) -> str | None:
    """The currency named in brackets by the line that opens the list of pos's item, the list's items each
    their own paragraph right after it, else None."""
    paras = d.c.paragraphs
    if not paras:
        return None
    text = d.text
    k = bisect_right(d.para_starts, pos) - 1
    if k < 1 or not LIST_ITEM.match(text, paras[k][0]):
        return None
    for j in range(k - 1, max(-1, k - LIST_REACH - 1), -1):
        a, b = paras[j]
        if LIST_ITEM.match(text, a):
            continue
        line = text[a:b].rstrip()
        if not line.endswith(":"):
            return None
        for br in _DECLARED.finditer(line):
            am = after_re.match(" " + line[br.end():])
            if am:
                code = resolve(am.group(1), "after", d.currency, line)[0]
                if code:
                    return code
        return None
    return None


_TO_MONEY = re.compile(r"\.?\s+до\s+", re.I)
_RUNS_ON = re.compile(r"\s*\d{1,3}(?![\d,.])")
# "составил 1 млн 455 тыс.тонн": the next part of a compound amount, then a physical unit: the whole is a quantity, and
# its first part no money of the currency before (rule implied_not_counted_on; s43 ru_p, interfax-russia.ru)
_RUNS_ON_PHYSICAL = re.compile(r"\s+\d{1,3}(?:,\d+)?\s*(?:тыс\.?|тысяч\w*)\s*(?:тонн|баррел|кубометр|штук)")
# "Российские компании отправили в Индию 946 тысяч б" (credit67.ru, data/ruweb19 ay08, the page's stored text ending
# there): a word of one or two letters after the scale word where the text ends is its unit cut off ("баррелей"), no
# amount of the currency before (rule implied_cut_unit)
_CUT_UNIT_END = re.compile(r"\s+[а-яё]{1,2}\s*$", re.I)


def _money(d: Doc, v: dict, figs: list[Figure]):
    text = d.text
    after_re = currency_patterns()[1]
    for m in _scan(d, v["scale_word"]):
        am = after_re.match(text, m.end())
        if not am:
            continue
        _, ss, se = d.sentence(m.start())
        code = resolve(am.group(1), "after", d.currency, text[ss:se])[0]
        if code:
            cw = v["count_before"].search(text, max(ss, m.start() - 50), m.start())
            nb = _NUM_BRACKET.search(text, max(ss, m.start() - 20), m.start()) if cw is None else None
            ns = _NUM_SUFFIXED.search(text, max(ss, m.start() - 12), m.start()) if cw is None and nb is None else None
            if nb:  # "сейчас 28 (миллиардов долларов – ред.)": an editor's bracket completes the number
                at, count, rule = nb.start(), ru_number(nb.group(1)), "ru_money_editorial_scale"
            elif ns:  # "5-ти миллиардов долларов": the count its case ending is written on
                at, count, rule = ns.start(), ru_number(ns.group(1)), "ru_money_suffixed_count"
            elif cw:
                count, compound = count_words_value(cw.group("w"), v["words"])
                at, rule = cw.start(), "ru_money_count_words" if compound else "ru_money_count_word"
            else:
                at, count, rule = m.start(), Decimal(1), "ru_money_scale_word"
            qual, start = _qual_before(d, v, at)
            yield d.make(start, am.end(), "money", count * Decimal(repr(scale_of(m.group("s")))), qual, rule, at, code)
    money = sorted((f for f in figs if f.kind == "money" and f.currency), key=lambda f: f.clean_start)
    starts = [f.clean_start for f in money]
    for m in _scan(d, v["scaled"]):
        value = ru_number(m.group("n")) * Decimal(repr(scale_of(m.group("s"))))
        am = after_re.match(text, m.end())
        if am:  # "200 тыс. BYN": the engine reads no currency past the scale's dot
            _, ss, se = d.sentence(m.start())
            code = resolve(am.group(1), "after", d.currency, text[ss:se])[0]
            if code and text[m.end() - 1] == ".":
                yield d.make(m.start(), am.end(), "money", value, None, "ru_money_code_after_dot", m.start(), code)
            continue
        sign = sign_after(text, m.end())
        if sign is not None:
            # "они принесли казне Грузии 133 млн $", "395,1 млн$": a sign written after the scale word (rule
            # ru_money_sign_after, figures/sign_after.py)
            _, ss, se = d.sentence(m.start())
            code = resolve(sign.group(1), "before", d.currency, text[ss:se])[0]
            if code:
                yield d.make(m.start(), sign.end(), "money", value, None, "ru_money_sign_after", m.start(), code)
                continue
        if v["count_unit"].match(text, m.end()) or (text[m.end() - 1] == "." and _RUNS_ON.match(text, m.end())) \
                or _RUNS_ON_PHYSICAL.match(text, m.end()) or _CUT_UNIT_END.match(text, m.end()):
            # ("77 тыс. 165 тонн яблок": a count that runs on past the scale's dot is a quantity, rule
            # implied_not_counted_on; "946 тысяч б" at the text's end: a unit cut off, rule implied_cut_unit)
            continue
        declared = _declared_currency(d, m.start(), after_re)
        if declared is not None:
            # "ТОП-10 стран ... (в долларах США):" over "- Россия - 2,9 миллиарда;": the list's line names the
            # currency of its items once (rule ru_money_list_currency)
            end = m.end() if not text[m.end() - 1] == "." else m.end() - 1
            yield d.make(m.start(), end, "money", value, None, "ru_money_list_currency", m.start(), declared)
            continue
        k = bisect_right(starts, m.start()) - 1
        to = _TO_MONEY.match(text, m.end() - (text[m.end() - 1] == "."))
        if to is not None and k + 1 < len(money) and money[k + 1].clean_start == to.end() \
                and _FROM_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            # "сократился с 302 миллионов до 190 миллионов долларов": the first level of a change, its own scale
            # word, the currency of the level it goes to (rule ru_money_change_from)
            end = m.end() if not text[m.end() - 1] == "." else m.end() - 1
            yield d.make(m.start(), end, "money", value, None, "ru_money_change_from", m.start(), money[k + 1].currency)
            continue
        if k < 0:
            continue
        last = money[k]
        si = d.sentence(m.start())[0]
        if si - d.sentence(last.clean_start)[0] > IMPLIED_SENTENCES:
            continue
        end = m.end() if not text[m.end() - 1] == "." else m.end() - 1
        yield d.make(m.start(), end, "money", value, None, "ru_money_implied_currency", m.start(), last.currency)

"""Numbers written in digits or in words, read at a known position.

Why not a library: word2number is unmaintained and number-parser rewrites
whole sentences; neither reads fractions ("one and a half", "half a") nor
reports where a number ends, which the figure rules need. The words
themselves are data (vocab/numbers.csv).
"""
from __future__ import annotations

import os
import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from tradeflows.figures.notation import COMMA, POINT, read_digits
from tradeflows.text.scan import SCAN_TABLE, scan_copy
from tradeflows.vocab import fold, read_csv, words_by_role
from tradeflows.vocab.skip import skip_compile

DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # lakh grouping too
_DIGITS = skip_compile(DIGITS)


class Number(NamedTuple):
    """(A NamedTuple, not a frozen dataclass: as immutable, with the same fields, repr and hash, built at about half
    the cost: a frozen dataclass sets each field through object.__setattr__; one is built for every number read.)"""
    value: Decimal
    start: int
    end: int
    words: bool          # written in words
    kind: str            # "cardinal", "fraction", "multiple", "vague"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, tuple[Decimal, str]]:
    return {r["word"]: (Decimal(r["value"]), r["kind"]) for r in read_csv("numbers.csv")}


@lru_cache(maxsize=1)
def joins() -> dict[str, tuple[str, ...]]:
    """{role: words} of vocab/en/number_joins.csv, lower-cased: "and" (joins the parts of one number, or two numbers)
    and "point" (the spoken decimal point); word_number_pattern, _spoken_point, _and_pattern and lone_cardinal_at read
    them, so each of those words is one row, not a literal of each pattern."""
    return {role: tuple(w.lower() for w in words) for role, words in words_by_role("number_joins.csv").items()}


def _joins_of(role: str) -> str:
    """The words of a role of joins() as one regex group, "(?:and)"."""
    return "(?:" + "|".join(map(re.escape, joins()[role])) + ")"


def _words(kinds: set[str]) -> str:
    return "|".join(sorted((w for w, (_, k) in vocabulary().items() if k in kinds),
                           key=len, reverse=True))


def _scale_names() -> str:
    """The scale words spelt out in Latin letters ("million", "billions", "lakh crore"), longest first."""
    from tradeflows.figures.units import scale_words
    words = (w for w in scale_words() if len(w) > 4 and re.fullmatch(r"[a-z ]+", w))
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def word_number_pattern() -> re.Pattern:
    """A number in words from its first word: "one and a half", "fifty", "half a", "a third"."""
    card = _words({"unit", "ten", "hundred"})
    frac = _words({"fraction"})
    units = "|".join(w for w, (v, k) in vocabulary().items() if k == "unit" and 1 <= v <= 9)
    and_ = _joins_of("and")
    return re.compile(
        # "one-quarter", "two-thirds", "two thirds of": a numerator joined to its fraction (spaced
        # only before "of": "the first two quarters" are calendar quarters)
        rf"(?:(?P<fn>{units})(?:-|\s+(?=(?:{frac})s?\s+of\b))(?P<fd>{frac})s?"
        # "a quarter of a trillion dollars": "of a" before a scale word joins the fraction to it, as "half a" does
        rf"|(?:a|an|one)\s+(?P<f1>{frac})(?:\s+of\s+an?(?=\s+(?:{_scale_names()})\b))?(?!\s+{and_})"
        rf"|(?P<card>(?:{card})(?:[\s-]+(?:{and_}\s+)?(?:{card}))*)(?:\s+{and_}\s+an?\s+(?P<f2>{frac}))?"
        rf"|(?P<f3>half)(?:\s+an?(?=\s))?"
        rf"|(?<=another\s)(?P<f4>{frac})"
        rf"|(?P<mult>{_words({'multiple'})})"
        rf"|(?P<vague>{_words({'vague'})})(?=\s+of\b))\b",
        re.I)


@lru_cache(maxsize=1)
def anchor_pattern() -> re.Pattern:
    """Where a number can start: digits, or a number word.

    Anchoring on these keeps the scan fast: the rules only look around them.
    The words are grouped by their first letter (a small trie) and matched
    case-sensitively in lower-case and capitalised form: CPython's regex engine
    then rejects most positions on one character, about twice as fast as a flat
    alternation and four times as fast as re.I.
    """
    groups: dict[str, set[str]] = {}
    for w in vocabulary():
        for form in (w, w.capitalize()):
            groups.setdefault(form[0], set()).add(form[1:])
    trie = "|".join(
        re.escape(first) + "(?:" + "|".join(sorted(map(re.escape, rest), key=len, reverse=True)) + ")"
        for first, rest in sorted(groups.items()))
    # "a third", "a fifth", "an order of magnitude": the article opens the number (the fractions of the vocabulary)
    article = rf"[Aa]n?\s+(?=(?:{_words({'fraction'})}|order)\b)"
    # the first letters of the words, looked ahead once at a word's edge before the branches are tried
    firsts = re.escape("".join(sorted(set(groups) | {"A", "a"})))
    # skip_ahead: the \d+|\b(...) alternation gets no first-character prefilter from sre, so every
    # position of the text was entered; with it only digits and the words' first letters are
    return skip_compile(rf"\d+|\b(?=[{firsts}])(?:{article}|(?:{trie})\b)")


# a run of digits: where anchors() starts a number written in digits (skip_compile: sre gives "\d+" no prefilter)
_DIGIT_RUN = skip_compile(r"\d+")


@lru_cache(maxsize=1)
def _anchor_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(keys, article_words) for anchors(): lower-case prefixes, one for each group of the number words (and their
    capitalised forms) that share their first three letters, the group's longest common prefix ("thir": third,
    thirteen, thirty), so that every word anchor_pattern() matches starts with a key; and the words after which an
    article opens a number ("third", "order": "a third", "an order of magnitude")."""
    forms = {f.lower() for w in vocabulary() for f in (w, w.capitalize())}
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(f[:3], []).append(f)
    keys = tuple(sorted(os.path.commonprefix(g) for g in groups.values()))
    return keys, tuple(sorted(w.lower() for w, (_, k) in vocabulary().items() if k == "fraction")) + ("order",)


def anchors(text: str):
    """The spans (start, end) of anchor_pattern().finditer(text), found for a fraction of its cost.

    Why it is the same: a match is a run of digits or starts with a number word (or the article before a fraction
    word, "a third"); the places where one may start are found by cheap scans (_scan_places, or _lowered_places for a
    text mostly of other scripts), each such place is then matched by anchor_pattern() itself, in the order of the
    text, skipping those inside the last match, as finditer does. A run of digits is the pattern's own match of it (no
    word match holds a digit, and no match ends inside a run)."""
    keys = _scan_keys()
    t = scan_copy(text) if keys is not None else None   # (the copy clean kept for this text, text/scan.py)
    if t is None or t.count(b"?") * 4 > len(t):
        # (a text mostly of other scripts, each of whose characters the scan would look at one by one)
        found = _lowered_places(text)
        if found is None:
            for m in anchor_pattern().finditer(text):
                yield m.span()
            return
        words, runs = found
    else:
        words, runs = _scan_places(text, t, keys)
    w, n_words, end, match = 0, len(words), 0, anchor_pattern().match
    for start, run_end in runs:
        while w < n_words and words[w] < start:
            if words[w] >= end:
                m = match(text, words[w])
                if m is not None:
                    end = m.end()
                    yield words[w], end
            w += 1
        end = run_end
        yield start, end
    for p in words[w:]:
        if p >= end:
            m = match(text, p)
            if m is not None:
                end = m.end()
                yield p, end


# the scan copy of a text for anchors(): text/scan.py (text.encode("ascii", "replace") translated by SCAN_TABLE: one byte
# a character, letters lower-cased, every digit "0", "_" and "?" kept, any other character a space)
_SCAN_TABLE = SCAN_TABLE
_ZEROS = skip_compile(rb"0+")


@lru_cache(maxsize=1)
def _scan_keys() -> tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...], re.Pattern] | None:
    """(keys, fractions, others, spaced) of _anchor_keys() as bytes, for _scan_places: the keys; the words after which
    an article opens a number that start with a key (the fraction words: found with it) and the others ("order": found
    apart); a pattern of a space and any key (_spaced_keys). None where a number word is not ASCII (the scan copy holds
    ASCII alone)."""
    keys, article_words = _anchor_keys()
    if not all(w.isascii() for w in vocabulary()):
        return None
    fractions = tuple(w for w in article_words if w.startswith(keys))
    keys_b = tuple(k.encode() for k in keys)
    return (keys_b, tuple(w.encode() for w in fractions),
            tuple(w.encode() for w in article_words if w not in fractions), _spaced_keys(keys_b))


def _spaced_keys(keys: tuple[bytes, ...]) -> re.Pattern:
    """b" " and any of the keys, grouped by their first letter (b" (?:t(?:en|hir|...)|f(?:...)|...)"), matched over a
    scan copy: one scan of it where a str.find per key read it once per key (23 of them in English). Its matches are
    exactly the places of b" " + key: a key is letters alone (_anchor_keys: the common prefixes of number words, none
    a space), so a match ends before the space of the next and finditer, moving on from a match's end, skips none;
    where two keys match at one place the place is the same."""
    groups: dict[bytes, list[bytes]] = {}
    for k in keys:
        groups.setdefault(k[:1], []).append(k[1:])
    alts = [re.escape(first) + b"(?:" + b"|".join(re.escape(r) for r in sorted(rest, key=len, reverse=True)) + b")"
            for first, rest in sorted(groups.items())]
    return re.compile(b" (?:" + b"|".join(alts) + b")")


def _scan_places(text: str, t: bytes, scan_keys) -> tuple[list[int], object]:
    """(sorted places where a number word may start, the (start, end) of the runs of digits) of text, from its scan
    copy t (_SCAN_TABLE), with str.find of a few words instead of scans of the text.

    Why every match's place is found: anchor_pattern() is case-sensitive, its words ASCII, lower-case or capitalised,
    each at a word's edge (\\b): in t the word is lower-case, so it starts with a key, and the character before it is
    none (position 0), an ASCII character no word holds (a space in t: found as " " + key), or any other character
    ("?" in t, looked at in text, as \\b does). An article "a"/"an" opens a number before whitespace and a fraction word
    or "order" (lower-case: the pattern's look-ahead), whose place the same finds give; the article is stepped back to
    over the whitespace, as in _lowered_places. The runs of digits: those of "0" in t (one per ASCII digit), unless
    the text holds a decimal digit outside ASCII (\\d reads it too): then the pattern's own run, _DIGIT_RUN."""
    keys, fractions, others, spaced = scan_keys
    find, starts = t.find, t.startswith
    places: set[int] = set()
    arts: list[int] = []        # fraction words and "order" after a character no word holds
    for m in spaced.finditer(t):   # (b" " + a key, wherever it stands)
        i = m.start() + 1
        places.add(i)
        if starts(fractions, i):
            arts.append(i)
    for word in others:
        needle = b" " + word
        i = find(needle)
        while i >= 0:
            arts.append(i + 1)
            i = find(needle, i + 1)
    if starts(keys):
        places.add(0)
    other_digit = False
    q = find(b"?")
    while q >= 0:               # a character outside ASCII, or a question mark
        c = text[q]
        if c.isdecimal():
            other_digit = True
        elif not (c.isalnum() or c == "_"):
            if starts(keys, q + 1):
                places.add(q + 1)
                if starts(fractions, q + 1):
                    arts.append(q + 1)
            elif starts(others, q + 1):
                arts.append(q + 1)
        q = find(b"?", q + 1)
    for i in arts:
        places.update(_article_places(text, i))
    runs = (d.span() for d in _DIGIT_RUN.finditer(text)) if other_digit else _zero_runs(t)
    return sorted(places), runs


def _article_places(text: str, i: int) -> list[int]:
    """Where an article "a"/"an" opening a number may start before the word at i ("a third", "an order"): stepped back
    over the whitespace before it, the one or two characters there that are "a" or "A" (anchor_pattern() decides)."""
    k = i
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return [x for x in (k - 1, k - 2) if x >= 0 and text[x] in "Aa"] if k < i else []


def _zero_runs(t: bytes):
    """The (start, end) of each run of "0" in t, found with str.find and matched from there."""
    find, match = t.find, _ZEROS.match
    i = find(b"0")
    while i >= 0:
        e = match(t, i).end()
        yield i, e
        i = find(b"0", e)


def _lowered_places(text: str) -> tuple[list[int], object] | None:
    """The same as _scan_places for any text, from its lower case: str.find of the keys (_anchor_keys: every number
    word, lower-case or capitalised, starts with one) in the lower-cased text, at a word's edge, and of the fraction
    words an article may open ("a third"), stepped back over the article; the runs of digits from one scan. None where
    lower() changes the text's length (a dotted capital I): the pattern scans it."""
    low = text.lower()
    if len(low) != len(text):
        return None
    keys, article_words = _anchor_keys()
    find = low.find
    places = set()
    for key in keys:
        i = find(key)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):   # (\b: anchor_pattern() decides)
                places.add(i)
            i = find(key, i + 1)
    for key in article_words:
        i = find(key)
        while i >= 0:
            places.update(_article_places(text, i))
            i = find(key, i + 1)
    return sorted(places), (d.span() for d in _DIGIT_RUN.finditer(text))


# (s72 openC72: before a scale word written out as well, "что эквивалентно примерно 4, 5 миллиарда рублей",
# chinalogist.ru)
_SPACED_DECIMAL = skip_compile(r",[ \u00a0](\d{1,3})(?=\s?(?:(?:%|млрд|млн|тыс|трлн|billion|million|bn|mn)(?![^\W\d_]{4})"
                               r"|(?:миллиард|миллион|триллион)(?:а|ов)?(?![^\W\d_])))")
# ... and a decimal point so spaced ("N7. 1billion", "P5. 925 billion" in stored copies of Nigerian and Botswanan
# pages), before a scale word or a percent sign; never after a quarter's or a half's letter ("in Q2. 95% of ...")
_SPACED_DECIMAL_POINT = skip_compile(r"\.[ \u00a0](\d{1,3})(?=\s?(?:%|percent|per\s?cent|[mbt]illion|bn|mn|tn)(?![^\W\d_]{4}))")
# ... or spaced before it ("reserves increased to USD 5,107.1 million from USD 4,807 .8 million", trendsnafrica.com),
# only before a scale word, and not after a bare year ("in 2022 .5 million") (rule point_spaced_before)
_POINT_SPACED_BEFORE = skip_compile(r"[ \u00a0]\.(\d{1,3})(?=\s?(?:[mbt]illion|bn|mn|tn)(?![^\W\d_]))")

# ... whatever the document's decimal mark, right before a percent sign: "electrical machines (6, 6%)" on a page that
# writes "10.9%" (moldovalive.md, data/web32 bb02), "увеличился на 15. 3%" on a page whose other numbers read as
# comma-marked (rutrade.lv, data/ruweb21 bc08): one digit after the spaced mark, glued to "%" (rule spaced_decimal)
_SPACED_PCT_COMMA = skip_compile(r",[ \u00a0]\d%")
# ... and a thousands comma so spaced right after a currency sign, three digits and a decimal before a scale word
# ("the decrease in imports of Diamonds (P1, 290.1 million)", "surpluses with the highest valued at K1, 484.5 billion"):
# the decimal point after the group says the comma groups thousands (rule sign_spaced_thousands)
_SPACED_THOUSANDS_COMMA = skip_compile(r",[ \u00a0](\d{3}\.\d+)(?=\s?(?:[mbt]illion|bn|mn|tn)(?![^\W\d_]))")
_SPACED_PCT_POINT = skip_compile(r"\.[ \u00a0]\d%")

# a number with three decimals and a second point with one or two digits before a scale word (rule thousands_point)
_THREE_DECIMALS = skip_compile(r"\d{1,3}\.\d{3}")
_STRAY_POINT = skip_compile(r"\.(\d{1,2})(?=\s?(?:(?:m|b|tr)illion|bn|mn|tn|trn)(?![^\W\d_]))")


def read_number(text: str, pos: int, mark: str = POINT, spaced: bool = False) -> Number | None:
    """The number that starts at pos, digits or words, else None.

    mark is the document's decimal mark (figures.notation); spaced allows
    space-grouped thousands ("1 246.7"), read only after a currency sign."""
    ch = text[pos]
    if ch.isdecimal():
        value, end = read_digits(text, pos, mark, spaced)
        if end < len(text) and text[end] == "," and (mark == COMMA or _SPACED_PCT_COMMA.match(text, end)) and value < 1000 \
                and value == value.to_integral_value() and (pos == 0 or not text[pos - 1].isdecimal()):
            sd = _SPACED_DECIMAL.match(text, end)
            if sd is not None:
                # "10, 2 млрд. долларов", "+19, 3%": a decimal comma with a space after it, a page's damaged
                # typography, in a document that writes decimal commas, right before a scale word or "%" (rule
                # spaced_decimal)
                return Number(Decimal(f"{int(value)}.{sd.group(1)}"), pos, sd.end(1), False, "cardinal")
        if spaced and end < len(text) and text[end] == "," and value < 1000 and value == value.to_integral_value() \
                and (pos == 0 or not text[pos - 1].isdecimal()):
            st = _SPACED_THOUSANDS_COMMA.match(text, end)
            if st is not None:
                # "P1, 290.1 million" after a currency sign: one number, 1,290.1 million (rule sign_spaced_thousands)
                return Number(Decimal(int(value) * 1000) + Decimal(st.group(1)), pos, st.end(1), False, "cardinal")
        if end < len(text) and text[end] == "." and (mark == POINT or _SPACED_PCT_POINT.match(text, end)) \
                and (value < 1000 or (spaced and mark == POINT)) \
                and value == value.to_integral_value() \
                and pos > 0 and not text[pos - 1].isdecimal() and text[pos - 1] not in "QHqh\n":
            sd = _SPACED_DECIMAL_POINT.match(text, end)
            if sd is not None:
                # (rule spaced_decimal; not a number opening its line: "2. 15 percent of ..." numbers a list item; the
                # character before it is no line break: the last break before it is further back, no rfind to ask)
                return Number(Decimal(f"{int(value)}.{sd.group(1)}"), pos, sd.end(1), False, "cardinal")
        if mark == POINT and end + 1 < len(text) and text[end] in " \u00a0" and text[end + 1] == "." \
                and (pos == 0 or not text[pos - 1].isdecimal()):
            sb = _POINT_SPACED_BEFORE.match(text, end)
            if sb is not None and value == value.to_integral_value() and (value < 1000 or "," in text[pos:end]):
                # "USD 4,807 .8 million": the decimal point spaced off its whole part (rule point_spaced_before)
                return Number(Decimal(f"{int(value)}.{sb.group(1)}"), pos, sb.end(1), False, "cardinal")
        if mark == POINT and end < len(text) and text[end] == "." and _THREE_DECIMALS.fullmatch(text, pos, end):
            sp = _STRAY_POINT.match(text, end)
            if sp is not None:
                # "Total U.S. trade totaled $5.103.6 billion", "total trade was N12.046.92 trillion": a thousands
                # group written with a point before the decimal point; the number is read whole, as written (5,103.6
                # billion; 12,046.92 trillion, the page's N12,046.92 billion under the next scale's name), not split
                # into "$5.103" and "6 billion" (rule thousands_point)
                return Number(Decimal(f"{text[pos:end].replace('.', '')}.{sp.group(1)}"), pos, sp.end(1), False,
                              "cardinal")
        # (the spoken point opens with "point" after the dash or space, its "p" matched under re.I by "p" or "P"
        # alone: tested first, as a space follows most numbers; the first letters of the rows, _point_firsts)
        m = _spoken_point().match(text, end) if end < len(text) and text[end] in "- " \
            and text[end + 1:end + 2] in _point_firsts() else None
        if m and value == value.to_integral_value():
            # "124-point-eight billion dollars", "18-point-one": a decimal as a news reader speaks it
            # (Yonhap's style) is one number, not the digit word after it (rule spoken_point)
            digits = "".join(_digit(w) for w in re.split(r"[-\s]+", m.group(1)))
            return Number(Decimal(f"{int(value)}.{digits}"), pos, m.end(), False, "cardinal")
        return Number(value, pos, end, False, "cardinal")
    if text.startswith(("an order of magnitude", "An order of magnitude"), pos):
        return Number(Decimal(10), pos, pos + len("an order of magnitude"), True, "multiple")
    m = word_number_pattern().match(text, pos)
    if not m:
        return None
    # (the groups read in one call, not one call each)
    f3, fn, fd, mult, vague, f1, f4, card, f2 = m.group("f3", "fn", "fd", "mult", "vague", "f1", "f4", "card", "f2")
    if f3:
        return Number(Decimal("0.5"), pos, m.end(), True, "fraction")
    if fn:
        n, frac = _value(fn), _value(fd)
        return None if n is None or frac is None else Number(n * frac, pos, m.end(), True, "fraction")
    # "by another quarter" (f4) as "a third" (f1): fractions
    for word, kind in ((mult, "multiple"), (vague, "vague"), (f1, "fraction"), (f4, "fraction")):
        if word:
            v = _value(word)
            return None if v is None else Number(v, pos, m.end(), True, kind)
    end = m.end()
    # (_and_pattern needs an "and" row's word in the words, in any case: most runs hold none, and its scan is not asked)
    low = card.lower()
    cut = _and_between_numbers(card) if any(w in low for w in joins()["and"]) else None
    if cut is not None:
        # "shipped ten and five percent of its exports to Latvia and Estonia, respectively": "and" joins two numbers,
        # not the parts of one ("one hundred and five"): the first ends before it (rule number_list_and)
        card, end = card[:cut], m.start("card") + cut
    value = _cardinal(card)
    if value is None:
        return None
    if cut is not None:
        return Number(value, pos, end, True, "cardinal")
    # (the spoken point opens with "p" or "P" after the dash or space, as after digits: tested first)
    p = _spoken_point().match(text, m.end()) if not f2 and text[m.end() + 1:m.end() + 2] in _point_firsts() else None
    if p and value == value.to_integral_value():
        # "down one-point-one percent", "eight-point-eight percent" (rule spoken_point, as after digits)
        digits = "".join(_digit(w) for w in re.split(r"[-\s]+", p.group(1)))
        return Number(Decimal(f"{int(value)}.{digits}"), pos, p.end(), True, "cardinal")
    if f2:
        frac = _value(f2)
        if frac is None:
            return None
        value += frac
    return Number(value, pos, m.end(), True, "cardinal")


_CARD_KINDS = frozenset({"unit", "ten", "hundred"})   # the kinds of word_number_pattern()'s card words


@lru_cache(maxsize=1)
def _not_lone() -> tuple[str, ...]:
    """The lower-case openings after a number word's whitespace that may carry its reading on: the number words' keys
    (_anchor_keys) and the words of joins(), "and" and "point", one tuple for one startswith."""
    return _anchor_keys()[0] + tuple(w for words in joins().values() for w in words)


def lone_cardinal_at(text: str, pos: int, end: int) -> bool:
    """Whether read_number(text, pos) reads the number word anchors() found at pos..end as a cardinal of that word
    alone, ending at end ("two" in "the two countries"), without reading it: most number words in a text are no
    figure, and extract asks them the unit test first (the digits' early test).

    Why it is the same: the word is a card word (a unit, ten or hundred of the vocabulary) that anchor_pattern()
    matched whole, so no letter follows it (its \\b) and no alternative of word_number_pattern() can end inside or
    past it but by going on over a hyphen or whitespace to a number word (each starts with a key of _anchor_keys),
    "and" or a spoken "point" (the words of joins(): _not_lone): a hyphen right after it or after the whitespace, or such a word after the whitespace
    (its ASCII letters lower-cased; any character past ASCII there: not known), leaves the answer to read_number.
    Alone, the card alternative matches the word, no "and" cuts it, and _cardinal gives its table value."""
    if vocabulary().get(fold(text[pos:end]), (None, None))[1] not in _CARD_KINDS:
        return False
    k, n = end, len(text)
    if k < n and text[k].isspace():
        while k < n and text[k].isspace():
            k += 1
        nxt = text[k:k + 8]
        if not nxt.isascii():
            return False
        nxt = nxt.lower()
        return not (nxt.startswith(_not_lone()) or nxt[:1] == "-")
    return text[k:k + 1] != "-"


@lru_cache(maxsize=1)
def _spoken_point() -> re.Pattern:
    """The spoken decimal point and its digits, each a digit or a digit's word: "-point-eight", " point one five"."""
    digit = "|".join(w for w, (v, k) in vocabulary().items() if k == "unit" and 0 <= v <= 9 and w.isalpha()) + r"|\d+"
    point = _joins_of("point")
    return re.compile(rf"[-\s]{point}[-\s]((?:{digit})(?:[-\s](?:{digit}))*)\b(?![-\s]?{point})", re.I)


@lru_cache(maxsize=1)
def _point_firsts() -> frozenset[str]:
    """The first letters of the spoken point's words in either case ("p", "P"): where none stands after the dash or
    space past a number, _spoken_point cannot match and is not asked."""
    return frozenset(c for w in joins()["point"] for c in (w[:1].lower(), w[:1].upper()))


def _digit(word: str) -> str:
    return word if word.isdigit() else str(int(_value(word)))


def _value(word: str) -> Decimal | None:
    """A number word's value as a case-insensitive pattern matched it (re.I pairs letters,
    such as the long s, that only case-folding maps to the vocabulary's keys)."""
    return vocabulary().get(fold(word), (None, None))[0]


@lru_cache(maxsize=1)
def _and_pattern() -> re.Pattern:
    """An "and" row's word between two number words, with the breaks around it."""
    return skip_compile(rf"[\s-]+{_joins_of('and')}[\s-]+", re.I)


# the breaks between number words (compiled once: re.split(r"[\s-]+", ...) looks the pattern up in re's cache per call)
_WORD_BREAKS = re.compile(r"[\s-]+")


def _and_between_numbers(card: str) -> int | None:
    """Where "and" joins two numbers in a run of number words (its start), else None: an "and" is inside one
    number only after "hundred" ("one hundred and five")."""
    vocab = vocabulary()
    for a in _and_pattern().finditer(card):
        before = _WORD_BREAKS.split(fold(card[:a.start()]))[-1]
        if vocab.get(before, (None, None))[1] != "hundred":
            return a.start()
    return None


def _cardinal(words: str) -> Decimal | None:
    vocab = vocabulary()
    total, current = Decimal(0), Decimal(0)
    seen = False
    ands = joins()["and"]
    for w in _WORD_BREAKS.split(fold(words)):
        if w in ands:
            continue
        value, kind = vocab.get(w, (None, None))
        if value is None:
            return None
        seen = True
        if kind == "hundred":
            current = (current or Decimal(1)) * value
        else:
            current += value
    return total + current if seen else None

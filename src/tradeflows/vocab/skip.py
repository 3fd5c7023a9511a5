"""Searches that skip ahead: sre's first-character prefilter for patterns it gives none.

re.compile gives a pattern a prefilter (a literal prefix or a class of first characters, sre's
INFO block) only when its first op is a literal, a class or a branch of literals: a pattern that
opens on \\b, a look-around or a group of groups ("\\b(?=[rpa])(?:(?:record|peak)...") is entered
at every position of the text searched (~300 instructions a position). skip_ahead(rx) compiles
the same code with the class of the characters a match can start with as that prefilter: search
then tests one class per position and enters the pattern only where a match can start. The code
after the INFO block is re.compile's own, so every match, group and span is the same; the class is
read off the pattern's parse (each op a match may start with, every case of a letter under re.I).

It builds the code with CPython's own compiler (re._compiler, _sre.compile), whose layout is private:
it runs only on the versions it was checked on (VERIFIED; tests/test_skip.py compares every span on
real pages), and anywhere else, or on any surprise, returns the pattern as compiled: slower, the same.
Below the stages (vocab), so that every stage and the vocabulary's own patterns may use it.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache

from tradeflows.vocab import sre_cache

try:   # CPython's own regex compiler (Python 3.11 on; sre_compile before)
    import _sre
    from re import _compiler as _C, _constants as _K, _parser as _P
except ImportError:
    _sre = _C = _K = _P = None

# CPython versions whose sre code layout skip_ahead was checked against (tests/test_skip.py)
VERIFIED = ((3, 11),)
_ACTIVE = _C is not None and sys.implementation.name == "cpython" and sys.version_info[:2] in VERIFIED


class _Any(Exception):
    """A match may start with a character the analysis does not bound."""


def skip_ahead(rx: re.Pattern) -> re.Pattern:
    """rx compiled with a first-character prefilter, or rx itself when sre gives it one already, a
    match may be empty or any character may start one."""
    if not _ACTIVE or not isinstance(rx.pattern, str) or rx.flags & re.LOCALE:
        return rx
    hit = sre_cache.get("ahead", rx.pattern, rx.flags)
    if hit is None:
        return rx
    if hit is not sre_cache.MISS:
        try:
            return _sre.compile(rx.pattern, *hit)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass
    try:
        args = _skipping(rx.pattern, rx.flags, _P.parse(rx.pattern, rx.flags))
    except _Any:
        args = None
    except (re.error, RecursionError, AttributeError, IndexError, TypeError, ValueError):
        return rx
    sre_cache.put("ahead", rx.pattern, rx.flags, args)
    return rx if args is None else _sre.compile(rx.pattern, *args)


def skip_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """skip_ahead(re.compile(pattern, flags)), the pattern parsed once: re.compile's parse would be thrown
    away, and sre's parser (pure Python) is most of what compiling costs, so a module's patterns written
    this way load in about half the time (every process that imports them; a build's warm()). The same
    pattern object either way: its code is re.compile's, with or without the prefilter skip_ahead adds."""
    flags = int(flags)
    if not _ACTIVE or not isinstance(pattern, str) or flags & (re.LOCALE | re.DEBUG):
        return skip_ahead(re.compile(pattern, flags))
    hit = sre_cache.get("compile", pattern, flags)     # (sre_cache: the code compiled by an earlier process)
    if hit is not sre_cache.MISS and hit is not None:
        try:
            return _sre.compile(pattern, *hit)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass
    try:
        p = _P.parse(pattern, flags)
        try:
            args = _skipping(pattern, flags, p)
        except _Any:
            args = None
        if args is None:
            # no prefilter to add: re.compile's own pattern (re._compiler.compile), from the same parse
            args = (flags | p.state.flags, _C._code(p, flags), p.state.groups - 1, p.state.groupdict, _index(p))
        rx = _sre.compile(pattern, *args)
    except (re.error, RecursionError, AttributeError, IndexError, TypeError, ValueError):
        return skip_ahead(re.compile(pattern, flags))   # (an invalid pattern raises there, as re.compile's would)
    sre_cache.put("compile", pattern, flags, args)
    return rx


def _index(p) -> tuple:
    """The group names of the parse p by group number (None for a group without one)."""
    index = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        index[i] = name
    return tuple(index)


def _skipping(pattern: str, flags: int, p) -> tuple | None:
    """The arguments of _sre.compile after the pattern (flags, code, groups, groupdict, index) that compile p
    (pattern parsed under flags) with a first-character prefilter, or None when sre gives it one already, a
    match may be empty or any character may start one."""
    flags = p.state.flags | flags
    lo, hi = p.getwidth()
    if lo == 0 or _C._get_literal_prefix(p, flags)[0] or _C._get_charset_prefix(p, flags):
        return None
    items, empty = _starts(p.data, bool(flags & re.I))
    if empty or not items:
        return None
    code = _C._code(p, flags)
    if code[0] != _K.INFO:
        return None
    info = [_K.INFO, 0, _K.SRE_INFO_CHARSET, min(lo, _C.MAXCODE), min(hi, _C.MAXCODE)]
    charset, hascased = _C._optimize_charset(items)
    if hascased:
        return None
    _C._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return flags, info + code[1 + code[1]:], p.state.groups - 1, p.state.groupdict, _index(p)


def _starts(items, fold: bool) -> tuple[list, bool]:
    """The charset items (LITERAL, RANGE, CATEGORY) of the characters a match of the sequence items
    may start with, and whether it may be empty; fold: under re.I (every case of a letter)."""
    out: list = []
    for op, av in list(items):
        if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            continue                                    # zero-width: the next op starts the match
        if op is _K.LITERAL:
            return out + cases(av, fold), False
        if op is _K.IN:
            for iop, iav in av:
                if iop is _K.LITERAL:
                    out += cases(iav, fold)
                elif iop is _K.RANGE and iav[1] - iav[0] < 512:
                    for c in range(iav[0], iav[1] + 1):
                        out += cases(c, fold)
                elif iop is _K.CATEGORY and (not fold or iav in _CASELESS):
                    out.append((iop, iav))              # under re.I: digits and spaces, no other case
                else:
                    raise _Any                          # a negated class, \w under re.I, ...
            return out, False
        if op is _K.SUBPATTERN:
            _, add, drop, sub = av
            if (add | drop) & ~re.I:
                raise _Any                              # (?a:...), (?s:...): read as written
            frags, empty = _starts(sub.data, (fold or bool(add & re.I)) and not drop & re.I)
        elif op is _K.ATOMIC_GROUP:
            frags, empty = _starts(av.data, fold)
        elif op is _K.BRANCH:
            frags, empty = [], False
            for alt in av[1]:
                f, e = _starts(alt.data, fold)
                frags, empty = frags + f, empty or e
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT, _K.POSSESSIVE_REPEAT):
            frags, e = _starts(av[2].data, fold)
            empty = av[0] == 0 or e
        else:
            raise _Any                                  # ANY, NOT_LITERAL, a group reference, ...
        out += frags
        if not empty:
            return out, False
    return out, True


_CASELESS = (_K.CATEGORY_DIGIT, _K.CATEGORY_SPACE) if _K is not None else ()


def cases(c: int, fold: bool) -> list:
    """LITERAL items of c, and under re.I of every character sre's ignore-case matching equates with
    it (those whose lower case is c's, or one of c's equivalents such as ſ for s)."""
    if not fold:
        return [(_K.LITERAL, c)]
    low = _sre.unicode_tolower(c)
    keys = (low,) + _C._EXTRA_CASES.get(low, ())
    return [(_K.LITERAL, x) for k in keys for x in _lowered_from().get(k, (k,))]


# past the Supplementary Multilingual Plane no code point has a case (the last, U+1E921, is Adlam's):
# reading the planes below it is the same as reading all 0x110000 (tests/test_skip.py), and 8x faster
CASED_END = 0x20000


@lru_cache(maxsize=1)
def _lowered_from() -> dict[int, tuple[int, ...]]:
    """Every code point by its lower case (sre's unicode_tolower), for the few that have another."""
    out: dict[int, list[int]] = {}
    for x in range(CASED_END):
        low = _sre.unicode_tolower(x)
        if low != x:
            out.setdefault(low, [low]).append(x)
    return {k: tuple(v) for k, v in out.items()}


# ------------------------------------------------------------------ alternations grouped by a cased first character

def cased_first(ch: str) -> str | None:
    """A case-sensitive class "(?-i:[...])" of every character that ch, as the first literal of a re.I alternative,
    matches (cases: its cases and sre's equivalents, "s" -> [sSſ]), or None where the analysis is not active or ch is
    not one character. Why: sre's BRANCH skips an alternative on one test of the text's character only when the
    alternative opens on a LITERAL or an IN; under re.I letters compile to their IGNORE forms, so every alternative
    of a long alternation ("million|billion|...", the currency names) is entered in turn at each position tried.
    Opened on this class (an IN: the scoped (?-i:) group adds no op), one that cannot match is skipped at once."""
    if not _ACTIVE or len(ch) != 1:
        return None
    chars = sorted({chr(av) for _, av in cases(ord(ch), True)})
    return "(?-i:[" + "".join(re.escape(c) for c in chars) + "])"


def grouped_ignorecase(alternatives: list[tuple[str, str]]) -> str:
    """The alternation "|".join(first + rest) of (first character, rest of the regex) pairs, for a pattern compiled
    with re.I, rewritten as groups "(?-i:[mM])(?:illion|illions|...)" of the alternatives whose first characters are
    the same under re.I (cased_first), each group where its first alternative stood, its alternatives in their order.
    The same matches, tried in the same order: at a position only the group of the text's character can match (the
    others fail on their first character in the original too), and within it the alternatives keep their order.
    Unchanged where cased_first is not active."""
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        cls = cased_first(first)
        if cls is None:
            return "|".join(re.escape(f) + r for f, r in alternatives)
        groups.setdefault(cls, []).append(rest)
    return "|".join(cls + "(?:" + "|".join(rests) + ")" for cls, rests in groups.items())


def grouped_alternation(phrases) -> str:
    """vocab.alternation(phrases) (literal phrases, longest first, a space any run of whitespace) grouped by first
    character for a re.I pattern (grouped_ignorecase): the same matches, each phrase tried in the same order."""
    from tradeflows.vocab import alternation   # (the package's own phrase syntax; vocab imports nothing of skip)
    ordered = sorted(phrases, key=len, reverse=True)
    if not ordered or not ordered[-1]:   # (an empty phrase opens on no character: as written)
        return alternation(ordered)
    return grouped_ignorecase([(p[0], alternation([p[1:]])) for p in ordered])


def trie_alternation(node: dict) -> str:
    """The regex source of a trie of phrases (nested dicts by character, "" where a phrase ends): each node's branches as
    an alternation (a space as \\s+), the phrase that ends at the node ("") tried last, so a longer phrase is tried
    before one it begins with, one branch followed after each character instead of every phrase in turn."""
    parts = [("\\s+" if c == " " else re.escape(c)) + trie_alternation(child) for c, child in node.items() if c]
    if "" in node:
        parts.append("")
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

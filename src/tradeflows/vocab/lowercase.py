"""Case-insensitive matching at case-sensitive speed.

A re.IGNORECASE pattern run on a text finds the same spans as its lower-cased copy
(without re.I) run on the lower-cased text, and the copy is 3-5x faster: without re.I
sre skips to the positions whose first character can start a match. This holds for every
character but three: İ (lower() makes two characters of it), ı and ſ (re.I equates them
with i and s, lower() does not), so a text or pattern holding one keeps re.I.
"""
from __future__ import annotations

import re

from tradeflows.vocab.skip import skip_compile

UNSAFE = skip_compile("[\u0130\u0131\u017f]")
# what a pattern's source keeps as written: named groups and escapes (an upper-case escape,
# \S \W \D \B \A \Z \N, would change meaning lower-cased: no copy is made)
_KEEP = skip_compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\.", re.S)


def lower_text(text: str) -> str | None:
    """text.lower() when it matches like the text (see above), else None. (Three substring tests,
    not UNSAFE.search: str's fast search reads a whole page some 30x faster than sre's class loop.)"""
    return None if "\u0130" in text or "\u0131" in text or "\u017f" in text else text.lower()


def lower_source(rx: re.Pattern) -> str | None:
    """The source of rx lower-cased (what lower_copy compiles), or None when it cannot be: a scoped flag group such as
    "(?-i:[A-Z]{2,3})" (a case-sensitive part of a re.I pattern, rows to_value, share_in_total, ...) would match any
    letters once lower-cased."""
    src = rx.pattern
    if not rx.flags & re.I or not isinstance(src, str) or UNSAFE.search(src) or "(?-i" in src:
        return None
    out, pos = [], 0
    for m in _KEEP.finditer(src):
        tok = m.group()
        if tok[0] == "\\" and tok[1:].isupper():
            return None
        out.append(src[pos:m.start()].lower())
        out.append(tok)
        pos = m.end()
    out.append(src[pos:].lower())
    return "".join(out)


def lower_copy(rx: re.Pattern) -> re.Pattern | None:
    """rx lower-cased and without re.I, for lower_text() texts (searches that skip ahead: skip_ahead);
    None when it cannot be."""
    src = lower_source(rx)
    if src is None:
        return None
    try:
        return skip_compile(src, rx.flags & ~re.I)
    except re.error:       # an inline flag such as (?L) does not survive lower()
        return None


# id(rx) -> (rx, lower_copy(rx)): a pattern's hash reads its whole compiled code, so a cache keyed
# by the pattern itself (lru_cache) costs more per lookup than the search it serves; the entry
# keeps rx alive, so its id is never another pattern's. One cache for every stage (facts.context
# reads it inlined in its hottest test)
LOWER_COPIES: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def lower_copy_of(rx: re.Pattern) -> re.Pattern | None:
    """lower_copy(rx), made once per pattern and process."""
    hit = LOWER_COPIES.get(id(rx))
    if hit is None:
        hit = LOWER_COPIES[id(rx)] = (rx, lower_copy(rx))
    return hit[1]


# id(rx) -> (rx, blind, cased): a cue of a language's rows some of whose rows hold a case-sensitive part ("(?-i:Всего)", a
# word that counts only capitalised) has no lower-cased copy, so a rule asking only whether it matches would read the
# whole cue case-blind on the text as written (3-5x slower scans). rx is the alternation of blind (a lower-cased copy of
# its case-blind alternatives, for the lower-cased text) and cased (the rest, compiled as written): rx matches in a
# stretch exactly when one of them does there (vocab.patterns._combined records them; facts/context.py isearch and
# islice_search read them)
CASED_SPLITS: dict[int, tuple[re.Pattern, re.Pattern, re.Pattern]] = {}


def split_cased(rx: re.Pattern, blind: re.Pattern, cased: re.Pattern) -> bool:
    """Record blind and cased, two patterns whose alternation is rx, as rx's split (CASED_SPLITS) when blind has a
    lower-cased copy; whether it was recorded."""
    lc = lower_copy(blind)
    if lc is None:
        return False
    CASED_SPLITS[id(rx)] = (rx, lc, cased)
    return True


# id(rx) -> (rx, widened_copy(rx)), as LOWER_COPIES
WIDENED: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def widened_copy(rx: re.Pattern) -> re.Pattern | None:
    """A pattern that, searched in a stretch of the lower-cased text (lower_text), finds a match wherever rx finds one in
    that stretch of the text (and maybe where rx finds none), for a gate: rx's own lower-cased copy when rx is
    case-blind, else the lower-cased copy of rx made case-blind where that only widens what rx matches (_blind_widens);
    None when there is none. A case-sensitive row opening on "[Tt]his" skips ahead on a class, a test of some tens of
    instructions a character; its copy opens on the literal "th", which sre skips to several times faster."""
    hit = WIDENED.get(id(rx))
    if hit is None:
        if rx.flags & re.I:
            wide = lower_copy(rx)
        else:
            wide = lower_copy(re.compile(rx.pattern, rx.flags | re.I)) if _blind_widens(rx) else None
        hit = WIDENED[id(rx)] = (rx, wide)
    return hit[1]


def _blind_widens(rx: re.Pattern) -> bool:
    """Whether rx made case-blind matches wherever rx matches: nothing in it must match a letter's other case less than
    rx does, so no negated letter (a negative look-around, a "[^...]" or a not-literal holding a cased letter) and no
    conditional group (its branch could turn with the case). Read off sre's parse; a pattern it cannot parse: False."""
    if not isinstance(rx.pattern, str):
        return False
    try:
        from re import _constants as K, _parser as P
        items = P.parse(rx.pattern, rx.flags)
    except (ImportError, re.error, RecursionError):
        return False
    return _widens(items, K, negated=False)


def _cased(ch: int) -> bool:
    c = chr(ch)
    return c.lower() != c.upper()


def _widens(items, K, negated: bool) -> bool:
    """_blind_widens over parsed items; negated: they stand inside a negative look-around."""
    for op, av in items:
        if op is K.LITERAL:
            if negated and _cased(av):
                return False
        elif op is K.NOT_LITERAL:
            if _cased(av):
                return False
        elif op is K.IN:
            neg = negated or any(o is K.NEGATE for o, _ in av)
            if neg and any((o is K.LITERAL and _cased(a)) or (o is K.RANGE and any(_cased(c) for c in range(a[0], a[1] + 1)))
                           for o, a in av):
                return False
        elif op is K.BRANCH:
            if not all(_widens(b, K, negated) for b in av[1]):
                return False
        elif op is K.SUBPATTERN:
            if not _widens(av[3], K, negated):
                return False
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
            if not _widens(av[2], K, negated):
                return False
        elif op is K.ATOMIC_GROUP:
            if not _widens(av, K, negated):
                return False
        elif op is K.ASSERT:
            if not _widens(av[1], K, negated):
                return False
        elif op is K.ASSERT_NOT:
            if not _widens(av[1], K, not negated):
                return False
        elif op in (K.GROUPREF_EXISTS, K.GROUPREF, K.GROUPREF_IGNORE):
            return False
    return True

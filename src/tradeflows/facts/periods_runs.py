"""The runs of text a time pattern's match can lie in, so that find_times searches a stretch from there.

A match consumes only characters of its pattern's alphabet (the literals, ranges and classes its consuming ops name;
look-arounds and \\b consume none), so the characters from its start to a piece it holds are all of that alphabet. Where
every match holds one of a few pieces (`relative`: "year", "fiscal" or "fy"), the next match after a position starts
no earlier than the first character after the last character outside the alphabet that stands between the position
and the first such piece there: a search from that character finds the same next match as a scan from the position
(the leftmost match there), and with no piece left there is none (RunScan.matches). sre's scan of a stretch enters
`relative` at every "t", "c", "l", "p", "n", "a", "o" (about 375 instructions a character, valgrind); its match ("last
year", "the current fiscal year") mostly stands after a figure's "$", "%" or "." near the stretch's end.
"""
from __future__ import annotations

import re
from re import _constants as C, _parser as P

from tradeflows.vocab import required_of_parsed

# the categories a class may name, as the class escapes that stand for them (sre's Unicode categories: \d is
# str.isdecimal, \s str.isspace, \w str.isalnum or "_")
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}


class _Unbounded(Exception):
    """A consuming op whose characters the analysis does not bound (".", a negated class or category)."""


def _escaped(code: int) -> str:
    return re.escape(chr(code))


def _alphabet(items, out: set[str]) -> None:
    """The class items (a regex class body's parts) of the characters the parsed sequence items may consume, into out."""
    for op, av in items:
        if op is C.LITERAL:
            out.add(_escaped(av))
        elif op is C.IN:
            for cop, cav in av:
                if cop is C.LITERAL:
                    out.add(_escaped(cav))
                elif cop is C.RANGE:
                    out.add(_escaped(cav[0]) + "-" + _escaped(cav[1]))
                elif cop is C.CATEGORY and cav in _CATEGORIES:
                    out.add(_CATEGORIES[cav])
                else:
                    raise _Unbounded
        elif op is C.SUBPATTERN:
            if (av[1] | av[2]) & (re.I | re.L | re.A):   # (an inline flag changes what its literals consume)
                raise _Unbounded
            _alphabet(av[-1].data, out)
        elif op is C.ATOMIC_GROUP:
            _alphabet(av.data, out)
        elif op is C.BRANCH:
            for alt in av[1]:
                _alphabet(alt.data, out)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            _alphabet(av[2].data, out)
        elif op is C.GROUPREF_EXISTS:
            _alphabet(av[1].data, out)
            if av[2] is not None:
                _alphabet(av[2].data, out)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF):
            continue   # (zero-width; a back reference consumes what its group did)
        else:
            raise _Unbounded


def _covered(items, pieces: tuple[str, ...]) -> bool:
    """Whether every match of the parsed sequence items (its zero-width ops, then one branch or a sequence) holds one of
    the pieces: each alternative holds a group of vocab's required pieces each of which contains one of them."""
    consuming = [(op, av) for op, av in items if op not in (C.AT, C.ASSERT, C.ASSERT_NOT)]
    alts = [alt.data for alt in consuming[0][1][1]] if len(consuming) == 1 and consuming[0][0] is C.BRANCH \
        else [items]
    return all(any(all(any(p in piece for p in pieces) for piece in g) for g in required_of_parsed(alt)) for alt in alts)


class RunScan:
    """A pattern's scan read from the run of its alphabet that holds the first piece (module doc)."""

    __slots__ = ("rx", "pieces", "last_outside")

    def __init__(self, rx: re.Pattern, pieces: tuple[str, ...], last_outside: re.Pattern):
        self.rx, self.pieces, self.last_outside = rx, pieces, last_outside

    def matches(self, text: str, at: int, end: int):
        """The matches of rx.finditer(text, at, end) (none of rx's matches is empty)."""
        pos = at
        while True:
            q = -1
            for w in self.pieces:
                i = text.find(w, pos, end)
                if i >= 0 and (q < 0 or i < q):
                    q = i
            if q < 0:
                return   # (every match holds a piece: none after pos)
            b = self.last_outside.match(text, pos, q)   # (ends after the last character outside the alphabet)
            m = self.rx.search(text, pos if b is None else b.end(), end)
            if m is None:
                return
            yield m
            pos = m.end()


def run_scan(rx: re.Pattern, pieces: tuple[str, ...]) -> RunScan | None:
    """rx's RunScan for pieces, or None where a match may be empty, its alphabet is unbounded, or a match may hold none
    of the pieces (then rx is scanned as before). A pattern of re.I, whose literals match either case, is left out:
    find_times' lower-cased copies have none."""
    if rx.flags & (re.I | re.L | re.A) or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = P.parse(rx.pattern, rx.flags)
        out: set[str] = set()
        _alphabet(parsed.data, out)
        if parsed.getwidth()[0] == 0 or not out or not _covered(parsed.data, pieces):
            return None
    except (_Unbounded, re.error, RecursionError, IndexError, TypeError):
        return None
    return RunScan(rx, pieces, re.compile(".*[^" + "".join(sorted(out)) + "]", re.S))

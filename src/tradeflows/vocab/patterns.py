"""Named cue patterns in the document's language, for rules written once in English.

Some rules look for English words through a compiled regex ("foreign trade turnover" =
a total with the world in facts/partners.py, "by 2030" = no current year in
ingest/dates.py). In a document of another language each named cue also matches the
rows of vocab/<lang>/patterns.csv (name, pattern): "внешнеторговый оборот", "к 2020
году". English documents get the English patterns untouched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from re import _constants as C, _parser as P

from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, has_file, read_csv


# The English pattern of a cue that only another language's rows fill ("годом ранее" opening a
# sentence): it matches nothing, so an English document is unchanged. Its minimum width (a billion
# characters after the "(?!)" that fails) tells sre at once that a stretch holds no match: "(?!)"
# alone is tried at every position of the stretch searched (5 us a sentence, 10 ms a book's text).
NEVER = re.compile(r"(?!)[\s\S]{1000000000}")
# a run of letters of any script (no digits, no underscore): a word of a language or a name
LETTERS = re.compile(r"[^\W\d_]+")


def cue(name: str, english: re.Pattern) -> re.Pattern:
    """The English pattern, or it and the current language's pattern of that name."""
    lang = current_language()
    if lang == DEFAULT_LANGUAGE:
        return english
    return _combined(lang, name, english)


def cue_in(lang: str, name: str, english: re.Pattern) -> re.Pattern:
    """cue(name, english) in the language lang, for a rule that finds its cues once per language."""
    if lang == DEFAULT_LANGUAGE:
        return english
    return _combined(lang, name, english)


@lru_cache(maxsize=None)
def _local(lang: str) -> dict[str, str]:
    if not has_file("patterns.csv", lang):
        return {}
    out: dict[str, list[str]] = {}
    for r in read_csv("patterns.csv", lang):
        out.setdefault(r["name"], []).append(r["pattern"])
    return {k: "|".join(f"(?:{p})" for p in v) for k, v in out.items()}


# (lang, name, id(english)) -> (english, combined): a pattern's hash reads its whole compiled code, so
# a cache keyed by the pattern itself (lru_cache) costs a page of another language that much on every
# cue; the entry keeps the English pattern alive, so its id is never another pattern's
_COMBINED: dict[tuple[str, str, int], tuple[re.Pattern, re.Pattern]] = {}


def _combined(lang: str, name: str, english: re.Pattern) -> re.Pattern:
    key = (lang, name, id(english))
    hit = _COMBINED.get(key)
    if hit is None:
        local = _local(lang).get(name)
        combined = with_first_ahead(re.compile(f"(?:{english.pattern})|(?:{local})", english.flags | re.I)) \
            if local else english
        hit = _COMBINED[key] = (english, combined)
    return hit[1]


def counted(text: str, start: int, end: int) -> bool:
    """The number of a year's shape at text[start:end] counts things: "Монголия экспортировала 2088 юрт" (a word that
    is no preposition before it, a counted noun after it; cues count_before and count_after, rows of a language other
    than English only: rule count_not_year)."""
    return bool(cue("count_after", NEVER).match(text, end)) \
        and bool(cue("count_before", NEVER).search(text, max(0, start - 40), start))


# ------------------------------------------------------------------ first characters

_CAT = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
        C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}


class _Any(Exception):
    """The pattern may start with any character (or the analysis does not know)."""


def _esc(c: int) -> str:
    ch = chr(c)
    return "\\" + ch if ch in "\\]^-[" else ch


def _first(items, i: int = 0) -> tuple[list[str], bool]:
    """The class fragments a match of items[i:] may start with, and whether it may be empty."""
    out: list[str] = []
    for op, av in list(items)[i:]:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue                        # zero-width: the next item starts the match
        if op is C.LITERAL:
            return out + [_esc(av)], False
        if op is C.IN:
            frags = []
            for iop, iav in av:
                if iop is C.LITERAL:
                    frags.append(_esc(iav))
                elif iop is C.RANGE:
                    frags.append(f"{_esc(iav[0])}-{_esc(iav[1])}")
                elif iop is C.CATEGORY and iav in _CAT:
                    frags.append(_CAT[iav])
                else:
                    raise _Any          # NEGATE, other categories
            return out + frags, False
        if op is C.CATEGORY and av in _CAT:
            return out + [_CAT[av]], False
        if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            sub = av[-1] if op is C.SUBPATTERN else av
            frags, empty = _first(sub.data if hasattr(sub, "data") else sub)
            out += frags
            if not empty:
                return out, False
            continue
        if op is C.BRANCH:
            empty = False
            for alt in av[1]:
                frags, e = _first(alt.data)
                out += frags
                empty = empty or e
            if not empty:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            frags, e = _first(sub.data)
            out += frags
            if lo > 0 and not e:
                return out, False
            continue
        raise _Any                          # ANY, NOT_LITERAL, a group reference, ...
    return out, True


def first_ahead(pattern: str, flags: int = 0) -> str:
    """A look-ahead "(?=[...])" of the characters a match of pattern may start with, to put
    before it: sre then tests one character class at each position instead of entering
    every branch (the same matches); "" when any character may start one or a match may
    be empty."""
    try:
        frags, empty = _first(P.parse(pattern, flags).data)
    except _Any:
        return ""
    if empty or not frags:
        return ""
    return "(?=[" + "".join(dict.fromkeys(frags)) + "])"


def with_first_ahead(rx: re.Pattern | None) -> re.Pattern | None:
    """rx with first_ahead(rx) before it (the same matches, found sooner), or rx itself."""
    if rx is None:
        return None
    la = first_ahead(rx.pattern, rx.flags)
    return re.compile(la + rx.pattern, rx.flags) if la else rx

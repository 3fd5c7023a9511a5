"""Vocabularies as data: one folder per language (``en/``, ``ru/``), read the one way.

A third language is a folder of the same files, not code: every reader takes a
language and falls back to English for a file the language's folder lacks.
Three ways to read a file, by what the stage needs:
  read_lines / read_csv(name, lang)   the language's own file (else English's);
  read_csv_over_en(name, lang)        English rows, then the language's on top
                                      (a Russian page also says "$", "USD", "EU");
  read_lines_all / read_csv_all(name) every language's rows: one registry for
                                      tokens no two scripts share (scale words,
                                      currency names), so the figure engine needs
                                      no language to read "млрд" or "billion".
The language of the document being read is a context (using_language), set once
per document by the pipeline, so that deep stages need no extra argument.

Comment lines start with "#". Every reader caches nothing itself: the modules that
build registries from these files cache what they build (per language).
"""
from __future__ import annotations

import csv
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from re import _constants as C, _parser as P


DEFAULT_LANGUAGE = "en"
_CURRENT: ContextVar[str] = ContextVar("tradeflows_language", default=DEFAULT_LANGUAGE)


def languages() -> list[str]:
    """Every language with a vocabulary folder, English first."""
    return list(_language_folders())


@lru_cache(maxsize=1)
def _language_folders() -> tuple[str, ...]:
    """The folders are read once a process: `using_language` asks for every figure the dataset
    stage checks, and listing the package folder each time cost the build a stat per folder (s50)."""
    root = resources.files(__name__)
    found = sorted(p.name for p in root.iterdir() if p.is_dir() and len(p.name) == 2)
    return (DEFAULT_LANGUAGE,) + tuple(x for x in found if x != DEFAULT_LANGUAGE)


# current_language() -> the language of the document being read (DEFAULT_LANGUAGE outside a
# document): the context variable's own getter, with no Python call around it (rules ask it
# some fifteen times a sentence)
current_language = _CURRENT.get


@contextmanager
def using_language(lang: str | None):
    """Read the vocabulary of `lang` inside the block (a language without a folder reads English)."""
    token = _CURRENT.set(lang if lang in _language_folders() else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def has_file(name: str, lang: str) -> bool:
    return resources.files(__name__).joinpath(lang, name).is_file()


def read_text(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    if lang != DEFAULT_LANGUAGE and not has_file(name, lang):
        lang = DEFAULT_LANGUAGE
    return resources.files(__name__).joinpath(lang, name).read_text("utf-8")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")))


def read_lines(name: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Non-empty, non-comment lines, stripped."""
    return _lines(read_text(name, lang))


def read_csv(name: str, lang: str = DEFAULT_LANGUAGE) -> list[dict[str, str]]:
    """Rows of a CSV file with a header line, comment lines skipped."""
    return _csv(read_text(name, lang))


def read_csv_over_en(name: str, lang: str = DEFAULT_LANGUAGE) -> list[dict[str, str]]:
    """English rows, then the language's own (later rows override earlier ones in a dict)."""
    rows = read_csv(name)
    if lang != DEFAULT_LANGUAGE and has_file(name, lang):
        rows += read_csv(name, lang)
    return rows


def words_by_role(name: str, lang: str = DEFAULT_LANGUAGE) -> dict[str, list[str]]:
    """The "word" column of a CSV file with a "role" column, grouped by role, in the rows' order."""
    out: dict[str, list[str]] = {}
    for r in read_csv(name, lang):
        out.setdefault(r["role"], []).append(r["word"])
    return out


def read_lines_all(name: str) -> list[str]:
    """Lines of the file in every language folder that has it, English first."""
    return [ln for lang in languages() if has_file(name, lang) for ln in read_lines(name, lang)]


def read_csv_all(name: str) -> list[dict[str, str]]:
    """Rows of the file in every language folder that has it, English first."""
    return [r for lang in languages() if has_file(name, lang) for r in read_csv(name, lang)]


@lru_cache(maxsize=1)
def weak_rules() -> frozenset[str]:
    """The rules that decide a field by default or a long carry, "field:rule" (weak_rules.csv): the panel admits a
    figure one of them decided only at a high confidence (dataset/series.py), and relate carries no strength from
    them (facts/measure.py, rule sentence_figure)."""
    return frozenset(r["rule"].strip() for r in read_csv("weak_rules.csv"))


def alternation(phrases) -> str:
    """A regex alternation of literal phrases, longest first, any run of spaces in a
    phrase matching any whitespace (a phrase may be broken across lines)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))


def ahead(phrases) -> str:
    """A look-ahead of the phrases' first characters, "(?=[...])", for right after the \\b that opens
    an alternation of them: sre then tests one character class at a word's edge instead of trying
    each phrase there (the same matches); "" when there is none or a phrase is empty."""
    phrases = list(phrases)
    return first_ahead(alternation(phrases)) if phrases else ""


def fold(phrase: str) -> str:
    """The key of a phrase in a vocabulary table: case-folded, spaces collapsed.

    Patterns match with re.IGNORECASE, which pairs letters that str.lower() keeps apart
    (the long s "ſ" with "s", the Kelvin sign with "k"); folding both the table's keys and
    the matched text makes every match a key, so a lookup cannot fail on them. The Turkish
    dotted and dotless i, which re pairs with "i" too, fold to "i"."""
    return " ".join(phrase.casefold().translate(_TURKISH_I).split())


_TURKISH_I = {0x0307: None, 0x0131: "i"}  # "İ".casefold() is "i" + U+0307; "ı" is dotless


# ------------------------------------------------------------------ first characters (the parse of a pattern)

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


# ------------------------------------------------------------------ required pieces (the parse of a pattern)

def required(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """What every match of pattern holds, read off its parse, as a regex engine's prefilter does:
    groups of literal pieces, each group one of whose pieces a match holds (lower-cased for a
    re.IGNORECASE pattern, to test on a lower-cased text); () when the analysis finds none.
    `holds(text, required(...))` false: the pattern cannot match in text, and a few substring
    tests skip its scan. Look-arounds are left out (they read outside the match)."""
    fold = bool(flags & re.IGNORECASE)
    try:
        groups = _required(P.parse(pattern, flags).data, fold)
    except (re.error, RecursionError):
        return ()
    # (the groups whose pieces are longest, a rarer word, first, then the one with fewer pieces: holds stops at the
    # first group a text lacks, so the likeliest to be lacking is tested first; "the", "of" or "for" last)
    groups = sorted(groups, key=lambda g: (-min(map(len, g)), len(g)))
    return tuple(tuple(dict.fromkeys(p.lower() if fold else p for p in g)) for g in groups)


def pattern_needs(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """required(rx.pattern, rx.flags), read once a pattern source and flags: the words every match of rx holds, for the
    rules that skip rx's scan of a window or page lacking them (holds). Kept by the source string, whose hash Python
    keeps, not by the compiled pattern, whose hash reads its whole compiled code on every call (1.7 us for a pattern
    of a thousand characters, where the gates that ask this run per figure)."""
    return _required_once(rx.pattern, rx.flags)


@lru_cache(maxsize=None)
def _required_once(source: str, flags: int) -> tuple[tuple[str, ...], ...]:
    return required(source, flags)


def pattern_word(rx: re.Pattern) -> str | None:
    """The one word every match of rx holds on its own (a group of pattern_needs with one piece: "whose", "since"), for
    a rule that finds that word first and tries rx only there; None when rx has none (read by facts/reporters_whose.py
    and search_from_word)."""
    return _word_once(rx.pattern, rx.flags)


@lru_cache(maxsize=None)
def _word_once(source: str, flags: int) -> str | None:
    return next((g[0] for g in _required_once(source, flags) if len(g) == 1), None)


def search_from_word(rx: re.Pattern, text: str, start: int, end: int, low: str | None) -> re.Match | None:
    """rx searched in text[start:end] from the last place of its one word there (pattern_word), found by str.rfind in
    low (the text lower-cased) when rx is case-blind: a row asked before every year or place of a page reads back only
    from where its word stands, and not at all where the word is absent (None). So every match of rx must open on that
    word ("since ...", "(?<=at the )time of ..."). With no such word, or no low, rx is searched over the whole span
    (read by ingest/record_series.py and ingest/event_time.py)."""
    word = _lowered_word(rx.pattern, rx.flags)
    if word is not None and low is not None:
        w = low.rfind(word, start, end)
        if w < 0:
            return None
        start = w
    return rx.search(text, start, end)


@lru_cache(maxsize=None)
def _lowered_word(source: str, flags: int) -> str | None:
    """pattern_word of a case-blind row (its word as written may not be in the lower-cased text otherwise). Kept by the
    row's source and flags: a flags test per call (an enum's operator) costs more than the find it gates."""
    return _word_once(source, flags) if flags & re.IGNORECASE else None


def pattern_needs_as_written(rx: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """pattern_needs(rx) for a text as written, not lower-cased: a case-blind rx's pieces each also capitalised
    ("partner", "Partner"; an all-capitals word is not looked for), so a gate asks holds on the text itself and makes
    no lower-cased copy of it (read by facts/counterpart_roles.py and dataset/cues_text.may_match)."""
    return _required_as_written(rx.pattern, rx.flags)


@lru_cache(maxsize=None)
def _required_as_written(source: str, flags: int) -> tuple[tuple[str, ...], ...]:
    groups = _required_once(source, flags)
    if not flags & re.IGNORECASE:
        return groups
    return tuple(tuple(dict.fromkeys(q for p in g for q in (p, p.capitalize()))) for g in groups)


def pattern_branch_needs(rx: re.Pattern) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For a pattern that is one alternation ("(?:retail\\w* (?:trade|sales)|public catering)"), the groups every match of
    each alternative holds (as pattern_needs reads a whole pattern): a text may hold a match only where it holds every
    group of one alternative (holds_one). pattern_needs joins the alternatives' most selective groups into one, which a
    window may hold by the alternatives' common words alone ("trade" before the figure of every trade page), where
    each alternative's own word ("retail") is rare. A pattern of no alternation at its top: its needs, its one
    alternative."""
    return _branch_needs_once(rx.pattern, rx.flags)


@lru_cache(maxsize=None)
def _branch_needs_once(source: str, flags: int) -> tuple[tuple[tuple[str, ...], ...], ...]:
    fold = bool(flags & re.IGNORECASE)
    try:
        items = P.parse(source, flags).data
    except (re.error, RecursionError):
        return ((),)
    return tuple(tuple(tuple(dict.fromkeys(p.lower() if fold else p for p in g)) for g in _required(alt, fold))
                 for alt in _alternatives(list(items)))


def _alternatives(items: list) -> list[list]:
    """The parsed sequence items as its alternatives: those of an alternation that is all it consumes, each read the
    same way (a language's cue joins its rows and the English ones, "(?:en)|(?:(?:ru1|ru2))"), else items itself.
    Look-arounds and anchors consume nothing; a group whose flags differ is one alternative."""
    consuming = [(op, av) for op, av in items if op not in (C.AT, C.ASSERT, C.ASSERT_NOT)]
    while len(consuming) == 1 and consuming[0][0] is C.SUBPATTERN and not consuming[0][1][1] and not consuming[0][1][2]:
        consuming = [(op, av) for op, av in consuming[0][1][-1].data if op not in (C.AT, C.ASSERT, C.ASSERT_NOT)]
    if len(consuming) != 1 or consuming[0][0] is not C.BRANCH:
        return [items]
    return [a for alt in consuming[0][1][1] for a in _alternatives(list(alt.data))]


def holds_one(text: str, alternatives: tuple[tuple[tuple[str, ...], ...], ...]) -> bool:
    """Whether text holds every group of one alternative (pattern_branch_needs)."""
    return any(holds(text, groups) for groups in alternatives)


def holds(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether text holds a piece of every group (see required)."""
    for g in groups:
        for piece in g:
            if piece in text:
                break
        else:
            return False
    return True


def required_of_parsed(items, fold: bool = False) -> list[list[str]]:
    """The groups of pieces every match of a parsed sequence (re._parser's items) holds: _required, for a reader
    that parses a pattern itself to ask it one alternative at a time (facts/periods_runs.py)."""
    return _required(items, fold)


def _required(items, fold: bool = False) -> list[list[str]]:
    """The groups of pieces a match of the sequence items holds: each run of literals, and each
    group, branch or repeat (at least once) whose alternatives all hold a known piece (the most
    selective group of each alternative, joined). fold: the pattern is case-blind; in one that is
    not, a group that turns re.IGNORECASE on ("(?i:...)") gives no piece (its words may stand in any
    case, and the pieces are tested as written)."""
    groups: list[list[str]] = []
    run = ""
    for op, av in list(items):
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            groups.append([run])
            run = ""
        sub: list[list[str]] = []
        if op is C.SUBPATTERN:
            sub = [] if not fold and av[1] & re.IGNORECASE else _required(av[-1].data, fold)
        elif op is C.ATOMIC_GROUP:
            sub = _required(av.data, fold)
        elif op is C.BRANCH:
            alts = [_best(_required(alt.data, fold)) for alt in av[1]]
            sub = [] if any(a is None for a in alts) else [[p for a in alts for p in a]]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] > 0:
            sub = _required(av[2].data, fold)
        groups += sub
    if run:
        groups.append([run])
    return groups


def _best(groups: list[list[str]]) -> list[str] | None:
    """The group whose shortest piece is longest (a rarer piece), then the one with fewer pieces."""
    return max(groups, key=lambda g: (min(map(len, g)), -len(g))) if groups else None


# ------------------------------------------------------------------ a document's lower-cased copy, shared

_LOW_KEPT = 8
_LOWS: dict[int, tuple[str, str | None]] = {}   # id(text) -> (text, lower_text(text))


def text_low(text: str, make: bool = True) -> str | None:
    """vocab.lowercase.lower_text(text), made once per text for the rules that ask, of a whole text, whether the words a
    cue needs (required) stand in it at all: kept by the text's identity, _LOW_KEPT texts at most (a cache keyed by the
    text's value would compare a new document's equal text in full at every call). make=False: only a copy made
    already, else None (a rule whose test pays only where another stage lowered the text anyway: lower-casing a long
    page costs more than the windows it would spare)."""
    hit = _LOWS.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    if not make:
        return None
    from tradeflows.vocab.lowercase import lower_text
    if len(_LOWS) >= _LOW_KEPT:
        _LOWS.clear()
    low = lower_text(text)
    _LOWS[id(text)] = (text, low)
    return low

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

from tradeflows.vocab.months import month_pattern
from tradeflows.vocab.lowercase import split_cased
from tradeflows.vocab.skip import skip_compile
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, first_ahead, has_file, read_csv


# The English pattern of a cue that only another language's rows fill ("годом ранее" opening a
# sentence): it matches nothing, so an English document is unchanged. Its minimum width (a billion
# characters after the "(?!)" that fails) tells sre at once that a stretch holds no match: "(?!)"
# alone is tried at every position of the stretch searched (5 us a sentence, 10 ms a book's text).
NEVER = skip_compile(r"(?!)[\s\S]{1000000000}")
# a run of letters of any script (no digits, no underscore): a word of a language or a name
LETTERS = skip_compile(r"[^\W\d_]+")
# English sentence adverbs that open a sentence before what it is about ("Meanwhile, in the four quarters to ...",
# "Likewise, Uganda is ...", "By contrast, in Japan, ..."): one alternation for the rules that read past them
# (facts/period_context.py rolling_year, facts/partners_item.py share_subject, facts/reporters.py locus_flow);
# match it case-insensitively
SENTENCE_ADVERBS = (r"(?:likewise|similarly|meanwhile|however|moreover|also|besides|overall|elsewhere|in\s+addition|"
                    r"in\s+turn|in\s+contrast|by\s+contrast|at\s+the\s+same\s+time)")
# The words that set a figure against another ("compared with $3.8 billion in 2016", "reversing an 8.3% growth in
# September", "missing forecasts for a 3% gain"): one alternation for the rules that read the time of the compared
# figure apart from the figure's own (facts/period_choice.py compared_amount_time, facts/period_context.py
# compared_figure_time); match it case-insensitively
COMPARED_WITH = (r"(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|against|versus|vs\.?|revers(?:ing|ed)|after|"
                 r"following|than|below|under|above|beating|missing)")
# Participles that say a value was counted ("$32.25 billion tallied a year earlier", "the deficit recorded in
# 2021"): one alternation for the rules that read past one to the time it was counted (facts/period_adjacent.py,
# facts/periods_bases.py)
RECORDED_WORDS = r"recorded|registered|reported|posted|logged|tallied|booked|clocked|achieved|attained|realized|realised"
RECORDED = rf"(?:{RECORDED_WORDS})"


# English number words of a count ("the first eleven months", "these twelve nations", "over the past five years",
# "top ten partners"): one source, vocab/en/numbers.csv, for every pattern that reads a count written out (read on first
# use: count_words(2, 10) is two ... ten, count_words(2, 11) two ... eleven, the months of a part of a year)
@lru_cache(maxsize=None)
def count_words(first: int = 2, last: int = 10) -> str:
    """The number words from `first` to `last`, in order, as one alternation: "two|three|...|ten"."""
    return "|".join(r["word"] for r in read_csv("numbers.csv")
                    if r["kind"] == "unit" and first <= int(r["value"]) <= last)


def count_values(first: int = 1, last: int = 12) -> dict[str, int]:
    """The same number words from `first` to `last`, in order, with their values: {"one": 1, ..., "twelve": 12}."""
    return {r["word"]: int(r["value"]) for r in read_csv("numbers.csv")
            if r["kind"] == "unit" and first <= int(r["value"]) <= last}


# the past-tense change verbs of English news, one alternation for measure (parallel_paragraph, carried_line) and the
# period bases (risen_to_level)
CHANGE_VERBS = r"decreased|increased|rose|fell|dropped|declined|grew|jumped|surged|climbed|slipped"
# their nouns ("the 4.9 percent increase in", "the increase in oil imports by 19%"), written once for the period gap
# after a figure (facts/period_adjacent.py) and measure's change_in_by
CHANGE_NOUNS = r"increase|rise|growth|decline|decrease|drop|fall|gain|jump|contraction|expansion"


@lru_cache(maxsize=None)
def cause_verbs(form: str) -> str:
    """The English verbs of cause in one form ("past" or "participle"), in the rows' order, as one alternation: one
    list, vocab/en/cause_verbs.csv, for the participle before "by" (a participle of cause, "driven by", "fuelled by":
    what its "by" brings in is a cause; partners' later clause, cause_clause_bare, and subject's cause_clause_head) and
    the active past of a driver ("Asian markets spurred Malaysia's total trade": carry's head_driver)."""
    return "|".join(r[form] for r in read_csv("cause_verbs.csv") if r[form])


# a place named by its ranked role in another's trade ("was the largest buyer of", "remained the biggest market for"):
# the verb and the rank before the role noun, written once for subject's role_counterpart and measure's foreign_buyer
ROLE_RANK_AFTER = (r"\s+(?:is|was|remains|remained|became|has\s+been)\s+(?:the|its|their)\s+"
                   r"(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[-\s])?"
                   r"(?:(?:largest|biggest|leading|top|main|most\s+important|key|major|principal|single)\s+)*")


# A row's named slots, filled when english_cue compiles it: the shared vocabulary a row is written around, so that no
# module builds an English pattern in code. "<<" and ">>" around a slot's name: no regex of a row holds them (a
# quantifier's braces "{1,2}" and a group's name "(?P<n>...)" stay as written).
_SLOT = re.compile(r"<<(\w+)(?::([\w-]+))?>>")
# the shared alternations above a row may name as a slot
_SHARED = {"sentence_adverbs": SENTENCE_ADVERBS, "compared_with": COMPARED_WITH, "recorded": RECORDED,
           "recorded_words": RECORDED_WORDS, "change_verbs": CHANGE_VERBS, "change_nouns": CHANGE_NOUNS}


def _slot(kind: str, arg: str | None) -> str | None:
    """The text of the slot <<kind>> or <<kind:arg>>, or None for a slot there is none of."""
    if kind == "count" and arg is not None and re.fullmatch(r"\d+-\d+", arg):
        first, last = arg.split("-")
        return count_words(int(first), int(last))
    if kind == "cause" and arg in ("past", "participle"):
        return cause_verbs(arg)
    if arg is None and kind in ("month", "month_abbr"):
        return month_pattern(abbreviations=kind == "month_abbr")
    return _SHARED.get(kind) if arg is None else None


def fill_slots(name: str, pattern: str, _within: tuple[str, ...] = ()) -> str:
    """The pattern of the row(s) named name with its slots filled (a slot the list in vocab/en/patterns.csv's header
    does not name, or with an argument it does not take, is a ValueError naming the row). <<row:NAME>> is the text of
    the English row NAME with its own slots filled, so rows may build on rows; a missing row, or a row that reaches
    itself (_within: the rows being filled around this one), is a ValueError naming the row."""
    def fill(m: re.Match) -> str:
        if m[1] == "row" and m[2] is not None:
            return _row_text(m[2], (*_within, name))
        text = _slot(m[1], m[2])
        if text is None:
            raise ValueError(f"vocab/en/patterns.csv row {name!r}: unknown slot {m[0]!r}")
        return text
    if "<<" not in pattern:
        return pattern
    out = _SLOT.sub(fill, pattern)
    if "<<" in out:
        raise ValueError(f"vocab/en/patterns.csv row {name!r}: a slot not of the form <<name>> or <<name:argument>>")
    return out


def _row_text(row: str, within: tuple[str, ...]) -> str:
    """The slot <<row:row>> inside the rows within (outermost first): that row's text, its own slots filled."""
    if row in within:
        raise ValueError(f"vocab/en/patterns.csv row {row!r}: a cycle of <<row:...>> slots "
                         f"({' -> '.join((*within, row))})")
    rows = _english_rows()
    if row not in rows:
        raise ValueError(f"vocab/en/patterns.csv row {within[-1]!r}: slot <<row:{row}>> names no row")
    return fill_slots(row, rows[row], within)


@lru_cache(maxsize=1)
def _english_rows() -> dict[str, str]:
    """The English cue patterns of vocab/en/patterns.csv by name, the rows of a name as one alternation."""
    out: dict[str, list[str]] = {}
    for r in read_csv("patterns.csv"):
        out.setdefault(r["name"], []).append(r["pattern"])
    return {k: v[0] if len(v) == 1 else "|".join(f"(?:{p})" for p in v) for k, v in out.items()}


@lru_cache(maxsize=None)
def english_cue(name: str, flags: int = 0) -> re.Pattern:
    """The English pattern of the cue name, written as data in vocab/en/patterns.csv, compiled with flags: the default
    a rule gives cue() (a name without a row there is a KeyError). Compiled once per (name, flags) and kept, so
    a rule may ask for it wherever it needs it.

    A row's slots are filled first (fill_slots): <<count:2-10>> the number words two ... ten (count_words(2, 10)),
    <<month>> and <<month_abbr>> the month names without and with their abbreviations (month_pattern()),
    <<cause:past>> and <<cause:participle>> the verbs of cause (cause_verbs), <<sentence_adverbs>>, <<compared_with>>,
    <<recorded>> ("(?:recorded|...)"), <<recorded_words>> ("recorded|..."), <<change_verbs>> and <<change_nouns>> the
    alternations of this module of those names; <<row:NAME>> the text of the English row NAME, its own slots filled
    (one vocabulary several rows and a rule's code share: english_cue(NAME).pattern); a missing row, a cycle of rows or
    any other slot is a ValueError naming the row."""
    return skip_compile(fill_slots(name, _english_rows()[name]), flags)


class EnglishCue:
    """A module's reader of english_cue(name, flags), called at every use: `rx = EnglishCue("owns_flow", re.I)`, then
    `rx()` is the compiled pattern. The first call compiles it (no vocabulary file is read at import) and moves the
    reader to a class of its own whose call is the pattern's C-level __copy__ (the pattern itself), so a later read
    costs about a global's read (a partial of english_cue: its call and the cache's key and lookup, ~600
    instructions; tens of thousands of reads a pass over data/raw)."""
    __slots__ = ("name", "flags")

    def __init__(self, name: str, flags: int = 0):
        self.name, self.flags = name, flags

    def __call__(self) -> re.Pattern:
        rx = english_cue(self.name, self.flags)
        self.__class__ = type(f"EnglishCue_{self.name}", (EnglishCue,), {"__slots__": (), "__call__": rx.__copy__})
        return rx

    def __repr__(self) -> str:
        return f"EnglishCue({self.name!r}, {self.flags!r})"

    def __reduce__(self):
        return EnglishCue, (self.name, self.flags)     # (its own class is made at run time: pickled as a new reader)


def cue(name: str, english: re.Pattern) -> re.Pattern:
    """The English pattern, or it and the current language's pattern of that name."""
    lang = current_language()
    if lang == DEFAULT_LANGUAGE:
        return english
    # (_combined's lookup inlined: rules of another language's pages ask this tens of thousands of times a build)
    hit = _COMBINED.get((lang, name, id(english)))
    return hit[1] if hit is not None else _combined(lang, name, english)


def cue_in(lang: str, name: str, english: re.Pattern) -> re.Pattern:
    """cue(name, english) in the language lang, for a rule that finds its cues once per language."""
    if lang == DEFAULT_LANGUAGE:
        return english
    return _combined(lang, name, english)


@lru_cache(maxsize=None)
def _local_rows(lang: str) -> dict[str, tuple[str, ...]]:
    """Each cue's rows of the language's patterns.csv, in their order."""
    if not has_file("patterns.csv", lang):
        return {}
    out: dict[str, list[str]] = {}
    for r in read_csv("patterns.csv", lang):
        out.setdefault(r["name"], []).append(r["pattern"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _local(lang: str) -> dict[str, str]:
    return {k: _joined(v) for k, v in _local_rows(lang).items()}


def _joined(rows) -> str:
    return "|".join(f"(?:{p})" for p in rows)


# (lang, name, id(english)) -> (english, combined): a pattern's hash reads its whole compiled code, so
# a cache keyed by the pattern itself (lru_cache) costs a page of another language that much on every
# cue; the entry keeps the English pattern alive, so its id is never another pattern's
_COMBINED: dict[tuple[str, str, int], tuple[re.Pattern, re.Pattern]] = {}


def _combined(lang: str, name: str, english: re.Pattern) -> re.Pattern:
    key = (lang, name, id(english))
    hit = _COMBINED.get(key)
    if hit is None:
        local = _local(lang).get(name)
        # (NEVER's alternative, which never matches, left out: the same matches, spans and groups, and the rows' first
        # characters alone make the look-ahead that lets a search skip ahead; NEVER's "any character" voided it)
        source = f"(?:{local})" if english is NEVER else f"(?:{english.pattern})|(?:{local})"
        combined = with_first_ahead(re.compile(source, english.flags | re.I)) if local else english
        if local and CASED in local:
            _split_cased(lang, name, english, combined)
        hit = _COMBINED[key] = (english, combined)
    return hit[1]


CASED = "(?-i"   # a row's case-sensitive part: no lower-cased copy of a pattern holding it (vocab/lowercase.py)


def _split_cased(lang: str, name: str, english: re.Pattern, combined: re.Pattern) -> None:
    """Record the combined cue as its case-blind rows (and the English pattern) and its rows holding a case-sensitive
    part (vocab.lowercase.split_cased), so that a rule asking only whether it matches reads the case-blind ones on the
    lower-cased text; a cue all of whose rows are case-sensitive is left as it is."""
    rows = _local_rows(lang)[name]
    blind = [r for r in rows if CASED not in r]
    if not blind:
        return
    flags = english.flags | re.I
    source = _joined(blind) if english is NEVER else f"(?:{english.pattern})|(?:{_joined(blind)})"
    split_cased(combined, with_first_ahead(re.compile(source, flags)),
                with_first_ahead(re.compile(_joined([r for r in rows if CASED in r]), flags)))


def counted(text: str, start: int, end: int) -> bool:
    """The number of a year's shape at text[start:end] counts things: "Монголия экспортировала 2088 юрт" (a word that
    is no preposition before it, a counted noun after it; cues count_before and count_after, rows of a language other
    than English only: rule count_not_year)."""
    return bool(cue("count_after", NEVER).match(text, end)) \
        and bool(cue("count_before", NEVER).search(text, max(0, start - 40), start))


def with_first_ahead(rx: re.Pattern | None) -> re.Pattern | None:
    """rx with first_ahead(rx) before it (the same matches, found sooner; a search skips ahead to
    them: vocab.skip.skip_ahead), or rx itself."""
    if rx is None:
        return None
    la = first_ahead(rx.pattern, rx.flags)
    return skip_compile(la + rx.pattern, rx.flags) if la else rx

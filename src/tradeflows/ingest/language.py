"""Language of a document: sources.csv's ``language`` if given, else read from the text.

Script and stop-words are enough for the languages the project reads: a text
whose letters are mostly Cyrillic and which uses Russian function words is
Russian; otherwise English. A language is detected when its vocabulary folder has a
`language.csv` (vocab/ru/language.csv): a third language needs no code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import DEFAULT_LANGUAGE, has_file, languages, read_csv
from tradeflows.vocab.patterns import LETTERS as _WORD, NEVER

SAMPLE = 5000        # characters read: the opening is enough and keeps a book cheap
SCRIPT_SHARE = 0.5   # share of letters in the language's script
STOP_SHARE = 0.05    # share of words that are its function words
OTHERS_SHARE = 0.005  # share of letters that only the script's other languages use


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("ru"), "en" by default."""
    sample = text[:SAMPLE]
    if all(script.search(sample) is None for script, *_ in _scripts().values()):
        return "en"   # no letter of any other script (most sentences of an English page): no need to list words
    return _by_shares(sample)


def _by_shares(sample: str) -> str:
    """detect_language's reading of a sample by the shares of its letters and words. Letters are counted as the lengths
    of the runs that hold them (every letter stands in exactly one run, a word of _WORD; a script's letters in one run
    of _scripts()' class): the same counts as one match per letter, where a list of one string per letter cost some
    threefold (a Russian page's sample of 5,000 characters; bench/instructions.sh on the Russian tuned pages 979M ->
    953M a pass, session 71)."""
    words = _WORD.findall(sample)
    letters = sum(map(len, words))
    if not letters:
        return "en"
    lowered = None   # (the words lower-cased, read only once a language's script and others' shares allow it)
    for lang, (script, stops, own, others) in _scripts().items():
        if _letters(script, sample) / letters < SCRIPT_SHARE:   # (letters > 0: words is not empty)
            continue
        if _letters(others, sample) / letters > OTHERS_SHARE:
            continue  # the same script, another language (Ukrainian "і", Kazakh "қ")
        # function words, or for a terse statistical text ("Экспорт составил 1,2 млрд
        # долл.") the letters only this language of its script has
        if lowered is None:
            lowered = [w.lower() for w in words]
        if sum(w in stops for w in lowered) / len(lowered) >= STOP_SHARE or own.search(sample):
            return lang
    return "en"


def _letters(runs: re.Pattern, sample: str) -> int:
    """How many characters of sample the runs of a class (a _scripts() pattern) hold: its letters of that class."""
    return sum(map(len, runs.findall(sample)))


@lru_cache(maxsize=1)
def _scripts() -> dict[str, tuple[re.Pattern, frozenset[str], re.Pattern, re.Pattern]]:
    """language -> (its script's letters, its function words, letters of its own, letters
    of its script's other languages), from vocab/<lang>/language.csv; built once. Each class of letters is compiled
    as a run of them ("[А-Яа-яЁё]+"): a search finds one where the class does, and _letters counts the letters."""
    out = {}
    for lang in languages():
        if lang == DEFAULT_LANGUAGE or not has_file("language.csv", lang):
            continue
        row = {r["key"]: r["value"] for r in read_csv("language.csv", lang)}
        # a value is the inside of a character class: letters and ranges ("А-Яа-яЁё")
        letters = {k: re.compile(f"[{row[k]}]+") if row.get(k) else NEVER
                   for k in ("script", "own_letters", "other_letters")}
        out[lang] = (letters["script"], frozenset(row.get("function_words", "").split()),
                     letters["own_letters"], letters["other_letters"])
    return out




def document_language(meta_language: str | None, text: str) -> tuple[str, str]:
    """(language, where it came from: "sources.csv" or "detected")."""
    if meta_language and meta_language.strip():
        return meta_language.strip().lower(), "sources.csv"
    return detect_language(text), "detected"

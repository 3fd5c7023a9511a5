"""Language of a document: sources.csv's ``language`` if given, else read from the text.

Script and stop-words are enough for the languages the project reads: a text
whose letters are mostly Cyrillic and which uses Russian function words is
Russian; otherwise English. A language with a vocabulary folder
(tradeflows/vocab/<code>/) gets its own row in _SCRIPTS to be detected.
"""
from __future__ import annotations

import re

# language -> (letters of its script, its commonest function words)
_SCRIPTS = {
    "ru": (re.compile(r"[А-Яа-яЁё]"),
           frozenset("и в во на с со по из за к от до что не это как для о об также был была было".split())),
}
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 5000        # characters read: the opening is enough and keeps a book cheap
SCRIPT_SHARE = 0.5   # share of letters in the language's script
STOP_SHARE = 0.05    # share of words that are its function words


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("ru"), "en" by default."""
    sample = text[:SAMPLE]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "en"
    words = [w.lower() for w in _WORD.findall(sample)]
    for lang, (script, stops) in _SCRIPTS.items():
        if len(script.findall(sample)) / letters >= SCRIPT_SHARE and words \
                and sum(w in stops for w in words) / len(words) >= STOP_SHARE:
            return lang
    return "en"


def document_language(meta_language: str | None, text: str) -> tuple[str, str]:
    """(language, where it came from: "sources.csv" or "detected")."""
    if meta_language and meta_language.strip():
        return meta_language.strip().lower(), "sources.csv"
    return detect_language(text), "detected"

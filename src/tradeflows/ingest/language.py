"""Language of a document: sources.csv's ``language`` if given, else read from the text.

Script and stop-words are enough for the languages the project reads: a text
whose letters are mostly Cyrillic and which uses Russian function words is
Russian; otherwise English. A language with a vocabulary folder
(tradeflows/vocab/<code>/) gets its own row in _SCRIPTS to be detected.
"""
from __future__ import annotations

import re

# language -> (letters of its script, its commonest function words, letters of its own that
# its script's other languages lack, letters only those others use)
_SCRIPTS = {
    "ru": (re.compile(r"[А-Яа-яЁё]"),
           frozenset("и в во на с со по из за к от до что не это как для о об также был была было".split()),
           re.compile(r"[ыэъЫЭЪ]"),
           # Ukrainian, Belarusian, Kazakh, Kyrgyz, Serbian, Macedonian letters
           re.compile(r"[іїєґўәғқңөұүһђћџјљњІЇЄҐЎӘҒҚҢӨҰҮҺЂЋЏЈЉЊ]")),
}
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE = 5000        # characters read: the opening is enough and keeps a book cheap
SCRIPT_SHARE = 0.5   # share of letters in the language's script
STOP_SHARE = 0.05    # share of words that are its function words
OTHERS_SHARE = 0.005  # share of letters that only the script's other languages use


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("ru"), "en" by default."""
    sample = text[:SAMPLE]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "en"
    words = [w.lower() for w in _WORD.findall(sample)]
    for lang, (script, stops, own, others) in _SCRIPTS.items():
        if len(script.findall(sample)) / letters < SCRIPT_SHARE or not words:
            continue
        if len(others.findall(sample)) / letters > OTHERS_SHARE:
            continue  # the same script, another language (Ukrainian "і", Kazakh "қ")
        # function words, or for a terse statistical text ("Экспорт составил 1,2 млрд
        # долл.") the letters only this language of its script has
        if sum(w in stops for w in words) / len(words) >= STOP_SHARE or own.search(sample):
            return lang
    return "en"


def document_language(meta_language: str | None, text: str) -> tuple[str, str]:
    """(language, where it came from: "sources.csv" or "detected")."""
    if meta_language and meta_language.strip():
        return meta_language.strip().lower(), "sources.csv"
    return detect_language(text), "detected"

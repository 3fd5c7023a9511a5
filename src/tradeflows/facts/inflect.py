"""Case forms of a place name's words from a morphological analyser (pymorphy3).

Russian names decline ("Беларусь" / "с Беларусью", "Южная Корея" / "в Южную Корею",
"Египет" / "с Египтом"); hand stems miss the irregular ones ("Египт-ом" drops the
"е" of "Египет") and let a stem run into other words. pymorphy3 (MIT, the maintained
fork of pymorphy2, with the OpenCorpora dictionary as the package pymorphy3-dicts-ru)
knows each word's lexeme, so the forms are the dictionary's, not a guess.

A word's parse is trusted when it is a noun or a full adjective spelled as the word
is (or a participle: "Объединённые"), a nominative geographical name (Geox) first; a person's name or surname parse ("Кука",
"Рика") is not a place's, and such a word keeps the stem path (facts/places_local.py).
The analyser is optional (the `ru` extra): without it, or for a language it has no
dictionary for, forms() answers None and the stems are used. It is loaded once per
process, on the first non-English document, never for an English-only build.
"""
from __future__ import annotations

from functools import lru_cache

LANGUAGES = frozenset({"ru"})  # dictionaries installed with the `ru` extra
_POS = frozenset({"NOUN", "ADJF", "PRTF"})  # "Соединённые Штаты": a participle
_PERSON = frozenset({"Name", "Surn", "Patr"})
_DEGREE = frozenset({"Supr", "Cmp2"})  # "Новейшая" is no form of "Новая Зеландия"


@lru_cache(maxsize=None)
def analyser(lang: str):
    """The language's pymorphy3 analyser, or None (not installed, or no dictionary)."""
    if lang not in LANGUAGES:
        return None
    try:
        import pymorphy3
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ImportError, ValueError, OSError):
        return None


def _parse(morph, word: str):
    low = word.lower().replace("ё", "е")
    parses = [p for p in morph.parse(word)
              if p.tag.POS in _POS and p.word.replace("ё", "е") == low
              and not (_PERSON & p.tag.grammemes)]
    # the name as written is nominative: a nominative geographical name first ("Ливан",
    # not the plural-only "Ливаны" nor a woman's name "Ливана")
    parses.sort(key=lambda p: ("Geox" not in p.tag.grammemes, p.tag.case != "nomn"))
    return parses[0] if parses else None


def _same_word(f, p) -> bool:
    t, pt = f.tag, p.tag
    if t.POS != pt.POS or _DEGREE & t.grammemes:
        return False
    return t.POS != "PRTF" or (t.tense, t.voice, t.aspect) == (pt.tense, pt.voice, pt.aspect)


@lru_cache(maxsize=None)
def forms(word: str, lang: str) -> tuple[str, ...] | None:
    """Every form of the word's lexeme (same part of speech; a plural word's plural forms only), spelled with the
    word's initial capital, longest first; None when no trusted parse or no analyser."""
    morph = analyser(lang)
    if morph is None or not word.isalpha() or word.isupper():
        return None
    p = _parse(morph, word)
    if p is None:
        return None
    # a name written in the plural keeps to the plural (rule name_number): "африканские государства" (Africa) is no
    # "африканское государство", one African country named again; a singular one takes the plural too ("Московской,
    # Смоленской и Ленинградской областями", "уральских предприятий" of the row "уральский")
    plural = p.tag.number == "plur"
    out = {f.word for f in p.lexeme if _same_word(f, p) and not (plural and f.tag.number == "sing")} | {word.lower()}
    if word[0].isupper():
        out = {w[0].upper() + w[1:] for w in out}
    return tuple(sorted(out, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def cases(word: str, lang: str) -> frozenset[str] | None:
    """The grammatical cases a place word as written may stand in ("Литвы": genitive; "Эстонии": genitive,
    dative or locative; "Литва": nominative), read from the analyser's noun and adjective parses, the singular
    ones when a declining name has any (the plural "Латвии" is no country); None when no analyser or no parse."""
    morph = analyser(lang)
    if morph is None or not word.isalpha():
        return None
    parses = [p for p in morph.parse(word) if p.tag.POS in ("NOUN", "ADJF") and p.tag.case]
    single = [p for p in parses if p.tag.number == "sing" and "Fixd" not in p.tag.grammemes]
    out = frozenset(p.tag.case for p in (single or parses))
    return out or None

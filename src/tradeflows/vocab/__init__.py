"""Vocabularies as data: one folder per language (``en/``, ``ru/``), read the one way.

A third language is a folder of the same files, not code.

Comment lines start with "#". Every reader caches nothing itself: the modules that
build registries from these files cache what they build.
"""
from __future__ import annotations

import csv
import re
from importlib import resources


DEFAULT_LANGUAGE = "en"


def read_text(name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return resources.files(__name__).joinpath(lang, name).read_text("utf-8")


def read_lines(name: str, lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Non-empty, non-comment lines, stripped."""
    return [ln.strip() for ln in read_text(name, lang).splitlines()
            if ln.strip() and not ln.lstrip().startswith("#")]


def read_csv(name: str, lang: str = DEFAULT_LANGUAGE) -> list[dict[str, str]]:
    """Rows of a CSV file with a header line, comment lines skipped."""
    return list(csv.DictReader(ln for ln in read_text(name, lang).splitlines()
                               if ln.strip() and not ln.startswith("#")))


def alternation(phrases) -> str:
    """A regex alternation of literal phrases, longest first, any run of spaces in a
    phrase matching any whitespace (a phrase may be broken across lines)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+")
                    for p in sorted(phrases, key=len, reverse=True))


def fold(phrase: str) -> str:
    """The key of a phrase in a vocabulary table: case-folded, spaces collapsed.

    Patterns match with re.IGNORECASE, which pairs letters that str.lower() keeps apart
    (the long s "ſ" with "s", the Kelvin sign with "k"); folding both the table's keys and
    the matched text makes every match a key, so a lookup cannot fail on them. The Turkish
    dotted and dotless i, which re pairs with "i" too, fold to "i"."""
    return " ".join(phrase.casefold().translate(_TURKISH_I).split())


_TURKISH_I = {0x0307: None, 0x0131: "i"}  # "İ".casefold() is "i" + U+0307; "ı" is dotless

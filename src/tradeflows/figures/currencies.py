"""Currencies: every way a text names one, mapped to its ISO 4217 code.

Codes and official names come from ISO 4217 via pycountry; vocab/currencies.csv
adds symbols, plurals and adjectives ("$", "Br", "US dollars", "Chinese yuan").
"$" is USD unless the text says otherwise ("US$", a code, a word).
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import alternation, read_csv


@lru_cache(maxsize=1)
def aliases() -> tuple[dict[str, str], dict[str, str]]:
    """(before, after): alias -> ISO code, for aliases standing before / after a number."""
    import pycountry

    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for cur in pycountry.currencies:
        before[cur.alpha_3] = cur.alpha_3
        after[cur.alpha_3] = cur.alpha_3
        name = cur.name.lower()
        after[name] = cur.alpha_3
        after[name + "s"] = cur.alpha_3
    for row in read_csv("currencies.csv"):
        alias, code, pos = row["alias"], row["code"], row["position"]
        key = alias if alias.isupper() or not alias.isalpha() else alias.lower()
        if pos in ("before", "both"):
            before[alias] = code
        if pos in ("after", "both"):
            after[key if " " not in alias else alias.lower()] = code
    return before, after


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, re.Pattern]:
    """(before, after): compiled matchers, built once.

    before is searched at the end of the text left of a number ("$ ", "USD ",
    "Br"); after is matched right after a number and its scale ("dollars",
    "Belarusian rubles", "USD").
    """
    before, after = aliases()
    sym = [a for a in before if not a.isalpha()]
    words = [a for a in before if a.isalpha()]
    before_re = re.compile(
        rf"(?:(?<![A-Za-z])(?:{alternation(sym)})|\b(?:{alternation(words)}))\s?$")
    after_re = re.compile(rf"\s?(?:of\s+)?\b({alternation(after)})\b", re.I)
    return before_re, after_re


def code_before(alias: str) -> str | None:
    return aliases()[0].get(alias.strip())


def code_after(alias: str) -> str | None:
    a = alias.strip()
    return aliases()[1].get(a) or aliases()[1].get(a.lower())

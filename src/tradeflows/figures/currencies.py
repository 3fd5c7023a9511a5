"""Currencies: every way a text names one, mapped to its ISO 4217 code.

Three layers, later ones on top: ISO 4217 codes and names (pycountry); CLDR's
English symbols and display names, singular and plural ("NZ$", "CN¥",
"Japanese yen"), and each country's own symbol from CLDR's English locale of
that country ("$" in en_NZ, "R" in en_ZA) via Babel; the project's aliases in
vocab/currencies.csv ("RM", "SR", "N", "dollars", "pesos").

Some aliases mean different currencies in different countries ("$", "¥", "R",
"N", "dollars", "pesos"). They are read by context, never by an assumed
country: the country (among those where the alias has a reading) the document
names most (for an alias that has a default, only if it is the country the
document names most of all: a passing mention of Canada does not make "$" the
Canadian dollar), else, for an alias without a default, the one
country the sentence names; else the alias's default row. An alias with no
default ("R", "N") is no currency without its country.
The figure's rule then says which context decided ("...:document_country").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from tradeflows.vocab import alternation, read_csv

SIGNS = "-\u2212"


@dataclass(frozen=True)
class Aliases:
    before: dict[str, str]             # alias -> default code (standing before a number)
    after: dict[str, str]              # lower-cased alias -> default code (after a number)
    local_before: dict[str, dict[str, str]] = field(default_factory=dict)  # alias -> {iso3: code}
    local_after: dict[str, dict[str, str]] = field(default_factory=dict)


def _babel_rows() -> Iterable[tuple[str, str, str, str]]:
    """(alias, code, position, country) from CLDR: English symbols, names, local symbols."""
    import datetime

    import pycountry
    from babel import Locale, localedata
    from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

    en = Locale("en")
    for cur in pycountry.currencies:
        code = cur.alpha_3
        sym = en.currency_symbols.get(code)
        if sym and sym != code and sym != "\u00a4":
            yield sym.replace("\u202f", " "), code, "before", ""
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en")
            if name and name != code and "(" not in name:
                yield name, code, "after", ""
    today = datetime.date.today()
    for ident in localedata.locale_identifiers():
        lang, _, terr = ident.partition("_")
        if lang != "en" or len(terr) != 2:
            continue
        country = pycountry.countries.get(alpha_2=terr)
        curs = get_territory_currencies(terr, today)
        if not country or not curs:
            continue
        sym = Locale.parse(ident).currency_symbols.get(curs[0])
        if sym and sym != curs[0]:
            yield sym, curs[0], "before", country.alpha_3


@lru_cache(maxsize=1)
def aliases() -> Aliases:
    """Every alias, built once per process from pycountry, Babel (CLDR) and the vocabulary."""
    import pycountry

    out = Aliases({}, {}, {}, {})
    for cur in pycountry.currencies:
        out.before[cur.alpha_3] = cur.alpha_3
        out.after[cur.alpha_3] = cur.alpha_3   # codes only in capitals ("ALL", not "all")
        out.after[cur.name.lower()] = cur.alpha_3
        out.after[cur.name.lower() + "s"] = cur.alpha_3
    rows = list(_babel_rows())
    rows += [(r["alias"], r["code"], r["position"], r.get("country") or "")
             for r in read_csv("currencies.csv")]
    ambiguous = Counter()
    for alias, code, pos, country in rows:
        if pos in ("before", "both"):
            _put(out.before, out.local_before, alias, code, country)
        if pos in ("after", "both"):
            _put(out.after, out.local_after, alias.lower(), code, country)
        ambiguous[alias] += bool(country)
    # a local reading that agrees with the only reading everywhere is no ambiguity
    for table, local in ((out.before, out.local_before), (out.after, out.local_after)):
        for alias in list(local):
            if alias in table and set(local[alias].values()) == {table[alias]} and alias not in _VOCAB_LOCAL():
                del local[alias]
    return out


@lru_cache(maxsize=1)
def _VOCAB_LOCAL() -> frozenset[str]:  # noqa: N802 - a constant read once
    """Aliases the vocabulary itself declares country-dependent (kept even where they agree)."""
    return frozenset(r["alias"] for r in read_csv("currencies.csv") if r.get("country"))


def _put(table: dict, local: dict, alias: str, code: str, country: str) -> None:
    if country:
        local.setdefault(alias, {}).setdefault(country, code)
    else:
        table[alias] = code          # later layers override earlier ones


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, re.Pattern]:
    """(before, after): compiled matchers, built once.

    before is searched at the end of the text left of a number ("$ ", "USD ",
    "Br", "$-" with a sign after the symbol); after is matched right after a
    number and its scale ("dollars", "-dollars", "Belarusian rubles", "USD").
    """
    a = aliases()
    before = set(a.before) | set(a.local_before)
    after = set(a.after) | set(a.local_after)
    sym = [x for x in before if not x[-1].isalpha()]
    words = [x for x in before if x[-1].isalpha()]
    before_re = re.compile(
        rf"(?:(?<![A-Za-z])(?:{alternation(sym)})|(?<![A-Za-z0-9])(?:{alternation(words)}))"
        rf"\s?(?P<sign>[{SIGNS}])?$")
    after_re = re.compile(rf"(?:\s?|-)(?:of\s+)?\b({alternation(after)})\b", re.I)
    return before_re, after_re


class Context:
    """Where an ambiguous alias is read: the countries of the document and of a sentence.

    places(text) -> ISO 3166 alpha-3 codes of the places named in text; the
    document is read once, the first time an ambiguous alias needs it."""

    def __init__(self, text: str, places: Callable[[str], Iterable[str]] | None):
        self.text, self.places = text, places
        self._doc: Counter | None = None

    def document(self) -> Counter:
        if self._doc is None:
            self._doc = Counter(self.places(self.text)) if self.places else Counter()
        return self._doc

    def sentence(self, s: str) -> set[str]:
        return set(self.places(s)) if self.places else set()


def resolve(alias: str, position: str, ctx: Context | None = None,
            sentence: str = "") -> tuple[str | None, str]:
    """(code or None, how): how is "" for an unambiguous alias or its default, else
    "document_country" or "sentence_country"."""
    a = aliases()
    key = alias.strip().rstrip(SIGNS).strip()
    if position == "before":
        table, local = a.before, a.local_before
    else:
        table, local = a.after, a.local_after
        if not (key.isupper() and key in table):
            key = key.lower()
    readings = local.get(key)
    if readings and ctx is not None and ctx.places is not None:
        named = ctx.document()
        top = max(named.values(), default=0)
        prominent = {c for c, n in named.items() if n == top}   # the document's own country
        counts = [(n, readings[c]) for c, n in named.most_common()
                  if c in readings and (key not in table or c in prominent)]
        if counts and len({code for n, code in counts if n == counts[0][0]}) == 1:
            return counts[0][1], "document_country"
        codes = {readings[c] for c in ctx.sentence(sentence) if c in readings}
        if len(codes) == 1 and key not in table:
            return codes.pop(), "sentence_country"
    return table.get(key), ""


def code_before(alias: str) -> str | None:
    return resolve(alias, "before")[0]


def code_after(alias: str) -> str | None:
    return resolve(alias, "after")[0]

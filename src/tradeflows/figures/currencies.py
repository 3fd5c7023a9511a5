"""Currencies: every way a text names one, mapped to its ISO 4217 code.

Three layers, later ones on top: ISO 4217 codes and names (pycountry); CLDR's
English symbols and display names, singular and plural ("NZ$", "CN¥",
"Japanese yen"), and each country's own symbol from CLDR's English locale of
that country ("$" in en_NZ, "R" in en_ZA) via Babel; the project's aliases in
vocab/<lang>/currencies.csv of every language ("RM", "SR", "N", "dollars",
"pesos", "долларов").

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

from tradeflows.vocab import DEFAULT_LANGUAGE, ahead, alternation, current_language, read_csv_all
from tradeflows.vocab.patterns import english_cue
from tradeflows.vocab.skip import cased_first, cases, skip_compile

SIGNS = "-\u2212"
# The document's country is read from its first characters: a news page whole, a
# book by its opening (its title and first chapter), so a long book costs no more.
DOCUMENT_WINDOW = 20_000


# the precious metals ISO 4217 codes too: their names are no currency after a number ("one silver lining amidst the
# series of declines", "two gold medals"); only the codes themselves are read (rule metal_not_currency)
_METALS = frozenset({"XAG", "XAU", "XPD", "XPT"})


@dataclass(frozen=True)
class Aliases:
    before: dict[str, str]             # alias -> default code (standing before a number)
    after: dict[str, str]              # lower-cased alias -> default code (after a number)
    local_before: dict[str, dict[str, str]] = field(default_factory=dict)  # alias -> {iso3: code}
    local_after: dict[str, dict[str, str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def iso_codes() -> tuple[str, ...]:
    """Every ISO 4217 code a text may name: the current list (pycountry) and the codes withdrawn since 1999
    (vocab currencies_withdrawn.csv: "BGN", "HRK", "LTL"), which texts about earlier years still use."""
    import pycountry
    from tradeflows.vocab import read_csv

    codes = [cur.alpha_3 for cur in pycountry.currencies]
    return tuple(codes + [r["code"] for r in read_csv("currencies_withdrawn.csv") if r["code"] not in codes])


def _name(code: str) -> str:
    import pycountry
    cur = pycountry.currencies.get(alpha_3=code)
    if cur is not None:
        return cur.name
    from babel.numbers import get_currency_name
    return get_currency_name(code, locale="en")


def _babel_rows() -> Iterable[tuple[str, str, str, str]]:
    """(alias, code, position, country) from CLDR: English symbols, names, local symbols."""
    import datetime

    import pycountry
    from babel import Locale, localedata
    from babel.numbers import get_currency_name, get_territory_currencies

    en = Locale("en")
    for code in iso_codes():
        sym = en.currency_symbols.get(code)
        if sym and sym != code and sym != "\u00a4":
            yield sym.replace("\u202f", " "), code, "before", ""
        for count in (1, 2) if code not in _METALS else ():
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
    out = Aliases({}, {}, {}, {})
    for code in iso_codes():
        name = _name(code)
        out.before[code] = code
        if name.endswith("Dollar"):
            out.before[code + "$"] = code   # "NZD$20 billion", "SGD$1.2 billion": the code glued to the sign
        out.after[code] = code   # codes only in capitals ("ALL", not "all")
        if code in _METALS:
            continue
        out.after[name.lower()] = code
        out.after[name.lower() + "s"] = code
    rows = list(_babel_rows())
    rows += [(r["alias"], r["code"], r["position"], r.get("country") or "")
             for r in read_csv_all("currencies.csv")]
    for alias, code, pos, country in rows:
        if pos in ("before", "both"):
            _put(out.before, out.local_before, alias, code, country)
        if pos in ("after", "both"):
            # a local alias the vocabulary writes in capitals is read in capitals only ("1.6 billion KM" on a Bosnian
            # page is the convertible mark, "500 km" a distance; rule capitals_alias); a default one in any case, as
            # before ("177.47 bln usd")
            keep = country and _CAPITALS.fullmatch(alias)
            _put(out.after, out.local_after, alias if keep else alias.lower(), code, country)
    # an alias written in capitals with both a default and local readings after the amount ("3,433.5 billion FCFA":
    # XAF, XOF on a UEMOA country's page) keeps its default under the capitals too, where resolve looks a capital
    # alias up; the default went in lower case, so a Gabonese page's "FCFA" had no reading at all (rule
    # cfa_franc_country)
    for alias in out.local_after:
        if alias not in out.after and alias.lower() in out.after and _CAPITALS.fullmatch(alias):
            out.after[alias] = out.after[alias.lower()]
    # a local reading that agrees with the default changes nothing: only the others are kept
    for table, local in ((out.before, out.local_before), (out.after, out.local_after)):
        for alias in list(local):
            if alias in table:
                local[alias] = {c: code for c, code in local[alias].items() if code != table[alias]}
            if not local[alias]:
                del local[alias]
    return out


_CAPITALS = skip_compile(r"[A-Z]{2,}")


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
    # (sorted, not in a set's order: the patterns' text is then the same in every process, so sre_cache finds their
    # compiled code; the order of two phrases of one length is no matter, no text matches both but one equal under re.I)
    before = sorted(set(a.before) | set(a.local_before))
    after = sorted(set(a.after) | set(a.local_after))
    sym = [x for x in before if not x[-1].isalpha()]
    words = [x for x in before if x[-1].isalpha()]
    # (the aliases' first characters looked ahead first: the look-behinds run only where one opens)
    # ("up by$5.4m to $33.8m", singaporenewstribe.com: a preposition glued to the symbol, its space lost, rule
    # symbol_glued_preposition; a symbol after any other letters stays no currency: "XY$5")
    glued = "|".join(rf"(?<=\b{w})" for w in ("by", "to", "of", "at", "from", "and", "over", "than"))
    before_re = skip_compile(
        rf"{ahead(before)}(?:(?:(?<![A-Za-z])|{glued})(?:{_grouped(sym)})|(?<![A-Za-z0-9])(?:{_grouped(words)}))"
        rf"\s?(?P<sign>[{SIGNS}])?$")
    # "-dollars" after a hyphenated scale; "млн. долларов" after an abbreviation's dot; a code glued
    # to that dot ("Export revenue hits over 2.4 bln.USD", Capital Ethiopia)
    # (the names' first characters looked ahead first, as before_re's: where none opens, one class test rejects the
    # position instead of one for each group of names)
    # (a dollar sign that ends a name ends it where no letter follows, nor a number the sign stands before:
    # "62.1 mln US$ (see graph 1)", UN iLibrary trade profiles, "3,928 million U$", voltairenet.org, but "in 2013
    # US$ 5 billion"; rule currency_sign_after)
    after_re = skip_compile(rf"(?:\.\s?(?=[а-яё])|\.(?=[A-Z]{{3}}\b)|\s?|-)(?:of\s+)?\b{ahead(after)}({_grouped(after, fold=True)})"
                          rf"(?:\b|(?<=\$)(?!\w|\s?[{SIGNS}]?\d))", re.I)
    return before_re, after_re


def _grouped(phrases, fold: bool = False) -> str:
    """An alternation grouped by first character (longest first within a group): with
    hundreds of CLDR names the regex engine then tries only the few that can match."""
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0].lower() if fold else p[0], []).append(p[1:])
    # fold (a re.I pattern): each group opens on the class of its first letter's cases (vocab/skip.py cased_first),
    # which sre's BRANCH tests once to skip a group, where it entered each group on a re.I literal; the same matches
    return "|".join(_head(first, fold) + "(?:" + ((fold and _trie(first, rest)) or alternation(rest)).replace("(?:)", "") + ")"
                     if any(rest) else _head(first, fold)
                     for first, rest in sorted(groups.items()))


def _trie(first: str, phrases) -> str | None:
    """alternation(phrases) for a re.I pattern, nested by the phrases' shared beginnings: "ngolan\\s+kwanza(?:s|)" for
    "ngolan kwanzas|ngolan kwanza", each branch opened on the cased class of its next character (cased_first), so that
    sre's BRANCH skips a branch on one test of the text's character where the flat alternation entered each of the
    tens of phrases of a first letter in turn (after_re is matched after every number: "2019 and" entered each "a..."
    currency name). None where the nesting could change a match: cased_first not active, or a phrase with whitespace
    other than single spaces or at an end.

    Why the same matches, found in the same order: a match is the first phrase, in the flat order (longest first),
    that matches at the position (and what follows it does). A branch holds the phrases that share its beginning, in
    their order, the branches of a node in the order of their first phrase, a phrase that ends at the node after them
    all (a longer phrase sharing all of it came earlier). Two phrases in different branches of a node cannot both
    match: their next characters are of two disjoint case classes, or one is a space (matching whitespace alone, every
    run whole, as no phrase has two spaces or a space at an end) and the other no whitespace. So of the phrases that
    match, the first found is the one that comes first in the flat order."""
    phrases = sorted(phrases, key=len, reverse=True)
    if first.isspace() or cased_first(first) is None \
            or any(p != p.rstrip() or "  " in p or any(c.isspace() and c != " " for c in p) for p in phrases):
        return None
    classes: dict[str, str] = {}   # character -> its cased class (each character in one class, or no nesting)

    def token(c: str) -> str | None:
        if c == " ":
            return " "
        cls = cased_first(c)
        for x in {chr(av) for _, av in cases(ord(c), True)}:
            if classes.setdefault(x, cls) != cls:
                return None
        return cls

    def node(rests: list[str]) -> str | None:
        if len(rests) == 1:
            return alternation(rests)
        branches: dict[str, list[str]] = {}
        ends = False
        for r in rests:
            if not r:
                ends = True
                continue
            t = token(r[0])
            if t is None:
                return None
            branches.setdefault(t, []).append(r)
        out = []
        for t, group in branches.items():
            # the beginning shared by every phrase of the branch, written once
            k = 1
            while all(len(g) > k for g in group) and len({g[k] for g in group}) == 1:
                k += 1
            inner = node([g[k:] for g in group])
            if inner is None:
                return None
            head = (r"\s+" if t == " " else t) + alternation([group[0][1:k]])
            out.append(head + ("(?:" + inner + ")" if inner else ""))
        return "|".join(out) + ("|" if ends and out else "")

    return node(phrases)


def _head(first: str, fold: bool) -> str:
    """A group's first character: itself, or under re.I the case-sensitive class of what it matches."""
    return (cased_first(first) if fold else None) or re.escape(first)


LEAD_CHARS = 300   # the document's first sentence, read for its one country (Context.lead)
_LEAD_END = skip_compile(r"[.!?](?=\s)")


class Context:
    """Where an ambiguous alias is read: the countries of the document and of a sentence.

    places(text) -> ISO 3166 alpha-3 codes of the places named in text; the
    document (its first DOCUMENT_WINDOW characters) is read once, the first time
    an ambiguous alias needs it."""

    def __init__(self, text: str, places: Callable[[str], Iterable[str]] | None, prefer: str | None = None):
        self.text, self.places = text[:DOCUMENT_WINDOW], places
        self.prefer = prefer   # the outlet's country (its web domain): breaks a tie among the document's
        self._doc: Counter | None = None
        self._gate: dict[tuple[str, str], bool] = {}
        self._lead: str | None = None
        self._lead_read = False
        self._declared: dict[str, str | None] = {}
        self._sentences: dict[str, frozenset[str]] = {}
        self._spans: dict[str, tuple[str, ...]] = {}

    def document(self) -> Counter:
        if self._doc is None:
            self._doc = Counter(self.places(self.text)) if self.places else Counter()
        return self._doc

    def lead(self) -> str | None:
        """The one country the document's first sentence names ("Nepal's trade deficit has widened by 1.6
        percent ..."), else None: the page's own country, even where another is named more often below."""
        if not self._lead_read:
            self._lead_read = True
            self._lead = None
            # (the first sentence that names a country: "image_pdfimage_print Author Archives: hksar gov External
            # Merchandise Trade Statistics for May 2020 The Census and Statistics Department (C&SD) released today
            # ...", a page's furniture and a heading before the prose that names Hong Kong)
            start = 0
            while self.places and start < LEAD_CHARS:
                m = _LEAD_END.search(self.text, start, start + LEAD_CHARS)
                end = m.end() if m else start + LEAD_CHARS
                codes = set(self.places(self.text[start:end]))
                if codes:
                    self._lead = codes.pop() if len(codes) == 1 else None
                    break
                start = end
        return self._lead

    def may_name(self, position: str, alias: str) -> bool:
        """Cheap gate before reading the document's places: does it name (by an ISO
        3166 name) any country where the alias has a local reading?"""
        hit = self._gate.get((position, alias))
        if hit is None and current_language() != DEFAULT_LANGUAGE:
            # the gate knows English names only: a page in another language ("эстонского
            # экспорта ... крон") is read for its places
            hit = self._gate[(position, alias)] = True
        if hit is None:
            hit = self._gate[(position, alias)] = bool(_names_pattern(position, alias).search(self.text))
        return hit

    def marks_apart(self, local: str, default: str) -> bool:
        """The document writes the local currency with its own mark and never marks the default one
        ("NZ$20 billion ($17.54 billion)", no "US$" anywhere): its bare symbol is the default's
        (rule marked_local; the default must be the US dollar, the one currency a page writes beside its own:
        "MAD 10" on a Moroccan page leaves its "billion Dirhams" Moroccan). A page marking both ("Aus$100 billion ($US105.64 billion) ... grew to
        $105.3 billion") keeps the bare symbol local."""
        hit = self._gate.get(("marked", local))
        if hit is None:
            # the local mark must stand before a number: "presented ... in Canadian dollars (CAD)" says which
            # dollar the page's bare "$" is, it marks no amount apart
            hit = self._gate[("marked", local)] = bool(_marked_pattern(local, True).search(self.text)) \
                and not self.marks(default)
        return hit

    def marks(self, code: str) -> bool:
        """The document writes this currency's own mark somewhere ("US$", "USD")."""
        hit = self._gate.get(("marks", code))
        if hit is None:
            hit = self._gate[("marks", code)] = bool(_marked_pattern(code).search(self.text))
        return hit

    def declared(self, key: str, readings: dict[str, str], default: str) -> str | None:
        """The one local reading of an alias whose ISO code the document writes as a unit rather than before a
        number ("Table 1: Major contributors to Imports FJD [Millions]", "in Canadian dollars (CAD)"), on a page
        that never marks the default ("US$", "USD"), else None (rule declared_currency)."""
        if key not in self._declared:
            rx = _declared_pattern(tuple(sorted({c for c in readings.values() if c != default})))
            found = {m.group() for m in rx.finditer(self.text)}
            self._declared[key] = found.pop() if len(found) == 1 and not self.marks(default) else None
        return self._declared[key]

    def sentence(self, s: str) -> set[str]:
        """The countries sentence s names, read once per sentence: the figures of one long run-on "sentence" each
        ask for it, and reading it again for each would make a page's cost grow with the square of its length."""
        if not self.places:
            return set()
        hit = self._sentences.get(s)
        if hit is None:
            hit = self._sentences[s] = frozenset(self.places(s))
        return set(hit)

    def in_order(self, s: str) -> tuple[str, ...]:
        """The countries span s names, in the order it names them, read once per span (rule tied_first_named asks
        for its figure's paragraph up to the figure's sentence; each figure of that paragraph asks again)."""
        if not self.places:
            return ()
        hit = self._spans.get(s)
        if hit is None:
            hit = self._spans[s] = tuple(self.places(s))
        return hit


@lru_cache(maxsize=None)
def _declared_pattern(codes: tuple[str, ...]) -> re.Pattern:
    """ISO codes written as a unit, not before a number ("Imports FJD [Millions]", "(CAD)"), built once per alias."""
    # (skip_compile: searched over the whole text once per document, the look-behind it opens on gave sre no
    # prefilter, so every position was entered; the same matches, found from the codes' first letters)
    return skip_compile(rf"(?<![A-Za-z])(?:{'|'.join(codes)})(?![A-Za-z])(?!\s?[-\d])" if codes else r"(?!)")


@lru_cache(maxsize=None)
def _marked_pattern(code: str, before_number: bool = False) -> re.Pattern:
    """A currency's own marks, the ones that spell a letter ("NZ$", "NZD", "US$", "U.S.$"), and a mark's
    letters after its symbol ("$US"); before_number: only where a number follows ("NZ$20 billion")."""
    marks = {k for k, v in aliases().before.items() if v == code and any(ch.isalpha() for ch in k)}
    marks |= {k[-1] + k[:-1] for k in list(marks) if k.endswith("$") and k[:-1].isalpha()}
    tail = r"\s?\d" if before_number else ""
    # (skip_compile, as _declared_pattern: one search of the whole text per document)
    return skip_compile(rf"(?<![A-Za-z])(?:{alternation(marks)}){tail}" if marks else r"(?!)")


@lru_cache(maxsize=None)
def _names_pattern(position: str, alias: str) -> re.Pattern:
    """The ISO 3166 names (and their adjectives' stems) of the countries where alias
    has a local reading: "New Zealand", "Australia", "Niger" (matches "Nigeria")."""
    import pycountry

    a = aliases()
    readings = (a.local_before if position == "before" else a.local_after).get(alias, {})
    names = set()
    for iso3 in readings:
        c = pycountry.countries.get(alpha_3=iso3)
        if c is None:
            continue
        for attr in ("name", "common_name"):
            n = getattr(c, attr, None)
            if n:
                names.add(n.split(",")[0].strip())
    # ... and the English aliases and demonyms of places.csv ("The Czech foreign trade surplus dropped by 30.8
    # billion crowns": "Czech" names the country whose crown it is; rule local_reading_demonym)
    from tradeflows.vocab import read_csv
    names |= {r["alias"] for r in read_csv("places.csv") if r.get("iso3") in readings
              and r.get("kind") in ("country", "demonym") and len(r["alias"]) >= 4}
    names.discard("")
    # (skip_compile, as _declared_pattern: one search of the whole text per document, entered only where a name's
    # first letter stands instead of at every position after the \b)
    return skip_compile(rf"\b(?:{alternation(names)})" if names else r"(?!)")


def resolve(alias: str, position: str, ctx: Context | None = None,
            sentence: str = "") -> tuple[str | None, str]:
    """(code or None, how): how is "" for an unambiguous alias or its default, else the name of the rule of
    RESOLVE_SIEVE that read the alias by its context ("document_country", "sentence_country", ...)."""
    a = aliases()
    key = alias.strip()
    if key != "/-":   # (the shilling's "/-" after an amount ends in its own dash; rule shilling_suffix)
        key = key.rstrip(SIGNS).strip()
    if position == "before":
        table, local = a.before, a.local_before
    else:
        table, local = a.after, a.local_after
        if not (key.isupper() and (key in table or key in local)):
            key = key.lower()
    readings = local.get(key)
    if readings and ctx is not None:
        q = Ask(key, position, readings, table.get(key), ctx, sentence)
        # (every rule after the first reads the page's places, and decides nothing where the context may not name the
        # alias's country: most aliases of most pages, so those rules are not asked one by one)
        for _name, rule in (RESOLVE_SIEVE if q.open else RESOLVE_SIEVE[:1]):
            found = rule(q)
            if found is not None:
                return found
    return table.get(key), ""


class Ask:
    """One ambiguous alias to read by its context, for the rules of RESOLVE_SIEVE: the alias (key), its readings by
    country ({iso3: code}), its default code (None for an alias with no default: "R", "N"), the document's context
    and the sentence; what the rules read of the context is read the first time one asks and kept."""

    def __init__(self, key: str, position: str, readings: dict[str, str], default: str | None, ctx: Context,
                 sentence: str):
        self.key, self.position, self.readings, self.default = key, position, readings, default
        self.ctx, self.sentence = ctx, sentence
        self._open: bool | None = None
        self._named: Counter | None = None
        self._top: int | None = None
        self._top_codes: frozenset[str] | None = None

    @property
    def open(self) -> bool:
        """Whether the context may name the alias's country (places read, and Context.may_name)."""
        if self._open is None:
            self._open = self.ctx.places is not None and self.ctx.may_name(self.position, self.key)
        return self._open

    @property
    def named(self) -> Counter:
        """The document's countries and how often it names each."""
        if self._named is None:
            self._named = self.ctx.document()
        return self._named

    @property
    def top(self) -> int:
        """How often the document names its most-named country."""
        if self._top is None:
            self._top = max(self.named.values(), default=0)
        return self._top

    def top_codes(self) -> frozenset[str]:
        """The codes the alias has in the document's most-named countries (the default in a country with no reading;
        read once, for the several rules that ask)."""
        if self._top_codes is None:
            top = self.top
            self._top_codes = frozenset({self.readings.get(c, self.default) for c, n in self.named.items() if n == top})
        return self._top_codes

    def counts(self) -> list[tuple[int, str]]:
        """(times named, code) of the document's countries where the alias has a reading, most named first."""
        return [(n, self.readings[c]) for c, n in self.named.most_common() if c in self.readings]


# Each rule reads an alias (Ask) by its context: (code, how), or None where it does not decide; the rules of an alias
# with a default first ("$", "¥": only the document's own country overrides the default), then those of an alias with
# none ("R", "N"). A rule whose code is the default itself writes no how ("").

def _declared(q: Ask):
    """The page declares the alias's currency (Context.declared; rule declared_currency)."""
    if q.default is not None:
        code = q.ctx.declared(q.key, q.readings, q.default)
        if code is not None:
            return code, "declared_currency"
    return None


def _lead_country(q: Ask):
    """"Nepal's trade deficit has widened ..." over "Rs. 849.33 billion", on a page naming India a little more often
    than Nepal: the country the page opens on is its own (rule lead_country)."""
    if q.default is None or not q.open:
        return None
    lead = q.ctx.lead()
    if lead is not None and lead in q.readings and q.named.get(lead, 0) * 2 >= q.top:
        return q.readings[lead], "lead_country"
    return None


def _one_top_code(q: Ask) -> str | None:
    """The one code of the document's most-named countries (named at all), else None."""
    if q.default is None or not q.open:
        return None
    codes = q.top_codes()
    return next(iter(codes)) if len(codes) == 1 and q.top else None


def _prefers_outlet(q: Ask, code: str) -> bool:
    """Whether the outlet's country, named on the page, reads the alias as other than code, the default, and the page
    never marks code."""
    ctx = q.ctx
    return code == q.default and ctx.prefer is not None and bool(q.named.get(ctx.prefer)) \
        and q.readings.get(ctx.prefer, code) != code and not ctx.marks(code)


def _marked_local(q: Ask):
    """The document's country reads a bare "$" as its own dollar, but the page marks that dollar apart ("2.3 billion
    New Zealand dollars ($2 billion) ... NZ$2.2 billion"): the bare "$" is the US dollar, the default (rule
    marked_local)."""
    code = _one_top_code(q)
    if code is not None and code != q.default and q.default == "USD" and q.ctx.marks_apart(code, q.default):
        return q.default, "marked_local"
    return None


def _subject_country(q: Ask):
    """"The U.S. trade deficit narrowed slightly in December ... For the whole year, the deficit rose 0.4% to $502.3
    billion" on advisor.ca, a page opening on the United States' trade that names Canada once: the country the page
    opens on (or names most) counts in the default dollar itself, so a dollar outlet's country does not make it its
    own (rule subject_country)."""
    code = _one_top_code(q)
    if code is not None and _prefers_outlet(q, code):
        lead = q.ctx.lead()
        if lead is not None and _spends(code, [lead]):
            return code, "subject_country"
    return None


def _outlet_country(q: Ask):
    """"China received 27 percent of ... New Zealand's total goods exports ($70.4 billion)" on a .nz page that never
    writes "US$": an outlet of a country writing its own currency "$", named on the page, means its own dollar by a
    bare "$" (rule outlet_dollar)."""
    code = _one_top_code(q)
    if code is not None and _prefers_outlet(q, code):
        return q.readings[q.ctx.prefer], "outlet_country"
    return None


def _near_dollar_country(q: Ask):
    """"In 2013, Australia's major exports to Japan included ... coal ($13.7 billion)" on a page naming Japan a little
    more often than Australia, no country that spends the US dollar and never "US$": of a pair of countries named about
    as often, the one with a dollar of its own counts in it (rule near_dollar_country); a US-dollar country named in
    passing does not count against it ("the arrest of a top Huawei official here, requested by the U.S." once on
    rcinet.ca, a page naming Canada and China five times each); a page marking that dollar apart ("2.3 billion New
    Zealand dollars ($2 billion) ... NZ$2.2 billion") leaves the bare "$" the default's (as marked_local)."""
    code = _one_top_code(q)
    if code is None or not code == q.default == "USD" or q.ctx.lead() is not None:
        return None
    ctx, named, top = q.ctx, q.named, q.top
    dollar = {q.readings[c] for c in _near_countries(named, top, NEAR_MIN) if c in q.readings}
    if len(dollar) == 1 and not ctx.marks(code) and not _spends(code, _near_countries(named, top)) \
            and not ctx.marks_apart(next(iter(dollar)), code):
        return dollar.pop(), "near_dollar_country"
    return None


def _document_country(q: Ask):
    """The one code of the countries the document names most (rule document_country; the default itself: "")."""
    code = _one_top_code(q)
    if code is not None:
        return code, ("document_country" if code != q.default else "")
    return None


def _outlet_tie(q: Ask) -> str | None:
    """Where the document's most-named countries read the alias apart and the outlet's country is one of them: its
    code, else None."""
    if q.default is None or not q.open or q.ctx.prefer is None or q.named.get(q.ctx.prefer) != q.top \
            or len(q.top_codes()) <= 1:
        return None
    return q.readings.get(q.ctx.prefer, q.default)


def _marked_local_tie(q: Ask):
    """As marked_local, where the outlet's country decides between the document's tied countries."""
    code = _outlet_tie(q)
    if code is not None and code != q.default and q.default == "USD" and q.ctx.marks_apart(code, q.default):
        return q.default, "marked_local"
    return None


def _outlet_tie_country(q: Ask):
    """"Australia-China Business Council ... our two-way trade was worth $299 billion" on a .gov.au page: the outlet's
    country decides between the document's tied countries (rule outlet_country; the default itself: "")."""
    code = _outlet_tie(q)
    if code is not None:
        return code, ("outlet_country" if code != q.default else "")
    return None


def _tied_dollar_country(q: Ask):
    """"In recent weeks Australia's trade with China ... Australia's goods exports to China were valued at around
    $135bn" (cresteconomics.com), a page naming Australia and China as often, no country that spends the US dollar and
    never "US$": the one tied country with a dollar of its own (rule tied_dollar_country; a US-dollar country named in
    passing, as in near_dollar_country, does not count against it)."""
    if q.default != "USD" or not q.open or len(q.top_codes()) <= 1:
        return None
    ctx, named, top = q.ctx, q.named, q.top
    tied = {q.readings[c] for c, n in named.items() if n == top and c in q.readings}
    near = _near_countries(named, top)
    if len(tied) == 1 and not ctx.marks(q.default) and not _spends(q.default, near) \
            and not ctx.marks_apart(next(iter(tied)), q.default):
        return tied.pop(), "tied_dollar_country"
    return None


def _tied_first_named(q: Ask):
    """"New Zealand: A vital trade partner for Canada ... two-way trade in goods is significant, sitting at $757 million
    in 2009" (diplomatonline.com), a page naming New Zealand and Canada as often, each with a dollar of its own, none
    spending the US dollar and no "US$" on it: the tied country the figure's paragraph names first (up to the figure's
    sentence), else the page, is the one it counts in (rule tied_first_named; the US dollar, the default, would be
    neither's)."""
    if q.default != "USD" or not q.open or len(q.top_codes()) <= 1 or q.ctx.marks(q.default):
        return None
    named, top = q.named, q.top
    tied = [c for c, n in named.items() if n == top]
    if any(c not in q.readings or q.readings[c] == q.default for c in tied) or _spends(q.default, _near_countries(named, top)):
        return None
    if q.ctx.places is None:
        return None
    # (the figure's paragraph up to its sentence's end first: "In 2018, two-way trade between Canada and Australia
    # remained stable at $4.1 billion" on weeklyvoice.com, a Canadian outlet under the heading "Trudeau Speaks With
    # Australia PM"; "... the trading relationship New Zealand has with many other bilateral partners. ... Over the same
    # period, Canada exported $303 million" in one paragraph of New Zealand's figures, diplomatonline.com)
    text, at = q.ctx.text, q.ctx.text.find(q.sentence) if q.sentence else -1
    para = text[text.rfind("\n", 0, at) + 1:at + len(q.sentence)] if at >= 0 else q.sentence
    # (the page's first named: the first of document()'s keys, a Counter keeping the order of first sight; read once)
    first = next((c for c in q.ctx.in_order(para) if c in tied), None) or next((c for c in named if c in tied), None)
    if first is None or q.ctx.marks_apart(q.readings[first], q.default):
        return None
    return q.readings[first], "tied_first_named"


def _document_country_only(q: Ask):
    """An alias with no default: the one code of the most-named countries where it has a reading (rule
    document_country)."""
    if q.default is not None or not q.open:
        return None
    counts = q.counts()
    if counts and len({code for n, code in counts if n == counts[0][0]}) == 1:
        return counts[0][1], "document_country"
    return None


def _lead_country_only(q: Ask):
    """"Tunisia's trade deficit ... 8.16 billion dinars ... namely China (-2,569.8 MD), ... and Algeria": of the dinar
    countries the page names as often, the one it opens on is its own (rule lead_country; an alias with no default)."""
    if q.default is not None or not q.open:
        return None
    counts = q.counts()
    lead = q.ctx.lead() if counts else None
    if lead is not None and lead in q.readings and q.named.get(lead, 0) == counts[0][0]:
        return q.readings[lead], "lead_country"
    return None


def _sentence_country(q: Ask):
    """An alias with no default: the one country of its sentence where it has a reading (rule sentence_country)."""
    if q.default is not None or not q.open:
        return None
    codes = {q.readings[c] for c in q.ctx.sentence(q.sentence) if c in q.readings}
    if len(codes) == 1:
        return codes.pop(), "sentence_country"
    return None


# the order in which the rules read an ambiguous alias; the first that decides names itself in the figure's rule
# ("...:document_country"); none deciding, the alias's default (None for an alias with no default), how ""
RESOLVE_SIEVE = (
    ("declared_currency", _declared),            # the page declares what "$" means
    ("lead_country", _lead_country),             # the country the page opens on
    ("marked_local", _marked_local),             # the document's dollar, marked apart: the default
    ("subject_country", _subject_country),       # the page's own country spends the default
    ("outlet_country", _outlet_country),         # the outlet's country, named on the page
    ("near_dollar_country", _near_dollar_country),  # of two countries named about as often, the one with a dollar
    ("document_country", _document_country),     # the one code of the most-named countries
    ("marked_local_tie", _marked_local_tie),     # as marked_local, the outlet's country breaking a tie
    ("outlet_tie", _outlet_tie_country),         # the outlet's country breaks a tie
    ("tied_dollar_country", _tied_dollar_country),  # the one tied country with a dollar of its own
    ("tied_first_named", _tied_first_named),     # of tied countries with dollars of their own, the first named
    ("document_country_only", _document_country_only),  # no default: the most-named country's code
    ("lead_country_only", _lead_country_only),   # no default: the lead country among those named as often
    ("sentence_country", _sentence_country),     # no default: the sentence's one country
)


# a country named at least half as often as the most-named one, and more than once, is named "about as often"
# (near_dollar_country; the half as lead_country's test): one passing mention ("Georgia also sells to Canada") is not
NEAR_SHARE = 0.5
NEAR_MIN = 2


def _near_countries(named: Counter, top: int, least: int = 1) -> list[str]:
    """The countries named about as often as the most-named one, and at least `least` times (ISO 3166 alpha-3)."""
    return [c for c, n in named.items() if n >= max(least, NEAR_SHARE * top)]


@lru_cache(maxsize=1)
def _dollar_marks() -> tuple[re.Pattern, dict[str, str]]:
    """The lettered dollar marks before a number ("US$", "C$", "NZ$", "HK$") and their codes."""
    marks = {k: v for k, v in aliases().before.items() if k.endswith("$") and any(ch.isalpha() for ch in k)}
    return skip_compile(rf"(?<![A-Za-z])({alternation(marks)})\s?\d"), marks


MARK_REACH = 600


def sentence_mark(text: str, start: int, end: int) -> str | None:
    """Rule sentence_mark: the currency of a bare "$" whose sentence (text[start:end], the part before the "$") marks an
    amount's dollar before it: "the U.S. exported US$263.5 billion worth of goods to Canada, and imported $309.3
    billion" (a Canadian page, whose own dollar the page's country would make it) is the US dollar. None where no
    mark stands before it, or where a bracket stands around the mark or between it and the "$": "J$... (US$1), while
    exports ... totalled $67.81 billion", "NZ$963 million ($635.39 million)" restate an amount in another currency."""
    # the last MARK_REACH characters only: a "sentence" of a text with no stops (a table, a PDF's run-on lines) would
    # otherwise be read from its start for every "$" in it, quadratic in its length (make fuzz, s50)
    seg = text[max(start, end - MARK_REACH):end]
    if "$" not in seg:
        return None
    rx, marks = _dollar_marks()
    last = None
    for last in rx.finditer(seg):
        pass
    if last is None or seg.count("(", 0, last.start()) != seg.count(")", 0, last.start()):
        return None
    if "(" in seg[last.end():] or ")" in seg[last.end():]:
        return None
    return marks.get(" ".join(last.group(1).split()))


COMPARED_REACH = 120   # characters after a bare "$" amount's number its compared amount's mark is read within


def compared_mark(text: str, at: int, end: int) -> str | None:
    """Rule compared_mark: the currency of a bare "$" amount (its number at text[at]) that its clause compares with an
    amount of a lettered dollar mark after it: "Imports of "Consumer Goods" totalled $643.0Mn, 5.5% above the
    US$609.50Mn recorded in the similar 2023 period" (a Jamaican page) is the US dollar: one comparison, one currency.
    None where no such mark follows within COMPARED_REACH characters of the sentence (text[:end])."""
    hi = min(end, at + COMPARED_REACH)
    gap = english_cue("compared_mark_gap", re.I).match(text, at, hi)
    if gap is None:
        return None
    rx, marks = _dollar_marks()
    m = rx.match(text, gap.end(), hi)
    return marks.get(" ".join(m.group(1).split())) if m else None


def _spends(code: str, iso3s: Iterable[str]) -> bool:
    """Whether one of these countries (ISO 3166 alpha-3) has spent `code` as its own tender since TENDER_SINCE: the US
    and Ecuador the US dollar."""
    import pycountry

    terr = _tender_territories().get(code, frozenset())
    for iso3 in iso3s:
        c = pycountry.countries.get(alpha_3=iso3)
        if c is not None and c.alpha_2 in terr:
            return True
    return False


def code_before(alias: str) -> str | None:
    return resolve(alias, "before")[0]


def code_after(alias: str) -> str | None:
    return resolve(alias, "after")[0]


# A currency spent as their own by at most this many territories (CLDR's legal tender since 1999) still names its
# issuer: the forint (Hungary), the Namibian dollar (Namibia), the rupee (India and Bhutan), the pound (the United
# Kingdom, three crown dependencies and two islands); the US dollar (18 territories: Ecuador, Panama, Zimbabwe, ...), the
# Australian dollar (8) and the CFA francs, in which many countries count their trade, name none
ISSUER_TENDER_MAX = 6
TENDER_SINCE = 1999


@lru_cache(maxsize=1)
def _tender_territories() -> dict[str, frozenset[str]]:
    """ISO 4217 code -> the ISO 3166 alpha-2 codes of the territories where it was legal tender since TENDER_SINCE
    (Babel's CLDR territory currencies)."""
    import datetime

    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    out: dict[str, set[str]] = {}
    start, end = datetime.date(TENDER_SINCE, 1, 1), datetime.date.today()
    for terr in get_global("territory_currencies"):
        for code in get_territory_currencies(terr, start, end, tender=True):
            out.setdefault(code, set()).add(terr)
    return {code: frozenset(t) for code, t in out.items()}


@lru_cache(maxsize=None)
def issuer(code: str | None) -> str | None:
    """ISO 3166 alpha-3 code of the one country whose own currency `code` is ("HUF" -> "HUN", "LVL" -> "LVA",
    "NAD" -> "NAM"): the country its first two letters name (ISO 4217 builds a national currency's code so), when that
    country spends it and at most ISSUER_TENDER_MAX territories do; None for a currency of many ("USD", "EUR",
    "XOF") or of none. Read by rule currency_country (facts/relate.py): a page that names no place counts in its
    country's currency."""
    import pycountry

    if not code or len(code) != 3:
        return None
    terr = _tender_territories().get(code.upper(), frozenset())
    own = code[:2].upper()
    if own not in terr or len(terr) > ISSUER_TENDER_MAX:
        return None
    country = pycountry.countries.get(alpha_2=own)
    return country.alpha_3 if country is not None else None


@lru_cache(maxsize=1)
def _plain_aliases() -> dict[str, tuple[str, ...]]:
    """ISO 4217 code -> its aliases that mean it wherever they stand (no country reads them otherwise: "HUF",
    "латов", "N$"; not "¥", "Rs", "dollars"), case-folded."""
    a = aliases()
    out: dict[str, set[str]] = {}
    for table, local in ((a.before, a.local_before), (a.after, a.local_after)):
        for alias, code in table.items():
            if alias not in local:
                out.setdefault(code, set()).add(alias.casefold())
    return {code: tuple(sorted(v, key=len, reverse=True)) for code, v in out.items()}


def plain_issuer(code: str | None, figure: str) -> str | None:
    """issuer(code) of an amount whose written currency names that code alone ("HUF 605 billion", "507,3 млн латов");
    None for one read by its page's context or default ("¥79.22 trillion" is the yen by default, the yuan in China;
    "Rs" the Indian rupee by default): a currency the page does not name plainly says nothing of its country."""
    iso = issuer(code)
    if iso is None:
        return None
    text = figure.casefold()
    return iso if any(alias in text for alias in _plain_aliases().get(code.upper(), ())) else None

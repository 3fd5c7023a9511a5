"""Place registry: countries, regions and blocs named in English prose, with ISO 3166 codes.

The registry joins every pycountry country (name, common_name, official_name) with the
hand-compiled aliases of ``vocab/places.csv`` (short names, demonyms, sub-national regions,
free economic zones, blocs and continents). It is built once, lazily, on first use.

Matching is anchored on capitalised words: the text is scanned for tokens that start with a
capital letter, each token is looked up in a dict keyed by the first word of every alias,
and only then are the (few) aliases of that word tried, longest first. The first word must
match exactly (or be written ALL CAPS, for headings), so "chad", "turkey" or "niger" as
ordinary words never match; later words are case-insensitive ("Kursk region" = "Kursk
Region"). The leftmost-longest match wins: "Kursk Oblast" over "Kursk", "Republic of
Tatarstan" over "Tatarstan". A handful of aliases starting with a lowercase word ("far arc",
"non-CIS countries", "southern Africa") go through one small extra regex.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from contextlib import contextmanager
from contextvars import ContextVar

from tradeflows.facts.places_historic import historic_countries, joins_countries
from tradeflows.records import add_via
from tradeflows.vocab import (DEFAULT_LANGUAGE, current_language, has_file, holds, pattern_needs, read_csv, read_lines,
                              read_text)
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

__all__ = ["Place", "find_places", "lookup", "country", "m49", "KINDS"]

KINDS = frozenset({"country", "region", "bloc", "demonym"})


@dataclass(frozen=True, slots=True)
class Place:
    """One place mention: text[start:end] == surface."""

    start: int
    end: int
    surface: str
    name: str  # canonical name ("Iran", "Kursk Oblast", "European Union")
    iso3: str | None  # ISO 3166-1 alpha-3 (of the country, for regions); None for blocs
    kind: str  # country | region | bloc | demonym
    # a bloc whose name is followed by words that change the group (vocab group_alterations.csv):
    # leaves_out | adds | includes, and the ISO code of the place those words name
    alteration: str | None = None
    altered_iso3: str | None = None
    via: str = ""   # the rule that made or rewrote the mention ("shared_region_noun"; records.VIA)


class _Unfrozen:
    """A Place's slots, set by plain attribute stores (no frozen __setattr__): new_place builds one and makes it a
    Place."""

    __slots__ = ("start", "end", "surface", "name", "iso3", "kind", "alteration", "altered_iso3", "via")

    def __init__(self, start, end, surface, name, iso3, kind) -> None:
        self.start = start; self.end = end; self.surface = surface; self.name = name; self.iso3 = iso3
        self.kind = kind; self.alteration = None; self.altered_iso3 = None; self.via = ""


assert Place.__slots__ == _Unfrozen.__slots__


def new_place(start: int, end: int, surface: str, name: str, iso3: str | None, kind: str) -> Place:
    """Place(start, end, surface, name, iso3, kind), built as an _Unfrozen (the same slots, in the same order) whose class
    is then set to Place: the frozen dataclass's __init__ sets each field through object.__setattr__, and a whole
    text's scan makes thousands of places (the same object: a Place, its fields, equality and hash the dataclass's)."""
    p = _Unfrozen(start, end, surface, name, iso3, kind)
    p.__class__ = Place
    return p


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    iso3: str | None
    kind: str  # KINDS or "stop"
    article: bool  # alias was written "the X": X only counts after "the"


class _Bucket:
    """Every alias whose first word is one key, tried longest first."""

    __slots__ = ("plain", "source", "regex", "entries", "singles", "aliases")

    def __init__(self) -> None:
        self.plain: _Entry | None = None  # alias == the key itself (one word)
        # all aliases, one group each: the pattern's text, compiled when the key is first
        # met in a text (a document meets a few dozen of the registry's thousands of keys)
        self.source: str | None = None
        self.regex: re.Pattern[str] | None = None
        self.entries: list[_Entry] = []
        self.aliases: list[str] = []
        # one pattern per alias, compiled when first needed (rare; ~1000 compiles otherwise)
        self.singles: list[tuple[re.Pattern[str], _Entry]] | None = None


# A capitalised token: the unit of lookup (letters and digits only, so "Belarus’s" -> "Belarus").
_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W_]*")
_THE = skip_compile(r"(?<![^\W_])[Tt]he\s+\Z")
# a span of text this long or longer is searched for the lower-case aliases with one pattern per head (a whole text);
# a shorter one (a sentence, a window) by the str.find loop (_Registry._lower_loop): either finds the same
_WHOLE_TEXT = 2000
_DASHES = "-‐‑–—"
_APOS = "'’ʼ"
_QUOTES = '"“”«»„'


_WORD_END = r"(?![^\W_])"   # (what _alias_pattern writes after an alias's last letter or digit)


def _alias_pattern(alias: str) -> str:
    out = []
    for ch in alias:
        if ch.isspace():
            out.append(r"\s+")
        elif ch in _DASHES:
            out.append(rf"\s*[{_DASHES}]\s*")
        elif ch in _APOS:
            out.append(f"[{_APOS}]")
        elif ch in _QUOTES:
            out.append(f"[{_QUOTES}]")
        else:
            out.append(re.escape(ch))
    if alias[-1].isalnum():
        out.append(_WORD_END)
    return "".join(out)


def _tails_of(patterns: list[tuple[str, str]]) -> list[re.Pattern[str]] | None:
    """For (head, pattern) patterns each written {head}(?<!\\w{head})(?:...), one pattern per first letter of a tail of a
    head (the head less its first letter: "the" and "The" share "he") that matches at a tail where one of the patterns of
    its heads matches at the head: the tail's literal (a search runs on it as on a literal), then for each head a look-behind
    over the head and the character before it, and the head's alternatives. None where a head is one letter long. Heads
    of one tail with the same alternatives (a head's two case forms: "the", "The") share one look-behind over the class of
    their first letters, "(?<=[Tt]he)(?<!\\w[Tt]he)": each place of the tail enters one look-behind, not one per head
    (valgrind, data/raw: -7M a pass)."""
    by_tail: dict[str, dict[str, list[str]]] = {}
    for head, pattern in patterns:
        h = re.escape(head)
        opening = rf"{h}(?<!\w{h})"
        if len(head) < 2 or not pattern.startswith(opening):
            return None
        by_tail.setdefault(head[1:], {}).setdefault(pattern[len(opening):], []).append(head[0])
    # (the tails that open on one character searched as one pattern, their alternation: a search finds each position
    # where one of them matches, as _lower_whole_text searches on one past each; a pass over the text costs about as
    # much for a one-character literal as for a longer one, and the nine tails open on five characters)
    by_first: dict[str, list[str]] = {}
    for tail, rests in by_tail.items():
        t = re.escape(tail)
        alts = []
        for rest, firsts in rests.items():
            f = re.escape(firsts[0]) if len(firsts) == 1 else "[" + "".join(map(re.escape, firsts)) + "]"
            alts.append(rf"(?<={f}{t})(?<!\w{f}{t}){rest}")
        by_first.setdefault(tail[0], []).append(t + "(?:" + "|".join(alts) + ")")
    return [re.compile("|".join(group)) for group in by_first.values()]


def _token_trie(keys: list[str]) -> str:
    """A pattern that matches, where one of the keys (capitalised tokens: _TOKEN) stands as a whole token with no letter,
    digit or "_" before it, the key: a trie of their characters (sre tries a branch only where its first character is
    the text's), each first character followed by the look-behind, then a look-ahead for no letter, digit or "_" where a
    key ends. The alternation opens on the keys' first characters alone, so a search enters it only at one of them
    (sre's prefilter), as _TOKEN.finditer reads only capitalised words; it finds the tokens find reads, with a bucket
    and no letter or digit before them, in order (each a maximal run of letters and digits: one key at most matches)."""
    tree: dict = {}
    for k in keys:
        node = tree
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = None

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(c for c in node if c)]
        if "" in node:
            alts.append(r"(?![^\W_])")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "|".join(re.escape(ch) + r"(?<![^\W_].)" + branch(child) for ch, child in sorted(tree.items()))


def _first_token_differs(a: str, b: str) -> bool:
    """Two aliases whose first capitalised words are spelled apart ("ROK", "RoK"; not "Hebei Province" and "Hebei
    province", whose later words match in any case)."""
    ma, mb = _TOKEN.match(a), _TOKEN.match(b)
    return ma is not None and mb is not None and ma.group() != mb.group()


def _fold(s: str) -> str:
    """ASCII spelling of an alias: "Côte d'Ivoire" -> "Cote d'Ivoire"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class _Registry:
    def __init__(self) -> None:
        import pycountry  # imported on first use: nothing is loaded at import time

        rows = _csv_rows()
        # canonical country names: places.csv country rows first, then pycountry
        self.names: dict[str, str] = {}
        for alias, name, iso3, kind in rows:
            if kind == "country" and iso3 and iso3 not in self.names:
                self.names[iso3] = name
        self.numeric: dict[str, int] = {}
        py_aliases: list[tuple[str, _Entry]] = []
        for c in pycountry.countries:
            iso3 = c.alpha_3
            self.names.setdefault(iso3, getattr(c, "common_name", None) or c.name)
            self.numeric[iso3] = int(c.numeric)
            entry = _Entry(self.names[iso3], iso3, "country", False)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value:
                    py_aliases.append((value, entry))

        aliases: dict[str, tuple[str, _Entry]] = {}  # normalised alias -> (alias, entry)

        def put(alias: str, entry: _Entry) -> None:
            alias = " ".join(alias.split())
            if alias.startswith(("the ", "The ")) and alias[4:5].isupper():
                alias, entry = alias[4:], _Entry(entry.name, entry.iso3, entry.kind, True)
            key = alias.casefold()
            old = aliases.get(key)
            if old is not None and old[0] != alias and _first_token_differs(old[0], alias):
                # "ROK" and "RoK", "EAEU" and "EaEU": the first word is matched by its case, so each spelling of it
                # is an alias of its own (rule alias_case_variant)
                key = f"{key}\x00{alias}"
                old = aliases.get(key)
            if old is None or (old[1].article and not entry.article):
                aliases[key] = (alias, entry)

        for alias, name, iso3, kind in rows:
            put(alias, _Entry(name, iso3 or None, kind, False))
        for alias, entry in py_aliases:
            put(alias, entry)
        self._put_historic(aliases, put)
        self.listed = _listed_regions()
        for surface in self.listed:   # (after every alias: a country's name stays the country's alone)
            put(surface, _Entry(surface, None, "listed", False))
        for alias, entry in list(aliases.values()):
            folded = _fold(alias)
            if folded != alias:
                put(folded, entry)

        self.buckets: dict[str, _Bucket] = {}
        self.upper: dict[str, _Bucket] = {}
        lower: list[tuple[str, _Entry]] = []
        grouped: dict[str, list[tuple[str, _Entry]]] = {}
        for alias, entry in aliases.values():
            m = _TOKEN.match(alias)
            if m is None:
                lower.append((alias, entry))
                continue
            grouped.setdefault(m.group(), []).append((alias, entry))
        for key, items in grouped.items():
            b = _Bucket()
            items.sort(key=lambda it: -len(it[0]))
            if len(items) == 1 and items[0][0] == key:
                b.plain = items[0][1]
            else:
                b.entries = [e for _, e in items]
                # the alternation of the aliases, one group each, with their shared first word (the key: letters and
                # digits, each matching one character) written once before it: "(K R1)|(K R2)" and "K(?:(R1)|(R2))"
                # find the same alias, span and group, as K matches in one way only, and a match is no longer
                # re-reading K for each alias ("Republic" opens a hundred)
                head = "".join(map(re.escape, key))
                rests = [_alias_pattern(a) for a, _ in items]
                assert all(r.startswith(head) for r in rests)
                b.source = head + "(?:" + "|".join(f"({r[len(head):]})" for r in rests) + ")"
                b.aliases = [a for a, _ in items]
            self.buckets[key] = b
            self.upper.setdefault(key.upper(), b)
        # "other Asean countries", "Ecowas member states": a bloc's acronym of four or more letters is often
        # written in title case by the press; the bucket of the capitalised key reads it (case-blind patterns)
        self.acronyms: dict[str, _Bucket] = {
            key[0] + key[1:].lower(): b for key, b in self.buckets.items()
            if len(key) >= 4 and key.isupper() and all(e.kind == "bloc" for e in ([b.plain] if b.plain else b.entries))}

        # the bucket find reads for each token it reads one for (a bucket's key; else, four letters or more, an ALL
        # CAPS key's or a bloc acronym's in title case), and one pattern that finds those tokens alone where no letter
        # or digit stands before them: the text's other capitalised words are not read in Python (_token_trie)
        self.by_token: dict[str, _Bucket] = {k: b for k, b in self.upper.items() if len(k) >= 4 and k.isupper()}
        self.by_token.update((k, b) for k, b in self.acronyms.items() if not k.isupper())
        self.by_token.update(self.buckets)
        self.token_re = skip_compile(_token_trie([k for k in self.by_token if _TOKEN.fullmatch(k)]))

        lower.sort(key=lambda it: -len(it[0]))
        self.lower_entries = [e for _, e in lower]
        self.lower_aliases = [a for a, _ in lower]
        self.lower_re = (
            re.compile(
                "|".join(f"([{a[0]}{a[0].upper()}](?i:{_alias_pattern(a[1:])}))" for a, _ in lower)
            )
            if lower
            else None
        )
        # first words of those aliases, in both cases: located with str.find (fast), and the
        # alternation above is only tried where one of them starts
        heads = {re.match(r"[^\W_]+", a).group() for a, _ in lower}
        self.lower_heads = sorted(heads | {h[0].upper() + h[1:] for h in heads})
        # ... and one search for any of them, which _lower_loop makes first: a span holding none (most sentences of
        # another language's page) needs no str.find of each
        self.lower_any = re.compile("|".join(map(re.escape, self.lower_heads)))
        # ... and for each head, the alternation of only the aliases that can match where it stands (in their
        # order, so the same alias matches first): "the" opens a few thousand places of a book, where only "the
        # euro area" of the 30-odd aliases can start, so the others are not tried there one by one
        self.lower_by_head = {h: self._lower_for(h, lower) for h in self.lower_heads}
        # ... and for a whole text, one search pattern per head, in the heads' order: find_whole_text
        self.lower_search = self._lower_searches(lower)
        # ... and the patterns that find where one of them matches, a search for each tail of a head (_lower_whole_text)
        self.lower_tails = None if self.lower_search is None else _tails_of(
            [(h, rx.pattern) for h, (rx, _) in zip(self.lower_heads, self.lower_search)])

        # iso3 -> region_start's pattern for that country, made when first asked (one per country at most)
        self.region_patterns: dict[str, re.Pattern[str] | None] = {}

    def region_start(self, iso3: str) -> re.Pattern[str] | None:
        """A pattern that matches (searched over a whole text, no bounds) at every position where find reads a place
        of kind region and ISO code iso3 in some span of the text, and at some others (_region_start_source); None
        where the registry holds no such region. Made once per country."""
        if iso3 not in self.region_patterns:
            source = self._region_start_source(iso3)
            self.region_patterns[iso3] = None if source is None else re.compile(source)
        return self.region_patterns[iso3]

    def _region_start_source(self, iso3: str) -> str | None:
        """The source of region_start(iso3): for each token find reads a bucket for (by_token) whose bucket holds a
        region of iso3, the token as written (token_re reads it case-sensitively) followed by the part after the
        bucket's key of each such alias, case-blind (as the bucket's pattern reads it), in a trie of the tokens; and
        each lower-case alias of such a region as lower_re reads it. Wider than find, never narrower: no test of the
        character before a token nor of an alias's article, and a region alias is tried wherever it stands, not only
        where it is the first alternative of its bucket to match (_match_at's singles may reach it past an article
        alias). Searched with no end, an alias's last word is read as a whole word of the text (_WORD_END): a span
        that ends inside a word, before a letter or digit, may end on such a region where this finds none."""
        tree: dict = {}
        for token, b in self.by_token.items():
            if b.plain is not None:
                rests = [_WORD_END] if b.plain.kind == "region" and b.plain.iso3 == iso3 else []
            else:
                key = _TOKEN.match(b.aliases[0]).group()   # (the bucket's key: every alias opens on it)
                rests = [_alias_pattern(a)[len("".join(map(re.escape, key))):]
                         for a, e in zip(b.aliases, b.entries) if e.kind == "region" and e.iso3 == iso3]
            if rests:
                node = tree
                for ch in token:
                    node = node.setdefault(ch, {})
                node.setdefault("", []).extend(rests)
        lower = [(a, e) for a, e in zip(self.lower_aliases, self.lower_entries) if e.kind == "region" and e.iso3 == iso3]
        if not tree and not lower:
            return None

        def branch(node: dict) -> str:
            alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(c for c in node if c)]
            if "" in node:
                alts.append("(?i:" + "|".join(sorted(set(node[""]))) + ")")
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

        alts = [re.escape(ch) + branch(child) for ch, child in sorted(tree.items())]
        alts += [f"[{a[0]}{a[0].upper()}](?i:{_alias_pattern(a[1:])})" for a, _ in lower]
        return "|".join(alts)

    def _put_historic(self, aliases: dict, put) -> None:
        """The states ISO 3166-3 withdrew (the USSR, the GDR: facts/places_historic.py) as countries of their old codes,
        after every current name, so a name a current country has stays its own ("Burma", "East Timor"); none joining
        two current names ("Serbia and Montenegro"). The short name is the first not taken (rule historic_country)."""
        # (an alias is taken in any spelling of its letters: "Viet-Nam" is the current "Viet Nam")
        letters = {re.sub(r"[\W_]+", "", k.split("\x00")[0]) for k in aliases}
        taken = lambda a: re.sub(r"[\W_]+", "", a.casefold()) in letters   # noqa: E731
        for h in historic_countries():
            free = [a for a in h.aliases if not taken(a) and not joins_countries(a, taken)]
            if not free:
                continue
            self.names.setdefault(h.iso3, h.name if h.name in free else free[0])
            if h.numeric is not None:
                self.numeric.setdefault(h.iso3, h.numeric)
            entry = _Entry(self.names[h.iso3], h.iso3, "country", False)
            for a in free:
                put(a, entry)

    @staticmethod
    def _lower_for(head: str, lower: list[tuple[str, _Entry]]) -> tuple[re.Pattern, list[_Entry]]:
        """The lower-case aliases' alternation (as lower_re) without the aliases that cannot match text that opens
        with `head`: those whose first word differs from it, in ASCII, within the shorter of the two (another
        alphabet's is kept, as case-blind matching there is not plain lower-casing)."""
        def may_start(alias: str) -> bool:
            word = re.match(r"[^\W_]+", alias).group()
            k = min(len(word), len(head))
            return not (word.isascii() and head.isascii()) or word[:k].lower() == head[:k].lower()
        kept = [(a, e) for a, e in lower if may_start(a)]   # (never empty: the aliases the head is of)
        rx = re.compile("|".join(f"([{a[0]}{a[0].upper()}](?i:{_alias_pattern(a[1:])}))" for a, _ in kept))
        return rx, [e for _, e in kept]

    def _lower_searches(self, lower: list[tuple[str, _Entry]]) -> list[tuple[re.Pattern, list[_Entry]]] | None:
        """For each head (in lower_heads' order), one pattern searched over a whole text that finds exactly where the
        str.find loop (_lower_loop) has the head, no letter, digit or "_" before it, and its alternation (lower_by_head)
        matching: the head's literal (so the search runs on it, as str.find does), a look-behind for the character
        before (\\w, the loop's test), then of each alias of that alternation, in its order, the part after the head.
        Exact, as the head's characters are the text's there: an alias whose first word is the head or longer, and
        equal to it within the head in ASCII case-blind (all lower_by_head keeps), matches the head's characters, so
        the rest decides; one whose first word is shorter cannot match (the head's next character is a letter, where
        the alias has a space, dash or stop) and is left out (the first alternative that matches stays the same).
        None where a head or alias's first word is not ASCII (case-blind matching there is not plain lower-casing):
        the loop reads them."""
        out = []
        for head in self.lower_heads:
            parts, entries = [], []
            for a, e in lower:
                word = re.match(r"[^\W_]+", a).group()
                if not (word.isascii() and head.isascii()):
                    return None
                if len(word) < len(head) or word[:len(head)].lower() != head.lower():
                    continue
                rest = a[len(head):]
                parts.append(f"((?i:{_alias_pattern(rest)}))" if rest else r"((?![^\W_]))")
                entries.append(e)
            h = re.escape(head)
            out.append((re.compile(rf"{h}(?<!\w{h})(?:{'|'.join(parts)})"), entries))
        return out

    # -- matching -----------------------------------------------------------------------
    def _match_at(self, text: str, s: int, te: int, end: int, b: _Bucket) -> tuple[int, _Entry] | None:
        rx = b.regex
        if rx is None:
            if b.source is None:
                e = b.plain
                if e is not None and (not e.article or _THE.search(text, max(0, s - 12), s)):
                    return te, e
                return None
            rx = b.regex = re.compile(b.source, re.IGNORECASE)
        m = rx.match(text, s, end)
        if m is None:
            return None
        e = b.entries[m.lastindex - 1]
        if not e.article or _THE.search(text, max(0, s - 12), s):
            return m.end(), e
        if b.singles is None:
            b.singles = [(re.compile(_alias_pattern(a), re.IGNORECASE), e) for a, e in zip(b.aliases, b.entries)]
        for rx, e in b.singles[m.lastindex:]:  # rare: "the X" alias without its article
            m = rx.match(text, s, end)
            if m and (not e.article or _THE.search(text, max(0, s - 12), s)):
                return m.end(), e
        return None

    def find(self, text: str, start: int, end: int) -> list[Place]:
        found: list[tuple[int, int, _Entry]] = []
        by_token = self.by_token
        last = start
        for tm in self.token_re.finditer(text, start, end):
            # (a token with a bucket, no letter or digit before it: token_re finds those alone)
            s = tm.start()
            if s < last:
                continue
            b = by_token[tm.group()]
            rx = b.regex
            if rx is not None:
                # (_match_at's common case inlined: a whole text meets thousands of names; an alias written "the X"
                # is left to _match_at, which matches again)
                m = rx.match(text, s, end)
                if m is None:
                    continue
                e = b.entries[m.lastindex - 1]
                if not e.article:
                    last = m.end()
                    found.append((s, last, e))
                    continue
            elif b.source is None and not b.plain.article:
                # (_match_at's one-word alias inlined too: a bucket holds a plain alias where it has no source)
                last = tm.end()
                found.append((s, last, b.plain))
                continue
            hit = self._match_at(text, s, tm.end(), end, b)
            if hit is not None:
                found.append((s, hit[0], hit[1]))
                last = hit[0]
        if self.lower_re is not None:
            extra = []
            if end - start >= _WHOLE_TEXT and self.lower_search is not None:
                self._lower_whole_text(text, start, end, extra)
            else:
                self._lower_loop(text, start, end, extra)
            if extra:
                found = _leftmost_longest(found, extra)
        # (the places made in one loop that also notes a name of listed_regions.csv and where the blocs stand, which
        # the rules below read: _with_listed_regions makes no bloc and drops none, though the places it drops move them)
        places = []
        listed = self.listed
        any_listed = False
        blocs = []
        for s, e, en in found:
            kind = en.kind
            if kind != "stop":
                surface = text[s:e]
                places.append(new_place(s, e, surface, en.name, en.iso3, kind))
                if surface in listed:
                    any_listed = True
                if kind == "bloc":
                    blocs.append(len(places) - 1)
        if any_listed:
            places = _with_listed_regions(text, places, listed)
            blocs = [i for i, p in enumerate(places) if p.kind == "bloc"]
        if blocs:
            places = _with_exceptions(text, _alone_or_listed(text, places, blocs), blocs)
        return places

    def _lower_whole_text(self, text: str, start: int, end: int, extra: list) -> None:
        """The lower-case aliases in text[start:end] appended to extra as _lower_loop appends them (same spans, same
        order: head by head, left to right), each head's pattern (lower_search) searched for: over a whole text the
        loop reads every "the", "countries" and "Europe" in Python; a search's setup costs more than str.find's on a
        sentence. Where the heads pair by their tails (lower_tails), a search per tail (per first letter of the tails)
        finds where a head's pattern matches (one pass over the text for "the" and "The"), each head's pattern then
        tried there: the same positions
        (a tail's pattern matches one position past a head's where that head's does, its look-behinds reading the same
        characters; match and search read the same text around a position) put in the order of the heads."""
        heads = self.lower_search
        if self.lower_tails is None:
            for rx, entries in heads:
                m = rx.search(text, start, end)
                while m is not None:
                    extra.append((m.start(), m.end(), entries[m.lastindex - 1]))
                    m = rx.search(text, m.start() + 1, end)
            return
        hits = []
        for tail in self.lower_tails:
            m = tail.search(text, start + 1, end)
            while m is not None:
                i = m.start() - 1
                for k, (rx, entries) in enumerate(heads):
                    h = rx.match(text, i, end)
                    if h is not None:
                        hits.append((k, i, h.end(), entries[h.lastindex - 1]))
                m = tail.search(text, i + 2, end)
        # (a position two tails find, "Eurozone"'s and "Euro"'s, once)
        hits = sorted(set(hits), key=lambda t: (t[0], t[1]))
        extra.extend((i, e, entry) for _, i, e, entry in hits)

    def _lower_loop(self, text: str, start: int, end: int, extra: list) -> None:
        """The lower-case aliases in text[start:end] appended to extra: each head found by str.find, the aliases that
        may start with it tried where no letter or digit stands before it."""
        if self.lower_any.search(text, start, end) is None:
            return   # (no head in the span: no str.find of each finds one)
        for head in self.lower_heads:
            rx, entries = self.lower_by_head[head]
            i = text.find(head, start, end)
            while i >= 0:
                if not (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")):
                    m = rx.match(text, i, end)
                    if m is not None:
                        extra.append((i, m.end(), entries[m.lastindex - 1]))
                i = text.find(head, i + 1, end)


# "Ohio ($50.5 billion); Georgia ($37.6 billion); Tennessee", "California ($168.1 billion); Washington ($81.9 billion);
# Louisiana": a name that is a region of a country beside that country's other regions in a list, and a country, a
# capital or no place alone (vocab listed_regions.csv; rule listed_region)
_LISTED_GAP = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:[,;&]\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?", re.I)
# ... or a table's rows or cells of figures: "Indiana | 9.9% |\nWashington | 8.4% |" (progressivepolicy.org), "Florida
# 2,627.3 2,627.3 3.5% Georgia 1,557.9" (census.gov): the neighbour's figures, then a new line or the next name
_LISTED_CELLS = re.compile(r"\*?(?:[ \t]*[|:]?[ \t]*[-$€£]?\d[\d.,]*%?)*[ \t]*\|?[ \t]*(?:\n\s*(?:[|*•-]\s*)?)?")
_LISTED_REACH = 60   # characters between two names of a list, a bracket of figures included


@lru_cache(maxsize=1)
def _listed_rows() -> tuple[tuple[str, str, str, str, str], ...]:
    """(surface, name, iso3, page_cues, rivals) of each row of vocab listed_regions.csv, read once for both its rules
    (listed_region, page_region)."""
    return tuple((r["surface"].strip(), r["name"].strip(), r["iso3"].strip(), (r.get("page_cues") or "").strip(),
                  (r.get("rivals") or "").strip()) for r in read_csv("listed_regions.csv"))


@lru_cache(maxsize=1)
def _listed_regions() -> dict[str, tuple[tuple[str, str], ...]]:
    """surface -> the (name, iso3) of each region it is in a list of its country's regions (vocab listed_regions.csv)."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for surface, name, iso3, _, _ in _listed_rows():
        out[surface] = out.get(surface, ()) + ((name, iso3),)
    return out


def _listed_beside(text: str, places: list[Place], i: int, iso3: str) -> bool:
    """Whether places[i] stands in a list beside a region of the country iso3."""
    p = places[i]
    for q, a, b in ((places[i - 1] if i > 0 else None, None, p.start), (places[i + 1] if i + 1 < len(places) else None, p.end, None)):
        if q is None or q.kind != "region" or q.iso3 != iso3:
            continue
        a, b = (q.end, b) if a is None else (a, q.start)
        if b - a <= _LISTED_REACH and (_LISTED_GAP.fullmatch(text, a, b) or _LISTED_CELLS.fullmatch(text, a, b)):
            return True
    return False


def _with_listed_regions(text: str, places: list[Place], listed: dict) -> list[Place]:
    """places with each name of vocab listed_regions.csv that stands in a list beside a region of its country read as
    that region (a name so read counts as a neighbour of the next: "Washington, Georgia and Texas"); such a name the
    gazetteer does not read alone ("Washington") dropped where it is not so listed (rule listed_region)."""
    out = list(places)
    todo = [i for i, p in enumerate(out) if p.surface in listed and p.kind in ("country", "listed")]
    changed = True
    while todo and changed:
        changed = False
        for i in list(todo):
            p = out[i]
            hit = next(((name, iso3) for name, iso3 in listed[p.surface] if _listed_beside(text, out, i, iso3)), None)
            if hit is not None:
                out[i] = replace(p, name=hit[0], iso3=hit[1], kind="region", via="listed_region")
                todo.remove(i)
                changed = True
    return [p for p in out if p.kind != "listed"]


# Names that are a region in a list of regions and a country alone (vocab list_places.csv)
_LIST_JOIN = skip_compile(r"\s*(?:,|;|\band\b|\bor\b|&)\s*(?:the\s+)?$|^\s*(?:,|;|\band\b|\bor\b|&)\s*(?:the\s+)?", re.I)


@lru_cache(maxsize=1)
def _alone_readings() -> dict[str, tuple[str, str | None, str]]:
    return {r["surface"].strip(): (r["name"].strip(), r["iso3"].strip() or None, r["kind"].strip())
            for r in read_csv("list_places.csv")}


def _alone_or_listed(text: str, found: list[Place], blocs: list[int]) -> list[Place]:
    """A region's name that is a country's when it stands alone ("America First") keeps the region
    only beside another region in a list ("Africa, Europe, America and Asia"). blocs: where found's blocs stand, in
    order (the places read: a whole text's scan holds thousands of others)."""
    readings = _alone_readings()
    out = list(found)
    for i in blocs:
        p = out[i]
        alone = readings.get(p.surface)
        if alone is None:
            continue
        prev = out[i - 1] if i > 0 else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        listed = (prev is not None and prev.kind == "bloc" and p.start - prev.end <= 12
                  and _LIST_JOIN.search(text[prev.end:p.start]) is not None) or \
                 (nxt is not None and nxt.kind == "bloc" and nxt.start - p.end <= 12
                  and _LIST_JOIN.search(text[p.end:nxt.start]) is not None)
        if not listed:
            out[i] = replace(p, name=alone[0], iso3=alone[1], kind=alone[2])
    return out


# "non-EU countries (excluding the UK)", "Asia except China", "the EU - including Britain -": words
# right after a bloc that change the group it names (vocab group_alterations.csv)
@lru_cache(maxsize=1)
def _alterations() -> tuple[re.Pattern, dict[str, str]]:
    rows = [(r["word"].strip(), r["effect"].strip()) for r in read_csv("group_alterations.csv")]
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w, _ in sorted(rows, key=lambda r: -len(r[0])))
    pattern = re.compile(rf"\s*[-\u2013\u2014,(]?\s*({words})\s+(?:the\s+)?", re.I)
    return pattern, {" ".join(w.lower().split()): e for w, e in rows}


def _with_exceptions(text: str, found: list[Place], blocs: list[int]) -> list[Place]:
    """A bloc followed by words that change the group: its alteration (and the place the words
    name); a group less or plus a place is renamed with them ("European Union (excluding the UK)"). blocs: where
    found's blocs stand, in order (_alone_or_listed made none, and may have read one as a country)."""
    pattern, effects = _alterations()
    out = list(found)
    for i in blocs:
        p = out[i]
        if p.kind != "bloc":
            continue
        m = pattern.match(text, p.end)
        if m is None:
            continue
        effect = effects.get(" ".join(m.group(1).lower().split()))
        q = out[i + 1] if i + 1 < len(out) and m.end() <= out[i + 1].start <= m.end() + 2 else None
        name = p.name
        if q is not None and effect in ("leaves_out", "adds"):
            name = f"{p.name} ({text[m.start(1):q.end]})"
        out[i] = replace(p, name=name, alteration=effect, altered_iso3=q.iso3 if q is not None else None)
    return out


def _span_order(t: tuple[int, int, _Entry]) -> tuple[int, int]:
    return t[0], -t[1]


def _leftmost_longest(found: list[tuple[int, int, _Entry]], extra: list[tuple[int, int, _Entry]]) -> list[tuple[int, int, _Entry]]:
    """The spans of found + extra kept leftmost, then longest, first: sorted by (start, -end), stably (of two alike, found's
    first), each kept that starts at or after the end of the last kept. found (find's scan of capitalised tokens) is in
    that order already, its spans apart: only extra (the lower-case aliases, few) is sorted, then merged in."""
    extra.sort(key=_span_order)
    out, last, j, n = [], -1, 0, len(extra)
    for t in found:
        s, e = t[0], t[1]
        while j < n:
            x = extra[j]
            if x[0] > s or (x[0] == s and x[1] <= e):   # (x after t in the order, or alike: found's first)
                break
            j += 1
            if x[0] >= last:
                out.append(x)
                last = x[1]
        if s >= last:
            out.append(t)
            last = e
    for x in extra[j:]:
        if x[0] >= last:
            out.append(x)
            last = x[1]
    return out


def _csv_rows() -> list[tuple[str, str, str, str]]:
    text = read_text("places.csv")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines)
    return [(r["alias"].strip(), r["name"].strip(), r["iso3"].strip(), r["kind"].strip()) for r in reader]


@lru_cache(maxsize=1)
def _registry() -> _Registry:
    return _Registry()


# -- public API ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _local():
    """facts/places_local.py, read on first use: it imports this module, so not at import time; and not by a statement
    in find_places: a `from ... import` run at each call costs about 8,800 instructions on CPython 3.11 (the look-up of the
    module's __path__ it makes fails with a formatted AttributeError), this cached look-up about 400."""
    from tradeflows.facts import places_local
    return places_local


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Place mentions in text[start:end], left to right, non-overlapping, in text coordinates.
    In a document of another language (vocab.current_language) its own names join the
    English ones (facts/places_local.py)."""
    end = len(text) if end is None else end
    found = _registry().find(text, start, end)
    lang = current_language()
    if lang != DEFAULT_LANGUAGE:
        local = _local()
        found = local.capital_pairs(lang, text, local.merge(found, local.find_local_places(lang, text, start, end)))
    elif len(found) > 1:
        # "Minsk and Tehran signed a roadmap", "between Minsk and Ankara": two capitals joined stand for their countries
        # (rule capital_pair; vocab/en/capitals.txt)
        found = _local().capital_pairs(lang, text, found)
    aliases = _PAGE_ALIASES.get()
    if aliases:
        found = _with_page_aliases(text, start, end, found, aliases)
    return _groups_outside(text, _not_outlets(text, found))


# "Germany's trade deficit with China forces it to make a move" ... "But the data hides a growing asymmetry: Berlin
# imported goods worth 170.600 billion and exported only 81.300 billion" (mundoamerica.com, data/web61 dh11): on a page
# that names the country in full and whose title does not name the capital, a capital of vocab/en/capitals.txt right
# before a verb of its own flow stands for its country, as news writes a government for its state (rule capital_flow;
# patterns.csv row place_flow_verb_after). A page titled on the city's own trade keeps the city ("Beijing's imports,
# exports fall by 6.2% in Q1" ... "Beijing imported 389.97 billion yuan worth of crude oil", finanz.dk); so does
# "exports of Berlin", "Berlin's exports".
_FLOW_VERB_AFTER = EnglishCue("place_flow_verb_after")
_CAPITAL_FLOW = "capital_flow"   # (the marker of a page alias of this rule: page_aliases, _with_page_aliases)


@lru_cache(maxsize=1)
def _english_capitals() -> tuple[str, ...]:
    return tuple(read_lines("capitals.txt"))


def _flow_capitals(text: str, title: str | None) -> list[tuple]:
    """(marker, iso3, capital's name, None, "") of each capital the page writes right before a verb of its flow, names the
    country of in full and does not name in its title (rule capital_flow). (The verbs are looked for first, by the
    words every match of row place_flow_verb_after holds (vocab.pattern_needs), and the row is matched from the end of
    the word before them: a page without them costs no search of its capitals.)"""
    out = []
    caps = _english_capitals()
    rx = _FLOW_VERB_AFTER()
    for verb in next(iter(pattern_needs(rx)), ()):
        at = text.find(verb)
        while at >= 0:
            end = at
            while end and text[end - 1].isspace():
                end -= 1
            if end < at and rx.match(text, end):
                for name in caps:
                    if text.endswith(name, max(0, end - len(name)), end) \
                            and (end == len(name) or not text[end - len(name) - 1].isalnum()) \
                            and not (title and name in title):
                        place = lookup(name)
                        if place is not None and place.kind == "region" and place.iso3 and country(place.iso3) in text \
                                and all(x[2] != place.name for x in out):
                            out.append((_CAPITAL_FLOW, place.iso3, place.name, None, ""))
            at = text.find(verb, at + 1)
    return out


# "SA's exports", "exports to SA", "In SA, exports": an abbreviation that names a country only on a page about it
# (vocab page_abbreviations.csv; rule page_abbreviation): read where it owns a flow, follows a preposition or opens a
# sentence before a lower-case verb, never as a company's suffix ("Nestle SA")
_PAGE_ALIASES: ContextVar[tuple] = ContextVar("tradeflows_page_aliases", default=())
_ALIAS_AFTER = re.compile(r"['’]s?(?!\w)|\s+(?=[a-z])|\s*[,;:.)]")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&.-]*\s+$")
_ALIAS_BEFORE = re.compile(r"(?:\b(?:to|from|in|into|with|of|between|and|for|by|than)\s+|(?:^|[.!?]\s+|\n\s*))$")


# how a page's abbreviation is read, by language: the characters that may not stand before it, the look-ahead after it,
# and how its rivals are matched. English: no part of a dotted, ampersanded or hyphened name ("S.A.", "AT&T", "SA.com")
# and its rivals whole names as written; another language's rivals are word stems, any ending, any case ("Таджикск").
# (the look-behind after the abbreviation, not before it: a pattern opening on its literal is searched for that literal,
# one opening on a look-behind is tried at every position of the page)
_ABBREVIATION_EDGES = {DEFAULT_LANGUAGE: (r"[\w.&-]", r"(?![\w&-]|\.\w)", r"\b(?:{})\b", 0)}
_ABBREVIATION_EDGES_OTHER = (r"[\w-]", r"(?![\w-])", r"(?<![\w-])(?:{})", re.I)


def _word_in(rx: re.Pattern, text: str) -> bool:
    """Whether one of rx's words stands in text as a whole word (no letter, digit or dot before it). (A text holding
    none of the words, vocab.pattern_needs, is not scanned: a substring test per word, where rx, opening on no common
    literal, is entered at every capital of the page; on the book of data/raw one scan of its 663,000 characters was
    some 0.3% of a pass.)"""
    if not holds(text, pattern_needs(rx)):
        return False
    return any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")
               for m in rx.finditer(text))


@lru_cache(maxsize=1)
def _page_regions() -> tuple:
    """(surface, region name, iso3, cues pattern, rivals pattern) of each listed_regions.csv row with page cues."""
    def words(cell: str):
        ws = [w.strip() for w in (cell or "").split(";") if w.strip()]
        # (opening on the words' literals, not on a look-behind: _word_in checks the character before)
        return re.compile(r"(?:" + "|".join(map(re.escape, ws)) + r")(?!\w)") if ws else None
    return tuple((surface, name, iso3, words(cues), words(rivals))
                 for surface, name, iso3, cues, rivals in _listed_rows() if cues)


@lru_cache(maxsize=None)
def page_abbreviations(lang: str) -> tuple:
    """(abbreviation, its pattern, iso3, name, rivals pattern, page cues pattern or None) of
    vocab/<lang>/page_abbreviations.csv (none where the
    language has no such file): "SA" is South Africa on a page naming it, "РТ" Tatarstan on a page naming Tatarstan,
    Tajikistan on one naming Tajikistan. name: the region it stands for (the English registry's name), None for the
    country (English rows name none); its pattern's edges and its rivals' matching are the language's
    (_ABBREVIATION_EDGES)."""
    if lang != DEFAULT_LANGUAGE and not has_file("page_abbreviations.csv", lang):
        return ()
    before, after, rivals_of, flags = _ABBREVIATION_EDGES.get(lang, _ABBREVIATION_EDGES_OTHER)
    rows = []
    for r in read_csv("page_abbreviations.csv", lang):
        rivals = [x.strip() for x in r["rivals"].split(";") if x.strip()]
        cues = [x.strip() for x in (r.get("page_cues") or "").split(";") if x.strip()]
        abbr = re.escape(r["abbreviation"])
        rows.append((r["abbreviation"], re.compile(abbr + r"(?<!" + before + abbr + r")" + after), r["iso3"],
                     (r.get("name") or "").strip() or None,
                     re.compile(rivals_of.format("|".join(map(re.escape, rivals))), flags) if rivals else None,
                     re.compile(rivals_of.format("|".join(map(re.escape, cues))), flags) if cues else None))
    return tuple(rows)


def page_aliases(text: str, title: str | None = None, outlet: str | None = None) -> tuple:
    """The abbreviations that name a country on this page: (pattern, iso3, name, bare, via) of each whose place (the
    region, else the country) the page names in full, or with a word of its row's page_cues (via: rule
    page_abbreviation_cue, else ""), or in English whose country is the outlet's, and none of whose rivals is
    named (rule page_abbreviation). name: the region an abbreviation of another language's vocabulary stands for (None:
    the country); bare: read wherever it stands, not only in the English places a country's name takes (rule
    page_abbreviation_region: every abbreviation of another language). On an English page also (_CAPITAL_FLOW, iso3, the
    capital's name, None) of each capital that stands there for its country before a verb of its flow (rule
    capital_flow)."""
    lang = current_language()
    bare = lang != DEFAULT_LANGUAGE
    out = []
    page = None
    for abbr, rx, iso3, name, rivals, cues in page_abbreviations(lang):
        # (the abbreviation looked for first as a plain substring: most pages have none)
        if abbr not in text and abbr not in (title or ""):
            continue
        page = page if page is not None else (title or "") + "\n" + text
        if not rx.search(page) or (rivals is not None and rivals.search(page)):
            continue
        # (an English page's outlet of the country stands for its name; another language's abbreviation is read only
        # where the page names its place: it may stand for a region, which no outlet's country says)
        # ("Обострение в корейско-японских отношениях ... торговой войной Японии и РК" (journal-neo.su): a word of the
        # row's page_cues names the place as well, here the adjective the gazetteer leaves to no Korea; rule
        # page_abbreviation_cue)
        via = ""
        if (bare or outlet != iso3) and not any(p.iso3 == iso3 and (p.name == name if name else p.kind == "country")
                                                for p in find_places(page)):
            if cues is None or not cues.search(page):
                continue
            via = "page_abbreviation_cue"
        out.append((rx, iso3, name, bare, via))
    if not bare:
        out += _flow_capitals(text, title)
        for surface, name, iso3, cues, rivals in _page_regions():
            # "Georgia exports last year rose ... Savannah's Gulfstream": on a page about the region, its name alone is
            # the region (rule page_region; vocab listed_regions.csv page_cues, rivals)
            if surface in text:
                page = page if page is not None else (title or "") + "\n" + text
                if _word_in(cues, page) and (rivals is None or not _word_in(rivals, page)):
                    out.append((None, iso3, name, surface, ""))
    return tuple(out)


def set_page_aliases(aliases: tuple):
    """Read the page's abbreviations (page_aliases) as places until reset_page_aliases(the token returned)."""
    return _PAGE_ALIASES.set(aliases)


def reset_page_aliases(token) -> None:
    _PAGE_ALIASES.reset(token)


@contextmanager
def using_page_aliases(aliases: tuple):
    """Read the page's abbreviations (page_aliases) as places inside the block."""
    token = _PAGE_ALIASES.set(aliases)
    try:
        yield
    finally:
        _PAGE_ALIASES.reset(token)


def _with_page_aliases(text: str, start: int, end: int, found: list[Place], aliases: tuple) -> list[Place]:
    """found with each page abbreviation that stands where a country's name would, none overlapping a place found."""
    extra = []
    for rx, iso3, name, bare, cue_via in aliases:
        if rx is _CAPITAL_FLOW:   # "Berlin imported goods worth ..." on a page on Germany (rule capital_flow)
            found = [replace(p, name=country(iso3), kind="country", via=add_via(p.via, "capital_flow"))
                     if p.name == name and p.kind == "region" and _FLOW_VERB_AFTER().match(text, p.end) else p
                     for p in found]
            continue
        if rx is None:   # a name on a page about its region (rule page_region): bare is the surface
            found = [replace(p, name=name, iso3=iso3, kind="region", via="page_region")
                     if p.surface == bare and p.kind == "country" else p for p in found]
            continue
        for m in rx.finditer(text, start, end):
            if any(p.start < m.end() and m.start() < p.end for p in found):
                continue
            if not bare and not _ALIAS_AFTER.match(text, m.end()) and m.end() != end:
                continue
            via = cue_via   # (rule page_abbreviation_cue, where the row's page cue named the place)
            if not bare and not _ALIAS_BEFORE.search(text, max(0, m.start() - 12), m.start()) and m.start() != start:
                # "In 2022, SA exported about R275-billion in goods to the US", "the value of goods SA exported to the
                # US" (farmingportal.co.za, data/web61 dh09): right before a verb of its flow it is the trader, unless a
                # capitalized word before makes it a company's suffix ("Nestle SA exported"; rule page_abbreviation_flow)
                if not _FLOW_VERB_AFTER().match(text, m.end()) \
                        or _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None:
                    continue
                via = add_via(via, "page_abbreviation_flow")
            extra.append(Place(m.start(), m.end(), m.group(), name or country(iso3), iso3, "region" if name else "country",
                               via=via))
    return sorted(found + extra, key=lambda p: p.start) if extra else found


# "exports to countries other than the United States", "non-ASEAN countries", "nations outside Russia": the countries
# outside a named place form a group of their own, the partner as written, not the place (rule group_outside; the
# gazetteer's rows keep their names: "non-EU states" is "non-EU countries"). Cues other_than_before, non_before,
# group_after (vocab patterns.csv of another language adds its own)
OTHER_THAN_BEFORE = re.compile(r"\b(?:countries|nations|economies|markets|destinations|states|partners)\s+"
                               r"(?:other\s+than|outside(?:\s+of)?)\s+(?:the\s+)?\Z", re.I)
NON_BEFORE = re.compile(r"(?<![^\W_])non\s*-\s*\Z", re.I)
GROUP_AFTER = re.compile(r"\s*(?:member\s+)?(?:countries|nations|economies|markets|destinations|states|partners)\b", re.I)
GROUP_WORD_END = skip_compile(r"\b(?:countries|nations|economies|markets|states|members)\Z", re.I)
_OUTSIDE_REACH = 40  # characters before a place that "countries other than the" fits in


def _groups_outside(text: str, found: list[Place]) -> list[Place]:
    """Each place preceded by "countries other than" or "non-" with a group word after: one bloc place of the
    whole phrase, named as written ("countries other than the U.S.", "non-ASEAN countries")."""
    if not found:
        return found
    out = None
    english = current_language() == DEFAULT_LANGUAGE
    # (the language's cues looked up once a call, not for each place: another language reads one for every place)
    non_before, group_after = cue("non_before", NON_BEFORE), cue("group_after", GROUP_AFTER)
    other_than_before = cue("other_than_before", OTHER_THAN_BEFORE)
    for i in (_outside_candidates(text, found) if english else range(len(found))):
        p = found[i]
        ps = p.start
        if p.kind not in KINDS or ps < 4:
            continue
        before = text[ps - _OUTSIDE_REACH if ps > _OUTSIDE_REACH else 0:ps]
        # ("-" in its last 3 characters: a whole text tests this for thousands of places, most of whose 40 characters
        # hold no "-", so the substring test comes first and the last 3 characters are not copied)
        if "-" in before and before.rfind("-") >= len(before) - 3:
            m = non_before.search(before)
            if m is None:
                continue
            start, end = p.start - len(before) + m.start(), p.end
            if GROUP_WORD_END.search(p.surface) is None:  # "non-ASEAN countries" is the alias "ASEAN countries"
                g = group_after.match(text, p.end)
                if g is None:
                    continue
                end = g.end()
            name = "non-" + " ".join(text[p.start:end].split())
        elif not english or "than" in before or "outside" in before:
            # (the words' test is the English pattern's cheap gate; another language's row of the cue is always read)
            m = other_than_before.search(before)
            if m is None:
                continue
            start = p.start - len(before) + m.start()
            end = p.end
            name = " ".join(text[start:end].split())
        else:
            continue
        if i > 0 and found[i - 1].end > start:  # "third countries other than India": the bloc's own alteration
            continue
        if out is None:
            out = list(found)
        out[i] = new_place(start, end, text[start:end], name, None, "bloc")
    return found if out is None else out


def _outside_candidates(text: str, found: list[Place]) -> list[int]:
    """The indexes (in order) of the places of found (in text order) that _groups_outside reads in English: a "-" in
    the 3 characters before one, or "than" or "outside" in the _OUTSIDE_REACH before it; any other it passes by. Looked
    up from where those words stand (str.find), not place by place: a whole text's scan holds thousands of places
    and few of these words (valgrind, the book of data/raw: 21.6M instructions a scan read place by place)."""
    starts = [p.start for p in found]
    n, lo, hi = len(starts), max(0, starts[0] - _OUTSIDE_REACH), starts[-1]
    out: set[int] = set()
    for word, reach in (("-", 3), ("than", _OUTSIDE_REACH), ("outside", _OUTSIDE_REACH)):
        i = text.find(word, lo, hi)
        while i >= 0:
            # (the places whose window before them holds this word whole: they start from its end to reach past it)
            k = bisect_left(starts, i + len(word))
            while k < n and starts[k] <= i + reach:
                out.add(k)
                k += 1
            i = text.find(word, i + 1, hi)
    return sorted(out)


# "According to Lao News Agency, outbound shipments reached ...", "(MENAFN- Kuwait News Agency)", "Saudi Press
# Agency": a place naming a news agency is the wire that tells the figure, no side of the trade (rule news_agency);
# so is a newspaper's or a broadcaster's name: "(APP - UrduPoint / Pakistan Point News - 3rd Jan, 2024)", "China
# Daily", "Kuwait Times", "Pakistan Today", "Korea Herald" (capitalised words only)
# (every word of it opens on a capital letter after the whitespace: _not_outlets' precheck reads that, a test checks it)
NEWS_AGENCY_AFTER = re.compile(r"\s+(?:(?:State\s+)?(?:News|Press)\s+Agency|(?:Point\s+)?News|Daily|Times|Today|Tribune|"
                               r"Herald|Observer|Gazette|Telegraph|Chronicle|TV|Radio)\b")


def _not_outlets(text: str, found: list[Place]) -> list[Place]:
    """The places that do not name a news agency (cue news_agency_after) nor open an outlet's name in quotes after the
    outlet's kind ("Ранее телеканал «Санкт-Петербург» рассказывал, что товарооборот России и Казахстана достиг 22
    миллиардов долларов": a broadcaster, no region of the flow; cue outlet_name_before, Russian rows only: rule
    quoted_outlet)."""
    if not found:
        return found
    after = cue("news_agency_after", NEWS_AGENCY_AFTER)
    before = cue("outlet_name_before", NEVER)
    if after is NEWS_AGENCY_AFTER and before is NEVER:
        # (most places are not followed by whitespace and then a capital letter or more whitespace, where any match of
        # NEWS_AGENCY_AFTER opens: for them no match is tried, the same places kept)
        n = len(text) - 1
        return [p for p in found if not (p.end < n and text[p.end].isspace()
                                         and (text[p.end + 1].isupper() or text[p.end + 1].isspace())
                                         and after.match(text, p.end))]
    return [p for p in found if not after.match(text, p.end)
            and (before is NEVER or not before.search(text, max(0, p.start - 40), p.start))]


# "the Association of Southeast Asian Nations (ASEAN)", "the European union (EU)": a place's name restated in
# brackets right after it
_RESTATED_OPEN = re.compile(r"\s*\(\s*")
_RESTATED_CLOSE = re.compile(r"\s*\)")


def merge_restated(text: str, places: list[Place]) -> list[Place]:
    """places (in text order) with each name restated in brackets right after the same place merged into it,
    the place spanning its bracket: "the European Union (EU)" is one mention (rule restated_place)."""
    out: list[Place] = []
    for p in places:
        prev = out[-1] if out else None
        if prev is not None and p.name == prev.name and _RESTATED_OPEN.fullmatch(text, prev.end, p.start):
            close = _RESTATED_CLOSE.match(text, p.end)
            out[-1] = replace(prev, end=close.end() if close else p.end)
        else:
            out.append(p)
    return out


def region_starts(text: str, iso3: str) -> list[int] | None:
    """In English, the positions of text at which find_places(text, start, end) may read a place of kind region and ISO
    code iso3 for a span [start, end) of it that does not end before a letter or digit (a span that does may end on
    such a region found nowhere else: its reader keeps it): every one, and some more (_Registry.region_start, the
    surfaces that list_places.csv reads alone as such a region or listed_regions.csv as one beside another, a page's
    name of that region: rules listed_region, page_region; the page's abbreviations in force). A reader of a few of a
    long text's spans that looks for such a place (carry's region opener in a book) reads only the spans holding one
    of these, not the others, nor a scan of the whole text. None where a page's abbreviation may stand for a region
    (no such English row): any position may."""
    rx = _registry().region_start(iso3)
    literals = {surface for surface, (_, i, kind) in _alone_readings().items() if kind == "region" and i == iso3}
    # ("Washington, Georgia and Texas": a name of listed_regions.csv read as a region of its country beside another)
    literals.update(surface for surface, regions in _listed_regions().items() if any(i == iso3 for _, i in regions))
    for pattern, i, name, bare, _ in _PAGE_ALIASES.get():
        if pattern is None and i == iso3:
            literals.add(bare)
        elif pattern is not _CAPITAL_FLOW and name is not None:
            return None
    out = set()
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.add(i)
            i = text.find(lit, i + 1)
    if rx is not None:
        m = rx.search(text)
        while m is not None:   # (from one past each match, not its end: a match may hold the start of another)
            out.add(m.start())
            m = rx.search(text, m.start() + 1)
    return sorted(out)


def lookup(alias: str) -> Place | None:
    """The place an alias names when it is nothing but that place ("Kursk region"), else None."""
    stripped = alias.strip()
    places = find_places(stripped)
    if len(places) == 1 and places[0].start == 0 and places[0].end == len(stripped):
        return places[0]
    return None


@lru_cache(maxsize=4096)
def is_bloc_name(name: str) -> bool:
    """Whether a canonical name is a bloc's: one the English registry reads as a bloc ("Mercosur"), or a bloc row's
    canonical name in another language's places.csv ("Таможенный союз" -> "Customs Union", a Russian page's reporter)."""
    p = lookup(name)
    if p is not None:
        return p.kind == "bloc"
    return name in _local_bloc_names()


@lru_cache(maxsize=1)
def _local_bloc_names() -> frozenset:
    from tradeflows.vocab import languages
    out = set()
    for lang in languages():
        if lang != DEFAULT_LANGUAGE and has_file("places.csv", lang):
            out.update(r["name"] for r in read_csv("places.csv", lang) if r.get("kind") == "bloc" and r.get("name"))
    return frozenset(out)


def country(iso3: str) -> str:
    """Canonical short name of a country ("IRN" -> "Iran"); KeyError if the code is unknown."""
    return _registry().names[iso3.upper()]


def m49(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (equal to the UN M49 code for countries), None if unknown."""
    return _registry().numeric.get(iso3.upper()) if iso3 else None

"""Places named in a language other than English, with their case forms.

Names come from CLDR (Babel's territory names of the language: "Беларусь", "Китай",
"Соединенные Штаты") and from vocab/<lang>/places.csv (short forms, blocs, regions,
demonym stems: "РФ", "СНГ", "Брянская область", "белорусск"). Each is reported under
the English registry's canonical name and ISO code (facts.places), so a Russian page's
partner reads as an English one's.

A name word's case forms are its lexeme in the morphological analyser (facts/inflect.py,
pymorphy3): "Беларусью", "Египтом", "в Южную Корею". A word the analyser does not know
as a noun or adjective, or every word when the analyser is absent, is inflected by stem:
a word of five letters or more loses its final vowel, "й" or "ь" (two letters for an
adjective ending, "-ия") and takes up to three letters of ending; a shorter word ending
in "-а"/"-я" takes a noun ending ("Азии", "Кубы"), one ending in a consonant an optional
one ("Ирана"), one ending in another vowel none ("Перу"); a demonym stem takes any
ending, in either case. A capitalised name's first letter must be a capital, so "Того"
or "Чад" never match in lower case. Built once per language and process.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from tradeflows.facts.inflect import forms
from tradeflows.facts.places import Place, new_place, country
from tradeflows.vocab import has_file, holds, pattern_needs, read_csv, read_lines, text_low
from tradeflows.vocab.patterns import LETTERS as _WORD, NEVER, cue_in
from tradeflows.vocab.skip import skip_compile

_ADJ_ENDINGS = ("ая", "ой", "ий", "ый", "ые", "ое", "ия", "ья")
_SHORT_ENDINGS = r"(?:а|у|е|ом|ой|ы|ов|ам|ах|и|ю)?"
_ENDING = r"[а-яё]{0,3}"
_TRAIL = "аяьйоеиуыю"


def _yo(form: str) -> str:
    """A form as a pattern in which "е" and "ё" stand for each other (texts drop the dots)."""
    return "".join("[её]" if c in "её" else ("[ЕЁ]" if c in "ЕЁ" else re.escape(c)) for c in form)


def _stem_pattern(word: str) -> str:
    w = re.escape(word)
    if word.isupper() or len(word) < 4:
        return w  # "США", "РФ", "ОАЭ": abbreviations do not inflect
    low = word.lower()
    if len(word) >= 5 and low.endswith(_ADJ_ENDINGS):
        return re.escape(word[:-2]) + _ENDING
    if len(word) >= 5 and low[-1] in _TRAIL:
        return re.escape(word[:-1]) + _ENDING
    if low[-1] in "ая":
        return re.escape(word[:-1]) + r"(?:[аяыиеую]|ой|ей)"  # "Азия" / "Азии", "Куба" / "Кубы"
    if low[-1] in _TRAIL:
        return w  # short and ending in another vowel: indeclinable ("Перу", "Мали", "Того")
    return w + _SHORT_ENDINGS


def _word(word: str, lang: str, inflect: bool) -> tuple[str, set[str]]:
    """(pattern of the word's forms, the lower-case keys its forms start with)."""
    found = forms(word, lang) if inflect else None
    if found:
        return "(?:" + "|".join(_yo(f) for f in found) + ")", {_key(f) for f in found}
    pat = _stem_pattern(word)
    # (the key is the letters before any escaped sign: a text's word is looked up by its letters only, so
    # "дол. США" is keyed "дол", not "дол.", which no word starts with)
    fixed = re.match(r"[^\W\d_]*", pat).group()
    return pat, {_key(fixed or word)}


def _name_pattern(name: str, lang: str) -> tuple[str, set[str]]:
    """A name's pattern and the keys of its first word. A word before a hyphen stays as
    written ("Шри-Ланка", "Коста-Рика"): only the last part of a compound declines."""
    parts = [p for p in re.split(r"(\s+|-)", name.strip()) if p]
    out, keys = [], None
    for i, p in enumerate(parts):
        if p.isspace():
            out.append(r"\s+")
        elif p == "-":
            out.append(r"\s*-\s*")
        else:
            pat, ks = _word(p, lang, inflect=i + 1 == len(parts) or parts[i + 1] != "-")
            if i and p.lower() in _shortened(lang):
                # "Экспорт товаров из Донецкой обл. за январь-май 2014 г." (kv.com.ua): a region's noun shortened
                # with a dot after its adjective (rule region_noun_shortened; vocab/<lang>/region_nouns_shortened.txt)
                pat = f"(?:{pat}|{_shortened(lang)[p.lower()]})"
            out.append(pat)
            keys = ks if keys is None else keys
    # the name ends at a word's end, so that an alternation goes on to a longer alias or a
    # demonym stem of the same bucket ("Китайская" is no "Китай")
    return "".join(out) + r"(?![^\W\d_])", keys or set()


@lru_cache(maxsize=None)
def _shortened(lang: str) -> dict[str, str]:
    """{a region's noun: the pattern of its short written form} ("область": "обл."; none in English)."""
    if lang == "en" or not has_file("region_nouns_shortened.txt", lang):
        return {}
    return {noun: re.escape(short) for noun, short in (ln.split() for ln in read_lines("region_nouns_shortened.txt", lang))}


KEY = 4  # letters of a word's start that pick the aliases tried there
_KEYS_KEPT = 50_000  # word starts whose buckets _Local._keys keeps at most
_SCANS_KEPT = 4  # whole texts whose scan _Local.find keeps at most (emptied when full)


def _key(word: str) -> str:
    return word[:KEY].lower().replace("ё", "е")


class _Local:
    """Aliases bucketed by the first letters of their first word: the text is scanned word
    by word and only the few aliases of a word's bucket are tried there (a regex of all
    names searched over the text would cost a pass per name)."""

    def __init__(self, lang: str) -> None:
        self.entries: list[tuple[str | None, str | None, str]] = []  # (name, iso3, kind)
        buckets: dict[str, list[tuple[str, int]]] = {}
        for alias, name, iso3, kind, stem in self._rows(lang):
            i = len(self.entries)
            self.entries.append((name, iso3, kind))
            if stem:
                first = _WORD.match(alias)
                pat, keys = f"(?i:{re.escape(alias)}[а-яё]*)", {_key(first.group())} if first else set()
            else:
                pat, keys = _name_pattern(alias, lang)
            for k in keys:
                buckets.setdefault(k, []).append((pat, i))
        self.buckets = {k: re.compile("|".join(f"(?P<g{i}>{p})" for p, i in sorted(v, key=lambda t: -len(t[0]))))
                        for k, v in buckets.items()}
        self.lengths = sorted({len(k) for k in self.buckets}, reverse=True)
        self.caps: dict[str, re.Pattern] = {}  # the buckets read case-blind, for words in capitals (rule caps_name)
        self.keys_of: dict[str, tuple[str, ...]] = {}  # a word's start -> its buckets' keys (see _keys)
        # whole text -> its scan (_Scan), kept by the text's value (an immutable input; see find)
        self.scans: dict[str, _Scan] = {}

    def _keys(self, head: str) -> tuple[str, ...]:
        """The keys of the buckets a word starting with head (its first KEY characters as written) tries,
        longest first: low[:n] for each length n of self.lengths that has a bucket of that key, low being head
        lower-cased with "ё" as "е". Read once per word start, not as a lookup per length and word (most words
        have no bucket at most lengths); a text's word starts are few, and the table is emptied past _KEYS_KEPT
        of them, so it stays bounded."""
        keys = self.keys_of.get(head)
        if keys is None:
            if len(self.keys_of) >= _KEYS_KEPT:
                self.keys_of.clear()
            low = head.lower()
            if "ё" in low:
                low = low.replace("ё", "е")
            keys = self.keys_of[head] = tuple(low[:n] for n in self.lengths if len(low) >= n and low[:n] in self.buckets)
        return keys

    def _caps(self, key: str) -> re.Pattern | None:
        """The bucket of key, compiled case-blind once (rule caps_name)."""
        rx = self.caps.get(key)
        if rx is None and key in self.buckets:
            rx = self.caps[key] = re.compile(self.buckets[key].pattern, re.IGNORECASE)
        return rx

    @staticmethod
    def _rows(lang: str):
        import pycountry
        from babel import Locale
        seen = set()
        if has_file("places.csv", lang):
            for r in read_csv("places.csv", lang):
                seen.add(r["alias"])
                yield r["alias"], r["name"] or None, r["iso3"] or None, r["kind"], r.get("match") == "stem"
        for a2, local in Locale(lang).territories.items():
            c = pycountry.countries.get(alpha_2=a2) if len(a2) == 2 and a2.isalpha() else None
            if c is None or local in seen:
                continue
            yield local, None, c.alpha_3, "country", False

    def find(self, text: str, start: int, end: int) -> list[Place]:
        """The places of text[start:end]. A page's words are read for places several times over (the whole text for
        its currencies' countries, then its opening for the subject's votes, its title, each sentence): the scan of
        a whole text is kept (by the text's value, a few texts at most) and a span of it is sliced from that scan
        where _Scan.span finds the slice exact, else read alone."""
        scan = self.scans.get(text) if self.scans else None
        if scan is None and start == 0 and end == len(text):
            if len(self.scans) >= _SCANS_KEPT:
                self.scans.clear()
            scan = self.scans[text] = _Scan(self._scan(text, start, end))
        if scan is not None:
            found = scan.span(text, start, end)
            if found is not None:
                return found
        return [p for _, _, p in self._scan(text, start, end) if p is not None]

    def _scan(self, text: str, start: int, end: int) -> list[tuple[int, int, Place | None]]:
        """(start, end, place) of every alias matched in text[start:end], left to right; place None for a stop
        ("долларов США": a currency's words, no place), which ends a match all the same."""
        out = []
        pos = start
        keys_of = self.keys_of
        for tok in _WORD.finditer(text, start, end):
            s = tok.start()
            if s < pos or (s > 0 and text[s - 1].isalnum()):
                continue
            word = tok.group()
            head = word[:KEY]
            keys = keys_of.get(head)   # (_keys' table read inline: a text's every word asks it)
            if keys is None:
                keys = self._keys(head)
            if not keys:
                continue   # (no alias starts so: most words)
            m = None
            # "В 2 РАЗА ВЫРОСЛА ТОРГОВЛЯ МЕЖДУ ПАВЛОДАРСКОЙ ОБЛАСТЬЮ И РФ" (pricom.kz): a name written in capitals on a
            # line all in capitals, a headline's, is read case-blind (rule caps_name; words of four letters or more,
            # so an abbreviation stays its own alias; not a dateline in capitals before the story's own words,
            # "СВЕРДЛОВСКАЯ ОБЛАСТЬ, 20 июля, ФедералПресс. В первом полугодии ...", which names where it was filed)
            caps = len(word) >= KEY and word.isupper() and _caps_line(text, s)
            for k in keys:
                rx = self._caps(k) if caps else self.buckets[k]
                cand = rx.match(text, s, end)
                if cand is not None and (cand.end() >= len(text) or not text[cand.end()].isalnum()) \
                        and (m is None or cand.end() > m.end()):
                    m = cand
            if m is None:
                continue
            pos = m.end()
            name, iso3, kind = self.entries[int(m.lastgroup[1:])]
            if kind == "stop":
                out.append((s, pos, None))   # "долларов США": a currency, no place
                continue
            if name is None:
                try:
                    name = country(iso3)
                except KeyError:
                    name = iso3
            # (Place(...), built faster: new_place)
            out.append((s, pos, new_place(s, pos, m.group(), name, iso3, kind)))
        return out


class _Scan:
    """A whole text's scan by _Local._scan, and the places of a span of it."""

    __slots__ = ("starts", "ends", "places", "place_starts")

    def __init__(self, raw: list[tuple[int, int, Place | None]]) -> None:
        self.starts = [s for s, _, _ in raw]
        self.ends = [e for _, e, _ in raw]
        self.places = [p for _, _, p in raw if p is not None]
        self.place_starts = [p.start for p in self.places]

    def span(self, text: str, start: int, end: int) -> list[Place] | None:
        """_Local._scan(text, start, end)'s places, sliced from the whole text's scan, or None where the slice may
        differ: where a match of the whole scan (a stop's too) runs over start or end, or a letter or digit follows
        end. Why the slice is exact otherwise: the span's words are the whole text's words from start on (a word that
        start cuts follows a letter, so the span skips it, and the whole scan made no match of it past start; so both
        read each later word from a last match ending at or before it); the last word is not cut at end; and a
        bucket's match that ends at or before end reads nothing past end but the look-ahead after a name's last
        letter, which sees the same no-letter at end in both (a longer match running past end would be the whole
        scan's, the longest of a word's matches: a match over end). The kept scans are a memo of a pure function of
        the text (no document state): kept by the text's value, an immutable input, _SCANS_KEPT at most."""
        if start >= end:
            return []
        if end < len(text) and text[end].isalnum():
            return None
        starts, ends = self.starts, self.ends
        i = bisect_left(starts, start)
        if i and ends[i - 1] > start:
            return None
        j = bisect_left(starts, end, i)
        if j and ends[j - 1] > end:
            return None
        ps = self.place_starts
        a = bisect_left(ps, start)
        return self.places[a:bisect_left(ps, end, a)]


def _caps_line(text: str, i: int) -> bool:
    """The line that holds text[i] has no lower-case letter (a headline in capitals; rule caps_name)."""
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    line = text[a:b if b >= 0 else len(text)]
    return not any(c.islower() for c in line)


@lru_cache(maxsize=None)
def _local(lang: str) -> _Local:
    return _Local(lang)


def find_local_places(lang: str, text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Place mentions in the language's own words, in text coordinates, left to right."""
    end = len(text) if end is None else end
    found = _local(lang).find(text, start, end)
    if lang == "ru" and text.find("област", start, end) >= 0:
        shared = _shared_noun_regions(text, start, end, found)
        if shared:
            found = merge(found, shared)
    return _with_designator(lang, text, start, found)


# "Экспорт товаров и услуг в Республику Молдова" (allbusiness.ru), "с Республикой Казахстан", "Республики Узбекистан": a
# country's official long form, its designator word before its short name, is one mention from the designator on, so
# the preposition or flow word before the designator reads the country (rule country_designator; cue
# designator_before, rows of a language other than English only: vocab/ru/patterns.csv)
DESIGNATOR_REACH = 16  # how far before a country's name its designator may start
# re.I as a plain int: `int & RegexFlag` is answered by enum's Flag.__and__ in Python, thousands of instructions a test
_CASE_BLIND = int(re.I)


def _with_designator(lang: str, text: str, start: int, found: list[Place]) -> list[Place]:
    designator = cue_in(lang, "designator_before", NEVER)
    if designator is NEVER or not found:
        return found
    # (a text that holds none of the cue's words, its lower-cased copy read once per text, reads no place's window)
    needs = pattern_needs(designator)   # (the words of its rows, lower-cased when the cue is case-blind)
    low = text_low(text) if needs and designator.flags & _CASE_BLIND else text
    if low is not None and not holds(low, needs):
        return found
    out, last = [], start
    for p in found:
        m = designator.search(text, max(last, p.start - DESIGNATOR_REACH), p.start) if p.kind == "country" else None
        out.append(p if m is None else replace(p, start=m.start(), surface=text[m.start():p.end], via="country_designator"))
        last = p.end
    return out


# "Тульская и Рязанская области", "Липецкая ($6,82 млрд), Костромская ($5,46 млрд.) и Белгородская ($5,05 млрд) области"
# (istoki.tv), "с Московской, Смоленской ... и Ленинградской областями" (belta.by): a list of a region's adjectives that
# share one plural noun names each region, not only the last (rule shared_region_noun; Russian only: a name of
# vocab/ru/places.csv "<adjective> область" whose adjective, in any case, stands in the list). A short bracket may follow
# each adjective (its figure).
_LIST_ADJ = r"[А-ЯЁ][а-яё]+(?:ая|ой|ую)"
_LIST_BRACKET = r"(?:\s*\([^()\n]{1,40}\))?"
_SHARED_NOUN_LIST = skip_compile(rf"(?:{_LIST_ADJ}{_LIST_BRACKET}(?:\s*,\s*|\s+и\s+))+{_LIST_ADJ}{_LIST_BRACKET}"
                                 r"\s+област(?:и|ей|ям|ями|ях)(?![а-яё])")
_LIST_ADJ_RX = re.compile(_LIST_ADJ)


@lru_cache(maxsize=4096)
def _oblast(lang: str, adjective: str) -> tuple[str, str | None, str] | None:
    """(name, iso3, kind) of the region the places registry reads in "<adjective> область" (a name of
    vocab/<lang>/places.csv), else None: the registry asked, not a table of its own."""
    phrase = f"{adjective} {_REGION_NOUN}"
    found = _local(lang).find(phrase, 0, len(phrase))
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(phrase) or found[0].kind != "region":
        return None
    p = found[0]
    return p.name, p.iso3, p.kind


_REGION_NOUN = "область"


def _shared_noun_regions(text: str, start: int, end: int, found: list[Place]) -> list[Place]:
    """The regions of a list of adjectives sharing one plural "области" (rule shared_region_noun), but where a place was
    found already."""
    out = []
    for m in _SHARED_NOUN_LIST.finditer(text, start, end):
        for a in _LIST_ADJ_RX.finditer(text, m.start(), m.end()):
            w = a.group()
            hit = _oblast("ru", w[:-2] + "ая")
            if hit is None or any(p.start < a.end() and a.start() < p.end for p in found):
                continue
            out.append(Place(a.start(), a.end(), w, *hit, via="shared_region_noun"))
    return out


def merge(a: list[Place], b: list[Place]) -> list[Place]:
    """Both lists, non-overlapping, leftmost-longest first."""
    out, last = [], -1
    for p in sorted(a + b, key=lambda p: (p.start, -(p.end - p.start))):
        if p.start >= last:
            out.append(p)
            last = p.end
    return out


# "Minsk and Tehran signed a roadmap", "between Minsk and Ankara", "Москва – Анкара": two capitals joined (the Russian
# "между Москвой и Душанбе", "Минска и Пекина": row capital_join of vocab/ru/patterns.csv)
_CAPITAL_JOIN = re.compile(r"\s*(?:and|[-–—])\s*")
# "экспорт из Еревана в Москву": a flow from one capital to another (rule capital_from_to)
_CAPITAL_TO = re.compile(r"\s+(?:в|во|на)\s+")
_CAPITAL_FROM = skip_compile(r"(?<![\w-])из\s+$")


@lru_cache(maxsize=None)
def _capitals(lang: str) -> frozenset[str]:
    return frozenset(read_lines("capitals.txt", lang)) if has_file("capitals.txt", lang) else frozenset()


def capital_pairs(lang: str, text: str, places: list[Place]) -> list[Place]:
    """Two capitals of two countries joined by "и" or a dash, or a flow "из" one "в" the other, stand for
    their countries, as news writes a relation ("товарооборот между Москвой и Душанбе", "экспорт из
    Еревана в Москву"): both become the
    countries (vocab/<lang>/capitals.txt), so no rule reads a city's own trade there."""
    caps = _capitals(lang)
    if not caps or len(places) < 2:
        return places
    out = list(places)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (a.name in caps and b.name in caps and a.kind == b.kind == "region" and a.iso3 and b.iso3
                and a.iso3 != b.iso3 and (cue_in(lang, "capital_join", _CAPITAL_JOIN).fullmatch(text, a.end, b.start) or (
                    _CAPITAL_TO.fullmatch(text, a.end, b.start) and _CAPITAL_FROM.search(text, max(0, a.start - 4), a.start)))):
            out[i] = replace(a, name=country(a.iso3), kind="country")
            out[i + 1] = replace(b, name=country(b.iso3), kind="country")
    return out

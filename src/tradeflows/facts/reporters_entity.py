"""A port, zone, park, crossing or company whose flow its clause gives it reports it (rules entity_designated,
entity_demonstrative and entity_carried).

Trade news gives the flows of ports, free and industrial zones, border crossings and companies beside their country's:
"Trade at Port Laredo for the month of April increased 21.71 percent", "East Amman Industrial Zone exports declined by
JD2 million". The guidelines name such an entity the reporter, with its country's ISO code ("Vitebsk FEZ", BLR); the
country's name is wrong there. Cost is kept off the pages that name none: a sentence holding a figure is scanned once
for the designator words of vocab/<lang>/entity_designators.csv ("Port", "Industrial Zone", "FEZ", "Ltd"), the name
read around each (Doc.memo.entities); a figure then only looks up the entities named in its window, by bisection. A
name needs a designator word and capitalised words beside it: a generic plural ("free zones") or a company named with
no designator word is never an entity here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from tradeflows.facts.places import lookup
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, has_file, read_csv, read_csv_over_en, read_lines
from tradeflows.vocab.lowercase import widened_copy
from tradeflows.vocab.patterns import EnglishCue, cue
from tradeflows.vocab.skip import trie_alternation

REACH = 200        # the farthest an entity's name may stand before the figure it owns
NAME_WORDS = 4     # the most capitalised words of a name before a tail designator
HEAD_WORDS = 3     # the most capitalised words of a name after a head designator
BEFORE_REACH = 70  # how far before the entity its flow noun may start
OWNER_GAP = 12     # how far before that flow noun a country or demonym owning it may end ("Китайский импорт через")
CARRY_MENTIONS = 2  # how often a page names an entity for it to keep a flow past its paragraph (rule entity_carried)
BACK_SENTENCES = 3  # how many sentences of its paragraph before it a demonstrative's entity may be named in

_before = EnglishCue("entity_flow_before", re.I)
_after = EnglishCue("entity_flow_after")
_demonstrative = EnglishCue("entity_demonstrative")
# a capitalised word of a name (its possessive left out), or a quoted name
_WORD = r"[^\W\d_a-zа-яё][\w&-]*?"
_HEAD_NAME = re.compile(rf"[ \t]+(?:«([^»\n]{{1,60}})»|\"([^\"\n]{{1,60}})\"|“([^”\n]{{1,60}})”|"
                        rf"({_WORD}(?:[ \t]+{_WORD}){{0,{HEAD_WORDS - 1}}}))(?=['’]s?\b|['’]\s|[^\w&'’-]|$)")
# a capitalised word right after a tail designator: a longer name, whose last word is the kind ("Philippine Economic Zone
# Authority": a body, no zone)
_NAME_GOES_ON = re.compile(rf"[ \t]+{_WORD}(?![\w&-])")
_WORD_BEFORE = re.compile(rf"(?:^|(?<=[ \t\n(]))({_WORD})[ \t]+$")
# a company's own name in brackets after the noun of its kind, its short name ("Белорусский автомобильный завод (БелАЗ)"):
# one or two capitalised words, or a quoted name
_BRACKET_NAME = re.compile(rf"[ \t]+\((?:«([^»\n]{{1,40}})»|({_WORD}(?:[ \t]+{_WORD})?))\)")
# the adjectives of the kind noun's phrase before it, where a place or demonym saying the company's country may stand
# ("Белорусский автомобильный завод")
_PHRASE_BEFORE = re.compile(r"(?:[\w-]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им)[ \t]+){1,3}$")


class Entity(NamedTuple):
    start: int    # where its name starts in the text
    end: int      # where it ends (before a possessive)
    name: str     # the reporter's name
    inner: tuple[int, int]  # the span of the name read beside the designator


@lru_cache(maxsize=None)
def _designators(lang: str) -> tuple[re.Pattern, dict[str, tuple[str, str, str]]]:
    """One trie alternation of the language's designators (English rows and its own), and each row's (shape, canonical,
    collective) by its words. The pattern opens on the designators' first letters, so a scan skips ahead to them (a look-behind
    before them would try the whole alternation at every character of the page; the left edge is tested in _scan)."""
    rows = read_csv_over_en("entity_designators.csv", lang)
    trie: dict = {}
    for r in rows:
        node = trie
        for ch in " ".join(r["designator"].split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return (re.compile(trie_alternation(trie) + r"(?![\w-])"),
            {" ".join(r["designator"].split()): (r["shape"], r.get("canonical") or "", r.get("collective") or "")
             for r in rows})


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    """Capitalised words that open a clause, never a name's first word (vocab entity_name_stop.txt, English and the
    language's own)."""
    own = read_lines("entity_name_stop.txt", lang) if lang != DEFAULT_LANGUAGE and has_file("entity_name_stop.txt", lang) \
        else []
    return frozenset(read_lines("entity_name_stop.txt")) | frozenset(own)


def _name_before(text: str, lo: int, end: int, stop: frozenset[str]) -> int | None:
    """Where the capitalised words of a name right before end start (one to NAME_WORDS of them, from lo on), or None."""
    start, pos = None, end
    for _ in range(NAME_WORDS):
        m = _WORD_BEFORE.search(text, max(lo, pos - 40), pos)
        if m is None or m.group(1) in stop:
            break
        start = pos = m.start(1)
    return start


def _scan(text: str, lang: str, lo: int = 0, hi: int | None = None) -> tuple[list[int], list[Entity]]:
    """The entities text[lo:hi] names, left to right, and their starts: one scan of the designator words (a search
    first: most sentences hold none, and then no iterator is made; where it finds one, the matches are read on from it,
    those finditer from lo gives)."""
    rx, shapes = _designators(lang)
    end = len(text) if hi is None else hi
    first = rx.search(text, lo, end)
    if first is None:
        return [], []
    stop = _stop_words(lang)
    found: list[Entity] = []
    for m in rx.finditer(text, first.start(), end):
        a = m.start()
        if a and (text[a - 1].isalnum() or text[a - 1] in "_-"):
            continue   # (a word's tail: "Transport", "аэропорт")
        shape, canonical, collective = shapes[" ".join(m.group().split())]
        if shape == "bracket":
            n = _BRACKET_NAME.match(text, m.end())
            if n is None:
                continue
            g = 1 if n.group(1) is not None else 2
            b = _PHRASE_BEFORE.search(text, max(lo, a - 60), a)
            span, inner = (b.start() if b else a, n.end()), (n.start(g), n.end(g))
        elif shape == "tail":
            start = _name_before(text, lo, m.start(), stop)
            if start is None and collective and not _NAME_GOES_ON.match(text, m.end()):
                # ("QIZ exports dropped 22% YoY", "Egypt’s QIZ exports": the designator with no name, the country's
                # zones of that kind together, named by the row's collective column with the country; rule
                # entity_designated reads the country)
                found.append(Entity(a, m.end(), collective, (a, m.end())))
                continue
            if start is None or _NAME_GOES_ON.match(text, m.end()):
                continue
            if collective:
                p = lookup(" ".join(text[start:m.start()].split()))
                if p is not None and p.kind in ("country", "demonym"):
                    # ("Exports from the Jordanian QIZs to the US": a country's or its demonym's zones together)
                    found.append(Entity(start, m.end(), collective.replace("{}", p.name), (start, m.start())))
                    continue
            span, inner = (start, m.end()), (start, m.start())
        else:
            n = _HEAD_NAME.match(text, m.end())
            if n is None or (n.group(4) or "").split(" ")[0] in stop:
                continue
            g = next(i for i in range(1, 5) if n.group(i) is not None)
            span, inner = (m.start(), n.end()), (n.start(g), n.end(g))
        core = " ".join(text[inner[0]:inner[1]].split())
        name = canonical.replace("{}", _in_english(core)) if canonical else " ".join(text[span[0]:span[1]].split())
        if " of " in name:
            # ("The Port of Laredo is ..." on a page that writes "Port Laredo" six times: one entity, written as the page
            # writes it most)
            short = name.replace(" of ", " ", 1)
            if text.count(short) > text.count(name):
                name = short
        found.append(Entity(span[0], span[1], name, inner))
    return [e.start for e in found], found


@lru_cache(maxsize=None)
def _latin() -> dict[str, str]:
    """Latin letters of each Russian letter (vocab/ru/transliteration.csv)."""
    return {r["cyrillic"]: r["latin"] or "" for r in read_csv("transliteration.csv", "ru")}


def _in_english(core: str) -> str:
    """A name read on another language's page, as the reporter field writes it: the registry's name where it is a
    place ("Витебск" -> Vitebsk), else its letters in Latin ("Алашанькоу" -> Alashankou, "БелАЗ" -> BelAZ)."""
    p = lookup(core)
    if p is not None:
        return p.name
    table = _latin()
    out = []
    i = 0
    while i < len(core):
        # (a pair of letters with a row of its own first: "чж" as Chinese names' zh, "Маньчжоули" -> Manzhouli)
        ch = core[i:i + 2] if core[i:i + 2].lower() in table else core[i]
        i += len(ch)
        low = ch.lower()
        if low in table:
            lat = table[low]
            out.append(lat[:1].upper() + lat[1:] if ch[0] != low[0] else lat)
        else:
            out.append(ch)
    return "".join(out)


def entities(d, si: int) -> tuple[list[int], list[Entity]]:
    """The entities of the page's sentence si and their starts (read once, when a figure of it asks, kept on
    Doc.memo): only the sentences that hold a figure are scanned, not a long page's whole text."""
    hit = d.memo.entities.get(si)
    if hit is None:
        s, e = d.c.sentences[si]
        hit = d.memo.entities[si] = _scan(d.text, current_language(), s, e)
    return hit


def _owns(cl, e: Entity, fs: int) -> bool:
    """The clause gives the entity a flow: a flow noun or verb right before it ("Trade at Port Laredo"), unless a country
    or its demonym owns that flow ("Китайский импорт через пропускной пункт Забайкальск-Маньчжурия вырос ... на 36%":
    China's, through the crossing), or its own flow right after it ("Port Laredo’s trade", "East Amman Industrial Zone
    exports")."""
    text = cl.d.text
    m = cue("entity_flow_before", _before()).search(text, max(0, e.start - BEFORE_REACH), e.start)
    if m is not None:
        return not any(m.start() - OWNER_GAP <= p.end <= m.start() and p.kind in ("country", "demonym")
                       for p in cl.places)
    return cue("entity_flow_after", _after()).match(text, e.end, fs) is not None


def _country(cl, e: Entity) -> str | None:
    """The entity's country: that of a place its name holds ("East Amman Industrial Zone": Jordan's), else the page's."""
    for p in cl.places:
        if e.start <= p.start and p.end <= e.end and p.iso3:
            return p.iso3
    return cl.home[1]


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+$")


def _collective(cl, e: Entity) -> tuple[str, str] | None:
    """A collective entity's (name, country): the country whose possessive stands right before the designator ("Egypt’s
    QIZ exports"), else the page's, its name in the row's collective column ("{} QIZs": "Egypt QIZs")."""
    text = cl.d.text
    for p in cl.places:
        if p.kind == "country" and p.iso3 and p.end <= e.start and _POSSESSIVE_GAP.match(text, p.end, e.start):
            return e.name.replace("{}", p.name), p.iso3
    name, iso = cl.home
    return (e.name.replace("{}", name), iso) if name and iso and lookup(name) is not None \
        and lookup(name).kind == "country" else None


def entity_reporter(cl, e: Entity) -> tuple[str, str] | None:
    """The (name, country) an entity reports under: a collective's with its country in its name ("Egypt QIZs"), else
    the entity's own name with its country (None where no country is known)."""
    if "{}" in e.name:
        return _collective(cl, e)
    iso = _country(cl, e)
    return (e.name, iso) if iso else None


def entity_designated(cl):
    """"Trade at Port Laredo for the month of April increased 21.71 percent", "East Amman Industrial Zone exports
    declined by JD2 million": the entity named last before the figure in its window, whose flow its clause gives it,
    reports it, with its country (rule entity_designated)."""
    starts, found = entities(cl.d, cl.si)
    if not found:
        return None
    fs = cl.f.clean_start
    lo = max(cl.lo, fs - REACH)
    i, j = bisect_left(starts, lo), bisect_left(starts, fs)
    for e in reversed(found[i:j]):
        if e.end <= fs and _owns(cl, e, fs):
            return entity_reporter(cl, e)
    return None


def demonstrative_before(d, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the last demonstrative naming an entity's kind ("данный КПП", "this port") in text[lo:hi]: a search
    of the figure's window only (a search of each whole page cost 2% of a pass over data/raw, its long book most), its
    left edge tested here (the rows open on their words, so the search skips ahead to their first letters). Most windows
    hold none: one search says so, with no iterator made; where it finds one, the matches are read on from it (the
    same matches finditer from lo gives). Before it, where the page has a lower-cased copy, the row's widened copy
    (vocab.lowercase.widened_copy: case-blind, lower-cased, finding a match wherever the row does) is searched there:
    the English row opens on "[Tt]his", a class sre tests at every character, its copy on the literal "th"."""
    rx = cue("entity_demonstrative", _demonstrative())
    text, low = d.text, d.low
    if low is not None:
        wide = widened_copy(rx)
        if wide is not None and wide.search(low, lo, hi) is None:
            return None
    first = rx.search(text, lo, hi)
    if first is None:
        return None
    last = None
    for m in rx.finditer(text, first.start(), hi):
        a = m.start()
        if not a or not (text[a - 1].isalnum() or text[a - 1] in "_-"):
            last = m.span()
    return last


def _named_before(cl, at: int) -> tuple[Entity, list] | None:
    """The entity named last before `at`: in the figure's sentence, else in up to BACK_SENTENCES sentences of its
    paragraph before it; with the places of the sentence that names it."""
    d = cl.d
    for k in range(cl.si, max(-1, cl.si - BACK_SENTENCES - 1), -1):
        if k < cl.si and d.para_index(d.c.sentences[k][0]) != cl.pi:
            break
        _, found = entities(d, k)
        for e in reversed(found):
            if e.end <= at and "{}" not in e.name:
                return e, (cl.places if k == cl.si else d.places(k))
    return None


def entity_demonstrative(cl):
    """"Осуществляемые через КПП Маньчжоули перевозки из Китая демонстрируют стабильный рост ... . Так, в 2011 году через
    данный КПП прошло 26,6 млн. тонн, что в стоимостном выражении достигло $3,5 млрд": a demonstrative and the kind of
    an entity ("данный КПП", "this port"; row entity_demonstrative), given the figure's flow as entity_designated gives
    a name, stands for the entity named last before it in its sentence or paragraph, which reports the figure, with
    its country (rule entity_demonstrative)."""
    fs = cl.f.clean_start
    span = demonstrative_before(cl.d, max(cl.lo, fs - REACH), fs)
    if span is None or not _owns(cl, Entity(span[0], span[1], "", span), fs):
        return None
    hit = _named_before(cl, span[0])
    if hit is None:
        return None
    e, places = hit
    iso = next((p.iso3 for p in places if e.start <= p.start and p.end <= e.end and p.iso3), cl.home[1])
    return (e.name, iso) if iso else None


def entity_sentence_before(cl):
    """"Белорусский автомобильный завод (БелАЗ) установил рекорд экспорта своей продукции в страны дальнего зарубежья.
    Так, в период с января по июль текущего года соответствующий показатель в совокупном объеме внешних поставок
    составлял 41%": a figure whose sentence names no place and no entity before it, right after a sentence of its
    paragraph that gives an entity a flow of its own (entity_flow_after), or a flow through it (entity_flow_before), goes
    on with that entity's flow (rule entity_sentence_before)."""
    d, si, fs = cl.d, cl.si, cl.f.clean_start
    if si == 0 or (cl.st.reporter_kind == "entity" and cl.st.reporter_para == cl.pi) or entities(d, si)[1] \
            or any(p.end <= fs for p in cl.places):
        return None   # (an entity whose flow a figure of the paragraph had already: rule carried keeps it)
    s, e = d.c.sentences[si - 1]
    if d.para_index(s) != cl.pi:
        return None
    _, found = entities(d, si - 1)
    if not found:
        return None
    text, places = d.text, d.places(si - 1)
    for ent in reversed(found):
        if "{}" in ent.name:
            continue
        m = cue("entity_flow_before", _before()).search(text, max(s, ent.start - BEFORE_REACH), ent.start)
        if m is not None:
            if any(m.start() - OWNER_GAP <= p.end <= m.start() and p.kind in ("country", "demonym") for p in places):
                continue
        elif cue("entity_flow_after", _after()).match(text, ent.end, e) is None:
            continue
        iso = next((p.iso3 for p in places if ent.start <= p.start and p.end <= ent.end and p.iso3), cl.home[1])
        return (ent.name, iso) if iso else None
    return None


_subject_flow = EnglishCue("entity_subject_flow")
_ARTICLE = re.compile(r"(?:[Tt]he[ \t]+)?")


def entity_subject(cl):
    """"The Port of Laredo is the number 1 inland port along the US-Mexico border and the nation’s third-busiest port
    ... with $248.5 billion in total trade with the world in 2021": an entity its sentence opens on, as its subject,
    owns an amount right followed by the flow it is of (row entity_subject_flow: "in total trade"), whatever places
    the sentence names between (rule entity_subject)."""
    d, si = cl.d, cl.si
    _, found = entities(d, si)
    if not found or "{}" in found[0].name:
        return None
    e, s = found[0], d.c.sentences[si][0]
    fs = cl.f.clean_start
    if e.end > fs or _ARTICLE.match(d.text, s, e.start).end() != e.start \
            or cue("entity_subject_flow", _subject_flow()).match(d.text, cl.f.clean_end) is None:
        return None
    iso = _country(cl, e)
    return (e.name, iso) if iso else None


def names_often(d, name: str) -> bool:
    """The page writes the entity's name CARRY_MENTIONS times or more: it is what the page is about."""
    return d.text.count(name) >= CARRY_MENTIONS


def entity_carried(cl):
    """"Trade at Port Laredo ... increased 21.71 percent ... || Breaking it down, exports increased 10.04 percent": a
    figure whose clause names no owner, after an entity's own flow, is still the entity's: in its paragraph (rule
    carried), in the next one, and further on where the page names the entity again and again (rule entity_carried,
    tried before the page's subject)."""
    st = cl.st
    if st.reporter_kind != "entity" or st.reporter is None or cl.names_home:
        return None
    if any(e.name != st.reporter[0] and "{}" not in e.name for e in entities(cl.d, cl.si)[1]):
        # ("Китайский импорт через пропускной пункт Забайкальск-Маньчжурия вырос в 2011 году на 36%" after figures of
        # "КПП Маньчжоули": a sentence naming another entity is not about the one before)
        return None
    if cl.pi - st.reporter_para <= 1 or names_often(cl.d, st.reporter[0]):
        return st.reporter
    return None

"""The sentence cues of the panel's admission rule: what a figure's own sentence says about it.

Pure functions of a figure row (its sentence, figure text, fields), used by dataset/series.py:
whether the reporter is the country itself or an entity (names, organizations vocabulary, entity
cues), whether the figure is one product's trade, a change of a level, a part of a year or a
fiscal year, a balance or the other flow by the words at it, and whether its partner is a
country, a bloc or the world (not a part of a country, an altered bloc or another flow's). Each
returns the name of the cue that holds, so a reason can be traced to its words.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tradeflows.facts import places
from tradeflows.vocab import alternation, read_csv, read_lines, read_lines_all


# ------------------------------------------------------------------ names

def norm_name(name: str) -> str:
    """A name as a cell key: accents, case, spacing and a leading "the" do not count."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"\s+", " ", s.replace("\u2019", "'").casefold().strip().strip("."))
    return s[4:] if s.startswith("the ") else s


@lru_cache(maxsize=4096)
def _lookup(name: str):
    """The place a name is nothing but (a few distinct names per corpus: cached)."""
    name = " ".join(name.split())
    return places.lookup(name[4:] if name.lower().startswith("the ") else name)


def is_country_itself(name: str | None, iso3: str | None) -> bool:
    """True when `name` is the country `iso3` itself, not a region, city or company of it
    (the place registry decides, the same one the relate stage names places with)."""
    if not iso3:
        return False
    if name is None or not name.strip():
        return True
    place = _lookup(name)
    return place is not None and place.kind == "country" and place.iso3 == iso3.upper()


def country_label(iso3: str) -> str:
    """The short name economists use ("Russia", "Iran"), from the place registry."""
    try:
        return places.country(iso3)
    except KeyError:
        return iso3


m49 = places.m49


@lru_cache(maxsize=1)
def _organizations() -> dict[str, tuple[str, str]]:
    """Organization alias or name (normalised) -> (canonical name, country iso3)."""
    out = {}
    for r in read_csv("organizations.csv"):
        out[norm_name(r["alias"])] = out[norm_name(r["name"])] = (r["name"], r["iso3"])
    return out


def reporter_class(name: str | None, iso3: str | None) -> str:
    """country, organization, region or other: what kind of thing reports the flow."""
    if is_country_itself(name, iso3):
        return "country"
    if name and norm_name(name) in _organizations():
        return "organization"
    place = _lookup(name) if name and name.strip() else None
    if place is not None and place.kind == "region":
        return "region"
    return "other"


def entity_of(name: str, iso3: str) -> tuple[str, str]:
    """(canonical name, country) of an entity reporter: BUTB -> (BUCE, BLR), Sakhalin region
    -> (Sakhalin Oblast, RUS); the registry's country wins over the figure's reporter_iso3."""
    org = _organizations().get(norm_name(name))
    if org:
        return org[0], (org[1] or iso3).upper()
    place = _lookup(name)
    if place is not None:
        return place.name, (place.iso3 or iso3).upper()
    return " ".join(name.split()), iso3.upper()


# how far before a figure its clause is read for an entity cue, and what ends the clause
CUE_WINDOW = 160
_CLAUSE_END = re.compile(r"[;.!?]\s")
# "exports to the region", "trade with Russian regions": the cue names a partner
_PARTNER_BEFORE = re.compile(r"\b(?:to|with|from|into|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                             re.I)
_CUE_RANK = {"organization": 0, "other_country": 1, "region": 2}
CUE_REASON = {"organization": "organization", "region": "subnational reporter",
               "other_country": "another country"}


@lru_cache(maxsize=1)
def _entity_cues() -> tuple[re.Pattern, dict[str, str]]:
    cues = {" ".join(r["cue"].lower().split()): r["kind"] for r in read_csv("entity_cues.csv")}
    return re.compile(rf"(?<![\w-])(?:{alternation(cues)})(?![\w-])", re.I), cues


# (sentence, figure, position) of the last _figure_pos: one tuple, read and replaced whole
_LAST_POS: tuple = (None, None, None)


def _figure_pos(r: dict) -> int | None:
    """Where the figure stands in its (clean) sentence, or None when it cannot be found.
    Each admission check of a row asks: the last answer is kept for the same two strings."""
    global _LAST_POS
    sentence, figure = r.get("sentence") or "", r.get("figure") or ""
    last = _LAST_POS
    if last[0] is sentence and last[1] is figure:
        return last[2]
    pos = _find_figure(sentence, figure)
    _LAST_POS = (sentence, figure, pos)
    return pos


def _find_figure(sentence: str, figure: str) -> int | None:
    figure = figure.split()
    if not figure:
        return None
    pos = sentence.find(" ".join(figure))      # the clean text has single spaces
    if pos >= 0:
        return pos
    m = re.search(r"\s*".join(re.escape(t) for t in figure), sentence)
    return m.start() if m else None


def entity_cue(r: dict) -> str | None:
    """The kind of entity cue (vocab entity_cues.csv) in the clause before a figure, if any."""
    pos = _figure_pos(r)
    if pos is None:
        return None
    sentence = r["sentence"]
    lo = max(0, pos - CUE_WINDOW)
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, lo, pos)]
    lo = ends[-1] if ends else lo
    pattern, cues = _entity_cues()
    kind = None
    for m in pattern.finditer(sentence, lo, pos):
        if not _PARTNER_BEFORE.search(sentence, lo, m.start()):
            k = cues[" ".join(m.group().lower().split())]
            if kind is None or _CUE_RANK[k] >= _CUE_RANK[kind]:
                kind = k   # "the region's enterprises": the region says more than its companies
    return kind


# "skimmed and whole milk powder worth $347.6 thousand", "potash fertilizers ($328.5 thousand)"
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*)\s*(?:\s+worth(?:\s+of)?|\()\s*$")


@lru_cache(maxsize=1)
def _generic_goods() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("generic_goods.txt"))


# "imported £27.5 billion of machinery and transport equipment": what follows "of" is the product
_PRODUCT_AFTER = re.compile(r"\s+(?:worth\s+)?of\s+([a-z][a-z-]*)\b")
# "Over 900 million dollars was garnered from the export of coffee": earned from one product's sales
_PRODUCT_FROM_FLOW = re.compile(r"\s+(?:was\s+|were\s+)?(?:garnered|earned|generated|obtained|fetched|received|"
                                r"collected|brought\s+in)\s+from\s+(?:the\s+)?(?:exports?|sales?|shipments?)\s+of\s+"
                                r"([a-z][a-z-]*)\b", re.I)
# "the RoK's semiconductor shipments to Vietnam ... 12.73 billion USD": a word before the flow noun
_PRODUCT_FLOW = re.compile(r"(?<![\w'’-])((?:Non-)?[a-z][a-z-]*)\s+(?:exports|imports|shipments|sales|supplies|"
                           r"deliveries)\b")
# "Exports of construction services, which exceeded half a billion dollars": the flow noun's "of"
# names what is traded (a capitalised word after "of" names a country instead)
_PRODUCT_OF_FLOW = re.compile(r"\b(?:exports|imports|shipments|sales|supplies|deliveries|export|import)\s+of\s+"
                              r"([a-z][a-z-]*)\b", re.I)
# "machinery ... was also the main goods export (£7.7 billion)": a top product, not the total
_PRODUCT_TOP = re.compile(r"\b(?:main|top|largest|biggest|leading|principal|chief)\s+(?:goods\s+)?"
                          r"(?:exports?|imports?)\b(?!\s+(?:markets?|destinations?|partners?|sources?|"
                          r"countr(?:y|ies)))", re.I)
# "Among the most significant commodity groups exported to China in 2023 were fuels ... valued at
# $414 million": a clause that lists the main goods gives each of them, not the total
_PRODUCT_LIST = re.compile(r"\b(?:main|top|largest|biggest|leading|principal|chief|key|major|"
                           r"most\s+(?:significant|important))\s+(?:export\s+|import\s+)?"
                           r"(?:commodity\s+groups?|commodities|items|products|goods)\b", re.I)


@lru_cache(maxsize=1)
def _product_flow_local() -> re.Pattern | None:
    """Other languages' "flow noun + goods" patterns (vocab/<lang>/product_flow.txt)."""
    rows = read_lines_all("product_flow.txt")
    return re.compile("|".join(f"(?:{r})" for r in rows), re.I) if rows else None


@lru_cache(maxsize=1)
def _product_non() -> re.Pattern:
    """"The UAE's non-oil foreign trade in 2021 ... hitting Dh1.9 trillion": trade less a product
    group (vocab excluded_groups.txt) is no total of the flow."""
    groups = alternation(read_lines("excluded_groups.txt"))
    return re.compile(rf"\bnon-?(?:{groups})\s+(?:[a-z]+\s+)?(?:trade|exchanges?|turnover|exports?|imports?)\b",
                      re.I)


# words that are no product: articles, pronouns, prepositions, conjunctions, times and totals
_FUNCTION_WORDS = frozenset("""a an the its their our his her this that these those which whose what
    and or but of to from in into for with by as at on than while also all both each
    year years month months quarter period level figure total value amount
    levels figures totals values amounts results indicators""".split())


def product_cue(r: dict) -> bool:
    """The figure is one product's trade: a lowercase word other than a generic one (vocab
    generic_goods.txt) right before "worth $X" or "($X)" (product_worth), right after
    "$X of" (product_of), right before the flow noun of its clause (product_flow) or right after
    its "of" ("exports of construction services", product_of_flow), or earned "from the export of" a
    lowercase word right after the figure (product_from_flow); trade less a product group
    ("non-oil foreign trade", product_non); or the
    clause calls it the main export or import (product_top) or lists the main goods
    ("the leading commodities imported ... included", product_list)."""
    return product_rule(r) is not None


def product_rule(r: dict) -> str | None:
    """Which product cue holds for a figure (see product_cue), or None."""
    pos = _figure_pos(r)
    if pos is None:
        return None
    sentence, generic = r["sentence"], _generic_goods()
    m = _PRODUCT_BEFORE.search(sentence, max(0, pos - 60), pos)
    if m is not None and m.group(1) not in generic and m.group(1) not in _FUNCTION_WORDS:
        return "product_worth"
    end = pos + len(" ".join((r.get("figure") or "").split()))
    m = _PRODUCT_AFTER.match(sentence, end)
    if m is not None and m.group(1) not in generic and m.group(1) not in _FUNCTION_WORDS:
        return "product_of"
    lo = max(0, pos - CUE_WINDOW)
    ends = [x.end() for x in _CLAUSE_END.finditer(sentence, lo, pos)]
    lo = ends[-1] if ends else lo
    for m in _PRODUCT_FLOW.finditer(sentence, lo, pos):
        if m.group(1) not in generic and m.group(1) not in _FUNCTION_WORDS:
            return "product_flow"
    for m in _PRODUCT_OF_FLOW.finditer(sentence, lo, pos):
        w = m.group(1)
        if w.islower() and w not in generic and w not in _FUNCTION_WORDS:
            return "product_of_flow"
    m = _PRODUCT_FROM_FLOW.match(sentence, end)
    if m is not None and m.group(1).islower() and m.group(1) not in generic and m.group(1) not in _FUNCTION_WORDS:
        return "product_from_flow"   # "Over 900 million dollars was garnered from the export of coffee"
    local = _product_flow_local()
    if local is not None and local.search(sentence, lo, pos):
        return "product_flow"   # "Экспорт белорусского продовольствия ... достиг 8,3 миллиарда долларов"
    if _product_non().search(sentence, lo, pos):
        return "product_non"
    if _PRODUCT_TOP.search(sentence, lo, pos):
        return "product_top"
    ends = [x.end() for x in _CLAUSE_END.finditer(sentence, 0, pos)]
    if _PRODUCT_LIST.search(sentence, ends[-1] if ends else 0, pos):
        return "product_list"
    return None


# "rose 29.4 billion dollars and reached", "up 453.1 billion dollars from 2021", "an increase by
# $238.5 million", "$20 million more than": the figure is a change of a level, not the level
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rise|rising|increased|increase|increasing|grew|grown|growth|jumped|climbed|climbing|"
    r"gained|added|adding|fell|fallen|falling|dropped|drop|decreased|decrease|declined|decline|widened|"
    r"narrowed|shrank|shrunk|lost|up|down|plus|minus|dipped|dip|slipped|slid|plunged|plummeted|tumbled|"
    r"surged|soared|expanded|contracted)\s+(?:by\s+|of\s+)?(?:some\s+|about\s+|nearly\s+|"
    r"almost\s+|around\s+|roughly\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s+(?:more|less|higher|lower|up|down|rise|increase|drop|decrease|jump|gain)\b",
                           re.I)


def difference_cue(r: dict) -> bool:
    """A money figure that is a change ("rose $29.4 billion to ...") rather than a level."""
    pos = _figure_pos(r)
    if pos is None or r.get("kind") != "money":
        return False
    sentence = r["sentence"]
    end = pos + len(" ".join((r.get("figure") or "").split()))
    return bool(_CHANGE_BEFORE.search(sentence, max(0, pos - 40), pos) or _CHANGE_AFTER.match(sentence, end))


# what ends a figure's own clause inside a sentence: "; ", "(", ")", ", while", ", whereas", ", but"
_OWN_CLAUSE_END = re.compile(r"[;()]|,\s+(?:while|whereas|but)\b|\s+while\b", re.I)
# "(in 2022 it amounted to $59.5 billion for the same period)": the months of a part of a year
_SAME_PERIOD_AFTER = re.compile(r"\W{0,3}\s*(?:for|over|in|during)\s+the\s+(?:same|corresponding|"
                                r"comparable)\s+(?:period|months)\b", re.I)


# "in comparison to $1,355.14 million recorded in 2021", "compared with $X in 2021", "against $X": the
# figure right after is the base a comparison is made with
_COMPARE_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|as\s+against|against|"
                             r"(?:up|down)\s+from|versus|vs\.?)\s+(?:the\s+|only\s+|just\s+)?$", re.I)


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
# "Exports in December totaled $8.89 billion", "in April alone", "last month": one month, no year
# written with it (a month with its year, or a range of months, is the period rules' to read)
_ONE_MONTH = re.compile(rf"(?<![-–]\s)(?<![-–])\b(?:in|for|during)\s+(?:the\s+month\s+of\s+)?(?:{_MONTHS})\b"
                        rf"(?!\s*(?:,\s*)?(?:19|20)\d\d|\s*(?:[-–]|to|through|and)\s*(?:{_MONTHS}))"
                        r"|\b(?:last|this|that|the\s+same|in\s+the)\s+month\b", re.I)


# (sentence, language, its find_times) of the last _sentence_times: one tuple, replaced whole
_LAST_TIMES: tuple = (None, None, None)


def _sentence_times(sentence: str) -> list:
    """find_times(sentence); the figures of one sentence come one after the other, so the last
    sentence's are kept. The re.I patterns run as their copies on the lower-cased sentence
    (tradeflows.text.fold: the same spans, some 3x faster), as relate runs them."""
    global _LAST_TIMES
    from tradeflows.facts.periods import find_times
    from tradeflows.text.fold import lower_text
    from tradeflows.vocab import current_language
    lang = current_language()
    last = _LAST_TIMES
    if last[0] == sentence and last[1] == lang:
        return last[2]
    times = find_times(sentence, 0, None, lower_text(sentence))
    _LAST_TIMES = (sentence, lang, times)
    return times


def part_year_cue(r: dict) -> bool:
    """A full-year figure whose sentence is about a part of a year (part_year_sentence): the
    sentence names months, a quarter or a half before the figure (not as a base) and the
    figure's own clause names no period of its own ("in the first six months in 2015 is $55.9
    billion, ..., while its import is $226.7 billion"), or the figure is "for the same period"
    as such a part ("Over 11 months, ... $48.5 billion (in 2022 it amounted to $59.5 billion
    for the same period)"), or compared in its own clause with months of another year ("$426.8
    million - up by 16.4 percent, compared to January-April 2022 ($366.5 million)"): a full
    year is not compared with a part of one, nor is a part's base a full year. The figure's
    year then came from another clause, not its months. Or its own clause names one month
    without a year ("Exports in December totaled $8.89 billion"). A figure alone in brackets
    ("exports ($50 billion)") reads the clause around its bracket."""
    pos = _figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    times = _sentence_times(sentence)
    parts = [t for t in times if t.start < pos and not t.base and not t.target and not t.fiscal
             and (t.m1, t.m2) != (1, 12)]
    end = pos + len(" ".join((r.get("figure") or "").split()))
    ends = [m.end() for m in _OWN_CLAUSE_END.finditer(sentence, 0, pos)]
    lo = ends[-1] if ends else 0
    nxt = _OWN_CLAUSE_END.search(sentence, end)
    hi = nxt.start() if nxt else len(sentence)
    # a bracketed figure belongs to the words right before its bracket ("January-April 2022 ($366.5 million)")
    blo = lo - 3 if lo and sentence[lo - 1] == "(" else lo
    if any(t.base and not t.fiscal and (t.m1, t.m2) != (1, 12) and blo <= t.end and t.start < hi for t in times):
        return True    # "$426.8 million - up by 16.4 percent, compared to January-April 2022 ($366.5 million)"
    if _ONE_MONTH.search(sentence, lo, hi):
        return True    # "Exports in December totaled $8.89 billion"
    if not parts:
        return False
    if _SAME_PERIOD_AFTER.match(sentence, end):
        return True
    y = r.get("year")
    if y is not None and _COMPARE_BEFORE.search(sentence, max(0, pos - 40), pos) \
            and any(t.year is not None and t.year > int(y) for t in parts):
        return True    # part_base: "... January to June 2022 ... in comparison to $1,355.14 million recorded in 2021"
    if lo and sentence[lo - 1] == "(" and pos - lo <= 3:
        ends = [m.end() for m in _OWN_CLAUSE_END.finditer(sentence, 0, lo - 1)]
        lo = ends[-1] if ends else 0
        close = sentence.find(")", end)
        nxt = _OWN_CLAUSE_END.search(sentence, close + 1 if close >= 0 else end)
        hi = nxt.start() if nxt else len(sentence)
    if lo <= parts[-1].start:
        return False   # the part of a year stands in the figure's own clause: the period rules read it
    return not any(lo <= t.start < hi for t in times)


# "$5.1 billion bilateral deficit", "The trade gap in 1984 was $111 million": the words at the
# figure name a balance, whatever measure a cue further away gave it
_BALANCE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:trade\s+)?(?:deficit|surplus)\b", re.I)
_BALANCE_BEFORE = re.compile(r"\b(?:deficits?|surplus(?:es)?|trade\s+gaps?|balances?(?:\s+of\s+trade)?)\b"
                             r"(?:[^,;:.$€£¥%\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}$", re.I)


def balance_cue(r: dict) -> bool:
    """An export, import or turnover figure that the words right at it call a balance."""
    if r.get("measure") not in ("exports", "imports", "turnover"):
        return False
    pos = _figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    end = pos + len(" ".join((r.get("figure") or "").split()))
    return bool(_BALANCE_AFTER.match(sentence, end) or _BALANCE_BEFORE.search(sentence, max(0, pos - 60), pos))


# "Brazil purchased a total worth US$ 39.3 billion from the United States": a buying verb before the
# figure and "from" a place after it make an import, whatever a cue further away said; selling "to" an export
_BUY_BEFORE = re.compile(r"\b(?:purchased|bought|buys|purchases|imported)\b[^.;:$€£¥\d]{0,30}$", re.I)
_SELL_BEFORE = re.compile(r"\b(?:sold|sells|exported|shipped)\b[^.;:$€£¥\d]{0,30}$", re.I)
_FROM_AFTER = re.compile(r"\s+(?:worth\s+of\s+goods\s+|of\s+goods\s+)?from\s+(?:the\s+)?[A-Z]")
_TO_AFTER = re.compile(r"\s+(?:worth\s+of\s+goods\s+|of\s+goods\s+)?to\s+(?:the\s+)?[A-Z]")


def flow_cue(r: dict) -> bool:
    """An export figure that its clause says was bought from a place ("purchased ... $X from the
    United States"), or an import figure sold to one: the words at the figure name the other flow."""
    measure = r.get("measure")
    if measure not in ("exports", "imports"):
        return False
    pos = _figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    end = pos + len(" ".join((r.get("figure") or "").split()))
    before, after = (_BUY_BEFORE, _FROM_AFTER) if measure == "exports" else (_SELL_BEFORE, _TO_AFTER)
    return bool(before.search(sentence, max(0, pos - 60), pos) and after.match(sentence, end))


# "In the previous fiscal year, Ethiopia has earned ... $3.62 billion": a fiscal year named in
# the sentence of a figure dated January to December (a country the fiscal table does not list)
_FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial|budget)\s+year\b|\bFY\s*'?\d", re.I)


def twelve_months_across(r: dict) -> bool:
    """The period is twelve months that span two calendar years (a fiscal year)."""
    try:
        y1, m1 = map(int, (r.get("period_start") or "").split("-"))
        y2, m2 = map(int, (r.get("period_end") or "").split("-"))
    except ValueError:
        return False
    return y2 == y1 + 1 and (y2 * 12 + m2) - (y1 * 12 + m1) == 11


def fiscal_cue(r: dict) -> bool:
    """A calendar-year figure whose sentence speaks of a fiscal year."""
    return bool(_FISCAL_WORDS.search(r.get("sentence") or ""))


# (sentence, its places) of the last _sentence_places: one tuple, read and replaced whole
_LAST_PLACES: tuple = (None, None)


def _sentence_places(sentence: str) -> list:
    """The places the registry finds in a figure's sentence (the figures of one sentence come
    one after the other, so the last sentence's are kept)."""
    global _LAST_PLACES
    last = _LAST_PLACES
    if last[0] is sentence:
        return last[1]
    found = places.find_places(sentence, 0, len(sentence))
    _LAST_PLACES = (sentence, found)
    return found


def _partner_mentions(r: dict) -> list:
    """Where the figure's partner is named in its sentence (by the registry's canonical name)."""
    sentence, name = r.get("sentence") or "", r.get("partner")
    if not name or not sentence:
        return []
    return [p for p in _sentence_places(sentence) if p.name == name]


# "Brazilian exports to the Asian country totaled US$ 1.085 billion": a continent's adjective before
# "country" points back to one country, not to the continent
_COUNTRY_NOUN = re.compile(r"\s+(?:country|nation|state|economy|kingdom|republic|neighbou?r)\b", re.I)
# "Trade exchange between the EU - including Britain - and Egypt": a group widened or narrowed
_GROUP_ALTERED = re.compile(r"\s*[-–—,(]?\s*(including|excluding|except(?:\s+for)?|without|plus)\s+(?:the\s+)?",
                            re.I)


def group_partner_rule(r: dict) -> str | None:
    """Why a bloc named as partner is not the counterpart: it is only a continent's adjective
    before "country" (partner_demonym: "the Asian country"), or the bloc's name is followed by
    "excluding ...", or by "including" a country that is no member (partner_altered: "the EU -
    including Britain -" in 2020 is the EU and the UK)."""
    if r.get("partner_iso3"):
        return None
    mentions = _partner_mentions(r)
    if not mentions:
        return None
    sentence = r["sentence"]
    if all(p.kind == "demonym" and _COUNTRY_NOUN.match(sentence, p.end) for p in mentions):
        return "partner_demonym"
    from tradeflows.facts.reporters import is_member
    y = r.get("year")
    for p in mentions:
        m = _GROUP_ALTERED.match(sentence, p.end)
        if m is None:
            continue
        if m.group(1).lower() != "including":
            return "partner_altered"       # excluding, except, without, plus
        nxt = [q for q in _sentence_places(sentence) if m.end() <= q.start <= m.end() + 2]
        if nxt and nxt[0].iso3 and not is_member(p.name, nxt[0].iso3, int(y) if y is not None else None):
            return "partner_altered"
    return None


# "Brazil's exports to China ..., helping ... post a US$61 billion trade surplus": the partner the
# sentence gave is named by another flow's words
_FLOW_TO = re.compile(r"\b(exports?|shipments|sales|supplies|imports?|purchases)\s+(?:to|from|into)\s+(?:the\s+)?$",
                      re.I)


def other_flow_partner(r: dict) -> bool:
    """A partner taken from elsewhere in the sentence (partner:sentence) that the sentence names only
    right after another measure's flow noun ("exports to China" for a surplus figure)."""
    if "partner:sentence" not in (r.get("fact_rules") or "").split(";"):
        return False
    mentions = _partner_mentions(r)
    if not mentions:
        return False
    sentence, measure = r["sentence"], r.get("measure")
    for p in mentions:
        m = _FLOW_TO.search(sentence, max(0, p.start - 24), p.start)
        if m is None:
            return False
        w = m.group(1).lower()
        flow = "imports" if w.startswith(("import", "purchase")) else "exports"
        if flow == measure:
            return False
    return True


@lru_cache(maxsize=1)
def _part_names() -> dict[str, str]:
    return {r["name"].casefold(): r["rest"].casefold() for r in read_csv("part_names.csv")}


def part_partner(r: dict) -> bool:
    """The partner country is named in its sentence only by the name of a part of it (vocab
    part_names.csv) while the sentence names the rest as another counterpart ("Exports to Great
    Britain ... increased ... to €17,167 million ..., while exports to Northern Ireland rose ...")."""
    mentions = _partner_mentions(r)
    if not mentions:
        return False
    parts = _part_names()
    rests = [parts.get(p.surface.casefold()) for p in mentions]
    if not all(rests):
        return False
    named = {p.surface.casefold() for p in _sentence_places(r["sentence"]) if p.iso3 == r.get("partner_iso3")}
    return any(rest in named for rest in rests)


def partner_reason(r: dict) -> str | None:
    piso, pname = r.get("partner_iso3"), r.get("partner")
    if piso:
        if is_country_itself(pname, piso):
            return "subnational partner" if part_partner(r) else None
        place = _lookup(pname) if pname else None
        return "subnational partner" if place is not None and place.kind == "region" \
            else "partner not a country"
    if not pname or not pname.strip():
        return "no partner"
    if norm_name(pname) == "world":
        return None
    place = _lookup(pname)
    if place is None or place.kind != "bloc" or group_partner_rule(r):
        return "partner not a country"
    return None


# ------------------------------------------------------------------ whose figure (issue 14, fourth sample)

# "26 significant economies saw a trade surplus of $2.45 trillion", "developed economies contributed
# $13.7 trillion": a counted or qualified group of countries is the clause's subject (rule group_subject)
_GROUP_SUBJECT = re.compile(r"(?<![\w,.-])(?:(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*|developed|developing|emerging|advanced|significant|major|big|"
                            r"large|small|other|many|several|some|most|all|these|those|such)\s+"
                            r"(?:[a-z][\w-]*\s+)?(?:economies|nations|countries)\b(?!\s+(?:of|in)\s)")
# "exports to 137 countries", "trade with developing countries": the group is the counterpart
_GROUP_PARTNER_BEFORE = re.compile(r"\b(?:to|with|from|into|between|among|for)\s+(?:the\s+)?$", re.I)


def group_subject(r: dict) -> bool:
    """The clause before the figure has a group of countries for its subject ("32 nations with
    $2.1 trillion", "developing economies $11.2 trillion"): the figure is the group's, not the
    reporter's (reason `not a country`)."""
    pos = _figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    lo = max(0, pos - CUE_WINDOW)
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, lo, pos)]
    lo = ends[-1] if ends else lo
    for m in _GROUP_SUBJECT.finditer(sentence, lo, pos):
        if not _GROUP_PARTNER_BEFORE.search(sentence, max(lo, m.start() - 12), m.start()) \
                or sentence[max(0, m.start() - 12):m.start()].lower().endswith("opposed to "):
            return True
    return False


def balance_owner(r: dict) -> bool:
    """A balance whose sentence opens with another country than its reporter ("Canada was the
    country with the highest increase in trade surplus ...", "Saudi Arabia came in third with a
    $221.3 billion trade surplus"): a surplus or deficit is its subject's (reason `another country`)."""
    if r.get("measure") != "balance" or not r.get("reporter_iso3"):
        return False
    sentence = (r.get("sentence") or "").lstrip("-–—•* \"'“")
    first = [p for p in _sentence_places(sentence) if p.start <= 4]
    if not first:
        return False
    p = first[0]
    if p.kind not in ("country", "demonym") or not p.iso3 or p.iso3 == r["reporter_iso3"].upper():
        return False
    pos = _figure_pos({**r, "sentence": sentence})
    if pos is None or pos < p.end:
        return False
    # "China's trade surplus with Belarus ...": the opener names the counterpart after "with"
    return not re.search(rf"\b(?:with|to|from)\s+(?:the\s+)?{re.escape(country_label(r['reporter_iso3']))}\b",
                         sentence[:pos])


# "the US Census Bureau data showed", "according to the official data from the General Administration of
# Customs of the People's Republic of China": the partner's own statistics (rule partner_source)
_SOURCE_WORDS = re.compile(r"\b(?:census\s+bureau|customs|statistics|statistical|bureau\s+of|data)\b", re.I)


def partner_source(r: dict) -> bool:
    """An export, import or balance figure whose sentence gives the partner's statistics as its
    source: the partner's name or adjective right before or after a source word ("the US Census
    Bureau data showed"): a mirror figure, the partner's imports or exports, not the reporter's own
    (reason `another country`; a turnover is the same from both sides)."""
    if r.get("measure") not in ("exports", "imports", "balance"):
        return False
    piso, riso = r.get("partner_iso3"), r.get("reporter_iso3")
    if not piso or not riso or piso == riso:
        return False
    sentence = r.get("sentence") or ""
    for m in _SOURCE_WORDS.finditer(sentence):
        near = [p for p in _sentence_places(sentence)
                if p.iso3 and (0 <= m.start() - p.end <= 3 or 0 <= p.start - m.end() <= 8
                               and sentence[m.end():p.start].strip().lower() in ("of", "of the"))]
        if not near:
            continue
        if any(p.iso3 == piso.upper() for p in near) and not any(p.iso3 == riso.upper() for p in near):
            return True
    return False


# "Russia moved up ... after increasing its surplus by 1.7 times ... to a record $333.4 billion"
_OWN_BALANCE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:surplus|deficit)\b", re.I)


def own_balance(r: dict) -> bool:
    """A balance its sentence calls the subject's own ("its surplus") while its partner was carried
    from another sentence (partner:carried): a country's own surplus is with the world, not with a
    partner named elsewhere (reason `no partner`)."""
    if r.get("measure") != "balance" or "partner:carried" not in (r.get("fact_rules") or "").split(";"):
        return False
    pos = _figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, pos)]
    return _OWN_BALANCE.search(sentence, ends[-1] if ends else 0, pos) is not None

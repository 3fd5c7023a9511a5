"""Partner cues: whether the figure's partner is a country, a bloc or the world as the row says.

Split from dataset/cues.py: a bloc named only as a continent's adjective or altered ("the EU -
including Britain -"), a partner named only after another flow's noun, a part of a country
named beside its rest, and the reason (partner_reason) a partner is no counterpart.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.dataset.cues_names import lookup, is_country_itself, norm_name
from tradeflows.dataset.cues_text import sentence_places, clause_start, figure_span
from tradeflows.records import decided_rules
from tradeflows.vocab import read_csv, read_lines
from tradeflows.vocab.patterns import EnglishCue, cue

@lru_cache(maxsize=1)
def _import_noun_stems() -> tuple[str, ...]:
    """How a flow noun of cues_partner_flow_to that names an import begins ("imports", "purchases";
    vocab/en/import_noun_stems.txt, English as that pattern is on a page of any language): any other is an export."""
    return tuple(read_lines("import_noun_stems.txt"))


def _partner_mentions(r: dict) -> list:
    """Where the figure's partner is named in its sentence (by the registry's canonical name)."""
    sentence, name = r.get("sentence") or "", r.get("partner")
    if not name or not sentence:
        return []
    return [p for p in sentence_places(sentence) if p.name == name]


# "Brazilian exports to the Asian country totaled US$ 1.085 billion": a continent's adjective before
# "country" points back to one country, not to the continent
_country_noun = EnglishCue("cues_partner_country_noun", re.I)
def group_partner_rule(r: dict) -> str | None:
    """Why a bloc named as partner is not the counterpart: it is only a continent's adjective
    before "country" (partner_demonym: "the Asian country"), or words after the bloc's name change
    the group (partner_altered, read by the place stage from vocab group_alterations.csv:
    "excluding ...", "plus ...", or "including" a country that is no member: "the EU - including
    Britain -" in 2020 is the EU and the UK)."""
    if r.get("partner_iso3"):
        return None
    mentions = _partner_mentions(r)
    if not mentions:
        return None
    sentence = r["sentence"]
    if all(p.kind == "demonym" and _country_noun().match(sentence, p.end) for p in mentions):
        return "partner_demonym"
    from tradeflows.facts.reporters import is_member
    y = r.get("year")
    for p in mentions:   # the words after the bloc, read by the place stage (Place.alteration)
        if p.alteration in ("leaves_out", "adds"):
            return "partner_altered"       # excluding, except, without, plus
        if p.alteration == "includes" and p.altered_iso3 \
                and not is_member(p.name, p.altered_iso3, int(y) if y is not None else None):
            return "partner_altered"
    return None


# "Brazil's exports to China ..., helping ... post a US$61 billion trade surplus": the partner the
# sentence gave is named by another flow's words
_flow_to = EnglishCue("cues_partner_flow_to", re.I)


def other_flow_partner(r: dict) -> bool:
    """A partner taken from elsewhere in the sentence (partner:sentence) that the sentence names only
    right after another measure's flow noun ("exports to China" for a surplus figure)."""
    if "partner:sentence" not in decided_rules(r.get("fact_rules")):
        return False
    mentions = _partner_mentions(r)
    if not mentions:
        return False
    sentence, measure = r["sentence"], r.get("measure")
    for p in mentions:
        m = _flow_to().search(sentence, max(0, p.start - 24), p.start)
        if m is None:
            return False
        w = m.group(1).lower()
        flow = "imports" if w.startswith(_import_noun_stems()) else "exports"
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
    named = {p.surface.casefold() for p in sentence_places(r["sentence"]) if p.iso3 == r.get("partner_iso3")}
    return any(rest in named for rest in rests)


# "bilateral trade between the two countries plummeted to just USD 16.4 billion": the counterpart
# is one country, so a bloc or continent carried to the figure is not it (rule two_countries)
_two_countries = EnglishCue("cues_partner_two_countries", re.I)


def two_countries(r: dict) -> bool:
    """A bloc partner for a figure whose sentence speaks of "the two countries" (or both
    nations): the counterpart is a country, the bloc a name carried from elsewhere."""
    return bool(_two_countries().search(r.get("sentence") or ""))


# "Trade with Ethiopia and Sudan also grew ..., bringing Kenya's export earnings from the two countries to
# $161 million": the counterpart of a flow to or from "the two countries" (these, both ...) is the group the
# sentence named, not the one country the row took from it (rule joint_partner)
_joint_partner = EnglishCue("cue_joint_partner", re.I)


_JOINT_AFTER = 40


def joint_partner(r: dict) -> bool:
    """The figure's clause gives its flow to or from a group the sentence named ("from the two
    countries", "to these markets"): no single country is its counterpart. A bloc partner is that
    group when the words do not count it ("total imports into the island from these countries were
    $253.43 billion" of Jamaica's trade with Caricom, rule bloc_members): only "the two countries",
    "both" ... leave a bloc out (the world or a country stays out for any group)."""
    span = figure_span(r)
    if span is None:
        return False
    sentence, pos, end = span
    lo = clause_start(sentence, pos)
    hi = min(len(sentence), end + _JOINT_AFTER)
    m = _joint_partner().search(sentence[lo:hi])
    return m is not None and (m.group("counted") is not None or not _bloc_partner(r))


def _bloc_partner(r: dict) -> bool:
    name = r.get("partner")
    place = lookup(name) if name and not r.get("partner_iso3") else None
    return place is not None and place.kind == "bloc"


def partner_reason(r: dict) -> str | None:
    piso, pname = r.get("partner_iso3"), r.get("partner")
    if joint_partner(r):
        return "partner not a country"
    if piso:
        if is_country_itself(pname, piso):
            return "subnational partner" if part_partner(r) else None
        place = lookup(pname) if pname else None
        return "subnational partner" if place is not None and place.kind == "region" \
            else "partner not a country"
    if not pname or not pname.strip():
        return "no partner"
    if norm_name(pname) == "world":
        return None
    place = lookup(pname)
    if place is None or place.kind != "bloc" or group_partner_rule(r) or two_countries(r):
        return "partner not a country"
    return None


# s64 (panelQ64): "two-way trade neared 810 million USD last year" (vietnamplus.vn), "в 2019 году товарооборот между
# двумя странами превысил 35,5 млрд долларов" (interfax.ru): the figure's own clause calls the trade the pair's (another language's words: its vocab/<lang>/patterns.csv rows)
_pair_word = EnglishCue("cues_partner_pair_word", re.I)


def pair_word_turnover(r: dict) -> bool:
    """A turnover whose counterpart came from the page's head or from "the two countries" resolved before the
    paragraph (weak: a long carry) is confirmed when its own clause, up to the figure, calls the trade the two
    countries' by a pair word ("bilateral trade", "between the two countries", "между двумя государствами"): the
    pair is then the reporter and that counterpart (rule pair_word_turnover, dataset/series.py CONFIRMATIONS). Not
    an export or import, whose "countries" may be a group's, nor a pair word after the figure ("The $18 billion of
    annual trade currently split evenly between both countries", scoop.co.nz)."""
    if r.get("measure") != "turnover" or not r.get("partner_iso3"):
        return False
    span = figure_span(r)
    if span is None:
        return False
    sentence, pos, _ = span
    return cue("cues_partner_pair_word", _pair_word()).search(sentence, clause_start(sentence, pos), pos) is not None

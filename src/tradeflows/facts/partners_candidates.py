"""The places of a figure's window that a partner rule may pick, and the rules' shared constants.

Split from facts/partners.py: every partner rule (partners_item, partners_sentence,
partners_carried) reads the same candidates: the places of the window less the reporter, an
anaphor ("this country"), a descriptor, where an event took place, a place ranked ahead, a
possessive or epithet, and (unless asked) a place named as a part.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tradeflows.facts.context import isearch
from tradeflows.facts.places import Place
from tradeflows.facts.reporters import EVENT_PLACE_BEFORE, POSSESSIVE, is_locus_of_flow, is_member, region_epithet  # noqa: F401
from tradeflows.facts.subject import RIVAL_BEFORE, SCOPE_REACH, along_border, epithet_cue, in_scope  # noqa: F401
from tradeflows.facts.reporters_whose import whose_owner
from tradeflows.facts.role_qualifier import role_qualifier
from tradeflows.records import add_via
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, read_csv
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue, cue_in
from tradeflows.vocab.skip import skip_compile

NONE = (None, None)  # decided: the figure has no counterpart
FLOW_MEASURES = ("exports", "imports", "turnover", "balance")
CARRY_SENTENCES = 4  # how many sentences a partner named in passing stays the subject
HEAD_REACH = 15000  # characters of a page (a news story, not a book) its title's partner governs

# "this Central Asian country": an anaphor for the partner already named; "The West African nation's favorable
# trade balance": an epithet of the page's own country (neither is a counterpart of its own)
ANAPHORIC = skip_compile(r"\s+(?:country|state|republic|partner|nation)\b", re.I)
# "with this country of the South Caucasus": a place describing a country named before
DESCRIPTOR_BEFORE = skip_compile(r"\b(?:this|that|the)\s+(?:country|nation|state|republic|kingdom)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# "Nigeria is the largest trading partner of India in Africa with bilateral trade of 9.4 billion dollars last year"
# (thenigeriandiplomat.com), "Nigeria is India's largest trading partner in Africa" (therainbowonline.net): the region
# a partner's rank is counted in, right after "partner (of X) in", is the rank's scope, no counterpart (rule rank_scope)
# (an owner named: "X's largest partner in", "the largest partner of X in"; "China is the largest trading partner in
# Africa" keeps Africa)
rank_scope_before = EnglishCue("partners_candidates_rank_scope_before")
# "Kazakhstan is second after Russia", "second only to China": the place ranked ahead is no counterpart (rule
# ranked_ahead)
RANKED_AHEAD_BEFORE = skip_compile(r"\b(?:second|third|fourth|fifth)\s+(?:only\s+)?(?:after|behind|to)\s+(?:the\s+)?$"
                                   r"|\bsecond\s+only\s+to\s+(?:the\s+)?$", re.I)
# "Poland in 2020 was behind China with a volume of EUR 2.1 bn", "ranks fourth, behind China": a place the subject
# stands behind (rule ranked_behind)
RANKED_BEHIND_BEFORE = skip_compile(r"\b(?:was|is|are|were|came|comes|ranked|ranks|remained|remains|stood|stands|lagged|"
                                    r"lags|fourth|fifth|sixth|seventh|eighth|ninth|tenth),?\s+(?:\w+\s+)?behind\s+(?:the\s+)?$",
                                    re.I)
# "constrained by the Ukraine conflict", "the Doklam standoff", "Brexit, and Hong Kong protests, Korean trade
# surpassed the $1 trillion mark", "the U.S.-China trade dispute": a place naming an event, no counterpart
# "despite restrictions caused by the US sanctions": a place whose sanctions or embargo are meant, no counterpart
EVENT_NAME_AFTER = skip_compile(r"\s+(?:trade\s+|border\s+)?(?:conflict|war|crisis|standoff|stand-off|invasion|dispute|protests?|unrest|"
                              r"riots?|uprising|sanctions|embargo(?:es)?)\b", re.I)
EVENT_PLACE_REACH = 50  # how far before a place the event it names the venue of may start
# "на пресс-конференции в Ашхабаде ... объем взаимной торговли достиг", "на полях саммита ОДКБ в Бишкеке", "the summit
# taking place today in Washington": the place an event noun's "in"/"в" governs is the event's venue, no side of the
# trade (rule venue): no partner candidate (here), not carried to the sentences after, and not the page's head
# counterpart when the head names it only so (facts/carry.py); it still votes for the page's subject (the host of
# "meetings held in Doha" on a Qatari page is its side). The event nouns, the words that may stand between and the
# prepositions are rows of vocab/<lang>/venue_events.csv
VENUE_REACH = 60  # how far before a place its event noun may start
_VENUE_GAP = 3    # how many words may stand between the event noun and its preposition


def _venue_words(lang: str, role: str) -> str:
    """The alternation of vocab/<lang>/venue_events.csv's words of a role (a stem takes any ending)."""
    return "|".join(re.escape(r["word"]) + (r"[\w-]*" if r["form"] == "stem" else r"\b")
                    for r in read_csv("venue_events.csv", lang) if r["role"] == role)


def _venue_phrase(lang: str) -> str:
    """An event noun, up to _VENUE_GAP linking or capitalized words, its venue's preposition (and "the")."""
    link = rf"(?:(?i:{_venue_words(lang, 'link')})|[^\W\d_a-zа-яё][\w.-]*|«[^»]{{1,40}}»)"
    return (rf"(?<![\w-])(?i:{_venue_words(lang, 'event')})(?:\s+{link}){{0,{_VENUE_GAP}}}?\s+"
            rf"(?i:{_venue_words(lang, 'prep')})\s+(?i:the\s+)?")


@lru_cache(maxsize=None)
def venue_before(lang: str) -> re.Pattern:
    """The pattern of an event noun and its venue's preposition, ending right before the place, in a language (one
    compile per language). Case-sensitive: a capitalized name may stand between ("саммита ОДКБ в")."""
    return skip_compile(_venue_phrase(lang) + "$")


@lru_cache(maxsize=None)
def venue_anywhere(lang: str) -> re.Pattern:
    """venue_before's phrase wherever it ends: a text it finds none in names no venue (venue_before finds none before
    any of its places), so a caller may skip finding its places (one compile per language)."""
    return skip_compile(_venue_phrase(lang))


# "according to data from the Japan External Trade Organization (Jetro)", "the Korea Trade-Investment Promotion
# Agency": a place that opens an organization's name is no counterpart (rule org_name_after; capitalized words only)
HYPHENS = ("-", "–", "—")
ORG_NAME_AFTER = skip_compile(r"\s+(?:[A-Z][\w&-]*\s+){1,3}(?:Organi[sz]ation|Chamber|Institute|Association|Council|"
                            r"Agency|Authority|Corporation|Federation|Board)\b")
# "according to the 'Overview of Kenya's Trade Landscape, 2023' report commissioned by the UK government"
# (tradeworldnews.com; the same report on kenyanwallstreet.com): the government that commissioned or published the
# source is no counterpart (rule source_government)
source_by_before = EnglishCue("partners_candidates_source_by_before", re.I)
source_body_after = EnglishCue("partners_candidates_source_body_after", re.I)
# "the North American Free Trade Agreement launched with ...": a place opening an agreement's name, not a side of a
# hyphened pair, is no counterpart (rule agreement_name_after)
agreement_after = EnglishCue("partners_candidates_agreement_after")
# "shipments to said Asian market", "exports to this Middle Eastern country": a demonym in an anaphor
# of a country named before (the carried partner), not a place of its own
ANAPHOR_DET = skip_compile(r"\b(?:said|aforementioned|this|that|the\s+same)\s+(?:[A-Z][a-z]+\s+)?$", re.I)
ANAPHOR_NOUN = skip_compile(r"\s+(?:country|state|republic|nation|market|economy|giant|kingdom|partner)\b", re.I)

# "Mexican exports to the Asian country", "making the Arab country India's third largest trading partner": a
# region's demonym before a singular noun for one country is an anaphor of a country named before, never the
# region itself (rule region_anaphor; "the European market", "Asian countries" still name the region)
# ("with balance heavily tilted to the Asian largest economy", businessnews-bd.net: a superlative economy too, rule
# region_anaphor_economy)
region_anaphor_noun = EnglishCue("region_anaphor_noun", re.I)


def region_anaphor(text: str, p: Place) -> bool:
    """p is a region's demonym standing in an anaphor of one country ("the Asian country"), a region's name made the
    attribute of one ("the East Asia nation", rule region_name_anaphor), or a region's possessive in an epithet of one
    ("Asia’s fourth-largest economy", rule region_epithet)."""
    if p.iso3 is not None:
        return False
    if p.kind == "demonym":
        return cue("region_anaphor_noun", region_anaphor_noun()).match(text, p.end) is not None
    return region_name_anaphor(text, p) or region_epithet(text, p)


# "exports to the East Asia nation reached a paltry KSh 15 billion" (tuko.co.ke): a region's own name made the attribute
# of a singular noun for one country after a determiner is an anaphor of a country named before (rule
# region_name_anaphor; "exports to East Asia", "the EU countries" still name the region)
_region_name_anaphor_before = EnglishCue("region_name_anaphor_before", re.I)
_region_name_anaphor_after = EnglishCue("region_name_anaphor_after", re.I)


def region_name_anaphor(text: str, p: Place) -> bool:
    """p is a region's or a bloc's name between a determiner and a noun for one country ("the East Asia nation")."""
    return p.iso3 is None and p.kind in ("region", "bloc") \
        and cue("region_name_anaphor_after", _region_name_anaphor_after()).match(text, p.end) is not None \
        and cue("region_name_anaphor_before", _region_name_anaphor_before()).search(text, max(0, p.start - 8),
                                                                                     p.start) is not None


# "Imports from Germany, which is the UK's largest EU trading partner, dropped 30.5 per cent", "Exports to
# South Sudan, which was admitted to the EAC in March this year stood at $71 million": a place in a relative
# clause describing the place before it (a copula, no figure in between) is no counterpart of its own
# (rule relative_description; "the United States, which exported $46.4 billion ... to China" keeps China)
relative_description = EnglishCue("relative_description", re.I)

# "surplus with all of Asia, including China": a place named as a part is not the counterpart
_excluded_before = EnglishCue("partners_candidates_excluded_before", re.I)
PART_BEFORE = skip_compile(r"\b(?:including|includ(?:es|ed)|such\s+as|except|excluding)\s+(?:the\s+)?$", re.I)


_trade_with_scope_before = EnglishCue("partners_candidates_trade_with_scope")
TRADE_WITH_SCOPE_REACH = 120


def candidates(cl, parts: bool = False) -> list[Place]:
    """The places of the figure's window that may be its counterpart; parts=True keeps a place
    named as a part ('such as Malaysia (1.2%)': a listed part with its own figure is that item's).

    Some twenty partner rules ask this of one clause, which does not change while they run, and the
    figures of one sentence often share its window: the list is found once per document and what it
    reads (DocMemo.candidates; callers only read the list). A named filter that dropped a place of the window names
    itself on the clause (cl.read_via), so the rule that read the list writes it after its own name if it decides
    (sieves.run_partner, records.VIA: 'partner:frame+agreement_name_after'), and a rule that read it and decided
    nothing leaves no name to the rule after it."""
    key = (parts, cl.si, cl.lo, cl.hi, cl.rep, cl.rep_iso, cl.home[1])
    kept = cl.d.memo.candidates
    hit = kept.get(key)
    if hit is None:
        hit = kept[key] = _find_candidates(cl, parts)
    found, named = hit
    if named:
        cl.read_via = add_via(cl.read_via, named)
    return found


def _find_candidates(cl, parts: bool) -> tuple[list[Place], str]:
    """candidates, found, and the names of the named filters (NAMED_FILTERS) that dropped a place of them, joined by
    records.VIA ("" for none)."""
    text, home_iso, seen = cl.d.text, cl.home[1], cl.d.memo.candidate_of
    out, part_end, named = [], -1, ""
    for p in cl.places:
        # "Total exports to the rest of the world, excluding Canada, the EU and Japan, increased 191.32 percent": the
        # places listed after the part's cue are parts too (rule part_list)
        # (an excluded list only: "the regional countries including Afghanistan, China, ..." is the list's whole,
        # rule list_whole)
        part = "" if parts else "part_before" if isearch(cl.d, cue("part_before", PART_BEFORE), max(0, p.start - 16),
                                                         p.start) \
            else "part_list" if part_end >= 0 and LIST_SEP.fullmatch(text, part_end, p.start) is not None else ""
        part_end = p.end if part and (part_end >= 0 or _excluded_before().search(text, max(0, p.start - 16), p.start)) \
            else -1
        if (p.iso3 == cl.rep_iso and p.iso3 == home_iso and p.kind != "bloc") or p.name == cl.rep:
            continue
        # (a place named as a part, rules part_before and part_list; a member of the reporter, rule
        # member_not_counterpart; else the first of NAMED_FILTERS that holds)
        dropped = part or ("member_not_counterpart" if member_of_reporter(cl, p) else _dropped_by(text, p, seen))
        if dropped is None:
            out.append(p)
        else:
            named = add_via(named, dropped)
    return out, named


def member_of_reporter(cl, p: Place) -> bool:
    """A country that belongs to the figure's reporter, a bloc or a continent, is no counterpart of it (rule
    member_not_counterpart, session 49): "Africa's exports to the European Union ... Major exporting countries in 2016
    were South Africa, accounting for (20%), Algeria (14%)" (tralac.org) lists Africa's own members, each the owner of
    its share, not Africa's market; the bloc's trade inside itself is the bloc (rules intra_bloc, intra_regional)."""
    if cl.rep is None or cl.rep_iso is not None or p.iso3 is None or p.kind != "country":
        return False
    return is_member(cl.rep, p.iso3, cl.d.pub_year) or _continent_of(p.iso3) == cl.rep


@lru_cache(maxsize=1)
def continents() -> dict[str, str]:
    """{iso3: continent} (vocab/en/continents.csv), read on first use."""
    from tradeflows.vocab import read_csv
    return {r["iso3"]: r["continent"] for r in read_csv("continents.csv")}


def _continent_of(iso3: str) -> str | None:
    return continents().get(iso3)


_with_before = EnglishCue("partners_candidates_with_before")
_with_role_after = EnglishCue("partners_candidates_with_role_after", re.I)


def agreement_name(text: str, p: Place) -> bool:
    """p opens an agreement's name and is no side of a hyphened pair (rule agreement_name_after): it names the
    agreement, neither a counterpart nor one carried."""
    return (cue("agreement_after", agreement_after()).match(text, p.end) is not None
            and text[p.start - 1:p.start] not in HYPHENS)


class _PlaceCues(NamedTuple):
    """The cues the named filters read, in the page's language, found once per language (not per place)."""
    region_anaphor: re.Pattern
    descriptor: re.Pattern
    unit_name: re.Pattern
    event_name: re.Pattern
    ranked_ahead: re.Pattern
    ranked_behind: re.Pattern
    rival: re.Pattern
    scope: re.Pattern
    event_place: re.Pattern
    venue: re.Pattern
    org_name: re.Pattern
    agreement: re.Pattern
    relative: re.Pattern


@lru_cache(maxsize=None)
def _place_cues(lang: str) -> _PlaceCues:
    return _PlaceCues(cue_in(lang, "region_anaphor_noun", region_anaphor_noun()),
                      cue_in(lang, "descriptor_before", DESCRIPTOR_BEFORE), cue_in(lang, "unit_name_before", NEVER),
                      cue_in(lang, "event_name_after", EVENT_NAME_AFTER), cue_in(lang, "ranked_ahead", RANKED_AHEAD_BEFORE),
                      cue_in(lang, "ranked_behind", RANKED_BEHIND_BEFORE), cue_in(lang, "rival_before", RIVAL_BEFORE),
                      cue_in(lang, "scope_before", NEVER), cue_in(lang, "event_place_before", NEVER), venue_before(lang),
                      cue_in(lang, "org_name_after", ORG_NAME_AFTER), cue_in(lang, "agreement_after", agreement_after()),
                      cue_in(lang, "relative_description", relative_description()))


def _rank_scope(text: str, p: Place, c: _PlaceCues) -> bool:
    """"Nigeria is the largest trading partner of India in Africa": the region a rank is counted in (rule rank_scope)."""
    return p.iso3 is None and rank_scope_before().search(text, max(0, p.start - 70), p.start) is not None


def _trade_with_scope(text: str, p: Place, c: _PlaceCues) -> bool:
    """"exports of R169.5bn and imports of R159.1bn, inclusive of trade with Botswana, Eswatini, Lesotho and Namibia":
    the places whose trade a total counts in or leaves out, each of the list (rule trade_with_scope)."""
    return _trade_with_scope_before().search(text, max(0, p.start - TRADE_WITH_SCOPE_REACH), p.start) is not None


def _event_place(text: str, p: Place, c: _PlaceCues) -> bool:
    """"закупок нефти, которые после начала спецоперации РФ на Украине увеличились в шесть раз" (vestnik.rushydro.ru):
    where an event the clause names took place (rule event_place; cue event_place_before, Russian rows only)."""
    return c.event_place.search(text, max(0, p.start - EVENT_PLACE_REACH), p.start) is not None


def _venue(text: str, p: Place, c: _PlaceCues) -> bool:
    """The venue an event noun's "in"/"в" governs (rule venue; vocab/<lang>/venue_events.csv)."""
    return c.venue.search(text, max(0, p.start - VENUE_REACH), p.start) is not None


def _org_name(text: str, p: Place, c: _PlaceCues) -> bool:
    """"the Japan External Trade Organization (Jetro)": a place opening an organization's name (rule org_name_after)."""
    return c.org_name.match(text, p.end) is not None


def _agreement_name(text: str, p: Place, c: _PlaceCues) -> bool:
    """agreement_name with the cue found once (rule agreement_name_after)."""
    return c.agreement.match(text, p.end) is not None and text[p.start - 1:p.start] not in HYPHENS


def _source_government(text: str, p: Place, c: _PlaceCues) -> bool:
    """"report commissioned by the UK government": the government that commissioned or published the source (rule
    source_government)."""
    return bool(source_by_before().search(text, max(0, p.start - 30), p.start) and source_body_after().match(text, p.end))


def _described(text: str, p: Place, c: _PlaceCues) -> bool:
    """described_in_clause with the cue found once (rule relative_description)."""
    return c.relative.search(text, max(0, p.start - 80), p.start) is not None


def _with_as_role(text: str, p: Place, c: _PlaceCues) -> bool:
    """"With China as the main trading partner, shipments abroad from the agricultural sector added entries of more
    than US$1,001 million" (newsbruit.com): the place an opening "with" names in a role of the trade is its main
    partner, not the counterpart of the total after (rule with_as_role)."""
    return bool(_with_role_after().match(text, p.end) and _with_before().search(text, max(0, p.start - 10), p.start))


def _among_scope(text: str, p: Place, c: _PlaceCues) -> bool:
    """among_scope (rule among_scope)."""
    return among_scope(text, p)


def _along_border(text: str, p: Place, c: _PlaceCues) -> bool:
    """along_border (rule along_border)."""
    return along_border(text, p)


def _whose_owner(text: str, p: Place, c: _PlaceCues) -> bool:
    """whose_owner (rule whose_owner, facts/reporters_whose.py)."""
    return whose_owner(text, p)


def _dropped_by(text: str, p: Place, seen: dict) -> str | None:
    """candidates' tests of the place alone (its words around), read once per place of a document: None for a place
    that may be a candidate, else the name of the first filter of NAMED_FILTERS that drops it."""
    key = (p.start, p.end, p.name)
    if key not in seen:
        found = None
        c = _place_cues(current_language())
        for name, test in NAMED_FILTERS:
            if test(text, p, c):
                found = name
                break
        seen[key] = found
    return seen[key]


def _anaphoric(text: str, p: Place, c: _PlaceCues) -> bool:
    """"this Central Asian country", "The West African nation's": an anaphor of a country named before, or an epithet
    of the page's own (rule anaphoric)."""
    return ANAPHORIC.match(text, p.end) is not None


def _region_anaphor(text: str, p: Place, c: _PlaceCues) -> bool:
    """"the Asian country": a region's demonym standing for one country named before (rule region_anaphor)."""
    return p.iso3 is None and p.kind == "demonym" and c.region_anaphor.match(text, p.end) is not None


def _region_name_anaphor(text: str, p: Place, c: _PlaceCues) -> bool:
    """"the East Asia nation": a region's name standing for one country named before (rule region_name_anaphor)."""
    return region_name_anaphor(text, p)


def _region_epithet(text: str, p: Place, c: _PlaceCues) -> bool:
    """"Asia's fourth-largest economy": a region's possessive in an epithet of one country (rule region_epithet)."""
    return p.iso3 is None and p.kind != "demonym" and region_epithet(text, p)


def _anaphor_determiner(text: str, p: Place, c: _PlaceCues) -> bool:
    """"shipments to said Asian market", "exports to this Middle Eastern country": a demonym in an anaphor after a
    determiner (rule anaphor_determiner)."""
    return ANAPHOR_NOUN.match(text, p.end) is not None \
        and ANAPHOR_DET.search(text, max(0, p.start - 30), p.start) is not None


def _descriptor(text: str, p: Place, c: _PlaceCues) -> bool:
    """"with this country of the South Caucasus": a place describing a country named before (rule descriptor)."""
    return c.descriptor.search(text, max(0, p.start - 40), p.start) is not None


def _place_of_event(text: str, p: Place, c: _PlaceCues) -> bool:
    """"a free trade agreement was signed in St. Petersburg": where an event took place (rule place_of_event;
    reporters.EVENT_PLACE_BEFORE)."""
    return EVENT_PLACE_BEFORE.search(text, max(0, p.start - 30), p.start) is not None


def _unit_name(text: str, p: Place, c: _PlaceCues) -> bool:
    """"директор четвертого департамента стран СНГ": a place in a unit's name (rule unit_name; Russian rows only)."""
    return c.unit_name.search(text, max(0, p.start - 80), p.start) is not None


def _event_name(text: str, p: Place, c: _PlaceCues) -> bool:
    """"the Ukraine conflict", "the US sanctions": a place naming an event (rule event_name)."""
    return c.event_name.match(text, p.end) is not None


def _ranked_ahead(text: str, p: Place, c: _PlaceCues) -> bool:
    """"second only to China": a place ranked ahead of the subject, with no figure of its own after it (rule
    ranked_ahead)."""
    return c.ranked_ahead.search(text, max(0, p.start - 40), p.start) is not None \
        and OWN_FIGURE_AFTER.match(text, p.end) is None


def _ranked_behind(text: str, p: Place, c: _PlaceCues) -> bool:
    """"ranks fourth, behind China": a place the subject stands behind, with no figure of its own after it (rule
    ranked_behind)."""
    return c.ranked_behind.search(text, max(0, p.start - 40), p.start) is not None \
        and OWN_FIGURE_AFTER.match(text, p.end) is None


def _rival(text: str, p: Place, c: _PlaceCues) -> bool:
    """"уступая лишь Китаю", "overtaking Germany": a rival of the subject, with no figure of its own after it (rule
    rival)."""
    return c.rival.search(text, max(0, p.start - 30), p.start) is not None and OWN_FIGURE_AFTER.match(text, p.end) is None


# "In 2017, the overall (not just China) U.S. trade deficit for goods and services was $568 billion" (fortune.com): a
# place in a bracket opened on "not just" / "not only" is a part the total goes beyond, no counterpart (rule
# not_just_aside; cue partners_candidates_not_just_before)
not_just_before = EnglishCue("partners_candidates_not_just_before", re.I)
NOT_JUST_REACH = 24


def _not_just_aside(text: str, p: Place, c: _PlaceCues) -> bool:
    """A place in a bracket opened on "not just" (rule not_just_aside)."""
    return not_just_before().search(text, max(0, p.start - NOT_JUST_REACH), p.start) is not None


def _possessive(text: str, p: Place, c: _PlaceCues) -> bool:
    """"Korea's imports": a place owning a flow of its own (rule possessive)."""
    return POSSESSIVE.match(text, p.end) is not None


def _epithet(text: str, p: Place, c: _PlaceCues) -> bool:
    """"Europe's biggest economy": an epithet of a country (rule epithet)."""
    return epithet_cue().match(text, p.end) is not None


def _locus_flow(text: str, p: Place, c: _PlaceCues) -> bool:
    """"In Germany exports increased": the flow's reporter by its locus (rule locus_flow)."""
    return is_locus_of_flow(text, p)


# "Among the major EU countries, in Germany exports increased by 0.5%": the group a list of reporters is drawn from,
# no counterpart (rule among_scope)
_among_before = EnglishCue("partners_candidates_among_before")
_group_after = EnglishCue("partners_candidates_group_after", re.I)


def among_scope(text: str, p: Place) -> bool:
    return _group_after().match(text, p.end) is not None and _among_before().search(text, max(0, p.start - 30), p.start) is not None


def described_in_clause(text: str, p: Place) -> bool:
    """p stands in a relative clause describing the place named before it (RELATIVE_DESCRIPTION)."""
    return cue("relative_description", relative_description()).search(text, max(0, p.start - 80), p.start) is not None


# the named filters of a place of the window that is no counterpart, in the order read (the first that holds names the
# place): the partner rule that read the candidates writes the names of those that dropped a place of its window after
# its own name when it decides (records.VIA, sieves.run_partner); a place named as a part or a member of the reporter
# is named by _find_candidates before these
NAMED_FILTERS = (
    ("anaphoric", _anaphoric),
    ("region_anaphor", _region_anaphor),
    ("region_name_anaphor", _region_name_anaphor),
    ("region_epithet", _region_epithet),
    ("anaphor_determiner", _anaphor_determiner),
    ("descriptor", _descriptor),
    ("place_of_event", _place_of_event),
    ("unit_name", _unit_name),
    ("event_name", _event_name),
    ("ranked_ahead", _ranked_ahead),
    ("ranked_behind", _ranked_behind),
    ("rival", _rival),
    ("possessive", _possessive),
    ("epithet", _epithet),
    ("locus_flow", _locus_flow),
    ("rank_scope", _rank_scope),
    ("scope_not_counterpart", in_scope),
    ("trade_with_scope", _trade_with_scope),
    ("event_place", _event_place),
    ("venue", _venue),
    ("org_name_after", _org_name),
    ("agreement_name_after", _agreement_name),
    ("source_government", _source_government),
    ("relative_description", _described),
    ("with_as_role", _with_as_role),
    ("among_scope", _among_scope),
    ("whose_owner", _whose_owner),
    ("role_qualifier", role_qualifier),   # "the main non-EU destination": the role's class (session 67, facts/role_qualifier.py)
    ("not_just_aside", _not_just_aside),   # "the overall (not just China) U.S. trade deficit" (session 73)
    ("along_border", _along_border),
)


def same_pair(p: tuple, name, iso3) -> bool:
    """Whether the place held as (name, iso3) is the one named `name` or coded `iso3`."""
    return p[0] == name or (p[1] is not None and p[1] == iso3)


def same_place(p: Place, name, iso3) -> bool:
    """Whether the place found is the one named `name`, or coded `iso3` (a region never by its code)."""
    return p.name == name or (p.iso3 is not None and p.iso3 == iso3 and p.kind != "region")


LIST_SEP = skip_compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+)(?:the\s+)?$", re.I)


def list_extent(p, places: list, text: str):
    """(places by start, first, p's own, last index) of the list of places joined by LIST_SEP that p stands in
    ("Turkey, China, Egypt and Serbia"); None when p is not among the places."""
    ordered = sorted(places, key=lambda x: x.start)
    i = next((k for k, x in enumerate(ordered) if x.start == p.start), None)
    if i is None:
        return None
    lo = hi = i
    sep = cue("list_sep", LIST_SEP)   # ("Китай, США, Турцию и Великобританию": a Russian page's "и", vocab/ru/patterns.csv)
    while lo > 0 and sep.fullmatch(text, ordered[lo - 1].end, ordered[lo].start):
        lo -= 1
    while hi + 1 < len(ordered) and sep.fullmatch(text, ordered[hi].end, ordered[hi + 1].start):
        hi += 1
    return ordered, lo, i, hi


_LIST_GLOSS = skip_compile(r"\s*\([A-Z]{2,5}(?:-\d{1,2})?\)")   # "(EU)", "(EU-28)"
# "Switzerland, China, South Africa, and Canada": the serial comma before the last item, left out as the gold writes a
# list ("A, B and C", GUIDELINES' partner examples; 58 of the 59 listed partners of the tuned gold, scripts/rule_accuracy.py)
_serial_comma = EnglishCue("partners_candidates_serial_comma")
_members_before = EnglishCue("partners_candidates_members_before")


def list_name(p: Place, places: list[Place], text: str) -> str | None:
    """The list of places that p closes, as the text writes it ("UAE, Saudi Arabia, India and China"), its
    bracketed abbreviations left out; None past 160 characters."""
    ext = list_extent(p, places, text)
    if ext is None:
        return None
    ordered, i, _, _ = ext
    if _members_before().search(text, max(0, ordered[i].start - 100), ordered[i].start):
        # ("the regional countries including Afghanistan, China, ..., and the Maldives": members listed of a group
        # named before them; the group is the counterpart, left to no name here)
        return None
    span = text[ordered[i].start:p.end]
    if len(span) > 160:
        return None
    if current_language() != DEFAULT_LANGUAGE:
        # ("в Китай, США, Турцию и Великобританию": another language's list, inflected as its sentence wants, is written
        # as the gold writes every partner, by the places' own names: "China, United States, Turkey and United Kingdom")
        k = next(j for j, x in enumerate(ordered) if x.start == p.start)
        names = [x.name for x in ordered[i:k + 1]]
        return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return " ".join(_serial_comma().sub(r"\1", _LIST_GLOSS.sub("", span)).split())


# "... with imports totaling $1.059 billion, just ahead of Italy at $1.029 billion": a place after
# the figure that is followed by a figure of its own is the next item, not this figure's partner
# ("Russia - $2.9bn (15.1%), and Kazakhstan - $1.5bn": a spaced ASCII hyphen sets an item's figure
# off as a dash does, own_figure_dash)
OWN_FIGURE_AFTER = skip_compile(r"\s*(?:\(\s*|at\s+|with\s+|[:–—]\s*|-\s+|(?=[$€£¥]|US\s?\$))(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                               r"(?:US\s?|[A-Z]{1,3})?[$€£¥]\s?\d"
                               # "and Kenya ranked fifth with an export volume of $356m", "Sudan followed with a value of $505m"
                               r"|\s+(?:ranked|came|followed|was\s+(?:second|third|fourth|fifth|next))\b[^.;$€£¥\d]{0,50}"
                               # "and the EU came in third with an export value of 16.4 billion USD": a bare scaled number
                               r"(?:(?:US\s?|[A-Z]{1,3})?[$€£¥]\s?\d|\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|tn)\b)"
                               # "followed at 24.6% and South Sudan 23.3%": a place with its own percentage
                               # ("followed by Japan's 14.6% ($680.76 million)": the item's share after its possessive,
                               # rule own_share_possessive)
                               # ("the EU with a market share of 57.0 percent, Belgium receiving 56.2 percent": a place whose
                               # verb of receiving takes its own share)
                               r"|(?:['’]s?)?\s*(?:\(\s*|at\s+|with\s+|[:–—]\s*|-\s+|(?:receiving|taking|absorbing|accounting\s+for)\s+)?"
                               r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                               r"\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)"
                               # "Spain with N1,030.09 billion or 8.11 per cent, Canada with N907.64 billion": an item's
                               # amount in a letter-signed currency or a bare scaled number (rule own_scaled_after)
                               r"|\s+with\s+(?:(?:goods|exports|imports|shipments|trade)\s+)?(?:(?:valued|worth)\s+(?:at\s+)?|of\s+)?"
                               r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:US\s?|[A-Z][a-z]{0,2}\s?)?[$€£¥₦]?\s?"
                               r"\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|tn)\b"
                               # "Japan was the next most lucrative market for exports, worth $23.9 billion in 2013-14, and
                               # Korea was worth 10.1 billion in the same year" (australianmining.com.au, data/web25 tuned
                               # page an03): a place whose own verb of value and amount follow it (rule own_worth_after)
                               r"|\s+(?:was|were|is|are)\s+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                               r"(?:US\s?|[A-Z]{1,3})?[$€£¥]?\s?\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|tn)\b"
                               # "exports to UK grew 43 per cent and to India 110 per cent": a place whose own change
                               # verb and figure follow it (rule own_change_after)
                               r"|\s+(?:grew|rose|fell|increased|decreased|declined|jumped|dropped|climbed|surged|soared|slumped)"
                               r"\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|over\s+)?\d"
                               # "down by 16.6 percent to 777.30 million U.S. dollars, and China, from 557 million U.S.
                               # dollars to 520.93 million" (egypttoday.com, data/web30 tuned page ax04): a place whose own
                               # change from a base amount follows it (rule own_from_after)
                               r"|\s*,\s*from\s+(?:US\s?|[A-Z]{1,3})?[$€£¥]?\s?\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|tn)\b")

# "Швейцария ... обеспечила поставки на 7,86 миллиарда долларов, Китай — на 6,66 миллиарда", "за ней следует Китай с
# 1,9 млрд долларов", "(из стран ЕС - на 1,9% или до $2,45 млрд)": a Russian place after the figure with its own
# amount or share behind a dash and "на", or behind "с", is the next item's (rule own_figure_ru; read only for a place
# after the figure: in "обогнав предыдущего лидера – Китай – на $22 миллиона" the amount is a margin over a rival)
OWN_FIGURE_AFTER_RU = skip_compile(r"\s*(?:[–—-]\s*(?:на\s+)?|с\s+)(?:около\s+|почти\s+|более\s+|свыше\s+)?\$?\s?\d[\d.,]*\s?"
                                 r"(?:%|млрд|млн|трлн|миллиард|миллион|триллион)")

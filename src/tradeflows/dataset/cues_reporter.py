"""Whose figure: cues that the figure belongs to another reporter than the row says.

Split from dataset/cues.py: an entity named in the clause before the figure (vocab
entity_cues.csv), a group of countries as the clause's subject, a balance whose sentence opens
with another country, the partner's own statistics as source, and a balance its sentence
calls the subject's own while its partner was carried.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.dataset.cues_text import figure_pos, sentence_places, clause_start, figure_span, may_match
from tradeflows.records import decided_rule, decided_rules
from tradeflows.vocab import alternation, read_csv, read_lines
from tradeflows.vocab.patterns import EnglishCue
from tradeflows.vocab.skip import skip_compile

# "exports to the region", "trade with Russian regions": the cue names a partner
_partner_before = EnglishCue("cues_reporter_partner_before", re.I)
_CUE_RANK = {"organization": 0, "other_country": 1, "region": 2}
CUE_REASON = {"organization": "organization", "region": "subnational reporter",
               "other_country": "another country"}


@lru_cache(maxsize=1)
def _entity_cues() -> tuple[re.Pattern, dict[str, str]]:
    cues = {" ".join(r["cue"].lower().split()): r["kind"] for r in read_csv("entity_cues.csv")}
    return skip_compile(rf"(?<![\w-])(?:{alternation(cues)})(?![\w-])", re.I), cues


def entity_cue(r: dict) -> str | None:
    """The kind of entity cue (vocab entity_cues.csv) in the clause before a figure, if any."""
    pos = figure_pos(r)
    if pos is None:
        return None
    sentence = r["sentence"]
    lo = clause_start(sentence, pos)
    pattern, cues = _entity_cues()
    kind = None
    for m in pattern.finditer(sentence, lo, pos):
        if not _partner_before().search(sentence, lo, m.start()):
            k = cues[" ".join(m.group().lower().split())]
            if kind is None or _CUE_RANK[k] >= _CUE_RANK[kind]:
                kind = k   # "the region's enterprises": the region says more than its companies
    return kind


# ------------------------------------------------------------------ whose figure (issue 14, fourth sample)

# "26 significant economies saw a trade surplus of $2.45 trillion", "developed economies contributed
# $13.7 trillion": a counted or qualified group of countries is the clause's subject (rule group_subject)
_group_subject = EnglishCue("cues_reporter_group_subject")
# "exports to 137 countries", "trade with developing countries": the group is the counterpart
_group_partner_before = EnglishCue("cues_reporter_group_partner_before", re.I)


# "Intra-ASEAN trade in 2022 was worth nearly $450 billion", "intra-regional trade": the trade among a group's
# members (rule group_subject)
# ("Total trilateral trade between Canada, the U.S., and Mexico hit $1.93 trillion in 2023")
_intra_group = EnglishCue("cues_reporter_intra_group", re.I)


# "NAFTA's signatory nations' trade increased from $297 billion in 1993": a bloc's members own the flow (not
# "trade with the EAEU member countries", nor "with NAFTA's member states": the counterpart)
_members_subject = EnglishCue("cues_reporter_members_subject", re.I)
_members_partner_before = EnglishCue("cues_reporter_members_partner_before", re.I)


def group_subject(r: dict) -> bool:
    """The clause before the figure has a group of countries for its subject ("32 nations with
    $2.1 trillion", "developing economies $11.2 trillion", "NAFTA's signatory nations' trade", "Intra-ASEAN
    trade"): the figure is the group's, not the reporter's (reason `not a country`)."""
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    lo = clause_start(sentence, pos)
    if _intra_group().search(sentence, lo, pos):
        return True
    for m in _members_subject().finditer(sentence, lo, pos):
        if not _members_partner_before().search(sentence, max(lo, m.start() - 40), m.start()):
            return True
    tails = _contrast_tails()
    reach = max(map(len, tails), default=0) + 1
    for m in _group_subject().finditer(sentence, lo, pos):
        if not _group_partner_before().search(sentence, max(lo, m.start() - 12), m.start()) \
                or sentence[max(0, m.start() - reach):m.start()].lower().endswith(tails):
            return True    # ("as opposed to developing countries": a "to" that names no counterpart)
    return False


@lru_cache(maxsize=1)
def _contrast_tails() -> tuple[str, ...]:
    """How the words before a group end when its "to" sets it against the subject, each with the space after it
    (vocab/en/group_contrast_tails.txt: "opposed to "): the group is still the subject."""
    return tuple(w.lower() + " " for w in read_lines("group_contrast_tails.txt"))


# "a surplus of US$6.3 billion for Indonesia", "a deficit of $2 billion in favour of China": the owner after
# the amount (rule balance_for)
_balance_for = EnglishCue("cues_reporter_balance_for", re.I)


def balance_for(r: dict) -> bool:
    """A balance whose amount is followed by "for <country>" or "in favour of <country>", another country
    than its reporter: the surplus is that country's (rule balance_for, reason `another country`)."""
    span = figure_span(r) if r.get("measure") == "balance" and r.get("reporter_iso3") else None
    if span is None:
        return False
    sentence, _, end = span
    m = _balance_for().match(sentence, end)
    if m is None:
        return False
    p = next((p for p in sentence_places(sentence) if p.start == m.end()), None)
    return p is not None and p.kind in ("country", "demonym") and bool(p.iso3) \
        and p.iso3 != r["reporter_iso3"].upper()


# the preposition that introduces a flow's counterpart (rule reporter_as_counterpart)
_COUNTERPART_PREP = {measure: EnglishCue(f"cues_reporter_counterpart_{measure}", re.I)
                     for measure in ("balance", "turnover", "exports", "imports")}


_source_owned = EnglishCue("cues_reporter_source_owned", re.I)


def reporter_as_counterpart(r: dict) -> bool:
    """The figure's clause names its reporter only as the counterpart ("The country's trade deficit with the
    South Korean market slipped ... to US$27.55 billion" read as South Korea's): a country is not its own
    partner, so the reporter was taken from elsewhere (rule reporter_as_counterpart, reason `another country`)."""
    pattern = _COUNTERPART_PREP.get(r.get("measure") or "")
    iso = (r.get("reporter_iso3") or "").upper()
    pos = figure_pos(r) if pattern and iso else None
    if pos is None:
        return False
    sentence = r["sentence"]
    lo = clause_start(sentence, pos, None)   # (a list's later items are far from the frame before the list)
    # ("According to data from China's customs agency, the top five African countries that imported the most goods
    # from China in 2021 were Nigeria $23 billion": the owner of the source is no subject of the clause)
    named = [p for p in sentence_places(sentence) if lo <= p.start < pos and p.iso3 == iso
             and p.kind in ("country", "demonym") and _source_owned().match(sentence, p.end) is None]
    if not named:
        return False
    # ("with Indonesia clocking a surplus of $8.7 billion": the subject of a "with" clause is the owner)
    return all(pattern().search(sentence[max(0, p.start - 12):p.start]) and not _with_subject().match(sentence, p.end)
               for p in named)


_with_to_from = EnglishCue("cues_reporter_with_to_from", re.I)
# "Mexico was the top trading partner of the United States": the copula between a ranked country and its rank
_rank_copula = EnglishCue("cues_reporter_rank_copula", re.I)
_with_subject = EnglishCue("cues_reporter_with_subject", re.I)


# "On the international trade front, China produced a trade surplus of $877.6 billion", "Last year, China had a
# $877.6 billion trade surplus": a short leading phrase, closed by a comma and naming no place or amount, before the
# sentence's first place (rule opener_after_phrase)
_LEAD_PHRASE = skip_compile(r"[^,;:$€£¥]{1,60},\s*$")


def balance_owner(r: dict) -> bool:
    """A balance whose sentence opens with another country than its reporter ("Canada was the
    country with the highest increase in trade surplus ...", "Saudi Arabia came in third with a
    $221.3 billion trade surplus"), also after a short leading phrase ("Last year, China had a $877.6 billion
    trade surplus", opener_after_phrase), or names the country it is for after the amount (balance_for):
    a surplus or deficit is its subject's (reason `another country`)."""
    if r.get("measure") != "balance" or not r.get("reporter_iso3"):
        return False
    if balance_for(r):
        return True
    sentence = (r.get("sentence") or "").lstrip("-–—•* \"'“")
    places_ = sentence_places(sentence)
    if not places_:
        return False
    p = places_[0]
    if p.start > 4 and (not _LEAD_PHRASE.match(sentence[:p.start])
                        or any(q.iso3 == r["reporter_iso3"].upper() for q in places_)):
        return False       # (after a leading phrase only when the sentence does not name the reporter at all)
    if p.kind not in ("country", "demonym") or not p.iso3 or p.iso3 == r["reporter_iso3"].upper():
        return False
    pos = figure_pos({**r, "sentence": sentence})
    if pos is None or pos < p.end:
        return False
    # "China's trade surplus with Belarus ...": the opener names the counterpart after "with" (the
    # place registry's reading of the reporter, any of its names)
    riso = r["reporter_iso3"].upper()
    return not any(q.iso3 == riso and q.start < pos and _with_to_from().search(sentence, max(0, q.start - 12), q.start)
                   for q in sentence_places(sentence))


# "the US Census Bureau data showed", "according to the official data from the General Administration of
# Customs of the People's Republic of China": the partner's own statistics (rule partner_source)
# "when viewed from Lanka's perspective, India's exports at $4.79 billion": the partner's side of the count
_source_words = EnglishCue("cues_reporter_source_words", re.I)


@lru_cache(maxsize=1)
def _source_place_links() -> frozenset[str]:
    """The only words that may stand between a source word and the place after it ("the statistics of China";
    vocab/en/source_place_links.txt, English as the pattern _source_words is on a page of any language)."""
    return frozenset(read_lines("source_place_links.txt"))


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
    sentence, links = r.get("sentence") or "", _source_place_links()
    for m in _source_words().finditer(sentence):
        near = [p for p in sentence_places(sentence)
                if p.iso3 and (0 <= m.start() - p.end <= 3 or 0 <= p.start - m.end() <= 8
                               and sentence[m.end():p.start].strip().lower() in links)]
        if not near:
            continue
        if any(p.iso3 == piso.upper() for p in near) and not any(p.iso3 == riso.upper() for p in near):
            return True
    return False


# "Russia moved up ... after increasing its surplus by 1.7 times ... to a record $333.4 billion"
_own_balance = EnglishCue("cues_reporter_own_balance", re.I)


def own_balance(r: dict) -> bool:
    """A balance its sentence calls the subject's own ("its surplus") while its partner was carried
    from another sentence (partner:carried): a country's own surplus is with the world, not with a
    partner named elsewhere (reason `no partner`)."""
    if r.get("measure") != "balance" or "partner:carried" not in decided_rules(r.get("fact_rules")):
        return False
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    return _own_balance().search(sentence, clause_start(sentence, pos, None), pos) is not None


# "The $5.1 trillion total remains the second-greatest total on record, trailing only the $5.3 trillion total in
# 2022": an amount its own noun calls the total (rule own_total)
_total_after = EnglishCue("cues_reporter_total_after", re.I)


def own_total(r: dict) -> bool:
    """A flow the noun right after it calls a total ("the $5.3 trillion total in 2022") while its partner was
    carried from another sentence or the page's head: a country's total is with the world, not with a partner
    named elsewhere (reason `no partner`)."""
    if r.get("partner") == "world" or not r.get("partner"):
        return False
    prule = decided_rule(r.get("fact_rules"), "partner")
    if prule not in ("carried", "bilateral_in_force", "head", "head_flow"):
        return False
    span = figure_span(r)
    return span is not None and _total_after().match(span[0], span[2]) is not None


# ------------------------------------------------------------------ ranked partner (issue 14, fifth sample)

# "Japan was Australia's fifth-largest import source, valued at AUD27.4 billion", "the US has again
# taken a top slot as India's merchandise trade partner with a value of $112.3 billion", "Mexico was
# the top trading partner of the United States": the ranked country is the partner of the country
# whose ranking it is (rule rank_frame)
_rank_verb = EnglishCue("cues_reporter_rank_verb", re.I)
_rank_possessor = EnglishCue("cues_reporter_rank_possessor", re.I)  # "Australia's ... import source"
_rank_of = EnglishCue("cues_reporter_rank_of", re.I)  # "... partner of the"


def rank_frame(r: dict) -> str | None:
    """Whose figure a ranking clause before it says: "Japan was Australia's fifth-largest import
    source, valued at AUD27.4 billion" is Australia's (reporter) with Japan (partner); "The EU ranked
    second among China's trading partners, with trade ... $847.32 billion" is China's, whose partners
    the sentence ranks, when the reporter is not named in it (others_partners). Returns
    "reporter" when the row's reporter is not the ranking's owner (reason `another country`),
    "partner" when its partner is not the ranked country (reason `ranked partner`), else None.
    Only a ranking with no other place named between it and the figure counts."""
    span = figure_span(r)
    if span is None or not r.get("reporter_iso3"):
        return None
    sentence, pos, _ = span
    lo = clause_start(sentence, pos, None)
    found = [p for p in sentence_places(sentence) if lo <= p.start and p.end <= pos and p.iso3]
    for a, b in zip(found, found[1:]):
        if a.kind != "country" or b.kind != "country" or b.start - a.end > 80:
            continue
        between = sentence[a.end:b.start]
        if _rank_verb().search(between) and _rank_possessor().match(sentence, b.end):
            owner, ranked = b, a                       # "Japan was Australia's ... source"
        elif (m := _rank_copula().match(between)) and _rank_of().match(between[m.end():]):
            owner, ranked = b, a                       # "Mexico was the top trading partner of the United States"
        else:
            continue
        if any(p.start >= b.end for p in found):
            return None                                # another place stands between the ranking and the figure
        pair = {r["reporter_iso3"].upper(), (r.get("partner_iso3") or "").upper()}
        if r.get("measure") == "turnover" and pair == {owner.iso3, ranked.iso3}:
            return None                                # a turnover is the same from both sides
        if r["reporter_iso3"].upper() != owner.iso3:
            return "reporter"
        if (r.get("partner_iso3") or "").upper() != ranked.iso3:
            return "partner"
        return None
    return "reporter" if _others_partners(r, sentence, pos) else None


# "The EU ranked second among China's trading partners, with trade up 2.4% to $847.32 billion, followed by the U.S.,
# with trade up 0.6% to $759.42 billion": the sentence ranks another country's partners (rule others_partners)
_partners_owned = EnglishCue("cues_reporter_partners_owned", re.I)


def _others_partners(r: dict, sentence: str, pos: int) -> bool:
    """The sentence, before the figure, names the partners of a country ("China's trading partners") and does not
    name the figure's reporter at all: the figures are that country's trade with its partners."""
    if not may_match(_partners_owned(), sentence):
        return False
    riso = r["reporter_iso3"].upper()
    found = sentence_places(sentence)
    if any(p.iso3 == riso for p in found):
        return False
    return any(p.iso3 and p.kind == "country" and p.end <= pos and _partners_owned().match(sentence, p.end)
               for p in found)


# "the top five African countries that imported the most goods from China in 2021 were Nigeria $23 billion or 16
# percent, South Africa $21 billion ...": the countries listed are the flow's subjects, each figure its item's own
_subject_list = EnglishCue("cues_reporter_subject_list", re.I)


def listed_subject(r: dict) -> bool:
    """The figure's partner is an item of a list whose head says the listed countries bought or sold ("countries
    that imported the most goods from China ... were Nigeria $23 billion"): the item owns the flow, so neither
    the page's country nor the named origin reports it with the item as partner (rule listed_subject, reason
    `another country`)."""
    return partner_after_last(r, _subject_list())


def partner_after_last(r: dict, rx: re.Pattern) -> bool:
    """The figure's partner is named between the last match of rx before the figure and the figure (the
    head of the list or comparison the figure stands in)."""
    iso = (r.get("partner_iso3") or "").upper()
    span = figure_span(r) if iso else None
    if span is None:
        return False
    sentence, pos, _ = span
    head = None
    for head in rx.finditer(sentence, 0, pos):
        pass
    if head is None:
        return False
    return any(p.iso3 == iso and head.end() <= p.start < pos for p in sentence_places(sentence))


# ------------------------------------------------------------------ a region's or another country's own (issue 14, panel7 sample)

# "Texas exports again accounted for more than ...", "Texas reported export trade amounting to $42.1 billion",
# "the state of Georgia reported": a region of the reporter's country owns the flow of its sentence (rule region_owner)
_region_owns = EnglishCue("cues_reporter_region_owns", re.I)
# a region after the figure behind one of these is a part of the figure's whole ("exports rose to $X, with
# Guangdong's exports accounting for a third"), not its owner
_region_part_between = EnglishCue("cues_reporter_region_part_between", re.I)
_region_counterpart = EnglishCue("cues_reporter_region_counterpart", re.I)


def region_owner(r: dict) -> bool:
    """The figure's sentence names a region of the reporter's country as the owner of its flow ("With more
    than $375.3 billion in exports in 2021, ..., Texas exports again accounted for more than California and
    New York combined") and never names the country itself: the figure is the region's (rule region_owner,
    reason `subnational reporter`). A region after the figure behind "with", "including", "accounting" ...
    is a part of the figure's whole, and one after "to", "with", "from" a counterpart."""
    iso = (r.get("reporter_iso3") or "").upper()
    span = figure_span(r) if iso else None
    if span is None:
        return False
    sentence, pos, end = span
    found = sentence_places(sentence)
    if any(p.iso3 == iso and p.kind in ("country", "demonym") for p in found):
        return False
    for p in found:
        if p.kind != "region" or p.iso3 != iso or not _region_owns().match(sentence, p.end) \
                or _region_counterpart().search(sentence, max(0, p.start - 12), p.start):
            continue
        if p.start >= end and _region_part_between().search(sentence, end, p.start):
            continue
        return True
    return False


# "At the forefront is China, with an astounding $3.38 trillion in exports", "China leads the way with $2.26
# trillion in exports": the country right before "with" owns the amount after it (rule with_owner)
_with_before_figure = EnglishCue("cues_reporter_with_before_figure", re.I)


def with_owner(r: dict) -> bool:
    """A country other than the reporter stands right before "with" and the figure, which the words after it call
    a flow ("At the forefront is China, with an astounding $3.38 trillion in exports"), in a sentence that does
    not name the reporter before the figure: the amount is that country's own, not the reporter's with it (rule
    with_owner, reason `another country`). Not a country after "to", "from", "with" ...: a counterpart; not a
    ranking of partners with their amounts ("Germany was followed by the U.S. with $14.3 billion")."""
    iso = (r.get("reporter_iso3") or "").upper()
    span = figure_span(r) if iso else None
    if span is None:
        return False
    sentence, pos, end = span
    if not _in_flow_after().match(sentence, end):
        return False   # "Germany was followed by the U.S. with $14.3 billion, ...": a ranking of the reporter's partners
    before = [p for p in sentence_places(sentence) if p.end <= pos and p.iso3]
    if not before or any(p.iso3 == iso for p in before):
        return False
    p = before[-1]
    return p.kind in ("country", "demonym") and _with_before_figure().fullmatch(sentence, p.end, pos) is not None \
        and not _region_counterpart().search(sentence, max(0, p.start - 12), p.start)


# "... with an astounding $3.38 trillion in exports": the amount named as the country's own flow
_in_flow_after = EnglishCue("cues_reporter_in_flow_after", re.I)


# "In 2022, the value of world merchandise trade increased to USD 25 trillion", "World commercial services exports
# hit USD 6.26 trillion in 2021", "global trade": the world's own total is no country's flow (rule world_subject)
_world_flow = EnglishCue("cues_reporter_world_flow", re.I)
_world_flow_partner = EnglishCue("cues_reporter_world_flow_partner", re.I)


def world_subject(r: dict) -> bool:
    """The figure's clause before it names the world's (global) trade as its subject and no country owns a flow
    there ("- World commercial services exports hit USD 6.26 trillion in 2021"): the amount is the world's, not
    the reporter's (rule world_subject, reason `not a country`). A country named before the figure in its clause
    ("China's share of world trade, at ...") owns the figure, and the world after "to", "with" is a counterpart."""
    span = figure_span(r)
    if span is None:
        return False
    sentence, pos, _ = span
    lo = clause_start(sentence, pos)
    m = _world_flow().search(sentence, lo, pos)
    if m is None or _world_flow_partner().search(sentence, max(lo, m.start() - 12), m.start()):
        return False
    return not any(lo <= p.start < pos and p.iso3 and p.kind in ("country", "demonym") for p in sentence_places(sentence))


# "China-EU merchandise trade hit EUR 850 billion in 2022, with EU deficit of EUR 396 billion", "India's trade
# deficit": the place right before the balance noun owns the balance (rule balance_noun_owner)
_to_from_before = EnglishCue("cues_reporter_to_from_before", re.I)
_balance_noun_after = EnglishCue("cues_reporter_balance_noun_after", re.I)


@lru_cache(maxsize=1)
def _clause_between() -> re.Pattern:
    """A comma, a semicolon or a conjunction of contrast (vocab/en/clause_contrasts.txt, English as the balance
    noun's pattern is on a page of any language): another clause opens."""
    return skip_compile(rf"[,;]|\b(?:{alternation(read_lines('clause_contrasts.txt'))})\b")


def balance_noun_owner(r: dict) -> bool:
    """A balance whose own clause names a third place, neither its reporter nor its partner, right before the balance
    noun ("with EU deficit of EUR 396 billion" read as the United States' with China): the surplus or deficit is
    that place's (reason `another country`). The partner's own deficit with the reporter is the reporter's surplus
    with it, the same magnitude ("Africa's trade deficit with China ... US$64 billion" on China's customs data). The place stands before the balance noun, not after it as the counterpart does
    ("trade deficit with the EU"); one after "to", "from" is a counterpart still."""
    iso = (r.get("reporter_iso3") or "").upper()
    span = figure_span(r) if r.get("measure") == "balance" and iso else None
    if span is None:
        return False
    sentence, pos, _ = span
    lo = clause_start(sentence, pos)
    piso, pname = (r.get("partner_iso3") or "").upper(), r.get("partner") or ""
    for p in sentence_places(sentence):
        if not lo <= p.start < pos or (p.iso3 or "").upper() == iso or p.kind not in ("country", "demonym", "bloc"):
            continue
        if (p.iso3 and p.iso3 == piso) or p.name == pname:
            continue       # the partner's deficit with the reporter is the reporter's surplus with it (a magnitude)
        m = _balance_noun_after().match(sentence, p.end)
        if m is None or m.end() > pos or _to_from_before().search(sentence, max(0, p.start - 12), p.start):
            continue
        if _clause_between().search(sentence[m.end():pos]):
            continue      # another clause stands between that balance and the figure
        return True
    return False


# "Indonesia's exports to China were below those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion":
# the amounts after "those of" are the compared countries' own (rule compared_owner)
_those_of = EnglishCue("cues_reporter_those_of", re.I)


def compared_owner(r: dict) -> bool:
    """The figure stands after "those of" / "that of" in its sentence and its partner is named after those words
    ("... were below those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion"): the amount is the
    compared country's own flow, not the reporter's with it (rule compared_owner, reason `another country`)."""
    return partner_after_last(r, _those_of())


# "India's imports at $979 million, however, constituted just 7.8 per cent of Sri Lanka's total exports": the amount
# is a share of another country's flow, counted in that country's statistics (rule share_of_other)
_share_of_after = EnglishCue("cues_reporter_share_of_after", re.I)


def share_of_other(r: dict) -> bool:
    """An export or import figure its clause calls a share of another country's flow ("India's imports at $979
    million, however, constituted just 7.8 per cent of Sri Lanka's total exports"): the amount is that country's
    flow with the reporter, from its statistics (rule share_of_other, reason `another country`)."""
    iso = (r.get("reporter_iso3") or "").upper()
    span = figure_span(r) if iso and r.get("measure") in ("exports", "imports") else None
    if span is None:
        return False
    sentence, _, end = span
    for p in sentence_places(sentence):
        if p.start < end or not p.iso3 or p.iso3 == iso or p.kind not in ("country", "demonym"):
            continue
        if _share_of_after().fullmatch(sentence, end, p.start) and _possessive_flow().match(sentence, p.end):
            return True
    return False


_possessive_flow = EnglishCue("cues_reporter_possessive_flow", re.I)


@lru_cache(maxsize=1)
def _company_name() -> re.Pattern:
    """A capitalised name ending in a company's suffix word (vocab company_suffixes.txt), built once."""
    from tradeflows.vocab import read_lines
    suffixes = sorted({w.strip() for w in read_lines("company_suffixes.txt") if w.strip()}, key=len, reverse=True)
    return skip_compile(r"\b[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}\s+(?:" + "|".join(map(re.escape, suffixes)) + r")\b\.?")


# "Samsung Electronics exported $113.2 billion worth of goods in 2021", "The firm's exports rose to $5 billion":
# a company is the subject of the figure's clause (rule company_subject)
_firm_words = EnglishCue("cues_reporter_firm_words", re.I)


_abbreviated_suffix = EnglishCue("cues_reporter_abbreviated_suffix")


def company_subject(r: dict) -> bool:
    """The clause before the figure has a company for its subject: a capitalised name ending in a company's suffix
    ("Samsung Electronics exported $113.2 billion", "Reliance Industries accounted for $50 billion of India's
    exports") or "the firm('s)", "the group's", "the carmaker" ...; not a company after "to", "with", "from" (a
    counterpart). The figure is the company's, not its country's (reason `organization`)."""
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    lo = clause_start(sentence, pos)
    while lo > 2 and _abbreviated_suffix().search(sentence, max(0, lo - 8), lo):
        lo = clause_start(sentence, lo - 2)   # "Samsung Electronics Co. was responsible": no clause ends at "Co."
    for m in list(_company_name().finditer(sentence, lo, pos)) + list(_firm_words().finditer(sentence, lo, pos)):
        if not _partner_before().search(sentence, lo, m.start()):
            return True
    return False

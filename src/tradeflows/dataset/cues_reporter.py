"""Whose figure: cues that the figure belongs to another reporter than the row says.

Split from dataset/cues.py: an entity named in the clause before the figure (vocab
entity_cues.csv), a group of countries as the clause's subject, a balance whose sentence opens
with another country, the partner's own statistics as source, and a balance its sentence
calls the subject's own while its partner was carried.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.dataset.cues_text import figure_pos, sentence_places, clause_start, figure_span
from tradeflows.records import decided_rule, decided_rules
from tradeflows.vocab import alternation, read_csv
from tradeflows.vocab.skip import skip_compile

# "exports to the region", "trade with Russian regions": the cue names a partner
_PARTNER_BEFORE = skip_compile(r"\b(?:to|with|from|into|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                             re.I)
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
        if not _PARTNER_BEFORE.search(sentence, lo, m.start()):
            k = cues[" ".join(m.group().lower().split())]
            if kind is None or _CUE_RANK[k] >= _CUE_RANK[kind]:
                kind = k   # "the region's enterprises": the region says more than its companies
    return kind


# ------------------------------------------------------------------ whose figure (issue 14, fourth sample)

# "26 significant economies saw a trade surplus of $2.45 trillion", "developed economies contributed
# $13.7 trillion": a counted or qualified group of countries is the clause's subject (rule group_subject)
_GROUP_SUBJECT = skip_compile(r"(?<![\w,.-])(?:(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*|developed|developing|emerging|advanced|significant|major|big|"
                            r"large|small|other|many|several|some|most|all|these|those|such)\s+"
                            r"(?:[a-z][\w-]*\s+)?(?:economies|nations|countries)\b(?!\s+(?:of|in)\s)")
# "exports to 137 countries", "trade with developing countries": the group is the counterpart
_GROUP_PARTNER_BEFORE = skip_compile(r"\b(?:to|with|from|into|between|among|for)\s+(?:the\s+)?$", re.I)


# "Intra-ASEAN trade in 2022 was worth nearly $450 billion", "intra-regional trade": the trade among a group's
# members (rule group_subject)
_INTRA_GROUP = skip_compile(r"\bintra[-\s]?(?:[A-Za-z]+)\s+(?:(?:merchandise|goods|commodity)\s+)?(?:trade|exports|imports|turnover)\b"
                            # "Total trilateral trade between Canada, the U.S., and Mexico hit $1.93 trillion in 2023"
                            r"|\b(?:trilateral|multilateral|quadrilateral)\s+(?:(?:merchandise|goods)\s+)?(?:trade|turnover)\b",
                            re.I)


# "NAFTA's signatory nations' trade increased from $297 billion in 1993": a bloc's members own the flow (not
# "trade with the EAEU member countries", nor "with NAFTA's member states": the counterpart)
_MEMBERS_SUBJECT = skip_compile(r"['’]s\s+(?:member|signatory)\s+(?:economies|nations|countries|states)\b", re.I)
_MEMBERS_PARTNER_BEFORE = skip_compile(r"\b(?:to|with|from|into|between|among|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+$", re.I)


def group_subject(r: dict) -> bool:
    """The clause before the figure has a group of countries for its subject ("32 nations with
    $2.1 trillion", "developing economies $11.2 trillion", "NAFTA's signatory nations' trade", "Intra-ASEAN
    trade"): the figure is the group's, not the reporter's (reason `not a country`)."""
    pos = figure_pos(r)
    if pos is None:
        return False
    sentence = r["sentence"]
    lo = clause_start(sentence, pos)
    if _INTRA_GROUP.search(sentence, lo, pos):
        return True
    for m in _MEMBERS_SUBJECT.finditer(sentence, lo, pos):
        if not _MEMBERS_PARTNER_BEFORE.search(sentence, max(lo, m.start() - 40), m.start()):
            return True
    for m in _GROUP_SUBJECT.finditer(sentence, lo, pos):
        if not _GROUP_PARTNER_BEFORE.search(sentence, max(lo, m.start() - 12), m.start()) \
                or sentence[max(0, m.start() - 12):m.start()].lower().endswith("opposed to "):
            return True
    return False


# "a surplus of US$6.3 billion for Indonesia", "a deficit of $2 billion in favour of China": the owner after
# the amount (rule balance_for)
_BALANCE_FOR = skip_compile(r"\s*(?:\(\s*)?(?:in\s+favou?r\s+of|for)\s+(?:the\s+)?", re.I)


def balance_for(r: dict) -> bool:
    """A balance whose amount is followed by "for <country>" or "in favour of <country>", another country
    than its reporter: the surplus is that country's (rule balance_for, reason `another country`)."""
    span = figure_span(r) if r.get("measure") == "balance" and r.get("reporter_iso3") else None
    if span is None:
        return False
    sentence, _, end = span
    m = _BALANCE_FOR.match(sentence, end)
    if m is None:
        return False
    p = next((p for p in sentence_places(sentence) if p.start == m.end()), None)
    return p is not None and p.kind in ("country", "demonym") and bool(p.iso3) \
        and p.iso3 != r["reporter_iso3"].upper()


# the preposition that introduces a flow's counterpart (rule reporter_as_counterpart)
_COUNTERPART_PREP = {measure: skip_compile(rf"\b{prep}\s+(?:the\s+)?$", re.I)
                     for measure, prep in (("balance", "with"), ("turnover", "with"), ("exports", "to"), ("imports", "from"))}


_SOURCE_OWNED = skip_compile(r"(?:['’]s)?\s*(?:census\s+bureau|customs|statistics|statistical|bureau\s+of|data)\b", re.I)


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
             and p.kind in ("country", "demonym") and _SOURCE_OWNED.match(sentence, p.end) is None]
    if not named:
        return False
    # ("with Indonesia clocking a surplus of $8.7 billion": the subject of a "with" clause is the owner)
    return all(pattern.search(sentence[max(0, p.start - 12):p.start]) and not _WITH_SUBJECT.match(sentence, p.end)
               for p in named)


_WITH_TO_FROM = skip_compile(r"\b(?:with|to|from)\s+(?:the\s+)?$", re.I)
# "Mexico was the top trading partner of the United States": the copula between a ranked country and its rank
_RANK_COPULA = skip_compile(r"\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:again\s+|also\s+|still\s+)?(?:was|is|became|remained|remains)"
                          r"\s+(?:again\s+|also\s+|still\s+)?(?:the\s+|a\s+)?", re.I)
_WITH_SUBJECT = skip_compile(r"(?:['’]s\b|\s+(?:\w+ing|has|had|was|is)\b)", re.I)


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
    return not any(q.iso3 == riso and q.start < pos and _WITH_TO_FROM.search(sentence, max(0, q.start - 12), q.start)
                   for q in sentence_places(sentence))


# "the US Census Bureau data showed", "according to the official data from the General Administration of
# Customs of the People's Republic of China": the partner's own statistics (rule partner_source)
# "when viewed from Lanka's perspective, India's exports at $4.79 billion": the partner's side of the count
_SOURCE_WORDS = skip_compile(r"\b(?:census\s+bureau|customs|statistics|statistical|bureau\s+of|data|perspective|"
                             r"point\s+of\s+view)\b", re.I)


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
        near = [p for p in sentence_places(sentence)
                if p.iso3 and (0 <= m.start() - p.end <= 3 or 0 <= p.start - m.end() <= 8
                               and sentence[m.end():p.start].strip().lower() in ("of", "of the"))]
        if not near:
            continue
        if any(p.iso3 == piso.upper() for p in near) and not any(p.iso3 == riso.upper() for p in near):
            return True
    return False


# "Russia moved up ... after increasing its surplus by 1.7 times ... to a record $333.4 billion"
_OWN_BALANCE = skip_compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:surplus|deficit)\b", re.I)


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
    return _OWN_BALANCE.search(sentence, clause_start(sentence, pos, None), pos) is not None


# "The $5.1 trillion total remains the second-greatest total on record, trailing only the $5.3 trillion total in
# 2022": an amount its own noun calls the total (rule own_total)
_TOTAL_AFTER = skip_compile(r"\s+(?:total|grand\s+total|overall\s+total)\b", re.I)


def own_total(r: dict) -> bool:
    """A flow the noun right after it calls a total ("the $5.3 trillion total in 2022") while its partner was
    carried from another sentence or the page's head: a country's total is with the world, not with a partner
    named elsewhere (reason `no partner`)."""
    if r.get("partner") == "world" or not r.get("partner"):
        return False
    prule = decided_rule(r.get("fact_rules"), "partner")
    if prule not in ("carried", "head", "head_flow"):
        return False
    span = figure_span(r)
    return span is not None and _TOTAL_AFTER.match(span[0], span[2]) is not None


# ------------------------------------------------------------------ ranked partner (issue 14, fifth sample)

# "Japan was Australia's fifth-largest import source, valued at AUD27.4 billion", "the US has again
# taken a top slot as India's merchandise trade partner with a value of $112.3 billion", "Mexico was
# the top trading partner of the United States": the ranked country is the partner of the country
# whose ranking it is (rule rank_frame)
_RANK_VERB = skip_compile(r"\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:again\s+|also\s+|now\s+|once\s+again\s+|still\s+)?"
                        r"(?:was|is|were|are|been|became|becomes|become|remained|remains|ranked|ranks|stood|"
                        r"emerged\s+as|taken\s+(?:a|the)\s+top\s+slot\s+as)\s+(?:again\s+|also\s+|still\s+)?"
                        r"(?:as\s+)?(?:the\s+|a\s+|an\s+)?$", re.I)
_RANK_ROLE = (r"(?:[\w-]+\s+){0,3}?(?:trading|trade)\s+partner|(?:[\w-]+\s+){0,3}?(?:import\s+source|source\s+of\s+imports|"
              r"export\s+(?:market|destination)|market|destination|supplier|buyer|customer)")
_RANK_POSSESSOR = skip_compile(rf"\s*['’]s?\s+(?:{_RANK_ROLE})\b", re.I)            # "Australia's ... import source"
_RANK_OF = skip_compile(rf"^(?:[\w-]+\s+){{0,2}}?(?:{_RANK_ROLE})\s+(?:of|for)\s+(?:the\s+)?$", re.I)  # "... partner of the"


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
        if _RANK_VERB.search(between) and _RANK_POSSESSOR.match(sentence, b.end):
            owner, ranked = b, a                       # "Japan was Australia's ... source"
        elif (m := _RANK_COPULA.match(between)) and _RANK_OF.match(between[m.end():]):
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
_PARTNERS_OWNED = skip_compile(r"\s*['’]s?\s+(?:[\w-]+\s+){0,3}?(?:trading\s+|trade\s+)?partners\b", re.I)


def _others_partners(r: dict, sentence: str, pos: int) -> bool:
    """The sentence, before the figure, names the partners of a country ("China's trading partners") and does not
    name the figure's reporter at all: the figures are that country's trade with its partners."""
    if "artners" not in sentence:
        return False
    riso = r["reporter_iso3"].upper()
    found = sentence_places(sentence)
    if any(p.iso3 == riso for p in found):
        return False
    return any(p.iso3 and p.kind == "country" and p.end <= pos and _PARTNERS_OWNED.match(sentence, p.end)
               for p in found)


# "the top five African countries that imported the most goods from China in 2021 were Nigeria $23 billion or 16
# percent, South Africa $21 billion ...": the countries listed are the flow's subjects, each figure its item's own
_SUBJECT_LIST = skip_compile(r"\b(?:countries|nations|economies|markets|states|importers|exporters|buyers|suppliers)"
                             r"\s+(?:that|which|who)\s+(?:\w+\s+){0,2}?(?:imported|exported|bought|purchased|sold|"
                             r"shipped|supplied)\b", re.I)


def listed_subject(r: dict) -> bool:
    """The figure's partner is an item of a list whose head says the listed countries bought or sold ("countries
    that imported the most goods from China ... were Nigeria $23 billion"): the item owns the flow, so neither
    the page's country nor the named origin reports it with the item as partner (rule listed_subject, reason
    `another country`)."""
    return partner_after_last(r, _SUBJECT_LIST)


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
_REGION_OWNS = skip_compile(r"\s*(?:['’]s?\s+)?(?:(?:total|foreign|overall|merchandise|goods|international|annual|"
                          r"export|import)\s+){0,2}(?:exports?|imports?|trade|turnover|shipments|sales\s+abroad)\b"
                          r"|\s+(?:reported|recorded|exported|imported|shipped|posted|registered|logged|surpassed|saw)\b", re.I)
# a region after the figure behind one of these is a part of the figure's whole ("exports rose to $X, with
# Guangdong's exports accounting for a third"), not its owner
_REGION_PART_BETWEEN = skip_compile(r"\b(?:with|while|whereas|which|including|includes|led\s+by|mainly|mostly|"
                                  r"chiefly|accounting|among|of\s+which)\b", re.I)
_REGION_COUNTERPART = skip_compile(r"\b(?:to|with|from|into|between|and|via|through)\s+(?:the\s+)?$", re.I)


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
        if p.kind != "region" or p.iso3 != iso or not _REGION_OWNS.match(sentence, p.end) \
                or _REGION_COUNTERPART.search(sentence, max(0, p.start - 12), p.start):
            continue
        if p.start >= end and _REGION_PART_BETWEEN.search(sentence, end, p.start):
            continue
        return True
    return False


# "At the forefront is China, with an astounding $3.38 trillion in exports", "China leads the way with $2.26
# trillion in exports": the country right before "with" owns the amount after it (rule with_owner)
_WITH_BEFORE_FIGURE = skip_compile(r"(?:\s+(?!(?:to|from|into|with|for|of)\b)[\w-]+){0,4}?\s*,?\s+with\s+"
                                 r"(?:(?:an?|the|some|about|around|nearly|almost|over|more\s+than|astounding|"
                                 r"impressive|record|whopping|estimated|total)\s+){0,3}$", re.I)


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
    if not _IN_FLOW_AFTER.match(sentence, end):
        return False   # "Germany was followed by the U.S. with $14.3 billion, ...": a ranking of the reporter's partners
    before = [p for p in sentence_places(sentence) if p.end <= pos and p.iso3]
    if not before or any(p.iso3 == iso for p in before):
        return False
    p = before[-1]
    return p.kind in ("country", "demonym") and _WITH_BEFORE_FIGURE.fullmatch(sentence, p.end, pos) is not None \
        and not _REGION_COUNTERPART.search(sentence, max(0, p.start - 12), p.start)


# "... with an astounding $3.38 trillion in exports": the amount named as the country's own flow
_IN_FLOW_AFTER = skip_compile(r"\s+(?:in|of|worth\s+of)\s+(?:[\w-]+\s+)?(?:exports|imports|trade|shipments|sales)\b", re.I)


# "In 2022, the value of world merchandise trade increased to USD 25 trillion", "World commercial services exports
# hit USD 6.26 trillion in 2021", "global trade": the world's own total is no country's flow (rule world_subject)
_WORLD_FLOW = skip_compile(r"\b(?:world|global|worldwide)\s+(?:(?:merchandise|commercial|goods|services|commodity|"
                           r"and|trade\s+in)\s+){0,3}(?:trade|exports|imports|turnover|shipments)\b", re.I)
_WORLD_FLOW_PARTNER = skip_compile(r"\b(?:to|with|from|into)\s+(?:the\s+)?$", re.I)


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
    m = _WORLD_FLOW.search(sentence, lo, pos)
    if m is None or _WORLD_FLOW_PARTNER.search(sentence, max(lo, m.start() - 12), m.start()):
        return False
    return not any(lo <= p.start < pos and p.iso3 and p.kind in ("country", "demonym") for p in sentence_places(sentence))


# "China-EU merchandise trade hit EUR 850 billion in 2022, with EU deficit of EUR 396 billion", "India's trade
# deficit": the place right before the balance noun owns the balance (rule balance_noun_owner)
_TO_FROM_BEFORE = skip_compile(r"\b(?:to|from|into)\s+(?:the\s+)?$", re.I)
_BALANCE_NOUN_AFTER = skip_compile(r"(?:['’]s?)?\s+(?:(?:goods|merchandise|overall|total|trade|bilateral)\s+){0,2}"
                                 r"(?:deficit|surplus|trade\s+gap)\b", re.I)


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
        m = _BALANCE_NOUN_AFTER.match(sentence, p.end)
        if m is None or m.end() > pos or _TO_FROM_BEFORE.search(sentence, max(0, p.start - 12), p.start):
            continue
        if re.search(r"[,;]|\b(?:while|whereas|but)\b", sentence[m.end():pos]):
            continue      # another clause stands between that balance and the figure
        return True
    return False


# "Indonesia's exports to China were below those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion":
# the amounts after "those of" are the compared countries' own (rule compared_owner)
_THOSE_OF = skip_compile(r"\b(?:those|that)\s+of\s+(?:the\s+)?", re.I)


def compared_owner(r: dict) -> bool:
    """The figure stands after "those of" / "that of" in its sentence and its partner is named after those words
    ("... were below those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion"): the amount is the
    compared country's own flow, not the reporter's with it (rule compared_owner, reason `another country`)."""
    return partner_after_last(r, _THOSE_OF)


# "India's imports at $979 million, however, constituted just 7.8 per cent of Sri Lanka's total exports": the amount
# is a share of another country's flow, counted in that country's statistics (rule share_of_other)
_SHARE_OF_AFTER = skip_compile(r"[^.;]{0,40}?\b(?:constitut\w+|account\w*\s+for|made\s+up|makes?\s+up|represent\w*|formed|forms)\s+"
                             r"(?:just\s+|only\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?[\d.,]+\s*"
                             r"(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?$", re.I)


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
        if _SHARE_OF_AFTER.fullmatch(sentence, end, p.start) and _POSSESSIVE_FLOW.match(sentence, p.end):
            return True
    return False


_POSSESSIVE_FLOW = skip_compile(r"['’]s?\s+(?:(?:total|overall|global|merchandise|goods)\s+){0,2}(?:exports|imports|trade)\b", re.I)


@lru_cache(maxsize=1)
def _company_name() -> re.Pattern:
    """A capitalised name ending in a company's suffix word (vocab company_suffixes.txt), built once."""
    from tradeflows.vocab import read_lines
    suffixes = sorted({w.strip() for w in read_lines("company_suffixes.txt") if w.strip()}, key=len, reverse=True)
    return skip_compile(r"\b[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}\s+(?:" + "|".join(map(re.escape, suffixes)) + r")\b\.?")


# "Samsung Electronics exported $113.2 billion worth of goods in 2021", "The firm's exports rose to $5 billion":
# a company is the subject of the figure's clause (rule company_subject)
_FIRM_WORDS = skip_compile(r"\b(?:the\s+firm|the\s+group|the\s+conglomerate|the\s+carmaker|the\s+automaker|the\s+manufacturer)(?:['’]s)?\b",
                           re.I)


_ABBREVIATED_SUFFIX = skip_compile(r"\b(?:Co|Corp|Inc|Ltd|Bhd)\.\s$")


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
    while lo > 2 and _ABBREVIATED_SUFFIX.search(sentence, max(0, lo - 8), lo):
        lo = clause_start(sentence, lo - 2)   # "Samsung Electronics Co. was responsible": no clause ends at "Co."
    for m in list(_company_name().finditer(sentence, lo, pos)) + list(_FIRM_WORDS.finditer(sentence, lo, pos)):
        if not _PARTNER_BEFORE.search(sentence, lo, m.start()):
            return True
    return False

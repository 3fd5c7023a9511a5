"""Partner rules: a figure's counterpart, each rule one small function tested alone.

A rule returns (name, iso3) to decide (NONE for "decided: no counterpart") or None to pass
the figure on; facts/sieves.py keeps their order. A partner named in the figure's own list
item or frame beats one named elsewhere in the sentence, which beats one carried from
earlier sentences, the page's title and opening, and last the world.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import PART_OF_PREVIOUS, isearch
from tradeflows.facts.frames import frame_for
from tradeflows.vocab.patterns import NEVER, cue
from tradeflows.facts.places import Place, country, find_places, lookup
from tradeflows.facts.reporters import FRAME_REACH, POSSESSIVE, POSSESSIVE_SHARE
from tradeflows.facts.subject import EPITHET
from tradeflows.facts.respectively import listed, siblings

NONE = (None, None)  # decided: the figure has no counterpart
FLOW_MEASURES = ("exports", "imports", "turnover", "balance")
CARRY_SENTENCES = 4  # how many sentences a partner named in passing stays the subject
HEAD_REACH = 15000  # characters of a page (a news story, not a book) its title's partner governs

# "this Central Asian country": an anaphor for the partner already named
ANAPHORIC = re.compile(r"\s+(?:country|state|republic|partner)\b", re.I)
# "with this country of the South Caucasus": a place describing a country named before
DESCRIPTOR_BEFORE = re.compile(r"\b(?:this|that|the)\s+(?:country|nation|state|republic|kingdom)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# "a free trade agreement was signed in St. Petersburg": where an event took place, no counterpart
EVENT_PLACE_BEFORE = re.compile(r"\b(?:signed|held|hosted|organi[sz]ed|took\s+place|met|meeting|summit|forum|visit|"
                                # '"..., which last year reached $17.4 billion (15.9 billion euros)," Erdogan said in Kuwait'
                                r"said|says|told\s+\w+|speaking|spoke|announced|stated|noted|declared)\s+in\s+$", re.I)
# "Kazakhstan is second after Russia", "second only to China": the place ranked ahead is no counterpart
RANKED_AHEAD_BEFORE = re.compile(r"\b(?:second|third|fourth|fifth)\s+(?:only\s+)?(?:after|behind|to)\s+(?:the\s+)?$"
                                 r"|\bsecond\s+only\s+to\s+(?:the\s+)?$", re.I)
# "constrained by the Ukraine conflict", "the Doklam standoff": a place naming an event, no counterpart
EVENT_NAME_AFTER = re.compile(r"\s+(?:conflict|war|crisis|standoff|stand-off|invasion|dispute)\b", re.I)
# "shipments to said Asian market", "exports to this Middle Eastern country": a demonym in an anaphor
# of a country named before (the carried partner), not a place of its own
ANAPHOR_DET = re.compile(r"\b(?:said|aforementioned|this|that|the\s+same)\s+(?:[A-Z][a-z]+\s+)?$", re.I)
ANAPHOR_NOUN = re.compile(r"\s+(?:country|state|republic|nation|market|economy|giant|kingdom|partner)\b", re.I)

BILATERAL = re.compile(r"\b(?:two[-\s]way|the\s+(?:two\s+)?countries|the\s+two\s+(?:allies|nations|neighbou?rs|economies|states)|both\s+countries|bilateral|mutual|the\s+parties|"
                       r"both\s+sides|this\s+(?:country|continent|market|state|region)|our\s+countries)\b", re.I)
_PARTNER_PREP = re.compile(r"\b(?:with|to|from|between|and|in|into)\s+(?:the\s+)?$", re.I)
_RIGHT_PREP = re.compile(r"\s*(?:to|with|from|for)\s+(?:the\s+)?$", re.I)
# "Egypt ($41.6 million), Angola (up to $31 million)": the item's own figure in brackets
_LIST_ITEM = re.compile(r"\s*\([^()]{0,24}$")
# "Brazil accounted for €65 billion, Argentina for €18 billion": the item's own figure after "for"
_LIST_FOR = re.compile(r"\s+(?:accounted\s+)?for\s+$")


# "surplus with all of Asia, including China": a place named as a part is not the counterpart
PART_BEFORE = re.compile(r"\b(?:including|includ(?:es|ed)|such\s+as|except|excluding)\s+(?:the\s+)?$", re.I)


def _candidates(cl, parts: bool = False) -> list[Place]:
    """The places of the figure's window that may be its counterpart; parts=True keeps a place
    named as a part ('such as Malaysia (1.2%)': a listed part with its own figure is that item's)."""
    text, home_iso, seen = cl.d.text, cl.home[1], cl.d.__dict__.setdefault("_candidate_of", {})
    return [p for p in cl.d.places(cl.si, cl.lo, cl.hi)
            if not (p.iso3 == cl.rep_iso and p.iso3 == home_iso and p.kind != "bloc")
            and p.name != cl.rep and _may_be_candidate(text, p, seen)
            and (parts or not isearch(cl.d, PART_BEFORE, max(0, p.start - 16), p.start))]


def _may_be_candidate(text: str, p: Place, seen: dict) -> bool:
    """_candidates' tests of the place alone (its words around), read once per place of a document."""
    key = (p.start, p.end, p.name)
    if key not in seen:
        seen[key] = (not ANAPHORIC.match(text, p.end)
            and not (ANAPHOR_NOUN.match(text, p.end) and ANAPHOR_DET.search(text, max(0, p.start - 30), p.start))
            and not DESCRIPTOR_BEFORE.search(text, max(0, p.start - 40), p.start)
            and not EVENT_PLACE_BEFORE.search(text, max(0, p.start - 30), p.start)
            and not cue("unit_name_before", NEVER).search(text, max(0, p.start - 80), p.start)
            and not EVENT_NAME_AFTER.match(text, p.end)
            and not (cue("ranked_ahead", RANKED_AHEAD_BEFORE).search(text, max(0, p.start - 24), p.start)
                     and not _OWN_FIGURE_AFTER.match(text, p.end))
            and not POSSESSIVE.match(text, p.end) and not EPITHET.match(text, p.end))
    return seen[key]


def member_counterpart(cl):
    """A bloc member's listed figure: its counterpart is the bloc page's ('surplus with Africa')."""
    return cl.head_partner if cl.reporter_rule == "member_list" and cl.head_partner else None


def respectively(cl):
    """'trade with major partners China and the US grew by 14.1 per cent and 10.1 per cent
    respectively': the i-th figure of the list, the i-th place named before it."""
    s, e = cl.lo, cl.hi  # the figure's window of its sentence: a run-on "sentence" stays linear
    found = siblings(cl.d.text, s, e, cl.f.clean_start, cl.f.figure)
    if found is None:
        return None
    i, starts = found
    places = [p for p in _candidates(cl) if p.end <= starts[0] and p.kind in ("country", "bloc")]
    idx = listed(cl.d.text, [(p.start, p.end) for p in places], len(starts))
    if idx is None:
        return None
    p = places[idx[i]]
    return p.name, p.iso3


def flow_owner(cl):
    """'India's imports at $979 million constituted just 7.8 per cent of Sri Lanka's total exports':
    when the figure is a part of the flow named after it (reporter rule flow_after), the country
    owning the clause's flow before the figure is the counterpart."""
    if cl.reporter_rule != "flow_after":
        return None
    text = cl.d.text
    owners = [p for p in cl.d.places(cl.si, cl.lo, cl.hi) if p.end <= cl.f.clean_start and p.kind in ("country", "bloc")
              and p.iso3 != cl.rep_iso and p.name != cl.rep and POSSESSIVE.match(text, p.end)]
    return (owners[-1].name, owners[-1].iso3) if owners else None


# "80.6 percent of exports to South Korea was gold", "15.2 percent of imports from China was trucks":
# a share of the flow with one counterpart, named right after the figure
_SHARE_OF_FLOW_TO = re.compile(
    r"\s+of\s+(?:(?:all|total|the|its|their|our)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:exports?|imports?|shipments|sales|purchases|supplies|deliveries)\s+(?:to|from|into)\s+(?:the\s+)?", re.I)


def share_of_flow_to(cl):
    """'80.6 percent of exports to South Korea': the place the share's own flow goes to or
    comes from beats a frame named earlier in the sentence."""
    if cl.f.kind != "share":
        return None
    text, end = cl.d.text, cl.f.clean_end
    for p in _candidates(cl):
        if p.start >= end and p.start - end <= 60 and p.kind in ("country", "bloc") \
                and _SHARE_OF_FLOW_TO.fullmatch(text, end, p.start):
            return p.name, p.iso3
    return None


# "a 5.3% increase was recorded in exports to Italy", "a 12 percent rise in imports from Japan": the
# counterpart of the change's own flow, named right after it
_CHANGE_IN_FLOW_TO = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:increase|rise|growth|jump|surge|gain|decline|decrease|drop|fall|contraction)\s+"
    r"(?:(?:was|has\s+been|is)\s+(?:recorded|registered|seen|observed|reported)\s+)?in\s+"
    r"(?:(?:the|its|their|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:exports?|imports?|shipments|sales|purchases|supplies|deliveries)\s+(?:to|from|into)\s+(?:the\s+)?", re.I)


def change_in_flow_to(cl):
    """'a 5.3% increase was recorded in exports to Italy': the place the change's own flow goes to
    or comes from beats a frame named earlier in the sentence."""
    if cl.f.kind != "growth":
        return None
    text, end = cl.d.text, cl.f.clean_end
    for p in _candidates(cl):
        if p.start >= end and p.start - end <= 80 and p.kind in ("country", "bloc") \
                and cue("change_in_flow_to", _CHANGE_IN_FLOW_TO).fullmatch(text, end, p.start):
            return p.name, p.iso3
    return None


def list_item(cl):
    """'Egypt ($41.6 million), Angola (up to $31 million)': each figure its own partner."""
    text, f = cl.d.text, cl.f
    hits = [p for p in _candidates(cl, parts=True) if p.end <= f.clean_start and f.clean_start - p.end <= 26
            and (cue("list_item", _LIST_ITEM).match(text[p.end:f.clean_start]) or _LIST_FOR.fullmatch(text, p.end, f.clean_start))]
    return (hits[-1].name, hits[-1].iso3) if hits else None


# "Turkey's exports increased by 50.2% to the USA, 13.2% to the United Kingdom": the place
# right after the figure, behind "to" or "from", is that figure's own counterpart
_RIGHT_TO = re.compile(r"\s*(?:to|from)\s+(?:the\s+)?$", re.I)


# "compared to 13 percent for the United States, 12 percent for Switzerland": a rate or share for a
# place is that place's item of a list (money "for" is often a purpose: "$2 billion for Egypt's grid")
_RIGHT_FOR = re.compile(r"\s*for\s+(?:the\s+)?$", re.I)


def right_after(cl):
    """'13.2% to the United Kingdom', '16.4% to Iraq', '13 percent for the United States': a
    country or bloc named right after the figure behind 'to' or 'from' (a rate or share also
    'for') beats a frame named earlier in the sentence."""
    text, end = cl.d.text, cl.f.clean_end
    rate = cl.f.kind in ("share", "growth")
    for p in _candidates(cl):
        if p.start > end + 14:
            break
        if p.start >= end and p.kind in ("country", "bloc") and (
                cue("right_to", _RIGHT_TO).fullmatch(text, end, p.start)
                or (rate and _RIGHT_FOR.fullmatch(text, end, p.start))):
            return p.name, p.iso3
    return None


# "21 per cent of that sum was due to trade with South Africa, 10 per cent to trade with Nigeria":
# a share attributed to the trade with the place right after it
_SHARE_TO_TRADE = re.compile(r"\s*(?:of\s+(?:that|the|this)\s+(?:sum|total|amount|value|figure)\s+)?(?:was\s+|is\s+)?"
                             r"(?:due\s+|attributable\s+|owing\s+)?to\s+(?:the\s+)?trade\s+with\s+(?:the\s+)?$", re.I)


def share_to_trade(cl):
    """'21 per cent of that sum was due to trade with South Africa': a share's own trade partner,
    named right after it, beats the places of the earlier items."""
    text, end = cl.d.text, cl.f.clean_end
    if cl.f.kind != "share":
        return None
    for p in _candidates(cl):
        if p.start > end + 60:
            break
        if p.start >= end and p.kind in ("country", "bloc") and cue("share_to_trade", _SHARE_TO_TRADE).fullmatch(text, end, p.start):
            return p.name, p.iso3
    return None


# "Доля Китая во внешнеторговом обороте Монголии ... составляет 61 проц, а доля России -- 16 проц.":
# a share word right before a place makes that place the owner of the share (the Russian rows of the
# cue "share_owner", the text before the place; English has none)
_SHARE_BETWEEN = re.compile(r"\d\s?(?:%|проц|процент|per\s?cent)", re.I)


def share_owner(cl):
    """'доля Китая ... составляет 61%', 'на долю Китая пришлось 20%': the nearest place before a
    share that a share word opens is the share's counterpart (no other share between them)."""
    text, f = cl.d.text, cl.f
    if f.kind != "share":
        return None
    owner = cue("share_owner", NEVER)
    s0 = cl.d.c.sentences[cl.si][0]
    hits = [p for p in _candidates(cl, parts=True) if s0 <= p.start and p.end <= f.clean_start
            and owner.search(text, max(s0, p.start - 30), p.start)
            and not _SHARE_BETWEEN.search(text, p.end, f.clean_start)]
    if not hits or hits[-1].kind not in ("country", "bloc"):
        return None
    p = hits[-1]
    return None if _same(p, cl.rep, cl.rep_iso) else (p.name, p.iso3)


# "18.6% ($18.9bn)": the share's own value in brackets right after it
_SHARE_VALUE = re.compile(r"\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*\(\s*[^\d()]{0,6}$", re.I)


def possessive_share(cl):
    """'Russia's trade turnover share amounted to 18.6% ($18.9bn)': the place owning the share named
    before the figure in its clause is the counterpart (the reporter is whose trade it is)."""
    text = cl.d.text
    owners = [p for p in cl.d.places(cl.si, cl.lo, cl.hi) if p.end <= cl.f.clean_start and p.kind in ("country", "bloc")
              and POSSESSIVE_SHARE.match(text, p.end)
              and not _SHARE_BETWEEN.search(_SHARE_VALUE.sub("", text[p.end:cl.f.clean_start]))]
    if not owners or _same(owners[-1], cl.rep, cl.rep_iso):
        return None
    return owners[-1].name, owners[-1].iso3


# "Kazakhstan ranked second in terms of trade volume among CIS countries, accounting for 13.8% of
# overall trade turnover": the share's "accounting for" says what the sentence's subject accounts for
_ACCOUNTING_FOR = re.compile(r"\b(?:accounting|accounted|accounts|account|representing|making\s+up)\s+for\s+"
                             r"(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+|roughly\s+)?$", re.I)
_OPENING = re.compile(r"\s*(?:the\s+)?$", re.I)


def share_subject(cl):
    """'Kazakhstan ranked second ..., accounting for 13.8% of overall trade turnover': a share
    behind 'accounting for' is that of the country opening the sentence."""
    text, f = cl.d.text, cl.f
    if f.kind != "share" or not _ACCOUNTING_FOR.search(text, max(cl.lo, f.clean_start - 40), f.clean_start):
        return None
    s0 = cl.d.c.sentences[cl.si][0]
    first = next((p for p in _candidates(cl) if p.start >= s0), None)
    if first is None or first.kind not in ("country", "bloc") or first.end > f.clean_start \
            or not _OPENING.fullmatch(text, s0, first.start):
        return None
    # "China, Australia, and the European Union (EU) account for nearly half": a list's share, not one's
    if any(_LIST_SEP.fullmatch(text, first.end, q.start) for q in cl.d.places(cl.si, cl.lo, cl.hi) if q.start > first.end):
        return None
    return first.name, first.iso3


# "Exports to Kenya from Uganda were 31.5% of the total goods Uganda sold to the EAC": the frame after a
# share's "of the total" names the whole, not the share's counterpart
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?:total|overall|entire|whole)\b", re.I)


def frame(cl):
    """'Georgia's exports to the EU', 'trade between A and B': the frame's counterpart."""
    f, text = cl.f, cl.d.text
    frames = [fr for fr in cl.frames if fr.partner is not None
              and not (f.kind == "share" and fr.start >= f.clean_end and _OF_WHOLE.match(text, f.clean_end))]
    fr = frame_for(frames, f.clean_start, f.clean_end, f.clean_start - FRAME_REACH, cl.hi, text=text,
                   stops=tuple(p.start for p in cl.d.places(cl.si, cl.lo, cl.hi) if not EVENT_NAME_AFTER.match(text, p.end)))
    if fr is None:
        return None
    p = fr.partner
    if fr.kind == "pair" and _same(p, cl.rep, cl.rep_iso):
        p = fr.reporter
    if _same(p, cl.rep, cl.rep_iso):
        return None
    return p.name, p.iso3


# "Intra-Mercosur trade during 2021 reached US$ 41 billion": trade inside a bloc, the bloc with itself
_INTRA = re.compile(r"\b[Ii]ntra-\s*$")
_INTRA_TRADE = re.compile(r"\s+(?:trade|exports|imports|commerce)\b", re.I)


def intra_bloc(cl):
    """'Intra-Mercosur trade reached US$ 41 billion': a flow inside a bloc has the bloc as its
    counterpart (the figure's own clause names it, before the figure)."""
    if cl.measure not in FLOW_MEASURES:
        return None
    text = cl.d.text
    for p in cl.d.places(cl.si, cl.lo, cl.hi):
        if p.end > cl.f.clean_start:
            break
        if p.kind == "bloc" and _INTRA.search(text, max(0, p.start - 8), p.start) and _INTRA_TRADE.match(text, p.end):
            return p.name, None
    return None


# "Vietnam's trade with the bloc", "Chinese imports from the continent", "exports to bloc partners":
# a common noun standing for the bloc or continent named last before it
_BLOC_ANAPHOR = re.compile(r"\b(?:with|to|from|into)\s+(?:the\s+)?(?:regional\s+)?(?:bloc|continent)\b(?![’'-])"
                           r"|\b(?:with|to|from|into)\s+(?:the\s+)?bloc\s+(?:partners|members|countries)\b", re.I)


def bloc_anaphor(cl):
    """'Vietnam's trade with the bloc reached US$54.9 billion' after a title on ASEAN: the bloc
    (or continent) named last before the anaphor, within a news story's reach."""
    if cl.measure not in FLOW_MEASURES:
        return None
    m = cue("bloc_anaphor", _BLOC_ANAPHOR).search(cl.d.text, cl.lo, cl.hi)
    if m is None:
        return None
    blocs = [p for p in find_places(cl.d.text, max(0, m.start() - HEAD_REACH), m.start())
             if p.kind == "bloc" and p.name != cl.rep]
    return (blocs[-1].name, None) if blocs else None


# "Spanish exports to the Kingdom", "exports from Mexico to the neighboring nation", "imports from
# the neighbouring country": the flow's counterpart named by a common noun, the one the page is about
_ANAPHOR_DEST = re.compile(
    r"\b(?:(?:exports?|exported|shipments|sales|sold|shipped)\b[^.;]{0,60}?\b(?:to|into)"
    r"|(?:imports?|imported|purchases|bought)\b[^.;]{0,60}?\bfrom)"
    r"\s+the\s+(?:neighbou?ring\s+|neighbou?r\s+)?(?:kingdom|nation|country|republic|emirate|sultanate)\b(?![’'-])", re.I)


def anaphor_dest(cl):
    """'Spanish exports to the Kingdom': the counterpart of the page's title and opening (not the
    one the paragraph carries: "the neighboring nation" after a sentence on Canada is still the US)."""
    head, home = cl.head_partner, cl.home
    if head is None or home[0] is None or cl.measure not in ("exports", "imports"):
        return None
    # the page's pair is (home, head): the other side of the figure's reporter, none for a third
    p = head if _is(home, cl.rep, cl.rep_iso) else home if _is(head, cl.rep, cl.rep_iso) else None
    return p if p is not None and cue("anaphor_dest", _ANAPHOR_DEST).search(cl.d.text, cl.lo, cl.hi) else None


def _is(p: tuple, name, iso3) -> bool:
    return p[0] == name or (p[1] is not None and p[1] == iso3)


def _same(p: Place, name, iso3) -> bool:
    return p.name == name or (p.iso3 is not None and p.iso3 == iso3 and p.kind != "region")


# "almost $1 trillion in 2022, with more than a third of the total coming from trade with China":
# a place behind such a break after the figure is the subject of another clause
_LATER_CLAUSE = re.compile(r",\s*(?:with|while|whereas|including|of\s+which|followed\s+by|and\s+th(?:at|ose)\s+of)\b|;"
                           # "China's exports up 4.8% in May as shipments to the US fall nearly 10%": a cause of its own
                           r"|\s+as\s+(?!well\b|compared\b|against\b|of\b|at\b|per\b|part\b|a\s+result\b|much\b|many\b|high\b|low\b|\d)"
                           # "exceeding 310 million dollars, which is significantly more than China": a comparison
                           r"|\b(?:more|less|higher|lower|greater|larger|smaller|ahead\s+of)\s+than\b|\bahead\s+of\b", re.I)


def sentence(cl):
    """The place of the sentence nearest the figure, a preposition making it nearer; none
    behind a clause break after the figure (", with ...", ", while ...", ";")."""
    text, end = cl.d.text, cl.f.clean_end
    later = cue("later_clause", _LATER_CLAUSE)
    cands = [p for p in _candidates(cl) if p.start < end or not isearch(cl.d, later, end, p.start)]
    if not cands:
        return None
    best = min(cands, key=lambda p: place_cost(p, cl.f, cl.d.text))
    if best.end <= cl.f.clean_start and _in_list(best, _candidates(cl), text):
        # "the regional countries including Afghanistan, China, ..., and the Maldives account for
        # $2,912 million": the figure is the whole list's, not its last item's (rule list_whole)
        cl.partner_rule = "list_whole"
        return NONE
    return best.name, best.iso3


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+)(?:the\s+)?$", re.I)


def _in_list(p: Place, places: list[Place], text: str) -> bool:
    """p closes a list of three or more places ("A, B, C and the D")."""
    ordered = sorted(places, key=lambda x: x.start)
    i = next((k for k, x in enumerate(ordered) if x.start == p.start), None)
    n = 0
    while i is not None and i > 0 and _LIST_SEP.fullmatch(text, ordered[i - 1].end, ordered[i].start):
        n, i = n + 1, i - 1
    return n >= 2


def carried(cl):
    """The partner of the last sentences of the paragraph ('the two countries', or unnamed)."""
    st = cl.st
    here = st.partner is not None and st.partner_para == cl.pi and cl.si - st.partner_si <= CARRY_SENTENCES
    # "Of which, exports hit 39.7 billion USD" in a paragraph of its own: a part of the sentence
    # before, with its counterpart (rule part_carried)
    opening = cl.d.c.sentences[cl.si][0]
    part = (st.partner is not None and not here and cl.si - st.partner_si == 1
            and (cue("part_of_previous", PART_OF_PREVIOUS).match(cl.d.text, opening)
                 # "This is an increase of €1,990 million (+3.9%) on the 2020 value." in a paragraph of
                 # its own: the change of the figure before, with its counterpart
                 or cue("change_of_previous", _CHANGE_OF_PREVIOUS).match(cl.d.text, opening)
                 # "Peruvian exports totaled US$1.229 billion, whereas imports reached US$1.317 billion
                 # during the same period." after a line on the pair's trade: the parts of that trade
                 or cue("same_period", _SAME_PERIOD).search(cl.d.text, cl.lo, cl.hi)))
    bilateral = cue("bilateral", BILATERAL).search(cl.d.text, cl.lo, cl.hi)
    # "the import volume from those countries reached $2.314bn" after a paragraph on "African Union
    # countries": a plural anaphor names the group carried before (rule group_carried)
    group = (st.partner is not None and st.partner[1] is None and not here and not part
             and cue("group_anaphor", _GROUP_ANAPHOR).search(cl.d.text, cl.lo, cl.hi))
    if group:
        cl.partner_rule = "group_carried"
        return st.partner
    if st.partner and (here or part or bilateral):
        cl.partner_rule = "carried" if here else "part_carried" if part else "bilateral_carried"
        if bilateral and _COUNTRIES.search(bilateral.group()):
            return _country_of_city(st.partner, cl.rep_iso)
        return st.partner
    return None


# "during the same period" closing a sentence: the period of the sentence before (not a base of
# comparison: "the same period of 2022", "the same period last year")
_SAME_PERIOD = re.compile(r"\bduring\s+the\s+same\s+period\b(?!\s+(?:of|in|last|a\s+year|the\s+previous|one\s+year|a\s+year))", re.I)
_CHANGE_OF_PREVIOUS = re.compile(r"\W*(?:This|That|It)\s+(?:is|was|represents|represented|marks|marked)\s+(?:an?\s+)?"
                                 r"(?:\w+\s+)?(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall)\s+of\b")
_GROUP_ANAPHOR = re.compile(r"\b(?:those|these|the\s+said|the\s+member)\s+(?:countries|states|nations|economies|markets)\b"
                            r"|\bthe\s+(?:bloc|union|grouping)\b", re.I)
# "the two countries", "the two allies", "bilateral trade": their counterpart is a country
_COUNTRIES = re.compile(r"countries|allies|nations|states|bilateral|two[-\s]way", re.I)


def _country_of_city(p: tuple, rep_iso) -> tuple:
    """'trade between the two countries' after 'the Kazan Summit': the city's country (rule
    country_of_city in bilateral_carried), not the city."""
    place = lookup(p[0])
    if place is None or place.kind != "region" or not p[1] or p[1] == rep_iso:
        return p
    try:
        return country(p[1]), p[1]
    except KeyError:
        return p


def section_goal(cl):
    """A goal of the relation the section is about."""
    return cl.st.partner if cl.status != "actual" and cl.st.partner else None


def head(cl):
    """A turnover with no counterpart on a page whose title and opening name one: the page's
    relation ("the trade turnover reached $7.4 billion"). An export or import figure with no
    counterpart is more often the reporter's total, so it is left to default_world."""
    p = cl.head_partner
    flows = ("turnover",) if cl.head_totals else FLOW_MEASURES
    if p is not None and _is(p, cl.rep, cl.rep_iso):
        # "That left Mexico with a monthly trade surplus" on a page whose head pairs the US with Mexico:
        # the figure's reporter is the head's counterpart, so its own counterpart is the page's subject
        home = cl.home
        p = None if home[0] is None or _is(home, cl.rep, cl.rep_iso) else home
    if p is None or cl.f.clean_start > HEAD_REACH or cl.measure not in flows or p[0] == cl.rep or (p[1] and p[1] == cl.rep_iso):
        return None
    if cl.measure != "turnover":
        if cl.reporter_rule in OWN_FLOW_RULES:
            return None  # "Moldova's export rose ... $2.4 billion": the reporter's total (default_world)
        cl.partner_rule = "head_flow"  # an export, import or balance is often the total: weak
    return p


# reporter rules that name the figure's own flow in its clause ("Moldova's export", "Russian exports")
OWN_FLOW_RULES = ("possessive", "demonym_flow", "flow_after")


# cue "next_item": a place after the figure that opens the next item of a list (none in
# English, so NEVER; in Russian ", с Казахстаном вырос ...", vocab/<lang>/patterns.csv) costs
NEXT_ITEM_COST = 1000.0
# "... with imports totaling $1.059 billion, just ahead of Italy at $1.029 billion": a place after
# the figure that is followed by a figure of its own is the next item, not this figure's partner
_OWN_FIGURE_AFTER = re.compile(r"\s*(?:\(\s*|at\s+|with\s+|[:–—]\s*)(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                               r"(?:US\s?|[A-Z]{1,3})?[$€£¥]\s?\d"
                               # "and Kenya ranked fifth with an export volume of $356m", "Sudan followed with a value of $505m"
                               r"|\s+(?:ranked|came|followed|was\s+(?:second|third|fourth|fifth|next))\b[^.;$€£¥\d]{0,50}"
                               r"(?:US\s?|[A-Z]{1,3})?[$€£¥]\s?\d"
                               # "followed at 24.6% and South Sudan 23.3%": a place with its own percentage
                               r"|\s*(?:\(\s*|at\s+|with\s+|[:–—]\s*)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?"
                               r"\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)")


def place_cost(p: Place, f, text: str) -> float:
    if 0 <= p.start - f.clean_end <= 14 and cue("right_prep", _RIGHT_PREP).match(text, f.clean_end, p.start):
        return 0.0  # "33% to the EEU"
    if p.end <= f.clean_start:
        cost = f.clean_start - p.end
    else:
        cost = (p.start - f.clean_end) * 1.5 + 10
        if cue("next_item", NEVER).match(text, f.clean_end, p.start) or _OWN_FIGURE_AFTER.match(text, p.end):
            cost += NEXT_ITEM_COST
    if cue("partner_prep", _PARTNER_PREP).search(text[max(0, p.start - 12):p.start]):
        cost *= 0.5
    if p.kind == "demonym":
        cost *= 1.3
    return cost

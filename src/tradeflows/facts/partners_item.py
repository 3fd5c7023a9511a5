"""Partner rules of the figure's own item: a list item, a "respectively" list, the place right
after the figure, a share's owner or its own flow's counterpart.

Split from facts/partners.py: these rules read only the few words at the figure, so they beat a
frame or a place named elsewhere in the sentence (facts/sieves.py keeps their order).
"""
from __future__ import annotations

import re

from tradeflows.facts.context import lacks
from tradeflows.facts.places import merge_restated
from tradeflows.facts.partners_candidates import LIST_SEP, NONE, candidates, same_place, list_extent, list_name
from tradeflows.facts.reporters import POSSESSIVE, POSSESSIVE_SHARE
from tradeflows.facts.respectively import RESPECTIVELY, listed, siblings, unmarked_list
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue

# "Egypt ($41.6 million), Angola (up to $31 million)": the item's own figure in brackets
_LIST_ITEM = re.compile(r"\s*\([^()]{0,24}$")
# "Brazil accounted for €65 billion, Argentina for €18 billion": the item's own figure after "for"
_list_for = EnglishCue("partners_item_list_for")
# "China – $5.2 billion (12%)", "Казахстан — $80,7 млн (12,0%)", "Пакистан — 14,6%, а точнее 98,4 млн": the item's
# second figure, after its first behind the dash, in brackets or restated (rule list_item_second)
_item_second = EnglishCue("list_item_second", re.I)
ITEM_SECOND_REACH = 44   # characters from the item's place to its second figure


def member_counterpart(cl):
    """A bloc member's listed figure: its counterpart is the bloc page's ('surplus with Africa')."""
    return cl.head_partner if cl.reporter_rule == "member_list" and cl.head_partner else None


# a counterpart named in the sentence behind a preposition of direction ("exporters to China were Japan (10%)")
_direction_slot = EnglishCue("partners_item_direction_slot", re.I)


def _origin_items(cl, text):
    """The countries listed in the origin slot of the figure's "exports from" (reporter rule origins_listed), by start."""
    from tradeflows.facts.reporters_exporter import origin_chain
    return {q.start: q.iso3 for q in origin_chain(cl, text, cl.f.clean_start)}


def origin_item_counterpart(cl):
    """Partner rule for a figure of reporter rule origin_item: the earlier item's origin ("Fiji and PNG boost trade ties –
    $25.3m exports from Fiji, $7.9m from PNG", fijivillage.com: Fiji)."""
    if cl.reporter_rule != "origin_item":
        return None
    from tradeflows.facts.reporters_exporter import origin_item
    found = origin_item(cl)
    return (found[1].name, found[1].iso3) if found is not None else None


def exporter_counterpart(cl):
    """Partner rule for a figure whose reporter is a country ranked as exporter or importer (reporter rule
    exporter_named): the page's counterpart ("Major exporting countries ... were ... Algeria (14%)" on Africa's trade
    with the EU: the EU), unless that is the reporter itself; on a page naming no counterpart, the world ("the world's
    top five exporters are China $2,263 billion; United States $1,547 billion": not the item before), unless the
    sentence names one behind "to", "from", "with" or "into" (then later rules read it)."""
    if cl.reporter_rule not in ("exporter_named", "origins_listed", "world_rank_item"):
        return None
    text, s = cl.d.text, cl.d.c.sentences[cl.si][0]
    # (reporter rule origins_listed: the origins' own "from" slot names no counterpart, nor is one of them the page's)
    own = _origin_items(cl, text) if cl.reporter_rule == "origins_listed" else {}
    if cl.head_partner and cl.head_partner[1] not in own.values():
        return cl.head_partner if (cl.head_partner[1] or cl.head_partner[0]) != (cl.rep_iso or cl.rep) else None
    if any(_direction_slot().search(text, max(s, p.start - 12), p.start) for p in cl.d.places(cl.si)
           if p.start not in own):
        return None
    return "world", None


def respectively(cl):
    """'trade with major partners China and the US grew by 14.1 per cent and 10.1 per cent
    respectively': the i-th figure of the list, the i-th place named before it."""
    s, e = cl.lo, cl.hi  # the figure's window of its sentence: a run-on "sentence" stays linear
    found = siblings(cl.d.text, s, e, cl.f.clean_start, cl.f.figure)
    if found is None:
        return None
    i, starts = found
    # ("to the Association of Southeast Asian Nations (ASEAN) and the European Union (EU) declined 5.0 percent and 8.4
    # percent each": a name restated in brackets is no item of its own, places.merge_restated)
    places = merge_restated(cl.d.text, [p for p in candidates(cl) if p.end <= starts[0] and p.kind in ("country", "bloc")])
    idx = listed(cl.d.text, [(p.start, p.end) for p in places], len(starts))
    if idx is None:
        return None
    p = places[idx[i]]
    return p.name, p.iso3


# "a 12.9 percent and 24.2 percent hike in the UK and France, respectively": the places of the list are named after
# its figures, right before the word that closes it (rule respectively_after)
_CLOSER_GAP = re.compile(r"[\s,]*")


def respectively_after(cl):
    """'Europe saw an 8.3 percent rise in exports, which can be traced to a 12.9 percent and 24.2 percent hike in the UK
    and France, respectively.' (rough-polished.com): a list of as many places as figures, after the last figure and
    right before "respectively", pairs with them in order (rule respectively_after)."""
    text = cl.d.text
    found = siblings(text, cl.lo, cl.hi, cl.f.clean_start, cl.f.figure)
    if found is None:
        return None
    i, starts = found
    closer = cue("respectively", RESPECTIVELY).search(text, starts[-1], cl.hi)
    if closer is None:
        return None
    places = merge_restated(text, [p for p in candidates(cl)
                                   if starts[-1] < p.start and p.end <= closer.start() and p.kind in ("country", "bloc")])
    if len(places) != len(starts) or not _CLOSER_GAP.fullmatch(text, places[-1].end, closer.start()):
        return None
    if listed(text, [(p.start, p.end) for p in places], len(starts)) is None:
        return None
    p = places[i]
    return p.name, p.iso3


# "Oman and Kuwait followed Saudi Arabia with 19 per cent and 16 per cent, respectively": a verb of rank between the
# list and the figures names the place the list comes after, no item of it (rule respectively_followed)
_rank_after_verb = EnglishCue("partners_item_rank_after_verb", re.I)


def respectively_followed(cl):
    """'Saudi Arabia accounted for 45 per cent of Dubai's total trade in the region ... Oman and Kuwait followed Saudi
    Arabia with 19 per cent and 16 per cent, respectively.' (expolinkfairs.com citing the Dubai Chamber): the list of
    places right before a verb of rank (followed, trailed, overtook) pairs with the figures, not the place the verb
    names after it (rule respectively_followed; the last places before the figures are no list there)."""
    text = cl.d.text
    found = siblings(text, cl.lo, cl.hi, cl.f.clean_start, cl.f.figure)
    if found is None:
        return None
    i, starts = found
    places = merge_restated(text, [p for p in candidates(cl) if p.end <= starts[0] and p.kind in ("country", "bloc")])
    for k in range(len(places) - 1, 0, -1):
        if _rank_after_verb().search(text, places[k - 1].end, places[k].start):
            idx = listed(text, [(p.start, p.end) for p in places[:k]], len(starts))
            if idx is None:
                return None
            p = places[idx[i]]
            return p.name, p.iso3
    return None


_DIGIT = re.compile(r"\d")


def respectively_previous(cl):
    """'the city's top trading partners were China's Hong Kong, ASEAN, the European Union, and the United States, with
    imports and exports amounting to 365.68 billion yuan, ..., respectively. The growth rates were 5%, 9%, 13.3%, and
    13.4%, respectively.' (sz.gov.cn, data/web25 tuned page an12): a "respectively" list in a sentence that names no
    place before its figures pairs with the places the sentence before listed for its own "respectively" list, of as
    many items, in the same paragraph (rule respectively_previous)."""
    d, text = cl.d, cl.d.text
    if cl.si == 0:
        return None
    found = siblings(text, cl.lo, cl.hi, cl.f.clean_start, cl.f.figure)
    if found is None:
        return None
    i, starts = found
    s = d.c.sentences[cl.si][0]
    if any(p.kind in ("country", "bloc") for p in d.places(cl.si, s, starts[0])):
        return None
    ps, pe = d.c.sentences[cl.si - 1]
    if d.para_index(ps) != d.para_index(s):
        return None
    digit = _DIGIT.search(text, ps, pe)
    if digit is None or text.find("espectively", digit.end(), pe) < 0:
        return None   # the sentence before closes a list of figures with "respectively" too
    places = merge_restated(text, [p for p in d.places(cl.si - 1, ps, digit.start()) if p.kind in ("country", "bloc")])
    idx = listed(text, [(p.start, p.end) for p in places], len(starts))
    if idx is None:
        return None
    p = places[idx[i]]
    return p.name, p.iso3


# "The EU and ASEAN followed with 16.1 billion USD and 11.5 billion USD, increasing by 20.8 and 23.7 percent",
# "followed by Singapore and China having 16% and 13% of total imports": a written list of places, then a few
# words and a list of as many figures, pairs them in order as "respectively" would (rule paired_places); the gap
# holds no other place, no clause break and no "between" pair before the places
_PAIRED_GAP = re.compile(r"(?:[^;:.()]|\.(?=\d)|\([^()]{0,40}\)){0,110}", re.I)
_paired_break = EnglishCue("partners_item_paired_break", re.I)
_between_before = EnglishCue("partners_item_between_before", re.I)


def paired_places(cl):
    """'The EU and ASEAN followed with 16.1 billion USD and 11.5 billion USD': the i-th figure of an
    unmarked list of figures, the i-th place of the list of places right before it."""
    s, e = cl.lo, cl.hi
    text = cl.d.text
    found = unmarked_list(text, s, e, cl.f.clean_start, cl.f.figure, cl.d)
    if found is None:
        return None
    i, starts = found
    places = merge_restated(text, [p for p in candidates(cl) if p.end <= starts[0] and p.kind in ("country", "bloc")])
    idx = listed(text, [(p.start, p.end) for p in places], len(starts))
    if idx is None or (len(places) > len(starts) and listed(text, [(p.start, p.end) for p in places], len(starts) + 1)):
        return None   # a longer list of places than of figures pairs nothing
    last, first = places[idx[-1]], places[idx[0]]
    gap = text[last.end:starts[0]]
    if not _PAIRED_GAP.fullmatch(gap) or _paired_break().search(gap) \
            or _between_before().search(text, max(0, first.start - 14), first.start):
        return None
    p = places[idx[i]]
    return p.name, p.iso3


def flow_owner(cl):
    """'India's imports at $979 million constituted just 7.8 per cent of Sri Lanka's total exports':
    when the figure is a part of the flow named after it (reporter rule flow_after), the country
    owning the clause's flow before the figure is the counterpart."""
    if cl.reporter_rule not in ("flow_after", "share_of_country_total"):
        return None
    text = cl.d.text
    owners = [p for p in cl.places if p.end <= cl.f.clean_start and p.kind in ("country", "bloc")
              and p.iso3 != cl.rep_iso and p.name != cl.rep and POSSESSIVE.match(text, p.end)]
    return (owners[-1].name, owners[-1].iso3) if owners else None


# "80.6 percent of exports to South Korea was gold", "15.2 percent of imports from China was trucks":
# a share of the flow with one counterpart, named right after the figure; also the flow's owner and a verb of
# going between ("some 40.8 percent of Cambodia's total exported goods went to the U.S.", "49% of all imports came
# from EU countries": branch share_went_to, session 50)
_share_of_flow_to = EnglishCue("partners_item_share_of_flow_to", re.I)


# the country opening the figure's clause, its subject: "..., Uganda was the largest export destination ..."
_clause_open = EnglishCue("partners_item_clause_open", re.I)
_sentence_open = EnglishCue("partners_item_sentence_open", re.I)
_subject_verb = EnglishCue("partners_item_subject_verb", re.I)


def _clause_subject(cl):
    """The country (not the reporter) opening the figure's clause as the subject of a copula, no figure between."""
    text, f = cl.d.text, cl.f
    s0 = cl.d.c.sentences[cl.si][0]
    for p in reversed([p for p in candidates(cl) if s0 <= p.start and p.end <= f.clean_start]):
        if p.kind == "country" and not same_place(p, cl.rep, cl.rep_iso) and _subject_verb().match(text, p.end) \
                and (_clause_open().search(text, max(s0, p.start - 8), p.start) or _sentence_open().fullmatch(text, s0, p.start)) \
                and not _DIGIT_GAP.search(text, p.end, f.clean_start):
            return p.name, p.iso3
    return None


def share_of_bloc_flow(cl):
    """'Uganda was the largest export destination for Kenyan goods to the EAC, accounting for 29.3% of total exports
    to Africa' (kenyanwallstreet.com on the Kenya National Bureau of Statistics' Economic Survey 2021): the share a
    country opening the clause takes 'of' a flow to a bloc or continent is that country's, a part of the bloc's
    flow, not the bloc's (rule share_of_bloc_flow; share_of_flow_to gave Africa)."""
    if cl.f.kind != "share" or not _accounting_for().search(cl.d.text, max(cl.lo, cl.f.clean_start - 40), cl.f.clean_start):
        return None
    to = share_of_flow_to(cl)
    if to is None or to[1] is not None:
        return None   # only a bloc or continent's flow (no ISO code) holds a country's part
    return _clause_subject(cl)


def share_of_flow_to(cl):
    """'80.6 percent of exports to South Korea': the place the share's own flow goes to or
    comes from beats a frame named earlier in the sentence."""
    if cl.f.kind != "share":
        return None
    text, end = cl.d.text, cl.f.clean_end
    places = candidates(cl)
    for p in places:
        if p.start >= end and p.start - end <= 60 and p.kind in ("country", "bloc") \
                and _share_of_flow_to().fullmatch(text, end, p.start):
            last = _list_last(p, places, text)
            if last is not None:
                # "A total 52.9% of the exports went to Turkey, China, Egypt, Serbia, Macedonia and the Russian
                # Federation" (novinite.com): a list of three or more behind the share's flow is where the share
                # went as a whole, not its first item; the list as written, or no partner (rule list_whole)
                cl.partner_rule = "list_whole"
                name = list_name(last, places, text)
                return (name, None) if name else NONE
            return p.name, p.iso3
    return None


def _list_last(p, places, text: str):
    """The last place of a list of three or more that p opens ("Turkey, China, Egypt and Serbia"), else None."""
    ext = list_extent(p, places, text)
    if ext is None or ext[1] != ext[2]:
        return None
    ordered, _, i, k = ext
    return ordered[k] if k - i >= 2 else None


# "a 5.3% increase was recorded in exports to Italy", "a 12 percent rise in imports from Japan": the
# counterpart of the change's own flow, named right after it
_change_in_flow_to = EnglishCue("change_in_flow_to", re.I)


def change_in_flow_to(cl):
    """'a 5.3% increase was recorded in exports to Italy': the place the change's own flow goes to
    or comes from beats a frame named earlier in the sentence."""
    if cl.f.kind != "growth":
        return None
    text, end = cl.d.text, cl.f.clean_end
    places = candidates(cl)
    for p in places:
        if p.start >= end and p.start - end <= 80 and p.kind in ("country", "bloc") \
                and cue("change_in_flow_to", _change_in_flow_to()).fullmatch(text, end, p.start):
            last = _list_last(p, places, text)
            if last is not None:
                # "почти на 50% вырос экспорт в Китай, США, Турцию и Великобританию" (ukr-today.com): a change of the
                # flow to a list of three or more is the list's as a whole, not its first item's; the list as
                # written, or no partner (rule list_whole, as share_of_flow_to)
                cl.partner_rule = "list_whole"
                name = list_name(last, places, text)
                return (name, None) if name else NONE
            return p.name, p.iso3
    return None


def list_item(cl):
    """'Egypt ($41.6 million), Angola (up to $31 million)': each figure its own partner."""
    text, f = cl.d.text, cl.f
    before = [p for p in candidates(cl, parts=True) if p.end <= f.clean_start]
    hits = [p for p in before if f.clean_start - p.end <= 26
            and (cue("list_item", _LIST_ITEM).match(text[p.end:f.clean_start]) or _list_for().fullmatch(text, p.end, f.clean_start))]
    if hits:
        return hits[-1].name, hits[-1].iso3
    # (the item's second figure: only the place right before it, within ITEM_SECOND_REACH)
    if before and f.clean_start - before[-1].end <= ITEM_SECOND_REACH \
            and cue("list_item_second", _item_second()).fullmatch(text, before[-1].end, f.clean_start):
        return before[-1].name, before[-1].iso3
    return None


# "85.8 percent (including EU 79.4 percent)": a place right after a breakdown bracket's opening word, its figure right
# after it (rule bracket_part)
_bracket_part_open = EnglishCue("partners_bracket_part_open", re.I)
_PLACE_FIGURE_GAP = re.compile(r"\s*(?:[:\-\u2013\u2014]\s*)?")
BRACKET_PART_REACH = 40   # characters before the place its bracket's opening word is looked for in


def bracket_part(cl):
    """'The share of developed countries in total exports amounted to 85.8 percent (including EU 79.4 percent)': the
    figure right after a place that opens a breakdown bracket is that part's, not the whole's counterpart named before
    the bracket (rule bracket_part)."""
    text, f = cl.d.text, cl.f
    before = [p for p in candidates(cl, parts=True) if p.end <= f.clean_start]
    if not before or not _PLACE_FIGURE_GAP.fullmatch(text, before[-1].end, f.clean_start):
        return None
    p = before[-1]
    if cue("partners_bracket_part_open", _bracket_part_open()).search(text, max(0, p.start - BRACKET_PART_REACH),
                                                                      p.start) is None:
        return None
    return p.name, p.iso3


# "For comparison, Poland is second with only 5.2 percent, Ukraine is third with 4.1 percent": a ranked place
# holds the figure its rank comes with (rule ranked_with)
_ranked_with = EnglishCue("ranked_with", re.I)
RANKED_WITH_WORDS = ("with",)   # a word every match holds: lacks(...) skips its search (tests/test_s47_lacks.py)
RANKED_REACH = 50  # characters between a ranked place and its figure


def ranked_with(cl):
    """'Poland is second with only 5.2 percent, Ukraine is third with 4.1 percent': the place ranked
    right before the figure, not the next item's place nearer after it."""
    text, f = cl.d.text, cl.f
    rx = cue("ranked_with", _ranked_with())
    if rx is _ranked_with() and lacks(cl.d, RANKED_WITH_WORDS, f.clean_start - RANKED_REACH, f.clean_start):
        return None   # (every match of _RANKED_WITH, within the reach, ends on "with" and a qualifier)
    hits = [p for p in candidates(cl, parts=True) if p.end <= f.clean_start and f.clean_start - p.end <= RANKED_REACH
            and rx.fullmatch(text, p.end, f.clean_start)]
    return (hits[-1].name, hits[-1].iso3) if hits else None


# "Turkey's exports increased by 50.2% to the USA, 13.2% to the United Kingdom": the place
# right after the figure, behind "to" or "from", is that figure's own counterpart
_right_to = EnglishCue("right_to", re.I)
# "45 percent of Sri Lanka's apparel products were exported to the United States and 42 percent to the markets in
# the European Union": the market words between the figure and its place (rule right_to_markets) lengthen the reach
_to_markets = EnglishCue("partners_item_to_markets", re.I)
# "Japan logged a deficit of ¥5,827.1 billion in trade with China and a surplus of ¥6,535.6 billion with the
# United States": an amount's own counterpart right after it behind "with", unless a participle follows the
# place ("$50 billion with China accounting for ...": the place is the subject of an aside)
_right_with = EnglishCue("right_with", re.I)
_participle_after = EnglishCue("partners_item_participle_after")
# "exports to China dropped 10% ..., compared to an 11% increase to the US": a change of the flow
# to the place named right after its noun (rule right_after, growth only)
# ("an 18.0% expansion to China", "a 3% contraction to Japan": rule right_change_to)
_right_change_to = EnglishCue("right_change_to", re.I)   # ("a drop in exports to": change_in_flow_to)


# "compared to 13 percent for the United States, 12 percent for Switzerland": a rate or share for a
# place is that place's item of a list (money "for" is often a purpose: "$2 billion for Egypt's grid")
_right_for = EnglishCue("partners_item_right_for", re.I)
# "Queensland's coal exports to Japan increased 123.1% ... and lifted 144% to $3.52 billion to South Korea and 140% to
# $4.75 billion to India" (miningmonthly.com, data/web25 tuned page an11): a rate, the level it reached, then the
# place the flow goes to or comes from: the rate's own counterpart too (rule rate_level_to)
_rate_level_to = EnglishCue("partners_item_rate_level_to", re.I)


def right_after(cl):
    """'13.2% to the United Kingdom', '16.4% to Iraq', '13 percent for the United States': a
    country or bloc named right after the figure behind 'to' or 'from' (a rate or share also
    'for', an amount also 'with': 'a surplus of ¥6,535.6 billion with the United States') beats a
    frame named earlier in the sentence."""
    text, end = cl.d.text, cl.f.clean_end
    rate = cl.f.kind in ("share", "growth")
    reach = 40 if cl.f.kind == "growth" else 14
    markets = _to_markets().match(text, end)
    if markets is not None:
        reach += markets.end() - end
    places = candidates(cl)
    for p in places:
        if p.start > end + reach:
            break
        if p.start >= end and p.kind in ("country", "bloc") and (
                cue("right_to", _right_to()).fullmatch(text, end, p.start)
                or (rate and _right_for().fullmatch(text, end, p.start))
                or (cl.f.kind == "growth" and cue("right_change_to", _right_change_to()).fullmatch(text, end, p.start))
                or (cl.f.kind == "growth" and _rate_level_to().fullmatch(text, end, p.start))
                or (cl.f.kind == "money" and cue("right_with", _right_with()).fullmatch(text, end, p.start)
                    and not _participle_after().match(text, p.end))):
            last = _list_last(p, places, text)
            if last is not None:
                # "12% to Brazil, Russia, India and China (BRIC countries) combined": a list of three or more right
                # behind the figure's "to" is where it went as a whole, not its first item; the list as written, or
                # no partner (rule list_whole, as share_of_flow_to)
                cl.partner_rule = "list_whole"
                name = list_name(last, places, text)
                return (name, None) if name else NONE
            return p.name, p.iso3
    return None


# "21 per cent of that sum was due to trade with South Africa, 10 per cent to trade with Nigeria":
# a share attributed to the trade with the place right after it
_share_to_trade = EnglishCue("share_to_trade", re.I)


def share_to_trade(cl):
    """'21 per cent of that sum was due to trade with South Africa': a share's own trade partner,
    named right after it, beats the places of the earlier items."""
    text, end = cl.d.text, cl.f.clean_end
    if cl.f.kind != "share":
        return None
    for p in candidates(cl):
        if p.start > end + 60:
            break
        if p.start >= end and p.kind in ("country", "bloc") and cue("share_to_trade", _share_to_trade()).fullmatch(text, end, p.start):
            return p.name, p.iso3
    return None


# "Доля Китая во внешнеторговом обороте Монголии ... составляет 61 проц, а доля России -- 16 проц.":
# a share word right before a place makes that place the owner of the share (the Russian rows of the
# cue "share_owner", the text before the place; English has none)
# (a share between: other languages' words in rows share_between of vocab/<lang>/patterns.csv)
_share_between = EnglishCue("share_between", re.I)


def share_owner(cl):
    """'доля Китая ... составляет 61%', 'на долю Китая пришлось 20%': the nearest place before a
    share that a share word opens is the share's counterpart (no other share between them)."""
    text, f = cl.d.text, cl.f
    if f.kind != "share":
        return None
    owner = cue("share_owner", NEVER)
    if owner is NEVER:
        return pronoun_share_owner(cl)   # (a language with no rows of the cue opens no share on a place: no hits)
    s0 = cl.d.c.sentences[cl.si][0]
    hits = [p for p in candidates(cl, parts=True) if s0 <= p.start and p.end <= f.clean_start
            and owner.search(text, max(s0, p.start - 30), p.start)
            and not cue("share_between", _share_between()).search(text, p.end, f.clean_start)]
    if not hits:
        return pronoun_share_owner(cl)
    if hits[-1].kind not in ("country", "bloc"):
        return None
    p = hits[-1]
    return None if same_place(p, cl.rep, cl.rep_iso) else (p.name, p.iso3)


def pronoun_share_owner(cl):
    """'«С США снижение (объема торговли России за 2022 год – ред.) более чем в два раза. Их доля в нашей внешней
    торговле теперь менее 2%»' (news-world24.org citing RIA Novosti): a share owned by a possessive pronoun ('их доля',
    'его доля'; cue pronoun_share, Russian rows only), no place between it and the figure, is the share of the one
    counterpart the sentence before named (rule share_owner, its pronoun case: share_owner asks it when no place opens
    the share)."""
    text, f = cl.d.text, cl.f
    if f.kind != "share" or cl.si == 0:
        return None
    s0 = cl.d.c.sentences[cl.si][0]
    m = cue("pronoun_share", NEVER).search(text, s0, f.clean_start)
    if m is None or cue("share_between", _share_between()).search(text, m.end(), f.clean_start) \
            or any(s0 <= p.start < f.clean_start for p in cl.d.places(cl.si)):
        return None
    before = [p for p in cl.d.places(cl.si - 1) if p.kind in ("country", "bloc") and not same_place(p, cl.rep, cl.rep_iso)]
    if len({p.name for p in before}) != 1:
        return None
    return before[-1].name, before[-1].iso3


# "18.6% ($18.9bn)": the share's own value in brackets right after it
_share_value = EnglishCue("partners_item_share_value", re.I)


def possessive_share(cl):
    """'Russia's trade turnover share amounted to 18.6% ($18.9bn)': the place owning the share named
    before the figure in its clause is the counterpart (the reporter is whose trade it is)."""
    text = cl.d.text
    owners = [p for p in cl.places if p.end <= cl.f.clean_start and p.kind in ("country", "bloc")
              and POSSESSIVE_SHARE.match(text, p.end)
              and not cue("share_between", _share_between()).search(_share_value().sub("", text[p.end:cl.f.clean_start]))]
    if not owners or same_place(owners[-1], cl.rep, cl.rep_iso):
        return None
    return owners[-1].name, owners[-1].iso3


# "Kazakhstan ranked second in terms of trade volume among CIS countries, accounting for 13.8% of
# overall trade turnover": the share's "accounting for" says what the sentence's subject accounts for
# "India ... emerged as the fourth largest buyer of Lankan exports in 2011 absorbing 5.1 % of Sri Lanka's total
# exports to the world" (hirunews.lk): a buyer absorbing or taking in a share of another's exports is the same (rule
# share_subject)
_accounting_for = EnglishCue("partners_item_accounting_for", re.I)
# "Likewise, Uganda is Kenya's leading export destination in Africa, accounting for 28.6 percent": a
# sentence adverb before the opening place
_opening = EnglishCue("share_subject_opening", re.I)


_verb_subject_after = EnglishCue("partners_item_verb_subject_after", re.I)


_while_subject = EnglishCue("partners_item_while_subject", re.I)
_DIGIT_GAP = re.compile(r"\d")


def share_subject(cl):
    """'Kazakhstan ranked second ..., accounting for 13.8% of overall trade turnover': a share
    behind 'accounting for' is that of the country opening the sentence."""
    text, f = cl.d.text, cl.f
    if f.kind != "share" or not _accounting_for().search(text, max(cl.lo, f.clean_start - 40), f.clean_start):
        return None
    # "Russia now takes 3.0 percent of Poland's exports, while the USA accounts for 2.8 percent": a finite verb's
    # own subject right before it, not the sentence's opening place (rule share_verb_subject)
    for p in reversed([p for p in candidates(cl) if p.end <= f.clean_start]):
        if _verb_subject_after().fullmatch(text, p.end, f.clean_start):
            return None if same_place(p, cl.rep, cl.rep_iso) or p.kind not in ("country", "bloc") else (p.name, p.iso3)
    s0 = cl.d.c.sentences[cl.si][0]
    # "The EU accounted for €3.86 billion (52 per cent) of total exports in August, while the United States was the
    # main non-EU destination, accounting for 20 per cent of total exports": the subject of the "while" clause the
    # participle closes, not the sentence's opening place (rule share_while_subject)
    for p in reversed([p for p in candidates(cl) if s0 <= p.start and p.end <= f.clean_start]):
        if _while_subject().search(text, max(s0, p.start - 20), p.start):
            if not _DIGIT_GAP.search(text, p.end, f.clean_start) and p.kind in ("country", "bloc") \
                    and not same_place(p, cl.rep, cl.rep_iso):
                return p.name, p.iso3
            break
    first = next((p for p in candidates(cl) if p.start >= s0), None)
    if first is None or first.kind not in ("country", "bloc") or first.end > f.clean_start \
            or not _opening().fullmatch(text, s0, first.start):
        # "In the European Union, the United Kingdom is the largest country market accounting for 6.5 per cent of Sri
        # Lanka's total exports" (island.lk): the country opening the clause after a lead-in, subject of its copula
        # (rule share_clause_subject)
        own = _clause_subject(cl)
        if own is not None:
            cl.partner_rule = "share_clause_subject"
        return own
    # "China, Australia, and the European Union (EU) account for nearly half": a list's share, not one's
    if any(LIST_SEP.fullmatch(text, first.end, q.start) for q in cl.places if q.start > first.end):
        return None
    return first.name, first.iso3

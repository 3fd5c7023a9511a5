"""Partner rules of the figure's sentence: its trade frame, a bloc's own trade, an anaphor of a bloc, of a
country by its region's demonym or of the page's counterpart, and last the place of the sentence nearest
the figure (place_cost).

Split from facts/partners.py: a place named elsewhere in the sentence, after the figure's own
item (partners_item) and before one carried from earlier sentences (partners_carried).
"""
from __future__ import annotations

import re

from tradeflows.facts.asides import focus_examples, in_dash_aside
from tradeflows.facts.context import isearch, lacks
from tradeflows.facts.frames import frame_for_own_clause
from tradeflows.facts.partners_candidates import (EVENT_NAME_AFTER, FLOW_MEASURES, HEAD_REACH, NONE, LIST_SEP, list_extent, list_name,
                                                  OWN_FIGURE_AFTER, OWN_FIGURE_AFTER_RU, candidates, same_pair, same_place, continents,
                                                  described_in_clause, region_anaphor, region_name_anaphor)
from tradeflows.facts.places import Place, find_places, is_bloc_name
from tradeflows.facts.respectively import RESPECTIVELY
from tradeflows.facts.reporters import DEMONYM_FLOW, EXTRA_BEFORE, IMPORT_WORD, INTRA_BEFORE, FRAME_REACH, region_epithet
from tradeflows.facts.status import contrast_between
from tradeflows.facts.subject import destination_cue
from tradeflows.records import add_via
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

_OWN_FLOW_RULES = ("possessive", "demonym_flow", "flow_after")  # partners_carried.OWN_FLOW_RULES
_partner_prep = EnglishCue("partner_prep", re.I)
_right_prep = EnglishCue("right_prep", re.I)


# "Exports to Kenya from Uganda were 31.5% of the total goods Uganda sold to the EAC": the frame after a
# share's "of the total" names the whole, not the share's counterpart (also "11 percent share of Egypt's total exchange
# trade with African countries": a share word and an owner's possessive before "total", of_whole)
_compared = EnglishCue("partners_sentence_compared", re.I)
# a cause phrase's opening words right before a frame ("за счет уменьшения ", "due to lower "; the measure rules' row)
_cause_before = EnglishCue("cause_before", re.I)
_of_whole = EnglishCue("partners_sentence_of_whole", re.I)


def frame(cl):
    """'Georgia's exports to the EU', 'trade between A and B': the frame's counterpart."""
    f, text = cl.f, cl.d.text
    frames = [fr for fr in cl.frames if fr.partner is not None and not region_anaphor(text, fr.partner)
              and not (f.kind == "share" and fr.start >= f.clean_end and _of_whole().match(text, f.clean_end))
              # "exports of goods to the EU have fallen by £20bn compared with the last period of stable
              # trade with Europe": a frame in the base of a comparison is not the figure's (rule base_frame)
              and not (fr.start >= f.clean_end and _compared().search(text, f.clean_end, fr.start))
              # "record sharpest drop ... at 4.1 per cent amid US-China trade war": a pair naming an event
              and not (fr.kind == "pair" and EVENT_NAME_AFTER.match(text, fr.end))]
    if any(fr.start >= f.clean_end for fr in frames):
        # "Показатель сократился на 13% за счет уменьшения поставок в страны дальнего зарубежья" (bfm74.ru): a frame after
        # the figure inside a cause phrase is the cause's, not the figure's counterpart (rule cause_frame, named on the
        # rule that decides)
        cause = cue("cause_before", _cause_before())
        kept = [fr for fr in frames if fr.start < f.clean_end or not cause.search(text, max(f.clean_end, fr.start - 40), fr.start)]
        if len(kept) < len(frames):
            cl.via = add_via(cl.via, "cause_frame")
            frames = kept
    seen = cl.d.memo.frame_stop
    # "Brazil's exports to China ..., helping South America's largest economy post a US$61 billion trade surplus"
    # (macaonews.org): a region in an epithet is no counterpart (rule region_epithet) but names the subject of another
    # clause, which ends the reach of the frame before it as a place does
    stops = tuple(p.start for p in cl.places if _stops_frame(text, p, seen)) + tuple(
        p.start for p in cl.d.places(cl.si) if p.kind == "bloc" and region_epithet(text, p))
    # "На две трети обвалился экспорт в Беларусь, на 20% снизился импорт из Китая" (eriu): the frame of the figure's
    # own clause after it, not another clause's before it (own: that decided, rule frame_own_clause)
    fr, own = frame_for_own_clause(frames, f.clean_start, f.clean_end, f.clean_start - FRAME_REACH, cl.hi, text=text,
                                   stops=stops)
    if fr is None:
        return None
    p = fr.partner
    if fr.kind == "pair" and same_place(p, cl.rep, cl.rep_iso):
        p = fr.reporter
    if same_place(p, cl.rep, cl.rep_iso):
        return None
    if own:
        cl.partner_rule = "frame_own_clause"
    return p.name, p.iso3


def _stops_frame(text: str, p: Place, seen: dict) -> bool:
    """Whether a place of the window ends the reach of a frame before it for rule frame: not one naming an event
    ("US-China trade war") nor one in a relative clause describing the place before it; read once per place of a
    document (the words around the place only)."""
    key = (p.start, p.end, p.name)
    hit = seen.get(key)
    if hit is None:
        hit = seen[key] = not EVENT_NAME_AFTER.match(text, p.end) and not described_in_clause(text, p)
    return hit


# "Intra-Mercosur trade during 2021 reached US$ 41 billion": trade inside a bloc, the bloc with itself;
# "extra-EU28 exports of goods": the bloc's trade with the rest of the world
_intra_trade = EnglishCue("partners_sentence_intra_trade", re.I)


def _prefixed_bloc(cl, prefix: re.Pattern):
    """The bloc named before the figure in its clause behind `prefix` ("Intra-", "extra-") with a flow word
    right after it, or None."""
    if cl.measure not in FLOW_MEASURES:
        return None
    text = cl.d.text
    for p in cl.places:
        if p.end > cl.f.clean_start:
            break
        if p.kind == "bloc" and prefix.search(text, max(0, p.start - 8), p.start) and _intra_trade().match(text, p.end):
            return p
    return None


def intra_bloc(cl):
    """'Intra-Mercosur trade reached US$ 41 billion': a flow inside a bloc has the bloc as its
    counterpart (the figure's own clause names it, before the figure)."""
    p = _prefixed_bloc(cl, INTRA_BEFORE)
    return (p.name, None) if p is not None else None


# "intra-regional exports increased 3.4%", "29.4% of exports went to the Central American market": a bloc's (or a
# region's) trade inside itself, named by the word or by its own market
# ("Trade in goods and services between the countries of the region amounted to $4.792 billion", panamaadvisory.com:
# the region's members trading among themselves)
# ("EAC intra-trade rose by 5.6 per cent in 2018", "of which intra-EAC share of total exports stood at 22 per cent",
# thecitizen.co.tz; "The value of trade between MERCOSUR members ... notching growth of 4.2%", cepal.org: the bloc
# reporter's trade inside itself, session 49 branch intra_trade_words: read only before the figure in its clause
# ("Total EAC exports decreased by 4.7 per cent ... - of which intra-EAC share" is the total);
# not "excluding intra-trade", which the total leaves out)
_intra_trade_words = EnglishCue("partners_sentence_intra_trade_words")
_intra_regional = EnglishCue("intra_regional", re.I)
_own_market = EnglishCue("partners_sentence_own_market", re.I)


def intra_regional(cl):
    """A bloc reporter's flow inside itself: 'intra-regional exports' or 'to the Central American market' in the
    figure's clause, the reporter's own bloc named as a market (rule intra_regional)."""
    if cl.measure not in FLOW_MEASURES or cl.rep is None or cl.rep_iso is not None:
        return None
    if not is_bloc_name(cl.rep):
        return None
    text = cl.d.text
    # the figure's own clause: from the last contrast before it to the first after it ("..., while the remaining
    # 70.6% went to third markets" is another's)
    lo = max([cl.lo] + [m.end() for m in contrast_between().finditer(text, cl.lo, cl.f.clean_start)])
    after = contrast_between().search(text, cl.f.clean_end, cl.hi)
    hi = after.start() if after else cl.hi
    # (cue intra_regional: "Объемы взаимной торговли внутри союза снизились на 25%" on a page about the EAEU; Russian
    # rows in vocab/ru/patterns.csv)
    if cue("intra_regional", _intra_regional()).search(text, lo, hi):
        return cl.rep, None
    if _intra_trade_words().search(text, lo, cl.f.clean_start):
        return cl.rep, None
    for p in cl.d.places(cl.si, lo, hi):
        if p.name == cl.rep and _own_market().match(text, p.end) and destination_cue().search(text, max(0, p.start - 12), p.start):
            return cl.rep, None
    return None


def bloc_mutual_partner(cl):
    """A bloc's mutual trade ("Объем взаимной торговли в ЕАЭС достиг почти $100 млрд", reporter rule bloc_mutual_trade of
    facts/reporters_bloc_mutual.py) has the bloc as its counterpart (rule bloc_mutual_partner)."""
    return (cl.rep, None) if cl.reporter_rule == "bloc_mutual_trade" and cl.rep else None


def extra_bloc(cl):
    """'extra-EU28 exports of goods ... EUR 160.9 bln': a bloc's trade with the rest of the world, the
    world its counterpart (rule extra_bloc; the bloc is the reporter, rule demonym_flow)."""
    if cl.f.kind == "share" and cue("share_of_extra_after", share_of_extra_after()).match(cl.d.text, cl.f.clean_end):
        return None  # "the third largest partner for EU exports of goods (8.8% of total extra-EU exports)": the whole
    return ("world", None) if _prefixed_bloc(cl, EXTRA_BEFORE) is not None else None


# "China was the largest partner for EU imports of goods (20.5% of total extra-EU imports) and was the third largest
# partner for EU exports of goods (8.8% of total extra-EU exports)": a share of the bloc's whole trade outside it is a
# partner's share of that whole, not the bloc's trade with the world, whatever extra- trade the clause named before
# (rule extra_bloc passes it on)
share_of_extra_after = EnglishCue("share_of_extra_after", re.I)


# "Vietnam's trade with the bloc", "Chinese imports from the continent", "exports to bloc partners":
# a common noun standing for the bloc or continent named last before it
_bloc_anaphor = EnglishCue("bloc_anaphor", re.I)
BLOC_ANAPHOR_WORDS = ("bloc", "continent")   # a word every match holds: lacks(...) skips its search (tests/test_s47_lacks.py)


# "South Africa enjoyed a trade surplus with the rest of SADC ... The region, though, made up slightly more
# than 10% of South Africa's total trade": a sentence opening on "The region" or "The bloc" names the bloc
# named last as the subject of a share (rule bloc_subject)
_bloc_subject = EnglishCue("partners_sentence_bloc_subject", re.M)


def bloc_anaphor(cl):
    """'Vietnam's trade with the bloc reached US$54.9 billion' after a title on ASEAN: the bloc
    (or continent) named last before the anaphor, within a news story's reach."""
    if cl.measure not in FLOW_MEASURES:
        return None
    rx = cue("bloc_anaphor", _bloc_anaphor())
    # (every match of _BLOC_ANAPHOR says "bloc" or "continent")
    m = None if rx is _bloc_anaphor() and lacks(cl.d, BLOC_ANAPHOR_WORDS, cl.lo, cl.hi) else rx.search(cl.d.text, cl.lo, cl.hi)
    if m is None and cl.f.kind == "share":
        s0 = cl.d.c.sentences[cl.si][0]
        m = _bloc_subject().match(cl.d.text, s0)
        if m is not None:
            cl.partner_rule = "bloc_subject"
    if m is None:
        return None
    blocs = [p for p in find_places(cl.d.text, max(0, m.start() - HEAD_REACH), m.start())
             if p.kind == "bloc" and p.name != cl.rep]
    return (blocs[-1].name, None) if blocs else None


# "Spanish exports to the Kingdom", "exports from Mexico to the neighboring nation", "imports from
# the neighbouring country": the flow's counterpart named by a common noun, the one the page is about
_anaphor_dest = EnglishCue("anaphor_dest", re.I)
# "Mexican exports to the Asian country", "imports from the Asian giant": the flow's counterpart named by a
# region's demonym and a noun for one country (partners_candidates.region_anaphor; rule region_anaphor)
_flow_to_the = EnglishCue("flow_to_the", re.I)


# the nouns one of which every match of _ANAPHOR_DEST ends on
ANAPHOR_DEST_WORDS = ("kingdom", "nation", "country", "republic", "emirate", "sultanate", "neighbo")


def _anaphor_dest_in(cl) -> re.Match | None:
    """cue anaphor_dest searched in the figure's window; none where the window lacks every noun of an English match."""
    rx = cue("anaphor_dest", _anaphor_dest())
    if rx is _anaphor_dest() and lacks(cl.d, ANAPHOR_DEST_WORDS, cl.lo, cl.hi):
        return None
    return rx.search(cl.d.text, cl.lo, cl.hi)


def anaphor_dest(cl):
    """'Spanish exports to the Kingdom': the counterpart of the page's title and opening (not the
    one the paragraph carries: "the neighboring nation" after a sentence on Canada is still the US)."""
    head, home = cl.head_partner, cl.home
    if cl.measure not in ("exports", "imports"):
        return None
    if head is None or home[0] is None:
        m = _anaphor_dest_in(cl)
        last = cl.st.partner
        if m is not None and m.group(2) and last is not None and last[1] is not None and not same_pair(last, cl.rep, cl.rep_iso):
            return last   # "its western neighbour" on a page with no pair of its own: the country spoken of last
        return None
    # the page's pair is (home, head): the other side of the figure's reporter, none for a third
    p = head if same_pair(home, cl.rep, cl.rep_iso) else home if same_pair(head, cl.rep, cl.rep_iso) else None
    m = _anaphor_dest_in(cl) if p is not None else None
    if m is None:
        return None
    last = cl.st.partner
    if (m.group(1) or m.group(2)) and last is not None and last[1] is not None and not same_pair(last, cl.rep, cl.rep_iso):
        # "purchases from this country" after a sentence on Iran: a demonstrative points at the country
        # named last (the carried partner, in any paragraph), the page's counterpart only when none is
        return last
    return p


def region_anaphor_dest(cl):
    """'Mexican exports to the Asian country': the flow's counterpart is the country named last before the
    anaphor (other than the reporter), not the region its demonym names."""
    return _region_anaphor_country(cl, False)


def region_name_anaphor_dest(cl):
    """'Imports from China to Kenya reached KSh 441 billion while exports to the East Asia nation reached KSh 15 billion'
    (tuko.co.ke): the country named last before an anaphor made of a region's own name, as region_anaphor_dest
    (rule region_name_anaphor)."""
    return _region_anaphor_country(cl, True)


def _region_anaphor_country(cl, by_name: bool):
    """The country named last before the window's first region anaphor behind a flow's "to the"/"from the" (a
    demonym's, or with by_name a region's own name's), else None."""
    if cl.measure not in FLOW_MEASURES:
        return None
    text = cl.d.text
    for q in cl.places:
        if (region_name_anaphor(text, q) if by_name else q.kind == "demonym" or not region_name_anaphor(text, q)) \
                and region_anaphor(text, q) and cue("flow_to_the", _flow_to_the()).search(text, max(cl.lo, q.start - 90), q.start):
            named = [p for p in find_places(text, max(0, q.start - HEAD_REACH), q.start)
                     if p.kind == "country" and p.iso3 is not None and not same_place(p, cl.rep, cl.rep_iso)]
            # "To the Netherlands, Kenya exported goods worth Ksh 21 billion, pushing Uganda to the third spot ...
            # Kenya exports to the European nation ... have risen from Ksh 19 billion" (businesstoday.co.ke): the
            # country of the demonym's continent named last, not Uganda (rule region_anaphor_continent,
            # vocab/en/continents.csv); a continent no named country is of leaves the country named last
            allowed = _continents_of(q.name)
            fits = [p for p in named if continents().get(p.iso3) in allowed]
            named = fits or named
            return (named[-1].name, named[-1].iso3) if named else None
    return None


def _continents_of(region: str) -> set[str]:
    """The continents a region named by a demonym lies in ("Southeast Asia": Asia; "the Middle East": Asia and
    Africa; "Latin America": the two Americas)."""
    if "Middle East" in region:
        return {"Asia", "Africa"}
    if region in ("South America", "North America"):
        return {region}
    out = {c for c in ("Europe", "Asia", "Africa") if c in region}
    if "America" in region:
        out |= {"North America", "South America"}
    if "Pacific" in region or "Oceania" in region:
        out.add("Oceania")
    return out


# "almost $1 trillion in 2022, with more than a third of the total coming from trade with China":
# a place behind such a break after the figure is the subject of another clause
_later_clause = EnglishCue("later_clause", re.I)


# "Japan is the second biggest foreign investor ... with a total of USD 1.4 billion while Singapore leads the way",
# "China was in sixth place with £37 billion while India was down in 20th": "while" with no comma before it
# opens another clause as well (rule while_clause when it turns the choice)
_while_clause = EnglishCue("while_clause", re.I)


_next_item_gap = EnglishCue("partners_sentence_next_item_gap", re.I)
_item_change_after = EnglishCue("partners_sentence_item_change_after", re.I)


_topped_list = EnglishCue("partners_sentence_topped_list", re.I)
_list_of_before = EnglishCue("partners_sentence_list_of_before", re.I)


# "The Chinese mainland dislodged Japan as the Philippines' third export market destination in May, with the amount
# hitting $761.40 million": the place that took another's rank as a market, partner or source (rule displaced_market)
_displaced_verb = EnglishCue("partners_sentence_displaced_verb", re.I)
_as_market = EnglishCue("partners_sentence_as_market", re.I)


def displaced_market(cl):
    """'The Chinese mainland dislodged Japan as the Philippines' third export market destination in May, with the
    amount hitting $761.40 million or 13.2 percent of the country's total recorded export receipt' (chemnet.com citing
    the Global Times): the figures after a place that overtook (dislodged, replaced) another as the reporter's market,
    partner or source are the first place's, not the displaced one named nearer the figure (rule displaced_market)."""
    if cl.measure not in FLOW_MEASURES:
        return None
    text = cl.d.text
    cands = [p for p in candidates(cl) if p.end <= cl.f.clean_start]
    for a, b in zip(cands, cands[1:]):
        if a.kind in ("country", "bloc") and b.kind in ("country", "bloc") and a.name != cl.rep \
                and _displaced_verb().fullmatch(text, a.end, b.start) and _as_market().match(text, b.end):
            return a.name, a.iso3
    return None


_OWN_SHARE_BRACKET = skip_compile(r"\s*\(\s*\d[\d.,]*\s?%\s*\)")
# "Евросоюз стал крупнейшим торговым партнером РФ с оборотом в 59,9 миллиарда долларов (из них на Нидерланды приходится
# 11,3 миллиарда, на Германию - 11,2)": a bracket right after the figure that opens its breakdown holds its parts' places,
# not its counterpart (rule parts_bracket; cue parts_bracket_open, a row for each language)
_parts_bracket_open = EnglishCue("parts_bracket_open", re.I)


def _parts_bracket(cl) -> tuple[int, int] | None:
    """(start, end) of the breakdown bracket right after the figure, or None."""
    text, end = cl.d.text, cl.f.clean_end
    m = cue("parts_bracket_open", _parts_bracket_open()).match(text, end)
    if m is None:
        return None
    s_end = cl.d.c.sentences[cl.si][1]
    close = text.find(")", m.end(), s_end)
    return m.start(), (close if close != -1 else s_end)


def sentence(cl):
    """The place of the sentence nearest the figure, a preposition making it nearer; none
    behind a clause break after the figure (", with ...", ", while ...", ";", " while ")."""
    text, end = cl.d.text, cl.f.clean_end
    later = cue("later_clause", _later_clause())
    opening = _own_clause_start(cl)
    parts = _parts_bracket(cl)
    cands = [p for p in candidates(cl) if (p.start < end or not isearch(cl.d, later, end, p.start))
             # "Iraq secured the fourth position among the largest importers from Turkey in July, as Turkish exports
             # and imports experienced growth of 8.3% and 10.5%": a figure of the reporter's own flow in a clause opened
             # on the reporter has none of the places of the clause before it (rule earlier_clause)
             and not (opening is not None and p.end <= opening)
             # "followed by the ASEAN, up 9.4 percent to 1.63 trillion yuan, and the United States, down 9.6 percent":
             # a place after the figure that opens the list's next item, its own change after it, is that item's
             # (rule next_item_after)
             and not (p.start >= end and _next_item_gap().fullmatch(text, end, p.start)
                      and _item_change_after().match(text, p.end))]
    n_cands = len(cands)
    # "этот показатель вырос до 53,4%, уступая только взаиморасчетам с Белоруссией (79,8%) и Казахстаном (64,3%)"
    # (russiancouncil.ru): a place after the figure with a share of its own in brackets right after it is another item,
    # not the figure's counterpart (rule own_share_bracket)
    cands = [p for p in cands if not (p.start >= end and _OWN_SHARE_BRACKET.match(text, p.end))]
    if len(cands) < n_cands:
        # (the name reaches fact_rules if this rule decides: Clause.read_via, sieves.run_partner)
        cl.read_via = add_via(cl.read_via, "own_share_bracket")
    n_cands = len(cands)
    # "annual growth of 28 per cent in exports to China ... helped give Brazil a trade surplus of US$61 billion": a
    # place in the subject of "helped", the figure in what it helped, is the cause's, not the figure's counterpart (rule
    # helped_cause; "with the help of African countries, ... exports of ...")
    cands = [p for p in cands if not (p.end <= cl.f.clean_start and _helped_cause(cl, p))]
    if len(cands) < n_cands:
        cl.read_via = add_via(cl.read_via, "helped_cause")
    if parts is not None:
        kept = [p for p in cands if not parts[0] <= p.start < parts[1]]
        if len(kept) < len(cands):
            # (rule parts_bracket: the places of the breakdown set aside, the rule that decides names it)
            cl.via = add_via(cl.via, "parts_bracket")
            cands = kept
    # "Algeria topped the list of African countries importing from Egypt, with Egyptian exports worth $977.2 million"
    # (seenews.com): the place naming the ranking's field after "the list of" is no counterpart when the place that
    # topped (led, heads) the list stands before it: that place is (rule list_field)
    tops = [p for p in cands if p.end <= cl.f.clean_start and _topped_list().match(text, p.end)]
    n_cands = len(cands)
    if tops:
        cands = [p for p in cands if not (p.start > tops[0].end and _list_of_before().fullmatch(text, tops[0].end, p.start))]
    field_dropped = len(cands) < n_cands
    if field_dropped:
        # (named after whichever rule decides here: list_field itself, or while_clause, list_whole, ...)
        cl.read_via = add_via(cl.read_via, "list_field")
    # "Tanzania— which has been ... second top export destination after Uganda — has also been dislodged ... after
    # recording marginal drop of Sh5.25 billion": a place inside a dash-set aside after another place of the sentence
    # describes that one; the place before it is the figure's (rule dash_aside, facts/asides.py)
    s0 = cl.d.c.sentences[cl.si][0]
    heads = [p for p in cands if s0 <= p.start and p.end <= cl.f.clean_start]
    aside = [p for p in heads[1:] if in_dash_aside(text, p.start, p.end, heads[0].end, cl.f.clean_start)]
    # "Экспорт крымских товаров в страны дальнего зарубежья, прежде всего, в Индию и Китай, в минувшем году вырос в 5,8
    # раза" (yalta-tv.ru): places after a focus adverb, another place named before them, are examples of that one's
    # parts; the place before them is the figure's (rule focus_aside, facts/asides.py focus_examples)
    focused = focus_examples(heads, text, cue("list_sep", LIST_SEP)) if len(heads) > 1 else set()
    focus = [p for p in heads[1:] if p.start in focused and p not in aside and heads[0].start not in focused]
    aside += focus
    if aside:
        cands = [p for p in cands if p not in aside]
    if cl.reporter_rule == "demonym_flow":
        # "Latvian exports amounted to €9.438 billion, Lithuanian exports to €20.52 billion": another demonym owning
        # a flow of its own is another item's owner, not this figure's counterpart (rule owners_list)
        cands = [p for p in cands if not (p.kind == "demonym" and DEMONYM_FLOW.match(text, p.end))]
    if not cands:
        return None
    cost = lambda p: place_cost(p, cl.f, cl.d.text)  # noqa: E731
    best = min(cands, key=cost)
    if best.start >= end and _next_item(best, cl.f, text):
        # "Объем импорта товаров при этом упал лишь на 12,8% или $5,45 млрд (из стран ЕС - на 1,9% или до $2,45 млрд)":
        # when the nearest place is one after the figure that opens the next item (its own figure after it), no place
        # of the sentence is the figure's counterpart; the later rules decide (rule only_next_items)
        return None
    bare_while = cue("while_clause", _while_clause())
    turned = best.start >= end and isearch(cl.d, bare_while, end, best.start)
    if turned:
        cands = [p for p in cands if p.start < end or not isearch(cl.d, bare_while, end, p.start)]
        if not cands:
            return None
        best = min(cands, key=cost)
    if best.end <= cl.f.clean_start and _in_list(best, candidates(cl), text):
        # "the regional countries including Afghanistan, China, ..., and the Maldives account for
        # $2,912 million": the figure is the whole list's, not its last item's (rule list_whole)
        cl.partner_rule = "list_whole"
        # ("Four countries — the UAE, Saudi Arabia, India and China — account for a more than half of all Omani
        # origin non-oil exports": the counterpart is the list as written, from its first place to its last)
        name = list_name(best, candidates(cl), text)
        return (name, None) if name else NONE
    pair = _conjoined_pair(best, candidates(cl), text, cl.f) if cl.measure in FLOW_MEASURES else None
    if pair is not None and not cue("respectively", RESPECTIVELY).search(text, cl.lo, cl.hi):
        # "Sales of natural gas to Argentina and Brazil, on the other hand, reached a value of $1.472 billion": two
        # places joined by "and" behind the flow's preposition are one counterpart, written as the text writes them
        # (rule conjoined_pair)
        cl.partner_rule = "conjoined_pair"
        return pair, None
    if best.start >= cl.f.clean_end and _list_after(best, candidates(cl), text):
        # "amounted to US$ 939 million and the main export markets were USA, UK, Italy, German and Belgium": a
        # list after the figure, not behind a preposition of the figure's flow, names where the whole went; no
        # item is its counterpart, the later rules decide (rule list_after; "worth US$89.75 billion to mainland
        # China, Hong Kong and Macao" keeps its first item)
        return None
    if turned:
        cl.partner_rule = "while_clause"
    elif field_dropped:
        cl.partner_rule = "list_field"
    elif focus:
        cl.partner_rule = "focus_aside"
    elif aside:
        cl.partner_rule = "dash_aside"
    return best.name, best.iso3


# "The resurgence of the China market helped to mitigate New Zealand's rising trade deficit, which hit NZ$963
# million": a verb of help between the place and the figure; "with the help of" right before the place
_helped = EnglishCue("helped", re.I)   # not "helped by rising shipments": the cause after it
_with_help_of = EnglishCue("with_help_of", re.I)


def _helped_cause(cl, p: Place) -> bool:
    """A place before the figure in the cause of a verb of help whose object holds the figure."""
    text = cl.d.text
    # (the literal "help" first: most sentences have none, and the regexes then cost nothing)
    return bool((text.find("help", p.end, cl.f.clean_start) >= 0
                 and cue("helped", _helped()).search(text, p.end, cl.f.clean_start))
                or (text.find("help of", max(0, p.start - 24), p.start) >= 0
                    and cue("with_help_of", _with_help_of()).search(text[max(0, p.start - 24):p.start])))


# ", as Turkish exports", ", while Turkey's imports", "; Chinese exports": a clause opened on a flow's owner
_clause_opening = EnglishCue("partners_sentence_clause_opening", re.I)   # not "ranks as Uzbekistan's third leading partner"


def _own_clause_start(cl) -> int | None:
    """Where the figure's clause starts when it opens on the reporter's own flow ("..., as Turkish exports
    ... grew 8.3%"), else None."""
    if cl.reporter_rule not in _OWN_FLOW_RULES:
        return None
    for p in cl.d.places(cl.si, cl.lo, cl.f.clean_start):
        if p.end <= cl.f.clean_start and (p.name == cl.rep or (p.iso3 is not None and p.iso3 == cl.rep_iso)) \
                and _clause_opening().search(cl.d.text, max(cl.lo, p.start - 12), p.start):
            return p.start
    return None


_flow_prep_before = EnglishCue("partners_sentence_flow_prep_before", re.I)


def _list_after(p: Place, places: list[Place], text: str) -> bool:
    """p is an item of a list of two or more places with no figure among them and no English flow preposition before it
    ("USA, UK, Italy and Belgium"; "on top of them China and Turkey", "основные покупатели – Россия и Беларусь": s59, two
    are a list too, when no flow preposition of the page's language opens them; "в Россию и Центральную Азию" is one
    counterpart, rule conjoined_pair, read before this; three or more behind a Russian preposition, "они поставляли
    товары в КНР, США, Турцию и Узбекистан", stay a list)."""
    ext = list_extent(p, places, text)
    if ext is None:
        return False
    ordered, lo, _, hi = ext
    first = ordered[lo]
    lo_text = max(0, first.start - 24)
    if hi - lo >= 2:
        return not _flow_prep_before().search(text, lo_text, first.start)
    # (two places: no flow preposition of the page's own language either, "приходился на Российскую Федерацию, Украину
    # (7,9% и 4,7% соответственно) и Казахстан" keeps its first)
    return hi - lo == 1 and not cue("partners_sentence_flow_prep_before", _flow_prep_before()).search(
        text, lo_text, first.start)


_and_gap = EnglishCue("partners_sentence_and_gap", re.I)
_PAIR_KINDS = ("country", "bloc", "region")


def _conjoined_pair(p: Place, places: list[Place], text: str, f) -> str | None:
    """'to Argentina and Brazil' with p one of its two places: the two as written, when a flow preposition
    ("to", "from", "with", "into") stands right before the first and no third place is listed with them."""
    ordered = sorted(places, key=lambda x: x.start)
    i = next((k for k, x in enumerate(ordered) if x.start == p.start), None)
    if i is None:
        return None
    and_gap = cue("partners_sentence_and_gap", _and_gap())
    if i + 1 < len(ordered) and and_gap.fullmatch(text, p.end, ordered[i + 1].start):
        a, b, k = p, ordered[i + 1], i
    elif i > 0 and and_gap.fullmatch(text, ordered[i - 1].end, p.start):
        a, b, k = ordered[i - 1], p, i - 1
    else:
        return None
    if a.kind not in _PAIR_KINDS or b.kind not in _PAIR_KINDS or a.name == b.name:
        return None
    if (k > 0 and LIST_SEP.fullmatch(text, ordered[k - 1].end, a.start)) or \
            (k + 2 < len(ordered) and LIST_SEP.fullmatch(text, b.end, ordered[k + 2].start)):
        return None   # a list of three or more (rules list_whole, list_after)
    if a.start < f.clean_end and f.clean_start < b.end:
        return None
    if not cue("partners_sentence_flow_prep_before", _flow_prep_before()).search(text, max(0, a.start - 24), a.start):
        return None
    if current_language() != DEFAULT_LANGUAGE:
        # "объем экспорта из страны в Россию и Центральную Азию составлял 2,5 млрд евро" (delta.news): another language's
        # pair, inflected as its sentence wants, is written by the places' own names, as list_name writes a list
        # ("Russia and Central Asia"; vocab/<lang>/patterns.csv rows partners_sentence_and_gap, .._flow_prep_before)
        return f"{a.name} and {b.name}"
    return " ".join(text[a.start:b.end].split())


def _in_list(p: Place, places: list[Place], text: str) -> bool:
    """p closes a list of three or more places ("A, B, C and the D")."""
    ext = list_extent(p, places, text)
    return ext is not None and ext[2] - ext[1] >= 2


# cue "next_item": a place after the figure that opens the next item of a list (none in
# English, so NEVER; in Russian ", с Казахстаном вырос ...", vocab/<lang>/patterns.csv) costs
NEXT_ITEM_COST = 1000.0


# "Algeria came on top of the list with exports of $979.2 million, or 20.7 percent of Egyptian exports to AU
# countries": a place after a share's "N percent of" that stands between it and the figure names that
# share's whole, not the figure's counterpart (rule share_whole_between)
_share_whole_between = EnglishCue("share_whole_between", re.I)


def _next_item(p: Place, f, text: str) -> bool:
    """A place after the figure that opens another item: its own figure right after it, a next-item cue before it,
    or a share's whole between ("20.7 percent of Egyptian exports to AU countries")."""
    return bool(cue("next_item", NEVER).match(text, f.clean_end, p.start) or OWN_FIGURE_AFTER.match(text, p.end)
                or OWN_FIGURE_AFTER_RU.match(text, p.end)
                or cue("share_whole_between", _share_whole_between()).search(text, f.clean_end, p.start))


def place_cost(p: Place, f, text: str) -> float:
    if 0 <= p.start - f.clean_end <= 14 and cue("right_prep", _right_prep()).match(text, f.clean_end, p.start):
        return 0.0  # "33% to the EEU"
    if p.end <= f.clean_start:
        cost = f.clean_start - p.end
    else:
        cost = (p.start - f.clean_end) * 1.5 + 10
        if _next_item(p, f, text):
            cost += NEXT_ITEM_COST
    if cue("partner_prep", _partner_prep()).search(text[max(0, p.start - 12):p.start]):
        cost *= 0.5
    if p.kind == "demonym":
        cost *= 1.3
    return cost


# "Kazakhstan remained Russia's main trading partner ...: trade turnover with it over the year remained at the
# level of $26 billion": "with it" names the country the sentence opened on (rule with_it)
_with_it = EnglishCue("partners_sentence_with_it", re.I)


def with_it(cl):
    """'trade turnover with it ... $26 billion': the first country of the sentence other than the reporter."""
    d, text = cl.d, cl.d.text
    s = cl.lo   # the figure's window of its sentence: a run-on "sentence" stays linear
    m = _with_it().search(text, s, cl.f.clean_start)
    if m is None:
        return None
    for p in d.places(cl.si, s, m.start()):
        if p.kind == "country" and not same_place(p, cl.rep, cl.rep_iso):
            return p.name, p.iso3
    return None


def demonym_origin(cl):
    """'Chinese imports experienced an overall decline of 13.5 percent' on a page about Brazil: a demonym's
    imports not the reporter's own (reporter rule demonym_flow reads them as imports from that country) name
    where the goods come from, the figure's counterpart (rule demonym_origin)."""
    if cl.measure != "imports" or cl.reporter_rule == "demonym_flow":
        return None
    text = cl.d.text
    hits = [p for p in cl.places if p.kind == "demonym" and p.iso3 is not None
            and p.end <= cl.f.clean_start and p.iso3 not in (cl.rep_iso, cl.home[1])
            and (m := DEMONYM_FLOW.match(text, p.end)) is not None and IMPORT_WORD.search(m.group())]
    return (hits[-1].name, hits[-1].iso3) if hits else None


# "Indonesia's exports to China were below those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion": the places
# after "those of" own the same flow, to the same counterpart
_those_of = EnglishCue("partners_sentence_those_of", re.I)


_POSSESSIVE_GAP = skip_compile(r"['’]s?\s+")


def those_of(cl):
    """'Indonesia's exports to China were below those of Vietnam, at US$69.5 billion; Malaysia, US $66.7 billion': a
    figure of a place listed after "those of" (other owners of the flow a frame names before it) has that frame's
    counterpart, not the owner listed nearest (rule those_of)."""
    text, f = cl.d.text, cl.f
    before = [p for p in cl.places if p.end <= f.clean_start]
    heads = [p for p in before if _those_of().search(text, max(cl.lo, p.start - 16), p.start)]
    if not heads:
        return None
    h = heads[-1]
    frames = [fr for fr in cl.frames if fr.kind == "flow" and fr.partner is not None and fr.end <= h.start
              and fr.partner.start < h.start and not same_place(fr.partner, cl.rep, cl.rep_iso)]
    if not frames:
        return None
    fr = frames[-1]
    owned = fr.reporter is not None or any(_POSSESSIVE_GAP.fullmatch(text, p.end, fr.start) for p in before
                                           if fr.start - 6 <= p.end <= fr.start)
    if not owned and h.iso3 is not None and not same_place(h, cl.rep, cl.rep_iso):
        # "the imports from China, the largest exporter to Egypt, declined ..., while those of Germany, Egypt's second
        # largest exporter, decreased by 27 percent": a frame with no owner written says "those" are its flow from
        # (or to) another counterpart, the place after "those of" (rule those_of_counterpart)
        return h.name, h.iso3
    p = frames[-1].partner
    return p.name, p.iso3

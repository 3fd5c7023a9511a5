"""Partner rules beyond the sentence: the partner carried from the last sentences of the
paragraph (or a part, a change, a demonstrative flow or a group of it), the page's pair a bare flow
continues across a paragraph break, a section's goal, and the page's head.

Split from facts/partners.py: the weakest named counterparts, tried after the sentence's own
(partners_sentence) and before the world (facts/world.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.context import PART_OF_PREVIOUS
from tradeflows.facts.partners_candidates import (CARRY_SENTENCES, FLOW_MEASURES, HEAD_REACH, RIVAL_BEFORE, candidates,
                                                  continents, same_pair, same_place)
from tradeflows.facts.places import country, lookup
from tradeflows.facts.reporters import carried_frame, is_member, previous_pair
from tradeflows.facts.reporters_section import own_flow_section
from tradeflows.records import add_via
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, has_file, read_lines
from tradeflows.vocab.patterns import EnglishCue, cue, english_cue
from tradeflows.vocab.skip import skip_compile

BILATERAL = skip_compile(r"\b(?=[tbmo])(?:two[-\s]way|the\s+(?:two\s+)?countries|the\s+two\s+(?:allies|nations|neighbou?rs|economies|states|sides)|both\s+(?:countries|nations)|bilateral|mutual|the\s+parties|"
                         r"both\s+sides|this\s+(?:country|continent|market|state|region)|our\s+(?:two\s+)?countries)\b", re.I)


@lru_cache(maxsize=1)
def _world():
    """facts/world.py, read on first use: it imports this module's package, so not at import time; and not by a
    statement in each rule: a `from ... import` run at each call costs about 8,800 instructions on CPython 3.11 (the look-up of the
    module's __path__ it makes fails with a formatted AttributeError), this cached look-up about 400."""
    from tradeflows.facts import world
    return world


# a sentence that opens on a total flow as its subject ("Total exports, including EU countries, reached")
_total_opening = EnglishCue("total_opening")


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
                 or cue("change_of_previous", _change_of_previous()).match(cl.d.text, opening)
                 # "This marked the first drop since 2016 when Kenya's shipments amounted to US$1.77 million": the
                 # earlier values of the flow the sentence before changed, with its counterpart (rule first_change_since)
                 or cue("first_change_since", _first_change_since()).match(cl.d.text, opening)
                 # "This accounted for 45% of the total", "Это составило почти половину от общей суммы": the share the
                 # figure before makes of a whole, with that figure's counterpart (rule share_of_previous)
                 or (cl.f.kind == "share" and cue("share_of_previous", _share_of_previous()).match(cl.d.text, opening))
                 # "Peruvian exports totaled US$1.229 billion, whereas imports reached US$1.317 billion
                 # during the same period." after a line on the pair's trade: the parts of that trade
                 or cue("same_period", _same_period()).search(cl.d.text, cl.lo, cl.hi)))
    # "... with China witnessed decrease of 11.85 percent in deficit ..." then, a paragraph of its own,
    # "The deficit during the period under review was recorded at $5482.668 million": the definite
    # balance names the one of the sentence before, with its counterpart (rule balance_carried)
    balance = (st.partner is not None and not here and not part and cl.si - st.partner_si == 1
               and cl.measure == "balance" and cue("balance_anaphor", _balance_anaphor()).match(cl.d.text, opening))
    if balance:
        cl.partner_rule = "balance_carried"
        return st.partner
    # "Approximately 34% of Australia's total exports go to China." then, a paragraph of its own, "The largest
    # percentage of these exports includes ... iron ore ($46 billion)": a demonstrative flow ("these exports",
    # "the transaction volume") names the flow of the sentence before, with its counterpart (rule flow_anaphor)
    if (st.partner is not None and not here and not part and cl.si - st.partner_si == 1 and cl.measure in FLOW_MEASURES
            and not candidates(cl) and cue("flow_anaphor", _flow_anaphor()).search(cl.d.text, cl.lo, cl.hi)):
        cl.partner_rule = "flow_anaphor"
        return st.partner
    bilateral = cue("bilateral", BILATERAL).search(cl.d.text, cl.lo, cl.hi)
    if here and bilateral and _bilateral_in_force(cl):
        # a clause with its own "bilateral" cue reads the pair as before the one in force (rules bilateral_carried,
        # bilateral_head), not as carried from the sentence that set it
        here = False
    # "the import volume from those countries reached $2.314bn" after a paragraph on "African Union
    # countries": a plural anaphor names the group carried before (rule group_carried)
    group = (st.partner is not None and st.partner[1] is None and not here and not part
             and cue("group_anaphor", _group_anaphor()).search(cl.d.text, cl.lo, cl.hi))
    if group:
        cl.partner_rule = "group_carried"
        return st.partner
    if here and not part and not bilateral and cue("total_opening", _total_opening()).match(cl.d.text, opening):
        # "In March alone, exports to third countries went up by 20.3% ... Total exports, including EU countries,
        # reached BGN 4.37 billion": a sentence opened on the total flow is the reporter's total, not the
        # counterpart's (rule total_not_carried; world_weak then reads "Total exports")
        return None
    if here and not part and not bilateral and cl.head_partner is None and cl.measure in ("exports", "imports") \
            and _product_opening().match(cl.d.text, opening):
        # "India's export of petroleum products increased more than 60% in last financial year" after a sentence on
        # Russian oil, "Ввоз молока в прошлом году ... сократился в 3,3 раза" after one on the EU's: a sentence opened
        # by one product's flow, on a page whose head names no pair, is that product's trade with the world, not
        # with the place of the sentence before (rule product_not_carried)
        cl.partner_rule = "product_not_carried"
        return "world", None
    if here and not part and not bilateral and cl.si > st.partner_si and _split_flows(cl, st.partner_si):
        # "... нарастили экспорт своей продукции в страны Европейского союза, сократив при этом поставки в Российскую
        # Федерацию. ..., регион по-прежнему является лидером в Украине по объемам экспорта - 12,4 млрд долларов" (a
        # Donetsk page): a sentence whose flows go to two counterparts, one each, carries neither to the next one; the
        # rules after carried decide (rule split_not_carried)
        cl.via = add_via(cl.via, "split_not_carried")
        return None
    if here and not part and not bilateral and cl.si > st.partner_si and cl.measure in _OWN_TOTAL_MEASURES \
            and cl.places and all(same_place(p, cl.rep, cl.rep_iso) for p in cl.places) \
            and _NO_DIGIT.fullmatch(cl.d.text, *cl.d.c.sentences[st.partner_si]) \
            and any(_owner_of_flow(cl, p) for p in cl.places):
        # "Дефицит торговли с ЕС достиг рекордно высокого уровня. Экономисты ... прогнозировали дефицит США достигнет
        # $42,8 млрд с пересмотренных 40,9 млрд в мае" (etfunds.ru): a flow the sentence names again with its owner
        # right by the flow's word, the owner the only place of the clause, after a remark on a pair that gave no
        # figure, is the owner's total, not that pair's (rule owner_named_total; a pair's sentence with figures goes
        # on: "Kazakhstan's exports to China rose 5% to $X. Kazakhstan's exports of oil ..." stay China's)
        cl.partner_rule = "owner_named_total"
        return "world", None
    if st.partner and (here or part or bilateral):
        cl.partner_rule = "carried" if here else "part_carried" if part else "bilateral_carried"
        if part and cl.f.kind == "share" and cue("share_of_previous", _share_of_previous()).match(cl.d.text, opening):
            cl.partner_rule = "share_of_previous"
        elif part and cue("first_change_since", _first_change_since()).match(cl.d.text, opening):
            cl.partner_rule = "first_change_since"
        if here and not bilateral and _bilateral_in_force(cl):
            cl.partner_rule = "bilateral_in_force"
        other = _other_side(cl)
        if other is not None:
            cl.partner_rule = "carried_other_side"
            return other
        countries = _countries_cue(cl) if bilateral else None
        if countries is not None:
            if _bloc_for_two_countries(st.partner, countries) and _names_another_country(cl):
                # "Indonesia is Vietnam's third biggest trade partner in ASEAN ... Two-way trade increased
                # from 8.2 billion USD": the pair's trade is with a country, not the bloc a ranking was in
                # (rule bilateral_not_bloc: the later rules, the page's head, may name it)
                cl.partner_rule = None
                return None
            got = st.partner if _head_side(cl, st.partner) else _country_of_city(st.partner, cl.rep_iso)
            if cl.partner_rule == "bilateral_carried" and _head_pair(cl, got):
                cl.partner_rule = "bilateral_head"
            return got
        return st.partner
    return None


# the gap between a one-way flow's word and its owner right after it, in the genitive ("дефицит США", "экспорт России";
# rule owner_named_total); not a demonym before the word ("with Belarusian exports amounting to $121.8 million" after a
# remark on the trade between Belarus and Hungary is the pair's part)
_OWNER_GAP = re.compile(r"\s{1,3}")
_NO_DIGIT = re.compile(r"\D*")
_OWN_TOTAL_MEASURES = ("exports", "imports", "balance")


def _owner_of_flow(cl, p) -> bool:
    """The place p, before the figure, is the owner written right after a one-way flow's measure cue of the clause
    (rule owner_named_total)."""
    from tradeflows.facts.context import cue_matches, fold
    text, measures = cl.d.text, cl.v["measures"]
    if p.end > cl.f.clean_start:
        return False
    for m in cue_matches(cl.d, cl.v, "measure", max(cl.lo, p.start - 40), p.start):
        if m.end() <= p.start and measures.get(fold(m.group()), ("other",))[0] in _OWN_TOTAL_MEASURES \
                and _OWNER_GAP.fullmatch(text, m.end(), p.start):
            return True
    return False


def _split_flows(cl, si: int) -> bool:
    """Sentence si's flow frames name two different counterparts, neither the reporter, one of them the partner in
    force, and at least one a country outside the other (rule split_not_carried): two blocs may be a whole and its part
    ("Exports to Africa stood at N3.41 trillion ..., out of which, goods exported to ECOWAS countries": ECOWAS goes on),
    and so may a bloc and its member."""
    named = {fr.partner.name: fr.partner for fr in cl.d.frames(si) if fr.kind == "flow" and fr.partner is not None
             and not same_place(fr.partner, cl.rep, cl.rep_iso)}
    if len(named) != 2 or cl.st.partner[0] not in named:
        return False
    a, b = sorted(named.values(), key=lambda p: p.kind != "country")
    if a.kind != "country" or b.kind not in ("country", "bloc"):
        return False
    return b.kind == "country" or not (is_member(b.name, a.iso3, cl.d.pub_year) or continents().get(a.iso3) == b.name)


def _bilateral_in_force(cl) -> bool:
    """"During 2020, bilateral trade in goods and services stood at US$ 7.15 billion. Wherein Indian exports amounted to
    US$ 4.11 billion, and imports stood at US$ 3.04 billion" (teamindiaglobal.com): the counterpart in force was set by
    a sentence that names the pair only as "bilateral trade" (rule bilateral_carried, kept in force for the paragraph's
    next sentences by facts/relate.py as an anaphor's is), so the flows after are the pair's parts, not the owner's
    totals (rule bilateral_in_force, read before owner_own_flow)."""
    st, d = cl.st, cl.d
    if any(same_place(p, *st.partner) for p in d.places(st.partner_si)):
        return False
    s0, s1 = d.c.sentences[st.partner_si]
    return cue("bilateral", BILATERAL).search(d.text, s0, s1) is not None


def _countries_cue(cl):
    """The first bilateral cue of the clause that names countries ("bilateral trade" after "Both sides agreed to
    increase the volume of bilateral trade": a city carried stands for its country, rule country_of_city), or None."""
    rx = cue("bilateral_countries", _countries())
    return next((m for m in cue("bilateral", BILATERAL).finditer(cl.d.text, cl.lo, cl.hi) if rx.search(m.group())), None)


def _head_pair(cl, p: tuple) -> bool:
    """"bilateral trade", "the two countries" carried to the counterpart of the page's title and opening, the figure's
    reporter the head's other side: the page's own pair, no long guess (rule bilateral_head, bilateral_carried's strong
    case)."""
    head = cl.head_partner
    return head is not None and same_pair(p, *head) and cl.rep is not None and not same_pair(head, cl.rep, cl.rep_iso)


# a sentence opened (after an adverbial up to a comma: "In monetary terms, the export of meat industry products
# exceeded 40 million dollars") by a flow noun that owns one product: "export of petroleum products", not "exports of
# goods" (vocab/en/generic_goods.txt) nor "exports of the country"; other languages' flow noun with its goods
# (vocab/<lang>/product_flow.txt: "Ввоз молока") (rule product_not_carried)
_PRODUCT_OPENING_LEAD = r"\W*(?:[^,.;:\n]{0,30},\s*)?"


@lru_cache(maxsize=None)
def _product_opening_for(lang: str) -> re.Pattern:
    generic = "|".join(re.escape(w) for w in read_lines("generic_goods.txt"))
    english = (r"(?:(?:[A-Z][\w'’.-]*|[Tt]he|[Tt]otal)\s+){0,2}(?:[Ee]xports?|[Ii]mports?|[Ss]hipments?|[Ss]ales)\s+of\s+"
               rf"(?!(?:the|its|their|this|these|those|our|all|{generic})\b)[a-z]")
    local = [r for r in read_lines("product_flow.txt", lang)] if lang != DEFAULT_LANGUAGE and has_file("product_flow.txt", lang) else []
    alts = [english] + [f"(?i:{r})" for r in local[:1]]   # (the first row: a flow noun with its goods)
    return skip_compile(_PRODUCT_OPENING_LEAD + "(?:" + "|".join(alts) + ")")


def _product_opening() -> re.Pattern:
    return _product_opening_for(current_language())


# "during the same period" closing a sentence: the period of the sentence before (not a base of
# comparison: "the same period of 2022", "the same period last year")
_same_period = EnglishCue("same_period", re.I)
# ("This was an improvement of 12.9 percent from March's $790.02 million" after "Japan's exports totalled $823.27
# million or a 13.2 percent share of the country's total", manila-shimbun.com: a change of the flow before, to Japan)
_change_of_previous = EnglishCue("change_of_previous")
_first_change_since = EnglishCue("first_change_since")
# (s74 openB74: "Это составило почти половину от общей суммы, полученной республикой от иностранных путешественников"
# after "российские туристы оставили в Казахстане 1,8 млрд тенге", lada.kz: the share the figure before makes of a
# whole, to Russia; rule share_of_previous)
_share_of_previous = EnglishCue("share_of_previous")
_balance_anaphor = EnglishCue("balance_anaphor")
_flow_anaphor = EnglishCue("flow_anaphor", re.I)


# ("imports from these eleven nations totalled $91 billion": a count between)
_group_anaphor = EnglishCue("group_anaphor", re.I)


# "the two countries", "the two allies", "bilateral trade": their counterpart is a country (a city carried stands for
# its country, rule country_of_city); vocab/<lang>/patterns.csv rows bilateral_countries ("двусторонний", "взаимный",
# "между двумя странами") and two_countries ("странами": never a bloc) for other languages' bilateral cues
_countries = EnglishCue("bilateral_countries", re.I)
# "two-way trade", "the two countries": two countries, never a bloc ("bilateral", "mutual" trade may be a bloc's)
_two_countries = EnglishCue("two_countries", re.I)


def _head_side(cl, p: tuple) -> bool:
    """The region carried is a side of the page's own pair (its subject or the head's counterpart: "Падение
    товарооборота между Россией и Хэйлунцзян" ... "Объем двусторонней торговли"), not a city a visit was in: it stays
    (rule country_of_city skipped)."""
    return p[0] == cl.home[0] or (cl.head_partner is not None and p[0] == cl.head_partner[0])   # by name: a city shares its country's code


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


def _currency_of(cl, p) -> bool:
    """Place p is the reporter's, named only in its currency's name (rule pair_continued_chain)."""
    return same_place(p, cl.rep, cl.rep_iso) and _currency_noun_after().match(cl.d.text, p.end) is not None


_currency_noun_after = EnglishCue("pair_currency_after", re.I)


def pair_continued(cl):
    """'Two-way trade turnover between Vietnam and Japan ... hit more than US$20 billion' then, a paragraph
    of its own, 'Vietnamese exports brought in US$11.38 billion': a flow naming no place nor a world cue,
    at most two sentences after one on the page's own pair (the reporter and the head's counterpart) with
    no place named between, continues that pair across the paragraph break. The reporter named between only in
    its currency's name ("The figures converted into the Japanese yen, however, indicate an increase", jiffa.or.jp)
    names no side (rule pair_continued_chain, with the pair a continued paragraph keeps in force: facts/relate.py;
    "объем импорта и экспорта товаров провинции Хэйлунцзян увеличился", the reporter's own total, breaks it)."""
    st, head = cl.st, cl.head_partner
    flow = _pair_flow(cl.measure)
    if head is None or st.partner is None or flow is None or st.partner_para == cl.pi \
            or not 0 < cl.si - st.partner_si <= 2 or not same_pair(st.partner, head[0], head[1]) \
            or same_pair(st.partner, cl.rep, cl.rep_iso):
        return None   # (the head's counterpart as the figure's reporter: rule head swaps the pair)
    s0, s1 = cl.d.c.sentences[st.partner_si]
    if candidates(cl) or _world().world_words(cl.d.text, cl.lo, cl.hi) \
            or any(not _currency_of(cl, p) for k in range(st.partner_si + 1, cl.si) for p in cl.d.places(k)) \
            or not any(same_place(p, cl.rep, cl.rep_iso) for p in cl.d.places(st.partner_si)) \
            or ((cl.reporter_rule in OWN_FLOW_RULES or owner_only_flow(cl))
                and cue("pair_flow_" + cl.measure, flow).search(cl.d.text, s0, s1)):
        # "Turkey's exports to China ... $1.15 billion, while imports from China made up $9.8 billion. \n\n In June
        # of this year, Turkey's exports increased by 15.7 percent": a flow the pair's sentence already gave, named
        # again with its owner, is another whole, the reporter's total ("the trade balance totalled" still continues)
        return None
    if headline_inset(cl.d.text, s0, s1):
        # "Replying to a separate question, he said merchandise exports from special economic zones (SEZs) dipped ...
        # No Infiltration Reported Along India-China Border in Past Six Months, Says MHA Amid Tensions in Ladakh.
        # "However, services exports have shown a growth of 9 per cent ..."" (latestly.com): the headline of another
        # story set into the text names no pair the answer goes on with (rule headline_inset; the rule after that
        # decides names it, records.VIA)
        cl.via = add_via(cl.via, "headline_inset")
        return None
    if _one_way_then_both(cl.d.text, s0, s1, cl.hi):
        cl.partner_rule = "one_way_then_both"
        return "world", None
    if not any(same_place(p, head[0], head[1]) for p in cl.d.places(st.partner_si)):
        cl.via = add_via(cl.via, "pair_continued_chain")   # (the pair kept by a paragraph that continued it: relate.py)
    return st.partner


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
HEADLINE_WORDS = 5   # the fewest long words (four letters or more) that make a sentence in title case a headline


def headline_inset(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is written in title case, every word of four letters or more capitalised, and has five such
    words at least: the headline of another story (a link) set into a page's prose, no sentence of it."""
    long_words = [w for w in _WORD.findall(text, s, e) if len(w) >= 4]
    return len(long_words) >= HEADLINE_WORDS and all(w[0].isupper() for w in long_words)


# "Hungary's imports from China rose by more than a fifth ... \n\n Exports last year increased by 3.9% to €108.9bn ...
# and imports climbed 4.8% to €104.1bn ... . The country's trade surplus for the full year came to €4.85bn"
# (intellinews.com): after a pair's sentence on one way of its trade (imports from, exports to), the sentences that give
# both ways with no place are the reporter's whole trade, not the pair's (rule one_way_then_both)
_two_way_words = EnglishCue("partners_carried_two_way_words", re.I)


def _one_way_then_both(text: str, s0: int, s1: int, hi: int) -> bool:
    ex, im = _pair_flow("exports"), _pair_flow("imports")
    if _two_way_words().search(text, s0, s1) or bool(ex.search(text, s0, s1)) == bool(im.search(text, s0, s1)):
        return False
    return bool(ex.search(text, s1, hi)) and bool(im.search(text, s1, hi))


# the flow words of a measure: a pair's sentence that gave that flow leaves none to continue
_PAIR_FLOW_MEASURES = ("exports", "imports", "balance")


def _pair_flow(measure: str | None) -> re.Pattern | None:
    """The flow words of a measure (row partners_carried_pair_flow_<measure>), None for a measure without any."""
    return english_cue(f"partners_carried_pair_flow_{measure}", re.I) if measure in _PAIR_FLOW_MEASURES else None


# "India's exports to Lanka are now nowhere near $6.7 billion ... . The share in India's total exports declined from
# 2.16 per cent", "As for the trade deficit, ... its share in total negative trade balance made 10.0 percent": a
# bare share of a total is the share the counterpart of the sentences before holds in it (rule share_in_total)
_share_in_total = EnglishCue("share_in_total", re.I)


def share_in_total(cl):
    """'The share in India's total exports declined from 2.16 per cent' right after a sentence on India's exports
    to Sri Lanka: the share's counterpart is the partner carried (the paragraph's, or the sentence before's),
    not the world its total names."""
    st = cl.st
    if cl.f.kind != "share" or st.partner is None or candidates(cl):
        return None
    if not ((st.partner_para == cl.pi and cl.si - st.partner_si <= CARRY_SENTENCES) or cl.si - st.partner_si == 1):
        return None
    m = cue("share_in_total", _share_in_total()).search(cl.d.text, cl.lo, cl.f.clean_start)
    return st.partner if m is not None else None


# a sentence that ranks a place among another's trading partners: "Mexico ranked second among the United States'
# trading partners" (Russian rows: "Нидерланды занимали 3 место среди стран-торговых партнеров РТ", "Россия находится
# на втором месте среди крупнейших торговых партнеров Грузии", "Первое место среди государств, куда ... поставляют
# свою продукцию, занимает Россия")
ranked_among = EnglishCue("ranked_among", re.I)
RANKED_REACH = 30  # how far before a place its rival's cue may stand ("обошла США и Германию")


def ranked_before(cl):
    """"По итогам 2003 года Нидерланды занимали 3 место среди стран-торговых партнеров РТ. По сравнению с уровнем
    2002 года внешнеторговый оборот увеличился в 4,36 раза" (tatcenter.ru): a sentence naming no place after, in
    its paragraph, a sentence that ranks a place among the reporter's partners is that place's trade with the
    reporter, not the reporter's total its "внешнеторговый оборот" would name (rule world_cue); a share naming
    only the reporter's whole ("ее доля в объеме внешней торговли Грузии составила 12,4%") is the ranked place's
    share of it. The ranked place: the first the ranking sentence names that is neither the reporter's country nor a
    rival passed ("Украина обошла США и Германию и вышла на 1 место среди стран"); none when that is the figure's
    reporter itself."""
    d, si = cl.d, cl.si
    if si < 1 or d.para_index(d.c.sentences[si - 1][0]) != cl.pi:
        return None
    if cl.measure not in FLOW_MEASURES and cl.f.kind != "share":
        return None
    if (d.places(si) if cl.f.kind != "share" else candidates(cl)):
        return None
    s0, s1 = d.c.sentences[si - 1]
    if cue("ranked_among", ranked_among()).search(d.text, s0, s1) is None:
        return None
    rival, rival_end = cue("rival_before", RIVAL_BEFORE), -1
    for p in d.places(si - 1):
        if p.name == cl.rep:
            return None  # "Украина ... вышла на 1 место" and a figure given to Ukraine: the ranked place reports it
        if rival.search(d.text, max(s0, p.start - RANKED_REACH), p.start) \
                or (rival_end >= 0 and _rival_list_gap().fullmatch(d.text, rival_end, p.start)):
            rival_end = p.end  # "обошла США и Германию": the rivals passed
            continue
        if (p.iso3 is not None and p.iso3 == cl.rep_iso) or p.kind not in ("country", "bloc"):
            continue
        return p.name, p.iso3
    return None


_rival_list_gap = EnglishCue("partners_carried_rival_list_gap", re.I)


def pair_part(cl):
    """"При этом экспорт вырос в 2,1 раза" after "оборот ЕАЭС с Ираном ... составил": the partner of the two
    sides of the sentence before (facts/reporters.py previous_pair), not the place named last."""
    found = previous_pair(cl)
    if found is None or (found[0].name != cl.rep and (found[0].iso3 is None or found[0].iso3 != cl.rep_iso)):
        return None
    return found[1].name, found[1].iso3


# the figure's own clause names its flow's owner by a possessive or an owner frame ("The gap between the US' exports
# and imports rose 8.4 percent to $55.5 billion", "в Узбекистан было импортировано ... на общую сумму"): the owner's
# own flow, no other side guessed from a carried mention of that owner (rule own_total then gives the world)
_OWNER_NAMED = ("possessive", "frame")


def _other_side(cl):
    """'Mexico and the U.S. shipped goods worth $587.5 billion to each other ... . Mexican exports accounted
    for almost $341.7 billion': the place carried is the figure's own reporter, and the sentence that set it
    also named the page's subject: the counterpart is that subject, the pair's other side, not the
    reporter's total (rule carried_other_side)."""
    st, home = cl.st, cl.home
    if not same_pair(st.partner, cl.rep, cl.rep_iso) or home[0] is None or same_pair(home, cl.rep, cl.rep_iso) \
            or cl.reporter_rule in _OWNER_NAMED or _world().world_words(cl.d.text, cl.lo, cl.hi):
        return None   # "It imported 434 million dollars ..., with Ghana controlling 16.4 percent of its total imports"
    named = cl.d.places(st.partner_si)
    return home if any(p.name == home[0] or (home[1] is not None and p.iso3 == home[1]) for p in named) else None


def _names_another_country(cl) -> bool:
    """The sentence that set the carried bloc also names a country other than the reporter, one "the two
    countries" may mean; when it names none ("ASEAN remained China's largest trading partner. The value of
    goods traded between the two countries rose 7.1 percent"), the writer's "two countries" are the pair
    of the reporter and the bloc (rule bilateral_bloc_pair keeps the bloc)."""
    named = [p for p in cl.d.places(cl.st.partner_si) if p.kind == "country" and not same_place(p, cl.rep, cl.rep_iso)]
    if not named:
        cl.partner_rule = "bilateral_bloc_pair"
    return bool(named)


def _bloc_for_two_countries(p: tuple, bilateral) -> bool:
    """'the two countries', 'two-way trade' cannot stand for the bloc p carried."""
    if p[1] is not None or bilateral is None or not cue("two_countries", _two_countries()).search(bilateral.group()):
        return False
    place = lookup(p[0])
    return place is not None and place.kind == "bloc"


# "However", "Meanwhile", "In turn": a sentence set against the one before
def mirror_flow(cl):
    """'China's exports to India climbed to $89.66 billion ... . However, India's exports in the past nine
    months stood at $13.97 billion': the reporter's own export or import, in a sentence naming no other place
    nor a world cue, right after a flow frame whose partner is that reporter, is the flow back to that
    frame's reporter (rule mirror_flow), not the reporter's total."""
    if cl.measure not in ("exports", "imports") or cl.reporter_rule not in OWN_FLOW_RULES \
            or candidates(cl) or _world().world_words(cl.d.text, cl.lo, cl.hi):
        return None
    # the frame of the sentence before, or one earlier in the figure's own sentence ("China's exports to Africa
    # were $23 billion, up 40 percent year-on-year, while African exports surged to $30.14 billion")
    own = [fr for fr in cl.d.frames(cl.si) if fr.end <= cl.f.clean_start]
    both = [fr for fr in (own or (cl.d.frames(cl.si - 1) if cl.si > 0 else []))
            if fr.kind == "flow" and fr.reporter is not None and fr.partner is not None]
    if not both:
        return None
    rep, par = both[-1].reporter, both[-1].partner
    if same_place(par, cl.rep, cl.rep_iso) and not same_place(rep, cl.rep, cl.rep_iso):
        return rep.name, rep.iso3
    return None


_contrast_opening = EnglishCue("partners_carried_contrast_opening", re.I)
REVERSE_REACH = 2   # how many sentences back the flow frame a contrast turns around may stand


def reverse_flow(cl):
    """'Uganda's exports to Kenya have increased ... from ... to ... . This represents a growth of 297.56%. On the other
    hand, Uganda's imports increased from US Dollars 422.76Million ...' (businessfocus.co.ug): the reporter's own export
    or import, in a sentence opened by a contrast ("On the other hand", "Conversely") that names no other place nor a
    world cue, after a flow frame of that same reporter with a counterpart up to two sentences before, is the flow with
    that counterpart the other way (rule reverse_flow), not the reporter's total; mirror_flow reads the counterpart's
    own flow back."""
    if cl.measure not in ("exports", "imports") or cl.reporter_rule not in OWN_FLOW_RULES \
            or not cue("contrast_opening", _contrast_opening()).match(cl.d.text, cl.d.c.sentences[cl.si][0]) \
            or candidates(cl) or _world().world_words(cl.d.text, cl.lo, cl.hi):
        return None
    for k in range(cl.si - 1, max(-1, cl.si - 1 - REVERSE_REACH), -1):
        flows = [fr for fr in cl.d.frames(k)
                 if fr.kind == "flow" and fr.reporter is not None and fr.partner is not None]
        if flows:
            rep, par = flows[-1].reporter, flows[-1].partner
            if same_place(rep, cl.rep, cl.rep_iso) and not same_place(par, cl.rep, cl.rep_iso):
                return par.name, par.iso3
            return None
    return None


# the measures no_counterpart leaves with no carried counterpart whose figure still has one, a side of a relation (an
# investor's, a supplier's: GUIDELINES' partner of an investment or a cost); output and GDP have none
PREVIOUS_COUNTERPART_MEASURES = ("investment", "other")


def previous_counterpart(cl):
    """'... южнокорейская компания ... . В 2013 г. ее инвестиции составили $19,2 млн', 'A Chinese company supplied the
    line. The cost of the equipment was 893 thousand rubles': an investment or a cost whose sentence names no place,
    right after a sentence of the same paragraph that named a counterpart (not the figure's reporter), is that
    counterpart's (rule previous_counterpart; no_counterpart, which carries none, decides every other)."""
    st = cl.st
    if cl.measure not in PREVIOUS_COUNTERPART_MEASURES or st.partner is None or st.partner_para != cl.pi \
            or cl.si - st.partner_si != 1 or cl.d.places(cl.si) or same_pair(st.partner, cl.rep, cl.rep_iso):
        return None
    return st.partner if _world().no_counterpart(cl) is not None else None


def frame_carried(cl):
    """The partner of the flow frame the figure's place-less sentence continues (reporters.carried_frame),
    when the figure's reporter is that frame's."""
    found = carried_frame(cl)
    if found is None or not (found[0].name == cl.rep or (found[0].iso3 is not None and found[0].iso3 == cl.rep_iso)):
        return None
    return found[1].name, found[1].iso3


def section_goal(cl):
    """A turnover goal of the relation the section is about; not a goal whose clause names the reporter and no
    other place ("Sri Lanka targets a 20 billion dollar export market in 2020" after a paragraph on its exports to
    the US): the reporter's own goal, passed on to the rules after it. A one-way flow or balance forecast that
    names no counterpart ("Exports are expected to grow by 9.8 percent from last year to $513 billion" after a
    paragraph ranking Korea above Italy and Belgium, chosun.com; "Growth in exports of goods and services in 2022
    is projected at 6.5%" on a Ukraine-EU page) is the reporter's total: it is passed on too."""
    if cl.status == "actual" or not cl.st.partner or cl.measure != "turnover":
        return None
    places = cl.places
    if places and all(same_place(p, cl.rep, cl.rep_iso) for p in places):
        return None  # (the rules after it decide: default_world for a flow naming nothing else)
    return cl.st.partner


def head(cl):
    """A turnover with no counterpart on a page whose title and opening name one: the page's
    relation ("the trade turnover reached $7.4 billion"). An export or import figure with no
    counterpart is more often the reporter's total, so it is left to default_world."""
    p = cl.head_partner
    flows = ("turnover",) if cl.head_totals else FLOW_MEASURES
    if p is None and cl.d.head_transfers and cl.measure in FLOW_MEASURES and cl.f.clean_start <= HEAD_REACH:
        # (the head's one counterpart named only beside remittances, carry.page_head_partner: no pair; the rules
        # after head decide and name it, rule head_transfers_only)
        cl.via = add_via(cl.via, "head_transfers_only")
    if p is None and cl.d.head_part_title and cl.measure in FLOW_MEASURES:
        # (a title naming its counterpart as the main supplier gave no head partner, carry.page_head_partner: the rules
        # after head decide, rule head_part_title named on their decision)
        cl.via = add_via(cl.via, "head_part_title")
        return None
    if p is not None and same_pair(p, cl.rep, cl.rep_iso):
        # "That left Mexico with a monthly trade surplus" on a page whose head pairs the US with Mexico:
        # the figure's reporter is the head's counterpart, so its own counterpart is the page's subject
        home = cl.home
        p = None if home[0] is None or same_pair(home, cl.rep, cl.rep_iso) else home
    if p is None or cl.f.clean_start > HEAD_REACH or cl.measure not in flows or p[0] == cl.rep or (p[1] and p[1] == cl.rep_iso):
        return None
    if cl.measure == "turnover" and cl.d.head_one_way:
        # "Japan's automotive trade grew 13% in 2013 on the strength of surging exports to the U.S." under the title
        # "Exports to U.S. Drive Japanese Auto Industry Growth" (wardsauto.com, data/web56 cx13): a title's flow that
        # drives the subject's growth names the counterpart of that flow, not of the subject's whole trade; a turnover
        # naming none is its total (rule head_flow_driver, carry.page_head_partner; the rules after head decide)
        cl.via = add_via(cl.via, "head_flow_driver")
        return None
    if cl.measure != "turnover":
        if cl.reporter_rule in OWN_FLOW_RULES or owner_only_flow(cl):
            return None  # "Moldova's export rose ... $2.4 billion": the reporter's total (default_world)
        if cl.reporter_rule == "frame" and getattr(cl, "frame", None) in OWN_FLOW_FRAMES and cl.measure != "balance":
            # "В номинальном выражении в этом году экспорт Литвы сократился на 12,2 млн евро" on a page headed "Экспорт
            # Литвы в Россию и СНГ рухнул на 41%": a flow with its owner in the genitive, the frame that reads what
            # English writes as a possessive ("Lithuania's exports"), is the owner's total as the possessive is (rule
            # possessive_frame_total; the rules after head decide; a balance keeps the head's pair: "Положительное сальдо
            # России ... $10,61 млрд" on a page of Russia's trade with China is with China, data/ruweb33 ca04)
            cl.via = add_via(cl.via, "possessive_frame_total")   # (the rule after head that decides names it)
            return None
        if cl.reporter_rule == "frame" and getattr(cl, "frame", None) in IMPORT_INTO_FRAMES:
            # "По итогам 2022 года объем литовского экспорта увеличился на 28,1%, импорт в Литву вырос на 39%" on a
            # page headed by Lithuania's exports to Russia (rubaltic.ru): an import into the owner with no origin
            # named is the owner's total, not the head's counterpart's (rule import_into_total; an export out of a
            # country, "поставки продукции из Украины" on a page on Ukraine's exports to China, keeps the head's)
            return None
        if not candidates(cl) and any(fr.kind == "flow" and fr.partner is None and fr.reporter is not None
                                       and fr.name in _OWNER_OUT_FRAMES and same_place(fr.reporter, cl.rep, cl.rep_iso)
                                       for fr in cl.d.frames(cl.si)):
            # "the value of iron ore exports from Western Australia increased by 30 per cent, from $55,665 million to
            # $72,469 million" (australianmining.com.au, data/web25 tuned page an03) on a page titled on its exports to
            # China: a flow out of the reporter in a sentence that names no other place is its total, not the head's
            # pair ("export from Bangladesh used to be at Rs 13 million, while Nepal used to export ..." keeps it; rule
            # owner_out_no_head)
            return None
        if own_flow_section(cl):
            # "Kenyan exports register growth" (a subheading) ... "exports from the two sectors increased by 18.9%" on a
            # page titled on Kenya's trade with China (tuko.co.ke): a section on the reporter's own flow is its total,
            # not the title's pair (rule own_flow_section; the rules after head decide and name it)
            cl.via = add_via(cl.via, "own_flow_section")
            return None
        cl.partner_rule = "head_flow"  # an export, import or balance is often the total: weak
    elif cl.d.head_first_line:
        cl.partner_rule = "head_first_line"  # the page gave no title: its first line was read as one
    return p


# frames of a flow out of or into its owner alone ("exports from Western Australia", "экспорт из Курганской области"):
# the English rows of vocab/en/frames.csv and their Russian neighbours of vocab/ru/frames.csv (exports_out_of
# "Экспорт мандаринов из Грузии обвалился на 54%", data/ruweb52 dm04; exported_out_of "из Беларуси было экспортировано")
_OWNER_OUT_FRAMES = ("exports_from", "exported_from", "exports_out_of", "exported_out_of")


# reporter rules that name the figure's own flow in its clause ("Moldova's export", "Russian exports", "In Germany exports")
OWN_FLOW_RULES = ("possessive", "demonym_flow", "flow_after", "locus_flow")
# frames that name a flow's owner as English names it by a possessive, no counterpart ("экспорт Литвы": frames.csv rows,
# any language may add its own; rule possessive_frame_total)
OWN_FLOW_FRAMES = ("possessive_flow",)


# frames whose owner is the subject of a flow verb and which name no destination ("Vietnam posted US$71.11 billion
# exports", "Sri Lanka has exported 8.36 billion dollar goods"; frames.csv rows, any language may add its own)
OWNER_VERB_FRAMES = ("subject_flowed", "owner_posted_flow")


def owner_only_flow(cl) -> bool:
    """The reporter read from a frame whose owner is the subject of a flow verb with no destination: the
    owner's own flow, as a possessive one is; no pair or head counterpart is carried into it (rule
    owner_only_frame)."""
    return cl.reporter_rule == "frame" and getattr(cl, "frame", None) in OWNER_VERB_FRAMES


# "Экспорт товаров из Курганской области увеличился почти вдвое по сравнению с показателями прошлого года" (essent.press):
# an export out of the owner with no destination names the owner's total too (rule owner_out_sentence)
OWNER_SENTENCE_FRAMES = OWNER_VERB_FRAMES + ("exports_out_of",)
# "импорт в Литву вырос на 39%": an import into the owner with no origin named (head's rule import_into_total)
IMPORT_INTO_FRAMES = ("imports_into",)


def owner_only_sentence(d, si: int, rep_iso) -> bool:
    """Sentence si names the reporter's own flow by a frame of its owner alone ("Vietnam posted US$71.11
    billion exports in the year's first half"): a sentence on the reporter's totals."""
    return rep_iso is not None and any(fr.kind == "flow" and fr.partner is None and fr.reporter is not None
                                       and fr.reporter.iso3 == rep_iso and fr.name in OWNER_SENTENCE_FRAMES
                                       for fr in d.frames(si))

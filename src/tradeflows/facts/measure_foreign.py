"""The other side of a flow cue: another country's sellers or a place ranked among the sellers to the reporter
(rules foreign_seller, seller_ranked: the reporter's import), another country as the subject of a selling verb (rule
seller_subject: the reporter's import; of a buying verb, rule buyer_subject: its export), another country named as the reporter's market buying (rule foreign_buyer: the
reporter's export), supplies into the reporter itself (rule supplied_into_reporter: its import). facts/relate.py asks once the figure's measure and reporter are known."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tradeflows.facts.context import Doc
from tradeflows.vocab import alternation, holds, pattern_needs, words_by_role
from tradeflows.facts.reporters import OPENING_OWNER_CHARS
from tradeflows.vocab.patterns import NEVER, ROLE_RANK_AFTER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

class _Patterns(NamedTuple):
    sellers_before: re.Pattern
    selling: re.Pattern
    seller_rank_before: re.Pattern
    buying: re.Pattern
    buyer_role_after: re.Pattern
    spending_on: re.Pattern
    not_subject_before: re.Pattern
    not_subject_gap: re.Pattern
    source_before: re.Pattern


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The English patterns of foreign_seller, seller_ranked, foreign_buyer and seller_subject, built on first use from
    their words by role (vocab/en/foreign_traders.csv)."""
    words = {role: alternation(ws) for role, ws in words_by_role("foreign_traders.csv").items()}
    return _Patterns(
        # "Russian enterprises increased sales of", "Chinese suppliers shipped": the other side sells
        sellers_before=skip_compile(rf"\s+(?:\w+\s+)?(?:{words['seller_noun']})\s+(?:\w+\s+){{0,2}}$", re.I),
        selling=skip_compile(rf"(?:{words['selling']})", re.I),
        # "среди импортеров в Турцию", "среди государств, продающих трубопроводный газ Китаю", "led the countries
        # exporting to Egypt", "the largest supplier of crude oil to India": a ranking of the sellers to the place right
        # after it (the Russian rows: seller_rank_before of vocab/ru/patterns.csv)
        seller_rank_before=skip_compile(
            rf"\b(?:(?:{words['rank_lead']})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{words['rank_group']})|(?:{words['rank_adjective']})[\w-]*\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{words['rank_seller']})s?)\s+(?:(?:that\s+|which\s+)?(?:{words['rank_verb']})\s+)?"
            r"(?:(?:of\s+)?[\w-]+\s+){0,3}?(?:to|into)\s+(?:the\s+)?$", re.I),
        buying=skip_compile(rf"(?:{words['buying']})\b", re.I),
        # "The U.S. remained the biggest market for Cambodia, importing $4.23 billion", "Ivory Coast was the largest
        # recipient of Nigerian goods, importing N662.71 billion": a place named as the reporter's market, then its buying
        buyer_role_after=skip_compile(ROLE_RANK_AFTER + rf"(?:export\s+)?(?:{words['buyer_role']})s?\b", re.I),
        # "The US remained the biggest export market of Vietnam, spending 37.6 billion USD on imports from the Southeast
        # Asian country" (haiphongnews.gov.vn): the market's spending on imports is its buying (rule foreign_buyer)
        spending_on=skip_compile(rf"\b(?:{words['spending']})\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,40}}?\bon\s+(?:its\s+|their\s+)?$",
                                 re.I),
        # "from Russia", "and Russia": a word that makes the place before a flow cue no subject of it
        not_subject_before=skip_compile(rf"\b(?:{words['not_subject_before']})\s+(?:the\s+)?$", re.I),
        # "Morocco ranked third with exports", "Germany was the leading export destination": no subject of the verb
        not_subject_gap=skip_compile(rf"\b(?:{words['not_subject_before']}|{words['not_subject_gap']}|"
                                     rf"{words['buying']}|{words['selling']})", re.I),
        # "Exports to the United States from Canada": the reporter as the source
        source_before=skip_compile(rf"\b(?:{words['source_before']})\s+(?:the\s+)?$", re.I))


def foreign_seller(d: Doc, si: int, cue_span: tuple[int, int], rep_iso: str) -> str | None:
    """The export cue's subject is another country's sellers ('Russian enterprises increased
    sales'): what they sell the reporter imports (rule foreign_seller); or a place the sentence ranks among the
    sellers to the reporter (rule seller_ranked)."""
    pats = _patterns()
    if not cue("selling", pats.selling).match(d.text, cue_span[0]):
        return None  # "Chinese companies purchased": the buyers, the reporter's exports
    if any(p.kind in ("demonym", "country") and p.iso3 and p.iso3 != rep_iso and p.end <= cue_span[0]
           and pats.sellers_before.fullmatch(d.text, p.end, cue_span[0])
           for p in d.places(si, cue_span[0] - 80, cue_span[0])):
        return "foreign_seller"
    # "Заметим, Россия также оказалась на первом месте среди импортеров в Турцию, поставив товаров на $6,297 млрд"
    # (smi.today): the supplying of a place ranked among the sellers to the reporter is the reporter's import; so is
    # the selling of a place the sentence before ranked so, named again before the verb ("As noted, Russia ranks first
    # among importers to Turkey now. Last month, the Russian Federation delivered goods worth almost $6.3 billion")
    if seller_ranked(d, si, rep_iso, cue_span[0]):
        return "seller_ranked"
    if si == 0:
        return None
    ranked = {p.iso3 for p in d.places(si - 1)} - {rep_iso, None}
    named = any(p.iso3 in ranked for p in d.places(si, d.c.sentences[si][0], cue_span[0]))
    return "seller_ranked" if named and seller_ranked(d, si - 1, rep_iso) else None


SELLER_RANK_REACH = 120  # characters before a place its sellers' ranking may start (a bounded read per place)


def seller_ranked(d: Doc, si: int, rep_iso: str, hi: int | None = None) -> bool:
    """Sentence si, up to hi, ranks a place among the sellers, suppliers or exporters to the reporter ("Россия
    также оказалась на первом месте среди импортеров в Турцию", "Туркменистан по-прежнему остаётся на первом месте
    среди государств, продающих трубопроводный газ Китаю")."""
    lo, end = d.c.sentences[si]
    rank = cue("seller_rank_before", _patterns().seller_rank_before)
    return any(p.iso3 == rep_iso and rank.search(d.text, max(lo, p.start - SELLER_RANK_REACH), p.start)
               for p in d.places(si, lo, end if hi is None else hi))


# "followed by Vietnam which imported $1.42 billion of Cambodian products": a place as the subject of the buying verb
_BUYER_WHICH = skip_compile(r"\s*,?\s+(?:which|that|who)\s+(?:also\s+)?$", re.I)


# the words between a country and the verb it is the subject of: up to three plain words ("Россия поставила", "Россия за
# этот период импортировала"), none of them a preposition, an article or a copula (rows not_subject_gap)
_SUBJECT_GAP = skip_compile(r"\s+(?:[^\W\d_][\w-]*\s+){0,4}")
SUBJECT_REACH = 50  # characters before the cue its subject country is looked for in (a bounded read per figure)
# a clause break between the verb and the figure: the figure is another item's ("Латвия экспортировала товары на сумму
# 4,404 млрд евро, Литва - на 10,35 млрд евро")
_CLAUSE_BREAK = skip_compile(r"[,;:\u2013\u2014]|\s-\s")


SUPPLY_VERB_REACH = 30   # characters before a supplies noun its verb of providing is looked for in


def seller_subject(d: Doc, si: int, cue_span: tuple[int, int], fig_start: int, rep_iso: str) -> str | None:
    """A selling verb whose subject is a country other than the reporter, the figure in the verb's clause: what it sells
    is the reporter's imports ("Last month, the Russian Federation delivered goods worth almost $6.3 billion" after
    "exports from Turkey to Russia increased", vestikavkaza.ru; "С января по февраль Россия поставила Турции товаров и
    услуг на 9,26 миллиарда долларов" on a page of Turkey's trade; rule seller_subject). The supplies noun after a verb
    of providing is such a verb too ("Швейцария за это же время обеспечила поставки на 7,86 миллиарда долларов", cue
    supply_verb_before; rule seller_subject), and an item its sentence lists after the figure with the verb left out
    is another seller's ("..., Китай — на 6,66 миллиарда, а Германия и США — на 3,88 и 2,29 миллиарда долларов
    соответственно", cue elided_seller_item; rule seller_elided)."""
    text = d.text
    if cue_span[1] > fig_start:
        return None
    if not cue("selling", _patterns().selling).match(text, cue_span[0]):
        if not cue("supplies_word", NEVER).match(text, cue_span[0]):
            return None
        verb = cue("supply_verb_before", NEVER).search(text, max(0, cue_span[0] - SUPPLY_VERB_REACH), cue_span[0])
        if verb is None:
            return None
        cue_span = (verb.start(), cue_span[1])
    rule = "seller_subject"
    if _CLAUSE_BREAK.search(text, cue_span[1], fig_start):
        if not _elided_seller(d, si, cue_span[1], fig_start, rep_iso):
            return None
        rule = "seller_elided"
    return rule if _other_subject(d, si, cue_span, fig_start, rep_iso) else None


def _elided_seller(d: Doc, si: int, lo: int, fig_start: int, rep_iso: str) -> bool:
    """The figure is an item the sentence lists after the selling verb's clause, its verb left out ("Китай — на 6,66
    миллиарда"): the stretch after the last comma before the figure is a place other than the reporter, a dash and
    "на" (cue elided_seller_item), and a country is named there."""
    text = d.text
    # (the last comma or semicolon before a space: "3,88" writes a decimal comma)
    brk = max(text.rfind(", ", lo, fig_start), text.rfind("; ", lo, fig_start))
    if brk < 0 or not cue("elided_seller_item", NEVER).fullmatch(text, brk + 1, fig_start):
        return False
    places = [p for p in d.places(si, brk + 1, fig_start) if p.iso3]
    return bool(places) and all(p.kind == "country" and p.iso3 != rep_iso for p in places)


def buyer_subject(d: Doc, si: int, cue_span: tuple[int, int], fig_start: int, rep_iso: str) -> bool:
    """A buying verb whose subject is a country other than the reporter, the figure in the verb's clause: what it buys
    is the reporter's exports ("Россия за этот период импортировала продукции и услуг на 2,55 миллиарда долларов" after
    "Главным покупателем турецких товаров и услуг за январь-февраль стала Германия" on a page of Turkey's trade; rule
    buyer_subject, seller_subject's mirror)."""
    return bool(cue("buying", _patterns().buying).match(d.text, cue_span[0])) and cue_span[1] <= fig_start \
        and not _CLAUSE_BREAK.search(d.text, cue_span[1], fig_start) \
        and _other_subject(d, si, cue_span, fig_start, rep_iso)


def _other_subject(d: Doc, si: int, cue_span: tuple[int, int], fig_start: int, rep_iso: str) -> bool:
    """The verb's subject is a country other than the reporter: the last place before the verb in its sentence, a
    country, a few plain words before it, not after a preposition or "and"; the reporter named nowhere before the verb,
    nor as a source ("from Canada") between the verb and the figure."""
    pats = _patterns()
    s = d.c.sentences[si][0]
    before = [p for p in d.places(si, s, cue_span[0]) if p.iso3]
    if not before or any(p.iso3 == rep_iso for p in before):
        return False
    p = before[-1]
    if p.kind != "country" or cue_span[0] - p.end > SUBJECT_REACH \
            or not _SUBJECT_GAP.fullmatch(d.text, p.end, cue_span[0]) \
            or cue("not_subject_gap", pats.not_subject_gap).search(d.text, p.end, cue_span[0]) \
            or cue("not_subject_before", pats.not_subject_before).search(d.text, max(s, p.start - 20), p.start):
        return False
    source = cue("source_before", pats.source_before)
    return not any(q.iso3 == rep_iso and source.search(d.text, max(s, q.start - 12), q.start)
                   for q in d.places(si, cue_span[1], fig_start))


# characters between a buying cue and its owner named right after it in the genitive ("Закупки США")
OWNER_AFTER_GAP = 2


def buyer_owner_after(d: Doc, si: int, cue_span: tuple[int, int], fig_start: int, rep_iso: str) -> bool:
    """A buying cue ("закупки") whose owner is a country other than the reporter, named right after it, the reporter
    the source of its goods ("из Тайваня") before the figure: "Закупки США полупроводниковых продуктов из Тайваня
    выросли в мае 2023 года на 9%" on a page of Taiwan's statistics; what the other country buys from the reporter is
    the reporter's exports (rule buyer_owner_after; cue buying, the Russian rows of source_before)."""
    if cue_span[1] > fig_start or not cue("buying", _patterns().buying).match(d.text, cue_span[0]):
        return False
    places = [p for p in d.places(si, cue_span[1], fig_start) if p.iso3]
    if not places or places[0].kind != "country" or places[0].iso3 == rep_iso \
            or places[0].start - cue_span[1] > OWNER_AFTER_GAP or _CLAUSE_BREAK.search(d.text, cue_span[1], fig_start):
        return False
    source = cue("source_before", _patterns().source_before)
    s = d.c.sentences[si][0]
    return any(q.iso3 == rep_iso and source.search(d.text, max(s, q.start - 12), q.start) for q in places[1:])


def foreign_buyer(d: Doc, si: int, cue_span: tuple[int, int], rep_iso: str) -> bool:
    """The import cue is the buying of another country named as the reporter's market ('The U.S. remained the biggest
    market for Cambodia, importing $4.23 billion', 'followed by Vietnam which imported $1.42 billion of Cambodian
    products'): what it buys the reporter exports (rule foreign_buyer)."""
    pats = _patterns()
    if not (cue("buying", pats.buying).match(d.text, cue_span[0])
            or pats.spending_on.search(d.text, max(0, cue_span[0] - 60), cue_span[0])):
        return False
    s = d.c.sentences[si][0]
    # (the buyer is the last country named before the verb: "Germany was the main destination of Turkey's exports
    # ..., while Russia was the main source of imports" names no buyer)
    before = [p for p in d.places(si, s, cue_span[0]) if p.kind in ("country", "demonym") and p.iso3]
    if before and before[-1].iso3 == rep_iso and _OF_FOR_BEFORE.search(d.text, max(0, before[-1].start - 6), before[-1].start):
        before.pop()   # "the biggest market for Cambodia, importing": the reporter as the role's object
    if not before or before[-1].iso3 == rep_iso or before[-1].kind != "country":
        return False
    p = before[-1]
    return bool(pats.buyer_role_after.match(d.text, p.end) or cue("buyer_which", _BUYER_WHICH).fullmatch(d.text, p.end, cue_span[0]))


_OF_FOR_BEFORE = skip_compile(r"\b(?:of|for)\s+(?:the\s+)?$", re.I)


SUPPLIED_INTO_REACH = 60   # characters after a supplies cue read for the place it goes into


def supplied_into(d: Doc, si: int, cue_span: tuple[int, int], rep_iso: str) -> bool:
    """The export cue is supplies (cue supplies_word: "поставки", not "экспорт", the supplier's own flow) into the
    reporter itself, a few words after it ("Поставки сливочного масла в РФ упали на 70,4 процента", "поставки
    санкционных продуктов в Россию упали почти в два раза" on pages of Russia's imports): what goes into the reporter
    is its import (rule supplied_into_reporter; cues supplies_word and supplied_into_gap, Russian rows only)."""
    if not cue("supplies_word", NEVER).match(d.text, cue_span[0]):
        return False
    gap = cue("supplied_into_gap", NEVER)
    return any(p.kind == "country" and p.iso3 == rep_iso and gap.fullmatch(d.text, cue_span[1], p.start)
               for p in d.places(si, cue_span[1], cue_span[1] + SUPPLIED_INTO_REACH))


# characters before the exporter's place read for the import word and "из" (exports_into_owner)
IMPORT_FROM_REACH = 40
# the cited statistics office of the opening (vocab/en/patterns.csv agency)
_agency = EnglishCue("agency", re.I)


def exports_into_owner(d: Doc, fr, iso3: str) -> bool:
    """A flow frame of a country's exports into the country iso3 whose statistics the page's opening cites ("Общий экспорт
    России в США в марте увеличился на 6,5%"), on a page whose opening tells the same goods as iso3's imports from that
    country ("Ввоз товаров из России, наоборот, вырос, следует из внешнеторговой статистики Бюро переписи населения
    США", gxpnews.net): the owner's statistics of its imports (rule stats_owner_imports; cue import_from_before, Russian
    rows only). The import and the statistics office are told in one sentence: "Объем импорта из Беларуси в Китай
    составил $1,99 млрд" a few sentences after "сообщил посол Китая в Минске" (data/russian u06) leaves "белорусский
    экспорт в КНР" Belarus's own."""
    if fr is None or fr.kind != "flow" or fr.reporter is None or fr.reporter.kind not in ("demonym", "country") \
            or fr.partner is None or fr.partner.iso3 != iso3 or fr.reporter.iso3 in (None, iso3):
        return False
    rx = cue("import_from_before", NEVER)
    if rx is NEVER:
        return False
    # (read once per exporter of a page: every frame of a Russian page's pair asks it, and the opening's sentences,
    # their places and the agency cue cost about 1% of the Russian tuned pages' pass; Doc.memo, s76 speedD76)
    seen = d.memo.import_from_opening
    hit = seen.get(fr.reporter.iso3)
    if hit is None:
        hit = seen[fr.reporter.iso3] = _import_from_opening(d, rx, fr.reporter.iso3)
    return hit


def _import_from_opening(d: Doc, rx, exporter: str) -> bool:
    """The page's opening names the exporter's place right after an import word and "из" (rx, row import_from_before),
    in a sentence citing a statistics office (exports_into_owner)."""
    text, si = d.text, 0
    needs = pattern_needs(rx)
    while si < len(d.c.sentences) and d.c.sentences[si][0] < OPENING_OWNER_CHARS:
        s, e = d.c.sentences[si]
        if d.low is not None and not holds(d.low[max(0, s - IMPORT_FROM_REACH):e], needs):
            # (no import word in reach of any place of the sentence: its places, which the opening's other rules may
            # never read, are not looked for)
            si += 1
            continue
        for p in d.places(si):
            if p.iso3 == exporter and p.start < OPENING_OWNER_CHARS \
                    and rx.search(text, max(0, p.start - IMPORT_FROM_REACH), p.start) \
                    and cue("agency", _agency()).search(text, *d.c.sentences[si]):
                return True
        si += 1
    return False

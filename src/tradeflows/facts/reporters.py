"""Reporter rules: who reports a figure's flow, each rule one small function tested alone.

A rule reads the figure's clause (a `Clause`, facts/context.py) and returns (name, iso3) or None
to pass the figure on; facts/sieves.py keeps their order, most precise first, as in a
multi-pass sieve. No rule assumes a country: the last ones fall back on the document's
subject (sources.csv, else inferred from its head), else nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tradeflows.vocab import current_language, read_csv, read_csv_over_en, read_lines, fold
from tradeflows.facts.inflect import cases
from tradeflows.facts.context import lacks
from tradeflows.facts.frames import frame_for
from tradeflows.facts.measure_cues import TRADE_THING_AFTER
from tradeflows.facts.places import Place, country, find_places
from tradeflows.figures.currencies import plain_issuer
from tradeflows.facts.subject import counterpart_groups, agency_owner
from tradeflows.records import add_via
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue, english_cue
from tradeflows.vocab.skip import skip_compile

# "Sakhalin Region's foreign trade turnover", "Korea's import": the place owns the flow (a word between may be
# hyphenated: "an increase in the UAE's non-oil foreign trade to 2.5 trillion dirhams", waradana.com, data/web19 ad04)
POSSESSIVE = skip_compile(r"(?:['’]s?\s+(?:\w+(?:-\w+)?\s+){0,2}?(?:foreign\s+trade|trade|exports?|imports?|turnover|purchases|sales|shipments|supplies|deliveries)\b"
                        r"|\s+(?:itself|imported|imports)\b)", re.I)
# "Russia's trade turnover share amounted to 18.6%": the owner of a share of another's trade is its
# counterpart, not the reporter (partner rule possessive_share)
POSSESSIVE_SHARE = skip_compile(r"['’]s?\s+(?:(?:foreign|trade|turnover|exports?|imports?)\s+){0,3}share\b", re.I)
# "Russian exports", "EU imports", "Ukrainian foreign trade": a demonym or bloc right before its flow
# ("Overall US apparel imports also decreased": one lower-case product word between, not a function
# word nor an adverb: "Venezuela annually imports food" is a verb; nor a verb in the past: "The United Arab
# Emirates received exports representing 5.1 percent ... of Botswana's exports")
DEMONYM_FLOW = skip_compile(r"\s+(?:(?:foreign|total|goods|merchandise|overseas)\s+){0,2}"
                           r"(?:(?!(?:and|or|but|while|whereas|whose|which|that|as|to|with|from|for|of|in|on|its|their|"
                           r"the|an?|by|at|is|was|were|are|has|had|have|also|said|says|will|would|total)\s)(?-i:[a-z]+)(?<!ly)(?<!ed)\s+)?"
                           r"(?:trade|exports?|imports?|turnover|shipments|sales)\b"
                           # "the Caricom trade desk", "the US trade representative", "EU trade officials": an office or
                           # an act named by the flow word, not the flow (rule flow_word_office; measure_cues' list)
                           rf"(?!{TRADE_THING_AFTER.pattern})", re.I)
IMPORT_WORD = skip_compile(r"import", re.I)
DASH_BEFORE = skip_compile(r"[-‐‑–—/]\s*$")
# "extra-EU28 exports", "intra-EU trade": a bloc's own trade outside or inside it (rules extra_bloc, intra_bloc; the
# partner rules of facts/partners_sentence.py read them too)
INTRA_BEFORE = skip_compile(r"\b[Ii]ntra-\s*$")
EXTRA_BEFORE = skip_compile(r"\b[Ee]xtra-\s*$")
# "MINSK, 5 December (BelTA) –", "BEIJING, (APP": a wire dateline names where, not who
DATELINE = skip_compile(r",\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\s+\d{1,2}\s*)?[(–—-]")
_in_before = EnglishCue("reporters_in_before")
_GDP = skip_compile(r"\b(?=[Gg])(?:GDP|gross\s+domestic\s+product)\b")
GDP_WORDS = ("gdp", "gross")   # (as FLOW_BY_WORDS)
# "Russian customs", "the State Statistics Service of Ukraine": whose statistics a figure is
_agency = EnglishCue("agency", re.I)
FRAME_REACH = 150  # how far before a figure a frame still holds for it


def _places(cl) -> list[Place]:
    return cl.places


# "an amount that worked out to 14.6% of America's grand total of $3.26 trillion of imports coming from all
# countries": the owner of a total named right before the figure, its flow right after (rule possessive)
# (the place's span may hold its "'s": "America's")
OWNER_TOTAL_OF = skip_compile(r"(?:(?<=['’]s)|['’]s?)\s+(?:grand\s+|overall\s+)?total\s+of\s+$")
# ("46% of the UK's total of £370 billion worth of goods exports", fullfact.org, data/web61 dh02: the flow's scope word
# between, session 71 openO71, rule owner_whole)
OF_FLOW_AFTER = skip_compile(r"\s+(?:worth\s+)?of\s+(?:(?:goods|merchandise|services)\s+)?(?:imports|exports|trade)\b", re.I)


def _owner_total(cl):
    """"America's grand total of $3.26 trillion of imports": the place that owns the total, not the page's subject
    (rule possessive)."""
    text, f = cl.d.text, cl.f
    if f.kind != "money" or not OF_FLOW_AFTER.match(text, f.clean_end):
        return None
    owners = [p for p in _places(cl) if p.end <= f.clean_start and p.kind == "country"
              and OWNER_TOTAL_OF.fullmatch(text, p.end, f.clean_start)]
    return (owners[-1].name, owners[-1].iso3) if owners else None


def possessive(cl):
    """'Kazakhstan's exports', 'China's imports from Africa': the place owns the flow."""
    text, home_iso = cl.d.text, cl.home[1]
    owners = [p for p in _places(cl) if p.start < cl.f.clean_start and p.kind in ("country", "region", "bloc")
              and not (p.kind == "region" and p.iso3 == home_iso) and POSSESSIVE.match(text, p.end)
              and not POSSESSIVE_SHARE.match(text, p.end)]
    if not owners:
        return _owner_total(cl)
    if any(h.start > owners[-1].end for h in _demonym_flow_hits(cl)):
        return None  # "Egypt's exports ..., while Russian exports to Egypt surpassed $6.2 billion"
    later = flow_of(cl, owners[-1].end)
    if later is not None:
        return later  # "Ghana's export to India ..., while the export of India to Ghana ... 14.2%" (rule flow_of)
    return owners[-1].name, owners[-1].iso3


# "leading to a US$ 7 billion trade surplus for India", "a trade deficit of $2 billion for Cambodia", "a surplus in
# favour of Russia": the place a balance is "for" owns it, whoever's flows the clause named before (rule balance_for)
balance_for_after = EnglishCue("balance_for_after", re.I)
balance_of_before = EnglishCue("balance_of_before", re.I)
balance_of_for = EnglishCue("balance_of_for", re.I)


def balance_for(cl):
    """'a US$ 7 billion trade surplus for India', 'a deficit of $2 billion for Cambodia': the place right after the
    balance's 'for' or 'in favour of' owns the balance (rule balance_for)."""
    f, text = cl.f, cl.d.text
    if cl.measure != "balance":
        return None
    for p in _places(cl):
        if p.start < f.clean_end or p.kind not in ("country", "region", "bloc"):
            continue
        if cue("balance_for_after", balance_for_after()).fullmatch(text, f.clean_end, p.start) or (
                cue("balance_of_for", balance_of_for()).fullmatch(text, f.clean_end, p.start)
                and cue("balance_of_before", balance_of_before()).search(text, max(0, f.clean_start - 40), f.clean_start)):
            return p.name, p.iso3
        return None
    return None


# "the export of India to Ghana has also increased at a rate of 14.2%": the place right after a flow's "of" owns
# that flow (rule flow_of)
_flow_of = EnglishCue("flow_of", re.I)


def flow_of(cl, after: int):
    """'Ghana's export to India has increased at a rate of 17.2%, while the export of India to Ghana has also
    increased at a rate of 14.2%': the country behind 'the export of', named after the possessive owner (which ends
    at `after`) and nearest the figure before it, owns the figure's flow (a part of rule possessive; with no
    possessive owner before it, the frame flow_of_owner of frames.csv reads "exports of China increased by")."""
    text = cl.d.text
    owners = [p for p in _places(cl) if after <= p.start and p.end <= cl.f.clean_start
              and p.kind in ("country", "region", "bloc")
              and cue("flow_of", _flow_of()).search(text, max(0, p.start - 30), p.start)]
    if not owners or any(_owner_list_sep().fullmatch(text, owners[-1].end, p.start) for p in _places(cl)):
        return None   # "the exports of China, Russia and the United States shrank by 4, 4 and 5 percent": a list's
    return owners[-1].name, owners[-1].iso3


_owner_list_sep = EnglishCue("reporters_owner_list_sep", re.I)


# "Regarding imports made by Mexico in the second month of this year, they were located at 21 thousand
# 46 million dollars": the place behind "made by" owns the flow
_FLOW_BY = skip_compile(r"\b(?=[eipsdgmc])(?:(?:exports?|imports?|purchases|sales|shipments|deliveries)\s+(?:made|carried\s+out|effected|"
                        r"conducted|realized|realised|registered|recorded)\s+by\s+(?:the\s+)?$"
                        # "the volume of goods exported by Russia amounting to $4.17 billion": the goods' exporter
                        r"|(?:goods|products|merchandise|commodities)\s+(?:exported|imported|shipped|sold|bought|purchased)"
                        r"\s+by\s+(?:the\s+)?$)", re.I)
FLOW_BY_WORDS = ("by",)   # a word every match holds: lacks(...) skips its search (tests/test_s47_lacks.py)


_GENITIVE = skip_compile(r"['’]s?\s")
_PASSIVE_FLOW_BY = skip_compile(r"\b(?:were|was|are|is|been|being)\s+(?:exported|imported|shipped|sold|bought|purchased|supplied|"
                                r"delivered)\s+by\s+(?:the\s+)?$", re.I)


def flow_by(cl):
    """'imports made by Mexico ... were 21 thousand 46 million dollars': the flow's maker, before the
    figure in its clause."""
    text = cl.d.text
    if lacks(cl.d, FLOW_BY_WORDS, cl.lo - 40, cl.hi) and cue("flow_by", _FLOW_BY) is _FLOW_BY \
            and cue("passive_flow_by", _PASSIVE_FLOW_BY) is _PASSIVE_FLOW_BY:
        return None   # (every match of both patterns ends on "by" before a place of the window)
    owners = [p for p in _places(cl) if p.end <= cl.f.clean_start and p.kind in ("country", "region", "bloc", "demonym")
              and cue("flow_by", _FLOW_BY).search(text, max(0, p.start - 40), p.start)
              # "goods imported by Europe's largest economy": an epithet of another place, not the maker
              and not _GENITIVE.match(text, p.end)]
    if owners:
        return owners[-1].name, owners[-1].iso3
    # "45% more plastics and rubber, 23.4% more textile ... were imported by Kazakhstan from China": a passive
    # flow verb after the figures names their maker (rule flow_by, passive)
    after = next((p for p in _places(cl) if p.start >= cl.f.clean_end and p.kind in ("country", "region", "bloc")
                  and cue("passive_flow_by", _PASSIVE_FLOW_BY).search(text, max(0, p.start - 30), p.start)
                  and not _GENITIVE.match(text, p.end)), None)
    return (after.name, after.iso3) if after else None


# "3.2 billion dollars of Saudi exports to Egypt", "about 40% increase of Indian exports to China":
# a demonym's or country's flow named right after the figure, behind "of", is the figure's own
_of_after = EnglishCue("reporters_of_after", re.I)
OF_AFTER_REACH = 30  # how far after a figure its "of <flow>" may start


def flow_after(cl):
    """'3.2 billion dollars of Saudi exports to Egypt': the flow right after the figure beats a
    demonym's flow named earlier in the sentence ('... of Egyptian exports to the Kingdom and')."""
    text, end = cl.d.text, cl.f.clean_end
    for p in _places(cl):
        if p.start < end:
            continue
        if p.start - end > OF_AFTER_REACH:
            break
        if not _of_after().fullmatch(text, end, p.start):
            continue
        if p.kind == "demonym":
            m = DEMONYM_FLOW.match(text, p.end)
            if m and not (IMPORT_WORD.search(m.group()) and p.iso3 != cl.home[1]):
                return p.name, p.iso3
        elif p.kind in ("country", "bloc", "region") and POSSESSIVE.match(text, p.end) \
                and not POSSESSIVE.match(text, p.end).group().lstrip().startswith(("itself", "imported", "imports")):
            return p.name, p.iso3
        elif p.kind in ("country", "bloc") and DEMONYM_FLOW.match(text, p.end):
            # "20 billion euros of EU exports to the Kingdom", "41.1 pc of the total EU imports": a bloc's or
            # country's name used as a demonym, its bare flow after the figure
            return p.name, p.iso3
        return None
    return None


# frames whose partner is where goods come from, or ("export sales from Japan", rule export_earned_from) the buyer
# an export's earnings come from: no reporter of another frame over the same place ("импорт японского пива",
# imports_of_demonym's Russian row, s71: Japan is no importer of possessive_flow's), or the counterpart both flows
# joined before it share ("импорт и экспорт в ЕС", flows_pair_to, s71: the EU is no importer of imports_into's)
_ORIGIN_FRAMES = ("import_of_demonym_goods", "imports_of_demonym", "export_earned_from", "flows_pair_to")


# "Chip exports from Asia’s fourth-largest economy grew 36.1%" (a page on Korea), "continued to weigh on exports in
# Southeast Asia’s biggest economy" (bnnbloomberg.ca, on Indonesia), "spent $6 million on imports from Asia’s third-largest
# economy" (India, named before): a region's or a bloc's possessive before a superlative economy is an epithet of one
# country, never the region itself (rule region_epithet)
region_epithet_cue = EnglishCue("reporters_region_epithet", re.I)


def region_epithet(text: str, p: Place) -> bool:
    """p is a region or a bloc whose possessive opens an epithet of one country ("Asia’s fourth-largest economy")."""
    return p.kind == "bloc" and p.iso3 is None and region_epithet_cue().match(text, p.end) is not None


def flow_frame(cl):
    """'exports from Russia to China', 'Brazil exported ... to China': a frame names who trades."""
    # "импорт российской продукции": the demonym that frame import_of_demonym_goods reads as the goods'
    # origin (the partner) is no reporter of possessive_flow over the same words (rule origin_not_reporter)
    origins = {id(fr.partner) for fr in cl.frames if fr.name in _ORIGIN_FRAMES}
    # "Chip exports from Asia’s fourth-largest economy": a region in an epithet of one country reports nothing (rule
    # region_epithet)
    frames = [fr for fr in cl.frames if fr.kind == "flow" and fr.reporter is not None and id(fr.reporter) not in origins
              and not region_epithet(cl.d.text, fr.reporter)]
    fr = frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                   stops=tuple(p.start for p in cl.places))
    if fr is None:
        return None
    cl.frame, cl.frame_found = fr.name, fr
    return fr.reporter.name, fr.reporter.iso3


def demonym_flow(cl):
    """'Russian exports', 'EU imports': a demonym or bloc right before the flow word. 'Chinese
    imports' on a page about another country are imports from China, so a demonym's imports
    count only for the page's own subject."""
    hits = _demonym_flow_hits(cl)
    if hits and _member_page_bloc(cl, hits[-1]):
        # "EU exports down 9.8%" on a page about the UK's trade, "EU trade resulted in a surplus of 2.0 billion" on one
        # about Sweden's: a bloc the page's own country belongs (or belonged) to names the counterpart of the member's
        # flow, not its owner; left to the rules after (rule member_bloc_flow)
        cl.via = "member_bloc_flow"
        return None
    return (hits[-1].name, hits[-1].iso3) if hits else None


def _member_page_bloc(cl, p: Place) -> bool:
    """p is a bloc of which the page's subject country is or was a member (bloc_members.csv)."""
    home_iso = cl.home[1] if cl.home_rule == "head" else None
    return p.kind == "bloc" and home_iso is not None and is_member(p.name, home_iso, None)


def _demonym_flow_hits(cl) -> list[Place]:
    text = cl.d.text
    hits = []
    # a language that puts the demonym after an export word ("экспорт индийских товаров"): the
    # export word right before it (vocab/<lang>/patterns.csv "export_before_demonym"; none in English)
    export_before = cue("export_before_demonym", NEVER)
    for p in _places(cl):
        if p.kind == "demonym" and p.start < cl.f.clean_start and export_before.search(text, max(0, p.start - 30), p.start):
            hits.append(p)
            continue
        m = DEMONYM_FLOW.match(text, p.end)
        # "украинского экспорта", "украинский экспорт": an adjective agreeing with the export word right after it
        # (vocab/<lang>/patterns.csv "demonym_flow_after"; none in English, whose DEMONYM_FLOW reads "Russian exports")
        if m is None and p.kind == "demonym":
            m = cue("demonym_flow_after", NEVER).match(text, p.end)
        # "with non-EU goods exports declining by £2.1bn" (independent.co.uk, ONS's figures): a group named only as a
        # counterpart (vocab/en/counterpart_groups.txt) before a flow is where the flow goes, not its owner (rule
        # counterpart_group_flow)
        if (p.start < cl.f.clean_start and p.kind in ("demonym", "bloc", "country") and m
                and p.name not in counterpart_groups()
                and not (DASH_BEFORE.search(text, max(0, p.start - 3), p.start)
                         and not (INTRA_BEFORE.search(text, max(0, p.start - 7), p.start)
                                  or EXTRA_BEFORE.search(text, max(0, p.start - 7), p.start)))
                and not (p.kind == "demonym" and IMPORT_WORD.search(m.group()) and p.iso3 != cl.home[1])):
            hits.append(p)
    return hits


@lru_cache(maxsize=1)
def _members() -> dict[str, list[tuple[str, int, int | None]]]:
    out: dict[str, list[tuple[str, int, int | None]]] = {}
    for r in read_csv("bloc_members.csv"):
        out.setdefault(r["bloc"], []).append((r["iso3"], int(r["joined"]), int(r["left"]) if r["left"] else None))
    return out


def is_member(bloc: str | None, iso3: str | None, year: int | None) -> bool:
    """Whether a country belongs to a bloc (in a year, when known)."""
    for code, joined, left in _members().get(bloc or "", ()):
        if code == iso3:
            return year is None or (joined <= year and (left is None or year < left))
    return False


_LIST_ITEM = skip_compile(r"\s*\([^()]{0,24}$")


def member_list(cl):
    """'23 EU Member States had a surplus ... Germany (€8.3 billion) and France (€ 5.6 billion)':
    on a bloc's page, a member listed with its own figure reports it."""
    if cl.home[1] is not None or not _members().get(cl.home[0] or ""):
        return None
    text, f = cl.d.text, cl.f
    items = [p for p in _places(cl) if p.end <= f.clean_start and f.clean_start - p.end <= 26
             and p.kind == "country" and _LIST_ITEM.match(text[p.end:f.clean_start])]
    if items and is_member(cl.home[0], items[-1].iso3, cl.d.pub_year):
        return items[-1].name, items[-1].iso3
    return None


# "Китай — $ 6,5 млрд.", "- China: $6.5 billion": a line that is one place and its figure
_ITEM_LINE_BEFORE = skip_compile(r"\s*(?:[-•*]\s*)?$")
_ITEM_SEP = skip_compile(r"\s*[-–—:]\s*(?:\$|€)?\s*$")
HEADING_LINES = 12   # list lines between an item and its heading
ITEM_LINE_CHARS = 80  # a longer line is prose, not an item of a list


def list_heading(cl):
    """'самыми активными странами-импортерами из Узбекистана стали:\nКитай — $ 6,5 млрд.': a line of a
    list (a place, a dash, its figure) under a heading ending in a colon; the one country the heading
    names, other than the item, is the reporter (the item is the counterpart: partner rule list_item)."""
    text, f = cl.d.text, cl.f
    lo = max(0, f.clean_start - ITEM_LINE_CHARS - 1)
    ls = text.rfind("\n", lo, f.clean_start) + 1
    if ls == 0 and lo > 0:
        return None   # no list line: the figure stands far into a line (a run-on "sentence" stays linear)
    item = [p for p in find_places(text, ls, f.clean_start) if p.kind in ("country", "bloc")]
    if len(item) != 1 or not _ITEM_LINE_BEFORE.fullmatch(text, ls, item[0].start) \
            or not _ITEM_SEP.fullmatch(text, item[0].end, f.clean_start):
        return None
    end = ls - 1
    for _ in range(HEADING_LINES):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if line.endswith(":"):
            named = {(p.name, p.iso3) for p in find_places(text, start, end)
                     if p.kind in ("country", "bloc") and (p.iso3 or p.name) != (item[0].iso3 or item[0].name)}
            return next(iter(named)) if len(named) == 1 else None
        if len(line) > ITEM_LINE_CHARS:
            return None
        end = start - 1
    return None


def previous_pair(cl):
    """'оборот ЕАЭС с Ираном ... составил более $5 млрд. При этом экспорт вырос в 2,1 раза': a sentence that opens
    as a part of the one before (cue pair_part_opening) and names no place of its own gives its export or import
    the two sides of the last frame of that sentence naming both (rule pair_part), as (reporter, partner) Places; the
    other way round when the frame's own words tell the other way than the figure's (rule pair_mirror)."""
    if cl.measure not in ("exports", "imports") or cl.si < 1 or cl.d.places(cl.si):
        return None
    text, (s, _) = cl.d.text, cl.d.c.sentences[cl.si]
    if not cue("pair_part_opening", NEVER).match(text, s):
        return None
    ps, pe = cl.d.c.sentences[cl.si - 1]
    if cl.d.para_index(ps) != cl.pi:
        return None
    both = [fr for fr in cl.d.frames(cl.si - 1) if fr.reporter is not None and fr.partner is not None]
    if not both:
        return None
    fr = both[-1]
    owner = cl.d.stats_owner
    if _one_way(text[fr.start:fr.end]) == _OTHER_WAY.get(cl.measure) \
            and not (owner is not None and owner.iso3 is not None and owner.iso3 == fr.reporter.iso3):
        # "Китай в прошлом году в основном импортировал из России морепродукты. «В том числе минтая было поставлено на
        # $750 млн»" (portofranko-vl.ru): a part of the other way than the frame's own words tell (a supply after an
        # import) is the frame's sides the other way round, as frame_mirror reads a carried frame (rule pair_mirror);
        # not on a page citing the frame's reporter's own statistics ("в августе КНР импортировала беларусского калия
        # ... При этом поставки за январь-август", from "данные китайской таможенной статистики": China's records of
        # its imports, the frame's sides kept)
        cl.via = add_via(cl.via, "pair_mirror")
        return fr.partner, fr.reporter
    return fr.reporter, fr.partner


def carried_frame(cl):
    """'Vietnam's total exports to the U.S. increased ... . Turnover of all the top five Vietnam's exports to the
    U.S. ... . Articles of apparel ... retained the first place with five-month value of 2.5 billion USD': an
    export or import figure whose sentence names no place is an item of the last flow frame naming both sides
    in the sentences of its paragraph before it (rule carried_frame), as (reporter, partner) Places."""
    if cl.measure not in ("exports", "imports") or cl.si < 1 or cl.d.places(cl.si):
        return None
    # "It was followed by footwear with value of 593.3 million USD" in a paragraph of its own: an item's
    # opening continues the paragraph before
    opening = cue("item_continuation", _item_continuation()).match(cl.d.text, cl.d.c.sentences[cl.si][0])
    for k in range(cl.si - 1, max(-1, cl.si - 1 - _FRAME_CARRY), -1):
        if cl.d.para_index(cl.d.c.sentences[k][0]) != cl.pi and not (opening and k == cl.si - 1):
            return None
        both = [fr for fr in cl.d.frames(k) if fr.kind == "flow" and fr.reporter is not None and fr.partner is not None]
        if both:
            fr = both[-1]
            if _one_way(cl.d.text[fr.start:fr.end]) == _OTHER_WAY.get(cl.measure) \
                    and cue("anaphor_dest", _anaphor_dest()).search(cl.d.text, *cl.d.c.sentences[cl.si]):
                # "China's imports from Bavaria also fell sharply. Shipments to the country decreased by 16% to €11.4
                # billion over the same period" (allinpoker.com): the other way of the flow the frame told, to or from
                # a country named by a common noun (cue anaphor_dest), is the frame's sides the other way round, the
                # same goods seen from the other end (rule frame_mirror; "Georgia's exports to CIS countries totaled $
                # 748.7 million ... Imports amounted to $ 951.3 million" keeps its sides)
                cl.via = add_via(cl.via, "frame_mirror")
                return fr.partner, fr.reporter
            return fr.reporter, fr.partner
        if cl.d.places(k):
            return None  # a sentence naming places of its own and no such frame breaks the chain
    return None


_FRAME_CARRY = 3  # how many sentences back a frame's two sides hold for the place-less items after it
# the one way a frame's own words tell (its flow noun: the slots {EXPORT} and {IMPORT} of facts/frames.py), and the other
_frame_export = EnglishCue("frame_export_words", re.I)   # rows of vocab/<lang>/patterns.csv
_frame_import = EnglishCue("frame_import_words", re.I)
_OTHER_WAY = {"exports": "imports", "imports": "exports"}
_anaphor_dest = EnglishCue("anaphor_dest", re.I)   # "exports to the country", "imports from the neighbouring nation"


def _one_way(words: str) -> str | None:
    """"exports" or "imports" when a frame's words name that way only, else None."""
    ex = cue("frame_export_words", _frame_export()).search(words) is not None
    im = cue("frame_import_words", _frame_import()).search(words) is not None
    return "exports" if ex and not im else "imports" if im and not ex else None
_item_continuation = EnglishCue("item_continuation", re.I)


def frame_carried(cl):
    """The reporter of the flow frame the figure's place-less sentence continues (see carried_frame)."""
    found = carried_frame(cl)
    return (found[0].name, found[0].iso3) if found else None


def pair_part(cl):
    """The reporter of the two sides of the sentence before, for a part of it (see previous_pair)."""
    found = previous_pair(cl)
    return (found[0].name, found[0].iso3) if found else None


def locus(cl):
    """'in 2024 in Vietnam, GDP growth was ...': a country's own statistics."""
    text, home_iso = cl.d.text, cl.home[1]
    if lacks(cl.d, GDP_WORDS, cl.lo, cl.hi) or not _GDP.search(text, cl.lo, cl.hi):
        return None
    hits = [p for p in _places(cl) if p.kind == "country" and p.iso3 != home_iso
            and _in_before().search(text, max(0, p.start - 4), p.start)]
    return (hits[0].name, hits[0].iso3) if hits else None


# "In Germany exports increased by 0.5% and imports decreased by 1.3%", "In China, exports rose by 2.9%", "In France
# both exports and imports fell (by 0.6% and 0.2%, respectively)": a country opening its sentence (or a clause after
# "while"/"and"/"but") behind "In", a flow right after it, reports that flow (rule locus_flow)
_locus_flow_after = EnglishCue("reporters_locus_flow_after", re.I)


_locus_before = EnglishCue("locus_before")


def is_locus_of_flow(text: str, p: Place) -> bool:
    """p opens its sentence or clause behind "In", a flow right after it ("In Germany exports increased"): the
    flow's reporter, no counterpart (rule locus_flow; partner candidates and the partner carried leave it out).
    In a language whose place names decline, a place in the locative after its preposition ("В Молдове ... экспорт
    сахара снизился на 40%", "объемы экспорта в Литве снизились"; cues locus_in, locus_form, locus_flow_near) is where
    the flow is counted, wherever the flow word stands in the sentence."""
    if p.kind != "country":
        return False
    if _locus_flow_after().match(text, p.end) is not None and _locus_before().search(text, max(0, p.start - 40), p.start):
        return True
    # ("объемы экспорта в Литве снизились на 7% до 18 млрд евро, в Эстонии – также на 7% ..., Латвии – на 4%": a list's
    # later item in the same case, its preposition left out, a dash and its figure after it, is a locus too; rule
    # locus_list_item)
    # (an item that does not decline, an abbreviation ("Польше – $ 266, США – $ 135"), stands in any case)
    # (the flow word near the list's earlier item counts for a later one: "... экспорт ... в Венгрии составил $ 276,
    # Польше – $ 266, ..., Грузии – $ 35")
    near = p.start
    if cue("locus_in", NEVER).search(text, max(0, p.start - 4), p.start):
        if cue("locus_owner_before", NEVER).search(text, max(0, p.start - LOCUS_OWNER_REACH), p.start):
            return False   # "Экспорт товаров США в России": the owner's flow went there (cue locus_owner_before)
        form = cue("locus_form", NEVER).search(p.surface)
    elif _LIST_ITEM_BEFORE.search(text, max(0, p.start - 4), p.start) and _ITEM_DASH_AFTER.match(text, p.end):
        earlier = cue("locus_earlier", NEVER).search(text, max(0, p.start - LOCUS_FLOW_REACH), p.start)
        if earlier is None:
            return False
        near = earlier.start()
        form = cue("locus_form", NEVER).search(p.surface) or _ABBREVIATION.fullmatch(p.surface)
    else:
        return False
    return bool(form and cue("locus_flow_near", NEVER).search(text, max(0, near - LOCUS_FLOW_REACH), p.end + LOCUS_FLOW_REACH))


_LIST_ITEM_BEFORE = skip_compile(r",\s*$")
_ABBREVIATION = skip_compile(r"[^\W\d_a-zа-яё]{2,5}")
_ITEM_DASH_AFTER = skip_compile(r"\s*[-–—]\s*(?:\w+\s+){0,2}?(?:[$€£¥]\s*)?\d")   # "Польше – $ 266": a currency sign first


LOCUS_FLOW_REACH = 120  # how far from a locative place its flow word may stand
LOCUS_OWNER_REACH = 60   # characters before a locative place read for a flow word and its owner


def locus_flow(cl):
    """'In Germany exports increased by 0.5%': the country the clause opens on, its flow right after it."""
    text, start = cl.d.text, cl.f.clean_start
    for p in reversed(_places(cl)):
        if p.end > start or p.kind != "country":
            continue
        return (p.name, p.iso3) if is_locus_of_flow(text, p) else None   # the place nearest before the figure
    return None


# "the exchange of goods", "the trade exchange between": an exchange of goods is trade, not an
# organization (a commodity exchange of organizations.csv)
_exchange_of = EnglishCue("exchange_of", re.I)


def organization(cl):
    """A company or exchange of organizations.csv named in the clause ('BelAZ exports')."""
    v = cl.v
    org = None
    for m in cl.d.cues(v, "org", cl.lo, cl.hi):
        if cue("exchange_of", _exchange_of()).match(cl.d.text, m.end()):
            continue  # "the exchange of goods between the United States and Mexico": trade, no exchange (rule exchange_of)
        found = v["orgs"].get(fold(m.group()))
        if not (found and foreign_generic(fold(m.group()), found[1], cl.home[1])):
            org = found
        if m.start() > cl.f.clean_start:
            break
    return (org[0], org[1] or cl.home[1]) if org else None


@lru_cache(maxsize=None)
def _generic_org_aliases(lang: str) -> frozenset[str]:
    """The aliases of organizations.csv written in lower case: a common noun ("the exchange", "commodity exchange"),
    no proper name."""
    return frozenset(fold(r["alias"]) for r in read_csv_over_en("organizations.csv", lang) if r["alias"] == r["alias"].lower())


def foreign_generic(alias: str, org_iso: str | None, home_iso: str | None) -> bool:
    """"latest figures from the Exchange Office have revealed" on a page about Morocco (rssing.com): an organization of
    another country than the page's, named only by a common noun of organizations.csv ("the exchange"), is the page's own
    body of that kind, not the organization listed; no reporter (rule generic_org_foreign; a proper name, "BUCE",
    "BelAZ", still names it on any page)."""
    return org_iso is not None and home_iso is not None and org_iso != home_iso \
        and alias in _generic_org_aliases(current_language())


# "the amount of transactions", "the volume of exchange transactions": deals on a trading floor, whose flow is the
# floor's, not the country's (rule transactions_of_org)
_transactions = EnglishCue("reporters_transactions", re.I)
TRANSACTIONS_BACK = 4  # how many sentences back (in the paragraph or the one before) the organization is looked for


def transactions_of_org(cl):
    """'If in 2022 only six Uzbek companies regularly participated in exchange trading sessions, then in 2023 there were
    already 29 of them. And the amount of transactions at the end of last year increased 17 times' (founding 001): a
    figure of transactions, in a clause that names no organization, is of the organization of organizations.csv (an
    exchange, a company) the sentences before it named last (rule transactions_of_org)."""
    d, v, fs = cl.d, cl.v, cl.f.clean_start
    s = d.c.sentences[cl.si][0]
    if not _transactions().search(d.low if d.low is not None else d.text, max(s, fs - 200), fs):
        return None
    first = cl.si
    while first > 0 and cl.si - first < TRANSACTIONS_BACK and cl.pi - d.para_index(d.c.sentences[first - 1][0]) <= 1:
        first -= 1
    org = None
    for m in cl.d.cues(v, "org", d.c.sentences[first][0], fs):
        if cue("exchange_of", _exchange_of()).match(d.text, m.end()):
            continue
        found = v["orgs"].get(fold(m.group()))
        if found and found[1] in (None, cl.home[1]):   # (an organization of another country than the page's is
            org = found                                 # no floor its "transactions" are on)
    return (org[0], org[1] or cl.home[1]) if org else None


@lru_cache(maxsize=None)
def _company_after_place() -> re.Pattern:
    """One to three capitalised words and a company's last word (vocab company_suffixes.txt: "Plant", "Works",
    "Company") right after a place: the place names a company ("Rogachev Milk Canning Plant"), not itself."""
    words = sorted({w.strip() for w in read_lines("company_suffixes.txt") if w.strip()}, key=len, reverse=True)
    return re.compile(r"(?:\s+(?:[A-Z][\w-]*|of|and)){0,4}?\s+(?:" + "|".join(map(re.escape, words)) + r")\b")


def names_company(text: str, p: Place) -> re.Match | None:
    """The rest of a company's name the place p opens ("Rogachev| Milk Canning Plant", "Slutsk| Cheese Factory")."""
    return _company_after_place().match(text, p.end) if p.kind in ("region", "demonym") else None


def company_named(cl):
    """'Rogachev Milk Canning Plant signed a letter of intent with a UAE resident company for the supply of a range of
    canned milk products for an estimated amount of 500 thousand dollars' (founding 001): a company named after a town
    or by a demonym and a company's last word, before the figure in its clause, is the reporter, not the town (rule
    company_named; a name of organizations.csv is rule organization's)."""
    text, fs = cl.d.text, cl.f.clean_start
    for p in reversed(_places(cl)):
        if p.start >= fs:
            continue
        m = names_company(text, p)
        if m is not None and m.end() <= fs:
            return text[p.start:m.end()], p.iso3
    return None


# "a free trade agreement was signed in St. Petersburg": where an event took place, no counterpart (and no reporter)
EVENT_PLACE_BEFORE = skip_compile(r"\b(?:signed|held|hosted|organi[sz]ed|took\s+place|met|meeting|summit|forum|visit|"
                                  # "At a press conference in Hanoi on September 29, GSO General Director ... said": a venue
                                  r"conference|briefing|ceremony|exhibition|expo|fair|"
                                  # '"..., which last year reached $17.4 billion (15.9 billion euros)," Erdogan said in Kuwait'
                                  r"said|says|told\s+\w+|speaking|spoke|announced|stated|noted|declared)\s+in\s+$", re.I)


def home_region(cl):
    """A region of the document's country named before the figure ('Minsk Region')."""
    text, home_iso = cl.d.text, cl.home[1]
    if home_iso is None:
        return None
    hits = [p for p in _places(cl) if p.kind == "region" and p.iso3 == home_iso
            and p.start < cl.f.clean_start and not cue("dateline_after", DATELINE).match(text, p.end)
            and not names_company(text, p)   # "the Slutsk Cheese Factory" is no region (rule company_named)
            # "посол Белоруссии в Москве заявлял": a diplomat's post is no reporter (post_before)
            and not cue("post_before", NEVER).search(text, max(0, p.start - 40), p.start)
            # "At a press conference in Hanoi on September 29, ... said total trade revenue reached": a venue (event_place)
            and not EVENT_PLACE_BEFORE.search(text, max(0, p.start - 30), p.start)
            and not (_OPENS_PARAGRAPH.search(text, max(0, p.start - 40), p.start) and _DATELINE_MARK.match(text, p.end))
            # "at the time of Erdogan’s visit to Budapest in his capacity as head of state in 2013 – on increasing bilateral
            # trade to USD five billion" (kormany.hu): a city visited is a venue, no reporter (rule venue_visit)
            and not visit_to_before().search(text, max(0, p.start - 30), p.start)]
    if hits and bracket_dateline(text, hits[-1]):
        # "(UDHAYAM, COLOMBO) – As the latest data showed a three-fold total trade jump with Bangladesh" (utvnews.lk): a
        # city in capitals in a line's opening bracket, after a credit, is where the story was filed, no reporter (rule
        # bracket_dateline, written after the rule that then decides)
        hits = [p for p in hits if not bracket_dateline(text, p)]
        if not hits:
            cl.via = add_via(cl.via, "bracket_dateline")
            return None
    if len(hits) > 1 and region_locator().fullmatch(text, hits[-2].end, hits[-1].start):
        # "The value of foreign trade in the first seven months in Xiamen – the port city in East China's Fujian
        # province – expanded to 370 billion yuan" (chinaservicesinfo.com, data/web62 dj09): the province that locates
        # the city named right before it is where the city lies; the city owns the flow (rule region_locator)
        cl.via = add_via(cl.via, "region_locator")
        return hits[-2].name, home_iso
    return (hits[-1].name, home_iso) if hits else None


def region_locator() -> re.Pattern:
    """What stands between a city and the province named after it to locate it (row region_locator_between of
    vocab/<lang>/patterns.csv, matched whole between the two; rule region_locator)."""
    return cue("region_locator_between", english_cue("region_locator_between"))


_bracket_dateline_before = EnglishCue("bracket_dateline_before")
_bracket_dateline_after = EnglishCue("bracket_dateline_after")


def bracket_dateline(text: str, p) -> bool:
    """A place in capitals inside the bracket that opens a line, after a credit, the bracket closed by a dash or colon:
    "(UDHAYAM, COLOMBO) –" (rows bracket_dateline_before, bracket_dateline_after; rule bracket_dateline)."""
    return text.startswith(")", p.end) and p.surface.isupper() \
        and _bracket_dateline_after().match(text, p.end) is not None \
        and _bracket_dateline_before().search(text, max(0, p.start - 40), p.start) is not None


def visit_to_before() -> re.Pattern:
    """"visit to", "trip to", "visited" right before a city: a venue, no reporter (row visit_to_before of
    vocab/<lang>/patterns.csv; rule venue_visit)."""
    return cue("visit_to_before", english_cue("visit_to_before", re.I))


# "HCMC – Bilateral trade ...", "HANOI: ...": a city that opens a paragraph before a dash or colon is
# where the story was filed (rule dateline), not a reporter
_OPENS_PARAGRAPH = skip_compile(r"(?:^|\n)\s*$")
# ("Pretoria, 30 October 2020 – The South African Revenue Service ...": a date between the city and the dash)
_DATELINE_MARK = skip_compile(r"(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?|[A-Z][a-z]+))?"
                            r"\s*(?:[–—]|-\s|:\s|\()")


def pair(cl):
    """'trade between A and B', 'Sino-Russian trade': whose statistics it is, else the first named."""
    frames = [fr for fr in cl.frames if fr.kind == "pair"]
    fr = frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                   stops=tuple(p.start for p in cl.places))
    if fr is None:
        return None
    cl.frame = fr.name
    a, b = fr.reporter, fr.partner
    # the clause's source, else the one the page's opening cites ("Товарооборот России и Китая вырос
    # на 31%" titled over "... следует из данных таможенной статистики Китая")
    owner = statistics_owner(cl)
    page = cl.d.stats_owner
    if owner is None and page is not None:
        owner = (page.name, page.iso3) if page.name is not None else None
        cl.via = page.via   # the page's owner decides: the rule that changed it shows (records.VIA)
    for p in (a, b):
        if owner is not None and (p.iso3 or p.name) == (owner[1] or owner[0]):
            return p.name, p.iso3
    return a.name, a.iso3


_SENTENCE_END = skip_compile(r"[.!?]\s|\n")  # a sentence's end between an office and a place (rule agency_sentence)
# rule agency_building (other languages' words: rows place_of_office of vocab/<lang>/patterns.csv)
_place_of_office = EnglishCue("place_of_office", re.I)
OPENING_OWNER_CHARS = 1500  # the opening whose cited statistics office owns the page's pair figures
OFFICE_PLACE_REACH = 40  # how far from an office its country's name may start (rule agency_sentence reads the same reach)
PLACE_NAME_TAIL = 60  # how far past that reach a place's name found there may run


@dataclass(frozen=True, slots=True)
class StatsOwner:
    """The country whose customs or statistics office a page's opening cites (opening_statistics_owner); name None: none,
    where a rule set one aside. via: the rule that changed which country it is ("agency_sentence"), written after the
    rule of a decision that reads the owner (records.VIA)."""
    name: str | None
    iso3: str | None
    via: str = ""


def opening_statistics_owner(d, text: str) -> StatsOwner | None:
    """The country whose customs or statistics office the page's opening cites, if exactly one."""
    end = min(len(text), OPENING_OWNER_CHARS)
    found = agency_owner(text, 0, end)
    if found:
        return StatsOwner(*found)
    owners = set()
    unruled = set()   # the owners but for rule agency_sentence: where they differ, the owner names the rule
    ungenitive = set()   # the owners but for rule agency_genitive
    for m in cue("agency", _agency()).finditer(text, 0, end):
        if cue("place_of_office", _place_of_office()).match(text, m.end()):
            # "past the Chinese customs house at the China-Myanmar border town": a building, no source of figures
            # (rule agency_building, mizzima.com)
            continue
        # a place of the office's own sentence only: "— пояснили в министерстве. Доля Турции в общем российском
        # внешнеторговом обороте" names no Turkish ministry (rule agency_sentence, art-garbage.ru)
        # a place that starts within reach of the office, whole however long its name ("Главное таможенное управление
        # Китайской Народной Республики опубликовало данные": a window that ends inside the name finds no place)
        reach = min(end, m.end() + OFFICE_PLACE_REACH)
        around = [p for p in find_places(text, max(0, m.start() - OFFICE_PLACE_REACH), min(len(text), reach + PLACE_NAME_TAIL))
                  if p.kind in ("country", "demonym") and p.iso3 and p.start < reach]
        near = [p for p in around if not _SENTENCE_END.search(text, min(p.end, m.end()), max(p.start, m.start()))]
        if near:
            p = min(near, key=lambda p: abs(p.start - m.start()))
            ungenitive.add((p.name, p.iso3))
        # a country after the office in a case no genitive is ("Таможня называла Китай в числе главных торговых
        # партнеров России", portofranko.ru): the object of the office's verb, not the office's country, which follows
        # its name in the genitive ("комитета Беларуси", "управление Китайской Народной Республики"; rule agency_genitive)
        near = [p for p in near if not _object_after_office(p, m.end())]
        if near:
            p = min(near, key=lambda p: abs(p.start - m.start()))
            owners.add((p.name, p.iso3))
        if around:
            p = min(around, key=lambda p: abs(p.start - m.start()))
            unruled.add((p.name, p.iso3))
    one = next(iter(owners)) if len({o[1] for o in owners}) == 1 else None
    before = next(iter(unruled)) if len({o[1] for o in unruled}) == 1 else None
    but_case = next(iter(ungenitive)) if len({o[1] for o in ungenitive}) == 1 else None
    via = "agency_genitive" if one != but_case else "agency_sentence" if one != before else ""
    if one is None:
        return StatsOwner(None, None, via) if via else None
    return StatsOwner(*one, via)


def _object_after_office(p: Place, office_end: int) -> bool:
    """A place named after an office in a form that no genitive is (rule agency_genitive); a language without an
    analyser of cases keeps every place."""
    if p.start < office_end:
        return False
    found = cases(p.surface.split()[0], current_language())
    return found is not None and "gent" not in found


def statistics_owner(cl) -> tuple[str, str | None] | None:
    """The country whose customs, ministry or statistics office the clause cites."""
    text = cl.d.text
    s, e = cl.lo, cl.hi  # the figure's window of its sentence: a run-on "sentence" stays linear
    found = agency_owner(text, s, e)
    if found:
        return found
    for m in cue("agency", _agency()).finditer(text, s, e):
        near = [p for p in cl.d.places(cl.si, m.start() - 40, m.end() + 40)
                if p.kind in ("country", "demonym", "bloc") and (p.end <= m.start() or p.start - m.end() < 40)]
        if near:
            p = min(near, key=lambda p: abs(p.start - m.start()))
            return p.name, p.iso3
    return None


# "сотрудничества между Казахстаном и Россией ... Так, по итогам 11 месяцев 2022 года товарооборот между странами
# составил $24 млрд": "the countries" are the pair named last in the paragraph, whose first side reports (rule
# pair_named_before; Russian rows of cue pair_between_before, islam-today.ru)
_PAIR_AND = skip_compile(r"\s+и\s+")
PAIR_BEFORE_SENTENCES = 2


def pair_named_before(cl):
    """A clause naming no place whose flow is the two countries' ("между странами"): the first side of the pair named
    "между A и B" in the sentences of its paragraph before it (rule pair_named_before), else None."""
    between = cue("pair_between_before", NEVER)
    if between is NEVER or cl.places or not cue("bilateral", NEVER).search(cl.d.text, cl.lo, cl.hi):
        return None
    text = cl.d.text
    for k in range(cl.si, max(-1, cl.si - 1 - PAIR_BEFORE_SENTENCES), -1):
        s, _ = cl.d.c.sentences[k]
        if cl.d.para_index(s) != cl.pi:
            return None
        places = [p for p in cl.d.places(k) if p.start < cl.f.clean_start]
        for a, b in reversed(list(zip(places, places[1:]))):
            if a.iso3 and b.iso3 and a.iso3 != b.iso3 and _PAIR_AND.fullmatch(text, a.end, b.start) \
                    and between.search(text, max(0, a.start - 12), a.start):
                return a.name, a.iso3
    return None


def carried(cl):
    """An organization or region stays the subject until the text turns back to the country."""
    st, pi = cl.st, cl.pi
    if st.reporter and (st.reporter_para == pi or (st.reporter_kind == "organization"
                                                  and pi - st.reporter_para <= cl.org_carry
                                                  and not cl.names_home)):
        return st.reporter
    return None


def _bracket_item(cl) -> bool:
    """'... Iraq ($18,822.27 million) and Indonesia ($18,816.58 million) were the six countries which recorded higher
    volumes of trade with India': a figure in brackets after its own country is that country's item, whose
    counterpart is the page's subject, not the head's other side (rule bracket_item)."""
    text, fs = cl.d.text, cl.f.clean_start
    return any(fs - p.end <= 26 and _LIST_ITEM.match(text[p.end:fs]) for p in _places(cl)
               if p.end <= fs and p.kind == "country")


def region_next_paragraph(cl):
    """A paragraph that opens on a flow naming no owner and no place before the figure, right after a paragraph whose
    figures were a region's own: the flow is still the region's, not that of the page's subject, the region's country
    ("Внешнеторговый оборот Самарской области в январе-июне 2009 года уменьшился на 49,7% ... || Экспортные поставки
    снизились на 49,7% и составили $2 млрд 484,5 млн" on a page comparing the region with Russia as a whole, time-samara.ru;
    rule region_next_paragraph, tried just before the page-wide rules: sources.csv's reporter, the page's subject)."""
    st, d, pi = cl.st, cl.d, cl.pi
    if st.reporter is None or st.reporter_kind != "home_region" or st.reporter_para != pi - 1 or cl.names_home \
            or cl.home[1] is None or st.reporter[1] != cl.home[1]:
        return None
    s = d.c.sentences[cl.si][0]
    if d.para_index(s) != pi or d.places(cl.si, s, cl.f.clean_start):
        return None
    # ("Брестская область нарастила экспорт товаров за январь - май на 11,5% ... || \"Результаты внешнеэкономической
    # деятельности в этом году формировались в условиях изменения торговых режимов ... . При этом за пять месяцев объем
    # экспорта товаров вырос на 11,5% и составил более $1,3 млрд\"", belta.by: the region's official goes on in a quote
    # whose first sentences name no place either: up to REGION_NEXT_SENTENCES of them)
    k = cl.si
    while k > 0 and d.para_index(d.c.sentences[k - 1][0]) == pi:
        k -= 1
        if cl.si - k > REGION_NEXT_SENTENCES or d.places(k):
            return None
    # ("Three states – Michigan, Ohio and Texas – made up almost a fourth of all exports: $62 billion altogether. ||
    # Of the 6.7 million jobs supported by goods exports in 2015, 18.5 percent ... were supported by exports to Canada",
    # knowledgecenter.csg.org): a paragraph naming several of the country's regions held a list of regions' figures,
    # no one region's own; the paragraph after it is not that region's (rule region_next_paragraph, condition
    # several_regions_before)
    # ("Rising demand ... helped push up Xinjiang's trade volume to 9 billion U.S. dollars in H1, up 34 percent year on
    # year, Urumqi Customs said || Exported goods ... were 7.7 billion dollars", en.chinaxinjiang.cn, data/web62 dj04: a
    # city that names the office citing the figures, "Urumqi Customs", is no region of the list: rule office_not_listed)
    named, offices = set(), set()
    j = k - 1
    while j >= 0 and d.para_index(d.c.sentences[j][0]) == pi - 1:
        for p in d.places(j):
            if p.kind == "region" and p.iso3 == cl.home[1]:
                (offices if _region_office_after().match(d.text, p.end) else named).add(p.name)
        if len(named) > 1:
            return None
        j -= 1
    if offices - named:
        cl.via = add_via(cl.via, "office_not_listed")
    return st.reporter


REGION_NEXT_SENTENCES = 2  # the sentences naming no place a paragraph may open on before its region's flow
# "Urumqi Customs", "Harbin Customs": an office named by its city (the row rules entity_anaphor and region_noun_subject read)
_region_office_after = EnglishCue("reporters_anaphor_office_after", re.I)


def counterpart_of_subject(cl):
    """'exports to Russia' on a page about Russia's trade with Armenia: the flow is the other
    country's, the one the page's head names next."""
    if cl.home[0] is None or cl.head_partner is None or _bracket_item(cl):
        return None
    frames = [fr for fr in cl.frames if fr.kind == "flow" and fr.reporter is None and fr.partner is not None]
    fr = frame_for(frames, cl.f.clean_start, cl.f.clean_end, cl.f.clean_start - FRAME_REACH, cl.hi, text=cl.d.text,
                   stops=tuple(p.start for p in cl.places))
    if fr is None or (fr.partner.iso3 or fr.partner.name) != (cl.home[1] or cl.home[0]):
        return None
    return cl.head_partner


REGION_BACK = 8   # how many sentences back counterpart_region's cheap test looks for a region (its paragraph's, within)


def counterpart_region(cl):
    """'Экономика Гродненской области характеризуется высокой степенью открытости ... Товарооборот с Россией за 2021 год
    составил около ста пятидесяти миллиардов российских рублей' (grodno-region.gov.by, ruweb53 do04, a page whose head made
    Russia its subject): a flow to the page's subject, which counterpart_of_subject gives to the head's other country, is
    that country's region named before the figure in the figure's paragraph, as home_region reads a region of the page's
    own country (rule counterpart_region, tried right before counterpart_of_subject)."""
    if cl.home[0] is None or cl.head_partner is None:
        return None   # (counterpart_of_subject's own first test, here before any place of a sentence is read: on a long
        # text read sentence by sentence, the places of the sentences before a figure cost a reading of each)
    d, fs = cl.d, cl.f.clean_start
    found = counterpart_of_subject(cl)
    if found is None or found[1] is None:
        return None
    if any(p.kind in ("country", "demonym") and p.iso3 == found[1] for p in d.places(cl.si)):
        # ("Moscow expects Russian energy deliveries to China to grow by 40% in 2023", web49 cj02: the country named in
        # the figure's sentence, here by its demonym, owns the flow; its capital speaks for it)
        return None
    hits = []
    for si in range(cl.si, max(-1, cl.si - REGION_BACK - 1), -1):
        s0 = d.c.sentences[si][0]
        if d.para_index(s0) != cl.pi:
            break
        hits = [p for p in d.places(si) if p.kind == "region" and p.iso3 == found[1] and p.end <= fs
                and not names_company(d.text, p)]
        if hits:
            break
    return (hits[-1].name, found[1]) if hits else None


def carried_part(cl):
    """'supplies of Belarusian goods to Russia' in a paragraph about an exchange of Belarus:
    a frame naming the carried organization's own country keeps the organization."""
    kept = carried(cl)
    if kept is None or kept[1] is None or cl.st.reporter_kind == "region_next":
        return None
    for rule in (flow_frame, demonym_flow, pair):
        found = rule(cl)
        if found is not None:
            cl.frame = None
            if rule is demonym_flow and cl.st.reporter_kind == "home_region" and found[0] != kept[0]:
                # "Saskatchewan was the only Canadian province that saw its export business grow in 2020. On a
                # national basis, Canadian export sales declined by 12.2 percent": the country's own flow named
                # by its demonym is the country's, not the region's carried (rule carried_part; an organization
                # carried keeps "Belarusian goods")
                return None
            if found[1] != kept[1]:
                cl.via = ""   # (pair's reading of the page's owner decided nothing: Clause.via)
                return None
            return kept
    return None


def item_subject(cl):
    """The country the digest's story holding the figure is about, another than the page's (items.item_subject); the
    filters that took another place's vote away in the story's lead name themselves after it (items.item_via)."""
    if cl.item_home is not None:
        from tradeflows.facts.items import item_via
        via = item_via(cl.d, cl.f.clean_start)
        if via:
            cl.via = add_via(cl.via, via)
    return cl.item_home


def sources(cl):
    """The reporter sources.csv gives for the document."""
    return (cl.home[0], cl.home[1]) if cl.home_rule == "sources" and cl.home[0] else None


def subject(cl):
    """The document's subject country, inferred from its title and opening (the rule that made the head's region the
    subject in its country's stead names itself after this one's: Doc.home_via, records.VIA)."""
    if cl.home_rule != "head" or not cl.home[0]:
        return None
    if cl.d.home_via:
        cl.via = add_via(cl.via, cl.d.home_via)
    return cl.home[0], cl.home[1]


def subject_later(cl):
    """A page whose opening names places only as destinations: the side owning the flow further on
    (subject._subject_later)."""
    return (cl.home[0], cl.home[1]) if cl.home_rule == "head_later" and cl.home[0] else None


def unplaced_later(cl):
    """A page whose title and opening name no place: the side owning the flow further on (subject.owner_further_on)."""
    return (cl.home[0], cl.home[1]) if cl.home_rule == "unplaced_later" and cl.home[0] else None


def currency_country(cl):
    """A page that names no place at all, whose amounts are in one country's own currency: that country
    (page_currency_country)."""
    return (cl.home[0], cl.home[1]) if cl.home_rule == "currency_country" and cl.home[0] else None


def page_currency_country(figures) -> tuple[str, str] | None:
    """(name, iso3) of the one country whose own currency the page's amounts are in ("507,3 млн латов" on bnn-news.ru,
    "EUR 2,245 million (HUF 605 billion)" on investhungary.com): on a page whose title and opening name no place, it
    beats the outlet's web domain (rule currency_country); amounts in currencies of many countries (the US dollar, the
    euro) name none, nor does a sign read by its default ("¥", "Rs"), and amounts in two countries' own currencies
    neither (figures.currencies.plain_issuer)."""
    owners = {plain_issuer(f.currency, f.figure) for f in figures if f.kind == "money" and f.currency} - {None}
    if len(owners) != 1:
        return None
    iso3 = next(iter(owners))
    try:
        return country(iso3), iso3
    except KeyError:
        return None


def outlet(cl):
    """A page that names no place at all (or only groups of destinations, subject.counterparts_group_outlet): the
    country of its outlet's web domain (the rule that made it so names itself after this one's: Doc.home_via)."""
    if cl.home_rule != "outlet" or not cl.home[0]:
        return None
    if cl.d.home_via:
        cl.via = add_via(cl.via, cl.d.home_via)
    return cl.home[0], cl.home[1]


# "Last year, this country imported almost 34 thousand tons of dairy products worth $106 million":
# the country just named is the subject of the flow verb
_ANAPHOR_FLOW = skip_compile(r"\b(?:this|that|the\s+same)\s+(?:\w+\s+){0,2}?(?:country|state|nation)\s+(?:\w+\s+)?"
                             r"(?:imported|exported|imports|exports|bought|purchased|buys|sold|sells)\b", re.I)
ANAPHOR_FLOW_WORDS = ("country", "state", "nation")   # (as FLOW_BY_WORDS)


def anaphor_flow(cl):
    """'this country imported ... worth $106 million': the flow is the carried country's own."""
    st = cl.st
    if st.partner is None or st.partner[1] is None or st.partner_para != cl.pi:
        return None
    text, start = cl.d.text, cl.f.clean_start
    s = cl.d.c.sentences[cl.si][0]
    if lacks(cl.d, ANAPHOR_FLOW_WORDS, max(s, start - 200), start):
        return None   # (every match of _ANAPHOR_FLOW names one of these nouns)
    return st.partner if _ANAPHOR_FLOW.search(text, max(s, start - 200), start) else None


# "China emerged the world's largest exporter ... Its exports in 2013 were valued at $2.21 trillion": a sentence
# opened by "Its" flow speaks of the one country the sentence before named
_its_flow = EnglishCue("reporters_its_flow")
_subject_opening = EnglishCue("reporters_subject_opening")


def its_flow(cl):
    """'Its exports in 2013 were valued at $2.21 trillion': the country the sentence before named
    (the only one it named, in the same paragraph; of several, the one it opened on, else the one
    an "its" of its own belongs to)."""
    d = cl.d
    if cl.si < 1:
        return None
    s = d.c.sentences[cl.si][0]
    if not _its_flow().match(d.text, s) or d.para_index(d.c.sentences[cl.si - 1][0]) != cl.pi:
        return None
    places = [p for p in d.places(cl.si - 1) if p.kind == "country"]
    named = {(p.name, p.iso3) for p in places}
    if len(named) == 1:
        # "China has purchased 95.07 million pounds of large shrimp worth $277 million USD. Its export to China has risen
        # by 14 percent" (chinaseafoodexpo.com, data/web56 cx02): a country the figure's own sentence names is the
        # flow's other side, not the owner of its "its" (rule its_not_own_partner: the rules after decide)
        here = d.places(cl.si)
        if here and any(p.iso3 is not None and (p.name, p.iso3) in named for p in here):
            cl.via = add_via(cl.via, "its_not_own_partner")
            return None
        return next(iter(named))
    # several named: the one the sentence before opened on, its subject
    s0 = d.c.sentences[cl.si - 1][0]
    first = min(places, key=lambda p: p.start, default=None)
    if first is not None and _subject_opening().fullmatch(d.text, s0, first.start):
        return first.name, first.iso3
    return _its_owner(d, places)


# "... because China saw its net sales to the U.S. plummet by 20% ... . Its total exports to the U.S. last year
# were just $427.2 billion": the country a verb right after makes the owner of an "its" (a few words on)
# (a verb: not "and", "or" or a preposition, "China and its partners")
_its_owner_cue = EnglishCue("its_owner")


def _its_owner(d, places) -> tuple | None:
    """'Its total exports to the U.S. last year were just $427.2 billion' after a sentence naming several
    countries of which only one owns an "its" ("China saw its net sales ... plummet"): that country, not the
    page's subject (its_flow, a sentence that neither names one country nor opens on one)."""
    owners = {(p.name, p.iso3) for p in places if cue("its_owner", _its_owner_cue()).match(d.text, p.end)}
    return next(iter(owners)) if len(owners) == 1 else None


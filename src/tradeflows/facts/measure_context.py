"""The measure a figure with no cue of its own takes from around its sentence: the previous
sentence's last cue (across a paragraph break when the sentence names its subject by an
anaphor: "This was ...", "the figure", "показатель"), and the line that introduces a list
("The top 5 exporting partners for Australia were:"). facts/measure.py tries them after the
figure's own clause and before the paragraph's carried measure.
"""
from __future__ import annotations

import re

from tradeflows.facts.context import Doc, cue_matches
from tradeflows.facts.places import lookup
from tradeflows.text.clean import LIST_ITEM, LIST_REACH
from tradeflows.vocab import fold
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile


# "this indicator", "the figure" (ru "показатель"): the sentence speaks of the previous one's measure
ANAPHOR_REACH = 3  # sentences back
# "This was a 17 percent increase from $447.8m ...": a sentence opened by "This was" (or a ranking
# going on, "... was followed by") goes on with the figure just spoken of, across a paragraph break too
# (every alternative opens on a word's first letter: the \b before them all lets the search pass over the
# letters inside words at once, where sre tried each alternative at each; the same matches)
_ANAPHOR_MEASURE = skip_compile(r"\b(?:"
                                r"\b(?:[Tt]his|[Tt]hat|[Tt]he\s+same)\s+(?:indicator|figure)\b"
                                # "The figure stood at Dh1.058 trillion": a sentence opened by "The figure"
                                r"|\b[Tt]he\s+(?:figure|total|value|amount)\s+(?:stood|was|is|reached|came|amounted|rose|fell|represents|represented|"
                                # "The figure slashed to $14.5 billion in 2013": a change verb too
                                r"slashed|dropped|declined|decreased|increased|grew|jumped|plunged|plummeted|climbed|surged|"
                                r"shrank|dipped|went)\b"
                                # ("That's 16.4 per cent higher than the US$592.3 million spend ...": the contraction
                                # too, rule anaphor_contracted; radiojamaicanewsonline.com)
                                r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:This|That|It)(?:\s+(?:was|is|represents|marks|marked)\b|['’]s\s)"
                                # "Germany was followed by the U.S. with $14.3 billion": a ranking goes on
                                # ("They are followed in third place by Latin America with US $ 286.1 million", a rank
                                # between: rule rank_position)
                                r"|\b(?:was|were|is|are)\s+(?:\w+ly\s+)?followed\s+(?:in\s+\w+\s+place\s+)?by\b"
                                # "Last year it reached about two trillion rubles": "it" the subject of a level verb
                                # "Imports from Turkey continued to be low ...\nIn June they fell to 5.7 million riyals"
                                # (sweetcrudereports.com), "... foreign sales reached 3,694 million dollars.\n\nThe fall was
                                # 2.8 percent" (all4youhitradio.com): "they" or the change just told, across a paragraph
                                # break (rule change_anaphor)
                                r"|\b[Tt]hey\s+(?:fell|rose|dropped|declined|decreased|increased|grew|jumped|climbed|plunged|slumped)\b"
                                r"|(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?:fall|drop|decline|decrease|rise|increase|jump)\s+(?:was|is|amounted)\b"
                                # ("In 2020, it only slightly exceeded 23 billion zlotys", babel.ua: adverbs before the
                                # verb too, rule anaphor_adverbs)
                                r"|\b(?<![Ii]f\s)[Ii]t\s+(?:has\s+|had\s+)?(?:(?:already|only|\w+ly)\s+){0,2}(?:reached|stood|amounted|totall?ed|"
                                r"exceeded|surpassed|topped)\b"
                                # "Japan came a distant second, at $66.1 billion", "to become Australia's second
                                # largest trading partner at $71.9 billion": a rank goes on with the measure ranked
                                r"|\b(?:came|comes|ranked|ranks)\s+(?:a\s+)?(?:\w+\s+)?(?:second|third|fourth|fifth|next)\b"
                                r"|\b(?:second|third|fourth|fifth)[-\s]+(?:largest|biggest)\s+(?:\w+\s+)?partner\b"
                                # "Taiwan's six major trading partners in ASEAN were second at 19.1 percent" (rule
                                # rank_position)
                                r"|\b(?:was|were|is|are)\s+(?:a\s+)?(?:close\s+|distant\s+)?(?:second|third|fourth|fifth)\s+(?:at|with)\b"
                                # "Saudi Arabia rose to the fourth position with a total share of 4% amounting to AED 56
                                # billion" after "India topped Dubai's major trade partners with a total trade volume of
                                # ...": a rank taken goes on with the measure ranked, across a paragraph break (rule
                                # rank_position)
                                r"|\b(?:rose|climbed|moved|jumped|dropped|fell|slipped|slid|retained|kept|held|took|occupied|"
                                r"was|is|remained|ranked|secures|secured|takes)\s+(?:to\s+|in\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|"
                                r"No\.\s*[2-9])\s+(?:position|place|spot)\b"
                                # "Other sectors such as fruit (+27.5%), metal-mechanic (+25.5%) ... also stood out": more
                                # items of the flow just spoken of (rule other_items)
                                # "Of these, Guatemala accounted for $735.7 million": the parts of the total just told
                                # (rule of_these)
                                r"|(?:^|(?<=[.!?]\s)|(?<=\n))Of\s+(?:these|this|which|them|that|the\s+total)\s*,"
                                # "Of the top 10 export commodities for July, eight of them dropped, PSA said." then "These
                                # include machinery and transport equipment (-36.8 percent), ..." (egypttoday.com); "Among
                                # the main product lines, fresh blueberries stood out, ... for US$ 351 million": the items
                                # of the goods just spoken of, a sentence opened on them, go on with their flow (rule
                                # goods_items_anaphor)
                                r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:These|They|Those)\s+include[ds]?\s"
                                r"|(?:^|(?<=[.!?]\s)|(?<=\n))Among\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:products|product\s+lines|"
                                r"commodities|items|goods|categories)\b"
                                r"|\b(?:[Oo]ther|[Ff]urther)\s+(?:sectors?|products?|items?|goods|categories|segments?|"
                                r"commodities)\s+(?:such\s+as|like|including)\b"
                                # "Said outcome was driven by the good performance of mining (+18.6%)": the result just
                                # told, explained by its parts (rule result_driven_by)
                                r"|\b(?:[Ss]aid|[Tt]his|[Tt]hat|[Tt]he)\s+(?:positive\s+|negative\s+)?(?:outcome|result|performance|growth|"
                                r"increase|rise|decline|drop)\s+(?:was|is|has\s+been)\s+(?:mainly\s+|largely\s+|mostly\s+|partly\s+)?"
                                r"(?:driven|underpinned|supported|led|boosted|explained|fuelled|fueled)\s+by\b"
                                r")", re.M)


NOTE_LINE = 60    # characters of a note line between a list's opening line and its items


def list_intro(d: Doc, si: int, pi: int, v):
    """The last measure cue of the paragraph that introduces the figure's list, a paragraph ending with a
    colon: the one right before the figure's, or before the run of list items, each its own paragraph,
    that the figure's opens (a saved page's <li> or <p> per item: rule list_intro_items); else None."""
    text = d.text
    k = pi - 1
    while k >= 0:
        a, b = d.c.paragraphs[k]
        if text[a:b].rstrip().endswith(":"):
            last = None
            for m in cue_matches(d, v, "measure", a, b):
                last = v["measures"][fold(m.group())][0]
            if last is None and _importers_of_demonym(text, a, b):
                return "exports", "list_intro_importers"
            return last, "list_intro"
        if b - a <= NOTE_LINE and LIST_ITEM.match(text, d.c.paragraphs[k + 1][0]) \
                and LIST_ITEM.match(text, d.c.paragraphs[pi][0]) and not LIST_ITEM.match(text, a) \
                and not text[a:b].rstrip().endswith((".", "!", "?")):
            # (a heading, no sentence: "Services credits rose in 2022." between items ends the list instead)
            heading = next(iter(cue_matches(d, v, "measure", a, b)), None)
            if heading is not None and not text[a:heading.start()].strip():
                # "Exports Value (MYR Millions) % Change YoY" over "• Singapore: 16,807 (-19%)", after a line that
                # introduced both the export and the import lists: a column heading opened by a flow gives the items
                # under it that flow (rule list_heading_measure)
                return v["measures"][fold(heading.group())][0], "list_intro"
        if k > 0 and b - a <= NOTE_LINE and LIST_ITEM.match(text, d.c.paragraphs[k + 1][0]) \
                and LIST_ITEM.match(text, d.c.paragraphs[pi][0]) \
                and text[d.c.paragraphs[k - 1][0]:d.c.paragraphs[k - 1][1]].rstrip().endswith(":"):
            # "Top export destinations:\nData from January to July.\n • United States: $1,298.7 million": a short
            # note line between the list's opening line and its items (rule list_intro_note)
            k -= 1
            continue
        if k < pi - LIST_REACH or not (LIST_ITEM.match(text, a) and LIST_ITEM.match(text, d.c.paragraphs[pi][0])):
            return None, None
        k -= 1
    return None, None


# a statistics block's flow label: right after the flow word that opens a line, a colon or the line's amount ("Exports :
# $182.4 billion f.o.b.", "Imports $190.8 billion") (rule label_block_flow)
_flow_label_after = EnglishCue("measure_flow_label_after")
LABEL_BLOCK_REACH = 5   # lines above a figure's line a statistics block's flow label is looked for in
_DIGIT = skip_compile(r"\d")


def label_block_flow(d: Doc, pi: int, v) -> str | None:
    """The flow of the statistics block the figure's line stands in (a country profile's "Exports : $182.4 billion
    f.o.b. (2004 est.)", "Commodities :", the goods, then "US 87.6%, Canada 1.8%, Spain 1.1% (2004)"): the nearest line
    above that opens on a flow word as its label, the lines between naming no figure and no flow; else None (rule
    label_block_flow)."""
    text = d.text
    for k in range(pi - 1, max(-1, pi - 1 - LABEL_BLOCK_REACH), -1):
        a, b = d.c.paragraphs[k]
        first = next(iter(cue_matches(d, v, "measure", a, b)), None)
        if first is not None:
            flow = v["measures"][fold(first.group())][0]
            label = not text[a:first.start()].strip() and _flow_label_after().match(text, first.end())
            return flow if label and flow in ("exports", "imports") else None
        if _DIGIT.search(text, a, b):
            return None
    return None


# "Основными импортерами украинского подсолнечного масла в отчетном периоде были:" over "- Индия — $802,4 млн (или
# 30,3% от общей стоимости);" (latifundist.com): the importers of a country's goods, a demonym right after the role
# noun, buy that country's exports (rule list_intro_importers; cue importers_of of vocab/ru/patterns.csv, its group the
# word after; the bare "Основными импортерами являются Китай (21%)" of an import structure stays without a flow)
def _importers_of_demonym(text: str, a: int, b: int) -> bool:
    for m in cue("importers_of", NEVER).finditer(text, a, b):
        place = lookup(m.group(1))
        if place is not None and place.kind == "demonym":
            return True
    return False


# "the year-on-year increase in total exports was reflected due to the higher value of exports in different
# sectors" over a paragraph of items, "'Petroleum gases ...' amounted to QR94.3bn": a sentence announcing the
# flow's breakdown by items hands its measure to the next paragraph's sentence (rule breakdown_intro)
_BREAKDOWN_INTRO = skip_compile(
    r"\b(exports?|imports?|shipments|purchases|sales)\s+(?:\w+\s+){0,2}?(?:in|by|of|across|among|from)\s+"
    r"(?:the\s+)?(?:different|various|several|many|main|major|key|individual|following|these|all)\s+"
    r"(?:\w+\s+)?(?:sectors|products|items|categories|commodities|commodity\s+groups|product\s+groups|groups|"
    r"goods|segments|industries)\b", re.I)


def breakdown_cue(d: Doc, si: int, v):
    """The flow of the previous sentence when it announces a breakdown by items and the figure's
    sentence opens the next paragraph (rule breakdown_intro), else None."""
    if si == 0 or d.para_index(d.c.sentences[si - 1][0]) == d.para_index(d.c.sentences[si][0]):
        return None
    ps, pe = d.c.sentences[si - 1]
    intro = cue("breakdown_intro", _BREAKDOWN_INTRO).search(d.text, ps, pe)
    if intro is None:
        return None
    flow = v["measures"].get(fold(intro.group(1)))   # the flow the breakdown is of
    return flow[0] if flow else None


def previous_cue(d: Doc, si: int, v):
    """The last measure cue of the previous sentence in the same paragraph, or across a
    paragraph break when the sentence names its subject by an anaphor ("показатель")."""
    if si == 0:
        return None
    s, e = d.c.sentences[si]
    back = si - 1
    if d.para_index(d.c.sentences[back][0]) == d.para_index(s):
        # the previous sentence's cue, with or without an anaphor: the anaphor is searched for only where it has none
        last = _last_measure(d, back, v)
        if last is not None:
            return last
        back -= 1
    memo = d.memo.anaphor_measure   # one search per sentence, not per figure: a run-on "sentence" stays linear
    anaphor = memo.get(si)
    if anaphor is None:
        anaphor = memo[si] = cue("anaphor_measure", _ANAPHOR_MEASURE).search(d.text, s, e) is not None
    if not anaphor:
        return None
    # an anaphor reaches back past a sentence with no measure ("Об этом сообщает ...")
    for k in range(back, max(-1, si - (ANAPHOR_REACH + 1)), -1):
        last = _last_measure(d, k, v)
        if last is not None:
            return last
    return None


def _last_measure(d: Doc, k: int, v):
    """The measure of sentence k's last measure cue, or None."""
    s, e = d.c.sentences[k]
    last = None
    for m in cue_matches(d, v, "measure", s, e):
        last = v["measures"][fold(m.group())][0]
    return last


def both_flows_before(d: Doc, si: int, v) -> bool:
    """The previous sentence, in the same paragraph, names both flows ('in terms of exports, ... and in terms of imports
    - on the purchase of ...'): what goes on after it is the trade both ways, no one flow (rule vague_both_flows)."""
    if si == 0 or d.para_index(d.c.sentences[si - 1][0]) != d.para_index(d.c.sentences[si][0]):
        return False
    s, e = d.c.sentences[si - 1]
    found = {v["measures"][fold(m.group())][0] for m in cue_matches(d, v, "measure", s, e)}
    return {"exports", "imports"} <= found


HEADING_CHARS = 160   # the longest paragraph read as a heading over a ranking list
_DIGIT = skip_compile(r"\d")
_WORD_AFTER = skip_compile(r"\s+([^\W\d_]+)")


def ranking_heading(d: Doc, si: int, pi: int, v):
    """The flow of the heading right over a paragraph that opens on a ranking list with no flow of its own ("В
    Минсельхозе назвали лидеров по объёму импорта российской сельхозпродукции" over "В первую пятёрку вошли Китай
    ($7,6 млрд), Турция ($5 млрд), ..."): the heading's last flow cue, where another's imports of the page's own
    goods are the page's exports (rule ranking_heading; cue ranking_list, Russian rows only); else None."""
    if pi == 0:
        return None
    text = d.text
    s, e = d.c.sentences[si]
    if d.c.paragraphs[pi][0] != s or not cue("ranking_list", NEVER).match(text, s, e):
        return None
    a, b = d.c.paragraphs[pi - 1]
    if b - a > HEADING_CHARS or _DIGIT.search(text, a, b):
        return None
    last, at = None, None
    for m in cue_matches(d, v, "measure", a, b):
        last, at = v["measures"][fold(m.group())][0], m.end()
    if last == "imports" and d.home_iso is not None:
        w = _WORD_AFTER.match(text, at)
        place = lookup(w.group(1)) if w else None
        if place is not None and place.kind == "demonym" and place.iso3 == d.home_iso:
            return "exports"
    return last if last in ("exports", "imports", "turnover") else None


def page_flow(d: Doc, v):
    """The flow (exports, imports or turnover) the page's measure cues name most, the first named on a tie; None when it
    names none, or its top flow once only (rule page_flow; counted once per page). Not the balance: an item's figure
    with no cue of its own is a flow's ("Gold declined $4m by -49.4 per cent" on a page that names deficits most), a
    balance is named where it is meant. A book or long report (over PAGE_FLOW_MAX_CHARS) has no such topic: the flow its
    hundreds of pages name most says nothing of one passage (and counting it would scan the whole book)."""
    if len(d.text) > PAGE_FLOW_MAX_CHARS:
        return None
    if d.memo.page_flow is None:
        counts: dict[str, int] = {}
        for m in cue_matches(d, v, "measure", 0, len(d.text)):
            flow = v["measures"][fold(m.group())][0]
            if flow in _PAGE_FLOWS:
                counts[flow] = counts.get(flow, 0) + 1
        top = max(counts, key=counts.get) if counts else None
        d.memo.page_flow = (top if top is not None and counts[top] >= PAGE_FLOW_MIN else None,)
    return d.memo.page_flow[0]


_PAGE_FLOWS = frozenset(("exports", "imports", "turnover"))
# the times a page names its flow before the flow is the page's topic: a flow named once ("Mineral products exports
# decreased by R908-million" among a surplus's paragraphs) leaves a figure of another subject ("In Durban, the harbour
# handled R2-billion in the month") without one
PAGE_FLOW_MIN = 2
# a page's length at most: news pages and short reports run to some 20,000 characters; a book is many times that
PAGE_FLOW_MAX_CHARS = 50_000

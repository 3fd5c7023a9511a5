"""The measure decision: what a figure measures (exports, imports, turnover, balance...).

A cue in the figure's own clause decides first (joined to the figure, "of" after it, the
nearest before it, after it); a figure with none takes its sentence's earlier figure's measure,
the previous sentence's (facts/measure_context.py: its last figure's, else its last cue, a list's
introducing line), then the paragraph's carried measure. The cues are rows of vocab measures.csv; what is here are the
phrasings around a cue that change what it says (a cue inside a body's name or a cause
phrase, a vague "transactions").

Its seams in modules of their own: the buying and selling verbs around a figure (facts/measure_traded.py), the
flow a cue-less phrase names (facts/measure_named.py), what one flow exceeds the other by (facts/measure_difference.py),
the paragraphs' shape a flow goes on through (facts/measure_paragraphs.py), prices and coverage ratios, measure other
(facts/measure_prices.py, facts/measure_coverage.py), another country's sellers and buyers (facts/measure_foreign.py)
and the goods/services scope (facts/measure_scope.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.facts.context import Doc, State, cue_matches
from tradeflows.facts.items import silent_item
from tradeflows.facts.list_pointer import list_pointer
from tradeflows.facts.measure_cargo import entity_cargo_value
from tradeflows.facts.measure_context import (label_block_flow, list_intro, both_flows_before, breakdown_cue, page_flow, previous_cue,
                                              ranking_heading)
from tradeflows.facts.measure_account import account_anaphor
from tradeflows.facts.measure_coverage import covered
from tradeflows.facts.measure_currency import currency_share, currency_share_anaphor
from tradeflows.facts.measure_cues import clause_cues
from tradeflows.facts.measure_exceeds import exceeds_pair
from tradeflows.facts.measure_difference import flow_difference
from tradeflows.facts.measure_named import named_flow
from tradeflows.facts.measure_nontrade import budget_balance, non_trade_rule
from tradeflows.facts.measure_paragraphs import one_sentence_paragraph, parallel_paragraphs, ranked_run
from tradeflows.facts.measure_prices import flow_price, price_change
from tradeflows.facts.measure_supplies_from import supplied_from_import
from tradeflows.facts.measure_traded import bought_or_sold
from tradeflows.facts.respectively import listed, siblings, written_list, written_list_of
from tradeflows.figures.units import per_unit_after
from tradeflows.records import FLOWS, Figure
from tradeflows.text.clean import LIST_ITEM
from tradeflows.vocab import DEFAULT_LANGUAGE, current_language, fold, holds, pattern_needs, weak_rules
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue
from tradeflows.vocab.skip import skip_compile

# the figure's confidence from the measure rule that decided it (other rules: 0.4)
MEASURE_CONFIDENCE = {"cue_before": 1.0, "cue_joined_after": 1.0, "respectively": 1.0, "pair_of_places": 1.0,
                      "cue_after": 0.9, "share_of": 1.0, "carried": 0.7, "change_in_after": 1.0, "paired_list": 0.9,
                      "passive_flow_after": 0.9, "share_from_level": 1.0, "export_earnings": 1.0, "unit_price": 1.0,
                      "services_earnings": 1.0, "visitor_spending": 1.0, "per_unit_price": 1.0, "per_unit_gdp": 1.0, "balance_share": 0.9,
                      "flow_difference": 1.0, "share_next_item": 1.0, "respectively_flows": 0.9, "bracket_part": 0.9,
                      "label_block_flow": 0.9, "supplies_after_import": 0.9}


# a dash between a list item's flow word and its figure ("импорта – 22,4%", rule share_owner_item)
# a bracket a share opens right after its flow word ("экспорта (62%)", rule share_bracket_flow)
# an amount right before the bracket a share opens ("$9 billion (52.3%)"), and the bracket closing right after the
# share (rule share_bracket_amount)
_amount_bracket_before = EnglishCue("measure_amount_bracket_before", re.I)
_BRACKET_CLOSE_AFTER = skip_compile(r"\s*\)")
_ITEM_BREAK = skip_compile(r"[,;:\u2014\u2013]|\s-\s")
_BRACKET_OPEN = skip_compile(r"\s*\(\s*")
_DASH_ITEM = skip_compile(r"\s*[-–—]\s*")


def _flow_subject(text: str, cues: list, f) -> tuple | None:
    """The flow cue that is the subject of "accounted for" ("export accounted for 60.25% of total
    trade", "exports to China accounted for $250 million of the overall turnover"): the part, not the
    whole it is a part of (rule share_flow_subject); else None."""
    subj = [x for x in cues if x[1] <= f.clean_start and x[2] in ("exports", "imports")
            and _share_verb_gap().fullmatch(text, x[1], f.clean_start)]
    return subj[-1] if subj else None


# between a flow that is the subject and its share: "export accounted for", "imports made up"
_share_verb_gap = EnglishCue("measure_share_verb_gap", re.I)


# a change told in a line ("stood at $219.18 million, up 15.69 percent", "saw a decline of 8.64% to RM134.39 million")
_change = EnglishCue("line_change", re.I)


def _respectively_before(d: Doc, si: int, f: Figure, s_start: int, s_end: int, v) -> str | None:
    """"In HUF terms, exports rose by 9.6 pct, and imports were up by 7.3 pct. The growth rates in EUR were 19 and 16
    pct, respectively": a list closed by "respectively" in a sentence that names no flow pairs with the flows the
    sentence before names, in their order (rule respectively_before)."""
    if si == 0:
        return None
    resp = siblings(d.text, s_start, s_end, f.clean_start, f.figure)
    if resp is None:
        return None
    i, starts = resp
    for k in range(si - 1, max(-1, si - 1 - RESPECTIVELY_BEFORE_REACH), -1):
        # (the nearest sentence before that names a flow: "Vis-à-vis the 2nd quarter of 2019, the increases were 35.1%
        # and 36.8%, in the same order. \n In the 1st quarter of 2022, the year-on-year growth rates were +18.0% and
        # +36.8%, respectively": both after "exports grew by 95.5% and imports by 108.3%")
        ps, pe = d.c.sentences[k]
        flows = [c[2] for c in _split_pairs(d.text, clause_cues(d, ps, pe, v)) if c[2] in ("exports", "imports")]
        if flows:
            order = [x for j, x in enumerate(flows) if j == 0 or flows[j - 1] != x]
            return order[i] if len(order) == len(starts) and len(set(order)) == len(order) else None
    return None


# the trade right after an amount, then a share of one flow it makes ("€62 billion trade in medical and pharma products
# accounted for 38% of all exports") (rule trade_part_of_flow)
_trade_part_of_flow = EnglishCue("measure_trade_part_of_flow", re.I)
_figure_anaphor = EnglishCue("measure_figure_anaphor", re.I)
# a buyer named by its role ("the largest buyer of Kenyan tea", "buyer country", "find buyers in the European Union");
# not "buyers" of a world market (rule buyer_role)
BUYER_REACH = 160  # characters before the figure a buyer is looked for in (a bounded read per figure)
_buyer_role = EnglishCue("buyer_role", re.I)
_buyer_world = EnglishCue("buyer_world", re.I)
RESPECTIVELY_BEFORE_REACH = 3  # sentences a list closed by "respectively" looks back for the flows it follows


# a paragraph's opening connective that goes on with the one before ("On the other hand,", "Likewise,")
_continued_paragraph = EnglishCue("continued_paragraph")


# "Togo followed with N574.93bn", "Next come Europe at 25%, the Middle East and Africa at 17%": a paragraph opened on
# the next item of a ranking the paragraph before began (rule followed_paragraph)
_followed_open = EnglishCue("measure_followed_open")


# the measure rules a carry within the sentence stays weak after: the measure rows of vocab/en/weak_rules.csv (the
# carry's own name among them) and none (rule sentence_figure)
@lru_cache(maxsize=1)
def _weak_sources() -> frozenset[str]:
    return frozenset([""] + [r.split(":", 1)[1] for r in weak_rules() if r.startswith("measure:")])


_CUE_RULES = frozenset(("cue_before", "cue_after", "cue_joined_after", "cue_of_after", "flow_by_gap", "vague_in_after"))


PRICE_REACH = 40   # how far before an amount its unit price's words may start (cue unit_price_before)


def measure_of(d: Doc, st: State, f: Figure, si: int, pi: int, s_start: int, s_end: int, v):
    """(measure, rule, cue span) of a figure: its clause's cue, else the previous sentence's,
    else the paragraph's carried measure, else "other"; st carries it on."""
    text = d.text
    if price_change(text, f, s_start):
        # "Prices decreased 0.6%, while volumes rose 0.3%", "export prices decreased 2.4%" (Statistics Canada's
        # releases as fxstreet.com and octatrading.net quote them): the change of a price index is no change of a
        # flow's value (GUIDELINES: measure other); the flow goes on for the volumes after it, so it is not carried
        # (rule price_change)
        return "other", "price_change", None
    if f.kind == "money" and (cue("per_unit_after", per_unit_after()).match(text, f.clean_end)
                              or cue("unit_price_before", NEVER).search(text, max(s_start, f.clean_start - PRICE_REACH),
                                                                       f.clean_start)):
        # "Copper prices reached a record price of US$4.86 per pound", "gold ... $2,094.5 per ounce", "US$1.65 per kg":
        # an amount per unit of quantity is a price, no flow (GUIDELINES: measure other), whatever flow the sentence
        # or the one before names; not carried (rule per_unit_price; Russian rows "за тонну"); "$2.26 per share" a
        # ratio as well; so is an amount a goods' unit was bought at, "тонна пшеницы импортировалась по цене $236,5"
        # (turan.az; cue unit_price_before, Russian rows only). A GDP per head stays GDP ("GDP reached $476.3 billion, or $4,700 per capita"; the gold's
        # "ВВП на душу населения – 2153 дол.", GUIDELINES: GDP-per-capita-like figures measure gdp) (rule per_unit_gdp)
        own = _measure(d, f, s_start, s_end, v)
        if own[0] == "gdp":
            return "gdp", "per_unit_gdp", own[2]
        return "other", "per_unit_price", None
    if currency_share(text, f, s_start):
        # "Доля рубля во взаимных расчетах достигла 97%", "The share of the ruble and the Chinese yuan in trade
        # settlements between Russia and China has reached 90%": a currency's part of the payments, no flow's share,
        # whatever flow the clause names; not carried (rule currency_share; facts/measure_currency.py)
        return "other", "currency_share", None
    if currency_share_anaphor(d, si, f, s_start):
        # "... увеличивается доля национальных валют. Например, в торговле нашей страны с партнерами по ШОС этот
        # показатель уже превышает 97%": "this indicator" after a sentence naming a currency's share is that share (rule
        # currency_share_anaphor; facts/measure_currency.py)
        return "other", "currency_share_anaphor", None
    nontrade = non_trade_rule(text, f, s_start, clause_cues(d, s_start, s_end, v))
    if nontrade is not None:
        # "the NIS strengthened compared the US Dollar by 1.5%", "inflation eased to 3%", "hike the rate to 51%", "40
        # percent of its national budget": a currency's value, a rate of the economy, the reserves or a share of a whole
        # that is no trade, whatever flow the sentence or the one before names; not carried (rules currency_value,
        # economy_rate, reserves, non_trade_whole; facts/measure_nontrade.py)
        return "other", nontrade, None
    if st.measure in FLOWS and st.measure_sentence == si \
            and text.find("(", max(s_start, f.clean_start - BRACKET_PART_REACH), f.clean_start) >= 0 \
            and _bracket_part_before().search(text, max(s_start, f.clean_start - BRACKET_PART_REACH), f.clean_start):
        # "84.2 percent (including EU 77.1 percent) and 65.6 percent": a figure in the breakdown bracket right after
        # the sentence's last figure is a part of that figure's flow, whatever flow the words around name (rule
        # bracket_part)
        return st.measure, "bracket_part", None
    measure, mrule, cue_span = _measure(d, f, s_start, s_end, v)
    own_rule = mrule
    if measure == "balance" and budget_balance(text, cue_span):
        # "Brazil's consolidated public sector posted a primary budget surplus of 38.88 billion reais": a bare surplus
        # or deficit a budget's words qualify is the budget's balance, no trade balance (GUIDELINES: measure other),
        # and so is a share restating it ("Дефицит бюджета ... составил около 1,6% ВВП"); not carried (rule
        # budget_balance; facts/measure_nontrade.py)
        return "other", "budget_balance", None
    if measure in ("exports", "imports") and flow_difference(text, f, s_start, measure):
        # "Spain exported 21.4% more than it imported from Morocco", "Finland has imported 1.3 billion euros more than
        # it exported to Russia", "Total exports outweighed imports by 112 billion euros": what one flow exceeds the
        # other by is the balance, not the flow named before it (rule flow_difference)
        measure, mrule, cue_span = "balance", "flow_difference", None
    if measure == "exports" and mrule == "cue_before" and st.measure == "imports" and st.measure_sentence == si \
            and cue_span is not None and supplied_from_import(d, si, cue_span, f.clean_start):
        # "импорт рыбы и рыбной продукции из России увеличился на 18,8%, но поставки зерновых из России снизились на
        # 12,3%" (a page of Japan's imports): supplies from the place the sentence's earlier import came from go on with
        # that import, not the supplier's export (rule supplies_after_import, facts/measure_supplies_from.py)
        measure, mrule = "imports", "supplies_after_import"
    if mrule in ("cue_before", "flow_by_gap") and flow_price(text, f, cue_span):
        # "Import prices from mainland China (+5.3%), the US (+2.6%)": the flow word before the rate names the prices
        # (rule price_change, not carried)
        return "other", "price_change", None
    if cue_span is not None and mrule in _CUE_RULES and cue_span in d.earnings_spans:
        # "income from liquefied natural gas (LNG) exports", "jute and jute goods fetched $919.58 million": export
        # earnings worded as revenue or income (rule export_earnings; facts/measure_cues.py)
        mrule = "export_earnings"
    elif cue_span is not None and mrule in _CUE_RULES and cue_span in d.price_spans:
        # "every kg fetched ₹19.76 more than it did last year": what a unit fetched is a price, no flow (rule
        # unit_price; facts/measure_cues.py)
        mrule = "unit_price"
    elif cue_span is not None and mrule in _CUE_RULES and cue_span in d.services_spans:
        # "Jordan's tourism revenues during January 2020, reached JD361.8 million": what visitors from abroad spend is
        # the country's services exports, "travel payments" its imports (rule services_earnings; facts/measure_cues.py)
        mrule = "services_earnings"
    elif cue_span is not None and mrule in _CUE_RULES and cue_span in d.memo.visitor_spans:
        # "туристы из Узбекистана внесли в экономику Казахстана 392,8 млн тенге": what visitors spend, as the host's
        # services exports (rule visitor_spending; facts/visitor_spending.py)
        mrule = "visitor_spending"
    if mrule == "cue_before" and f.kind == "share" and cue("level_to_after", NEVER).match(text, f.clean_end):
        mrule = "share_from_level"   # (the flow after it was passed over in _measure: rule share_from_level)
    if f.kind == "share" and covered(text, f):
        # "Import coverage by exports reached 78.7 percent", "74.9 percent of imports were covered by exports": the
        # ratio of exports to imports, not a share of one flow (rule coverage_ratio; GUIDELINES: measure other)
        measure, mrule, cue_span = "other", "coverage_ratio", None
    topic = _topic_open().match(text, s_start)
    if topic is not None and measure != topic.group(1).lower() and mrule != "respectively" \
            and not _flow_noun().search(text, topic.end(), f.clean_end):
        # "In terms of imports, again Germany is on top, sending Poland EUR 29.1 bn worth of goods": a flow named as
        # the sentence's topic, where the figure's clause names no flow of its own (a verb of the counterpart's
        # selling is the reporter's import) (rule topic_flow)
        measure, mrule, cue_span = topic.group(1).lower(), "topic_flow", (topic.start(1), topic.end(1))
    if measure == "turnover" and f.kind == "money" and cue_span and cue_span[0] >= f.clean_end:
        part = _trade_part_of_flow().match(text, f.clean_end, s_end)
        if part is not None:
            # "A €62 billion trade in medical and pharma products accounted for 38% of all exports": a trade in goods
            # that is a part of one flow is that flow, not the trade both ways (rule trade_part_of_flow)
            measure, mrule, cue_span = part.group(1).lower(), "trade_part_of_flow", part.span(1)
    if measure is None and f.kind == "share" and cue("market_share_before", NEVER).search(text, s_start, f.clean_start):
        # "Доля Беларуси на африканском рынке калийных удобрений в 2022 году упала с 42% до 3%", "доля Беларуси в мировой
        # торговле калием составляла 20%" (ex-press.live): a country's share of a market or of world trade, its clause
        # naming no flow, is the share its exports take (rule market_share; cue market_share_before, Russian rows only)
        measure, mrule, cue_span = "exports", "market_share", None
    if measure is None:
        measure = _respectively_before(d, si, f, s_start, s_end, v)
        mrule, cue_span = ("respectively_before", None) if measure else (None, cue_span)
    if measure is None and st.measure in FLOWS and st.measure_para >= pi - 1 \
            and _figure_anaphor().search(text, max(s_start, f.clean_start - 80), f.clean_start):
        # "Moroccan exports ... reaching ... 331 billion dirhams ... Akhannouch stated that these revenues represented a
        # 5.3% increase": a demonstrative naming the last figure ("these revenues", "this amount") takes its flow,
        # not the last cue of the sentence between ("the national economy") (rule figure_anaphor)
        measure, mrule = st.measure, "figure_anaphor"
    if measure is None and not (st.measure and st.measure_sentence == si) \
            and cue("buyer_role", _buyer_role()).search(text, max(s_start, f.clean_start - BUYER_REACH),
                                                      f.clean_start) is not None \
            and cue("buyer_world", _buyer_world()).search(text, max(s_start, f.clean_start - BUYER_REACH),
                                                        f.clean_start) is None:
        # "Pakistan has cemented its position as the largest buyer of Kenyan tea with stocks worth Sh35 billion"
        # (businessdailyafrica.com), "The second most important buyer country last year was France with 116.8 billion
        # euros": a figure whose clause names no flow, in a sentence that names its place a buyer of the page's goods,
        # is what the page's country sold it, an export, not the flow of the sentence before (rule buyer_role). Not a
        # buyer of a world market ("Saudi Arabia is the largest 5 buyer in the global arms market with 11 per cent",
        # theglobalmonitor.com: its own imports' share; rule buyer_role is silent, the carry decides)
        measure, mrule = "exports", "buyer_role"
    if measure is None:
        # the previous sentence's last figure's measure where it had one ("Türkiye purchased $44.98 billion
        # worth of goods from China. Germany ranked third at $28.7 billion": imports, not the cue word
        # "purchased"), else its last measure cue
        if st.measure and st.measure_sentence == si:
            # "Germany ranked third at $28.7 billion, followed by Switzerland with $19.9 billion": the
            # sentence's earlier figure's measure; as sure as the rule that decided that one ("China, down $4,332m
            # (-2%) to $184,721m" under "The top 5 exporting partners for Australia are:", rule sentence_figure), a
            # carry from a weak one stays weak
            measure, mrule = st.measure, "carried" if st.measure_rule in _weak_sources() else "sentence_figure"
        else:
            measure = st.measure if (st.measure and st.measure_sentence == si - 1 and st.measure_para == pi) \
                else previous_cue(d, si, v)
            mrule = ("cause_after_figure" if own_rule == "cause_after_figure" else "previous_sentence") if measure else None
            if measure and cue("pronoun_subject", _pronoun_subject()).match(text, s_start):
                # "... над импортом (128,7 %) сложилось положительное сальдо внешней торговли товарами и услугами. Оно
                # составило 1,25 млрд долларов": a pronoun opening the sentence stands for the noun the sentence before
                # ended on, the last flow it named, not its last figure's (rule pronoun_last_cue)
                last = _cue_after_last_number(d, si - 1, v)
                if last is not None:
                    measure, mrule = last, "pronoun_clause" if own_rule == "pronoun_clause" else "pronoun_last_cue"
                elif current_language() == DEFAULT_LANGUAGE and (first := _cue_before_first_number(d, si - 1, v)) is not None:
                    # "Total India -ASEAN trade in 2008-09 was US$45.34 billion with deficit against India at US$7.06
                    # billion. It went up to US$110.39 in 2021-22" (csa-india.org, data/web67): a sentence before that
                    # ends on its figure names no noun there; "It" is its subject, the cue before its first number (rule
                    # pronoun_first_cue; English only: a Russian pronoun agrees with the noun it stands for)
                    measure, mrule = first, "cause_after_figure" if own_rule == "cause_after_figure" else "pronoun_first_cue"
            if measure is None:
                measure = breakdown_cue(d, si, v)
                mrule = "breakdown_intro" if measure else None
            if measure is None and st.measure in FLOWS and cue("indicator_anaphor", NEVER).search(
                    text, max(s_start, f.clean_start - 120), f.clean_start):
                # "внешнеторговый оборот между Астаной и Кыргызстаном составил более 26,5 млн долларов" ... "за
                # аналогичный период 2010 года данный показатель составил 13,6 млн. долларов США" (caravan.kz): "this
                # indicator" with no flow named in the sentences just before is the last figure's (rule
                # indicator_anaphor; cue of vocab/ru/patterns.csv)
                measure, mrule = st.measure, "indicator_anaphor"
    if measure is None:
        # "The top 5 exporting partners for Australia were:" over "1. China rose $23,729m (13.2%) to
        # $203,498m 2. Japan ...": a list takes the measure of the line that introduces it (rule list_intro)
        measure, mrule = list_intro(d, si, pi, v)
        mrule = mrule if measure else None
    if measure is None:
        # "Below the top 5 import origins that South Africa's imports are coming from." over "- China (18.6%)": a list
        # takes the flow of the sentence pointing at it (rule list_pointer, session 67)
        measure = list_pointer(d, pi, v)
        mrule = "list_pointer" if measure else None
    if measure is None:
        # "Exports : $182.4 billion f.o.b. (2004 est.)" over "Commodities :", the goods, and "US 87.6%, Canada 1.8%, Spain
        # 1.1% (2004)" (a country profile's statistics): a line of figures naming no flow under a line labelled by a flow,
        # only lines with no figure between, takes that flow (rule label_block_flow)
        measure = label_block_flow(d, pi, v)
        mrule = "label_block_flow" if measure else None
    if measure is None:
        # "В Минсельхозе назвали лидеров по объёму импорта российской сельхозпродукции" over "В первую пятёрку вошли
        # Китай ($7,6 млрд), ...": a ranking opening the paragraph under a heading takes the heading's flow (rule
        # ranking_heading)
        measure = ranking_heading(d, si, pi, v)
        mrule = "ranking_heading" if measure else None
    if measure is None and st.measure and st.measure_para == pi:
        measure, mrule = st.measure, "carried"
    elif measure is None and st.measure in FLOWS and st.measure_para == pi - 1 and st.measure_sentence == si - 1 \
            and parallel_paragraphs(d, si):
        # "Mineral products exports decreased by R908-million, ..." then, a paragraph of its own, "Precious and
        # semi-precious stones and metals decreased by R1,6-billion – down 10%.": a run of paragraphs of one shape,
        # each an item, goes on with the flow of the one before (rule parallel_paragraph)
        measure, mrule = st.measure, "parallel_paragraph"
    elif measure is None and st.measure in ("exports", "imports") and st.measure_para == pi - 1 \
            and st.measure_sentence == si - 1 and ranked_run(d, si):
        # "Mineral fuels, lubricants, and related materials ranked 2nd, comprising 11.5% of the total imports, ..." then,
        # a paragraph of its own, "Transport equipment, meanwhile, ranked 3rd with a 10.5% share.": the next item of a
        # ranking told a paragraph an item goes on with the flow the ranking is of (rule ranked_paragraph)
        measure, mrule = st.measure, "ranked_paragraph"
    elif measure is None and st.measure in ("exports", "imports") and st.measure_para == pi - 1 \
            and st.measure_sentence == si - 1 and one_sentence_paragraph(d, si - 1) \
            and cue("line_change", _change()).search(text, s_start, s_end) is not None:
        # "Apart from apparel items, exports of leather ... increased 2.69 percent ... to $1.16 billion last fiscal
        # year." then, on a line of its own, "Earnings from footwear stood at $219.18 million, up 15.69 percent": a
        # page written a sentence to a line goes on with the flow of the line before, as a paragraph goes on with its
        # sentence's, where the line tells a change as the statistics' lines do (rule carried_line; not "The
        # fertilizer plant cost $2.9 billion"; a balance is not carried: "The deficit in the trade account narrowed
        # ...\n Workers' remittances in 2022 amounted to about $3.8 billion, ... recording a decline of 31 per cent")
        measure, mrule = st.measure, "carried_line"
    elif measure is None and st.measure in FLOWS and st.measure_para == pi - 1 \
            and d.c.paragraphs[pi][0] == s_start and cue("continued_paragraph", _continued_paragraph()).match(text, s_start):
        # "'Petroleum gases ...' amounted to QR94.3bn ... \n On the other hand, 'Mineral or Chemical Fertilizers' amounted
        # to QR2.9bn": a paragraph opened by a connective goes on with the items of the one before (rule
        # continued_paragraph)
        measure, mrule = st.measure, "continued_paragraph"
    elif measure is None and st.measure in FLOWS and st.measure_para == pi - 1 and st.measure_sentence == si - 1 \
            and d.c.paragraphs[pi][0] == s_start and _followed_open().match(text, s_start):
        # "The report added that Nigeria's main trading partner within the ECOWAS region was Ivory Coast, which
        # imported N662.71bn worth of goods." then, a paragraph of its own, "Togo followed with N574.93bn" (apanews.net);
        # "... retaining a combined 42% share of total trade." then "Next come Europe at 25%, ..." (poandpo.com): the
        # next item of the ranking the paragraph before ended on takes its flow (rule followed_paragraph)
        measure, mrule = st.measure, "followed_paragraph"
    elif measure == "turnover" and cue_span and fold(text[cue_span[0]:cue_span[1]]) in _VAGUE_TURNOVER \
            and previous_cue(d, si, v) in ("exports", "imports") and not both_flows_before(d, si, v):
        # "the Chinese direction of agricultural exports developed ... Thus, the amount of transactions
        # increased sixfold": a vague "transactions" goes on with the flow just named (vague_carried); not after a
        # sentence that names both ("in terms of exports, ... and in terms of imports - on the purchase of ...": rule
        # vague_both_flows, the transactions stay the turnover)
        measure, mrule = previous_cue(d, si, v), "vague_carried"
    if measure is None:
        later = _later_cue(d, f, s_start, s_end, v)
        if later is not None:
            measure, mrule, cue_span = later[2], "cue_later", (later[0], later[1])
    if measure is None:
        # a figure of a page of one flow whose sentence names none, a paragraph or more after the last figure
        # (rule earlier_paragraph, weak: the partner, year and panel read it as a guess)
        measure = _earlier_paragraph_flow(d, st, pi, s_start, s_end, v)
        mrule = "earlier_paragraph" if measure else None
    if measure is None and not cue("not_flow_sentence", _not_flow()).search(text, s_start, s_end) \
            and not silent_item(d, v, s_start):
        # a figure no rule of its clause, its sentence, the sentence before or its paragraph gave a measure, on a page of
        # more than one flow ("Medical devices are the goods ... that showed the highest growth throughout this year with
        # more than US$1.16 billion" on a page of exports, a paragraph after its imports were named once): the flow the
        # page names most, not "other"; not a sentence of prices, the economy or the budget (rule page_flow, weak); not in a
        # digest's item that names no flow (rule item_boundary)
        measure = page_flow(d, v)
        mrule = "page_flow" if measure else None
    if measure is None and entity_cargo_value(d, f, si, s_start):
        # "через данный КПП прошло 26,6 млн. тонн, что в стоимостном выражении достигло $3,5 млрд": what the goods
        # through a port or crossing named just before were worth is its turnover (rule entity_cargo_value;
        # facts/measure_cargo.py)
        measure, mrule = "turnover", "entity_cargo_value"
    if measure is None:
        # no cue and no flow around: "other" as a default, no evidence; the state keeps the last flow read, so the
        # figures after it go on with that flow, not with the default (rule default_other, not carried)
        return "other", "default_other", cue_span
    if f.kind == "share" and mrule == "share_of" and measure == "gdp" and st.measure in FLOWS:
        # "recorded a trade surplus of $1.77 billion in the first half of 2023, approximately 2.4% of Gross Domestic
        # Product (GDP). The Central Bank explained that the figure is higher than the $1.47 billion": the whole a
        # share of GDP is of is no flow the text goes on with; the amount's flow stays in force (rule gdp_share_aside)
        return measure, mrule, cue_span
    if measure == "balance" and account_anaphor(d, f, si, s_start, mrule, v):
        # "Japan's current-account surplus contracted ... || The contraction in the surplus was less than ... expected.
        # They estimated a contraction of 9.7%": a bare "the surplus" naming again a current account's balance is that
        # account's (measure other), and so are the figures that go on with it (rule account_anaphor;
        # facts/measure_account.py)
        measure, mrule = "other", "account_anaphor"
    st.measure, st.measure_sentence, st.measure_para, st.measure_rule = measure, si, pi, mrule
    if measure in FLOWS and mrule not in ("earlier_paragraph", "page_flow"):
        st.measure_flows.add(measure)
    return measure, mrule, cue_span


# what a sentence speaks of when it is no flow's figure: prices, the economy, the budget, investment, what a thing cost
# ("Chile closed 2022 with rising inflation of 12.8%", "The fertilizer plant cost $2.9 billion"): such a sentence is
# never given the page's flow (rule earlier_paragraph); a Russian sentence of a bare "процент" or an estimate ("оценка")
# neither: on the tuned pages those were more often another measure's share than the page's flow (ruweb2, ruweb15,
# ruweb16 fell when they took it)
# (the Russian words: row not_flow_sentence of vocab/ru/patterns.csv)
_not_flow = EnglishCue("not_flow_sentence", re.I)


def _earlier_paragraph_flow(d: Doc, st: State, pi: int, s_start: int, s_end: int, v) -> str | None:
    """The flow of the last figure when every figure of the page before was of that one flow, for a figure no rule of
    its clause, its sentence, the sentence before or its paragraph gave a measure ("Phosphate and its derivatives also
    showed a marked improvement, reaching 60 MMDH" a paragraph after the page's exports; "По итогам 2020 года он должен
    составить около 25 млрд долл." after a paragraph on exports); None on a page of more than one flow, or when the
    sentence speaks of prices, the economy, the budget or investment (rule earlier_paragraph, weak)."""
    if st.measure not in FLOWS or st.measure_flows != {st.measure}:
        return None
    if silent_item(d, v, s_start):
        # "Macy's earned $7 million, or 2 cents per share" under "MACY'S INC. PROFIT OUTLOOK IMPROVES ...", an item
        # after the brief on the U.S. trade deficit: a digest's story that names no flow does not go on with the last
        # one's (rule item_boundary)
        return None
    if LIST_ITEM.match(d.text, d.c.paragraphs[pi][0]):
        # an item of a list its opening line gave no measure ("Основными импортерами в отчетном периоде были:", a list
        # after a line of prose that ended the one before): the list's own rules decide, no guess from the page
        return None
    if cue("not_flow_sentence", _not_flow()).search(d.text, s_start, s_end):
        return None
    return st.measure


# a clause break a cue after the figure is read no further than ("; ", ", while", ", поэтому", ", а"): the cue past it
# is another clause's (rule cue_later; other languages' words: rows later_break of vocab/<lang>/patterns.csv)
_later_break = EnglishCue("later_break", re.I)


def _later_cue(d: Doc, f: Figure, s_start: int, s_end: int, v):
    """A figure with no cue before it or near after it, first of a list whose flow the sentence names at its end
    ("Gas condensates (worth $5.09 billion), liquefied propane ($1.06 billion), ... were the chief export
    commodities"): the measure of the cues after it in its clause when they all name one, else None (rule cue_later;
    cues that disagree, "trade performance ... merchandise exports", leave it other)."""
    brk = cue("later_break", _later_break()).search(d.text, f.clean_end, s_end)
    end = brk.start() if brk is not None else s_end
    later = [c for c in clause_cues(d, s_start, s_end, v) if f.clean_end <= c[0] < end]
    if not later or any(c[2] != later[0][2] for c in later):
        return None
    return later[0]


_LAST_NUMBER = skip_compile(r"\d(?!.*\d)", re.S)


def _cue_after_last_number(d: Doc, k: int, v):
    """The measure of the first cue after the last number of sentence k (the head of the noun it ends on: "сложилось
    положительное сальдо внешней торговли" is a balance, not the trade its genitive names), else None."""
    if k < 0:
        return None
    s, e = d.c.sentences[k]
    m = _LAST_NUMBER.search(d.text, s, e)
    for c in cue_matches(d, v, "measure", m.end() if m else s, e):
        return v["measures"][fold(c.group())][0]
    return None


def _cue_before_first_number(d: Doc, k: int, v):
    """The measure of the first cue of sentence k before its first number (its subject), else None."""
    if k < 0:
        return None
    s, e = d.c.sentences[k]
    m = _FIRST_NUMBER.search(d.text, s, e)
    for c in cue_matches(d, v, "measure", s, m.start() if m else e):
        return v["measures"][fold(c.group())][0]
    return None


_FIRST_NUMBER = skip_compile(r"\d")


_which_aside = EnglishCue("measure_which_aside")
_appositive_aside = EnglishCue("measure_appositive_aside")
_DASH_ASIDE = skip_compile(r"\s[\u2212\u2013\u2014]\s[^\u2212\u2013\u2014.;$€£¥\d]{3,120}?\s[\u2212\u2013\u2014]\s")
ASIDE_DASHES = ("\u2013", "\u2014", "\u2212")   # the dashes _DASH_ASIDE opens and closes on (tests/test_s77_speedA77.py)


def _holds_dash(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds one of ASIDE_DASHES, which every match of _DASH_ASIDE holds: most clauses hold
    none, where sre would try the pattern at each of their spaces."""
    for dash in ASIDE_DASHES:
        if text.find(dash, start, end) >= 0:
            return True
    return False


# "In 2004 it totaled $618 billion (5.3 percent of GDP), which reflected an increase of more than $500 billion per year
# from its 1997 level of $108 billion (1.2 percent of GDP)" (washingtontimes.com, data/web50 cl01): an amount restated in
# brackets as a share of GDP; the economy is the whole of that share, no cue of another figure of the clause (rule
# gdp_share_bracket)
_gdp_share_bracket = EnglishCue("measure_gdp_share_bracket", re.I)


def _gdp_share_bracket_dropped(text: str, f: Figure, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues without the GDP cues inside a bracketed share of GDP that does not hold the figure (rule
    gdp_share_bracket)."""
    spans = [(m.start(), m.end()) for m in _gdp_share_bracket().finditer(text, s_start, s_end)
             if not m.start() <= f.clean_start < m.end()]
    if not spans:
        return cues
    return [c for c in cues if not (c[2] == "gdp" and any(a <= c[0] and c[1] <= b for a, b in spans))]


# a sentence opened on its flow as the topic ("In terms of imports,", "As for exports,", "As regards imports,")
# a subject pronoun and the verb of a level opening a sentence ("It amounted to $1.25 billion"; Russian rows "Оно
# составило") (rule pronoun_last_cue)
_pronoun_subject = EnglishCue("pronoun_subject")
_topic_open = EnglishCue("measure_topic_open", re.I)
_flow_noun = EnglishCue("measure_flow_noun", re.I)


# "the former growing by", "and the latter by", "the latter's": the pronoun of a pair, with a verb, preposition or
# possessive after it (not "the former Soviet Union", "the former record"; rule former_latter)
_former_latter_cue = EnglishCue("measure_former_latter", re.I)
# the figure still in the clause the pronoun opens: no sentence or clause end between (a decimal point allowed)
_NO_CLAUSE_END = skip_compile(r"(?:[^.;]|(?<=\d)\.(?=\d))*")


def _measure(d: Doc, f: Figure, s_start: int, s_end: int, v):
    """The measure a cue of the figure's own clause names: (measure, rule, cue span) or Nones.

    The rules, most precise first: a clause with no cue (_no_cue_measure); the rules of _CLAUSE_RULES (a list of
    flows read in order, the former/the latter, a buying or selling verb, a share's own rules, a cue joined to the
    figure, a change noun); a cue "of" right after the figure, a passive flow verb after it; the cues before the
    figure (filtered by _before_cues, chosen by _cue_before); the cues right after it; the fallbacks."""
    text = d.text
    cues = clause_cues(d, s_start, s_end, v)
    if any(c[2] == "gdp" for c in cues):
        cues = _gdp_share_bracket_dropped(text, f, s_start, s_end, cues)
    if not cues:
        return _no_cue_measure(d, f, s_start)
    for _name, rule in _CLAUSE_RULES:
        found = rule(d, f, s_start, s_end, cues)
        if found is not None:
            return found
    right = _right_cues(text, f, cues)
    found = _cue_of_after(text, f, cues, right)
    if found is not None:
        return found
    passive = next((c for c in cues if f.clean_end < c[0] <= f.clean_end + PASSIVE_REACH and c[2] in FLOWS
                    and _passive_gap().fullmatch(text, f.clean_end, c[0])), None)
    if passive is not None:
        # "$118 billion USD in goods, accounting for 15% of the total, was exported to the US": the
        # figure is the subject of a passive flow verb further on, past an aside (rule passive_flow_after)
        return passive[2], "passive_flow_after", (passive[0], passive[1])
    before = _before_cues(text, f, s_start, cues)
    if before:
        return _cue_before(text, f, s_start, before)
    # (nor a flow behind a semicolon, the next clause's: rule share_of_clause)
    right = [c for c in right if not _part_of().search(text, f.clean_end, c[0]) and ";" not in text[f.clean_end:c[0]]]
    if right and "," in text[f.clean_end:min(c[0] for c in right)] \
            and cue("pronoun_subject", _pronoun_subject()).match(text, s_start):
        # "Кроме того, резко вырос внешнеторговый дефицит. В 1981 г. он достиг 4 млрд. долл., внешние же долги выросли
        # до 20 млрд. долл.": a clause opened on a pronoun and its verb is the pronoun's; a cue past the comma after the
        # figure is the next clause's subject, and the flow the sentence before named decides (rule pronoun_clause)
        return None, "pronoun_clause", None
    if right and not (right := _past_cause(text, f, right)):
        return None, "cause_after_figure", None
    if right:
        c = min(right, key=lambda c: c[0] - 5 * c[3])
        return c[2], "cue_after", (c[0], c[1])
    return _last_resort(d, f, s_start, cues)


def _past_cause(text: str, f: Figure, right: list) -> list:
    """The cues after the figure that are not inside a cause phrase: "Показатель сократился на 13% за счет уменьшения
    поставок в страны дальнего зарубежья" (bfm74.ru): a cue after the figure inside a cause phrase is the cause's, not
    what the figure measures; with none left the flow goes on from before (rule cause_after_figure)."""
    cause = cue("cause_before", _CAUSE_BEFORE())
    return [c for c in right if not cause.search(text, max(f.clean_end, c[0] - 40), c[0])]


def _no_cue_measure(d: Doc, f: Figure, s_start: int):
    """A clause with no measure cue: the flow a phrase before the figure names (named_flow), else a buying or selling
    verb around a money figure, else Nones."""
    text = d.text
    named = named_flow(text, f, s_start)
    if named is not None:
        return named
    # (a clause with no measure cue: "bought Sh60.01 billion worth of Kenyan products"; "China bought CNY162.7
    # billion (USD25.2 billion) worth of agricultural commodities from the US", rule bought_goods_from)
    traded = bought_or_sold(text, f, s_start, d.home_iso) if f.kind == "money" else None
    return traded if traded is not None else (None, None, None)


def _listed_flow(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """A figure of a list of figures whose flows are listed as many and in the same order (rules pair_of_places,
    respectively, paired_list): the list, not the nearest cue, says which flow is the figure's."""
    text = d.text
    resp = siblings(text, s_start, s_end, f.clean_start, f.figure)
    if resp is not None:
        # "Export and import reached 4.7 billion USD and 3.8 billion USD respectively"
        i, starts = resp
        pair = _pair_of_places(d, [c for c in cues if c[1] <= starts[0]], starts)
        if pair is not None:
            return pair[2], "pair_of_places", (pair[0], pair[1])
        flows = _split_pairs(text, [c for c in cues if c[1] <= starts[0] and c[2] in FLOWS])
        idx = listed(text, [(c[0], c[1]) for c in flows], len(starts))
        if idx is None:
            # the list among other figures of the unit: only the figures written as one list
            run = written_list(text, s_start, s_end, f.clean_start, f.figure, plain=False)
            if run is not None:
                i, starts = run
                flows = _split_pairs(text, [c for c in cues if c[1] <= starts[0] and c[2] in FLOWS])
                idx = listed(text, [(c[0], c[1]) for c in flows], len(starts))
        if idx is not None:
            c = flows[idx[i]]
            return c[2], "respectively", (c[0], c[1])
        # "66.0 percent of total exports and 66.1 percent of total imports (compared with 65.2 percent and 67.0 percent,
        # respectively, last year)": the flows named before the list, each of an earlier figure, as many as the list's
        # figures and in their order, not written as one list (rule respectively_flows)
        named = [c for c in _split_pairs(text, [c for c in cues if c[1] <= starts[0] and c[2] in ("exports", "imports")])]
        order = [c for k, c in enumerate(named) if k == 0 or named[k - 1][2] != c[2]]
        # (not "в польском импорте снизилась с 19,8% в 1990 г. до 14,1% в 1991 г. и 11,8% в 1992 г., в экспорте - с 15,3 до
        # 11,0 и 9,5% соответственно": a last flow whose one figure before the list is the level the list runs from is
        # the list's own flow; rule own_flow_list, cue list_from_level_gap)
        if len(order) == len(starts) and len({c[2] for c in order}) == len(order) \
                and _NUMBER_BETWEEN.search(text, order[0][1], starts[0]) \
                and not cue("list_from_level_gap", _list_from_level_gap()).fullmatch(text, order[-1][1], starts[0]):
            c = order[i]
            return c[2], "respectively_flows", (c[0], c[1])
    written = written_list_of(d, s_start, s_end, f.clean_start, f.figure) if resp is None else None
    if written is not None:
        # "trade, exports and imports contracted by 27.3 per cent, 9.3 per cent and 39 per cent":
        # as many flows listed right before the figures as figures, read in order
        i, starts = written
        flows = _split_pairs(text, [c for c in cues if c[1] <= starts[0] and c[2] in FLOWS])
        idx = listed(text, [(c[0], c[1]) for c in flows], len(starts))
        if idx is not None and (len(flows) == len(starts) or not _list_gap_before().fullmatch(
                text, flows[idx[0] - 1][1], flows[idx[0]][0])):
            c = flows[idx[i]]
            return c[2], "paired_list", (c[0], c[1])
    return None


_NUMBER_BETWEEN = skip_compile(r"\d")
_list_from_level_gap = EnglishCue("list_from_level_gap", re.I)
# a figure, then a breakdown bracket's opening words and the part's name, right before the figure ("84.2 percent
# (including EU "): the figure is a part of the one before (rule bracket_part)
_bracket_part_before = EnglishCue("measure_bracket_part_before", re.I)
BRACKET_PART_REACH = 60


def _former_latter(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """"the former"/"the latter" in the figure's clause: the first or second of the two flows named last before it
    (rule former_latter)."""
    text = d.text
    fl = None
    rx, lo = _former_latter_cue(), max(s_start, f.clean_start - 70)
    # (not scanned where the window holds none of the words every match holds, "former" or "latter" (vocab.pattern_needs,
    # on the lower-cased window as the pattern is case-blind): most figures' windows hold neither, and sre enters the
    # pattern at each word of the window)
    if d.low is None or holds(d.low[lo:f.clean_start], pattern_needs(rx)):
        for fl in rx.finditer(text, lo, f.clean_start):
            pass
    if fl is not None and _NO_CLAUSE_END.fullmatch(text, fl.end(), f.clean_start):
        # "the rate of increase in imports which completely outstrips the rate of increase exports, with the former
        # growing by 10.68% ($36.37 billion to $40.253 billion) and the latter by 3.8%" (frontiermarketnews.org):
        # "the former" is the first of the two flows named last before it, "the latter" the second (rule
        # former_latter)
        named = []
        for c in cues:
            if c[1] <= fl.start() and c[2] in FLOWS and (not named or named[-1][2] != c[2]):
                named.append(c)
        if len(named) >= 2:
            c = named[-2] if fl.group(1).lower() == "former" else named[-1]
            return c[2], "former_latter", (c[0], c[1])
    return None


def _traded_flow(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """A money figure bought from or sold to a place (rules bought_from, sold_to, bought_home_goods), whatever cue
    the clause has."""
    if f.kind == "money" and f.clean_start - s_start < 4000:
        return bought_or_sold(d.text, f, s_start, d.home_iso)
    return None


def _share_flow(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """A share's own rules: the flow that owns it ("доля экспорта"), the flow its bracket follows, the amount its
    bracket restates, else the whole named right after it (rule share_of and its refinements)."""
    if f.kind != "share":
        return None
    text = d.text
    # "доля экспорта в КНР во внешнеторговом обороте Орловщины превысила 11%": the flow right after
    # "доля" is the part the share measures, not the whole it is of (rule share_owner_flow)
    owned = [c for c in cues if c[1] <= f.clean_start and c[2] in ("exports", "imports")
             and cue("share_owner", NEVER).search(text, max(s_start, c[0] - 12), c[0])]
    if owned:
        # "доля экспорта во внешнеторговом обороте составила 77,6%, импорта – 22,4%" (archive.urbc.ru): the next
        # item's flow, a dash right before its own share, is what that share measures (rule share_owner_item)
        item = [c for c in cues if owned[-1][1] <= c[0] and c[1] <= f.clean_start and c[2] in ("exports", "imports")
                and _DASH_ITEM.fullmatch(text, c[1], f.clean_start)]
        if item:
            return item[-1][2], "share_owner_item", (item[-1][0], item[-1][1])
        return owned[-1][2], "share_owner_flow", (owned[-1][0], owned[-1][1])
    bracket = [c for c in cues if c[1] <= f.clean_start and c[2] in ("exports", "imports")
               and _BRACKET_OPEN.fullmatch(text, c[1], f.clean_start)]
    if bracket:
        # "Основной удельный вес экспорта (62%) и импорта (56,1%) товаров области приходился на Российскую
        # Федерацию" (mogilevnews.by): a share in brackets right after a flow word is that flow's, not the next
        # item's (rule share_bracket_flow)
        return bracket[-1][2], "share_bracket_flow", (bracket[-1][0], bracket[-1][1])
    if _amount_bracket_before().search(text, max(s_start, f.clean_start - 40), f.clean_start) \
            and _BRACKET_CLOSE_AFTER.match(text, f.clean_end) \
            and not any(f.clean_end <= c[0] <= f.clean_end + 25 and not _ITEM_BREAK.search(text, f.clean_end, c[0])
                        for c in cues):
        # (not "$27 billion (38.9%) in exports": a flow named right after the bracket, in the same item, is the
        # amount's own)
        # "Belarus’ export reached $9 billion (52.3%), import — $12.9 billion" (BelTA via kopyl.gov.by): a percent
        # alone in brackets right after an amount restates that amount (of last year's level, of the total); it
        # is the flow the amount's clause named, not the next item's (rule share_bracket_amount)
        flow = [c for c in cues if s_start <= c[0] and c[1] <= f.clean_start
                and c[2] in ("exports", "imports", "turnover", "balance")]
        if flow:
            return flow[-1][2], "share_bracket_amount", (flow[-1][0], flow[-1][1])
    if f.rule == "share_composition":
        # "¥13.9 trillion ($135.5 billion) in exports, 75% cars and trucks, and ¥1,783.2 billion ($17.4 billion) in
        # imports, 61% mostly cars" (wardsauto.com): the make-up of the amount before its comma is of that amount's flow,
        # not the next item's (rule share_composition_flow; figures/percent.py share_composition)
        flow = [c for c in cues if s_start <= c[0] and c[1] <= f.clean_start and f.clean_start - c[1] <= 40
                and c[2] in ("exports", "imports", "turnover")]
        if flow:
            return flow[-1][2], "share_composition_flow", (flow[-1][0], flow[-1][1])
    after = [c for c in cues if f.clean_end <= c[0] <= f.clean_end + 60
             # "экспорт в соотношении составил – 79,5%, а импорт – 77,8%": a flow behind a contrasting clause
             # opens another item, not the whole the share is of (rule share_next_item; cue share_next_item,
             # Russian rows only)
             and not cue("share_next_item", NEVER).match(text, f.clean_end)
             # "доля РФ в общем объеме молдавского экспорта увеличилась ... с 8,35% до 9,97%, а в импорте –
             # сократилась с 12,01% до 11,68%" (agroexpert.md): the level a change came from, its new level right
             # after it, shares the whole of the clause before, not the next item's (rule share_from_level; cue
             # level_to_after, Russian rows only)
             and not cue("level_to_after", NEVER).match(text, f.clean_end)
             # "the main export partners were ... Bulgaria (4.4%), and Greece (3.7%); with the main import origins
             # being ..." (lloydsbanktrade.com): a flow behind a semicolon opens the next list, not the whole the share
             # is of (rule share_of_clause)
             and ";" not in text[f.clean_end:c[0]]]
    nexts = [c for c in after if _next_item_cue(text, f.clean_end, c)]
    if nexts:
        # "Germany's share of Polish exports increased by 0.6 percentage points ... to 27 percent, while imports
        # increased by 1.1 percentage points", "in total exports amounted to 85.8 percent (including EU 79.4 percent), in
        # imports 66.8 percent": a flow behind a contrasting clause, or one its own figure follows behind a clause's
        # break, opens the next item, not the whole the share is of; the cues before the share decide (rule
        # share_next_item)
        after = [c for c in after if c not in nexts]
        before = [] if after else _before_cues(text, f, s_start, cues)
        if before:
            measure, _rule, span = _cue_before(text, f, s_start, before)
            return measure, "share_next_item", span
    if after:
        c = min(after, key=lambda c: (c[0], -c[3]))
        restated = _balance_restated(text, cues, f, c)
        if restated is not None:
            return restated
        if c[2] in ("output", "gdp"):
            # "70% of the output is exported", "we export 70% of our GDP": a flow's share
            flow = [x for x in cues if (x[0] > c[1] or f.clean_start - x[1] < 30)
                    and x[2] in ("exports", "imports")]
            if flow:
                return flow[0][2], "share_of_flow", (flow[0][0], flow[0][1])
        return _part_of_turnover(text, cues, f, c, "share_of")
    return None


# between a share and a flow after it: a contrasting clause's opener (", while imports"); right after the flow: its own
# figure ("in imports 66.8 percent") (rule share_next_item)
_next_item_contrast = EnglishCue("share_next_item_contrast", re.I)
_next_item_own = EnglishCue("share_next_item_own_figure", re.I)
_CLAUSE_BREAK = skip_compile(r"[,;)]")


def _next_item_cue(text: str, end: int, c) -> bool:
    """The flow cue c after a share ending at `end` opens the next item: behind a contrasting clause, or behind a
    clause's break with its own figure right after it."""
    return bool(_next_item_contrast().search(text, end, c[0])
                or (_CLAUSE_BREAK.search(text, end, c[0])
                    and cue("share_next_item_own_figure", _next_item_own()).match(text, c[1])))


# a share verb of a part between a balance cue and the share after it ("the deficit with China, which accounts for 20%
# of imports"): the share is the part's, not the balance restated (rule balance_share)
# (other languages' words: rows part_share_gap of vocab/<lang>/patterns.csv)
_part_share_gap = EnglishCue("part_share_gap", re.I)


# between a share and the whole it is of: "of", "of the value of", "of ASEAN's overall", nothing (Russian genitive)
_whole_of_gap = EnglishCue("measure_whole_of_gap", re.I)


def _balance_restated(text: str, cues: list, f: Figure, whole):
    """A balance the clause names right before a share of another whole, no other flow between (the wholes of
    earlier shares of the same kind aside): the balance restated as a share of GDP, of the turnover or of one flow
    ("Ukraine's external trade deficit totaled USD 8.8 bln in 5M08 (12.6% of GDP), down from 14.0% of GDP",
    "A visible trade deficit of $13.7 billion, equivalent to 4.1% of the value of imports of goods", "Отрицательный
    торговый баланс составил 4,1 млрд. долларов, что составляет 40,5% оборота"; rule balance_share)."""
    if whole[2] == "balance":
        return None
    before = [x for x in cues if x[1] <= f.clean_start]
    while before and before[-1][2] == whole[2] and whole[2] in ("gdp", "output"):
        before.pop()
    if not before or before[-1][2] != "balance":
        return None
    b = before[-1]
    gap = text[b[1]:f.clean_start]
    if len(gap) > 120 or ";" in gap or cue("part_share_gap", _part_share_gap()).search(gap):
        return None
    if not _whole_of_gap().fullmatch(text, f.clean_end, whole[0]):
        # "a $54.7b (12%) increase in goods and services credits": the share is the change of the flow after it, no
        # share of a whole
        return None
    return "balance", "balance_share", (b[0], b[1])


def _joined_cue(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """A cue joined to the figure (by "of", a dash, "по" or nothing) names what it is, before any cue further off
    (rules cue_before, cue_joined_after)."""
    text = d.text
    # "a deficit of US$11.7 billion in its trade with", "a £44.8 billion trade deficit": a cue
    # joined to the figure (by "of" or nothing) names what it is, before any cue further off
    joined = [c for c in cues if c[3] >= 2 and (
        (c[1] <= f.clean_start and _joined_before().fullmatch(text, c[1], f.clean_start))
        or (c[0] >= f.clean_end and cue("measure_joined_after", _joined_after()).fullmatch(text, f.clean_end, c[0]))
        # "а 4,8 млрд долларов - импорт.": a dash joins the figure to the flow that ends its clause
        or (c[0] >= f.clean_end and cue("dash_joined_after", NEVER).fullmatch(text, f.clean_end, c[0])
            and cue("joined_after_end", _CLAUSE_END).match(text, c[1]))
        # "из которых около $1,5 млрд пришлись на импорт российской продукции": the part's own flow
        or (c[0] >= f.clean_end and cue("part_joined_after", NEVER).fullmatch(text, f.clean_end, c[0]))
        # "и удвоила по экспорту товаров": the flow a figure is counted by, "по" right after it
        or (c[0] >= f.clean_end and cue("by_flow_joined_after", NEVER).fullmatch(text, f.clean_end, c[0])))]
    if joined:
        c = max(joined, key=lambda c: c[3])
        return c[2], "cue_before" if c[1] <= f.clean_start else "cue_joined_after", (c[0], c[1])
    return None


def _changed_flow(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """A change noun with "in" (after the figure, or before it with "by"), or a change verb right after the figure and
    its flow noun right after it ("на 20% снизился импорт"), names the flow that changed, before any cue earlier in the
    sentence (rules verb_flow_after, change_in_after, change_of_in_after, change_in_by)."""
    text = d.text
    # (only the first cue after the figure can follow the verb right after it: one cue tried, not each)
    c = next((c for c in cues if c[0] > f.clean_end), None)
    if (c is not None and c[2] in FLOWS and c[0] - f.clean_end <= 40
            and cue("verb_flow_after", NEVER).fullmatch(text, f.clean_end, c[0])
            and cue("verb_flow_after_noun", NEVER).match(text, c[0])):
        # "на 20% снизился импорт из Китая" (e-riu.ru): the change verb right after the figure, its subject the flow
        # noun after it, before a cue of the clause before (rule verb_flow_after; Russian word order)
        return c[2], "verb_flow_after", (c[0], c[1])
    # "a 13.1 percent increase in exports", "a 12.2 percent rise in imports": the change noun
    # after the figure says which flow changed, before any cue earlier in the sentence
    change_in = [c for c in cues if c[0] >= f.clean_end and c[2] in FLOWS
                 and _change_in().fullmatch(text, f.clean_end, c[0])]
    if change_in:
        c = change_in[0]
        return c[2], "change_in_after", (c[0], c[1])
    if _change_of_before().search(text, max(s_start, f.clean_start - 60), f.clean_start):
        # "leading to a decrease of €132 million (-4%) in the seasonally adjusted trade surplus to €3,254 million"
        # (cso.ie): the change noun before the amount and "in" after it name the flow that changed, not the flow
        # of the clause before (rule change_of_in_after)
        change_in = [c for c in cues if c[0] >= f.clean_end and c[2] in FLOWS
                     and _change_of_in().fullmatch(text, f.clean_end, c[0])]
        if change_in:
            c = change_in[0]
            return c[2], "change_of_in_after", (c[0], c[1])
    by_flow = [c for c in cues if c[1] <= f.clean_start and c[2] in FLOWS
               and _in_flow_by().fullmatch(text, c[1], f.clean_start)
               and _change_noun_in().search(text, max(s_start, c[0] - 40), c[0])]
    if by_flow:
        # "The increase in oil imports by 19% in June impacted the trade surplus": the change noun, "in" and the flow
        # before the figure, joined to it by "by", name the flow that changed, not the flow the change acted on
        # after it (rule change_in_by)
        c = by_flow[-1]
        return c[2], "change_in_by", (c[0], c[1])
    return None


# the early-return rules of a clause with cues, most precise first: each (d, f, s_start, s_end, cues) -> (measure,
# rule, cue span), or None to go on
def _exceeds_pair(d: Doc, f: Figure, s_start: int, s_end: int, cues: list):
    """A level of the pair set against each other after "<flow> exceeded <flow>" (rule exceeds_pair,
    facts/measure_exceeds.py)."""
    return exceeds_pair(d.text, f, s_start)


_CLAUSE_RULES = (("listed_flow", _listed_flow), ("exceeds_pair", _exceeds_pair), ("former_latter", _former_latter), ("traded_flow", _traded_flow),
                 ("share_flow", _share_flow), ("joined_cue", _joined_cue), ("changed_flow", _changed_flow))


def _right_cues(text: str, f: Figure, cues: list) -> list:
    """The cues within 40 characters after the figure, past a bracketed share of a money figure (rule
    share_bracket)."""
    right = [c for c in cues if f.clean_end <= c[0] <= f.clean_end + 40]
    own_share = _share_bracket_after().match(text, f.clean_end) if f.kind == "money" else None
    if own_share is not None:
        # "higher than the $1.47 billion (2.0% of GDP) registered during the same period last year": the whole a
        # bracketed share after the amount is of is that share's, not what the amount measures (rule share_bracket)
        right = [c for c in right if c[0] >= own_share.end()]
    return right


def _cue_of_after(text: str, f: Figure, cues: list, right: list):
    """A cue right after the figure and "of" ("USD 575 thousand of exports"): its flow, or the part of the turnover
    it names (rules flow_part, share_flow_subject, cue_of_after)."""
    # "$17.6 billion in 2012, while imports ...": a cue behind a comma or a year is another clause's
    right_of = [c for c in right if not _of_gap_break().search(text, f.clean_end, c[0])]
    if right_of and _of_right().match(text, f.clean_end):
        # "USD 575 thousand of exports", "$25 million worth of pipes ... exported"
        c = min(right_of, key=lambda c: c[0])
        if fold(text[c[0]:c[1]]) in _VAGUE_TURNOVER:
            # "Of the sum, Laos' exports to Vietnam recorded US$723.5 million in transactions" (Mekong Monitor): a
            # vague "transactions" after the amount says only that it is a value; the flow named right before it
            # stands (rule vague_in_after)
            near = max((x for x in cues if x[1] <= f.clean_start), key=lambda x: x[1], default=None)
            if near is not None and near[2] in ("exports", "imports"):
                return near[2], "vague_in_after", (near[0], near[1])
        return _part_of_turnover(text, cues, f, c, "cue_of_after")
    return None


def _part_of_turnover(text: str, cues: list, f: Figure, c, rule: str):
    """The flow of a cue a figure is a part of: the export or import cue a turnover cue is given to (rule flow_part),
    the flow of the turnover's subject ("Tajikistan's exports to China accounted for $250 million of the overall
    turnover", rule share_flow_subject), else the cue's own flow under `rule` (share_of, cue_of_after)."""
    part = _flow_part(text, cues, c)
    if part is not None:
        return part[2], "flow_part", (part[0], part[1])
    subj = _flow_subject(text, cues, f) if c[2] == "turnover" else None
    if subj is not None:
        return subj[2], "share_flow_subject", (subj[0], subj[1])
    return c[2], rule, (c[0], c[1])


def _before_cues(text: str, f: Figure, s_start: int, cues: list) -> list:
    """The cues before the figure that may name it: each filter drops the cues a phrasing shows are another's (a
    cause phrase, a share's whole, another figure's, a relative clause, an aside), unless it would drop them all."""
    before = [c for c in cues if c[1] <= f.clean_start]
    # "товарооборот ... за счет сокращения импорта уменьшился на 12%", "fell due to lower imports":
    # a cue inside a cause phrase is not what the figure measures, while another cue is there
    cause = cue("cause_before", _CAUSE_BEFORE())
    own = [c for c in before if not cause.search(text, max(s_start, c[0] - 40), c[0])
           and not (_cause_driver_before().search(text, max(s_start, c[0] - 40), c[0])
                    and "," in text[c[1]:f.clean_start])]
    before = own or before
    # "Data revealed that export accounted for 60.25% of total trade in the reviewed quarter with a value of N19.167
    # trillion, showing an increase of 51.00%" (NBS via hallmarknews.com): the total a share before the figure is of is
    # the whole, not what the figures after the share measure; the flow that is the share's subject goes on (rule
    # share_whole_passed)
    whole = [c for c in before if c[2] == "turnover" and _SHARE_WHOLE_BEFORE().search(text, max(s_start, c[0] - 24), c[0])]
    if whole and any(c[2] in ("exports", "imports") and c[1] <= whole[0][0] for c in before):
        before = [c for c in before if c not in whole]
    # "объем торговли составил $3,07 млрд, экспорт - $943,3 млн": a cue with another figure between it
    # and this one is that figure's; the cues right before this figure go first (rule cue_before)
    free = [c for c in before if not _FIGURE_BETWEEN.search(text, c[1], f.clean_start)]
    before = free or before
    # "imports that contribute to the trade imbalance arrive in Ukraine from two economic zones: the EU with $3.6B": a
    # cue inside a relative clause right after a flow noun explains that noun, the subject (rule flow_relative_clause)
    outer = [c for c in before if not any(x[1] < c[0] and x[2] in ("exports", "imports")
                                          and _FLOW_RELATIVE_GAP().fullmatch(text, x[1], c[0]) for x in before)]
    before = outer or before
    # "total trade between the two countries − American imports and Israeli exports, excluding diamonds − was
    # $19.4 billion": a cue inside an aside closed between dashes before the figure explains the subject; a cue
    # outside it names the figure (rule dash_aside)
    # ("The deficit in the trade balance, which is calculated by deducting the value of imports from the value of total
    # exports, has reached JD.7550.6 million": a relative clause between commas is such an aside too)
    # (_DASH_ASIDE only where the text before the figure holds one of its dashes: _holds_dash)
    asides = [(m.start(), m.end()) for rx in ((_DASH_ASIDE, _which_aside()) if _holds_dash(text, s_start, f.clean_start)
                                               else (_which_aside(),))
              for m in rx.finditer(text, s_start, f.clean_start)]
    # ("Jordan's trade balance deficit, the variance between export and import values, declined by 11 percent": a noun
    # phrase between commas right after a flow noun is such an aside too, its flow words the noun's; rule
    # appositive_aside)
    asides += [(m.start(), m.end()) for m in _appositive_aside().finditer(text, s_start, f.clean_start)
               if any(c[1] == m.start() for c in before)]
    if asides:
        outside = [c for c in before if not any(a <= c[0] and c[1] <= b for a, b in asides)]
        before = outside or before
    return before


def _cue_before(text: str, f: Figure, s_start: int, before: list):
    """The cue before the figure that names it (rule cue_before): the subject of the verb right before the figure,
    else the nearest, a specific cue outweighing a nearer vague one."""
    # "recorded a N2.9 billion trade surplus, as total trade stood at N71.880 trillion": the cue that is
    # the subject of the verb right before the figure names it; else the nearest cue, a specific one
    # ("surplus") outweighing a nearer vague one ("foreign trade")
    # ("surpluses were recorded in trade with the United States reaching US$2.26 billion": a flow word behind "in"
    # is no subject of the verb; rule in_trade_with)
    near = max(before, key=lambda c: c[1])
    if near[2] in FLOWS and cue("flow_by_gap", NEVER).fullmatch(text, near[1], f.clean_start) \
            and not any(x[1] < near[0] and not text[x[1]:near[0]].strip() for x in before):
        # "объяснили рост отрицательного сальдо увеличением импорта на 7,7% ($239,2 млрд.)" (saminvestor.ru): the flow
        # whose change "на" gives right after its word is the figure's, and so is the level bracketed after that change,
        # not a weightier cue further back (rule flow_by_gap; Russian rows only; not the second word of a compound,
        # "сальдо торговли на")
        return near[2], "flow_by_gap", (near[0], near[1])
    verb = [c for c in before if c[2] in FLOWS and (_subject_verb_gap().fullmatch(text, c[1], f.clean_start)
                                                     or _changed_to_gap().fullmatch(text, c[1], f.clean_start))
            and not _in_before_cue().search(text, max(s_start, c[0] - 4), c[0])]
    if verb:
        c = verb[-1]
        # "the value of import trade from China was valued at", "the volume of export transactions
        # increased by": the flow word right before the verb's noun names it
        # (the weightier of the two: "trade balance" is a balance)
        c = max((x for x in before if x[1] < c[0] and not text[x[1]:c[0]].strip() and x[2] in FLOWS),
                key=lambda x: x[3], default=c)
        c = c if c[3] >= verb[-1][3] else verb[-1]
    else:
        c = min(before, key=lambda c: (f.clean_start - c[1]) - 30 * c[3])
    return c[2], "cue_before", (c[0], c[1])


def _last_resort(d: Doc, f: Figure, s_start: int, cues: list):
    """No cue before or right after the figure names it: the flow a phrase before it names (named_flow), else the
    flow a sentence opened on "With a value of" goes on to name (rule value_opener), else Nones."""
    text = d.text
    named = named_flow(text, f, s_start)
    if named is not None:
        return named
    if _value_opener().fullmatch(text, d.c.sentences[d.sentence_index(f.clean_start)][0], f.clean_start):
        # "With a value of Dh84.4 billion, gold topped the list of ... the UAE's non-oil foreign trade": a
        # figure that opens its sentence is of the flow the sentence goes on to name (rule value_opener)
        later = [c for c in cues if c[0] >= f.clean_end]
        if later:
            c = later[0]
            return c[2], "value_opener", (c[0], c[1])
    return None, None, None


# "41.89% of the turnover accounted for imports", "$5.9 billion of trade operations fell on imports": the
# whole named after the figure is split, and the flow its part goes to is what the figure measures
_part_verb = EnglishCue("measure_part_verb", re.I)


def _flow_part(text: str, cues: list, whole):
    """The export or import cue that a turnover cue after the figure is given to (rule flow_part)."""
    if whole[2] != "turnover":
        return None
    return next((x for x in cues if x[0] >= whole[1] and x[2] in ("exports", "imports")
                 and _part_verb().fullmatch(text, whole[1], x[0])), None)


# "imports that contribute to the trade imbalance" (rule flow_relative_clause)
_FLOW_RELATIVE_GAP = EnglishCue("measure_flow_relative_gap", re.I)
# a bracketed percentage of GDP right after an amount: "(2.0% of GDP)" (rule share_bracket)
_share_bracket_after = EnglishCue("measure_share_bracket_after", re.I)
# "With a value of Dh84.4 billion, ...", "At $5 billion, ...": a figure opening its sentence
_value_opener = EnglishCue("measure_value_opener", re.I)


# a percent "of (the) total" right before a turnover cue: the whole a share is of (rule share_whole_passed)
_SHARE_WHOLE_BEFORE = EnglishCue("measure_share_whole_before", re.I)
# a number that is no year (a figure of its own) between a cue and the figure
_FIGURE_BETWEEN = skip_compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d")


# paired_list: a flow listed before the n flows paired with n figures makes the list longer
# than the figures' (which flows go with them is then unsure)
_list_gap_before = EnglishCue("measure_list_gap_before", re.I)
# "Exports and imports rose by 20 and 12.5 percent respectively": the two-way cue ("exports and
# imports" = turnover) is a list of two flows when its sentence pairs it with a list of figures
_pair = EnglishCue("measure_pair", re.I)


# "Imports and exports to the European Union, the United States, Japan and the Republic of Korea reached RMB 1.34
# trillion, RMB 1.11 trillion, RMB 546.41 billion and 528.46 billion, respectively" (chinaeconomicindicator.com, GAC's
# figures): the pair is the trade with each place of the list after it, at least as many places as figures; the list
# "respectively" pairs with the figures is the places', the pair is not split (rule pair_of_places)
_pair_prep = EnglishCue("measure_pair_prep", re.I)


def _pair_of_places(d: Doc, cues: list, starts: list[int]) -> tuple | None:
    """The "exports and imports" cue followed by a preposition and at least as many places (two or more) as the
    listed figures, if any: the list "respectively" pairs with the figures is the places'."""
    text = d.text
    for c in cues:
        if _pair().fullmatch(text, c[0], c[1]) is None or not _pair_prep().match(text, c[1]):
            continue
        if len(d.places(d.sentence_index(c[1]), c[1], starts[0])) >= max(2, len(starts)):
            return c
    return None


def _split_pairs(text: str, cues: list) -> list:
    """The cues with each "exports and imports" cue split into its two flows (rule respectively)."""
    out = []
    for c in cues:
        m = _pair().fullmatch(text, c[0], c[1])
        if m is None or m.group(1)[:3].lower() == m.group(2)[:3].lower():
            out.append(c)
            continue
        for g in (1, 2):
            flow = "exports" if m.group(g)[:3].lower() == "exp" else "imports"
            out.append((m.start(g), m.end(g), flow, *c[3:]))
    return out


# cues that name trade without its direction: the paragraph's flow may go on through them
_VAGUE_TURNOVER = frozenset({"transactions"})


# ("Despite the growing deficit the total volume of exports in January amounted to ...": a concession's cue too,
# rule concession_before)
_CAUSE_BEFORE = EnglishCue("cause_before", re.I)
_cause_driver_before = EnglishCue("cause_driver_before", re.I)   # (rule cause_driver, read in _before_cues)
# what stands between a figure and the passive verb it is the subject of: its goods ("in goods"), one
# aside between commas (which may hold a figure of its own) and the auxiliary; no other clause
PASSIVE_REACH = 140
# ("USD70.93 billion (38.9%) were exported goods": a bracketed share of the figure passed over first)
# ("8.22 billion U.S. dollars or 58.9 percent were imported goods": the share restated after "or" too)
_passive_gap = EnglishCue("measure_passive_gap", re.I)
# a measure cue and the verb of its level right before the figure ("total trade stood at", "imports amounted to")
# ("exports to China fell by over 4%": the cue's own place between it and the verb, and a change verb)
_subject_verb_gap = EnglishCue("measure_subject_verb_gap")
# "This was the largest trade surplus since July, as exports declined 0.9% year-on-year to US$212.93 billion": the
# level a flow changed to is that flow's, whatever the sentence named before (rule cue_before, change_to_level)
_changed_to_gap = EnglishCue("measure_changed_to_gap", re.I)
_in_before_cue = EnglishCue("measure_in_before_cue", re.I)
_joined_before = EnglishCue("measure_joined_before", re.I)
# "a £44.8 billion trade deficit", "$119.3 million to import of various products"
# ("the RoK spent 26.7 billion USD on importing goods from": what money was spent on)
# ("was of EUR 5.1 billion for exports and of EUR 6.3 billion for imports": the flow each amount is given for)
# ("the EU's goods trade recorded €12.1 billion ($13.3) deficit": a restatement in brackets between, or its bracket's
# close after the restated amount)
# ("$3.59 billion of this amount accounted for export, $4.027 billion – for import": the flow after a dash and "for",
# rule dash_for_flow)
_joined_after = EnglishCue("measure_joined_after")
_CLAUSE_END = skip_compile(r"\s*(?:[.;:)]|$)")
# "$245.5 million, with Belarusian exports amounting to": what follows is a part of it
_part_of = EnglishCue("measure_part_of", re.I)
# ("a $54.7b (12%) increase in goods and services credits": the change's rate in brackets between, or the rate itself
# in them)
# ("a 14% rolling month-by-month fall in the value of Irish exports", Irish Examiner: the change's span, and the
# value of the flow, rule change_after_adjusted)
_change_in = EnglishCue("measure_change_in", re.I)
# "a decrease of €132 million (-4%) in the seasonally adjusted trade surplus" (rule change_of_in_after): the
# change noun and "of" right before the amount, or before the amount its bracketed rate restates
_change_of_before = EnglishCue("measure_change_of_before", re.I)
_change_of_in = EnglishCue("measure_change_of_in", re.I)
# "tumbled nearly 15 percent in January as imports fell": a conjunction opens another clause (rule cue_of_after)
# ("exports increased 1.6% in February and imports remained unchanged": "and" before the cue opens another clause)
# ("total trade stood at N12.046.92 trillion of which total exports stood at N6.487.04 trillion": the flow after "of
# which" is a part of the amount, not what it measures; not "more than $ 20 million of which accounted for by Belarusian
# exports", the flow the amount goes to)
# (rule change_in_by: "the increase in oil imports by 19%")
_in_flow_by = EnglishCue("measure_in_flow_by", re.I)
_change_noun_in = EnglishCue("change_noun_in", re.I)
_of_gap_break = EnglishCue("measure_of_gap_break", re.I)
_of_right = EnglishCue("measure_of_right", re.I)

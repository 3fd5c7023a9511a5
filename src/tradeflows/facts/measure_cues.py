"""Which words of a clause are measure cues: the vocab measures.csv rows found in it, less those
the words around make into something else — a body's name ("the Ministry of Industry and Trade",
"the Japan External Trade Organization": rule cue_in_name), a partner's rank ("the main trade
partner"), a thing of trade ("the trade agreement", "trade war": rule trade_thing), a goal's verb.
Read once per clause (facts/measure.py decides among them).
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from tradeflows.facts.aside_cues import bare_balance, drop_account_bare_balance, drop_aside_cues
from tradeflows.facts.bodies import in_body_name
from tradeflows.facts.context import Doc, cue_matches, lacks
from tradeflows.facts.places import lookup
from tradeflows.facts.visitor_spending import visitor_spending
from tradeflows.vocab import alternation, fold, words_by_role
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue, english_cue
from tradeflows.vocab.skip import skip_compile

# "exports to the EU, the main trade partner of the country, increased by 33%": "trade partner"
# names a country's rank, not what the figure measures
_partner_after = EnglishCue("measure_cues_partner_after", re.I)
# "the value of US goods that China bought under the trade agreement reached US$9.9 billion": a
# "trade" naming an agreement, a war or a policy measures no flow (rule trade_thing)
_trade_end = EnglishCue("measure_cues_trade_end", re.I)
# (also read after a place's flow word by the reporter rule demonym_flow: "the Caricom trade desk", "US trade
# officials" name an office, no flow of the place; rule flow_word_office; "according to the general trade system": a
# statistics' method)
TRADE_THING_AFTER = skip_compile(r"[\s-]+(?:agreements?|deals?|pacts?|wars?|talks|polic(?:y|ies)|disputes?|tensions|"
                               r"negotiations?|negotiators?|barriers?|frictions?|conflicts?|confrontations?|truce|ministers?|"
                               r"ministry|officials?|representatives?|envoys?|agenda|desks?|offices?|missions?|"
                               r"commissioners?|attach[eé]s?|delegations?|systems?)\b", re.I)
_TRADE_THING_AFTER = TRADE_THING_AFTER
_balance_in_before = EnglishCue("measure_cues_balance_in_before", re.I)
_verb_before = EnglishCue("measure_cues_verb_before", re.I)
_category_supplies = EnglishCue("measure_cues_category_supplies", re.I)


def clause_cues(d: Doc, s_start: int, s_end: int, v) -> list:
    """The measure cues of text[s_start:s_end], read once per clause, not once per figure in it."""
    cache = d.memo.clause_cues
    key = (s_start, s_end, id(v))
    if key not in cache:
        text = d.text
        cache[key] = _kept_cues(text, list(cue_matches(d, v, "measure", s_start, s_end)), v)
        if len(cache[key]) > 1 and text.find(", a", s_start, s_end) >= 0:   # rule appositive_cue
            cache[key] = drop_aside_cues(text, s_start, s_end, cache[key])
        if len(cache[key]) > 1 and any(c[2] == "other" for c in cache[key]):   # rule account_balance_subject
            cache[key] = drop_account_bare_balance(text, cache[key], bare_balance())
        if "between" in d.text[s_start:s_end]:
            cache[key] = _difference_between(text, s_start, s_end, cache[key])
        cache[key] = _flow_more_than_other(text, s_start, s_end, cache[key])
        if _earn_trigger().search(text, s_start, s_end) is not None:
            cache[key] = _export_earnings(d, s_start, s_end, cache[key], v)
        if not lacks(d, _SERVICE_WORDS, s_start, s_end) and _services_trigger().search(text, s_start, s_end) is not None:
            cache[key] = _services_earnings(d, s_start, s_end, cache[key])
        if d.memo.visitor_page is not False:   # (a page without the rule's words: no call, facts/visitor_spending.py)
            cache[key] = visitor_spending(d, s_start, s_end, cache[key])
    return cache[key]


def _kept_cues(text: str, matches: list, v) -> list:
    """(start, end, *measures row) of each match of the measure cue that the words around leave a measure cue (the
    patterns read once a clause, not once a match; a cue only another language fills, NEVER, not searched)."""
    if not matches:
        return []
    measures = v["measures"]
    name_before, not_flow_after = cue("name_before", NEVER), cue("not_flow_after", NEVER)
    partner_after, trade_end, verb_before = _partner_after(), _trade_end(), _verb_before()
    category_supplies, balance_in_before = _category_supplies(), _balance_in_before()
    out = []
    for m in matches:
        ms, me, group = m.start(), m.end(), m.group()
        if (not in_body_name(text, ms, me)   # "the Ministry of Industry and Trade", "the Japan External Trade Organization" (rule cue_in_name)
                and not (name_before is not NEVER and name_before.search(text, max(0, ms - 50), ms))
                and not partner_after.match(text, me)
                # "поставили цель увеличить торговлю": a verb that sets a goal supplies nothing
                and not (not_flow_after is not NEVER and not_flow_after.match(text, me))
                and not (trade_end.search(group) and _TRADE_THING_AFTER.match(text, me))
                # "The largest import categories were industrial supplies (28.5%)": a product category named
                # "supplies" measures no flow (rule supplies_category)
                and not (group.lower() == "supplies" and category_supplies.search(text, max(0, ms - 14), ms))
                # "the foreign-invested sector raked in USD 131 billion", "(down 4.8%)": an adjective hyphened to a
                # word before it names a kind of firm, no investment (rule hyphened_invested)
                and not (text[ms - 1:ms] == "-" and group.lower() == "invested")
                # "Thai exports continued to contract in May, dropping 5.01% year-on-year" (Bangkok Post): the
                # verb "contract", to shrink, names no contract (rule contract_verb)
                and not (group.lower() == "contract" and verb_before.search(text, max(0, ms - 30), ms))):
            row = measures[fold(group)]
            # "surpluses were recorded in trade with the United States reaching US$2.26 billion", "a deficit in
            # trade with China": the trade a balance is in, no turnover of its own (rule balance_in_trade_with)
            if not (row[0] == "turnover" and balance_in_before.search(text, max(0, ms - 45), ms)):
                out.append((ms, me, *row))
    return out


# "Евросоюз импортировал на 181 млрд евро больше товаров, чем экспортировал" (espreso): the amount one flow exceeds the
# other by, both said as verbs of the one reporter, is the trade balance; the first verb is its cue, the second no
# flow of the figure (rule flow_more_than_other; cue flow_more_than_other, groups a and b: the two verbs; which of them
# imports: cue import_verb_stem, the other language's stems in rows of vocab/<lang>/patterns.csv)
_import_stem = EnglishCue("import_verb_stem", re.I)


def _flow_more_than_other(text: str, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues with the first verb of 'imported X more than it exported' made one balance cue and the flow
    cues of the rest of the phrase dropped (rule flow_more_than_other)."""
    rx = cue("flow_more_than_other", NEVER)
    if rx is NEVER:
        return cues
    importing = cue("import_verb_stem", _import_stem())
    spans = [m for m in rx.finditer(text, s_start, s_end)
             if bool(importing.match(m.group("a"))) != bool(importing.match(m.group("b")))]
    if not spans:
        return cues
    kept = [c for c in cues if not any(m.start() <= c[0] and c[1] <= m.end() for m in spans)]
    return sorted(kept + [(m.start("a"), m.end("a"), "balance", 5) for m in spans])


# "the difference between what was spent on imports and the sum earned on exports was valued at US$532.4 million"
# (radiojamaica), "The difference between the goods and services the United States sells and buys from other countries
# dropped 1.7% last year to $616.8 billion" (courthousenews.com): the difference (or gap) between a selling and a buying
# side, each said in words of its own, is the trade balance; the flow words inside it are its two sides, not what a
# figure after it measures (rule difference_between_flows; "difference between exports and imports" is a row of
# measures.csv)
_difference_between_flows = EnglishCue("measure_cues_difference_between_flows", re.I)


def _difference_between(text: str, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues with each difference between a selling and a buying side made one balance cue over its span
    (rule difference_between_flows)."""
    spans = [(m.start(), m.end()) for m in _difference_between_flows().finditer(text, s_start, s_end)]
    if not spans:
        return cues
    kept = [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b in spans)]
    return sorted(kept + [(a, b, "balance", 5) for a, b in spans])




# Export earnings worded as a country's revenue or income (rule export_earnings; the words are rows of
# vocab/en/export_earnings.csv, whose header gives the phrasing family): "income from liquefied natural gas (LNG)
# exports", "the Gulf country's revenue from LNG sales" (emirates247.com), "exports revenue", "merchandise revenue",
# "jute and jute goods fetched $919.58 million" (thedailystar.net), and, on a text about exports, "The revenue from
# coffee, which was approximately 376 million dollars" (ethiopiannews), "Ethiopia has earned some $927 million from
# coffee" (2merkato.com): the earnings are the exports of those goods. Not tourism or remittance earnings, taxes and
# duties, a company's revenue, a unit's price ("every kg fetched ₹19.76 more"); an earning verb whose subject is no goods
# ("Tourism raked in $4.1 billion") is no export cue either.
@lru_cache(maxsize=1)
def _earnings() -> SimpleNamespace:
    """The rule's patterns, built from vocab/en/export_earnings.csv on first use (nothing is read at import time)."""
    words = words_by_role("export_earnings.csv")
    earn_n, earn_v = alternation(words["earn_noun"]), alternation(words["earn_verb"])
    sale, sale_weak, goods = alternation(words["sale"]), alternation(words["sale_weak"]), alternation(words["goods"])
    not_goods, unit = alternation(words["not_goods"]), alternation(words["unit"])
    # a product's words, none of them earnings of no goods: lower-case words, an abbreviation in brackets ("(LNG)"), or
    # one capitalised word ("LNG", "Ukrainian")
    product_word = rf"(?:(?!(?:{not_goods})\b)(?:[a-z][\w'’&-]*|[A-Z][\w'’-]*|\([A-Z]{{2,6}}\)))"
    return SimpleNamespace(
        # <earnings noun> from/of <product> <export word or sale>
        earn_from_sale=re.compile(rf"\b(?P<e>{earn_n}){english_cue('measure_cues_earn_of').pattern}"
                                  rf"(?:{product_word}\s+){{0,6}}?(?:(?P<s>{sale})|(?P<w>{sale_weak}))\b"
                                  rf"(?!\s+(?:{not_goods})\b)", re.I),
        # <goods or export word> <earnings noun>
        goods_earn=re.compile(rf"\b(?:{goods})\s+(?P<e>{earn_n})\b", re.I),
        # <goods> <earning verb>
        goods_earned=re.compile(rf"\b(?:{goods}){english_cue('measure_cues_goods_aux').pattern}(?P<e>{earn_v})\b", re.I),
        # <earnings noun> from <a product> (no export word: exports only on a text about exports)
        earn_from_product=re.compile(rf"\b(?P<e>{earn_n})" + english_cue("measure_cues_from_product").pattern, re.I),
        # <earning verb> <a figure> from <a product>
        earned_from_product=re.compile(rf"\b(?P<e>{earn_v})" + english_cue("measure_cues_figure_from_product").pattern, re.I),
        # "revenue from the sale of goods", "revenue from product sales" (an enterprise's): a sale no place owns is no
        # export
        sale_weak_ahead=re.compile(rf"(?:[\w-]+\s+){{0,3}}?(?:{sale_weak})\b", re.I),
        # <a figure> in <earnings noun>, after a flow cue of the clause
        in_earnings=re.compile(english_cue("measure_cues_figure_in").pattern + rf"(?P<e>{earn_n})\b", re.I),
        # <every/per unit> <earning verb>: a price
        unit_earned=re.compile(rf"{english_cue('measure_cues_every').pattern}(?:{unit}){english_cue('measure_cues_unit_of').pattern}(?P<e>{earn_v})\b", re.I),
        not_goods=re.compile(rf"(?:{not_goods})$", re.I),
        not_goods_before=re.compile(rf"\b(?:{not_goods})\s+$", re.I),
        unit_before=re.compile(rf"{english_cue('measure_cues_a_unit').pattern}(?:{unit}){english_cue('measure_cues_unit_of').pattern}$", re.I),
        earn_verb_rows=re.compile(rf"(?:{earn_v})$", re.I),
    )


# the clause holds an earnings word: the only clauses the rule reads (a literal anchor, searched once per clause)
_earn_trigger = EnglishCue("measure_cues_earn_trigger", re.I)

# the owner of the earnings, right before them: a place's ("the Gulf country's revenue from LNG sales")
_OWNER_BEFORE = skip_compile(r"([\w-]+)['’]s?\s+(?:[a-z][\w-]*\s+){0,2}$")
_PLACE_NOUNS = frozenset(("country", "countries", "nation", "state", "kingdom", "emirate", "republic", "island",
                          "islands", "economy"))


def _place_owned(text: str, at: int) -> bool:
    m = _OWNER_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in _PLACE_NOUNS:
        return True
    p = lookup(word)
    return p is not None and p.kind in ("country", "region", "demonym", "bloc")


def _exports_around(d: Doc, s_start: int, s_end: int, v) -> bool:
    """An export cue in the clause, or in its paragraph or the paragraph before, before it: a text about exports."""
    pi = d.para_index(s_start)
    lo = d.c.paragraphs[max(pi - 1, 0)][0]
    return any(v["measures"][fold(m.group())][0] == "exports" for m in cue_matches(d, v, "measure", lo, s_end))


def _export_earnings(d: Doc, s_start: int, s_end: int, cues: list, v) -> list:
    """The clause's cues with each export earnings phrase made one export cue over its span, the cues inside it dropped,
    and an earning verb whose subject is no goods or a unit of a price dropped (rule export_earnings)."""
    E = _earnings()
    text = d.text
    spans = []
    for m in E.earn_from_sale.finditer(text, s_start, s_end):
        if E.not_goods_before.search(text, max(0, m.start() - 20), m.start()):
            continue   # "tax revenue from exports", "customs revenue from exports"
        if m.group("w") is not None and not _place_owned(text, m.start()):
            continue   # "Apple's revenue from iPhone sales": a company's
        spans.append((m.start(), m.end()))
    for rx in (E.goods_earn, E.goods_earned):
        for m in rx.finditer(text, s_start, s_end):
            if rx is E.goods_earned and E.unit_before.search(text, max(0, m.start() - 30), m.start()):
                continue
            spans.append((m.start(), m.end()))
    for m in E.in_earnings.finditer(text, s_start, s_end):
        # "Coffee exports brought Ethiopia $1.43 billion in revenue", "Ukrainian exporters post an additional US$2.7
        # billion in revenue": the money a figure is "in" is earned by the flow its clause named before it
        if not any(a <= m.start("e") < b for a, b in spans) \
                and any(c[2] == "exports" and c[1] <= m.start() for c in cues):
            spans.append((m.start("e"), m.end("e")))
    context = None
    for rx in (E.earn_from_product, E.earned_from_product):
        for m in rx.finditer(text, s_start, s_end):
            if any(a <= m.start("e") < b for a, b in spans) or E.not_goods.match(m.group("p")) \
                    or E.sale_weak_ahead.match(text, m.start("p")) \
                    or (m.groupdict().get("q") and E.not_goods.match(m.group("q"))) \
                    or E.not_goods_before.search(text, max(0, m.start() - 20), m.start()) \
                    or E.unit_before.search(text, max(0, m.start() - 30), m.start()):
                continue
            if context is None:
                context = _exports_around(d, s_start, s_end, v)
            if context:
                spans.append((m.start("e"), m.end("e")))
    # an earning verb row of measures.csv ("raked in") whose subject is no goods ("Tourism raked in")
    dropped = [c for c in cues if c[2] == "exports" and E.earn_verb_rows.match(text, c[0], c[1])
               and E.not_goods_before.search(text, max(0, c[0] - 20), c[0])]
    # "every kg fetched ₹19.76 more than it did last year": what a unit fetched is a price, no flow (measure other)
    prices = [(m.start("e"), m.end("e")) for m in E.unit_earned.finditer(text, s_start, s_end)]
    if not spans and not dropped and not prices:
        return cues
    kept = [c for c in cues if c not in dropped and not any(a <= c[0] and c[1] <= b for a, b in spans + prices)]
    d.earnings_spans.update(spans)
    d.price_spans.update(prices)
    return sorted(kept + [(a, b, "exports", 3) for a, b in spans] + [(a, b, "other", 3) for a, b in prices])


# Services sold to visitors from abroad worded as a country's earnings or payments (rule services_earnings; the words
# are rows of vocab/en/services_earnings.csv): "Jordan's tourism revenues during January 2020, reached JD361.8 million"
# (royanews), "receipts from education-related travel to Canada" (Statistics Canada): what visitors spend is the
# country's services exports; "travel payments", "travel expenditures" (its residents' spending abroad) its services
# imports. Export earnings of goods leave tourism out (export_earnings' not_goods); these are the services flows.
@lru_cache(maxsize=1)
def _services_words() -> SimpleNamespace:
    """The rule's patterns, built from vocab/en/services_earnings.csv on first use."""
    words = words_by_role("services_earnings.csv")
    service, earn, pay, levy = (alternation(words[r]) for r in ("service", "earn", "pay", "levy"))
    return SimpleNamespace(
        # a tax right before the phrase: "tax revenues from tourism" (the state's)
        levy_before=re.compile(rf"\b(?:{levy})\s+$", re.I),
        # <service> (sector|industry)? <earnings noun>: "tourism revenues", "travel receipts"
        earned=re.compile(rf"\b(?:{service})(?:\s+(?:sector|industry))?\s+(?:{earn})\b", re.I),
        # <earnings noun> from <one word>? <service>: "receipts from tourism", "receipts from education-related travel"
        earned_from=re.compile(rf"\b(?:{earn})\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{service})\b", re.I),
        # <service> <payment noun>: "travel payments", "travel expenditures"
        paid=re.compile(rf"\b(?:{service})\s+(?:{pay})\b", re.I),
    )


# the clause names a service bought by visitors from abroad: the only clauses the rule reads (the words every match holds:
# lacks(...) skips the search)
_services_trigger = EnglishCue("services_earnings_trigger", re.I)
_SERVICE_WORDS = ("touris", "travel")


def _services_earnings(d: Doc, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues with each services earnings phrase made one export cue over its span and each services payment
    phrase one import cue, the cues inside them dropped; not a tax's ("tax revenues from tourism") (rule
    services_earnings)."""
    W = _services_words()
    text = d.text
    spans = [(m.start(), m.end(), flow) for rx, flow in ((W.earned, "exports"), (W.earned_from, "exports"),
                                                          (W.paid, "imports"))
             for m in rx.finditer(text, s_start, s_end)
             if not W.levy_before.search(text, max(0, m.start() - 20), m.start())]
    if not spans:
        return cues
    kept = [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b, _ in spans)]
    d.services_spans.update((a, b) for a, b, _ in spans)
    return sorted(kept + [(a, b, flow, 3) for a, b, flow in spans])

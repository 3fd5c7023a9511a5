"""Which words of a clause are measure cues: the vocab measures.csv rows found in it, less those
the words around make into something else — a body's name ("the Ministry of Industry and Trade",
"the Japan External Trade Organization": rule cue_in_name), a partner's rank ("the main trade
partner"), a thing of trade ("the trade agreement", "trade war": rule trade_thing), a goal's verb.
Read once per clause (facts/measure.py decides among them).
"""
from __future__ import annotations

import re

from tradeflows.facts.bodies import in_body_name
from tradeflows.facts.context import Doc, _cues
from tradeflows.vocab import fold
from tradeflows.vocab.patterns import NEVER, cue
from tradeflows.vocab.skip import skip_compile

# "exports to the EU, the main trade partner of the country, increased by 33%": "trade partner"
# names a country's rank, not what the figure measures
_PARTNER_AFTER = re.compile(r"\s+partners?\b", re.I)
# "the value of US goods that China bought under the trade agreement reached US$9.9 billion": a
# "trade" naming an agreement, a war or a policy measures no flow (rule trade_thing)
_TRADE_END = skip_compile(r"trade$", re.I)
# (also read after a place's flow word by the reporter rule demonym_flow: "the Caricom trade desk", "US trade
# officials" name an office, no flow of the place; rule flow_word_office; "according to the general trade system": a
# statistics' method)
TRADE_THING_AFTER = re.compile(r"[\s-]+(?:agreements?|deals?|pacts?|wars?|talks|polic(?:y|ies)|disputes?|tensions|"
                               r"negotiations?|negotiators?|barriers?|frictions?|conflicts?|confrontations?|truce|ministers?|"
                               r"ministry|officials?|representatives?|envoys?|agenda|desks?|offices?|missions?|"
                               r"commissioners?|attach[eé]s?|delegations?|systems?)\b", re.I)
_TRADE_THING_AFTER = TRADE_THING_AFTER
_BALANCE_IN_BEFORE = re.compile(r"\b(?:surplus(?:es)?|deficits?)\b(?:\s+[a-z]+){0,3}\s+in\s+$", re.I)
_VERB_BEFORE = re.compile(r"\b(?:(?:continued?|continues|continuing|began|begun|begin|begins|started|starts?|expected|"
                          r"projected|forecast|likely|seen|set)\s+to|will|would|could|may|might)\s+"
                          r"(?:(?:further|again|sharply|slightly|also)\s+)?$", re.I)
_CATEGORY_SUPPLIES = re.compile(r"\b(?:industrial|medical|office|military|school|agricultural)\s+$", re.I)


def clause_cues(d: Doc, s_start: int, s_end: int, v) -> list:
    """The measure cues of text[s_start:s_end], read once per clause, not once per figure in it."""
    cache = d.__dict__.setdefault("_measure_cues", {})
    key = (s_start, s_end, id(v))
    if key not in cache:
        text = d.text
        cache[key] = [(m.start(), m.end(), *v["measures"][fold(m.group())])
                      for m in _cues(d, v, "measure", s_start, s_end)
                      # "the Ministry of Industry and Trade", "the Japan External Trade Organization" (rule cue_in_name)
                      if not in_body_name(text, m.start(), m.end())
                      and not cue("name_before", NEVER).search(text, max(0, m.start() - 50), m.start())
                      and not _PARTNER_AFTER.match(text, m.end())
                      # "поставили цель увеличить торговлю": a verb that sets a goal supplies nothing
                      and not cue("not_flow_after", NEVER).match(text, m.end())
                      and not (_TRADE_END.search(m.group()) and _TRADE_THING_AFTER.match(text, m.end()))
                      # "The largest import categories were industrial supplies (28.5%)": a product category named
                      # "supplies" measures no flow (rule supplies_category)
                      and not (m.group().lower() == "supplies" and _CATEGORY_SUPPLIES.search(text, max(0, m.start() - 14), m.start()))
                      # "the foreign-invested sector raked in USD 131 billion", "(down 4.8%)": an adjective hyphened to a
                      # word before it names a kind of firm, no investment (rule hyphened_invested)
                      and not (text[m.start() - 1:m.start()] == "-" and m.group().lower() == "invested")
                      # "Thai exports continued to contract in May, dropping 5.01% year-on-year" (Bangkok Post): the
                      # verb "contract", to shrink, names no contract (rule contract_verb)
                      and not (m.group().lower() == "contract"
                               and _VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                      # "surpluses were recorded in trade with the United States reaching US$2.26 billion", "a deficit in
                      # trade with China": the trade a balance is in, no turnover of its own (rule balance_in_trade_with)
                      and not (v["measures"][fold(m.group())][0] == "turnover"
                               and _BALANCE_IN_BEFORE.search(text, max(0, m.start() - 45), m.start()))]
        if "between" in d.text[s_start:s_end]:
            cache[key] = _difference_between(text, s_start, s_end, cache[key])
        cache[key] = _flow_more_than_other(text, s_start, s_end, cache[key])
    return cache[key]


# "Евросоюз импортировал на 181 млрд евро больше товаров, чем экспортировал" (espreso): the amount one flow exceeds the
# other by, both said as verbs of the one reporter, is the trade balance; the first verb is its cue, the second no
# flow of the figure (rule flow_more_than_other; cue flow_more_than_other, groups a and b: the two verbs)
_IMPORT_STEM = re.compile(r"(?:импорт|ввез|ввоз|import)", re.I)


def _flow_more_than_other(text: str, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues with the first verb of 'imported X more than it exported' made one balance cue and the flow
    cues of the rest of the phrase dropped (rule flow_more_than_other)."""
    rx = cue("flow_more_than_other", NEVER)
    if rx is NEVER:
        return cues
    spans = [m for m in rx.finditer(text, s_start, s_end)
             if bool(_IMPORT_STEM.match(m.group("a"))) != bool(_IMPORT_STEM.match(m.group("b")))]
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
_SOLD = r"(?:exports?|exported|sells?|sold|earned|earnings)"
_BOUGHT = r"(?:imports?|imported|buys?|bought|spent|spending|purchases?|purchased)"
_SIDE_GAP = r"(?:[^.;:!?()\d$€£¥\n]{0,60}?\b)?"
DIFFERENCE_BETWEEN_FLOWS = skip_compile(
    rf"\b(?:difference|gap)\s+between\s+{_SIDE_GAP}(?:{_SOLD}{_SIDE_GAP}\s*\band\s+{_SIDE_GAP}{_BOUGHT}|"
    rf"{_BOUGHT}{_SIDE_GAP}\s*\band\s+{_SIDE_GAP}{_SOLD})\b"
    # the last side runs on to its flow word ("the sum earned on exports")
    r"(?:[^.;:!?()\d$€£¥\n]{0,25}?\b(?:exports|imports)\b)?", re.I)


def _difference_between(text: str, s_start: int, s_end: int, cues: list) -> list:
    """The clause's cues with each difference between a selling and a buying side made one balance cue over its span
    (rule difference_between_flows)."""
    spans = [(m.start(), m.end()) for m in DIFFERENCE_BETWEEN_FLOWS.finditer(text, s_start, s_end)]
    if not spans:
        return cues
    kept = [c for c in cues if not any(a <= c[0] and c[1] <= b for a, b in spans)]
    return sorted(kept + [(a, b, "balance", 5) for a, b in spans])



"""Figures of the whole economy that are no trade flow: a currency's value, a rate of the economy (inflation, an
interest rate, unemployment), the reserves, a budget's balance, a share of the budget or the workforce
(GUIDELINES: measure "other": "taxes, credit lines, aid, anything else").

Pages that review a whole economy (a central bank's statement, a monthly review, a ministry's report) put these
beside exports and imports; without a rule of their own the flow named or carried just before claims them ("In April
2015, the NIS strengthened compared the US Dollar by 1.5%" after a paragraph on imports; "a primary budget surplus of
38.88 billion reais" read as a trade balance). Each rule is anchored on a figure already found and reads only a
window of its own clause: the words right before it, or right after it (no whole-text scan). The words are rows of
vocab/<lang>/patterns.csv (names nontrade_*); facts/measure.py asks, its rules run in the order of NON_TRADE_RULES.
"""
from __future__ import annotations

import re


from tradeflows.facts.aside_cues import bare_balance
from tradeflows.facts.nontrade_transfers import (_deficit_after, _finance_before, _transfers_before, financed_share,
                                                  transfers)
from tradeflows.records import Figure
from tradeflows.vocab import current_language, holds, holds_one, pattern_branch_needs, pattern_needs, text_low
from tradeflows.vocab.patterns import NEVER, EnglishCue, cue

REACH = 160  # characters before a figure its subject's words are looked for in (a bounded read per figure)

# a currency's change of value right before the rate, its subject a currency: "the NIS strengthened by", "The peso has
# strengthened almost", "compared to the Swiss Franc weakened by" (rule currency_value)
_currency_value_before = EnglishCue("nontrade_currency_value_before", re.I)
# ... or the rate "against" a currency right after it: "a weaker peso, which fell nearly 20% against the dollar"
_currency_value_after = EnglishCue("nontrade_currency_value_after", re.I)
# a rate of the economy as the subject right before the figure: "inflation eased to", "the benchmark interest rate
# rose to", "the unemployment rate stood at", "hike the rate to" (rule economy_rate)
_economy_rate_before = EnglishCue("nontrade_rate_before", re.I)
# a country's reserves as the subject right before the figure: "gross official reserves remained at US dollars 7.5
# billion by end November 2019, which were sufficient to cover 4.5 months of imports" (rule reserves; the imports
# after the figure only measure how long they last)
_reserves_before = EnglishCue("nontrade_reserves_before", re.I)
# the whole a share is of, right after it, when no trade's: "40 percent of its national budget", "7.5% of the
# country's total workforce" (rule non_trade_whole)
_whole_after = EnglishCue("nontrade_whole_after", re.I)
# a budget's balance: the words right before a bare surplus or deficit cue ("a primary budget surplus of", "the
# fiscal deficit") or right after it ("the deficit of the state budget") (rule budget_balance)
_budget_before = EnglishCue("nontrade_budget_before", re.I)
_budget_after = EnglishCue("nontrade_budget_after", re.I)
# a country's home trade as the subject before the figure in its sentence: "Оборот розничной торговли вырос на 6,4%",
# "розничный товарооборот составил 48,6 трлн рублей", "оборот общественного питания", "Retail sales grew 3.1%",
# "Wholesale trade fell 2%" (rule domestic_trade): shops', wholesalers' and caterers' sales, no foreign trade
_domestic_before = EnglishCue("nontrade_domestic_before", re.I)


def _before(text: str, low: str, rx: re.Pattern, lo: int, hi: int):
    """rx.search(text, lo, hi), skipped when the lower-cased window low lacks a piece every match holds."""
    return rx.search(text, lo, hi) if holds(low, pattern_needs(rx)) else None


def _no_cue_between(cues: list, start: int, end: int) -> bool:
    """No measure cue of the clause starts between the non-trade words and the figure: the nearer cue decides
    ("inflation hit exports, which fell 5%" stays the exports')."""
    return not any(start <= c[0] < end for c in cues)


def currency_value(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """A rate that is a currency's change of value, not a flow's (rule currency_value)."""
    if f.kind != "growth":
        return False
    lo = max(s_start, f.clean_start - REACH)
    m = _before(text, low, cue("nontrade_currency_value_before", _currency_value_before()), lo, f.clean_start)
    if m is not None and _no_cue_between(cues, m.start(), f.clean_start):
        return True
    return cue("nontrade_currency_value_after", _currency_value_after()).match(text, f.clean_end) is not None


def _subject_before(text: str, low: str, f: Figure, s_start: int, cues: list, name: str, english) -> bool:
    """The non-trade subject of cue `name` right before the figure, with no measure cue between (rules economy_rate,
    reserves)."""
    lo = max(s_start, f.clean_start - REACH)
    m = _before(text, low, cue(name, english()), lo, f.clean_start)
    return m is not None and _no_cue_between(cues, m.start(), f.clean_start)


def economy_rate(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """A percent that is a rate of the economy (inflation, an interest rate, unemployment), its subject right before
    it with no measure cue between (rule economy_rate)."""
    return f.kind in ("growth", "share") and _subject_before(text, low, f, s_start, cues, "nontrade_rate_before",
                                                             _economy_rate_before)


def reserves(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """An amount or a change of a country's reserves, its subject right before it with no measure cue between (rule
    reserves)."""
    return f.kind != "share" and _subject_before(text, low, f, s_start, cues, "nontrade_reserves_before",
                                                 _reserves_before)


def domestic_trade(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """A figure of the home trade (retail, wholesale, catering), its subject's words the last of their kind before it in
    its sentence, with no semicolon and no measure cue after them (their own "оборот", "торговли", "sales" are the
    cues that misread it; rule domestic_trade)."""
    lo = max(s_start, f.clean_start - REACH)
    # (each alternative's own words, "розничн"/"оптов" or "общественного питания": the words pattern_needs joins,
    # "торговл", "оборот", stand before nearly every figure of a trade page)
    if not holds_one(low, pattern_branch_needs(rx := cue("nontrade_domestic_before", _domestic_before()))):
        return False
    last = None
    for last in rx.finditer(text, lo, f.clean_start):
        pass
    return (last is not None and text.find(";", last.end(), f.clean_start) < 0
            and _no_cue_between(cues, last.end(), f.clean_start))


def non_trade_whole(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """A share of a whole that is no trade: the budget, its revenue, the workforce, the population (rule
    non_trade_whole)."""
    return f.kind == "share" and cue("nontrade_whole_after", _whole_after()).match(text, f.clean_end) is not None


# a multiple or a rate by which a place trails or outruns a rival, right before the rival's verb: "Российская
# Федерация в 1992 г. занимала в польском импорте второе место (почти втрое уступая Германии)" (rule rival_gap;
# Russian rows only)
def _rival_gap_after() -> re.Pattern:
    return NEVER


def rival_gap(text: str, low: str, f: Figure, s_start: int, cues: list) -> bool:
    """A change that is the gap between a place and a rival it trails or outruns, not a flow's change over time (rule
    rival_gap)."""
    return f.kind == "growth" and cue("nontrade_rival_gap_after", NEVER).match(text, f.clean_end) is not None


# the rules, most precise first: what a currency did, a rate of the economy, the reserves, the whole a share is of
NON_TRADE_RULES = (("currency_value", currency_value), ("economy_rate", economy_rate), ("reserves", reserves),
                   ("financed_share", financed_share),   # "to finance over 80 per cent of the trade deficit"
                   ("transfers", transfers),   # remittances, private transfers (both facts/nontrade_transfers.py)
                   ("domestic_trade", domestic_trade),   # "Оборот розничной торговли вырос на 6,4%", "Retail sales"
                   ("non_trade_whole", non_trade_whole),
                   ("rival_gap", rival_gap))   # "почти втрое уступая Германии"


def non_trade_rule(text: str, f: Figure, s_start: int, cues: list) -> str | None:
    """The name of the first rule of NON_TRADE_RULES that reads the figure as no trade flow's, else None (none read
    when the document holds none of their cues' words: _may_fire)."""
    may = _may_fire(text)
    if not may:
        return None
    low = text[max(s_start, f.clean_start - REACH):f.clean_start].lower()   # the window, for the rules' prefilter
    for name, rule in NON_TRADE_RULES:
        if name in may and rule(text, low, f, s_start, cues):
            return name
    return None


# the cues each rule reads (all of a rule's cues lacking their words in a document: the rule cannot fire there)
_RULE_CUES = {"currency_value": (("nontrade_currency_value_before", _currency_value_before),
                                 ("nontrade_currency_value_after", _currency_value_after)),
              "economy_rate": (("nontrade_rate_before", _economy_rate_before),),
              "reserves": (("nontrade_reserves_before", _reserves_before),),
              "financed_share": (("nontrade_deficit_after", _deficit_after),
                                 ("nontrade_finance_before", _finance_before)),
              "transfers": (("nontrade_transfers_before", _transfers_before),),
              "domestic_trade": (("nontrade_domestic_before", _domestic_before),),
              "non_trade_whole": (("nontrade_whole_after", _whole_after),),
              "rival_gap": (("nontrade_rival_gap_after", _rival_gap_after),)}
_MAY_KEPT = 8
_MAY: dict[tuple[int, str], tuple[str, frozenset[str]]] = {}   # (id(text), language) -> (text, _may_fire(text))


def _may_fire(text: str) -> frozenset[str]:
    """The rules of NON_TRADE_RULES whose cues' words (vocab.required of each cue's pattern) the whole document holds
    (for domestic_trade all of one alternative of its cue, vocab.pattern_branch_needs: "розничн" or "общественного",
    not only the "торговл" or "оборот" every trade page writes, which left it asked of every Russian figure; the other
    rules' alternatives cost more page scans than they spare, valgrind on data/raw),
    read once per document and language (kept by the text's identity): review words are rare on trade pages, so most
    figures of a short page read no window at all. Every rule when no lower-cased copy of the text was made (relate's
    Doc makes the text's one copy, vocab.text_low; this gate makes none of its own) or the text cannot be read
    lower-cased."""
    key = (id(text), current_language())
    hit = _MAY.get(key)
    if hit is not None and hit[0] is text:
        return hit[1]
    low = text_low(text, make=False)
    # (a rule of NON_TRADE_RULES that _RULE_CUES does not list may always fire: a new row is never skipped unseen; a
    # cue only another language fills, NEVER here, matches nothing: rule rival_gap on a page not in Russian)
    may = frozenset(name for name, _ in NON_TRADE_RULES
                    if low is None or name not in _RULE_CUES
                    or any(rx is not NEVER and holds(low, pattern_needs(rx))
                           and (name != "domestic_trade" or holds_one(low, pattern_branch_needs(rx)))
                           for rx in (cue(c, english()) for c, english in _RULE_CUES[name])))
    if len(_MAY) >= _MAY_KEPT:
        _MAY.clear()
    _MAY[key] = (text, may)
    return may


def budget_balance(text: str, cue_span: tuple[int, int] | None) -> bool:
    """Whether the bare surplus or deficit cue that gave a figure the measure balance is a budget's ("a primary
    budget surplus of 38.88 billion reais", "the fiscal deficit", "дефицит республиканского бюджета"; rule
    budget_balance)."""
    if cue_span is None:
        return False
    s, e = cue_span
    if text[s:e].lower() not in bare_balance():   # (a cue of its own, "trade deficit", stays the trade's)
        return False
    return (cue("nontrade_budget_before", _budget_before()).search(text, max(0, s - 40), s) is not None
            or cue("nontrade_budget_after", _budget_after()).match(text, e) is not None)


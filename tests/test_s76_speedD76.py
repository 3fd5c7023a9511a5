"""Session 76 (speedD76): the Russian rows of this session gated on their own words.

- vocab.pattern_branch_needs / holds_one: the words each alternative of a top-level alternation holds, so a rule asks
  whether a window holds one alternative's all; facts/measure_nontrade.py domestic_trade reads it, where pattern_needs'
  one joined group ("торговл", "оборот", ... "общественного") stood before nearly every figure of a Russian trade page.
  The same matches: a window lacking every alternative's words holds no match.
"""
import re
from pathlib import Path

from tradeflows.facts import measure_nontrade as N
from tradeflows.pipeline import figures_of_text
from tradeflows.vocab import holds_one, pattern_branch_needs, using_language
from tradeflows.vocab.patterns import cue

ROOT = Path(__file__).resolve().parent.parent


def test_branch_needs_of_plain_and_nested_alternations():
    assert pattern_branch_needs(re.compile(r"abc(?:de|fg)")) == ((("abc",), ("de", "fg")),)
    assert pattern_branch_needs(re.compile(r"(?<!x)(?:ab\w+|cd)", re.I)) == ((("ab",),), (("cd",),))
    assert pattern_branch_needs(re.compile(r"(?:Xy|(?:zw|uv\d))", re.I)) == ((("xy",),), (("zw",),), (("uv",),))
    # (a group turning case-blindness on in a case-sensitive pattern gives no word: any window may hold it)
    assert pattern_branch_needs(re.compile(r"(?i:ab|cd)")) == ((),)


def test_holds_one_needs_one_alternative_whole():
    alts = pattern_branch_needs(re.compile(r"(?:розничн|оптов)\w*\s+(?:торговл|оборот)\w*|общественного\s+питания"))
    assert alts == ((("розничн", "оптов"), ("торговл", "оборот")), (("общественного",), ("питания",)))
    assert not holds_one("оборот торговли вырос на", alts)   # (the joined group's words alone)
    assert not holds_one("общественного мнения", alts)
    assert holds_one("оборот розничной торговли вырос на", alts)
    assert holds_one("оборот общественного питания", alts)


def test_domestic_cue_alternatives_in_russian():
    with using_language("ru"):
        alts = pattern_branch_needs(cue("nontrade_domestic_before", N._domestic_before()))
    assert (("розничн", "оптов"), ("торговл", "товарооборот", "продаж", "оборот")) in alts
    assert (("общественного",), ("питания",)) in alts
    assert all(alt and "торговл" not in alt[0] for alt in alts)


def test_domestic_gate_keeps_every_match_of_the_russian_pages():
    """Every match of the Russian cue on the Russian sets' pages holds one alternative's words (lower-cased, as the
    rule's window is): the gate skips no window the scan would find a match in."""
    with using_language("ru"):
        rx = cue("nontrade_domestic_before", N._domestic_before())
        alts = pattern_branch_needs(rx)
    n = 0
    for path in sorted((ROOT / "data").glob("ru*/raw/*.txt")) + sorted((ROOT / "data" / "russian" / "raw").glob("*.txt")):
        for m in rx.finditer(path.read_text("utf-8", errors="replace")):
            assert holds_one(m.group().lower(), alts), (path.name, m.group())
            n += 1
    assert n >= 1   # (data/ruweb44 cw02 at least)


def test_domestic_trade_still_fires_and_skips():
    retail = ("Оборот розничной торговли в России в январе-ноябре увеличился на 12,8% по сравнению с таким же периодом "
              "2005 года.")
    f = {g.figure: g for g in figures_of_text(retail, "page", "web", lang="ru", pub_year=None)}
    assert "measure:domestic_trade" in f["12,8%"].fact_rules
    flow = "Оборот внешней торговли России в январе-ноябре увеличился на 12,8% по сравнению с таким же периодом 2005 года."
    f = {g.figure: g for g in figures_of_text(flow, "page", "web", lang="ru", pub_year=None)}
    assert "domestic_trade" not in f["12,8%"].fact_rules

"""Session 53, figN: the words of a multiple as data. The verbs of multiplying that are a change on their own
(vocab/en/multiple_words.csv, now with the present tense "doubles", "triples", "quadruples"), the comparatives after a
multiple (vocab/en/multiple_comparatives.csv, now with "smaller" and "bigger") and the Russian adjectives between "в" and
a multiple's number (vocab/ru/cues.csv, multiple_adjective) were word lists in figures/kinds.py and figures/lang_ru.py
(rules growth_multiple, ru_growth_multiple)."""
from __future__ import annotations

from tradeflows.pipeline import figures_of_text


def figs(text: str):
    return [(f.figure, f.kind, f.value, f.qualifier, f.rule)
            for f in figures_of_text(text, fmt="web", relate=False, pub_year=None)]


def test_present_tense_doubles_is_a_change():
    # https://www.industryweek.com/trade/chinas-trade-surplus-more-doubles (headline)
    assert figs("China's Trade Surplus More Than Doubles") == [
        ("More Than Doubles", "growth", 100.0, "more_than", "growth_multiple")]


def test_comparative_larger_read_from_vocabulary():
    # https://fredblog.stlouisfed.org/2017/10/three-views-of-the-u-s-trade-deficit/
    got = figs("It looks like things are seriously heading south, with a deficit that's ten times larger than it was "
               "25 years ago.")
    assert got == [("ten times larger", "growth", 900.0, "exact", "growth_multiple")]


def test_smaller_without_a_multiple_makes_no_growth():
    # odd case: https://www.bworldonline.com/phl-foreign-trade-jumps-in-april/ - "smaller" and "bigger" after no
    # multiple: three amounts, no change figure
    got = figs("Trade deficit for the month stood at $2.734 billion. This was smaller than the $2.752-billion shortfall "
               "in March, but was bigger than the $187.096-million gap in April 2020.")
    assert [g[1] for g in got] == ["money", "money", "money"]
    assert [g[2] for g in got] == [2734000000.0, 2752000000.0, 187096000.0]


def test_russian_multiple_after_pattern_moved_to_vocabulary():
    # https://web.lifelines.name/read/26d8d752-573a-5069-a89e-8c592d3fe9fd
    got = figs("Экспорт цветной руды увеличился в 8 раз, продуктов — на 79,6%, зерна — на 21,9%.")
    assert ("в 8 раз", "growth", 700.0, "exact", "ru_growth_multiple") in got

"""Session 59, helper testU: real sentences of pages outside the development sets for rules that had no positive test
from one (session 58's closing note). Each page's address is in the comment above its text; a 40-character run of each
text was grepped over the raw pages of the sets that may be read (held-out pages and blind sets left out), data/raw and
tests/ with no hit. A rule that does not fire, or gives a wrong field, on a real outside sentence is a strict xfail
whose reason says what it reads and what it should. Tests only: no change under src/.
"""
from __future__ import annotations

import pytest

from phrasing import one_figure, rule


# --- cfa_franc_country (vocab/en/currencies.csv): "CFA francs", "FCFA" are XAF on a page of a CEMAC country ---------

# https://lalibreville.com/foreign-trade-asia-remains-by-far-gabons-leading-customer/ (2022; title, then the page's
# first two paragraphs under it; the photo caption between them left out)
LALIBREVILLE = ("Foreign trade: Asia remains (by far) Gabon’s leading customer\n\n"
                "During the first three months of the year 2022, Gabon’s exports to its largest customers increased by "
                "113.7% to 1 276.5 billion CFA francs.\n\n"
                "This evolution is driven by purchases from China (497.6 billion CFA francs), India (194.4 billion CFA "
                "francs), Spain (98.1 billion CFA francs) and South Korea (91.5 billion CFA francs), but also from "
                "Vietnam and Malaysia.\n")


def test_cfa_francs_after_the_amount_on_a_gabonese_page_are_central_african():
    f = one_figure(LALIBREVILLE, "1 276.5 billion CFA francs", pub_year=2022)
    assert (f.value, f.currency, f.measure, f.reporter, f.year, f.period_start, f.period_end) == (
        1276.5e9, "XAF", "exports", "Gabon", 2022, "2022-01", "2022-03")
    assert f.rule == "money_word_after:lead_country"


def test_cfa_francs_of_a_bracketed_buyer_on_the_same_page():
    f = one_figure(LALIBREVILLE, "497.6 billion CFA francs", pub_year=2022)
    assert (f.value, f.currency, f.partner) == (497.6e9, "XAF", "China")


def test_the_same_words_on_a_senegalese_page_stay_west_african():
    """Odd case: the page's country decides; with Senegal named instead the default XOF stands (no lead_country)."""
    f = one_figure(LALIBREVILLE.replace("Gabon", "Senegal"), "1 276.5 billion CFA francs", pub_year=2022)
    assert (f.currency, f.rule) == ("XOF", "money_word_after")


# https://dailymailafrica.com/?p=12773 (2025; the story's first sentence)
DAILYMAIL_GABON = ("Gabon’s trade balance recorded a surplus of 3,433.5 billion FCFA in 2024, marking a modest increase "
                   "from the 3,370.8 billion FCFA achieved the previous year, according to data released by the Bank of "
                   "Central African States (BEAC).\n")


@pytest.mark.xfail(strict=True, reason="known miss: 'N billion FCFA' (FCFA after the amount) on a Gabonese page gives "
                   "no figure at all; it should read 3,433.5e9 XAF, the balance of 2024 (row FCFA,XAF,after reads only "
                   "a UEMOA page's XOF)")
def test_fcfa_after_the_amount_on_a_gabonese_page():
    f = one_figure(DAILYMAIL_GABON, "3,433.5 billion FCFA", pub_year=2025)
    assert (f.value, f.currency, f.measure, f.reporter, f.year) == (3433.5e9, "XAF", "balance", "Gabon", 2024)

"""Session 61, speedO61: two byte-identical speed-ups of the period chain read the same as the code they replace.
date_stamp matches _STAMP within the sentence's span (no copy, its rstrip read in place); speaks_fiscal tries
_FISCAL_WORD only where the lower-cased page holds a word its matches open with."""
from __future__ import annotations

import pytest

from tradeflows.facts.context import Doc
from tradeflows.facts.period_fiscal_force import _FISCAL_WORD, speaks_fiscal
from tradeflows.facts.period_stamp import date_stamp, is_stamp
from tradeflows.text.clean import clean_text


def _doc(text: str) -> Doc:
    return Doc(clean_text(text, "txt", "t.txt"), 2024)


# the stamps named in period_stamp.py's own comments, and sentences that are none
STAMPS = ["17 March, 2026, 7:43 am\n\nExports rose 5% in 2025 to $12 billion.",
          "Thursday, Dec 20, 2018 18:28 \n\nImports fell in November.",
          "(Xinhua) 10:51, July 13, 2023\n\nChina's trade with Russia reached $114.5 billion in the first half.",
          "24/08/2025   \n\nTrade turnover amounted to $3.2 billion in January-July 2025.",
          "Воскресенье, 7 июня 2020, 12:56\n\nТоварооборот вырос на 5% в 2019 году."]


@pytest.mark.parametrize("text", STAMPS)
def test_date_stamp_as_the_sentence_copy(text):
    d = _doc(text)
    got = [date_stamp(d, si) for si in range(len(d.c.sentences))]
    assert got == [is_stamp(d.text[s:e]) for s, e in d.c.sentences]
    assert got[0] and not any(got[1:])


@pytest.mark.parametrize("text, speaks", [
    ("Pakistan's exports rose to $2.8 billion in July-June FY23, up from FY22.", True),
    ("Exports reached $45.5 billion in the financial year 2023-24.", True),
    ("The budget year closed with a surplus of $1.2 billion.", True),
    ("The country's Fiscal plan was approved in 2023.", True),
    ("Exports rose 4% in FY 23.", True),
    ("A financial hub: exports rose to $3 billion in 2023 (identify the nonfiscal budgets).", False),
    ("Exports to Fiji rose 3% in 2023; the budget was cut.", False),
    # (ſ: no lower-cased copy of the page, the pattern searched whole)
    ("Exports in the fiſcal year rose to $1 billion.", True),
])
def test_speaks_fiscal_as_the_page_search(text, speaks):
    d = _doc(text)
    assert speaks_fiscal(d) is (_FISCAL_WORD.search(d.text) is not None) is speaks

"""Reporters and partners on real phrasings of pages in no development set: tests/data/partner_phrasings.tsv.

The same table form as tests/test_fact_phrasings.py (sentence, figure, pub_year, expected
fields, deciding rules; '# xfail: <reason>' above a row makes it a strict xfail), kept apart
so that the rows on who trades with whom read together."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_fact_phrasings import load_rows, test_fact_of_a_phrasing as _check

ROWS = load_rows(Path(__file__).resolve().parent / "data" / "partner_phrasings.tsv")


def test_the_table_has_rows():
    assert len(ROWS) >= 10


@pytest.mark.parametrize("sentence, figure, pub_year, expected, rules", ROWS)
def test_partner_of_a_phrasing(sentence, figure, pub_year, expected, rules):
    _check(sentence, figure, pub_year, expected, rules)

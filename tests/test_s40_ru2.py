"""Russian phrasings found in session 40 (helper ru2) on the tuned pages of ruweb9, ruweb3, ruweb2, ruweb11, ruweb12
and russian, each a vocabulary row or a rule, tested on real sentences of other Russian outlets where one was found."""
from __future__ import annotations

from phrasing import fields


def test_the_gap_between_imports_and_exports_is_the_balance():
    """vocab/ru/measures.csv rows 'разрыв между импортом и экспортом' (retailer.ru, a stored page): the gap between the
    two flows is the trade balance, as 'разница между импортом и экспортом' is, not the exports named last before the
    figure."""
    text = ("Разрыв между импортом и экспортом в Японии составил почти $19 млрд, сообщает русская служба «Би-би-си».\n")
    assert fields(text, "measure", "reporter", "partner", "year", pub_year=2011, lang="ru") == [
        ("почти $19 млрд", "balance", "Japan", "world", 2011)]

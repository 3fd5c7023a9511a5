"""A currency sign written after a number's scale word ("133 млн $", "395,1 млн$"; rule ru_money_sign_after).

Russian pages write the dollar sign after the amount as often as before it; the English layers know the signs only
before a number, and the pattern of names after a number opens on a word's edge, which a sign after a space never
stands at. The signs are the currency table's own ones written before a number (vocab/en/currencies.csv: an alias that
ends in no letter), so a sign added there is read here too; a sign followed by a letter or a number is not one (it opens
the next amount: "$5", or a name "$US").
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.figures.currencies import aliases
from tradeflows.vocab import alternation


@lru_cache(maxsize=1)
def _sign_after() -> re.Pattern:
    """A sign right after a scale word, at most one space between, with no letter or number after it."""
    a = aliases()
    signs = sorted({x for x in set(a.before) | set(a.local_before) if x and not x[0].isalnum() and not x[-1].isalnum()})
    return re.compile(rf"\s?({alternation(signs)})(?!\w|\s?[+-]?\d)")


def sign_after(text: str, at: int) -> re.Match | None:
    """The currency sign right after text[:at] (its group 1), or None."""
    return _sign_after().match(text, at)

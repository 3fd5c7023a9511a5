"""Units: one pint registry for scale words and currencies, built once per process.

Scale words come from every language's vocab/<lang>/units.txt (pint's own definition format); every
ISO 4217 currency (pycountry) is a base unit of its own dimension, so pint
refuses to add or convert amounts in different currencies by accident.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tradeflows.vocab import alternation, fold, read_lines_all, words_by_role


@lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry(None, case_sensitive=True)
    ureg.define("dimensionless_one = [] = _")
    for line in read_lines_all("units.txt"):
        ureg.define(line)
    from tradeflows.figures.currencies import iso_codes
    for code in iso_codes():
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


@lru_cache(maxsize=1)
def scale_words() -> dict[str, float]:
    """Every scale word and abbreviation -> its factor, case-folded (vocab.fold: 'bn' -> 1e9,
    'lakh crore' -> 1e12).

    A definition that is a plain number ("million = 1e6") is read as one; only another
    (an expression of other units) asks pint, whose import and registry cost ~0.3 s per
    process (tests/test_units_fast.py checks both ways agree)."""
    out = {}
    for line in read_lines_all("units.txt"):
        names = [p.strip() for p in line.split("=")]
        factor = _number(names[1]) if len(names) > 1 else None
        if factor is None:
            factor = float(registry().Quantity(1, names[0]).to("dimensionless_one").magnitude)
        for name in [names[0]] + names[2:]:
            if name and name != "_":
                out[fold(name.replace("_", " "))] = factor
    return out


def scale_factor(word: str) -> float | None:
    """The factor of a scale word as a case-insensitive pattern matched it, or None.

    Patterns match with re.IGNORECASE, which pairs letters that str.lower() keeps apart
    (the long s, the Kelvin sign): folding both sides (vocab.fold) makes every match a key."""
    return scale_words().get(fold(word))


def money(value: float, currency: str):
    """An amount as a pint Quantity in its own currency unit."""
    return registry().Quantity(value, currency)


def _number(text: str) -> float | None:
    """A definition's value when it is a plain number ("1e6"), else None."""
    try:
        return float(text)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def per_unit_after() -> re.Pattern:
    """An amount's unit of quantity or a ratio's denominator right after it: "US$4.86 per pound", "$92.60 a barrel",
    "US$1.65/kg", "$2.26 per share", from the unit and per_ratio rows of vocab/en/export_earnings.csv. Such an amount is
    a price or a ratio: no flow (rule per_unit_price, facts/measure.py), and no share of another amount's scale word
    (rule unit_price_own_scale, figures/extract.py)."""
    roles = words_by_role("export_earnings.csv")
    unit = alternation(roles["unit"] + roles["per_ratio"])
    return re.compile(rf"\s*(?:per|an?|/)\s*(?:metric\s+)?(?:{unit})s?\b", re.I)

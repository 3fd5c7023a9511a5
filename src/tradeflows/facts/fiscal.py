"""Fiscal years per country: which country keeps a fiscal year apart from the calendar year,
and the calendar months of "FY23", "fiscal 2017", "2022-23" or "July FY24" in it.

The table is data (vocab fiscal_years.csv: start month and naming per ISO3). A figure's year is
the calendar year its fiscal year ends in; a period whose first month is after its last
(m1 > m2) began the calendar year before.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from tradeflows.vocab import read_csv

if TYPE_CHECKING:
    from tradeflows.facts.periods import TimeExpr


def span_begins(period: tuple) -> tuple[int, int]:
    """(year, month) a period (year, m1, m2) begins in: the calendar year before its year when m1 > m2 (a fiscal
    year, "July-June 2021-22" is (2022, 7, 6) and begins in July 2021), so a fiscal period in force is not read as
    coming after a base inside it (read by rule after_base, facts/period_bases.py; session 70)."""
    y, m1, m2 = period[0], period[1] or 1, period[2]
    return (y - 1, m1) if m2 is not None and m1 > m2 else (y, m1)


@lru_cache(maxsize=None)
def fiscal_year(iso3: str | None) -> tuple[int, str] | None:
    """(start month, naming) of a country's fiscal year when it is not the calendar year."""
    if not iso3:
        return None
    fy = _fiscal_table().get(iso3.upper())
    return fy if fy is not None and fy[0] != 1 else None


def calendar_fiscal_year(iso3: str | None) -> bool:
    """Whether a country's fiscal year is known to be the calendar year (fiscal_years.csv,
    start_month 1): its "2023 fiscal year" is January-December 2023."""
    fy = _fiscal_table().get(iso3.upper()) if iso3 else None
    return fy is not None and fy[0] == 1


@lru_cache(maxsize=1)
def _calendar_table() -> dict[str, tuple[int, int, int]]:
    return {r["iso3"]: (int(r["offset"]), int(r["local_lo"]), int(r["local_hi"])) for r in read_csv("calendars.csv")}


def gregorian_year(year: int | None, iso3: str | None) -> int | None:
    """The Gregorian year a fiscal year written in the country's own calendar ends in ("fiscal year
    2079/80" in Nepal, Bikram Sambat: 2023; rule local_calendar, vocab calendars.csv); else the year."""
    cal = _calendar_table().get(iso3.upper()) if iso3 and year else None
    if cal is None or not cal[1] <= year <= cal[2]:
        return year
    return year + cal[0]


@lru_cache(maxsize=1)
def _fiscal_table() -> dict[str, tuple[int, str]]:
    return {r["iso3"]: (int(r["start_month"]), r["naming"]) for r in read_csv("fiscal_years.csv")}


@lru_cache(maxsize=1)
def _mid_month_starts() -> frozenset[str]:
    """Countries whose fiscal year begins after the 15th of its first month (fiscal_years.csv, start_day)."""
    return frozenset(r["iso3"] for r in read_csv("fiscal_years.csv") if int(r.get("start_day") or 0) > 15)


def mid_month_start(iso3: str | None) -> bool:
    """Whether a country's fiscal year begins in the second half of its first month (Nepal mid-July, Iran 21 March)."""
    return bool(iso3) and iso3.upper() in _mid_month_starts()


def first_months_end(start: int, n: int, iso3: str | None = None, counted: bool = True) -> int:
    """The calendar month the first n months of a fiscal year starting in month start end in: (start + n - 1)
    wrapped; of a fiscal year that begins mid-month, a count of months ("the first eight months", counted) ends
    one calendar month later (Nepal, mid-July to mid-March: March; rule tag fiscal_mid_month). Halves, quarters
    (counted False) and whole years keep whole months."""
    shift = counted and 1 < n < 12 and mid_month_start(iso3)
    return (start + n - 2 + shift) % 12 + 1


def resolve_fiscal(t: TimeExpr, iso3: str | None) -> tuple[int, int, int] | None:
    """(year, m1, m2) of a fiscal expression for a country: year is the calendar year the
    fiscal year ends in (a year of the country's own calendar converted), and m1 > m2 means it
    began the year before. None without a rule."""
    fy = fiscal_year(iso3)
    local = gregorian_year(t.year, iso3)
    if local != t.year:
        t = replace(t, year=local, local=True)
    if t.fiscal in ("named_range", "span_range"):
        # "April-September 2022-23" (India, April-March): 2022-04..2022-09, year 2022, as a
        # named month's year is its calendar year; m1 > m2 ("October-March") began the year before
        if fy is None:
            if t.fiscal != "span_range":
                return None
            # no rule for the country: a span's fiscal year starts in April at the earliest
            # (April, July and October are the usual starts), so months from April on that do
            # not wrap stand in its first calendar year
            return t.year - (4 <= t.m1 <= t.m2), t.m1, t.m2
        start, naming = fy
        end_year = t.year + 1 if (t.fiscal == "named_range" and naming == "start") else t.year
        return end_year - (t.m2 >= start and start != 1), t.m1, t.m2
    if t.fiscal == "span":
        if fy is None:
            return t.year, None, None
        start, _ = fy
        return t.year, start, (start - 2) % 12 + 1
    if t.fiscal in ("span_part", "named_part"):
        # "the first half of fiscal year 2023-24" (Pakistan, July-June): July-December 2023, of the year the fiscal
        # year ends in; m1..m2 count the fiscal year's months (a country with no rule: its year, not its months)
        if fy is None:
            return t.year, None, None
        start, naming = fy
        end_year = t.year + 1 if (t.fiscal == "named_part" and naming == "start") else t.year
        m1, m2 = (start + t.m1 - 2) % 12 + 1, (start + t.m2 - 2) % 12 + 1
        return end_year - (m2 >= start and start != 1), m1, m2
    if t.fiscal == "first_months":
        if fy is None:
            return t.year, None, None  # a fiscal year of no known country: its year, not its months
        start, naming = fy
        end_year = t.year + 1 if naming == "start" else t.year
        # "the first 10 months of FY23" (Pakistan, July-June): July 2022-April 2023, of the year it ends in
        m2 = first_months_end(start, t.m2, iso3)
        return end_year - (m2 >= start and start != 1), start, m2
    if t.fiscal not in ("named", "named_month", "nth_month") or fy is None:
        return None
    start, naming = fy
    end_year = t.year + 1 if naming == "start" else t.year
    if t.fiscal in ("named_month", "nth_month"):
        # "July FY24", "the first month of FY24" (Pakistan, July-June): July 2023
        month = t.m1 if t.fiscal == "named_month" else (start + t.m1 - 2) % 12 + 1
        return end_year - (month >= start and start != 1), month, month
    return end_year, start, (start - 2) % 12 + 1

"""Plausibility guard: a money figure whose magnitude cannot be what it measures.

A wrong magnitude (a scale word lost or applied twice) is worse than a missed
figure: it would enter the panel a thousand times off and look as trustworthy
as the rest. The bounds are wide on purpose, so that only a misread can cross
them: world merchandise and services trade is about 3e13 USD a year (WTO, 2022:
31 trillion), world GDP about 1e14; a flow between countries below 1,000 USD is
not news. Such a figure is kept (never silently dropped) with `implausible` in
its warnings, half its confidence, and stays out of the series.
"""
from __future__ import annotations

from tradeflows.records import FLOWS

WORLD_TRADE_USD = 3e13     # a bilateral or national flow above this is a misread
WORLD_GDP_USD = 1.5e14     # no money figure of any kind is above this
MIN_FLOW_USD = 1e3         # a national flow below this is a misread ("$5" for "$5 billion")
# a country's exports, imports or turnover with the whole world below this is one product's or a misread scale (the
# smallest island states' goods exports are of this order; a news page on them is rare, a cell is better missing):
# "Kenya's shipments amounted to US$1.77 million" (tea, on a Kenya-China tea page), "5.635 million dollars" (Brazil's
# coffee exports, a Spanish "5.635 millones" read at the comma). A balance may be small (rule small_world_flow, s51)
MIN_WORLD_FLOW_USD = 1e7
# a flow between two countries above these is the reporter's trade with the world (or a misread scale) given a
# partner: the largest bilateral flows are of the order of 6e11 USD a year one way (goods and services) and 1e12 both
# ways (2022-2024), so "the U.S. exported $2.3 trillion ... and imported $2.9 trillion" is no flow with one country
# (rule large_bilateral_flow, s52; a bloc partner, which has no partner_iso3, is not bounded)
MAX_BILATERAL_FLOW_USD = 1e12
MAX_BILATERAL_TURNOVER_USD = 2e12

IMPLAUSIBLE = "implausible"


def implausible(row: dict) -> bool:
    """True when the figure's USD magnitude is out of bounds for what it measures."""
    usd = row.get("value_usd")
    if row.get("kind") != "money" or usd is None:
        return False
    size = max(abs(usd), abs(row.get("value_usd_high") or 0.0))
    if size > WORLD_GDP_USD:
        return True
    if row.get("measure") in FLOWS and not row.get("product"):
        return size > WORLD_TRADE_USD or size < MIN_FLOW_USD
    return False


def small_world_flow(row: dict) -> bool:
    """A country's exports, imports or turnover with the world below MIN_WORLD_FLOW_USD (rule small_world_flow,
    reason `implausible` in the panel's admission; the figure itself keeps its confidence and warnings)."""
    usd = row.get("value_usd")
    if usd is None or row.get("measure") not in ("exports", "imports", "turnover") or row.get("partner_iso3") \
            or (row.get("partner") or "").casefold() != "world":
        return False
    return max(abs(usd), abs(row.get("value_usd_high") or 0.0)) < MIN_WORLD_FLOW_USD


def large_bilateral_flow(row: dict) -> bool:
    """A flow between the reporter and one partner country above MAX_BILATERAL_FLOW_USD (turnover:
    MAX_BILATERAL_TURNOVER_USD): rule large_bilateral_flow, reason `implausible` in the panel's admission (the figure
    keeps its fields; its partner is then most likely carried onto a world figure)."""
    usd = row.get("value_usd")
    measure = row.get("measure")
    if usd is None or measure not in FLOWS or not row.get("partner_iso3"):
        return False
    bound = MAX_BILATERAL_TURNOVER_USD if measure == "turnover" else MAX_BILATERAL_FLOW_USD
    return max(abs(usd), abs(row.get("value_usd_high") or 0.0)) > bound


def mark_implausible(row: dict) -> dict:
    """Add the warning and halve the confidence of an implausible figure row, in place."""
    if implausible(row):
        have = [w for w in (row.get("warnings") or "").split(";") if w]
        if IMPLAUSIBLE not in have:
            row["warnings"] = ";".join(have + [IMPLAUSIBLE])
            if row.get("confidence") is not None:
                row["confidence"] = round(row["confidence"] / 2, 2)
    return row

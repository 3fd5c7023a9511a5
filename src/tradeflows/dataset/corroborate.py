"""A page's own arithmetic as evidence: a weak figure whose value the page's admitted figures add up to.

A figure kept out of the panel only for `low confidence` (a field of it decided by a weak rule,
vocab weak_rules.csv: a default partner, a year counted from the page's date, ...) enters
when two figures of its page that entered the panel on their own, of the same reporter, partner
and year, give its value by the trade identities (turnover = exports + imports, balance =
exports - imports, a balance's sign unknown): "exports earnings ... grew 15.5 per cent to
Sh743.7 billion" (partner by default) beside the page's admitted world imports and deficit.
The numbers then say what the weak rule guessed: the figure belongs to the same reporter,
partner and year as the two it completes (rule identity_corroborated). Only admitted figures
corroborate, and a corroborated figure corroborates nothing (one pass), so that a page of
guesses cannot vouch for itself.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable

from tradeflows.dataset.series import (CORROBORATED, DEFAULT_MIN_CONFIDENCE, IN, confirm, failures,
                                       sentence_language, series_status, weak_rules_of)
from tradeflows.records import FLOWS
from tradeflows.vocab import using_language

IDENTITY_TOLERANCE = 0.02          # a value and its sum agree within 2% (parts rounded apart)


def _implied(a: str, va: float, b: str, vb: float) -> dict[str, list[float]]:
    """The values of the other two flows that two flows' values give (a balance has either sign)."""
    known = {a: va, b: vb}
    x, m, t, bal = (known.get(k) for k in FLOWS)
    out: dict[str, list[float]] = {}
    if x is not None and m is not None:
        out = {"turnover": [x + m], "balance": [x - m]}
    elif x is not None and t is not None:
        out = {"imports": [t - x], "balance": [2 * x - t]}
    elif m is not None and t is not None:
        out = {"exports": [t - m], "balance": [t - 2 * m]}
    elif x is not None and bal is not None:
        out = {"imports": [x - bal, x + bal], "turnover": [2 * x - bal, 2 * x + bal]}
    elif m is not None and bal is not None:
        out = {"exports": [m + bal, m - bal], "turnover": [2 * m + bal, 2 * m - bal]}
    elif t is not None and bal is not None:
        out = {"exports": [(t + bal) / 2, (t - bal) / 2], "imports": [(t - bal) / 2, (t + bal) / 2]}
    return out


def _agrees(value: float, implied: Iterable[float]) -> bool:
    return any(abs(abs(value) - abs(v)) <= IDENTITY_TOLERANCE * max(abs(value), abs(v)) for v in implied)


def _key(r: dict) -> tuple:
    piso = r.get("partner_iso3")
    return (r.get("reporter_iso3"), piso.upper() if piso else (r.get("partner") or "").casefold(),
            r.get("year"))


def corroborate(rows: list[dict], statuses: list[str],
                min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[int]:
    """The indexes of one document's money rows out only for low confidence whose value two of the
    page's admitted money figures of the same cell give (statuses: each row's series_status);
    each gets CORROBORATED in its fact_rules (the row says why it entered) and passes the admission after.
    First, a row whose weak rules cues of its own sentence confirm (series.CONFIRMATIONS) gets their names and is
    among the indexes too; it vouches for no other row here (one pass)."""
    out = [i for i, (r, s) in enumerate(zip(rows, statuses))
           if s == "low confidence" and r.get("kind") == "money" and _confirmed(r, min_confidence)]
    admitted: dict[tuple, dict[str, list[float]]] = {}
    for r, s in zip(rows, statuses):
        if s == IN and r.get("kind") == "money" and r.get("value_usd") is not None:
            admitted.setdefault(_key(r), {}).setdefault(r["measure"], []).append(r["value_usd"])
    if not admitted:
        return out
    for i, (r, s) in enumerate(zip(rows, statuses)):
        if s != "low confidence" or r.get("kind") != "money" or r.get("value_usd") is None or i in out:
            continue
        flows = admitted.get(_key(r))
        if not flows or not _completes(r["measure"], r["value_usd"], flows):
            continue
        with using_language(sentence_language(r)):
            if list(failures(r, min_confidence)) != ["low confidence"]:
                continue       # (a later check fails too: implausible, no usd value)
        r["fact_rules"] = f"{r['fact_rules']};{CORROBORATED}" if r.get("fact_rules") else CORROBORATED
        out.append(i)
    return sorted(out)


def _confirmed(r: dict, min_confidence: float) -> bool:
    """series.confirm on a row out only for low confidence, kept only when the row then passes every check."""
    before = r.get("fact_rules")
    if not confirm(r):
        return False
    with using_language(sentence_language(r)):
        if next(failures(r, min_confidence), IN) == IN:
            return True
    r["fact_rules"] = before           # (a later check fails too: implausible, no usd value)
    return False


def _completes(measure: str, value: float, flows: dict[str, list[float]]) -> bool:
    """Two admitted flows of the cell's other measures give `value` for `measure`."""
    others = [(m, v) for m in FLOWS if m != measure for v in flows.get(m, ())]
    return any(_agrees(value, _implied(a, va, b, vb).get(measure, ()))
               for (a, va), (b, vb) in combinations(others, 2) if a != b)


def corroborated_rows(rows: Iterable[dict], min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """Figure rows (sorted by document, as tasks.figure_rows gives them) with the corroborated ones
    marked, document by document (the evaluation's panel; a build's worker calls corroborate)."""
    out: list[dict] = []
    start = 0
    for r in rows:
        if out and r["doc"] != out[-1]["doc"]:
            _mark(out[start:], min_confidence)
            start = len(out)
        out.append(r)
    _mark(out[start:], min_confidence)
    return out


def _mark(doc_rows: list[dict], min_confidence: float) -> None:
    money = [r for r in doc_rows if r.get("kind") == "money"]
    if any(weak_rules_of(r) for r in money):   # (else no row is out for low confidence)
        corroborate(money, [series_status(r, min_confidence) for r in money], min_confidence)

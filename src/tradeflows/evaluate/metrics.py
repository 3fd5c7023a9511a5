"""The measures computed on a matching: P/R/F1, field accuracy, trade facts,
magnitude errors and US-dollar coverage.

Each is a small pure function of matched pairs or of unmatched figures, so the
panel score and the full score can share them without depending on each other.
"""
from __future__ import annotations

import math
import re

from tradeflows.evaluate.matching import LINE_TOL, norm


FACT_MEASURES = ("exports", "imports", "turnover", "balance")
FIELDS = ("measure", "partner", "year", "reporter", "period_start", "period_end",
          "status", "year_basis", "qualifier", "scope", "product")


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Counts and precision/recall/F1 (0.0 on an empty denominator)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": n_pred - tp, "fn": n_gold - tp,
            "precision": p, "recall": r, "f1": f}


def partner_ok(p: dict, g: dict) -> bool:
    """Partner right: ISO alpha-3 when gold has one, else the name, case-insensitively; a list of
    places is right when it names the same places, however it is punctuated ("Ukraine, the United
    States, Japan, Greece and Slovakia" = "Ukraine, United States, Japan, Greece, Slovakia")."""
    if g.get("partner_iso3"):
        return norm(p.get("partner_iso3")) == norm(g["partner_iso3"])
    a, b = norm(p.get("partner")), norm(g.get("partner"))
    if a == b:
        return True
    items_a, items_b = _list_items(a), _list_items(b)
    return len(items_b) > 1 and items_a == items_b


_LIST_SEPARATORS = re.compile(r"\s*(?:,|;|\band\b|(?<![\w-])и(?![\w-]))\s*")
_ARTICLE = re.compile(r"^the\s+")


def _list_items(name: str | None) -> frozenset[str]:
    """The places a partner written as a list names, each without its article."""
    if not name:
        return frozenset()
    return frozenset(_ARTICLE.sub("", item) for item in _LIST_SEPARATORS.split(name) if item)


def _swapped_turnover_ok(p: dict, g: dict) -> bool:
    """Turnover between two named countries may be stated from either side."""
    if g.get("measure") != "turnover" or not g.get("partner_iso3") or not g.get("reporter_iso3"):
        return False
    partner_is_reporter = norm(p.get("partner_iso3")) == norm(g["reporter_iso3"]) or (
        norm(p.get("partner")) is not None and norm(p.get("partner")) == norm(g.get("reporter")))
    reporter_is_partner = norm(p.get("reporter_iso3")) == norm(g["partner_iso3"]) or (
        norm(p.get("reporter")) is not None and norm(p.get("reporter")) == norm(g.get("partner")))
    return partner_is_reporter and reporter_is_partner


def fact_ok(p: dict, g: dict) -> bool:
    """A matched pair states the same trade fact: measure, partner and year."""
    return (norm(p.get("measure")) == norm(g.get("measure"))
            and norm(p.get("year")) == norm(g.get("year"))
            and (partner_ok(p, g) or _swapped_turnover_ok(p, g)))


def reporter_ok(p: dict, g: dict) -> bool:
    """Reporter right: the same name, or two names of the same country ("UAE" and "United Arab
    Emirates"). An entity of a country (an exchange, a region) is right only by its name, or by
    another name of the same region in the gazetteer: "Astrakhan Region" and "Astrakhan Oblast",
    "Heilongjiang" and "Heilongjiang Province" (the guidelines fix no designator word, and
    annotators write both)."""
    if norm(p.get("reporter")) == norm(g.get("reporter")):
        return True
    iso = norm(g.get("reporter_iso3"))
    if iso is None or norm(p.get("reporter_iso3")) != iso:
        return False
    return (_country_name(p.get("reporter"), iso) and _country_name(g.get("reporter"), iso)) \
        or _same_region(p.get("reporter"), g.get("reporter"), iso)


def _country_name(name, iso3) -> bool:
    from tradeflows.facts.places import lookup
    place = lookup(str(name)) if name else None
    return place is not None and place.kind == "country" and norm(place.iso3) == iso3


def _same_region(a, b, iso3) -> bool:
    """Two names of one region of the country iso3 (the same gazetteer entry)."""
    from tradeflows.facts.places import lookup
    pa, pb = (lookup(str(a)) if a else None), (lookup(str(b)) if b else None)
    return pa is not None and pb is not None and pa.kind == pb.kind == "region" \
        and pa.name == pb.name and norm(pa.iso3) == norm(pb.iso3) == iso3


def _field_ok(name: str, p: dict, g: dict) -> bool:
    if name == "partner":
        return partner_ok(p, g)
    if name == "reporter":
        return reporter_ok(p, g)
    return norm(p.get(name)) == norm(g.get(name))


def _has_field(name: str, preds: list[dict]) -> bool:
    keys = ("partner", "partner_iso3") if name == "partner" else (name,)
    return any(norm(p.get(k)) is not None for p in preds for k in keys)


def field_accuracy(pairs: list[tuple[dict, dict]], preds: list[dict]) -> dict:
    """Per field: correct / matched pairs; correct and accuracy None when no
    prediction fills the field (e.g. relate has not run)."""
    out = {}
    for name in FIELDS:
        if _has_field(name, preds):
            correct = sum(_field_ok(name, p, g) for p, g in pairs)
            acc = correct / len(pairs) if pairs else 0.0
        else:
            correct = acc = None
        out[name] = {"correct": correct, "total": len(pairs), "accuracy": acc}
    return out


def _mantissa(v: float) -> float:
    v = abs(v)
    return v / 10 ** math.floor(math.log10(v)) if v else 0.0


def magnitude_off(preds: list[dict], golds: list[dict]) -> list[tuple[dict, dict]]:
    """Unmatched money figures found at a gold figure's place (doc, line +-1) with the
    same digits but a value 10x or more off: a scale word lost, doubled or misread."""
    out = []
    for g in golds:
        if g["kind"] != "money" or not g.get("value"):
            continue
        for p in preds:
            if (p.get("kind") != "money" or p.get("doc") != g["doc"] or not p.get("value")
                    or abs(int(p["line"]) - int(g["line"])) > LINE_TOL):
                continue
            ratio = abs(float(p["value"]) / float(g["value"]))
            if (ratio >= 10 or ratio <= 0.1) and math.isclose(
                    _mantissa(float(p["value"])), _mantissa(float(g["value"])), rel_tol=0.01):
                out.append((p, g))
                break
    return out


def usd_coverage(matched: list[tuple[dict, dict]]) -> dict:
    """Of the matched money figures whose year is known, how many get a USD value
    (dataset.rates.to_usd, as the build computes value_usd)."""
    from tradeflows.dataset.rates import to_usd
    known = [(p, g) for p, g in matched if g["kind"] == "money" and p.get("year") is not None]
    done = sum(1 for p, _ in known if to_usd("money", p.get("value"), p.get("value_high"),
                                             p.get("currency"), p.get("year"), p.get("period_start"),
                                             p.get("period_end"))[0] is not None)
    return {"known": len(known), "converted": done,
            "share": done / len(known) if known else None}

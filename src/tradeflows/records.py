"""Typed records passed between stages (extract -> relate -> normalize -> dataset)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

KINDS = ("money", "growth", "share")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "range")
# the trade flows among the measures (a figure of one of them is a trade fact)
FLOWS = ("exports", "imports", "turnover", "balance")
MEASURES = ("exports", "imports", "turnover", "balance", "investment", "contracts",
            "output", "gdp", "other")
STATUSES = ("actual", "target", "historical")
YEAR_BASES = ("explicit", "context", "footnote", "doc_date")


@dataclass
class Figure:
    """One money amount, growth rate or share found in a document.

    Offsets and line refer to the raw text (the way back to the source);
    clean_start/clean_end to the clean text the parsers read.
    """
    doc: str
    char_start: int
    char_end: int
    line: int
    figure: str
    kind: str
    value: float
    value_high: float | None = None
    currency: str | None = None
    qualifier: str = "exact"
    rule: str = ""
    clean_start: int = 0
    clean_end: int = 0
    sentence: str = ""
    # --- trade facts (filled by relate) ---
    measure: str | None = None
    scope: str | None = None
    product: str | None = None
    page_topic: str | None = None   # the product the page's title or opening is about (facts/page_topic.py)
    reporter: str | None = None
    reporter_iso3: str | None = None
    partner: str | None = None
    partner_iso3: str | None = None
    year: int | None = None
    period_start: str | None = None
    period_end: str | None = None
    year_basis: str | None = None
    status: str | None = None
    confidence: float | None = None
    fact_rules: str = ""      # "measure:<rule>;partner:<rule>+<rewriting rule>;..." for every decision (see VIA)
    page: int | None = None   # 1-based page of a PDF (None for other formats)
    warnings: str = ""        # ";"-separated doubts, e.g. "implausible" (dataset.plausible)
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The fields but `extra` as a dict (its values are scalars: no deep copy, which
        `dataclasses.asdict` would make at many times the cost)."""
        d = self.__dict__
        if tuple(d) == _ALL_FIELDS:   # the fields alone, in order: a copy without extra
            out = d.copy()
            del out["extra"]
            return out
        return {k: getattr(self, k) for k in FIGURE_FIELDS}


# A rule that rewrites what a later rule reads (a time expression, a place, a clause's end, a statistics owner) writes
# its name on the record it rewrote (TimeExpr.via, Place.via, StatsOwner.via); the decision that reads that record
# writes it after its own rule, each behind a "+": "year:explicit+later_same_period". The text before the first "+" is
# the deciding rule, so "field:rule" stays what a reader of fact_rules keys on (decided_rules).
VIA = "+"


def with_via(rule: str, vias) -> str:
    """The rule as fact_rules writes it: the deciding rule, then each rewriting rule of `vias` (names, or names already
    joined by VIA), once each, in the order read."""
    if not vias:
        return rule
    seen = [rule]
    for v in ([vias] if isinstance(vias, str) else vias):
        for name in v.split(VIA):
            if name and name not in seen:
                seen.append(name)
    return VIA.join(seen)


def add_via(via: str, name: str) -> str:
    """A record's rewriting rules (its `via`) with one more rule's name."""
    return name if not via else with_via(via, name)


def decided_rules(fact_rules: str | None) -> list[str]:
    """The "field:rule" items of a figure's fact_rules, each without the rules that rewrote what it read."""
    return [r.split(VIA, 1)[0] for r in (fact_rules or "").split(";") if r]


def decided_rule(fact_rules: str | None, field_name: str) -> str:
    """The rule that decided one field ("year", "partner", ...) of a figure, without its rewriting rules; "" if none."""
    head = field_name + ":"
    return next((r[len(head):] for r in decided_rules(fact_rules) if r.startswith(head)), "")


FIGURE_FIELDS = tuple(f.name for f in fields(Figure) if f.name != "extra")
_ALL_FIELDS = tuple(f.name for f in fields(Figure))

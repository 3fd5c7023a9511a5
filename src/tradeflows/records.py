"""Typed records passed between stages (extract -> relate -> normalize -> dataset)."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

KINDS = ("money", "growth", "share")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "range")
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
    fact_rules: str = ""      # "measure:<rule>;partner:<rule>;..." for every decision
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


FIGURE_FIELDS = tuple(f.name for f in fields(Figure) if f.name != "extra")
_ALL_FIELDS = tuple(f.name for f in fields(Figure))

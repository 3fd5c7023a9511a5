"""A panel candidate as a worker sends it to the driver: a tuple, a third of a dict's memory.

A worker sends each figure admitted to the panel or the entities' table, and each share
the checks read, to the driver (tradeflows.dataset.cells gathers the first into cells; the
shares are held until the checks run). A CandidateRow is a tuple of SERIES_FIELDS and
the admission the worker decided, read like the dict it replaces (r["year"],
r.get("qualifier")); `shared()` interns its repeated strings (rules, countries, periods)
so that equal values of different documents held by the driver are one object."""
from __future__ import annotations

import sys

from tradeflows.dataset.series import SERIES_FIELDS, names_source

# and the admission the worker decided at the build's threshold (series.cell_key reads it)
FIELDS = SERIES_FIELDS + ("_status", "_entity_kind", "_named_source")
_SENTENCE = SERIES_FIELDS.index("sentence")
_INDEX = {k: i for i, k in enumerate(FIELDS)}
# fields whose values recur from figure to figure (not the sentence, figure text or ids)
_SHARED = frozenset(_INDEX[k] for k in (
    "doc", "kind", "measure", "status", "partner", "partner_iso3", "reporter", "reporter_iso3",
    "scope", "product", "page_topic", "period_start", "period_end", "year_basis", "qualifier", "fact_rules",
    "warnings", "currency", "rule", "_status", "_entity_kind"))


class CandidateRow(tuple):
    """A figure row of SERIES_FIELDS (and its admission) as a tuple, read by field name like a dict."""
    __slots__ = ()

    @classmethod
    def of(cls, row: dict, status: str | None = None, entity_kind: str | None = None) -> "CandidateRow":
        """The row's SERIES_FIELDS, with its admission (series_status, entity kind) when known.
        With the admission known, the sentence is not kept: the series step reads it only to
        see whether it names a statistical source, which is decided here (`_named_source`)."""
        values = [row.get(k) for k in SERIES_FIELDS]
        named = None
        if status is not None:
            named, values[_SENTENCE] = names_source(values[_SENTENCE]), None
        return cls([*values, status, entity_kind, named])

    def __getitem__(self, key):
        return tuple.__getitem__(self, _INDEX[key] if isinstance(key, str) else key)

    def get(self, key: str, default=None):
        i = _INDEX.get(key)
        return default if i is None else tuple.__getitem__(self, i)

    def keys(self) -> tuple[str, ...]:
        return FIELDS

    def shared(self) -> "CandidateRow":
        """The row with its recurring strings interned (one object per distinct value)."""
        return CandidateRow(sys.intern(v) if i in _SHARED and type(v) is str else v
                            for i, v in enumerate(self))

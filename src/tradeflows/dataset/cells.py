"""The panel's cells, gathered figure by figure in memory that does not grow with the corpus's figures.

A build learns a cell's figures one document at a time, and the series step needs all of
them: the best (tradeflows.dataset.series.choice_order), the order of their ids, their
spread, whether they conflict. Holding every admitted figure's row until the last
document made the driver's memory grow with the corpus (some 1.6 KB a figure; 50,000
figures at 1 GB of text). A Cell keeps what its row needs: the best figure's row, one
small entry per figure for the order of `figure_ids` (rank, publication date, document,
offsets, id), the low and high ends, and the distinct (value, high value, qualifier) of
its figures for the conflict test. The rows are those series.choice_order gives over all
the figures at once (tests/test_dataset.py, tests/test_cells.py).

An entry is three integers in an array, 24 bytes (as a tuple of its values with the id's
string, some 250 bytes and seven objects that outlive the documents' own, which kept the
allocator's pages from being reused: tracemalloc of a 1 GB build, 25,000 entries): the
rank, the index of its document (in a table of the cells' documents, with its publication
date) and the id as the number after its `DOCSTEM:START-END` (0 for none: the ids
tradeflows.dataset.tasks gives) in one, and the offsets. A figure whose id is not of that
form, or whose offsets are not integers, keeps its entry whole.
"""
from __future__ import annotations

from array import array
from typing import Callable, Iterable

from tradeflows.dataset.corroborate import corroborated_rows
from tradeflows.dataset.cues import country_label, m49
from tradeflows.dataset.schema import FLOWS
from tradeflows.dataset.series import (DEFAULT_MIN_CONFIDENCE, cell_key, choice_before, choice_entry,
                                       choice_sorted, disagree, entity_cell_key)


class Docs:
    """The documents of a table's cells, each once: (publication date, name) by index, the
    index standing for them in an entry."""

    __slots__ = ("index", "rows", "last")

    def __init__(self):
        self.index: dict[str, int] = {}
        self.rows: list[tuple[str, str]] = []
        self.last = ("", "")           # (name, stem) of the last document asked for

    def of(self, published: str, doc: str) -> int:
        i = self.index.get(doc)
        if i is None or self.rows[i][0] != published:
            i = self.index[doc] = len(self.rows)
            self.rows.append((published, doc))
        return i

    def stem(self, doc: str) -> str:
        """The stem of a document's name, as a figure id starts with it (Path(doc).stem,
        without the Path: pathlib interns every name it parses, which would keep a string
        per document in the interpreter's table)."""
        if self.last[0] != doc:
            name = doc.rpartition("/")[2]
            i = name.rfind(".")
            self.last = (doc, name[:i] if 0 < i < len(name) - 1 else name)
        return self.last[1]


def id_number(figure_id: str, base: str) -> int:
    """n when figure_id is `base.n` (n > 0), 0 when it is base, else -1."""
    if figure_id == base:
        return 0
    tail = figure_id[len(base) + 1:]
    if figure_id.startswith(base + ".") and tail.isascii() and tail.isdigit():
        n = int(tail)
        if n > 0 and f"{base}.{n}" == figure_id:
            return n
    return -1


ENTRY = 3          # integers per entry: document << 16 | id number << 5 | rank, char_start, char_end
RANK_BITS, ID_BITS = 5, 11


class Cell:
    """The figures of one cell, as much of them as the cell's row needs. `ids=False` (a
    cell of growth figures, of which the row shows only the best) keeps only the best.
    `docs`: the table of documents the entries name (one per table of cells)."""

    __slots__ = ("entries", "odd", "docs", "best", "best_entry", "low", "high", "kinds", "n")

    def __init__(self, ids: bool = True, docs: Docs | None = None):
        self.entries: array | None = array("q") if ids else None
        self.odd: dict[int, tuple] = {}    # entries kept whole, by position
        self.docs = docs if docs is not None or not ids else Docs()
        self.best: dict | None = None
        self.best_entry: tuple | None = None
        self.low = self.high = None
        self.kinds: dict[tuple, None] = {}
        self.n = 0

    def add(self, r: dict, published: str | None) -> None:
        entry = choice_entry(r, published)
        self.n += 1
        if self.best_entry is None or choice_before(entry, self.best_entry):
            self.best, self.best_entry = r, entry      # ties: the first added stays first
        if self.entries is None:
            return
        self._keep(entry)
        v, vh = r["value_usd"], r.get("value_usd_high")
        h = v if vh is None else vh
        lo, hi = min(v, h), max(v, h)
        self.low = lo if self.low is None else min(self.low, lo)
        self.high = hi if self.high is None else max(self.high, hi)
        self.kinds[(v, vh, r.get("qualifier"))] = None

    def _keep(self, entry: tuple) -> None:
        rank, published, doc, start, end, fid = entry
        n = -1
        if type(start) is int and type(end) is int and type(fid) is str and 0 <= rank < 1 << RANK_BITS:
            n = id_number(fid, f"{self.docs.stem(doc)}:{start}-{end}")
        if 0 <= n < 1 << ID_BITS:
            d = self.docs.of(published, doc)
            self.entries.extend((d << (ID_BITS + RANK_BITS) | n << RANK_BITS | rank, start, end))
        else:
            self.odd[len(self.entries) // ENTRY] = entry
            self.entries.extend((0, 0, 0))

    def entry_list(self) -> list[tuple]:
        """The cell's entries as series.choice_entry gives them, in the order added."""
        e, rows, odd, out = self.entries, self.docs.rows, self.odd, []
        for i in range(len(e) // ENTRY):
            if i in odd:
                out.append(odd[i])
                continue
            head, start, end = e[i * ENTRY:(i + 1) * ENTRY]
            published, doc = rows[head >> (ID_BITS + RANK_BITS)]
            n = head >> RANK_BITS & (1 << ID_BITS) - 1
            fid = f"{self.docs.stem(doc)}:{start}-{end}"
            out.append((head & (1 << RANK_BITS) - 1, published, doc, start, end,
                        f"{fid}.{n}" if n else fid))
        return out

    def figure_ids(self) -> list[str]:
        """The ids of the cell's figures, best first (series.choice_sorted)."""
        return [e[5] for e in choice_sorted(self.entry_list())]

    def conflict(self) -> bool:
        """Two figures of the cell disagree (series.disagree reads a figure's value, high
        value and qualifier only, so each distinct kind is compared once)."""
        kinds = [{"value_usd": v, "value_usd_high": vh, "qualifier": q} for v, vh, q in self.kinds]
        return any(disagree(a, b) for i, a in enumerate(kinds) for b in kinds[i + 1:])

    def row(self, growth: "Cell | None") -> dict:
        best = self.best
        value = best["value_usd"]
        if best.get("qualifier") == "range" and best.get("value_usd_high") is not None:
            value = (best["value_usd"] + best["value_usd_high"]) / 2
        g = growth.best if growth is not None else None
        return {
            "value_usd": value,
            "qualifier": best.get("qualifier") or "exact",
            "value_usd_low": self.low,
            "value_usd_high": self.high,
            "growth_pct": g["value"] if g else None,
            "n_figures": self.n,
            "figure_ids": self.figure_ids(),
            "growth_figure_id": g["figure_id"] if g else None,
            "conflict": self.conflict(),
        }


class Cells:
    """The cells of one table (the national panel or the entities'), gathered figure by
    figure: `key` gives a figure's cell or None (series.cell_key, series.entity_cell_key)."""

    def __init__(self, key: Callable[[dict], tuple | None]):
        self.key = key
        self.docs = Docs()
        self.money: dict[tuple, Cell] = {}
        self.growth: dict[tuple, Cell] = {}

    def add(self, r: dict, published: str | None) -> None:
        """One figure, with its document's publication date (the choice order reads it)."""
        k = self.key(r)
        if k is None:
            return
        if r.get("kind") == "money":
            cell = self.money.get(k) or self.money.setdefault(k, Cell(docs=self.docs))
        else:
            cell = self.growth.get(k) or self.growth.setdefault(k, Cell(ids=False))
        cell.add(r, published)

    def chosen(self) -> dict[str, dict]:
        """The rows of the figures the cells show (each cell's best and best growth figure),
        by figure_id: what the arithmetic checks read (tradeflows.dataset.checks)."""
        out = {c.best["figure_id"]: c.best for c in self.money.values()}
        out.update((c.best["figure_id"], c.best) for c in self.growth.values())
        return out


def _partner_cols(partner: tuple[str, str], best: dict) -> dict:
    ptype, pval = partner
    return {"partner_iso3": pval if ptype == "iso" else None,
            "partner_m49": m49(pval) if ptype == "iso" else None,
            "partner": country_label(pval) if ptype == "iso" else best["partner"].strip()}


def national_cells(min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Cells:
    return Cells(lambda r: cell_key(r, min_confidence))


def entity_cells(min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Cells:
    return Cells(lambda r: entity_cell_key(r, min_confidence))


def series_table(cells: Cells) -> list[dict]:
    """The national annual panel: one row per (reporter, partner, flow, scope, year) cell."""
    out = []
    for key, cell in cells.money.items():
        rep, partner, flow, scope, year = key
        out.append({"reporter_iso3": rep, **_partner_cols(partner, cell.best), "flow": flow,
                    "scope": scope, "year": year, **cell.row(cells.growth.get(key))})
    out.sort(key=lambda s: (s["reporter_iso3"], s["partner_iso3"] is None, s["partner"].casefold(),
                            FLOWS.index(s["flow"]), s["scope"] or "", s["year"]))
    return out


def entity_table(cells: Cells) -> list[dict]:
    """The entities' annual flows: one row per (country, entity, partner, flow, scope, year)."""
    out = []
    for key, cell in cells.money.items():
        rep, entity, ekind, partner, flow, scope, year = key
        out.append({"reporter_iso3": rep, "entity": entity, "entity_kind": ekind,
                    **_partner_cols(partner, cell.best), "flow": flow, "scope": scope,
                    "year": year, **cell.row(cells.growth.get(key))})
    out.sort(key=lambda s: (s["reporter_iso3"], s["entity"].casefold(), s["partner_iso3"] is None,
                            s["partner"].casefold(), FLOWS.index(s["flow"]), s["scope"] or "",
                            s["year"]))
    return out


def _gathered(fig_rows: Iterable[dict], published: dict[str, str | None], cells: Cells) -> Cells:
    for r in fig_rows:
        cells.add(r, published.get(r["doc"]))
    return cells


def series_rows(fig_rows: Iterable[dict], published: dict[str, str | None],
                min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """The national panel of figure rows at hand (the evaluation, tests), sorted by document as
    tasks.figure_rows gives them (the weak figures a page's arithmetic corroborates are read by
    document: dataset/corroborate.py)."""
    rows = corroborated_rows(fig_rows, min_confidence)
    return series_table(_gathered(rows, published, national_cells(min_confidence)))


def entity_rows(fig_rows: Iterable[dict], published: dict[str, str | None],
                min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """The entities' table of figure rows at hand."""
    return entity_table(_gathered(fig_rows, published, entity_cells(min_confidence)))

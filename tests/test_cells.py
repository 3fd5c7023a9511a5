"""Cells gathered figure by figure give the rows that choosing among all of a cell's figures
at once gives (series.choice_order), and keep one figure's row per cell, not all of them."""
from __future__ import annotations

import gc
import math
import random
import weakref

from tradeflows.dataset.cells import Cells, national_cells, series_rows, series_table
from tradeflows.dataset.series import cell_key, choice_order, disagree

DOCS = {"a.txt": "2021-03-01", "b.txt": "2021", "c.txt": None, "d.txt": "2020-12-31"}


class Row(dict):
    """A figure row that a weak reference can watch."""


def _row(rng: random.Random, i: int) -> Row:
    q = rng.choice(["exact", "exact", "approx", "range", "more_than", "less_than", None])
    v = rng.choice([100e6, 101e6, 103e6, 90e6, 120e6])
    return Row(doc=rng.choice(sorted(DOCS)), char_start=rng.choice([0, 10, 10, 50]), char_end=60,
               figure_id=f"f{i}", kind=rng.choice(["money", "money", "money", "growth"]),
               measure=rng.choice(["exports", "imports"]), reporter="Kazakhstan",
               reporter_iso3="KAZ", partner="China", partner_iso3="CHN", scope=None,
               year=rng.choice([2021, 2022]), value=rng.choice([3.5, 12.0]), value_usd=v,
               value_usd_high=v * 1.2 if q == "range" else None, qualifier=q,
               year_basis=rng.choice(["explicit", "explicit", "inferred", None]),
               _status="in", _entity_kind=None, _named_source=rng.random() < 0.5)


def _reference(rows: list[dict], published: dict) -> list[dict]:
    """Each cell chosen with every figure at hand: the order, spread and conflict as the
    series step had them before cells were gathered figure by figure."""
    money, growth = {}, {}
    for r in rows:
        (money if r["kind"] == "money" else growth).setdefault(cell_key(r), []).append(r)
    out = {}
    for k, rs in money.items():
        ordered = choice_order(rs, published)
        ends = [r["value_usd"] for r in rs] + [r["value_usd"] if r["value_usd_high"] is None
                                              else r["value_usd_high"] for r in rs]
        g = choice_order(growth[k], published)[0] if k in growth else None
        out[k] = (ordered[0]["figure_id"], [r["figure_id"] for r in ordered], min(ends), max(ends),
                  any(disagree(a, b) for a in rs for b in rs), g and g["figure_id"], len(rs))
    return out


def test_gathered_cells_equal_cells_chosen_at_once():
    rng = random.Random(20261201)
    for trial in range(200):
        rows = [_row(rng, i) for i in range(rng.randint(1, 30))]
        want = _reference(rows, DOCS)
        got = {(s["reporter_iso3"], ("iso", s["partner_iso3"]), s["flow"], s["scope"], s["year"]):
               (s["figure_ids"][0], s["figure_ids"], s["value_usd_low"], s["value_usd_high"],
                s["conflict"], s["growth_figure_id"], s["n_figures"])
               for s in series_rows(rows, DOCS)}
        assert got == want, trial


def test_ties_keep_the_first_figure_added():
    a = dict(_row(random.Random(1), 0), kind="money", doc="a.txt", char_start=5, figure_id="first")
    b = dict(a, figure_id="second")
    (s,) = series_rows([a, b], DOCS)
    assert s["figure_ids"] == ["first", "second"]


def test_a_cell_keeps_the_row_of_its_best_figure_only():
    cells = national_cells()
    rng = random.Random(7)
    refs = []
    for i in range(300):
        r = _row(rng, i)
        r.update(kind="money", measure="exports", year=2022)
        refs.append(weakref.ref(r))
        cells.add(r, DOCS[r["doc"]])
        del r
    gc.collect()
    alive = [w() for w in refs if w() is not None]
    (cell,) = cells.money.values()
    assert alive == [cell.best] and cell.n == 300
    (s,) = series_table(cells)
    assert s["n_figures"] == 300 and len(s["figure_ids"]) == 300
    assert s["figure_ids"][0] == cell.best["figure_id"]


def test_growth_cells_keep_only_their_best_figure():
    cells = Cells(cell_key)
    rows = [dict(_row(random.Random(i), i), kind="growth", measure="exports", year=2022)
            for i in range(20)]
    for r in rows:
        cells.add(r, DOCS[r["doc"]])
    (g,) = cells.growth.values()
    assert g.entries is None and g.n == 20
    assert g.best is choice_order(rows, DOCS)[0]
    assert cells.chosen() == {g.best["figure_id"]: g.best}


def test_bounds_spread_is_infinite_nowhere():
    rows = [dict(_row(random.Random(3), 0), kind="money", qualifier="more_than", value_usd=5e6),
            dict(_row(random.Random(3), 1), kind="money", qualifier="exact", value_usd=7e6)]
    (s,) = series_rows(rows, DOCS)
    assert (s["value_usd_low"], s["value_usd_high"]) == (5e6, 7e6)
    assert not math.isinf(s["value_usd_high"]) and s["conflict"] is False


def _build_rows(rng: random.Random, n: int) -> list[dict]:
    """Random figure rows with the ids a build gives them (tasks.figure_rows: `DOCSTEM:START-END`,
    and `.2`, `.3` for a second and third figure at the same offsets)."""
    from tradeflows.dataset.tasks import figure_rows
    raw = []
    for i in range(n):
        r = dict(_row(rng, i), doc=rng.choice(["a.txt", "b.txt", "c.txt", "d 1.pdf"]),
                 char_start=rng.choice([7, 300, 300, 70000]))
        r.pop("figure_id")
        r["char_end"] = r["char_start"] + rng.choice([9, 12])
        r["_usd"] = (r["value_usd"], r["value_usd_high"])
        raw.append(r)
    rows = figure_rows(raw)
    for r in rows:
        r["value_usd"], r["value_usd_high"] = r.pop("_usd")
    return rows


def test_build_ids_are_packed_and_give_the_cells_chosen_at_once():
    published = {**DOCS, "d 1.pdf": "2022-01-05"}
    rng = random.Random(20261202)
    seen_suffix = False
    for trial in range(200):
        rows = _build_rows(rng, rng.randint(1, 30))
        seen_suffix |= any(r["figure_id"].endswith(".2") for r in rows)
        cells = national_cells()
        for r in rows:
            cells.add(r, published[r["doc"]])
        for cell in cells.money.values():
            assert cell.odd == {} and len(cell.entries) == 3 * cell.n, trial
        want = _reference(rows, published)
        got = {(s["reporter_iso3"], ("iso", s["partner_iso3"]), s["flow"], s["scope"], s["year"]):
               (s["figure_ids"][0], s["figure_ids"], s["value_usd_low"], s["value_usd_high"],
                s["conflict"], s["growth_figure_id"], s["n_figures"])
               for s in series_table(cells)}
        assert got == want, trial
    assert seen_suffix


def test_an_entry_reads_back_as_the_choice_entry_it_was():
    from tradeflows.dataset.cells import Cell, id_number
    from tradeflows.dataset.series import choice_entry
    rows = [dict(_row(random.Random(5), 0), kind="money", doc="x/b.txt", char_start=40, char_end=52,
                 figure_id=fid) for fid in ("b:40-52", "b:40-52.2", "b:40-52.02", "b:40-52.0", "odd")]
    cell = Cell()
    for r in rows:
        cell.add(r, "2021-05-01")
    assert cell.entry_list() == [choice_entry(r, "2021-05-01") for r in rows]
    assert sorted(cell.odd) == [2, 3, 4]      # kept whole: not the form a build gives
    assert [id_number(r["figure_id"], "b:40-52") for r in rows] == [0, 2, -1, -1, -1]

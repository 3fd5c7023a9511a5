"""Arithmetic checks between series cells: texts that add up pass, texts that do not are
flagged, and the tolerance follows the stated figures' rounding and qualifiers."""
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tradeflows.dataset import build as dataset
from tradeflows.dataset.checks import check_rows, figure_interval, half_unit, mark_series
from tradeflows.pipeline import parse_document

ROOT = Path(__file__).resolve().parents[1]

SOURCES = "doc,title,outlet,published,format,language,reporter\n"

# A BelTA-style page; the three figures of one year are what the tests vary.
PAGE = """Belarus and Vietnam discuss expanding trade

MINSK, 14 February (BelTA) - Belarus and Vietnam intend to step up cooperation in agriculture and machine building, the Belarusian Foreign Ministry said.

In 2023, trade between Belarus and Vietnam amounted to ${turnover} million. Belarusian exports to Vietnam totaled ${exports} million, while imports from Vietnam stood at ${imports} million.

The sides agreed to hold the next meeting of the intergovernmental commission in Hanoi.
"""


def build_page(tmp_path, **figures):
    src = tmp_path / "in"
    src.mkdir(parents=True)
    (src / "001_vietnam.txt").write_text(PAGE.format(**figures), encoding="utf-8")
    (src / "sources.csv").write_text(
        SOURCES + "001_vietnam.txt,Belarus and Vietnam discuss expanding trade,BelTA,"
                  "2024-02-14,web,en,Belarus\n", encoding="utf-8")
    out = tmp_path / "out"
    assert dataset.build(src, out, parse=parse_document) == 0
    return (pq.read_table(out / "checks.parquet").to_pylist(),
            pq.read_table(out / "series.parquet").to_pylist())


def test_turnover_that_is_not_exports_plus_imports_is_flagged(tmp_path):
    checks, series = build_page(tmp_path, turnover=30, exports=10, imports=5)
    assert [(c["check"], c["year"], c["partner_iso3"], c["ok"]) for c in checks] == [
        ("exports+imports=turnover", 2023, "VNM", False)]
    c = checks[0]
    assert (c["expected"], c["found"], c["difference_pct"]) == (15e6, 30e6, 100.0)
    # $10 million and $5 million are each stated to the million: 14 to 16 million
    assert (c["expected_low"], c["expected_high"]) == (14e6, 16e6)
    assert (c["found_low"], c["found_high"]) == (29.5e6, 30.5e6)
    assert len(c["figure_ids"]) == 3
    assert {s["flow"]: s["checks_failed"] for s in series} == {
        f: ["exports+imports=turnover"] for f in ("exports", "imports", "turnover")}


def test_turnover_that_adds_up_passes(tmp_path):
    checks, series = build_page(tmp_path, turnover=30, exports=20, imports=10)
    assert [(c["check"], c["ok"], c["difference_pct"]) for c in checks] == [
        ("exports+imports=turnover", True, 0.0)]
    assert all(s["checks_failed"] == [] for s in series)


def test_rounding_of_the_last_stated_digit_is_allowed(tmp_path):
    # 20.4 + 10.4 is 30.7 to 30.9 at the stated decimal; $30.6 million (30.55 to 30.65) is
    # outside, $30.7 million (30.65 to 30.75) within
    checks, _ = build_page(tmp_path, turnover="30.6", exports="20.4", imports="10.4")
    assert [(c["check"], c["ok"]) for c in checks] == [("exports+imports=turnover", False)]
    checks, _ = build_page(tmp_path / "b", turnover="30.7", exports="20.4", imports="10.4")
    assert [(c["check"], c["ok"]) for c in checks] == [("exports+imports=turnover", True)]


@pytest.mark.parametrize("figure,kind,value,value_high,half", [
    ("$33.3 million", "money", 33.3e6, None, 0.05e6),         # 001 Iran
    ("$ 37,429.1 thousand", "money", 37_429_100, None, 50),   # 001 balance in thousands
    ("USD 782.9 million", "money", 782.9e6, None, 0.05e6),    # 001 Brazil
    ("between 50 and 65 million", "money", 50e6, 65e6, 0.5e6),
    ("34.7%", "growth", 34.7, None, 0.05),                    # 001 Iran turnover 2021
    ("102.2%", "growth", 2.2, None, 0.05),                    # index form: 102.2% of last year
    ("6.7%", "growth", -6.7, None, 0.05),                     # 003 "decreased by 6.7%"
    ("2.9-fold increase", "growth", 190.0, None, 5.0),        # 001 Iran
    ("13(!) times", "growth", 1200.0, None, 50.0),            # 003
    ("threefold", "growth", 200.0, None, 50.0),               # words: to the leading digit
    ("more than a third", "growth", 33.3, None, 5.0),
])
def test_half_unit_of_the_last_stated_digit(figure, kind, value, value_high, half):
    assert half_unit(figure, kind, value, value_high) == pytest.approx(half)


def fig(fid, value, figure, qualifier="exact", kind="money", value_high=None):
    return {"figure_id": fid, "figure": figure, "kind": kind, "value": value,
            "value_high": value_high, "value_usd": value if kind == "money" else None,
            "value_usd_high": value_high if kind == "money" else None, "qualifier": qualifier}


def test_intervals_of_qualifiers():
    assert figure_interval(fig("a", 50e6, "about $50 million", "approx"), usd=True) == (
        pytest.approx(44.5e6), 50e6, pytest.approx(55.5e6))
    lo, p, hi = figure_interval(fig("a", 92e6, "exceeded 92 million dollars", "more_than"), usd=True)
    assert (lo, p, hi) == (91.5e6, 92e6, float("inf"))
    lo, p, hi = figure_interval(fig("a", 50e6, "between 50 and 65 million", "range", value_high=65e6),
                                usd=True)
    assert (lo, p, hi) == (49.5e6, 57.5e6, 65.5e6)


def cell(flow, year, fid, growth_id=None, partner="IRN", scope=None):
    return {"reporter_iso3": "BLR", "partner_iso3": partner, "partner": "Iran", "flow": flow,
            "scope": scope, "year": year, "figure_ids": [fid], "growth_figure_id": growth_id}


def test_growth_against_the_previous_year():
    # 001: "$24.7 million" (2020), "$33.3 million, ... 34.7% more" (2021), "threefold" (2022)
    figures = {f["figure_id"]: f for f in (
        fig("t20", 24.7e6, "$24.7 million"), fig("t21", 33.3e6, "$33.3 million"),
        fig("g21", 34.7, "34.7%", kind="growth"), fig("t22", 100e6, "$100 million"),
        fig("g22", 150.0, "2.5 times", kind="growth"))}
    series = [cell("turnover", 2020, "t20"), cell("turnover", 2021, "t21", "g21"),
              cell("turnover", 2022, "t22", "g22")]
    checks = check_rows(series, figures)
    assert [(c["check"], c["year"], c["ok"]) for c in checks] == [
        ("growth=value/previous-1", 2021, True), ("growth=value/previous-1", 2022, False)]
    assert checks[0]["expected"] == pytest.approx(34.8178, abs=1e-3)
    assert checks[0]["figure_ids"] == ["t21", "t20", "g21"]
    # 2.5 times (2.45-2.55) on $33.3 million is 81.6-84.9 million, not $100 million
    assert checks[1]["difference_pct"] == pytest.approx(-16.75)
    mark_series(series, checks)
    # both years of a failed growth check are marked: either may be the wrong one
    assert [s["checks_failed"] for s in series] == [
        [], ["growth=value/previous-1"], ["growth=value/previous-1"]]
    assert "_cells" not in checks[0]


def test_bounds_when_only_two_flows_are_known():
    # 001 (read as world): exports $585.1 million; 003: surplus $828 million, same year
    figures = {f["figure_id"]: f for f in (fig("x", 585.1e6, "USD 585.1 million"),
                                           fig("b", 828e6, "$828 million"))}
    series = [cell("exports", 2021, "x"), cell("balance", 2021, "b")]
    checks = check_rows(series, figures)
    assert [(c["check"], c["ok"]) for c in checks] == [("balance<=exports", False)]
    # a deficit cannot exceed imports; a bound "more than" can always pass
    figures = {f["figure_id"]: f for f in (fig("m", 10e6, "$10 million"),
                                           fig("b", -12e6, "$12 million"),
                                           fig("t", 9e6, "over $9 million", "more_than"))}
    series = [cell("imports", 2021, "m"), cell("balance", 2021, "b"),
              cell("turnover", 2020, "t")]
    assert [(c["check"], c["ok"]) for c in check_rows(series, figures)] == [
        ("-balance<=imports", False)]


def test_four_flows_give_the_two_identities_only():
    figures = {f["figure_id"]: f for f in (
        fig("x", 19.15e6, "$19.15 million"), fig("m", 0.35e6, "$0.35 million"),
        fig("t", 19.5e6, "19.5 million dollars"), fig("b", 18.8e6, "18.8 million dollars"))}
    series = [cell("exports", 2018, "x"), cell("imports", 2018, "m"),
              cell("turnover", 2018, "t"), cell("balance", 2018, "b")]
    checks = check_rows(series, figures)
    assert [(c["check"], c["ok"]) for c in checks] == [
        ("exports+imports=turnover", True), ("exports-imports=balance", True)]
    # without imports: exports from turnover and balance, (19.5 + 18.8) / 2 = 19.15
    checks = check_rows([series[0], *series[2:]], figures)
    assert [(c["check"], c["ok"], c["expected"]) for c in checks] == [
        ("turnover+balance=2*exports", True, pytest.approx(19.15e6))]


def test_share_of_a_partner_against_the_world_cell():
    figures = {f["figure_id"]: f for f in (fig("p", 30e6, "$30 million"),
                                           fig("w", 200e6, "$200 million"))}
    world = {**cell("exports", 2021, "w"), "partner_iso3": None, "partner": "world"}
    series = [cell("exports", 2021, "p"), world]
    share = {**fig("s", 15.0, "15%", kind="share"), "reporter_iso3": "BLR",
             "partner_iso3": "IRN", "measure": "exports", "scope": None, "year": 2021}
    checks = check_rows(series, figures, [share])
    assert [(c["check"], c["ok"], c["expected"]) for c in checks] == [
        ("share=part/whole", True, pytest.approx(15.0))]
    share["value"] = 25.0
    share["figure"] = "25%"
    assert [c["ok"] for c in check_rows(series, figures, [share])] == [False]


def test_embedded_corpus_checks(tmp_path):
    """Every check the corpus allows. The one that used to fail (a quarter's surplus of $828
    million read as the year's) is gone: the first quarter no longer counts as the year."""
    out = tmp_path / "out"
    assert dataset.build(ROOT / "data" / "raw", out, parse=parse_document) == 0
    checks = pq.read_table(out / "checks.parquet").to_pylist()
    assert len(checks) == 12
    failed = [(c["partner"], c["year"], c["check"]) for c in checks if not c["ok"]]
    assert failed == []
    ok = {(c["partner"], c["year"], c["check"]) for c in checks if c["ok"]}
    assert {("Iran", 2021, "growth=value/previous-1"), ("Iran", 2022, "growth=value/previous-1"),
            ("Pakistan", 2021, "growth=value/previous-1"), ("Brazil", 2021, "exports<=turnover"),
            ("Pakistan", 2021, "|balance|<=turnover")} <= ok
    series = pq.read_table(out / "series.parquet").to_pylist()
    touched = {(s["partner"], s["flow"], s["year"]) for s in series if s["checks_failed"]}
    assert touched == set()

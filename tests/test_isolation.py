"""A rule that throws on one figure drops that figure only: the document keeps the rest.

The faults are injected (a rule made to throw on one number) because the real ones are
fixed as soon as they are found (tests/data/crashes.tsv); the sentences are real.
"""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from tradeflows.cli import main
from tradeflows.dataset.build import build
from tradeflows.errors import Warnings, describe
from tradeflows.facts import relate
from tradeflows.figures import extract
from tradeflows.pipeline import figures_of_text
from tradeflows.pipeline import parse_document

TEXT = ("Qantas wants $4.2b from government to keep flying.\n\n"
        "In 2023, Kazakhstan's exports to China reached $13.2 billion, up 21.6% from a year earlier.\n\n"
        "Imports from China amounted to $3.5 billion.\n")


@pytest.fixture
def broken_scale(monkeypatch):
    """range_and_scale throws on the number 4.2 (line 1) and on no other."""
    real = extract.range_and_scale

    def rule(ctx, num, *a):
        if str(num.value) == "4.2":
            raise KeyError("b")
        return real(ctx, num, *a)
    monkeypatch.setattr(extract, "range_and_scale", rule)


@pytest.fixture
def broken_relate(monkeypatch):
    """_relate_one throws on the growth rate (line 3) and on nothing else."""
    real = relate._relate_one

    def rule(d, st, f, *a):
        if f.kind == "growth":
            raise ValueError("no period")
        return real(d, st, f, *a)
    monkeypatch.setattr(relate, "_relate_one", rule)


def test_without_faults_the_text_has_four_figures():
    w = Warnings()
    assert [f.figure for f in figures_of_text(TEXT, "t.txt", fmt="web", warnings=w)] == \
        ["$4.2b", "$13.2 billion", "21.6%", "$3.5 billion"]
    assert w == []


def test_a_fault_in_extract_drops_that_figure_only(broken_scale):
    w = Warnings()
    figs = figures_of_text(TEXT, "t.txt", fmt="web", warnings=w)
    assert [f.figure for f in figs] == ["$13.2 billion", "21.6%", "$3.5 billion"]
    assert w == ["line 1: extract rule _figure_at: KeyError: 'b'"]
    assert figs[0].partner_iso3 == "CHN" and figs[0].reporter_iso3 == "KAZ"


def test_a_fault_in_relate_drops_that_figure_only(broken_relate):
    w = Warnings()
    figs = figures_of_text(TEXT, "t.txt", fmt="web", warnings=w)
    assert [f.figure for f in figs] == ["$4.2b", "$13.2 billion", "$3.5 billion"]
    assert w == ["line 3: relate rule relate: ValueError: no period"]


def test_a_fault_in_relate_as_a_whole_keeps_the_figures_without_facts(monkeypatch):
    def subject(*a):
        raise RuntimeError("broken subject")
    monkeypatch.setattr(relate, "document_subject", subject)
    w = Warnings()
    figs = figures_of_text(TEXT, "t.txt", fmt="web", warnings=w)
    assert len(figs) == 4 and all(f.measure is None for f in figs)
    assert w == ["relate rule relate_figures: RuntimeError: broken subject"]


def test_describe_names_the_innermost_rule_of_our_code():
    try:
        extract.scale_at("7 kn", 1, True, {"scale": None})
    except AttributeError as exc:
        assert describe(exc, "extract", 9) == \
            "line 9: extract rule scale_at: AttributeError: 'NoneType' object has no attribute 'match'"


def _folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, encoding="utf-8")
    (src / "b.txt").write_text("Exports to Uzbekistan reached $1.1 billion in 2022.\n", encoding="utf-8")
    return src


def test_build_keeps_the_document_ok_and_counts_the_warning(broken_scale, tmp_path, capsys):
    assert build(_folder(tmp_path), tmp_path / "out", jobs=1, parse=parse_document) == 0
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    a, b = docs
    assert (a["status"], a["n_figures"], a["warnings"], a["warning"]) == \
        ("ok", 3, 1, "line 1: extract rule _figure_at: KeyError: 'b'")
    assert (b["status"], b["n_figures"], b["warnings"], b["warning"]) == ("ok", 1, 0, None)
    err = capsys.readouterr().err
    assert f"tradeflows: warning: {tmp_path / 'in' / 'a.txt'}: line 1: extract rule _figure_at: KeyError: 'b'" in err


def test_strict_build_fails_the_document_and_keeps_the_others(broken_scale, tmp_path, capsys):
    assert main(["build", str(_folder(tmp_path)), "-o", str(tmp_path / "out"), "-j", "1",
                 "--strict"]) == 1
    a, b = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert (a["status"], a["n_figures"], a["warnings"]) == ("error", 0, 1)
    assert a["error"] == "1 warning(s) under --strict: line 1: extract rule _figure_at: KeyError: 'b'"
    assert (b["status"], b["n_figures"]) == ("ok", 1)
    assert "tradeflows: error: " in capsys.readouterr().err

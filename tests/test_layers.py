"""Imports flow down the pipeline only: the stage and dataset packages never import the
modules on top of them (tradeflows.pipeline, cli, evaluate), which pass what they need down."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "tradeflows"
LAYERED = ("ingest", "text", "figures", "facts", "dataset", "publish")
ON_TOP = ("tradeflows.pipeline", "tradeflows.cli", "tradeflows.evaluate")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


@pytest.mark.parametrize("package", LAYERED)
def test_no_layer_imports_the_modules_on_top(package):
    bad = sorted(f"{p.relative_to(SRC)}: {name}"
                 for p in (SRC / package).rglob("*.py") for name in _imports(p)
                 if name in ON_TOP or name.startswith(tuple(t + "." for t in ON_TOP)))
    assert bad == []


def _stage_imports(package: str) -> list[str]:
    """Each import by a module of one stage package of a later stage's module (path: module)."""
    later = LAYERED[LAYERED.index(package) + 1:]
    return sorted(f"{p.relative_to(SRC)}: {name}" for p in (SRC / package).rglob("*.py") for name in _imports(p)
                  if name.split(".")[:2][-1] in later and name.startswith("tradeflows."))


@pytest.mark.parametrize("package", LAYERED)
def test_no_stage_imports_a_later_stage(package):
    # ingest -> text -> figures -> facts -> dataset -> publish: a stage reads only the ones before it (and vocab,
    # records, errors), so each can be tested alone
    assert _stage_imports(package) == []


def test_the_stage_check_sees_a_later_stage(tmp_path, monkeypatch):
    # the check above finds an upward import where one is written (ingest importing text, as page_year once did)
    pkg = tmp_path / "ingest"
    pkg.mkdir()
    (pkg / "m.py").write_text("from tradeflows.text.fold import lower_text\nimport tradeflows.vocab\n", encoding="utf-8")
    monkeypatch.setitem(globals(), "SRC", tmp_path)
    assert _stage_imports("ingest") == ["ingest/m.py: tradeflows.text.fold",
                                        "ingest/m.py: tradeflows.text.fold.lower_text"]

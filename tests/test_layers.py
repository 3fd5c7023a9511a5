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

"""The clean stage never alters a gold figure's number (footnote markers, line breaks).

For each gold figure of 001 and 003, its number text must stand intact (not glued to
other digits) in a clean sentence that maps back to the figure's raw line.
"""
import json
import re
from pathlib import Path

import pytest

from tradeflows.text.clean import clean_text

ROOT = Path(__file__).resolve().parents[1]
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_QUALIFIERS = {"almost", "more", "over", "about", "exceeded", "nearly", "exceeding", "approached",
               "less", "approximately", "by", "up", "close", "another", "approaching"}


def _gold_figures():
    out = []
    for path in sorted((ROOT / "data" / "gold").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            r = json.loads(line)
            if "kind" in r and r["doc"].startswith(("001", "003")):
                out.append(r)
    return out


def _number_text(figure: str) -> str:
    m = _NUMBER.search(figure)
    if m:
        return m.group()
    words = [w for w in figure.split() if w.lower() not in _QUALIFIERS]
    return words[0]


@pytest.fixture(scope="module")
def cleaned():
    return {doc: clean_text((ROOT / "data" / "raw" / doc).read_text("utf-8"), "pdf", doc)
            for doc in ("001_f541c9b7c73f1bbf.txt", "003_af7687762862a3f2.txt")}


def test_every_gold_number_is_intact_in_its_clean_sentence(cleaned):
    figures = _gold_figures()
    assert len(figures) == 436
    broken = []
    for r in figures:
        c = cleaned[r["doc"]]
        lo = c.line_starts[r["line"] - 1]
        hi = c.line_starts[r["line"]] if r["line"] < len(c.line_starts) else len(c.raw)
        sentences = [(s, e) for s, e in c.sentences if c.offsets[s] < hi and c.offsets[e - 1] >= lo]
        num = re.escape(_number_text(r["figure"]))
        pattern = re.compile(rf"(?<![\d.,]){num}(?!\d|[.,]\d)", re.I)
        if not any(pattern.search(c.text, s, e) for s, e in sentences):
            broken.append((r["doc"][:3], r["line"], r["figure"]))
    assert broken == []

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


# ------------------------------------------------------------ gold of the other-outlet sets
KEYS = ("doc", "line", "figure", "kind", "value", "value_high", "currency", "qualifier", "measure",
        "scope", "product", "reporter", "reporter_iso3", "partner", "partner_iso3", "year",
        "period_start", "period_end", "year_basis", "status", "note")
_KINDS = {"money", "growth", "share"}
_QUALIFIERS = {"exact", "approx", "more_than", "less_than", "range"}
_STATUS = {"actual", "target", "historical"}
_MEASURES = {"exports", "imports", "turnover", "balance", "investment", "contracts", "output", "gdp", "other"}


@pytest.mark.parametrize("name", ["external", "web", "ruweb"])
def test_every_gold_figure_of_a_web_set_stands_on_its_line(name):
    """Each record has every field, allowed values, and its figure text (whitespace collapsed)
    starting on its line of the raw page (it may run on to the next line)."""
    base = ROOT / "data" / name
    bad = []
    for ln in (base / "gold" / "gold.jsonl").read_text("utf-8").splitlines():
        r = json.loads(ln)
        if "kind" not in r:
            continue
        assert set(r) == set(KEYS), r
        assert r["kind"] in _KINDS and r["qualifier"] in _QUALIFIERS and r["status"] in _STATUS
        assert r["measure"] in _MEASURES and (r["currency"] is None) == (r["kind"] != "money")
        lines = (base / "raw" / r["doc"]).read_text("utf-8").split("\n")
        here = " ".join(" ".join(lines[r["line"] - 1:r["line"] + 1]).split())
        first = " ".join(lines[r["line"] - 1].split())
        if r["figure"] not in here or not any(r["figure"].startswith(first[k:]) or first[k:].startswith(r["figure"])
                                                for k in range(len(first))):
            bad.append((r["doc"][:3], r["line"], r["figure"]))
    assert bad == []


def test_web_set_gold_counts_and_heldout_quarter():
    import hashlib
    base = ROOT / "data" / "web"
    recs = [json.loads(ln) for ln in (base / "gold" / "gold.jsonl").read_text("utf-8").splitlines()]
    docs = sorted(p.name for p in (base / "raw").glob("w*.txt"))
    assert len(docs) == 24 and {r["doc"] for r in recs} == set(docs)
    assert len(recs) == 321
    held = sorted(ln.strip() for ln in (base / "heldout.txt").read_text("utf-8").splitlines()
                  if ln.strip() and not ln.startswith("#"))
    assert held == sorted(sorted(docs, key=lambda d: hashlib.sha256(d.encode()).hexdigest())[:6])


def test_ruweb_set_gold_counts_and_heldout_quarter():
    import hashlib
    base = ROOT / "data" / "ruweb"
    recs = [json.loads(ln) for ln in (base / "gold" / "gold.jsonl").read_text("utf-8").splitlines()]
    docs = sorted(p.name for p in (base / "raw").glob("r*.txt"))
    assert len(docs) == 16 and {r["doc"] for r in recs} == set(docs)
    assert len(recs) == 121
    held = sorted(ln.strip() for ln in (base / "heldout.txt").read_text("utf-8").splitlines()
                  if ln.strip() and not ln.startswith("#"))
    assert held == sorted(sorted(docs, key=lambda d: hashlib.sha256(d.encode()).hexdigest())[:4])

"""Session 67, speedO67: the sieves' rules a page, or a figure's measure and kind, cannot fire are left out of its
sieve once (sieves.PageSieve), the same decisions for fewer calls.

- A page gate (REPORTER_NEEDS, PARTNER_NEEDS) reads what a rule's first test needs of the whole page: the words every
  match of its cue pattern holds (vocab.pattern_needs, in the page's language), or the page's subject rule.
- A figure gate (REPORTER_FIGURE_NEEDS, PARTNER_FIGURE_NEEDS) reads the figure's measure and kind ("a share only").
Both are checked against the whole sieve on every page of data/raw (the bench corpus, none held out) and on the tuned
pages of data/russian (its held-out pages left out).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tradeflows.facts import sieves
from tradeflows.facts.sieves import (PARTNER_FIGURE_NEEDS, PARTNER_NEEDS, PARTNER_SIEVE, REPORTER_FIGURE_NEEDS,
                                     REPORTER_NEEDS, REPORTER_SIEVE, Page, PageSieve, live)
from tradeflows.pipeline import figures_of_text

ROOT = Path(__file__).resolve().parents[1]


def _names(rows) -> list[str]:
    return [name for name, _ in rows]


def test_every_gate_names_a_rule_of_its_table():
    for sieve, needs in ((REPORTER_SIEVE, REPORTER_NEEDS), (REPORTER_SIEVE, REPORTER_FIGURE_NEEDS),
                         (PARTNER_SIEVE, PARTNER_NEEDS), (PARTNER_SIEVE, PARTNER_FIGURE_NEEDS)):
        assert set(needs) <= set(_names(sieve))


# constructed: a page with no "respectively", no "whose" and a subject from sources.csv
PLAIN = "exports to china rose by 5% in 2023, and imports fell by 2%."


def test_a_page_without_the_words_leaves_the_rules_out_in_the_tables_order():
    page = Page(PLAIN, "en", ("Kenya", "KEN"), "sources")
    rows = live(PARTNER_SIEVE, PARTNER_NEEDS, page)
    names = _names(rows)
    assert "respectively" not in names and "respectively_after" not in names
    assert names == [n for n in _names(PARTNER_SIEVE) if n in names]   # the table's order kept
    reporter = _names(live(REPORTER_SIEVE, REPORTER_NEEDS, page))
    assert "whose_flow" not in reporter and "sources" in reporter
    assert "subject" not in reporter and "outlet" not in reporter   # the subject is sources.csv's


def test_a_page_with_the_words_keeps_them():
    # "China and the US grew by 14.1% and 10.1% respectively" (the table's example of rule respectively)
    page = Page("china and the us grew by 14.1% and 10.1% respectively", "en", ("", None), "none")
    assert "respectively" in _names(live(PARTNER_SIEVE, PARTNER_NEEDS, page))


def test_a_long_page_or_one_without_a_lower_cased_copy_keeps_every_word_gated_rule():
    long_page = Page(PLAIN * (sieves.WORD_GATE_CHARS // len(PLAIN) + 1), "en", ("Kenya", "KEN"), "sources")
    assert "respectively" in _names(live(PARTNER_SIEVE, PARTNER_NEEDS, long_page))
    no_copy = Page(None, "en", ("Kenya", "KEN"), "sources")
    assert "respectively" in _names(live(PARTNER_SIEVE, PARTNER_NEEDS, no_copy))


def test_a_money_figure_runs_no_share_rule():
    ps = PageSieve(PARTNER_SIEVE, {}, PARTNER_FIGURE_NEEDS, Page(PLAIN, "en", ("Kenya", "KEN"), "sources"))
    money, share = _names(ps.of("exports", "money")), _names(ps.of("exports", "share"))
    assert "share_to_trade" not in money and "share_to_trade" in share
    assert "owner_whole" in money and "owner_whole" not in share
    assert ps.of("exports", "money") is ps.of("exports", "money")   # decided once a page


def _tuned_russian():
    folder = ROOT / "data" / "russian" / "raw"
    held = {ln.strip() for ln in (folder.parent / "heldout.txt").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")}
    meta = {}
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as fh:
        meta = {r["doc"]: r for r in csv.DictReader(fh)}
    return [p for p in sorted(folder.glob("*.txt")) if p.name not in held], meta


def _pages():
    pages = []
    for folder in (ROOT / "data" / "raw",):
        with (folder / "sources.csv").open(encoding="utf-8", newline="") as fh:
            meta = {r["doc"]: r for r in csv.DictReader(fh)}
        pages += [(p, meta.get(p.name, {})) for p in sorted(folder.glob("*.txt"))]
    ru, meta = _tuned_russian()
    pages += [(p, meta.get(p.name, {})) for p in ru]
    return pages


def _facts(path: Path, m: dict) -> list[tuple]:
    pub = (m.get("published") or "")[:4]
    figs = figures_of_text(path.read_text(encoding="utf-8-sig"), path.name, (m.get("format") or "pdf").strip(),
                           pub_year=int(pub) if pub.isdigit() else None, reporter=(m.get("reporter") or "").strip())
    return [(f.clean_start, f.measure, f.reporter, f.partner, f.year, f.period_start, f.period_end, f.status,
             f.confidence, f.fact_rules) for f in figs]


@pytest.mark.parametrize("path,meta", _pages(), ids=lambda x: x.name if isinstance(x, Path) else "")
def test_the_gated_sieves_decide_as_the_whole_ones(path, meta, monkeypatch):
    gated = _facts(path, meta)
    for name in ("REPORTER_NEEDS", "PARTNER_NEEDS", "REPORTER_FIGURE_NEEDS", "PARTNER_FIGURE_NEEDS"):
        monkeypatch.setattr(sieves, name, {})
    from tradeflows.facts import relate
    for name in ("REPORTER_NEEDS", "PARTNER_NEEDS", "REPORTER_FIGURE_NEEDS", "PARTNER_FIGURE_NEEDS"):
        monkeypatch.setattr(relate, name, {})
    assert _facts(path, meta) == gated

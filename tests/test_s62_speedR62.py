"""Session 62, speedR62: relate's sieves skip the rules whose first test a figure's facts already fail (sieves.SKIPS).

Each guard restates a rule's own first test over facts no rule writes while a sieve runs (measure, kind, the reporter
rule, the page's subject...), so run() need not call the rule to hear None. The tests check every guard against its
rule on real text: the pages of data/raw (the bench corpus, none held out) and sentences quoted from news pages, each
skipped rule called anyway and found to return None.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tradeflows.facts import relate, sieves
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# sentences of news pages of other measures and kinds than most of data/raw's (a share of GDP, a balance, a share)
QUOTED = [
    # pakistantoday.com.pk
    "The value of two-way trade with all countries fell 8.7 percent to $512.2 billion in 2009-10.",
    # turkishminute.com
    "The top 10 countries accounted for 48.0 percent of total exports.",
    # rte.ie
    "German exports dropped by an unexpectedly sharp 6.3% in January from the previous month, while exports "
    "to China rose 7.5%.",
    # 057.ua
    "Экспорт товаров в страны СНГ составлял 885,9 млн. дол., в другие страны мира - 295,2 млн. дол.",
]


def _checking_run(skipped_hits: list):
    """run() the long way, every rule tried: a rule its guard skips that decides is noted in skipped_hits."""
    def run(sieve, clause):
        kept = {name for name, _ in sieves._rows(sieve, sieves._facts(clause))}
        for name, rule in sieve:
            found = rule(clause)
            if found is not None:
                if name not in kept:
                    skipped_hits.append((name, clause.f.figure))
                return found, name
        return None, "none"
    return run


def _texts():
    for p in sorted(RAW.glob("*.txt")):
        yield p.name, p.read_text(encoding="utf-8")[:60000]
    for i, t in enumerate(QUOTED):
        yield f"q{i}.txt", t


def test_every_guard_names_a_row_of_its_table():
    for which, table in (("reporter", sieves.REPORTER_SIEVE), ("partner", sieves.PARTNER_SIEVE)):
        assert set(sieves.SKIPS[which]) <= {name for name, _ in table}


def test_a_skipped_rule_would_have_returned_none(monkeypatch):
    hits: list = []
    monkeypatch.setattr(relate, "run", _checking_run(hits))
    tried = 0
    for name, text in _texts():
        c = clean_text(text, "txt", name)
        tried += len(relate_figures(c, extract_figures(c, name), pub_year=2020))
    assert tried > 100 and hits == []


@pytest.mark.parametrize("measure,kind,skipped", [
    ("exports", "growth", {"balance_for", "member_list"}),
    ("balance", "money", {"gdp_owner", "member_list"}),
])
def test_a_reporter_table_for_facts_leaves_out_the_rules_they_skip(measure, kind, skipped):
    facts = (measure, kind, None, True, True, True, "head", False, False, True, True, True, False, False)
    rows = {name for name, _ in sieves._rows(sieves.REPORTER_SIEVE, facts)}
    assert not rows & skipped and "frame" in rows and rows <= {name for name, _ in sieves.REPORTER_SIEVE}

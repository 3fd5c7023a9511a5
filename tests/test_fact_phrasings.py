"""Trade facts on real phrasings of other outlets: tests/data/fact_phrasings.tsv.

Each row is one sentence of a news page that is in no development set, related alone as a
web text (figures_of_text) with only the page's year given (a passage of a few paragraphs
writes its line breaks as "\\n"); the named fields of the figure
must equal the expected values exactly and the named rules must be the ones that decided.
A row under '# xfail: <reason>' is a strict xfail (a fix shows up as an XPASS)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tradeflows.pipeline import figures_of_text
from tradeflows.records import decided_rules

TABLE = Path(__file__).resolve().parent / "data" / "fact_phrasings.tsv"


def load_rows(path: Path = TABLE) -> list:
    rows, source, xfail, header = [], None, None, False
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            note = line[1:].strip()
            if note.startswith("web:"):
                source = note[4:].strip()
            elif note.startswith("xfail:"):
                xfail = note[6:].strip()
            continue
        cols = line.split("\t")
        if not header:
            assert cols == ["sentence", "figure", "pub_year", "expected", "rules"], f"line {lineno}: header"
            header = True
            continue
        assert len(cols) == 5, f"line {lineno}: five tab-separated columns"
        assert source, f"line {lineno}: a row needs a '# web: <outlet>' source above it"
        sentence, figure, pub, expected, rules = cols
        sentence = sentence.replace("\\n", "\n")  # a passage: "\n" written for a line break
        marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
        rows.append(pytest.param(sentence, figure, pub or None, json.loads(expected),
                                 [r for r in rules.split(";") if r], id=f"L{lineno}", marks=marks))
        source, xfail = None, None
    return rows


ROWS = load_rows()


def test_the_table_has_rows():
    assert len(ROWS) >= 2


@pytest.mark.parametrize("sentence, figure, pub_year, expected, rules", ROWS)
def test_fact_of_a_phrasing(sentence, figure, pub_year, expected, rules):
    # the page's date: a year, or a year and month ("2022-05": "the current fiscal year" needs the month)
    year, month = (int(pub_year[:4]), int(pub_year[5:7]) if len(pub_year) >= 7 else None) if pub_year else (None, None)
    figs = figures_of_text(sentence, "phrasing", "web", pub_year=year, pub_month=month)
    hits = [f for f in figs if f.figure == figure]
    assert len(hits) == 1, [f.figure for f in figs]
    f = hits[0]
    assert {k: getattr(f, k) for k in expected} == expected, f.fact_rules
    # (a table's rule is a deciding rule, "partner:sentence", or one with its rewriting rules, "partner:sentence+
    # possessive": either matches, records.decided_rules)
    have = set(f.fact_rules.split(";")) | set(decided_rules(f.fact_rules))
    assert all(r in have for r in rules), f.fact_rules


def test_two_way_trade_is_bilateral():
    # vccinews.com (Vinanet), two paragraphs: the pair named in the first is the counterpart of the
    # figures of "the two-way trade" in the next (partner rule bilateral_carried; bilateral_head since session 47: the
    # pair is the page's opening pair)
    text = ("Bilateral trade between Vietnam and China reached US$5.27 billion in the first four months this "
            "year, an on-year fall of 25.9 per cent, the Ministry of Industry and Trade (MoIT) said.\n\n"
            "In April, the two-way trade stood at US$1.51 billion, including Vietnam’s exports of US$369 "
            "million and imports of US$1.14 billion, said the MOIT said without on year comparative figures.")
    figs = {f.figure: f for f in figures_of_text(text, "phrasing", "web", pub_year=2009)}
    f = figs["US$369 million"]
    assert (f.measure, f.reporter, f.partner, f.partner_iso3) == ("exports", "Vietnam", "China", "CHN")
    assert "partner:bilateral_head" in f.fact_rules.split(";")


def test_a_headline_figure_takes_the_period_of_the_body_figure_that_restates_it():
    # newsday.co.zw, 2017-09: the headline "Zim-SA trade deficit shrinks by 32%" names no period; the lead
    # restates it "in the first eight months of the year" (year rule restated_in_body)
    text = ("Zim-SA trade deficit shrinks by 32%\n\nTHE trade deficit between Zimbabwe and South Africa narrowed by 32% "
            "to $98 million in the first eight months of the year, after exports increased by 15%, latest trade data "
            "from the Zimbabwe Statistical Agency (ZimStat) shows.")
    head = min((f for f in figures_of_text(text, "phrasing", "web", pub_year=2017, pub_month=9) if f.figure == "32%"),
               key=lambda f: f.clean_start)
    assert (head.measure, head.year, head.period_start, head.period_end) == ("balance", 2017, "2017-01", "2017-08")
    assert "year:restated_in_body" in head.fact_rules.split(";")


def test_the_figure_represents_a_change_against_a_dated_base_value():
    # dailypost.ng, 2024-03-10: "The figure represents" goes on with the flow of the sentence before (cue
    # anaphor_measure); the change's only dated time dates its base's value ("compared to the N52.4
    # trillion recorded in 2022"), so the change is of the period after it (rule growth_after_base_value)
    text = ("Nigeria's total foreign trade, including exports and imports, surged by 24.9 per cent yearly, "
            "increasing to N69.81 trillion in 2023.\n\nThis is according to combined reports by the National "
            "Bureau of Statistics quarterly foreign trade data.\n\nThe figure represents a 24.9 per cent increase "
            "compared to the N52.4 trillion recorded in 2022.")
    first, change, base = [f for f in figures_of_text(text, "phrasing", "web", pub_year=2024)
                           if f.figure in ("24.9 per cent", "N52.4 trillion")]
    assert (change.measure, change.reporter_iso3, change.year) == ("turnover", "NGA", 2023)
    # (the naira value's base flagged, rule letter_sign_base_value of session 38: after_base decides the same year)
    assert "measure:previous_sentence" in change.fact_rules.split(";")
    assert {"year:growth_after_base_value", "year:after_base"} & set(change.fact_rules.split(";"))
    assert (base.measure, base.year) == ("turnover", 2022)

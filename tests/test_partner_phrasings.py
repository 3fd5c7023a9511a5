"""Reporters and partners on real phrasings of pages in no development set: tests/data/partner_phrasings.tsv.

The same table form as tests/test_fact_phrasings.py (sentence, figure, pub_year, expected
fields, deciding rules; '# xfail: <reason>' above a row makes it a strict xfail), kept apart
so that the rows on who trades with whom read together."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_fact_phrasings import load_rows, test_fact_of_a_phrasing as _check

ROWS = load_rows(Path(__file__).resolve().parent / "data" / "partner_phrasings.tsv")


def test_the_table_has_rows():
    assert len(ROWS) >= 10


@pytest.mark.parametrize("sentence, figure, pub_year, expected, rules", ROWS)
def test_partner_of_a_phrasing(sentence, figure, pub_year, expected, rules):
    _check(sentence, figure, pub_year, expected, rules)


def test_a_bare_flow_continues_the_pair_of_the_paragraph_before():
    # cand.com.vn (VOV), the web set's tuned page w01: "Vietnamese exports brought in US$11.38 billion" opens a
    # paragraph right after the one on the pair's two-way trade (a photo caption between): a flow the pair's
    # sentence did not give, naming no place, continues that pair (partner rule pair_continued)
    from tradeflows.pipeline import figures_of_text
    text = ("Vietnam-Japan trade reaches over US$20 billion in first half\n\nTwo-way trade turnover between Vietnam "
            "and Japan during the opening six months of the year hit more than US$20 billion, according to the latest "
            "figures released by the General Department of Vietnam Customs.\n\nvietnam-japan trade reaches over us 20 "
            "billion in first half picture 1\n\nVietnamese exports brought in US$11.38 billion, representing a "
            "year-on-year rise of 13%, said the department..")
    f = {x.figure: x for x in figures_of_text(text, "phrasing", "web", pub_year=2022)}["US$11.38 billion"]
    assert (f.reporter_iso3, f.partner_iso3) == ("VNM", "JPN")
    assert "partner:pair_continued" in f.fact_rules.split(";")


def test_a_place_the_subject_stands_behind_is_no_counterpart():
    # warsawpoint (the external set's tuned page d63): "Poland in 2020 was behind China with a volume of EUR 2.1 bn":
    # the figure is Poland's, the place ranked ahead is none (partners_candidates RANKED_AHEAD_BEFORE, ranked_behind)
    from tradeflows.pipeline import figures_of_text
    path = Path(__file__).resolve().parent.parent / "data" / "external" / "raw" / "d63_warsawpoint-germany-poland-2020.txt"
    text = "\n".join(path.read_text("utf-8").splitlines()[:5])   # its first paragraphs, to that sentence
    f = {x.figure: x for x in figures_of_text(text, "phrasing", "web", pub_year=2021)}["EUR 2.1 bn"]
    assert (f.reporter_iso3, f.partner_iso3) == ("DEU", "POL")


@pytest.mark.parametrize("path, lines, figure, partner_iso3, partner", [
    # business-standard.com (the web3 set's tuned page y08): "India's exports to Lanka are now nowhere near $6.7
    # billion in 2014-15. The share in India's total exports declined from 2.16 per cent in FY15 ..."
    ("web3/raw/y08_businessstandard-india-srilanka-2021.txt", 3, "2.16 per cent", "LKA", "Sri Lanka"),
    # cbw.ge (the external set's tuned page d41): "... Trade turnover with CIS countries reached $ 1 700.0 mln ... . As
    # for the trade deficit, in January-May 2019 its share in total negative trade balance made 10.0 percent."
    ("external/raw/d41_cbw-georgia-eu-2019.txt", 3, "10.0 percent", None, "CIS"),
])
def test_a_bare_share_of_a_total_is_the_carried_partners(path, lines, figure, partner_iso3, partner):
    # the share's counterpart is the partner of the sentences before, not the world its total names (share_in_total)
    from tradeflows.pipeline import figures_of_text
    text = "\n".join((Path(__file__).resolve().parent.parent / "data" / path).read_text("utf-8").splitlines()[:lines])
    f = [x for x in figures_of_text(text, "phrasing", "web", pub_year=2022) if x.figure == figure][-1]
    assert (f.partner_iso3, f.partner) == (partner_iso3, partner)
    assert "partner:share_in_total" in f.fact_rules.split(";")

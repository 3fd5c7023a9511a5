"""CandidateRow: the driver's compact panel candidate reads like the dict it replaces."""
from __future__ import annotations

import pickle

import pytest

from tradeflows.dataset.rows import CandidateRow
from tradeflows.dataset.series import SERIES_FIELDS


def _row(**kw) -> dict:
    base = {k: None for k in SERIES_FIELDS}
    base.update(doc="page.txt", kind="money", measure="exports", reporter="Kazakhstan",
                reporter_iso3="KAZ", partner="China", partner_iso3="CHN", year=2022,
                value_usd=13.2e9, fact_rules="reporter:possessive;partner:frame",
                sentence="Kazakhstan's exports to China reached $13.2 billion in 2022.")
    base.update(kw)
    return base


def test_reads_like_the_dict():
    d = _row()
    r = CandidateRow.of(d)
    assert [r[k] for k in SERIES_FIELDS] == [d[k] for k in SERIES_FIELDS]
    assert r.get("qualifier") is None and r.get("partner_iso3") == "CHN"
    assert r.get("no_such_field", "x") == "x"
    assert r[0] == "page.txt"
    with pytest.raises(KeyError):
        r["no_such_field"]
    assert r.keys()[:len(SERIES_FIELDS)] == SERIES_FIELDS and r.get("_status") is None


def test_survives_pickling_and_shares_recurring_strings():
    a = pickle.loads(pickle.dumps(CandidateRow.of(_row()))).shared()
    b = pickle.loads(pickle.dumps(CandidateRow.of(_row(figure_id="f2")))).shared()
    assert type(a) is CandidateRow and a == CandidateRow.of(_row())
    assert a["fact_rules"] is b["fact_rules"] and a["reporter_iso3"] is b["reporter_iso3"]


def test_cell_key_reads_the_workers_admission():
    from tradeflows.dataset.series import cell_key, entity_cell_key
    d = _row(status="actual", period_start="2022-01", period_end="2022-12")
    assert cell_key(CandidateRow.of(d, "in", None)) == ("KAZ", ("iso", "CHN"), "exports", None, 2022)
    # the worker's verdict stands: a row it kept out is not re-admitted here
    assert cell_key(CandidateRow.of(d, "low confidence", None)) is None
    assert entity_cell_key(CandidateRow.of(d, "in", None)) is None


def test_an_admitted_candidate_keeps_whether_its_sentence_names_a_source_not_the_sentence():
    cited = _row(sentence="According to the Statistics Agency, Kazakhstan's exports to China reached "
                          "$13.2 billion in 2022.")
    r = CandidateRow.of(cited, "in", None)
    assert r["sentence"] is None and r["_named_source"] is True
    assert CandidateRow.of(_row(), "in", None)["_named_source"] is False
    assert CandidateRow.of(cited)["sentence"] == cited["sentence"]   # a share keeps it

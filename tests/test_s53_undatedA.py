"""Session 53, undatedA: years on pages with no date of publication. scripts/rule_accuracy.py --undated counts
only those pages, where "last year", "this year" and a bare month are dated from the text alone (ingest.page_year)."""
from __future__ import annotations

import pytest

from devdocs import rule_accuracy_script



@pytest.fixture(scope="module")
def web_both():
    ra = rule_accuracy_script()
    return ra, list(ra.tuned_matches({"web"})), list(ra.tuned_matches({"web"}, undated=True))


def test_undated_keeps_only_the_pairs_of_pages_without_a_date(web_both):
    """The undated pairs are the pairs of every tuned page whose date neither sources.csv nor the page gives,
    and no other."""
    from tradeflows.evaluate.sets import load_sets, predict_dated
    from tradeflows.evaluate.gold import load_gold
    from tradeflows.ingest.document import list_documents

    ra, every, undated = web_both
    s = next(x for x in load_sets(ra.SETS_FILE) if x.name == "web")
    tuned = ({p.name for p in list_documents(s.raw)} & load_gold(s.gold).docs) - s.heldout
    _, pub = predict_dated(s.raw, tuned)
    no_date = {d for d in tuned if not pub.get(d)}
    assert no_date and no_date != tuned        # the set has pages of both kinds
    want = [(p, g) for p, g in every[0][1] if p["doc"] in no_date]
    assert want and undated == [("web", want)]


def test_undated_table_counts_fewer_year_pairs(web_both):
    ra, every, undated = web_both
    n_all = sum(t.n for (f, _), t in ra.tally(every, ("year",)).items())
    n_undated = sum(t.n for (f, _), t in ra.tally(undated, ("year",)).items())
    assert 0 < n_undated < n_all

"""Session 45's code mends (every prediction byte-identical): the rule modules' per-document caches are declared
fields of one object (facts/context.DocMemo), not keys poked into Doc.__dict__."""
from __future__ import annotations

import re
from pathlib import Path

from phrasing import fields

SRC = Path(__file__).resolve().parents[1] / "src" / "tradeflows"

# industryweek.com, "China's Trade Surplus More Than Doubles"
INDUSTRYWEEK = ("For the first four months of the year, the trade surplus totaled $33.8 billion dollars, a rise of 60.2% "
                "from the same period a year ago as exports increased 25.8% to $274.2 billion while imports rose 22.1% "
                "to $240.4 billion.\n")


def test_no_module_keeps_a_cache_in_an_objects_dict():
    """A rule module's cache of a document is a declared field (facts/context.DocMemo, figures/lang_ru.Doc), never a key
    set in an object's __dict__ (relate._replace and records.Figure.to_dict read a Figure's fields through it, as a
    copy: no cache)."""
    poke = re.compile(r"__dict__\s*(?:\.\s*(?:setdefault|get|update|pop)\s*\(|\[)")
    found = [f"{p.relative_to(SRC)}:{i}" for p in sorted(SRC.rglob("*.py"))
             for i, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if poke.search(line) and p.name not in ("relate.py", "records.py")]
    assert found == []


def test_doc_memo_is_the_documents_own():
    """The clause cues measure reads (measure_cues.clause_cues) are kept in the document's DocMemo, read once per
    clause; another document of the same text starts with none."""
    from tradeflows.facts.context import Doc, DocMemo, _vocab
    from tradeflows.facts.measure_cues import clause_cues
    from tradeflows.text.clean import clean_text
    c = clean_text(INDUSTRYWEEK, "web")
    d, other = Doc(c, 2010), Doc(c, 2010)
    s, e = c.sentences[0]
    first = clause_cues(d, s, e, _vocab())
    assert clause_cues(d, s, e, _vocab()) is first
    assert [c.text[a:b] for a, b, *_ in first] == ["trade surplus", "exports", "imports"]
    assert list(d.memo.clause_cues.values()) == [first]
    assert isinstance(other.memo, DocMemo) and other.memo.clause_cues == {} and other.memo is not d.memo


def test_doc_memo_leaves_the_figures_as_they_were():
    """industryweek.com: the balance and both flows of one sentence, each with its measure, as before the mend."""
    assert fields(INDUSTRYWEEK, "measure", "reporter", "period_start", "period_end", pub_year=2010, pub_month=5) == [
        ("$33.8 billion", "balance", None, "2010-01", "2010-04"),
        ("60.2%", "balance", None, "2010-01", "2010-04"),
        ("25.8%", "exports", None, "2010-01", "2010-04"),
        ("$274.2 billion", "exports", None, "2010-01", "2010-04"),
        ("22.1%", "imports", None, "2010-01", "2010-04"),
        ("$240.4 billion", "imports", None, "2010-01", "2010-04"),
    ]

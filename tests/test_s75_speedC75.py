"""Session 75 (speedC75): rules that read the places of a whole page, or of every earlier sentence, for each figure
they try read them once per document (byte-identical on the development sets).

- figures/currencies.Context.in_order: the countries a span names in order, read once per span (rule tied_first_named
  asks for the figure's paragraph; the page's order is document()'s, a Counter in the order of first sight).
- facts/reporters_region_owner._least_region_end: the least end of a region of sentences 0..si, kept on the
  document (DocMemo.region_ends) and extended as far as a figure asks (rule region_noun_flow).
"""
from types import SimpleNamespace

from tradeflows.facts.context import DocMemo
from tradeflows.facts.reporters_region_owner import _least_region_end
from tradeflows.figures.currencies import Context


def _counting_places(table):
    calls = []

    def places(s):
        calls.append(s)
        return iter(table.get(s, []))
    return places, calls


def test_in_order_keeps_order_and_reads_once():
    places, calls = _counting_places({"A then B": ["NZL", "CAN", "NZL"], "none": []})
    ctx = Context("A then B", places)
    assert ctx.in_order("A then B") == ("NZL", "CAN", "NZL")
    assert ctx.in_order("A then B") == ("NZL", "CAN", "NZL")
    assert ctx.in_order("none") == ()
    assert calls == ["A then B", "none"]


def test_document_keys_are_first_sight_order():
    # (tied_first_named reads the page's first tied country from document()'s keys, not a second scan of the page)
    places, calls = _counting_places({"page": ["AUS", "CAN", "AUS", "NZL", "CAN"]})
    ctx = Context("page", places)
    assert list(ctx.document()) == ["AUS", "CAN", "NZL"]
    assert next(c for c in ctx.document() if c in ("NZL", "CAN")) == "CAN"
    assert calls == ["page"]


def test_in_order_without_places():
    assert Context("text", None).in_order("text") == ()


def _place(kind, end):
    return SimpleNamespace(kind=kind, end=end)


def _doc(by_sentence):
    asked = []

    def places(si):
        asked.append(si)
        return by_sentence[si]
    return SimpleNamespace(memo=DocMemo(), places=places), asked


def test_least_region_end_prefix():
    d, asked = _doc([[_place("country", 5)], [], [_place("region", 40), _place("region", 30)], [_place("region", 12)],
                     [_place("country", 50)]])
    assert _least_region_end(d, 1) == -1
    assert _least_region_end(d, 2) == 30
    assert _least_region_end(d, 4) == 12
    assert _least_region_end(d, 3) == 12
    assert _least_region_end(d, 0) == -1
    assert asked == [0, 1, 2, 3, 4]   # each sentence read once
    assert d.memo.region_ends == [-1, -1, 30, 12, 12]


def test_region_noun_flow_earlier_paragraph_region():
    # CONSTRUCTED: a region named in an earlier paragraph keeps "экспорта области" from naming the next one
    from tradeflows.pipeline import figures_of_text
    text = ("Гродненская область нарастила производство.\n\n"
            "В 2021 году на долю Китая пришлось 12% экспорта области. Брестская область тоже растет.")
    figs = {f.figure: f for f in figures_of_text(text, "page", "web", lang="ru", pub_year=2022)}
    assert "reporter:region_noun_flow" not in figs["12%"].fact_rules
    text2 = text.replace("Гродненская область нарастила производство.\n\n", "")
    figs2 = {f.figure: f for f in figures_of_text(text2, "page", "web", lang="ru", pub_year=2022)}
    assert "reporter:region_noun_flow" in figs2["12%"].fact_rules
    assert figs2["12%"].reporter == "Brest Region"

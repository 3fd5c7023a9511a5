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


# -- no import statement run per call in the hot rules ------------------------------------------------------------------
# (a `from x import y` of a module already loaded costs about 8,800 instructions a run on CPython 3.11: its failed
# look-up of the module's __path__ formats an AttributeError; these functions run thousands of times a pass)
def _imports_in(fn) -> list[str]:
    import dis
    return [i.argval for i in dis.get_instructions(fn) if i.opname == "IMPORT_NAME"]


def test_hot_functions_import_nothing_per_call():
    from tradeflows.facts import partners_carried as PC, periods, places, reporters_list as RL
    hot = (places.find_places, periods.find_times, PC.pair_continued, PC._other_side, PC.mirror_flow, PC.reverse_flow,
           PC.previous_counterpart, RL._may_be, RL._agree)
    assert {f.__name__: _imports_in(f) for f in hot} == {f.__name__: [] for f in hot}


def test_lazy_modules_are_the_modules():
    from tradeflows.facts import partners_carried as PC, periods, periods_local, places, places_local, world
    assert (places._local(), periods._local(), PC._world()) == (places_local, periods_local, world)


def test_case_blind_flag_is_a_plain_int():
    import re
    from tradeflows.facts import places_local
    from tradeflows.figures import lang_ru_extra
    for m in (places_local, lang_ru_extra):
        assert type(m._CASE_BLIND) is int and m._CASE_BLIND == re.I.value

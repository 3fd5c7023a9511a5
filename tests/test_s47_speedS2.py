"""Session 47, speedS2: more exact shortcuts of relate's glue (facts/carry.py, facts/context.py, facts/relate.py).

Each shortcut skips work whose answer it knows; the tests check each against the long way on real text: the pages of
data/raw (the bench corpus, none held out) and a passage quoted from a news page of no data set's outlet.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tradeflows.facts import carry as CA
from tradeflows.facts.context import READ_ALONE_CHARS, Doc
from tradeflows.facts.relate import relate_figures
from tradeflows.figures.extract import extract_figures
from tradeflows.text.clean import clean_text
from tradeflows.vocab import using_language

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

# gomel-region.by, "Gomel Oblast's merchandise export to China nearly 3.5 times up in 2018" (BelTA): a region of the
# page's country opening its sentences ("In 2018 Gomel Oblast exported ...", "This year Gomel Oblast intends to ...")
GOMEL = ("Gomel Oblast’s merchandise export to China nearly 3.5 times up in 2018\n\n"
         "GOMEL (BelTA) – In 2018 enterprises located in Gomel Oblast increased their merchandise export to China by "
         "nearly 3.5 times in comparison with 2017, BelTA learned from Alevtina Savchuk, Head of the Foreign Economic "
         "Ties Office of the Economy Committee of the Gomel Oblast Executive Committee.\n"
         "In 2018 Gomel Oblast exported $13.5 million worth of merchandise to China while the target was $5.6 million, "
         "up from $3.9 million worth of goods delivered in 2017. The main exports were dairy products, flax, wool, sawn "
         "timber. This year Gomel Oblast intends to export at least $10 million worth of merchandise and services to "
         "China.\nAlevtina Savchuk noted that the list of companies certified to export dairy products to China includes "
         "five local companies: Milkavita, the Rogachev tinned milk plant, Turov Dairy Industrial Complex. Gomel Oblast "
         "is among the leaders. The main exports were dairy products. The official also mentioned the European Union as "
         "a promising direction for expanding export. Exports totalled nearly $130 million.")


@lru_cache(maxsize=1)
def _pages() -> tuple[tuple[str, str], ...]:
    """(name, clean text) of the raw pages and of the quoted passage."""
    out = [(p.name, clean_text(p.read_text(encoding="utf-8"), "txt", p.name).text) for p in sorted(RAW.glob("*.txt"))]
    return tuple(out) + (("gomel.txt", clean_text(GOMEL, "web", "gomel.txt").text),)


def _holders(d: Doc, kind: str, iso3: str) -> list[int]:
    """The long way: every sentence whose places hold one of this kind and ISO code."""
    return [si for si in range(len(d.c.sentences)) if any(p.kind == kind and p.iso3 == iso3 for p in d.places(si))]


@pytest.mark.parametrize("iso3", ["BLR", "RUS", "CHN"])
def test_sentences_may_hold_every_sentence_whose_places_hold_one(iso3):
    for name, text in _pages():
        d = Doc(clean_text(text, "txt", name), 2024)
        may = d.sentences_may_hold("region", iso3)
        assert may == sorted(set(may))
        held = _holders(d, "region", iso3)
        assert set(held) <= set(may), name
        # (and no more than those, the first sentence and the ones read alone: here none is read alone; a book's
        # sentences are all read alone, its answer a wider search's: tests/test_s73_speedB73.py)
        if len(d.text) < READ_ALONE_CHARS:
            assert set(may) <= set(held) | {0}, name


def test_the_quoted_page_names_its_region_in_the_sentences_found():
    d = Doc(clean_text(GOMEL, "web", "gomel.txt"), 2018)
    may = d.sentences_may_hold("region", "BLR")
    assert [d.text[slice(*d.c.sentences[si])][:20] for si in may] == [
        "Gomel Oblast’s merch", "GOMEL (BelTA) – In 2", "In 2018 Gomel Oblast", "This year Gomel Obla",
        "Alevtina Savchuk not", "Gomel Oblast is amon"]   # (its "the Rogachev tinned milk plant": a town of Belarus)
    assert d.memo.may_hold[("region", "BLR")] is may   # read once per document


def test_a_sentence_read_alone_may_hold_any_place():
    # "...sawn timber.This year": the sentence before ends on no space, so its places are read alone (not a slice of
    # the whole text's scan): it is kept whatever its slice holds
    text = "Exports rose to $5 million.The main exports were dairy products.This year Gomel Oblast exported $10 million."
    d = Doc(clean_text(text, "web", "odd.txt"), 2018)
    ends = [e for _, e in d.c.sentences]
    alone = {si for si, e in enumerate(ends) if e < len(d.text) and not d.text[e].isspace()}
    assert alone <= set(d.sentences_may_hold("region", "BLR"))
    assert set(_holders(d, "region", "BLR")) <= set(d.sentences_may_hold("region", "BLR"))


def test_sentences_may_hold_is_none_in_another_language():
    with using_language("ru"):
        d = Doc(clean_text("Экспорт Гомельской области вырос до $10 млн.", "web", "ru.txt"), 2018)
        assert d.sentences_may_hold("region", "BLR") is None


def _related(monkeypatch=None):
    out = []
    for name, text in _pages():
        c = clean_text(text, "txt", name)
        figs = extract_figures(c, name)
        out.append([(g.reporter, g.reporter_iso3, g.partner, g.year, g.period_start, g.period_end, g.fact_rules)
                    for g in relate_figures(c, figs, reporter="Belarus", pub_year=2024)])
    return out


def test_carry_reads_the_same_opener_as_over_every_sentence(monkeypatch):
    fast = _related()
    # the long way: carry's opener looked for in every sentence of a gap
    monkeypatch.setattr(Doc, "sentences_may_hold", lambda self, kind, iso3: None)
    assert _related() == fast
    assert any("reporter:carried" in r[-1] for page in fast for r in page)


def test_carry_gap_found_by_the_opener_of_the_quoted_page():
    d = Doc(clean_text(GOMEL, "web", "gomel.txt"), 2018)
    last = len(d.c.sentences)
    found = CA._partner_effects_back(d, 0, last, "BLR", "Belarus")
    # "Gomel Oblast is among the leaders.": the region opening the last sentence that names one
    assert found["reporter"] == ("Gomel Region", "BLR") and found["reporter_kind"] == "home_region"

"""Session 73, speedB73: a book's places read sentence by sentence (facts/context.py READ_ALONE_CHARS), and the carry's
region-opener walk given its sentences by a search of the page country's region surfaces (facts/places.py
region_starts) instead of one scan of the whole text.

The output stays the same where (1) a sentence's places read alone are its slice of the whole text's scan wherever
Doc._sentence_places takes the slice (checked on data/raw's book, the one text of READ_ALONE_CHARS or more there), and
(2) region_starts' sentences hold every sentence whose places read alone hold a region of the country (checked on the
book for three countries and on written cases of each way find_places makes such a region).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tradeflows.facts import context as C
from tradeflows.facts.places import find_places, region_starts, using_page_aliases
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@lru_cache(maxsize=1)
def _book() -> C.Doc:
    """A Doc of data/raw's long text (the book), its sentences' places not yet read."""
    (path,) = [p for p in sorted(RAW.glob("*.txt")) if len(p.read_text(encoding="utf-8")) >= C.READ_ALONE_CHARS]
    return C.Doc(clean_text(path.read_text(encoding="utf-8"), "txt", path.name), 2024)


def _alone(d: C.Doc, si: int) -> list:
    s, e = d.c.sentences[si]
    return (C._places_past_dateline if si == 0 else C._places_off_datelines)(d.text, s, e)


def test_a_long_text_is_read_sentence_by_sentence():
    d = C.Doc(_book().c, 2024)
    assert len(d.text) >= C.READ_ALONE_CHARS
    si = next(i for i in range(len(d.c.sentences)) if _alone(d, i))
    assert d.places(si) == _alone(d, si)
    assert d._all_places is None   # (no scan of the whole text made)
    short = C.Doc(clean_text("Gomel Oblast exported $13.5 million to China. Exports rose.", "web", "g.txt"), 2018)
    short.places(1)
    assert short._all_places is not None   # (a short page's places still come from one scan)


def test_the_books_sentences_read_alone_are_the_slices_of_its_scan():
    # the premise of reading the book alone: wherever the scan's slice was taken, it is what the sentence read alone finds
    d = _book()
    found, starts = d._whole_places("en")
    sliced = 0
    for si in range(1, len(d.c.sentences)):
        s, e = d.c.sentences[si]
        span = C._scan_slice(d.text, s, e, found, starts)
        if span is not None:
            assert found[span[0]:span[1]] == _alone(d, si), si
            sliced += 1
    assert sliced > 3900   # (3,943 of the book's 3,944 sentences: all but the first)


@pytest.mark.parametrize("iso3", ["BLR", "RUS", "CHN"])
def test_the_books_region_sentences_hold_every_sentence_with_such_a_region(iso3):
    d = C.Doc(_book().c, 2024)
    may = d.sentences_may_hold("region", iso3)
    assert may == sorted(set(may)) and d.memo.may_hold[("region", iso3)] is may
    held = [si for si in range(len(d.c.sentences)) if any(p.kind == "region" and p.iso3 == iso3 for p in _alone(d, si))]
    assert set(held) <= set(may)
    # (and not many more: the book's extras are mostly "Minsk and Tehran", two capitals read as their countries)
    assert len(may) <= len(held) * 1.15 + 2
    if iso3 == "BLR":
        assert len(held) > 300


def test_region_starts_finds_each_form_of_a_region_and_not_its_words_elsewhere():
    text = ("Gomel Oblast exported more. The GOMEL REGION grew. Minsk and Tehran signed. China-Belarus Industrial Park "
            "rose. China grew. Vitebsktorf sold peat. The Vitebsk region rose.")
    assert [(i, text[i:i + 7]) for i in region_starts(text, "BLR")] == [
        (0, "Gomel O"), (32, "GOMEL R"), (51, "Minsk a"), (76, "China-B"), (151, "Vitebsk")]
    # ("China" alone is China, "Vitebsktorf" a company; "Minsk and Tehran" two capitals read as their countries, which
    # region_starts keeps: it may find more than find_places, never less)
    regions = [p.start for p in find_places(text) if p.kind == "region" and p.iso3 == "BLR"]
    assert regions == [0, 32, 76, 151]
    assert region_starts(text, "ATA") == []   # (no region of that code: no position)


def test_region_starts_reads_a_pages_name_of_its_region():
    text = "Georgia exports rose. Savannah shipped more."
    assert [(p.surface, p.kind) for p in find_places(text)] == [("Georgia", "country")]
    assert region_starts(text, "USA") == [0]   # (listed_regions.csv's "Georgia", a region beside another)
    with using_page_aliases(((None, "USA", "Georgia", "Georgia", ""),)):   # (rule page_region)
        assert [(p.surface, p.kind) for p in find_places(text)] == [("Georgia", "region")]
    with using_page_aliases(((None, "USA", "Savannah", "Savannah", ""),)):   # (a page's name of a region: its surface)
        assert region_starts(text, "USA") == [0, 22]
    # a page's abbreviation that stands for a region (no English row does): any position may
    import re
    with using_page_aliases(((re.compile("GR"), "USA", "Georgia", False, ""),)):
        assert region_starts(text, "USA") is None


def test_a_long_texts_walk_reads_the_region_sentences_and_those_cut_before_a_letter(monkeypatch):
    monkeypatch.setattr(C, "READ_ALONE_CHARS", 0)
    from test_s47_speedS2 import GOMEL
    d = C.Doc(clean_text(GOMEL, "web", "gomel.txt"), 2018)
    may = d.sentences_may_hold("region", "BLR")
    assert [d.text[slice(*d.c.sentences[si])][:20] for si in may] == [
        "Gomel Oblast’s merch", "GOMEL (BelTA) – In 2", "In 2018 Gomel Oblast", "This year Gomel Obla",
        "Alevtina Savchuk not", "Gomel Oblast is amon"]
    assert d._all_places is None
    # "...million.The main exports ...": a sentence that ends before a letter is kept (a region alias may end there
    # read alone, where the whole text goes on with a letter)
    d = C.Doc(clean_text("Grain fell. Exports rose to $5 million.The main exports were dairy products.", "web", "o.txt"), 2018)
    assert d.sentences_may_hold("region", "BLR") == [0, 1]
    assert d.sentences_may_hold("country", "BLR") is None   # (another kind: any sentence may)


def test_the_books_opening_sentences_hold_every_opener():
    # carry's walk in a book reads only _opening_sentences: each sentence whose places read alone hold an opener of
    # the page's country is among them (the long way: every sentence read alone and asked _opener)
    from tradeflows.facts import carry as CA
    d = C.Doc(_book().c, 2024)
    may = CA._opening_sentences(d, "BLR")
    assert may == sorted(set(may)) and d.memo.may_open["BLR"] is may
    openers = [si for si in range(len(d.c.sentences)) if CA._opener(d, si, _alone(d, si), "BLR") is not None]
    assert openers and set(openers) <= set(may)
    assert len(may) < 60   # (of the 300-odd sentences naming a region of Belarus: few open on one)


def test_opening_sentences_test_the_text_before_each_region(monkeypatch):
    from tradeflows.facts import carry as CA
    monkeypatch.setattr(C, "READ_ALONE_CHARS", 0)
    text = ("Exports rose. The Gomel Region increased its exports. Firms of the Brest region sold more. As for the "
            "Vitebsk region, it is among the leaders. One can name the Grodno Region. Minsk grew.")
    d = C.Doc(clean_text(text, "web", "o.txt"), 2018)
    may = CA._opening_sentences(d, "BLR")
    assert [d.text[slice(*d.c.sentences[si])][:12] for si in may] == [
        "Exports rose", "The Gomel Re", "As for the V", "One can name", "Minsk grew."]
    # (the first sentence always; "Firms of the Brest region" names its region after other words)
    assert [si for si in range(len(d.c.sentences)) if CA._opener(d, si, d.places(si), "BLR") is not None] == [1, 3, 4]
    # a shorter text keeps the scan's answer (Doc.sentences_may_hold)
    monkeypatch.setattr(C, "READ_ALONE_CHARS", 10 ** 9)
    d = C.Doc(clean_text(text, "web", "o.txt"), 2018)
    assert d.region_positions("BLR") is None
    assert CA._opening_sentences(d, "BLR") == d.sentences_may_hold("region", "BLR") == [0, 1, 2, 3, 4, 5]


def test_region_starts_reads_a_listed_name_beside_a_region_of_its_country(monkeypatch):
    # "Washington, Georgia and Texas": names of listed_regions.csv read as regions of the USA beside Texas (rule
    # listed_region) stand where no alias of a region of the USA opens
    text = "Exports rose. Washington, Georgia and Texas increased their exports. Georgia grew."
    assert [(p.start, p.kind, p.via) for p in find_places(text, 14, 68)] == [
        (14, "region", "listed_region"), (26, "region", "listed_region"), (38, "region", "")]
    assert region_starts(text, "USA") == [14, 26, 38, 69]
    from tradeflows.facts import carry as CA
    monkeypatch.setattr(C, "READ_ALONE_CHARS", 0)
    d = C.Doc(clean_text(text, "web", "o.txt"), 2018)
    assert CA._opening_sentences(d, "USA") == [0, 1, 2]

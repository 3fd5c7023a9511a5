"""Session 51, helper speedC (issue 11, the build outside relate): savings that must not change any answer.

- figures/numbers._scan_places finds the places of b" " + a number word's key with one pattern (_spaced_keys) where
  it made one str.find scan per key: the same places as the plain scans, on real texts;
- ingest/document.Document.language_and_source is read once per Document (kept in its field language_read, which
  read_document fills when it read the language for the date): the same answer as
  ingest.language.document_language, detected once."""
from pathlib import Path

import pytest

from tradeflows.figures import numbers
from tradeflows.figures.numbers import _SCAN_TABLE, _scan_keys, _scan_places, anchor_pattern, anchors
from tradeflows.ingest import document as ingest_document, language
from tradeflows.ingest.document import _without_margins, read_document
from tradeflows.pipeline import clean_text

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
TEXTS = sorted(RAW.glob("*.txt"))


def _plain_places(text: str, t: bytes):
    """_scan_places as it was: one str.find scan of the scan copy per key."""
    keys, fractions, others, _ = _scan_keys()
    places, arts = set(), []
    for key in keys:
        needle = b" " + key
        i = t.find(needle)
        while i >= 0:
            places.add(i + 1)
            if t.startswith(fractions, i + 1):
                arts.append(i + 1)
            i = t.find(needle, i + 1)
    return places, sorted(arts)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_spaced_keys_find_what_the_plain_scans_found(path):
    text = clean_text(path.read_text(encoding="utf-8"), "web").text
    t = text.encode("ascii", "replace").translate(_SCAN_TABLE)
    keys, fractions, others, spaced = _scan_keys()
    found = [m.start() + 1 for m in spaced.finditer(t)]
    places, arts = _plain_places(text, t)
    assert set(found) == places and len(found) == len(places)
    assert sorted(i for i in found if t.startswith(fractions, i)) == arts
    # ... and the anchors are still those of the pattern itself
    assert list(anchors(text)) == [m.span() for m in anchor_pattern().finditer(text)]


def test_spaced_keys_on_sentences_of_number_words():
    # (a sentence written for the scan, no rule: number words as keys, fractions after an article, capitals)
    s = ("Exports rose by a third to twenty-two billion dollars, nearly two-thirds of the total; imports fell "
         "by one fifth. Seventy-five percent of it went to three partners, a quarter to the rest.")
    t = s.encode("ascii", "replace").translate(_SCAN_TABLE)
    places = _scan_places(s, t, _scan_keys())[0]
    assert places == sorted(_plain_places(s, t)[0] | set(numbers._article_places(s, s.index("third")))
                            | set(numbers._article_places(s, s.index("quarter"))))
    assert list(anchors(s)) == [m.span() for m in anchor_pattern().finditer(s)]


@pytest.mark.parametrize("path", TEXTS[:3], ids=lambda p: p.name)
def test_language_read_once_per_document(path, monkeypatch):
    calls = []
    plain = language.document_language

    def counted(meta_language, text):
        calls.append(1)
        return plain(meta_language, text)

    # (patched where ingest/document.py looks it up: it imports the name at module level)
    monkeypatch.setattr(ingest_document, "document_language", counted)
    d = read_document(path, {})          # no sources.csv row: the date, if the page gives none, reads the language
    n = len(calls)
    assert n <= 1
    expected = plain(None, _without_margins(d.raw, d.line_hints))
    assert d.language_and_source == expected and d.language == expected[0]
    assert d.language_and_source == expected
    assert len(calls) == 1               # read once, by read_document or by the first question

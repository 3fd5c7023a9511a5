"""Session 51, helper speedC (issue 11, the build outside relate): savings that must not change any answer.

- ingest/document.Document.language_and_source is read once per Document (a cached_property; read_document passes
  the language it read for the date as language_read): the same answer as ingest.language.document_language,
  detected once."""
from pathlib import Path

import pytest

from tradeflows.ingest import language
from tradeflows.ingest.document import _without_margins, read_document

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
TEXTS = sorted(RAW.glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS[:3], ids=lambda p: p.name)
def test_language_read_once_per_document(path, monkeypatch):
    calls = []
    plain = language.document_language

    def counted(meta_language, text):
        calls.append(1)
        return plain(meta_language, text)

    monkeypatch.setattr(language, "document_language", counted)
    d = read_document(path, {})          # no sources.csv row: the date, if the page gives none, reads the language
    n = len(calls)
    assert n <= 1
    expected = plain(None, _without_margins(d.raw, d.line_hints))
    assert d.language_and_source == expected and d.language == expected[0]
    assert d.language_and_source == expected
    assert len(calls) == 1               # read once, by read_document or by the first question

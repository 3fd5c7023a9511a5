"""speedA70: a footnote's citation is parsed when first read, not when clean lifts its block out of the body.

A pass of the pipeline reads the year of the few citations whose marker stands near a quote (facts/context.py
Doc.source_year); the book of data/raw has some 800 citations, each parsed whole on every pass before. The fields
read later are the ones parse_citation gave at once (the eager parse, `_parse_lines`, is the same code).
"""
import pickle
from pathlib import Path

from tradeflows.text import citations as C
from tradeflows.text.clean import clean_text

_BOOK = Path(__file__).resolve().parent.parent / "data" / "raw" / "001_f541c9b7c73f1bbf.txt"


def _book():
    return clean_text(_BOOK.read_text(encoding="utf-8"), "pdf", _BOOK.name)


def test_citations_unread_are_unparsed():
    c = _book()
    assert len(c.citations) >= 800
    assert all(cit._parsed is None for cit in c.citations.values())
    # (the markers hold the same objects: reading one through a marker parses the citation of the table)
    m = next(m for m in c.markers if m.citation is not None)
    assert m.citation.year == c.citations[m.number].year
    assert c.citations[m.number]._parsed is not None


def test_lazy_fields_are_the_eager_parse():
    c = _book()
    for n, cit in c.citations.items():
        text, title, year, url = C._parse_lines(cit._lines)
        assert (cit.number, cit.text, cit.title, cit.year, cit.url) == (n, text, title, year, url)
        assert cit.line_start <= cit.line_end


def test_citation_compares_and_shows_as_its_seven_fields():
    a = C.parse_citation(4, ["4 Trade in 2019 // Journal. - 2020. - P. 4"], 9, 9)
    b = C.parse_citation(4, ["4  Trade in 2019 // Journal. - 2020. - P. 4"], 9, 9)   # (spaces folded: the same)
    assert a == b and hash(a) == hash(b)
    assert a != C.parse_citation(5, ["5 Trade in 2019 // Journal. - 2020. - P. 4"], 9, 9)
    assert repr(a) == ("Citation(number=4, title='Trade in 2019', year=2020, url=None, "
                       "text='4 Trade in 2019 // Journal. - 2020. - P. 4', line_start=10, line_end=10)")
    back = pickle.loads(pickle.dumps(a))
    assert back == a and back.year == 2020 and back.line_start == 10

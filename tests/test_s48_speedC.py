"""Session 48, speedC: the places of one span that a rule reads outside Doc.places (the opening's cited data owner,
reporters_cited.opening_data_owner; a subheading's flow owner, reporters_section; the opening's places,
Doc._opening_places) are sliced from the whole text's one scan (Doc.span_places) instead of a find_places call per
span. Doc.span_places must return exactly find_places(text, start, end) for every sentence and every line of a text.
Real text from der-markt.net (https://der-markt.net/wirtschaft/exportrueckgang-in-china-analyse-von-maerz-zahlen/en),
not an outlet of any data set; and the raw pages' openings."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from tradeflows.facts import context as C
from tradeflows.facts import reporters_cited as RC
from tradeflows.facts import reporters_section as RSec
from tradeflows.facts.context import Doc
from tradeflows.facts.places import find_places
from tradeflows.text.clean import clean_text

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"

QUOTED = (
    "Export decline in China - analysis of March figures\n"
    "China's exports are falling: economic development and trade relations in focus.\n\n"
    "Export decline in China - analysis of March figures\n"
    "China's export sector recorded a noticeable decline compared to the same period last year. According to the "
    "customs authority in Beijing, exports fell by 7.5 percent to almost 280 billion US dollars, while imports fell by "
    "1.9 percent.\n\n"
    "Chinese exports to Germany\n"
    "Not only did China's overall trade suffer from this trend, but trade with Germany also showed a noticeable "
    "decline. Exports to the Federal Republic fell by 12.4 percent, while imports fell by 13.7 percent. Similar "
    "developments were also observed in Chinese trade with the USA and the EU.\n"
)


@lru_cache(maxsize=1)
def _docs() -> tuple[Doc, ...]:
    texts = [QUOTED] + [p.read_text(encoding="utf-8")[:40000] for p in sorted(RAW.glob("*.txt"))]
    return tuple(Doc(clean_text(t, "txt", "t.txt"), 2024) for t in texts)


def _lines(text: str):
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


@pytest.mark.parametrize("i", range(len(list(RAW.glob("*.txt"))) + 1))
def test_span_places_equal_find_places(i):
    d = _docs()[i]
    d.places(1)   # (the whole text's scan, which span_places slices once Doc.places has made it)
    spans = list(d.c.sentences) + list(_lines(d.text)) + [(0, min(1000, len(d.text)))]
    for s, e in spans:
        assert d.span_places(s, e) == find_places(d.text, s, e), (s, e)


def test_span_places_sliced_from_the_scan(monkeypatch):
    """The quoted page's sentences and lines are served from the one scan: no find_places call per span (before the
    scan is made, each span is read alone: no scan is made for one span)."""
    d = Doc(clean_text(QUOTED, "txt", "q.txt"), 2024)
    calls = []
    monkeypatch.setattr(C, "find_places", lambda *a: calls.append(a) or find_places(*a))
    d.span_places(*d.c.sentences[1])
    assert len(calls) == 1 and d._all_places is None
    d.places(1)   # the whole text's scan
    calls.clear()
    for s, e in list(d.c.sentences) + list(_lines(d.text)):
        d.span_places(s, e)
    assert calls == []


def test_heading_and_data_owner_read_through_span_places():
    d = Doc(clean_text(QUOTED, "txt", "q.txt"), 2024)
    text = d.text
    start = text.index("Chinese exports to Germany")
    end = text.index("\n", start)
    assert RSec._heading_owner(text, start, end, d.span_places) == RSec._heading_owner(text, start, end) \
        == ("China", "CHN")
    assert RSec._section_heading_owner(text, end, d.span_places) == ("China", "CHN")
    assert RC.opening_data_owner(d) is None   # (the customs authority in Beijing: a city, no country's data)

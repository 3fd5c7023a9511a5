"""Phrasings the lead met while merging session 43's helpers, each tested on a real sentence."""
from __future__ import annotations

from phrasing import fields

# web28 tuned page at06 (an English rendering of a Brazilian agency's wire, dated 2020-05-05)
SAO_PAULO_WIRE = ("São Paulo, 5 – The Brazilian agricultural sector had a 17.5% increase in exports between January and "
                  "April this year compared to the same period in 2019, the Ministry of Agriculture said in a note.\n\n"
                  "The sum of exports reaches US $ 67.833 billion. Imports, US $ 55.56 billion, with a positive balance "
                  "of US $ 12.264 billion.\n")


def test_a_dateline_of_an_accented_city_and_the_day_alone_is_no_reporter():
    """Rule dateline (facts/context.DATELINE): 'São Paulo, 5 – The Brazilian agricultural sector ...' opens on where
    the wire was filed, a city with an accented letter and the day alone before a dash; before, the city was read as a
    region of Brazil opening the sentence as its subject, and the reporter of every figure of the page."""
    got = fields(SAO_PAULO_WIRE, "reporter", pub_year=2020, pub_month=5)
    assert got == [("17.5%", "Brazil"), ("US $ 67.833 billion", "Brazil"), ("US $ 55.56 billion", "Brazil"),
                   ("US $ 12.264 billion", "Brazil")]


def test_a_page_abbreviation_is_found_where_the_look_behind_first_pattern_finds_it():
    """facts/places._page_abbreviations puts the abbreviation's look-behind after its literal ("SA(?<![\\w.&-]SA)"), so a
    search over a book jumps from one "SA" to the next instead of trying the look-behind at every position (session
    43: 3.6% of a pass over data/raw). The spans are those of the look-behind-first form on real text and odd cases."""
    import re
    from pathlib import Path

    from tradeflows.facts.places import _page_abbreviations

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "data" / "raw").glob("*.txt"))]
    texts += ["SA's exports to SA. Nestle SA, USA, xSA, -SA, .SA, &SA, (SA) and SA.x, SAB", "SA", "In SA, exports"]
    for abbr, rx, _, _ in _page_abbreviations():
        first = re.compile(r"(?<![\w.&-])" + re.escape(abbr) + r"(?![\w&-]|\.\w)")
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in first.finditer(text)]
    assert [m.span() for m in _page_abbreviations()[0][1].finditer("SA's exports; Nestle SA; USA")] == [(0, 2), (21, 23)]

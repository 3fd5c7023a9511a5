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
    """facts/places.page_abbreviations puts the abbreviation's look-behind after its literal ("SA(?<![\\w.&-]SA)"), so a
    search over a book jumps from one "SA" to the next instead of trying the look-behind at every position (session
    43: 3.6% of a pass over data/raw). The spans are those of the look-behind-first form on real text and odd cases."""
    import re
    from pathlib import Path

    from tradeflows.facts.places import page_abbreviations

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "data" / "raw").glob("*.txt"))]
    texts += ["SA's exports to SA. Nestle SA, USA, xSA, -SA, .SA, &SA, (SA) and SA.x, SAB", "SA", "In SA, exports"]
    for abbr, rx, *_ in page_abbreviations("en"):
        first = re.compile(r"(?<![\w.&-])" + re.escape(abbr) + r"(?![\w&-]|\.\w)")
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in first.finditer(text)]
    assert [m.span() for m in page_abbreviations("en")[0][1].finditer("SA's exports; Nestle SA; USA")] == [(0, 2), (21, 23)]


def test_a_habitual_word_far_back_in_a_run_on_sentence_does_not_reach_a_figure():
    """Rule habitual (facts/period_fallback.py) reads the figure's window of its sentence, as every rule there: it read
    the whole sentence, so a run-on "sentence" of a flattened page (here ruweb17's Georgian sentence without its full
    stop and its time, 40 times, after a sentence of tradition) was read whole for each of its figures, time growing with the square
    of its length (`make fuzz`, session 43: ratio 2.38 at 256 copies against 32). The last figure, thousands of
    characters after "традиционно", takes the page's year; the first one's own clause still says habitual."""
    from tradeflows.pipeline import figures_of_text

    habit = "Россия традиционно экспортирует в Грузию энергоресурсы — одна треть всего экспорта приходится на нефть "
    georgia = "товарооборот Грузии с государствами СНГ составил $1 млрд 136 млн "
    figs = figures_of_text(habit + georgia * 40, "p", "web", lang="ru", pub_year=2020)
    assert "year:habitual" in figs[0].fact_rules
    assert (figs[-1].figure, figs[-1].year) == ("$1 млрд 136 млн", 2020)
    assert "year:habitual" not in figs[-1].fact_rules
